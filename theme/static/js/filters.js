// Vacancy filters: the list works without JavaScript (all jobs, plus links
// per theme); with it, the form appears and hides jobs that do not match.
(function () {
  var form = document.getElementById("job-filters");
  var status = document.getElementById("job-count");
  if (!form || !status) { return; }
  var jobs = Array.prototype.slice.call(document.querySelectorAll(".jobs .job"));
  form.hidden = false;
  function matches(job, facet, value) {
    if (!value) { return true; }
    return (" " + (job.getAttribute("data-" + facet) || "") + " ").indexOf(" " + value + " ") !== -1;
  }
  function apply() {
    var wanted = {};
    ["theme", "team", "location"].forEach(function (f) { wanted[f] = form.elements[f].value; });
    var shown = 0;
    jobs.forEach(function (job) {
      var ok = matches(job, "theme", wanted.theme) && matches(job, "team", wanted.team) &&
        matches(job, "location", wanted.location);
      job.hidden = !ok;
      if (ok) { shown += 1; }
    });
    status.textContent = shown ? status.getAttribute("data-template").replace("{count}", shown)
      : status.getAttribute("data-none");
  }
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); apply(); });
})();
