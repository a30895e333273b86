// Refuses a chosen file over the server's upload limits before the form is sent. The server can
// only refuse such a body without reading it (Tomcat stops at the limit), so it cannot give back
// what was typed in the form; checked here, the person keeps the page as it is and is told why,
// in the page's language. The server's own refusal stays for browsers without this script.
(function () {
  'use strict';
  var data = document.body.dataset;
  var fileMax = Number(data.uploadFileMax);
  var requestMax = Number(data.uploadRequestMax);
  if (!fileMax || !requestMax) {
    return;
  }

  function messageFor(input) {
    var id = (input.id || input.name) + '-upload-limit';
    var message = document.getElementById(id);
    if (!message) {
      message = document.createElement('p');
      message.id = id;
      message.className = 'alert error upload-limit';
      message.setAttribute('role', 'alert');
      input.insertAdjacentElement('afterend', message);
      input.setAttribute('aria-describedby', ((input.getAttribute('aria-describedby') || '') + ' ' + id).trim());
    }
    return message;
  }

  function clear(input) {
    input.setCustomValidity('');
    var message = document.getElementById((input.id || input.name) + '-upload-limit');
    if (message) {
      message.remove();
    }
  }

  function refuse(input, text) {
    input.setCustomValidity(text);
    messageFor(input).textContent = text;
  }

  /** Marks the first input over a limit and answers it, or null when the form may be sent. */
  function check(form) {
    var inputs = form.querySelectorAll('input[type=file]');
    var total = 0;
    var refused = null;
    inputs.forEach(function (input) {
      clear(input);
      Array.prototype.forEach.call(input.files || [], function (file) {
        total += file.size;
        if (!refused && file.size > fileMax) {
          refused = input;
          refuse(input, data.uploadFileMessage);
        }
      });
    });
    if (!refused && total > requestMax) {
      inputs.forEach(function (input) {
        if (!refused && input.files && input.files.length) {
          refused = input;
          refuse(input, data.uploadRequestMessage);
        }
      });
    }
    return refused;
  }

  document.addEventListener('change', function (event) {
    var input = event.target;
    if (input.matches && input.matches('input[type=file]') && input.form) {
      check(input.form);
    }
  });

  // Capture phase: before htmx or any other handler sends the form.
  document.addEventListener('submit', function (event) {
    var refused = event.target.querySelector && check(event.target);
    if (refused) {
      event.preventDefault();
      event.stopPropagation();
      refused.focus();
    }
  }, true);
})();
