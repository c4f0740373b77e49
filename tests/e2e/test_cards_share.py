"""Cards, meta tags, share bar and kit, photos: a real build of the test site."""

from __future__ import annotations

import io
import json
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from PIL import Image

from podium_cli.build import build
from podium_images import has_gps, has_metadata
from podium_testkit import read_page, run_podium, set_brand_logo

STORY_PAGES = [
    "stories/anna-de-boer/",
    "en/stories/anna-de-boer/",
    "stories/ben-bakker/",
    "en/stories/carla-en-only/",
    "stories/gina-alumni/",
]


def test_every_story_page_has_the_contract_meta_tags(built_site):
    # The test site has no publishconf.py, so no public address is known: these URLs
    # are site-relative (README); with one, see test_a_preview_build_names_the_public_...
    squares = 0
    for url in STORY_PAGES:
        page = read_page(built_site, url)
        assert page.one("link", rel="canonical").attrs["href"] == "/" + url
        assert page.meta("og:title") and page.meta("og:description")
        assert page.meta("og:url") == "/" + url
        assert page.meta("og:type") == "article"
        image = page.meta("og:image")
        assert image.startswith("/cards/") and image.endswith(".jpg")
        assert (page.meta("og:image:width"), page.meta("og:image:height")) == ("1200", "630")
        assert page.meta("og:image:alt")
        assert page.meta("twitter:card") == "summary_large_image"
        # X falls back to og: for the image and title, not for the image's alt text.
        assert page.meta("twitter:image:alt") == page.meta("og:image:alt")
        (ld,) = page.jsonld()
        # Google asks for images of several aspect ratios: the card, then the
        # 1:1 square the share kit offers (only with consent to share).
        square = [a.attrs["href"] for a in page.all("a") if ".square-" in a.attrs.get("href", "")]
        assert ld["@type"] == "Article" and ld["image"] == [image, *square]
        squares += len(square)
        for url in square:
            with Image.open(built_site / url.lstrip("/")) as img:
                assert img.size == (1080, 1080)
        with Image.open(built_site / image.lstrip("/")) as card:
            assert card.size == (1200, 630) and card.format == "JPEG"
        assert (built_site / image.lstrip("/")).stat().st_size < 600_000
    assert squares


def test_other_pages_get_hub_or_theme_cards(built_site):
    home = read_page(built_site, "")
    assert home.meta("og:image").startswith("/cards/hub.nl-")
    theme = read_page(built_site, "en/themes/tech/")
    assert theme.meta("og:image").startswith("/cards/theme-tech.en-")
    assert read_page(built_site, "people/").meta("og:image").startswith("/cards/hub.nl-")


def test_listing_pages_have_a_description_for_search_results_and_link_previews(built_site):
    # /vacancies/ is the page a recruiter shares most; without og:description
    # LinkedIn's Post Inspector flags it and the preview has only "Vacatures".
    intro = {
        "nl": "Hoe is het echt om hier te werken? Collega's vertellen het in hun eigen woorden.",
        "en": "What is it really like to work here? Colleagues tell you in their own words.",
    }
    for url in (
        "vacancies/",
        "stories/",
        "interviews/",
        "columns/",
        "themes/",
        "people/",
        "en/vacancies/",
        "en/people/",
        "stories/page/2/",
    ):
        page = read_page(built_site, url)
        lang = "en" if url.startswith("en/") else "nl"
        assert page.meta("og:description") == intro[lang], url
        assert page.one("meta", name="description").attrs["content"] == intro[lang], url


def test_stories_json_items_have_their_card(built_site):
    feed = json.loads((built_site / "stories.json").read_text(encoding="utf-8"))
    for item in feed["items"]:
        assert "/cards/" in item["image"]


def test_share_bar_links_carry_lowercase_utm_and_no_post_text(built_site):
    page = read_page(built_site, "stories/anna-de-boer/")
    links = {a.attrs["href"] for a in page.all("a", "share__link")}
    assert len(links) == 5
    hosts = {urlsplit(h).netloc or urlsplit(h).scheme for h in links}
    assert hosts == {"www.linkedin.com", "x.com", "www.facebook.com", "wa.me", "mailto"}
    for href in links:
        query = parse_qs(urlsplit(href).query)
        shared = unquote((query.get("url") or query.get("u") or query.get("text")
                          or query.get("body"))[0])  # fmt: skip
        assert urlsplit(shared).path == "/stories/anna-de-boer/"
        utm = parse_qs(urlsplit(shared).query)
        assert utm["utm_medium"] == ["social"]
        assert utm["utm_source"][0] in {"linkedin", "x", "facebook", "whatsapp", "email"}
        assert all(v[0] == v[0].lower() for v in utm.values())
        # Nothing but the link is prefilled: no ready-made post text.
        assert set(query) <= {"url", "u", "text", "subject", "body"}
    assert "https://www.linkedin.com/sharing/share-offsite/?url=" in page.html
    assert page.one("input", id="story-url")
    assert "<script" not in page.html.split("share-kit")[1].split("</section>")[0]


def test_share_kit_offers_questions_never_identical_posts(built_site):
    kits = {}
    for url in STORY_PAGES:
        page = read_page(built_site, url)
        lists = page.all("ul", "share-kit__prompts")
        if not lists:
            continue
        prompts = tuple(li.text.strip() for li in lists[0].children if li.tag == "li")
        assert len(prompts) >= 3 and all(p.endswith("?") for p in prompts), prompts
        kits[url] = prompts
    assert len(kits) >= 3
    assert len(set(kits.values())) == len(kits), "two stories offer the same share kit"
    assert not read_page(built_site, "stories/anna-de-boer/").all("textarea")
    page = read_page(built_site, "stories/anna-de-boer/")
    downloads = [a.attrs["href"] for a in page.all("a") if "download" in a.attrs]
    assert len(downloads) == 2
    with Image.open(built_site / downloads[1].lstrip("/")) as square:
        assert square.size == (1080, 1080)


def test_no_share_bar_without_social_consent(built_site):
    page = read_page(built_site, "stories/ben-bakker/")
    assert page.all("section", "share") == []
    assert page.all("a", "share__link") == []


def test_a_story_of_one_photo_still_has_a_description_and_a_summary(site):
    """A column that is one photo and its caption (alt text) had no text to
    take a summary from: its page went out without og:description, and its
    stories.json item with "summary": "" (contract §6 asks for both). The
    photo's alt text is the summary then, else the title."""
    images = site / "content" / "images"
    images.mkdir(exist_ok=True)
    Image.new("RGB", (1200, 900), (90, 120, 140)).save(images / "dak.jpg")
    front = "---\ntitle: {title}\ndate: 2026-04-01\nauthor: Ben Bakker\nrole: Monteur\n"
    front += "consent: {{given: 2026-03-20}}\n---\n"
    columns = site / "content" / "columns"
    (columns / "op-het-dak.md").write_text(
        front.format(title="Op het dak") + "![Ik op het dak in Zwolle]({static}/images/dak.jpg)\n",
        encoding="utf-8",
    )
    (columns / "zonder-tekst.md").write_text(
        front.format(title="Zonder woorden") + '<img src="{static}/images/dak.jpg" alt="">\n',
        encoding="utf-8",
    )
    output = build(site / "pelicanconf.py", site / "output").output
    expected = {"op-het-dak": "Ik op het dak in Zwolle", "zonder-tekst": "Zonder woorden"}
    feed = json.loads((output / "stories.json").read_text(encoding="utf-8"))
    for slug, summary in expected.items():
        assert read_page(output, f"stories/{slug}/").meta("og:description") == summary
        (item,) = [i for i in feed["items"] if i["url"] == f"/stories/{slug}/"]
        assert item["summary"] == summary


def test_no_social_consent_in_one_translation_holds_for_the_other(site):
    """Anna said no to social sharing in her Dutch file: her English translation
    gets no share bar either (and so no card with her portrait to share)."""
    nl = site / "content" / "interviews" / "anna-de-boer.md"
    nl.write_text(
        nl.read_text(encoding="utf-8").replace(
            "consent: {given: 2026-02-20}", "consent: {given: 2026-02-20, social: false}"
        ),
        encoding="utf-8",
    )
    output = build(site / "pelicanconf.py", site / "output").output
    for url in ("stories/anna-de-boer/", "en/stories/anna-de-boer/"):
        page = read_page(output, url)
        assert page.all("section", "share") == [], url
        assert page.all("a", "share__link") == [], url


def test_cards_are_cached_and_only_changed_ones_rerender(site):
    first = build(site / "pelicanconf.py", site / "output")
    assert first.stats["cards_rendered"] > 0
    feeds = {
        p.relative_to(first.output): p.read_bytes() for p in first.output.rglob("stories.json")
    }
    assert len(feeds) >= 2, feeds.keys()  # nl and en, and the theme feeds
    second = build(site / "pelicanconf.py", site / "output")
    assert second.stats["cards_rendered"] == 0
    # The tags too (podium_tag/store.py): the same themes, scores and evidence.
    assert (first.stats["tags_reused"], second.stats["tags_reused"]) == (False, True)
    assert feeds == {
        p.relative_to(second.output): p.read_bytes() for p in second.output.rglob("stories.json")
    }
    # Nothing changed, so no page changed: the search index is reused too.
    assert first.stats["search_index_reused"] is False
    assert second.stats["search_index_reused"] is True
    assert (second.output / "pagefind" / "pagefind-entry.json").is_file()
    assert second.stats["squares_rendered"] == 0
    assert second.stats["cards_reused"] == first.stats["cards_rendered"]
    story = site / "content" / "columns" / "ben-bakker.md"
    story.write_text(story.read_text().replace("om drie uur stop", "om twee uur stop"), "utf-8")
    third = build(site / "pelicanconf.py", site / "output")
    assert third.stats["cards_rendered"] == 1
    assert third.stats["tags_reused"] is False
    assert third.stats["search_index_reused"] is False
    # ... but only the edited story's part of the index is built again (one language).
    assert (third.stats["search_parts_indexed"], third.stats["search_parts_reused"]) == (1, 1)
    cache = list((site / ".podium-cache" / "cards").iterdir())
    assert (
        len(cache)
        == third.stats["cards_reused"]
        + 1
        + third.stats["squares_reused"]
        + (third.stats["squares_rendered"])
    )  # the stale card was removed


def test_a_change_to_the_drawing_code_renders_the_cards_again(tmp_path):
    """A card's name hashes the code that draws it, not only RENDERER_VERSION,
    which three pixel-changing commits forgot to bump: the cache a CI run
    restores must not keep publishing the old cards under the same names."""
    import os
    import re
    import shutil

    from podium_testkit import ROOT, copy_site

    ignore = shutil.ignore_patterns("__pycache__", "node_modules")
    for folder in ("plugins", "theme"):
        shutil.copytree(ROOT / folder, tmp_path / folder, ignore=ignore)
    site = copy_site(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "plugins")}

    def build_cards() -> tuple[str, dict[str, bytes]]:
        proc = run_podium(site, "build", env=env, check=True)
        said = re.search(r"\d+ cards rendered, \d+ reused", proc.stdout + proc.stderr)
        assert said, proc.stdout + proc.stderr
        cards = {p.name: p.read_bytes() for p in (site / "output" / "cards").iterdir()}
        return said[0], cards

    _, first = build_cards()
    said, again = build_cards()
    assert said.startswith("0 cards rendered") and again == first
    render = tmp_path / "plugins" / "podium_cards" / "render.py"
    code = render.read_text(encoding="utf-8")
    # The faint disc on hub and theme cards, a little lighter.
    changed = code.replace("mix(plan.background, WHITE, 0.1)", "mix(plan.background, WHITE, 0.2)")
    assert changed != code
    render.write_text(changed, encoding="utf-8")
    said, after = build_cards()
    assert not said.startswith("0 cards rendered"), said
    hub = [name for name in after if name.startswith("hub.nl-")]
    assert hub and hub[0] not in first, "the changed hub card kept its old name"
    old = next(first[name] for name in first if name.startswith("hub.nl-"))
    assert after[hub[0]] != old


def test_a_link_planted_in_the_card_cache_is_rendered_over(site, tmp_path):
    """A restored .podium-cache is not trusted: a symlinked card is not published."""
    first = build(site / "pelicanconf.py", site / "output")
    secret = tmp_path / "secret.txt"
    secret.write_text("runner secret")
    card = next(p for p in (site / ".podium-cache" / "cards").iterdir() if ".square-" not in p.name)
    card.unlink()
    card.symlink_to(secret)
    second = build(site / "pelicanconf.py", site / "output")
    assert second.stats["cards_rendered"] == 1  # the planted one, rendered again
    assert not card.is_symlink()
    published = second.output / "cards" / card.name
    assert not published.is_symlink() and published.read_bytes()[:2] == b"\xff\xd8"
    assert first.stats["cards_rendered"] > 0


def test_og_image_is_absolute_with_a_public_siteurl(site):
    result = build(site / "pelicanconf.py", site / "output", SITEURL="https://careers.example.org")
    page = read_page(result.output, "stories/anna-de-boer/")
    assert page.meta("og:image").startswith("https://careers.example.org/cards/")
    assert page.meta("og:url") == "https://careers.example.org/stories/anna-de-boer/"


PUBLIC = "https://werkenbij.testbedrijf.example"


def test_a_preview_build_names_the_public_address_where_a_url_is_about_the_page(site):
    """`podium build` with pelicanconf.py (SITEURL "") and a publishconf.py beside it
    with the hub's address: what is about a page (canonical, hreflang, og:url,
    og:image, structured data, sitemap, feeds) names the published page, as contract
    §6 asks ("absolute URL of a 1200x630 card"), and mkdocs serve keeps site_url in
    them; what the reader follows in the preview (stylesheet, menu, photos) stays
    site-relative, so the preview works on localhost."""
    (site / "publishconf.py").write_text(
        f"from pelicanconf import *  # noqa\nSITEURL = {PUBLIC!r}\n", encoding="utf-8"
    )
    out = build(site / "pelicanconf.py", site / "output").output
    page = read_page(out, "stories/anna-de-boer/")
    assert page.one("link", rel="canonical").attrs["href"] == f"{PUBLIC}/stories/anna-de-boer/"
    assert page.meta("og:url") == f"{PUBLIC}/stories/anna-de-boer/"
    card = page.meta("og:image")
    assert card.startswith(f"{PUBLIC}/cards/anna-de-boer.nl-"), card
    assert (out / card.removeprefix(f"{PUBLIC}/")).is_file()
    assert page.alternates() == {
        "nl": f"{PUBLIC}/stories/anna-de-boer/",
        "en": f"{PUBLIC}/en/stories/anna-de-boer/",
        "x-default": f"{PUBLIC}/stories/anna-de-boer/",
    }
    assert page.meta("article:author").startswith(f"{PUBLIC}/people/")
    (ld,) = page.jsonld()
    assert ld["mainEntityOfPage"] == f"{PUBLIC}/stories/anna-de-boer/"
    assert ld["image"][0] == card and all(i.startswith(PUBLIC + "/") for i in ld["image"])
    assert ld["publisher"]["url"] == f"{PUBLIC}/"
    # The link a reader copies or shares is the published one too.
    assert page.one("input", id="story-url").attrs["value"] == f"{PUBLIC}/stories/anna-de-boer/"
    # What the preview's reader follows stays on the preview.
    css = [el.attrs["href"] for el in page.all("link", rel="stylesheet")]
    assert css and all(href.startswith("/theme/") for href in css), css
    menu = [a.attrs["href"] for a in page.all("a") if "href" in a.attrs]
    assert "/stories/" in menu and not any(h.startswith(PUBLIC) for h in menu), menu
    assert all(s.attrs["src"].startswith("/") for s in page.all("script") if "src" in s.attrs)
    # The other pages, the sitemap and the feeds name the published hub too.
    theme = read_page(out, "en/themes/tech/")
    assert theme.one("link", rel="canonical").attrs["href"] == f"{PUBLIC}/en/themes/tech/"
    assert theme.meta("og:image").startswith(f"{PUBLIC}/cards/theme-tech.en-")
    sitemap = (out / "sitemap.xml").read_text(encoding="utf-8")
    assert f"<loc>{PUBLIC}/stories/anna-de-boer/</loc>" in sitemap
    assert f"Sitemap: {PUBLIC}/sitemap.xml" in (out / "robots.txt").read_text(encoding="utf-8")
    feed = json.loads((out / "stories.json").read_text(encoding="utf-8"))
    assert feed["feed_url"] == f"{PUBLIC}/stories.json"
    assert all(i["url"].startswith(PUBLIC + "/") for i in feed["items"])
    atom = (out / "feeds" / "stories.atom.xml").read_text(encoding="utf-8")
    assert f'<link href="{PUBLIC}/stories/anna-de-boer/"' in atom
    jobs = json.loads((out / "vacancies.json").read_text(encoding="utf-8"))
    job = jobs["items"][0]["url"]
    assert job.startswith(PUBLIC + "/") and "/vacancies/" in job
    posting = read_page(out, job.removeprefix(f"{PUBLIC}/"))
    (ld,) = posting.jsonld()
    assert ld["@type"] == "JobPosting" and ld["url"] == job


def test_photos_are_published_without_gps_or_any_metadata(site):
    photo = Image.new("RGB", (900, 600), (200, 120, 80))
    # Stored sideways: its left side is the top of the upright photo (orientation 6).
    photo.paste((20, 40, 200), (0, 0, 300, 600))
    exif = Image.Exif()
    exif[0x0112] = 6  # rotated: the published photo must come out upright
    exif.get_ifd(0x8825).update({1: "N", 2: (52.0, 5.0, 0.0), 3: "E", 4: (5.0, 7.0, 0.0)})
    buffer = io.BytesIO()
    photo.save(buffer, "JPEG", exif=exif)
    target = site / "content" / "images" / "people" / "anna.jpg"
    target.parent.mkdir(parents=True, exist_ok=True)  # git keeps no empty folders
    target.write_bytes(buffer.getvalue())
    assert has_gps(target)
    story = site / "content" / "interviews" / "anna-de-boer.md"
    story.write_text(
        story.read_text().replace("lang: nl", "lang: nl\nphoto: images/people/anna.jpg"), "utf-8"
    )
    output = build(site / "pelicanconf.py", site / "output").output
    images = [p for p in output.rglob("*") if p.suffix in {".jpg", ".jpeg", ".webp", ".png"}]
    published = [p for p in images if "images/people" in str(p)]
    assert published, "the photo was not published"
    for path in images:
        assert not has_gps(path), path
        assert not has_metadata(path), path
    assert not (output / "images" / "people" / "anna.jpg").exists()  # never the original
    page = read_page(output, "stories/anna-de-boer/")
    img = page.one("img", "author-card__photo")
    assert "srcset" in img.attrs and img.attrs["src"].startswith("/images/people/anna-")
    with Image.open(output / img.attrs["src"].lstrip("/")) as published_photo:
        # Orientation applied: the blue band is at the top (published square, 0473888).
        top = published_photo.getpixel((published_photo.width // 2, 2))
        bottom = published_photo.getpixel((published_photo.width // 2, published_photo.height - 3))
        assert top[2] > top[0] and bottom[0] > bottom[2], (top, bottom)


@pytest.mark.parametrize("name", ["logo.png", "logo.svg"])
def test_a_brand_logo_goes_on_the_cards(site, name):
    """A raster logo, and an SVG one (README's brand/logo.svg), which the cards left off."""
    logo = site / "content" / "brand" / name
    logo.parent.mkdir(parents=True, exist_ok=True)
    if name.endswith(".svg"):
        logo.write_text(
            '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 80">'
            '<rect width="240" height="80" fill="#0b5d4b"/></svg>',
            encoding="utf-8",
        )
    else:
        Image.new("RGBA", (240, 80), (11, 93, 75, 255)).save(logo)
    before = build(site / "pelicanconf.py", site / "output")
    card_before = read_page(before.output, "stories/anna-de-boer/").meta("og:image")
    set_brand_logo(site, f"brand/{name}")
    after = build(site / "pelicanconf.py", site / "output")
    card_after = read_page(after.output, "stories/anna-de-boer/").meta("og:image")
    assert card_after != card_before  # the logo is part of what names the card
    assert after.stats["cards_rendered"] == before.stats["cards_rendered"]
    with Image.open(after.output / card_after.lstrip("/")) as card:
        assert card.size == (1200, 630)
        # The logo's green, in the brand's corner where the name was written.
        corner = card.convert("RGB").crop((60, 500, 400, 600)).getcolors(1 << 16)
        assert any(abs(r - 11) + abs(g - 93) + abs(b - 75) < 30 for _, (r, g, b) in corner)


def test_published_images_and_index_entry_are_readable_by_the_web_server(built_site):
    """Cache files are written private (mkstemp) unless published: a card is
    hard-linked into the site, so it must be readable by others."""
    published = [*(built_site / "cards").iterdir(), built_site / "pagefind" / "pagefind-entry.json"]
    assert published
    for path in published:
        assert path.stat().st_mode & 0o044 == 0o044, (path, oct(path.stat().st_mode))


def _record_specs(monkeypatch) -> dict[str, object]:
    """Each card and square spec the build asks for, by "kind:prefix" (card:ben-bakker.nl)."""
    from podium_cards.plugin import CardGenerator

    drawn: dict[str, object] = {}
    want = CardGenerator._want

    def recording(self, kind, spec, prefix, owner):
        drawn[f"{kind}:{prefix.removesuffix('.square')}"] = spec
        return want(self, kind, spec, prefix, owner)

    monkeypatch.setattr(CardGenerator, "_want", recording)
    return drawn


def test_a_former_colleagues_card_and_square_say_the_role_is_a_past_one(site, monkeypatch):
    """Gina left (PODIUM_ALUMNI_POLICY "keep"): her story page says "Oud-collega";
    her card and quote square printed "Ontwerper" bare under her name, as if she
    still did the job, on every post that shares them. Anonymised, the card has
    no name, and the bare role read as a current colleague's."""
    drawn = _record_specs(monkeypatch)
    output = build(site / "pelicanconf.py", site / "output").output
    for kind in ("card", "square"):
        assert drawn[f"{kind}:gina-alumni.nl"].author_role == "Oud-collega · Ontwerper", kind
        assert drawn[f"{kind}:gina-alumni.nl"].author_name == "Gina Vertrokken"
    # A colleague's role stays as it is.
    assert drawn["card:ben-bakker.nl"].author_role == "Supportmedewerker"
    page = read_page(output, "stories/gina-alumni/")
    assert page.meta("og:image:alt") == (
        "Mijn jaren bij het bedrijf – Gina Vertrokken, Oud-collega · Ontwerper"
    )
    conf = site / "pelicanconf.py"
    text = conf.read_text(encoding="utf-8")
    conf.write_text(text.replace('POLICY = "keep"', 'POLICY = "anonymize"'), encoding="utf-8")
    drawn.clear()
    build(site / "pelicanconf.py", site / "output")
    card = drawn["card:gina-alumni.nl"]
    assert (card.author_name, card.author_role) == (None, "Oud-collega · Ontwerper")


def test_a_pull_quote_written_right_to_left_reaches_its_card_so(site, monkeypatch):
    """A blockquote with dir="rtl" stands right to left on its page; its
    direction now reaches the card and the square (a Hebrew quote that begins
    with "Google" was laid out left to right there, by its first letter)."""
    story = site / "content" / "columns" / "ben-bakker.md"
    text = story.read_text("utf-8").replace(
        "> Rust is ook werk, zei mijn teamleider ooit tegen me op een drukke dag.",
        '<blockquote lang="he" dir="rtl"><p>Google היא המקום הכי טוב שעבדתי בו</p></blockquote>',
    )
    story.write_text(text.replace("social: false", "social: true"), "utf-8")
    drawn = _record_specs(monkeypatch)
    build(site / "pelicanconf.py", site / "output")
    for kind in ("card", "square"):
        spec = drawn[f"{kind}:ben-bakker.nl"]
        assert spec.quote.startswith("Google") and spec.quote_dir == "rtl", kind


def test_the_share_kit_of_an_anonymised_story_calls_its_author_a_former_colleague(site):
    """Under "anonymize" a story's byline says "Oud-collega" in place of the
    name, but its share kit asked a colleague sharing it "Wat heb jij van deze
    collega of van dit team geleerd?", calling someone who left a colleague."""
    conf = site / "pelicanconf.py"
    text = conf.read_text(encoding="utf-8")
    conf.write_text(text.replace('POLICY = "keep"', 'POLICY = "anonymize"'), encoding="utf-8")
    output = build(conf, site / "output").output
    page = read_page(output, "stories/gina-alumni/")
    kit = page.one("ul", "share-kit__prompts")
    prompts = [li.text.strip() for li in kit.children if li.tag == "li"]
    assert "Wat heb jij van deze oud-collega of van dit team geleerd?" in prompts, prompts
    assert not [p for p in prompts if "deze collega" in p], prompts
