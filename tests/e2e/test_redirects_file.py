"""PODIUM_REDIRECTS_FILE: the `_redirects` of the static host the hub is published on.

A redirect page (a story's old slug, a renamed theme) and a tombstone answered
200 on every static host, so a search engine kept the old address as a page of
its own. The pages stay; the host that reads `_redirects` now answers 301 (and,
on Netlify, 410 for a tombstone). No host's engine runs here, so each line is
checked against the host's documented format and against the pages written.
"""

from __future__ import annotations

import re

import pytest

from podium_cli.build import build


def _built(site, host: str | None):
    story = site / "content" / "columns" / "ben-bakker.md"
    text = story.read_text(encoding="utf-8")
    story.write_text(text.replace("team: support\n", "team: support\naliases: [ben-oud]\n", 1))
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text("utf-8") + f"PODIUM_REDIRECTS_FILE = {host!r}\n", "utf-8")
    output = site / "output"
    build(conf, output)
    return output


def _rules(output) -> list[list[str]]:
    lines = (output / "_redirects").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# "), lines[0]  # a comment, as both formats allow
    return [line.split(" ") for line in lines[1:]]


def _answers(output, path: str) -> bool:
    """A file of the build answers ``path`` (a folder's index.html for a folder)."""
    file = output / path.lstrip("/")
    return (file / "index.html").is_file() if path.endswith("/") else file.is_file()


def test_netlify_gets_forced_301s_410s_and_each_languages_404(site):
    output = _built(site, "netlify")
    rules = _rules(output)
    for rule in rules:
        # Netlify's line: from, to (a path), status with "!" to win over the page there.
        assert len(rule) == 3 and rule[0].startswith("/") and rule[1].startswith("/"), rule
        assert re.fullmatch(r"(301|410)!|404", rule[2]), rule
        if rule[2] != "404":
            assert _answers(output, rule[0]) and _answers(output, rule[1]), rule
    assert ["/stories/ben-oud/", "/stories/ben-bakker/", "301!"] in rules
    gone = "/en/stories/teruggetrokken-verhaal/"
    assert [gone, f"{gone}index.html", "410!"] in rules
    assert rules[-1] == ["/en/*", "/en/404.html", "404"]  # after the rules it must not shadow
    assert len({r[0] for r in rules}) == len(rules)


def test_cloudflare_gets_only_the_301s_its_pages_accept(site):
    output = _built(site, "cloudflare")
    rules = _rules(output)
    assert ["/stories/ben-oud/", "/stories/ben-bakker/", "301"] in rules
    for rule in rules:
        # Cloudflare Pages refuses any status but 200, 301, 302, 303, 307 and 308
        # (so "301!" and "410"), a duplicate source, and more than 2,000 rules.
        assert len(rule) == 3 and rule[2] == "301", rule
        assert _answers(output, rule[0]) and _answers(output, rule[1]), rule
    assert len({r[0] for r in rules}) == len(rules) <= 2000
    assert not any("teruggetrokken" in r[0] for r in rules)  # a tombstone stays its page


@pytest.mark.parametrize("host", ["netlify", "cloudflare"])
def test_a_hub_under_a_path_redirects_to_its_own_pages(site, host):
    """SITEURL "https://acme.nl/careers": the redirect page of an old slug sends the
    browser to https://acme.nl/careers/stories/ben-bakker/, but the _redirects line
    said "/stories/ben-bakker/", off the hub (acme.nl/stories/..., not found)."""
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text("utf-8") + 'SITEURL = "https://acme.nl/careers/"\n', "utf-8")
    output = _built(site, host)
    page = (output / "stories" / "ben-oud" / "index.html").read_text("utf-8")
    assert "https://acme.nl/careers/stories/ben-bakker/" in page
    (rule,) = [r for r in _rules(output) if r[0] == "/stories/ben-oud/"]
    assert rule[1] == "/careers/stories/ben-bakker/", rule


def test_cloudflare_past_its_limit_of_rules_is_one_warning_naming_the_count(
    site, monkeypatch, caplog
):
    """Cloudflare Pages reads 2,000 static rules of a _redirects file and no more
    (developers.cloudflare.com/pages/configuration/redirects/, "Per file"): a hub
    past it had the rest answer 200 with their redirect pages, without a word.
    The limit is lowered here, as a test site has a few rules, not 2,001."""
    from podium_render import hub

    monkeypatch.setattr(hub, "CLOUDFLARE_MAX_REDIRECTS", 2)
    anna = site / "content" / "interviews" / "anna-de-boer.md"
    anna.write_text(anna.read_text("utf-8").replace("\ntitle:", "\naliases: [a1, a2]\ntitle:", 1))
    with caplog.at_level("WARNING"):
        output = _built(site, "cloudflare")
    count = len(_rules(output))
    assert count > 2
    conf = (site / "pelicanconf.py").read_text("utf-8").splitlines()
    line = conf.index("PODIUM_REDIRECTS_FILE = 'cloudflare'") + 1
    said = [r.getMessage() for r in caplog.records if "_redirects has" in r.getMessage()]
    assert said == [
        f"{site / 'pelicanconf.py'}:{line}: warning: setting PODIUM_REDIRECTS_FILE "
        f'"cloudflare": _redirects has {count} redirects, more than the 2 Cloudflare Pages '
        f"reads; the other {count - 2} old addresses answer with their redirect pages "
        "(status 200) only: drop old slugs from the stories' aliases, or redirect them in "
        "Cloudflare's Bulk Redirects"
    ], said
    monkeypatch.setattr(hub, "CLOUDFLARE_MAX_REDIRECTS", count)  # at the limit: no word
    caplog.clear()
    with caplog.at_level("WARNING"):
        build(site / "pelicanconf.py", output)
    assert not [r for r in caplog.records if "_redirects has" in r.getMessage()]


def test_no_redirects_file_unless_asked(built_site):
    assert not (built_site / "_redirects").exists()


@pytest.mark.parametrize("value", ["Netlify", "apache", 1])
def test_a_host_it_cannot_write_for_is_one_line(value):
    from podium.errors import ContentError
    from podium.settings import PodiumSettings

    with pytest.raises(ContentError) as refused:
        PodiumSettings.from_pelican({"PODIUM_REDIRECTS_FILE": value})
    (issue,) = refused.value.issues
    assert issue.format().startswith(
        'pelicanconf.py: error: setting PODIUM_REDIRECTS_FILE must be "netlify", "cloudflare" '
        "(the host that reads the _redirects file) or None, not "
    ), issue.format()


@pytest.mark.parametrize("name", ["_redirects", "_headers"])
def test_a_hand_written_redirects_file_too_is_one_line(name):
    """And a hand-written `_headers`, which the build's own (test_headers_file) wrote over."""
    from podium.errors import ContentError
    from podium.settings import PodiumSettings

    settings = {
        "PODIUM_REDIRECTS_FILE": "netlify",
        "EXTRA_PATH_METADATA": {f"extra/{name}": {"path": name}},
    }
    with pytest.raises(ContentError) as refused:
        PodiumSettings.from_pelican(settings)
    (issue,) = refused.value.issues
    assert f"EXTRA_PATH_METADATA copies from 'extra/{name}' too" in issue.format()
