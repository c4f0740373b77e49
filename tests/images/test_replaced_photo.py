"""A photo replaced under the same name, with the same size and modification
time (``cp -p``, ``rsync -t``, an unzip, a CMS upload of a same-size export),
is a new photo: ``podium serve`` rebuilds in one process, which must not keep
the old one's check, cleaned copies or card disc."""

from __future__ import annotations

import os
import re
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


def test_a_photo_named_as_a_phone_or_laptop_names_it_has_a_working_srcset(site):
    # "Foto Anna (1).jpg", as a download or a second copy is named: published as
    # images/people/Foto Anna (1)-<hash>-96.jpg, a srcset's candidates split at
    # its spaces ("/images/people/Foto" with the descriptor "Anna"), so browsers
    # dropped every candidate of the portrait on the story and people pages.
    (site / "content" / "images").mkdir()
    _save(site / "content" / "images" / "Foto Anna (1).png", RED)
    story = site / "content" / "interviews" / "anna-de-boer.md"
    text = story.read_text(encoding="utf-8")
    line = 'photo: "images/Foto Anna (1).png"\nconsent:'
    story.write_text(text.replace("consent:", line, 1), "utf-8")
    output = site / "output"
    build(site / "pelicanconf.py", output)
    html = (output / "stories" / "anna-de-boer" / "index.html").read_text(encoding="utf-8")
    sets = re.findall(r'srcset="([^"]*)"', html)
    assert sets
    for srcset in sets:
        for candidate in srcset.split(", "):
            url, width = candidate.split()  # exactly a URL and its width
            assert re.fullmatch(r"\d+w", width), candidate
            assert (output / url.lstrip("/")).is_file(), url


def test_a_landscape_portrait_is_sharp_in_its_round_frame(site):
    # Every page shows a portrait in a square (a circle, object-fit: cover), up
    # to 160 CSS px: 320 device pixels at 2x. A phone's landscape photo (4:3)
    # was published 320 x 240 for that, and the browser blew its height up to
    # 320 (a 2000 x 250 group photo: 40 px high, stretched eightfold).
    (site / "content" / "images").mkdir()
    photo = site / "content" / "images" / "anna.jpg"
    landscape = Image.new("RGB", (1200, 900), BLUE)
    landscape.paste(RED, (450, 0, 750, 900))  # the person, in the middle
    landscape.save(photo, "JPEG", quality=95)
    story = site / "content" / "interviews" / "anna-de-boer.md"
    text = story.read_text(encoding="utf-8")
    story.write_text(text.replace("consent:", "photo: images/anna.jpg\nconsent:", 1), "utf-8")
    output = site / "output"
    build(site / "pelicanconf.py", output)
    published = sorted((output / "images" / "people").glob("anna-*"))
    sizes = {}
    for path in published:
        with Image.open(path) as im:
            sizes[path.name.rsplit("-", 1)[1]] = im.size
            # Cut as the frame cuts it: the middle, the person in it.
            assert _near(im.convert("RGB").getpixel((im.width // 2, im.height // 2)), RED)
    assert sizes["320.jpg"] == (320, 320), sizes
    assert all(w == h for w, h in sizes.values()), sizes
