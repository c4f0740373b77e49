"""The editor's configuration is generated from the schema, settings and content."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re
import shutil
from dataclasses import replace

import pytest
import yaml

from podium import settings as podium_settings
from podium.prompts import placeholders
from podium.slugs import MAX_ALIASES, MAX_STORY_SLUG
from podium_cli.build import build, load_settings
from podium_cms import cms_config, content_security_policy
from podium_cms import config as cms_module
from podium_cms.bundle import bundle_files
from podium_cms.config import FIELD_FILE_SLUG, FILE_NAME_LENGTH, FILE_SLUG, question_bank
from podium_read import parse_story
from podium_read.schema import (
    FIELDS,
    MAX_LEN,
    MAX_PROMPT_LEN,
    MAX_PROMPTS,
    SHARED_WITH_ORIGINAL,
)
from podium_read.themes import load_themes
from podium_testkit import ROOT
from podium_vacancies.load import load_all
from podium_validate.site import load_site


@pytest.fixture(scope="module")
def demo():
    settings = load_settings(ROOT / "pelicanconf.py")
    settings["PATH"] = str(ROOT / "content")
    return settings, podium_settings.get(settings)


def _collection(config, name):
    return next(c for c in config["collections"] if c["name"] == name)


def _stories(config):
    """The story collections (the hidden ones are files admin.js reads)."""
    return [c for c in config["collections"] if "folder" in c and not c.get("hide")]


def _field(collection, name):
    return next(f for f in collection["fields"] if f["name"] == name)


def _values(collection, name):
    return [o["value"] for o in _field(collection, name)["options"]]


def test_every_team_theme_and_vacancy_of_the_demo_is_a_choice(demo):
    settings, ps = demo
    config = cms_config(settings, ps)
    themes = [t.slug for t in load_themes(ROOT / "content" / "themes.yml", ps.languages)]
    vacancies = {v.id for v in load_all(ROOT / "content", ps.languages, ps.today).vacancies}
    assert len(ps.teams) == 3 and len(themes) >= 4 and len(vacancies) >= 8
    for collection in _stories(config):
        assert _values(collection, "team") == list(ps.teams)
        assert _values(collection, "themes") == themes
        assert set(_values(collection, "vacancies")) == vacancies
        assert _field(collection, "themes")["multiple"] is True
        assert "Automatische tagging" in _field(collection, "themes")["hint"]


def test_a_build_offers_its_site_models_choices_without_reading_again(demo, tmp_path, monkeypatch):
    """The build hands its site model over: themes.yml and vacancies are read once."""
    settings, ps = demo
    read = cms_config(settings, ps)
    content = shutil.copytree(ROOT / "content", tmp_path / "content")
    site = load_site(content, ps)

    def no_second_read(*_args):
        raise AssertionError("themes.yml and the vacancies were read a second time")

    monkeypatch.setattr(cms_module, "load_choices", no_second_read)
    assert cms_config(settings, ps, site=site) == read


def test_every_front_matter_field_has_a_widget(demo):
    settings, ps = demo
    config = cms_config(settings, ps)
    interviews = _collection(config, "interviews-nl")
    assert [f["name"] for f in interviews["fields"]] == [*FIELDS, "body"]
    columns = _collection(config, "columns-nl")
    assert "interviewer" not in [f["name"] for f in columns["fields"]]
    consent = _field(interviews, "consent")
    assert [f["name"] for f in consent["fields"]] == ["given", "until", "social"]
    assert _field(interviews, "date")["format"] == "YYYY-MM-DD"
    assert [o["value"] for o in _field(interviews, "status")["options"]] == ["published", "draft"]
    # A new story is a draft, as `podium new` writes it: its prompts are warnings.
    assert _field(interviews, "status")["default"] == "draft"
    # ...and "published" is refused while the text holds one (admin.js), as
    # `podium check` refuses such a published story.
    assert _field(interviews, "status")["widget"] == "podium-status"
    assert set(_field(interviews, "status")["placeholders"]) == set(placeholders())
    photo = _field(interviews, "photo")
    assert photo["widget"] == "podium-photo"  # opens the library only once titled (admin.js)
    assert config["media_folder"] == "content/images/people"
    # A folder per story, named as its file: an upload never replaces another
    # colleague's portrait of the same file name.
    assert photo["media_folder"] == "/content/images/people/" + FILE_SLUG
    assert photo["public_folder"] == "images/people/" + FILE_SLUG
    assert config["public_folder"] == "images/people"


def test_each_field_has_its_widget_and_only_the_contracts_required_ones_are_required(demo):
    """field_widgets was one dict of 330 lines, now a function per field with
    more to it than a pattern: each field keeps its widget, and what a story
    may leave out stays optional (Decap refuses to save without a required one)."""
    settings, ps = demo
    interviews = _collection(cms_config(settings, ps), "interviews-nl")
    fields = {f["name"]: f for f in interviews["fields"] if f["name"] != "body"}
    assert {name: f["widget"] for name, f in fields.items()} == {
        "title": "podium-title", "date": "podium-date", "author": "string", "role": "string",
        "consent": "object", "lang": "hidden", "slug": "podium-slug", "aliases": "list",
        "author_aliases": "list", "summary": "text", "quote": "text", "photo": "podium-photo",
        "team": "select", "location": "string", "interviewer": "string",
        "themes": "podium-choices", "vacancies": "podium-choices", "status": "podium-status",
        "left": "podium-date", "featured": "boolean", "share_prompts": "list",
        "updated": "podium-date",
    }  # fmt: skip
    required = [name for name, f in fields.items() if f.get("required", True)]
    assert required == ["title", "date", "author", "role", "consent", "lang"]
    # The years podium check takes, in the consent group's dates too.
    assert "years" in _field(interviews, "updated")
    assert all("years" in f for f in _field(interviews, "consent")["fields"][:2])


def test_a_share_prompt_with_a_comma_stays_one_question(demo):
    """Decap's list without ``field`` is one text box split at every comma: the
    demo's "Who helped you take a step in your career, and how?" would be saved
    as two prompts. Each question is its own string input instead, saved as a
    plain list of strings, the format the contract gives."""
    settings, ps = demo
    config = cms_config(settings, ps)
    with_comma = [
        q
        for path in (ROOT / "content").glob("*/*.md")
        for q in yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1]).get(
            "share_prompts", []
        )
        if "," in q
    ]
    assert with_comma  # the demo has such questions
    for collection in _stories(config):
        prompts = _field(collection, "share_prompts")
        assert prompts["widget"] == "list" and prompts["required"] is False
        assert "fields" not in prompts and "types" not in prompts  # a list of strings
        assert prompts["field"]["widget"] == "string"
        assert prompts["max"] == MAX_PROMPTS  # more are refused by `podium check`


def test_language_layout_matches_podium(demo):
    settings, ps = demo
    config = cms_config(settings, ps)
    nl = _collection(config, "interviews-nl")
    en = _collection(config, "interviews-en")
    assert nl["folder"] == en["folder"] == "content/interviews"
    assert "path" not in nl and nl["filter"] == {"field": "lang", "value": "nl"}
    # The suffix is the language: name.en.md without a `lang` line is listed too.
    assert "filter" not in en
    # name.en.md, named by its title like the original; the slug field links it.
    assert en["slug"] == FIELD_FILE_SLUG and en["extension"] == "en.md"
    assert nl["extension"] == "md"
    # The original is named by its slug, which admin.js makes of its title as
    # `podium new` does: the author's name would be in its URL and in what
    # `podium withdraw` records (no personal data there).
    assert nl["slug"] == FIELD_FILE_SLUG
    # The body editor offers no image button: it would write a path relative to the
    # page, which the read step refuses (always a broken image).
    (body,) = [f for f in nl["fields"] if f["name"] == "body"]
    assert body["editor_components"] == ["code-block"]
    # Typed "<b>vet</b>" is published bold, "a <b> c" as text (admin.js): the
    # writer, who never reads docs/cms.md, is told so under the text.
    assert "<b>vet</b>" in body["hint"] and "blijft HTML" in body["hint"]
    relation = _field(en, "slug")
    # Decap's relation widget, as admin.js registers it (minus the originals
    # translated already).
    assert relation["widget"] == "translation-of" and relation["collection"] == "interviews-nl"
    # Optional: a story only in English (two in the demo) has no original to pick,
    # and the file name does not depend on it (an empty one would name ".en.md").
    assert relation["required"] is False
    assert "{{fields.slug}}" not in en["slug"]
    # Named after its title, an English story of its own with a Dutch story's
    # title is that story's translation: the hint says so where it is written.
    assert "met dezelfde titel wordt het de vertaling" in relation["hint"]
    assert _field(en, "lang") == {"name": "lang", "label": "Taal", "widget": "hidden",
                                  "default": "en"}  # fmt: skip


def test_an_original_translated_already_is_named_in_its_field(demo, tmp_path):
    """The field "Vertaling van" offered every Dutch story, also one with an English
    translation already: picked, the new file had that translation's slug, and
    only `podium check` refused it afterwards. The field lists, per original,
    the translations it has in that language (admin.js leaves those out and
    refuses them, except in the translation itself)."""
    settings, ps = demo
    content = shutil.copytree(ROOT / "content", tmp_path / "content")
    ps = replace(ps, content_root=content)  # the typed settings of that content
    settings = {**settings, "PATH": str(content)}
    # An original named with its language suffix is "dag-op-zee.nl" in the editor.
    (content / "columns" / "van-gdansk-naar-zwolle.md").rename(
        content / "columns" / "van-gdansk-naar-zwolle.nl.md"
    )
    for config in (cms_config(settings, ps), cms_config(settings, ps, site=load_site(content, ps))):
        interviews = _field(_collection(config, "interviews-en"), "slug")["translated"]
        assert interviews == {
            "data-die-je-kunt-voelen": ["data-die-je-kunt-voelen.en.md"],
            "warmtepomp-geen-cv-ketel": ["warmtepomp-geen-cv-ketel.en.md"],
        }
        columns = _field(_collection(config, "columns-en"), "slug")
        gdansk = {"van-gdansk-naar-zwolle.nl": ["van-gdansk-naar-zwolle.en.md"]}
        assert columns["translated"] == gdansk
        assert "vertaling in het Engels: {files}" in columns["translated_message"]


def test_dates_podium_check_puts_in_order_are_checked_in_the_editor(demo):
    """A consent given after the story's date, one ending before it was given,
    an "updated" before the story's date: `podium check` refuses each, and the
    editor (widget podium-date, admin.js) compares the same two dates."""
    settings, ps = demo
    interviews = _collection(cms_config(settings, ps), "interviews-nl")
    consent = {f["name"]: f for f in _field(interviews, "consent")["fields"]}
    updated = _field(interviews, "updated")
    for field in (consent["given"], consent["until"], updated):
        assert field["widget"] == "podium-date" and field["format"] == "YYYY-MM-DD"
    assert consent["given"]["not_after"]["field"] == ["date"]
    assert consent["until"]["not_before"]["field"] == ["consent", "given"]
    assert updated["not_before"]["field"] == ["date"]
    assert "publicatiedatum ({other})" in consent["given"]["not_after"]["message"]


def test_the_end_of_consent_is_named_as_the_build_counts_it(demo, tmp_path):
    """A story is online on the last day of its consent and taken down the day
    after, but the form called the field "Toestemming geldt tot": a writer who
    set it to today to take a story down now (the README says yesterday) left
    it online another day. The label says "tot en met" ("through"), and its
    hint how to take a story down now."""
    settings, ps = demo
    story = tmp_path / "content" / "columns" / "laatste-dag.md"
    story.parent.mkdir(parents=True)
    story.write_text(
        "---\ntitle: Laatste dag\ndate: 2026-01-05\nauthor: Jo Hart\nrole: Planner\n"
        f"consent: {{given: 2026-01-01, until: {ps.today.isoformat()}}}\n---\nTekst.\n",
        encoding="utf-8",
    )
    parsed = parse_story(story, tmp_path / "content", ps)
    assert parsed.story.publication(ps) == "published"  # online on its last day
    columns = _collection(cms_config(settings, ps), "columns-nl")
    until = next(f for f in _field(columns, "consent")["fields"] if f["name"] == "until")
    assert "tot en met" in until["label"] and "gisteren" in until["hint"], until
    english = cms_module.LABELS["en"]  # an English hub's editor
    assert "through" in english["until"] and "yesterday" in english["until_hint"]


def test_a_withdrawn_slug_is_no_url_name_in_the_editor(demo, tmp_path):
    """A story at a withdrawn story's address is an error in `podium check`:
    the editor refuses it as a URL name or old URL name, and admin.js refuses
    a new story's title that would name the file so."""
    settings, ps = demo
    content = shutil.copytree(ROOT / "content", tmp_path / "content")
    ps = replace(ps, content_root=content)  # the typed settings of that content
    (content / "withdrawn.yml").write_text(
        "withdrawn:\n  - slug: weg-verhaal\n    langs: [nl]\n", encoding="utf-8"
    )
    config = cms_config({**settings, "PATH": str(content)}, ps)
    nl, en = _collection(config, "columns-nl"), _collection(config, "columns-en")
    assert _field(nl, "title")["widget"] == "podium-title"
    assert _field(nl, "title")["withdrawn"] == ["weg-verhaal"]
    assert _field(en, "title")["withdrawn"] == []  # withdrawn in Dutch only
    for pattern in (_field(nl, "slug")["pattern"], _field(nl, "aliases")["field"]["pattern"]):
        assert not re.match(pattern[0], "weg-verhaal")
        assert re.match(pattern[0], "weg-verhaal-2") and re.match(pattern[0], "weg")
        assert "teruggetrokken verhaal (weg-verhaal)" in pattern[1]
    assert re.match(_field(en, "aliases")["field"]["pattern"][0], "weg-verhaal")


def test_a_url_name_another_story_has_is_known_to_the_editor(demo):
    """Two stories with one slug in one language are an error in `podium
    check` ('is also used by'); the editor saved such a URL name. Its field
    now knows, per language, which files hold each slug (admin.js refuses one
    held by another file than the story's own)."""
    settings, ps = demo
    config = cms_config(settings, ps)
    nl = _field(_collection(config, "columns-nl"), "slug")
    assert nl["widget"] == "podium-slug"
    assert nl["taken"]["data-die-je-kunt-voelen"] == ["interviews/data-die-je-kunt-voelen.md"]
    # A draft is named only in the local editor's configuration: the
    # published one names what the hub shows (admin.js lists drafts live).
    assert "de-stormweek" not in nl["taken"]
    local = _field(_collection(cms_config(settings, ps, "http://localhost:8081/api/v1"),
                               "columns-nl"), "slug")  # fmt: skip
    assert local["taken"]["de-stormweek"] == ["columns/de-stormweek.md"]  # its own, kept
    assert "finding-my-place" not in nl["taken"]  # English only: free in Dutch
    assert "{files}" in nl["taken_message"]
    interviews = _field(_collection(config, "interviews-nl"), "slug")
    assert interviews["taken"] == nl["taken"]  # one URL space for both kinds
    # A new story's title names its file, so its slug: refused alike.
    title = _field(_collection(config, "columns-nl"), "title")
    assert title["taken"] == nl["taken"]
    assert "{slug}" in title["taken_message"] and "{files}" in title["taken_message"]


def test_another_storys_old_url_names_are_known_to_the_editor(demo, tmp_path):
    """A story with aliases: [oude-storm] redirects /stories/oude-storm/ to
    itself: a new column titled "Oude storm" was saved there, and only
    `podium check` refused it. The title and URL name fields now know each
    language's old URL names, slugs and paths, as the check counts them."""
    settings, ps = demo
    content = shutil.copytree(ROOT / "content", tmp_path / "content")
    ps = replace(ps, content_root=content)  # the typed settings of that content
    story = content / "columns" / "de-stormweek.md"
    text = story.read_text(encoding="utf-8")
    # Published: the editor's published configuration names no draft.
    story.write_text(
        text.replace(
            "\ntitle:", "\naliases: [oude-storm, /en/stories/old-storm/]\ntitle:", 1
        ).replace("\nstatus: draft\n", "\n"),
        encoding="utf-8",
    )
    config = cms_config({**settings, "PATH": str(content)}, ps)
    nl, en = _collection(config, "columns-nl"), _collection(config, "interviews-en")
    title = _field(nl, "title")
    assert title["old_names"]["oude-storm"] == ["columns/de-stormweek.md"]
    assert "old-storm" not in title["old_names"]  # the path names an English address
    assert "{slug}" in title["old_message"] and "{files}" in title["old_message"]
    assert title["story_urls"] == {"nl": "stories/{slug}/", "en": "en/stories/{slug}/"}
    assert _field(en, "title")["old_names"]["old-storm"] == ["columns/de-stormweek.md"]
    assert _field(nl, "slug")["old_names"] == title["old_names"]
    assert "{files}" in _field(nl, "slug")["old_message"]
    # An old URL name may not be another story's either; a story's
    # translations (one slug) share theirs.
    alias = _field(nl, "aliases")["field"]
    assert alias["old_names"] == title["old_names"] and "{files}" in alias["old_message"]
    assert alias["old_slugs"] == {"columns/de-stormweek.md": "de-stormweek"}


def test_an_old_url_name_taken_in_the_other_language_says_which(demo):
    """An old URL name written as an English path in a Dutch story
    ("/en/stories/storm/", storm.en.md's page) was refused with "een ander
    verhaal in deze taal heeft deze URL al": in this language, where it is not.
    The alias field has a message naming the language, in the editor's words."""
    settings, ps = demo
    alias = _field(_collection(cms_config(settings, ps), "columns-nl"), "aliases")["field"]
    message = alias["taken_in_message"]
    assert "{language}" in message and "{files}" in message and "deze taal" not in message
    assert alias["language_names"] == {"nl": "Nederlands", "en": "Engels"}
    said = message.replace("{language}", alias["language_names"]["en"])
    assert said.startswith("een ander verhaal in het Engels heeft deze URL al"), said
    english = cms_module.LABELS["en"]["taken_in"]
    assert english.startswith("another story in {language} has this URL"), english


def test_an_original_knows_its_translations_slug_in_the_editor(demo):
    """Another URL name in a translated original parts it from its
    translations (paired by slug); the field knows them, per file, so
    admin.js refuses it."""
    settings, ps = demo
    config = cms_config(settings, ps)
    nl = _field(_collection(config, "interviews-nl"), "slug")
    assert nl["translations"]["interviews/data-die-je-kunt-voelen.md"] == [
        "data-die-je-kunt-voelen",
        ["interviews/data-die-je-kunt-voelen.en.md"],
        "data-die-je-kunt-voelen",  # its file name's slug: its URL name emptied
    ]
    assert "interviews/bram-jansen-zonnepanelen.md" not in nl["translations"]  # Dutch only
    assert "{slug}" in nl["parted_message"] and "{files}" in nl["parted_message"]


def test_a_new_story_starts_with_the_question_bank_of_its_language(demo):
    settings, ps = demo
    config = cms_config(settings, ps)
    body = _field(_collection(config, "interviews-en"), "body")["default"]
    assert body == question_bank("interview", "en")
    assert body.startswith("## What exactly do you do")
    assert _field(_collection(config, "columns-nl"), "body")["default"].startswith("Begin met")


def test_production_backend_is_github_with_editorial_workflow(demo):
    settings, ps = demo
    config = cms_config(settings, ps)
    assert config["backend"] == {"name": "github", "repo": "helder-energie/werken-bij",
                                 "branch": "main"}  # fmt: skip
    assert config["publish_mode"] == "editorial_workflow"
    policy = content_security_policy(config)
    assert "connect-src 'self' blob: https://api.github.com;" in policy
    assert "script-src 'self'" in policy and "default-src 'none'" in policy


def test_every_production_save_is_a_pull_request_in_a_fork_too(demo):
    """Two writers saving one story: the later save's text wins (Decap takes no
    lock). The editorial workflow keeps the earlier one in git, on the story's
    branch or Decap's copy of it, and shows what a save takes out in the pull
    request (docs/cms.md, "Two writers of one story"); so it must be the mode
    with open authoring too, where Decap has no other."""
    import dataclasses

    from podium.settings import Cms

    settings, ps = demo
    forked = dataclasses.replace(ps, cms=Cms(repo="helder-energie/werken-bij", open_authoring=True))
    config = cms_config(settings, forked)
    assert config["backend"]["open_authoring"] is True
    assert config["publish_mode"] == "editorial_workflow"
    assert all(c.get("delete") is False for c in _stories(config))


def test_local_backend_is_the_proxy_rooted_at_content(demo):
    settings, ps = demo
    config = cms_config(settings, ps, "http://127.0.0.1:8081/api/v1")
    assert config["backend"]["name"] == "proxy"
    assert config["publish_mode"] == "simple"
    assert config["media_folder"] == "images/people"
    photo = _field(_stories(config)[0], "photo")
    assert photo["media_folder"] == "/images/people/" + FILE_SLUG  # decap-server's root
    assert _collection(config, "columns-nl")["folder"] == "columns"
    assert "connect-src 'self' blob: http://127.0.0.1:8081;" in content_security_policy(config)


def test_the_local_editors_address_is_read_once_into_the_typed_settings():
    """PODIUM_CMS_LOCAL, which `podium serve --cms` sets, was read from Pelican's
    dict by the cms step, twice (whether /admin/ is built, then its backend),
    where every other setting a step reads is on the typed settings."""
    from podium_cms.plugin import enabled

    class Watched(dict):
        read: list[str] = []

        def get(self, key, default=None):
            self.read.append(key)
            return super().get(key, default)

        def __getitem__(self, key):
            self.read.append(key)
            return super().__getitem__(key)

    # Changed after load_settings parsed it: parsed again without its first parse.
    settings = Watched(load_settings(ROOT / "pelicanconf.py"))
    del settings["PODIUM_CMS"], settings[podium_settings.SETTINGS_KEY]  # serve --cms only
    assert enabled(settings) is False
    settings = Watched(load_settings(ROOT / "pelicanconf.py"))
    del settings["PODIUM_CMS"], settings[podium_settings.SETTINGS_KEY]
    settings["PODIUM_CMS_LOCAL"] = "http://127.0.0.1:8081/api/v1"
    ps = podium_settings.get(settings)  # once, as the build does at start-up
    assert ps.cms_local == "http://127.0.0.1:8081/api/v1"
    Watched.read.clear()
    assert enabled(settings) is True
    assert "PODIUM_CMS_LOCAL" not in Watched.read


def test_the_stories_the_editor_does_not_list_are_in_the_config(demo, tmp_path):
    """admin.js lists the stories live when the editor opens; a story it
    cannot list (a subfolder, no `lang` line) keeps the build's slug, which
    the title field carries (`unlisted`), in every collection."""
    settings, ps = demo
    content = shutil.copytree(ROOT / "content", tmp_path / "content")
    ps = replace(ps, content_root=content)  # the typed settings of that content
    story = (
        "---\ntitle: T\ndate: 2026-03-02\nauthor: Ben\nrole: R\n{lang}"
        "consent: {{given: 2026-02-20}}\n---\n\nx\n"
    )
    (content / "columns" / "zonder-taal.md").write_text(story.format(lang=""), "utf-8")
    (content / "columns" / "2025").mkdir()
    (content / "columns" / "2025" / "diep.md").write_text(story.format(lang="lang: nl\n"), "utf-8")
    config = cms_config({**settings, "PATH": str(content)}, ps)
    for name in ("interviews-nl", "columns-en"):
        unlisted = _field(_collection(config, name), "title")["unlisted"]
        assert unlisted["columns/zonder-taal.md"] == ["nl", "zonder-taal"]
        assert unlisted["columns/2025/diep.md"] == ["nl", "diep"]
        assert "columns/de-stormweek.md" not in unlisted  # listed: read live
        assert "interviews/warmtepomp-geen-cv-ketel.en.md" not in unlisted


def test_the_published_config_names_no_draft_scheduled_story_or_vacancy(demo, tmp_path):
    """/admin/config.yml is published with the hub, readable by anyone: it
    listed the file and slug of every draft and scheduled story
    ("columns/mijn-laatste-werkdag.md", before its writer had told anyone) and
    the title of a vacancy not yet posted. The production configuration now
    names only what the hub shows; admin.js lists the rest live from the
    backend. The local editor (serve --cms), on the writer's machine, keeps all."""
    settings, ps = demo
    content = shutil.copytree(ROOT / "content", tmp_path / "content")
    ps = replace(ps, content_root=content)  # the typed settings of that content
    later = ps.today + dt.timedelta(days=30)
    story = (
        "---\ntitle: T\ndate: {date}\nauthor: Ben Geheim\nrole: R\nlang: nl\n{status}"
        "consent: {{given: 2026-02-20}}\n---\n\nx\n"
    )
    draft = content / "columns" / "mijn-laatste-werkdag.md"
    draft.write_text(story.format(date="2026-03-02", status="status: draft\n"), "utf-8")
    (content / "columns" / "2025").mkdir()
    (content / "columns" / "2025" / "concept-diep.md").write_text(
        story.format(date="2026-03-02", status="status: draft\n"), "utf-8"
    )
    (content / "interviews" / "straks-nieuw.md").write_text(
        story.format(date=later, status="")
        .replace("lang: nl\n", "lang: nl\naliases: [oud-straks]\n")
        .replace("\nx\n", "\n## Wat doe je?\n\nx\n"),
        "utf-8",
    )
    vacancy = (content / "vacancies" / "monteur-warmtepompen.yml").read_text("utf-8")
    vacancy = re.sub(r'id: "\d+"', 'id: "9911"', vacancy)
    vacancy = re.sub(r"title: .*", "title: Opvolger directeur financien", vacancy, count=1)
    vacancy = re.sub(r"date_posted: .*", f"date_posted: {later}", vacancy)
    (content / "vacancies" / "opvolger.yml").write_text(vacancy, "utf-8")
    here = {**settings, "PATH": str(content)}
    site = load_site(content, ps)
    hidden = ("mijn-laatste-werkdag", "concept-diep", "straks-nieuw", "oud-straks", "9911",
              "Opvolger directeur")  # fmt: skip

    published = cms_module.config_yaml(cms_config(here, ps, site=site))
    assert [word for word in hidden if word in published] == []
    assert "code-die-je-thuis-terugziet" in published  # a published story's slug is still known
    # The local editor's configuration is never published: it keeps them all.
    local = cms_module.config_yaml(cms_config(here, ps, "http://localhost:8081/api/v1", site=site))
    assert [word for word in hidden if word not in local] == []
    # A built hub's file, as a visitor fetches it.
    if not bundle_files():
        pytest.skip("decap-cms is not installed (npm ci); /admin/ is left out of the build")
    out = build(ROOT / "pelicanconf.py", tmp_path / "output", PATH=str(content)).output
    text = (out / "admin" / "config.yml").read_text("utf-8")
    assert [word for word in hidden if word in text] == []


def test_withdrawn_yml_is_a_hidden_entry_the_editor_never_saves(demo):
    """admin.js reads withdrawn.yml live (a slug withdrawn since the build);
    Decap reads a file only as a collection's entry, so there is one, hidden
    from the list, whose one field refuses every save."""
    settings, ps = demo
    production = _collection(cms_config(settings, ps), "podium-withdrawn")
    assert production["hide"] is True and production["delete"] is False
    (entry,) = production["files"]
    assert entry["file"] == "content/withdrawn.yml" and entry["name"] == "withdrawn"
    assert [f["widget"] for f in entry["fields"]] == ["podium-read-only"]
    local = cms_config(settings, ps, "http://127.0.0.1:8081/api/v1")
    assert _collection(local, "podium-withdrawn")["files"][0]["file"] == "withdrawn.yml"


def test_themes_and_vacancies_are_read_live_from_hidden_entries(demo):
    """The theme and vacancy choices were the build's only, so the last
    deploy's. admin.js reads themes.yml and the vacancy files live, as entries
    of hidden collections that are never saved."""
    settings, ps = demo
    config = cms_config(settings, ps)
    themes = _collection(config, "podium-themes")
    assert themes["hide"] is True and themes["create"] is False and themes["delete"] is False
    assert themes["files"][0]["file"] == "content/themes.yml"
    vacancies = _collection(config, "podium-vacancies")
    assert vacancies["folder"] == "content/vacancies" and vacancies["extension"] == "yml"
    for collection in (themes, vacancies):
        fields = collection.get("fields") or collection["files"][0]["fields"]
        assert [f["widget"] for f in fields] == ["podium-read-only"]
    for collection in _stories(config):
        assert _field(collection, "themes")["widget"] == "podium-choices"
        vacancy = _field(collection, "vacancies")
        assert vacancy["widget"] == "podium-choices" and vacancy["live"] == "vacancies"
        assert vacancy["timezone"] == settings["TIMEZONE"]


def test_the_editors_clock_is_the_hubs_time_zone_when_timezone_is_not_set():
    """Without TIMEZONE the hub's day is Amsterdam's (the typed settings' default),
    but the editor read the raw setting again and marked vacancies closed by UTC's
    day: from midnight to two in the morning (summer time) it showed open a
    vacancy whose last day, by the hub's clock, was over."""
    settings = load_settings(ROOT / "pelicanconf.py")
    settings["PATH"] = str(ROOT / "content")
    del settings["TIMEZONE"]
    ps = podium_settings.get(settings)
    for collection in _stories(cms_config(settings, ps)):
        assert _field(collection, "vacancies")["timezone"] == ps.timezone == "Europe/Amsterdam"


@pytest.mark.parametrize(
    ("setting", "environ", "today"),
    [("2026-06-01", None, "2026-06-01"), (None, "2026-07-01", "2026-07-01"), (None, None, None)],
)
def test_the_editor_shows_the_fixed_day_only_when_podium_today_fixes_it(
    monkeypatch, setting, environ, today
):
    """admin.js marks a vacancy closed by the settings' PODIUM_TODAY (setting or
    environment) when one is given, and by the browser's clock otherwise."""
    if environ:
        monkeypatch.setenv("PODIUM_TODAY", environ)
    else:
        monkeypatch.delenv("PODIUM_TODAY", raising=False)
    settings = load_settings(ROOT / "pelicanconf.py")
    settings["PATH"] = str(ROOT / "content")
    settings.pop("PODIUM_TODAY", None)
    settings.pop(podium_settings.SETTINGS_KEY)  # changed after load_settings parsed it
    if setting:
        settings["PODIUM_TODAY"] = setting
    ps = podium_settings.get(settings)
    for collection in _stories(cms_config(settings, ps)):
        assert _field(collection, "vacancies").get("today") == today


def test_the_editor_offers_the_ats_jobs_the_build_pulled_not_the_committed_snapshot(demo):
    """publish.yml pulls the ATS feeds before it builds and never commits the
    snapshots back, so the repository's can be weeks old. The editor read that
    committed file live and put its list over the build's: a job opened in the
    ATS since was not offered, one closed since was offered as open. The ATS
    jobs are the build's (last night's pull), which admin.js marks by today."""
    settings, ps = demo
    config = cms_config(settings, ps)
    assert "podium-feeds" not in [c["name"] for c in config["collections"]]
    vacancy = _field(_stories(config)[0], "vacancies")
    pulled = {v["id"]: v for v in vacancy["pulled"]}
    assert sorted(pulled) == ["2301001", "2301002", "2301003"]
    assert set(pulled["2301001"]) == {"id", "title", "date_posted", "valid_through", "status"}
    assert pulled["2301001"]["status"] == "present"


@pytest.fixture(scope="module")
def demo_build(tmp_path_factory):
    if not bundle_files():
        pytest.skip("decap-cms is not installed (npm ci); /admin/ is left out of the build")
    out = tmp_path_factory.mktemp("cms-demo") / "output"
    return build(ROOT / "pelicanconf.py", out).output


def test_admin_is_built_noindex_with_a_csp_and_its_own_bundle(demo_build):
    page = (demo_build / "admin" / "index.html").read_text(encoding="utf-8")
    assert '<meta name="robots" content="noindex, nofollow">' in page
    assert '<meta http-equiv="Content-Security-Policy"' in page
    assert '<script src="/admin/decap-cms.js"></script>' in page
    # The demo's editor speaks Dutch (its default language), its title too.
    assert '<html lang="nl">' in page and "<title>Helder Energie: redactie</title>" in page
    assert "https://" not in page.split("Content-Security-Policy")[0]
    assert (demo_build / "admin" / "decap-cms.js").stat().st_size > 1_000_000
    assert not list((demo_build / "admin").glob("*.map"))
    config = yaml.safe_load((demo_build / "admin" / "config.yml").read_text(encoding="utf-8"))
    assert config["backend"]["name"] == "github"


def test_admin_is_in_no_sitemap_feed_or_search_index(demo_build):
    for name in ("sitemap.xml", "stories.json", "en/stories.json", "vacancies.json"):
        assert "/admin/" not in (demo_build / name).read_text(encoding="utf-8"), name
    for feed in demo_build.rglob("*.xml"):
        assert "/admin" not in feed.read_text(encoding="utf-8"), feed
    # Pagefind's fragments are gzip'd JSON, one per indexed page.
    fragments = list((demo_build / "pagefind").rglob("*.pf_fragment"))
    assert fragments
    urls = []
    for fragment in fragments:
        data = gzip.decompress(fragment.read_bytes())
        urls.append(json.loads(data[data.index(b"{") :])["url"])
    assert any("/stories/" in u for u in urls)
    assert not [u for u in urls if "/admin/" in u]


@pytest.mark.parametrize(
    "value, message",
    [
        ('"helder-energie/werken-bij"', "setting PODIUM_CMS must be a dict like {'repo': "),
        (
            '{"repo": "a/b", "brnach": "dev"}',
            "setting PODIUM_CMS['brnach'] is unknown (did you mean \"branch\"?); valid keys are "
            '"repo", "branch", "base_url", "auth_endpoint", "site_domain", "api_root", '
            '"open_authoring"',
        ),
        ('{"branch": "main"}', "setting PODIUM_CMS['repo'] must name the GitHub repository"),
        (
            '{"repo": "a/b", "base_url": "oauth.example"}',
            "setting PODIUM_CMS['base_url'] must be a web address starting with https://",
        ),
    ],
)
def test_a_wrong_cms_setting_is_one_line_before_anything_is_built(tmp_path, value, message):
    """PODIUM_CMS was read only where /admin/ is written, at the end of a build:
    "x" failed there as "ValueError: dictionary update sequence element #0 ...", and a
    misspelt key was dropped (the editor saved to "main", not the branch meant)."""
    from podium.errors import ContentError
    from podium_testkit import copy_site

    site = copy_site(tmp_path)
    conf = site / "pelicanconf.py"
    text = conf.read_text("utf-8") + f"PODIUM_CMS = {value}\n"
    conf.write_text(text, "utf-8")
    with pytest.raises(ContentError) as info:
        build(conf, tmp_path / "out")
    (line,) = [issue.format() for issue in info.value.issues]
    assert line.startswith(f"{conf}:{len(text.splitlines())}: error: {message}"), line
    assert not (tmp_path / "out").exists()


# Values a writer can type into a text box, each at the edges of what the read step takes.
_TYPED = [
    "Koffie & taart",
    "a < b, en <10 jaar",
    "<b>Nieuw</b>",
    "<script>alert(1)</script>",
    "<!-- verborgen -->",
    "   ",
    "\u2060\u200b",
    "\u3164",
    "\u0301 \u00a0",
    "regel een\nregel twee",
    "bel\u0007",
    "gespiegeld\u202enaam",
    # A letter under a tower of accents ("Zalgo text") is refused; Vietnamese,
    # with two on a letter, and Burmese, with four, are not.
    "Z" + "\u0334\u0316\u0350\u0362\u0335\u0327\u0300" + "algo",
    "Ti\u1ebfng Vi\u1ec7t, \u1019\u103c\u102d\u102f\u1037",
    "😀 blij",
    # In curly quotes (a word processor's): the read step refuses a name or job
    # title so, as the quotes would show on the page; a title may be a quotation.
    "\u201cJoost Hart\u201d",
    " \u201eJoost Hart\u201c ",
    "\u201cJoost\u201d Hart",
]


@pytest.mark.parametrize("name", [*MAX_LEN, "share_prompts"])
def test_the_editor_refuses_in_a_text_field_what_podium_check_refuses(demo, tmp_path, name):
    """Every plain-text field carries Decap's ``pattern``: a value it lets the
    writer save is one the read step accepts, and one it refuses is refused
    there too. Without it "<b>Nieuw</b>" in a title, or a 500-character
    summary, was saved, and only the pull request's check said no, where a
    writer who uses the editor does not look."""
    settings, ps = demo
    interviews = _collection(cms_config(settings, ps), "interviews-nl")
    widget = _field(interviews, name)
    if name == "share_prompts":
        widget = widget["field"]
    regex, message = widget["pattern"]
    assert "HTML" in message
    limit = MAX_PROMPT_LEN if name == "share_prompts" else MAX_LEN[name]
    values = [*_TYPED, *(["x" * limit, "x" * (limit + 1)] if limit else [])]
    for value in values:
        front = {
            "title": "Een dag",
            "date": "2026-05-01",
            "author": "Joost Hart",
            "role": "Planner",
            "consent": {"given": "2026-04-20"},
            "lang": "nl",
        }
        front[name] = [value] if name == "share_prompts" else value
        path = tmp_path / "content" / "interviews" / "een-dag.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        text = yaml.safe_dump(front, allow_unicode=True)
        path.write_text(f"---\n{text}---\n## Wat doe je?\n\nIk plan.\n", encoding="utf-8")
        story = parse_story(path, tmp_path / "content", ps)
        accepted = not [i for i in story.errors if f'"{name}"' in i.message]
        # Decap checks the pattern only on a value that is not empty.
        saved = value == "" or re.search(regex, value) is not None
        assert saved == accepted, (name, value, [i.format() for i in story.errors])


@pytest.mark.parametrize(
    "lang, named", [("nl", "meer dan 6 accenten"), ("en", "more than 6 accents")]
)
def test_a_text_field_refusing_a_tower_of_accents_says_so(demo, lang, named):
    """A title pasted as "Zalgo text" (a letter under a dozen accents) was
    refused by a message that named HTML tags, control characters, a length
    and one line, none of which it had: the writer could not tell what to
    change. The message of every plain-text field names the accents too."""
    import dataclasses

    settings, ps = demo
    ps = dataclasses.replace(ps, default_lang=lang)
    zalgo = "Za" + "\u0301" * 12 + "lgo"
    for collection in _stories(cms_config(settings, ps)):
        for name in ("title", "author", "role", "summary", "quote", "location"):
            regex, message = _field(collection, name)["pattern"]
            assert re.search(regex, zalgo) is None, (name, regex)
            assert named in message, (collection["name"], name, message)


def test_a_photo_loses_its_metadata_in_the_browser_before_the_upload(demo):
    """The editor committed a phone photo as it came, its GPS position (often
    the writer's home) included, to a repository the writer cannot rewrite;
    `podium check` could only warn. Decap re-encodes it without EXIF first
    (tests/browser/test_cms.py uploads a GPS-tagged JPEG through the editor)."""
    settings, ps = demo
    for collection in _stories(cms_config(settings, ps)):
        processing = _field(collection, "photo")["media_processing"]
        assert processing["enabled"] is True and processing["strip_metadata"] is True
        assert "format" not in processing  # a .png stays a .png: its name is in the story
        assert processing["quality"] >= 90  # the build re-encodes it once more


def test_a_new_storys_file_name_is_cut_as_podium_new_cuts_it(demo):
    """A title may have 300 characters; a file name of that many bytes cannot be
    written (tests/browser/test_cms.py saves one through the editor)."""
    settings, ps = demo
    for collection in _stories(cms_config(settings, ps)):
        template = collection["slug"]
        assert re.fullmatch(r"\{\{(fields\.)?slug \| truncate\((\d+), '-'\)\}\}", template)
        assert int(re.search(r"\d+", collection["slug"])[0]) <= 80


def _check_front(tmp_path, ps, **fields):
    """The errors `podium check` gives an interview with these extra fields."""
    front = {
        "title": "Een dag",
        "date": "2026-05-01",
        "author": "Joost Hart",
        "role": "Planner",
        "consent": {"given": "2026-04-20"},
        "lang": "nl",
        **fields,
    }
    path = tmp_path / "content" / "interviews" / "een-dag.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.safe_dump(front, allow_unicode=True)
    path.write_text(f"---\n{text}---\n## Wat doe je?\n\nIk plan.\n", encoding="utf-8")
    return [i.message for i in parse_story(path, tmp_path / "content", ps).errors]


@pytest.mark.parametrize("name", ["slug", "aliases"])
def test_the_editor_refuses_a_url_name_that_podium_check_refuses(demo, tmp_path, name):
    """A URL name ("URL-naam", each "Vorige URL-naam") of 201 characters was
    saved by the editor and refused by `podium check` ("makes a URL slug of 201
    characters ...; at most 200"), where a writer without git does not look."""
    settings, ps = demo
    widget = _field(_collection(cms_config(settings, ps), "interviews-nl"), name)
    regex, message = (widget["field"] if name == "aliases" else widget)["pattern"]
    # The URL name no longer than the file name the editor writes (below).
    assert str(MAX_STORY_SLUG if name == "aliases" else FILE_NAME_LENGTH) in message
    for value in ["een-dag-op-zee", "a" * MAX_STORY_SLUG, "a" * (MAX_STORY_SLUG + 1),
                  "ab-" * 66 + "ab", "ab-" * 67 + "ab", "Oud-Dag", "oud--dag"]:  # fmt: skip
        errors = _check_front(tmp_path, ps, **{name: [value] if name == "aliases" else value})
        # Decap saves what matches; `podium check` makes a slug of what does not.
        saved = re.search(regex, value) is not None
        if saved:
            assert not errors, (value, errors)
        if len(value) > MAX_STORY_SLUG:
            assert errors and not saved, value


def test_the_editors_url_name_is_no_longer_than_the_file_name_it_writes(demo):
    """A URL name of 93 characters was saved in a file named after its first 80
    (FIELD_FILE_SLUG cuts it), and a translation made in the editor, whose slug is
    the original's file name, was published apart from it, with no language
    switch: `podium check` warned, with a fix the editor's form cannot make."""
    settings, ps = demo
    collection = _collection(cms_config(settings, ps), "columns-nl")
    assert f"truncate({FILE_NAME_LENGTH}, '-')" in collection["slug"]
    widget = _field(collection, "slug")
    regex, message = widget["pattern"]
    assert widget["max_slug"] == FILE_NAME_LENGTH
    assert re.search(regex, "a" * FILE_NAME_LENGTH)
    assert not re.search(regex, "a" * (FILE_NAME_LENGTH + 1))
    long = "het-verhaal-van-een-monteur-die-elke-ochtend-om-vijf-uur-opstaat-om-naar-de-noordzee"
    assert not re.search(regex, long + "-te-varen")


def test_the_editor_keeps_no_more_old_url_names_than_podium_check(demo, tmp_path):
    settings, ps = demo
    aliases = _field(_collection(cms_config(settings, ps), "interviews-nl"), "aliases")
    assert aliases["max"] == MAX_ALIASES
    names = [f"oud-{n}" for n in range(MAX_ALIASES + 1)]
    assert not _check_front(tmp_path, ps, aliases=names[:MAX_ALIASES])
    assert _check_front(tmp_path, ps, aliases=names)


def test_a_vacancy_podium_check_warns_about_is_marked_and_offered_last(demo, tmp_path):
    """Vacancy 1007 has closed: a story that links it gets 'vacancy "1007" in
    "vacancies" is closed' from `podium check`. The editor offered it among the
    open ones as "1007: Field service planner", nothing said it was closed."""
    settings, ps = demo
    vacancies = load_all(ROOT / "content", ps.languages, ps.today).vacancies
    closed = {v.id for v in vacancies if not v.is_open(ps.today)}
    assert closed, "the demo has a closed vacancy"
    content = shutil.copytree(ROOT / "content", tmp_path / "content")
    site = load_site(content, ps)
    options = _field(_collection(cms_config(settings, ps, site=site), "interviews-nl"),
                     "vacancies")["options"]  # fmt: skip
    ranks = []
    for option in options:
        warned = option["value"] in closed
        assert option["label"].endswith(" (gesloten)") == warned, option
        ranks.append(warned)
    assert ranks == sorted(ranks)  # the open ones first
    # What the mark stands for: the warning a writer in the editor never sees.
    vid = sorted(closed)[0]
    # Dated after the role closed: a link to a role that closed long before
    # today warns only then (podium_validate.site.explicit_vacancy_links).
    day = next(v for v in vacancies if v.id == vid).closed_on(ps.today)
    story = content / "interviews" / "een-dag.md"
    story.write_text(
        f"---\ntitle: Een dag\ndate: {day}\nauthor: Joost Hart\nrole: Planner\n"
        f"lang: nl\nconsent: {{given: 2026-04-20}}\nvacancies: ['{vid}']\n---\n"
        "## Wat doe je?\n\nIk plan.\n",
        encoding="utf-8",
    )
    issues = load_site(content, ps).problems
    assert [i for i in issues if "een-dag.md" in i.path and f'"{vid}" in "vacancies" is closed'
            in i.message]  # fmt: skip


def test_the_editor_cannot_delete_a_story(demo):
    """ "Item verwijderen" deleted the story's one file: its URL a bare 404, not
    the tombstone `podium withdraw` leaves, its English translation still
    published, its photo still in the repository, and `podium check` said
    nothing. A story is taken down with `podium withdraw`, or in the editor by
    ending its consent, which takes every translation down
    (tests/browser/test_cms.py: the button is not there)."""
    settings, ps = demo
    for local in (None, "http://127.0.0.1:8081/api/v1"):
        for collection in _stories(cms_config(settings, ps, local)):
            assert collection["delete"] is False, collection["name"]


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_on_a_hub_of_one_language_a_story_without_a_lang_line_is_in_the_editor(
    demo, lang, tmp_path
):
    # The contract makes `lang` optional (default: the site's language), and on
    # an English-only hub nobody writes `lang: en`; but the one collection
    # filtered on lang == "en", and Decap's filter drops an entry without the
    # field: the editor listed none of the hub's stories.
    settings, _ps = demo
    settings = {**settings, "DEFAULT_LANG": lang, "PODIUM_LANGUAGES": [lang],
                "PODIUM_TEAMS": {}, "PODIUM_BRAND": {"name": "X"},
                "PATH": str(tmp_path)}  # fmt: skip
    settings.pop(podium_settings.SETTINGS_KEY, None)  # the demo's, parsed once
    (tmp_path / "themes.yml").write_text(
        f"themes:\n  - {{slug: tech, name: {{{lang}: Tech}}, color: '#1f5fbf'}}\n", "utf-8"
    )
    ps = podium_settings.get(settings)
    config = cms_config(settings, ps, "http://127.0.0.1:8081/api/v1")
    assert [c["name"] for c in _stories(config)] == [f"interviews-{lang}",
                                                    f"columns-{lang}"]  # fmt: skip
    for collection in _stories(config):
        assert collection["extension"] == "md"
        assert "filter" not in collection
        # What it writes still says the language, as `podium new` writes it.
        assert _field(collection, "lang") == {
            "name": "lang", "label": cms_module.LABELS[lang]["lang"], "widget": "hidden",
            "default": lang}  # fmt: skip


def test_a_translations_photo_field_knows_its_originals_collection(demo):
    """admin.js offers the original's photo to a translation ("Gebruik de foto
    van het origineel"): the media library shows only the story's own folder."""
    settings, ps = demo
    config = cms_config(settings, ps)
    photo = _field(_collection(config, "columns-en"), "photo")
    assert photo["original_collection"] == "columns-nl"
    assert "original_collection" not in _field(_collection(config, "columns-nl"), "photo")


def test_a_translations_shared_fields_name_their_originals_collection(demo):
    """A new translation starts with what it shares with its original (admin.js
    fills each field marked `from_original` once "Vertaling van" is picked):
    the person, the dates, the consent, the team, the themes and the
    vacancies it links, by the one table `podium new --translation-of` copies
    by too (podium_read.schema.SHARED_WITH_ORIGINAL; the editor's own left
    the vacancies out); not the words a translator translates (the role, the
    quote), and nothing in the default language, whose stories are originals."""
    settings, ps = demo
    config = cms_config(settings, ps)
    assert cms_module.SHARED_WITH_ORIGINAL is SHARED_WITH_ORIGINAL
    assert set(SHARED_WITH_ORIGINAL) <= set(FIELDS)
    for kind in ("interviews", "columns"):
        marked = {
            f["name"]: f["from_original"]
            for f in _collection(config, f"{kind}-en")["fields"]
            if "from_original" in f
        }
        shared = {n: f"{kind}-nl" for n in SHARED_WITH_ORIGINAL}
        assert marked == {n: c for n, c in shared.items() if n in marked} and marked
        assert {"author", "date", "consent", "team", "themes", "photo"} <= set(marked)
        assert {"vacancies", "left", "location"} <= set(marked)
        assert not {"role", "quote", "title", "summary", "body"} & set(marked)
        nl = _collection(config, f"{kind}-nl")["fields"]
        assert not [f["name"] for f in nl if "from_original" in f]


def test_the_editor_takes_an_old_address_as_a_path_as_podium_check_does(demo, tmp_path):
    """A story moved to another language keeps its old URL with the old address
    written as a path (aliases: [/en/stories/een-dag/]); the editor's pattern
    refused it as no URL name, so a writer without git could not keep it."""
    settings, ps = demo
    widget = _field(_collection(cms_config(settings, ps), "interviews-nl"), "aliases")
    regex, message = widget["field"]["pattern"]
    assert "/en/stories/…/" in message
    for value in ["/en/stories/een-dag-op-zee/", "/stories/een-dag-op-zee", "een-dag-op-zee",
                  "/de/stories/een-dag/", "/en/verhalen/een-dag/", "/en/stories/Een-Dag/",
                  "//evil.example/stories/x/", "/en/stories/a/b/"]:  # fmt: skip
        saved = re.search(regex, value) is not None
        errors = _check_front(tmp_path, ps, aliases=[value])
        assert saved == (not errors), (value, errors)


def test_the_editor_takes_a_former_name_written_out_as_podium_check_does(demo, tmp_path):
    """README: in author_aliases "a former name is made a slug as the page's
    was" (author_aliases: [Ben Bakker]), and `podium check` takes it; the
    editor's pattern refused it as no URL name, so a colleague who changed one
    word of such a story could not save it. A name with what check refuses in
    it (an invisible or control character, a tag) stays refused, and so does a
    page Windows keeps the name of for a device ("aux")."""
    settings, ps = demo
    widget = _field(_collection(cms_config(settings, ps), "interviews-nl"), "author_aliases")
    regex, _message = widget["field"]["pattern"]
    for value in ["ben-bakker", "Ben Bakker", "Zoë Ørsted", " Joost  't Hart ", "咖啡 Chen",
                  "🦄🦄", "/people/ben-oud/", "https://x.example/en/people/bo/",
                  "Ben\u200bBakker", "Ana\u00adlise", "Anna\u2060Boer", "Ben\ufeff",
                  "bel\u0007", "gespiegeld\u202enaam", "<b>Ben</b>", "/people/Ben Oud/",
                  "/mensen/ben/", "https://x.example/people/a/b/",
                  # A page Windows cannot write (people/aux/); "Aux" as a name is aux-1.
                  "aux", "com1", "/people/con/", "/en/people/nul", "Aux"]:  # fmt: skip
        saved = re.search(regex, value) is not None
        errors = _check_front(tmp_path, ps, author_aliases=[value])
        assert saved == (not errors), (value, errors)


@pytest.mark.parametrize("name", ["slug", "aliases"])
def test_the_editor_takes_a_url_name_in_words_as_podium_check_does(demo, tmp_path, name):
    """`podium check` makes a URL name written in words a slug (slug: Oude
    Storm is oude-storm, as a file name is made one); the editor's pattern
    refused it as no URL name, so a story written so in git could not be saved
    again there. What check refuses in it stays refused: an invisible or
    control character, a tag, nothing to make a URL of."""
    settings, ps = demo
    widget = _field(_collection(cms_config(settings, ps), "interviews-nl"), name)
    regex, _message = (widget["field"] if name == "aliases" else widget)["pattern"]
    for value in ["oude-storm", "Oude Storm", "Een-Dag op Zee", "oud--dag", "Zoë Ørsted",
                  " Café om 8:00 ", "咖啡", "oude\u200bstorm", "oude\u00adstorm", "bel\u0007",
                  "<b>Oud</b>", "gespiegeld\u202enaam", "!!!", "🦄🦄", "★ ☆",
                  "a " * 101, "con", "Aux", " NUL. ", "com1", "con-1", "Con Amore",
                  "/stories/con/", "/en/stories/aux", "/stories/con-1/",
                  # An address copied from the browser, as a writer copies a
                  # story's old URL: check refuses it as a slug ("is an address").
                  "https://werkenbij.nl/stories/oud/", "HTTP://werkenbij.nl/en/stories/oud",
                  " https://werkenbij.nl/stories/oud"]:  # fmt: skip
        saved = re.search(regex, value) is not None
        errors = _check_front(tmp_path, ps, **{name: [value] if name == "aliases" else value})
        if name == "slug" and value in ("!!!", "🦄🦄", "★ ☆"):
            # Check takes it as "story", as a file name of no letters is (with a
            # warning), for a translation of such a file written in git; a URL
            # name typed in the editor is refused: stricter, never looser.
            assert not saved and not errors, (value, errors)
            continue
        assert saved == (not errors), (value, errors)


def test_the_editor_knows_the_people_addresses_withdrawn_yml_keeps(demo, tmp_path):
    """withdrawn.yml keeps /people/ben-bakker/ for a withdrawn colleague
    (``people``): a new Ben Bäkker is /people/ben-bakker-2/, and "ben-bakker"
    in his author_aliases is no page of his, `podium check` warns. admin.js
    took it as "the author's own people page" (the slug his name gives), and
    knew nothing held: listed by anyone else, it saved. The field carries the
    message admin.js refuses them with, and the local editor's the held slugs;
    the published /admin/config.yml does not (each is the name of someone who
    asked to be taken down): admin.js reads them from withdrawn.yml live."""
    settings, ps = demo
    content = shutil.copytree(ROOT / "content", tmp_path / "content")
    ps = replace(ps, content_root=content)  # the typed settings of that content
    (content / "withdrawn.yml").write_text(
        "withdrawn:\n  - slug: oud-verhaal\n    langs: [nl]\n    people: [piet-weggegaan]\n",
        encoding="utf-8",
    )
    here, site = {**settings, "PATH": str(content)}, load_site(content, ps)
    local = cms_config(here, ps, "http://localhost:8081/api/v1", site=site)
    widget = _field(_collection(local, "columns-nl"), "author_aliases")["field"]
    assert widget["held"] == ["piet-weggegaan"]
    assert widget["held_message"] == (
        "{slug} is een adres dat withdrawn.yml bewaart voor een teruggetrokken collega: er "
        "komt geen doorverwijzing; haal het hier weg"
    )
    published = cms_config(here, ps, site=site)
    assert _field(_collection(published, "columns-nl"), "author_aliases")["field"]["held"] == []
    assert "piet-weggegaan" not in cms_module.config_yaml(published)


def test_a_github_enterprise_editor_may_show_its_own_avatars(demo):
    """With `api_root` (GitHub Enterprise), the writer's avatar comes from the
    enterprise's own host (https://HOST/avatars/..., or https://avatars.HOST/
    with subdomain isolation; avatars.SUB.ghe.com beside api.SUB.ghe.com),
    which the policy's img-src did not name: github.com's avatar host only, so
    the header's picture was blocked, a CSP error on every page of the editor."""
    import dataclasses

    from podium.settings import Cms

    settings, ps = demo
    for api, hosts in [
        ("https://github.example.com/api/v3",
         ["https://github.example.com", "https://avatars.github.example.com"]),
        ("https://api.acme.ghe.com", ["https://avatars.acme.ghe.com"]),
    ]:  # fmt: skip
        enterprise = dataclasses.replace(ps, cms=Cms(repo="acme/hub", api_root=api))
        policy = content_security_policy(cms_config(settings, enterprise))
        images = next(p for p in policy.split("; ") if p.startswith("img-src")).split()
        assert all(host in images for host in hosts), images
        assert "https://avatars.githubusercontent.com" not in images
    images = content_security_policy(cms_config(settings, ps)).split("img-src ")[1].split(";")[0]
    assert "https://avatars.githubusercontent.com" in images.split()


def test_an_editor_naming_githubs_own_api_shows_githubs_avatars(demo):
    """`api_root: "https://api.github.com"`, Decap's default written out, is
    github.com's API, no enterprise's: its img-src named "https://avatars.github.com"
    (the enterprise rule for api.HOST) and not GitHub's avatar hosts, so the
    writer's picture was blocked on every page of the editor."""
    import dataclasses

    from podium.settings import Cms

    settings, ps = demo
    for api in ("https://api.github.com", "https://api.github.com/", "https://API.GitHub.com"):
        github = dataclasses.replace(ps, cms=Cms(repo="acme/hub", api_root=api))
        policy = content_security_policy(cms_config(settings, github))
        images = next(p for p in policy.split("; ") if p.startswith("img-src")).split()
        assert "https://avatars.githubusercontent.com" in images, (api, images)
        assert "https://raw.githubusercontent.com" in images, (api, images)
        assert "https://avatars.github.com" not in images, (api, images)


def test_the_text_field_refuses_a_story_larger_than_check_takes(demo):
    # A 2 MB paste was saved, and `podium check` refused the file ("more than
    # 1.0 MB"), where a writer who uses the editor does not look. admin.js
    # counts the text's UTF-8 bytes against max_bytes, with room for the
    # front matter.
    settings, ps = demo
    body = _field(_collection(cms_config(settings, ps), "interviews-nl"), "body")
    assert body["max_bytes"] == ps.max_story_bytes - 16_000
    assert body["too_large"].startswith("de tekst is groter dan 984 kB ({size} kB nu)")
