"""One error format for every kind of bad input.

Content people see these lines in their terminal and, through
``--format github``, as annotations on the changed lines of a pull request,
so the format is fixed by the contract: ``PATH:LINE: error: MESSAGE``.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Issue:
    """A problem with one piece of content, located as precisely as we know."""

    path: str
    line: int | None
    message: str
    severity: str = "error"  # "error" or "warning"

    def format(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.severity}: {one_line(self.message)}"

    def format_github(self) -> str:
        # Workflow commands must not contain raw newlines or '%'; the message
        # is one line by construction, so only '%' needs escaping.
        kind = "error" if self.severity == "error" else "warning"
        msg = one_line(self.message).replace("%", "%25")
        line = f",line={self.line}" if self.line else ""
        return f"::{kind} file={self.path}{line}::{msg}"


# Every character str.splitlines() breaks at. Messages quote what people
# wrote (a key, a value), and a key can contain a newline: shown escaped, the
# error stays one line, as the contract and CI annotations need.
_LINE_BREAKS = {c: repr(chr(c))[1:-1] for c in (10, 11, 12, 13, 28, 29, 30, 133, 8232, 8233)}


def one_line(message: str) -> str:
    """``message`` with every line break shown escaped (``\\n``), so it stays one line."""
    return message.translate(_LINE_BREAKS)


class ContentError(Exception):
    """Raised when content is invalid; carries every issue found, not just one."""

    def __init__(self, issues: Iterable[Issue]):
        self.issues = sorted(issues)
        super().__init__("\n".join(i.format() for i in self.issues))


def did_you_mean(word: str, options: Iterable[str]) -> str:
    """A ' (did you mean "x"?)' suffix, or '' when nothing is close."""
    close = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    return f' (did you mean "{close[0]}"?)' if close else ""


def one_of(options: Iterable[str]) -> str:
    """Render a list of valid values the same way in every message."""
    return ", ".join(f'"{o}"' for o in options)


def display_path(path: str | os.PathLike, content_root: str | os.PathLike | None = None) -> str:
    """A file as messages name it, the same for stories, themes and vacancies.

    Relative to the project (the folder that holds ``content/``) when the
    content root is known, so ``--format github`` annotations land on the
    right file in a pull request whatever the working directory; otherwise
    relative to the working directory. Always with forward slashes.
    """
    if content_root is not None:
        try:
            project = Path(content_root).resolve().parent
            return Path(path).resolve().relative_to(project).as_posix()
        except ValueError:
            pass
    try:
        return Path(os.path.relpath(path)).as_posix()
    except ValueError:  # another drive on Windows
        return Path(path).as_posix()
