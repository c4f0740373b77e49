"""Click options that more than one ``podium`` command takes."""

from __future__ import annotations

import click


class Path(click.Path):
    """``click.Path`` that refuses an empty value: ``-o "$OUT"`` with ``OUT`` unset
    built into the default output/ (``report -o ''`` printed to the terminal), and
    ``-s ''`` said ": error: settings file not found", naming no file."""

    def convert(self, value, param, ctx):
        if isinstance(value, str) and not value.strip():
            self.fail(
                "the path is empty (an unset variable in a script?); give a path, or leave it out",
                param,
                ctx,
            )
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
