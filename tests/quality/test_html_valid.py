"""Every page of the demo build is valid HTML: the Nu HTML checker, run once."""

from __future__ import annotations

from quality.conftest import nu_errors


def test_every_page_is_valid_html(demo_site, java, vnu_jar):
    pages = sorted(demo_site.rglob("*.html"))
    assert len(pages) > 50
    errors, proc = nu_errors(java, vnu_jar, demo_site)
    assert not errors, f"{len(errors)} HTML errors:\n" + "\n".join(errors[:50])
    assert proc.returncode == 0, proc.stderr[-2000:]
