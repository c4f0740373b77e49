"""Split text into grapheme clusters: what a reader sees as one character.

A card must never cut an emoji ZWJ family, a flag, a skin-tone emoji or a
letter with its combining accent in two when it breaks or ellipsises a line.
This is a compact version of the Unicode extended grapheme cluster rules
(UAX #29) without a dependency on ``regex``/``uniseg``: it covers combining
marks, variation selectors, emoji modifiers and tag sequences, ZWJ sequences,
regional-indicator flag pairs, Hangul syllables and CR LF. It omits the
rarely needed "Prepend" class and Indic conjunct rules; those scripts still
render correctly, they only gain a few extra (invisible) break positions.
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


def _joins(cluster: str, ch: str) -> bool:
    """Whether ``ch`` continues the cluster built so far."""
    prev = cluster[-1]
    if prev == "\r" and ch == "\n":
        return True
    if unicodedata.category(prev) in ("Cc", "Zl", "Zp") or ch in "\r\n":
        return False
    if is_extend(ch):
        return True
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
