"""Pipeline step 2, validate: the whole content tree, before anything is built.

Connected to Pelican's ``initialized`` signal, so even a plain ``pelican``
run refuses invalid content instead of silently skipping a story.
"""

from __future__ import annotations

import logging
from pathlib import Path

from pelican import signals

from podium import settings as podium_settings
from podium.errors import ContentError

from .site import validate_site

log = logging.getLogger(__name__)


def _validate(pelican) -> None:
    ps = podium_settings.get(pelican.settings)
    issues, _ = validate_site(Path(pelican.settings["PATH"]), ps)
    errors = [i for i in issues if i.severity == "error"]
    for issue in issues:
        if issue.severity != "error":
            log.warning(issue.format())
    if errors:
        raise ContentError(errors)


def register() -> None:
    signals.initialized.connect(_validate)
