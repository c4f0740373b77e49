"""A job title as Google's JobPosting guidelines ask: the job's name alone."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from podium_cli.cli import main
from podium_testkit import copy_site
from podium_vacancies.titles import title_advice


@pytest.mark.parametrize(
    ("title", "found"),
    [
        ("Data engineer €4.200 - €5.600 p/m", "gives pay"),
        ("Monteur (vanaf 3200 EUR)", "gives pay"),
        ("Monteur 3.200,- euro", "gives pay"),
        ("Data engineer bij Testbedrijf", "names the company"),
        ("Testbedrijf: data engineer", "names the company"),
        ("Data engineer (REQ-1234)", "code or date"),
        ("Monteur [#4711]", "code or date"),
        ("Stagiair marketing (2026)", "code or date"),
        ("Data engineer gezocht!", '"!"'),
        ("SENIOR DATA ENGINEER", "capitals"),
    ],
)
def test_a_title_holding_more_than_the_job_is_found(title, found):
    advice = title_advice(title, "Testbedrijf")
    assert advice is not None and found in advice, advice


def test_the_pay_in_a_title_is_quoted_whole():
    # It quoted "€3" of "€3.000" (and "$95" of "$95,000"): no pay the writer wrote.
    assert title_advice("Junior (m/v/x) - €3.000", None).startswith('it gives pay ("€3.000")')
    assert title_advice("Engineer, $95,000.", None).startswith('it gives pay ("$95,000")')


@pytest.mark.parametrize(
    "title",
    [
        "Data engineer",
        "Medewerker klantenservice (m/v/x)",
        "Data engineer (32 uur)",
        "Entwickler*in Backend",
        "SAP FICO consultant",
        "Developer C++ / C#",
        "Pilot Boeing 737",
        "HR business partner",
        "Monteur 24-uursdienst",
        "Testbedrijven adviseur",
    ],
)
def test_a_title_that_is_the_jobs_name_is_fine(title):
    assert title_advice(title, "Testbedrijf") is None


def test_podium_check_warns_on_the_title_line(tmp_path, monkeypatch):
    # A hand-written title "Data engineer bij Testbedrijf €4.200" went into the
    # JobPosting's title without a word, though Google for Jobs asks for the
    # job's name alone (no pay, company name, job code or "!") and shows such
    # a job poorly or not at all.
    site = copy_site(tmp_path)
    monkeypatch.chdir(site)
    job = site / "content" / "vacancies" / "data-engineer.yml"
    job.write_text(
        job.read_text(encoding="utf-8").replace(
            "title: Data engineer", "title: Data engineer bij Testbedrijf"
        ),
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["check"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    lines = [ln for ln in result.output.splitlines() if "Google for Jobs" in ln]
    assert lines == [
        'content/vacancies/data-engineer.yml:2: warning: vacancy "501" field "title" '
        '("Data engineer bij Testbedrijf") is not the job\'s name alone, as Google for Jobs '
        'asks: it names the company ("Testbedrijf"), which Google reads from the job\'s employer'
    ]
