"""What reaches JobPosting: only what the employer said (type, directApply, pay, dates)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import podium_vacancies
from podium_cli.build import build
from podium_render.jobposting import job_posting, organization
from podium_testkit import read_page
from podium_vacancies import load_all, load_vacancy_file
from podium_vacancies.pull import pull

from .conftest import FIXTURES, NOW, VENDORS

ORG = organization("Helder Energie", "https://werkenbij.example/", (), "https://x.example/l.svg")
JOB = """\
id: "7001"
title: Monteur warmtepompen
location: {city: Utrecht, country: NL}
date_posted: 2026-10-01
apply_url: https://example.com/apply/7001
description: Je installeert warmtepompen.
"""


# Bergen in Noord-Holland and Bergen in Norway ("NO" quoted: YAML reads NO as false).
BERGENS = {"601": "{city: Bergen, country: NL}", "602": '{city: Bergen, country: "NO"}'}


def _job_copies(site, places: dict[str, str], teams: dict[str, str] | None = None) -> None:
    """Copies of the demo's data engineer job, by id, each at its place (a YAML
    location) and, where ``teams`` says, in another team."""
    jobs = site / "content" / "vacancies"
    text = (jobs / "data-engineer.yml").read_text(encoding="utf-8")
    for number, place in places.items():
        copy = text.replace('id: "501"', f'id: "{number}"').replace(
            "location: {city: Utrecht, country: NL}", f"location: {place}"
        )
        if teams and number in teams:
            copy = copy.replace("team: engineering", f"team: {teams[number]}")
        (jobs / f"job-{number}.yml").write_text(copy, encoding="utf-8")


def _posting(tmp_path, text: str, url: str = "u") -> dict:
    """The JobPosting of a hand-written vacancy file holding ``text``, at ``url``."""
    path = tmp_path / "job.yml"
    path.write_text(text, encoding="utf-8")
    return job_posting(load_vacancy_file(path, ("nl", "en")), url, ORG)


def _location_options(listing) -> dict[str, str]:
    """The job list's location filter: each option's value and name."""
    (select,) = [s for s in listing.all("select") if s.attrs.get("id") == "filter-location"]
    return {o.attrs["value"]: o.text for o in select.children if o.attrs.get("value")}


def test_a_vacancy_without_employment_type_has_none_in_jobposting(tmp_path):
    path = tmp_path / "job.yml"
    path.write_text(JOB, encoding="utf-8")
    vacancy = load_vacancy_file(path, ("nl", "en"))
    assert vacancy.employment_type == () and vacancy.direct_apply is False
    data = job_posting(vacancy, "https://werkenbij.example/vacancies/7001/", ORG)
    assert "employmentType" not in data and "directApply" not in data
    assert data["hiringOrganization"] == {
        "@type": "Organization",
        "name": "Helder Energie",
        "sameAs": "https://werkenbij.example/",
        "logo": "https://x.example/l.svg",
    }


def test_direct_apply_is_said_only_when_true(tmp_path):
    # A job whose file or feed does not say that apply_url opens the form itself
    # was published with directApply: false, which schema.org defines as "no clear
    # path to applying directly online" (https://schema.org/directApply): a claim
    # nobody made about an apply_url that may well be the form. Now left out.
    unsaid = _posting(tmp_path, JOB)
    said_false = _posting(tmp_path, JOB + "direct_apply: false\n")
    assert "directApply" not in unsaid and "directApply" not in said_false


def test_the_description_links_resolve_against_the_page_as_in_the_job_feed(tmp_path):
    # A hand-written description links the hub by its address (README: {filename}
    # does not work there): "[onze vacatures](/vacancies/)", "[de monteur](../1005/)".
    # vacancies.json resolved them against the job's page, the JobPosting kept them
    # relative, so Google for Jobs and every job board that copies the description
    # off the page resolved them against their own host (google.com/vacancies/).
    text = JOB.replace(
        "description: Je installeert warmtepompen.",
        "description: Zie [onze vacatures](/vacancies/), [de monteur](../1005/) en [meer](#meer).",
    )
    page = "https://werkenbij.example/vacancies/7001/"
    hrefs = re.findall(r'href="([^"]*)"', _posting(tmp_path, text, page)["description"])
    assert hrefs == [
        "https://werkenbij.example/vacancies/",
        "https://werkenbij.example/vacancies/1005/",
        "https://werkenbij.example/vacancies/7001/#meer",
    ]


def test_direct_apply_and_updated_per_vacancy(tmp_path):
    path = tmp_path / "job.yml"
    path.write_text(JOB + "direct_apply: true\nupdated: 2026-10-20\n", encoding="utf-8")
    vacancy = load_vacancy_file(path, ("nl", "en"))
    assert vacancy.direct_apply is True and str(vacancy.updated) == "2026-10-20"
    assert job_posting(vacancy, "u", ORG)["directApply"] is True


def test_direct_apply_per_feed_reaches_the_jobposting(ats, tmp_path):
    feeds_dir = tmp_path / "content" / "vacancies" / "feeds"
    assert pull([ats.feed("personio", direct_apply=True)], feeds_dir, now=NOW).ok
    records = json.loads((feeds_dir / "personio-helder.json").read_text())["vacancies"]
    assert all(r["direct_apply"] is True for r in records)
    found = load_all(tmp_path / "content", ("nl", "en"), NOW.date()).by_id()
    data = job_posting(found["1830001"], "u", ORG)
    assert data["directApply"] is True
    assert data["employmentType"] == "FULL_TIME"
    assert data["baseSalary"]["value"] == {
        "@type": "QuantitativeValue",
        "minValue": 3200,
        "maxValue": 3900,
        "unitText": "MONTH",
    }
    assert "employmentType" not in job_posting(found["1830005"], "u", ORG)


def test_same_as_lists_the_companys_own_pages():
    org = organization("H", "https://hub.example/", ("https://h.example", "https://li.example/h"))
    assert org["sameAs"] == ["https://h.example", "https://li.example/h"] and "logo" not in org


# Google: "Choose one or more of the following case-sensitive values ... You can
# include more than one employmentType property." A job offered full- or
# part-time was stated as one of them, hidden from seekers filtering for the other.


def test_a_job_of_two_kinds_states_both_on_the_page_data_and_in_jobposting(tmp_path):
    path = tmp_path / "job.yml"
    path.write_text(JOB + "employment_type: [FULL_TIME, PART_TIME]\n", encoding="utf-8")
    vacancy = load_vacancy_file(path, ("nl", "en"))
    assert vacancy.employment_type == ("FULL_TIME", "PART_TIME")
    assert job_posting(vacancy, "u", ORG)["employmentType"] == ["FULL_TIME", "PART_TIME"]
    path.write_text(JOB + "employment_type: FULL_TIME\n", encoding="utf-8")
    one = load_vacancy_file(path, ("nl", "en"))
    assert job_posting(one, "u", ORG)["employmentType"] == "FULL_TIME"  # one stays a text


@pytest.mark.parametrize(
    ("words", "hint"),
    [
        # Words an ATS gives, read as the pull reads them: the error named the
        # eight values but not which one, and "Vast contract" (a permanent job)
        # was asked whether it meant CONTRACTOR.
        ("oproepkracht", '(did you mean "PER_DIEM"?)'),
        ("Stage", '(did you mean "INTERN"?)'),
        ("Voltijd of deeltijd", "(did you mean [FULL_TIME, PART_TIME]?)"),
        ("Vast contract", "(a permanent contract is no type: give its hours, FULL_TIME or "
                          "PART_TIME, or leave the field out)"),
        ("full-time", '(did you mean "FULL_TIME"?)'),
    ],
)  # fmt: skip
def test_a_kind_in_words_is_told_its_google_value(tmp_path, words, hint):
    from podium.errors import ContentError

    path = tmp_path / "job.yml"
    path.write_text(JOB + f"employment_type: {words}\n", encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_vacancy_file(path, ("nl", "en"))
    (issue,) = caught.value.issues
    assert issue.line == 7 and issue.message.endswith(f'not "{words}" {hint}'), issue.message


def test_a_wrong_kind_in_the_list_is_one_line_naming_the_field(tmp_path):
    from podium.errors import ContentError

    path = tmp_path / "job.yml"
    path.write_text(JOB + "employment_type: [FULL_TIME, halftime]\n", encoding="utf-8")
    try:
        load_vacancy_file(path, ("nl", "en"))
    except ContentError as exc:
        (issue,) = exc.issues
        assert issue.line == 7
        assert 'field "employment_type" must be one of "FULL_TIME"' in issue.message
        assert 'or a list of them such as [FULL_TIME, PART_TIME], not "halftime"' in issue.message
    else:
        raise AssertionError("accepted")


def test_personio_full_or_part_time_is_both_kinds_through_the_snapshot():
    from pathlib import Path

    from podium_vacancies.ats import personio
    from podium_vacancies.feeds import FeedConfig

    xml = (Path(__file__).parent / "fixtures" / "personio.xml").read_bytes()
    both = b"<schedule>full-or-part-time</schedule>"
    xml = xml.replace(b"<schedule>full-time</schedule>", both, 1)
    feed = FeedConfig("p", "personio", "https://helder.jobs.personio.de/xml", default_country="NL")
    found = {v.id: v for v in personio.normalise(xml, feed)}
    assert found["1830001"].employment_type == ("FULL_TIME", "PART_TIME")
    assert job_posting(found["1830001"], "u", ORG)["employmentType"] == ["FULL_TIME", "PART_TIME"]
    assert found["1830004"].employment_type == ("PART_TIME",)  # "part-time" alone


def test_a_job_in_several_places_has_them_all_in_jobposting(ats, tmp_path):
    # Lever's allLocations: the job is in Utrecht and in Berlin. Only the
    # first place reached the snapshot, so Google never showed it in Berlin.
    board = json.loads((FIXTURES / "lever.json").read_text(encoding="utf-8"))
    board[0]["categories"]["allLocations"] = ["Utrecht", "Berlin, Germany"]
    ats.serve(VENDORS["lever"][0], json.dumps(board).encode())
    feeds_dir = tmp_path / "content" / "vacancies" / "feeds"
    assert pull([ats.feed("lever")], feeds_dir, now=NOW).ok
    vid = board[0]["id"]
    found = load_all(tmp_path / "content", ("nl", "en"), NOW.date()).by_id()
    data = job_posting(found[vid], "u", ORG)
    assert [place["address"] for place in data["jobLocation"]] == [
        {"@type": "PostalAddress", "addressCountry": "NL", "addressLocality": "Utrecht"},
        {"@type": "PostalAddress", "addressCountry": "DE", "addressLocality": "Berlin"},
    ]


def test_a_remote_job_open_to_several_countries_lists_them(tmp_path):
    text = JOB.replace(
        "location: {city: Utrecht, country: NL}",
        "location:\n  - {remote: true, country: NL}\n  - {remote: true, country: BE}",
    )
    data = _posting(tmp_path, text)
    assert data["jobLocationType"] == "TELECOMMUTE" and "jobLocation" not in data
    assert data["applicantLocationRequirements"] == [
        {"@type": "Country", "name": "NL"},
        {"@type": "Country", "name": "BE"},
    ]


def test_a_place_in_a_list_of_locations_is_checked_like_one(tmp_path):
    path = tmp_path / "job.yml"
    text = JOB.replace(
        "location: {city: Utrecht, country: NL}",
        "location:\n  - {city: Utrecht, country: NL}\n  - {city: Gent, country: Belgium}",
    )
    path.write_text(text, encoding="utf-8")
    with pytest.raises(Exception, match=r':5: error: field "location.country" .*"Belgium"'):
        load_vacancy_file(path, ("nl", "en"))


def _built_with_location(site, location: str):
    """Vacancy 501 (Utrecht) given ``location`` instead, built: the output folder,
    the vacancy's page and its JobPosting."""
    job = site / "content" / "vacancies" / "data-engineer.yml"
    text = job.read_text(encoding="utf-8")
    job.write_text(text.replace("location: {city: Utrecht, country: NL}", location), "utf-8")
    out = build(site / "pelicanconf.py", site / "output").output
    page = read_page(out, "vacancies/501/")
    (posting,) = [
        data
        for data in (json.loads(s.text) for s in page.all("script", type="application/ld+json"))
        if data.get("@type") == "JobPosting"
    ]
    return out, page, posting


def test_a_job_in_two_cities_is_shown_and_filtered_in_both(site):
    out, page, posting = _built_with_location(
        site, "location:\n  - {city: Utrecht, country: NL}\n  - {city: Berlin, country: DE}"
    )
    cities = [place["address"]["addressLocality"] for place in posting["jobLocation"]]
    assert cities == ["Utrecht", "Berlin"]
    # What the JobPosting says is on the page, as Google asks.
    assert "Utrecht (Nederland); Berlin (Duitsland)" in [dd.text for dd in page.all("dd")]
    assert page.all("span", data_pagefind_filter="Locatie:Berlin")
    listing = read_page(out, "vacancies/")
    (item,) = [li for li in listing.all("li", "job") if "Data engineer" in li.text]
    assert item.attrs["data-location"] == "utrecht berlin"
    assert "Utrecht; Berlin" in item.text
    assert listing.all("option", value="berlin")


def test_places_of_one_name_are_filtered_apart(site):
    # The location filter keyed a place by its city alone, in lower case, and
    # filters.js matches a job's places as space-separated words: "Portland,
    # OR" and "Portland, ME" were one option "Portland", and a job in "New
    # York" was listed under the filter for York.
    jobs = site / "content" / "vacancies"
    job = jobs / "data-engineer.yml"
    places = {
        "501": "[{city: Portland, region: OR, country: US},"
        " {city: New York, region: NY, country: US}]",
        "601": "{city: Portland, region: ME, country: US}",
        "602": "{city: York, country: GB}",
    }
    _job_copies(site, places)
    job.unlink()
    out = build(site / "pelicanconf.py", site / "output").output
    listing = read_page(out, "vacancies/")
    options = {o.attrs["value"]: o.text for o in listing.all("option") if o.attrs.get("value")}
    assert options["portland-or"] == "Portland, OR" and options["portland-me"] == "Portland, ME"
    assert options["york"] == "York" and options["new-york-ny"] == "New York, NY"
    keys = [li.attrs["data-location"].split() for li in listing.all("li", "job")]
    # Each key is one word of data-location, as filters.js reads it.
    assert ["portland-or", "new-york-ny"] in keys and ["york"] in keys
    assert all(key in options for words in keys for key in words)


def _jobs_in_the_hague(site):
    """Three copies of the demo's data engineer job (ids 601 to 603), each in The
    Hague by another of its names: Dutch, English and the official one."""
    names = {"601": "Den Haag", "602": "The Hague", "603": "'s-Gravenhage"}
    _job_copies(site, {n: f'{{city: "{city}", country: NL}}' for n, city in names.items()})


def test_one_city_by_two_of_its_names_is_one_filter_option(site):
    # A hand-written vacancy in "Den Haag" and a feed's in "The Hague" (its
    # English name) were two options of the location filter: a seeker who
    # picked "Den Haag" never saw the other job. Their pages keep their words.
    _jobs_in_the_hague(site)
    out = build(site / "pelicanconf.py", site / "output").output
    listing = read_page(out, "vacancies/")
    options = [o.attrs["value"] for o in listing.all("option") if o.attrs.get("value")]
    assert options.count("den-haag") == 1 and "the-hague" not in options, options
    keys = {li.attrs["data-location"] for li in listing.all("li", "job")}
    assert {"den-haag", "utrecht"} <= keys and "the-hague" not in keys
    assert "The Hague" in read_page(out, "vacancies/602/").html


def test_remote_in_the_eu_lists_its_countries_once_on_the_page(ats, tmp_path):
    from podium_render.filters import job_locations

    vacancy = _pulled_greenhouse_job(ats, tmp_path, "Amsterdam, Netherlands; Remote (EU)")
    data = job_posting(vacancy, "u", ORG)
    assert data["jobLocation"]["address"]["addressLocality"] == "Amsterdam"
    required = data["applicantLocationRequirements"]
    assert len(required) == 27 and required[0] == {"@type": "Country", "name": "NL"}
    text = job_locations(vacancy.locations, "en", countries=True)
    # 26 countries by code: their names would fill the line.
    assert text.startswith("Amsterdam · Remote (Netherlands); Remote (AT, BE, BG, ")
    assert text.count("Remote (") == 2


def _pulled_lever_place(ats, tmp_path, location: str, **post):
    """The snapshot's places of a Lever post at ``location``, the loaded
    vacancies by id, and the post's id."""
    board = json.loads((FIXTURES / "lever.json").read_text(encoding="utf-8"))
    board[0]["categories"]["location"] = location
    board[0]["categories"].pop("allLocations", None)
    board[0].update(post)
    ats.serve(VENDORS["lever"][0], json.dumps(board).encode())
    feeds_dir = tmp_path / "content" / "vacancies" / "feeds"
    assert pull([ats.feed("lever")], feeds_dir, now=NOW).ok
    vid = board[0]["id"]
    records = json.loads((feeds_dir / "lever-helder.json").read_text())["vacancies"]
    places = [r["location"] for r in records if r["id"] == vid]
    return places, load_all(tmp_path / "content", ("nl", "en"), NOW.date()).by_id(), vid


def test_a_us_place_from_a_feed_has_its_state_in_jobposting_and_on_the_page(ats, tmp_path):
    # "Austin, TX" went to Google as {addressLocality: Austin, addressCountry:
    # US}: the state, which Google recommends (addressRegion), was dropped.
    places, found, vid = _pulled_lever_place(ats, tmp_path, "Austin, TX", country="US")
    assert places == [{"city": "Austin", "region": "TX", "country": "US", "remote": False}]
    address = job_posting(found[vid], "u", ORG)["jobLocation"]["address"]
    assert address == {"@type": "PostalAddress", "addressCountry": "US",
                       "addressLocality": "Austin", "addressRegion": "TX"}  # fmt: skip
    from podium_render.filters import job_location

    assert job_location(found[vid].location, "en") == "Austin, TX"


def test_a_district_or_town_after_the_city_is_kept_as_its_address(ats, tmp_path):
    # "Eindhoven, Veghel" (a town that is no municipality) was read as
    # Eindhoven and "Veghel" dropped: the page and the JobPosting said only
    # "Eindhoven". The city stays the filter's option and addressLocality;
    # the town is the office's address (streetAddress), shown on the page.
    places, found, vid = _pulled_lever_place(ats, tmp_path, "Eindhoven, Veghel")
    assert places == [{"city": "Eindhoven", "country": "NL", "remote": False, "street": "Veghel"}]
    address = job_posting(found[vid], "u", ORG)["jobLocation"]["address"]
    assert address == {"@type": "PostalAddress", "addressCountry": "NL",
                       "addressLocality": "Eindhoven", "streetAddress": "Veghel"}  # fmt: skip
    from podium_render.filters import job_address, job_location

    assert job_location(found[vid].location, "nl") == "Eindhoven"
    assert job_address(found[vid].location) == "Veghel, Eindhoven"


def test_each_district_of_one_city_is_an_address_and_the_city_one_option(ats, tmp_path):
    # "Amsterdam, Zuidoost; Amsterdam, West" kept Zuidoost alone: the West
    # office was in no JobPosting and on no page. Each is an office, the city
    # one entry of the page's places and one option of the location filter.
    text = "Amsterdam, Zuidoost; Amsterdam, West"
    places, found, vid = _pulled_lever_place(ats, tmp_path, text)
    assert places == [[
        {"city": "Amsterdam", "country": "NL", "remote": False, "street": "Zuidoost"},
        {"city": "Amsterdam", "country": "NL", "remote": False, "street": "West"},
    ]]  # fmt: skip
    offices = job_posting(found[vid], "u", ORG)["jobLocation"]
    assert [(o["address"]["addressLocality"], o["address"]["streetAddress"]) for o in offices] == [
        ("Amsterdam", "Zuidoost"),
        ("Amsterdam", "West"),
    ]
    from podium_render.filters import job_address, job_locations, job_places

    locations = found[vid].locations
    assert job_locations(locations, "nl", countries=True) == "Amsterdam (Nederland)"
    assert [job_address(p) for p in locations] == ["Zuidoost, Amsterdam", "West, Amsterdam"]
    options = {pair for p in locations for pair in job_places(p, "nl")}
    assert options == {("amsterdam", "Amsterdam")}


def test_a_feed_place_written_as_an_address_reaches_google_as_one(ats, tmp_path):
    # "Oudegracht 12, 3511 AB Utrecht" was the city "Oudegracht 12": Google's
    # addressLocality and the location filter's option.
    places, found, vid = _pulled_lever_place(ats, tmp_path, "Oudegracht 12, 3511 AB Utrecht")
    assert places == [{"city": "Utrecht", "country": "NL", "remote": False,
                       "street": "Oudegracht 12", "postal_code": "3511 AB"}]  # fmt: skip
    address = job_posting(found[vid], "u", ORG)["jobLocation"]["address"]
    assert address == {"@type": "PostalAddress", "addressCountry": "NL",
                       "addressLocality": "Utrecht", "streetAddress": "Oudegracht 12",
                       "postalCode": "3511 AB"}  # fmt: skip


def test_a_hand_written_place_may_give_its_state(tmp_path):
    path = tmp_path / "job.yml"
    utrecht = "{city: Utrecht, country: NL}"
    path.write_text(JOB.replace(utrecht, "{city: Austin, region: TX, country: US}"), "utf-8")
    data = job_posting(load_vacancy_file(path, ("nl", "en")), "u", ORG)
    assert data["jobLocation"]["address"]["addressRegion"] == "TX"
    path.write_text(JOB.replace(utrecht, "{city: Austin, region: Texas, country: US}"), "utf-8")
    with pytest.raises(Exception, match=(
        r':3: error: field "location.region" must be the two-letter code of a US state such '
        r'as "TX", not "Texas" \(did you mean "TX"\?\)')):  # fmt: skip
        load_vacancy_file(path, ("nl", "en"))


@pytest.mark.parametrize(
    ("place", "address"),
    [
        ("{city: 'Eindhoven, Veghel', country: NL}",
         {"addressLocality": "Eindhoven", "streetAddress": "Veghel"}),
        ("{city: 'Amsterdam, Noord', country: NL}",
         {"addressLocality": "Amsterdam", "streetAddress": "Noord"}),
        ("{city: 'Amsterdam, Noord', street: Buikslotermeerplein 1, country: NL}",
         {"addressLocality": "Amsterdam", "streetAddress": "Buikslotermeerplein 1"}),
        ("{city: Utrecht, country: NL}", {"addressLocality": "Utrecht"}),
        ("{city: 'Hilversum, Noord', country: NL}", {"addressLocality": "Hilversum, Noord"}),
    ],
)  # fmt: skip
def test_a_hand_written_city_with_its_district_is_the_city_to_google(tmp_path, place, address):
    # The filters file "Amsterdam, Noord" under Amsterdam, but Google's
    # addressLocality was "Amsterdam, Noord" (and "Eindhoven, Veghel"), no
    # locality it can place; a feed's such place gives the city alone.
    path = tmp_path / "job.yml"
    path.write_text(JOB.replace("{city: Utrecht, country: NL}", place), "utf-8")
    data = job_posting(load_vacancy_file(path, ("nl", "en")), "u", ORG)
    got = data["jobLocation"]["address"]
    assert {k: got[k] for k in ("addressLocality", "streetAddress") if k in got} == address


@pytest.mark.parametrize(
    "place",
    [
        "{city: 'Utrecht, Randstad', country: NL}",
        "{city: 'Amsterdam, Noord-Holland', country: NL}",
        "{city: 'Amsterdam, Netherlands', country: NL}",
        "{city: 'Amsterdam, NH', country: NL}",
        "{city: 'London, Greater London', country: GB}",
        "{city: 'München, Bayern', country: DE}",
    ],
)
def test_a_hand_written_city_with_its_region_has_no_street(tmp_path, place):
    # The words after the city were its streetAddress whatever they named:
    # Google was told the office stood in the street "Netherlands", "Bayern"
    # or "Randstad". A country, province, state or region is no address.
    path = tmp_path / "job.yml"
    path.write_text(JOB.replace("{city: Utrecht, country: NL}", place), "utf-8")
    address = job_posting(load_vacancy_file(path, ("nl", "en")), "u", ORG)["jobLocation"]
    assert "streetAddress" not in address["address"], address
    assert address["address"]["addressLocality"] == place.split("'")[1].split(",")[0]


def test_a_remote_job_in_one_state_is_open_to_that_state_only(ats, tmp_path):
    # "Remote - Texas" went to Google as {"@type": "Country", "name": "US"}
    # and to the page as "Remote (US)": a seeker in Ohio was shown a job
    # the employer opened to people in Texas only.
    vacancy = _pulled_us_lever_job(ats, tmp_path, "Remote - Texas")
    data = job_posting(vacancy, "u", ORG)
    assert data["jobLocationType"] == "TELECOMMUTE"
    assert data["applicantLocationRequirements"] == {"@type": "State", "name": "Texas"}
    from podium_render.filters import job_location, job_locations

    assert job_location(vacancy.location, "en") == "Remote (Texas, United States)"
    shown = job_locations(vacancy.locations, "nl", countries=True)
    assert shown == "Op afstand (Texas, Verenigde Staten)"


def test_a_hand_written_remote_job_in_a_province_and_a_country(tmp_path):
    path = tmp_path / "job.yml"
    places = '[{remote: true, region: "ON", country: CA}, {remote: true, country: NL}]'
    path.write_text(JOB.replace("{city: Utrecht, country: NL}", places), "utf-8")
    vacancy = load_vacancy_file(path, ("nl", "en"))
    assert job_posting(vacancy, "u", ORG)["applicantLocationRequirements"] == [
        {"@type": "State", "name": "Ontario"},
        {"@type": "Country", "name": "NL"},
    ]
    from podium_render.filters import job_locations

    assert job_locations(vacancy.locations, "en") == "Remote (Ontario, Canada; Netherlands)"


@pytest.mark.parametrize(
    ("line", "value", "shown"),
    [
        ("{min: 4200, currency: EUR, unit: MONTH}", {"minValue": 4200},
         "vanaf €\u00a04.200 per maand"),
        ("{max: 5600, currency: EUR, unit: MONTH}", {"maxValue": 5600},
         "tot €\u00a05.600 per maand"),
        ("{min: 4200, max: 4200, currency: EUR, unit: MONTH}", {"value": 4200},
         "€\u00a04.200 per maand"),
    ],
)  # fmt: skip
def test_pay_with_one_bound_is_a_floor_or_a_cap_not_an_exact_amount(tmp_path, line, value, shown):
    # "From €4,200" could not be written (salary.max was required), and a
    # feed's "Tot € 3.900" went to Google and the page as exactly €3,900.
    from podium_render.filters import salary

    path = tmp_path / "job.yml"
    path.write_text(JOB + f"salary: {line}\n", encoding="utf-8")
    vacancy = load_vacancy_file(path, ("nl", "en"))
    got = job_posting(vacancy, "u", ORG)["baseSalary"]["value"]
    assert got == {"@type": "QuantitativeValue", "unitText": "MONTH", **value}
    assert salary(vacancy.salary, "nl") == shown


def test_a_feed_pay_line_with_one_bound_keeps_its_meaning(ats, tmp_path):
    from podium_vacancies.ats import common

    assert common.salary_from_text("Tot € 3.900 bruto per maand") == common.Salary(
        None, 3900, "EUR", "MONTH")  # fmt: skip
    assert common.salary_from_text("Vanaf € 3.200 per maand") == common.Salary(
        3200, None, "EUR", "MONTH")  # fmt: skip
    assert common.salary_from_text("€ 3.200 per maand") == common.Salary(
        3200, 3200, "EUR", "MONTH")  # fmt: skip
    assert common.salary("4000", None, "EUR", "month") == common.Salary(4000, None, "EUR", "MONTH")
    # Through the snapshot and back: still a floor.
    board = json.loads((FIXTURES / "recruitee.json").read_text(encoding="utf-8"))
    offer = board["offers"][0]
    offer["salary"] = {"min": "4000", "max": None, "currency": "EUR", "period": "month"}
    ats.serve(VENDORS["recruitee"][0], json.dumps(board).encode())
    feeds_dir = tmp_path / "content" / "vacancies" / "feeds"
    assert pull([ats.feed("recruitee")], feeds_dir, now=NOW).ok
    found = load_all(tmp_path / "content", ("nl", "en"), NOW.date()).by_id()
    vacancy = next(v for v in found.values() if v.title == common.plain(offer["title"]))
    assert vacancy.salary == common.Salary(4000, None, "EUR", "MONTH")
    assert job_posting(vacancy, "u", ORG)["baseSalary"]["value"]["minValue"] == 4000


@pytest.mark.parametrize(
    "description",
    ["Monteur warmtepompen", "Monteur warmtepompen.", "<p>MONTEUR   warmtepompen!</p>"],
)
def test_a_description_that_only_repeats_the_title_is_refused(tmp_path, description):
    """Google: "the description can't be the same as the title"; such a job
    would be left out of Google's job search without a word."""
    from podium.errors import ContentError

    path = tmp_path / "job.yml"
    path.write_text(
        JOB.replace("description: Je installeert warmtepompen.", f"description: '{description}'"),
        encoding="utf-8",
    )
    with pytest.raises(ContentError) as caught:
        load_vacancy_file(path, ("nl", "en"))
    (issue,) = caught.value.issues
    assert issue.line == 6
    assert 'field "description" only repeats the title ("Monteur warmtepompen")' in issue.message


def test_a_feed_post_whose_description_is_its_title_is_skipped(ats, tmp_path):
    """Pulled, it is skipped with a warning naming it, never written to fail a build."""
    path, name, _ = VENDORS["recruitee"]
    feed = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    offer = feed["offers"][0]
    offer["description"], offer["requirements"] = f"<p>{offer['title']}</p>", ""
    ats.serve(path, json.dumps(feed).encode())
    result = pull([ats.feed("recruitee")], tmp_path / "feeds", now=NOW).results[0]
    assert result.ok, result.line()
    assert any(
        w.startswith(f"skipped post {offer['id']}:") and "only repeats the title" in w
        for w in result.warnings
    ), result.warnings


def test_an_office_and_remote_in_its_state_keeps_the_state_as_the_requirement(ats, tmp_path):
    # "Austin, TX; Remote - TX" went to Google as a remote job open to the
    # whole US: "Remote - TX" was dropped as saying no more than Austin did.
    vacancy = _pulled_us_lever_job(ats, tmp_path, "Austin, TX; Remote - TX")
    data = job_posting(vacancy, "u", ORG)
    assert data["jobLocationType"] == "TELECOMMUTE"
    assert data["applicantLocationRequirements"] == {"@type": "State", "name": "Texas"}
    assert data["jobLocation"]["address"]["addressLocality"] == "Austin"


@pytest.mark.parametrize(
    ("location", "office", "remote_in"),
    [
        ("London, UK or Remote - US", "GB", ["US"]),
        ("Amsterdam; Remote - Belgium", "NL", ["BE"]),
        # An office and remote work in its own country stay one remote place.
        ("Amsterdam; Remote", "NL", ["NL"]),
    ],
)
def test_an_office_beside_remote_work_elsewhere_is_no_remote_place(
    ats, tmp_path, location, office, remote_in
):
    # "London, UK or Remote - US" went to Google open to remote applicants in
    # the UK and the US: the remote place made every place of the post
    # remote, the London office too, so its country joined the
    # applicantLocationRequirements, which the post never said (a hand-written
    # [{city: London, country: GB}, {remote: true, country: US}] is the US only).
    vacancy = _pulled_greenhouse_job(ats, tmp_path, location)
    data = job_posting(vacancy, "u", ORG)
    assert data["jobLocation"]["address"]["addressCountry"] == office
    wanted = [{"@type": "Country", "name": code} for code in remote_in]
    assert data["applicantLocationRequirements"] == (wanted[0] if len(wanted) == 1 else wanted)


@pytest.mark.parametrize(
    "location",
    [
        "Amsterdam (partly remote)",
        "Amsterdam - deels thuiswerken",
        "Amsterdam, 2 dagen thuiswerken",
        "London, UK (work from home 2 days a week)",
        "München (teilweise Homeoffice)",
    ],
)
def test_an_office_with_some_days_at_home_is_no_remote_job(ats, tmp_path, location):
    # "Amsterdam (partly remote)" or "2 dagen thuiswerken" went to Google as
    # TELECOMMUTE (and under "Op afstand" in the filters): the remote word was
    # read, the "partly" beside it not. Some days at home is a hybrid job, a
    # job at its office as Google reads it (TELECOMMUTE is for work done
    # remotely all the time), as "Hybrid - Amsterdam" is.
    vacancy = _pulled_greenhouse_job(ats, tmp_path, location)
    data = job_posting(vacancy, "u", ORG)
    assert "jobLocationType" not in data and "applicantLocationRequirements" not in data
    assert data["jobLocation"]["address"]["addressLocality"] == location.split()[0].strip(",")


def _pulled_greenhouse_job(ats, tmp_path, location: str):
    """The fixture's first Greenhouse post, at ``location``, pulled and loaded."""
    board = json.loads((FIXTURES / "greenhouse.json").read_text(encoding="utf-8"))
    board["jobs"][0]["location"]["name"] = location
    ats.serve(VENDORS["greenhouse"][0], json.dumps(board).encode())
    feeds_dir = tmp_path / "content" / "vacancies" / "feeds"
    assert pull([ats.feed("greenhouse")], feeds_dir, now=NOW).ok
    found = load_all(tmp_path / "content", ("nl", "en"), NOW.date()).by_id()
    return found[str(board["jobs"][0]["id"])]


def _pulled_us_lever_job(ats, tmp_path, location: str):
    """The fixture's first Lever post, in the US at ``location``, pulled and loaded."""
    board = json.loads((FIXTURES / "lever.json").read_text(encoding="utf-8"))
    board[0]["categories"]["location"] = location
    board[0]["categories"].pop("allLocations", None)
    board[0]["country"] = "US"
    # No workplace type of its own (the fixture's is "hybrid", which beats
    # the location's remote words): the location says it.
    board[0]["workplaceType"] = "unspecified"
    ats.serve(VENDORS["lever"][0], json.dumps(board).encode())
    feeds_dir = tmp_path / "content" / "vacancies" / "feeds"
    assert pull([ats.feed("lever")], feeds_dir, now=NOW).ok
    return load_all(tmp_path / "content", ("nl", "en"), NOW.date()).by_id()[board[0]["id"]]


def test_an_office_may_give_its_street_and_postal_code(site):
    # Google asks for the office's PostalAddress with "as many properties as
    # possible" (its example: streetAddress, addressLocality, addressRegion,
    # postalCode, addressCountry), and Search Console lists a job without
    # streetAddress and postalCode as missing them. A vacancy could not give
    # them: {street: ...} was refused as an unknown field.
    _, page, posting = _built_with_location(
        site,
        'location: {street: "Oudegracht 12", postal_code: "3511 AB", city: Utrecht, country: NL}',
    )
    assert posting["jobLocation"]["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "Oudegracht 12",
        "postalCode": "3511 AB",
        "addressLocality": "Utrecht",
        "addressCountry": "NL",
    }
    # And on the page, as Google asks of every value.
    assert "Oudegracht 12, 3511 AB Utrecht" in [dd.text for dd in page.all("dd")]
    assert "Adres" in [dt.text for dt in page.all("dt")]


def test_a_us_office_address_is_written_as_there(tmp_path):
    from podium_render.filters import job_address

    path = tmp_path / "job.yml"
    path.write_text(
        JOB.replace(
            "{city: Utrecht, country: NL}",
            '{street: "600 Congress Ave", postal_code: "78701", city: Austin, region: TX, '
            "country: US}",
        ),
        "utf-8",
    )
    vacancy = load_vacancy_file(path, ("nl", "en"))
    address = job_posting(vacancy, "u", ORG)["jobLocation"]["address"]
    assert address["streetAddress"] == "600 Congress Ave" and address["postalCode"] == "78701"
    assert job_address(vacancy.location) == "600 Congress Ave, Austin, TX 78701"


def test_a_street_needs_a_city(tmp_path):
    path = tmp_path / "job.yml"
    path.write_text(
        JOB.replace(
            "{city: Utrecht, country: NL}", '{remote: true, street: "Oudegracht 12", country: NL}'
        ),
        "utf-8",
    )
    with pytest.raises(Exception, match=(
        r':3: error: field "location.street" is an office\'s address: give its "city" too, '
        r"or leave the street out of a remote place")):  # fmt: skip
        load_vacancy_file(path, ("nl", "en"))


def test_two_offices_in_one_city_are_that_city_once_in_the_location_line(tmp_path):
    # Each has its own address (and jobLocation), but "Utrecht (NL); Utrecht
    # (NL)" under Location said the city twice.
    from podium_render.filters import job_address, job_locations

    path = tmp_path / "job.yml"
    path.write_text(
        JOB.replace(
            "location: {city: Utrecht, country: NL}",
            'location:\n  - {street: "Oudegracht 12", city: Utrecht, country: NL}\n'
            '  - {street: "Croeselaan 1", city: Utrecht, country: NL}',
        ),
        "utf-8",
    )
    vacancy = load_vacancy_file(path, ("nl", "en"))
    assert len(job_posting(vacancy, "u", ORG)["jobLocation"]) == 2
    assert job_locations(vacancy.locations, "nl", countries=True) == "Utrecht (Nederland)"
    assert [job_address(p) for p in vacancy.locations] == [
        "Oudegracht 12, Utrecht",
        "Croeselaan 1, Utrecht",
    ]


@pytest.mark.parametrize(
    ("places", "lang", "shown"),
    [
        ("{remote: true, country: NL}", "nl", "Op afstand (Nederland)"),
        ("{remote: true, country: NL}", "en", "Remote (Netherlands)"),
        ("[{remote: true, country: DE}, {remote: true, country: BE}]", "nl",
         "Op afstand (Duitsland, België)"),
        ("[{city: Utrecht, country: NL}, {city: Berlin, country: DE}]", "en",
         "Utrecht (Netherlands); Berlin (Germany)"),
        # A country not in the table, or a hub's third language: the code.
        ("{remote: true, country: KE}", "en", "Remote (KE)"),
        ("{remote: true, country: NL}", "de", "Remote (NL)"),
    ],
)  # fmt: skip
def test_a_remote_job_names_its_country_in_the_pages_language(
    tmp_path, monkeypatch, places, lang, shown
):
    # "Op afstand (NL)" on a Dutch job page, "Remote (DE)" on an English one:
    # the code the data carries, where a reader expects the country's name.
    from podium_render import filters

    path = tmp_path / "job.yml"
    path.write_text(JOB.replace("{city: Utrecht, country: NL}", places), "utf-8")
    vacancy = load_vacancy_file(path, ("nl", "en"))
    if lang == "de":
        # strings.yml of a hub with German: its own words, no country names.
        monkeypatch.setattr(filters, "translate", lambda key, _, **v: f"Remote ({v['country']})")
    assert filters.job_locations(vacancy.locations, lang, countries=True) == shown
    # The JobPosting keeps the codes Google reads.
    data = job_posting(vacancy, "u", ORG)
    assert "Nederland" not in json.dumps(data) and "Netherlands" not in json.dumps(data)


def test_a_greenhouse_job_at_multiple_locations_is_at_its_offices(ats, tmp_path):
    # Recruiters write "Multiple Locations" in a Greenhouse post at several
    # offices; it was the job's city, so its JobPosting said addressLocality
    # "Multiple Locations" in the Netherlands and the page "Multiple
    # Locations", its offices (Amsterdam, Berlin) nowhere.
    board = json.loads((FIXTURES / "greenhouse.json").read_text(encoding="utf-8"))
    job = board["jobs"][0]
    job["location"]["name"] = "Multiple Locations"
    job["offices"] = [
        {"id": 12, "name": "Amsterdam", "location": "Amsterdam, Netherlands"},
        {"id": 13, "name": "Berlin", "location": "Berlin, Germany"},
    ]
    ats.serve(VENDORS["greenhouse"][0], json.dumps({"jobs": [job]}).encode())
    feeds_dir = tmp_path / "content" / "vacancies" / "feeds"
    assert pull([ats.feed("greenhouse")], feeds_dir, now=NOW).ok
    vacancy = load_all(tmp_path / "content", ("nl", "en"), NOW.date()).by_id()[str(job["id"])]
    assert [(p.city, p.country) for p in vacancy.locations] == [
        ("Amsterdam", "NL"),
        ("Berlin", "DE"),
    ]


@pytest.mark.parametrize("words", ["Multiple Locations", "Meerdere locaties", "Landelijk"])
def test_a_lever_job_at_multiple_locations_without_its_places_is_in_its_country(
    ats, tmp_path, words
):
    # A Lever post whose location is "Multiple Locations", with no
    # allLocations, was published with addressLocality "Multiple Locations":
    # a bogus address for Google and the page. Now it is in the feed's
    # country, without a city, and the pull says so.
    posts = json.loads((FIXTURES / "lever.json").read_text(encoding="utf-8"))
    post = posts[0]
    post["categories"]["location"] = words
    post["categories"].pop("allLocations", None)
    ats.serve(VENDORS["lever"][0], json.dumps([post]).encode())
    feeds_dir = tmp_path / "content" / "vacancies" / "feeds"
    report = pull([ats.feed("lever")], feeds_dir, now=NOW)
    assert report.ok, report.results[0].warnings
    (warning,) = [w for w in report.results[0].warnings if "names no place" in w]
    assert f'location "{words}" names no place' in warning and post["id"] in warning
    vacancy = load_all(tmp_path / "content", ("nl", "en"), NOW.date()).by_id()[post["id"]]
    assert [(p.city, p.country, p.remote) for p in vacancy.locations] == [(None, "NL", False)]
    data = job_posting(vacancy, "u", ORG)
    assert data["jobLocation"] == {
        "@type": "Place",
        "address": {"@type": "PostalAddress", "addressCountry": "NL"},
    }
    assert words not in json.dumps(data)


def test_one_city_by_two_of_its_names_is_one_search_filter_value(site):
    # The job list offered "Den Haag" once, but the search page's location
    # filter (Pagefind's, from each vacancy page) still had "Den Haag" and
    # "The Hague" apart: a seeker who picked one missed the other's jobs.
    _jobs_in_the_hague(site)
    out = build(site / "pelicanconf.py", site / "output").output
    listing = read_page(out, "vacancies/")
    option = next(o.text for o in listing.all("option") if o.attrs.get("value") == "den-haag")
    values = set()
    for number in ("601", "602", "603"):
        page = read_page(out, f"vacancies/{number}/")
        values |= {
            s.attrs["data-pagefind-filter"]
            for s in page.all("span")
            if s.attrs.get("data-pagefind-filter", "").startswith("Locatie:")
        }
    # One value, the job list's own name for the city.
    assert values == {f"Locatie:{option}"}, values


def test_a_hand_written_city_with_its_district_is_filed_under_the_city(site):
    # {city: "Amsterdam, Noord"} was an option of its own beside "Amsterdam" in
    # the job list's and the search page's location filters: a seeker who
    # picked Amsterdam missed it. The page keeps the writer's words.
    cities = {"601": "Amsterdam", "602": "Amsterdam, Noord"}
    _job_copies(site, {n: f'{{city: "{city}", country: NL}}' for n, city in cities.items()})
    out = build(site / "pelicanconf.py", site / "output").output
    listing = read_page(out, "vacancies/")
    options = _location_options(listing)
    assert options == {"amsterdam": "Amsterdam", "utrecht": "Utrecht", "remote": "Op afstand"}
    page = read_page(out, "vacancies/602/")
    assert "Amsterdam, Noord" in page.html
    values = [s.attrs["data-pagefind-filter"] for s in page.all("span")
              if s.attrs.get("data-pagefind-filter", "").startswith("Locatie:")]  # fmt: skip
    assert values == ["Locatie:Amsterdam"]


def test_a_story_and_the_jobs_in_its_city_share_the_search_location_value(site):
    # The search page's location filter holds stories and jobs: a story in
    # "Den Haag" and the jobs in "The Hague" were two values of it, and a
    # seeker who picked the jobs' city never saw the story of a colleague there.
    _job_copies(site, dict.fromkeys(("601", "602"), '{city: "The Hague", country: NL}'))
    story = site / "content" / "interviews" / "anna-de-boer.md"
    story.write_text(
        story.read_text(encoding="utf-8").replace("location: Utrecht", "location: Den Haag"),
        encoding="utf-8",
    )
    out = build(site / "pelicanconf.py", site / "output").output

    def values(url):
        page = read_page(out, url)
        return {
            e.attrs["data-pagefind-filter"].split(":", 1)[1] if ":" in e.attrs[
                "data-pagefind-filter"] else e.text
            for e in page.elements
            if e.attrs.get("data-pagefind-filter", "").startswith("Locatie")
        }  # fmt: skip

    assert values("vacancies/601/") == {"The Hague"}
    assert values("stories/anna-de-boer/") == {"The Hague"}
    assert "Den Haag" in read_page(out, "stories/anna-de-boer/").html


def test_a_remote_job_with_a_city_is_found_under_remote_in_both_filters(site):
    # {city: Amsterdam, remote: true} (a feed's "Amsterdam (Remote)"): its
    # page says "Amsterdam · Op afstand" and its JobPosting TELECOMMUTE, but
    # the location filters had it under Amsterdam only; a seeker who chose
    # "Op afstand" never saw it.
    jobs = site / "content" / "vacancies"
    (jobs / "remote-developer.yml").unlink()
    job = jobs / "data-engineer.yml"
    job.write_text(
        job.read_text(encoding="utf-8").replace(
            "location: {city: Utrecht, country: NL}",
            "location: {city: Amsterdam, remote: true, country: NL}",
        ),
        encoding="utf-8",
    )
    out = build(site / "pelicanconf.py", site / "output").output
    listing = read_page(out, "vacancies/")
    options = _location_options(listing)
    assert options == {"amsterdam": "Amsterdam", "remote": "Op afstand"}
    (item,) = listing.all("li", "job")
    assert item.attrs["data-location"].split() == ["amsterdam", "remote"]
    page = read_page(out, "vacancies/501/")
    values = [s.attrs["data-pagefind-filter"] for s in page.all("span")
              if s.attrs.get("data-pagefind-filter", "").startswith("Locatie:")]  # fmt: skip
    assert values == ["Locatie:Amsterdam", "Locatie:Op afstand"]


def test_an_ats_department_without_a_team_name_is_shown_by_its_own_name(ats, site):
    # A post of the ATS department "Data & Analytics", which PODIUM_TEAMS does
    # not name, showed its slug "data-analytics" to job seekers: in the job's
    # facts, on its page and as an option of the job list's team filter.
    feeds_dir = site / "content" / "vacancies" / "feeds"
    assert pull([ats.feed("greenhouse")], feeds_dir, now=NOW).ok
    conf = site / "pelicanconf.py"
    conf.write_text(
        conf.read_text(encoding="utf-8").replace("2026-06-01", NOW.date().isoformat()),
        encoding="utf-8",
    )
    out = build(site / "pelicanconf.py", site / "output").output
    listing = read_page(out, "vacancies/")
    (select,) = [s for s in listing.all("select") if s.attrs.get("id") == "filter-team"]
    options = {o.attrs["value"]: o.text for o in select.children if o.attrs.get("value")}
    assert options["data-analytics"] == "Data & Analytics"
    assert options["engineering"] == "Techniek"  # PODIUM_TEAMS still names its own
    facts = [p.text for p in listing.all("p", "job__facts")]
    assert not any("data-analytics" in text for text in facts), facts
    page = read_page(out, "vacancies/4012002/")
    (kicker,) = [s for s in page.all("span") if "Team:" in s.attrs.get("data-pagefind-filter", "")]
    assert kicker.text == "Data & Analytics"
    assert kicker.attrs["data-pagefind-filter"] == "Team:Data &amp; Analytics"  # filter_value


def test_two_stories_in_one_city_by_two_of_its_names_are_one_search_value(site):
    # Where no job is in that city, a story in "Den Haag" and one in "The
    # Hague" were still two values of the search page's location filter.
    content = site / "content"
    anna = content / "interviews" / "anna-de-boer.md"
    anna.write_text(
        anna.read_text(encoding="utf-8").replace("location: Utrecht", "location: Den Haag"),
        encoding="utf-8",
    )
    ben = content / "columns" / "ben-bakker.md"
    ben.write_text(
        ben.read_text(encoding="utf-8").replace(
            "team: support\n", "team: support\nlocation: The Hague\n"
        ),
        encoding="utf-8",
    )
    out = build(site / "pelicanconf.py", site / "output").output
    values = set()
    for url in ("stories/anna-de-boer/", "stories/ben-bakker/"):
        page = read_page(out, url)
        values |= {e.attrs["data-pagefind-filter"] for e in page.elements
                   if e.attrs.get("data-pagefind-filter", "").startswith("Locatie")}  # fmt: skip
    assert values == {"Locatie:Den Haag"}, values


def test_places_of_one_name_in_two_countries_are_two_filter_options(site):
    # Bergen in Norway and Bergen in Noord-Holland were one option "Bergen" of
    # the location filters: a seeker in Norway who picked it got the Dutch job
    # too. Each is an option of its own, named with its country; a city no
    # other country shares keeps its key and name ("utrecht", as links say).
    _job_copies(
        site, {"601": "{city: Bergen, country: NL}", "602": '{city: Bergen, country: "NO"}'}
    )
    out = build(site / "pelicanconf.py", site / "output").output
    listing = read_page(out, "vacancies/")
    options = _location_options(listing)
    assert options["bergen-nl"] == "Bergen (Nederland)", options
    assert options["bergen-no"] == "Bergen (Noorwegen)", options
    assert "bergen" not in options and options["utrecht"] == "Utrecht"
    keys = {li.attrs["data-location"] for li in listing.all("li", "job")}
    assert {"bergen-nl", "bergen-no", "utrecht"} <= keys
    for number, name in (("601", "Bergen (Nederland)"), ("602", "Bergen (Noorwegen)")):
        page = read_page(out, f"vacancies/{number}/")
        values = [s.attrs["data-pagefind-filter"] for s in page.all("span")
                  if s.attrs.get("data-pagefind-filter", "").startswith("Locatie:")]  # fmt: skip
        assert values == [f"Locatie:{name}"]


def test_remote_jobs_in_several_countries_are_an_option_a_country_or_union(site):
    # {remote: true, country: NL}, {remote: true, region: TX, country: US} and
    # a job open in all the EU were one option "Op afstand": a seeker in
    # Rotterdam who picked it got the Texan job. As Greenhouse and Lever boards
    # ("Remote - US", "Remote - EU"): one option a country, the EU one (not
    # 27), and the EU job also under the Netherlands, where it may be done.
    from podium_vacancies.countries import EU

    jobs = site / "content" / "vacancies"
    text = (jobs / "data-engineer.yml").read_text(encoding="utf-8")
    eu = "[" + ", ".join(f"{{remote: true, country: {c}}}" for c in EU) + "]"
    _job_copies(site, {"603": "{remote: true, country: NL}",
                       "604": "{remote: true, region: TX, country: US}", "605": eu})  # fmt: skip
    # A story's "location: Op afstand" (or Remote) takes the option of most
    # of its team's remote jobs; in its own words it was a value of its own.
    story = site / "content" / "interviews" / "anna-de-boer.md"
    text = story.read_text(encoding="utf-8")
    story.write_text(text.replace("location: Utrecht", "location: Op afstand"), encoding="utf-8")
    out = build(site / "pelicanconf.py", site / "output").output
    page = read_page(out, "stories/anna-de-boer/")
    values = [d.attrs["data-pagefind-filter"] for d in page.all("dd")
              if d.attrs.get("data-pagefind-filter", "").startswith("Locatie:")]  # fmt: skip
    assert values == ["Locatie:Op afstand (Nederland)"]
    listing = read_page(out, "vacancies/")
    options = _location_options(listing)
    assert "remote" not in options, options
    assert options["remote-nl"] == "Op afstand (Nederland)", options
    assert options["remote-us"] == "Op afstand (Verenigde Staten)", options
    assert options["remote-eu"] == "Op afstand (EU)", options
    assert len([key for key in options if key.startswith("remote")]) == 3, options
    for number, keys, names in (
        ("603", ["remote-nl"], ["Op afstand (Nederland)"]),
        ("604", ["remote-us"], ["Op afstand (Verenigde Staten)"]),
        ("605", ["remote-eu", "remote-nl"], ["Op afstand (EU)", "Op afstand (Nederland)"]),
    ):
        (item,) = [li for li in listing.html.split('<li class="job"')[1:]
                   if f"/vacancies/{number}/" in li.split("</li>")[0]]  # fmt: skip
        assert sorted(re.search(r'data-location="([^"]*)"', item)[1].split()) == keys
        page = read_page(out, f"vacancies/{number}/")
        values = [s.attrs["data-pagefind-filter"] for s in page.all("span")
                  if s.attrs.get("data-pagefind-filter", "").startswith("Locatie:")]  # fmt: skip
        assert sorted(values) == [f"Locatie:{name}" for name in names]


def test_a_story_in_a_city_of_two_countries_is_under_one_of_its_options(site):
    # A story's "location: Bergen" on a hub with jobs in both Bergens was a
    # third value "Bergen" of the search page's location filter, beside
    # "Bergen (Nederland)" and "Bergen (Noorwegen)": a story names no country.
    # It takes the country of its team's jobs there (Anna is in engineering).
    _job_copies(site, BERGENS, teams={"601": "support"})
    story = site / "content" / "interviews" / "anna-de-boer.md"
    text = story.read_text(encoding="utf-8")
    story.write_text(text.replace("location: Utrecht", "location: Bergen"), encoding="utf-8")
    out = build(site / "pelicanconf.py", site / "output").output
    page = read_page(out, "stories/anna-de-boer/")
    values = [d.attrs["data-pagefind-filter"] for d in page.all("dd")
              if d.attrs.get("data-pagefind-filter", "").startswith("Locatie:")]  # fmt: skip
    assert values == ["Locatie:Bergen (Noorwegen)"]


def test_a_closed_job_reopened_under_a_new_id_links_to_it(site):
    # An ATS that reposts a job gives it a new id: the old page, in shared
    # links and search results, said only "this role is closed" while the same
    # job (title, team, places) was open at another address. It now says the
    # role is open again and links there; another job's closed page does not.
    jobs = site / "content" / "vacancies"
    text = (jobs / "closed-support.yml").read_text(encoding="utf-8")
    (jobs / "job-703.yml").write_text(
        text.replace('id: "503"', 'id: "703"')
        .replace("date_posted: 2026-01-10", "date_posted: 2026-04-02")
        .replace("valid_through: 2026-03-31", "valid_through: 2026-12-31"),
        encoding="utf-8",
    )
    out = build(site / "pelicanconf.py", site / "output").output
    page = read_page(out, "vacancies/503/")
    links = [a.attrs.get("href", "") for a in page.all("a")]
    assert any(href.endswith("/vacancies/703/") for href in links), links
    assert "Deze vacature staat opnieuw open:" in page.html
    other = site / "content" / "vacancies" / "job-703.yml"
    other.write_text(
        other.read_text(encoding="utf-8").replace("{city: Zwolle", "{city: Deventer"),
        encoding="utf-8",
    )
    out = build(site / "pelicanconf.py", site / "output").output
    assert "/vacancies/703/" not in read_page(out, "vacancies/503/").html


def test_a_remote_job_open_in_several_countries_is_open_in_each(ats, tmp_path):
    # "Remote (Netherlands, Belgium)" went to Google as Belgium alone (the
    # last country named), so a seeker in the Netherlands never found it.
    from podium_render.filters import job_locations

    vacancy = _pulled_greenhouse_job(ats, tmp_path, "Remote (Netherlands, Belgium)")
    data = job_posting(vacancy, "u", ORG)
    assert data["applicantLocationRequirements"] == [
        {"@type": "Country", "name": "NL"},
        {"@type": "Country", "name": "BE"},
    ]
    assert "jobLocation" not in data
    assert job_locations(vacancy.locations, "en") == "Remote (Netherlands, Belgium)"


@pytest.mark.parametrize(
    ("location", "states"),
    [("Remote - Texas, California", ["Texas", "California"]),
     ("Remote (TX, NY)", ["Texas", "New York"]),
     ("Remote - Texas, US", "Texas"),
     # A state's name or code that is also a country's, then its country:
     # the state, not two countries.
     ("Remote - Georgia, USA", "Georgia"),
     ("Remote - DE, US", "Delaware")],
)  # fmt: skip
def test_a_remote_job_open_in_several_states_is_open_in_each(ats, tmp_path, location, states):
    vacancy = _pulled_us_lever_job(ats, tmp_path, location)
    required = job_posting(vacancy, "u", ORG)["applicantLocationRequirements"]
    if isinstance(states, str):
        assert required == {"@type": "State", "name": states}
    else:
        assert required == [{"@type": "State", "name": name} for name in states]


def test_a_job_in_forty_cities_shows_six_places_and_how_many_more(site):
    # Remote countries were shortened past six, cities not: 40 cities made one
    # line of 427 characters on the job list and the job's page. The page has
    # the rest one click away; the JobPosting and the filters keep every one.
    cities = [line for line in (Path(podium_vacancies.__file__).parent
              / "nl_municipalities.txt").read_text("utf-8").splitlines()
              if line and not line.startswith("#") and "=" not in line][:40]  # fmt: skip
    assert len(cities) == 40
    places = "".join(f'\n  - {{city: "{city}", country: NL}}' for city in cities)
    remote = "\n  - {remote: true, country: NL}"  # last, and never among the hidden
    out, page, posting = _built_with_location(site, "location:" + places + remote)
    assert [p["address"]["addressLocality"] for p in posting["jobLocation"]] == cities
    shown = "; ".join(f"{city} (Nederland)" for city in cities[:4])
    assert page.one("summary").text == shown + "; Op afstand (Nederland) en 36 andere plaatsen"
    every = "; ".join(f"{city} (Nederland)" for city in cities) + "; Op afstand (Nederland)"
    assert every in page.one("details").text
    listing = read_page(out, "vacancies/")
    (item,) = [li for li in listing.all("li", "job") if "Data engineer" in li.text]
    assert len(item.attrs["data-location"].split()) == 41
    (facts,) = [child for child in item.children if child.tag == "p"]
    line = "; ".join(cities[:4]) + "; Op afstand (Nederland) en 36 andere plaatsen,"
    assert facts.children[0].text == line
    assert cities[-1] not in item.text


def test_a_story_links_a_job_by_its_id_in_any_case(site, caplog):
    # Ids are one by their case-folded form (one folder on macOS and Windows
    # disks, one job across pulls); a story's "vacancies: [de-501]" for the
    # job "DE-501" was told the job "does not exist", and linked nothing.
    job = site / "content" / "vacancies" / "data-engineer.yml"
    job.write_text(job.read_text("utf-8").replace('id: "501"', 'id: "DE-501"'), "utf-8")
    story = site / "content" / "interviews" / "anna-de-boer.md"
    text = story.read_text("utf-8").replace('vacancies: ["503"]', 'vacancies: ["de-501"]')
    story.write_text(text, "utf-8")
    out = build(site / "pelicanconf.py", site / "output").output
    assert not [m for m in caplog.messages if "de-501" in m], caplog.messages
    feed = json.loads((out / "stories.json").read_text("utf-8"))
    (anna,) = [item for item in feed["items"] if "anna-de-boer" in item["url"]]
    assert anna["_podium"]["vacancies"][0] == "DE-501"
