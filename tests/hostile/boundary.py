"""Trust-boundary cases (issue 11): what a pull request may make the build read.

Same shape as ``corpus.CASES`` (and run by the same check): files written
into a copy of the built test site, the exit status, and the one error line
each case must give. Body lines: the story's body starts at line 9, so a
link written after ``BODY`` is on line 13.
"""

from __future__ import annotations

import base64
import io
import os
from pathlib import Path

from PIL import Image

from .corpus import BODY, STORY, Case, append, image, jpeg_scan_bomb, story, story_built

S = f"{STORY}:"
LINK_LINE = 13  # the line of the text after BODY


def body(text: str) -> str:
    return story(body=BODY + "\n" + text + "\n")


def gps_jpeg_bytes(**save) -> bytes:
    """A JPEG with a GPS position and a camera name in its EXIF (and ``save``'s
    other metadata: a comment, an ICC profile, XMP)."""
    exif = Image.Exif()
    exif[0x010F] = "PodiumTestCamera"
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2], gps[3], gps[4] = "N", (52.0, 22.0, 1.0), "E", (4.0, 53.0, 2.0)
    buf = io.BytesIO()
    Image.new("RGB", (64, 48), (10, 120, 200)).save(buf, "JPEG", exif=exif, **save)
    return buf.getvalue()


def gps_jpeg(_site: Path, path: Path) -> None:
    path.write_bytes(gps_jpeg_bytes())


def link_to(target: str):
    def make(_site: Path, path: Path) -> None:
        path.symlink_to(target)

    return make


def fifo(_site: Path, path: Path) -> None:
    os.mkfifo(path)


SCRIPT_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4">'
    "<script>fetch('/steal?c='+document.cookie)</script><rect width='4' height='4'/></svg>"
)
CLEAN_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4">'
    '<rect width="4" height="4" fill="#0b5d4b"/></svg>'
)
RDF_SVG = CLEAN_SVG.replace(
    "<rect",
    '<metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
    'xmlns:cc="http://creativecommons.org/ns#" xmlns:dc="http://purl.org/dc/elements/1.1/">'
    '<cc:Work rdf:about=""><dc:format>image/svg+xml</dc:format></cc:Work></rdf:RDF></metadata>'
    "<rect",
)
# A drawing that is clean but for one line before it: a browser opening the file
# applies the XSLT, whose HTML runs its script on the hub's address.
XSLT = base64.b64encode(
    b'<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">'
    b'<xsl:template match="/"><html><body><script>PWNED()</script></body></html>'
    b"</xsl:template></xsl:stylesheet>"
).decode()
XSLT_SVG = f'<?xml-stylesheet type="text/xsl" href="data:text/xsl;base64,{XSLT}"?>\n{CLEAN_SVG}'
OUTSIDE_STYLE = 'the file is an SVG whose "style" reaches outside the drawing'


def cloned_svg(levels: int, fan: int = 10, href: str = "href") -> str:
    """A drawing of one square whose <use> clones, ``fan`` of the level below
    per level, draw ``fan ** levels`` squares: 2.4 KB at 9 levels of 10, and a
    billion squares that kept Chromium's page loading for minutes."""
    uses = [
        "".join(f'<use {href}="#l{n - 1}" x="{x}"/>' for x in range(fan))
        for n in range(1, levels + 1)
    ]
    groups = "".join(f'<g id="l{n}">{clones}</g>' for n, clones in enumerate(uses, 1))
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        'viewBox="0 0 4 4"><defs><g id="l0"><rect width="1" height="1" fill="#0b5d4b"/></g>'
        f'{groups}</defs><use {href}="#l{levels}"/></svg>'
    )


# Other references that draw an element's content where they apply, nested as
# the clones are: each level's ten shapes apply the level below. A marker is
# drawn at every vertex it marks, a pattern's tile in every shape it fills, a
# mask's and a clip path's content on every element that names it. At 8 levels
# (2 to 6 KB) Chromium took 9 s (pattern) or more than a minute to show each.
def nested_svg(kind: str, levels: int = 8) -> str:
    ten = range(10)
    if kind == "marker":
        points = " ".join(f"{i},{i % 2}" for i in ten)
        first = '<marker id="r0"><circle cx="1" cy="1" r="1"/></marker>'
        level = (
            '<marker id="r{n}"><polyline points="' + points + '" fill="none" stroke="#000" '
            'marker-mid="url(#r{below})"/></marker>'
        )
        top = f'<polyline points="{points}" stroke="#000" style="marker-mid: url(#r{levels})"/>'
    else:
        element, prop = {
            "pattern": ("pattern", "fill"),
            "mask": ("mask", "mask"),
            "clip": ("clipPath", "clip-path"),
        }[kind]
        extra = ' width="10" height="10" patternUnits="userSpaceOnUse"' if kind == "pattern" else ""
        first = f'<{element} id="r0"{extra}><rect width="9" height="9" fill="#fff"/></{element}>'
        shapes = "".join(
            f'<rect x="{i}" width="1" height="10" {prop}="url(#r{{below}})"/>' for i in ten
        )
        level = f'<{element} id="r{{n}}"{extra}>{shapes}</{element}>'
        top = f'<rect width="100" height="100" {prop}="url(#r{levels})"/>'
    defs = first + "".join(level.format(n=n, below=n - 1) for n in range(1, levels + 1))
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100" viewBox="0 0 100 100">'
        f"<defs>{defs}</defs>{top}</svg>"
    )


CLONES = (
    "the file is an SVG whose <use> clones, markers, patterns, masks or clip paths draw its "
    "shapes again more than 10,000 times"
)
STYLESHEET_SVG = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<?xml-stylesheet type="text/css" href="https://tracker.example.com/s.css"?>\n' + CLEAN_SVG
)


def media_clean(output: Path) -> None:
    """The GPS photo linked with {static} is published re-encoded, without metadata."""
    from podium.photos import has_gps, has_metadata

    story_built(output)
    published = output / "media" / "images" / "gps.jpg"
    assert published.is_file()
    assert not has_gps(published) and not has_metadata(published)
    assert b"PodiumTestCamera" not in published.read_bytes()
    page = (output / "stories" / "hostile" / "index.html").read_text("utf-8")
    assert 'src="/media/images/gps.jpg"' in page and "{static}" not in page


def _published_as(output: Path, svg: str) -> None:
    assert (output / "media" / "images" / "logo.svg").read_text("utf-8") == svg


def svg_published(output: Path) -> None:
    _published_as(output, CLEAN_SVG)


def pdf_with_password() -> bytes:
    """A one-page PDF that needs a password to be opened (not an owner's only)."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.encrypt("geheim", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def pdf_with_metadata() -> bytes:
    """A one-page PDF, written by hand, whose information dictionary and XMP
    packet name its author and a folder on their laptop, with a photo whose
    EXIF holds a GPS position and a camera, as a PDF maker embeds it."""
    xmp = (
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/'
        b'02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/">'
        b"<dc:creator>Frank Verlopen (XMP)</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>"
    )
    ai = b"%AI12_CompressedData /Users/fverlopen/Documents/brochure.ai"
    photo = gps_jpeg_bytes()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /Metadata 5 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        # As Illustrator writes it: its private data (the native drawing, with
        # the paths of its files) a dictionary away.
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /PieceInfo << /Illustrator"
        b" 6 0 R >> /Resources << /XObject << /Im1 8 0 R >> >> >>",
        b"<< /Author (Frank Verlopen) /Creator (/Users/fverlopen/Desktop) >>",
        b"<< /Type /Metadata /Subtype /XML /Length %d >>\nstream\n" % len(xmp)
        + xmp
        + b"\nendstream",
        b"<< /LastModified (D:20260401) /Private 7 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(ai) + ai + b"\nendstream",
        b"<< /Type /XObject /Subtype /Image /Width 64 /Height 48 /ColorSpace /DeviceRGB"
        b" /BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n"
        % len(photo)
        + photo
        + b"\nendstream",
    ]
    return _pdf(objects, b" /Info 4 0 R")


def _pdf(objects: list[bytes], trailer: bytes = b"") -> bytes:
    """A PDF of ``objects`` (numbered from 1, the first the catalog), by hand."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\n" % (len(objects) + 1, trailer)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def pdf_with_scripts() -> bytes:
    """A one-page PDF that acts on its own: a script on opening, a document-level
    script, a script when its page opens and when a link is clicked, a program
    to launch, a form sent elsewhere, a file carried inside, and a link to a
    javascript: address. Kept are a link to a web page and one to its own page."""
    carried = b"PLANTED-EXE"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.alert"
        b"('PLANTED-OPEN')) >> /Names << /JavaScript << /Names [(x) << /S /JavaScript /JS"
        b" (app.alert('PLANTED-NAMES')) >>] >> /EmbeddedFiles << /Names [(a.exe) 5 0 R] >> >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /AA << /O << /S /JavaScript"
        b" /JS (app.alert('PLANTED-PAGE')) >> >> /Annots [4 0 R 7 0 R 8 0 R 9 0 R 10 0 R] >>",
        b"<< /Type /Annot /Subtype /Link /Rect [0 0 50 50] /A << /S /URI /URI"
        b" (https://example.com/jobs) /Next << /S /JavaScript /JS (app.alert('PLANTED-NEXT'))"
        b" >> >> >>",
        b"<< /Type /Filespec /F (a.exe) /EF << /F 6 0 R >> >>",
        b"<< /Type /EmbeddedFile /Length %d >>\nstream\n" % len(carried) + carried + b"\nendstream",
        b"<< /Type /Annot /Subtype /Link /Rect [50 0 100 50] /A << /S /Launch /F"
        b" (PLANTED-calc.exe) >> >>",
        b"<< /Type /Annot /Subtype /Link /Rect [100 0 150 50] /A << /S /SubmitForm /F"
        b" << /FS /URL /F (https://PLANTED.example/) >> >> >>",
        b"<< /Type /Annot /Subtype /Link /Rect [150 0 200 50] /A << /S /GoTo /D [3 0 R /Fit] >> >>",
        b"<< /Type /Annot /Subtype /Link /Rect [0 50 50 100] /A << /S /URI /URI"
        b" (javascript:app.alert('PLANTED-URI')) >> >>",
    ]
    return _pdf(objects)


def pdf_without_scripts(output: Path) -> None:
    published = (output / "media" / "files" / "cv.pdf").read_bytes()
    for said in (b"PLANTED", b"/JavaScript", b"/JS", b"/AA", b"/Launch", b"/SubmitForm",
                 b"/EmbeddedFile", b"/EF", b"/OpenAction"):  # fmt: skip
        assert said not in published, said
    # The links that move within the document or to a web page are kept.
    assert b"/URI" in published and b"/GoTo" in published


def pdf_published(output: Path) -> None:
    published = (output / "media" / "files" / "cv.pdf").read_bytes()
    assert published.startswith(b"%PDF-")
    # A PDF's author, the paths in it and its XMP packet went out byte for byte.
    for said in (b"Verlopen", b"fverlopen", b"/Author", b"/Metadata", b"/PieceInfo", b"xmpmeta",
                 b"Exif", b"PodiumTestCamera"):  # fmt: skip
        assert said not in published, said
    assert b"/MediaBox" in published  # the page itself is kept
    page = (output / "stories" / "hostile" / "index.html").read_text("utf-8")
    assert 'href="/media/files/cv.pdf"' in page


def filename_link(output: Path) -> None:
    page = (output / "stories" / "hostile" / "index.html").read_text("utf-8")
    assert 'href="/stories/ben-bakker/"' in page


def image_host_allowed(output: Path) -> None:
    page = (output / "stories" / "hostile" / "index.html").read_text("utf-8")
    assert 'src="https://images.example.com/team.jpg"' in page


def no_dot_files(output: Path) -> None:
    assert not list((output / "brand").glob(".*"))
    assert not [p for p in output.rglob(".*") if p.name in (".htaccess", ".gitkeep", ".DS_Store")]


def no_raw_html(output: Path) -> None:
    assert not (output / "stories" / "raw").exists()
    assert not any(b"PWNED" in p.read_bytes() for p in output.rglob("*.html"))


LEAVES = "leaves content/ (through ..); link a file inside content/"

CASES: list[Case] = [
    # -- links in story bodies -------------------------------------------------------
    Case(
        "attach-dotdot-settings",
        {STORY: body("[De instellingen]({attach}../../pelicanconf.py)")},
        (f'{S}{LINK_LINE}: error: link "{{attach}}../../pelicanconf.py" {LEAVES}',),
    ),
    Case(
        "attach-system-file",
        {STORY: body("[host]({attach}../../../../../../../../etc/hostname)")},
        (f'{S}{LINK_LINE}: error: link "{{attach}}../../../../../../../../etc/hostname" leaves',),
    ),
    Case(
        "static-root-dotdot",
        {STORY: body("[x]({static}/../x.txt)")},
        (f'{S}{LINK_LINE}: error: link "{{static}}/../x.txt" {LEAVES}',),
    ),
    Case(  # "//[" is an IPv6 host left open: urlsplit's ValueError ended podium check
        "attach-unclosed-ipv6-host",
        {STORY: body("[x]({attach}//[)")},
        (f'{S}{LINK_LINE}: error: link "{{attach}}//[" is not a valid path; link a file inside',),
    ),
    Case(
        "pipe-syntax-dotdot",
        {STORY: body("[x](|attach|../../pelicanconf.py)")},
        (f'{S}{LINK_LINE}: error: link "|attach|../../pelicanconf.py" {LEAVES}',),
    ),
    Case(
        "raw-html-img-dotdot",
        {STORY: body('<img src="{static}/../../pelicanconf.py" alt="x">')},
        (f'{S}{LINK_LINE}: error: link "{{static}}/../../pelicanconf.py" {LEAVES}',),
    ),
    # A browser strips the spaces around an address; Pelican's syntax is matched
    # from the quote: the link was left as a broken relative one, never checked.
    Case(
        "raw-html-href-leading-space-dotdot",
        {STORY: body('<a href=" {static}/../x.pdf">cv</a>')},
        (f'{S}{LINK_LINE}: error: link "{{static}}/../x.pdf" {LEAVES}',),
    ),
    Case(
        "raw-html-img-leading-tab-dotdot",
        {STORY: body('<img src="\t{static}/../../pelicanconf.py" alt="x">')},
        (f'{S}{LINK_LINE}: error: link "{{static}}/../../pelicanconf.py" {LEAVES}',),
    ),
    Case(
        "reference-link-dotdot",
        {STORY: body("Zie [de regels][r].\n\n[r]: {attach}../../pelicanconf.py")},
        (f'{S}{LINK_LINE + 2}: error: link "{{attach}}../../pelicanconf.py" {LEAVES}',),
    ),
    Case(
        "static-svg-with-script",
        {"content/images/logo.svg": SCRIPT_SVG, STORY: body("![logo]({static}/images/logo.svg)")},
        (
            f"{S}{LINK_LINE}: error: link to content/images/logo.svg: the file is an SVG with "
            "a <script> element",
        ),
    ),
    Case(
        "static-svg-with-xslt",
        {"content/images/chart.svg": XSLT_SVG, STORY: body("![chart]({static}/images/chart.svg)")},
        (
            f"{S}{LINK_LINE}: error: link to content/images/chart.svg: the file is an SVG with a "
            'processing instruction ("<?xml-stylesheet ...?>"), which a browser obeys',
        ),
    ),
    Case(  # saved as UTF-16, its "<!DOCTYPE" was no byte string the check searched for
        "static-svg-utf16-doctype",
        {
            "content/images/chart.svg": (
                '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE svg [<!ENTITY e "x">]>'
                + CLEAN_SVG.replace("<rect", '<rect id="&e;"')
            ).encode("utf-16"),
            STORY: body("![chart]({static}/images/chart.svg)"),
        },
        (
            f"{S}{LINK_LINE}: error: link to content/images/chart.svg: the file is an SVG with a "
            "DOCTYPE or entities",
        ),
    ),
    # Both loaded https://tracker.example.com/t.png in Chromium when the drawing was
    # opened; a plain url() there was refused already.
    Case(
        "static-svg-escaped-url-in-style",
        {
            "content/images/chart.svg": CLEAN_SVG.replace(
                'fill="#0b5d4b"', 'style="fill:\\75rl(https://tracker.example.com/t.png)"'
            ),
            STORY: body("![chart]({static}/images/chart.svg)"),
        },
        (f"{S}{LINK_LINE}: error: link to content/images/chart.svg: {OUTSIDE_STYLE}",),
    ),
    Case(
        "static-svg-image-set-in-style",
        {
            "content/images/chart.svg": CLEAN_SVG.replace(
                'fill="#0b5d4b"',
                "style=\"mask-image:image-set('https://tracker.example.com/t.png' 1x)\"",
            ),
            STORY: body("![chart]({static}/images/chart.svg)"),
        },
        (f"{S}{LINK_LINE}: error: link to content/images/chart.svg: {OUTSIDE_STYLE}",),
    ),
    Case(
        "static-svg-clone-bomb",
        {
            "content/images/logo.svg": cloned_svg(9),
            STORY: body("![logo]({static}/images/logo.svg)"),
        },
        (f"{S}{LINK_LINE}: error: link to content/images/logo.svg: {CLONES}",),
    ),
    Case(
        "static-clean-svg",
        {"content/images/logo.svg": CLEAN_SVG, STORY: body("![logo]({static}/images/logo.svg)")},
        status=0,
        check=svg_published,
    ),
    Case(
        "static-gps-photo-is-cleaned",
        {"content/images/gps.jpg": gps_jpeg, STORY: body("![Ik]({static}/images/gps.jpg)")},
        status=0,
        check=media_clean,
    ),
    Case(
        "static-dev-zero",
        {
            "content/images/zero.jpg": link_to("/dev/zero"),
            STORY: body("![]({static}/images/zero.jpg)"),
        },
        (
            f"{S}{LINK_LINE}: error: link to content/images/zero.jpg: the file is a symlink "
            "that points outside content/",
        ),
    ),
    Case(
        "static-symlink-to-secret",
        {
            "content/images/me.jpg": link_to("/etc/passwd"),
            STORY: body("![]({static}/images/me.jpg)"),
        },
        (f"{S}{LINK_LINE}: error: link to content/images/me.jpg: the file is a symlink",),
    ),
    Case(
        "static-jpeg-scan-bomb",
        {"content/images/a.jpg": jpeg_scan_bomb, STORY: body("![Team]({static}/images/a.jpg)")},
        (
            f"{S}{LINK_LINE}: error: link to content/images/a.jpg: the file is a progressive "
            "JPEG of 410 scans, more than the 100",
        ),
    ),
    Case(
        "static-missing-file",
        {STORY: body("![]({static}/images/nope.jpg)")},
        (f"{S}{LINK_LINE}: error: link to content/images/nope.jpg: the file does not exist",),
    ),
    Case(
        # The file saved by a Mac (é as e and U+0301), the link typed with é.
        "static-name-with-accent-apart",
        {
            "content/images/cafe\u0301.jpg": image("RGB"),
            STORY: body("![Het café]({static}/images/caf\u00e9.jpg)"),
        },
        (
            f"{S}{LINK_LINE}: error: link to content/images/caf\u00e9.jpg: the file does not "
            "exist; a file of that name is there with its accent stored as a character of its "
            "own (as macOS saves it), which a typed path never matches: rename the file, typing "
            "its name",
        ),
    ),
    Case(
        "static-python-file",
        {"content/x.py": "print(1)\n", STORY: body("[x]({static}/x.py)")},
        (f'{S}{LINK_LINE}: error: link "{{static}}/x.py": .py files are not published',),
    ),
    Case(  # "plan#2.pdf" links plan: told only of "(no extension)", as ".(no extension) files"
        "static-hash-in-file-name",
        {
            "content/files/plan#2.pdf": b"%PDF-1.4\n%%EOF\n",
            STORY: body("[x]({static}/files/plan#2.pdf)"),
        },
        (
            f'{S}{LINK_LINE}: error: link "{{static}}/files/plan#2.pdf": a file without an '
            "extension is not published; a story may link images (JPEG, PNG, WebP), SVG drawings "
            'and the types in setting PODIUM_ATTACHMENTS (none); what follows "#" is a place in '
            'the file, so this links files/plan: rename a file with "#" in its name',
        ),
    ),
    Case(  # said ".heic files are not published", not how to get a photo that is
        "static-heic-photo",
        {
            "content/images/IMG_0042.HEIC": b"\0\0\0\x18ftypheic",
            STORY: body("![Ik]({static}/images/IMG_0042.HEIC)"),
        },
        (
            f'{S}{LINK_LINE}: error: link "{{static}}/images/IMG_0042.HEIC": the file is a HEIC '
            "photo (an iPhone's own format), which Podium cannot read and most browsers cannot "
            "show; export it as JPEG",
        ),
    ),
    Case(
        "pdf-not-in-attachments",
        {"content/files/cv.pdf": b"%PDF-1.4\n%%EOF\n", STORY: body("[cv]({static}/files/cv.pdf)")},
        (f'{S}{LINK_LINE}: error: link "{{static}}/files/cv.pdf": .pdf files are not published',),
    ),
    Case(
        "pdf-in-attachments",
        {
            "pelicanconf.py": append('PODIUM_ATTACHMENTS = ["pdf"]\n'),
            "content/files/cv.pdf": pdf_with_metadata(),
            STORY: body("[cv]({attach}../files/cv.pdf)"),
        },
        status=0,
        check=pdf_published,
    ),
    Case(
        "pdf-with-scripts",
        {
            "pelicanconf.py": append('PODIUM_ATTACHMENTS = ["pdf"]\n'),
            "content/files/cv.pdf": pdf_with_scripts(),
            STORY: body("[cv]({static}/files/cv.pdf)"),
        },
        status=0,
        check=pdf_without_scripts,
    ),
    Case(
        "pdf-that-cannot-be-read",
        {
            "pelicanconf.py": append('PODIUM_ATTACHMENTS = ["pdf"]\n'),
            "content/files/cv.pdf": b"%PDF-1.4\n%%EOF\n",
            STORY: body("[cv]({static}/files/cv.pdf)"),
        },
        # Said by podium check on the link's line: the build's cleaning said it,
        # with no line, after the check had passed.
        (f"{S}{LINK_LINE}: error: link to content/files/cv.pdf: the file is a PDF that cannot be",),
    ),
    Case(
        "pdf-with-password",
        {
            "pelicanconf.py": append('PODIUM_ATTACHMENTS = ["pdf"]\n'),
            "content/files/cv.pdf": pdf_with_password(),
            STORY: body("[cv]({static}/files/cv.pdf)"),
        },
        (
            f"{S}{LINK_LINE}: error: link to content/files/cv.pdf: the file is protected by a "
            "password; save it without one",
        ),
    ),
    Case(
        "html-posing-as-pdf",
        {
            "pelicanconf.py": append('PODIUM_ATTACHMENTS = ["pdf"]\n'),
            "content/files/cv.pdf": "<script>alert(1)</script>",
            STORY: body("[cv]({static}/files/cv.pdf)"),
        },
        (f"{S}{LINK_LINE}: error: link to content/files/cv.pdf: the file is not a real .pdf",),
    ),
    Case(
        "attachments-setting-unknown-type",
        {"pelicanconf.py": append('PODIUM_ATTACHMENTS = ["exe"]\n')},
        ('error: setting PODIUM_ATTACHMENTS may list only "pdf", not "exe"',),
    ),
    Case(
        "filename-link-to-story",
        {STORY: body("Lees ook [Ben]({filename}ben-bakker.md).")},
        status=0,
        check=filename_link,
    ),
    Case(
        "unsupported-link-syntax",
        {STORY: body("[x]({index}x)")},
        (f'{S}{LINK_LINE}: error: link "{{index}}x": {{index}} links are not supported',),
    ),
    # Pelican acts on {static} wherever its regex finds "src='" or "href='" before it,
    # even inside the text of another attribute that nh3 keeps (title, alt, lang).
    Case(
        "static-link-hidden-in-a-title",
        {STORY: body("<span title=\"src='{static}/../../../../etc/hostname'\">x</span>")},
        (
            f'{S}{LINK_LINE}: error: link "{{static}}/../../../../etc/hostname" is inside an '
            "attribute that is not a link",
        ),
    ),
    Case(
        "attach-link-hidden-in-an-alt-beside-a-good-src",
        {
            "content/images/a.jpg": image("RGB"),
            "content/x.py": "SECRET = 1\n",
            STORY: body('<img alt="src=\'{attach}../x.py\'" src="{static}/images/a.jpg">'),
        },
        (f'{S}{LINK_LINE}: error: link "{{attach}}../x.py" is inside an attribute',),
    ),
    # -- images on other sites ---------------------------------------------------------
    Case(
        "third-party-img-tag",
        {STORY: body('<img src="https://tracker.example.com/p.gif" alt="">')},
        (
            f'{S}{LINK_LINE}: error: image "https://tracker.example.com/p.gif" is on another '
            "site (tracker.example.com)",
        ),
    ),
    Case(
        "third-party-markdown-image",
        {STORY: body("![x](//tracker.example.com/p.png)")},
        (f'{S}{LINK_LINE}: error: image "//tracker.example.com/p.png" is on another site',),
    ),
    # -- a relative image: broken on the story's page -----------------------------------
    Case(
        "relative-markdown-image",
        {"content/images/a.jpg": image("RGB"), STORY: body("![Team](../images/a.jpg)")},
        (
            f'{S}{LINK_LINE}: error: image "../images/a.jpg" is relative to the story\'s page, '
            "where no image is published; for a file in content/, write {static}/images/a.jpg",
        ),
    ),
    # content/images/ is never published as it is: /images/a.jpg is a broken image too.
    Case(
        "root-absolute-image",
        {"content/images/a.jpg": image("RGB"), STORY: body('<img src="/images/a.jpg" alt="Team">')},
        (
            f'{S}{LINK_LINE}: error: image "/images/a.jpg" is not published at that address; '
            "for a file in content/, write {static}/images/a.jpg",
        ),
    ),
    Case(
        "image-host-listed",
        {
            "pelicanconf.py": append('PODIUM_IMAGE_HOSTS = ["images.example.com"]\n'),
            STORY: body("![Team](https://images.example.com/team.jpg)"),
        },
        status=0,
        check=image_host_allowed,
    ),
    Case(
        "image-host-listed-but-http",
        {
            "pelicanconf.py": append('PODIUM_IMAGE_HOSTS = ["images.example.com"]\n'),
            STORY: body("![Team](http://images.example.com/team.jpg)"),
        },
        (
            f'{S}{LINK_LINE}: error: image "http://images.example.com/team.jpg" is on '
            "images.example.com (setting PODIUM_IMAGE_HOSTS) but not over https://",
        ),
    ),
    # -- the content tree ------------------------------------------------------------------
    Case(
        "story-symlink-to-dev-zero",
        {"content/columns/zero.md": link_to("/dev/zero")},
        ("content/columns/zero.md: error: this entry is a symlink that points outside content/",),
    ),
    Case(
        "story-fifo",
        {"content/columns/pipe.md": fifo},
        ("content/columns/pipe.md: error: this entry is a FIFO (named pipe)",),
    ),
    Case(
        "columns-symlink-loop",
        {"content/columns/loop": link_to(".")},
        ("content/columns/loop: error: this entry is a symlink to a folder",),
    ),
    Case(
        "brand-symlink-to-passwd",
        {"content/brand/passwd": link_to("/etc/passwd")},
        ("content/brand/passwd: error: this entry is a symlink that points outside content/",),
    ),
    # A linked or brand file is published under its own name, and a right-to-left
    # override in it ("cv\u202egpj.exe.jpg", linked percent-encoded, where the
    # text's own check never saw it) showed the name reordered on the hub.
    Case(
        "static-file-name-with-rlo",
        {
            "content/images/cv\u202egpj.exe.jpg": gps_jpeg,
            STORY: body("![Ik]({static}/images/cv%E2%80%AEgpj.exe.jpg)"),
        },
        (
            f'{S}{LINK_LINE}: error: link "{{static}}/images/cv%E2%80%AEgpj.exe.jpg" holds the '
            "invisible character U+202E RIGHT-TO-LEFT OVERRIDE at character 10, which shows it "
            'in another order than it is; rename it ("images/cvgpj.exe.jpg")',
            "content/images/cv\\u202egpj.exe.jpg: error: this entry has a name that holds the "
            "invisible character U+202E RIGHT-TO-LEFT OVERRIDE at character 3",
        ),
    ),
    Case(
        "brand-file-name-with-rlo",
        {"content/brand/logo\u2067gpj.exe.jpg": gps_jpeg},
        ("content/brand/logo\\u2067gpj.exe.jpg: error: this entry has a name that holds the",),
    ),
    Case(
        "brand-svg-with-script",
        {"content/brand/logo.svg": SCRIPT_SVG},
        ("content/brand/logo.svg: error: brand file is an SVG with a <script> element",),
    ),
    Case(
        "brand-svg-clone-bomb",
        {"content/brand/logo.svg": cloned_svg(9, href="xlink:href")},
        (f"content/brand/logo.svg: error: brand file {CLONES.removeprefix('the file ')}",),
    ),
    Case(
        "brand-svg-nested-masks",
        {"content/brand/logo.svg": nested_svg("mask")},
        (f"content/brand/logo.svg: error: brand file {CLONES.removeprefix('the file ')}",),
    ),
    Case(
        "brand-svg-with-stylesheet",
        {"content/brand/logo.svg": STYLESHEET_SVG},
        (
            "content/brand/logo.svg: error: brand file is an SVG with a processing instruction "
            '("<?xml-stylesheet ...?>")',
        ),
    ),
    Case(
        "brand-svg-with-handler",
        {"content/brand/logo.svg": CLEAN_SVG.replace("<rect", '<rect onclick="x()"')},
        ('content/brand/logo.svg: error: brand file is an SVG with an event handler ("onclick")',),
    ),
    # A brand SVG is published without its comments and creator (as a story's
    # linked one); one in UTF-16 with a comment cannot be cut so, and the read
    # step says it before the images step would publish it.
    Case(
        "brand-svg-whose-metadata-cannot-be-taken-out",
        {
            "content/brand/logo.svg": (
                '<?xml version="1.0" encoding="UTF-16"?>\n<!-- door Anna de Vries -->\n'
                + CLEAN_SVG.split("?>", 1)[-1].lstrip()
            ).encode("utf-16")
        },
        (
            "content/brand/logo.svg: error: brand file is an SVG whose metadata cannot be "
            "taken out; save it as Optimized SVG",
        ),
    ),
    # Inkscape's own SVG names the file it last exported to, with the folder
    # on the designer's computer (a user name in it); published as it was.
    Case(
        "brand-svg-with-editor-path",
        {
            "content/brand/logo.svg": CLEAN_SVG.replace(
                "<svg ",
                '<svg xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" '
                'inkscape:export-filename="/home/anna/Bureaublad/logo.png" ',
            )
        },
        (
            "content/brand/logo.svg: error: brand file is an SVG with an editor's data "
            '("inkscape:export-filename"), which can name files on the computer it was drawn '
            "on; save it as Plain SVG (Inkscape: Save a Copy, Plain SVG) or Optimized SVG",
        ),
    ),
    Case(
        "static-svg-with-editor-element",
        {
            "content/images/chart.svg": CLEAN_SVG.replace(
                "<rect",
                '<sodipodi:namedview xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/'
                'sodipodi-0.dtd" pagecolor="#ffffff"/><rect',
            ),
            STORY: body("![chart]({static}/images/chart.svg)"),
        },
        (
            f"{S}{LINK_LINE}: error: link to content/images/chart.svg: the file is an SVG with "
            'an editor\'s data ("sodipodi:namedview"), which can name files on the computer it '
            "was drawn on; save it as Plain SVG (Inkscape: Save a Copy, Plain SVG) or "
            "Optimized SVG",
        ),
    ),
    # What Plain SVG keeps: the document's licence and title, as RDF in
    # <metadata>, which no browser draws or runs.
    Case(
        "static-svg-with-rdf-metadata",
        {
            "content/images/logo.svg": RDF_SVG,
            STORY: body("![logo]({static}/images/logo.svg)"),
        },
        status=0,
        check=lambda output: _published_as(output, RDF_SVG),
    ),
    # Who made the drawing, named in its RDF (Inkscape's Document Properties
    # write a person's name there, and Plain SVG keeps it) and in a comment:
    # published as it was, where a photo loses its EXIF and a PDF its /Author.
    Case(
        "static-svg-naming-its-maker",
        {
            "content/images/logo.svg": RDF_SVG.replace(
                "<dc:format>",
                "<dc:creator><cc:Agent><dc:title>Noor Vermeulen</dc:title></cc:Agent>"
                "</dc:creator><dc:rights/><dc:format>",
            ).replace("<rect", "<!-- gemaakt door Noor Vermeulen --><rect"),
            STORY: body("![logo]({static}/images/logo.svg)"),
        },
        status=0,
        check=lambda output: _published_as(output, RDF_SVG),
    ),
    # The same, said as RDF/XML's property attributes, and an element whose only
    # content is an rdf:resource: the first was published with the name, the
    # second refused by the build alone (its cut took the parent's end tag).
    Case(
        "static-svg-naming-its-maker-in-attributes",
        {
            "content/images/logo.svg": RDF_SVG.replace(
                '<cc:Work rdf:about="">',
                '<rdf:Description rdf:about="" dc:creator="QAN9 Jansen"/>'
                '<cc:Work rdf:about="" dc:publisher="QAN5 pubattr">',
            ).replace(
                "</cc:Work>", '<dc:creator rdf:resource="mailto:qan8@example.com"/></cc:Work>'
            ),
            STORY: body("![logo]({static}/images/logo.svg)"),
        },
        status=0,
        check=lambda output: _published_as(
            output, RDF_SVG.replace("<cc:Work", '<rdf:Description rdf:about=""/><cc:Work')
        ),
    ),
    Case(
        "static-svg-with-script-in-metadata",
        {
            "content/images/logo.svg": RDF_SVG.replace(
                "<dc:format>",
                '<h:script xmlns:h="http://www.w3.org/1999/xhtml">PWNED()</h:script><dc:format>',
            ),
            STORY: body("![logo]({static}/images/logo.svg)"),
        },
        (
            f"{S}{LINK_LINE}: error: link to content/images/logo.svg: the file is an SVG with a "
            "<h:script> element; only drawing elements are allowed",
        ),
    ),
    # Pelican copies brand/ as it is, to the hub's own origin.
    Case(
        "brand-html-page",
        {"content/brand/careers.html": "<html><body><script>PWNED()</script></body></html>"},
        (
            "content/brand/careers.html: error: brand file is a .html file, which is not "
            "published; brand/ may hold images (JPEG, PNG, WebP), SVG drawings and the types "
            "in setting PODIUM_ATTACHMENTS (none)",
        ),
    ),
    Case(
        "brand-script",
        {"content/brand/analytics.js": "PWNED()"},
        ("content/brand/analytics.js: error: brand file is a .js file, which is not published",),
    ),
    Case(
        "brand-host-config-and-dot-files",
        # Pelican's own IGNORE_FILES ("**/.*") ignored no dot file: all three were
        # published. Never published, a .gitkeep is no error either.
        {
            "content/brand/.htaccess": "AddHandler cgi-script .svg\n",
            "content/brand/.gitkeep": "",
            "content/brand/.DS_Store": "\x00\x00\x00\x01Bud1",
        },
        status=0,
        check=no_dot_files,
    ),
    Case(
        "brand-file-without-extension",
        {"content/brand/_redirects": "/* https://evil.example/ 301\n"},
        ("content/brand/_redirects: error: brand file has no file extension, which is not",),
    ),
    Case(
        "raw-html-file-in-columns-is-not-read",
        {
            "content/columns/raw.html": (
                '<html><head><title>Raw</title><meta name="date" content="2026-04-10">'
                "</head><body><script>PWNED()</script></body></html>"
            )
        },
        status=0,
        check=no_raw_html,
    ),
    Case(
        "photo-symlink-to-dev-zero",
        {
            "content/images/people/z.jpg": link_to("/dev/zero"),
            STORY: story(extra="photo: images/people/z.jpg\n"),
        },
        (f'{S}7: error: field "photo": content/images/people/z.jpg is a symlink that points',),
    ),
    # git stores a file name as bytes: a pull request's name that is not UTF-8
    # ended the build in "podium: error: UnicodeEncodeError", naming no file.
    Case(
        "story-file-name-not-utf8",
        {"content/columns/\udcffbad.md": story()},
        (
            "content/columns/\\udcffbad.md: error: this entry has a name that is not valid "
            "UTF-8 (byte 0xff); rename it",
        ),
    ),
    Case(
        "photo-file-name-not-utf8",
        {"content/images/people/\udcfe.jpg": image("RGB")},
        ("content/images/people/\\udcfe.jpg: error: this entry has a name that is not valid",),
    ),
    # A folder named like a vacancy file (git keeps it for the file inside it)
    # ended the build in "podium: error: IsADirectoryError", naming no field.
    Case(
        "vacancy-file-name-is-a-folder",
        {
            "content/vacancies/v.yml/notes.txt": "x",
            "content/vacancies/feeds/f.json/notes.txt": "x",
        },
        (
            'content/vacancies/v.yml: error: this entry is a folder, and a vacancy is one ".yml" '
            "file; rename the folder",
            "content/vacancies/feeds/f.json: error: this entry is a folder, and a vacancy "
            "snapshot is one",
        ),
    ),
    # The same for the themes file (the stories' themes were "unknown", the
    # cause unsaid) and for withdrawn.yml (its records were dropped silently).
    Case(
        "themes-file-is-a-folder",
        {"content/themes.yml/notes.txt": "x"},
        (
            "content/themes.yml: error: this entry is a folder, and the themes file is one "
            "file; rename the folder",
            'content/columns/frank-consent-ended.md:7: error: "themes" needs a file',
            'content/interviews/anna-de-boer.md:13: error: "themes" needs a file',
            # A hand-written vacancy's themes, as a story's (5f76d8a).
            'content/vacancies/closed-support.yml:9: error: "themes" needs a file',
            'content/vacancies/data-engineer.yml:10: error: "themes" needs a file',
        ),
        remove=("content/themes.yml",),
    ),
    Case(
        "withdrawn-file-is-a-folder",
        {"content/withdrawn.yml/notes.txt": "x"},
        (
            "content/withdrawn.yml: error: this entry is a folder, and the list of withdrawn "
            "stories is one file; rename the folder",
        ),
        remove=("content/withdrawn.yml",),
    ),
    Case(
        "folder-name-not-utf8",
        {"content/columns/\udcfd/x.md": story()},
        ("content/columns/\\udcfd: error: this entry has a name that is not valid UTF-8",),
    ),
]
