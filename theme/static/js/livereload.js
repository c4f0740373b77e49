// Development only (podium serve): reload when a rebuild succeeded.
(function () {
  var seen = null;
  setInterval(function () {
    fetch("/__podium/version", { cache: "no-store" })
      .then(function (r) { return r.text(); })
      .then(function (v) {
        if (seen !== null && v !== seen) { location.reload(); }
        seen = v;
      })
      .catch(function () {});
  }, 1000);
})();
