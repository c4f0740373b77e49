"""The CI cache's authenticity (PODIUM_CACHE_KEY, podium.cache.seal).

.podium-cache/ comes back from the Actions cache, which any step of a run can
write: its records are checked for shape, and a planted one that passes the
checks was used. With the key set (a CI secret the cache never holds), every
record the build writes gets a MAC beside it, and one without its right MAC
is computed again. Without the key, nothing changes: no MAC is written.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import yaml

from podium import cache, settings
from podium.cache import ItemCache, read_entry, write_entry
from podium_cli.build import build
from podium_testkit import ROOT, give_photos, read_page, run_podium

WORKFLOWS = ROOT / ".github" / "workflows"


def test_an_entry_is_read_back_only_with_its_right_mac(tmp_path, cache_key, monkeypatch):
    entry = tmp_path / "tags" / "tags.json"
    write_entry(entry, "k", {"stories": [1]})
    assert read_entry(entry, "k", 1000) == {"key": "k", "stories": [1]}
    # Planted beside the build's (its shape right, no MAC): a miss.
    entry.write_text('{"key":"k","stories":[2]}', "utf-8")
    assert read_entry(entry, "k", 1000) is None
    # Another key: a miss too (the build of another hub, a guessed key).
    write_entry(entry, "k", {"stories": [1]})
    monkeypatch.setenv(cache.KEY_ENV, "another key")
    settings.cache_key_environment.cache_clear()
    assert read_entry(entry, "k", 1000) is None


def test_a_record_moved_under_another_name_with_its_mac_is_a_miss(tmp_path, cache_key):
    """The MAC covers the record's name (its cache key), not its bytes only: one
    story's record copied over another's, MAC and all, does not pass."""
    one, other = tmp_path / "links" / "one.json", tmp_path / "links" / "other.json"
    write_entry(one, "k", {"items": {}})
    shutil.copyfile(one, other)
    shutil.copyfile(cache.mac_path(one), cache.mac_path(other))
    assert read_entry(one, "k", 1000) is not None
    assert read_entry(other, "k", 1000) is None


def test_an_item_cache_takes_a_planted_result_for_a_miss(tmp_path, cache_key):
    path = tmp_path / "links.json"
    items = ItemCache(path, "space")
    items.put("story", ["a link"])
    items.save()
    planted = path.read_text("utf-8").replace("a link", "a planted link")
    path.write_text(planted, "utf-8")
    again = ItemCache(path, "space")
    assert again.get("story", lambda raw: raw) is None and again.misses == 1


def test_without_a_key_no_mac_is_written(tmp_path, monkeypatch):
    """A developer's laptop: today's behaviour, no new files, nothing said."""
    monkeypatch.delenv(cache.KEY_ENV, raising=False)
    settings.cache_key_environment.cache_clear()
    entry = tmp_path / "tags.json"
    write_entry(entry, "k", {})
    assert [p.name for p in tmp_path.iterdir()] == ["tags.json"]
    assert read_entry(entry, "k", 1000) == {"key": "k"}


def _macs(folder: Path) -> list[Path]:
    return sorted(folder.rglob(f"*{cache.MAC_SUFFIX}"))


def test_with_the_key_a_planted_search_fragment_is_indexed_again(built_site, tmp_path, cache_key):
    """A fragment whose text was changed passes every check of its shape (its URL
    and meta paths are the site's own) and was published in search results: with
    the key, its part has no right MAC and is indexed again."""
    import gzip
    import json

    from podium_index import plugin as index_plugin

    target, parts = tmp_path / "site", tmp_path / "parts"
    shutil.copytree(built_site, target)
    counts: dict[str, int] = {}
    index_plugin.index_with_cache(target, parts, 2, counts)
    assert counts["reused"] == 0 and list(parts.glob(f"*{cache.MAC_SUFFIX}"))
    signature = b"pagefind_dcd"
    fragment = next(parts.glob("*/fragment/*.pf_fragment"))
    data = json.loads(gzip.decompress(fragment.read_bytes())[len(signature) :])
    data["content"] = "Planted words in the search results."
    fragment.write_bytes(gzip.compress(signature + json.dumps(data).encode()))

    shutil.rmtree(target / "pagefind")
    again: dict[str, int] = {}
    index_plugin.index_with_cache(target, parts, 2, again)
    assert again["indexed"] == 1 and again["reused"] == counts["indexed"] - 1
    published = (target / "pagefind").rglob("*.pf_fragment")
    assert not any(b"Planted" in gzip.decompress(p.read_bytes()) for p in published)
    # Unused parts go, and their MACs with them.
    assert len(list(parts.glob(f"*{cache.MAC_SUFFIX}"))) == counts["indexed"]


def _build_elsewhere(site: Path) -> str:
    """A build in a process of its own, as CI's with the cache restored (an
    in-process build would reuse the parses it remembers); what it said."""
    proc = run_podium(site, "build", env=dict(os.environ), check=True)
    return proc.stdout + proc.stderr


def test_with_the_key_a_warm_build_reuses_everything_and_planted_records_are_redone(
    site, cache_key
):
    give_photos(site / "content", ["columns/ben-bakker.md"])
    first = build(site / "pelicanconf.py", site / "output")
    assert first.stats["cards_rendered"] > 0
    root = site / ".podium-cache"
    sealed_folders = {p.parent.name for p in _macs(root)}
    assert {"cards", "parsed", "tags", "links"} <= sealed_folders, sealed_folders
    said = _build_elsewhere(site)
    assert ", 0 cards rendered," in said, said

    # Planted: one card's bytes over another's (a whole, plausible card, with the
    # MAC of the one it was), a parse whose text was changed (its shape sound),
    # a portrait without its MAC.
    cards = sorted(p for p in (root / "cards").glob("*.jpg") if ".square-" not in p.name)
    shutil.copyfile(cards[0], cards[1])
    words = b"Dat was even wennen voor het team"
    (parsed,) = [p for p in (root / "parsed").glob("*.json") if words in p.read_bytes()]
    parsed.write_bytes(parsed.read_bytes().replace(words, b"Planted words"))
    photo = next((root / "photos").rglob("96.jpg"))
    cache.mac_path(photo).unlink()

    said = _build_elsewhere(site)
    assert ", 1 card rendered," in said, said
    html = read_page(site / "output", "stories/ben-bakker/").html
    assert "Planted words" not in html and words.decode() in html
    assert (site / "output" / "cards" / cards[1].name).read_bytes() != cards[0].read_bytes()
    assert cache.mac_path(photo).is_file()  # made again, and sealed


def test_publish_gives_the_cache_key_to_its_podium_steps_only():
    """From the environment `podium-cache` (only main may use it: a repository
    secret reaches a colleague's pull request, which could print it), to each
    step that runs podium (they read and write .podium-cache/), and to no other:
    at the job's level, `npm ci`'s install scripts and every action would see it."""
    doc = yaml.safe_load((WORKFLOWS / "publish.yml").read_text("utf-8"))
    assert "PODIUM_CACHE_KEY" not in (doc.get("env") or {})
    build_job = doc["jobs"]["build"]
    assert build_job["environment"] == "podium-cache"
    assert "PODIUM_CACHE_KEY" not in (build_job.get("env") or {})
    given = []
    for step in build_job["steps"]:
        env = step.get("env") or {}
        if "podium " in step.get("run", ""):
            assert env.get("PODIUM_CACHE_KEY") == "${{ secrets.PODIUM_CACHE_KEY }}", step
            given.append(step["name"])
        else:
            assert "PODIUM_CACHE_KEY" not in env, step
    assert given == ["Pull the vacancy feeds", "Check content", "Build"]
    # A pull request's run has no key (a fork's gets no secrets at all): it checks
    # the cache for shape, and main never restores its caches (scoped by branch).
    assert "PODIUM_CACHE_KEY" not in (WORKFLOWS / "pull-request.yml").read_text("utf-8")


def test_a_read_only_caches_pull_records_are_copied_with_their_macs(tmp_path, cache_key):
    """A cache the build cannot write: the feeds' pull records are copied into the
    build's own (they decide which jobs are closed), and with the key set, a
    record copied without its MAC was not read there."""
    from podium_cli.build import _copy_pull_records

    kept = tmp_path / "cache" / "vacancy-feeds"
    cache.write_sealed(kept / "x.json", '{"vacancies": []}\n')
    cache.write_sealed(kept / "x.failing", '{"since": "2026-01-01T00:00:00+00:00"}\n')
    into = tmp_path / "own" / "vacancy-feeds"
    into.parent.mkdir()
    _copy_pull_records(kept, into)
    assert cache.signed_file(into / "x.json") and cache.signed_file(into / "x.failing")


def test_a_sealed_folder_with_a_file_too_large_to_read_whole_is_never_sealed(
    tmp_path, cache_key, monkeypatch
):
    """A file is read bounded: one over the bound was vouched for by its start only,
    and a planted end after it passed."""
    monkeypatch.setattr(cache, "MAX_LINKED_BYTES", 10)
    part = tmp_path / "parts" / "key"
    part.mkdir(parents=True)
    (part / "small").write_bytes(b"0123456789")
    cache.seal_folder(part)
    assert cache.sealed_folder(part)
    (part / "large").write_bytes(b"0123456789" + b"tail")
    cache.seal_folder(part)
    (part / "large").write_bytes(b"0123456789" + b"tAIL")  # past the bytes read
    assert not cache.sealed_folder(part)


def test_a_folder_planted_in_place_of_a_mac_is_replaced(tmp_path, cache_key):
    """The MAC's rename failed on it (suppressed: a cache that cannot be written
    costs time), so the record was a miss, computed again, on every build."""
    entry = tmp_path / "parsed" / "x.json"
    (cache.mac_path(entry) / "inside").mkdir(parents=True)
    write_entry(entry, "k", {})
    assert read_entry(entry, "k", 1000) == {"key": "k"}


def test_the_cache_key_is_a_setting_out_of_every_repr_and_cache_key(cache_key):
    """PODIUM_CACHE_KEY was read by podium.cache from the environment, a second
    way in beside the typed settings. It is a setting now (``cache_key``), still
    from the environment only (a CI secret), and out of the settings' repr, their
    identity (what caches are keyed by) and their equality: two builds with other
    keys share no less, and nothing that prints the settings prints it."""
    from podium.settings import PodiumSettings

    with_key = PodiumSettings.from_pelican({})
    assert with_key.cache_key is not None and with_key.cache_key.value == cache_key.encode()
    assert cache.secret() == cache_key.encode()
    for shown in (repr(with_key), str(with_key), with_key.identity, repr(with_key.cache_key)):
        assert cache_key not in shown and "test key" not in shown, shown
    settings.cache_key_environment.cache_clear()
    del os.environ[cache.KEY_ENV]
    without = PodiumSettings.from_pelican({})
    assert without.cache_key is None and cache.secret() is None
    assert without == with_key and without.identity == with_key.identity


def test_the_cache_key_is_in_no_output_cache_file_name_or_line_said(site, cache_key):
    """A verbose build with the key set: the key is in no published file, no cache
    record, no file name and nothing the build says (its MACs only prove it)."""
    give_photos(site / "content", ["columns/ben-bakker.md"])
    proc = run_podium(site, "build", "-v", env=dict(os.environ), check=True)
    key = cache_key.encode()
    assert cache_key not in proc.stdout + proc.stderr
    assert _macs(site / ".podium-cache")  # the key was used
    for path in [*(site / "output").rglob("*"), *(site / ".podium-cache").rglob("*")]:
        assert cache_key not in str(path)
        assert not path.is_file() or key not in path.read_bytes(), path


def test_no_program_the_build_starts_is_given_the_cache_key(site, cache_key, tmp_path, monkeypatch):
    """Pagefind (a binary from PyPI) and git were started with the build's whole
    environment, PODIUM_CACHE_KEY with it, which neither needs: a program that
    can read the key can seal a planted record. Each now gets the environment
    without it (``child_environment``), as decap-server and the sweep do."""
    import shlex
    import shutil as sh

    from podium_index import plugin as index_plugin

    seen, shims = tmp_path / "environments", tmp_path / "shims"
    shims.mkdir()

    def shim(path: Path, real: str) -> None:
        path.write_text(f'#!/bin/sh\nenv >> "{seen}"\nexec {real} "$@"\n', "utf-8")
        path.chmod(0o755)

    shim(shims / "git", shlex.quote(sh.which("git")))
    shim(shims / "pagefind", shlex.join(index_plugin.pagefind_command()))
    monkeypatch.setenv("PATH", f"{shims}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(index_plugin, "pagefind_command", lambda: (str(shims / "pagefind"),))
    build(site / "pelicanconf.py", site / "output")
    said = seen.read_text("utf-8")
    assert said.count("\nPATH=") + said.startswith("PATH=") >= 3  # git and both Pagefind runs
    assert "PODIUM_CACHE_KEY" not in said and cache_key not in said
    assert os.environ["PODIUM_CACHE_KEY"] == cache_key  # this process keeps it


def test_every_program_the_plugins_start_is_given_an_environment_of_their_choosing():
    """The test above covers the programs a build starts; this one holds every
    later subprocess call in plugins/ to ``env=`` (``child_environment``), so no
    new one hands the cache key on by default."""
    import ast

    missing = []
    for path in sorted((ROOT / "plugins").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "subprocess"
                and node.func.attr in ("Popen", "run", "call", "check_call", "check_output")
                and not any(k.arg == "env" for k in node.keywords)
            ):
                missing.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not missing, missing


def test_a_cache_key_set_but_empty_or_weak_is_one_warning_never_the_key(monkeypatch):
    """`${{ secrets.PODIUM_CACHE_KEY }}` is "" when the secret is not there (not
    added, added under another name, the job without its environment): the build
    ran unsealed, trusting a planted record of the right shape, and said nothing,
    as on a laptop where the variable is unset. A short key ("geheim") can be
    found offline from the records and MACs a restored cache holds. Each is one
    warning now, which names no key; unset and a long random key say nothing."""
    from podium.settings import PodiumSettings

    def said(value: str | None) -> list[str]:
        if value is None:
            monkeypatch.delenv(cache.KEY_ENV, raising=False)
        else:
            monkeypatch.setenv(cache.KEY_ENV, value)
        settings.cache_key_environment.cache_clear()
        try:
            return [w.format() for w in PodiumSettings.from_pelican({}).warnings]
        finally:
            settings.cache_key_environment.cache_clear()

    assert said(None) == [] and said("0123456789abcdef" * 4) == []
    (empty,) = said("")
    assert empty.startswith("pelicanconf.py: warning: environment variable PODIUM_CACHE_KEY")
    assert "set but empty" in empty and "not sealed" in empty
    assert said("  \n") == [empty]
    monkeypatch.setenv(cache.KEY_ENV, "  \n")
    assert cache.secret() is None  # not sealed, as it says: no key of white space
    settings.cache_key_environment.cache_clear()
    (weak,) = said("geheim")
    assert "6 characters long" in weak and "at least 32" in weak and "geheim" not in weak
    (few,) = said("ab" * 20)
    assert "of 2 different ones" in few and "abab" not in few
