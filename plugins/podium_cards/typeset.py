"""Measure, wrap and fit a prepared paragraph into a box.

The headline is fitted by a binary search on the font size, with balanced
lines (every line about as wide as the others, like CSS ``text-wrap:
balance``) instead of a long first line and a lonely last word. When even the
smallest size does not fit, the text is cut at a word (or grapheme) and ends
in an ellipsis. Nothing here draws; ``paint`` does that from the result.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, replace

from . import fonts
from .fonts import Face
from .graphemes import ZWJ
from .textprep import (
    _HYPHENS,
    _NO_END,
    _NO_START,
    _NO_START_AFTER_SPACE,
    _SIMPLE,
    ETHIOPIC_PUNCTUATION,
    NO_BREAK_SPACES,
    STOPS,
    Prepared,
    hyphenates,
    is_cjk,
    is_space,
    lone_mark,
)
from .thaiwords import LEADING_VOWELS, SYLLABLE_END, inner_breaks, is_thai, tears_syllable

ELLIPSIS = "…"
HYPHEN = "-"
# Emoji look right a little smaller than the em of the text around them.
EMOJI_SCALE = 0.92
# Left off before an ellipsis: a comma or colon (the Arabic ، and ؛ too), a
# hyphen or maqaf (Armenian's full stop, comma and hyphen too, Ethiopic's
# wordspace and punctuation), and an opening bracket or quote with nothing after it
# ("私は「…", "我们的团队，…", "لماذا انضممت،…", "Wat ik leerde (…").
# The full stops and commas of other scripts (``STOPS``), as "." and ",".
_TRIM_BEFORE_ELLIPSIS = (
    frozenset(" ,;:-–—/.·、。，．：；・،؛־֊։՝")
    | set(NO_BREAK_SPACES)
    | set(ETHIOPIC_PUNCTUATION)
    | set(STOPS)
    | (_NO_END - set("£¥＄"))
)


@dataclass(frozen=True)
class Line:
    start: int  # first cluster
    end: int  # one past the last cluster drawn (trailing spaces excluded)
    suffix: str = ""  # "-" when a word breaks here, "…" when the text was cut
    width: float = 0.0  # with ``left`` and ``right``: the ink fits a box this wide
    # How far the ink reaches past the line's left and right ends (the advances'),
    # in pixels: ``paint`` keeps it inside the box.
    left: float = 0.0
    right: float = 0.0


@dataclass(frozen=True)
class Block:
    """A fitted paragraph: what ``paint.draw_block`` needs."""

    prepared: Prepared
    main: Face  # the face for the suffix and the line metrics
    size: int
    lines: tuple[Line, ...]
    line_height: float
    ascent: int
    descent: int
    truncated: bool

    @property
    def height(self) -> int:
        if not self.lines:
            return 0
        return round((len(self.lines) - 1) * self.line_height + self.ascent + self.descent)


def scale_of(face: Face, size: int) -> float:
    """How much a bitmap font drawn at its strike size must shrink to match ``size``."""
    native = fonts.native_size(face)
    return (size * EMOJI_SCALE / native) if native else 1.0


@functools.lru_cache(maxsize=20_000)
def run_width(face: Face, size: int, text: str, direction: str) -> float:
    if fonts.has_raqm() and not fonts.native_size(face):
        return fonts.em_width(face, text, direction) * size
    font = fonts.load(face, size)
    if fonts.has_raqm():
        width = font.getlength(text, direction="rtl" if direction == "R" else "ltr")
    else:
        width = font.getlength(fonts.visual_basic(text, direction, face))
    return width * scale_of(face, size)


_ARABIC = ((0x0620, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF))


# Glyph masks, drawn once per face, size, character and quarter-pixel offset.
# Pillow rasterises every glyph of a run on every call and lays the run out
# with RAQM first (~100 µs a call); a card draws ~250 glyphs, mostly the same
# few dozen letters. Bounded: 1.4 KB a glyph on average at headline sizes, so
# about 13 MB per card worker when full (the corpus' 1,000 cards fill 2,600).
@functools.lru_cache(maxsize=8192)
def glyph_mask(face: Face, size: int, char: str, quarter: int):
    mask, offset = fonts.load_glyphs(face, size).getmask2(
        char, "L", anchor="ls", start=(quarter / 4, 0)
    )
    return (mask if mask.size[0] and mask.size[1] else None), offset


def plain_glyphs(face: Face, text: str, direction: str):
    # With RAQM only: without it, Pillow draws what it measures, and so do we.
    if direction != "L" or not fonts.has_raqm() or fonts.native_size(face):
        return None
    return fonts.glyph_run(face, text)


def _arabic_letter(ch: str) -> bool:
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _ARABIC)


def joined(p: Prepared, k: int) -> bool:
    """Whether clusters ``k`` and ``k + 1`` are Arabic letters written joined
    (a word cut there keeps the forms it has whole)."""
    a, b = p.clusters[k][0], p.clusters[k + 1][0]
    if not (_arabic_letter(a) and _arabic_letter(b)):
        return False
    if p.faces[k] is not p.faces[k + 1] or p.levels[k] != p.levels[k + 1]:
        return False
    if "\u200c" in p.clusters[k]:
        return False  # a ZWNJ parts them (Persian "می‌خواهم"): the word keeps it so
    # The tatweel (ـ) joins on both sides and has one form.
    face = p.faces[k]
    return (a == TATWEEL or fonts.joins(face, a, "after")) and (
        b == TATWEEL or fonts.joins(face, b, "before")
    )


TATWEEL = "\u0640"


def level_runs(p: Prepared, start: int, end: int) -> list[tuple[Face, str, str, int]]:
    """Maximal (face, bidi level) runs of clusters ``start:end``, in logical order,
    each with its direction ("L" or "R") and level.

    An Arabic word cut at ``start`` or ``end`` keeps the joined forms it has
    whole, as CSS Text asks of a word broken inside (a ZWJ on the cut's side
    of the run, which HarfBuzz joins to and draws as nothing): "الاستراتيجي"
    then "ات", not a final ي at the line's end and an isolated ا after it.
    """
    out: list[tuple[Face, str, str, int]] = []
    faces, dirs, levels, cls = p.faces, p.dirs, p.levels, p.clusters
    i = start
    while i < end:
        face, level = faces[i], levels[i]
        j = i + 1
        while j < end and faces[j] is face and levels[j] == level:
            j += 1
        out.append((face, "".join(cls[i:j]), dirs[i], level))
        i = j
    if out and start > 0 and joined(p, start - 1):
        face, text, d, level = out[0]
        out[0] = (face, ZWJ + text, d, level)
    if out and end < len(p) and joined(p, end - 1):
        face, text, d, level = out[-1]
        out[-1] = (face, text + ZWJ, d, level)
    return out


def runs(p: Prepared, start: int, end: int) -> list[tuple[Face, str, str]]:
    """Maximal (face, level) runs of clusters ``start:end`` with their direction."""
    return [(face, text, d) for face, text, d, _level in level_runs(p, start, end)]


def width(p: Prepared, size: int, start: int, end: int, suffix: str = "", main: Face | None = None):
    w = sum(run_width(f, size, t, d) for f, t, d in runs(p, start, end))
    if suffix and main:
        w += run_width(main, size, suffix, "R" if p.rtl else "L")
    return w


@dataclass(frozen=True)
class _Piece:
    start: int
    end: int  # end of the word
    after: int  # end of its trailing spaces
    brk: str | None  # the break opportunity at ``end``/``after``
    w: float
    space_w: float


def _spans(p: Prepared) -> list[tuple[int, int, int, str | None]]:
    """(start, end of the word, end of its trailing spaces, break) of every piece."""
    out = []
    start = 0
    n = len(p)
    i = 0
    while i < n:
        if p.breaks[i] is None and i + 1 < n:
            i += 1
            continue
        end = i + 1
        word_end = end
        while word_end > start and is_space(p.clusters[word_end - 1]):
            word_end -= 1
        out.append((start, word_end, end, p.breaks[i]))
        start = i = end
    return out


# The fitter wraps a text at every size it tries. With RAQM a run's width is
# its advance in ems times the size, so the runs of each piece are looked up
# once per text and only multiplied per size (the same products, summed in the
# same order as ``width``: the same floats).
@functools.lru_cache(maxsize=1024)
def _piece_ems(p: Prepared) -> tuple | None:
    if not fonts.has_raqm():
        return None
    out = []
    for start, word_end, end, brk in _spans(p):
        word, space = runs(p, start, word_end), runs(p, word_end, end)
        if any(fonts.native_size(f) for f, _, _ in word + space):
            return None  # a bitmap emoji: scaled from its strike size
        ems = tuple(fonts.em_width(f, t, d) for f, t, d in word)
        space_ems = tuple(fonts.em_width(f, t, d) for f, t, d in space)
        out.append((start, word_end, end, brk, ems, space_ems))
    return tuple(out)


def _pieces(p: Prepared, size: int) -> list[_Piece]:
    ems = _piece_ems(p)
    if ems is not None:
        return [
            _Piece(a, b, c, brk, sum(e * size for e in w), sum(e * size for e in sp))
            for a, b, c, brk, w, sp in ems
        ]
    return [
        _Piece(a, b, c, brk, width(p, size, a, b), width(p, size, b, c))
        for a, b, c, brk in _spans(p)
    ]


_VOWELS = set("aeiouyàáâäèéêëìíîïòóôöùúûüAEIOUYÀÁÂÄÈÉÊËÌÍÎÏÒÓÔÖÙÚÛÜ")
# Cyrillic (Russian, Ukrainian, Belarusian, Bulgarian) and Greek vowels: their
# words are cut at a syllable too ("Высококвалифи-цированный", "Ενδιαφέ-ρουσες").
_VOWELS |= set("аеёиоуыэюяіїєўАЕЁИОУЫЭЮЯІЇЄЎ")
_VOWELS |= set("αεηιουωάέήίόύώϊϋΐΰΑΕΗΙΟΥΩΆΈΉΊΌΎΏΪΫ")
# Armenian: its vowels, "ու" (one vowel, below) among them ("Ծրագրավո-րող").
_VOWELS |= set("աեէըիոօԱԵԷԸԻՈՕ")
# Georgian (Mkhedruli, and Mtavruli capitals): "პროგრა-მისტი", not "პროგრამისტ-ი".
_VOWELS |= set("აეიოუ\u1c90\u1c94\u1c98\u1c9d\u1ca3")
# Never at a syllable's start: the soft and hard signs and й belong to the letter before.
_NO_SYLLABLE_START = set("ьъйЬЪЙ")
# Letter pairs that are one sound in Dutch/English and must not be split.
_DIGRAPHS = {"ch", "ck", "ij", "ph", "qu", "sc", "ie", "ee", "aa", "oo", "uu", "oe", "ou", "ui",
             "ei", "eu", "au", "ու"}  # fmt: skip


def _syllable_break(clusters: tuple[str, ...], i: int, start: int, end: int) -> bool:
    """A cheap, dictionary-free hyphenation point before cluster ``i``: a consonant
    that starts a syllable (verzeke-rings, verzekerings-maatschappij), never inside
    a digraph and never leaving fewer than two letters on either side."""
    if i - start < 2 or end - i < 3:
        return False
    a, b, c = clusters[i - 1], clusters[i], clusters[i + 1]
    if not (a.isalpha() and b.isalpha() and c.isalpha()):
        return False
    if "".join(clusters[i : i + 3]).lower() == "sch" and a not in "sS":
        return True  # Dutch: verzekerings-maat-schappij
    if c == "յ" and i + 2 < end and clusters[i + 2] in _VOWELS and b not in _VOWELS:
        return True  # Armenian: a consonant and յ start a syllable ("ընկերու-թյուն")
    if b == "յ" and a not in _VOWELS:
        return False  # ... and are not parted ("ընկերութ-յուն")
    return (
        b not in _VOWELS
        and c in _VOWELS
        and (a + b).lower() not in _DIGRAPHS
        and b not in _NO_SYLLABLE_START
    )


# Punctuation around a word that is not part of it: "(Verpleegkundigen)",
# "Verzekeringsmaatschappij?", "“Arbeidsongeschiktheid”".
_LEAD_PUNCT = frozenset("([{¿¡‘“„«‹\"'")
_TRAIL_PUNCT = frozenset(")]}.,;:!?’”»›…\"'")


def _plain_word(p: Prepared, start: int, end: int) -> tuple[int, int] | None:
    """Where the letters of ``start:end`` begin and end, when they are a plain
    word between the punctuation around it: letters only, of a script that
    hyphenates, and not part of a URL, path or address (the rest of the text
    between spaces: "verzekeringsmaatschappij." after "https://example.com/")."""
    a, b = start, end
    while a < b and p.clusters[a] in _LEAD_PUNCT:
        a += 1
    # A mark set apart by a space ("Pourquoi :", "Pourquoi ?", an accent drawn
    # alone) is held to the word before it, which is still a plain word.
    while b > a and (
        p.clusters[b - 1] in _TRAIL_PUNCT
        or is_space(p.clusters[b - 1])
        or lone_mark(p.clusters[b - 1])
    ):
        b -= 1
    if a == b or not all(c[0].isalpha() and hyphenates(c) for c in p.clusters[a:b]):
        return None
    s, e = start, end
    while s > 0 and not is_space(p.clusters[s - 1]):
        s -= 1
    while e < len(p) and not is_space(p.clusters[e]):
        e += 1
    if any(c in "/@:._\\" for c in p.clusters[s:start] + p.clusters[end:e]):
        return None
    return a, b


# Armenian punctuation belongs to the word it follows: the full stop (։),
# the comma (՝) and the question, exclamation and emphasis marks written over
# the word's vowel ("Ինչու՞"); a cut never puts one at a line's start.
_ATTACHED = frozenset("\u0589\u055d\u055e\u055c\u055b")


# (with Myanmar's ၊ ။ and Khmer's ។ ៕, which end a phrase as "," and ".", and
# its colon ៖)
_CLOSING = frozenset("!?),;]}！？），；］｝؟،؛") | set(STOPS)


def _cut_ok(clusters: tuple[str, ...], k: int) -> bool:
    """Whether a word may be cut before cluster ``k``: not inside a Thai, Lao,
    Khmer or Myanmar syllable (``thaiwords.tears_syllable``), nor before
    Armenian punctuation."""
    before, after = clusters[k - 1], clusters[k]
    return not (
        after[0] in _ATTACHED
        or (before[-1] in "ոՈ" and after[0] == "ւ")  # Armenian ու: one vowel
        # Nor before closing punctuation (UAX 14, LB13): "...سؤوليات" then "؟"
        # alone; nor before a full stop, which a number or address cut in a
        # narrow box left alone on a line ("2" then "." then "4", "2.400" then
        # ".000"). Not ": /", where a URL or address may be cut.
        or after[0] in _CLOSING
        or after[0] == "."
        # Arabic lam-alef, one ligature: "لا" is never drawn "ل" then "ا".
        or (before[0] == "\u0644" and after[0] in "\u0627\u0623\u0625\u0622\u0671")
        # Nor before a hyphen (UAX 14, LB21): "Ծրագրավորող" then "֊ինժեներ".
        or after[0] in _HYPHENS
        # Kinsoku: nor before a Chinese or Japanese closing mark, small kana or
        # "ー", nor after an opening mark ("...pij" then "」で", "「" then "ド").
        or (is_cjk(after) and after[0] in _NO_START)
        or (is_cjk(before) and before[-1] in _NO_END)
        or after[0] in ETHIOPIC_PUNCTUATION
        # Myanmar: a consonant killed by asat (U+103A) closes the syllable
        # before it ("ဖြ" then "စ်"); not an asat on a vowel sign (တော်), nor
        # a kinzi stacked on the next consonant.
        or (after[1:].lstrip("\u1037").startswith("\u103a") and "\u1039" not in after)
        or tears_syllable(clusters, k)
    )


def _syllable_start(clusters: tuple[str, ...], k: int) -> bool:
    """A Thai or Lao syllable surely begins at cluster ``k``."""
    return clusters[k][0] in LEADING_VOWELS or clusters[k - 1][-1] in SYLLABLE_END


def _inside_ok(clusters: tuple[str, ...], k: int) -> bool:
    """``_cut_ok``, and not at a space inside the word: it holds a mark to the
    word before it ("Pourquoi :", "है ।"), which a line must not start with,
    nor with the space (" : parce")."""
    return not (is_space(clusters[k - 1]) or clusters[k].isspace()) and _cut_ok(clusters, k)


def _safe_cut(clusters: tuple[str, ...], start: int, best: int, end: int) -> int | None:
    """The nearest point at or before ``best`` where a line may end; none on the
    line (a syllable wider than the box): the first after it, as a line that
    overflows is drawn smaller, where a torn syllable would be misread; None
    when the rest of the word is one syllable."""
    before = (k for k in range(best, start, -1) if _inside_ok(clusters, k))
    after = (k for k in range(best + 1, end) if _inside_ok(clusters, k))
    return next(before, None) or next(after, None)


def _split_long(p: Prepared, size: int, piece: _Piece, limit: float, main: Face) -> list[_Piece]:
    """Break a word wider than the box between grapheme clusters: at a syllable-like
    point with a hyphen when one is close to the edge, else anywhere (a hyphen
    between letters, none in CJK or symbols)."""
    hy = run_width(main, size, HYPHEN, "L")
    widths = [width(p, size, i, i + 1) for i in range(piece.start, piece.end)]
    out: list[_Piece] = []
    start = piece.start
    letters = _plain_word(p, piece.start, piece.end)
    plain_word = letters is not None
    # The word's letters: a cut keeps its punctuation with them.
    first, last = letters or (piece.start, piece.end)
    own_hy = hy if piece.brk == "soft" else 0.0
    compounds = [] if plain_word else inner_breaks(p.clusters, piece.start, piece.end)
    # Room for the hyphen a cut may add; none in scripts that never add one, where
    # it left a syllable that just fits no room ("ពួកយើ" then "ង").
    cut_hy = hy if plain_word or hyphenates(p.clusters[piece.start]) else 0.0
    while True:
        lead = _join_ink(p, size, start, "before")
        if lead + sum(widths[start - piece.start :]) + own_hy <= limit:
            break  # the rest fits without a hyphen of its own
        acc, cut = lead, piece.end
        for i in range(start, piece.end):
            acc += widths[i - piece.start]
            if acc + cut_hy + _join_ink(p, size, i, "after") > limit and i > start:
                cut = i
                break
        if cut == piece.end:
            break
        if (joint := _last_joint(p.clusters, start, cut, piece.end)) is not None:
            # The no-break space ends this line, as a space would, not drawn there.
            w = sum(widths[start - piece.start : joint - 1 - piece.start])
            out.append(_Piece(start, joint - 1, joint, "any", w, widths[joint - 1 - piece.start]))
            start = joint
            continue
        best = cut
        used = sum(widths[start - piece.start : cut - piece.start])
        # A compound of the Thai word list is cut between the words it is made
        # of when one such boundary leaves the line half full:
        # "นักศึกษา" then "ฝึกงาน", not "นักศึกษาฝึก" then "งาน".
        inner = [k for k in compounds if start < k <= cut]
        if inner and sum(widths[start - piece.start : inner[-1] - piece.start]) >= 0.5 * limit:
            best, used = inner[-1], 0.0  # (no syllable search)
        for k in range(cut, start, -1):
            if used < 0.7 * limit:
                break
            if _syllable_break(p.clusters, k, first, last) or (
                not plain_word and _syllable_start(p.clusters, k) and _cut_ok(p.clusters, k)
            ):
                best = k
                break
            used -= widths[k - 1 - piece.start]
        if not plain_word:
            safe = _safe_cut(p.clusters, start, best, piece.end)
            if safe is None:
                break  # the rest is one syllable: the box is narrower (``fit`` shrinks)
            best = safe
        elif last - best < 2 or best <= first:
            # Cut where the box ends, but never a lone letter on the next line
            # ("Verpleegkundig-" then "e"): two go over; nor a hyphen after "(".
            best = max(start + 1, first + 1, min(best, last - 2))
        if plain_word and _in_ij(p.clusters, best, max(start, first)):
            # Nor inside Dutch "ij", one letter: "kbedri-" then "jfsleid-".
            best -= 1
        # A hyphen only inside a real word: one added to a URL or e-mail address
        # would change what a reader types.
        soft = plain_word and first < best < last and not is_cjk(p.clusters[best])
        w = sum(widths[start - piece.start : best - piece.start])
        out.append(_Piece(start, best, best, "soft" if soft else "any", w, 0.0))
        start = best
    w = sum(widths[start - piece.start :])
    out.append(_Piece(start, piece.end, piece.after, piece.brk, w, piece.space_w))
    return out


def _in_ij(clusters: tuple[str, ...], k: int, start: int) -> bool:
    """Whether a cut before ``k`` parts Dutch "ij" (or "IJ"), one letter that
    is never split, where a cut before it leaves a letter on the line."""
    return k - 1 > start and (clusters[k - 1] + clusters[k]).lower() == "ij"


def _last_joint(clusters: tuple[str, ...], start: int, cut: int, end: int) -> int | None:
    """Where a run of words joined by no-break spaces wider than its box is cut
    before a word is: after the last such space that fits ("Wij\u00a0zoeken\u00a0een
    \u00a0senior", as a title pasted from a web page or word processor has one
    between every word, was "Wij zoeken ee" then "n senior deve"); never one
    that holds a mark or quote to its word ("developer\u00a0!", "«\u00a0Bonjour").
    The space itself may be what overflows (``cut``): it is not drawn there."""
    for k in range(min(cut + 1, end - 1), start + 1, -1):
        if (
            clusters[k - 1] in NO_BREAK_SPACES
            and clusters[k][0] not in _NO_START | _NO_START_AFTER_SPACE | _TRAIL_PUNCT
            and clusters[k - 2][-1] not in _NO_END | _LEAD_PUNCT
            and not lone_mark(clusters[k])
        ):
            return k
    return None


def _join_ink(p: Prepared, size: int, k: int, side: str) -> float:
    """The ink of Arabic letter ``k`` past a line's end where its word is cut
    ``side`` of it, joined across the cut: the room the stroke needs
    (``_ink_past``; right to left, the letter before joins at the right)."""
    if side == "before":
        return _ink_past(p, size, k, p.dirs[k], "right") if k > 0 and joined(p, k - 1) else 0.0
    return _ink_past(p, size, k, p.dirs[k], "left") if k + 1 < len(p) and joined(p, k) else 0.0


def _greedy(pieces: list[_Piece], limit: float, hy: float) -> list[tuple[int, int]]:
    """Lines as (first piece, one past last piece), filling each line greedily."""
    lines: list[tuple[int, int]] = []
    first = 0
    cur = 0.0
    for k, pc in enumerate(pieces):
        extra = hy if pc.brk == "soft" else 0.0
        if k == first:
            cur = pc.w
            continue
        prev = pieces[k - 1]
        if cur + prev.space_w + pc.w + extra <= limit:
            cur += prev.space_w + pc.w
        else:
            lines.append((first, k))
            first, cur = k, pc.w
    if pieces:
        lines.append((first, len(pieces)))
    return lines


def _even(pieces: list[_Piece], limit: float, k: int, hy: float) -> list[tuple[int, int]] | None:
    """Exactly ``k`` lines no wider than ``limit``, as close to equal width as possible
    (least squared difference from the mean line width).

    The narrowest-limit search alone keeps the widest line short but can leave
    one line much shorter than the rest; this evens them out.
    """
    n = len(pieces)
    if n > 150 or k > 12:
        return None  # long texts are truncated anyway; keep the cost bounded
    acc = [0.0]
    for pc in pieces:
        acc.append(acc[-1] + pc.w + pc.space_w)

    def line_w(i: int, j: int) -> float:
        last = pieces[j - 1]
        return acc[j] - acc[i] - last.space_w + (hy if last.brk == "soft" and j < n else 0.0)

    target = line_w(0, n) / k
    inf = float("inf")
    cost = [[inf] * (n + 1) for _ in range(k + 1)]
    back = [[0] * (n + 1) for _ in range(k + 1)]
    cost[0][0] = 0.0
    # line_w inlined (the same arithmetic in the same order): this loop is
    # most of the time of fitting a headline.
    space = [pc.space_w for pc in pieces]
    extra = [hy if pc.brk == "soft" else 0.0 for pc in pieces]
    extra[-1] = 0.0
    for m in range(1, k + 1):
        prev, row, bk = cost[m - 1], cost[m], back[m]
        for j in range(m, n + 1):
            aj, sj, ej = acc[j], space[j - 1], extra[j - 1]
            best, arg = row[j], bk[j]
            for i in range(j - 1, m - 2, -1):
                w = aj - acc[i] - sj + ej
                if w > limit and j - i > 1:
                    break
                c = prev[i] + (target - w) ** 2
                if c < best:
                    best, arg = c, i
            row[j], bk[j] = best, arg
    if cost[k][n] == inf:
        return None
    spans, j = [], n
    for m in range(k, 0, -1):
        i = back[m][j]
        spans.append((i, j))
        j = i
    return spans[::-1]


def _wrap(p: Prepared, size: int, limit: float, main: Face, balance: bool) -> list[Line]:
    hy = run_width(main, size, HYPHEN, "L")
    pieces: list[_Piece] = []
    for pc in _pieces(p, size):
        # A hyphen only where the word ends in a soft break: a word that fits
        # the box whole is not cut to make room for one.
        own_hy = hy if pc.brk == "soft" else 0.0
        pieces.extend(_split_long(p, size, pc, limit, main) if pc.w + own_hy > limit else [pc])
    room = limit
    for _ in range(3):
        lines = []
        for a, b in _line_spans(pieces, room, hy, balance):
            last = pieces[b - 1]
            suffix = HYPHEN if last.brk == "soft" and b < len(pieces) else ""
            lines.append(_line(p, size, pieces[a].start, last.end, suffix, main))
        # Ink past a line's ends (an italic "j" first) takes room the advances
        # did not: the text is wrapped a little narrower rather than drawn
        # smaller (a quote at 27 px instead of 30).
        ink = max((ln.left + ln.right for ln in lines if ln.width > limit), default=0.0)
        if not ink or limit - ink >= room:
            break
        room = limit - ink
    return lines


def _line_spans(
    pieces: list[_Piece], limit: float, hy: float, balance: bool
) -> list[tuple[int, int]]:
    """Lines of ``pieces`` no wider than ``limit`` (as pieces), as (first, one past last)."""
    spans = _greedy(pieces, limit, hy)
    if balance and len(spans) > 1:
        # The narrowest width that still needs no more lines than greedy did.
        lo, hi = max(pc.w for pc in pieces), limit
        while hi - lo > 1:
            mid = (lo + hi) / 2
            if len(_greedy(pieces, mid, hy)) <= len(spans):
                hi = mid
            else:
                lo = mid
        spans = _even(pieces, limit, len(spans), hy) or _greedy(pieces, hi, hy)
    return spans


def _line(p: Prepared, size: int, start: int, end: int, suffix: str, main: Face) -> Line:
    """The line of clusters ``start:end`` and ``suffix``, its width with its ink:
    how far the letters drawn at its two ends reach past them (a mark over the
    last letter, "ក្រុមវិ"; the hook of a "j", an italic one most, at the left;
    an italic "f" at the right; the kasra under a first "إ" right of a
    right-to-left line, "إِدارة", or under a last "ر" left of it, "الكبيرِ";
    and where a line mixes directions, "Welkom bij إِدارة", whichever letter
    the bidi order draws at an end)."""
    left = right = 0.0
    if end > start:
        ends: list[int | None] = list(range(start, end))
        levels = list(p.levels[start:end])
        if suffix:
            # None: the suffix, a hyphen at its word's level, an ellipsis at the
            # paragraph's (as ``paint`` draws them), with no ink past its advance.
            ends.append(None)
            levels.append(levels[-1] if suffix == HYPHEN else (1 if p.rtl else 0))
        order = visual_order(levels)
        first, last = ends[order[0]], ends[order[-1]]
        left = 0.0 if first is None else _ink_past(p, size, first, p.dirs[first], "left")
        right = 0.0 if last is None else _ink_past(p, size, last, p.dirs[last], "right")
    w = width(p, size, start, end, suffix, main) + left + right
    return Line(start, end, suffix, w, left, right)


def visual_order(levels: list[int]) -> list[int]:
    """Unicode bidi rule L2: the positions of items at ``levels``, from left to
    right (every sequence at or above each odd level reversed)."""
    order = list(range(len(levels)))
    for level in range(max(levels, default=0), 0, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return order


def _ink_past(p: Prepared, size: int, k: int, direction: str, side: str) -> float:
    """How far cluster ``k``'s ink reaches past its advance on ``side``, in pixels
    with a margin, drawn by a shaped outline face (a letter whose ink stays
    within its advance, most of them, adds nothing: its lines do not move)."""
    cluster, face = p.clusters[k], p.faces[k]
    if not fonts.has_raqm() or fonts.native_size(face):
        return 0.0
    # An Arabic letter in the form it is drawn in, joined to the letters of its
    # word (``level_runs``): a medial "س" first on a line of a word cut to fit
    # reaches 0.08 em right of it with the stroke that joins it to the line
    # before, which its isolated form, measured alone, does not have; the
    # stroke joining the last one to the next line ends right at its left
    # end, where Pillow's anti-aliasing reaches past it (right to left, the
    # letter before joins at the right, the one after at the left).
    before = ZWJ if k > 0 and joined(p, k - 1) else ""
    after = ZWJ if k + 1 < len(p) and joined(p, k) else ""
    ems = fonts.em_overhang(face, before + cluster + after, direction, side)
    stroke = after if side == "left" else before
    return ems * size + INK_MARGIN if ems or stroke else 0.0


# Pillow's hinted, anti-aliased pixels reach up to ~2 px past HarfBuzz's exact extents.
INK_MARGIN = 2


@functools.lru_cache(maxsize=1024)
def _ink_ems(p: Prepared, skip: Face | None = None) -> tuple[float, float]:
    """How far any glyph of ``p`` (not of the face ``skip``) reaches above and
    below the baseline, in ems."""
    up = down = -math.inf
    for face, text, direction in runs(p, 0, len(p)):
        if face == skip:
            continue
        native = fonts.native_size(face)
        if native:
            # A bitmap emoji is drawn as a tile of its own line height, scaled.
            a, d = fonts.load(face, native).getmetrics()
            scale = scale_of(face, native) / native
            up, down = max(up, a * scale), max(down, d * scale)
            continue
        if text.isspace():
            continue
        if direction == "L" and _SIMPLE.fullmatch(text):
            # Latin without combining marks: a glyph's extent does not depend on
            # its neighbours, and letters recur, so each is shaped once per face
            # (shaping every headline and quote whole cost ~1 ms a card).
            for ch in set(text) - {" "}:
                a, d = fonts.em_extent(face, ch, "L")
                up, down = max(up, a), max(down, d)
            continue
        a, d = fonts.em_extent(face, text, direction)
        up, down = max(up, a), max(down, d)
    return (up, down) if up > -math.inf else (0.0, 0.0)


def has_ink(p: Prepared) -> bool:
    """Whether any glyph of ``p`` leaves a mark: a text of only invisible
    characters (word joiners, ZWJ, the Hangul filler U+3164) draws nothing."""
    return len(p) > 0 and _ink_ems(p) != (0.0, 0.0)


def _ink(p: Prepared, size: int) -> tuple[float, float]:
    up, down = _ink_ems(p)
    return up * size, down * size


def _metrics(p: Prepared, main: Face, size: int) -> tuple[int, int]:
    """Ascent and descent of ``p``'s lines: the main face's, or more where a glyph
    reaches past them (Arabic vowel marks, Thai tone marks, stacked Vietnamese
    accents, Kannada and Myanmar letters below the base), so the block's box
    never cuts a glyph."""
    ascent, descent = fonts.load(main, size).getmetrics()
    up, down = _ink(p, size)
    # A fallback face's glyph reaching to within the margin of the main face's
    # ascent is drawn past it too: Thai marks stacked on "ปั้" at 26 px (0.8 px
    # under it) lost a row of ink to the quote square's role box.
    near = INK_MARGIN if any(face != main for face in p.faces) else 0
    if up + near > ascent:
        ascent = max(ascent, math.ceil(up) + INK_MARGIN)
    if down + near > descent:
        descent = max(descent, math.ceil(down) + INK_MARGIN)
    return ascent, descent


def _advance(p: Prepared, main: Face, size: int, spacing: float) -> float:
    """From one baseline to the next: ``spacing`` times the size, or more where
    the fallback faces' glyphs reach further above and below than that allows
    (Devanagari's vowel signs under a line and over the next, Arabic's tails):
    at 1.12, a long Hindi or Arabic headline's lines touched. The main face's
    (Inter's) spacing is the design's, kept for Latin, Cyrillic and Greek."""
    if all(face == main for face in p.faces):
        return size * spacing
    up, down = _ink_ems(p, main)
    return max(size * spacing, (up + down) * size + 2 * INK_MARGIN)


def _block(p, main, size, lines, spacing, truncated=False) -> Block:
    ascent, descent = _metrics(p, main, size)
    advance = _advance(p, main, size, spacing)
    return Block(p, main, size, tuple(lines), advance, ascent, descent, truncated)


def _ellipsize(p: Prepared, size: int, line: Line, limit: float, main: Face) -> Line:
    """The last visible line, cut so that it ends in an ellipsis inside ``limit``."""
    end = len(p)
    # Widest prefix that fits, by bisection on the cluster count; the ink
    # before its first letter (a "j") takes room too.
    lead = _line(p, size, line.start, line.start + 1, ELLIPSIS, main)
    room = limit - lead.left - lead.right
    lo, hi = line.start, end
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if width(p, size, line.start, mid, ELLIPSIS, main) <= room:
            lo = mid
        else:
            hi = mid - 1
    cut = lo
    # Prefer ending at a word if that keeps most of the line.
    for k in range(cut, line.start, -1):
        # A space (a no-break one too: "Wij\u00a0zoeken\u00a0een" ended "Wij
        # zoeken e…"), or the end of a Thai word (written without spaces).
        word_end = (
            p.breaks[k - 1] == "space"
            or p.clusters[k - 1] in NO_BREAK_SPACES
            or (p.breaks[k - 1] == "any" and is_thai(p.clusters[k - 1]))
        )
        if word_end and width(p, size, line.start, k) >= 0.6 * limit:
            cut = k
            break
    while cut > line.start and p.clusters[cut - 1] in _TRIM_BEFORE_ELLIPSIS:
        cut -= 1
    # Not "เ…" or "ห้…" for "ห้า": a Thai syllable keeps its vowel before the ellipsis.
    while line.start < cut < end and not _cut_ok(p.clusters, cut):
        cut -= 1
    # ... and a step back to a space leaves it off too: not "met …" where
    # "ทีม" was torn, nor "שנים …" before "ב-Acme".
    while cut > line.start and is_space(p.clusters[cut - 1]):
        cut -= 1
    return _line(p, size, line.start, cut, ELLIPSIS, main)


def _as_drawn(p: Prepared, size: int, line: Line) -> Line:
    """``line`` with the ink past its right end as ``paint`` draws it, glyph by
    glyph at a quarter pixel, wherever the line is placed: an italic "Bangkok"
    whose "k" ends inside the box was cut "Bangk…" for the margin ``_ink_past``
    adds for Pillow's hinting. Unchanged when the line is not drawn so."""
    if line.suffix or line.end <= line.start or any(p.levels[line.start : line.end]):
        return line
    face, text, direction = runs(p, line.start, line.end)[-1]
    glyphs = plain_glyphs(face, text, direction)
    if not glyphs:
        return line
    end = run_width(face, size, text, direction)
    reach = max(em * size + _glyph_reach(face, size, char) for char, em in glyphs)
    # paint rounds a pen position to the nearest quarter pixel: up to 1/8 further.
    right = max(0.0, reach + 0.125 - end)
    return replace(line, width=line.width - line.right + right, right=right)


@functools.lru_cache(maxsize=1024)
def _glyph_reach(face: Face, size: int, char: str) -> float:
    """How far the drawn pixels of ``char`` reach right of its pen position, at
    the worst of the four quarter-pixel offsets ``paint`` draws it at. Its inked
    columns, not its mask's width: FreeType pads a mask drawn at an offset with
    an empty column, and an italic "Golf" at 30 px, drawn 60 px wide, was cut
    "G…" in a box of 61 for it."""
    out = -math.inf
    for quarter in range(4):
        mask, (ox, _) = glyph_mask(face, size, char, quarter)
        if mask is not None and (ink := mask.getbbox()) is not None:
            out = max(out, ox + ink[2] - quarter / 4)
    return out


def _cut_short(
    p: Prepared, size: int, box_w: int, main: Face, rows: int
) -> tuple[list[Line], bool]:
    """The first ``rows`` lines, the last ending in an ellipsis when the text goes
    on or is too wide; and whether the text was cut."""
    every = _wrap(p, size, box_w, main, balance=False)
    lines = every[:rows]
    if lines[-1].width > box_w:
        lines[-1] = _as_drawn(p, size, lines[-1])
    # A last line too wide is cut short too ("Bangk…" for an italic "Bangkok"
    # whose "k" reaches past the box), and that is a cut the writer is told of.
    cut = len(every) > len(lines) or lines[-1].width > box_w
    if cut:
        lines[-1] = _ellipsize(p, size, lines[-1], box_w, main)
    return lines, cut


# Memoised text layout: brand names, labels, roles and author names recur on
# many cards (and a card and its square share texts), and fitting is most of
# the pure-Python time of a card. Everything the result depends on is in the key.
@functools.lru_cache(maxsize=4096)
def fit(
    p: Prepared,
    main: Face,
    box_w: int,
    box_h: int,
    min_size: int,
    max_size: int,
    spacing: float = 1.2,
    balance: bool = True,
    max_lines: int | None = None,
) -> Block:
    """The largest size in ``[min_size, max_size]`` at which ``p`` fits the box.

    At ``min_size`` a text that still overflows keeps as many lines as fit and
    ends with an ellipsis.
    """
    if not len(p):
        return _block(p, main, max_size, [], spacing)

    def room(size: int) -> int:
        ascent, descent = _metrics(p, main, size)
        if ascent + descent > box_h:
            # One line whose ink fits though its line box does not (a quote
            # mark drawn larger than its box); else none: the size is too big.
            down = _ink(p, size)[1]
            return 1 if ascent + math.ceil(down) + INK_MARGIN <= box_h else 0
        rows = 1 + int((box_h - ascent - descent) // _advance(p, main, size, spacing))
        return min(rows, max_lines or rows)

    def attempt(size: int) -> list[Line] | None:
        lines = _wrap(p, size, box_w, main, balance)
        ok = len(lines) <= room(size) and all(ln.width <= box_w for ln in lines)
        return lines if ok else None

    lo, hi = min_size, max_size
    best: tuple[int, list[Line]] | None = None
    while lo <= hi:
        mid = (lo + hi) // 2
        lines = attempt(mid)
        if lines is not None:
            best = (mid, lines)
            lo = mid + 1
        else:
            hi = mid - 1
    if best:
        return _block(p, main, best[0], best[1], spacing)
    size = min_size
    while True:
        # A box too low for one line at the smallest size (tall Myanmar or
        # Arabic marks in a name's box): smaller still, rather than cut glyphs.
        while size > 1 and room(size) == 0:
            size -= 1
        if room(size) == 0:
            return _block(p, main, size, [], spacing, truncated=True)
        lines, truncated = _cut_short(p, size, box_w, main, room(size))
        if size == 1 or all(ln.end > ln.start and ln.width <= box_w for ln in lines):
            return _block(p, main, size, lines, spacing, truncated)
        # A syllable, or the first one and the ellipsis, wider than the box:
        # smaller still, where it overflowed, was torn, or left only "…".
        size -= 1
