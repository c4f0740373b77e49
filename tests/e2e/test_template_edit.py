"""A template edited between two builds of one process is used (``podium serve``).

The render step turns off Jinja's ``auto_reload`` (no stat of a template file
per lookup), which is right only while every build makes new environments.
"""

from __future__ import annotations

import shutil

from podium_cli.build import build
from podium_testkit import ROOT


def test_a_template_edited_between_builds_in_one_process_is_used(site, tmp_path):
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "theme", theme)
    settings, output = site / "pelicanconf.py", site / "output"
    build(settings, output, THEME=str(theme))
    assert "podium-edited" not in (output / "index.html").read_text("utf-8")
    base = theme / "templates" / "base.html"
    base.write_text(base.read_text("utf-8").replace("</body>", "<!-- podium-edited --></body>"))
    build(settings, output, THEME=str(theme))
    assert "<!-- podium-edited -->" in (output / "index.html").read_text("utf-8")
