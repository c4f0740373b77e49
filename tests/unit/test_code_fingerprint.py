"""The code fingerprint of a cache key, and its memo in the build cache."""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

import pytest

from podium import fingerprint as fp


@pytest.fixture
def project(tmp_path):
    root = tmp_path / "plugins"
    (root / "pkg").mkdir(parents=True)
    (root / "pkg" / "__init__.py").write_text("", "utf-8")
    (root / "pkg" / "entry.py").write_text("from . import helper\nimport json\n", "utf-8")
    (root / "pkg" / "helper.py").write_text("VALUE = 1\n", "utf-8")
    fp._signature.cache_clear()
    fp._source.cache_clear()
    yield root
    fp._signature.cache_clear()
    fp._source.cache_clear()


def test_the_memo_answers_while_no_module_changed(project, tmp_path, monkeypatch):
    memo = tmp_path / "cache" / fp.MEMO
    entry = project / "pkg" / "entry.py"
    first = fp.code_fingerprint(entry, memo)
    assert first == fp._fingerprint(entry.resolve())
    assert json.loads(memo.read_text("utf-8"))["code"] == {"pkg/entry.py": first}

    def never(*_args):
        raise AssertionError("computed again although nothing changed")

    monkeypatch.setattr(fp, "_fingerprint", never)
    fp._signature.cache_clear()  # a new build process
    assert fp.code_fingerprint(entry, memo) == first


def test_two_entries_share_the_memo_and_both_hit_on_the_next_build(project, tmp_path, monkeypatch):
    # The parse cache and the tag cache each fingerprint their own entry module.
    (project / "pkg" / "other.py").write_text("from .helper import VALUE\n", "utf-8")
    memo = tmp_path / fp.MEMO
    first = fp.code_fingerprint(project / "pkg" / "entry.py", memo)
    second = fp.code_fingerprint(project / "pkg" / "other.py", memo)
    assert set(json.loads(memo.read_text("utf-8"))["code"]) == {"pkg/entry.py", "pkg/other.py"}
    monkeypatch.setattr(fp, "_fingerprint", lambda *_a: pytest.fail("computed again"))
    fp._signature.cache_clear()
    assert fp.code_fingerprint(project / "pkg" / "entry.py", memo) == first
    assert fp.code_fingerprint(project / "pkg" / "other.py", memo) == second


def test_each_module_is_read_once_for_every_fingerprint_of_a_build(project, tmp_path, monkeypatch):
    # A build fingerprints several entries whose imports share modules (the
    # kernel); each fingerprint read every module again, on top of the
    # signature's read and the import walk's.
    (project / "pkg" / "other.py").write_text("from .helper import VALUE\n", "utf-8")
    (project / "pkg" / "third.py").write_text("from . import entry, other\n", "utf-8")
    fp._fingerprint.cache_clear()
    fp._edges.cache_clear()
    reads: Counter[str] = Counter()
    real = Path.read_bytes

    def counting(path):
        reads[path.name] += 1
        return real(path)

    monkeypatch.setattr(Path, "read_bytes", counting)
    memo = tmp_path / fp.MEMO
    for name in ("entry.py", "other.py", "third.py"):
        fp.code_fingerprint(project / "pkg" / name, memo)
    fp.code_fingerprint(project / "pkg" / "third.py", leave_out=("pkg/other.py",))
    assert reads == {m: 1 for m in ("__init__.py", "entry.py", "helper.py", "other.py", "third.py")}
    fp._fingerprint.cache_clear()
    fp._edges.cache_clear()


def test_an_edited_module_is_fingerprinted_again(project, tmp_path):
    memo = tmp_path / "cache" / fp.MEMO
    entry = project / "pkg" / "entry.py"
    first = fp.code_fingerprint(entry, memo)
    helper = project / "pkg" / "helper.py"
    helper.write_text("VALUE = 2\n", "utf-8")
    os.utime(helper, ns=(1, 1))  # a new mtime even on a coarse clock
    fp._signature.cache_clear()
    fp._fingerprint.cache_clear()
    second = fp.code_fingerprint(entry, memo)
    assert second != first
    assert second == fp.code_fingerprint(entry)  # the same as without a memo


def test_a_fresh_checkout_of_the_same_code_hits(project, tmp_path, monkeypatch):
    # CI checks the code out again on every run: new mtimes, the same bytes.
    memo = tmp_path / fp.MEMO
    entry = project / "pkg" / "entry.py"
    first = fp.code_fingerprint(entry, memo)
    for module in project.rglob("*.py"):
        os.utime(module, ns=(7, 7))
    monkeypatch.setattr(fp, "_fingerprint", lambda *_a: pytest.fail("computed again"))
    fp._signature.cache_clear()
    assert fp.code_fingerprint(entry, memo) == first


def test_an_edit_that_keeps_size_and_mtime_is_seen(project, tmp_path):
    memo = tmp_path / fp.MEMO
    entry = project / "pkg" / "entry.py"
    helper = project / "pkg" / "helper.py"
    stamp = helper.stat().st_mtime_ns
    first = fp.code_fingerprint(entry, memo)
    helper.write_text("VALUE = 3\n", "utf-8")  # same size
    os.utime(helper, ns=(stamp, stamp))
    fp._signature.cache_clear()  # a new build process
    fp._fingerprint.cache_clear()
    fp._source.cache_clear()
    assert fp.code_fingerprint(entry, memo) != first


@pytest.mark.parametrize("damage", ["", "{", "[]", '{"signature": 1, "code": 2}'])
def test_a_damaged_memo_is_a_miss(project, tmp_path, damage):
    memo = tmp_path / fp.MEMO
    memo.write_text(damage, "utf-8")
    entry = project / "pkg" / "entry.py"
    assert fp.code_fingerprint(entry, memo) == fp._fingerprint(entry.resolve())
    assert json.loads(memo.read_text("utf-8"))["signature"] == fp._signature(project.resolve())


def test_the_memo_hits_whichever_link_to_the_interpreter_ran(project, tmp_path, monkeypatch):
    # `podium build` runs .venv/bin/python3 (its script's shebang), `python -m
    # podium_cli build` .venv/bin/python: two links to one interpreter.
    real = tmp_path / "bin" / "python3.11"
    real.parent.mkdir()
    real.write_bytes(b"")
    for name in ("python3", "python"):
        (real.parent / name).symlink_to(real.name)
    memo = tmp_path / fp.MEMO
    entry = project / "pkg" / "entry.py"
    monkeypatch.setattr(fp.sys, "executable", str(real.parent / "python3"))
    first = fp.code_fingerprint(entry, memo)
    monkeypatch.setattr(fp.sys, "executable", str(real.parent / "python"))
    monkeypatch.setattr(fp, "_fingerprint", lambda *_a: pytest.fail("computed again"))
    fp._signature.cache_clear()
    assert fp.code_fingerprint(entry, memo) == first


def test_another_environment_misses_the_memo(project, tmp_path, monkeypatch):
    # Another virtual environment on the same interpreter may hold other libraries.
    memo = tmp_path / fp.MEMO
    entry = project / "pkg" / "entry.py"
    fp.code_fingerprint(entry, memo)
    before = json.loads(memo.read_text("utf-8"))["signature"]
    monkeypatch.setattr(fp.sys, "prefix", str(tmp_path / "other-venv"))
    fp._signature.cache_clear()
    assert fp._signature(project.resolve()) != before


def test_without_package_inits_a_package_init_counts_only_where_a_name_is_taken_from_it(
    project, tmp_path
):
    (project / "pkg" / "__init__.py").write_text("from .glue import NAME\n", "utf-8")
    (project / "pkg" / "glue.py").write_text("NAME = 1\n", "utf-8")
    entry = project / "pkg" / "entry.py"

    def sources(**how) -> set[str]:
        return {p.relative_to(project).as_posix() for p in fp.project_sources(entry, **how)[0]}

    everything = {"pkg/__init__.py", "pkg/glue.py", "pkg/entry.py", "pkg/helper.py"}
    assert sources() == everything
    # `from . import helper` runs pkg/__init__ on the way, but takes nothing from it.
    assert sources(package_inits=False) == {"pkg/entry.py", "pkg/helper.py"}
    entry.write_text("from . import helper, NAME\n", "utf-8")
    assert sources(package_inits=False) == everything
    entry.write_text("from pkg import *\n", "utf-8")
    assert sources(package_inits=False) == {"pkg/__init__.py", "pkg/glue.py", "pkg/entry.py"}
    # Two graphs from one entry: two memo entries.
    memo = tmp_path / fp.MEMO
    whole, own = (
        fp.code_fingerprint(entry, memo),
        fp.code_fingerprint(entry, memo, package_inits=False),
    )
    assert set(json.loads(memo.read_text("utf-8"))["code"]) == {
        "pkg/entry.py",
        "pkg/entry.py without package inits",
    }
    assert (whole, own) == (
        fp._fingerprint(entry.resolve()),
        fp._fingerprint(entry.resolve(), (), False),
    )
