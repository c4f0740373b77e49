"""Photos come out upright, 8-bit, small, and without any metadata (GPS above all)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from podium_images import (
    MAX_PIXELS,
    clean_photo,
    has_gps,
    has_metadata,
    inspect_photo,
    responsive_variants,
)

GPS_IFD = 0x8825
ORIENTATION = 0x0112


def _exif_with_gps(orientation: int | None = None) -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0132] = "2026:01:02 03:04:05"  # DateTime
    if orientation:
        exif[ORIENTATION] = orientation
    gps = exif.get_ifd(GPS_IFD)
    gps[1] = "N"
    gps[2] = (52.0, 22.0, 1.5)  # latitude: someone's home
    gps[3] = "E"
    gps[4] = (4.0, 53.0, 2.25)
    return exif


@pytest.fixture
def gps_photo(tmp_path) -> Path:
    """A landscape 400x300 JPEG, orientation 6, with GPS, XMP-ish comment and ICC data."""
    im = Image.new("RGB", (400, 300), (200, 30, 30))
    im.paste((30, 30, 200), (0, 0, 200, 150))  # blue top-left marks the orientation
    path = tmp_path / "phone.jpg"
    icc = b"\0" * 128  # an opaque ICC blob: it too must be dropped
    im.save(
        path, "JPEG", exif=_exif_with_gps(orientation=6), icc_profile=icc, comment=b"shot at home"
    )
    assert has_gps(path) and has_metadata(path)
    return path


def test_clean_photo_strips_gps_and_all_exif(gps_photo):
    clean = clean_photo(gps_photo)
    assert not clean.getexif()
    assert clean.info == {}
    buf = io.BytesIO()
    clean.save(buf, "JPEG")
    assert not has_gps(buf.getvalue()) and not has_metadata(buf.getvalue())


def test_orientation_6_is_applied(gps_photo):
    clean = clean_photo(gps_photo)
    assert clean.size == (300, 400), "width and height are swapped"
    # Rotating 90° clockwise moves the blue top-left quadrant to the top right.
    r, g, b = clean.getpixel((250, 50))
    assert b > 150 and r < 100


def test_variants_carry_no_gps_or_metadata(gps_photo):
    variants = responsive_variants(clean_photo(gps_photo), widths=(100, 200, 320, 640))
    assert variants, "at least one variant"
    for v in variants:
        assert not has_gps(v.data), v
        assert not has_metadata(v.data), v
        with Image.open(io.BytesIO(v.data)) as im:
            assert im.size == (v.width, v.height)
            assert im.format.lower() == v.format


def test_variants_strip_metadata_even_from_an_unclean_image(gps_photo):
    with Image.open(gps_photo) as im:
        im.load()
        for v in responsive_variants(im, widths=(120,)):
            assert not has_gps(v.data) and not has_metadata(v.data)


def test_variants_never_upscale_and_keep_webp_only_when_smaller(gps_photo):
    variants = responsive_variants(clean_photo(gps_photo), widths=(320, 640, 960))
    widths = sorted({v.width for v in variants})
    assert widths == [300], "a 300 px wide photo yields one size, not three copies"
    jpeg = {v.width: v for v in variants if v.format == "jpeg"}
    for v in variants:
        if v.format == "webp":
            assert len(v.data) < len(jpeg[v.width].data)
    assert all(v.format in ("jpeg", "webp") for v in variants)


def test_variant_sizes_follow_widths(tmp_path):
    im = Image.radial_gradient("L").resize((1600, 1000)).convert("RGB")
    variants = responsive_variants(im)
    assert sorted({(v.width, v.height) for v in variants}) == [(320, 200), (640, 400), (960, 600)]


def test_cmyk_jpeg_becomes_rgb(tmp_path):
    path = tmp_path / "print.jpg"
    Image.new("CMYK", (64, 48), (0, 255, 255, 0)).save(path, "JPEG")
    assert inspect_photo(path) is None
    clean = clean_photo(path)
    assert clean.mode == "RGB"
    r, g, b = clean.getpixel((10, 10))
    assert r > 200 and g < 60 and b < 60, "CMY(0,255,255) is red"


def test_16_bit_png_becomes_8_bit(tmp_path):
    path = tmp_path / "scan.png"
    im = Image.linear_gradient("L").resize((64, 64)).convert("I").point(lambda v: v * 257)
    im.convert("I;16").save(path)
    with Image.open(path) as check:
        assert check.mode.startswith("I;16") or check.mode == "I"
    clean = clean_photo(path)
    assert clean.mode == "RGB"
    lo, hi = clean.convert("L").getextrema()
    assert lo < 10 and hi > 245, "the full 16-bit range maps onto 0..255, not clipped"


@pytest.mark.parametrize(
    ("value", "expected"),
    [(32768, 128), (9766, 38), (65535, 255)],  # even mid grey, a dark photo, white
)
def test_16_bit_grey_keeps_its_tones(tmp_path, value, expected):
    """16-bit values map onto 8 bits by 1/257, as a viewer shows them: not
    stretched to the photo's own range, which made an even grey photo black
    and brightened every dark one (on the page and on the card)."""
    import struct

    from podium_cards.portrait import round_portrait

    path = tmp_path / "scan.png"
    Image.frombytes("I;16", (64, 64), struct.pack("<H", value) * 64 * 64).save(path)
    page = clean_photo(path).getpixel((32, 32))
    card = round_portrait(path, 64).getpixel((32, 32))
    assert abs(page[0] - expected) <= 1 and abs(card[0] - expected) <= 1, (page, card)


def test_a_big_endian_16_bit_tiff_is_converted_not_refused(tmp_path):
    """A scanner's 16-bit TIFF in big-endian order opens as I;16B, which
    Image.point() does not take: it was refused as "cannot be converted"."""
    import struct

    path = tmp_path / "scan.tif"
    Image.frombytes("I;16B", (64, 64), struct.pack(">H", 32768) * 64 * 64).save(path)
    assert Image.open(path).mode == "I;16B"
    assert inspect_photo(path) is None
    assert abs(clean_photo(path).getpixel((32, 32))[0] - 128) <= 1


@pytest.mark.parametrize("mode", ["P", "LA", "RGBA", "L", "1"])
def test_other_modes_become_rgb_or_rgba(tmp_path, mode):
    path = tmp_path / f"{mode}.png"
    Image.new("RGB", (32, 32), (10, 200, 10)).convert(mode).save(path)
    clean = clean_photo(path)
    assert clean.mode in ("RGB", "RGBA")
    assert responsive_variants(clean, widths=(16,))


def test_transparency_survives_as_rgba(tmp_path):
    path = tmp_path / "cutout.png"
    im = Image.new("RGBA", (32, 32), (0, 0, 0, 0))
    im.paste((255, 0, 0, 255), (8, 8, 24, 24))
    im.save(path)
    assert clean_photo(path).mode == "RGBA"


@pytest.mark.parametrize("mode", ["RGB", "L", "I;16"])
def test_a_colour_key_png_keeps_its_transparency_on_page_and_card(tmp_path, mode):
    # optipng and oxipng save a cut-out whose alpha is only 0 or 255 as RGB (or
    # grey) with a tRNS colour key: the page's photo and the card's disc showed
    # its transparent background as the key's colour, black.
    import struct

    from podium_cards.portrait import round_portrait

    path = tmp_path / "cutout.png"
    face = {"RGB": (200, 50, 50), "L": 180, "I;16": 40000}[mode]
    im = Image.new(mode, (400, 400), 0)
    if mode == "I;16":  # paste() cuts a 16-bit value to 8 bits
        im.paste(Image.frombytes(mode, (200, 200), struct.pack("<H", face) * 200 * 200), (100, 100))
    else:
        im.paste(face, (100, 100, 300, 300))
    im.save(path, transparency=(0, 0, 0) if mode == "RGB" else 0)
    assert "transparency" in Image.open(path).info
    clean = clean_photo(path)
    assert clean.mode == "RGBA"
    assert clean.getpixel((5, 5))[3] == 0 and clean.getpixel((200, 200))[3] == 255
    assert clean.getpixel((200, 200))[0] > 150  # the face kept
    assert min(round_portrait(path, 200).getpixel((3, 3))) > 245  # white, not black


def test_png_text_chunks_are_dropped(tmp_path):
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "GPSLatitude 52.1")
    path = tmp_path / "text.png"
    Image.new("RGB", (16, 16)).save(path, pnginfo=info)
    assert has_metadata(path)
    assert clean_photo(path).info == {}


@pytest.mark.parametrize("where", ["before", "after"])
def test_gps_in_a_compressed_png_xmp_chunk_is_seen(tmp_path, where):
    # The build drops it either way; the warning is that the repository keeps the
    # original with where it was taken. A zipped iTXt XMP packet (as image editors
    # write it), before or after the pixels, was never read, so no warning came.
    from PIL import PngImagePlugin

    xmp = (
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf='
        '"http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:exif='
        '"http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="52,22.5N" '
        'exif:GPSLongitude="4,53.2E"/></rdf:RDF></x:xmpmeta>'
    )
    info = PngImagePlugin.PngInfo()
    info.add_itxt("XML:com.adobe.xmp", xmp, zip=True)
    buf = io.BytesIO()
    Image.new("RGB", (16, 16)).save(buf, "PNG", pnginfo=info)
    data = buf.getvalue()
    if where == "after":  # moved behind the pixels, where some tools write it
        start = data.index(b"iTXt") - 4
        end = start + 12 + int.from_bytes(data[start : start + 4], "big")
        chunk, rest = data[start:end], data[:start] + data[end:]
        iend = rest.rindex(b"IEND") - 4
        data = rest[:iend] + chunk + rest[iend:]
    assert b"GPSLatitude" not in data  # compressed: not to be found in the bytes
    assert has_gps(data)


def test_good_photo_passes_inspection(gps_photo):
    assert inspect_photo(gps_photo) is None


def _one_line(problem: str | None) -> str:
    assert problem, "expected a rejection"
    assert "\n" not in problem and len(problem) < 200
    return problem


def test_truncated_jpeg_is_rejected(tmp_path):
    full = io.BytesIO()
    Image.radial_gradient("L").resize((400, 400)).save(full, "JPEG", quality=95)
    path = tmp_path / "cut.jpg"
    path.write_bytes(full.getvalue()[: len(full.getvalue()) // 2])
    assert "truncated" in _one_line(inspect_photo(path))
    with pytest.raises(ValueError):
        clean_photo(path)


def test_svg_is_rejected(tmp_path):
    path = tmp_path / "logo.svg"
    path.write_text('<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>')
    assert "SVG" in _one_line(inspect_photo(path))
    disguised = tmp_path / "photo.jpg"
    disguised.write_text('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>')
    assert "SVG" in _one_line(inspect_photo(disguised))


def test_not_an_image_is_rejected(tmp_path):
    path = tmp_path / "notes.jpg"
    path.write_text("hello")
    assert "not an image" in _one_line(inspect_photo(path))
    assert "cannot read" in _one_line(inspect_photo(tmp_path / "absent.jpg"))


@pytest.mark.parametrize("side", [10_000, 12_000])
def test_decompression_bomb_is_rejected(tmp_path, side):
    # A real, tiny file: a 1-bit blank PNG compresses to a few kilobytes but
    # decodes to 100+ megapixels. 10000² only warns in Pillow; 12000² errors.
    assert side * side > MAX_PIXELS
    path = tmp_path / "bomb.png"
    Image.new("1", (side, side)).save(path, optimize=True)
    assert path.stat().st_size < 100_000
    assert "too large" in _one_line(inspect_photo(path))
    with pytest.raises(ValueError):
        clean_photo(path)


def test_no_image_in_the_output_keeps_metadata_brand_files_included(site):
    """Pelican copies static files as they are; a logo saved from a phone (or an
    office photo in content/brand/) would take its EXIF and GPS position along."""
    from podium_cli.build import build

    logo = site / "content" / "brand" / "logo.png"
    logo.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGBA", (240, 80), (11, 93, 75, 128)).save(logo, exif=_exif_with_gps())
    Image.new("RGB", (200, 120), (90, 90, 90)).save(
        logo.with_name("office.jpg"), exif=_exif_with_gps(), comment=b"shot at home"
    )
    assert has_gps(logo)
    output = build(site / "pelicanconf.py", site / "output").output
    images = [p for p in output.rglob("*") if p.suffix.lower() in {".jpg", ".png", ".webp"}]
    assert output / "brand" / "logo.png" in images and output / "brand" / "office.jpg" in images
    for path in images:
        assert not has_gps(path) and not has_metadata(path), path
    with Image.open(output / "brand" / "logo.png") as published:
        assert published.size == (240, 80) and published.mode == "RGBA"  # still a logo


def test_a_brand_svg_is_published_as_the_same_svg_linked_from_a_story(site):
    """A story's linked SVG was published without its comments and the creator
    its RDF metadata names, a brand SVG (content/brand/) as it was, both
    included: "<!-- Gemaakt door Anna de Vries, anna@example.com -->"."""
    from podium_cli.build import build

    drawing = (
        b'<?xml version="1.0" encoding="UTF-8"?>\n'
        b"<!-- Gemaakt door Anna de Vries, anna@example.com -->\n"
        b'<svg xmlns="http://www.w3.org/2000/svg" '
        b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        b'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:cc="http://creativecommons.org/ns#" '
        b'viewBox="0 0 100 40">\n  <metadata><rdf:RDF><cc:Work><dc:creator><cc:Agent>'
        b"<dc:title>Anna de Vries</dc:title></cc:Agent></dc:creator></cc:Work></rdf:RDF>"
        b'</metadata>\n  <rect width="100" height="40" fill="#0b5d4b"/>\n</svg>\n'
    )
    brand = site / "content" / "brand" / "logo.svg"
    brand.parent.mkdir(parents=True, exist_ok=True)
    brand.write_bytes(drawing)
    linked = site / "content" / "images" / "logo-copy.svg"
    linked.parent.mkdir(parents=True, exist_ok=True)
    linked.write_bytes(drawing)
    story = site / "content" / "interviews" / "anna-de-boer.md"
    story.write_text(
        story.read_text("utf-8") + "\n![Het logo]({static}/images/logo-copy.svg)\n", "utf-8"
    )
    output = build(site / "pelicanconf.py", site / "output").output
    published = (output / "brand" / "logo.svg").read_bytes()
    assert published == (output / "media" / "images" / "logo-copy.svg").read_bytes()
    assert b"Anna" not in published and b"<!--" not in published
    assert b'<rect width="100" height="40" fill="#0b5d4b"/>' in published  # the drawing, whole


@pytest.mark.parametrize(
    "brands", [b"heic\0\0\0\0mif1heic", b"mif1\0\0\0\0mif1heic", b"heix\0\0\0\0mif1heix"]
)
def test_an_iphone_heic_photo_is_named_with_what_to_do(tmp_path, brands):
    """An iPhone saves HEIC unless told otherwise: say so and how to get a JPEG,
    not only that the file is no image (the contributor knows it is a photo)."""
    path = tmp_path / "IMG_0042.HEIC"
    ftyp = (8 + len(brands)).to_bytes(4, "big") + b"ftyp" + brands
    path.write_bytes(ftyp + b"\0\0\0\x22meta" + b"\0" * 400)
    problem = inspect_photo(path)
    assert problem is not None and "HEIC" in problem and "JPEG" in problem, problem
    assert inspect_photo(path, path.read_bytes()) == problem


def test_avif_is_read_not_called_heic(tmp_path):
    path = tmp_path / "photo.avif"
    Image.new("RGB", (32, 32), (10, 200, 10)).save(path, "AVIF")
    assert inspect_photo(path) is None
    (tmp_path / "video.mp4").write_bytes(b"\0\0\0\x18ftypisom\0\0\0\0isommp42" + b"\0" * 100)
    assert "HEIC" not in (inspect_photo(tmp_path / "video.mp4") or "")


_VARIANT = """
import sys
from pathlib import Path
from types import SimpleNamespace
from PIL import Image
from podium_images.plugin import PhotoGenerator

content = Path(sys.argv[1])
photos = PhotoGenerator.__new__(PhotoGenerator)  # its Pelican parts are not used here
photos.settings = {"PATH": str(content), "PODIUM_CACHE_PATH": sys.argv[2]}
story = SimpleNamespace(photo="images/a.png", translations=[], podium_links=(), source_path="")
photos.context = {"articles": [story]}
photos.generate_context()
(_source, digest), = photos.jobs.values()
print(Image.open(photos.cache / digest / "96.jpg").convert("RGB").getpixel((48, 48)))
"""


def test_a_changed_cleaning_code_does_not_reuse_old_variants(tmp_path):
    # The cached variants were keyed on a hand-kept CLEAN_VERSION: a change to
    # clean_photo that forgot to bump it published the old pixels from every
    # restored CI cache (and only a cold build showed the new ones).
    import os
    import shutil
    import subprocess
    import sys

    from podium_testkit import ROOT

    plugins = tmp_path / "plugins"
    shutil.copytree(ROOT / "plugins", plugins, ignore=shutil.ignore_patterns("__pycache__"))
    content, cache = tmp_path / "content", tmp_path / "cache"
    (content / "images").mkdir(parents=True)
    Image.new("RGB", (200, 200), (255, 255, 255)).save(content / "images" / "a.png")
    env = {**os.environ, "PYTHONPATH": str(plugins)}

    def centre() -> tuple[int, ...]:
        run = [sys.executable, "-c", _VARIANT, str(content), str(cache)]
        done = subprocess.run(run, env=env, capture_output=True, text=True, check=True)
        return tuple(int(v) for v in done.stdout.strip("()\n").split(","))

    assert min(centre()) > 240  # white
    photos = plugins / "podium" / "photos.py"
    darker = "\n\ndef clean_photo(src):\n    return Image.new('RGB', (200, 200), (0, 0, 0))\n"
    photos.write_text(photos.read_text(encoding="utf-8") + darker, encoding="utf-8")
    assert max(centre()) < 15, "a changed clean_photo must not reuse old variants"
