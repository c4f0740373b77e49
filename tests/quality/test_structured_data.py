"""Every JSON-LD block of the demo against Google's documented properties, and the meta tags.

The property lists below were copied from Google Search Central's structured
data pages, checked on 2026-12-02:

* https://developers.google.com/search/docs/appearance/structured-data/job-posting
  ("Structured data type definitions": required and recommended properties)
* https://developers.google.com/search/docs/appearance/structured-data/article
  (Article has no required properties; all listed ones are recommended)
* https://developers.google.com/search/docs/appearance/structured-data/profile-page

A recommended property that only applies in some cases (``validThrough`` when
the job has an end date, ``applicantLocationRequirements`` for remote jobs,
``employmentType`` when the employer stated one) carries the condition under
which it must be there, so "left out because unknown" is tested as such.
Google also asks that structured data describe what the page shows: every
JobPosting value is looked for in the visible page.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from urllib.parse import urlsplit

import pytest

from podium.i18n import translate
from podium_render.filters import salary as salary_text
from podium_testkit import Page
from podium_vacancies.countries import country_name
from podium_vacancies.model import Salary

JOBPOSTING_REQUIRED = ("datePosted", "description", "hiringOrganization", "title")
# jobLocation is required unless the job is fully remote (then
# applicantLocationRequirements + jobLocationType TELECOMMUTE).
JOBPOSTING_RECOMMENDED = {
    "applicantLocationRequirements": lambda d: d.get("jobLocationType") == "TELECOMMUTE",
    "baseSalary": lambda d: True,  # the demo states pay for every job (EU pay transparency)
    "directApply": lambda d: d["_direct"],
    "employmentType": lambda d: d["_known_type"],
    "identifier": lambda d: True,
    "jobLocationType": lambda d: "jobLocation" not in d,
    "validThrough": lambda d: d["_has_end"],
}
ARTICLE_RECOMMENDED = ("author", "dateModified", "datePublished", "headline", "image")
AUTHOR_RECOMMENDED = ("name", "url")
PROFILE_REQUIRED = ("mainEntity",)
PROFILE_ENTITY_REQUIRED = ("name",)
# Recommended for ProfilePage: dateCreated, dateModified, and on mainEntity
# alternateName, description, identifier, image, sameAs, interactionStatistic,
# agentInteractionStatistic. A people page has the dates; the rest are about
# social-media creators (handles, follower counts) and not what the page shows,
# except image, which needs the employee's consent and a photo.
PROFILE_RECOMMENDED = ("dateCreated", "dateModified")


def pages(demo_site):
    for path in sorted(demo_site.rglob("*.html")):
        if "pagefind" in path.parts:
            continue
        yield path, Page(path.read_text(encoding="utf-8"))


def blocks(page: Page) -> list[dict]:
    return [json.loads(el.text) for el in page.all("script", type="application/ld+json")]


def visible(page: Page) -> str:
    body = page.one("body")
    times = " ".join(el.attrs.get("datetime", "") for el in page.all("time"))
    return re.sub(r"\s+", " ", body.text) + " " + times


def is_absolute(url) -> bool:
    return isinstance(url, str) and urlsplit(url).scheme in ("http", "https")


@pytest.fixture(scope="module")
def jsonld(demo_site):
    found = {}
    for path, page in pages(demo_site):
        for block in blocks(page):
            found.setdefault(block["@type"], []).append((path, page, block))
    return found


def test_the_demo_has_every_kind(jsonld):
    assert {"JobPosting", "Article", "ProfilePage"} <= set(jsonld)


def test_job_postings_have_googles_properties_and_show_them(jsonld):
    from podium_testkit import ROOT
    from podium_vacancies import load_all

    by_id = load_all(ROOT / "content", ("nl", "en"), dt.date(2026, 1, 1)).by_id()
    missing_type = 0
    for path, page, data in jsonld["JobPosting"]:
        vacancy = by_id[data["identifier"]["value"]]
        data = {
            **data,
            "_known_type": bool(vacancy.employment_type),
            "_has_end": vacancy.valid_through is not None,
            "_direct": vacancy.direct_apply,
        }
        # True where the file or feed says so, else absent: False is a claim
        # ("no clear path to applying directly online", schema.org).
        assert data.get("directApply", False) is vacancy.direct_apply, path
        assert data.get("directApply") is not False, path
        missing_type += not data["_known_type"]
        for prop in JOBPOSTING_REQUIRED:
            assert data.get(prop), f"{path}: JobPosting lacks required {prop}"
        assert data.get("jobLocation") or data.get("applicantLocationRequirements"), path
        for prop, applies in JOBPOSTING_RECOMMENDED.items():
            if applies(data):
                assert prop in data, f"{path}: JobPosting lacks recommended {prop}"
        assert data.get("employmentType") != "OTHER", f"{path}: employmentType guessed"
        org = data["hiringOrganization"]
        assert org["name"] and is_absolute(org["sameAs"]) and is_absolute(org["logo"]), path
        assert is_absolute(data["url"]), path
        # Every value is on the page, as people see it.
        text = visible(page)
        lang = page.one("html").attrs["lang"]
        assert vacancy.title in text
        assert data["datePosted"] in text
        assert data["identifier"]["value"] in text
        assert org["name"] in text
        address = data.get("jobLocation", {}).get("address", {})
        for key in ("streetAddress", "postalCode", "addressLocality"):
            if key in address:
                assert address[key] in text, f"{path}: {key} not shown"
        if "addressCountry" in address:
            # The page names the country in its language ("Nederland"), the code for one
            # without a name in the table.
            code = address["addressCountry"]
            assert country_name(code, lang) in text, f"{path}: addressCountry not shown"
        if "validThrough" in data:
            assert data["validThrough"][:10] in text
        if "baseSalary" in data:
            value = data["baseSalary"]["value"]
            shown = Salary(
                value.get("minValue", value.get("value")),
                value.get("maxValue", value.get("value")),
                data["baseSalary"]["currency"],
                value["unitText"],
            )
            # As visible() writes it: the no-break space after "€" is a space.
            said = re.sub(r"\s+", " ", salary_text(shown, lang))
            assert said in text, f"{path}: salary not shown"
            # Prominently: right under the title, before the other facts.
            pay = page.one("p", "vacancy__pay")
            assert said in re.sub(r"\s+", " ", pay.text)
            assert page.html.index("vacancy__pay") < page.html.index('class="facts"')
        if "employmentType" in data:
            assert page.all("dt"), path  # the facts list names it (translated label)
    assert missing_type >= 1  # the demo's ATS record without a type is covered


def test_articles_have_googles_recommended_properties(jsonld, demo_site):
    profiles = {
        block["mainEntity"]["url"]: block["mainEntity"]["name"]
        for _, _, block in jsonld["ProfilePage"]
    }
    for path, page, data in jsonld["Article"]:
        for prop in ARTICLE_RECOMMENDED:
            assert data.get(prop), f"{path}: Article lacks recommended {prop}"
        author = data["author"]
        if author["@type"] == "Person":
            for prop in AUTHOR_RECOMMENDED:
                assert author.get(prop), f"{path}: author lacks {prop}"
            assert profiles[author["url"]] == author["name"]  # a ProfilePage for the author
            assert page.meta("author") == author["name"]
        published = dt.datetime.fromisoformat(data["datePublished"])
        modified = dt.date.fromisoformat(data["dateModified"][:10])
        assert modified >= published.date()
        assert page.meta("article:published_time") == data["datePublished"]
        assert page.meta("article:modified_time") == data["dateModified"]
        assert data["image"] and all(is_absolute(url) for url in data["image"])
        assert is_absolute(data["mainEntityOfPage"])
        assert data["headline"] in visible(page) or data["headline"][:100] in visible(page)


def test_profile_pages(jsonld):
    assert jsonld["ProfilePage"]
    for path, page, data in jsonld["ProfilePage"]:
        for prop in PROFILE_REQUIRED + PROFILE_RECOMMENDED:
            assert data.get(prop), f"{path}: ProfilePage lacks {prop}"
        person = data["mainEntity"]
        assert person["@type"] == "Person"
        for prop in PROFILE_ENTITY_REQUIRED:
            assert person.get(prop), f"{path}: mainEntity lacks {prop}"
        text = visible(page)
        assert person["name"] in text
        # A former colleague holds no job title here: the old role is in the
        # description, said to be a past one, as the page says it.
        if "alumniOf" in person:
            assert "jobTitle" not in person and "worksFor" not in person
            role = person["description"].split(" · ", 1)[-1]
        else:
            role = person["jobTitle"]
        assert role in text
        org = person.get("worksFor") or person.get("alumniOf")
        assert org["name"] in text
        assert data["hasPart"] and all(is_absolute(a["url"]) for a in data["hasPart"])
        for article in data["hasPart"]:
            assert article["headline"] in text, f"{path}: {article['headline']} not listed"
        if "image" in person:
            assert is_absolute(person["image"])


def test_people_with_a_photo_and_consent_have_an_image(jsonld):
    assert any("image" in block["mainEntity"] for _, _, block in jsonld["ProfilePage"])


def test_a_people_pages_image_has_the_pixels_google_asks_for(demo_site, demo_origin, jsonld):
    # Google's ProfilePage (and Article) image guideline: at least 50,000
    # pixels (width times height). The middle portrait (192 x 192, 36,864)
    # was under it, and a 320 x 320 one is published beside it.
    from PIL import Image

    images = [
        b["mainEntity"]["image"] for _, _, b in jsonld["ProfilePage"] if "image" in b["mainEntity"]
    ]
    assert images
    for url in images:
        with Image.open(demo_site / url.removeprefix(demo_origin + "/")) as image:
            assert image.width * image.height >= 50_000, url


def test_open_graph_locale_and_alternates(demo_site):
    checked = 0
    for path, page in pages(demo_site):
        locale = page.meta("og:locale")
        if locale is None:
            continue
        lang = page.one("html").attrs["lang"]
        assert locale == {"nl": "nl_NL", "en": "en_GB"}[lang], path
        others = {h for h in page.alternates() if h not in (lang, "x-default")}
        alternates = [
            el.attrs["content"] for el in page.all("meta", property="og:locale:alternate")
        ]
        assert sorted(alternates) == sorted({"nl": "nl_NL", "en": "en_GB"}[h] for h in others)
        checked += 1
    assert checked > 20


def test_story_pages_carry_article_tags(demo_site, jsonld):
    tagged = 0
    for _path, page, _data in jsonld["Article"]:
        tags = [el.attrs["content"] for el in page.all("meta", property="article:tag")]
        chips = [el.text.strip() for el in page.all("a", "chip")]
        assert tags == chips
        tagged += bool(tags)
    assert tagged > 0


def test_an_anonymised_authors_article_names_the_company_with_its_url(site):
    # Under PODIUM_ALUMNI_POLICY "anonymize" the Article's author is the
    # company, which had no url: Google recommends author.url for every author
    # (Search Console: 'Missing field "url" (in "author")'), and the people
    # pages' worksFor already gives the same Organization with its url.
    from podium_cli.build import build
    from podium_testkit import read_page

    conf = site / "pelicanconf.py"
    conf.write_text(
        conf.read_text(encoding="utf-8").replace('POLICY = "keep"', 'POLICY = "anonymize"'),
        encoding="utf-8",
    )
    out = build(site / "pelicanconf.py", site / "output").output
    (article,) = read_page(out, "stories/gina-alumni/").jsonld()
    assert article["author"] == {"@type": "Organization", "name": "Testbedrijf", "url": "/"}
    assert article["publisher"] == article["author"]


# Google Search Central, "Breadcrumb (BreadcrumbList) structured data": a
# BreadcrumbList of ListItems with position, name and item (an absolute URL;
# the last may leave it out). The trail a page shows and gives, per section.
BREADCRUMB_SECTIONS = {
    "stories": ("Verhalen", "Stories"),
    "themes": ("Thema's", "Themes"),
    "vacancies": ("Vacatures", "Jobs"),
    "people": ("Mensen", "People"),
}


def breadcrumb_pages(demo_site, later_pages=False):
    """(lang, section, path, page) of every story, theme, vacancy and person
    page (``later_pages``: a theme's page 2 too): not an old address that
    leads on, nor the page of a withdrawn story, which names nothing of it."""
    for path, page in pages(demo_site):
        parts = path.relative_to(demo_site).parts
        lang = "en" if parts[0] == "en" else "nl"
        parts = parts[1:] if lang == "en" else parts
        if len(parts) < 3 or parts[0] not in BREADCRUMB_SECTIONS or parts[1] == "page":
            continue
        if (len(parts) != 3 and not later_pages) or page.all("meta", http_equiv="refresh"):
            continue
        if page.one("h1").text.strip() == translate("gone_title", lang):
            continue
        yield lang, parts[0], path, page


def test_story_theme_vacancy_and_people_pages_show_and_give_their_breadcrumbs(
    demo_site, demo_origin
):
    """No page had a BreadcrumbList, nor a trail above its title: "Vacatures
    · Team" was a label. Each kind, in each language: Home, the section, the
    page; the nav shows the JSON-LD's names and links item for item."""
    seen = set()
    for lang, section, path, page in breadcrumb_pages(demo_site):
        where = path.relative_to(demo_site)
        (trail,) = [b for b in blocks(page) if b["@type"] == "BreadcrumbList"]
        assert trail["@context"] == "https://schema.org", where
        items = trail["itemListElement"]
        prefix = f"{demo_origin}/{'en/' if lang == 'en' else ''}"
        h1 = re.sub(r"\s+", " ", page.one("h1").text).strip()
        section_name = BREADCRUMB_SECTIONS[section][lang == "en"]
        assert [i["@type"] for i in items] == ["ListItem"] * 3, where
        assert [i["position"] for i in items] == [1, 2, 3], where
        assert [i["name"] for i in items] == ["Home", section_name, h1], where
        assert [i.get("item") for i in items] == [prefix, f"{prefix}{section}/", None], where
        # What the reader sees: the same list, the page itself marked as current.
        (nav,) = [n for n in page.all("nav", "breadcrumbs")]
        assert nav.attrs["aria-label"] == ("Breadcrumb" if lang == "en" else "Kruimelpad")
        (ol,) = [c for c in nav.children if c.tag == "ol"]
        shown = [re.sub(r"\s+", " ", li.text).strip() for li in ol.children]
        assert shown == [i["name"] for i in items], where
        links = [a.attrs["href"] for li in ol.children for a in li.children if a.tag == "a"]
        assert links == [i["item"] for i in items[:-1]], where
        (current,) = [c for c in ol.children[-1].children if c.attrs.get("aria-current")]
        assert current.attrs["aria-current"] == "page", where
        seen.add((lang, section))
    assert seen == {(lang, s) for lang in ("nl", "en") for s in BREADCRUMB_SECTIONS}


def test_only_pages_in_a_section_have_breadcrumbs(demo_site):
    """The front page and the section lists are the trail's own steps: no
    trail of one item (Google wants two or more); an old address that leads
    on gives none of its target's, and a withdrawn story's page no title."""
    wanted = {path for _, _, path, _ in breadcrumb_pages(demo_site, later_pages=True)}
    for path, page in pages(demo_site):
        has = any(b["@type"] == "BreadcrumbList" for b in blocks(page))
        assert has == (path in wanted), path.relative_to(demo_site)
        assert bool(page.all("nav", "breadcrumbs")) == has, path.relative_to(demo_site)
