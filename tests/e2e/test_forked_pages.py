"""Story pages written by a forked copy of the build (``podium.forked``, started by
the render step): the same site, byte for byte, as written in one process; a
failure in the child fails the build and leaves the previous output as it was."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

from podium import forked
from podium_testkit import ROOT

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or forked._cpus() < 2,
    reason="forked writers run on Linux with two or more CPUs only",
)


def _files(root):
    files = sorted(p for p in root.rglob("*") if p.is_file())
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in files}


# Each build runs in a fresh interpreter: in the test process, the browser
# tests' Playwright driver keeps a thread running, and forked.available() says no.
_BUILD = """
import json, sys, time
from podium import forked
from podium_cli.build import build
starts = []
real = forked.start
def start(work, what, **given):
    if sys.argv[3] == "slow":  # the child is still writing when the rest is done
        def work(work=work):
            time.sleep(3)
            work()
    starts.append(real(work, what, **given))
    return starts[-1]
forked.start = start
if sys.argv[3] == "in-order":
    forked.available = lambda: False
try:
    build(sys.argv[1], sys.argv[2], **json.loads(sys.argv[4]))
except Exception as exc:
    print(json.dumps({"starts": starts, "error": f"{type(exc).__name__}: {exc}"}))
else:
    print(json.dumps({"starts": starts, "error": None}))
"""


def _build(settings, output, how="forked", **overrides) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "plugins")}
    args = [sys.executable, "-c", _BUILD, str(settings), str(output), how, json.dumps(overrides)]
    proc = subprocess.run(args, env=env, capture_output=True, text=True, cwd=settings.parent)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_the_forked_build_writes_the_same_site_as_one_process(site):
    settings = site / "pelicanconf.py"
    _build(settings, site / "forked")  # cold: the card pool's threads may keep it in order
    assert _build(settings, site / "forked") == {"starts": [True], "error": None}
    assert _build(settings, site / "in-order", "in-order") == {"starts": [False], "error": None}
    one, other = _files(site / "forked"), _files(site / "in-order")
    assert sorted(one) == sorted(other)
    assert [name for name in one if one[name] != other[name]] == []
    assert any(name.startswith("stories/") for name in one)


def test_a_template_error_in_a_story_page_fails_the_build_and_keeps_the_old_output(site, tmp_path):
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "theme", theme)
    settings, output = site / "pelicanconf.py", site / "output"
    _build(settings, output, THEME=str(theme))
    before = _files(output)
    story = theme / "templates" / "story.html"
    broken = "{{ article.no_such_attribute.name }}"  # an attribute of an undefined value
    story.write_text(story.read_text("utf-8").replace("</article>", broken + "</article>", 1))
    result = _build(settings, output, THEME=str(theme))
    assert result["starts"] == [True]
    # One line naming the template and its line (podium.errors.template_issue).
    assert "theme/templates/story.html:" in result["error"]
    assert "error: template: UndefinedError: " in result["error"]
    assert "no_such_attribute" in result["error"]
    assert _files(output) == before
    assert not list(site.glob(".output.*"))  # the failed build's folder is gone


def test_a_site_without_search_has_every_story_page_when_the_build_returns(site):
    """Without the index step, the render step's own `finalized` handler joins the child."""
    from podium.pipeline import STEPS

    settings = site / "pelicanconf.py"
    plugins = [step for step in STEPS if step != "podium_index"]
    _build(settings, site / "output", PLUGINS=plugins)  # cold: may write in order
    result = _build(settings, site / "output", "slow", PLUGINS=plugins)
    assert result == {"starts": [True], "error": None}
    forked_pages = _files(site / "output")
    _build(settings, site / "in-order", "in-order", PLUGINS=plugins)
    assert forked_pages == _files(site / "in-order")
    assert any(name.startswith("stories/") for name in forked_pages)


def test_sigterm_to_the_whole_job_is_one_line(site):
    """A cancelled CI job, `docker stop` or `kill -- -PGID` signals every process of
    the job, the forked writer too, which ran the build's own SIGTERM handler:
    "podium: error: the build was terminated (SIGTERM)" was printed twice."""
    settings, output = site / "pelicanconf.py", site / "output"
    _build(settings, output)  # warm, so the story pages are forked
    before = _files(output)
    started = site / "child-started"
    script = (
        "import os, sys, time\n"
        "from podium import forked\n"
        "real = forked.start\n"
        "def start(work, what, **given):\n"
        "    def slow():\n"
        f"        open({str(started)!r}, 'w').close()\n"
        "        time.sleep(120)\n"
        "    return real(slow, what)\n"
        "forked.start = start\n"
        "from podium_cli.cli import main\n"
        "main(['build', '-q'], prog_name='podium')\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "plugins")}
    proc = subprocess.Popen(
        [sys.executable, "-c", script],
        cwd=site,
        env=env,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    deadline = time.monotonic() + 120
    while not started.exists():
        assert proc.poll() is None and time.monotonic() < deadline, "the child never started"
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 143
    assert err.splitlines() == ["podium: error: the build was terminated (SIGTERM)"]
    assert _files(output) == before
    assert not list(site.glob(".output.*"))


_COMPILES = """
import os, sys
import jinja2
from podium import forked
from podium_cli.build import build
compile_ = jinja2.Environment.compile
def counting(self, source, name=None, filename=None, *args, **kwargs):
    with open(sys.argv[3], "a", encoding="utf-8") as out:  # the child's too
        out.write(f"{os.getpid()} {name}\\n")
    return compile_(self, source, name, filename, *args, **kwargs)
jinja2.Environment.compile = counting
starts = []
real = forked.start
forked.start = lambda work, what, **given: starts.append(real(work, what, **given)) or starts[-1]
build(sys.argv[1], sys.argv[2])
print(os.getpid(), starts)
"""


def test_the_forked_writer_and_the_build_compile_no_template_twice(site, tmp_path):
    """The story pages' templates are compiled before the fork
    (``_compile_story_templates``): the child and the build process each compiled
    base.html, its menu and footer, the macros and the lists for themselves."""
    settings, log = site / "pelicanconf.py", tmp_path / "compiled.txt"
    _build(settings, site / "output")  # cold: the card pool's threads may keep it in order
    env = {**os.environ, "PYTHONPATH": str(ROOT / "plugins")}
    args = [sys.executable, "-c", _COMPILES, str(settings), str(site / "output"), str(log)]
    proc = subprocess.run(args, env=env, capture_output=True, text=True, cwd=site)
    assert proc.returncode == 0, proc.stderr[-2000:]
    pid, starts = proc.stdout.strip().splitlines()[-1].split(" ", 1)
    assert starts == "[True]"
    build_process, child = set(), set()
    for line in log.read_text("utf-8").splitlines():
        by, name = line.split(" ", 1)
        (build_process if by == pid else child).add(name)
    assert {"story.html", "base.html", "_macros.html", "_chrome.html"} <= build_process
    assert child  # Pelican's own lists' templates, which only the child loads
    assert build_process & child == set()
