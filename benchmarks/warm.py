"""Time warm builds of a kept benchmark corpus, a few times in a row.

    .venv/bin/python benchmarks/run.py --stories 1000 --no-doc --keep /tmp/bench
    .venv/bin/python benchmarks/warm.py /tmp/bench/site --runs 3

Each run is ``podium build -q -s pelicanconf.py -o output`` in a subprocess,
with nothing changed since the last build, measured as ``run.py`` measures
its builds (``run.measure``): wall and CPU time (user + sys, from
``os.wait4``) and the peak resident memory of the whole process tree (the
forked page writer included), sampled every 50 ms. It prints each run and the
lowest CPU time, which is the steadiest figure on a shared machine. To compare
two versions of the code, run it from each checkout's venv on its own copy of
the corpus (the parse cache is keyed by the parser's source code).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import run  # noqa: E402 - the benchmark's own measuring, beside this file

BIN = Path(sys.executable).parent


def warm_build(site: Path, logs: Path) -> run.Run:
    cmd = [str(BIN / "podium"), "build", "-q", "-s", "pelicanconf.py", "-o", "output"]
    return run.measure("warm", cmd, site, logs / "warm.log")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, help="a corpus kept by run.py --keep DIR: DIR/site")
    parser.add_argument("--runs", type=int, default=3, help="timed builds (default 3)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        logs = Path(tmp)
        warm_build(args.site, logs)  # the first build after a code change refills the caches
        cpus = []
        for n in range(1, args.runs + 1):
            result = warm_build(args.site, logs)
            cpus.append(result.cpu)
            print(
                f"run {n}: wall {result.wall:.2f} s, CPU {result.cpu:.2f} s, "
                f"peak memory of the process tree {result.tree_rss / 2**20:,.0f} MiB",
                flush=True,
            )
    print(f"lowest CPU time: {min(cpus):.2f} s")


if __name__ == "__main__":
    main()
