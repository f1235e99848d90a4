// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  var MAX_BYTES = 10 * 1024 * 1024;
  var ALLOWED = /\.(pdf|jpe?g|png)$/i;

  function errorElement(input) {
    var id = input.id + "-client-error";
    var element = document.getElementById(id);
    if (!element) {
      element = document.createElement("p");
      element.id = id;
      element.className = "field-error";
      element.setAttribute("aria-live", "polite");
      input.insertAdjacentElement("afterend", element);
      var described = input.getAttribute("aria-describedby");
      input.setAttribute("aria-describedby", described ? described + " " + id : id);
    }
    return element;
  }

  // A file's type and size are checked before it is sent; the server checks them again.
  function checkFile(input) {
    var file = input.files && input.files[0];
    var message = "";
    if (file && !ALLOWED.test(file.name)) {
      message = "Chỉ nhận tệp PDF, JPG hoặc PNG.";
    } else if (file && file.size > MAX_BYTES) {
      message = "Tệp quá lớn: tối đa 10 MB.";
    }
    input.setCustomValidity(message);
    errorElement(input).textContent = message;
  }

  document.addEventListener("change", function (event) {
    var target = event.target;
    if (target instanceof HTMLInputElement && target.type === "file") {
      checkFile(target);
    }
  });

  // A form is sent once: the second click of a double click does nothing (the server would also refuse a double).
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute("data-once")) {
      return;
    }
    if (form.getAttribute("data-sent") === "true") {
      event.preventDefault();
      return;
    }
    form.setAttribute("data-sent", "true");
    var buttons = form.querySelectorAll("button[type=submit]");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute("aria-disabled", "true");
      if (buttons[i].hasAttribute("data-sending")) {
        buttons[i].textContent = buttons[i].getAttribute("data-sending");
      }
    }
  });

  // The error summary takes the focus, so that a screen reader announces what to correct.
  document.addEventListener("DOMContentLoaded", function () {
    var summary = document.querySelector("[data-focus]");
    if (summary) {
      summary.focus();
    }
  });
})();
