"""The publish settings beside a settings file: publishconf.py's SITEURL.

`podium build`, `check` and `serve` (podium_cli.build) and a plain `pelican`
run (podium.pipeline) read it for a settings file with no SITEURL of its own,
so what names a page's address (canonical, og:image, sitemap, feeds) names the
hub's as published.
"""

from __future__ import annotations

import contextlib
import re
import sys
import types
from pathlib import Path

from pelican.settings import get_settings_from_file

from .markup import web_address

PUBLISH_SETTINGS = "publishconf.py"
_ABSOLUTE_URL = re.compile(r"https?://[^\s\x00-\x1f\x7f/?#@]+(?:/[^\s\x00-\x1f\x7f?#]*)?")


def public_site_url(path: Path, values: dict) -> str | None:
    """The SITEURL of the publishconf.py beside the settings file ``path``, when
    it is an absolute address; else None. ``values``: what ``path`` assigned,
    which publishconf.py's ``from pelicanconf import *`` takes, so the settings
    file is not run a second time (its module-level code, prints and all).

    pelicanconf.py's SITEURL is empty for local previews, and the pull
    request's `podium check` runs with it: a story's link to the published hub
    written in full (https://werkenbij.example/stories/x/), and a root path on a
    hub served under a sub-path, went unchecked until the publish build, after
    the merge. The links are judged against the hub as published. A
    publishconf.py that cannot be run is passed by: the publish build says why.
    """
    publish = path.parent / PUBLISH_SETTINGS
    if publish.name == path.name or not publish.is_file():
        return None
    stand_in = types.ModuleType(path.stem)
    stand_in.__dict__.update(values)
    try:
        with imports_beside(publish):
            before = sys.modules.get(path.stem)
            sys.modules[path.stem] = stand_in
            try:
                url = get_settings_from_file(str(publish)).get("SITEURL")
            finally:
                if before is None:
                    sys.modules.pop(path.stem, None)
                else:
                    sys.modules[path.stem] = before
    # sys.exit() there too: it ended `podium check` of pelicanconf.py, status 0.
    except (Exception, SystemExit):  # noqa: BLE001 - any failure of that file is the publish build's
        return None
    if not isinstance(url, str) or not _ABSOLUTE_URL.fullmatch(url) or not web_address(url):
        return None
    return url


@contextlib.contextmanager
def imports_beside(path: Path):
    """While a settings file loads, the modules it imports by a bare name are the
    files beside it, read afresh: publishconf.py's `from pelicanconf import *`
    (after `sys.path.append(os.curdir)`, as Pelican's quickstart writes it).

    From another folder that import failed ("No module named 'pelicanconf'") or
    took the pelicanconf.py of the folder podium ran in; and Python keeps what it
    imported once (Pelican too leaves every settings file it loads in sys.modules,
    by its name), so `podium serve -s publishconf.py` never read a changed
    pelicanconf.py again. Installed and standard modules are never dropped.
    """
    import sysconfig

    folder = path.resolve().parent
    installed = [Path(p).resolve() for k, p in sysconfig.get_paths().items()
                 if k in ("stdlib", "platstdlib", "purelib", "platlib")]  # fmt: skip
    for sibling in folder.glob("*.py"):
        module = sys.modules.get(sibling.stem)
        file = getattr(module, "__file__", None)
        if module is None or not file or sibling.stem == "__main__":
            continue
        if not any(Path(file).resolve().is_relative_to(p) for p in installed):
            del sys.modules[sibling.stem]
    sys.path.insert(0, str(folder))
    try:
        yield
    finally:
        with contextlib.suppress(ValueError):
            sys.path.remove(str(folder))
