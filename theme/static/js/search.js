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
  if (!box) { return; }
  var bundle = box.getAttribute("data-bundle");
  var lang = (document.documentElement.lang || "").toLowerCase();
  var status = document.getElementById("search-status");
  var MAX_WORDS = 256;  // characters of a search, in the field and in ?q=

  // Pagefind's scripts did not load (a blocker, a dropped connection): the
  // page was its heading alone, or said "searching" for ever. Say so, and
  // offer the listings, as the page does without JavaScript.
  function fail() {
    var notice = document.getElementById("search-failed");
    loaded();
    if (box.hidden || !notice) { return; }
    box.hidden = true;
    var list = document.getElementById("search-browse");
    if (list) { list.hidden = true; }
    var none = document.getElementById("search-none");
    if (none) { none.hidden = true; }
    notice.hidden = false;
    if (status) { status.textContent = notice.querySelector("p").textContent; }
  }
  // Pagefind's script comes after this one: the page says the search is
  // loading (five seconds on a slow connection were a page without a field).
  var loading = document.getElementById("search-loading");
  if (loading) { loading.hidden = false; }
  function loaded() {
    if (loading) { loading.hidden = true; }
  }

  // A page's metadata other than its title and image is indexed to be found
  // (the ends of long words, "parts"; a remote job's words, "remote"), never
  // shown: Pagefind's UI showed each as a tag ("Parts: portmedewerker ...").
  function shownMeta(result) {
    var meta = result.meta || {};
    Object.keys(meta).forEach(function (key) {
      if (["title", "image", "image_alt"].indexOf(key) < 0) { delete meta[key]; }
    });
    return result;
  }

  function start(parts) {
    var ui = new PagefindUI({
      element: "#search",
      bundlePath: bundle,
      mergeIndex: parts.map(function (folder) {
        return { bundlePath: bundle + folder, language: lang };
      }),
      showImages: false,
      showSubResults: true,
      processTerm: plainWords,
      processResult: shownMeta,
      // Pagefind's own Dutch names its clear button "Reset", in English.
      translations: {
        search_label: box.getAttribute("data-label"),
        zero_results: box.getAttribute("data-zero"),
        clear_search: box.getAttribute("data-clear-words")
      }
    });
    loaded();
    var input = box.querySelector("input[type=text], input[type=search]");
    if (input) {
      // A pasted text (10,000 characters) made an address longer than many
      // servers take (nginx: 8 KB), so Back, a reload or the link failed.
      input.maxLength = MAX_WORDS;
      // A visible label, not only a placeholder (WCAG 3.3.2; axe label-title-only).
      var label = document.createElement("label");
      label.className = "search__label";
      label.htmlFor = input.id = "search-input";
      label.textContent = box.getAttribute("data-label");
      box.insertBefore(label, box.firstChild);
    }
    announce(box, status);
    var params = new URLSearchParams(window.location.search);
    var chosen = linkedFilters(params.getAll("filter"));
    var query = (params.get("q") || "").slice(0, MAX_WORDS);
    // The UI loads pagefind.js when first asked, and only logs a failure:
    // the same import (one fetch) tells this page.
    var checked = false;
    function check() {
      if (checked) { return; }
      checked = true;
      import(bundle + "pagefind.js").catch(fail);
    }
    if (query || chosen) { check(); }
    // "Meer resultaten laden" kept the focus on itself, below the results it
    // added: the next Tab went to the footer. The first new result takes it,
    // once it has its link (Pagefind draws a placeholder first). Counted in
    // the capture phase: after the button's own handler the page has grown.
    box.addEventListener("click", function (event) {
      var button = event.target.closest && event.target.closest(".pagefind-ui__button");
      if (!button) { return; }
      var before = box.querySelectorAll(".pagefind-ui__result").length;
      var tries = 0;
      (function wait() {
        var added = box.querySelectorAll(".pagefind-ui__result")[before];
        var link = added && added.querySelector(".pagefind-ui__result-link");
        if (link) {
          var active = document.activeElement;
          if (active === button || active === document.body || !active) { link.focus(); }
        } else if (++tries < 50) {
          setTimeout(wait, 100);
        }
      })();
    }, true);
    box.addEventListener("focusin", check);
    box.addEventListener("input", check);
    if (query) {
      ui.triggerSearch(query);
      if (query !== params.get("q") && window.history && window.history.replaceState) {
        var short = new URL(window.location.href);
        short.searchParams.set("q", query);
        window.history.replaceState(null, "", short);
      }
    }
    carry(query);
    var browser = browsing(parts, function () {
      // "Filters wissen" under the list: no filter chosen, no list, in the
      // address too; the keyboard goes on in the field.
      var url = new URL(window.location.href);
      url.searchParams.delete("filter");
      if (window.history && window.history.replaceState) { window.history.replaceState(null, "", url); }
      ui.triggerFilters({});
      browser.show(null);
      if (input) { input.focus(); }
    });
    if (chosen) {
      // Only the filters the index offers: an old link's (a theme since
      // renamed, "Soort:Vacature" on the English page) made every search find
      // nothing. As on the job list, the rest filter nothing and leave the address.
      browser.offered(chosen).then(function (kept) {
        var url = new URL(window.location.href);
        url.searchParams.delete("filter");
        Object.keys(kept).forEach(function (name) {
          kept[name].forEach(function (value) { url.searchParams.append("filter", name + ":" + value); });
        });
        if (window.history && window.history.replaceState) { window.history.replaceState(null, "", url); }
        if (!Object.keys(kept).length) { return; }
        ui.triggerFilters(kept);
        if (!(input && input.value)) { browser.show(kept); }
      });
    }
    if (window.history && window.history.replaceState) {
      // replaceState, not pushState: Back leaves the search page, not each keystroke.
      box.addEventListener("input", function (event) { follow(event.target); });
      if (input) {
        // Escape and the Reset button empty the field without an input event,
        // and blur it: the address kept the words, and the keyboard's next Tab
        // started at the top of the page. The field keeps the focus, as a
        // search field's Escape does.
        box.addEventListener("keydown", function (event) {
          if (event.target === input && event.key === "Escape") { setTimeout(cleared, 0); }
        });
        box.addEventListener("click", function (event) {
          if (event.target.closest && event.target.closest(".pagefind-ui__search-clear")) {
            setTimeout(cleared, 0);
          }
        });
      }
    }
    function cleared() {
      if (input.value) { return; }
      follow(input);
      input.focus();
    }
    function follow(target) {
      var url = new URL(window.location.href);
      if (target === input) {
        if (input.value) { url.searchParams.set("q", input.value.slice(0, MAX_WORDS)); } else { url.searchParams.delete("q"); }
        carry(input.value);
      } else if (target.classList.contains("pagefind-ui__filter-checkbox")) {
        url.searchParams.delete("filter");
        box.querySelectorAll(".pagefind-ui__filter-checkbox:checked").forEach(function (el) {
          url.searchParams.append("filter", el.name + ":" + el.value);
        });
      } else {
        return;
      }
      window.history.replaceState(null, "", url);
      // Words: Pagefind's results. None: what the chosen filters match.
      browser.show(input && input.value ? null : linkedFilters(url.searchParams.getAll("filter")));
    }
  }

  // Pagefind's UI searches nothing without words, so a link with only a
  // filter (a recruiter's "every job": ?filter=Soort:Vacature) opened an empty
  // page. Pagefind's API does search without words (a null term) within
  // filters: its own instance (the UI's is not reachable) lists what they
  // match here, in the UI's markup, until words are typed.
  function browsing(parts, clear) {
    var list = document.getElementById("search-browse");
    var instance = null;
    var asked = 0;
    var more = 10;
    var current = null;  // the filters listed: {Name: [Value, ...]}
    function load() {
      if (!instance) {
        instance = import(bundle + "pagefind.js").then(function (pagefind) {
          var own = pagefind.createInstance({ basePath: bundle });
          return Promise.all(parts.map(function (folder) {
            return own.mergeIndex(bundle + folder, { language: lang });
          })).then(function () { return own; });
        });
      }
      return instance;
    }
    function say(count) {
      var text = count === 0 ? list.getAttribute("data-none")
        : count === 1 ? list.getAttribute("data-one")
          : list.getAttribute("data-count").replace("{count}", count);
      var message = document.createElement("p");
      message.className = "pagefind-ui__message";
      message.textContent = text;
      return message;
    }
    function item(data) {
      // Pagefind escapes the page's text in an excerpt; read it as text all
      // the same (a <template> runs nothing), and write it as text.
      var excerpt = document.createElement("template");
      excerpt.innerHTML = data.excerpt || "";
      var li = document.createElement("li");
      li.className = "pagefind-ui__result";
      li.innerHTML = '<div class="pagefind-ui__result-inner"><p class="pagefind-ui__result-title">' +
        '<a class="pagefind-ui__result-link"></a></p><p class="pagefind-ui__result-excerpt"></p></div>';
      var link = li.querySelector("a");
      link.href = data.url;
      link.textContent = (data.meta && data.meta.title) || data.url;
      li.querySelector(".pagefind-ui__result-excerpt").textContent = excerpt.content.textContent;
      return li;
    }
    // Which filters "met deze filters" means: Pagefind shows its filters only
    // once words are typed, so a link's were nowhere on the page, nor a way
    // to be rid of them.
    function chosen() {
      var line = document.createElement("p");
      line.className = "search__filters";
      var names = document.createElement("span");
      names.className = "search__chosen";
      names.textContent = Object.keys(current || {}).map(function (name) {
        return current[name].map(function (value) { return name + ": " + value; }).join(" · ");
      }).join(" · ");
      var url = new URL(window.location.href);
      url.searchParams.delete("filter");
      var link = document.createElement("a");
      link.href = url.pathname + url.search + url.hash;
      link.textContent = list.getAttribute("data-clear");
      link.addEventListener("click", function (event) {
        event.preventDefault();
        clear();
      });
      line.appendChild(names);
      line.appendChild(document.createTextNode(" "));
      line.appendChild(link);
      return line;
    }
    // `from`: the first result the "more" button added, which takes the
    // focus (the button is redrawn; the keyboard would be back at the top).
    function render(results, shown, mine, from) {
      return Promise.all(results.slice(0, shown).map(function (r) { return r.data(); }))
        .then(function (pages) {
          if (mine !== asked) { return; }
          list.textContent = "";
          list.appendChild(say(results.length));
          list.appendChild(chosen());
          var ol = document.createElement("ol");
          ol.className = "pagefind-ui__results";
          pages.forEach(function (data) { ol.appendChild(item(data)); });
          list.appendChild(ol);
          if (results.length > shown) {
            var button = document.createElement("button");
            button.type = "button";
            button.className = "button search__more";
            button.textContent = list.getAttribute("data-more");
            button.addEventListener("click", function () { render(results, shown + more, mine, shown); });
            list.appendChild(button);
          }
          list.hidden = false;
          if (from && ol.children[from]) { ol.children[from].querySelector("a").focus(); }
        });
    }
    return {
      // {Name: [Value, ...]} less the names and values the index lacks.
      offered: function (wanted) {
        return load()
          .then(function (pagefind) { return pagefind.filters(); })
          .then(function (all) {
            var kept = {};
            Object.keys(wanted).forEach(function (name) {
              var values = all && Object.prototype.hasOwnProperty.call(all, name) ? all[name] : null;
              wanted[name].forEach(function (value) {
                if (values && Object.prototype.hasOwnProperty.call(values, value)) {
                  (kept[name] = kept[name] || []).push(value);
                }
              });
            });
            return kept;
          }, function () { return wanted; });  // index unreadable: as asked
      },
      show: function (filters) {
        var mine = ++asked;
        current = filters;
        if (!list || !filters) {
          if (list) { list.hidden = true; }
          return;
        }
        load()
          .then(function (pagefind) { return pagefind.search(null, { filters: filters }); })
          .then(function (found) {
            if (mine === asked && found) { return render(found.results, more, mine); }
          })
          .catch(function () { list.hidden = true; });
      }
    };
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

  // Dutch writes some plurals with an apostrophe ("collega's", "foto's"):
  // Pagefind read "collega's" as the word "collegas" and found a third of the
  // pages about a collega. The word itself finds them all, the plural too
  // (the index keeps "collegas", which starts with it).
  function plainWords(term) {
    return term.replace(/([^\s'’])['’]s(?=[\s.,;:!?]|$)/g, "$1");
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
  // the results have settled, not every keystroke's interim message; without
  // words, the count of what a link's filters match ("1 resultaat met deze
  // filters"), which is no part of Pagefind's UI.
  function announce(ui, status) {
    if (!status || typeof MutationObserver === "undefined") { return; }
    var list = document.getElementById("search-browse");
    var timer = null;
    var observer = new MutationObserver(function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        if (ui.hidden) { return; }  // search failed to load: fail() said so
        var message = ui.querySelector(".pagefind-ui__message");
        if (!(message && message.textContent.trim()) && list && !list.hidden) {
          message = list.querySelector(".pagefind-ui__message");
        }
        var text = message ? message.textContent.trim() : "";
        if (text !== status.textContent) { status.textContent = text; }
        nothingFound(ui);
      }, 500);
    });
    var what = { childList: true, subtree: true, characterData: true };
    observer.observe(ui, what);
    if (list) {
      what.attributes = true;
      what.attributeFilter = ["hidden"];
      observer.observe(list, what);
    }
  }

  // "Geen resultaten voor stagairs" was a dead end: while a search finds
  // nothing, a hint and the listings follow it. Pagefind's message is known
  // by its words (data-zero, given to the UI as its zero_results).
  function nothingFound(ui) {
    var none = document.getElementById("search-none");
    var zero = ui.getAttribute("data-zero") || "";
    var at = zero.indexOf("[SEARCH_TERM]");
    if (!none || at < 0) { return; }
    var message = ui.querySelector(".pagefind-ui__results-area .pagefind-ui__message");
    var text = message ? message.textContent.trim() : "";
    var before = zero.slice(0, at).trim(), after = zero.slice(at + "[SEARCH_TERM]".length).trim();
    var found = !!text && text.indexOf(before) === 0 &&
      text.slice(text.length - after.length) === after && !ui.querySelector(".pagefind-ui__result");
    none.hidden = !found;
  }

  // "no-cache": revalidate, so a rebuilt site never merges yesterday's parts.
  // Asked for now, while Pagefind's script loads.
  var entry = fetch(bundle + "pagefind-entry.json", { cache: "no-cache" })
    .then(function (response) { return response.ok ? response.json() : {}; })
    .catch(function () { return {}; });
  function ready() {
    if (typeof PagefindUI === "undefined") { fail(); return; }
    entry.then(function (entry) {
      // A language with no story or open vacancy yet has no index, and
      // Pagefind would search the largest other language's instead.
      var languages = entry && entry.languages;
      if (languages && typeof languages === "object" &&
          !languages[lang] && !languages[lang.split("-")[0]]) {
        var empty = document.getElementById("search-empty");
        if (empty) { empty.hidden = false; }
        loaded();
        return;
      }
      var parts = (entry && entry.podium_parts && entry.podium_parts[lang]) || [];
      start(Array.isArray(parts) ? parts : []);
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", ready);
  } else {
    ready();
  }
})();
