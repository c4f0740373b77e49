"""axe-core (WCAG 2 A/AA) on the browser editor: its list and its new-story form.

Run `podium serve --cms` first (on the test site or the demo), then:

    .venv/bin/python scripts/cms_axe.py http://127.0.0.1:8000

Prints each page's violations as [rule, impact, nodes]; docs/cms.md quotes them.
"""

import json
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
AXE = (ROOT / "node_modules" / "axe-core" / "axe.min.js").read_text(encoding="utf-8")
RUN = (
    "axe.run(document, {runOnly: ['wcag2a', 'wcag2aa']})"
    ".then(r => r.violations.map(v => [v.id, v.impact, v.nodes.length]))"
)


def main(base: str) -> None:
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        # The editor's CSP forbids injected scripts, as it should: bypass it for axe only.
        page = browser.new_context(
            bypass_csp=True, viewport={"width": 1280, "height": 800}
        ).new_page()
        page.goto(f"{base}/admin/")
        page.get_by_role("button", name="Inloggen").click()
        page.get_by_text("Inhoudstypen").wait_for()
        for route in ["#/collections/interviews-nl", "#/collections/interviews-nl/new"]:
            page.goto(f"{base}/admin/{route}")
            page.wait_for_timeout(2500)
            page.add_script_tag(content=AXE)
            print(route, json.dumps(page.evaluate(RUN)))
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1].rstrip("/") if len(sys.argv) > 1 else "http://127.0.0.1:8000")
