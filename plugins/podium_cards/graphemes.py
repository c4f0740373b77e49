"""Split text into grapheme clusters: what a reader sees as one character.

A card must never cut an emoji ZWJ family, a flag, a skin-tone emoji or a
letter with its combining accent in two when it breaks or ellipsises a line.
This is a compact version of the Unicode extended grapheme cluster rules
(UAX #29) without a dependency on ``regex``/``uniseg``: it covers combining
marks, variation selectors, emoji modifiers and tag sequences, ZWJ sequences,
regional-indicator flag pairs, Hangul syllables, CR LF and Indic conjuncts
(GB9c: a consonant, virama, consonant is one cluster, so "क्य" is never cut
into "क्" with a visible virama and "य"; Kannada, Gurmukhi, Sinhala and Tamil
conjuncts too, where their fonts join them). It omits the rarely needed "Prepend"
class.
"""

from __future__ import annotations

import unicodedata

ZWJ = "\u200d"


def is_extend(ch: str) -> bool:
    cp = ord(ch)
    return (
        unicodedata.category(ch) in ("Mn", "Me", "Mc")
        or cp in (0x200C, 0x200D)  # ZWNJ, ZWJ
        or 0xFE00 <= cp <= 0xFE0F  # variation selectors (emoji/text presentation)
        or 0xE0100 <= cp <= 0xE01EF
        or 0x1F3FB <= cp <= 0x1F3FF  # emoji skin-tone modifiers
        or 0xE0020 <= cp <= 0xE007F  # tag characters (subdivision flags)
        or 0xFF9E <= cp <= 0xFF9F  # half-width katakana voicing marks
    )


def is_pictographic(ch: str) -> bool:
    """Approximation of Extended_Pictographic: the emoji blocks plus symbols."""
    cp = ord(ch)
    return (
        0x1F000 <= cp <= 0x1FAFF
        or 0x2600 <= cp <= 0x27BF
        or 0x2300 <= cp <= 0x23FF
        or 0x2B00 <= cp <= 0x2BFF
        or cp in (0x00A9, 0x00AE, 0x203C, 0x2049, 0x2122, 0x2139, 0x3030, 0x303D, 0x3297, 0x3299)
        or 0x2194 <= cp <= 0x21AA
    )


def is_regional_indicator(ch: str) -> bool:
    return 0x1F1E6 <= ord(ch) <= 0x1F1FF


def _hangul_type(ch: str) -> str | None:
    cp = ord(ch)
    if 0x1100 <= cp <= 0x115F or 0xA960 <= cp <= 0xA97C:
        return "L"
    if 0x1160 <= cp <= 0x11A7 or 0xD7B0 <= cp <= 0xD7C6:
        return "V"
    if 0x11A8 <= cp <= 0x11FF or 0xD7CB <= cp <= 0xD7FB:
        return "T"
    if 0xAC00 <= cp <= 0xD7A3:
        return "LV" if (cp - 0xAC00) % 28 == 0 else "LVT"
    return None


# Hangul pairs that stay together (UAX #29 rules GB6-GB8).
_HANGUL_JOIN = {
    ("L", "L"), ("L", "V"), ("L", "LV"), ("L", "LVT"),
    ("LV", "V"), ("LV", "T"), ("V", "V"), ("V", "T"),
    ("LVT", "T"), ("T", "T"),
}  # fmt: skip


# UAX 29's Indic_Conjunct_Break (Unicode 15.1): the viramas that join two
# consonants into a conjunct (InCB=Linker) and those consonants (InCB=Consonant)
# of Devanagari, Bengali, Gujarati, Oriya, Telugu and Malayalam; with Myanmar's
# and Khmer's invisible stackers (U+1039, U+17D2 COENG), after which a
# consonant is always written below the one before and cannot start a line.
# Past Unicode's list, as their fonts draw them: Kannada (a consonant after a
# virama is its ottakshara, below: "ಕ್ಷ", "ನ್ನ") and Gurmukhi (ਰ ਵ ਹ ਯ under
# the one before: "ਪ੍ਰ"); Sinhala only where a ZWJ asks for the conjunct beside
# the al-lakuna ("ක්\u200dෂ", "ශ්\u200dරී"; without it the al-lakuna is written
# and the two are apart); Tamil only in its two ligatures, க்ஷ and ஸ்ரீ (its
# pulli is otherwise written: "த்" then "தி").
_LINKERS = frozenset("\u094d\u09cd\u0acd\u0b4d\u0c4d\u0d4d\u1039\u17d2\u0ccd\u0a4d\u0dca\u0bcd")
_CONSONANTS = (
    (0x0915, 0x0939), (0x0958, 0x095F), (0x0978, 0x097F),
    (0x0995, 0x09A8), (0x09AA, 0x09B0), (0x09B2, 0x09B2), (0x09B6, 0x09B9),
    (0x09DC, 0x09DD), (0x09DF, 0x09DF), (0x09F0, 0x09F1),
    (0x0A95, 0x0AA8), (0x0AAA, 0x0AB0), (0x0AB2, 0x0AB3), (0x0AB5, 0x0AB9), (0x0AF9, 0x0AF9),
    (0x0B15, 0x0B28), (0x0B2A, 0x0B30), (0x0B32, 0x0B33), (0x0B35, 0x0B39),
    (0x0B5C, 0x0B5D), (0x0B5F, 0x0B5F), (0x0B71, 0x0B71),
    (0x0C15, 0x0C28), (0x0C2A, 0x0C39), (0x0C58, 0x0C5A),
    (0x0D15, 0x0D3A),
    (0x1000, 0x102A), (0x1780, 0x17A2),  # Myanmar, Khmer
    # Khmer's independent vowels take a consonant below too: "ឱ្យ" and "ឲ្យ"
    # ("to give", in most sentences) were "ឱ្" then "យ", the coeng drawn alone.
    (0x17A3, 0x17B3),
    (0x0C95, 0x0CB9), (0x0CDD, 0x0CDE),  # Kannada
    (0x0A15, 0x0A39), (0x0A59, 0x0A5E),  # Gurmukhi
    (0x0D9A, 0x0DC6),  # Sinhala
    (0x0B95, 0x0BB9),  # Tamil
)  # fmt: skip
_GURMUKHI_BELOW = frozenset("ਰਵਹਯ")
_TAMIL_LIGATURES = frozenset(("கஷ", "ஸர"))


def _conjunct_consonant(ch: str) -> bool:
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _CONSONANTS)


def _linked(cluster: str) -> tuple[str, str] | None:
    """GB9c's left side: (the consonant, the marks and joiners after it) when
    those hold a virama; else None."""
    for i in range(len(cluster) - 1, -1, -1):
        c = cluster[i]
        if c != ZWJ and unicodedata.category(c) != "Mn":
            tail = cluster[i + 1 :]
            if _conjunct_consonant(c) and not _LINKERS.isdisjoint(tail):
                return c, tail
            return None
    return None


def _conjunct(cluster: str, ch: str) -> bool:
    """Whether consonant ``ch`` is written joined to the one ending ``cluster``."""
    linked = _linked(cluster)
    if linked is None:
        return False
    base, tail = linked
    if "\u0dca" in tail:
        return ZWJ in tail  # Sinhala
    if "\u0bcd" in tail:
        return base + ch in _TAMIL_LIGATURES
    if "\u0a4d" in tail:
        return ch in _GURMUKHI_BELOW
    return True


def _joins(cluster: str, ch: str) -> bool:
    """Whether ``ch`` continues the cluster built so far."""
    prev = cluster[-1]
    if prev == "\r" and ch == "\n":
        return True
    if unicodedata.category(prev) in ("Cc", "Zl", "Zp") or ch in "\r\n":
        return False
    if is_extend(ch):
        return True
    if _conjunct_consonant(ch) and _conjunct(cluster, ch):
        return True  # GB9c: Indic conjuncts (क्य, স্ত্র, ಕ್ಷ)
    if prev == ZWJ and is_pictographic(ch):
        return True  # GB11: emoji ZWJ sequences (👩‍💻, 👨‍👩‍👧‍👦, 🏳️‍🌈)
    if is_regional_indicator(ch) and is_regional_indicator(prev):
        # GB12/13: flags are pairs; an odd indicator starts a new cluster.
        count = 0
        for c in reversed(cluster):
            if not is_regional_indicator(c):
                break
            count += 1
        return count % 2 == 1
    a, b = _hangul_type(prev), _hangul_type(ch)
    return bool(a and b and (a, b) in _HANGUL_JOIN)


def clusters(text: str) -> list[str]:
    """The grapheme clusters of ``text`` in logical order; ``"".join`` restores it."""
    out: list[str] = []
    for ch in text:
        if out and _joins(out[-1], ch):
            out[-1] += ch
        else:
            out.append(ch)
    return out
