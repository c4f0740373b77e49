"""One error format for every kind of bad input.

Content people see these lines in their terminal and, through
``--format github``, as annotations on the changed lines of a pull request,
so the format is fixed by the contract: ``PATH:LINE: error: MESSAGE``.
"""

from __future__ import annotations

import difflib
import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .chars import hidden_character
from .paths import folder_link, real_folder


@dataclass(frozen=True, order=True)
class Issue:
    """A problem with one piece of content, located as precisely as we know."""

    path: str
    line: int | None
    message: str
    severity: str = "error"  # "error" or "warning"

    def sort_key(self) -> tuple[str, int, str, str]:
        # Issues without a line (a whole file, a setting) sort first: the
        # dataclass order would compare None with a number and raise.
        return (self.path, self.line or 0, self.message, self.severity)

    def format(self) -> str:
        # A file name may hold a line break too: escaped, the error stays one line.
        where = one_line(f"{self.path}:{self.line}" if self.line else self.path)
        return f"{where}: {self.severity}: {one_line(shorten_quoted(self.message))}"

    def format_github(self) -> str:
        # A workflow command is "::error file=F,line=N::MESSAGE". Per the
        # runner's escaping rules (actions/toolkit, command.ts), data escapes
        # %, CR and LF, and property values also ":" and ",": otherwise a file
        # named "een, twee: drie.md" ends the file= property early, and a
        # line break in a name would start a second, forged command.
        # The file name is escaped only so (not as the text format shows it): the
        # annotation must land on the very file of the pull request, and a name
        # with a bidi or control character is refused in the message, escaped.
        kind = "error" if self.severity == "error" else "warning"
        msg = escape_data(one_line(shorten_quoted(self.message)))
        line = f",line={self.line}" if self.line else ""
        return f"::{kind} file={escape_property(self.path)}{line}::{msg}"


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


# Messages quote what people wrote (a key, a value) and name files, which may
# hold the very characters they are told to remove. Shown escaped, so the error
# stays one line (as the contract and CI annotations need) and shows them:
# line breaks (every character str.splitlines() breaks at), control characters
# (a terminal would act on them), lone surrogates (unprintable), and every
# format character, Unicode's Cf (bidi controls would reorder the message
# itself; "an\u200bna.md", with a zero-width space, read "anna.md").
_ESCAPED_CATEGORIES = {"Cc", "Cf", "Cs", "Zl", "Zp"}


def _escaped(c: int) -> str:
    if c <= 0xFF:
        return repr(chr(c))[1:-1]
    return f"\\u{c:04x}" if c <= 0xFFFF else f"\\U{c:08x}"


class _Escapes(dict):
    """A ``str.translate`` table, filled as characters are met: working out every
    code point's category up front would cost each podium run a tenth of a second."""

    def __missing__(self, c: int) -> str:
        shown = chr(c)
        if unicodedata.category(shown) in _ESCAPED_CATEGORIES or c in (0xFFFE, 0xFFFF):
            shown = _escaped(c)
        self[c] = shown
        return shown


_LINE_BREAKS = _Escapes({c: repr(chr(c))[1:-1] for c in (10, 11, 12, 13, 28, 29, 30, 133)})


# A file that starts with a UTF-16 byte order mark, as Windows editors save
# "Unicode" text, and what to do about it.
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
UTF16_TEXT = "file is UTF-16 text; save it with UTF-8 encoding"


def not_utf8(raw: bytes, exc: UnicodeDecodeError, shown: str) -> Issue:
    """The one line for a content file that is not UTF-8, the same for every kind
    (stories, themes.yml, vacancies, withdrawn.yml): the line of the first bad
    byte, which CI annotates, and the byte itself (a Latin-1 "é" is 0xe9)."""
    if raw.startswith(UTF16_BOMS):
        # Notepad's "Unicode": themes.yml saved so was told of a "byte 0xff",
        # which nobody typed, where a story was told what happened.
        return Issue(shown, 1, UTF16_TEXT)
    line = raw[: exc.start].count(b"\n") + 1
    message = f"file is not valid UTF-8 (byte 0x{raw[exc.start]:02x}); save it with UTF-8 encoding"
    return Issue(shown, line, message)


# Messages quote what was written, which may be a whole page: `date:` followed
# by 50,000 characters gave an error line of 50,000 characters, in which the
# terminal or the CI log buried what would be valid. Each quoted value is cut
# to this many characters when shown (the issue keeps it whole).
MAX_QUOTED = 200
# A message's quoted values, paired in order: a pattern matching from any '"'
# would take the text between two short values for a third.
_QUOTED = re.compile(r'"([^"]*)"')


def shorten_quoted(message: str) -> str:
    """``message`` with each quoted value over ``MAX_QUOTED`` characters cut, "...xxx..."."""
    if len(message) <= MAX_QUOTED:
        return message

    def cut(m: re.Match[str]) -> str:
        inner = m.group(1)
        if len(inner) <= MAX_QUOTED:
            return m.group(0)
        return f'"{inner[: MAX_QUOTED - 3]}..." ({len(inner):,} characters)'

    return _QUOTED.sub(cut, message)


def one_line(message: str) -> str:
    """``message`` with line breaks and invisible characters escaped (``\\n``), on one line."""
    return message.translate(_LINE_BREAKS)


# Format characters that are part of what someone wrote, kept in ``written_line``:
# the zero-width joiner of an emoji sequence ("👷\u200d♀️") and the non-joiner of
# Persian or Hindi, and the tag characters of a subdivision's flag (🏴 + tags).
_WRITTEN = (0x200C, 0x200D, *range(0xE0020, 0xE0080))
_WRITTEN_LINE = _Escapes({**_LINE_BREAKS, **{c: chr(c) for c in _WRITTEN}})


def written_line(text: str) -> str:
    """A name or title someone wrote, on one line, as ``one_line`` shows it but
    for the joiners that are part of its writing: a report printed the theme
    "👷\u200d♀️ Bouw" as "👷\\u200d♀️ Bouw". A path keeps ``one_line``, where an
    invisible joiner is a character to point out."""
    return text.translate(_WRITTEN_LINE)


def unexpected(exc: BaseException) -> str:
    """The one line ``podium`` prints for an error that is no content error (a
    bug, a full disk): its type and the first line of its message, never a traceback."""
    first = (str(exc).splitlines() or [""])[0]
    return f"podium: error: {type(exc).__name__}: {first}"


class ContentError(Exception):
    """Raised when content is invalid; carries every issue found, not just one."""

    def __init__(self, issues: Iterable[Issue]):
        self.issues = sorted(issues, key=Issue.sort_key)
        super().__init__("\n".join(i.format() for i in self.issues))


class UsageError(ContentError):
    """A wrong argument (a settings file or path that is not there): exit status 2."""

    exit_status = 2


def did_you_mean(word: str, options: Iterable[str]) -> str:
    """A ' (did you mean "x"?)' suffix, or '' when nothing is close."""
    close = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    if not close:
        return ""
    # `status: <U+200B>draft` (a zero-width space or BOM pasted along) read
    # 'not "draft" (did you mean "draft"?)' in the terminal, which shows the
    # character as nothing: the writer was told to write what they had written.
    hidden = hidden_character(word)
    if hidden is None:
        return f' (did you mean "{close[0]}"?)'
    at, name = hidden
    return (
        f' (did you mean "{close[0]}"? what is written holds the invisible character {name} '
        f"at character {at + 1}: remove it)"
    )


def did_you_mean_path(given: str, pattern: str = "*") -> str:
    """did_you_mean among the files and folders beside ``given`` that match
    ``pattern`` ("content/interview" for content/interviews, "pelicanconf" for
    pelicanconf.py), each named as ``given`` names its folder. Close calls only
    (0.8): a missing pelicanconf.py is not taken for publishconf.py."""
    folder = os.path.dirname(given)
    try:
        beside = [os.path.join(folder, p.name) for p in Path(folder or ".").glob(pattern)]
    except OSError:
        return ""
    close = difflib.get_close_matches(given, beside, n=1, cutoff=0.8)
    return f' (did you mean "{close[0]}"?)' if close else ""


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` with ``noun`` in agreement: "1 story", "2 stories", "0 warnings".

    Every count a person reads goes through here, so no summary says "1 stories"
    beside "1 draft". The plural is ``plural`` when given ("cards rendered"), else
    the noun with "s", or "ies" after a consonant and "y" ("open vacancies").
    """
    if n == 1:
        return f"1 {noun}"
    if plural is None:
        vowel_y = noun[-2:-1] in ("a", "e", "o", "u")
        plural = noun[:-1] + "ies" if noun.endswith("y") and not vowel_y else noun + "s"
    return f"{n} {plural}"


def one_of(options: Iterable[str]) -> str:
    """Render a list of valid values the same way in every message."""
    return ", ".join(f'"{o}"' for o in options)


def some_of(options: Iterable[str], shown: int = 5) -> str:
    """``one_of`` for a list that may be long (a hub's slugs or job ids): the first
    ``shown``, then how many more, so the line stays a line."""
    listed = list(options)
    more = len(listed) - shown
    return one_of(listed[:shown]) + (f" and {more:,} more" if more > 0 else "")


def display_path(path: str | os.PathLike, content_root: str | os.PathLike | None = None) -> str:
    """A file as messages name it, the same for stories, themes and vacancies.

    Relative to the project (the folder that holds ``content/``) when the
    content root is known, so ``--format github`` annotations land on the
    right file in a pull request whatever the working directory; otherwise
    relative to the working directory. Always with forward slashes.
    """
    if content_root is not None:
        try:
            project = real_folder(content_root).parent
            # The folder resolved, not the name: a symlink is named as itself,
            # never as the file it points at.
            where = real_folder(Path(path).parent) / Path(path).name
            return where.relative_to(project).as_posix()
        except ValueError:
            pass
    try:
        return Path(os.path.relpath(path)).as_posix()
    except ValueError:  # another drive on Windows
        return Path(path).as_posix()


def folder_link_issue(content: str | os.PathLike) -> Issue | None:
    """``paths.folder_link``'s refusal of ``content`` as the one line every
    command says it in (the reader, the commands that write into content/, the
    vacancy pull), named as the folder is; or None."""
    link = folder_link(content)
    return None if link is None else Issue(Path(content).name, None, link)


def template_issue(exc: BaseException) -> Issue | None:
    """A theme template's error as one line at the template's own line, or None.

    Jinja names the template in a syntax error, and runs compiled templates
    under their file name, so a runtime error (an undefined name, a missing
    include) has a traceback frame at the template's line: the innermost such
    frame is the line to fix. Without this the user got only the error's text.
    """
    from jinja2 import TemplateError, TemplateSyntaxError

    if not isinstance(exc, TemplateError):
        return None
    where, line = None, None
    if isinstance(exc, TemplateSyntaxError):
        where, line = exc.filename or exc.name, exc.lineno
    tb = exc.__traceback__
    while tb is not None and not isinstance(exc, TemplateSyntaxError):
        name = tb.tb_frame.f_code.co_filename
        if not name.endswith(".py") and os.path.isfile(name):
            where, line = name, tb.tb_lineno
        tb = tb.tb_next
    text = (str(exc.message or "").splitlines() or [""])[0]
    shown = display_path(where) if where and os.path.isfile(where) else where or "theme"
    return Issue(shown, line, f"template: {type(exc).__name__}: {text}")
