"""The README as a new user reads it: its numbers come from the commands it names."""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_hostile_corpus_count_is_what_its_command_prints():
    sys.path.insert(0, str(ROOT / "tests"))
    try:
        from hostile.corpus import CASES
    finally:
        sys.path.remove(str(ROOT / "tests"))
    stated = re.search(r"hostile input \((\d+) cases:", README)
    assert stated, "the README no longer states the size of tests/hostile's corpus"
    assert int(stated.group(1)) == len(CASES)


def _local_links(text: str) -> list[str]:
    """Markdown link targets that are files of this repository (no URLs, no in-page
    anchors), outside code spans, where `![](...)` is an example."""
    text = re.sub(r"```.*?```", "", text, flags=re.S)
    text = re.sub(r"`[^`\n]*`", "", text)
    targets = re.findall(r"\]\(([^)\s]+)\)", text)
    return [t.split("#")[0] for t in targets if not re.match(r"[a-z]+:|#", t)]


def test_every_relative_link_of_the_docs_is_a_file_of_the_repository():
    # The README linked the contract as ../shared/podium-contract.md: outside the
    # repository, so a 404 on GitHub and in every clone.
    for doc in [ROOT / "README.md", ROOT / "CONTRIBUTING.md", *(ROOT / "docs").glob("*.md")]:
        for target in _local_links(doc.read_text(encoding="utf-8")):
            path = (doc.parent / target).resolve()
            assert path.is_relative_to(ROOT), f"{doc.name}: {target} is outside the repository"
            assert path.exists(), f"{doc.name}: {target} does not exist"


def test_the_contract_in_docs_is_the_shared_one():
    """docs/contract.md is a copy, for readers of the repository; where the shared
    original is at hand (the maintainers' checkout), the two must not drift."""
    shared = ROOT.parent / "shared" / "podium-contract.md"
    copy = (ROOT / "docs" / "contract.md").read_text(encoding="utf-8")
    assert copy.startswith("# Podium: the contract")
    if shared.is_file():
        assert copy == shared.read_text(encoding="utf-8")


def test_contributing_tells_how_a_new_story_is_previewed_and_published():
    """`podium new` writes a draft. CONTRIBUTING told employees to preview it with a
    plain `podium serve` (which never shows a draft) and never to publish it, so a
    story merged as written stayed off the site."""
    import datetime as dt

    from podium_cli.newstory import NewStory, render

    spec = NewStory("column", "A", "B", None, "nl", "T", dt.date(2026, 1, 1))
    assert "status: draft" in render(spec)  # what the steps below explain
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    nl, en = text.split("## English")
    for part in (nl, en):
        assert "podium serve --drafts" in part and "localhost:8000/preview/" in part
        assert "`status: published`" in part


def test_enabling_the_editor_tells_to_protect_main_with_the_pull_request_check():
    """Decap's "Publish" merges a pull request through the API whatever its
    checks say, and writes the files onto the branch itself when GitHub refuses
    the merge (decap-cms-backend-github: mergePR, then forceMergePR). The steps
    to switch the editor on said nothing of it: a story with an error reached
    `main`, and every publish run failed from then on, the nightly one that
    takes down stories whose consent ended included."""
    import yaml

    workflow = yaml.safe_load(
        (ROOT / ".github" / "workflows" / "pull-request.yml").read_text(encoding="utf-8")
    )
    (job,) = workflow["jobs"]
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    steps = text.split("### Enabling it on GitHub Pages")[1].split("\n## ")[0]
    protect = next(s for s in re.split(r"\n(?=\d+\. )", steps) if "Protect `main`" in s)
    assert f"status check `{job}`" in protect
    assert "bypass" in protect and "administrators" in protect
    assert re.search(r"\d+\. Push to `main`", steps.split("Protect `main`")[1])  # before it


def test_the_photo_formats_the_docs_name_are_the_ones_a_story_may_use(tmp_path):
    """The README said a story's photo must be a "real JPEG, PNG or WebP photo",
    and docs/cms.md that `podium check` names a GIF uploaded in the editor; both
    are read and published like a JPEG (podium.photos.PHOTO_FORMATS), without a
    word from `podium check`."""
    from PIL import Image

    from podium.photos import _formats, inspect_photo

    accepted = {"WEBP": "WebP"} | {f: f for f in _formats() if f != "WEBP"}
    for fmt in ("GIF", "TIFF"):  # what Pillow writes everywhere
        path = tmp_path / f"photo.{fmt.lower()}"
        Image.new("RGB", (400, 400), "#336699").save(path, fmt)
        assert inspect_photo(path) is None, fmt
    bullet = re.search(r"^- \*\*Photos\*\* must be .*?(?=^- )", README, flags=re.M | re.S)
    assert bullet, "the README no longer says which photos a story may use"
    text = " ".join(bullet.group(0).split())
    missing = [name for name in accepted.values() if not re.search(rf"\b{name}\b", text)]
    assert not missing, f"the README's Photos bullet leaves out {missing}"
    cms = " ".join((ROOT / "docs" / "cms.md").read_text(encoding="utf-8").split())
    assert not re.search(r"\(HEIC, GIF\)[^.]*`podium check` names them", cms)


def test_every_og_locales_default_the_readme_gives_is_the_code_s():
    """The README gave PODIUM_OG_LOCALES's defaults twice, and the prose had
    lost the two (de, fr) that the settings table and the code have."""
    import json

    from podium.settings import DEFAULT_OG_LOCALES

    found = re.findall(r"`(\{\"nl\": \"nl_NL\"[^`]*\})`", README)
    assert found, "the README no longer gives the default og:locale values"
    for given in found:
        assert json.loads(given) == DEFAULT_OG_LOCALES


def test_the_rel_the_readme_gives_links_in_a_story_is_the_one_they_get():
    """The README said twice what a story's links get: `rel="noopener"` in
    "Content", `rel="noopener noreferrer"` further on; the sanitiser writes the
    second (and keeps an iframe from PODIUM_IFRAME_HOSTS, which the first
    place listed among what is removed)."""
    from podium_read.body import sanitize

    html = sanitize(
        '<a href="https://example.com">x</a>'
        '<iframe src="https://www.youtube-nocookie.com/embed/x"></iframe>'
    )
    rel = re.search(r'rel="([^"]*)"', html).group(1)
    stated = set(re.findall(r'links get `rel="([^"]*)"`', " ".join(README.split())))
    assert stated == {rel}
    assert "<iframe" in html
    content = README.split("## Content", 1)[1].split("\n## ", 1)[0]
    raw = " ".join(re.search(r"\*\*Raw HTML\*\*.*?(?=\n- )", content, flags=re.S).group(0).split())
    assert "PODIUM_IFRAME_HOSTS" in raw, "the Raw HTML bullet says every frame is removed"


def test_every_python_m_command_of_the_docs_names_a_module_that_runs():
    """docs/benchmarks.md told to profile with `python -m cProfile -m podium
    build`: `podium` is the kernel package, which has no __main__ ("'podium' is a
    package and cannot be directly executed"); the command is `podium_cli`."""
    import importlib.util

    docs = [ROOT / "README.md", ROOT / "CONTRIBUTING.md", *(ROOT / "docs").glob("*.md")]
    named = set()
    for doc in docs:
        for span in re.findall(r"`([^`\n]*python[^`\n]*)`", doc.read_text(encoding="utf-8")):
            named.update(re.findall(r"(?<!\S)-m ([A-Za-z_][\w.]*)", span))
    assert {"podium_cli", "tests.tag.evaluate"} <= named
    sys.path.insert(0, str(ROOT))
    try:
        for module in sorted(named):
            spec = importlib.util.find_spec(module)
            assert spec, f"python -m {module}: no such module"
            if spec.submodule_search_locations is not None:  # a package runs its __main__
                assert importlib.util.find_spec(f"{module}.__main__"), (
                    f"python -m {module}: a package without __main__"
                )
    finally:
        sys.path.remove(str(ROOT))


def test_every_source_file_the_docs_and_comments_name_exists():
    """docs/benchmarks.md sent a reader to plugins/podium_images/checks.py and
    plugins/podium/build.py, both moved long ago (podium/photo_checks.py,
    podium_cli/build.py); a maintainer following them found nothing."""
    texts = [ROOT / "README.md", ROOT / "CONTRIBUTING.md", *(ROOT / "docs").glob("*.md")]
    texts += sorted((ROOT / "plugins").rglob("*.py"))
    pattern = r"(?<![\w/.])((?:plugins|tests)/[\w/]+\.(?:py|yml|js))"
    missing = {
        f"{text.relative_to(ROOT)}: {name}"
        for text in texts
        for name in re.findall(pattern, text.read_text(encoding="utf-8"))
        if not (ROOT / name).exists()
    }
    assert not missing, sorted(missing)


def test_the_architecture_names_every_command_and_every_registered_setting():
    """docs/architecture.md listed the podium commands without `vacancies` and
    the step-owned settings without PODIUM_SEARCH_CHUNK (podium_index)."""
    from podium_cli.cli import main

    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    diagram = text.split("podium_cli", 1)[1].split("podium_ping", 1)[0]
    missing = [name for name in main.commands if name not in diagram]
    assert not missing, f"commands the diagram does not name: {missing}"
    registered = set()
    for source in (ROOT / "plugins").rglob("*.py"):
        registered.update(
            re.findall(r'register_setting\(\s*"(\w+)"', source.read_text(encoding="utf-8"))
        )
    assert {"PODIUM_CARDS", "PODIUM_FEEDS"} <= registered
    settings = text.split("## Settings", 1)[1].split("\n## ", 1)[0]
    assert not [name for name in registered if name not in settings]


def test_the_architecture_names_every_kernel_module_and_every_field_of_the_site():
    """docs/architecture.md's kernel box named eighteen of the kernel's modules by
    what they do and left out fingerprint, mdcost, chars, pdf, articles, not_found
    and publishconf; its Site had six fields, one of them (teams) a property, and
    not content_root, settings, sources, themes_text or theme_page_links."""
    import dataclasses

    from podium_read.site import Site

    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    kernel = text.split("the kernel", 1)[1].split("```", 1)[0]
    modules = {p.stem for p in (ROOT / "plugins" / "podium").glob("*.py")} - {"__init__"}
    assert not [m for m in sorted(modules) if not re.search(rf"\b{m}\b", kernel)]
    model = text.split("## The site model between the steps", 1)[1].split("\n## ", 1)[0]
    fields = [f.name for f in dataclasses.fields(Site)]
    assert not [name for name in fields if f"`{name}`" not in model]


def test_the_netlify_build_command_publishes_what_publish_yml_does(tmp_path):
    """The README's Netlify build command, run as Netlify runs it (bash, with Netlify's
    URL variable), with `pip` and `podium` recording what they are asked. It was
    `pip install -e . && podium build -s publishconf.py -o public`: no PODIUM_SITEURL,
    so the site went out for the demo's .example address (canonical URLs, sitemap,
    feeds), and no `podium vacancies pull`, so closed vacancies never came down."""
    import os
    import subprocess

    (command,) = re.findall(r"\*Netlify\*: build command `([^`]+)`", README)
    log = tmp_path / "log"
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for program, status in (("pip", 0), ("podium", 0)):
        shim = bin_dir / program
        shim.write_text(
            f'#!/bin/sh\necho "{program} $* SITEURL=$PODIUM_SITEURL" >> "{log}"\n'
            # A feed that is down: the publish goes on, as publish.yml's does.
            f'case "$*" in *"vacancies"*) exit 1;; esac\nexit {status}\n',
            encoding="utf-8",
        )
        shim.chmod(0o755)
    env = {"PATH": f"{bin_dir}{os.pathsep}/usr/bin:/bin", "URL": "https://careers.example.com"}
    done = subprocess.run(["bash", "-c", command], cwd=tmp_path, env=env, timeout=60)
    assert done.returncode == 0, command
    ran = log.read_text(encoding="utf-8").splitlines()
    podium = [line for line in ran if line.startswith("podium ")]
    assert [p.split(" SITEURL=")[0] for p in podium] == [
        "podium vacancies -s publishconf.py pull",
        "podium build -s publishconf.py -o public",
    ], ran
    assert all(p.endswith("SITEURL=https://careers.example.com") for p in podium), ran


README_DAY = "2026-12-04"  # the day the command examples in README were printed


def test_the_tag_explain_example_is_what_the_command_prints(monkeypatch):
    """The README's `podium tag --explain` example said "tech ... (bar 2.79)" where the
    command on the demo hub prints 2.80: every line it shows must be the command's."""
    from click.testing import CliRunner

    from podium_cli.cli import main

    block = re.search(r"```console\n\$ podium (tag --explain \S+)\n(.*?)```", README, re.S)
    assert block, "the README no longer shows a podium tag --explain example"
    shown = [line for line in block.group(2).splitlines() if line != "..."]
    monkeypatch.chdir(ROOT)
    # The day the README's figures were taken: the demo has a story scheduled for
    # 2027-03-01 and consent that ends, so on the real day this test would fail
    # some night with no change to the code or the README.
    monkeypatch.setenv("PODIUM_TODAY", README_DAY)
    result = CliRunner().invoke(main, block.group(1).split())
    assert result.exit_code == 0, result.output
    printed = result.output.splitlines()
    assert printed[: len(shown)] == shown


def test_starting_a_hub_tells_how_podium_gets_on_the_path():
    """`python3 dev.py setup` installs `podium` into .venv/bin only; the steps for a
    new company then said "`podium check`", which the shell answered with "podium:
    command not found"."""
    start = README.split("## Starting a hub for your own company")[1].split("\n## ")[0]
    setup = start.index("python3 dev.py setup")
    first_use = start.index("`podium check`")
    assert ".venv/bin/activate" in start[setup:first_use]


def test_the_check_notice_examples_are_what_check_prints_on_the_demo(monkeypatch):
    """The README's `podium check --format github` example said "automatic themes:
    balance 7.40, bar 2.13 (vrijdag, rust, vier dagen)", which no demo story gets: each
    example of a notice, and of its closing count, must be a line the command prints."""
    from click.testing import CliRunner

    from podium_cli.cli import main

    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("PODIUM_TODAY", README_DAY)  # as above
    result = CliRunner().invoke(main, ["check", "--format", "github"])
    assert result.exit_code == 0, result.output
    printed = result.output.replace("%25", "%")
    examples = re.findall(r"`((?:automatic themes|close to): [^`]+)`", README)
    examples += re.findall(r"`(\d+ stories checked: [^`]+)`", README)
    assert len(examples) >= 3
    for example in examples:
        assert example in printed, example


def test_the_branch_the_docs_make_is_the_one_podium_new_prints():
    """CONTRIBUTING said `git switch -c story/jouw-naam` (the writer's name, kept in
    the history for good) while `podium new` prints `story/<slug>` from the title,
    and README named its example branch after Sanne: three names for one step."""
    import datetime as dt

    from podium_cli.newstory import NewStory, branch_name

    def printed(lang: str, title: str) -> str:
        spec = NewStory("column", "Sanne de Vries", "R", None, lang, title, dt.date(2026, 1, 1))
        return branch_name(spec)

    contributing = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    nl, en = contributing.split("## English")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for text, expected in [(nl, printed("nl", "Mijn eerste jaar")),
                           (en, printed("en", "My first year")),
                           (readme, printed("en", "My first year"))]:  # fmt: skip
        assert re.findall(r"git switch -c (story/[^`\s]+)`", text) == [expected]
