// Search page: Pagefind's default UI over the index of this page's language
// (Pagefind picks it from <html lang>). `?q=word` starts a search, so a
// search can be linked to; the address follows what is typed, and each chosen
// filter value is one `filter=Name:Value` (`?q=monteur&filter=Soort:Vacature`),
// so a shared link and the Back button from a result keep the filters too.
// A language with more pages than one Pagefind run indexes (PODIUM_SEARCH_CHUNK)
// is indexed in parts: the first in the bundle itself, the others in folders
// that pagefind-entry.json lists under "podium_parts"; they are merged here.
(function () {
  var box = document.getElementById("search");
  if (!box || typeof PagefindUI === "undefined") { return; }
  var bundle = box.getAttribute("data-bundle");
  var lang = (document.documentElement.lang || "").toLowerCase();

  function start(parts) {
    var ui = new PagefindUI({
      element: "#search",
      bundlePath: bundle,
      mergeIndex: parts.map(function (folder) {
        return { bundlePath: bundle + folder, language: lang };
      }),
      showImages: false,
      showSubResults: true,
      translations: { search_label: box.getAttribute("data-label") }
    });
    var input = box.querySelector("input[type=text], input[type=search]");
    if (input) {
      // A visible label, not only a placeholder (WCAG 3.3.2; axe label-title-only).
      var label = document.createElement("label");
      label.className = "search__label";
      label.htmlFor = input.id = "search-input";
      label.textContent = box.getAttribute("data-label");
      box.insertBefore(label, box.firstChild);
    }
    announce(box, document.getElementById("search-status"));
    var params = new URLSearchParams(window.location.search);
    var chosen = linkedFilters(params.getAll("filter"));
    if (chosen) { ui.triggerFilters(chosen); }
    var query = params.get("q");
    if (query) { ui.triggerSearch(query); }
    carry(query);
    if (window.history && window.history.replaceState) {
      // replaceState, not pushState: Back leaves the search page, not each keystroke.
      box.addEventListener("input", function (event) {
        var url = new URL(window.location.href);
        if (event.target === input) {
          if (input.value) { url.searchParams.set("q", input.value); } else { url.searchParams.delete("q"); }
          carry(input.value);
        } else if (event.target.classList.contains("pagefind-ui__filter-checkbox")) {
          url.searchParams.delete("filter");
          box.querySelectorAll(".pagefind-ui__filter-checkbox:checked").forEach(function (el) {
            url.searchParams.append("filter", el.name + ":" + el.value);
          });
        } else {
          return;
        }
        window.history.replaceState(null, "", url);
      });
    }
  }

  // The other language's search page searches the same words: the switch
  // drops them no more. Not the filters, whose names and values are words of
  // this language ("Soort:Vacature").
  function carry(words) {
    document.querySelectorAll('.lang-switch a[rel~="alternate"]').forEach(function (a) {
      var other = new URL(a.href);
      if (words) { other.searchParams.set("q", words); } else { other.searchParams.delete("q"); }
      // As the page wrote it: site-relative stays so (a local preview).
      var absolute = /^[a-z][a-z0-9+.-]*:/i.test(a.getAttribute("href"));
      a.setAttribute("href", absolute ? other.href : other.pathname + other.search + other.hash);
    });
  }

  // `filter=Name:Value` parameters as Pagefind's {Name: [Value, ...]}; the
  // name is up to the first colon (a value may hold one). Other parameters
  // (a campaign tag) are no filter: Pagefind would find nothing for them.
  function linkedFilters(values) {
    var out = null;
    values.forEach(function (pair) {
      var at = pair.indexOf(":");
      if (at < 1 || at === pair.length - 1) { return; }
      var name = pair.slice(0, at);
      out = out || {};
      (out[name] = out[name] || []).push(pair.slice(at + 1));
    });
    return out;
  }

  // Screen readers hear the result count ("3 resultaten voor monteur") once
  // the results have settled, not every keystroke's interim message.
  function announce(ui, status) {
    if (!status || typeof MutationObserver === "undefined") { return; }
    var timer = null;
    new MutationObserver(function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var message = ui.querySelector(".pagefind-ui__message");
        var text = message ? message.textContent.trim() : "";
        if (text !== status.textContent) { status.textContent = text; }
      }, 500);
    }).observe(ui, { childList: true, subtree: true, characterData: true });
  }

  // "no-cache": revalidate, so a rebuilt site never merges yesterday's parts.
  fetch(bundle + "pagefind-entry.json", { cache: "no-cache" })
    .then(function (response) { return response.ok ? response.json() : {}; })
    .catch(function () { return {}; })
    .then(function (entry) {
      // A language with no story or open vacancy yet has no index, and
      // Pagefind would search the largest other language's instead.
      var languages = entry && entry.languages;
      if (languages && typeof languages === "object" &&
          !languages[lang] && !languages[lang.split("-")[0]]) {
        var empty = document.getElementById("search-empty");
        if (empty) { empty.hidden = false; }
        return;
      }
      var parts = (entry && entry.podium_parts && entry.podium_parts[lang]) || [];
      start(Array.isArray(parts) ? parts : []);
    });
})();
