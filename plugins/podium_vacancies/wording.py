"""Equal treatment: wording in a job ad that shuts applicants out, checked.

Dutch law (the Algemene wet gelijke behandeling, and for age the Wet gelijke
behandeling op grond van leeftijd bij de arbeid, after EU directives 2000/43
and 2000/78) forbids a job ad to ask for an age or an origin the work does not
need, and the Netherlands Institute for Human Rights (College voor de Rechten
van de Mens) has judged the usual phrasings of it. A good ATS career site
warns about them as the ad is written; ``podium check`` (and the build) warns,
on the field's line, about each advertised vacancy (open or scheduled) whose
title or description:

* sets an upper age or an age range ("max 30 jaar", "tussen 25 en 35 jaar",
  "aged 25-35", "30 or younger"); a lower age alone ("minimaal 18 jaar",
  "18+") is often what the law itself asks (night work, driving) and passes;
* asks for a young applicant in other words ("jong team", "jong en
  dynamisch", "young professional", "digital native", "pas afgestudeerd",
  "recent graduate");
* asks for a mother tongue instead of a level ("native speaker", "Nederlands
  als moedertaal", "English as a first language"), which shuts out applicants
  of another origin who speak the language as well: ask for the level ("C1").

and, for a job in the EEA, whose text asks for the applicant's pay history
("vermeld je huidige salaris", "salary history", "current salary"), which the
pay transparency directive (2023/970, article 5(2)) forbids employers to ask:
what they expect to earn may be asked.

Warnings, not errors: a phrase may be quoted to be denied, and the law allows
an age limit the work needs (a youth wage's, a pension scheme's). For a feed's
post the fix is in the ATS, then a pull. The lists are short on purpose, the
phrases the Institute's judgements and equal-treatment guides name.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from podium.errors import Issue

from .model import Vacancy
from .paycheck import EEA

# An age: 15 to 69 (two digits: "max 3 jaar" is a contract's length).
_N = r"(?:1[5-9]|[2-6]\d)"
_TO = r"\s*(?:-|–|—|tot|t/m|en|to|and)\s*"
# "jaar ervaring", "years of experience": a limit on experience is no age.
_NOT_EXPERIENCE = (
    r"(?!\s*(?:(?:aan\s+|van\s+)?(?:werk|relevante\s+)?ervaring"
    r"|of\s+(?:\w+\s+)?experience|experience))"
)
_AGE = re.compile(
    "|".join(
        (
            # Dutch: "max 30 jaar", "maximaal 35 jaar oud", "niet ouder dan 40",
            # "jonger dan 30 jaar", "onder de 30 jaar", "hooguit 45 jaar".
            rf"\b(?:max(?:\.|imaal|imum)?|hooguit|niet\s+ouder\s+dan|jonger\s+dan|onder\s+de)"
            rf"\s+{_N}\s*(?:jaar|jr\.?)\b{_NOT_EXPERIENCE}",
            rf"\bniet\s+ouder\s+dan\s+{_N}\b",
            # "tussen 25 en 35 jaar", "25-35 jaar", "18 tot 30 jaar oud".
            rf"\b(?:tussen\s+(?:de\s+)?)?{_N}{_TO}{_N}\s*(?:jaar|jr\.?)\b{_NOT_EXPERIENCE}",
            rf"\b{_N}\s*(?:jaar\s+)?of\s+jonger\b",
            r"\b(?:leeftijdsgrens|maximum\s*leeftijd|maximale\s+leeftijd)\b",
            rf"\bleeftijd\s*:?\s*(?:tussen\s+|van\s+|tot\s+|max(?:\.|imaal)?\s+)?{_N}"
            rf"(?:{_TO}{_N})?(?:\s*(?:jaar|jr\.?))?\b",
            # English: "under 30 years old", "no older than 35", "aged 25-35",
            # "25 to 35 years old", "30 or younger", "maximum age".
            rf"\b(?:under|below|max(?:imum)?|no\s+older\s+than|not\s+older\s+than|younger\s+than)"
            rf"\s+(?:the\s+age\s+of\s+)?{_N}\s*(?:years?\s+old|years?\s+of\s+age|y/?o)\b",
            rf"\b(?:no|not)\s+older\s+than\s+{_N}\b",
            rf"\bunder\s+the\s+age\s+of\s+{_N}\b",
            rf"\baged?\s+(?:between\s+)?{_N}{_TO}{_N}\b",
            rf"\b{_N}{_TO}{_N}\s*years?\s+(?:old|of\s+age)\b",
            rf"\b{_N}\s*(?:years?\s+(?:old\s+)?)?or\s+(?:younger|under)\b",
            r"\b(?:maximum|upper)\s+age\b",
        )
    ),
    re.IGNORECASE,
)
_YOUNG = re.compile(
    "|".join(
        (
            # "jong team", "jonge team", "jong, dynamisch team", "jong en
            # dynamisch", "jonge, enthousiaste collega"; not "jong bedrijf" (a
            # start-up is young, not its people).
            r"\bjonge?,?\s+(?:(?:en\s+)?(?:dynamisch|enthousiast|energiek|fris)e?,?\s+)*"
            r"(?:team|collega'?s?|mensen|medewerkers?|kandidaat|talent)\b",
            r"\bjonge?,?\s+(?:en|&)\s+(?:dynamisch|enthousiast|energiek)e?\b",
            r"\byoung,?\s+(?:(?:and\s+)?(?:dynamic|energetic|enthusiastic|vibrant),?\s+)*"
            r"(?:team|colleagues|people|candidates?|talent)\b",
            r"\byoung,?\s+(?:and|&)\s+(?:dynamic|energetic|vibrant)\b",
            r"\byoung\s+professionals?\b",
            r"\bdigital\s+natives?\b",
            r"\b(?:pas|net|recent(?:elijk)?)\s+afgestudeerd(?:e|en)?\b",
            r"\brecent\s+graduates?\b",
        )
    ),
    re.IGNORECASE,
)
_LANGUAGES = (
    r"(?:nederlands|engels|duits|frans|spaans|italiaans|pools|dutch|english|german|french"
    r"|spanish|italian|polish)"
)
_ORIGIN = re.compile(
    "|".join(
        (
            # "native speaker", "native English speaker", "native Dutch".
            rf"\bnative\s+(?:{_LANGUAGES}\s+)?speakers?\b",
            rf"\bnative\s+{_LANGUAGES}\b",
            # "Nederlands als moedertaal", "moedertaalspreker", "moedertaal Nederlands",
            # "Nederlandse moedertaal"; not "ongeacht je moedertaal".
            r"\b(?:als|op)\s+moedertaal(?:niveau)?\b",
            r"\bmoedertaal(?:sprekers?|niveau)\b",
            rf"\bmoedertaal\s*:?\s*{_LANGUAGES}\b",
            r"\b(?:nederlandse|engelse|duitse|franse)\s+moedertaal\b",
            # "English as a first language", "mother tongue: English".
            r"\bas\s+(?:a|your|their|the)\s+(?:mother\s+tongue|first\s+language|native\s+language)\b",
            rf"\b(?:mother\s+tongue|native\s+language)\s*:?\s*{_LANGUAGES}\b",
        )
    ),
    re.IGNORECASE,
)
_PAY_HISTORY = re.compile(
    "|".join(
        (
            # "je huidige salaris", "laatst verdiende salaris", "huidig brutomaandsalaris";
            # not "salarisindicatie" (what they expect, which may be asked).
            r"\b(?:huidige?|laatst\s+verdiende|vorige|laatste|eerdere)\s+"
            r"(?:bruto\s*|netto\s*)?(?:maand|jaar)?(?:salaris|loon|inkomen)\b",
            r"\bsalaris(?:historie|geschiedenis)\b",
            r"\b(?:current|previous|last|present|prior)\s+(?:base\s+)?"
            r"(?:salary|pay|compensation|remuneration|wage)\b",
            r"\b(?:salary|pay|compensation|wage)\s+history\b",
        )
    ),
    re.IGNORECASE,
)
_PAY_HISTORY_ADVICE = (
    "asks for the applicant's pay history, which the EU pay transparency directive forbids "
    "employers to ask (2023/970, article 5(2)): leave it out; what they expect to earn may "
    "be asked"
)
_ADVICE = (
    (
        _AGE,
        "sets an age limit, which equal treatment law forbids unless the work needs it "
        "(WGBL; EU directive 2000/78): leave it out",
    ),
    (
        _YOUNG,
        "asks for a young applicant, which tells older ones not to apply (age "
        "discrimination, WGBL): describe the work and the team instead",
    ),
    (
        _ORIGIN,
        "asks for a mother tongue, which shuts out applicants of another origin who speak "
        'the language as well (AWGB): ask for the level the work needs, like "vloeiend '
        'Nederlands (C1)" or "fluent English (C1)"',
    ),
)


def wording_problems(text: str, in_eea: bool = True) -> list[str]:
    """What ``text`` asks of applicants that equal treatment (and, for a job
    in the EEA, ``in_eea``, pay transparency) forbids: one line per kind
    found, quoting its phrases; empty when it asks none."""
    text = " ".join(text.split())
    problems = []
    kinds = (*_ADVICE, (_PAY_HISTORY, _PAY_HISTORY_ADVICE)) if in_eea else _ADVICE
    for pattern, advice in kinds:
        found = list(dict.fromkeys(m.group(0) for m in pattern.finditer(text)))
        if found:
            quoted = ", ".join(f'"{phrase}"' for phrase in found[:3])
            more = f" and {len(found) - 3} more" if len(found) > 3 else ""
            problems.append(f"{quoted}{more} {advice}")
    return problems


def check(vacancies: Iterable[Vacancy], today: dt.date) -> list[Issue]:
    """A warning on the field's line of each advertised vacancy whose title
    or description asks for an age, an origin or (in the EEA) a pay history
    (wording_problems)."""
    issues = []
    for v in vacancies:
        if not v.is_advertised(today):
            continue  # a closed job's page is no job ad any more
        where = " (in the ATS post, then run `podium vacancies pull`)" if v.feed_status else ""
        in_eea = any(p.country in EEA for p in v.locations)
        # A title in the hub's other languages (a Recruitee offer's translations)
        # is the ad's in that language's job list.
        fields = [("title", "title", v.title), ("description", "description", v.description_text)]
        fields += [(f"titles.{lang}", "titles", t) for lang, t in v.titles if t != v.title]
        for name, key, text in fields:
            for problem in wording_problems(text, in_eea):
                issues.append(
                    Issue(
                        v.source,
                        v.line(key),
                        f'vacancy "{v.id}" field "{name}": {problem}{where}',
                        "warning",
                    )
                )
    return issues
