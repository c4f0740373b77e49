"""Warnings on settings that Pelican's own themes read and Podium's theme does not.

pelican-quickstart writes ``LINKS`` and ``SOCIAL`` into every new
pelicanconf.py, and a Pelican user moving a site over keeps ``MENUITEMS``;
Podium's theme shows none of them, so the company's LinkedIn page given in
``SOCIAL`` was nowhere, without a word. ``podium check`` says so, once per
setting, on the line that assigns it (a warning: the hub builds the same).
"""

from __future__ import annotations

from pathlib import Path

from podium.errors import Issue, display_path
from podium.settings import setting_line

_ELSEWHERE = "a link belongs in a story, or in a template of your own through "
_ELSEWHERE += "THEME_TEMPLATES_OVERRIDES"
# setting: (what Podium's theme does instead, what to do).
THEME_ONLY = {
    "LINKS": ("shows no blogroll", f"remove it ({_ELSEWHERE})"),
    "LINKS_WIDGET_NAME": ("shows no blogroll", "remove it"),
    "SOCIAL": (
        "shows no social links",
        "remove it, and give the company's own profiles in PODIUM_BRAND['same_as'] "
        "(the JobPosting's hiringOrganization names them)",
    ),
    "SOCIAL_WIDGET_NAME": ("shows no social links", "remove it"),
    "MENUITEMS": ("has its own menu", f"remove it ({_ELSEWHERE})"),
    "DISPLAY_PAGES_ON_MENU": ("has its own menu", "remove it"),
    "DISPLAY_CATEGORIES_ON_MENU": ("has its own menu", "remove it"),
    "GITHUB_URL": ("shows no repository ribbon", "remove it"),
    "TWITTER_USERNAME": ("shows no Twitter button", "remove it"),
    "DISQUS_SITENAME": ("has no comments", "remove it"),
    "GOOGLE_ANALYTICS": (
        "loads no analytics script",
        "remove it (one would need a consent banner; a template of your own can add it)",
    ),
}


def theme_only_warnings(settings_file: str | Path, content_root: Path) -> list[Issue]:
    """One warning per Pelican theme setting assigned in the settings file, or in
    the pelicanconf.py beside it (which publishconf.py imports with ``*``)."""
    given = Path(settings_file)
    files = [given] + ([given.parent / "pelicanconf.py"] if given.name != "pelicanconf.py" else [])
    issues, said = [], set()
    for path in files:
        for name, (instead, advice) in THEME_ONLY.items():
            line = setting_line(str(path), name)
            if line is None or name in said:
                continue
            said.add(name)
            issues.append(
                Issue(
                    display_path(path, content_root),
                    line,
                    f"setting {name} is read by Pelican's own themes only, and Podium's "
                    f"theme {instead}; {advice}",
                    "warning",
                )
            )
    return issues
