"""Every page of the demo build is valid HTML: the Nu HTML checker, run once."""

from __future__ import annotations

import json
import subprocess


def test_every_page_is_valid_html(demo_site, java, vnu_jar):
    pages = sorted(demo_site.rglob("*.html"))
    assert len(pages) > 50
    proc = subprocess.run(
        [java, "-jar", str(vnu_jar), "--errors-only", "--format", "json", "--skip-non-html",
         str(demo_site)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    report = json.loads(proc.stderr or proc.stdout or '{"messages": []}')
    errors = [
        f"{m.get('url', '?').split(str(demo_site), 1)[-1]}:{m.get('lastLine', '?')}: "
        f"{m.get('message')}"
        for m in report["messages"]
        if m.get("type") in ("error", "non-document-error")
    ]
    assert not errors, f"{len(errors)} HTML errors:\n" + "\n".join(errors[:50])
    assert proc.returncode == 0, proc.stderr[-2000:]
