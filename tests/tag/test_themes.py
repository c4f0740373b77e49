"""content/themes.yml: the shipped taxonomy and validation of bad files."""

from __future__ import annotations

import re
import textwrap

import pytest

from podium.errors import ContentError
from podium_tag import check_theme_slugs, load_themes, parse_themes
from podium_testkit import ROOT

from .conftest import THEMES_FILE

LINE_RE = re.compile(r"^themes\.yml:\d+: error: .+$")

GOOD = """\
themes:
  - slug: tech
    name: {nl: "Techniek & data", en: "Tech & data"}
    color: "#1f5fbf"
    keywords: {nl: [software], en: [software]}
  - slug: customer
    name: {nl: Klantcontact, en: Customer care}
    color: "#b03a2e"
"""


def errors(text: str) -> list[str]:
    with pytest.raises(ContentError) as info:
        parse_themes(textwrap.dedent(text), "themes.yml")
    lines = [issue.format() for issue in info.value.issues]
    for line in lines:
        assert LINE_RE.match(line), line  # one line, with file and line number
    return lines


# -- the shipped file -----------------------------------------------------------
def _contrast_with_white(color: str) -> float:
    def channel(c: int) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(int(color[i : i + 2], 16)) for i in (1, 3, 5))
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return 1.05 / (luminance + 0.05)


def test_shipped_themes_are_the_seven_fixed_slugs():
    themes = load_themes(THEMES_FILE)
    assert [t.slug for t in themes] == [
        "tech", "customer", "sustainability", "craft", "growth", "balance", "inclusion",
    ]  # fmt: skip
    for theme in themes:
        assert set(theme.name) == {"nl", "en"}
        assert set(theme.description) == {"nl", "en"}
        for lang in ("nl", "en"):
            assert 8 <= len(theme.keywords[lang]) <= 15, (theme.slug, lang)


@pytest.mark.parametrize("theme", load_themes(THEMES_FILE), ids=lambda t: t.slug)
def test_shipped_colours_pass_wcag_aa_with_white_text(theme):
    assert _contrast_with_white(theme.color) >= 4.5


def test_good_file_parses():
    themes = parse_themes(GOOD, "themes.yml")
    assert themes[0].name == {"nl": "Techniek & data", "en": "Tech & data"}
    assert themes[0].keywords == {"nl": ("software",), "en": ("software",)}
    assert themes[1].keywords == {}


# -- bad files: one line each, naming file, line and what is valid ---------------
def test_duplicate_slug_names_both_lines():
    lines = errors(GOOD.replace("slug: customer", "slug: tech"))
    assert lines == [
        'themes.yml:6: error: theme slug "tech" is used twice (lines 2 and 6); '
        "every theme needs its own slug"
    ]


def test_a_key_given_twice_is_reported_with_the_other_mistakes():
    lines = errors(
        GOOD.replace('    color: "#1f5fbf"', '    color: "#1f5fbf"\n    slug: data').replace(
            'color: "#b03a2e"', 'color: "#b03a2"'
        )
    )
    assert len(lines) == 2, lines
    assert (
        lines[0].startswith("themes.yml:5: error: ")
        and '"themes.0.slug" is given twice' in lines[0]
    )
    assert lines[1].startswith("themes.yml:9: error: ") and "#b03a2" in lines[1]


def test_bad_colour():
    lines = errors(GOOD.replace('"#b03a2e"', "red"))
    assert lines == ['themes.yml:8: error: field "themes.1.color" of theme "customer" must be a '
                     'colour as "#rrggbb" or "#rgb", not "red"']  # fmt: skip


def test_a_three_digit_colour_is_read_as_css_reads_it():
    """ "#fff" was refused, as it is in no stylesheet; it stands for "#ffffff"."""
    themes = parse_themes(GOOD.replace('"#b03a2e"', '"#B3a"'), "themes.yml")
    assert [t.color for t in themes] == ["#1f5fbf", "#BB33aa"]


def test_missing_colour_says_what_a_colour_looks_like():
    lines = errors(GOOD.replace('    color: "#b03a2e"\n', ""))
    assert lines == ['themes.yml:6: error: missing required field "themes.1.color" of theme '
                     '"customer" (a colour as "#rrggbb" or "#rgb", like "#1f5fbf"; white text '
                     'goes on it)']  # fmt: skip


def test_missing_nl_name():
    lines = errors(GOOD.replace("{nl: Klantcontact, en: Customer care}", "{en: Customer care}"))
    assert len(lines) == 1
    assert lines[0].startswith("themes.yml:7: error:")
    assert '"themes.1.name.nl"' in lines[0] and "missing" in lines[0]


def test_a_name_missing_in_a_language_says_where_the_languages_come_from():
    # An English-only hub written with DEFAULT_LANG = "en" and no PODIUM_LANGUAGES
    # (whose default is nl and en) got, per theme, only 'missing required field
    # "themes.0.name.nl" (text)': nothing said why Dutch was wanted at all.
    text = GOOD.replace('{nl: "Techniek & data", en: "Tech & data"}', '{en: "Tech & data"}')
    with pytest.raises(ContentError) as info:
        parse_themes(textwrap.dedent(text), "themes.yml", ("nl", "en"))
    assert [i.format() for i in info.value.issues] == [
        'themes.yml:3: error: missing required field "themes.0.name.nl" of theme "tech" (text '
        'in every language of PODIUM_LANGUAGES, "nl", "en", like {nl: ..., en: ...}, or one text '
        "for all)"
    ]


def test_the_contracts_themes_file_serves_a_hub_in_one_of_its_languages():
    """The contract's own themes.yml (names in nl and en) in a hub that
    publishes Dutch only, or English only, was refused line by line:
    'unknown field "themes.0.name.en"; valid fields are nl'. The texts in a
    language Podium has pages for are kept for the day it is switched on."""
    contract = (ROOT / "docs" / "contract.md").read_text(encoding="utf-8")
    text = re.search(r"## 3\. Themes.*?```yaml\n(.*?)```", contract, re.S).group(1)
    for lang in ("nl", "en"):
        (theme,) = parse_themes(text, "themes.yml", (lang,))
        assert theme.slug == "tech" and set(theme.name) == {lang}
        assert set(theme.keywords) == {lang}
    # A language Podium has no pages for is still a mistake.
    lines = errors(GOOD.replace('en: "Tech & data"', 'de: "Technik"'))
    assert any('unknown field "themes.0.name.de"' in line for line in lines), lines


def test_a_bare_list_of_themes_is_told_to_go_under_themes():
    """A new hub's first themes.yml, the list written without its key (as README's
    step told "per theme a slug, a name, ..."): the error said the file "must have
    a themes: list" and not that the list it has goes under one."""
    bare = textwrap.dedent(GOOD.removeprefix("themes:\n"))
    assert errors(bare) == [
        'themes.yml:1: error: the themes file must have a "themes:" list, and it is a list '
        'itself: write "themes:" on a line of its own above the first "- slug:"'
    ]


def test_unknown_field_suggests_the_right_one():
    lines = errors(GOOD.replace('    color: "#b03a2e"', '    colour: "#b03a2e"'))
    assert any(
        line.startswith("themes.yml:8: error: unknown field")
        and '"themes.1.colour"' in line
        and 'did you mean "color"?' in line
        for line in lines
    ), lines


def test_a_comma_in_an_unquoted_name_says_to_quote_it():
    # Written this way in a held-out set's themes.yml (tests/tag/holdout23/README.md).
    lines = errors(GOOD.replace("{nl: Klantcontact, en: Customer care}",
                                "{nl: Klant, buurt en winkel, en: Customer care}"))  # fmt: skip
    assert len(lines) == 1, lines
    assert lines[0].startswith("themes.yml:7: error: unknown field")
    assert '"themes.1.name.buurt en winkel"' in lines[0]
    assert "put the value in quotes" in lines[0]


@pytest.mark.parametrize(
    ("written", "quoted"),
    [
        ("{nl: IC: waar elke minuut telt., en: Customer care}", 'nl: "IC: waar elke minuut telt."'),
        ("{nl: Klantcontact, en: Care: every call counts}", 'en: "Care: every call counts"'),
    ],
)
def test_a_colon_in_an_unquoted_value_in_braces_says_to_quote_it(written, quoted):
    """A new hub's description written as README's example writes them, in braces,
    with a colon in it ("IC: waar elke minuut telt."): the error said "the { on this
    line is not closed; end it with }" of a { that is closed, and the editor looked
    for a missing brace; it names the value and how to quote it."""
    lines = errors(GOOD.replace("{nl: Klantcontact, en: Customer care}", written))
    assert lines == [
        f'themes.yml:7: error: the value of "{quoted[:2]}" of "name" holds a colon and a space '
        f'(": "), which inside {{...}} ends a value; put the whole value in quotes: {quoted}'
    ], lines


def test_keywords_written_without_brackets_in_braces_are_one_error_a_language():
    """A new hub's keywords as an editor writes them on day one, the README's
    braces without the lists' brackets: YAML made every word after a comma a field
    of its own, and the file got ten errors, eight of them "unknown field
    "themes.0.keywords.afdeling" ...; valid fields are nl, en" (and "night shift"
    the advice to put it in quotes, which makes it one keyword); it is one error a
    language, with the list as it is meant."""
    lines = errors(GOOD.replace(
        "keywords: {nl: [software], en: [software]}",
        "keywords: {nl: software, data, cloud, en: software, data, cloud computing}",
    ))  # fmt: skip
    assert sorted(lines) == [
        f'themes.yml:5: error: field "themes.0.keywords.{lang}" of theme "tech" must be a list '
        f"in brackets, like {lang}: [{words}]: without them each word after a comma is read as "
        "a field of its own"
        for lang, words in [
            ("en", "software, data, cloud computing"),
            ("nl", "software, data, cloud"),
        ]
    ], lines


def test_keywords_as_a_string():
    lines = errors(GOOD.replace("keywords: {nl: [software], en: [software]}", "keywords: software"))
    assert len(lines) == 1
    assert lines[0].startswith(
        'themes.yml:5: error: field "themes.0.keywords" of theme "tech" must be'
    )
    assert "{nl: [" in lines[0]


def test_keywords_per_language_as_a_string():
    lines = errors(GOOD.replace("{nl: [software], en: [software]}", "{nl: software}"))
    assert lines == [
        'themes.yml:5: error: field "themes.0.keywords.nl" of theme "tech" must be a list such as '
        '[software], not "software"'
    ]


def test_bad_slug_and_every_issue_at_once():
    lines = errors(GOOD.replace("slug: tech", "slug: Tech Data").replace('"#b03a2e"', "blue"))
    assert len(lines) == 2
    assert "must be a slug" in lines[0] and "themes.yml:2:" in lines[0]
    assert "colour" in lines[1] and "themes.yml:8:" in lines[1]


def test_a_reserved_slug_is_reported_with_the_keyword_errors_beside_it():
    # It was checked after the file was read: found only once the keywords were fixed.
    text = GOOD.replace("slug: customer", "slug: page") + '    keywords: {nl: ["in de", "2024"]}\n'
    lines = errors(text)
    assert lines[0].startswith(
        'themes.yml:6: error: theme slug "page" would collide with the '
        "URLs of Podium's own pages; choose another (reserved: page, "
    )
    assert len(lines) == 3
    assert any("stop words" in ln for ln in lines) and any("no letters" in ln for ln in lines)


def test_a_themes_keyword_errors_come_with_its_other_errors_and_numbers_are_not_words():
    # A theme with another error (a colour, a keyword that is no text) was
    # dropped before its keywords were checked: "2024" and "in de" were said
    # only in the next run, and 3.5 was told to be written "3.5", refused then.
    text = GOOD.replace('"#b03a2e"', "red") + '    keywords: {nl: [klant, 3.5, "in de", 2024]}\n'
    lines = errors(text)
    assert [ln.split(": error: ")[0] for ln in lines] == [
        "themes.yml:8",
        "themes.yml:9",
        "themes.yml:9",
        "themes.yml:9",
    ]
    assert lines[1].endswith(
        "must be text, not a number (3.5); a number alone matches no story (the tagger reads "
        'only words); write a word, like "24/7 service", or remove the item'
    ), lines[1]
    rest = sorted(lines[2:])
    assert 'keyword "2024"' in rest[0] and "no letters" in rest[0]
    assert 'keyword "in de"' in rest[1] and "stop words" in rest[1]


def test_a_keyword_mixing_latin_and_cyrillic_letters_is_refused():
    # "kw\u0430liteit", its "a" the Cyrillic one (typed on a Russian layout, or
    # pasted), was read without a word and matched no story, ever.
    lines = errors(GOOD.replace("nl: [software]", 'nl: [software, "kw\u0430liteit"]'))
    assert lines == [
        'themes.yml:5: error: keyword "kw\u0430liteit" of theme "tech" (keywords.nl) mixes '
        'Latin and Cyrillic letters in "kw\u0430liteit" ("\u0430" is U+0430 CYRILLIC SMALL '
        "LETTER A), so no word of a story matches it; type the word again in one alphabet"
    ]
    # One script alone is fine: a Russian or Greek keyword is a keyword.
    assert parse_themes(GOOD.replace("nl: [software]", 'nl: [software, "качество"]'), "t.yml")


def test_a_keyword_read_as_one_letter_is_refused():
    # "C#" (and "C++", "x") is read as the one letter "c": the tagger reads only
    # letters, so it matched every lone "c" of a story, the Dutch "c.q.", "plan
    # C", "vitamine C": a planning story scored 3.77 on tech from them alone.
    text = GOOD.replace("nl: [software]", 'nl: [software, "C#", "x", "I/O", "水"]')
    lines = errors(text)
    assert lines == [
        f'themes.yml:5: error: keyword "{kw}" of theme "tech" (keywords.nl) is read as the one '
        f'letter "{letter}" (the tagger reads only letters), which every lone "{letter}" of a '
        'story matches ("c.q.", "plan C"); write it in a phrase, like "C# developer"'
        for kw, letter in [("C#", "c"), ("x", "x")]
    ], lines
    # Words of two letters and more, a phrase of letters, a sign of a script
    # without case (a word of its own) are keywords as before.
    fine = GOOD.replace("nl: [software]", 'nl: ["C# developer", "I/O", "水", "AI"]')
    assert parse_themes(fine, "themes.yml")


def test_a_slug_too_long_for_a_file_name_is_refused_before_the_build():
    # 300 letters passed `podium check`, then the build failed: "File name too long".
    lines = errors(GOOD.replace("slug: tech", "slug: " + "t" * 300))
    assert lines == [
        'themes.yml:2: error: field "themes.0.slug" is 300 characters; a theme\'s slug is its '
        "URL and file names, so at most 100"
    ]
    assert [t.slug for t in parse_themes(GOOD.replace("slug: tech", "slug: " + "t" * 100), "x")]


def test_not_a_list():
    lines = errors("themes: tech\n")
    assert lines == [
        'themes.yml:1: error: field "themes" must be a non-empty list of themes, '
        "each with slug, name, color"
    ]


# -- a story's explicit themes -------------------------------------------------
def test_check_theme_slugs_suggests_and_lists_valid_slugs():
    themes = parse_themes(GOOD, "themes.yml")
    issues = check_theme_slugs(["tech", "custmer"], themes, "story.md", lambda i: 10 + i)
    assert [i.format() for i in issues] == [
        'story.md:11: error: unknown theme "custmer" in "themes" (did you mean "customer"?); '
        'valid themes are "tech" (Techniek & data), "customer" (Klantcontact)'
    ]
    assert check_theme_slugs(["tech", "customer"], themes, "story.md", lambda i: i) == []


# -- keywords that cannot work ---------------------------------------------------
def test_empty_keyword_is_one_line_naming_line_and_theme():
    lines = errors(GOOD.replace("en: [software]}", 'en: [software, " "]}'))
    assert lines == [
        'themes.yml:5: error: keyword 2 of theme "tech" (keywords.en) is empty; '
        "write a word or phrase, or remove the item"
    ]


def test_keyword_of_only_stop_words_is_an_error():
    lines = errors(GOOD.replace("nl: [software]", 'nl: [software, "in de"]'))
    assert lines == [
        'themes.yml:5: error: keyword "in de" of theme "tech" (keywords.nl) is only stop '
        "words, found in every story; use a word that names the theme"
    ]


@pytest.mark.parametrize("keyword", ["2024", "24/7", "5"])
def test_keyword_without_letters_says_so_not_that_it_is_stop_words(keyword):
    # "2024" is no stop word, nor found in every story: it matches nothing at all.
    lines = errors(GOOD.replace("nl: [software]", f'nl: [software, "{keyword}"]'))
    assert lines == [
        f'themes.yml:5: error: keyword "{keyword}" of theme "tech" (keywords.nl) has no '
        "letters, and the tagger reads only words (numbers and punctuation alone match "
        'nothing); write a word, like "24/7 service"'
    ]


def test_keyword_shared_by_two_themes_names_both():
    text = GOOD + "    keywords: {nl: [klant], en: [customer, Softwares]}\n"
    lines = errors(text)
    # "Softwares" is "software" after stemming: the same keyword.
    assert lines == [
        'themes.yml:9: error: keyword "Softwares" of theme "customer" (keywords.en) is also '
        'a keyword of theme "tech" (line 5); a keyword may point at one theme only'
    ]


def test_phrases_with_common_words_are_fine():
    text = GOOD + '    keywords: {en: [part-time, "day off", "first job"]}\n'
    assert [t.slug for t in parse_themes(text, "themes.yml")] == ["tech", "customer"]


def test_a_tab_in_themes_yml_is_shown_spaced_on_its_own_line():
    # The tab message's example was a story's ("given:" under "consent:"),
    # which means nothing to someone writing themes.yml.
    text = GOOD.replace("  - slug: customer", "\t- slug: customer")
    with pytest.raises(ContentError) as info:
        parse_themes(text, "themes.yml")
    (line,) = [issue.format() for issue in info.value.issues]
    assert line == (
        "themes.yml:6: error: this line is indented with a tab; indent with spaces "
        'instead (two spaces a level: "  - slug: customer")'
    )


# -- every line names its theme ---------------------------------------------------
def test_a_field_error_names_its_theme_not_only_its_place_in_the_list():
    # A hub of a dozen themes got 'field "themes.7.color" must be a colour ...':
    # counted from zero, so the editor fixed the seventh theme, not the eighth.
    text = GOOD.replace('"#b03a2e"', "red").replace('en: "Tech & data"', "en: [Tech]")
    lines = errors(text)
    assert lines == [
        'themes.yml:3: error: field "themes.0.name.en" of theme "tech" must be text, not a list; '
        "write one value, like en: Tech",
        'themes.yml:8: error: field "themes.1.color" of theme "customer" must be a colour '
        'as "#rrggbb" or "#rgb", not "red"',
    ]
    lines = errors(GOOD.replace("{nl: Klantcontact, en: Customer care}", "{en: Customer care}"))
    assert lines[0].startswith(
        'themes.yml:7: error: missing required field "themes.1.name.nl" of theme "customer" ('
    )
    # Without a slug there is no name to give: the place in the list stays the clue.
    lines = errors(GOOD.replace("  - slug: customer\n", "  - color: '#000000'\n", 1))
    assert all(' of theme "' not in line for line in lines), lines


def test_an_anchor_and_alias_say_to_write_the_value_out():
    # The keyword list written once for both languages (&kw, *kw) got "invalid
    # YAML: anchors and aliases (*name) are not allowed", which said nothing of
    # what to write; an anchored colour was told to quote '&c "#1f5fbf"' whole,
    # itself no colour.
    lines = errors(
        GOOD.replace("{nl: [software], en: [software]}", "{nl: &kw [software], en: *kw}")
    )
    assert lines == [
        "themes.yml:5: error: invalid YAML: anchors and aliases are not allowed (*kw repeats "
        "what &kw names); write the value out in full in each place"
    ]
    lines = errors(GOOD.replace('color: "#1f5fbf"', 'color: &blue "#1f5fbf"'))
    assert lines == [
        "themes.yml:4: error: invalid YAML: anchors and aliases are not allowed (&blue names "
        "this value to repeat it); write the value out in full in each place"
    ]


def test_two_themes_of_the_same_name_are_one_line_naming_both():
    # A theme block copied and given a new slug but not a new name passed: two
    # theme pages, menu entries and editor choices read "Techniek & data".
    text = GOOD.replace("{nl: Klantcontact, en: Customer care}",
                        '{nl: "techniek & Data", en: Customer care}')  # fmt: skip
    assert errors(text) == [
        'themes.yml:7: error: name "techniek & Data" (nl) of theme "customer" is also the name '
        'of theme "tech" (line 3); give each theme a name of its own, which readers and the '
        "editor's list of themes tell them apart by"
    ]


def test_a_misspelt_themes_key_is_one_line():
    # "Themes:" got two lines for one slip: "unknown field ... did you mean" and
    # 'field "themes" must be a non-empty list', as if the list were missing too.
    assert errors(GOOD.replace("themes:", "Themes:", 1)) == [
        'themes.yml:1: error: unknown field "Themes" (did you mean "themes"?); valid fields '
        "are themes"
    ]


def test_an_unknown_theme_lists_at_most_twenty_valid_ones():
    # A themes.yml of hundreds of themes (generated, or pasted from an ATS) made
    # every story's "unknown theme" line list them all, 100 KB a line.
    text = "themes:\n" + "".join(
        f'  - slug: t{i}\n    name: "Thema {i}"\n    color: "#1f5fbf"\n' for i in range(200)
    )
    themes = parse_themes(text, "themes.yml", ("nl",))
    (issue,) = check_theme_slugs(["leren"], themes, "story.md", lambda i: 7)
    shown = ", ".join(f'"t{i}" (Thema {i})' for i in range(20))
    assert issue.format() == (
        f'story.md:7: error: unknown theme "leren" in "themes"; valid themes are {shown} '
        "and 180 more (the slugs in themes.yml)"
    )


@pytest.mark.parametrize(
    ("written", "meant"),
    [("Leren Groei", "leren-groei"), ("leren_groei", "leren-groei"), ("privé", "prive")],
)
def test_a_slug_that_is_not_one_says_the_slug_to_write(written, meant):
    # "Leren Groei" was told what a slug is made of, not which one to write.
    assert errors(GOOD.replace("slug: tech", f"slug: {written}")) == [
        'themes.yml:2: error: field "themes.0.slug" must be a slug of lowercase letters, '
        f'digits and hyphens (like "data-team"), not "{written}"; write "{meant}"'
    ]


@pytest.mark.parametrize("value", ["[a, b]", "{a: 1}"])
def test_a_slug_written_as_a_list_or_mapping_is_one_line(value):
    # Two lines swapped ("  - slug: [software, ...]") ended podium check with
    # "podium: error: TypeError: unhashable type: 'list'", no file or line.
    lines = errors(GOOD.replace("slug: customer", f"slug: {value}"))
    assert len(lines) == 1 and lines[0].startswith('themes.yml:6: error: field "themes.1.slug"')


def test_a_theme_of_thousands_of_keywords_is_refused_in_one_line():
    # 40,000 keywords in one language took podium check 20 s (each stemmed and
    # compared with every other theme's), and match every story besides.
    many = ", ".join(f"woord{'abcdefghij'[i % 10]}{i:05d}x" for i in range(40_000))
    # (How long it takes is the benchmark's to say, never a timed test.)
    lines = errors(GOOD.replace("nl: [software]", f"nl: [{many}]"))
    assert lines == [
        'themes.yml:5: error: field "themes.0.keywords.nl" of theme "tech" has 40,000 '
        "keywords; at most 100 a language: keep the words that name the theme (the tagger "
        "adds related words from its lexicon itself)"
    ]
    # What is allowed is read whole: 100 a language in both.
    hundred = ", ".join(f"woord{i:03d}x" for i in range(100))
    text = GOOD.replace("nl: [software]", f"nl: [{hundred}]").replace(
        "en: [software]", f"en: [{hundred}]"
    )
    [tech, _] = parse_themes(text, "themes.yml")
    assert len(tech.keywords["nl"]) == len(tech.keywords["en"]) == 100


@pytest.mark.parametrize(
    ("name", "meant"),
    [("{nl: Klantcontact, en: Customer care}", "klantcontact"), ("Werk & privé", "werk-prive"),
     ('{nl: "", en: "!!!"}', "data-team")],
)  # fmt: skip
@pytest.mark.parametrize("slug_line", ["", "    slug:\n", '    slug: ""\n', "    slug: null\n"])
def test_a_theme_without_a_slug_is_told_one_to_write(name, meant, slug_line):
    # It said 'missing required field "themes.1.slug" (text)'; and a slug left
    # empty ("slug:", found by the property tests) dropped the theme without a word.
    text = GOOD.replace("  - slug: customer\n    name: {nl: Klantcontact, en: Customer care}",
                        f"  - name: {name}\n{slug_line}")  # fmt: skip
    lines = errors(text)
    at = 7 if slug_line else 6  # on the empty slug's own line, else the theme's
    assert lines[-1] == (
        f'themes.yml:{at}: error: missing required field "themes.1.slug": the name of the theme\'s '
        f"page, /themes/<slug>/, in lowercase letters, digits and hyphens, like slug: {meant}"
    )
    assert len(lines) == (1 if meant != "data-team" else len(lines))  # a bad name has its own


def theme_entries(count: int) -> str:
    return "themes:\n" + "".join(
        f"  - slug: t{i}\n    name: {{nl: Thema {i}, en: Theme {i}}}\n"
        f'    color: "#1f5fbf"\n    keywords: {{nl: [woord{i}x], en: [word{i}x]}}\n'
        for i in range(count)
    )


def test_a_file_of_thousands_of_themes_is_refused_at_the_first_theme_over_the_limit():
    # 3,000 themes were read without a word: 3,000 theme pages, cards and feeds,
    # and a choice of 3,000 on every story's form. A real hub has five to twenty.
    lines = errors(theme_entries(3000))
    assert lines == [
        'themes.yml:802: error: theme "t200" is theme 201 of 3,000; a hub has at most 200 '
        "themes (each is a page, a card and a choice on every story): merge the themes that "
        "overlap, or move the narrow ones into a broader theme's keywords"
    ]
    # The themes within the limit are still checked, in the same pass.
    broken = theme_entries(201).replace("slug: t3\n", "slug: T 3\n")
    assert [line.split(": error: ")[0] for line in errors(broken)] == [
        "themes.yml:14",
        "themes.yml:802",
    ]
    # 200 themes are a hub.
    assert len(parse_themes(theme_entries(200), "themes.yml")) == 200


@pytest.mark.parametrize("command", [["check"], ["report"]])
def test_themes_yml_is_parsed_once(tmp_path, monkeypatch, command):
    """The read step parsed themes.yml, and the validate step parsed it again
    for its colour warnings and once more for its description warnings, and
    the report once more for its keywords' lines: the read step's located
    YAML (``Site.themes_yaml``) is what they all read now."""
    from click.testing import CliRunner

    from podium import yamlio
    from podium_cli.cli import main
    from podium_testkit import copy_site

    monkeypatch.chdir(copy_site(tmp_path))
    parsed, real = [], yamlio.load

    def load(text, source, *args, **kwargs):
        if str(source).endswith("themes.yml"):
            parsed.append(source)
        return real(text, source, *args, **kwargs)

    monkeypatch.setattr(yamlio, "load", load)
    result = CliRunner().invoke(main, command, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert len(parsed) == 1, parsed
