"""The hub's own 404 page on a local server, as the production host serves it.

Both local servers use it: ``podium serve`` (and the invoke tasks over it) and
Pelican's own ``pelican --listen``, whose handler answered a missing page with
nothing at all: it closed the connection, so a browser showed its own "empty
response" page and a link checker an error, never a 404.
"""

from __future__ import annotations

import posixpath
import urllib.parse
from pathlib import Path


def page_for(root: str | Path, request_path: str) -> Path | None:
    """The 404 page for ``request_path``: that of its language folder (/en/... gets
    en/404.html, which the build writes for every language but the default), as a
    host that serves the nearest 404.html does, else the site's /404.html; None
    when the site has none."""
    path = urllib.parse.unquote(request_path.split("?", 1)[0].split("#", 1)[0])
    # As the server resolves it: "/en/../x" is /x, a page of the default language.
    first = posixpath.normpath("/" + path).lstrip("/").split("/")[0]
    if first and first not in (".", "..") and _is_file(Path(root, first, "404.html")):
        return Path(root, first, "404.html")
    page = Path(root, "404.html")
    return page if _is_file(page) else None


def _is_file(path: Path) -> bool:
    """``path.is_file()``, and False for a name the file system refuses: a folder
    name of 5,000 letters raised OSError (File name too long), a traceback."""
    try:
        return path.is_file()
    except (OSError, ValueError):
        return False


def send(handler, root: str | Path) -> bool:
    """Answer ``handler``'s request (an ``http.server`` handler) with the hub's 404
    page and status 404; False when the site has none. A HEAD request gets the
    headers only, as HTTP asks (the page was sent after them)."""
    page = page_for(root, handler.path)
    if page is None:
        return False
    body = page.read_bytes()
    handler.send_response(404)
    handler.send_header("Content-Type", "text/html; charset=utf-8")
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    if handler.command != "HEAD":
        handler.wfile.write(body)
    return True


def under_pelican() -> None:
    """Make ``pelican --listen`` (and ``-lr``) answer a missing page with the hub's
    404 page: its handler logs "Unable to find ..." and returns without a response.
    Pelican imports the handler only to listen; changing it does nothing else."""
    from pelican.server import ComplexHTTPRequestHandler as Handler

    if getattr(Handler, "podium_not_found", False):
        return
    find, send_error = Handler.get_path_that_exists, Handler.send_error

    def get_path_that_exists(self, original_path):
        found = find(self, original_path)
        if not found and not send(self, self.base_path):
            self.send_error(404, "File not found")
        return found  # None: do_GET returns, the answer sent

    def send_error_page(self, code, message=None, explain=None):
        if code == 404 and send(self, self.base_path):
            return
        send_error(self, code, message, explain)

    Handler.get_path_that_exists = get_path_that_exists
    Handler.send_error = send_error_page
    Handler.podium_not_found = True
