"""PODIUM_PAY_TRANSPARENCY: ``podium check`` on the EU directive's pay and title rules."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from podium_cli.cli import main
from podium_testkit import copy_site, one_post_feed
from podium_vacancies.paycheck import title_problem


@pytest.mark.parametrize(
    "title",
    [
        "Medewerker klantenservice (m)",
        "Monteur (m/v)",
        "Elektriker (m/w)",
        "Chairman of the works council",
        "Verkoopster woonwinkel",
        "Salesman energy contracts",
        "Vakman elektrotechniek",
        "Monteur m/v",
        "Software Engineer (H/F)",
        "Kok (v/m)",
        "Engineer (m / f)",
        # Dutch writes compounds as one word: the gendered word is its end
        # ("Baliemedewerkster" passed, "medewerkster" alone did not).
        "Baliemedewerkster",
        "Klantenservicemedewerkster",
        "Kinderverzorgster",
        "Directiesecretaresse",
        "Managementassistente",
        "Kassière",
        "Receptioniste",
        "Zakenvrouw",
        "Barman",
        # Job titles of the warehouse, the door and the hotel floor.
        "Storeman",
        "Doorman night shift",
        "Warehouseman",
        "Cleaning lady",
        "Gastheer restaurant",
        "Kinderjuffrouw",
        "Kamermeisje",
        "Bedrijfsleidster",
        "Groepsleidster kinderopvang",
        "Maatschappelijk werkster",
        "Chauffeuse",
        "Masseuse",
    ],
)
def test_gendered_titles(title):
    assert title_problem(title) is not None


@pytest.mark.parametrize(
    "title",
    [
        "Medewerker klantenservice (m/v/x)",
        "Elektriker (m/w/d)",
        "Chair of the works council",
        "Verkoper woonwinkel",
        "Data engineer (32 uur)",
        "Manager customer care",
        "Monteur warmtepompen",
        "Teamleider installatie zonnepanelen",
        "Baliemedewerker",
        "Kinderverzorger",
        "Managementassistent",
        "Hoofdkassier",
        "Receptionist",
        "Storemanager",
        "Store manager",
        "Bedrijfsleider",
        "Groepsleider kinderopvang",
        "Maatschappelijk werker",
        "Chauffeur",
        "Kamerhulp hotel",
    ],
)
def test_neutral_titles(title):
    assert title_problem(title) is None


@pytest.mark.parametrize(
    "title",
    [
        # German "divers" written out, the Dutch "genderneutraal", non-binary
        # and the gender star: each names every gender, and was told it
        # "names some genders only".
        "Vertriebsmitarbeiter (m/w/div)",
        "Accountmanager (m/v/gn)",
        "Kassamedewerker (m/w/*)",
        "Medewerker (M/V/NB)",
        # Hardware and firmware: no gender marker at all.
        "Embedded H/W Engineer",
        "F/W Engineer (m/v/x)",
    ],
)
def test_inclusive_markers_and_slashed_abbreviations_pass(title):
    assert title_problem(title) is None


@pytest.mark.parametrize(
    "title",
    [
        "Monteur (man/vrouw)",
        "Monteur man/vrouw",
        "Kassamedewerker (vrouw)",
        "Developer (male)",
        "Developer (female)",
        "Sales (men/women)",
        "Manager (m/vrouw)",
    ],
)
def test_a_gender_marker_written_out_names_some_genders_only(title):
    # "(man/vrouw)" and "(vrouw)" say what "(m/v)" and "(v)" do, and passed.
    assert "names some genders only" in (title_problem(title) or "")


@pytest.mark.parametrize(
    "title",
    [
        "Monteur (man/vrouw/x)",
        "Monteur (man/vrouw/non-binair)",
        "Monteur (Utrecht/Amersfoort)",
        "Developer (React/TypeScript)",
        "Inbound/outbound medewerker",
        # The clients' hair, not the applicant: no marker.
        "Kapper (dames)",
        "Kapper (heren)",
        "Bartender",
    ],
)
def test_words_of_no_marker_and_inclusive_ones_pass(title):
    assert title_problem(title) is None


@pytest.fixture
def site(tmp_path, monkeypatch):
    site = copy_site(tmp_path)
    monkeypatch.chdir(site)
    folder = site / "content" / "vacancies"
    # 502 (NL, remote) has no salary in the test site; add a gendered title
    # and a vacancy outside the EU, which the directive does not cover.
    job = folder / "remote-developer.yml"
    job.write_text(
        job.read_text().replace("title: Remote software developer", "title: Developer (m)"),
        encoding="utf-8",
    )
    (folder / "zurich.yml").write_text(
        (folder / "remote-developer.yml")
        .read_text()
        .replace('id: "502"', 'id: "504"')
        .replace("{remote: true, country: NL}", "{city: Zürich, country: CH}"),
        encoding="utf-8",
    )
    return site


def _check(site, setting: str | None):
    conf = site / "pelicanconf.py"
    if setting is not None:
        conf.write_text(
            conf.read_text() + f"\nPODIUM_PAY_TRANSPARENCY = {setting!r}\n", encoding="utf-8"
        )
    return CliRunner().invoke(main, ["check"], catch_exceptions=False)


def test_warns_by_default(site):
    result = _check(site, None)
    assert result.exit_code == 0, result.output
    lines = [ln for ln in result.output.splitlines() if "pay transparency" in ln]
    # The title's warning points at the title (line 2); the missing salary at the record.
    assert lines == [
        'content/vacancies/remote-developer.yml:1: warning: vacancy "502" has no field "salary": '
        "add the pay range, like salary: {min: 3200, max: 3900, currency: EUR, unit: MONTH} "
        '(EU pay transparency; PODIUM_PAY_TRANSPARENCY = "warn")',
        'content/vacancies/remote-developer.yml:2: warning: vacancy "502" field "title" '
        '("Developer (m)") is not gender-neutral: "(m)" names some genders only; write '
        '"(m/v/x)" or leave the marker out (EU pay transparency; PODIUM_PAY_TRANSPARENCY = "warn")',
    ]  # nothing for 503 (closed) or 504 (Switzerland)


def test_error_mode_fails_the_check(site):
    result = _check(site, "error")
    assert result.exit_code == 1
    assert sum(": error: " in ln for ln in result.output.splitlines()) == 2


def test_github_annotations(site):
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text() + '\nPODIUM_PAY_TRANSPARENCY = "warn"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--format", "github"], catch_exceptions=False)
    assert "::warning file=content/vacancies/remote-developer.yml,line=1::" in result.output
    assert "::warning file=content/vacancies/remote-developer.yml,line=2::" in result.output


def test_off_says_nothing(site):
    result = _check(site, "off")
    assert result.exit_code == 0 and "pay transparency" not in result.output


def test_a_wrong_setting_is_one_line(site):
    result = _check(site, "strict")
    assert result.exit_code == 1
    assert (
        'setting PODIUM_PAY_TRANSPARENCY must be one of "off", "warn", "error", not "strict"'
        in result.output
    )


def test_a_feed_vacancy_is_fixed_in_its_ats_not_in_the_snapshot(site):
    """A snapshot is rewritten by every pull: advice to add ``salary:`` to it
    (in YAML, to a JSON file) would be lost on the next nightly pull."""
    one_post_feed(site, title="Verkoopster (m/v)")
    result = _check(site, None)
    assert result.exit_code == 0, result.output
    lines = [ln for ln in result.output.splitlines() if '"9001"' in ln]
    assert len(lines) == 2, result.output
    for line in lines:
        assert line.startswith("content/vacancies/feeds/ats.json:")
        assert "in the ATS post, then run `podium vacancies pull`" in line
        assert "salary: {min" not in line
    # Named as the recruiter finds the post in the ATS, by its title, and the field.
    assert (
        'vacancy "9001" ("Verkoopster (m/v)") has no pay range in its feed (field "salary")'
        in lines[0]
    )


def test_a_title_in_another_language_is_gender_neutral_too(site):
    # A Recruitee offer's English title is the job's in the English job list;
    # "Salesman" there passed, "Verkoper" being neutral.
    one_post_feed(
        site,
        title="Verkoper",
        titles={"en": "Salesman"},
        salary={"min": 3000, "max": 3500, "currency": "EUR", "unit": "MONTH"},
    )
    result = _check(site, None)
    assert result.exit_code == 0, result.output
    lines = [ln for ln in result.output.splitlines() if '"9001"' in ln]
    assert len(lines) == 1, result.output
    assert lines[0].startswith("content/vacancies/feeds/ats.json:")
    assert (
        'vacancy "9001" field "titles.en" ("Salesman") is not gender-neutral: "Salesman" is a'
        in lines[0]
    )
    assert "in the ATS post, then run `podium vacancies pull`" in lines[0]


def test_a_job_in_zurich_and_amsterdam_is_advertised_in_the_eu(site):
    # Its first place is outside the EU; its second is not, and the ad is there too.
    job = site / "content" / "vacancies" / "zurich.yml"
    job.write_text(
        job.read_text().replace(
            "{city: Zürich, country: CH}",
            "[{city: Zürich, country: CH}, {city: Amsterdam, country: NL}]",
        ),
        encoding="utf-8",
    )
    result = _check(site, None)
    assert 'vacancy "504" has no field "salary"' in result.output


def test_a_maximum_pay_alone_is_not_the_starting_pay(site):
    """ "Up to 5,600" tells an applicant neither where the pay starts nor a range,
    which is what the directive asks the ad for; a floor ("from 4,200") is the
    starting pay."""
    job = site / "content" / "vacancies" / "remote-developer.yml"
    text = job.read_text(encoding="utf-8").replace("title: Developer (m)", "title: Developer")
    job.write_text(text + "salary: {max: 5600, currency: EUR, unit: MONTH}\n", encoding="utf-8")
    result = _check(site, None)
    assert result.exit_code == 0, result.output
    lines = [ln for ln in result.output.splitlines() if "pay transparency" in ln]
    assert lines == [
        'content/vacancies/remote-developer.yml:11: warning: vacancy "502" gives only a '
        'maximum pay ("salary.max"), which is neither the starting pay nor a range: add the '
        'starting pay as "salary.min", like salary: {min: 3200, max: 3900, ...} '
        '(EU pay transparency; PODIUM_PAY_TRANSPARENCY = "warn")'
    ]
    job.write_text(text + "salary: {min: 4200, currency: EUR, unit: MONTH}\n", encoding="utf-8")
    assert "pay transparency" not in _check(site, None).output


@pytest.mark.parametrize(
    ("city", "country"), [("Oslo", "NO"), ("Reykjavík", "IS"), ("Vaduz", "LI")]
)
def test_a_job_in_an_eea_country_outside_the_eu_is_checked(site, city, country):
    """The directive is "text with EEA relevance": Norway, Iceland and
    Liechtenstein take it into their law through the EEA Agreement, as the
    member states do, so a job ad there owes the pay range too. Switzerland
    (EFTA, not the EEA) stays outside, as 504 in Zürich does."""
    job = site / "content" / "vacancies" / "eea.yml"
    job.write_text(
        (site / "content" / "vacancies" / "zurich.yml")
        .read_text(encoding="utf-8")
        .replace('id: "504"', 'id: "505"')
        .replace("{city: Zürich, country: CH}", f'{{city: "{city}", country: "{country}"}}'),
        encoding="utf-8",
    )
    result = _check(site, None)
    assert result.exit_code == 0, result.output
    assert (
        'content/vacancies/eea.yml:1: warning: vacancy "505" has no field "salary": add the pay '
        "range, like salary: {min: 3200, max: 3900, currency: EUR, unit: MONTH} "
        '(EU pay transparency; PODIUM_PAY_TRANSPARENCY = "warn")'
    ) in result.output.splitlines()
    assert 'vacancy "504"' not in result.output
