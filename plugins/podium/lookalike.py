"""Names and words that look like others: letters of two look-alike scripts in
one word, characters that draw nothing, compatibility forms (fullwidth "Ｓ").

Apart from ``podium.chars`` (the characters no text may hold), which the card
renderer imports: its code is hashed into every card's name, and a check the
cards never run would redraw every card of every hub when it changes.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from podium.chars import hidden_character

# Scripts whose letters look alike: a themes.yml keyword typed with one
# Cyrillic "а" in a Latin word ("kwаliteit") matched no story, and an author
# "Sаnne de Vries" was a second person, whose page /people/sanne-de-vries-2/
# looked like the real one's.
LOOKALIKE_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK")


def lookalike_scripts(word: str) -> dict[str, str]:
    """The look-alike scripts (``LOOKALIKE_SCRIPTS``) of ``word``'s letters, in
    the order they first come, each with its first letter: {"LATIN": "S",
    "CYRILLIC": "а"} for "Sаnne"."""
    scripts: dict[str, str] = {}
    for c in word:
        script = unicodedata.name(c, "").split(" ")[0]
        if c.isalpha() and script in LOOKALIKE_SCRIPTS:
            scripts.setdefault(script, c)
    return scripts


def mixed_script(words: Iterable[str]) -> str | None:
    """When a word of ``words`` mixes Latin, Cyrillic and Greek letters: which,
    naming the first letter of the other script ('mixes Latin and Cyrillic
    letters in "Sаnne" ("а" is U+0430 CYRILLIC SMALL LETTER A)'); or None.
    A word of one script, or of others (Han, Arabic), is no look-alike."""
    for word in words:
        scripts = lookalike_scripts(word)
        if len(scripts) > 1:
            first, other, *_ = scripts
            c = scripts[other]
            return (
                f'mixes {first.title()} and {other.title()} letters in "{word}" '
                f'("{c}" is U+{ord(c):04X} {unicodedata.name(c)})'
            )
    return None


# Marks that draw nothing: the combining grapheme joiner and Khmer's two
# inherent vowels, which Unicode says not to use.
_BLANK_MARKS = frozenset("\u034f\u17b4\u17b5")


def _named(char: str) -> str:
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X} {name}" if name else f"U+{ord(char):04X}"


def hidden_in_name(value: str) -> tuple[int, str] | None:
    """(index, "U+2060 WORD JOINER") of the first character of a person's name
    that shows nothing: ``hidden_character``'s (format characters, the Hangul
    and Braille blanks, variation selectors), and marks that draw nothing.
    Not a zero-width (non-)joiner between two letters of a script whose
    letters join (a Persian name's ZWNJ; ``podium.slugs.person_key`` keeps
    those too), nor a variation selector after an emoji."""
    for at, char in enumerate(value):
        before = value[at - 1] if at else " "
        after = value[at + 1] if at + 1 < len(value) else " "
        if char in "\u200c\u200d":
            if all(not c.isspace() and ord(c) > 0x58F for c in (before, after)):
                continue  # it joins: past Armenian, as person_key's _LOOSE_JOINER
        elif "\ufe00" <= char <= "\ufe0f" or "\U000e0100" <= char <= "\U000e01ef":
            if not unicodedata.category(before).startswith(("L", "M", "N")):
                continue  # an emoji's presentation
        elif hidden_character(char) is None and char not in _BLANK_MARKS:
            continue
        return at, _named(char)
    return None


def compatibility_form(value: str) -> tuple[str, str] | None:
    """(the first character, named, and the value in NFKC) when ``value``
    holds a compatibility form of another character: fullwidth "Ｓ" for "S",
    a ligature, a superscript; else None. Only letters and digits are counted:
    not spaces (an ideographic space between a Japanese family and given name
    is how it is written, and a name's spacing makes no other person), nor
    punctuation ("…" is no "...", and makes no other person either)."""
    for char in value:
        # Letters and digits only: a "…" or a fullwidth "！" names no other person.
        if not unicodedata.category(char).startswith(("L", "N")):
            continue
        if unicodedata.normalize("NFKC", char) != char:
            if unicodedata.normalize("NFKC", char) == unicodedata.normalize("NFC", char):
                continue  # a canonical variant only, which NFC (the reader's) settles
            return f'"{char}" ({_named(char)})', unicodedata.normalize("NFKC", value)
    return None
