"""Build a site into a temporary folder and swap it in only on success.

A failed build must leave the previous ``output/`` exactly as it was: the
nightly publish job deploys whatever is in it, and a half-written site is
worse than yesterday's.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pelican import Pelican
from pelican.settings import read_settings

from podium.errors import ContentError, Issue


class _Counter(logging.Handler):
    """Keeps error records (Pelican logs some failures instead of raising)
    and counts warnings for the build summary."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []
        self.warnings = 0

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno >= logging.ERROR:
            self.records.append(record)
        else:
            self.warnings += 1


@dataclass
class BuildResult:
    output: Path
    pages: int = 0
    stats: dict[str, int] = field(default_factory=dict)  # e.g. cards_rendered, cards_reused


class _DropFeedDomainWarning(logging.Filter):
    # Pelican warns when SITEURL is empty and feeds are on. Podium's feeds are
    # root-relative in local previews by design; publishconf.py sets SITEURL.
    def filter(self, record: logging.LogRecord) -> bool:
        return "Feeds generated without SITEURL" not in record.getMessage()


def load_settings(settings_file: str | Path, **overrides: Any) -> dict:
    path = Path(settings_file)
    if not path.is_file():
        raise ContentError([Issue(str(settings_file), None, "settings file not found")])
    overrides.setdefault("PODIUM_SETTINGS_FILE", str(settings_file))
    settings_log = logging.getLogger("pelican.settings")
    drop = _DropFeedDomainWarning()
    settings_log.addFilter(drop)
    try:
        return read_settings(str(path), override=overrides)
    except ContentError:
        raise
    except Exception as exc:  # a syntax error in pelicanconf.py, say
        first = (str(exc).splitlines() or [""])[0]
        raise ContentError(
            [Issue(str(settings_file), None, f"{type(exc).__name__}: {first}")]
        ) from None
    finally:
        settings_log.removeFilter(drop)


def build(
    settings_file: str | Path, output: str | Path | None = None, **overrides: Any
) -> BuildResult:
    """Validate and build; raise ContentError and leave ``output`` untouched on failure."""
    settings = load_settings(settings_file, **overrides)
    final = Path(output or settings["OUTPUT_PATH"]).resolve()
    final.parent.mkdir(parents=True, exist_ok=True)
    # Same parent folder, so the final rename is atomic on one filesystem.
    tmp = Path(tempfile.mkdtemp(prefix=f".{final.name}.build-", dir=final.parent))
    counter = _Counter()
    root = logging.getLogger()
    root.addHandler(counter)
    try:
        settings = load_settings(settings_file, **{**overrides, "OUTPUT_PATH": str(tmp)})
        pelican = Pelican(settings)  # plugins validate all content here
        pelican.run()
        if counter.records:
            raise ContentError(
                [
                    Issue(settings_file and str(settings_file), None, _first_line(r))
                    for r in counter.records
                ]
            )
        pages = sum(1 for _ in tmp.rglob("*.html"))
        _swap(tmp, final)
        stats = {**settings.get("PODIUM_STATS", {}), "warnings": counter.warnings}
        return BuildResult(final, pages, stats)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    finally:
        root.removeHandler(counter)


def _first_line(record: logging.LogRecord) -> str:
    return "build failed: " + record.getMessage().splitlines()[0]


def _swap(new: Path, final: Path) -> None:
    os.chmod(new, 0o755)  # mkdtemp makes it 0700; web servers need to read it
    if final.exists():
        old = final.with_name(f".{final.name}.old-{os.getpid()}")
        os.replace(final, old)
        os.replace(new, final)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(new, final)
