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
  if (CMS.registerRemarkPlugin) {
    CMS.registerRemarkPlugin({
      settings: { listItemIndent: "tab" },
      plugins: [itemsApartAfterBlocks],
    });
  }
  CMS.registerPreviewStyle(me.getAttribute("data-stylesheet"));
  var h = window.h;
  var Story = window.createClass({
    render: function () {
      var entry = this.props.entry;
      var get = function (name) { return entry.getIn(["data", name]) || ""; };
      var name = this.props.collection.get("name").split("-");  // "columns-en"
      var kind = name[0].replace(/s$/, "");
      // The pane is inside the Dutch editor page: an English story says so, for
      // hyphenation and screen readers, as its page on the hub does.
      return h("article", { className: "story story--" + kind, lang: name[1] },
        h("header", { className: "story__header wrap wrap--narrow" },
          h("h1", { className: "story__title" }, get("title")),
          get("summary") ? h("p", { className: "story__summary" }, get("summary")) : null,
          h("p", { className: "story__meta" }, [get("author"), get("role")].filter(Boolean).join(", "))),
        h("div", { className: "wrap wrap--narrow story__layout" },
          h("div", { className: "story__body" },
            h("div", { className: "prose story__text" }, this.props.widgetFor("body")))));
    }
  });
  ["interviews", "columns"].forEach(function (folder) {
    (me.getAttribute("data-languages") || "nl en").split(" ").forEach(function (lang) {
      CMS.registerPreviewTemplate(folder + "-" + lang, Story);
    });
  });
})();
