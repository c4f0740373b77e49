"""``podium serve``: build, serve on localhost, rebuild and reload on change.

The browser reloads through a tiny polling script that the templates add
only when ``PODIUM_LIVERELOAD`` is set (here, never in a real build): it
asks ``/__podium/version`` once a second and reloads when a rebuild
succeeded. No websocket library and no extra dependency. After a failed
rebuild ``/__podium/errors`` holds its lines, which the script shows on the
page (as Hugo's server does): whoever saved the story, in an editor or the
CMS, sees why the page did not change without reading the terminal.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import logging
import os
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import click

from podium import not_found
from podium.errors import ContentError, counted, unexpected

from .build import TERMINATED, build, load_settings, run_settings_file, terminate_cleanly

log = logging.getLogger(__name__)


class _State:
    version = 0
    serving = False  # False under `regenerate`, which builds and serves nothing
    admin_csp: str | None = None  # set by --cms: the header /admin/ is served with
    errors: tuple[str, ...] = ()  # the last rebuild's error lines; empty when it succeeded


# Never output/, with or without --drafts: its pages carry the live-reload
# script (and drafts, and /admin/ for decap-server on this machine), and
# output/ is what `podium build` publishes and `invoke publish` uploads.
PREVIEW_OUTPUT = ".podium-preview"


def _failed(output: Path) -> None:
    if _State.serving and not output.is_dir():
        # The first build of a fresh checkout: serve stops (_serve), and there
        # was never a site to go on serving, as this line used to claim.
        click.echo(
            f"Build failed; nothing is served (no earlier preview in {os.path.relpath(output)}/): "
            "fix the errors above and run podium serve again",
            err=True,
        )
    elif _State.serving:
        click.echo("Build failed; still serving the previous site.", err=True)
    else:
        click.echo(f"Build failed; {os.path.relpath(output)}/ is left as it was.", err=True)


def _rebuild(
    settings_file: str, output: Path, drafts: bool = False, extra=None, values=None
) -> bool:
    """Build into ``output``; ``values``: the settings file's as start-up read them
    (a rebuild after a change runs the file again)."""
    overrides = {"PODIUM_LIVERELOAD": True, **(extra or {})}
    if drafts:
        overrides["PODIUM_PREVIEW"] = True
    try:
        result = build(settings_file, output, values=values, **overrides)
    except ContentError as exc:
        _State.errors = tuple(issue.format() for issue in exc.issues)
        for line in _State.errors:
            click.echo(line, err=True)
        _failed(output)
        return False
    except Exception as exc:
        # A bug or the machine (a plugin's error, a full disk): one line, as
        # `podium build` says it, and keep watching. Raised, it ended the
        # watching thread, and no later fix was ever built.
        if os.environ.get("PODIUM_DEBUG"):
            raise
        _State.errors = (unexpected(exc),)
        click.echo(_State.errors[0], err=True)
        _failed(output)
        return False
    _State.errors = ()
    _State.version += 1
    click.echo(f"Built {counted(result.pages, 'page')}.")
    return True


class _Handler(SimpleHTTPRequestHandler):
    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, ".yml": "text/yaml"}

    def end_headers(self):
        if _State.admin_csp and self.path.split("?")[0].startswith("/admin/"):
            # The meta tag works on any static host; a header also covers
            # what a meta tag cannot (frame-ancestors), where we serve it.
            policy = _State.admin_csp + "; frame-ancestors 'none'"
            self.send_header("Content-Security-Policy", policy)
            self.send_header("X-Robots-Tag", "noindex, nofollow")
            self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def parse_request(self) -> bool:
        # Bound to this machine only (the default), answer only to its names: a
        # page that rebinds its own name to 127.0.0.1 (DNS rebinding) would
        # otherwise read the preview, drafts included. `--bind` elsewhere is
        # an explicit choice to be reached by other names.
        if not super().parse_request():
            return False
        if _loopback(self.server.server_address[0]) and not _local_name(self.headers["Host"]):
            self.send_error(403, "This preview answers only to localhost and 127.0.0.1")
            return False
        return True

    def do_GET(self):  # noqa: N802 - http.server API
        if self.path in ("/__podium/version", "/__podium/errors"):
            errors = "\n".join(_State.errors)
            body = (str(_State.version) if self.path.endswith("version") else errors).encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Cache-Control", "no-store")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        return super().do_GET()

    def send_head(self):
        # A path no file name can hold, a NUL ("/%00") or half a UTF-16 pair
        # ("/%ed%a0%80"), made http.server's open() raise ValueError (or
        # UnicodeEncodeError, one too): a traceback in the terminal and no answer.
        try:
            return super().send_head()
        except ValueError:
            self.send_error(400, "Bad request: no file name holds this path's characters")
            return None

    def send_error(self, code, message=None, explain=None):
        # The site's own 404 page, as the production host would serve it (that of
        # the path's language folder), with no body for a HEAD request.
        if code == 404 and not_found.send(self, self.directory):
            return
        super().send_error(code, message, explain)

    def log_message(self, format, *args):  # noqa: A002
        log.debug(format, *args)


def _loopback(address: str) -> bool:
    return address.startswith("127.") or address == "::1"


def _local_name(host: str | None) -> bool:
    """Whether a Host header names this machine: localhost, 127.x or [::1], any port."""
    name = (host or "").strip().lower()
    name = name[1 : name.index("]")] if name.startswith("[") and "]" in name else name.split(":")[0]
    return name in ("localhost", "::1") or name.startswith("127.")


def serve(
    settings_file: str,
    bind: str,
    port: int,
    watch: bool = True,
    drafts: bool = False,
    cms_port: int | None = None,
    terminated: str = TERMINATED,
    program: str = "podium",
) -> None:
    """``terminated``: the line SIGTERM stops it with, and ``program`` the name its
    one-line errors begin with (invoke's tasks say their own: "tasks.py")."""
    # The file is run once at start-up: its values give the watch list, --cms
    # and the first build (it ran twice, a side effect in it, such as a
    # download or a log line, twice).
    values = run_settings_file(settings_file)
    settings = load_settings(settings_file, values=values)
    output = Path(settings_file).resolve().parent / PREVIEW_OUTPUT
    # The preview links itself, whatever SITEURL says: built for the public address
    # (`-s publishconf.py`, a SITEURL in pelicanconf.py) its stylesheet came from
    # the public site and every link left localhost for it. Links written in full
    # to the hub are still checked against that address.
    extra, proxy = _local_links(settings), None
    # A plain `kill` (or `timeout`) stops serve as it stops every command: one
    # line, exit status 143, and decap-server stopped on the way out, not left
    # holding its port. Its own handler here was sys.exit(0), without a word.
    with terminate_cleanly(terminated):
        try:
            if cms_port is not None:
                cms, proxy = _start_cms(settings_file, settings, cms_port, program)
                extra = {**extra, **cms}
            _serve(
                settings_file, settings, values, output, (bind, port), watch, drafts, extra, program
            )
        finally:
            if proxy is not None:
                from podium_cms.proxy import stop

                stop(proxy)


def _local_links(settings: dict) -> dict:
    """Overrides that make a preview's links root-relative (SITEURL empty), so they
    stay on the server whatever name it is reached by (localhost, a phone on the
    network with serve-global)."""
    public = settings.get("SITEURL") or settings.get("PODIUM_PUBLIC_SITEURL")
    # SITEURL as the file gave it: the publish settings' warning of an empty
    # or reserved address judges that one, not the preview's own "".
    extra: dict = {
        "SITEURL": "",
        "FEED_DOMAIN": "",
        "PODIUM_SERVED_SITEURL": settings.get("SITEURL"),
    }
    if public:
        extra["PODIUM_PUBLIC_SITEURL"] = public
    return extra


def _start_cms(settings_file: str, settings: dict, cms_port: int, program: str = "podium"):
    """decap-server on 127.0.0.1, rooted at content/; the build adds /admin/ for it."""
    from podium import settings as podium_settings
    from podium_cms import cms_config, content_security_policy
    from podium_cms.proxy import ProxyError, start

    local = f"http://127.0.0.1:{cms_port}/api/v1"
    plugins = list(settings.get("PLUGINS") or [])
    extra = {"PODIUM_CMS_LOCAL": local}
    if "podium_cms" not in plugins:
        extra["PLUGINS"] = [*plugins, "podium_cms"]
    ps = podium_settings.get(settings)
    _State.admin_csp = content_security_policy(cms_config(settings, ps, local))
    project = Path(settings_file).resolve().parent
    try:
        proxy = start(Path(settings["PATH"]), cms_port, project)
    except ProxyError as exc:
        click.echo(f"{program}: error: {exc}", err=True)
        raise SystemExit(1) from None
    click.echo(f"Editor backend (decap-server) on http://127.0.0.1:{cms_port}, writing to content/")
    return extra, proxy


class _Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        # A browser that stops loading a page (left, reloaded) closes its connection
        # mid-file: http.server printed a BrokenPipeError traceback for each, in the
        # terminal where the build's lines are read. Nothing went wrong here.
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


def _serve(settings_file, settings, values, output, address, watch, drafts, extra, program) -> None:
    bind, port = address
    handler = functools.partial(_Handler, directory=str(output))
    # The port first: one that is taken (another serve still running) is said at
    # once, in one line, not as "OSError: [Errno 98] ..." after a whole build.
    try:
        server = _Server((bind, port), handler)
    except OSError as exc:
        # A port in use wants another port; an address this machine does not
        # have (a typo in --bind, a name that does not resolve) wants another --bind.
        hint = (
            "choose another port with --port"
            if exc.errno == errno.EADDRINUSE
            else "give --bind an address of this machine, like 127.0.0.1 or 0.0.0.0"
        )
        click.echo(
            f"{program}: error: cannot serve on {bind}:{port}: {exc.strerror or exc}; {hint}",
            err=True,
        )
        raise SystemExit(1) from None
    _State.serving = True
    if not _rebuild(settings_file, output, drafts, extra, values) and not output.is_dir():
        server.server_close()
        raise SystemExit(1)
    click.echo(f"Serving on http://{'localhost' if bind == '127.0.0.1' else bind}:{port}/")
    if extra.get("PODIUM_CMS_LOCAL"):
        click.echo(f"Editor: http://{'localhost' if bind == '127.0.0.1' else bind}:{port}/admin/")
    if watch:
        roots = _roots(settings, settings_file)
        thread = threading.Thread(
            target=_watch, args=(roots, settings_file, output, drafts, extra), daemon=True
        )
        thread.start()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def regenerate(settings_file: str) -> None:
    """Build, then build again on every change, serving nothing (``pelican -r``)."""
    values = run_settings_file(settings_file)
    settings = load_settings(settings_file, values=values)
    output = Path(settings["OUTPUT_PATH"])
    # Nothing serves these pages: no live-reload script in them, as in a plain build.
    plain = {"PODIUM_LIVERELOAD": False}
    # Said here, not left to the class default: a `podium serve` earlier in this
    # process (invoke's tasks, the tests) leaves it True, and a failed build
    # here then said "nothing is served (no earlier preview ...)".
    _State.serving = False
    _rebuild(settings_file, output, extra=plain, values=values)
    click.echo("Watching content/, the theme and the settings; Ctrl+C stops.")
    with contextlib.suppress(KeyboardInterrupt):
        _watch(_roots(settings, settings_file), settings_file, output, False, plain)


def _roots(settings: dict, settings_file: str) -> list[Path]:
    """What a change in triggers a rebuild: content, theme, the templates of one's own
    (THEME_TEMPLATES_OVERRIDES), settings file and the settings files it imports
    (publishconf.py's pelicanconf.py)."""
    overrides = settings.get("THEME_TEMPLATES_OVERRIDES") or ()
    mine = [Path(p) for p in overrides if isinstance(p, (str, os.PathLike))]
    return [Path(settings["PATH"]), Path(settings["THEME"]), *mine, *_settings_files(settings_file)]


def _settings_files(settings_file: str) -> list[Path]:
    """The settings file and the files beside it that it imports by name, at any
    depth: `serve -s publishconf.py` watched publishconf.py alone, and a change to
    pelicanconf.py, where nearly every setting is, rebuilt nothing."""
    import ast

    found: list[Path] = []
    todo = [Path(settings_file).resolve()]
    while todo:
        file = todo.pop()
        if file in found:
            continue
        found.append(file)
        try:
            tree = ast.parse(file.read_text(encoding="utf-8"))
        except (OSError, SyntaxError, UnicodeDecodeError, ValueError):
            continue  # the build says what is wrong with it
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            for name in names:
                sibling = file.parent / f"{name.split('.')[0]}.py"
                if sibling.is_file():
                    todo.append(sibling)
    return found


def _watch(roots: list[Path], settings_file: str, output: Path, drafts: bool, extra) -> None:
    from watchfiles import watch

    for _changes in watch(*[r for r in roots if r.exists()]):
        _rebuild(settings_file, output, drafts, extra)
