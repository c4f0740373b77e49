"""The README as a new user reads it: its numbers come from the commands it names."""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_hostile_corpus_count_is_what_its_command_prints():
    sys.path.insert(0, str(ROOT / "tests"))
    try:
        from hostile.corpus import CASES
    finally:
        sys.path.remove(str(ROOT / "tests"))
    stated = re.search(r"hostile input \((\d+) cases:", README)
    assert stated, "the README no longer states the size of tests/hostile's corpus"
    assert int(stated.group(1)) == len(CASES)
