"""No broken internal link or #fragment anywhere in the demo build: pages,
feeds (Atom and JSON) and sitemap.xml. lychee, offline, once."""

from __future__ import annotations

from quality.conftest import run_lychee


def test_no_broken_links_in_pages_feeds_and_sitemap(demo_site, demo_origin, lychee):
    html = [str(p) for p in sorted(demo_site.rglob("*.html"))]
    xml = [str(p) for p in sorted(demo_site.rglob("*.xml"))]
    assert str(demo_site / "sitemap.xml") in xml and any("atom" in x for x in xml)
    report, broken = run_lychee(lychee, demo_site, demo_origin, *html, *xml)
    assert not broken, f"{len(broken)} broken links:\n" + "\n".join(broken[:50])
    assert report["successful"] > 1000  # it really looked
    # lychee reads no links from .json files: feed them in as plain text.
    feeds = sorted(p for p in demo_site.rglob("*.json") if "pagefind" not in p.parts)
    assert len(feeds) >= 3
    text = "\n".join(p.read_text(encoding="utf-8") for p in feeds)
    report, broken = run_lychee(lychee, demo_site, demo_origin, "-", stdin=text)
    assert not broken, f"{len(broken)} broken links in JSON feeds:\n" + "\n".join(broken[:50])
    assert report["successful"] > 50


def test_the_link_check_finds_broken_links(demo_site, demo_origin, lychee, tmp_path):
    """The check itself works: a missing page, a missing #fragment, a dead site URL."""
    page = tmp_path / "bad.html"
    page.write_text(
        '<!DOCTYPE html><html lang="en"><title>x</title>'
        '<a href="/no-such-page/">a</a><a href="/stories/#no-such-id">b</a>'
        f'<a href="{demo_origin}/gone/">c</a><a href="/#main">ok</a>',
        encoding="utf-8",
    )
    _, broken = run_lychee(lychee, demo_site, demo_origin, str(page))
    assert len(broken) == 3, broken
