"""Safe YAML with line numbers, and without YAML's surprises.

Every content error names a line, so we keep the line of every key and
list item. We also refuse what content files never need and attackers love:
aliases (the "billion laughs" bomb) and implicit timestamps (PyYAML turns
``2026-02-30`` into a crash instead of a message; we parse dates ourselves
and say which field is wrong).
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from .chars import FORBIDDEN_RE, bad_character, forbidden_reference
from .errors import ContentError, Issue, one_line

Path = tuple[Any, ...]


# Content is a few levels deep; PyYAML composes recursively, so ``[[[[...``
# ten thousand deep would end in a RecursionError (a traceback) instead.
MAX_DEPTH = 32
_STANDARD = "tag:yaml.org,2002:"
# Explicit tags we accept: the plain types. Everything else (``!!python/...``,
# ``!!binary``, ``!!set``, ``!custom``) is refused: SafeLoader would not run
# code, but it would silently turn ``!!python/object/apply:os.system [ls]``
# into the list ``["ls"]`` or a value into bytes.
_PLAIN_TAGS = {_STANDARD + t for t in ("str", "int", "float", "bool", "null", "map", "seq")}


def _anchored_text(event) -> bool:
    """Whether ``event`` is text with an anchor, such as ``title: &Co nieuws``.

    Harmless to YAML, but not to a page: that title is silently "nieuws".
    An anchor on a list or mapping is only ever set up for an alias, which
    is refused where it is used.
    """
    return isinstance(event, yaml.events.ScalarEvent) and bool(event.anchor)


class _Loader(yaml.SafeLoader):
    """SafeLoader without aliases, custom tags, deep nesting and implicit dates."""

    _depth = 0

    def compose_node(self, parent, index):  # noqa: D401 - PyYAML hook
        event = self.peek_event()
        if self.check_event(yaml.events.AliasEvent) or _anchored_text(event):
            # Named, with what to do instead: "(*name)" alone left the editor who
            # wrote a keyword list once for both languages to guess.
            name = event.anchor
            what = (
                f"*{name} repeats what &{name} names"
                if isinstance(event, yaml.events.AliasEvent)
                else f"&{name} names this value to repeat it"
            )
            raise yaml.composer.ComposerError(
                None,
                None,
                f"anchors and aliases are not allowed ({what}); write the value out in "
                "full in each place",
                event.start_mark,
            )
        tag = getattr(event, "tag", None)
        if tag not in (None, "!") and tag not in _PLAIN_TAGS:
            shown = tag.replace(_STANDARD, "!!", 1) if tag.startswith(_STANDARD) else tag
            raise yaml.composer.ComposerError(
                None,
                None,
                f'the tag "{shown}" is not allowed; write a plain value',
                event.start_mark,
            )
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise yaml.composer.ComposerError(
                    None, None, f"nested more than {MAX_DEPTH} levels deep", event.start_mark
                )
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


# Dates stay strings: the validators parse them with a clear message.
# Base-60 numbers stay strings too: YAML 1.1 reads `role: 12:30` as the
# integer 750 and `1:30.5` as 90.5, which nobody means and which the browser
# editor (YAML 1.2, where they are text) writes unquoted. These are PyYAML's
# own patterns without their sexagesimal branch.
_INT_PATTERN = re.compile(
    r"""^(?:[-+]?0b[0-1_]+
    |[-+]?0[0-7_]+
    |[-+]?(?:0|[1-9][0-9_]*)
    |[-+]?0x[0-9a-fA-F_]+)$""",
    re.X,
)
_FLOAT = re.compile(
    r"""^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?
    |\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?
    |[-+]?\.(?:inf|Inf|INF)
    |\.(?:nan|NaN|NAN))$""",
    re.X,
)
# Only true and false are booleans, as in YAML 1.2: the browser editor (Decap's
# yaml package, YAML 1.2) writes a title "No", a pull quote "Yes" or a share
# prompt "Off" unquoted, and YAML 1.1 read them as false and true, which the
# editor's writer could not put in quotes; so were `country: NO` (Norway) and
# `lang: no`. A true/false field still takes yes/no/on/off (Fields.boolean).
_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
YAML_11_BOOLEANS = {"yes": True, "no": False, "on": True, "off": False}
_REPLACED = {
    _STANDARD + "int": _INT_PATTERN,
    _STANDARD + "float": _FLOAT,
    _STANDARD + "bool": _BOOL,
}
_Loader.yaml_implicit_resolvers = {
    key: [(tag, _REPLACED.get(tag, rx)) for tag, rx in resolvers if tag != _STANDARD + "timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass
class Located:
    """Parsed YAML data plus the line of every key path."""

    data: Any
    lines: dict[Path, int] = field(default_factory=dict)
    first_line: int = 1
    # Errors that did not stop the parse (a key given twice), for callers
    # that go on checking the rest of the file with ``keep_going``.
    issues: list[Issue] = field(default_factory=list)
    # The source text of every value YAML did not read as text: `lang: no`
    # is the boolean false and `vacancies: [0412]` the octal number 266, so
    # a field that wants text or a word takes what was written from here.
    texts: dict[Path, str] = field(default_factory=dict)
    # Where each unquoted value starts and ends in the parsed text, to find
    # a " #" that YAML took for the start of a comment.
    plain_ends: list[tuple[Path, int, int, int]] = field(default_factory=list, repr=False)
    # Where each key with an empty value ends: `color: #a0522d` is `color:`
    # and a comment. The paths a " #" emptied so are in ``emptied``, so that a
    # field's reader does not call it missing on the same line.
    empty_after: list[tuple[Path, int, int]] = field(default_factory=list, repr=False)
    emptied: set[Path] = field(default_factory=set, repr=False)
    # A list written without its brackets inside braces, `{nl: zorg, patiënt, en:
    # ...}`: YAML reads "zorg" as nl's value and "patiënt" as a field with none.
    # Per path of the field written so (("themes", 0, "keywords", "nl")), every
    # word as written; those fields with no value are said by the field's reader.
    split_by_commas: dict[Path, list[str]] = field(default_factory=dict, repr=False)

    def text(self, *path: Any) -> str | None:
        """The text written for the value at ``path`` if YAML read it as no text."""
        return self.texts.get(tuple(path))

    def line(self, *path: Any) -> int:
        """The line of ``path``, else of its nearest ancestor, else the start."""
        p = tuple(path)
        while p:
            if p in self.lines:
                return self.lines[p]
            p = p[:-1]
        return self.first_line


_FAST = getattr(yaml, "__with_libyaml__", False)
if _FAST:

    class _CLoader(yaml.CSafeLoader):
        """libyaml's parser and composer, with our resolvers (no implicit dates)."""

    _CLoader.yaml_implicit_resolvers = _Loader.yaml_implicit_resolvers


def _fast_node(text: str):
    """The document's node through libyaml, or None when it needs the careful path.

    The pure-Python loader above is the reference: it refuses aliases, tags
    and deep nesting with precise messages. libyaml is many times faster, so
    plain documents (nearly all) take it; anything unusual, including any
    syntax error, falls back to the reference loader for its message.
    """
    scan = _CLoader(text)
    try:
        depth = 0
        while scan.check_event():
            event = scan.get_event()
            if isinstance(event, yaml.events.AliasEvent) or _anchored_text(event):
                return None
            tag = getattr(event, "tag", None)
            if tag not in (None, "!") and tag not in _PLAIN_TAGS:
                return None
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
            if depth >= MAX_DEPTH:
                return None
    except yaml.YAMLError:
        return None
    finally:
        scan.dispose()
    loader = _CLoader(text)
    try:
        return loader.get_single_node()
    except yaml.YAMLError:
        return None
    finally:
        loader.dispose()


def load(text: str, source: str, line_offset: int = 0, keep_going: bool = False) -> Located:
    """Parse ``text``; raise ContentError (one line) on any YAML problem.

    With ``keep_going`` a key given twice is not fatal: its first value is
    kept and the error waits in ``Located.issues``, so a file's other
    mistakes are reported in the same run instead of one per fix.
    """
    refuse_characters(text, source, line_offset)
    node = _fast_node(text) if _FAST else None
    if node is None:
        node = _careful_node(text, source, line_offset)
    located = Located(None, {}, line_offset + 1)
    if node is None:
        return located
    located.first_line = node.start_mark.line + 1 + line_offset
    located.data = _build(node, (), located, line_offset, source)
    for path, line in located.lines.items():
        if path and isinstance(path[-1], str) and _ODD_SPACE_IN.search(path[-1]):
            # It parsed, as a field named "\xa0\xa0given" or "title:\xa0Een".
            _refuse_odd_spaces(text, source, line_offset, upto=line - line_offset)
    _cut_by_a_hash(text, located, source, line_offset)
    if located.issues and not keep_going:
        raise ContentError(located.issues)
    return located


# After an unquoted value, " #" starts a comment that YAML drops without a
# word: `title: Ons team is #1` is the title "Ons team is". A comment is
# written "# like this"; a # followed at once by a word (#1, #trots) is text.
_HASH_WORD = re.compile(r"\s+#\S")
# `color: #a0522d`: the whole value after the colon is a comment.
_ALL_A_HASH = re.compile(r":[ \t]+(#\S.*?)\s*$")


def _cut_by_a_hash(text: str, located: Located, source: str, offset: int) -> None:
    lines = text.split("\n")
    for path, start, line, column in located.plain_ends:
        rest = lines[line][column:] if line < len(lines) else ""
        if not path or not _HASH_WORD.match(rest):
            continue
        quoted = _quoted(lines[line][start:].strip())
        fix = f"{path[-1]}: {quoted}" if isinstance(path[-1], str) else quoted
        name = ".".join(str(part) for part in path)
        located.issues.append(
            Issue(
                source,
                line + 1 + offset,
                f'field "{name}" stops before "{rest.strip()}": after a space, # starts a '
                f"note that is left out; put the whole value in quotes: {fix}",
            )
        )
    for path, line, column in located.empty_after:
        found = _ALL_A_HASH.match(lines[line][column:]) if line < len(lines) else None
        if found is None:
            continue
        located.emptied.add(path)
        name = ".".join(str(part) for part in path)
        located.issues.append(
            Issue(
                source,
                line + 1 + offset,
                f'field "{name}" is empty: in YAML an unquoted "#" starts a comment; put the '
                f"value in quotes, like {path[-1]}: {_quoted(found[1])}",
            )
        )


# A non-breaking or other typographic space (Word, Option+Space on a Mac)
# looks like a space but is none to YAML: after "title:" it makes the line one
# long key and the error lands on the next line; in an indent it makes a field
# named "  given". Inside a value it is only text, and left alone.
_ODD_SPACE = "\u00a0\u2000-\u200a\u202f\u205f\u3000"
_ODD_SPACE_RE = re.compile(
    rf"^(?P<indent>[ \t]*[{_ODD_SPACE}])|^[ \t]*(?:- +)?(?P<key>[^\s:#'\"][^:]*?):[{_ODD_SPACE}]"
)


_ODD_SPACE_IN = re.compile(f"[{_ODD_SPACE}]")


def _refuse_odd_spaces(text: str, source: str, line_offset: int, upto: int) -> None:
    """ContentError for the first odd space that broke a field, up to line ``upto``.

    Called only once the YAML went wrong (or made a field of one): a value
    pasted from Word may hold "Let op:\xa0..." and must stay as it is.
    """
    for number, line in enumerate(text.split("\n")[:upto], start=1):
        found = _ODD_SPACE_RE.match(line)
        if found is None:
            continue
        where = "to indent this line" if found["indent"] else f'after "{found["key"].strip()}:"'
        raise ContentError(
            [
                Issue(
                    source,
                    number + line_offset,
                    f"a non-breaking space is used {where} (a word processor or Option+Space "
                    "types one); type an ordinary space instead",
                )
            ]
        )


def refuse_characters(text: str, source: str, line_offset: int = 0, yaml: bool = True) -> None:
    """ContentError naming the line (and field) of the first character no content may hold.

    PyYAML would raise a ReaderError for most of them (a traceback), and the
    rest would crash a feed writer later on.
    """
    found = FORBIDDEN_RE.search(text)
    if found is None:
        if not yaml and (ref := forbidden_reference(text)):
            # Markdown: the HTML it becomes holds the character itself.
            line = text.count("\n", 0, ref[0].start()) + 1 + line_offset
            raise ContentError([Issue(source, line, f"the text contains {ref[1]}")])
        return
    line = text.count("\n", 0, found.start()) + 1
    what = (_field_at(text, line) if yaml else None) or "the text"
    problem = bad_character(found.group())
    raise ContentError([Issue(source, line + line_offset, f"{what} contains {problem}")])


def _field_at(text: str, line: int) -> str | None:
    """'field "a.b"' for the key on ``line``, if the YAML parses without the bad characters.

    Several keys on one line (``{nl: ..., en: ...}``): their common parent.
    """
    try:
        located = load(FORBIDDEN_RE.sub(" ", text), "")
    except ContentError:
        return None
    paths = [p for p, n in located.lines.items() if n == line and p]
    common = os.path.commonprefix(paths) if paths else ()  # works on tuples too
    if not common:
        return None
    return 'field "' + ".".join(str(k) for k in common) + '"'


def _careful_node(text: str, source: str, line_offset: int):
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        if mark is not None:
            _refuse_odd_spaces(text, source, line_offset, upto=mark.line + 1)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        context, context_mark = getattr(exc, "context", None), getattr(exc, "context_mark", None)
        if context and context_mark and "end of stream" in problem:
            # An unclosed quote or bracket is found only at the end: point at
            # where it was opened, which is the line to fix.
            mark, problem = context_mark, f"{problem} {context}"
        plain = _in_plain_words(exc, text, line_offset)
        if plain is not None:
            mark, message = plain
        else:
            message = f"invalid YAML: {problem}"
        line = mark.line + 1 + line_offset if mark else None
        raise ContentError([Issue(source, line, message)]) from None
    except (ValueError, OverflowError):
        # What PyYAML's scanner raises of its own: chr() of an escape past the last
        # character, "\U00110000" in double quotes (an OverflowError past C's int,
        # "\UFFFFFFFF"); libyaml refuses it as a YAMLError, so it lands here. The
        # reader stands just after its "\U".
        mark = loader.get_mark()
        written = text[mark.index - 2 : mark.index + 8]
        raise ContentError(
            [
                Issue(
                    source,
                    mark.line + 1 + line_offset,
                    f'invalid YAML: the escape "{written}" is no character (the last is '
                    '"\\U0010FFFF"); write the character itself',
                )
            ]
        ) from None
    finally:
        loader.dispose()
    return node


# A line that sets a field: its indent, name and raw value.
_FIELD_LINE = re.compile(
    r"^(?P<indent>[ \t]*)(?:- +)?(?P<key>[^\s:#][^:]*?):(?:[ \t]+(?P<value>.*?))?\s*$"
)
_CURLY = "\u201c\u201d\u201e\u2018\u2019"
# Fields whose value is fields of its own (a story's consent, a vacancy's location
# and salary): "consent: given: 2026-11-01" on one line is no text to quote.
_MAPPING_FIELDS = ("consent", "location", "salary")
# A Dutch elision at the start of a value: 's (des), 't (het), 'n (een), as in
# 's-Hertogenbosch, 's Ochtends, 't Zand.
_ELISION = re.compile(r"^'[stn](?:[\s-]|$)", re.IGNORECASE)
# Parser messages that, on a line "name: value", all come down to a value
# whose first or inner characters mean something to YAML (": ", "[", "@",
# quotes inside quotes): the fix is the same each time, quote the value.
_NEEDS_QUOTES = (
    "mapping values are not allowed here",
    "cannot start any token",
    "expected alphabetic or numeric character",
    "expected <block end>, but found",
    "sequence entries are not allowed here",
    "mapping keys are not allowed here",
    "expected a comment or a line break",
    "is not allowed; write a plain value",  # a tag: `title: !Belangrijk nieuws`
    "anchors and aliases",  # `title: *Nieuw* bij ons`
)


def _quoted(value: str) -> str:
    """``value`` in the quotes that hold it as written.

    Quotes a writer already put around the whole value (straight, or Word's
    curly ones) are dropped first: they were meant as quotes, not as text.
    """
    inner = value
    straight = inner[:1] == inner[-1:] and inner[:1] in ("'", '"')
    curly = inner[:1] in _CURLY and inner[-1:] in _CURLY
    if len(inner) >= 2 and (straight or curly):
        inner = inner[1:-1]
    return _in_quotes(inner)


def _in_quotes(text: str) -> str:
    """``text`` as a quoted YAML value that reads back as ``text``."""
    if '"' in text and "'" not in text:
        return f"'{text}'"
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def example_value(key: str, text: str) -> str:
    """``text`` to write after ``key:`` in an example: plain where ``key: text``
    reads back as that text, in quotes where it would not (a colon, a date, a
    leading ``[``)."""
    try:
        read = yaml.safe_load(f"{key}: {text}")
    except Exception:  # noqa: BLE001 - a probe: "2026-02-30" raised ValueError in PyYAML
        read = None
    return text if isinstance(read, dict) and read.get(key) == text else _in_quotes(text)


def _in_plain_words(exc: yaml.YAMLError, text: str, line_offset: int = 0):
    """(mark, message) saying what a writer did wrong and how to write it, or None.

    PyYAML's messages ("mapping values are not allowed here", "could not find
    expected ':'") describe its parser, not the file; the people who write
    stories are not programmers. The common mistakes are recognised from the
    message and the line it is on; anything else keeps PyYAML's words.
    """
    problem = str(getattr(exc, "problem", None) or "")
    mark = getattr(exc, "problem_mark", None)
    context_mark = getattr(exc, "context_mark", None)
    lines = text.split("\n")

    def line_at(m) -> str:
        return lines[m.line] if m is not None and m.line < len(lines) else ""

    if "found character '\\t'" in problem and mark is not None:
        # The example is the writer's own line, spaced: a fixed one about
        # "consent:" made no sense in themes.yml or a vacancy file.
        line = line_at(mark)
        body = line.lstrip(" \t")
        indent = line[: len(line) - len(body)].replace("\t", "  ")
        return mark, (
            "this line is indented with a tab; indent with spaces instead "
            f'(two spaces a level: "{indent}{body.rstrip()}")'
        )
    if "could not find expected ':'" in problem and context_mark is not None:
        # The line that lacks "name: value" is where the key scan began; the
        # problem mark is only where YAML gave up (a line further down).
        return context_mark, _not_a_field(line_at(context_mark).strip())
    no_colon = _line_without_colon(lines, mark) if "mapping values" in problem else None
    if no_colon is not None:
        return no_colon, _not_a_field(line_at(no_colon).strip())
    unclosed = "while scanning a quoted scalar" in str(getattr(exc, "context", ""))
    if unclosed and context_mark is not None:
        quote = line_at(context_mark)[context_mark.column : context_mark.column + 1]
        before, rest = (
            line_at(context_mark)[: context_mark.column],
            line_at(context_mark)[context_mark.column :].rstrip(),
        )
        if before.count("{") + before.count("[") > before.count("}") + before.count("]"):
            rest = re.split(r"[,}\]]", rest, maxsplit=1)[
                0
            ].rstrip()  # {city: 's-Hertogenbosch, ...}
        named = re.search(r"([^\s{\[,:][^{\[,:]*?):\s*$", before)
        if quote == "'" and named and _ELISION.match(rest) and '"' not in rest:
            # "'s-Hertogenbosch", "'s Ochtends": the apostrophe is the text's,
            # and closing it as told ('s Ochtends') lost it ("s Ochtends").
            return context_mark, (
                f"the value starts with ', which opens quoted text that is never closed; the "
                f"' is part of the text, so put the whole value in double quotes: "
                f'{named[1].strip().lstrip("- ")}: "{rest}"'
            )
        return context_mark, (
            f"the quote {quote} that opens this value is never closed; end the value with {quote}"
        )
    if "expected '<document start>'" in problem and mark is not None:
        # A "%YAML 1.1" or "%TAG" line (a directive) wants a "---" after it,
        # which a story's front matter has before it: PyYAML said "expected
        # '<document start>', but found '<scalar>'", on the line after.
        directive = next(
            (i for i in range(min(mark.line, len(lines) - 1), -1, -1)
             if lines[i].startswith("%")),
            None,
        )  # fmt: skip
        if directive is not None:
            text_of = one_line(lines[directive].strip())[:60]
            return mark.__class__(mark.name, 0, directive, 0, None, None), (
                f'the line "{text_of}" is no field (a line starting with % is a directive '
                "to YAML programs, which this file cannot hold); remove it"
            )
    if "expected ',' or ']'" in problem and context_mark is not None:
        return context_mark, "the list opened with [ on this line is not closed; end it with ]"
    if "expected ',' or '}', but got ':'" in problem and mark is not None:
        # `{nl: IC: waar elke minuut telt., en: ...}`: the { is closed; the value's
        # own ": " ended it, as a comma would, and YAML found a second colon.
        colon = _colon_in_braces(line_at(mark), mark.column)
        if colon is not None:
            return mark, colon
    if "expected ',' or '}'" in problem and context_mark is not None:
        return context_mark, "the { on this line is not closed; end it with }"
    if any(needle in problem for needle in _NEEDS_QUOTES) and mark is not None:
        found = _FIELD_LINE.match(line_at(mark))
        if found and found["value"]:
            key, value = found["key"].strip(), found["value"]
            if ("tag" in problem and value.startswith("!!")) or (
                "aliases" in problem and not _text_taken_for_alias(value)
            ):
                # `!!python/...` or `x: *a` is no writer's slip: keep the exact refusal.
                return None
            if found["indent"] and "mapping values" in problem and ": " not in value:
                return mark, _indented_more(key)
            misaligned = _misaligned(lines, mark.line, found, key, value, line_offset)
            if misaligned is not None:
                return mark, misaligned
            inner = re.match(r"([\w-]+): +(\S.*)$", value)
            if key in _MAPPING_FIELDS and inner:
                # Quoted as told, "consent: 'given: 2026-11-01'" was text where fields
                # belong: the next check refused it, and the writer was lost.
                return mark, (
                    f'"{key}" takes fields, not text: write them in braces, '
                    f"{key}: {{{inner[1]}: {inner[2]}}}, or each on a line of its own under "
                    f'"{key}:", indented two spaces'
                )
            return mark, (
                f'the value of "{key}" holds characters with a special meaning '
                f"({_why(value)}); put the whole value in quotes: "
                f"{key}: {_quoted(value)}"
            )
    return None


def _indented_more(key: str) -> str:
    return (
        f'"{key}" is indented more than the field above it, which takes no fields under '
        "it; start the line where the other fields start"
    )


def _misaligned(
    lines: list[str], at: int, found: re.Match, key: str, value: str, line_offset: int
) -> str | None:
    """The message for the field on line ``at`` whose value reads fine on a line
    of its own, so that its indent, not its value, is wrong; or None.

    A theme's `name: {nl: ..., en: ...}` two spaces short of its other fields
    was told to put its value in quotes, which made the name that text.
    ``line_offset``: the file's line of the text's first, less one."""
    try:
        yaml.load(f"{key}: {value}", Loader=_Loader)
    except yaml.YAMLError:
        return None  # the value itself: quoting it is the fix
    before = ((n, _FIELD_LINE.match(lines[n])) for n in range(at - 1, -1, -1))
    n, above = next(((n, m) for n, m in before if m is not None), (0, None))
    if above is None:
        return None
    column, own = above.start("key"), found.start("key")
    if own > column and above["value"]:
        return _indented_more(key)
    if own < column:
        where = f'"{above["key"].strip()}" above it (line {n + 1 + line_offset})'
        return f'"{key}" is indented less than {where}; start the line where the other fields start'
    return None


def _colon_in_braces(line: str, column: int) -> str | None:
    """What to write for an unquoted value in ``{...}`` that holds ": " (the second
    colon at ``column``), or None when the line does not read so."""
    key = re.search(r"([\w-]+):\s+([^,{}\[\]:]*)$", line[:column])
    if key is None:
        return None
    # The value runs on to the next field in the braces (`, en: `) or their end.
    rest = re.match(r"(.*?)\s*(?:,\s*[\w-]+:\s|\}|$)", line[column:])
    value = (key[2] + (rest[1] if rest else "")).strip()
    field = _FIELD_LINE.match(line)
    outer = f' of "{field["key"].strip()}"' if field and field["key"].strip() != key[1] else ""
    return (
        f'the value of "{key[1]}"{outer} holds a colon and a space (": "), which inside '
        f"{{...}} ends a value; put the whole value in quotes: {key[1]}: {_quoted(value)}"
    )


def _not_a_field(bad: str) -> str:
    """What is wrong with ``bad``, a line that should set a field and does not."""
    squeezed = re.match(r"^([\w-]+):(\S.*)$", bad)
    if squeezed:
        return f'put a space after the colon: "{squeezed[1]}: {squeezed[2]}", not "{bad}"'
    return (
        f'"{bad}" is not a field; write each field as name, colon, space, value '
        "(title: My story), and keep a field's value on its own line"
    )


def _line_without_colon(lines: list[str], mark):
    """The mark of the line above ``mark``'s when that line lacks its colon: the
    first line "title Mijn nacht" YAML reads on into "date: 2026-11-02" below it,
    which it then refuses ("mapping values are not allowed here"); told to quote
    the date, the writer changed the wrong line. None when it is not so."""
    if mark is None or not 0 < mark.line < len(lines):
        return None
    above, here = lines[mark.line - 1], lines[mark.line]
    indent = len(here) - len(here.lstrip(" "))
    text = above.strip()
    if not text or ":" in text or text.startswith(("#", "-", "---")):
        return None
    if len(above) - len(above.lstrip(" ")) != indent:
        return None  # a value's continuation, indented under its field
    return yaml.Mark(mark.name, 0, mark.line - 1, indent, None, None)


def _text_taken_for_alias(value: str) -> bool:
    """Whether a value refused for its anchor or alias reads as text a writer meant.

    ``*Nieuw* bij ons`` or ``&Co nieuws`` are text; ``*a`` alone, or ``&b [*a, *a]``
    (an anchored list), are YAML's own aliases and keep their plain refusal.
    """
    if value.startswith("*"):
        return " " in value or value.count("*") > 1
    if value.startswith("&"):
        # ``&c "#1f5fbf"``: a quoted value after the name is YAML's anchor too.
        rest = value.split(None, 1)[1:]
        return not rest or rest[0][:1] not in "[{'\""
    return False


def _why(value: str) -> str:
    """The special characters in ``value``, named for a writer."""
    if ": " in value:
        return 'a colon and a space, ": "'
    first = value[:1]
    closing = {'"': '"', "'": "'", "[": "]", "{": "}"}.get(first)
    if closing in ('"', "'") and value.count(first) > 2:
        return "quotes inside quotes"
    if closing:
        return f"text after the closing {closing}"
    return f'"{first}" at the start'


_STR = _STANDARD + "str"
_INT = _STANDARD + "int"
_BOOL = _STANDARD + "bool"
_FLOAT = _STANDARD + "float"
_CONSTRUCTOR = yaml.constructor.SafeConstructor()


def _construct(node) -> Any:
    # PyYAML's own constructors take an explicit tag's value on trust: "!!bool
    # maybe" was a KeyError and "!!int" or "!!float" with no digits (nothing,
    # or a sign alone) an IndexError, each a traceback. Refused here as values
    # that are no such thing (ValueError).
    if node.tag == _BOOL and node.value.lower() not in _CONSTRUCTOR.bool_values:
        raise ValueError(
            f'"{one_line(node.value)}" is not true or false; write true or false, or put text '
            "in quotes"
        )
    if node.tag in (_INT, _FLOAT) and node.value.replace("_", "") in ("", "+", "-"):
        raise ValueError("no digits")  # said as what is written, by the caller
    # A fresh constructor per scalar: it keeps state (constructed objects)
    # that must not leak between documents. Text, the common case, needs none.
    value = yaml.constructor.SafeConstructor().construct_object(node, deep=True)
    if type(value) is int:
        # Hex, octal and binary numbers convert without Python's digit limit,
        # but every message that shows the value (str) then hits it: a
        # traceback from a field's check, far from the file. Fail here instead.
        str(value)
    return value


def _starts_again(node: MappingNode, path: Path, key: str, out: dict) -> bool:
    """Whether ``key``, given twice in list item ``node``, is the field the item
    starts with: then the lines from it on are the next item, its "- " left out
    (a second theme's "    slug: balance"), and its other fields are not said
    again one by one."""
    return (
        bool(path)
        and isinstance(path[-1], int)
        and not node.flow_style
        and next(iter(out), None) == key
    )


def _given_twice(
    path: Path, key: str, at: tuple[int, int], source: str, restart: bool, value: str
) -> Issue:
    """A field given twice, named by its whole path (consent.given, not given) and
    both lines ``at``: YAML would silently keep the second one. One that starts a
    list's item again (``restart``, with its ``value``) is its next item: 'keep
    one' deleted a theme's fields."""
    first, line = at
    name = ".".join(str(part) for part in (*path, key))
    where = f"both on line {first}" if first == line else f"lines {first} and {line}"
    if restart and len(path) > 1:
        return Issue(source, line, f'field "{name}" is given twice ({where}), the field an '
                     f'item of "{path[-2]}" starts with: a new item starts with "- ", like '
                     f"- {key}: {one_line(value)[:60] or '...'}")  # fmt: skip
    return Issue(source, line, f'field "{name}" is given twice ({where}); keep one')


def _build(node, path: Path, located: Located, offset: int, source: str) -> Any:
    lines = located.lines
    if isinstance(node, MappingNode):
        out: dict[str, Any] = {}
        words: list[str] | None = None  # the field before, while its value reads as a list's
        restarted = False  # an item's first field again: a next item without its "- "
        for key_node, value_node in node.value:
            line = key_node.start_mark.line + 1 + offset
            if not isinstance(key_node, ScalarNode):
                raise ContentError([Issue(source, line, "invalid YAML: a key must be plain text")])
            key = str(key_node.value)
            bare = isinstance(value_node, ScalarNode) and not value_node.style
            if node.flow_style and words is not None and bare and not value_node.value:
                words.append(key)  # a word after a comma: no field of its own
                if key in out:
                    continue  # the same word in two languages' lists is no field given twice
            else:
                words = (
                    [value_node.value] if node.flow_style and bare and value_node.value else None
                )
                if words is not None:
                    located.split_by_commas[path + (key,)] = words
            if key in out:
                if not restarted:
                    restarted = _starts_again(node, path, key, out)
                    first = lines[path + (key,)]
                    again = (
                        value_node.value if restarted and isinstance(value_node, ScalarNode) else ""
                    )
                    located.issues.append(
                        _given_twice(path, key, (first, line), source, restarted, again)
                    )
                continue
            lines[path + (key,)] = line
            if isinstance(value_node, ScalarNode) and not value_node.style and not value_node.value:
                located.empty_after.append(
                    (path + (key,), key_node.end_mark.line, key_node.end_mark.column)
                )
            out[key] = _build(value_node, path + (key,), located, offset, source)
        return out
    if isinstance(node, SequenceNode):
        items = []
        for i, item in enumerate(node.value):
            lines[path + (i,)] = item.start_mark.line + 1 + offset
            items.append(_build(item, path + (i,), located, offset, source))
        return items
    if not node.style and (node.tag != _STR or node.value.lower() in YAML_11_BOOLEANS):
        # As typed: `0412`, not 266; and a plain yes/no/on/off, which a true/false
        # field takes as YAML 1.1 did ("yes" in quotes is text there).
        located.texts[path] = node.value
    if not node.style and node.value:
        located.plain_ends.append(
            (path, node.start_mark.column, node.end_mark.line, node.end_mark.column)
        )
    try:
        return _CONSTRUCTOR.construct_scalar(node) if node.tag == _STR else _construct(node)
    except (yaml.YAMLError, ValueError, OverflowError) as exc:
        line = node.start_mark.line + 1 + offset
        # A MarkedYAMLError's str() spans several lines (it quotes the
        # source); an error is one line, so keep only the problem.
        problem = getattr(exc, "problem", None) or (str(exc).splitlines() or ["?"])[0]
        if isinstance(exc, ValueError) and node.tag == _INT:
            # Python converts no longer number; its own message told a writer to
            # call "sys.set_int_max_str_digits() to increase the limit". A value
            # tagged !!int that is no number at all ("!!int 0x") fails here too.
            limit = sys.get_int_max_str_digits()
            if len(node.value) > limit:
                problem = (
                    f"a number of {len(node.value):,} characters, more than the "
                    f"{limit:,} digits a number may have; if it is text, put it in quotes"
                )
            elif _INT_PATTERN.match(node.value):  # 0x, 0o or 0b: shorter, yet as large
                problem = (
                    f"a number of {len(node.value):,} characters, larger than the "
                    f"{limit:,} decimal digits a number may have; if it is text, put it "
                    "in quotes"
                )
            else:
                problem = f'"{node.value}" is not a whole number; if it is text, put it in quotes'
        elif isinstance(exc, ValueError) and node.tag == _FLOAT:
            # Python's "could not convert string to float: 'x'" named no fix.
            problem = f'"{node.value}" is not a number; if it is text, put it in quotes'
        raise ContentError([Issue(source, line, f"invalid value: {problem}")]) from None
