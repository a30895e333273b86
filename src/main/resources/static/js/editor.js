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

  document.addEventListener("DOMContentLoaded", function () {
    if (!window.Quill) { return; }
    document.querySelectorAll("textarea.rte").forEach(start);
  });
})();
