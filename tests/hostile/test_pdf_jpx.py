"""A JPEG 2000 photo in a PDF is published without its metadata too.

The cleaner walked only JPEG (``/DCTDecode``) photos: a PDF exported with JPEG
2000 photos (``/JPXDecode``) kept each photo's own XML box (XMP), its uuid boxes
(EXIF with a phone's GPS position, XMP), its intellectual property box (jp2i)
and its codestream's comments, byte for byte.
"""

from __future__ import annotations

import io
import zlib

import pytest
from PIL import Image, features
from pypdf import PdfReader

from podium.pdf import clean_pdf, is_clean

from .test_pdf_images import _with_image

pytestmark = pytest.mark.skipif(
    not features.check("jpg_2000"), reason="Pillow without OpenJPEG writes no JPEG 2000"
)

# The UUID under which EXIF goes in a JP2 file (JpgTiffExif->JP2), and XMP's.
EXIF_UUID = b"JpgTiffExif->JP2"
XMP_UUID = bytes.fromhex("be7acfcb97a942e89c71999491e3afac")


def _box(kind: bytes, content: bytes) -> bytes:
    return (len(content) + 8).to_bytes(4, "big") + kind + content


def _jpx(comment: bytes = b"Anna's phone") -> bytes:
    """A JP2 file Pillow (OpenJPEG) writes, with a comment in its codestream."""
    buf = io.BytesIO()
    picture = Image.new("RGB", (64, 48), (10, 120, 200))
    picture.paste((250, 200, 0), (8, 8, 40, 30))
    picture.save(buf, "JPEG2000", comment=comment)
    return buf.getvalue()


def _with_metadata(jp2: bytes) -> bytes:
    """``jp2`` with a camera's boxes after its header, as a photo program writes them."""
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><GPSLatitude>52,22N</GPSLatitude></x:xmpmeta>'
    boxes = (
        _box(b"xml ", xmp)
        + _box(b"uuid", EXIF_UUID + b"Exif\0\0MM\0*PodiumTestCamera GPS 52N")
        + _box(b"uuid", XMP_UUID + xmp)
        + _box(b"jp2i", b"(c) Anna de Boer, Utrecht")
        + _box(b"free", b"an earlier save: Anna de Boer")
    )
    at = jp2.index(b"jp2c") - 4
    return jp2[:at] + boxes + jp2[at:]


def _published_image(data: bytes) -> bytes:
    image = PdfReader(io.BytesIO(data)).pages[0]["/Resources"]["/XObject"]["/Im1"]
    return image.get_object().get_data()


def _pixels(data: bytes) -> bytes:
    with Image.open(io.BytesIO(data)) as im:
        return im.convert("RGB").tobytes()


@pytest.mark.parametrize("packed", [False, True], ids=["as_is", "compressed_again"])
def test_a_jpeg_2000_photo_in_a_pdf_is_published_without_its_metadata(packed):
    jpx = _with_metadata(_jpx())
    stream, filters = (zlib.compress(jpx), b"[/FlateDecode /JPXDecode]") if packed else (
        jpx, b"/JPXDecode")  # fmt: skip
    cleaned = clean_pdf(_with_image(stream, filters))
    image = _published_image(cleaned)
    for marker in (b"xmpmeta", EXIF_UUID, XMP_UUID, b"PodiumTestCamera", b"Anna", b"jp2i",
                   b"xml ", b"free"):  # fmt: skip
        assert marker not in image, marker
        assert marker not in cleaned, marker
    assert _pixels(image) == _pixels(jpx)  # the picture itself, untouched
    sot = b"\xff\x90"  # the tile-parts, byte for byte
    assert image[image.index(sot) :] == jpx[jpx.index(sot) :]
    assert is_clean(cleaned)


def test_a_raw_jpeg_2000_codestream_loses_its_comment():
    buf = io.BytesIO()
    Image.new("RGB", (32, 32), (1, 2, 3)).save(buf, "JPEG2000", no_jp2=True, comment=b"Anna")
    cleaned = clean_pdf(_with_image(buf.getvalue(), b"/JPXDecode"))
    image = _published_image(cleaned)
    assert b"Anna" not in image and _pixels(image) == _pixels(buf.getvalue())
    assert is_clean(cleaned)


def test_a_planted_cleaned_copy_with_a_jpeg_2000_photos_xmp_is_not_clean():
    assert not is_clean(_with_image(_with_metadata(_jpx()), b"/JPXDecode"))


@pytest.mark.parametrize("kind", [b"ftbl", b"jpch", b"cgrp"])
def test_a_jpeg_2000_photo_with_a_box_of_another_kind_is_refused(kind):
    # A JPX fragment table takes the picture from other files, by address (a
    # "url " box); compositing and layers are extensions no PDF maker writes.
    jp2 = _jpx()
    at = jp2.index(b"jp2c") - 4
    planted = jp2[:at] + _box(kind, _box(b"url ", b"\0\0\0\0\\\\host\\share\\a.j2c\0")) + jp2[at:]
    with pytest.raises(ValueError) as refused:
        clean_pdf(_with_image(planted, b"/JPXDecode"))
    assert str(refused.value) == (
        f'is a PDF with a JPEG 2000 photo that holds a "{kind.decode()}" box, which is not '
        "part of a photo; export it again with JPEG photos"
    )


def test_a_jpeg_2000_photo_that_cannot_be_walked_is_a_pdf_that_cannot_be_read():
    jp2 = _jpx()
    with pytest.raises(ValueError, match="cannot be read"):
        clean_pdf(_with_image(jp2[:40] + b"\xff\xff\xff\xff", b"/JPXDecode"))


def test_a_box_type_that_is_no_text_is_named_in_hex():
    jp2 = _jpx()
    at = jp2.index(b"jp2c") - 4
    planted = jp2[:at] + _box(b"\n\x1b[2", b"") + jp2[at:]
    with pytest.raises(ValueError, match='holds a "0x0a1b5b32" box'):
        clean_pdf(_with_image(planted, b"/JPXDecode"))
