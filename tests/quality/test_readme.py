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
