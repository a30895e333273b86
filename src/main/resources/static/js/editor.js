// The article editor: Quill (BSD-3-Clause, served from its WebJar) over the <textarea> that holds
// the HTML. Without JavaScript the textarea is used as it is. No inline scripts or style attributes
// in the markup (strict CSP); Quill positions its tooltip through the CSSOM, which CSP allows.
// Images go through the upload endpoint (/editor/images, checked and resized on the server) and
// are inserted as <img src="/files/…">; the server sanitises whatever is submitted.
(function () {
  "use strict";
  var FORMATS = ["header", "bold", "italic", "link", "blockquote", "list", "image"];
  var TOOLBAR = [
    [{ header: [2, 3, false] }],
    ["bold", "italic", "link"],
    [{ list: "ordered" }, { list: "bullet" }, "blockquote"],
    ["image", "clean"]
  ];

  function start(area) {
    var form = area.form;
    var holder = document.createElement("div");
    holder.className = "rte-editor";
    holder.setAttribute("data-for", area.id);
    area.parentNode.insertBefore(holder, area);
    area.hidden = true;
    area.classList.add("rte-source");

    var quill = new window.Quill(holder, {
      theme: "snow",
      formats: FORMATS,
      modules: { toolbar: TOOLBAR }
    });
    nameToolbar(holder.previousElementSibling, area);
    quill.root.setAttribute("aria-label", area.getAttribute("data-label") || "");
    quill.root.setAttribute("role", "textbox");
    quill.root.setAttribute("aria-multiline", "true");
    quill.clipboard.dangerouslyPasteHTML(area.value || "");

    function sync() {
      area.value = quill.getText().trim() === "" && !quill.root.querySelector("img") ? "" : quill.root.innerHTML;
    }
    quill.on("text-change", sync);
    form.addEventListener("submit", sync);

    // images: the upload form's file input uploads with fetch and inserts the image at the cursor
    var uploadForm = document.querySelector("form.image-upload");
    var input = uploadForm && uploadForm.querySelector("input[type=file]");
    var status = document.querySelector(".image-upload-status");
    if (uploadForm && input) {
      uploadForm.classList.add("enhanced");
      quill.getModule("toolbar").addHandler("image", function () { input.click(); });
      input.addEventListener("change", function () {
        if (!input.files || !input.files.length) { return; }
        var data = new FormData(uploadForm);
        data.set(input.name, input.files[0]);
        if (status) { status.textContent = status.getAttribute("data-uploading"); }
        fetch(uploadForm.action, {
          method: "POST",
          body: data,
          credentials: "same-origin",
          headers: { Accept: "application/json" }
        }).then(function (response) {
          return response.json().then(function (json) { return { ok: response.ok, json: json }; });
        }).then(function (result) {
          if (!result.ok) { throw new Error(result.json.error || ""); }
          var range = quill.getSelection(true);
          var index = range ? range.index : quill.getLength();
          quill.insertEmbed(index, "image", result.json.url, "user");
          quill.setSelection(index + 1, 0, "silent");
          if (status) { status.textContent = status.getAttribute("data-done"); }
          sync();
        }).catch(function (error) {
          if (status) { status.textContent = error.message || status.getAttribute("data-failed"); }
        }).then(function () { input.value = ""; });
      });
      uploadForm.addEventListener("submit", function (event) { event.preventDefault(); });
    }
  }

  // Quill draws its toolbar with unnamed buttons and English words in its CSS; every control gets
  // the reader's-language name the page carries in data-tb-* attributes (messages_vi/en), as a
  // label for screen readers (axe: button-name) and a title for the mouse.
  var BUTTONS = {
    "button.ql-bold": "bold", "button.ql-italic": "italic", "button.ql-link": "link",
    "button.ql-list[value=ordered]": "ordered", "button.ql-list[value=bullet]": "bullet",
    "button.ql-blockquote": "blockquote", "button.ql-image": "image", "button.ql-clean": "clean"
  };

  function nameToolbar(toolbar, area) {
    if (!toolbar || !toolbar.classList.contains("ql-toolbar")) { return; }
    toolbar.setAttribute("role", "toolbar");
    toolbar.setAttribute("aria-label", area.getAttribute("data-tb-toolbar") || "");
    Object.keys(BUTTONS).forEach(function (selector) {
      var name = area.getAttribute("data-tb-" + BUTTONS[selector]);
      toolbar.querySelectorAll(selector).forEach(function (button) {
        button.setAttribute("aria-label", name);
        button.setAttribute("title", name);
      });
    });
    var levels = { "": area.getAttribute("data-tb-normal"), "2": area.getAttribute("data-tb-h2"),
      "3": area.getAttribute("data-tb-h3") };
    toolbar.querySelectorAll(".ql-picker.ql-header").forEach(function (picker) {
      var label = picker.querySelector(".ql-picker-label");
      picker.querySelectorAll(".ql-picker-item").forEach(function (item) {
        var name = levels[item.getAttribute("data-value") || ""];
        item.setAttribute("data-label", name);
        item.setAttribute("aria-label", name);
        item.setAttribute("title", name);
      });
      function showLevel() {
        label.setAttribute("data-label", levels[label.getAttribute("data-value") || ""]);
      }
      label.setAttribute("aria-label", area.getAttribute("data-tb-header"));
      label.setAttribute("title", area.getAttribute("data-tb-header"));
      showLevel();
      new MutationObserver(showLevel).observe(label, { attributes: true, attributeFilter: ["data-value"] });
    });
    var tooltip = toolbar.parentNode.querySelector(".ql-tooltip");
    if (tooltip) {
      // CSS attr() reads the element that owns the ::before/::after, so each word sits on its element
      var words = { visit: tooltip, enter: tooltip, edit: tooltip.querySelector("a.ql-action"),
        save: tooltip.querySelector("a.ql-action"), remove: tooltip.querySelector("a.ql-remove") };
      Object.keys(words).forEach(function (word) {
        if (words[word]) { words[word].setAttribute("data-tb-" + word, area.getAttribute("data-tb-" + word) || ""); }
      });
      var input = tooltip.querySelector("input");
      if (input) { input.setAttribute("aria-label", area.getAttribute("data-tb-enter") || ""); }
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    if (!window.Quill) { return; }
    document.querySelectorAll("textarea.rte").forEach(start);
  });
})();
