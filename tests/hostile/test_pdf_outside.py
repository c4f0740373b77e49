"""A linked PDF reaches nothing outside itself.

What ``podium.pdf.clean_pdf`` did with each way a PDF reaches another file or a
network share (``\\\\host\\share``, where Windows sends the reader's login
hash), a test each: actions to another file (GoToR, GoToE, ImportData, Thread)
given as a link's /A or an outline item's, and embedded files, were taken out
already; the same actions as a link's /PA (the action it came with, PDF 1.3)
went out as they were, and so did the media annotations (Movie, Sound,
RichMedia, 3D, Screen, FileAttachment: a film, sound, Flash or 3D model with
scripts of its own, or a file to open, each of them possibly on a share) and a
stream whose data is kept in another file (/F on its dictionary: a viewer
reads the page from the share).
"""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from podium.pdf import clean_pdf, is_clean

from .boundary import _pdf

SHARE = b"(\\\\\\\\PLANTED-host\\\\share\\\\x.pdf)"  # \\PLANTED-host\share\x.pdf, in PDF


def _page(
    *annots: bytes, extra: tuple[bytes, ...] = (), catalog: bytes = b"", content: bytes = b""
) -> bytes:
    """A one-page PDF with ``annots`` (dictionaries, objects 5, 6, ...) on its
    page, then the objects of ``extra``; ``content`` the page's content stream's
    dictionary entries (its data "0 0 m")."""
    first = 5
    refs = b" ".join(b"%d 0 R" % (first + i) for i in range(len(annots)))
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R %s >>" % catalog,
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R"
            b" /Annots [%s] >>" % refs,
            b"<< /Length 5 %s >>\nstream\n0 0 m\nendstream" % content,
            *annots,
            *extra,
        ]
    )


def _annotations(data: bytes) -> list[str]:
    page = PdfReader(io.BytesIO(data)).pages[0]
    return [str(a.get_object().get("/Subtype")) for a in page.get("/Annots", [])]


@pytest.mark.parametrize("action", [b"/GoToR /F %s /D [0 /Fit]" % SHARE,
    b"/GoToE /F %s /T << /R /C /N (x) >>" % SHARE, b"/ImportData /F %s" % SHARE,
    b"/Thread /F %s /D 0" % SHARE])  # fmt: skip
@pytest.mark.parametrize("key", [b"/A", b"/PA"])
def test_an_action_that_opens_another_file_is_taken_out(action, key):
    link = b"<< /Type /Annot /Subtype /Link /Rect [0 0 9 9] %s << /S %s >> >>" % (key, action)
    cleaned = clean_pdf(_page(link))
    assert b"PLANTED" not in cleaned and is_clean(cleaned)


def test_an_outline_item_that_opens_another_file_is_taken_out():
    outline = b"/Outlines << /First 6 0 R /Last 6 0 R /Count 1 >>"
    item = b"<< /Title (x) /Parent 5 0 R /A << /S /GoToR /F %s /D [0 /Fit] >> >>" % SHARE
    cleaned = clean_pdf(
        _page(b"<< /Subtype /Text /Rect [0 0 9 9] >>", extra=(item,), catalog=outline)
    )
    assert b"PLANTED" not in cleaned


def test_an_embedded_file_is_taken_out():
    carried = b"MZ PLANTED-EXE"
    names = b"/Names << /EmbeddedFiles << /Names [(a.exe) 6 0 R] >> >>"
    spec = b"<< /Type /Filespec /F (a.exe) /EF << /F 7 0 R >> >>"
    exe = b"<< /Length %d >>\nstream\n" % len(carried) + carried + b"\nendstream"
    cleaned = clean_pdf(
        _page(b"<< /Subtype /Text /Rect [0 0 9 9] >>", extra=(spec, exe), catalog=names)
    )
    assert b"PLANTED" not in cleaned and b"/EmbeddedFiles" not in cleaned


@pytest.mark.parametrize(
    "annot",
    [
        b"/Movie /Movie << /F %s >>" % SHARE,
        b"/Sound /Sound << /Length 0 /R 8000 /F %s >>" % SHARE,
        b"/RichMedia /RichMediaContent << /Assets << /Names [(a.swf) << /F %s >>] >> >>" % SHARE,
        b"/3D /3DD << /Type /3D /Subtype /U3D /F %s >>" % SHARE,
        b"/Screen /A << /S /Rendition /R << /S /MR /C << /D << /F %s >> >> >> >>" % SHARE,
        b"/FileAttachment /FS << /Type /Filespec /FS /URL /F %s >>" % SHARE,
    ],
    ids=["movie", "sound", "richmedia", "3d", "screen", "fileattachment"],
)
def test_a_media_or_file_annotation_is_taken_out(annot):
    text = b"<< /Type /Annot /Subtype /Text /Rect [0 0 9 9] /Contents (kept) >>"
    planted = b"<< /Type /Annot /Subtype %s /Rect [10 10 90 90] >>" % annot
    cleaned = clean_pdf(_page(text, planted))
    assert b"PLANTED" not in cleaned
    assert _annotations(cleaned) == ["/Text"]  # a note on the page stays
    assert is_clean(cleaned)
    assert not is_clean(_page(text, planted))


def test_a_stream_whose_data_is_in_another_file_is_refused():
    with pytest.raises(ValueError) as refused:
        clean_pdf(_page(content=b"/F %s /FFilter /FlateDecode" % SHARE))
    assert str(refused.value) == (
        "is a PDF that takes part of itself from another file (/F on a stream), which a "
        "reader of the hub does not have; export it again as one PDF"
    )
    assert not is_clean(_page(content=b"/F %s" % SHARE))


def test_a_form_or_image_that_names_another_file_to_show_keeps_its_own_content():
    # A reference XObject (/Ref: a page of another PDF, which Acrobat shows over
    # the form's own content) and an image's OPI original (/OPI, for a printer).
    content = b"q /Fm1 Do Q"
    form = b"<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] /Ref << /F %s /Page 0 >>" % SHARE
    form += b" /OPI << /1.3 << /Type /OPI /Version 1.3 /F %s >> >> /Length 5 >>" % SHARE
    pdf = _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Resources << /XObject"
            b" << /Fm1 5 0 R >> >> /Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            form + b"\nstream\n0 0 m\nendstream",
        ]
    )
    cleaned = clean_pdf(pdf)
    assert b"PLANTED" not in cleaned and b"/Ref" not in cleaned and b"/OPI" not in cleaned
    page = PdfReader(io.BytesIO(cleaned)).pages[0]
    assert page["/Resources"]["/XObject"]["/Fm1"].get_object().get_data() == b"0 0 m"
    assert is_clean(cleaned) and not is_clean(pdf)
