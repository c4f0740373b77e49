/* The editor's preview pane shows a story as the hub does: the hub's own
   stylesheet and the story page's markup around the fields being edited.
   Loaded after decap-cms.js, which defines window.CMS, h and createClass. */
(function () {
  "use strict";
  var CMS = window.CMS;
  if (!CMS) return;
  var me = document.body;
  // Lists as Python-Markdown, which reads the stories, reads them. Decap wrote a
  // list item's text one space after its marker, so a nested list or a second
  // paragraph was indented by two ("* ") or three ("1. ") spaces, as CommonMark
  // allows; Python-Markdown nests only at four, and published it flat.
  // "tab" puts the text, and every block under it, at the next multiple of four.
  // And after an item of several blocks, the next item needs a blank line, or
  // Python-Markdown reads it as a line of the block above: such a list is
  // written "spread" (remark-stringify 6, which Decap uses, joins its items
  // with a blank line then).
  function itemsApartAfterBlocks() {
    return function (tree) {
      (function walk(node) {
        var children = node.children || [];
        if (node.type === "list" && children.some(function (item) {
          return (item.children || []).length > 1;
        })) node.spread = true;
        children.forEach(walk);
      })(tree);
    };
  }
  // A "<" typed in the rich text is text. Decap keeps every run of typed text
  // as raw HTML (so that it never escapes HTML a writer put in): "<main>" and
  // "a <b> c" were saved as tags, and the page dropped the one and set the
  // rest of the paragraph in bold. Such a "<" is written "\<" (CommonMark's
  // escape, which Decap reads back as "<" and Podium renders as "&lt;").
  // Kept raw is only HTML that Podium publishes as HTML and that is whole in
  // the run: a tag of the story allowlist (data-html-tags) with its closing
  // tag ("<q lang=ar>...</q>", an embedded video's iframe), one that has none
  // (br, hr, img), and a comment (a note to the reviewer, never published).
  var keptTags = (me.getAttribute("data-html-tags") || "").split(" ");
  var VOID = ["br", "hr", "img"];
  var TOKEN = /<!--[\s\S]*?-->|<(\/?)([A-Za-z][A-Za-z0-9-]*)(?=[\s/>])[^<>]*>|</g;
  // The positions in ``value`` of each "<" that is to be text.
  function typedAngles(value) {
    var tokens = [], m;
    TOKEN.lastIndex = 0;
    while ((m = TOKEN.exec(value))) {
      tokens.push({ at: m.index, comment: m[0].slice(0, 4) === "<!--",
                    close: m[1] === "/", name: (m[2] || "").toLowerCase(), keep: false });
    }
    tokens.forEach(function (t, i) {
      if (t.comment) t.keep = true;
      else if (!t.name || keptTags.indexOf(t.name) < 0) return;
      else if (VOID.indexOf(t.name) >= 0) t.keep = !t.close;
      else if (!t.close && !t.keep) {
        var depth = 0;
        for (var j = i + 1; j < tokens.length; j++) {
          var u = tokens[j];
          if (u.name !== t.name || u.keep) continue;
          if (!u.close) depth++;
          else if (depth) depth--;
          else { t.keep = u.keep = true; break; }
        }
      }
    });
    return tokens.filter(function (t) { return !t.keep; }).map(function (t) { return t.at; });
  }
  var TEXT = ["text", "html"];
  // Decap splits a paragraph's text into several nodes ("Zij zei ", "<q
  // lang=en>", "hello", "</q>"): a tag and its closing tag are paired over
  // each run of neighbouring text nodes, then every node gets its escapes.
  function escapeRun(run) {
    var joined = run.map(function (n) { return n.value || ""; }).join("");
    if (joined.indexOf("<") < 0) return;
    var at = typedAngles(joined), start = 0;
    run.forEach(function (n) {
      var value = n.value || "", end = start + value.length, out = value;
      at.filter(function (p) { return p >= start && p < end; }).reverse().forEach(function (p) {
        out = out.slice(0, p - start) + "\\" + out.slice(p - start);
      });
      n.value = out;
      start = end;
    });
  }
  function typedAnglesAreText() {
    return function (tree) {
      (function walk(node) {
        var run = [];
        (node.children || []).forEach(function (child) {
          if (TEXT.indexOf(child.type) >= 0) { run.push(child); return; }
          escapeRun(run);
          run = [];
          walk(child);
        });
        escapeRun(run);
      })(tree);
    };
  }
  // A link's address as a writer types it in the Link button's prompt, as it
  // is said: "www.werkenbij.nl" was saved so, a path on the hub
  // (/verhalen/<story>/www.werkenbij.nl, a page that does not exist, which
  // `podium check` cannot tell from a link within the site), and so was an
  // e-mail address. They are written https://www... and mailto:..., as a
  // word processor makes them; every other address stays as it is.
  var WWW = /^www\.[^\s/]+\.[^\s/]+/i;
  var EMAIL = /^[^\s@/:?#]+@[^\s@/:?#]+\.[a-z]{2,}$/i;
  function linksLeadWhereTyped() {
    return function (tree) {
      (function walk(node) {
        if ((node.type === "link" || node.type === "definition") && node.url) {
          var url = String(node.url).trim();
          if (WWW.test(url)) node.url = "https://" + url;
          else if (EMAIL.test(url)) node.url = "mailto:" + url;
        }
        (node.children || []).forEach(walk);
      })(tree);
    };
  }
  // A task list ("- [ ] taak", "- [x] klaar"): Decap reads the box into the
  // list item (`checked`), which its rich text does not keep, so a colleague
  // who changed one word of the story saved "* taak" and the page lost its
  // boxes. Read, the box becomes a "☐" or "☑" before the item's text, which
  // the rich text shows and keeps (and the writer may delete); written, such
  // a sign at the start of an item is the box again. A tree just parsed has
  // positions; one made from the rich text to be written has none. (Decap
  // keeps typed text as "text" or "html" nodes: TEXT above.)
  var BOXES = { "☐": false, "☑": true };
  function taskBoxesKept() {
    return function (tree) {
      var read = !!tree.position;
      (function walk(node) {
        var first = node.type === "listItem" && (node.children || [])[0];
        var words = first && first.type === "paragraph" && first.children;
        if (words && read && typeof node.checked === "boolean") {
          var sign = node.checked ? "☑ " : "☐ ";
          if (words[0] && words[0].type === "text") words[0].value = sign + words[0].value;
          else words.unshift({ type: "text", value: sign });
          node.checked = null;
        } else if (words && !read && words[0] && TEXT.indexOf(words[0].type) >= 0) {
          var m = /^([☐☑])[ \t\u00a0]+/.exec(words[0].value);
          if (m) {
            node.checked = BOXES[m[1]];
            words[0].value = words[0].value.slice(m[0].length);
            if (!words[0].value) words.shift();
          }
        }
        (node.children || []).forEach(walk);
      })(tree);
    };
  }
  // An abbreviation's definition ("*[HR]: Human Resources", Python-Markdown's
  // abbr, which Podium's pages read): Decap's remark knows no such syntax, so
  // a colleague who changed one word of the story in the rich text saved it as
  // "\*\[HR]: Human Resources", text on the page, every "HR" unexplained
  // (two such lines were read as one italic run, "*...\n*"). Read, a block of
  // such lines is one paragraph of that text as written (a block tokenizer,
  // before remark's paragraph, so no "*" is read as emphasis); written, a
  // paragraph of nothing but such lines is raw ("html", which remark writes as
  // it is), without the backslashes Decap puts before its "*" and "[". Both in
  // the parser and the tree rather than on the saved text (a preSave
  // listener): a code block, or such a line inside another paragraph, stays
  // as it was. The other syntaxes
  // of Python-Markdown's "extra" Podium reads (footnotes, {: attributes },
  // definition lists, tables) come back as they were written
  // (tests/browser/test_cms.py).
  var ABBR_LINE = "\\*\\[[^\\]\\n]+\\]:[^\\n]*";
  var ABBR_BLOCK = new RegExp("^" + ABBR_LINE + "(?:\\n" + ABBR_LINE + ")*(?=\\n|$)");
  var ABBR_ONLY = new RegExp("^" + ABBR_LINE + "(?:\\n" + ABBR_LINE + ")*$");
  function abbreviation(eat, value, silent) {
    var m = ABBR_BLOCK.exec(value);
    if (!m) return undefined;
    if (silent) return true;
    return eat(m[0])({ type: "paragraph", children: [{ type: "text", value: m[0] }] });
  }
  function abbreviationsKept() {
    var Parser = this && this.Parser, proto = Parser && Parser.prototype;
    if (proto && proto.blockTokenizers && proto.blockMethods &&
        proto.blockMethods.indexOf("podiumAbbreviation") < 0) {
      proto.blockTokenizers = Object.assign({}, proto.blockTokenizers,
                                            { podiumAbbreviation: abbreviation });
      var methods = proto.blockMethods.slice(), at = methods.indexOf("paragraph");
      methods.splice(at < 0 ? methods.length : at, 0, "podiumAbbreviation");
      proto.blockMethods = methods;
    }
    return function (tree) {
      if (tree.position) return;  // read: a tree to be written has no positions
      (function walk(node) {
        (node.children || []).forEach(function (child) {
          var parts = child.type === "paragraph" && child.children;
          var text = parts && parts.every(function (n) {
            return TEXT.indexOf(n.type) >= 0 || n.type === "break";
          }) && parts.map(function (n) { return n.type === "break" ? "\n" : n.value || ""; })
            .join("");
          // Decap's own escapes come first (remarkEscapeMarkdownEntities runs
          // before these plugins): each is a backslash before one of its
          // delimiters, taken off again for such a line.
          if (text) text = text.replace(/\\([*_~`[\]#>=|-])/g, "$1");
          if (text && ABBR_ONLY.test(text)) {
            child.children = [{ type: "html", value: text }];
          } else {
            walk(child);
          }
        });
      })(tree);
    };
  }
  if (CMS.registerRemarkPlugin) {
    CMS.registerRemarkPlugin({
      settings: { listItemIndent: "tab" },
      plugins: [itemsApartAfterBlocks, typedAnglesAreText, linksLeadWhereTyped, taskBoxesKept,
                abbreviationsKept],
    });
  }
  // Decap's words that its own locale lacks or has wrong
  // (podium_cms.config.DECAP_PHRASES), put over its own: without them it said
  // them in English, or called the heading button "Hoofdtekst" (body text).
  (function addPhrases(lang, extra) {
    var phrases = CMS.getLocale && CMS.getLocale(lang);
    if (!phrases || !CMS.registerLocale) return;
    (function fill(into, from) {
      Object.keys(from).forEach(function (key) {
        if (from[key] && typeof from[key] === "object") {
          if (!into[key] || typeof into[key] !== "object") into[key] = {};
          fill(into[key], from[key]);
        } else {
          into[key] = from[key];
        }
      });
    })(phrases, extra);
    CMS.registerLocale(lang, phrases);
  })(document.documentElement.lang, JSON.parse(me.getAttribute("data-decap-phrases") || "{}"));
  CMS.registerPreviewStyle(me.getAttribute("data-stylesheet"));
  // What was typed comes back after a reload. Decap keeps a copy of an
  // unsaved form in the browser and, when the page is opened again, asks
  // whether to use it ("Voor dit item is een lokale back-up hersteld ...").
  // It reads that copy and the story (a new story's empty draft, made after
  // the photo folder's listing; a saved story, from the repository) at once,
  // and whichever comes last is the form: when the copy came first, "OK"
  // showed it a moment and the story then replaced it, the typing gone
  // (decap-cms issues 5055, 6989). The copy is still stored then: when the
  // writer took it before the page's own story was there, it is offered to
  // Decap again once the story is (taken without asking twice). Decap's
  // state is its Redux store, reached through its React root (#nc-root);
  // without it, Decap's own behaviour stays.
  (function keepRestoredCopy(lang) {
    var store = null, pending = null, retaken = false;
    var findStore = function () {
      var root = document.getElementById("nc-root");
      var key = root && Object.keys(root).filter(function (k) {
        return k.indexOf("__reactContainer") === 0;
      })[0];
      var queue = key ? [root[key]] : [], looked = 0;
      while (queue.length && looked++ < 500) {
        var fiber = queue.shift(), p = fiber && fiber.memoizedProps;
        if (p && p.store && typeof p.store.getState === "function" &&
            typeof p.store.dispatch === "function" && typeof p.store.subscribe === "function") {
          return p.store;
        }
        if (fiber && fiber.child) queue.push(fiber.child);
        if (fiber && fiber.sibling) queue.push(fiber.sibling);
      }
      return null;
    };
    // The draft is the page's own story: a new one of this collection on a
    // "new" page, else the entry the page names.
    var ownDraft = function (draft) {
      var entry = draft && draft.get("entry");
      var page = /\/collections\/([^/?]+)\/(?:entries\/([^?]+)|new)/.exec(window.location.hash);
      if (!entry || !entry.get || !page) return false;
      if (entry.get("collection") !== decodeURIComponent(page[1])) return false;
      return page[2] === undefined ? !!entry.get("newRecord")
        : entry.get("slug") === decodeURIComponent(page[2]);
    };
    var question = function () {
      var phrases = CMS.getLocale && (CMS.getLocale(lang) || CMS.getLocale("en"));
      return phrases && phrases.editor && phrases.editor.editor &&
        phrases.editor.editor.confirmLoadBackup;
    };
    var ask = window.confirm;
    window.confirm = function (message) {
      if (!message || message !== question()) return ask.apply(window, arguments);
      if (retaken) {  // the copy the writer took already, offered again
        retaken = false;
        return true;
      }
      var yes = ask.apply(window, arguments);
      store = store || findStore();
      var draft = store && store.getState().entryDraft;
      if (yes && draft && draft.get("localBackup") && !ownDraft(draft)) {
        pending = { copy: draft.getIn(["localBackup", "entry"]), page: window.location.hash };
        var stop = store.subscribe(function () {
          var now = store.getState().entryDraft;
          if (!pending || window.location.hash !== pending.page) {
            pending = null;
            stop();
            return;
          }
          if (now.get("hasChanged") || !ownDraft(now)) return;
          var copy = pending.copy;
          pending = null;
          stop();
          retaken = true;
          store.dispatch({ type: "DRAFT_LOCAL_BACKUP_RETRIEVED", payload: { entry: copy.toJS() } });
        });
      }
      return yes;
    };
  })(document.documentElement.lang);
  // A task list in the preview: Decap draws it as GitHub does (a box first
  // in an <li class="task-list-item">, no <label>), so the hub's rules for
  // its own markup left the bullet beside each box. As on the hub's page, a
  // bulleted task has its box in the bullet's place.
  // The line over a story the hub does not show (the template Story).
  CMS.registerPreviewStyle(
    ".podium-preview-derived { font-style: italic; color: #5d626f; } " +
    ".podium-preview-notice { margin: 1rem auto; padding: 0.75rem 1rem; " +
    "border: 2px solid #b45309; border-radius: 6px; background: #fff7ed; color: #1f2937; }",
    { raw: true });
  CMS.registerPreviewStyle(
    ".prose ul > li.task-list-item { list-style: none; }\n" +
    ".prose ul > li.task-list-item > input[type=checkbox]:first-child " +
    "{ margin-inline-start: -1.4em; }", { raw: true });
  // What Decap leaves unnamed to a screen reader (podium_cms.config
  // .screen_reader_names): the preview's frame, read as a bare "frame", gets
  // a title whenever Decap draws it (opening a story, showing the preview).
  var names = JSON.parse(me.getAttribute("data-names") || "{}");
  if (names.preview && window.MutationObserver) {
    var titleFrames = function () {
      document.querySelectorAll("iframe#preview-pane").forEach(function (frame) {
        if (frame.title !== names.preview) frame.title = names.preview;
      });
    };
    new MutationObserver(titleFrames).observe(me, { childList: true, subtree: true });
  }
  var h = window.h;
  // "Vertaling van" (a translation's original): Decap's relation widget, minus
  // the stories that have a translation in this language already. Picked, such
  // a story gave the new file the slug of that translation, which only `podium
  // check` refused, after the save. The build lists them in the field
  // (`translated`: the original's name -> its translations' file names); the
  // story being edited may keep its own original.
  // The entry as it is now: the `entry` prop can be stale (Decap re-renders a
  // widget only when its own value changes), so a rule that looks at another
  // field reads getEntry().
  var current = function (props) {
    return props.getEntry ? props.getEntry() : props.entry;
  };
  // The lists of the checks below, live. The field's lists (`taken`,
  // `translations`, `translated`) are the build's, so in production the last
  // deploy's: a story merged since, or waiting in a pull request, was missing
  // (a writer took its slug, and `podium check` refused the pull request),
  // and a story removed since still blocked its slug. When a form opens, each
  // story collection is listed through Decap's own `query` (the backend's
  // listAllEntries, as the relation widget lists stories); once all have
  // answered, the checks use those lists. Decap's validation must answer at
  // once, so until then they use the build's. A story the editor does not
  // list (a subfolder, no `lang` line: the title field's `unlisted`) keeps
  // the build's word.
  var LANGS = (me.getAttribute("data-languages") || "nl en").split(" ");
  var SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
  // A new story, in every language, is named after its `slug` field
  // (podium_cms.config: FIELD_FILE_SLUG), which the preSave listener fills;
  // in another language that field is "Vertaling van" (the original's slug).
  var DEFAULT_LANG = me.getAttribute("data-default-lang") || LANGS[0];
  var storyLang = function (entry) {
    var name = String(entry.get("collection") || "");
    return /^(interviews|columns)-/.test(name) ? name.slice(name.indexOf("-") + 1) : null;
  };
  var namedBySlug = function (entry) { return storyLang(entry) !== null; };
  var live = null, fetching = false, previews = [];
  // The themes and jobs as the form's choices last read them live (below:
  // liveThemes, liveVacancies), for the preview's sections under the text;
  // until then it names them as the build did (data-preview-words).
  var livePreview = { themes: null, jobs: null };
  var plain = function (v) { return v && v.toJS ? v.toJS() : v; };
  // A list field's value as texts (one value or none, as a list too).
  var chosen = function (value) {
    var list = plain(value);
    return Array.isArray(list) ? list.map(String) : list ? [String(list)] : [];
  };
  // Decap's config (the widget's `config` prop) is plain data.
  var named = function (fields, name) {
    return (fields || []).filter(function (f) { return f.name === name; })[0];
  };
  // As the build makes a slug, where it can be made here: the build
  // transliterates other scripts ("咖啡" -> "ka-pei"), so for those the
  // build's slug of that file is used (null: not known).
  var asciiSlug = function (text) {
    var s = String(text || "").normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
    if (/[^\x00-\x7f]/.test(s)) return null;
    return s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || null;
  };
  // A text as podium.slugs.slugify transliterates it (unidecode), by the
  // build's own table (podium_cms.config.slug_rule): "Zoë Ørsted" is "Zoe
  // Orsted", a zero-width space a space, an emoji nothing. Null for a text
  // with a character outside the table (Chinese, Arabic), which only the
  // build makes a slug of.
  var slugRule = JSON.parse(me.getAttribute("data-slug-rule") || "{}");
  var transliterated = function (text) {
    var chars = slugRule.chars || {}, blank = slugRule.blank || [], out = "";
    var all = Array.from(String(text || ""));
    for (var i = 0; i < all.length; i++) {
      var c = all[i], code = c.codePointAt(0);
      if (Object.prototype.hasOwnProperty.call(chars, c)) out += chars[c];
      else if (code < 0x80) out += c;
      else if (!blank.some(function (r) { return code >= r[0] && code <= r[1]; })) return null;
    }
    return out;
  };
  var words = function (ascii) {
    return ascii.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  };
  // The slug of a person's people page, as podium.slugs.person_slug makes it
  // of their name: transliterated, lowercase, every run of other characters
  // one hyphen, cut at a hyphen to the limit. Null when only the build can
  // make it, and for a name that gives no letters (its slug is a hash's).
  // A name Windows keeps for a device ("Con") is "con-1" (WINDOWS_DEVICES).
  var DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;
  var personSlug = function (name) {
    var ascii = transliterated(name), limit = slugRule.max || 100;
    var slug = ascii === null ? "" : words(ascii);
    if (slug.length > limit) {
      var head = slug.slice(0, limit + 1), cut = head.lastIndexOf("-");
      slug = ((cut > 0 ? head.slice(0, cut) : "") || slug.slice(0, limit)).replace(/-+$/, "");
    }
    return DEVICE.test(slug) ? slug + "-1" : slug || null;
  };
  // The slug a new story's title gives its file, so the story (Decap's
  // {{slug}}, cut at 80), as the build reads that file name: "story" when
  // nothing is left (a title of emoji), "" when only the build can make it.
  var titleSlug = function (title) {
    var ascii = transliterated(title);
    if (ascii === null) return "";
    return (words(ascii) || "story").slice(0, 80).replace(/-+$/, "");
  };
  // The slug `podium new` gives a new story (podium_cli.newstory.story_slug):
  // its title's, without the author's name (title_slug), so the story's URL,
  // and the record `podium withdraw` keeps of it, do not carry that name when
  // the title starts with it ("Anna de Boer: mijn eerste jaar" is
  // mijn-eerste-jaar). The whole name goes, particles too, then each word of
  // it that is more than a particle (`slugRule.particles`); a name's
  // possessive ("Anna's dag") goes with it. The title's own slug when nothing
  // else is left; "" when only the build can make it.
  var LETTER = "[\\p{L}\\p{N}_]";
  var newStorySlug = function (title, author) {
    var kept = withoutName(title, author);
    var slug = kept && kept.length ? kept.join("-").slice(0, 80).replace(/-+$/, "")
                                   : titleSlug(title);
    // "Aux", "CON": a name Windows keeps for a device, aux-1 as `podium new` makes it.
    return DEVICE.test(slug) ? slug + "-1" : slug;
  };
  // The words of the title's slug that are not the author's name; null when
  // only the build can make them.
  var escaped = function (word) { return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); };
  // The title without a name's possessive "s" ("Anna's dag": "Anna dag").
  var unpossessed = function (title, author) {
    var name = String(author || "").split(/\s+/).filter(Boolean), text = String(title || "");
    if (!name.length) return text;
    return text.replace(new RegExp("(^|(?!" + LETTER + ").)(" + name.map(escaped).join("|") +
                                   ")['\u2019]s(?!" + LETTER + ")", "giu"), "$1$2");
  };
  // A title only the build makes a slug of ("Anna de Boer: 咖啡") without the
  // author's name, in words, as title_slug leaves it out of the build's slug:
  // written whole as the URL name, her name was in it (anna-de-boer-ka-pei).
  // The whole name, then each of its words that is more than a particle, as
  // a word of its own; a Chinese character is a word of its own to the build
  // ("王伟的一天" is wang-wei-de-yi-tian), so such a name needs no space
  // around it. The title as it is when nothing with a letter is left.
  // Nor does a name in letters written against Chinese or Japanese characters
  // ("Zoë的一年"), as those scripts write, and a word of the name counts as
  // its slug does ("Zoe" is "Zoë"): either kept the name in the URL (zoede-yi-nian),
  // as podium_cli.newstory.title_slug (_name_apart) no longer does.
  var CJK = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}";
  // Each letter as a slug has it, where that is one letter or digit ("ë" e,
  // "Ø" O), so that a match's place in the folded text is its place in the text.
  var folded = function (text) {
    return Array.from(String(text)).map(function (c) {
      var t = (slugRule.chars || {})[c];
      if (t === undefined) t = c.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
      return /^[A-Za-z0-9]$/.test(t) && t.length === c.length ? t : c;
    }).join("");
  };
  var nameless = function (title, author) {
    var name = String(author || "").split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    var text = unpossessed(title, author), particles = slugRule.particles || [];
    var drop = function (parts) {
      var letter = "(?![" + CJK + "])[\\p{L}\\p{N}]";  // one that joins a word
      var edge = new RegExp("[" + CJK + "]", "u").test(parts.join("")) ? ["", ""]
        : ["(?<!" + letter + ")", "(?!" + letter + ")"];
      var pattern = new RegExp(edge[0] + parts.map(function (p) {
        return escaped(folded(p));
      }).join("[^\\p{L}\\p{N}]+") + edge[1], "giu");
      var fold = folded(text), out = "", at = 0, m;
      while ((m = pattern.exec(fold)) !== null) {
        out += text.slice(at, m.index) + " ";
        at = m.index + m[0].length;
      }
      text = out + text.slice(at);
    };
    if (name.length) drop(name);
    name.forEach(function (w) {
      if (particles.indexOf(w.toLowerCase()) < 0) drop([w]);
    });
    // Its ends trimmed of what is no letter (": 咖啡" is 咖啡), as a slug is.
    var kept = text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
    return kept || String(title || "").trim();
  };
  var withoutName = function (title, author) {
    var text = unpossessed(title, author);
    var ascii = transliterated(text), named = transliterated(author || "");
    if (ascii === null || named === null) return null;
    var all = words(ascii).split("-").filter(Boolean);
    var own = words(named).split("-").filter(Boolean), kept = [];
    for (var i = 0; i < all.length;) {
      if (own.length && all.slice(i, i + own.length).join("-") === own.join("-")) {
        i += own.length;
        continue;
      }
      kept.push(all[i]);
      i += 1;
    }
    var particles = slugRule.particles || [];
    return kept.filter(function (w) { return own.indexOf(w) < 0 || particles.indexOf(w) >= 0; });
  };
  // A former name's people page (an `author_aliases` item) as the build reads
  // it (podium_read.schema._author_aliases): a slug as it is, an address
  // ("/people/x/", "/en/people/x/", in full) as its slug, a name as its
  // slug; null when only the build can tell.
  var PEOPLE_PATH = /\/people\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?(?:index\.html)?$/;
  var formerPage = function (value) {
    var text = String(value || "").trim(), address = PEOPLE_PATH.exec(text);
    if (SLUG.test(text)) return text;
    if (/^(\/|https?:\/\/)/i.test(text)) return address ? address[1] : null;
    return personSlug(text);
  };
  // A URL name (`slug`, an `aliases` item) as the build reads it
  // (podium_read.schema): a slug as it is, plain words ("Oude Storm") as
  // their slug, "" when nothing is left; null when only the build can make it.
  var urlName = function (value) {
    var text = String(value || "").trim();
    if (!text || SLUG.test(text)) return text;
    var ascii = transliterated(text);
    return ascii === null ? null : words(ascii);
  };
  // For the tests: the same slugs as the build's.
  window.podiumSlugs = { person: personSlug, title: titleSlug, former: formerPage, url: urlName,
                        story: newStorySlug, nameless: nameless };
  var stem = function (name) {  // "a-day-at-sea.en.md" -> "a-day-at-sea"
    var s = String(name).replace(/\.md$/, ""), dot = s.lastIndexOf(".");
    return dot > 0 && LANGS.indexOf(s.slice(dot + 1)) >= 0 ? s.slice(0, dot) : s;
  };
  var push = function (map, key, value) { (map[key] = map[key] || []).push(value); };
  var storyCollections = function (config) {
    return (config.collections || []).filter(function (c) {
      var title = named(c.fields, "title");
      return title && title.widget === "podium-title";
    });
  };
  // An old URL name written as a path ("/stories/x/", "/en/stories/x/"): [its
  // slug, its language] by the hub's story URLs (`story_urls`), as the build
  // reads it (podium_read.schema._story_path); null for any other value.
  var pathAlias = function (value, urls) {
    var target = String(value).slice(1), found = null;
    LANGS.some(function (lang) {
      var pattern = urls[lang] || "", parts = pattern.split("{slug}");
      if (parts.length !== 2) return false;
      var t = /\/$/.test(pattern) && !/\/$/.test(target) ? target + "/" : target;
      if (t.length <= parts[0].length + parts[1].length || t.indexOf(parts[0]) !== 0 ||
          t.slice(t.length - parts[1].length) !== parts[1]) return false;
      var slug = t.slice(parts[0].length, t.length - parts[1].length);
      if (!SLUG.test(slug)) return false;
      found = [slug, lang];
      return true;
    });
    return found;
  };
  function compile(config, results) {
    var fileSlug = {}, ownSlug = {}, unlisted = {}, seen = {}, builtOld = {}, urls = {};
    storyCollections(config).forEach(function (c) {
      var title = named(c.fields, "title"), slug = named(c.fields, "slug");
      var taken = title.taken || {};
      builtOld[c.name.split("-").pop()] = title.old_names || {};
      Object.assign(urls, title.story_urls || {});
      Object.keys(taken).forEach(function (s) {
        taken[s].forEach(function (f) { fileSlug[f] = s; });
      });
      Object.assign(unlisted, title.unlisted || {});
      var paired = (slug && slug.translations) || {};
      Object.keys(paired).forEach(function (f) { ownSlug[f] = paired[f][2]; });
    });
    var stories = Object.keys(unlisted).map(function (f) {
      seen[f] = true;
      return { file: f, lang: unlisted[f][0], slug: unlisted[f][1],
               own: ownSlug[f] || asciiSlug(stem(f.split("/").pop())), aliases: [] };
    });
    results.forEach(function (r) {
      r.hits.forEach(function (hit) {
        // The path is under the backend's root ("content/" on GitHub).
        var file = String(hit.path || "").split("/").slice(-2).join("/");
        if (!file || seen[file]) return;
        var value = String((hit.data && hit.data.slug) || "").trim();
        var own = asciiSlug(stem(file.split("/").pop())) || ownSlug[file] || null;
        var slug = value ? (SLUG.test(value) ? value : asciiSlug(stem(value)) || fileSlug[file])
                         : own || fileSlug[file];
        if (!slug) return;
        seen[file] = true;
        var aliases = hit.data && hit.data.aliases;
        var consent = (hit.data && hit.data.consent) || {};
        stories.push({ file: file, lang: r.lang, slug: slug, own: own || slug,
                       until: consentDay(consent.until),
                       aliases: [].concat(aliases || []).map(String),
                       author: String((hit.data && hit.data.author) || ""),
                       former: [].concat((hit.data && hit.data.author_aliases) || []) });
      });
    });
    var out = { taken: {}, translations: {}, translated: {}, old: {}, old_slugs: {}, urls: urls,
                former: {} };
    // The former people pages the stories list (`author_aliases`), by the
    // page: [[the author's name, the file]], drafts too, as `podium check`
    // counts them; a story the editor does not list keeps the build's word.
    storyCollections(config).forEach(function (c) {
      var list = named(c.fields, "author_aliases"), built = (list && list.field || {}).former || {};
      Object.keys(built).forEach(function (page) {
        built[page].forEach(function (o) {
          if (unlisted[o[1]] && !(out.former[page] || []).some(function (x) {
            return x[1] === o[1];
          })) push(out.former, page, o);
        });
      });
    });
    stories.forEach(function (s) {
      (s.former || []).forEach(function (value) {
        var page = formerPage(value);
        if (page && !(out.former[page] || []).some(function (x) { return x[1] === s.file; })) {
          push(out.former, page, [s.author.split(/\s+/).filter(Boolean).join(" "), s.file]);
        }
      });
    });
    var bySlug = {};
    // {file: its slug}, by which an old URL name its translations share is
    // told from another story's.
    var slugOfFile = {};
    stories.forEach(function (s) { slugOfFile[s.file] = s.slug; });
    // The end of consent each version of a story records ({slug: [[file,
    // until]]}): one translation's end ends the others (the preview's notice).
    out.slug_of = slugOfFile;
    out.ends = {};
    stories.forEach(function (s) { if (s.until) push(out.ends, s.slug, [s.file, s.until]); });
    LANGS.forEach(function (lang) { out.old_slugs[lang] = slugOfFile; });
    var def = config.locale;
    stories.forEach(function (s) {
      out.taken[s.lang] = out.taken[s.lang] || {};
      push(out.taken[s.lang], s.slug, s.file);
      push(bySlug, s.slug, s);
    });
    Object.keys(bySlug).forEach(function (slug) {
      var versions = bySlug[slug];
      versions.forEach(function (s) {
        var others = versions.filter(function (o) { return o.lang !== s.lang; })
          .map(function (o) { return o.file; }).sort();
        if (!others.length) return;
        out.translations[s.lang] = out.translations[s.lang] || {};
        out.translations[s.lang][s.file] = [slug, others, s.own];
        // "Vertaling van": an original (a default-language file directly in
        // its kind's folder) with a translation in this language.
        var parts = s.file.split("/");
        if (s.lang === def || parts.length !== 2) return;
        versions.forEach(function (o) {
          var at = o.file.split("/");
          if (o.lang !== def || at.length !== 2 || at[0] !== parts[0] || !/\.md$/.test(at[1])) {
            return;
          }
          var key = parts[0] + "-" + s.lang;
          out.translated[key] = out.translated[key] || {};
          push(out.translated[key], at[1].replace(/\.md$/, ""), parts[1]);
        });
      });
    });
    // The old URL names (`aliases`), as `podium check` counts them: an old
    // slug in every language of the story's slug, an old address written as
    // a path in its own. A story the editor does not list keeps the build's.
    LANGS.forEach(function (lang) {
      var built = builtOld[lang] || {};
      Object.keys(built).forEach(function (alias) {
        built[alias].forEach(function (f) {
          if (unlisted[f]) push(out.old[lang] = out.old[lang] || {}, alias, f);
        });
      });
    });
    stories.forEach(function (s) {
      s.aliases.forEach(function (value) {
        var keys = [];
        if (value.charAt(0) === "/") {
          var found = pathAlias(value, urls);
          if (found) keys.push(found);
        } else {
          var alias = SLUG.test(value) ? value : asciiSlug(value);
          if (alias) {
            bySlug[s.slug].forEach(function (o) {
              if (!keys.some(function (k) { return k[1] === o.lang; })) keys.push([alias, o.lang]);
            });
          }
        }
        keys.forEach(function (k) {
          var byAlias = out.old[k[1]] = out.old[k[1]] || {};
          if ((byAlias[k[0]] || []).indexOf(s.file) < 0) push(byAlias, k[0], s.file);
        });
      });
    });
    // Files sorted, as the build lists them (the messages name them).
    [out.taken, out.translated, out.old].forEach(function (byKey) {
      Object.keys(byKey).forEach(function (k) {
        Object.keys(byKey[k]).forEach(function (s) { byKey[k][s].sort(); });
      });
    });
    return out;
  }
  // A consent's day as the form holds it: "2026-05-01", or a Date when a
  // git writer's YAML has a timestamp.
  function consentDay(value) {
    if (value instanceof Date) return isNaN(value) ? "" : value.toISOString().slice(0, 10);
    var text = String(value || "").trim().slice(0, 10);
    return /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : "";
  }
  function refresh(props) {
    if (fetching || !props.query || !props.config) return;
    var config = props.config;
    fetching = true;
    Promise.all(storyCollections(config).map(function (c) {
      var name = c.name;
      return Promise.resolve(props.query("podium-live-" + name, name, ["title"], ""))
        .then(function (action) {
          if (!action || !action.payload || !action.payload.hits) throw new Error(name);
          return { lang: name.split("-").pop(), hits: action.payload.hits };
        });
    })).then(function (results) {
      var found = compile(config, results);
      // withdrawn.yml, the entry of a hidden collection (config.py); without
      // it (a network error, no file) the build's list stays.
      return Promise.resolve(props.loadEntry && props.loadEntry("podium-withdrawn", "withdrawn"))
        .then(function (entry) {
          found.withdrawn = withdrawnOf(entry && entry.data);
          found.held = heldOf(entry && entry.data);
        }, function () { /* the build's list stays */ })
        .then(function () {
          live = found;
          // A preview drawn before the lists came (the notice of a translation
          // whose original's consent ended) is drawn again with them.
          previews.forEach(function (p) { p.forceUpdate(); });
        });
    }).then(function () {
      me.setAttribute("data-live-lists", "");  // for the tests: the live lists are in use
    }, function () { /* the build's lists stay */ }).then(function () { fetching = false; });
  }
  // {language: [slug]} from withdrawn.yml's data, as the build reads it (no
  // `langs`: every language); null when it is not a list.
  function withdrawnOf(data) {
    var items = data && data.withdrawn;
    if (!Array.isArray(items)) return data && !data.withdrawn ? {} : null;
    var out = {};
    items.forEach(function (item) {
      var slug = item && String(item.slug || "");
      if (!SLUG.test(slug)) return;
      var langs = Array.isArray(item.langs) && item.langs.length ? item.langs : LANGS;
      langs.forEach(function (lang) { push(out, String(lang), slug); });
    });
    return out;
  }
  // The people page slugs withdrawn.yml keeps for withdrawn colleagues (each
  // entry's `people`); null when it is not a list. Read only here: the
  // published config.yml leaves them out (a withdrawn colleague's name).
  function heldOf(data) {
    var items = data && data.withdrawn;
    if (!Array.isArray(items)) return data && !data.withdrawn ? [] : null;
    var out = [];
    items.forEach(function (item) {
      [].concat((item && item.people) || []).forEach(function (slug) {
        if (SLUG.test(String(slug))) out.push(String(slug));
      });
    });
    return out;
  }
  // The slugs withdrawn.yml keeps in the form's language: live, or the build's.
  var withdrawnHere = function (props) {
    var name = String((props.collection && props.collection.get("name")) || "");
    if (live && live.withdrawn && name) return live.withdrawn[name.split("-").pop()] || [];
    return plain(props.field.get("withdrawn")) || [];
  };
  // withdrawn.yml's one field in the editor: shown, never saved.
  CMS.registerWidget("podium-read-only", window.createClass({
    isValid: function () {
      return { error: { type: "CUSTOM", message: this.props.field.get("message") } };
    },
    render: function () { return h("p", null, this.props.field.get("message")); }
  }));
  // The list ``key`` for the form's collection: live once it has arrived.
  var lists = function (props, key) {
    var name = String((props.collection && props.collection.get("name")) || "");
    if (live && name) {
      return (key === "translated" ? live.translated[name] : live[key][name.split("-").pop()])
        || {};
    }
    return plain(props.field.get(key === "old" ? "old_names" : key)) || {};
  };
  var startLive = function () { refresh(this.props); };
  // The form's language: its collection's name ends in it ("columns-en").
  var collectionLang = function (props) {
    return String((props.collection && props.collection.get("name")) || "").split("-").pop();
  };
  var relation = CMS.getWidget && CMS.getWidget("relation");
  if (relation) {
    var takenBy = function (props, value) {
      var files = value && lists(props, "translated")[value];
      if (!files) return null;
      var entry = current(props);
      var own = String((entry && entry.get("path")) || "").split("/").pop();
      return files.indexOf(own) >= 0 ? null : files;
    };
    var TranslationOf = window.createClass({
      componentDidMount: startLive,
      isValid: function () {
        var files = takenBy(this.props, this.props.value);
        if (!files) return { error: false };
        return { error: { type: "CUSTOM", message: this.props.field.get("translated_message")
          .replace("{files}", files.join(", ")) } };
      },
      // The list is built by the relation widget's parseHitOptions: taken
      // stories are dropped from what it returns.
      leaveOutTaken: function (inner) {
        if (!inner || inner.podiumFiltered || !inner.parseHitOptions) return;
        var self = this, parse = inner.parseHitOptions;
        inner.parseHitOptions = function (hits) {
          return parse(hits).filter(function (o) { return !takenBy(self.props, o.value); });
        };
        inner.podiumFiltered = true;
      },
      render: function () {
        return h(relation.control, Object.assign({}, this.props, { ref: this.leaveOutTaken }));
      }
    });
    CMS.registerWidget("translation-of", TranslationOf, relation.preview, relation.schema);
  }
  // Initials where a story has no photo, as the hub shows them
  // (podium.i18n.initials and its NAME_PARTICLES: the first and last names).
  var NAME_PARTICLES = ["van", "von", "de", "der", "den", "het", "ten", "ter", "te", "in",
    "op", "aan", "la", "le", "du", "da", "di", "del", "dos", "das", "zu", "y"];
  function initials(name) {
    var first = function (w) { return Array.from(w)[0] || ""; };
    var words = name.split(/\s+/).filter(function (w) { return /^\p{L}/u.test(w); });
    var cased = words.some(function (w) { return first(w) !== first(w).toLowerCase(); });
    var parts = words.filter(function (w, i) {
      var c = first(w);
      var lower = c !== c.toUpperCase() && c === c.toLowerCase();
      return !lower || !(NAME_PARTICLES.indexOf(w.toLowerCase()) >= 0 ||
                         (cased && i > 0 && i < words.length - 1));
    });
    if (!parts.length) parts = [name];
    return (first(parts[0]) + (parts.length > 1 ? first(parts[parts.length - 1]) : ""))
      .toUpperCase();
  }
  // The story page's parts a writer fills in (story.html): title, summary,
  // the author card with the portrait, the pull quote, the text. Without the
  // card and the quote, a photo or quote just added showed nowhere, and the
  // writer could not see the story roughly as it will look.
  // A date that must not lie after ("not_after") or before ("not_before")
  // another date of the story (podium_cms.config.dated): a consent given after
  // the publication date, one ending before it was given, an "updated" before
  // the story's date. `podium check` refuses each; the editor now says so at
  // the field, before the save.
  // The hub's today, as the build counts days (a vacancy's, a story's date):
  // its fixed clock (the field's `today`), or the date now in its time zone.
  var todayOf = function (field) {
    if (field.get("today")) return String(field.get("today"));
    try {
      return new Intl.DateTimeFormat("en-CA", { timeZone: field.get("timezone") || "UTC",
        year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
    } catch (e) {
      return new Date().toISOString().slice(0, 10);
    }
  };
  // The portrait's picture, for the form's thumbnail and the preview. Decap
  // looks a photo up in the field's media folder, this story's own
  // (images/people/<story>/), by its file name alone, so a photo in the shared
  // folder (images/people/fatima-bouzid.jpg, as `podium new --photo` and every
  // git writer put it) was a broken image, and decap-server answered 500 for
  // the path that is not there. Such a photo is looked up without the field:
  // in the site's media folder, images/people/, where it is.
  var portraitAsset = function (getAsset, value, field) {
    var shared = String((field && field.get("shared_folder")) || "") + "/";
    var path = String(value || "");
    if (shared !== "/" && path.indexOf(shared) === 0 &&
        path.slice(shared.length).indexOf("/") < 0) return getAsset(path);
    return getAsset(path, field);
  };
  var datetime = CMS.getWidget && CMS.getWidget("datetime");
  if (datetime) {
    // Decap's date control, whose "Nu" fills in the hub's today: Decap's
    // filled in the browser's (in UTC, with `picker_utc`), a day off at night.
    // A day as the date input gives it while its year is typed: 0002, 0020,
    // 0202, then 2026. Decap's dayjs read "0002-11-05" as 1902 (JavaScript's
    // two-digit years) and wrote that back into the field, where the typing
    // went on: "11052026" typed was saved as 1906-11-05, without a word.
    var TYPED_DAY = /^\d{4}-\d{2}-\d{2}$/;
    var HubDay = (function (Control) {
      function HubDay(props) {
        var self = Reflect.construct(Control, [props], HubDay);
        var handle = self.handleChange;  // an arrow function of Decap's instance
        self.handleChange = function (value) {
          var format = self.getFormat();
          if (format.inputType === "date" && format.format === format.inputFormat &&
              typeof value === "string" && TYPED_DAY.test(value)) {
            self.props.onChange(value);  // as typed; the field's `years` judges it
            return;
          }
          handle(value);
        };
        return self;
      }
      HubDay.prototype = Object.create(Control.prototype, { constructor: { value: HubDay } });
      Object.setPrototypeOf(HubDay, Control);
      HubDay.prototype.getNow = function () { return todayOf(this.props.field); };
      HubDay.prototype.formatInputValue = function (value) {
        return typeof value === "string" && TYPED_DAY.test(value) ? value
          : Control.prototype.formatInputValue.call(this, value);
      };
      return HubDay;
    })(datetime.control);
    // Only a plain day is compared: a git writer's date with a time and
    // offset (2026-03-31T23:00-04:00, 1 April on a Dutch hub) is the build's
    // to judge in the hub's time zone, never refused here on the wrong day.
    var day = function (value) {
      var text = String(value || "").trim();
      return /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : "";
    };
    var DateInOrder = window.createClass({
      isValid: function () {
        var props = this.props, value = day(props.value), entry = current(props);
        // A year `podium check` refuses (the field's `years`): 1850, or a
        // typo such as 2206; a date with a time and offset too.
        var years = plain(props.field.get("years"));
        var year = /^\s*(\d+)-/.exec(String(props.value || ""));
        if (years && year && (+year[1] < years[0] || +year[1] > years[1])) {
          return { error: { type: "CUSTOM", message: props.field.get("label") + " (" +
            String(props.value).trim() + ") " + props.field.get("years_message") } };
        }
        var rules = { not_after: function (a, b) { return a > b; },
                      not_before: function (a, b) { return a < b; } };
        for (var name in rules) {
          var rule = props.field.get(name);
          if (!rule || !value || !entry) continue;
          var other = day(entry.getIn(["data"].concat(rule.get("field").toJS())));
          // A consent renewed after publication is on file from the day the
          // story was updated for it (`unless`: "updated" on or after the
          // consent), as `podium check` has it; compared with the story's date
          // alone, the editor refused what the README says to write.
          var unless = rule.get("unless") && day(entry.getIn(["data"].concat(
            rule.get("unless").toJS())));
          if (unless && unless >= value) continue;
          if (other && rules[name](value, other)) {
            return { error: { type: "CUSTOM", message: props.field.get("label") + " (" + value +
              ") " + rule.get("message").replace("{other}", other) } };
          }
        }
        return { error: false };
      },
      // Decap names the "Nu" button after the field's internal name ("Set
      // given to now"); the control is given the field with its label as
      // name, which it uses for nothing else (the form keeps the real one).
      render: function () {
        var field = this.props.field;
        return h(HubDay, Object.assign({}, this.props,
                                       { field: field.set("name", field.get("label")) }));
      }
    });
    CMS.registerWidget("podium-date", DateInOrder, datetime.preview, datetime.schema);
  }
  // The title of a new story names its file, so its slug (Decap's {{slug}}):
  // a title whose slug is a withdrawn one (withdrawn.yml, the field's
  // `withdrawn`) put a new story at the address of a person who asked to be
  // taken down, which `podium check` refuses. Refused here when no URL name
  // of its own is given. The slug is made as the build makes one
  // (titleSlug): with dropping accents only, "Ånna de Bøer" was
  // "anna-de-b-er" here, and anna-de-boer (another story's) to the build.
  var string = CMS.getWidget && CMS.getWidget("string");
  if (string) {
    // A new story's form is shown before Decap has made the story's draft
    // (when a story was open before: it lists the photo folders first, slow
    // on GitHub with many portraits), filled with the story open before, and
    // the draft, when it came, replaced everything typed in the meantime: a
    // title typed at once vanished. Until the form's own draft is there (this
    // collection's, a new record on a "new" page), the form is hidden and
    // takes no typing, and a note says why; Decap then draws the form anew
    // (its key changes), and this widget with it.
    var NEW_PAGE = /\/collections\/[^/?]+\/new(?:[?].*)?$/;
    var PAGE = /\/collections\/([^/?]+)\//;
    var drafted = function (props) {
      var entry = props.getEntry ? props.getEntry() : null;
      var page = PAGE.exec(window.location.hash);
      if (!entry || !page || entry.get("collection") !== decodeURIComponent(page[1])) {
        return !page;  // not a story's page: nothing to wait for
      }
      return NEW_PAGE.test(window.location.hash) ? !!entry.get("newRecord") : true;
    };
    var waiting = null;
    var doneWaiting = function () {
      if (!waiting) return;
      clearInterval(waiting.timer);
      waiting.pane.inert = false;
      waiting.pane.removeAttribute("aria-busy");
      waiting.pane.style.visibility = "";
      if (waiting.note.parentNode) waiting.note.parentNode.removeChild(waiting.note);
      waiting = null;
    };
    var waitForDraft = function (props) {
      doneWaiting();
      var input = props.forID && document.getElementById(props.forID);
      var pane = input && input.closest('[class*="ControlPaneContainer"]');
      if (!pane || drafted(props)) return;
      pane.inert = true;
      pane.setAttribute("aria-busy", "true");
      pane.style.visibility = "hidden";
      var note = document.createElement("p");
      note.setAttribute("role", "status");
      note.style.cssText = "position:fixed;z-index:100000;top:1rem;left:50%;" +
        "transform:translateX(-50%);margin:0;padding:.75rem 1.25rem;background:#fff;" +
        "color:#1f2937;border:2px solid #3a69c7;border-radius:6px;" +
        "font:16px/1.4 system-ui,sans-serif";
      note.textContent = props.field.get("preparing") || "";
      document.body.appendChild(note);
      waiting = { pane: pane, note: note, timer: setInterval(function () {
        if (!document.body.contains(pane) || drafted(props)) doneWaiting();
      }, 200) };
    };
    // Decap keeps the form of the story open before when the page changes
    // to a new story's (its key is the draft's): looked at on every change.
    // From one new story's page to another's (Decap's "Publiceer en maak
    // nieuw" after a new story) Decap makes no draft at all: the form kept
    // the story just saved, and what was typed there went into that story.
    // The page is then opened again by way of the list, which makes one.
    // So it did from one story's page to another story's by its address (a
    // link pasted while a story was open; the address bar's back and
    // forward): Decap kept the story open before, under the new address, and
    // loaded nothing. Not after a new story's first save, which Decap itself
    // sends from its "new" page to the saved story's, in that collection.
    var ENTRY_PAGE = /^#?\/collections\/([^/?]+)\/entries\/([^?]+)/;
    var otherStory = function (from, to) {
      var there = ENTRY_PAGE.exec(to), here = ENTRY_PAGE.exec(from);
      if (!there) return false;
      if (here) return here[1] !== there[1] || here[2] !== there[2];
      var made = /^#?\/collections\/([^/?]+)\/new/.exec(from);
      return !!made && made[1] !== there[1];
    };
    var shownTitle = null;
    window.addEventListener("hashchange", function (event) {
      if (!shownTitle) return;
      var from = String(event.oldURL || "").split("#")[1] || "";
      var to = window.location.hash;
      if ((NEW_PAGE.test("#" + from) && NEW_PAGE.test(to) && !drafted(shownTitle.props)) ||
          otherStory("#" + from, to)) {
        var list = to.replace(/\/(?:new|entries\/)[^]*$/, "");
        var back = function () {
          if (shownTitle) { setTimeout(back, 50); return; }
          window.location.replace(to);
        };
        window.location.replace(list);
        setTimeout(back, 50);
        return;
      }
      waitForDraft(shownTitle.props);
    });
    var FILE_NAME_CHAR = /[\w~\xA0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF\u{10000}-\u{EFFFD}]/u;
    var Title = window.createClass({
      componentDidMount: function () {
        startLive.call(this);
        shownTitle = this;
        waitForDraft(this.props);
      },
      componentWillUnmount: function () {
        if (shownTitle === this) shownTitle = null;
        doneWaiting();
      },
      isValid: function () {
        var props = this.props, entry = current(props);
        var withdrawn = withdrawnHere(props);
        if (!entry || !entry.get("newRecord")) return { error: false };
        if (!String(props.value || "").trim()) return { error: false };  // required: Decap says so
        // Its own URL name, or (another language) its original's, names it.
        if (entry.getIn(["data", "slug"])) return { error: false };
        // Else the slug `podium new` gives it (the preSave listener below):
        // without the author's name, "story" for a title with no letter or
        // digit ("!!!", "🦄🎉"), aux-1 for "Aux" (a name Windows keeps for a
        // device). Both were refused here, as the file was named after the
        // title. A title only the build makes a slug of is written as the URL
        // name, of which Decap makes the file name with the characters an IRI
        // keeps: with none of them, no name at all, and the save failed.
        var slug = newStorySlug(props.value, entry.getIn(["data", "author"]));
        if (!slug && !FILE_NAME_CHAR.test(props.value)) {
          return { error: { type: "CUSTOM", message: props.field.get("unnamed_message") } };
        }
        if (!slug) return { error: false };
        // Another story's slug in this language (`taken`, live: lists()):
        // a column titled "Anna de Boer" beside interviews/anna-de-boer.md.
        var files = lists(props, "taken")[slug];
        if (files) {
          return { error: { type: "CUSTOM", message: props.field.get("taken_message")
            .replace("{slug}", slug).replace("{files}", files.join(", ")) } };
        }
        // Another story's old URL name (`aliases`, live: lists()), where a
        // redirect to that story answers.
        var old = lists(props, "old")[slug];
        if (old) {
          return { error: { type: "CUSTOM", message: props.field.get("old_message")
            .replace("{slug}", slug).replace("{files}", old.join(", ")) } };
        }
        if (withdrawn.indexOf(slug) < 0) return { error: false };
        return { error: { type: "CUSTOM",
                          message: props.field.get("withdrawn_message").replace("{slug}", slug) } };
      },
      render: function () { return h(string.control, this.props); }
    });
    CMS.registerWidget("podium-title", Title, string.preview, string.schema);
    // A new story in the default language is saved with the slug `podium new`
    // gives it, and named after it (the collection's `slug` is that field):
    // Decap named it after the whole title, so "Anna de Boer: mijn eerste
    // jaar" by Anna de Boer was anna-de-boer-mijn-eerste-jaar.md, her name in
    // the story's URL and in what `podium withdraw` records when her consent
    // ends. A URL name of its own is kept. A title only the build can make a
    // slug of ("咖啡") is the URL name in words, which the build makes one of.
    // In another language the field is "Vertaling van": picked, the file is
    // named after the original's slug, as `podium new --translation-of` names
    // it; left empty (a story only in that language), it is filled as above.
    // Named after the whole title, "Ben Bakker: three days" by Ben Bakker put
    // his name in the file's name, and so in the URL of a story only in English.
    CMS.registerEventListener({ name: "preSave", handler: function (event) {
      var entry = event.entry, data = entry.get("data");
      if (!entry.get("newRecord") || !namedBySlug(entry) || String(data.get("slug") || "").trim()) {
        return data;
      }
      var title = String(data.get("title") || "").trim();
      var slug = newStorySlug(title, data.get("author")) ||
        Array.from(nameless(title, data.get("author"))).slice(0, 80).join("");
      return data.set("slug", slug);
    } });
    // A URL name another story in this language has (the field's `taken`:
    // slug -> files under content/, live, see lists()): two stories at one
    // URL, which `podium check` refuses ('slug ... is also used by'), after
    // the save. The story's own file is left out, so it keeps its own slug.
    // And a story with translations (`translations`: its file -> [its slug,
    // their files]) keeps their slug: translations are paired by slug, so
    // another URL name made two stories of one, the language switch gone,
    // and "Vertaling van" can only name the original's file, not a new slug.
    // An emptied URL name is the file name's slug (`translations`' third
    // item): cleared in een-dag-op-zee.md at "dag-op-zee", it parted the story
    // from a-day-at-sea.en.md (slug: dag-op-zee) as well.
    // A URL name withdrawn since the build, as a slug or an old URL name (the
    // field's pattern refuses the build's `withdrawn`, with its own message).
    // A URL name in words is its slug (the pattern refused only a slug).
    var withdrawnSince = function (props) {
      var value = slugOf(props), typed = String(props.value || "").trim();
      var built = plain(props.field.get("withdrawn")) || [];
      if (!value || withdrawnHere(props).indexOf(value) < 0 ||
          (built.indexOf(value) >= 0 && typed === value)) {
        return null;
      }
      return { error: { type: "CUSTOM", message: props.field.get("withdrawn_message")
        .replace("{slugs}", value) } };
    };
    // The story's own file, as `taken` names files: the entry's path is under
    // the backend's root ("content/" on GitHub).
    var ownFile = function (props) {
      var entry = current(props);
      return String((entry && entry.get("path")) || "").split("/").slice(-2).join("/");
    };
    // The slug a URL name field's value makes ("Oude Storm": oude-storm), as
    // the build reads it; a value outside the editor's table is itself.
    var slugOf = function (props) {
      var made = urlName(props.value);
      return made === null ? String(props.value || "").trim() : made;
    };
    // The field's value is another story's URL name in this language (`taken`).
    var takenElsewhere = function (props) {
      var files = props.value && lists(props, "taken")[slugOf(props)];
      var own = ownFile(props);
      var others = (files || []).filter(function (f) { return f !== own; });
      if (!others.length) return null;
      return { error: { type: "CUSTOM",
                        message: props.field.get("taken_message").replace("{files}",
                                                                          others.join(", ")) } };
    };
    // The field's value is another story's old URL name in this language
    // (`aliases`, live: lists()): a page and a redirect at one address.
    // ``story``: the slug of the story edited, whose own versions (its
    // translations, one slug) may share an old URL name.
    var oldElsewhere = function (props, story) {
      var own = ownFile(props), slugs = story ? lists(props, "old_slugs") : {};
      var others = (lists(props, "old")[slugOf(props)] || []).filter(function (f) {
        return f !== own && !(story && slugs[f] === story);
      });
      if (!others.length) return null;
      return { error: { type: "CUSTOM",
                        message: props.field.get("old_message").replace("{files}",
                                                                        others.join(", ")) } };
    };
    // The slug of the story being edited: its URL name, else its file's
    // name, else (a new story) its title's.
    var storySlug = function (props) {
      var entry = current(props), file = ownFile(props).split("/").pop();
      var given = String((entry && entry.getIn(["data", "slug"])) || "").trim();
      if (given) return urlName(stem(given)) || given;
      if (file) return asciiSlug(stem(file));
      var title = entry && entry.getIn(["data", "title"]);
      return entry && namedBySlug(entry) ? newStorySlug(title, entry.getIn(["data", "author"]))
                                         : titleSlug(title);
    };
    var Slug = window.createClass({
      componentDidMount: startLive,
      // A new story's title is refused when the address it gives is taken
      // ("vul een eigen URL-naam in"); a URL name given here answers it, yet
      // the title's message stood until the next save, as Decap checks a
      // field again only when it is left or saved. Its own check is run now.
      componentDidUpdate: function (prev) {
        var title = shownTitle && shownTitle.props;
        if (prev.value !== this.props.value && title && title.setInactiveStyle) {
          title.setInactiveStyle();
        }
      },
      isValid: function () {
        var props = this.props, own = ownFile(props);
        var paired = lists(props, "translations")[own];
        var slug = (props.value && urlName(stem(props.value))) || props.value ||
          (paired && paired[2]);
        if (paired && paired[0] !== slug) {
          return { error: { type: "CUSTOM", message: props.field.get("parted_message")
            .replace("{files}", paired[1].join(", ")).split("{slug}").join(paired[0]) } };
        }
        if (!props.value) return { error: false };
        // Written in words, the slug the build makes may be longer than the
        // words ("Große Straße": grosse-strasse), and check counts the slug.
        var longest = props.field.get("max_slug");
        if (slug && longest && slug.length > longest) {
          return { error: { type: "CUSTOM", message: props.field.get("too_long_message")
            .replace("{n}", slug.length).replace("{start}", slug.slice(0, 40))
            .replace("{max}", longest) } };
        }
        return withdrawnSince(props) || takenElsewhere(props) || oldElsewhere(props) ||
          { error: false };
      },
      render: function () { return h(string.control, this.props); }
    });
    CMS.registerWidget("podium-slug", Slug, string.preview, string.schema);
    // An old URL name (`aliases`, each one): a redirect page at the address
    // of a story withdrawn since the build (the pattern refused only the
    // build's withdrawn slugs), or over another story in this language, or
    // another story's old URL name in this language (which redirect wins?),
    // all of which `podium check` refuses after the save.
    // An old URL name written as a path names its own language
    // ("/en/stories/x/": x in English), and an old slug counts in every
    // language the story has (its versions: the files with its slug), as
    // `podium check` reads them: [[slug, language]], or null before the
    // live lists (then the checks above, in this language, stand).
    var aliasKeys = function (props) {
      var value = String(props.value || ""), here = collectionLang(props);
      if (!live || !value) return null;
      if (value.charAt(0) === "/") {
        var found = pathAlias(value, live.urls || {});
        return found ? [found] : [];
      }
      var story = storySlug(props), keys = [[slugOf(props), here]];
      LANGS.forEach(function (lang) {
        if (lang !== here && story && (live.taken[lang] || {})[story]) keys.push([value, lang]);
      });
      return keys;
    };
    // Another story at, or another story's old URL name on, one of those
    // addresses: `podium check` refuses both ("alias ... is the slug of").
    var aliasElsewhere = function (props, keys) {
      var own = ownFile(props), story = storySlug(props), error = null;
      keys.some(function (k) {
        var taken = ((live.taken[k[1]] || {})[k[0]] || []).filter(function (f) {
          return f !== own && !(story && k[0] === story);
        });
        if (taken.length) {
          // In another language, the message names it ("in deze taal" was wrong).
          var names = plain(props.field.get("language_names")) || {};
          error = k[1] === collectionLang(props) ? props.field.get("taken_message") :
            props.field.get("taken_in_message").replace("{language}",
              names[k[1]] || k[1]);
          error = error.replace("{files}", taken.join(", "));
          return true;
        }
        var slugs = live.old_slugs[k[1]] || {};
        var old = ((live.old[k[1]] || {})[k[0]] || []).filter(function (f) {
          return f !== own && !(story && slugs[f] === story);
        });
        if (old.length) error = props.field.get("old_message").replace("{files}", old.join(", "));
        return !!old.length;
      });
      return error && { error: { type: "CUSTOM", message: error } };
    };
    var Alias = window.createClass({
      componentDidMount: startLive,
      isValid: function () {
        var props = this.props, keys = aliasKeys(props);
        if (keys) {
          var value = String(props.value).trim();
          var gone = keys.filter(function (k) {
            return ((live.withdrawn || {})[k[1]] || []).indexOf(k[0]) >= 0 &&
              (k[1] !== collectionLang(props) || value.charAt(0) === "/");
          })[0];
          if (gone) {
            return { error: { type: "CUSTOM", message: props.field.get("withdrawn_message")
              .replace("{slugs}", gone[0]) } };
          }
        }
        return withdrawnSince(props) || (keys ? aliasElsewhere(props, keys) :
          takenElsewhere(props) || oldElsewhere(props, storySlug(props))) || { error: false };
      },
      render: function () { return h(string.control, this.props); }
    });
    CMS.registerWidget("podium-alias", Alias, string.preview, string.schema);
    // One person per name, as podium.slugs.person_key tells them: however
    // its case and spacing were typed, invisible characters left out.
    var LOOSE_JOINER =
      /(?<![^\s\u0000-\u058f])[\u200c\u200d]+|[\u200c\u200d]+(?![^\s\u0000-\u058f])/g;
    var personKey = function (name) {
      return String(name || "")
        .replace(/[\u00ad\u180e\u200b\u2060-\u2064\ufeff\u115f\u1160\u3164\uffa0]/g, "")
        .replace(LOOSE_JOINER, "").split(/\s+/).filter(Boolean).join(" ")
        .toUpperCase().toLowerCase().replace(/\u03c2/g, "\u03c3");
    };
    // A former name's people page (`author_aliases`, each one) that is the
    // page the author's own name gives, or their own page by a number
    // ("ben-bakker-2", after another Ben Bakker: the field's `pages`, the
    // hub's people pages by the name each shows), or an old page another
    // person's story lists already (`former`): `podium check` refuses each
    // ("is the author's own people page", "is listed by ... too"), after
    // the save; the editor saved them. And one withdrawn.yml keeps (`held`).
    var AuthorAlias = window.createClass({
      componentDidMount: startLive,
      isValid: function () {
        var props = this.props, entry = current(props);
        // Written as the page's address (the field's pattern: "/people/x/",
        // "/en/people/x/", in full), or as the former name ("Ben Bakker"):
        // the page is its slug, as the build reads it; one only the build can
        // make (a name in Chinese) is left to it.
        var value = formerPage(props.value);
        var author = entry && entry.getIn(["data", "author"]);
        var pages = plain(props.field.get("pages")) || {};
        var key = personKey(author);
        if (!value) return { error: false };
        // An address withdrawn.yml keeps for a withdrawn colleague (`held`:
        // live, or the local build's) leads to no one, not even the author
        // whose name gives it (their page is numbered, "ben-bakker-2"):
        // `podium check` says no redirect is written there.
        var held = (live && live.held) || plain(props.field.get("held")) || [];
        if (held.indexOf(value) >= 0) {
          return { error: { type: "CUSTOM",
                            message: props.field.get("held_message").replace("{slug}", value) } };
        }
        var page = Object.prototype.hasOwnProperty.call(pages, value) ? pages[value] : null;
        if (value === personSlug(author) || (page !== null && key && personKey(page) === key)) {
          return { error: { type: "CUSTOM",
                            message: props.field.get("own_message").replace("{slug}", value) } };
        }
        // A page someone has now stays theirs (`podium check` warns only).
        var former = (live && live.former) || plain(props.field.get("former")) || {};
        var own = ownFile(props);
        var others = page !== null || !Object.prototype.hasOwnProperty.call(former, value) ? [] :
          former[value].filter(function (o) { return o[1] !== own && personKey(o[0]) !== key; });
        if (!others.length) return { error: false };
        return { error: { type: "CUSTOM", message: props.field.get("listed_message")
          .replace("{slug}", value).replace("{name}", others[0][0])
          .replace("{files}", others.map(function (o) { return o[1]; }).join(", ")) } };
      },
      render: function () { return h(string.control, this.props); }
    });
    CMS.registerWidget("podium-author-alias", AuthorAlias, string.preview, string.schema);
  }
  // "Gepubliceerd" while the text still holds a prompt of the question bank
  // (the field's `placeholders`, podium.prompts): `podium check` refuses such
  // a published story. A story without a status is published.
  var select = CMS.getWidget && CMS.getWidget("select");
  if (select) {
    var Status = window.createClass({
      isValid: function () {
        var props = this.props, entry = current(props);
        var prompts = props.field.get("placeholders");
        if ((props.value || "published") !== "published" || !prompts || !entry) {
          return { error: false };
        }
        var body = String(entry.getIn(["data", "body"]) || "");
        var left = prompts.find(function (p) { return body.indexOf(p) >= 0; });
        if (!left) return { error: false };
        return { error: { type: "CUSTOM",
                          message: props.field.get("unanswered").replace("{prompt}", left) } };
      },
      render: function () { return h(select.control, this.props); }
    });
    CMS.registerWidget("podium-status", Status, select.preview, select.schema);
    // Themes and vacancies to pick ("podium-choices"): the field's options
    // are the build's, so in production the last deploy's; a theme added to
    // themes.yml, or a vacancy merged, since was not offered, and one removed
    // since still was. When the form opens, themes.yml and the vacancy
    // files (hidden collections, config.py) are read through Decap's own
    // backend and, with the ATS jobs of the build's pull, their list replaces
    // the build's; until it has arrived, or if it cannot be read, the build's
    // stands.
    var isoDay = function (v) {
      if (v instanceof Date) return isNaN(v) ? "" : v.toISOString().slice(0, 10);
      return String(v || "").slice(0, 10);
    };
    var liveThemes = function (props) {
      return Promise.resolve(props.loadEntry("podium-themes", "themes")).then(function (entry) {
        var items = entry && entry.data && entry.data.themes;
        if (!Array.isArray(items)) throw new Error("themes.yml");
        var lang = (props.config && props.config.locale) || LANGS[0];
        var named = {};
        items.forEach(function (t) {
          if (t && t.slug) named[String(t.slug)] = { name: t.name, color: t.color };
        });
        livePreview.themes = named;
        return items.filter(function (t) { return t && t.slug; }).map(function (t) {
          var name = t.name && typeof t.name === "object" ? t.name[lang] : t.name;
          return { value: String(t.slug), label: String(name || t.slug),
                   aliases: Array.isArray(t.aliases) ? t.aliases.map(String) : [] };
        });
      });
    };
    // As podium_cms.config._vacancy_choices: open ones first, then the ones
    // not yet posted, then the closed ones, each marked; one id in several
    // languages is named by its most open version.
    var liveVacancies = function (props) {
      var field = props.field, today = todayOf(field);
      // The ATS jobs as the build pulled them (publish.yml pulls before it
      // builds and never commits the snapshots: the repository's is older).
      var pulled = plain(field.get("pulled")) || [];
      var listed = Promise.resolve(props.query("podium-choices-vacancies", "podium-vacancies",
                                               ["id"], "")).then(function (action) {
        if (!action || !action.payload || !action.payload.hits) throw new Error("vacancies");
        return action.payload.hits.map(function (hit) { return hit.data; });
      });
      return Promise.all([listed, pulled]).then(function (lists) {
        var seen = {}, open = {};
        [].concat.apply([], lists).forEach(function (v) {
          if (!v || v.id === undefined || v.id === null || v.id === "") return;
          var id = String(v.id), posted = isoDay(v.date_posted), until = isoDay(v.valid_through);
          var choice;
          if (v.status !== "gone" && !(until && until < today) && !(posted > today)) {
            choice = [0, id + ": " + v.title];
            (open[id] = open[id] || {})[v.lang || ""] = String(v.title);
          } else if (v.status !== "gone" && !(until && until < today)) {
            choice = [1, id + ": " + v.title + " (" +
                      field.get("posted_from").replace("{date}", posted) + ")"];
          } else {
            choice = [2, id + ": " + v.title + " (" + field.get("closed") + ")"];
          }
          if (!seen[id] || choice[0] < seen[id][0] ||
              (choice[0] === seen[id][0] && choice[1] < seen[id][1])) seen[id] = choice;
        });
        livePreview.jobs = open;
        return Object.keys(seen).sort(function (a, b) {
          return seen[a][0] - seen[b][0] || (a < b ? -1 : a > b ? 1 : 0);
        }).map(function (id) { return { value: id, label: seen[id][1] }; });
      });
    };
    var Choices = window.createClass({
      getInitialState: function () { return { live: null }; },
      componentDidMount: function () {
        var self = this, props = this.props;
        if (!props.loadEntry || !props.query) return;
        var read = props.field.get("live") === "themes" ? liveThemes : liveVacancies;
        read(props).then(function (options) {
          if (!self.gone) self.setState({ live: options });
          me.setAttribute("data-live-choices", "");  // for the tests: the live lists are in use
        }, function () { /* the build's list stays */ });
      },
      componentWillUnmount: function () { this.gone = true; },
      options: function () {
        return this.state.live || (plain(this.props.field.get("options")) || []);
      },
      // A theme `podium check` refuses: not in themes.yml, or the old slug
      // of a renamed one.
      isValid: function () {
        var props = this.props;
        if (props.field.get("live") !== "themes") return { error: false };
        var options = this.options(), known = {}, renamed = {};
        options.forEach(function (o) {
          known[o.value] = o.label;
          (o.aliases || []).forEach(function (a) { renamed[a] = o.value; });
        });
        if (!this.state.live) renamed = plain(props.field.get("aliases")) || {};
        var wrong = chosen(props.value).filter(function (v) { return !known[v]; })[0];
        if (wrong === undefined) return { error: false };
        var now = renamed[wrong];
        var message = now && known[now]
          ? props.field.get("renamed").split("{new}").join(now).replace("{name}", known[now])
          : props.field.get("unknown");
        return { error: { type: "CUSTOM", message: message.replace("{slug}", wrong) } };
      },
      render: function () {
        var props = this.props, options = this.options().slice(), known = {};
        options.forEach(function (o) { known[o.value] = true; });
        // A value no longer in the list stays visible (to be removed), marked.
        chosen(props.value).forEach(function (v) {
          if (!known[v]) options.push({ value: v, label: v + " (" +
            (props.field.get("not_found") || "?") + ")" });
        });
        options = options.map(function (o) { return { label: o.label, value: o.value }; });
        var list = props.field.get("options");
        var field = props.field.set("options", list.clear().push.apply(list.clear(), options));
        return h(select.control, Object.assign({}, props, { field: field }));
      }
    });
    CMS.registerWidget("podium-choices", Choices, select.preview);
  }
  // The portrait ("podium-photo"): Decap's image widget, whose media library
  // opens in the story's own folder, named from the title (config.py). Chosen
  // before the title was typed, the photo went into images/people/ itself,
  // the folder every story shares, where another colleague's "portret.jpg"
  // was replaced. The library now opens only once there is a title; before,
  // the field says to fill it in first. A new story's photo in the shared
  // folder itself is refused at the field.
  var image = CMS.getWidget && CMS.getWidget("image");
  if (image) {
    var titled = function (props) {
      var entry = current(props);
      return !!String((entry && entry.getIn(["data", "title"])) || "").trim();
    };
    var Photo = window.createClass({
      getInitialState: function () { return { untitled: false, original: null }; },
      // Decap's Widget asks the control whether to re-render: without this it
      // re-rendered only on a new value, and the photo picked in the library
      // (which reaches the image control through `mediaPaths`) never arrived.
      // The image control keeps its own rule.
      shouldComponentUpdate: function () { return true; },
      open: function (options) {
        if (!titled(this.props)) {
          this.setState({ untitled: true });
          // Decap re-renders a widget only when its own value changes: the
          // message goes once the title is there.
          var self = this;
          clearInterval(this.watch);
          this.watch = setInterval(function () {
            if (!titled(self.props)) return;
            clearInterval(self.watch);
            self.setState({ untitled: false });
          }, 300);
          return null;
        }
        if (this.state.untitled) this.setState({ untitled: false });
        return this.props.onOpenMediaLibrary(options);
      },
      componentWillUnmount: function () { clearInterval(this.watch); this.gone = true; },
      // A translation ("Vertaling van" picked: the entry's `slug` names the
      // original's file) takes the original's `photo` line, as `podium new
      // --translation-of` does; the library shows only this story's folder.
      // A story of its own in this language has a `slug` too (its own URL
      // name), and the button was offered there, doing nothing when clicked
      // (no original of that name), as it did for an original without a
      // photo: it is offered once the original is found, with a photo.
      // One function for the control's life: Decap's thumbnail loads again
      // whenever its getAsset changes.
      asset: function (path, field) { return portraitAsset(this.props.getAsset, path, field); },
      componentDidMount: function () { this.lookUp(); },
      componentDidUpdate: function () { this.lookUp(); },
      lookUp: function () {
        var props = this.props, entry = current(props);
        var original = props.field.get("original_collection");
        var slug = String((original && entry && entry.getIn(["data", "slug"])) || "");
        if (slug === this.looked) return;
        this.looked = slug;
        var self = this, found = function (photo) {
          if (self.gone || self.looked !== slug) return;  // another slug since
          if (photo !== self.state.original) self.setState({ original: photo });
        };
        if (!slug || !props.loadEntry) return found(null);
        Promise.resolve(props.loadEntry(original, slug)).then(function (story) {
          var photo = story && story.data && story.data.photo;
          found(photo ? String(photo) : null);
        }, function () { found(null); });  // no original of that name
      },
      useOriginal: function (e) {
        if (e && e.preventDefault) e.preventDefault();
        if (this.state.original) this.props.onChange(this.state.original);
      },
      isValid: function () {
        var props = this.props, entry = current(props);
        var shared = String(props.field.get("shared_folder") || "") + "/";
        var value = String(props.value || "");
        // A HEIC photo (an iPhone's own format) or an SVG drawing, which
        // `podium check` refuses: the editor uploaded and saved it as it was.
        var suffix = (value.split("/").pop().match(/\.([A-Za-z]+)$/) || [])[1];
        var refused = suffix && (plain(props.field.get("refused_formats")) || {})[
          suffix.toLowerCase()];
        if (refused) return { error: { type: "CUSTOM", message: refused } };
        // The original's own photo, which a translation takes with it (a
        // story made by `podium new --photo` keeps it in the shared folder,
        // as every demo story does): refused, no translation of one saved.
        if (!entry || !entry.get("newRecord") || value.indexOf(shared) !== 0 ||
            value.slice(shared.length).indexOf("/") >= 0 ||
            value === this.state.original) return { error: false };
        return { error: { type: "CUSTOM", message: props.field.get("untitled") } };
      },
      render: function () {
        var props = this.props;
        // One shape whether the message shows or not: a control mounted
        // anew has another id, and the photo picked would not reach it.
        var translated = this.state.original && this.looked;
        return h("div", null,
          this.state.untitled && !titled(props)
            ? h("p", { role: "alert" }, props.field.get("untitled")) : null,
          h(image.control, Object.assign({}, props, { onOpenMediaLibrary: this.open,
                                                       getAsset: this.asset })),
          translated && !props.value
            ? h("button", { type: "button", onClick: this.useOriginal },
                props.field.get("same_photo")) : null);
      }
    });
    CMS.registerWidget("podium-photo", Photo, image.preview, image.schema);
  }
  // A photo `podium check` refuses (HEIC, an iPhone's own format; an SVG
  // drawing), or one Decap would upload as it is, GPS position and all (a TIFF
  // or AVIF: refused_uploads), chosen in the media library: Decap uploaded it into the story's
  // folder but never showed it there (it lists only images a browser can
  // show), so the writer saw nothing happen and thought the upload had
  // failed, and the repository kept the file. It is refused before Decap sees
  // the choice (a listener on window, in the capture phase, runs before
  // React's), with the file's name and what to choose instead.
  var refusing = JSON.parse(me.getAttribute("data-refused-uploads") || "{}");
  var TYPES = { "image/heic": "heic", "image/heif": "heif", "image/svg+xml": "svg",
                "image/tiff": "tiff", "image/avif": "avif" };
  var note = null, libraryGone = null;
  var dropNote = function () {
    if (note && note.parentNode) note.parentNode.removeChild(note);
    note = null;
    if (libraryGone) libraryGone.disconnect();
    libraryGone = null;
  };
  // The note goes with the media library: closed, it left the note standing
  // over the form, as if the form had refused something. The library is
  // Decap's modal dialog, which it removes from the page when it closes.
  var dropWith = function (input) {
    var library = input.closest("[role=dialog]") || input;
    if (!window.MutationObserver) return;
    libraryGone = new MutationObserver(function () {
      if (!document.body.contains(library)) dropNote();
    });
    libraryGone.observe(document.body, { childList: true, subtree: true });
  };
  var whyRefused = function (file) {
    var formats = refusing.formats || {};
    var suffix = ((file.name || "").match(/\.([A-Za-z]+)$/) || [])[1];
    var reason = (suffix && formats[suffix.toLowerCase()]) || formats[TYPES[file.type]];
    // Larger than `podium check` takes ("larger than 40 MB; save it
    // smaller"), and not a JPEG or WebP, which Decap re-encodes smaller: a
    // PNG, GIF or TIFF was uploaded as it was, and refused after the save.
    if (!reason && refusing.max_bytes && file.size > refusing.max_bytes &&
        !/^image\/(jpeg|webp)$/.test(file.type)) reason = refusing.too_large;
    return reason ? file.name + ": " + reason : null;
  };
  // A photo of more pixels than the build decodes (refusing.max_pixels: a
  // phone's 64 or 200 megapixel mode) was uploaded as it was, Decap's
  // re-encoding keeping its size, and `podium check` refused it ("too large
  // to decode safely; resize it first"), which a writer without git cannot
  // do in the repository. It is scaled down to that many pixels first, in
  // its own format, as WordPress scales a big image; a smaller one is left
  // as it is. Resolves to the file to upload.
  // A photo whose one side is more than `max_aspect` times the other (a
  // panorama, a banner of 8000 x 200) was uploaded too, and `podium check`
  // refused it after the save ("crop it first"): refused here, in check's
  // words, as a HEIC is. Not cropped: which part of a panorama holds the
  // colleague's face is the writer's to choose. Resolves to the file to
  // upload, or to the reason it is refused (a string).
  var SCALED = { "image/jpeg": 1, "image/png": 1, "image/webp": 1 };
  var fitted = function (file, most) {
    if (!/^image\//.test(file.type || "")) return Promise.resolve(file);
    return new Promise(function (resolve) {
      var url = URL.createObjectURL(file), img = new Image();
      img.onload = function () {
        URL.revokeObjectURL(url);
        var w = img.naturalWidth, h = img.naturalHeight, ratio = refusing.max_aspect;
        if (w && h && ratio && Math.max(w, h) > ratio * Math.min(w, h)) {
          resolve(file.name + ": " + String(refusing.too_long)
            .replace("{width}", w).replace("{height}", h));
          return;
        }
        if (!SCALED[file.type] || !window.createImageBitmap || !most) { resolve(file); return; }
        if (!w || !h || w * h <= most) { resolve(file); return; }
        var f = Math.sqrt(most / (w * h)), width = Math.floor(w * f);
        var height = Math.floor(h * f);
        while (width * height > most) height--;
        createImageBitmap(file, { resizeWidth: width, resizeHeight: height,
                                  resizeQuality: "high" }).then(function (bitmap) {
          var canvas = document.createElement("canvas");
          canvas.width = width;
          canvas.height = height;
          canvas.getContext("2d").drawImage(bitmap, 0, 0);
          bitmap.close();
          canvas.toBlob(function (blob) {
            resolve(blob ? new File([blob], file.name, { type: file.type,
                                                          lastModified: file.lastModified })
                         : file);
          }, file.type, 0.92);
        }, function () { resolve(file); });
      };
      img.onerror = function () { URL.revokeObjectURL(url); resolve(file); };
      img.src = url;
    });
  };
  window.addEventListener("change", function (event) {
    var input = event.target;
    if (!input || input.type !== "file" || !input.files) return;
    if (input.podiumFitted) { input.podiumFitted = false; return; }  // passed on below
    dropNote();
    var reasons = [].slice.call(input.files).map(whyRefused).filter(Boolean);
    if (!reasons.length) {
      // Decap reads the files as the event reaches it: held back until each
      // photo is measured (and scaled), then passed on with those files.
      if (!window.DataTransfer || !input.files.length) return;
      event.stopImmediatePropagation();
      Promise.all([].slice.call(input.files).map(function (file) {
        return fitted(file, refusing.max_pixels);
      })).then(function (files) {
        var refused = files.filter(function (f) { return typeof f === "string"; });
        if (refused.length) {
          input.value = "";
          refuse(input, refused);
          return;
        }
        var list = new DataTransfer();
        files.forEach(function (file) { list.items.add(file); });
        input.files = list.files;
        input.podiumFitted = true;
        input.dispatchEvent(new Event("change", { bubbles: true }));
      });
      return;
    }
    event.stopImmediatePropagation();
    input.value = "";
    refuse(input, reasons);
  }, true);
  function refuse(input, reasons) {
    // Over the media library (a modal), outside Decap's root, which the
    // modal hides from screen readers: read out as it appears.
    note = document.createElement("div");
    note.setAttribute("role", "alert");
    note.style.cssText = "position:fixed;z-index:100000;top:1rem;left:50%;" +
      "transform:translateX(-50%);max-width:40rem;padding:1rem 1.25rem;background:#fff;" +
      "color:#7a1010;border:2px solid #b3261e;border-radius:6px;" +
      "box-shadow:0 4px 16px rgba(0,0,0,.25);font:16px/1.4 system-ui,sans-serif";
    reasons.forEach(function (reason) {
      var line = document.createElement("p");
      line.style.margin = "0 0 .75rem";
      line.textContent = reason;
      note.appendChild(line);
    });
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = refusing.close || "OK";
    close.addEventListener("click", dropNote);
    note.appendChild(close);
    document.body.appendChild(note);
    dropWith(input);
  }
  // An interview's text ("podium-body"): its questions are the level-2
  // headings outside code fences, ATX or underlined with dashes at the start
  // of a paragraph (podium_read.body.split_questions). Without
  // one (an interview pasted from a mail, the questions in bold), or with a
  // question whose answer was deleted, `podium check` refuses the story,
  // draft or not; the editor saved it.
  var markdown = CMS.getWidget && CMS.getWidget("markdown");
  if (markdown) {
    var REORDERING = /[\u202a-\u202e\u2066-\u2069]/g;
    // The control characters `podium check` refuses in a text (podium.chars
    // .FORBIDDEN_RE, all but tabs and line breaks): a line break of Word's
    // (U+000B) or a page break (U+000C) is a space, any other is left out.
    var BREAKS = /[\x0b\x0c]/g, CONTROLS = /[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffe\uffff]/g;
    var cleaned = function (value) {
      return value.replace(REORDERING, "").replace(BREAKS, " ").replace(CONTROLS, "");
    };
    // Up to three spaces before the #s, as CommonMark and podium_read.body._H2
    // allow: " ## Wat doe je?" was no question here, so an interview written
    // so in git could not be saved again ("een interview heeft vragen nodig").
    var H2 = /^ {0,3}##(?!#)\s+(.+?)\s*#*\s*$/, FENCE = /^(```|~~~)/;
    var DASHES = /^ {0,3}-+[ \t]*$/, RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
    var setext = function (lines, i) {
      var line = lines[i];
      return i + 1 < lines.length && line.trim() !== "" && !/^(    |\t)/.test(line) &&
        !FENCE.test(line.trim()) && !RULE.test(line) &&
        (i === 0 || lines[i - 1].trim() === "") && DASHES.test(lines[i + 1]);
    };
    var questions = function (text) {
      var pairs = [], fenced = false, underline = -1;
      var lines = String(text || "").split("\n");
      lines.forEach(function (line, i) {
        if (FENCE.test(line.trim())) fenced = !fenced;
        if (i === underline) return;
        var m = fenced ? null : H2.exec(line);
        if (m) pairs.push({ question: m[1], answer: "" });
        else if (!fenced && setext(lines, i)) {
          pairs.push({ question: line.trim(), answer: "" });
          underline = i + 1;
        } else if (pairs.length) pairs[pairs.length - 1].answer += line + "\n";
      });
      return pairs;
    };
    // Whether an answer shows a reader anything, as `podium check` tells
    // (podium_read.body.shows_something): a comment ("<!-- nog invullen -->"),
    // a rule ("---") or a non-breaking space ("&nbsp;") alone shows nothing,
    // and check refuses it ("has no answer"); the editor saved it. A picture
    // or a video shows something.
    var SHOWN = /<(?:img|iframe|video|audio|svg)\b/i;
    var answered = function (answer) {
      if (SHOWN.test(answer)) return true;
      var text = String(answer || "").replace(/<!--[\s\S]*?-->/g, "")
        .replace(/^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/gm, "")
        .replace(/&(?:nbsp|ensp|emsp|thinsp|#0*160|#x0*a0);/gi, "")
        .replace(/<\/?[a-z][^>]*>/gi, "")
        .replace(/^[ \t]*(?:[-*+]|>)[ \t]*$/gm, "");
      return !!text.trim();
    };
    window.podiumAnswered = answered;  // for the tests
    // Ticking a task ("☐ taak", taskBoxesKept above) meant replacing the sign
    // by "☑" by hand, a character no keyboard has. A click on the sign, or
    // Ctrl+Enter (Cmd+Enter on a Mac, as in Notion) in the item, turns it
    // over. The sign is replaced as if typed over (an "insertText" input
    // event naming the sign's range, which the rich text takes as typing),
    // so Decap keeps the change as any other edit.
    var taskSign = function (item) {
      var walk = document.createTreeWalker(item, NodeFilter.SHOW_TEXT), node;
      while ((node = walk.nextNode())) {
        if (node.parentNode.closest("li") !== item) return null;  // a nested list's
        if (!node.data.replace(/[\ufeff\u200b]/g, "")) continue;
        return /^[☐☑]/.test(node.data) ? node : null;
      }
      return null;
    };
    var turnOver = function (sign) {
      var editable = sign.parentNode.closest("[contenteditable=true]");
      // As typing over the sign: the sign is selected first, as a writer
      // would select it. The rich text (Slate) typed at its own selection when
      // it had not yet taken the target range the event names: Ctrl+Enter with
      // the caret inside "Taak klaar" gave "Taa☐k klaar" (in about half of the
      // runs on a busy machine). Slate takes the page's selection on the
      // document's "selectionchange" (its listener, added before this one,
      // runs first) and settles it before it handles a typing event: so the
      // event is sent when that selectionchange comes, not after a fixed wait
      // (150 ms, which a busy machine could outlast). A selection that is the
      // sign already changes nothing and brings no event: sent at once then;
      // and should none come at all, after a second, rather than never.
      var range = document.createRange();
      range.setStart(sign, 0);
      range.setEnd(sign, 1);
      var selection = window.getSelection();
      var data = sign.data.charAt(0) === "☐" ? "☑" : "☐";
      var late = null;
      var type = function () {
        document.removeEventListener("selectionchange", type);
        window.clearTimeout(late);
        editable.dispatchEvent(new InputEvent("beforeinput", {
          inputType: "insertText", data: data, bubbles: true, cancelable: true,
          targetRanges: [new StaticRange({ startContainer: sign, startOffset: 0,
                                           endContainer: sign, endOffset: 1 })] }));
      };
      var now = selection.rangeCount ? selection.getRangeAt(0) : null;
      if (now && now.startContainer === sign && now.startOffset === 0 &&
          now.endContainer === sign && now.endOffset === 1) {
        type();
        return;
      }
      document.addEventListener("selectionchange", type);
      late = window.setTimeout(type, 1000);
      selection.removeAllRanges();
      selection.addRange(range);
    };
    var taskItem = function (target) {
      var el = target && (target.nodeType === 1 ? target : target.parentNode);
      var editable = el && el.closest && el.closest("[contenteditable=true]");
      return editable ? el.closest("li") : null;
    };
    var tickByClick = function (event) {
      var item = taskItem(event.target), sign = item && taskSign(item);
      if (!sign) return;
      var range = document.createRange();
      range.setStart(sign, 0);
      range.setEnd(sign, 1);
      var box = range.getBoundingClientRect();
      if (event.clientX < box.left - 2 || event.clientX > box.right + 2 ||
          event.clientY < box.top - 2 || event.clientY > box.bottom + 2) return;
      event.preventDefault();
      turnOver(sign);
    };
    var tickByKey = function (event) {
      if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey) || event.altKey ||
          event.shiftKey) return;
      var selection = window.getSelection();
      var item = selection.rangeCount && taskItem(selection.anchorNode);
      var sign = item && taskSign(item);
      if (!sign) return;
      event.preventDefault();
      event.stopPropagation();
      turnOver(sign);
    };
    // A picture pasted with a text (copied from a web page, a mail, a Word
    // document) made Decap's rich text stop with "Er is een fout opgetreden"
    // and the story's unsaved words were lost: Decap's paste reads an <img>
    // into an image its own drawing cannot show (it draws only images of its
    // image button, left out here). The text is pasted without its pictures,
    // and the writer is told; a picture alone (a screenshot), which Decap
    // left out without a word, is told too. The paste is passed on as the
    // browser's own, with the same place to go (Slate reads it there).
    var pasting = false;
    var withoutPictures = function (doc) {
      var pictures = doc.querySelectorAll("img, picture, image");
      pictures.forEach(function (el) {
        var parent = el.parentNode;
        parent.removeChild(el);
        // A paragraph that held only the picture would be an empty one.
        if (parent !== doc.body && !parent.textContent.trim() && !parent.children.length) {
          parent.parentNode.removeChild(parent);
        }
      });
      return pictures.length > 0;
    };
    // Word's bold is <b>, which Decap's paste leaves out (Google Docs wraps a
    // whole copy in <b style="font-weight:normal">): a bold word from Word
    // was plain. A <b> that says it is not bold stays as it was.
    var boldKept = function (doc) {
      var bold = [].slice.call(doc.querySelectorAll("b")).filter(function (b) {
        return !/^(normal|[1-5]00)$/.test(b.style.fontWeight);
      });
      bold.forEach(function (b) {
        var strong = doc.createElement("strong");
        while (b.firstChild) strong.appendChild(b.firstChild);
        b.parentNode.replaceChild(strong, b);
      });
      return bold.length > 0;
    };
    // Word (the desktop program) copies a list as paragraphs styled
    // "mso-list", each with its bullet or number typed out and hidden from
    // other browsers by a conditional comment (<![if !supportLists]>), which a
    // browser reads as text: pasted, each item was a paragraph "·      Punt
    // een". They are made the list they are, nested by Word's level, numbered
    // when the marker is a number or letter ("1.", "a)").
    var WORD_MARKER = /<!\[if !supportLists\]>([\s\S]*?)<!\[endif\]>/g;
    var wordLists = function (doc) {
      var items = [].slice.call(doc.querySelectorAll("p[style*='mso-list']"))
        .filter(function (p) { return p.querySelector("[data-podium-marker]"); });
      var runs = [];  // items one after another make one list
      items.forEach(function (p, i) {
        if (i && items[i - 1].nextElementSibling === p) runs[runs.length - 1].push(p);
        else runs.push([p]);
      });
      runs.forEach(function (run) {
        var open = [];  // the lists around the item: [{ list, level, item }], innermost last
        run.forEach(function (p) {
          var marker = p.querySelector("[data-podium-marker]");
          var sign = marker.textContent.replace(/[\s\u00a0]+/g, "");
          marker.parentNode.removeChild(marker);
          var level = +((/level(\d+)/.exec(p.getAttribute("style")) || [])[1] || 1);
          // The item's words in a paragraph of their own, as Google Docs
          // copies them: beside a nested list, Decap ran them into its words.
          var item = doc.createElement("li"), words = doc.createElement("p");
          while (p.firstChild) words.appendChild(p.firstChild);
          item.appendChild(words);
          while (open.length && open[open.length - 1].level > level) open.pop();
          var top = open[open.length - 1];
          if (top && top.level === level) {
            top.list.appendChild(item);
            top.item = item;
          } else {
            var list = doc.createElement(/^(\d+|[a-z]{1,4})[.)]$/i.test(sign) ? "ol" : "ul");
            list.appendChild(item);
            if (top) top.item.appendChild(list);
            else p.parentNode.insertBefore(list, p);
            open.push({ list: list, level: level, item: item });
          }
        });
        run.forEach(function (p) { p.parentNode.removeChild(p); });
      });
      return items.length > 0;
    };
    // Word spaces paragraphs with empty ones (<p><o:p>&nbsp;</o:p></p>):
    // pasted, each was a paragraph of one non-breaking space, an empty line
    // on the page and, in an interview, an answer that shows nothing.
    var emptyLines = function (doc) {
      var empty = [].slice.call(doc.querySelectorAll("p")).filter(function (p) {
        return !p.textContent.replace(/[\s\u00a0]+/g, "") &&
          !p.querySelector("img, picture, image, iframe, video, audio, br");
      });
      empty.forEach(function (p) { p.parentNode.removeChild(p); });
      return empty.length > 0;
    };
    // The rich text has no table: Decap's paste ran a pasted table's cells
    // into one word ("MaandagPlanningDinsdagKlanten", from Excel, Word or a
    // web page). Each row is a paragraph, its cells apart by " – ", and the
    // writer is told that a table is written in Markdown.
    var tableRows = function (doc) {
      var tables = [].slice.call(doc.querySelectorAll("table")).reverse();  // innermost first
      tables.forEach(function (table) {
        [].slice.call(table.rows).forEach(function (row) {
          var line = doc.createElement("p");
          [].slice.call(row.cells).forEach(function (cell, i) {
            if (i) line.appendChild(doc.createTextNode(" \u2013 "));
            while (cell.firstChild) line.appendChild(cell.firstChild);
          });
          table.parentNode.insertBefore(line, table);
        });
        table.parentNode.removeChild(table);
      });
      return tables.length > 0;
    };
    // Nor a code block a paste can make: Decap's paste reads a <pre> (code
    // copied from a web page, a chat or a manual) into a block its rich text
    // does not write, so the code was left out of the story without a word.
    // Each of its lines is a paragraph of code (the paste drops a line break
    // inside a block), and the writer is told how a real code block is made.
    var codeLines = function (doc) {
      var blocks = [].slice.call(doc.querySelectorAll("pre"));
      blocks.forEach(function (pre) {
        pre.textContent.split(/\r?\n/).forEach(function (text) {
          if (!text.trim()) return;
          var line = doc.createElement("p"), code = doc.createElement("code");
          code.textContent = text;
          line.appendChild(code);
          pre.parentNode.insertBefore(line, pre);
        });
        pre.parentNode.removeChild(pre);
      });
      return blocks.length > 0;
    };
    // The pasted HTML made right, with what the writer is told of it (the
    // field's messages: a picture left out, a table or code made lines); null
    // when nothing needed it (the paste then goes on as it came).
    var pastedRight = function (html) {
      var marked = html.replace(WORD_MARKER, '<span data-podium-marker="">$1</span>');
      var doc = new DOMParser().parseFromString(marked, "text/html");
      var lists = wordLists(doc), bold = boldKept(doc), pictures = withoutPictures(doc);
      var table = tableRows(doc), code = codeLines(doc), empty = emptyLines(doc);
      if (!lists && !bold && !pictures && !table && !code && !empty) return null;
      var told = [pictures && "picture_left_out", table && "table_as_lines",
                  code && "code_as_lines"].filter(Boolean);
      return { html: doc.body.innerHTML, told: told };
    };
    var pastedAsMeant = function (event, told) {
      var data = event.dataTransfer;
      if (pasting || event.inputType !== "insertFromPaste" || !data) return;
      var html = data.getData("text/html"), text = data.getData("text/plain");
      var right = html ? pastedRight(html) : null;
      var picture = [].slice.call(data.files || []).some(function (file) {
        return /^image\//.test(file.type);
      });
      if (right === null) {
        if (picture && !html && !text) told(["picture_left_out"]);
        return;
      }
      event.preventDefault();
      event.stopPropagation();
      var again = new DataTransfer();
      again.setData("text/html", right.html);
      if (text) again.setData("text/plain", text);
      var paste = new InputEvent("beforeinput", {
        inputType: "insertFromPaste", dataTransfer: again, bubbles: true, cancelable: true,
        targetRanges: event.getTargetRanges() });
      if (!paste.dataTransfer) Object.defineProperty(paste, "dataTransfer", { value: again });
      pasting = true;
      try { event.target.dispatchEvent(paste); } finally { pasting = false; }
      if (right.told.length) told(right.told);
    };
    var Body = window.createClass({
      getInitialState: function () { return { told: null }; },
      isValid: function () {
        var field = this.props.field, pairs = questions(this.props.value);
        // The file's size as `podium check` counts it (UTF-8 bytes).
        var size = new TextEncoder().encode(String(this.props.value || "")).length;
        if (field.get("max_bytes") && size > field.get("max_bytes")) {
          return { error: { type: "CUSTOM", message: String(field.get("too_large"))
            .replace("{size}", String(Math.ceil(size / 1000))) } };
        }
        var stacked = field.get("stacked");
        if (stacked && new RegExp(stacked).test(String(this.props.value || ""))) {
          return { error: { type: "CUSTOM", message: field.get("stacked_message") } };
        }
        if (!field.get("no_questions")) return { error: false };  // a column's text
        if (!String(this.props.value || "").trim()) return { error: false };  // "required"
        if (!pairs.length) {
          return { error: { type: "CUSTOM", message: field.get("no_questions") } };
        }
        var empty = pairs.filter(function (p) { return !answered(p.answer); })[0];
        if (!empty) return { error: false };
        return { error: { type: "CUSTOM",
                          message: field.get("no_answer").replace("{question}", empty.question) } };
      },
      // Decap's label focuses the control.
      focus: function () { if (this.inner && this.inner.focus) this.inner.focus(); },
      keep: function (inner) { this.inner = inner; },
      // The text a writer types in (the rich text's editable, or Markdown's
      // textarea) is not tied to the label: a screen reader read an unnamed
      // "textbox". It gets the label as its name, again whenever Decap draws
      // it anew (switching modes). So does the "Rijke tekst / Markdown"
      // switch, whose name Decap's toggle drops: a bare "switch". It is
      // named for what it turns on; its state, which Decap leaves out until
      // it is first used (rich text), is "off" then.
      componentDidMount: function () {
        var box = this.box, label = String(this.props.field.get("label") || "");
        if (!box || !label || !window.MutationObserver) return;
        var toggle = names.markdown_switch;
        var name = function () {
          box.querySelectorAll("[contenteditable=true], textarea").forEach(function (el) {
            if (el.getAttribute("aria-label") !== label) el.setAttribute("aria-label", label);
          });
          box.querySelectorAll("[role=switch]").forEach(function (el) {
            if (toggle && el.getAttribute("aria-label") !== toggle) {
              el.setAttribute("aria-label", toggle);
            }
            if (!el.hasAttribute("aria-checked")) el.setAttribute("aria-checked", "false");
          });
        };
        name();
        this.watch = new MutationObserver(name);
        this.watch.observe(box, { childList: true, subtree: true });
        box.addEventListener("click", tickByClick);
        box.addEventListener("keydown", tickByKey);
        var self = this;
        box.addEventListener("beforeinput", function (event) {
          pastedAsMeant(event, function (told) { self.setState({ told: told }); });
        }, true);
        box.addEventListener("keydown", function () {
          if (self.state.told) self.setState({ told: null });
        });
      },
      componentWillUnmount: function () { if (this.watch) this.watch.disconnect(); },
      hold: function (box) { this.box = box; },
      // The bidirectional controls that reorder text (embeddings, overrides,
      // isolates: podium.chars.BODY_BIDI_RE), which `podium check` refuses in
      // a story's text, come along unseen with a name copied from a chat
      // ("\u2068Anna\u2069", as WhatsApp and Teams mark one): the editor
      // saved them, and the writer could not find what to remove. They are
      // left out of the text as it is typed or pasted, in either mode.
      // So are the control characters a text pasted from Word or a terminal
      // may hold (cleaned).
      change: function (value) {
        this.props.onChange(typeof value === "string" ? cleaned(value) : value);
      },
      render: function () {
        var field = this.props.field;
        var told = (this.state.told || []).map(function (key) { return field.get(key); });
        return h("div", { ref: this.hold },
                 h(markdown.control, Object.assign({}, this.props,
                                                   { ref: this.keep, onChange: this.change })),
                 told.length ? h("p", { role: "alert" }, told.join(" ")) : null);
      }
    });
    CMS.registerWidget("podium-body", Body, markdown.preview, markdown.schema);
  }
  // A new translation starts with what it shares with its original: once
  // "Vertaling van" is picked, each field the build marks `from_original`
  // (podium_read.schema.SHARED_WITH_ORIGINAL, the one table `podium new
  // --translation-of` copies by too: the person and their portrait, the
  // dates, the consent, the team, the themes, the vacancies) takes the
  // original's value. It started empty, and a translator
  // typed the author and the dates again (a typo in the name made it another
  // person, which `podium check` warned about after the save). A field the
  // writer filled in is left as it is; one that still holds what an earlier
  // pick put there takes the new original's. A story saved before is never
  // changed. Decap's own i18n field options (`i18n: duplicate`) work only in
  // its i18n collections, which would rename every original to `name.nl.md`
  // (docs/cms.md), so each of those widgets is wrapped here; a field without
  // `from_original` is drawn as before.
  var immutableOf = function (field, value) {  // plain JS -> Immutable, like Decap's data
    if (Array.isArray(value)) {
      var list = field.keySeq().toList().clear();
      return list.push.apply(list, value.map(function (v) { return immutableOf(field, v); }));
    }
    if (value && typeof value === "object" && !(value instanceof Date)) {
      return field.clear().withMutations(function (map) {
        Object.keys(value).forEach(function (k) { map.set(k, immutableOf(field, value[k])); });
      });
    }
    return value;
  };
  var same = function (a, b) { return JSON.stringify(plain(a)) === JSON.stringify(plain(b)); };
  var blank = function (field, value) {
    var v = plain(value);
    if (v === undefined || v === null || v === "" || (Array.isArray(v) && !v.length)) return true;
    if (field.has("default") && same(v, field.get("default"))) return true;
    var parts = field.get("fields");  // a group (the consent): blank when each part is
    return !!parts && typeof v === "object" && parts.every(function (part) {
      return blank(part, v[part.get("name")]);
    });
  };
  var asInForm = function (field, value) {  // a date as the form holds one: the day
    if (value instanceof Date) return isNaN(value) ? "" : value.toISOString().slice(0, 10);
    if (field.get("widget") === "podium-date" && typeof value === "string") {
      return /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : value;
    }
    var parts = field.get("fields");
    if (parts && value && typeof value === "object" && !Array.isArray(value)) {
      var out = {};
      Object.keys(value).forEach(function (k) {
        var part = parts.find(function (p) { return p.get("name") === k; });
        out[k] = part ? asInForm(part, value[k]) : value[k];
      });
      return out;
    }
    return value;
  };
  var fromOriginal = function (Inner) {
    return window.createClass({
      // Decap re-renders a control only when its own value changes; this one
      // also looks at "Vertaling van".
      shouldComponentUpdate: function (next) {
        if (this.props.field.get("from_original")) return true;
        if (this.inner && this.inner.shouldComponentUpdate) {
          return this.inner.shouldComponentUpdate(next);
        }
        return this.props.value !== next.value ||
          this.props.classNameWrapper !== next.classNameWrapper ||
          this.props.hasActiveStyle !== next.hasActiveStyle;
      },
      componentDidMount: function () { this.lookUp(); },
      componentDidUpdate: function () { this.lookUp(); },
      componentWillUnmount: function () { this.gone = true; },
      lookUp: function () {
        var props = this.props, original = props.field.get("from_original");
        var entry = current(props);
        if (!original || !entry || !entry.get("newRecord") || !props.loadEntry) return;
        var slug = String(entry.getIn(["data", "slug"]) || "");
        if (!slug || slug === this.looked) return;
        this.looked = slug;
        var self = this, name = props.field.get("name");
        Promise.resolve(props.loadEntry(original, slug)).then(function (story) {
          if (self.gone || self.looked !== slug || !story || !story.data) return;
          var theirs = story.data[name];
          if (theirs === undefined || theirs === null || theirs === "") return;
          var value = self.props.value;
          if (!blank(self.props.field, value) && !(self.filled && same(value, self.filled))) return;
          self.filled = immutableOf(self.props.field, asInForm(self.props.field, theirs));
          self.props.onChange(self.filled);
        }, function () { /* no original of that name: nothing to copy */ });
      },
      // Decap validates a group (the consent) by its control's `validate`,
      // which checks each part; without it only the group's own value was.
      keep: function (inner) {
        this.inner = inner;
        if (inner && inner.validate) this.validate = inner.validate.bind(inner);
        else delete this.validate;
      },
      isValid: function () {
        return this.inner && this.inner.isValid ? this.inner.isValid() : { error: false };
      },
      focus: function (path) { if (this.inner && this.inner.focus) this.inner.focus(path); },
      getValidateValue: function () {
        return this.inner && this.inner.getValidateValue ? this.inner.getValidateValue()
          : this.props.value;
      },
      render: function () {
        return h(Inner, Object.assign({}, this.props, { ref: this.keep }));
      }
    });
  };
  ["string", "select", "object", "podium-date", "podium-choices", "podium-photo"].forEach(
    function (name) {
      var widget = CMS.getWidget && CMS.getWidget(name);
      if (widget) {
        CMS.registerWidget(name, fromOriginal(widget.control), widget.preview, widget.schema);
      }
    });
  // The story page's own words, in the story's language (podium_cms.config
  // .preview_words): the kind over the title, the long date, and the author
  // card's last line: who interviewed the colleague (when the story says), or
  // that a column is their own.
  var pageWords = JSON.parse(me.getAttribute("data-preview-words") || "{}");
  function wordsIn(lang) {
    return pageWords[lang] || pageWords[me.getAttribute("data-default-lang")] || {};
  }
  function credit(kind, lang, get, author) {
    var words = (wordsIn(lang).credit || {})[kind];
    var name = String(kind === "interview" ? get("interviewer") : author).trim();
    return words && name ? words.replace("{name}", function () { return name; }) : "";
  }
  // "2 maart 2026", as podium.i18n.long_date; a date the form holds otherwise
  // (a git writer's time and offset) as it is.
  function longDate(value, lang) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value), months = wordsIn(lang).months;
    if (!m || !months) return value;
    return Number(m[3]) + " " + months[Number(m[2]) - 1] + " " + m[1];
  }
  // The day a story's date is on the hub, as podium_read.schema's hub_day: a
  // git writer's time with an offset ("2026-12-09T09:00:00+01:00") in the
  // hub's time zone (the field's `timezone`), a time without one as written.
  // The preview showed such a date as the raw string.
  function hubDay(value, field) {
    var text = value instanceof Date ? value.toISOString() : String(value || "").trim();
    var m = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i
      .exec(text);
    if (!m) return text;
    if (!m[2]) return m[1];
    var when = new Date(text.replace(" ", "T"));
    if (isNaN(when)) return m[1];
    try {
      return new Intl.DateTimeFormat("en-CA", {
        timeZone: (field && field.get("timezone")) || "UTC",
        year: "numeric", month: "2-digit", day: "2-digit" }).format(when);
    } catch (e) {
      return m[1];
    }
  }
  // The pull quote without the quotation marks a writer wrapped all of it in,
  // as the page has it (podium_read.body.unwrapped: the figure draws its own
  // marks, so "“Elke dag iets nieuws.”" showed as ““Elke dag iets nieuws.””).
  var WRAPPING = { "“": "”", "„": "“”", "”": "”“", "«": "»", "»": "«", "‘": "’", "\"": "\"" };
  function unwrapped(quote) {
    var text = quote.trim(), last = text.slice(-1);
    var end = ".!?…".indexOf(last) >= 0 && last && text.length > 2 ? last : "";
    var body = text.slice(0, text.length - end.length), open = body.charAt(0);
    var close = WRAPPING[open];
    if (body.length < 3 || !close || close.indexOf(body.slice(-1)) < 0) return quote;
    var inner = body.slice(1, -1);
    if ((open + close).split("").some(function (m) { return inner.indexOf(m) >= 0; }) ||
        !inner.trim()) return quote;
    inner = inner.trim();
    return inner + (/[.!?…]$/.test(inner) ? "" : end);
  }
  // The sections the page shows under the text: the story's themes, by their
  // name in its language and in their colour, and the linked jobs that are
  // open (the page leaves a closed one out). Read live when the form has done
  // so, else as the build named them. Not the themes and jobs the build adds
  // by itself (automatic tagging, matching jobs): the page may show more.
  function themeChips(slugs, lang) {
    var built = wordsIn(lang).themes || {}, seen = livePreview.themes;
    var chips = slugs.map(function (slug) {
      var known = seen ? seen[slug] : null, name, color;
      if (known) {
        name = known.name && typeof known.name === "object"
          ? known.name[lang] || known.name[DEFAULT_LANG] : known.name;
        color = known.color;
      } else if (!seen && built[slug]) {
        name = built[slug][0];
        color = built[slug][1];
      } else {
        return null;  // not in themes.yml: the build drops it (podium check refuses it)
      }
      return h("li", { key: slug },
        h("a", { className: "chip", style: color ? { "--chip": String(color) } : null },
          String(name || slug)));
    }).filter(Boolean);
    if (!chips.length) return null;
    return h("section", { className: "story-themes" },
      h("h2", { className: "story-aside__title" }, wordsIn(lang).themes_title),
      h("ul", { className: "chips" }, chips));
  }
  function jobRows(ids, lang) {
    var built = wordsIn(lang).jobs || {}, seen = livePreview.jobs;
    var rows = ids.map(function (id) {
      var title = seen ? seen[id] && (seen[id][lang] || seen[id][Object.keys(seen[id])[0]])
                       : built[id];
      return title ? h("li", { className: "job", key: id },
        h("h3", { className: "job__title" }, h("a", null, title))) : null;
    }).filter(Boolean);
    if (!rows.length) return null;
    return h("section", { className: "open-roles" },
      h("h2", { className: "story-aside__title" }, wordsIn(lang).roles_title),
      h("ul", { className: "jobs" }, rows));
  }
  var Story = window.createClass({
    componentDidMount: function () { previews.push(this); },
    componentWillUnmount: function () {
      var self = this;
      previews = previews.filter(function (p) { return p !== self; });
    },
    render: function () {
      var props = this.props, entry = props.entry;
      var get = function (name) { return entry.getIn(["data", name]) || ""; };
      var field = function (name) {
        return props.fields && props.fields.find(function (f) { return f.get("name") === name; });
      };
      var name = props.collection.get("name").split("-");  // "columns-en"
      var kind = name[0].replace(/s$/, "");
      // A former colleague (`left` on or before the hub's today): the card
      // says so, as the page does; under the "anonymize" policy the page
      // names "Oud-collega" instead, without the photo, and so does this.
      var words = wordsIn(name[1]), left = String(get("left")).slice(0, 10);
      var former = /^\d{4}-\d{2}-\d{2}$/.test(left) && !!field("left") &&
        left <= todayOf(field("left"));
      var anonymous = former && words.alumni_policy === "anonymize";
      var author = anonymous ? String(words.former) : String(get("author"));
      // Where the hub does not show it (podium_read.schema.Story.publication,
      // in its order), the preview says so above the story, with the day.
      var today = field("date") ? todayOf(field("date")) : "";
      var day = hubDay(get("date"), field("date"));
      var until = consentDay(entry.getIn(["data", "consent", "until"]));
      // One version's end of consent ends the others, but for a version whose
      // consent was given after it (podium_read.site: a new consent): a
      // translation of a story whose Dutch file ended was previewed as online,
      // and the build made it a tombstone. From the live lists, once read.
      var given = consentDay(entry.getIn(["data", "consent", "given"]));
      var file = String(entry.get("path") || "").split("/").slice(-2).join("/");
      var slug = live && ((file && live.slug_of[file]) || String(get("slug")).trim());
      ((live && slug && live.ends[slug]) || []).forEach(function (end) {
        if (end[0] !== file && end[1] >= given && (!until || end[1] < until)) until = end[1];
      });
      var notice = words.notice || {}, why = null, when = "";
      if (String(get("status")) === "draft") {
        why = notice.draft;
      } else if (today && /^\d{4}-\d{2}-\d{2}$/.test(day) && day > today) {
        why = notice.scheduled; when = day;
      } else if (today && /^\d{4}-\d{2}-\d{2}$/.test(until) && until < today) {
        why = notice.consent_ended; when = until;
      } else if (former && words.alumni_policy === "unpublish") {
        why = notice.alumni; when = left;
      }
      var photo = get("photo") && !anonymous
        ? String(portraitAsset(props.getAsset, get("photo"), field("photo")) || "") : "";
      var team = get("team"), teamField = field("team");
      if (team && teamField && teamField.get("options")) {
        var option = teamField.get("options").find(function (o) {
          return o && o.get && o.get("value") === team;
        });
        if (option) team = option.get("label");
      }
      var facts = words.facts || {};
      if (get("team") && (words.teams || {})[get("team")]) team = words.teams[get("team")];
      var derived = function (key) {  // what the page makes of the text instead
        return h("p", { className: "podium-preview-derived", role: "note", lang: DEFAULT_LANG },
          (words.derived || {})[key]);
      };
      var fact = function (label, value) {
        return value ? h("div", null, h("dt", null, label), " ", h("dd", null, value)) : null;
      };
      // The pane is inside the Dutch editor page: an English story says so, for
      // hyphenation and screen readers, as its page on the hub does.
      return h("article", { className: "story story--" + kind, lang: name[1] },
        why ? h("p", { className: "podium-preview-notice wrap wrap--narrow", role: "note",
                       lang: DEFAULT_LANG },
          why.replace("{date}", function () { return longDate(when, DEFAULT_LANG); })) : null,
        h("header", { className: "story__header wrap wrap--narrow" },
          h("p", { className: "story__kind" },
            h("span", { className: "tag tag--" + kind }, (wordsIn(name[1]).kind || {})[kind])),
          h("h1", { className: "story__title" }, get("title")),
          get("summary") ? h("p", { className: "story__summary" }, get("summary"))
            : derived("summary"),
          h("p", { className: "story__meta" },
            h("time", { dateTime: String(get("date")) }, longDate(day, name[1])))),
        h("div", { className: "wrap wrap--narrow story__layout" },
          h("aside", { className: "author-card" },
            photo
              ? h("img", { className: "author-card__photo", src: photo, width: 96, height: 96,
                           alt: "" })
              : h("span", { className: "author-card__photo author-card__photo--initials",
                            "aria-hidden": "true" }, initials(author)),
            h("p", { className: "author-card__name" }, author),
            h("p", { className: "author-card__role" }, get("role")),
            former && !anonymous ? h("p", { className: "author-card__alumni" },
              h("span", { className: "tag tag--alumni" }, words.former),
              h("span", null, " " + words.former_note)) : null,
            h("dl", { className: "author-card__facts" },
              fact(facts.team || (field("team") ? field("team").get("label") : ""), team),
              fact(facts.location || (field("location") ? field("location").get("label") : ""),
                   get("location"))),
            h("p", { className: "author-card__credit" }, credit(kind, name[1], get, author))),
          h("div", { className: "story__body" },
            get("quote") ? h("figure", { className: "pullquote" },
              h("blockquote", null, h("p", null, unwrapped(String(get("quote"))))),
              h("figcaption", null, author)) : derived("quote"),
            h("div", { className: "prose story__text" + (kind === "interview" ? " qa--preview" : "") },
              props.widgetFor("body")),
            themeChips(chosen(entry.getIn(["data", "themes"])), name[1]),
            jobRows(chosen(entry.getIn(["data", "vacancies"])), name[1]))));
    }
  });
  ["interviews", "columns"].forEach(function (folder) {
    (me.getAttribute("data-languages") || "nl en").split(" ").forEach(function (lang) {
      CMS.registerPreviewTemplate(folder + "-" + lang, Story);
    });
  });
})();
