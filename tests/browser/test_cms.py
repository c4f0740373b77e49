"""The browser editor, driven through its own UI in Chromium.

``podium serve --cms`` runs on a copy of the test site: the site on one
free port of 127.0.0.1, decap-server (rooted at content/) on another. Every
step is what a writer does: fill the form, upload a photo, publish; the
tests then read the files the editor wrote, as a reviewer would.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from PIL import Image
from playwright.sync_api import expect

from browser.conftest import in_ci
from browser.kit import fonts_loaded
from podium.prompts import ANSWER_HINTS
from podium_cms.bundle import find_package
from podium_images import has_gps
from podium_testkit import copy_site, snapshot

PODIUM = Path(sys.executable).with_name("podium")
HINT = ANSWER_HINTS["nl"]


def _missing(reason: str):
    message = f"EDITOR TESTS NOT RUN: {reason}"
    if in_ci():
        pytest.fail(f"{message} (CI=true: this is a failure, not a skip)")
    pytest.skip(f"{message}. Run `npm ci` (python3 dev.py setup) with Node.js installed.")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _podium(site: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(PODIUM), *args], cwd=site, capture_output=True, text=True, timeout=300
    )


@pytest.fixture(scope="module")
def editor(tmp_path_factory):
    """(site folder, base URL) of `podium serve --cms` on a copy of the test site."""
    yield from _serve_editor(copy_site(tmp_path_factory.mktemp("cms")))


def _serve_editor(site: Path):
    """`podium serve --cms` on ``site``: yields (site, base URL, headers), then stops."""
    if not (shutil.which("node") or shutil.which("nodejs")):
        _missing("Node.js is not installed")
    if find_package("decap-cms") is None or find_package("decap-server") is None:
        _missing("decap-cms and decap-server are not installed")
    port, cms_port = _free_port(), _free_port()
    log = (site / "serve.log").open("w")
    proc = subprocess.Popen(
        [str(PODIUM), "serve", "--cms", "--no-watch", "-p", str(port), "--cms-port", str(cms_port)],
        cwd=site, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while True:
        try:
            with urllib.request.urlopen(f"{base}/admin/", timeout=2) as r:
                assert r.status == 200
                headers = r.headers
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail("podium serve --cms did not start: " + (site / "serve.log").read_text())
            time.sleep(0.5)
    yield site, base, headers
    proc.terminate()  # serve stops decap-server on SIGTERM
    proc.wait(timeout=20)
    log.close()
    with socket.socket() as s:  # decap-server is gone: its port is free again
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(("127.0.0.1", cms_port))


@pytest.fixture
def cms(editor, new_page):
    """A logged-in editor page; fails the test on any CSP violation or page error."""
    site, base, _headers = editor
    page, watch = new_page()
    _log_in(page, base)
    yield page, site, base
    assert not [e for e in watch.errors if "Content Security Policy" in e or "page error" in e]


def _log_in(page, base: str) -> None:
    """Open the editor and log in (decap-server's local backend needs no account)."""
    page.goto(f"{base}/admin/")
    page.get_by_role("button", name="Inloggen").click()
    page.get_by_text("Inhoudstypen").wait_for()


def _open_entry(page, base: str, collection: str, entry: str) -> None:
    """Log in and open one story of ``collection`` in the editor's form."""
    _log_in(page, base)
    page.goto(page.url.split("#")[0] + f"#/collections/{collection}/entries/{entry}")
    page.get_by_role("button", name="Publiceer").wait_for()


def _new_story(page, collection, title, date, author, role, consent) -> None:
    """Open a new story of ``collection`` and fill in the required fields."""
    page.goto(page.url.split("#")[0] + f"#/collections/{collection}/new")
    # Decap creates the new story's draft asynchronously (after its media
    # library has loaded), and a value typed before is wiped: under load the
    # title was lost. The draft is there once its text (the question bank) is.
    page.wait_for_function(
        "() => [...document.querySelectorAll('[contenteditable=true]')]"
        ".some(e => e.textContent.trim().length > 0)",
        timeout=60_000,
    )
    page.get_by_label("Titel", exact=True).fill(title)
    page.get_by_role("textbox", name="Publicatiedatum").fill(date)
    page.get_by_label("Naam van de collega").fill(author)
    page.get_by_label("Functie", exact=True).fill(role)
    page.get_by_role("textbox", name="Toestemming gegeven op").fill(consent)


def _saved(path: Path, holds: str, why: str = "the editor did not save it") -> str:
    """The text of ``path`` once it holds ``holds``: Decap saves after the click
    returns, through decap-server, so the test waits (at most 15 s) for the file."""
    deadline = time.monotonic() + 15
    while holds not in (text := path.read_text(encoding="utf-8")):
        assert time.monotonic() < deadline, f"{why}: {text}"
        time.sleep(0.2)
    return text


def _publish(page) -> None:
    page.get_by_role("button", name="Publiceer").click()
    page.get_by_text("Publiceer nu").click()
    page.get_by_text("Terug naar").wait_for()
    page.wait_for_function("!document.body.innerText.includes('NIET-OPGESLAGEN')")
    page.wait_for_timeout(500)  # decap-server writes right after it answers


def _wait_for(path: Path, timeout: float = 15) -> str:
    deadline = time.monotonic() + timeout
    while not path.is_file():
        assert time.monotonic() < deadline, f"{path} was not written"
        time.sleep(0.2)
    return path.read_text(encoding="utf-8")


def _front(text: str) -> dict:
    import yaml

    return yaml.safe_load(text.split("---\n", 2)[1])


def _gps_photo(folder: Path) -> Path:
    path = folder / "telefoon.jpg"
    exif = Image.Exif()
    exif.get_ifd(0x8825).update({1: "N", 2: (52.0, 5.0, 30.0), 3: "E", 4: (4.0, 54.0, 12.0)})
    Image.new("RGB", (900, 1200), (180, 120, 90)).save(path, exif=exif)
    assert has_gps(path)
    return path


def test_the_editor_page_is_noindex_with_a_csp_header(editor):
    _site, _base, headers = editor
    policy = headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "frame-ancestors 'none'" in policy
    assert re.search(r"connect-src 'self' blob: http://127\.0\.0\.1:\d+;", policy)
    assert headers["X-Robots-Tag"] == "noindex, nofollow"


# The paragraph after the level-2 heading ``q`` in the rich-text editor.
_PARAGRAPH = """(q) => [...document.querySelectorAll('[contenteditable=true] h2')]
  .filter(e => e.textContent.trim() === q).pop()?.nextElementSibling"""
_AFTER_HEADING = f"""(q) => ({_PARAGRAPH})(q)?.textContent.trim() ?? null"""
# Select the whole text of that paragraph, as a writer's drag over it would.
_SELECT_UNDER = f"""(q) => {{
  const p = ({_PARAGRAPH})(q);
  // Not rendered yet (the widget fills the question bank in late under load):
  // nothing selected, and wait_for_function asks again. A TypeError here ended
  // the wait at once, and the test, in a CI run.
  if (!p) return "";
  const walk = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  let first = walk.nextNode(), last = first, n;
  if (!first) return "";
  while ((n = walk.nextNode())) last = n;
  const range = document.createRange();
  range.setStart(first, 0);
  range.setEnd(last, last.length);
  const sel = window.getSelection();
  sel.removeAllRanges();
  sel.addRange(range);
  return sel.toString().trim();
}}"""
# Whether the browser's selection is still that paragraph's whole text.
_STILL_SELECTED = f"""(q) => {{
  const p = ({_PARAGRAPH})(q), sel = window.getSelection();
  return !!p && sel.rangeCount > 0 && p.contains(sel.anchorNode)
    && sel.toString().trim() === p.textContent.trim();
}}"""
# Each block of the rich-text editor as (tag, text): what a failure shows.
_EDITOR_TEXT = """() => [...document.querySelectorAll('[contenteditable=true] > *')]
  .map(e => [e.tagName, e.textContent])"""


def _answer(page, editor_body, answers: dict[str, str]) -> None:
    """Write each answer over the hint under its question, and make sure it stays there.

    Typed key by key, an answer could land beside the previous one under load:
    the rich-text widget re-renders between keys and moves the caret. So the
    hint under the question is selected whole, the answer goes in as one
    input (as a paste would), and it is checked under its own heading before
    the next one, and written again if it is not there.
    """
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for question, answer in answers.items():
        for _attempt in range(5):
            editor_body.focus()
            page.wait_for_function(f"q => ({_SELECT_UNDER})(q).length > 0", arg=question)
            # The widget takes the browser's selection on its next tick.
            page.wait_for_timeout(200)
            # Under load it may render again in between and put the caret at the
            # start of the text: the answer went into the first question's
            # heading, which no later attempt could find. Type only over the hint.
            if not page.evaluate(_STILL_SELECTED, question):
                continue
            page.keyboard.insert_text(answer)
            try:
                page.wait_for_function(f"([q, a]) => ({_AFTER_HEADING})(q) === a",
                                       arg=[question, answer], timeout=10_000)  # fmt: skip
                break
            except PlaywrightTimeout:
                continue
        else:
            raise AssertionError(
                f"{answer!r} never landed under {question!r}; the editor holds: "
                + repr(page.evaluate(_EDITOR_TEXT))
            )
        # Publish only once the preview pane, which renders the entry, shows it:
        # the widget commits its value to the entry late under load.
        page.frame_locator("iframe").last.get_by_text(answer).wait_for(timeout=30_000)
    for question, answer in answers.items():  # a later answer did not land in this one
        assert page.evaluate(_AFTER_HEADING, question) == answer, question


def test_create_a_dutch_interview_with_a_gps_photo(cms, tmp_path):
    page, site, _base = cms
    _new_story(page, "interviews-nl", "'s Ochtends: koffie met collega's", "2026-05-01",
               "Joost 't Hart", "Planner", "2026-04-20")  # fmt: skip
    page.get_by_text("Kies een afbeelding").click()
    page.locator("input[type=file]").set_input_files(_gps_photo(tmp_path))
    page.get_by_text("telefoon.jpg").wait_for()  # a fresh upload is selected already
    page.get_by_role("button", name="Gebruik selectie").click()
    editor_body = page.locator("[contenteditable=true]").last
    questions = [
        "Wat doe je precies, en hoe ziet een gewone werkdag eruit?",
        "Waarom koos je voor dit werk, en voor deze plek?",
    ]
    answers = ["Ik plan de ritten van onze monteurs.", "Omdat het werk ertoe doet."]
    _answer(page, editor_body, dict(zip(questions, answers, strict=True)))
    _publish(page)

    # Named by the slug `podium new` gives the title, as the build makes it.
    story = site / "content" / "interviews" / "s-ochtends-koffie-met-collega-s.md"
    text = _wait_for(story)
    for question, answer in zip(questions, answers, strict=True):
        assert f"## {question}\n\n{answer}\n" in text, text
    folder = "images/people/s-ochtends-koffie-met-collegas"  # the story's own
    assert f"photo: {folder}/telefoon.jpg" in text
    assert "lang: nl" in text
    original = site / "content" / folder / "telefoon.jpg"
    # Stripped in the browser before the upload: the writer, who has no git,
    # could not take the position out of the repository again.
    assert not has_gps(original)
    assert Image.open(original).size == (900, 1200)

    # A new story is a draft, as `podium new` writes it: half-written, its
    # prompts are warnings, and the build (`podium serve`'s too) goes on.
    assert "status: draft\n" in text
    unfinished = _podium(site, "check")
    assert unfinished.returncode == 0, unfinished.stderr
    assert f"{story.name}:" in unfinished.stderr and "prompt" in unfinished.stderr
    # Published with a prompt left, it is refused.
    story.write_text(text.replace("status: draft", "status: published"), encoding="utf-8")
    unfinished = _podium(site, "check")
    assert unfinished.returncode == 1 and "prompt" in unfinished.stderr
    text = story.read_text(encoding="utf-8")
    story.write_text(text.replace(HINT, "Een antwoord in eigen woorden."), encoding="utf-8")
    checked = _podium(site, "check")
    assert checked.returncode == 0, checked.stderr

    out = site / "built"
    built = _podium(site, "build", "-o", str(out))
    assert built.returncode == 0, built.stderr
    page_html = (out / "stories" / story.stem / "index.html").read_text(encoding="utf-8")
    photos = sorted(set(re.findall(r'(images/[^" ]+\.(?:jpg|webp))', page_html)))
    assert photos, "the story page shows no portrait"
    for rel in photos:
        assert not has_gps(out / rel), rel
    originals = original.read_bytes()
    assert not [p for p in out.rglob("*") if p.is_file() and p.read_bytes() == originals]


def _translated_in_editor(page, site: Path, name: str, original: str, title: str) -> None:
    """A colleague starts the Dutch column ``original`` with the wizard, and the
    translator adds its English version, ``title``, in the browser."""
    started = _podium(
        site, "new", "column", "--name", name, "--role", "Supportmedewerker",
        "--team", "support", "--lang", "nl", "--title", original,
        "--consent-given", "2026-04-01", "--social",
    )  # fmt: skip
    assert started.returncode == 0, started.stderr
    _new_story(page, "columns-en", title, "2026-05-02", name, "Support agent", "2026-04-01")
    page.get_by_label("Vertaling van").click()
    page.keyboard.type(original.split()[0])
    page.get_by_role("option", name=re.compile(original)).click()
    _publish(page)


def test_add_the_english_translation(cms):
    page, site, _base = cms
    _translated_in_editor(page, site, "Ben Bakker", "Drie dagen", "Three days")
    # Named by its original's slug, as `podium new --translation-of` names it.
    translation = site / "content" / "columns" / "drie-dagen.en.md"
    text = _wait_for(translation)
    assert "slug: drie-dagen\n" in text and "lang: en\n" in text
    assert "Start with a concrete moment" in text  # the English question bank
    assert not list(translation.parent.glob("three-days*"))


def test_an_original_translated_already_is_not_offered(cms):
    """The field "Vertaling van" offered "Anna de Boer", translated already
    (anna-de-boer.en.md): picked, the new file had that translation's slug,
    which only `podium check` refused afterwards. Not offered now; the
    translation itself keeps it as its original and saves."""
    page, site, _base = cms
    page.goto(page.url.split("#")[0] + "#/collections/interviews-en/entries/anna-de-boer")
    page.get_by_label("Titel", exact=True).fill("Anna de Boer: from intern to data lead")
    _publish(page)
    story = site / "content" / "interviews" / "anna-de-boer.en.md"
    text = _saved(story, "from intern to data lead", "the editor did not save the translation")
    assert _front(text)["slug"] == "anna-de-boer", text
    _new_story(page, "interviews-en", "Anna, once more", "2026-05-02", "Anna de Boer",
               "Data team lead", "2026-04-01")  # fmt: skip
    page.get_by_label("Vertaling van").click()
    page.keyboard.type("Anna")
    page.get_by_text("No options").wait_for()
    assert page.get_by_role("option").count() == 0


def test_write_and_edit_a_story_only_in_english(cms):
    """No Dutch original to pick: "Vertaling van" stays empty, and that saves."""
    page, site, _base = cms
    _new_story(page, "columns-en", "Night shifts, my way", "2026-05-03", "Ravi Menon",
               "Tech lead", "2026-04-01")  # fmt: skip
    # The preview pane sits in the Dutch editor page: the English story says so.
    preview = page.frame_locator("iframe").last
    preview.locator("article[lang=en]").get_by_text("Night shifts, my way").wait_for()
    _publish(page)
    story = site / "content" / "columns" / "night-shifts-my-way.en.md"
    text = _wait_for(story)
    assert "lang: en\n" in text and _front(text)["slug"] == "night-shifts-my-way"
    # Edited again later (the case of the demo's English-only stories): it saves.
    page.goto(page.url.split("#")[0] + "#/collections/columns-en/entries/night-shifts-my-way")
    page.get_by_label("Titel", exact=True).fill("Night shifts, my own way")
    _publish(page)
    _saved(
        story, "title: Night shifts, my own way\n", "the editor did not save the English-only story"
    )
    assert sorted(p.name for p in story.parent.glob("night-shifts*")) == [story.name]
    checked = _podium(site, "check", os.path.join("content", "columns", story.name))
    assert checked.returncode == 0, checked.stderr  # a draft: its prompts are warnings
    assert "status: draft\n" in story.read_text(encoding="utf-8")


def test_a_new_english_story_leaves_the_authors_name_out_of_its_name(cms):
    """A story written in English in the editor was named after its whole
    title: "Ravi Menon: night shifts" by Ravi Menon was
    ravi-menon-night-shifts.en.md, his name in the story's URL and in what
    `podium withdraw` records when his consent ends, and a translation
    "Sanne Smit: four days" sanne-smit-four-days.en.md. `podium new` leaves
    the name out, and names a translation as its original; so does the editor."""
    page, site, _base = cms
    content = site / "content"
    _translated_in_editor(page, site, "Sanne Smit", "Vier dagen", "Sanne Smit: four days")
    front = _front(_wait_for(content / "columns" / "vier-dagen.en.md"))
    assert front["slug"] == "vier-dagen" and front["title"] == "Sanne Smit: four days", front
    # A story only in English: the slug `podium new` gives it names it.
    _new_story(page, "columns-en", "Ravi Menon: night shifts", "2026-05-03", "Ravi Menon",
               "Tech lead", "2026-04-01")  # fmt: skip
    _publish(page)
    only = content / "columns" / "night-shifts.en.md"
    assert _front(_wait_for(only))["slug"] == "night-shifts"
    assert not [p for p in content.rglob("*") if p.name.startswith(("sanne-smit", "ravi-menon"))]
    checked = _podium(site, "check", os.path.join("content", "columns", only.name))
    assert checked.returncode == 0, checked.stderr
    # Opened again, "Vertaling van" names no original: it is no translation.
    page.goto(page.url.split("#")[0] + "#/collections/columns-en/entries/night-shifts")
    page.get_by_role("button", name="Publiceer").wait_for()
    page.get_by_label("Titel", exact=True).wait_for()
    assert page.get_by_text("night-shifts", exact=True).count() == 0


def test_retitling_a_story_changes_only_that_file(cms):
    page, site, _base = cms
    content = site / "content"
    before = snapshot(content)
    page.goto(page.url.split("#")[0] + "#/collections/interviews-nl/entries/anna-de-boer")
    title = page.get_by_label("Titel", exact=True)
    # A published story cannot be deleted here (a bare 404, its translation
    # left online): it is taken down by ending its consent, or `podium withdraw`.
    title.wait_for()
    page.get_by_role("button", name="Publiceer").wait_for()  # the toolbar is there
    assert page.get_by_text("Item verwijderen").count() == 0
    title.fill("Anna de Boer: een nieuwe titel")
    _publish(page)
    deadline = time.monotonic() + 15
    while snapshot(content) == before:
        assert time.monotonic() < deadline, "the editor wrote nothing"
        time.sleep(0.2)
    after = snapshot(content)
    changed = sorted(k for k in after.keys() | before.keys() if after.get(k) != before.get(k))
    assert changed == [os.path.join("interviews", "anna-de-boer.md")]
    assert "title: 'Anna de Boer: een nieuwe titel'" in after[changed[0]].decode() or (
        'title: "Anna de Boer: een nieuwe titel"' in after[changed[0]].decode()
    )
    checked = _podium(site, "check", os.path.join("content", changed[0]))
    assert checked.returncode == 0, checked.stderr
    # The rest of the front matter means what it meant before.
    old, new = (_front(b[changed[0]].decode()) for b in (before, after))
    assert new.pop("title") == "Anna de Boer: een nieuwe titel"
    old.pop("title")
    assert new == old


def test_an_english_story_without_a_lang_line_is_listed(cms):
    """`name.en.md` is English by its suffix (contract); the editor lists it too."""
    page, site, _base = cms
    page.goto(page.url.split("#")[0] + "#/collections/columns-en")
    page.get_by_text("Finding my way in a Dutch team (Carla Mendes)").click()
    page.get_by_label("Functie", exact=True).fill("Senior software developer")
    _publish(page)
    story = site / "content" / "columns" / "carla-en-only.en.md"
    _saved(
        story, "role: Senior software developer\n", "the editor did not save carla-en-only.en.md"
    )
    checked = _podium(site, "check", os.path.join("content", "columns", story.name))
    assert checked.returncode == 0, checked.stderr


def test_a_consent_given_after_the_publication_date_is_refused_at_the_field(editor, new_page):
    """A consent given after the story's date (renewed today on an older
    story), or an "updated" before it, was saved, and only `podium check`
    refused it, in the pull request the writer never reads."""
    site, base, _headers = editor
    page, watch = new_page()
    _log_in(page, base)
    _new_story(page, "columns-nl", "Toestemming te laat", "2026-05-01", "Lotte Lerink", "Monteur",
               "2026-05-20")  # fmt: skip
    page.get_by_role("textbox", name="Laatst inhoudelijk bijgewerkt").fill("2026-04-01")
    page.get_by_role("button", name="Publiceer").click()
    page.get_by_text("Publiceer nu").click()
    page.get_by_text("ligt na de publicatiedatum (2026-05-01)").wait_for()
    page.get_by_text("ligt voor de publicatiedatum (2026-05-01)").wait_for()
    story = site / "content" / "columns" / "toestemming-te-laat.md"
    assert not story.exists()
    # Put right in the other field, the publication date: the consent field
    # compares with the date as it is now.
    page.get_by_role("textbox", name="Publicatiedatum").fill("2026-05-21")
    page.get_by_role("textbox", name="Laatst inhoudelijk bijgewerkt").fill("2026-05-22")
    _publish(page)
    front = _front(_wait_for(story))
    assert str(front["consent"]["given"]) == "2026-05-20" and str(front["date"]) == "2026-05-21"
    checked = _podium(site, "check", os.path.join("content", "columns", story.name))
    assert "consent" not in checked.stderr and "updated" not in checked.stderr, checked.stderr
    # Decap rejects a save with invalid fields with an unhandled Promise.reject()
    # (so it does for a title with a tag): that, and nothing else.
    serious = {e for e in watch.errors if "Content Security Policy" in e or "page error" in e}
    assert serious <= {"page error: undefined"}, watch.errors


def test_a_consent_renewed_after_publication_is_saved_with_its_update(cms):
    """README: a consent given after the story's date is fine when "updated" is
    that day or later (a consent renewed after publication), and `podium check`
    takes it; the editor compared only with the publication date and refused
    it ("ligt na de publicatiedatum")."""
    page, site, _base = cms
    _new_story(page, "columns-nl", "Toestemming vernieuwd", "2026-05-01", "Rob Renew",
               "Monteur", "2026-05-20")  # fmt: skip
    page.get_by_role("textbox", name="Laatst inhoudelijk bijgewerkt").fill("2026-05-20")
    _publish(page)
    story = site / "content" / "columns" / "toestemming-vernieuwd.md"
    front = _front(_wait_for(story))
    assert str(front["consent"]["given"]) == "2026-05-20" and str(front["updated"]) == "2026-05-20"
    checked = _podium(site, "check", os.path.join("content", "columns", story.name))
    assert "consent" not in checked.stderr, checked.stderr


def test_the_now_button_fills_in_the_hubs_today(editor, new_page):
    """Each date's "Nu" button filled in today in UTC, and the field said "UTC"
    beside it: between midnight and two in the morning in Amsterdam a story,
    or a consent, was dated the day before, and a hub in New York dated it the
    next day from the evening on (a story dated tomorrow is not published
    today). It fills in the hub's today now, as the build counts days (here
    the test site's fixed PODIUM_TODAY, 2026-06-01, as the vacancies are
    marked by), and no field says UTC."""
    _site, base, _headers = editor
    page, _watch = new_page()
    _log_in(page, base)
    page.goto(page.url.split("#")[0] + "#/collections/columns-nl/new")
    for label in ("Publicatiedatum", "Toestemming gegeven op"):
        page.get_by_role("button", name=f"Vul vandaag in bij {label}").click()
        assert page.get_by_role("textbox", name=label).input_value() == "2026-06-01", label
    assert "UTC" not in page.locator("body").inner_text()
    # A day typed is that day, whatever the laptop's time zone (Decap keeps the
    # day as a day without `picker_utc` too): the preview dates it so.
    far, _watch = new_page(timezone_id="Pacific/Kiritimati")  # UTC+14
    _log_in(far, base)
    far.goto(far.url.split("#")[0] + "#/collections/columns-nl/new")
    far.get_by_role("textbox", name="Publicatiedatum").fill("2026-05-01")
    far.frame_locator("iframe").last.get_by_text("1 mei 2026").wait_for(timeout=30_000)
    assert far.get_by_role("textbox", name="Publicatiedatum").input_value() == "2026-05-01"
    far.get_by_role("button", name="Vul vandaag in bij Publicatiedatum").click()
    assert far.get_by_role("textbox", name="Publicatiedatum").input_value() == "2026-06-01"


def test_a_date_outside_the_years_check_takes_is_refused_at_the_field(editor, new_page):
    """A story dated 1850, or given in 2206 (a typo for 2026), was saved, and
    `podium check` refused it after the save ('must be a date in the years 1900
    to 2100'). The editor says so at the field now, in the consent group too."""
    site, base, _headers = editor
    page, watch = new_page()
    _log_in(page, base)
    _new_story(page, "columns-nl", "Een tikfout in het jaar", "1850-05-01", "Jaap Jansma",
               "Monteur", "2206-04-20")  # fmt: skip
    page.get_by_role("button", name="Publiceer").click()
    page.get_by_text("Publiceer nu").click()
    years = "moet een datum in de jaren 1900 tot en met 2100 zijn (een tikfout?)"
    page.get_by_text(f"Publicatiedatum (1850-05-01) {years}").wait_for()
    page.get_by_text(f"Toestemming gegeven op (2206-04-20) {years}").wait_for()
    story = site / "content" / "columns" / "een-tikfout-in-het-jaar.md"
    page.wait_for_timeout(1000)
    assert not story.exists()
    page.get_by_role("textbox", name="Publicatiedatum").fill("2026-05-01")
    page.get_by_role("textbox", name="Toestemming gegeven op").fill("2026-04-20")
    _publish(page)
    front = _front(_wait_for(story))
    assert (str(front["date"]), str(front["consent"]["given"])) == ("2026-05-01", "2026-04-20")
    checked = _podium(site, "check", os.path.join("content", "columns", story.name))
    assert "years" not in checked.stderr, checked.stderr
    serious = {e for e in watch.errors if "Content Security Policy" in e or "page error" in e}
    assert serious <= {"page error: undefined"}, watch.errors  # Decap's refused save


def test_a_date_typed_with_the_keyboard_keeps_the_year_typed(editor, new_page):
    """Typed into the date field, the year passes through 0002, 0020 and 0202:
    Decap read 0002 as 1902 and wrote it back, the typing went on from there,
    and "11052026" was saved as 1906-11-05 (which the years rule let through)."""
    site, base, _headers = editor
    page, _watch = new_page(locale="en-US")  # the date field's order: month, day, year
    _log_in(page, base)
    _new_story(page, "columns-nl", "Getypte datums", "2026-01-01", "Lotte Lerink", "Monteur",
               "2026-01-01")  # fmt: skip
    for label, typed, day in (("Publicatiedatum", "11052026", "2026-11-05"),
                              ("Toestemming gegeven op", "11012026", "2026-11-01")):  # fmt: skip
        field = page.get_by_role("textbox", name=label)
        field.focus()  # its first segment, the month
        page.keyboard.type(typed, delay=80)
        assert field.input_value() == day, label
    _publish(page)
    front = _front(_wait_for(site / "content" / "columns" / "getypte-datums.md"))
    assert (str(front["date"]), str(front["consent"]["given"])) == ("2026-11-05", "2026-11-01")


def test_a_new_story_cannot_take_a_withdrawn_storys_address(editor, new_page):
    """withdrawn.yml keeps "teruggetrokken-verhaal": a new story titled
    "Teruggetrokken verhaal" (or given that URL name) was saved at that address,
    someone else's words where a person asked to be taken down, and only
    `podium check` refused it."""
    site, base, _headers = editor
    page, watch = new_page()
    _log_in(page, base)
    _new_story(page, "columns-nl", "Teruggetrokken verhaal!", "2026-05-01", "Wim Weer",
               "Monteur", "2026-04-20")  # fmt: skip
    page.get_by_role("button", name="Publiceer").click()
    page.get_by_text("Publiceer nu").click()
    page.get_by_text("adres van een teruggetrokken verhaal (teruggetrokken-verhaal)").wait_for()
    url_name = page.get_by_label("URL-naam (leeg: de bestandsnaam)")
    url_name.fill("teruggetrokken-verhaal")
    page.get_by_role("button", name="Publiceer").click()
    page.get_by_text("Publiceer nu").click()
    page.get_by_text("niet het adres van een teruggetrokken verhaal").wait_for()
    folder = site / "content" / "columns"
    assert not list(folder.glob("teruggetrokken*"))
    _fill(url_name, "weer-terug")
    _publish(page)
    # A URL name of its own names the file (as podium new's slug does).
    front = _front(_wait_for(folder / "weer-terug.md"))
    assert front["slug"] == "weer-terug"
    serious = {e for e in watch.errors if "Content Security Policy" in e or "page error" in e}
    assert serious <= {"page error: undefined"}, watch.errors  # Decap's refused save


def test_a_url_name_another_story_has_is_refused_at_the_field(editor, new_page):
    """interviews/anna-de-boer.md is at /stories/anna-de-boer/: a new Dutch
    column titled "Anna de Boer" (the file name, so the slug) or given the URL
    name "anna-de-boer" was saved, two stories at one URL,
    and only `podium check` refused it ('slug "anna-de-boer" in language "nl"
    is also used by ...')."""
    site, base, _headers = editor
    page, watch = new_page()
    _log_in(page, base)
    _new_story(page, "columns-nl", "Anna de Boer", "2026-05-01", "Ida Ander",
               "Planner", "2026-04-20")  # fmt: skip
    # Its title names the file, so the slug: that of Anna's interview.
    page.get_by_role("button", name="Publiceer").click()
    page.get_by_text("Publiceer nu").click()
    page.get_by_text("krijgt het adres anna-de-boer, dat interviews/anna-de-boer.md al").wait_for()
    title = page.get_by_label("Titel", exact=True)
    _fill(title, "Mijn eerste jaar")
    url_name = page.get_by_label("URL-naam (leeg: de bestandsnaam)")
    url_name.fill("anna-de-boer")
    page.get_by_role("button", name="Publiceer").click()
    page.get_by_text("Publiceer nu").click()
    page.get_by_text("heeft deze URL al (interviews/anna-de-boer.md)").wait_for()
    folder = site / "content" / "columns"
    assert not list(folder.glob("mijn-eerste-jaar*"))
    _fill(url_name, "anna-de-boer-2")
    _publish(page)
    # A new story is named by its URL name, the slug it is published at.
    assert not list(folder.glob("mijn-eerste-jaar*"))
    assert _front(_wait_for(folder / "anna-de-boer-2.md"))["slug"] == "anna-de-boer-2", sorted(
        p.name for p in folder.iterdir()
    )
    # A story keeps its own URL name: test_retitling_a_story_changes_only_that_file
    # saves anna-de-boer.md (slug: anna-de-boer) through this field.
    serious = {e for e in watch.errors if "Content Security Policy" in e or "page error" in e}
    assert serious <= {"page error: undefined"}, watch.errors  # Decap's refused save


def _resaved_in_editor(editor, new_page, story: Path, title: str, rest: str, refused=False):
    """A story written in git (``title``, then the front matter's ``rest`` and its
    text), opened in the editor by a colleague who changes one word (the role:
    Hoofdplanner) and saves it: (page, watch, its text once saved). ``refused``:
    a save the editor is expected to refuse; the text is then the one written."""
    site, base, _headers = editor
    page, watch = new_page()
    _log_in(page, base)
    written = (
        f"---\ntitle: {title}\ndate: 2026-05-01\nauthor: Bo Nieuw\nrole: Planner\nlang: nl\n" + rest
    )
    story.write_text(written, encoding="utf-8")
    page.goto(page.url.split("#")[0] + f"#/collections/{story.parent.name}-nl/entries/{story.stem}")
    page.frame_locator("iframe").last.get_by_text(title).first.wait_for(timeout=30_000)
    _fill(page.get_by_label("Functie", exact=True), "Hoofdplanner")
    if refused:
        page.get_by_role("button", name="Publiceer").click()
        page.get_by_text("Publiceer nu").click()
        return page, watch, written
    _publish(page)
    return page, watch, _saved(story, "Hoofdplanner")


def test_a_url_name_in_words_saves_and_is_checked_as_its_slug(editor, new_page):
    """`podium check` makes a slug of a URL name written in words (slug: Oude
    Storm, aliases: [Oud Verhaal]); the editor refused both ("kleine letters,
    cijfers en streepjes"), so a colleague who changed one word of a story
    written so in git could not save it. Now they save, and one in words that
    makes another story's slug is refused as that slug is."""
    story = editor[0] / "content" / "columns" / "woorden.md"
    page, watch, text = _resaved_in_editor(
        editor, new_page, story, "In woorden",
        "slug: Oude Storm\nconsent:\n  given: 2026-04-20\naliases:\n- Oud Verhaal\n---\nTekst.\n",
    )  # fmt: skip
    assert _front(text)["slug"] == "Oude Storm"
    assert _front(text)["aliases"] == ["Oud Verhaal"]
    _fill(page.get_by_label("URL-naam (leeg: de bestandsnaam)"), "Anna de Boer")
    page.get_by_role("button", name="Publiceer").click()
    page.get_by_text("Publiceer nu").click()
    page.get_by_text("heeft deze URL al (interviews/anna-de-boer.md)").wait_for()
    serious = {e for e in watch.errors if "Content Security Policy" in e or "page error" in e}
    assert serious <= {"page error: undefined"}, watch.errors  # Decap's refused save


def test_a_title_with_letters_an_accent_does_not_make_takes_a_taken_address(editor, new_page):
    """The editor made a title a slug by dropping accents only, so "Ånna de
    Bøer" was "anna-de-b-er" to it and saved, while the build reads the file
    as anna-de-boer (ø is o), the address of interviews/anna-de-boer.md, and
    `podium check` refused it ("is also used by"). Now the title's slug is
    made with the build's own transliteration, and refused as taken."""
    site, base, _headers = editor
    page, watch = new_page()
    _log_in(page, base)
    # Nothing new is saved (an earlier test of this module saved anna-de-boer-2.md).
    before = sorted(p.name for p in (site / "content" / "columns").iterdir())
    _new_story(page, "columns-nl", "Ånna de Bøer", "2026-05-01", "Ida Ander", "Planner",
               "2026-04-20")  # fmt: skip
    page.get_by_role("button", name="Publiceer").click()
    page.get_by_text("Publiceer nu").click()
    page.get_by_text("krijgt het adres anna-de-boer, dat interviews/anna-de-boer.md al").wait_for()
    page.wait_for_timeout(1000)
    assert sorted(p.name for p in (site / "content" / "columns").iterdir()) == before
    serious = {e for e in watch.errors if "Content Security Policy" in e or "page error" in e}
    assert serious <= {"page error: undefined"}, watch.errors  # Decap's refused save


_STORY = (
    "---\ntitle: {title}\ndate: 2026-03-02\nauthor: {author}\nrole: Support\nlang: nl\n"
    "consent: {{given: 2026-02-20}}\n---\n\nTekst.\n"
)


@pytest.fixture(scope="module")
def changed_since_the_build(tmp_path_factory):
    """The editor over a site changed after its build: columns/weg-sinds-de-build.md
    (in the build) removed, columns/nieuw-sinds-de-build.md (not in it) added,
    "weg-wegens-bezwaar" added to withdrawn.yml, as merged since the last deploy."""
    site = copy_site(tmp_path_factory.mktemp("live"))
    columns = site / "content" / "columns"
    (columns / "weg-sinds-de-build.md").write_text(
        _STORY.format(title="Weg sinds de build", author="Wim Weg"), "utf-8"
    )
    serving = _serve_editor(site)
    found = next(serving)
    (columns / "weg-sinds-de-build.md").unlink()
    (columns / "nieuw-sinds-de-build.md").write_text(
        _STORY.format(title="Nieuw sinds de build", author="Nina Nieuw"), "utf-8"
    )
    with (site / "content" / "withdrawn.yml").open("a", encoding="utf-8") as record:
        record.write("  - slug: weg-wegens-bezwaar\n    langs: [nl]\n")
    # A theme added and one removed, a vacancy added and one removed.
    themes = site / "content" / "themes.yml"
    text = themes.read_text(encoding="utf-8")
    themes.write_text(
        text[: text.index("  - slug: balance")]
        + '  - slug: growth\n    name: {nl: "Groeien in je vak", en: "Growing"}\n'
        '    description: {nl: "Leren.", en: "Learning."}\n    color: "#1f5fbf"\n'
        "    keywords: {nl: [opleiding], en: [training]}\n",
        encoding="utf-8",
    )
    vacancies = site / "content" / "vacancies"
    (vacancies / "data-engineer.yml").unlink()
    (vacancies / "nieuwe-planner.yml").write_text(
        (vacancies / "closed-support.yml").read_text(encoding="utf-8")
        .replace('id: "503"', 'id: "777"').replace("Supportmedewerker vrijdag", "Nieuwe planner")
        .replace("valid_through: 2026-03-31", "valid_through: 2026-12-31"),
        encoding="utf-8",
    )  # fmt: skip
    (columns / "met-een-oud-thema.md").write_text(
        _STORY.format(title="Met een oud thema", author="Olga Oud").replace(
            "lang: nl\n", "lang: nl\nthemes: [balance]\n"
        ),
        "utf-8",
    )
    # A story merged since the build that was once at other addresses.
    (columns / "storm.md").write_text(
        _STORY.format(title="Storm", author="Sam Storm").replace(
            "lang: nl\n", "lang: nl\naliases: [oude-storm, /stories/oud-pad/]\n"
        ),
        "utf-8",
    )
    # Its English translation keeps one of them too (one slug: they share it).
    (columns / "storm.en.md").write_text(
        _STORY.format(title="Storm", author="Sam Storm").replace(
            "lang: nl\n", "lang: en\naliases: [oude-storm]\n"
        ),
        "utf-8",
    )
    yield found
    next(serving, None)


def _new_column_live(editor, new_page, title: str):
    site, base, _headers = editor
    page, watch = new_page()
    _log_in(page, base)
    _new_story(page, "columns-nl", title, "2026-05-01", "Ida Ander", "Planner", "2026-04-20")
    # The editor lists the stories live when the form opens (admin.js).
    page.wait_for_selector("body[data-live-lists]", state="attached", timeout=30_000)
    return page, watch, site / "content" / "columns"


def test_a_story_added_since_the_build_keeps_its_url(changed_since_the_build, new_page):
    """The editor's list of URLs taken was the build's (the last deploy's): a
    story merged since was not in it, so a new column titled as it was saved,
    and only `podium check` refused the pull request ('is also used by')."""
    page, watch, folder = _new_column_live(
        changed_since_the_build, new_page, "Nieuw sinds de build"
    )
    page.get_by_role("button", name="Publiceer").click()
    page.get_by_text("Publiceer nu").click()
    page.get_by_text(
        "krijgt het adres nieuw-sinds-de-build, dat columns/nieuw-sinds-de-build.md al"
    ).wait_for()
    assert sorted(p.name for p in folder.glob("nieuw-sinds*")) == ["nieuw-sinds-de-build.md"]
    serious = {e for e in watch.errors if "Content Security Policy" in e or "page error" in e}
    assert serious <= {"page error: undefined"}, watch.errors  # Decap's refused save


def test_a_story_removed_since_the_build_frees_its_url(changed_since_the_build, new_page):
    """A story removed since the build still blocked its URL in the editor."""
    page, watch, folder = _new_column_live(changed_since_the_build, new_page, "Weg sinds de build")
    _publish(page)
    assert _front(_wait_for(folder / "weg-sinds-de-build.md"))["author"] == "Ida Ander"
    assert not [e for e in watch.errors if "Content Security Policy" in e or "page error" in e]


def test_a_slug_withdrawn_since_the_build_is_refused(changed_since_the_build, new_page):
    """withdrawn.yml was read at the build: a story withdrawn since (its
    files gone, its slug recorded) left its address free in the editor, as a
    title and as a URL name, and only `podium check` refused the pull request."""
    page, watch, folder = _new_column_live(changed_since_the_build, new_page, "Weg wegens bezwaar")
    page.get_by_role("button", name="Publiceer").click()
    page.get_by_text("Publiceer nu").click()
    page.get_by_text("adres van een teruggetrokken verhaal (weg-wegens-bezwaar)").wait_for()
    title = page.get_by_label("Titel", exact=True)
    _fill(title, "Iets anders")
    url_name = page.get_by_label("URL-naam (leeg: de bestandsnaam)")
    _fill(url_name, "weg-wegens-bezwaar")
    page.get_by_role("button", name="Publiceer").click()
    page.get_by_text("Publiceer nu").click()
    refused = "niet het adres van een teruggetrokken verhaal (weg-wegens-bezwaar)"
    page.get_by_text(refused).wait_for()
    page.wait_for_timeout(1000)
    assert not list(folder.glob("weg-wegens*")) and not list(folder.glob("iets-anders*"))
    serious = {e for e in watch.errors if "Content Security Policy" in e or "page error" in e}
    assert serious <= {"page error: undefined"}, watch.errors  # Decap's refused save


def test_another_storys_old_url_name_is_refused_as_a_title(changed_since_the_build, new_page):
    """columns/storm.md has aliases: [oude-storm, /stories/oud-pad/] (a
    redirect to it answers at each): a new column titled "Oude storm" was
    saved at /stories/oude-storm/, and only `podium check` refused it, as
    `podium new` does at the title. So was the URL name "oud-pad"."""
    page, watch, folder = _new_column_live(changed_since_the_build, new_page, "Oude storm")
    page.get_by_role("button", name="Publiceer").click()
    page.get_by_text("Publiceer nu").click()
    page.get_by_text(
        "krijgt het adres oude-storm, een oude URL-naam van columns/storm.en.md, columns/storm.md"
    ).wait_for()
    _fill(page.get_by_label("Titel", exact=True), "Een nieuw pad")
    url_name = page.get_by_label("URL-naam (leeg: de bestandsnaam)")
    _fill(url_name, "oud-pad")
    page.get_by_role("button", name="Publiceer").click()
    page.get_by_text("Publiceer nu").click()
    page.get_by_text("deze URL is een oude URL-naam van columns/storm.md").wait_for()
    assert not list(folder.glob("oude-storm*")) and not list(folder.glob("een-nieuw-pad*"))
    serious = {e for e in watch.errors if "Content Security Policy" in e or "page error" in e}
    assert serious <= {"page error: undefined"}, watch.errors  # Decap's refused save


def test_a_url_name_of_its_own_clears_the_titles_refusal(changed_since_the_build, new_page):
    """A new column titled "Oude storm" is refused at the title (its address
    would be storm.md's old URL name); the writer then gives it a URL name of
    its own, as the message says: the title's message goes, and it is saved."""
    page, watch, folder = _new_column_live(changed_since_the_build, new_page, "Oude storm")
    page.get_by_role("button", name="Publiceer").click()
    page.get_by_text("Publiceer nu").click()
    refused = page.get_by_text("krijgt het adres oude-storm, een oude URL-naam van")
    refused.wait_for()
    _fill(page.get_by_label("URL-naam (leeg: de bestandsnaam)"), "een-eigen-storm")
    page.wait_for_timeout(1000)
    stale = refused.count()
    _publish(page)
    text = _wait_for(folder / "een-eigen-storm.md")  # the URL name names the file
    assert _front(text)["slug"] == "een-eigen-storm"
    assert stale == 0, "the title's refusal stayed after the URL name was given"
    serious = {e for e in watch.errors if "Content Security Policy" in e or "page error" in e}
    assert serious <= {"page error: undefined"}, watch.errors  # Decap's refused save


def test_a_translation_keeps_the_old_url_name_it_shares(changed_since_the_build, new_page):
    """storm.md and its translation storm.en.md both list aliases:
    [oude-storm]: one story, one redirect, which `podium check` accepts. The
    English one, retitled, is saved with it."""
    site, base, _headers = changed_since_the_build
    page, watch = new_page()
    _log_in(page, base)
    page.goto(page.url.split("#")[0] + "#/collections/columns-en/entries/storm")
    page.wait_for_selector("body[data-live-lists]", state="attached", timeout=30_000)
    _fill(page.get_by_label("Titel", exact=True), "Storm, retitled")
    _publish(page)
    path = site / "content" / "columns" / "storm.en.md"
    _saved(path, "retitled", "the editor did not save storm.en.md")
    assert _front(path.read_text(encoding="utf-8"))["aliases"] == ["oude-storm"]
    assert not [e for e in watch.errors if "Content Security Policy" in e or "page error" in e]


@pytest.mark.parametrize(
    ("alias", "refused"),
    [
        # Withdrawn since the build: a redirect page at the address of a person
        # who asked to be taken down.
        (
            "weg-wegens-bezwaar",
            "niet het adres van een teruggetrokken verhaal (weg-wegens-bezwaar)",
        ),
        # Another story's URL name (added since the build, so the live list's):
        # a redirect over a story.
        (
            "nieuw-sinds-de-build",
            "een ander verhaal in deze taal heeft deze URL al (columns/nieuw-sinds-de-build.md)",
        ),
        # Another story's old URL name (added since the build): two redirects
        # at one address.
        ("oude-storm", "columns/storm.en.md, columns/storm.md heeft deze oude URL-naam ook"),
        # The same, written as paths (an old address in a language, which the
        # field's pattern takes): checked by `podium check` only, the value
        # looked up as it stood, "/stories/nieuw-sinds-de-build/", never a slug.
        (
            "/stories/nieuw-sinds-de-build/",
            "een ander verhaal in deze taal heeft deze URL al (columns/nieuw-sinds-de-build.md)",
        ),
        (
            "/stories/weg-wegens-bezwaar/",
            "niet het adres van een teruggetrokken verhaal (weg-wegens-bezwaar)",
        ),
        (
            "/stories/oude-storm",
            "columns/storm.en.md, columns/storm.md heeft deze oude URL-naam ook",
        ),
        # A story in the other language: /en/stories/storm/ is storm.en.md's page,
        # and the message names that language ("in deze taal" was the form's).
        (
            "/en/stories/storm/",
            "een ander verhaal in het Engels heeft deze URL al (columns/storm.en.md)",
        ),
    ],
)
def test_an_old_url_name_the_site_cannot_give_is_refused(
    changed_since_the_build, new_page, alias, refused
):
    """An old URL name (`aliases`) was checked against the build's withdrawn.yml
    only (a pattern), and not at all against the other stories' URLs: each was
    saved, and only `podium check` refused the pull request."""
    page, watch, folder = _new_column_live(changed_since_the_build, new_page, "Een oude naam")
    page.get_by_role("button", name="Voeg Vorige URL-naam toe").click()
    _fill(page.get_by_label("Vorige URL-naam", exact=True), alias)
    page.get_by_role("button", name="Publiceer").click()
    page.get_by_text("Publiceer nu").click()
    page.get_by_text(refused).wait_for()
    page.wait_for_timeout(1000)
    assert not list(folder.glob("een-oude-naam*"))
    serious = {e for e in watch.errors if "Content Security Policy" in e or "page error" in e}
    assert serious <= {"page error: undefined"}, watch.errors  # Decap's refused save


def test_an_old_url_name_counts_in_every_language_of_the_story(changed_since_the_build, new_page):
    """storm.md has an English translation, storm.en.md: an old slug of it is
    an address in both languages, so "carla-en-only" (the English column's
    URL) was saved in the Dutch file, the editor looking in Dutch only, and
    `podium check` refused it ('alias "carla-en-only" in language "en" is the
    slug of')."""
    site, base, _headers = changed_since_the_build
    page, watch = new_page()
    _log_in(page, base)
    page.goto(page.url.split("#")[0] + "#/collections/columns-nl/entries/storm")
    page.wait_for_selector("body[data-live-lists]", state="attached", timeout=30_000)
    story = site / "content" / "columns" / "storm.md"
    before = story.read_text(encoding="utf-8")
    page.get_by_role("button", name="Voeg Vorige URL-naam toe").click()
    _fill(page.get_by_label("Vorige URL-naam", exact=True).last, "carla-en-only")
    page.get_by_role("button", name="Publiceer").click()
    page.get_by_text("Publiceer nu").click()
    page.get_by_text(
        "een ander verhaal in het Engels heeft deze URL al (columns/carla-en-only.en.md)"
    ).wait_for()
    page.wait_for_timeout(1000)
    assert story.read_text(encoding="utf-8") == before
    serious = {e for e in watch.errors if "Content Security Policy" in e or "page error" in e}
    assert serious <= {"page error: undefined"}, watch.errors  # Decap's refused save


# Names as colleagues write them: accents, strokes and ligatures, a joiner or
# a zero-width space pasted along, full-width letters, Greek and Cyrillic, a
# decomposed accent, one longer than a slug may be.
NAMES = [
    "Ben Bakker", "Zoë Ørsted", "Łukasz Żółw", "Jan Weiß", "Æsa Œuvre", "Đorđe Þór",
    "Anna\u200d de Boer", "Ben\u200bBakker", "Ana\u00adlise", "Ｆｕｌｌ Ｗｉｄｔｈ", "Ĳsbrand",
    "ﬁona Fix", "İlkay Işık", "O’Neill – Smit", "Nguyễn Văn An", "Ça va", "e\u0301mile",
    "Σωκράτης Παπαδόπουλος", "Андрей Иванов", " Joost  't Hart ", "👩\u200d💻 Ben ☕",
    "Anna-Maria van der Berg-" * 6, "Con", "COM1",
]  # fmt: skip
# Only the build makes these a slug: characters outside the editor's table.
BUILD_ONLY = ["🦄🦄", "咖啡 Chen"]  # a hash's slug; Chinese


def test_the_editor_makes_a_name_the_people_page_slug_the_build_makes(editor, new_page):
    """admin.js makes a person's name a slug (to refuse the author's own page
    as a former one) with the build's rule, podium.slugs.person_slug; the two
    must not drift apart. A name the editor cannot make one of is left to it."""
    from podium.chars import hidden_character
    from podium.slugs import person_slug

    _site, base, _headers = editor
    page, _watch = new_page()
    page.goto(f"{base}/admin/")
    page.wait_for_function("() => !!window.podiumSlugs")
    made = page.evaluate(
        "names => names.map(n => window.podiumSlugs.person(n))", NAMES + BUILD_ONLY
    )
    assert made[: len(NAMES)] == [person_slug(n) for n in NAMES]
    assert made[len(NAMES) :] == [None] * len(BUILD_ONLY)
    # A former name written out in author_aliases is the page the build reads
    # it as (the names check takes: no invisible character in them).
    taken = [n for n in NAMES if hidden_character(n) is None]
    former = page.evaluate("names => names.map(n => window.podiumSlugs.former(n))", taken)
    assert former == [person_slug(n) for n in taken]


def test_the_editor_makes_a_title_the_slug_the_build_makes(editor, new_page):
    """A new story's title names its file, whose slug the build makes by
    podium_read.schema.slugify ("story" when nothing is left: a title of
    emoji); admin.js checks that slug against the other stories' before the
    save, so it must be the same. A title it cannot make one of is left to it."""
    from podium_read.schema import slugify

    _site, base, _headers = editor
    page, _watch = new_page()
    page.goto(f"{base}/admin/")
    page.wait_for_function("() => !!window.podiumSlugs")
    titles = [*NAMES[:-1], "🦄🎉", "★ ☆ !", "Mijn eerste jaar 🎉", "Café ☕ om 8:00"]
    made = page.evaluate("titles => titles.map(t => window.podiumSlugs.title(t))", titles)
    assert made == [slugify(t)[:80].rstrip("-") for t in titles]
    # A URL name written in words is the slug the build makes of it.
    from podium.slugs import slugify as kernel_slugify

    urls = page.evaluate("titles => titles.map(t => window.podiumSlugs.url(t))", titles)
    assert urls == [kernel_slugify(t) for t in titles]
    assert page.evaluate("() => window.podiumSlugs.title('咖啡')") == ""


# (title, author) of new stories whose slug `podium new` makes without the name.
TITLED = [
    ("Anna de Boer: mijn eerste jaar", "Anna de Boer"), ("Mijn jaar met Anna", "Anna de Boer"),
    ("Anna's dag op zee", "Anna de Boer"), ("Zoë Ørsted over haar team", "Zoë Ørsted"),
    ("De dag van Jan van Dijk", "Jan van Dijk"), ("Anna de Boer", "Anna de Boer"),
    ("Anna de Boer: Aux", "Anna de Boer"), ("Mijn eerste jaar 🎉", "Ben Bakker"),
    ("Øystein’s reis", "Øystein Berg"), ("🦄🎉", "Anna"), ("Auto's van Jan", "Jan Smit"),
    ("'s Ochtends: koffie met collega's", "Joost 't Hart"),
]  # fmt: skip


def test_the_editor_makes_a_new_storys_slug_as_podium_new_does(editor, new_page):
    """`podium new` leaves the author's name out of a new story's slug (its
    URL, and what `podium withdraw` records of it); admin.js makes the slug a
    new story in the editor gets, so the two must agree."""
    import datetime as dt

    from podium_cli.newstory import NewStory, story_slug

    _site, base, _headers = editor
    page, _watch = new_page()
    page.goto(f"{base}/admin/")
    page.wait_for_function("() => !!window.podiumSlugs")
    made = page.evaluate("pairs => pairs.map(p => window.podiumSlugs.story(p[0], p[1]))", TITLED)
    today = dt.date(2026, 5, 1)
    wanted = [
        story_slug(NewStory("column", name, "Rol", None, "nl", title, today))
        for title, name in TITLED
    ]
    assert made == wanted
    assert made[0] == "mijn-eerste-jaar"


# (title, author) in a script only the build makes a slug of (Chinese, Arabic).
SCRIPTS = [
    ("Anna de Boer: 咖啡", "Anna de Boer"), ("王伟的一天", "王伟"), ("Anna 咖啡", "Anna Li"),
    ("أحمد: يوم في المكتب", "أحمد"), ("يوم مع أحمد حسن", "أحمد حسن"), ("咖啡", "Anna de Boer"),
    ("王伟", "王伟"), ("Boer 咖啡 de", "Anna de Boer"),
    # A name in letters against Chinese or Japanese characters, spelled another way.
    ("Zoe的一年", "Zoë"), ("ZOË ØRSTED的一年", "Zoë Ørsted"), ("ゾーイの一年", "ゾーイ"),
    ("Anna de Boer的咖啡", "Anna de Boer"), ("Kaffee de咖啡", "Anna de Boer"),
    ("Zoeken的一年", "Zoë"),
]  # fmt: skip


def test_a_title_in_another_script_keeps_the_authors_name_out_of_the_url(editor, new_page):
    """A title only the build makes a slug of ("Anna de Boer: 咖啡") was
    written whole as the new story's URL name, so the build made her name part
    of the URL (anna-de-boer-ka-pei), where `podium new` leaves it out (ka-pei).
    The editor now writes it without the name, as words the build makes
    podium new's slug of."""
    import datetime as dt

    from podium_cli.newstory import NewStory, story_slug
    from podium_read.schema import slugify

    site, base, _headers = editor
    page, watch = new_page()
    _log_in(page, base)
    _new_story(page, "columns-nl", "Anna de Boer: 咖啡", "2026-05-01", "Anna de Boer", "Planner",
               "2026-04-20")  # fmt: skip
    _publish(page)
    folder = site / "content" / "columns"
    front = _front(_wait_for(folder / "咖啡.md"))
    assert slugify(front["slug"]) == "ka-pei", front
    made = page.evaluate("pairs => pairs.map(p => window.podiumSlugs.story(p[0], p[1]) || "
                         "window.podiumSlugs.nameless(p[0], p[1]))", SCRIPTS)  # fmt: skip
    today = dt.date(2026, 5, 1)
    wanted = [
        story_slug(NewStory("column", name, "Rol", None, "nl", title, today))
        for title, name in SCRIPTS
    ]
    assert [slugify(m) for m in made] == wanted, made
    assert not [e for e in watch.errors if "Content Security Policy" in e or "page error" in e]


def test_a_title_with_the_authors_name_keeps_it_out_of_the_url(editor, new_page):
    """A new column "Anna de Boer: mijn eerste jaar" by Anna de Boer was saved
    as anna-de-boer-mijn-eerste-jaar.md: her name in the story's URL, and in
    withdrawn.yml once her consent ended. `podium new` names it
    mijn-eerste-jaar.md; so does the editor now, with that slug."""
    site, base, _headers = editor
    page, watch = new_page()
    _log_in(page, base)
    _new_story(page, "columns-nl", "Anna de Boer: mijn eerste jaar", "2026-05-01",
               "Anna de Boer", "Planner", "2026-04-20")  # fmt: skip
    _publish(page)
    folder = site / "content" / "columns"
    front = _front(_wait_for(folder / "mijn-eerste-jaar.md"))
    assert front["slug"] == "mijn-eerste-jaar"
    assert front["title"] == "Anna de Boer: mijn eerste jaar"
    assert not list(folder.glob("anna-de-boer-mijn*"))
    checked = _podium(site, "check", "content/columns/mijn-eerste-jaar.md")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert not [e for e in watch.errors if "Content Security Policy" in e or "page error" in e]


def test_the_authors_own_people_page_is_refused_as_a_former_one(editor, new_page):
    """`podium check` refuses an author_aliases item that is the page the
    author's own name gives ("is the author's own people page"); the editor
    saved it. Now it is refused at the field, and a former name's page saves."""
    site, base, _headers = editor
    page, watch = new_page()
    _log_in(page, base)
    _new_story(page, "columns-nl", "Een nieuwe naam", "2026-05-01", "Zoë  Ørsted\u200b",
               "Planner", "2026-04-20")  # fmt: skip
    page.get_by_role("button", name="Voeg Mensenpagina van een vorige naam").click()
    alias = page.get_by_label("Mensenpagina van een vorige naam", exact=False).last
    _fill(alias, "zoe-orsted")
    page.get_by_role("button", name="Publiceer").click()
    page.get_by_text("Publiceer nu").click()
    page.get_by_text(
        "zoe-orsted is de eigen mensenpagina van de auteur; noem alleen die van een vorige naam"
    ).wait_for()
    story = site / "content" / "columns" / "een-nieuwe-naam.md"
    page.wait_for_timeout(1000)
    assert not story.exists()
    _fill(alias, "zoe-de-vries")
    _publish(page)
    assert _front(_wait_for(story))["author_aliases"] == ["zoe-de-vries"]
    serious = {e for e in watch.errors if "Content Security Policy" in e or "page error" in e}
    assert serious <= {"page error: undefined"}, watch.errors  # Decap's refused save


def test_a_former_page_written_as_its_address_saves(editor, new_page):
    """`podium check` takes a former name's people page as its address, copied
    from the browser (/people/ben-oud/, or in full), as the README says; the
    editor refused it ("een URL-naam: kleine letters ..."), so a colleague who
    changed one word of such a story could not save it. Now it is taken, and
    checked as the page it names."""
    story = editor[0] / "content" / "columns" / "vorig-adres.md"
    page, watch, text = _resaved_in_editor(
        editor, new_page, story, "Vorig adres",
        "consent:\n  given: 2026-04-20\nauthor_aliases:\n- /people/bo-oud/\n"
        "- https://werkenbij.example.nl/en/people/bo-ouder/\n- Bo Oudst\n---\nTekst.\n",
    )  # fmt: skip
    assert _front(text)["author_aliases"] == [
        "/people/bo-oud/",
        "https://werkenbij.example.nl/en/people/bo-ouder/",
        "Bo Oudst",
    ]
    # Written as an address, the author's own page is still refused.
    page.get_by_role("button", name="Voeg Mensenpagina van een vorige naam").click()
    alias = page.get_by_label("Mensenpagina van een vorige naam", exact=False).last
    _fill(alias, "/en/people/bo-nieuw/")
    page.get_by_role("button", name="Publiceer").click()
    page.get_by_text("Publiceer nu").click()
    page.get_by_text("bo-nieuw is de eigen mensenpagina van de auteur").wait_for()
    # So is it written as the author's own name (once the message is gone).
    _fill(alias, "bo-ander")
    _publish(page)
    _saved(story, "bo-ander")
    _fill(alias, "Bo  Nieuw")
    page.get_by_role("button", name="Publiceer").click()
    page.get_by_text("Publiceer nu").click()
    page.get_by_text("bo-nieuw is de eigen mensenpagina van de auteur").wait_for()
    serious = {e for e in watch.errors if "Content Security Policy" in e or "page error" in e}
    assert serious <= {"page error: undefined"}, watch.errors  # Decap's refused save


@pytest.fixture(scope="module")
def namesakes(tmp_path_factory):
    """The editor over a site with two Ben Bakkers, the newer one's page numbered
    (ben-bakker-2), and a story by Zoë Zon that lists the page of her former name;
    a draft by Kees Klaar listing /people/kees-vroeger/ is added after the build.
    withdrawn.yml keeps /people/jan-weg/ for a withdrawn colleague, and after
    the build /people/piet-later/ too."""
    site = copy_site(tmp_path_factory.mktemp("namesakes"))
    record = site / "content" / "withdrawn.yml"
    record.write_text(record.read_text("utf-8") + "    people: [jan-weg]\n", "utf-8")
    columns = site / "content" / "columns"
    for name, title, author, day in [
        ("ben-bakker.md", "Ben Bakker", "Ben Bakker", "2026-03-02"),
        ("ben-baekker.md", "Ben Bäkker", "Ben Bäkker", "2026-03-09"),
        ("zon.md", "Zon", "Zoë Zon", "2026-03-02"),
    ]:
        text = _STORY.format(title=title, author=author).replace("2026-03-02", day)
        if author == "Zoë Zon":
            text = text.replace("lang: nl\n", "lang: nl\nauthor_aliases: [zoe-oud]\n")
        (columns / name).write_text(text, "utf-8")
    serving = _serve_editor(site)
    found = next(serving)
    # Merged since the build: only the editor's live lists know them.
    record.write_text(
        record.read_text("utf-8") + "  - slug: later-weg\n    people: [piet-later]\n", "utf-8"
    )
    (columns / "kees.md").write_text(
        _STORY.format(title="Kees", author="Kees Klaar").replace(
            "lang: nl\n", "lang: nl\nstatus: draft\nauthor_aliases: [/people/kees-vroeger/]\n"
        ),
        "utf-8",
    )
    yield found
    next(serving, None)


def test_a_numbered_own_page_or_another_persons_former_one_is_refused(namesakes, new_page):
    """`podium check` refuses an author_aliases item that is the author's own
    page by a number (ben-bakker-2, as another Ben Bakker has ben-bakker) and
    one another person's story lists already ("is listed by ... too"); the
    editor saved both, as it knew only the page the name itself gives. Now
    both are refused at the field, by the build's people pages and the former
    pages the stories list, read live (a draft merged since the build too)."""
    made = _a_former_page(namesakes, new_page, "Een nieuwe naam", "ben  bäkker")
    page, watch, alias, story = made
    page.wait_for_selector("body[data-live-lists]", state="attached", timeout=30_000)
    for value, message in [
        ("ben-bakker-2", "ben-bakker-2 is de eigen mensenpagina van de auteur"),
        ("zoe-oud", "zoe-oud staat ook bij Zoë Zon (columns/zon.md); een vorige mensenpagina "
                    "leidt naar één persoon"),
        # Read live: a draft, merged since the build, listing it as an address.
        ("kees-vroeger", "kees-vroeger staat ook bij Kees Klaar (columns/kees.md)"),
    ]:  # fmt: skip
        _refused_at_the_field(page, alias, story, value, message)
    _saved_at_the_field(page, watch, alias, story, "ben-de-bakker")


def _a_former_page(namesakes, new_page, title: str, author: str):
    """A new column ``title`` by ``author`` in the editor, with one empty
    "Mensenpagina van een vorige naam": (page, watch, that field, the file it
    saves to, named by the title as Decap names it)."""
    site, base, _headers = namesakes
    page, watch = new_page()
    _log_in(page, base)
    _new_story(page, "columns-nl", title, "2026-05-01", author, "Planner", "2026-04-20")
    page.get_by_role("button", name="Voeg Mensenpagina van een vorige naam").click()
    alias = page.get_by_label("Mensenpagina van een vorige naam", exact=False).last
    name = "-".join(title.lower().split())
    return page, watch, alias, site / "content" / "columns" / f"{name}.md"


def _refused_at_the_field(page, alias, story, value: str, message: str) -> None:
    """``value`` in the field: publishing says ``message`` and saves nothing."""
    _fill(alias, value)
    page.get_by_role("button", name="Publiceer").click()
    page.get_by_text("Publiceer nu").click()
    page.get_by_text(message).wait_for()
    page.wait_for_timeout(1000)
    assert not story.exists()


def _saved_at_the_field(page, watch, alias, story, value: str) -> None:
    """``value`` in the field publishes, as written, with no page error but
    Decap's for the saves refused before."""
    _fill(alias, value)
    _publish(page)
    assert _front(_wait_for(story))["author_aliases"] == [value]
    serious = {e for e in watch.errors if "Content Security Policy" in e or "page error" in e}
    assert serious <= {"page error: undefined"}, watch.errors  # Decap's refused save


def test_a_people_address_withdrawn_yml_keeps_is_refused_as_held(namesakes, new_page):
    """withdrawn.yml keeps /people/jan-weg/ for a withdrawn colleague, so a new
    Jan Wég is /people/jan-weg-2/. "jan-weg" in his author_aliases was refused
    as "the author's own people page" (it is not his), and listed by anyone
    else it saved, where `podium check` warns that no redirect is written
    there. Now the field says it is held, whoever lists it, however written,
    read live from withdrawn.yml (the published config.yml does not name
    them: each is a withdrawn colleague's name), so one held since the build too."""
    page, watch, alias, story = _a_former_page(namesakes, new_page, "Weer terug", "Jan Wég")
    page.wait_for_selector("body[data-live-lists]", state="attached", timeout=30_000)
    held = (
        " is een adres dat withdrawn.yml bewaart voor een teruggetrokken collega: er "
        "komt geen doorverwijzing; haal het hier weg"
    )
    for value, slug in [("jan-weg", "jan-weg"), ("/people/jan-weg/", "jan-weg"),
                        ("Jan Weg", "jan-weg"), ("piet-later", "piet-later")]:  # fmt: skip
        _refused_at_the_field(page, alias, story, value, slug + held)
    assert not page.get_by_text("is de eigen mensenpagina van de auteur").count()
    _saved_at_the_field(page, watch, alias, story, "jan-vroeger")


def _options(page, label: str) -> list[str]:
    """The options a select field of the form offers, as the writer sees them."""
    page.wait_for_selector("body[data-live-choices]", state="attached", timeout=30_000)
    page.get_by_label(label).click()
    page.get_by_role("option").first.wait_for()
    options = page.get_by_role("option").all_inner_texts()
    page.keyboard.press("Escape")
    return options


def test_themes_and_vacancies_changed_since_the_build_are_offered_as_they_are(
    changed_since_the_build, new_page
):
    """The theme and vacancy choices were the build's (the last deploy's): a
    theme added to themes.yml, or a vacancy merged, since was not offered, and
    a theme or vacancy removed since still was, so `podium check` refused the
    story the editor had saved."""
    page, watch, _folder = _new_column_live(changed_since_the_build, new_page, "Keuzes van nu")
    assert _options(page, "Thema's") == ["Techniek & data", "Groeien in je vak"]
    vacancies = _options(page, "Vacatures om naar te linken")
    assert vacancies == [
        "502: Remote software developer",
        "777: Nieuwe planner",
        "503: Supportmedewerker vrijdag (gesloten)",
    ]
    assert not [e for e in watch.errors if "Content Security Policy" in e or "page error" in e]


def test_a_theme_removed_since_the_build_is_refused_at_the_field(changed_since_the_build, new_page):
    """A story whose theme was taken out of themes.yml was saved as it was,
    and `podium check` refused it ('theme "balance" in "themes"') where the
    writer does not look. Now the field says so, and without it the story saves."""
    site, base, _headers = changed_since_the_build
    page, watch = new_page()
    _open_entry(page, base, "columns-nl", "met-een-oud-thema")
    page.wait_for_selector("body[data-live-choices]", state="attached", timeout=30_000)
    page.get_by_text("balance (niet gevonden)").wait_for()
    story = site / "content" / "columns" / "met-een-oud-thema.md"
    before = story.read_text(encoding="utf-8")
    _fill(page.get_by_label("Samenvatting"), "Over groeien.")
    page.get_by_role("button", name="Publiceer").click()
    page.get_by_text("Publiceer nu").click()
    page.get_by_text('thema "balance" staat niet in themes.yml').wait_for()
    page.wait_for_timeout(1000)
    assert story.read_text(encoding="utf-8") == before
    page.get_by_label("Remove balance (niet gevonden)").click()
    page.get_by_label("Thema's").click()
    page.get_by_role("option", name="Groeien in je vak").click()
    _publish(page)
    deadline = time.monotonic() + 15
    while _front(story.read_text(encoding="utf-8")).get("themes") != ["growth"]:
        assert time.monotonic() < deadline, story.read_text(encoding="utf-8")
        time.sleep(0.2)
    checked = _podium(site, "check", "content/columns/met-een-oud-thema.md")
    assert checked.returncode == 0 and "themes" not in checked.stderr, checked.stderr
    serious = {e for e in watch.errors if "Content Security Policy" in e or "page error" in e}
    assert serious <= {"page error: undefined"}, watch.errors  # Decap's refused save


def test_withdrawn_yml_is_not_written_by_the_editor(changed_since_the_build, new_page):
    """admin.js reads withdrawn.yml as the entry of a collection: hidden from
    the list, and refused when saved (only `podium withdraw` writes it)."""
    site, base, _headers = changed_since_the_build
    record = site / "content" / "withdrawn.yml"
    before = record.read_text(encoding="utf-8")
    page, watch = new_page()
    _log_in(page, base)
    assert "withdrawn.yml" not in page.locator("body").inner_text()
    page.goto(page.url.split("#")[0] + "#/collections/podium-withdrawn/entries/withdrawn")
    page.get_by_text("dit bestand wijzigt podium withdraw, niet de editor").first.wait_for()
    publish = page.get_by_role("button", name="Publiceer")
    if publish.count():  # the collection's `publish: false` may leave it out
        publish.click()
        page.wait_for_timeout(500)
        now = page.get_by_text("Publiceer nu")
        if now.count():
            now.click()
        page.wait_for_timeout(1500)
    assert record.read_text(encoding="utf-8") == before


def test_an_originals_url_name_keeps_its_translations_slug(editor, new_page):
    """Translations are paired by slug: anna-de-boer.md given the URL name
    "anna-nieuw" was saved, and anna-de-boer.en.md became an English story of
    its own, the language switch gone, without a word (the translation's
    "Vertaling van" names the original's file, so it cannot follow)."""
    site, base, _headers = editor
    page, watch = new_page()
    _open_entry(page, base, "interviews-nl", "anna-de-boer")
    _url_name_refused(
        page,
        watch,
        site / "content" / "interviews" / "anna-de-boer.md",
        "anna-nieuw",
        "de vertaling interviews/anna-de-boer.en.md heeft de URL-naam anna-de-boer",
    )


def _fill(field, value: str) -> None:
    """Write ``value`` into an editor field: Decap's widget re-renders on the
    first key and may drop what was typed, so it is written whole again until
    the field holds it."""
    for _ in range(20):
        field.fill(value)
        field.page.wait_for_timeout(300)
        if field.input_value() == value:
            return


def _url_name_refused(page, watch, story, value: str, message: str) -> None:
    """Write ``value`` as the open story's URL name and publish: the editor
    shows ``message`` at the field and ``story`` is not saved."""
    before = story.read_text(encoding="utf-8")
    url_name = page.get_by_label("URL-naam (leeg: de bestandsnaam)")
    _fill(url_name, value)
    page.get_by_role("button", name="Publiceer").click()
    page.get_by_text("Publiceer nu").click()
    page.get_by_text(message).wait_for()
    page.wait_for_timeout(1000)
    assert story.read_text(encoding="utf-8") == before
    serious = {e for e in watch.errors if "Content Security Policy" in e or "page error" in e}
    assert serious <= {"page error: undefined"}, watch.errors  # Decap's refused save


def test_a_url_name_in_words_that_makes_too_long_a_slug_is_refused(editor, new_page):
    """The URL name field counted at most 200 characters as written, and the
    build counts them in the slug it makes: "Große Straße " fifteen times (195
    characters) is a slug of 224 ("grosse-strasse-..."), saved by the editor
    and refused by `podium check` ("makes a URL slug of 224 characters"). It is
    refused at the field now, with the length it makes."""
    story = editor[0] / "content" / "columns" / "lange-naam.md"
    page, watch, _text = _resaved_in_editor(
        editor, new_page, story, "Lange naam", "consent:\n  given: 2026-04-20\n---\nTekst.\n"
    )
    value = "Große Straße " * 15
    assert len(value.strip()) <= 200
    checked = _check_slug(editor[0], value.strip())
    assert "makes a URL slug of 224 characters" in checked, checked
    _url_name_refused(page, watch, story, value.strip(), "maakt een URL van 224 tekens")


def _check_slug(site: Path, slug: str) -> str:
    """What `podium check` says of a column whose URL name is ``slug``."""
    probe = site / "content" / "columns" / "probe-slug.md"
    probe.write_text(
        "---\ntitle: Probe\ndate: 2026-05-01\nauthor: Pro Be\nrole: Planner\nlang: nl\n"
        f'slug: "{slug}"\nconsent:\n  given: 2026-04-20\n---\nTekst.\n',
        encoding="utf-8",
    )
    try:
        return _podium(site, "check", os.path.join("content", "columns", probe.name)).stderr
    finally:
        probe.unlink()


def test_an_emptied_url_name_keeps_the_translations_slug(tmp_path, new_page):
    """een-dag-op-zee.md has the URL name "dag-op-zee", as its translation
    a-day-at-sea.en.md has: emptied in the editor, the story took its file
    name's slug (een-dag-op-zee) and the translation stayed at dag-op-zee, two
    stories, the language switch gone, and `podium check` said nothing (the two
    file names differ). The editor refuses it at the field now."""
    site = copy_site(tmp_path)
    columns = site / "content" / "columns"
    front = (
        "---\ntitle: {title}\ndate: 2026-03-02\nauthor: Ben Bakker\nrole: Support\n"
        "lang: {lang}\nslug: dag-op-zee\nconsent: {{given: 2026-02-20}}\n---\n\n{body}\n"
    )
    story = columns / "een-dag-op-zee.md"
    story.write_text(front.format(title="Een dag op zee", lang="nl", body="Op zee."), "utf-8")
    (columns / "a-day-at-sea.en.md").write_text(
        front.format(title="A day at sea", lang="en", body="At sea."), "utf-8"
    )
    serving = _serve_editor(site)
    _site, base, _headers = next(serving)
    try:
        page, watch = new_page()
        _open_entry(page, base, "columns-nl", "een-dag-op-zee")
        _url_name_refused(
            page,
            watch,
            story,
            "",
            "de vertaling columns/a-day-at-sea.en.md heeft de URL-naam dag-op-zee",
        )
    finally:
        next(serving, None)


def test_a_story_with_a_prompt_left_is_not_published(editor, new_page):
    """Set to "Gepubliceerd" with a question of the bank still in the text, a
    story was saved, and `podium check` refused it (an error in a published
    story): the pull request failed, or `podium serve` stopped rebuilding."""
    from podium.prompts import prompts

    site, base, _headers = editor
    page, watch = new_page()
    _log_in(page, base)
    _new_story(
        page, "columns-nl", "Half af", "2026-05-01", "Harm Hoekstra", "Monteur", "2026-04-20"
    )
    page.get_by_role("combobox", name="Status (optioneel)").click()
    page.get_by_role("option", name="Gepubliceerd").click()
    page.get_by_role("button", name="Publiceer").click()
    page.get_by_text("Publiceer nu").click()
    first = prompts()["column"]["nl"][0]
    page.get_by_text(f'de tekst bevat nog "{first}"').wait_for()
    story = site / "content" / "columns" / "half-af.md"
    assert not story.exists()
    page.get_by_role("combobox", name="Status (optioneel)").click()
    page.get_by_role("option", name="Concept").click()
    _publish(page)
    assert "status: draft\n" in _wait_for(story)
    serious = {e for e in watch.errors if "Content Security Policy" in e or "page error" in e}
    assert serious <= {"page error: undefined"}, watch.errors  # Decap's refused save


def test_a_long_title_names_a_file_podium_can_keep(cms):
    """The schema takes titles of up to 300 characters; the editor named the
    file after all of them: this one as a slug of 251 characters, which `podium
    check` refuses (at most 200), and one of 263 letters could not be saved at
    all ("API_ERROR: Unknown error": a name over 255 bytes). Cut at 80, as
    `podium new` cuts."""
    page, site, _base = cms
    title = " ".join(["Ómer's werkdag"] * 18)
    assert 255 < len(title) <= 300
    _new_story(page, "columns-nl", title, "2026-05-04", "Ömer Yıldız", "Monteur", "2026-04-01")
    _publish(page)
    folder = site / "content" / "columns"
    deadline = time.monotonic() + 15
    # Without the author's name, as `podium new` names it (Ómer is Ömer's slug).
    while not (found := sorted(folder.glob("s-werkdag-s-werkdag*.md"))):
        assert time.monotonic() < deadline, "the editor wrote no file"
        time.sleep(0.2)
    (story,) = found
    assert len(story.stem) <= 80 and not story.stem.endswith("-"), story.name
    checked = _podium(site, "check", os.path.join("content", "columns", story.name))
    errors = [line for line in checked.stderr.splitlines() if ": error: " in line]
    assert all("prompt" in line for line in errors), checked.stderr  # only the questions


LISTS = """Een lijst, zoals iemand met git hem schreef.

* Boven
    * Onder een
    * Onder twee
* Tweede boven

1. Stap een

    Tweede alinea van stap een.

2. Stap twee
"""


def test_a_nested_list_stays_nested_when_the_editor_saves_it(cms):
    """Decap indented a nested list, and a second paragraph of a numbered item,
    by two or three spaces; Python-Markdown nests only at four. A colleague who
    changed one word of this story in the editor published both lists flat:
    "Onder een" beside "Boven", "Tweede alinea" a paragraph of its own."""
    from podium import settings as podium_settings
    from podium_cli.build import load_settings
    from podium_read import parse_story

    page, site, _base = cms
    story = site / "content" / "columns" / "lijsten.md"
    text = _edit_first_line(page, site, "lijsten", LISTS, "Nieuw: ")
    settings = load_settings(str(site / "pelicanconf.py"))
    parsed = parse_story(story, site / "content", podium_settings.get(settings))
    assert parsed.errors == [], [i.format() for i in parsed.errors]
    html = re.sub(r"\s+", "", str(parsed.body.html))
    assert "<li><p>Boven</p><ul><li>Ondereen</li><li>Ondertwee</li></ul></li>" in html, text
    assert "<li><p>Tweedeboven</p></li></ul>" in html, text
    assert "<li><p>Stapeen</p><p>Tweedealineavanstapeen.</p></li><li><p>Staptwee</p>" in html, text


TASKS = """Wat ik deze week deed.

- [ ] Taak open
- [x] Taak klaar
- \\[ ] Haken die blijven
"""


def test_a_task_list_keeps_its_boxes_when_the_editor_saves_it(cms):
    """Decap's rich text read "- [ ] taak" as a list item with a box, which it
    does not keep: a colleague who changed one word of the story saved "* Taak
    open", and the page lost its boxes, the ticked one too. The rich text
    shows each box as a sign before the item's text ("☐", "☑"); an escaped
    "\\[ ]" stays brackets."""
    from podium import settings as podium_settings
    from podium_cli.build import load_settings
    from podium_read import parse_story

    page, site, _base = cms
    text = _edit_first_line(page, site, "taken", TASKS, "Nieuw: ")
    assert "*   [ ] Taak open\n" in text, text
    assert "*   [x] Taak klaar\n" in text, text
    assert "*   \\[ ] Haken die blijven\n" in text, text
    items = page.locator("[contenteditable=true] li").all_text_contents()
    assert [i.strip() for i in items] == ["☐ Taak open", "☑ Taak klaar", "[ ] Haken die blijven"]
    settings = load_settings(str(site / "pelicanconf.py"))
    parsed = parse_story(site / "content" / "columns" / "taken.md", site / "content",
                         podium_settings.get(settings))  # fmt: skip
    html = str(parsed.body.html)
    # Each box is named by its item's words (9e50ba0: a <label> kept them out of search).
    assert html.count('<input type="checkbox" disabled aria-label="Taak open">') == 1, html
    assert html.count('<input type="checkbox" disabled checked aria-label="Taak klaar">') == 1


EXTENSIONS = """Dit doet HR voor ons.[^1]

| Dag | Taak |
|-----|------|
| Maandag | Planning |

Een alinea met attribuut.
{: dir="rtl" }

Term
:   Definitie van de term.

*[HR]: Human Resources
*[IT]: Informatietechnologie

[^1]: De voetnoot zelf.
"""


def test_the_markdown_extensions_podium_reads_survive_a_rich_text_edit(cms):
    """A git writer's abbreviation ("*[HR]: Human Resources") was saved as
    "\\*\\[HR]: ..." once a colleague changed one word in the rich text
    (Decap escapes what it does not know), and the page showed it as text.
    It is written back as it was, and so are the other syntaxes of
    Python-Markdown's "extra" Podium reads: footnotes, a table, {: attributes },
    a definition list."""
    from podium import settings as podium_settings
    from podium_cli.build import load_settings
    from podium_read import parse_story

    page, site, _base = cms
    text = _edit_first_line(page, site, "afkortingen", EXTENSIONS, "Nieuw: ")
    assert "\n*[HR]: Human Resources\n*[IT]: Informatietechnologie\n" in text, text
    for kept in ("[^1]", "\n[^1]: De voetnoot zelf.", '{: dir="rtl" }', "\nTerm\n:   Definitie"):
        assert kept in text, (kept, text)
    settings = load_settings(str(site / "pelicanconf.py"))
    parsed = parse_story(site / "content" / "columns" / "afkortingen.md", site / "content",
                         podium_settings.get(settings))  # fmt: skip
    html = str(parsed.body.html)
    assert '<abbr title="Human Resources">HR</abbr>' in html and "*[HR]" not in html, html
    assert "<table" in html and "<dl>" in html and 'dir="rtl"' in html, html


def test_a_task_is_ticked_by_a_click_on_its_box_or_ctrl_enter(cms):
    """Ticking a task in the rich text meant replacing "☐" by "☑" by hand, a
    character no keyboard has. A click on the sign turns it over, and so does
    Ctrl+Enter in the item; the saved story has the box ticked or cleared."""
    page, site, _base = cms
    story = site / "content" / "columns" / "afvinken.md"
    story.write_text(
        "---\ntitle: Afvinken\ndate: 2026-05-01\nauthor: Lies Lijst\nrole: Planner\n"
        f"lang: nl\nconsent:\n  given: 2026-04-20\n---\n{TASKS}",
        encoding="utf-8",
    )
    page.goto(page.url.split("#")[0] + "#/collections/columns-nl/entries/afvinken")
    page.frame_locator("iframe").last.get_by_text("Taak open").wait_for(timeout=30_000)
    editable = page.locator("[contenteditable=true]").last
    first = editable.locator("li").filter(has_text="Taak open")
    first.scroll_into_view_if_needed()
    fonts_loaded(page)
    sign = first.evaluate(
        """li => { const w = document.createTreeWalker(li, NodeFilter.SHOW_TEXT);
                   let n; while ((n = w.nextNode()) && !n.data.trim()); const r =
                   document.createRange(); r.setStart(n, 0); r.setEnd(n, 1);
                   const b = r.getBoundingClientRect();
                   return [b.left + b.width / 2, b.top + b.height / 2]; }"""
    )
    page.mouse.click(*sign)
    # The preview shows the entry as Decap holds it: the change is in it.
    preview = page.frame_locator("iframe").last.locator(".prose li")
    preview.filter(has_text="Taak open").locator("input:checked").wait_for()
    editable.get_by_text("Taak klaar").click()
    page.keyboard.press("Control+Enter")
    preview.filter(has_text="Taak klaar").locator("input:not(:checked)").wait_for()
    items = [i.strip() for i in editable.locator("li").all_text_contents()]
    assert items == ["☑ Taak open", "☐ Taak klaar", "[ ] Haken die blijven"], items
    _publish(page)
    text = _saved(story, "[x] Taak open")
    assert "*   [x] Taak open\n" in text, text
    assert "*   [ ] Taak klaar\n" in text, text
    assert "*   \\[ ] Haken die blijven\n" in text, text


def test_a_name_pasted_from_a_chat_brings_no_bidirectional_control_along(cms):
    """A name copied from WhatsApp or Teams comes wrapped in invisible
    isolates ("\u2068Anna\u2069"): the editor saved them, `podium check`
    refused the story ("the invisible bidirectional control character
    U+2068"), and the writer could not see what to remove. They are left out."""
    page, site, _base = cms
    story = site / "content" / "columns" / "uit-de-chat.md"
    story.write_text(
        "---\ntitle: Uit de chat\ndate: 2026-05-01\nauthor: Lies Lijst\nrole: Planner\n"
        "lang: nl\nconsent:\n  given: 2026-04-20\n---\nWat een collega schreef.\n",
        encoding="utf-8",
    )
    page.goto(page.url.split("#")[0] + "#/collections/columns-nl/entries/uit-de-chat")
    page.frame_locator("iframe").last.get_by_text("Wat een collega").wait_for(timeout=30_000)
    page.locator("[contenteditable=true]").last.get_by_text("Wat een collega").click()
    page.keyboard.press("Home")
    page.keyboard.insert_text("Van \u2068Anna\u2069 \u202eleeg\u202c: ")
    page.frame_locator("iframe").last.get_by_text("Anna").first.wait_for(timeout=30_000)
    _publish(page)
    text = _saved(story, "Anna", "the editor did not save the story")
    assert "Van Anna leeg: " in text and not re.search("[\u202a-\u202e\u2066-\u2069]", text), ascii(
        text
    )
    checked = _podium(site, "check", os.path.join("content", "columns", story.name))
    assert "bidirectional" not in checked.stderr, checked.stderr


def test_control_characters_pasted_into_the_text_are_left_out(cms):
    """A text from Word holds its line break as U+000B, one from a terminal an
    escape (U+001B): the editor saved them, and `podium check` refused the story
    ("the text contains the control character U+000B") where the writer sees
    nothing. A line or page break is a space now, any other control left out."""
    page, site, _base = cms
    story = site / "content" / "columns" / "uit-word.md"
    story.write_text(
        "---\ntitle: Uit Word\ndate: 2026-05-01\nauthor: Lies Lijst\nrole: Planner\n"
        "lang: nl\nconsent:\n  given: 2026-04-20\n---\nWat een collega schreef.\n",
        encoding="utf-8",
    )
    page.goto(page.url.split("#")[0] + "#/collections/columns-nl/entries/uit-word")
    page.frame_locator("iframe").last.get_by_text("Wat een collega").wait_for(timeout=30_000)
    page.locator("[contenteditable=true]").last.get_by_text("Wat een collega").click()
    page.keyboard.press("Home")
    page.keyboard.insert_text("Eerste\x0bregel\x0cen \x1b[1mvet\x07: ")
    page.frame_locator("iframe").last.get_by_text("Eerste").first.wait_for(timeout=30_000)
    _publish(page)
    text = _saved(story, "Eerste", "the editor did not save the story")
    assert "Eerste regel en [1mvet: " in text and not re.search("[\x00-\x08\x0b-\x1f]", text), (
        ascii(text)
    )
    checked = _podium(site, "check", os.path.join("content", "columns", story.name))
    assert "control character" not in checked.stderr, checked.stderr


def test_a_tower_of_accents_in_the_text_is_refused_at_the_field(editor, new_page):
    """ "Zalgo text" pasted into a story's text (a letter with a dozen accents,
    drawn over the lines around it) was saved, and `podium check` refused it
    ("combining marks stacked on"). The editor refuses it at the field now."""
    site, base, _headers = editor
    page, watch = new_page()
    _log_in(page, base)
    story = site / "content" / "columns" / "zalgo.md"
    story.write_text(
        "---\ntitle: Zalgo\ndate: 2026-05-01\nauthor: Lies Lijst\nrole: Planner\n"
        "lang: nl\nconsent:\n  given: 2026-04-20\n---\nWat een collega schreef.\n",
        encoding="utf-8",
    )
    before = story.read_text(encoding="utf-8")
    page.goto(page.url.split("#")[0] + "#/collections/columns-nl/entries/zalgo")
    page.frame_locator("iframe").last.get_by_text("Wat een collega").wait_for(timeout=30_000)
    page.locator("[contenteditable=true]").last.get_by_text("Wat een collega").click()
    page.keyboard.insert_text(" Z" + "\u0301\u0316\u0337" * 4 + "algo ")
    page.frame_locator("iframe").last.get_by_text("algo").first.wait_for(timeout=30_000)
    page.get_by_role("button", name="Publiceer").click()
    page.get_by_text("Publiceer nu").click()
    page.get_by_text("de tekst heeft een letter met meer dan 6 tekens erop gestapeld").wait_for()
    page.wait_for_timeout(1000)
    assert story.read_text(encoding="utf-8") == before
    serious = {e for e in watch.errors if "Content Security Policy" in e or "page error" in e}
    assert serious <= {"page error: undefined"}, watch.errors  # Decap's refused save


def test_the_preview_shows_a_task_list_as_the_page_does(cms):
    """Decap's preview draws a task list as GitHub does (<li
    class="task-list-item"> with the box first, no label), which the hub's
    rules for its own markup did not match: each box had a bullet beside it.
    Now the box stands in the bullet's place, as on the page."""
    page, site, _base = cms
    (site / "content" / "columns" / "taken-voorbeeld.md").write_text(
        "---\ntitle: Taken voorbeeld\ndate: 2026-05-01\nauthor: Lies Lijst\nrole: Planner\n"
        f"lang: nl\nconsent:\n  given: 2026-04-20\n---\n{TASKS}",
        encoding="utf-8",
    )
    page.goto(page.url.split("#")[0] + "#/collections/columns-nl/entries/taken-voorbeeld")
    preview = page.frame_locator("iframe").last
    preview.get_by_text("Taak open").wait_for(timeout=30_000)
    fonts_loaded(preview.locator(".prose"))  # the preview's own document
    items = preview.locator(".prose li").evaluate_all(
        """items => items.map(li => {
          const box = li.querySelector("input"), item = li.getBoundingClientRect();
          return [li.textContent.trim(), getComputedStyle(li).listStyleType,
                  box ? box.getBoundingClientRect().right <= item.left + 1 : null];
        })"""
    )
    assert items == [
        ["Taak open", "none", True],
        ["Taak klaar", "none", True],
        ["[ ] Haken die blijven", "disc", None],
    ], items


def _edit_first_line(page, site, name: str, body: str, typed: str) -> str:
    """Write ``columns/<name>.md`` with ``body``, type ``typed`` at the start of
    its first paragraph in the rich-text editor, publish; the saved text."""
    story = site / "content" / "columns" / f"{name}.md"
    story.write_text(
        f"---\ntitle: {name}\ndate: 2026-05-01\nauthor: Lies Lijst\nrole: Planner\nlang: nl\n"
        f"consent:\n  given: 2026-04-20\n---\n{body}",
        encoding="utf-8",
    )
    page.goto(page.url.split("#")[0] + f"#/collections/columns-nl/entries/{name}")
    start = body.split("\n")[0][:12]
    # The entry is loaded once its preview shows it: typed into the rich text
    # before that, the text was sometimes lost as the editor filled in (a CI run
    # timed out waiting for the typed words in the preview).
    page.frame_locator("iframe").last.get_by_text(start).first.wait_for(timeout=30_000)
    first = page.locator("[contenteditable=true]").last.get_by_text(start)
    first.click()
    page.keyboard.press("Home")
    page.keyboard.insert_text(typed)
    page.frame_locator("iframe").last.get_by_text(typed[:6]).first.wait_for(timeout=30_000)
    _publish(page)
    text = _saved(story, typed.split()[0], "the editor did not save the story")
    return text


def test_the_preview_shows_the_portrait_and_the_pull_quote(cms):
    """The preview pane showed title, summary and text only: a photo or pull
    quote the writer had just added was nowhere to be seen. It shows the story
    page's author card (portrait, name, job title, team, place) and quote."""
    page, site, _base = cms
    folder = site / "content" / "images" / "people" / "met-foto"
    folder.mkdir(parents=True)
    Image.new("RGB", (300, 400), (40, 160, 90)).save(folder / "portret.jpg")
    (site / "content" / "columns" / "met-foto.md").write_text(
        "---\ntitle: Met foto\ndate: 2026-05-01\nauthor: Pim de Vries\nrole: Monteur\n"
        "lang: nl\nteam: support\nlocation: Zwolle\nphoto: images/people/met-foto/portret.jpg\n"
        "quote: Elke dag iets nieuws.\nconsent:\n  given: 2026-04-20\n---\nEen zin.\n",
        encoding="utf-8",
    )
    page.goto(page.url.split("#")[0] + "#/collections/columns-nl/entries/met-foto")
    preview = page.frame_locator("iframe").last
    preview.locator("figure.pullquote blockquote").get_by_text("Elke dag iets nieuws.").wait_for()
    assert preview.locator("figure.pullquote figcaption").inner_text() == "Pim de Vries"
    card = preview.locator("aside.author-card")
    assert card.locator(".author-card__name").inner_text() == "Pim de Vries"
    assert card.locator(".author-card__role").inner_text() == "Monteur"
    assert "Zwolle" in card.inner_text()
    photo = card.locator("img.author-card__photo")
    photo.wait_for()
    page.wait_for_function(
        "() => [...document.querySelectorAll('iframe')].pop().contentDocument"
        ".querySelector('img.author-card__photo')?.naturalWidth === 300"
    )
    # Without a photo, the initials, as on the hub.
    page.get_by_role("button", name="Verwijder afbeelding").click()
    card.locator(".author-card__photo--initials").get_by_text("PV").wait_for()


def test_a_portrait_in_the_shared_folder_shows_in_the_preview_and_the_form(cms):
    """Decap looks a photo up in the story's own media folder by its file name
    alone: a portrait in the shared folder (images/people/x.jpg, as `podium
    new --photo` and every demo story have it) was a broken image in the
    preview, and decap-server answered 500 for the path."""
    page, site, _base = cms
    people = site / "content" / "images" / "people"
    people.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (310, 400), (40, 160, 90)).save(people / "gedeelde-foto.jpg")
    (site / "content" / "columns" / "gedeelde-foto.md").write_text(
        "---\ntitle: Gedeelde foto\ndate: 2026-05-01\nauthor: Pia Plaat\nrole: Monteur\n"
        "lang: nl\nphoto: images/people/gedeelde-foto.jpg\nconsent:\n  given: 2026-04-20\n"
        "---\nEen zin.\n",
        encoding="utf-8",
    )
    failed = []
    page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
    page.goto(page.url.split("#")[0] + "#/collections/columns-nl/entries/gedeelde-foto")
    page.frame_locator("iframe").last.locator("img.author-card__photo").wait_for()
    page.wait_for_function(
        "() => [...document.querySelectorAll('iframe')].pop().contentDocument"
        ".querySelector('img.author-card__photo')?.naturalWidth === 310"
    )
    assert not failed, failed


def test_angle_brackets_typed_in_the_editor_stay_text(cms):
    """Typed in the rich text, "<main>" and "a <b> c" were saved as they are,
    raw HTML to Python-Markdown: the published page dropped "<main>" and set
    the rest of the paragraph in bold. HTML a git writer put in that Podium
    publishes (a quote in another language) stays HTML, a comment a comment."""
    from podium import settings as podium_settings
    from podium_cli.build import load_settings
    from podium_read import parse_story

    page, site, _base = cms
    typed = "De tag <main> en a <b> c, x < y. "
    kept = 'Zij zei <q lang="en">hello</q>.<!-- noot voor de redactie -->\n'
    text = _edit_first_line(page, site, "hoekhaken", "Een gewone zin over code.\n\n" + kept, typed)
    assert kept in text, text
    # The rich text shows the kept HTML as its text, as it would show typed
    # HTML: the rule is said under the field, where the writer types.
    assert '<q lang="en">hello</q>' in page.locator("[contenteditable=true]").last.inner_text()
    page.get_by_text("blijft HTML").wait_for()
    settings = load_settings(str(site / "pelicanconf.py"))
    story = site / "content" / "columns" / "hoekhaken.md"
    parsed = parse_story(story, site / "content", podium_settings.get(settings))
    assert parsed.errors == [], [i.format() for i in parsed.errors]
    html = str(parsed.body.html)
    # Where the caret lands in the first line does not matter; that it all stays text does.
    assert "De tag &lt;main&gt; en a &lt;b&gt; c, x &lt; y. " in html, (text, html)
    assert "<b>" not in html and "<main>" not in html
    assert '<q lang="en">hello</q>' in html and "noot" not in html


def _paste(page, items: dict[str, str]) -> None:
    """Put ``items`` ({type: text}; "image/png" a small picture) on the clipboard
    and paste them at the end of the rich text, as Ctrl+V does."""
    page.evaluate(
        """async items => {
          const blobs = {};
          for (const [type, text] of Object.entries(items)) {
            if (type === "image/png") {
              const canvas = document.createElement("canvas");
              canvas.width = canvas.height = 20;
              blobs[type] = await new Promise(done => canvas.toBlob(done, type));
            } else blobs[type] = new Blob([text], { type });
          }
          await navigator.clipboard.write([new ClipboardItem(blobs)]);
        }""",
        items,
    )
    page.locator("[contenteditable=true]").last.click()
    page.keyboard.press("Control+End")
    page.keyboard.press("Control+v")


def test_a_text_pasted_with_a_picture_is_pasted_without_it(editor, new_page):
    """A text copied from a web page, a mail or a Word document with a picture
    in it, pasted into the rich text, stopped the editor ("Er is een fout
    opgetreden", Decap's paste makes an image its drawing cannot show), and
    the story's unsaved words were lost. The text is pasted without the
    picture, and the field says why; so it does for a picture alone (a
    screenshot), which nothing showed."""
    site, base, _headers = editor
    page, watch = new_page(permissions=["clipboard-read", "clipboard-write"])
    _log_in(page, base)
    _new_story(page, "columns-nl", "Geplakt uit een mail", "2026-05-01", "Mila Maas", "Planner",
               "2026-04-20")  # fmt: skip
    told = page.get_by_role("alert").filter(has_text="Een afbeelding wordt niet in de tekst")
    _paste(page, {"image/png": ""})
    told.wait_for()
    page.keyboard.press("End")  # on with the text: the note goes
    told.wait_for(state="detached")
    png = (
        "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4"
        "2mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=="
    )
    html = (
        '<p class="MsoNormal">Ik sta <em>links</em> op de foto.</p>'
        f'<p><img src="{png}" alt="team"></p>'
        '<p>Daarna <img src="https://cdn.example.com/team.jpg" width="300"> de lunch.</p>'
    )
    _paste(page, {"text/html": html, "text/plain": "Ik sta links op de foto. Daarna de lunch."})
    told.wait_for()
    assert not [e for e in watch.errors if "page error" in e], watch.errors
    _publish(page)
    story = site / "content" / "columns" / "geplakt-uit-een-mail.md"
    _wait_for(story)
    text = _saved(story, "de lunch")
    assert "Ik sta *links* op de foto." in text and "Daarna  de lunch." in text, text
    assert "![" not in text and "data:image" not in text and "cdn.example.com" not in text


# What Word (the desktop program) puts on the clipboard for a bold word and two
# lists, the second numbered: each item a paragraph styled "mso-list", its
# bullet typed out inside a conditional comment for other browsers.
WORD_LIST = (
    "<p class=MsoNormal><b><span style='font-size:14.0pt'>Eerste</span></b> alinea."
    "<o:p></o:p></p>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
    + "".join(
        f"<p class=MsoListParagraphCxSpMiddle style='text-indent:-18.0pt;mso-list:l{n} "
        f"level{level} lfo1'><![if !supportLists]><span style='font-family:Symbol'><span "
        f"style='mso-list:Ignore'>{sign}<span style='font:7.0pt \"Times New Roman\"'>"
        f"&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>{text}<o:p></o:p></p>\n"
        + ("<p class=MsoNormal>Tussen.<o:p></o:p></p>\n" if text == "Punt twee" else "")
        for n, level, sign, text in [
            (0, 1, "\u00b7", "Punt een"),
            (0, 2, "o", "Punt een a"),
            (0, 1, "\u00b7", "Punt twee"),
            (1, 1, "1.", "Stap een"),
            (1, 1, "2.", "Stap twee"),
        ]
    )
)


def _paste_html(page, html: str, text: str) -> None:
    """Paste ``html`` at the end of the rich text as the browser passes on a
    paste from the system clipboard (the event the rich text reads)."""
    page.locator("[contenteditable=true]").last.click()
    page.keyboard.press("Control+End")
    page.locator("[contenteditable=true]").last.evaluate(
        """(editable, [html, text]) => {
          const data = new DataTransfer();
          data.setData("text/html", html);
          data.setData("text/plain", text);
          editable.dispatchEvent(new InputEvent("beforeinput", {
            inputType: "insertFromPaste", dataTransfer: data, bubbles: true, cancelable: true }));
        }""",
        [html, text],
    )


def _pasted_into_a_new_column(editor, new_page, title, html, text, told) -> str:
    """Paste ``html`` (``text`` as plain text) into a new column titled
    ``title``, wait for the field to say ``told``, publish; the saved file."""
    site, base, _headers = editor
    page, _watch = new_page()
    _log_in(page, base)
    _new_story(page, "columns-nl", title, "2026-05-01", "Tom Rijen", "Planner", "2026-04-20")
    _paste_html(page, html, text)
    page.get_by_role("alert").filter(has_text=told).wait_for()
    _publish(page)
    story = site / "content" / "columns" / f"{title.lower().replace(' ', '-')}.md"
    _wait_for(story)
    return _saved(story, "Einde.")


def test_a_pasted_table_keeps_its_cells_apart(editor, new_page):
    """A table pasted into the rich text (from Excel, Word or a web page) ran
    its cells into one word, "Mijn week:MaandagPlanningDinsdagKlanten": the
    rich text has no table. Each row is a line, its cells apart, and the
    field says how to write a real table."""
    table = (
        "<p>Mijn week:</p><table><tr><td>Maandag</td><td><b>Planning</b></td></tr>"
        "<tr><td>Dinsdag</td><td>Klanten</td></tr></table><p>Einde.</p>"
    )
    text = _pasted_into_a_new_column(
        editor, new_page, "Een tabel uit Excel", table,
        "Mijn week:\nMaandag\tPlanning\nDinsdag\tKlanten\nEinde.",
        "Een echte tabel schrijf je in Markdown",
    )  # fmt: skip
    assert "Mijn week:\n\nMaandag \u2013 **Planning**\n\nDinsdag \u2013 Klanten\n\nEinde." in text


def test_a_pasted_code_block_keeps_its_lines(editor, new_page):
    """Code pasted into the rich text (copied from a web page, a chat or a
    manual, a <pre> with or without <code>) was left out of the story without a
    word, as Decap's paste reads it into a block its rich text does not write.
    Each line is a line of code now, and the field says how to write a real
    code block."""
    html = (
        "<p>Voor de code.</p><pre><code>def f(x):\n    return x\n</code></pre>"
        "<p>Na de code.</p><pre>podium check</pre><p>Einde.</p>"
    )
    text = _pasted_into_a_new_column(
        editor, new_page, "Code uit een handleiding", html,
        "Voor de code.\ndef f(x):\n    return x\nNa de code.\nEinde.",
        "Een echt codeblok schrijf je in Markdown",
    )  # fmt: skip
    site = editor[0]
    story = site / "content" / "columns" / "code-uit-een-handleiding.md"
    body = text.split("Voor de code.", 1)[1]
    assert "`def f(x):`" in body and "return x`" in body, text
    assert body.index("return x") < body.index("Na de code.") < body.index("`podium check`"), text
    checked = _podium(site, "check", os.path.join("content", "columns", story.name))
    assert checked.returncode == 0 and ": error:" not in checked.stderr, checked.stderr


def test_a_list_and_bold_pasted_from_word_stay_a_list_and_bold(editor, new_page):
    """Pasted from Word, each item of a list was a paragraph of its own,
    "\u00b7      Punt een" (the bullet Word types out for other browsers), a
    numbered list "1.      Stap een", and a bold word plain (Decap's paste
    leaves <b> out). They are a list, nested as in Word, a numbered list and
    bold; a paragraph Word leaves empty for space was one non-breaking space
    on the page, and is left out. (The browser's own paste of Word's HTML, as
    it comes from the system clipboard: a page can put only cleaned HTML on
    the clipboard, so the test sends the paste event itself.)"""
    site, base, _headers = editor
    page, _watch = new_page()
    _log_in(page, base)
    _new_story(page, "columns-nl", "Uit Word geplakt", "2026-05-01", "Wim Woord", "Planner",
               "2026-04-20")  # fmt: skip
    _paste_html(page, WORD_LIST, "Eerste alinea.")
    page.frame_locator("iframe").last.get_by_text("Stap twee").first.wait_for()
    _publish(page)
    story = site / "content" / "columns" / "uit-word-geplakt.md"
    _wait_for(story)
    text = _saved(story, "Stap twee")
    assert "**Eerste** alinea.\n\n*   Punt een" in text, text  # Word's empty line left out
    assert "*   Punt een\n\n    *   Punt een a\n\n*   Punt twee\n\nTussen." in text, text
    assert "1.  Stap een\n2.  Stap twee" in text, text
    assert "\u00b7" not in text and "\u00a0" not in text


def test_a_photo_with_another_storys_file_name_replaces_nothing(cms, tmp_path):
    """Every portrait went into one folder: a second colleague's "portret.jpg"
    replaced the first one's after a confirm in English (which the writer, or
    Playwright, may well accept), and the media library offered every
    colleague's portrait to pick."""
    page, site, _base = cms
    people = site / "content" / "images" / "people"
    colours = {"Eerste portret": (200, 30, 30), "Tweede portret": (30, 30, 200)}
    page.on("dialog", lambda dialog: dialog.accept())  # "overwrite?": yes
    for title, colour in colours.items():
        photo = tmp_path / title.split()[0] / "portret.jpg"
        photo.parent.mkdir()
        Image.new("RGB", (900, 1200), colour).save(photo)
        # Authors whose names are no words of the title (a new story's slug
        # leaves its author's name out, as podium new's does).
        author = {"Eerste portret": "Eva Jansen", "Tweede portret": "Tom Jansen"}[title]
        _new_story(page, "columns-nl", title, "2026-05-05", author, "Monteur", "2026-04-01")
        # The photo's folder is named from the title the entry holds when the
        # library opens: under load the form commits a typed value late.
        page.frame_locator("iframe").last.get_by_text(title).first.wait_for(timeout=90_000)
        page.get_by_text("Kies een afbeelding").click()
        page.locator("input[type=file]").set_input_files(photo)
        page.get_by_text("portret.jpg").first.wait_for()
        page.get_by_role("button", name="Gebruik selectie").click()
        _publish(page)
        story = site / "content" / "columns" / (title.lower().replace(" ", "-") + ".md")
        _wait_for(story)
    for title, colour in colours.items():
        slug = title.lower().replace(" ", "-")
        story = (site / "content" / "columns" / f"{slug}.md").read_text(encoding="utf-8")
        assert f"photo: images/people/{slug}/portret.jpg\n" in story, story
        with Image.open(people / slug / "portret.jpg") as image:
            assert image.convert("RGB").getpixel((450, 600)) == pytest.approx(colour, abs=8)


def test_a_photo_chosen_before_the_title_goes_to_the_storys_own_folder(cms, tmp_path):
    """The photo's folder is named from the title when the media library
    opens: chosen first, as a writer fills a form from any field, the photo
    went into images/people/ itself, the folder every story shares (where a
    colleague's portret.jpg of the same name was replaced). Now the field
    says to fill in the title first, and the photo goes to the story's folder."""
    page, site, _base = cms
    people = site / "content" / "images" / "people"
    photo = tmp_path / "eerst.jpg"
    Image.new("RGB", (900, 1200), (30, 160, 30)).save(photo)
    page.goto(page.url.split("#")[0] + "#/collections/columns-nl/new")
    page.get_by_label("Naam van de collega").fill("Fenna Visser")
    page.get_by_text("Kies een afbeelding").click()
    page.get_by_text("Vul eerst de titel in").wait_for()
    assert page.locator("input[type=file]").count() == 0  # no media library opened
    page.get_by_label("Titel", exact=True).fill("Foto eerst")
    page.get_by_role("textbox", name="Publicatiedatum").fill("2026-05-05")
    page.get_by_label("Functie", exact=True).fill("Monteur")
    page.get_by_role("textbox", name="Toestemming gegeven op").fill("2026-04-01")
    page.frame_locator("iframe").last.get_by_text("Foto eerst").first.wait_for(timeout=90_000)
    page.get_by_text("Vul eerst de titel in").wait_for(state="detached")
    page.get_by_text("Kies een afbeelding").click()
    page.locator("input[type=file]").set_input_files(photo)
    page.get_by_text("eerst.jpg").first.wait_for()
    page.get_by_role("button", name="Gebruik selectie").click()
    _publish(page)
    story = _wait_for(site / "content" / "columns" / "foto-eerst.md")
    assert "photo: images/people/foto-eerst/eerst.jpg\n" in story, story
    assert (people / "foto-eerst" / "eerst.jpg").is_file()
    assert not (people / "eerst.jpg").exists()


def test_an_interview_without_questions_or_an_answer_is_refused_at_the_field(editor, new_page):
    """An interview whose answer was deleted (a question the colleague skips),
    or whose text was pasted over the questions from a mail (questions in
    bold, no headings), was saved; `podium check` refuses both, draft or not
    ('the question ... has no answer', 'an interview needs questions'), so the
    pull request failed, or locally `podium serve` stopped rebuilding."""
    site, base, _headers = editor
    page, watch = new_page()
    _log_in(page, base)
    _new_story(page, "interviews-nl", "Vragen weg", "2026-05-01", "Vera Vraag", "Planner",
               "2026-04-20")  # fmt: skip
    folder = site / "content" / "interviews"
    question = "Wat doe je precies, en hoe ziet een gewone werkdag eruit?"
    editor_body = page.locator("[contenteditable=true]").last
    # The preview shows the entry as Decap holds it: under load the widget gave
    # the emptied answer to the entry late, and "Publiceer" saved the old text,
    # valid, so the refusal never came (a CI run).
    from playwright.sync_api import expect

    hints = page.frame_locator("iframe").last.locator("p", has_text=ANSWER_HINTS["nl"])
    hints.first.wait_for(timeout=30_000)
    before = hints.count()
    for _attempt in range(5):
        editor_body.focus()
        page.wait_for_function(f"q => ({_SELECT_UNDER})(q).length > 0", arg=question)
        page.wait_for_timeout(200)
        if page.evaluate(_STILL_SELECTED, question):  # as _answer: only over the hint
            page.keyboard.press("Delete")
            break
    page.wait_for_function(f"q => !({_AFTER_HEADING})(q)", arg=question)
    expect(hints).to_have_count(before - 1, timeout=30_000)
    page.get_by_role("button", name="Publiceer").click()
    page.get_by_text("Publiceer nu").click()
    page.get_by_text(f'de vraag "{question}" heeft geen antwoord').wait_for()
    # The whole text replaced by one pasted from a mail: no question is a heading.
    editor_body.focus()
    page.keyboard.press("Control+A")
    page.keyboard.insert_text("Wat doe je? Ik plan de ritten van onze monteurs.")
    page.frame_locator("iframe").last.get_by_text("Ik plan de ritten").wait_for(timeout=30_000)
    page.get_by_role("button", name="Publiceer").click()
    page.get_by_text("Publiceer nu").click()
    page.get_by_text("een interview heeft vragen nodig").wait_for()
    page.wait_for_timeout(1000)
    assert not list(folder.glob("vragen-weg*"))
    serious = {e for e in watch.errors if "Content Security Policy" in e or "page error" in e}
    assert serious <= {"page error: undefined"}, watch.errors  # Decap's refused save


# Answers as a colleague leaves them: a note for later, a rule, a space that
# does not break; and ones that show something.
ANSWERS = [
    "<!-- nog invullen -->", "---", "* * *", "___", "&nbsp;", "&#160;", "&ensp;",
    "<!-- a -->\n\n---\n\n&nbsp;", "<p></p>", "- ", ">", "<!-- a", "Ja.",
    "<!-- a --> Ja", "---\n\nJa", "&nbsp;Ja", "![Foto](foto.jpg)", "- Ja", "&nbsp",
]  # fmt: skip


def test_the_editor_tells_an_answer_that_shows_nothing_as_podium_check(editor, new_page, tmp_path):
    """`podium check` refuses an interview answer that shows nothing: a comment
    ("<!-- nog invullen -->"), a rule or "&nbsp;" alone ('the question ... has
    no answer'); the editor took only an empty one as no answer, and saved
    these. Its rule and the build's must agree."""
    from podium import settings as podium_settings
    from podium_cli.build import load_settings
    from podium_read import parse_story
    from podium_testkit import ROOT

    settings = load_settings(ROOT / "pelicanconf.py")
    settings["PATH"] = str(ROOT / "content")
    ps = podium_settings.get(settings)
    refused = []
    for answer in ANSWERS:
        path = tmp_path / "content" / "interviews" / "een-dag.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            "---\ntitle: Een dag\ndate: 2026-05-01\nauthor: Jo Hart\nrole: Planner\nlang: nl\n"
            f"consent:\n  given: 2026-04-20\n---\n## Wat doe je?\n\n{answer}\n\n## Waarom?\n\n"
            "Om te plannen.\n",
            encoding="utf-8",
        )
        errors = parse_story(path, tmp_path / "content", ps).errors
        refused.append(any("has no answer" in e.message for e in errors))
    _site, base, _headers = editor
    page, _watch = new_page()
    page.goto(f"{base}/admin/")
    page.wait_for_function("() => !!window.podiumAnswered")
    told = page.evaluate("answers => answers.map(a => !window.podiumAnswered(a + '\\n'))", ANSWERS)
    assert dict(zip(ANSWERS, told, strict=True)) == dict(zip(ANSWERS, refused, strict=True))


def test_an_answer_that_is_a_note_for_later_is_refused_at_save(editor, new_page):
    """An interview written in git with an answer left as a note for later
    ("<!-- nog invullen -->") was saved by the editor as it was, after a
    colleague changed one word; `podium check` refuses it ('the question ...
    has no answer'). Now the editor refuses it before the save."""
    story = editor[0] / "content" / "interviews" / "nog-invullen.md"
    page, watch, before = _resaved_in_editor(
        editor, new_page, story, "Nog invullen",
        "consent:\n  given: 2026-04-20\n---\n## Wat doe je?\n\n"
        "<!-- nog invullen -->\n\n## Waarom hier?\n\nOm de mensen.\n",
        refused=True,
    )  # fmt: skip
    page.get_by_text('de vraag "Wat doe je?" heeft geen antwoord').wait_for()
    page.wait_for_timeout(1000)
    assert story.read_text(encoding="utf-8") == before
    serious = {e for e in watch.errors if "Content Security Policy" in e or "page error" in e}
    assert serious <= {"page error: undefined"}, watch.errors  # Decap's refused save


def test_a_question_written_a_space_in_is_a_question_to_the_editor_too(editor, new_page):
    """An interview written in git whose question starts a space in (" ## Wat
    doe je?", pasted so: CommonMark allows three), which `podium check` reads
    as a question and the rich text shows as one, could not be saved again
    after a colleague changed one word: the editor said "een interview heeft
    vragen nodig", as its rule wanted the #s at the very start of the line."""
    story = editor[0] / "content" / "interviews" / "een-spatie.md"
    _page, _watch, text = _resaved_in_editor(
        editor, new_page, story, "Een spatie",
        "consent:\n  given: 2026-04-20\n---\n ## Wat doe je?\n\nIk plan de ritten.\n\n"
        "   ## Waarom hier?\n\nOm de mensen.\n",
    )  # fmt: skip
    assert "Wat doe je?" in text and "Om de mensen." in text
    checked = _podium(editor[0], "check", os.path.join("content", "interviews", story.name))
    assert checked.returncode == 0, checked.stderr


def test_a_drawing_as_photo_is_refused_at_upload(editor, new_page, tmp_path):
    """An SVG drawing (a logo, an avatar from a chat tool) chosen as the
    portrait was saved by the editor, and `podium check` refused it ("is an
    SVG drawing, not a photo") in the pull request, where the writer does not
    look. Now it is refused at upload, with the file's name (so is a HEIC
    photo), and a value naming one is refused at the field."""
    site, base, _headers = editor
    page, watch = new_page()
    _log_in(page, base)
    photo = tmp_path / "avatar.svg"
    photo.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="90" height="120">'
        '<rect width="90" height="120" fill="#c33"/></svg>',
        encoding="utf-8",
    )
    _new_story(page, "columns-nl", "Foto als tekening", "2026-05-05", "Iris Teken",
               "Monteur", "2026-04-01")  # fmt: skip
    page.frame_locator("iframe").last.get_by_text("Foto als tekening").first.wait_for(
        timeout=90_000
    )
    page.get_by_text("Kies een afbeelding").click()
    page.locator("input[type=file]").set_input_files(photo)
    # Refused at upload now (as a HEIC photo is), before it reaches the folder.
    page.get_by_role("alert").filter(has_text="avatar.svg: dit is een SVG-tekening").wait_for()
    assert not (site / "content" / "images" / "people" / "foto-als-tekening").exists()
    assert not [e for e in watch.errors if "Content Security Policy" in e or "page error" in e]


# In the story's own folder (the editor's uploads), or in the shared one, where
# `podium new --photo` puts it (every demo story's): the translation's photo
# there was refused as a new story's upload, and no translation of one saved.
@pytest.mark.parametrize(
    ("slug", "name", "photo"),
    [
        ("lot-licht", "Lot Licht", "images/people/lot-licht/portret.jpg"),
        ("sam-schaduw", "Sam Schaduw", "images/people/sam-schaduw.jpg"),
    ],
)
def test_a_translation_takes_the_originals_photo(editor, new_page, slug, name, photo):
    """The media library shows only the story's own folder, so a translator
    could not pick the original's portrait: uploaded again it was a second
    copy in the repository, left out `podium check` warned ('no "photo",
    while its translation ... shows ...'). The photo field offers the
    original's photo once "Vertaling van" is picked, as `podium new
    --translation-of` copies the line. It is the translation's photo at
    once now (a shared field); the button brings it back once removed."""
    site, base, _headers = editor
    content = site / "content"
    (content / photo).parent.mkdir(parents=True, exist_ok=True)
    # A face of each person's own: the same bytes under two names is one portrait.
    Image.new("RGB", (900, 1200), (30, 90, 100 + len(slug))).save(content / photo)
    original = f"{name.split()[0]} in het licht"
    (content / "columns" / f"{slug}.md").write_text(
        _STORY.format(title=original, author=name).replace(
            "lang: nl\n", f"lang: nl\nphoto: {photo}\n"
        ),
        "utf-8",
    )
    page, watch = new_page()
    _log_in(page, base)
    _new_story(page, "columns-en", f"{name.split()[0]} in the light", "2026-03-02", name,
               "Support", "2026-02-20")  # fmt: skip
    page.get_by_label("Vertaling van").click()
    page.keyboard.type(name.split()[0])
    page.get_by_role("option", name=re.compile(original)).click()
    page.get_by_role("button", name="Verwijder afbeelding").click()  # the original's, at once
    page.get_by_role("button", name="Gebruik de foto van het origineel").click()
    page.get_by_role("button", name="Gebruik de foto van het origineel").wait_for(state="detached")
    _publish(page)
    story = content / "columns" / f"{slug}.en.md"
    front = _front(_wait_for(story))
    assert front["photo"] == photo, front
    assert front["slug"] == slug
    checked = _podium(site, "check", f"content/columns/{slug}.en.md")
    assert checked.returncode == 0 and 'no "photo"' not in checked.stderr, checked.stderr
    assert not [e for e in watch.errors if "Content Security Policy" in e or "page error" in e]


def test_a_story_of_its_own_is_not_offered_an_originals_photo(editor, new_page):
    """An English story of its own has a `slug` line (its own URL name), and its
    photo field offered "Gebruik de foto van het origineel", which did nothing
    when clicked: there is no original of that name. So did a translation whose
    original has no photo. The button is offered only for an original's photo."""
    site, base, _headers = editor
    columns = site / "content" / "columns"
    english = _STORY.replace("lang: nl\n", "lang: en\nslug: {slug}\n")
    (columns / "night-walks.en.md").write_text(
        english.format(title="Night walks", author="Ravi Menon", slug="night-walks"), "utf-8"
    )
    (columns / "zonder-foto.md").write_text(
        _STORY.format(title="Zonder foto", author="Zus Zonder"), "utf-8"
    )
    (columns / "zonder-foto.en.md").write_text(
        english.format(title="Without a photo", author="Zus Zonder", slug="zonder-foto"), "utf-8"
    )
    for story in ("zonder-foto", "night-walks"):
        page, watch = new_page()
        _open_entry(page, base, "columns-en", story)
        page.get_by_text("Kies een afbeelding").wait_for()
        page.wait_for_timeout(1500)  # the original is looked up: nothing to show
        offered = page.get_by_role("button", name="Gebruik de foto van het origineel")
        assert offered.count() == 0, story
        assert not [e for e in watch.errors if "Content Security Policy" in e or "page error" in e]


def test_a_photo_of_more_megapixels_than_check_takes_is_scaled_down_at_upload(cms, tmp_path):
    """A phone's 64 or 200 megapixel mode: the editor uploaded the photo as it
    was (its re-encoding keeps the size), and `podium check` refused it ("too
    large to decode safely (more than 60 megapixels); resize it first"), which
    a writer without git cannot do in the repository. The editor scales such a
    photo down to what the build takes before the upload, as WordPress scales
    a big image; a smaller one is uploaded at its own size."""
    from podium.photos import MAX_PIXELS

    page, site, _base = cms
    photo = tmp_path / "groot.jpg"
    Image.new("RGB", (9600, 6600), (90, 140, 180)).save(photo, quality=95)
    _new_story(page, "columns-nl", "Een grote foto", "2026-05-01", "Gijs Groot", "Planner",
               "2026-04-20")  # fmt: skip
    page.frame_locator("iframe").last.get_by_text("Een grote foto").first.wait_for(timeout=90_000)
    page.get_by_text("Kies een afbeelding").click()
    page.locator("input[type=file]").set_input_files(photo)
    page.get_by_text("groot.jpg").wait_for(timeout=60_000)
    page.get_by_role("button", name="Gebruik selectie").click()
    _publish(page)
    story = site / "content" / "columns" / "een-grote-foto.md"
    assert _front(_wait_for(story))["photo"] == "images/people/een-grote-foto/groot.jpg"
    saved = site / "content" / "images" / "people" / "een-grote-foto" / "groot.jpg"
    width, height = Image.open(saved).size
    assert width * height <= MAX_PIXELS and abs(width / height - 9600 / 6600) < 0.01, (
        width,
        height,
    )
    assert width > 9000, (width, height)  # scaled to the limit, not further
    checked = _podium(site, "check", os.path.join("content", "columns", story.name))
    assert "megapixels" not in checked.stderr and "photo" not in checked.stderr, checked.stderr


def test_a_photo_longer_than_check_takes_is_refused_at_upload(editor, new_page, tmp_path):
    """A panorama of 8000 x 200 was uploaded and saved, and `podium check`
    refused it ("more than 10 times as long as it is wide; crop it first"),
    which a writer without git cannot put right in the repository. The upload
    is refused now, in check's words, and nothing reaches the repository; a
    photo of 10:1 is still taken."""
    site, base, _headers = editor
    page, _watch = new_page()
    _log_in(page, base)
    photo, wide = tmp_path / "panorama.jpg", tmp_path / "breed.jpg"
    Image.new("RGB", (8000, 200), (90, 140, 180)).save(photo)
    Image.new("RGB", (2000, 200), (90, 140, 180)).save(wide)
    title = "Een lange foto"
    _new_story(page, "columns-nl", title, "2026-05-05", "Lena Lang", "Monteur", "2026-04-01")
    page.frame_locator("iframe").last.get_by_text(title).first.wait_for(timeout=90_000)
    page.get_by_text("Kies een afbeelding").click()
    page.locator("input[type=file]").set_input_files(photo)
    note = page.get_by_role("alert").filter(has_text="panorama.jpg")
    note.wait_for()
    assert "8000 x 200 pixels, meer dan 10 keer zo lang als breed" in note.inner_text()
    page.wait_for_timeout(1000)
    assert not list((site / "content" / "images" / "people").rglob("panorama*"))
    note.get_by_role("button", name="Sluiten").click()
    page.locator("input[type=file]").set_input_files(wide)
    page.get_by_text("breed.jpg").wait_for(timeout=60_000)  # in the library: taken
    assert page.get_by_role("alert").filter(has_text="breed.jpg").count() == 0


def test_a_png_larger_than_check_takes_is_refused_at_upload(editor, new_page, tmp_path):
    """A PNG (a screenshot, an export) over 40 MB was uploaded as it was, since
    Decap re-encodes a PNG losslessly, and `podium check` refused it after the
    save ("is larger than 40 MB; save it smaller"). The upload is refused now,
    with what to do, and nothing reaches the repository."""
    from podium.filetypes import MAX_PHOTO_BYTES

    site, base, _headers = editor
    page, _watch = new_page()
    _log_in(page, base)
    photo = tmp_path / "scherm.png"
    Image.frombytes("RGB", (4000, 3400), os.urandom(4000 * 3400 * 3)).save(photo, compress_level=0)
    assert MAX_PHOTO_BYTES < photo.stat().st_size < 45_000_000
    _new_story(page, "columns-nl", "Een grote schermafdruk", "2026-05-05", "Ivo Foon",
               "Monteur", "2026-04-01")  # fmt: skip
    title = "Een grote schermafdruk"
    page.frame_locator("iframe").last.get_by_text(title).first.wait_for(timeout=90_000)
    page.get_by_text("Kies een afbeelding").click()
    page.locator("input[type=file]").set_input_files(photo)
    note = page.get_by_role("alert").filter(has_text="scherm.png")
    note.wait_for()
    assert "groter dan 40 MB" in note.inner_text() and "als JPEG" in note.inner_text()
    page.wait_for_timeout(1000)
    assert not list((site / "content" / "images" / "people").rglob("scherm*"))


def _upload_a_heic_photo(editor, new_page, tmp_path, name: str, title: str):
    """A new column titled ``title``, and a HEIC photo ``name`` chosen in its
    media library: (site, page, watch, the refusal note once it is shown)."""
    site, base, _headers = editor
    page, watch = new_page()
    _log_in(page, base)
    photo = tmp_path / name
    photo.write_bytes(b"\0\0\0\x18ftypheic\0\0\0\0mif1heic" + b"\0" * 64)
    _new_story(page, "columns-nl", title, "2026-05-05", "Ivo Foon", "Monteur", "2026-04-01")
    page.frame_locator("iframe").last.get_by_text(title).first.wait_for(timeout=90_000)
    page.get_by_text("Kies een afbeelding").click()
    page.locator("input[type=file]").set_input_files(photo)
    note = page.get_by_role("alert").filter(has_text=name)
    note.wait_for()
    return site, page, watch, note


def test_a_heic_photo_is_refused_at_upload_with_what_to_choose(editor, new_page, tmp_path):
    """An iPhone saves HEIC unless told otherwise. Uploaded in the media
    library, it was written into the story's photo folder but never shown
    there (Decap lists only the image types a browser can show), so the writer
    saw nothing happen, thought the upload had failed, and the repository kept
    a photo `podium check` refuses. Now the upload is refused at once, with
    the file's name and the formats to choose; nothing is written."""
    site, page, watch, note = _upload_a_heic_photo(
        editor, new_page, tmp_path, "IMG_0042.HEIC", "Foto van een iPhone"
    )
    assert "dit is een HEIC-foto" in note.inner_text()
    assert "kies een JPEG-, PNG- of WebP-foto" in note.inner_text()
    # A JPEG chosen next is uploaded as always, and the note goes.
    jpeg = tmp_path / "portret.jpg"
    Image.new("RGB", (900, 1200), (90, 120, 180)).save(jpeg)
    page.locator("input[type=file]").set_input_files(jpeg)
    page.get_by_text("portret.jpg").first.wait_for()
    note.wait_for(state="detached")
    folder = site / "content" / "images" / "people" / "foto-van-een-iphone"
    assert not (folder / "IMG_0042.HEIC").exists()
    assert not [e for e in watch.errors if "Content Security Policy" in e or "page error" in e]


def test_the_refusal_of_a_heic_photo_goes_with_the_media_library(editor, new_page, tmp_path):
    """The note refusing a HEIC photo stood over the form after the writer
    closed the media library, as if the form had refused something, until its
    own button was found. Now it goes when the media library closes."""
    site, page, watch, note = _upload_a_heic_photo(
        editor, new_page, tmp_path, "IMG_0043.HEIC", "Foto en weer dicht"
    )
    library = page.get_by_role("dialog")
    library.get_by_role("button", name="Sluiten").click()
    library.wait_for(state="detached")
    note.wait_for(state="detached")
    page.get_by_text("Kies een afbeelding").click()  # opened again: no note of before
    page.locator("input[type=file]").wait_for(state="attached")
    assert note.count() == 0
    assert not [e for e in watch.errors if "Content Security Policy" in e or "page error" in e]


def test_a_tiff_photo_with_gps_is_refused_at_upload_not_written_with_it(cms, tmp_path):
    """Decap re-encodes, without EXIF, only a JPEG, PNG or WebP: a TIFF (or AVIF)
    photo uploaded in the "Media" library went into content/images/people/ as
    it was, GPS position (often the writer's home) and all, to be committed and
    kept in the repository's history. Now it is refused at upload, as a HEIC is."""
    page, site, _base = cms
    photo = _gps_photo(tmp_path)
    tiff = tmp_path / "vakantie-gps.tiff"  # a name no other upload of the module has
    with Image.open(photo) as img:
        img.save(tiff, exif=img.getexif())
    assert has_gps(tiff)
    page.get_by_role("button", name="Media").click()
    page.locator("input[type=file]").set_input_files(tiff)
    people = site / "content" / "images" / "people"
    note = page.get_by_role("alert").filter(has_text="vakantie-gps.tiff")
    deadline = time.monotonic() + 30
    while not note.count() and not list(people.rglob("vakantie-gps*")):
        assert time.monotonic() < deadline, "neither refused nor written"
        page.wait_for_timeout(200)
    page.wait_for_timeout(1000)  # decap-server writes right after it answers
    assert not list(people.rglob("vakantie-gps*"))
    assert "(GPS)" in note.inner_text() and "JPEG" in note.inner_text()


def test_text_typed_before_the_new_storys_draft_exists_is_not_wiped(editor, new_page):
    """Decap shows a new story's form before it has made the story's draft
    (it lists the photo folders first, slow on GitHub with many portraits),
    and the draft, when it comes, replaced everything typed: a writer who
    began with the title saw it vanish. Now the form takes no typing until
    the draft is there and says so; what is in a field stays in it."""
    site, base, _headers = editor
    page, watch = new_page()
    _log_in(page, base)
    # A writer who has just had a story open: Decap shows the new form at once
    # (on the first story it shows "Item laden..." until the draft is there).
    page.goto(page.url.split("#")[0] + "#/collections/interviews-nl/entries/anna-de-boer")
    page.get_by_role("button", name="Publiceer").wait_for()
    held, holding = [], [True]

    def hold_media(route):  # the photo folders' listing, held until released
        if holding[0] and '"getMedia"' in (route.request.post_data or ""):
            held.append(route)
        else:
            route.continue_()

    page.route("**/api/v1", hold_media)
    page.goto(page.url.split("#")[0] + "#/collections/columns-nl/new")
    title = page.get_by_label("Titel", exact=True)
    title.wait_for(state="attached")
    preparing = page.get_by_role("status").filter(has_text="wordt klaargezet")
    try:
        title.fill("Vroeg getypt", timeout=3000)
        took = True
    except Exception:  # noqa: BLE001 - a form that takes no typing yet
        took = False
    if not took:  # the writer is told why the form is not there yet
        preparing.wait_for()
    holding[0] = False
    for route in held:
        route.continue_()
    # The draft is there once its text (the question bank) is.
    page.wait_for_function(
        "() => [...document.querySelectorAll('[contenteditable=true]')]"
        ".some(e => e.textContent.trim().length > 0)",
        timeout=60_000,
    )
    preparing.wait_for(state="detached")
    assert title.input_value() == ("Vroeg getypt" if took else "")
    title.fill("Later getypt")
    page.frame_locator("iframe").last.get_by_text("Later getypt").first.wait_for(timeout=30_000)
    assert not [e for e in watch.errors if "Content Security Policy" in e or "page error" in e]


def test_the_forms_buttons_are_named_in_the_writers_language(editor, new_page):
    """A screen reader read each date's "Nu" button as "Set given to now",
    "Set until to now", "Set left to now": Decap names it after the field's
    internal name, in English (its Dutch words have no such phrase), and the
    consent group's toggle as "Collapse". Now each is named after the field's
    label, in Dutch."""
    site, base, _headers = editor
    page, watch = new_page()
    _log_in(page, base)
    page.goto(page.url.split("#")[0] + "#/collections/interviews-nl/new")
    page.get_by_label("Titel", exact=True).wait_for()
    for label in ("Publicatiedatum", "Toestemming gegeven op", "Uit dienst sinds"):
        page.get_by_role("button", name=f"Vul vandaag in bij {label}").wait_for()
    page.get_by_role("button", name="Inklappen").first.wait_for()
    names = page.evaluate(
        "() => [...document.querySelectorAll('button')]"
        ".map(b => b.getAttribute('aria-label') || b.textContent.trim())"
    )
    english = [n for n in names if re.search(r"\b(Set|now|Collapse|Expand|Toggle)\b", n)]
    assert not english, english
    internal = {"date", "given", "until", "left", "updated", "consent", "share_prompts"}
    assert not [n for n in names if set(re.findall(r"[a-z_]+", n)) & internal], names


# Decap's phrases for what Podium's configuration never shows: the notes pane
# (`editor.notes`, off), the copy between locales (no `i18n`), a nested
# collection's path (none) and the Forgejo login (the backend is GitHub's).
UNUSED_PHRASES = re.compile(
    r"^(editor\.editorNotesPane\.|editor\.editorInterface\.toggleNotes$|ui\.toast\.\w*[Nn]ote"
    r"|editor\.editorControlPane\.i18n\.|editor\.editorControlPane\.widget\.(invalidPath|pathExists)$"
    r"|auth\.loginWithForgejo$)"
)


def test_every_phrase_the_editor_shows_has_the_writers_language(editor, new_page):
    """Decap's Dutch words lack phrases its English has, and Decap then says
    them in English: the collection list's view buttons were read out as "List
    view option" and "Grid view option", and on GitHub (the editorial workflow)
    the list's heading said "Unpublished Entries" and the status button's tip
    "Entry status is set to draft. To finalize and submit it for review, set
    the status to 'In review'" to a Dutch writer. Every phrase of a part the
    configuration shows now has Dutch words."""
    _site, base, _headers = editor
    page, _watch = new_page()
    _log_in(page, base)
    missing = page.evaluate(
        """() => {
          const flat = (o, p) => Object.entries(o || {}).flatMap(([k, v]) =>
            v && typeof v === "object" ? flat(v, p + k + ".") : [p + k]);
          const nl = new Set(flat(CMS.getLocale("nl"), ""));
          return flat(CMS.getLocale("en"), "").filter(k => !nl.has(k));
        }"""
    )
    assert [k for k in missing if not UNUSED_PHRASES.match(k)] == []
    page.get_by_role("button", name="Lijstweergave").wait_for()
    page.get_by_role("button", name="Rasterweergave").wait_for()


def test_the_heading_and_quote_buttons_speak_the_writers_language(editor, new_page):
    """An interview's question is a level-2 heading, made with the toolbar's
    heading button, which Decap's Dutch called "Hoofdtekst" (body text, the
    opposite of a heading) with its choices in English ("Heading 1" to
    "Heading 6"), and its quote button "Quote"; the refusal of an interview
    without questions said to use "Hoofdtekst", "Heading 2". A Dutch writer
    now finds "Koppen", "Kop 2" and "Citaat", as Word calls them, and the
    message names them."""
    _site, base, _headers = editor
    page, _watch = new_page()
    _log_in(page, base)
    page.goto(page.url.split("#")[0] + "#/collections/interviews-nl/new")
    page.get_by_role("button", name="Citaat").wait_for()
    page.get_by_role("button", name="Koppen").click()
    for level in (2, 3):  # an interview's: a question, a heading in an answer
        page.get_by_text(f"Kop {level}", exact=True).wait_for()
    shown = page.locator("body").inner_text()
    names = page.evaluate(
        "() => [...document.querySelectorAll('button')]"
        ".map(b => b.getAttribute('aria-label') || b.textContent.trim())"
    )
    assert not [n for n in names if re.search(r"Hoofdtekst|Heading|Quote", n)], names
    assert not re.search(r"Heading \d", shown)
    import yaml

    with urllib.request.urlopen(f"{base}/admin/config.yml", timeout=10) as r:
        config = yaml.safe_load(r.read())
    interviews = next(c for c in config["collections"] if c["name"] == "interviews-nl")
    told = next(f for f in interviews["fields"] if f["name"] == "body")["no_questions"]
    assert '("Koppen", "Kop 2")' in told, told


def test_an_interviews_heading_menu_offers_a_question_and_a_heading_in_an_answer(editor, new_page):
    """A writer who added a question to an interview with the toolbar's first
    heading ("Kop 1") saw it in the preview larger than the other questions,
    and on the page it was no question: a small heading (h3) inside the answer
    above it, left out of the questions, and `podium check` said nothing. An
    interview's heading menu now offers "Kop 2", a question, and "Kop 3", a
    heading inside an answer, as the page has them. A column's offered all
    six, and its "Kop 1" was the preview's largest heading, larger than the
    title's neighbours, where the page (whose one h1 is the title) sets its
    first heading as an h2 and the next "Kop 2" under it as an h3: the preview
    showed two levels the page does not have. It offers "Kop 2" to "Kop 4",
    the levels a column's page shows (h5 and h6 look as h4)."""
    _site, base, _headers = editor
    page, _watch = new_page()
    _log_in(page, base)
    offered = {}
    for collection in ("interviews-nl", "columns-nl"):
        page.goto(page.url.split("#")[0] + f"#/collections/{collection}/new")
        page.get_by_role("button", name="Koppen").click()
        page.get_by_text("Kop 2", exact=True).wait_for()
        offered[collection] = [
            level for level in range(1, 7)
            if page.get_by_text(f"Kop {level}", exact=True).is_visible()
        ]  # fmt: skip
    assert offered == {"interviews-nl": [2, 3], "columns-nl": [2, 3, 4]}


def test_a_columns_level_one_heading_looks_in_the_preview_as_on_the_page(new_page, base_url):
    """A "# Kop" typed in Markdown mode (or a column written with git) is an h1 in
    the preview, which the stylesheet left to the browser's 2em, the size of
    the title; the page sets it as the text's first heading, an h2. The
    preview's text is the page's ``.prose``, where an h1 now looks as an h2."""
    page, _ = new_page()
    page.goto(base_url + "/stories/ben-bakker/")
    sizes = page.evaluate(
        """() => { const prose = document.querySelector(".prose");
             const px = tag => { const e = document.createElement(tag);
               e.textContent = "Kop"; prose.append(e);
               const s = getComputedStyle(e); return [s.fontSize, s.marginTop]; };
             return [px("h1"), px("h2")]; }"""
    )
    assert sizes[0] == sizes[1], sizes


def test_the_mode_switch_menu_and_preview_are_named_in_the_writers_language(editor, new_page):
    """A screen reader read the text's "Rijke tekst/Markdown" switch as an
    unnamed "switch" (Decap's toggle drops the name it is given), the account
    button as "Account options dropdown" (Decap's Dutch lacks it) and the
    preview as an unnamed frame. Now each has a Dutch name."""
    site, base, _headers = editor
    page, watch = new_page()
    _log_in(page, base)
    page.goto(page.url.split("#")[0] + "#/collections/columns-nl/new")
    page.get_by_label("Titel", exact=True).wait_for()
    switch = page.get_by_role("switch", name="Markdown in plaats van opgemaakte tekst")
    switch.wait_for()
    assert switch.get_attribute("aria-checked") == "false"
    switch.click()  # Decap draws the text anew, the switch with it
    page.get_by_role(
        "switch", name="Markdown in plaats van opgemaakte tekst", checked=True
    ).wait_for()
    page.get_by_role("button", name="Accountmenu").wait_for()
    page.locator('iframe#preview-pane[title="Voorbeeld van het verhaal"]').wait_for(
        state="attached"
    )
    names = page.evaluate(
        "() => [...document.querySelectorAll('button, [role=switch], iframe')]"
        ".filter(b => !b.closest('[aria-hidden=true]'))"
        ".map(b => b.getAttribute('aria-label') || b.title || b.textContent.trim()"
        " || (b.labels && b.labels[0] && b.labels[0].textContent.trim())"
        " || b.outerHTML.slice(0, 200))"
    )
    assert not [n for n in names if "<" in n or "Account options" in n], names
    assert not [e for e in watch.errors if "Content Security Policy" in e or "page error" in e]


def test_a_link_to_a_site_typed_without_https_leads_to_that_site(cms):
    """The Link button asks for an address, and a writer types it as it is
    said: "www.werkenbij.example". Saved as it was typed, that is a path on the
    hub (/verhalen/<story>/www.werkenbij.example), a page that does not exist,
    and `podium check` cannot tell it from a link within the site; an e-mail
    address so typed was such a path too. The editor now saves
    https://www.werkenbij.example and mailto:jan@bedrijf.example."""
    page, site, _base = cms
    body = (
        "Lees meer op [onze site](www.werkenbij.example/vacatures) of mail "
        "[Jan](jan@bedrijf.example). Ook [dit verhaal](/verhalen/anna/) en "
        "[een foto]({static}/images/x.jpg) blijven zo.\n"
    )
    text = _edit_first_line(page, site, "links-typen", body, "Nieuw: ")
    assert "](https://www.werkenbij.example/vacatures)" in text, text
    assert "](mailto:jan@bedrijf.example)" in text, text
    assert "](/verhalen/anna/)" in text and "]({static}/images/x.jpg)" in text, text


def test_the_storys_text_field_is_named_for_a_screen_reader(editor, new_page):
    """The story's text, the field a writer spends the most time in, was an
    unnamed "textbox" to a screen reader (Decap's rich text is not tied to
    its label "Tekst"), in a column and an interview alike, and so was the
    Markdown mode's. Now each carries the field's label."""
    site, base, _headers = editor
    page, watch = new_page()
    _log_in(page, base)
    for collection in ("columns-nl", "interviews-nl"):
        page.goto(page.url.split("#")[0] + f"#/collections/{collection}")
        page.get_by_text("Inhoudstypen").wait_for()  # the list, as a writer passes it
        page.goto(page.url.split("#")[0] + f"#/collections/{collection}/new")
        page.wait_for_function(
            "() => [...document.querySelectorAll('[contenteditable=true]')]"
            ".some(e => e.textContent.trim().length > 0)",
            timeout=60_000,
        )
        text = page.get_by_role("textbox", name="Tekst", exact=True)
        text.wait_for()
        assert text.get_attribute("contenteditable") == "true"
    page.get_by_role("switch").last.click()  # to Markdown, drawn anew
    raw = page.get_by_role("textbox", name="Tekst", exact=True).filter(has_text="## Wat doe je")
    raw.wait_for()
    assert not [e for e in watch.errors if "Content Security Policy" in e or "page error" in e]


def test_publish_and_create_new_opens_an_empty_story(editor, new_page):
    """ "Publiceer en maak nieuw" after a new story opened the new story's page
    with the story just saved still in the form (Decap makes no draft from
    one new story's page to the next): the writer's next story was typed
    into the first one and saved over it. Now the form is a new, empty story."""
    site, base, _headers = editor
    page, watch = new_page()
    _log_in(page, base)
    _new_story(page, "columns-nl", "Eerste van twee", "2026-05-05", "Ad Tromp", "Monteur",
               "2026-04-01")  # fmt: skip
    page.frame_locator("iframe").last.get_by_text("Eerste van twee").first.wait_for(timeout=60_000)
    page.get_by_role("button", name="Publiceer").click()
    page.get_by_text("Publiceer en maak nieuw").click()
    first = site / "content" / "columns" / "eerste-van-twee.md"
    _wait_for(first)
    # The new story's draft is there once its text (the question bank) is,
    # and the form shows it: an empty title.
    title = page.get_by_label("Titel", exact=True)
    page.wait_for_function(
        "() => { const t = document.querySelector('input[id^=title-field]');"
        " return t && t.value === '' && t.checkVisibility(); }",
        timeout=60_000,
    )
    assert page.get_by_label("Naam van de collega").input_value() == ""
    title.fill("Tweede van twee")
    assert "title: Eerste van twee" in first.read_text(encoding="utf-8")
    assert not [e for e in watch.errors if "Content Security Policy" in e or "page error" in e]


def test_a_title_that_names_a_windows_device_is_named_as_podium_new_names_it(editor, new_page):
    """A new story titled "Aux" was once saved as columns/aux.md, a file no
    Windows computer can check out or build (aux, con, nul, com1: names Windows
    keeps for devices); then the title was refused at the field ("kies een
    andere titel"), while `podium new "Aux"` names it aux-1. The editor now
    names it aux-1 as well: the title is the writer's, the slug ours."""
    site, base, _headers = editor
    page, watch = new_page()
    _log_in(page, base)
    _new_story(page, "columns-nl", "Aux", "2026-05-01", "Wim Weer", "Monteur", "2026-04-20")
    _publish(page)
    folder = site / "content" / "columns"
    front = _front(_wait_for(folder / "aux-1.md"))
    assert front["title"] == "Aux" and front["slug"] == "aux-1", front
    assert not [p for p in folder.iterdir() if p.stem.lower() == "aux"]
    assert not [e for e in watch.errors if "Content Security Policy" in e or "page error" in e]


def test_a_title_without_a_letter_or_digit_is_named_as_podium_new_names_it(editor, new_page):
    """A new story titled "!!!" gave Decap an empty file name (decap-server
    answered 422, the story stayed unsaved with no word why); then such a
    title, "🦄🎉" too, was refused at the field ("schrijf er een woord bij"),
    while `podium new "🦄🎉"` names it story.md. The editor now names it so;
    a second such title gets the address story, which is taken: said at the
    field, as `podium new` refuses it."""
    site, base, _headers = editor
    page, watch = new_page()
    _log_in(page, base)
    folder = site / "content" / "columns"
    _new_story(page, "columns-nl", "🦄🎉", "2026-05-01", "Wim Weer", "Monteur", "2026-04-20")
    _publish(page)
    front = _front(_wait_for(folder / "story.md"))
    assert front["title"] == "🦄🎉" and front["slug"] == "story", front
    checked = _podium(site, "check", os.path.join("content", "columns", "story.md"))
    assert checked.returncode == 0, checked.stderr
    before = {p.name for p in folder.iterdir()}
    page, watch = new_page()  # whose form lists the stories anew, story.md with them
    _log_in(page, base)
    _new_story(page, "columns-nl", "!!!", "2026-05-01", "Wim Weer", "Monteur", "2026-04-20")
    page.wait_for_selector("body[data-live-lists]", state="attached", timeout=30_000)
    page.get_by_role("button", name="Publiceer").click()
    page.get_by_text("Publiceer nu").click()
    page.get_by_text("krijgt het adres story, dat columns/story.md al heeft").wait_for()
    page.wait_for_timeout(1000)
    assert {p.name for p in folder.iterdir()} == before
    assert not [e for e in watch.errors if "API_ERROR" in e], watch.errors


def test_a_photo_uploaded_on_the_media_page_reaches_the_repository_without_gps(cms, tmp_path):
    # The editor's header links "Media", the library of every upload, with its
    # own upload button: a phone photo uploaded there went into
    # content/images/people/ as it was, GPS position (often the writer's home)
    # and all, to be committed, as only the portrait field stripped metadata.
    page, site, _base = cms
    page.get_by_role("button", name="Media").click()
    page.locator("input[type=file]").set_input_files(_gps_photo(tmp_path))
    uploaded = site / "content" / "images" / "people" / "telefoon.jpg"
    deadline = time.monotonic() + 30
    while not uploaded.is_file():
        assert time.monotonic() < deadline, "the upload was not written"
        time.sleep(0.2)
    page.wait_for_timeout(500)  # decap-server writes right after it answers
    assert not has_gps(uploaded)


# A story part's look: what a reader tells a question, an intro or an answer by.
_LOOK = """e => { const s = getComputedStyle(e);
  return [s.fontSize, s.color, s.borderLeftWidth, s.borderLeftColor, s.paddingLeft]; }"""


def test_the_preview_shows_an_interviews_questions_as_the_page_does(cms):
    """The preview set an interview's text as a column's: each question an
    article heading, larger than on the page and without the brand's rule
    beside it, the opening words as the answers, and no "Geïnterviewd door".
    Now the questions, the intro and the credit look as on the story's page."""
    page, _site, base = cms
    story = page.context.new_page()
    story.goto(f"{base}/stories/anna-de-boer/")
    question = story.locator(".qa__q").first.evaluate(_LOOK)
    intro = story.locator(".story__intro").evaluate(_LOOK)
    credit = story.locator(".author-card__credit").inner_text()
    story.close()
    page.goto(page.url.split("#")[0] + "#/collections/interviews-nl/entries/anna-de-boer")
    preview = page.frame_locator("iframe").last
    heading = preview.locator("h2").filter(has_text="Wat doe je precies?")
    heading.wait_for(timeout=30_000)
    assert heading.evaluate(_LOOK) == question
    opening = preview.locator("p").filter(has_text="Anna begon hier als stagiair.")
    assert opening.evaluate(_LOOK) == intro
    assert preview.locator(".author-card__credit").inner_text() == credit


def test_the_preview_shows_a_pull_quote_in_marks_as_the_page_does(cms):
    """A pull quote typed in its own quotation marks ("“Elke dag iets
    nieuws.”", as a writer quotes someone) showed doubled in the preview,
    ““Elke dag iets nieuws.””, as the pull quote draws its own marks; the
    page takes the writer's off (podium_read.body.unwrapped). Now so does the
    preview, and marks around a part only stay."""
    from podium_read.body import unwrapped

    page, site, _base = cms
    (site / "content" / "columns" / "citaat.md").write_text(
        "---\ntitle: Citaat\ndate: 2026-05-01\nauthor: Pim de Vries\nrole: Monteur\n"
        "lang: nl\nquote: Eerst.\nconsent:\n  given: 2026-04-20\n---\nEen zin.\n",
        encoding="utf-8",
    )
    page.goto(page.url.split("#")[0] + "#/collections/columns-nl/entries/citaat")
    preview = page.frame_locator("iframe").last
    preview.locator(".story__title").wait_for(timeout=30_000)
    for quote in [
        "“Elke dag iets nieuws.”",
        "„Elke dag iets nieuws“.",
        '"Rust", zei ze, "is ook werk"',
        "«Rust is ook werk»",
        "‘Rust’",
        "Rust is ook werk.",
    ]:
        page.get_by_label("Citaat").fill(quote)
        expected = unwrapped(quote)
        page.wait_for_function(
            "(want) => [...document.querySelectorAll('iframe')].pop().contentDocument"
            ".querySelector('figure.pullquote blockquote p')?.textContent === want",
            arg=expected,
            timeout=10_000,
        )


def test_the_preview_shows_the_kind_and_date_as_the_page_does(cms):
    """The preview showed the story's date as the form holds it, "2026-03-02",
    where its page says "2 maart 2026", and left out the "Interview" or
    "Column" label above the title. Now both are as on the page, in the
    story's language (an English story's month in English)."""
    page, _site, base = cms
    shown = {}
    story = page.context.new_page()
    for url in ("/stories/anna-de-boer/", "/en/stories/anna-de-boer/"):
        story.goto(base + url)
        shown[url] = [
            story.locator(sel).first.inner_text() for sel in (".story__kind", ".story__meta time")
        ]
    story.close()
    for collection, url in [
        ("interviews-nl/entries/anna-de-boer", "/stories/anna-de-boer/"),
        ("interviews-en/entries/anna-de-boer", "/en/stories/anna-de-boer/"),
    ]:
        page.goto(page.url.split("#")[0] + "#/collections/" + collection)
        preview = page.frame_locator("iframe").last
        preview.locator(".story__title").wait_for(timeout=30_000)
        kind = preview.locator(".story__kind")
        kind.wait_for()
        assert [kind.inner_text(), preview.locator(".story__meta time").inner_text()] == shown[url]


# axe-core (WCAG 2 A and AA, as scripts/cms_axe.py runs it) on a page of the
# editor: the violations of ``rules`` (all of them when None), with the nodes.
_AXE_RUN = """rules => axe.run(document, rules
    ? {runOnly: {type: "rule", values: rules}}
    : {runOnly: ["wcag2a", "wcag2aa"]}).then(r => r.violations.map(v =>
  v.id + ": " + v.nodes.map(n => n.target.join(" ") + " " + n.failureSummary).join("; ")))"""


def _axe_editor(editor, new_page, route: str):
    """A logged-in editor page with axe-core loaded, on ``route`` (the
    editor's CSP stays: axe is injected by the browser, not by the page)."""
    from browser.test_axe import AXE

    if not AXE.is_file():
        _missing(f"{AXE.name} is not installed")
    _site, base, _headers = editor
    page, watch = new_page()
    page.context.add_init_script(path=str(AXE))
    _log_in(page, base)
    page.goto(page.url.split("#")[0] + route)
    return page, watch


def _axe(page, rules: list[str] | None = None) -> list[str]:
    page.wait_for_timeout(1000)  # Decap draws the form in steps
    return page.evaluate(_AXE_RUN, rules)


def test_the_publish_button_is_readable(editor, new_page):
    """ "Publiceer", the button a writer looks for last, was white on Decap's
    teal #17a2b8: 3.04:1, where WCAG AA asks 4.5:1 (axe: color-contrast). It
    is on Decap's own darker teal now (admin.css), 5.16:1."""
    page, watch = _axe_editor(editor, new_page, "#/collections/columns-nl/new")
    publish = page.get_by_role("button", name="Publiceer")
    publish.wait_for()
    assert _axe(page, ["color-contrast"]) == []
    assert publish.evaluate("b => getComputedStyle(b).backgroundColor") == "rgb(17, 120, 136)"
    assert not [e for e in watch.errors if "Content Security Policy" in e or "page error" in e]


def test_a_saved_translation_is_not_filled_from_its_original(editor, new_page):
    """Only a new translation takes what it shares with its original: the
    English "Anna de Boer" gives no place or themes where the Dutch one gives
    Utrecht and tech, and opening it changes neither (its page would have
    changed at the next save, without the writer seeing why)."""
    _site, base, _headers = editor
    page, watch = new_page()
    _open_entry(page, base, "interviews-en", "anna-de-boer")
    expect(page.get_by_label("Naam van de collega")).to_have_value("Anna de Boer")
    page.wait_for_timeout(1500)  # the original would have been read by now
    expect(page.get_by_label("Plaats of vestiging")).to_have_value("")
    assert page.get_by_text("NIET-OPGESLAGEN").count() == 0  # nothing changed
    assert not [e for e in watch.errors if "Content Security Policy" in e or "page error" in e]


_SHARED = """---
title: Een jaar in het team
date: 2026-03-02
author: Saar Samen
role: Supportmedewerker
lang: nl
team: engineering
location: Utrecht
themes: [tech, balance]
vacancies: ['501']
left: 2026-05-29
quote: Elke dag iets nieuws.
consent: {given: 2026-02-20, until: 2030-12-31, social: false}
---

Tekst.
"""


def test_a_new_translation_starts_with_what_it_shares_with_its_original(editor, new_page):
    """A translation made in the editor started with the author, the dates,
    the consent, the team and the themes empty, so a translator typed them
    again (a typo in the name made it another person). Once "Vertaling van"
    is picked they are the original's, as `podium new --translation-of`
    copies them (one table: podium_read.schema.SHARED_WITH_ORIGINAL), the
    vacancies it links and the day its author left too; the role and the
    quote are left to translate, and what the translator typed already
    stays."""
    site, base, _headers = editor
    (site / "content" / "columns" / "een-jaar-samen.md").write_text(_SHARED, "utf-8")
    page, watch = new_page()
    _log_in(page, base)
    page.goto(page.url.split("#")[0] + "#/collections/columns-en/new")
    title = page.get_by_label("Titel", exact=True)
    title.wait_for()
    page.wait_for_timeout(1000)  # the new story's draft
    title.fill("A year in the team")
    page.get_by_label("Plaats of vestiging").fill("Utrecht Centraal")  # typed first: kept
    page.get_by_label("Vertaling van").click()
    page.keyboard.type("Een jaar")
    page.get_by_role("option", name=re.compile("Een jaar in het team")).click()
    author = page.get_by_label("Naam van de collega")
    expect(author).to_have_value("Saar Samen")
    expect(page.get_by_role("textbox", name="Publicatiedatum")).to_have_value("2026-03-02")
    expect(page.get_by_role("textbox", name="Toestemming gegeven op")).to_have_value("2026-02-20")
    expect(page.get_by_label("Functie", exact=True)).to_have_value("")  # to translate
    page.get_by_label("Functie", exact=True).fill("Support agent")
    _publish(page)
    front = _front(_wait_for(site / "content" / "columns" / "een-jaar-samen.en.md"))
    assert front["slug"] == "een-jaar-samen"
    assert front["author"] == "Saar Samen" and front["role"] == "Support agent"
    assert str(front["date"]) == "2026-03-02"
    assert {k: str(v) for k, v in front["consent"].items()} == {
        "given": "2026-02-20", "until": "2030-12-31", "social": "False"}  # fmt: skip
    assert front["team"] == "engineering" and front["themes"] == ["tech", "balance"]
    assert front["vacancies"] == ["501"] and str(front["left"]) == "2026-05-29"
    assert front["location"] == "Utrecht Centraal"
    assert not front.get("quote"), front
    assert not [e for e in watch.errors if "Content Security Policy" in e or "page error" in e]


def test_the_editors_list_and_form_pass_axe(editor, new_page):
    """Decap's grey text (#798291) was under WCAG AA's 4.5:1: the collection
    list's links to the other collections (3.87:1), its "Sorteer op" (3.4:1 on
    the list's grey), the header's "Inhoud" and "Media" (#7b8290, 3.86:1),
    and the text's "Rijke tekst / Markdown" labels once the text has the
    focus (3.1:1 on the toolbar's grey). admin.css gives them Decap's darker
    grey for labels, #5D626F; a sorted list's "Sorteer op" stays blue. The
    list and a new story's form, its text focused, pass axe (WCAG 2 A, AA)."""
    page, watch = _axe_editor(editor, new_page, "#/collections/columns-nl")
    page.get_by_text("Sorteer op").wait_for()
    assert _axe(page) == []
    page.get_by_text("Sorteer op").click()
    page.get_by_role("menuitem").first.click()  # sorted: Decap's blue, as before
    expect(page.get_by_text("Sorteer op")).to_have_css("color", "rgb(58, 105, 199)")
    page.goto(page.url.split("#")[0] + "#/collections/columns-nl/new")
    page.get_by_role("button", name="Citaat").wait_for()
    page.locator("[contenteditable=true]").last.click()
    # Known and not fixed: the toolbar's "Koppen" and "Voeg component toe" are a
    # named button inside Decap's unnamed role=button (nested-interactive). A
    # fix in admin.js passed and then failed to open a menu by keyboard in one
    # of two clean-clone CI runs, so it was taken out (README, docs/cms.md).
    found = _axe(page)
    assert [v for v in found if not v.startswith("nested-interactive:")] == []
    assert not [e for e in watch.errors if "Content Security Policy" in e or "page error" in e]


def test_the_preview_shows_the_themes_and_job_links_as_the_page_does(cms):
    """The preview ended with the text: the themes a writer picked and the
    vacancies the story links, which its page shows under the text ("Thema's
    in dit verhaal", "Vacatures die hierbij passen"), were nowhere, so a
    reviewer could not see a wrong theme or job before "Publish". Now they are
    shown as on the page: the themes by their name in the story's language, in
    their colour; the linked jobs that are open (a closed one, which the page
    leaves out, is not shown either)."""
    page, site, _base = cms
    (site / "content" / "columns" / "met-thema.md").write_text(
        "---\ntitle: Met thema\ndate: 2026-05-01\nauthor: Pim de Vries\nrole: Monteur\n"
        "lang: nl\nthemes: [tech, balance]\nvacancies: ['501', '503']\n"
        "consent:\n  given: 2026-04-20\n---\nEen zin.\n",
        encoding="utf-8",
    )
    (site / "content" / "columns" / "met-thema.en.md").write_text(
        "---\ntitle: With a theme\ndate: 2026-05-01\nauthor: Pim de Vries\nrole: Fitter\n"
        "lang: en\nthemes: [tech]\nvacancies: ['502']\nconsent:\n  given: 2026-04-20\n---\n"
        "One line.\n",
        encoding="utf-8",
    )
    preview = _preview_of(page, "met-thema", "Met thema")
    themes = preview.locator("section.story-themes")
    assert themes.locator("h2").inner_text() == "Thema's in dit verhaal"
    assert themes.locator("a.chip").all_inner_texts() == ["Techniek & data", "Werk & privé"]
    assert "#1f5fbf" in themes.locator("a.chip").first.get_attribute("style")
    roles = preview.locator("section.open-roles")
    assert roles.locator("h2").inner_text() == "Vacatures die hierbij passen"
    assert roles.locator(".job__title").all_inner_texts() == ["Data engineer"]
    preview = _preview_of(page, "met-thema", "With a theme", "columns-en")
    themes = preview.locator("section.story-themes")
    assert themes.locator("h2").inner_text() == "Themes in this story"
    assert themes.locator("a.chip").all_inner_texts() == ["Tech & data"]
    roles = preview.locator("section.open-roles")
    assert roles.locator("h2").inner_text() == "Open roles like this"
    assert roles.locator(".job__title").all_inner_texts() == ["Remote software developer"]


def _reload_taking_the_copy(page) -> list[str]:
    """Reload the editor once Decap has kept its copy of the form (2 s after
    the last change), saying "OK" to what it asks; what it asked."""
    page.wait_for_timeout(5000)
    asked = []

    def answer(dialog):
        asked.append(dialog.message)
        dialog.accept()

    page.on("dialog", answer)
    page.reload()
    return asked


def test_a_new_story_typed_in_comes_back_after_a_reload(cms):
    """A writer who reloaded a new story's page before saving it (or whose
    browser restarted) was offered what they had typed ("Voor dit item is een
    lokale back-up hersteld, wilt u deze gebruiken?"), said yes, and got an
    empty form: Decap reads the copy and makes the new story's empty draft at
    once (after listing its photo folder), and the draft, coming last,
    replaced the copy. Now a copy taken before the draft is there is restored
    again into the draft, without asking twice, and stays."""
    page, _site, _base = cms
    _new_story(page, "columns-nl", "Herladen verhaal", "2026-05-03", "Pim Herlaad",
               "Monteur", "2026-04-01")  # fmt: skip
    page.get_by_label("Samenvatting").fill("Wat ik typte voor het herladen.")
    asked = _reload_taking_the_copy(page)
    page.get_by_label("Titel", exact=True).wait_for(timeout=60_000)
    expect(page.get_by_label("Titel", exact=True)).to_have_value("Herladen verhaal", timeout=30_000)
    expect(page.get_by_label("Samenvatting")).to_have_value("Wat ik typte voor het herladen.")
    assert any("back-up" in message for message in asked), asked
    page.wait_for_timeout(3000)  # and it stays: no draft comes after it
    expect(page.get_by_label("Titel", exact=True)).to_have_value("Herladen verhaal")
    expect(page.get_by_label("Naam van de collega")).to_have_value("Pim Herlaad")


def test_a_change_to_a_saved_story_comes_back_after_a_reload(cms):
    """A change to a saved story, reloaded and restored, was replaced by the
    story as saved, read from the repository after the copy (decap-cms issues
    5055, 6989): the summary typed was gone. Now it stays."""
    page, site, base = cms
    (site / "content" / "columns" / "herlaad-oud.md").write_text(
        _STORY.format(title="Herlaad oud", author="Oud Herlaad"), "utf-8"
    )
    page.goto(page.url.split("#")[0] + "#/collections/columns-nl")
    page.get_by_text("Herlaad oud").wait_for()
    page.goto(page.url.split("#")[0] + "#/collections/columns-nl/entries/herlaad-oud")
    summary = page.get_by_label("Samenvatting")
    summary.wait_for()
    expect(page.get_by_label("Titel", exact=True)).to_have_value("Herlaad oud")
    summary.fill("Nog niet opgeslagen.")
    asked = _reload_taking_the_copy(page)
    expect(summary).to_have_value("Nog niet opgeslagen.", timeout=30_000)
    assert any("back-up" in message for message in asked), asked
    page.wait_for_timeout(3000)  # and it stays: the story's saved text does not come after it
    expect(summary).to_have_value("Nog niet opgeslagen.")
    expect(page.get_by_label("Titel", exact=True)).to_have_value("Herlaad oud")


def test_the_preview_shows_a_former_colleague_as_the_page_does(cms):
    """A story of someone who has left (`left` on or before today) says so on
    its page, under the job title ("Oud-collega" and "Werkt inmiddels niet
    meer bij ons."); the preview showed the card as for a colleague, so a
    reviewer could not see it. Now the preview has the same line, from the
    day the form holds."""
    page, site, base = cms
    story = page.context.new_page()
    story.goto(base + "/stories/gina-alumni/")
    shown = story.locator(".author-card__alumni").inner_text()
    story.close()
    _listed(site / "content" / "columns" / "gina-alumni.md")
    preview = _preview_of(page, "gina-alumni", "Mijn jaren bij het bedrijf")
    assert preview.locator(".author-card__alumni").inner_text() == shown
    # Not yet left (a day after today): a colleague still, as on the page.
    page.get_by_role("textbox", name="Uit dienst sinds").fill("2026-06-02")
    preview.locator(".author-card__alumni").wait_for(state="detached")


def _alumni_policy_editor(tmp_path_factory, policy: str):
    """The editor over a hub with ``policy`` for its former colleagues' stories."""
    site = copy_site(tmp_path_factory.mktemp(f"cms-{policy}"))
    conf = site / "pelicanconf.py"
    conf.write_text(
        conf.read_text("utf-8").replace(
            'PODIUM_ALUMNI_POLICY = "keep"', f'PODIUM_ALUMNI_POLICY = "{policy}"'
        ),
        "utf-8",
    )
    _listed(site / "content" / "columns" / "gina-alumni.md")
    yield from _serve_editor(site)


@pytest.fixture(scope="module")
def anonymizing(tmp_path_factory):
    """The editor over a hub whose former colleagues' stories lose the name."""
    yield from _alumni_policy_editor(tmp_path_factory, "anonymize")


@pytest.fixture(scope="module")
def unpublishing(tmp_path_factory):
    """The editor over a hub that takes its former colleagues' stories down."""
    yield from _alumni_policy_editor(tmp_path_factory, "unpublish")


def _listed(story: Path) -> None:
    """Give a story of the test site its `lang` line, which the editor lists it by."""
    text = story.read_text("utf-8")
    if "\nlang: " not in text:
        story.write_text(text.replace("\nconsent:", "\nlang: nl\nconsent:", 1), "utf-8")


def test_the_preview_leaves_a_former_colleagues_name_out_where_the_page_does(anonymizing, new_page):
    """With PODIUM_ALUMNI_POLICY "anonymize" the page of a former colleague's
    story names "Oud-collega" and shows no photo; the preview showed the name."""
    _site, base, _headers = anonymizing
    page, _watch = new_page()
    story = page.context.new_page()
    story.goto(base + "/stories/gina-alumni/")
    shown = [story.locator(s).inner_text() for s in (".author-card__name", ".author-card__credit")]
    story.close()
    assert "Gina" not in " ".join(shown)
    _log_in(page, base)
    preview = _preview_of(page, "gina-alumni", "Mijn jaren bij het bedrijf")
    card = preview.locator("aside.author-card")
    assert [
        card.locator(s).inner_text() for s in (".author-card__name", ".author-card__credit")
    ] == shown
    assert "Gina" not in preview.locator("article").inner_text()
    assert card.locator(".author-card__alumni").count() == 0


def _preview_of(page, entry: str, title: str, collection: str = "columns-nl"):
    """The preview of a story, opened by way of its list."""
    page.goto(page.url.split("#")[0] + f"#/collections/{collection}")
    page.get_by_text(title).first.wait_for()
    page.goto(page.url.split("#")[0] + f"#/collections/{collection}/entries/{entry}")
    preview = page.frame_locator("iframe").last
    preview.locator(".story__title").get_by_text(title).wait_for(timeout=30_000)
    return preview


def test_the_preview_says_when_the_hub_does_not_show_the_story(cms):
    """The preview showed a draft, a story dated ahead and one whose consent
    had ended as a published story, where the hub shows the first two
    nowhere and the last as a tombstone ("removed"): a reviewer read a story
    as going live that would not, or still took it for online. Now the
    preview says so above the story, with the day, in the editor's language;
    a published story has no such line."""
    page, site, _base = cms
    for name in ("frank-consent-ended", "dirk-draft", "eva-scheduled"):
        _listed(site / "content" / "columns" / f"{name}.md")
    (site / "content" / "columns" / "gewoon-online.md").write_text(
        _STORY.format(title="Gewoon online", author="Olga Online"), "utf-8"
    )
    for entry, title, says in [
        ("frank-consent-ended", "Oud verhaal van Frank Verlopen", "31 december 2025"),
        ("dirk-draft", "Concept van Dirk", "Concept"),
        ("eva-scheduled", "Gepland verhaal van Eva", "1 september 2026"),
    ]:
        preview = _preview_of(page, entry, title)
        notice = preview.locator(".podium-preview-notice")
        notice.wait_for()
        assert says in notice.inner_text(), (entry, notice.inner_text())
    preview = _preview_of(page, "gewoon-online", "Gewoon online")
    assert preview.locator(".podium-preview-notice").count() == 0


def test_the_preview_of_a_translation_says_its_originals_consent_ended(cms):
    """One version's end of consent ends the others (the build makes the
    translation a tombstone too), but the English preview of a story whose
    Dutch file says `until: 2026-01-31` showed it as online. A translation
    whose consent was given after that day (a new consent) stays online."""
    page, site, _base = cms
    columns = site / "content" / "columns"
    (columns / "tolk-weg.md").write_text(
        "---\ntitle: Tolk weg\ndate: 2025-03-02\nauthor: Tom Tolk\nrole: Tolk\nlang: nl\n"
        "consent:\n  given: 2025-02-20\n  until: 2026-01-31\n---\n\nTekst.\n",
        "utf-8",
    )
    for name, given in (("tolk-weg", "2025-02-20"), ("tolk-weg-nieuw", "2026-02-10")):
        (columns / f"{name}.en.md").write_text(
            f"---\ntitle: Interpreter {name}\ndate: 2025-03-02\nauthor: Tom Tolk\n"
            f"role: Interpreter\nslug: tolk-weg\nconsent:\n  given: {given}\n"
            "updated: 2026-02-10\n---\n\nText.\n",
            "utf-8",
        )
    preview = _preview_of(page, "tolk-weg", "Interpreter tolk-weg", "columns-en")
    notice = preview.locator(".podium-preview-notice")
    notice.wait_for(timeout=30_000)
    assert "31 januari 2026" in notice.inner_text(), notice.inner_text()
    preview = _preview_of(page, "tolk-weg-nieuw", "Interpreter tolk-weg-nieuw", "columns-en")
    page.wait_for_function("() => document.querySelector('[data-live-lists]')")
    page.wait_for_timeout(1000)
    assert preview.locator(".podium-preview-notice").count() == 0


def test_the_preview_says_the_page_derives_an_empty_summary_and_quote(cms):
    """Without a summary or quote typed in, the preview showed neither, while
    the page takes both from the text: the preview says so where they stand."""
    page, site, _base = cms
    (site / "content" / "columns" / "zonder-samenvatting.md").write_text(
        _STORY.format(title="Zonder samenvatting", author="Zara Zin"), "utf-8"
    )
    preview = _preview_of(page, "zonder-samenvatting", "Zonder samenvatting")
    derived = preview.locator(".podium-preview-derived")
    derived.first.wait_for()
    said = derived.all_inner_texts()
    assert len(said) == 2 and "samenvatting" in said[0] and "citaat" in said[1], said
    page.get_by_label("Samenvatting").fill("Een eigen samenvatting.")
    preview.get_by_text("Een eigen samenvatting.").wait_for()
    assert derived.count() == 1


def test_the_preview_names_the_place_and_date_as_the_english_page_does(cms):
    """An English preview labelled the place with the form's Dutch label
    ("Plaats of vestiging": the page says "Location"), and a git writer's
    date with a time and offset showed as the raw string, where the page shows
    the long date in the hub's time zone."""
    page, site, _base = cms
    (site / "content" / "columns" / "place-and-time.en.md").write_text(
        "---\ntitle: Place and time\ndate: 2026-02-09T23:30:00-05:00\nauthor: Pat Place\n"
        "role: Planner\nlocation: Zwolle\nconsent:\n  given: 2026-01-20\n---\n\nText.\n",
        "utf-8",
    )
    preview = _preview_of(page, "place-and-time", "Place and time", "columns-en")
    card = preview.locator("aside.author-card")
    card.get_by_text("Zwolle").wait_for()
    assert "Location" in card.inner_text() and "Plaats" not in card.inner_text()
    # 23:30 in New York is 05:30 the next morning in Amsterdam, the hub's zone.
    assert preview.locator(".story__meta time").inner_text() == "10 February 2026"


def test_the_preview_says_the_hub_takes_a_former_colleagues_story_down(unpublishing, new_page):
    """Under PODIUM_ALUMNI_POLICY "unpublish" a former colleague's story is
    taken down (a tombstone at its URL); the preview showed it as online."""
    _site, base, _headers = unpublishing
    page, _watch = new_page()
    _log_in(page, base)
    preview = _preview_of(page, "gina-alumni", "Mijn jaren bij het bedrijf")
    notice = preview.locator(".podium-preview-notice")
    notice.wait_for()
    assert "31 januari 2026" in notice.inner_text()


def test_a_story_opened_by_its_address_from_another_story_opens(cms):
    """A link to a story in the editor (a colleague's "have a look at
    .../admin/#/collections/columns-en/entries/carla-en-only"), pasted while
    another story was open, changed the address only: Decap kept the form of
    the story open before, which admin.js hid behind "Het nieuwe verhaal wordt
    klaargezet" for good. Now the story of the address opens, by way of its
    list, as from a new story's page to the next."""
    page, site, _base = cms
    # As saved now (another test of this module may have given it a new title).
    anna = _front((site / "content" / "interviews" / "anna-de-boer.md").read_text("utf-8"))
    root = page.url.split("#")[0]
    page.goto(root + "#/collections/interviews-nl/entries/anna-de-boer")
    title = page.get_by_label("Titel", exact=True)
    expect(title).to_have_value(anna["title"], timeout=30_000)
    page.goto(root + "#/collections/columns-en/entries/carla-en-only")
    expect(title).to_have_value("Finding my way in a Dutch team", timeout=30_000)
    assert page.url.endswith("#/collections/columns-en/entries/carla-en-only")
    preview = page.frame_locator("iframe").last
    preview.locator(".story__title").get_by_text("Finding my way in a Dutch team").wait_for()
    # And back to the first by its address: that story, not the second.
    page.goto(root + "#/collections/interviews-nl/entries/anna-de-boer")
    expect(title).to_have_value(anna["title"], timeout=30_000)
