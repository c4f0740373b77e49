"""Which linked files a story may publish, and the checks each type gets.

Raster images are re-encoded without metadata by the photo step; SVG
drawings are published only when every element and attribute is on an
allowlist (no scripts, event handlers, styles, foreign objects or links
leaving the drawing); other types only when the site lists them in
``PODIUM_ATTACHMENTS`` and the file starts like that type really does.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

RASTER = {"jpg": "JPEG", "jpeg": "JPEG", "png": "PNG", "webp": "WEBP"}
# The bytes each raster format Podium writes starts with (Pillow's format names).
RASTER_MAGIC = {"JPEG": b"\xff\xd8\xff", "PNG": b"\x89PNG\r\n\x1a\n", "WEBP": b"RIFF"}
SVG = "svg"
# Attachment types a site may allow, with the bytes a real file starts with.
ATTACHMENT_MAGIC = {"pdf": b"%PDF-"}
MAX_LINKED_BYTES = 20_000_000
# A 50-megapixel camera JPEG is about 25 MB; photos are re-encoded small anyway.
MAX_PHOTO_BYTES = 40_000_000

_SVG_NS = "{http://www.w3.org/2000/svg}"
_XLINK = "{http://www.w3.org/1999/xlink}href"
SVG_ELEMENTS = {
    "svg", "g", "defs", "symbol", "use", "title", "desc", "metadata", "path", "rect", "circle",
    "ellipse", "line", "polyline", "polygon", "text", "tspan", "textPath", "linearGradient",
    "radialGradient", "stop", "clipPath", "mask", "pattern", "marker",
}  # fmt: skip
# Values that reach outside the drawing or run code, in any attribute. Besides
# url(), CSS fetches an image named by a plain string in image-set() (and its
# -webkit- form), image(), cross-fade() and src(): browsers loaded
# mask-image:image-set("https://tracker.example/t.png" 1x) from a style attribute.
_BAD_VALUE = re.compile(
    r"javascript:|data:|expression\s*\(|@import|url\s*\(\s*['\"]?(?!#)"
    r"|(?<![\w-])(?:-webkit-)?(?:image-set|image|cross-fade|src)\(",
    re.I,
)
# A CSS escape: a backslash and 1 to 6 hex digits (and one space after them),
# or a backslash and any other character (CSS Syntax 4.3.7).
_CSS_ESCAPE = re.compile(r"\\(?:([0-9a-fA-F]{1,6})[ \t\n\r\f]?|(.))", re.S)


def _css_unescaped(value: str) -> str:
    """``value`` with its CSS escapes read as a browser reads them: ``\\75rl(``
    in a style attribute is ``url(``, which the check above would not see."""

    def char(m: re.Match[str]) -> str:
        if m.group(2) is not None:
            return m.group(2)
        code = int(m.group(1), 16)
        return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"

    return _CSS_ESCAPE.sub(char, value)


def kind_of_link(ext: str, attachments: tuple[str, ...]) -> str | None:
    """'image', 'svg' or 'file' for a linked file's extension; None when not publishable."""
    ext = ext.lower()
    if ext in RASTER:
        return "image"
    if ext == SVG:
        return "svg"
    if ext in attachments and ext in ATTACHMENT_MAGIC:
        return "file"
    return None


def file_problem(ext: str, data: bytes) -> str | None:
    """None when ``data`` starts as an allowed attachment of type ``ext`` does."""
    magic = ATTACHMENT_MAGIC.get(ext.lower())
    if magic is None or not data.startswith(magic):
        return f"is not a real .{ext.lower()} file"
    return None


class _Builder(ET.TreeBuilder):
    """A tree builder that notes every processing instruction, wherever it is.

    ``ET.fromstring`` drops them, so the checks below never saw one; but a
    browser opening the drawing obeys ``<?xml-stylesheet type="text/xsl"
    href="data:..."?>``: the XSLT turned the published file into an HTML page
    running its script on the hub's own address. (The XML declaration is no
    processing instruction.)
    """

    def __init__(self) -> None:
        super().__init__()
        self.instructions: list[str] = []
        self.has_doctype = False
        # Each namespace's prefixes as the file declares them, in order: an
        # error names an element as written (<dcterms:creator>), not in the
        # parser's {http://purl.org/dc/terms/}creator, found nowhere in the file.
        self.prefixes: dict[str, list[str]] = {}

    def doctype(self, name: str, pubid: str | None, system: str | None) -> None:
        # The parser's own word, whatever the file's encoding: a drawing saved
        # as UTF-16 hid its "<!DOCTYPE" (with entities) from the byte search below.
        self.has_doctype = True

    def start_ns(self, prefix: str, uri: str) -> None:
        known = self.prefixes.setdefault(uri, [])
        if prefix not in known:
            known.append(prefix)

    def pi(self, target: str, data: str | None = None):
        self.instructions.append(target)
        return super().pi(target, data)


# A drawing program keeps its own data in its own namespaces: Inkscape's
# ``inkscape:export-filename`` and ``sodipodi:docname`` name files and folders on
# the designer's computer (a user name in them), and the drawing was published
# as it is. Its "Plain SVG" leaves them out; what it keeps is RDF in <metadata>
# (licence, title), which no browser draws or runs, so that is allowed there.
_EDITORS = {
    "http://www.inkscape.org/namespaces/inkscape": "inkscape",
    "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd": "sodipodi",
    "http://ns.adobe.com/AdobeIllustrator/10.0/": "i",
    "http://www.bohemiancoding.com/sketch/ns": "sketch",
    "http://www.serif.com/": "serif",
}
_RDF_NAMESPACES = (
    "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}",
    "{http://creativecommons.org/ns#}",
    "{http://purl.org/dc/elements/1.1/}",
    "{http://web.resource.org/cc/}",
)
# Attributes of SVG itself: none, or xlink:href and xml:space.
_ATTR_NAMESPACES = ("{http://www.w3.org/1999/xlink}", "{http://www.w3.org/XML/1998/namespace}")
_EDITOR_DATA = (
    'is an SVG with an editor\'s data ("{}"), which can name files on the computer it was '
    "drawn on; save it as Plain SVG (Inkscape: Save a Copy, Plain SVG) or Optimized SVG"
)


def _written(name: str, prefixes: dict[str, list[str]], *, element: bool) -> str:
    """An element (``<h:script>``) or attribute (``dcterms:creator``) named as the
    file writes it, from ElementTree's ``{uri}local`` and the file's ``prefixes``;
    one in a default namespace of its own as its name and that namespace in words."""
    uri, _, local = name[1:].partition("}") if name.startswith("{") else ("", "", name)
    # An attribute takes no default namespace: only a prefix declared names it.
    prefix = next((p for p in prefixes.get(uri, ()) if p or element), "") if uri else ""
    written = f"{prefix}:{local}" if prefix else local
    shown = f"<{written}>" if element else written
    return f"{shown} (namespace {uri})" if uri and not prefix else shown


def _listed(names: list[str]) -> str:
    """``a, b and c`` (two or more)."""
    return f"{', '.join(names[:-1])} and {names[-1]}"


def _editor_name(name: str) -> str | None:
    """``prefix:local`` for an element or attribute in a drawing program's own
    namespace (``{uri}local`` as ElementTree names it), else None."""
    uri, _, local = name[1:].partition("}") if name.startswith("{") else ("", "", name)
    prefix = _EDITORS.get(uri)
    return f"{prefix}:{local}" if prefix else None


_SVG_PX = re.compile(r"\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*")


def svg_size(data: bytes) -> tuple[int, int] | None:
    """The drawing's own width and height in pixels (``<svg width="640" height="320">``),
    which a browser takes as its size, or None: not a safe SVG (``svg_problem``), or
    a size in other units, in percent, or none at all (then the page says none)."""
    if svg_problem(data) is not None:
        return None
    root = ET.fromstring(data)
    width, height = (_SVG_PX.fullmatch(root.get(side, "")) for side in ("width", "height"))
    if width is None or height is None:
        return None
    size = round(float(width[1])), round(float(height[1]))
    return size if min(size) > 0 else None


# Who made a drawing, in its RDF <metadata>: Inkscape's Document Properties
# write a person's name in each (a cc:Agent's dc:title), and the file keeps it
# through Plain SVG. The licence, format and the drawing's own title stay.
# cc:attributionName goes too: it is the name the maker asked to be credited
# by, a person's name as much as dc:creator is, and the README promises the
# drawing published without who made it (the licence it credits them under,
# cc:license, stays).
_DC = "http://purl.org/dc/elements/1.1/"
_CC = ("http://creativecommons.org/ns#", "http://web.resource.org/cc/")
_PEOPLE_IN_RDF = frozenset(
    [f"{_DC} {name}" for name in ("creator", "contributor", "publisher", "rights")]
    + [f"{cc} attributionName" for cc in _CC]
)
_METADATA = frozenset({f"{_SVG_NS[1:-1]} metadata", "metadata"})
# One attribute of a start tag as written: its name and quoted value (XML
# quotes every value; a ">" may stand in one, so the tag is read, not searched).
_TAG_NAME = re.compile(rb"<[^\s/>]+")
_ATTRIBUTE = re.compile(rb"""\s+([^\s=/>]+)\s*=\s*(?:"[^"]*"|'[^']*')""")


def _expat_name(name: str) -> tuple[str, str]:
    """``("uri local", "prefix:local")`` of an expat name read with
    ``namespace_prefixes`` ("uri local prefix"): the first to compare, the
    second as the file writes it."""
    uri_local, _, prefix = name.rpartition(" ") if name.count(" ") == 2 else (name, "", "")
    local = uri_local.rpartition(" ")[2]
    return uri_local, f"{prefix}:{local}" if prefix else local


def _attribute_span(data: bytes, tag: int, written: str) -> tuple[int, int] | None:
    """Where the attribute ``written`` (its name as the file writes it), with the
    space before it, stands in the start tag at byte ``tag`` of ``data``; None
    when the tag cannot be read as bytes so (a UTF-16 file)."""
    found = _TAG_NAME.match(data, tag)
    want = written.encode()
    while found is not None:
        found = _ATTRIBUTE.match(data, found.end())
        if found is not None and found[1] == want:
            return found.span()
    return None


def clean_svg(data: bytes) -> bytes:
    """``data`` (an SVG ``svg_problem`` passed) without what it says of people
    beyond the drawing: its comments ("<!-- gemaakt door ... -->") and the
    creator, contributor, publisher and rights holder (and the name a Creative
    Commons licence credits) its RDF metadata names, as an element
    (``<dc:creator>...``) or as RDF/XML's property attribute
    (``<rdf:Description dc:creator="..."/>``, which says the same). Cut from the
    bytes as written, so the drawing itself is byte for byte the same;
    ValueError when what is left is no longer a safe SVG."""
    import xml.parsers.expat

    spans: list[tuple[int, int]] = []
    parser = xml.parsers.expat.ParserCreate(namespace_separator=" ")
    parser.namespace_prefixes = True
    refused = "is an SVG whose metadata cannot be taken out; save it as Optimized SVG"
    # cut: where the element being cut starts; inner: its open descendants
    # (its end is found by depth, not by name: a <dc:creator> may hold another);
    # seen: whether anything stood between its start and end tags.
    state: dict = {"meta": 0, "cut": None, "inner": 0, "seen": False}

    def start(name: str, attrs: dict[str, str]) -> None:
        at = parser.CurrentByteIndex
        uri_local = _expat_name(name)[0]
        if state["cut"] is not None:
            state["inner"] += 1
            state["seen"] = True
            return
        if uri_local in _METADATA:
            state["meta"] += 1
        if not state["meta"]:
            return
        if uri_local in _PEOPLE_IN_RDF:
            state["cut"], state["inner"], state["seen"] = at, 0, False
            return
        for attr in attrs:
            attr_uri_local, written = _expat_name(attr)
            if attr_uri_local in _PEOPLE_IN_RDF:
                span = _attribute_span(data, at, written)
                if span is None:
                    raise ValueError(refused)
                spans.append(span)

    def end(name: str) -> None:
        at = parser.CurrentByteIndex
        if state["cut"] is None:
            state["meta"] -= _expat_name(name)[0] in _METADATA
        elif state["inner"]:
            state["inner"] -= 1
        else:
            # "</dc:creator>" ends at its ">"; an empty "<dc:creator/>" is one
            # tag, and expat's index is already past it. Only nothing between
            # them and a "/>" just before tell the two apart: after an empty
            # <dc:creator rdf:resource="mailto:..."/> the index stands on the
            # parent's "</cc:Work>", which was cut with it (and the file refused).
            empty = not state["seen"] and data[at - 2 : at] == b"/>"
            spans.append((state["cut"], at if empty else data.index(b">", at) + 1))
            state["cut"] = None

    def inside(_text: str) -> None:
        state["seen"] = True

    def comment(_text: str) -> None:
        if state["cut"] is None:
            at = parser.CurrentByteIndex
            spans.append((at, data.index(b"-->", at) + 3))
        else:  # a comment inside a cut element goes with it
            state["seen"] = True

    parser.StartElementHandler, parser.EndElementHandler = start, end
    parser.CharacterDataHandler, parser.CommentHandler = inside, comment
    try:
        parser.Parse(data, True)
    except (ValueError, xml.parsers.expat.ExpatError):  # an end not found (UTF-16), a bad byte
        raise ValueError(refused) from None
    if not spans:
        return data
    out, pos = [], 0
    for begin, stop in sorted(spans):
        out.append(data[pos:begin])
        pos = stop
    cleaned = b"".join([*out, data[pos:]])
    if svg_problem(cleaned) is not None:
        raise ValueError(refused)
    return cleaned


def svg_publish_problem(data: bytes) -> str | None:
    """None when the SVG can be published (``svg_problem`` passes it and
    ``clean_svg`` can take its metadata out), else one line saying why not:
    the check the read step and the images step's gate say before a build
    publishes a brand drawing."""
    problem = svg_problem(data)
    if problem is None:
        try:
            clean_svg(data)
        except ValueError as exc:
            problem = str(exc)
    return problem


def svg_problem(data: bytes) -> str | None:
    """None when the SVG is safe to publish as is, else one line saying why not."""
    if re.search(rb"<!(DOCTYPE|ENTITY)", data, re.I):
        return "is an SVG with a DOCTYPE or entities; save it as plain SVG"
    builder = _Builder()
    try:
        parser = ET.XMLParser(target=builder)
        parser.feed(data)
        root = parser.close()
    except ET.ParseError as exc:
        return f"is not a well-formed SVG ({exc})"
    if builder.has_doctype:
        return "is an SVG with a DOCTYPE or entities; save it as plain SVG"
    if builder.instructions:
        return (
            f'is an SVG with a processing instruction ("<?{builder.instructions[0][:40]} ...?>"), '
            "which a browser obeys; save it as plain SVG"
        )
    if root.tag not in ("svg", f"{_SVG_NS}svg"):
        return "is not an SVG drawing"
    described = {
        id(el)
        for meta in root.iter()
        if meta.tag in (f"{_SVG_NS}metadata", "metadata")
        for el in meta.iter()
    }
    # Every element not allowed, in one line: named one a run, a file with
    # five took five runs of the pull request's check to mend. What is inside
    # one goes with it (a <foreignObject>'s HTML), so it is not listed.
    refused: list[str] = []
    inside_refused: set[int] = set()
    other = None  # the first other problem, said when no element is refused
    for el in root.iter():
        if not isinstance(el.tag, str) or id(el) in inside_refused:
            continue
        name = el.tag.removeprefix(_SVG_NS)
        rdf = id(el) in described and name.startswith(_RDF_NAMESPACES)
        editor = _editor_name(name)
        if editor:
            return _EDITOR_DATA.format(editor)
        if name not in SVG_ELEMENTS and not rdf:
            written = _written(name, builder.prefixes, element=True)
            refused += [written] if written not in refused else []
            inside_refused.update(id(inner) for inner in el.iter())
        elif other is None:
            other = _attribute_problem(el, rdf, builder.prefixes)
    if len(refused) == 1:
        return f"is an SVG with a {refused[0]} element; only drawing elements are allowed"
    if refused:
        return f"is an SVG with {_listed(refused)} elements; only drawing elements are allowed"
    if other is not None:
        return other
    if _copies(root) > MAX_SVG_COPIES:
        return (
            "is an SVG whose <use> clones, markers, patterns, masks or clip paths draw its "
            f"shapes again more than {MAX_SVG_COPIES:,} times, which a browser takes seconds "
            "to minutes to show; draw it without them nested (Inkscape: Edit > Clone > Unlink "
            "Clone, Object > Pattern > Pattern to Objects) or simpler"
        )
    return None


def _attribute_problem(el: ET.Element, rdf: bool, prefixes: dict[str, list[str]]) -> str | None:
    """Why an allowed element's attributes may not be published, or None: an
    editor's or other foreign namespace (RDF's own within <metadata>), an event
    handler, a link or a value reaching outside the drawing."""
    for attr, value in el.attrib.items():
        local = attr.rsplit("}", 1)[-1]
        editor = _editor_name(attr)
        foreign = attr.startswith("{") and not attr.startswith(_ATTR_NAMESPACES)
        if editor or (foreign and not (rdf and attr.startswith(_RDF_NAMESPACES))):
            return _EDITOR_DATA.format(editor or _written(attr, prefixes, element=False))
        if local.lower().startswith("on"):
            return f'is an SVG with an event handler ("{local}"); remove it'
        if (attr == _XLINK or local == "href") and not value.startswith("#"):
            return "is an SVG that links outside itself; only #id links are allowed"
        if _BAD_VALUE.search(value) or _BAD_VALUE.search(_css_unescaped(value)):
            return f'is an SVG whose "{local}" reaches outside the drawing; remove it'
    return None


# What an element draws again where it is named: a <use> a copy of what it
# names; a mask's or a clip path's content on the element that names it; a
# pattern's tile in each shape it fills; a marker's content at each vertex it
# marks (marker-mid) or at each shape's ends. Nested, each multiplies the next:
# nine levels of ten <use> clones, 2.4 KB, are a billion squares, and eight
# levels of masks, clip paths or markers kept a browser showing the logo (on
# every page, the favicon) for minutes; Chromium shows 10,000 copies of each in
# well under a second. A logo or a chart draws a shape again tens of times.
MAX_SVG_COPIES = 10_000
# CSS reads "URL(" and "\\75 rl(" as "url(" (read after ``_css_unescaped``).
_URL_REF = re.compile(r"url\(\s*['\"]?#([^'\")\s]+)", re.I)
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_PAINTED = frozenset({"path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text"})
_MARKABLE = frozenset({"path", "line", "polyline", "polygon"})
_COLOURS = frozenset({"linearGradient", "radialGradient", "stop"})
# How many times a reference draws what it names, by the property naming it:
# once per painted shape (a fill, a stroke, the markers at each end), once per
# vertex (marker-mid; "marker" sets all three), else once.
_PER_SHAPE = frozenset({"fill", "stroke", "marker-start", "marker-end"})
_PER_VERTEX = frozenset({"marker-mid", "marker"})


def _references(el: ET.Element) -> list[tuple[str, str]]:
    """The (property, id) pairs of the ``url(#id)`` references an element makes,
    as attributes (``mask="url(#m)"``) or in its style attribute, spelt as
    CSS allows ("URL(#m)", "\\75 rl(#m)")."""
    found = []
    for attr, value in el.attrib.items():
        if "\\" in value:
            value = _css_unescaped(value)
        elif "url" not in value.lower():
            continue
        local = attr.rsplit("}", 1)[-1]
        if local == "style":
            for declaration in value.split(";"):
                prop, _, said = declaration.partition(":")
                found += [(prop.strip().lower(), ref) for ref in _URL_REF.findall(said)]
        else:
            found += [(local, ref) for ref in _URL_REF.findall(value)]
    return found


def _copies(root: ET.Element) -> int:
    """How many elements the drawing ``root`` draws again (``MAX_SVG_COPIES``), up
    to just past the limit: each element's counts are worked out once, with a
    stack, not recursion (a drawing nests as deep as it likes), and kept below
    the limit, so that no number grows with the nesting. A reference to an
    element that holds the one naming it, or to no element, draws nothing, as in
    a browser."""
    by_id = {el.get("id"): el for el in root.iter() if el.get("id")}
    cap = MAX_SVG_COPIES + 1

    def named(el: ET.Element) -> list[tuple[str, ET.Element]]:
        refs = [(prop, by_id.get(ref)) for prop, ref in _references(el)]
        href = el.get(_XLINK) or el.get("href") or ""
        # A pattern without shapes of its own draws those of the one it names.
        if _local(el) in ("use", "pattern") and href.startswith("#"):
            refs.append(("use", by_id.get(href[1:])))
        return [(prop, target) for prop, target in refs if target is not None]

    # id(element) -> (elements drawn, painted shapes, vertices a marker may mark)
    counts: dict[int, tuple[int, int, int]] = {}
    refs = {id(el): named(el) for el in root.iter()}
    if not any(refs.values()):
        return 0  # nothing drawn again: most drawings
    copies, stack, open_ = 0, [root], set()
    while stack and copies < cap:
        el = stack[-1]
        parts = [*el, *(target for _, target in refs[id(el)])]
        todo = [p for p in parts if id(p) not in counts and id(p) not in open_]
        if todo and id(el) not in open_:
            open_.add(id(el))
            stack.extend(todo)
            continue
        stack.pop()
        if id(el) in counts:
            continue
        open_.discard(id(el))
        drawn, shapes, vertices = _own_counts(el)
        for child in el:
            d, s, v = counts.get(id(child), (0, 0, 0))
            drawn, shapes, vertices = drawn + d, shapes + s, vertices + v
        for prop, target in refs[id(el)]:
            d, s, v = counts.get(id(target), (0, 0, 0))
            times = shapes if prop in _PER_SHAPE else vertices if prop in _PER_VERTEX else 1
            again = d * max(times, 1)
            copies, drawn = copies + again, drawn + again
            if prop == "use":
                shapes, vertices = shapes + s, vertices + v
        counts[id(el)] = (min(drawn, cap), min(shapes, cap), min(vertices, cap))
    return copies


def _local(el: ET.Element) -> str:
    return el.tag.removeprefix(_SVG_NS) if isinstance(el.tag, str) else ""


def _own_counts(el: ET.Element) -> tuple[int, int, int]:
    """An element itself: 1 drawn (a gradient and its stops none: a colour, drawn
    in no shape of its own), 1 if it is a painted shape, and the vertices a
    marker may mark on it: a pair of numbers each of its points, at most one a
    number of its path ("H1 2 3" is three), two of a line."""
    name = _local(el)
    if name in _COLOURS:
        return 0, 0, 0
    vertices = 0
    if name in _MARKABLE:
        vertices = len(_NUMBER.findall(el.get("d", ""))) if name == "path" else 0
        vertices += len(_NUMBER.findall(el.get("points", ""))) // 2
    return 1, int(name in _PAINTED), max(vertices, 2) if name in _MARKABLE else 0
