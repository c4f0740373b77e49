"""Click options that more than one ``podium`` command takes."""

from __future__ import annotations

import click


def settings_option(default: str = "pelicanconf.py", help: str = "Pelican settings file."):
    """``-s/--settings``: the settings file a command reads (``ping`` defaults to publishconf)."""
    return click.option(
        "-s",
        "--settings",
        "settings_file",
        default=default,
        show_default=True,
        type=click.Path(dir_okay=False),
        help=help,
    )
