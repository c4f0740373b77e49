"""Build a site into a temporary folder and swap it in only on success.

A failed build must leave the previous ``output/`` exactly as it was: the
nightly publish job deploys whatever is in it, and a half-written site is
worse than yesterday's.

The swap moves the previous output aside (``.NAME.old-*``; the next build
writes into its folders, ``podium.recycled``, or deletes it beside its own
work, ``_Sweep``), so the output folder is checked first
(``check_output``): never the project, ``content/``, the theme, ``plugins/``,
the settings file or the home folder, nor anything containing them, and never
a non-empty folder without the marker file every Podium output carries. A
refused folder is a usage error (exit status 2), one line.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import logging
import os
import re
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import types
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

try:
    import fcntl
except ImportError:  # Windows: builds are not locked
    fcntl = None

from pelican import Pelican
from pelican.log import console
from pelican.settings import get_settings_from_module, load_source, read_settings

from podium import defaults, forked, outputs, paths, pipeline
from podium.atomic import signals_wait, wait_for_lock
from podium.cache import (
    MAC_SUFFIX,
    PRIVATE_PREFIX,
    build_cache,
    dead_private_caches,
    linked_build_cache,
    private_cache,
    real_dir,
    regular_file,
)
from podium.errors import (
    ContentError,
    Issue,
    UsageError,
    did_you_mean_path,
    one_line,
    template_issue,
)
from podium.publishconf import imports_beside as _imports_beside
from podium.publishconf import public_site_url
from podium.recycled import Recycled, new_modes
from podium.recycled import sweep as recycled_sweep
from podium.settings import (
    SETTINGS_KEY,
    WRONG_VALUE,
    PodiumSettings,
    SettingProblems,
    assigned_at,
    check_with_the_rest,
    child_environment,
    core_problems,
    huge_numbers,
    in_capitals,
    internal_in_file,
    misspelt_in_file,
    pelican_theme_problems,
    setting_line,
    settings_file_bytes,
    static_photos_problems,
    template_problems,
    unnamable,
    url_problems,
)
from podium.settings import (
    get as typed_settings,
)
from podium_cards.plugin import stop_rendering
from podium_index.plugin import WORK_PREFIX
from podium_vacancies import snapshot
from podium_vacancies.feeds import MAX_MB

log = logging.getLogger(__name__)


def _of_the_build(record: logging.LogRecord) -> bool:
    """Whether a record logged while a build runs is the build's to count.

    A build runs no event loop, but the garbage collector may collect a task of
    an earlier one in the same process while it runs (`podium serve`'s caller,
    invoke, the tests' browser): asyncio then logs "Task was destroyed but it is
    pending!", and the build failed on it, its own work all done. Such a record
    is left to the other handlers, as outside a build.
    """
    return record.name != "asyncio" and not record.name.startswith("asyncio.")


class _Counter(logging.Handler):
    """Keeps error records (Pelican logs some failures instead of raising)
    and counts warnings for the build summary."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []
        self.warnings = 0

    def emit(self, record: logging.LogRecord) -> None:
        if not _of_the_build(record):
            return
        if record.levelno >= logging.ERROR:
            # Pelican logs "Could not process columns/x.md" inside its except
            # block without the exception (exc_info only with DEBUG): the one
            # line then said nothing of why. It is still being handled here.
            exc = sys.exc_info()[1]
            reason = (str(exc).splitlines() or [""])[0] if exc is not None else ""
            if exc is not None and not record.exc_info and reason not in record.getMessage():
                record.podium_reason = f"{type(exc).__name__}: {reason}".rstrip(": ")
            self.records.append(record)
        else:
            self.warnings += 1


class _Hold(logging.Filter):
    """On the other handlers during a build: an error record is not printed as
    it is logged, since the build raises it (``_Counter``) and the caller prints
    it then. Printed both times, a failed Pagefind run was two lines."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno < logging.ERROR or not _of_the_build(record)


@dataclass
class BuildResult:
    output: Path
    pages: int = 0
    stats: dict[str, int] = field(default_factory=dict)  # e.g. cards_rendered, cards_reused


class _DropSiteurlWarnings(logging.Filter):
    # Pelican warns when SITEURL is empty and feeds are on. Podium writes its feeds
    # with the public address (the settings' site_url: publishconf.py's in a preview),
    # root-relative only where none is known.
    # And when it ends in a slash, which it drops: the site is the same, and the
    # warning, in Pelican's words, was neither PATH:LINE nor an annotation in CI.
    DROPPED = ("Feeds generated without SITEURL", "Removed extraneous trailing slash from SITEURL")

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        return not any(dropped in message for dropped in self.DROPPED)


class _DropEmptyAltWarning(logging.Filter):
    """Pelican's own "Empty alt attribute for image x.jpg in /abs/path.md" (and,
    from the sixth, "Other images have empty alt attributes"): Podium's read
    step says it already, once, as PATH:LINE: warning: with what to write.
    Both were printed, and counted, for every such image."""

    DROPPED = ("Empty alt attribute for image %s in %s", "Other images have empty alt attributes")

    def filter(self, record: logging.LogRecord) -> bool:
        return record.msg not in self.DROPPED


class _AtSettingsFile(logging.Filter):
    """What Pelican logs while it reads the settings ("Defining PLUGIN_PATHS setting
    as string has been deprecated") is about the settings file: its records carry
    ``podium_where``, the file and the line assigning the setting named (when it
    names one the file assigns), which the one-line format puts in front."""

    NAME = re.compile(r"\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b|\b[A-Z]{3,}\b")

    def __init__(self, settings_file: str | Path) -> None:
        super().__init__()
        self.shown = str(settings_file)

    def filter(self, record: logging.LogRecord) -> bool:
        where = self.shown
        for name in self.NAME.findall(record.getMessage()):
            line = setting_line(self.shown, name)
            if line is not None:
                where = f"{where}:{line}"
                break
        record.podium_where = where
        return True


def _project_above(path: Path) -> str:
    """For a bare settings file name not found here: the folder above that has it,
    as "; the project is ../.. (...)", or "". Run from content/columns/, where a
    writer's story is, "settings file not found" read as if the hub had none.
    Not looked for further (as Pelican, Hugo and MkDocs do not): named only."""
    if path.is_absolute() or path.parent != Path("."):
        return ""
    here = Path.cwd()
    for up, folder in enumerate(here.parents, 1):
        if (folder / path).is_file():
            rel = "/".join([".."] * up)
            return (
                f" in this folder; the project is {rel} (run podium there, or give -s {rel}/{path})"
            )
    return ""


def _settings_path(settings_file: str | Path) -> Path:
    path = Path(settings_file)
    if not path.is_file():
        # /dev/null or a pipe is there, but no settings file: "not found" sent
        # the user looking for a typo.
        message = (
            "settings file is not a file; give one, like pelicanconf.py"
            if os.path.exists(path)
            else "settings file not found"
            + (_project_above(path) or did_you_mean_path(str(path), "*.py"))
        )
        raise UsageError([Issue(str(settings_file), None, message)])
    if path.suffix != ".py":
        # Pelican imports it as a module: any other name ended in "AttributeError:
        # 'NoneType' object has no attribute 'loader'".
        message = "settings file must be a Python file ending in .py, like pelicanconf.py"
        raise UsageError([Issue(str(settings_file), None, message)])
    source = settings_file_bytes(path)
    if source is not None and not source.strip():
        # It was "setting THEME must be Podium's theme folder ...", the first of
        # the settings an empty file lacks, as if only that one were missing.
        message = (
            "settings file is empty; it sets at least THEME, PLUGIN_PATHS and PLUGINS "
            "(start from Podium's pelicanconf.py, see README)"
        )
        raise ContentError([Issue(str(settings_file), None, message)])
    return path


@contextlib.contextmanager
def _reading(path: Path, settings_file: str | Path):
    """While the settings are read: imports beside the file, Pelican's SITEURL
    warnings dropped, and any failure one line at the file's line.

    Yields a dict for what the file assigned (``"values"``) once it has run: when
    Pelican then fails on them, they are checked for a wrong type without running
    the file again (its module-level code, imports, prints and all)."""
    settings_log = logging.getLogger("pelican.settings")
    drop, at_file = _DropSiteurlWarnings(), _AtSettingsFile(settings_file)
    settings_log.addFilter(drop)
    settings_log.addFilter(at_file)
    beside = contextlib.ExitStack()
    beside.enter_context(_imports_beside(path))
    read: dict = {}
    try:
        yield read
    except ContentError:
        raise
    except SystemExit as exc:
        # sys.exit(0) in the file made `podium check` end at once with status 0,
        # nothing checked; Sphinx refuses a conf.py that calls it the same way.
        where, line = _settings_line(exc, settings_file)
        message = (
            "the settings file called sys.exit(); a settings file only assigns settings, "
            "so remove the call"
        )
        raise ContentError([Issue(where, line, message)]) from None
    except Exception as exc:  # a syntax error in pelicanconf.py, say
        if "values" in read:  # the file ran: Pelican failed on what it assigned
            _wrong_core_types(read["values"], path, str(settings_file))
        where, line = _settings_line(exc, settings_file)
        message = exc.msg if isinstance(exc, SyntaxError) else str(exc)
        first = (message.splitlines() or [""])[0]
        raise ContentError([Issue(where, line, f"{type(exc).__name__}: {first}")]) from None
    finally:
        settings_log.removeFilter(drop)
        settings_log.removeFilter(at_file)
        beside.close()


class FileValues(dict):
    """What a settings file assigns in capitals, as Pelican reads it; with
    ``in_lower_case``, the names it assigns a setting under in other case
    (``PODIUM_languages``), which Pelican skips without a word."""

    in_lower_case: tuple[str, ...] = ()


def _settings_from_file(path: Path) -> FileValues:
    """Pelican's ``get_settings_from_file``, remembering the names in other case."""
    module = load_source(path.stem, str(path))
    values = FileValues(get_settings_from_module(module))
    values.in_lower_case = tuple(
        name
        for name, value in vars(module).items()
        # A setting's name with a small letter or two: not `timezone`, a module
        # the file imports, nor `path`, a helper of its own (all in small letters).
        if not name.isupper()
        and not name.islower()
        and not isinstance(value, (type, types.ModuleType, types.FunctionType))
    )
    return values


def run_settings_file(settings_file: str | Path) -> dict:
    """What the settings file assigns, the file run once (its module-level code,
    imports and all): for ``load_settings(values=...)``, which then runs it no more."""
    path = _settings_path(settings_file)
    with _reading(path, settings_file) as read:
        read["values"] = _settings_from_file(path)
    return read["values"]


def load_settings(
    settings_file: str | Path,
    *,
    values: dict | None = None,
    output_path: bool = False,
    steps: bool = False,
    **overrides: Any,
) -> dict:
    """The settings of ``settings_file`` with ``overrides``; ``values``: what
    ``run_settings_file`` gave, so the file is not run again. ``output_path``:
    the command writes (or checks) the settings' OUTPUT_PATH, so a problem with
    it is said with the other settings' problems; alone, the command says it.
    ``steps``: the command runs the hub's steps (build, check), so a PLUGINS that
    cannot build the hub is said with the others too (``pipeline.check_plugins``
    after this says it alone)."""
    path = _settings_path(settings_file)
    overrides.setdefault("PODIUM_SETTINGS_FILE", str(settings_file))
    with _reading(path, settings_file) as read:
        # Podium's defaults go where the file assigns nothing, before anything
        # reads the settings: told apart from Pelican's own defaults, a hub
        # whose DEFAULT_LANG = "en" got "nl" (English stories under /en/).
        own = _settings_from_file(path) if values is None else values
        # With Podium's PATH, so a hub with no content/ yet is told so on one line.
        read["values"] = {**defaults.FOLDERS, **own}
        problems = SettingProblems(str(settings_file))
        huge_numbers(own, problems.bad)
        problems.check()  # the checks below show wrong values, and cannot show these
        internal_in_file(own, problems.bad)
        misspelt_in_file(own, problems.bad)
        in_capitals(getattr(own, "in_lower_case", ()), own, problems.bad)
        # Names only: Pelican reads past them, so they are said with the values below.
        named = list(problems.issues)
        # Before Pelican reads them: it replaces some wrong values with its
        # defaults (PLUGINS = "podium_read"), and fails on others in its own words.
        core_problems(own, problems.bad)
        if problems.issues != named:
            _with_the_core(own, overrides, str(settings_file), steps, problems)
            problems.check()
        podium = {**defaults.unassigned(own), defaults.APPLIED: True}
        # Pelican's read_settings(path) would run the file a second time (its
        # module-level code, imports and all); given no path it only merges,
        # so the file's relative folders are made absolute here, as it would.
        settings = read_settings(override=_absolute_folders({**own, **podium, **overrides}, path))
    # Pelican takes some wrong types without a word (OUTPUT_PATH = None), and the
    # commands use them before the plugins check them: `podium build` ended in
    # "TypeError: expected str, bytes or os.PathLike object, not NoneType".
    problems = SettingProblems(str(settings_file))
    problems.issues.extend(named)
    core_problems(settings, problems.bad)
    url_problems(settings, problems.bad, own)
    static_photos_problems(settings, problems.bad)
    template_problems(settings, problems.bad)
    pelican_theme_problems(settings, "THEME" in own or "THEME" in overrides, problems.bad)
    steps_problem = pipeline.plugins_problem(settings, require=True) if steps else None
    if steps_problem:
        line = setting_line(str(settings_file), "PLUGINS")
        problems.issues.append(Issue(str(settings_file), line, steps_problem))
    if not settings.get("SITEURL") and "PODIUM_PUBLIC_SITEURL" not in overrides:
        public = public_site_url(path, own)
        if public:
            settings["PODIUM_PUBLIC_SITEURL"] = public
    # The typed settings, parsed once for the command and the build it runs: kept in
    # the dict (podium.settings.get), which Pelican's steps are given as it is.
    ps = _typed_or_none(settings, problems)
    along = output_setting_problems(settings, settings_file, ps) if output_path else []
    check_with_the_rest(problems, settings, own, along)
    if ps is None:
        ps = typed_settings(settings)  # raises what the typed settings alone find wrong
    linked = linked_build_cache(ps)
    if linked is not None:
        # Every command: podium check, which a pull request's run starts with,
        # wrote its parses through the link too (podium.cache.linked_root).
        shown = one_line(os.path.relpath(linked))
        log.warning(
            "%s: warning: the cache folder is a symlink; Podium uses an empty one of its own "
            "and writes nothing through the link (make %s a folder, or delete the link)",
            shown,
            shown,
        )
    return settings


def _typed_or_none(settings: dict, problems: SettingProblems) -> PodiumSettings | None:
    """The typed settings of ``settings`` (kept there); None while a setting is
    wrong, which ``check_with_the_rest`` says with the others."""
    try:
        return typed_settings(settings)
    except ContentError:
        return None
    except WRONG_VALUE:  # tripped over a value already reported
        if not problems.issues:
            raise  # a defect of the settings code, not the user's mistake
        return None


def _with_the_core(own: dict, overrides: dict, source: str, steps: bool, problems) -> None:
    """Add to the Pelican settings' problems (``core_problems``, said before Pelican
    reads the file) the THEME and PLUGINS a file written from scratch leaves out:
    a pelican-quickstart file's RELATIVE_URLS = True was said alone, THEME in the
    next run and PLUGINS in the one after it."""
    from pelican.settings import DEFAULT_CONFIG

    given = "THEME" in own or "THEME" in overrides
    pelican_theme_problems({"THEME": DEFAULT_CONFIG["THEME"], **own, **overrides}, given,
                           problems.bad)  # fmt: skip
    plugins = own.get("PLUGINS")
    missing = (
        pipeline.missing_problem(plugins)
        if isinstance(plugins, (list, tuple, type(None)))
        else None
    )
    if steps and missing:
        problems.issues.append(Issue(source, setting_line(source, "PLUGINS"), missing))


def _absolute_folders(values: dict, path: Path) -> dict:
    """``values`` with the folders Pelican reads relative to the settings file
    (``PATH``, ``OUTPUT_PATH``, ``THEME``, ``CACHE_PATH``, ``PLUGIN_PATHS``) made
    absolute, as ``pelican.settings.read_settings`` does when given the file, and
    ``THEME_TEMPLATES_OVERRIDES`` with them."""
    here = path.absolute().parent

    def absolute(value):
        return value if os.path.isabs(value) else os.path.abspath(os.path.normpath(here / value))

    values = dict(values)
    for name in ("PATH", "OUTPUT_PATH", "THEME", "CACHE_PATH"):
        if values.get(name) is not None:
            value = absolute(values[name])
            # THEME may be the name of one of Pelican's themes rather than a folder
            if name != "THEME" or os.path.exists(value):
                values[name] = value
    # THEME_TEMPLATES_OVERRIDES too, which Pelican leaves to the folder it runs in:
    # `podium build -s site/pelicanconf.py` from elsewhere built the theme's own
    # pages without a word, where PATH and THEME beside it were found.
    for name in ("PLUGIN_PATHS", "PLUGIN_PATH", "THEME_TEMPLATES_OVERRIDES"):
        folders = values.get(name)
        if isinstance(folders, (str, os.PathLike)):  # Pelican makes it a list, with a warning
            values[name] = absolute(folders)
        elif folders is not None:
            values[name] = [absolute(p) for p in folders]
    return values


def _wrong_core_types(values: dict, path: Path, shown: str) -> None:
    """Pelican failed on the settings ``values`` (what the file at ``path``
    assigned): when a setting it needs has the wrong type, raise that as one line
    naming the setting (else return: the caller reports Pelican's own error)."""
    problems = SettingProblems(shown)
    huge_numbers(values, problems.bad)
    problems.check()
    core_problems(values, problems.bad)
    _missing_folders(values, path, problems.bad)
    problems.check()


def _missing_folders(values: dict, path: Path, bad) -> None:
    """A ``PATH`` or ``THEME`` that names no folder: Pelican says "Could not find
    the theme nope" or "You need to specify a path containing the content (see
    pelican --help ...)" as a ValueError, naming no line. Pelican reads both
    relative to the settings file, and THEME may also be one of its own themes."""
    import pelican

    here = path.resolve().parent
    own_themes = Path(pelican.__file__).parent / "themes"
    for name, what, example in (("PATH", "the content folder", "content"),
                                ("THEME", "a theme folder", "theme")):  # fmt: skip
        value = values.get(name)
        if not isinstance(value, (str, os.PathLike)) or unnamable(os.fspath(value)):
            continue  # said by core_problems, as no name a folder can have
        if (here / value).is_dir():
            continue
        if name == "THEME" and (own_themes / value).is_dir():
            continue
        bad(name, f'must be {what}, like "{example}"; there is no folder "{value}" '
                  f"beside {path.name}")  # fmt: skip


def _settings_line(exc: BaseException, settings_file: str | Path) -> tuple[str, int | None]:
    """The settings file and line that ``exc`` (raised reading them) points at.

    A syntax error's own place, else the innermost line of a settings file
    that ran: publishconf.py's ``from pelicanconf import *`` names
    pelicanconf.py's line, not the import.
    """
    given = Path(settings_file).resolve()
    if isinstance(exc, SyntaxError):
        places = [(exc.filename, exc.lineno)]
    else:
        places = [(f.filename, f.lineno) for f in traceback.extract_tb(exc.__traceback__)][::-1]
    for filename, line in places:
        if not filename:
            continue
        file = Path(filename).resolve()
        if file.parent == given.parent and file.suffix == ".py":
            return (str(settings_file) if file == given else os.path.relpath(file)), line
    return str(settings_file), None


# Written into every output: only a folder carrying it is ever replaced.
MARKER, MARKER_TEXT = paths.OUTPUT_MARKER, paths.OUTPUT_MARKER_TEXT


class UnsafeOutput(UsageError):
    """An output folder the build must not replace: a usage error."""


def input_holding(target: Path, settings: dict, settings_file: str | Path) -> str | None:
    """Which input of the hub ``target`` (a resolved file path) is or sits in:
    content/, the settings file, the theme or the plugins; None if none."""
    for what, path in outputs.protected(settings, Path(settings_file)):
        if target == path or (what not in outputs.INSIDE_OK and target.is_relative_to(path)):
            return what
    return None


def _mount_point(folder: Path) -> bool:
    """Whether something is mounted at ``folder``: ``os.path.ismount``, which
    compares devices and so misses a bind mount from the same file system (Docker's
    ``-v ./public:/site/public`` beside ``-v .:/site``), or, on Linux, a mount the
    system lists there (/proc/self/mountinfo, its fifth field, octal escapes)."""
    if os.path.ismount(folder):
        return True
    try:
        with open("/proc/self/mountinfo", encoding="utf-8", errors="surrogateescape") as f:
            listed = [line.split(" ")[4] for line in f if line.count(" ") >= 4]
    except OSError:  # not Linux, or no /proc
        return False
    unescape = lambda m: chr(int(m.group(1), 8))  # noqa: E731
    here = os.path.realpath(folder)
    return any(re.sub(r"\\([0-7]{3})", unescape, point) == here for point in listed)


def output_setting_problems(
    settings: dict, settings_file: str | Path, ps: PodiumSettings | None = None
) -> list[Issue]:
    """`podium check`'s word on OUTPUT_PATH, which the build refuses (check_output)
    when it is, holds or sits inside content/, the theme, the plugins or the
    settings: OUTPUT_PATH = "content/site" passed the pull request's check, and the
    publish build after the merge failed. One error on the setting's line."""
    value = settings.get("OUTPUT_PATH")
    if not isinstance(value, (str, os.PathLike)) or not os.fspath(value):
        return []  # said by core_problems
    if unnamable(os.fspath(value)):
        return []  # said by core_problems too
    final = Path(value).resolve()
    here = Path(settings_file).resolve().parent
    shown = Path(os.path.relpath(final, here)).as_posix()
    # PATH holding the project's folder is said on its own line (core_problems).
    folders = outputs.output_protected(settings, Path(settings_file), ps)
    found = outputs.clash(
        final, [(w, p) for w, p in folders if not (w == "content/" and here.is_relative_to(p))]
    )
    if found is not None:
        what, how, path = found
        cache = settings.get("PODIUM_CACHE_PATH")
        if what == "the cache folder" and cache and final != path and path.is_relative_to(final):
            # The cache is the slip (PODIUM_CACHE_PATH = "output/cache"), not the output;
            # an output inside the cache ("build-cache/site") is OUTPUT_PATH's.
            message = (f"setting PODIUM_CACHE_PATH is {str(cache)!r}, inside OUTPUT_PATH "
                       f"{shown!r}, which the build replaces whole: the cache would be thrown "
                       'away and published; give it a folder outside it, like ".podium-cache", '
                       "or leave the setting out")  # fmt: skip
            return [Issue(*assigned_at(str(settings_file), "PODIUM_CACHE_PATH"), message)]
        message = (f"setting OUTPUT_PATH is {shown!r}, which {how}, and the build replaces "
                   'the whole folder; choose a folder of its own, like "output"')  # fmt: skip
        return [Issue(*assigned_at(str(settings_file), "OUTPUT_PATH"), message)]
    # OUTPUT_PATH = "output/site" beside the output/ an earlier build wrote passed the
    # check, and the build then refused it (check_output): say it here too.
    above = outputs.earlier_output(final)
    if above is not None:
        earlier = Path(os.path.relpath(above, here)).as_posix()
        message = (f"setting OUTPUT_PATH is {shown!r}, which is inside {earlier!r}, an output "
                   f"folder Podium wrote ({MARKER}) that the next build there replaces whole, "
                   "and the build refuses it; choose a folder outside it")  # fmt: skip
        return [Issue(*assigned_at(str(settings_file), "OUTPUT_PATH"), message)]
    return []


def check_output(
    final: Path, settings: dict, settings_file: str | Path, ps: PodiumSettings
) -> None:
    """Refuse, with one line, an output folder whose replacement would lose data."""

    def refuse(message: str) -> None:
        raise UnsafeOutput([Issue(str(final), None, f"output folder {message}")])

    found = outputs.clash(final, outputs.output_protected(settings, Path(settings_file), ps))
    if found is not None:
        what, how, path = found
        held = f" ({path})" if how.startswith("contains") else ""
        refuse(f"{how}{held}; choose a folder of its own, like output/")
    # In an output Podium wrote (-o output/sub beside the default output/): the next
    # build there replaces that folder whole, and this output went with it.
    above = outputs.earlier_output(final)
    if above is not None:
        refuse(f"is inside {above}, an output folder Podium wrote ({MARKER}), which the "
               "next build there replaces whole; choose a folder outside it")  # fmt: skip
    # The nearest folder above that is there must be a folder: a file in the way
    # ended the build in "cannot write the output: File exists".
    above = next((p for p in final.parents if os.path.lexists(p)), None)
    if above is not None and not above.is_dir():
        refuse(f"would be inside {above}, which is a file, not a folder; choose another")
    if not final.exists() and not final.is_symlink():
        return
    if final.is_symlink() or not final.is_dir():
        refuse("is not a folder (a file or a symlink); choose a folder of its own")
    # A volume mounted there (Docker's way to share a site with a web server's
    # container): the swap cannot rename a mount point, and every build ran whole
    # to end in "Device or resource busy". A folder inside it can be swapped.
    if _mount_point(final):
        inside = one_line(os.path.relpath(final / "site"))
        refuse("is a mount point (a volume or a disk of its own), which the build cannot "
               f"replace whole; build into a folder inside it, like {inside}")  # fmt: skip
    marker = final / MARKER
    if any(final.iterdir()) and not (marker.is_file() and not marker.is_symlink()):
        refuse(
            f"is not empty and was not written by Podium (no {MARKER} file); "
            "choose an empty or new folder, or delete this one yourself"
        )
    # The swap renames the old output away and deletes it: a folder we cannot
    # delete would be left behind whole, so say so before building.
    for folder, dirs, _files in os.walk(final):
        if not os.access(folder, os.W_OK | os.X_OK):
            shown = os.path.relpath(folder)
            raise ContentError(
                [Issue(shown, None, "output folder is read-only; the build cannot replace it")]
            )
        dirs[:] = [d for d in dirs if not os.path.islink(os.path.join(folder, d))]


def _leftovers(final: Path) -> list[Path]:
    """``.NAME.build-*`` and ``.NAME.old-*`` folders of earlier or killed builds,
    and Pagefind's working folders (``.pagefind-PID-*``) of killed ones.

    Only folders carrying the marker (every build writes it first), and not
    those of a build that is still running (its process id is in the name);
    real folders only (a symlink is never followed, nor removed). Working
    folders of older builds, which had no marker, are ``_old_work``.
    """
    found = []
    for path in sorted(final.parent.glob(f"{WORK_PREFIX}*")):
        pid = path.name[len(WORK_PREFIX) :].split("-", 1)[0]
        if (_is_pid(pid) and _alive(int(pid))) or not real_dir(path):
            continue
        marker = path / MARKER
        if (_is_pid(pid) and marker.is_file() and not marker.is_symlink()) or _old_work(path):
            found.append(path)
    for path in sorted(final.parent.glob(f".{final.name}.*-*")):
        kind, _, rest = path.name[len(final.name) + 2 :].partition("-")
        pid = rest.split("-", 1)[0]
        if kind not in ("build", "old") or not _is_pid(pid) or _alive(int(pid)):
            continue
        marker = path / MARKER
        if path.is_dir() and not path.is_symlink() and marker.is_file():
            found.append(path)
    return found


# Pagefind's working folder as builds before its marker named it (tempfile's
# eight characters, after 9a2727e a process id before them), and what was in it.
_OLD_WORK = re.compile(r"\.pagefind-(?:[0-9]+-)?[a-z0-9_]{8}")
_OLD_WORK_ENTRY = re.compile(r"(?:site|bundle)-[A-Za-z0-9_-]+|reference(?:-site)?")
OLD_WORK_AGE = 24 * 3600  # seconds


def _old_work(path: Path) -> bool:
    """A working folder left by a build from before the marker: named as those
    were, holding only the folders a Pagefind run of Podium makes (a copy of
    pages and an index), and untouched for a day. Killed outright, such a build
    left it for good. A build of an older Podium may still be using a younger
    one (before 9a2727e no process id said whose it is), and a run takes
    minutes, not a day; a folder holding anything else is someone's own."""
    if _OLD_WORK.fullmatch(path.name) is None:
        return False
    try:
        if time.time() - path.stat(follow_symlinks=False).st_mtime < OLD_WORK_AGE:
            return False
        with os.scandir(path) as entries:
            return all(
                _OLD_WORK_ENTRY.fullmatch(e.name) and e.is_dir(follow_symlinks=False)
                for e in entries
            )
    except OSError:
        return False


# What the sweeping process runs: the standard library only (-I -S), and it
# names on stdout each folder it could not remove.
_SWEEP = (
    "import os, shutil, sys\n"
    "for path in sys.argv[1:]:\n"
    "    shutil.rmtree(path, ignore_errors=True)\n"
    "    if os.path.lexists(path): print(path)\n"
)


class _Sweep:
    """Remove the leftover folders in a process of its own while the build runs.

    The previous output is not deleted when a build swaps its output in: it
    stays as ``.NAME.old-*`` and the next build removes it here, beside its
    own work. Removing a site's few thousand files waits mostly on the disk
    (0.4 to 0.7 s of an edit build of 1,000 stories on the benchmark machine,
    with little CPU), and at the end of a build nothing is left to overlap it
    with; at the start, the build reads and tags on one core. The build waits
    for the sweep before it returns (``finish``), so no work outlives it.
    """

    def __init__(self, folders: list[Path]) -> None:
        self.proc: subprocess.Popen | None = None
        if folders:
            cmd = [sys.executable, "-I", "-S", "-c", _SWEEP, *map(str, folders)]
            try:
                self.proc = subprocess.Popen(
                    cmd,
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.PIPE,
                    text=True,
                    env=child_environment(),
                )
            except OSError:  # no process to spare: remove them here, in order
                for folder in folders:
                    shutil.rmtree(folder, ignore_errors=True)

    def finish(self) -> None:
        """Wait for the sweep; warn (one line each) about a folder it could not remove."""
        proc, self.proc = self.proc, None
        if proc is None:
            return
        left, _ = proc.communicate()
        for path in left.splitlines():
            what = "cache" if Path(path).name.startswith(PRIVATE_PREFIX) else "output"
            log.warning("%s: warning: could not remove an earlier build's %s folder", path, what)


LOCK_FILE = "build.lock"


class _BuildLock:
    """Held by a build, on ``build.lock`` in its cache folder, until it ends.

    A second build using the same cache folder waits for it, saying so in one
    line, as cargo waits for a build folder's lock: failed, the second build
    of a `podium serve` session (or a nightly run beside a hand run) would
    have lost its work for a wait of seconds. An advisory lock of the system
    (``flock``): a killed build holds it no more, and nothing is left to
    remove. None (a cache of the build's own), or a file that cannot be
    opened (a read-only cache): no lock, as nothing is shared.
    """

    def __init__(self, cache: Path | None) -> None:
        self.fd: int | None = None
        if cache is None or fcntl is None:
            return
        fd = _lock_file(cache / LOCK_FILE)
        if fd is None:
            return
        shown = lambda: one_line(os.path.relpath(cache))  # noqa: E731
        try:
            wait_for_lock(fd, lambda: f"podium: waiting for another build using {shown()}/"
                                      f"{_holder(fd)} to finish")  # fmt: skip
        except OSError:  # a file system without locks (ENOLCK): the build runs unlocked
            os.close(fd)
            return
        except BaseException:  # Ctrl-C while waiting
            os.close(fd)
            raise
        self.fd = fd
        with contextlib.suppress(OSError):  # only the waiting build's message lacks it
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)

    def release(self) -> None:
        fd, self.fd = self.fd, None
        if fd is not None:
            os.close(fd)  # the lock goes with the last descriptor


class _OutputLock:
    """Held by a build, on ``.NAME.lock`` beside its output folder ``NAME``, until it ends.

    Two builds into one output, each with a cache of its own (two projects, or
    ``PODIUM_CACHE_PATH`` set differently), were not held apart by the cache's
    lock: one swapped its output in between the other's two renames, which then
    failed, its previous output (with what OUTPUT_RETENTION keeps) left in a
    ``.NAME.old-*`` folder the next build deletes. The second now waits, as for
    the cache. Beside the output, never in it (everything in it is published),
    and removed as the build ends: a build that finds the file replaced or gone
    once it holds the lock locks the one there now. No lock where the file
    cannot be made (a read-only folder, which the build then reports) or where
    something not Podium's has the name (a link, a folder, a file of other text):
    it is left alone.
    """

    def __init__(self, final: Path) -> None:
        self.fd: int | None = None
        self.path = final.parent / f".{final.name}.lock"
        if fcntl is None:
            return
        flags = os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NONBLOCK
        said = False

        def waiting(fd: int) -> str:  # said once: waiting again (the file replaced) says no more
            if said:
                return ""
            shown = one_line(os.path.relpath(final))
            return f"podium: waiting for another build into {shown}/{_holder(fd)} to finish"

        while True:
            try:
                fd = os.open(self.path, flags, 0o644)
            except OSError:
                return
            try:
                if not stat.S_ISREG(os.fstat(fd).st_mode):
                    os.close(fd)
                    return
                said = wait_for_lock(fd, functools.partial(waiting, fd)) or said
                held, there = os.fstat(fd), os.stat(self.path, follow_symlinks=False)
            except FileNotFoundError:  # removed by the build that held it: lock anew
                os.close(fd)
                continue
            except OSError:  # a file system without locks: the build runs unlocked
                os.close(fd)
                return
            except BaseException:  # Ctrl-C while waiting
                os.close(fd)
                raise
            if (held.st_dev, held.st_ino) != (there.st_dev, there.st_ino):
                os.close(fd)  # replaced by a build that came and went meanwhile
                continue
            if not re.fullmatch(rb"[0-9]*\n?", os.pread(fd, 64, 0)):
                os.close(fd)  # someone's own file of that name
                return
            break
        self.fd = fd
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)

    def release(self) -> None:
        fd, self.fd = self.fd, None
        if fd is not None:
            with contextlib.suppress(OSError):  # still held: no build is inside it now
                os.unlink(self.path)
            os.close(fd)


def _holder(fd: int) -> str:
    """`` (pid N)``: the build holding the lock file ``fd``, as it wrote itself
    there; empty when the file names no process."""
    pid = os.pread(fd, 20, 0).decode("ascii", "replace").strip()
    return f" (pid {pid})" if _is_pid(pid) else ""


def _lock_file(path: Path) -> int | None:
    """The lock file, opened; a symlink, folder or other non-file planted in its
    place (the cache is restored from CI, never trusted) is removed, never followed."""
    flags = os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NONBLOCK
    for _ in range(2):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, flags, 0o600)
        except OSError as exc:
            if exc.errno not in (errno.ELOOP, errno.EISDIR):
                return None
        else:
            if stat.S_ISREG(os.fstat(fd).st_mode):
                return fd
            os.close(fd)
        try:
            if real_dir(path):
                shutil.rmtree(path)
            else:
                path.unlink()
        except OSError:
            return None
    return None


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return False  # an earlier build in this process, which has finished
    try:
        os.kill(pid, 0)
    except OSError as exc:
        return exc.errno == errno.EPERM
    return True


def _writable(folder: Path) -> bool:
    """The cache folder can be written: it, and each folder directly in it
    (``cards``, ``photos``, ...), or the folder it would be made in."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        inside = [Path(e.path) for e in os.scandir(folder) if e.is_dir(follow_symlinks=False)]
    except OSError:
        return False
    return all(os.access(f, os.W_OK | os.X_OK) for f in [folder, *inside])


def _own_cache(ps: PodiumSettings) -> Path | None:
    """An empty cache folder for this build when the configured one cannot be
    written (a ``.podium-cache/`` left by a build run as another user, a
    read-only CI mount), else None. The build wrote its cards and photos into
    the cache before publishing them, so it failed on the first one with a
    PermissionError; a cache that cannot be written only costs time."""
    if linked_build_cache(ps) is not None:
        # Said by load_settings; a folder of the build's own, which the card
        # workers (other processes) are given by name.
        return private_cache()
    cache = build_cache(ps)
    if _writable(cache):
        return None
    log.warning(
        "%s: warning: the cache folder cannot be written; this build uses an empty one of "
        "its own (no card, photo or parse is reused or kept, only the feeds' pull records "
        "are read: make the folder writable, or delete it)",
        one_line(os.path.relpath(cache)),
    )
    own = private_cache()
    _copy_pull_records(cache / snapshot.KEPT_SNAPSHOTS, own / snapshot.KEPT_SNAPSHOTS)
    return own


def _copy_pull_records(kept: Path, into: Path) -> None:
    """The feeds' pull records (``podium_vacancies.stale``: the kept copies and the
    ``.failing`` markers) into the build's own cache. They are what the build
    judges a snapshot by, not something to save time: without them a feed whose
    pulls had failed for weeks had its filled jobs published as open again, with
    JobPosting data, because the cache could not be written. Reading it still works.
    Regular files only and of a snapshot's size at most: the cache is not trusted."""
    if not real_dir(kept):
        return
    try:
        entries = list(os.scandir(kept))
    except OSError:
        return
    for entry in entries:
        # With their MACs: with PODIUM_CACHE_KEY set, a record without one is not read.
        if not entry.name.endswith((".json", snapshot.FAILING, MAC_SUFFIX)):
            continue
        source = Path(entry.path)
        try:
            if not regular_file(source) or source.stat().st_size > MAX_MB * 1_000_000:
                continue
            into.mkdir(exist_ok=True)
            shutil.copyfile(source, into / entry.name, follow_symlinks=False)
        except OSError:  # one unreadable record: that feed is judged as never failing
            continue


# What any command but build says when SIGTERM stops it (cli.PodiumGroup, serve).
TERMINATED = "podium: error: terminated (SIGTERM)"


class Terminated(SystemExit):
    """SIGTERM during a build: exit status 143, as the signal's default gives."""


@contextlib.contextmanager
def terminate_cleanly(said: str = "podium: error: the build was terminated (SIGTERM)"):
    """Let SIGTERM (a cancelled CI job, ``timeout``, ``docker stop``) end the build,
    or any command (cli.PodiumGroup, ``said`` its own line), as Ctrl-C does: by
    an exception, so that its temporary folders and files are removed. Killed
    outright by the signal's default, a build left a ``.pagefind-*`` folder
    beside the output, which nothing ever removed. Only the main thread can
    set a handler (``podium serve`` rebuilds in another).
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    # Within another command's (`invoke build`, whose tasks say "tasks.py: error:"),
    # the line is said as that command says its own: the build's "podium: error:
    # the build was terminated" came from a task that never says "podium".
    program = getattr(signal.getsignal(signal.SIGTERM), "program", None)
    if program and said.startswith("podium: "):
        said = f"{program}: {said.removeprefix('podium: ')}"

    def stop(signum, frame):
        print(said, file=sys.stderr, flush=True)
        raise Terminated(128 + signum)

    stop.program = program or said.split(":", 1)[0]
    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def build(
    settings_file: str | Path,
    output: str | Path | None = None,
    *,
    values: dict | None = None,
    **overrides: Any,
) -> BuildResult:
    """Validate and build; raise ContentError and leave ``output`` untouched on failure.
    ``values``: the settings file's, from ``run_settings_file`` (else it is run)."""
    with terminate_cleanly():
        return _build(settings_file, output, values=values, **overrides)


def _build(
    settings_file: str | Path,
    output: str | Path | None = None,
    *,
    values: dict | None = None,
    **overrides: Any,
) -> BuildResult:
    settings = load_settings(
        settings_file,
        values=values,
        output_path=output is None and "OUTPUT_PATH" not in overrides,
        steps=True,
        **overrides,
    )
    # Before Pelican loads the plugins: it would log a misspelt one and build on,
    # and before any output is touched.
    pipeline.check_plugins(settings, require=True)
    ps = typed_settings(settings)  # as load_settings parsed them (kept in the dict)
    final = _final_output(settings, settings_file, output, overrides, ps)
    own_cache = _own_cache(ps)
    # One build at a time per cache folder: a build removes the cards and
    # photos it does not use, and those of a build running beside it (a
    # `podium serve` rebuild, a nightly and a hand run) were among them.
    lock = _BuildLock(build_cache(ps) if own_cache is None else None)
    sweep = _Sweep([])
    # The folders above the output that this build makes (`-o a/b` with no a/):
    # removed again when it fails, which leaves everything as it was.
    made = [p for p in final.parents if not os.path.lexists(p)]
    out_lock = tmp = None
    try:
        final.parent.mkdir(parents=True, exist_ok=True)
        # And one at a time per output folder, whatever cache each uses.
        out_lock = _OutputLock(final)
        _recover_swap(final, settings.get("OUTPUT_RETENTION"))
        leftovers = _leftovers(final)
        reuse = _to_recycle(final, leftovers)
        # And the caches of their own of builds killed outright (private_cache).
        sweep = _Sweep([p for p in leftovers if p != reuse] + dead_private_caches())
        # Same parent folder, so the final rename is atomic on one filesystem.
        prefix = f".{final.name}.build-{os.getpid()}-"
        tmp = Path(tempfile.mkdtemp(prefix=prefix, dir=final.parent))
        if reuse is not None:
            recycled = _recycle(reuse, tmp)
            if recycled is not None:
                settings[pipeline.RECYCLED] = recycled
        (tmp / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
    except BaseException as exc:
        # Also Ctrl-C or SIGTERM while waiting for another build into this
        # output: the cache of the build's own was left in the temporary folder.
        if tmp is not None:  # made, and its marker not written
            shutil.rmtree(tmp, ignore_errors=True)
        sweep.finish()
        if out_lock is not None:
            out_lock.release()
        lock.release()
        if own_cache is not None:
            shutil.rmtree(own_cache, ignore_errors=True)
        _remove_made(made)
        if not isinstance(exc, OSError):
            raise
        raise ContentError(
            [Issue(str(final.parent), None, f"cannot write the output: {exc.strerror or exc}")]
        ) from None
    # `podium serve` rebuilds in its process: each build says its own warnings.
    pipeline.forget_shown_messages()
    counter = _Counter()
    root = logging.getLogger()
    hold, held = _Hold(), list(root.handlers)
    for handler in held:
        handler.addFilter(hold)
    readers_log, empty_alt = logging.getLogger("pelican.readers"), _DropEmptyAltWarning()
    readers_log.addFilter(empty_alt)
    root.addHandler(counter)
    raised = False
    try:
        settings, in_the_way = _run_into(settings, tmp, final, own_cache, counter)
        # Done once every page was written (podium_render); here if no step did it.
        recycled_sweep(settings, pipeline.RECYCLED)
        if counter.records:
            raised = True
            raise ContentError(
                [
                    Issue(settings_file and str(settings_file), None, _first_line(r))
                    for r in counter.records
                ]
            )
        pages = _publish(tmp, final, settings, in_the_way)
        sweep.finish()  # its warnings are counted
        # The cache warning came before the counter was listening: count it here.
        warnings = counter.warnings + (own_cache is not None)
        stats = {**settings.get(pipeline.STATS, {}), "warnings": warnings}
        return BuildResult(final, pages, stats)
    except BaseException:
        forked.abandon()  # a page writer still running would write into tmp
        stop_rendering()  # nor is a card the pool is still drawing wanted
        shutil.rmtree(tmp, ignore_errors=True)
        sweep.finish()  # before the folders it worked in go
        out_lock.release()  # its file is in the folder _remove_made may remove
        _remove_made(made)
        raise
    finally:
        sweep.finish()
        out_lock.release()
        lock.release()
        root.removeHandler(counter)
        readers_log.removeFilter(empty_alt)
        if own_cache is not None:
            shutil.rmtree(own_cache, ignore_errors=True)
        for handler in held:
            handler.removeFilter(hold)
            if not raised:  # another failure ends the build: show what was held back
                for record in counter.records:
                    if record.levelno >= handler.level:
                        handler.handle(record)


def _publish(tmp: Path, final: Path, settings: dict, in_the_way: bool = False) -> int:
    """Swap the built ``tmp`` in as ``final`` (``_swap``) and tell the steps it is
    published; the number of its pages. ``in_the_way``: the build ran again into
    a new folder, the recycled one having a path in its way (``_run_into``)."""
    pages = sum(1 for _ in paths.files_ending(tmp, ".html"))
    try:
        old = _swap(tmp, final, settings.get("OUTPUT_RETENTION"))
    except OSError as exc:
        raise ContentError([_os_issue(exc, tmp, final)]) from None
    for published in settings.get(pipeline.ON_PUBLISHED, ()):
        published()  # the sitemap's record of what each page showed (freshness)
    if old is not None and (in_the_way or _took_down(old, final)):
        # A page left the site (consent ended, a withdrawal, an alumnus,
        # a closed job): the output it was on, with the person's name,
        # text and portrait, is not kept beside the new one till the next build.
        # Nor one laid out as the recycled folder was (in_the_way): the next
        # build would find the same file or folder in its way.
        _Sweep([old]).finish()
    return pages


def _to_recycle(final: Path, leftovers: list[Path]) -> Path | None:
    """The output a build replaced (``.NAME.old-*``, marked, of a build that has
    ended), the newest if several: the next build writes into its folders."""
    aside = [p for p in leftovers if _pid_of(p, final, "old") is not None]
    with contextlib.suppress(OSError):
        return max(aside, key=lambda p: p.stat(follow_symlinks=False).st_mtime_ns, default=None)
    return None


def _recycle(folder: Path, tmp: Path) -> Recycled | None:
    """``folder`` (an earlier output) in place of the empty new folder ``tmp``,
    emptied of what this build cannot be seen to write (``podium.recycled``);
    None, ``tmp`` left new and empty, where it cannot be (another system, a
    folder that cannot be written), and ``folder`` then removed here."""
    try:
        modes = new_modes(tmp)  # what a new folder's files would get
        os.replace(folder, tmp)  # onto the empty folder: ``tmp`` keeps its name
    except OSError:
        shutil.rmtree(folder, ignore_errors=True)
        return None
    recycled = Recycled(tmp, modes)
    try:
        recycled.prepare()
    except OSError:
        # Aside again, as ``.NAME.old-`` and this build's id, for a later sweep
        # (which says so if it cannot remove it either), and a new folder in its
        # place. NAME may hold "-" ("public-site"): it ends at the last ".old-".
        name = folder.name.rpartition(".old-")[0]
        aside = tempfile.mkdtemp(prefix=f"{name}.old-{os.getpid()}-", dir=tmp.parent)
        os.replace(tmp, aside)
        tmp.mkdir(mode=0o700)
        return None
    return recycled


def _final_output(settings: dict, settings_file, output, overrides, ps: PodiumSettings) -> Path:
    """The output folder, absolute, refused (UnsafeOutput) where a build may not write."""
    # Lexically normal (so "-o .." is the parent folder), then every folder
    # above resolved; the output itself may not be a symlink (check_output).
    final = Path(os.path.normpath(Path(output or settings["OUTPUT_PATH"]).absolute()))
    final = final.parent.resolve() / final.name if final.name else final
    if output is None and "OUTPUT_PATH" not in overrides:
        # The folder comes from the settings: said as `podium check` says it, on the
        # setting's line ("output folder is inside content/" named a path, no setting).
        refused = output_setting_problems(settings, settings_file, ps)
        if refused:
            raise UnsafeOutput(refused)
    check_output(final, settings, settings_file, ps)
    return final


def _pelican_settings(settings: dict, tmp: Path, final: Path, own_cache: Path | None) -> dict:
    """The settings Pelican builds with: into ``tmp``, without its own caches."""
    # DELETE_OUTPUT_DIRECTORY (publishconf.py sets it) would have Pelican empty
    # the fresh folder, marker and all: the output swapped in then lacked it,
    # and the next build refused its own output. The swap replaces the
    # output whole, which is what that setting asks for.
    # Pelican's content cache (CACHE_CONTENT, LOAD_CONTENT_CACHE) keeps each
    # story as read, keyed on its file's time: a story is published, hidden
    # or scheduled by the build's day, so the night a consent ended the
    # story stayed online from the cache. Podium's parse cache is keyed on
    # the bytes and judges the day afresh; Pelican's adds nothing to it.
    build_overrides = {
        "OUTPUT_PATH": str(tmp),
        "DELETE_OUTPUT_DIRECTORY": False,
        "CACHE_CONTENT": False,
        "LOAD_CONTENT_CACHE": False,
        # A recycled folder (podium.recycled) holds the static files of the build
        # before last: each is written again, or it is taken for one not written.
        "STATIC_CHECK_IF_MODIFIED": False,
        # Its sitemap dates the pages a lost lastmod record no longer knows.
        pipeline.PREVIOUS_OUTPUT: str(final),
    }
    # The settings already read, not the file run again, and the typed settings
    # parsed from them (load_settings) with what this changes: the steps take them
    # as they are (podium.settings.get) instead of parsing them again.
    typed = typed_settings(settings)
    settings = {**settings, **build_overrides}
    changed = {"previous_output": str(final)}
    if own_cache is not None:
        settings["PODIUM_CACHE_PATH"] = changed["cache_path"] = str(own_cache)
    settings[SETTINGS_KEY] = replace(typed, **changed)
    return settings


def _run_into(
    loaded: dict, tmp: Path, final: Path, own_cache: Path | None, counter: _Counter
) -> tuple[dict, bool]:
    """Pelican run into ``tmp``: the settings it ran with, and whether it ran again
    into a new folder, the recycled one having a path in its way."""
    settings = _pelican_settings(loaded, tmp, final, own_cache)
    pelican = Pelican(settings)  # plugins validate all content here
    try:
        _run(pelican, tmp, final, recycled=pipeline.RECYCLED in settings)
        return settings, False
    except _InTheWay:
        # The recycled folder had a folder where this build writes a file, or a
        # file where it needs a folder (ARTICLE_SAVE_AS, a TEMPLATE_PAGES entry
        # or a slug changed since): a new folder had nothing in the way. The
        # build is run again into one; what the recycled folder held goes.
        forked.abandon()
        stop_rendering()
        _renew(tmp)
        # Its warnings were said and counted once: Pelican's log drops them now
        # (LimitFilter). Its errors are logged again, each kept once.
        counter.records.clear()
        loaded = {k: v for k, v in loaded.items() if k != pipeline.RECYCLED}
        settings = _pelican_settings(loaded, tmp, final, own_cache)
        _run(Pelican(settings), tmp, final)
        return settings, True


class _InTheWay(Exception):
    """A recycled folder's file or folder where the build writes the other."""


# A file opened or moved where a folder is (EISDIR, ENOTEMPTY), a folder made
# where a file is (EEXIST) or a path through a file (ENOTDIR).
_IN_THE_WAY = {errno.EISDIR, errno.ENOTDIR, errno.EEXIST, errno.ENOTEMPTY}


def _run(pelican: Pelican, tmp: Path, final: Path, *, recycled: bool = False) -> None:
    """Run Pelican; a theme template's mistake or the machine's refusal to write
    is one line (ContentError), anything else raised as it is. In a ``recycled``
    folder, a path in the build's way inside it raises _InTheWay."""
    # Pelican's own "Done: Processed 5 articles, 2 drafts, ... 0 pages ..." is
    # wrapped at 80 columns in a CI log and counts in its words, not ours
    # ("0 pages" beside Podium's "39 pages"): the callers print the summary.
    quiet, console.quiet = console.quiet, True
    try:
        pelican.run()  # a forked page writer is joined at `finalized` (podium_render)
    except Exception as exc:
        # A theme template's mistake is the user's: one line at its line, and
        # `podium serve` goes on serving, as after a content error. Before the
        # machine's refusals: Jinja's TemplateNotFound is an OSError too.
        issue = template_issue(exc)
        if recycled and _in_the_way(exc, tmp):
            raise _InTheWay from exc
        if issue is None and isinstance(exc, OSError) and exc.errno is not None:
            # A full disk, a quota, a folder that cannot be written.
            if os.environ.get("PODIUM_DEBUG"):  # the traceback, as for any other error
                raise
            issue = _os_issue(exc, tmp, final)
        if issue is None:
            raise
        raise ContentError([issue]) from None
    finally:
        console.quiet = quiet


def _in_the_way(exc: BaseException, tmp: Path) -> bool:
    """``exc`` is a write refused in ``tmp`` for a file or folder in its place."""
    if not isinstance(exc, OSError) or exc.errno not in _IN_THE_WAY:
        return False
    names = (n for n in (exc.filename, exc.filename2) if isinstance(n, (str, os.PathLike)))
    return any(Path(os.path.abspath(n)).is_relative_to(tmp) for n in names)


def _renew(tmp: Path) -> None:
    """``tmp`` emptied (a new folder of the same name), its marker written again."""
    shutil.rmtree(tmp)
    tmp.mkdir(mode=0o700)
    (tmp / MARKER).write_text(MARKER_TEXT, encoding="utf-8")


def _remove_made(made: list[Path]) -> None:
    """The folders ``made`` (innermost first) that are still empty, removed."""
    for folder in made:
        try:
            folder.rmdir()
        except OSError:  # not empty (something else wrote there), or never made
            return


def _os_issue(exc: OSError, tmp: Path, final: Path) -> Issue:
    """One line for what the machine refused (a full disk, a quota, a folder that
    cannot be written): the file it names, shown in the output it was for (not
    the build's temporary folder), else the output folder. It was "podium:
    error: OSError: [Errno 28] No space left on device", naming no file."""
    shown = final
    # A rename names the temporary file first, the file it was to become second.
    name = next(
        (n for n in (exc.filename2, exc.filename) if isinstance(n, (str, os.PathLike))), None
    )
    if name is not None:
        path = Path(os.path.abspath(name))
        shown = final / path.relative_to(tmp) if path.is_relative_to(tmp) else path
    why = exc.strerror or str(exc) or type(exc).__name__
    writing = exc.errno in _WRITE_ERRORS
    what = f"cannot write it: {why}" if writing else f"the build stopped: {why}"
    # A first build has no previous output to keep: it said it kept one.
    kept = "the previous output is kept" if os.path.lexists(final) else "no output was written"
    return Issue(os.path.relpath(shown), None, f"{what}; {kept}")


_WRITE_ERRORS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS}


def _retained(retention) -> list[str]:
    """The names OUTPUT_RETENTION carries from one output into the next: names at
    the output's top, never a path, "..", nor the output's marker. podium check
    refuses the rest; this keeps a build that runs without it from moving them."""
    if not isinstance(retention, (list, tuple, set)):
        return []
    return [
        n
        for n in retention
        if isinstance(n, str) and n not in ("", ".", "..", MARKER) and "/" not in n
    ]


def _carry_over(final: Path, new: Path, retention) -> list[str]:
    """What OUTPUT_RETENTION names (Pelican's way to keep a gh-pages checkout,
    ``[".git"]``, in the output across builds), moved from the previous output
    ``final`` into the new one before the swap, unless the build wrote that
    name itself (as Pelican writes over a kept file); the names moved.

    One that cannot be moved fails the build (one line) with everything moved
    back: it used to be a warning, the checkout left in the replaced output,
    which is deleted, at once when a page left the site, else by the next build.
    """
    moved: list[str] = []
    for name in _retained(retention):
        kept = final / name
        if not os.path.lexists(kept) or os.path.lexists(new / name):
            continue
        try:
            os.replace(kept, new / name)
        except OSError as exc:
            _carry_back(new, final, moved)
            why = exc.strerror or str(exc)
            message = f"OUTPUT_RETENTION could not carry it into the new output ({why})"
            shown = one_line(os.path.relpath(kept))
            raise ContentError(
                [Issue(shown, None, f"{message}; the previous output is kept")]
            ) from None
        moved.append(name)
    return moved


def _recover_swap(final: Path, retention) -> None:
    """Put back what a build killed outright (SIGKILL, the OOM killer) in its swap
    (``_swap``) had moved: its leftovers are then deleted (``_leftovers``).

    Ctrl-C and SIGTERM wait for the swap; a kill does not. Killed once the
    OUTPUT_RETENTION names were carried into the new output, the next build
    deleted that folder, and a gh-pages checkout (``.git``) with it; killed once
    the previous output was moved aside as well, there was no output at all
    until the next build, which deleted both. The previous output, the newest
    moved aside by a killed build, goes back in place when there is none, and
    the retained names back into it. Called holding the output's lock.
    """
    names = _retained(retention)
    dead = _leftovers(final)
    built = {_pid_of(p, final, "build") for p in dead} - {None}
    if not os.path.lexists(final):
        # Moved aside by a build whose new output is beside it still, not in place:
        # a previous output left by a build that ended well has no such twin.
        aside = [p for p in dead if _pid_of(p, final, "old") in built]
        if aside:
            previous = max(aside, key=lambda p: p.stat(follow_symlinks=False).st_ctime)
            os.replace(previous, final)
            log.warning(
                "%s: warning: a build killed while it replaced the output left none; "
                "the previous output is put back",
                one_line(os.path.relpath(final)),
            )
    if not names or not real_dir(final):
        return
    for folder in dead:
        if _pid_of(folder, final, "build") is None:
            continue
        for name in names:
            if os.path.lexists(folder / name) and not os.path.lexists(final / name):
                os.replace(folder / name, final / name)


def _is_pid(text: str) -> bool:
    """Whether ``text`` (from a folder's name) is a process id: ASCII digits only.
    A folder ".output.build-²" (a digit to str.isdigit, no number to int) ended
    every build in "podium: error: ValueError: invalid literal for int()"."""
    return text.isascii() and text.isdigit()


def _pid_of(folder: Path, final: Path, kind: str) -> str | None:
    """The process id in a leftover ``.NAME.KIND-PID-*`` folder's name, else None."""
    prefix = f".{final.name}.{kind}-"
    pid = folder.name[len(prefix) :].split("-", 1)[0]
    return pid if folder.name.startswith(prefix) and _is_pid(pid) else None


def _carry_back(new: Path, final: Path, moved: list[str]) -> None:
    for name in reversed(moved):
        with contextlib.suppress(OSError):
            os.replace(new / name, final / name)


def _first_line(record: logging.LogRecord) -> str:
    line = "build failed: " + (record.getMessage().splitlines() or [""])[0]
    reason = getattr(record, "podium_reason", None)
    return f"{line} ({reason})" if reason else line


_LOC = re.compile(rb"<loc>([^<]*)</loc>")


def _took_down(old: Path, new: Path) -> bool:
    """The previous output ``old`` listed a page in its sitemap that ``new`` does
    not (or either has no sitemap to tell): it may hold what must go now."""
    try:
        before = set(_LOC.findall((old / "sitemap.xml").read_bytes()))
        after = set(_LOC.findall((new / "sitemap.xml").read_bytes()))
    except OSError:
        return True
    return not before <= after


def _swap(new: Path, final: Path, retention=()) -> Path | None:
    """Put ``new`` in place of ``final``; the previous output, moved aside, or None."""
    os.chmod(new, 0o755)  # mkdtemp makes it 0700; web servers need to read it
    if final.is_dir() and not final.is_symlink() and not any(final.iterdir()):
        # An empty folder (`mkdir output`, a CI step): check_output accepted it,
        # and there is nothing in it to keep. rmdir refuses if a file appeared since.
        os.rmdir(final)
    if not final.exists():
        os.replace(new, final)
        return None
    marker = final / MARKER
    if final.is_symlink() or not (marker.is_file() and not marker.is_symlink()):
        # check_output said yes before the build; something changed since.
        raise UnsafeOutput([Issue(str(final), None, f"output folder lost its {MARKER} file")])
    old = Path(tempfile.mkdtemp(prefix=f".{final.name}.old-{os.getpid()}-", dir=final.parent))
    os.rmdir(old)
    # One step for Ctrl-C and SIGTERM: raised between the two renames, they left
    # no output at all, the previous site aside for the next build to delete.
    with signals_wait():
        carried = _carry_over(final, new, retention)
        try:
            os.replace(final, old)
        except OSError:
            _carry_back(new, final, carried)
            raise
        try:
            os.replace(new, final)
        except OSError:
            os.replace(old, final)  # put the previous site back
            _carry_back(new, final, carried)
            raise
    # ``old`` is left for the next build, to write into (``_recycle``) or sweep
    # (``_Sweep``): it carries the marker and this process's id, which no later
    # build finds alive.
    return old
