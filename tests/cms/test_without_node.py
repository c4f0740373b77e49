"""A machine with only Python: the build works, /admin/ is left out with one warning."""

from __future__ import annotations

import podium_cms.plugin
from podium_cli.build import build, load_settings
from podium_testkit import copy_site


def test_the_build_succeeds_without_node_modules(tmp_path, monkeypatch, caplog):
    site = copy_site(tmp_path)
    monkeypatch.setattr(podium_cms.plugin, "bundle_files", lambda project=None: [])
    plugins = load_settings(site / "pelicanconf.py")["PLUGINS"]
    result = build(
        site / "pelicanconf.py", tmp_path / "out",
        PODIUM_CMS={"repo": "example/site"}, PLUGINS=[*plugins, "podium_cms"],
    )  # fmt: skip
    assert (result.output / "index.html").is_file()
    assert not (result.output / "admin").exists()
    assert "the browser editor (/admin/) is left out: decap-cms is not installed" in caplog.text
