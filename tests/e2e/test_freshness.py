"""sitemap lastmod: moves when (and only when) what a page shows changes."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import re
import shutil
import subprocess

import pytest

from podium_cli.build import build
from podium_render.freshness import Freshness, GitDates
from podium_testkit import read_page


def lastmods(output) -> dict[str, str]:
    text = (output / "sitemap.xml").read_text(encoding="utf-8")
    return dict(re.findall(r"<loc>/?([^<]*)</loc>\s*<lastmod>([^<]+)</lastmod>", text))


def test_hash_record_keeps_dates_until_content_changes(tmp_path):
    cache = tmp_path / "cache"
    first = Freshness(tmp_path, cache, dt.date(2026, 11, 1), use_git=False)
    assert first.lastmod("stories/a/", ("title", "body"), dt.date(2026, 10, 1)) == "2026-10-01"
    first.save()
    record = json.loads((cache / "lastmod.json").read_text())
    assert record["format"] == 2 and list(record["pages"]) == ["/stories/a/"]

    same = Freshness(tmp_path, cache, dt.date(2026, 11, 20), use_git=False)
    assert same.lastmod("stories/a/", ("title", "body"), dt.date(2026, 10, 1)) == "2026-10-01"
    same.save()
    edited = Freshness(tmp_path, cache, dt.date(2026, 11, 21), use_git=False)
    assert edited.lastmod("stories/a/", ("title", "new body"), dt.date(2026, 10, 1)) == (
        "2026-11-21"
    )
    # The editor's own "updated" wins over the record.
    assert (
        edited.lastmod("stories/b/", "x", dt.date(2026, 10, 1), updated=dt.date(2026, 10, 5))
        == "2026-10-05"
    )


def test_a_record_of_the_whole_page_still_counts_once_the_footer_is_left_out(tmp_path):
    # Listings were hashed whole (footer and its year included): the first build
    # that leaves the footer out must not move them all as changed.
    cache = tmp_path / "cache"
    first = Freshness(tmp_path, cache, dt.date(2026, 11, 1), use_git=False)
    assert first.lastmod("stories/", "whole page", dt.date(2026, 10, 1)) == "2026-10-01"
    first.save()
    later = Freshness(tmp_path, cache, dt.date(2026, 11, 20), use_git=False)
    got = later.lastmod(
        "stories/", "page without footer", dt.date(2026, 10, 1), also_same="whole page"
    )
    assert got == "2026-10-01"


def test_an_unreadable_record_starts_over(tmp_path):
    (tmp_path / "lastmod.json").write_text("{not json", encoding="utf-8")
    fresh = Freshness(tmp_path, tmp_path, dt.date(2026, 11, 1), use_git=False)
    assert fresh.lastmod("a/", 1, dt.date(2026, 1, 2)) == "2026-01-02"


def test_a_planted_record_moves_no_date_when_the_cache_key_is_set(tmp_path, cache_key, caplog):
    # With PODIUM_CACHE_KEY set, lastmod.json had no MAC: a record planted in the
    # restored cache ("this page's hash was first seen in 2020") moved the sitemap's
    # dates, and with them which pages `podium ping` sends. Now one warning, and
    # the record counts as lost; the build's own record is sealed and kept.
    cache = tmp_path / "cache"
    first = Freshness(tmp_path, cache, dt.date(2026, 11, 1), use_git=False)
    digest = hashlib.sha256(repr(("title", "body")).encode()).hexdigest()
    assert first.lastmod("stories/a/", ("title", "body"), dt.date(2026, 10, 1)) == "2026-10-01"
    first.save()
    assert (cache / "lastmod.json.mac").is_file()
    again = Freshness(tmp_path, cache, dt.date(2026, 11, 20), use_git=False)
    assert again.lastmod("stories/a/", ("title", "new"), dt.date(2026, 10, 1)) == "2026-11-20"
    planted = {"format": 2, "pages": {"/stories/a/": {"hash": digest, "date": "2026-12-31"}}}
    (cache / "lastmod.json").write_text(json.dumps(planted), encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        later = Freshness(tmp_path, cache, dt.date(2026, 11, 21), use_git=False)
    assert later.lastmod("stories/a/", ("title", "body"), dt.date(2026, 10, 1)) == "2026-10-01"
    (line,) = [r.getMessage() for r in caplog.records]
    assert line.startswith(f"{cache / 'lastmod.json'}: warning: no right MAC")


def _git(folder, *args, date="2026-03-04T10:00:00+01:00"):
    env = {
        **os.environ,
        "GIT_AUTHOR_DATE": date,
        "GIT_COMMITTER_DATE": date,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.com",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.com",
    }
    subprocess.run(["git", "-C", str(folder), *args], check=True, env=env, capture_output=True)


def test_git_dates_per_file_and_none_for_uncommitted_changes(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    (content / "a.md").write_text("a", encoding="utf-8")
    (content / "b.md").write_text("b", encoding="utf-8")
    (content / "zoë.md").write_text("z", encoding="utf-8")
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "add", "-A")
    _git(tmp_path, "commit", "-qm", "one")
    (content / "b.md").write_text("b2", encoding="utf-8")
    _git(tmp_path, "commit", "-qam", "two", date="2026-05-06T23:30:00-05:00")
    dates = GitDates(content, "Europe/Amsterdam")
    assert dates.date(content / "a.md") == dt.date(2026, 3, 4)
    # git lists a name with "ë" quoted, with octal escapes, unless told not to.
    assert dates.date(content / "zoë.md") == dt.date(2026, 3, 4)
    # 23:30 in Chicago (CDT) is 06:30 the next morning in the hub's time zone: the
    # day a story's own date would be read as, not the committer's day.
    assert dates.date(content / "b.md") == dt.date(2026, 5, 7)
    assert GitDates(content, "America/Chicago").date(content / "b.md") == dt.date(2026, 5, 6)
    (content / "a.md").write_text("edited, not committed", encoding="utf-8")
    assert GitDates(content).date(content / "a.md") is None  # falls back to the record
    assert GitDates(tmp_path / "elsewhere").ok is False  # not a checkout


def test_build_moves_lastmod_of_edited_pages_only(site, tmp_path):
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text() + "PODIUM_LASTMOD_FROM_GIT = False\n", encoding="utf-8")
    out = tmp_path / "out"
    build(conf, out, PODIUM_TODAY="2026-06-01")
    before = lastmods(out)
    story = "stories/ben-bakker/"
    assert before[story] == "2026-04-10"  # first seen: its publication date
    assert before["vacancies/501/"] == "2026-05-01"
    assert all(before.values())

    build(conf, out, PODIUM_TODAY="2026-06-05")
    assert lastmods(out) == before  # nothing changed, nothing moves

    column = site / "content" / "columns" / "ben-bakker.md"
    column.write_text(column.read_text().replace("goed voor", "prima voor"), encoding="utf-8")
    job = site / "content" / "vacancies" / "data-engineer.yml"
    job.write_text(job.read_text().replace("max: 5600", "max: 5800"), encoding="utf-8")
    build(conf, out, PODIUM_TODAY="2026-06-10")
    after = lastmods(out)
    assert after[story] == "2026-06-10" and after["vacancies/501/"] == "2026-06-10"
    changed = {url for url in after if after[url] != before.get(url)}
    # The edited pages, plus listings that show the story's text or the salary.
    assert story in changed and "vacancies/501/" in changed
    page = read_page(out, story)
    # Written with the site's offset, like datePublished (it was a bare date).
    assert page.meta("article:modified_time") == "2026-06-10T00:00:00+02:00"


def test_an_edit_a_stopped_build_never_published_is_dated_by_the_build_that_does(
    site, tmp_path, monkeypatch
):
    """The record of what each page showed was written while the pages were,
    before Pagefind ran and the output was swapped in: a build stopped then
    (Ctrl-C in the indexing, a full disk, a failed index) left the edit recorded
    as seen that day, and the next build, days later, dated the page by the day
    no one could see it; a search engine that came in between never came back.
    The record is now written once the output is in place."""
    import podium_index.plugin as index_plugin

    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text() + "PODIUM_LASTMOD_FROM_GIT = False\n", encoding="utf-8")
    out = tmp_path / "out"
    build(conf, out, PODIUM_TODAY="2026-06-01")
    story = "stories/ben-bakker/"
    assert lastmods(out)[story] == "2026-04-10"
    column = site / "content" / "columns" / "ben-bakker.md"
    column.write_text(column.read_text().replace("goed voor", "prima voor"), encoding="utf-8")

    def stopped(*args, **kwargs):
        raise KeyboardInterrupt

    with monkeypatch.context() as ctrl_c:
        ctrl_c.setattr(index_plugin, "index_with_cache", stopped)
        with pytest.raises(KeyboardInterrupt):
            build(conf, out, PODIUM_TODAY="2026-06-05")
    assert lastmods(out)[story] == "2026-04-10"  # the output of 1 June, as it was
    build(conf, out, PODIUM_TODAY="2026-06-10")
    assert lastmods(out)[story] == "2026-06-10"


def test_a_changed_vacancy_moves_only_the_listings_that_show_it(site, tmp_path):
    # A listing's lastmod was never before the site's newest date: one vacancy
    # retitled moved every listing (/columns/, /people/, the balance theme's page),
    # their HTML byte for byte the same, and podium ping sent them all to IndexNow.
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text() + "PODIUM_LASTMOD_FROM_GIT = False\n", encoding="utf-8")
    out = tmp_path / "out"
    build(conf, out, PODIUM_TODAY="2026-06-01")
    before = lastmods(out)
    pages = {url: (out / url / "index.html").read_bytes() for url in before}
    job = site / "content" / "vacancies" / "data-engineer.yml"
    job.write_text(job.read_text().replace("title: Data engineer", "title: Data lead"), "utf-8")
    build(conf, out, PODIUM_TODAY="2026-06-05")
    after = lastmods(out)
    assert after["vacancies/501/"] == after["vacancies/"] == "2026-06-05"
    same = [url for url in before if (out / url / "index.html").read_bytes() == pages[url]]
    assert "columns/" in same and "themes/balance/" in same
    assert {url: after[url] for url in same} == {url: before[url] for url in same}


def test_the_footers_new_year_moves_no_lastmod(site, tmp_path):
    # The footer's "© 2026" became "© 2027" on 1 January, which changed every
    # listing page's HTML: their sitemap lastmod moved, and podium ping sent
    # them all to IndexNow, with nothing on them changed.
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text() + "PODIUM_LASTMOD_FROM_GIT = False\n", encoding="utf-8")
    out = tmp_path / "out"
    build(conf, out, PODIUM_TODAY="2027-12-31")  # its jobs closed by then
    before = lastmods(out)
    assert "© 2027" in (out / "index.html").read_text(encoding="utf-8")
    build(conf, out, PODIUM_TODAY="2028-01-01")
    assert "© 2028" in (out / "index.html").read_text(encoding="utf-8")
    assert {u: d for u, d in lastmods(out).items() if d != before.get(u)} == {}


def test_updated_field_drives_lastmod_and_date_modified(site, tmp_path):
    column = site / "content" / "columns" / "ben-bakker.md"
    column.write_text(
        column.read_text().replace(
            "role: Supportmedewerker", "role: Supportmedewerker\nupdated: 2026-05-20"
        ),
        encoding="utf-8",
    )
    out = build(site / "pelicanconf.py", tmp_path / "out", PODIUM_TODAY="2026-06-01").output
    story = "stories/ben-bakker/"
    assert lastmods(out)[story] == "2026-05-20"
    page = read_page(out, story)
    (block,) = page.jsonld()
    assert block["dateModified"] == "2026-05-20T00:00:00+02:00"
    assert page.meta("article:modified_time") == "2026-05-20T00:00:00+02:00"
    assert 'datetime="2026-05-20"' in page.html  # shown to readers too
    # The author's people page was last modified when the story was (it used the
    # newest story's publication date, whatever its `updated`).
    people = read_page(out, "people/ben-bakker/")
    profiles = people.jsonld()
    assert [p["dateModified"] for p in profiles] == ["2026-05-20T00:00:00+02:00"]
    # ...and the sitemap says so too, not the site's newest date (2026-05-10).
    assert lastmods(out)["people/ben-bakker/"] == "2026-05-20"


def test_a_people_page_is_first_dated_by_its_own_stories(site, tmp_path):
    """A people page seen for the first time took the newest date of the whole
    site (a vacancy posted 2026-05-10) while its ProfilePage said 2025-06-01."""
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text() + "PODIUM_LASTMOD_FROM_GIT = False\n", encoding="utf-8")
    out = build(conf, tmp_path / "out", PODIUM_TODAY="2026-06-01").output
    dates = lastmods(out)
    for url in ("people/gina-vertrokken/", "people/anna-de-boer/", "en/people/carla-mendes/"):
        page = read_page(out, url)
        (profile,) = page.jsonld()
        assert dates[url] == profile["dateModified"][:10], url
    # Her story of 2025-06-01 says "Oud-collega" from the day she left.
    assert dates["people/gina-vertrokken/"] == "2026-01-31"


def test_a_story_written_with_another_offset_is_dated_by_its_day_in_the_hub(site):
    # 2026-05-31T23:30-05:00 (written in New York) is 1 June 06:30 in the hub's
    # Europe/Amsterdam: the day it is published. Its page said "31 mei 2026",
    # the sitemap's lastmod was 2026-05-31, a day before the hub had it, and the
    # feeds kept the writer's -05:00: every date the hub writes is now in TIMEZONE
    # (the same moment), so page, sitemap, feeds and report agree on 1 June.
    ben = site / "content" / "columns" / "ben-bakker.md"
    ben.write_text(
        ben.read_text(encoding="utf-8").replace("date: 2026-04-10", "date: 2026-05-31T23:30-05:00"),
        encoding="utf-8",
    )
    for _ in range(2):  # the second build reads the story from the parse cache
        output = build(site / "pelicanconf.py", site / "output").output
        page = (output / "stories" / "ben-bakker" / "index.html").read_text(encoding="utf-8")
        assert '<time datetime="2026-06-01">1 juni 2026</time>' in page
        assert '"datePublished": "2026-06-01T06:30:00+02:00"' in page
        assert lastmods(output)["stories/ben-bakker/"] == "2026-06-01"
        items = json.loads((output / "stories.json").read_text(encoding="utf-8"))["items"]
        (item,) = [i for i in items if i["url"].endswith("/stories/ben-bakker/")]
        assert item["date_published"] == "2026-06-01T06:30:00+02:00"


def test_an_update_written_ahead_shows_from_its_day_not_before(site, tmp_path):
    # A story scheduled for 1 June with updated: 2026-06-05 went live saying
    # "Bijgewerkt op 5 juni 2026", with dateModified and lastmod four days
    # ahead: on its first day a reader should see a new story, no update.
    column = site / "content" / "columns" / "ben-bakker.md"
    column.write_text(
        column.read_text().replace("date: 2026-04-10", "date: 2026-06-01\nupdated: 2026-06-05"),
        encoding="utf-8",
    )
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text() + "PODIUM_LASTMOD_FROM_GIT = False\n", encoding="utf-8")
    story = "stories/ben-bakker/"
    out = build(conf, tmp_path / "first", PODIUM_TODAY="2026-06-01").output
    page = read_page(out, story)
    (block,) = page.jsonld()
    assert block["dateModified"] == block["datePublished"] == "2026-06-01T00:00:00+02:00"
    assert 'datetime="2026-06-05"' not in page.html
    assert lastmods(out)[story] == "2026-06-01"
    feed = json.loads((out / "stories.json").read_text(encoding="utf-8"))
    (item,) = [i for i in feed["items"] if i["url"].endswith(story)]
    assert item["date_modified"] == item["date_published"]
    out = build(conf, tmp_path / "later", PODIUM_TODAY="2026-06-05").output
    page = read_page(out, story)
    assert '<time datetime="2026-06-05">5 juni 2026</time>' in page.html
    assert lastmods(out)[story] == "2026-06-05"


def test_an_update_on_the_publication_day_is_not_shown(site, tmp_path):
    # updated: 2026-04-10 on a story dated 2026-04-10 showed "Bijgewerkt op
    # 10 april 2026" under "10 april 2026", while dateModified was datePublished.
    column = site / "content" / "columns" / "ben-bakker.md"
    column.write_text(
        column.read_text().replace("date: 2026-04-10", "date: 2026-04-10\nupdated: 2026-04-10"),
        encoding="utf-8",
    )
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text() + "PODIUM_LASTMOD_FROM_GIT = False\n", encoding="utf-8")
    story = "stories/ben-bakker/"
    out = build(conf, tmp_path / "out", PODIUM_TODAY="2026-06-01").output
    page = read_page(out, story)
    (block,) = page.jsonld()
    assert block["dateModified"] == block["datePublished"] == "2026-04-10T00:00:00+02:00"
    assert "Bijgewerkt op" not in page.html
    assert page.html.count('datetime="2026-04-10"') == 1  # the publication date only
    assert lastmods(out)[story] == "2026-04-10"


def test_a_story_whose_author_left_moves_its_lastmod_on_that_day(site, tmp_path):
    # left: 2026-06-03 committed on 20 May, the day it was known. From 3 June
    # the page says "Oud-collega" (keep) or no longer names Ben (anonymize),
    # but its lastmod stayed the commit's day: `podium ping`, which sends the
    # URLs whose lastmod moved, never told the search engines, which went on
    # showing the name and the old job title.
    column = site / "content" / "columns" / "ben-bakker.md"
    column.write_text(
        column.read_text().replace(
            "role: Supportmedewerker", "role: Supportmedewerker\nleft: 2026-06-03"
        ),
        encoding="utf-8",
    )
    _git(site, "init", "-q")
    _git(site, "add", "-A")
    _git(site, "commit", "-qm", "left", date="2026-05-20T10:00:00+02:00")
    story = "stories/ben-bakker/"
    for policy in ("keep", "anonymize"):
        conf = site / "pelicanconf.py"
        text = re.sub(
            r'PODIUM_ALUMNI_POLICY = "\w+"', f'PODIUM_ALUMNI_POLICY = "{policy}"', conf.read_text()
        )
        conf.write_text(text, encoding="utf-8")
        out = tmp_path / policy
        build(conf, out, PODIUM_TODAY="2026-06-01")
        assert lastmods(out)[story] == "2026-05-20", policy
        build(conf, out, PODIUM_TODAY="2026-06-05")
        page = read_page(out, story)
        assert ("Oud-collega" in page.html) if policy == "keep" else ("Ben Bakker" not in page.html)
        assert lastmods(out)[story] == "2026-06-03", policy


def test_a_vacancy_page_that_stops_showing_a_colleague_moves_its_lastmod(site, tmp_path):
    # Vacancy 501's "meet the team" shows Anna de Boer's story, her name and
    # all. The night her consent ended the page no longer named her, but its
    # lastmod (the vacancy's own fields) stayed: `podium ping` told neither
    # IndexNow nor Google's Indexing API, whose copy kept her name.
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text() + "PODIUM_LASTMOD_FROM_GIT = False\n", encoding="utf-8")
    out, job = tmp_path / "out", "vacancies/501/"
    build(conf, out, PODIUM_TODAY="2026-06-01")
    assert "Anna de Boer" in read_page(out, job).html
    assert lastmods(out)[job] == "2026-05-01"
    build(conf, out, PODIUM_TODAY="2026-06-02")
    assert lastmods(out)[job] == "2026-05-01"  # nothing changed, nothing moves
    story = site / "content" / "interviews" / "anna-de-boer.md"
    story.write_text(
        story.read_text().replace(
            "consent: {given: 2026-02-20}", "consent: {given: 2026-02-20, until: 2026-06-02}"
        ),
        encoding="utf-8",
    )
    build(conf, out, PODIUM_TODAY="2026-06-03")
    assert "Anna de Boer" not in read_page(out, job).html
    assert lastmods(out)[job] == "2026-06-03"
    feed = json.loads((out / "vacancies.json").read_text(encoding="utf-8"))
    (item,) = [i for i in feed["items"] if i["url"].endswith(job)]
    assert item["date_modified"].startswith("2026-06-03")


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("themes: [tech]", "themes: [tech, growth]"),  # its theme chips
        ("lang: nl", "lang: nl\ndirect_apply: true"),  # JobPosting's directApply
        ("date_posted: 2026-05-01", "date_posted: 2026-04-20"),  # "Geplaatst op", datePosted
    ],
)
def test_a_vacancy_whose_themes_direct_apply_or_earlier_date_change_moves_its_lastmod(
    site, tmp_path, old, new
):
    # The vacancy page shows its themes, its date posted (and JobPosting's
    # datePosted) and JobPosting's directApply, none of which its fingerprint
    # held: a change to them left its sitemap lastmod where it was, and
    # `podium ping` told no search engine.
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text() + "PODIUM_LASTMOD_FROM_GIT = False\n", encoding="utf-8")
    themes = site / "content" / "themes.yml"  # a theme no story has: the team shown stays
    themes.write_text(
        themes.read_text("utf-8")
        + "  - slug: growth\n    name: {nl: Groei, en: Growth}\n"
        + '    description: {nl: "Leren.", en: "Learning."}\n    color: "#2e7d32"\n'
        + "    keywords: {nl: [opleiding], en: [training]}\n",
        encoding="utf-8",
    )
    out, url = tmp_path / "out", "vacancies/501/"
    job = site / "content" / "vacancies" / "data-engineer.yml"
    build(conf, out, PODIUM_TODAY="2026-06-01")
    assert lastmods(out)[url] == "2026-05-01"
    page = (out / url / "index.html").read_text("utf-8")
    assert old in job.read_text("utf-8")
    job.write_text(job.read_text("utf-8").replace(old, new, 1), encoding="utf-8")
    build(conf, out, PODIUM_TODAY="2026-06-05")
    assert (out / url / "index.html").read_text("utf-8") != page  # the page did change
    assert lastmods(out)[url] == "2026-06-05"
    build(conf, out, PODIUM_TODAY="2026-06-08")
    assert lastmods(out)[url] == "2026-06-05"  # and stays so while nothing changes


def test_a_record_from_before_the_vacancy_fingerprint_grew_moves_no_date(
    site, tmp_path, monkeypatch
):
    # The fingerprint now holds the themes, direct_apply and date_posted: a record
    # written with the one before it counts as the page unchanged, so no vacancy
    # is dated the day of the upgrade.
    from podium_render import vacancy_pages

    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text() + "PODIUM_LASTMOD_FROM_GIT = False\n", encoding="utf-8")
    out, url = tmp_path / "out", "vacancies/501/"
    with monkeypatch.context() as before:  # the fingerprint as it was
        before.setattr(
            vacancy_pages,
            "vacancy_page_fingerprint",
            lambda vacancy, themes: vacancy_pages.vacancy_fingerprint(vacancy),
        )
        build(conf, out, PODIUM_TODAY="2026-06-01")
    assert lastmods(out)[url] == "2026-05-01"
    build(conf, out, PODIUM_TODAY="2026-06-05")
    assert lastmods(out)[url] == "2026-05-01"


def test_a_vacancy_that_reopens_is_dated_the_day_it_reopened(site, tmp_path):
    # A closed vacancy leaves the sitemap and so the record; reopened (its
    # valid_through extended, an ATS job reopened under its id), it was a page
    # "seen for the first time" and went back to its date_posted, months before
    # the day its page went from closed to open: no crawler had cause to fetch it.
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text() + "PODIUM_LASTMOD_FROM_GIT = False\n", encoding="utf-8")
    out, url = tmp_path / "out", "vacancies/501/"
    job = site / "content" / "vacancies" / "data-engineer.yml"
    build(conf, out, PODIUM_TODAY="2026-06-01")
    assert lastmods(out)[url] == "2026-05-01"
    job.write_text(job.read_text().replace("2026-12-31", "2026-06-05"), encoding="utf-8")
    build(conf, out, PODIUM_TODAY="2026-06-10")
    assert url not in lastmods(out)  # closed: out of the sitemap
    job.write_text(job.read_text().replace("2026-06-05", "2026-12-31"), encoding="utf-8")
    build(conf, out, PODIUM_TODAY="2026-06-20")
    assert lastmods(out)[url] == "2026-06-20"
    build(conf, out, PODIUM_TODAY="2026-06-25")
    assert lastmods(out)[url] == "2026-06-20"  # and stays so while nothing changes


def test_a_story_back_after_its_consent_was_renewed_is_dated_that_day(site, tmp_path):
    # Taken down (consent ended), a story left the record; back with a new
    # consent, it was a page first seen and went back to its publication date,
    # months before the day it answered again instead of its tombstone.
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text() + "PODIUM_LASTMOD_FROM_GIT = False\n", encoding="utf-8")
    out, url = tmp_path / "out", "stories/anna-de-boer/"
    story = site / "content" / "interviews" / "anna-de-boer.md"
    given = "consent: {given: 2026-02-20}"
    build(conf, out, PODIUM_TODAY="2026-06-01")
    assert lastmods(out)[url] < "2026-06-01"
    story.write_text(story.read_text().replace(given, given[:-1] + ", until: 2026-06-02}"))
    build(conf, out, PODIUM_TODAY="2026-06-03")
    assert url not in lastmods(out)  # a tombstone
    story.write_text(story.read_text().replace("until: 2026-06-02", "until: 2027-06-02"))
    build(conf, out, PODIUM_TODAY="2026-06-20")
    assert lastmods(out)[url] == "2026-06-20"
    build(conf, out, PODIUM_TODAY="2026-06-25")
    assert lastmods(out)[url] == "2026-06-20"


def test_a_story_page_whose_open_roles_or_languages_change_moves_its_lastmod(site, tmp_path):
    # A story committed on 20 May shows "Open roles like this" and a language
    # switch. A vacancy it shows closed (its own file, not the story's, was
    # committed), and a Dutch translation was added: the page changed twice,
    # but its lastmod stayed the story file's commit day, so `podium ping`
    # never told the search engines, whose copy went on offering a closed job
    # and knew no Dutch version. A page's lastmod is the newest of its own and
    # of what it shows.
    _git(site, "init", "-q")
    _git(site, "add", "-A")
    _git(site, "commit", "-qm", "hub", date="2026-05-20T10:00:00+02:00")
    conf, out = site / "pelicanconf.py", tmp_path / "out"
    anna, carla = "stories/anna-de-boer/", "en/stories/carla-en-only/"
    build(conf, out, PODIUM_TODAY="2026-06-01")
    before = lastmods(out)
    shown = read_page(out, anna).html
    assert "vacancies/501/" in shown
    assert before[anna] == "2026-05-20" and before[carla] == "2026-05-20"
    build(conf, out, PODIUM_TODAY="2026-06-02")
    assert lastmods(out) == before  # nothing changed, nothing moves

    job = site / "content" / "vacancies" / "data-engineer.yml"
    job.write_text(
        job.read_text().replace("valid_through: 2026-12-31", "valid_through: 2026-06-02")
    )
    _git(site, "commit", "-qam", "closed", date="2026-06-02T10:00:00+02:00")
    build(conf, out, PODIUM_TODAY="2026-06-03")
    assert "vacancies/501/" not in read_page(out, anna).html
    assert lastmods(out)[anna] == "2026-06-03"
    assert lastmods(out)["themes/tech/"] == "2026-06-03"  # its open roles, too
    # The story itself was not edited: its Article's dateModified (the date Google
    # may show beside the result) and article:modified_time stay its own, as the
    # feeds' do. They said 3 June, a story "updated" the day a job beside it
    # closed, which the page shows nowhere: Google asks not to freshen a date
    # without a change to the article
    # (https://developers.google.com/search/docs/appearance/publication-dates).
    page = read_page(out, anna)
    (article,) = page.jsonld()
    assert article["dateModified"] == "2026-05-20T00:00:00+02:00"
    assert page.meta("article:modified_time") == "2026-05-20T00:00:00+02:00"

    dutch = site / "content" / "columns" / "carla-en-only.md"
    english = (site / "content" / "columns" / "carla-en-only.en.md").read_text()
    dutch.write_text(
        english.replace("title: Finding my way in a Dutch team", "title: Mijn weg in een team")
        .replace("role: Software developer", "role: Softwareontwikkelaar\nlang: nl")
        .replace("date: 2026-05-01", "date: 2026-06-04"),
        encoding="utf-8",
    )
    _git(site, "add", "-A")
    _git(site, "commit", "-qm", "vertaling", date="2026-06-04T10:00:00+02:00")
    build(conf, out, PODIUM_TODAY="2026-06-05")
    assert read_page(out, carla).alternates().get("nl") == "/stories/carla-en-only/"
    # The English page shows its Dutch version from the first build that has it.
    assert lastmods(out)[carla] == "2026-06-05"
    build(conf, out, PODIUM_TODAY="2026-06-06")
    assert lastmods(out)[carla] == "2026-06-05"  # and stays so

    # Seen first (a cache lost): the newest of the story and what it shows, and
    # never before the date the sitemap it replaces gave (it went back to 4 June).
    shutil.rmtree(site / ".podium-cache")
    build(conf, out, PODIUM_TODAY="2026-06-07")
    assert lastmods(out)[carla] == "2026-06-05"
    # Built into a folder without that sitemap (a fresh CI checkout): the newest
    # of the story and what it shows.
    shutil.rmtree(site / ".podium-cache")
    build(conf, tmp_path / "elsewhere", PODIUM_TODAY="2026-06-07")
    assert lastmods(tmp_path / "elsewhere")[carla] == "2026-06-04"


def test_a_story_with_updated_is_first_dated_by_it_not_by_the_roles_it_shows(site, tmp_path):
    # The contract: `updated` drives the sitemap's lastmod. A story with
    # "updated: 2026-04-01" showing open roles posted on 1 and 10 May was first
    # dated 2026-05-10, the newest role's posting, as if the editor's date were
    # not there. First seen, the editor's date is the page's; a change to what
    # it shows after that still moves it.
    anna = site / "content" / "interviews" / "anna-de-boer.md"
    anna.write_text(
        anna.read_text(encoding="utf-8").replace(
            "date: 2026-03-02", "date: 2026-03-02\nupdated: 2026-04-01", 1
        ),
        encoding="utf-8",
    )
    conf, out, url = site / "pelicanconf.py", tmp_path / "out", "stories/anna-de-boer/"
    build(conf, out, PODIUM_TODAY="2026-06-01")
    assert "vacancies/501/" in read_page(out, url).html  # posted 2026-05-01
    assert lastmods(out)[url] == "2026-04-01"
    build(conf, out, PODIUM_TODAY="2026-06-02")
    assert lastmods(out)[url] == "2026-04-01"
    job = site / "content" / "vacancies" / "data-engineer.yml"
    job.write_text(
        job.read_text().replace("valid_through: 2026-12-31", "valid_through: 2026-06-02")
    )
    build(conf, out, PODIUM_TODAY="2026-06-03")
    assert "vacancies/501/" not in read_page(out, url).html
    assert lastmods(out)[url] == "2026-06-03"


def test_a_lost_lastmod_record_does_not_date_edited_pages_back(site, tmp_path):
    # .podium-cache/lastmod.json lost (a cache cleared, an Actions cache
    # expired): the next build dated every page edited since publication back
    # to its first date, and a search engine saw its lastmod move back in time.
    # The sitemap the build replaces holds those dates: a page the record does
    # not know starts from there, as long as it lists this site's URLs.
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text() + "PODIUM_LASTMOD_FROM_GIT = False\n", encoding="utf-8")
    out = tmp_path / "out"
    build(conf, out, PODIUM_TODAY="2026-06-01")
    column = site / "content" / "columns" / "ben-bakker.md"
    column.write_text(column.read_text().replace("goed voor", "prima voor"), encoding="utf-8")
    build(conf, out, PODIUM_TODAY="2026-06-10")
    edited = lastmods(out)
    assert edited["stories/ben-bakker/"] == "2026-06-10"

    (site / ".podium-cache" / "lastmod.json").unlink()
    build(conf, out, PODIUM_TODAY="2026-06-12")
    cold = lastmods(out)
    assert cold.keys() == edited.keys()
    assert [u for u in cold if cold[u] < edited[u]] == []  # no date goes back
    # Nor does an unchanged listing's go forward: it was dated by the site's
    # newest story or job, after its own last change.
    listings = [u for u in cold if u in ("", "en/") or u.startswith(("themes/", "en/themes/"))]
    assert listings and {u: cold[u] for u in listings} == {u: edited[u] for u in listings}
    assert cold["stories/ben-bakker/"] == "2026-06-10"
    # The record is written again, so an edit after that moves the date as before.
    column.write_text(column.read_text().replace("prima voor", "fijn voor"), encoding="utf-8")
    build(conf, out, PODIUM_TODAY="2026-06-15")
    assert lastmods(out)["stories/ben-bakker/"] == "2026-06-15"
    # Another folder (a fresh CI checkout) has no sitemap to go by: first dates.
    (site / ".podium-cache" / "lastmod.json").unlink()
    build(conf, tmp_path / "elsewhere", PODIUM_TODAY="2026-06-16")
    assert lastmods(tmp_path / "elsewhere")["stories/ben-bakker/"] == "2026-04-10"
