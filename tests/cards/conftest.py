from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from podium_cards import CardLayout, CardSpec
from podium_testkit import require_raqm


def make_portrait(path: Path, size=(900, 1200), orientation: int | None = None) -> Path:
    """A synthetic portrait: coloured quadrants make rotation and cropping visible."""
    im = Image.new("RGB", size, (40, 90, 160))
    draw = ImageDraw.Draw(im)
    w, h = size
    draw.rectangle((0, 0, w // 2, h // 2), fill=(220, 40, 40))
    draw.ellipse((w // 4, h // 4, 3 * w // 4, 3 * h // 4), fill=(230, 190, 160))
    exif = Image.Exif()
    if orientation:
        exif[0x0112] = orientation
    im.save(path, "JPEG", quality=90, exif=exif)
    return path


@pytest.fixture
def raqm() -> None:
    """For a test whose expected lines or ink are RAQM's (``require_raqm``)."""
    require_raqm()


@pytest.fixture(scope="session")
def portrait_file(tmp_path_factory) -> Path:
    return make_portrait(tmp_path_factory.mktemp("photos") / "portrait.jpg")


@pytest.fixture
def png_layout() -> CardLayout:
    # PNG is lossless, so a pixel diff shows exactly what the text changed.
    return replace(CardLayout(), format="png")


@pytest.fixture
def spec(portrait_file) -> CardSpec:
    return CardSpec(
        title="Waarom ik overstapte naar data",
        quote="Hier help ik elke dag duizenden mensen tegelijk.",
        author_name="Sanne de Vries",
        author_role="Data engineer",
        portrait_path=portrait_file,
        theme_color="#1f6feb",
        brand_name="Acme Zorg",
        lang="nl",
        kind="interview",
    )


def decode(data: bytes) -> Image.Image:
    im = Image.open(io.BytesIO(data))
    im.load()
    return im.convert("RGB")
