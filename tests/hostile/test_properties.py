"""Property-based tests: random front matter and random feed records.

Whatever a person or an ATS sends, ``parse_story`` yields a story or one-line
issues, and a normaliser returns vacancies or raises ``FeedError`` with one
line. Nothing else may escape: an escaping exception is a traceback for
someone who only wanted to publish a story.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
from xml.sax.saxutils import escape

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from podium.errors import ContentError, Issue
from podium.fields import hub_day
from podium.settings import PodiumSettings
from podium.slugs import WINDOWS_DEVICES
from podium_read import parse_story
from podium_read.schema import CONSENT_FIELDS, FIELDS
from podium_read.themes import THEME_FIELDS, parse_themes
from podium_testkit import Page
from podium_vacancies import paycheck
from podium_vacancies.ats.common import FeedError
from podium_vacancies.feeds import FeedConfig
from podium_vacancies.load import SNAPSHOT_FIELDS, load_snapshot, load_vacancy_file
from podium_vacancies.model import Vacancy
from podium_vacancies.pull import NORMALISERS

SETTINGS = PodiumSettings(today=dt.date(2026, 6, 1))
EXAMPLES = settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
ONE_LINE = re.compile(r"^\S.*?(:\d+)?: (error|warning): \S.*$")

text = st.text(max_size=40) | st.sampled_from(["", " ", "2026-02-30", "<script>x</script>"])
huge = st.integers(300, 3_000).map(lambda n: "x" * n)
scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(10**30), 10**30)
    | st.floats(allow_nan=True, allow_infinity=True)
    | text
    | huge
    | st.dates().map(str)
    | st.datetimes().map(lambda d: d.isoformat())
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
keys = st.sampled_from(FIELDS + CONSENT_FIELDS) | st.text(min_size=1, max_size=12)
front_matter = (
    st.dictionaries(keys, values, max_size=12)
    | st.sampled_from(FIELDS).map(
        lambda k: {k: "y" * 30_000}  # one huge field: PyYAML is slow, so not in every example
    )
    | st.just(
        {
            "title": "t",
            "date": "2026-01-01",
            "author": "a",
            "role": "r",
            "consent": {"given": "2025-12-01"},
        }
    )
)
_names = itertools.count()


def _check_issues(issues: list[Issue]) -> None:
    for issue in issues:
        line = issue.format()
        assert len(line.splitlines()) == 1, line
        assert ONE_LINE.match(line), line


@EXAMPLES
@given(
    data=front_matter, body=st.text(max_size=200), kind=st.sampled_from(["columns", "interviews"])
)
def test_random_front_matter_gives_a_story_or_one_line_issues(tmp_path_factory, data, body, kind):
    content = tmp_path_factory.getbasetemp() / "props" / "content"
    folder = content / kind
    folder.mkdir(parents=True, exist_ok=True)
    front = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    path = folder / f"story-{next(_names)}.md"  # a new name each time: parse_story memoises
    path.write_text(f"---\n{front}---\n\n{body}\n", encoding="utf-8")
    parsed = parse_story(path, content, SETTINGS)
    _check_issues(parsed.issues)
    if parsed.story is None:
        assert parsed.errors, "no story and no error"


@EXAMPLES
@given(raw=st.binary(max_size=300) | st.text(max_size=300).map(lambda t: t.encode("utf-8")))
def test_random_bytes_give_a_story_or_one_line_issues(tmp_path_factory, raw):
    content = tmp_path_factory.getbasetemp() / "props-raw" / "content"
    (content / "columns").mkdir(parents=True, exist_ok=True)
    path = content / "columns" / f"raw-{next(_names)}.md"
    path.write_bytes(b"---\n" + raw if raw[:1] != b"-" else raw)
    parsed = parse_story(path, content, SETTINGS)
    _check_issues(parsed.issues)


# -- feed records ----------------------------------------------------------------

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(10**400), 10**400)
    | st.floats(allow_nan=True, allow_infinity=True)
    | text
)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
FIELDS_BY_KIND = {
    "greenhouse": ("id", "title", "absolute_url", "location", "offices", "departments",
                   "metadata", "first_published", "updated_at", "content"),
    "lever": ("id", "text", "applyUrl", "hostedUrl", "categories", "workplaceType", "country",
              "salaryRange", "description", "descriptionPlain", "lists", "additional",
              "createdAt"),
    "recruitee": ("id", "title", "status", "city", "location", "country_code", "country",
                  "remote", "salary", "description", "requirements", "department",
                  "careers_apply_url", "careers_url", "published_at", "created_at",
                  "employment_type_code"),
}  # fmt: skip
GOOD = {
    "greenhouse": {"id": 1, "title": "Dev", "absolute_url": "https://x.example/1",
                   "location": {"name": "Utrecht"}, "first_published": "2026-01-01T09:00:00Z"},
    "lever": {"id": "a", "text": "Dev", "applyUrl": "https://x.example/a",
              "categories": {"location": "Utrecht"}, "createdAt": 1767225600000},
    "recruitee": {"id": 2, "title": "Dev", "status": "published", "city": "Utrecht",
                  "careers_url": "https://x.example/2", "published_at": "2026-01-01"},
}  # fmt: skip
WRAP = {
    "greenhouse": lambda posts: {"jobs": posts},
    "lever": lambda posts: posts,
    "recruitee": lambda posts: {"offers": posts},
}


def _records(kind: str):
    known = st.fixed_dictionaries(
        {}, optional={k: json_values | st.just(GOOD[kind].get(k)) for k in FIELDS_BY_KIND[kind]}
    )
    mixed = st.builds(lambda good, extra: {**good, **extra}, st.just(GOOD[kind]), known)
    return st.lists(mixed | known | json_values, max_size=4)


def _normalise(kind: str, payload: bytes) -> None:
    feed = FeedConfig(name="f", kind=kind, url="https://x.example/feed", default_country="NL")
    warnings: list[str] = []
    try:
        found = NORMALISERS[kind](payload, feed, warnings)
    except FeedError as exc:
        assert "\n" not in str(exc) and str(exc).strip(), repr(str(exc))
        return
    assert all(isinstance(v, Vacancy) for v in found)
    for v in found:
        assert "<script" not in v.description_html.lower()
        assert not re.search(r"<[A-Za-z/!?]", v.title)
        assert not re.search(r"[\s\"'<>`]", v.apply_url)
    for line in warnings:
        assert "\n" not in line


@EXAMPLES
@given(kind=st.sampled_from(sorted(WRAP)), data=st.data())
def test_random_json_feed_records_normalise_or_fail_in_one_line(kind, data):
    posts = data.draw(_records(kind))
    payload = json.dumps(WRAP[kind](posts)).encode()
    _normalise(kind, payload)


@EXAMPLES
@given(kind=st.sampled_from(sorted(NORMALISERS)), payload=st.binary(max_size=200))
def test_random_bytes_as_a_feed_fail_in_one_line(kind, payload):
    _normalise(kind, payload)


xml_text = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=30)
PERSONIO_TAGS = ("id", "name", "office", "department", "createdAt", "employmentType", "schedule")


@EXAMPLES
@given(
    positions=st.lists(
        st.dictionaries(st.sampled_from(PERSONIO_TAGS), xml_text, max_size=7), max_size=3
    ),
    descriptions=st.lists(st.tuples(xml_text, xml_text), max_size=2),
)
def test_random_personio_positions_normalise_or_fail_in_one_line(positions, descriptions):
    parts = []
    for position in positions:
        inner = "".join(f"<{k}>{escape(v)}</{k}>" for k, v in position.items())
        desc = "".join(
            f"<jobDescription><name>{escape(n)}</name><value>{escape(v)}</value></jobDescription>"
            for n, v in descriptions
        )
        parts.append(f"<position>{inner}<jobDescriptions>{desc}</jobDescriptions></position>")
    payload = f"<workzag-jobs>{''.join(parts)}</workzag-jobs>".encode()
    _normalise("personio", payload)


# -- file names (issue 11) ---------------------------------------------------------------

_GITHUB_UNESCAPE = (("%2C", ","), ("%3A", ":"), ("%0A", "\n"), ("%0D", "\r"), ("%25", "%"))
file_names = st.text(
    st.characters(exclude_categories=["Cs"], exclude_characters="/\x00"), min_size=1, max_size=30
).filter(lambda n: n not in (".", "..") and len(n.encode()) < 200) | st.sampled_from(
    ["een, twee: drie", "a\nb", "100%", "::error file=x::y", "-", ".verborgen", "x.en", "\u202eabc"]
)


def _github_file(annotation: str) -> str:
    props = annotation.split("::", 2)[1].split(" ", 1)[1]
    value = dict(p.split("=", 1) for p in props.split(","))["file"]
    for code, char in _GITHUB_UNESCAPE:
        value = value.replace(code, char)
    return value


@EXAMPLES
@given(name=file_names, good=st.booleans())
def test_any_file_name_gives_a_story_or_one_line_issues_naming_it(tmp_path_factory, name, good):
    content = tmp_path_factory.getbasetemp() / "props-names" / f"n{next(_names)}" / "content"
    (content / "columns").mkdir(parents=True)
    path = content / "columns" / f"{name}.md"
    date = "2026-01-01" if good else "2026-13-01"
    front = f"title: t\ndate: {date}\nauthor: a\nrole: r\nconsent: {{given: 2025-12-01}}\n"
    path.write_text(f"---\n{front}---\n\nTekst.\n", encoding="utf-8")
    parsed = parse_story(path, content, SETTINGS)
    _check_issues(parsed.issues)
    if parsed.story is not None:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", parsed.story.slug), parsed.story.slug
    for issue in parsed.issues:
        annotation = issue.format_github()
        # The runner splits its log at CR and LF only; those must be escaped.
        assert "\n" not in annotation and "\r" not in annotation, annotation
        assert _github_file(annotation) == issue.path  # the annotation lands on that file
    if not good:
        # The date is wrong, unless the content root policy refused the file name first.
        assert any('"date"' in i.message or "story file" in i.message for i in parsed.errors)


# -- front matter as written by hand: YAML tags, edge dates, Windows names --------------

# What yaml.safe_dump never writes, yet a hand or another tool does: a YAML tag that
# builds an object, dates at the ends of the calendar, a language in capitals, lists
# in lists, slugs of only dots or of a name Windows keeps for a device.
hand_written = st.sampled_from(
    [
        "team: !!python/object/apply:os.system [echo x]",
        "summary: !!python/name:os.system",
        "quote: !!binary aGVsbG8=",
        "themes: !!set {tech: null}",
        "team: !ding x",
        "vacancies: [!!int 0x1F]",
        "lang: NL",
        "lang: nl-NL",
        "lang: [en]",
        "tags: [[a, b], [c]]",
        "themes: [[tech], [balance]]",
        "aliases: [[oud]]",
        "slug: ...",
        "slug: .",
        "slug: CON",
        "slug: nul",
        "slug: Com1",
        "slug: lpt9",
        "slug: aux.en",
        "updated: 9999-12-31",
        "updated: 0000-00-00",
        "<<: {title: x}",
        "x: &a [*a]",
    ]
)
edge_dates = st.sampled_from(
    ["2026-01-01", "0000-00-00", "9999-12-31", "0001-01-01", "1900-01-01", "2100-12-31",
     "9999-12-31T23:59:59+14:00", "0001-01-01T00:00:00-12:00", "2026-02-29", "2024-02-29"]
)  # fmt: skip


@EXAMPLES
@given(lines=st.lists(hand_written, max_size=4), date=edge_dates, given_on=edge_dates)
def test_hand_written_front_matter_gives_a_story_or_one_line_issues(
    tmp_path_factory, lines, date, given_on
):
    content = tmp_path_factory.getbasetemp() / "props-hand" / "content"
    (content / "columns").mkdir(parents=True, exist_ok=True)
    extra = "".join(f"{line}\n" for line in lines)
    front = f"title: t\ndate: {date}\nauthor: a\nrole: r\nconsent: {{given: {given_on}}}\n"
    path = content / "columns" / f"hand-{next(_names)}.md"
    path.write_text(f"---\n{front}{extra}---\n\nIk werk hier graag.\n", encoding="utf-8")
    parsed = parse_story(path, content, SETTINGS)
    _check_issues(parsed.issues)
    story = parsed.story
    if story is None:
        assert parsed.errors, "no story and no error"
        return
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", story.slug), story.slug
    assert story.slug not in WINDOWS_DEVICES, story.slug
    assert story.lang in SETTINGS.languages, story.lang
    assert 1900 <= story.date.year <= 2100, story.date


# -- body link syntax -------------------------------------------------------------------

targets = st.lists(
    st.sampled_from(list("ab/.:%#?&=\"'<> \\{}()[]") + ["..", "é", "\u202e", "\x1b"]), max_size=12
).map("".join)
link_pieces = st.one_of(
    st.builds(lambda t: f"[x]({{attach}}{t})", targets),
    st.builds(lambda t: f"[x]({{static}}{t})", targets),
    st.builds(lambda t: f"[x]({{filename}}{t})", targets),
    st.builds(lambda t: f"![foto]({t})", targets),
    st.builds(lambda t: f"[naar]( #{t})".replace("( ", "("), targets),
    st.builds(lambda t: f'<a href="#{t}" id="{t}">x</a>', targets),
    st.builds(lambda t: f'<h3 id="{t}">kop</h3>', targets),
    st.builds(lambda t: f"## {t or 'kop'}", targets),
    st.builds(lambda t: f"tekst[^{t or 1}]\n\n[^{t or 1}]: noot", targets),
    st.sampled_from(["## Main", "## Story url", "### Share url", "Gewone tekst.", ""]),
)


@EXAMPLES
@given(
    pieces=st.lists(link_pieces, min_size=1, max_size=6),
    kind=st.sampled_from(["columns", "interviews"]),
)
def test_random_body_links_and_ids_never_escape_the_story(tmp_path_factory, pieces, kind):
    content = tmp_path_factory.getbasetemp() / "props-links" / "content"
    (content / kind).mkdir(parents=True, exist_ok=True)
    path = content / kind / f"links-{next(_names)}.md"
    body = "## Vraag?\n\n" if kind == "interviews" else ""
    body += "\n\n".join(pieces) + "\n\nEen antwoord met genoeg woorden om te lezen.\n"
    front = "title: t\ndate: 2026-01-01\nauthor: a\nrole: r\nconsent: {given: 2025-12-01}\n"
    path.write_text(f"---\n{front}---\n\n{body}", encoding="utf-8")
    parsed = parse_story(path, content, SETTINGS)
    _check_issues(parsed.issues)
    if parsed.body is None:
        assert parsed.errors
        return
    html = str(parsed.body.html)
    for element in Page(html).elements:
        if "id" in element.attrs:
            # Only the theme's own question anchors (q1, q2, ...) are unprefixed.
            value = element.attrs["id"]
            assert value.startswith("c-") or re.fullmatch(r"q\d+", value), value
        href = element.attrs.get("href", "")
        if href.startswith("#"):
            # A refused {static}/{attach} link points nowhere ("#") and is an error.
            assert href.startswith("#c-") or (href == "#" and parsed.errors), href
    assert "\x1b" not in html


# -- hand-written vacancies and snapshots ----------------------------------------------

GOOD_VACANCY = {"id": "1002", "title": "Data engineer", "team": "engineering",
                "location": {"remote": True, "country": "NL"}, "employment_type": "FULL_TIME",
                "date_posted": "2026-11-01", "valid_through": "2027-02-28",
                "apply_url": "https://x.example/apply/1",
                "salary": {"min": 60000, "max": 76000, "currency": "EUR", "unit": "YEAR"},
                "themes": ["tech"], "lang": "en", "description": "Hello **world**."}  # fmt: skip
PARTS = ["remote", "country", "city", "region", "min", "max", "currency", "unit", "value"]
vacancy_values = (
    values
    | st.dictionaries(st.sampled_from(PARTS) | st.text(max_size=5), values, max_size=4)
    | st.sampled_from(["2026-02-30", "9999-12-31", "NL", "EUR", "HOUR", "javascript:alert(1)",
                       "//[", "https://[::1]:99999/", "https://jobs\uff03example/"])
)  # fmt: skip
ODD_URLS = [
    "https://[::1]:99999/",
    "https://jobs.example]/",
    "https://jobs\uff03example/",
    "https://[jobs.example/",
    "https://jobs.example:99999/",
    "//[",
    "https://:443/",
]
vacancy_keys = st.sampled_from(SNAPSHOT_FIELDS) | st.text(max_size=6)
vacancies = st.builds(
    lambda extra, drop: {k: v for k, v in GOOD_VACANCY.items() if k not in drop} | extra,
    st.dictionaries(vacancy_keys, vacancy_values, max_size=5)
    # An address urlsplit cannot take, in the field most likely to hold one.
    | st.fixed_dictionaries({"apply_url": st.sampled_from(ODD_URLS) | st.text(max_size=20)}),
    st.sets(st.sampled_from(sorted(GOOD_VACANCY))),
)
DAY = dt.date(2026, 12, 1)


@EXAMPLES
@given(doc=vacancies)
def test_random_vacancy_files_give_a_vacancy_or_one_line_issues(tmp_path_factory, doc):
    # Found "apply_url: https://[::1]:99999/" ending podium check in "ValueError".
    path = tmp_path_factory.getbasetemp() / f"v{next(_names)}.yml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), "utf-8")
    try:
        vacancy = load_vacancy_file(path, ["nl", "en"], default_lang="nl")
    except ContentError as exc:
        assert exc.issues
        _check_issues(exc.issues)
        return
    _check_issues(paycheck.check([vacancy], "error", DAY))


@EXAMPLES
@given(
    records=st.lists(vacancies | json_values, max_size=3),
    top=st.dictionaries(
        st.sampled_from(["fetched_at", "url", "vendor", "format", "feed"]),
        json_values | st.sampled_from(["2026-11-22T05:00:00Z", "0001-01-01T00:00:00+01:00"]),
        max_size=4,
    ),
)
def test_random_snapshots_give_vacancies_or_one_line_issues(tmp_path_factory, records, top):
    path = tmp_path_factory.getbasetemp() / f"s{next(_names)}.json"
    try:
        path.write_text(json.dumps({**top, "vacancies": records}, indent=2), "utf-8")
    except ValueError:  # a number of more than 4,300 digits: json cannot write it
        return
    found, issues = load_snapshot(path, ["nl", "en"], default_lang="nl")
    _check_issues(issues)
    _check_issues(paycheck.check(found, "error", DAY))


# -- themes.yml -------------------------------------------------------------------------

GOOD_THEME = {"slug": "tech", "name": {"nl": "Techniek", "en": "Tech"}, "color": "#1f5fbf",
              "keywords": {"nl": ["software"], "en": ["software"]}}  # fmt: skip
theme_keys = st.sampled_from(THEME_FIELDS) | st.text(max_size=8)
theme_entries = st.builds(
    lambda extra: {**GOOD_THEME, **extra}, st.dictionaries(theme_keys, values, max_size=3)
)


class _NoAliases(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True  # a repeated value written out, not as &id001 (refused, and rightly)


@EXAMPLES
@given(entries=st.lists(theme_entries | values, min_size=1, max_size=3))
def test_random_themes_give_themes_or_one_line_errors(entries):
    # The slug of one theme a list ("slug: [x]") ended podium check with
    # "podium: error: TypeError: unhashable type: 'list'", no file or line.
    text = yaml.dump({"themes": entries}, Dumper=_NoAliases, allow_unicode=True, sort_keys=False)
    try:
        themes = parse_themes(text, "content/themes.yml")
    except ContentError as exc:
        assert exc.issues
        _check_issues(exc.issues)
        return
    assert themes and all(isinstance(t.slug, str) for t in themes)


# -- settings ------------------------------------------------------------------------------

SETTING_NAMES = ("TIMEZONE", "PODIUM_LANGUAGES", "DEFAULT_LANG", "PODIUM_BRAND", "PODIUM_TEAMS",
                 "PODIUM_IFRAME_HOSTS", "PODIUM_TODAY", "PODIUM_ALUMNI_POLICY",
                 "DEFAULT_PAGINATION", "PODIUM_FEATURED_COUNT", "PODIUM_MAX_STORY_BYTES",
                 "PODIUM_CACHE_PATH", "SITENAME")  # fmt: skip
setting_values = values | st.sampled_from(
    ["Europe/Amsterdma", "../../etc/passwd", "UTC", "", ["nl", "nl"], ["nl", "en", "en"],
     ("en",), {"name": "x", "color": "red"}, {"engineering": ["a"]}, ["https://x.example/"]]
)  # fmt: skip


@EXAMPLES
@given(raw=st.dictionaries(st.sampled_from(SETTING_NAMES), setting_values, max_size=6))
def test_random_settings_give_settings_or_one_line_errors(raw, monkeypatch):
    monkeypatch.delenv("PODIUM_TODAY", raising=False)
    try:
        parsed = PodiumSettings.from_pelican(raw)
    except ContentError as exc:
        assert exc.issues
        _check_issues(exc.issues)
        return
    assert len(set(parsed.languages)) == len(parsed.languages)
    assert parsed.default_lang in parsed.languages
    # the time zone works: a date-time falls on a day in it
    assert hub_day(dt.datetime(2026, 6, 1, 12, tzinfo=dt.UTC), parsed.timezone)
