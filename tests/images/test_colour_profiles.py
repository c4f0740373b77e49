"""Photos and portraits are published in sRGB, by their own colour profile.

Published files carry no ICC profile (no metadata at all), and browsers read
untagged pixels as sRGB: a Display P3 phone photo whose profile was dropped
without converting its pixels looked dull. The profile here is built by hand
(a matrix/TRC ICC v2 profile with Display P3's primaries), since no ICC file
ships with the project or the machine.
"""

from __future__ import annotations

import struct

import pytest
from PIL import Image

from podium.photos import clean_photo, to_srgb
from podium_cards.portrait import round_portrait

D50 = (0.9642, 1.0, 0.8249)
P3 = ((0.5151, 0.2412, -0.0011), (0.2919, 0.6922, 0.0419), (0.1571, 0.0666, 0.7841))
COLOUR = (200, 100, 50)  # in Display P3; in sRGB about (216, 93, 24): more saturated


def _s15(x: float) -> bytes:
    return struct.pack(">i", round(x * 65536))


def _xyz(x: float, y: float, z: float) -> bytes:
    return b"XYZ " + bytes(4) + _s15(x) + _s15(y) + _s15(z)


def _padded(body: bytes) -> bytes:
    return body + bytes(-len(body) % 4)


def icc_profile(primaries=P3, gamma: float = 2.2, name: str = "Display P3 (test)") -> bytes:
    """An ICC v2 RGB display profile: white point, three primaries, one gamma."""
    text = name.encode() + b"\0"
    desc = _padded(b"desc" + bytes(4) + struct.pack(">I", len(text)) + text + bytes(8 + 3 + 67))
    curve = b"curv" + bytes(4) + struct.pack(">IH", 1, round(gamma * 256)) + bytes(2)
    tags = [
        (b"desc", desc),
        (b"cprt", _padded(b"text" + bytes(4) + b"none\0")),
        (b"wtpt", _xyz(*D50)),
        (b"rXYZ", _xyz(*primaries[0])),
        (b"gXYZ", _xyz(*primaries[1])),
        (b"bXYZ", _xyz(*primaries[2])),
        (b"rTRC", curve),
        (b"gTRC", curve),
        (b"bTRC", curve),
    ]
    start = 128 + 4 + 12 * len(tags)
    table, data = b"", b""
    for signature, body in tags:
        table += signature + struct.pack(">II", start + len(data), len(body))
        data += body
    header = (
        struct.pack(">I", start + len(data))
        + b"lcms"
        + bytes([2, 0x10, 0, 0])
        + b"mntrRGB XYZ "
        + bytes(12)
        + b"acspAPPL"
        + bytes(24)
        + _s15(D50[0])
        + _s15(D50[1])
        + _s15(D50[2])
        + bytes(48)
    )
    assert len(header) == 128
    return header + struct.pack(">I", len(tags)) + table + data


def _photo(path, icc: bytes | None) -> None:
    extra = {"icc_profile": icc} if icc else {}
    Image.new("RGB", (400, 400), COLOUR).save(path, "PNG", **extra)


def _near(got, want, tolerance=3) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(got, want, strict=True))


def test_a_display_p3_photo_is_converted_to_srgb_and_its_profile_dropped(tmp_path):
    tagged, plain = tmp_path / "p3.png", tmp_path / "plain.png"
    _photo(tagged, icc_profile())
    _photo(plain, None)
    cleaned = clean_photo(tagged.read_bytes())
    assert "icc_profile" not in cleaned.info
    pixel = cleaned.getpixel((200, 200))
    assert _near(pixel, (216, 93, 24)), pixel  # was COLOUR, the P3 values read as sRGB
    assert clean_photo(plain.read_bytes()).getpixel((200, 200)) == COLOUR  # nothing to convert


def test_the_card_portrait_is_converted_like_the_page_photo(tmp_path):
    tagged = tmp_path / "p3.png"
    _photo(tagged, icc_profile())
    portrait = round_portrait(tagged, 120)
    assert _near(portrait.getpixel((60, 60)), (216, 93, 24)), portrait.getpixel((60, 60))


@pytest.mark.parametrize("transparent", [False, True])
def test_a_palette_png_is_converted_by_its_profile_too(tmp_path, transparent):
    """A palette PNG (pngquant, "reduce colours") keeps its profile: its
    colours were published as they were, the P3 values read as sRGB."""
    path = tmp_path / "p3-palette.png"
    im = Image.new("P", (400, 400), 0)
    im.putpalette([*COLOUR, 255, 255, 255])
    im.paste(1, (0, 0, 20, 20))
    extra = {"transparency": 1} if transparent else {}
    im.save(path, "PNG", icc_profile=icc_profile(), **extra)
    assert Image.open(path).mode == "P"
    page = clean_photo(path.read_bytes())
    assert page.mode == ("RGBA" if transparent else "RGB")
    assert _near(page.getpixel((200, 200))[:3], (216, 93, 24)), page.getpixel((200, 200))
    if transparent:
        assert page.getpixel((5, 5))[3] == 0  # the transparent corner stays so
    card = round_portrait(path, 120).getpixel((60, 60))
    assert _near(card, (216, 93, 24)), card


@pytest.mark.parametrize("icc", [b"not a profile", b"\0" * 200])
def test_a_damaged_profile_leaves_the_pixels_as_they_are(icc):
    im = Image.new("RGB", (4, 4), COLOUR)
    im.info["icc_profile"] = icc
    assert to_srgb(im).getpixel((0, 0)) == COLOUR


def test_an_srgb_profile_changes_nothing_visible():
    srgb = icc_profile(
        ((0.4361, 0.2225, 0.0139), (0.3851, 0.7169, 0.0971), (0.1431, 0.0606, 0.7141)),
        gamma=2.2,
        name="sRGB-like (test)",
    )
    im = Image.new("RGB", (4, 4), COLOUR)
    im.info["icc_profile"] = srgb
    assert _near(to_srgb(im).getpixel((0, 0)), COLOUR, tolerance=6)
