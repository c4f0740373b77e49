"""Pelican glue: write ``/admin/`` (page, config, bundle) with the site.

The page is rendered from the theme's ``admin.html``; the configuration is
generated on every build (never hand-kept). Without node_modules (a machine
with only Python) the build still succeeds: /admin/ is left out with one
warning that says how to get it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from pelican import signals
from pelican.generators import Generator

from podium import pipeline
from podium import settings as podium_settings
from podium_read.body import ALLOWED_TAGS
from podium_render.files import write_text

from .bundle import bundle_files, copy_bundle
from .config import (
    DECAP_PHRASES,
    cms_config,
    config_yaml,
    content_security_policy,
    preview_words,
    refused_uploads,
    screen_reader_names,
    slug_rule,
)

log = logging.getLogger(__name__)
ADMIN_DIR = "admin"


def enabled(settings) -> bool:
    """/admin/ is built when a production backend is configured or serve --cms runs."""
    ps = podium_settings.get(settings)
    return ps.cms is not None or ps.cms_local is not None


class AdminGenerator(Generator):
    def generate_context(self) -> None:
        pass

    def generate_output(self, writer) -> None:
        if not enabled(self.settings):
            return
        ps = podium_settings.get(self.settings)
        project = Path(ps.settings_file).resolve().parent
        files = bundle_files(project)
        if not files:
            log.warning(
                "the browser editor (/admin/) is left out: decap-cms is not installed; "
                "run `npm ci` (python3 dev.py setup does) to add it"
            )
            return
        site = self.context.get(pipeline.SITE)
        config = cms_config(self.settings, ps, ps.cms_local, site=site)
        out = Path(self.output_path) / ADMIN_DIR
        copy_bundle(files, out)
        # A full disk names the file, as the render step's own writes do.
        write_text(out / "config.yml", config_yaml(config))
        writer.write_file(
            f"{ADMIN_DIR}/index.html",
            self.get_template("admin"),
            self.context,
            relative_urls=False,
            csp=content_security_policy(config),
            admin_lang=ps.default_lang,
            # The tags a story's HTML may use (admin.js keeps those raw); not a task
            # list's box and label, which Markdown writes ("- [ ] taak"): typed, they are text.
            html_tags=" ".join(sorted(ALLOWED_TAGS - {"input", "label"})),
            # The photos admin.js refuses at upload (HEIC, SVG), with the reason.
            refused_uploads=refused_uploads(ps),
            # Decap's words its own locale lacks, in the editor's language.
            decap_phrases=DECAP_PHRASES.get(ps.default_lang, {}),
            # Names for what Decap leaves unnamed to a screen reader.
            screen_reader_names=screen_reader_names(ps),
            # How a title or a person's name is made a slug, as the build makes it.
            slug_rule=slug_rule(),
            # The story page's words the preview shows (kind, date, credit line,
            # the themes' names and the open jobs' titles).
            preview_words=preview_words(ps, site),
        )


def _generators(_pelican):
    return AdminGenerator


def register() -> None:
    signals.initialized.connect(pipeline.on_initialized)  # PLUGINS order, as every step
    signals.get_generators.connect(_generators)
