"""A feed's name is its snapshot's file name: one git can check out everywhere."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from podium.errors import ContentError
from podium_vacancies.cli import vacancies
from podium_vacancies.feeds import FeedConfig

URL = "https://boards-api.greenhouse.io/v1/boards/helder/jobs"


@pytest.mark.parametrize("name", ["con", "nul", "com1", "lpt9"])
def test_a_feed_named_like_a_windows_device_is_a_setting_error(tmp_path, monkeypatch, name):
    """PODIUM_FEEDS name "con" was taken, and the pull wrote
    content/vacancies/feeds/con.json, a file git cannot check out on a Windows
    computer (CON is a device there, whatever the extension): the hub could
    no longer be cloned there."""
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ContentError) as exc:
        FeedConfig.from_settings({"PODIUM_FEEDS": [{"name": name, "kind": "greenhouse",
                                                    "url": URL}]})  # fmt: skip
    (issue,) = exc.value.issues
    assert issue.format() == (
        f"pelicanconf.py: error: setting PODIUM_FEEDS[0]['name'] is \"{name}\", a name Windows "
        f"keeps for a device: git cannot check its snapshot file {name}.json out on a Windows "
        f'computer; write another, like "{name}-1"'
    )
    assert FeedConfig.from_settings(
        {"PODIUM_FEEDS": [{"name": f"{name}-1", "kind": "greenhouse", "url": URL}]}
    )


def test_a_pull_named_like_a_windows_device_is_a_usage_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(
        vacancies,
        ["pull", "--kind", "greenhouse", "--url", URL, "--name", "con"],
        obj={"settings": {}, "content_dir": tmp_path},
    )
    assert result.exit_code == 2, result.output
    assert "--name" in result.output and "a name Windows keeps for a device" in result.output
    assert not (tmp_path / "vacancies").exists()
