"""``podium tag --explain``: the learned bars, and under the hand rule the site's lowered
floors (``Tagger.floors``)."""

from __future__ import annotations

from podium_cli.explain import explain_story
from podium_tag import Doc, Tagger, TaggerConfig, parse_themes

THEMES = parse_themes(
    """\
themes:
  - slug: tech
    name: {nl: Techniek, en: Tech}
    color: "#1f5fbf"
    keywords: {nl: [software, developer, data, code, app]}
  - slug: craft
    name: {nl: Vakmanschap, en: Craftsmanship}
    color: "#8a4b08"
    keywords: {nl: [monteur, installateur, gereedschap]}
""",
    "themes.yml",
)
FILLER = (
    "Ik werk sinds twee jaar bij het bedrijf en ik vind het nog steeds leuk. We hebben een fijn "
    "team en op vrijdag lunchen we samen. Mijn dag begint met koffie en een praatje. "
) * 12
CRAFT = Doc(lang="nl", body="De monteur pakt zijn gereedschap. " + FILLER)
TECH = Doc(lang="nl", body="Data, software en code: ik bouw een app als developer. " + FILLER)
RULE = TaggerConfig(decision=False)  # the hand rule: one bar, lowered floors


def test_explain_names_a_lowered_floor_and_marks_the_themes_own_bar():
    tagger = Tagger.fit(THEMES, [], RULE, corpus=[CRAFT] * 3 + [TECH] * 22)
    lines = explain_story("content/stories/monteur.md", CRAFT, THEMES, tagger).splitlines()
    assert lines[1].startswith("bar 2.65: at least 2.65")
    assert lines[2] == (
        "lower floors, for themes fewer than 8% of the site's stories reach: craft 2.00"
    )
    craft = next(line for line in lines if line.startswith("craft"))
    assert craft.endswith("auto (bar 2.00)")
    tech = next(line for line in lines if line.startswith("tech"))
    assert "(bar" not in tech  # the shared bar is in the header


def test_explain_without_a_site_has_no_lowered_floors():
    text = explain_story("x.md", CRAFT, THEMES, Tagger(THEMES, RULE))
    assert "lower floors" not in text and "(bar" not in text
    assert next(line for line in text.splitlines() if line.startswith("craft")).endswith(" no")


def test_explain_gives_every_theme_its_learned_bar_and_agrees_with_the_tags():
    tagger = Tagger.fit(THEMES, [], corpus=[CRAFT] * 3 + [TECH] * 22)
    for doc in (CRAFT, TECH, Doc(lang="nl", body="De monteur. " + FILLER)):
        lines = explain_story("x.md", doc, THEMES, tagger).splitlines()
        assert lines[1].startswith("each theme's bar is learned from labelled stories")
        assert not any(line.startswith("lower floors") for line in lines)
        tagged = {t.slug for t in tagger.tag(doc)}
        for score in tagger.scores(doc):
            line = next(line for line in lines if line.startswith(score.slug + " "))
            assert line.endswith(f"(bar {score.bar:.2f})")
            # What the line says is what the tagger did, and the bar tells why.
            assert (" auto " in line) == (score.slug in tagged) == score.passed
            assert score.passed == (score.score >= score.bar and score.terms >= 2)


def test_explain_shows_every_word_behind_a_score_not_only_the_first_six():
    # A tag (stories.json, the notices) carries the six strongest words; the
    # explanation must account for the whole score, so it lists them all.
    themes = parse_themes(
        """\
themes:
  - slug: craft
    name: {nl: Vakmanschap, en: Craftsmanship}
    color: "#8a4b08"
    keywords: {nl: [monteur, gereedschap, boor, ladder, steiger, kabel, zaag, hamer]}
""",
        "themes.yml",
    )
    doc = Doc(lang="nl", body="Monteur, gereedschap, boor, ladder, steiger, kabel, zaag, hamer.")
    tagger = Tagger(themes)
    (tag,) = tagger.tag(doc)
    assert len(tag.evidence) == 6  # max_evidence: what a tag keeps
    text = explain_story("x.md", doc, themes, tagger)
    evidence = next(line for line in text.splitlines() if "evidence:" in line)
    words = ["monteur", "gereedschap", "boor", "ladder", "steiger", "kabel", "zaag", "hamer"]
    # As written: the story starts with "Monteur".
    shown = ["Monteur", *words[1:]]
    assert sorted(evidence.split("evidence: ")[1].split(", ")) == sorted(
        f"{w} (keyword)" for w in shown
    )


def test_a_score_just_under_its_bar_never_prints_equal_to_it():
    # 2.1496 under a bar of 2.1500 printed "2.15 ... no (bar 2.15)" at two
    # decimals: a theme that seemed refused at its own bar.
    from podium_cli.explain import score_and_bar

    assert score_and_bar(2.1496, 2.1500) == ("2.1496", "2.1500")
    assert score_and_bar(2.1436, 2.1440) == ("2.1436", "2.1440")
    at = score_and_bar(2.1450, 2.1450)  # at the bar: equal, and it passes
    assert at[0] == at[1] and len(at[0]) == 4
    assert score_and_bar(1.20, 2.65) == ("1.20", "2.65")


def test_explain_prints_the_bar_of_a_score_that_ties_at_two_decimals(monkeypatch):
    # Under the hand rule the shared bar is only in the header ("bar 2.65"); a
    # score of 2.6496 printed "2.65" with a bare "no" beside it.
    import dataclasses

    tagger = Tagger(THEMES, RULE)
    real = tagger.scores

    def near(doc, **kw):
        return [
            dataclasses.replace(s, score=round(s.bar - 0.0004, 4)) if s.slug == "craft" else s
            for s in real(doc, **kw)
        ]

    monkeypatch.setattr(tagger, "scores", near)
    lines = explain_story("x.md", CRAFT, THEMES, tagger).splitlines()
    craft = next(line for line in lines if line.startswith("craft"))
    assert craft.split()[1] == "2.6496" and craft.endswith("no (bar 2.6500)")
    assert any(line.startswith("chart: █ the score, | the bar") for line in lines)


def test_the_chart_of_a_score_just_over_its_bar_covers_the_bar(monkeypatch):
    # 1.74 against a bar of 1.72, rounded apart, drew "█...█|·": the bar's mark
    # just past the score, as if it fell short of it; just under, the reverse.
    import dataclasses

    tagger = Tagger(THEMES, RULE)
    real = tagger.scores

    def moved(delta):
        def scores(doc, **kw):
            return [
                dataclasses.replace(s, score=round(s.bar + delta, 4)) if s.slug == "craft" else s
                for s in real(doc, **kw)
            ]

        return scores

    for delta, reaches in ((0.02, True), (-0.02, False)):
        monkeypatch.setattr(tagger, "scores", moved(delta))
        lines = explain_story("x.md", CRAFT, THEMES, tagger).splitlines()
        chart = next(line for line in lines if line.startswith("craft")).split()[2]
        assert ("|" not in chart) if reaches else chart.rstrip("·").endswith("|"), chart


def test_evidence_shows_the_words_as_the_story_wrote_them():
    # "e-bike" was shown as the tagger matched it, "e bike", which an editor
    # searching the story did not find; "Monteur" at a sentence's start as "monteur".
    themes = parse_themes(
        """\
themes:
  - slug: mobility
    name: {nl: Mobiliteit, en: Mobility}
    color: "#1f5fbf"
    keywords: {nl: [e-bike, leaseauto, monteur]}
""",
        "themes.yml",
    )
    doc = Doc(lang="nl", title="Monteur op de E-bike", body="Geen leaseauto, een e-bike. " + FILLER)
    tagger = Tagger(themes)
    text = explain_story("x.md", doc, themes, tagger)
    (evidence,) = [line for line in text.splitlines() if "evidence:" in line]
    assert sorted(evidence.split("evidence: ")[1].split(", ")) == [
        "E-bike (keyword)",
        "Monteur (keyword)",
        "leaseauto (keyword)",
    ]


def test_evidence_written_with_something_odd_between_its_words_is_shown_as_matched():
    from podium_tag.features import as_written

    right_to_left = "e\u202ebike"  # a bidi override would turn the line around
    dashes = "e" + "-" * 500 + "bike"
    broken = "e-\nbike"  # a line break: the line stays one line
    for body, shown in [(right_to_left, "e bike"), (dashes, "e bike"), (broken, "e- bike")]:
        assert as_written(Doc(lang="nl", body=body), ["e bike"]) == (shown,)
    # Not in the story at all (a stale cache would say otherwise): as given.
    assert as_written(Doc(lang="nl", body="fiets"), ["e bike"]) == ("e bike",)


def test_a_very_long_evidence_word_is_cut_on_the_line():
    # A 2,100-letter compound was printed whole: a 4,210-character line of
    # --explain, and a ::notice as long, where one readable line is promised.
    from podium_cli.explain import WORD_SHOWN, evidence_text

    long = "klantenservice" * 150
    shown = evidence_text([long, "klant"], ["keyword", "keyword"])
    assert shown == f"{long[: WORD_SHOWN - 1]}… (keyword), klant (keyword)"
