// "Copy link" buttons: progressive enhancement. Without JavaScript the
// button stays hidden and the read-only field can be selected and copied.
(function () {
  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    var field = document.getElementById(button.getAttribute("data-copy"));
    if (!field) { return; }
    var label = button.textContent;
    // The button's new text is not read out (screen readers do not announce a
    // focused button's name changing); the status region next to it is.
    var status = button.parentNode.querySelector("[role=status]");
    var timer = null;
    button.hidden = false;
    field.addEventListener("focus", function () { field.select(); });
    function say(buttonText, message) {
      // A second click within 2 s restarts the wait, so the first click's
      // timer does not put the label back just after the second.
      clearTimeout(timer);
      button.textContent = buttonText;
      if (status) { status.textContent = message; }
      timer = setTimeout(function () {
        button.textContent = label;
        if (status) { status.textContent = ""; }
      }, 2000);
    }
    function done() {
      say(button.getAttribute("data-copied"), button.getAttribute("data-copied"));
    }
    // execCommand returns false (or throws) when the browser copied nothing:
    // then the reader is not told "copied", and the link is left selected
    // in its focused field to copy by hand.
    function fallback() {
      var ok = false;
      // execCommand copies the selection; selecting the field moves the focus
      // there (Chromium), so a keyboard user's focus goes back to the button.
      field.select();
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      if (ok) { button.focus(); done(); return; }
      field.focus();
      field.select();
      say(label, button.getAttribute("data-copy-failed") || "");
    }
    button.addEventListener("click", function () {
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(done, fallback);
      } else {
        fallback();
      }
    });
  });
})();
