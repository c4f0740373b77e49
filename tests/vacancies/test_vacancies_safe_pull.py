"""Safe pulls: one wrong setting or a half-empty feed must not close the job board."""

from __future__ import annotations

import json

from .conftest import FIXTURES, JSON, VENDORS
from .test_vacancies_cli import run, settings_for


def _personio(ats, **extra) -> dict:
    entry = {"name": "personio-helder", "kind": "personio", "url": ats.url("/xml"), **extra}
    return {"PODIUM_FEEDS": [entry], "DEFAULT_LANG": "nl"}


def test_missing_default_country_would_drop_every_record_and_is_refused(ats, tmp_path):
    # The recorded Personio feed names no country in any office: it depends
    # on default_country. Dropping that setting would skip every position.
    assert run(_personio(ats, default_country="NL"), tmp_path).exit_code == 0
    snapshot = tmp_path / "vacancies" / "feeds" / "personio-helder.json"
    before = snapshot.read_bytes()
    assert len(json.loads(before)["vacancies"]) == 4

    result = run(_personio(ats), tmp_path)
    assert result.exit_code == 1
    assert snapshot.read_bytes() == before  # byte-identical
    errors = [line for line in result.output.splitlines() if ": error: " in line]
    assert errors == [
        f"feed personio-helder ({ats.url('/xml')}): error: refused: the pull would close all "
        "4 open vacancies (the feed gave none that can be published); snapshot left unchanged; "
        "fix the feed or its settings, or pass --force"
    ]
    # Every skipped position says how to fix it.
    skipped = [line for line in result.output.splitlines() if "skipped post" in line]
    assert len(skipped) == 6  # five positions (one repeated), the open application
    fixes = [line for line in skipped if "names no known country" in line]
    assert len(fixes) == 6  # the country is looked at first
    assert all('--country NL, or "default_country": "NL"' in line for line in fixes)


def test_an_emptied_feed_is_refused_and_force_overrides(ats, tmp_path):
    settings = settings_for(ats, "greenhouse")
    assert run(settings, tmp_path).exit_code == 0
    snapshot = tmp_path / "vacancies" / "feeds" / "greenhouse-helder.json"
    before = snapshot.read_bytes()
    ats.serve(VENDORS["greenhouse"][0], (FIXTURES / "greenhouse-empty.json").read_bytes(), JSON)

    refused = run(settings, tmp_path)
    assert refused.exit_code == 1 and "would close all 3 open vacancies" in refused.output
    assert snapshot.read_bytes() == before

    forced = run(settings, tmp_path, "--force")
    assert forced.exit_code == 0, forced.output
    records = json.loads(snapshot.read_text())["vacancies"]
    assert [r["status"] for r in records] == ["gone", "gone", "gone"]


def test_dropping_more_than_the_share_is_refused(ats, tmp_path):
    path, fixture, _ = VENDORS["greenhouse"]
    settings = settings_for(ats, "greenhouse")
    assert run(settings, tmp_path).exit_code == 0
    snapshot = tmp_path / "vacancies" / "feeds" / "greenhouse-helder.json"
    before = snapshot.read_bytes()
    doc = json.loads((FIXTURES / fixture).read_text())
    doc["jobs"] = [j for j in doc["jobs"] if j["id"] == 4012005]  # 2 of 3 open jobs gone
    ats.serve(path, json.dumps(doc).encode(), JSON)

    refused = run(settings, tmp_path)
    assert refused.exit_code == 1
    assert "would close 2 of 3 open vacancies (67%, more than max_drop 50%)" in refused.output
    assert snapshot.read_bytes() == before

    # Fresh settings, as a new run reads them: the typed settings are parsed once
    # per settings dict (podium.settings.get), so editing this one would not count.
    settings = settings_for(ats, "greenhouse")
    settings["PODIUM_FEEDS"][0]["max_drop"] = 0.7
    allowed = run(settings, tmp_path)
    assert allowed.exit_code == 0, allowed.output
    statuses = {r["id"]: r["status"] for r in json.loads(snapshot.read_text())["vacancies"]}
    assert statuses == {"4012001": "gone", "4012002": "gone", "4012005": "present"}


def test_a_first_pull_of_an_empty_feed_is_fine(ats, tmp_path):
    ats.serve(VENDORS["greenhouse"][0], (FIXTURES / "greenhouse-empty.json").read_bytes(), JSON)
    result = run(settings_for(ats, "greenhouse"), tmp_path)
    assert result.exit_code == 0, result.output
    assert "0 open, 0 gone" in result.output


def test_max_drop_must_be_a_share(ats, tmp_path):
    settings = settings_for(ats, "greenhouse")
    settings["PODIUM_FEEDS"][0]["max_drop"] = 5
    result = run(settings, tmp_path)
    assert result.exit_code == 1
    assert "PODIUM_FEEDS[0]['max_drop'] must be a share between 0 and 1" in result.output


def test_emptying_a_feed_of_one_job_says_so_in_the_singular(ats, tmp_path):
    # "the pull would close all 1 open vacancies": a board with one job.
    path, fixture, _ = VENDORS["greenhouse"]
    doc = json.loads((FIXTURES / fixture).read_text())
    doc["jobs"] = [j for j in doc["jobs"] if j["id"] == 4012005]
    ats.serve(path, json.dumps(doc).encode(), JSON)
    settings = settings_for(ats, "greenhouse")
    assert run(settings, tmp_path).exit_code == 0
    ats.serve(path, (FIXTURES / "greenhouse-empty.json").read_bytes(), JSON)
    refused = run(settings_for(ats, "greenhouse"), tmp_path)
    assert refused.exit_code == 1
    assert "would close its 1 open vacancy (the feed gave none" in refused.output, refused.output


def test_a_feed_that_swapped_its_one_job_says_so_in_the_singular(ats, tmp_path):
    # "would close 1 of 1 open vacancies": the board's one job replaced by another.
    path, fixture, _ = VENDORS["greenhouse"]
    doc = json.loads((FIXTURES / fixture).read_text())
    doc["jobs"] = [j for j in doc["jobs"] if j["id"] == 4012005]
    ats.serve(path, json.dumps(doc).encode(), JSON)
    assert run(settings_for(ats, "greenhouse"), tmp_path).exit_code == 0
    doc["jobs"] = [dict(doc["jobs"][0], id=4012099)]
    ats.serve(path, json.dumps(doc).encode(), JSON)
    refused = run(settings_for(ats, "greenhouse"), tmp_path)
    assert refused.exit_code == 1
    said = "would close its 1 open vacancy (100%, more than max_drop 50%)"
    assert said in refused.output, refused.output
