"""``tasks.py``: Pelican's usual invoke tasks, over the functions ``podium`` calls."""

from __future__ import annotations

import importlib.util
import re
import signal
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner
from invoke import Collection, Context

from podium_cli.cli import main
from podium_testkit import ROOT


def _tasks():
    spec = importlib.util.spec_from_file_location("podium_tasks", ROOT / "tasks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_usual_pelican_tasks_are_there():
    names = set(Collection.from_module(_tasks()).task_names)
    pelican = {"clean", "build", "rebuild", "regenerate", "serve", "serve-global", "reserve",
               "preview", "livereload", "publish", "gh-pages"}  # fmt: skip
    assert pelican | {"check"} <= names


def test_check_runs_in_process_without_podium_on_the_path(site, monkeypatch, capsys):
    monkeypatch.chdir(site)
    monkeypatch.setenv("PATH", "")  # no `podium` (nor anything else) to run
    tasks = _tasks()
    tasks.check(Context())  # the test site is valid: returns
    story = site / "content" / "columns" / "ben-bakker.md"
    story.write_text(story.read_text().replace("role:", "rol:"), encoding="utf-8")
    with pytest.raises(SystemExit) as exited:
        tasks.check(Context())
    assert exited.value.code == 1
    assert 'content/columns/ben-bakker.md:5: error: unknown field "rol"' in capsys.readouterr().err


def _clean_refused(tasks, capsys) -> str:
    # A refused folder is wrong usage, exit 2, as the README's exit statuses say
    # (it was 1, a failure, through sys.exit's message).
    with pytest.raises(SystemExit) as exited:
        tasks.clean(Context())
    assert exited.value.code == 2
    return capsys.readouterr().err


def test_clean_removes_only_an_output_podium_wrote(site, monkeypatch, capsys):
    from podium_cli.build import MARKER

    monkeypatch.chdir(site)
    tasks = _tasks()
    output = site / "output"
    output.mkdir()
    (output / "index.html").write_text("mine", encoding="utf-8")
    said = _clean_refused(tasks, capsys)
    assert said == f"output: error: not removed: no {MARKER} file, so Podium did not write it\n"
    assert (output / "index.html").is_file()
    (output / MARKER).write_text("", encoding="utf-8")
    tasks.clean(Context())
    assert not output.exists()
    tasks.clean(Context())  # nothing to remove: fine
    output.write_text("mine", encoding="utf-8")  # it said nothing, and left it
    said = _clean_refused(tasks, capsys)
    assert said == "output: error: not removed: it is a file, not the folder Podium builds into\n"
    assert output.read_text(encoding="utf-8") == "mine"


@pytest.mark.parametrize("output", [".", "content"])
def test_clean_refuses_what_the_build_refuses_to_replace(site, monkeypatch, capsys, output):
    # OUTPUT_PATH = "." (or "content") with a .podium-output file there, which
    # a pull request can add to content/: clean deleted the project (or every
    # story), where the build refuses the setting.
    from podium_cli.build import MARKER

    monkeypatch.chdir(site)
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text("utf-8") + f"OUTPUT_PATH = {output!r}\n", encoding="utf-8")
    (site / output / MARKER).write_text("", encoding="utf-8")
    said = _clean_refused(_tasks(), capsys)
    assert said.startswith("pelicanconf.py:") and "error: setting OUTPUT_PATH is" in said, said
    assert conf.is_file() and (site / "content" / "interviews").is_dir()


def test_clean_keeps_what_output_retention_keeps(site, monkeypatch):
    # A gh-pages checkout's .git, kept across builds (OUTPUT_RETENTION), went
    # with the site; kept with the marker, the next build builds there again.
    from podium_cli.build import MARKER

    monkeypatch.chdir(site)
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text("utf-8") + 'OUTPUT_RETENTION = [".git"]\n', encoding="utf-8")
    tasks = _tasks()
    tasks.build(Context())
    (site / "output" / ".git").mkdir()
    (site / "output" / ".git" / "HEAD").write_text("ref: refs/heads/gh-pages\n", "utf-8")
    tasks.clean(Context())
    assert sorted(p.name for p in (site / "output").iterdir()) == [".git", MARKER]
    tasks.build(Context())
    assert (site / "output" / "index.html").is_file() and (
        site / "output" / ".git" / "HEAD"
    ).is_file()


def test_rebuild_never_empties_a_cache_folder_that_holds_what_no_build_wrote(
    site, monkeypatch, capsys
):
    # PODIUM_CACHE_PATH = "docs": the build adds its folders beside the
    # project's documentation, and rebuild deleted it all "to build from scratch".
    monkeypatch.chdir(site)
    docs = site / "docs"
    docs.mkdir()
    (docs / "handleiding.md").write_text("# Handleiding\n", encoding="utf-8")
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text("utf-8") + 'PODIUM_CACHE_PATH = "docs"\n', encoding="utf-8")
    tasks = _tasks()
    tasks.build(Context())
    with pytest.raises(SystemExit) as exited:
        tasks.rebuild(Context())
    assert exited.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        "docs: error: not removed: it holds handleiding.md, which no build wrote there; set "
        "PODIUM_CACHE_PATH to a folder of its own, or empty it yourself"
    )
    assert (docs / "handleiding.md").is_file()


def test_clean_never_follows_a_symlinked_output(site, monkeypatch, tmp_path_factory, capsys):
    monkeypatch.chdir(site)
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    (elsewhere / "keep.txt").write_text("mine", encoding="utf-8")
    (site / "output").symlink_to(elsewhere, target_is_directory=True)
    assert _clean_refused(_tasks(), capsys) == "output: error: not removed: it is a symlink\n"
    assert (elsewhere / "keep.txt").is_file()


SERVING = [("serve", "127.0.0.1"), ("serve_global", "0.0.0.0"), ("reserve", "127.0.0.1")]


@pytest.mark.parametrize(("name", "host"), SERVING)
def test_serving_tasks_call_podium_serve(monkeypatch, name, host):
    import podium_cli.serve

    calls = []
    monkeypatch.setattr(podium_cli.serve, "serve", lambda *a, **k: calls.append((a, k)))
    getattr(_tasks(), name)(Context(), port=8123)
    said = "tasks.py: error: terminated (SIGTERM)"
    assert calls == [
        (
            ("pelicanconf.py", host, 8123),
            {"watch": False, "terminated": said, "program": "tasks.py"},
        )
    ]


def test_a_serving_task_on_a_busy_port_says_so_as_the_tasks_do(site, monkeypatch, capsys):
    # `invoke serve` on a port in use said "podium: error: cannot serve on ...",
    # where its other one-line errors are "tasks.py: error: ...".
    monkeypatch.chdir(site)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(SystemExit) as exited:
            _tasks().serve(Context(), port=str(port))
    assert exited.value.code == 1
    assert capsys.readouterr().err.splitlines() == [
        f"tasks.py: error: cannot serve on 127.0.0.1:{port}: Address already in use; "
        "choose another port with --port"
    ]


@pytest.mark.parametrize("name", ["serve", "serve_global", "reserve", "livereload"])
def test_a_serving_task_stopped_by_sigterm_says_so_as_the_tasks_do(site, monkeypatch, capsys, name):
    # `invoke serve` stopped by a `kill` said "podium: error: terminated (SIGTERM)",
    # where its Ctrl-C, wrong --port and missing program are each "tasks.py: error: ...".
    import podium_cli.serve

    def killed(*args, **kwargs):
        signal.raise_signal(signal.SIGTERM)  # while it serves, after the first build

    monkeypatch.chdir(site)
    monkeypatch.setattr(podium_cli.serve, "_serve", killed)
    with pytest.raises(SystemExit) as exited:
        getattr(_tasks(), name)(Context())
    assert exited.value.code == 143
    assert capsys.readouterr().err.splitlines() == ["tasks.py: error: terminated (SIGTERM)"]


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("build", "tasks.py: error: the build was terminated (SIGTERM)"),
        ("rebuild", "tasks.py: error: the build was terminated (SIGTERM)"),
        ("check", "tasks.py: error: terminated (SIGTERM)"),
    ],
)
def test_a_building_task_stopped_by_sigterm_says_so_as_the_tasks_do(
    site, monkeypatch, capsys, name, said
):
    # `invoke build` stopped by a `kill` said "podium: error: the build was
    # terminated (SIGTERM)" (and `invoke check` "podium: error: terminated"), as
    # `invoke serve` did before; every other line of the tasks says "tasks.py: error:".
    import podium_cli.build

    def killed(*args, **kwargs):
        signal.raise_signal(signal.SIGTERM)

    monkeypatch.chdir(site)
    import podium_validate.site

    monkeypatch.setattr(podium_cli.build, "_build", killed)
    monkeypatch.setattr(podium_validate.site, "load_site", killed)  # `check` reads the site
    with pytest.raises(SystemExit) as exited:
        getattr(_tasks(), name)(Context())
    assert exited.value.code == 143
    assert capsys.readouterr().err.splitlines() == [said]


def test_regenerate_builds_plain_pages_then_watches(site, monkeypatch):
    """Nothing serves them, so no live-reload script; then it watches the sources."""
    import podium_cli.serve

    monkeypatch.chdir(site)
    watched = []
    monkeypatch.setattr(podium_cli.serve, "_watch", lambda *args: watched.append(args))
    _tasks().regenerate(Context())
    page = (site / "output" / "index.html").read_text(encoding="utf-8")
    assert "livereload.js" not in page
    ((roots, settings_file, output, drafts, extra),) = watched
    assert {r.name for r in roots} == {"content", "theme", "pelicanconf.py"}
    assert extra == {"PODIUM_LIVERELOAD": False} and not drafts


@pytest.mark.parametrize("name", ["serve", "serve_global", "livereload", "regenerate", "build"])
def test_a_bad_settings_file_is_one_line_in_every_task(site, monkeypatch, capsys, name):
    monkeypatch.chdir(site)
    tasks = _tasks()
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text(encoding="utf-8") + "PLUGINS = [\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exited:
        getattr(tasks, name)(Context())
    assert exited.value.code == 1
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("pelicanconf.py") and "error: SyntaxError: '[' was never closed" in line
    conf.unlink()  # no settings file at all: wrong usage, as `podium` says (exit 2)
    with pytest.raises(SystemExit) as exited:
        getattr(tasks, name)(Context())
    assert exited.value.code == 2
    missing = "pelicanconf.py: error: settings file not found"
    assert capsys.readouterr().err.splitlines() == [missing]


@pytest.mark.parametrize(
    ("raised", "status", "said"),
    [
        (KeyboardInterrupt(), 130, "tasks.py: error: interrupted (Ctrl-C)"),
        (
            OSError(5, "Input/output error"),
            1,
            "podium: error: OSError: [Errno 5] Input/output error",
        ),
    ],
)
def test_a_build_stopped_by_ctrl_c_or_the_machine_is_one_line(
    site, monkeypatch, capsys, raised, status, said
):
    """Ctrl-C in `invoke build` ended with exit status 1 and not a word (invoke's own
    handling), as a failed build does; any error but a content error was a traceback.
    `podium build` says each in one line, Ctrl-C with 130."""
    import podium_cli.build

    def stopped(*args, **kwargs):
        raise raised

    monkeypatch.chdir(site)
    monkeypatch.delenv("PODIUM_DEBUG", raising=False)
    monkeypatch.setattr(podium_cli.build, "build", stopped)
    with pytest.raises(SystemExit) as exited:
        _tasks().build(Context())
    assert exited.value.code == status
    assert capsys.readouterr().err.splitlines() == [said]


def test_rebuild_empties_the_cache_the_settings_name(site, monkeypatch, tmp_path_factory, capsys):
    # It removed ./.podium-cache whatever PODIUM_CACHE_PATH said.
    monkeypatch.chdir(site)
    cache = tmp_path_factory.mktemp("elsewhere") / "cache"
    conf = site / "pelicanconf.py"
    base = conf.read_text(encoding="utf-8")
    conf.write_text(base + f"PODIUM_CACHE_PATH = {str(cache)!r}\n", encoding="utf-8")
    tasks = _tasks()
    tasks.build(Context())
    stale = cache / "tags" / "from-an-older-podium.json"  # what a build never prunes
    stale.write_text("{}", encoding="utf-8")
    tasks.build(Context())
    assert stale.exists()
    tasks.rebuild(Context())
    assert not stale.exists()
    assert (cache / "tags").is_dir() and (site / "output" / "index.html").is_file()
    # A cache setting that names the project itself is never removed: the
    # settings refuse it before anything is (tasks.py's own guard stays).
    conf.write_text(base + "PODIUM_CACHE_PATH = '.'\n", encoding="utf-8")
    capsys.readouterr()
    with pytest.raises(SystemExit) as exited:
        tasks.rebuild(Context())
    assert exited.value.code
    said = capsys.readouterr()
    assert "setting PODIUM_CACHE_PATH is the project's folder" in said.out + said.err
    assert conf.is_file() and (site / "content").is_dir()


def test_rebuild_says_what_it_could_not_remove_from_the_cache(site, monkeypatch, capsys):
    """A cache file the user may not delete (written by a build as root) stayed
    without a word, and the "from scratch" build reused it."""
    import os

    monkeypatch.chdir(site)
    tasks = _tasks()
    stuck = site / ".podium-cache" / "tags" / "written-as-root.json"
    stuck.parent.mkdir(parents=True)
    stuck.write_text("{}", encoding="utf-8")
    (site / ".podium-cache" / "lastmod.json").write_text("{}", encoding="utf-8")
    unlink = os.unlink

    def refusing(path, *args, **kwargs):
        if os.fspath(path).endswith(stuck.name):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return unlink(path, *args, **kwargs)

    built = []
    monkeypatch.setattr(os, "unlink", refusing)
    monkeypatch.setattr(tasks, "_build", lambda *args: built.append(args))
    tasks.rebuild(Context())
    assert built == [("pelicanconf.py",)]
    assert stuck.is_file() and not (site / ".podium-cache" / "lastmod.json").exists()
    assert capsys.readouterr().err.splitlines() == [
        ".podium-cache/tags/written-as-root.json: warning: not removed from the cache: "
        "Permission denied, so the build may reuse it; remove it as the user that wrote it"
    ]


def test_regenerate_does_not_claim_to_serve_when_a_build_fails(site, monkeypatch, capsys):
    import podium_cli.serve

    monkeypatch.chdir(site)
    monkeypatch.setattr(podium_cli.serve, "_watch", lambda *args: None)
    story = site / "content" / "columns" / "ben-bakker.md"
    story.write_text(story.read_text().replace("role:", "rol:"), encoding="utf-8")
    _tasks().regenerate(Context())
    err = capsys.readouterr().err
    assert "Build failed; output/ is left as it was." in err.splitlines()
    assert "serving" not in err  # nothing serves under regenerate


@pytest.mark.parametrize(("name", "program"), [("publish", "rsync"), ("gh_pages", "ghp-import")])
def test_a_missing_upload_program_is_one_line_before_any_build(site, monkeypatch, name, program):
    """gh-pages built the whole site, then failed with "ghp-import: command not found"."""
    tasks = _tasks()
    built = []
    monkeypatch.chdir(site)
    monkeypatch.setenv("PATH", "")
    monkeypatch.setattr(tasks, "_build", lambda *args: built.append(args))
    with pytest.raises(SystemExit) as exited:
        getattr(tasks, name)(Context(), **({"target": "u@h:/srv"} if name == "publish" else {}))
    assert str(exited.value.code).startswith(f"tasks.py: error: {program} is not on the PATH")
    assert built == []


def test_publish_sends_every_file_rsync_would_skip_as_cvs_junk(site, monkeypatch, tmp_path):
    """--cvs-exclude skipped any file or folder named "core" or "tags" (a story's slug)."""
    tasks = _tasks()
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "rsync").write_text("#!/bin/sh\n", encoding="utf-8")
    (bin_dir / "rsync").chmod(0o755)
    monkeypatch.chdir(site)
    monkeypatch.setenv("PATH", str(bin_dir))
    monkeypatch.setattr(tasks, "_build", lambda *args: site / "output")
    monkeypatch.setattr(tasks, "_needs_an_address", lambda: None)  # no publishconf.py here
    ran = []

    class Recording(Context):
        def run(self, command, **kwargs):
            ran.append(command)

    tasks.publish(Recording(), target="u@h:/srv")
    (command,) = ran
    assert command.startswith("rsync ") and command.endswith(" u@h:/srv")
    assert "--cvs-exclude" not in command and " -C" not in command


def test_build_prints_the_warnings_and_summary_podium_build_does(site):
    """With no handler of its own, `invoke build` printed only "Built 39 pages into
    output": none of the warnings `podium build` shows (a story linking to a closed
    vacancy, a vacancy without pay), so they went unseen."""
    import os
    import shutil
    import subprocess
    import sys

    shutil.copy(ROOT / "tasks.py", site / "tasks.py")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "plugins")}
    run = [sys.executable, "-m", "invoke", "build"]
    done = subprocess.run(run, cwd=site, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    warnings = [line for line in done.stderr.splitlines() if ": warning: " in line]
    closed = 'anna-de-boer.md:14: warning: vacancy "503" in "vacancies" is closed'
    assert f"content/interviews/{closed}" in warnings, done.stderr
    assert any('has no field "salary"' in line for line in warnings), done.stderr
    assert done.stdout.startswith("Built output: 5 stories, 39 pages,")
    assert done.stdout.rstrip().endswith(f"{len(warnings)} warnings")


@pytest.mark.parametrize("port", ["99999", "0", "abc", "-1"])
@pytest.mark.parametrize("name", ["serve", "serve_global", "reserve", "livereload"])
def test_a_wrong_port_is_one_line_before_any_build(monkeypatch, capsys, name, port):
    """`invoke serve --port 99999` built the whole site, then ended in an OverflowError
    traceback; `--port 0` served on a port its "Serving on" line did not name."""
    import podium_cli.serve

    calls = []
    monkeypatch.setattr(podium_cli.serve, "serve", lambda *a, **k: calls.append(a))
    with pytest.raises(SystemExit) as exited:
        getattr(_tasks(), name)(Context(), port=port)
    assert exited.value.code == 2 and calls == []
    assert capsys.readouterr().err.splitlines() == [
        f"tasks.py: error: --port must be a whole number from 1 to 65535, not '{port}'"
    ]


def test_tasks_build_and_clean_the_output_path_the_settings_name(site, monkeypatch, tmp_path):
    """Pelican's tasks.py builds, cleans and uploads the settings' OUTPUT_PATH; these
    always used output/: with OUTPUT_PATH = "public", `invoke build` wrote output/
    (which `podium build` and `invoke serve` never do), `invoke clean` left public/
    and `invoke publish` sent output/, whatever publishconf.py built."""
    monkeypatch.chdir(site)
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text(encoding="utf-8") + 'OUTPUT_PATH = "public"\n', "utf-8")
    tasks = _tasks()
    tasks.build(Context())
    assert (site / "public" / "index.html").is_file()
    assert not (site / "output").exists()
    tasks.clean(Context())
    assert not (site / "public").exists()

    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "rsync").write_text("#!/bin/sh\n", encoding="utf-8")
    (bin_dir / "rsync").chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_dir))
    (site / "publishconf.py").write_text(
        "from pelicanconf import *  # noqa\nOUTPUT_PATH = 'site'\n"
        "SITEURL = 'https://werkenbij.example.com'\n",
        encoding="utf-8",
    )
    ran = []

    class Recording(Context):
        def run(self, command, **kwargs):
            ran.append(command)

    monkeypatch.syspath_prepend(str(site))
    tasks.publish(Recording(), target="u@h:/srv")
    (command,) = ran
    assert (site / "site" / "index.html").is_file() and not (site / "output").exists()
    assert " site/ u@h:/srv" in command, command


@pytest.mark.parametrize(("name", "program"), [("publish", "rsync"), ("gh_pages", "ghp-import")])
def test_upload_tasks_pass_a_folder_or_target_with_a_space_as_one_argument(
    site, monkeypatch, tmp_path, name, program
):
    """The command went to the shell unquoted: an output folder "My Sites/public" (an
    absolute OUTPUT_PATH) or a target "host:/var/www/werken bij" were two arguments,
    and rsync read the first half of the target as a second source."""
    import shlex

    tasks = _tasks()
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / program).write_text("#!/bin/sh\n", encoding="utf-8")
    (bin_dir / program).chmod(0o755)
    monkeypatch.chdir(site)
    monkeypatch.setenv("PATH", str(bin_dir))
    output = tmp_path / "My Sites" / "public"
    output.mkdir(parents=True)
    (output / "index.html").write_text("<!doctype html>", encoding="utf-8")
    monkeypatch.setattr(tasks, "_build", lambda *args: output)
    monkeypatch.setattr(tasks, "_needs_an_address", lambda: None)  # no publishconf.py here
    ran = []

    class Recording(Context):
        def run(self, command, **kwargs):
            ran.append(command)
            if command.startswith("ghp-import"):  # the folder is there while it reads it
                given.append(shlex.split(command)[-1])
                assert Path(given[-1], "index.html").is_file()

    given = []
    target = "u@h:/var/www/werken bij"
    getattr(tasks, name)(Recording(), **({"target": target} if name == "publish" else {}))
    (command,) = ran
    argv = shlex.split(command)
    if name == "publish":
        assert argv[-2:] == [f"{output.as_posix()}/", target], argv
    else:
        assert argv[-1] == given[-1], argv  # one argument: a copy of the output (see below)


@pytest.mark.parametrize(("name", "program"), [("publish", "rsync"), ("gh_pages", "ghp-import")])
def test_upload_tasks_refuse_the_demo_address_before_any_build(
    site, monkeypatch, tmp_path, capsys, name, program
):
    """The README's rsync and gh-pages routes set no PODIUM_SITEURL, and publishconf.py
    then falls back to the demo's https://werkenbij.helder-energie.example: `invoke
    publish` uploaded a site whose canonical URLs, sitemap and feeds all named a
    domain that can never exist (.example is reserved), without a word (publish.yml
    at least warns)."""
    import shutil

    tasks = _tasks()
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / program).write_text("#!/bin/sh\n", encoding="utf-8")
    (bin_dir / program).chmod(0o755)
    shutil.copy(ROOT / "publishconf.py", site / "publishconf.py")
    monkeypatch.chdir(site)
    monkeypatch.setenv("PATH", str(bin_dir))
    monkeypatch.delenv("PODIUM_SITEURL", raising=False)
    built, ran = [], []
    monkeypatch.setattr(tasks, "_build", lambda *args: built.append(args) or site / "output")

    class Recording(Context):
        def run(self, command, **kwargs):
            ran.append(command)

    kwargs = {"target": "u@h:/srv"} if name == "publish" else {}
    with pytest.raises(SystemExit) as exited:
        getattr(tasks, name)(Recording(), **kwargs)
    assert str(exited.value.code) == (
        "tasks.py: error: publishconf.py builds the site for "
        "https://werkenbij.helder-energie.example, an address that cannot exist; set "
        "PODIUM_SITEURL=https://your.address (or SITEURL in publishconf.py)"
    )
    assert built == [] and ran == []
    monkeypatch.setenv("PODIUM_SITEURL", "https://werkenbij.example.com")
    (site / "output").mkdir()  # what the build (not run here) would have written
    getattr(tasks, name)(Recording(), **kwargs)
    assert built == [("publishconf.py",)] and len(ran) == 1


def test_tasks_run_from_a_folder_below_the_project(site, monkeypatch, capsys):
    """invoke finds tasks.py in a parent folder, so `invoke check` works from
    content/interviews/ while writing a story; the tasks then looked for
    pelicanconf.py in that folder: "pelicanconf.py: error: settings file not found"."""
    import shutil

    shutil.copy(ROOT / "tasks.py", site / "tasks.py")
    spec = importlib.util.spec_from_file_location("site_tasks", site / "tasks.py")
    tasks = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tasks)
    monkeypatch.chdir(site / "content" / "interviews")
    tasks.check(Context())  # the test site is valid: returns
    assert "8 stories checked: 0 errors" in capsys.readouterr().err
    tasks.build(Context())
    assert (site / "output" / "index.html").is_file()
    assert not (site / "content" / "interviews" / "output").exists()


def test_publish_without_a_target_is_one_line_of_wrong_usage(monkeypatch, capsys):
    """It said "Set PODIUM_SSH_TARGET=user@host:/path or pass --target" with exit
    status 1, in neither the form of the other tasks' errors nor their status for
    wrong usage (2, as `podium` and a wrong --port)."""
    monkeypatch.delenv("PODIUM_SSH_TARGET", raising=False)
    tasks = _tasks()
    monkeypatch.setattr(tasks, "SSH_TARGET", "")
    with pytest.raises(SystemExit) as exited:
        tasks.publish(Context())
    assert exited.value.code == 2
    assert capsys.readouterr().err.splitlines() == [
        "tasks.py: error: no place to publish to: set PODIUM_SSH_TARGET=user@host:/path "
        "or pass --target"
    ]


@pytest.mark.parametrize(
    ("name", "kwargs", "option"),
    [
        ("publish", {"target": "-n"}, "--target"),
        ("publish", {"target": "--rsh=touch /tmp/owned"}, "--target"),
        ("publish", {"target": " "}, "--target"),
        ("publish", {}, "PODIUM_SSH_TARGET"),
        ("gh_pages", {"branch": "--force"}, "--branch"),
        ("gh_pages", {"branch": ""}, "--branch"),
        ("serve_global", {"host": ""}, "--host"),
    ],
)
def test_an_upload_value_read_as_an_option_is_one_line_before_any_build(
    monkeypatch, capsys, tmp_path, name, kwargs, option
):
    """`invoke publish --target=-n` built the site and ran `rsync ... output/ -n`: a dry
    run that sent nothing and ended well; --target="--rsh=..." ran any command, and
    `invoke gh-pages --branch=--force` handed ghp-import an option for a branch."""
    tasks = _tasks()
    monkeypatch.setattr(tasks, "SSH_TARGET", "-avz")  # PODIUM_SSH_TARGET="-avz"
    built, ran = [], []
    monkeypatch.setattr(tasks, "_build", lambda *args: built.append(args) or tmp_path)
    monkeypatch.setattr(tasks, "_needs", lambda *args: None)
    monkeypatch.setattr(tasks, "_needs_an_address", lambda: None)
    # serve-global --host "" (an unset $HOST) built, then said "Serving on http://:8000/".
    import podium_cli.serve

    monkeypatch.setattr(podium_cli.serve, "serve", lambda *args, **kw: built.append(args))

    class Recording(Context):
        def run(self, command, **kwargs):
            ran.append(command)

    with pytest.raises(SystemExit) as exited:
        getattr(tasks, name)(Recording(), **kwargs)
    assert exited.value.code == 2 and built == [] and ran == []
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith(f"tasks.py: error: {option} must be "), line


@pytest.mark.parametrize(
    ("target", "how"),
    [
        (".", "is the project folder"),
        ("content", "is content/"),
        ("content/images", "is inside content/"),
        ("..", "holds the project folder"),
    ],
)
def test_publish_to_a_local_folder_of_the_project_is_refused_before_any_build(
    site, monkeypatch, tmp_path, capsys, target, how
):
    """rsync --delete makes the target the site: `invoke publish --target .` (or
    content) deleted every story, the settings and the theme."""
    import shutil

    tasks = _tasks()
    shutil.copy(ROOT / "publishconf.py", site / "publishconf.py")
    monkeypatch.chdir(site)
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.setenv("PODIUM_SITEURL", "https://werkenbij.example.com")
    monkeypatch.setattr(tasks, "_needs", lambda *args: None)
    built, ran = [], []
    monkeypatch.setattr(tasks, "_build", lambda *args: built.append(args) or site / "output")

    class Recording(Context):
        def run(self, command, **kwargs):
            ran.append(command)

    with pytest.raises(SystemExit) as exited:
        tasks.publish(Recording(), target=target)
    assert exited.value.code == 2 and built == [] and ran == []
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith(f"tasks.py: error: --target '{target}' {how}, and rsync --delete"), line
    (site / "output").mkdir()
    for fine in (str(tmp_path / "www"), "public-copy", "deploy@host:/var/www/careers"):
        tasks.publish(Recording(), target=fine)
    assert len(built) == len(ran) == 3


def _pelican(site, *args: str, **environ: str):
    """Pelican's own command, as its docs teach it (`pelican content`), in the site."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "PYTHONPATH": str(ROOT / "plugins"), **environ}
    run = [sys.executable, "-m", "pelican", *args]
    return subprocess.run(run, cwd=site, env=env, capture_output=True, text=True, timeout=300)


def _podium(site, *args: str):
    """The `podium` command in a process of its own, in the site."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "PYTHONPATH": str(ROOT / "plugins")}
    run = [sys.executable, "-m", "podium_cli", *args]
    return subprocess.run(run, cwd=site, env=env, capture_output=True, text=True, timeout=300)


def test_pelican_content_publishes_the_brand_logo_as_podium_build_does(site):
    """README step 1-2 of a new hub: a logo in content/brand/, PODIUM_BRAND['logo'], no
    STATIC_PATHS of its own. `podium build` published it, but a plain `pelican content`
    failed: "content/brand/logo.svg: error: is linked as a static file; Podium does
    not copy it", as the validate step read the typed settings (STATIC_PATHS: Pelican's
    ["images"]) before the render step put Podium's defaults (["brand"]) in place."""
    logo = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10"/></svg>'
    (site / "content" / "brand").mkdir()
    (site / "content" / "brand" / "logo.svg").write_text(logo, encoding="utf-8")
    conf = site / "pelicanconf.py"
    conf.write_text(
        conf.read_text(encoding="utf-8").replace(
            '"name": "Testbedrijf",', '"name": "Testbedrijf", "logo": "brand/logo.svg",'
        ),
        encoding="utf-8",
    )
    done = _pelican(site, "content")
    assert done.returncode == 0, done.stdout + done.stderr
    assert (site / "output" / "brand" / "logo.svg").read_text(encoding="utf-8") == logo
    assert 'src="/brand/logo.svg"' in (site / "output" / "index.html").read_text(encoding="utf-8")


def test_invoke_build_and_clean_take_the_output_pelican_content_wrote(site, monkeypatch, capsys):
    """`pelican content` builds the hub `podium build` builds, but without the file that
    marks an output as Podium's: `invoke build` (and `podium build`) then refused
    output/ as "not written by Podium", and `invoke clean` would not remove it."""
    done = _pelican(site, "content", "-s", "pelicanconf.py")
    assert done.returncode == 0, done.stderr
    assert (site / "output" / "index.html").is_file()
    monkeypatch.chdir(site)
    tasks = _tasks()
    tasks.build(Context())
    assert (site / "output" / "index.html").is_file()
    tasks.clean(Context())
    assert not (site / "output").exists()
    # A folder of the user's own is still never taken over.
    (site / "output").mkdir()
    (site / "output" / "notes.txt").write_text("mine", encoding="utf-8")
    assert _pelican(site, "content", "-s", "pelicanconf.py").returncode == 0
    assert "output: error: not removed: " in _clean_refused(tasks, capsys)
    assert (site / "output" / "notes.txt").is_file()


def test_invoke_clean_of_an_output_it_may_not_remove_is_one_line(site, monkeypatch):
    """Output written by another user (a build in a container as root): `invoke
    clean` ended in a PermissionError traceback from shutil.rmtree."""
    monkeypatch.chdir(site)
    tasks = _tasks()
    (site / "output").mkdir()
    (site / "output" / ".podium-output").write_text("", encoding="utf-8")

    def rmtree(path, *args, **kwargs):
        raise PermissionError(13, "Permission denied", "index.html")

    monkeypatch.setattr(tasks.shutil, "rmtree", rmtree)
    with pytest.raises(SystemExit) as exited:
        tasks.clean(Context())
    assert exited.value.code == (
        "output: error: not removed: index.html: Permission denied; remove it as the user "
        "that built it"
    )


def test_pelican_content_says_a_content_error_in_one_line(site):
    """`pelican content` stopped on a story's error as it should, but printed it as
    Pelican's CRITICAL log wrapped over 45 lines, traceback and all."""
    story = site / "content" / "columns" / "ben-bakker.md"
    story.write_text(story.read_text().replace("role:", "rol:"), encoding="utf-8")
    done = _pelican(site, "content", "-s", "pelicanconf.py")
    assert done.returncode == 1
    said = (done.stdout + done.stderr).splitlines()
    assert "Traceback" not in done.stdout + done.stderr, said
    error = 'content/columns/ben-bakker.md:5: error: unknown field "rol" (did you mean "role"?)'
    assert [line for line in said if ": error: " in line][0].startswith(error), said
    assert not (site / "output").exists()


@pytest.mark.parametrize("stories", [True, False], ids=["with stories", "themes only"])
def test_pelican_content_without_podiums_plugins_says_what_is_missing(site, stories):
    """A settings file with PLUGINS = [] runs none of Podium's code under plain
    Pelican, which ended in "UndefinedError: 'podium' is undefined" deep in a
    template. The theme is all of Podium that is there: its base template says
    what is missing (Pelican still adds its own traceback, which only a patch
    to Pelican could leave out). On a new hub's first day, its themes written
    and no story yet, it ended in "TemplateAssertionError: No filter named
    'job_locations'" from the front page's list macros, compiled before the base
    template could say it: the front page says it first too."""
    import shutil

    for folder in () if stories else ("interviews", "columns", "vacancies"):
        shutil.rmtree(site / "content" / folder)
    conf = site / "pelicanconf.py"
    text = conf.read_text(encoding="utf-8")
    conf.write_text(text.replace("PLUGINS = list(STEPS)", "PLUGINS = []"), encoding="utf-8")
    done = _pelican(site, "content", "-s", "pelicanconf.py", COLUMNS="500")
    assert done.returncode == 1
    said = [line for line in (done.stdout + done.stderr).splitlines() if "CRITICAL" in line]
    assert len(said) == 1, done.stdout + done.stderr
    assert "Podium's plugins are not loaded: the settings' PLUGINS must list them" in said[0]
    assert "PLUGINS = list(STEPS)" in said[0] and "podium build" in said[0]


@pytest.mark.parametrize(
    ("output", "said"),
    [
        ("content", "is content/"),
        ("content/site", "is inside content/"),
        (".", "is the project folder"),
        # The render step's own copy of the rule knew only content/ and the theme:
        # these went through under plain Pelican, refused by `podium build -o`.
        ("pelicanconf.py", "is the settings file"),
        (".podium-cache", "is the cache folder"),
        (".podium-cache/site", "is inside the cache folder"),
    ],
)
def test_pelican_content_into_the_content_or_project_folder_is_refused(site, output, said):
    """`pelican content -o content` (or -o .) wrote the whole hub among the stories
    (or beside pelicanconf.py): index.html, stories/, cards/ in content/, which the
    next build read and a commit took along. `podium build -o` refuses these, and
    plain Pelican the same folders, by the same rule (podium.outputs)."""

    def written() -> list[Path]:  # the project's files, its caches left out
        return sorted(
            p.relative_to(site) for p in site.rglob("*") if ".podium-cache" not in p.parts
        )

    before = written()
    done = _pelican(site, "content", "-s", "pelicanconf.py", "-o", output, COLUMNS="500")
    assert done.returncode == 1, done.stdout + done.stderr
    errors = [line for line in (done.stdout + done.stderr).splitlines() if ": error: " in line]
    assert errors == [
        f"pelicanconf.py: error: setting OUTPUT_PATH ({output}) {said}; Pelican would write "
        "the site there; give a folder of its own, like -o output"
    ], errors
    assert written() == before


def test_pelican_content_builds_again_over_its_own_output(site):
    """Pelican builds into output/ as it is (no swap): the second `pelican content`
    (and every rebuild of `pelican -r`) ended in "SameFileError: ... are the same
    file" on the first social card, which the first run had linked there."""
    assert _pelican(site, "content", "-s", "pelicanconf.py").returncode == 0
    story = site / "content" / "columns" / "ben-bakker.md"
    story.write_text(story.read_text().replace("vier dagen", "drie dagen"), encoding="utf-8")
    done = _pelican(site, "content", "-s", "pelicanconf.py")
    assert done.returncode == 0, done.stdout + done.stderr
    page = (site / "output" / "stories" / "ben-bakker" / "index.html").read_text("utf-8")
    assert "drie dagen" in page
    assert _pelican(site, "content", "-s", "pelicanconf.py").returncode == 0  # nothing changed


def test_pelican_content_with_pelicans_content_cache_on_takes_a_story_down(site):
    """CACHE_CONTENT and LOAD_CONTENT_CACHE (Pelican's docs offer them for speed) are
    off in every `podium build`; a plain `pelican content` kept them, so the run the
    day after Ben Bakker's consent ended took his story from Pelican's cache, as read
    the day before, and his page stayed online with his name."""
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text() + "CACHE_CONTENT = True\nLOAD_CONTENT_CACHE = True\n")
    story = site / "content" / "columns" / "ben-bakker.md"
    text = story.read_text(encoding="utf-8")
    ending = text.replace("given: 2026-04-01,", "given: 2026-04-01, until: 2026-07-01,")
    assert ending != text
    story.write_text(ending, encoding="utf-8")
    page = site / "output" / "stories" / "ben-bakker" / "index.html"
    assert _pelican(site, "content", "-s", "pelicanconf.py").returncode == 0
    assert "Ben Bakker" in page.read_text(encoding="utf-8")
    done = _pelican(site, "content", "-s", "pelicanconf.py", PODIUM_TODAY="2026-07-02")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Ben Bakker" not in page.read_text(encoding="utf-8")


def test_pelican_content_leaves_no_page_of_a_story_taken_down(site):
    """Pelican writes over its output/ and deletes nothing (DELETE_OUTPUT_DIRECTORY is
    off in pelicanconf.py): the run after Ben Bakker's consent ended left his people
    page, with his name, and his social card in output/, which `podium build` (whose
    output is replaced whole) never has. Output/ now holds what the run wrote."""
    story = site / "content" / "columns" / "ben-bakker.md"
    text = story.read_text(encoding="utf-8")
    story.write_text(text.replace("given: 2026-04-01,", "given: 2026-04-01, until: 2026-07-01,"))
    output = site / "output"
    assert _pelican(site, "content", "-s", "pelicanconf.py").returncode == 0
    assert (output / "people" / "ben-bakker" / "index.html").is_file()
    assert list((output / "cards").glob("ben-bakker.*"))
    done = _pelican(site, "content", "-s", "pelicanconf.py", PODIUM_TODAY="2026-07-02")
    assert done.returncode == 0, done.stdout + done.stderr
    assert not (output / "people" / "ben-bakker").exists()
    assert not list((output / "cards").glob("ben-bakker.*"))
    assert (output / ".podium-output").is_file()


# What `pelican -r` (and `pelican -lr`) does: one Pelican, run again on every change.
_AUTORELOAD = """
import sys
from pathlib import Path
from pelican import Pelican
from pelican.settings import read_settings

pelican = Pelican(read_settings("pelicanconf.py"))
story = Path("content/columns/ben-bakker.md")
for edit in sys.argv[1:]:
    if edit:
        old, new = edit.split("=>")
        story.write_text(story.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    try:
        pelican.run()
    except Exception as exc:
        print("failed:", type(exc).__name__, str(exc).splitlines()[0])
"""


def test_pelican_autoreload_shows_an_edited_story(site):
    """`pelican -r` makes one Pelican and runs it again on every change; Podium read
    the content once, when that Pelican started, so an edited story was rebuilt as
    it was first read ("vier dagen" stayed on the page), and a story broken in the
    loop was not refused. Each run now reads and checks the content afresh."""
    edits = ["", "vier dagen=>drie dagen", "role:=>rol:", "rol:=>role:"]
    done = _pelican_script(site, _AUTORELOAD, *edits)
    assert done.returncode == 0, done.stdout + done.stderr
    page = (site / "output" / "stories" / "ben-bakker" / "index.html").read_text("utf-8")
    assert "drie dagen" in page and "vier dagen" not in page
    (failed,) = [line for line in done.stdout.splitlines() if line.startswith("failed:")]
    assert 'ContentError content/columns/ben-bakker.md:5: error: unknown field "rol"' in failed


def test_pelican_autoreload_says_the_warnings_on_every_run(site):
    """Pelican's log drops a message it has shown once in the process: after the
    first build of `pelican -r`, a rebuild said none of the warnings the content
    still had (a closed vacancy a story links), as if they were fixed."""
    done = _pelican_script(site, _AUTORELOAD, "", "vier dagen=>drie dagen")
    assert done.returncode == 0, done.stdout + done.stderr
    warning = (
        'content/interviews/anna-de-boer.md:14: warning: vacancy "503" in "vacancies" is closed'
    )
    assert done.stderr.splitlines().count(warning) == 2, done.stderr


def _pelican_script(site, script: str, *args: str):
    import os
    import subprocess
    import sys

    env = {**os.environ, "PYTHONPATH": str(ROOT / "plugins")}
    run = [sys.executable, "-c", script, *args]
    return subprocess.run(run, cwd=site, env=env, capture_output=True, text=True, timeout=300)


def test_pelican_autoreload_says_a_content_error_in_one_line_and_goes_on(site, tmp_path):
    """The editing loop Pelican's docs teach: `pelican -r`. A story broken in the loop
    was Pelican's 'WARNING Caught exception: "content/...' wrapped over eight lines;
    now the one line `podium build` prints, and the next good edit is built."""
    import os
    import subprocess
    import sys

    from podium_testkit import wait_for

    env = {**os.environ, "PYTHONPATH": str(ROOT / "plugins")}
    err = tmp_path / "stderr.txt"
    page = site / "output" / "stories" / "ben-bakker" / "index.html"
    story = site / "content" / "columns" / "ben-bakker.md"
    text = story.read_text(encoding="utf-8")
    with err.open("w") as stderr:
        run = [sys.executable, "-m", "pelican", "-r", "-s", "pelicanconf.py", "content"]
        proc = subprocess.Popen(run, cwd=site, env=env, stdout=stderr, stderr=stderr)
        try:
            wait_for(page.is_file)
            # Written again until seen: an edit made before Pelican watches is missed.
            broken = text.replace("role:", "rol:")
            wait_for(lambda: _edited(story, broken, err, 'field "rol"'))
            edited = text.replace("vier dagen", "drie dagen")
            wait_for(lambda: _edited(story, edited, page, "drie dagen"))
            assert proc.poll() is None  # still watching
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    said = err.read_text(encoding="utf-8").splitlines()
    error = 'content/columns/ben-bakker.md:5: error: unknown field "rol" (did you mean "role"?)'
    assert [line for line in said if "rol" in line][0].startswith(error), said
    assert not any("Caught exception" in line for line in said), said


def _edited(story, text: str, shown, seen: str) -> bool:
    import time

    if seen in shown.read_text(encoding="utf-8"):
        return True
    story.write_text(text, encoding="utf-8")
    time.sleep(1.5)
    return False


def _pelican_refuses(site, conf_text: str) -> list[str]:
    """pelicanconf.py written as ``conf_text``, then a plain `pelican content`: it
    must fail, and its error lines (``PATH:LINE: error: ...``) are returned."""
    conf = site / "pelicanconf.py"
    conf.write_text(conf_text, "utf-8")
    done = _pelican(site, "content", "-s", "pelicanconf.py")
    assert done.returncode == 1, done.stdout + done.stderr
    said = [line for line in done.stderr.splitlines() if ": error: " in line]
    assert said and said[0].startswith("pelicanconf.py"), done.stderr
    return said


def test_pelican_content_refuses_a_story_url_its_save_as_does_not_write(site):
    conf = (site / "pelicanconf.py").read_text("utf-8")
    said = _pelican_refuses(site, conf + 'ARTICLE_URL = "stories/{slug}.html"\n')
    assert said[0].startswith("pelicanconf.py:")
    assert 'setting ARTICLE_URL "stories/{slug}.html" is not where ARTICLE_SAVE_AS' in said[0]


def test_settings_podium_does_not_read_are_warnings_of_every_command(
    site, monkeypatch, capfd, caplog
):
    """DATE_FORMATS (Pelican's way to write dates) was an error of `podium build` and
    `pelican content`, stopping a hub it changes nothing of, while LINKS and SOCIAL
    (pelican-quickstart's, just as unread) were a warning of `podium check` only, and
    `podium build`, `invoke build` and `pelican content` said nothing of them. Both are
    now one warning on the line that assigns them, from every command, and the hub builds."""
    conf = site / "pelicanconf.py"
    text = conf.read_text("utf-8")
    first = len(text.splitlines()) + 1
    conf.write_text(
        text + 'DATE_FORMATS = {"en": "%d %B %Y"}\n'
        "SOCIAL = (('LinkedIn', 'https://www.linkedin.com/company/example'),)\n",
        "utf-8",
    )
    wanted = [
        f"pelicanconf.py:{first}: warning: setting DATE_FORMATS is not read by Podium",
        f"pelicanconf.py:{first + 1}: warning: setting SOCIAL is read by Pelican's own themes",
    ]

    def warned(said: str) -> list[str]:
        lines = [x for x in said.splitlines() if ": warning: setting " in x]
        assert len(lines) == len(wanted), said
        assert "JINJA_FILTERS" in lines[0] and "PODIUM_BRAND['same_as']" in lines[1]
        return [x[: len(w)] for x, w in zip(lines, wanted, strict=True)]

    done = _pelican(site, "content", "-s", "pelicanconf.py")
    assert done.returncode == 0, done.stderr
    assert warned(done.stderr) == wanted
    done = _podium(site, "build")
    assert done.returncode == 0, done.stderr
    assert warned(done.stderr) == wanted
    # The test site's own two warnings (a closed vacancy, one without pay), and these.
    assert "4 warnings" in done.stdout, done.stdout
    monkeypatch.chdir(site)
    _tasks().build(Context())
    assert warned("\n".join(caplog.messages)) == wanted
    result = CliRunner().invoke(main, ["check"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert warned(result.output) == wanted
    assert "4 warnings" in result.output.splitlines()[-1], result.output


def test_pelican_content_with_plugins_lacking_podiums_steps_says_so_in_one_line(site):
    """PLUGINS = ["podium_read"] is one line from `podium build` naming the steps it lacks;
    a plain `pelican content` ended in the theme's "No filter named 'search_parts'"."""
    conf = (site / "pelicanconf.py").read_text("utf-8")
    said = _pelican_refuses(site, conf + 'PLUGINS = ["podium_read"]\n')
    line = len(conf.splitlines()) + 1
    assert said == [
        f"pelicanconf.py:{line}: error: setting PLUGINS lacks Podium's steps podium_validate, "
        "podium_render; a hub needs at least podium_read, podium_validate, podium_render "
        "(PLUGINS = list(STEPS) from podium.pipeline gives them all, in order)"
    ]
    assert not (site / "output").exists()


def test_pelican_content_with_publishconf_names_that_file_and_its_line(site):
    """`pelican content -s publishconf.py` (Pelican's `make publish`) named every setting's
    problem in publishconf.py as "pelicanconf.py", without a line: the file Podium takes
    when `podium` did not say which, a file with no such line."""
    (site / "publishconf.py").write_text(
        "import os\nimport sys\n\nsys.path.append(os.curdir)\nfrom pelicanconf import *\n"
        'SITEURL = "https://careers.example.com"\nGITHUB_URL = "https://github.com/x"\n'
        'DEFAULT_LANGUAGE = "en"\n',
        "utf-8",
    )
    done = _pelican(site, "content", "-s", "publishconf.py")
    assert done.returncode == 1, done.stderr
    said = [
        line for line in done.stderr.splitlines() if ": error: " in line or ": warning: s" in line
    ]
    assert sorted(line.split(" setting ")[0] for line in said) == [
        "publishconf.py:7: warning:",
        "publishconf.py:8: error:",
    ], done.stderr


def test_pelican_content_fatal_warnings_stops_in_one_line(site):
    """`pelican content --fatal warnings` (a Pelican site's CI gate) stopped at the test
    site's first warning with Pelican's CRITICAL "RuntimeError: Warning or error
    encountered" and its traceback wrapped over some 40 lines."""
    conf = site / "pelicanconf.py"  # Pelican's own feeds off, as the demo has them
    off = "FEED_ALL_ATOM = CATEGORY_FEED_ATOM = TRANSLATION_FEED_ATOM = None\n"
    off += "AUTHOR_FEED_ATOM = AUTHOR_FEED_RSS = None\n"
    conf.write_text(conf.read_text("utf-8") + off, "utf-8")
    done = _pelican(site, "content", "--fatal", "warnings")
    assert done.returncode == 1, done.stderr
    said = done.stderr.splitlines()
    assert "Traceback" not in done.stderr, done.stderr
    assert said[0].startswith("content/") and ": warning: " in said[0], said
    assert said[1:] == [
        "pelican: error: --fatal warnings stopped the build at the warning above"
    ], said


def test_pelican_content_refuses_a_misspelt_setting_as_podium_build_does(site):
    """DEFAULT_LANGUAGE = "en" (for DEFAULT_LANG) is one line from `podium build` and
    `podium check`; a plain `pelican content` built the hub in the wrong language
    without a word."""
    conf = (site / "pelicanconf.py").read_text("utf-8")
    said = _pelican_refuses(site, conf + 'DEFAULT_LANGUAGE = "en"\n')
    assert said[0].startswith("pelicanconf.py:")
    assert (
        'setting DEFAULT_LANGUAGE is not one Pelican or Podium reads (did you mean "DEFAULT_LANG"?)'
        in said[0]
    )


@pytest.mark.parametrize(
    ("was", "now", "said"),
    [
        (
            'PODIUM_ALUMNI_POLICY = "keep"',
            'PODIUM_ALUMNI_POLICY = "forget"',
            'setting PODIUM_ALUMNI_POLICY must be one of "keep", "anonymize", "unpublish", '
            'not "forget"',
        ),
        (  # a problem the render step finds, as before: said with the name too
            'DEFAULT_LANG = "nl"',
            'DEFAULT_LANG = "nl"\nARTICLE_URL = "stories/{slug}.html"',
            'setting ARTICLE_URL "stories/{slug}.html" is not where ARTICLE_SAVE_AS',
        ),
    ],
)
def test_pelican_content_says_a_misspelt_setting_with_the_other_wrong_settings(
    site, was, now, said
):
    """TIME_ZONE beside PODIUM_ALUMNI_POLICY = "forget": a plain `pelican content` said
    the policy alone (the validate step reads the typed settings first), and TIME_ZONE
    only in the next run; `podium build` says both at once."""
    conf = (site / "pelicanconf.py").read_text("utf-8")
    assert was in conf
    conf = conf.replace("TIMEZONE = ", "TIME_ZONE = ").replace(was, now)
    lines = conf.splitlines()
    zone = next(i for i, ln in enumerate(lines, 1) if ln.startswith("TIME_ZONE"))
    other = next(i for i, ln in enumerate(lines, 1) if ln.startswith(now.split("\n")[-1][:12]))
    errors = _pelican_refuses(site, conf)
    assert errors[0] == (
        f"pelicanconf.py:{zone}: error: setting TIME_ZONE is not one Pelican or Podium reads "
        '(did you mean "TIMEZONE"?); as written it is ignored and TIMEZONE keeps its default'
    )
    assert len(errors) == 2 and errors[1].startswith(f"pelicanconf.py:{other}: error: {said}")
    assert not (site / "output").exists()


def test_pelican_content_refuses_podium_preview_in_the_settings_file(site):
    """PODIUM_PREVIEW = True in pelicanconf.py (what `podium serve --drafts` sets) is
    one line from `podium build` and `podium check`; a plain `pelican content`
    published every draft with it, prompts and all, exit 0."""
    conf = (site / "pelicanconf.py").read_text("utf-8")
    said = _pelican_refuses(site, conf + "PODIUM_PREVIEW = True\n")
    assert said[0].startswith("pelicanconf.py:")
    assert "setting PODIUM_PREVIEW is not for the settings file" in said[0]
    assert not (site / "output" / "preview").exists()


def test_pelican_content_without_theme_says_so_in_one_line(site):
    """A pelicanconf.py without THEME (Pelican's notmyidea then) is one line from
    `podium build`; a plain `pelican content` ended in Pelican's CRITICAL
    "PelicanTemplateNotFound" wrapped over some 40 lines with a traceback."""
    conf = site / "pelicanconf.py"
    lines = conf.read_text("utf-8").splitlines(keepends=True)
    conf.write_text("".join(x for x in lines if not x.startswith("THEME")), "utf-8")
    done = _pelican(site, "content", "-s", "pelicanconf.py")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    said = [line for line in done.stderr.splitlines() if ": error: " in line]
    assert said == [
        'pelicanconf.py: error: setting THEME must be Podium\'s theme folder, like "theme" '
        "(the theme/ folder of Podium's repository, copied beside the settings file), not "
        'Pelican\'s own "notmyidea", which it is when THEME is left out'
    ], done.stderr


def test_pelican_content_says_a_missing_theme_with_a_wrong_podium_setting(site):
    """No THEME beside PODIUM_ALUMI_POLICY (for PODIUM_ALUMNI_POLICY), a new hub's
    two slips: a plain `pelican content` said the policy's name alone, and the
    missing THEME only in the next run; `podium build` says both at once."""
    conf = site / "pelicanconf.py"
    lines = conf.read_text("utf-8").splitlines(keepends=True)
    text = "".join(x for x in lines if not x.startswith("THEME"))
    said = _pelican_refuses(site, text.replace("PODIUM_ALUMNI_POLICY", "PODIUM_ALUMI_POLICY"))
    assert len(said) == 2, said
    assert said[0].startswith("pelicanconf.py: error: setting THEME must be Podium's theme")
    assert said[1].startswith("pelicanconf.py:")
    policy = 'setting PODIUM_ALUMI_POLICY is unknown (did you mean "PODIUM_ALUMNI_POLICY"?)'
    assert policy in said[1]
    assert not (site / "output").exists()


def test_pelican_content_prints_each_warning_in_one_line(site):
    """`pelican content` printed Podium's warnings through Pelican's log, a time and
    "WARNING" before them and the text wrapped at 80 columns ("...anna-de-boer.md:14:"
    on one line, "warning: vacancy ..." on the next), so no editor or CI log could
    take them as PATH:LINE lines; now as `podium build` prints them."""
    done = _pelican(site, "content", "-s", "pelicanconf.py")
    assert done.returncode == 0, done.stdout + done.stderr
    closed = (
        'content/interviews/anna-de-boer.md:14: warning: vacancy "503" in "vacancies" is closed'
    )
    assert closed in done.stderr.splitlines(), done.stdout + done.stderr
    assert "anna-de-boer.md" not in done.stdout


def test_build_keeps_what_output_retention_names(site, monkeypatch):
    """OUTPUT_RETENTION = [".git"] is how Pelican's docs keep a gh-pages checkout in
    output/ across builds; `invoke build` (and `podium build`) replaced output/ whole
    and the checkout was gone, the setting taken without a word. Now what it names
    is carried into the new output, as Pelican keeps it."""
    monkeypatch.chdir(site)
    tasks = _tasks()
    tasks.build(Context())
    git = site / "output" / ".git"
    git.mkdir()
    (git / "HEAD").write_text("ref: refs/heads/gh-pages\n", encoding="utf-8")
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text(encoding="utf-8") + 'OUTPUT_RETENTION = [".git"]\n', "utf-8")
    tasks.build(Context())
    assert (git / "HEAD").read_text(encoding="utf-8") == "ref: refs/heads/gh-pages\n"
    assert (site / "output" / "index.html").is_file()
    # ... and `invoke publish` does not send it to the web server.
    monkeypatch.setattr(tasks, "_needs", lambda *args: None)
    monkeypatch.setattr(tasks, "_needs_an_address", lambda: None)
    monkeypatch.setattr(tasks, "_build", lambda *args: site / "output")
    monkeypatch.setattr(tasks, "PUBLISH_SETTINGS", "pelicanconf.py")
    ran = []

    class Recording(Context):
        def run(self, command, **kwargs):
            ran.append(command)

    tasks.publish(Recording(), target="u@h:/srv")
    assert " --exclude=/.git " in ran[0], ran
    assert " --exclude=/.podium-output " in ran[0], ran  # the marker is not the site either


def test_gh_pages_commits_the_site_without_what_output_retention_keeps(site, monkeypatch):
    """ghp-import commits every file of the folder it is given: with OUTPUT_RETENTION =
    [".git"] (a gh-pages checkout kept in output/, as Pelican's docs have it) `invoke
    gh-pages` put that .git into the branch, which git's checks and GitHub's push
    refuse ("hasDotgit"), and with it Podium's marker file .podium-output."""
    monkeypatch.chdir(site)
    tasks = _tasks()
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text(encoding="utf-8") + 'OUTPUT_RETENTION = [".git"]\n', "utf-8")
    tasks.build(Context())
    git = site / "output" / ".git"
    git.mkdir()
    (git / "HEAD").write_text("ref: refs/heads/gh-pages\n", encoding="utf-8")
    monkeypatch.setattr(tasks, "_needs", lambda *args: None)
    monkeypatch.setattr(tasks, "_needs_an_address", lambda: None)
    monkeypatch.setattr(tasks, "_build", lambda *args: site / "output")
    monkeypatch.setattr(tasks, "PUBLISH_SETTINGS", "pelicanconf.py")
    given = {}

    class Recording(Context):
        def run(self, command, **kwargs):
            import shlex

            folder = Path(shlex.split(command)[-1])
            given.update({p.relative_to(folder).as_posix(): p for p in folder.rglob("*")})

    tasks.gh_pages(Recording())
    assert "index.html" in given and "en/index.html" in given
    assert not [name for name in given if name.startswith((".git", ".podium-output"))]
    assert (git / "HEAD").is_file() and (site / "output" / ".podium-output").is_file()


@pytest.mark.parametrize(
    ("siteurl", "cname"),
    [
        ("https://careers.example.com", "careers.example.com"),
        ("https://acme.github.io/careers", None),  # GitHub's own address
        ("https://acme.com/careers", None),  # a project page: acme.com's site has the CNAME
    ],
)
def test_gh_pages_keeps_the_hubs_own_domain(site, monkeypatch, siteurl, cname):
    """GitHub keeps a custom domain as a CNAME file in the branch, and the forced push
    of a site without one removed it: the README's `PODIUM_SITEURL=https://careers.
    example.com invoke gh-pages` took the hub off its domain on every publish."""
    import shlex
    import shutil

    monkeypatch.chdir(site)
    tasks = _tasks()
    shutil.copy(ROOT / "publishconf.py", site / "publishconf.py")
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.setenv("PODIUM_SITEURL", siteurl)
    output = site / "output"
    output.mkdir()
    (output / "index.html").write_text("<!doctype html>", encoding="utf-8")
    monkeypatch.setattr(tasks, "_needs", lambda *args: None)
    monkeypatch.setattr(tasks, "_build", lambda *args: output)
    ran = []

    class Recording(Context):
        def run(self, command, **kwargs):
            ran.append(shlex.split(command))

    tasks.gh_pages(Recording())
    ((*options, _folder),) = ran
    assert (options[options.index("--cname") + 1] if "--cname" in options else None) == cname
    (output / "CNAME").write_text("werkenbij.acme.com\n", encoding="utf-8")  # one of its own
    tasks.gh_pages(Recording())
    assert "--cname" not in ran[-1]


def test_gh_pages_keeps_no_history_of_earlier_sites(site, monkeypatch):
    """ghp-import commits the site on top of the branch's last commit unless told
    otherwise: every publish stacked on the one before, so the public gh-pages
    branch kept every earlier site, a withdrawn colleague's story, people page
    and portrait among them, for anyone to browse in its history. Each publish
    is now the branch's only commit (ghp-import --no-history, pushed with force)."""
    import shlex

    monkeypatch.chdir(site)
    tasks = _tasks()
    output = site / "output"
    output.mkdir()
    (output / "index.html").write_text("<!doctype html>", encoding="utf-8")
    monkeypatch.setattr(tasks, "_needs", lambda *args: None)
    monkeypatch.setattr(tasks, "_needs_an_address", lambda: None)
    monkeypatch.setattr(tasks, "_build", lambda *args: output)
    monkeypatch.setattr(tasks, "PUBLISH_SETTINGS", "pelicanconf.py")
    ran = []

    class Recording(Context):
        def run(self, command, **kwargs):
            ran.append(shlex.split(command))

    tasks.gh_pages(Recording())
    ((program, *options, _folder),) = ran
    assert program == "ghp-import"
    assert "--no-history" in options and "--push" in options


def test_pelican_reads_the_demo_settings_without_its_feeds_warning(caplog):
    """`pelican content` (and `pelican --listen`, `-r`) on the demo began with Pelican's
    "Feeds generated without SITEURL or FEED_DOMAIN set properly may not be valid",
    wrapped over two lines, before any plugin ran: about Pelican's own feeds
    (FEED_ALL_ATOM and the like), which Podium never writes. `podium build` drops it;
    the settings now turn those feeds off as pelican-quickstart's do, so it never comes."""
    from pelican.settings import read_settings

    caplog.set_level("WARNING")
    read_settings(str(ROOT / "pelicanconf.py"))
    assert not [m for m in caplog.messages if "Feeds generated" in m], caplog.messages


def test_an_interrupted_publish_leaves_the_published_site_as_it_was(site, monkeypatch, tmp_path):
    """rsync replaced and deleted the server's files one by one: a publish cut off
    half way (Ctrl-C, the network, a cancelled job) left the live hub a mix of
    the new site and the old, with pages deleted that the old one links to. Now
    the new files wait beside the old and go live together at the end."""
    import os
    import shutil
    import subprocess

    rsync = shutil.which("rsync")
    if rsync is None:
        pytest.skip("rsync is not installed")
    tasks = _tasks()
    output, live = tmp_path / "output", tmp_path / "live"
    output.mkdir()
    live.mkdir()
    for n in range(40):
        (output / f"page{n}.html").write_bytes(os.urandom(100_000))  # cannot be compressed
        (live / f"page{n}.html").write_text("old", "utf-8")
    (live / "gone.html").write_text("old", "utf-8")
    monkeypatch.chdir(site)
    monkeypatch.setattr(tasks, "_build", lambda *args: output)
    monkeypatch.setattr(tasks, "_needs_an_address", lambda: None)
    ran = []

    class Recording(Context):
        def run(self, command, **kwargs):
            ran.append(command)

    tasks.publish(Recording(), target=str(live))
    (command,) = ran
    slow = tmp_path / "bin"
    slow.mkdir()
    (slow / "rsync").write_text(f'#!/bin/sh\nexec {rsync} --bwlimit=400 "$@"\n', "utf-8")
    (slow / "rsync").chmod(0o755)
    env = {**os.environ, "PATH": f"{slow}{os.pathsep}{os.environ['PATH']}"}
    proc = subprocess.Popen(command, shell=True, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)  # fmt: skip
    try:
        proc.wait(timeout=1.5)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C, half way
        proc.wait(timeout=30)
    else:
        pytest.fail("the transfer was over before it could be cut off")
    pages = sorted(live.glob("*.html"))
    assert len(pages) == 41
    assert [p.name for p in pages if p.read_bytes() != b"old"] == []


def test_pelican_content_names_the_published_address_as_podium_build_does(site):
    """`podium build` with pelicanconf.py (SITEURL '') takes publishconf.py's address
    for canonical, og:image and the sitemap (71e1c5b); a plain `pelican content` wrote
    them relative, og:image="/cards/...", which Open Graph readers cannot fetch. Now
    the same settings build the same addresses whichever command runs them, and the
    menu, stylesheet and photos stay site-relative for the local preview."""
    public = "https://werkenbij.example.nl"
    (site / "publishconf.py").write_text(
        "import os, sys\nsys.path.append(os.curdir)\nfrom pelicanconf import *\n"
        f"SITEURL = {public!r}\n",
        encoding="utf-8",
    )
    done = _pelican(site, "content", "-s", "pelicanconf.py")
    assert done.returncode == 0, done.stdout + done.stderr
    page = (site / "output" / "stories" / "ben-bakker" / "index.html").read_text("utf-8")
    assert f'<link rel="canonical" href="{public}/stories/ben-bakker/">' in page
    (card,) = re.findall(r'<meta property="og:image" content="([^"]+)"', page)
    assert card.startswith(f"{public}/cards/"), card
    assert re.search(r'<link rel="stylesheet" href="/', page)  # the preview's own files
    assert (
        f"<loc>{public}/stories/ben-bakker/</loc>" in (site / "output" / "sitemap.xml").read_text()
    )
