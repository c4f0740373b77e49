"""The benchmark's corpus generator must keep producing valid content.

Only a smoke test: ten stories, checked with ``podium check``. Timings are
never asserted here; run ``benchmarks/run.py`` for those (docs/benchmarks.md).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from podium_testkit import benchmark_module


def _corpus_module():
    return benchmark_module("corpus")


def _check(site: Path, stories: int) -> None:
    """``podium check`` passes on the corpus in ``site``, with ``stories`` stories."""
    podium = Path(sys.executable).parent / "podium"
    proc = subprocess.run(
        [str(podium), "check", "-s", "pelicanconf.py"], cwd=site, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert f"{stories} stories checked: 0 errors, 0 warnings" in proc.stderr


def test_ten_story_corpus_validates(tmp_path):
    module = _corpus_module()
    corpus = module.generate(tmp_path / "site", stories=10)
    stories = sorted((tmp_path / "site" / "content").glob("*/*.md"))
    assert len(stories) == 10 == len(corpus.stories)
    assert len(list((tmp_path / "site" / "content" / "vacancies").glob("*.yml"))) == 50
    bare = sorted((tmp_path / "site" / "pelican-content").glob("*/*.md"))
    assert [p.name for p in bare] == [p.name for p in stories]
    _check(tmp_path / "site", 10)

    # The CI build with one story added: a valid new story, in both trees.
    added = module.add_one_story(corpus)
    bare_copy = tmp_path / "site" / "pelican-content" / "columns" / added.name
    assert added.is_file() and bare_copy.is_file()
    _check(tmp_path / "site", 11)
