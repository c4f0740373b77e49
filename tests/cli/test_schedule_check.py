"""`podium check` on a story's date far ahead: a mistyped year (2062 for 2026)
passes every other check and silently keeps the story off the hub for decades."""

from __future__ import annotations

import pytest

STORY = "content/columns/ben-bakker.md"  # dated 2026-04-10; the test site's today is 2026-06-01


def _date(site, value: str) -> None:
    story = site / STORY
    story.write_text(story.read_text().replace("date: 2026-04-10", f"date: {value}"), "utf-8")


def test_a_date_decades_ahead_is_a_warning_naming_the_year(run, site):
    _date(site, "2062-04-10")
    result = run("check", STORY)
    assert result.exit_code == 0, result.output  # scheduling far ahead stays allowed
    assert (
        f'{STORY}:3: warning: field "date" (2062-04-10) is a year or more after today '
        "(2026-06-01), so the story stays off the hub until then; is the year right?"
    ) in result.output.splitlines()


@pytest.mark.parametrize(
    "value, warned",
    [
        ("2026-09-01", False),  # a story scheduled for after the summer
        ("2027-05-31", False),
        ("2027-06-01", True),  # the year typed one too high on a story meant for today
        ("2027-06-01T09:30:00+02:00", True),
        ("2062-04-10T08:00:00-05:00", True),
    ],
)
def test_only_a_year_or_more_ahead_is_warned(run, site, value, warned):
    _date(site, value)
    result = run("check", STORY)
    assert result.exit_code == 0, result.output
    assert ("is a year or more after today" in result.output) is warned, result.output


def test_an_updated_date_after_today_is_a_warning(run, site):
    # updated: 2026-09-01 on a story published today (2026-06-01) passed without
    # a word: its page said "Bijgewerkt op 1 september 2026", and dateModified and
    # the sitemap's lastmod were months ahead (a date search engines distrust).
    story = site / STORY
    story.write_text(
        story.read_text().replace("date: 2026-04-10", "date: 2026-04-10\nupdated: 2026-09-01"),
        "utf-8",
    )
    result = run("check", STORY)
    assert result.exit_code == 0, result.output
    assert (
        f'{STORY}:4: warning: field "updated" (2026-09-01) is after today (2026-06-01): it is '
        "the day of a change already made, and neither the page nor search engines hear of "
        "it until then; use the day of the change, at the latest today"
    ) in result.output.splitlines()
    # A change made today, or a scheduled story updated before it appears, is fine.
    for text in ("updated: 2026-06-01", "date: 2026-09-01\nupdated: 2026-09-02"):
        story.write_text(story.read_text().replace("date: 2026-04-10\nupdated: 2026-09-01",
                                                   text), "utf-8")  # fmt: skip
        assert "is after today" not in run("check", STORY).output
        story.write_text(story.read_text().replace(text, "date: 2026-04-10\nupdated: 2026-09-01"),
                         "utf-8")  # fmt: skip


def test_a_vacancy_updated_after_today_is_a_warning_and_waits_for_its_day(run, site):
    # updated: 2026-09-01 on a vacancy posted in May (today 2026-06-01) gave its
    # page a sitemap lastmod three months ahead, without a word from check.
    from podium_cli.build import build

    job = "content/vacancies/data-engineer.yml"
    path = site / job
    path.write_text(
        path.read_text().replace(
            "date_posted: 2026-05-01", "date_posted: 2026-05-01\nupdated: 2026-09-01"
        ),
        "utf-8",
    )
    result = run("check")
    assert (
        f'{job}:7: warning: field "updated" (2026-09-01) is after today (2026-06-01): it is the '
        "day of a change already made, and neither job boards nor search engines hear of it "
        "until then; use the day of the change, at the latest today"
    ) in result.output.splitlines(), result.output
    out = build(site / "pelicanconf.py", site / "output").output
    sitemap = (out / "sitemap.xml").read_text(encoding="utf-8").replace("\n", "")
    assert "<loc>/vacancies/501/</loc><lastmod>2026-05-01</lastmod>" in sitemap
    out = build(site / "pelicanconf.py", site / "output", PODIUM_TODAY="2026-09-01").output
    sitemap = (out / "sitemap.xml").read_text(encoding="utf-8").replace("\n", "")
    assert "<loc>/vacancies/501/</loc><lastmod>2026-09-01</lastmod>" in sitemap


JOB = "content/vacancies/data-engineer.yml"  # posted 2026-05-01, valid through 2026-12-31


@pytest.mark.parametrize(
    "old, new, line, said",
    [
        # The year typed wrong: off the hub for decades, or open as long.
        (
            "date_posted: 2026-05-01\nvalid_through: 2026-12-31",
            "date_posted: 2062-05-01",
            6,
            'field "date_posted" (2062-05-01) is a year or more after today (2026-06-01), so '
            "the job stays off the hub until then",
        ),
        (
            "valid_through: 2026-12-31",
            "valid_through: 2062-12-31",
            7,
            'field "valid_through" (2062-12-31) is a year or more after today (2026-06-01), so '
            "the job stays open until then, in Google for Jobs too, even once filled",
        ),
    ],
)
def test_a_vacancy_date_decades_ahead_is_a_warning(run, site, old, new, line, said):
    job = site / JOB
    job.write_text(job.read_text(encoding="utf-8").replace(old, new), "utf-8")
    result = run("check")
    assert result.exit_code == 0, result.output
    assert f'{JOB}:{line}: warning: vacancy "501" {said}; is the year right?' in result.output


@pytest.mark.parametrize("valid_through", ["2027-05-31", "2027-07-01"])
def test_a_vacancy_open_under_a_year_is_not_warned(run, site, valid_through):
    # Under a year after today (2027-05-31), or after a posting day ahead
    # (2026-09-01 to 2027-07-01): planned, not mistyped.
    job = site / JOB
    text = job.read_text(encoding="utf-8").replace(
        "valid_through: 2026-12-31", f"valid_through: {valid_through}"
    )
    if valid_through == "2027-07-01":
        text = text.replace("date_posted: 2026-05-01", "date_posted: 2026-09-01")
    job.write_text(text, "utf-8")
    result = run("check")
    assert "a year or more after today" not in result.output, result.output


def test_a_left_date_a_year_or_more_ahead_is_a_warning_naming_the_policy(run, site):
    # "left: 2062-05-01" typed for 2026-05-01 passed without a word: the alumni
    # policy ("anonymize" here) applied only in 2062, so the name, portrait
    # and people page of someone who had left stayed on the hub for decades.
    # Said once, on the story that gives the line (the person's other stories
    # take the date from it), as a story's date and a vacancy's are.
    conf = site / "pelicanconf.py"
    policy = 'PODIUM_ALUMNI_POLICY = "keep"'
    conf.write_text(conf.read_text().replace(policy, policy.replace("keep", "anonymize")))
    story = site / STORY
    text = story.read_text()
    (site / "content" / "columns" / "ben-ouder.md").write_text(
        text.replace("date: 2026-04-10", "date: 2026-04-05").replace("title: ", "title: Ouder "),
        "utf-8",
    )
    story.write_text(text.replace("team: support", "team: support\nleft: 2062-05-01"), "utf-8")
    result = run("check")
    assert result.exit_code == 0, result.output
    said = [ln for ln in result.output.splitlines() if "is a year or more" in ln]
    assert said == [
        f'{STORY}:7: warning: field "left" (2062-05-01) is a year or more after today '
        '(2026-06-01), so the alumni policy ("anonymize") applies to Ben Bakker only then; is '
        "the year right?"
    ], result.output
    # A leaving day planned months ahead is not said.
    story.write_text(text.replace("team: support", "team: support\nleft: 2027-05-31"), "utf-8")
    assert "is a year or more" not in run("check").output
