// Development only (podium serve): reload when a rebuild succeeded, and show
// why it did not (the build's error lines) on the page, where whoever saved
// the story is looking.
(function () {
  var seen = null;
  var box = null;
  // The banner's words come with the page, in its language (strings.yml).
  var script = document.currentScript;
  var failed = (script && script.getAttribute("data-failed")) || "";

  function show(text) {
    if (!text) {
      if (box) { box.remove(); box = null; }
      return;
    }
    if (!box) {
      box = document.createElement("section");
      box.id = "podium-build-errors";
      box.setAttribute("role", "alert");
      // Styled here, not in podium.css: the published stylesheet carries
      // nothing of the development server.
      var s = box.style;
      s.position = "fixed"; s.left = "0"; s.right = "0"; s.bottom = "0"; s.zIndex = "2147483647";
      s.maxHeight = "50vh"; s.overflow = "auto"; s.padding = "1rem 1.25rem";
      s.background = "#7a1010"; s.color = "#ffffff"; s.font = "14px/1.5 monospace";
      var title = document.createElement("h2");
      title.style.font = "bold 16px/1.4 sans-serif";
      title.style.margin = "0 0 .5rem";
      title.textContent = failed;
      var pre = document.createElement("pre");
      pre.style.margin = "0"; pre.style.whiteSpace = "pre-wrap";
      box.appendChild(title);
      box.appendChild(pre);
      document.body.appendChild(box);
    }
    // Text, never markup: the lines quote the story's own words.
    box.querySelector("pre").textContent = text;
  }

  setInterval(function () {
    fetch("/__podium/version", { cache: "no-store" })
      .then(function (r) { return r.text(); })
      .then(function (v) {
        if (seen !== null && v !== seen) { location.reload(); }
        seen = v;
        return fetch("/__podium/errors", { cache: "no-store" });
      })
      .then(function (r) { return r.text(); })
      .then(show)
      .catch(function () {});
  }, 1000);
})();
