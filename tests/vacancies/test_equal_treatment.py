"""Wording in a job ad that equal treatment law forbids: ``podium check`` warns."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from podium_cli.cli import main
from podium_testkit import copy_site, one_post_feed
from podium_vacancies.wording import wording_problems


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Je bent max 30 jaar en hebt rijbewijs B.", "max 30 jaar"),
        ("Leeftijd: 25-35 jaar.", "Leeftijd: 25-35 jaar"),
        ("Je bent tussen de 20 en 30 jaar oud.", "tussen de 20 en 30 jaar"),
        ("Kandidaten niet ouder dan 40 nodigen we uit.", "niet ouder dan 40"),
        ("Je bent jonger dan 35 jaar.", "jonger dan 35 jaar"),
        ("Je bent 30 jaar of jonger.", "30 jaar of jonger"),
        ("Let op: er geldt een leeftijdsgrens.", "leeftijdsgrens"),
        ("You are aged 25-35.", "aged 25-35"),
        ("Applicants should be under 30 years old.", "under 30 years old"),
        ("You are no older than 35.", "no older than 35"),
        ("You are 30 or younger.", "30 or younger"),
        ("Je komt in een jong team in Utrecht.", "jong team"),
        ("Een jong, dynamisch team wacht op je.", "jong, dynamisch team"),
        ("Wij zijn jong en dynamisch.", "jong en dynamisch"),
        ("Join our young and dynamic team.", "young and dynamic team"),
        ("We look for a young professional.", "young professional"),
        ("You are a digital native.", "digital native"),
        ("Ben je pas afgestudeerd? Solliciteer!", "pas afgestudeerd"),
        ("Ideal for a recent graduate.", "recent graduate"),
        ("You are a native speaker of Dutch.", "native speaker"),
        ("Native English speaker wanted.", "Native English speaker"),
        ("Je spreekt Nederlands als moedertaal.", "als moedertaal"),
        ("Moedertaal: Nederlands.", "Moedertaal: Nederlands"),
        ("You speak English as a first language.", "as a first language"),
    ],
)
def test_wording_that_asks_for_an_age_or_an_origin(text, phrase):
    problems = wording_problems(text)
    assert len(problems) == 1 and problems[0].startswith(f'"{phrase}"'), problems


@pytest.mark.parametrize(
    "text",
    [
        "Je bent minimaal 18 jaar (nachtwerk) en hebt rijbewijs B.",
        "Je hebt maximaal 3 jaar ervaring nodig.",
        "Je hebt 20-30 jaar ervaring in de bouw.",
        "You bring 20 to 30 years of experience.",
        "Our customers are eight to ninety-eight years old.",
        "Helder Energie is een jong bedrijf met 200 collega's.",
        "We bieden taalles, ongeacht je moedertaal.",
        "You speak fluent English (C1) and some Dutch.",
        "Een contract van 32-40 uur per week.",
        "The office is under 30 minutes from Utrecht Centraal.",
        "Je begeleidt leerlingen van 16 tot 18 in hun BBL-jaar.",
        "You coach two young engineers? No: two medior engineers.",
        "Minimum age 18 (you drive our vans).",
    ],
)
def test_wording_that_asks_for_neither_passes(text):
    assert wording_problems(text) == []


def test_age_and_origin_are_one_line_each():
    problems = wording_problems(
        "Jong team zoekt native speaker (max 30 jaar). Young professional? Native speaker!"
    )
    assert [p.split(" ", 1)[0] for p in problems] == ['"max', '"Jong', '"native']
    assert problems[1].startswith('"Jong team", "Young professional" asks for a young')
    # The same phrase twice is quoted once ("native speaker" and "Native speaker" differ).
    assert problems[2].startswith('"native speaker", "Native speaker" asks for a mother tongue')


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Stuur je cv en vermeld je huidige salaris.", "huidige salaris"),
        ("Noem je laatst verdiende salaris in je brief.", "laatst verdiende salaris"),
        ("Je huidig brutomaandsalaris vragen we ook.", "huidig brutomaandsalaris"),
        ("Voeg je salarishistorie toe.", "salarishistorie"),
        ("Please include your current salary.", "current salary"),
        ("Tell us your salary history.", "salary history"),
    ],
)
def test_a_question_for_pay_history_in_the_eea(text, phrase):
    """The pay transparency directive forbids asking applicants what they
    earned (article 5(2)); it is an EEA law, so a job elsewhere is not told."""
    problems = wording_problems(text)
    assert len(problems) == 1 and problems[0].startswith(f'"{phrase}" asks for the applicant'), (
        problems
    )
    assert "2023/970, article 5(2)" in problems[0]
    assert wording_problems(text, in_eea=False) == []


@pytest.mark.parametrize(
    "text",
    [
        "Vermeld je salarisindicatie: wat wil je verdienen?",
        "Tell us your salary expectations.",
        "Het salaris is € 3.200 - € 3.900 per maand.",
        "The current team has six people.",
    ],
)
def test_asking_what_they_expect_to_earn_passes(text):
    assert wording_problems(text) == []


@pytest.fixture
def site(tmp_path, monkeypatch):
    site = copy_site(tmp_path)
    monkeypatch.chdir(site)
    return site


def test_check_warns_on_the_field_of_an_advertised_vacancy(site):
    job = site / "content" / "vacancies" / "remote-developer.yml"
    job.write_text(
        job.read_text(encoding="utf-8")
        .replace("title: Remote software developer", "title: Young professional developer")
        .replace(
            "from anywhere in the Netherlands.",
            "from anywhere in the Netherlands.\n\n  You join a young team and are a native "
            "speaker\n  of Dutch, no older than 35.",
        ),
        encoding="utf-8",
    )
    closed = site / "content" / "vacancies" / "closed-support.yml"
    closed.write_text(
        closed.read_text(encoding="utf-8").replace(
            "description: |\n", "description: |\n  Jong team.\n"
        ),
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["check"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    lines = [ln for ln in result.output.splitlines() if '"502" field' in ln]
    assert sorted(lines) == sorted(
        [
            'content/vacancies/remote-developer.yml:2: warning: vacancy "502" field "title": '
            '"Young professional" asks for a young applicant, which tells older ones not to '
            "apply (age discrimination, WGBL): describe the work and the team instead",
            'content/vacancies/remote-developer.yml:9: warning: vacancy "502" field "description": '
            '"no older than 35" sets an age limit, which equal treatment law forbids unless the '
            "work needs it (WGBL; EU directive 2000/78): leave it out",
            'content/vacancies/remote-developer.yml:9: warning: vacancy "502" field "description": '
            '"young team" asks for a young applicant, which tells older ones not to apply (age '
            "discrimination, WGBL): describe the work and the team instead",
            'content/vacancies/remote-developer.yml:9: warning: vacancy "502" field "description": '
            '"native speaker" asks for a mother tongue, which shuts out applicants of another '
            "origin who speak the language as well (AWGB): ask for the level the work needs, like "
            '"vloeiend Nederlands (C1)" or "fluent English (C1)"',
        ]
    ), result.output
    # A closed job's page is no ad any more.
    assert "closed-support.yml" not in result.output


def test_a_feed_post_is_fixed_in_its_ats(site):
    one_post_feed(
        site,
        description="<p>Je bent <strong>max 30</strong> jaar.</p>",
        salary={"min": 3000, "max": 3500, "currency": "EUR", "unit": "MONTH"},
    )
    result = CliRunner().invoke(main, ["check"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    lines = [ln for ln in result.output.splitlines() if '"9001" field "description"' in ln]
    assert len(lines) == 1, result.output
    assert lines[0].startswith("content/vacancies/feeds/ats.json:")
    assert '"max 30 jaar" sets an age limit' in lines[0]
    assert lines[0].endswith("(in the ATS post, then run `podium vacancies pull`)")


def test_a_title_in_another_language_is_checked_too(site):
    one_post_feed(
        site,
        title="Trainee marketing",
        titles={"en": "Young professional marketing"},
        salary={"min": 3000, "max": 3500, "currency": "EUR", "unit": "MONTH"},
    )
    result = CliRunner().invoke(main, ["check"], catch_exceptions=False)
    lines = [ln for ln in result.output.splitlines() if '"9001" field' in ln]
    assert len(lines) == 1, result.output
    assert lines[0].startswith("content/vacancies/feeds/ats.json:")
    assert 'field "titles.en": "Young professional" asks for a young applicant' in lines[0]
