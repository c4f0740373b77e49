"""`podium new`: YAML written by an emitter, and a wizard that keeps your answers."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import yaml

from podium import settings as podium_settings
from podium_cli.newstory import NewStory, front_matter_problems, read_back, render

TRICKY = [
    "'s Ochtends: koffie met collega's",
    "Joost 't Hart",
    'Zij zei: "gewoon doen" # en deed het',
    "Key: value, [list], {map}, &anchor *alias !tag | > % @ `",
    "- begint met een streepje",
    "yes",
    "null",
    "2026-01-01",
    "Ōsaka 大阪 · Αθήνα · Київ · مرحبا",
    "  spaties rondom  ",
    "regel\\ met backslash",
]


@pytest.mark.parametrize("text", TRICKY)
def test_front_matter_round_trips_through_the_validator(text):
    ps = podium_settings.get({"PODIUM_TODAY": "2026-06-01", "PODIUM_TEAMS": {}})
    spec = NewStory("interview", text, text, None, "nl", text, dt.date(2026, 6, 1),
                    interviewer=text, consent_given=dt.date(2026, 5, 1), social=False)  # fmt: skip
    out = render(spec)
    front = read_back(out)
    assert front["title"] == front["author"] == front["role"] == front["interviewer"] == text
    assert front["consent"] == {"given": dt.date(2026, 5, 1), "social": False}
    assert front["date"] == dt.date(2026, 6, 1)
    assert front_matter_problems(out, "content/interviews/x.md", "interview", ps) == []


def test_an_apostrophe_is_never_turned_into_a_double_quote():
    spec = NewStory("column", "Joost 't Hart", "Monteur", None, "nl",
                    "'s Ochtends: koffie met collega's", dt.date(2026, 6, 1))  # fmt: skip
    out = render(spec)
    assert "title: \"'s Ochtends: koffie met collega's\"" in out
    assert yaml.safe_load(out.split("---\n")[1])["author"] == "Joost 't Hart"


def test_wrong_answers_are_asked_again_and_nothing_is_lost(run, site):
    answers = [
        "",  # empty name: asked again
        "Joost 't Hart",
        "  ",  # empty role
        "Monteur",
        "sales",  # not a team of this site
        "support",
        "fr",  # not a language of this site
        "nl",
        "",  # empty title
        "'s Ochtends: koffie met collega's",
        "2099-01-01",  # consent in the future
        "1 mei",  # not a date
        "2026-05-01",
        "n",  # no social sharing
    ]
    result = run("new", "column", input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.output
    out = result.output
    # The questions are in the site's default language (nl), each error once.
    assert "Naam van de collega wiens verhaal het is" in out
    assert out.count("Fout: mag niet leeg zijn") == 1  # click re-asks an empty name itself
    assert "Fout: kies een van: engineering, support" in out
    assert "Fout: kies een van: nl, en" in out
    assert "Fout: 2099-01-01 ligt in de toekomst (vandaag is het 20" in out
    assert "Fout: geen datum; schrijf hem als JJJJ-MM-DD" in out
    assert "Error" not in out  # click's own words, in English
    assert "Mag het verhaal met foto gedeeld worden op sociale media?" in out
    path = site / "content" / "columns" / "s-ochtends-koffie-met-collega-s.md"
    front = read_back(path.read_text(encoding="utf-8"))
    assert front["title"] == "'s Ochtends: koffie met collega's"
    assert front["author"] == "Joost 't Hart"
    assert front["team"] == "support"
    assert front["consent"] == {"given": dt.date(2026, 5, 1), "social": False}
    assert "Volgende stappen" in out


def test_a_hub_in_one_language_does_not_ask_for_the_language(run, site):
    conf = site / "pelicanconf.py"
    text = conf.read_text(encoding="utf-8")
    text = text.replace('PODIUM_LANGUAGES = ["nl", "en"]', 'PODIUM_LANGUAGES = ["nl"]')
    # A name in a language the hub no longer has is an error, as in themes.yml.
    conf.write_text(text.replace('"en": "Engineering"', ""))
    for story in site.joinpath("content").rglob("*.en.md"):
        story.unlink()
    answers = ["Joost Hart", "Monteur", "support", "Mijn eerste jaar", "2026-05-01", "y"]
    result = run("new", "column", input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.output
    assert "Taal van het verhaal" not in result.output
    path = site / "content" / "columns" / "mijn-eerste-jaar.md"
    front = read_back(path.read_text(encoding="utf-8"))
    assert front["lang"] == "nl" and front["title"] == "Mijn eerste jaar"


def test_the_wizard_with_no_one_to_answer_is_a_usage_error_naming_the_flags(run, site):
    """A script or CI step that gave too few flags (stdin empty) got the writer's
    "Afgebroken", exit 1, as if someone had quit; wrong usage is exit 2. The line
    names the flag of the question left unanswered (it said "no answer to the
    question", after a Dutch prompt), and is the one line on stderr (a blank line
    came first, the prompt's end written there and not where the prompt was)."""
    result = run("new", "column", "--name", "Joost Hart", input="")
    assert result.exit_code == 2, result.output
    assert result.stderr.splitlines() == [
        "podium: error: no answer for --role (the input ended); nothing was written; "
        "give it as a flag, as every answer can be (--name, --role, --team, --lang, --title, "
        "--interviewer, --consent-given, --social/--no-social)"
    ]
    assert result.stdout.endswith(": \n"), result.stdout  # the prompt's line, ended
    assert not list((site / "content" / "columns").glob("*joost*"))
    answers = "Monteur\n\n"  # team: none; then the language is not answered
    result = run("new", "column", "--name", "Joost Hart", input=answers)
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("podium: error: no answer for --lang "), result.stderr


def test_stopping_the_wizard_says_so_in_its_language_and_writes_nothing(run, site, monkeypatch):
    # Input ends (as Ctrl-D does at a terminal) after the name: click would say "Aborted!".
    monkeypatch.setattr("podium_cli.cli._interactive", lambda: True)
    result = run("new", "column", input="Joost 't Hart\n")
    assert result.exit_code == 1
    assert "Afgebroken; er is niets geschreven." in result.output
    assert "Aborted!" not in result.output
    assert not list((site / "content" / "columns").glob("*joost*"))


def test_next_steps_open_the_preview_list_of_the_storys_own_language(run, site):
    """The next steps said "open http://localhost:8000/preview/" for every story, the
    list of the default language's drafts: an English story on a Dutch hub (a Dutch one
    on an English hub) is listed at /en/preview/ (/nl/preview/) only, so the page it
    sent the employee to did not show their story."""
    common = ("--team", "", "--interviewer", "", "--consent-given", "2026-05-01", "--social")
    en = run("new", "interview", "--lang", "en", "--name", "Sam Lee", "--role", "Planner",
             "--title", "My year", *common)  # fmt: skip
    assert en.exit_code == 0, en.output
    assert "(then open http://localhost:8000/en/preview/)" in en.output
    nl = run("new", "interview", "--lang", "nl", "--name", "Sam Lee", "--role", "Planner",
             "--title", "Mijn jaar", *common)  # fmt: skip
    assert nl.exit_code == 0, nl.output
    assert "(open daarna http://localhost:8000/preview/)" in nl.output


def test_the_language_question_names_its_choices_and_takes_a_language_by_its_name(run, site):
    """ "Language of the story [en]:" named no choice, and an employee who answered
    "Dutch" (or "Engels", "EN") was told "Error: choose one of: en, nl"; the question
    lists the codes, and a language's name or spelling that means one is taken."""
    answers = ["Sam Lee", "Planner", "", "Dutch", "Mijn jaar", "", "2026-05-01", "y"]
    result = run("new", "interview", input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.output
    assert "Taal van het verhaal (nl, en) [nl]:" in result.output
    assert "Fout" not in result.output
    assert (
        read_back((site / "content" / "interviews" / "mijn-jaar.md").read_text("utf-8"))["lang"]
        == "nl"
    )
    flag = run("new", "column", "--lang", "English", "--name", "Sam Lee", "--role", "Planner",
               "--team", "", "--title", "My year", "--consent-given", "2026-05-01",
               "--social")  # fmt: skip
    assert flag.exit_code == 0, flag.output
    assert (site / "content" / "columns" / "my-year.en.md").is_file()
    wrong = run("new", "column", "--lang", "German", "--name", "Sam Lee")
    assert wrong.exit_code == 2
    assert "Invalid value for --lang: choose one of: nl, en" in wrong.output


def test_the_team_question_takes_a_team_by_its_name_or_in_capitals(run, site):
    """An employee answered the team question with the team's name, as the site
    shows it ("Techniek", "Engineering"), or its slug in capitals ("SUPPORT"), and
    was told "Fout: kies een van: engineering, support" (the flag "--team Techniek"
    refused likewise), while the language question takes "Dutch"; a name or
    spelling that means one team is taken as its slug."""
    for i, answer in enumerate(["Techniek", "engineering ", "Engineering", "SUPPORT"]):
        answers = ["Sam Lee", "Planner", answer, "nl", f"Mijn jaar {i}", "", "2026-05-01", "y"]
        result = run("new", "interview", input="\n".join(answers) + "\n")
        assert result.exit_code == 0, result.output
        assert "Fout" not in result.output, result.output
        story = site / "content" / "interviews" / f"mijn-jaar-{i}.md"
        meant = "support" if answer == "SUPPORT" else "engineering"
        assert read_back(story.read_text("utf-8"))["team"] == meant
    flag = run("new", "column", "--lang", "nl", "--name", "Sam Lee", "--role", "Planner",
               "--team", "Techniek", "--title", "Mijn dag", "--consent-given", "2026-05-01",
               "--social")  # fmt: skip
    assert flag.exit_code == 0, flag.output
    assert (
        read_back((site / "content" / "columns" / "mijn-dag.md").read_text("utf-8"))["team"]
        == "engineering"
    )
    wrong = run("new", "column", "--team", "Marketing", "--name", "Sam Lee")
    assert wrong.exit_code == 2
    assert "Invalid value for --team: choose one of: engineering, support" in wrong.output


def test_the_questions_after_the_language_are_asked_in_the_language_chosen(run, site):
    """On a Dutch hub, "en" chosen at "Taal van het verhaal" was followed by
    "Werktitel", the consent and sharing questions in Dutch and "Geschreven";
    --lang en asked them all in English."""
    answers = ["Sam Lee", "Planner", "", "en", "My year", "", "2026-05-32", "2026-05-01", "ja",
               "y"]  # fmt: skip
    result = run("new", "interview", input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.output
    before, after = result.output.split("Taal van het verhaal (nl, en) [nl]:", 1)
    assert "Naam van de collega" in before and "Functie" in before
    assert "Working title (you can change it later):" in after
    assert "Who asks the questions? (empty: nobody named):" in after
    assert "On what date did Sam Lee consent to publishing this story?" in after
    assert "Error: not a date; write it as YYYY-MM-DD" in after
    assert "May the story be shared on social media, with the photo? [Y/n]:" in after
    assert "Error: answer y(es) or n(o)" in after
    assert "Wrote " in after and "Next steps:" in after
    for dutch in ("Werktitel", "Wie stelt", "toestemming", "Fout", "Geschreven", "Volgende"):
        assert dutch not in after, dutch
    assert (site / "content" / "interviews" / "my-year.en.md").is_file()


def test_lang_en_asks_in_english_and_a_taken_title_is_asked_again(run, site):
    first = run("new", "interview", "--lang", "en", "--name", "Sam Lee", "--role", "Planner",
                "--team", "", "--title", "My year", "--interviewer", "",
                "--consent-given", "2026-05-01", "--social")  # fmt: skip
    assert first.exit_code == 0, first.output
    result = run("new", "interview", "--lang", "en", "--name", "Sam Lee", "--role", "Planner",
                 "--team", "", "--interviewer", "",
                 input="My year\nMy second year\n\ny\n")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "Working title" in result.output
    assert "my-year.en.md exists already; choose another title" in result.output
    assert "On what date did Sam Lee consent" in result.output
    text = (site / "content" / "interviews" / "my-second-year.en.md").read_text("utf-8")
    # The default consent date is the build's today, asked rather than assumed.
    assert read_back(text)["consent"] == {"given": dt.date(2026, 6, 1), "social": True}
    assert "## What exactly do you do" in text


@pytest.mark.parametrize(
    ("kind", "lang", "title", "used_by"),
    [
        # The same slug in the other folder: `podium check` fails on the new file.
        ("column", "nl", "Anna de Boer", "interviews/anna-de-boer"),  # .md or .en.md
        # In another language it would become someone else's translation.
        ("interview", "en", "Ben Bakker", "columns/ben-bakker.md)"),
        # A withdrawn slug: the old URL (and every link to it) of someone taken down.
        ("column", "nl", "Teruggetrokken verhaal", "withdrawn.yml)"),
    ],
)
def test_a_title_whose_slug_is_taken_elsewhere_is_asked_again(run, site, kind, lang, title,
                                                               used_by):  # fmt: skip
    result = run("new", kind, "--lang", lang, "--name", "Sam Lee", "--role", "Planner",
                 "--team", "", "--interviewer", "", "--consent-given", "2026-05-01",
                 "--social", input=f"{title}\nEen eigen titel\n")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert f"is al in gebruik (content/{used_by}" in result.output or (
        f"is already used (content/{used_by}" in result.output
    )
    folder = site / "content" / ("interviews" if kind == "interview" else "columns")
    name = "een-eigen-titel.md" if lang == "nl" else f"een-eigen-titel.{lang}.md"
    assert (folder / name).is_file()
    assert run("check").exit_code == 0
    flag = run("new", kind, "--lang", lang, "--name", "Sam Lee", "--role", "Planner",
               "--team", "", "--interviewer", "", "--consent-given", "2026-05-01",
               "--social", "--title", title)  # fmt: skip
    assert flag.exit_code == 2 and "--title" in flag.output


def test_a_bad_flag_fails_before_any_question(run):
    result = run("new", "column", "--team", "sales", input="")
    assert result.exit_code == 2
    assert "--team" in result.output and "choose one of: engineering, support" in result.output
    assert "Naam" not in result.output
    bad_date = run("new", "column", "--consent-given", "gisteren", input="")
    assert bad_date.exit_code == 2 and "YYYY-MM-DD" in bad_date.output
    # A year typed wrong ("2030" for "2020") was refused without the date read.
    future = run("new", "column", "--consent-given", "2030-11-01", input="")
    assert future.exit_code == 2
    assert re.search(
        r"--consent-given: 2030-11-01 is in the future \(today is \d{4}-\d\d-\d\d\); "
        "consent must have been given already",
        future.output,
    ), future.output


def test_a_character_no_story_may_hold_is_refused_as_it_is_given(run, site):
    # --name from a Latin-1 terminal ($'B\xe9n': "\udce9" to Python) was asked every
    # question, then refused in the file ('field "author" contains a lone
    # surrogate') after all of them, with nothing written; a NUL typed likewise.
    before = sorted((site / "content").rglob("*"))
    flag = run("new", "column", "--name", "B\udce9n", input="")
    assert flag.exit_code == 2
    assert flag.output.splitlines() == [
        "podium: error: Invalid value for --name: holds the character U+DCE9, which no "
        "story may hold; retype the text around it (see main new --help)"
    ]
    typed = run("new", "column", "--lang", "nl", input="Ben\x00\nBen Bakker\n")
    assert "Fout: bevat het teken U+0000, dat in geen verhaal mag staan; typ de tekst " in (
        typed.output
    )
    assert sorted((site / "content").rglob("*")) == before


def test_a_refused_flag_is_one_line_in_one_language(run):
    # "--lang nl --title <a used title>" printed "Invalid value for --title: de
    # URL-naam anna-de-boer is al in gebruik (...); kies een andere titel (see
    # podium new --help)": click's English around the wizard's Dutch. A flag is a
    # script's answer, refused in English as every "podium: error:" line is.
    result = run("new", "column", "--lang", "nl", "--name", "Sam Lee", "--role", "Planner",
                 "--team", "", "--consent-given", "2026-05-01", "--social",
                 "--title", "Anna de Boer", input="")  # fmt: skip
    assert result.exit_code == 2
    (line,) = [ln for ln in result.output.splitlines() if ln.strip()]
    assert (
        line.startswith(
            "podium: error: Invalid value for --title: the URL name anna-de-boer is already used "
            "(content/interviews/anna-de-boer."
        )
        and "); choose another title (see " in line
    ), line


def test_the_next_steps_name_the_settings_file_given(run, site, monkeypatch):
    # Pasted as printed, "podium check" read ./pelicanconf.py: "settings file
    # not found" (or another site's) for someone who ran podium new -s ....
    monkeypatch.chdir(site.parent)
    settings = f"{site.name}/pelicanconf.py"
    result = run("new", "column", "-s", settings, "--lang", "en", "--name", "Sam Lee",
                 "--role", "Planner", "--team", "", "--title", "My week",
                 "--consent-given", "2026-05-01", "--social")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert f"podium serve -s {settings} --drafts" in result.output
    assert f"check it: podium check -s {settings}\n" in result.output
    assert f"git add {site.name}/content/columns/my-week.en.md\n" in result.output
    default = run("new", "column", "-s", settings, "--lang", "en", "--name", "Sam Lee",
                  "--role", "Planner", "--team", "", "--title", "My other week",
                  "--consent-given", "2026-05-01", "--social")  # fmt: skip
    monkeypatch.chdir(site)
    here = run("new", "column", "--lang", "nl", "--name", "Sam Lee", "--role", "Planner",
               "--team", "", "--title", "Mijn week", "--consent-given", "2026-05-01",
               "--social")  # fmt: skip
    assert default.exit_code == here.exit_code == 0, here.output
    assert "controleer het: podium check\n" in here.output


@pytest.mark.parametrize(("answers", "social"), [("ja", True), ("nee", False), ("j", True),
                                                 ("misschien\nn", False), ("", True)])  # fmt: skip
def test_the_social_question_takes_a_dutch_yes_or_no(run, site, answers, social):
    # click.confirm took only y/n: "ja" was "Error: invalid input", in English.
    result = run("new", "column", "--lang", "nl", "--name", "Sam Lee", "--role", "Planner",
                 "--team", "", "--title", "Mijn week", "--consent-given", "2026-05-01",
                 input=answers + "\n")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "[J/n]" in result.output and "invalid input" not in result.output
    if "misschien" in answers:
        assert "Fout: antwoord met j(a) of n(ee)" in result.output
    text = (site / "content" / "columns" / "mijn-week.md").read_text("utf-8")
    assert read_back(text)["consent"]["social"] is social


def test_new_starts_a_translation_of_an_existing_story(run, site):
    """`podium new interview --lang en --title ...` for a story that exists in
    Dutch only made a new story (or said "exists already; choose another
    title"): there was no way to start its translation. `--translation-of`
    writes it beside the original, under its slug, with its author, team,
    photo, themes and consent, and asks (in English) for the title and the
    role, which are words of the language."""
    result = run("new", "column", "--translation-of", "ben-bakker", input="Why I stop at three\n\n")
    assert result.exit_code == 0, result.output
    assert "Working title" in result.output and "Job title [Supportmedewerker]" in result.output
    path = site / "content" / "columns" / "ben-bakker.en.md"
    text = path.read_text(encoding="utf-8")
    front = read_back(text)
    original = read_back((site / "content" / "columns" / "ben-bakker.md").read_text("utf-8"))
    assert front["slug"] == "ben-bakker" and front["lang"] == "en"
    assert front["title"] == "Why I stop at three" and front["status"] == "draft"
    for same in ("author", "role", "team", "date"):
        assert front[same] == original[same], same
    assert front["consent"]["given"] == original["consent"]["given"]
    assert front["consent"]["social"] is False  # as the original: the person's choice
    assert "What did that moment teach you" in text  # the English prompts
    check = run("check")
    assert check.exit_code == 0, check.output
    assert "ben-bakker.en.md" in check.output  # its prompts: warnings of a draft
    # Published, once written: one story in two languages.
    body = "\n\nOn Fridays at three I close my laptop. It took me a year to learn that.\n"
    done = text.replace("status: draft", "status: published").split("---\n\n")[0] + "---" + body
    path.write_text(done, encoding="utf-8")
    assert run("build", "-q").exit_code == 0
    nl = (site / "output" / "stories" / "ben-bakker" / "index.html").read_text("utf-8")
    assert 'rel="alternate" hreflang="en" href="/en/stories/ben-bakker/"' in nl


def test_a_translation_shares_every_field_of_the_one_table_with_its_original(run, site):
    """`podium new --translation-of` and the browser editor each kept a list of
    what a translation shares with its original, and they differed: the CLI
    did not copy "left" (the English version of a former colleague's story
    was not alumni until someone noticed), and neither copied the story's
    explicit "vacancies" (ids, the same jobs in every language). One table
    (podium_read.schema.SHARED_WITH_ORIGINAL) now says it for both. The role
    is not in it: it is words of the language, asked, the original's shown
    as the answer to keep or translate."""
    from podium_read.schema import SHARED_WITH_ORIGINAL

    column = site / "content" / "columns" / "ben-bakker.md"
    text = column.read_text(encoding="utf-8")
    column.write_text(
        text.replace(
            "team: support",
            "team: support\nlocation: Zwolle\nthemes: [balance]\nvacancies: ['501']\n"
            "left: 2026-05-01",
        ),
        encoding="utf-8",
    )
    result = run("new", "column", "--translation-of", "ben-bakker", "--lang", "en",
                 "--title", "Why I stop at three", input="Support agent\n")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "Job title [Supportmedewerker]" in result.output
    front = read_back((site / "content" / "columns" / "ben-bakker.en.md").read_text("utf-8"))
    original = read_back(column.read_text(encoding="utf-8"))
    assert {"vacancies", "left"} <= set(SHARED_WITH_ORIGINAL) and "role" not in SHARED_WITH_ORIGINAL
    for name in SHARED_WITH_ORIGINAL:
        assert front.get(name) == original.get(name), name
    assert front["vacancies"] == ["501"] and front["left"] == dt.date(2026, 5, 1)
    assert front["role"] == "Support agent"
    assert run("check").exit_code == 0


def test_a_translation_copies_what_its_original_says_not_what_another_story_gave_it(run, site):
    """Ben's newer column says he left (left: 2026-05-20), which the read step
    gives his older ones too. `podium new --translation-of` copied the older
    column's fields as the Site holds them, so it wrote "left: 2026-05-20"
    into the translation, a line its original does not have and the editor
    (which copies the original's file) does not write: taken out of the newer
    column again (he did not leave), it stayed in the translation, and Ben
    stayed a former colleague on every page. What the original's file says is
    copied, and the person's "left" stays in the one story that says it."""
    columns = site / "content" / "columns"
    text = (columns / "ben-bakker.md").read_text(encoding="utf-8")
    (columns / "ben-later.md").write_text(
        text.replace("date: 2026-04-10", "date: 2026-05-10\nleft: 2026-05-20").replace(
            "title: ", "title: Later "
        ),
        encoding="utf-8",
    )
    result = run("new", "column", "--translation-of", "ben-bakker", "--lang", "en",
                 "--title", "Why I stop at three", "--role", "Support agent")  # fmt: skip
    assert result.exit_code == 0, result.output
    front = read_back((columns / "ben-bakker.en.md").read_text("utf-8"))
    assert "left" not in front, front
    assert front["author"] == "Ben Bakker" and front["consent"]["social"] is False
    assert run("check").exit_code == 0


def test_a_translation_into_the_default_language_is_named_as_a_story_in_it(run, site):
    """An English-first hub translating a Dutch story into English got x.en.md, where
    every story of the default language is x.md (`podium new`, the editor's collection
    of it): the translation was named as if the default language were always the
    original's. Now x.md; x.<lang>.md only where x.md is taken by the original."""
    args = ("--title", "Mijn eigen weg", "--role", "Ontwikkelaar")
    result = run("new", "column", "--translation-of", "carla-en-only", "--lang", "nl", *args)
    assert result.exit_code == 0, result.output
    columns = site / "content" / "columns"
    assert not (columns / "carla-en-only.nl.md").exists()
    front = read_back((columns / "carla-en-only.md").read_text(encoding="utf-8"))
    assert front["slug"] == "carla-en-only" and front["lang"] == "nl"
    # An original in x.md that is not in the default language keeps its name.
    other = (columns / "carla-en-only.en.md").read_text(encoding="utf-8")
    (columns / "zoe.md").write_text(other.replace("date:", "lang: en\ndate:", 1), "utf-8")
    result = run("new", "column", "--translation-of", "zoe", "--lang", "nl", *args)
    assert result.exit_code == 0, result.output
    assert read_back((columns / "zoe.nl.md").read_text(encoding="utf-8"))["slug"] == "zoe"
    assert run("check").exit_code == 0


def test_translating_a_story_with_an_error_shows_the_error(run, site):
    # A story refused for an error ("lang: xx") was "no story with slug
    # "ben-bakker" in content", which sent the writer looking for a typo.
    story = site / "content" / "columns" / "ben-bakker.md"
    story.write_text(story.read_text("utf-8").replace("date:", "lang: xx\ndate:", 1), "utf-8")
    result = run("new", "column", "--translation-of", "ben-bakker", "--lang", "en")
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        'content/columns/ben-bakker.md:3: error: field "lang" must be one of "nl", "en", not "xx"'
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["interview", "--translation-of", "anna-de-boer"],
         '"anna-de-boer" is in every language of the hub already (nl, en)'),
        (["interview", "--translation-of", "ben-bakker"],
         '"ben-bakker" is a column; its translation is one too: '
         "podium new column --translation-of ben-bakker"),
        (["column", "--translation-of", "ben-bakker", "--lang", "nl"],
         '"ben-bakker" is in nl already (content/columns/ben-bakker.md); translate it into en'),
        (["interview", "--translation-of", "ana-de-boer"], "did you mean anna-de-boer?"),
        # Copied from the original: a flag for it would be ignored in silence.
        (["column", "--translation-of", "ben-bakker", "--team", "support"],
         "--team: a translation takes it from its original (--translation-of); leave it out"),
    ],
    ids=["every-language", "other-kind", "same-language", "typo", "copied-flag"],
)  # fmt: skip
def test_a_translation_that_cannot_be_is_one_line(run, site, args, message):
    before = sorted(p.name for p in (site / "content").rglob("*.md"))
    result = run("new", *args, "--title", "x", "--role", "y")
    assert result.exit_code == 2
    assert result.output.strip().startswith("podium: error: ")
    assert message in result.output and len(result.output.strip().splitlines()) == 1
    assert sorted(p.name for p in (site / "content").rglob("*.md")) == before


def test_an_interviewer_for_a_column_is_one_line_not_dropped(run, site):
    # `podium new column --interviewer "Eva"` wrote the column without her, in silence.
    before = sorted(p.name for p in (site / "content").rglob("*.md"))
    result = run("new", "column", "--interviewer", "Eva", "--title", "x", "--role", "y")
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        "podium: error: --interviewer: a column is written by its author alone; leave it out, "
        "or write an interview (podium new interview)"
    ]
    assert sorted(p.name for p in (site / "content").rglob("*.md")) == before


def test_the_url_name_leaves_the_author_s_name_out_of_the_title(run, site):
    # "Marloes Visser: mijn eerste jaar" was written as marloes-visser-mijn-eerste-jaar.md:
    # her name in the URL and, once withdrawn, in withdrawn.yml ("no personal data").
    args = ("new", "column", "--lang", "nl", "--name", "Marloes Visser", "--role", "Planner",
            "--team", "", "--consent-given", "2026-05-01", "--social")  # fmt: skip
    result = run(*args, "--title", "Marloes Visser: mijn eerste jaar")
    assert result.exit_code == 0, result.output
    path = site / "content" / "columns" / "mijn-eerste-jaar.md"
    assert read_back(path.read_text("utf-8"))["title"] == "Marloes Visser: mijn eerste jaar"
    assert run(*args, "--title", "Hoe Marloes planner werd").exit_code == 0
    assert (site / "content" / "columns" / "hoe-planner-werd.md").is_file()
    assert not [p for p in site.joinpath("content").rglob("*.md") if "marloes" in p.name]
    assert run("withdraw", "--yes", "mijn-eerste-jaar").exit_code == 0
    assert "marloes" not in (site / "content" / "withdrawn.yml").read_text("utf-8").lower()
    # A title that is only the name leaves nothing for the URL: asked again.
    result = run(*args, input="Marloes Visser\nDe planning van een stormnacht\n")
    assert result.exit_code == 0, result.output
    assert "de URL-naam komt uit de titel zonder de naam van Marloes Visser" in result.output
    assert (site / "content" / "columns" / "de-planning-van-een-stormnacht.md").is_file()
    flag = run(*args, "--title", "Marloes Visser")
    assert flag.exit_code == 2 and "--title" in flag.output


@pytest.mark.parametrize("title", ["Aux", "CON", "Nul!"])
def test_a_title_that_makes_a_windows_device_name_gets_a_url_name_with_1(run, site, title):
    # podium new named the file aux.md, then refused it ("the file name "aux.md"
    # makes the slug "aux", a name Windows keeps for a device ... write another,
    # like "aux-1"), and wrote nothing; a writer had to think of another title.
    args = ("new", "column", "--lang", "nl", "--name", "Marloes Visser", "--role", "Planner",
            "--team", "", "--consent-given", "2026-05-01", "--social")  # fmt: skip
    result = run(*args, "--title", title)
    assert result.exit_code == 0, result.output
    slug = title.lower().rstrip("!")
    path = site / "content" / "columns" / f"{slug}-1.md"
    assert read_back(path.read_text("utf-8"))["title"] == title
    assert not (site / "content" / "columns" / f"{slug}.md").exists()


def test_a_possessive_of_the_author_s_name_leaves_no_lone_s_in_the_url_name(run, site):
    # "Jan's eerste storing" was written as s-eerste-storing.md: the name went,
    # its "'s" stayed; so did "Jan de Vries's".
    args = ("new", "column", "--lang", "nl", "--name", "Jan de Vries", "--role", "Monteur",
            "--team", "", "--consent-given", "2026-05-01", "--social")  # fmt: skip
    for title in ("Jan's eerste storing", "Jan de Vries's tweede storing"):
        assert run(*args, "--title", title).exit_code == 0
    columns = site / "content" / "columns"
    assert (columns / "eerste-storing.md").is_file()
    assert (columns / "tweede-storing.md").is_file()
    # An "s" that is no possessive stays: "'s ochtends" is a Dutch word.
    assert run(*args, "--title", "Wat Jan 's ochtends doet").exit_code == 0
    assert (columns / "wat-s-ochtends-doet.md").is_file()


def _listed_by(config, root, path):
    """The editor's collections that list ``path`` (Decap: the folder, then the
    file name ending in ``.<extension>``, then the ``filter`` on a field)."""
    front = read_back(path.read_text(encoding="utf-8"))
    rel = path.relative_to(root).as_posix()
    return [
        c["name"] for c in config["collections"] if "folder" in c
        if rel.rsplit("/", 1)[0] == c["folder"] and rel.endswith("." + c["extension"])
        and ("filter" not in c or front.get(c["filter"]["field"]) == c["filter"]["value"])
    ]  # fmt: skip


@pytest.mark.parametrize(("default", "other"), [("nl", "en"), ("en", "nl")])
def test_a_story_new_writes_in_another_language_is_in_the_editor(run, site, default, other):
    # `podium new interview --lang en` on the demo wrote my-year.md with `lang: en`:
    # the editor's Dutch collection filters on lang: nl and its English one lists
    # only *.en.md, so the story was in neither and could not be edited there.
    # On a hub in English first with Dutch second, the same for `--lang nl`.
    from podium_cli.build import load_settings
    from podium_cms import cms_config

    if default == "en":  # the reverse of the demo: the site's stories are Dutch
        conf = site / "pelicanconf.py"
        conf.write_text(conf.read_text("utf-8").replace(
            'DEFAULT_LANG = "nl"', 'DEFAULT_LANG = "en"'), encoding="utf-8")  # fmt: skip
        for story in (site / "content").glob("*/*.md"):
            story.unlink()
    written = {}
    for lang in (default, other):
        title = f"My year {lang}"
        result = run("new", "interview", "--lang", lang, "--name", "Sam Lee", "--role", "Planner",
                     "--team", "", "--title", title, "--interviewer", "",
                     "--consent-given", "2026-05-01", "--social")  # fmt: skip
        assert result.exit_code == 0, result.output
        (path,) = (site / "content" / "interviews").glob(f"my-year-{lang}*.md")
        written[lang] = path
    settings = load_settings(site / "pelicanconf.py")
    config = cms_config(settings, podium_settings.get(settings))
    for lang, path in written.items():
        assert _listed_by(config, site, path) == [f"interviews-{lang}"], path.name
    # Named as the editor names it: the title, and the language when not the default.
    assert written[default].name == f"my-year-{default}.md"
    assert written[other].name == f"my-year-{other}.{other}.md"
    # Its URL is the title's, as for a story in the default language.
    assert run("check").exit_code == 0


def test_a_translation_of_a_story_known_by_its_file_names_its_slug(run, site):
    # ben-bakker.md with slug: ben-nieuw: "--translation-of ben-bakker" said only
    # 'no story with slug "ben-bakker"', with no word of the slug to give.
    ben = site / "content" / "columns" / "ben-bakker.md"
    ben.write_text(ben.read_text("utf-8").replace("---\n", "---\nslug: ben-nieuw\n", 1), "utf-8")
    result = run("new", "column", "--translation-of", "ben-bakker", "--lang", "en")
    assert result.exit_code == 2
    assert result.output.strip() == (
        'podium: error: no story with slug "ben-bakker" in content; content/columns/'
        'ben-bakker.md has the slug "ben-nieuw" (its field "slug"): give that'
    )


@pytest.mark.parametrize(
    "given", ["content/columns/ben-bakker.md", "columns/ben-bakker.md", "ben-bakker.md"]
)
def test_a_translation_of_a_story_given_by_its_file(run, site, given):
    # A writer who tab-completes the original's file was told 'no story with
    # slug "content/columns/ben-bakker.md"', though the file is a story.
    result = run("new", "column", "--translation-of", given, "--lang", "en", "--title", "Three",
                 "--role", "Support")  # fmt: skip
    assert result.exit_code == 0, result.output
    front = read_back((site / "content" / "columns" / "ben-bakker.en.md").read_text("utf-8"))
    assert front["slug"] == "ben-bakker" and front["author"] == "Ben Bakker"


def test_a_translation_into_a_language_withdrawn_for_the_story_is_refused(run, site):
    # withdraw --lang en keeps /en/.../ben-bakker/ a tombstone: podium new wrote
    # ben-bakker.en.md there anyway, and podium check refused it afterwards.
    withdrawn = site / "content" / "withdrawn.yml"
    with withdrawn.open("a", encoding="utf-8") as f:
        f.write("  - slug: ben-bakker\n    langs: [en]\n")
    for lang, said in (
        (["--lang", "en"], '"ben-bakker" in en was withdrawn (content/withdrawn.yml, line 5): '
         "its address stays a tombstone, which a new translation may not take"),
        ([], '"ben-bakker" is in nl, and was withdrawn in en: a withdrawn language\'s address '
         "stays a tombstone, which a translation may not take"),
    ):  # fmt: skip
        result = run("new", "column", "--translation-of", "ben-bakker", *lang, "--title", "x",
                     "--role", "y")  # fmt: skip
        assert result.exit_code == 2
        assert result.output.strip() == f"podium: error: {said}"
    assert not list((site / "content").rglob("ben-bakker.en.md"))


def test_a_translation_of_a_file_that_is_no_story_is_one_line(run, site):
    result = run("new", "column", "--translation-of", "columns/ben-baker.md", "--lang", "en",
                 "--title", "x", "--role", "y")  # fmt: skip
    assert result.exit_code == 2
    assert result.output.strip() == (
        "podium: error: no story file columns/ben-baker.md in content; "
        "did you mean content/columns/ben-bakker.md?"
    )


@pytest.mark.parametrize(
    ("original", "said"),
    [
        # "no story with slug" sent the writer looking for a typo.
        (
            "teruggetrokken-verhaal",
            'podium: error: "teruggetrokken-verhaal" was withdrawn (content/withdrawn.yml): its '
            "author asked for it to be taken down, and it has no files left to translate",
        ),
        # Its consent ended: the translation was written, with that
        # consent.until, and was never published either, without a word.
        (
            "frank-consent-ended",
            'podium: error: "frank-consent-ended" is no longer published: its consent ended on '
            "2025-12-31 (consent.until in content/columns/frank-consent-ended.md), and a "
            "translation shares it; with the author's renewed consent, set a later "
            "consent.until there first",
        ),
    ],
)
def test_a_translation_of_a_story_taken_down_is_refused(run, site, original, said):
    result = run("new", "column", "--translation-of", original, "--lang", "en",
                 "--title", "x", "--role", "y")  # fmt: skip
    assert result.exit_code == 2
    assert result.output.strip() == said
    assert not list((site / "content").rglob(f"{original}.en.md"))
    # So for an author who left, on a hub that then takes the story down.
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text("utf-8").replace('"keep"', '"unpublish"'), "utf-8")
    result = run("new", "column", "--translation-of", "gina-alumni", "--lang", "en",
                 "--title", "x", "--role", "y")  # fmt: skip
    assert result.exit_code == 2
    assert result.output.strip().startswith(
        'podium: error: "gina-alumni" is no longer published: its author left on '
    )
    assert 'PODIUM_ALUMNI_POLICY is "unpublish"' in result.output


def test_a_translation_is_written_beside_its_original_in_a_subfolder(run, site):
    # interviews/2025/sub-anna.md: its translation went to interviews/, away
    # from it, though the command says it writes it beside its original.
    folder = site / "content" / "interviews" / "2025"
    folder.mkdir()
    anna = (site / "content" / "interviews" / "anna-de-boer.md").read_text("utf-8")
    (folder / "sub-anna.md").write_text(anna.replace("slug: anna-de-boer", "slug: sub-anna"))
    result = run("new", "interview", "--translation-of", "sub-anna", "--lang", "en",
                 "--title", "Sub", "--role", "Lead")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "Wrote content/interviews/2025/sub-anna.en.md" in result.output
    assert read_back((folder / "sub-anna.en.md").read_text("utf-8"))["slug"] == "sub-anna"


def _branch(output: str) -> str:
    (line,) = [ln for ln in output.splitlines() if "git switch -c " in ln]
    return line.split("git switch -c ", 1)[1]


@pytest.mark.parametrize(
    ("title", "branch"),
    [("De eerste klant om zeven uur", "story/de-eerste-klant-om-zeven-uur"), *[
        (title, None) for title in [*TRICKY, "Een dag..@{werk}.lock", "~^:?*[\\ ./", "🎉🎉"]
    ]],
)  # fmt: skip
def test_the_branch_to_switch_to_is_the_story_s_slug_and_valid_in_git(run, site, title, branch):
    # On a hub in English, `podium new column --lang nl` said "git switch -c
    # story/de-eerste-klant-om-zeven-uur.nl": the file's language suffix in the branch.
    import subprocess

    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text("utf-8").replace('DEFAULT_LANG = "nl"', 'DEFAULT_LANG = "en"'),
                    encoding="utf-8")  # fmt: skip
    result = run("new", "column", "--lang", "nl", "--name", "Sam Lee", "--role", "Planner",
                 "--team", "", "--title", title, "--consent-given", "2026-05-01",
                 "--social")  # fmt: skip
    assert result.exit_code == 0, result.output
    shown = _branch(result.output)
    assert shown.startswith("story/") and ".nl" not in shown, shown
    if branch is not None:
        assert shown == branch
        assert f"git push -u origin {branch}\n" in result.output + "\n"
    check = subprocess.run(["git", "check-ref-format", "--branch", shown], capture_output=True)
    assert check.returncode == 0, (shown, check.stderr)


def test_a_translation_s_branch_is_its_slug_and_language(run, site):
    # The original's branch is story/ben-bakker: the translation gets its own.
    result = run("new", "column", "--translation-of", "ben-bakker", input="Why I stop at three\n\n")
    assert result.exit_code == 0, result.output
    assert _branch(result.output) == "story/ben-bakker-en"


@pytest.mark.parametrize(
    ("alias", "lang"), [("oude-planning", "nl"), ("/en/stories/oude-planning/", "en")]
)
def test_a_title_whose_slug_is_an_old_url_of_a_story_is_asked_again(run, site, alias, lang):
    # Ben's column keeps an old address in "aliases" (a redirect to it). A new
    # story titled so was written at that address, and `podium check` then
    # refused it ("is an alias of content/columns/ben-bakker.md").
    column = site / "content" / "columns" / "ben-bakker.md"
    text = column.read_text(encoding="utf-8")
    column.write_text(text.replace("team: support", f"team: support\naliases: [{alias}]"))
    result = run("new", "column", "--lang", lang, "--name", "Sam Lee", "--role", "Planner",
                 "--team", "", "--consent-given", "2026-05-01", "--social",
                 input="Oude planning\nEen eigen titel\n")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "(content/columns/ben-bakker.md)" in result.output
    name = "een-eigen-titel.md" if lang == "nl" else "een-eigen-titel.en.md"
    assert (site / "content" / "columns" / name).is_file()
    assert run("check").exit_code == 0


@pytest.mark.parametrize(
    ("title", "name", "slug"),
    [
        ("Zoe的一年", "Zoë", "de-yi-nian"),  # another spelling of her name, against 的
        ("ZOË ØRSTED的一年", "Zoë Ørsted", "de-yi-nian"),
        ("ゾーイの一年", "ゾーイ", "noyi-nian"),  # her name in kana, as she writes it
        ("Anna de Boer的咖啡", "Anna de Boer", "de-ka-pei"),
        ("Kaffee de咖啡", "Anna de Boer", "kaffee-deka-pei"),  # a particle alone is no name
        ("Zoeken的一年", "Zoë", "zoekende-yi-nian"),  # a word that starts with it is not it
    ],
)
def test_a_name_against_chinese_or_japanese_characters_is_left_out_of_the_url(title, name, slug):
    """Chinese and Japanese write without spaces, and a name in letters there
    ran into the characters after it: "Zoe的一年" by Zoë was zoede-yi-nian, her
    name in the URL. A word of the name counts as it slugifies (Zoe is Zoë)."""
    from podium_cli.newstory import story_slug

    spec = NewStory("column", name, "Rol", None, "nl", title, dt.date(2026, 5, 1))
    assert story_slug(spec) == slug


@pytest.mark.parametrize(
    ("title", "name", "slug"),
    [
        ("Jan de Bakker: bakker worden", "Jan de Bakker", "worden"),
        ("Sanne Bos: werken in het bos", "Sanne Bos", "werken-in-het"),
        ("Van de tekentafel naar de bouw", "Joost van de Berg", "van-de-tekentafel-naar-de-bouw"),
    ],
)
def test_a_word_of_the_authors_name_leaves_the_url_also_as_a_word_of_the_title(title, name, slug):
    """Decided: a word of the author's name goes from a new story's slug also
    where the title uses it as a word of its own ("bakker worden", becoming a
    baker): a URL that keeps "bakker" beside Jan de Bakker's story still names
    him, for as long as the URL answers and in withdrawn.yml after. A poorer
    slug is the price; the writer who wants the word can write `slug`. A
    particle ("van de") names no one and stays."""
    from podium_cli.newstory import story_slug

    spec = NewStory("column", name, "Rol", None, "nl", title, dt.date(2026, 5, 1))
    assert story_slug(spec) == slug
