"""PODIUM_REDIRECTS_FILE: the `_headers` beside the host's `_redirects`.

Netlify and Cloudflare Pages read `_headers` from the output's root: a path
pattern on a line of its own (an exact path, or a folder and `*`), its headers
indented under it; where rules overlap, both hosts send every rule's headers
(Cloudflare joins two values of one header with a comma). No host runs here,
so each rule is checked against the format and the files of the build.
"""

from __future__ import annotations

import hashlib
import shutil

import pytest

from podium_cli.build import build
from podium_testkit import copy_site

IMMUTABLE = "public, max-age=31536000, immutable"


def _configure(site, host: str) -> None:
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text("utf-8") + f"PODIUM_REDIRECTS_FILE = {host!r}\n", "utf-8")


def _parse(output) -> list[tuple[str, dict[str, str]]]:
    lines = (output / "_headers").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# "), lines[0]
    rules: list[tuple[str, dict[str, str]]] = []
    for line in lines[1:]:
        if line.startswith("  "):
            name, value = line.strip().split(": ", 1)
            assert name not in rules[-1][1], (rules[-1][0], name)
            rules[-1][1][name] = value
        else:
            assert line.startswith("/") and " " not in line, line
            # One "*", at the end after a "/": the pattern both hosts read alike.
            assert "*" not in line or (line.endswith("/*") and line.count("*") == 1), line
            rules.append((line, {}))
    assert all(headers for _, headers in rules), rules
    assert len(rules) <= 100, len(rules)  # Cloudflare Pages reads 100 rules
    assert all(len(line) <= 2000 for line in lines)  # and lines of 2,000 characters
    return rules


def _served(output) -> list[str]:
    """Every path the host answers with a file: a folder's index.html as the folder too."""
    paths = []
    for file in sorted(output.rglob("*")):
        rel = file.relative_to(output).as_posix()
        if not file.is_file() or rel.startswith((".", "_")):
            continue
        paths.append(f"/{rel}")
        if file.name == "index.html":
            paths.append(f"/{rel.removesuffix('index.html')}")
    return paths


def _matches(pattern: str, path: str) -> bool:
    return path.startswith(pattern[:-1]) if pattern.endswith("/*") else path == pattern


def _immutable_files(output, rules) -> dict[str, str]:
    """path -> sha256 of every file an immutable rule covers."""
    patterns = [p for p, h in rules if h.get("Cache-Control") == IMMUTABLE]
    return {
        path: hashlib.sha256((output / path[1:]).read_bytes()).hexdigest()
        for path in _served(output)
        if any(_matches(p, path) for p in patterns)
    }


@pytest.mark.parametrize("host", ["netlify", "cloudflare"])
def test_the_headers_file_caches_for_good_only_what_is_named_by_its_bytes(tmp_path, host):
    """With PODIUM_REDIRECTS_FILE the build wrote `_redirects` and no
    `_headers`: every file was cached as the host pleased, the search index's
    and the cards' for a second though their names change with their bytes.
    Now each pattern matches files of the build, no path gets one header from
    two rules, the pages, feeds, sitemap.xml, stories.json and vacancies.json
    are revalidated, /admin/ and the feeds are noindex, and a story edited and
    built again gives every file an immutable rule covers a new name or the
    same bytes."""
    first = copy_site(tmp_path / "one")
    _configure(first, host)
    out1 = build(first / "pelicanconf.py", first / "output").output
    rules = _parse(out1)
    served = _served(out1)
    for pattern, _ in rules:
        assert any(_matches(pattern, path) for path in served), f"{pattern} matches no file"
    for path in served:
        for header in ("Cache-Control", "X-Robots-Tag"):
            given = [p for p, h in rules if header in h and _matches(p, path)]
            assert len(given) <= 1, (path, header, given)

    def headers(path: str) -> dict[str, str]:
        return {k: v for p, h in rules if _matches(p, path) for k, v in h.items()}

    revalidated = [
        "/", "/stories/ben-bakker/", "/en/stories/", "/themes/", "/vacancies/501/",
        "/people/", "/sitemap.xml", "/stories.json", "/en/stories.json",
        "/vacancies.json", "/feeds/stories.atom.xml", "/theme/css/podium.css",
    ]  # fmt: skip
    for path in revalidated:
        assert path in served, path
        assert headers(path)["Cache-Control"] == "public, max-age=0, must-revalidate", path
    for path in ("/stories.json", "/en/stories.json", "/vacancies.json", "/feeds/stories.atom.xml"):
        assert headers(path)["X-Robots-Tag"] == "noindex", path
    assert "X-Robots-Tag" not in headers("/stories/ben-bakker/")
    cards = [p for p in served if p.startswith("/cards/")]
    assert cards and all(headers(p)["Cache-Control"] == IMMUTABLE for p in cards)
    before = _immutable_files(out1, rules)

    # The same hub with one story edited, built from scratch (no cache shared).
    second = copy_site(tmp_path / "two")
    _configure(second, host)
    story = second / "content" / "columns" / "ben-bakker.md"
    text = story.read_text(encoding="utf-8")
    story.write_text(text.replace("title: Waarom ik", "title: Daarom ik", 1), "utf-8")
    shutil.rmtree(second / ".podium-cache", ignore_errors=True)
    out2 = build(second / "pelicanconf.py", second / "output").output
    assert _parse(out2) == rules
    after = _immutable_files(out2, rules)
    changed = [p for p in before.keys() & after.keys() if before[p] != after[p]]
    assert not changed, f"same name, other bytes, under an immutable rule: {changed}"
    assert set(before) != set(after), "the edit renamed no immutable file: the test proves nothing"


def test_no_headers_file_unless_asked(built_site):
    assert not (built_site / "_headers").exists()


def test_a_name_no_pattern_can_carry_gets_no_rule(tmp_path):
    """A file put at the top of the site with a space in its name (by
    EXTRA_PATH_METADATA) made the line "/Jaarverslag 2025.pdf", which the
    hosts read as the path "/Jaarverslag" and a stray word; "*" and ":" are
    their wildcards. Such a name keeps the host's default."""
    from podium_render.host_headers import rules

    for name in ("Jaarverslag 2025.pdf", "a*b.txt", "x:y.txt", "ok.txt", ".hidden", "_redirects"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [pattern for pattern, _ in rules(tmp_path, [""])] == ["/ok.txt"]
