"""A machine with only Python: the build works, /admin/ is left out with one warning."""

from __future__ import annotations

import logging

from pelican.log import LimitFilter

import podium_cms.plugin
from podium_cli.build import build, load_settings
from podium_testkit import copy_site


class _Keep(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record):
        self.messages.append(record.getMessage())


def test_the_build_succeeds_without_node_modules(tmp_path, monkeypatch):
    site = copy_site(tmp_path)
    monkeypatch.setattr(podium_cms.plugin, "bundle_files", lambda project=None: [])
    # Pelican logs each message once per process; this test must see its own.
    monkeypatch.setattr(LimitFilter, "_raised_messages", set())
    keep = _Keep()
    logger = logging.getLogger(podium_cms.plugin.__name__)
    # `podium build -q` elsewhere in the suite leaves the root logger at ERROR;
    # this test must hear the warning whatever ran before it.
    level = logger.level
    logger.setLevel(logging.WARNING)
    logger.addHandler(keep)
    try:
        plugins = load_settings(site / "pelicanconf.py")["PLUGINS"]
        result = build(
            site / "pelicanconf.py", tmp_path / "out",
            PODIUM_CMS={"repo": "example/site"}, PLUGINS=[*plugins, "podium_cms"],
        )  # fmt: skip
    finally:
        logger.removeHandler(keep)
        logger.setLevel(level)
    assert (result.output / "index.html").is_file()
    assert not (result.output / "admin").exists()
    assert result.stats["warnings"] >= 1
    assert keep.messages == [
        "the browser editor (/admin/) is left out: decap-cms is not installed; "
        "run `npm ci` (python3 dev.py setup does) to add it"
    ]
