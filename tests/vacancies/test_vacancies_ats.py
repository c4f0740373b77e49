"""The four ATS vendors, pulled from recorded responses over real HTTP on 127.0.0.1."""

from __future__ import annotations

import dataclasses
import datetime as dt
import html as htmllib
import json
import re
from urllib.parse import urljoin, urlsplit

import pytest

from podium.settings import PodiumSettings
from podium_testkit import python_calls
from podium_vacancies import load_all
from podium_vacancies.ats import common
from podium_vacancies.countries import code_for
from podium_vacancies.feeds import FeedConfig
from podium_vacancies.pull import pull

from .conftest import FIXTURES, NOW, RECRUITEE_COPY, VENDORS


def parse_location(text, feed, country=None, remote=False):
    """The first place ``parse_locations`` finds: where a job is, or is first offered."""
    return common.parse_locations(text, feed, country, remote)[0]


def pulled(ats, tmp_path, kind: str, **extra) -> dict:
    """Pull one vendor's feed; return its snapshot's records by id."""
    feed = ats.feed(kind, **extra)
    report = pull([feed], tmp_path / "feeds", now=NOW)
    assert report.ok, report.errors
    doc = json.loads((tmp_path / "feeds" / f"{feed.name}.json").read_text())
    assert doc["vendor"] == kind and doc["feed"] == feed.name
    assert doc["fetched_at"] == "2026-11-22T06:00:00Z"
    return {r["id"]: r for r in doc["vacancies"]}


def test_greenhouse(ats, tmp_path):
    jobs = pulled(ats, tmp_path, "greenhouse", team_map={"Data & Analytics": "engineering"})
    # 4012003 is a prospect post; the second 4012001 is a duplicate.
    assert sorted(jobs) == ["4012001", "4012002", "4012005"]
    backend = jobs["4012001"]
    assert backend["title"] == "Senior backend developer"
    assert backend["location"] == {"city": "Utrecht", "country": "NL", "remote": False}
    assert backend["employment_type"] == "FULL_TIME"
    assert backend["date_posted"] == "2026-10-01"  # first_published, in its own offset
    assert backend["team"] == "engineering"
    assert backend["apply_url"] == "https://boards.greenhouse.io/helderenergie/jobs/4012001"
    html = backend["description"]
    assert html.startswith("<h2>Over de rol</h2><p>Bij Helder Energie")  # entity-decoded
    assert "Café-kwaliteit" in html and "energieverbruik &amp; hun" in html
    assert "<script" not in html and "alert" not in html and "onclick" not in html
    assert 'href="https://www.helder-energie.nl/werken-bij" rel="noopener noreferrer"' in html
    assert "target=" not in html
    remote = jobs["4012002"]
    assert remote["location"] == {"country": "NL", "remote": True}
    assert remote["employment_type"] == "PART_TIME"
    assert remote["date_posted"] == "2026-11-02"  # updated_at when never first_published
    assert remote["team"] == "engineering"  # via team_map
    # Greenhouse pay ranges (pay_transparency=true): the span of the zones, per year.
    assert backend["salary"] == {"min": 52000, "max": 72000, "currency": "EUR", "unit": "YEAR"}
    assert "salary" not in remote
    german = jobs["4012005"]
    assert german["location"]["country"] == "DE" and german["employment_type"] == "CONTRACTOR"
    assert german["team"] == "field-service"  # slug of the department


def test_lever(ats, tmp_path):
    posts = pulled(ats, tmp_path, "lever")
    platform_id = "5f1c2d3e-8a9b-4c7d-9e0f-1a2b3c4d5e6f"
    support_id = "7a8b9c0d-1e2f-4a3b-8c5d-6e7f8a9b0c1d"
    planner_id = "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e"
    # The talent pool is skipped, the repeated posting de-duplicated.
    assert sorted(posts) == sorted([platform_id, support_id, planner_id])
    platform = posts[platform_id]
    # epoch ms 23:30 UTC on 30 September: 01:30 on 1 October in the hub's
    # Europe/Amsterdam, the day the company posted it (it said 30 September).
    assert platform["date_posted"] == "2026-10-01"
    assert platform["salary"] == {"min": 52000, "max": 68000, "currency": "EUR", "unit": "YEAR"}
    assert platform["apply_url"].endswith("/apply")
    html = platform["description"]
    assert "<h2>Wat ga je doen</h2>" in html and "<li>Storingen voorkomen</li>" in html
    assert "Linux &amp; Terraform" in html and "Solliciteer voor 1 december." in html
    # salaryDescription: what the employer says beside the range was dropped.
    assert html.index("Terraform") < html.index("Plus 8% vakantiegeld") < html.index("december")
    assert "<img" not in html and "track()" not in html and "<script" not in html
    support = posts[support_id]
    assert support["location"] == {"country": "NL", "remote": True}
    assert support["employment_type"] == "PART_TIME"
    assert support["salary"] == {"min": 18.5, "max": 22, "currency": "EUR", "unit": "HOUR"}
    assert support["description"].startswith("<p>Je helpt klanten")  # from descriptionPlain
    planner = posts[planner_id]
    assert planner["location"] == {"city": "Amersfoort", "country": "NL", "remote": False}
    assert planner["employment_type"] == "TEMPORARY"
    assert planner["salary"]["unit"] == "MONTH"


def test_personio(ats, tmp_path):
    positions = pulled(ats, tmp_path, "personio")
    # The open application is skipped.
    assert sorted(positions) == ["1830001", "1830002", "1830004", "1830005"]
    fitter = positions["1830001"]
    assert fitter["apply_url"] == ats.url("/job/1830001")
    assert fitter["employment_type"] == "FULL_TIME" and fitter["team"] == "field-service"
    assert fitter["date_posted"] == "2026-09-15"
    # <additionalOffices>: the job is in Amersfoort too (it was dropped).
    assert fitter["location"] == [
        {"city": "Utrecht", "country": "NL", "remote": False},
        {"city": "Amersfoort", "country": "NL", "remote": False},
    ]
    html = fitter["description"]
    assert "<h2>Wat vragen we &amp; bieden we?</h2>" in html
    assert "document.cookie" not in html and "onmouseover" not in html
    assert "Dubbel" not in html  # the duplicate position lost
    assert positions["1830002"]["employment_type"] == "INTERN"  # intern beats part-time
    planner = positions["1830004"]
    assert planner["employment_type"] == "PART_TIME"
    assert planner["location"] == {"country": "NL", "remote": True}
    assert "salary" not in planner
    # <salaryInformation> with child elements, and as one line of text.
    assert fitter["salary"] == {"min": 3200, "max": 3900, "currency": "EUR", "unit": "MONTH"}
    preparer = positions["1830005"]
    assert preparer["salary"] == {"min": 3400, "max": 4300, "currency": "EUR", "unit": "MONTH"}
    # No <employmentType> and no <schedule>: left out, never "OTHER".
    assert "employment_type" not in preparer
    assert preparer["location"] == {"city": "Amersfoort", "country": "NL", "remote": False}


def test_recruitee(ats, tmp_path):
    offers = pulled(ats, tmp_path, "recruitee", themes=["customer"])
    # 2201003 is a draft, 2201004 internal, 2201005 a copy of 2201001.
    assert sorted(offers) == ["2201001", "2201002"]
    adviser = offers["2201001"]
    assert adviser["date_posted"] == "2026-10-02"  # published_at, "... UTC" format
    assert adviser["employment_type"] == "FULL_TIME"  # fulltime_permanent
    assert adviser["salary"] == {"min": 2800, "max": 3400, "currency": "EUR", "unit": "MONTH"}
    assert adviser["themes"] == ["customer"] and adviser["team"] == "customer-care"
    html = adviser["description"]
    assert "begrijpen – en omlaag" in html  # &ndash; decoded
    assert "<h2>Wat we vragen</h2>" in html and "evil.example" not in html
    assert "javascript:" not in html and "onclick" not in html
    analyst = offers["2201002"]
    assert analyst["location"] == {"country": "NL", "remote": True}  # "Nederland" -> NL
    assert analyst["employment_type"] == "PART_TIME"
    assert analyst["salary"]["unit"] == "YEAR"
    assert analyst["date_posted"] == "2026-10-20"  # created_at when not published_at


def test_recruitee_close_at_is_valid_through(ats, tmp_path):
    # Recruitee's careers API sends the day an offer closes; without it the
    # JobPosting had no validThrough and the page stayed open past that day
    # whenever the nightly pull failed.
    offers = json.loads((FIXTURES / "recruitee.json").read_text(encoding="utf-8"))
    offers["offers"][0]["close_at"] = "2026-12-15 23:00:00 UTC"
    offers["offers"][1]["close_at"] = None
    ats.serve("/api/offers/", json.dumps(offers).encode())
    feeds_dir = tmp_path / "content" / "vacancies" / "feeds"
    assert pull([ats.feed("recruitee")], feeds_dir, now=NOW).ok
    doc = json.loads((feeds_dir / "recruitee-helder.json").read_text(encoding="utf-8"))
    records = {r["id"]: r for r in doc["vacancies"]}
    assert records["2201001"]["valid_through"] == "2026-12-15"
    assert "valid_through" not in records["2201002"]
    after = load_all(tmp_path / "content", ("nl", "en"), dt.date(2026, 12, 16))
    assert [v.id for v in after.open] == ["2201002"]


def test_a_pay_or_closing_date_google_cannot_take_is_said_at_the_pull(ats, tmp_path):
    # Google's baseSalary needs its period (unitText) and currency, and its
    # validThrough must be after datePosted. A Recruitee offer with pay but no
    # period, or a closing date before its posting date, went out without
    # them and the pull said nothing: the recruiter never heard why.
    offers = json.loads((FIXTURES / "recruitee.json").read_text(encoding="utf-8"))
    offers["offers"][0]["salary"]["period"] = None
    offers["offers"][1]["salary"]["currency"] = "$"  # the US's, Canada's, Australia's, ...
    offers["offers"][1]["close_at"] = "2026-10-01"  # before its created_at, 2026-10-20
    ats.serve("/api/offers/", json.dumps(offers).encode())
    feeds_dir = tmp_path / "content" / "vacancies" / "feeds"
    report = pull([ats.feed("recruitee")], feeds_dir, now=NOW)
    assert report.ok, report.errors
    lines = report.results[0].warning_lines()
    assert any(
        'post 2201001 "Klantadviseur' in w and "its pay (2,800 - 3,400) gives no period" in w
        and "published without pay" in w for w in lines
    ), lines  # fmt: skip
    assert any("post 2201002" in w and 'no currency Google reads ("$"' in w for w in lines)
    assert any(
        "post 2201002" in w and "closing date (close_at, 2026-10-01) is before its posting "
        "date (2026-10-20)" in w for w in lines
    ), lines  # fmt: skip
    doc = json.loads((feeds_dir / "recruitee-helder.json").read_text(encoding="utf-8"))
    records = {r["id"]: r for r in doc["vacancies"]}
    assert "salary" not in records["2201001"] and "valid_through" not in records["2201002"]


def test_a_post_listed_past_its_closing_date_is_said_at_the_pull(ats, tmp_path):
    # Recruitee kept listing an offer whose close_at had passed (the recruiter
    # extended it in words, not the date): the hub showed it closed, silently.
    offers = json.loads((FIXTURES / "recruitee.json").read_text(encoding="utf-8"))
    offers["offers"][0]["close_at"] = "2026-11-15"
    ats.serve("/api/offers/", json.dumps(offers).encode())
    feeds_dir = tmp_path / "content" / "vacancies" / "feeds"
    report = pull([ats.feed("recruitee")], feeds_dir, now=NOW)
    assert report.ok, report.errors
    (line,) = [w for w in report.results[0].warning_lines() if "closing date" in w]
    assert 'post 2201001 "Klantadviseur' in line and "(2026-11-15) has passed" in line
    after = load_all(tmp_path / "content", ("nl", "en"), NOW.date())
    assert "2201001" not in {v.id for v in after.open}


def test_a_post_closing_years_ahead_or_applied_for_over_http_is_said_at_the_pull(ats, tmp_path):
    # A hand-written vacancy's valid_through a year or more ahead ("2062" for
    # "2026": open in Google for Jobs for decades, long after it is filled) and
    # its apply_url on http:// (a CV sent unencrypted) are warnings of podium
    # check; a feed's post got neither, at the pull or after.
    offers = json.loads((FIXTURES / "recruitee.json").read_text(encoding="utf-8"))
    offers["offers"][0]["close_at"] = "2062-12-15"
    offers["offers"][1]["close_at"] = "2027-06-01"  # within a year: planned, no word
    offers["offers"][1]["careers_apply_url"] = "http://helderenergie.recruitee.com/o/data/c/new"
    ats.serve("/api/offers/", json.dumps(offers).encode())
    feeds_dir = tmp_path / "content" / "vacancies" / "feeds"
    report = pull([ats.feed("recruitee")], feeds_dir, now=NOW)
    assert report.ok, report.errors
    lines = [w for w in report.results[0].warning_lines() if RECRUITEE_COPY not in w]
    where = f"feed recruitee-helder ({ats.feed('recruitee').url}): warning: "
    assert lines == [
        f'{where}post 2201001 "Klantadviseur energie": its closing date (valid_through, '
        "2062-12-15) is a year or more after today (2026-11-22), so the job stays open until "
        "then, in Google for Jobs too, even once filled; is the year right? (fix it in the ATS)",
        f'{where}post 2201002 "Data-analist netcongestie": its address to apply at (apply_url, '
        '"http://helderenergie.recruitee.com/o/data/c/new") is not encrypted: applicants send '
        "their CV and details through it, which the AVG/GDPR asks to protect (article 32), and "
        'browsers mark its form "Not secure"; give its https:// address in the ATS',
    ], report.results[0].warning_lines()
    # Published still, as the ATS says: a warning, not a refusal.
    doc = json.loads((feeds_dir / "recruitee-helder.json").read_text(encoding="utf-8"))
    records = {r["id"]: r for r in doc["vacancies"]}
    assert records["2201001"]["valid_through"] == "2062-12-15"
    assert records["2201002"]["apply_url"].startswith("http://")


def test_a_greenhouse_post_applied_for_over_http_is_said_at_the_pull(ats, tmp_path):
    board = json.loads((FIXTURES / "greenhouse.json").read_text(encoding="utf-8"))
    job = board["jobs"][1]
    job["absolute_url"] = job["absolute_url"].replace("https://", "http://")
    ats.serve(VENDORS["greenhouse"][0], json.dumps(board).encode())
    report = pull([ats.feed("greenhouse")], tmp_path / "feeds", now=NOW)
    assert report.ok, report.errors
    said = [w for w in report.results[0].warning_lines() if "not encrypted" in w]
    assert len(said) == 1 and f'post {job["id"]} "{job["title"]}"' in said[0], said


def test_a_hybrid_recruitee_offer_is_a_job_at_its_office(ats, tmp_path):
    # Recruitee's three flags (remote, hybrid, on_site) may be set together: an
    # offer marked remote and hybrid was published remote (TELECOMMUTE, filed
    # under "Op afstand"), the hybrid flag unread. A hybrid job, some days at
    # home, is a job at its office, as Google reads it and as a hand-written
    # vacancy and Lever's workplaceType "hybrid" are published.
    records = _pulled_recruitee_offers(
        ats,
        tmp_path,
        {0: {"remote": True, "hybrid": True, "on_site": False},
         1: {"remote": True, "hybrid": False, "on_site": False}},
    )  # fmt: skip
    assert records["2201001"]["location"]["city"] == "Utrecht"
    assert records["2201001"]["location"]["remote"] is False
    assert records["2201002"]["location"] == {"country": "NL", "remote": True}


def test_a_recruitee_offer_remote_and_on_site_is_a_job_at_its_office(ats, tmp_path):
    # An offer flagged remote and on_site, with no hybrid key (as Recruitee
    # writes offers made before its hybrid flag), was published remote with a
    # city: TELECOMMUTE in its JobPosting, "Utrecht · Op afstand" on its page.
    # Office and remote work both possible is a hybrid job, as remote beside
    # hybrid is: a job at its office. Remote alone stays remote.
    records = _pulled_recruitee_offers(
        ats,
        tmp_path,
        {0: {"remote": True, "on_site": True, "hybrid": None},
         4: {"remote": True, "on_site": False}},
    )  # fmt: skip
    assert records["2201001"]["location"]["city"] == "Utrecht"
    assert records["2201001"]["location"]["remote"] is False
    assert records["2201005"]["location"]["city"] == "Utrecht"
    assert records["2201005"]["location"]["remote"] is True


def _pulled_recruitee_offers(ats, tmp_path, changes: dict[int, dict]) -> dict[str, dict]:
    """The fixture's Recruitee offers, each by its index in ``changes`` given
    those fields (None: the field left out), pulled: the snapshot's records by id."""
    offers = json.loads((FIXTURES / "recruitee.json").read_text(encoding="utf-8"))
    for index, fields in changes.items():
        offer = offers["offers"][index]
        offer.update(fields)
        for name in [name for name, value in fields.items() if value is None]:
            del offer[name]
    ats.serve("/api/offers/", json.dumps(offers).encode())
    feeds_dir = tmp_path / "feeds"
    assert pull([ats.feed("recruitee")], feeds_dir, now=NOW).ok
    doc = json.loads((feeds_dir / "recruitee-helder.json").read_text(encoding="utf-8"))
    return {r["id"]: r for r in doc["vacancies"]}


@pytest.mark.parametrize(
    ("pay", "stored"),
    [
        ({"min": 0, "max": 4000}, {"max": 4000}),
        ({"min": "0", "max": "4.000"}, {"max": 4000}),
        ({"min": 3200, "max": 0}, {"min": 3200}),
        ({"min": 0, "max": 0}, None),
    ],
)
def test_a_recruitee_pay_of_0_is_a_bound_not_stated(ats, tmp_path, pay, stored):
    # Recruitee's form leaves 0 in a bound left empty: {min: 0, max: 4000} went
    # out without pay, and the pay check called the job one with no salary. A 0
    # is no pay anyone is offered: the other bound is published as it is, a cap
    # ("tot € 4.000", maxValue alone) as a feed's {min: null, max: 4000} is.
    offers = json.loads((FIXTURES / "recruitee.json").read_text(encoding="utf-8"))
    offers["offers"][0]["salary"] = {**pay, "currency": "EUR", "period": "month"}
    ats.serve("/api/offers/", json.dumps(offers).encode())
    feeds_dir = tmp_path / "feeds"
    assert pull([ats.feed("recruitee")], feeds_dir, now=NOW).ok
    doc = json.loads((feeds_dir / "recruitee-helder.json").read_text(encoding="utf-8"))
    salary = {r["id"]: r for r in doc["vacancies"]}["2201001"].get("salary")
    assert salary == ({**stored, "currency": "EUR", "unit": "MONTH"} if stored else None)


def test_recruitee_close_at_is_the_last_day_open_in_the_hub(ats, tmp_path):
    # close_at as a moment was dated by its day in UTC: a New York hub's job
    # closing at its midnight (05:00 UTC) stayed open a day past its close,
    # and the same moment written with an offset was another day. A date
    # alone is that day.
    offers = json.loads((FIXTURES / "recruitee.json").read_text(encoding="utf-8"))
    offers["offers"][0]["close_at"] = "2026-12-31T05:00:00Z"
    offers["offers"][1]["close_at"] = "2026-12-31"
    ats.serve("/api/offers/", json.dumps(offers).encode())
    feed = dataclasses.replace(ats.feed("recruitee"), timezone="America/New_York")
    assert pull([feed], tmp_path, now=NOW).ok
    doc = json.loads((tmp_path / "recruitee-helder.json").read_text(encoding="utf-8"))
    records = {r["id"]: r for r in doc["vacancies"]}
    assert records["2201001"]["valid_through"] == "2026-12-30"
    assert records["2201002"]["valid_through"] == "2026-12-31"


@pytest.mark.parametrize(
    ("value", "timezone", "expected"),
    [
        ("2026-12-31", "Europe/Amsterdam", dt.date(2026, 12, 31)),
        ("2026-12-31", "America/New_York", dt.date(2026, 12, 31)),
        # Amsterdam's midnight, in UTC and with its offset: closed on the 31st.
        ("2026-12-30T23:00:00Z", "Europe/Amsterdam", dt.date(2026, 12, 30)),
        ("2026-12-31T00:00:00+01:00", "Europe/Amsterdam", dt.date(2026, 12, 30)),
        ("2026-12-15 23:00:00 UTC", "Europe/Amsterdam", dt.date(2026, 12, 15)),
        # The end of the 31st where the hub is.
        ("2026-12-31T22:59:59Z", "Europe/Amsterdam", dt.date(2026, 12, 31)),
        ("2027-01-01T04:59:59Z", "America/New_York", dt.date(2026, 12, 31)),
        ("2026-12-31T05:00:00Z", "America/New_York", dt.date(2026, 12, 30)),
        ("2026-12-31T10:00:00+09:00", "Europe/Amsterdam", dt.date(2026, 12, 31)),
        ("2026-12-31T12:00:00", "America/New_York", dt.date(2026, 12, 31)),  # no zone
        ("9999-12-31T23:59:59Z", "Pacific/Auckland", dt.date(9999, 12, 31)),
        ("not a date", "Europe/Amsterdam", None),
        (None, "Europe/Amsterdam", None),
    ],
)
def test_a_closing_moment_is_dated_by_the_last_day_open_in_the_hub(value, timezone, expected):
    assert common.closing_date(value, timezone) == expected


def test_recruitee_offer_in_several_places_has_them_all(ats, tmp_path):
    # Recruitee's careers API lists every office of an offer in "locations";
    # only the top-level city (the first office) was read, so the job was
    # advertised in Utrecht alone, never in Berlin or Austin.
    offers = json.loads((FIXTURES / "recruitee.json").read_text(encoding="utf-8"))
    offers["offers"][0]["locations"] = [
        {"id": 1, "name": "HQ", "city": "Utrecht", "country": "Netherlands", "country_code": "NL"},
        {"id": 2, "name": "Berlin office", "city": "Berlin", "state": "Berlin",
         "country": "Germany", "country_code": "DE"},
        {"id": 3, "name": "US", "city": "Austin", "state": "Texas", "country": "United States",
         "country_code": "US"},
    ]  # fmt: skip
    ats.serve("/api/offers/", json.dumps(offers).encode())
    feeds_dir = tmp_path / "content" / "vacancies" / "feeds"
    assert pull([ats.feed("recruitee")], feeds_dir, now=NOW).ok
    doc = json.loads((feeds_dir / "recruitee-helder.json").read_text(encoding="utf-8"))
    records = {r["id"]: r for r in doc["vacancies"]}
    assert records["2201001"]["location"] == [
        # The offer's own postal code is its first office's.
        {"city": "Utrecht", "country": "NL", "remote": False, "postal_code": "3511 AB"},
        {"city": "Berlin", "country": "DE", "remote": False},
        {"city": "Austin", "region": "TX", "country": "US", "remote": False},
    ]
    # An offer without the list keeps its city and country.
    assert records["2201002"]["location"]["country"] == "NL"


@pytest.mark.parametrize(
    ("street", "kept"),
    [("Herengracht\x0b1", "Herengracht 1"), ("<b>Herengracht</b> 1", "Herengracht 1"),
     ("\u202eHerengracht 1", "Herengracht 1"), ("Herengracht 1\nAmsterdam",
                                                "Herengracht 1 Amsterdam")],
)  # fmt: skip
def test_a_recruitee_office_street_pasted_with_markup_does_not_cost_the_post(
    ats, tmp_path, street, kept
):
    # The office's street went to the snapshot as Recruitee sent it; the loader
    # refuses a control character or a tag there, so the pull skipped the whole
    # post ('field "location.street" contains the control character U+000B')
    # and the job was missing from the hub. Cleaned as the city is.
    offers = json.loads((FIXTURES / "recruitee.json").read_text(encoding="utf-8"))
    offers["offers"][0]["street"] = street  # its office in Utrecht, 3511 AB
    ats.serve("/api/offers/", json.dumps(offers).encode())
    content = tmp_path / "content"
    report = pull([ats.feed("recruitee")], content / "vacancies" / "feeds", now=NOW)
    warnings = report.results[0].warning_lines()
    assert report.ok and not any("skipped" in w and RECRUITEE_COPY not in w for w in warnings)
    vacancy = load_all(content, ("nl", "en"), NOW.date()).by_id()["2201001"]
    assert (vacancy.location.street, vacancy.location.postal_code) == (kept, "3511 AB")


def test_a_post_keeps_the_language_its_ats_gives(ats, tmp_path):
    # An English post on a Dutch company's board was published as Dutch: its
    # page under the Dutch URLs with <html lang="nl">, Dutch page chrome and
    # tagged with the Dutch keywords.
    board = json.loads((FIXTURES / "greenhouse.json").read_text(encoding="utf-8"))
    board["jobs"][1]["language"] = "en"
    board["jobs"][4]["language"] = "de"  # not a language of the site: the feed's
    ats.serve("/v1/boards/helderenergie/jobs", json.dumps(board).encode())
    offers = json.loads((FIXTURES / "recruitee.json").read_text(encoding="utf-8"))
    analyst = offers["offers"][1]
    analyst["title"], analyst["description"] = "Data analyst", "<p>Grid congestion.</p>"
    analyst["translations"] = {
        "nl": {"title": "Data-analist", "description": "<p>Netcongestie.</p>"},
        "en": {"title": "Data analyst", "description": "<p>Grid congestion.</p>"},
    }
    ats.serve("/api/offers/", json.dumps(offers).encode())
    personio = ats.url("/xml?language=en")  # Personio answers in the language asked for
    feeds_dir = tmp_path / "content" / "vacancies" / "feeds"
    feeds = [
        ats.feed("greenhouse"),
        ats.feed("recruitee"),
        FeedConfig.from_settings({"PODIUM_FEEDS": [{
            "name": "personio-en", "kind": "personio", "url": personio,
            "default_country": "NL"}]})[0],
    ]  # fmt: skip
    assert pull(feeds, feeds_dir, now=NOW).ok
    found = load_all(tmp_path / "content", ("nl", "en"), dt.date(2026, 11, 22)).by_id()
    assert found["4012002"].lang == "en" and found["4012001"].lang == "nl"
    assert found["4012005"].lang == "nl"
    assert found["2201002"].lang == "en" and "<h2>What we ask</h2>" in (
        found["2201002"].description_html
    )
    assert found["2201001"].lang == "nl"  # no translations: the feed's language
    assert found["1830001"].lang == "en"


def test_a_permanent_personio_job_without_a_schedule_is_not_called_full_time(ats, tmp_path):
    # employmentType "permanent" is the contract's length; FULL_TIME (the
    # hours) came from it when the position gave no <schedule>, so a
    # part-time permanent job was in Google's full-time filter.
    xml = (FIXTURES / "personio.xml").read_text(encoding="utf-8")
    xml = xml.replace("<schedule>full-time</schedule>", "", 1)
    ats.serve(VENDORS["personio"][0], xml.encode(), "application/xml; charset=utf-8")
    positions = pulled(ats, tmp_path, "personio")
    assert "employment_type" not in positions["1830001"]
    assert positions["1830004"]["employment_type"] == "PART_TIME"  # permanent, part-time


def test_a_temporary_personio_job_keeps_its_schedule(ats, tmp_path):
    # employmentType "temporary" is the contract's length, <schedule> its
    # hours: the schedule was dropped, so a temporary full-time job was not
    # in Google's full-time filter.
    xml = (FIXTURES / "personio.xml").read_text(encoding="utf-8")
    xml = xml.replace("<employmentType>permanent</employmentType>",
                      "<employmentType>temporary</employmentType>", 1)  # fmt: skip
    ats.serve(VENDORS["personio"][0], xml.encode(), "application/xml; charset=utf-8")
    positions = pulled(ats, tmp_path, "personio")
    assert positions["1830001"]["employment_type"] == ["FULL_TIME", "TEMPORARY"]
    assert positions["1830002"]["employment_type"] == "INTERN"


def test_a_personio_id_with_slashes_stays_in_the_job_page_address():
    # quote() keeps "/": the id "../../admin" made the apply URL ".../job/../../admin",
    # which a browser opens as another page of the company's site.
    from podium_vacancies.ats import personio

    feed = FeedConfig("personio-helder", "personio", "https://x.example/xml", default_country="NL")
    xml = (FIXTURES / "personio.xml").read_text(encoding="utf-8")
    xml = xml.replace("<id>1830001</id>", "<id>../../admin</id>", 1)
    [first, *_] = personio.normalise(xml.encode(), feed, [])
    assert first.apply_url == "https://x.example/job/..%2F..%2Fadmin"


def test_personio_job_page_is_in_the_language_the_feed_was_read_in(ats, tmp_path):
    # The hub page was English (the feed asked for ?language=en) but its
    # Apply button opened the job page in the company's default language.
    feed = FeedConfig.from_settings({"PODIUM_FEEDS": [{
        "name": "personio-en", "kind": "personio", "url": ats.url("/xml?language=en"),
        "default_country": "DE"}]})[0]  # fmt: skip
    assert pull([feed], tmp_path, now=NOW).ok
    doc = json.loads((tmp_path / "personio-en.json").read_text(encoding="utf-8"))
    urls = {r["id"]: r["apply_url"] for r in doc["vacancies"]}
    assert urls["1830001"] == ats.url("/job/1830001?language=en")
    # Without a language in the feed URL, the plain job page, as before.
    assert pulled(ats, tmp_path, "personio")["1830001"]["apply_url"] == ats.url("/job/1830001")


def test_skipped_posts_are_reported_as_warnings(ats, tmp_path):
    report = pull([ats.feed("personio")], tmp_path, now=NOW)
    (result,) = report.results
    where = f"feed personio-helder ({ats.url('/xml')}): warning: "
    assert result.warning_lines() == [
        f'{where}skipped post 1830003 "Open sollicitatie": prospect / talent-pool post',
        # The test's feed is on http://, and Personio's addresses to apply at are
        # made from it: said once for the feed, not once a post.
        f'{where}4 posts have their address to apply at (apply_url, "{ats.url("/job/1830001")}", '
        "...) made from the feed's own address, on http://, so each is not encrypted: "
        "applicants send their CV and details through it, which the AVG/GDPR asks to protect "
        '(article 32), and browsers mark its form "Not secure"; give the feed '
        '"personio-helder" its https:// address in PODIUM_FEEDS',
    ]


def test_post_without_country_is_skipped_when_feed_has_no_default(ats, tmp_path):
    feed = FeedConfig.from_settings(
        {"PODIUM_FEEDS": [{"name": "p", "kind": "personio", "url": ats.url("/xml")}]}
    )[0]
    report = pull([feed], tmp_path, now=NOW)
    assert report.ok and report.results[0].present == 0
    assert any("names no known country" in w for w in report.results[0].warnings)


def test_pulled_snapshots_load_back_through_load_all(ats, tmp_path):
    feeds_dir = tmp_path / "content" / "vacancies" / "feeds"
    feeds = [ats.feed(kind) for kind in ("greenhouse", "lever", "personio", "recruitee")]
    assert pull(feeds, feeds_dir, now=NOW).ok
    found = load_all(tmp_path / "content", ("nl", "en"), dt.date(2026, 11, 22))
    assert len(found.vacancies) == 12 and len(found.open) == 12
    v = found.by_id()["2201001"]
    assert v.feed_status == "present" and v.source.endswith("recruitee-helder.json")
    assert v.source_line is not None and "<h2>Wat we vragen</h2>" in v.description_html


def test_snapshots_are_deterministic(ats, tmp_path):
    feed = ats.feed("greenhouse")
    pull([feed], tmp_path / "a", now=NOW)
    pull([feed], tmp_path / "b", now=NOW)
    a = (tmp_path / "a" / "greenhouse-helder.json").read_bytes()
    assert a == (tmp_path / "b" / "greenhouse-helder.json").read_bytes()
    assert a.endswith(b"\n") and json.loads(a)["format"] == 1


# -- the mapping tables --------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Full-time", "FULL_TIME"),
        ("fulltime_permanent", "FULL_TIME"),
        ("parttime_fixed_term", "PART_TIME"),
        ("Part time", "PART_TIME"),
        ("contract", "CONTRACTOR"),
        ("freelance", "CONTRACTOR"),
        ("internship", "INTERN"),
        ("trainee", "INTERN"),
        ("Temporary", "TEMPORARY"),
        ("fixed_term", "TEMPORARY"),
        ("volunteer", "VOLUNTEER"),
        ("per diem", "PER_DIEM"),
        ("whatever", None),
        (None, None),
        # A contract's length is not a contractor: Dutch "vast" is permanent,
        # and no schedule either (FULL_TIME is hours).
        ("Permanent", None),
        ("Festanstellung", None),
        ("Vollzeit, unbefristet", "FULL_TIME"),
        ("Vast contract", None),
        ("Vast contract, parttime", "PART_TIME"),
        ("Permanent contract", None),
        ("Tijdelijk contract", "TEMPORARY"),
        ("Fixed-term contract", "TEMPORARY"),
        ("Temporary contract", "TEMPORARY"),
        ("unbefristet", None),
        ("befristeter Vertrag", "TEMPORARY"),
        ("Contract to hire", "CONTRACTOR"),
        # Dutch contract lengths: "(on)bepaalde tijd" and "jaarcontract".
        ("Contract voor onbepaalde tijd", None),
        ("Onbepaalde tijd", None),
        ("Arbeidsovereenkomst voor bepaalde tijd", "TEMPORARY"),
        ("Contract voor bepaalde tijd", "TEMPORARY"),
        ("Parttime, contract voor bepaalde tijd", "PART_TIME"),
        ("Jaarcontract", "TEMPORARY"),
        # "intern" is an intern, "international" and "internal" are not.
        ("International", None),
        ("Internal transfer", None),
        ("Intern", "INTERN"),
        ("Vollzeit", "FULL_TIME"),
        ("Teilzeit", "PART_TIME"),
        ("Praktikum", "INTERN"),
        # Seasonal work, as "Seasonal" is: it had no type in Dutch or German.
        ("Seizoenswerk", "TEMPORARY"),
        ("Vakantiewerk", "TEMPORARY"),
        ("Vakantiebaan", "TEMPORARY"),
        ("Saisonarbeit", "TEMPORARY"),
        ("Ferienjob", "TEMPORARY"),
        # A side job is part-time work: it had no type, out of the part-time filter.
        ("Bijbaan", "PART_TIME"),
        ("Bijbaantje", "PART_TIME"),
        ("Nebenjob", "PART_TIME"),
        ("Side job", "PART_TIME"),
        # The other Dutch words seekers filter by keep their kinds.
        ("fulltime", "FULL_TIME"),
        ("deeltijd", "PART_TIME"),
        ("stage", "INTERN"),
    ],
)
def test_employment_types_map_to_schema_org(words, expected):
    assert common.employment_type(words) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        # On call, a zero-hours or min-max contract: an employee called as
        # needed, Google's PER_DIEM. "0-urencontract" was CONTRACTOR (a
        # freelancer), "Oproepkracht" had no type.
        ("Oproepkracht", "PER_DIEM"),
        ("Oproepcontract", "PER_DIEM"),
        ("Parttime, oproepbasis", "PER_DIEM"),
        ("0-urencontract", "PER_DIEM"),
        ("Nulurencontract", "PER_DIEM"),
        ("Min-max contract", "PER_DIEM"),
        ("Invalkracht", "PER_DIEM"),
        ("Zero hours contract", "PER_DIEM"),
        # Agency work ends with the placement: TEMPORARY.
        ("Uitzendbaan", "TEMPORARY"),
        ("Uitzendkracht", "TEMPORARY"),
        ("Uitzendcontract", "TEMPORARY"),
        ("Vakantiekracht", "TEMPORARY"),
        # A Saturday or weekend job is part-time work, as a side job is.
        ("Zaterdaghulp", "PART_TIME"),
        ("Weekendbaan", "PART_TIME"),
        # A secondment firm's employee may be permanent: no type of its own,
        # and never a contractor.
        ("Detachering", None),
        ("Detacheringscontract", None),
        ("Detachering, fulltime", "FULL_TIME"),
        # A vocational pupil's place is an apprenticeship, as "Ausbildung" is.
        ("BBL", "INTERN"),
        ("BOL", "INTERN"),
        ("BBL-traject", "INTERN"),
        ("Leerwerkplek", "INTERN"),
        ("Symbolic", None),
        # A Dutch "-contract" compound is an employment contract, not a
        # contractor; hours in it are no zero-hours contract.
        ("Arbeidscontract", None),
        ("40-urencontract", None),
        ("Flexcontract", None),
        ("contract", "CONTRACTOR"),
    ],
)
def test_dutch_kinds_of_employment_map_to_google_values(words, expected):
    assert common.employment_type(words) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("full-or-part-time", ("FULL_TIME", "PART_TIME")),  # Personio's <schedule>
        ("Full-time or part-time", ("FULL_TIME", "PART_TIME")),
        ("Fulltime / Parttime", ("FULL_TIME", "PART_TIME")),
        ("Voltijd of deeltijd", ("FULL_TIME", "PART_TIME")),
        ("Vollzeit oder Teilzeit", ("FULL_TIME", "PART_TIME")),
        ("Part-time, permanent", ("PART_TIME",)),  # a contract's length is no schedule
        ("fulltime_permanent", ("FULL_TIME",)),
        ("Internship, full-time or part-time", ("INTERN",)),
        # A schedule for a fixed term is temporary work too: Recruitee's codes,
        # Lever's and Greenhouse's free text in English, Dutch and German.
        ("fulltime_fixed_term", ("FULL_TIME", "TEMPORARY")),
        ("parttime_fixed_term", ("PART_TIME", "TEMPORARY")),
        ("Full-time, fixed-term contract", ("FULL_TIME", "TEMPORARY")),
        ("Full-time temporary", ("FULL_TIME", "TEMPORARY")),
        ("Parttime, contract voor bepaalde tijd", ("PART_TIME", "TEMPORARY")),
        ("Voltijd, tijdelijk", ("FULL_TIME", "TEMPORARY")),
        ("Vollzeit, befristet", ("FULL_TIME", "TEMPORARY")),
        ("Vollzeit, unbefristet", ("FULL_TIME",)),
        ("Fulltime, vast contract", ("FULL_TIME",)),
        ("Fulltime, onbepaalde tijd", ("FULL_TIME",)),
        ("fixed_term", ("TEMPORARY",)),
        ("", ()),
    ],
)
def test_a_job_offered_full_or_part_time_is_both(words, expected):
    assert common.employment_types(words) == expected


def test_a_fixed_term_in_a_field_of_its_own_is_temporary_beside_the_schedule():
    # Greenhouse's custom fields: "Employment type: Full-time" and "Contract
    # type: Fixed-term" were FULL_TIME alone, the fixed term dropped.
    assert common.employment_types("Full-time", "Fixed-term") == ("FULL_TIME", "TEMPORARY")
    assert common.employment_types(None, "Parttime", "Tijdelijk") == ("PART_TIME", "TEMPORARY")
    assert common.employment_types("Full-time", "Permanent") == ("FULL_TIME",)


def test_lever_commitment_in_dutch_is_read_as_the_employer_meant(ats, tmp_path):
    # Lever's commitment is free text the employer types; a Dutch "vast
    # contract" (permanent job) was published to Google as CONTRACTOR.
    posts = json.loads((FIXTURES / "lever.json").read_text(encoding="utf-8"))
    posts[0]["categories"]["commitment"] = "Vast contract"
    posts[3]["categories"]["commitment"] = "Tijdelijk contract"
    ats.serve("/v0/postings/helderenergie", json.dumps(posts).encode())
    records = pulled(ats, tmp_path, "lever")
    assert "employment_type" not in records[posts[0]["id"]]  # no hours said
    assert records[posts[3]["id"]]["employment_type"] == "TEMPORARY"


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("per-year-salary", "YEAR"),
        ("per-month-salary", "MONTH"),
        ("per-week-salary", "WEEK"),
        ("per-day-wage", "DAY"),
        ("per-hour-wage", "HOUR"),
        ("month", "MONTH"),
        ("annual", "YEAR"),
        ("one-time", None),
    ],
)
def test_salary_units(words, expected):
    assert common.salary_unit(words) == expected


def test_salary_needs_a_unit_a_currency_and_order():
    assert common.salary("4.200", "5.600,50", "eur", "month").max == 5600.5
    # A floor stays a floor: "from 4200" is not exactly 4200.
    assert common.salary(4200, None, "EUR", "month").max is None
    assert common.salary(4200, 5600, "EUR", "one-time") is None
    assert common.salary(5600, 4200, "EUR", "month") is None
    assert common.salary(4200, 5600, "", "month") is None
    # A code that is no currency ("EURO" cut short, a typo) would make baseSalary
    # invalid; the pay is left out, the post kept.
    assert common.salary(4200, 5600, "EUO", "month") is None
    assert common.salary(4200, 5600, "xyz", "month") is None
    # No pay: nothing a candidate can go by. A 0 beside a bound is a bound left
    # empty: "0 to 5600" is "up to 5600", a cap (test_a_recruitee_pay_of_0_...).
    assert common.salary(0, 0, "EUR", "month") is None
    cap = common.salary(0, 5600, "EUR", "month")
    assert (cap.min, cap.max) == (None, 5600)


@pytest.mark.parametrize(
    ("written", "code"), [("€", "EUR"), (" Euro ", "EUR"), ("£", "GBP"), ("zł", "PLN")]
)
def test_a_feed_s_currency_sign_is_its_one_currency(written, code):
    # A feed's currency field holding the sign or the word ("€", "Euro")
    # dropped the pay ("€" is no ISO code such as EUR), and the job was
    # published without pay, which the pay transparency check then reported.
    assert common.salary(3200, 3900, written, "month") == common.Salary(3200, 3900, code, "MONTH")


def test_a_sign_of_several_currencies_is_not_guessed():
    # "$" is the US, Canadian and Australian dollar's; "¥" the yen's and the yuan's.
    warned = []
    assert common.salary(3200, 3900, "$", "month", warned.append) is None
    assert common.salary(3200, 3900, "¥", "month", warned.append) is None
    assert len(warned) == 2 and "gives no currency Google reads" in warned[0]


@pytest.mark.parametrize(
    ("low", "high", "said"),
    [("4200", "1" + "0" * 29, "an amount of 1e+29 EUR, which is no pay"),
     (4200, 1e308, "an amount of 1e+308 EUR, which is no pay"),
     (5600, 4200, "a minimum of 5,600 EUR above its maximum of 4,200")],
)  # fmt: skip
def test_a_pay_that_is_no_pay_is_left_out_with_a_warning(ats, tmp_path, low, high, said):
    # Thirty digits (or 1e308) in a feed's salary went into the snapshot and
    # out as the JobPosting's baseSalary; a max below the min was dropped
    # without a word, and podium check then asked for a salary the ATS has.
    doc = json.loads((FIXTURES / "lever.json").read_text(encoding="utf-8"))
    post = doc[0]
    post["salaryRange"] = {"min": low, "max": high, "currency": "EUR", "interval": "per-month"}
    ats.serve(VENDORS["lever"][0], json.dumps(doc).encode())
    content = tmp_path / "content"
    report = pull([ats.feed("lever")], content / "vacancies" / "feeds", now=NOW)
    (result,) = report.results
    assert report.ok
    warning = (
        f'warning: post {post["id"]} "{post["text"]}": its pay gives {said}; it is published '
        "without pay: fix the pay in the ATS and pull again"
    )
    assert any(line.endswith(warning) for line in result.warning_lines()), result.warning_lines()
    assert load_all(content, ("nl", "en"), NOW.date()).by_id()[post["id"]].salary is None


@pytest.mark.parametrize(
    ("name", "code"),
    [("Netherlands", "NL"), ("Nederland", "NL"), ("the Netherlands", "NL"), ("Germany", "DE"),
     ("Duitsland", "DE"), ("nl", "NL"), ("BE", "BE"), ("Atlantis", None), ("", None),
     # The names a job page writes are read back (were the feed's default).
     ("Czechia", "CZ"), ("Tsjechië", "CZ"), ("Czech Republic", "CZ"), ("Greece", "GR"),
     ("Griekenland", "GR"), ("Türkiye", "TR"), ("Turkey", "TR"), ("Finland", "FI"),
     ("Nieuw-Zeeland", "NZ"), ("Georgia", "GE")],
)  # fmt: skip
def test_country_names_and_codes(name, code):
    assert code_for(name) == code


def test_epoch_milliseconds_are_utc_dates():
    assert common.date_from_epoch_ms(1_790_000_000_000) == dt.date(2026, 9, 21)
    assert common.date_from_epoch_ms("1790000000000") is None


def test_a_moment_in_utc_is_dated_by_its_day_in_the_hub():
    # Lever (epoch ms) and Recruitee ("... UTC") give moments in UTC, which say
    # nothing of the recruiter's clock: a post at 23:30 UTC was dated the day
    # before the one it was in Amsterdam (and, shown on the job page, the day
    # before the job existed there). A feed's own offset is the recruiter's.
    late = 1_790_033_400_000  # 2026-09-21T23:30:00Z
    assert common.date_from_epoch_ms(late) == dt.date(2026, 9, 21)
    assert common.date_from_epoch_ms(late, "Europe/Amsterdam") == dt.date(2026, 9, 22)
    assert common.date_from_epoch_ms(late, "America/New_York") == dt.date(2026, 9, 21)
    ams = "Europe/Amsterdam"
    assert common.parse_date("2026-09-21 23:30:00 UTC", ams) == dt.date(2026, 9, 22)
    assert common.parse_date("2026-09-21T23:30:00Z", ams) == dt.date(2026, 9, 22)
    assert common.parse_date("2026-09-21T23:30:00-04:00", ams) == dt.date(2026, 9, 21)
    assert common.parse_date("0001-01-01T00:00:00Z", "America/New_York") == dt.date(1, 1, 1)
    # Without the hub's zone, the day as written.
    assert common.parse_date("2026-12-15 23:00:00 UTC") == dt.date(2026, 12, 15)
    feed = PodiumSettings.from_pelican(
        {"TIMEZONE": "Pacific/Auckland", "PODIUM_FEEDS": [{"name": "l", "kind": "lever",
                                                            "url": "https://api.lever.co/v0/postings/x"}]}
    ).feeds[0]  # fmt: skip
    assert feed.timezone == "Pacific/Auckland"


def test_location_strings():
    feed = FeedConfig("f", "greenhouse", "https://x.nl", default_country="NL")
    loc = parse_location
    assert loc("Utrecht, Netherlands", feed) == common.Location("Utrecht", "NL", False)
    assert loc("Remote (DE)", feed) == common.Location(None, "DE", True)
    assert loc("Amersfoort", feed) == common.Location("Amersfoort", "NL", False)
    assert loc(None, feed) == common.Location(None, "NL", False)
    with pytest.raises(common.Skip):
        loc("Utrecht", FeedConfig("f", "lever", "https://x.nl"))


@pytest.mark.parametrize(
    ("text", "city", "country", "remote"),
    [
        # A region's code before the country's name is the region, not a country.
        ("Berlin, BE, Germany", "Berlin", "DE", False),
        ("San Francisco, CA, United States", "San Francisco", "US", False),
        ("Leeuwarden, FR, Netherlands", "Leeuwarden", "NL", False),
        ("Utrecht, NL", "Utrecht", "NL", False),
        # A US state or Canadian province after a city: its country, not the
        # feed's default (New York in the Netherlands) nor the country that
        # shares the code (San Francisco in Canada).
        ("San Francisco, CA", "San Francisco", "US", False),
        ("New York, NY", "New York", "US", False),
        ("Austin, TX, USA", "Austin", "US", False),
        ("Toronto, ON", "Toronto", "CA", False),
        ("Toronto, ON, Canada", "Toronto", "CA", False),
        # The same states and provinces by name (were a city in the
        # feed's default country: San Francisco, NL).
        ("San Francisco, California", "San Francisco", "US", False),
        ("Austin, Texas", "Austin", "US", False),
        ("Austin, Texas, United States", "Austin", "US", False),
        ("New York, New York", "New York", "US", False),
        ("Toronto, Ontario", "Toronto", "CA", False),
        ("Remote - Texas", None, "US", True),
        # Washington: the state after a city, the city before DC.
        ("Seattle, Washington", "Seattle", "US", False),
        ("Washington, DC", "Washington", "US", False),
        ("Washington, D.C.", "Washington", "US", False),
        # Georgia: the country, unless a later part (or the feed) says US.
        ("Tbilisi, Georgia", "Tbilisi", "GE", False),
        ("Atlanta, Georgia, USA", "Atlanta", "US", False),
        # A code that is a country as well as a state stays the country.
        ("München, DE", "München", "DE", False),
        ("Bangalore, IN", "Bangalore", "IN", False),
        # Several places: the first one's country, not the last one's.
        ("Amsterdam, Netherlands; Berlin, Germany", "Amsterdam", "NL", False),
        # A country a job page names, in the feed's default's stead (a Czech
        # job was advertised in the Netherlands).
        ("Prague, Czechia", "Prague", "CZ", False),
        ("Athens, Greece", "Athens", "GR", False),
        ("Remote - Finland", None, "FI", True),
        # A remote place with an en or em dash, a colon or "in", as with " - ":
        # these were remote in the feed's default country (NL).
        ("Remote – Germany", None, "DE", True),
        ("Remote — Texas", None, "US", True),
        ("Remote – Berlin", "Berlin", "DE", True),
        ("Remote: Berlin", "Berlin", "DE", True),
        ("Remote in Berlin", "Berlin", "DE", True),
        ("Remote - Berlin", "Berlin", "DE", True),
        ("Hybrid – Amsterdam", "Amsterdam", "NL", False),
        ("Remote friendly", None, "NL", True),
        # How the work is done is not a city.
        ("Hybrid - Amsterdam, Netherlands", "Amsterdam", "NL", False),
        ("On-site - Utrecht", "Utrecht", "NL", False),
        ("Home-Office", None, "NL", True),
        # Dutch for remote, as the hub's own Dutch pages write it: was a city
        # "Op afstand" in an office, in the job list's filter and Google's address.
        ("Op afstand", None, "NL", True),
        ("Op afstand (Duitsland)", None, "DE", True),
        ("Utrecht (op afstand)", "Utrecht", "NL", True),
        ("Volledig op afstand", None, "NL", True),
        # "a/d" is "aan de(n)" in a Dutch town's name, no slash between places:
        # the job was in "Capelle a".
        ("Capelle a/d IJssel", "Capelle a/d IJssel", "NL", False),
        ("Alphen a/d Rijn, Nederland", "Alphen a/d Rijn", "NL", False),
        ("Frankfurt/Main", "Frankfurt", "DE", False),
        # Around a city is at the city (was a city "Utrecht e.o." of its own).
        ("Utrecht e.o.", "Utrecht", "NL", False),
        ("Regio Utrecht", "Utrecht", "NL", False),
        ("Utrecht en omgeving", "Utrecht", "NL", False),
        ("Veldhoven e.o.", "Veldhoven", "NL", False),
        ("Großraum München", "München", "DE", False),
        ("Regio Noord", "Regio Noord", "NL", False),
    ],
)
def test_location_strings_as_ats_send_them(text, city, country, remote):
    feed = FeedConfig("f", "greenhouse", "https://x.nl", default_country="NL")
    got = parse_location(text, feed)
    assert (got.city, got.country, got.remote) == (city, country, remote)


@pytest.mark.parametrize(
    ("text", "default", "region"),
    [
        ("San Francisco, CA", "NL", "CA"),
        ("San Francisco, California, USA", "NL", "CA"),
        ("Austin, Texas", None, "TX"),
        ("New York, NY", "NL", "NY"),
        ("Toronto, ON, Canada", "NL", "ON"),
        ("Montréal, Québec", "NL", "QC"),
        ("Washington, D.C.", "NL", "DC"),
        ("Seattle, Washington", "NL", "WA"),
        ("Wilmington, DE", "US", "DE"),
        ("Wilmington, DE, USA", "NL", "DE"),
        ("Atlanta, Georgia", "US", "GA"),
        ("Atlanta, Georgia, USA", "NL", "GA"),
        ("Remote - Texas", "NL", "TX"),
        # A code that is the country here is no state of it.
        ("München, DE", "NL", None),
        ("Vancouver, CA", "CA", None),
        ("Tbilisi, Georgia", "NL", None),
        ("Utrecht, NL", "NL", None),
        ("Berlin, BE, Germany", "NL", None),
    ],
)
def test_a_us_or_canadian_place_keeps_its_state(text, default, region):
    """The state was read only to find the country: "Austin, TX" went to
    Google as {addressLocality: Austin, addressCountry: US}, no addressRegion."""
    feed = FeedConfig("f", "greenhouse", "https://x.nl", default_country=default)
    assert parse_location(text, feed).region == region


def test_georgia_is_the_state_in_a_us_employers_feed():
    feed = FeedConfig("f", "greenhouse", "https://x.nl", default_country="US")
    assert parse_location("Atlanta, Georgia", feed) == common.Location(
        "Atlanta", "US", region="GA")  # fmt: skip


@pytest.mark.parametrize(
    ("default", "city", "country"),
    [
        # Amsterdam was published in Germany: the city of the first place with
        # the country of the second.
        (None, "Berlin", "DE"),
        ("NL", "Amsterdam", "NL"),
    ],
)
def test_a_place_keeps_its_own_country_among_several(default, city, country):
    feed = FeedConfig("f", "greenhouse", "https://x.nl", default_country=default)
    got = parse_location("Amsterdam; Berlin, Germany", feed)
    assert got == common.Location(city, country)


def test_every_place_of_a_job_in_several_is_kept():
    feed = FeedConfig("f", "greenhouse", "https://x.nl", default_country="NL")
    L = common.Location  # noqa: N806
    assert common.parse_locations("Amsterdam; Berlin, Germany", feed) == (
        L("Amsterdam", "NL"), L("Berlin", "DE"))  # fmt: skip
    # A remote place in the country of an office adds nothing to it.
    assert common.parse_locations("Amsterdam | Remote", feed) == (L("Amsterdam", "NL", True),)
    assert common.parse_locations("Utrecht; Utrecht, NL", feed) == (L("Utrecht", "NL"),)


@pytest.mark.parametrize(
    "text", ["Austin, TX; Austin", "Austin; Austin, Texas", "Austin, TX; austin"]
)
def test_a_city_given_with_and_without_its_state_is_one_place(text):
    # "Austin, TX; Austin" was two places, one in Texas and one nowhere in
    # particular: the page said "Austin, TX; Austin" and Google got the city twice.
    feed = FeedConfig("f", "greenhouse", "https://x.nl", default_country="US")
    assert common.parse_locations(text, feed) == (common.Location("Austin", "US", region="TX"),)


def test_two_cities_of_one_name_in_two_states_stay_two():
    feed = FeedConfig("f", "greenhouse", "https://x.nl", default_country="US")
    L = common.Location  # noqa: N806
    assert common.parse_locations("Portland, OR; Portland, ME", feed) == (
        L("Portland", "US", region="OR"), L("Portland", "US", region="ME"))  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "London or Remote" was a remote job with no city at all: "London or"
        # was read as one part, and the remote word took it.
        ("London, UK or Remote", (common.Location("London", "GB", True),)),
        ("Berlin, Germany or Munich, Germany",
         (common.Location("Berlin", "DE"), common.Location("Munich", "DE"))),
    ],
)  # fmt: skip
@pytest.mark.parametrize("default", [None, "NL"])
def test_places_joined_by_or_are_each_kept(text, expected, default):
    # Each names its country. With the feed's default NL, "Remote" of no
    # country in "London, UK or Remote" was remote in the Netherlands, where
    # the post names no office: it is remote where its offices are, as without.
    feed = FeedConfig("f", "lever", "https://x.nl", default_country=default)
    assert common.parse_locations(text, feed) == expected


def test_a_job_remote_in_the_eu_is_open_to_each_member_state():
    # It was remote in the feed's default country only, in a city named "EU".
    feed = FeedConfig("f", "greenhouse", "https://x.nl", default_country="NL")
    places = common.parse_locations("Remote (EU)", feed)
    assert len(places) == 27 and all(p.remote and p.city is None for p in places)
    assert [p.country for p in places[:3]] == ["NL", "AT", "BE"]  # the feed's own first
    assert "GB" not in {p.country for p in places}
    # Without a default country it is no longer skipped: the EU names them.
    anywhere = FeedConfig("f", "greenhouse", "https://x.nl")
    assert common.parse_locations("Remote - EU", anywhere)[0] == common.Location(None, "AT", True)
    # Remote by the post's own field (Lever's workplaceType), "EU" its place.
    lever = common.parse_locations("EU", anywhere, None, True)
    assert len(lever) == 27 and lever[0] == common.Location(None, "AT", True)
    # A region no list of countries stands for is no city either.
    assert parse_location("Remote (Europe)", feed) == common.Location(None, "NL", True)


def test_a_us_employers_state_codes_are_states():
    feed = FeedConfig("f", "greenhouse", "https://x.com", default_country="US")
    assert parse_location("Wilmington, DE", feed) == common.Location(
        "Wilmington", "US", region="DE")  # fmt: skip
    canadian = FeedConfig("f", "greenhouse", "https://x.ca", default_country="CA")
    assert parse_location("Vancouver, CA", canadian) == common.Location("Vancouver", "CA")


def test_greenhouse_office_in_a_german_state_stays_in_germany(ats, tmp_path):
    # Greenhouse's location.name is free text; "BE" here is the state of
    # Berlin, and the job was published in Belgium.
    board = json.loads((FIXTURES / "greenhouse.json").read_text(encoding="utf-8"))
    board["jobs"][4]["location"]["name"] = "Berlin, BE, Germany"
    board["jobs"][1]["location"]["name"] = "Hybrid - Amsterdam, Netherlands"
    ats.serve("/v1/boards/helderenergie/jobs", json.dumps(board).encode())
    jobs = pulled(ats, tmp_path, "greenhouse")
    assert jobs["4012005"]["location"] == {"city": "Berlin", "country": "DE", "remote": False}
    assert jobs["4012002"]["location"] == {"city": "Amsterdam", "country": "NL", "remote": False}


def test_prospect_titles():
    for title in ("Talent pool engineering", "Open sollicitatie", "Initiativbewerbung",
                  "Open application (NL)", "Prospect: data"):  # fmt: skip
        assert common.is_prospect(title), title
    assert not common.is_prospect("Senior backend developer")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("EUR 3.400 - 4.300 per maand", (3400, 4300, "EUR", "MONTH")),
        ("€ 40.000 – € 52.000 per jaar, plus 25 vakantiedagen", (40000, 52000, "EUR", "YEAR")),
        ("CHF 38 - 45 pro Stunde", (38, 45, "CHF", "HOUR")),
        ("marktconform", None),
        ("3200 - 3900", None),  # no currency: not guessed
        # The hours of a part-time job were its pay: "€ 32 – € 40 per uur".
        ("32-40 uur per week, € 3.200 - € 3.900 per maand", (3200, 3900, "EUR", "MONTH")),
        ("24 uur per week; salaris € 2.900 per maand", (2900, 2900, "EUR", "MONTH")),
        ("€ 3.200 - 3.900 euro per maand (32 uur)", (3200, 3900, "EUR", "MONTH")),
        ("3.200 - 3.900 EUR per maand", (3200, 3900, "EUR", "MONTH")),
        # "k" is thousands: $60k was sixty dollars a year.
        ("$60k - $80k per year", (60000, 80000, "USD", "YEAR")),
        ("€45K–55K per jaar", (45000, 55000, "EUR", "YEAR")),
        ("€2.500,- tot €3.000,- per maand", (2500, 3000, "EUR", "MONTH")),
        ("Tot 40 uur, € 3.200 per maand", (3200, 3200, "EUR", "MONTH")),
        # The period is the pay's own, before the next number: "36 uur per week"
        # and "bij 40 uur" are the hours worked, and "maandag" a weekday (it
        # ends in "dag"); the pay was "€ 3.200 – € 3.900 per uur" or "per dag".
        ("€ 3.200 - € 3.900 bruto, 36 uur per week", None),
        ("€ 3.200 - € 3.900 bij 40 uur", None),
        ("€ 3.200 – € 3.900, werkdagen maandag t/m vrijdag", None),
        ("€ 3.200 per maand, start op maandag", (3200, 3200, "EUR", "MONTH")),
        ("EUR 4.000 brutomaandsalaris", (4000, 4000, "EUR", "MONTH")),
        # Abbreviated periods, as Dutch and English job ads write them, were no
        # period at all, so the pay was left out.
        ("€ 3.200 p/m", (3200, 3200, "EUR", "MONTH")),
        ("€ 3.200 - € 3.900 p.m. (36 uur)", (3200, 3900, "EUR", "MONTH")),
        ("€ 45.000 p.j.", (45000, 45000, "EUR", "YEAR")),
        ("€ 60k/yr", (60000, 60000, "EUR", "YEAR")),
        ("$30/hr", (30, 30, "USD", "HOUR")),
        ("£40,000 pa", (40000, 40000, "GBP", "YEAR")),
        ("€ 25 p/u", (25, 25, "EUR", "HOUR")),
        # Thousands grouped as Switzerland and the Nordics write them (an
        # apostrophe, a space, a no-break space) gave no pay: "CHF 90'000" was
        # the amounts 90 and 000, no range.
        ("CHF 90'000 - 110'000 pro Jahr", (90000, 110000, "CHF", "YEAR")),
        ("CHF 90’000 – 110’000 p.a.", (90000, 110000, "CHF", "YEAR")),
        ("SEK 45 000 - 55 000 per month", (45000, 55000, "SEK", "MONTH")),
        ("€\u00a03\u202f200 – 3\u202f900 per maand", (3200, 3900, "EUR", "MONTH")),
        ("CHF 1'234'567.50 per year", (1234567.5, 1234567.5, "CHF", "YEAR")),
        # Not thousands: the hours, then the pay.
        ("32 - 40 uur, € 3 200 per maand", (3200, 3200, "EUR", "MONTH")),
        # German's hourly pay: "stündlich" was no period, the pay left out.
        ("€ 20 - 25 stündlich", (20, 25, "EUR", "HOUR")),
    ],
)
def test_personio_salary_text(text, expected):
    pay = common.salary_from_text(text)
    assert (pay and (pay.min, pay.max, pay.currency, pay.unit)) == expected


@pytest.mark.parametrize(
    ("interval", "unit"),
    [("jährlich", "YEAR"), ("monatlich", "MONTH"), ("wöchentlich", "WEEK"),
     ("täglich", "DAY"), ("stündlich", "HOUR")],
)  # fmt: skip
def test_a_german_pay_period_in_personio_is_read(ats, tmp_path, interval, unit):
    # <interval>jährlich</interval> (a German account's salaryInformation)
    # gave 'no period "jährlich" Google reads' and the job no pay: the vendor
    # period was read with its umlauts dropped ("jhrlich"), which names no
    # period, though the same word in a pay line was read.
    path, fixture, content_type = VENDORS["personio"]
    xml = (FIXTURES / fixture).read_text(encoding="utf-8")
    xml = xml.replace("<interval>monthly</interval>", f"<interval>{interval}</interval>", 1)
    ats.serve(path, xml.encode("utf-8"), content_type)
    pay = pulled(ats, tmp_path, "personio")["1830001"].get("salary")
    assert pay == {"min": 3200, "max": 3900, "currency": "EUR", "unit": unit}


@pytest.mark.parametrize(
    "text",
    [
        # Pay per four weeks (Dutch retail and agency work, 13 times a year),
        # two weeks or half a year has no unitText: "per vier weken" was a
        # week's pay, four times what the job pays.
        "€ 2.400 - € 2.800 bruto per vier weken",
        "€ 2.400 - € 2.800 per 4 weken",
        "€ 1.200 - € 1.400 biweekly",
        "€ 9.000 per half jaar",
    ],
)
def test_pay_per_several_periods_is_no_pay_google_can_state(text):
    assert common.salary_from_text(text) is None


@pytest.mark.parametrize("words", ["4-weekly", "biweekly", "Fortnightly", "semi-annual"])
def test_a_pay_field_per_several_periods_is_said_at_the_pull(words):
    warned = []
    assert common.salary_unit(words) is None
    assert common.salary(2400, 2800, "EUR", words, warned.append) is None
    assert warned and f'gives no period "{words}" Google reads' in warned[0]
    assert common.salary_unit("weekly") == "WEEK" and common.salary_unit("per jaar") == "YEAR"


def test_post_whose_description_is_only_markup_is_skipped(ats, tmp_path):
    # A tracking pixel and an empty paragraph sanitise to "<p></p>": no job
    # description for Google or vacancies.json, so the post is not written.
    path = "/api/offers/"
    offers = json.loads((FIXTURES / "recruitee.json").read_text(encoding="utf-8"))
    offers["offers"][0]["description"] = '<p>&nbsp;<img src="https://t.example/p.gif"></p>'
    offers["offers"][0]["requirements"] = ""
    ats.serve(path, json.dumps(offers).encode())
    report = pull([ats.feed("recruitee")], tmp_path, now=NOW)
    (result,) = report.results
    assert any(
        "skipped post 2201001" in line and 'field "description" has no text' in line
        for line in result.warning_lines()
    ), result.warning_lines()
    doc = json.loads((tmp_path / "recruitee-helder.json").read_text(encoding="utf-8"))
    assert "2201001" not in {r["id"] for r in doc["vacancies"]}


_FEEDS = {  # vendor -> (its fixture, the list of posts in it, title key, description key)
    "greenhouse": ("greenhouse.json", lambda d: d["jobs"], "title", "content"),
    "lever": ("lever.json", lambda d: d, "text", "description"),
    "recruitee": ("recruitee.json", lambda d: d["offers"], "title", "description"),
}


def _pull_first_post(ats, tmp_path, kind: str, description: str, title_suffix: str = ""):
    """Pull ``kind``'s fixture feed from a real server, its first post's
    description set to ``description`` (and ``title_suffix`` added to its
    title): (that post, the pull's report, the content folder)."""
    fixture, posts, title, body = _FEEDS[kind]
    doc = json.loads((FIXTURES / fixture).read_text(encoding="utf-8"))
    post = posts(doc)[0]
    post[title] += title_suffix
    post[body] = description
    ats.serve(VENDORS[kind][0], json.dumps(doc).encode())
    content = tmp_path / "content"
    return post, pull([ats.feed(kind)], content / "vacancies" / "feeds", now=NOW), content


@pytest.mark.parametrize("kind", sorted(_FEEDS))
def test_control_characters_pasted_into_an_ats_do_not_cost_the_post(ats, tmp_path, kind):
    # Word's line break in a paragraph (U+000B), a form feed, a left-to-right
    # mark in the title and half a character ("\ud800" in the JSON): the loader
    # refuses them all, so each used to get its post skipped, the job missing.
    post, report, content = _pull_first_post(
        ats, tmp_path, kind, "<p>Regel een\x0bregel twee\x0c en een half \ud800 teken</p>", "\u200e"
    )
    title = _FEEDS[kind][2]
    (result,) = report.results
    assert report.ok and not any("skipped post " + str(post["id"]) in w
                                 for w in result.warning_lines())  # fmt: skip
    vacancy = load_all(content, ("nl", "en"), NOW.date()).by_id()[str(post["id"])]
    assert vacancy.title == post[title].removesuffix("\u200e")
    assert "Regel een regel twee" in vacancy.description_html
    assert not re.search("[\x0b\x0c\ud800-\udfff]", vacancy.description_html)


@pytest.mark.parametrize(
    ("hosted", "apply", "said"),
    [
        ("https://a|b/x", "https://jobs.lever.co/helder/x/apply", None),
        ("https://jobs.lever.co/helder/x", "https://a|b/x/apply", "invalid international"),
        ("https://jobs.lever.co/helder/x", "https://999.999.999.999/apply", "invalid IP"),
    ],
    ids=["page", "apply-host", "apply-ip"],
)
def test_an_address_only_python_reads_skips_the_post_in_words(ats, tmp_path, hosted, apply, said):
    # The sanitiser's URL parser (WHATWG, as browsers) refuses what urlsplit
    # takes: the post was skipped as "unexpected data (invalid url_relative
    # base URL ...)". A page no browser opens is left out (links are read as
    # the form's); an address to apply at no browser opens skips the post,
    # saying which.
    doc = json.loads((FIXTURES / "lever.json").read_text(encoding="utf-8"))
    post = doc[1]
    post["hostedUrl"], post["applyUrl"] = hosted, apply
    post["description"] = '<p>Lees <a href="team">over het team</a>.</p>'
    ats.serve(VENDORS["lever"][0], json.dumps(doc).encode())
    report = pull([ats.feed("lever")], tmp_path, now=NOW)
    (result,) = report.results
    skipped = [w for w in result.warning_lines() if post["id"] in w]
    if said is None:
        assert report.ok and skipped == []
        records = json.loads((tmp_path / "lever-helder.json").read_text(encoding="utf-8"))
        (record,) = [r for r in records["vacancies"] if r["id"] == post["id"]]
        assert 'href="https://jobs.lever.co/helder/x/team"' in record["description"]
    else:
        (line,) = skipped
        assert f'its address to apply at "{apply}" is none a browser opens ({said}' in line
        assert line.endswith("; fix the post in the ATS") and "unexpected data" not in line


@pytest.mark.parametrize(
    ("apply", "said"),
    [
        ("https://10.0.0.1/apply", 'its host "10.0.0.1" is an IP address of a private network'),
        ("https://localhost:8080/apply", 'its host "localhost" is the computer the page is'),
        ("https://jobs.\u04bbelder.example/apply", 'its host\'s part "\u04bbelder" mixes Cyrillic'),
    ],
    ids=["private", "localhost", "mixed-script"],
)
def test_an_address_to_apply_no_job_seeker_reaches_skips_the_post(ats, tmp_path, apply, said):
    # Kept in the snapshot, it became every reader's Apply button and the
    # JobPosting's. One on the feed's own host (this test server's 127.0.0.1, as
    # Personio's job pages are) stays: the hub configured that host.
    doc = json.loads((FIXTURES / "lever.json").read_text(encoding="utf-8"))
    post = doc[1]
    post["applyUrl"] = apply
    ats.serve(VENDORS["lever"][0], json.dumps(doc).encode())
    report = pull([ats.feed("lever")], tmp_path, now=NOW)
    (result,) = report.results
    (line,) = [w for w in result.warning_lines() if post["id"] in w]
    assert f'its address to apply at "{apply}" is no public one: {said}' in line, line
    assert line.endswith("; fix the post in the ATS")


@pytest.mark.parametrize("kind", sorted(_FEEDS))
def test_a_control_that_reorders_a_post_is_removed_not_the_post(ats, tmp_path, kind):
    # The loader refuses a right-to-left override in a description (it reads
    # "gnirts" as "string" on the page): left in, the post was skipped at the
    # pull, the job missing. Removed, as from a title; a direction mark stays.
    # So was one with "&#x1b;", which the sanitiser makes the character itself;
    # it becomes a space in every feed (Greenhouse's decoding dropped it: "ja!").
    post, report, content = _pull_first_post(
        ats,
        tmp_path,
        kind,
        "<p>Je bent \u202egnirts\u202c en &#x2066;x&#x2069; \u200fja&#x1b;!</p>",
    )
    (result,) = report.results
    assert report.ok and not any("skipped post " + str(post["id"]) in w
                                 for w in result.warning_lines())  # fmt: skip
    vacancy = load_all(content, ("nl", "en"), NOW.date()).by_id()[str(post["id"])]
    assert "Je bent gnirts en x \u200fja !" in vacancy.description_html, vacancy.description_html
    assert "\x1b" not in vacancy.description_html


@pytest.mark.parametrize("kind", sorted(_FEEDS))
def test_a_relative_link_in_a_post_points_where_the_recruiter_meant(ats, tmp_path, kind):
    # "/benefits" was written on the ATS's page for the post; kept as it was,
    # the hub printed it as its own address, a 404 on the careers site. It is
    # read against the post's own page, where the recruiter's readers read it:
    # against Lever's and Recruitee's application form (".../apply",
    # ".../c/new"), "#x" led to the form and "team" to ".../apply/../team".
    post, report, content = _pull_first_post(
        ats,
        tmp_path,
        kind,
        '<p>Lees over <a href="/benefits">onze voordelen</a>, <a href="#x">meer</a> en '
        '<a href="team">het team</a>.</p>',
    )
    assert report.ok
    vacancy = load_all(content, ("nl", "en"), NOW.date()).by_id()[str(post["id"])]
    page = post.get("hostedUrl") or post.get("careers_url") or vacancy.apply_url
    assert page != vacancy.apply_url or kind == "greenhouse"
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(page))
    hrefs = re.findall(r'href="([^"]*)"', vacancy.description_html)
    assert hrefs == [origin + "/benefits", page + "#x", urljoin(page, "team")], hrefs


@pytest.mark.parametrize(
    "markup",
    ["<div>" * 100_000, "<ul><li>" * 60_000, "<a><div>x</a>" * 60_000],
    ids=["unclosed divs", "nested lists", "misnested links"],
)
def test_a_post_nested_too_deeply_is_skipped_before_it_stalls_the_pull(
    ats, tmp_path, markup, monkeypatch
):
    # The sanitiser's parser takes time in the square of the depth: one such
    # post of 500 kB held the pull 20 s or more, a 10 MB feed of them for hours.
    # So the post must never reach it (the other posts do).
    doc = json.loads((FIXTURES / "lever.json").read_text(encoding="utf-8"))
    post = doc[1]
    post["description"] = "<p>Over de rol</p>" + markup
    ats.serve(VENDORS["lever"][0], json.dumps(doc).encode())
    sanitised = []
    real = common.html.sanitise

    def sanitise(text, *args, **kwargs):
        sanitised.append(markup[:60] in text)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(common.html, "sanitise", sanitise)
    report = pull([ats.feed("lever")], tmp_path, now=NOW)
    assert sanitised and not any(sanitised)
    (result,) = report.results
    url = ats.url(VENDORS["lever"][0])
    assert report.ok and [w for w in result.warning_lines() if post["id"] in w] == [
        f'feed lever-helder ({url}): warning: skipped post {post["id"]} "{post["text"]}": '
        "its description nests HTML elements more than 1000 deep (tags opened and never "
        "closed?); fix the post in the ATS"
    ]
    records = json.loads((tmp_path / "lever-helder.json").read_text(encoding="utf-8"))
    ids = {r["id"] for r in records["vacancies"]}
    assert post["id"] not in ids and {doc[0]["id"], doc[3]["id"]} <= ids


def test_a_description_as_deep_as_real_ones_get_is_kept(ats, tmp_path):
    doc = json.loads((FIXTURES / "lever.json").read_text(encoding="utf-8"))
    # Lists in lists in a table, and paragraphs and items left unclosed, as HTML allows.
    doc[1]["description"] = (
        "<div>" * 40
        + "<table><tr><td><ul><li>a<li>b<ul><li>c</ul>" * 20
        + "<p>Een alinea<p>en nog een" * 500
    )
    ats.serve(VENDORS["lever"][0], json.dumps(doc).encode())
    report = pull([ats.feed("lever")], tmp_path, now=NOW)
    assert report.ok and not [w for w in report.results[0].warnings if doc[1]["id"] in w]
    records = json.loads((tmp_path / "lever-helder.json").read_text(encoding="utf-8"))
    (record,) = [r for r in records["vacancies"] if r["id"] == doc[1]["id"]]
    assert "en nog een" in record["description"]


def test_a_post_naming_thousands_of_places_does_not_stall_the_pull(ats, tmp_path):
    # Each place was compared with every other: 5,000 of them (a 100 kB
    # location) took 8 s, a feed of such posts an hour.
    doc = json.loads((FIXTURES / "greenhouse.json").read_text(encoding="utf-8"))
    places = [f"Stad{i}, NL" for i in range(6000)]
    doc["jobs"][0]["location"] = {"name": "; ".join([*places, "stad1, NL", "Stad2, Netherlands"])}
    ats.serve(VENDORS["greenhouse"][0], json.dumps(doc).encode())
    records = pulled(ats, tmp_path, "greenhouse")
    record = records[str(doc["jobs"][0]["id"])]
    assert [p["city"] for p in record["location"]] == [f"Stad{i}" for i in range(6000)]


def test_the_work_of_reading_places_grows_with_their_number_not_its_square():
    # Counted in function calls, not seconds: ten times the places may cost
    # ten times the calls (and some), never the hundred times of comparing
    # each place with every other.
    feed = FeedConfig("f", "greenhouse", "https://x.nl", default_country="NL")

    def calls(n):
        text = "; ".join([*(f"Stad{i}, NL" for i in range(n)), "stad1, NL", "Stad2, Netherlands"])
        return python_calls(common.parse_locations, text, feed)

    assert calls(3000) < 15 * calls(300)


def _greenhouse_with(ats, tmp_path, more):
    """The Greenhouse fixture with the posts ``more(first post)`` added, served and
    pulled: (feed, first post, report, the feed's result)."""
    doc = json.loads((FIXTURES / "greenhouse.json").read_text(encoding="utf-8"))
    first = doc["jobs"][0]
    doc["jobs"] += more(first)
    ats.serve(VENDORS["greenhouse"][0], json.dumps(doc).encode())
    feed = ats.feed("greenhouse")
    report = pull([feed], tmp_path, now=NOW)
    (result,) = report.results
    return feed, first, report, result


def test_another_job_under_an_id_already_taken_is_a_warning(ats, tmp_path):
    # The second job of an id went missing from the site without a word; a
    # post repeated as it was (the fixture repeats one) still goes quietly.
    feed, first, report, result = _greenhouse_with(
        ats, tmp_path, lambda first: [dict(first), {**first, "title": "Junior backend developer",
                                      "absolute_url": first["absolute_url"] + "-junior"}],
    )  # fmt: skip
    assert report.ok and [w for w in result.warning_lines() if "same id" in w] == [
        f"feed greenhouse-helder ({feed.url}): warning: skipped post {first['id']} "
        f'"Junior backend developer": post {first["id"]} "{first["title"]}" of this feed has '
        "the same id, and every vacancy needs its own; the first is kept"
    ]
    records = json.loads((tmp_path / "greenhouse-helder.json").read_text(encoding="utf-8"))
    (kept,) = [r for r in records["vacancies"] if r["id"] == str(first["id"])]
    assert kept["title"] == first["title"]


def test_another_post_of_the_same_title_place_and_address_is_a_warning(ats, tmp_path):
    # A second post (another id) with the first one's title, place and apply URL
    # was dropped without a word; the same post repeated still goes quietly.
    feed, first, report, result = _greenhouse_with(
        ats, tmp_path, lambda first: [dict(first), {**first, "id": 4019999}]
    )
    assert report.ok and [w for w in result.warning_lines() if "4019999" in w] == [
        f"feed greenhouse-helder ({feed.url}): warning: skipped post 4019999 "
        f'"{first["title"]}": post {first["id"]} of this feed has the same title, place and '
        "address to apply at, and a job seeker could not tell them apart; the first is kept: "
        "give one another title in the ATS, or close it"
    ]
    assert not [w for w in result.warnings if "same title" in w and "4019999" not in w]


_LONG = "a" * 64


@pytest.mark.parametrize(
    ("first", "second", "how", "became"),
    [
        ("x/y", "x-y", 'made safe for a web address (letters, digits, "_" and "-")', "x-y"),
        ("job 7", "job-7", 'made safe for a web address (letters, digits, "_" and "-")', "job-7"),
        (_LONG + "-1-nl", _LONG + "-2-nl", "shortened to 64 characters", _LONG),
        ("x/" + _LONG, "x-" + _LONG + "b",
         'made safe for a web address (letters, digits, "_" and "-") and shortened to 64 '
         "characters", ("x-" + _LONG)[:64]),
    ],
)  # fmt: skip
def test_ids_that_become_one_are_said_as_the_ats_wrote_them(first, second, how, became):
    # Both were said by the one id they became: 'post x-y "..." of this feed
    # has the same id', and the recruiter looked in vain for two posts x-y.
    from podium_vacancies.ats import recruitee

    doc = json.loads((FIXTURES / "recruitee.json").read_text(encoding="utf-8"))
    doc["offers"][0]["id"], doc["offers"][1]["id"] = first, second
    feed = FeedConfig("recruitee-helder", "recruitee", "https://x.example/", default_country="NL")
    warnings = []
    found = recruitee.normalise(json.dumps(doc).encode(), feed, warnings)
    assert [w for w in warnings if "same id" in w] == [
        f'skipped post {second} "Data-analist netcongestie": its id and that of post {first} '
        f'"Klantadviseur energie" of this feed become the same id ({became}) once {how}, and '
        "every vacancy needs its own; the first is kept"
    ]
    assert [v.title for v in found if v.id == became] == ["Klantadviseur energie"]


@pytest.mark.parametrize(("raw", "shown"), [(True, "true"), (1.5, "1.5"), ([7], "[7]")])
def test_a_post_whose_id_is_no_number_or_text_is_skipped(ats, tmp_path, raw, shown):
    # JSON true became the vacancy "True" and 1.5 became "1-5" (a job's
    # address on the hub), written to the snapshot without a word.
    doc = json.loads((FIXTURES / "greenhouse.json").read_text(encoding="utf-8"))
    doc["jobs"][1]["id"] = raw
    ats.serve(VENDORS["greenhouse"][0], json.dumps(doc).encode())
    feed = ats.feed("greenhouse")
    report = pull([feed], tmp_path, now=NOW)
    (result,) = report.results
    title = doc["jobs"][1]["title"]
    assert report.ok and [w for w in result.warning_lines() if "its id" in w] == [
        f'feed greenhouse-helder ({feed.url}): warning: skipped post {shown} "{title}": '
        f"its id is {shown}, not a whole number or text"
    ]
    records = json.loads((tmp_path / "greenhouse-helder.json").read_text(encoding="utf-8"))
    assert {"True", "1-5", "7"}.isdisjoint(r["id"] for r in records["vacancies"])


def _normalised_with(kind: str, **fields) -> list[str]:
    """The warnings of ``kind``'s fixture feed normalised with its first post's
    ``fields`` set (None: left out)."""
    from podium_vacancies.ats import greenhouse, lever, personio, recruitee

    vendor = {"greenhouse": greenhouse, "lever": lever, "personio": personio,
              "recruitee": recruitee}[kind]  # fmt: skip
    feed = FeedConfig(f"{kind}-helder", kind, "https://x.example/xml", default_country="NL")
    if kind == "personio":
        xml = (FIXTURES / "personio.xml").read_text(encoding="utf-8")
        for tag, value in fields.items():
            element = "" if value is None else f"<{tag}>{htmllib.escape(value)}</{tag}>"
            xml = re.sub(rf"<{tag}>[^<]*</{tag}>", lambda _, e=element: e, xml, count=1)
        payload = xml.encode()
    else:
        fixture, posts, _, _ = _FEEDS[kind]
        doc = json.loads((FIXTURES / fixture).read_text(encoding="utf-8"))
        posts(doc)[0].update(fields)
        payload = json.dumps(doc).encode()
    warnings = []
    vendor.normalise(payload, feed, warnings)
    return warnings


@pytest.mark.parametrize("close_at", ["next week", 20261215, "2026-13-45"])
def test_a_recruitee_closing_date_that_cannot_be_read_is_said(close_at):
    # Ignored without a word: the job stayed open past the day the recruiter set.
    said = (
        f'post 2201001 "Klantadviseur energie": its closing date (close_at '
        f"{json.dumps(close_at)}) is no date Podium can read; it must be a date like "
        '"2026-10-01" or "2026-10-01T09:00:00Z"; it is published without one: fix or clear '
        "the closing date in Recruitee"
    )
    assert said in _normalised_with("recruitee", close_at=close_at)


_NO_AMOUNT = (
    'is no amount Podium can read (a number, like 4200 or "4.200"); it is published without '
    "pay: fix the pay in the ATS and pull again"
)


@pytest.mark.parametrize(
    ("kind", "fields", "said"),
    [
        ("recruitee", {"salary": {"min": "lots", "max": "3.400", "currency": "EUR",
                                  "period": "month"}},
         f'post 2201001 "Klantadviseur energie": its pay\'s salary.min "lots" {_NO_AMOUNT}'),
        ("lever", {"salaryRange": {"min": 52000, "max": "lots", "currency": "EUR",
                                   "interval": "per-year-salary"}},
         'post 5f1c2d3e-8a9b-4c7d-9e0f-1a2b3c4d5e6f "Platform engineer": its pay\'s '
         f'salaryRange.max "lots" {_NO_AMOUNT}'),
        ("personio", {"minimum": "lots"},
         f'post 1830001 "Monteur warmtepompen": its pay\'s <minimum> "lots" {_NO_AMOUNT}'),
    ],
)  # fmt: skip
def test_a_pay_amount_that_cannot_be_read_is_said_at_the_pull(kind, fields, said):
    # Dropped without a word at the pull, the build then said the ATS post had no pay.
    assert said in _normalised_with(kind, **fields)


def test_a_personio_pay_in_words_that_cannot_be_read_is_said_at_the_pull():
    from podium_vacancies.ats import personio

    feed = FeedConfig("personio-helder", "personio", "https://x.example/xml", default_country="NL")
    xml = (FIXTURES / "personio.xml").read_text(encoding="utf-8")
    words = "<salaryInformation>lots of money</salaryInformation>"
    xml = re.sub(r"<salaryInformation>.*?</salaryInformation>", words, xml, count=1, flags=re.S)
    warnings = []
    [first, *_] = personio.normalise(xml.encode(), feed, warnings)
    assert first.salary is None
    assert (
        'post 1830001 "Monteur warmtepompen": its salaryInformation "lots of money" gives no '
        'pay Podium can read (like "€ 3.200 - € 3.900 per maand"); it is published without '
        "pay: fix the pay in the ATS and pull again"
    ) in warnings, warnings


_TEAM_A = (
    'holds "<Team A>", dropped as HTML markup: the {0} is plain text; write it in the ATS '
    'without "<" and ">"'
)


@pytest.mark.parametrize(
    ("kind", "fields", "said"),
    [
        ("recruitee", {"title": "Sales &amp; Marketing <Team A>"},
         'post 2201001 "Sales &amp; Marketing <Team A>": its title "Sales &amp; Marketing '
         '<Team A>" ' + _TEAM_A.format("title")),
        ("lever", {"text": "Sales & Marketing <Team A>"},
         'post 5f1c2d3e-8a9b-4c7d-9e0f-1a2b3c4d5e6f "Sales & Marketing <Team A>": its title '
         '"Sales & Marketing <Team A>" ' + _TEAM_A.format("title")),
        ("greenhouse", {"title": "Sales & Marketing <Team A>"},
         'post 4012001 "Sales & Marketing <Team A>": its title "Sales & Marketing <Team A>" '
         + _TEAM_A.format("title")),
        ("recruitee", {"department": "Sales <Team A>"},
         'post 2201001 "Klantadviseur energie": its department "Sales <Team A>" '
         + _TEAM_A.format("department")),
    ],
)  # fmt: skip
def test_words_in_angle_brackets_dropped_from_a_title_are_said(kind, fields, said):
    # "Sales & Marketing <Team A>" was published as "Sales & Marketing" without a
    # word: the README has a title as text, but "<Team A>" reads as a tag, which
    # the loader refuses in a title.
    assert said in _normalised_with(kind, **fields)


_ISO = 'it must be a date like "2026-10-01" or "2026-10-01T09:00:00Z"'


@pytest.mark.parametrize(
    ("kind", "fields", "said"),
    [
        ("greenhouse", {"first_published": "31/12/2026", "updated_at": None},
         'skipped post 4012001 "Senior backend developer": its posting date (first_published '
         f'"31/12/2026") is no date Podium can read; {_ISO}'),
        ("greenhouse", {"first_published": None, "updated_at": " "},
         'skipped post 4012001 "Senior backend developer": it has no posting date '
         "(first_published and updated_at are missing)"),
        ("recruitee", {"published_at": "2026-02-30", "created_at": "gisteren"},
         'skipped post 2201001 "Klantadviseur energie": its posting date (published_at '
         f'"2026-02-30", created_at "gisteren") is no date Podium can read; {_ISO}'),
        ("personio", {"createdAt": "05-10-2026"},
         'skipped post 1830001 "Monteur warmtepompen": its posting date (createdAt '
         f'"05-10-2026") is no date Podium can read; {_ISO}'),
        ("lever", {"createdAt": "2026-10-01"},
         'skipped post 5f1c2d3e-8a9b-4c7d-9e0f-1a2b3c4d5e6f "Platform engineer": its posting '
         'date (createdAt "2026-10-01") is no date Podium can read; it must be a number of '
         "milliseconds since 1970, like 1790811000000"),
        ("lever", {"createdAt": None},
         'skipped post 5f1c2d3e-8a9b-4c7d-9e0f-1a2b3c4d5e6f "Platform engineer": it has no '
         "posting date (createdAt is missing)"),
    ],
)  # fmt: skip
def test_a_post_without_a_posting_date_is_said_with_its_fields_as_written(kind, fields, said):
    # "no usable posting date" named neither the field nor what it held.
    assert said in _normalised_with(kind, **fields)


@pytest.mark.parametrize(
    ("kind", "fields", "said"),
    [
        ("greenhouse", {"id": "-"},
         'skipped post - "Senior backend developer": its id "-" has no letter or digit '
         "(A to Z, 0 to 9), which the address of its page is made of"),
        ("lever", {"id": "\u0663\u0664\u0665"},
         'skipped post \u0663\u0664\u0665 "Platform engineer": its id "\u0663\u0664\u0665" has no '
         "letter or digit (A to Z, 0 to 9), which the address of its page is made of"),
        ("recruitee", {"id": None},
         'skipped post  "Klantadviseur energie": it has no id'),
        ("greenhouse", {"title": "<b> </b><script>Monteur</script>"},
         'skipped post 4012001 "<b> </b><script>Monteur</script>": its title '
         '"<b> </b><script>Monteur</script>" has no words once its markup is dropped'),
        ("lever", {"id": "", "text": " "},
         'skipped post  " ": it has no id; it has no title'),
        ("personio", {"name": None},
         'skipped post 1830001 "": it has no title'),
    ],
)  # fmt: skip
def test_a_post_without_an_id_or_title_is_said_with_the_one_it_lacks(kind, fields, said):
    # "no id or no title" left the recruiter to guess which, and what was wrong.
    assert said in _normalised_with(kind, **fields)


@pytest.mark.parametrize(
    ("kind", "fields", "said"),
    [
        ("lever", {"applyUrl": "javascript:alert(1)", "hostedUrl": None},
         'skipped post 5f1c2d3e-8a9b-4c7d-9e0f-1a2b3c4d5e6f "Platform engineer": its address '
         'to apply at ("javascript:alert(1)") is no web address; it must be an https:// or '
         "http:// address a browser can open"),
        ("recruitee", {"careers_apply_url": "mailto:" + "x" * 200, "careers_url": None},
         'skipped post 2201001 "Klantadviseur energie": its address to apply at ("mailto:'
         + "x" * 70 + '...") is no web address; it must be an https:// or http:// address '
         "a browser can open"),
        ("greenhouse", {"absolute_url": None},
         'skipped post 4012001 "Senior backend developer": it has no address to apply at; '
         "it needs an https:// or http:// address"),
    ],
)  # fmt: skip
def test_a_post_without_a_web_address_to_apply_at_is_said_with_its_address(kind, fields, said):
    # "no web address to apply at" hid what the ATS sent: a javascript: link, a typo.
    assert said in _normalised_with(kind, **fields)


@pytest.mark.parametrize("kind", ["greenhouse", "lever"])
def test_a_post_that_is_no_object_is_said_by_its_place_in_the_list(kind):
    # It was 'skipped a post: unexpected data ('NoneType' object has no
    # attribute 'get')', which said neither where nor what it was.
    from podium_vacancies.ats import greenhouse, lever

    fixture, posts, _, _ = _FEEDS[kind]
    doc = json.loads((FIXTURES / fixture).read_text(encoding="utf-8"))
    posts(doc)[1:1] = [None, 5, "x", [7]]
    feed = FeedConfig(f"{kind}-helder", kind, "https://x.example/", default_country="NL")
    warnings = []
    found = {"greenhouse": greenhouse, "lever": lever}[kind].normalise(
        json.dumps(doc).encode(), feed, warnings
    )
    assert [w for w in warnings if "of the list" in w] == [
        f"skipped the {place} post of the list: it is {what}, not a job (an object with an id "
        "and a title)"
        for place, what in (("2nd", "null"), ("3rd", "5"), ("4th", '"x"'), ("5th", "[7]"))
    ]
    assert str(posts(doc)[0]["id"]) in {v.id for v in found}


def test_a_personio_position_without_a_name_is_not_called_none(ats, tmp_path):
    original = (FIXTURES / "personio.xml").read_text(encoding="utf-8")
    xml = re.sub(r"(<position>\s*<id>1830001</id>.*?)<name>[^<]*</name>", r"\1", original,
                 count=1, flags=re.S)  # fmt: skip
    assert xml.count("<name>") == original.count("<name>") - 1
    ats.serve(VENDORS["personio"][0], xml.encode(), VENDORS["personio"][2])
    report = pull([ats.feed("personio")], tmp_path, now=NOW)
    (result,) = report.results
    assert [w for w in result.warning_lines() if "1830001" in w] == [
        f"feed personio-helder ({ats.url('/xml')}): warning: skipped post 1830001 "
        '"": it has no title'
    ]


@pytest.mark.parametrize("written", ["Monteur\x0bwarmtepompen", "Monteur&#x1b;warmtepompen",
                                     "Monteur&#11;warmtepompen"])  # fmt: skip
def test_a_control_character_in_a_personio_post_costs_neither_the_post_nor_the_feed(
    ats, tmp_path, written
):
    # XML 1.0 cannot hold it, raw or as a reference: one pasted into a single
    # position's name made the whole feed "malformed XML" and no job of it
    # was updated; a JSON feed's post gets a space in its place.
    original = (FIXTURES / "personio.xml").read_text(encoding="utf-8")
    xml = original.replace("<name>Monteur warmtepompen</name>", f"<name>{written}</name>")
    xml = xml.replace("regio Utrecht &amp;", f"regio {written} &amp;")
    assert xml != original
    ats.serve(VENDORS["personio"][0], xml.encode(), VENDORS["personio"][2])
    content = tmp_path / "content"
    report = pull([ats.feed("personio")], content / "vacancies" / "feeds", now=NOW)
    assert report.ok, report.errors
    vacancy = load_all(content, ("nl", "en"), NOW.date()).by_id()["1830001"]
    assert vacancy.title == "Monteur warmtepompen"
    assert "regio Monteur warmtepompen &amp;" in vacancy.description_html


@pytest.mark.parametrize("kind", sorted(_FEEDS))
def test_a_description_too_long_for_a_page_is_cut_at_a_paragraph_not_the_job(ats, tmp_path, kind):
    # A handbook pasted under a job ad: more than the 50,000 characters a
    # vacancy's description may hold, and the whole job was skipped at the
    # pull, missing from the site. Kept, its description cut after the last
    # whole paragraph that fits, and a warning names the job.
    paragraph = "<p>" + "Wij zoeken een collega die graag leert en deelt. " * 20 + "</p>"
    post, report, content = _pull_first_post(
        ats, tmp_path, kind, "<p>De rol in het kort.</p>" + paragraph * 60
    )
    title = _FEEDS[kind][2]
    (result,) = report.results
    assert report.ok
    mine = [w for w in result.warning_lines() if str(post["id"]) in w and RECRUITEE_COPY not in w]
    assert len(mine) == 1 and re.fullmatch(
        f"feed {kind}-helder "
        + re.escape(
            f"({ats.feed(kind).url}): warning: post {post['id']} "
            f'"{post[title]}": its description is '
        )
        + r"5\d,\d{3}"
        + re.escape(
            " characters, more "
            "than the 50,000 a vacancy may hold; the page shows it up to the last whole paragraph "
            "that fits (shorten it in the ATS)"
        ),
        mine[0],
    ), result.warning_lines()
    vacancy = load_all(content, ("nl", "en"), NOW.date()).by_id()[str(post["id"])]
    html = vacancy.description_html
    assert 45_000 < len(html) <= 50_000 and html.startswith("<p>De rol in het kort.</p>")
    assert html.endswith("deelt. </p>") or html.endswith("deelt.</p>"), html[-80:]


def test_a_description_of_one_paragraph_too_long_is_cut_at_a_word(ats, tmp_path):
    doc = json.loads((FIXTURES / "lever.json").read_text(encoding="utf-8"))
    post = doc[0]
    post["description"] = "<p>" + "<b>Leren</b> en delen. " * 4000 + "</p>"
    ats.serve(VENDORS["lever"][0], json.dumps(doc).encode())
    content = tmp_path / "content"
    report = pull([ats.feed("lever")], content / "vacancies" / "feeds", now=NOW)
    assert report.ok
    (result,) = report.results
    assert any(f"post {post['id']}" in w and "its description is" in w
               for w in result.warning_lines())  # fmt: skip
    html = load_all(content, ("nl", "en"), NOW.date()).by_id()[post["id"]].description_html
    assert 45_000 < len(html) <= 50_000 and html.startswith("<p><b>Leren</b> en delen.")
    assert html.endswith(("</b> …</p>", " en …</p>", " delen. …</p>")), html[-80:]


def test_greenhouse_pay_zones_of_different_periods_are_not_one_range():
    # One zone hourly (part-time) and one annual (full-time) were joined into
    # "€ 20 – € 60.000 per uur" on the page and in the JobPosting: a pay nobody
    # offered. Zones in one period still give their span; zones in several,
    # like zones in several currencies, have no one range to state.
    from podium_vacancies.ats import greenhouse

    board = json.loads((FIXTURES / "greenhouse.json").read_text(encoding="utf-8"))
    job = board["jobs"][0]
    job["pay_input_ranges"] = [
        {
            "min_cents": 2000,
            "max_cents": 2500,
            "currency_type": "EUR",
            "title": "Hourly (part-time)",
        },
        {"min_cents": 5000000, "max_cents": 6000000, "currency_type": "EUR", "title": "Utrecht"},
    ]
    board["jobs"] = [job]
    feed = FeedConfig("f", "greenhouse", "https://x.nl", default_country="NL")
    (vacancy,) = greenhouse.normalise(json.dumps(board).encode(), feed)
    assert vacancy.salary is None
    job["pay_input_ranges"][0].update(min_cents=4800000, max_cents=5800000, title="Amsterdam")
    (vacancy,) = greenhouse.normalise(json.dumps(board).encode(), feed)
    assert (vacancy.salary.min, vacancy.salary.max, vacancy.salary.unit) == (48000, 60000, "YEAR")


def test_greenhouse_pay_that_is_no_one_range_is_a_warning_that_says_so():
    # Zones in two currencies, neither that of the job's country (a Utrecht
    # job with a London zone in GBP and a New York one in USD), were dropped
    # without a word: the job went out without pay, and podium check then told
    # the team to "add the salary in the ATS post", where it was.
    from podium_vacancies.ats import greenhouse

    board = json.loads((FIXTURES / "greenhouse.json").read_text(encoding="utf-8"))
    job = board["jobs"][0]
    job["pay_input_ranges"][0]["currency_type"] = "USD"
    job["pay_input_ranges"][1]["currency_type"] = "GBP"
    board["jobs"] = [job]
    feed = FeedConfig("f", "greenhouse", "https://x.nl", default_country="NL")
    warnings: list[str] = []
    (vacancy,) = greenhouse.normalise(json.dumps(board).encode(), feed, warnings)
    assert vacancy.salary is None
    assert warnings == [
        f'post {job["id"]} "{job["title"]}": its pay zones are in several currencies '
        "(GBP, USD), which no one pay range can state; it is published without pay: "
        "give it zones in one currency and one period, or one post per country"
    ]


def test_recruitee_postal_code_reaches_the_jobposting_address(ats, tmp_path):
    # Recruitee sends the office's postal code (and street, where the account
    # has it); the snapshot dropped both, so the JobPosting's PostalAddress had
    # neither, which Google asks for and a hand-written vacancy may now give.
    from podium_render.jobposting import job_posting, organization

    offers = json.loads((FIXTURES / "recruitee.json").read_text(encoding="utf-8"))
    offers["offers"][0]["street"] = "Oudegracht 12"
    ats.serve("/api/offers/", json.dumps(offers).encode())
    feeds_dir = tmp_path / "content" / "vacancies" / "feeds"
    assert pull([ats.feed("recruitee")], feeds_dir, now=NOW).ok
    records = json.loads((feeds_dir / "recruitee-helder.json").read_text())["vacancies"]
    adviser = next(r for r in records if r["id"] == "2201001")
    assert adviser["location"] == {
        "country": "NL",
        "remote": False,
        "city": "Utrecht",
        "street": "Oudegracht 12",
        "postal_code": "3511 AB",
    }
    found = load_all(tmp_path / "content", ("nl", "en"), NOW.date()).by_id()
    org = organization("Helder Energie", "https://werkenbij.example/")
    address = job_posting(found["2201001"], "u", org)["jobLocation"]["address"]
    assert (address["streetAddress"], address["postalCode"]) == ("Oudegracht 12", "3511 AB")


@pytest.mark.parametrize("title", ["Dayton, OH", "Dagenham", "Montague, MI", "Weekapaug, RI"])
def test_greenhouse_pay_zone_named_after_a_place_stays_annual(title):
    # A zone's title is mostly its place: "Dayton, OH" was read as a daily
    # rate ("day" inside "Dayton"), and its 80,000 a year went out as
    # "$ 70.000 – $ 80.000 per dag". A period is a word of the title.
    from podium_vacancies.ats import greenhouse

    board = json.loads((FIXTURES / "greenhouse.json").read_text(encoding="utf-8"))
    job = board["jobs"][0]
    job["pay_input_ranges"] = [
        {"min_cents": 7000000, "max_cents": 8000000, "currency_type": "USD", "title": title}
    ]
    board["jobs"] = [job]
    feed = FeedConfig("f", "greenhouse", "https://x.nl", default_country="NL")
    (vacancy,) = greenhouse.normalise(json.dumps(board).encode(), feed)
    assert vacancy.salary.unit == "YEAR"
    job["pay_input_ranges"][0]["title"] = f"{title} (hourly)"
    job["pay_input_ranges"][0].update(min_cents=3000, max_cents=4000)
    (vacancy,) = greenhouse.normalise(json.dumps(board).encode(), feed)
    assert vacancy.salary.unit == "HOUR"


def _zone(low: int, high: int, currency: str, title: str) -> dict:
    return {"min_cents": low * 100, "max_cents": high * 100, "currency_type": currency,
            "title": title, "blurb": ""}  # fmt: skip


@pytest.mark.parametrize(
    ("place", "default_country", "expected"),
    [
        # The job's own country picks the zones: a seeker in Utrecht reads euros.
        ("Utrecht, Netherlands", "NL", (56000, 72000, "EUR")),
        ("Remote - Netherlands", "US", (56000, 72000, "EUR")),
        ("New York, NY", "NL", (90000, 140000, "USD")),
        # Several places: the first one's currency.
        ("Amsterdam, Netherlands; New York, NY", "NL", (56000, 72000, "EUR")),
        # A place whose currency no zone has: the feed's country (the hub's).
        ("Zurich, Switzerland", "NL", (56000, 72000, "EUR")),
    ],
)
def test_greenhouse_pay_in_several_currencies_is_the_range_where_the_job_is(
    ats, tmp_path, place, default_country, expected
):
    # A job with a Dutch zone in EUR and a US one in USD (pay_input_ranges, one
    # per zone) went out without any pay: no range on its page, in its
    # JobPosting or vacancies.json, though a seeker in the Netherlands had
    # one in euros. Now the zones in the currency where the job is.
    from podium_render.filters import salary as shown
    from podium_render.jobposting import job_posting, organization

    board = json.loads((FIXTURES / "greenhouse.json").read_text(encoding="utf-8"))
    job = board["jobs"][0]
    job["location"]["name"] = place
    job["offices"] = []
    job["pay_input_ranges"] = [
        _zone(56000, 66000, "EUR", "Amsterdam"),
        _zone(90000, 120000, "USD", "US Zone B"),
        _zone(60000, 72000, "EUR", "Utrecht"),
        _zone(100000, 140000, "USD", "US Zone A"),
    ]
    ats.serve(VENDORS["greenhouse"][0], json.dumps({"jobs": [job]}).encode())
    content = tmp_path / "content"
    feed = ats.feed("greenhouse", default_country=default_country)
    report = pull([feed], content / "vacancies" / "feeds", now=NOW)
    assert report.ok, report.errors
    assert not [w for r in report.results for w in r.warning_lines() if "pay" in w]
    vacancy = load_all(content, ("nl", "en"), NOW.date()).by_id()[str(job["id"])]
    low, high, currency = expected
    assert vacancy.salary == common.Salary(low, high, currency, "YEAR")
    org = organization("Helder Energie", "https://werkenbij.example/")
    pay = job_posting(vacancy, "u", org)["baseSalary"]
    assert pay["currency"] == currency
    assert (pay["value"]["minValue"], pay["value"]["maxValue"]) == (low, high)
    if currency == "EUR":
        assert shown(vacancy.salary, "nl") == "€\u00a056.000 – €\u00a072.000 per jaar"


def test_a_translated_recruitee_offer_keeps_its_description_and_the_pay_it_states():
    # common.vacancy's loop over the translated titles reused the name of the
    # description's text: every offer with translations had the last title
    # as its text, so the pay its ad stated was lost and it was searched by
    # its title alone. (Without the hub's other languages no title is kept.)
    from podium_vacancies.ats import recruitee

    offer = {
        "id": 7, "title": "Monteur", "status": "published", "careers_url": "https://x.nl/o/monteur",
        "city": "Utrecht", "country_code": "NL", "published_at": "2026-05-02 08:30:00 UTC",
        "description": "<p>Je werkt aan warmtepompen. Salaris: € 3.200 - € 4.100 per maand.</p>",
    }  # fmt: skip
    offer["translations"] = {
        "nl": {"title": "Monteur", "description": offer["description"]},
        "en": {"title": "Service engineer", "description": "<p>Heat pumps.</p>"},
    }
    feed = FeedConfig("f", "recruitee", "https://x.nl", languages=("nl", "en"))
    warnings: list[str] = []
    (job,) = recruitee.normalise(json.dumps({"offers": [offer]}).encode(), feed, warnings)
    assert warnings == []
    assert job.titles == (("en", "Service engineer"),)
    assert job.description_text.startswith("Je werkt aan warmtepompen.")
    assert job.salary is not None and (job.salary.min, job.salary.max) == (3200, 4100)


def test_a_recruitee_offer_translated_into_english_is_named_so_for_english_readers(ats, site):
    # Recruitee has the offer's title per language (translations); the pull
    # kept the Dutch one only, so /en/vacancies/ and vacancies.json, read by
    # an English job board, had "Klantadviseur energie" where the ATS said
    # "Energy customer adviser". Now the snapshot keeps the hub's other
    # languages' titles, the English list shows it, and vacancies.json gives
    # _podium.titles (its own title stays the item's title, in its language).
    from podium_cli.build import build
    from podium_testkit import read_page

    offers = json.loads((FIXTURES / "recruitee.json").read_text(encoding="utf-8"))
    offer = offers["offers"][0]
    offer["published_at"] = "2026-05-02 08:30:00 UTC"
    offer["translations"] = {
        "nl": {"title": offer["title"], "description": offer["description"]},
        "en": {"title": "Energy <b>customer</b> adviser", "description": "<p>You help.</p>"},
        "de": {"title": "Energieberater", "description": "<p>Sie helfen.</p>"},
    }
    offers["offers"] = [offer]
    ats.serve(VENDORS["recruitee"][0], json.dumps(offers).encode())
    feeds = site / "content" / "vacancies" / "feeds"
    assert pull([ats.feed("recruitee")], feeds, now=NOW).ok
    (record,) = json.loads((feeds / "recruitee-helder.json").read_text())["vacancies"]
    assert record["lang"] == "nl" and record["titles"] == {"en": "Energy customer adviser"}

    out = build(site / "pelicanconf.py", site / "output").output
    vid = str(offer["id"])
    heading = re.compile(r'<h[23] class="job__title"(?: lang="(\w+)")?><a [^>]*>([^<]*)</a>')
    titles = {
        lang: {title: lang_attr or None for lang_attr, title in heading.findall(page.html)}
        for lang, page in (("en", read_page(out, "en/vacancies/")),
                           ("nl", read_page(out, "vacancies/")))
    }  # fmt: skip
    assert titles["en"]["Energy customer adviser"] is None  # in the page's language
    assert "Klantadviseur energie" not in titles["en"]
    assert titles["nl"]["Klantadviseur energie"] is None
    feed = json.loads((out / "vacancies.json").read_text(encoding="utf-8"))
    (item,) = [i for i in feed["items"] if i["_podium"]["id"] == vid]
    assert (item["title"], item["language"]) == ("Klantadviseur energie", "nl")
    assert item["_podium"]["titles"] == {
        "nl": "Klantadviseur energie",
        "en": "Energy customer adviser",
    }
    # A hand-written vacancy has its one title.
    (item,) = [i for i in feed["items"] if i["_podium"]["id"] == "501"]
    assert item["_podium"]["titles"] == {"nl": "Data engineer"}


@pytest.mark.parametrize(
    ("text", "cities"),
    [
        ("Amsterdam / Rotterdam", ["Amsterdam", "Rotterdam"]),
        ("Amsterdam / Rotterdam / Utrecht", ["Amsterdam", "Rotterdam", "Utrecht"]),
        # Without spaces the slash is a part of one place's name.
        ("Frankfurt/Main", ["Frankfurt"]),
    ],
)
def test_places_written_with_a_slash_between_spaces_are_each_a_place(text, cities):
    # "Amsterdam / Rotterdam", as recruiters write a job at two offices, was
    # published in Amsterdam only: a job seeker filtering on Rotterdam missed it.
    feed = FeedConfig("f", "greenhouse", "https://x.nl", default_country="NL")
    got = common.parse_locations(text, feed)
    assert [p.city for p in got] == cities


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # Cities with commas between them are each a place.
        ("Amsterdam, Rotterdam", [("Amsterdam", "NL"), ("Rotterdam", "NL")]),
        ("Amsterdam, Rotterdam, Ede", [("Amsterdam", "NL"), ("Rotterdam", "NL"), ("Ede", "NL")]),
        ("Utrecht, Den Haag; Berlin, Germany", [("Utrecht", "NL"), ("Den Haag", "NL"),
                                                ("Berlin", "DE")]),
        # An address is one place: a city and its country, state or province.
        ("Berlin, Germany", [("Berlin", "DE")]),
        ("Amsterdam, NL", [("Amsterdam", "NL")]),
        ("Washington, D.C.", [("Washington", "US")]),
        ("Austin, Texas", [("Austin", "US")]),
        ("Frankfurt/Main", [("Frankfurt", "DE")]),
        ("Frankfurt am Main, Hessen", [("Frankfurt am Main", "DE")]),
        ("München, Bayern", [("München", "DE")]),
        ("Haarlem, Noord-Holland", [("Haarlem", "NL")]),
        ("Haarlem, North Holland", [("Haarlem", "NL")]),
        ("Maastricht, Limburg", [("Maastricht", "NL")]),  # Limburg: in BE too
        ("Paris, Île-de-France, France", [("Paris", "FR")]),
        ("Hybrid, Amsterdam", [("Amsterdam", "NL")]),
    ],
)  # fmt: skip
def test_places_written_with_commas_are_each_a_place_unless_an_address(text, places):
    # "Amsterdam, Rotterdam", a job at two offices, was published in
    # Amsterdam only (Rotterdam read as its province); "Washington, D.C."
    # and "München, Bayern" stay one place each.
    feed = FeedConfig("f", "greenhouse", "https://x.nl", default_country="NL")
    got = common.parse_locations(text, feed)
    assert [(p.city, p.country) for p in got] == places


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # "City, Region" as ATSs write it: a region named by its kind, after
        # the city itself, or by a short code, is no second city.
        ("London, Greater London", "London"),
        ("Dublin, County Dublin", "Dublin"),
        ("Dublin, Co. Dublin", "Dublin"),
        ("Madrid, Community of Madrid", "Madrid"),
        ("Warsaw, Masovian Voivodeship", "Warsaw"),
        ("Bern, Canton of Bern", "Bern"),
        ("Zürich, ZH", "Zürich"),
        ("Breda, Provincie Noord-Brabant", "Breda"),
        ("Amsterdam, Amsterdam-Zuidoost", "Amsterdam"),
        ("Manchester, Greater Manchester", "Manchester"),
    ],
)
def test_a_city_and_its_region_after_a_comma_stay_one_place(text, city):
    # Since "Amsterdam, Rotterdam" became two places, "London, Greater London"
    # was published in two cities, one of them "Greater London", on the job's
    # page and in its JobPosting (before, the region was read as the city's).
    feed = FeedConfig("f", "lever", "https://x.nl", default_country="NL")
    got = common.parse_locations(text, feed)
    assert [p.city for p in got] == [city]


@pytest.mark.parametrize(
    ("text", "default", "places"),
    [
        # Berlin was published in the Netherlands, the feed's default country.
        ("Amsterdam, Berlin", "NL", [("Amsterdam", "NL"), ("Berlin", "DE")]),
        ("Berlin", "NL", [("Berlin", "DE")]),
        ("Utrecht; Barcelona", "NL", [("Utrecht", "NL"), ("Barcelona", "ES")]),
        ("Berlin, Amsterdam", "NL", [("Berlin", "DE"), ("Amsterdam", "NL")]),
        # Written without its accents, as some ATS forms do.
        ("Koln; Goteborg", "NL", [("Koln", "DE"), ("Goteborg", "SE")]),
        # A district or region after a large foreign city was a second city,
        # in the Netherlands too.
        ("Berlin, Mitte", "NL", [("Berlin", "DE")]),
        ("Hamburg, Altona", "NL", [("Hamburg", "DE")]),
        ("Barcelona, Catalonia", "NL", [("Barcelona", "ES")]),
        ("Milano, Lombardia", "NL", [("Milano", "IT")]),
        ("Potsdam, Brandenburg", "NL", [("Potsdam", "DE")]),
        # Dutch names keep working, alone and listed.
        ("Den Haag", "NL", [("Den Haag", "NL")]),
        ("Den Haag, 's-Hertogenbosch", "NL", [("Den Haag", "NL"), ("'s-Hertogenbosch", "NL")]),
        # A German employer's Amsterdam office is in the Netherlands.
        ("München, Amsterdam", "DE", [("München", "DE"), ("Amsterdam", "NL")]),
        # A US employer's Berlin may be Berlin, New Hampshire: its default stands.
        ("Berlin", "US", [("Berlin", "US")]),
    ],
)  # fmt: skip
def test_a_large_city_of_another_country_is_in_its_own_country(text, default, places):
    feed = FeedConfig("f", "lever", "https://x.nl", default_country=default)
    got = common.parse_locations(text, feed)
    assert [(p.city, p.country) for p in got] == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # Cities of one country, the country last: each a place in it. Read as
        # one address, Rotterdam's job was in Amsterdam alone.
        ("Amsterdam, Rotterdam, Netherlands", [("Amsterdam", "NL"), ("Rotterdam", "NL")]),
        ("Amsterdam, Rotterdam, NL", [("Amsterdam", "NL"), ("Rotterdam", "NL")]),
        ("Eindhoven, Veldhoven, Netherlands", [("Eindhoven", "NL"), ("Veldhoven", "NL")]),
        ("Hilversum, Amersfoort, Netherlands", [("Hilversum", "NL"), ("Amersfoort", "NL")]),
        # A large city of another country keeps its own.
        ("Berlin, Amsterdam, Germany", [("Berlin", "DE"), ("Amsterdam", "NL")]),
        # An address stays one place, as before.
        ("Amsterdam, Noord, Netherlands", [("Amsterdam", "NL")]),
        ("Amsterdam, Noord-Holland, Netherlands", [("Amsterdam", "NL")]),
        ("Berlin, BE, Germany", [("Berlin", "DE")]),
        ("Remote, Amsterdam, Netherlands", [("Amsterdam", "NL")]),
    ],
)
def test_cities_before_their_country_are_each_a_place(text, places):
    feed = FeedConfig("f", "greenhouse", "https://x.nl", default_country="NL")
    got = common.parse_locations(text, feed)
    assert [(p.city, p.country) for p in got] == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # One city by two of its names is one office (it was two jobLocations).
        ("The Hague; Den Haag", [("The Hague", "NL")]),
        ("Den Haag, 's-Gravenhage", [("Den Haag", "NL")]),
        ("Den Haag / The Hague; Rotterdam", [("Den Haag", "NL"), ("Rotterdam", "NL")]),
        ("München; Munich, Germany", [("München", "DE")]),
    ],
)
def test_one_city_by_two_of_its_names_is_one_place(text, places):
    feed = FeedConfig("f", "greenhouse", "https://x.nl", default_country="NL")
    got = common.parse_locations(text, feed)
    assert [(p.city, p.country) for p in got] == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # Places joined by a word: each a place (was a city "Amsterdam en Rotterdam").
        ("Amsterdam en Rotterdam", [("Amsterdam", "NL"), ("Rotterdam", "NL")]),
        ("Amsterdam of Rotterdam", [("Amsterdam", "NL"), ("Rotterdam", "NL")]),
        ("Amsterdam & Rotterdam", [("Amsterdam", "NL"), ("Rotterdam", "NL")]),
        ("Utrecht, Amersfoort en Zwolle",
         [("Utrecht", "NL"), ("Amersfoort", "NL"), ("Zwolle", "NL")]),
        ("Eindhoven en Veldhoven", [("Eindhoven", "NL"), ("Veldhoven", "NL")]),
        ("Berlin und München", [("Berlin", "DE"), ("München", "DE")]),
        # And before their country (was the city "Amsterdam en Rotterdam" again).
        ("Amsterdam en Rotterdam, Netherlands", [("Amsterdam", "NL"), ("Rotterdam", "NL")]),
        ("Amsterdam & Rotterdam, NL", [("Amsterdam", "NL"), ("Rotterdam", "NL")]),
        ("Utrecht, Amersfoort en Zwolle, Nederland",
         [("Utrecht", "NL"), ("Amersfoort", "NL"), ("Zwolle", "NL")]),
        ("Berlin und München, Deutschland", [("Berlin", "DE"), ("München", "DE")]),
        # A name with such a word is one place.
        ("Son en Breugel", [("Son en Breugel", "NL")]),
        ("Son en Breugel, Netherlands", [("Son en Breugel", "NL")]),
        ("Berg en Dal", [("Berg en Dal", "NL")]),
        ("Bergen op Zoom", [("Bergen op Zoom", "NL")]),
        ("Isle of Man", [("Isle of Man", "NL")]),
        ("Amsterdam en omgeving", [("Amsterdam", "NL")]),
    ],
)  # fmt: skip
def test_places_joined_by_a_word_are_each_a_place(text, places):
    feed = FeedConfig("f", "greenhouse", "https://x.nl", default_country="NL")
    got = common.parse_locations(text, feed)
    assert [(p.city, p.country) for p in got] == places


@pytest.mark.parametrize(
    ("text", "default", "places"),
    [
        # A district after a large city of the feed's own country was a
        # second place ("Noord", NL): the job list's filter had an option
        # "Noord" and Google got a city that is none.
        ("Amsterdam, Noord", "NL", [("Amsterdam", "NL")]),
        ("Utrecht, Leidsche Rijn", "NL", [("Utrecht", "NL")]),
        ("Berlin, Kreuzberg", "DE", [("Berlin", "DE")]),
        ("Berlin, Mitte", "NL", [("Berlin", "DE")]),
        # Another large city after it makes the names a list, as before.
        ("Amsterdam, Rotterdam", "NL", [("Amsterdam", "NL"), ("Rotterdam", "NL")]),
        ("Berlin, Amersfoort", "NL", [("Berlin", "DE"), ("Amersfoort", "NL")]),
        ("Amsterdam, Hilversum, Rotterdam", "NL",
         [("Amsterdam", "NL"), ("Hilversum", "NL"), ("Rotterdam", "NL")]),
        # No large city first: each name is a place, as before (no gazetteer).
        ("Hilversum, Amersfoort", "NL", [("Hilversum", "NL"), ("Amersfoort", "NL")]),
        # A Dutch municipality after a large Dutch city is a town of its own
        # (CBS's list, nl_municipalities.txt), in the Netherlands whatever the
        # feed's country; it was Eindhoven's district, the Veldhoven job lost.
        ("Eindhoven, Veldhoven", "NL", [("Eindhoven", "NL"), ("Veldhoven", "NL")]),
        ("Amsterdam, Hilversum", "NL", [("Amsterdam", "NL"), ("Hilversum", "NL")]),
        ("Rotterdam, Capelle aan den IJssel", "DE",
         [("Rotterdam", "NL"), ("Capelle aan den IJssel", "NL")]),
        # Its name shortened as ATS forms write it, "a/d" for "aan de(n)":
        # the slash failed the city-words check, and only Rotterdam was kept.
        ("Rotterdam, Capelle a/d IJssel", "NL",
         [("Rotterdam", "NL"), ("Capelle a/d IJssel", "NL")]),
        ("Rotterdam, Krimpen a/d IJssel, Alphen a/d Rijn", "NL",
         [("Rotterdam", "NL"), ("Krimpen a/d IJssel", "NL"), ("Alphen a/d Rijn", "NL")]),
        # A large city with the municipality it is in is one place.
        ("Zaandam, Zaanstad", "NL", [("Zaandam", "NL")]),
        ("Hoofddorp, Haarlemmermeer", "NL", [("Hoofddorp", "NL")]),
        # A district that was once a municipality is a district (Weesp, 2022).
        ("Amsterdam, Weesp", "NL", [("Amsterdam", "NL")]),
        ("Den Haag, Scheveningen", "NL", [("Den Haag", "NL")]),
    ],
)  # fmt: skip
def test_a_large_city_then_names_of_no_large_city_is_one_place(text, default, places):
    feed = FeedConfig("f", "greenhouse", "https://x.nl", default_country=default)
    got = common.parse_locations(text, feed)
    assert [(p.city, p.country) for p in got] == places


@pytest.mark.parametrize(
    ("text", "city", "district"),
    [
        # The district or town after the city was dropped: the page and
        # Google said "Eindhoven" for a job in Veghel.
        ("Eindhoven, Veghel", "Eindhoven", "Veghel"),
        ("Amsterdam, Zuidoost", "Amsterdam", "Zuidoost"),
        ("Amsterdam - Noord", "Amsterdam", "Noord"),
        ("Den Haag, Scheveningen", "Den Haag", "Scheveningen"),
        ("Berlin, Mitte", "Berlin", "Mitte"),
        # A region, a country, a state or the city's municipality is none.
        ("Amsterdam, Amsterdam-Zuidoost", "Amsterdam", None),
        ("London, Greater London", "London", None),
        ("Zaandam, Zaanstad", "Zaandam", None),
        ("Barcelona, Catalonia", "Barcelona", None),
        ("Utrecht, Netherlands", "Utrecht", None),
        ("Amsterdam, Noord-Holland", "Amsterdam", None),
        ("Amsterdam (Hybrid)", "Amsterdam", None),
        ("Amsterdam, Europe", "Amsterdam", None),
        ("Austin, TX", "Austin", None),
    ],
)
def test_a_district_after_the_city_is_the_places_address(text, city, district):
    feed = FeedConfig("f", "greenhouse", "https://x.nl", default_country="NL")
    [place] = common.parse_locations(text, feed)
    assert (place.city, place.street) == (city, district)


def test_a_title_too_long_for_a_vacancy_is_cut_at_a_word_not_the_job(ats, tmp_path):
    # A post whose title was longer than the 200 characters a vacancy's title
    # may hold (a recruiter pasting the pitch into it) was skipped at the pull,
    # the job missing from the site, as a too long description once was.
    doc = json.loads((FIXTURES / "lever.json").read_text(encoding="utf-8"))
    post = doc[0]
    post["text"] = "Monteur warmtepompen " + "en zonnepanelen in de regio Utrecht " * 8
    ats.serve(VENDORS["lever"][0], json.dumps(doc).encode())
    content = tmp_path / "content"
    report = pull([ats.feed("lever")], content / "vacancies" / "feeds", now=NOW)
    assert report.ok
    (result,) = report.results
    mine = [w for w in result.warning_lines() if f"post {post['id']}" in w and "title" in w]
    assert len(mine) == 1 and "its title is 308 characters, more than the 200" in mine[0], mine
    title = load_all(content, ("nl", "en"), NOW.date()).by_id()[post["id"]].title
    assert len(title) <= 200 and title.startswith("Monteur warmtepompen en zonnepanelen")
    assert title.endswith(" …") and not title.endswith("  …"), title


@pytest.mark.parametrize(
    ("text", "districts"),
    [
        # The second district of one city was the city again, and dropped:
        # the page, the JobPosting and the addresses said Zuidoost alone.
        ("Amsterdam, Zuidoost; Amsterdam, West", ["Zuidoost", "West"]),
        ("Amsterdam - Zuidoost | Amsterdam - West", ["Zuidoost", "West"]),
        # The city alone says no more than the city with its district, as a
        # city without its state says no more than with it ("Austin; Austin, TX").
        ("Amsterdam; Amsterdam, West", ["West"]),
        ("Amsterdam, Zuidoost; Amsterdam", ["Zuidoost"]),
        ("Amsterdam, West; amsterdam, west", ["West"]),
    ],
)
def test_each_district_of_one_city_is_a_place_of_its_own(text, districts):
    feed = FeedConfig("f", "greenhouse", "https://x.nl", default_country="NL")
    got = common.parse_locations(text, feed)
    assert [(p.city, p.country, p.street) for p in got] == [
        ("Amsterdam", "NL", d) for d in districts
    ]


@pytest.mark.parametrize(
    ("text", "default", "place"),
    [
        # A region people name, no province, was the office's street: the
        # JobPosting's streetAddress "Randstad", the page "Randstad, Utrecht".
        ("Utrecht, Randstad", "NL", ("Utrecht", "NL", None)),
        ("Enschede, Twente", "NL", ("Enschede", "NL", None)),
        ("Doetinchem, Achterhoek", "NL", ("Doetinchem", "NL", None)),
        ("Hilversum, Het Gooi", "NL", ("Hilversum", "NL", None)),
        ("Essen, Ruhrgebiet", "DE", ("Essen", "DE", None)),
        # Alone, no city: the job is in its country, as "Noord-Holland" is.
        ("Randstad", "NL", (None, "NL", None)),
        ("Noord-Holland", "NL", (None, "NL", None)),
        # A district stays the address.
        ("Utrecht, Leidsche Rijn", "NL", ("Utrecht", "NL", "Leidsche Rijn")),
    ],
)
def test_a_region_after_a_city_is_no_street(text, default, place):
    feed = FeedConfig("f", "greenhouse", "https://x.nl", default_country=default)
    [got] = common.parse_locations(text, feed)
    assert (got.city, got.country, got.street) == place


@pytest.mark.parametrize(
    ("street", "postal", "kept"),
    [
        # The postal code alone in the street's box was streetAddress "3511 AB",
        # and the page's address "3511 AB, 3511 AB Utrecht".
        ("3511 AB", "3511 AB", (None, "3511 AB")),
        ("3511 AB", None, (None, "3511 AB")),
        ("3511AB", "3511 AB", (None, "3511 AB")),
        ("3511 AB Utrecht", None, (None, "3511 AB")),
        # The street with the postal code and city it repeats: the street.
        ("Oudegracht 12, 3511 AB", "3511 AB", ("Oudegracht 12", "3511 AB")),
        ("Oudegracht 12, 3511 AB Utrecht", None, ("Oudegracht 12", "3511 AB")),
        ("Oudegracht 12", "3511 AB", ("Oudegracht 12", "3511 AB")),
        ("Oudegracht 12, Utrecht", None, ("Oudegracht 12", None)),
    ],
)
def test_a_recruitee_street_that_is_its_postal_code_is_the_postal_code(street, postal, kept):
    from podium_render.filters import job_address
    from podium_vacancies.ats import recruitee

    feed = FeedConfig("r", "recruitee", "https://x.recruitee.com", default_country="NL")
    offers = json.loads((FIXTURES / "recruitee.json").read_text(encoding="utf-8"))
    offer = offers["offers"][0]  # in Utrecht
    offer.update(street=street, postal_code=postal)
    [vacancy] = recruitee.normalise(json.dumps({"offers": [offer]}).encode(), feed, [])
    place = vacancy.location
    assert (place.street, place.postal_code) == kept
    assert job_address(place).count("Utrecht") == 1


@pytest.mark.parametrize(
    ("text", "default", "place"),
    [
        # A feed's location that is the office's address: its street was the
        # city ("Herengracht 1", the filter's option and Google's
        # addressLocality) and the city its street.
        ("Herengracht 1, Amsterdam", "NL", ("Amsterdam", "NL", "Herengracht 1", None)),
        ("Oudegracht 12, 3511 AB Utrecht", "NL", ("Utrecht", "NL", "Oudegracht 12", "3511 AB")),
        ("Oudegracht 12a, 3511 ab Utrecht, Netherlands", "NL",
         ("Utrecht", "NL", "Oudegracht 12a", "3511 AB")),
        ("3511 AB Utrecht", "NL", ("Utrecht", "NL", None, "3511 AB")),
        ("Friedrichstraße 68, 10117 Berlin", "NL", ("Berlin", "DE", "Friedrichstraße 68", "10117")),
        ("Amsterdam, Herengracht 1", "NL", ("Amsterdam", "NL", "Herengracht 1", None)),
        # An address without its city: no city, the job in its country
        # (the loader refuses a street or postal code without a city).
        ("1234 AB", "NL", (None, "NL", None, None)),
        ("Herengracht 1", "NL", (None, "NL", None, None)),
        ("Herengracht 1, 1015 BN", "NL", (None, "NL", None, None)),
        # Number first is a US street, not a postal code and town.
        ("600 Congress Ave, Austin, TX", "US", ("Austin", "US", "600 Congress Ave", None)),
    ],
)  # fmt: skip
def test_a_feed_place_that_is_an_address_is_the_city_at_that_address(text, default, place):
    feed = FeedConfig("f", "greenhouse", "https://x.nl", default_country=default)
    [got] = common.parse_locations(text, feed)
    assert (got.city, got.country, got.street, got.postal_code) == place


def test_two_recruitee_offices_in_one_city_are_two_addresses():
    # An offer at two offices in Amsterdam and one in Utrecht kept the first
    # Amsterdam office alone: its places were matched to the offices by city,
    # and the second office's street and postal code were in no JobPosting.
    from podium_vacancies.ats import recruitee

    feed = FeedConfig("r", "recruitee", "https://x.recruitee.com", default_country="NL")
    offer = json.loads((FIXTURES / "recruitee.json").read_text(encoding="utf-8"))["offers"][0]
    offices = [("Amsterdam", "Herengracht 1", "1015 BN"),
               ("Amsterdam", "Hoogoorddreef 9", "1101 BA"),
               ("Utrecht", "Oudegracht 12", "3511 AB")]  # fmt: skip
    offer["locations"] = [
        {"city": city, "country_code": "NL", "street": street, "postal_code": postal}
        for city, street, postal in offices
    ]
    # The offer's own fields are its first office's (its postal code alone here).
    offer.update(city="Amsterdam", street=None, postal_code="1015 BN")
    [vacancy] = recruitee.normalise(json.dumps({"offers": [offer]}).encode(), feed, [])
    assert [(p.city, p.street, p.postal_code) for p in vacancy.locations] == offices


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        # The tags were dropped and the script they held became the title:
        # the job list and Google for Jobs said "alert(document.cookie) Monteur".
        ("<script>alert(document.cookie)</script>Monteur", "Monteur"),
        ("Monteur<style>h1 {display: none}</style>", "Monteur"),
        ("<SCRIPT type='x'>a()</SCRIPT > Monteur <b>Utrecht</b>", "Monteur Utrecht"),
        ("Monteur <!-- intern: 3 kandidaten -->", "Monteur"),
        ("Monteur <b>warmtepompen</b>", "Monteur warmtepompen"),
    ],
)
def test_a_feed_title_keeps_no_script_it_held(title, kept):
    from podium_vacancies.ats import lever

    feed = FeedConfig("lever-helder", "lever", "https://x", default_country="NL")
    post = json.loads((FIXTURES / "lever.json").read_text(encoding="utf-8"))[0]
    post["text"] = title
    [vacancy] = lever.normalise(json.dumps([post]).encode(), feed, [])
    assert vacancy.title == kept


@pytest.mark.parametrize(
    ("team", "title", "department", "slug", "kept"),
    [
        # An inline tag marks words up within a word: with a space in its
        # place, the team was "Eng ineering" (eng-ineering) and the title "Sen ior".
        ("<i>Eng</i>ineering", "Sen<b>ior</b> monteur", "Engineering", "engineering",
         "Senior monteur"),
        ("Data <span class='x'>&amp;</span> AI", "<em>Senior</em> <a href=x>dev</a>",
         "Data & AI", "data-ai", "Senior dev"),
        # A tag that parts lines on a page parts the words still.
        ("Field<br>Service", "Monteur<p>Utrecht</p>", "Field Service", "field-service",
         "Monteur Utrecht"),
    ],
)  # fmt: skip
def test_an_inline_tag_in_a_title_or_department_splits_no_word(team, title, department, slug, kept):
    from podium_vacancies.ats import lever

    feed = FeedConfig("lever-helder", "lever", "https://x", default_country="NL")
    post = json.loads((FIXTURES / "lever.json").read_text(encoding="utf-8"))[0]
    post["text"] = title
    post["categories"]["team"] = team
    [vacancy] = lever.normalise(json.dumps([post]).encode(), feed, [])
    assert (vacancy.title, vacancy.department, vacancy.team) == (kept, department, slug)


@pytest.mark.parametrize(
    ("value", "kept"),
    [
        # Its text up to the first element was all that was read: "Intro.", no word.
        ("Intro. <p>Je installeert &amp; onderhoudt</p><ul><li>Eigen bus</li></ul> Slot.",
         "Intro. <p>Je installeert &amp; onderhoudt</p><ul><li>Eigen bus</li></ul> Slot."),
        # No text before it: the post was skipped, 'field "description" must not be empty'.
        ("<p>Je installeert</p>", "<p>Je installeert</p>"),
        ('<p xmlns="http://www.w3.org/1999/xhtml">Je <b>installeert</b></p>',
         "<p>Je <b>installeert</b></p>"),
        # Sanitised as every description is.
        ('<p onclick="x()">Je installeert</p><script>alert(1)</script>', "<p>Je installeert</p>"),
    ],
)  # fmt: skip
def test_a_personio_description_written_as_xhtml_is_kept(value, kept):
    from podium_vacancies.ats import personio

    xml = (FIXTURES / "personio.xml").read_text(encoding="utf-8")
    xml = re.sub(r"<value><!\[CDATA\[<p>Je installeert.*?</value>", f"<value>{value}</value>",
                 xml, count=1)  # fmt: skip
    feed = FeedConfig("personio-helder", "personio", "https://x.example/xml", default_country="NL")
    warnings = []
    found = {v.id: v for v in personio.normalise(xml.encode(), feed, warnings)}
    assert not [w for w in warnings if "1830001" in w]
    assert f"<h2>Wat ga je doen?</h2>\n{kept}" in found["1830001"].description_html


_HEADING = "<img src=x onerror=alert('lh')>Wat <b>ga</b> je doen &amp; meer"


@pytest.mark.parametrize("kind", ["lever", "personio"])
def test_a_section_heading_is_text_as_a_title_is(kind):
    # Escaped as written, the heading showed its tags and "&amp;amp;" as
    # words: on the page, in vacancies.json and in the JobPosting.
    from podium_vacancies.ats import lever, personio

    feed = FeedConfig(f"{kind}-helder", kind, "https://x.example/xml", default_country="NL")
    if kind == "lever":
        post = json.loads((FIXTURES / "lever.json").read_text(encoding="utf-8"))[0]
        post["lists"][0]["text"] = _HEADING
        [vacancy] = lever.normalise(json.dumps([post]).encode(), feed, [])
    else:
        xml = (FIXTURES / "personio.xml").read_text(encoding="utf-8")
        # XML decodes once: the feed says "&amp;amp;" for the text "&amp;".
        xml = xml.replace("<name>Wat ga je doen?</name>",
                          f"<name>{htmllib.escape(_HEADING, quote=False)}</name>")  # fmt: skip
        vacancy = {v.id: v for v in personio.normalise(xml.encode(), feed, [])}["1830001"]
    assert re.search(r"<h\d>Wat ga je doen &amp; meer</h\d>", vacancy.description_html)
    assert "&lt;" not in vacancy.description_html and "onerror" not in vacancy.description_html


_DEPARTMENTS = {  # vendor -> its first post's department set to ``name``
    "greenhouse": lambda post, name: post["departments"][0].update(name=name),
    "lever": lambda post, name: post["categories"].update(team=name),
    "recruitee": lambda post, name: post.update(department=name),
}


@pytest.mark.parametrize("kind", [*sorted(_FEEDS), "personio"])
def test_an_entity_in_a_feed_title_is_its_character(ats, tmp_path, kind):
    # A title is text: "R&amp;D Engineer" in a feed is an "&" escaped twice,
    # and was printed as "R&amp;D Engineer" on the job list and to Google; the
    # department "R&amp;D" was the team "r-amp-d". Decoded once: "&amp;lt;"
    # is the text "&lt;"; a bare "&copy" is words, not "©".
    title, department = "R&amp;D Engineer &copy &#x2013; &amp;lt;3", "R&amp;D"
    if kind == "personio":
        xml = (FIXTURES / "personio.xml").read_text(encoding="utf-8")
        for tag, old, new in (("name", "Monteur warmtepompen", title),
                              ("department", "Field Service", department)):  # fmt: skip
            # XML decodes once: the feed says "R&amp;amp;D" for the title "R&amp;D".
            escaped = new.replace("&", "&amp;")
            xml = xml.replace(f"<{tag}>{old}</{tag}>", f"<{tag}>{escaped}</{tag}>", 1)
        ats.serve(VENDORS[kind][0], xml.encode(), VENDORS[kind][2])
        vid = "1830001"
    else:
        fixture, posts, key, _ = _FEEDS[kind]
        doc = json.loads((FIXTURES / fixture).read_text(encoding="utf-8"))
        post = posts(doc)[0]
        post[key] = title
        _DEPARTMENTS[kind](post, department)
        ats.serve(VENDORS[kind][0], json.dumps(doc).encode())
        vid = str(post["id"])
    content = tmp_path / "content"
    report = pull([ats.feed(kind, team_map={"R&D": "research"})],
                  content / "vacancies" / "feeds", now=NOW)  # fmt: skip
    assert report.ok, report.errors
    vacancy = load_all(content, ("nl", "en"), NOW.date()).by_id()[vid]
    assert vacancy.title == "R&D Engineer &copy \u2013 &lt;3"
    assert vacancy.team == "research"


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # A street and its number to the address reader: the job had no city.
        ("Munich Office 1", [("Munich", "DE")]),
        ("Berlin Office 2, Germany", [("Berlin", "DE")]),
        # A city so named: an option of its own beside Amsterdam in the filter.
        ("Amsterdam HQ", [("Amsterdam", "NL")]),
        ("Kantoor Den Haag", [("Den Haag", "NL")]),
        ("HQ - Berlin", [("Berlin", "DE")]),
        ("Amsterdam HQ; Munich Office #2", [("Amsterdam", "NL"), ("Munich", "DE")]),
        # No city in the name: the country alone, as before.
        ("Office 1", [(None, "NL")]),
        ("Registered Office", [(None, "NL")]),
        ("Innovation Hub", [(None, "NL")]),
        # A town of no list is the town, as written alone: "Kantoor Bussum"
        # was a city so named, "Naarden Office 2" a street without a city.
        ("Kantoor Bussum", [("Bussum", "NL")]),
        ("Naarden Office 2", [("Naarden", "NL")]),
        ("Springfield Office 2", [("Springfield", "NL")]),
        # The office a choice beside remote work: the word is no part of the
        # town (the city was "Amsterdam optional").
        ("Amsterdam office optional", [("Amsterdam", "NL")]),
        ("Remote, Amsterdam office optional", [("Amsterdam", "NL")]),
        ("Kantoor Utrecht mogelijk", [("Utrecht", "NL")]),
    ],
)
def test_an_office_named_for_its_city_is_in_that_city(text, places):
    feed = FeedConfig("greenhouse-helder", "greenhouse", "https://x", default_country="NL")
    assert [(p.city, p.country) for p in common.parse_locations(text, feed)] == places


def test_a_greenhouse_post_in_offices_named_for_their_cities_is_in_each(ats, tmp_path):
    # An office without an address ("location": null) names the post's place
    # by its name alone, as Greenhouse boards name their offices.
    doc = json.loads((FIXTURES / "greenhouse.json").read_text(encoding="utf-8"))
    post = doc["jobs"][0]
    post["location"] = {"name": "Multiple Locations"}
    post["offices"] = [{"id": 1, "name": "Munich Office 1", "location": None},
                       {"id": 2, "name": "Amsterdam HQ", "location": None}]  # fmt: skip
    ats.serve(VENDORS["greenhouse"][0], json.dumps(doc).encode())
    content = tmp_path / "content"
    report = pull([ats.feed("greenhouse")], content / "vacancies" / "feeds", now=NOW)
    assert report.ok, report.errors
    vacancy = load_all(content, ("nl", "en"), NOW.date()).by_id()[str(post["id"])]
    assert [(p.city, p.country) for p in vacancy.locations] == [("Munich", "DE"),
                                                                ("Amsterdam", "NL")]  # fmt: skip


@pytest.mark.parametrize(
    ("place", "address", "city"),
    [
        ("HQ", "Hilversum, Netherlands", "Hilversum"),
        ("Kantoor Bussum", "Huizen, Netherlands", "Huizen"),
        # A known town's office keeps the post's own place.
        ("Kantoor Utrecht", "Oudegracht 12, 3511 AB Utrecht", "Utrecht"),
    ],
)
def test_a_greenhouse_post_at_an_office_of_no_known_town_takes_the_offices_address(
    ats, tmp_path, place, address, city
):
    # The post's place was the office's name ("HQ": no city; "Kantoor Bussum":
    # the city "Kantoor Bussum") though Greenhouse gives the office's address.
    doc = json.loads((FIXTURES / "greenhouse.json").read_text(encoding="utf-8"))
    post = doc["jobs"][0]
    post["location"] = {"name": place}
    post["offices"] = [{"id": 1, "name": place, "location": address}]
    ats.serve(VENDORS["greenhouse"][0], json.dumps(doc).encode())
    content = tmp_path / "content"
    report = pull([ats.feed("greenhouse")], content / "vacancies" / "feeds", now=NOW)
    assert report.ok, report.errors
    vacancy = load_all(content, ("nl", "en"), NOW.date()).by_id()[str(post["id"])]
    assert [(p.city, p.country) for p in vacancy.locations] == [(city, "NL")]


@pytest.mark.parametrize(
    ("words", "pay"),
    [
        ("<div>€ 3.200 - € 3.900 bruto per maand, plus 8% vakantiegeld</div>",
         {"min": 3200, "max": 3900, "currency": "EUR", "unit": "MONTH"}),
        ("<p>The salary range for this role is €50,000 – €70,000 per year.</p>",
         {"min": 50000, "max": 70000, "currency": "EUR", "unit": "YEAR"}),
        # No range: words beside the pay, or a bonus, are no pay of the job.
        ("<div>Plus 8% vakantiegeld</div>", None),
        ("<p>Up to €10.000 bonus per year</p>", None),
        # Word's line break, half a character ("\ud800" in the JSON): the
        # sanitiser failed on them as the range was read ("'utf-8' codec can't
        # encode character"), and the post was skipped as of "unexpected data".
        ("<p>€ 3.200 - € 3.900 per maand\x0bplus \ud800 vakantiegeld</p>",
         {"min": 3200, "max": 3900, "currency": "EUR", "unit": "MONTH"}),
    ],
)  # fmt: skip
def test_a_lever_pay_range_written_in_words_is_the_jobs_pay(ats, tmp_path, words, pay):
    # A post without salaryRange whose salaryDescription gives the range had no
    # baseSalary and no pay on the job list, though its page said the pay (and a
    # hub that requires pay skipped it).
    board = json.loads((FIXTURES / "lever.json").read_text(encoding="utf-8"))
    post = board[0]
    del post["salaryRange"]
    post["salaryDescription"] = words
    ats.serve(VENDORS["lever"][0], json.dumps(board).encode())
    posts = pulled(ats, tmp_path, "lever")
    assert posts[post["id"]].get("salary") == pay


@pytest.mark.parametrize(
    ("text", "pay"),
    [
        ("<p>Salaris: €3.200 - €4.100 per maand</p>",
         {"min": 3200, "max": 4100, "currency": "EUR", "unit": "MONTH"}),
        ("<ul><li>Een bruto salaris van € 3.200 - € 4.100 per maand</li><li>Laptop</li></ul>",
         {"min": 3200, "max": 4100, "currency": "EUR", "unit": "MONTH"}),
        # Read two ways, or not as pay at all: no pay.
        ("<p>Salaris €3.200 - €4.100 per maand</p><p>Opleidingsbudget €1.000 - €2.000 per jaar</p>",
         None),
        ("<p>Een bonus van €2.000 - €5.000 bruto per jaar</p>", None),
        ("<p>€3.200 - €4.100 per maand</p>", None),  # which sum?
        ("<p>Salaris €3.200 - €4.100</p>", None),  # no period
        ("<p>Salaris vanaf €3.200 per maand</p>", None),  # no range
    ],
)  # fmt: skip
def test_a_lever_pay_range_stated_only_in_the_ads_text_is_read_when_unambiguous(
    ats, tmp_path, text, pay
):
    # A post without salaryRange or salaryDescription whose description said
    # "Salaris: €3.200 - €4.100 per maand" had no baseSalary and no pay on the
    # job list, and the pay transparency check said the ad gave no pay range.
    board = json.loads((FIXTURES / "lever.json").read_text(encoding="utf-8"))
    post = board[0]
    for field in ("salaryRange", "salaryDescription", "descriptionPlain", "additional"):
        post.pop(field, None)
    post["description"] = "<p>Kom werken bij Helder.</p>" + text
    post["lists"] = []
    ats.serve(VENDORS["lever"][0], json.dumps(board).encode())
    posts = pulled(ats, tmp_path, "lever")
    assert posts[post["id"]].get("salary") == pay


def _pay_only_in_the_text(kind: str, text: str) -> tuple[bytes, str]:
    """The vendor's fixture with one post's pay taken out and ``text`` added
    to its description; the feed and the post's id."""
    fixture = (FIXTURES / VENDORS[kind][1]).read_text(encoding="utf-8")
    if kind == "personio":
        # The second position has no <salaryInformation>.
        fixture = fixture.replace(
            "<p>Vijf maanden meedraaien met ons klantcontactteam.</p>",
            f"<p>Vijf maanden meedraaien met ons klantcontactteam.</p>{text}",
        )
        return fixture.encode(), "1830002"
    doc = json.loads(fixture)
    if kind == "greenhouse":
        post = doc["jobs"][1]  # no pay_input_ranges
        post["content"] += htmllib.escape(text)
    else:
        post = doc["offers"][1]
        del post["salary"]
        post["description"] += text
    return json.dumps(doc).encode(), str(post["id"])


@pytest.mark.parametrize("kind", ["greenhouse", "personio", "recruitee"])
@pytest.mark.parametrize(
    ("text", "pay"),
    [
        ("<p>Salaris: €3.200 - €4.100 per maand</p>",
         {"min": 3200, "max": 4100, "currency": "EUR", "unit": "MONTH"}),
        # Two ranges of money: which is the pay is not for us to guess.
        ("<p>Salaris: €3.200 - €4.100 per maand</p>"
         "<p>Opleidingsbudget: €1.000 - €2.000 per jaar</p>", None),
    ],
)  # fmt: skip
def test_a_pay_range_stated_only_in_the_ads_text_is_read_from_every_vendor(
    ats, tmp_path, kind, text, pay
):
    # A Lever post's pay written only in its ad ("Salaris: €3.200 - €4.100 per
    # maand") was its pay (dc90bb26); a Greenhouse, Personio or Recruitee post
    # with the same line had no baseSalary, no pay on the job list, and the
    # pay transparency check told the recruiter to add the pay the ad states.
    payload, post_id = _pay_only_in_the_text(kind, text)
    ats.serve(VENDORS[kind][0], payload, VENDORS[kind][2])
    assert pulled(ats, tmp_path, kind)[post_id].get("salary") == pay


@pytest.mark.parametrize(
    ("field", "words", "pay"),
    [
        ("Salary range", "€ 3.200 - € 3.900 per maand",
         {"min": 3200, "max": 3900, "currency": "EUR", "unit": "MONTH"}),
        ("Salaris", "Vanaf € 3.200 bruto per maand", {"min": 3200, "currency": "EUR",
                                                      "unit": "MONTH"}),
        # No period: no pay a JobPosting can state.
        ("Salary", "€50,000 - €70,000", None),
        ("Team size", "€ 3.200 - € 3.900 per maand", None),
    ],
)  # fmt: skip
def test_a_greenhouse_pay_in_a_custom_field_is_the_jobs_pay(ats, tmp_path, field, words, pay):
    # A board without pay_input_ranges that shows the pay in a custom field
    # (metadata) had no baseSalary, and no pay on the job list.
    doc = json.loads((FIXTURES / "greenhouse.json").read_text(encoding="utf-8"))
    post = doc["jobs"][1]
    post["metadata"].append({"id": 1, "name": field, "value": words, "value_type": "short_text"})
    ats.serve(VENDORS["greenhouse"][0], json.dumps(doc).encode())
    jobs = pulled(ats, tmp_path, "greenhouse")
    assert jobs[str(post["id"])].get("salary") == pay


@pytest.mark.parametrize("words", ["€50,000 - €70,000", "€ 2.400 - € 2.800 per 4 weken"])
def test_a_greenhouse_pay_field_without_a_period_is_said_at_the_pull(ats, tmp_path, words):
    # The board's "Salaris" field gave the pay without a period Google takes:
    # published without pay, and the pull said nothing of it.
    doc = json.loads((FIXTURES / "greenhouse.json").read_text(encoding="utf-8"))
    post = doc["jobs"][1]
    post["metadata"].append({"id": 1, "name": "Salaris", "value": words})
    ats.serve(VENDORS["greenhouse"][0], json.dumps(doc).encode())
    report = pull([ats.feed("greenhouse")], tmp_path / "feeds", now=NOW)
    assert report.ok, report.errors
    lines = [w for w in report.results[0].warning_lines() if "gives no period" in w]
    assert len(lines) == 1 and f"post {post['id']}" in lines[0], lines


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # The ";" of the entity split the place: the city "Amsterdam &amp".
        ("Amsterdam &amp; Rotterdam", [("Amsterdam", False), ("Rotterdam", False)]),
        ("Den Bosch &#8211; Remote", [("Den Bosch", True)]),
        ("Utrecht&nbsp;(NL)", [("Utrecht", False)]),
    ],
)
def test_an_entity_in_a_feed_place_is_its_character(text, places):
    feed = FeedConfig("greenhouse-helder", "greenhouse", "https://x", default_country="NL")
    assert [(p.city, p.remote) for p in common.parse_locations(text, feed)] == places


def test_greenhouse_pay_zone_with_one_bound_is_a_floor_or_a_cap():
    # One zone without its max_cents made the whole pay go, without a word: the
    # job went out with no baseSalary though its zones stated a floor. A zone
    # with one bound is a floor (or a cap), as a Recruitee offer's is; the span
    # over the zones has a top only if every zone has one.
    from podium_vacancies.ats import greenhouse

    board = json.loads((FIXTURES / "greenhouse.json").read_text(encoding="utf-8"))
    job = board["jobs"][0]
    job["pay_input_ranges"] = [
        {"min_cents": 4000000, "max_cents": None, "currency_type": "EUR", "title": "Utrecht"},
        {"min_cents": 4500000, "max_cents": 5500000, "currency_type": "EUR", "title": "Delft"},
    ]
    board["jobs"] = [job]
    feed = FeedConfig("f", "greenhouse", "https://x.nl", default_country="NL")
    (vacancy,) = greenhouse.normalise(json.dumps(board).encode(), feed)
    assert (vacancy.salary.min, vacancy.salary.max, vacancy.salary.unit) == (40000, None, "YEAR")
    job["pay_input_ranges"][0].update(min_cents=None, max_cents=6000000)
    (vacancy,) = greenhouse.normalise(json.dumps(board).encode(), feed)
    assert (vacancy.salary.min, vacancy.salary.max) == (None, 60000)
    for zone in job["pay_input_ranges"]:
        zone.update(min_cents=None, max_cents=None)
    warnings: list[str] = []
    (vacancy,) = greenhouse.normalise(json.dumps(board).encode(), feed, warnings)
    assert vacancy.salary is None
    assert warnings == [
        f'post {job["id"]} "{job["title"]}": its pay zones give no amount (min_cents and '
        "max_cents are empty); it is published without pay: give each zone a minimum, a "
        "maximum or both"
    ]


def _lever_post(workplace, where: str) -> bytes:
    """The fixture's first Lever posting, of that workplaceType and location."""
    post = json.loads((FIXTURES / "lever.json").read_text(encoding="utf-8"))[0]
    post["workplaceType"] = workplace
    post["categories"].update(location=where, allLocations=[where])
    return json.dumps([post]).encode()


def _recruitee_offer(flags: dict, where: str) -> bytes:
    """The fixture's first Recruitee offer, with those flags, at that location only."""
    offer = json.loads((FIXTURES / "recruitee.json").read_text(encoding="utf-8"))["offers"][0]
    offer.update(flags, location=where, city=None, country_code=None, country=None)
    offer.pop("locations", None)
    return json.dumps({"offers": [offer]}).encode()


@pytest.mark.parametrize("workplace", ["hybrid", "on-site", "onsite"])
def test_lever_s_workplace_type_beats_the_remote_word_of_its_location(workplace):
    # workplaceType "hybrid" (or "on-site") with location "Amsterdam or Remote"
    # was a remote job in Amsterdam: TELECOMMUTE, under "Op afstand". The type
    # the recruiter picked from a list is the job's; the text is a label.
    from podium_vacancies.ats import lever

    feed = FeedConfig("l", "lever", "https://x.nl", default_country="NL")
    [job] = lever.normalise(_lever_post(workplace, "Amsterdam or Remote"), feed, [])
    assert (job.location, job.more_locations) == (common.Location("Amsterdam", "NL"), ())
    # Remote is the remote type's; no type (or "unspecified") leaves it to the text.
    for kind in ("remote", "unspecified", None):
        [job] = lever.normalise(_lever_post(kind, "Amsterdam or Remote"), feed, [])
        assert job.location == common.Location("Amsterdam", "NL", True), kind
    # A text that names no office: in its country, and the pull says why.
    warnings: list[str] = []
    [job] = lever.normalise(_lever_post(workplace, "Remote"), feed, warnings)
    assert job.location == common.Location(None, "NL")
    assert len(warnings) == 1 and f'workplaceType "{workplace}"' in warnings[0], warnings


@pytest.mark.parametrize(
    "flags",
    [{"remote": False, "hybrid": True, "on_site": False},
     {"remote": False, "hybrid": False, "on_site": True},
     {"remote": True, "hybrid": True}],
)  # fmt: skip
def test_a_recruitee_office_flag_beats_the_remote_word_of_its_location(flags):
    # A hybrid or on-site offer whose location says "Remote" was TELECOMMUTE.
    from podium_vacancies.ats import recruitee

    feed = FeedConfig("r", "recruitee", "https://x.nl", default_country="NL")
    warnings: list[str] = []
    [job] = recruitee.normalise(_recruitee_offer(flags, "Remote"), feed, warnings)
    assert job.location == common.Location(None, "NL")
    said = "hybrid" if flags.get("hybrid") else "on_site"
    assert len(warnings) == 1 and f"flagged {said}" in warnings[0], warnings
    [job] = recruitee.normalise(_recruitee_offer(flags, "Utrecht or Remote"), feed, [])
    assert (job.location, job.more_locations) == (common.Location("Utrecht", "NL"), ())
    # No flag set: the text says it, as before.
    unflagged = {"remote": False, "hybrid": False, "on_site": False}
    [job] = recruitee.normalise(_recruitee_offer(unflagged, "Utrecht or Remote"), feed, [])
    assert job.location == common.Location("Utrecht", "NL", True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Working at home allowed, some days of the week, in a job at its
        # office: these were TELECOMMUTE, "Op afstand" on the page.
        ("Thuiswerken mogelijk", common.Location(None, "NL")),
        ("Amsterdam (thuiswerken mogelijk)", common.Location("Amsterdam", "NL")),
        ("Utrecht, thuiswerken bespreekbaar", common.Location("Utrecht", "NL")),
        ("Berlin, Homeoffice möglich", common.Location("Berlin", "DE")),
        ("Homeoffice möglich", common.Location(None, "NL")),
        ("Amsterdam - remote possible", common.Location("Amsterdam", "NL")),
        ("remote possible", common.Location(None, "NL")),
        ("Amsterdam (remote optional)", common.Location("Amsterdam", "NL")),
        # "hybrid possible" was a city of that name, and after a city its street.
        ("hybrid possible", common.Location(None, "NL")),
        ("Amsterdam, hybrid possible", common.Location("Amsterdam", "NL")),
        # Remote work without such words stays remote.
        ("Remote", common.Location(None, "NL", True)),
        ("Amsterdam (Remote)", common.Location("Amsterdam", "NL", True)),
        ("Volledig op afstand", common.Location(None, "NL", True)),
    ],
)
def test_home_working_possible_is_a_job_at_its_office(text, expected):
    feed = FeedConfig("f", "greenhouse", "https://x.nl", default_country="NL")
    assert common.parse_locations(text, feed) == (expected,)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # Where remote applicants must live, in the words ads limit it with:
        # each was remote in the feed's default country (NL), its JobPosting's
        # applicantLocationRequirements the Netherlands, and some a city
        # ("US only", "based in Germany", "nur Deutschland").
        ("Remote in Germany", "DE"),
        ("Remote within Germany", "DE"),
        ("Remote within the United States", "US"),
        ("Remote - based in Germany", "DE"),
        ("Remote (from Germany)", "DE"),
        ("Remote (Germany-based)", "DE"),
        ("Remote (Germany only)", "DE"),
        ("Remote - US only", "US"),
        ("Remote: Germany only", "DE"),
        ("Remote (nur Deutschland)", "DE"),
        ("Op afstand binnen België", "BE"),
        ("Remote (alleen België)", "BE"),
    ],
)
def test_a_remote_job_limited_to_a_country_is_remote_there(text, country):
    feed = FeedConfig("f", "greenhouse", "https://x.nl", default_country="NL")
    assert common.parse_locations(text, feed) == (common.Location(None, country, True),)


def test_a_remote_job_limited_to_a_union_is_remote_in_each_of_its_countries():
    feed = FeedConfig("f", "greenhouse", "https://x.nl", default_country="NL")
    places = common.parse_locations("Remote (EU only)", feed)
    assert len(places) == 27 and all(p.remote and p.city is None for p in places)
    # "only" after the brackets was the city "only".
    assert common.parse_locations("Remote (Germany) only", feed) == (
        common.Location(None, "DE", True),
    )


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # The second country was an office of no city, its JobPosting's
        # jobLocation a country alone: applicants there were no remote ones.
        ("Remote (Netherlands or Belgium)", ["NL", "BE"]),
        ("Remote - Germany or Austria", ["DE", "AT"]),
        ("Remote - Germany; Austria", ["DE", "AT"]),
        ("Remote (NL / BE)", ["NL", "BE"]),
    ],
)
def test_a_remote_job_in_a_country_or_another_is_remote_in_both(text, countries):
    feed = FeedConfig("f", "greenhouse", "https://x.nl", default_country="NL")
    expected = tuple(common.Location(None, code, True) for code in countries)
    assert common.parse_locations(text, feed) == expected


def test_a_country_beside_an_office_stays_where_no_place_is_remote():
    feed = FeedConfig("f", "greenhouse", "https://x.nl", default_country="NL")
    assert common.parse_locations("Amsterdam; Belgium", feed) == (
        common.Location("Amsterdam", "NL"),
        common.Location(None, "BE"),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # How the work is done, in more words than one: was the city "Hybrid
        # working" (Google's addressLocality, an option of the location
        # filter) or the office's street "hybride werken".
        ("Hybrid working - Amsterdam", common.Location("Amsterdam", "NL")),
        ("Amsterdam, hybride werken", common.Location("Amsterdam", "NL")),
        ("On-site work - Utrecht", common.Location("Utrecht", "NL")),
        ("Hybrides Arbeiten, Berlin", common.Location("Berlin", "DE")),
        ("Utrecht (hybrid model)", common.Location("Utrecht", "NL")),
    ],
)
def test_a_workplace_in_words_is_no_city(text, expected):
    feed = FeedConfig("f", "greenhouse", "https://x.nl", default_country="NL")
    assert common.parse_locations(text, feed) == (expected,)


@pytest.mark.parametrize("text", ["Hybrid", "Thuiswerken mogelijk", "Hybrid possible", "On-site"])
def test_a_location_of_how_the_work_is_done_alone_is_said_at_the_pull(text):
    # Published in the feed's country without a city, without a word: the
    # recruiter never heard the job had no office for Google or the filters.
    feed = FeedConfig("f", "greenhouse", "https://x.nl", default_country="NL")
    warnings: list[str] = []
    assert common.parse_locations(text, feed, warn=warnings.append) == (
        common.Location(None, "NL"),
    )
    assert len(warnings) == 1 and f'location "{text}" names no place' in warnings[0], warnings
    common.parse_locations(f"Utrecht ({text})", feed, warn=warnings.append)
    assert len(warnings) == 1


@pytest.mark.parametrize("where", ["Hybrid", "On-site", "Thuiswerken mogelijk"])
def test_a_greenhouse_post_at_hybrid_is_at_its_offices(where):
    # Greenhouse's location "Hybrid" beside the post's office in Utrecht was
    # a job in the Netherlands without a city, as "Multiple Locations" was
    # before its offices stood for it: they say where the office is.
    from podium_vacancies.ats import greenhouse

    board = json.loads((FIXTURES / "greenhouse.json").read_text(encoding="utf-8"))
    board["jobs"] = [board["jobs"][0]]
    board["jobs"][0]["location"]["name"] = where
    feed = FeedConfig("f", "greenhouse", "https://x.nl", default_country="NL")
    warnings: list[str] = []
    (vacancy,) = greenhouse.normalise(json.dumps(board).encode(), feed, warnings)
    assert (vacancy.location, vacancy.more_locations) == (common.Location("Utrecht", "NL"), ())
    assert warnings == []


@pytest.mark.parametrize(
    "text, streets",
    [
        ("Amsterdam (Noord or Zuid)", ["Noord or Zuid"]),
        ("Den Haag (Centrum | Zuid)", [None]),
        ("Utrecht or Amsterdam (Noord)", [None, "Noord"]),
    ],
)
def test_places_are_split_outside_brackets_only(text, streets):
    # "Amsterdam (Noord or Zuid)" is one office in one of two districts, as
    # "Amsterdam (Noord, Zuid)" is; split inside the brackets, "Zuid)" was a
    # second city on the job's page and in its JobPosting.
    feed = FeedConfig("f", "greenhouse", "https://x.nl", default_country="NL")
    got = common.parse_locations(text, feed)
    assert [p.street for p in got] == streets
    assert all(")" not in (p.city or "") and "(" not in (p.city or "") for p in got)
    assert [p.city for p in got] == (["Utrecht", "Amsterdam"] if "Utrecht" in text else
                                     [text.split(" (")[0]])  # fmt: skip


def test_a_bracket_never_closed_splits_places_as_before():
    assert common.split_places("Amsterdam (Noord; Rotterdam") == ["Amsterdam (Noord", " Rotterdam"]
    assert common.split_places("a;b (c;d) ;e") == ["a", "b (c;d) ", "e"]


@pytest.mark.parametrize(
    ("kind", "fields", "kept"),
    [
        ("lever", {"applyUrl": "javascript:alert(1)"}, "hostedUrl"),
        ("recruitee", {"careers_apply_url": "mailto:jobs@helder.example"}, "careers_url"),
    ],
)
def test_an_address_to_apply_at_no_browser_opens_gives_way_to_the_posts_page(kind, fields, kept):
    # Lever's applyUrl (Recruitee's careers_apply_url) taken first whatever it
    # held: "javascript:alert(1)" skipped the job, though its page was a good address.
    from podium_vacancies.ats import lever, recruitee

    vendor = {"lever": lever, "recruitee": recruitee}[kind]
    fixture, posts, _, _ = _FEEDS[kind]
    doc = json.loads((FIXTURES / fixture).read_text(encoding="utf-8"))
    post = posts(doc)[0]
    post.update(fields)
    feed = FeedConfig(f"{kind}-helder", kind, "https://x.example/", default_country="NL")
    warnings: list[str] = []
    found = vendor.normalise(json.dumps(doc).encode(), feed, warnings)
    assert [v.apply_url for v in found if str(post["id"]) == v.id] == [post[kept]], warnings


def test_a_greenhouse_first_published_before_any_open_job_gives_way_to_updated_at():
    # A first_published of 1970 was the posting date (published as posted today,
    # with a warning), though updated_at held a real day.
    import datetime as dt

    from podium_vacancies.ats import greenhouse

    fixture, posts, _, _ = _FEEDS["greenhouse"]
    doc = json.loads((FIXTURES / fixture).read_text(encoding="utf-8"))
    post = posts(doc)[0]
    post.update(first_published="1970-01-01T00:00:00Z", updated_at="2026-10-05T09:00:00Z")
    feed = FeedConfig("gh", "greenhouse", "https://x.example/", default_country="NL")
    found = greenhouse.normalise(json.dumps(doc).encode(), feed, [])
    (v,) = [v for v in found if v.id == str(post["id"])]
    assert v.date_posted == dt.date(2026, 10, 5)
