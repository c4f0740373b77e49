"""Invoke tasks, as Pelican users know them, over Podium's own functions.

invoke clean | build | rebuild | regenerate | serve | serve-global | reserve |
       livereload | preview | publish | gh-pages | check

Each task calls the function the ``podium`` command calls (contract §5), in this
process: no task needs ``podium`` on the PATH.
"""

from __future__ import annotations

import errno
import os
import shlex
import shutil
import sys
import tempfile
from pathlib import Path

from invoke import task

SETTINGS = "pelicanconf.py"
PUBLISH_SETTINGS = "publishconf.py"
# Where `invoke publish` sends the site (the rsync route); see README, "Publishing".
SSH_TARGET = os.environ.get("PODIUM_SSH_TARGET", "")  # e.g. deploy@host:/var/www/careers


def _in_the_project() -> None:
    """Run in the folder of this tasks.py when invoke found it in a parent folder
    (`invoke check` from content/interviews/): every path below is relative, as
    in Pelican's, and was looked for in the folder invoke ran in."""
    here = Path(__file__).resolve().parent
    cwd = Path.cwd().resolve()
    if cwd != here and cwd.is_relative_to(here) and not os.path.isfile(SETTINGS):
        os.chdir(here)


def _one_line(function, *args, **kwargs):
    """Call ``function`` as ``podium`` would: a bad settings file (or content) is
    one line each and exit status 1 (2: wrong usage), never a traceback; every
    warning one line on stderr, as ``podium`` prints it (with no handler of its
    own, `invoke build` showed none: a story's image without alt text, a closed
    vacancy it links to)."""
    from podium.errors import ContentError
    from podium_cli.build import terminate_cleanly
    from podium_cli.cli import _setup_logging

    _in_the_project()
    _setup_logging(False, False)
    try:
        # SIGTERM says what the tasks say (a build within: "the build was terminated").
        with terminate_cleanly(TERMINATED):
            return function(*args, **kwargs)
    except ContentError as exc:
        for issue in exc.issues:
            print(issue.format(), file=sys.stderr)
        sys.exit(getattr(exc, "exit_status", 1))
    except KeyboardInterrupt:
        # invoke's own handling: exit status 1 without a word, which a script
        # cannot tell from a failed build. As `podium` says it: one line, 130.
        print("tasks.py: error: interrupted (Ctrl-C)", file=sys.stderr)
        sys.exit(130)
    except (SystemExit, GeneratorExit):
        raise
    except Exception as exc:  # a bug, or the machine: one line, as `podium` prints it
        if os.environ.get("PODIUM_DEBUG"):
            raise
        from podium.errors import unexpected

        print(unexpected(exc), file=sys.stderr)
        sys.exit(1)


def _build(settings: str) -> Path:
    """Build into the settings' OUTPUT_PATH, as `podium build -s SETTINGS` and
    Pelican's own tasks.py do (a fixed output/ was not where a hub with
    OUTPUT_PATH = "public" had it); return that folder."""
    from podium_cli.build import build as podium_build
    from podium_cli.cli import summary

    result = _one_line(podium_build, settings)
    print(summary(result))  # as `podium build` says it: stories, pages, cards, warnings
    return Path(result.output)


def _shown(folder: Path) -> str:
    """``folder`` as the commands are given it: relative when it is below here."""
    relative = os.path.relpath(folder)
    return folder.as_posix() if relative.startswith("..") else Path(relative).as_posix()


def _podium(*args: str) -> None:
    """Run a ``podium`` command in this process; exit as it would, on failure."""
    from podium_cli.build import terminate_cleanly
    from podium_cli.cli import main

    _in_the_project()
    try:
        with terminate_cleanly(TERMINATED):  # `podium`'s own lines then say "tasks.py"
            main.main(args=list(args), prog_name="podium", standalone_mode=False)
    except SystemExit as exc:
        if exc.code:
            raise


def _port(value) -> int:
    """``--port`` as ``podium serve`` takes it (1 to 65535), else one line before any
    build: 99999 ended a whole build in an OverflowError traceback, 0 served on a
    port the "Serving on http://localhost:0/" line did not name. The tasks take it
    as text, since invoke's own int() of "abc" was a traceback too."""
    try:
        port = int(str(value), 10)
    except ValueError:
        port = 0
    if not 1 <= port <= 65535:
        print(f"tasks.py: error: --port must be a whole number from 1 to 65535, not {value!r}",
              file=sys.stderr)  # fmt: skip
        sys.exit(2)  # wrong usage, as `podium serve -p 99999` exits
    return port


# What a task says when SIGTERM stops it: as its Ctrl-C and its other errors are
# said, not podium's "podium: error: terminated (SIGTERM)".
TERMINATED = "tasks.py: error: terminated (SIGTERM)"

# invoke shows a port taken as text as "--port=STRING": say what it is.
PORT_HELP = {"port": "Port to serve on, 1 to 65535 (default: 8000)."}


@task
def clean(c):
    """Remove the output folder (only one that `podium build` wrote)."""
    from podium.settings import get as typed_settings
    from podium_cli.build import MARKER, load_settings, output_setting_problems

    settings = _one_line(load_settings, SETTINGS)
    output = _shown(Path(settings["OUTPUT_PATH"]))
    # What the build refuses to replace (OUTPUT_PATH = "." or "content"), clean
    # refuses to remove: a .podium-output file there, which a pull request can
    # add to content/, was all it asked, and it deleted the project.
    if problems := output_setting_problems(settings, SETTINGS, typed_settings(settings)):
        print("\n".join(issue.format() for issue in problems), file=sys.stderr)
        sys.exit(2)
    if os.path.islink(output):  # never follow it: the build refuses one too
        _refused(output, "it is a symlink")
    if not os.path.lexists(output):
        return  # nothing to remove
    if not os.path.isdir(output):  # said nothing, and the file stayed
        _refused(output, "it is a file, not the folder Podium builds into")
    marker = os.path.join(output, MARKER)
    if not os.path.isfile(marker) or os.path.islink(marker):
        _refused(output, f"no {MARKER} file, so Podium did not write it")
    # What OUTPUT_RETENTION keeps across builds (a gh-pages checkout's .git)
    # is not the site: it stays, with the marker that lets the build reuse it.
    kept = set(settings.get("OUTPUT_RETENTION") or ())
    try:
        names = set(os.listdir(output))
        if kept & names:
            for name in sorted(names - kept - {MARKER}):
                path = os.path.join(output, name)
                if os.path.isdir(path) and not os.path.islink(path):
                    shutil.rmtree(path)
                else:
                    os.unlink(path)
        else:
            shutil.rmtree(output)
    except OSError as exc:  # written by another user (a build as root): a traceback
        hint = "; remove it as the user that built it" if isinstance(exc, PermissionError) else ""
        what = f"{exc.filename}: " if exc.filename else ""
        sys.exit(f"{output}: error: not removed: {what}{exc.strerror or exc}{hint}")


def _refused(output: str, why: str) -> None:
    """A folder ``clean`` will not remove is wrong usage (exit 2), as `podium build
    -o` refusing one is; a removal that fails is a failure (1)."""
    print(f"{output}: error: not removed: {why}", file=sys.stderr)
    sys.exit(2)


@task
def check(c):
    """Validate content without building."""
    _podium("check")


@task
def build(c):
    """Build the local version of the site."""
    _build(SETTINGS)


@task
def rebuild(c):
    """Build from scratch, with empty caches."""
    from podium.cache import build_cache, foreign_entries
    from podium.outputs import protected
    from podium_cli.build import load_settings

    settings = _one_line(load_settings, SETTINGS)
    # The cache the build uses: PODIUM_CACHE_PATH when it is set, not always
    # .podium-cache here; never a folder that holds the project or its content.
    cache = _one_line(build_cache, settings)
    for what, path in protected(settings, Path(SETTINGS)):
        if path.is_relative_to(cache):
            sys.exit(f"{cache}: error: not removed: PODIUM_CACHE_PATH contains {what}")
    if foreign := foreign_entries(cache):
        # PODIUM_CACHE_PATH = "docs": the build adds its folders to docs/, and
        # emptying it "to build from scratch" deleted the documentation.
        more = f" (and {len(foreign) - 3} more)" if len(foreign) > 3 else ""
        named = ", ".join(foreign[:3]) + more
        _refused(_shown(cache), f"it holds {named}, which no build wrote there; set "
                 "PODIUM_CACHE_PATH to a folder of its own, or empty it yourself")  # fmt: skip
    _empty_the_cache(cache)
    _build(SETTINGS)


def _empty_the_cache(cache: Path) -> None:
    """Remove the cache folder; one warning line for what stays. It was removed
    with ignore_errors=True: a file the build's user may not delete (written by a
    build as root, in a read-only mount) stayed without a word, and the build
    after it reused it while the task said it built from scratch."""
    if os.path.islink(cache) or not os.path.isdir(cache):
        return  # none yet; or no folder, which the build says and uses none of
    left: list[tuple[str, OSError]] = []

    def keep(function, path, error):
        error = error[1] if isinstance(error, tuple) else error  # onerror's exc_info
        # No cache yet: nothing to do; a folder left because a file in it stayed:
        # that file is the one to name.
        if not isinstance(error, FileNotFoundError) and error.errno != errno.ENOTEMPTY:
            left.append((path, error))

    if sys.version_info >= (3, 12):
        shutil.rmtree(cache, onexc=keep)
    else:
        shutil.rmtree(cache, onerror=keep)
    if left:
        path, error = left[0]
        more = f" (and {len(left) - 1} more)" if len(left) > 1 else ""
        hint = "; remove it as the user that wrote it" if isinstance(error, PermissionError) else ""
        print(f"{_shown(Path(path))}: warning: not removed from the cache{more}: "
              f"{error.strerror or error}, so the build may reuse it{hint}",
              file=sys.stderr)  # fmt: skip


@task
def regenerate(c):
    """Build, then build again whenever content, theme or settings change."""
    from podium_cli.serve import regenerate as podium_regenerate

    _one_line(podium_regenerate, SETTINGS)


def _serve(host: str, port: str, watch: bool) -> None:
    """``podium serve``, its one-line errors and SIGTERM's line said as the tasks'."""
    from podium_cli.serve import serve as podium_serve

    _one_line(
        podium_serve, SETTINGS, host, _port(port), watch=watch, terminated=TERMINATED,
        program="tasks.py",
    )  # fmt: skip


@task(help=PORT_HELP)
def serve(c, port="8000"):
    """Build, then serve on http://localhost:PORT without watching."""
    _serve("127.0.0.1", port, watch=False)


@task(help=PORT_HELP)
def serve_global(c, port="8000", host="0.0.0.0"):
    """As serve, on every network interface (to look at it from a phone)."""
    # --host "$HOST" with HOST unset built the site and said "Serving on
    # http://:8000/", an address no browser opens; `podium serve --bind ""` is refused.
    _an_argument("--host", host, "an address of this machine, like 0.0.0.0 (every interface)")
    _serve(host, port, watch=False)


@task(help=PORT_HELP)
def reserve(c, port="8000"):
    """Build, then serve (Pelican's build-and-serve; Podium's serve always builds first)."""
    serve(c, port)


@task(help=PORT_HELP)
def livereload(c, port="8000"):
    """Build, serve, rebuild on change and reload the browser."""
    _serve("127.0.0.1", port, watch=True)


@task
def preview(c):
    """Build the production version of the site."""
    _build(PUBLISH_SETTINGS)


def _an_argument(option: str, value: str, what: str) -> None:
    """One line of wrong usage, before a build, for a value the program it is handed
    to would read as an option or as nothing: `invoke publish --target=-n` ran
    rsync -n (a dry run that sends nothing) and --target="--rsh=..." any command,
    `invoke gh-pages --branch=--force` pushed with that option; a blank one (an
    unset variable in a script) was a branch or a folder named " "."""
    if value.strip() and not value.startswith("-"):
        return
    why = "it would be read as an option" if value.strip() else "it is empty"
    print(f"tasks.py: error: {option} must be {what}, not {value!r} ({why})", file=sys.stderr)
    sys.exit(2)  # wrong usage, as a wrong --port


def _needs(program: str, how: str = "") -> None:
    """One line, before a build, when the program a task hands the site to is missing
    (it used to build first, then fail with "command not found", exit 127)."""
    if shutil.which(program) is None:
        hint = f"; install it ({how})" if how else "; install it"
        sys.exit(f"tasks.py: error: {program} is not on the PATH{hint}")


def _needs_an_address() -> None:
    """One line, before a build, when publishconf.py builds for an address on a
    reserved name that can never be a site (the demo's .example, when
    PODIUM_SITEURL is not set): its canonical URLs, sitemap and feeds would all
    point there."""
    from urllib.parse import urlsplit

    from podium_cli.build import load_settings

    siteurl = _one_line(load_settings, PUBLISH_SETTINGS)["SITEURL"]
    host = (urlsplit(siteurl).hostname or "").rstrip(".")
    if host.rpartition(".")[2] in ("example", "invalid", "test", "localhost", ""):
        sys.exit(f"tasks.py: error: {PUBLISH_SETTINGS} builds the site for "
                 f"{siteurl or '(no address)'}, an address that cannot exist; set "
                 "PODIUM_SITEURL=https://your.address "
                 f"(or SITEURL in {PUBLISH_SETTINGS})")  # fmt: skip


@task
def publish(c, target=""):
    """Build with publishconf.py and rsync its OUTPUT_PATH to PODIUM_SSH_TARGET (or --target)."""
    destination = target or SSH_TARGET
    if not destination:
        print("tasks.py: error: no place to publish to: set PODIUM_SSH_TARGET=user@host:/path "
              "or pass --target", file=sys.stderr)  # fmt: skip
        sys.exit(2)  # wrong usage, as a wrong --port
    _an_argument("--target" if target else "PODIUM_SSH_TARGET", destination,
                 "a place rsync sends the site to, like user@host:/var/www/careers")  # fmt: skip
    _needs("rsync")
    _needs_an_address()
    _not_the_project(destination, "--target" if target else "PODIUM_SSH_TARGET")
    output = _shown(_build(PUBLISH_SETTINGS))
    # No --cvs-exclude (pelican-quickstart's): it skips every file or folder
    # named "core" or "tags", so a story or theme with that slug never reached
    # the server. output/ holds only what the build wrote.
    # Quoted for the shell c.run hands it to: "My Sites/public" or a target
    # "host:/var/www/werken bij" each stay one argument.
    source, target = shlex.quote(f"{output}/"), shlex.quote(destination)
    keep = "".join(f" --exclude={shlex.quote('/' + name)}" for name in _not_the_site())
    # --delay-updates --delete-delay: each new file waits beside the old one (in
    # .~tmp~/) and all go live together at the end, deletions after them. rsync
    # replaced and deleted file by file, so a publish cut off half way left the
    # live hub a mix of the new site and the old, pages gone that it links to.
    # Run again, rsync finishes what it had sent and removes .~tmp~/.
    atomic = "--delete-delay --delay-updates"
    c.run(f"rsync -e ssh -P -rvzc {atomic}{keep} {source} {target}", pty=True)


def _not_the_project(destination: str, option: str) -> None:
    """One line of wrong usage, before a build, for a local target that is, holds or
    lies inside the project, content/, the theme, the plugins or the home folder:
    rsync --delete makes it the site, so `invoke publish --target .` (or content)
    deleted every story, the settings and the theme, as `podium build -o .` is refused
    for. A remote target (host:path, rsync://) is the server's own business."""
    import re

    from podium.outputs import protected
    from podium_cli.build import load_settings

    if re.match(r"[^/]*:", destination) or not os.path.isfile(PUBLISH_SETTINGS):
        return  # (no publishconf.py: the address check before this said so)
    settings = _one_line(load_settings, PUBLISH_SETTINGS)
    place = Path(destination).expanduser().resolve()
    for what, path in protected(settings, Path(PUBLISH_SETTINGS)):
        if place == path:
            how = f"is {what}"
        elif path.is_relative_to(place):
            how = f"holds {what}"
        elif what not in ("the project folder", "the home folder") and place.is_relative_to(path):
            how = f"is inside {what}"
        else:
            continue
        print(f"tasks.py: error: {option} {destination!r} {how}, and rsync --delete would "
              "make it the site, deleting the rest; give the server's folder, like "
              "user@host:/var/www/careers", file=sys.stderr)  # fmt: skip
        sys.exit(2)


def _not_the_site() -> list[str]:
    """What the output holds beside the site, never to be published: what
    OUTPUT_RETENTION keeps there (a gh-pages checkout's .git) and the file that
    marks the folder as Podium's."""
    from podium_cli.build import MARKER

    return [*_retained(), MARKER]


def _retained() -> list[str]:
    from podium_cli.build import load_settings

    if not os.path.isfile(PUBLISH_SETTINGS):  # the build just made with it said so
        return []
    names = _one_line(load_settings, PUBLISH_SETTINGS).get("OUTPUT_RETENTION") or ()
    return [n for n in names if isinstance(n, str) and n and "/" not in n]


@task
def gh_pages(c, branch="gh-pages"):
    """Build with publishconf.py and push its OUTPUT_PATH to the gh-pages branch (ghp-import)."""
    _an_argument("--branch", branch, "the branch to push the site to, like gh-pages")
    _needs("ghp-import", "pip install ghp-import")
    _needs_an_address()
    output = _build(PUBLISH_SETTINGS)
    # ghp-import commits every file of the folder it is given, and has no way to
    # leave one out: OUTPUT_RETENTION = [".git"] (Pelican's way to keep a gh-pages
    # checkout in the output) put that whole .git into the branch, which git's own
    # checks, and GitHub's on push, refuse ("hasDotgit"). It gets a copy without them.
    skipped = set(_not_the_site())
    with tempfile.TemporaryDirectory(prefix="podium-gh-pages-") as staging:
        site = Path(staging) / "site"
        shutil.copytree(output, site, symlinks=True, copy_function=_link_or_copy,
                        ignore=lambda folder, names: skipped & set(names)
                        if Path(folder) == output else ())  # fmt: skip
        branch, folder = shlex.quote(branch), shlex.quote(site.as_posix())
        cname = _custom_domain(site)
        cname = f" --cname {shlex.quote(cname)}" if cname else ""
        c.run(f"ghp-import -b {branch} --no-jekyll{cname} --push --force --no-history {folder}")


def _custom_domain(site: Path) -> str | None:
    """The CNAME GitHub Pages needs to keep the hub on its own domain: SITEURL's host
    when it is no github.io address and has no path (one under a path is a project
    page on the owner's domain, whose CNAME is that site's), unless the output has
    a CNAME of its own (README, STATIC_PATHS). GitHub keeps a custom domain set in
    its settings as a CNAME file in the branch, which the forced push of a branch
    without one removed: the README's `PODIUM_SITEURL=https://careers.example.com
    invoke gh-pages` took the hub off its domain on every publish."""
    from urllib.parse import urlsplit

    from podium_cli.build import load_settings

    if (site / "CNAME").exists() or not os.path.isfile(PUBLISH_SETTINGS):
        return None
    address = urlsplit(_one_line(load_settings, PUBLISH_SETTINGS)["SITEURL"])
    host = (address.hostname or "").rstrip(".")
    if not host or host.endswith(".github.io") or address.path.strip("/"):
        return None
    return host


def _link_or_copy(source: str, target: str) -> None:
    """A file of the copy ghp-import reads: a hard link where the file system allows."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)
