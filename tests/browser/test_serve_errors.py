"""`podium serve` tells the page why it did not change: a failed rebuild's lines
appear on the open page, and go when the mistake is fixed."""

from __future__ import annotations

import os
import subprocess
import sys

from playwright.sync_api import expect

from podium_testkit import free_port, get, wait_for


def test_a_failed_rebuild_shows_its_lines_on_the_page_until_it_is_fixed(site, new_page):
    """Whoever saves a story (in an editor, or the CMS with `serve --cms`) looks at
    the page, not at the terminal: a mistake left the old page standing, silently."""
    port = free_port()
    env = {**os.environ, "PODIUM_TODAY": "2026-06-01"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "podium_cli", "serve", "--port", str(port)],
        cwd=site, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(lambda: get(base + "/stories/ben-bakker/")[0] == 200)
        page, _ = new_page()
        page.goto(base + "/stories/ben-bakker/")
        story = site / "content" / "columns" / "ben-bakker.md"
        good = story.read_text("utf-8")
        # A title with markup: refused, and its words must reach the page as text.
        story.write_text(good.replace("title: ", "title: <b>Nieuw</b> ", 1), "utf-8")
        alert = page.get_by_role("alert")
        expect(alert).to_contain_text("Bouwen mislukt", timeout=60_000)
        expect(alert).to_contain_text('content/columns/ben-bakker.md:2: error: field "title"')
        assert page.locator("#podium-build-errors b").count() == 0  # shown, not run as markup
        assert get(base + "/__podium/errors")[1].startswith("content/columns/ben-bakker.md:2:")
        story.write_text(good.replace("om drie uur stop", "om vier uur stop"), "utf-8")
        # A locator, not wait_for_function("..."): the page's policy refuses the
        # eval() such a string is run with (podium_render.csp).
        expect(page.locator("main")).to_contain_text("om vier uur stop", timeout=60_000)
        expect(page.get_by_role("alert")).to_have_count(0)
        assert get(base + "/__podium/errors")[1] == ""
    finally:
        proc.terminate()
        proc.wait(timeout=10)
