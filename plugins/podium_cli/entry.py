"""The ``podium`` command's entry point: the command line's modules, imported
here rather than by the script pip writes, so that a Ctrl-C while they load
(about half a second: Pelican, Jinja, Pillow, the tagger) is the one line any
later Ctrl-C gives, not a traceback through the imports."""

from __future__ import annotations

import sys

INTERRUPTED = "podium: error: interrupted (Ctrl-C)"


def main() -> None:
    try:
        from podium_cli.cli import main as command
    except KeyboardInterrupt:
        # 128 + SIGINT, as the command's own handler exits (cli.PodiumGroup).
        print(INTERRUPTED, file=sys.stderr)
        sys.exit(130)
    command()
