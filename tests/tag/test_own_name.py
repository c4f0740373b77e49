"""The hub's own name is no evidence from a theme's name or description: every
story names the company ("Wie bij Lindehof leert ..." in the learning theme's
description tagged stories that only said where their writer works)."""

from __future__ import annotations

from click.testing import CliRunner

from podium.settings import PodiumSettings
from podium_cli.cli import main
from podium_tag import Doc, Tagger, TaggerConfig, parse_themes, store
from podium_tag.tagging import site_config

TEXT = """\
themes:
  - slug: growth
    name: {nl: Leren en groeien, en: Careers and learning}
    description: {nl: "Wie bij Lindehof leert, groeit mee met de zorg."}
    color: "#1f5fbf"
    keywords: {nl: [opleiding, cursus, scholing]}
  - slug: balance
    name: {nl: Flexibel werken, en: Balance}
    description: {nl: "Parttime en in je eigen rooster."}
    color: "#7a3e9d"
    keywords: {nl: [parttime, rooster]}
"""
THEMES = parse_themes(TEXT, "themes.yml")
LINDEHOF = TaggerConfig(own_names=("Lindehof", "Zorggroep Lindehof"))
STORY = Doc(
    lang="nl",
    title="Mijn eerste jaar bij Lindehof",
    body="Bij Lindehof begon ik op de afdeling. Lindehof is een fijne plek om te werken, "
    "en na een opleiding ging ik verder.",
)


def _evidence(tagger: Tagger, slug: str) -> dict[str, str]:
    (score,) = [s for s in tagger.scores(STORY) if s.slug == slug]
    return {w.lower(): s for w, s in zip(score.evidence, score.sources, strict=True)}


def test_the_hubs_name_in_a_description_is_no_evidence_but_a_keyword_stays_one():
    assert _evidence(Tagger(THEMES), "growth").get("lindehof") == "description"
    growth = _evidence(Tagger(THEMES, LINDEHOF), "growth")
    assert "lindehof" not in growth and growth["opleiding"] == "keyword"
    # An editor who lists the name as a keyword meant it.
    listed = parse_themes(TEXT.replace("[opleiding,", "[Lindehof, opleiding,"), "themes.yml")
    assert _evidence(Tagger(listed, LINDEHOF), "growth")["lindehof"] == "keyword"


def test_a_hub_is_named_by_sitename_without_careers_at_and_by_its_employer():
    settings = PodiumSettings.from_pelican(
        {"SITENAME": "Careers at Lindehof", "PODIUM_BRAND": {"name": "Zorggroep Lindehof"}}
    )
    config = site_config(settings)
    assert config.own_names == ("Lindehof", "Zorggroep Lindehof")
    assert "lindehof" not in _evidence(Tagger(THEMES, config), "growth")
    # "Careers at" is how the site's title begins, not the company: "careers"
    # in the name "Careers and learning" is still evidence.
    doc = Doc(lang="en", body="Two careers in one life: a course at Lindehof helped.")
    (growth,) = [s for s in Tagger(THEMES, config).scores(doc) if s.slug == "growth"]
    assert "careers" in growth.evidence and "Lindehof" not in growth.evidence


def test_podium_tag_explain_takes_no_evidence_from_the_hubs_name(site, monkeypatch):
    # The test site is "Werken bij Testbedrijf", its employer "Testbedrijf".
    themes = site / "content" / "themes.yml"
    text = themes.read_text(encoding="utf-8")
    themes.write_text(text.replace('"Software en data."', '"Wie bij Testbedrijf bouwt."'))
    story = site / "content" / "columns" / "zoe.md"
    story.write_text(
        "---\ntitle: Mijn eerste jaar bij Testbedrijf\ndate: 2026-04-10\nauthor: Zoe Zwart\n"
        "role: Supportmedewerker\nteam: support\nconsent: {given: 2026-04-01, social: false}\n"
        "---\n\nBij Testbedrijf begon ik op de afdeling. Testbedrijf is een fijne plek, "
        "en ik schrijf soms wat code.\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(site)
    result = CliRunner().invoke(main, ["tag", "--explain", "content/columns/zoe.md"])
    assert result.exit_code == 0, result.output
    tech = result.output.split("\ntech", 1)[1].split("\nbalance", 1)[0]
    # It was "auto", on "code (keyword), Testbedrijf (description)".
    assert "evidence: code (keyword)\n" in tech + "\n" and " no (bar" in tech


def test_a_new_name_is_a_new_key_of_the_builds_tag_store():
    # Else a build after SITENAME changed gave back the tags of the old name.
    assert store.key(THEMES, [STORY], []) != store.key(THEMES, [STORY], [], None, LINDEHOF)
    assert store.key(THEMES, [STORY], []) == store.key(THEMES, [STORY], [], None, TaggerConfig())
