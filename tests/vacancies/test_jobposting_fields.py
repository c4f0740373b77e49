"""What reaches JobPosting: only what the employer said (type, directApply, pay, dates)."""

from __future__ import annotations

import json

from podium_render.jobposting import job_posting, organization
from podium_vacancies import load_all, load_vacancy_file, pull

from .conftest import NOW

ORG = organization("Helder Energie", "https://werkenbij.example/", (), "https://x.example/l.svg")
JOB = """\
id: "7001"
title: Monteur warmtepompen
location: {city: Utrecht, country: NL}
date_posted: 2026-10-01
apply_url: https://example.com/apply/7001
description: Je installeert warmtepompen.
"""


def test_a_vacancy_without_employment_type_has_none_in_jobposting(tmp_path):
    path = tmp_path / "job.yml"
    path.write_text(JOB, encoding="utf-8")
    vacancy = load_vacancy_file(path, ("nl", "en"))
    assert vacancy.employment_type == () and vacancy.direct_apply is False
    data = job_posting(vacancy, "https://werkenbij.example/vacancies/7001/", ORG)
    assert "employmentType" not in data and data["directApply"] is False
    assert data["hiringOrganization"] == {
        "@type": "Organization",
        "name": "Helder Energie",
        "sameAs": "https://werkenbij.example/",
        "logo": "https://x.example/l.svg",
    }


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
