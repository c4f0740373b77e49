"""Files the render step writes itself (not through Pelican's writer)."""

from __future__ import annotations

import contextlib
from pathlib import Path


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
    """Write the site file ``path`` (UTF-8); an error names it (``naming``)."""
    with naming(path):
        path.write_text(text, encoding="utf-8")
