"""Turn a string into drawable clusters: face per cluster, break opportunities, direction.

Everything here is independent of the font size, so the headline fitter can
try many sizes without redoing it.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, replace

from . import fonts, thaiwords
from .fonts import Face
from .graphemes import ZWJ, clusters, is_pictographic, is_regional_indicator

SHY = "\u00ad"  # soft hyphen: an editor's hint where a long word may break
ZWSP = "\u200b"
NBSP = "\u00a0"
# Explicit bidi embeddings/overrides/isolates and marks are dropped: we order
# runs ourselves, and a stray override in pasted text must not scramble a card.
_BIDI_CONTROLS = dict.fromkeys(
    [*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C]
)
NO_BREAK_SPACES = "\u00a0\u2007\u202f"
# A line may break after these between two letters; the Hebrew maqaf (־)
# and the Armenian hyphen (֊) join words as a hyphen does ("בית־הספר").
_HYPHENS = "-\u2010\u2013\u2014/\u05be\u058a"
# Ethiopic is written with its wordspace (፡) between words, not a space, and
# its full stop, comma and the like after them (UAX 14 class BA): a line
# breaks after them and never starts with one.
ETHIOPIC_PUNCTUATION = "\u1361\u1362\u1363\u1364\u1365\u1366\u1367\u1368"
# Kinsoku: never start a line with a closing mark, never end one with an opening mark.
_NO_START = set(
    "!%),.:;?]}¢°’”‰′″、。〉》」』】〕〗〙〛〜ー・！％），．：；？］｝～ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮ"
) | set(
    # The rest of UAX 14's nonstarters (NS, and CJ as strict Japanese line
    # breaking takes it) and closing marks, and its inseparables (IN): an
    # iteration mark continues the word before it ("人々", "いゝ"), an
    # ellipsis the sentence ("理由……").
    "々〻ゝゞヽヾ゠゛゜ゕゖヵヶ‥…‼⁇⁈⁉﹔﹕〞〟｡｣､･ｧｨｩｪｫｬｭｮｯｰㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"
)  # noqa: E501
_NO_END = set("([{£¥‘“〈《「『【〔〖〘〚（［｛＄")
# The full stops and commas of other scripts, as "." and ",": the Devanagari
# (and Bengali, ...) danda and double danda, the Urdu full stop, Myanmar's
# little and full section, Khmer's khan and bariyoosan, and its colon (៖).
STOPS = "\u0964\u0965\u06d4\u104a\u104b\u17d4\u17d5\u17d6"
# Never at a line's start even after a space: closing punctuation (UAX 14,
# LB13: "Pourquoi ?", "( zie hier )"), and Thai's and Lao's repetition mark,
# which the Royal Institute's style sets apart by spaces ("ต่าง ๆ").
# Armenian's full stop (։) and comma (՝) are closing punctuation too, and so
# are the stops above and Arabic's comma, semicolon and question mark: Hindi
# is often typed with a space before its danda ("टीम है ।"), Khmer and
# Myanmar with one before their stops, and a line began "। हम", "។ នេះ".
# So are the closing marks of Chinese and Japanese (UAX 14's CL): "チーム 」と"
# was "チーム" then "」と".
_NO_START_AFTER_SPACE = (
    set("!?),.:;]}/！？），．：；］｝ๆໆ։՝،؛؟")
    | set("、。〉》」』】〕〗〙〛｣､｡")
    | set(ETHIOPIC_PUNCTUATION)
    | set(STOPS)
)
# Never after a soft hyphen (UAX 14: LB7, LB13, LB21): a space, closing
# punctuation or a hyphen ("Werknemer\u00ad, wat nu" was "Werknemer-" then
# ", wat nu"; before a space, "Werk-" then " bij"). A soft hyphen written
# elsewhere is the writer's choice and wins over the cards' own syllable rule
# ("gas\u00adchromatografie" breaks "gas-" then "chromatografie", which the
# rule, keeping "sch" together, would not), as CSS Text ranks it.
_NO_BREAK_BEFORE = frozenset(" ") | _NO_START | _NO_START_AFTER_SPACE | set(_HYPHENS)


@dataclass(frozen=True)
class Prepared:
    """A paragraph ready for measuring: all tuples are per grapheme cluster."""

    clusters: tuple[str, ...]
    faces: tuple[Face, ...]
    breaks: tuple[str | None, ...]  # opportunity after the cluster: space/hyphen/soft/any
    dirs: tuple[str, ...]  # resolved direction per cluster: "L" or "R"
    rtl: bool  # paragraph direction, from its first strong character
    missing: tuple[str, ...]  # characters no font covers (dropped from the text)
    # Bidi embedding level per cluster (UAX 9): odd is right to left; a number
    # inside right-to-left words sits a level above them.
    levels: tuple[int, ...]

    def __len__(self) -> int:
        return len(self.clusters)

    # A prepared text keys the layout caches (``fit``, the pieces), looked up
    # several times per size the fitter tries; the generated hash would hash
    # every cluster and face again each time. Hashes differ between processes,
    # so the cached one is never pickled.
    def __hash__(self) -> int:
        return self._hash

    @functools.cached_property
    def _hash(self) -> int:
        return hash(
            (self.clusters, self.faces, self.breaks, self.dirs, self.rtl, self.missing, self.levels)
        )

    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "_hash"}


_BARE_KEYCAP = re.compile("([0-9#*])\u20e3")


def normalize(text: str) -> str:
    """NFC, one space for any run of whitespace/control characters, no bidi controls."""
    text = unicodedata.normalize("NFC", text or "").translate(_BIDI_CONTROLS)
    # A keycap typed without its emoji selector ("1\u20e3", as some keyboards
    # send it) is the keycap emoji, as phones draw it; text fonts have no U+20E3.
    text = _BARE_KEYCAP.sub("\\1\ufe0f\u20e3", text)
    text = "".join(" " if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c for c in text)
    return re.sub(r"[^\S\u00a0\u2007\u202f]+", " ", text).strip()


def is_space(cluster: str) -> bool:
    return cluster.isspace() and cluster not in NO_BREAK_SPACES


def is_emoji(cluster: str) -> bool:
    """Clusters that want the colour emoji font rather than a text font."""
    base = cluster[0]
    return (
        "\ufe0f" in cluster
        or (ZWJ in cluster and is_pictographic(base))
        or any(0x1F3FB <= ord(c) <= 0x1F3FF for c in cluster)
        or is_regional_indicator(base)
        or (0x1F000 <= ord(base) <= 0x1FAFF and "\ufe0e" not in cluster)
    )


def is_cjk(cluster: str) -> bool:
    """Scripts written without spaces: a line may break between any two of them."""
    cp = ord(cluster[0])
    return (
        0x2E80 <= cp <= 0x30FF
        or 0x3100 <= cp <= 0x31FF
        or 0x3400 <= cp <= 0x4DBF
        or 0x4E00 <= cp <= 0x9FFF
        or 0xF900 <= cp <= 0xFAFF
        or 0xFE30 <= cp <= 0xFE4F
        or 0xFF00 <= cp <= 0xFFEF
        or 0x20000 <= cp <= 0x3FFFF
    )


# Scripts that mark a word broken at a line's end with a hyphen. Thai, Lao,
# Khmer and Myanmar (written without spaces), Korean, Chinese, Japanese,
# Arabic, Hebrew and the Indic scripts do not: a "-" there is a stray
# character, not a break.
_HYPHENATED_SCRIPTS = ("LATIN", "GREEK", "CYRILLIC", "ARMENIAN", "GEORGIAN")


def hyphenates(cluster: str) -> bool:
    return unicodedata.name(cluster[0], "").startswith(_HYPHENATED_SCRIPTS)


def _soft_break(before: str) -> str:
    """The break a soft hyphen asks for after ``before``: one drawn with a hyphen,
    but only a break after a letter of a script that writes none ("วิศวกร",
    "소프트웨어"; a browser draws "-" there, which Thai and Korean typography do
    not). After a digit or a sign it keeps its hyphen, as before."""
    return "any" if before[0].isalpha() and not hyphenates(before) else "soft"


def _is_neutral(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "ZPSN" or ch in "\u00a0"


def _choose(cluster: str, chain: tuple[Face, ...], prev: Face | None) -> Face | None:
    carried = cluster[0] == NBSP and len(cluster) > 1  # a mark on the carrier (below)
    base = ord(cluster[1] if carried else cluster[0])
    # Spaces, digits and punctuation stay in the font of the text around them,
    # so an Arabic sentence keeps its own spacing and a full stop after
    # Chinese is the CJK one; never the emoji font, whose digits are keycaps.
    emoji = is_emoji(cluster)
    sticky = prev and not prev.pictographic and not emoji and _is_neutral(cluster[0])
    if sticky and fonts.covers(prev, base) and not _marks_lost(cluster, prev):
        return prev
    wanted = [f for f in chain if f.pictographic] + [f for f in chain if not f.pictographic]
    found = (
        face
        for face in (wanted if emoji else chain)
        # The emoji font also maps digits and '#'; they are text here.
        if not (face.pictographic and not emoji and not is_pictographic(cluster[0]))
        and fonts.covers(face, base)
        and (not carried or fonts.covers(face, 0xA0))
    )
    # A letter and its marks are drawn by one face, which has them all when one
    # does: "e\u031f" (Inter has no U+031F) by Noto Sans, not Inter's box for it.
    # Lazily: a face's coverage is read only when a character asks for it.
    first = next(found, None)
    if first is None or not _marks_lost(cluster, first):
        return first
    return next((f for f in found if not _marks_lost(cluster, f)), first)


def _marks_lost(cluster: str, face: Face) -> str:
    """The combining marks of ``cluster`` that ``face`` has no glyph for (not the
    joiners and variation selectors, which a shaper consumes). In an emoji only
    a combining mark ("👩\u1ac1"): its skin tones, tags, keycap and ZWJ parts
    are the emoji's own."""
    emoji = is_emoji(cluster)
    return "".join(
        c
        for c in cluster[1:]
        if c not in "\u200c\u200d"
        and not (0xFE00 <= ord(c) <= 0xFE0F or 0xE0100 <= ord(c) <= 0xE01EF)
        and not (emoji and (c == "\u20e3" or unicodedata.category(c)[0] != "M"))
        and not fonts.covers(face, ord(c))
    )


def _bidi_class(cluster: str) -> str:
    """The cluster's bidi class: its first character's (a mark takes its base's, W1)."""
    return unicodedata.bidirectional(cluster[0]) or "L"


_STRONG = {"L": "L", "R": "R", "AL": "R"}


def _paragraph_rtl(classes: list[str]) -> bool:
    """UAX 9, P2-P3: the first strong letter decides; numbers and marks do not."""
    return next((_STRONG[c] for c in classes if c in _STRONG), "L") == "R"


def _bracket_pairs(chars: list[str], t: list[str]) -> list[tuple[int, int]]:
    """UAX 9, BD16: the paired brackets among neutral characters, by opening position.

    A bracket is an opening (Ps) or closing (Pe) punctuation with a mirror
    image of the other kind: Unicode's BidiBrackets.txt, taken from the
    mirroring pairs (``mirroring.MIRROR``).
    """
    from .mirroring import MIRROR

    pairs: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []  # (the closing bracket wanted, where it opened)
    for i, ch in enumerate(chars):
        if t[i] != "ON" or ch not in MIRROR:
            continue
        kind = unicodedata.category(ch)
        if kind == "Ps" and unicodedata.category(MIRROR[ch]) == "Pe":
            if len(stack) == 63:
                break  # BD16: too deep; no more pairs
            stack.append((MIRROR[ch], i))
        elif kind == "Pe":
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == ch:
                    pairs.append((stack[depth][1], i))
                    del stack[depth:]
                    break
    return sorted(pairs)


def _resolve_brackets(chars: list[str], t: list[str], sos: str) -> None:
    """UAX 9, N0: a pair of brackets takes one direction, so "(Amsterdam)" after
    Latin in a Hebrew title, or "(שלום)" in a Dutch one, is drawn "(...)"."""
    e = sos  # one isolating run sequence: the embedding direction is the paragraph's

    def strong(c: str) -> str | None:
        return "R" if c in ("R", "EN", "AN") else "L" if c == "L" else None

    for open_at, close_at in _bracket_pairs(chars, t):
        inside = {strong(c) for c in t[open_at + 1 : close_at]} - {None}
        if e in inside:
            side = e
        elif inside:
            before = next((strong(c) for c in reversed(t[:open_at]) if strong(c)), sos)
            side = before if before != e else e
        else:
            continue
        t[open_at] = t[close_at] = side


def _resolve_levels(
    classes: list[str], rtl: bool, chars: list[str] | None = None
) -> tuple[int, ...]:
    """UAX 9's implicit rules (W1-W7, N0-N2, I1-I2) over one paragraph.

    Explicit embeddings and isolates never get here (``normalize`` drops
    them), so the paragraph is one isolating run sequence. Numbers are weak:
    "15" between Hebrew words, or "2024" after Arabic ones, joins their
    right-to-left run (one level up) instead of splitting it, so the words
    keep the order a right-to-left reader reads them in, as in a browser.
    """
    base = 1 if rtl else 0
    sos = "R" if rtl else "L"
    t = list(classes)
    n = len(t)
    # W1: a non-spacing mark takes the class of what it sits on.
    for i in range(n):
        if t[i] == "NSM":
            t[i] = sos if i == 0 else t[i - 1]
    # W2, W3: a European number after Arabic letters is an Arabic number.
    last = sos
    for i in range(n):
        if t[i] in ("L", "R", "AL"):
            last = t[i]
        elif t[i] == "EN" and last == "AL":
            t[i] = "AN"
    t = ["R" if c == "AL" else c for c in t]
    # W4: one separator between two numbers of a kind joins them (1,000 / 1.5).
    for i in range(1, n - 1):
        if t[i] == "ES" and t[i - 1] == t[i + 1] == "EN":
            t[i] = "EN"
        elif t[i] == "CS" and t[i - 1] == t[i + 1] and t[i - 1] in ("EN", "AN"):
            t[i] = t[i - 1]
    # W5: terminators (%, $, #) next to a European number are part of it.
    i = 0
    while i < n:
        if t[i] == "ET":
            j = i
            while j < n and t[j] == "ET":
                j += 1
            if (i > 0 and t[i - 1] == "EN") or (j < n and t[j] == "EN"):
                t[i:j] = ["EN"] * (j - i)
            i = j
        else:
            i += 1
    # W6: the other separators and terminators are neutral.
    t = ["ON" if c in ("ES", "ET", "CS") else c for c in t]
    # W7: a European number after left-to-right letters is left to right.
    last = sos
    for i in range(n):
        if t[i] in ("L", "R"):
            last = t[i]
        elif t[i] == "EN" and last == "L":
            t[i] = "L"
    if chars is not None:
        _resolve_brackets(chars, t, sos)
    # N1, N2: neutrals between two of one direction take it (numbers count as
    # right to left), others the paragraph's.
    strong = ["R" if c in ("R", "EN", "AN") else "L" if c == "L" else None for c in t]
    i = 0
    while i < n:
        if strong[i] is None:
            j = i
            while j < n and strong[j] is None:
                j += 1
            before = strong[i - 1] if i else sos
            after = strong[j] if j < n else sos
            side = before if before == after else sos
            t[i:j] = [side] * (j - i)
            i = j
        else:
            i += 1
    # I1, I2.
    bump = {"R": 1, "AN": 2, "EN": 2} if base == 0 else {"L": 1, "AN": 1, "EN": 1}
    return tuple(base + bump.get(c, 0) for c in t)


def _break_after(cur: str, nxt: str, prev: str | None) -> str | None:
    if is_space(cur):
        return (
            None if is_space(nxt) or nxt[0] in _NO_START_AFTER_SPACE or lone_mark(nxt) else "space"
        )
    if is_space(nxt):
        return None
    # Not before a number (UAX 14, LB25): "COVID-19", "2024-2025", "٢٠٢٤/٢٠٢٥" and
    # "24/7" stay whole, as browsers keep them.
    if cur in _HYPHENS and prev and prev[0].isalnum() and nxt[0].isalpha():
        return "hyphen"
    if cur in ETHIOPIC_PUNCTUATION and nxt[0] not in _NO_START_AFTER_SPACE:
        return "hyphen"  # kept at the line's end, as a hyphen is
    ideographic = (is_cjk(cur) or is_emoji(cur), is_cjk(nxt) or is_emoji(nxt))
    # Never beside a no-break space (UAX 14, LB12 and LB12a): "👋\u00a0Anna" was
    # "👋" then a line starting with the space.
    glued = cur in NO_BREAK_SPACES or nxt[0] in NO_BREAK_SPACES
    if any(ideographic) and not glued and nxt[0] not in _NO_START and cur[-1] not in _NO_END:
        return "any"
    return None


# Thai's paiyannoi (ฯ), and Lao's (ຯ), closes a word it shortens and is, set
# apart by a space ("กรุงเทพ ฯ"), a stop like ๆ: the line began with it. But
# ฯลฯ ("etc.") is a word of its own and may start a line.
_ABBREVIATION_MARKS = "\u0e2f\u0eaf"


def _lone_abbreviation_mark(out: list[str], k: int) -> bool:
    return out[k] in _ABBREVIATION_MARKS and (
        k + 1 == len(out) or not thaiwords.is_thai(out[k + 1])
    )


# Latin letters (with Dutch, German, French and Turkish accents) and the usual
# punctuation: one character is one cluster, always left to right, never CJK or
# emoji, and no soft hyphen or no-break space with rules of their own.
_SIMPLE = re.compile(r"[\x20-\x7e\xa1-\xac\xae-\u024f\u2010-\u2027]*")


@functools.lru_cache(maxsize=64)
def _main_covers(face: Face) -> frozenset[str]:
    return frozenset(chr(cp) for cp in fonts.coverage_of(face) if cp <= 0x2027)


def _prepare_simple(text: str, main: Face) -> Prepared:
    """What ``prepare`` decides for a simple text its main face covers, without the
    per-character font choice and bidi resolution (most of a card's layout time)."""
    breaks: list[str | None] = []
    last = len(text) - 1
    for i, ch in enumerate(text):
        breaks.append(
            None if i == last else _break_after(ch, text[i + 1], text[i - 1] if i else None)
        )
    n = len(text)
    return Prepared(tuple(text), (main,) * n, tuple(breaks), ("L",) * n, False, (), (0,) * n)


@functools.lru_cache(maxsize=1024)
def prepare(text: str, chain: tuple[Face, ...], direction: str | None = None) -> Prepared:
    """Split ``text`` into clusters and decide font, line breaks and direction for each.

    ``direction`` ("rtl" or "ltr", as a block quote's ``dir``) sets the
    paragraph's direction; otherwise its first strong letter decides.
    Cached: brand names, labels and author names recur on many cards.
    """
    text = normalize(text)
    if (
        direction != "rtl"
        and _SIMPLE.fullmatch(text)
        and not chain[0].pictographic
        and set(text) <= _main_covers(chain[0])
    ):
        return _prepare_simple(text, chain[0])
    return _prepare_general(text, chain, direction)


def _is_styled_letter(cluster: str) -> bool:
    """A letter or digit of Unicode's mathematical alphanumerics ("𝐁𝐨𝐥𝐝", "𝘪𝘵𝘢𝘭𝘪𝘤"),
    which posts copied from social media use as bold and italic text: no shipped
    font has them, and a title so written was replaced by the hub's name. Where
    no face has one it is drawn as its plain letter (its NFKC form)."""
    return len(cluster) == 1 and 0x1D400 <= ord(cluster) <= 0x1D7FF


def lone_mark(cluster: str) -> bool:
    """A combining mark drawn alone, on a no-break space (``_marks_alone``)."""
    return cluster[0] == NBSP and len(cluster) > 1


def _marks_alone(raw: list[str]) -> list[str]:
    """Combining marks with no letter to sit on drawn alone, on a no-break
    space, as Unicode shows a mark alone (The Unicode Standard, 2.11). One
    first ("\u0301Anna", a stray accent pasted first) hung left of the line,
    cut off by the box of a title. One typed after a space ("Het \u0301 accent")
    took the space for its letter: drawn over it, it ate the gap ("Het\u0301
    accent"), and the word before, glued to it, was cut anywhere without a
    hyphen; now the space stays a space and the mark keeps to the word before,
    as a closing mark after a space does, never starting a line alone."""
    out: list[str] = []
    for k, cl in enumerate(raw):
        if k == 0 and unicodedata.category(cl[0]) in ("Mn", "Me"):
            cl = NBSP + cl
        elif is_space(cl[0]) and len(cl) > 1 and unicodedata.category(cl[1])[0] == "M":
            out.append(cl[0])
            cl = NBSP + cl[1:]
        out.append(cl)
    return out


def _prepare_general(text: str, chain: tuple[Face, ...], direction: str | None = None) -> Prepared:
    raw = _marks_alone(clusters(text))
    out: list[str] = []
    faces: list[Face] = []
    hints: list[str | None] = []  # breaks requested by SHY / ZWSP
    shy: list[bool] = []  # ... by a soft hyphen
    missing: list[str] = []
    prev: Face | None = None
    for cl in raw:
        if cl in (SHY, ZWSP):
            if hints:
                hints[-1] = _soft_break(out[-1]) if cl == SHY else "any"
                shy[-1] = cl == SHY
            continue
        face = _choose(cl, chain, prev)
        if face is None and _is_styled_letter(cl):
            cl = unicodedata.normalize("NFKC", cl)
            face = _choose(cl, chain, prev)
        if face is not None and not fonts.rasterises(face, cl):
            face = replace(face, weight=fonts.REGULAR)  # drawn less bold, not dropped
        if face is None:
            # Drawn as a box it would look broken when shared; the caller warns
            # instead, naming the mark, not the no-break space it was put on.
            missing.append(cl[1:] if cl[0] == NBSP and len(cl) > 1 else cl)
            continue
        if lost := _marks_lost(cl, face):
            # No face has the letter with all its marks: the letter is drawn in
            # its own face, without the marks no other face may draw on it
            # (a Vedic sign from the Bengali font on a Devanagari letter), named.
            missing.extend(lost)
            cl = "".join(c for c in cl if c not in lost)
        if out and is_space(cl) and is_space(out[-1]):
            continue  # the dropped character sat between two spaces
        out.append(cl)
        faces.append(face)
        hints.append(None)
        shy.append(False)
        prev = face
    breaks: list[str | None] = []
    for i, cl in enumerate(out):
        if i + 1 == len(out):
            breaks.append(None)
        else:
            natural = _break_after(cl, out[i + 1], out[i - 1] if i else None)
            if natural == "space" and _lone_abbreviation_mark(out, i + 1):
                natural = None
            hint = None if shy[i] and out[i + 1][0] in _NO_BREAK_BEFORE else hints[i]
            breaks.append(natural or hint)
    # Thai words, which are written without spaces between them (thaiwords).
    if any(thaiwords.is_thai(cl) for cl in out):
        for k in thaiwords.word_breaks(out):
            breaks[k - 1] = breaks[k - 1] or "any"
    classes = [_bidi_class(cl) for cl in out]
    rtl = direction == "rtl" if direction in ("rtl", "ltr") else _paragraph_rtl(classes)
    levels = _resolve_levels(classes, rtl, [cl[0] for cl in out])
    return Prepared(
        clusters=tuple(out),
        faces=tuple(faces),
        breaks=tuple(breaks),
        dirs=tuple("R" if level % 2 else "L" for level in levels),
        rtl=rtl,
        missing=tuple(dict.fromkeys(missing)),
        levels=levels,
    )
