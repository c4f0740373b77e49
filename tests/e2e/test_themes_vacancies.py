"""Themes, vacancies and their links in a real build of the test site."""

from __future__ import annotations

import datetime as dt
import json
import re
from urllib.parse import parse_qs, urlsplit

from podium_testkit import read_page

# Google's required JobPosting properties (Search Central, "Job posting").
REQUIRED = ("title", "description", "datePosted", "hiringOrganization")


def job_postings(page) -> list[dict]:
    out = []
    for script in page.all("script", type="application/ld+json"):
        data = json.loads(script.text)
        if data.get("@type") == "JobPosting":
            out.append(data)
    return out


def test_open_vacancy_has_exactly_one_complete_jobposting(built_site):
    page = read_page(built_site, "vacancies/501/")
    (posting,) = job_postings(page)
    for key in REQUIRED:
        assert posting[key], key
    assert posting["hiringOrganization"]["name"] == "Testbedrijf"
    address = posting["jobLocation"]["address"]
    assert address["@type"] == "PostalAddress" and address["addressCountry"] == "NL"
    assert posting["validThrough"].startswith("2026-12-31")
    assert posting["employmentType"] == "FULL_TIME"
    assert posting["identifier"]["value"] == "501"
    value = posting["baseSalary"]["value"]
    assert (value["minValue"], value["maxValue"], value["unitText"]) == (4200, 5600, "MONTH")
    assert "directApply" not in posting  # not said: no claim either way
    assert page.one("a", "button--big").attrs["href"] == "https://example.com/apply/501"
    assert "€\u00a04.200 – €\u00a05.600 per maand" in page.html


def test_the_last_day_to_apply_is_said_as_the_last_day(built_site):
    # valid_through 2026-12-31: open all that day (validThrough 23:59:59), but the
    # page said "Solliciteer vóór 31 december 2026" ("apply before"), so a reader
    # took 30 December for the last day. "Uiterlijk" / "by" includes it.
    page = read_page(built_site, "vacancies/501/")
    assert (
        '<dt>Solliciteer uiterlijk</dt> <dd><time datetime="2026-12-31">31 december 2026</time>'
        in page.html
    )
    assert "vóór" not in page.html


def test_remote_vacancy_is_telecommute_with_country(built_site):
    page = read_page(built_site, "en/vacancies/502/")
    (posting,) = job_postings(page)
    assert posting["jobLocationType"] == "TELECOMMUTE"
    assert posting["applicantLocationRequirements"] == {"@type": "Country", "name": "NL"}


def test_closed_vacancy_keeps_its_url_without_jobposting(built_site):
    page = read_page(built_site, "vacancies/503/")
    assert job_postings(page) == []
    assert "Deze vacature is gesloten" in page.html
    assert page.meta("robots") == "noindex"
    assert page.all("a", href="/vacancies/")
    assert page.all("a", href="/themes/balance/")


def test_no_other_page_carries_jobposting(built_site):
    for path in built_site.rglob("*.html"):
        rel = str(path.relative_to(built_site))
        if rel in ("vacancies/501/index.html", "en/vacancies/502/index.html"):
            continue
        assert '"JobPosting"' not in path.read_text(encoding="utf-8"), rel


def test_vacancies_index_lists_only_open_roles_with_filters(built_site):
    page = read_page(built_site, "vacancies/")
    titles = [el.text.strip() for el in page.all("h2", "job__title")]
    assert sorted(titles) == ["Data engineer", "Remote software developer"]
    assert page.one("select", id="filter-theme")
    jobs = page.all("li", "job")
    assert {j.attrs["data-location"] for j in jobs} == {"utrecht", "remote"}


def test_job_lists_mark_only_a_foreign_title_with_its_language(built_site):
    # A Dutch vacancy on an English page: its title is Dutch, its facts
    # ("Full-time", "per month") are the page's English, so lang="nl" belongs
    # on the title, not on the whole item.
    for url in ("en/stories/anna-de-boer/", "en/vacancies/", "vacancies/"):
        page = read_page(built_site, url)
        assert not [li for li in page.all("li", "job") if "lang" in li.attrs], url
    en = read_page(built_site, "en/vacancies/")
    titles = {el.text.strip(): el.attrs.get("lang") for el in en.all("h2", "job__title")}
    assert titles == {"Data engineer": "nl", "Remote software developer": None}


def test_vacancy_filters_name_themes_in_the_page_language(built_site):
    # Theme names came from each vacancy's own language, so the English jobs
    # page offered "Techniek & data" (and the Dutch one English names).
    def options(url):
        page = read_page(built_site, url)
        select = page.one("select", id="filter-theme")
        return {o.attrs["value"]: o.text.strip() for o in select.children if o.attrs["value"]}

    assert options("vacancies/")["tech"] == "Techniek & data"
    assert options("en/vacancies/")["tech"] == "Tech & data"


def test_theme_page_lists_stories_vacancies_feeds_and_utm_link(built_site):
    page = read_page(built_site, "themes/tech/")
    assert page.one("link", rel="canonical").attrs["href"] == "/themes/tech/"
    assert "Anna de Boer: van stagiair tot teamlead" in page.html
    assert "Data engineer" in page.html
    share = page.one("input", id="share-url").attrs["value"]
    query = parse_qs(urlsplit(share).query)
    assert query == {
        "utm_source": ["recruiter"],
        "utm_medium": ["outreach"],
        "utm_campaign": ["theme-tech"],
    }
    assert urlsplit(share).path == "/themes/tech/"
    feed = json.loads((built_site / "themes" / "tech" / "stories.json").read_text("utf-8"))
    assert any(i["title"].startswith("Anna de Boer") for i in feed["items"])
    assert (built_site / "en" / "themes" / "tech" / "feed.atom.xml").is_file()
    assert read_page(built_site, "en/themes/tech/").alternates()["nl"] == "/themes/tech/"


def test_story_shows_themes_and_open_roles(built_site):
    page = read_page(built_site, "stories/anna-de-boer/")
    chips = [a.attrs["href"] for a in page.all("a", "chip")]
    assert "/themes/tech/" in chips
    roles = [
        a.attrs["href"] for a in page.all("a") if a.attrs.get("href", "").startswith("/vacancies/")
    ]
    assert "/vacancies/501/" in roles
    assert "/vacancies/503/" not in roles  # explicitly linked, but closed


def test_story_open_roles_are_in_the_story_language(built_site):
    # The job list on a story page takes the page's language like every other
    # list: Dutch separators and units on a Dutch story, PODIUM_TEAMS' English
    # name on an English one (it once showed "€4,200 ... per month" and "Techniek").
    nl = read_page(built_site, "stories/anna-de-boer/")
    assert "€\u00a04.200 – €\u00a05.600 per maand" in nl.html
    assert "Op afstand (Nederland)" in nl.html and "per month" not in nl.html
    en = read_page(built_site, "en/stories/anna-de-boer/")
    assert "€4,200 – €5,600 per month" in en.html
    facts = " ".join(el.text for el in en.all("p", "job__facts"))
    assert "Engineering" in facts and "Techniek" not in facts


def test_stories_json_themes_have_source_score_and_evidence(built_site):
    feed = json.loads((built_site / "stories.json").read_text(encoding="utf-8"))
    anna = next(i for i in feed["items"] if i["url"].endswith("/anna-de-boer/"))
    themes = {t["slug"]: t for t in anna["_podium"]["themes"]}
    assert themes["tech"]["source"] == "explicit"
    ben = next(i for i in feed["items"] if i["url"].endswith("/ben-bakker/"))
    auto = [t for t in ben["_podium"]["themes"] if t["source"] == "auto"]
    assert [t["slug"] for t in auto] == ["balance"]
    assert auto[0]["score"] > 0 and auto[0]["evidence"]
    assert "501" in anna["_podium"]["vacancies"]
    assert "503" not in anna["_podium"]["vacancies"]


def test_vacancies_json_lists_open_vacancies_with_stories(built_site):
    feed = json.loads((built_site / "vacancies.json").read_text(encoding="utf-8"))
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    by_id = {i["_podium"]["id"]: i for i in feed["items"]}
    assert set(by_id) == {"501", "502"}
    assert by_id["501"]["_podium"]["valid_through"] == "2026-12-31"
    # Posted on 1 May where the company is (TIMEZONE Europe/Amsterdam), like
    # stories.json: midnight UTC is the evening before west of Greenwich.
    assert by_id["501"]["date_published"] == "2026-05-01T00:00:00+02:00"
    assert "tech" in by_id["501"]["_podium"]["themes"]
    assert "/stories/anna-de-boer/" in by_id["501"]["_podium"]["stories"]
    # Never changed since: modified when it was posted (JSON Feed 1.1's
    # date_modified, which stories.json items have too).
    assert by_id["501"]["date_modified"] == "2026-05-01T00:00:00+02:00"


def test_vacancies_json_says_when_a_vacancy_last_changed(site):
    # A vacancy edited after posting (its salary, its text) kept only its
    # date_published in vacancies.json: a job board polling the file could not
    # tell it changed, while the sitemap's lastmod for its page moved.
    from podium_cli.build import build

    job = site / "content" / "vacancies" / "data-engineer.yml"
    job.write_text(
        job.read_text(encoding="utf-8").replace(
            "date_posted: 2026-05-01", "date_posted: 2026-05-01\nupdated: 2026-05-20"
        ),
        encoding="utf-8",
    )
    out = build(site / "pelicanconf.py", site / "output").output
    feed = json.loads((out / "vacancies.json").read_text(encoding="utf-8"))
    by_id = {i["_podium"]["id"]: i for i in feed["items"]}
    assert by_id["501"]["date_published"] == "2026-05-01T00:00:00+02:00"
    assert by_id["501"]["date_modified"] == "2026-05-20T00:00:00+02:00"
    sitemap = (out / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>/vacancies/501/</loc><lastmod>2026-05-20</lastmod>" in sitemap.replace("\n", "")


def test_vacancies_json_gives_the_pay_the_page_shows(built_site):
    # A job board reading vacancies.json (the feed the job list and every job
    # page link to) got the job without its pay: the page shows "€ 4.200 –
    # € 5.600 per maand" large under the title, as the EU pay transparency
    # directive asks of the ad, and a board copying the feed published it
    # without. Each bound as the JobPosting's baseSalary gives it.
    feed = json.loads((built_site / "vacancies.json").read_text(encoding="utf-8"))
    by_id = {i["_podium"]["id"]: i for i in feed["items"]}
    assert by_id["501"]["_podium"]["salary"] == {
        "min": 4200,
        "max": 5600,
        "currency": "EUR",
        "unit": "MONTH",
    }
    assert by_id["502"]["_podium"]["salary"] is None  # it gives none


def test_vacancies_json_gives_where_and_how_the_job_is_done(built_site):
    # A job board reading vacancies.json could not tell where a job is (the
    # place Google requires of a JobPosting) or whether it is full-time: the
    # items had neither, and the page and the JobPosting have both.
    feed = json.loads((built_site / "vacancies.json").read_text(encoding="utf-8"))
    by_id = {i["_podium"]["id"]: i["_podium"] for i in feed["items"]}
    office = {"city": "Utrecht", "region": None, "country": "NL", "remote": False}
    assert by_id["501"]["locations"] == [{**office, "street": None, "postal_code": None}]
    assert by_id["501"]["employment_type"] == ["FULL_TIME"]
    remote = by_id["502"]["locations"][0]
    assert (remote["city"], remote["country"], remote["remote"]) == (None, "NL", True)


def test_feed_links_between_stories_and_vacancies_go_both_ways(built_site):
    """A story that names a vacancy in stories.json is among that vacancy's
    stories in vacancies.json, each language version, and the other way round."""
    vacancies = json.loads((built_site / "vacancies.json").read_text(encoding="utf-8"))
    listed = {i["_podium"]["id"]: set(i["_podium"]["stories"]) for i in vacancies["items"]}
    pairs = set()
    for feed in ("stories.json", "en/stories.json"):
        for item in json.loads((built_site / feed).read_text(encoding="utf-8"))["items"]:
            pairs |= {(vid, item["url"]) for vid in item["_podium"]["vacancies"]}
    assert pairs, "the test site links no story to a vacancy"
    assert {(vid, url) for vid, urls in listed.items() for url in urls} == pairs
    # Both versions of a translated story that links to 501 (the page shows one).
    assert {"/stories/anna-de-boer/", "/en/stories/anna-de-boer/"} <= listed["501"]


def test_tombstone_links_to_former_themes(built_site):
    page = read_page(built_site, "stories/frank-consent-ended/")
    assert page.all("a", href="/themes/tech/")


def test_scheduled_vacancy_has_no_page_until_its_posting_date(site, caplog):
    # Like a scheduled story: nothing of it is published before date_posted.
    # It used to get a "this role is closed" page, which told the world its
    # title early and said it had closed before it ever opened.
    from podium_cli.build import build

    (site / "content" / "vacancies" / "scheduled.yml").write_text(
        'id: "504"\ntitle: Geheime opvolger controller\n'
        "location: {city: Utrecht, country: NL}\n"
        "date_posted: 2026-07-01\napply_url: https://example.com/apply/504\n"
        "salary: {min: 5000, max: 6000, currency: EUR, unit: MONTH}\n"
        "lang: nl\ndescription: Vanaf juli.\n",
        encoding="utf-8",
    )
    story = site / "content" / "columns" / "ben-bakker.md"
    story.write_text(
        story.read_text().replace("role:", 'vacancies: ["504"]\nrole:', 1), encoding="utf-8"
    )
    out = build(site / "pelicanconf.py", site / "output").output  # PODIUM_TODAY 2026-06-01
    assert 'vacancy "504" in "vacancies" is not posted until 2026-07-01' in caplog.text
    assert not (out / "vacancies" / "504").exists()
    for path in out.rglob("*.*"):
        if path.suffix in {".html", ".xml", ".json"} and "pagefind" not in path.parts:
            assert "Geheime opvolger" not in path.read_text(encoding="utf-8"), path
    # On its posting date it is an ordinary open vacancy.
    out = build(site / "pelicanconf.py", site / "output", PODIUM_TODAY="2026-07-01").output
    (posting,) = job_postings(read_page(out, "vacancies/504/"))
    assert posting["title"] == "Geheime opvolger controller"


def test_a_long_description_is_shortened_at_a_sentence_or_a_word(site):
    # The page's meta description (200 characters) and the feed's summary (300)
    # were cut mid-word ("... een dataplatf").
    from podium_cli.build import build

    sentence = "Je bouwt datapijplijnen en dashboards voor ons vernieuwde dataplatform. "
    (site / "content" / "vacancies" / "long.yml").write_text(
        'id: "505"\ntitle: Analist\nlocation: {city: Utrecht, country: NL}\n'
        "date_posted: 2026-05-01\napply_url: https://example.com/apply/505\n"
        "salary: {min: 4000, max: 5000, currency: EUR, unit: MONTH}\n"
        f"lang: nl\ndescription: {sentence * 6}Verderopeenheelleslangwoord.\n",
        encoding="utf-8",
    )
    out = build(site / "pelicanconf.py", site / "output").output
    meta = read_page(out, "vacancies/505/").meta("description")
    feed = json.loads((out / "vacancies.json").read_text(encoding="utf-8"))
    (item,) = [i for i in feed["items"] if i["_podium"]["id"] == "505"]
    for text, limit in ((meta, 200), (item["summary"], 300)):
        assert len(text) <= limit and text.endswith("dataplatform."), text
        assert (text + " ") in sentence * 6


def test_a_descriptions_summary_is_its_opening_text_not_its_headings_and_lists(site):
    # The page's meta description and the feed's summary ran on into the
    # headings and lists after the opening paragraph: "... op het dak. Wat we
    # vragen\nVijf jaar ervaring als monteur\nVCA-VOL", "... snel is. Wat ga je doen?".
    from podium_cli.build import build

    (site / "content" / "vacancies" / "lead.yml").write_text(
        'id: "506"\ntitle: Teamleider\nlocation: {city: Utrecht, country: NL}\n'
        "date_posted: 2026-05-01\napply_url: https://example.com/apply/506\n"
        "salary: {min: 4000, max: 5000, currency: EUR, unit: MONTH}\nlang: nl\n"
        "description: |\n  Je stuurt drie ploegen aan.\n\n  ## Wat ga je doen?\n\n"
        "  Plannen en coachen.\n\n  ## Wat we vragen\n\n  - Vijf jaar ervaring\n  - VCA-VOL\n",
        encoding="utf-8",
    )
    # A description that opens with a heading: its paragraphs, not the heading.
    (site / "content" / "vacancies" / "heading.yml").write_text(
        'id: "507"\ntitle: Monteur\nlocation: {city: Utrecht, country: NL}\n'
        "date_posted: 2026-05-01\napply_url: https://example.com/apply/507\n"
        "salary: {min: 4000, max: 5000, currency: EUR, unit: MONTH}\nlang: nl\n"
        "description: |\n  ## Over de functie\n\n  Je installeert warmtepompen.\n\n"
        "  - Rijbewijs B\n",
        encoding="utf-8",
    )
    out = build(site / "pelicanconf.py", site / "output").output
    feed = json.loads((out / "vacancies.json").read_text(encoding="utf-8"))
    for job, wanted in (("506", "Je stuurt drie ploegen aan."),
                        ("507", "Je installeert warmtepompen.")):  # fmt: skip
        (item,) = [i for i in feed["items"] if i["_podium"]["id"] == job]
        assert item["summary"] == wanted, item["summary"]
        assert read_page(out, f"vacancies/{job}/").meta("description") == wanted
    # A description of one paragraph: that paragraph.
    (item,) = [i for i in feed["items"] if i["_podium"]["id"] == "501"]
    assert item["summary"] == "Je bouwt datapijplijnen en dashboards voor ons dataplatform."


def test_a_snapshot_no_configured_feed_refreshes_is_a_warning(site, caplog):
    # A feed removed from PODIUM_FEEDS (or pulled once with --url) left its
    # snapshot behind, and its jobs stayed open on the site for ever, silently.
    from pathlib import Path

    from podium_cli.build import build

    demo = Path(__file__).parents[2] / "content" / "vacancies" / "feeds" / "recruitee-helder.json"
    feeds = site / "content" / "vacancies" / "feeds"
    feeds.mkdir()
    text = demo.read_text(encoding="utf-8").replace('"sustainability"', '"tech"')
    (feeds / "recruitee-helder.json").write_text(text, encoding="utf-8")
    build(site / "pelicanconf.py", site / "output", PODIUM_TODAY="2026-11-23")
    (line,) = [r.getMessage() for r in caplog.records if "PODIUM_FEEDS" in r.getMessage()]
    assert line.startswith("content/vacancies/feeds/recruitee-helder.json:1: warning: ")
    assert 'no feed named "recruitee-helder" in PODIUM_FEEDS refreshes this snapshot' in line
    caplog.clear()
    feed = {"name": "recruitee-helder", "kind": "recruitee", "default_country": "NL",
            "url": "https://helderenergie.recruitee.com/api/offers/"}  # fmt: skip
    build(site / "pelicanconf.py", site / "output", PODIUM_TODAY="2026-11-23", PODIUM_FEEDS=[feed])
    assert "PODIUM_FEEDS" not in caplog.text


def test_a_snapshot_not_pulled_for_days_warns_then_its_jobs_close(site, caplog):
    # A feed whose pull failed for good (its URL changed) kept its last
    # snapshot, and every build went on publishing those jobs as open, with
    # JobPosting data, however long ago they were pulled, without a word.
    from pathlib import Path

    from podium_cli.build import build

    demo = Path(__file__).parents[2] / "content" / "vacancies" / "feeds" / "recruitee-helder.json"
    feeds = site / "content" / "vacancies" / "feeds"
    feeds.mkdir()
    text = demo.read_text(encoding="utf-8").replace('"sustainability"', '"tech"')
    (feeds / "recruitee-helder.json").write_text(text, encoding="utf-8")
    feed = {"name": "recruitee-helder", "kind": "recruitee", "default_country": "NL",
            "url": "https://helderenergie.recruitee.com/api/offers/"}  # fmt: skip

    def built(today):
        caplog.clear()
        out = build(site / "pelicanconf.py", site / "output", PODIUM_TODAY=today,
                    PODIUM_FEEDS=[feed]).output  # fmt: skip
        lines = [r.getMessage() for r in caplog.records if "last pulled" in r.getMessage()]
        return out, lines

    # No pull has failed here (a hub that pulls by hand, the demo anywhere):
    # the snapshot's age alone closes nothing.
    out, lines = built("2026-12-06")
    assert lines == [] and job_postings(read_page(out, "vacancies/2301001/"))
    # The nightly pull fails from 23 November on (the feed's address is refused).
    from podium_vacancies.feeds import FeedConfig
    from podium_vacancies.pull import pull

    kept = site / ".podium-cache" / "vacancy-feeds"
    gone = FeedConfig("recruitee-helder", "recruitee", "http://127.0.0.1:9/api/offers/")
    for night in ("2026-11-23", "2026-11-24"):
        at = dt.datetime.fromisoformat(f"{night}T04:00:00+00:00")
        assert not pull([gone], feeds, keep_dir=kept, now=at).ok
    assert json.loads((kept / "recruitee-helder.failing").read_text())["since"].startswith(
        "2026-11-23"
    )
    out, lines = built("2026-11-24")  # two nights: no news yet
    assert lines == [] and job_postings(read_page(out, "vacancies/2301001/"))
    out, lines = built("2026-11-27")
    (line,) = lines
    assert line.startswith(
        "content/vacancies/feeds/recruitee-helder.json:1: warning: this snapshot was last "
        "pulled on 2026-11-22, 5 days ago: its 3 open vacancies are published as closed from "
        "2026-12-06 unless a pull succeeds before; its pulls have failed since 2026-11-23 ("
    )
    assert line.endswith(
        'fix feed "recruitee-helder" in PODIUM_FEEDS (its url may have changed) and run podium '
        "vacancies pull"
    )
    assert job_postings(read_page(out, "vacancies/2301001/"))
    out, lines = built("2026-12-06")
    (line,) = lines
    assert (
        "14 days ago: its 3 open vacancies may have been filled, so they are published as "
        "closed, without JobPosting data, until a pull succeeds" in line
    )
    assert job_postings(read_page(out, "vacancies/2301001/")) == []
    listed = json.loads((out / "vacancies.json").read_text(encoding="utf-8"))["items"]
    assert "2301001" not in {item["_podium"]["id"] for item in listed}
    assert "/vacancies/2301001/" not in (out / "sitemap.xml").read_text(encoding="utf-8")
    # `podium check` (pull requests: old checkouts by design) says nothing.
    from podium.settings import get
    from podium_cli.build import load_settings
    from podium_validate.site import load_site

    ps = get(load_settings(site / "pelicanconf.py", PODIUM_TODAY="2026-12-06", PODIUM_FEEDS=[feed]))
    assert not [i for i in load_site(site / "content", ps).problems if "last pulled" in i.message]
    # A pull that found the feed unchanged left content/'s file alone and
    # recorded itself in the copy it keeps in the cache: the jobs are open.
    kept = site / ".podium-cache" / "vacancy-feeds"
    kept.mkdir(parents=True, exist_ok=True)
    fresh = text.replace('"2026-11-22T05:00:00Z"', '"2026-12-06T04:17:00Z"')
    (kept / "recruitee-helder.json").write_text(fresh, encoding="utf-8")
    out, lines = built("2026-12-06")
    assert lines == [] and job_postings(read_page(out, "vacancies/2301001/"))


def test_only_the_filtered_job_list_carries_filter_attributes(built_site):
    # The vacancies page filters its list by data-theme/team/location; a theme page's
    # and a story's lists are not filtered (and their data-theme came out empty).
    import re

    def items(url):
        return re.findall(r'<li class="job"[^>]*>', read_page(built_site, url).html)

    listed = items("vacancies/")
    assert listed and all(re.search(r'data-theme="[a-z]', li) for li in listed), listed
    for url in ("themes/tech/", "stories/anna-de-boer/"):
        found = items(url)
        assert found and all(li == '<li class="job">' for li in found), (url, found)


def test_theme_page_links_each_open_role_to_its_page(built_site):
    # A recruiter's landing page: every role links to its vacancy page (it linked
    # to the site's front page), newest posted first, as on /vacancies/.
    for lang_prefix in ("", "en/"):
        page = read_page(built_site, f"{lang_prefix}themes/tech/")
        jobs = [
            (h.children[0].text.strip(), h.children[0].attrs["href"])
            for h in page.all("h3", "job__title")
        ]
        assert jobs == [
            ("Remote software developer", "/en/vacancies/502/"),
            ("Data engineer", "/vacancies/501/"),
        ], lang_prefix


def test_theme_page_advertises_its_own_feeds_first(built_site):
    # A feed reader given the URL a recruiter shared takes the first feed the
    # page names: it must be the theme's, not every story of the site.
    for prefix in ("", "en/"):
        page = read_page(built_site, f"{prefix}themes/tech/")
        feeds = [
            (el.attrs["type"], el.attrs["href"])
            for el in page.all("link", rel="alternate")
            if "type" in el.attrs
        ]
        assert feeds[:2] == [
            ("application/atom+xml", f"/{prefix}themes/tech/feed.atom.xml"),
            ("application/feed+json", f"/{prefix}themes/tech/stories.json"),
        ], feeds


def test_job_pages_advertise_the_jobs_feed_first(built_site):
    # A feed reader or job board given the job list's URL (or a job's) takes
    # the first feed the page names: it must be vacancies.json, the feed of
    # the jobs, not the stories' feeds every page names.
    for url in ("vacancies/", "en/vacancies/", "vacancies/501/", "en/vacancies/502/"):
        page = read_page(built_site, url)
        feeds = [
            (el.attrs["type"], el.attrs["href"])
            for el in page.all("link", rel="alternate")
            if "type" in el.attrs
        ]
        assert feeds[0] == ("application/feed+json", "/vacancies.json"), (url, feeds)
        title = next(
            el.attrs["title"]
            for el in page.all("link", rel="alternate")
            if el.attrs.get("href") == "/vacancies.json"
        )
        assert title == ("JSON feed: Jobs" if url.startswith("en/") else "JSON-feed: Vacatures")


def test_themes_page_counts_one_open_role_in_the_singular(site):
    # It printed the number before the plural heading: "1 vacatures", "1 open roles".
    from podium_cli.build import build

    (site / "content" / "vacancies" / "remote-developer.yml").unlink()  # tech keeps one
    out = build(site / "pelicanconf.py", site / "output").output
    cases = (("", "1 vacature", "1 vacatures"), ("en/", "1 open role", "1 open roles"))
    for prefix, one, wrong in cases:
        counts = [p.text for p in read_page(out, f"{prefix}themes/").all("p", "theme-card__counts")]
        assert any(c.endswith(one) for c in counts), counts
        assert not any(wrong in c for c in counts), counts


def _built_with_two_more_tech_stories(site):
    """The site built with two more stories of theme tech, so the stories' list and
    tech's each have a page 2 (DEFAULT_PAGINATION = 2); the output folder."""
    from podium_cli.build import build

    columns = site / "content" / "columns"
    ben = (columns / "ben-bakker.md").read_text(encoding="utf-8")
    for n in (2, 3):
        story = ben.replace("date: 2026-04-10", f"date: 2026-04-1{n}\nthemes: [tech]", 1)
        (columns / f"ben-bakker-{n}.md").write_text(story, encoding="utf-8")
    return build(site / "pelicanconf.py", site / "output").output


def test_language_switch_of_a_later_list_page_goes_to_that_lists_first_page(site):
    # Page 2 of the Dutch stories (or of a theme) had no English page 2, and its
    # switch went to the English front page instead of the English list.
    out = _built_with_two_more_tech_stories(site)
    for url, english, said in (
        ("stories/page/2/", "/en/stories/", "English: All stories"),
        ("themes/tech/page/2/", "/en/themes/tech/", "English: Tech & data"),
    ):
        switch = read_page(out, url).html.split('class="lang-switch"')[1].split("</ul>")[0]
        assert re.findall(r'href="([^"]*)" hreflang="en"', switch) == [english], url
        # And it says so to a screen reader: it said "English: Home" on a link
        # to the English story list (WCAG 2.4.4, link purpose).
        link = read_page(out, url).one("a", hreflang="en")
        assert " ".join(link.text.split()) == said, url


def breadcrumb_lists(page) -> list[dict]:
    found = (json.loads(el.text) for el in page.all("script", type="application/ld+json"))
    return [block for block in found if block["@type"] == "BreadcrumbList"]


def test_a_later_theme_page_has_a_step_back_to_the_themes_first_page(site):
    # Page 2 of a theme had the trail Home > Thema's > "Techniek & data – Pagina
    # 2 van 2": no step led back to page 1, and the BreadcrumbList named page 2
    # by the theme's name. Page 2 on, the theme's first page is a step of its own.
    out = _built_with_two_more_tech_stories(site)
    first, later = read_page(out, "themes/tech/"), read_page(out, "themes/tech/page/2/")
    name = " ".join(first.one("h1").text.split())
    (trail,) = breadcrumb_lists(later)
    items = [(i["position"], i["name"], i.get("item")) for i in trail["itemListElement"]]
    assert items == [
        (1, "Home", "/"),
        (2, "Thema's", "/themes/"),
        (3, name, "/themes/tech/"),
        (4, "Pagina 2 van 2", None),
    ]
    nav = later.html.split('<nav class="breadcrumbs')[1].split("</nav>")[0]
    assert re.findall(r'href="([^"]*)"', nav) == ["/", "/themes/", "/themes/tech/"]
    assert 'aria-current="page">Pagina 2 van 2<' in nav
    # The first page keeps its three steps, itself last.
    (trail,) = breadcrumb_lists(first)
    assert [i["name"] for i in trail["itemListElement"]] == ["Home", "Thema's", name]


def test_language_switch_of_a_vacancy_goes_to_that_languages_job_list(built_site):
    # A vacancy is in one language, and its switch went to the other language's
    # front page (stories), though that language's job list shows this very job.
    for url, other, href, said in (
        ("vacancies/501/", "en", "/en/vacancies/", "English: Jobs"),
        ("vacancies/503/", "en", "/en/vacancies/", "English: Jobs"),  # closed
        ("en/vacancies/502/", "nl", "/vacancies/", "Nederlands: Vacatures"),
    ):
        link = read_page(built_site, url).one("a", hreflang=other)
        assert link.attrs["href"] == href and "rel" not in link.attrs, url
        assert " ".join(link.text.split()) == said, url
    assert "/vacancies/501/" in read_page(built_site, "en/vacancies/").html


def test_vacancies_page_of_a_hub_without_open_jobs_says_so(site):
    # A new hub, or one in a hiring freeze: /vacancies/ showed its intro, a
    # filter form whose lists offered only "All", and an empty list; nothing
    # said there were no jobs.
    from podium_cli.build import build

    for path in (site / "content" / "vacancies").rglob("*.*"):
        if path.suffix in {".yml", ".json"}:
            path.unlink()
    for path in site.joinpath("content").rglob("*.md"):  # stories that name a vacancy
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r"(?m)^vacancies:.*\n", "", text), encoding="utf-8")
    out = build(site / "pelicanconf.py", site / "output").output
    for prefix, text in (("", "geen openstaande vacatures"), ("en/", "no open jobs")):
        page = read_page(out, f"{prefix}vacancies/")
        assert any(text in p.text for p in page.all("p", "empty")), prefix
        assert not page.all("form", id="job-filters") and not page.all("ul", "jobs"), prefix
        assert not any("filters.js" in s.attrs.get("src", "") for s in page.all("script"))


def test_a_build_on_a_cache_it_cannot_write_still_closes_the_jobs_of_a_failing_feed(
    site, caplog, monkeypatch
):
    # A cache folder that cannot be written (left by another user, a read-only CI
    # mount) had the build use an empty one of its own, without the feeds' pull
    # records: the jobs of a feed failing for weeks were published as open again,
    # with JobPosting data. The records are read from the folder all the same.
    from pathlib import Path

    import podium_cli.build as building

    demo = Path(__file__).parents[2] / "content" / "vacancies" / "feeds" / "recruitee-helder.json"
    feeds = site / "content" / "vacancies" / "feeds"
    feeds.mkdir()
    text = demo.read_text(encoding="utf-8").replace('"sustainability"', '"tech"')
    (feeds / "recruitee-helder.json").write_text(text, encoding="utf-8")
    kept = site / ".podium-cache" / "vacancy-feeds"
    kept.mkdir(parents=True)
    (kept / "recruitee-helder.failing").write_text(
        '{"since": "2026-11-23T04:00:00+00:00", "error": "HTTP 404 Not Found"}', encoding="utf-8"
    )
    feed = {"name": "recruitee-helder", "kind": "recruitee", "default_country": "NL",
            "url": "https://helderenergie.recruitee.com/api/offers/"}  # fmt: skip
    # As root, a folder's mode does not stop a write: the build is told it does.
    monkeypatch.setattr(building, "_writable", lambda folder: False)
    out = building.build(site / "pelicanconf.py", site / "output", PODIUM_TODAY="2026-12-06",
                         PODIUM_FEEDS=[feed]).output  # fmt: skip
    assert "the cache folder cannot be written" in caplog.text
    assert "14 days ago: its 3 open vacancies may have been filled" in caplog.text
    assert job_postings(read_page(out, "vacancies/2301001/")) == []
    # A pull that found the feed unchanged, recorded in the kept copy, keeps them open.
    fresh = text.replace('"2026-11-22T05:00:00Z"', '"2026-12-06T04:17:00Z"')
    (kept / "recruitee-helder.json").write_text(fresh, encoding="utf-8")
    out = building.build(site / "pelicanconf.py", site / "output", PODIUM_TODAY="2026-12-06",
                         PODIUM_FEEDS=[feed]).output  # fmt: skip
    assert job_postings(read_page(out, "vacancies/2301001/"))


def test_a_theme_without_stories_in_the_pages_language_leads_to_those_in_another(built_site):
    # Work-life balance has one story, in Dutch: its English page said "No stories
    # yet." and no more, a dead end for a recruiter's English candidate though the
    # theme has a story to read.
    page = read_page(built_site, "en/themes/balance/")
    section = page.one("section", **{"aria-labelledby": "stories-h"})
    assert "No stories in English yet" in section.text, section.text

    def links(el):
        for child in el.children:
            yield from [child] if child.tag == "a" else links(child)

    (link,) = links(section)
    assert link.attrs["href"] == "/themes/balance/" and link.attrs["hreflang"] == "nl"
    assert link.attrs["lang"] == "nl"  # its words are Dutch: a screen reader reads them so
    assert " ".join(link.text.split()) == "Nederlands: 1 verhaal"
    # A theme with stories in the page's language lists them and nothing else.
    dutch = read_page(built_site, "themes/balance/")
    assert "Nog geen" not in dutch.html
    assert "hreflang" not in dutch.html.split('id="stories-h"')[1].split("</section>")[0]


def test_the_themes_page_says_where_a_themes_stories_are_when_none_are_in_its_language(
    built_site,
):
    # /en/themes/ said "0 stories · 0 open roles" for Work-life balance, which has
    # a Dutch story: a theme to skip, to an English reader.
    page = read_page(built_site, "en/themes/")
    (card,) = [c for c in page.all("li", "theme-card") if "Work-life balance" in c.text]
    counts = " ".join(
        next(ch for ch in card.children if "theme-card__counts" in ch.classes()).text.split()
    )
    assert counts.startswith("0 stories (Nederlands: 1 verhaal)"), counts
    assert '<span lang="nl">Nederlands: 1 verhaal</span>' in page.html
    # A theme with stories in the page's language gives its count alone.
    dutch = read_page(built_site, "themes/")
    assert "English:" not in dutch.html.split('<main id="main"')[1]
