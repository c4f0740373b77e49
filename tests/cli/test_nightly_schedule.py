"""`podium check` and the nightly publish's cron, which GitHub reads in UTC.

The committed workflow runs at 04:17 UTC: 05:17 or 06:17 in Amsterdam, early
on the day it publishes. For a hub whose TIMEZONE is west of UTC that is the
evening before (23:17 in New York in winter), so a story scheduled for a day
appeared almost a day late and a story whose consent ended stayed online for
almost a whole day more; far east it is mid-morning (09:47 in Kolkata)."""

from __future__ import annotations

import pytest

from podium_testkit import ROOT

WORKFLOW = ".github/workflows/publish.yml"


def _hub(site, timezone: str, cron: str = "17 4 * * *") -> None:
    conf = site / "pelicanconf.py"
    conf.write_text(
        conf.read_text().replace('TIMEZONE = "Europe/Amsterdam"', f'TIMEZONE = "{timezone}"'),
        "utf-8",
    )
    workflow = site / WORKFLOW
    workflow.parent.mkdir(parents=True)
    text = (ROOT / WORKFLOW).read_text(encoding="utf-8")
    assert '- cron: "17 4 * * *"' in text
    workflow.write_text(text.replace('"17 4 * * *"', f'"{cron}"'), encoding="utf-8")


def _line(site) -> int:
    lines = (site / WORKFLOW).read_text(encoding="utf-8").splitlines()
    return next(n for n, text in enumerate(lines, 1) if "- cron:" in text)


def test_a_nightly_run_the_evening_before_in_new_york_is_a_warning(run, site):
    _hub(site, "America/New_York")
    result = run("check")
    assert result.exit_code == 0, result.output
    assert (
        f'{WORKFLOW}:{_line(site)}: warning: the nightly publish (cron "17 4 * * *", in UTC) '
        "runs at 23:17 in America/New_York (TIMEZONE) in January, the evening before: "
        "scheduled stories appear and ended consent and vacancies come down almost a day "
        'late; run it just after midnight there, cron "17 5 * * *"'
    ) in result.output.splitlines()


@pytest.mark.parametrize(
    "timezone, cron, warned",
    [
        ("Europe/Amsterdam", "17 4 * * *", None),  # 05:17 CET, 06:17 CEST: the committed one
        ("Asia/Kolkata", "17 4 * * *", "runs at 09:47 in Asia/Kolkata (TIMEZONE) in January"),
        ("Asia/Kolkata", "47 18 * * *", None),  # 00:17 the next day there
        ("America/New_York", "17 5 * * *", None),  # 00:17 EST, 01:17 EDT
        # Standard time is the southern winter: 01:17 NZDT in January, 00:17 NZST in July.
        ("Pacific/Auckland", "17 12 * * *", None),
        ("Pacific/Auckland", "17 4 * * *", 'cron "17 12 * * *"'),
    ],
)
def test_the_cron_is_judged_in_the_hubs_time_zone_all_year(run, site, timezone, cron, warned):
    _hub(site, timezone, cron)
    result = run("check")
    assert result.exit_code == 0, result.output
    if warned is None:
        assert WORKFLOW not in result.output, result.output
    else:
        assert warned in result.output, result.output


def test_a_hub_without_the_workflow_is_not_judged(run, site):
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text().replace('"Europe/Amsterdam"', '"America/New_York"'), "utf-8")
    result = run("check")
    assert result.exit_code == 0, result.output
    assert "cron" not in result.output


def test_a_day_fixed_in_the_settings_of_a_published_hub_is_a_warning(run, site):
    # README: "Set PODIUM_TODAY=2027-03-01 (environment or setting) to preview
    # another day". Left in pelicanconf.py, every nightly publish was judged on
    # that day: scheduled stories never appeared, and stories whose consent
    # ended and closed vacancies (with their JobPosting) stayed online, while
    # podium check said nothing.
    _hub(site, "Europe/Amsterdam")
    conf = site / "pelicanconf.py"
    line = conf.read_text().splitlines().index('PODIUM_TODAY = "2026-06-01"') + 1
    result = run("check")
    assert result.exit_code == 0, result.output
    assert (
        f"pelicanconf.py:{line}: warning: setting PODIUM_TODAY fixes the day every build is "
        "judged against at 2026-06-01, so the nightly publish never publishes a scheduled "
        "story, nor takes down a story whose consent ended or a vacancy that closed; remove "
        "it, and preview another day with the environment variable instead "
        "(PODIUM_TODAY=2026-06-01 podium serve)"
    ) in result.output.splitlines()
    # From the environment, as tests and previews set it, it is not said.
    conf.write_text(conf.read_text().replace('PODIUM_TODAY = "2026-06-01"\n', ""), "utf-8")
    result = run("check")
    assert result.exit_code == 0 and "PODIUM_TODAY" not in result.output, result.output
