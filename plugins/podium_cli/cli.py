"""``podium``: the one command line for content people (contract §5).

Exit status: 0 success, 1 invalid content or failed build, 2 wrong usage.
Content errors are one line each, ``PATH:LINE: error: MESSAGE``; no command
ever shows a traceback (set PODIUM_DEBUG=1 to see one when debugging).
"""

from __future__ import annotations

import copy
import difflib
import functools
import logging
import os
import posixpath
import re
import shlex
import stat
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import NoReturn

import click

# Imported for their settings: PODIUM_CARDS, PODIUM_FEEDS and PODIUM_SEARCH_CHUNK are
# validated with the rest by podium_settings.get, in `podium check` as in a build.
import podium_cards.layout_settings  # noqa: F401
import podium_index  # noqa: F401
import podium_vacancies.feeds  # noqa: F401
from podium import paths, pipeline
from podium import settings as podium_settings
from podium.errors import (
    ContentError,
    Issue,
    UsageError,
    counted,
    did_you_mean_path,
    display_path,
    escape_data,
    folder_link_issue,
    one_line,
    some_of,
    unexpected,
)
from podium.fields import choice_meant
from podium_vacancies import Vacancy

from . import options
from .build import (
    TERMINATED,
    input_holding,
    load_settings,
    output_setting_problems,
    terminate_cleanly,
)
from .build import build as run_build
from .entry import INTERRUPTED
from .nightly import fixed_day_warnings, schedule_warnings


def _emit(issues: list[Issue], fmt: str = "text") -> None:
    if fmt == "github":
        _annotate([_annotation(issue) for issue in issues])
        return
    for issue in issues:
        click.echo(issue.format(), err=True)


# GitHub shows 10 annotations of each kind (error, warning, notice) a step and
# drops the rest without a word (actions/toolkit, docs/problem-matchers.md). A
# pull request that changes themes.yml gets a notice for every story, and a batch
# of converted stories can have hundreds of errors: past nine of a kind, the rest
# are printed as plain lines in the step's log, and the tenth annotation says how
# many are there.
ANNOTATIONS_PER_KIND = 10


def _annotation(issue: Issue) -> tuple[str, str, str]:
    """(kind, workflow command, plain log line) of one message."""
    kind = "error" if issue.severity == "error" else "warning"
    return kind, issue.format_github(), issue.format()


def _annotate(entries: list[tuple[str, str, str]]) -> None:
    """Print (kind, workflow command, plain line) entries in order, as at most
    ``ANNOTATIONS_PER_KIND`` annotations of each kind."""
    total = Counter(kind for kind, _, _ in entries)
    shown: Counter[str] = Counter()
    for kind, command, plain in entries:
        if total[kind] <= ANNOTATIONS_PER_KIND or shown[kind] < ANNOTATIONS_PER_KIND - 1:
            click.echo(command)
            shown[kind] += 1
        else:
            click.echo(plain)
    for kind, count in total.items():
        if count > ANNOTATIONS_PER_KIND:
            rest = count - shown[kind]
            click.echo(
                f"::{kind} title=Podium::{rest} more {kind}s of this check are listed in this "
                f"step's log (GitHub shows {ANNOTATIONS_PER_KIND} of a kind a step)"
            )


class OneLineFormatter(logging.Formatter):
    """Every log record on exactly one line, never wrapped to the terminal's width.

    Pelican's rich handler wraps long messages over several lines (and adds a
    time and level column), which CI logs and annotation parsers cannot read.
    A message that already says ``PATH: warning: ...`` is printed as it is; one
    logged while the settings are read gets the settings file (and line) in front
    (``podium_where``, set by build._AtSettingsFile); anything else gets
    ``podium: <level>:``.
    """

    # `podium check --format github`: warnings and errors as workflow commands,
    # like the check's own issues (Pelican's "Deprecated setting ARTICLE_DIR"
    # was a plain line in a log full of annotations).
    github = False
    # "content/x.md:12: warning: ..." (a message that names its own place).
    PLACED = re.compile(
        r"^(?P<path>.+?)(?::(?P<line>\d+))?: (?P<level>warning|error): (?P<msg>.*)$"
    )

    def format(self, record: logging.LogRecord) -> str:
        # Escaped as an issue's line is: a path logged with a zero-width space
        # in it ("an\u200bna.jpg") read as another file's name.
        message = one_line(" ".join(record.getMessage().split()))
        level = record.levelname.lower()
        if f": {level}: " in message or message.startswith(f"{level}: "):
            line = message
        else:
            line = f"{one_line(getattr(record, 'podium_where', 'podium'))}: {level}: {message}"
        placed = self.PLACED.match(line) if self.github else None
        if placed is None:
            return line
        if placed["path"] == "podium":  # about no file: a titled annotation
            return f"::{placed['level']} title=Podium::{escape_data(placed['msg'])}"
        number = placed["line"]
        issue = Issue(placed["path"], int(number) if number else None, placed["msg"],
                      placed["level"])  # fmt: skip
        return issue.format_github()


def _setup_logging(quiet: bool, verbose: bool) -> None:
    from pelican.log import console, init

    console.quiet = quiet
    level = logging.ERROR if quiet else logging.DEBUG if verbose else logging.WARNING
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(OneLineFormatter())
    init(level=level, handler=handler)


def _log_as_annotations(on: bool = True) -> None:
    """What is logged from here on as workflow commands (``--format github``),
    or (``on=False``, at every command's start) as plain lines. The handler
    stays the first one set up (``logging.basicConfig`` adds no second one),
    so its formatter is told."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler.formatter, OneLineFormatter):
            handler.formatter.github = on


def _click_usage(exc: click.ClickException) -> NoReturn:
    """click's own usage errors (``-p 99999``, an unknown option or command) as one
    line with exit status 2, like Podium's: click printed three (Usage, Try, Error)."""
    if isinstance(exc, click.exceptions.NoArgsIsHelpError):
        raise exc  # `podium` alone: its help, as asked
    # "Choose from:\n\tinterview,...": joined; what was typed (a value with an
    # escape character) escaped, as in every message.
    message = one_line(" ".join(exc.format_message().split()))
    ctx = getattr(exc, "ctx", None)
    if isinstance(exc, click.UsageError) and ctx is not None:
        message = f"{message.removesuffix('.')} (see {ctx.command_path} --help)"
    click.echo(f"podium: error: {message}", err=True)
    sys.exit(exc.exit_code)


class PodiumGroup(click.Group):
    """Turns any escaping exception into one line instead of a traceback."""

    def make_context(self, info_name, args, parent=None, **extra):
        # The group's own options (`podium --bogus`) are parsed here, before invoke.
        try:
            return super().make_context(info_name, args, parent, **extra)
        except click.ClickException as exc:
            _click_usage(exc)

    def invoke(self, ctx):
        # SIGTERM (a cancelled workflow, `timeout`, `kill`) stops every command
        # as Ctrl-C does: killed by the signal's default, `podium vacancies
        # pull` left a hidden .NAME.json.*.tmp in content/vacancies/feeds/,
        # which the workflow's commit of that folder took along. `podium
        # build` says its own line within this one.
        with terminate_cleanly(TERMINATED):
            return self._invoke(ctx)

    def _invoke(self, ctx):
        try:
            try:
                return super().invoke(ctx)
            except click.ClickException as exc:  # a subcommand's arguments, or no such command
                _click_usage(exc)
            finally:
                sys.stdout.flush()  # a reader that stopped shows here, not at exit
        except BrokenPipeError:
            # `podium tag | head`: the reader has all it wanted, which is no
            # error of ours. Nothing more can reach it (Python's own flush at
            # exit would fail again), and 128 + SIGPIPE is what a shell reports
            # for a writer whose reader went away, as for git or grep.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(141)
        except ContentError as exc:
            _emit(exc.issues, (ctx.obj or {}).get("format", "text"))
            sys.exit(getattr(exc, "exit_status", 1))  # 2: a refused output folder
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit):
            raise
        except KeyboardInterrupt:
            # click would print "Aborted!" and exit 1, which a script cannot
            # tell from a failed build; 128 + SIGINT is what shells expect.
            # The build's temporary folders are gone by now (the exception
            # unwound through their cleanup), the previous output untouched.
            click.echo(INTERRUPTED, err=True)
            sys.exit(130)
        except Exception as exc:  # a bug, or the machine: still one line
            if os.environ.get("PODIUM_DEBUG"):
                raise
            click.echo(unexpected(exc), err=True)
            sys.exit(1)


settings_option = options.settings_option()


@click.group(cls=PodiumGroup)
@click.version_option(package_name="podium")
@click.pass_context
def main(ctx: click.Context) -> None:
    """Podium builds a careers story hub from employees' own stories."""
    ctx.ensure_object(dict)
    # Every command, not only build and serve: what Pelican logs while `podium
    # check` reads the settings was printed bare by Python's last-resort handler,
    # neither PATH: warning: nor one line. build sets it again with -q or -v.
    _setup_logging(False, False)
    _log_as_annotations(False)


@main.command(short_help="Validate all content, then build the site.")
@settings_option
# Any path: build.check_output refuses a file (or the project's folders) in one line.
@click.option(
    "-o",
    "--output",
    type=options.Path(),
    help="Output folder (default: the settings' OUTPUT_PATH, output/ unless it is set).",
)
@click.option("-q", "--quiet", is_flag=True, help="Only errors.")
@click.option("-v", "--verbose", is_flag=True, help="Everything Pelican says.")
def build(settings_file: str, output: str | None, quiet: bool, verbose: bool) -> None:
    """Validate all content, then build the site (nothing changes on failure)."""
    if quiet and verbose:
        # -q won without a word: a CI step that added -v to see why a build
        # failed saw nothing more. Refused, as ruff refuses the pair.
        _usage("-q/--quiet and -v/--verbose ask for opposite things; give one of them "
               "(-q: only errors, -v: everything Pelican says)")  # fmt: skip
    _setup_logging(quiet, verbose)
    result = run_build(settings_file, output)
    if not quiet:
        click.echo(summary(result))


def summary(result) -> str:
    """One line a person reads after a build: what was made, what was reused."""
    stats = result.stats
    parts = [counted(stats.get("stories", 0), "story"), counted(result.pages, "page")]
    if "cards_rendered" in stats:
        cards = stats["cards_rendered"] + stats.get("squares_rendered", 0)
        reused = stats.get("cards_reused", 0) + stats.get("squares_reused", 0)
        parts.append(f"{counted(cards, 'card rendered', 'cards rendered')}, {reused} reused")
    if stats.get("scheduled"):
        parts.append(f"{stats['scheduled']} scheduled (first on {stats['first_scheduled']})")
    if stats.get("drafts"):
        parts.append(counted(stats["drafts"], "draft"))
    parts.append(counted(stats.get("warnings", 0), "warning"))
    return f"Built {one_line(os.path.relpath(result.output))}: " + ", ".join(parts)


@main.command(short_help="Validate content without building.")
@settings_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "github"]),
    default="text",
    show_default=True,
    help="github: GitHub workflow annotations (::error file=...), with each story's themes "
    "as a notice.",
)
@click.option(
    "--was",
    "was",
    metavar="DIR",
    type=options.Path(),
    help="The content folder before the change (a pull request's base, git archive'd): "
    "warn about every story URL it answers that would become a 404.",
)
@click.argument("paths", nargs=-1, type=options.Path())
@click.pass_context
def check(
    ctx: click.Context, settings_file: str, fmt: str, was: str | None, paths: tuple[str, ...]
) -> None:
    """Validate content without building (all of it, or the PATHS given)."""
    from podium_validate.old_urls import (
        lost_people_urls,
        lost_story_urls,
        lost_theme_urls,
        lost_vacancy_urls,
    )
    from podium_validate.site import load_site

    from .report import site_tagger

    ctx.obj["format"] = fmt
    if fmt == "github":
        _log_as_annotations()
    settings = load_settings(settings_file, output_path=True, steps=True)
    # As the build will: a PLUGINS without Podium's steps passed, and the build failed.
    pipeline.check_plugins(settings, require=True)
    ps = podium_settings.get(settings)
    content_root = Path(settings["PATH"])
    scope = _scope(paths, content_root)
    if was is not None:
        _check_was(was, content_root)
    site = load_site(content_root, ps)
    issues, parsed = list(site.problems), site.parsed
    issues.extend(schedule_warnings(content_root, ps.timezone, ps.today.year))
    issues.extend(fixed_day_warnings(content_root, settings_file))
    issues.extend(ps.warnings)  # settings that change nothing (LINKS, DATE_FORMATS)
    issues.extend(output_setting_problems(settings, settings_file, ps))  # as the build refuses it
    if was is not None:
        before = _read_base(Path(was), ps)
        for lost in (lost_story_urls, lost_theme_urls, lost_vacancy_urls, lost_people_urls):
            issues.extend(lost(before, site))
    tagged = site_tagger(site) if fmt == "github" or site.theme_page_links else None
    if site.theme_page_links:
        issues.extend(_theme_page_links(site, tagged))
        issues.sort(key=Issue.sort_key)
    scope = _with_users(scope, site, content_root)
    if scope is not None:
        issues = [i for i in issues if _within(i.path, scope)]
    errors = sum(1 for i in issues if i.severity == "error")
    if fmt == "github":
        # Every changed story that is valid gets its notice, even when another
        # file of the pull request has an error: the reviewer needs both.
        failed = {i.path for i in issues if i.severity == "error"}
        notices = _notice_themes(site, scope, failed, tagged)
        _annotate([_annotation(i) for i in issues] + notices)
    else:
        _emit(issues, fmt)
    # In both formats: past ten annotations of a kind the rest are plain lines in
    # the step's log (a themes.yml change gives one per story), and the log's
    # last line is where a reviewer looks for whether the check failed and why.
    click.echo(
        f"{_checked(parsed, scope, paths, content_root)}: {counted(errors, 'error')}, "
        f"{counted(len(issues) - errors, 'warning')}",
        err=True,
    )
    sys.exit(1 if errors else 0)


def _checked(parsed, scope: list[str] | None, paths: tuple[str, ...], content_root: Path) -> str:
    """What ``podium check`` speaks of in its last line: every story, or (PATHS
    given) the stories in them or using a file in them (``scope``, ``_with_users``)
    and the other files given. `podium check content/columns/ben.md` said "8
    stories checked", the whole hub's, while it reported on that story alone."""
    stories = [p for p in parsed if p.source is not None]
    if scope is None:
        return counted(len(stories), "story checked", "stories checked")
    shown = {display_path(p.source, content_root) for p in stories}
    count = sum(1 for path in shown if _within(path, scope))
    # The other files: those given by name (themes.yml, a vacancy, a photo) and
    # the data files in a folder given (content/vacancies/: its vacancies).
    files = [given for given in paths if os.path.isfile(given)]
    for given in paths:
        if os.path.isdir(given):
            files += [f for f in paths_in(given) if f.suffix in (".yml", ".yaml", ".json")]
    others = {display_path(os.path.abspath(f), content_root) for f in files} - shown
    if not count and others:
        return f"{counted(len(others), 'file')} checked (no story)"
    said = counted(count, "story", "stories")
    if others:
        said += f" and {counted(len(others), 'other file', 'other files')}"
    return f"{said} checked"


def paths_in(folder: str) -> list[Path]:
    """The regular files in ``folder`` and below, hidden ones and symlinks left out."""
    found = []
    for top, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [
            Path(top, n)
            for n in names
            if not n.startswith(".") and not os.path.islink(os.path.join(top, n))
        ]
    return found


# What a content/ folder holds at its top (one is enough: a new hub's may hold only brand/).
_CONTENT_ENTRIES = ("themes.yml", *podium_settings.STORY_KINDS, "vacancies", "withdrawn.yml",
                    "brand")  # fmt: skip


def _like_content(folder: str) -> bool:
    """Whether ``folder`` is empty or holds what a content/ folder holds."""
    try:
        with os.scandir(folder) as entries:
            names = {entry.name for entry in entries}
    except OSError:  # unreadable: reading it says so
        return True
    return not names or not names.isdisjoint(_CONTENT_ENTRIES)


def _read_base(was: Path, ps: podium_settings.PodiumSettings):
    """The base's content (``check --was``) read into a site model, with a cache of
    its own that is removed after: beside it, the cache's default place, it left a
    .podium-cache/ in the folder above the base (a CI job's archive of it), and in
    the hub's own the base's prune would have dropped the hub's parses."""
    import shutil

    from podium.cache import private_cache
    from podium_read.site import read_site

    own = private_cache()
    try:
        return read_site(was, replace(ps, cache_path=str(own)))
    finally:
        shutil.rmtree(own, ignore_errors=True)


def _check_was(was: str, content: Path) -> None:
    """``--was`` must be a content folder: one line (as a wrong PATH is; click's
    own would be three), exit status 2. A file was "no such folder", and the
    project folder (the one holding content/, as `git archive` unpacks it) read
    as a content folder with nothing in it: no URL lost, without a word.
    It must have the name of ``content`` too: files are matched by the path
    messages name them by (``display_path``: from the folder holding the
    content folder), so under another name none was its own file here."""
    give = "give the content/ folder before the change"
    if not os.path.lexists(was):
        message = f"no such folder; {give}"
    elif not os.path.isdir(was):
        message = f"is a file, not a folder; {give}"
    elif not os.path.isfile(os.path.join(was, "themes.yml")) and os.path.isfile(
        os.path.join(was, "content", "themes.yml")
    ):
        inner = one_line(posixpath.join(Path(was).as_posix(), "content"))
        message = f"is the project, not its content/ folder; give {inner}"
    elif not _like_content(was):
        # `--was /` (or a home folder) was read as a content folder: every file
        # of the machine walked, for minutes, to compare with nothing.
        message = (f"holds none of {', '.join(_CONTENT_ENTRIES)}, so it is no content/ "
                   f"folder; {give}")  # fmt: skip
    elif (name := Path(was).resolve().name) != (own := content.resolve().name):
        like = one_line((Path(was).parent / own).as_posix())
        message = (f'is named "{name}", not "{own}" as the project\'s content folder is, so no '
                   f"file in it would be matched with its own file in {own}/; give it under "
                   f"that name, like {like}")  # fmt: skip
    else:
        return
    raise UsageError([Issue(was, None, f"--was: {message}")])


def _scope(paths: tuple[str, ...], content_root: Path) -> list[str] | None:
    """The PATHS given to ``podium check``, named as its messages name files
    (``display_path``: relative to the project, whatever the working folder);
    None when none were given.

    A path that is not there, or lies outside the project, is a usage error
    (exit 2): it would match no message, and a bad file would pass unchecked.
    """
    if not paths:
        return None
    scope, wrong = [], []
    for given in paths:
        if not os.path.lexists(given):
            # "content/interview" for content/interviews, a day-one slip: name it.
            near = did_you_mean_path(given)
            wrong.append(
                Issue(given, None, f"no such file or folder{near}; give one in the project")
            )
            continue
        shown = display_path(os.path.abspath(given), content_root)
        if shown == ".." or shown.startswith("../") or os.path.isabs(shown):
            project = display_path(content_root.absolute().parent)
            wrong.append(
                Issue(given, None, f"is outside the project ({project}); give a path in it")
            )
            continue
        scope.append(shown)
    if wrong:
        raise UsageError(wrong)
    return scope


def _with_users(scope: list[str] | None, site, content_root: Path) -> list[str] | None:
    """``scope`` plus every story that uses a file in it, as its photo or a linked
    file: their problems are in that file (a photo that is no image, too small,
    with GPS data), but reported on the story. A pull request that only replaces
    a photo hands the check that photo; without its stories it would pass
    without a word, and the error would show only in the build's log."""
    if scope is None:
        return None
    users = []
    for p in site.parsed:
        if p.story is None or p.source is None:
            continue
        used = [p.story.photo] if p.story.photo else []
        used += [link.target for link in (p.body.links if p.body else [])]
        shown = (display_path(content_root / u, content_root) for u in used)
        if any(_within(u, scope) for u in shown):
            users.append(display_path(p.source, content_root))
    return scope + users


def _within(path: str, scope: list[str]) -> bool:
    """``path`` (as messages name it) is one of ``scope``, or inside one."""
    path = posixpath.normpath(path)
    return any(w == "." or path == w or path.startswith(w + "/") for w in scope)


def _theme_page_links(site, tagged) -> list[Issue]:
    """The warnings on links to a theme's page past its last one, as the build
    numbers its pages: of the published stories of its language, tagged; the
    validate step's, which a build says too (podium_validate.site)."""
    from types import SimpleNamespace

    from podium_validate.site import theme_page_warnings

    ps = site.settings
    stories = [
        SimpleNamespace(lang=story.lang, theme_tags=tagged.tags[story.path])
        for story in site.stories
        if story.publication(ps) == "published" and story.path in tagged.docs
    ]
    return theme_page_warnings(site, stories)


def _notice_themes(
    site, scope: list[str] | None, failed: set[str], tagged
) -> list[tuple[str, str, str]]:
    """One ``::notice`` per story with the themes the tagger adds and those it came
    close to, for the PR reviewer; none for a story with an error (``failed``);
    ``tagged`` is ``site_tagger(site)``."""
    from podium_read.schema import GONE
    from podium_tag.features import as_written
    from podium_tag.review import suggestions

    from .explain import github_notice, notice_message

    tagger, docs = tagged.tagger, tagged.docs
    if not site.themes:  # themes.yml itself is wrong: its errors say so
        return []
    # A story whose consent ended (or an alumnus's, unpublished) is a tombstone:
    # no theme page lists it whatever the editor adds, so "add by hand if it
    # fits" would be wrong advice (the report leaves these out for the same reason).
    gone = {
        p.story.path for p in site.parsed if p.story and p.story.publication(site.settings) in GONE
    }
    notices = []
    for path in _matching(docs, scope):
        if path in failed:
            continue
        tags = tagged.tags[path]
        near = [] if path in gone else [
            s for items in suggestions(tagger, [docs[path]], [tags]).values() for s in items
        ]  # fmt: skip
        bars = {s.slug: s.bar for s in tagger.scores(docs[path])}
        # The words as the story wrote them ("E-bike"), which the reviewer finds in the diff.
        tags = [replace(t, evidence=as_written(docs[path], t.evidence)) for t in tags]
        near = [replace(s, evidence=as_written(docs[path], s.evidence)) for s in near]
        listed = path not in gone
        notice = github_notice(path, tags, near, bars, listed)
        if notice:
            message = notice_message(tags, near, bars, listed) or ""
            plain = f"{one_line(path)}: notice: {one_line(message)}"
            notices.append(("notice", notice, plain))
    return notices


def _address(value: str) -> str:
    """``--bind``, refused when empty: "" is every interface to the socket, so
    ``--bind "$HOST"`` with HOST unset served the preview (drafts and all) to the
    network, saying "Serving on http://:8000/"."""
    if not value.strip():
        raise click.BadParameter(
            "the address is empty (an unset variable in a script?); give one, like "
            "127.0.0.1 (this machine) or 0.0.0.0 (every interface), or leave it out"
        )
    return value


# A port outside 1-65535 is wrong usage, said before the build (not OverflowError after it).
PORT = click.IntRange(1, 65535)


@main.command(short_help="Build and serve on localhost; reload on change.")
@settings_option
@click.option("-p", "--port", type=PORT, default=8000, show_default=True, help="Port on localhost.")
@click.option(
    "--bind",
    default="127.0.0.1",
    show_default=True,
    callback=lambda ctx, param, value: _address(value),
    help="Address to listen on.",
)
@click.option("--no-watch", is_flag=True, help="Build once and serve, without reloading.")
@click.option(
    "--drafts",
    is_flag=True,
    help="Also show drafts and scheduled stories, with a preview banner.",
)
@click.option(
    "--cms",
    is_flag=True,
    help="Also run the browser editor at /admin/ against this checkout (decap-server on "
    "127.0.0.1, writing only under content/).",
)
@click.option(
    "--cms-port", type=PORT, default=8081, show_default=True, help="Port of decap-server."
)
def serve(
    settings_file: str, port: int, bind: str, no_watch: bool, drafts: bool, cms: bool, cms_port: int
) -> None:
    """Build, serve on localhost, and rebuild and reload the browser on change.

    The pages are built into .podium-preview/, never into output/, which holds
    only what `podium build` publishes."""
    from .serve import serve as run_serve

    if cms and cms_port == port:
        # decap-server took the port first, and the site then could not:
        # "Address already in use", as if another program held it.
        _usage(f"--port and --cms-port are both {port}: the site and decap-server each need "
               "a port of their own; choose another for one of them")  # fmt: skip
    _setup_logging(False, False)
    run_serve(
        settings_file, bind, port, watch=not no_watch, drafts=drafts,
        cms_port=cms_port if cms else None,
    )  # fmt: skip


@main.command(short_help="Write a new story file with prompts to fill in.")
@click.argument("kind", type=click.Choice(["interview", "column"]))
@settings_option
@click.option("--name", help="The employee whose story it is.")
@click.option("--role", help="Their job title.")
@click.option("--team", help="Team slug, one of PODIUM_TEAMS in the settings.")
@click.option("--lang", help="Language of the story (and of these questions).")
@click.option("--title", help="Working title (you can change it later).")
@click.option("--interviewer", help="Interviews: who asks the questions.")
@click.option("--consent-given", help="Date the employee consented to publication (YYYY-MM-DD).")
@click.option(
    "--social/--no-social",
    default=None,
    help="Whether the story may be shared on social media with the photo.",
)
@click.option(
    "--photo",
    type=options.Path(exists=True, dir_okay=False),
    help="A portrait to import (cleaned of EXIF/GPS and resized).",
)
@click.option(
    "--translation-of",
    "original",
    metavar="SLUG",
    help="Start this story's translation (give --lang; SLUG may be its file): its author, "
    "team, photo, place, themes, vacancies, dates and consent are copied; the role is "
    "asked, the original's offered.",
)
def new(
    kind, settings_file, name, role, team, lang, title, interviewer, consent_given, social, photo,
    original,
) -> None:  # fmt: skip
    """Write a new story file with prompts to replace (asks for what is not given).

    Every answer is checked when it is given and asked again when it is not
    valid, so nothing typed is lost; flags are checked before any question.
    """
    from .newstory import Answers, NewStory, story_slug, target_path, title_slug

    settings = load_settings(settings_file)
    ps = podium_settings.get(settings)
    content = _writable_content(settings)
    # --lang Dutch (or NL) is the story's language said in other words: asked in it.
    ui = choice_meant(lang or "", ps.languages) or ps.default_lang
    check = Answers(ps, ui)
    t = check.t
    # A flag is refused in English, as every line starting "podium: error:" is
    # (and the one a script missing a flag gets): in the wizard's language the
    # line read "Invalid value for --title: de URL-naam ... is al in gebruik".
    english = Answers(ps, "en")

    given = _given
    ask = functools.partial(_ask, t)

    _refuse_contradicting_flags(
        kind, original, name, team, interviewer, consent_given, social, photo
    )
    flags = {"--name": name, "--role": role, "--team": team, "--lang": lang, "--title": title}
    tests = {"--name": english.text, "--role": english.text, "--team": english.team,
             "--lang": english.lang, "--title": english.text}  # fmt: skip
    for flag, value in flags.items():
        if value is not None:
            flags[flag] = given(value, tests[flag], flag)
    if consent_given is not None:
        consent_given = given(consent_given, english.date, "--consent-given")
    if interviewer is not None:  # "" stays: nobody named, and not asked
        interviewer = given(interviewer, lambda v: english.optional(v) or "", "--interviewer")
    if photo:
        _check_photo_flag(photo)
    if original is not None:
        _new_translation(
            content, ps, kind, original, flags, settings_file, check, ask, given,
        )  # fmt: skip
        return
    name = flags["--name"] or ask(t["name"], check.text, "--name")
    role = flags["--role"] or ask(t["role"], check.text, "--role")
    team = (
        flags["--team"]
        if team is not None
        else ask(
            t["team"].format(choices=", ".join(ps.teams) or "slug"),
            check.team,
            "--team",
            default="",
            show_default=False,
        )
    )
    # A hub in one language has one answer: asking for it is a question too many.
    lang = flags["--lang"] or (
        ps.default_lang if len(ps.languages) == 1
        else ask(t["lang"].format(choices=", ".join(ps.languages)), check.lang, "--lang",
                 default=ps.default_lang)
    )  # fmt: skip
    if lang != ui:
        # From here on in the language the story is written in, as with --lang:
        # an English story chosen on a Dutch hub was asked its title, consent
        # and sharing in Dutch, and told "Geschreven" at the end.
        check = Answers(ps, lang)
        t = check.t
        ask = functools.partial(_ask, t)

    # Read once, on the first title checked (a flag's or an answer's).
    slugs_in_use = functools.cache(lambda: _slugs_in_use(content, ps))

    def new_title(value, answers=check):
        value, said = answers.text(value), answers.t
        if title_slug(value, name) is None:
            raise ValueError(said["name_only"].format(name=name))
        spec = NewStory(kind, name, role, team, lang, value, ps.today)
        if target_path(content, spec, ps.default_lang).exists():
            shown = os.path.relpath(target_path(content, spec, ps.default_lang))
            raise ValueError(said["exists"].format(path=shown))
        slug = story_slug(spec)
        if slug in slugs_in_use():
            raise ValueError(said["slug_taken"].format(slug=slug, path=slugs_in_use()[slug]))
        return value

    if title:
        title = given(flags["--title"], lambda value: new_title(value, english), "--title")
    else:
        title = ask(t["title"], new_title, "--title")
    if kind == "interview" and interviewer is None:
        interviewer = ask(
            t["interviewer"], check.optional, "--interviewer", default="", show_default=False
        )
    interviewer = check.optional(interviewer)
    if consent_given is None:
        consent_given = ask(
            t["consent"].format(name=name),
            check.date,
            "--consent-given",
            default=ps.today.isoformat(),
        )
    if social is None:
        # Not click.confirm: it takes only y/n and says "invalid input" in English
        # to a Dutch writer who answers "ja".
        social = ask(f"{t['social']} {t['yes_no']}", check.yes_no, "--social/--no-social",
                     default="", show_default=False)  # fmt: skip
    spec = NewStory(
        kind, name, role, team, lang, title, ps.today, interviewer,
        consent_given=consent_given, social=social,
    )  # fmt: skip
    path = target_path(content, spec, ps.default_lang)
    if path.exists():  # written by someone else while we were asking
        click.echo(f"{os.path.relpath(path)}: error: file exists; choose another title", err=True)
        sys.exit(1)
    _write_story_and_photo(content, ps, spec, photo, t, settings_file)


def _given(value, test, flag):
    """A flag's value, checked now: a bad flag is a usage error before any question."""
    try:
        return test(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint=flag) from None


def _ask(t, text, test, flag, **options):
    """Ask until ``test`` takes the answer (and say why it did not, in the
    wizard's words ``t``); an input that ends is a usage error naming ``flag``."""
    # Not click's value_proc: its UsageError prints "Error: ..." and its
    # Ctrl-C "Aborted!", in English to a writer asked in Dutch.
    while True:
        try:
            value = click.prompt(text, **options)
        except click.Abort as exc:
            if isinstance(exc.__context__, EOFError) and not _interactive():
                # A script or CI step without every answer as a flag: wrong
                # usage (exit 2), said as CI reads errors; it was the
                # writer's "stopped" with exit 1, as if someone had quit.
                # The prompt's line ends where it was written (stdout): ended
                # on stderr, the error came after a blank line there. The
                # flag is named: "no answer to the question" left a script's
                # author to guess which one, from a prompt in Dutch.
                click.echo("")
                _usage(f"no answer for {flag} (the input ended); nothing was "
                       "written; give it as a flag, as every answer can be (--name, "
                       "--role, --team, --lang, --title, --interviewer, "
                       "--consent-given, --social/--no-social)")  # fmt: skip
            click.echo(f"\n{t['aborted']}", err=True)
            sys.exit(1)
        try:
            return test(value)
        except ValueError as exc:
            click.echo(f"{t['error']}: {exc}", err=True)


def _refuse_contradicting_flags(
    kind, original, name, team, interviewer, consent_given, social, photo
) -> None:
    """Flags that contradict the kind or the translation: a usage error before
    any question, as a flag that would be dropped without a word."""
    if kind == "column" and (interviewer or "").strip():
        # A column has no interviewer: the name was dropped without a word
        # (an empty one, "none", as scripts pass for both kinds, is fine).
        _usage("--interviewer: a column is written by its author alone; "
               "leave it out, or write an interview (podium new interview)")  # fmt: skip
    if original is not None:
        # A translation takes these from its original: a flag for one would be
        # ignored in silence, and the two versions must agree on them anyway.
        copied = {"--name": name, "--team": team, "--interviewer": interviewer,
                  "--consent-given": consent_given, "--social/--no-social": social,
                  "--photo": photo}  # fmt: skip
        for flag, value in copied.items():
            if value is not None:
                _usage(f"{flag}: a translation takes it from its original (--translation-of); "
                       "leave it out, or change it in both files afterwards")  # fmt: skip


def _check_photo_flag(photo: str) -> None:
    """``--photo``: refused now if it is no photo Podium takes; too small is a
    warning now, as ``podium check`` would say it later."""
    from podium_images import inspect_photo

    if problem := inspect_photo(Path(photo)):
        # The file named: "Invalid value for --photo: is too large ..." had no subject.
        raise click.BadParameter(f"{one_line(photo)} {problem}", param_hint="--photo")
    from podium.photo_checks import photo_verdict_cached
    from podium.photos import too_small

    # Said now, as podium check would say it later: an avatar of 120x90 was
    # imported without a word, and the writer learnt it from the pull request.
    if small := too_small(photo_verdict_cached(Path(photo), None)[2]):
        click.echo(f"{one_line(photo)}: warning: {small}", err=True)


def _slugs_in_use(content: Path, ps) -> dict[str, str]:
    """{slug: the file (or record) that has it}: every slug a new story may not take."""
    from podium_read.schema import slug_from_filename
    from podium_validate.site import load_site

    taken: dict[str, str] = {}
    # Any story's slug, in any folder and language, and every withdrawn one:
    # the same slug in the other folder breaks `podium check`, in another
    # language it makes the new story someone else's translation, and a
    # withdrawn one would give this story the old URL (and its links) of
    # someone who asked to be taken down.
    site = load_site(content, ps)
    for w in site.withdrawn:
        taken[w.slug] = os.path.relpath(content / ps.withdrawn_file)
    for p in site.parsed:
        if p.story is not None:
            taken.setdefault(p.story.slug, os.path.relpath(p.story.path))
    # And every story's old URL names (``aliases``, slugs and paths):
    # a redirect to that story answers there, which `podium check`
    # will not let a new story take over.
    for p in site.parsed:
        if p.story is not None:
            old = [*p.story.aliases, *(slug for slug, _ in p.story.path_aliases)]
            for slug in old:
                taken.setdefault(slug, os.path.relpath(p.story.path))
        elif p.source is not None:
            slug_of = slug_from_filename(p.source.name, ps.languages)[0]
            taken.setdefault(slug_of, os.path.relpath(p.source))
    return taken


def _write_story_and_photo(content, ps, spec, photo, t, settings_file) -> None:
    """Import the photo and write the story, or neither (``photo``: the --photo file)."""
    from podium.atomic import signals_wait
    from podium.slugs import person_slug

    from .newstory import import_photo, target_path

    path = target_path(content, spec, ps.default_lang)
    # The photo and the story are one step for Ctrl-C and SIGTERM (they wait, and
    # stop the command once it is done): stopped between the two, the portrait
    # stayed in content/ with no story naming it, for `git add content/` to commit.
    with signals_wait():
        if photo:
            try:
                # Named as their people page is: "Con" gives con-1.jpg, as
                # con.jpg is a file Windows cannot check out (a device name).
                stem = person_slug(spec.name)
                spec = replace(spec, photo=import_photo(Path(photo), content, stem))
            except ValueError as exc:
                click.echo(f"{one_line(photo)}: error: {exc}", err=True)
                sys.exit(1)
        try:
            _write_new_story(content, ps, spec, t, settings_file, imported=bool(photo))
        except BaseException:
            if photo and not path.exists():  # not left behind without its story
                (content / spec.photo).unlink(missing_ok=True)
            raise


def _new_translation(content, ps, kind, original, flags, settings_file, check, ask, given):
    """``podium new KIND --translation-of SLUG``: the story's file in another language.

    Without it a writer tried ``podium new interview --lang en --title "Anna de
    Boer"`` and was told the file "exists already; choose another title": the
    command made a new story (a new slug) or nothing. A translation is the
    original's slug in another language, with the same author and consent.
    """
    from dataclasses import replace

    from podium_read import parse_story
    from podium_validate.site import load_site

    from .newstory import Answers, translation_of

    lang, t = flags["--lang"], check.t
    site = load_site(content, ps)
    if _names_a_file(original):
        original = _slug_of_file(original, content, site)
    versions = [p.story for p in site.parsed if p.story is not None and p.story.slug == original]
    if not versions and original in {w.slug for w in site.withdrawn}:
        # Not a typo: "no story with slug" sent the writer looking for one.
        where = one_line(display_path(content / ps.withdrawn_file, content))
        _usage(f'"{original}" was withdrawn ({where}): its author asked for it to be taken '
               "down, and it has no files left to translate")  # fmt: skip
    if not versions:
        _refused_story(original, content, site)
        _no_story(original, content, site.parsed)
    if versions[0].kind != kind:
        _usage(
            f'"{original}" is {"an interview" if versions[0].kind == "interview" else "a column"}; '
            f"its translation is one too: podium new {versions[0].kind} --translation-of {original}"
        )
    have = [v.lang for v in versions]
    # A language withdrawn for this slug keeps its address for the tombstone
    # (shared links never die): a translation written there was refused by
    # podium check only after it was written.
    withdrawn = {x: w for w in site.withdrawn if w.slug == original for x in w.langs}
    free = [x for x in ps.languages if x not in have and x not in withdrawn]
    if lang is not None and lang not in have and lang in withdrawn:
        where = one_line(display_path(content / ps.withdrawn_file, content))
        other = f"; translate it into {', '.join(free)}" if free else ""
        _usage(
            f'"{original}" in {lang} was withdrawn ({where}, line {withdrawn[lang].line}): its '
            f"address stays a tombstone, which a new translation may not take{other}"
        )
    if not free:
        gone = [x for x in ps.languages if x in withdrawn and x not in have]
        _usage(
            f'"{original}" is in every language of the hub already ({", ".join(ps.languages)})'
            if not gone
            else f'"{original}" is in {", ".join(have)}, and was withdrawn in {", ".join(gone)}: '
            "a withdrawn language's address stays a tombstone, which a translation may not take"
        )
    if lang is None:
        lang = (
            ask(t["lang"].format(choices=", ".join(free)), check.lang, "--lang", default=free[0])
            if len(free) > 1
            else free[0]
        )
    if lang in have:
        there = os.path.relpath(versions[have.index(lang)].path)
        _usage(f'"{original}" is in {lang} already ({there}); translate it into {", ".join(free)}')
    # The version in the hub's default language, else the first: what is copied.
    source = next((v for v in versions if v.lang == ps.default_lang), versions[0])
    # A story whose consent ended (or whose author left, on a hub that then
    # unpublishes) is down: its translation, which shares the consent and the
    # author, was written and never published either, without a word.
    gone = source.publication(ps)
    where = one_line(source.path)
    if gone == "consent-ended":
        _usage(
            f'"{original}" is no longer published: its consent ended on '
            f"{source.consent.until} (consent.until in {where}), and a translation shares "
            "it; with the author's renewed consent, set a later consent.until there first"
        )
    if gone == "alumni-unpublished":
        _usage(
            f'"{original}" is no longer published: its author left on {source.left} '
            f'("left" in {where}) and PODIUM_ALUMNI_POLICY is "unpublish", which takes a '
            "translation down too"
        )
    # From here on in the language the writer translates into.
    check = Answers(ps, lang)
    t = check.t
    title = flags["--title"] or ask(t["title"], check.text, "--title")
    # A job title is words of a language ("Supportmedewerker"): offered, not
    # imposed (podium_read.schema.SHARED_WITH_ORIGINAL leaves it out).
    role = flags["--role"] or ask(t["role"], check.text, "--role", default=source.role)
    at = next(p.source for p in site.parsed if p.story is source)
    # What the original's file says, as the editor copies it: the Site's
    # story also carries what other files give it (the person's "left" from
    # a newer story, another translation's end of consent), which written
    # here stayed when that file's line was taken out again.
    written = parse_story(at, content, ps).story or source
    spec = translation_of(written, kind, lang, title, role)
    # Beside its original, also in a subfolder of its own (interviews/2025/).
    spec = replace(spec, folder=Path(os.path.relpath(at.parent, content)).as_posix())
    _write_new_story(content, ps, spec, t, settings_file, imported=False)


def _names_a_file(given: str) -> bool:
    """Whether ``--translation-of`` was given a file (a path, or a name with
    its extension) rather than a slug, which has neither."""
    return "/" in given or os.sep in given or given.endswith((".md", ".markdown"))


def _slug_of_file(given: str, content: Path, site) -> str:
    """The slug of the story in file ``given``: a path from the working folder
    or from content/, or a file name found in one folder only. A writer
    tab-completes the file; it was 'no story with slug "content/...md"'."""
    files = [p for p in site.parsed if p.source is not None]
    wanted = {os.path.abspath(given), os.path.abspath(content / given)}
    found = [p for p in files if os.path.abspath(p.source) in wanted]
    if not found and "/" not in given and os.sep not in given:
        found = [p for p in files if p.source.name == given]
    if len(found) > 1:
        names = ", ".join(one_line(display_path(p.source, content)) for p in found)
        _usage(f"{one_line(given)} names {len(found)} stories ({names}); give the path of one")
    if not found:
        shown = {display_path(p.source, content): p for p in files}
        key = posixpath.basename(given.replace(os.sep, "/"))
        close = difflib.get_close_matches(
            key, [posixpath.basename(n) for n in shown], n=1, cutoff=0.6
        )
        near = [n for n in sorted(shown) if close and posixpath.basename(n) == close[0]]
        hint = f"; did you mean {one_line(near[0])}?" if near else ""
        where = one_line(display_path(content, content))
        _usage(f"no story file {one_line(given)} in {where}{hint}")
    if found[0].story is None:  # refused for an error: its errors
        errors = [i for i in site.errors if i.path == display_path(found[0].source, content)]
        if errors:
            raise ContentError(errors)
        _usage(f"{one_line(given)} is not a story")
    return found[0].story.slug


def _refused_story(slug: str, content: Path, site) -> None:
    """A story file named ``slug`` that is there but refused for an error ("lang:
    xx", a file that cannot be read): its errors (ContentError), not "no story with
    slug", which sent the writer looking for a typo."""
    broken = {
        display_path(p.source, content) for p in site.parsed
        if p.story is None and p.source is not None and p.source.name.split(".")[0] == slug
    }  # fmt: skip
    errors = [
        i for i in site.errors
        # One that cannot be read is in no parse: its error names it.
        if i.path in broken or i.line is None and i.path.endswith((".md", ".markdown"))
        and posixpath.basename(i.path).split(".")[0] == slug
    ]  # fmt: skip
    if errors:
        raise ContentError(errors)


def _writable_content(settings: dict) -> Path:
    """content/ for a command that writes into it; one line, before anything is
    asked or written, when it is a symlink (``folder_link_issue``)."""
    content = Path(settings["PATH"])
    issue = folder_link_issue(content)
    if issue is not None:
        raise ContentError([issue])
    return content


def _usage(message: str) -> NoReturn:
    """A wrong argument, not invalid content: one line, exit status 2 (contract §5)."""
    click.echo(f"podium: error: {message}", err=True)
    sys.exit(2)


def _no_story(slug: str, content: Path, parsed, command: str | None = None) -> NoReturn:
    """No story has ``slug``: the nearest slugs, as a typo usually is one. The
    argument may hold a line break: escaped, it cannot forge a second line (a
    "::error::" workflow command in CI). ``command`` (withdraw) takes no file:
    given one, its slug is named."""
    slugs = sorted({p.story.slug for p in parsed if p.story is not None})
    # A story is often known by its file, whose slug a "slug" field changed
    # (anna-de-boer.md at slug: anna-nieuw): its slug, not a near miss.
    by_file = sorted(
        (p.story.path, p.story.slug) for p in parsed
        if p.story is not None and posixpath.basename(p.story.path).split(".")[0] == slug
    )  # fmt: skip
    close = difflib.get_close_matches(slug, slugs, n=3, cutoff=0.6)
    # Nothing near: the slugs there are ("no story with slug" named none).
    hint = f"; did you mean {' or '.join(close)}?" if close else f"; its slugs are {some_of(slugs)}"
    if not slugs:
        hint = "; there are no stories yet"
    if by_file:
        path, named = by_file[0]
        hint = f'; {one_line(path)} has the slug "{named}" (its field "slug"): give that'
    # The path a writer has at hand (tab completion): no slug is like it.
    given = os.path.abspath(slug) if command else None
    for p in parsed:
        if p.story is not None and p.source is not None and os.path.abspath(p.source) == given:
            hint = (f"; {one_line(p.story.path)} is a story file: {command} takes its slug, "
                    f"podium {command} {p.story.slug}")  # fmt: skip
    # The folder as every message names a file: relative to the project, not
    # "/home/.../hub/content" (the same wherever podium is run from).
    where = one_line(display_path(content, content))
    _usage(f'no story with slug "{one_line(slug)}" in {where}{hint}')


def _write_new_story(content, ps, spec, t, settings_file, imported: bool) -> None:
    """Check the new story's text as ``podium check`` will, write it, say what next."""
    from .newstory import branch_name, front_matter_problems, read_back, render, target_path

    kind, title, name, role = spec.kind, spec.title, spec.name, spec.role
    path = target_path(content, spec, ps.default_lang)
    if path.exists():
        click.echo(f"{os.path.relpath(path)}: error: file exists; choose another title", err=True)
        sys.exit(1)
    text = render(spec)
    shown = os.path.relpath(path)
    # Read the file back as `podium check` will before saving it: what was
    # typed must come back unchanged and valid, or nothing is written.
    problems = front_matter_problems(text, shown, kind, ps)
    # Only front matter podium check reads: a value with a line break and a line
    # "---" in it (--role $'Tester\n---\nx') is emitted as an indented "  ---",
    # where the check ends the front matter and says so; read back as well, it
    # ended the command in "podium: error: ScannerError".
    if not problems:
        front = read_back(text)
        if front["title"] != title or front["author"] != name or front["role"] != role:
            problems.append(Issue(shown, None, "front matter did not read back as written"))
    refused = None
    if not problems:
        try:
            paths.create_content_file(content, path, text.encode("utf-8"))
        except paths.Refused as exc:
            refused = exc
    if problems or refused:
        if imported:  # imported above for this story only: not left behind without it
            (content / spec.photo).unlink(missing_ok=True)
        _emit(problems or [Issue(shown, None, str(refused))])
        sys.exit(1)
    files = shown + (f", content/{spec.photo}" if imported else "")
    click.echo(t["wrote"].format(files=files))
    # Quoted for the shell: these lines are meant to be pasted, and a title may
    # hold "$(...)" or a quote.
    added = [shown] + ([f"content/{spec.photo}"] if imported else [])
    # The same settings file, or the pasted commands would read another site's
    # (or find none: "pelicanconf.py: error: settings file not found").
    given = "" if settings_file == "pelicanconf.py" else f" -s {shlex.quote(settings_file)}"
    branch = branch_name(spec)
    click.echo(
        # The preview list of the story's own language: /preview/ lists the default
        # language's drafts only (an English story on a Dutch hub is at /en/preview/).
        "\n"
        + t["next"].format(path=shown, s=given, preview=ps.section_url("preview", spec.lang))
        + "\n"
        f"       git switch -c {shlex.quote(branch)}\n"
        f"       git add {shlex.join(added)}\n"
        f"       git commit -m {shlex.quote('Story: ' + title)}\n"
        f"       git push -u origin {shlex.quote(branch)}"
    )


@main.command(short_help="Stories and open jobs per theme; themes short of stories.")
@settings_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "markdown", "html"]),
    help="A table, data for scripts, or a page to share.  [default: text, or what the "
    "-o file's extension says: .html, .json, .md]",
)
@click.option(
    "-o",
    "--output",
    type=options.Path(dir_okay=False, allow_dash=True),
    help="Write to this file, not stdout (- is stdout).",
)
def report(settings_file: str, fmt: str | None, output: str | None) -> None:
    """Per theme: stories, recent stories, open jobs; themes that need stories."""
    from dataclasses import replace

    from podium_validate.site import load_site

    from .html_report import as_html
    from .report import as_json, as_markdown, as_text, format_of, report_of

    if output == "-":  # stdout, as pandoc and curl read it: it wrote a file named "-"
        output = None
    fmt = fmt or format_of(output)
    settings = load_settings(settings_file)
    if output:
        _refuse_an_input(output, settings, settings_file)
    site = load_site(Path(settings["PATH"]), podium_settings.get(settings))
    # A story or a vacancy file with an error is left out and named in the report,
    # whose other numbers a recruiter still needs (the build is the one that stops):
    # it was no report at all. Not with an invalid themes.yml, which it is a table
    # of; a missing one is a report without rows that says why (_no_themes_file),
    # also when stories name themes (no report, and not a word of the file, was it).
    if site.errors and not site.themes and site.themes_text is not None:
        raise ContentError(site.errors)
    result = replace(report_of(site), errors=site.errors, no_themes=_no_themes_file(site))
    render = {"text": as_text, "json": as_json, "markdown": as_markdown, "html": as_html}[fmt]
    # A file gets the keyword warnings in it, as the other formats carry them.
    text = as_text(result, warnings=True) if output and fmt == "text" else render(result)
    if output:
        _write_report(output, text + "\n")
    else:
        click.echo(text)
    if fmt == "text":  # the other formats carry the warnings inside the document
        _emit(result.unmatched)  # on the terminal, with -o as well
    _emit(result.no_themes)  # a table without a row, and no word of why
    if result.errors:
        # As every command's content errors, on stderr, with exit status 1: the
        # content is invalid, though the report of the rest was written.
        _emit(result.errors)
        click.echo(
            f"{counted(len(result.errors), 'error')}: the report counts the rest (a story or "
            "vacancy file that does not read is left out)",
            err=True,
        )
        sys.exit(1)


def _no_themes_file(site) -> list[Issue]:
    """podium check's warning on a missing content/themes.yml, for the commands
    whose every line is per theme (report, tag): without it they showed empty
    tables and "no themes", and not why."""
    if site.themes or site.themes_text is not None:
        return []
    return [i for i in site.problems if Path(i.path).name == site.settings.themes_file]


def _refuse_an_input(output: str, settings: dict, settings_file: str) -> None:
    """`-o content/themes.yml` (a slip for themes.json) replaced the themes file
    with the report, without a word: no report goes over the hub's own input."""
    try:
        holding = input_holding(Path(os.path.realpath(output)), settings, settings_file)
    except (OSError, ValueError):  # a path the write says what is wrong with
        return
    if holding is not None:
        raise UsageError(
            [Issue(one_line(output), None, f"cannot write the report: it is in {holding}, "
                   "which the hub is built from; give a file outside it, or - for the terminal")]
        )  # fmt: skip
    project = Path(settings_file).resolve().parent
    what = _not_to_replace(Path(os.path.realpath(output)), project)
    if what is not None:
        # -o publishconf.py (with -s pelicanconf.py) replaced the publish settings
        # with the report, and exited 0; so did -o tasks.py and -o README.md.
        raise UsageError(
            [Issue(one_line(output), None, f"cannot write the report: it is {what}; give "
                   "another file, like report.html, or - for the terminal")]
        )  # fmt: skip


# The project's own files by their kind: settings, tasks, packaging, CI.
_PROJECT_KINDS = (".py", ".toml", ".cfg", ".ini", ".yml", ".yaml", ".lock", ".sh")


def _not_to_replace(target: Path, project: Path) -> str | None:
    """What ``target`` is, when it is an existing file a report must not replace:
    in the project, one of the kinds the project is made of, or any other file
    that is not a report written before (README.md, a template, package.json);
    elsewhere, any file that is not an earlier report (``-o /etc/passwd`` as
    root replaced it). None for a new file, an earlier report, or what is not a
    regular file (``-o /dev/stdout``, a pipe)."""
    if not target.is_file():
        return None
    inside = target.is_relative_to(project)
    if inside and ".git" in target.relative_to(project).parts:
        return "in the project's .git folder, its history"
    if inside and target.suffix.lower() in _PROJECT_KINDS:
        return f"a {target.suffix.lower()} file of the project, which the hub needs"
    # Asked of the file itself, not of git: a hub copied without .git (as the
    # README allows) had its README.md and templates replaced by a report.
    if _replaceable(target):
        return None
    if inside:
        return "a file of the project that is not an earlier report"
    return "an existing file that is not an earlier report (a report replaces only its own)"


def _replaceable(target: Path) -> bool:
    """An earlier report, or an empty file, which loses nothing: `-o /dev/stdout
    > r.txt` names the file the shell has just emptied."""
    from .report import begins_as_a_report

    try:
        with target.open("rb") as f:
            head = f.read(4096)
    except OSError:
        return False
    return not head or begins_as_a_report(head.decode("utf-8", "replace"))


def _write_report(output: str, text: str) -> None:
    """Replace ``output`` whole or not at all: the report is often a page someone
    serves or has open, and a full disk or a quota halfway through the write
    would otherwise leave half a page where yesterday's report was. One line
    when it cannot be written (it was "podium: error: FileNotFoundError: ...")."""
    from podium.atomic import umask_mode, write_atomic

    shown = one_line(output)
    try:
        kind = os.stat(output).st_mode
    except (OSError, ValueError):
        kind = None
    if kind is not None and stat.S_ISBLK(kind):
        # A disk (`-o /dev/sda`, a slip for /dev/stdout): written into, as below, the
        # report went over the start of a disk as root; replaced, the disk's node.
        raise UsageError(
            [Issue(shown, None, "cannot write the report: it is a disk (a block device); "
                   "give a file, or - for the terminal")]
        )  # fmt: skip
    if kind is not None and not stat.S_ISREG(kind):
        # /dev/null, /dev/stdout, a named pipe: written into, as by a shell's ">".
        # Replaced as a file is, the device became a regular file with the
        # report in it (as root, the machine's /dev/null stopped being one).
        try:
            with open(output, "w", encoding="utf-8") as stream:
                stream.write(text)
        except OSError as exc:
            raise ContentError(
                [Issue(shown, None, f"cannot write the report: {exc.strerror or exc}")]
            ) from None
        return
    if output.endswith(("/", os.sep)):
        # `-o reports/`, meant as a folder: the path without its slash is a file
        # of that name, and the report was written as a file "reports".
        raise UsageError(
            [Issue(shown, None, 'cannot write the report: it ends in "/", so it names a '
                   "folder; give a file name in it, or - for the terminal")]
        )  # fmt: skip
    target = Path(os.path.realpath(output))  # through a symlink, as a plain write goes
    if not target.parent.is_dir():
        folder = one_line(str(Path(output).parent))
        raise UsageError(
            [Issue(shown, None, f"cannot write the report: no folder {folder}; "
                   "give a file in a folder that exists")]
        )  # fmt: skip
    try:
        mode = target.stat().st_mode & 0o777
    except OSError:  # a new file: as any file the user creates (the umask)
        mode = umask_mode()
    try:
        write_atomic(target, text, mode=mode)
    except OSError as exc:
        raise ContentError(
            [Issue(shown, None, f"cannot write the report: {exc.strerror or exc}")]
        ) from None


# What `podium tag` says (on stderr) on a hub with no story yet.
NO_STORY_TO_TAG = "no story to tag yet: podium new interview (or column) writes the first"


@main.command(short_help="Show the themes the build gives each story or vacancy.")
@settings_option
@click.option("--explain", is_flag=True, help="Every theme's score, bar and evidence.")
@click.option(
    "--vacancy",
    "vacancy_ids",
    multiple=True,
    metavar="ID",
    help="A vacancy by its id, as in a story's vacancies (an ATS snapshot's too); repeatable.",
)
@click.argument("paths", nargs=-1, type=options.Path())
def tag(
    settings_file: str, explain: bool, vacancy_ids: tuple[str, ...], paths: tuple[str, ...]
) -> None:
    """Show the themes of stories (all, or the PATHS given) as the build tags them;
    of vacancies too, given as PATHS (a file, a snapshot, a folder) or by --vacancy."""
    from podium_validate import as_published
    from podium_validate.site import load_site

    from .explain import (
        UNLISTED,
        explain_story,
        explain_vacancy,
        one_line_themes,
        vacancy_name,
        vacancy_unlisted,
    )
    from .report import site_tagger

    settings = load_settings(settings_file)
    site = load_site(Path(settings["PATH"]), podium_settings.get(settings))
    scope = _scope(paths, site.content_root)
    if vacancy_ids and scope is None:
        scope = []  # vacancies by id alone: no story, and no file's errors but theirs
    # As `podium check PATH` does: a story with no error of its own is explained
    # while another file of the pull request has one (that error is check's to
    # report); an error in a path given, or in themes.yml, stops it.
    elsewhere = site.errors
    if elsewhere:
        if scope is None or not site.themes:
            raise ContentError(elsewhere)
        users = _with_users(scope, site, site.content_root)
        own = [i for i in elsewhere if _within(i.path, users)]
        if own:
            raise ContentError(own)
    # As the build publishes them: a snapshot whose pulls fail has its jobs closed.
    published = as_published(site)[0].vacancies
    named = [_vacancy_named(vid, site) for vid in vacancy_ids]
    within = [v for v in published.vacancies if scope and _within(v.source, scope)]
    wanted = {v.id: v for v in sorted([*named, *within], key=_vacancy_order)}
    themes, tagger, docs, tags, vacancy_tags = site_tagger(site, list(wanted.values()))
    chosen = _matching(docs, scope)
    # Each path must name a story or a vacancy (or a folder of them): themes.yml
    # given beside a story was skipped without a word, as if its themes had been shown.
    empty = [
        given
        for given, w in zip(paths, scope or (), strict=False)
        if not _matching(docs, [w]) and not any(_within(v.source, [w]) for v in within)
    ]
    # One line each, as a path that is not there is (click's usage error was three).
    if empty:
        message = (
            "is not a story or a vacancy, nor a folder with one; give the path of a story "
            "or vacancy file"
        )
        raise UsageError([Issue(given, None, message) for given in empty])
    # A draft or scheduled story is tagged like any other, but an editor asking
    # why it is on no theme page must be told it is on none yet.
    publication = {p.story.path: p.story.publication(site.settings) for p in site.parsed if p.story}
    for i, path in enumerate(chosen):
        if explain:
            # A blank line between stories: a folder's explanations otherwise run
            # on, the next story's name glued to the last evidence line.
            click.echo(("\n" if i else "") + explain_story(
                path, docs[path], themes, tagger, publication[path]
            ))  # fmt: skip
        else:
            why = UNLISTED.get(publication[path])
            # A file name may hold a line break: escaped, one story stays one line.
            themes_line = one_line_themes(tags[path])
            click.echo(f"{one_line(path)}: {themes_line}{f' ({why})' if why else ''}")
    # A closed or scheduled vacancy is explained as well: a recruiter asking why
    # a job is on no theme page is told it is closed, and what it would be on.
    today = published.today
    as_read, as_shown = site.vacancies.by_id(), published.by_id()  # each built once
    for i, vacancy in enumerate(wanted.values(), start=len(chosen)):
        shown = as_shown[vacancy.id]
        stale = not shown.is_open(today) and as_read[vacancy.id].is_open(today)
        why = vacancy_unlisted(shown, today, stale)
        if explain:
            click.echo(("\n" if i else "") + explain_vacancy(vacancy, themes, tagger, why))
        else:
            themes_line = one_line_themes(vacancy_tags[vacancy.id])
            click.echo(f"{vacancy_name(vacancy)}: {themes_line}{f' ({why})' if why else ''}")
    if not docs and not wanted:
        # A new hub's first day: it printed nothing, as if it had not run. On
        # stderr, as check's summary is: stdout is one line per story.
        click.echo(NO_STORY_TO_TAG, err=True)
    _emit(_no_themes_file(site))
    if elsewhere:
        # The broken stories' own themes teach the tagger nothing until they are
        # fixed, so the scores above may still move a little. Not so an error in
        # a vacancy file: the tagger learns from stories only.
        refused = {display_path(p.source, site.content_root) for p in site.parsed
                   if p.story is None and p.source is not None}  # fmt: skip
        learned = any(i.path in refused for i in elsewhere)
        why = ": their stories are left out of what the tagger learns" if learned else ""
        click.echo(
            f"{counted(len(elsewhere), 'error')} in other files{why} (podium check lists them)",
            err=True,
        )


def _vacancy_order(vacancy: Vacancy) -> tuple[str, int, str]:
    """A snapshot's jobs in the order of its file, after the files before it."""
    return (vacancy.source, vacancy.source_line or 0, vacancy.id)


def _vacancy_named(vacancy_id: str, site) -> Vacancy:
    """The vacancy ``--vacancy`` names (in any case, as a story's ``vacancies``
    does), or the errors of the files that did not read (it may be in one), or
    one line of wrong usage naming the nearest ids."""
    found = site.vacancies.find(vacancy_id)
    if found is not None:
        return found
    unread = [i for i in site.errors if i.path in site.vacancies.unreadable]
    if unread:
        raise ContentError(unread)
    ids = {v.id.casefold(): v.id for v in site.vacancies.vacancies}  # ids are one in any case
    close = difflib.get_close_matches(vacancy_id.casefold(), sorted(ids), n=3, cutoff=0.6)
    hint = f"; did you mean {' or '.join(ids[c] for c in close)}?" if close else ""
    if not close:  # the ids there are (it named none)
        hint = f"; the ids are {some_of(sorted(ids.values()))}"
    if not ids:
        hint = "; there are none yet"
    elif os.path.isfile(vacancy_id):
        # The path at hand (tab completion): a file is given as PATH.
        hint = f"; {one_line(vacancy_id)} is a file: give it without --vacancy"
    where = one_line(display_path(site.content_root / "vacancies", site.content_root))
    _usage(f'no vacancy with id "{one_line(vacancy_id)}" in {where} or its ATS snapshots{hint}')


def _matching(docs: dict, scope: list[str] | None) -> list[str]:
    """Story paths within ``scope`` (``_scope``; all when it is None)."""
    return sorted(path for path in docs if scope is None or _within(path, scope))


@main.command(short_help="Remove a story; leave a tombstone at its URLs.")
@settings_option
@click.argument("slug")
@click.option(
    "--lang",
    metavar="LANG",
    help="Withdraw only this translation (nl, en, ...); the others stay published.",
)
@click.option("--yes", is_flag=True, help="Do not ask for confirmation (asked only at a terminal).")
def withdraw(settings_file: str, slug: str, lang: str | None, yes: bool) -> None:
    """Remove a story, its translations and photos; leave a tombstone at its URLs."""
    from podium.atomic import one_writer
    from podium_read.schema import NOT_YET
    from podium_validate.site import load_site

    from .report import site_tagger
    from .withdraw import finish_stopped, plan
    from .withdraw import withdraw as run_withdraw

    settings = load_settings(settings_file)
    ps = podium_settings.get(settings)
    if lang is not None and lang not in ps.languages:
        _usage(f'--lang "{one_line(lang)}" is not one of the hub\'s languages: '
               f"{', '.join(ps.languages)}")  # fmt: skip
    # The default language first: a story file that names none is in it.
    languages = (ps.default_lang, *(x for x in ps.languages if x != ps.default_lang))
    content = _writable_content(settings)
    record = content / ps.withdrawn_file
    keep = (ps.brand.logo,) if ps.brand.logo else ()  # a story's photo line may name it
    # A withdrawal stopped half way (killed) left files aside: finished first,
    # so that this one plans on content/ as that one would have left it.
    with one_writer(content):
        said, finished = finish_stopped(content, record, languages)
    for line in said:
        click.echo(line, err=": warning: " in line)

    def published(p) -> bool:
        """Whether the translation ``p`` had a public address (a story that does
        not parse: not known, so it may have had)."""
        return p.story is None or p.story.publication(ps) not in NOT_YET

    def read():
        """content/ as it is now, and what withdrawing the story would change in it."""
        site = load_site(content, ps)
        parsed = list(site.parsed)
        tags = site_tagger(site).tags

        def themes_of(story) -> list[str]:
            # As the build tags it, automatic themes included: the tombstone links them.
            return [t.slug for t in tags.get(story.path, ())]

        # Everything is checked before anything is touched (ContentError: one line each).
        planned = plan(
            slug, content, parsed, record, languages, keep, themes_of, lang, ps.story_url,
            published,
        )  # fmt: skip
        if planned is None:
            if any(w.slug == slug and (lang is None or lang in w.langs) for w in site.withdrawn):
                # Run twice (or after a colleague did): done already, not a typo.
                which = f"{slug} ({lang})" if lang else slug
                click.echo(
                    f"{which} is already withdrawn (recorded in {os.path.relpath(record)}); "
                    "nothing to do"
                )
                _history_note(content, finished)  # the stopped run's files, if any
                sys.exit(0)
            if lang is not None and any(p.story is not None and p.story.slug == slug
                                        for p in parsed):  # fmt: skip
                others = sorted({p.story.lang for p in parsed if p.story and p.story.slug == slug})
                _usage(f'story "{one_line(slug)}" has no {lang} translation; '
                       f"it is in {', '.join(others)}")  # fmt: skip
            _refused_story(slug, content, site)
            _no_story(slug, content, parsed, "withdraw")
        return site, parsed, themes_of, planned

    site, parsed, themes_of, planned = read()
    # Asked only of someone at a terminal, as rm asks: run from a script or CI
    # step, the command does what it was given (contract §5: `podium withdraw
    # SLUG` removes the story); it was wrong usage there without --yes.
    if not yes and _interactive():
        _confirm_withdrawal(planned[0].removed)
    # Read again once content/ is this command's alone: another withdraw (or a
    # pull) that held it meanwhile may have changed it. Read before the wait, a
    # story it withdrew still used the photo both shared, which both then kept,
    # and the same story withdrawn twice at once failed on its files, gone.
    with one_writer(content):
        site, parsed, themes_of, _planned = read()
        done = run_withdraw(
            slug, content, parsed, record, languages, keep, themes_of, lang, ps.story_url,
            published,
        )  # fmt: skip
    for path in done.removed:
        click.echo(f"removed {os.path.relpath(path)}")
    if not done.langs:
        click.echo(
            f"{slug} was never published (a draft, or scheduled): nothing is recorded in "
            f"{os.path.relpath(content / ps.withdrawn_file)} and no tombstone is made"
        )
        _history_note(content, [*finished, *done.removed])
        return
    click.echo(
        f"recorded {slug} in {os.path.relpath(content / ps.withdrawn_file)}; "
        "its URLs will show a tombstone after the next build"
    )
    _history_note(content, [*finished, *done.removed])
    _ci_cache_note(content)
    _note_a_name_in_the_slug(slug, parsed, done, record, languages, ps)
    if lang is None:  # one translation withdrawn is no request to leave the hub
        _other_stories_note(parsed, set(done.removed), slug, ps)
    _warn_of_what_still_names(site, parsed, done, ps)


def _confirm_withdrawal(removed) -> None:
    """Ask before removing ``removed``; a no (Ctrl-D too) stops the command."""
    files = ", ".join(os.path.relpath(p) for p in removed)
    # Declined: said as `podium new` says it, not click's bare "Aborted!"
    # glued to the question.
    try:
        go, ended = click.confirm(f"Remove {files}?"), False
    except click.Abort:
        go, ended = False, True
    if not go:
        click.echo(f"{chr(10) if ended else ''}Aborted; nothing was removed.", err=True)
        sys.exit(1)


def _note_a_name_in_the_slug(slug, parsed, done, record, languages, ps) -> None:
    """Say so when the withdrawn story's slug, or one of its old slugs
    (``aliases``), holds its author's name, which the tombstone's address and
    withdrawn.yml keep."""
    from podium_validate.site import name_in_slug

    gone_files = set(done.removed)
    gone = [p.story for p in parsed if p.story is not None and p.source in gone_files]
    authors = sorted({story.author for story in gone})
    for one in [slug, *dict.fromkeys(a for story in gone for a in story.aliases if a != slug)]:
        made = next((m for a in authors if (m := name_in_slug(one, a))), None)
        if not made:
            continue
        # Kept, by the contract (a shared link never dies), but said: the one
        # trace of the name withdraw leaves, which an erasure request must know of.
        where = os.path.relpath(record)
        urls = " and ".join(f"/{ps.story_url(one, x)}"
                            for x in languages if x in done.langs)  # fmt: skip
        click.echo(
            f"note: {urls} give{'s' if ' and ' not in urls else ''} the author's name "
            f'("{made}"): the tombstone there shows no name, but answers at that address so '
            f"that links already shared lead on, and {where} keeps the slug; if the colleague "
            f"asks for the address to go as well, remove its entry from {where}: the URL then "
            # Not "as their people page does": a namesake's page may move onto
            # that address (said below), or their other stories keep it.
            "answers a bare 404, with no tombstone"
        )


def _warn_of_what_still_names(site, parsed, done, ps) -> None:
    """Warn of the stories, vacancies, themes and people pages that still name
    the withdrawn story's author, and of the stories that show their photo."""
    from podium_read.schema import GONE
    from podium_validate.old_urls import withdrawn_people
    from podium_validate.site import (
        photos_still_shown,
        stories_naming,
        themes_naming,
        vacancies_naming,
    )

    # The last moment the author's name is known: withdrawn.yml keeps none, so
    # a later `podium check` cannot find a colleague's story that still names them.
    removed = set(done.removed)
    stories = [p for p in parsed if p.story is not None]
    gone = [p for p in stories if p.source in removed]
    kept = [p for p in stories if p.source not in removed and p.story.publication(ps) not in GONE]
    why = lambda _p: "is no longer published (it was withdrawn)"  # noqa: E731
    for issue in [
        *stories_naming(gone, kept, why, ps),
        *photos_still_shown(gone, kept, why, ps),
        *vacancies_naming(site, gone, kept, why),
        *themes_naming(site, gone, kept, why),
        *withdrawn_people(site, {p.story.path for p in gone}),
    ]:
        click.echo(issue.format(), err=True)


def _other_stories_note(parsed, removed: set[Path], slug: str, ps) -> None:
    """Name the author's other stories, which ``withdraw`` leaves as they are.

    Consent is given per story, so withdrawing one keeps the others; but a
    colleague who asks to be taken off the hub (an erasure request) means all
    of them, and their name, people page and portrait stayed published with
    the next one, or came out later with a scheduled one, without a word.
    """
    from podium_read.schema import person_key

    gone = [p.story for p in parsed if p.story is not None and p.source in removed]
    keys = {person_key(s.author) for s in gone}
    others = sorted(
        (p for p in parsed
         if p.story is not None and p.source not in removed and p.story.slug != slug
         and person_key(p.story.author) in keys),
        key=lambda p: p.story.path,
    )  # fmt: skip
    if not others:
        return
    states = {"published": "published", "draft": "a draft", "consent-ended": "consent ended",
              "alumni-unpublished": "taken down, as they left"}  # fmt: skip

    def state(story) -> str:
        now = story.publication(ps)
        return f"scheduled for {story.date:%Y-%m-%d}" if now == "scheduled" else states[now]

    listed = ", ".join(f"{one_line(p.story.path)} ({state(p.story)})" for p in others)
    slugs = ", ".join(f"podium withdraw {one_line(x)}"
                      for x in dict.fromkeys(p.story.slug for p in others))  # fmt: skip
    names = " and ".join(sorted({one_line(s.author) for s in gone}))
    click.echo(
        f"note: {names} wrote more stories, which this leaves as they are: {listed}; if they "
        f"asked to be taken off the hub altogether, withdraw those too ({slugs}): their "
        "people page and portrait stay while one is published"
    )


def _interactive() -> bool:
    """Someone at a terminal answers (`podium withdraw` asks only then)."""
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):  # no stdin, or a closed one
        return False


def _history_note(content: Path, removed: list[Path]) -> None:
    """Say that git still has what ``withdraw`` removed, and how to erase it there.

    Deleting the files takes the story off the site, but every earlier commit
    keeps the text and the photo as it was uploaded (GPS position and all):
    an erasure request is not done until the history is rewritten too.
    """
    here = content.resolve()
    root = next((d for d in (here, *here.parents) if (d / ".git").exists()), None)
    if root is None or not removed:
        return
    from .withdraw import PHOTO_FOLDER

    shown: list[str] = []
    photo_folder = (content / PHOTO_FOLDER).resolve()
    for path in removed:
        real = path.resolve()
        # A story's own photo folder of the browser editor, gone whole, as a
        # folder: a portrait uploaded there and deleted since is in its history.
        if real.parent.parent == photo_folder and not real.parent.exists():
            real = real.parent
        try:
            one = real.relative_to(root).as_posix() + ("/" if real != path.resolve() else "")
        except ValueError:
            continue  # a file outside the repository is in no commit of it
        if one not in shown:
            shown.append(one)
    if not shown:
        return
    args = " ".join(f"--path {shlex.quote(p)}" for p in shown)
    click.echo(
        "note: git history (and every clone, fork and open pull request) still holds the "
        "removed files; to erase them there too, rewrite it: "
        f"git filter-repo --invert-paths {args}, then force-push"
    )


def _ci_cache_note(content: Path) -> None:
    """Say that the CI caches of earlier runs still hold the story, when the
    hub's workflows keep ``.podium-cache/`` in the Actions cache (publish.yml
    does): the parsed text, the cleaned portrait and the cards of every night
    before the withdrawal stay there until GitHub evicts them."""
    workflows = content.resolve().parent / ".github" / "workflows"
    try:
        texts = [p.read_text("utf-8", "replace") for p in sorted(workflows.glob("*.y*ml"))]
    except OSError:
        return
    if not any(".podium-cache" in t and "actions/cache" in t for t in texts):
        return
    click.echo(
        "note: the GitHub Actions caches of earlier runs (.podium-cache/: the story's text, "
        "portrait and cards) and the pull requests' site-preview artifacts still hold it until "
        "GitHub removes them (a cache 7 days after its last use, an artifact when it expires); "
        "to erase them now: gh cache delete --all, and delete those artifacts under Actions"
    )


# `-s` of `podium vacancies`, before or after its subcommand: `podium vacancies
# pull -s publishconf.py`, where every other command takes it, was "No such
# option '-s'". No default here: the subcommand's -s, else the group's, else this.
VACANCY_SETTINGS_DEFAULT = "pelicanconf.py"


def _vacancy_settings_option() -> click.Option:
    return click.Option(
        ["-s", "--settings", "settings_file"],
        type=options.Path(dir_okay=False),
        help=f"Pelican settings file (default: {VACANCY_SETTINGS_DEFAULT}).",
    )


@main.group(params=[_vacancy_settings_option()])
@click.pass_context
def vacancies(ctx: click.Context, settings_file: str | None) -> None:
    """Vacancies from applicant tracking systems (ATS)."""
    # Read by the subcommand (_with_settings), after its own options: the group
    # read them here, so `podium vacancies pull --help` failed on a wrong setting.
    ctx.obj["vacancy_settings"] = settings_file


def _with_settings(command: click.Command) -> click.Command:
    """``command`` with ``-s`` of its own, and the settings read (bad ones one
    line each) into ``ctx.obj`` as podium_vacancies.cli expects them."""
    inner = command.callback

    def callback(settings_file: str | None, **kwargs):
        ctx = click.get_current_context()
        chosen = settings_file or ctx.obj.get("vacancy_settings") or VACANCY_SETTINGS_DEFAULT
        settings = load_settings(chosen)
        podium_settings.get(settings)  # bad settings fail here, as one line each
        ctx.obj.update({"settings": settings, "content_dir": settings["PATH"]})
        return ctx.invoke(inner, **kwargs)

    wrapped = copy.copy(command)
    wrapped.params = [_vacancy_settings_option(), *command.params]
    wrapped.callback = callback
    return wrapped


def _mount_vacancy_commands() -> None:
    from podium_vacancies.cli import vacancies as library_group

    for name, command in library_group.commands.items():
        vacancies.add_command(_with_settings(command), name)


_mount_vacancy_commands()


def _mount_ping() -> None:
    from .ping import ping

    main.add_command(ping)


_mount_ping()
