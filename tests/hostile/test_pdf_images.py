"""A photo inside a PDF a story links is published without its EXIF, as any photo is.

The cleaner (``podium.pdf.clean_pdf``) took out the document's metadata and
XMP, and kept each JPEG image byte for byte: a brochure or CV exported with a
phone's photo in it (LibreOffice, Preview and most PDF makers embed a JPEG as
it is) went out with the photo's GPS position, camera and time in its EXIF.
"""

from __future__ import annotations

import io
import zlib

import pytest
from PIL import Image
from pypdf import PdfReader

from podium.pdf import clean_pdf, is_clean

from .boundary import _pdf, gps_jpeg_bytes


def _with_image(stream: bytes, filters: bytes = b"/DCTDecode", parms: bytes = b"") -> bytes:
    """A one-page PDF that draws one image XObject, its stream as given."""
    content = b"q 64 0 0 48 0 0 cm /Im1 Do Q"
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Resources << /XObject"
            b" << /Im1 5 0 R >> >> /Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            b"<< /Type /XObject /Subtype /Image /Width 64 /Height 48 /ColorSpace /DeviceRGB"
            b" /BitsPerComponent 8 /Filter %s%s /Length %d >>\nstream\n"
            % (filters, parms, len(stream))
            + stream
            + b"\nendstream",
        ]
    )


def _published_image(data: bytes) -> bytes:
    """The JPEG the cleaned PDF's page draws, as a viewer decodes it."""
    page = PdfReader(io.BytesIO(data)).pages[0]
    image = page["/Resources"]["/XObject"]["/Im1"].get_object()
    return image.get_data()


@pytest.mark.parametrize(
    "save",
    [{}, {"comment": b"Anna's phone"}, {"icc_profile": b"\0" * 200}, {"xmp": b"<x:xmpmeta/>"}],
    ids=["exif", "comment", "icc", "xmp"],
)
def test_a_jpeg_in_a_pdf_is_published_without_its_metadata(save):
    jpeg = gps_jpeg_bytes(**save)
    cleaned = clean_pdf(_with_image(jpeg))
    image = _published_image(cleaned)
    assert b"PodiumTestCamera" not in cleaned
    for marker in (b"Exif", b"xmpmeta", b"ICC_PROFILE", b"Anna"):
        assert marker not in image, marker
    with Image.open(io.BytesIO(image)) as im:
        assert not im.getexif() and im.size == (64, 48)
        shown = im.convert("RGB").tobytes()
    with Image.open(io.BytesIO(jpeg)) as im:
        assert shown == im.convert("RGB").tobytes()  # the picture itself, untouched
    assert is_clean(cleaned)


def test_a_jpeg_compressed_again_in_a_pdf_loses_its_metadata_too():
    jpeg = gps_jpeg_bytes()
    flate = zlib.compress(jpeg)
    cleaned = clean_pdf(_with_image(flate, b"[/FlateDecode /DCTDecode]"))
    image = _published_image(cleaned)
    assert b"Exif" not in image and b"PodiumTestCamera" not in image
    with Image.open(io.BytesIO(image)) as im:
        assert im.size == (64, 48)


def test_a_planted_cleaned_copy_with_a_photos_exif_is_not_clean():
    # The build publishes a cached cleaned copy that is_clean passes.
    assert not is_clean(_with_image(gps_jpeg_bytes()))


def test_a_jpeg_that_cannot_be_walked_is_a_pdf_that_cannot_be_read():
    with pytest.raises(ValueError, match="cannot be read"):
        clean_pdf(_with_image(b"\xff\xd8\xff\xe1\x00\x40Exif\x00\x00short"))


def test_a_jpeg_compressed_again_stays_compressed():
    # Published unpacked, 68 KB of a compressed "JPEG" of zeros were a 70 MB PDF
    # (a66ceb98), and a 20 MB file of three hundred such images twenty gigabytes.
    jpeg = gps_jpeg_bytes()
    cleaned = clean_pdf(_with_image(zlib.compress(jpeg), b"[/FlateDecode /DCTDecode]"))
    image = PdfReader(io.BytesIO(cleaned)).pages[0]["/Resources"]["/XObject"]["/Im1"]
    assert image.get_object()["/Filter"] == ["/FlateDecode", "/DCTDecode"]
    assert len(cleaned) < 2 * len(jpeg)
    assert is_clean(cleaned)


def test_images_that_unpack_past_what_a_story_may_link_are_a_pdf_that_cannot_be_read():
    bomb = zlib.compress(b"\xff\xd8\xff\xda\x00\x02" + b"\x00" * 30_000_000, 9)  # 30 KB
    pdf = _with_image(bomb, b"[/FlateDecode /DCTDecode]")
    with pytest.raises(ValueError, match="photos unpack to more than 20 MB"):
        clean_pdf(pdf)
    assert not is_clean(pdf)


def objstm_pdf(streams: int, size: int, packed: bool = True) -> bytes:
    """A PDF 1.5 whose page's annotations are kept in ``streams`` object
    streams, each padded with ``size`` spaces: 30 KB compressed a 30 MB one;
    not ``packed``, written out as they are (qpdf's --compress-streams=n)."""
    out = bytearray(b"%PDF-1.5\n")
    offsets: dict[int, int] = {}

    def add(num: int, body: bytes) -> None:
        offsets[num] = len(out)
        out.extend(b"%d 0 obj\n" % num + body + b"\nendobj\n")

    inner = [100 + i for i in range(streams)]
    add(1, b"<< /Type /Catalog /Pages 2 0 R >>")
    add(2, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
    annots = b" ".join(b"%d 0 R" % n for n in inner)
    add(3, b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] /Annots [%s] >>" % annots)
    for i, num in enumerate(inner):
        header = b"%d 0 " % num
        body = header + b"<< /Type /Annot /Subtype /Text /Rect [0 0 1 1] >>" + b" " * size
        data = zlib.compress(body, 9) if packed else body
        flate = b" /Filter /FlateDecode" if packed else b""
        add(10 + i, b"<< /Type /ObjStm /N 1 /First %d%s /Length %d >>\n"
            b"stream\n" % (len(header), flate, len(data)) + data + b"\nendstream")  # fmt: skip
    entries = [b"\x00\x00\x00\x00\x00\xff\xff"] * (inner[-1] + 2)
    for num, at in offsets.items():
        entries[num] = b"\x01" + at.to_bytes(4, "big") + b"\x00\x00"
    for i, num in enumerate(inner):
        entries[num] = b"\x02" + (10 + i).to_bytes(4, "big") + b"\x00\x00"
    xref = len(out)
    entries[-1] = b"\x01" + xref.to_bytes(4, "big") + b"\x00\x00"
    table = b"".join(entries)
    head = b"<< /Type /XRef /Size %d /W [1 4 2] /Root 1 0 R /Length %d >>" % (
        len(entries),
        len(table),
    )
    out.extend(
        b"%d 0 obj\n%s\nstream\n" % (len(entries) - 1, head) + table + b"\nendstream\nendobj\n"
    )
    out.extend(b"startxref\n%d\n%%%%EOF\n" % xref)
    return bytes(out)


def test_a_pdf_whose_object_streams_unpack_past_the_limit_is_refused_before_they_are_read():
    # pypdf kept each object stream unpacked and took 6 s on each 70 MB: ten of
    # 68 KB took 57 s and 850 MB, and a 20 MB file of three hundred 20 GB.
    pdf = objstm_pdf(2, 30_000_000)
    assert len(pdf) < 100_000
    with pytest.raises(ValueError, match="object streams unpack to more than 50 MB"):
        clean_pdf(pdf)
    assert not is_clean(pdf)


def test_a_pdf_with_object_streams_of_a_usual_size_is_cleaned():
    cleaned = clean_pdf(objstm_pdf(3, 1_000))
    assert len(PdfReader(io.BytesIO(cleaned)).pages[0]["/Annots"]) == 3


def test_a_pdf_with_object_streams_written_out_unpacked_is_cleaned_and_counted():
    """Object streams with no filter (qpdf --compress-streams=n or --qdf, which
    PDF readers read) were refused as "packed otherwise than PDF makers pack
    them", though their size is what the file holds; they are read, and count
    toward the 50 MB as they are."""
    cleaned = clean_pdf(objstm_pdf(3, 1_000, packed=False))
    assert len(PdfReader(io.BytesIO(cleaned)).pages[0]["/Annots"]) == 3
    assert is_clean(cleaned)
    with pytest.raises(ValueError, match="object streams unpack to more than 50 MB"):
        clean_pdf(objstm_pdf(3, 20_000_000, packed=False))
