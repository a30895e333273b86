// A small rich-text toolbar for a <textarea> that holds HTML: wraps the selection in tags.
// No inline scripts or styles (strict CSP); the server sanitises whatever is submitted.
(function () {
  "use strict";
  function wrap(area, before, after) {
    var start = area.selectionStart, end = area.selectionEnd;
    var value = area.value, selected = value.substring(start, end);
    area.value = value.substring(0, start) + before + selected + after + value.substring(end);
    area.focus();
    area.selectionStart = start + before.length;
    area.selectionEnd = start + before.length + selected.length;
  }
  function escapeAttr(text) {
    return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".rte-toolbar").forEach(function (toolbar) {
      var area = document.getElementById(toolbar.getAttribute("aria-controls"));
      if (!area) { return; }
      toolbar.hidden = false;
      toolbar.addEventListener("click", function (event) {
        var button = event.target.closest("button");
        if (!button) { return; }
        event.preventDefault();
        if (button.dataset.wrap) {
          wrap(area, "<" + button.dataset.wrap + ">", "</" + button.dataset.wrap + ">");
        } else if (button.dataset.block) {
          wrap(area, "<" + button.dataset.block + ">", "</" + button.dataset.block + ">\n");
        } else if (button.dataset.list) {
          var start = area.selectionStart, end = area.selectionEnd;
          var lines = area.value.substring(start, end).split("\n").filter(function (l) { return l.trim() !== ""; });
          var items = lines.map(function (l) { return "  <li>" + l.trim() + "</li>"; }).join("\n");
          var list = "<" + button.dataset.list + ">\n" + (items || "  <li></li>") + "\n</" + button.dataset.list + ">\n";
          area.value = area.value.substring(0, start) + list + area.value.substring(end);
          area.focus();
        } else if (button.dataset.link) {
          var url = window.prompt(button.dataset.prompt || "URL", "https://");
          if (url && /^(https?:\/\/|\/|mailto:)/.test(url)) {
            wrap(area, "<a href=\"" + escapeAttr(url) + "\">", "</a>");
          }
        }
      });
    });
  });
})();
