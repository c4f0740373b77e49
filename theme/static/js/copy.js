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
    button.hidden = false;
    field.addEventListener("focus", function () { field.select(); });
    button.addEventListener("click", function () {
      field.select();
      var done = function () {
        button.textContent = button.getAttribute("data-copied");
        if (status) { status.textContent = button.getAttribute("data-copied"); }
        setTimeout(function () {
          button.textContent = label;
          if (status) { status.textContent = ""; }
        }, 2000);
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(done, function () {
          document.execCommand("copy"); done();
        });
      } else {
        document.execCommand("copy"); done();
      }
    });
  });
})();
