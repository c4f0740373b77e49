"""``PODIUM_FEEDS`` validation and ``podium vacancies pull`` through click's CliRunner."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import pytest
from click.testing import CliRunner

from podium.errors import ContentError
from podium.settings import PodiumSettings
from podium_testkit import copy_site
from podium_vacancies.cli import default_name, vacancies
from podium_vacancies.feeds import FeedConfig

from .conftest import FIXTURES, VENDORS


@pytest.fixture(autouse=True)
def _elsewhere(tmp_path, monkeypatch):
    # Settings here are dicts, not a file: run where no pelicanconf.py exists, so
    # errors cannot borrow a line number from the project's own settings file.
    monkeypatch.chdir(tmp_path)


def settings_for(ats, *kinds, **extra) -> dict:
    feeds = [
        {"name": f"{k}-helder", "kind": k, "url": ats.url(VENDORS[k][0]), "default_country": "NL"}
        for k in kinds
    ]
    return {"PODIUM_FEEDS": feeds, "DEFAULT_LANG": "nl", **extra}


def run(settings: dict, content_dir, *args: str):
    obj = {"settings": settings, "content_dir": content_dir}
    return CliRunner().invoke(vacancies, ["pull", *args], obj=obj)


# -- settings ---------------------------------------------------------------------------


def test_feed_settings_are_read():
    (feed,) = FeedConfig.from_settings(
        {
            "PODIUM_FEEDS": [
                {
                    "name": "recruitee-helder",
                    "kind": "recruitee",
                    "url": "https://helderenergie.recruitee.com/api/offers/",
                    "default_country": "nl",
                    "default_lang": "en",
                    "team_map": {"Customer Care": "customer-care"},
                    "themes": ["customer"],
                }
            ]
        }
    )
    assert feed.default_country == "NL" and feed.default_lang == "en"
    assert feed.team_for("customer care") == "customer-care"
    assert feed.team_for("Field Service") == "field-service"
    assert feed.team_for(None) is None
    assert feed.themes == ("customer",)
    assert hash(feed)  # frozen and hashable


def test_a_feed_reads_the_hubs_languages_and_zone_as_the_settings_do():
    """PODIUM_FEEDS read PODIUM_LANGUAGES, DEFAULT_LANG and TIMEZONE again from the
    raw settings, with a default of its own: with ["en", "nl"] and no DEFAULT_LANG,
    the hub's pages were Dutch first and its feeds' posts without a language
    English."""
    entry = {"name": "l", "kind": "lever", "url": "https://api.lever.co/v0/postings/x"}
    given = {"PODIUM_LANGUAGES": ["en", "nl"], "TIMEZONE": "Pacific/Auckland"}
    settings = PodiumSettings.from_pelican({**given, "PODIUM_FEEDS": [entry]})
    (feed,) = settings.feeds
    assert feed.default_lang == settings.default_lang == "nl"
    assert feed.lang_for(None) == "nl" and feed.lang_for("en-GB") == "en"
    assert feed.timezone == settings.timezone == "Pacific/Auckland"


def test_no_feeds_setting_means_no_feeds():
    assert FeedConfig.from_settings({}) == ()


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"kind": "lever", "url": "https://x"}, "['name'] must be a slug"),
        ({"name": "Mijn Feed", "kind": "lever", "url": "https://x"}, "['name'] must be a slug"),
        ({"name": "x", "kind": "greenhous", "url": "https://x"},
         "['kind'] must be one of \"greenhouse\", \"lever\", \"personio\", \"recruitee\", "
         "not 'greenhous' (did you mean \"greenhouse\"?)"),
        ({"name": "x", "kind": "lever", "url": "file:///etc/passwd"}, "['url'] must be a web"),
        ({"name": "x", "kind": "lever", "url": "https://x", "default_country": "Holland"},
         "['default_country'] must be an ISO 3166 two-letter code"),
        ({"name": "x", "kind": "lever", "url": "https://x", "default_lang": "fr"},
         "['default_lang'] must be one of \"nl\", \"en\", not 'fr'"),
        ({"name": "x", "kind": "lever", "url": "https://x", "team_map": {"A": "Team A"}},
         "['team_map'] must map department names to team slugs"),
        ({"name": "x", "kind": "lever", "url": "https://x", "themes": "tech"},
         "['themes'] must be a list of theme slugs"),
        ({"name": "x", "kind": "lever", "url": "https://x", "urls": "y"},
         "['urls'] is unknown (did you mean \"url\"?)"),
        ({"name": "x", "kind": "lever", "url": "https://x", "max_mb": 0},
         "['max_mb'] must be a size in megabytes above 0 and at most 50, like 20, not 0"),
        ({"name": "x", "kind": "lever", "url": "https://x", "max_mb": "20"},
         "['max_mb'] must be a size in megabytes above 0 and at most 50, like 20, not '20'"),
        ({"name": "x", "kind": "lever", "url": "https://x", "max_jobs": 0},
         "['max_jobs'] must be a whole number of jobs above 0 and at most 20,000, like 8000, "
         "not 0"),
        ({"name": "x", "kind": "lever", "url": "https://x", "max_jobs": 50_000},
         "['max_jobs'] must be a whole number of jobs above 0 and at most 20,000, like 8000, "
         "not 50000"),
        ({"name": "x", "kind": "lever", "url": "https://x", "max_jobs": True},
         "['max_jobs'] must be a whole number of jobs above 0 and at most 20,000, like 8000, "
         "not True"),
        ("lever", "PODIUM_FEEDS[0] must be a dict"),
    ],
)  # fmt: skip
def test_bad_feed_settings_are_one_line_each(entry, message):
    with pytest.raises(ContentError) as info:
        FeedConfig.from_settings({"PODIUM_FEEDS": [entry]})
    (issue,) = info.value.issues
    assert issue.format().startswith("pelicanconf.py: error: setting PODIUM_FEEDS[0]")
    assert message in issue.format()


def test_feed_setting_examples_name_no_company_s_own_things():
    # A new company read "like {'Field Service': 'field-service'}" and "like
    # ['tech', 'sustainability']": the demo's team and theme, not theirs.
    entry = {"name": "x", "kind": "lever", "url": "https://x", "team_map": [1], "themes": "tech"}
    with pytest.raises(ContentError) as info:
        FeedConfig.from_settings({"PODIUM_FEEDS": [entry]})
    said = [issue.message for issue in info.value.issues]
    assert said == [
        "setting PODIUM_FEEDS[0]['team_map'] must map department names to team slugs, "
        "like {'Customer Support': 'support'}",
        "setting PODIUM_FEEDS[0]['themes'] must be a list of theme slugs of content/themes.yml, "
        "like ['my-theme']",
    ]
    assert "helder" not in default_name.__doc__


def test_feed_names_must_be_unique():
    entry = {"name": "x", "kind": "lever", "url": "https://x"}
    with pytest.raises(ContentError, match=r"PODIUM_FEEDS\[1\]\['name'\] \"x\" is used twice"):
        FeedConfig.from_settings({"PODIUM_FEEDS": [entry, dict(entry)]})


# -- the command ----------------------------------------------------------------------------


def test_pull_all_feeds_from_settings(ats, tmp_path):
    result = run(settings_for(ats, "greenhouse", "recruitee"), tmp_path)
    assert result.exit_code == 0, result.output
    feeds = tmp_path / "vacancies" / "feeds"
    assert sorted(p.name for p in feeds.iterdir()) == [
        "greenhouse-helder.json",
        "recruitee-helder.json",
    ]
    assert "feed recruitee-helder (" in result.output and "2 open, 0 gone" in result.output


def test_one_failing_feed_exits_1_after_trying_all(ats, tmp_path, closed_port):
    settings = settings_for(ats, "lever")
    settings["PODIUM_FEEDS"].insert(
        0, {"name": "down", "kind": "lever", "url": f"http://127.0.0.1:{closed_port}/"}
    )
    result = run(settings, tmp_path)
    assert result.exit_code == 1
    assert (tmp_path / "vacancies" / "feeds" / "lever-helder.json").exists()
    errors = [line for line in result.output.splitlines() if ": error: " in line]
    assert errors == [
        f"feed down (http://127.0.0.1:{closed_port}/): error: cannot connect: "
        "[Errno 111] Connection refused"
    ]
    assert "Traceback" not in result.output


def test_pull_one_feed_by_name(ats, tmp_path):
    result = run(settings_for(ats, "greenhouse", "lever"), tmp_path, "--name", "lever-helder")
    assert result.exit_code == 0, result.output
    assert [p.name for p in (tmp_path / "vacancies" / "feeds").iterdir()] == ["lever-helder.json"]


def test_unknown_feed_name_is_a_usage_error(ats, tmp_path):
    result = run(settings_for(ats, "lever"), tmp_path, "--name", "lever-heldr")
    assert result.exit_code == 2
    assert 'no feed named "lever-heldr" in PODIUM_FEEDS (did you mean "lever-helder"?)' in (
        result.output
    )


def test_pull_the_feed_given_on_the_command_line(ats, tmp_path):
    url = ats.url("/xml")
    result = run({}, tmp_path, "--kind", "personio", "--url", url, "--country", "NL")
    assert result.exit_code == 0, result.output
    doc = json.loads((tmp_path / "vacancies" / "feeds" / "personio-127.json").read_text())
    assert doc["url"] == url and len(doc["vacancies"]) == 4


def test_country_for_a_configured_feed_is_used_or_refused_never_ignored(ats, tmp_path):
    # The pull's warning for a post without a country says 'give the feed a
    # default, like --country NL': given alone, or with the --url of a feed of
    # PODIUM_FEEDS, it was ignored without a word and the posts skipped again.
    settings = {"PODIUM_FEEDS": [{"name": "personio-helder", "kind": "personio",
                                  "url": ats.url("/xml")}]}  # fmt: skip
    alone = run(settings, tmp_path, "--country", "Nederland")
    assert alone.exit_code == 2
    assert (
        "--country goes with --kind and --url (the feed given there); for a feed of "
        'PODIUM_FEEDS, add "default_country": "NL" to its entry'
    ) in " ".join(alone.output.split())
    assert not (tmp_path / "vacancies").exists()
    given = run(
        settings, tmp_path, "--kind", "personio", "--url", ats.url("/xml"), "--country", "NL"
    )
    assert given.exit_code == 0, given.output
    doc = json.loads((tmp_path / "vacancies" / "feeds" / "personio-helder.json").read_text())
    assert len(doc["vacancies"]) == 4 and "names no known country" not in given.output


def test_command_line_feed_uses_its_settings_when_configured(ats, tmp_path):
    settings = settings_for(ats, "recruitee")
    settings["PODIUM_FEEDS"][0]["themes"] = ["customer"]
    url = settings["PODIUM_FEEDS"][0]["url"]
    result = run(settings, tmp_path, "--kind", "recruitee", "--url", url)
    assert result.exit_code == 0, result.output
    doc = json.loads((tmp_path / "vacancies" / "feeds" / "recruitee-helder.json").read_text())
    assert all(v["themes"] == ["customer"] for v in doc["vacancies"])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--kind", "lever"], "--kind and --url go together"),
        (["--url", "https://api.lever.co/v0/postings/x"], "--kind and --url go together"),
        (["--kind", "workday", "--url", "https://x"], "'workday' is not one of"),
        (["--kind", "lever", "--url", "ftp://x"], "must be a web address"),
        # Ended in "ValueError: Invalid IPv6 URL" (a traceback's last line).
        (
            ["--kind", "lever", "--url", "https://[api.lever.co/v0/postings/x"],
            "must be a web address",
        ),
        (
            ["--kind", "lever", "--url", "https://api.lever.co:99999/v0/postings/x"],
            "must be a web address",
        ),
        (["--kind", "lever", "--url", "https://api..lever.co/v0/postings/x"], "must be a web"),
        # An unset variable: --url "" said "--kind and --url go together" of a command
        # line with both, and --country "" (or --name "") pulled as if not given.
        (["--kind", "lever", "--url", ""], "Invalid value for '--url': the value is empty"),
        (
            ["--kind", "lever", "--url", "https://api.lever.co/v0/postings/x", "--country", ""],
            "Invalid value for '--country': the value is empty (an unset variable in a script?)",
        ),
        (["--name", " "], "Invalid value for '--name': the value is empty"),
    ],
)
def test_usage_errors_exit_2(tmp_path, args, message):
    result = run({}, tmp_path, *args)
    assert result.exit_code == 2, result.output
    assert message in result.output


HOST_NAME = (
    'a host name is parts of letters, digits and hyphens split by dots, like "jobs.example.com"'
)


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("http://%2e%2e:1/", 'its host "%2e%2e" has "%" in it'),
        ("https://jobs%2Eexample.com/x", 'its host "jobs%2Eexample.com" has "%" in it'),
        ("https://a|b/x", 'its host "a|b" has "|" in it'),
        ("https://a..b/x", 'its host "a..b" is no host name (an empty part'),
        ("https://.a/x", 'its host ".a" is no host name (an empty part'),
        (f"https://{'a' * 64}.com/x", "is no host name (an empty part, a part over 63 characters"),
        (f"https://{'ü' * 60}.com/x", "is no host name (an empty part, a part over 63 characters"),
        (f"https://{'a.' * 127}com/x", "or over 253 in all"),
    ],
)
def test_a_url_whose_host_no_browser_opens_is_a_usage_error_naming_the_flag(tmp_path, url, why):
    """--url 'http://%2e%2e:1/' was taken, and the pull ended in "connection
    failed: UnicodeError: encoding with 'idna' codec failed (UnicodeError: label
    empty or too long)": urllib decodes "%2e%2e" to ".." before it looks it up."""
    result = run({}, tmp_path, "--kind", "greenhouse", "--url", url)
    assert result.exit_code == 2, result.output
    (line,) = [x for x in result.output.splitlines() if "--url" in x and "error" in x.lower()]
    said = f"--url must be a web address a browser can open, not {url!r}: "
    assert said in line and why in line and line.endswith(f"; {HOST_NAME}"), line


def test_no_feeds_set_is_an_error_of_the_settings_file_that_says_what_to_add(tmp_path):
    # It was "podium: error: no feeds to pull: add PODIUM_FEEDS to the settings",
    # as if the command were used wrongly, naming neither the file nor the form.
    unset = run({}, tmp_path)
    assert unset.exit_code == 1, unset.output
    (line,) = unset.output.splitlines()
    assert line.startswith("pelicanconf.py: error: setting PODIUM_FEEDS is not set: no feeds "
                           "to pull; add PODIUM_FEEDS = [{'name': "), line  # fmt: skip
    assert "or give --kind and --url" in line
    # Set, but empty: the line that sets it.
    (tmp_path / "pelicanconf.py").write_text('SITENAME = "x"\nPODIUM_FEEDS = []\n', "utf-8")
    empty = run({"PODIUM_FEEDS": []}, tmp_path)
    assert empty.exit_code == 1, empty.output
    (line,) = empty.output.splitlines()
    assert line.startswith("pelicanconf.py:2: error: setting PODIUM_FEEDS is empty: no feeds "
                           "to pull; list one in it, like [{'name': "), line  # fmt: skip


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("https://[helder.recruitee.com/api/offers/", 'opens a "[" that closes no IPv6 address'),
        ("https://helder.recruitee.com:0x1bb/api/offers/", "its port is no number from 0 to 65535"),
        # Passed, and each pull failed with "connection failed: InvalidURL: URL
        # can't contain control characters" or "UnicodeError: ... label empty".
        ("https://helder recruitee.com/api/offers/", "its host has a space or control character"),
        ("https://helder..recruitee.com/api/offers/", "is no host name (an empty part"),
        ("https://helder%2Erecruitee.com/api/offers/", 'has "%" in it; ' + HOST_NAME),
    ],
)
def test_a_feed_url_no_browser_can_open_is_a_setting_error(tmp_path, url, why):
    result = run({"PODIUM_FEEDS": [{"name": "x", "kind": "recruitee", "url": url}]}, tmp_path)
    assert result.exit_code == 1 and "Traceback" not in result.output
    (line,) = result.output.splitlines()
    assert line.startswith(
        "pelicanconf.py: error: setting PODIUM_FEEDS[0]['url'] must be a web address "
        f"a browser can open, not {url!r}: "
    )
    assert why in line, line


def _refused_feed_url(tmp_path, how: str, url: str):
    """A pull given ``url`` as a feed's setting or as --url: its result and its one
    error line, once checked that it failed as a setting (1) or a usage (2) error."""
    if how == "setting":
        result = run({"PODIUM_FEEDS": [{"name": "x", "kind": "recruitee", "url": url}]}, tmp_path)
    else:
        result = run({}, tmp_path, "--kind", "recruitee", "--url", url)
    assert result.exit_code == (1 if how == "setting" else 2), result.output
    (line,) = [x for x in result.output.splitlines() if "error" in x.lower()]
    return result, line


@pytest.mark.parametrize("how", ["setting", "option"])
def test_a_feed_url_with_a_password_is_refused_without_repeating_it(tmp_path, how):
    # The password was printed in every line about the feed (a CI log) and
    # written into the committed snapshot, as the feed's address.
    url = "https://robot:s3cret@helder.recruitee.com/api/offers/"
    result, line = _refused_feed_url(tmp_path, how, url)
    assert "must not hold a user name or password (user:password@)" in line
    assert "s3cret" not in result.output and "robot" not in result.output
    assert line.endswith("give the address without them (https://helder.recruitee.com/...)") or (
        "(https://helder.recruitee.com/...) (see podium" in line
    )


@pytest.mark.parametrize("how", ["setting", "option"])
@pytest.mark.parametrize(
    ("url", "fixed"),
    [
        ("http://127.0.0.1:8931/rc .json", "http://127.0.0.1:8931/rc%20.json"),
        ("https://helder.recruitee.com/api/offers/?q=a\tb", "https://helder.recruitee.com/api/offers/?q=a%09b"),
        ("https://helder.recruitee.com/api/offers/ ", "https://helder.recruitee.com/api/offers/"),
    ],
)  # fmt: skip
def test_a_feed_url_with_a_space_is_a_setting_error(tmp_path, how, url, fixed):
    # It passed the check, and every pull failed with "connection failed:
    # InvalidURL: URL can't contain control characters. '/rc .json' (found at least ' ')".
    _, line = _refused_feed_url(tmp_path, how, url)
    where = "setting PODIUM_FEEDS[0]['url']" if how == "setting" else "Error: --url"
    assert (
        f"{where} must not hold a space or control character, not {url!r}: write a space "
        f"in an address as %20, like {fixed!r}"
    ) in line, line


def test_a_feed_setting_error_is_on_the_line_of_the_key_it_names(tmp_path):
    # It was on the line that opens PODIUM_FEEDS (2), however far below the
    # second feed's address was.
    feeds = [
        {"name": "a", "kind": "lever", "url": "https://api.lever.co/v0/postings/a"},
        {"name": "b", "kind": "recruitee", "url": "ftp://b.example/offers"},
    ]
    (tmp_path / "pelicanconf.py").write_text(
        'SITENAME = "x"\n'
        "PODIUM_FEEDS = [\n"
        '    {"name": "a", "kind": "lever", "url": "https://api.lever.co/v0/postings/a"},\n'
        "    {\n"
        '        "name": "b",\n'
        '        "kind": "recruitee",\n'
        '        "url": "ftp://b.example/offers",\n'
        "    },\n"
        "]\n",
        "utf-8",
    )
    result = run({"PODIUM_FEEDS": feeds}, tmp_path)
    assert result.exit_code == 1, result.output
    (line,) = result.output.splitlines()
    assert line.startswith("pelicanconf.py:7: error: setting PODIUM_FEEDS[1]['url'] "), line


def test_invalid_feed_settings_exit_1(tmp_path):
    result = run({"PODIUM_FEEDS": [{"name": "x", "kind": "lever"}]}, tmp_path)
    assert result.exit_code == 1
    assert result.output.strip() == (
        "pelicanconf.py: error: setting PODIUM_FEEDS[0]['url'] must be a web address "
        "starting with https:// (or http://), not None"
    )


@pytest.mark.parametrize(
    ("kind", "url", "name"),
    [
        ("greenhouse", "https://boards-api.greenhouse.io/v1/boards/helder/jobs?content=true",
         "greenhouse-helder"),
        ("lever", "https://api.lever.co/v0/postings/helder?mode=json", "lever-helder"),
        ("personio", "https://helder.jobs.personio.de/xml", "personio-helder"),
        ("recruitee", "https://helder.recruitee.com/api/offers/", "recruitee-helder"),
    ],
)  # fmt: skip
def test_default_feed_names(kind, url, name):
    assert default_name(kind, url) == name


def test_a_job_gone_from_its_feed_is_gone_since_the_hubs_today(ats, tmp_path, monkeypatch):
    # gone_since was the day in UTC on the machine's clock: a hub in
    # Pacific/Auckland pulling at 00:17 on 25 November (11:17 UTC on the 24th)
    # wrote the 24th, and PODIUM_TODAY, which every other date of the build
    # follows, was not heard. It is now the hub's today, like the build's.
    from .test_vacancies_pull import recruitee_without

    monkeypatch.setenv("PODIUM_TODAY", "2026-11-25")
    settings = settings_for(ats, "recruitee", TIMEZONE="Pacific/Auckland")
    assert run(settings, tmp_path).exit_code == 0
    ats.serve("/api/offers/", recruitee_without(2201002))
    result = run(settings, tmp_path)
    assert result.exit_code == 0, result.output
    doc = json.loads((tmp_path / "vacancies" / "feeds" / "recruitee-helder.json").read_text())
    gone = {r["id"]: r for r in doc["vacancies"]}["2201002"]
    assert (gone["status"], gone["gone_since"]) == ("gone", "2026-11-25")


@pytest.mark.parametrize("query", ["mode=json&limit=50", "mode=json&skip=50&limit=50"])
def test_a_lever_url_asking_for_one_page_is_refused(tmp_path, query):
    # Lever pages only when asked: every job past the first 50 looked taken
    # down at the next pull, and its page closed.
    url = f"https://api.lever.co/v0/postings/helder?{query}"
    result = run({"PODIUM_FEEDS": [{"name": "x", "kind": "lever", "url": url}]}, tmp_path)
    assert result.exit_code == 1
    assert result.output.strip() == (
        "pelicanconf.py: error: setting PODIUM_FEEDS[0]['url'] must not ask Lever for one "
        "page (limit=, skip=): the jobs past it would look closed; use "
        f"https://api.lever.co/v0/postings/SITE?mode=json, not {url!r}"
    )


def test_a_snapshot_that_cannot_be_written_is_one_plain_line_and_stays(ats, tmp_path):
    """A folder where the snapshot goes (or a read-only feeds folder): the line named
    a temporary file the user never made, twice the path and a "->", as
    "cannot write F: [Errno 21] Is a directory: '.../.F.ni3rl07u.tmp' -> 'F'"."""
    feeds = tmp_path / "vacancies" / "feeds"
    (feeds / "lever-helder.json").mkdir(parents=True)
    (feeds / "lever-helder.json" / "notes.txt").write_text("mine", "utf-8")
    result = run(settings_for(ats, "lever"), tmp_path)
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if ": error: " in line]
    assert errors == [
        f"feed lever-helder ({ats.url(VENDORS['lever'][0])}): error: cannot write "
        f"{feeds / 'lever-helder.json'}: Is a directory"
    ]
    assert [p.name for p in feeds.iterdir()] == ["lever-helder.json"]  # no temporary file
    assert (feeds / "lever-helder.json" / "notes.txt").read_text("utf-8") == "mine"


@pytest.mark.parametrize(
    ("signum", "status", "message"),
    [
        (signal.SIGTERM, 143, "podium: error: terminated (SIGTERM)"),
        (signal.SIGINT, 130, "podium: error: interrupted (Ctrl-C)"),
    ],
    ids=["SIGTERM", "SIGINT"],
)
def test_a_pull_stopped_while_it_writes_leaves_no_temporary_file(tmp_path, signum, status, message):
    """A cancelled workflow (SIGTERM) while `podium vacancies pull` wrote a snapshot:
    the process died at once and left .greenhouse-helder.json.x1y2.tmp in
    content/vacancies/feeds/, which the workflow's commit of that folder took
    along. Now SIGTERM stops it as Ctrl-C does: the temporary file is removed."""
    site = copy_site(tmp_path)
    feeds = site / "content" / "vacancies" / "feeds"
    before = sorted(p.name for p in feeds.iterdir()) if feeds.is_dir() else []
    body = (FIXTURES / VENDORS["greenhouse"][1]).read_bytes()
    script = (
        "import importlib, os\n"
        "pull = importlib.import_module('podium_vacancies.pull')\n"
        f"pull.fetch = lambda *args, **kwargs: {body!r}\n"
        "def fsync(fd):  # the snapshot written, not yet renamed into place\n"
        f"    os.kill(os.getpid(), {int(signum)})\n"
        "os.fsync = fsync\n"
        "from podium_cli.cli import main\n"
        "main(['vacancies', 'pull', '--kind', 'greenhouse', '--name', 'greenhouse-helder',\n"
        "      '--url', 'https://boards-api.greenhouse.io/v1/boards/helder/jobs?content=true'],\n"
        "     prog_name='podium')\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], cwd=site, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == status, proc.stderr
    assert proc.stderr.splitlines() == [message]
    assert sorted(p.name for p in feeds.iterdir()) == before


def test_the_next_pull_removes_what_a_killed_pull_left(tmp_path):
    """SIGKILL (the OOM killer, a runner gone) while `podium vacancies pull` wrote
    a snapshot cannot be caught: .greenhouse-helder.json.x1y2z3w4.tmp, half a
    snapshot, stayed in content/vacancies/feeds/ for every later commit of that
    folder, and the kept copy's in the cache too. The next pull, holding content/,
    removes them (only names its own writes give), saying so in one line; a file
    of another name is left alone. The feeds' answers, spooled while the pull
    ran, were in the system's temporary folder, where a killed pull left them for
    good; they are in the cache now (pull-spool), and the next pull removes them."""
    site = copy_site(tmp_path)
    feeds = site / "content" / "vacancies" / "feeds"
    body = (FIXTURES / VENDORS["greenhouse"][1]).read_bytes()

    def pull(kill: bool) -> subprocess.CompletedProcess:
        script = (
            "import importlib, os, signal\n"
            "pull = importlib.import_module('podium_vacancies.pull')\n"
            f"pull.fetch = lambda *args, **kwargs: {body!r}\n"
            + (
                "def fsync(fd):  # the snapshot written, not yet renamed into place\n"
                "    os.kill(os.getpid(), signal.SIGKILL)\n"
                "os.fsync = fsync\n"
                if kill
                else ""
            )
            + "from podium_cli.cli import main\n"
            "main(['vacancies', 'pull', '--kind', 'greenhouse', '--name', 'greenhouse-helder',\n"
            "      '--url', 'https://boards-api.greenhouse.io/v1/boards/helder/jobs'],\n"
            "     prog_name='podium')\n"
        )
        # Its own temporary folder, to see that the pull leaves nothing there.
        env = {**os.environ, "TMPDIR": str(spool)}
        return subprocess.run(
            [sys.executable, "-c", script],
            cwd=site,
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
        )

    spool = tmp_path / "tmp"
    spool.mkdir()
    assert pull(kill=True).returncode == -signal.SIGKILL
    answers = site / ".podium-cache" / "pull-spool"
    assert [p.read_bytes() for p in answers.iterdir()] == [body]  # the kill's leftover
    assert list(spool.iterdir()) == []
    (left,) = [p for p in feeds.iterdir() if p.name.endswith(".tmp")]
    assert left.name.startswith(".greenhouse-helder.json.")
    kept = site / ".podium-cache" / "vacancy-feeds"
    kept.mkdir(parents=True, exist_ok=True)
    (kept / f".greenhouse-helder.json.{left.name.split('.')[-2]}.tmp").write_text("{")
    mine = feeds / ".notes.json.tmp"
    mine.write_text("mine")
    done = pull(kill=False)
    assert done.returncode == 0, done.stderr
    assert [line for line in done.stderr.splitlines() if "removed" in line] == [
        f"removed content/vacancies/feeds/{left.name} (an unfinished snapshot left by a "
        "podium vacancies pull that was stopped)"
    ]
    assert sorted(p.name for p in feeds.iterdir()) == [".notes.json.tmp", "greenhouse-helder.json"]
    assert sorted(p.name for p in kept.iterdir()) == ["greenhouse-helder.json"]
    assert not answers.exists() and list(spool.iterdir()) == []
    assert pull(kill=False).stderr.count("removed") == 0  # nothing left: no word


def test_a_pull_while_another_pull_runs_waits_and_loses_nothing_it_wrote(tmp_path):
    """Two pulls at once (a cron job and a hand run). The first's feed was down:
    it put the copy of the last pull kept in the cache into content/, as read when
    it started; the second, quick, had meanwhile written a new job's snapshot,
    which the first's write undid, the new job off the site until the next pull.
    The second now waits for the first, saying so in one line, and starts from
    what the first wrote."""
    import time

    site = copy_site(tmp_path)
    body = json.loads((FIXTURES / VENDORS["greenhouse"][1]).read_bytes())
    new_job = {**body["jobs"][0], "id": 4012099, "title": "Nieuwe functie"}
    later = {**body, "jobs": [*body["jobs"], new_job]}
    ready, go = tmp_path / "ready", tmp_path / "go"
    pull = (
        "from podium_cli.cli import main\n"
        "main(['vacancies', 'pull', '--kind', 'greenhouse', '--name', 'greenhouse-helder',\n"
        "      '--url', 'https://boards-api.greenhouse.io/v1/boards/helder/jobs?content=true'],\n"
        "     prog_name='podium')\n"
    )

    def script(feed: dict | None) -> str:
        answer = (
            f"    return json.dumps({feed!r}).encode()\n"
            if feed is not None
            else f"    Path({str(ready)!r}).touch()\n"
            "    deadline = time.monotonic() + 120\n"
            f"    while not Path({str(go)!r}).exists() and time.monotonic() < deadline:\n"
            "        time.sleep(0.05)\n"
            "    raise pull.FeedError('the feed is down')\n"
        )
        return (
            "import importlib, json, time\n"
            "from pathlib import Path\n"
            "pull = importlib.import_module('podium_vacancies.pull')\n"
            "def fetch(*args, **kwargs):\n" + answer + "pull.fetch = fetch\n" + pull
        )

    done = subprocess.run([sys.executable, "-c", script(body)], cwd=site,
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    # The repository's snapshot is older than the cache's copy (CI commits none back).
    path = site / "content/vacancies/feeds/greenhouse-helder.json"
    older = json.loads(path.read_text("utf-8"))
    older["fetched_at"] = "2026-01-01T00:00:00Z"
    older["vacancies"] = [r for r in older["vacancies"] if r["id"] != "4012002"]
    path.write_text(json.dumps(older, indent=2), "utf-8")
    first = subprocess.Popen([sys.executable, "-c", script(None)], cwd=site,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    deadline = time.monotonic() + 120
    while not ready.exists():
        assert first.poll() is None and time.monotonic() < deadline, first.communicate()
        time.sleep(0.05)
    said = tmp_path / "second.err"
    with said.open("w") as err:
        second = subprocess.Popen([sys.executable, "-c", script(later)], cwd=site,
                                  stdout=subprocess.DEVNULL, stderr=err, text=True)  # fmt: skip
        while second.poll() is None and "waiting" not in said.read_text("utf-8"):
            assert time.monotonic() < deadline, "the second pull neither ended nor waited"
            time.sleep(0.05)
        go.touch()
        first.communicate(timeout=120)
        second.wait(timeout=120)
    assert (first.returncode, second.returncode) == (1, 0), said.read_text("utf-8")
    snap = json.loads(path.read_text("utf-8"))
    assert {r["id"]: r["status"] for r in snap["vacancies"]}.get("4012099") == "present"
    assert said.read_text("utf-8").splitlines()[0] == (
        "podium: waiting for another command changing content/ to finish"
    )
