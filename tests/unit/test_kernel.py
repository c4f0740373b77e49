from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from podium import yamlio
from podium.errors import ContentError, Issue, folder_link_issue, one_line
from podium.i18n import initials, long_date, strings, translate
from podium.settings import PodiumSettings
from podium_render.meta import PageMeta
from podium_render.paginate import paginate


def test_issue_formats():
    issue = Issue("content/x.md", 4, 'field "title" is 100% wrong')
    assert issue.format() == 'content/x.md:4: error: field "title" is 100% wrong'
    assert issue.format_github() == (
        '::error file=content/x.md,line=4::field "title" is 100%25 wrong'
    )
    assert Issue("a.yml", None, "m").format() == "a.yml: error: m"


def test_github_annotations_escape_data_and_properties():
    # The runner's rules (actions/toolkit command.ts): data escapes %, CR, LF;
    # properties also ":" and ",".
    issue = Issue("content/een, twee: drie.md", 2, "50% klaar")
    assert issue.format_github() == (
        "::error file=content/een%2C twee%3A drie.md,line=2::50%25 klaar"
    )
    forged = Issue("a\n::error file=x::b.md", None, "m\r\nn", "warning")
    assert forged.format_github() == "::warning file=a%0A%3A%3Aerror file=x%3A%3Ab.md::m\\r\\nn"
    assert len(forged.format().splitlines()) == 1


def test_messages_show_invisible_characters_escaped():
    line = Issue("a.md", 1, 'not "x\x1b[2Jy\u202ez\ud800"').format()
    assert line == 'a.md:1: error: not "x\\x1b[2Jy\\u202ez\\ud800"'


def test_a_path_with_any_format_character_is_shown_escaped():
    # "an\u200bna.md" (a zero-width space pasted along) printed as "anna.md",
    # while "an\u202ena.md" was escaped: every invisible or format character
    # (Unicode's Cf, Zl, Zp, Cc) is shown escaped, as a bidi control is.
    hidden = ["\u200b", "\u00ad", "\ufeff", "\u2060", "\u200d", "\u2028", "\x85", "\U000e0001"]
    for char in hidden:
        shown = repr(char)[1:-1] if ord(char) <= 0xFFFF else "\\U000e0001"
        assert (
            Issue(f"content/an{char}na.md", 3, "m").format()
            == f"content/an{shown}na.md:3: error: m"
        )
    # Letters, marks and spaces of any script stay as they are.
    assert one_line("Zoë 中文 عربي\u0301 x") == "Zoë 中文 عربي\u0301 x"


def test_yaml_lines_and_no_dates():
    located = yamlio.load("a: 1\nb:\n  c: 2026-01-01\n  d: [x, y]\n", "f.yml")
    assert located.data == {"a": 1, "b": {"c": "2026-01-01", "d": ["x", "y"]}}
    assert located.line("b", "c") == 3
    assert located.line("b", "d", 1) == 4
    assert located.line("nope") == 1


@pytest.mark.parametrize("text", ["12:30", "1:30.5", "-2:00"])
def test_yaml_base_60_numbers_stay_text(text):
    # YAML 1.1 reads 12:30 as 750; the browser editor writes YAML 1.2, where it is text.
    assert yamlio.load(f"role: {text}\n", "a.md").data == {"role": text}


def test_yaml_numbers_are_still_numbers():
    located = yamlio.load("a: 42\nb: -7\nc: 1.5\nd: 0x1f\ne: 1_000\n", "f.yml")
    assert located.data == {"a": 42, "b": -7, "c": 1.5, "d": 31, "e": 1000}


def test_yaml_alias_bomb_is_refused_quickly():
    bomb = "a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\n" + "".join(
        f"d{i}: &d{i} [*c, *c]\n" for i in range(30)
    )
    with pytest.raises(ContentError) as exc:
        yamlio.load(bomb, "bomb.yml")
    assert "aliases" in exc.value.issues[0].message


def test_paginate_directory_urls():
    pages = paginate(list(range(5)), 2, "stories/")
    assert [p.url for p in pages] == ["stories/", "stories/page/2/", "stories/page/3/"]
    assert pages[0].save_as == "stories/index.html"
    assert pages[1].previous_url == "stories/" and pages[1].next_url == "stories/page/3/"
    assert paginate([], 2, "x/")[0].items == []


def test_settings_validation_names_the_setting():
    with pytest.raises(ContentError) as exc:
        PodiumSettings.from_pelican(
            {"PODIUM_ALUMNI_POLICY": "anonymise", "PODIUM_BRAND": {"color": "green"}}
        )
    text = "\n".join(i.format() for i in exc.value.issues)
    assert 'PODIUM_ALUMNI_POLICY must be one of "keep", "anonymize", "unpublish"' in text
    assert 'did you mean "anonymize"' in text
    assert "PODIUM_BRAND['color'] must be a colour" in text


@pytest.mark.parametrize(
    "tagline, message",
    [
        (42, "PODIUM_BRAND['tagline'] must be text, or a dict of text per language"),
        (["Brew with us"], "PODIUM_BRAND['tagline'] must be text, or a dict of text per language"),
        (
            {"EN": "Brew with us"},
            "PODIUM_BRAND['tagline']['EN'] names no language of PODIUM_LANGUAGES (\"nl\", \"en\")",
        ),
        ({"en": ["Brew"]}, "PODIUM_BRAND['tagline']['en'] must be a sentence of text"),
    ],
)
def test_a_tagline_of_the_wrong_shape_is_an_error_not_dropped(tagline, message):
    # It was dropped without a word: the front page and every listing's
    # description showed Podium's default sentence instead of the company's.
    with pytest.raises(ContentError) as exc:
        PodiumSettings.from_pelican({"PODIUM_BRAND": {"name": "Zeewind", "tagline": tagline}})
    (line,) = [i.format() for i in exc.value.issues]
    assert message in line, line


def test_a_tagline_missing_a_language_is_a_warning_naming_it():
    # A hub that started in English and added Dutch: its Dutch front page and
    # listings described the hub in Podium's own sentence, without a word, where
    # a team without a Dutch name is an error.
    ps = PodiumSettings.from_pelican(
        {"PODIUM_BRAND": {"name": "Zeewind", "tagline": {"en": "Brew with us"}}}
    )
    assert [w.message for w in ps.warnings] == [
        'setting PODIUM_BRAND[\'tagline\'] has no "nl" text, so the "nl" pages describe the '
        'hub in Podium\'s own words; give one per language ("nl", "en"), or one for all '
        "as text"
    ]
    for whole in ("Brew with us", {"nl": "Brouw mee", "en": "Brew with us"}):
        ps = PodiumSettings.from_pelican({"PODIUM_BRAND": {"name": "Zeewind", "tagline": whole}})
        assert [w.message for w in ps.warnings if "tagline" in w.message] == []


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"PODIUM_BRAND": {"name": ["Zeewind"]}}, "PODIUM_BRAND['name'] must be the company's "
         "name as text, like 'Acme', not ['Zeewind']"),
        ({"PODIUM_BRAND": {"name": None}}, "PODIUM_BRAND['name'] must be the company's name"),
        (
            {"PODIUM_TEAMS": {"support": {"nl": ["Support"], "en": "Support"}}},
            "PODIUM_TEAMS['support']['nl'] must be the team's name as text, not ['Support']",
        ),
    ],
)  # fmt: skip
def test_a_name_that_is_not_text_is_an_error_not_printed_as_python(settings, message):
    # str() of it was the name on every page, card and feed: "['Zeewind']", "None".
    with pytest.raises(ContentError) as exc:
        PodiumSettings.from_pelican(settings)
    (line,) = [i.format() for i in exc.value.issues]
    assert message in line, line


@pytest.mark.parametrize("value", ["False", "no", 0, 1, None])
def test_podium_preview_is_true_or_false(value):
    # bool() read PODIUM_PREVIEW = "False" (or "no") as a preview: drafts got pages.
    with pytest.raises(ContentError) as exc:
        PodiumSettings.from_pelican({"PODIUM_PREVIEW": value})
    (line,) = [i.format() for i in exc.value.issues]
    assert (
        line
        == f"pelicanconf.py: error: setting PODIUM_PREVIEW must be True or False, not {value!r}"
    )
    assert PodiumSettings.from_pelican({"PODIUM_PREVIEW": True}).preview is True
    assert PodiumSettings.from_pelican({}).preview is False


def test_podium_cms_is_a_typed_setting():
    # Read raw from the settings dict where /admin/ was written, past the typed object.
    cms = PodiumSettings.from_pelican(
        {"PODIUM_CMS": {"repo": "acme/hub", "site_domain": "hub.example", "open_authoring": True}}
    ).cms
    assert (cms.repo, cms.branch, cms.site_domain, cms.open_authoring, cms.base_url) == (
        "acme/hub",
        "main",
        "hub.example",
        True,
        None,
    )
    assert PodiumSettings.from_pelican({"PODIUM_CMS": {}}).cms is None
    assert PodiumSettings.from_pelican({}).cms is None


def test_a_tagline_as_text_or_per_language_is_kept():
    brand = PodiumSettings.from_pelican({"PODIUM_BRAND": {"tagline": "Brew"}}).brand
    assert brand.tagline == {"nl": "Brew", "en": "Brew"}
    brand = PodiumSettings.from_pelican({"PODIUM_BRAND": {"tagline": {"en": "Brew"}}}).brand
    assert brand.tagline == {"en": "Brew"}


def test_a_language_the_interface_has_no_texts_in_is_refused(tmp_path):
    # PODIUM_LANGUAGES = ["nl", "en", "de"] built German pages (<html lang="de">)
    # with English menus, buttons, dates ("2 October 2026") and amounts ("€2,900").
    conf = tmp_path / "pelicanconf.py"
    conf.write_text('SITENAME = "X"\nPODIUM_LANGUAGES = ["nl", "en", "de"]\n', encoding="utf-8")
    with pytest.raises(ContentError) as exc:
        PodiumSettings.from_pelican(
            {"PODIUM_SETTINGS_FILE": str(conf), "PODIUM_LANGUAGES": ["nl", "en", "de"]}
        )
    (line,) = [i.format() for i in exc.value.issues]
    assert line.startswith(f'{conf}:2: error: setting PODIUM_LANGUAGES lists "de", ')
    assert 'they speak "nl", "en"' in line and "strings.yml" in line
    # A hub in English only, or Dutch only, is fine.
    for langs in (["en"], ["nl"]):
        ps = PodiumSettings.from_pelican({"PODIUM_LANGUAGES": langs, "DEFAULT_LANG": langs[0]})
        assert ps.languages == tuple(langs)


@pytest.mark.parametrize(
    ("given", "write"),
    [("nl", '["nl"]'), ("nl, en", '["nl", "en"]'), (["NL", "EN"], '["nl", "en"]')],
)
def test_languages_written_as_text_or_in_capitals_are_told_the_list_to_write(given, write):
    """A one-language hub's PODIUM_LANGUAGES = "nl" (as DEFAULT_LANG is written)
    was told 'must be a list of two-letter codes like ["nl", "en"]': neither what
    was wrong with it nor that ["nl"] is the list meant."""
    with pytest.raises(ContentError) as exc:
        PodiumSettings.from_pelican({"PODIUM_LANGUAGES": given, "DEFAULT_LANG": "nl"})
    (line,) = [i.format() for i in exc.value.issues]
    assert line.endswith(
        f'setting PODIUM_LANGUAGES must be a list of two-letter codes like ["nl", "en"], '
        f"not {given!r}; write {write}"
    ), line


def test_a_team_needs_a_name_in_every_language():
    # {"nl": "Klantenservice"} alone showed "Klantenservice" on English pages.
    with pytest.raises(ContentError) as exc:
        PodiumSettings.from_pelican({"PODIUM_TEAMS": {"support": {"nl": "Klantenservice"}}})
    (line,) = [i.format() for i in exc.value.issues]
    assert "PODIUM_TEAMS['support'] has no \"en\" name; give one per language" in line
    both = {"nl": "Klantenservice", "en": "Customer care"}
    ps = PodiumSettings.from_pelican({"PODIUM_TEAMS": {"support": both, "it": "IT"}})
    assert ps.team_name("support", "en") == "Customer care" and ps.team_name("it", "nl") == "IT"
    # A name in a language the hub does not have was kept without a word, where the
    # brand's tagline and themes.yml call the same slip an error.
    with pytest.raises(ContentError) as exc:
        PodiumSettings.from_pelican({"PODIUM_TEAMS": {"support": {**both, "de": "Kundendienst"}}})
    (line,) = [i.format() for i in exc.value.issues]
    assert "PODIUM_TEAMS['support']['de'] names no language of PODIUM_LANGUAGES" in line


def test_a_text_in_a_language_the_hub_does_not_publish_yet_is_kept_unread_as_in_themes():
    # The demo's PODIUM_BRAND with a Dutch tagline, on a hub made English only:
    # "PODIUM_BRAND['tagline']['nl'] names no language" stopped the build, while
    # themes.yml keeps the other language's texts for the day it is switched on.
    ps = PodiumSettings.from_pelican({
        "DEFAULT_LANG": "en", "PODIUM_LANGUAGES": ["en"],
        "PODIUM_BRAND": {"name": "Zeewind", "tagline": {"nl": "Werk met ons", "en": "Join us"}},
        "PODIUM_TEAMS": {"support": {"nl": "Klantenservice", "en": "Customer care"}},
    })  # fmt: skip
    assert ps.brand.tagline == {"en": "Join us"}
    assert ps.teams == {"support": {"en": "Customer care"}}
    # A language Podium cannot publish at all is still a typo or a leftover.
    with pytest.raises(ContentError) as exc:
        tagline = {"de": "Arbeite mit uns", "en": "Join us"}
        PodiumSettings.from_pelican({"DEFAULT_LANG": "en", "PODIUM_LANGUAGES": ["en"],
                                     "PODIUM_BRAND": {"tagline": tagline}})  # fmt: skip
    (line,) = [i.format() for i in exc.value.issues]
    assert "PODIUM_BRAND['tagline']['de'] names no language of PODIUM_LANGUAGES" in line


def test_dates_and_amounts_follow_the_language():
    from podium_render.filters import money

    assert long_date(dt.date(2026, 10, 2), "en") == "2 October 2026"
    assert (money(4200, "nl"), money(4200, "en")) == ("4.200", "4,200")
    assert (money(14.5, "nl"), money(1234.5, "en")) == ("14,50", "1,234.50")


def test_a_salary_is_written_as_each_language_writes_money():
    # Dutch pages said "€4.200 – €5.600 per maand": Dutch (the Taalunie, CLDR's
    # nl, so Hugo and Babel) puts a space after the sign, "€ 4.200"; English
    # none. And "€14,50 – €17" gave one end of a range cents and not the other.
    from types import SimpleNamespace

    from podium_render.filters import salary

    def pay(low, high, currency="EUR", unit="MONTH"):
        return SimpleNamespace(min=low, max=high, currency=currency, unit=unit)

    nbsp = "\u00a0"  # the sign never ends a line without its amount
    assert salary(pay(4200, 5600), "nl") == f"€{nbsp}4.200 – €{nbsp}5.600 per maand"
    assert salary(pay(4200, 5600), "en") == "€4,200 – €5,600 per month"
    assert salary(pay(14.5, 17, unit="HOUR"), "nl") == f"€{nbsp}14,50 – €{nbsp}17,00 per uur"
    assert salary(pay(14.5, 17, unit="HOUR"), "en") == "€14.50 – €17.00 per hour"
    # A currency without a sign is its code, a word: a space in both languages.
    assert salary(pay(90000, 90000, "CHF", "YEAR"), "en") == f"CHF{nbsp}90,000 per year"
    # "$" is also Canada's, Australia's, Mexico's: CLDR's nl and international
    # English write the US dollar "US$", as the comment on currency_format says.
    assert salary(pay(14.5, 20, "USD", "HOUR"), "nl") == f"US${nbsp}14,50 – US${nbsp}20,00 per uur"
    assert salary(pay(60000, 76000, "USD", "YEAR"), "en") == "US$60,000 – US$76,000 per year"


def test_an_unknown_podium_setting_is_an_error_with_a_suggestion(tmp_path):
    """A typo in a setting's name was ignored: PODIUM_ALUMI_POLICY = "unpublish" left
    the default policy (keep), so former colleagues' stories stayed online."""
    conf = tmp_path / "pelicanconf.py"
    conf.write_text('SITENAME = "X"\nPODIUM_ALUMI_POLICY = "unpublish"\n', encoding="utf-8")
    with pytest.raises(ContentError) as exc:
        PodiumSettings.from_pelican(
            {"PODIUM_SETTINGS_FILE": str(conf), "PODIUM_ALUMI_POLICY": "unpublish"}
        )
    (line,) = [i.format() for i in exc.value.issues]
    assert line.startswith(
        f"{conf}:2: error: setting PODIUM_ALUMI_POLICY is unknown (did you mean "
        '"PODIUM_ALUMNI_POLICY"?); Podium\'s settings are PODIUM_ALUMNI_POLICY, '
    )


def test_a_relative_cache_path_is_beside_the_settings_file(tmp_path, monkeypatch):
    """As Pelican resolves PATH: from another folder the same cache is used."""
    conf = tmp_path / "site" / "pelicanconf.py"
    conf.parent.mkdir()
    conf.write_text('PODIUM_CACHE_PATH = "build-cache"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    ps = PodiumSettings.from_pelican(
        {"PODIUM_SETTINGS_FILE": str(conf), "PODIUM_CACHE_PATH": "build-cache"}
    )
    assert ps.cache_path == str(tmp_path.resolve() / "site" / "build-cache")


@pytest.mark.parametrize("where", ["tmp", "home", "home-cache", "project", "root"])
def test_a_cache_in_a_folder_other_files_live_in_is_refused(tmp_path, monkeypatch, where):
    # Each command removes the symlinks at the top of its cache folder and old
    # hidden *.tmp files there and one folder down: PODIUM_CACHE_PATH = "/tmp"
    # (or ~, ~/.cache, the project) removed other programs' files.
    import tempfile

    home = tmp_path / "home"
    (home / ".cache").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    content = tmp_path / "project" / "content"
    content.mkdir(parents=True)
    folder = {
        "tmp": tempfile.gettempdir(),
        "home": str(home),
        "home-cache": str(home / ".cache"),
        "project": str(content.parent),
        "root": "/",
    }[where]
    with pytest.raises(ContentError) as exc:
        PodiumSettings.from_pelican({"PATH": str(content), "PODIUM_CACHE_PATH": folder})
    (issue,) = exc.value.issues
    assert issue.message.startswith("setting PODIUM_CACHE_PATH is "), issue.message
    assert "a folder other files live in; give the cache a folder of its own" in issue.message
    # A folder of its own there is the cache's.
    own = str(Path(folder) / "podium-cache") if where != "root" else str(tmp_path / "c")
    ps = PodiumSettings.from_pelican({"PATH": str(content), "PODIUM_CACHE_PATH": own})
    assert ps.cache_path == own


def test_a_cache_inside_content_is_refused(tmp_path):
    # `podium serve` watches content/: a cache there made every build start the next.
    content = tmp_path / "content"
    content.mkdir()
    with pytest.raises(ContentError) as exc:
        PodiumSettings.from_pelican({"PATH": str(content), "PODIUM_CACHE_PATH": str(content / "c")})
    (issue,) = exc.value.issues
    assert issue.message.startswith("setting PODIUM_CACHE_PATH is inside content/")
    outside = str(tmp_path / "cache")
    ps = PodiumSettings.from_pelican({"PATH": str(content), "PODIUM_CACHE_PATH": outside})
    assert ps.cache_path == outside


def test_every_documented_setting_is_known():
    """The settings table of the README and the names Podium accepts are one list."""
    from podium.settings import PUBLIC_SETTINGS

    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `(PODIUM_[A-Z_]+)`", readme, re.M))
    assert documented == set(PUBLIC_SETTINGS)


@pytest.mark.parametrize("line", ['DEFAULT_LANG = "en"\n', ""])
def test_default_lang_is_one_for_pelican_and_podium(tmp_path, line):
    """A site that sets DEFAULT_LANG = "en" (or nothing) got English hub pages at the
    root but its English stories at /en/stories/...: the render step's defaults put
    "nl" over Pelican's "en" after the kernel had read "en"."""
    from pelican.settings import read_settings

    from podium import defaults

    conf = tmp_path / "pelicanconf.py"
    conf.write_text('SITENAME = "X"\nPODIUM_LANGUAGES = ["nl", "en"]\n' + line, encoding="utf-8")
    settings = read_settings(str(conf))
    ps = PodiumSettings.from_pelican(settings)
    defaults.apply(settings)
    assert settings["DEFAULT_LANG"] == ps.default_lang == "en"
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    assert re.search(r'^\| `DEFAULT_LANG` \| `"en"`', readme, re.M)


def test_documented_defaults_are_what_a_bare_settings_file_gets(tmp_path):
    """The README's settings table, read by a company whose pelicanconf.py leaves a
    setting out: each default it names is the one the build then uses."""
    import ast

    from pelican.settings import read_settings

    import podium_cards.layout  # noqa: F401  (registers PODIUM_CARDS)
    import podium_index.plugin  # noqa: F401  (registers PODIUM_SEARCH_CHUNK)
    import podium_tag.plugin  # noqa: F401  (registers PODIUM_TAG_MEANING)
    import podium_vacancies.feeds  # noqa: F401  (registers PODIUM_FEEDS)
    from podium import defaults

    conf = tmp_path / "pelicanconf.py"
    conf.write_text('SITENAME = "X"\nTIMEZONE = "Europe/Amsterdam"\n', encoding="utf-8")
    settings = read_settings(str(conf))
    ps = PodiumSettings.from_pelican(settings)
    defaults.apply(settings)
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    table = dict(re.findall(r"^\| `([A-Z_]+)` \| `([^`|]+)`", readme, re.M))
    in_effect = {
        "DEFAULT_LANG": ps.default_lang,
        "PODIUM_LANGUAGES": list(ps.languages),
        "PODIUM_TEAMS": ps.teams,
        "PODIUM_ALUMNI_POLICY": ps.alumni_policy,
        "PODIUM_FEEDS": list(ps.feeds),
        "PODIUM_PAY_TRANSPARENCY": ps.pay_transparency,
        "PODIUM_LASTMOD_FROM_GIT": ps.lastmod_from_git,
        "PODIUM_SEARCH_CHUNK": ps.search_chunk,
        "PODIUM_TAG_MEANING": ps.tag_meaning,
        # False is Pelican's "no pagination", which Podium reads as one page of all
        "DEFAULT_PAGINATION": False if ps.per_page == 10_000 else ps.per_page,
        "STATIC_PATHS": settings["STATIC_PATHS"],
        "PODIUM_IMAGE_HOSTS": list(ps.image_hosts),
        "PODIUM_ATTACHMENTS": list(ps.attachments),
        "PODIUM_IFRAME_HOSTS": list(ps.iframe_hosts),
        "PODIUM_MAX_STORY_BYTES": ps.max_story_bytes,
        "PODIUM_FEATURED_COUNT": ps.featured_count,
        "PODIUM_LATEST_COUNT": ps.latest_count,
        "PODIUM_PEOPLE_PER_PAGE": ps.people_per_page,
    }
    for name, value in in_effect.items():
        assert ast.literal_eval(table[name]) == value, name


def test_a_wrong_podium_today_in_the_environment_is_said_to_come_from_there(monkeypatch, tmp_path):
    # PODIUM_TODAY=2026-02-30 in the environment was reported at the settings
    # file's line PODIUM_TODAY = "2026-06-01", a value with nothing wrong: the
    # user looked for the mistake in the wrong place.
    conf = tmp_path / "pelicanconf.py"
    conf.write_text('SITENAME = "X"\nPODIUM_TODAY = "2026-06-01"\n', encoding="utf-8")
    monkeypatch.setenv("PODIUM_TODAY", "2026-02-30")
    with pytest.raises(ContentError) as caught:
        PodiumSettings.from_pelican(
            {"SITENAME": "X", "PODIUM_TODAY": "2026-06-01", "PODIUM_SETTINGS_FILE": str(conf)}
        )
    (issue,) = caught.value.issues
    assert issue.line is None  # no line of the file: it was "pelicanconf.py:1:"
    assert issue.message == (
        "environment variable PODIUM_TODAY must be a date as YYYY-MM-DD, like 2026-03-01, "
        'not "2026-02-30"'
    )
    monkeypatch.delenv("PODIUM_TODAY")
    conf.write_text('SITENAME = "X"\nPODIUM_TODAY = "2026-02-30"\n', encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        PodiumSettings.from_pelican(
            {"SITENAME": "X", "PODIUM_TODAY": "2026-02-30", "PODIUM_SETTINGS_FILE": str(conf)}
        )
    (issue,) = caught.value.issues
    assert (issue.line, issue.message) == (
        2,
        'setting PODIUM_TODAY must be a date as YYYY-MM-DD, like 2026-03-01, not "2026-02-30"',
    )


def test_a_podium_today_written_day_first_gets_the_date_meant(monkeypatch):
    # PODIUM_TODAY = "05-12-2026", as a Dutch date is written, was told only the
    # form, where a story's date written so is told the date it reads as.
    monkeypatch.delenv("PODIUM_TODAY", raising=False)
    with pytest.raises(ContentError) as caught:
        PodiumSettings.from_pelican({"PODIUM_TODAY": "05-12-2026"})
    (issue,) = caught.value.issues
    assert issue.message == (
        'setting PODIUM_TODAY must be a date as YYYY-MM-DD, like 2026-03-01, not "05-12-2026" '
        "(did you mean 2026-12-05, 5 December 2026?)"
    )


@pytest.mark.parametrize("typed", ["GMT+1", "UTC+01:00", "+01:00", "utc+1", "GMT-5"])
def test_a_timezone_given_as_an_offset_asks_for_the_place(typed):
    # TIMEZONE = "GMT+1" got 'did you mean "GMT+0"?': a zone an hour off, and no
    # offset follows summer time, so the hub's day would change at the wrong hour
    # half the year. The message says to name the place instead, with no guess.
    with pytest.raises(ContentError) as caught:
        PodiumSettings.from_pelican({"SITENAME": "X", "TIMEZONE": typed})
    (issue,) = caught.value.issues
    assert issue.message == (
        f'setting TIMEZONE must be a time zone name like "Europe/Amsterdam", not "{typed}": '
        "an offset from UTC does not follow summer time; name the zone of the hub's city, "
        'like "Europe/Amsterdam" or "America/New_York"'
    )


@pytest.mark.parametrize(("typed", "offset"), [("Etc/GMT+1", "UTC-1"), ("Etc/GMT-2", "UTC+2")])
def test_an_etc_offset_zone_is_named_the_offset_it_is(typed, offset):
    # Accepted without a word: "Etc/GMT+1" is UTC-1 and never has summer time.
    with pytest.raises(ContentError) as caught:
        PodiumSettings.from_pelican({"SITENAME": "X", "TIMEZONE": typed})
    (issue,) = caught.value.issues
    assert issue.message.startswith(
        f'setting TIMEZONE "{typed}" is the fixed offset {offset} (these names reverse the sign)'
    ), issue.message
    for fine in ("Etc/UTC", "Etc/GMT", "Etc/GMT0", "UTC", "Europe/Amsterdam"):
        assert PodiumSettings.from_pelican({"SITENAME": "X", "TIMEZONE": fine}).timezone == fine


def test_settings_defaults_and_today_override(monkeypatch):
    monkeypatch.setenv("PODIUM_TODAY", "2027-01-02")
    ps = PodiumSettings.from_pelican({"SITENAME": "X"})
    assert ps.today == dt.date(2027, 1, 2)
    assert (
        ps.languages == ("nl", "en")
        and ps.lang_prefix("nl") == ""
        and ps.lang_prefix("en") == "en/"
    )
    assert ps.brand.name == "X"


@pytest.mark.parametrize(
    ("default", "home", "away"),
    [("nl", "", "en/"), ("en", "", "nl/")],
)
def test_the_hubs_own_urls_are_made_as_story_url_makes_a_storys(default, home, away):
    """One scheme for every page the build writes and every step names: site-
    relative, a trailing slash, the default language at the root and another
    under its code, as story_url (ARTICLE_URL / ARTICLE_LANG_URL by default)."""
    other = "en" if default == "nl" else "nl"
    ps = PodiumSettings.from_pelican(
        {"SITENAME": "X", "PODIUM_LANGUAGES": ["nl", "en"], "DEFAULT_LANG": default}
    )
    for lang, prefix in ((default, home), (other, away)):
        assert ps.story_url("anna", lang) == f"{prefix}stories/anna/"
        assert ps.theme_url("tech", lang) == f"{prefix}themes/tech/"
        assert ps.themes_url(lang) == f"{prefix}themes/"
        assert ps.vacancy_url("4012", lang) == f"{prefix}vacancies/4012/"
        assert ps.vacancies_url(lang) == f"{prefix}vacancies/"
        assert ps.person_url("anna-de-boer", lang) == f"{prefix}people/anna-de-boer/"
        assert ps.people_url(lang) == f"{prefix}people/"
        assert ps.section_url("search", lang) == f"{prefix}search/"
        assert ps.section_url("stories", lang) == f"{prefix}stories/"


def test_every_ui_string_has_every_language():
    for key, entry in strings().items():
        assert set(entry) >= {"nl", "en"}, key
    assert translate("reading_time", "nl", minutes=3) == "3 min lezen"
    assert translate("no-such-key", "nl") == "no-such-key"
    assert long_date(dt.date(2026, 3, 2), "nl") == "2 maart 2026"


def test_language_switch_falls_back_to_home():
    meta = PageMeta("en", "en/x/", "X", alternates={"en": "en/x/"}, homes={"nl": "", "en": "en/"})
    assert meta.switch(("nl", "en")) == [("nl", "", False, "Nederlands", "Home")]
    # A later page of a list goes to that list's first page, and names it.
    meta.homes, meta.home_names = {"nl": "stories/"}, {"nl": "Alle verhalen"}
    assert meta.switch(("nl", "en")) == [("nl", "stories/", False, "Nederlands", "Alle verhalen")]
    # A translation: the language by its own name, nothing after it.
    nl = PageMeta("nl", "x/", "X", alternates={"nl": "x/", "en": "en/x/"})
    assert nl.switch(("nl", "en")) == [("en", "en/x/", True, "English", "")]


def test_ui_strings_name_no_company_or_sector():
    # strings.yml is the text of every hub built with Podium, not the demo's:
    # a brewery's /vacancies/ said "Help build tomorrow's energy" (Helder
    # Energie's sector). What is the company's own goes in PODIUM_BRAND.
    demo = re.compile(r"helder|energ|warmtepomp|heat pump|zonnepan|solar", re.IGNORECASE)
    for key, entry in strings().items():
        for lang, text in entry.items():
            assert not demo.search(str(text)), (key, lang, text)


def test_names_and_places_sort_as_a_reader_looks_for_them():
    # By code point "Éindhoven", "Łukasz" and "Øystein" came after "Zwolle"; the
    # people list and the job filters (place, team, theme) use this one order.
    from podium.slugs import name_order

    names = ["Zwolle", "Łukasz", "Éindhoven", "Øystein", "anna", "Anna"]
    assert sorted(names, key=name_order) == ["Anna", "anna", "Éindhoven", "Łukasz", "Øystein",
                                             "Zwolle"]  # fmt: skip


def test_a_dutch_place_with_s_or_t_sorts_under_its_name():
    # "'s-Hertogenbosch" (Den Bosch, an office town) stood above "Amsterdam" in
    # the job filter's places: the apostrophe sorts before every letter. Dutch
    # lists put it under the H, 's-Gravenhage under the G.
    from podium.slugs import name_order

    places = ["Utrecht", "’s-Gravenhage", "'s-Hertogenbosch", "Amsterdam", "'t Zandt", "Haarlem"]
    assert sorted(places, key=name_order) == [
        "Amsterdam", "’s-Gravenhage", "Haarlem", "'s-Hertogenbosch", "Utrecht", "'t Zandt",
    ]  # fmt: skip


def test_an_invisible_character_pasted_with_a_name_is_the_same_person():
    # "Ben Bakker" with a zero-width space (or a soft hyphen, a word joiner)
    # pasted along looked the same on every page, yet was a second person with
    # a page of their own, /people/ben-bakker-2/.
    from podium.slugs import person_key, person_slugs

    names = ["Ben Bakker", "Ben Bakker\u200b", "Ben\u2060 Bak\u00adker", "\ufeffben bakker"]
    stories = [(dt.date(2026, 1, n), f"s{n}", "nl", name) for n, name in enumerate(names, 1)]
    assert person_slugs(stories) == {"ben bakker": "ben-bakker"}
    assert len({person_key(n) for n in names}) == 1
    # Joiners change how an emoji or a Persian name is drawn: another person.
    assert person_key("👩\u200d💻") != person_key("👩💻")


def test_a_joiner_that_joins_nothing_in_a_name_is_the_same_person():
    # "Anna\u200d de Boer" (a zero-width joiner pasted along, beside a space or
    # a Latin letter, where it joins nothing) looked like Anna de Boer on every
    # page, yet was a second person, /people/anna-de-boer-2/, without a word.
    from podium.slugs import person_key, person_slugs

    names = ["Anna de Boer", "Anna\u200d de Boer", "\u200canna de boer\u200d", "An\u200dna de Boer"]
    stories = [(dt.date(2026, 1, n), f"s{n}", "nl", name) for n, name in enumerate(names, 1)]
    assert person_slugs(stories) == {"anna de boer": "anna-de-boer"}
    assert person_key("Иван\u200d Петров") == person_key("Иван Петров")
    # Where a joiner joins (two emoji, a Persian or Devanagari word), it is kept.
    assert person_key("Sam 👩\u200d💻") != person_key("Sam 👩💻")
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"
    assert person_key(persian) != person_key(persian.replace("\u200c", ""))
    assert person_key("\u0915\u094d\u200d\u0937") != person_key("\u0915\u094d\u0937")


def test_every_authors_slug_is_numbered_one_way_for_check_the_editor_and_the_build():
    # check (the author_aliases and former-name rules, --was) and the editor's
    # people pages each wrote out person_slugs((s.date, s.slug, s.lang,
    # s.author) ...) for themselves; author_slugs now. A draft's author, the
    # older, keeps the plain slug: the published Jan Jänsen is "-2".
    from types import SimpleNamespace

    from podium.slugs import author_slugs

    def story(day: int, slug: str, author: str, status: str):
        return SimpleNamespace(
            date=dt.date(2026, 1, day), slug=slug, lang="nl", author=author, status=status
        )

    stories = [story(9, "b", "Jan Jänsen", "published"), story(2, "a", "Jan Jansen", "draft")]
    assert author_slugs(stories) == {"jan jansen": "jan-jansen", "jan jänsen": "jan-jansen-2"}


def test_a_page_long_value_is_cut_in_the_error_line_not_in_the_issue():
    # `date:` with 50,000 characters after it gave an error line of 50,000
    # characters, burying what a valid date looks like (at its end).
    long = "x" * 50_000
    issue = Issue("a.md", 3, f'field "date" must be one of "a", "b", not "{long}"; write 2026-01')
    shown = issue.format()
    assert shown == (
        'a.md:3: error: field "date" must be one of "a", "b", not "' + "x" * 197 + '..." '
        "(50,000 characters); write 2026-01"
    )
    assert len(issue.format_github()) < 400 and issue.message.count("x") == 50_000
    # Pairs are taken in order: long text between two short values is not a value.
    between = Issue("a.md", 1, 'field "a" ' + "y" * 300 + ' not "b"')
    assert between.format() == "a.md:1: error: " + between.message


def test_a_three_digit_brand_colour_is_its_six_digit_one():
    """PODIUM_BRAND = {"color": "#036"} was an error; CSS and every tool take it."""
    ps = PodiumSettings.from_pelican({"PODIUM_BRAND": {"color": "#036", "accent": "#fC0"}})
    assert (ps.brand.color, ps.brand.accent) == ("#003366", "#ffCC00")
    with pytest.raises(ContentError) as info:
        PodiumSettings.from_pelican({"PODIUM_BRAND": {"color": "#0366"}})
    assert 'must be a colour as "#rrggbb" or "#rgb", not "#0366"' in info.value.issues[0].format()


def test_a_cache_path_with_a_nul_character_is_one_line(tmp_path):
    # PODIUM_CACHE_PATH = "cache\x00" ended podium check with "podium: error:
    # ValueError: embedded null byte", naming no setting.
    content = tmp_path / "content"
    content.mkdir()
    with pytest.raises(ContentError) as exc:
        PodiumSettings.from_pelican({"PATH": str(content), "PODIUM_CACHE_PATH": "cache\x00"})
    (issue,) = exc.value.issues
    assert issue.message == (
        "setting PODIUM_CACHE_PATH is a folder with a NUL character in it ('cache\\x00'); "
        "remove the character"
    )


@pytest.mark.parametrize(
    "folder, said",
    [
        ("cache\ud800", "with the character U+D800 in it ('cache\\ud800'), half of a UTF-16 pair"),
        ("c" * 256, 'with a name of 256 bytes ("' + "c" * 40 + '..."), more than the 255'),
    ],
)
def test_a_cache_path_no_file_system_takes_is_one_line(tmp_path, folder, said):
    # Half of a UTF-16 pair ended podium check in "podium: error: UnicodeEncodeError:
    # 'utf-8' codec can't encode character '\ud800' ...: surrogates not allowed", and a
    # name of 256 letters in "OSError: [Errno 36] File name too long".
    content = tmp_path / "content"
    content.mkdir()
    with pytest.raises(ContentError) as exc:
        PodiumSettings.from_pelican({"PATH": str(content), "PODIUM_CACHE_PATH": folder})
    (issue,) = exc.value.issues
    assert issue.message.startswith(f"setting PODIUM_CACHE_PATH is a folder {said}")


def test_a_name_windows_keeps_for_a_device_is_not_a_people_folder():
    # An author named "Con" (an Irish first name) had /people/con/, a folder
    # Windows cannot make, so podium build failed on a writer's Windows
    # computer. The page is /people/con-1/, as podium new names a story "con-1";
    # someone named "Con 1" besides keeps their own address, whoever came first.
    from podium.slugs import person_slug, person_slugs

    assert [person_slug(n) for n in ("Con", "AUX", "Com1", "Lpt 1")] == [
        "con-1", "aux-1", "com1-1", "lpt-1",
    ]  # fmt: skip
    first = [(dt.date(2026, 1, 1), "a", "nl", "Con"), (dt.date(2026, 2, 1), "b", "nl", "Con 1")]
    assert person_slugs(first) == {"con": "con-1", "con 1": "con-1-2"}
    # A person added later never moves one already there.
    assert person_slugs(first[:1]) == {"con": "con-1"}


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Anna de Boer", "AB"),
        # Typed all in lowercase, every word was taken for a particle: "A".
        ("anna de boer", "AB"),
        ("anna van der berg", "AB"),
        ("Anna van 't Hek", "AH"),
        ("Anna De Boer", "AB"),
        ("de Boer", "B"),
        ("Maria dos Santos", "MS"),
        ("Ляна Петрова", "ЛП"),
        ("محمد علي", "مع"),  # no case: every word counts
        ("李小龙", "李"),
        ("!!!", "!"),
    ],
)
def test_initials_are_of_the_first_and_last_names_however_typed(name, shown):
    assert initials(name) == shown


def test_a_misspelt_podium_setting_is_said_with_the_wrong_values_as_meant():
    # Under a plain `pelican content` too: PODIUM_ALUMNI_POLICY = "forget" was said
    # only once PODIUM_LANGAUGES was fixed; read as meant, ["en"] makes no error
    # of a team named in English only (as the default nl and en would).
    settings = {
        "DEFAULT_LANG": "en",
        "PODIUM_LANGAUGES": ["en"],
        "PODIUM_TEAMS": {"support": {"en": "Support"}},
        "PODIUM_ALUMNI_POLICY": "forget",
    }
    with pytest.raises(ContentError) as exc:
        PodiumSettings.from_pelican(settings)
    said = [i.message.split("; Podium's settings are")[0] for i in exc.value.issues]
    assert said == [
        'setting PODIUM_LANGAUGES is unknown (did you mean "PODIUM_LANGUAGES"?)',
        'setting PODIUM_ALUMNI_POLICY must be one of "keep", "anonymize", "unpublish", '
        'not "forget"',
    ]


@pytest.mark.parametrize(
    ("setting", "said"),
    [
        # True was quoted as the text "True"; "pdf" was told the types and not the
        # list to write them in; {"en": "en-US"} was told only the example.
        ({"PODIUM_PAY_TRANSPARENCY": True},
         'setting PODIUM_PAY_TRANSPARENCY must be one of "off", "warn", "error", not True'),
        ({"PODIUM_ATTACHMENTS": "pdf"},
         'setting PODIUM_ATTACHMENTS must be a list of file types from "pdf", like ["pdf"], '
         'not "pdf"'),
        ({"PODIUM_OG_LOCALES": {"nl": "nl_NL", "en": "en-US"}},
         "setting PODIUM_OG_LOCALES must map languages to locales, like {'en': 'en_US'}: 'en' "
         "has 'en-US', not a language and a country joined by _"),
        # A number past Python's digit limit is said in words, not a ValueError.
        ({"PODIUM_ATTACHMENTS": 10**5000},
         'setting PODIUM_ATTACHMENTS must be a list of file types from "pdf", like ["pdf"], '
         "not a number of more than 4,300 digits"),
        ({"PODIUM_OG_LOCALES": {"en": 10**5000}},
         "setting PODIUM_OG_LOCALES must map languages to locales, like {'en': 'en_US'}: 'en' "
         "has a number of more than 4,300 digits, not a language and a country joined by _"),
        ({"PODIUM_PAY_TRANSPARENCY": 10**5000},
         'setting PODIUM_PAY_TRANSPARENCY must be one of "off", "warn", "error", not a number '
         "of more than 4,300 digits"),
    ],
)  # fmt: skip
def test_a_wrong_setting_is_told_what_is_wrong_and_how_to_write_it(setting, said):
    with pytest.raises(ContentError) as exc:
        PodiumSettings.from_pelican(setting)
    assert [i.message for i in exc.value.issues] == [said]


def test_a_content_folder_that_is_a_link_is_one_issue_named_as_the_folder(tmp_path):
    # The reader, the commands that write into content/ and the vacancy pull
    # each made this Issue of paths.folder_link's refusal themselves.
    real = tmp_path / "elsewhere"
    real.mkdir()
    (tmp_path / "content").symlink_to(real, target_is_directory=True)
    issue = folder_link_issue(tmp_path / "content")
    assert issue is not None and issue.format() == (
        "content: error: this entry is a symlink to a folder; Podium does not follow folder "
        "links, content/ included: make content/ a folder of the project"
    )
    assert folder_link_issue(real) is None


# One wrong value for every group of Pelican settings core_problems checks.
EVERY_GROUP_WRONG = {
    "SITENAME": None, "SITEURL": "werkenbij.example.com", "PATH": "",
    "STATIC_PATHS": ["/etc", "../x"], "THEME_TEMPLATES_OVERRIDES": None,
    "DIRECT_TEMPLATES": None, "FEED_ALL_ATOM": 5, "DEFAULT_DATE": 5, "READERS": "x",
    "OUTPUT_RETENTION": [".git/"], "ARTICLE_PATHS": ["/etc"], "IGNORE_FILES": ["*"],
    "SLUG_REGEX_SUBSTITUTIONS": [("(", "")], "PAGINATION_PATTERNS": None,
    "ARTICLE_SAVE_AS": None, "AUTHOR_SAVE_AS": 5, "ARTICLE_URL": "", "FEED_DOMAIN": 5,
    "THEME_STATIC_DIR": "../x", "JINJA_FILTERS": None, "TYPOGRIFY": "no",
    "DEFAULT_DATE_FORMAT": None, "EXTRA_PATH_METADATA": {"a": {"path": "../r"}},
    "TEMPLATE_PAGES": {"t": "/srv/x"}, "JINJA_ENVIRONMENT": {"bogus": 1},
    "OUTPUT_PATH": "a\x00b", "PLUGINS": "podium_read", "PLUGIN_PATHS": 5,
    "RELATIVE_URLS": True, "FEED_MAX_ITEMS": -1, "LOCALE": 5,
}  # fmt: skip


def test_core_problems_says_every_wrong_pelican_setting_once_in_its_order():
    """core_problems was one function of 370 lines, now a step per group of
    settings: each group still says its lines, in the order a user saw them."""
    from podium.settings import core_problems

    said: list[str] = []
    core_problems(EVERY_GROUP_WRONG, lambda name, message: said.append(name))
    assert said == [
        "SITENAME", "SITEURL", "PATH", "THEME_TEMPLATES_OVERRIDES", "STATIC_PATHS",
        "STATIC_PATHS", "DIRECT_TEMPLATES", "FEED_ALL_ATOM", "DEFAULT_DATE", "READERS",
        "OUTPUT_RETENTION", "ARTICLE_PATHS", "IGNORE_FILES", "SLUG_REGEX_SUBSTITUTIONS",
        "PAGINATION_PATTERNS", "ARTICLE_SAVE_AS", "AUTHOR_SAVE_AS", "ARTICLE_URL",
        "FEED_DOMAIN", "THEME_STATIC_DIR", "JINJA_FILTERS", "TYPOGRIFY",
        "DEFAULT_DATE_FORMAT", "EXTRA_PATH_METADATA['a']", "TEMPLATE_PAGES['t']",
        "JINJA_ENVIRONMENT['bogus']", "OUTPUT_PATH", "PLUGINS", "PLUGIN_PATHS",
        "RELATIVE_URLS", "FEED_MAX_ITEMS", "LOCALE",
    ]  # fmt: skip


def test_from_pelican_says_every_wrong_podium_setting(tmp_path, monkeypatch):
    """from_pelican was 300 lines reading every setting, now a function per
    setting or group: each wrong one is still said, and a right one read."""
    import podium_vacancies.feeds  # noqa: F401  (registers PODIUM_FEEDS)

    monkeypatch.chdir(tmp_path)  # no pelicanconf.py to take line numbers from
    wrong = {
        "PODIUM_LANGUAGES": ["nl", "nl", "de"], "TIMEZONE": "Mars/X", "DEFAULT_LANG": "fr",
        "PODIUM_ALUMNI_POLICY": "x",
        "PODIUM_BRAND": {"bogus": 1, "color": "red?", "name": "",
                         "tagline": {"xx": "a", "nl": "Hoi\u202e"}},
        "PODIUM_TEAMS": {"Bad Slug": "x", "ok": {"nl": 5, "fr": "y"}, "t": 5, "v": "Ve\u202e"},
        "PODIUM_PREVIEW": "no", "PODIUM_REDIRECTS_FILE": "netlfy",
        "PODIUM_OG_LOCALES": {"en": "x"}, "PODIUM_LASTMOD_FROM_GIT": "y",
        "DEFAULT_PAGINATION": -1, "PODIUM_MAX_STORY_BYTES": 10**30,
        "ARTICLE_URL": "x/{date}/", "ARTICLE_LANG_URL": "{lang}/x/", "PODIUM_FEEDS": 5,
        "PODIUM_TODAY": "2026-13-01",
    }  # fmt: skip
    with pytest.raises(ContentError) as info:
        PodiumSettings.from_pelican(wrong)
    said = sorted(re.match(r"setting (\S+)", i.message).group(1) for i in info.value.issues)
    assert said == sorted([
        "ARTICLE_LANG_URL", "ARTICLE_URL", "DEFAULT_LANG", "DEFAULT_PAGINATION",
        "PODIUM_ALUMNI_POLICY", "PODIUM_BRAND['bogus']", "PODIUM_BRAND['color']",
        "PODIUM_BRAND['name']", "PODIUM_BRAND['tagline']['nl']",
        "PODIUM_BRAND['tagline']['xx']", "PODIUM_FEEDS", "PODIUM_LANGUAGES",
        "PODIUM_LANGUAGES", "PODIUM_LASTMOD_FROM_GIT", "PODIUM_MAX_STORY_BYTES",
        "PODIUM_OG_LOCALES", "PODIUM_PREVIEW", "PODIUM_REDIRECTS_FILE", "PODIUM_TEAMS['Bad",
        "PODIUM_TEAMS['ok']['fr']", "PODIUM_TEAMS['ok']['nl']", "PODIUM_TEAMS['t']",
        "PODIUM_TEAMS['v']", "PODIUM_TODAY", "TIMEZONE",
    ])  # fmt: skip
    right = PodiumSettings.from_pelican({
        "PODIUM_TODAY": "2026-06-01", "PODIUM_PREVIEW": True, "PODIUM_LASTMOD_FROM_GIT": False,
        "PODIUM_BRAND": {"name": "Acme", "tagline": "Werk", "color": "#123456"},
        "PODIUM_TEAMS": {"ops": "Ops"}, "PODIUM_OG_LOCALES": {"en": "en_US"},
        "PODIUM_REDIRECTS_FILE": "netlify", "DEFAULT_PAGINATION": False,
        "ARTICLE_URL": "verhalen/{slug}/",
    })  # fmt: skip
    assert right.preview and not right.lastmod_from_git and right.redirects_file == "netlify"
    assert right.brand.tagline == {"nl": "Werk", "en": "Werk"} and right.brand.color == "#123456"
    assert right.teams == {"ops": {"nl": "Ops", "en": "Ops"}}
    assert right.og_locale("en") == "en_US" and right.article_url == "verhalen/{slug}/"
    assert right.per_page == 10_000


def test_an_invisible_operator_or_a_blank_letter_pasted_with_a_name_is_the_same_person():
    # "Ben Bakker" with an invisible separator (U+2063, from a formula or a PDF)
    # or a Hangul filler (U+3164, the "blank" letter of empty-looking names)
    # pasted along looked the same on every page, yet was another person, with
    # a page of their own at /people/ben-bakker-2/, and podium check said nothing.
    from podium.slugs import person_key, person_slugs

    names = ["Ben Bakker", "Ben Bakker\u2063", "Ben\u2062 Bakker", "\u3164Ben Bakker",
             "Ben Bak\u2061ker\u2064", "Ben Bakker\u115f\u1160\uffa0"]  # fmt: skip
    stories = [(dt.date(2026, 1, n), f"s{n}", "nl", name) for n, name in enumerate(names, 1)]
    assert person_slugs(stories) == {"ben bakker": "ben-bakker"}
    assert len({person_key(n) for n in names}) == 1


def test_pelican_appending_to_a_default_list_leaves_the_next_settings_as_they_were(tmp_path):
    # Pelican appends PAGE_PATHS to ARTICLE_EXCLUDES in place: given Podium's own
    # default list, it kept "pages" for every settings read after it in the same
    # process (a test run, `podium serve`), and a story in content/pages/ was no
    # longer said to be in the wrong place.
    from podium_cli.build import load_settings
    from podium_testkit import copy_site

    site = copy_site(tmp_path)
    conf = site / "pelicanconf.py"
    plain = conf.read_text("utf-8")
    conf.write_text(plain + 'PAGE_PATHS = ["pages"]\n', "utf-8")
    assert "pages" in load_settings(conf)["ARTICLE_EXCLUDES"]
    conf.write_text(plain, "utf-8")
    assert "pages" not in load_settings(conf)["ARTICLE_EXCLUDES"]


def test_a_language_podium_cannot_publish_is_one_error_not_one_per_team():
    # ["en", "de"]: the "de" error, and each team and the tagline told to give a
    # "de" name, for a language the hub can never publish.
    with pytest.raises(ContentError) as exc:
        PodiumSettings.from_pelican(
            {
                "PODIUM_LANGUAGES": ["en", "de"],
                "DEFAULT_LANG": "en",
                "PODIUM_TEAMS": {"bakery": {"en": "Bakery"}, "shops": {"en": "Shops"}},
                "PODIUM_BRAND": {"name": "Korenbloem", "tagline": {"en": "Bread at dawn"}},
            }
        )
    (line,) = [i.format() for i in exc.value.issues]
    assert 'setting PODIUM_LANGUAGES lists "de", which Podium\'s pages have no texts in' in line
