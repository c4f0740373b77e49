"""The JSON files kept in .podium-cache (and the ping state beside it) come back
from a CI cache restore, which is not trusted: a FIFO planted there must not
hang the build, a symlink must not make it read another file."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import threading
from pathlib import Path

import pytest
from PIL import Image

from podium import fingerprint as fp
from podium.cache import read_json
from podium.photo_checks import _entry, photo_verdict_cached
from podium_ping.state import State
from podium_render.freshness import RECORD, Freshness

PLUGINS = Path(__file__).resolve().parents[2] / "plugins"


def _within(seconds: float, call):
    """``call()``, failing (not hanging) when it blocks, as a read of a FIFO would."""
    out: list = []
    worker = threading.Thread(target=lambda: out.append(call()), daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), "blocked on a planted FIFO"
    return out[0]


def _plant(path: Path, kind: str, tmp_path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":  # a cache file replaced by a folder: IsADirectoryError ended builds
        (path / "inside").mkdir(parents=True)
    else:
        elsewhere = tmp_path / "elsewhere.json"
        elsewhere.write_text(json.dumps({"format": 2, "pages": {"x": {}}}), "utf-8")
        path.symlink_to(elsewhere)


@pytest.mark.parametrize("kind", ["fifo", "symlink", "folder"])
def test_read_json_refuses_fifos_and_symlinks(tmp_path, kind):
    path = tmp_path / "entry.json"
    _plant(path, kind, tmp_path)
    assert _within(5, lambda: read_json(path)) is None


def test_read_json_refuses_what_is_too_large_or_not_json(tmp_path):
    path = tmp_path / "entry.json"
    path.write_text(json.dumps({"a": "b" * 100}), "utf-8")
    assert read_json(path) == {"a": "b" * 100}
    assert read_json(path, limit=50) is None
    path.write_bytes(b"\x80 not json")
    assert read_json(path) is None
    path.write_text("[" * 100_000 + "]" * 100_000, "utf-8")  # deeper than Python recurses
    assert read_json(path) is None


@pytest.mark.parametrize("kind", ["fifo", "symlink", "folder"])
def test_each_cache_file_reader_takes_a_planted_file_for_a_miss(tmp_path, kind):
    cache = tmp_path / "cache"
    # The code fingerprint memo: computed as if there were none.
    memo = cache / fp.MEMO
    _plant(memo, kind, tmp_path)
    entry = PLUGINS / "podium_link" / "linker.py"
    assert _within(20, lambda: fp.code_fingerprint(entry, memo)) == fp.code_fingerprint(entry)
    # The lastmod record: no dates remembered.
    _plant(cache / RECORD, kind, tmp_path)
    fresh = _within(5, lambda: Freshness(tmp_path, cache, dt.date(2027, 1, 1), use_git=False))
    assert fresh.old == {}
    # A photo check: the photo is checked again (and found fine).
    photo = tmp_path / "p.jpg"
    Image.new("RGB", (40, 40), (1, 2, 3)).save(photo)
    _plant(_entry(cache, hashlib.sha256(photo.read_bytes()).digest()), kind, tmp_path)
    assert _within(20, lambda: photo_verdict_cached(photo, cache)[0]) is None
    # The ping state: empty, with a one-line warning.
    ping = tmp_path / ".podium-ping.json"
    _plant(ping, kind, tmp_path)
    state = _within(5, lambda: State.load(ping))
    assert state.targets == {} and state.warning and "\n" not in state.warning


def test_a_previous_snapshot_nested_too_deep_is_unreadable_not_a_crash(tmp_path):
    from podium_vacancies.snapshot import read_previous

    path = tmp_path / "ats.json"
    path.write_text('{"vacancies": ' + "[" * 100_000 + "]" * 100_000 + "}", "utf-8")
    doc, warning = read_previous(path)
    assert doc is None and "is unreadable" in warning


def test_a_lastmod_record_replaced_by_a_folder_is_written_again(tmp_path, caplog):
    """A folder where .podium-cache/lastmod.json was: every build warned "cannot write
    .../lastmod.json: [Errno 21] Is a directory: '.../.lastmod.json.x1y2.tmp' -> ...;
    lastmod dates start over next build", and they started over every build."""
    cache = tmp_path / "cache"
    (cache / RECORD / "inside").mkdir(parents=True)
    fresh = Freshness(tmp_path, cache, dt.date(2027, 1, 1), use_git=False)
    fresh.save()
    assert [r.getMessage() for r in caplog.records] == []
    assert json.loads((cache / RECORD).read_text("utf-8"))["pages"] == {}
