// Listen to an article with the browser's own speech synthesis (vi-VN), when the page offers it.
// Loaded as a file (strict CSP: no inline scripts).
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    // Server audio: the voice chooser switches the player's source.
    document.querySelectorAll("select[data-audio-base]").forEach(function (select) {
      var player = document.querySelector(select.dataset.audioTarget);
      if (!player) { return; }
      select.addEventListener("change", function () {
        var playing = !player.paused;
        player.src = select.dataset.audioBase + select.value;
        if (playing) { player.play(); }
      });
    });
    document.querySelectorAll(".listen").forEach(function (box) {
      var button = box.querySelector(".listen-play");
      var note = box.querySelector(".listen-note");
      var target = document.querySelector(box.dataset.textTarget);
      if (!button || !target) { return; }
      if (!("speechSynthesis" in window)) {
        note.textContent = box.dataset.labelUnavailable;
        note.hidden = false;
        return;
      }
      button.hidden = false;
      note.hidden = false;
      var speaking = false;
      button.addEventListener("click", function () {
        if (speaking) {
          window.speechSynthesis.cancel();
          speaking = false;
          button.textContent = box.dataset.labelPlay;
          return;
        }
        var title = document.querySelector(".article-title");
        var text = (title ? title.textContent + ". " : "") + target.innerText;
        var utterance = new SpeechSynthesisUtterance(text);
        utterance.lang = box.dataset.lang || "vi-VN";
        var voice = window.speechSynthesis.getVoices().find(function (v) {
          return v.lang && v.lang.toLowerCase().indexOf("vi") === 0;
        });
        if (voice) { utterance.voice = voice; }
        utterance.onend = function () { speaking = false; button.textContent = box.dataset.labelPlay; };
        window.speechSynthesis.speak(utterance);
        speaking = true;
        button.textContent = box.dataset.labelStop;
      });
    });
  });
})();
