// Vacancy filters: the list works without JavaScript (all jobs, plus links
// per theme); with it, the form appears and hides jobs that do not match.
// The address carries the filters (?theme=tech&location=utrecht), so a
// filtered list can be shared or bookmarked, and coming back to the page (the
// back button, a reload) shows the list the form says, not every job under a
// form the browser restored.
(function () {
  var form = document.getElementById("job-filters");
  var status = document.getElementById("job-count");
  if (!form || !status) { return; }
  var facets = ["theme", "team", "location"];
  var jobs = Array.prototype.slice.call(document.querySelectorAll(".jobs .job"));
  form.hidden = false;
  function matches(job, facet, value) {
    if (!value) { return true; }
    return (" " + (job.getAttribute("data-" + facet) || "") + " ").indexOf(" " + value + " ") !== -1;
  }
  function offers(select, value) {
    return Array.prototype.some.call(select.options, function (o) { return o.value === value; });
  }
  function apply() {
    var wanted = {};
    facets.forEach(function (f) { wanted[f] = form.elements[f].value; });
    var shown = 0;
    jobs.forEach(function (job) {
      var ok = facets.every(function (f) { return matches(job, f, wanted[f]); });
      job.hidden = !ok;
      if (ok) { shown += 1; }
    });
    announce(shown === 0 ? status.getAttribute("data-none")
      : shown === 1 ? status.getAttribute("data-one")
        : status.getAttribute("data-template").replace("{count}", shown));
    return wanted;
  }
  var pending = null;
  function announce(text) {
    // A live region set to the text it already holds is not read out again
    // (another filter, as many jobs): it is emptied, then filled a moment later.
    clearTimeout(pending);
    if (status.textContent !== text) { status.textContent = text; return; }
    status.textContent = "";
    pending = setTimeout(function () { status.textContent = text; }, 100);
  }
  function remember(wanted) {
    if (!window.history || !window.history.replaceState) { return; }
    var url = new URL(window.location.href);
    // Always in the form's order: one filter, one address.
    facets.forEach(function (f) { url.searchParams.delete(f); });
    facets.forEach(function (f) { if (wanted[f]) { url.searchParams.set(f, wanted[f]); } });
    window.history.replaceState(window.history.state, "", url);
    // The other language's job list, filtered the same way: the values are
    // slugs, the same in every language (one it does not offer filters nothing).
    document.querySelectorAll('.lang-switch a[rel~="alternate"]').forEach(function (a) {
      var other = new URL(a.href);
      facets.forEach(function (f) { other.searchParams.delete(f); });
      facets.forEach(function (f) { if (wanted[f]) { other.searchParams.set(f, wanted[f]); } });
      // As the page wrote it: site-relative stays so (a local preview).
      var absolute = /^[a-z][a-z0-9+.-]*:/i.test(a.getAttribute("href"));
      a.setAttribute("href", absolute ? other.href : other.pathname + other.search + other.hash);
    });
  }
  // The address decides, over what the browser restored into the form; a
  // value the page does not offer (an old link) filters nothing.
  var asked = new URLSearchParams(window.location.search);
  facets.forEach(function (f) {
    var value = asked.get(f) || "";
    form.elements[f].value = offers(form.elements[f], value) ? value : "";
  });
  var start = apply();
  remember(start);  // drops a value the page does not offer from the address
  if (!facets.some(function (f) { return start[f]; })) {
    clearTimeout(pending);
    status.textContent = "";  // nothing filtered: nothing to announce
  }
  form.addEventListener("change", function () { remember(apply()); });
  form.addEventListener("submit", function (e) { e.preventDefault(); remember(apply()); });
})();
