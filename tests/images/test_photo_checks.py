"""Photo checks persist in .podium-cache/ as JSON: a warm build decodes no photo."""

from __future__ import annotations

import hashlib
import json

import pytest
from PIL import Image

import podium.photo_checks as checks
from podium.photo_checks import photo_verdict_cached
from podium_cli.build import build


def inspect_photo_cached(path, cache):
    """What the build is told of a photo: its problem, or None."""
    return photo_verdict_cached(path, cache)[0]


@pytest.fixture
def counted(monkeypatch):
    calls: list[str] = []
    real = checks.inspect_photo

    def counting(path, data=None):
        calls.append(str(path))
        return real(path, data)

    monkeypatch.setattr(checks, "inspect_photo", counting)
    return calls


def test_a_verdict_is_stored_as_json_and_reused(tmp_path, counted):
    photo, broken, cache = tmp_path / "a.jpg", tmp_path / "b.jpg", tmp_path / "cache"
    Image.new("RGB", (64, 64), (200, 30, 30)).save(photo)
    broken.write_bytes(photo.read_bytes()[:200])
    assert inspect_photo_cached(photo, cache) is None
    problem = inspect_photo_cached(broken, cache)
    assert problem and "truncated" in problem
    assert len(counted) == 2
    # Asked again (as by the next build): answered from the cache, nothing decoded.
    # A photo with a problem is checked again: a kept verdict with one would be
    # planted (the build fails on it anyway), and refused a good photo.
    assert inspect_photo_cached(photo, cache) is None
    assert inspect_photo_cached(broken, cache) == problem
    assert len(counted) == 3
    entries = sorted((cache / checks.FOLDER).rglob("*.json"))
    assert len(entries) == 1
    assert {json.loads(e.read_text())["problem"] for e in entries} == {None}
    # New bytes under the same name are checked again.
    Image.new("RGB", (32, 32), (0, 0, 200)).save(broken, "JPEG")
    assert inspect_photo_cached(broken, cache) is None
    assert len(counted) == 4


def test_a_damaged_entry_is_checked_again(tmp_path, counted):
    photo, cache = tmp_path / "a.png", tmp_path / "cache"
    Image.new("RGB", (8, 8)).save(photo)
    inspect_photo_cached(photo, cache)
    for entry in (cache / checks.FOLDER).rglob("*.json"):
        entry.write_text("{not json")
    assert inspect_photo_cached(photo, cache) is None
    assert len(counted) == 2


def test_a_warm_build_decodes_no_photo(site, monkeypatch, counted):
    import podium_read.parse as parse

    (site / "content" / "images").mkdir()
    Image.new("RGB", (600, 800), (30, 90, 160)).save(site / "content" / "images" / "anna.jpg")
    story = site / "content" / "interviews" / "anna-de-boer.md"
    text = story.read_text(encoding="utf-8")
    story.write_text(
        text.replace("author: Anna de Boer\n", "author: Anna de Boer\nphoto: images/anna.jpg\n", 1),
        "utf-8",
    )
    monkeypatch.chdir(site)
    build(site / "pelicanconf.py", site / "output")
    assert len(counted) == 1
    # A new process would start without the in-memory memo: so does this build.
    parse._photo_memo.clear()
    opened: list[str] = []
    real_open = Image.open

    def spy(fp, *args, **kwargs):
        opened.append(str(fp))
        return real_open(fp, *args, **kwargs)

    monkeypatch.setattr(Image, "open", spy)
    build(site / "pelicanconf.py", site / "output")
    assert len(counted) == 1, "the photo was checked again"
    assert not [p for p in opened if "anna.jpg" in p], opened


def test_a_warm_build_decodes_no_brand_picture(site, monkeypatch, counted):
    # The read step checks brand pictures since podium check passed files the
    # build could not decode; remembered as a story's photo is, and kept when the
    # images step prunes the checks no story names.
    brand = site / "content" / "brand"
    brand.mkdir(exist_ok=True)
    Image.new("RGB", (300, 100), (30, 90, 160)).save(brand / "banner.png")
    monkeypatch.chdir(site)
    build(site / "pelicanconf.py", site / "output")
    assert [p for p in counted if p.endswith("banner.png")] != []
    counted.clear()
    build(site / "pelicanconf.py", site / "output")
    assert not [p for p in counted if p.endswith("banner.png")], counted
    assert (site / "output" / "brand" / "banner.png").is_file()


def test_a_warm_build_reads_each_photo_once(site, monkeypatch):
    """Data flows once: the read step reads the photo to check it and records the
    digest of its bytes in the site model; the image step keys its cleaned
    copies on that digest and reads the photo again only to clean it (a cold
    build), never merely to hash it."""
    import podium.checked as paths  # content files are read there (paths.read_bounded below)
    import podium_read.parse as parse

    _anna_photo(site, None)
    monkeypatch.chdir(site)
    build(site / "pelicanconf.py", site / "output")
    parse._photo_memo.clear()  # a new process, as the next build
    reads: list[str] = []
    real = paths.read_bounded

    def spy(path, limit):
        reads.append(str(path))
        return real(path, limit)

    monkeypatch.setattr(paths, "read_bounded", spy)
    build(site / "pelicanconf.py", site / "output")
    assert len([p for p in reads if p.endswith("anna.jpg")]) == 1, reads
    assert list((site / "output" / "images" / "people").glob("anna-*-192.jpg"))


def test_the_check_of_a_photo_gone_from_content_is_removed_from_the_cache(site, monkeypatch):
    """Ben's portrait deleted from content/ (his story left, his photo withdrawn):
    its check stayed in .podium-cache/photo-checks/ for good, carried from one
    CI run to the next, as the cleaned photos and cards are not. Now the build
    removes the checks of photos no story names, and keeps the others."""
    import podium_read.parse as parse

    _anna_photo(site, None)
    Image.new("RGB", (600, 800), (160, 90, 30)).save(site / "content" / "images" / "ben.jpg")
    ben = site / "content" / "columns" / "ben-bakker.md"
    text = ben.read_text(encoding="utf-8")
    with_photo = text.replace("author: Ben Bakker\n", "author: Ben Bakker\nphoto: images/ben.jpg\n")
    ben.write_text(with_photo, "utf-8")
    monkeypatch.chdir(site)
    build(site / "pelicanconf.py", site / "output")
    folder = site / ".podium-cache" / checks.FOLDER
    before = {p.name for p in folder.rglob("*.json")}
    assert len(before) == 2
    ben.write_text(text, "utf-8")
    (site / "content" / "images" / "ben.jpg").unlink()
    parse._photo_memo.clear()  # a new process, as the next build
    build(site / "pelicanconf.py", site / "output")
    after = {p.name for p in folder.rglob("*.json")}
    assert len(after) == 1 and after < before
    assert [p for p in folder.iterdir() if not any(p.iterdir())] == []  # no empty folder kept


def test_a_photo_replaced_after_its_check_is_not_cleaned_unchecked(tmp_path):
    """The image step cleans the bytes the read step checked, or stops: a photo
    swapped in between (a sync client, an editor saving) was never checked."""
    from podium.errors import ContentError
    from podium_images.plugin import PhotoGenerator

    (tmp_path / "images").mkdir()
    Image.new("RGB", (64, 64), (200, 30, 30)).save(tmp_path / "images" / "a.jpg")
    checked = hashlib.sha256((tmp_path / "images" / "a.jpg").read_bytes()).digest()
    assert PhotoGenerator._read_photo(tmp_path, "images/a.jpg", checked)
    Image.new("RGB", (64, 64), (0, 0, 200)).save(tmp_path / "images" / "a.jpg")
    with pytest.raises(ContentError) as caught:
        PhotoGenerator._read_photo(tmp_path, "images/a.jpg", checked)
    assert "photo changed while the build ran; build again" in str(caught.value)


def _anna_photo(site, exif: bytes | None, size: tuple[int, int] = (600, 800)) -> None:
    (site / "content" / "images").mkdir(exist_ok=True)
    Image.new("RGB", size, (30, 90, 160)).save(
        site / "content" / "images" / "anna.jpg", **({"exif": exif} if exif else {})
    )
    story = site / "content" / "interviews" / "anna-de-boer.md"
    text = story.read_text(encoding="utf-8")
    story.write_text(
        text.replace("author: Anna de Boer\n", "author: Anna de Boer\nphoto: images/anna.jpg\n", 1),
        "utf-8",
    )


def _check(site, monkeypatch) -> str:
    from click.testing import CliRunner

    from podium_cli.cli import main

    monkeypatch.chdir(site)
    result = CliRunner().invoke(main, ["check"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def _said_also_from_the_cache(site, monkeypatch, expected: str) -> None:
    """``podium check`` says ``expected``, and again in a new process, where the
    photo's verdict comes from .podium-cache/."""
    import podium_read.parse as parse

    assert expected in _check(site, monkeypatch)
    parse._photo_memo.clear()
    parse._memo.clear()
    assert expected in _check(site, monkeypatch)


def test_a_photo_with_gps_data_is_a_warning_also_from_the_cache(site, monkeypatch):
    # A phone photo taken at home: the site gets a clean copy, but the pull
    # request puts the original, with its coordinates, in the repository.

    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (52.0, 22.0, 1.0), 3: "E", 4: (4.0, 53.0, 2.0)}
    _anna_photo(site, exif.tobytes())
    expected = (
        'content/interviews/anna-de-boer.md:5: warning: field "photo": content/images/anna.jpg '
        "holds GPS data (where it was taken)"
    )
    _said_also_from_the_cache(site, monkeypatch, expected)


def test_a_photo_naming_people_or_its_camera_is_a_warning_also_from_the_cache(site, monkeypatch):
    # Without GPS, a portrait still brought into the repository the names a photo
    # app tagged its faces with (the colleague beside Anna too, who agreed to
    # nothing), whose camera it was and its serial number: podium check said
    # nothing, as it looked for GPS only. The page's copy never holds any of it.
    exif = Image.Exif()
    exif.get_ifd(0x8769).update({0xA430: "Kees Fotograaf", 0xA431: "083024001234"})
    xmp = (
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/'
        b'02/22-rdf-syntax-ns#"><rdf:Description xmlns:mwg-rs="http://www.metadataworking'
        b'group.com/schemas/regions/"><mwg-rs:Regions><mwg-rs:RegionList><rdf:Bag><rdf:li>'
        b"<mwg-rs:Name>Piet Naast Anna</mwg-rs:Name></rdf:li></rdf:Bag></mwg-rs:RegionList>"
        b"</mwg-rs:Regions></rdf:Description></rdf:RDF></x:xmpmeta>"
    )
    _anna_photo(site, exif.tobytes())
    photo = site / "content" / "images" / "anna.jpg"
    with Image.open(photo) as im:
        im.load()
        im.save(photo, exif=exif.tobytes(), xmp=xmp)
    expected = (
        'content/interviews/anna-de-boer.md:5: warning: field "photo": content/images/anna.jpg '
        "holds the names of people tagged in it, the camera owner's name and the camera's "
        "serial number; the site never shows them, but the repository keeps them: save the "
        "photo again without its metadata (EXIF, XMP), or import it with podium new --photo"
    )
    _said_also_from_the_cache(site, monkeypatch, expected)
    # One of them alone is said alone.
    with Image.open(photo) as im:
        im.load()
        alone = Image.Exif()
        alone.get_ifd(0x8769)[0xA431] = "083024001234"
        im.save(photo, exif=alone.tobytes())
    assert "holds the camera's serial number; the site" in _check(site, monkeypatch)


def test_a_picture_in_the_text_with_gps_or_tagged_names_is_a_warning_on_its_line(site, monkeypatch):
    # A team photo linked in the text, committed with git as the phone took it:
    # its GPS position (the team outing) and the names a photo app tagged the
    # faces with went into the repository, where a story's photo was warned of.
    images = site / "content" / "images"
    images.mkdir(exist_ok=True)
    gps = Image.Exif()
    gps[0x8825] = {1: "N", 2: (52.0, 22.0, 1.0), 3: "E", 4: (4.0, 53.0, 2.0)}
    Image.new("RGB", (600, 400), (30, 90, 160)).save(images / "uitje.jpg", exif=gps.tobytes())
    named = b"<x:xmpmeta><mwg-rs:Name>Piet Naast Anna</mwg-rs:Name></x:xmpmeta>"
    Image.new("RGB", (600, 400), (90, 30, 160)).save(images / "team.jpg", xmp=named)
    Image.new("RGB", (600, 400), (90, 160, 30)).save(images / "kantoor.jpg")
    story = site / "content" / "columns" / "ben-bakker.md"
    story.write_text(
        story.read_text(encoding="utf-8")
        + "\n![Het uitje]({static}/images/uitje.jpg)\n\n![Het team]({static}/images/team.jpg)\n"
        "\n![Het kantoor]({static}/images/kantoor.jpg)\n",
        "utf-8",
    )
    said = [ln for ln in _check(site, monkeypatch).splitlines() if "repository keeps" in ln]
    assert said == [
        "content/columns/ben-bakker.md:16: warning: link to content/images/uitje.jpg: the file "
        "holds GPS data (where it was taken); the site never shows it, but the repository "
        "keeps it: save the photo again without location",
        "content/columns/ben-bakker.md:18: warning: link to content/images/team.jpg: the file "
        "holds the names of people tagged in it; the site never shows them, but the repository "
        "keeps them: save the photo again without its metadata (EXIF, XMP)",
    ]


def test_a_photo_without_gps_data_gives_no_warning(site, monkeypatch):
    _anna_photo(site, None)
    said = _check(site, monkeypatch)
    assert "GPS" not in said and "repository keeps" not in said


def test_a_portrait_too_small_for_the_card_is_a_warning_also_from_the_cache(site, monkeypatch):
    # A chat avatar (96 px) is drawn 248 px wide on the social card and up to
    # 320 on the people page: blown up and blurred, where every share shows it.

    _anna_photo(site, None, size=(96, 96))
    expected = (
        'content/interviews/anna-de-boer.md:5: warning: field "photo": content/images/anna.jpg '
        "is only 96 pixels on its shorter side"
    )
    _said_also_from_the_cache(site, monkeypatch, expected)


def test_a_one_pixel_portrait_is_said_in_the_singular(site, monkeypatch):
    # A 1 x 1 px placeholder (a tracking-pixel-sized export) was "only 1 pixels".
    _anna_photo(site, None, size=(1, 1))
    output = _check(site, monkeypatch)
    assert "content/images/anna.jpg is only 1 pixel on its shorter side;" in output, output


@pytest.mark.parametrize("suffix", ["gif", "webp", "png"])
def test_an_animated_portrait_is_a_warning_also_from_the_cache(site, monkeypatch, suffix):
    # A Slack avatar that waves (GIF, animated WebP or PNG) became a still of its
    # first frame on the story, the people page and the card, without a word.

    frames = [Image.new("RGB", (400, 400), colour) for colour in ((250, 250, 250), (30, 90, 160))]
    folder = site / "content" / "images"
    folder.mkdir(exist_ok=True)
    frames[0].save(folder / f"wave.{suffix}", save_all=True, append_images=frames[1:])
    story = site / "content" / "interviews" / "anna-de-boer.md"
    text = story.read_text(encoding="utf-8")
    story.write_text(
        text.replace(
            "author: Anna de Boer\n", f"author: Anna de Boer\nphoto: images/wave.{suffix}\n"
        ),
        "utf-8",
    )
    expected = (
        'content/interviews/anna-de-boer.md:5: warning: field "photo": '
        f"content/images/wave.{suffix} is animated (2 frames); the story, the people page "
        "and the social card show its first frame only"
    )
    _said_also_from_the_cache(site, monkeypatch, expected)


@pytest.mark.parametrize("suffix", ["webp", "png"])
def test_an_animated_image_in_the_text_is_a_warning_on_its_line(site, monkeypatch, suffix):
    # Re-encoded as a still like the photo, an animated WebP or PNG linked in
    # the text lost its animation without a word, where the photo's warned.
    frames = [Image.new("RGB", (40, 40), colour) for colour in ((250, 250, 250), (30, 90, 160))]
    folder = site / "content" / "images"
    folder.mkdir(exist_ok=True)
    frames[0].save(folder / f"wave.{suffix}", save_all=True, append_images=frames[1:])
    frames[0].save(folder / f"still.{suffix}")
    story = site / "content" / "interviews" / "anna-de-boer.md"
    lines = story.read_text(encoding="utf-8").splitlines()
    text = "\n".join(lines) + f"\n\n![Zwaai]({{static}}/images/wave.{suffix})\n"
    story.write_text(text + f"\n![Stil]({{static}}/images/still.{suffix})\n", "utf-8")
    expected = (
        f"content/interviews/anna-de-boer.md:{len(lines) + 2}: warning: link to "
        f"content/images/wave.{suffix}: the file is animated (2 frames); the page shows its "
        "first frame only, as a still: use a photo (JPEG) to choose what it shows"
    )
    _said_also_from_the_cache(site, monkeypatch, expected)
    assert f"images/still.{suffix}" not in _check(site, monkeypatch)


def test_a_still_portrait_or_a_cameras_mpo_is_no_animation(site, monkeypatch):
    _anna_photo(site, None)
    assert "animated" not in _check(site, monkeypatch)
    from podium.photos import frames

    mpo = site / "two.jpg"  # a camera's two views, which Pillow reads as MPO
    Image.new("RGB", (8, 8)).save(
        mpo, "MPO", save_all=True, append_images=[Image.new("RGB", (8, 8))]
    )
    assert frames(mpo) == 1


def test_a_portrait_large_enough_gives_no_size_warning(site, monkeypatch):
    _anna_photo(site, None, size=(320, 480))
    assert "shorter side" not in _check(site, monkeypatch)


_CHECK = """
import sys
from pathlib import Path
import podium.photo_checks as checks
print(checks.photo_verdict_cached(Path(sys.argv[1]), Path(sys.argv[2]))[0])
"""


def test_a_changed_photo_checker_does_not_reuse_old_verdicts(tmp_path):
    # The key held a hand-kept CHECKER_VERSION: a change to photos.py that
    # forgot to bump it was served the old verdict from every CI cache.
    import os
    import shutil
    import subprocess
    import sys

    from podium_testkit import ROOT

    plugins = tmp_path / "plugins"
    shutil.copytree(ROOT / "plugins", plugins, ignore=shutil.ignore_patterns("__pycache__"))
    photo, cache = tmp_path / "a.png", tmp_path / "cache"
    Image.new("RGB", (64, 64), (200, 30, 30)).save(photo)
    env = {**os.environ, "PYTHONPATH": str(plugins)}

    def verdict() -> str:
        run = [sys.executable, "-c", _CHECK, str(photo), str(cache)]
        return subprocess.run(run, env=env, capture_output=True, text=True, check=True).stdout

    assert verdict() == "None\n"
    photos = plugins / "podium" / "photos.py"
    stricter = (
        '\n\ndef inspect_photo(path, data=None):\n    return "is refused by a stricter check"\n'
    )
    photos.write_text(photos.read_text(encoding="utf-8") + stricter, encoding="utf-8")
    assert verdict() == "is refused by a stricter check\n"


def test_a_warm_build_decodes_no_picture_in_the_text_nor_walks_a_linked_pdf(
    site, monkeypatch, counted
):
    """A picture and a PDF linked in a story's text were checked again in every
    build, warm ones too: the photo's verdict was kept in .podium-cache/, theirs
    only in the process. Now they are kept there as well, and the images step's
    pruning keeps them; a PDF that fails its check is checked again each time."""
    import io

    from hostile.boundary import pdf_with_password
    from pypdf import PdfWriter

    import podium.pdf as pdf
    import podium_read.parse as parse

    walked: list[int] = []
    real = pdf.read_problem

    def walking(data):
        walked.append(len(data))
        return real(data)

    monkeypatch.setattr(pdf, "read_problem", walking)
    images, files = site / "content" / "images", site / "content" / "files"
    images.mkdir(exist_ok=True)
    files.mkdir()
    Image.new("RGB", (600, 400), (90, 160, 30)).save(images / "kantoor.jpg")
    writer, out = PdfWriter(), io.BytesIO()
    writer.add_blank_page(200, 200)
    writer.write(out)
    (files / "rooster.pdf").write_bytes(out.getvalue())
    (site / "pelicanconf.py").write_text(
        (site / "pelicanconf.py").read_text("utf-8") + 'PODIUM_ATTACHMENTS = ["pdf"]\n', "utf-8"
    )
    story = site / "content" / "columns" / "ben-bakker.md"
    story.write_text(
        story.read_text(encoding="utf-8") + "\n![Het kantoor]({static}/images/kantoor.jpg)\n"
        "\n[Het rooster]({static}/files/rooster.pdf)\n",
        "utf-8",
    )
    monkeypatch.chdir(site)
    build(site / "pelicanconf.py", site / "output")
    assert [p for p in counted if p.endswith("kantoor.jpg")] != [] and len(walked) == 1
    counted.clear()
    # A new process would start without the in-memory memos: so does this build.
    parse._photo_memo.clear()
    parse._memo.clear()
    build(site / "pelicanconf.py", site / "output")
    assert [p for p in counted if p.endswith("kantoor.jpg")] == [], "the picture was decoded"
    assert len(walked) == 1, "the PDF was walked again"
    assert (site / "output" / "media" / "files" / "rooster.pdf").is_file()
    # A PDF with a problem is never passed from the cache: each check says it.
    (files / "rooster.pdf").write_bytes(pdf_with_password())
    for _ in range(2):
        parse._photo_memo.clear()
        parse._memo.clear()
        assert "protected by a password" in _check_failing(site, monkeypatch)
    assert len(walked) == 3


def _check_failing(site, monkeypatch) -> str:
    from click.testing import CliRunner

    from podium_cli.cli import main

    monkeypatch.chdir(site)
    result = CliRunner().invoke(main, ["check"], catch_exceptions=False)
    assert result.exit_code == 1, result.output
    return result.output
