"""Which folders an output folder may never be, contain or sit inside of.

One rule for every way the hub is written: ``podium build`` refuses such an
output before it builds (``podium_cli.build.check_output``), ``podium check``
says so on the settings' OUTPUT_PATH line (``output_setting_problems``), and a
plain ``pelican`` run stops at start-up (``podium_render``). The render step
had a narrower copy of its own (content/ and the theme), so ``pelican content
-o plugins`` or an output holding the cache folder went through there.
"""

from __future__ import annotations

from pathlib import Path

from .cache import FOLDER
from .paths import OUTPUT_MARKER
from .settings import PodiumSettings

# output/ in the project (or in the home folder) is normal: only being one of
# these, or holding one, is wrong.
INSIDE_OK = frozenset(("the project folder", "the home folder"))


def protected(settings: dict, settings_file: Path) -> list[tuple[str, Path]]:
    """The hub's inputs, each (what, resolved path): the project folder, the
    settings file, content/, the home folder, the theme and the plugins."""
    settings_file = settings_file.resolve()
    out = [
        ("the project folder", settings_file.parent),
        ("the settings file", settings_file),
        ("content/", Path(settings["PATH"]).resolve()),
        ("the home folder", Path.home().resolve()),
    ]
    if settings.get("THEME"):
        out.append(("the theme", Path(settings["THEME"]).resolve()))
    for plugins in settings.get("PLUGIN_PATHS") or []:
        out.append(("the plugins", Path(settings_file.parent, plugins).resolve()))
    return out


def output_protected(
    settings: dict, settings_file: Path, ps: PodiumSettings | None
) -> list[tuple[str, Path]]:
    """What an output folder may never be, contain, or sit inside of: the inputs,
    and the cache folder, which the build sweeps of files it takes for stale (an
    output inside it) and whose files an output's swap threw away and published
    (a cache inside it: PODIUM_CACHE_PATH = "output/cache"). ``ps``: the typed
    settings; None for a wrong setting, said with the others (no cache folder)."""
    if ps is None:
        return protected(settings, settings_file)
    configured = ps.cache_path
    cache = Path(configured) if configured else ps.content_root.resolve().parent / FOLDER
    return [*protected(settings, settings_file), ("the cache folder", cache.resolve())]


def clash(final: Path, folders: list[tuple[str, Path]]) -> tuple[str, str, Path] | None:
    """The first of ``folders`` (``output_protected``) that the output ``final``
    (resolved) is, contains or, but for INSIDE_OK, sits inside of: (what, how
    it is said, like "is inside content/", its path); None when none is."""
    for what, path in folders:
        if final == path:
            return what, f"is {what}", path
        if path.is_relative_to(final):
            return what, f"contains {what}", path
        if what not in INSIDE_OK and final.is_relative_to(path):
            return what, f"is inside {what}", path
    return None


def earlier_output(final: Path) -> Path | None:
    """The output folder a build wrote (its marker a file) that ``final`` is
    inside: the next build there replaces it whole, and ``final`` with it."""
    marked = (
        p
        for p in final.parents
        if (p / OUTPUT_MARKER).is_file() and not (p / OUTPUT_MARKER).is_symlink()
    )
    return next(marked, None)
