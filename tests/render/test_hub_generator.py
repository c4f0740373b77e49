"""The render step on its own: one HubGenerator on the tiny test site, no full build.

As Pelican's own plugins test a generator: read settings, make the context,
run the generators that come before (articles, then the tag and link glue),
then the one under test, and look at what it planned, put in the context
and wrote. Images, cards, the search index and Pelican.run take no part.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from types import SimpleNamespace

import pytest
from click.testing import CliRunner
from pelican.generators import ArticlesGenerator
from pelican.writers import Writer

import podium_read
import podium_render
from podium import pipeline
from podium import settings as podium_settings
from podium_cli.build import load_settings
from podium_cli.cli import main
from podium_link.plugin import link
from podium_render import feeds
from podium_render.hub import HubGenerator
from podium_render.meta import PageMeta
from podium_render.vacancy_pages import PAGE_STORIES, meet_the_team
from podium_tag.plugin import tag_stories
from podium_validate.site import load_site


def _generator(cls, context, settings, out):
    return cls(
        context=context,
        settings=settings,
        path=settings["PATH"],
        theme=settings["THEME"],
        output_path=str(out),
    )


@pytest.fixture
def hub(site, tmp_path):
    return _hub(site, tmp_path)


def _hub(site, tmp_path):
    out = tmp_path / "out"
    settings = load_settings(site / "pelicanconf.py", OUTPUT_PATH=str(out))
    podium_render._initialized(SimpleNamespace(settings=settings))  # Jinja filters, defaults
    podium_read.register()  # the story reader
    ps = podium_settings.get(settings)
    settings[pipeline.SITE] = load_site(Path(settings["PATH"]), ps)
    context = settings.copy()
    context.update(generated_content={}, static_links=set(), static_content={})
    articles = _generator(ArticlesGenerator, context, settings, out)
    articles.generate_context()
    tag_stories(articles)
    link(articles)
    generator = _generator(HubGenerator, context, settings, out)
    generator.generate_context()
    return SimpleNamespace(generator=generator, context=context, settings=settings, out=out)


def planned(hub) -> dict[str, str]:
    return {p.save_as: p.template for p in hub.generator.planned}


def test_plans_the_hub_pages_in_every_language(hub):
    pages = planned(hub)
    for prefix in ("", "en/"):
        assert pages[f"{prefix}index.html"] == "index"
        assert pages[f"{prefix}stories/index.html"] == "listing"
        assert pages[f"{prefix}people/index.html"] == "people"
        assert pages[f"{prefix}404.html"] == "404"


def test_withdrawn_slugs_get_tombstones_from_the_site_model(hub):
    site = hub.context[pipeline.SITE]
    assert [w.slug for w in site.withdrawn] == ["teruggetrokken-verhaal"]
    pages = planned(hub)
    assert pages["stories/teruggetrokken-verhaal/index.html"] == "tombstone"
    assert pages["en/stories/teruggetrokken-verhaal/index.html"] == "tombstone"


def test_theme_and_vacancy_pages_come_from_the_tag_and_link_steps(hub):
    pages = planned(hub)
    site = hub.context[pipeline.SITE]
    for theme in site.themes:
        assert pages[f"themes/{theme.slug}/index.html"] == "theme"
    ps = podium_settings.get(hub.settings)
    for vacancy in site.vacancies.vacancies:
        url = ps.vacancy_url(vacancy.id, vacancy.lang)
        assert pages[f"{url}index.html"] == "vacancy"
    assert set(hub.context[pipeline.VACANCY_THEMES]) == {v.id for v in site.vacancies.vacancies}


def test_hands_every_page_to_later_steps(hub):
    metas = hub.context[pipeline.PAGES]
    urls = {m.url for m in metas}
    assert {p.meta.url for p in hub.generator.planned} <= urls
    assert all(story.meta.url in urls for story in hub.generator.stories)
    assert hub.context[pipeline.SETTINGS] is podium_settings.get(hub.settings)
    assert hub.context[pipeline.PEOPLE]


def test_writes_the_planned_pages_and_the_sitemap(hub):
    hub.generator.generate_output(Writer(str(hub.out), settings=hub.settings))
    assert (hub.out / "index.html").is_file()
    assert (hub.out / "en" / "stories.json").is_file()
    sitemap = ET.parse(hub.out / "sitemap.xml").getroot()
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = [loc.text for loc in sitemap.findall("s:url/s:loc", ns)]
    pages = hub.context[pipeline.PAGES]
    listed = sorted(f"/{m.url}" for m in pages if m.in_sitemap and not m.noindex)
    assert locs == listed  # SITEURL is empty: root-relative URLs
    assert "/stories/teruggetrokken-verhaal/" not in locs  # tombstones are not listed


def test_stories_carry_every_attribute_the_contract_names_up_to_render(hub):
    """podium.pipeline.ARTICLE_ATTRIBUTES is the list of hand-offs: check it against the glue."""
    steps = ("podium_read", "podium_tag", "podium_link", "podium_render")
    names = [a.name for a in pipeline.ARTICLE_ATTRIBUTES if a.step in steps]
    assert len(names) > 20
    for story in hub.generator.stories:
        missing = [name for name in names if not hasattr(story, name)]
        assert not missing, f"{story.slug}: {missing}"


def test_stories_of_one_day_are_in_one_order_everywhere(site, tmp_path):
    """Two stories of one day: slug order (adam before zora), on the listing,
    in the feeds and on the theme page alike. The listing and the feeds had
    zora first (the whole key reversed), the theme page adam first."""
    for slug, name in (("zora-zand", "Zora Zand"), ("adam-aap", "Adam Aap")):
        (site / "content" / "columns" / f"{slug}.md").write_text(
            f"---\ntitle: Een dag met {name}\ndate: 2026-05-01\nauthor: {name}\n"
            "role: Developer\nconsent: {given: 2026-04-01}\nthemes: [tech]\n---\n\n"
            "Ik schrijf software en kijk elke ochtend naar het dashboard met data.\n",
            encoding="utf-8",
        )
    hub = _hub(site, tmp_path)
    pair = ["adam-aap", "zora-zand"]

    def ties(stories):
        return [s.slug for s in stories if s.slug in pair]

    assert ties(hub.generator.stories) == pair
    listing = next(p for p in hub.generator.planned if p.save_as == "stories/index.html")
    assert ties(listing.extra["page"].items) == pair
    theme = next(p for p in hub.generator.planned if p.save_as == "themes/tech/index.html")
    assert ties(theme.extra["stories"]) == pair
    feeds = {atom: stories for _lang, atom, _json, _title, stories, *_ in hub.generator.feeds}
    assert ties(feeds["feeds/stories.atom.xml"]) == pair
    assert ties(feeds["themes/tech/feed.atom.xml"]) == pair


def test_meet_the_team_counts_after_leaving_out_former_colleagues_and_translations():
    """A job linked by a former colleague's story ranked first and by a story in
    both languages still shows its best six current colleagues' stories."""

    def story(slug, lang="nl", alumni=False):
        return SimpleNamespace(slug=slug, lang=lang, is_alumni=alumni, translations=[])

    gone = story("gina", alumni=True)
    anna, anna_en = story("anna"), story("anna", "en")
    anna.translations, anna_en.translations = [anna_en], [anna]
    rest = [story(f"s{n}") for n in range(6)]
    linked = [gone, anna, anna_en, *rest]
    shown = meet_the_team(linked, "nl")
    assert len(shown) == PAGE_STORIES == 6
    assert [s.slug for s in shown] == ["anna", "s0", "s1", "s2", "s3", "s4"]
    assert shown[0] is anna
    assert meet_the_team(linked, "en")[0] is anna_en


def test_a_sitemap_over_50000_urls_is_split_under_a_sitemap_index(monkeypatch):
    # The sitemaps protocol allows 50,000 URLs (and 50 MB) per file; search
    # engines reject a larger one whole. Three languages of ten thousand
    # stories and their people pages pass that.
    monkeypatch.setattr(feeds, "MAX_URLS", 3)
    pages = [PageMeta("nl", f"stories/s{n}/", "t", lastmod=f"2026-05-0{n}") for n in range(1, 8)]
    files = feeds.sitemaps(pages, "https://x.example/hub")
    assert sorted(files) == ["sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml"]
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    index = ET.fromstring(files["sitemap.xml"])
    assert index.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}sitemapindex"
    assert [s.findtext("s:loc", namespaces=ns) for s in index] == [
        f"https://x.example/hub/sitemap-{n}.xml" for n in (1, 2, 3)
    ]
    assert [s.findtext("s:lastmod", namespaces=ns) for s in index] == [
        "2026-05-03", "2026-05-06", "2026-05-07"
    ]  # fmt: skip
    counts = [len(ET.fromstring(files[f"sitemap-{n}.xml"])) for n in (1, 2, 3)]
    assert counts == [3, 3, 1]
    assert list(feeds.sitemaps(pages[:3], "https://x.example/hub")) == ["sitemap.xml"]


def test_the_people_pages_work_out_the_hubs_people_slugs_once_not_per_person(
    site, tmp_path, monkeypatch
):
    # author_aliases (fc72411) sorted and slugged every story of the hub again
    # for each person, to find the former names' pages another person holds:
    # 0.7 s of every build at 1,000 stories and 333 people, growing with their
    # product. One rule now (podium_read.people.former_pages), worked out once for all.
    from podium import slugs
    from podium_render import people

    anna = site / "content" / "interviews" / "anna-de-boer.md"
    text = anna.read_text("utf-8")
    anna.write_text(
        text.replace("author: Anna de Boer", "author: Anna de Boer\nauthor_aliases: [anna-de-bor]"),
        "utf-8",
    )
    hub = _hub(site, tmp_path)
    assert len(hub.generator.people) > 3
    assert "people/anna-de-bor/index.html" in planned(hub)
    calls = []
    for module in (people, slugs):  # slugs: author_slugs's
        counted = module.person_slugs
        monkeypatch.setattr(module, "person_slugs", lambda *a, c=counted: calls.append(1) or c(*a))
    hub.generator._plan_people()  # every person's pages and former names' redirects
    assert len(calls) <= 1


def test_the_atom_feeds_cache_key_digests_each_storys_entry_once(hub, monkeypatch):
    # A story is in its language's feed and each of its themes': its entry was
    # digested again for each (38,000 hash updates per 400 stories).
    from podium_render import hub as hub_mod

    digested: list[str] = []
    real = hub_mod._digest

    def spy(h, value):
        if isinstance(value, dict) and "unique_id" in value:
            digested.append(value["unique_id"])
        real(h, value)

    monkeypatch.setattr(hub_mod, "_digest", spy)
    hub.generator.generate_output(Writer(str(hub.out), settings=hub.settings))
    atom = list(hub.out.rglob("*.atom.xml"))
    assert len(atom) > 3  # the languages' feeds and the themes'
    assert digested and len(digested) == len(set(digested))


def test_an_entry_unlike_the_one_digested_is_digested_again(tmp_path):
    import datetime as dt

    from markupsafe import Markup

    from podium_render.feeds import AtomFeed
    from podium_render.hub import _AtomCache

    day = dt.datetime(2026, 5, 1, tzinfo=dt.UTC)  # no date: <updated> is now

    def feed(title):
        out = AtomFeed(title="Hub", link="https://x.example/", description="")
        out.add_item(
            title="", link="https://x.example/a/", description="", unique_id="a", pubdate=day
        )
        out.items[0]["title"] = title  # as the hub sets it, type kept (add_item makes a str)
        return out

    story = object()
    cache = _AtomCache(tmp_path)
    first = cache.key(feed("A"), [story])
    assert cache.key(feed("A"), [story]) == first  # the same entry, from the memo
    changed = cache.key(feed("B"), [story])
    assert changed != first and changed == _AtomCache(tmp_path).key(feed("B"), [story])
    # Equal as text, but a Markup title is written escaped unlike a str one.
    assert cache.key(feed(Markup("B")), [story]) != changed


def test_a_story_edited_after_its_feeds_were_cached_is_in_the_new_feeds(site, tmp_path):
    first = _hub(site, tmp_path)
    first.generator.generate_output(Writer(str(first.out), settings=first.settings))
    story = first.generator.stories[0]
    feed = first.out / "feeds" / "stories.atom.xml"
    if story.lang != "nl":
        feed = first.out / story.lang / "feeds" / "stories.atom.xml"
    assert story.title in feed.read_text(encoding="utf-8")
    source = Path(story.source_path)
    text = source.read_text(encoding="utf-8")
    source.write_text(text.replace(story.title, "Een nieuwe titel voor de feed", 1), "utf-8")
    again = _hub(site, tmp_path / "again")
    again.generator.generate_output(Writer(str(again.out), settings=again.settings))
    written = (again.out / feed.relative_to(first.out)).read_text(encoding="utf-8")
    assert "Een nieuwe titel voor de feed" in written and story.title not in written


def test_podium_check_accepts_a_link_to_a_former_names_page_exactly_where_one_is_written(
    site, tmp_path, monkeypatch
):
    # Two copies of one rule (podium_validate.old_urls.people_redirects for
    # check, podium_render.people.aliases_of for the build) said which
    # author_aliases get a redirect: one rule now, podium_read.people.former_pages.
    # Not one: the page of a person whose stories are not public (consent
    # ended, a draft), whether they list it or are it, nor of an author with no page.
    listed = {
        "interviews/anna-de-boer.md": "[anna-de-bor, frank-verlopen, dirk-draft]",
        "columns/ben-bakker.md": "[ben-old]",
        "columns/carla-en-only.en.md": "[carla-old]",  # English only
        "columns/gina-alumni.md": "[gina-old]",  # a former colleague, kept
        "columns/frank-consent-ended.md": "[frank-old]",
        "columns/dirk-draft.md": "[dirk-old]",
    }
    for name, aliases in listed.items():
        path = site / "content" / name
        text = path.read_text("utf-8")
        author = next(ln for ln in text.splitlines() if ln.startswith("author: "))
        path.write_text(text.replace(author, f"{author}\nauthor_aliases: {aliases}", 1), "utf-8")
    slugs = [a.strip() for v in listed.values() for a in v.strip("[]").split(",")]
    links = {f"{prefix}people/{slug}/" for slug in slugs for prefix in ("", "en/")}
    ben = site / "content" / "columns" / "ben-bakker.md"
    ben.write_text(
        ben.read_text("utf-8") + "".join(f"\n[x](/{url})\n" for url in sorted(links)), "utf-8"
    )
    redirected = {
        p.save_as.removesuffix("index.html")
        for p in _hub(site, tmp_path).generator.planned
        if p.template == "redirect" and "people/" in p.save_as
    }
    monkeypatch.chdir(site)
    result = CliRunner().invoke(main, ["check"], catch_exceptions=False)
    warned = {url for url in links if f'link "/{url}"' in result.output}
    assert links - warned == redirected == {
        "people/anna-de-bor/", "en/people/anna-de-bor/", "people/ben-old/",
        "en/people/carla-old/", "people/gina-old/",
    }  # fmt: skip
