"""A new company's first day: a hub set up from scratch, before it has much
content, builds and checks with one clear line for each mistake."""

from __future__ import annotations

import json
import shutil


def test_a_hub_with_themes_and_no_story_yet_builds(run, site):
    # The first build of a new hub, themes.yml written and no story or job yet,
    # failed with "podium: error: FileNotFoundError: ... pagefind/pagefind-component-ui.css":
    # no page was searchable, so the search bundle's folder was never made.
    content = site / "content"
    for folder in ("columns", "interviews", "vacancies"):
        shutil.rmtree(content / folder)
    (content / "withdrawn.yml").unlink()
    result = run("build")
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output and "Error:" not in result.output
    entry = json.loads((site / "output" / "pagefind" / "pagefind-entry.json").read_text())
    assert "version" in entry
    assert (site / "output" / "search" / "index.html").is_file()
