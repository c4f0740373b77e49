"""Markdown that Python-Markdown would take minutes to read, found in one pass first.

Python-Markdown reads some shapes in quadratic time (upstream issue
Python-Markdown/markdown#798, open): every ``[`` scans ahead, character by
character, for its ``]`` (``LinkInlineProcessor.getText``), so a paragraph of
20,000 ``[`` (20 KB, under the story size limit) kept ``podium build`` busy
for minutes; every ``<`` likewise scans for its ``>`` (``<http://`` x 8,000:
15 s), and the n-th reference to the same footnote searches past the n-1
before it for an unused id (1,000 ``[^1]``: 2 s). Text a person writes has
its brackets closed within a few words, so the scans are short and these
costs stay in the thousands; the limits are far above that and far below a
noticeable wait.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

# Characters scanned by the inline patterns, summed over a text (about a
# second of Python-Markdown at 4 million); a story with a link in every
# sentence is in the tens of thousands.
MAX_SCAN = 2_000_000
# Sum over footnotes of refs * (refs - 1) / 2 (each further reference to the
# same footnote loops over the ids already used): 1,000 references to one
# footnote are 500,000 (2 s); ten references each to fifty footnotes are 2,250.
MAX_FOOTNOTE_LOOPS = 20_000
# References to defined footnotes, in all: Python-Markdown numbers each one by
# listing every footnote defined (``list(footnotes.keys()).index(id)``), so a
# story of n footnotes each referred to once costs n * n. 46,000 (a 990 KB
# story) kept podium build busy past a 10-minute timeout; 5,000 take seconds.
MAX_FOOTNOTE_REFS = 2_000
# Abbreviation definitions ("*[HTML]: HyperText Markup Language"): written one
# under the other, Python-Markdown takes them off their block one at a time and
# searches the rest again, so n of them cost n * n: 4,000 (67 KB) took 25 s.
MAX_ABBREVIATIONS = 500
# Lines re-read when Python-Markdown takes one-line blocks (a heading, a rule,
# a setext underline, a footnote or a definition) off a run of lines one at a
# time: each time, the rest goes back and every block processor tests it
# again, the tables one by splitting and stripping all its lines. 12,000 "x" /
# "===" pairs one under the other (72 KB) took 57 s, 12,000 "***" 21 s; a story
# with a blank line around its headings re-reads a handful. Two million is about a second.
MAX_RESCAN = 2_000_000

# Inline marks times the length of the paragraph they are in, summed: each
# link, escape, code span, tag or emphasis Python-Markdown finds is put back
# into its paragraph's text by copying all of it ("{}{}{}".format in
# treeprocessors), so n of them in a paragraph of m characters cost n * m.
# 25,000 links with an escaped backslash on one line (300 KB) took 31 s,
# 100,000 "\[" (200 KB) 55 s; five billion is one to seven seconds, by the
# kind of mark, and a long paragraph with a link in every sentence is in the
# tens of millions. Line breaks (two spaces, or a tab, at a line's end; a
# backslash there is counted as "\"), "~~" and the uses of a defined
# abbreviation are copied the same way (the abbreviations' tree step cuts the
# text before each use and inserts it first): "a  \n" x 225,000 (900 KB, one
# paragraph) kept podium build busy past two minutes, and through the renderer
# alone on a busy two-core machine 11,180 breaks (45 KB, half a billion) took
# 0.7 s, 35,000 (140 KB, 4.9 billion) 4.9 s, 20,000 / 40,000 "~~a~~" 0.8 / 3.1
# s, 40,000 / 80,000 / 160,000 uses of one abbreviation 1.8 / 9 / 17 s.
MAX_INLINE_COPY = 5_000_000_000
_INLINE_MARKS = "[\\`<&*_"
_INLINE_RUNS = ("  \n", "\t\n", "~~")
# Blocks (paragraphs, headings, list items, quotes: text between blank lines)
# in one text. Python-Markdown keeps the blocks still to read in a list and
# takes each off its front, which moves all the rest (BlockParser.parseBlocks,
# list.pop(0) and insert(0)): 100,000 one-word paragraphs (700 KB) took 25 s,
# 20,000 two to four seconds, most of it the reading itself. A long story has a few
# hundred.
MAX_BLOCKS = 20_000
# Elements open in the HTML written in a text, summed over each tag and block
# read while they are: the sanitiser (nh3, html5ever) looks through the open
# elements for each tag and paragraph, and sets each open <b>, <em>, ... anew in
# every paragraph. 10,000 "<b title=...>" left open, each in a paragraph of its
# own (180 KB), took 11 s; 30,000 "<div>" 8 s. A story that leaves a wrapper
# <div> open around 20,000 blocks is twenty thousand.
MAX_OPEN_ELEMENTS = 10_000_000
# Characters read again for quotes in quotes: Python-Markdown takes one ">" off
# every line of a quote and reads what is left again, as deep as the quotes go
# (until Python's recursion limit nears, a few hundred deep), so a paragraph
# of ">" x 1,000,000 (1 MB) took 33 s, 1 MB of lines 100 deep 10 s. Depth
# times length, per paragraph; a long story quoting a quote in a quote is
# in the tens of thousands.
MAX_QUOTE_SCAN = 20_000_000
QUOTE_DEPTH_READ = 300  # the deepest Python-Markdown goes (about 297 from a fresh stack)
# Table cells and list items in one text: Python-Markdown runs every inline
# pattern on each one's text, one by one, which costs about as much as a
# paragraph: 50,000 table rows of two cells (500 KB) took 23 s, 100,000 list
# items (700 KB) 23 s, 20,000 items 5 s (on a busy machine). A long story has
# hundreds.
MAX_CELLS = 20_000
# Characters the fenced-code search reads for fences never closed: Python-Markdown
# looks for a fence's closing line with one regular expression over the whole
# text, so each opening line (```python, ~~~) without one is read to the end of
# the story: 2,000 of them above 600 KB of text took 25 s. A story with one fence
# left open near its top is a million; twenty million is under a second.
MAX_OPEN_FENCE_SCAN = 20_000_000
# Blocks walked to put a table of contents at each "[TOC]" (the toc extension
# looks the marker up among all the blocks beside it, one by one): 40,000
# "[TOC]" paragraphs took 35 s. Summed over markers, by the line each is on.
MAX_TOC_SCAN = 20_000_000

_FENCE = re.compile(r"^\s*(```|~~~)")
_DEFINITION = re.compile(r"^[ ]{0,3}\[[^\]\n]*\]:.*$", re.M)
_FOOTNOTE_REF = re.compile(r"\[\^([^\]\s]+)\]")
_FOOTNOTE_DEF = re.compile(r"^[ ]{0,3}\[\^([^\]]*)\]:", re.M)
_ABBREVIATION = re.compile(r"^[*]\[([^\]]*)\][ ]?:", re.M)
# A tag written in the text (not \<, the character itself), and a code span,
# whose tags are text. WRITTEN_TAG and VOID_ELEMENTS are also the story renderer's
# (podium_read.body, finding HTML left open).
WRITTEN_TAG = re.compile(r"(?<!\\)<(/?)([A-Za-z][A-Za-z0-9-]*)(?=[\s/>])[^>]*>")
_CODE_SPAN = re.compile(r"(`+)[^`\n].*?\1")
# Elements that are never open (void), and those closed by the next of their kind.
VOID_ELEMENTS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta",
     "param", "source", "track", "wbr"}
)  # fmt: skip
_SIBLINGS = frozenset(
    {"p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rp"}
)
# A table's delimiter row (its second line) and a list item.
_DELIMITER_ROW = re.compile(r"^[ ]{0,3}\|?[ ]*:?-+:?[ ]*(\|[ ]*:?-+:?[ ]*)*\|?[ ]*$")
_LIST_ITEM = re.compile(r"^(?:[ ]{0,3}>[ ]?)*+[ \t]*(?:[-*+]|\d+[.)])(?:[ \t]|$)", re.M)
# An opening fence as Python-Markdown's FencedBlockPreprocessor finds one (at the
# very start of a line), and a line that closes the fence it names.
_FENCE_OPENING = re.compile(r"^(~{3,}|`{3,})", re.M)
_FENCE_CLOSING = re.compile(r"^(~{3,}|`{3,})[ ]*$", re.M)
# A block whose only text is the table of contents marker, in a quote, list or heading.
_TOC_MARKER = re.compile(r"^[ \t>*+#\d.-]*\[TOC\][ \t#]*$", re.M)
# A line Python-Markdown may take off its run of lines as a block of its own
# (after any "> " of a quote, whose lines are read again as blocks).
_QUOTED = re.compile(r"^(?:[ ]{0,3}>[ ]?)*")
_ONE_LINE_BLOCK = re.compile(
    r"[ ]{0,3}(?:#"  # ATX heading
    r"|([-*_])(?:[ ]*\1){2,}[ ]*$"  # rule
    r"|(?:=+|-+)[ ]*$"  # setext underline
    r"|\[\^[^\]]*\]:"  # footnote definition
    r"|:[ ])"  # definition
)


@dataclass(frozen=True)
class Costly:
    line: int  # 0-based line in the text where the worst paragraph starts
    message: str


def _paragraphs(text: str) -> list[tuple[int, str]]:
    """(first line, text) of each run of non-blank lines outside code fences:
    inline patterns run per paragraph, and fenced code is set aside before them."""
    out: list[tuple[int, str]] = []
    lines: list[str] = []
    start = 0
    in_fence = False
    for i, line in enumerate(text.split("\n")):
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence or not line.strip():
            if lines:
                out.append((start, "\n".join(lines)))
                lines = []
            continue
        if not lines:
            start = i
        lines.append(line)
    if lines:
        out.append((start, "\n".join(lines)))
    return out


def _scan(paragraph: str) -> tuple[int, int, int, int, int]:
    """Characters the ``[``, ``<`` and link address scans of one paragraph
    read, how many ``[``, ``<`` and ``](`` are left open, and how deep ``[``
    nest (for the message). A link's address, from its ``](``, is read up to
    its ``)``: to the end of the paragraph where it has none."""
    cost = depth = 0
    brackets: list[int] = []
    angles: list[int] = []
    parens: list[int] = []
    escaped = False
    for i, c in enumerate(paragraph):
        if escaped:  # \[ and \< are the characters themselves: nothing scans for them
            escaped = False
        elif c == "\\":
            escaped = True
        elif c == "[":
            brackets.append(i)
            depth = max(depth, len(brackets))
        elif c == "]" and brackets:
            cost += i - brackets.pop()
        elif c == "<":
            angles.append(i)
        elif c == ">" and angles:
            cost += sum(i - a for a in angles)
            angles.clear()
        elif c == "(" and i and paragraph[i - 1] == "]":
            parens.append(i)
        elif c == ")" and parens:
            cost += i - parens.pop()
    end = len(paragraph)
    cost += sum(end - b for b in brackets) + sum(end - a for a in angles)
    cost += sum(end - p for p in parens)
    return cost, len(brackets), len(angles), len(parens), depth


def _rescan(paragraph: str) -> tuple[int, int]:
    """Lines re-read as one-line blocks are taken off a run of lines, and how
    many such blocks the run has."""
    lines = paragraph.split("\n")
    cost = blocks = 0
    for i, line in enumerate(lines):
        if _ONE_LINE_BLOCK.match(line, _QUOTED.match(line).end()):
            blocks += 1
            cost += len(lines) - i
    return cost, blocks


def _blocks(text: str) -> tuple[int, int]:
    """Blocks the block parser reads: runs of lines between blank lines (also
    in a quote, whose lines are read again as blocks of their own) and fenced
    code blocks; and the line of the first block past ``MAX_BLOCKS``."""
    count = line_past = 0
    follows = in_fence = False  # follows: the line before is in a block
    for i, line in enumerate(text.split("\n")):
        fence = _FENCE.match(line)
        if fence or not in_fence and not follows and line[_QUOTED.match(line).end() :].strip():
            if not in_fence:
                count += 1
                if count == MAX_BLOCKS + 1:
                    line_past = i
            in_fence = in_fence != bool(fence)
            follows = not fence
        elif not in_fence:
            follows = bool(line[_QUOTED.match(line).end() :].strip())
    return count, line_past


def _open_elements(paragraphs: list[tuple[int, str]]) -> tuple[int, int, int, str]:
    """The open elements looked through, the most open at once, and the line and
    name of the first element open at that moment."""
    cost = most = first_line = 0
    first_name = ""
    stack: list[tuple[str, int]] = []
    names: Counter[str] = Counter()

    def close(name: str) -> None:
        while stack:
            top, _ = stack.pop()
            names[top] -= 1
            if top == name:
                return

    for start, paragraph in paragraphs:
        cost += len(stack)
        if "<" not in paragraph:
            continue
        for offset, line in enumerate(paragraph.split("\n")):
            if "<" not in line:
                continue
            for m in WRITTEN_TAG.finditer(_CODE_SPAN.sub("", line) if "`" in line else line):
                name = m.group(2).lower()
                if m.group(1):
                    if names[name]:
                        close(name)
                    continue
                if name in VOID_ELEMENTS:
                    continue
                if name in _SIBLINGS and names[name]:
                    close(name)
                cost += len(stack)
                stack.append((name, start + offset))
                names[name] += 1
                if len(stack) > most:
                    most = len(stack)
                    first_name, first_line = stack[0]
    return cost, most, first_line, first_name


def _row_cells(row: str) -> int:
    row = row.strip()
    row = row[1:] if row.startswith("|") else row
    row = row[:-1] if row.endswith("|") and not row.endswith("\\|") else row
    return row.count("|") - row.count("\\|") + 1


def _cells(paragraphs: list[tuple[int, str]]) -> tuple[int, int]:
    """Table cells and list items, and the line of the first past ``MAX_CELLS``."""
    count = line_past = 0
    for start, paragraph in paragraphs:
        rows = paragraph.split("\n")
        if len(rows) > 1 and "|" in rows[0] and _DELIMITER_ROW.match(rows[1]):
            counts = [_row_cells(row) for row in rows]
            counts[1] = 0  # the delimiter row
        else:
            counts = [1 if _LIST_ITEM.match(row) else 0 for row in rows]
        for offset, n in enumerate(counts):
            count += n
            if n and not line_past and count > MAX_CELLS:
                line_past = start + offset
    return count, line_past


def _footnote_refs(text: str) -> list[re.Match[str]]:
    """Footnote references: every "[^label]" but a definition's, at the start of a
    line. One followed by ":" further on the line is a reference too, and counts
    as one ("x [^1]: y [^1]: y ...", 2,500 in the note itself, took 20 s)."""
    refs = []
    for m in _FOOTNOTE_REF.finditer(text):
        if text.startswith(":", m.end()):
            start = m.start()  # back over at most three spaces, to a line's start
            while start > 0 and text[start - 1] == " " and m.start() - start < 4:
                start -= 1
            if m.start() - start <= 3 and (start == 0 or text[start - 1] == "\n"):
                continue  # a definition
        refs.append(m)
    return refs


def _open_fences(text: str) -> tuple[int, int, int]:
    """Characters the fenced-code search reads past fences that are never
    closed, how many there are, and the line of the first."""
    last_close: dict[str, int] = {}
    for m in _FENCE_CLOSING.finditer(text):
        last_close[m.group(1)] = m.start()
    cost = count = 0
    first = -1
    for m in _FENCE_OPENING.finditer(text):
        if last_close.get(m.group(1), -1) <= m.start():
            cost += len(text) - m.start()
            count += 1
            if first < 0:
                first = m.start()
    return cost, count, text[:first].count("\n") if count else 0


def _toc_markers(text: str) -> tuple[int, int, int]:
    """Blocks walked to replace each "[TOC]", how many there are, and the line of the first."""
    cost = count = 0
    first = line = pos = 0
    for m in _TOC_MARKER.finditer(text):
        line += text.count("\n", pos, m.start())
        pos = m.start()
        cost += line
        if not count:
            first = line
        count += 1
    return cost, count, first


def costly_markdown(text: str) -> Costly | None:
    """Why ``text`` would take Python-Markdown too long, or None.

    Each check counts one way Markdown's time grows faster than the text, in
    one pass, and the first that finds too much is said; the three that read
    the whole text come before the paragraphs are split."""
    found = _open_fence_cost(text) or _block_cost(text) or _toc_cost(text)
    if found is not None:
        return found
    paragraphs = _paragraphs(text)
    return (
        _bracket_cost(paragraphs)
        or _quote_cost(paragraphs)
        or _open_element_cost(text, paragraphs)
        or _cell_cost(paragraphs)
        or _inline_copy_cost(text, paragraphs)
        or _footnote_cost(text)
        or _rescan_cost(paragraphs)
    )


def _open_fence_cost(text: str) -> Costly | None:
    """Code fences never closed, each read to the end of the text."""
    if "~~~" in text or "```" in text:
        cost, count, line = _open_fences(text)
        if cost > MAX_OPEN_FENCE_SCAN:
            return Costly(
                line,
                f"the Markdown from here has {count:,} code fences (``` or ~~~ lines) that are "
                "never closed; Markdown reads the rest of the text for each one's closing line "
                "(2,000 took 25 s): close each with a line of the same ``` or ~~~",
            )
    return None


def _block_cost(text: str) -> Costly | None:
    """More blocks than Markdown reads in time."""
    blocks, line = _blocks(text)
    if blocks > MAX_BLOCKS:
        return Costly(
            line,
            f"the Markdown has {blocks:,} blocks (paragraphs, headings, list items, quotes or "
            f"code blocks between blank lines), at most {MAX_BLOCKS:,} may be, and this is the "
            "first past them; Markdown reads blocks in a time growing with the square of their "
            "number (100,000 took 25 s): join short paragraphs, or split the story",
        )
    return None


def _toc_cost(text: str) -> Costly | None:
    """Lines of "[TOC]", each looked up among the blocks beside it."""
    if "[TOC]" in text:
        cost, count, line = _toc_markers(text)
        if cost > MAX_TOC_SCAN:
            return Costly(
                line,
                f'the Markdown from here has {count:,} "[TOC]" lines; Markdown looks each up '
                "among all the blocks beside it to put a table of contents there (40,000 took "
                '35 s): write "[TOC]" once at most',
            )
    return None


def _bracket_cost(paragraphs: list[tuple[int, str]]) -> Costly | None:
    """ "[", "<" and "](" left open, or "[" nested deep, in one paragraph."""
    total = 0
    # cost, line, open "[", open "<", open "](", depth of "["
    worst: tuple[int, int, int, int, int, int] | None = None
    for line, paragraph in paragraphs:
        cost, brackets, angles, parens, depth = _scan(paragraph)
        total += cost
        if worst is None or cost > worst[0]:
            worst = (cost, line, brackets, angles, parens, depth)
    if worst is not None and total > MAX_SCAN:
        _, line, brackets, angles, parens, depth = worst
        if parens and not brackets and not angles:
            return Costly(
                line,
                f'the Markdown from here has {parens:,} links without the ")" that ends their '
                'address ("[text](address") in one paragraph; Markdown reads the rest of the '
                'paragraph for each (3,333 took 19 s): close each address with ")", or '
                "write \\( for the character itself",
            )
        if not brackets and not angles:
            # All closed, but each "[" is read to its "]" again inside every
            # "[" around it: "[[[...x...]]]" costs the square of its depth.
            return Costly(
                line,
                f'the Markdown from here has "[" nested {depth:,} deep in one paragraph; '
                "Markdown reads that in a time growing with the square of the depth (20,000 "
                'take minutes): nest "[" a few deep at most, or write \\[ and \\] for the '
                "characters themselves",
            )
        return Costly(
            line,
            f'the Markdown from here has {brackets:,} "[" without a "]" and {angles:,} "<" '
            'without a ">" in one paragraph; Markdown reads that in a time growing with the '
            'square of their number (20,000 take minutes): close each "[" and "<", write '
            "\\[ and \\< for the characters themselves, or split the paragraph",
        )
    return None


def _quote_cost(paragraphs: list[tuple[int, str]]) -> Costly | None:
    """Quotes in quotes, each depth read again."""
    quotes = []
    for line, paragraph in paragraphs:
        if paragraph.lstrip(" ").startswith(">"):
            depth = max(_QUOTED.match(row).group().count(">") for row in paragraph.split("\n"))
            quotes.append((min(depth, QUOTE_DEPTH_READ) * len(paragraph), depth, line))
    if sum(cost for cost, _, _ in quotes) > MAX_QUOTE_SCAN:
        _, depth, line = max(quotes)
        return Costly(
            line,
            f"the Markdown from here has quotes in quotes {depth:,} deep (lines starting with "
            f'{depth:,} ">"); Markdown reads the text again for each (100 deep in 1 MB took 10 '
            "s): quote a few deep at most, or write \\> for the character itself",
        )
    return None


def _open_element_cost(text: str, paragraphs: list[tuple[int, str]]) -> Costly | None:
    """HTML tags left open, which the sanitiser looks through for each tag after them."""
    if "<" in text:
        cost, most, line, name = _open_elements(paragraphs)
        if cost > MAX_OPEN_ELEMENTS:
            return Costly(
                line,
                f"the HTML in the Markdown from here leaves up to {most:,} tags open (this "
                f"<{name}> first), and the sanitiser looks through all open ones for each tag "
                f"and paragraph after them (10,000 took 11 s): close each tag, <{name}> with "
                f"</{name}>",
            )
    return None


def _cell_cost(paragraphs: list[tuple[int, str]]) -> Costly | None:
    """More table cells and list items than Markdown reads in time."""
    cells, line = _cells(paragraphs)
    if cells > MAX_CELLS:
        return Costly(
            line,
            f"the Markdown has {cells:,} table cells and list items, at most {MAX_CELLS:,} may "
            "be, and this is the first past them; Markdown reads each as a paragraph of its own "
            "(100,000 list items took 23 s): make the table or list shorter, or split the story",
        )
    return None


def _abbreviation_uses(text: str) -> re.Pattern[str] | None:
    """The words the abbreviations defined in ``text`` mark, as the abbreviations'
    tree step finds them; None for none, or for more than it may define (an
    error of its own, and a pattern of thousands of words to search with)."""
    if "*[" not in text:
        return None
    words = {m.group(1) for m in _ABBREVIATION.finditer(text)}
    if not words or len(words) > MAX_ABBREVIATIONS:
        return None
    ordered = sorted(words, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, ordered)) + r")\b")


def _inline_copy_cost(text: str, paragraphs: list[tuple[int, str]]) -> Costly | None:
    """Inline marks in a long paragraph, which Markdown copies for each."""
    uses = _abbreviation_uses(text)
    copies = []
    for line, paragraph in paragraphs:
        # Link and footnote definitions are taken out before the inline patterns run.
        inline = _DEFINITION.sub("", paragraph) if "]:" in paragraph else paragraph
        marks = sum(inline.count(c) for c in _INLINE_MARKS)
        marks += sum(inline.count(run) for run in _INLINE_RUNS)
        if uses is not None:
            marks += sum(1 for _ in uses.finditer(inline))
        copies.append((marks * len(inline), line, marks, len(inline)))
    if sum(c[0] for c in copies) > MAX_INLINE_COPY:
        _, line, marks, length = max(copies)
        return Costly(
            line,
            f"the Markdown from here has {marks:,} links, escapes, code spans, tags, emphasis "
            "or strikethrough marks, line breaks or abbreviations in one paragraph of "
            f"{length:,} characters; Markdown copies the paragraph for each of them (25,000 "
            "links on one line took 31 s, 225,000 line breaks minutes): split it into "
            "paragraphs with blank lines",
        )
    return None


def _footnote_cost(text: str) -> Costly | None:
    """A footnote referred to many times, too many abbreviations, or too many
    footnote references."""
    references = _footnote_refs(text)
    refs = Counter(m.group(1) for m in references)
    if sum(n * (n - 1) // 2 for n in refs.values()) > MAX_FOOTNOTE_LOOPS:
        label, n = refs.most_common(1)[0]
        first = text[: next(m.start() for m in references if m.group(1) == label)].count("\n")
        return Costly(
            first,
            f'footnote "[^{label}]" is referred to {n:,} times; Markdown checks each reference '
            "against all before it (1,000 take seconds, 10,000 minutes): refer to a footnote a "
            "few times at most",
        )
    abbreviations = list(_ABBREVIATION.finditer(text))
    if len(abbreviations) > MAX_ABBREVIATIONS:
        return Costly(
            text[: abbreviations[0].start()].count("\n"),
            f'the Markdown defines {len(abbreviations):,} abbreviations ("*[...]: ..." lines); '
            "Markdown reads them in a time growing with the square of their number (4,000 "
            f"took 25 s): define at most {MAX_ABBREVIATIONS:,}",
        )
    defined = set(_FOOTNOTE_DEF.findall(text))
    numbered = sum(n for label, n in refs.items() if label in defined)
    if numbered > MAX_FOOTNOTE_REFS:
        first = next(m for m in references if m.group(1) in defined)
        return Costly(
            text[: first.start()].count("\n"),
            f"the Markdown has {numbered:,} footnote references; Markdown numbers each against "
            "every footnote (46,000 took minutes): write at most "
            f"{MAX_FOOTNOTE_REFS:,}, or make notes of them in the text",
        )
    return None


def _rescan_cost(paragraphs: list[tuple[int, str]]) -> Costly | None:
    """Headings, rules and definitions one under the other, each taken off and
    the rest read again."""
    rescans = [(*_rescan(paragraph), line) for line, paragraph in paragraphs]
    if sum(cost for cost, _, _ in rescans) > MAX_RESCAN:
        _, blocks, line = max(rescans)
        return Costly(
            line,
            f"the Markdown from here has {blocks:,} headings, rules, underlines, footnotes or "
            "definitions one under the other; Markdown takes them off one at a time and "
            "reads the rest again each time (12,000 took a minute): put a blank line between "
            "them",
        )
    return None
