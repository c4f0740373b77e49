"""Characters that no content may hold, and how to name them in a message.

Used by the YAML loader (a raw character anywhere in a file), by the typed
field readers (the same character written as an escape, like "\\e") and by
the story reader (the Markdown body).
"""

from __future__ import annotations

import re
import unicodedata

# Characters no text may hold. XML 1.0 (Atom feeds, the sitemap) cannot carry
# C0 controls other than tab, line feed and carriage return, nor U+FFFE/FFFF;
# UTF-8 cannot encode a lone surrogate (half of a character, left by a broken
# copy or a "\ud800" escape); DEL and the C1 controls are invisible terminal
# commands. Any of them used to crash the build long after validation.
FORBIDDEN_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# Bidirectional controls ("Trojan Source", CVE-2021-42574): invisible, and they
# reorder how the text around them is shown, so a name or title could read
# differently on the page than in the pull request. Plain-text fields never
# need them (browsers order right-to-left script by themselves), so they are
# refused rather than silently stripped: the author sees what was there.
BIDI_RE = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


# In a story's text, the bidirectional controls that reorder the text around
# them: embeddings, overrides and isolates. (The marks U+200E/F and U+061C only
# set the direction of what is next to them, and writers of Hebrew and Arabic
# type them; a plain-text field refuses those too.) "gnirts" in the pull
# request read "string" on the page, and in a blockquote it became the pull
# quote, which a "quote" field may not hold.
BODY_BIDI_RE = re.compile("[\u202a-\u202e\u2066-\u2069]")


# The same characters written as HTML numeric references in Markdown, where the
# HTML sanitiser turns "&#x1b;" or "&#11;" back into the character itself:
# the build then failed writing the Atom feed, with no file or line
# ("UnserializableContentError: Control characters are not supported in XML
# 1.0"), after `podium check` had passed the story.
CHAR_REF_RE = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));?")


def forbidden_reference(text: str) -> tuple[re.Match, str] | None:
    """The first numeric character reference in ``text`` to a character no
    content may hold, and what is wrong with it; or None."""
    for found in CHAR_REF_RE.finditer(text):
        hex_digits, digits = found.groups()
        code = int(hex_digits, 16) if hex_digits else int(digits)
        if code > 0x10FFFF:
            continue  # HTML reads it as U+FFFD, which XML carries
        if FORBIDDEN_RE.match(chr(code)):
            name = unicodedata.name(chr(code), "")
            shown = f"U+{code:04X} {name}" if name else f"U+{code:04X}"
            return found, (
                f'"{found.group()}", the character {shown}, which no page or feed may '
                "hold; remove it"
            )
    return None


def reordering(text: str) -> tuple[int, str] | None:
    """(index, what is wrong) of the first bidirectional control in a story's
    text that reorders it (``BODY_BIDI_RE``), as a character or as an HTML
    reference (``&#x202e;``, which the page turns into the character); or None."""
    found = BODY_BIDI_RE.search(text)
    at, char = (found.start(), found.group()) if found else (len(text), "")
    if "&#" in text:
        for ref in CHAR_REF_RE.finditer(text, 0, at):
            hex_digits, digits = ref.groups()
            code = int(hex_digits, 16) if hex_digits else int(digits)
            if code <= 0x10FFFF and BODY_BIDI_RE.match(chr(code)):
                at, char = ref.start(), chr(code)
                break
    if not char:
        return None
    name = unicodedata.name(char, "")
    return at, (
        f"the invisible bidirectional control character U+{ord(char):04X} {name}, which "
        "reorders how the text is shown; remove it (a passage in another direction takes "
        '<span dir="rtl">...</span>)'
    )


def bad_character(value: str, bidi: bool = True) -> str | None:
    """What is wrong with the first forbidden character of ``value``, or None."""
    found = FORBIDDEN_RE.search(value) or (BIDI_RE.search(value) if bidi else None)
    if found is None:
        return None
    char = found.group()
    code = f"U+{ord(char):04X}"
    if "\ud800" <= char <= "\udfff":
        return f"a lone surrogate ({code}, half of a character); retype the text around it"
    name = unicodedata.name(char, "")
    shown = f"{code} {name}" if name else code
    if BIDI_RE.match(char):
        return (
            f"the invisible bidirectional control character {shown}, which reorders how "
            "text is shown; remove it"
        )
    return f"the control character {shown}; remove it (only tabs and line breaks are allowed)"


# Combining marks (accents, vowel signs) real writing puts on one character:
# Vietnamese two (ệ), Thai two, Burmese up to four (မြို့), Hebrew with its
# cantillation three or four, Tibetan stacks as many. "Zalgo text" stacks
# dozens or hundreds, which the page draws over the lines above and below.
MAX_MARKS = 6


def mark_stack(value: str) -> tuple[int, int] | None:
    """(index of the character, number of marks) of the first character of
    ``value`` that carries more than ``MAX_MARKS`` combining marks (index -1:
    the value starts with them); else None."""
    if value.isascii():
        return None
    run = 0
    for at, char in enumerate(value):
        if not unicodedata.category(char).startswith("M"):
            run = 0
            continue
        run += 1
        if run > MAX_MARKS:
            start = at - run
            end = at + 1
            while end < len(value) and unicodedata.category(value[end]).startswith("M"):
                end += 1
            return start, end - start - 1
    return None


def stacked_marks(value: str, where: bool = True) -> str | None:
    """When some character of ``value`` carries more than ``MAX_MARKS`` combining
    marks: how many, on which character, and (``where``) its 1-based position."""
    found = mark_stack(value)
    if found is None:
        return None
    start, count = found
    base = f'"{value[start]}"' if start >= 0 else "nothing"
    if where and start >= 0:
        base += f" (character {start + 1})"
    return (
        f"{count} combining marks stacked on {base}; at most {MAX_MARKS} are allowed (no "
        "language needs more, and more are drawn over the lines around them)"
    )


# Letters that draw nothing: the Hangul fillers and the blank Braille cell are
# letters or symbols to Unicode, and were the way to a title that looks empty.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")


def _shows_nothing(char: str) -> bool:
    """Format characters (zero-width space, joiners), spaces, blank letters and
    variation selectors. Not private-use or unassigned ones: a browser draws them
    (an icon font's glyph, or a box)."""
    return (
        unicodedata.category(char) in ("Cf", "Zs", "Zl", "Zp")
        or char in _BLANK_LETTERS
        or "\ufe00" <= char <= "\ufe0f"
        or "\U000e0100" <= char <= "\U000e01ef"
    )


def invisible_only(value: str) -> str | None:
    """When ``value`` is not empty but shows nothing (word joiners, zero-width
    spaces, the Hangul filler), or only accents with no letter to sit on
    (U+0301 alone: a blank heading and card, or a dotted circle): its
    characters named, as "U+2060 WORD JOINER, ..."; else None. Such a required
    field passed as filled in, and the page's heading, the people list and
    the card showed a blank."""
    if not value or not all(_shows_nothing(c) or _is_mark(c) for c in value):
        return None
    names = []
    for char in dict.fromkeys(value.replace(" ", "")):
        name = unicodedata.name(char, "")
        names.append(f"U+{ord(char):04X} {name}" if name else f"U+{ord(char):04X}")
    return ", ".join(names[:4]) + (", ..." if len(names) > 4 else "")


def _is_mark(char: str) -> bool:
    """A combining mark (an accent, a vowel sign): drawn on the letter before it."""
    return unicodedata.category(char) in ("Mn", "Me")


def marks_only(value: str) -> bool:
    """Whether ``value`` has accents but no letter, digit or sign for them."""
    return any(_is_mark(c) for c in value) and invisible_only(value) is not None


def hidden_character(value: str) -> tuple[int, str] | None:
    """(index, name as "U+200B ZERO WIDTH SPACE") of the first character of
    ``value`` that shows nothing and is no space: a zero-width space, word
    joiner, soft hyphen, BOM, joiner or blank letter; else None. For a value
    that is an identifier (a slug), where a pasted one read "anna" and was
    another URL than "anna"."""
    for at, char in enumerate(value):
        if _shows_nothing(char) and unicodedata.category(char) not in ("Zs", "Zl", "Zp"):
            name = unicodedata.name(char, "")
            return at, f"U+{ord(char):04X} {name}" if name else f"U+{ord(char):04X}"
    return None
