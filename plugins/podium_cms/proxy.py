"""decap-server, the editor's local backend for ``podium serve --cms``.

It runs in its file-system mode, bound to 127.0.0.1 and rooted at the
site's content/ folder: decap-server refuses any path that does not resolve
(symlinks included) under its root, so the editor can write only there. It
answers only requests addressed to this machine's own names (``host_guard.js``,
loaded before it): a web page that rebinds its own name to 127.0.0.1 gets 403.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from pathlib import Path

from podium.settings import child_environment

from .bundle import find_package


class ProxyError(Exception):
    pass


def start(content: Path, port: int, project: Path | None = None) -> subprocess.Popen:
    """Start decap-server; return once it accepts connections (ProxyError otherwise)."""
    if content.is_symlink():
        # A pull request can make content/ a link (git stores one), to ".." or a
        # home folder: decap-server's root is the real path, so the editor read
        # and wrote there (pelicanconf.py, .git/hooks). The build refuses it too.
        raise ProxyError(
            f"{content.name}/ is a symlink to a folder, and the editor would write wherever "
            f"it points; make {content.name}/ a folder of the project"
        )
    node = shutil.which("node") or shutil.which("nodejs")
    if node is None:
        raise ProxyError("--cms needs Node.js (node) to run decap-server; install Node.js")
    package = find_package("decap-server", project)
    if package is None:
        raise ProxyError("--cms needs decap-server from npm: run `npm ci` (python3 dev.py setup)")
    with socket.socket() as probe:  # a stale server on the port would answer for us
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # TIME_WAIT is fine
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            message = f"port {port} on 127.0.0.1 is in use; choose another with --cms-port"
            raise ProxyError(message) from None
    env = child_environment(
        PORT=str(port),
        BIND_HOST="127.0.0.1",
        MODE="fs",
        GIT_REPO_DIRECTORY=str(content.resolve()),
        LOG_LEVEL="warn",
        PODIUM_ALLOWED_HOSTS=",".join(
            f"{name}:{port}" for name in ("127.0.0.1", "localhost", "[::1]")
        ),
    )
    # decap-server lets pages of the origin in ORIGIN call it (CORS), else only
    # localhost's and 127.0.0.1's, which the editor's page is. A shell's ORIGIN
    # (set for another tool) would open it to that site, so it is left out; and it
    # loads a `.env` of its working folder, the project's root when started from
    # there, where a pull request could add `ORIGIN=https://...`: it starts in its
    # own package's folder instead (the content folder is GIT_REPO_DIRECTORY).
    env.pop("ORIGIN", None)
    package = package.resolve()  # PODIUM_NODE_MODULES may be relative to here
    guard = Path(__file__).with_name("host_guard.js")
    proc = subprocess.Popen(
        [node, "--require", str(guard), str(package / "dist" / "index.js")],
        env=env,
        cwd=package,
        stdin=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise ProxyError(f"decap-server exited with status {proc.returncode}")
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    return proc
            except OSError:
                time.sleep(0.1)
        raise ProxyError(f"decap-server did not listen on 127.0.0.1:{port} within 20 s")
    except BaseException:
        # Not listening in time, or Ctrl-C / SIGTERM while it started: the
        # caller never gets ``proc`` to stop, so it is stopped here.
        stop(proc)
        raise


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        proc.kill()
