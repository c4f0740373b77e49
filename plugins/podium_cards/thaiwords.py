"""Where a Thai or Lao phrase may break: between two words of a shipped word list.

Thai is written without spaces between words, and a line may break only
between two words. Browsers find them with ICU's dictionary; the cards use
``thai_words.txt.gz`` beside this file: PyThaiNLP's ``words_th.txt`` (from
the pythainlp 5.4.0 wheel, ``pythainlp/corpus/words_th.txt``; released under
CC0-1.0, see ``pythainlp/corpus/corpus_license.md`` there), its 60,963
entries made of Thai letters only, sorted, one a line (290 KB gzipped). No
package is needed at run time.

A run of Thai letters is split into words by maximal matching: the most of
it covered by words of the list, then the fewest words (so "บริษัท" is one
word, not "บริ" and "ษัท"). A line may break between two words of the list;
a stretch the list does not know (a name, a new loanword) is not broken
inside, and is cut between syllables only when it is wider than the card
(``typeset._split_long``), as is a word of the list, unless it is a compound
of words of the list (``inner_breaks``). A boundary of the list that would
tear a syllable (``tears_syllable``) is not one: the list holds short
fragments of loanwords and names ("มหิ", "นท").
"""

from __future__ import annotations

import functools
import gzip
from pathlib import Path

WORDS_FILE = Path(__file__).with_name("thai_words.txt.gz")
# Lao alike, from the Lao word list of Brian Eugene Wilson and Robert Martin
# Campbell, made for word wrapping (BSD-style licence; laonlp 1.3.0's
# ``Lao-Dictionary.txt``, see lao_words.LICENSE.txt): 11,207 words, 43 KB gzipped.
LAO_WORDS_FILE = Path(__file__).with_name("lao_words.txt.gz")


def _read(path: Path) -> tuple[frozenset[str], int]:
    """The words, and the length of the longest; none when the file is unreadable."""
    try:
        text = gzip.decompress(path.read_bytes()).decode("utf-8")
    except (OSError, EOFError, UnicodeDecodeError):
        return frozenset(), 0
    words = frozenset(text.split())
    return words, max(map(len, words), default=0)


@functools.cache
def _words() -> tuple[frozenset[str], int]:
    return _read(WORDS_FILE)


@functools.cache
def _lao_words() -> tuple[frozenset[str], int]:
    return _read(LAO_WORDS_FILE)


def is_lao(cluster: str) -> bool:
    """A Lao letter (with its marks, ໜ and ໝ among them): not a digit or a space."""
    return "\u0e81" <= cluster[0] <= "\u0ece" or "\u0edc" <= cluster[0] <= "\u0edf"


def is_thai(cluster: str) -> bool:
    """A Thai letter (with its marks): not a Thai digit or a space; or a Lao one
    (``is_lao``), whose words are found the same way."""
    return "\u0e01" <= cluster[0] <= "\u0e4e" or is_lao(cluster)


def _same_script(a: str, b: str) -> bool:
    return is_lao(a) == is_lao(b)


def _list_for(run: tuple[str, ...]) -> tuple[frozenset[str], int]:
    return _lao_words() if is_lao(run[0]) else _words()


def word_breaks(clusters: list[str] | tuple[str, ...]) -> list[int]:
    """Each ``k`` where a line may break before ``clusters[k]``, inside a run of
    Thai letters: between two words of the list."""
    out: list[int] = []
    i, n = 0, len(clusters)
    while i < n:
        if not is_thai(clusters[i]):
            i += 1
            continue
        j = i
        while j < n and is_thai(clusters[j]) and _same_script(clusters[i], clusters[j]):
            j += 1
        # Not where the list's words tear a syllable (the list has "มหิ" and
        # "นท", so "มหินทรา" would be cut "มหิ" then "นท").
        bounds = (i + k for k in _segment(tuple(clusters[i:j])))
        out.extend(k for k in bounds if not tears_syllable(clusters, k, listed=True))
        i = j
    return out


def inner_breaks(clusters: list[str] | tuple[str, ...], start: int, end: int) -> list[int]:
    """Where a word of the list wider than the card may be cut: each ``k`` in
    ``clusters[start:end]`` between two words it is made of ("นักศึกษา" and
    "ฝึกงาน" in "นักศึกษาฝึกงาน", intern), for each run of Thai letters there that is
    itself one word of the list."""
    out: list[int] = []
    i = start
    while i < end:
        if not is_thai(clusters[i]):
            i += 1
            continue
        j = i
        while j < end and is_thai(clusters[j]) and _same_script(clusters[i], clusters[j]):
            j += 1
        run = tuple(clusters[i:j])
        if "".join(run) in _list_for(run)[0]:
            out.extend(i + k for k in _segment(run, whole=False))
        i = j
    return out


@functools.lru_cache(maxsize=1024)
def _segment(run: tuple[str, ...], whole: bool = True) -> tuple[int, ...]:
    """The boundaries between two known words in ``run``, by maximal matching
    (not ``run`` itself as one word unless ``whole``)."""
    words, longest = _list_for(run)
    n = len(run)
    if not whole:
        longest = min(longest, len("".join(run)) - 1)
    if not words or n < 2:
        return ()
    # best[j]: (clusters in no word, pieces) for run[:j]; back[j]: where the last
    # piece starts and whether it is a word of the list.
    best: list[tuple[int, int]] = [(0, 0)] + [(n + 1, n + 1)] * n
    back: list[tuple[int, bool]] = [(0, False)] * (n + 1)
    for j in range(1, n + 1):
        unknown, pieces = best[j - 1]
        best[j], back[j] = (unknown + 1, pieces + 1), (j - 1, False)
        text = ""
        for i in range(j - 1, -1, -1):
            text = run[i] + text
            if len(text) > longest:
                break
            if text in words:
                cost = (best[i][0], best[i][1] + 1)
                if cost < best[j]:
                    best[j], back[j] = cost, (i, True)
    pieces: list[tuple[int, bool]] = []
    j = n
    while j > 0:
        i, known = back[j]
        pieces.append((i, known))
        j = i
    pieces.reverse()
    return tuple(
        start
        for (start, known), (_, before) in zip(pieces[1:], pieces, strict=False)
        if known and before
    )


# Thai and Lao are written without spaces, and a word wider than the box is
# cut between grapheme clusters. Their vowels are letters of their own, some
# written before the consonant they follow in speech (เ แ โ ใ ไ) and some
# after it (ะ า ำ, ๅ, the repetition mark ๆ): a line must never end on the
# first kind nor start with the second, or a syllable is torn from its vowel
# ("ห้" then "าปี"), nor start with a syllable's final consonant after a
# vowel sign that always has one. These are about the safe points of Thai
# character clusters (TCC). Without a dictionary a cut can still fall
# between two syllables of one word ("บริ" then "ษัท"), or, rarely, inside
# one whose vowel is written with the letter อ ("ช" then "อบ").
LEADING_VOWELS = frozenset("เแโใไເແໂໃໄ")
# Khmer's lek too (ៗ) repeats the word before it as ๆ does: "លឿនៗ", not "លឿន" then "ៗ".
_FOLLOWING = frozenset("ฯะาำๅๆ\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4eະາຳໆ\u17d7")
# A syllable surely ends after ะ, ำ, ๆ or ฯ and begins at a leading vowel.
SYLLABLE_END = frozenset("ะำๆฯະຳໆ")
# Vowel signs always followed by a letter of their own syllable: its final
# consonant, or the อ of ือ (mai han-akat ั, mai taikhu ็, sara ue ึ and ื;
# Lao's mai kan and mai kon): "ศึก" is not cut "ศึ" then "ก".
_CLOSED = frozenset("\u0e31\u0e47\u0e36\u0e37\u0eb1\u0ebb")
_SILENT = frozenset("\u0e4c\u0ecc\u17cd")
# Khmer's bantoc (់) sits on a syllable's final consonant, shortening its
# vowel: "ឆាប់" is not cut "ឆា" then "ប់".
_FINAL_SIGNS = frozenset("\u17cb")
# "Etc.", written with the abbreviation mark on both sides of a letter: one
# word, never cut "ฯ" then "ลฯ" where it is wider than its box.
_ETC = frozenset(("ฯลฯ", "ຯລຯ"))


# Vowel signs written above or below their consonant (Thai ิ ี ึ ื ุ ู, Lao's
# alike, Khmer's dependent vowels): a bare consonant after one is that
# syllable's final ("กรุง", "สิน", Khmer "យើង", "ក្រុម"), unless a vowel of its
# own follows it ("มหา", "ปิยะ"); and after Khmer's samyok sannya (័, "ន័យ").
# Khmer's nikahit, reahmuk and yuukaleapintu (ំ ះ ៈ) close the syllable
# themselves ("ខ្ញុំ", "នេះ").
_VOWEL_SIGNS = frozenset(
    "\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0eb4\u0eb5\u0eb6\u0eb7\u0eb8\u0eb9"
) | {chr(cp) for cp in (*range(0x17B6, 0x17C6), 0x17D0)}
_SYLLABLE_CLOSED = frozenset("\u17c6\u17c7\u17c8")
_COENG = "\u17d2"


def _bare_consonant(cluster: str) -> bool:
    """A Thai, Lao or Khmer consonant with no vowel sign, mark or subscript."""
    cp = ord(cluster[0])
    return len(cluster) == 1 and (
        0x0E01 <= cp <= 0x0E2E or 0x0E81 <= cp <= 0x0EAE or 0x0EDC <= cp <= 0x0EDF
        or 0x1780 <= cp <= 0x17A2
    )  # fmt: skip


# Sara aa (า, Lao າ) is written after its consonant and often closes the
# syllable with one more ("งาน", "การ", "ตลาด"), but a consonant after it may
# also begin the next one ("มหา", "สากล"): it is the final only where a
# syllable surely begins after it, or the word ends.
_AFTER_VOWELS = frozenset("าາ")


def _syllable_begins(clusters: tuple[str, ...] | list[str], k: int) -> bool:
    """Whether a Thai or Lao syllable surely begins at cluster ``k`` (or the
    word ends there): a leading vowel, a consonant with a vowel sign or tone
    mark on it (or silenced), or one followed by its own vowel า or ำ
    ("การทำ", "ราชการ"); a bare consonant before another may be either."""
    if k >= len(clusters) or not is_thai(clusters[k]):
        return True
    cluster = clusters[k]
    if cluster[0] in LEADING_VOWELS or (len(cluster) > 1 and _bare_consonant(cluster[0])):
        return True
    return _bare_consonant(cluster) and k + 1 < len(clusters) and clusters[k + 1][0] in "าำາຳ"


def _final_consonant(clusters: tuple[str, ...] | list[str], k: int) -> bool:
    """Whether cluster ``k`` surely ends the syllable before it: after a vowel
    sign (above), or after a leading vowel and one consonant ("เทพ", not "เท"
    then "พ")."""
    if not _bare_consonant(clusters[k]):
        return False
    if k + 1 < len(clusters) and clusters[k + 1][0] in _FOLLOWING:
        return False  # its own vowel follows: it starts a syllable
    before = clusters[k - 1]
    if before in _AFTER_VOWELS:
        return _syllable_begins(clusters, k + 1)
    if not _VOWEL_SIGNS.isdisjoint(before):
        return _SYLLABLE_CLOSED.isdisjoint(before)
    if _COENG in before:
        # A Khmer consonant with one written below it (coeng) and no vowel
        # sign: its inherent vowel, and the bare consonant after it is the
        # final ("អ្នក", not "អ្ន" then "ក"; "ព្រម").
        return _SYLLABLE_CLOSED.isdisjoint(before)
    return k >= 2 and clusters[k - 2][-1] in LEADING_VOWELS


def _second_of_cluster(clusters: tuple[str, ...] | list[str], k: int) -> bool:
    """Whether cluster ``k`` is the ร, ล or ว of a Thai initial cluster, after a
    bare consonant and with the syllable's vowel on it or after it: "กรุง",
    "ประเทศ" and "ความ" are not cut "ก" then "รุง" (nor cut short "ก…")."""
    after = clusters[k]
    vowel = not _VOWEL_SIGNS.isdisjoint(after) or (
        k + 1 < len(clusters) and clusters[k + 1][0] in "ะาำ"
    )
    return (
        after[0] in "รลว"
        and vowel
        and _bare_consonant(clusters[k - 1])
        and "\u0e01" <= clusters[k - 1] <= "\u0e2e"
    )


# What a word of the list ends with more surely than a guess of the cutter
# tells it: a short vowel sign (ิ ุ; ึ is closed), rarely a syllable of its own
# at a word's end, so a bare consonant after one is its final ("มหิ" then "นท"
# in "มหินทรายุทธยา"); a long one (ี ู) often is ("ที่" then "สวยงาม"); and the
# first letters of Thai's initial clusters (กร, ปล, ทร, ...; "ม" then "วิ" in
# "ทีมวิศวกร" is two words).
_SHORT_VOWEL_SIGNS = frozenset("\u0e34\u0e38\u0eb4\u0eb8")
_CLUSTER_FIRST = frozenset("กขคตปพผบดทจซสศฟ")


def tears_syllable(clusters: tuple[str, ...] | list[str], k: int, listed: bool = False) -> bool:
    """Whether a line broken before cluster ``k`` tears a Thai, Lao or Khmer
    syllable (see above): from its vowel, its final consonant, its silenced
    letter or the second letter of its initial cluster. ``listed``: ``k`` is
    between two words of the list, which only the surer signs overrule."""
    before, after = clusters[k - 1], clusters[k]
    if (
        before[-1] in LEADING_VOWELS
        or not _CLOSED.isdisjoint(before)
        or after[0] in _FOLLOWING
        # A letter silenced by thanthakhat (์; Lao ໌, Khmer ៍) ends the syllable
        # before it: "ซอฟต์แวร์" is not cut "ซอฟ" then "ต์แวร์".
        or not _SILENT.isdisjoint(after)
        or not _FINAL_SIGNS.isdisjoint(after)
        or "".join(clusters[k - 1 : k + 2]) in _ETC
    ):
        return True
    if listed:
        final = _final_consonant(clusters, k) and not _SHORT_VOWEL_SIGNS.isdisjoint(before)
        return final or (_second_of_cluster(clusters, k) and before in _CLUSTER_FIRST)
    return _final_consonant(clusters, k) or _second_of_cluster(clusters, k)
