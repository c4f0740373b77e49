"""The site model's themes file and withdrawn file: what each gives, and what it
says when it is missing or does not read."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from podium.errors import ContentError
from podium.settings import PodiumSettings
from podium_cms.config import load_choices
from podium_read.site import read_site
from podium_testkit import copy_site

SETTINGS = PodiumSettings(today=dt.date(2026, 6, 1))


def _said(site, name: str) -> list[str]:
    """The problem lines on content/``name``."""
    return [i.format() for i in site.problems if i.path == f"content/{name}"]


def test_the_themes_and_withdrawn_files_are_read(tmp_path):
    content = copy_site(tmp_path) / "content"
    site = read_site(content, SETTINGS)
    assert site.themes and site.themes_text == (content / "themes.yml").read_text("utf-8")
    assert site.withdrawn
    assert _said(site, "themes.yml") == _said(site, "withdrawn.yml") == []


def test_a_missing_themes_file_is_a_warning_with_or_without_stories(tmp_path):
    # On a new hub's first day, with no story yet, too (README, "Starting a hub").
    content = copy_site(tmp_path) / "content"
    (content / "themes.yml").unlink()
    site = read_site(content, SETTINGS)
    assert site.themes == () and site.themes_text is None
    warned = [
        "content/themes.yml: warning: not found: no story gets a theme and the hub has no "
        "theme pages; write the themes file (contract §3: slug, name, description, color, "
        "keywords)"
    ]
    assert _said(site, "themes.yml") == warned
    for folder in ("interviews", "columns"):
        shutil.rmtree(content / folder)
    assert _said(read_site(content, SETTINGS), "themes.yml") == warned


def test_a_themes_file_that_does_not_read_keeps_what_it_could(tmp_path):
    content = copy_site(tmp_path) / "content"
    (content / "themes.yml").write_bytes(b"- slug: caf\xe9\n")
    site = read_site(content, SETTINGS)
    assert site.themes == () and site.themes_text == ""
    (said,) = _said(site, "themes.yml")
    assert said.startswith("content/themes.yml:1: error: file is not valid UTF-8 (byte 0xe9)")
    (content / "themes.yml").write_text("- slug: [\n", "utf-8")
    site = read_site(content, SETTINGS)
    assert site.themes == () and site.themes_text == "- slug: [\n"
    (said,) = _said(site, "themes.yml")
    assert said.startswith("content/themes.yml:2: error: invalid YAML"), said


def test_a_withdrawn_file_that_does_not_read_is_said_and_withdraws_nothing(tmp_path):
    content = copy_site(tmp_path) / "content"
    (content / "withdrawn.yml").write_bytes(b"- slug: caf\xe9\n")
    site = read_site(content, SETTINGS)
    assert site.withdrawn == ()
    (said,) = _said(site, "withdrawn.yml")
    assert said.startswith("content/withdrawn.yml:1: error: file is not valid UTF-8 (byte 0xe9)")
    (content / "withdrawn.yml").unlink()
    assert read_site(content, SETTINGS).withdrawn == ()


def _withdrawn_also(tmp_path, lines: str):
    """The content folder of a copy of the test site whose withdrawn.yml ends
    in ``lines`` too (its one entry's on, then more entries)."""
    content = copy_site(tmp_path) / "content"
    record = content / "withdrawn.yml"
    record.write_text(record.read_text("utf-8") + lines, encoding="utf-8")
    return content


def test_a_people_address_copied_into_withdrawn_yml_is_told_its_slug(tmp_path):
    # "people: [/people/ben-bakker/]", the address copied from the browser, was
    # refused with 'write "people-ben-bakker"': a slug no page had, which,
    # written as told, kept nothing of Ben Bakker's and let a namesake take his
    # address. The hint is the slug the address names; so for a theme's old
    # address in themes.yml's "aliases".
    content = _withdrawn_also(
        tmp_path, "    people: [/people/ben-bakker/, 'https://werkenbij.example/en/people/ben-b']\n"
    )
    assert _said(read_site(content, SETTINGS), "withdrawn.yml") == [
        'content/withdrawn.yml:5: error: "/people/ben-bakker/" in "withdrawn.0.people" must '
        "be a slug of lowercase letters, digits and hyphens, not an address: write "
        '"ben-bakker", the slug at its end',
        'content/withdrawn.yml:5: error: "https://werkenbij.example/en/people/ben-b" in '
        '"withdrawn.0.people" must be a slug of lowercase letters, digits and hyphens, not '
        'an address: write "ben-b", the slug at its end',
    ]


def test_a_people_address_kept_by_two_withdrawn_entries_is_said_once(tmp_path):
    # Two entries (two stories of one colleague) each with people: [ben-bakker]:
    # podium check named one line as the one that keeps the address ("remove
    # it from its people"), and taken out there, the other still kept it, said
    # only at the next check. Kept in one entry, one line releases it.
    content = _withdrawn_also(
        tmp_path,
        "    people: [ben-bakker]\n  - slug: nog-een\n    people: [ben-bakker, ben-b, ben-b]\n",
    )
    site = read_site(content, SETTINGS)
    assert _said(site, "withdrawn.yml") == [
        'content/withdrawn.yml:7: warning: "ben-b" is listed twice in "withdrawn.1.people"; '
        "keep one",
        'content/withdrawn.yml:7: warning: "ben-bakker" in "withdrawn.1.people" is kept by '
        "line 5 already; keep it in one entry, so that taking it out there gives the address "
        "free",
    ]
    assert site.people_held == {"ben-bakker": 5, "ben-b": 7}


SECRET = "API_TOKEN=ghp_PODIUM_CANARY_7f3a91"


@pytest.mark.parametrize("name", ["themes.yml", "withdrawn.yml"])
def test_a_themes_or_withdrawn_file_linked_out_of_content_is_never_read(tmp_path, name):
    # A pull request's content/themes.yml -> ../.git/config (or a runner's
    # credentials file): the tree check refused the link, and the file was read
    # through it all the same, its first line quoted in an error of the public log.
    outside = tmp_path / "runner" / "credentials"
    outside.parent.mkdir()
    outside.write_text(f"{SECRET}\nother: line\n", "utf-8")
    content = copy_site(tmp_path) / "content"
    (content / name).unlink()
    (content / name).symlink_to(outside)
    site = read_site(content, SETTINGS)
    assert _said(site, name) == [
        f"content/{name}: error: this entry is a symlink that points outside content/"
    ]
    assert not any(SECRET in i.format() for i in site.problems)
    if name == "themes.yml":
        assert site.themes == () and SECRET not in (site.themes_text or "")
    else:
        assert site.withdrawn == ()


def test_the_editors_theme_choices_never_read_a_themes_file_linked_out(tmp_path):
    # podium serve --cms read it (load_themes) for the editor's theme choices.
    outside = tmp_path / "secret.yml"
    outside.write_text("themes:\n- slug: geheim\n  name: PODIUM_CANARY\n", "utf-8")
    content = copy_site(tmp_path) / "content"
    (content / "themes.yml").unlink()
    (content / "themes.yml").symlink_to(outside)
    with pytest.raises(ContentError) as caught:
        load_choices(content, SETTINGS)
    assert [(i.line, i.message) for i in caught.value.issues] == [
        (None, "this entry is a symlink that points outside content/")
    ]
