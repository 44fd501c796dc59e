// huazhongdian web: clicking a bullet, term, number or target scrolls to its source sentence
// and highlights it. Report text is never inserted as HTML here: the page is server-rendered
// (and escaped); this script only reads data-start / data-end offsets and toggles classes.
(function () {
  "use strict";
  function findSource(start, pane) {
    if (!pane) return null;
    var spans = pane.querySelectorAll("[data-start]");
    var best = null;
    for (var i = 0; i < spans.length; i++) {
      var s = +spans[i].dataset.start, e = +spans[i].dataset.end;
      if (s <= start && start < e) {
        // a sentence beats the paragraph that holds it
        if (!best || spans[i].classList.contains("s")) best = spans[i];
      }
    }
    return best;
  }
  // A page may show two reports (the track page: plan and review); a clickable element names
  // its pane in data-pane, else the digest page's one source pane is meant. Each pane keeps
  // its own highlight, so a plan and its evidence can be lit at the same time.
  function highlight(start, paneId) {
    var pane = document.getElementById(paneId || "source");
    if (!pane) return null;
    var prev = pane.querySelectorAll(".hl");
    for (var i = 0; i < prev.length; i++) prev[i].classList.remove("hl");
    var target = findSource(start, pane);
    if (!target) return null;
    target.classList.add("hl");
    target.scrollIntoView({ block: "center" });
    return target;
  }
  // Track page: show only the rows of one status (or all).
  function filterRows(status) {
    var rows = document.querySelectorAll(".track-row");
    for (var i = 0; i < rows.length; i++) {
      rows[i].hidden = status !== "all" && rows[i].dataset.status !== status;
    }
    var buttons = document.querySelectorAll(".status-filter [data-filter]");
    for (var j = 0; j < buttons.length; j++) {
      buttons[j].setAttribute("aria-pressed", String(buttons[j].dataset.filter === status));
    }
  }
  document.addEventListener("click", function (ev) {
    if (!ev.target.closest) return;
    var flt = ev.target.closest(".status-filter [data-filter]");
    if (flt) {
      filterRows(flt.dataset.filter);
      return;
    }
    var el = ev.target.closest(".digest .jump");
    if (!el) return;
    highlight(+el.dataset.start, el.dataset.pane);
  });
  window.hzdHighlight = highlight;
})();
