"""``podium_tag.review``: which untagged stories an editor should look at for a theme."""

from __future__ import annotations

import dataclasses

from podium_tag import Doc, Tagger, TaggerConfig
from podium_tag.review import PER_THEME, suggestions

from .test_tagger import THEMES

CLOSE = Doc(  # one "data" in a story about the warehouse: the tech theme, not passed
    lang="nl",
    title="Mijn eerste jaar in het magazijn",
    body="Ik begon vorig jaar in het magazijn en pak elke dag orders in. Het werk is fysiek "
    "en ik zie aan het eind van de dag wat ik gedaan heb. Elke ochtend kijk ik even naar "
    "de data van gisteren, daarna gaan we aan de slag. Ik leer elke week iets nieuws.",
)
TAGGED = Doc(
    lang="nl",
    title="Software bouwen voor onze monteurs",
    body="Als developer schrijf ik de software en de code van de app die onze monteurs "
    "gebruiken. De data uit die app laat zien waar de software beter kan.",
)
NOTHING = Doc(lang="nl", title="Een dag op de fiets", body="Ik fiets elke dag naar het werk.")


def _suggest(docs, tagger=None, **kw):
    tagger = tagger or Tagger(THEMES)
    return tagger, suggestions(tagger, docs, [tagger.tag(d) for d in docs], **kw)


def test_a_story_close_to_a_theme_is_suggested_with_its_evidence():
    tagger, found = _suggest([CLOSE, TAGGED, NOTHING])
    assert list(found) == [t.slug for t in THEMES]  # every theme, in taxonomy order
    assert not tagger.tag(CLOSE)
    [item] = found["tech"]
    assert item.story == 0
    assert item.evidence == ("data",) and item.sources == ("keyword",)
    score = next(s for s in tagger.scores(CLOSE) if s.slug == "tech")
    assert item.share == round(score.score / score.bar, 2) >= 0.5
    assert item.share < 1 and item.note == f"{item.share:.0%} of the bar"  # "63% of the bar"
    # Not for the theme a story has, and never a story without any evidence.
    assert [s.story for s in found["tech"]] == [0]
    assert all(s.story != 2 for items in found.values() for s in items)


def test_a_theme_the_story_has_is_not_suggested_again_explicit_or_automatic():
    explicit = dataclasses.replace(CLOSE, explicit_themes=("tech",))
    _, found = _suggest([explicit, TAGGED])
    assert found["tech"] == []


def test_far_from_the_bar_is_not_suggested():
    _, found = _suggest([CLOSE], share=1.5)
    assert found["tech"] == []


def test_at_most_per_theme_suggestions_the_closest_first():
    # The same near miss, shorter and shorter: each one scores a little differently.
    tail = " Dat is het."
    docs = [dataclasses.replace(CLOSE, body=CLOSE.body + tail * n) for n in range(PER_THEME + 3)]
    tagger, found = _suggest(docs)
    items = found["tech"]
    assert len(items) == PER_THEME
    shares = [i.share for i in items]
    assert shares == sorted(shares, reverse=True)
    every = sorted(
        (round(s.score / s.bar, 2) for d in docs for s in tagger.scores(d) if s.slug == "tech"),
        reverse=True,
    )
    assert shares == every[:PER_THEME]


def test_past_the_automatic_themes_a_story_gets_says_so():
    # A story about all four themes, with room for only one automatic one.
    doc = Doc(
        lang="nl",
        title="Software, klanten, klimaat en gereedschap",
        body="Als developer schrijf ik software en code voor de app. Klanten bellen de "
        "klantenservice met een klacht over de telefoon. Duurzaamheid en het klimaat: de "
        "uitstoot moet omlaag. De monteur en de installateur pakken hun gereedschap.",
    )
    tagger = Tagger(THEMES, TaggerConfig(max_auto=1))
    [tag] = tagger.tag(doc)
    _, found = _suggest([doc], tagger)
    notes = {slug: items[0].note for slug, items in found.items() if items}
    assert tag.slug not in notes
    assert set(notes) == {t.slug for t in THEMES} - {tag.slug}
    assert set(notes.values()) == {"at the bar, after the 1 automatic themes a story gets"}


class _Scored:
    """A tagger whose scores are ``scale`` times the real ones, bars unchanged."""

    def __init__(self, tagger, scale):
        self.config, self.themes = tagger.config, tagger.themes
        self._tagger, self._scale = tagger, scale

    def scores(self, doc, all_evidence=False):
        return [dataclasses.replace(s, score=s.bar * self._scale)
                for s in self._tagger.scores(doc, all_evidence)]  # fmt: skip


def test_just_under_the_bar_never_reads_as_at_the_bar():
    # 99.7% of the bar, not tagged: "100% of the bar" would say it got there.
    tagger = _Scored(Tagger(THEMES), 0.997)
    found = suggestions(tagger, [CLOSE], [[]])
    assert [s.note for s in found["tech"]] == ["99% of the bar"]
    tagger = _Scored(Tagger(THEMES), 0.58)
    assert [s.note for s in suggestions(tagger, [CLOSE], [[]])["tech"]] == ["58% of the bar"]
