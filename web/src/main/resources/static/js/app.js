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

  // The assistant's chat box: the question is sent in the background and the answer added below the others. Should
  // that fail, the form is sent as it would be without this script.
  function element(tag, className, text) {
    var created = document.createElement(tag);
    if (className) {
      created.className = className;
    }
    if (text) {
      created.textContent = text;
    }
    return created;
  }

  function chatTurn(box, turn) {
    var item = element("li", "chat__turn");
    var question = element("p", "chat__question");
    question.appendChild(element("span", "visually-hidden", "Bạn hỏi: "));
    question.appendChild(element("span", "", turn.question));
    item.appendChild(question);
    var answer = element("div", "chat__answer");
    answer.appendChild(element("p", "visually-hidden", "Trợ lý trả lời:"));
    turn.lines.forEach(function (line) {
      answer.appendChild(element("p", "", line));
    });
    if (turn.procedure) {
      var link = element("a", "", "Xem thủ tục " + turn.procedure.name);
      link.href = turn.procedure.href;
      var paragraph = element("p");
      paragraph.appendChild(link);
      answer.appendChild(paragraph);
    }
    if (turn.choices.length > 0) {
      var source = box.querySelector("[data-chat-form]");
      var choices = element("form", "chat__choices");
      choices.method = "post";
      choices.action = source.action;
      ["_csrf", "back"].forEach(function (name) {
        var field = source.querySelector("input[name='" + name + "']");
        if (field) {
          choices.appendChild(field.cloneNode(false));
        }
      });
      turn.choices.forEach(function (choice) {
        var button = element("button", "button button--secondary", choice.name);
        button.type = "submit";
        button.name = "text";
        button.value = String(choice.number);
        button.setAttribute("data-href", choice.href);
        choices.appendChild(button);
      });
      answer.appendChild(choices);
    }
    item.appendChild(answer);
    return item;
  }

  // Choices offered earlier no longer answer to their number: they become links, as the server renders them.
  function retireChoices(box) {
    var old = box.querySelectorAll(".chat__log .chat__choices");
    for (var i = 0; i < old.length; i++) {
      var list = element("ul", "plain");
      var buttons = old[i].querySelectorAll("button");
      for (var b = 0; b < buttons.length; b++) {
        var link = element("a", "", buttons[b].textContent);
        link.href = buttons[b].getAttribute("data-href") || "/thu-tuc";
        var entry = element("li");
        entry.appendChild(link);
        list.appendChild(entry);
      }
      old[i].parentNode.replaceChild(list, old[i]);
    }
  }

  function chatError(box, message) {
    var input = box.querySelector("[data-chat-form] input[name='text']");
    var error = document.getElementById(input.id + "-error");
    if (!error) {
      error = element("p", "field-error");
      error.id = input.id + "-error";
      input.parentNode.insertBefore(error, input);
    }
    error.textContent = message || "";
    input.parentNode.classList.toggle("field--error", Boolean(message));
    if (message) {
      input.setAttribute("aria-invalid", "true");
      input.setAttribute("aria-describedby", "tro-ly-gioi-thieu " + error.id);
      input.focus();
    } else {
      input.removeAttribute("aria-invalid");
      input.setAttribute("aria-describedby", "tro-ly-gioi-thieu");
    }
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    var box = form instanceof HTMLFormElement ? form.closest(".chat") : null;
    if (!box || !box.hasAttribute("data-chat-endpoint") || !window.fetch || !window.URLSearchParams) {
      return;
    }
    if (form.getAttribute("data-sent") === "true") {
      event.preventDefault();
      return;
    }
    event.preventDefault();
    var body = new URLSearchParams(new FormData(form));
    if (event.submitter && event.submitter.name) {
      body.set(event.submitter.name, event.submitter.value);
    }
    form.setAttribute("data-sent", "true");
    fetch(box.getAttribute("data-chat-endpoint"), {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { Accept: "application/json" }
    })
      .then(function (response) {
        if (response.status !== 200 && response.status !== 400 && response.status !== 503) {
          throw new Error("HTTP " + response.status);
        }
        return response.json().then(function (answer) {
          form.removeAttribute("data-sent");
          if (response.status !== 200) {
            chatError(box, answer.message);
            return;
          }
          chatError(box, "");
          retireChoices(box);
          box.querySelector("[data-chat-log]").appendChild(chatTurn(box, answer));
          var input = box.querySelector("[data-chat-form] input[name='text']");
          input.value = "";
        });
      })
      .catch(function () {
        // Sent again without the script: the server answers with the page.
        if (event.submitter && event.submitter.name) {
          var chosen = document.createElement("input");
          chosen.type = "hidden";
          chosen.name = event.submitter.name;
          chosen.value = event.submitter.value;
          form.appendChild(chosen);
        }
        HTMLFormElement.prototype.submit.call(form);
      });
  });

  // The error summary takes the focus, so that a screen reader announces what to correct.
  document.addEventListener("DOMContentLoaded", function () {
    var summary = document.querySelector("[data-focus]");
    if (summary) {
      summary.focus();
    }
  });
})();
