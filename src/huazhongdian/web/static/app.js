// huazhongdian web: clicking a bullet, term, number or target scrolls to its source sentence
// and highlights it. Report text is never inserted as HTML here: the page is server-rendered
// (and escaped); this script only reads data-start / data-end offsets.
(function () {
  "use strict";
  function findSource(start) {
    var spans = document.querySelectorAll("#source [data-start]");
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
  function highlight(start) {
    var prev = document.querySelectorAll("#source .hl");
    for (var i = 0; i < prev.length; i++) prev[i].classList.remove("hl");
    var target = findSource(start);
    if (!target) return null;
    target.classList.add("hl");
    target.scrollIntoView({ block: "center" });
    return target;
  }
  document.addEventListener("click", function (ev) {
    var el = ev.target.closest ? ev.target.closest(".digest .jump") : null;
    if (!el) return;
    highlight(+el.dataset.start);
  });
  window.hzdHighlight = highlight;
})();
