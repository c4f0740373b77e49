"""Words: tokenising, stemming and stop words; prose clipped to a length.

Everything here is a pure function of its input, cached where the same
input comes back millions of times (a word's stem), so tagging ten thousand
stories costs a dictionary lookup per word, not a stemmer run.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

# PyStemmer is the same Snowball stemmers compiled: snowballstemmer.stemmer()
# returns its stemmer when it is installed (a pinned dependency), and its own
# pure-Python class, with the same stems, only without it. Pure Python took
# 20 to 30 us a word, most of an edit build's tag fit (the lexicon's 1,600
# words, stemmed once per process); compiled, under 1 us. Imported here as
# well so the caches' code fingerprints name its version (podium.fingerprint).
try:
    import Stemmer  # noqa: F401
except ImportError:  # pragma: no cover - installed with Podium
    Stemmer = None

# Snowball 3's new "dutch" stemmer strips the "ge-" prefix and keeps
# "duurzame" apart from "duurzaam"; it also turns "begeleiding" into
# "beleid" (policy). The classic Porter-style Dutch stemmer conflates the
# inflections that matter here (duurzaam/duurzame/duurzaamheid) and makes
# fewer such mistakes, so we use it.
STEMMERS = {
    "nl": "dutch_porter",
    "en": "english",
    "de": "german",
    "fr": "french",
    "es": "spanish",
    "it": "italian",
    "pt": "portuguese",
    "da": "danish",
    "sv": "swedish",
    "no": "norwegian",
    "fi": "finnish",
}

# Words: runs of letters (any script); digits join a word only after a
# letter ("co2"). Apostrophes and hyphens split words: "collega's" ->
# "collega", "part-time" -> "part time" (matched as a phrase).
# Characters that never show but sit inside words: a soft hyphen (U+00AD, text
# pasted from Word or a web page), zero-width spaces and joiners, the word
# joiner, a byte order mark. Read as part of the word and then dropped: they
# split "kwali\u00adteit" in two, and a story lost its theme without a word.
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_WORD_RE = re.compile(rf"[^\W\d_](?:[^\W_]|[{_INVISIBLE}])*")
_DROP_INVISIBLE = dict.fromkeys(map(ord, _INVISIBLE))
# Markdown and URLs that are not prose: link targets, image paths, bare URLs,
# HTML tags and code spans would otherwise feed words like "https" or "png".
_NOISE_RE = re.compile(r"\]\([^)]*\)|https?://\S+|www\.\S+|<[^>]+>|`[^`]*`")


def normalise(text: str) -> str:
    """Lowercase, NFC, and strip Markdown noise that is not prose."""
    text = unicodedata.normalize("NFC", text or "")
    return _NOISE_RE.sub(" ", text).lower()


def words(text: str) -> list[str]:
    """The lowercased words of ``text``, in order."""
    return [_visible(w) for w in _WORD_RE.findall(normalise(text))]


def _visible(word: str) -> str:
    """``word`` without the invisible characters ``_WORD_RE`` reads inside it."""
    return word if word.isascii() else word.translate(_DROP_INVISIBLE)


# _NOISE_RE for text not yet lowercased ("HTTPS://..."), in ``word_spans``.
_NOISE_ANY_CASE = re.compile(_NOISE_RE.pattern, re.IGNORECASE)


def word_spans(text: str) -> tuple[str, list[tuple[str, int, int]]]:
    """``text`` as ``words`` reads it (NFC, its Markdown noise blanked out) but
    not lowercased, and each word's (lowercased word, start, end) in it: where
    a word of ``words`` stands as the writer wrote it."""
    text = unicodedata.normalize("NFC", text or "")
    text = _NOISE_ANY_CASE.sub(lambda m: " " * len(m.group()), text)
    return text, [
        (_visible(m.group().lower()), m.start(), m.end()) for m in _WORD_RE.finditer(text)
    ]


@lru_cache(maxsize=8)
def _stemmer(lang: str):
    name = STEMMERS.get(lang)
    return snowballstemmer.stemmer(name) if name else None


@lru_cache(maxsize=200_000)
def stem(lang: str, word: str) -> str:
    """The stem of a lowercased word; the word itself for unknown languages."""
    stemmer = _stemmer(lang)
    if stemmer is None:
        return word
    # Fold accents after stemming so "privé" and "prive" meet; stemming
    # first keeps the stemmer's own accent rules intact.
    return _fold(stemmer.stemWord(word))


def _fold(word: str) -> str:
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def phrase_stems(lang: str, phrase: str) -> tuple[str, ...]:
    """A keyword (one word or a phrase) as the stems it must match in order."""
    return tuple(stem(lang, w) for w in words(phrase))


# Short lists of function words. Only learning and the length count need
# them (a word that is in every story is no evidence for anything); keywords
# are matched regardless. Company-wide words (energie, team) are here too.
_NL_STOP = """
        aan al alle alles als altijd ander andere anders ben bij binnen daar daarna
        daarom dan dat de deze die dit doe doen door dus echt een eens eigen elk elke
        en er ergens even gaan gaat geen gewoon had heb hebben heeft hem het hier hij
        hoe hun ik in is ja je jij jou jouw juist kan keer komen komt kon kunnen kun
        laat laten maar me meer mee men met mij mijn minder mis moet moeten na naar
        natuurlijk nee net niet niets nog nooit nu of ofwel om omdat ons onze ook op
        over precies samen te tegen toch toen tot twee uit van veel voor vaak vanuit
        via vind vond waar wat we wel welke werd wie wil willen word worden wordt zal
        ze zei zeker zelf zich zij zijn zo zoals zou zouden zonder zeggen zegt iets
        iemand iedereen steeds soms weer weet weten wanneer waarom terwijl tussen
        onder boven achter sinds eerst daarbij eigenlijk graag heel erg beetje best
        goed mooi grote groot klein kleine nieuwe nieuw jaar jaren dag dagen week
        bedrijf werk werken werkt collega collega's collegas team
        mensen mens tijd manier ging gingen kwam kreeg krijg krijgen zien zie zag
        staat staan sta doet deed maken maakt gemaakt gedaan wilde wist denk dacht naast
        """
_EN_STOP = """
        a about after again all also always am an and any are around as at back be
        because been before being both but by can could day days did do does doing
        done down each even every few first for from get gets got had has have having
        he her here him his how i if in into is it its just know like made make makes
        many me more most much my never new next no not now of off on once one only
        or other our out over own really same see she should so some something still
        such than that the their them then there these they thing things think this
        those through time to too two up us very was way we week well went were what
        when where which while who why will with without work worked working would
        year years yet you your company team people colleague
        colleagues lot lots get getting go going good great big small little say
        said says want wanted came come comes took take takes part
        """
STOPWORDS: dict[str, frozenset[str]] = {
    "nl": frozenset(_NL_STOP.split()),
    "en": frozenset(_EN_STOP.split()),
}

# Function words only (articles, pronouns, prepositions, conjunctions,
# auxiliaries): a keyword made of nothing else matches every story. Narrower
# than STOPWORDS, which also holds content words too common to learn from
# ("day", "part", "time" are fine inside "part-time" or "day off").
_NL_FUNCTION = """
        de het een en of maar want dus dat die dit deze wie wat waar hoe in op aan
        bij met van voor naar uit over door om tot te ik jij je u hij zij ze we wij
        jullie hun mijn jouw zijn haar ons onze is ben bent was waren heb hebt heeft
        hebben had wordt worden werd zal zou kan kunnen moet niet geen wel ook er
        hier daar als dan nog al
        """
_EN_FUNCTION = """
        a an the and or but so that this these those who what where how in on at by
        with of for to from into about i you he she it we they me him her us them my
        your his its our their is are was were be been am have has had do does did
        will would can could should must not no also there here if then as
        """
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "nl": frozenset(_NL_FUNCTION.split()),
    "en": frozenset(_EN_FUNCTION.split()),
}


# Between two sentences: after . ! ? or …, before a capital, a digit or a quote.
SENTENCE_BREAK = re.compile(r"(?<=[.!?…])\s+(?=[A-Z0-9À-Ý\"“‘'])")


def clip_sentences(text: str, limit: int) -> str:
    """The first whole sentences of ``text`` that fit in ``limit`` characters; a
    first sentence longer than that is cut at a word, with "…" (never mid-word)."""
    out = ""
    for sentence in SENTENCE_BREAK.split(text):
        if out and len(out) + len(sentence) + 1 > limit:
            break
        out = f"{out} {sentence}".strip()
    if len(out) > limit:
        out = out[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return out
