"""Files the render step writes itself (not through Pelican's writer)."""

from __future__ import annotations

import contextlib
from pathlib import Path

from podium import recycled


@contextlib.contextmanager
def naming(path: Path):
    """Errors of writing ``path`` name it: a full disk or a quota fails the write
    with no file named, and the build's one line then named the output folder."""
    try:
        yield
    except OSError as exc:
        if exc.filename is None:
            exc.filename = str(path)
        raise


def write_text(path: Path, text: str) -> None:
    """Write the site file ``path`` (UTF-8); an error names it (``naming``). A
    file that holds these bytes already (a recycled output folder's, written by
    the build before last) is left as it is, with the time a write gives
    (``podium.recycled.keep_if_same``): the site's JSON feeds alone are 4.5 MB at 400
    stories, truncated and written again by every warm build."""
    with naming(path):
        if not recycled.keep_if_same_text(path, text):
            path.write_text(text, encoding="utf-8")
