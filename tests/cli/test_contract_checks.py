"""What an outside test written from the contract alone checks of `podium check`:
every problem of a file in one run, each message true of the content it names."""

from __future__ import annotations


def test_a_theme_slug_used_twice_is_said_beside_the_first_themes_other_error(site, run):
    themes = site / "content" / "themes.yml"
    text = themes.read_text(encoding="utf-8")
    text = text.replace('color: "#1f5fbf"', 'color: "blue-ish"', 1)
    themes.write_text(
        text + '  - slug: tech\n    name: {nl: "Data", en: "Data"}\n    color: "#1f5fbf"\n',
        encoding="utf-8",
    )
    lines = text.count("\n")
    result = run("check", "content/themes.yml")
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if ": error: " in line]
    assert 'content/themes.yml:5: error: field "themes.0.color"' in errors[0], errors
    assert (
        f'content/themes.yml:{lines + 1}: error: theme slug "tech" is used twice '
        f"(lines 2 and {lines + 1}); every theme needs its own slug"
    ) in errors, errors


def test_two_stories_of_one_slug_in_one_language_are_not_called_translations(site, run):
    columns = site / "content" / "columns"
    (columns / "vrijdag.md").write_text(
        "---\ntitle: Mijn vrijdag\ndate: 2026-04-12\nauthor: Iris Jansen\nrole: Planner\n"
        "team: support\nslug: ben-bakker\nconsent: {given: 2026-04-01}\n---\n\n"
        "Ik werk op vrijdag graag door, als het team rust heeft.\n",
        encoding="utf-8",
    )
    result = run("check", "content/columns")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert (
        'content/columns/vrijdag.md:7: error: slug "ben-bakker" in language "nl" is also used '
        'by content/columns/ben-bakker.md; give one of them another "slug" or file name'
    ) in lines, lines
    # Both are Dutch: no page publishes them as one story in two languages.
    assert not [line for line in lines if "in two languages" in line], lines


def test_an_output_folder_inside_the_cache_folder_is_refused(run, site):
    """`podium build -o .podium-cache/site` built the site into the cache, which the
    build sweeps of what it takes for stale files and `invoke rebuild` empties."""
    (site / ".podium-cache").mkdir()
    built = run("build", "-q", "-o", ".podium-cache/site")
    assert built.exit_code == 2, built.output
    assert built.output.splitlines() == [
        f"{site / '.podium-cache' / 'site'}: error: output folder is inside the cache folder; "
        "choose a folder of its own, like output/"
    ]
    assert not (site / ".podium-cache" / "site").exists()


def test_a_cache_folder_inside_the_output_folder_is_refused(run, site):
    """PODIUM_CACHE_PATH = "output/cache" built, and each build's swap threw the cache
    away with the output it replaced (every card drawn again, build after build) and
    published the cache's lastmod.json at /cache/lastmod.json."""
    conf = site / "pelicanconf.py"
    text = conf.read_text("utf-8") + 'PODIUM_CACHE_PATH = "output/cache"\n'
    conf.write_text(text, "utf-8")
    said = [
        f"pelicanconf.py:{len(text.splitlines())}: error: setting PODIUM_CACHE_PATH is "
        "'output/cache', inside OUTPUT_PATH 'output', which the build replaces whole: the "
        "cache would be thrown away and published; give it a folder outside it, like "
        '".podium-cache", or leave the setting out'
    ]
    checked = run("check")
    assert checked.exit_code == 1, checked.output
    assert [ln for ln in checked.output.splitlines() if "CACHE_PATH" in ln] == said
    built = run("build", "-q")
    assert built.exit_code == 2 and built.output.splitlines() == said, built.output
    # Only the cache podium check wrote there: no page, no marker of an output.
    assert not (site / "output" / "index.html").exists()
    assert not (site / "output" / ".podium-output").exists()


def test_withdraw_slug_from_a_script_withdraws_the_story(site):
    """Contract §5: `podium withdraw SLUG` removes the story and records its slug.
    Run so from a script or CI step (no terminal to answer), it asked "Remove ...?"
    and exited 2, "give --yes to withdraw without asking", removing nothing."""
    import subprocess

    from podium_testkit import run_podium

    story = site / "content" / "columns" / "ben-bakker.md"
    done = run_podium(site, "withdraw", "ben-bakker", stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    assert "removed content/columns/ben-bakker.md" in done.stdout.splitlines()
    assert not story.exists()
    withdrawn = (site / "content" / "withdrawn.yml").read_text(encoding="utf-8")
    assert "- slug: ben-bakker" in withdrawn


def test_a_settings_file_without_path_reads_the_contracts_content_folder(run, site):
    """Contract §1: the stories are in content/. A pelicanconf.py written from the
    README's "Starting a hub" (which never names PATH) kept Pelican's default, the
    folder it runs in: podium check read the whole project as content ("0 stories
    checked: 1 error, 50 warnings", each story "outside content/interviews/ and
    content/columns/"), and podium build -o DIR built a hub of no story."""
    conf = site / "pelicanconf.py"
    text = conf.read_text("utf-8")
    assert 'PATH = "content"\n' in text
    conf.write_text(text.replace('PATH = "content"\n', ""), "utf-8")
    checked = run("check")
    assert checked.exit_code == 0, checked.output
    assert checked.output.splitlines()[-1].startswith("8 stories checked: 0 errors"), checked.output
    built = run("build", "-q")
    assert built.exit_code == 0, built.output
    assert (site / "output" / "stories" / "ben-bakker" / "index.html").is_file()


def test_a_hub_without_path_and_without_content_is_told_so_on_one_line(run, site):
    """With PATH defaulting to content/, a new hub whose content/ is not made yet
    was "pelicanconf.py: error: ValueError: You need to specify a path containing
    the content (see pelican --help ...)", Pelican's words naming no setting."""
    import shutil

    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text("utf-8").replace('PATH = "content"\n', ""), "utf-8")
    shutil.rmtree(site / "content")
    said = [
        'pelicanconf.py: error: setting PATH must be the content folder, like "content"; '
        'there is no folder "content" beside pelicanconf.py'
    ]
    for command in ("check", "build"):
        result = run(command)
        assert result.exit_code == 1, result.output
        assert result.output.splitlines() == said, result.output


def test_a_wrong_setting_of_pelicanconf_is_on_its_line_under_publishconf(run, site):
    """Contract §5: PATH:LINE. publishconf.py takes the settings of pelicanconf.py
    (``from pelicanconf import *``), and `podium check -s publishconf.py`, as CI
    runs it, said "publishconf.py: error: setting PODIUM_ALUMNI_POLICY must be one
    of ...", a file that does not assign it, and no line (its warnings were on
    pelicanconf.py's line already)."""
    conf = site / "pelicanconf.py"
    text = conf.read_text("utf-8")
    conf.write_text(
        text.replace('PODIUM_ALUMNI_POLICY = "keep"', 'PODIUM_ALUMNI_POLICY = "forget"'), "utf-8"
    )
    line = text.splitlines().index('PODIUM_ALUMNI_POLICY = "keep"') + 1
    (site / "publishconf.py").write_text(
        'from pelicanconf import *  # noqa: F403\n\nSITEURL = "https://jobs.example.org"\n',
        "utf-8",
    )
    said = (
        f"pelicanconf.py:{line}: error: setting PODIUM_ALUMNI_POLICY must be one of "
        '"keep", "anonymize", "unpublish", not "forget"'
    )
    for settings in ("pelicanconf.py", "publishconf.py"):
        checked = run("check", "-s", settings)
        assert checked.exit_code == 1, checked.output
        assert said in checked.output.splitlines(), checked.output


def test_an_output_path_inside_the_cache_path_is_the_output_paths_error(run, site):
    """PODIUM_CACHE_PATH = "build-cache" with OUTPUT_PATH = "build-cache/site" was
    told "setting PODIUM_CACHE_PATH is 'build-cache', inside OUTPUT_PATH
    'build-cache/site'", the other way round: the output is inside the cache."""
    conf = site / "pelicanconf.py"
    text = conf.read_text("utf-8")
    text += 'PODIUM_CACHE_PATH = "build-cache"\nOUTPUT_PATH = "build-cache/site"\n'
    conf.write_text(text, "utf-8")
    checked = run("check")
    assert checked.exit_code == 1, checked.output
    lines = [ln for ln in checked.output.splitlines() if "CACHE_PATH" in ln or "OUTPUT" in ln]
    assert lines == [
        f"pelicanconf.py:{len(text.splitlines())}: error: setting OUTPUT_PATH is "
        "'build-cache/site', which is inside the cache folder, and the build replaces the "
        'whole folder; choose a folder of its own, like "output"'
    ], lines
