"""Which of the hub's languages a story's text is written in, when that is clear.

A story without ``lang`` is in the hub's default language. On an English hub a
Dutch story written without it passed ``podium check`` with no word and went
out as an English page (English menus, English feed, hreflang="en"). The
words that tell Dutch from English most reliably are the small ones every
sentence needs ("de", "het", "een" against "the", "and", "of"): no model, no
dependency, the same answer on every machine. Words both languages use ("in",
"is", "was", "we", "over", "had") are left out, so they count for neither.
"""

from __future__ import annotations

import re

NAMES = {"nl": "Dutch", "en": "English"}

_DUTCH = """
        de het een en van ik dat niet zijn op met voor je ook maar als er bij naar om
        dan wat nog wel geen heb hebben heeft wordt worden werd kan kunnen mijn veel meer
        onze ons uit deze dit omdat hoe waar zo toen echt altijd alleen tussen tijdens wij
        hun jij zij ze wie welke mij moet moeten gaan gaat nu al ben bent die daar hier
        naast elke iets niets iemand zonder onder tegen sinds waarom dus toch juist
"""
_ENGLISH = """
        the and of to a that it with for on my this be are have has not but they you
        from at by what which when there their our an or would can will been were about
        so if just because how who more also very into than your do don't i'm it's
        these those them then where why every something nothing someone without under
        against since through still really only always
"""
FUNCTION_WORDS = {"nl": frozenset(_DUTCH.split()), "en": frozenset(_ENGLISH.split())}

# Clear means: enough of the other language's small words to be more than a
# quoted phrase, and most of all the small words found. A Dutch story quoting an
# English slogan, or an English one naming "De Stormweek", stays what it says.
AT_LEAST = 20
SHARE = 0.8

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def reads_as(text: str, declared: str, languages: tuple[str, ...]) -> str | None:
    """The hub language ``text`` clearly reads as, when that is not ``declared``.

    None when it reads as ``declared``, when it is not clear, or when the
    languages involved have no list of words here (they are not checked).
    """
    known = [lang for lang in languages if lang in FUNCTION_WORDS]
    if declared not in known or len(known) < 2:
        return None
    words = [w.replace("’", "'") for w in _WORD.findall(text.lower())]
    counts = {lang: sum(w in FUNCTION_WORDS[lang] for w in words) for lang in known}
    best = max(known, key=lambda lang: counts[lang])
    if best == declared or counts[best] < AT_LEAST or counts[best] < SHARE * sum(counts.values()):
        return None
    return best
