// The editor's desk (编辑 mode of the digest page): keep or drop bullets, move them up and down,
// rename themes, edit the title and lede, pick the 数说 cards, preview the post and the poster,
// download the edit JSON, the WeChat HTML and the poster, copy the post for the 公众号 editor.
// The edit is the page's edit template (hzd edit-template), changed in place; report text is
// set with textContent only. The preview HTML comes from our own server (/api/edit-preview),
// escaped there; the page's CSP forbids inline scripts in any case.
(function () {
  "use strict";
  var data = document.getElementById("edit-data");
  var desk = document.getElementById("desk");
  if (!data || !desk) return;
  var template = JSON.parse(data.textContent);
  var themes = [];   // [{mode, name, items: [template item]}] in display order
  template.items.forEach(function (item) {
    var last = themes[themes.length - 1];
    if (!last || last.mode !== item.mode || last.name !== item.theme) {
      last = { mode: item.mode, name: item.theme, items: [] };
      themes.push(last);
    }
    last.items.push(item);
  });
  var chosen = template.cards.slice();
  var $ = function (id) { return document.getElementById(id); };

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function renderTheme(theme, box) {
    box.textContent = "";
    var name = el("input", { type: "text", "class": "desk-theme-name", "aria-label": "主题名" });
    name.value = theme.name;
    name.setAttribute("value", theme.name);
    name.addEventListener("input", function () { theme.name = name.value.trim() || theme.name; });
    box.appendChild(name);
    var ul = el("ul", { "class": "desk-items" });
    theme.items.forEach(function (item, i) {
      var li = el("li", { "class": "desk-item" + (item.keep ? "" : " dropped"), "data-id": item.id });
      var label = el("label");
      var box1 = el("input", { type: "checkbox", "aria-label": "保留" });
      box1.checked = item.keep;
      box1.addEventListener("change", function () {
        item.keep = box1.checked;
        li.classList.toggle("dropped", !item.keep);
      });
      label.appendChild(box1);
      label.appendChild(el("span", { "class": "desk-text" }, item.text));
      if (!item.shown) label.appendChild(el("small", { "class": "folded" }, "折叠"));
      li.appendChild(label);
      var up = el("button", { type: "button", "class": "up", "aria-label": "上移" }, "↑");
      var down = el("button", { type: "button", "class": "down", "aria-label": "下移" }, "↓");
      up.disabled = i === 0;
      down.disabled = i === theme.items.length - 1;
      up.addEventListener("click", function () { move(theme, i, -1, box); });
      down.addEventListener("click", function () { move(theme, i, 1, box); });
      li.appendChild(up);
      li.appendChild(down);
      ul.appendChild(li);
    });
    box.appendChild(ul);
  }

  function move(theme, i, step, box) {
    var j = i + step;
    if (j < 0 || j >= theme.items.length) return;
    var t = theme.items[i];
    theme.items[i] = theme.items[j];
    theme.items[j] = t;
    renderTheme(theme, box);
    var button = box.querySelectorAll(step < 0 ? "button.up" : "button.down")[j];
    if (button && !button.disabled) button.focus();
  }

  function renderItems() {
    var root = $("desk-items");
    root.textContent = "";
    var mode = "";
    themes.forEach(function (theme) {
      if (theme.mode !== mode) {
        mode = theme.mode;
        root.appendChild(el("h3", {}, { achievement: "回顾", plan: "安排" }[mode] || "其他要点"));
      }
      var box = el("div", { "class": "desk-theme", "data-mode": theme.mode });
      root.appendChild(box);
      renderTheme(theme, box);
    });
  }

  function renderCards() {
    var root = $("desk-cards");
    root.textContent = "";
    template.options.cards.forEach(function (c) {
      var label = el("label", { "class": "desk-card" });
      var box = el("input", { type: "checkbox", value: c.id, "aria-label": c.label });
      box.checked = chosen.indexOf(c.id) >= 0;
      box.addEventListener("change", function () {
        chosen = chosen.filter(function (x) { return x !== c.id; });
        if (box.checked) chosen.push(c.id);
        countCards();
      });
      label.appendChild(box);
      label.appendChild(el("b", {}, c.figure));
      label.appendChild(el("span", {}, c.label + (c.period ? " · " + c.period : "")));
      root.appendChild(label);
    });
    countCards();
  }

  function countCards() { $("desk-card-count").textContent = "已选 " + chosen.length + " 张"; }

  function currentEdit() {
    var items = [];
    themes.forEach(function (theme) {
      theme.items.forEach(function (item) {
        items.push({ id: item.id, keep: item.keep, theme: theme.name, shown: item.shown, mode: item.mode,
                     text: item.text });
      });
    });
    // Cards in the order the options list them, so the poster reads like the picker.
    var order = template.options.cards.map(function (c) { return c.id; });
    var cards = chosen.slice().sort(function (a, b) { return order.indexOf(a) - order.indexOf(b); });
    return { schema: template.schema, document: template.document, title: $("desk-title").value,
             lede: $("desk-lede").value, items: items, cards: cards };
  }

  function status(text) { $("desk-status").textContent = text; }

  function render(format) {
    return fetch("/api/edit-preview?format=" + format, {
      method: "POST", headers: { "content-type": "application/json" },
      body: JSON.stringify({ sha256: desk.dataset.sha, lens: desk.dataset.lens, edit: currentEdit() })
    }).then(function (r) {
      if (!r.ok) return r.json().then(function (e) { throw new Error(e.detail || e.error || r.statusText); },
                                      function () { throw new Error(r.statusText); });
      return r.blob();
    });
  }

  function save(blob, name) {
    var a = el("a", { href: URL.createObjectURL(blob), download: name });
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }

  function preview() {
    status("正在生成预览…");
    return render("wechat").then(function (blob) { return blob.text(); }).then(function (html) {
      var doc = new DOMParser().parseFromString(html, "text/html");
      var box = $("desk-preview-html");
      box.textContent = "";
      while (doc.body.firstChild) box.appendChild(document.adoptNode(doc.body.firstChild));
      return render("png");
    }).then(function (png) {
      var img = $("desk-poster-img");
      if (img.src) URL.revokeObjectURL(img.src);
      img.src = URL.createObjectURL(png);
      img.hidden = false;
      status("预览已更新");
    }).catch(function (e) { status("出错：" + e.message); });
  }

  function copy() {
    var box = $("desk-preview-html");
    var html = box.innerHTML, text = box.innerText;
    var done = function () { status("已复制，可到公众号编辑器粘贴（海报图片另行上传）"); };
    if (navigator.clipboard && window.ClipboardItem) {
      navigator.clipboard.write([new ClipboardItem({
        "text/html": new Blob([html], { type: "text/html" }),
        "text/plain": new Blob([text], { type: "text/plain" }) })]).then(done, fallback);
    } else {
      fallback();
    }
    function fallback() {
      var range = document.createRange();
      range.selectNodeContents(box);
      var sel = window.getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
      if (document.execCommand("copy")) done(); else status("请按 Ctrl+C / ⌘C 复制选中的内容");
    }
  }

  var stem = (template.document.title || "digest").replace(/[\\/:*?"<>|]/g, "_").slice(0, 60);
  $("desk-toggle").addEventListener("click", function () {
    desk.hidden = !desk.hidden;
    this.setAttribute("aria-expanded", String(!desk.hidden));
    if (!desk.hidden) desk.scrollIntoView({ block: "start" });
  });
  $("desk-title").value = template.title;
  $("desk-lede").value = template.lede;
  $("desk-preview").addEventListener("click", preview);
  // On a library document's page (/d/{id}) the curation is saved with the document: the shared
  // link then shows it, after a restart too.
  if ($("desk-save")) {
    $("desk-save").addEventListener("click", function () {
      status("正在保存…");
      fetch("/api/documents/" + desk.dataset.doc + "/edit", {
        method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify(currentEdit())
      }).then(function (r) {
        return r.json().then(function (body) {
          if (!r.ok) throw new Error(body.detail || body.error || r.statusText);
          window.location.href = body.url;
        });
      }).catch(function (e) { status("出错：" + e.message); });
    });
  }
  $("desk-json").addEventListener("click", function () {
    save(new Blob([JSON.stringify(currentEdit(), null, 1)], { type: "application/json" }), stem + ".edit.json");
  });
  $("desk-wechat").addEventListener("click", function () {
    render("wechat").then(function (b) { save(b, stem + ".wechat.html"); }, function (e) { status("出错：" + e.message); });
  });
  $("desk-poster").addEventListener("click", function () {
    render("png").then(function (b) { save(b, stem + ".png"); }, function (e) { status("出错：" + e.message); });
  });
  $("desk-copy").addEventListener("click", function () {
    if (!$("desk-preview-html").childNodes.length) preview().then(copy); else copy();
  });
  renderItems();
  renderCards();
})();
