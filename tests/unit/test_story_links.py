"""A story's {filename} link to another story, checked against the whole site.

Pelican resolves these links and, when it cannot, leaves ``{filename}...`` as
the address on the page and in the feeds, with a warning that names no
story. So a link to a story that was withdrawn (or renamed, or mistyped) went
out broken, one to a story whose consent ended kept naming and linking its
author, and one to a draft led to /drafts/..., all while ``podium check`` said
"0 errors, 0 warnings".
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from click.testing import CliRunner

from podium_cli.cli import main
from podium_testkit import copy_site

LINKER = "content/columns/ben-bakker.md"


@pytest.fixture
def site(tmp_path, monkeypatch) -> Path:
    site = copy_site(tmp_path)
    monkeypatch.chdir(site)
    return site


def _alumni_policy(site: Path, policy: str) -> None:
    """PODIUM_ALUMNI_POLICY set to ``policy`` in the test site's settings."""
    conf = site / "pelicanconf.py"
    setting = 'PODIUM_ALUMNI_POLICY = "{}"'
    text, count = re.subn(setting.format(r"\w+"), setting.format(policy), conf.read_text("utf-8"))
    assert count == 1
    conf.write_text(text, "utf-8")


def link_from_ben(site: Path, target: str) -> int:
    """Add a paragraph linking ``target`` to Ben's column; the line it is on."""
    path = site / LINKER
    text = path.read_text("utf-8").rstrip("\n")
    path.write_text(text + f"\n\nLees ook [het verhaal van een collega]({target}).\n", "utf-8")
    return text.count("\n") + 3


def check(*args: str) -> tuple[int, list[str]]:
    result = CliRunner().invoke(main, ["check", *args], catch_exceptions=False)
    assert "Traceback" not in result.output
    return result.exit_code, result.output.splitlines()


def about_ben(lines: list[str]) -> list[str]:
    return [line for line in lines if line.startswith(f"{LINKER}:")]


def test_a_link_to_a_published_story_is_fine(site):
    link_from_ben(site, "{filename}../interviews/anna-de-boer.md")
    status, lines = check()
    assert status == 0 and about_ben(lines) == []


def test_a_link_to_a_story_in_an_interviews_answer_and_intro_is_its_url(site):
    """An interview's page shows its intro and answers, not the story's content,
    which is the only part Pelican resolves {filename} links in: a link from an
    answer (or the intro) to another story went out as the address
    "{filename}/columns/ben-bakker.md", a broken link, though check and build
    said nothing; the same link in a column became the story's URL."""
    path = site / "content" / "interviews" / "anna-de-boer.md"
    text = path.read_text("utf-8").replace(
        "\n## Wat doe je precies?",
        "Zie ook [Ben]({filename}/columns/ben-bakker.md).\n\n## Wat doe je precies?",
        1,
    )
    path.write_text(text + "\nLees [zijn column]({filename}../columns/ben-bakker.md).\n", "utf-8")
    result = CliRunner().invoke(main, ["build", "-q"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    page = (site / "output" / "stories" / "anna-de-boer" / "index.html").read_text("utf-8")
    assert "{filename}" not in page
    assert page.count('href="/stories/ben-bakker/"') == 2


def test_a_link_to_a_withdrawn_story_is_an_error_naming_the_record(site):
    line = link_from_ben(site, "{filename}teruggetrokken-verhaal.md")
    status, lines = check()
    assert status == 1
    assert about_ben(lines) == [
        f"{LINKER}:{line}: error: link to content/columns/teruggetrokken-verhaal.md: the "
        'story "teruggetrokken-verhaal" was withdrawn (recorded in content/withdrawn.yml); '
        "remove the link, and the author's name if the text gives it"
    ]


def test_a_link_to_no_story_is_an_error_and_the_build_writes_nothing(site):
    line = link_from_ben(site, "{filename}/interviews/anna-de-bor.md")
    status, lines = check()
    assert status == 1
    assert about_ben(lines) == [
        f"{LINKER}:{line}: error: link to content/interviews/anna-de-bor.md: there is no "
        "story file content/interviews/anna-de-bor.md; link a story that exists, by its "
        "path from content/"
    ]
    result = CliRunner().invoke(main, ["build", "-q"], catch_exceptions=False)
    assert result.exit_code == 1 and not (site / "output").exists()


@pytest.mark.parametrize(
    ("target", "why", "severity"),
    [
        ("frank-consent-ended.md", "is no longer published (its consent ended)", "warning"),
        ("dirk-draft.md", "is a draft (status: draft)", "error"),
        ("eva-scheduled.md", "is not published until its date", "error"),
    ],
)
def test_a_link_to_a_story_that_is_not_public_is_said(site, target, why, severity):
    """Ben's published column linking Dirk's draft (or Eva's story dated in
    September) was a warning, and the build published the link: to
    /drafts/dirk-draft.html, a 404 (lychee: "File not found"). A published
    page would go out with a dead link, so it is an error, as Hugo refuses a
    ref to a draft; the build builds nothing. A story whose consent ended
    stays a warning: a consent may end on any night."""
    line = link_from_ben(site, "{filename}" + target)
    status, lines = check()
    assert status == (1 if severity == "error" else 0)
    found = about_ben(lines)
    assert len(found) == 1, lines
    shown = f"{LINKER}:{line}: {severity}: link to content/columns/{target}: "
    assert found[0].startswith(shown) and why in found[0]
    if severity == "error":
        assert "link it once it is published" in found[0]
        result = CliRunner().invoke(main, ["build", "-q"], catch_exceptions=False)
        assert result.exit_code == 1 and not (site / "output").exists()


@pytest.mark.parametrize(
    ("date", "target", "said"),
    [
        ("2026-08-01", "eva-scheduled.md", "is not published until its date"),
        ("2026-08-01", "dirk-draft.md", "is a draft (status: draft)"),
        ("2026-09-01", "eva-scheduled.md", None),  # out the same day: fine
        ("2026-10-01", "eva-scheduled.md", None),
    ],
)
def test_a_scheduled_story_linking_one_out_after_it_is_refused_before_its_night(
    site, date, target, said
):
    """Ben's column dated 1 August linking Eva's, dated 1 September, passed
    (a story that waits may link another that waits), and on the night of
    1 August Ben's went out with a link to a page the hub does not have yet:
    the refusal above then failed that nightly publish, with nobody there to
    mend it. A scheduled story goes out on its own, so it is held to what the
    site will have on its day: a story out on or before it, never a draft."""
    path = site / LINKER
    text = path.read_text("utf-8")
    path.write_text(text.replace("date: 2026-04-10", f"date: {date}", 1), "utf-8")
    line = link_from_ben(site, "{filename}" + target)
    status, lines = check()
    found = [x for x in about_ben(lines) if "link to content/columns/" in x]
    if said is None:
        assert status == 0 and found == [], lines
        return
    assert status == 1 and len(found) == 1, lines
    assert found[0].startswith(f"{LINKER}:{line}: error: link to content/columns/{target}: ")
    # Ben's column waits for its day: it was told it "is published", and to
    # date itself after Dirk's draft, which no date brings out.
    assert said in found[0] and "this story goes out on 2026-08-01" in found[0]
    assert "this story is published" not in found[0]
    if target == "dirk-draft.md":
        assert "date" not in found[0].split("status: draft")[1], found[0]
    else:
        assert "give this story a date on or after 2026-09-01" in found[0]


def test_an_author_who_left_under_unpublish_is_not_linked_silently(site):
    _alumni_policy(site, "unpublish")
    link_from_ben(site, "{filename}gina-alumni.md")
    status, lines = check()
    assert status == 0
    assert any("its author left" in line for line in about_ben(lines)), lines


def test_the_withdraw_of_a_linked_story_is_reported_where_the_link_is(site):
    line = link_from_ben(site, "{filename}../interviews/anna-de-boer.md")
    result = CliRunner().invoke(main, ["withdraw", "--yes", "anna-de-boer"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    status, lines = check()
    assert status == 1
    assert about_ben(lines) == [
        f"{LINKER}:{line}: error: link to content/interviews/anna-de-boer.md: the story "
        '"anna-de-boer" was withdrawn (recorded in content/withdrawn.yml); remove the link, '
        "and the author's name if the text gives it"
    ]


def mention_in_ben(site: Path, text: str) -> int:
    """Add a paragraph ``text`` to Ben's column; the line it is on."""
    path = site / LINKER
    old = path.read_text("utf-8").rstrip("\n")
    path.write_text(old + f"\n\n{text}\n", "utf-8")
    return old.count("\n") + 3


def test_a_story_naming_a_colleague_whose_consent_ended_is_warned_on_each_line(site):
    # No link, only the name: the page, the feeds and the search index kept it
    # after Frank's story came down, and check said nothing.
    first = mention_in_ben(site, "Frank Verlopen leerde me solderen.")
    second = mention_in_ben(site, "Later werkten Frank Verlopen en ik samen.")
    status, lines = check()
    assert status == 0
    assert about_ben(lines) == [
        f'{LINKER}:{first}: warning: the story still names "Frank Verlopen", whose story '
        '"frank-consent-ended" is no longer published (its consent ended); edit the name out: '
        f"it is on this story's page, in the feeds and in the search index (and on lines {second})"
    ]


def test_the_first_name_alone_is_a_maybe_and_not_one_of_another_word(site):
    line = mention_in_ben(site, "Frank wilde het altijd zelf proberen, net als in Frankrijk.")
    status, lines = check()
    assert about_ben(lines) == [
        f'{LINKER}:{line}: warning: the story still names "Frank", perhaps Frank Verlopen (if '
        'another Frank, add the surname), whose story "frank-consent-ended" is no longer '
        "published (its consent ended); edit the name out: it is on this story's page, in the "
        "feeds and in the search index"
    ]


@pytest.mark.parametrize("kind", ["status: draft", "date: 2026-12-01"])
def test_a_draft_or_scheduled_story_of_the_person_does_not_silence_the_warning(site, kind):
    # Frank also has a draft (or a story dated later) in content/: it is on no
    # page, so Ben's column was the one place his name stayed on the site, in
    # the feeds and the search index, and check said nothing.
    later = site / "content" / "columns" / "frank-later.md"
    front = "status: draft\ndate: 2026-02-01" if kind.startswith("status") else kind
    later.write_text(
        f"---\ntitle: Later verhaal\n{front}\nauthor: Frank Verlopen\nrole: Monteur\n"
        "consent: {given: 2026-01-01}\n---\n\nIk werk hier weer.\n",
        "utf-8",
    )
    line = mention_in_ben(site, "Frank Verlopen leerde me solderen.")
    status, lines = check()
    assert status == 0
    assert about_ben(lines) == [
        f'{LINKER}:{line}: warning: the story still names "Frank Verlopen", whose story '
        '"frank-consent-ended" is no longer published (its consent ended); edit the name out: '
        "it is on this story's page, in the feeds and in the search index"
    ]


def _frank_with_photo(site: Path) -> str:
    """Give Frank's story (its consent ended) a portrait; its path from content/."""
    from PIL import Image

    photo = "images/people/frank.jpg"
    (site / "content" / "images" / "people").mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (400, 400), (90, 60, 40)).save(site / "content" / photo)
    ended = site / "content" / "columns" / "frank-consent-ended.md"
    text = ended.read_text("utf-8").replace("themes: [tech]", f"themes: [tech]\nphoto: {photo}")
    ended.write_text(text, "utf-8")
    return photo


def _ben_with_photo(site: Path, photo: str) -> None:
    path = site / LINKER
    text = path.read_text("utf-8").replace("team: support", f"team: support\nphoto: {photo}")
    path.write_text(text, "utf-8")


def _not_his(photo: str, owner: str = "Frank Verlopen", where: str = "frank-consent-ended") -> str:
    """The error on the "photo" line of Ben's column, which names ``photo``."""
    return (
        f'{LINKER}:7: error: field "photo": {photo} the portrait of {owner} '
        f"(content/columns/{where}.md), and a story's photo is its author's, shown with Ben "
        "Bakker's name on this story's page, card and feeds; give a photo of Ben Bakker, or "
        "leave the field out (the page then shows initials)"
    )


def test_a_story_showing_the_photo_of_a_colleague_whose_consent_ended_is_said(site):
    # Frank's page came down, but Ben's column showed his portrait (as its own
    # "photo", or linked with {static}) on its page, its card and in the feeds.
    # The image in the text is a warning, as a name is; the "photo" field is
    # another person's portrait whether Frank's story is up or not: an error.
    photo = _frank_with_photo(site)
    _ben_with_photo(site, photo)
    line = mention_in_ben(site, f"![Een collega]({{static}}/{photo})")
    status, lines = check()
    assert status == 1
    assert about_ben(lines) == [
        _not_his(f"{photo} is"),
        f"{LINKER}:{line}: warning: image {photo} is the photo of Frank Verlopen, whose story "
        '"frank-consent-ended" is no longer published (its consent ended); show another '
        "picture: this one would still be on this story's page and in its card and feeds",
    ]


def test_a_photo_that_is_a_published_colleagues_portrait_is_an_error(site):
    """Ben's column with Frank's portrait as its "photo", while Frank's story is
    published: his face went out above Ben's name, on the page and the card,
    without a word (Ben's consent keeps his own card off social media, Frank's
    would not have). The build writes nothing."""
    photo = _frank_with_photo(site)
    ended = site / "content" / "columns" / "frank-consent-ended.md"
    ended.write_text(ended.read_text("utf-8").replace(", until: 2025-12-31", ""), "utf-8")
    _ben_with_photo(site, photo)
    status, lines = check()
    assert status == 1
    assert about_ben(lines) == [_not_his(f"{photo} is")]
    assert not [x for x in lines if x.startswith("content/columns/frank-consent-ended.md:")]
    result = CliRunner().invoke(main, ["build", "-q"], catch_exceptions=False)
    assert result.exit_code == 1 and not (site / "output").exists()
    assert _not_his(f"{photo} is") in result.output


def test_a_copy_of_a_colleagues_portrait_is_an_error_and_the_file_name_tells_whose(site):
    # The same bytes under another name are the same face, Frank's, who showed
    # it first. A column dated before his story is not the owner when the file's
    # name gives his page (podium new names a portrait so).
    import shutil

    photo = _frank_with_photo(site)
    copy = "images/people/ik.jpg"
    shutil.copy(site / "content" / photo, site / "content" / copy)
    _ben_with_photo(site, copy)
    status, lines = check()
    assert status == 1
    assert about_ben(lines) == [_not_his(f"{copy} is a copy of {photo}, which is")]
    named = "images/people/frank-verlopen.jpg"
    shutil.move(site / "content" / copy, site / "content" / named)
    ben = site / LINKER
    ben.write_text(ben.read_text("utf-8").replace(copy, named).replace("2026-04", "2020-01"))
    status, lines = check()
    assert about_ben(lines) == [_not_his(f"{named} is a copy of {photo}, which is")]


def test_one_persons_photo_on_their_stories_and_translations_is_fine(site):
    # Frank's second story, and Anna's English translation that writes her name
    # another way (translation_authors' warning, not this error), show their own face.
    from PIL import Image

    photo = _frank_with_photo(site)
    (site / "content" / "columns" / "frank-again.md").write_text(
        "---\ntitle: Weer Frank\ndate: 2026-02-01\nauthor: Frank Verlopen\nrole: Monteur\n"
        f"photo: {photo}\nconsent: {{given: 2026-01-01}}\n---\n\nIk ben terug.\n",
        "utf-8",
    )
    Image.new("RGB", (400, 400), (20, 60, 140)).save(site / "content/images/people/anna.jpg")
    for name, author in (
        ("anna-de-boer.md", "Anna de Boer"),
        ("anna-de-boer.en.md", "Anna de Bóer"),
    ):
        path = site / "content" / "interviews" / name
        text = path.read_text("utf-8").replace(
            "author: Anna de Boer\n", f"author: {author}\nphoto: images/people/anna.jpg\n"
        )
        path.write_text(text, "utf-8")
    status, lines = check()
    assert not [x for x in lines if ": error: " in x], lines
    assert [x for x in lines if "anna-de-boer.en.md:4: warning:" in x]


def test_a_story_showing_the_photo_of_an_anonymised_colleague_is_warned(site):
    # Gina left under "anonymize": her story no longer shows her name or face,
    # but Ben's column linking her portrait kept the face on its page and card.
    from PIL import Image

    photo = "images/people/gina.jpg"
    (site / "content" / "images" / "people").mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (400, 400), (90, 60, 40)).save(site / "content" / photo)
    gina = site / "content" / "columns" / "gina-alumni.md"
    gina.write_text(
        gina.read_text("utf-8").replace("role: Ontwerper", f"role: Ontwerper\nphoto: {photo}"),
        "utf-8",
    )
    _alumni_policy(site, "anonymize")
    line = mention_in_ben(site, f"![Een collega]({{static}}/{photo})")
    status, lines = check()
    assert status == 0
    assert about_ben(lines) == [
        f"{LINKER}:{line}: warning: image {photo} is the photo of Gina Vertrokken, whose story "
        '"gina-alumni" no longer shows them (they left; PODIUM_ALUMNI_POLICY is "anonymize"); '
        "show another picture: this one would still be on this story's page and in its card "
        "and feeds"
    ]


def test_a_draft_of_the_person_with_the_photo_does_not_silence_the_photo_warning(site):
    # Frank's draft names the same portrait, but a draft is on no page: Ben's
    # column was the one place his face stayed on the site, and check said nothing.
    photo = _frank_with_photo(site)
    (site / "content" / "columns" / "frank-draft.md").write_text(
        "---\ntitle: Weer Frank\nstatus: draft\ndate: 2026-02-01\nauthor: Frank Verlopen\n"
        f"role: Monteur\nphoto: {photo}\nconsent: {{given: 2026-01-01}}\n---\n\nIk ben terug.\n",
        "utf-8",
    )
    line = mention_in_ben(site, f"![Een collega]({{static}}/{photo})")
    status, lines = check()
    assert status == 0
    assert about_ben(lines) == [
        f"{LINKER}:{line}: warning: image {photo} is the photo of Frank Verlopen, whose story "
        '"frank-consent-ended" is no longer published (its consent ended); show another '
        "picture: this one would still be on this story's page and in its card and feeds"
    ]


def test_a_photo_of_someone_still_on_the_site_is_not_warned(site):
    # Frank's own story with its consent running, or another story of his that is
    # still published, shows the portrait anyway.
    photo = _frank_with_photo(site)
    mention_in_ben(site, f"![Een collega]({{static}}/{photo})")
    again = site / "content" / "columns" / "frank-again.md"
    again.write_text(
        "---\ntitle: Weer Frank\ndate: 2026-02-01\nauthor: Frank Verlopen\nrole: Monteur\n"
        f"photo: {photo}\nconsent: {{given: 2026-01-01}}\n---\n\nIk ben terug.\n",
        "utf-8",
    )
    status, lines = check()
    assert status == 0 and about_ben(lines) == []
    assert not [x for x in lines if x.startswith("content/columns/frank-again.md:")]


def test_a_first_name_with_another_surname_is_another_person(site):
    # The "perhaps" could not be answered: Ben's column is about Frank de Wit,
    # whose full name it gives, and it was warned about Frank Verlopen on every build.
    mention_in_ben(site, "Frank de Wit leerde me plannen, en Frank van der Berg rijden.")
    mention_in_ben(site, "Ook Frank Jansen hielp.")
    status, lines = check()
    assert status == 0 and about_ben(lines) == []
    # Not a surname: a lowercase word, a place after "in", an initial (it may be him).
    for said in ("Frank en ik reden samen.", "Toen was Frank in Utrecht.", "Met Frank V. ook."):
        line = mention_in_ben(site, said)
        status, lines = check()
        assert [x.split(": warning: ")[0] for x in about_ben(lines)] == [f"{LINKER}:{line}"]
        path = site / LINKER
        path.write_text(path.read_text("utf-8").replace(f"\n\n{said}\n", "\n"), "utf-8")


def test_no_warning_for_a_name_still_on_the_site_or_shared_by_another_author(site):
    # Anna is a colleague with a published story; a second Frank on the site
    # makes "Frank" anyone's; and Frank's story is fine while his consent runs.
    mention_in_ben(site, "Anna de Boer en Frank hielpen me op weg.")
    other = site / "content" / "columns" / "frank-de-wit.md"
    other.write_text(
        "---\ntitle: Nog een Frank\ndate: 2025-02-01\nauthor: Frank de Wit\nrole: Planner\n"
        "consent: {given: 2025-01-01}\n---\n\nIk plan de ritten.\n",
        "utf-8",
    )
    status, lines = check()
    assert status == 0 and about_ben(lines) == []
    other.unlink()
    ended = site / "content" / "columns" / "frank-consent-ended.md"
    ended.write_text(ended.read_text("utf-8").replace(", until: 2025-12-31", ""), "utf-8")
    status, lines = check()
    assert status == 0 and about_ben(lines) == []


def test_a_vacancy_naming_a_colleague_whose_consent_ended_is_warned(site):
    # "Je werkt samen met Frank Verlopen": the vacancy's page, vacancies.json
    # and its JobPosting kept the name after Frank's story came down, and the
    # check, which read stories only, said nothing.
    path = site / "content" / "vacancies" / "data-engineer.yml"
    path.write_text(path.read_text("utf-8") + "\n  Je werkt samen met Frank Verlopen.\n", "utf-8")
    line = path.read_text("utf-8").splitlines().index("  Je werkt samen met Frank Verlopen.") + 1
    status, lines = check()
    assert status == 0
    assert [x for x in lines if x.startswith("content/vacancies/data-engineer")] == [
        f'content/vacancies/data-engineer.yml:{line}: warning: the vacancy still names "Frank '
        'Verlopen", whose story "frank-consent-ended" is no longer published (its consent '
        "ended); edit the name out: it is on the vacancy's page, in vacancies.json and in its "
        "JobPosting data"
    ]
    # withdraw says it too: withdrawn.yml keeps no name for a later check to find.
    path.write_text(path.read_text("utf-8").replace("Frank Verlopen", "Anna de Boer"), "utf-8")
    result = CliRunner().invoke(main, ["withdraw", "--yes", "anna-de-boer"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert (
        f'content/vacancies/data-engineer.yml:{line}: warning: the vacancy still names "Anna '
        'de Boer", whose story "anna-de-boer" is no longer published (it was withdrawn)'
        in result.output
    )
    # A closed vacancy's page does not show its text.
    path.write_text(path.read_text("utf-8").replace("2026-12-31", "2026-05-31"), "utf-8")
    status, lines = check()
    assert [x for x in lines if x.startswith("content/vacancies/data-engineer")] == []


def test_a_theme_naming_a_colleague_whose_consent_ended_is_warned(site):
    # "Frank Verlopen werkt parttime": a theme's description in themes.yml is on
    # the theme's page, its meta description and the list of themes, and kept
    # the name after Frank's story came down while vacancies and stories were
    # checked for it. podium withdraw says it too.
    path = site / "content" / "themes.yml"
    path.write_text(
        path.read_text("utf-8").replace(
            '{nl: "Parttime en flexibel werken."', '{nl: "Frank Verlopen werkt parttime."'
        ),
        "utf-8",
    )
    line = next(n for n, ln in enumerate(path.read_text("utf-8").splitlines(), 1) if "Frank" in ln)
    status, lines = check()
    assert status == 0
    assert [x for x in lines if x.startswith("content/themes.yml")] == [
        f'content/themes.yml:{line}: warning: theme "balance" still names "Frank Verlopen", '
        'whose story "frank-consent-ended" is no longer published (its consent ended); edit '
        "the name out: it is on the theme's page, in its description for search results and "
        "shares, and on the list of themes"
    ]
    path.write_text(path.read_text("utf-8").replace("Frank Verlopen", "Anna de Boer"), "utf-8")
    result = CliRunner().invoke(main, ["withdraw", "--yes", "anna-de-boer"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert (
        f'content/themes.yml:{line}: warning: theme "balance" still names "Anna de Boer", '
        'whose story "anna-de-boer" is no longer published (it was withdrawn)'
    ) in result.output


def test_a_vacancy_and_a_theme_naming_only_the_first_name_say_it_is_perhaps_them(site):
    # Stories, vacancies and themes each found the names their own way (one
    # way now, _named): "Frank" alone may be another Frank, and is said so.
    vacancy = site / "content" / "vacancies" / "data-engineer.yml"
    vacancy.write_text(vacancy.read_text("utf-8") + "\n  Je werkt samen met Frank.\n", "utf-8")
    themes = site / "content" / "themes.yml"
    themes.write_text(
        themes.read_text("utf-8").replace(
            '{nl: "Parttime en flexibel werken."', '{nl: "Frank werkt parttime."'
        ),
        "utf-8",
    )
    status, lines = check()
    assert status == 0
    perhaps = ', perhaps Frank Verlopen (if another Frank, add the surname), whose story "frank-'
    said = [x for x in lines if x.startswith(("content/vacancies/data-", "content/themes.yml"))]
    assert len(said) == 2 and all(f'still names "Frank"{perhaps}' in x for x in said), said


def test_a_story_naming_a_colleague_anonymised_when_they_left_is_warned(site):
    # PODIUM_ALUMNI_POLICY "anonymize" took Gina's name off her story, its card,
    # the feeds and her people page, and Ben's column gave it back without a word.
    _alumni_policy(site, "anonymize")
    line = mention_in_ben(site, "Gina Vertrokken leerde me het vak.")
    gina = site / "content" / "columns" / "gina-alumni.md"
    gina.write_text(gina.read_text("utf-8") + "\nIk ben Gina Vertrokken.\n", "utf-8")
    status, lines = check()
    assert status == 0
    assert about_ben(lines) == [
        f'{LINKER}:{line}: warning: the story still names "Gina Vertrokken", whose story '
        '"gina-alumni" no longer names them (they left; PODIUM_ALUMNI_POLICY is "anonymize"); '
        "edit the name out: it is on this story's page, in the feeds and in the search index"
    ]
    # Her own story's text is one warning of its own, as before: not two.
    own = [x for x in lines if x.startswith("content/columns/gina-alumni.md:")]
    assert len([x for x in own if "Gina Vertrokken" in x]) == 1, own
    # Under "keep" her name is on the site anyway.
    _alumni_policy(site, "keep")
    status, lines = check()
    assert about_ben(lines) == []


def test_withdraw_names_the_stories_that_still_name_the_author(site):
    # withdrawn.yml keeps no names, so after the withdraw no check can find
    # "Anna" in Ben's column: withdraw, which still has the story, says it.
    line = mention_in_ben(site, "Anna de Boer nam me mee naar mijn eerste klant.")
    runner = CliRunner()
    result = runner.invoke(main, ["withdraw", "--yes", "--lang", "en", "anna-de-boer"])
    assert result.exit_code == 0, result.output
    assert "warning" not in result.output  # her Dutch story is still published
    result = runner.invoke(main, ["withdraw", "--yes", "anna-de-boer"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert about_ben(result.output.splitlines()) == [
        f'{LINKER}:{line}: warning: the story still names "Anna de Boer", whose story '
        '"anna-de-boer" is no longer published (it was withdrawn); edit the name out: it is '
        "on this story's page, in the feeds and in the search index"
    ]
    assert "Anna" not in (site / "content" / "withdrawn.yml").read_text("utf-8")


def show_and_link_in_ben(site: Path, file: str, address: str) -> tuple[int, int]:
    """Ben's column shows the picture ``file`` (made here) and links ``address``,
    with words that name no one; the lines they are on."""
    from PIL import Image

    (site / "content" / file).parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (400, 300), (60, 90, 40)).save(site / "content" / file)
    shown = mention_in_ben(site, f"![Een collega aan het werk]({{static}}/{file})")
    return shown, mention_in_ben(site, f"Lees [het profiel]({address}).")


def linked(file: str, gives: str, name: str, story: str, why: str, fix: str) -> str:
    return (
        f'the story\'s text links {file}, whose address gives "{gives}", the name of {name}, '
        f'whose story "{story}" {why}; {fix}: the page and the feeds show the address'
    )


def test_a_story_linking_an_address_that_gives_the_name_of_a_colleague_whose_consent_ended(site):
    # Ben's column named no one in its words, but showed images/team/frank-verlopen-dak.jpg
    # (published at /media/images/team/frank-verlopen-dak.jpg) and linked Frank's
    # LinkedIn profile: check warned of the name in the author's own story only.
    ended = site / "content" / "columns" / "frank-consent-ended.md"
    portrait = "images/people/frank-verlopen.jpg"
    ended.write_text(
        ended.read_text("utf-8").replace("themes: [tech]", f"themes: [tech]\nphoto: {portrait}"),
        "utf-8",
    )
    image, profile = show_and_link_in_ben(
        site, "images/team/frank-verlopen-dak.jpg", "https://www.linkedin.com/in/frankverlopen/"
    )
    # His portrait is one warning of its own (another picture takes the address too);
    # a first name alone in an address is anyone's.
    face, _ = show_and_link_in_ben(site, portrait, "https://example.com/frank-rijdt")
    show_and_link_in_ben(site, "images/team/frank-dak.jpg", "https://example.com/frankrijk")
    status, lines = check()
    assert status == 0
    why = "is no longer published (its consent ended)"
    story = "frank-consent-ended"
    assert about_ben(lines) == [
        f"{LINKER}:{image}: warning: " + linked(
            "images/team/frank-verlopen-dak.jpg", "frank-verlopen", "Frank Verlopen", story, why,
            "rename the file"),
        f"{LINKER}:{profile}: warning: " + linked(
            "https://www.linkedin.com/in/frankverlopen/", "frankverlopen", "Frank Verlopen",
            story, why, "remove the link"),
        f"{LINKER}:{face}: warning: image {portrait} is the photo of Frank Verlopen, whose "
        f'story "{story}" {why}; show another picture: this one would still be on this '
        "story's page and in its card and feeds",
    ]  # fmt: skip


def test_withdraw_names_the_stories_linking_an_address_that_gives_the_name(site):
    # withdrawn.yml keeps no names: withdraw's warning is the only one there is.
    image, profile = show_and_link_in_ben(
        site, "images/team/anna-de-boer-2.jpg", "https://www.linkedin.com/in/anna-de-boer"
    )
    result = CliRunner().invoke(main, ["withdraw", "--yes", "anna-de-boer"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    why = "is no longer published (it was withdrawn)"
    assert about_ben(result.output.splitlines()) == [
        f"{LINKER}:{image}: warning: " + linked(
            "images/team/anna-de-boer-2.jpg", "anna-de-boer", "Anna de Boer", "anna-de-boer", why,
            "rename the file"),
        f"{LINKER}:{profile}: warning: " + linked(
            "https://www.linkedin.com/in/anna-de-boer", "anna-de-boer", "Anna de Boer",
            "anna-de-boer", why, "remove the link"),
    ]  # fmt: skip


def test_a_story_linking_an_address_that_gives_the_name_of_an_anonymised_colleague(site):
    # Her own story was warned of images/people/gina-vertrokken.jpg; Ben's column,
    # showing images/team/gina-vertrokken-2.jpg, gave the name back without a word.
    _alumni_policy(site, "anonymize")
    file, other = "images/team/gina-vertrokken-2.jpg", "images/team/gina-vertrokken-3.jpg"
    image, _ = show_and_link_in_ben(site, file, "https://example.com/")
    # Two on one line are one warning.
    (site / "content" / other).write_bytes((site / "content" / file).read_bytes())
    line = mention_in_ben(
        site, f"![Een collega]({{static}}/{other}) [Haar werk](https://gina-vertrokken.example/)"
    )
    status, lines = check()
    assert status == 0
    why = 'no longer names them (they left; PODIUM_ALUMNI_POLICY is "anonymize")'
    assert about_ben(lines) == [
        f"{LINKER}:{image}: warning: " + linked(
            file, "gina-vertrokken", "Gina Vertrokken", "gina-alumni", why, "rename the file"),
        f"{LINKER}:{line}: warning: the story's text links {other} and "
        'https://gina-vertrokken.example/, whose addresses give "gina-vertrokken", the name '
        f'of Gina Vertrokken, whose story "gina-alumni" {why}; rename the file and remove '
        "the link: the page and the feeds show the address",
    ]  # fmt: skip
    _alumni_policy(site, "keep")
    status, lines = check()
    assert about_ben(lines) == []


def test_withdraw_says_git_history_still_holds_the_removed_files(site):
    # The story and the portrait as uploaded (GPS and all) stay in every earlier
    # commit: the site forgets them, the repository does not.
    import subprocess

    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], cwd=site, check=True)
    subprocess.run([*git, "add", "-A"], cwd=site, check=True)
    subprocess.run([*git, "commit", "-qm", "site"], cwd=site, check=True)
    result = CliRunner().invoke(main, ["withdraw", "--yes", "anna-de-boer"])
    assert result.exit_code == 0, result.output
    removed = sorted(
        line.removeprefix("removed ") for line in result.output.splitlines()
        if line.startswith("removed ")
    )  # fmt: skip
    assert "content/interviews/anna-de-boer.en.md" in removed
    # (The other note says that the address anna-de-boer gives her name.)
    notes = [line for line in result.output.splitlines() if line.startswith("note: git ")]
    assert len(notes) == 1
    assert notes[0].startswith("note: git history (and every clone, fork and open pull request) "
                               "still holds the removed files")  # fmt: skip
    assert notes[0].endswith(", then force-push")
    named = sorted(p.split(",")[0].strip() for p in notes[0].split("--path ")[1:])
    assert named == removed  # every removed file, from the repository's root


def test_withdraw_names_the_storys_photo_folder_for_the_history(site):
    # A portrait uploaded into the story's own folder and deleted since is in
    # no file withdraw removes, so the note's --path list missed it and the
    # rewritten history still held that face; the folder as a whole catches it.
    import subprocess

    from PIL import Image

    folder = site / "content" / "images" / "people" / "ben-bakker"
    folder.mkdir(parents=True)
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], cwd=site, check=True)
    Image.new("RGB", (300, 300), (9, 9, 9)).save(folder / "eerste.jpg")
    subprocess.run([*git, "add", "-A"], cwd=site, check=True)
    subprocess.run([*git, "commit", "-qm", "first"], cwd=site, check=True)
    (folder / "eerste.jpg").unlink()
    Image.new("RGB", (300, 300), (9, 9, 90)).save(folder / "tweede.jpg")
    ben = site / LINKER
    ben.write_text(
        ben.read_text("utf-8").replace(
            "team: support", "team: support\nphoto: images/people/ben-bakker/tweede.jpg"
        ),
        "utf-8",
    )
    subprocess.run([*git, "add", "-A"], cwd=site, check=True)
    subprocess.run([*git, "commit", "-qm", "second"], cwd=site, check=True)
    result = CliRunner().invoke(main, ["withdraw", "--yes", "ben-bakker"])
    assert result.exit_code == 0, result.output
    (note,) = [line for line in result.output.splitlines() if line.startswith("note: git ")]
    named = sorted(p.split(",")[0].strip() for p in note.split("--path ")[1:])
    assert named == [LINKER, "content/images/people/ben-bakker/"]


def test_withdraw_says_the_ci_caches_still_hold_the_story(site):
    # publish.yml saves .podium-cache/ (the parsed text, the cleaned portrait,
    # the cards) to the Actions cache on every run: the caches of the nights
    # before the withdrawal keep them until GitHub evicts them, and withdraw
    # named only git history for an erasure request.
    workflows = site / ".github" / "workflows"
    workflows.mkdir(parents=True)
    (workflows / "publish.yml").write_text(
        "jobs:\n  build:\n    steps:\n      - uses: actions/cache@v5\n"
        "        with:\n          path: .podium-cache\n",
        "utf-8",
    )
    result = CliRunner().invoke(main, ["withdraw", "--yes", "anna-de-boer"])
    assert result.exit_code == 0, result.output
    notes = [line for line in result.output.splitlines() if "gh cache delete" in line]
    assert notes == [
        "note: the GitHub Actions caches of earlier runs (.podium-cache/: the story's text, "
        "portrait and cards) and the pull requests' site-preview artifacts still hold it until "
        "GitHub removes them (a cache 7 days after its last use, an artifact when it expires); "
        "to erase them now: gh cache delete --all, and delete those artifacts under Actions"
    ]
    (workflows / "publish.yml").unlink()  # a hub without that workflow: no such note
    again = CliRunner().invoke(main, ["withdraw", "--yes", "ben-bakker"])
    assert again.exit_code == 0 and "gh cache" not in again.output, again.output


@pytest.mark.parametrize(
    ("target", "said"),
    [
        (
            "/stories/frank-consent-ended/",
            '"frank-consent-ended" is no longer published (its consent ended): its URL shows '
            "a tombstone; remove the link, and the author's name if the text gives it",
        ),
        (
            "../frank-consent-ended/",
            '"frank-consent-ended" is no longer published (its consent ended): its URL shows '
            "a tombstone; remove the link, and the author's name if the text gives it",
        ),
        (
            "/stories/dirk-draft",
            '"dirk-draft" is a draft (status: draft): the link leads to a page the site does '
            "not have; link it once it is published",
        ),
        (
            "/stories/teruggetrokken-verhaal/",
            'the story "teruggetrokken-verhaal" was withdrawn (recorded in '
            "content/withdrawn.yml): its URL shows a tombstone; remove the link, and the "
            "author's name if the text gives it",
        ),
        (
            "/stories/carla-en-only/",
            "no story answers at /stories/carla-en-only/, so the link is a bare 404 (did you "
            "mean /en/stories/carla-en-only/?); link a story by its file, like "
            "{filename}/interviews/anna.md",
        ),
    ],
)
def test_a_link_written_as_a_path_to_a_story_not_on_the_site_warns(site, target, said):
    # Copied from the address bar rather than written as {filename}: the same
    # link to a story taken down (or never up) said nothing at all.
    line = link_from_ben(site, target)
    status, lines = check()
    assert status == 0
    url = target if target.startswith("/stories/") else None
    shown = f'link "{target}"' + ("" if url else " (/stories/frank-consent-ended/)")
    assert about_ben(lines) == [f"{LINKER}:{line}: warning: {shown}: {said}"]


@pytest.mark.parametrize("target", ["../../etc/passwd", "%2e%2e/.%2E/etc/passwd"])
def test_a_link_up_with_dots_written_encoded_warns_as_with_dots(site, target):
    """A browser reads "%2e%2e" in a link's path as "..": "%2e%2e/%2e%2e/etc/passwd"
    on a story's page leads to /etc/passwd, a bare 404, as "../../etc/passwd"
    does; the second was warned of and the first said nothing."""
    line = link_from_ben(site, target)
    status, lines = check()
    assert status == 0
    (said,) = about_ben(lines)
    assert said.startswith(f'{LINKER}:{line}: warning: link "{target}" is a path from the site')
    assert "where the hub publishes nothing" in said


@pytest.mark.parametrize(
    "target",
    [
        "/stories/anna-de-boer/",
        "../anna-de-boer/",
        "/en/stories/anna-de-boer/index.html",
        "/stories/ben-bakker/#c-main",
        "https://example.com/stories/nergens/",
        "/stories/",
        "/stories/page/2/",
    ],
)
def test_a_link_written_as_a_path_to_a_page_the_site_has_is_fine(site, target):
    link_from_ben(site, target)
    status, lines = check()
    assert status == 0 and about_ben(lines) == []


@pytest.mark.parametrize(
    ("target", "said"),
    [
        (
            "/people/frank-verlopen/",
            "/people/frank-verlopen/ is not published (no story by this colleague is public: "
            "their consent ended, they left, or not yet), so the link is a bare 404; remove it, "
            "and the colleague's name if the text gives it",
        ),
        (
            "/people/carla-mendes/",
            "no people page answers at /people/carla-mendes/, so the link is a bare 404 (did "
            "you mean /en/people/carla-mendes/?)",
        ),
        (
            "/people/anna-de-bor/",
            "no people page answers at /people/anna-de-bor/, so the link is a bare 404; copy "
            "the address from the colleague's page",
        ),
    ],
)
def test_a_link_to_a_people_page_the_site_does_not_have_warns(site, target, said):
    # Frank's consent ended: his people page went with his story, and a
    # colleague's text linking it (and naming him) said nothing.
    line = link_from_ben(site, target)
    status, lines = check()
    assert status == 0
    assert about_ben(lines) == [f'{LINKER}:{line}: warning: link "{target}": {said}']


@pytest.mark.parametrize(
    "target", ["/people/anna-de-boer/", "../../en/people/carla-mendes/", "/people/"]
)
def test_a_link_to_a_people_page_the_site_has_is_fine(site, target):
    link_from_ben(site, target)
    status, lines = check()
    assert status == 0 and about_ben(lines) == []


def test_a_link_to_a_former_names_people_page_is_fine(site):
    # Anna once wrote her name "Anna de Bor": author_aliases: [anna-de-bor]
    # makes /people/anna-de-bor/ a redirect to her page, in both her languages.
    # A link to it was called a bare 404 ("copy the address from the
    # colleague's page"): the check knew the people pages, not their redirects.
    path = site / "content" / "interviews" / "anna-de-boer.md"
    text = path.read_text("utf-8")
    path.write_text(
        text.replace("author: Anna de Boer", "author: Anna de Boer\nauthor_aliases: [anna-de-bor]"),
        "utf-8",
    )
    link_from_ben(site, "/people/anna-de-bor/")
    status, lines = check()
    assert status == 0 and about_ben(lines) == []
    # Another person's page is never a redirect to her: the line there warns, and so does the link.
    path.write_text(
        text.replace(
            "author: Anna de Boer", "author: Anna de Boer\nauthor_aliases: [frank-verlopen]"
        ),
        "utf-8",
    )
    link_from_ben(site, "/people/frank-verlopen/")
    status, lines = check()
    assert "/people/frank-verlopen/ is not published" in "\n".join(about_ben(lines))


@pytest.mark.parametrize(
    ("target", "url"),
    [
        ("/nl/stories/anna-de-boer/", "/stories/anna-de-boer/"),
        ("/nl/people/ben-bakker/", "/people/ben-bakker/"),
    ],
)
def test_a_link_with_the_default_language_as_a_folder_warns(site, target, url):
    # Written by analogy with /en/stories/...: the Dutch pages of a Dutch-first
    # hub have no /nl/ folder, and the link went out a bare 404 without a word.
    line = link_from_ben(site, target)
    status, lines = check()
    assert status == 0
    assert about_ben(lines) == [
        f'{LINKER}:{line}: warning: link "{target}": the site has no /nl/ folder (nl is the '
        f"default language, whose pages have no prefix), so the link is a bare 404; write {url}"
    ]


def _serve_at(site: Path, url: str) -> None:
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text("utf-8") + f'SITEURL = "{url}"\n', "utf-8")


@pytest.mark.parametrize(
    "target",
    [
        "https://werkenbij.example/stories/frank-consent-ended/",
        "http://WERKENBIJ.example/stories/frank-consent-ended/",
    ],
)
def test_a_link_to_the_hub_written_in_full_is_checked_as_its_path_is(site, target):
    # Copied whole from the address bar of the published hub, the link to a
    # story whose consent ended said nothing, while /stories/x/ warned.
    _serve_at(site, "https://werkenbij.example/")
    line = link_from_ben(site, target)
    status, lines = check()
    assert status == 0
    assert about_ben(lines) == [
        f'{LINKER}:{line}: warning: link "{target}" (/stories/frank-consent-ended/): '
        '"frank-consent-ended" is no longer published (its consent ended): its URL shows '
        "a tombstone; remove the link, and the author's name if the text gives it"
    ]


@pytest.mark.parametrize(
    "target",
    [
        "https://werkenbij.example/stories/anna-de-boer/",
        "https://elders.example/stories/bestaat-niet/",  # another site: not ours to check
        "https://werkenbij.example:8443/stories/bestaat-niet/",
    ],
)
def test_a_link_in_full_to_a_page_the_hub_has_or_to_another_site_is_fine(site, target):
    _serve_at(site, "https://werkenbij.example")
    link_from_ben(site, target)
    assert about_ben(check()[1]) == []


@pytest.mark.parametrize(
    ("site_url", "target", "there", "relative"),
    [
        ("https://werkenbij.example/careers", "/stories/anna-de-boer/",
         "/careers/stories/anna-de-boer/", "../anna-de-boer/"),
        ("https://werkenbij.example/careers/", "/en/people/anna-de-boer",
         "/careers/en/people/anna-de-boer/", "../../en/people/anna-de-boer/"),
        ("/careers", "/stories/anna-de-boer/",
         "/careers/stories/anna-de-boer/", "../anna-de-boer/"),
        ("https://werkenbij.example/careers", "https://werkenbij.example/stories/anna-de-boer/",
         "/careers/stories/anna-de-boer/", "../anna-de-boer/"),
    ],
)  # fmt: skip
def test_a_root_path_link_on_a_hub_under_a_sub_path_warns(site, site_url, target, there, relative):
    # On a hub at https://werkenbij.example/careers, /stories/anna-de-boer/
    # goes to the domain's own /stories/..., a 404 or another site's page,
    # and `podium check` took it for a link to the hub's page and said nothing.
    _serve_at(site, site_url)
    line = link_from_ben(site, target)
    path = urlsplit(target).path
    assert about_ben(check()[1]) == [
        f'{LINKER}:{line}: warning: link "{target}" leads off the hub, which SITEURL serves '
        f"under /careers/: it goes to {path}, not {there}; write {relative} (relative to "
        "this page), or link a story by its file, like {filename}/interviews/anna.md"
    ]


@pytest.mark.parametrize(
    "target",
    [
        "/careers/stories/anna-de-boer/",
        "../anna-de-boer/",
        "https://werkenbij.example/careers/en/stories/anna-de-boer/",
        "/over-ons/",  # the domain's own page, not one the hub writes
    ],
)
def test_links_into_a_hub_under_a_sub_path_are_fine(site, target):
    _serve_at(site, "https://werkenbij.example/careers")
    link_from_ben(site, target)
    assert about_ben(check()[1]) == []


def test_a_link_under_the_sub_path_to_a_tombstone_still_warns(site):
    _serve_at(site, "https://werkenbij.example/careers")
    line = link_from_ben(site, "/careers/stories/frank-consent-ended/")
    assert about_ben(check()[1]) == [
        f'{LINKER}:{line}: warning: link "/careers/stories/frank-consent-ended/" '
        '(/stories/frank-consent-ended/): "frank-consent-ended" is no longer published (its '
        "consent ended): its URL shows a tombstone; remove the link, and the author's name "
        "if the text gives it"
    ]


@pytest.mark.parametrize(
    ("target", "said"),
    [
        (
            "/stories/frank-consent-ended/",
            '"frank-consent-ended" is no longer published (its consent ended): its URL shows '
            "a tombstone; remove the link, and the author's name if the text gives it",
        ),
        (
            "https://werkenbij.example/stories/teruggetrokken-verhaal/",
            'the story "teruggetrokken-verhaal" was withdrawn (recorded in '
            "content/withdrawn.yml): its URL shows a tombstone; remove the link, and the "
            "author's name if the text gives it",
        ),
        (
            "../../stories/bestaat-niet/",
            "no story answers at /stories/bestaat-niet/, so the link is a bare 404; copy "
            "the address from the story's page",
        ),
    ],
)
def test_a_vacancy_that_links_a_story_not_on_the_site_warns(site, target, said):
    # A hand-written vacancy links stories by their address ({filename} is
    # refused there): one to a story whose consent ended, or one withdrawn,
    # went on naming and linking its author without a word.
    _serve_at(site, "https://werkenbij.example")
    path = site / "content" / "vacancies" / "data-engineer.yml"
    text = path.read_text("utf-8")
    path.write_text(text + f"  Lees [het verhaal van een collega]({target}).\n", "utf-8")
    line = text.splitlines().index("description: |") + 1
    status, lines = check()
    assert status == 0
    about = [x for x in lines if x.startswith("content/vacancies/data-engineer.yml:")]
    url = urlsplit(target).path
    shown = f'link "{target}"' + ("" if target == url else f" ({url})")
    if target.startswith("../"):
        shown = f'link "{target}" (/stories/bestaat-niet/)'
    assert about == [
        f'content/vacancies/data-engineer.yml:{line}: warning: field "description": {shown}: {said}'
    ]


@pytest.mark.parametrize(
    "target", ["mailto:jobs@werkenbij.example", "MAILTO:jobs@werkenbij.example"]
)
def test_a_vacancys_mail_link_is_no_page_link(site, target):
    # "mailto:jobs@x.example" was judged as the site's path "jobs@x.example" and
    # warned as a bare 404, advising {static}/jobs@x.example; the build keeps it.
    path = site / "content" / "vacancies" / "data-engineer.yml"
    text = path.read_text("utf-8")
    path.write_text(text + f"  Vragen? [Mail of bel ons]({target}).\n", "utf-8")
    status, lines = check()
    assert status == 0
    assert [x for x in lines if x.startswith("content/vacancies/data-engineer.yml:")] == []


# The test site lists 2 stories a page (DEFAULT_PAGINATION): 3 Dutch stories
# are published (2 pages), 1 English one; 2 Dutch interviews and columns.
@pytest.mark.parametrize(
    ("target", "said"),
    [
        ("/stories/page/3/",
         "/stories/ has 2 pages (2 stories a page), so the link is a bare 404; link /stories/ "
         "or its last page, /stories/page/2/"),
        ("/en/stories/page/2/index.html",
         "/en/stories/ has 1 page (2 stories a page), so the link is a bare 404; link "
         "/en/stories/"),
        ("/stories/page/1/",
         "the first page of a list has no number: /stories/page/1/ is a bare 404; link "
         "/stories/"),
        ("/people/page/99/",
         "/people/ has 1 page (48 people a page), so the link is a bare 404; link /people/"),
        ("/themes/tech/page/9/",
         "/themes/tech/ has at most 2 pages (2 stories a page, and 3 stories in nl are "
         "published), so the link is a bare 404; link /themes/tech/"),
        ("/themes/techniek/",
         'no theme answers at /themes/techniek/, so the link is a bare 404 (did you mean '
         '"tech"?); the themes are in content/themes.yml: "tech", "balance"'),
        ("/vacancies/5011/",
         'no vacancy answers at /vacancies/5011/, so the link is a bare 404 (did you mean '
         '"501", Data engineer?); name the job by its id in the story\'s field "vacancies", '
         "or copy the address from the job's page"),
        ("/vacancies/502/",
         "no vacancy answers at /vacancies/502/, so the link is a bare 404 (did you mean "
         "/en/vacancies/502/?)"),
        ("/en/vacancies/501/index.html",
         "no vacancy answers at /en/vacancies/501/, so the link is a bare 404 (did you mean "
         "/vacancies/501/?)"),
    ],
)  # fmt: skip
def test_a_link_to_a_page_the_site_does_not_have_warns(site, target, said):
    # Listing pages are numbered in the render step, and `podium check` let a
    # link to /people/page/99/ or /themes/tech/page/9/ go out a bare 404; the
    # number of pages follows from the stories published and the page size.
    # So did a job linked by its address, the id mistyped or in the other
    # language's folder.
    line = link_from_ben(site, target)
    status, lines = check()
    assert status == 0
    assert about_ben(lines) == [f'{LINKER}:{line}: warning: link "{target}": {said}']


@pytest.mark.parametrize(
    "target",
    ["/stories/page/2/", "/interviews/", "/en/people/", "/en/themes/balance/",
     "/people/page/1x/", "/vacancies/501/", "/en/vacancies/502/", "/vacancies/503/",
     "/en/vacancies/"],
)  # fmt: skip
def test_a_link_to_a_page_the_site_has_is_fine(site, target):
    # 503 is closed: its page says so and points on.
    link_from_ben(site, target)
    status, lines = check()
    assert status == 0 and about_ben(lines) == []


def _publish_at(site: Path, url: str) -> None:
    (site / "publishconf.py").write_text(
        f'from pelicanconf import *  # noqa: F403\n\nSITEURL = "{url}"\nRELATIVE_URLS = False\n',
        "utf-8",
    )


def test_a_link_to_the_hub_in_full_is_checked_with_the_empty_siteurl_of_a_preview(site):
    # The pull request's check runs with pelicanconf.py, whose SITEURL is empty
    # (local previews): a link to the published hub written in full went
    # unchecked there, and only the publish build, after the merge, warned.
    # The hub's address is publishconf.py's, beside it.
    _publish_at(site, "https://werkenbij.example")
    target = "https://werkenbij.example/stories/frank-consent-ended/"
    line = link_from_ben(site, target)
    runs = site / "runs.txt"  # pelicanconf.py is run once, as ever
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text("utf-8") + f"\nwith open({str(runs)!r}, 'a') as _f:\n"
                    "    _f.write('ran\\n')\n", "utf-8")  # fmt: skip
    status, lines = check()
    assert status == 0 and runs.read_text().splitlines() == ["ran"]
    assert about_ben(lines) == [
        f'{LINKER}:{line}: warning: link "{target}" (/stories/frank-consent-ended/): '
        '"frank-consent-ended" is no longer published (its consent ended): its URL shows '
        "a tombstone; remove the link, and the author's name if the text gives it"
    ]


def test_a_root_path_link_is_judged_by_the_sub_path_the_hub_is_published_under(site):
    _publish_at(site, "https://werkenbij.example/careers/")
    line = link_from_ben(site, "/stories/anna-de-boer/")
    assert about_ben(check()[1]) == [
        f'{LINKER}:{line}: warning: link "/stories/anna-de-boer/" leads off the hub, which '
        "SITEURL serves under /careers/: it goes to /stories/anna-de-boer/, not "
        "/careers/stories/anna-de-boer/; write ../anna-de-boer/ (relative to this page), or "
        "link a story by its file, like {filename}/interviews/anna.md"
    ]


def test_a_publishconf_that_cannot_run_leaves_the_check_as_it_was(site):
    (site / "publishconf.py").write_text("import nergens\nSITEURL = 'https://x.example'\n")
    link_from_ben(site, "https://x.example/stories/bestaat-niet/")
    status, lines = check()
    assert status == 0 and about_ben(lines) == [] and "Traceback" not in "\n".join(lines)


def test_a_link_to_a_vacancy_not_yet_posted_warns(site):
    job = (site / "content/vacancies/data-engineer.yml").read_text("utf-8")
    job = job.replace('id: "501"', 'id: "504"').replace("date_posted: 2026-05-01",
                                                       "date_posted: 2026-09-01")  # fmt: skip
    (site / "content/vacancies/later.yml").write_text(job, "utf-8")
    line = link_from_ben(site, "/vacancies/504/")
    assert about_ben(check()[1]) == [
        f'{LINKER}:{line}: warning: link "/vacancies/504/": the vacancy "504" is not published '
        "until its date_posted (2026-09-01): the link leads nowhere until then"
    ]


def give_theme(site: Path, story: str, slug: str) -> None:
    path = site / story
    text = path.read_text("utf-8")
    path.write_text(text.replace("\nconsent:", f"\nthemes: [{slug}]\nconsent:", 1), "utf-8")


def build_lines() -> list[str]:
    """What `podium build` prints (its log goes to the terminal it started with)."""
    import subprocess
    import sys

    run = [sys.executable, "-m", "podium_cli", "build"]
    proc = subprocess.run(run, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    return (proc.stdout + proc.stderr).splitlines()


def test_a_link_past_the_last_page_of_a_theme_warns_once_its_stories_are_tagged(site):
    # Of the 3 Dutch stories only Anna's is about tech (2 a page): /themes/tech/
    # has 1 page. `podium check` judged a theme's page only against every story
    # of its language (tagging is a later step), so page 2 went out a bare 404.
    line = link_from_ben(site, "/themes/tech/page/2/")
    said = (
        f'{LINKER}:{line}: warning: link "/themes/tech/page/2/": /themes/tech/ has 1 page '
        "(2 stories a page), so the link is a bare 404; link /themes/tech/"
    )
    status, lines = check()
    assert status == 0 and about_ben(lines) == [said]
    status, lines = check("--format", "github")
    assert status == 0
    assert [x for x in lines if x.startswith("::warning") and LINKER in x] == [
        f"::warning file={LINKER},line={line}::" + said.split(": warning: ", 1)[1]
    ]
    assert about_ben(build_lines()) == [said]


def test_podium_check_says_a_link_past_a_themes_last_page_without_the_render_step(
    site, monkeypatch
):
    # The warning is the validate step's, which the build says at the end of its
    # generators and `podium check` with the check's tagging: check counted the
    # pages with the render step's code (podium_render.theme_pages), and the build's
    # render step said it from a count of its own.
    import sys

    for name in ["podium_render", *(n for n in sys.modules if n.startswith("podium_render."))]:
        monkeypatch.setitem(sys.modules, name, None)  # an import of it fails
    line = link_from_ben(site, "/themes/tech/page/2/")
    status, lines = check()
    assert status == 0 and about_ben(lines) == [
        f'{LINKER}:{line}: warning: link "/themes/tech/page/2/": /themes/tech/ has 1 page '
        "(2 stories a page), so the link is a bare 404; link /themes/tech/"
    ]


def test_numbering_a_themes_pages_tags_each_story_once(site, monkeypatch):
    # `podium check` tagged every published story a second time to number a
    # theme's pages, though the site's tagging had tagged them all already.
    from podium_tag import Tagger

    link_from_ben(site, "/themes/tech/page/2/")
    calls: list[str] = []
    tag = Tagger.tag
    monkeypatch.setattr(Tagger, "tag", lambda self, doc: calls.append(doc.title) or tag(self, doc))
    for args in ((), ("--format", "github")):
        calls.clear()
        status, _ = check(*args)
        assert status == 0 and calls and sorted(calls) == sorted(set(calls)), (args, calls)


def test_a_link_to_a_page_a_theme_has_once_tagged_is_fine(site):
    # Ben's and Gina's stories about tech too: 3 Dutch stories, 2 pages.
    give_theme(site, LINKER, "tech")
    give_theme(site, "content/columns/gina-alumni.md", "tech")
    link_from_ben(site, "/themes/tech/page/2/")
    status, lines = check()
    assert status == 0 and about_ben(lines) == []
    assert about_ben(build_lines()) == []


def _stories_at_verhalen(site: Path) -> None:
    conf = site / "pelicanconf.py"
    conf.write_text(
        conf.read_text("utf-8")
        + 'ARTICLE_URL = "verhalen/{slug}/"\nARTICLE_SAVE_AS = "verhalen/{slug}/index.html"\n',
        "utf-8",
    )


@pytest.mark.parametrize(
    ("target", "said"),
    [
        (
            "/verhalen/nergens/",
            "no story answers at /verhalen/nergens/, so the link is a bare 404; link a story "
            "by its file, like {filename}/interviews/anna.md",
        ),
        (
            "/verhalen/teruggetrokken-verhaal",
            'the story "teruggetrokken-verhaal" was withdrawn (recorded in '
            "content/withdrawn.yml): its URL shows a tombstone; remove the link, and the "
            "author's name if the text gives it",
        ),
        (
            "/stories/anna-de-boer/",
            "no story answers at /stories/anna-de-boer/, so the link is a bare 404 (did you "
            "mean /en/stories/anna-de-boer/ or /verhalen/anna-de-boer/?); link a story by its "
            "file, like {filename}/interviews/anna.md",
        ),
        (
            "/nl/verhalen/anna-de-boer/",
            "the site has no /nl/ folder (nl is the default language, whose pages have no "
            "prefix), so the link is a bare 404; write /verhalen/anna-de-boer/",
        ),
    ],
)
def test_links_follow_the_story_url_setting(site, target, said):
    # README: ARTICLE_URL may be changed. With "verhalen/{slug}/" a link to
    # /verhalen/nergens/ went unchecked, and one to /stories/anna-de-boer/,
    # a 404 on that hub, was taken for a link to Anna's story.
    _stories_at_verhalen(site)
    line = link_from_ben(site, target)
    assert about_ben(check()[1]) == [f'{LINKER}:{line}: warning: link "{target}": {said}']


@pytest.mark.parametrize(
    "target", ["/verhalen/anna-de-boer/", "../anna-de-boer/", "/en/stories/anna-de-boer/"]
)
def test_links_to_stories_at_the_story_url_setting_are_fine(site, target):
    _stories_at_verhalen(site)
    link_from_ben(site, target)
    assert about_ben(check()[1]) == []


@pytest.mark.parametrize("target", ["/etc/passwd", "/Users/anna/cv.pdf", "/C:/Users/cv.pdf"])
def test_a_link_to_a_site_path_the_hub_publishes_nothing_under_warns(site, target):
    """[cv](/etc/passwd) published a bare 404 without a word, while an image by
    such a path warned."""
    line = link_from_ben(site, target)
    status, lines = check()
    assert status == 0
    assert about_ben(lines) == [
        f'{LINKER}:{line}: warning: link "{target}" is a path from the site\'s root, where the '
        "hub publishes nothing (not a path on your computer, nor in content/), so the link is "
        f"a bare 404; for a file in content/, write {{static}}/{target.rsplit('/', 1)[1]}, or "
        "link a page of the hub by its address"
    ]


@pytest.mark.parametrize(
    "target",
    [
        "/over-ons/",
        "/theme/css/site.css",
        "/sitemap.xml",
        "/en/",
        "/feeds/",
        "/",
        "/pages/over.html",
    ],
)
def test_a_link_to_a_site_path_the_hub_may_publish_is_fine(site, target):
    conf = site / "pelicanconf.py"
    conf.write_text(
        conf.read_text("utf-8")
        + '\nTEMPLATE_PAGES = {"extra/over.html": "over-ons/index.html"}\nPAGE_PATHS = ["pages"]\n',
        "utf-8",
    )
    (site / "content/extra").mkdir(exist_ok=True)
    (site / "content/extra/over.html").write_text("<p>Over ons</p>\n", "utf-8")
    link_from_ben(site, target)
    status, lines = check()
    assert status == 0 and about_ben(lines) == [], lines
