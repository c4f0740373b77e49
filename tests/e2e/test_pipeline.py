"""The pipeline as a whole: each content file read once, steps in a checked order,
and one tag-and-link for the build and ``podium report``."""

from __future__ import annotations

import builtins
import io
import json
import logging
import os
import re
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image

from podium import pipeline
from podium import settings as podium_settings
from podium_cards import plugin as cards_plugin
from podium_cli.build import build, load_settings
from podium_cli.cli import main
from podium_cli.report import report_of
from podium_cli.withdraw import plan
from podium_testkit import set_brand_logo
from podium_validate.site import load_site


@pytest.fixture
def opened(monkeypatch) -> Counter[Path]:
    """How often each file (resolved) is opened from now on, through open,
    pathlib (io.open) or a descriptor (os.open). Python's own import of the
    settings file (io.open_code) is not counted: Pelican runs it."""
    opened: Counter[Path] = Counter()
    real_open, real_os_open = io.open, os.open

    def counting_open(file, *args, **kwargs):
        if isinstance(file, str | os.PathLike):
            opened[Path(file).resolve()] += 1
        return real_open(file, *args, **kwargs)

    def counting_os_open(file, *args, **kwargs):
        # Story files are read by descriptor (read_bounded: no symlink, size capped).
        if isinstance(file, str | os.PathLike):
            opened[Path(file).resolve()] += 1
        return real_os_open(file, *args, **kwargs)

    # pathlib's read_text/read_bytes go through io.open, everything else through open.
    monkeypatch.setattr(io, "open", counting_open)
    monkeypatch.setattr(builtins, "open", counting_open)
    monkeypatch.setattr(os, "open", counting_os_open)
    return opened


def test_each_content_file_is_read_once_per_build(site, opened, monkeypatch):
    photo = site / "content" / "images" / "people" / "anna.jpg"
    photo.parent.mkdir(parents=True)  # git keeps no empty folders
    Image.new("RGB", (600, 800), (200, 120, 80)).save(photo, "JPEG")
    story = site / "content" / "interviews" / "anna-de-boer.md"
    story.write_text(
        story.read_text().replace("lang: nl", "lang: nl\nphoto: images/people/anna.jpg"), "utf-8"
    )
    # The cards drawn in this process, where their reads are counted (a worker's are not).
    monkeypatch.setattr(cards_plugin, "POOL_THRESHOLD", 10**9)
    opened.clear()
    build(site / "pelicanconf.py", site / "output")  # cold: no parse cache yet
    content = (site / "content").resolve()
    watched = [content / "themes.yml", content / "withdrawn.yml"]
    watched += sorted((content / "vacancies").glob("*.yml"))
    assert len(watched) == 5
    stories = sorted(content.glob("interviews/*.md")) + sorted(content.glob("columns/*.md"))
    assert len(stories) >= 8
    watched += stories
    assert {p.name: opened[p] for p in watched} == {p.name: 1 for p in watched}
    # A photo is read by three steps in a cold build, once each: the read step
    # checks it (size and decode, from one read) and records its digest; the image
    # step cleans it, and the card step draws it, each from bytes it read under the
    # content policy and compared with that digest. A warm build reads it once.
    assert opened[photo.resolve()] == 3


def _brand_drawing(brand: Path, name: str, width: int) -> Path:
    """An SVG drawing ``width`` x 10 in content/brand/ (made if need be)."""
    brand.mkdir(exist_ok=True)
    drawing = brand / name
    drawing.write_text(
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="10">'
        f'<rect width="{width}" height="10" fill="#0b5d4b"/></svg>',
        "utf-8",
    )
    return drawing


def test_a_brand_file_is_read_once_to_be_checked_per_build(site, opened):
    """The images step's gate read every brand file again, after the read step had
    checked the SVG drawings and attachments: it now takes the site model's
    checks. A raster file is read once, to be published re-encoded."""
    brand = site / "content" / "brand"
    drawing = _brand_drawing(brand, "mark.svg", 10)
    raster = brand / "banner.png"
    Image.new("RGB", (40, 20), (11, 93, 75)).save(raster, "PNG")
    opened.clear()
    build(site / "pelicanconf.py", site / "output")
    # The drawing: checked by the read step, which keeps its bytes for the images
    # step to publish (it read it again, the read step having kept none).
    assert (opened[drawing.resolve()], opened[raster.resolve()]) == (1, 1)
    assert (site / "output" / "brand" / "mark.svg").read_bytes() == drawing.read_bytes()
    assert (site / "output" / "brand" / "banner.png").is_file()


def test_the_brand_logo_is_read_once_per_build(site, opened):
    """content/brand/logo.svg was read three times: checked by the read step,
    read again by the images step to publish it, and hashed a third time (with no
    content check) for the cards' names. Both take the read step's now."""
    brand = site / "content" / "brand"
    logo = _brand_drawing(brand, "logo.svg", 40)
    set_brand_logo(site, "brand/logo.svg")
    opened.clear()
    build(site / "pelicanconf.py", site / "output")
    assert opened[logo.resolve()] == 1
    assert (site / "output" / "brand" / "logo.svg").read_bytes() == logo.read_bytes()
    # Drawn on the cards (resvg reads it there, outside Python's open).
    assert list((site / "output" / "cards").glob("hub.nl-*"))


def test_the_settings_file_is_read_once_per_build(site, opened, caplog):
    """pelicanconf.py was read twice besides Python's import of it: to refuse an
    empty one, and again for the line of a setting a warning names."""
    conf = site / "pelicanconf.py"
    # A warning with its line: PODIUM_CMS still naming the demo's repository.
    conf.write_text(conf.read_text() + '\nPODIUM_CMS = {"repo": "helder-energie/werken-bij"}\n')
    line = len(conf.read_text().splitlines())
    opened.clear()
    build(conf, site / "output")
    assert f"pelicanconf.py:{line}: warning: setting PODIUM_CMS" in caplog.text
    assert opened[conf.resolve()] == 1


def test_the_steps_take_the_site_the_validate_step_published():
    """Every step after validate takes the Site from the context (pipeline.SITE).
    podium_validate.site_of read the content again where the validate step had not
    run, which it always does (a required step), and that Site would have skipped
    as_published (the jobs of failing feeds closed): no step can reach for it."""
    import podium_validate

    assert not hasattr(podium_validate, "site_of")
    steps = Path(podium_validate.__file__).parents[1]
    using = [p.name for p in steps.glob("podium_*/*.py") if "site_of" in p.read_text("utf-8")]
    assert using == []


def test_the_read_step_reads_the_site_and_the_validate_step_checks_that_one(site, monkeypatch):
    """The read step's reader took the site model from the context key the
    validate step (a later step) filled: read depended on validate having run.
    Now read publishes what it read, and validate completes that very model."""
    import podium_read
    import podium_validate

    read, checked = [], []
    real_read, real_check = podium_read.read_site, podium_validate.check_site

    def reading(*args):
        read.append(real_read(*args))
        return read[-1]

    def checking(model):
        checked.append(model)
        return real_check(model)

    monkeypatch.setattr(podium_read, "read_site", reading)
    monkeypatch.setattr(podium_validate, "check_site", checking)
    build(site / "pelicanconf.py", site / "output")
    assert len(read) == len(checked) == 1 and checked[0] is read[0]


def test_planning_a_withdrawal_reads_the_record_once(site, opened):
    """withdraw.plan read withdrawn.yml three times: to check it is UTF-8, to
    check its entries, and for the entries it keeps."""
    content = site / "content"
    ps = podium_settings.get(load_settings(site / "pelicanconf.py"))
    parsed = list(load_site(content, ps).parsed)
    record = content / "withdrawn.yml"
    opened.clear()
    out, entries = plan("anna-de-boer", content, parsed, record, ("nl", "en"))
    assert opened[record.resolve()] == 1
    assert [e["slug"] for e in entries] == ["teruggetrokken-verhaal", "anna-de-boer"]
    assert sorted(out.langs) == ["en", "nl"]


def test_a_reordered_plugins_list_is_one_line_error(site, monkeypatch):
    conf = site / "pelicanconf.py"
    order = ["podium_read", "podium_validate", "podium_link", "podium_tag", "podium_render"]
    conf.write_text(conf.read_text().replace("PLUGINS = list(STEPS)", f"PLUGINS = {order!r}"))
    monkeypatch.chdir(site)
    result = CliRunner().invoke(main, ["build", "-o", "out"], catch_exceptions=False)
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    line = next(i for i, t in enumerate(conf.read_text().splitlines(), 1) if "PLUGINS =" in t)
    assert lines == [
        f'pelicanconf.py:{line}: error: setting PLUGINS lists "podium_link" before "podium_tag"; '
        "Podium's steps must run in the order podium_read, podium_validate, podium_tag, "
        "podium_link, podium_render"
    ]
    assert not (site / "out").exists()


@pytest.mark.parametrize("command", ["build", "check"])
@pytest.mark.parametrize("plugins", ["[]", "None", '["podium_read", "podium_validate"]'])
def test_plugins_without_the_required_steps_is_one_line_error(site, monkeypatch, plugins, command):
    """No Podium step in PLUGINS used to end in a template error ("'podium' is undefined");
    and `podium check` passed such a file (exit 0) that the build then refused."""
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text().replace("PLUGINS = list(STEPS)", f"PLUGINS = {plugins}"))
    monkeypatch.chdir(site)
    args = ["build", "-o", "out"] if command == "build" else ["check"]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 1
    (line,) = result.output.strip().splitlines()
    assert re.match(r"pelicanconf\.py:\d+: error: setting PLUGINS lacks Podium's step", line)
    assert "podium_render" in line and "PLUGINS = list(STEPS)" in line
    assert not (site / "out").exists()


@pytest.mark.parametrize("command", ["build", "check"])
def test_a_misspelt_step_in_plugins_is_one_line_before_building(site, monkeypatch, command):
    # Pelican only logged "Cannot load plugin `podium_validat`" and built the
    # whole site without the step; the build failed at its end, in two lines.
    conf = site / "pelicanconf.py"
    order = ["podium_read", "podium_validat", "podium_tag", "podium_render"]
    conf.write_text(conf.read_text().replace("PLUGINS = list(STEPS)", f"PLUGINS = {order!r}"))
    line = next(i for i, t in enumerate(conf.read_text().splitlines(), 1) if "PLUGINS =" in t)
    monkeypatch.chdir(site)
    args = ["build", "-o", "out"] if command == "build" else ["check"]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f'pelicanconf.py:{line}: error: setting PLUGINS lists "podium_validat", which is not one '
        'of Podium\'s steps (did you mean "podium_validate"?); they are '
        + ", ".join(pipeline.STEPS)
    ]
    assert not (site / "out").exists()


@pytest.mark.parametrize("command", ["build", "check"])
def test_a_plugin_added_to_plugins_that_is_nowhere_is_one_line_before_building(
    site, monkeypatch, command
):
    """A Pelican user adds a plugin of their own: misspelt (or not installed), Pelican
    only logged "Cannot load plugin `helo`", `podium check` passed, and the build
    failed at its very end in "pelicanconf.py: error: build failed: Cannot load
    plugin `helo`", on no line and saying nothing of where plugins are looked for."""
    mine = site / "mine" / "hello"
    mine.mkdir(parents=True)
    (mine / "__init__.py").write_text("def register():\n    pass\n", encoding="utf-8")
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text() + 'PLUGIN_PATHS = PLUGIN_PATHS + ["mine"]\n')
    conf.write_text(conf.read_text() + 'PLUGINS = PLUGINS + ["helo"]\n')
    line = len(conf.read_text().splitlines())
    monkeypatch.chdir(site)
    args = ["build", "-q", "-o", "out"] if command == "build" else ["check"]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 1
    errors = [t for t in result.output.splitlines() if ": error: " in t]
    assert errors == [
        f'pelicanconf.py:{line}: error: setting PLUGINS lists "helo", which is not one of '
        'Podium\'s steps nor a plugin in PLUGIN_PATHS or installed (did you mean "hello"?)'
    ], result.output
    assert not (site / "out").exists()
    conf.write_text(conf.read_text().replace('"helo"', '"hello"'))
    assert CliRunner().invoke(main, args, catch_exceptions=False).exit_code == 0


@pytest.mark.parametrize("step", pipeline.STEPS)
def test_every_step_connects_the_order_check(step, monkeypatch):
    """Each step checks PLUGINS at start-up (pipeline.on_initialized), so a list
    whose other steps are left out is still checked; podium_cms did not."""
    import importlib

    connected: list[tuple[str, object]] = []

    class Signal:
        def __init__(self, name):
            self.name = name

        def connect(self, receiver, *args, **kwargs):
            connected.append((self.name, receiver))
            return receiver

    recorder = type("Signals", (), {"__getattr__": lambda self, name: Signal(name)})()
    register = importlib.import_module(step).register
    # Recorded, not connected: Pelican's signals are the process's, for every later build.
    monkeypatch.setitem(register.__globals__, "signals", recorder)
    register()
    assert ("initialized", pipeline.on_initialized) in connected


@pytest.mark.parametrize(
    ("plugins", "misplaced"),
    [
        (list(pipeline.STEPS), None),
        (["podium_read", "podium_validate", "podium_render"], None),  # a step left out
        (["podium_cards", "podium_read"], "podium_cards"),
        (["podium_read", "podium_index", "podium_cards", "podium_images"], "podium_index"),
        (["pelican.plugins.other", "podium_tag", "podium_read"], "podium_tag"),
    ],
)
def test_order_problem_names_the_misplaced_step(plugins, misplaced):
    problem = pipeline.order_problem(plugins)
    if misplaced is None:
        assert problem is None
    else:
        assert problem.startswith(f'setting PLUGINS lists "{misplaced}" before ')
        assert "\n" not in problem


def test_report_and_build_tag_and_link_alike(built_site, site):
    """podium report's open jobs per theme are the build's, from one tag-and-link."""
    settings = load_settings(site / "pelicanconf.py")
    ps = podium_settings.get(settings)
    report = report_of(load_site(Path(settings["PATH"]), ps))
    feed = json.loads((built_site / "vacancies.json").read_text(encoding="utf-8"))
    per_theme: Counter[str] = Counter()
    for item in feed["items"]:
        per_theme.update(item["_podium"]["themes"])
    assert {r.slug: r.open_vacancies for r in report.rows} == {
        r.slug: per_theme[r.slug] for r in report.rows
    }
    assert sum(per_theme.values()) > 0


def test_a_story_pelican_cannot_process_is_one_line_that_says_why(site, monkeypatch):
    """Pelican logs "Could not process columns/ben-bakker.md" without its exception
    (only with DEBUG): the build's one line said which file failed, never why."""
    from pelican.readers import Readers

    from podium.errors import ContentError
    from podium_cli.build import build

    real = Readers.read_file

    def read_file(self, base_path, path, *args, **kwargs):
        if str(path).endswith("ben-bakker.md"):
            raise ValueError("unbalanced widget\nsecond line")
        return real(self, base_path, path, *args, **kwargs)

    monkeypatch.setattr(Readers, "read_file", read_file)
    with pytest.raises(ContentError) as info:
        build(site / "pelicanconf.py", site / "output")
    lines = [issue.format() for issue in info.value.issues]
    assert len(lines) == 1 and "\n" not in lines[0], lines
    assert lines[0].endswith(
        "error: build failed: Could not process columns/ben-bakker.md "
        "(ValueError: unbalanced widget)"
    )
    assert not (site / "output").exists()


def test_an_event_loop_task_collected_during_a_build_does_not_fail_it(site, monkeypatch):
    """A task of an earlier event loop in the same process (the tests' browser),
    collected by the garbage collector while a build ran, made asyncio log "Task was
    destroyed but it is pending!" and the build failed on that line, its own work
    done (CI, tests/cards/test_font_replaced.py, once)."""
    import asyncio
    import gc
    import threading

    from pelican.readers import Readers

    # The task's loop runs in a thread of its own: the tests' browser may leave a
    # loop running in this one, and another cannot run beside it.
    pending: list[asyncio.Task] = []

    def leave_a_task_pending() -> None:
        loop = asyncio.new_event_loop()

        async def wait_forever() -> None:
            await asyncio.Event().wait()

        pending.append(loop.create_task(wait_forever()))
        loop.run_until_complete(asyncio.sleep(0))
        loop.close()

    thread = threading.Thread(target=leave_a_task_pending)
    thread.start()
    thread.join()
    assert len(pending) == 1
    real = Readers.read_file

    def read_file(self, base_path, path, *args, **kwargs):
        if str(path).endswith("ben-bakker.md") and pending:
            pending.clear()
            gc.collect()
        return real(self, base_path, path, *args, **kwargs)

    monkeypatch.setattr(Readers, "read_file", read_file)
    seen: list[str] = []
    handler = logging.Handler(logging.ERROR)
    handler.emit = lambda record: seen.append(record.getMessage())  # type: ignore[method-assign]
    logging.getLogger("asyncio").addHandler(handler)
    try:
        build(site / "pelicanconf.py", site / "output")
    finally:
        logging.getLogger("asyncio").removeHandler(handler)
    assert [m.splitlines()[0] for m in seen] == ["Task was destroyed but it is pending!"]
    assert (site / "output" / "index.html").is_file()


def test_no_page_is_read_back_from_the_output_during_a_build(site, monkeypatch):
    """The sitemap's lastmod of a listing and the search index take each page's
    language, search mark and hash from the render step's record of it, made as
    it was written (podium_render.written), also for the story pages a forked
    writer wrote: the data flows once, no page is read back from the output."""
    build(site / "pelicanconf.py", site / "output")  # cold
    real_open = io.open
    read_back: Counter[str] = Counter()

    def counting_open(file, mode="r", *args, **kwargs):
        name = os.fspath(file) if isinstance(file, (str, os.PathLike)) else ""
        reading = not any(c in mode for c in "wax+")
        if reading and name.endswith(".html") and "templates" not in Path(name).parts:
            read_back[Path(name).name] += 1
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(io, "open", counting_open)
    monkeypatch.setattr(builtins, "open", counting_open)
    lastmods = (site / "output" / "sitemap.xml").read_text()
    build(site / "pelicanconf.py", site / "output")  # warm: the story pages forked
    assert read_back == Counter()
    assert (site / "output" / "sitemap.xml").read_text() == lastmods
    assert (site / "output" / "pagefind" / "pagefind-entry.json").is_file()
