"""A photo replaced under the same name, with the same size and modification
time (``cp -p``, ``rsync -t``, an unzip, a CMS upload of a same-size export),
is a new photo: ``podium serve`` rebuilds in one process, which must not keep
the old one's check, cleaned copies or card disc."""

from __future__ import annotations

import os
from pathlib import Path

from PIL import Image

from podium_cli.build import build

RED, BLUE = (200, 30, 30), (30, 30, 200)


def _save(path: Path, colour: tuple[int, int, int]) -> None:
    # Uncompressed: the same dimensions give the same number of bytes.
    Image.new("RGB", (400, 400), colour).save(path, "PNG", compress_level=0)


def _near(pixel, colour) -> bool:
    return all(abs(a - b) < 12 for a, b in zip(pixel, colour, strict=True))


def test_a_photo_replaced_with_the_same_size_and_mtime_is_published_anew(site):
    (site / "content" / "images").mkdir()
    photo = site / "content" / "images" / "anna.png"
    _save(photo, RED)
    story = site / "content" / "interviews" / "anna-de-boer.md"
    text = story.read_text(encoding="utf-8")
    story.write_text(text.replace("consent:", "photo: images/anna.png\nconsent:", 1), "utf-8")
    output = site / "output"
    build(site / "pelicanconf.py", output)
    before = photo.stat()
    _save(photo, BLUE)
    os.utime(photo, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert photo.stat().st_size == before.st_size  # the case under test
    build(site / "pelicanconf.py", output)  # in the same process, as podium serve rebuilds

    people = sorted((output / "images" / "people").glob("anna-*-320.jpg"))
    assert len(people) == 1, people
    assert _near(Image.open(people[0]).convert("RGB").getpixel((5, 5)), BLUE)
    cards = sorted((output / "cards").glob("anna-de-boer.nl-*.jpg"))
    assert len(cards) == 1, cards
    with Image.open(cards[0]) as card:
        disc = card.convert("RGB").getpixel((1040, 110))  # inside the portrait disc
    assert _near(disc, BLUE), disc
