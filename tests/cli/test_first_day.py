"""A new company's first day: a hub set up from scratch, before it has much
content, builds and checks with one clear line for each mistake."""

from __future__ import annotations

import json
import shutil

import pytest

from podium_testkit import run_podium

# podium check's warning on a hub without content/themes.yml, which the build,
# report and tag give too.
NO_THEMES_FILE = (
    "content/themes.yml: warning: not found: no story gets a theme and the hub has no "
    "theme pages; write the themes file (contract §3: slug, name, description, color, "
    "keywords)"
)

# What `podium tag` says on a hub with no story yet.
NO_STORY_TO_TAG = "no story to tag yet: podium new interview (or column) writes the first"


def _without_stories(site):
    """The test site as a new hub's first day: no story, job or withdrawal yet."""
    content = site / "content"
    for folder in ("columns", "interviews", "vacancies"):
        shutil.rmtree(content / folder)
    (content / "withdrawn.yml").unlink()
    return content


def test_a_hub_with_themes_and_no_story_yet_builds(run, site):
    # The first build of a new hub, themes.yml written and no story or job yet,
    # failed with "podium: error: FileNotFoundError: ... pagefind/pagefind-component-ui.css":
    # no page was searchable, so the search bundle's folder was never made.
    _without_stories(site)
    result = run("build")
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output and "Error:" not in result.output
    entry = json.loads((site / "output" / "pagefind" / "pagefind-entry.json").read_text())
    assert "version" in entry
    assert (site / "output" / "search" / "index.html").is_file()


def test_the_report_of_a_hub_without_jobs_does_not_say_every_theme_has_stories(run, site):
    # A new company's first report, before any job is in: "none: every theme with
    # open jobs has recent stories", though no theme had a story, read as all well.
    _without_stories(site)
    none = (
        "none yet: no theme has open jobs (a theme needs stories once it has open jobs and "
        "fewer than two published stories, or none from the last 183 days)"
    )
    text = run("report").output.splitlines()
    at = text.index("Themes where recruiting needs stories:")
    assert text[at + 1] == f"- {none}"
    assert f"- {none[0].upper()}{none[1:]}" in run("report", "--format", "markdown").output
    html = run("report", "--format", "html").output
    assert f"<p>{none[0].upper()}{none[1:]}.</p>" in html


@pytest.mark.parametrize("fmt", ["text", "html"])
def test_the_report_of_a_hub_without_a_themes_file_says_why_its_table_is_empty(run, site, fmt):
    # `podium report` on a hub with no content/themes.yml printed a table with no
    # row and nothing else: the warning `podium check` gives was not said.
    content = _without_stories(site)
    (content / "themes.yml").unlink()
    result = run("report", "--format", fmt)
    assert result.exit_code == 0, result.output
    said = [ln for ln in result.stderr.splitlines() if "themes.yml" in ln]
    assert said == [NO_THEMES_FILE], result.output
    # The page says it too (test_a_report_file_of_a_hub_without_a_themes_file_says_
    # why_it_is_empty); the terminal's text table once, on stderr.
    assert fmt == "html" or "themes.yml" not in result.stdout


@pytest.mark.parametrize(
    "name,shown",
    [("report.txt", f"- {NO_THEMES_FILE}"), ("report.md", f"- `{NO_THEMES_FILE}`"),
     ("report.json", json.dumps(NO_THEMES_FILE, ensure_ascii=False)),
     ("report.html", f"<code>{NO_THEMES_FILE}</code>")],
)  # fmt: skip
def test_a_report_file_of_a_hub_without_a_themes_file_says_why_it_is_empty(run, site, name, shown):
    # The warning went to stderr only: the page or file the team reads (or mails
    # on) had a table without a row, and its open job's hub was told "none yet:
    # no theme has open jobs", though the hub has one and no theme to put it in.
    content = _without_stories(site)
    (content / "themes.yml").unlink()
    (content / "vacancies").mkdir()
    (content / "vacancies" / "developer.yml").write_text(
        'id: "502"\ntitle: Developer\nteam: engineering\nlocation: {remote: true, country: NL}\n'
        "employment_type: PART_TIME\ndate_posted: 2026-05-10\n"
        "apply_url: https://example.com/apply/502\nlang: en\ndescription: Code.\n",
        encoding="utf-8",
    )
    result = run("report", "-o", name)
    assert result.exit_code == 0, result.output
    written = (site / name).read_text(encoding="utf-8")
    assert shown in written, written
    assert "no theme has open jobs" not in written
    assert name.endswith(".json") or "the hub has no themes yet" in written


@pytest.mark.parametrize("explain", [[], ["--explain"]])
def test_tag_on_a_hub_without_a_themes_file_says_why_no_story_has_one(run, site, explain):
    # `podium tag` said "no themes" for every story of a hub without
    # content/themes.yml, and not that the file is missing.
    content = site / "content"
    (content / "themes.yml").unlink()
    shutil.rmtree(content / "vacancies")  # its jobs name themes: an error without the file
    for story in content.rglob("*.md"):
        text = story.read_text(encoding="utf-8")
        kept = [ln for ln in text.splitlines(keepends=True) if not ln.startswith("themes:")]
        story.write_text("".join(kept), encoding="utf-8")
    result = run("tag", *explain)
    assert result.exit_code == 0, result.output
    said = [ln for ln in result.output.splitlines() if ln.startswith("content/themes.yml")]
    assert said == [NO_THEMES_FILE], result.output


@pytest.mark.parametrize("explain", [[], ["--explain"]])
def test_tag_on_a_hub_with_themes_and_no_story_yet_says_there_is_none(run, site, explain):
    # `podium tag` on a new hub, themes.yml written and no story yet, printed
    # nothing and exited 0: as if it had not run.
    _without_stories(site)
    result = run("tag", *explain)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""  # no story line for a script reading them
    assert result.stderr.splitlines() == [NO_STORY_TO_TAG]


def test_a_hub_with_no_story_and_no_themes_file_is_told_so_once(run, site):
    # The first day, the demo's content taken out and themes.yml not written yet:
    # `podium check` and the build said "0 errors, 0 warnings", where README
    # promises one warning on content/themes.yml (given only once a story was in).
    content = _without_stories(site)
    (content / "themes.yml").unlink()
    result = run("check")
    assert result.exit_code == 0, result.output
    assert [ln for ln in result.output.splitlines() if "themes.yml" in ln] == [NO_THEMES_FILE]
    result = run("build")  # its warnings go to the log; the summary counts them
    assert result.exit_code == 0, result.output
    assert "0 stories, " in result.output and " 1 warning" in result.output, result.output


@pytest.mark.parametrize(
    ("written", "meant"),
    [("DEFAULT_LANGUAGE", "DEFAULT_LANG"), ("SITE_NAME", "SITENAME"), ("TIME_ZONE", "TIMEZONE")],
)
def test_a_misspelt_pelican_setting_is_one_line_naming_the_setting(run, site, written, meant):
    # DEFAULT_LANGUAGE = "nl" left Pelican's DEFAULT_LANG "en": the check then
    # reported every Dutch story as a duplicate English slug, naming no setting;
    # SITE_NAME and TIME_ZONE passed without a word.
    conf = site / "pelicanconf.py"
    text = conf.read_text(encoding="utf-8")
    assert f"\n{meant} = " in text
    conf.write_text(text.replace(f"\n{meant} = ", f"\n{written} = "), encoding="utf-8")
    line = text.split(f"\n{meant} = ")[0].count("\n") + 2
    result = run("check")
    assert result.exit_code == 1
    errors = [ln for ln in result.output.splitlines() if ": error: " in ln]
    assert errors == [
        f"pelicanconf.py:{line}: error: setting {written} is not one Pelican or Podium reads "
        f'(did you mean "{meant}"?); as written it is ignored and {meant} keeps its default'
    ]


def test_a_misspelt_setting_beside_the_right_one_says_that_one_keeps_its_value(run, site):
    # TIME_ZONE added to a file that sets TIMEZONE: "TIMEZONE keeps its
    # default" was not so; it keeps the file's own.
    conf = site / "pelicanconf.py"
    text = conf.read_text(encoding="utf-8")
    assert "\nTIMEZONE = " in text
    conf.write_text(text + 'TIME_ZONE = "Europe/Berlin"\n', encoding="utf-8")
    result = run("check")
    assert result.exit_code == 1
    assert (
        f"pelicanconf.py:{len(text.splitlines()) + 1}: error: setting TIME_ZONE is not one "
        'Pelican or Podium reads (did you mean "TIMEZONE"?); as written it is ignored and '
        "TIMEZONE keeps its value in this file"
    ) in result.output.splitlines()


def test_a_setting_written_with_small_letters_is_one_line_naming_it(run, site):
    # PODIUM_languages = ["en"] was skipped by Pelican, which reads only names
    # in capitals: the hub went on in both languages without a word. A name of
    # the file's own in small letters (`path`, an imported `timezone`) is left.
    conf = site / "pelicanconf.py"
    text = conf.read_text(encoding="utf-8")
    assert "\nPODIUM_LANGUAGES = " in text and "\nPODIUM_LATEST_COUNT = " not in text
    conf.write_text(
        text + "from datetime import timezone\npath = 'x'\nSitename = 'x'\n"
        "Podium_Latest_Count = 3\nPODIUM_languages = ['en']\n",
        encoding="utf-8",
    )
    end = len(text.splitlines())
    result = run("check")
    assert result.exit_code == 1
    assert [ln for ln in result.output.splitlines() if ": error: " in ln] == [
        f"pelicanconf.py:{end + 3}: error: setting Sitename is not read: Pelican reads only "
        "names in capitals; SITENAME, in capitals in this file too, keeps that value: change "
        "it there",
        f"pelicanconf.py:{end + 4}: error: setting Podium_Latest_Count is not read: Pelican reads "
        "only names in capitals; write PODIUM_LATEST_COUNT",
        f"pelicanconf.py:{end + 5}: error: setting PODIUM_languages is not read: Pelican reads "
        "only names in capitals; PODIUM_LANGUAGES, in capitals in this file too, keeps that "
        "value: change it there",
    ]


def test_pelicans_old_name_plugin_path_is_pelicans_one_line(site):
    # PLUGIN_PATH, Pelican's old name, which Pelican reads as PLUGIN_PATHS with a
    # warning of its own: a second line called it ignored, and the check failed.
    conf = site / "pelicanconf.py"
    text = conf.read_text(encoding="utf-8")
    conf.write_text(text.replace("\nPLUGIN_PATHS = ", "\nPLUGIN_PATH = "), encoding="utf-8")
    line = text.split("\nPLUGIN_PATHS = ")[0].count("\n") + 2
    result = run_podium(site, "check")  # the command as run, with its log's lines
    assert result.returncode == 0, result.stderr
    said = (result.stdout + result.stderr).splitlines()
    assert [ln for ln in said if "PLUGIN_PATH" in ln] == [
        f"pelicanconf.py:{line}: warning: PLUGIN_PATH setting has been replaced by "
        "PLUGIN_PATHS, moving it to the new setting name."
    ]


def _settings_with(site, changes: list[tuple[str, str]]):
    """pelicanconf.py with each (was, now) of ``changes`` made; the line that
    starts with a text, in the file as written."""
    conf = site / "pelicanconf.py"
    text = conf.read_text(encoding="utf-8")
    for was, now in changes:
        assert was in text
        text = text.replace(was, now)
    conf.write_text(text, encoding="utf-8")
    lines = text.splitlines()
    return lambda start: next(i for i, ln in enumerate(lines, 1) if ln.startswith(start))


@pytest.mark.parametrize("command", ["build", "check"])
def test_every_wrong_setting_is_said_in_one_run(run, site, command):
    # A new hub's settings with four mistakes: TIME_ZONE was reported alone; fixed,
    # PODIUM_LANGAUGES alone; fixed, the colour and the policy. Each misspelt name
    # is checked as the one meant: PODIUM_LANGAUGES = ["en"] read as the default
    # nl and en added an error for every team without a Dutch name.
    line = _settings_with(site, [
        ('TIMEZONE = "Europe/Amsterdam"', 'TIME_ZONE = "Europe/Amsterdm"'),
        ('DEFAULT_LANG = "nl"', 'DEFAULT_LANG = "en"'),
        ('PODIUM_LANGUAGES = ["nl", "en"]', 'PODIUM_LANGAUGES = ["en"]'),
        ('"color": "#0b5d4b"', '"color": "purple"'),
        ('{"nl": "Techniek", "en": "Engineering"}', '{"en": "Engineering"}'),
        ('PODIUM_ALUMNI_POLICY = "keep"', 'PODIUM_ALUMNI_POLICY = "forget"'),
    ])  # fmt: skip

    result = run(command)
    assert result.exit_code == 1, result.output
    said = [ln.split("; Podium's settings are")[0] for ln in result.output.splitlines()]
    assert said == [
        f"pelicanconf.py:{line('TIME_ZONE')}: error: setting TIME_ZONE (checked as TIMEZONE) "
        'must be a time zone name like "Europe/Amsterdam", not "Europe/Amsterdm" (did you '
        'mean "Europe/Amsterdam"?)',
        f"pelicanconf.py:{line('TIME_ZONE')}: error: setting TIME_ZONE is not one Pelican or "
        'Podium reads (did you mean "TIMEZONE"?); as written it is ignored and TIMEZONE keeps '
        "its default",
        f"pelicanconf.py:{line('PODIUM_LANGAUGES')}: error: setting PODIUM_LANGAUGES is "
        'unknown (did you mean "PODIUM_LANGUAGES"?)',
        f"pelicanconf.py:{line('PODIUM_BRAND')}: error: setting PODIUM_BRAND['color'] must be "
        'a colour as "#rrggbb" or "#rgb", not "purple"',
        f"pelicanconf.py:{line('PODIUM_ALUMNI_POLICY')}: error: setting PODIUM_ALUMNI_POLICY "
        'must be one of "keep", "anonymize", "unpublish", not "forget"',
    ]


def test_names_of_the_settings_file_own_are_not_refused(run, site):
    # publishconf.py keeps INDEXNOW_KEY, the test site ROOT: names far from any setting.
    conf = site / "pelicanconf.py"
    conf.write_text(
        conf.read_text(encoding="utf-8") + 'INDEXNOW_KEY = "abc"\nHEADERS = {}\nBIN = "x"\n',
        encoding="utf-8",
    )
    result = run("check")
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("command", ["build", "check"])
def test_a_settings_file_without_theme_is_one_line_naming_theme(run, site, command):
    # A pelicanconf.py written from the README's settings table leaves THEME out;
    # Pelican then takes its own "notmyidea" and the build ended in
    # "PelicanTemplateNotFound: [templates] unable to load listing[.html] from [...]".
    conf = site / "pelicanconf.py"
    lines = conf.read_text(encoding="utf-8").splitlines(keepends=True)
    conf.write_text("".join(ln for ln in lines if not ln.startswith("THEME")), encoding="utf-8")
    result = run(command)
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (
        'pelicanconf.py: error: setting THEME must be Podium\'s theme folder, like "theme" '
        "(the theme/ folder of Podium's repository, copied beside the settings file), not "
        'Pelican\'s own "notmyidea", which it is when THEME is left out'
    )
    assert not (site / "output").exists()


@pytest.mark.parametrize("command", ["build", "check"])
def test_a_quickstart_settings_file_is_said_wrong_in_one_run(run, site, command):
    """A pelicanconf.py as pelican-quickstart writes it (no THEME, no PLUGINS,
    RELATIVE_URLS = True for local previews): the first run said RELATIVE_URLS
    alone, the second THEME, the third PLUGINS; the developer learnt of each
    mistake only once the one before it was put right."""
    conf = site / "pelicanconf.py"
    lines = conf.read_text(encoding="utf-8").splitlines(keepends=True)
    text = "".join(ln for ln in lines if not ln.startswith(("THEME", "PLUGIN")))
    text += "RELATIVE_URLS = True\n"
    conf.write_text(text, encoding="utf-8")
    relative = text.splitlines().index("RELATIVE_URLS = True") + 1
    result = run(command)
    assert result.exit_code == 1, result.output
    said = {ln.split(": error: setting ")[1].split()[0]: ln for ln in result.output.splitlines()}
    assert sorted(said) == ["PLUGINS", "RELATIVE_URLS", "THEME"], result.output
    assert said["RELATIVE_URLS"].startswith(f"pelicanconf.py:{relative}: error: setting ")
    assert said["THEME"].startswith("pelicanconf.py: error: setting THEME must be Podium's theme")
    assert said["PLUGINS"].startswith("pelicanconf.py: error: setting PLUGINS lacks Podium's ")
    assert not (site / "output").exists()


@pytest.mark.parametrize("name", ["themes.yaml", "Themes.yml", "theme.yml"])
def test_a_misnamed_themes_file_is_an_error_not_a_hub_without_themes(run, site, name):
    # content/themes.yaml was passed over without a word: a new hub, whose stories
    # name no theme yet, built with no theme pages and tagged no story, while
    # vacancies/x.yaml is an error.
    content = site / "content"
    (content / "themes.yml").rename(content / name)
    result = run("check")
    assert result.exit_code == 1
    errors = [ln for ln in result.output.splitlines() if ": error: " in ln]
    # (Stories naming a theme say that it needs themes.yml: the rename fixes those too.)
    assert (
        f'content/{name}: error: is not read: the file must be named "themes.yml"; rename it'
    ) in errors


def test_a_hub_without_a_themes_file_builds_with_one_warning_saying_so(run, site):
    # A hub without content/themes.yml built with no theme pages and no story
    # tagged, and said nothing: its editor had no way to learn why.
    content = site / "content"
    (content / "themes.yml").unlink()
    # Stories and vacancies that name themes are refused without it (one line each).
    for story in [*content.rglob("*.md"), *content.glob("vacancies/*.yml")]:
        text = story.read_text(encoding="utf-8")
        kept = [ln for ln in text.splitlines(keepends=True) if not ln.startswith("themes:")]
        story.write_text("".join(kept), encoding="utf-8")
    assert run("build").exit_code == 0
    result = run("check")
    assert result.exit_code == 0, result.output
    warnings = [ln for ln in result.output.splitlines() if "themes.yml" in ln]
    assert warnings == [NO_THEMES_FILE]


def test_the_report_of_a_hub_whose_themes_file_is_missing_says_so_with_its_errors(run, site):
    # Stories that name themes, and no content/themes.yml (moved, or not yet
    # written): no report in any format, not a word of the missing file, and a
    # dashboard reading the JSON got an empty answer.
    (site / "content" / "themes.yml").unlink()
    result = run("report", "--format", "json")
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    assert NO_THEMES_FILE in lines
    assert any('"themes" needs a file content/themes.yml' in ln for ln in lines)
    data = json.loads(result.stdout)
    assert data["themes"] == [] and data["errors"]


def test_two_files_whose_names_differ_only_in_case_get_a_warning(run, site):
    # content/vacancies/Data-Engineer.yml beside data-engineer.yml passed: on
    # macOS and Windows they are one file, and a writer's checkout kept one.
    vacancies = site / "content" / "vacancies"
    text = (vacancies / "data-engineer.yml").read_text(encoding="utf-8")
    (vacancies / "Data-Engineer.yml").write_text(text.replace('"501"', '"601"'), "utf-8")
    result = run("check")
    assert _case_twins(result) == [
        _case_twin("content/vacancies/data-engineer.yml", "content/vacancies/Data-Engineer.yml")
    ]


def _case_twins(result) -> list[str]:
    return [ln for ln in result.output.splitlines() if "only in upper and lower case" in ln]


def _case_twin(path: str, twin: str) -> str:
    """The warning on ``path``, whose name differs from ``twin``'s in case alone."""
    return (
        f'{path}: warning: differs from "{twin}" only in upper and lower case: on macOS and '
        "Windows they are one file, and a checkout keeps only one; rename one"
    )


def test_two_photos_whose_names_differ_only_in_case_get_a_warning_when_both_are_used(run, site):
    # The warning was dropped for a file a story names (its own problems are the
    # story's to report), so with one story naming Anna.jpg and another anna.jpg
    # neither was warned of, and a checkout on macOS gave one the other's portrait.
    from PIL import Image

    photos = site / "content" / "images" / "qb"
    photos.mkdir(parents=True)
    Image.new("RGB", (400, 400), (200, 90, 90)).save(photos / "Anna.jpg")
    Image.new("RGB", (400, 400), (90, 90, 200)).save(photos / "anna.jpg")
    stories = sorted((site / "content" / "columns").glob("*.md"))[:2]
    for story, name in zip(stories, ("Anna.jpg", "anna.jpg"), strict=True):
        text = story.read_text(encoding="utf-8")
        story.write_text(text.replace("\n", f"\nphoto: images/qb/{name}\n", 1), "utf-8")
    result = run("check")
    assert _case_twins(result) == [
        _case_twin("content/images/qb/anna.jpg", "content/images/qb/Anna.jpg")
    ], result.output


def test_an_unquoted_theme_colour_says_that_yaml_read_it_as_a_comment(run, site):
    # `color: #a0522d`, as a colour is written everywhere else, is a YAML
    # comment: the field is empty, and the line said "missing required field"
    # beside the colour the editor could see written on it.
    themes = site / "content" / "themes.yml"
    text = themes.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    at = next(i for i, ln in enumerate(lines) if ln.lstrip().startswith("color:"))
    indent = lines[at][: len(lines[at]) - len(lines[at].lstrip())]
    lines[at] = f"{indent}color: #a0522d\n"
    themes.write_text("".join(lines), encoding="utf-8")
    result = run("check")
    assert result.exit_code == 1
    errors = [ln for ln in result.output.splitlines() if ": error: " in ln]
    assert errors == [
        f'content/themes.yml:{at + 1}: error: field "themes.0.color" of theme "tech" is empty: '
        'in YAML an unquoted "#" starts a comment; put the value in quotes, like color: "#a0522d"'
    ]


def test_podium_new_help_names_no_team_of_the_demo(run):
    # "--team TEXT  Team slug, e.g. engineering.": a bakery's writer has no
    # such team; the slugs are the hub's own PODIUM_TEAMS.
    result = run("new", "--help")
    assert result.exit_code == 0
    assert "engineering" not in result.output
    assert "PODIUM_TEAMS" in " ".join(result.output.split())


def test_a_hub_without_a_brand_name_is_told_its_jobs_name_the_site_as_employer(run, site):
    # A settings file as pelican-quickstart writes it, Podium's lines added but not
    # PODIUM_BRAND: the company's name came from SITENAME, so every JobPosting
    # told Google for Jobs the employer is "Werken bij Testbedrijf", without a word.
    conf = site / "pelicanconf.py"
    text = conf.read_text(encoding="utf-8")
    brand = next(ln for ln in text.splitlines() if ln.startswith("PODIUM_BRAND = "))
    conf.write_text(text.replace(brand, ""), encoding="utf-8")
    line = text.splitlines().index('SITENAME = "Werken bij Testbedrijf"') + 1
    warning = (
        f'pelicanconf.py:{line}: warning: setting PODIUM_BRAND has no "name", so the job '
        'postings name the employer "Werken bij Testbedrijf" (SITENAME) to Google for Jobs '
        'and job boards; give the company\'s own name, like PODIUM_BRAND = {"name": '
        '"Testbedrijf"}'
    )
    result = run("check")
    assert result.exit_code == 0, result.output
    assert warning in result.output.splitlines(), result.output
    # No open job, nothing to tell; nor with a name given.
    for job in (site / "content" / "vacancies").glob("*.yml"):
        job.unlink()
    assert 'has no "name"' not in run("check").output


def test_a_theme_description_in_one_language_of_two_is_a_warning(run, site):
    # `description: {en: ...}` on a hub that also publishes nl passed check
    # silently, and the Dutch theme page had no description (README step 3
    # asks for one in every language).
    themes = site / "content" / "themes.yml"
    text = themes.read_text(encoding="utf-8")
    text = text.replace('{nl: "Software en data.", en: "Software and data."}',
                        '{en: "Software and data."}')  # fmt: skip
    themes.write_text(text, encoding="utf-8")
    result = run("check")
    assert result.exit_code == 0, result.output
    said = [ln for ln in result.output.splitlines() if "description" in ln]
    assert said == [
        'content/themes.yml:4: warning: theme "tech" field "themes.0.description" has no text '
        'in "nl" of PODIUM_LANGUAGES, so that language\'s theme page shows none: write it in '
        "every language, like {nl: ..., en: ...}, or one text for all"
    ]


@pytest.mark.parametrize(
    ("written", "line"),
    [("", 2), ('    description: ""\n', 4)],
)
def test_a_theme_without_a_description_is_a_warning(run, site, written, line):
    # A day-one theme of a name, a colour and keywords passed check silently,
    # though the tagger reads the description's words as evidence and the
    # theme's page shows it as its lead.
    themes = site / "content" / "themes.yml"
    text = themes.read_text(encoding="utf-8")
    described = '    description: {nl: "Software en data.", en: "Software and data."}\n'
    themes.write_text(text.replace(described, written, 1), encoding="utf-8")
    result = run("check")
    assert result.exit_code == 0, result.output
    said = [ln for ln in result.output.splitlines() if "description" in ln]
    assert said == [
        f'content/themes.yml:{line}: warning: theme "tech" has no field "themes.0.description": '
        "its page shows no lead and the tagger has only its name and keywords to go on; add "
        "one sentence, like description: {nl: ..., en: ...}"
    ]


def test_a_theme_description_only_in_a_language_the_hub_does_not_publish_is_a_warning(run, site):
    # {nl: ...} alone on an English-only hub is kept unread: the English theme
    # page has no description, and that said nothing either.
    conf = site / "pelicanconf.py"
    text = conf.read_text(encoding="utf-8")
    text = text.replace('DEFAULT_LANG = "nl"', 'DEFAULT_LANG = "en"')
    conf.write_text(text.replace('PODIUM_LANGUAGES = ["nl", "en"]', 'PODIUM_LANGUAGES = ["en"]'),
                    encoding="utf-8")  # fmt: skip
    themes = site / "content" / "themes.yml"
    text = themes.read_text(encoding="utf-8")
    themes.write_text(text.replace('{nl: "Software en data.", en: "Software and data."}',
                                   '{nl: "Software en data."}'), encoding="utf-8")  # fmt: skip
    result = run("check")
    said = [ln for ln in result.output.splitlines() if "description" in ln]
    assert said == [
        'content/themes.yml:4: warning: theme "tech" field "themes.0.description" has no text '
        'in "en" of PODIUM_LANGUAGES, so that language\'s theme page shows none: write it in '
        "every language, like {en: ...}, or one text for all"
    ]


@pytest.mark.parametrize("command", ["build", "check"])
def test_a_wrong_output_path_is_said_with_the_other_wrong_settings(run, site, command):
    # OUTPUT_PATH = "content/site" beside a wrong alumni policy: the policy was said
    # alone, and the output folder only in the next run, once the policy was right.
    line = _settings_with(site, [
        ('OUTPUT_PATH = "output"', 'OUTPUT_PATH = "content/site"'),
        ('PODIUM_ALUMNI_POLICY = "keep"', 'PODIUM_ALUMNI_POLICY = "forget"'),
    ])  # fmt: skip
    output, policy = line("OUTPUT_PATH"), line("PODIUM_ALUMNI_POLICY")
    result = run(command)
    assert result.exit_code == 1, result.output
    assert [ln for ln in result.output.splitlines() if ": error: " in ln] == [
        f"pelicanconf.py:{output}: error: setting OUTPUT_PATH is 'content/site', which is "
        "inside content/, and the build replaces the whole folder; choose a folder of its "
        'own, like "output"',
        f"pelicanconf.py:{policy}: error: setting PODIUM_ALUMNI_POLICY must be one of "
        '"keep", "anonymize", "unpublish", not "forget"',
    ]
    assert not (site / "content" / "site").exists()


@pytest.mark.parametrize("command", ["build", "check"])
def test_a_one_language_hub_without_default_lang_is_told_to_set_it(run, site, command):
    # A Dutch-only hub whose settings leave DEFAULT_LANG out (the README's step 2
    # lists it, a new file may not): "setting DEFAULT_LANG must be one of
    # PODIUM_LANGUAGES ("nl")", of a setting the file never wrote, on no line.
    _settings_with(site, [
        ('DEFAULT_LANG = "nl"\n', ""),
        ('PODIUM_LANGUAGES = ["nl", "en"]', 'PODIUM_LANGUAGES = ["nl"]'),
    ])  # fmt: skip
    result = run(command)
    assert result.exit_code == 1, result.output
    assert result.output.splitlines() == [
        'pelicanconf.py: error: setting DEFAULT_LANG must be one of PODIUM_LANGUAGES ("nl"), '
        'not "en" (Pelican\'s default, as the settings file does not set it); add '
        'DEFAULT_LANG = "nl"'
    ]


def test_a_feed_naming_a_theme_the_hub_lacks_is_said_on_the_setting(run, site):
    # A new hub that kept the demo's feed (themes: ["sustainability"]) passed the
    # check until its first pull; then each of the feed's vacancies was refused, in
    # the snapshot, for a theme the settings had named.
    conf = site / "pelicanconf.py"
    text = conf.read_text(encoding="utf-8")
    feed = '{"name": "ats", "kind": "recruitee", "url": "https://x.recruitee.com/api/offers/"'
    conf.write_text(text + f'PODIUM_FEEDS = [{feed}, "themes": ["sustainability"]}}]\n')
    result = run("check")
    assert result.exit_code == 1, result.output
    assert [ln for ln in result.output.splitlines() if ": error: " in ln] == [
        f"pelicanconf.py:{len(text.splitlines()) + 1}: error: setting PODIUM_FEEDS[0]['themes'] "
        'of feed "ats": unknown theme "sustainability" in "themes"; valid themes are "tech" '
        '(Techniek & data), "balance" (Werk & privé)'
    ]


def test_a_feed_mapping_to_a_team_the_hub_lacks_is_said_on_the_setting(run, site):
    # A new hub that kept the demo's feed (team_map to "customer-care" and
    # "field-service") beside its own PODIUM_TEAMS passed the check: every pulled
    # job of those departments then had a team no story or team name has.
    conf = site / "pelicanconf.py"
    text = conf.read_text(encoding="utf-8")
    feed = '{"name": "ats", "kind": "recruitee", "url": "https://x.recruitee.com/api/offers/"'
    teams = '{"Customer Care": "customer-care", "Techniek": "engineering", "Support": "suport"}'
    conf.write_text(text + f'PODIUM_FEEDS = [{feed}, "team_map": {teams}}}]\n')
    result = run("check")
    assert result.exit_code == 1, result.output
    where = f"pelicanconf.py:{len(text.splitlines()) + 1}: error: setting PODIUM_FEEDS[0]"
    assert [ln for ln in result.output.splitlines() if ": error: " in ln] == [
        f'{where}[\'team_map\'] of feed "ats": "Customer Care" maps to team '
        '"customer-care", which is not in PODIUM_TEAMS; valid teams are "engineering", '
        '"support"',
        f'{where}[\'team_map\'] of feed "ats": "Support" maps to team "suport", which '
        'is not in PODIUM_TEAMS (did you mean "support"?); valid teams are "engineering", '
        '"support"',
    ]


def test_theme_keywords_in_one_language_of_two_are_a_warning(run, site):
    # An English-first hub's theme with keywords {en: [...]} only: its Dutch stories
    # had none of them, and check said nothing (it does for such a description).
    themes = site / "content" / "themes.yml"
    text = themes.read_text(encoding="utf-8")
    themes.write_text(text.replace("      nl: [software, data, dashboard, developer, code]\n", "",
                                   1), encoding="utf-8")  # fmt: skip
    result = run("check")
    assert result.exit_code == 0, result.output
    said = [ln for ln in result.output.splitlines() if "keywords" in ln]
    assert said == [
        'content/themes.yml:6: warning: theme "tech" field "themes.0.keywords" has no words '
        'in "nl" of PODIUM_LANGUAGES, so the tagger has none of them for a story in that '
        "language: write them in every language, like keywords: {nl: [...], en: [...]}"
    ], result.output


def test_theme_keywords_only_in_a_language_the_hub_does_not_publish_are_a_warning(run, site):
    # A Dutch-only hub's theme copied with its English keywords: the tagger
    # reads a story's keywords in the story's language, so it had none of
    # them, and check said nothing.
    conf = site / "pelicanconf.py"
    text = conf.read_text(encoding="utf-8")
    conf.write_text(text.replace('PODIUM_LANGUAGES = ["nl", "en"]', 'PODIUM_LANGUAGES = ["nl"]'),
                    encoding="utf-8")  # fmt: skip
    themes = site / "content" / "themes.yml"
    text = themes.read_text(encoding="utf-8")
    themes.write_text(text.replace("      nl: [software, data, dashboard, developer, code]\n", "",
                                   1), encoding="utf-8")  # fmt: skip
    result = run("check")
    said = [ln for ln in result.output.splitlines() if "keywords" in ln]
    assert said == [
        'content/themes.yml:6: warning: theme "tech" field "themes.0.keywords" has words only '
        'in "en", which PODIUM_LANGUAGES ("nl") leaves out, so the tagger reads none of them; '
        "write them in the hub's languages, like keywords: {nl: [...]}"
    ], result.output


def test_a_hub_that_keeps_the_demos_editor_repository_is_warned(run, site):
    # README's step 2 says to remove the demo's PODIUM_CMS or point it at the hub's
    # own repository; kept, `podium check` passed without a word, and the hub's
    # /admin/ editor logged in to the demo's repository to save its stories there.
    conf = site / "pelicanconf.py"
    text = conf.read_text(encoding="utf-8")
    conf.write_text(
        text + 'PODIUM_CMS = {"repo": "helder-energie/werken-bij", "branch": "main"}\n', "utf-8"
    )
    line = text.count("\n") + 1
    result = run("check")
    assert result.exit_code == 0, result.output
    said = [ln for ln in result.output.splitlines() if "PODIUM_CMS" in ln]
    assert said == [
        f"pelicanconf.py:{line}: warning: setting PODIUM_CMS['repo'] is the demo's repository, "
        '"helder-energie/werken-bij": the browser editor at /admin/ would save stories there; '
        'give your hub\'s own, like "your-org/your-hub", or remove PODIUM_CMS'
    ], result.output


# A day-one themes.yml with an error beside the warnings (README "Themes").
DAY_ONE_THEMES = """\
themes:
  - slug: tech
    name: {nl: "Techniek & data", en: "Tech & data"}
    description: {nl: "Software en data.", en: "Software and data."}
    color: "#1f5fbf"
    keywords:
      nl: [software, data, "", developer, code]
  - slug: balance
    name: {nl: "Werk & privé", en: "Work-life balance"}
    color: "#f0f0f0"
    keywords:
      nl: [parttime, vrijdag, rust]
      en: [part-time, friday, rest]
"""


def test_a_themes_file_with_an_error_has_its_warnings_said_in_the_same_run(run, site):
    # One empty keyword held back the file's every warning: a day-one editor
    # ran check, fixed the keyword, ran again and only then was told of the
    # missing English keywords, the missing description and the pale colour.
    (site / "content" / "themes.yml").write_text(DAY_ONE_THEMES, encoding="utf-8")
    result = run("check")
    assert result.exit_code == 1, result.output
    said = [ln for ln in result.output.splitlines() if ln.startswith("content/themes.yml")]
    assert [ln.split(": ", 2)[:2] for ln in said] == [
        ["content/themes.yml:6", "warning"],  # tech's keywords: no "en"
        ["content/themes.yml:7", "error"],  # the empty keyword
        ["content/themes.yml:8", "warning"],  # balance: no description
        ["content/themes.yml:10", "warning"],  # balance: its colour's contrast
    ], result.output
    assert 'has no words in "en" of PODIUM_LANGUAGES' in said[0]
    assert 'theme "balance" has no field "themes.1.description"' in said[2]
    assert 'theme "balance" color "#f0f0f0" has a contrast of 1.14:1' in said[3]


def test_a_partly_broken_themes_file_has_the_warnings_of_the_themes_that_read(run, site):
    # A theme that is not a mapping, keywords as one string, a missing name, a
    # list as a slug and a key given twice: each an error of one line, and the
    # themes that read still get their warnings, with no traceback; nothing is
    # built with a broken themes file.
    text = DAY_ONE_THEMES.replace('"", ', "") + (
        "  - just a string\n"
        "  - slug: [ops]\n"
        "    name: {nl: Ops, en: Ops}\n"
        '    color: "#1f5fbf"\n'
        "  - slug: care\n"
        '    name: {nl: "Zorg", en: "Care"}\n'
        '    color: "#1f5fbf"\n'
        '    keywords: "zorg, client"\n'
        "  - slug: nameless\n"
        '    color: "#ffffff"\n'
        '    color: "#fffffe"\n'
    )
    (site / "content" / "themes.yml").write_text(text, encoding="utf-8")
    for command in ("check", "build"):
        result = run(command)
        assert result.exit_code == 1, result.output
        assert "Traceback" not in result.output
    said = [ln for ln in run("check").output.splitlines() if ln.startswith("content/themes.yml")]
    assert [ln.split(": ", 2)[:2] for ln in said] == [
        ["content/themes.yml:6", "warning"],
        ["content/themes.yml:8", "warning"],
        ["content/themes.yml:10", "warning"],
        ["content/themes.yml:14", "error"],  # not a mapping
        ["content/themes.yml:15", "error"],  # slug: [ops]
        ["content/themes.yml:21", "error"],  # keywords as a string
        ["content/themes.yml:22", "error"],  # no name
        ["content/themes.yml:24", "error"],  # color twice
    ], result.output
    assert not (site / "output" / "themes").exists()


def test_a_language_of_only_empty_keywords_is_not_called_a_language_the_hub_leaves_out(run, site):
    # keywords: {nl: [""]}: its error is the empty keyword; the warning beside
    # it said the words were "only in "nl", which PODIUM_LANGUAGES leaves out".
    text = DAY_ONE_THEMES.replace('[software, data, "", developer, code]', '[""]')
    (site / "content" / "themes.yml").write_text(text, encoding="utf-8")
    said = [ln for ln in run("check").output.splitlines() if ln.startswith("content/themes.yml:")]
    assert said[0].startswith('content/themes.yml:7: error: keyword 1 of theme "tech"'), said
    assert not any("leaves out" in ln for ln in said), said


@pytest.mark.parametrize("name", ["themes.yml", "withdrawn.yml", "vacancies/data-engineer.yml"])
def test_a_data_file_saved_as_utf16_says_so(run, site, name):
    # Notepad's "Unicode" is UTF-16 with a byte order mark: a story saved so was
    # told "file is UTF-16 text", themes.yml "not valid UTF-8 (byte 0xff)", a
    # byte no one typed.
    path = site / "content" / name
    path.write_bytes(path.read_text(encoding="utf-8").encode("utf-16"))
    said = [ln for ln in run("check").output.splitlines() if ln.startswith(f"content/{name}")]
    assert said == [f"content/{name}:1: error: file is UTF-16 text; save it with UTF-8 encoding"]


@pytest.mark.parametrize(
    ("before", "after", "line", "field", "code"),
    [
        ("      nl: [software", "      NL: [software", 7, "keywords.NL", "nl"),
        ("      nl: [software", "      nl-NL: [software", 7, "keywords.nl-NL", "nl"),
        ("      nl: [software", "      dutch: [software", 7, "keywords.dutch", "nl"),
        ("      en: [software", "      en_GB: [software", 8, "keywords.en_GB", "en"),
        ('{nl: "Techniek & data"', '{NL: "Techniek & data"', 3, "name.NL", "nl"),
        (
            'en: "Software and data."',
            'English: "Software and data."',
            4,
            "description.English",
            "en",
        ),
    ],
)
def test_a_language_written_otherwise_is_one_line_naming_its_code(
    run, site, before, after, line, field, code
):
    # `NL:`, `nl-NL:`, `dutch:` were "unknown field ...; valid fields are nl,
    # en", with no word that they are the language "nl"; a name's `NL:` was
    # that and a second line, 'missing required field "themes.0.name.nl"'.
    themes = site / "content" / "themes.yml"
    text = themes.read_text(encoding="utf-8")
    assert before in text
    themes.write_text(text.replace(before, after, 1), encoding="utf-8")
    said = [ln for ln in run("check").output.splitlines() if ln.startswith("content/themes.yml")]
    assert said == [
        f'content/themes.yml:{line}: error: unknown field "themes.0.{field}" of theme "tech" '
        f'(a language is written as its code: "{code}"); valid fields are nl, en'
    ]


def _with_tech_keywords(site, written: str) -> None:
    """The test site's themes.yml with the "tech" theme's keywords lines as ``written``."""
    themes = site / "content" / "themes.yml"
    text = themes.read_text(encoding="utf-8")
    keywords = (
        "    keywords:\n"
        "      nl: [software, data, dashboard, developer, code]\n"
        "      en: [software, data, dashboard, developer, code]\n"
    )
    assert keywords in text
    themes.write_text(text.replace(keywords, written, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("written", "line"),
    [("", 2), ("    keywords: {}\n", 6), ("    keywords: {nl: [], en: []}\n", 6)],
)
def test_a_theme_without_keywords_is_a_warning(run, site, written, line):
    # A theme of a name, a description and a colour passed check silently,
    # where keywords in one of the hub's languages only, or a missing
    # description, are a warning: a day-one tagger then has its name and
    # description alone to go on.
    _with_tech_keywords(site, written)
    result = run("check")
    assert result.exit_code == 0, result.output
    said = [ln for ln in result.output.splitlines() if ln.startswith("content/themes.yml")]
    assert said == [
        f'content/themes.yml:{line}: warning: theme "tech" field "themes.0.keywords" has no '
        "words, so the tagger finds its stories by its name, its description and the "
        "lexicon's related words alone: write a handful of words a story about it would use, "
        "like keywords: {nl: [...], en: [...]}"
    ]


@pytest.mark.parametrize(
    ("indent", "message"),
    [
        (
            "  ",
            '"name" is indented less than "slug" above it (line 9); start the line where '
            "the other fields start",
        ),
        (
            "      ",
            '"name" is indented more than the field above it, which takes no fields under '
            "it; start the line where the other fields start",
        ),
    ],
)
def test_a_field_out_of_line_is_told_its_indent_not_to_quote_its_value(run, site, indent, message):
    # `name: {nl: ..., en: ...}` two spaces short of the theme's other fields
    # (or two over) was told "the value of "name" holds characters with a
    # special meaning (a colon and a space); put the whole value in quotes",
    # which made the name the text "{nl: ...}"; the value is fine, its indent not.
    themes = site / "content" / "themes.yml"
    text = themes.read_text(encoding="utf-8")
    written = '    name: {nl: "Werk & privé"'
    assert written in text
    themes.write_text(text.replace(written, indent + written.lstrip(), 1), encoding="utf-8")
    said = [ln for ln in run("check").output.splitlines() if ln.startswith("content/themes.yml")]
    assert said == [f"content/themes.yml:10: error: {message}"]


def test_a_theme_without_its_dash_is_one_line_saying_to_write_it(run, site):
    # "    slug: balance" without its "- " made the second theme's fields the
    # first one's again: five lines, 'field "themes.0.name" of theme "tech" is
    # given twice (lines 3 and 10); keep one', advice that deleted the theme.
    themes = site / "content" / "themes.yml"
    text = themes.read_text(encoding="utf-8")
    assert "  - slug: balance\n" in text
    themes.write_text(text.replace("  - slug: balance\n", "    slug: balance\n"), encoding="utf-8")
    said = [ln for ln in run("check").output.splitlines() if ln.startswith("content/themes.yml")]
    assert said == [
        'content/themes.yml:9: error: field "themes.0.slug" is given twice (lines 2 and 9), '
        'the field an item of "themes" starts with: a new item starts with "- ", like '
        "- slug: balance"
    ]


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("keywords: software, data, code", 'not "software, data, code"'),
        ("keywords: [software, data, code]", "not a plain list"),
    ],
)
def test_keywords_without_languages_are_shown_as_their_own_words_per_language(
    run, site, written, said
):
    # The editor's words came back as someone else's: "must be keyword lists per
    # language, like {nl: [klant, ...], en: [customer, ...]}", to be retyped.
    _with_tech_keywords(site, f"    {written}\n")
    lines = [ln for ln in run("check").output.splitlines() if ln.startswith("content/themes.yml")]
    assert lines == [
        'content/themes.yml:6: error: field "themes.0.keywords" of theme "tech" must be keyword '
        "lists per language, like {nl: [software, data, code], en: [...]}, " + said
    ]


def test_a_theme_written_as_its_slug_alone_is_told_how_to_write_its_fields(run, site):
    # "- tech", a list of slugs as a story's themes are written, was
    # "themes[0] must be a mapping with slug, name, ...": counted from zero, in
    # words the README does not use, and no word of how to write it.
    (site / "content" / "themes.yml").write_text("themes:\n  - tech\n  - [x]\n", encoding="utf-8")
    said = [ln for ln in run("check").output.splitlines() if ln.startswith("content/themes.yml")]
    assert said == [
        'content/themes.yml:2: error: field "themes.0" must be a theme\'s fields (slug, name, '
        'description, color, keywords, aliases), not "tech": write - slug: tech, and its '
        "name, description, color and keywords on the lines under it, indented like slug",
        'content/themes.yml:3: error: field "themes.1" must be a theme\'s fields (slug, name, '
        "description, color, keywords, aliases), not a list: write - slug: ..., and its "
        "name, description, color and keywords on the lines under it, indented like slug",
    ]
