"""Click options that more than one ``podium`` command takes."""

from __future__ import annotations

import click

from podium.settings import unnamable


class Path(click.Path):
    """``click.Path`` that refuses an empty value: ``-o "$OUT"`` with ``OUT`` unset
    built into the default output/ (``report -o ''`` printed to the terminal), and
    ``-s ''`` said ": error: settings file not found", naming no file. And a path no
    file system takes: ``-s`` or ``build -o`` with a name of 300 letters ended in
    "podium: error: OSError: [Errno 36] File name too long", exit status 1."""

    def convert(self, value, param, ctx):
        if isinstance(value, str) and not value.strip():
            self.fail(
                "the path is empty (an unset variable in a script?); give a path, or leave it out",
                param,
                ctx,
            )
        why = unnamable(value) if isinstance(value, str) else None
        if why:
            self.fail(f"no file can be named so: a path {why}", param, ctx)
        return super().convert(value, param, ctx)


def settings_option(default: str = "pelicanconf.py", help: str = "Pelican settings file."):
    """``-s/--settings``: the settings file a command reads (``ping`` defaults to publishconf)."""
    return click.option(
        "-s",
        "--settings",
        "settings_file",
        default=default,
        show_default=True,
        type=Path(dir_okay=False),
        help=help,
    )
