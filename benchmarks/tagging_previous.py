"""An earlier tagger on today's held-out sets: what a round changed, on unseen stories.

    .venv/bin/python benchmarks/tagging_previous.py fcaca30   # the round-5 tagger

A held-out set measures the tagger it was run on; the figure that shows what a
round changed is the previous tagger on the same never-tuned-on stories. This
exports ``plugins/`` as it was at the given commit (``git archive``) to a
temporary folder and, in a child process with that folder first on the path,
scores the current held-out sets (``tests.tag.evaluate.HELD_OUT``) cold, as
``tests.tag.evaluate`` does. Nothing is tuned on it: the old tagger is fixed.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = """
import sys
sys.path[:0] = [sys.argv[1], sys.argv[2]]
import podium_tag
assert podium_tag.__file__.startswith(sys.argv[1]), podium_tag.__file__
from tests.tag import evaluate as ev
results = ev.run(ev.HELD_OUT)
for result in results:
    print(result.name, "P %.2f / R %.2f / F1 %.2f" % result.tagger.micro())
for group in ev.HELD_OUT_GROUPS:
    chosen = [r for r in results if r.group == group]
    if len(chosen) > 1:
        print(ev.pooled(chosen, ev.group_label(group)))
print(ev.pooled(results, "all held-out sets"))
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("commit", help="the commit whose plugins/ to score (e.g. fcaca30)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "plugins.tar"
        subprocess.run(["git", "-C", str(ROOT), "archive", "-o", str(archive), args.commit,
                        "plugins"], check=True)  # fmt: skip
        with tarfile.open(archive) as tar:
            tar.extractall(tmp, filter="data")
        print(f"tagger of {args.commit} on today's held-out sets")
        return subprocess.run(
            [sys.executable, "-c", CHILD, str(Path(tmp) / "plugins"), str(ROOT)], cwd=ROOT
        ).returncode


if __name__ == "__main__":
    raise SystemExit(main())
