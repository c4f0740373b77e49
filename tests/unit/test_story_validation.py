"""Story front matter: every bad case is one line naming file, line and field."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from podium.settings import PodiumSettings
from podium_read import parse_story

SETTINGS = PodiumSettings(today=dt.date(2026, 6, 1), teams={"engineering": {"nl": "Techniek"}})
GOOD = """---
title: Een goed verhaal
date: 2026-03-02
author: Anna de Boer
role: Developer
consent: {given: 2026-02-01}
---

## Wat doe je?

Ik schrijf software voor thuisbatterijen.
"""


def parse(tmp_path: Path, text: str | bytes, name: str = "story.md", kind: str = "interviews"):
    folder = tmp_path / "content" / kind
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return parse_story(path, tmp_path / "content", SETTINGS)


def with_field(line: str, remove: str | None = None) -> str:
    head, body = GOOD.split("\n---\n", 1)
    lines = [ln for ln in head.split("\n") if not (remove and ln.startswith(remove + ":"))]
    return "\n".join(lines + ([line] if line else [])) + "\n---\n" + body


@pytest.mark.parametrize(
    ("field", "line", "message"),
    [
        # Kept once without a word: check_theme_slugs had a "listed twice" warning
        # that the read step's dedupe made unreachable.
        ("themes: [tech, tech]", 7, '"tech" is listed twice in "themes"; keep one'),
        ("themes:\n  - tech\n  - balance\n  - tech", 10,
         '"tech" is listed twice in "themes" (also on line 8); keep one'),
        ("vacancies: [4012, 4012]", 7, '"4012" is listed twice in "vacancies"; keep one'),
        ("aliases: [oud, oud]", 7, '"oud" is listed twice in "aliases"; keep one'),
    ],
)  # fmt: skip
def test_an_item_listed_twice_is_a_warning_and_kept_once(tmp_path, field, line, message):
    parsed = parse(tmp_path, with_field(field))
    assert [(i.line, i.severity, i.message) for i in parsed.issues] == [(line, "warning", message)]
    assert parsed.story is not None
    kept = getattr(parsed.story, field.split(":")[0])
    assert len(kept) == len(set(kept))  # once each


@pytest.mark.parametrize("field", ['themes: ""', "themes: '  '", 'aliases: ""', "vacancies: ''"])
def test_a_cleared_list_is_not_set(tmp_path, field):
    # The editor, or a writer, emptied the field: it read 'must be a list such as [],
    # not ""', an example of nothing.
    parsed = parse(tmp_path, with_field(field))
    assert parsed.issues == [], [i.format() for i in parsed.issues]
    assert not getattr(parsed.story, field.split(":")[0])


def test_good_story_parses(tmp_path):
    parsed = parse(tmp_path, GOOD)
    assert parsed.issues == []
    story = parsed.story
    assert story.kind == "interview"
    assert story.slug == "story"
    assert story.lang == "nl"
    assert story.date.tzinfo is not None
    assert parsed.body.qa[0].question == "Wat doe je?"
    assert parsed.summary.startswith("Ik schrijf software")


BAD_CASES = [
    # (front matter change, field to remove, expected line, expected fragments)
    ("titel: Typo", None, 7, ['unknown field "titel"', 'did you mean "title"']),
    ("", "title", 2, ['missing required field "title"']),
    ("", "consent", 2, ['missing required field "consent"']),
    ("consent: yes", "consent", 6, ['"consent" must be a mapping', "given: 2026-01-15"]),
    # A date or a yes where the field wants {given: ...}: say it in that form.
    (
        "consent: 2026-02-01",
        "consent",
        6,
        ['not "2026-02-01"; write the day the author gave consent as consent: {given: 2026-02-01}'],
    ),
    (
        "consent: ja",
        "consent",
        6,
        ['not "ja"; write the day the author gave consent as consent: {given: YYYY-MM-DD}'],
    ),
    ("consent: yes", "consent", 6, ['not "yes"; write']),
    ("date: 2026-02-30", "date", 6, ['"date" must be a real date', "2026-02-30"]),
    # (themes written as text, "themes: Side entry", are refused by the validate
    # step, which knows the themes' slugs: tests/cli/test_cli.py)
    ("themes: 5", None, 7, ['"themes" must be a list such as [5]']),
    ("vacancies: 4012; 4013", None, 7, ['"vacancies" must be a list such as [4012, 4013]']),
    # One job's id alone, a number to YAML: the list it goes in, not "[a, b]".
    ("vacancies: 4012", None, 7, ['"vacancies" must be a list such as [4012], not a number']),
    ("lang: de", None, 7, ['"lang" must be one of "nl", "en"', '"de"']),
    ("status: concept", None, 7, ['"status" must be one of "published", "draft"']),
    # The Dutch word for a draft, a language by name or in capitals: say which option.
    ("status: concept", None, 7, ['not "concept" (did you mean "draft"?)']),
    ("lang: EN", None, 7, ['not "EN" (did you mean "en"?)']),
    ("lang: en-GB", None, 7, ['not "en-GB" (did you mean "en"?)']),
    ("lang: Nederlands", None, 7, ['not "Nederlands" (did you mean "nl"?)']),
    ("featured: misschien", None, 7, ['"featured" must be true or false']),
    # Yes and no in Dutch are text to YAML: which one they mean.
    ("featured: ja", None, 7, ['"featured" must be true or false, not "ja" (did you mean true?)']),
    (
        "consent: {given: 2026-01-01, social: nee}",
        "consent",
        6,
        ['"consent.social" must be true or false, not "nee" (did you mean false?)'],
    ),
    ('featured: "true"', None, 7, ['not "true"; write it without quotes']),
    ("photo: ../../etc/passwd", None, 7, ['"photo" must be a path inside content/']),
    ("photo: /etc/passwd", None, 7, ['"photo" must be a path inside content/']),
    # The photo's address on the site: said to be no path inside content/ and no more.
    (
        "photo: /images/people/anna.jpg",
        None,
        7,
        [
            '"photo" must be a path inside content/, like images/people/sanne.jpg, not '
            '"/images/people/anna.jpg" (write it without the leading "/": images/people/anna.jpg)'
        ],
    ),
    ("photo: images/nope.jpg", None, 7, ['"photo": no file content/images/nope.jpg']),
    # A web address said "no file content/https:/evil.example/x.jpg": safe, but
    # no word that a photo is a file in content/, and the address mangled.
    (
        "photo: https://evil.example/x.jpg",
        None,
        7,
        [
            'field "photo" must be a file in content/, like images/people/sanne.jpg, not a web '
            'address ("https://evil.example/x.jpg"): save the photo in content/images/people/ and '
            "write its path"
        ],
    ),
    ("photo: //evil.example/x.jpg", None, 7, ['not a web address ("//evil.example/x.jpg")']),
    (
        "team: enginering",
        None,
        7,
        ['"team" must be one of the teams', 'did you mean "engineering"'],
    ),
    # A team written as its name, in capitals: which team it is.
    ("team: Engineering", None, 7, ['not "Engineering" (did you mean "engineering"?)']),
    (
        "team: Techniek",
        None,
        7,
        ['teams in PODIUM_TEAMS (engineering), not "Techniek" (did you mean "engineering"?)'],
    ),
    ("team: Sales Team", None, 7, ['teams in PODIUM_TEAMS (engineering), not "Sales Team"']),
    ("left: gisteren", None, 7, ['"left" must be a real date']),
    # What to write instead, not only what is wrong: its first text, as YAML holds it.
    (
        "title: [a, b]",
        "title",
        6,
        ['"title" must be text, not a list; write one value, like title: a'],
    ),
    (
        "title: ['Wat: een dag']",
        "title",
        6,
        ['not a list; write one value, like title: "Wat: een dag"'],
    ),
    ("title: {nl: Mijn dag}", "title", 6, ["not a mapping; write one value, like title: Mijn dag"]),
    ("title: [3, true]", "title", 6, ["not a list; write the text itself after title:, without"]),
    # A date YAML cannot make ("2026-02-30") raised ValueError in the probe: a traceback.
    (
        "title: ['2026-02-30']",
        "title",
        6,
        ['not a list; write one value, like title: "2026-02-30"'],
    ),
    # Double quotes in the text: the example is in single quotes, which read back as typed.
    (
        """title: ['Zeg "ja": nu']""",
        "title",
        6,
        ["""not a list; write one value, like title: 'Zeg "ja": nu'"""],
    ),
    ("consent: {given: 2026-05-01}", "consent", 6, ["consent.given (2026-05-01) is after"]),
    ("consent: {given: 2026-01-01, until: 2025-01-01}", "consent", 6, ["consent.until"]),
    ("consent: {given: 2026-01-01, social: nee}", "consent", 6, ['"consent.social" must be true']),
    # Left empty is not left out: sharing the photo would be a guess.
    ("consent: {given: 2026-01-01, social: }", "consent", 6, ['"consent.social" is empty']),
    ("featured:", None, 7, ['field "featured" is empty; write true or false']),
    (
        "consent: {given: 2026-01-01, tot: 2027-01-01}",
        "consent",
        6,
        ['unknown field "consent.tot"'],
    ),
    ("title: x\ntitle: y", "title", 7, ['field "title" is given twice (lines 6 and 7)']),
    # Named by its whole path: "given" alone could be any mapping's.
    (
        "consent:\n  given: 2026-01-01\n  given: 2026-01-02",
        "consent",
        8,
        ['field "consent.given" is given twice (lines 7 and 8); keep one'],
    ),
    # Word's curly quotes are text to YAML: on a name or a job title they would show.
    (
        "role: \u201cDeveloper\u201d",
        "role",
        6,
        [
            'field "role" is in curly quotes, \u201cDeveloper\u201d, which would show on the page',
            '(role: Developer) or use straight ones (role: "Developer")',
        ],
    ),
    (
        "date: \u201c2026-03-02\u201d",
        "date",
        6,
        [
            "leave out the curly quotes \u201c \u201d (a word processor typed them), "
            'or use straight ones: "2026-03-02"'
        ],
    ),
    ("lang: \u201een\u201d", None, 7, ['not "\u201een\u201d"; leave out the curly quotes']),
    # The anchor is refused where it is set: alone it silently drops "&a" from the title.
    ("title: &a x\nrole: *a", "role", 6, ['title: "&a x"']),
]


@pytest.mark.parametrize(("change", "remove", "line", "fragments"), BAD_CASES)
def test_bad_front_matter_is_one_clear_line(tmp_path, change, remove, line, fragments):
    parsed = parse(tmp_path, with_field(change, remove))
    errors = parsed.errors
    assert len(errors) == 1, [e.format() for e in errors]
    text = errors[0].format()
    assert "\n" not in text
    assert text.startswith(f"{errors[0].path}:{line}: error: "), text
    assert errors[0].path.endswith("story.md")
    for fragment in fragments:
        assert fragment in text, text


def test_a_slug_of_no_letters_or_digits_is_story_as_such_a_file_name_is(tmp_path):
    # A file "!!!.md" or "🦄🎉.md" is the slug "story"; the same value in
    # "slug" was an error, so the editor's translation of such a file (which
    # copies its name) was refused while the original was published.
    parsed = parse(tmp_path, with_field("slug: '!!!'"))
    assert parsed.errors == [] and parsed.story.slug == "story"
    assert [(i.line, i.severity) for i in parsed.issues] == [(7, "warning")]
    assert (
        'has no letters or digits to make a URL of ("!!!"), so the story is published as '
        '"story"' in parsed.issues[0].message
    )


@pytest.mark.parametrize("value", ["/stories/con/", "/en/stories/een-dag/", "https://x.nl/a/"])
def test_a_slug_written_as_an_address_is_refused(tmp_path, value):
    # "slug: /stories/con/" was taken as words, the URL /stories/stories-con/,
    # while the editor refuses it (a URL name, not an address): a story written
    # so in git could not be saved there, and its URL was not the one meant.
    parsed = parse(tmp_path, with_field(f'slug: "{value}"'))
    meant = value.rstrip("/").rsplit("/", 1)[-1]
    assert [(i.line, i.severity, i.message) for i in parsed.issues] == [
        (
            7,
            "error",
            f'field "slug" is an address ("{value}"), not a URL name; write the URL name '
            f'alone, like "{meant}"',
        )
    ]


BAD_FILES = [
    (b"", "file is empty"),
    (b"\n\n  \n", "file is empty"),
    (b"# Geen front matter\n\nTekst.", "must start with front matter"),
    (b"---\ntitle: x\n", "front matter is not closed"),
    (GOOD.split("## ")[0].encode(), "no text after it"),
    ("---\ntitle: caf\xe9\n---\nx".encode("latin-1"), "not valid UTF-8"),
    (b"---\ntitle: x\x00\n---\nx", "NUL bytes"),
    (b"---\ntitle: [unclosed\n---\nbody", "the list opened with [ on this line is not closed"),
    (b"---\n- a\n- b\n---\nbody", "front matter must be fields"),
    (b"x" * 1_000_001, "at most 1.0 MB"),
]


# Word and Google Docs turn "---" into a dash; an editor may leave a blank line on top.
FENCE_SLIPS = [
    (
        "\u2014\n" + GOOD[4:],
        1,
        '"\u2014" must be three hyphens, ---: a word processor turned them into a dash',
    ),
    (
        GOOD.replace("\n---\n\n##", "\n\u2013-\n\n##", 1),
        7,
        '"\u2013-" must be three hyphens, ---: a word processor turned them into a dash',
    ),
    ("\n\n" + GOOD, 1, "the file must start with the line ---: remove the empty lines above it"),
]


@pytest.mark.parametrize(("text", "line", "message"), FENCE_SLIPS)
def test_a_fence_that_is_not_quite_three_hyphens_is_named(tmp_path, text, line, message):
    parsed = parse(tmp_path, text)
    assert [(e.line, message in e.message) for e in parsed.errors] == [(line, True)], [
        e.format() for e in parsed.errors
    ]


@pytest.mark.parametrize(("raw", "fragment"), BAD_FILES)
def test_bad_files_are_one_clear_line(tmp_path, raw, fragment):
    parsed = parse(tmp_path, raw, kind="columns")
    assert len(parsed.errors) == 1
    assert fragment in parsed.errors[0].format()


@pytest.mark.parametrize(
    ("change", "hint"),
    [
        # Pelican's, Hugo's and Jekyll's names for what Podium calls otherwise:
        # "tags" was told "did you mean "status"?", "draft" "did you mean "date"?".
        ("tags: [tech]", '(Podium calls it "themes": themes: [tech])'),
        ("categories: [tech]", '(Podium calls it "themes": themes: [tech])'),
        ("category: tech", '(Podium calls it "themes": themes: [tech])'),
        ("draft: true", "(a draft is written status: draft)"),
        ("published: false", "(a draft is written status: draft)"),
        ("draft: false", "(a story is published unless it says status: draft; remove the line)"),
        ("published: true", "(a story is published unless it says status: draft; remove the line)"),
        ("modified: 2026-04-01", '(Podium calls it "updated": updated: 2026-04-01)'),
        ("lastmod: 2026-04-01", '(Podium calls it "updated": updated: 2026-04-01)'),
        ("description: Over mijn werk", '(Podium calls it "summary": summary: Over mijn werk)'),
        ("image: images/anna.jpg", '(Podium calls it "photo": photo: images/anna.jpg)'),
        ("language: en", '(Podium calls it "lang": lang: en)'),
    ],
)
def test_a_field_another_generator_uses_is_told_podiums_name(tmp_path, change, hint):
    parsed = parse(tmp_path, with_field(change))
    assert [(i.severity, i.line) for i in parsed.issues] == [("error", 7)]
    field = change.split(":")[0]
    assert parsed.issues[0].message.startswith(f'unknown field "{field}" {hint}; valid fields')


@pytest.mark.parametrize(
    ("change", "remove", "line", "hint"),
    [
        # The writers are Dutch: "toestemming" got "unknown field" and, for the
        # same line, "missing required field "consent"": two errors, no way out.
        ("toestemming: {given: 2026-02-01}", "consent", 6, '(Podium calls it "consent")'),
        ("functie: Developer", "role", 6, '(Podium calls it "role": role: Developer)'),
        ("foto: images/anna.jpg", None, 7, '(Podium calls it "photo": photo: images/anna.jpg)'),
        ("thema's: [tech]", None, 7, '(Podium calls it "themes": themes: [tech])'),
        ("samenvatting: Kort", None, 7, '(Podium calls it "summary": summary: Kort)'),
        ("taal: en", None, 7, '(Podium calls it "lang": lang: en)'),
    ],
)
def test_a_field_written_in_dutch_is_one_line_with_its_name(tmp_path, change, remove, line, hint):
    parsed = parse(tmp_path, with_field(change, remove))
    assert [(i.severity, i.line) for i in parsed.issues] == [("error", line)], parsed.issues
    assert f'unknown field "{change.split(":")[0]}" {hint}; valid' in parsed.issues[0].message


@pytest.mark.parametrize(
    ("change", "remove", "line", "shown"),
    [
        # Python's spelling of what YAML read reached the writer: "True", "False",
        # "['2026-03-02']", "{'a': 1}", none of it typed.
        ("date: yes", "date", 6, 'not "yes"'),
        ("date: [2026-03-02]", "date", 6, "not a list"),
        ("left: true", None, 7, 'field "left" must be a real date as YYYY-MM-DD, not "true"'),
        (
            "consent: {given: no}",
            "consent",
            6,
            'field "consent.given" must be a real date as YYYY-MM-DD, not "no"',
        ),
        ("consent: {given: {a: 1}}", "consent", 6, "YYYY-MM-DD, not a mapping"),
        ("featured: [ja]", None, 7, 'field "featured" must be true or false, not a list'),
    ],
)
def test_a_wrong_value_is_shown_as_it_was_typed(tmp_path, change, remove, line, shown):
    parsed = parse(tmp_path, with_field(change, remove))
    assert [(i.severity, i.line) for i in parsed.issues] == [("error", line)], parsed.issues
    assert shown in parsed.issues[0].message
    assert "True" not in parsed.issues[0].message and "['" not in parsed.issues[0].message


def test_an_empty_body_does_not_hide_the_front_matters_mistakes(tmp_path):
    """Every mistake of the file in one run: the missing fields and the missing text."""
    parsed = parse(tmp_path, b"---\ntitle: Alleen een titel\ndate: 2026-04-01\n---\n\n", "columns")
    lines = [i.format() for i in parsed.errors]
    assert any('missing required field "author"' in line for line in lines), lines
    assert any('missing required field "consent"' in line for line in lines), lines
    assert lines[-1].endswith(":4: error: the story has front matter but no text after it")


def test_a_key_given_twice_does_not_hide_the_other_mistakes(tmp_path):
    """Both errors in one run: fixing the duplicate must not reveal a second round."""
    text = with_field("title: Nog een titel\ndate: 2026-02-30", "date")
    lines = [i.format() for i in parse(tmp_path, text).errors]
    assert len(lines) == 2, lines
    assert 'field "title" is given twice' in lines[0]
    assert '"date" must be a real date' in lines[1]


def test_bom_and_crlf_are_accepted(tmp_path):
    raw = ("\ufeff" + GOOD).replace("\n", "\r\n").encode("utf-8")
    parsed = parse(tmp_path, raw)
    assert parsed.errors == []
    assert parsed.story.title == "Een goed verhaal"


def test_yaml_error_line_is_the_file_line(tmp_path):
    parsed = parse(tmp_path, GOOD.replace("role: Developer", "role: [Developer"))
    assert parsed.errors[0].line == 5  # role: is on line 5, where the [ is opened


# What people who are not programmers get wrong in front matter by hand.
# PyYAML's own words ("mapping values are not allowed here", "could not find
# expected ':'") say nothing to them: each must name the line and the fix.
HAND_WRITTEN = [
    (
        ("title: Een goed verhaal", "title: Werken bij ons: mijn verhaal"),
        2,
        'the value of "title" holds characters with a special meaning '
        '(a colon and a space, ": "); put the whole value in quotes: '
        'title: "Werken bij ons: mijn verhaal"',
    ),
    (  # Word's curly quotes are no quotes to YAML
        ("title: Een goed verhaal", "title: \u201cWerken bij ons: mijn verhaal\u201d"),
        2,
        'put the whole value in quotes: title: "Werken bij ons: mijn verhaal"',
    ),
    (
        ("consent: {given: 2026-02-01}", "consent:\n\tgiven: 2026-02-01"),
        7,
        "this line is indented with a tab; indent with spaces instead",
    ),
    (
        ("role: Developer", "role:Developer"),
        5,
        'put a space after the colon: "role: Developer", not "role:Developer"',
    ),
    (
        ("role: Developer", "role: Developer\nbij het energieteam"),
        6,
        '"bij het energieteam" is not a field; write each field as name, colon, space, value',
    ),
    (  # the first field without its colon: YAML refused the date below it, and the
        # writer was told to quote the date (date: "2026-03-01")
        ("title: Een goed verhaal", "title Een goed verhaal"),
        2,
        '"title Een goed verhaal" is not a field; write each field as name, colon, space, value',
    ),
    (  # told to quote it, "consent: 'given: 2026-02-01'" was text, refused in turn
        ("consent: {given: 2026-02-01}", "consent: given: 2026-02-01"),
        6,
        '"consent" takes fields, not text: write them in braces, consent: {given: 2026-02-01}, '
        'or each on a line of its own under "consent:", indented two spaces',
    ),
    (
        ("role: Developer", 'role: "Developer'),
        5,
        'the quote " that opens this value is never closed; end the value with "',
    ),
    (
        ("role: Developer", 'role: Developer\nquote: "Ik zei "ja" tegen de baan"'),
        6,
        "(quotes inside quotes); put the whole value in quotes: "
        "quote: 'Ik zei \"ja\" tegen de baan'",
    ),
    (
        ("title: Een goed verhaal", "title: [Nieuw] Werken bij ons"),
        2,
        "(text after the closing ]); put the whole value in quotes: "
        'title: "[Nieuw] Werken bij ons"',
    ),
    (
        ("author: Anna de Boer", "author: @anna"),
        4,
        '("@" at the start); put the whole value in quotes: author: "@anna"',
    ),
    (
        ("title: Een goed verhaal", "title: *Nieuw* bij ons"),
        2,
        'put the whole value in quotes: title: "*Nieuw* bij ons"',
    ),
    (  # YAML took "&Co" for an anchor: the title was silently "bij ons"
        ("title: Een goed verhaal", "title: &Co bij ons"),
        2,
        'put the whole value in quotes: title: "&Co bij ons"',
    ),
    (  # Word's non-breaking space after the colon: the error was on the next line
        ("title: Een goed verhaal", "title:\u00a0Een goed verhaal"),
        2,
        'a non-breaking space is used after "title:" (a word processor or Option+Space types '
        "one); type an ordinary space instead",
    ),
    (  # ... or as an indent: a field named "\xa0\xa0given"
        ("consent: {given: 2026-02-01}", "consent:\n\u00a0\u00a0given: 2026-02-01"),
        7,
        "a non-breaking space is used to indent this line",
    ),
    (  # YAML dropped "#1 in Nederland" as a comment: the title was "Ons team is"
        ("title: Een goed verhaal", "title: Ons team is #1 in Nederland"),
        2,
        'field "title" stops before "#1 in Nederland": after a space, # starts a note that is '
        'left out; put the whole value in quotes: title: "Ons team is #1 in Nederland"',
    ),
    (
        ("role: Developer", "role: Developer\n  team: engineering"),
        6,
        '"team" is indented more than the field above it',
    ),
]


@pytest.mark.parametrize(("change", "line", "fragment"), HAND_WRITTEN)
def test_hand_written_front_matter_mistakes_say_how_to_write_it(tmp_path, change, line, fragment):
    parsed = parse(tmp_path, GOOD.replace(*change))
    assert [(e.line, fragment in e.message) for e in parsed.errors] == [(line, True)], [
        e.format() for e in parsed.errors
    ]
    assert "YAML" not in parsed.errors[0].message


@pytest.mark.parametrize("directive", ["%YAML 1.1", "%TAG ! tag:example.com,2000:"])
def test_a_yaml_directive_in_front_matter_is_named_with_its_line(tmp_path, directive):
    # PyYAML said "invalid YAML: expected '<document start>', but found
    # '<scalar>'" on the line after the directive, which says nothing to a writer.
    parsed = parse(tmp_path, GOOD.replace("title:", f"{directive}\ntitle:", 1))
    assert [e.format() for e in parsed.errors] == [
        f'{parsed.errors[0].path}:2: error: the line "{directive}" is no field (a line '
        "starting with % is a directive to YAML programs, which this file cannot hold); "
        "remove it"
    ]


def test_interview_without_questions_is_an_error(tmp_path):
    parsed = parse(tmp_path, GOOD.replace("## Wat doe je?", "Wat doe je?"))
    assert len(parsed.errors) == 1
    assert "an interview needs questions" in parsed.errors[0].message
    assert parsed.errors[0].line == 8  # where the body starts


@pytest.mark.parametrize(
    "written", ["# Wat doe je?", "### Wat doe je?", "##Wat doe je?", "**Wat doe je?**"]
)
def test_a_question_written_almost_right_is_named(tmp_path, written):
    parsed = parse(tmp_path, GOOD.replace("## Wat doe je?", written))
    assert [(e.line, e.message) for e in parsed.errors] == [
        (
            9,  # the heading's own line, not where the body starts
            f'an interview needs questions, and "{written}" is not written as one: '
            "a question starts with two # and a space, ## Wat doe je?",
        )
    ]


def test_question_without_answer_is_an_error(tmp_path):
    parsed = parse(tmp_path, GOOD + "\n## Nog een vraag?\n")
    assert [e.message for e in parsed.errors] == ['the question "Nog een vraag?" has no answer']


@pytest.mark.parametrize(
    "answer", ["<!-- nog invullen -->", "---", "<!--\nlater\n-->\n\n***", "&nbsp;"]
)
def test_a_question_whose_answer_shows_nothing_is_an_error(tmp_path, answer):
    # An answer left as a comment (or a rule alone) passed, and the page showed
    # the question with nothing under it.
    parsed = parse(tmp_path, GOOD + f"\n## Nog een vraag?\n\n{answer}\n")
    assert [(e.line, e.message) for e in parsed.errors] == [
        (13, 'the question "Nog een vraag?" has no answer')
    ]


@pytest.mark.parametrize(
    "answer", ["![Anna aan haar bureau](https://img.example/a.jpg)", "`make`", "> Rust."]
)
def test_an_answer_of_a_photo_code_or_a_quote_is_an_answer(tmp_path, answer):
    parsed = parse(tmp_path, GOOD + f"\n## Nog een vraag?\n\n{answer}\n")
    assert not [e for e in parsed.errors if "has no answer" in e.message], parsed.errors


def test_interviewer_on_a_column_is_an_error(tmp_path):
    text = with_field("interviewer: Kees")
    parsed = parse(tmp_path, text, kind="columns")
    assert ['"interviewer" is for interviews only' in e.message for e in parsed.errors] == [True]


def test_slug_from_file_name_strips_language_suffix_and_sets_lang(tmp_path):
    parsed = parse(tmp_path, GOOD, name="Mijn Verhaal.en.md")
    assert parsed.story.slug == "mijn-verhaal"
    assert parsed.story.lang == "en"


def test_slug_never_comes_from_the_title(tmp_path):
    parsed = parse(tmp_path, GOOD.replace("Een goed verhaal", "Heel andere titel"), name="vast.md")
    assert parsed.story.slug == "vast"


def test_explicit_lang_wins_over_suffix(tmp_path):
    parsed = parse(tmp_path, with_field("lang: nl"), name="x.en.md")
    assert parsed.story.lang == "nl"
    # A translation copied from its original, `lang: nl` left in: said nothing,
    # then "slug in language nl is also used" on both files, with no line.
    assert [(e.severity, e.line, e.message) for e in parsed.issues] == [
        (
            "warning",
            7,
            'field "lang" is "nl", but the file name ends in .en.md; the field wins, so this '
            "is a story in nl: make them agree (lang: en, or rename the file)",
        )
    ]


def test_a_language_suffix_the_hub_does_not_have_is_a_warning(tmp_path):
    # On an English-only hub the Dutch ben-bakker.nl.md kept from the demo, or on
    # this one a German ben-bakker.de.md: published silently as a story of the
    # default language at /stories/ben-bakker-nl/, Dutch words under an English page.
    settings = PodiumSettings(today=dt.date(2026, 6, 1), languages=("en",), default_lang="en")
    folder = tmp_path / "content" / "interviews"
    folder.mkdir(parents=True)
    (folder / "ben-bakker.nl.md").write_text(GOOD, encoding="utf-8")
    parsed = parse_story(folder / "ben-bakker.nl.md", tmp_path / "content", settings)
    assert [(i.severity, i.message) for i in parsed.issues] == [(
        "warning",
        'the file name ends in ".nl", a language code not in PODIUM_LANGUAGES ("en"): the '
        'story is published in en as "ben-bakker-nl"; rename it ben-bakker.md, as podium new '
        'names a story in en, or give it a "slug" field to keep this name',
    )]  # fmt: skip
    assert (
        parse(tmp_path, GOOD, name="dag.de.md")
        .issues[0]
        .message.startswith('the file name ends in ".de"')
    )
    # The name podium new writes: x.md in the default language (it said
    # "(x.en.md)" on an English-only hub), x.en.md in another one.
    for lang, meant in (("nl", "dag.md"), ("en", "dag.en.md")):
        (message,) = [i.message for i in parse(tmp_path, with_field(f"lang: {lang}"),
                                                name="dag.de.md").issues]  # fmt: skip
        assert f"rename it {meant}, as podium new names a story in {lang}," in message
    # A "lang" the hub does not publish is its own error, not "published in en" too.
    said = parse(tmp_path, with_field("lang: de"), name="dag.de.md").issues
    assert [i.severity for i in said] == ["error"] and 'field "lang"' in said[0].message
    # A name that only looks like one and is not a language, or a slug chosen: quiet.
    assert parse(tmp_path, GOOD, name="versie.v2.md").issues == []
    assert parse(tmp_path, with_field("slug: dag-de"), name="dag.de.md").issues == []
    assert parse(tmp_path, GOOD, name="dag.en.md").issues == []


def test_datetime_with_offset(tmp_path):
    parsed = parse(tmp_path, with_field("date: 2026-03-02T09:30:00+01:00", "date"))
    assert parsed.story.date == dt.datetime.fromisoformat("2026-03-02T09:30:00+01:00")


@pytest.mark.parametrize(
    ("written", "message"),
    [
        # The hour Amsterdam's clocks skip: Python read it as 03:30 summer time
        # without a word, an hour off what the writer's clock will show.
        (
            "2027-03-28T02:30",
            "is no time in Europe/Amsterdam: the clocks go forward past it that night; "
            "write 2027-03-28T03:30 (the same moment) or another time",
        ),
        (
            "2027-03-28 02:59",
            "is no time in Europe/Amsterdam: the clocks go forward past it that night; "
            "write 2027-03-28T03:59 (the same moment) or another time",
        ),
        (
            "2026-05-01T09:00+23:00",
            "has an offset from UTC that no time zone has; "
            "offsets run from -12:00 to +14:00, like +01:00",
        ),
        (
            "2026-05-01T09:00:00+01:00:30",
            "has seconds in its offset from UTC; write hours and minutes, like +01:00",
        ),
        (
            "2026-05-01T09:00-13:00",
            "has an offset from UTC that no time zone has; "
            "offsets run from -12:00 to +14:00, like +01:00",
        ),
    ],
)
def test_a_time_that_names_no_moment_is_one_error(tmp_path, written, message):
    parsed = parse(tmp_path, with_field(f"date: {written}", "date"))
    assert [i.format() for i in parsed.issues] == [
        f'content/interviews/story.md:6: error: field "date" ({written}) {message}'
    ]


@pytest.mark.parametrize(
    "written",
    [
        "2027-03-28T01:59",  # just before the clocks go forward
        "2027-03-28T03:00",  # just after
        "2027-03-28T02:30+01:00",  # the skipped hour with an offset is a real moment
        "2027-10-31T02:30",  # the repeated hour in autumn: its first pass
        "2026-05-01T09:00+14:00",  # Kiribati
        "2026-05-01T09:00-12:00",
        "2026-05-01T09:00Z",
    ],
)
def test_real_moments_pass(tmp_path, written):
    assert parse(tmp_path, with_field(f"date: {written}", "date")).issues == []


@pytest.mark.parametrize(
    ("change", "remove", "state"),
    [
        ("", None, "published"),
        ("status: draft", None, "draft"),
        ("date: 2026-06-02", "date", "scheduled"),
        ("consent: {given: 2026-01-01, until: 2026-05-31}", "consent", "consent-ended"),
        ("consent: {given: 2026-01-01, until: 2026-06-01}", "consent", "published"),
        # Consent that ended before the story's day (2026-03-02): never public, so
        # no tombstone, which published its address and themes on that day.
        ("consent: {given: 2026-02-01, until: 2026-03-01}", "consent", "draft"),
        ("consent: {given: 2026-02-01, until: 2026-03-02}", "consent", "consent-ended"),
        # A story is published on its day in the hub's zone, whatever its time:
        # the last fraction of a second was "scheduled" (after 23:59:59), while
        # the report and the far-ahead check counted it as today's.
        ("date: 2026-06-01T23:59:59.500", "date", "published"),
        ("date: 2026-06-01T23:59:59.5+02:00", "date", "published"),
        ("date: 2026-06-01T22:00:00Z", "date", "scheduled"),  # midnight in Amsterdam
        ("date: 2026-06-01T21:59:59Z", "date", "published"),
    ],
)
def test_publication_state(tmp_path, change, remove, state):
    parsed = parse(tmp_path, with_field(change, remove))
    assert parsed.errors == []
    assert parsed.story.publication(SETTINGS) == state


def test_alumni_policy_unpublish(tmp_path):
    parsed = parse(tmp_path, with_field("left: 2026-05-01"))
    story = parsed.story
    assert story.publication(SETTINGS) == "published"
    unpublish = PodiumSettings(today=SETTINGS.today, alumni_policy="unpublish")
    assert story.publication(unpublish) == "alumni-unpublished"
    future = PodiumSettings(today=dt.date(2026, 4, 1), alumni_policy="unpublish")
    assert story.publication(future) == "published"  # has not left yet on that day


def test_consent_ending_before_the_story_is_published_is_a_warning(tmp_path):
    # The story would never be on the site: a slip in one of the two dates.
    # A warning, not an error: the nightly build must go on with the takedowns.
    parsed = parse(
        tmp_path, with_field("consent: {given: 2026-02-01, until: 2026-03-01}", "consent")
    )
    assert parsed.errors == []
    assert [i.format() for i in parsed.issues] == [
        f"{parsed.issues[0].path}:6: warning: consent.until (2026-03-01) is before the story's "
        "date (2026-03-02): the story will never be published; correct the date or the end "
        "of consent"
    ]
    assert parsed.story is not None


def test_consent_ending_before_it_was_given_is_one_error(tmp_path):
    # One slip in the dates is one line: not the error and, for the same
    # "until", a warning that the story will never be published as well.
    parsed = parse(
        tmp_path, with_field("consent: {given: 2026-02-01, until: 2026-01-01}", "consent")
    )
    assert [(i.severity, i.line, i.message) for i in parsed.issues] == [
        ("error", 6, "consent.until (2026-01-01) is before consent.given (2026-02-01)")
    ]


def test_consent_ending_on_the_publication_day_is_no_warning(tmp_path):
    parsed = parse(
        tmp_path, with_field("consent: {given: 2026-02-01, until: 2026-03-02}", "consent")
    )
    assert parsed.issues == []


@pytest.mark.parametrize(
    ("photo", "hint"),
    [
        # As a file browser shows it: the message said "no file content/content/...".
        ("content/images/people/anna.jpg", "the path is relative to content/: write photo: "
         "images/people/anna.jpg"),
        ("images/people/ana.jpg", "did you mean images/people/anna.jpg?"),
        ("images/people/zzz.jpg", "give a path relative to content/, like images/people/anna.jpg"),
        # Capitals pass on a laptop's disk and fail on the build server's.
        ("images/people/anna.JPG", "did you mean images/people/anna.jpg? (capitals count)"),
        ("images/People/Anna.jpg", "did you mean images/people/anna.jpg? (capitals count)"),
        # A folder outside content/ is never listed (its file names would be in the log).
        ("../../../etc/passwdd", None),
        # A link's form in the text, where the field takes a path: "no file content/{static}/...".
        ('"{static}/images/people/anna.jpg"', "the field takes the path from content/ without "
         "{static}: write photo: images/people/anna.jpg"),
        ('"{attach}images/people/anna.jpg"', "the field takes the path from content/ without "
         "{static}: write photo: images/people/anna.jpg"),
    ],
    ids=["content-twice", "typo", "nothing-close", "extension-capitals", "folder-capitals",
         "outside", "static", "attach"],
)  # fmt: skip
def test_a_photo_path_that_names_no_file_says_what_to_write(tmp_path, photo, hint):
    from PIL import Image

    people = tmp_path / "content" / "images" / "people"
    people.mkdir(parents=True)
    Image.new("RGB", (400, 400), (90, 90, 90)).save(people / "anna.jpg")
    errors = parse(tmp_path, with_field(f"photo: {photo}")).errors
    assert len(errors) == 1, [e.format() for e in errors]
    text = errors[0].format()
    if hint is None:
        assert "passwd" in text and "did you mean" not in text, text
    else:
        assert text.endswith(hint), text


def test_a_non_breaking_space_inside_a_value_is_text(tmp_path):
    parsed = parse(tmp_path, GOOD.replace("Een goed verhaal", "Een goed:\u00a0verhaal"))
    assert parsed.errors == []


def test_a_comment_written_as_a_comment_is_left_out_quietly(tmp_path):
    parsed = parse(tmp_path, GOOD.replace("date: 2026-03-02", "date: 2026-03-02  # gepland"))
    assert parsed.errors == []


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        ("4-12-2026", " (did you mean 2026-12-04, 4 December 2026?)"),
        ("12/04/2026", " (did you mean 2026-04-12, 12 April 2026?)"),  # day first, spelled out
        ("4 december 2026", " (did you mean 2026-12-04, 4 December 2026?)"),
        ("4 mei 2026", " (did you mean 2026-05-04, 4 May 2026?)"),
        ("December 4, 2026", " (did you mean 2026-12-04, 4 December 2026?)"),
        ("2026-3-2", " (did you mean 2026-03-02, 2 March 2026?)"),
        (
            "2026-03-02 10:00 CET",
            "; give a time zone as an offset from UTC, like 2026-03-01T09:30+01:00",
        ),
    ],
)  # fmt: skip
def test_a_date_written_another_way_gets_a_did_you_mean(tmp_path, written, hint):
    parsed = parse(tmp_path, with_field(f"date: {written}", remove="date"))
    assert [e.message for e in parsed.errors] == [
        'field "date" must be a real date as YYYY-MM-DD or an ISO 8601 date-time such as '
        f'2026-03-01T09:30, not "{written}"{hint}'
    ]


def test_a_consent_date_written_another_way_gets_a_did_you_mean(tmp_path):
    parsed = parse(tmp_path, with_field("consent: {given: 1-2-2026}", remove="consent"))
    assert [e.message for e in parsed.errors] == [
        'field "consent.given" must be a real date as YYYY-MM-DD, not "1-2-2026" '
        "(did you mean 2026-02-01, 1 February 2026?)"
    ]


def test_a_headline_may_be_a_quotation_in_curly_quotes(tmp_path):
    text = GOOD.replace("Een goed verhaal", "\u201cIk wilde iets doen\u201d")
    parsed = parse(tmp_path, text)
    assert parsed.errors == []
    assert parsed.story.title == "\u201cIk wilde iets doen\u201d"


def test_yes_no_words_are_named_as_written(tmp_path):
    # YAML reads `lang: no` as false: the message said not "False".
    parsed = parse(tmp_path, with_field("lang: no"))
    assert [e.format() for e in parsed.errors] == [
        'content/interviews/story.md:7: error: field "lang" must be one of "nl", "en", not "no"'
    ]


def test_norwegian_in_the_settings_is_read_as_written(tmp_path):
    # YAML 1.1 read `lang: no` as false, and the writer was told to quote it; the
    # reader takes only true and false as booleans now (as YAML 1.2 and the
    # browser editor do), so a hub publishing Norwegian reads it as written.
    folder = tmp_path / "content" / "interviews"
    folder.mkdir(parents=True)
    (folder / "story.md").write_text(with_field("lang: no"), encoding="utf-8")
    settings = PodiumSettings(today=dt.date(2026, 6, 1), languages=("nl", "en", "no"))
    parsed = parse_story(folder / "story.md", tmp_path / "content", settings)
    assert parsed.errors == [] and parsed.story.lang == "no"


def test_the_words_the_browser_editor_writes_unquoted_are_text(tmp_path):
    # Decap writes YAML 1.2, where a title "No", a quote "Yes" and a share prompt
    # "Off" need no quotes, and the editor's writer cannot add them: each was
    # refused ("must be text, not true/false (false); write it in quotes").
    parsed = parse(tmp_path, with_field("title: No\nquote: Yes\nshare_prompts:\n  - Off", "title"))
    assert parsed.errors == [], [e.format() for e in parsed.errors]
    assert (parsed.story.title, parsed.story.quote) == ("No", "Yes")
    assert parsed.story.share_prompts == ("Off",)
    # A true/false field still takes YAML 1.1's words.
    social = parse(tmp_path, with_field("featured: yes"))
    assert social.errors == [] and social.story.featured is True


@pytest.mark.parametrize(
    ("line", "attribute", "shown"),
    [
        ("title: 1.10", "title", "1.10"),  # not "1.1"
        ("author: 007", "author", "007"),  # not "7" (an octal number to YAML 1.1)
        ("role: 0123", "role", "0123"),  # not "83"
        ("vacancies: [0412]", "vacancies", ("0412",)),  # an id, not 266
    ],
)
def test_numbers_in_text_fields_stay_as_written(tmp_path, line, attribute, shown):
    parsed = parse(tmp_path, with_field(line, remove=line.split(":")[0]))
    assert parsed.errors == []
    assert getattr(parsed.story, attribute) == shown


THIRD_PERSON = (
    "Anna schrijft software voor thuisbatterijen. Zij werkt al vijf jaar bij het bedrijf en "
    "begon als stagiair. Haar team is klein, maar zij zegt dat het werk elke dag anders is en "
    "dat zij veel leert van de monteurs die de batterijen bij klanten installeren."
)


def test_a_column_about_the_author_in_the_third_person_is_a_warning(tmp_path):
    text = GOOD.replace("## Wat doe je?\n\nIk schrijf software voor thuisbatterijen.\n", "")
    parsed = parse(tmp_path, text + THIRD_PERSON + "\n", kind="columns")
    assert [(e.severity, e.line, e.message) for e in parsed.issues] == [
        (
            "warning",
            8,
            "a column is Anna de Boer's own story in the first person, but this one never "
            'says "ik" or "we": write it as Anna would tell it, or make it an interview '
            "(content/interviews/, with ## questions)",
        )
    ]
    assert parsed.story is not None


def test_a_short_column_about_the_author_is_a_warning_too(tmp_path):
    # Under 30 words it was not checked at all: a few lines about Anna went out
    # under her name as if she wrote them.
    text = GOOD.replace("## Wat doe je?\n\nIk schrijf software voor thuisbatterijen.\n", "")
    short = "Anna schrijft software voor thuisbatterijen. Zij leert elke dag van de monteurs."
    parsed = parse(tmp_path, text + short + "\n", kind="columns")
    assert [(e.severity, e.line) for e in parsed.issues] == [("warning", 8)]
    assert 'never says "ik" or "we"' in parsed.issues[0].message
    first = short.replace("Anna schrijft", "Ik schrijf").replace("Zij leert", "Ik leer")
    assert parse(tmp_path, text + first + "\n", kind="columns").issues == []


def test_a_column_of_only_its_prompts_is_not_told_it_is_in_the_third_person(tmp_path):
    # A new draft holds the prompts (they say "je"): those are the prompt's
    # warning to replace, not a column about its author.
    from podium.prompts import prompts

    text = GOOD.replace("## Wat doe je?\n\nIk schrijf software voor thuisbatterijen.\n", "")
    body = "\n\n".join(prompts()["column"]["nl"])
    parsed = parse(tmp_path, text + body + "\n", kind="columns")
    assert parsed.issues == []


def test_a_column_in_the_first_person_is_no_warning(tmp_path):
    text = GOOD.replace("## Wat doe je?\n\nIk schrijf software voor thuisbatterijen.\n", "")
    first = THIRD_PERSON.replace("Anna schrijft", "Ik schrijf").replace("Zij werkt", "Ik werk")
    parsed = parse(tmp_path, text + first + "\n", kind="columns")
    assert parsed.issues == []


def test_consent_is_judged_against_the_day_the_story_appears_in_the_hubs_zone(tmp_path):
    # 2026-03-31T23:00-04:00 (written in New York) appears on 1 April in the
    # hub's Europe/Amsterdam. Consent given on 1 April was refused ("is after
    # the story's date (2026-03-31)"), though it is on file the day the story
    # goes up; and consent until 31 March passed without a word, though such a
    # story is never published.
    text = GOOD.replace("date: 2026-03-02", "date: 2026-03-31T23:00-04:00")
    given = parse(tmp_path, text.replace("{given: 2026-02-01}", "{given: 2026-04-01}"))
    assert given.issues == [] and given.story is not None
    until = parse(
        tmp_path, text.replace("{given: 2026-02-01}", "{given: 2026-02-01, until: 2026-03-31}")
    )
    assert [(i.severity, i.message) for i in until.issues] == [
        (
            "warning",
            "consent.until (2026-03-31) is before the story's date (2026-04-01): the story "
            "will never be published; correct the date or the end of consent",
        )
    ]


ZALGO = "Z" + "".join(chr(0x0300 + n % 0x30) for n in range(150)) + "algo"


@pytest.mark.parametrize(
    ("line", "key"),
    [
        (f'title: "{ZALGO}"', "title"),
        (f"author: {ZALGO}", "author"),
        (f"role: Developer {ZALGO}", "role"),
        (f"share_prompts: [Wat doe je?, {ZALGO}]", "share_prompts"),
    ],
)
def test_a_letter_under_a_tower_of_accents_is_an_error(tmp_path, line, key):
    # "Zalgo text": one letter with 150 combining accents passed, and its
    # tower was drawn over the lines above and below it on the page.
    parsed = parse(tmp_path, with_field(line, remove=key))
    found = [(i.line, i.severity, i.message) for i in parsed.issues]
    at = 11 if key == "role" else 1
    line_no = 7 if key == "share_prompts" else 6  # a field not in GOOD is a line more
    assert found == [
        (
            line_no,
            "error",
            f'field "{key}" has 150 combining marks stacked on "Z" (character '
            f"{at}); at most 6 are allowed (no language needs more, and more are drawn over the "
            "lines around them)",
        ),
    ], found


def test_real_scripts_stack_a_few_marks_and_pass(tmp_path):
    # Vietnamese (two on ệ), Burmese (four on မြို့), pointed Hebrew with its
    # cantillation, Devanagari, Thai, vocalised Arabic, an emoji keycap.
    title = "Tiếng Việt မြို့ בְּרֵאשִׁ֖ית नमस्ते สวัสดี الْعَرَبِيَّة 1️⃣"
    parsed = parse(tmp_path, with_field(f'title: "{title}"', remove="title"))
    assert parsed.issues == [], [i.format() for i in parsed.issues]
    assert parsed.story.title == title


def test_a_tower_of_accents_in_the_text_is_an_error_on_its_line(tmp_path):
    # The same tower in the story's text was drawn over the lines around it,
    # and in a blockquote it became the pull quote a "quote" field may not be.
    text = GOOD + f"\n> {ZALGO} zei ze.\n"
    parsed = parse(tmp_path, text)
    assert [(i.line, i.severity, i.message) for i in parsed.issues] == [
        (
            13,
            "error",
            'the text has 150 combining marks stacked on "Z"; at most 6 are allowed '
            "(no language needs more, and more are drawn over the lines around them)",
        ),
    ]
    real = GOOD + "\nTiếng Việt, မြို့, בְּרֵאשִׁ֖ית, नमस्ते, สวัสดี en الْعَرَبِيَّة.\n"
    assert parse(tmp_path, real).issues == []


@pytest.mark.parametrize(
    ("text", "line", "char"),
    [
        ("Ik ben \u202egnirts\u202c.", 13, "U+202E RIGHT-TO-LEFT OVERRIDE"),
        ("Ik ben &#x202E;gnirts&#8236;.", 13, "U+202E RIGHT-TO-LEFT OVERRIDE"),
        ("```\nif x \u2067// y\u2069:\n```", 14, "U+2067 RIGHT-TO-LEFT ISOLATE"),
    ],
)
def test_a_control_that_reorders_the_text_is_an_error_on_its_line(tmp_path, text, line, char):
    # Trojan Source in the story itself: "gnirts" in the pull request read
    # "string" on the page, and as a blockquote it became the pull quote and
    # og:description, which a "quote" field with it is refused from being.
    parsed = parse(tmp_path, GOOD + "\n" + text + "\n")
    assert [(i.line, i.severity, i.message) for i in parsed.issues] == [
        (
            line,
            "error",
            f"the text contains the invisible bidirectional control character {char}, "
            "which reorders how the text is shown; remove it (a passage in another direction "
            'takes <span dir="rtl">...</span>)',
        ),
    ]


def test_direction_marks_in_the_text_pass(tmp_path):
    # RLM and LRM only set the direction of what is next to them; Hebrew and
    # Arabic keyboards type them.
    parsed = parse(tmp_path, GOOD + "\nשלום (ok)\u200f en \u200eabc \u061c.\n")
    assert parsed.issues == [], [i.format() for i in parsed.issues]


@pytest.mark.parametrize(
    ("field", "line", "message"),
    [
        ('share_prompts:\n  - Wat doe je?\n  - "' + "woord " * 20_000 + '"', 9,
         'a question in "share_prompts" is 119,999 characters; at most 300 allowed'),
        ("share_prompts: [" + ", ".join(f"Vraag {n}?" for n in range(11)) + "]", 7,
         'field "share_prompts" lists 11 questions; at most 10 (the page shows them all)'),
    ],
)  # fmt: skip
def test_share_prompts_are_questions_not_pages(tmp_path, field, line, message):
    # Every prompt is printed on the story's page: one of 120,000 characters,
    # or thousands of them, were printed as they were.
    parsed = parse(tmp_path, with_field(field))
    assert [(i.line, i.severity, i.message) for i in parsed.issues] == [(line, "error", message)]
    ten = "share_prompts: [" + ", ".join(f"Vraag {n}?" for n in range(10)) + "]"
    assert len(parse(tmp_path, with_field(ten)).story.share_prompts) == 10


@pytest.mark.parametrize(
    ("written", "told"),
    [
        # A question is one item: it was cut at its comma ("[Thuis, of op kantoor?]",
        # two prompts once applied), and "[Wat vind je: thuis?]" is a mapping in YAML.
        ("Thuis, of op kantoor?",
         'field "share_prompts" must be a list such as ["Thuis, of op kantoor?"], not '
         '"Thuis, of op kantoor?"'),
        ('"Wat vind je: thuis of op kantoor?"',
         'field "share_prompts" must be a list such as ["Wat vind je: thuis of op kantoor?"], '
         'not "Wat vind je: thuis of op kantoor?"'),
        ("[Wat vind je: thuis of op kantoor?]",
         'item 1 of "share_prompts" must be text, not a mapping; an item with ": " in it '
         'needs quotes, like ["Wat vind je: thuis of op kantoor?"]'),
    ],
)  # fmt: skip
def test_the_list_a_share_prompt_is_told_to_be_is_the_one_meant(tmp_path, written, told):
    parsed = parse(tmp_path, with_field(f"share_prompts: {written}"))
    assert [(i.line, i.message) for i in parsed.issues] == [(7, told)]
    suggested = told.split("such as " if "such as " in told else "like ")[1].split("], ")[0]
    fixed = parse(tmp_path, with_field(f"share_prompts: {suggested.rstrip(']')}]"))
    assert fixed.issues == [] and len(fixed.story.share_prompts) == 1, fixed.issues


@pytest.mark.parametrize(
    ("items", "line", "told"),
    [("\n  - Een vraag?\n  - 1.5", 9,
      'item 2 of "share_prompts" must be text, not a number (1.5); write it in quotes, '
      'like - "1.5"'),
     ("\n  - true", 8,
      'item 1 of "share_prompts" must be text, not true/false (true); write it in quotes, '
      'like - "true"'),
     ("\n  -\n  - Een vraag?", 8,
      'item 1 of "share_prompts" is empty; write its text after "- ", or remove the item')],
)  # fmt: skip
def test_an_item_that_is_not_text_is_named_with_the_way_to_write_it(tmp_path, items, line, told):
    # "items of "share_prompts" must be text" named neither the item nor what to write.
    parsed = parse(tmp_path, with_field(f"share_prompts:{items}"))
    assert [(i.line, i.message) for i in parsed.issues] == [(line, told)]


def test_a_list_written_as_text_with_a_number_past_the_digit_limit_is_one_error(tmp_path):
    # The suggestion asks YAML whether an item reads back as written; an item of
    # 5,000 digits made it raise ValueError (Python's digit limit), not say the list.
    parsed = parse(tmp_path, with_field("vacancies: " + "1" * 5000 + "; 2"))
    assert [(i.line, i.message[:45]) for i in parsed.issues] == [
        (7, 'field "vacancies" must be a list such as ["11')
    ]


def test_an_item_listed_many_times_is_one_warning(tmp_path):
    # [tech, tech, ...] 20,000 times printed 19,999 identical warnings.
    parsed = parse(tmp_path, with_field("themes: [" + ", ".join(["tech"] * 20_000) + ", x, x]"))
    assert [(i.line, i.message) for i in parsed.issues] == [
        (7, '"tech" is listed twice in "themes"; keep one'),
        (7, '"x" is listed twice in "themes"; keep one'),
    ]
    assert parsed.story.themes == ("tech", "x")


@pytest.mark.parametrize(
    ("line", "code", "at"),
    [('title: "Een\\u2028goed jaar"', "2028", 4), ('title: "Een\\ngoed jaar"', "000A", 4),
     ('author: "Anna\\u2029de Boer"', "2029", 5)],
)  # fmt: skip
def test_a_line_break_in_a_title_or_a_name_is_an_error(tmp_path, line, code, at):
    # title: "Een\u2028goed jaar" passed: U+2028 breaks the heading's line in a
    # browser and on the card, where the writer saw one line.
    key = line.split(":")[0]
    messages = [i.message for i in parse(tmp_path, with_field(line, remove=key)).issues]
    assert messages == [
        f'field "{key}" holds a line break (U+{code}) at character {at}; it is one line: '
        "write it without a line break"
    ]


@pytest.mark.parametrize(
    ("char", "name"),
    [
        ("\u2060", "U+2060 WORD JOINER"),
        ("\ufeff", "U+FEFF ZERO WIDTH NO-BREAK SPACE"),
        ("\u180e", "U+180E MONGOLIAN VOWEL SEPARATOR"),
        ("\u3164", "U+3164 HANGUL FILLER"),
        ("\u115f", "U+115F HANGUL CHOSEONG FILLER"),
        ("\u1160", "U+1160 HANGUL JUNGSEONG FILLER"),
        ("\uffa0", "U+FFA0 HALFWIDTH HANGUL FILLER"),
        ("\u00ad", "U+00AD SOFT HYPHEN"),
        ("\u200c", "U+200C ZERO WIDTH NON-JOINER"),
        ("\u200d", "U+200D ZERO WIDTH JOINER"),
        ("\u2061", "U+2061 FUNCTION APPLICATION"),
        ("\u034f", "U+034F COMBINING GRAPHEME JOINER"),
        ("\ufe0f", "U+FE0F VARIATION SELECTOR-16"),
    ],
)
@pytest.mark.parametrize("key", ["author", "interviewer"])
def test_an_invisible_character_in_a_persons_name_is_an_error_naming_it(tmp_path, char, name, key):
    # "Sanne de V\u2060ries" was Sanne's people page, with the word joiner in its
    # JSON-LD name; with U+FE0F or U+034F it was a second page that looked the same.
    escaped = char.encode("unicode_escape").decode()
    parsed = parse(tmp_path, with_field(f'{key}: "Sanne de V{escaped}ries"', remove=key))
    assert parsed.story is None
    assert [(i.line, i.message) for i in parsed.issues] == [
        (6 if key == "author" else 7,
         f'field "{key}" holds the invisible character {name} at character 11, so it looks '
         f"like a name it is not; remove it: {key}: Sanne de Vries"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("S\u0430nne de Vries",
         'mixes Latin and Cyrillic letters in "S\u0430nne" ("\u0430" is U+0430 CYRILLIC SMALL '
         "LETTER A), which look alike: it would be another person's name than the one it "
         "looks like; type the name again in one alphabet"),
        ("Sanne de Vrie\u03c2",
         'mixes Latin and Greek letters in "Vrie\u03c2" ("\u03c2" is U+03C2 GREEK SMALL LETTER '
         "FINAL SIGMA), which look alike: it would be another person's name than the one it "
         "looks like; type the name again in one alphabet"),
        ("\uff33anne de Vries",
         'is written with "\uff33" (U+FF33 FULLWIDTH LATIN CAPITAL LETTER S), a look-alike of '
         "another letter that makes another name; write author: Sanne de Vries"),
    ],
)  # fmt: skip
def test_a_name_of_look_alike_letters_is_an_error(tmp_path, written, message):
    # "Sаnne de Vries" with a Cyrillic "а" built /people/sanne-de-vries-2/, a page
    # that looked like Sanne's own.
    parsed = parse(tmp_path, with_field(f'author: "{written}"', remove="author"))
    assert [(i.line, i.message) for i in parsed.issues] == [(6, f'field "author" {message}')]


@pytest.mark.parametrize(
    "name",
    ["张伟", "فاطمة الزهراء", "דוד כהן", "Νίκος Παπαδόπουλος", "Иван Петров", "Seán O'Brien",
     "Sinéad O\u2019Connor", "Anna-Lena Müller", "Zoë Çelik", "Nguyễn Văn An", "Lisa 陈",
     "山田\u3000太郎", "محمد\u200cرضا", "Łukasz Żółć"],
)  # fmt: skip
def test_names_in_any_one_script_are_fine(tmp_path, name):
    parsed = parse(tmp_path, with_field(f'author: "{name}"', remove="author"))
    assert parsed.issues == [] and parsed.story.author == name


@pytest.mark.parametrize(
    ("char", "name"),
    [
        ("\u200b", "U+200B ZERO WIDTH SPACE"),
        ("\u00ad", "U+00AD SOFT HYPHEN"),
        ("\u2060", "U+2060 WORD JOINER"),
        ("\ufeff", "U+FEFF ZERO WIDTH NO-BREAK SPACE"),
    ],
)
def test_an_invisible_character_in_a_slug_is_an_error_naming_it(tmp_path, char, name):
    # slug: "an\u200bna" (a zero-width space pasted along) looked like "anna" yet
    # was the URL an-na, and a translation with slug: anna was not linked to it
    # (a soft hyphen was dropped instead: which URL depended on the character).
    parsed = parse(tmp_path, with_field(f'slug: "an{char}na"\naliases: ["oud{char}e-naam"]'))
    shown = repr(char)[1:-1]  # and escaped where the line quotes it, so it is seen
    assert [e.format().split(": error: ")[1] for e in parsed.errors] == [
        f'field "slug" holds the invisible character {name} at character 3, which a URL '
        "cannot show; remove it (write anna)",
        f'"oud{shown}e-naam" in "aliases" holds the invisible character {name} at character 4, '
        "which a URL cannot show; remove it (write oude-naam)",
    ]
    # A space is seen, and made a hyphen as before.
    assert parse(tmp_path, with_field('slug: "een\u00a0dag op zee"')).story.slug == "een-dag-op-zee"


def test_an_invisible_character_in_a_file_name_is_an_error_naming_it(tmp_path):
    # "an\u200bna.md" reads anna.md in a file browser, yet was the URL an-na,
    # and its translation anna.en.md was another story.
    parsed = parse(tmp_path, GOOD, name="an\u200bna.md")
    assert [(e.line, e.message) for e in parsed.errors] == [
        (
            2,
            "the file name holds the invisible character U+200B ZERO WIDTH SPACE at "
            "character 3, which a URL cannot show; rename the file (anna.md), or give it a "
            'field "slug"',
        ),
    ]
    # A field "slug" names the URL: the file name is then no URL.
    assert parse(tmp_path, with_field("slug: anna"), name="an\u200bna.md").errors == []


def test_a_photo_named_with_accents_stored_apart_says_so(tmp_path):
    # "café.jpg" saved by a Mac's file system (é as e and an accent) and typed as
    # é in the story: the message was "no file content/images/café.jpg; did you
    # mean images/café.jpg?", the two names alike to the letter on screen.
    import unicodedata

    from PIL import Image

    people = tmp_path / "content" / "images" / "people"
    people.mkdir(parents=True)
    Image.new("RGB", (400, 400), (90, 90, 90)).save(
        people / unicodedata.normalize("NFD", "zoë.jpg")
    )
    errors = parse(tmp_path, with_field("photo: images/people/zoë.jpg")).errors
    assert len(errors) == 1, [e.format() for e in errors]
    text = errors[0].format()
    assert text.endswith(
        "a file of that name is there with its accent stored as a character of its own (as "
        "macOS saves it), which a typed path never matches: rename the file, typing its name"
    ), text


def test_a_former_people_page_written_as_its_address_is_its_slug(tmp_path):
    # A writer copies the old page's address, as "aliases" takes a story's:
    # "/people/ben-bakker/" was made the slug "people-ben-bakker", so the
    # build wrote /people/people-ben-bakker/ and the shared address stayed a
    # 404, with no word from podium check.
    text = with_field(
        'author_aliases: ["/people/ben-bakker/", "/en/people/ben-bakker", '
        '"https://werkenbij.example.nl/people/anna-b/"]'
    )
    parsed = parse(tmp_path, text)
    assert parsed.issues == []
    assert parsed.story.author_aliases == ("ben-bakker", "anna-b")


@pytest.mark.parametrize("value", ["/stories/ben-bakker/", "/people/", "/xx/people/ben/"])
def test_an_address_that_is_no_people_page_is_refused_in_author_aliases(tmp_path, value):
    parsed = parse(tmp_path, with_field(f'author_aliases: ["{value}"]'))
    assert [(i.line, i.message) for i in parsed.issues] == [
        (
            7,
            f'"{value}" in "author_aliases" is not a people page address of this hub; write '
            "the old page's URL name, like ben-bakker, or its address, like /people/ben-bakker/",
        )
    ]


@pytest.mark.parametrize("value", ["aux", "/people/con/", "/en/people/nul/"])
def test_a_former_people_page_windows_keeps_for_a_device_is_refused(tmp_path, value):
    # "author_aliases: [aux]" passed podium check and the build wrote
    # people/aux/index.html, which a Windows computer cannot write (a former
    # name "Aux" written out is aux-1, as its people page was).
    parsed = parse(tmp_path, with_field(f'author_aliases: ["{value}"]'))
    slug = value.strip("/").split("/")[-1].lower()
    assert [(i.line, i.severity, i.message) for i in parsed.issues] == [
        (
            7,
            "error",
            f'"{value}" in "author_aliases" is "{slug}", a name Windows keeps for a device: '
            "a people page of that name cannot be written on a Windows computer (podium "
            f'build, podium serve); write another, like "{slug}-1"',
        )
    ]


@pytest.mark.parametrize(
    ("field", "found"),
    [
        ('summary: "Ben over **rust** en vrijdagen"', "**rust**"),
        ('summary: "Lees [de vacature](https://example.com/jobs/1) eerst"', "[de vacature](...)"),
        ('summary: "Sanne schrijft `code` voor batterijen"', "`code`"),
        ('quote: "Rust is __ook__ werk"', "__ook__"),
        ('title: "Een **goed** verhaal"', "**goed**"),
    ],
)  # fmt: skip
def test_markdown_in_a_plain_text_field_is_a_warning(tmp_path, field, found):
    # A summary written as Markdown, as the body is, showed its asterisks and
    # brackets as written in the page's description, the teasers, both feeds,
    # the Article's JSON-LD and the search result's excerpt; nothing said so.
    key = field.split(":")[0]
    parsed = parse(tmp_path, with_field(field, remove=key))
    assert [(i.severity, i.message) for i in parsed.issues] == [
        (
            "warning",
            f'field "{key}" is plain text, not Markdown: "{found}" shows as written, marks '
            "and all (on the pages, in the feeds and search results); write it without them",
        )
    ]
    assert parsed.story is not None


@pytest.mark.parametrize(
    "field",
    ['summary: "5 * 3 = 15, en 2*4 = 8"', 'summary: "Zie [1] en (2)"', 'title: "R&D_team __"'],
)
def test_plain_text_with_stars_or_brackets_is_no_markdown(tmp_path, field):
    parsed = parse(tmp_path, with_field(field, remove=field.split(":")[0]))
    assert parsed.issues == [], [i.format() for i in parsed.issues]


EMPTY_ALIAS = (
    'an empty item in "aliases" is ignored; write the story\'s old slug, like oude-slug, '
    "or its old address, like /stories/oude-slug/, or remove the item"
)
EMPTY_AUTHOR_ALIAS = (
    'an empty item in "author_aliases" is ignored; write the old people page\'s URL name, '
    "like ben-bakker, or its address, like /people/ben-bakker/, or remove the item"
)


@pytest.mark.parametrize(
    ("field", "message"),
    [
        ("aliases: ['']", EMPTY_ALIAS),
        ("author_aliases: ['']", EMPTY_AUTHOR_ALIAS),
        ("author_aliases: ['  ']", EMPTY_AUTHOR_ALIAS),
    ],
)
def test_an_empty_item_in_aliases_is_a_warning_naming_the_field(tmp_path, field, message):
    # The editor's list widget adds an empty row with one click: author_aliases: ['']
    # was taken without a word and ignored.
    parsed = parse(tmp_path, with_field(field))
    assert [(i.line, i.severity, i.message) for i in parsed.issues] == [(7, "warning", message)]
    assert parsed.story is not None
    assert parsed.story.aliases == parsed.story.author_aliases == ()


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("2026-04-01", dt.date(2026, 4, 1)),
        # Refused with "must be a real date as YYYY-MM-DD" while "date" took it:
        # a writer copies the one into the other, and Pelican's "modified" (which
        # Podium calls "updated") takes a date-time. Kept as its day in the hub's zone.
        ("2026-04-01 10:00", dt.date(2026, 4, 1)),
        ("2026-04-01T10:00", dt.date(2026, 4, 1)),
        ("2026-04-01T10:00:00+02:00", dt.date(2026, 4, 1)),
        ("2026-03-31T23:30:00-04:00", dt.date(2026, 4, 1)),  # 1 April in Amsterdam
    ],
)
def test_updated_takes_a_date_time_as_date_does_and_keeps_its_day(tmp_path, written, day):
    parsed = parse(tmp_path, with_field(f"updated: {written}"))
    assert parsed.issues == [], [i.format() for i in parsed.issues]
    assert parsed.story.updated == day


@pytest.mark.parametrize(
    ("written", "message"),
    [
        (
            "1 april 2026 10:00",
            'field "updated" must be a real date as YYYY-MM-DD or an ISO 8601 date-time such '
            'as 2026-03-01T09:30, not "1 april 2026 10:00"',
        ),
        (
            "2027-03-28T02:30",
            'field "updated" (2027-03-28T02:30) is no time in Europe/Amsterdam: the clocks go '
            "forward past it that night; write 2027-03-28T03:30 (the same moment) or another time",
        ),
    ],
)
def test_an_updated_that_is_no_date_or_time_is_one_line(tmp_path, written, message):
    parsed = parse(tmp_path, with_field(f"updated: {written}"))
    assert [i.format() for i in parsed.issues] == [
        f"content/interviews/story.md:7: error: {message}"
    ]


@pytest.mark.parametrize("indent", [" ", "  ", "   "])
def test_a_question_indented_by_a_space_or_three_is_a_question(tmp_path, indent):
    # " ## Wat doe je?" (pasted with a space before it) was refused: "an interview
    # needs questions, and "## Wat doe je?" is not written as one: a question starts
    # with two # and a space, ## Wat doe je?", naming what the writer had written.
    parsed = parse(tmp_path, GOOD.replace("## Wat doe je?", indent + "## Wat doe je?"))
    assert parsed.issues == [], [i.format() for i in parsed.issues]
    assert [qa.question for qa in parsed.body.qa] == ["Wat doe je?"]
    assert "Ik schrijf software" in parsed.body.qa[0].answer


@pytest.mark.parametrize("indent", ["    ", "\t"])
def test_a_question_indented_four_spaces_is_code_not_a_question(tmp_path, indent):
    # It said to write "## Wat doe je?", which is what the writer saw in the file.
    parsed = parse(tmp_path, GOOD.replace("## Wat doe je?", indent + "## Wat doe je?"))
    assert [e.message for e in parsed.errors][:1] == [
        'an interview needs questions, and "## Wat doe je?" is not written as one: '
        "a question starts with two # and a space, at the start of its line: ## Wat doe je?"
    ]


@pytest.mark.parametrize(
    ("change", "remove", "line", "name", "written", "day"),
    [
        ("consent: {given: 2026-02-01 10:00}", "consent", 6, "consent.given",
         "2026-02-01 10:00", "2026-02-01"),
        ("left: 2026-05-01T17:00", None, 7, "left", "2026-05-01T17:00", "2026-05-01"),
    ],
)  # fmt: skip
def test_a_date_time_where_a_day_is_asked_says_to_write_the_day(
    tmp_path, change, remove, line, name, written, day
):
    # Copied from "date", which takes a time: the message said only "must be a
    # real date as YYYY-MM-DD", which the writer took it for.
    parsed = parse(tmp_path, with_field(change, remove))
    assert [i.format() for i in parsed.issues] == [
        f'content/interviews/story.md:{line}: error: field "{name}" must be a real date as '
        f'YYYY-MM-DD, not "{written}"; this field takes a day without a time: write {day}'
    ]


@pytest.mark.parametrize("body", ["<!-- later -->", "---", "&nbsp;", "<!--\nnog\n-->\n\n* * *"])
def test_a_column_that_shows_a_reader_nothing_is_one_error(tmp_path, body):
    # It passed, and the page showed a title over nothing.
    text = with_field("").split("\n---\n")[0] + f"\n---\n\n{body}\n"
    parsed = parse(tmp_path, text, kind="columns")
    assert [i.format() for i in parsed.issues] == [
        "content/columns/story.md:8: error: the story has front matter but nothing after it "
        "that a reader sees (only a comment, a rule or spaces); write the story below the "
        "second ---"
    ]


def test_a_column_of_one_photo_shows_something(tmp_path):
    from PIL import Image

    (tmp_path / "content" / "images").mkdir(parents=True)
    Image.new("RGB", (400, 300), (90, 90, 90)).save(tmp_path / "content" / "images" / "zee.jpg")
    text = (
        with_field("").split("\n---\n")[0]
        + "\n---\n\n![De zee bij Katwijk]({static}/images/zee.jpg)\n"
    )
    parsed = parse(tmp_path, text, kind="columns")
    assert parsed.errors == [], [i.format() for i in parsed.issues]


@pytest.mark.parametrize(
    ("change", "remove", "line", "fixed"),
    [
        ("title: 's Ochtends koffie", "title", 6, 'title: "\'s Ochtends koffie"'),
        ("location: 's-Hertogenbosch", None, 7, 'location: "\'s-Hertogenbosch"'),
        ("location: 't Zand", None, 7, 'location: "\'t Zand"'),
    ],
)
def test_a_value_that_starts_with_an_apostrophe_is_told_to_use_double_quotes(
    tmp_path, change, remove, line, fixed
):
    # "end the value with '", as it said, made 's Ochtends koffie' read "s Ochtends
    # koffie": the apostrophe, which is the text's, was lost without a word.
    parsed = parse(tmp_path, with_field(change, remove))
    assert [i.format() for i in parsed.issues] == [
        f"content/interviews/story.md:{line}: error: the value starts with ', which opens "
        "quoted text that is never closed; the ' is part of the text, so put the whole value "
        f"in double quotes: {fixed}"
    ]
    assert parse(tmp_path, with_field(fixed, remove or "location")).issues == []


@pytest.mark.parametrize(
    ("change", "remove", "line", "shown", "fixed"),
    [
        ("title: 's Ochtends koffie'", "title", 6, "s Ochtends koffie",
         "title: \"'s Ochtends koffie\""),
        ("location: 's-Hertogenbosch'", None, 7, "s-Hertogenbosch",
         "location: \"'s-Hertogenbosch\""),
    ],
)  # fmt: skip
def test_single_quotes_that_took_the_apostrophe_of_s_are_a_warning(
    tmp_path, change, remove, line, shown, fixed
):
    # Passed without a word, and the page said "s Ochtends koffie".
    parsed = parse(tmp_path, with_field(change, remove))
    assert [i.format() for i in parsed.issues] == [
        f'content/interviews/story.md:{line}: warning: field "{change.split(":")[0]}" reads '
        f"\"{shown}\": if it starts with '{shown[0]} (as in 's-Hertogenbosch), single quotes "
        f"around the value took the apostrophe; write it in double quotes: {fixed}"
    ]


@pytest.mark.parametrize("value", ["t-shirts voor iedereen", "sales-team", "s.o.s."])
def test_a_text_that_only_starts_like_s_or_t_is_no_warning(tmp_path, value):
    assert parse(tmp_path, with_field(f"location: {value}")).issues == []


@pytest.mark.parametrize("name", ["con.jpg", "Aux.portret.png", "com1.JPG"])
def test_a_photo_named_as_a_windows_device_is_a_warning(tmp_path, name):
    # A colleague called Con saved their portrait as images/people/con.jpg: it
    # passed podium check and the Linux build, but git on Windows refuses to
    # check the file out, so no writer there could clone or build the hub.
    from PIL import Image

    people = tmp_path / "content" / "images" / "people"
    people.mkdir(parents=True)
    Image.new("RGB", (400, 400), (90, 90, 90)).save(people / name, format="JPEG")
    parsed = parse(tmp_path, with_field(f"photo: images/people/{name}"))
    assert parsed.errors == []
    stem, rest = name.split(".", 1)
    assert [(i.severity, i.message) for i in parsed.issues] == [
        ("warning", f'field "photo": "{name}" in images/people/{name} is a name Windows keeps '
         f'for a device ("{stem}"), whatever its extension: git cannot check the file out on '
         f"a Windows computer, nor podium build write it there; rename it, like "
         f"images/people/{stem}-1.{rest}, and write that path here"),
    ]  # fmt: skip
    assert parsed.story.photo == f"images/people/{name}"


def test_a_linked_file_named_as_a_windows_device_is_a_warning(tmp_path):
    # The photo field said so; a file the text links was published as media/files/aux.pdf
    # without a word, and git on Windows refuses content/files/aux.pdf as it does con.jpg.
    from PIL import Image

    (tmp_path / "content" / "files").mkdir(parents=True)
    (tmp_path / "content" / "files" / "aux.pdf").write_bytes(_one_page_pdf())
    (tmp_path / "content" / "images").mkdir()
    Image.new("RGB", (40, 40), (90, 90, 90)).save(tmp_path / "content" / "images" / "Con.png")
    text = with_field("") + "\n[Folder]({static}/files/aux.pdf) ![Team]({attach}/images/Con.png)\n"
    settings = PodiumSettings(today=dt.date(2026, 6, 1), attachments=("pdf",))
    folder = tmp_path / "content" / "interviews"
    folder.mkdir()
    (folder / "story.md").write_text(text, encoding="utf-8")
    parsed = parse_story(folder / "story.md", tmp_path / "content", settings)
    assert parsed.errors == []
    assert [(i.line, i.severity, i.message) for i in parsed.issues] == [
        (13, "warning", 'link "{static}/files/aux.pdf": "aux.pdf" in files/aux.pdf is a name '
         'Windows keeps for a device ("aux"), whatever its extension: git cannot check the file '
         "out on a Windows computer, nor podium build write it there; rename it, like "
         "files/aux-1.pdf, and link that path"),
        (13, "warning", 'link "{attach}/images/Con.png": "Con.png" in images/Con.png is a name '
         'Windows keeps for a device ("Con"), whatever its extension: git cannot check the file '
         "out on a Windows computer, nor podium build write it there; rename it, like "
         "images/Con-1.png, and link that path"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("kind", "first"),
    [
        ("columns", "# Een goed verhaal"),
        ("columns", "## Een goed verhaal."),
        ("interviews", "# een  goed verhaal"),
    ],
)
def test_a_text_that_starts_with_its_title_again_shows_it_once(tmp_path, kind, first):
    """A text that starts with its title again, as a Word document does
    ("# Een goed verhaal" under title: Een goed verhaal), showed the title
    twice, the h1 over it and an h2 of the same words as the text's first
    heading (Hugo and Pelican show both; mkdocs-material takes the h1 as the
    title). The line is left out of the page, and a warning says to remove it."""
    text = GOOD.replace("\n---\n\n## Wat doe je?", f"\n---\n\n{first}\n\n## Wat doe je?")
    parsed = parse(tmp_path, text, kind=kind)
    html = str(parsed.body.html)
    assert "goed verhaal" not in html.lower(), html
    assert "Ik schrijf software" in html
    assert [(i.line, i.severity, i.message) for i in parsed.issues] == [
        (
            9,
            "warning",
            f'the text starts with the title again ("{first}"): the page shows the '
            "title above the text, so it would stand there twice; remove the line",
        ),
    ]


def test_a_first_heading_other_than_the_title_stays(tmp_path):
    text = GOOD.replace("\n---\n\n## Wat doe je?", "\n---\n\n# Mijn werk\n\n## Wat doe je?")
    parsed = parse(tmp_path, text, kind="columns")
    assert "Mijn werk" in str(parsed.body.html) and not parsed.issues


def _one_page_pdf() -> bytes:
    """A PDF pypdf reads (the read step opens a linked one, as the build cleans it)."""
    import io

    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
