"""Hand-written vacancy files: every mistake is one line naming the file, line and field."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest

from podium.errors import ContentError
from podium_vacancies import load_all, load_vacancy_file
from podium_vacancies.html import sanitise, to_text

LANGS = ("nl", "en")
TODAY = dt.date(2026, 11, 22)
REPO_CONTENT = Path(__file__).resolve().parents[2] / "content"
LINE_RE = re.compile(r"^content/vacancies/[\w.-]+:\d+: error: [^\n]+$")

GOOD = """\
id: "4012"
title: Senior backend developer
team: engineering
location: {city: Amsterdam, country: NL}
employment_type: FULL_TIME
date_posted: 2026-10-01
valid_through: 2026-12-31
apply_url: https://example.com/apply/4012
salary: {min: 4200, max: 5600, currency: EUR, unit: MONTH}
themes: [tech]
lang: nl
description: |
  Markdown **tekst**.
"""


def write(tmp_path: Path, text: str, name: str = "job.yml") -> Path:
    folder = tmp_path / "content" / "vacancies"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def load(tmp_path: Path, text: str):
    path = write(tmp_path, text)
    return load_vacancy_file(path, LANGS, tmp_path / "content")


def errors(tmp_path: Path, text: str) -> list[str]:
    with pytest.raises(ContentError) as info:
        load(tmp_path, text)
    return [i.format() for i in info.value.issues]


def test_good_file_loads_into_the_model(tmp_path):
    v = load(tmp_path, GOOD)
    assert v.id == "4012" and v.title == "Senior backend developer"
    assert v.location.city == "Amsterdam" and v.location.country == "NL"
    assert not v.location.remote
    assert v.date_posted == dt.date(2026, 10, 1) and v.valid_through == dt.date(2026, 12, 31)
    assert v.salary.min == 4200 and v.salary.unit == "MONTH"
    assert v.themes == ("tech",) and v.lang == "nl"
    assert v.description_html == "<p>Markdown <strong>tekst</strong>.</p>"
    assert v.description_text == "Markdown tekst."
    assert v.source == "content/vacancies/job.yml" and v.source_line == 1
    assert v.feed_status is None


def test_remote_location_and_defaults(tmp_path):
    text = GOOD.replace("{city: Amsterdam, country: NL}", "{remote: true, country: nl}")
    text = text.replace("lang: nl\n", "").replace("salary:", "#salary:")
    v = load(tmp_path, text)
    assert v.location == type(v.location)(city=None, country="NL", remote=True)
    assert v.lang == "nl"  # the site's default language
    assert v.salary is None


@pytest.mark.parametrize(
    ("place", "key", "typed"),
    [
        ("{city: Oslo, country: NO}", "country", "NO"),
        ("[{city: Toronto, region: ON, country: CA}]", "region", "ON"),
    ],
)
def test_norway_or_ontario_unquoted_is_read_as_written(tmp_path, place, key, typed):
    # YAML 1.1 read NO and ON as false and true (and the writer was told to
    # quote them); only true and false are booleans now, as in YAML 1.2.
    vacancy = load(tmp_path, GOOD.replace("{city: Amsterdam, country: NL}", place))
    assert typed in repr(vacancy.locations), vacancy.locations


def test_pay_with_cents_or_a_dot_that_is_a_decimal_point_is_kept(tmp_path):
    salary = "salary: {min: 4200, max: 5600, currency: EUR, unit: MONTH}"
    assert salary in GOOD
    for written, low in (("min: 21.50", 21.5), ("min: 4.2", 4.2), ("min: 3000.25", 3000.25)):
        text = GOOD.replace(salary, f"salary: {{{written}, max: 5600, currency: EUR, unit: HOUR}}")
        assert load(tmp_path, text).salary.min == low


def test_bare_number_id_becomes_text(tmp_path):
    assert load(tmp_path, GOOD.replace('id: "4012"', "id: 4012")).id == "4012"


def test_description_is_sanitised(tmp_path):
    body = (
        'description: |\n  Hoi <script>alert(1)</script><b onclick="x()">vet</b>\n\n'
        "  [klik](javascript:alert(1)) [site](https://helder-energie.nl)\n"
        '  <img src="https://tracker.example/p.gif">\n'
    )
    v = load(tmp_path, GOOD.split("description:")[0] + body)
    html = v.description_html
    assert "<script" not in html and "alert" not in html and "onclick" not in html
    assert "javascript:" not in html and "<img" not in html
    assert '<a href="https://helder-energie.nl" rel="noopener noreferrer">site</a>' in html


BAD = [
    ("title: Senior backend developer\n", "", 1, 'missing required field "title"'),
    ("country: NL}", "country: Netherlands}", 4, '"location.country" must be an ISO 3166'),
    ("country: NL}", "country: XX}", 4, 'not "XX"'),
    ("{city: Amsterdam, country: NL}", "{country: NL}", 4, 'needs "city"'),
    ("{city: Amsterdam, country: NL}", "Amsterdam", 4, '"location" must be a mapping like'),
    (
        "{city: Amsterdam, country: NL}",
        "{city: A, country: NL, remot: true}",
        4,
        'unknown field "location.remot" (did you mean "remote"?)',
    ),
    ("FULL_TIME", "full-time", 5, 'not "full-time" (did you mean "FULL_TIME"?)'),
    # "end the value with '" would have made the city "s-Hertogenbosch".
    (
        "{city: Amsterdam, country: NL}",
        "{city: 's-Hertogenbosch, country: NL}",
        4,
        "the ' is part of the text, so put the whole value in double quotes: "
        'city: "\'s-Hertogenbosch"',
    ),
    (
        "date_posted: 2026-10-01",
        "date_posted: 2026-02-30",
        6,
        'field "date_posted" must be a real date as YYYY-MM-DD, not "2026-02-30"',
    ),
    (
        "valid_through: 2026-12-31",
        "valid_through: 2026-09-01",
        7,
        '"valid_through" (2026-09-01) must not be before "date_posted" (2026-10-01)',
    ),
    (
        "https://example.com/apply/4012",
        "javascript:alert(1)",
        8,
        '"apply_url" must be a web address starting with https://',
    ),
    ("https://example.com/apply/4012", "ftp://example.com/x", 8, 'not "ftp://example.com/x"'),
    (
        "min: 4200, max: 5600",
        "min: 5600, max: 4200",
        9,
        '"salary.max" (4200) must not be less than "salary.min" (5600)',
    ),
    ("unit: MONTH", "unit: monthly", 9, '"salary.unit" must be one of'),
    # One value got "did you mean", a list of them none: the writer was left to
    # guess that "full-time" is spelt FULL_TIME.
    (
        "employment_type: FULL_TIME",
        "employment_type: [full-time, Part time]",
        5,
        'such as [FULL_TIME, PART_TIME], not "full-time" (did you mean [FULL_TIME, PART_TIME]?)',
    ),
    ("currency: EUR", "currency: euro", 9, '"salary.currency" must be a three-letter ISO 4217'),
    # Three capitals is not enough: JobPosting's baseSalary.currency must be a real code.
    ("currency: EUR", "currency: EUO", 9, 'ISO 4217 code such as "EUR", not "EUO"'),
    ("currency: EUR", "currency: eur", 9, 'not "eur" (did you mean "EUR"?)'),
    # The sign on a price tag: said only "must be a three-letter ISO 4217 code".
    ("currency: EUR", "currency: €", 9, 'not "€" (did you mean "EUR"?)'),
    ("currency: EUR", "currency: euro", 9, 'not "euro" (did you mean "EUR"?)'),
    ("currency: EUR", "currency: $", 9, 'ISO 4217 code such as "EUR", not "$"'),
    # Left out, it was "(text)": the writer was not told what a currency is written as.
    (
        "currency: EUR, ",
        "",
        9,
        'missing required field "salary.currency" (a three-letter ISO 4217 code such as "EUR")',
    ),
    ("min: 4200", "min: veel", 9, '"salary.min" must be a number'),
    ("min: 4200, max: 5600", "min: 0, max: 5600", 9, '"salary.min" must be a number above 0'),
    # Thirty digits (a paste gone wrong) was published as the JobPosting's baseSalary.
    (
        "min: 4200, max: 5600",
        "min: 4200, max: 560000000000000000000000000000",
        9,
        'field "salary.max" (5.6e+29) is no pay: it must be less than 1,000,000,000,000 in any '
        "currency and period; give the pay itself, like 4200",
    ),
    (
        "min: 4200, max: 5600",
        "min: 4200, max: 1.0e+308",
        9,
        'field "salary.max" (1e+308) is no pay: it must be less than 1,000,000,000,000',
    ),
    # A fraction of a cent: the page showed "€ 3.000,55", the JobPosting 3000.555.
    (
        "min: 4200, max: 5600",
        "min: 3000.555, max: 5600",
        9,
        'field "salary.min" must be an amount in whole cents, like 3000.55, not "3000.555"',
    ),
    # A Dutch thousands separator: 4.2 to YAML, published as "€ 4,20 per maand"
    # (and in the JobPosting) without a word.
    (
        "min: 4200, max: 5600",
        "min: 4200, max: 5.600",
        9,
        'field "salary.max" is 5.6 as written ("5.600"): in YAML a dot is the decimal point; '
        "write the amount without a thousands separator, like 5600",
    ),
    (
        "min: 4200, max: 5600",
        "min: 1.250.000, max: 5600",
        9,
        '"salary.min" must be a number above 0, like 4200, not "1.250.000"; write it without a '
        "thousands separator, 1250000",
    ),
    ("lang: nl", "lang: de", 11, '"lang" must be one of "nl", "en", not "de"'),
    ('id: "4012"', 'id: "40 12"', 1, 'field "id" must be 1 to 64 of the letters'),
    # Only ASCII letters name a folder on every host; "letters" alone invited "café".
    ('id: "4012"', 'id: "café-1"', 1, 'letters a-z and A-Z, digits, "_" or "-"'),
    ('id: "4012"', "id: 0412", 1, 'field "id" 0412 reads as the number 266; put it in quotes'),
    ('id: "4012"', "id: 40.12", 1, 'put it in quotes, like id: "40.12"'),
    ("team: engineering", "team: Engineering Team", 3, '"team" must be a slug'),
    ("description: |\n  Markdown **tekst**.\n", "", 1, 'missing required field "description"'),
    # Nothing left once sanitised: JobPosting and vacancies.json would say "<p></p>".
    (
        "  Markdown **tekst**.\n",
        '  <script>alert(1)</script>\n  <img src="https://tracker.example/p.gif">\n',
        12,
        'field "description" has no text once scripts, images and other unsafe HTML are removed',
    ),
]


@pytest.mark.parametrize(("old", "new", "line", "message"), BAD)
def test_each_mistake_is_one_line_with_file_line_and_field(tmp_path, old, new, line, message):
    assert old in GOOD
    lines = errors(tmp_path, GOOD.replace(old, new, 1))
    assert len(lines) == 1, lines
    assert LINE_RE.match(lines[0]), lines[0]
    assert lines[0].startswith(f"content/vacancies/job.yml:{line}: error: "), lines[0]
    assert message in lines[0]


def test_misspelt_field_is_one_line_with_did_you_mean(tmp_path):
    # A typo is one mistake: the "did you mean" covers the missing field.
    lines = errors(tmp_path, GOOD.replace("title:", "titel:"))
    assert lines == [
        'content/vacancies/job.yml:2: error: unknown field "titel" (did you mean "title"?); '
        "valid fields are id, title, team, location, employment_type, date_posted, "
        "valid_through, apply_url, salary, themes, lang, description, direct_apply, updated",
    ]


@pytest.mark.parametrize(
    ("place", "line", "message"),
    [
        # The contract's "location: {city: Amsterdam, country: NL}   # or remote:
        # true with country", read as two fields of the vacancy: "unknown field
        # "remote"" and "field "location" needs "city" ..., or remote: true for a
        # remote job", the second asking for what the file already said.
        (
            "remote: true\nlocation: {country: NL}",
            4,
            'field "remote" belongs in "location": write location: {country: NL, remote: true}',
        ),
        # A flat export (city and country beside the title): "unknown field" twice
        # and "missing required field "location"".
        (
            "city: Utrecht\ncountry: NL",
            4,
            'fields "city" and "country" belong in "location": '
            "write location: {city: Utrecht, country: NL}",
        ),
    ],
)
def test_a_place_written_beside_location_says_to_put_it_in_location(tmp_path, place, line, message):
    lines = errors(tmp_path, GOOD.replace("location: {city: Amsterdam, country: NL}", place))
    assert lines == [f"content/vacancies/job.yml:{line}: error: {message}"]


def test_all_problems_of_a_file_are_reported_together(tmp_path):
    text = GOOD.replace("FULL_TIME", "HALF_TIME").replace("country: NL", "country: NLD")
    text = text.replace("lang: nl", "lang: fr")
    lines = errors(tmp_path, text)
    assert len(lines) == 3
    assert [line.split(":")[1] for line in lines] == ["4", "5", "11"]


def test_a_key_given_twice_is_reported_with_the_other_mistakes(tmp_path):
    text = GOOD.replace("team: engineering", "team: engineering\nteam: sales")
    lines = errors(tmp_path, text.replace("FULL_TIME", "HALF_TIME"))
    assert [line.split(":")[1] for line in lines] == ["4", "6"], lines
    assert 'field "team" is given twice (lines 3 and 4)' in lines[0]


def test_invalid_yaml_is_one_line(tmp_path):
    lines = errors(tmp_path, GOOD.replace("team: engineering", "team: [engineering"))
    assert (
        len(lines) == 1
        and "the list opened with [ on this line is not closed" in lines[0]
        and "\n" not in lines[0]
    )


def test_duplicate_ids_name_both_sources(tmp_path):
    write(tmp_path, GOOD, "a.yml")
    write(tmp_path, GOOD.replace("Senior", "Junior"), "b.yml")
    with pytest.raises(ContentError) as info:
        load_all(tmp_path / "content", LANGS, TODAY)
    (line,) = [i.format() for i in info.value.issues]
    assert line == (
        'content/vacancies/b.yml:1: error: vacancy id "4012" is also used by '
        "content/vacancies/a.yml:1; every vacancy needs its own id"
    )


def test_yaml_extension_is_reported_not_ignored(tmp_path):
    write(tmp_path, GOOD, "job.yaml")
    with pytest.raises(ContentError, match=r'must end in "\.yml"; rename it to "job\.yml"'):
        load_all(tmp_path / "content", LANGS, TODAY)


def test_load_all_without_vacancies_folder_is_empty(tmp_path):
    assert load_all(tmp_path, LANGS, TODAY).vacancies == ()


def _one_record_snapshot_error(tmp_path: Path, title: str, date_posted: str) -> str:
    """The one line a snapshot of one record (written with ``title`` and
    ``date_posted`` as JSON values) gets from loading it."""
    feeds = tmp_path / "content" / "vacancies" / "feeds"
    feeds.mkdir(parents=True)
    (feeds / "x.json").write_text(
        '{\n  "vacancies": [\n    {\n      "id": "1",\n      "title": ' + title + ",\n"
        '      "location": {"country": "NL", "remote": true},\n'
        '      "employment_type": "FULL_TIME",\n      "date_posted": ' + date_posted + ",\n"
        '      "apply_url": "https://x.nl", "description": "<p>x</p>"\n    }\n  ]\n}\n'
    )
    with pytest.raises(ContentError) as info:
        load_all(tmp_path / "content", LANGS, TODAY)
    (line,) = [i.format() for i in info.value.issues]
    return line


def test_a_snapshot_saved_with_a_byte_order_mark_is_read(tmp_path):
    # An editor on Windows saved it with a BOM: "invalid JSON: Unexpected UTF-8 BOM
    # (decode using utf-8-sig)", Python's words; stories and YAML read past one.
    _one_record_snapshot_error(tmp_path, '"A"', '"2026-13-01"')
    snapshot = tmp_path / "content" / "vacancies" / "feeds" / "x.json"
    good = snapshot.read_text().replace("2026-13-01", "2026-01-05")
    snapshot.write_text("\ufeff" + good, encoding="utf-8")
    (vacancy,) = load_all(tmp_path / "content", LANGS, TODAY).vacancies
    assert vacancy.title == "A"


@pytest.mark.parametrize(
    ("feed_url", "apply_url", "refused"),
    [
        ("https://helder.recruitee.com/api/offers/", "https://127.0.0.1/apply", True),
        (None, "https://localhost:8080/apply", True),
        # A feed's posts on its own host are the ATS's (a test's ATS on 127.0.0.1).
        ("http://127.0.0.1:8765/api/offers/", "http://127.0.0.1:8765/o/x", False),
    ],
)
def test_a_snapshot_edited_to_apply_where_no_job_seeker_reaches_is_an_error(
    tmp_path, feed_url, apply_url, refused
):
    """The pull skips such a post, but a snapshot is a file in content/: one
    edited by hand in a pull request published a localhost Apply button."""
    feeds = tmp_path / "content" / "vacancies" / "feeds"
    feeds.mkdir(parents=True)
    record = {
        "id": "1", "title": "Monteur", "location": {"country": "NL", "remote": True},
        "employment_type": "FULL_TIME", "date_posted": "2026-10-01",
        "apply_url": apply_url, "description": "<p>x</p>",
    }  # fmt: skip
    snapshot = {"vacancies": [record], **({"url": feed_url} if feed_url else {})}
    (feeds / "x.json").write_text(json.dumps(snapshot, indent=2), encoding="utf-8")
    if not refused:
        (vacancy,) = load_all(tmp_path / "content", LANGS, TODAY).vacancies
        assert vacancy.apply_url == apply_url
        return
    with pytest.raises(ContentError) as info:
        load_all(tmp_path / "content", LANGS, TODAY)
    (line,) = [i.format() for i in info.value.issues]
    assert line.startswith("content/vacancies/feeds/x.json:") and "apply_url" in line, line
    assert "must be a public web address job seekers can open" in line, line


def test_broken_snapshot_record_points_at_its_line(tmp_path):
    line = _one_record_snapshot_error(tmp_path, '"A"', '"2026-13-01"')
    assert line.startswith("content/vacancies/feeds/x.json:4: error: ")
    assert '"date_posted" must be a real date' in line


@pytest.mark.parametrize(
    ("title", "said"),
    [
        ('["Monteur \\"zon\\"", "x"]', 'like "title": "Monteur \\"zon\\""'),
        ('{"nl": "Monteur: zon"}', 'like "title": "Monteur: zon"'),
        ("[1, 2]", 'write the text itself after "title":, without brackets or braces'),
    ],
)
def test_a_snapshot_field_given_a_list_is_told_how_to_write_it_in_json(tmp_path, title, said):
    # The hint was written in YAML ("title: Monteur") in a JSON file too.
    line = _one_record_snapshot_error(tmp_path, title, '"2026-10-01"')
    assert line.startswith('content/vacancies/feeds/x.json:4: error: field "title" must be text')
    assert line.endswith(said), line


def test_a_snapshot_whose_fetched_at_is_no_moment_says_its_age_is_unknown(tmp_path):
    # Edited by hand into "gisteren", fetched_at was dropped without a word: the
    # snapshot had no age, so its jobs were never taken down as stale.
    from podium_vacancies.load import read_all

    feeds = tmp_path / "content" / "vacancies" / "feeds"
    feeds.mkdir(parents=True)
    (feeds / "x.json").write_text(
        '{\n  "feed": "x",\n  "fetched_at": "gisteren",\n  "vacancies": [\n    {\n'
        '      "id": "1", "title": "A", "lang": "nl",\n'
        '      "location": {"country": "NL", "remote": true},\n'
        '      "employment_type": "FULL_TIME", "date_posted": "2026-10-01",\n'
        '      "apply_url": "https://x.nl", "description": "<p>x</p>"\n    }\n  ]\n}\n'
    )
    found, issues = read_all(tmp_path / "content", LANGS, TODAY)
    assert [i.format() for i in issues] == [
        'content/vacancies/feeds/x.json:3: warning: field "fetched_at" "gisteren" is not a '
        'moment like "2026-11-22T06:00:00Z"; the snapshot\'s age is unknown, so while its '
        "feed's pulls fail it is as old as the first failed pull: pull the feed again "
        "(podium vacancies pull)"
    ]
    # A warning: the job is read and published as before.
    assert [v.id for v in found.vacancies] == ["1"] and not found.unreadable


@pytest.mark.parametrize(
    ("fetched_at", "age_known"),
    [("2099-01-01T06:00:00Z", False), ("2026-11-23T20:00:00Z", True)],  # a day ahead: skew
)
def test_a_snapshot_fetched_in_the_future_says_its_age_is_unknown(tmp_path, fetched_at, age_known):
    # "2099-01-01T06:00:00Z" (a hand edit, a wrong clock) was a snapshot always
    # fresh: its feed's pulls could fail for months, its jobs were never taken
    # down as stale (podium_vacancies.stale), and nothing said so.
    from podium_vacancies.load import read_all

    feeds = tmp_path / "content" / "vacancies" / "feeds"
    feeds.mkdir(parents=True)
    (feeds / "x.json").write_text(
        f'{{\n  "feed": "x",\n  "fetched_at": "{fetched_at}",\n  "vacancies": [\n    {{\n'
        '      "id": "1", "title": "A", "lang": "nl",\n'
        '      "location": {"country": "NL", "remote": true},\n'
        '      "employment_type": "FULL_TIME", "date_posted": "2026-10-01",\n'
        '      "apply_url": "https://x.nl", "description": "<p>x</p>"\n    }\n  ]\n}\n'
    )
    found, issues = read_all(tmp_path / "content", LANGS, TODAY)
    if age_known:
        assert issues == [] and len(found.pulled) == 1
        return
    assert [i.format() for i in issues] == [
        'content/vacancies/feeds/x.json:3: warning: field "fetched_at" "2099-01-01T06:00:00Z" '
        "is after today (2026-11-22); the snapshot's age is unknown, so while its feed's pulls "
        "fail it is as old as the first failed pull: pull the feed again (podium vacancies "
        "pull), or give the moment of its last pull"
    ]
    ((pulled,),) = [found.pulled]
    assert pulled.fetched_at is None and [v.id for v in found.vacancies] == ["1"]


@pytest.mark.parametrize(
    ("make", "said"),
    [
        (lambda p: p.symlink_to(p.name), "snapshot is a symlink loop"),
        (lambda p: p.symlink_to("/dev/zero"), "snapshot is a symlink that points outside content/"),
        (lambda p: os.mkfifo(p), "snapshot is a FIFO (named pipe), not a regular file"),
        (lambda p: p.symlink_to("nope.json"), "snapshot does not exist"),
    ],
    ids=["loop", "dev-zero", "fifo", "dangling"],
)
def test_a_snapshot_that_is_no_file_is_one_line_and_never_read(tmp_path, monkeypatch, make, said):
    # A link loop ended the build in "podium: error: OSError: [Errno 40] Too many
    # levels of symbolic links"; a link to /dev/zero was read whole, until the
    # machine ran out of memory, and a FIFO was waited on for ever.
    feeds = tmp_path / "content" / "vacancies" / "feeds"
    feeds.mkdir(parents=True)
    make(feeds / "x.json")
    read_whole = Path.read_bytes

    def read_bytes(self):
        assert self.is_file() and not self.is_symlink(), f"read whole: {self}"
        return read_whole(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    with pytest.raises(ContentError) as info:
        load_all(tmp_path / "content", LANGS, TODAY)
    assert [i.format() for i in info.value.issues] == [
        f"content/vacancies/feeds/x.json: error: {said}"
    ]


def test_a_vacancy_linked_out_of_content_is_never_read_by_any_reader(tmp_path):
    # The build's tree check refuses such a link and skips it, but the other readers
    # (load_all for the editor's vacancy choices, the pull's id scan, the previous
    # snapshot) opened out.yml -> a file of the machine and quoted its values in
    # their errors: 'field "location" must be a mapping ..., not "hunter2-place"'.
    from podium_vacancies.pull import ids_elsewhere
    from podium_vacancies.snapshot import read_previous

    secret = tmp_path / "machine.yml"
    secret.write_text("id: 7\ntitle: Geheim\nlocation: hunter2-place\n", encoding="utf-8")
    feeds = tmp_path / "content" / "vacancies" / "feeds"
    feeds.mkdir(parents=True)
    (feeds.parent / "out.yml").symlink_to(secret)
    (feeds / "x.json").symlink_to(secret)
    with pytest.raises(ContentError) as info:
        load_all(tmp_path / "content", LANGS, TODAY)
    assert sorted(i.format() for i in info.value.issues) == [
        "content/vacancies/feeds/x.json: error: snapshot is a symlink that points outside content/",
        "content/vacancies/out.yml: error: file is a symlink that points outside content/",
    ]
    assert ids_elsewhere(feeds, "other") == {}
    doc, warning = read_previous(feeds / "x.json")
    assert doc is None and "points outside content/" in warning and "hunter2" not in warning
    # A link to another file inside content/ is still read.
    (feeds.parent / "out.yml").unlink()
    (feeds / "x.json").unlink()
    inside = tmp_path / "content" / "elders.yml"
    inside.write_text("id: 7\n", encoding="utf-8")
    (feeds.parent / "in.yml").symlink_to(inside)
    assert ids_elsewhere(feeds, "other") == {"7": "content/vacancies/in.yml"}


def test_malformed_snapshot_is_one_line(tmp_path):
    feeds = tmp_path / "content" / "vacancies" / "feeds"
    feeds.mkdir(parents=True)
    (feeds / "x.json").write_text('{"vacancies": [\n')
    with pytest.raises(ContentError, match=r"^content/vacancies/feeds/x.json:2: error: invalid"):
        load_all(tmp_path / "content", LANGS, TODAY)


# -- is_open -------------------------------------------------------------------


@pytest.fixture
def vacancy(tmp_path):
    return load(tmp_path, GOOD)  # posted 2026-10-01, valid through 2026-12-31


def test_open_until_and_including_valid_through(vacancy):
    assert vacancy.is_open(dt.date(2026, 12, 31))
    assert not vacancy.is_open(dt.date(2027, 1, 1))


def test_open_without_valid_through(vacancy):
    assert replace(vacancy, valid_through=None).is_open(dt.date(2030, 1, 1))


def test_gone_from_feed_is_closed(vacancy):
    assert replace(vacancy, feed_status="present").is_open(TODAY)
    assert not replace(vacancy, feed_status="gone").is_open(TODAY)


def test_scheduled_vacancy_is_not_open_yet(vacancy):
    assert not vacancy.is_open(dt.date(2026, 9, 30))
    assert vacancy.is_scheduled(dt.date(2026, 9, 30))
    assert not vacancy.is_scheduled(vacancy.date_posted)


# -- the demo content -------------------------------------------------------------


def test_demo_content_loads_and_has_open_closed_and_remote():
    found = load_all(REPO_CONTENT, LANGS, TODAY)
    ids = found.by_id()
    hand_written = [v for v in found.vacancies if v.feed_status is None]
    assert len(hand_written) >= 8
    assert {v.lang for v in hand_written} == {"nl", "en"}
    assert ids["1007"] in found.closed  # valid_through 2026-06-30
    assert any(v.location.remote for v in found.open)
    assert any(v.salary for v in found.open)
    assert all(v.feed_status == "present" for v in found.vacancies if v.source.endswith(".json"))
    assert sum(1 for v in found.vacancies if v.source.endswith("recruitee-helder.json")) >= 2


def test_a_markdown_table_in_a_description_is_a_table(tmp_path):
    """The README (and the warning for an image) say a vacancy keeps tables, but
    a hand-written description's Markdown table came out as one paragraph of
    pipes: "| Uren | Salaris | |---|---| | 32-40 | € 3.200 |"."""
    table = "  | Uren | Salaris |\n  |---|---|\n  | 32-40 | € 3.200 |\n"
    v = load(tmp_path, GOOD + "\n" + table)
    assert "<table>" in v.description_html and "<div>Uren</div>" in v.description_html
    assert "|" not in v.description_html
    # Each header cell's words in a block (TableHeads) are still one line of text.
    assert "Uren Salaris\n32-40 € 3.200" in to_text(v.description_html)


def test_the_text_of_a_table_keeps_its_cells_apart():
    """The plain text (summary, meta description, tagging, JSON feed) ran a row's
    cells together: "TaakTijd", "Rapportage40%"."""
    table = (
        "<table><tr><th>Taak</th><th>Tijd</th></tr><tr><td>Rapportage</td><td>40%</td></tr></table>"
    )
    assert to_text(sanitise(table)) == "Taak Tijd\nRapportage 40%"


def test_a_line_break_in_a_paragraph_is_a_space_in_its_text(tmp_path):
    """A description's paragraph written over several lines (as YAML's `|`
    keeps it) is one paragraph on the page, but its plain text broke at each
    source line: vacancies.json's summary read "app and customer\\nportal work",
    a line break in mid-sentence. Blocks stay one line each."""
    v = load(tmp_path, GOOD + "\n  You make sure our app and customer\n  portal work for all.\n\n"
             "  ## What we ask\n\n  - Five years\n    of experience\n")  # fmt: skip
    assert "app and customer portal work for all." in v.description_text, v.description_text
    assert v.description_text.endswith("What we ask\nFive years of experience")
    assert to_text("<p>one\ntwo</p><p>three</p>") == "one two\nthree"


@pytest.mark.parametrize(
    ("written", "char"),
    [
        ("Je bent \u202egnirts\u202c.", "U+202E RIGHT-TO-LEFT OVERRIDE"),
        ("Je bent &#x202E;gnirts&#8236;.", "U+202E RIGHT-TO-LEFT OVERRIDE"),
        ("<p>Je bent \u2067gnirts\u2069.</p>", "U+2067 RIGHT-TO-LEFT ISOLATE"),
    ],
)
def test_a_control_that_reorders_a_description_is_an_error(tmp_path, written, char):
    # Trojan Source in a job ad: "gnirts" in the pull request read "string" on
    # the page, as it did in a story's text before that was refused.
    text = GOOD.replace("Markdown **tekst**.", written)
    assert errors(tmp_path, text) == [
        f'content/vacancies/job.yml:12: error: field "description" contains the invisible '
        f"bidirectional control character {char}, which reorders how the text is shown; remove "
        'it (a passage in another direction takes <span dir="rtl">...</span>)'
    ]


def test_direction_marks_in_a_description_pass(tmp_path):
    # RLM and LRM only set the direction of what is next to them.
    v = load(tmp_path, GOOD.replace("Markdown **tekst**.", "שלום (ok)\u200f en \u200eabc."))
    assert "\u200f" in v.description_html


def test_a_backslash_in_a_description_link_is_the_slash_browsers_read(tmp_path):
    # Browsers read "\" as "/": <a href="\\evil.example/x"> led to another
    # site, with no word to the editor, as a story's link did before.
    written = '<a href="\\\\evil.example/x">a</a> [b](\\\\intern\\pad) [c](mailto:a\\b@x.nl)'
    v = load(tmp_path, GOOD.replace("Markdown **tekst**.", written))
    assert 'href="//evil.example/x"' in v.description_html
    assert 'href="/intern/pad"' in v.description_html  # Markdown: \\ is one backslash
    assert 'href="mailto:a\\b@x.nl"' in v.description_html
    assert v.notes == (
        'link "\\\\evil.example/x" has a backslash, which browsers read as "/": it leads to '
        '"//evil.example/x" (the site evil.example); write it with "/"',
        # A network share's path as an editor types it (\\intern\pad): "/" is no fix.
        'link "\\intern\\pad" is a path on a network share or a computer, which the hub\'s '
        "readers cannot open; give the full https:// address of a page",
    )
    assert sanitise(v.description_html) == v.description_html


def test_a_description_link_with_a_user_name_before_its_host_is_told_the_host_it_opens(
    tmp_path,
):
    written = "[solliciteer](https://werkenbij.helder.example@apply.example/x)"
    v = load(tmp_path, GOOD.replace("Markdown **tekst**.", written))
    assert v.notes == (
        'link "https://werkenbij.helder.example@apply.example/x" opens apply.example, not '
        'werkenbij.helder.example: what comes before "@" is a user name (or password); write '
        "the address without it",
    )


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("&#x1b;[31m", '"&#x1b;", the character U+001B'),
        ("een&#11;twee", '"&#11;", the character U+000B'),
    ],
)
def test_a_control_character_written_as_a_reference_is_an_error(tmp_path, written, shown):
    # The sanitiser turns "&#x1b;" into the character itself: podium check
    # passed, and the vacancy's page and vacancies.json held an escape code.
    text = GOOD.replace("Markdown **tekst**.", f"Markdown {written} tekst.")
    assert errors(tmp_path, text) == [
        f'content/vacancies/job.yml:12: error: field "description" contains {shown}, which '
        "no page or feed may hold; remove it"
    ]


def test_a_description_link_the_sanitiser_leaves_out_is_a_warning(tmp_path):
    # "[klik](javascript:...)" and a file: link lost their address without a
    # word: the page showed "klik" as text, where a story's link is warned about.
    written = '[klik](javascript:alert(1)) <a href="file:///etc/passwd">f</a> [ok](mailto:a@b.nl)'
    v = load(tmp_path, GOOD.replace("Markdown **tekst**.", written))
    assert "javascript" not in v.description_html and "file:" not in v.description_html
    assert v.notes == tuple(
        f'link "{link}" is left out of the page: a link in a vacancy goes to an http:// or '
        "https:// address, mailto: or a path on this site"
        for link in ("javascript:alert(1)", "file:///etc/passwd")
    )


def test_a_description_link_whose_text_says_nothing_is_a_warning(tmp_path):
    # "Solliciteer [hier](...)": as in a story, a screen reader lists the link as
    # "hier" and a search engine reads it as the page's description. Once per
    # address and text; a link the sanitiser left without its address is no link.
    written = (
        "Solliciteer [hier](https://jobs.example/1), [Hier!](https://jobs.example/1) of "
        "[klik hier voor meer](https://jobs.example/2). [De functie in het kort]"
        "(https://jobs.example/3), [lees meer](javascript:alert(1))."
    )
    v = load(tmp_path, GOOD.replace("Markdown **tekst**.", written))
    assert v.notes[0].startswith('link "javascript:alert(1)" is left out of the page')
    assert v.notes[1:] == tuple(
        f'link text "{text}" does not say where the link leads (screen readers list links by '
        "their text, search engines read it as the page's description); write what the reader "
        f"finds there, like [our vacancies](https://jobs.example/{n})"
        for text, n in (("hier", 1), ("klik hier voor meer", 2))
    )


@pytest.mark.parametrize("link", ["//[", "//[::1/x", "//jobs.example:99999/", "\\\\["])
def test_a_description_link_no_browser_can_read_is_left_out_with_a_warning(tmp_path, link):
    # "[x](//[)", an address whose host is an unclosed IPv6 bracket, was kept as a
    # path, and podium check ended in "podium: error: ValueError: Invalid IPv6 URL".
    v = load(tmp_path, GOOD.replace("Markdown **tekst**.", f'<a href="{link}">klik</a>'))
    assert "href" not in v.description_html and "klik" in v.description_html
    assert v.notes == (
        f'link "{link}" is left out of the page: a link in a vacancy goes to an http:// or '
        "https:// address, mailto: or a path on this site",
    )


def test_a_slug_with_an_invisible_character_says_which(tmp_path):
    # 'must be a slug ..., not "engi\u200bneering"' showed "engineering" in the
    # terminal: the writer saw a valid slug refused, and no reason.
    text = GOOD.replace("team: engineering", 'team: "engi\u200bneering"')
    assert errors(tmp_path, text) == [
        'content/vacancies/job.yml:3: error: field "team" must be a slug of lowercase letters, '
        'digits and hyphens (like "data-team"), not "engi\\u200bneering": it holds the invisible '
        "character U+200B ZERO WIDTH SPACE at character 5; remove it"
    ]


def test_a_description_link_left_out_is_its_text():
    # <a rel="noopener noreferrer">klik</a> without href: invalid HTML, and a
    # link that led nowhere; ATS posts went through the same sanitiser.
    html = sanitise(
        '<p><a href="javascript:x">klik</a> <a>hier</a> <a href="https://a.nl">a</a></p>'
    )
    assert html == '<p>klik hier <a href="https://a.nl" rel="noopener noreferrer">a</a></p>'
    assert sanitise(html) == html


def test_a_snapshot_from_before_holding_a_reordering_control_still_builds(tmp_path):
    # A pull before the controls were removed wrote them into the snapshot,
    # and a post gone from the feed keeps its record as it was: every build
    # failed on it, and no pull could mend it. Removed at load, as at the pull.
    feeds = tmp_path / "content" / "vacancies" / "feeds"
    feeds.mkdir(parents=True)
    record = {
        "id": "1", "title": "A", "location": {"country": "NL", "remote": True},
        "date_posted": "2026-10-01", "apply_url": "https://x.nl", "status": "gone",
        "gone_since": "2026-11-01", "description": "<p>Je bent \u202egnirts\u202c &#x2067;x</p>",
    }  # fmt: skip
    (feeds / "x.json").write_text(json.dumps({"vacancies": [record]}), encoding="utf-8")
    (v,) = load_all(tmp_path / "content", LANGS, TODAY).vacancies
    assert v.description_html == "<p>Je bent gnirts x</p>"


@pytest.mark.parametrize(
    "url", ["https://[jobs.example/apply", "https://jobs.example:99999/apply",
            "https://jobs.example:abc/apply", "https://:443/apply",
            # A closing bracket alone, or a host with a character that reads as "#"
            # or "@" once normalised, ended it in "ValueError" before the check ran.
            "https://[::1]:99999/apply", "https://jobs.example]/apply",
            "https://jobs\uff03example/apply"],
)  # fmt: skip
def test_an_apply_url_no_browser_can_open_is_an_error_on_its_line(tmp_path, url):
    # "https://[jobs..." ended `podium check` in "podium: error: ValueError:
    # Invalid IPv6 URL", naming no file and hiding every other problem; a port
    # over 65535 was published as the Apply button that leads nowhere.
    assert errors(tmp_path, GOOD.replace("https://example.com/apply/4012", f'"{url}"')) == [
        f'content/vacancies/job.yml:8: error: field "apply_url" must be a web address starting '
        f'with https:// or http://, not "{url}": it is no address a browser can read; look '
        "for a bracket, the host name or a port over 65535"
    ]


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("https://werkenbij..helder.example/x", 'its host "werkenbij..helder.example" is no host '
         "name (an empty part"),
        ("https://%2e%2e/x", 'its host "%2e%2e" has "%" in it'),
        ("https://a|b.example/x", 'its host "a|b.example" has "|" in it'),
    ],
)  # fmt: skip
def test_an_apply_url_whose_host_is_no_host_name_is_an_error_on_its_line(tmp_path, url, why):
    # Accepted, and published as every applicant's Apply button to an address
    # no browser opens (".." an empty part of the name, "%2e%2e" the same).
    (line,) = errors(tmp_path, GOOD.replace("https://example.com/apply/4012", f'"{url}"'))
    assert line.startswith(
        'content/vacancies/job.yml:8: error: field "apply_url" must be a web address a browser '
        f'can open, not "{url}": {why}'
    ), line


def _read_snapshot_pay(tmp_path, pay):
    """Read a pulled snapshot of one job whose salary record is ``pay``."""
    from podium_vacancies.load import read_all

    feeds = tmp_path / "content" / "vacancies" / "feeds"
    feeds.mkdir(parents=True)
    record = {
        "id": "1", "title": "Monteur", "location": {"city": "Zwolle", "country": "NL"},
        "date_posted": "2026-10-01", "apply_url": "https://x.nl", "salary": pay,
        "description": "<p>Je bouwt warmtepompen.</p>",
    }  # fmt: skip
    (feeds / "x.json").write_text(json.dumps({"vacancies": [record]}, indent=2), encoding="utf-8")
    found, issues = read_all(tmp_path / "content", LANGS, TODAY)
    return found, issues


@pytest.mark.parametrize(
    ("pay", "said"),
    [
        ({"min": 4200, "max": 10**29, "currency": "EUR", "unit": "MONTH"},
         'field "salary.max" (1e+29) is no pay: it must be less than 1,000,000,000,000'),
        ({"min": 4200, "max": 1e308, "currency": "EUR", "unit": "MONTH"},
         'field "salary.max" (1e+308) is no pay'),
        ({"min": -4200, "max": 5600, "currency": "EUR", "unit": "MONTH"},
         'field "salary.min" must be a number above 0, like 4200, not "-4200"'),
        ({"min": 5600, "max": 4200, "currency": "EUR", "unit": "MONTH"},
         'field "salary.max" (4200) must not be less than "salary.min" (5600)'),
    ],
)  # fmt: skip
def test_a_snapshot_pay_that_is_no_pay_is_a_warning_and_left_out(tmp_path, pay, said):
    # An older pull wrote what its feed sent (thirty digits went out as the
    # JobPosting's baseSalary), and a gone post keeps its record, which no pull
    # rewrites: the job is kept, without pay, and the line says why.
    found, issues = _read_snapshot_pay(tmp_path, pay)
    (line,) = [i.format() for i in issues]
    assert line.startswith("content/vacancies/feeds/x.json:4: warning: " + said), line
    assert line.endswith(
        "; the job is published without pay: fix the pay in the ATS and pull again "
        "(podium vacancies pull)"
    ), line
    (vacancy,) = found.vacancies
    assert vacancy.salary is None and not found.unreadable


@pytest.mark.parametrize(
    ("make", "said"),
    [
        (lambda p: p.symlink_to("gone.yml"), "file does not exist"),
        (lambda p: p.symlink_to(p.name), "file is a symlink loop"),
        (os.mkfifo, "file is a FIFO"),
    ],
    ids=["dangling-symlink", "symlink-loop", "fifo"],
)
def test_a_vacancy_file_that_does_not_read_is_one_line_on_it(tmp_path, make, said):
    """A dangling link or a loop ended podium check with "podium: error:
    FileNotFoundError" (OSError), naming no file; a FIFO (or an unreadable
    file: "PermissionError") was waited on for ever, or ended it the same way."""
    import threading

    folder = tmp_path / "content" / "vacancies"
    folder.mkdir(parents=True)
    path = folder / "job.yml"
    make(path)
    raised: list[BaseException] = []

    def read() -> None:
        try:
            load_vacancy_file(path, LANGS, tmp_path / "content")
        except BaseException as exc:  # noqa: BLE001 - what the reader thread ended in
            raised.append(exc)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(10)
    assert not reader.is_alive(), "still waiting on the file"
    (exc,) = raised
    assert isinstance(exc, ContentError), repr(exc)
    (line,) = [i.format() for i in exc.issues]
    assert line.startswith(f"content/vacancies/job.yml: error: {said}"), line


def test_a_city_that_names_two_large_cities_is_a_warning(tmp_path):
    # {city: "Berlin, Amersfoort", country: NL} was published as one office
    # at an address "Berlin, Amersfoort" in the Netherlands, without a word:
    # two offices written as one city.
    from podium_vacancies.load import read_all

    write(tmp_path, GOOD.replace("{city: Amsterdam, country: NL}",
                                 '{city: "Berlin, Amersfoort", country: NL}'))  # fmt: skip
    found, issues = read_all(tmp_path / "content", LANGS, TODAY)
    assert [i.format() for i in issues] == [
        'content/vacancies/job.yml:4: warning: field "location.city" "Berlin, Amersfoort" '
        "names two cities: give each its own place, like location: [{city: Berlin, "
        "country: DE}, {city: Amersfoort, country: NL}]"
    ]
    assert [v.location.city for v in found.vacancies] == ["Berlin, Amersfoort"]
    # A city with its district is one city: no word.
    write(tmp_path, GOOD.replace("{city: Amsterdam, country: NL}",
                                 '{city: "Amsterdam, Noord", country: NL}'))  # fmt: skip
    assert read_all(tmp_path / "content", LANGS, TODAY)[1] == []
    # Two cities joined by a word are two cities too; a name with "en" is one.
    write(tmp_path, GOOD.replace("{city: Amsterdam, country: NL}",
                                 '{city: "Amsterdam en Rotterdam", country: NL}'))  # fmt: skip
    (line,) = [i.format() for i in read_all(tmp_path / "content", LANGS, TODAY)[1]]
    assert '"Amsterdam en Rotterdam" names two cities' in line, line
    write(tmp_path, GOOD.replace("{city: Amsterdam, country: NL}",
                                 '{city: "Son en Breugel", country: NL}'))  # fmt: skip
    assert read_all(tmp_path / "content", LANGS, TODAY)[1] == []
    # A Dutch municipality after a large Dutch city is a town, not a district.
    write(tmp_path, GOOD.replace("{city: Amsterdam, country: NL}",
                                 '{city: "Eindhoven, Veldhoven", country: NL}'))  # fmt: skip
    assert [i.format() for i in read_all(tmp_path / "content", LANGS, TODAY)[1]] == [
        'content/vacancies/job.yml:4: warning: field "location.city" "Eindhoven, Veldhoven" '
        "names two cities: give each its own place, like location: [{city: Eindhoven, "
        "country: NL}, {city: Veldhoven, country: NL}]"
    ]


@pytest.mark.parametrize(
    ("pay", "told"),
    [
        ("{min: 4200, max: 5600, currency: EUR, unit: HOUR}", '"HOUR"'),
        ("{min: 52000, max: 64000, currency: EUR, unit: MONTH}", None),
        ("{min: 520000, max: 640000, currency: EUR, unit: MONTH}", '"MONTH"'),
        ("{min: 15, max: 18, currency: EUR, unit: MONTH}", '"MONTH"'),
        ("{min: 4200, max: 5600, currency: GBP, unit: YEAR}", None),
        ("{min: 420, max: 560, currency: USD, unit: YEAR}", '"YEAR"'),
        ("{min: 14.5, max: 17, currency: EUR, unit: HOUR}", None),
        ("{min: 4200, currency: EUR, unit: DAY}", None),
        ("{min: 42000, currency: EUR, unit: DAY}", '"DAY"'),
        # Another currency's amounts are not weighed: 42,000 SEK a month is pay.
        ("{min: 42000, max: 56000, currency: SEK, unit: MONTH}", None),
    ],
)
def test_pay_in_the_wrong_unit_is_a_warning_on_the_unit(tmp_path, pay, told):
    # "unit: HOUR" left in a copied file under a monthly 4200 to 5600 was
    # published without a word: the page said "€ 4.200 – € 5.600 per uur" and
    # Google for Jobs showed the job at €4,200 an hour.
    from podium_vacancies.load import read_all

    old = "{min: 4200, max: 5600, currency: EUR, unit: MONTH}"
    write(tmp_path, GOOD.replace(old, pay))
    found, issues = read_all(tmp_path / "content", LANGS, TODAY)
    lines = [i.format() for i in issues]
    if told is None:
        assert lines == []
        return
    (line,) = lines
    assert line.startswith(
        f'content/vacancies/job.yml:9: warning: field "salary.unit" {told} makes the pay '
    ), line
    assert "give the unit its amounts are in: HOUR, DAY, WEEK, MONTH or YEAR" in line
    assert found.vacancies[0].salary is not None  # published, as written


def test_a_snapshot_pay_in_an_unlikely_unit_is_fixed_in_the_ats(tmp_path):
    # The pull keeps what the ATS says; the warning sends the fix there.
    pay = {"min": 4200, "max": 5600, "currency": "EUR", "unit": "HOUR"}
    found, issues = _read_snapshot_pay(tmp_path, pay)
    assert [i.format() for i in issues] == [
        'content/vacancies/feeds/x.json:4: warning: field "salary.unit" "HOUR" makes the pay '
        "4200 to 5600 EUR an hour, an unlikely pay: give the unit its amounts are in: HOUR, "
        "DAY, WEEK, MONTH or YEAR; fix the pay in the ATS and pull again (podium vacancies pull)"
    ]
    assert found.vacancies[0].salary.unit == "HOUR"


@pytest.mark.parametrize(
    ("city", "said"),
    [
        ("Remote", "for a remote job write location: {remote: true, country: NL}"),
        ("Op afstand", "for a remote job write location: {remote: true, country: NL}"),
        ("Thuiswerken", "for a remote job write location: {remote: true, country: NL}"),
        ("Multiple locations", "give each office its own place, like location: "
         "[{city: Utrecht, country: NL}, {city: Zwolle, country: NL}]"),
        ("Meerdere locaties", "give each office its own place"),
    ],
)  # fmt: skip
def test_a_city_that_is_no_city_is_a_warning(tmp_path, city, said):
    # {city: Remote, country: NL} (a writer in the CMS) was published as an
    # office in a city called "Remote": Google's addressLocality, an option of
    # the location filter, and no TELECOMMUTE for the remote job it is.
    from podium_vacancies.load import read_all

    write(tmp_path, GOOD.replace("{city: Amsterdam, country: NL}",
                                 f'{{city: "{city}", country: NL}}'))  # fmt: skip
    (line,) = [i.format() for i in read_all(tmp_path / "content", LANGS, TODAY)[1]]
    assert line.startswith(
        f'content/vacancies/job.yml:4: warning: field "location.city" "{city}" names no city: '
        + said
    ), line


def test_a_remote_place_whose_city_is_remote_has_no_office(tmp_path):
    # {remote: true, city: Remote, country: NL} went to Google as an office in
    # a city called "Remote" (addressLocality) beside the TELECOMMUTE, and to
    # the location filter as a city "Remote", without a word.
    from podium_render.jobposting import job_posting
    from podium_vacancies.load import read_all

    place = "{remote: true, city: Op afstand, country: NL}"
    write(tmp_path, GOOD.replace("{city: Amsterdam, country: NL}", place))
    found, issues = read_all(tmp_path / "content", LANGS, TODAY)[:2]
    assert [i.format() for i in issues] == [
        'content/vacancies/job.yml:4: warning: field "location.city" "Op afstand" names no '
        "city: leave it out of the remote place, write location: {remote: true, country: NL}"
    ]
    (vacancy,) = found.vacancies
    assert vacancy.location == type(vacancy.location)(city=None, country="NL", remote=True)
    data = job_posting(vacancy, "u", {"name": "Helder"})
    assert "jobLocation" not in data and data["jobLocationType"] == "TELECOMMUTE"


@pytest.mark.parametrize(
    ("place", "message"),
    [
        # 'missing required field "location.country" (text)', saying neither what
        # the field holds nor the country of a city any map knows.
        (
            "{city: Berlin}",
            'field "location" needs "country", the ISO 3166 two-letter code of its country: '
            "write location: {city: Berlin, country: DE}",
        ),
        (
            "{city: Zeist}",
            'field "location" needs "country", the ISO 3166 two-letter code of its country: '
            "write location: {city: Zeist, country: NL}",
        ),
        (
            "{remote: true}",
            'field "location" needs "country", the ISO 3166 two-letter code of the country '
            "applicants may live in: write location: {remote: true, country: NL}",
        ),
        ("{}", 'field "location" needs "city" (like {city: Utrecht, country: NL}), '
               "or remote: true for a remote job"),
    ],
)  # fmt: skip
def test_a_place_without_a_country_is_one_line_showing_it_with_one(tmp_path, place, message):
    lines = errors(tmp_path, GOOD.replace("{city: Amsterdam, country: NL}", place))
    assert lines == [f"content/vacancies/job.yml:4: error: {message}"]


@pytest.mark.parametrize(
    ("place", "message"),
    [
        ("{remote: true, country: [NL, BE]}",
         'field "location.country" names one country, not a list: give each its own place, '
         "like location: [{remote: true, country: NL}, {remote: true, country: BE}]"),
        ('{remote: true, country: CA, region: [ON, "BC"]}',
         'field "location.region" names one state, not a list: give each its own place, like '
         'location: [{remote: true, country: CA, region: "ON"}, '
         '{remote: true, country: CA, region: BC}]'),
    ],
)  # fmt: skip
def test_a_remote_place_in_several_countries_is_told_to_be_a_list_of_places(
    tmp_path, place, message
):
    # It said only 'field "location.country" must be text, not a list',
    # leaving the writer of a job remote in two countries to guess the form.
    lines = errors(tmp_path, GOOD.replace("{city: Amsterdam, country: NL}", place))
    assert lines == [f"content/vacancies/job.yml:4: error: {message}"]


@pytest.mark.parametrize(
    "raw",
    [
        "<dl><dt>Werktijd</dt><dd>Van negen tot vijf</dd></dl>",
        "<section>Werktijd</section><section>Van negen tot vijf</section>",
        "<header>Werktijd</header><article>Van negen tot vijf</article>",
        "<details><summary>Werktijd</summary>Van negen tot vijf</details>",
        "<figure><figcaption>Werktijd</figcaption></figure><pre>Van negen tot vijf</pre>",
    ],
)
def test_an_ats_block_the_allowlist_lacks_keeps_its_words_apart(raw):
    # Unwrapped, its words ran into the next on the job's page and in search:
    # "<dt>Werktijd</dt><dd>Van negen tot vijf</dd>" read "WerktijdVan negen".
    html = sanitise(raw)
    assert "WerktijdVan" not in html, html
    assert to_text(html).split() == ["Werktijd", "Van", "negen", "tot", "vijf"], html
    assert sanitise(html) == html


@pytest.mark.parametrize(
    ("name", "data", "said"),
    [
        ("job.yml", b"x" * 65, ": error: file is larger than 64 bytes"),
        ("job.yml", b"id: 1\ntitle: Caf\xe9\n", ":2: error: file is not valid UTF-8 (byte 0xe9)"),
        ("feeds/x.json", b"x" * 65, ": error: snapshot is larger than 64 bytes"),
        ("feeds/x.json", b'{"vacancies": [\n"\xe9"]}', ":2: error: file is not valid UTF-8"),
    ],
    ids=["file-large", "file-latin1", "snapshot-large", "snapshot-latin1"],
)
def test_a_vacancy_file_or_snapshot_too_large_or_not_utf8_is_one_line(
    tmp_path, monkeypatch, name, data, said
):
    from podium_vacancies import load as loading

    monkeypatch.setattr(loading, "MAX_FILE_BYTES", 64)
    monkeypatch.setattr(loading, "MAX_SNAPSHOT_BYTES", 64)
    content = tmp_path / "content"
    path = content / "vacancies" / name
    path.parent.mkdir(parents=True)
    path.write_bytes(data)
    if name.endswith(".json"):
        found, issues = loading.load_snapshot(path, LANGS, content)
        assert found == []
    else:
        with pytest.raises(ContentError) as info:
            load_vacancy_file(path, LANGS, content)
        issues = info.value.issues
    (line,) = [i.format() for i in issues]
    assert line.startswith(f"content/vacancies/{name}{said}"), line


def test_an_apply_address_without_https_is_a_warning(tmp_path):
    # An application form over http:// sends the applicant's CV and details
    # unencrypted (AVG/GDPR article 32), and the browser says "Not secure"
    # on it; it was taken without a word.
    from podium_vacancies.load import read_vacancy_file

    path = write(
        tmp_path, GOOD.replace("https://example.com/apply/4012", "http://example.com/apply/4012")
    )
    vacancy, issues = read_vacancy_file(path, LANGS, tmp_path / "content")
    assert vacancy.apply_url == "http://example.com/apply/4012"  # published as it is
    assert [i.format() for i in issues] == [
        'content/vacancies/job.yml:8: warning: field "apply_url" ("http://example.com/apply/4012") '
        "is not encrypted: applicants send their CV and details through it, which the AVG/GDPR "
        'asks to protect (article 32), and browsers mark its form "Not secure"; give its '
        "https:// address"
    ]
    path = write(tmp_path, GOOD)
    assert read_vacancy_file(path, LANGS, tmp_path / "content")[1] == []


def test_a_remote_place_open_in_a_whole_union_is_one_per_country(tmp_path):
    # A feed's "Remote (EU)" is open to applicants in each EU country; a
    # hand-written {remote: true, country: EU} was refused ("must be an ISO
    # 3166 two-letter country code ... not "EU""), leaving 27 places to write.
    from podium_vacancies.countries import EU

    place = "location: {city: Amsterdam, country: NL}"
    job = load(tmp_path, GOOD.replace(place, "location: {remote: true, country: EU}"))
    assert [(p.country, p.remote, p.city) for p in job.locations] == [(c, True, None) for c in EU]
    job = load(
        tmp_path,
        GOOD.replace(
            place, "location: [{city: Utrecht, country: NL}, {remote: true, country: Benelux}]"
        ),
    )
    assert [(p.country, p.remote) for p in job.locations] == [
        ("NL", False), ("BE", True), ("NL", True), ("LU", True)
    ]  # fmt: skip
    assert (
        len(load(tmp_path, GOOD.replace(place, "location: {remote: true, country: eea}")).locations)
        == 30
    )
    # Only a remote place without a city is open in a union: an office is in one country.
    assert (
        'not "EU"'
        in errors(tmp_path, GOOD.replace(place, "location: {city: Amsterdam, country: EU}"))[0]
    )


@pytest.mark.parametrize("word", ["hybrid", "Hybride", "deels"])
def test_a_hybrid_job_is_told_it_is_an_office_job(tmp_path, word):
    # "remote: hybrid" was "must be true or false": which one, for a job with
    # two days at home, was left to guess; true made it TELECOMMUTE, which
    # Google keeps for work done remotely all the time.
    place = "location: {city: Amsterdam, country: NL}"
    text = GOOD.replace(place, f"location: {{city: Amsterdam, remote: {word}, country: NL}}")
    assert errors(tmp_path, text) == [
        f'content/vacancies/job.yml:4: error: field "location.remote" must be true or false, not '
        f'"{word}": a hybrid job (some days at home) is a job at its office, as Google for Jobs '
        "reads it: leave remote out and say the days at home in the description; remote: true "
        "is for work done from home all the time"
    ]


def _described(n: int, description: str) -> str:
    body = textwrap.indent(textwrap.dedent(description), "  ")
    return GOOD.replace('"4012"', f'"40{n:02d}"').replace("  Markdown **tekst**.\n", body)


def test_one_markdown_converter_reads_every_description_and_each_is_read_once(
    tmp_path, monkeypatch
):
    # A warm build reads every vacancy again: building a Markdown converter
    # (extensions, processors, patterns) per description and working out its
    # text twice were a fifth of that (docs/benchmarks.md, thirty-fifth round).
    import threading

    import markdown

    from podium_vacancies import html
    from podium_vacancies.load import read_all

    made, texts = [], []
    init, text_of = markdown.Markdown.__init__, html.to_text

    def counted_init(self, *args, **kwargs):
        made.append(1)
        init(self, *args, **kwargs)

    monkeypatch.setattr(markdown.Markdown, "__init__", counted_init)
    monkeypatch.setattr(html, "to_text", lambda h: texts.append(h) or text_of(h))
    for n in range(3):
        write(tmp_path, _described(n, f"Werk {n} in het **team**.\n"), f"job{n}.yml")
    found = []
    # A thread of its own: no converter of another test's (one per thread).
    reader = threading.Thread(
        target=lambda: found.extend(read_all(tmp_path / "content", LANGS, TODAY)[0].vacancies)
    )
    reader.start()
    reader.join()
    assert sorted(v.description_text for v in found) == [f"Werk {n} in het team." for n in range(3)]
    assert sorted(v.description_html for v in found) == [
        f"<p>Werk {n} in het <strong>team</strong>.</p>" for n in range(3)
    ]
    assert len(made) == 1
    assert len(texts) == 3


def test_a_description_sees_nothing_of_the_one_before(tmp_path):
    # The converter is kept: a reference defined in one description must not
    # make a link of the next one's "[site][ref]", as a new converter would not.
    from podium_vacancies.html import markdown_html

    first = "Zie [de site][ref].\n\n[ref]: https://example.com/a\n"
    second = "Zie [de site][ref].\n"
    assert 'href="https://example.com/a"' in markdown_html(first)
    assert markdown_html(second) == "<p>Zie [de site][ref].</p>"
    assert "href" not in load(tmp_path, _described(1, second)).description_html


@pytest.mark.parametrize(
    ("url", "before"),
    [("https://werkenbij.helder.example@apply.example/x", "werkenbij.helder.example"),
     ("https://hr:geheim@jobs.example/x", "hr:geheim")],
)  # fmt: skip
def test_an_apply_url_with_a_user_name_is_an_error_naming_the_host_it_opens(tmp_path, url, before):
    # Accepted and published: the Apply button of "werkenbij.helder.example@..."
    # opened apply.example, the host after the "@", and a password was on the page.
    host = url.split("@")[1].split("/")[0]
    assert errors(tmp_path, GOOD.replace("https://example.com/apply/4012", f'"{url}"')) == [
        'content/vacancies/job.yml:8: error: field "apply_url" must not hold a user name or '
        f'password before its host ("{before}@"): the address opens {host}; write the address '
        "without them"
    ]


def test_a_pulled_apply_url_with_a_user_name_is_not_published(tmp_path):
    from podium_vacancies.load import read_all

    feeds = tmp_path / "content" / "vacancies" / "feeds"
    feeds.mkdir(parents=True)
    record = {
        "id": "1", "title": "Monteur", "location": {"city": "Zwolle", "country": "NL"},
        "date_posted": "2026-10-01", "apply_url": "https://ats.example@evil.example/1",
        "description": "<p>Je bouwt warmtepompen.</p>",
    }  # fmt: skip
    (feeds / "x.json").write_text(json.dumps({"vacancies": [record]}, indent=2), encoding="utf-8")
    found, issues = read_all(tmp_path / "content", LANGS, TODAY)
    assert [v.apply_url for v in found.vacancies] == []
    print([str(i) for i in issues])
    assert any("evil.example" in str(i) for i in issues)
