"""A PDF a story links leads its readers only where a story's own link may.

The cleaner (``podium.pdf.clean_pdf``) kept every ``/URI`` action, whatever its
address: a brochure's link to ``javascript:...``, to a file of the reader's
computer (``file:///...``) or to a network share (``\\\\host\\share``,
``smb://``, where Windows sends the reader's login hash) went out on the hub's
own address, where a story's Markdown may link only http(s), mailto: and tel:.
"""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from podium.pdf import clean_pdf

from .boundary import _pdf


def _with_links(*uris: bytes) -> bytes:
    """A one-page PDF with a link annotation per URI action address (PDF syntax)."""
    first = 4
    annots = b" ".join(b"%d 0 R" % (first + i) for i in range(len(uris)))
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Annots [%s] >>" % annots,
            *(
                b"<< /Type /Annot /Subtype /Link /Rect [0 0 10 10] /A << /S /URI /URI %s >> >>"
                % uri
                for uri in uris
            ),
        ]
    )


def _addresses(data: bytes) -> list[str]:
    """The addresses of the URI actions left on the first page's links."""
    page = PdfReader(io.BytesIO(data)).pages[0]
    out = []
    for annot in page.get("/Annots", []):
        action = annot.get_object().get("/A")
        if action is not None and action.get_object().get("/S") == "/URI":
            out.append(str(action.get_object()["/URI"]))
    return out


KEPT = [b"(https://example.com/jobs)", b"(http://example.com/)", b"(mailto:hr@example.com)",
        b"(tel:+31201234567)", b"(HTTPS://EXAMPLE.COM/UP)"]  # fmt: skip


@pytest.mark.parametrize(
    "uri",
    [
        b"(javascript:app.alert(1))",
        b"(JaVaScRiPt:app.alert(1))",
        b"<6A6176617363726970743A616C657274283129>",  # javascript:alert(1), in hex
        b"(\\152avascript:alert(1))",  # an octal escape for the "j"
        b"( javascript:alert(1))",
        b"(java\\tscript:alert(1))",
        b"(file:///etc/passwd)",
        b"(\\\\\\\\evil.example\\\\share\\\\cv.docx)",  # \\evil.example\share\cv.docx
        b"(smb://evil.example/share)",
        b"(data:text/html,<script>alert(1)</script>)",
        b"(vbscript:msgbox)",
        b"(jobs/apply)",  # relative: to the catalog's /URI /Base, whatever that names
    ],
)
def test_a_pdf_link_to_no_web_page_mail_or_phone_is_taken_out(uri):
    cleaned = clean_pdf(_with_links(uri, *KEPT))
    assert _addresses(cleaned) == [
        "https://example.com/jobs",
        "http://example.com/",
        "mailto:hr@example.com",
        "tel:+31201234567",
        "HTTPS://EXAMPLE.COM/UP",
    ]


def test_a_link_that_goes_on_to_a_script_of_another_address_loses_that_step():
    # /Next: the action after the first; the first (a web page) stays.
    data = _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Annots [4 0 R] >>",
            b"<< /Type /Annot /Subtype /Link /Rect [0 0 10 10] /A << /S /URI /URI"
            b" (https://example.com/jobs) /Next << /S /URI /URI (file:///etc/passwd) >> >> >>",
        ]
    )
    cleaned = clean_pdf(data)
    assert _addresses(cleaned) == ["https://example.com/jobs"]
    action = PdfReader(io.BytesIO(cleaned)).pages[0]["/Annots"][0].get_object()["/A"]
    assert "/Next" not in action.get_object()
