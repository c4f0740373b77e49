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
of words of the list (``inner_breaks``).
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
        out.extend(i + k for k in _segment(tuple(clusters[i:j])))
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
