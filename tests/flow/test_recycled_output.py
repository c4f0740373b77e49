"""A build written into the folder of the build before last (``podium.recycled``)
publishes what a build into a fresh folder publishes, file for file: nothing the
build did not write survives in it (a withdrawn story, an ended consent, a closed
job, a renamed slug, a language's last story)."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

import podium_cli.build as build_module
from podium_cli.cli import main
from podium_testkit import copy_site


def _files(root: Path) -> dict[str, bytes]:
    files = sorted(p for p in root.rglob("*") if p.is_file() or p.is_symlink())
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in files}


def _folders(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_dir())


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _title(site: Path) -> None:
    _edit(site / "content/columns/ben-bakker.md", "title: Waarom", "title: Daarom")


def _slug(site: Path) -> None:
    for name in ("anna-de-boer.md", "anna-de-boer.en.md"):
        _edit(site / "content/interviews" / name, "slug: anna-de-boer", "slug: anna-boer")


def _withdraw(site: Path, run) -> None:
    result = run(site, "withdraw", "ben-bakker", "--yes")
    assert result.exit_code == 0, result.output


def _consent(site: Path) -> None:
    for name in ("anna-de-boer.md", "anna-de-boer.en.md"):
        path = site / "content/interviews" / name
        text = path.read_text(encoding="utf-8")
        start = text.index("consent:")
        line = text[start : text.index("\n", start)]
        assert line.endswith("}"), line
        _edit(path, line, line[:-1] + ", until: 2026-05-01}")


def _close_job(site: Path) -> None:
    _edit(site / "content/vacancies/data-engineer.yml", "valid_through: 2026-12-31",
          "valid_through: 2026-05-15")  # fmt: skip


def _add_story(site: Path) -> None:
    text = (site / "content/columns/gina-alumni.md").read_text(encoding="utf-8")
    assert "\n---\n" in text
    story = (
        "---\ntitle: Een nieuwe column over het werk\ndate: 2026-05-02\n"
        "author: Hans de Wit\nrole: Monteur\nteam: support\n"
        "consent: {given: 2026-05-01, social: false}\n---\n\n"
        "Ik schrijf over mijn werk in de werkplaats en over het team dat ik elke dag zie.\n"
    )
    (site / "content/columns/hans-de-wit.md").write_text(story, encoding="utf-8")


def _last_english_story(site: Path) -> None:
    (site / "content/columns/carla-en-only.en.md").unlink()


STEPS = [
    ("edit a title", _title),
    ("rename a slug", _slug),
    ("withdraw a story", None),
    ("end a consent", _consent),
    ("close a job", _close_job),
    ("add a story", _add_story),
    ("a language's only story removed", _last_english_story),
]


@pytest.fixture
def run(monkeypatch):
    def _run(site: Path, *args: str):
        monkeypatch.chdir(site)
        monkeypatch.setenv("PODIUM_TODAY", "2026-06-01")
        return CliRunner().invoke(main, list(args), catch_exceptions=False)

    return _run


def test_a_recycled_folder_builds_the_site_a_fresh_one_does(tmp_path, monkeypatch, run):
    """The same sequence of changes built both ways: the outputs are the same,
    file for file (names and bytes) and folder for folder; every build after a
    change wrote into the folder of the build before last, stale pages and all."""
    fresh, recycled = copy_site(tmp_path / "fresh"), copy_site(tmp_path / "recycled")
    real = build_module._recycle
    used: list[bool] = []

    def recycle(folder, tmp):
        if Path.cwd() == fresh:  # the fresh side: the old output is swept instead
            build_module.shutil.rmtree(folder)
            return None
        done = real(folder, tmp)
        used.append(done is not None)
        return done

    monkeypatch.setattr(build_module, "_recycle", recycle)

    def both(step: str) -> None:
        for site in (fresh, recycled):
            result = run(site, "build", "-q")
            assert result.exit_code == 0, (step, result.output)

    both("cold")
    for step, change in STEPS:
        both(f"before: {step}")  # the output the next build recycles is the one before it
        used.clear()
        for site in (fresh, recycled):
            change(site) if change is not None else _withdraw(site, run)
        both(step)
        assert used == [True], step
        assert _files(recycled / "output") == _files(fresh / "output"), step
        assert _folders(recycled / "output") == _folders(fresh / "output"), step


def test_a_withdrawn_story_leaves_no_page_card_or_person_in_a_recycled_build(tmp_path, run):
    site = copy_site(tmp_path)
    for _ in range(3):  # the third build recycles the first one's folder
        assert run(site, "build", "-q").exit_code == 0
    out = site / "output"
    card = [p for p in out.rglob("*") if "ben-bakker" in p.as_posix() and p.is_file()]
    card = [p for p in card if p.suffix in (".png", ".jpg", ".webp")]
    assert card
    people = [p for p in out.rglob("*") if "Ben Bakker" in _text(p)]
    assert people
    _withdraw(site, run)
    leftovers = [p for p in site.iterdir() if p.name.startswith(".output.old-")]
    assert leftovers, "an output to recycle is there"
    calls: list = []
    real = build_module._recycle

    def recycle(folder, tmp):
        calls.append(folder)
        return real(folder, tmp)

    build_module._recycle, saved = recycle, build_module._recycle
    try:
        assert run(site, "build", "-q").exit_code == 0
    finally:
        build_module._recycle = saved
    assert calls == leftovers
    # Only the tombstone at the story's address (a withdrawal's "no longer here").
    left = [p.relative_to(out).as_posix() for p in out.rglob("*") if "ben-bakker" in p.as_posix()]
    assert sorted(left) == ["stories/ben-bakker", "stories/ben-bakker/index.html"], left
    assert not [p for p in card if p.exists()]
    assert not [p for p in out.rglob("*") if "Ben Bakker" in _text(p)]


def _text(path: Path) -> str:
    if not path.is_file() or path.suffix not in (".html", ".xml", ".json", ".txt"):
        return ""
    return path.read_text(encoding="utf-8", errors="replace")


def _recycling(site: Path, run, name: str = "output") -> Path:
    """Built twice: the output the first build wrote waits beside the second's."""
    for _ in range(2):
        result = run(site, "build", "-q", "-o", name)
        assert result.exit_code == 0, result.output
    (old,) = [p for p in site.iterdir() if p.name.startswith(f".{name}.old-")]
    return old


def test_a_checkout_output_retention_keeps_is_the_outputs_not_the_recycled_folders(tmp_path, run):
    """OUTPUT_RETENTION = [".git"]: the checkout is carried from the output into the
    new one; one in the recycled folder (left by a build killed while it carried it)
    is not the build's and goes with what it did not write, never published over the
    output's own."""
    site = copy_site(tmp_path)
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text("utf-8") + '\nOUTPUT_RETENTION = [".git"]\n', "utf-8")
    old = _recycling(site, run)
    (site / "output" / ".git").mkdir()
    (site / "output" / ".git" / "HEAD").write_text("ref: refs/heads/gh-pages\n", "utf-8")
    (old / ".git").mkdir()
    (old / ".git" / "HEAD").write_text("ref: refs/heads/stale\n", "utf-8")
    for _ in range(3):
        result = run(site, "build", "-q")
        assert result.exit_code == 0, result.output
        head = (site / "output" / ".git" / "HEAD").read_text("utf-8")
        assert head == "ref: refs/heads/gh-pages\n"


def test_a_failed_recycled_build_leaves_the_output_as_it_was(tmp_path, run):
    site = copy_site(tmp_path)
    _recycling(site, run)
    before = _files(site / "output")
    story = site / "content/columns/ben-bakker.md"
    _edit(story, "date: 2026-04-10", "date: not a date")
    result = run(site, "build", "-q")
    assert result.exit_code != 0 and "ben-bakker.md" in result.output, result.output
    assert _files(site / "output") == before
    assert not [p for p in site.iterdir() if p.name.startswith(".output.build-")]


@pytest.mark.parametrize("name", ["output", "public-site"])
def test_a_folder_that_cannot_be_recycled_is_set_aside_and_a_new_one_written(
    tmp_path, run, monkeypatch, name
):
    """A folder in it this user may not write (here: the walk fails, and nothing of
    it can be removed): the build failed, "cannot write the output: File exists",
    where a new folder had nothing in the way. It writes a new folder and leaves that
    one to a later build's sweep (which says so if it cannot remove it either), under
    the output's own name: for "public-site" it was ".public-PID-*", which no sweep
    looks for, so each such build left a whole site behind for good."""
    import shutil
    import types

    from podium.recycled import Recycled

    site = copy_site(tmp_path)
    old = _recycling(site, run, name)

    def fails(self):
        raise PermissionError(13, "Permission denied", str(self.folder / "x"))

    class Stuck(types.ModuleType):  # the tests run as root, whom no mode stops
        def __getattr__(self, name):
            return getattr(shutil, name)

        @staticmethod
        def rmtree(path, ignore_errors=False, **kwargs):
            if not ignore_errors:
                raise PermissionError(13, "Permission denied", str(path))

    def beside() -> list[str]:  # the folders beside the output but the cache
        return sorted(p.name for p in site.iterdir() if p.is_dir() and p.name[0] == ".")

    monkeypatch.setattr(Recycled, "prepare", fails)
    monkeypatch.setattr(build_module, "shutil", Stuck("shutil"))
    result = run(site, "build", "-q", "-o", name)
    assert result.exit_code == 0, result.output
    aside = [n for n in beside() if n != ".podium-cache"]
    assert len(aside) == 2 and not old.exists(), aside
    assert all(n.startswith(f".{name}.old-") for n in aside), aside
    monkeypatch.undo()
    result = run(site, "build", "-q", "-o", name)
    assert result.exit_code == 0, result.output
    assert len([n for n in beside() if n != ".podium-cache"]) == 1, beside()


def _conf(site: Path, text: str) -> None:
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text("utf-8") + "\n" + text + "\n", "utf-8")


_FILE_SAVE_AS = 'ARTICLE_SAVE_AS = "stories/{slug}"\nARTICLE_URL = "stories/{slug}"'
_FOLDER_SAVE_AS = 'ARTICLE_SAVE_AS = "stories/{slug}/index.html"\nARTICLE_URL = "stories/{slug}/"'


@pytest.mark.parametrize(
    ("before", "after"),
    [("", _FILE_SAVE_AS), (_FILE_SAVE_AS, _FOLDER_SAVE_AS)],
    ids=["a file where a folder was", "a folder where a file was"],
)
def test_a_path_in_the_recycled_folders_way_builds_what_a_new_folder_builds(
    tmp_path, run, before, after
):
    """ARTICLE_SAVE_AS changed between builds: the recycled folder had a folder
    where the build writes a file (or the reverse), and the build failed ("the
    build stopped: Is a directory", "File exists") where a new folder had nothing
    in the way. It builds into a new folder instead, and leaves no folder of the
    old layout for the next build to trip on."""
    fresh, recycled = copy_site(tmp_path / "fresh"), copy_site(tmp_path / "recycled")
    for site in (fresh, recycled):
        _conf(site, before)
        _recycling(site, run)
        _conf(site, after)
    for _ in range(2):  # the next build recycles no folder of the old layout either
        for old in fresh.glob(".output.old-*"):  # the fresh side: a new folder
            shutil.rmtree(old)
        said = []
        for site in (fresh, recycled):
            result = run(site, "build")
            assert result.exit_code == 0, result.output
            said.append(result.output)
        assert "2 warnings" in said[0]  # each said and counted once, as a new folder's
        assert said[1] == said[0]
        assert _files(recycled / "output") == _files(fresh / "output")
        assert _folders(recycled / "output") == _folders(fresh / "output")


def _modes(root: Path) -> dict[str, int]:
    return {
        p.relative_to(root).as_posix(): stat.S_IMODE(p.lstat().st_mode) for p in root.rglob("*")
    }


def test_a_recycled_folder_gives_its_files_the_modes_a_new_folder_would(tmp_path, run):
    """Built under umask 077 (a locked-down shell), then under 022: the pages written
    over in place kept 0600 and their folders 0700, build after build, where a new
    folder's are 0644 and 0755 (a web server not running as the builder could read
    none of them). What is kept is given the modes a new file and folder get."""
    fresh, recycled = copy_site(tmp_path / "fresh"), copy_site(tmp_path / "recycled")
    umask = os.umask(0o077)
    try:
        for site in (fresh, recycled):
            _recycling(site, run)
        os.umask(0o022)
        for _ in range(2):
            for old in fresh.glob(".output.old-*"):  # the fresh side: a new folder
                shutil.rmtree(old)
            for site in (fresh, recycled):
                result = run(site, "build", "-q")
                assert result.exit_code == 0, result.output
            modes = _modes(recycled / "output")
            assert modes == _modes(fresh / "output")
            assert modes["index.html"] == 0o644 and modes["stories"] == 0o755
    finally:
        os.umask(umask)
