"""What a warm build imports: not the code of the steps it skips.

A warm build (nothing changed since the last one) draws no card and pulls no
feed, and `podium build` sends no ping; their code (the card renderer's
drawing, portrait and typesetting stack with resvg_py; the ATS vendors'
parsers with defusedxml and the pull's HTTP client; the ping's) cost every
build's start about a quarter of `import podium_cli.cli`'s CPU. Issue 13,
docs/benchmarks.md "Thirty-sixth round: imports a warm build does not use".
"""

from __future__ import annotations

import json
import subprocess
import sys

from podium_cli.build import build
from podium_testkit import copy_site

# Modules (and packages: every module below them) a warm build must not import.
DEFERRED = (
    "podium_cards.render",
    "podium_cards.portrait",
    "podium_cards.paint",
    "podium_cards.typeset",
    "resvg_py",
    "podium_vacancies.pull",
    "podium_vacancies.ats.greenhouse",
    "podium_vacancies.ats.lever",
    "podium_vacancies.ats.personio",
    "podium_vacancies.ats.recruitee",
    "defusedxml",
    "podium_ping",
)

WARM_BUILD = """
import json, sys
import podium_cli.cli
sys.argv = ["podium", "build", "-q", "-s", "pelicanconf.py", "-o", "output"]
try:
    podium_cli.cli.main()
except SystemExit as stop:
    if stop.code:
        raise
print(json.dumps(sorted(sys.modules)))
"""


def test_warm_build_imports(tmp_path):
    site = copy_site(tmp_path)
    build(site / "pelicanconf.py", site / "output")  # cold: cards drawn here
    done = subprocess.run(
        [sys.executable, "-c", WARM_BUILD], cwd=site, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    modules = json.loads(done.stdout.splitlines()[-1])
    assert "podium_cards.plugin" in modules and "podium_vacancies.load" in modules
    imported = [m for m in modules if any(m == d or m.startswith(d + ".") for d in DEFERRED)]
    assert imported == []


def test_card_sizes_are_the_renderers():
    """The glue checks cached cards by size without importing the renderer."""
    from podium_cards import plugin, render

    assert plugin.SIZES == {"card": render.CARD_SIZE, "square": render.SQUARE_SIZE}
