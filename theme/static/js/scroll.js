// A code block or table box that scrolls sideways takes the keyboard focus
// (tabindex="0", written at build time) so that a reader without a mouse can
// scroll it (WCAG 2.1.1). One that fits its column has nothing to scroll, and
// as a tab stop it is noise between the story's links: this takes it out of
// the tab order while it fits, and puts it back when it overflows (a phone
// turned upright, a window narrowed, text zoomed, a font loaded late). Without
// JavaScript every box stays a tab stop, as written.
(function () {
  var boxes = document.querySelectorAll('.prose pre[tabindex="0"], .prose [role="region"][tabindex="0"]');
  if (!boxes.length || !window.ResizeObserver) { return; }
  var check = function (box) {
    var scrolls = box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1;
    if (scrolls) {
      box.setAttribute("tabindex", "0");
    } else if (document.activeElement !== box) {
      box.removeAttribute("tabindex");
    }
  };
  var checkAll = function () { Array.prototype.forEach.call(boxes, check); };
  // A box's size changes with the column (and is first reported at once);
  // what is in it (a table, a code block's lines), with the fonts: both are
  // watched, so a box follows its real overflow, not only the window's size.
  var observer = new ResizeObserver(function (entries) {
    entries.forEach(function (entry) { check(entry.target.closest("pre, [role='region']")); });
  });
  Array.prototype.forEach.call(boxes, function (box) {
    observer.observe(box);
    Array.prototype.forEach.call(box.children, function (child) { observer.observe(child); });
    // A focused box keeps its stop (the focus is not taken from the reader);
    // one that stopped scrolling meanwhile leaves the tab order with the focus.
    box.addEventListener("blur", function () { check(box); });
  });
  if (document.fonts) {
    document.fonts.ready.then(checkAll);
    document.fonts.addEventListener("loadingdone", checkAll);
  }
})();
