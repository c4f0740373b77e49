"""Split a story file into its front matter and its Markdown body.

Files come from many people's editors, so we accept what a person would
expect to work (a UTF-8 byte-order mark, Windows or old-Mac line endings)
and reject the rest with one line that says what to do about it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from podium import checked, paths
from podium.errors import UTF16_BOMS, UTF16_TEXT, ContentError, Issue, not_utf8
from podium.yamlio import refuse_characters

FENCE = "---"


@dataclass(frozen=True)
class Source:
    front_matter: str
    body: str
    body_line: int  # 1-based line number of the body's first line

    def empty_body(self, path: str) -> Issue | None:
        """The error for a story with front matter and nothing after it."""
        if self.body.strip():
            return None
        return Issue(path, self.body_line - 1, "the story has front matter but no text after it")


# Word, Pages and Google Docs turn a typed --- into a dash (— or –), and a
# line of dashes is then no front matter fence.
_DASHES = re.compile(r"[-\u2010-\u2015\u2212 ]*[\u2010-\u2015\u2212][-\u2010-\u2015\u2212 ]*")


def _dash_message(line: str) -> str:
    return (
        f'"{line}" must be three hyphens, ---: a word processor turned them into a dash; '
        "type them in a plain-text editor"
    )


def split(raw: bytes, path: str, max_bytes: int) -> Source:
    if len(raw) > max_bytes:
        raise ContentError(
            [
                Issue(
                    path,
                    None,
                    # Only limit + 1 bytes are read: "more than", not the size.
                    f"file is more than {max_bytes / 1_000_000:.1f} MB; a story may be at most "
                    f"{max_bytes / 1_000_000:.1f} MB (setting PODIUM_MAX_STORY_BYTES)",
                )
            ]
        )
    if raw.startswith(UTF16_BOMS):
        # Windows editors ("Unicode" in Notepad) save UTF-16 with a BOM; the
        # NUL bytes below would call it binary, which is not what happened.
        raise ContentError([Issue(path, None, UTF16_TEXT)])
    if b"\x00" in raw:
        raise ContentError([Issue(path, None, "file contains NUL bytes: is it a binary file?")])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ContentError([not_utf8(raw, exc, path)]) from None
    # NFC so that "é" typed two ways is one string for slugs, search and cards.
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise ContentError(
            [
                Issue(
                    path,
                    None,
                    "file is empty; a story starts with front matter between two --- lines",
                )
            ]
        )
    lines = text.split("\n")
    if lines[0].strip() != FENCE:
        first = next(i for i, line in enumerate(lines) if line.strip())
        if _DASHES.fullmatch(lines[first].strip()):
            raise ContentError([Issue(path, first + 1, _dash_message(lines[first].strip()))])
        if lines[first].strip() == FENCE:
            raise ContentError(
                [Issue(path, 1, "the file must start with the line ---: remove the empty lines "
                       "above it")]
            )  # fmt: skip
        raise ContentError(
            [
                Issue(
                    path,
                    1,
                    "a story must start with front matter: a line ---, the fields "
                    "(title, date, author, role, consent), and another line ---",
                )
            ]
        )
    for i, line in enumerate(lines[1:], start=1):
        if _DASHES.fullmatch(line.strip()) and line.strip() != FENCE:
            raise ContentError([Issue(path, i + 1, _dash_message(line.strip()))])
        if line.strip() in (FENCE, "..."):
            # An empty body is not refused here: the front matter is still
            # checked, so every mistake of the file shows in one run (``_parse``).
            body = "\n".join(lines[i + 1 :])
            # Control characters in the body would reach the feeds, whose XML
            # cannot carry them (the front matter gets the same check as YAML).
            refuse_characters(body, path, i + 1, yaml=False)
            return Source("\n".join(lines[1:i]), body, i + 2)
    raise ContentError(
        [Issue(path, 1, "the front matter is not closed: add a line --- after the fields")]
    )


# themes.yml and withdrawn.yml: a taxonomy or a list of slugs is a few KB, and a
# vacancy file is held to the same. Read whole, a 100 MB file from a pull
# request kept the YAML parser busy for minutes and held gigabytes.
MAX_DATA_FILE_BYTES = 1_000_000


def read_utf8(content_root: Path | str, path: Path | str, shown: str) -> str:
    """The text of data file ``path`` (themes, withdrawn), checked as every content
    file is before it is opened: a link to another file in content/ is fine, one
    out of it is refused, never read (its lines would be quoted in the errors of
    a pull request's public log), in the words of the tree check (one line)."""
    try:
        real = checked.content_file(content_root, Path(path).absolute())
    except paths.Refused as exc:
        raise ContentError([Issue(shown, None, f"this entry {exc}")]) from None
    try:
        raw = checked.read_bounded(real, MAX_DATA_FILE_BYTES)
    except paths.Refused as exc:
        raise ContentError([Issue(shown, None, f"file {exc}")]) from None
    if len(raw) > MAX_DATA_FILE_BYTES:
        limit = MAX_DATA_FILE_BYTES / 1_000_000
        raise ContentError(
            [
                Issue(
                    shown,
                    None,
                    f"file is more than {limit:.1f} MB; this file may be at most {limit:.1f} MB",
                )
            ]
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ContentError([not_utf8(raw, exc, shown)]) from None
