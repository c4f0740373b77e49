"""Time warm builds of a kept benchmark corpus, a few times in a row.

    .venv/bin/python benchmarks/run.py --stories 1000 --no-doc --keep /tmp/bench
    .venv/bin/python benchmarks/warm.py /tmp/bench/site --runs 3

Each run is ``podium build -q -s pelicanconf.py -o output`` in a subprocess,
with nothing changed since the last build; it prints the wall and CPU time
(user + sys, from ``os.wait4``) of each run and the lowest CPU time, which is
the steadiest figure on a shared machine. To compare two versions of the
code, run it from each checkout's venv on its own copy of the corpus (the
parse cache is keyed by the parser's source code).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

BIN = Path(sys.executable).parent


def warm_build(site: Path) -> tuple[float, float]:
    cmd = [str(BIN / "podium"), "build", "-q", "-s", "pelicanconf.py", "-o", "output"]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=site, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"build failed:\n{proc.stderr.read().decode()[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, help="a corpus kept by run.py --keep DIR: DIR/site")
    parser.add_argument("--runs", type=int, default=3, help="timed builds (default 3)")
    args = parser.parse_args()
    warm_build(args.site)  # the first build after a code change refills the caches
    cpus = []
    for n in range(1, args.runs + 1):
        wall, cpu = warm_build(args.site)
        cpus.append(cpu)
        print(f"run {n}: wall {wall:.2f} s, CPU {cpu:.2f} s", flush=True)
    print(f"lowest CPU time: {min(cpus):.2f} s")


if __name__ == "__main__":
    main()
