"""podium.atomic.write_atomic: the old bytes or the new ones, never half, no litter."""

from __future__ import annotations

import os

import pytest

from podium.atomic import write_atomic


def test_writes_text_as_utf8_and_bytes_as_they_are(tmp_path):
    target = tmp_path / "deep" / "state.json"
    write_atomic(target, "café\n")
    assert target.read_bytes() == "café\n".encode()
    write_atomic(target, b"\x00\xff", durable=True)
    assert target.read_bytes() == b"\x00\xff"
    assert sorted(p.name for p in target.parent.iterdir()) == ["state.json"]


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary_file(tmp_path, monkeypatch):
    target = tmp_path / "snapshot.yml"
    target.write_text("old\n")

    def broken(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(OSError, match="No space"):
        write_atomic(target, "new\n", durable=True)
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["snapshot.yml"]


def test_a_symlink_in_the_way_is_replaced_not_followed(tmp_path):
    # A planted link (a restored CI cache) must not make us write elsewhere.
    secret = tmp_path / "secret"
    secret.write_text("keep me")
    link = tmp_path / "cache.json"
    link.symlink_to(secret)
    write_atomic(link, "{}")
    assert secret.read_text() == "keep me"
    assert not link.is_symlink() and link.read_text() == "{}"


def test_mode_sets_the_permissions_of_the_new_file(tmp_path):
    target = tmp_path / "page.json"
    write_atomic(target, "{}", mode=0o644)
    assert target.stat().st_mode & 0o777 == 0o644
    write_atomic(target, "{}")  # a cache file: private, as mkstemp makes it
    assert target.stat().st_mode & 0o777 == 0o600


def test_a_hard_link_in_the_way_is_replaced_and_its_twin_keeps_the_old_bytes(tmp_path):
    cached = tmp_path / "cache.json"
    cached.write_text("old", "utf-8")
    published = tmp_path / "published.json"
    os.link(cached, published)
    write_atomic(published, "new")
    assert published.read_text("utf-8") == "new"
    assert cached.read_text("utf-8") == "old"


def test_wait_for_lock_says_its_line_only_when_it_has_to_wait(tmp_path, capsys):
    """One lock wait for every command (the cache's, the output's, content/'s):
    the line is said before the wait, and not when the lock is free."""
    import fcntl
    import threading

    from podium.atomic import wait_for_lock

    path = tmp_path / "build.lock"
    path.write_text("")
    holder, waiter = os.open(path, os.O_RDWR), os.open(path, os.O_RDWR)
    try:
        assert wait_for_lock(holder, lambda: "never said") is False
        assert capsys.readouterr().err == ""
        threading.Timer(0.3, fcntl.flock, (holder, fcntl.LOCK_UN)).start()
        assert wait_for_lock(waiter, lambda: "podium: waiting for the other") is True
        assert capsys.readouterr().err == "podium: waiting for the other\n"
    finally:
        os.close(holder)
        os.close(waiter)


def test_only_the_kernel_takes_a_lock_or_blocks_signals():
    """The non-blocking try, the "waiting" line and the blocking wait were written
    out three times (content/, the build's cache, its output), and the cards
    blocked Ctrl-C with a copy of signals_wait: one of each, in podium.atomic.
    (A lock only tried, never waited for, as the cache's owner lock, is no wait.)"""
    from pathlib import Path

    plugins = Path(__file__).resolve().parents[2] / "plugins"
    copies = [
        str(path.relative_to(plugins))
        for path in plugins.rglob("*.py")
        if path.name != "atomic.py"
        and ("LOCK_EX)" in (text := path.read_text("utf-8")) or "pthread_sigmask(" in text)
    ]
    assert copies == []
