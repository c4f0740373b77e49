# A small site for end-to-end tests: the real theme and plugins, fixed clock.
from pathlib import Path

import podium
from podium.pipeline import STEPS

# Tests copy this site to a temporary folder: find the repo through the package.
ROOT = Path(podium.__file__).resolve().parents[2]

SITENAME = "Werken bij Testbedrijf"
SITEURL = ""
PATH = "content"
OUTPUT_PATH = "output"
THEME = str(ROOT / "theme")
TIMEZONE = "Europe/Amsterdam"
DEFAULT_LANG = "nl"
PLUGIN_PATHS = [str(ROOT / "plugins")]
PLUGINS = list(STEPS)  # the whole pipeline, in order, from its one definition
PODIUM_LANGUAGES = ["nl", "en"]
PODIUM_BRAND = {"name": "Testbedrijf", "color": "#0b5d4b", "accent": "#f2b134"}
PODIUM_TEAMS = {"engineering": {"nl": "Techniek", "en": "Engineering"}, "support": "Support"}
PODIUM_ALUMNI_POLICY = "keep"
PODIUM_TODAY = "2026-06-01"
DEFAULT_PAGINATION = 2
