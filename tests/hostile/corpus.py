"""The bad-input corpus: hostile and broken content, and what each must give.

Every case writes a few files into a copy of the test site (whose good
output was built before) and runs ``podium build``. A case that must fail
names the exit status and the one error line it expects, as a fragment of
``PATH:LINE: error: MESSAGE`` (file, line where known, and the field). A case
that must be accepted may add a ``check`` on the new output.

Files are given relative to the site root. A value is text (written as
UTF-8), bytes (written as is) or a callable ``f(site, path)`` that makes the
file (images, symlinks, directories).
"""

from __future__ import annotations

import io
import json
import re
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

Maker = Callable[[Path, Path], None]


@dataclass(frozen=True)
class Case:
    id: str
    files: dict[str, str | bytes | Maker]
    expect: tuple[str, ...] = ()  # fragments, one per expected error line
    status: int = 1
    check: Callable[[Path], None] | None = None  # on the new output, for accepted cases
    remove: tuple[str, ...] = field(default=())  # files to delete first
    warn: tuple[str, ...] = ()  # fragments, each of a warning line the build must print


# -- building blocks ----------------------------------------------------------

STORY = "content/columns/hostile.md"
S = f"{STORY}:"  # the start of every error line about that story
# What every content file that is not UTF-8 gets (after its PATH:LINE: error: ).
NOT_UTF8 = "file is not valid UTF-8 (byte 0xe9); save it with UTF-8 encoding"
FRONT = """title: Een verhaal over werk
date: 2026-04-10
author: Test Persoon
role: Tester
consent: {given: 2026-04-01}"""  # lines 2 to 6; extra lines start at line 7
BODY = (
    "Ik werk hier sinds twee jaar en ik leer elke dag iets nieuws van mijn collega's.\n\n"
    "Dat is waarom ik dit verhaal graag vertel aan iedereen die wil komen werken.\n"
)


def story(front: str = FRONT, extra: str = "", body: str = BODY, eol: str = "\n") -> str:
    text = f"---\n{front}\n{extra}---\n\n{body}"
    return text.replace("\n", eol)


def with_photo(photo: str) -> str:
    return story(extra=f"photo: {photo}\n")  # photo is line 7


def replace(old: str, new: str) -> str:
    assert old in FRONT, old
    return story(FRONT.replace(old, new))


def image(mode: str, size=(64, 48), fmt="JPEG", **save) -> Maker:
    def make(_site: Path, path: Path) -> None:
        color = {"CMYK": (0, 80, 160, 10), "I;16": 40000, "L": 128}.get(mode, (200, 120, 80))
        buf = io.BytesIO()
        Image.new(mode, size, color).save(buf, fmt, **save)
        path.write_bytes(buf.getvalue())

    return make


def append(text: str) -> Maker:
    def make(_site: Path, path: Path) -> None:
        path.write_text(path.read_text("utf-8") + "\n" + text, "utf-8")

    return make


def truncated_jpeg(_site: Path, path: Path) -> None:
    buf = io.BytesIO()
    Image.effect_noise((200, 200), 60).convert("RGB").save(buf, "JPEG", quality=90)
    path.write_bytes(buf.getvalue()[: len(buf.getvalue()) // 2])


def png_bomb(_site: Path, path: Path) -> None:
    """A valid PNG header claiming 100 000 x 100 000 pixels, a few bytes long."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 1000)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")
    path.write_bytes(png)


def png_sparse(_site: Path, path: Path) -> None:
    """A real, decodable 1-bit PNG of 7000 x 7000 pixels of one colour in about
    6 KB: under the pixel limit, but 49 megapixels to decode and convert."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", 7000, 7000, 1, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * ((7000 // 8 + 1) * 7000), 9)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")
    path.write_bytes(png)


def jpeg_scan_bomb(_site: Path, path: Path) -> None:
    """A progressive JPEG (10 scans) whose last is repeated 400 times (libjpeg decodes
    every one over the whole picture: at 7500 x 7500, 5,000 such scans of 30
    bytes took 15 s). Small here: the count is refused, not the time."""
    buf = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 120, 80)).save(buf, "JPEG", progressive=True)
    data = buf.getvalue()
    last_scan = data[data.rindex(b"\xff\xda") : -2]  # up to the end-of-image marker
    path.write_bytes(data[:-2] + last_scan * 400 + b"\xff\xd9")


def symlink_out(site: Path, path: Path) -> None:
    """A symlink inside content/ to a real photo outside it."""
    outside = site / "private.jpg"
    image("RGB")(site, outside)
    path.symlink_to(outside)


def directory(_site: Path, path: Path) -> None:
    path.mkdir()


SVG = '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="PWNED()"></svg>'

VACANCY = """id: "900"
title: Monteur
team: engineering
location: {city: Zwolle, country: NL}
employment_type: FULL_TIME
date_posted: 2026-05-01
apply_url: https://example.com/apply/900
lang: nl
description: |
  Je installeert warmtepompen.
"""  # id line 1, title 2, ..., date_posted 6, apply_url 7


def vacancy(old: str = "", new: str = "") -> str:
    assert old in VACANCY, old
    return VACANCY.replace(old, new) if old else VACANCY


def snapshot(records: list[dict]) -> str:
    return json.dumps({"feed": "ats", "format": 1, "vacancies": records}, indent=2) + "\n"


RECORD = {
    "id": "ats-1",
    "title": "Storingsmonteur",
    "location": {"city": "Utrecht", "country": "NL", "remote": False},
    "employment_type": "FULL_TIME",
    "date_posted": "2026-05-02",
    "apply_url": "https://ats.example/apply/1",
    "lang": "nl",
    "description": "<p>Je lost storingen op.</p>",
    "status": "present",
}

OLD_SLUGS = ", ".join(f"oud-{i}" for i in range(51))  # one more than a story or theme may keep
THEMES = (Path(__file__).parents[1] / "test_data/site/content/themes.yml").read_text("utf-8")

# Hostile HTML in a story body: every payload mentions PWNED, and nothing
# with PWNED may reach any file of the output.
HTML_ZOO = """Een gewone alinea met genoeg woorden om een samenvatting van te maken voor de pagina.

<script>PWNED()</script>
<style>body { background: url("javascript:PWNED()") }</style>
<p onclick="PWNED()">Klik <a href="javascript:PWNED()">hier</a> of
<a href="JaVaScRiPt:PWNED()">hier</a> of <a href="data:text/html,PWNED">daar</a>.</p>
<img src="/x" onerror="PWNED()" alt="foto">
<img src="data:image/svg+xml;base64,PWNED">
<svg onload="PWNED()"><circle r="1"/></svg>
<form action="https://evil.example/PWNED"><input name="PWNED"></form>
<object data="https://evil.example/PWNED.swf"></object>
<embed src="https://evil.example/PWNED.swf">
<meta http-equiv="refresh" content="0;url=https://evil.example/PWNED">
<base href="https://evil.example/PWNED/">
<iframe src="https://evil.example/PWNED"></iframe>
<iframe src="http://www.youtube-nocookie.com/embed/PWNED"></iframe>
<iframe src="https://www.youtube-nocookie.com.evil.example/embed/PWNED"></iframe>
<iframe srcdoc="<script>PWNED()</script>"></iframe>
<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="Video" width="560" height="315" allow="autoplay; camera; microphone" onload="PWNED()"></iframe>
<!-- PWNED in a comment -->
<a href="https://example.com/ok">een goede link</a>

Nog een alinea na de ingesloten video, met een rustig einde van het verhaal.
"""  # noqa: E501


# The only scripts the theme writes: JSON-LD data, its own files under
# /theme/js/, and Pagefind's UI bundle on the search page.
_SCRIPT_TAG = re.compile(r"<script\b[^>]*>", re.IGNORECASE)
_ALLOWED_SCRIPT = re.compile(
    r'<script type="application/ld\+json">'
    r'|<script src="(https?://[^"/]+)?/(theme/js/[\w.-]+\.js|([a-z]{2}/)?pagefind/pagefind-ui\.js|admin/decap-cms\.js)"'
    r"( defer)?>"
)
_EVENT_HANDLER = re.compile(r"<[a-z][^>]*\son[a-z]+\s*=", re.IGNORECASE)


def foreign_scripts(html: str) -> list[str]:
    """Every script tag (or event handler) in ``html`` that the theme did not write."""
    found = [
        m.group(0) for m in _SCRIPT_TAG.finditer(html) if not _ALLOWED_SCRIPT.fullmatch(m.group(0))
    ]
    found += [m.group(0) for m in _EVENT_HANDLER.finditer(html)]
    for m in re.finditer(r'<script type="application/ld\+json">(.*?)</script>', html, re.S):
        json.loads(m.group(1))  # JSON-LD that is not JSON was broken into
    return found


def no_pwned(output: Path) -> None:
    for path in output.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".json", ".xml", ".js", ".txt"):
            assert b"PWNED" not in path.read_bytes(), path


def html_zoo_check(output: Path) -> None:
    no_pwned(output)
    page = (output / "stories" / "hostile" / "index.html").read_text("utf-8")
    assert page.count("<iframe") == 1
    assert 'src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"' in page
    assert 'sandbox="allow-scripts allow-same-origin allow-presentation allow-popups"' in page
    assert 'allow="autoplay"' in page  # camera and microphone are never delegated
    assert 'href="https://example.com/ok" rel="noopener noreferrer"' in page
    # Only what the theme itself puts on every story page may remain.
    theme_page = (output / "stories" / "ben-bakker" / "index.html").read_text("utf-8")
    for bad in ("<form", "<object", "<embed", "<base", "http-equiv", "<svg", "<style"):
        assert page.count(bad) == theme_page.count(bad), bad
    assert foreign_scripts(page) == []


def feed_check(output: Path) -> None:
    no_pwned(output)
    page = (output / "vacancies" / "ats-1" / "index.html").read_text("utf-8")
    assert "Je lost storingen op." in page and "<iframe" not in page
    hand = (output / "vacancies" / "900" / "index.html").read_text("utf-8")
    assert "Je installeert warmtepompen." in hand


def story_built(output: Path) -> None:
    page = (output / "stories" / "hostile" / "index.html").read_text("utf-8")
    assert "Een verhaal over werk" in page


def old_address_leads_to_the_story(output: Path) -> None:
    story_built(output)
    page = (output / "stories" / "oud" / "index.html").read_text("utf-8")
    assert "/stories/hostile/" in page


def old_english_address_leads_to_the_story(output: Path) -> None:
    page = (output / "en" / "stories" / "oud" / "index.html").read_text("utf-8")
    assert "/en/stories/pair/" in page


def no_unreadable_address(output: Path) -> None:
    story_built(output)
    page = (output / "stories" / "hostile" / "index.html").read_text("utf-8")
    assert 'href="//[' not in page and 'src="//[' not in page


def photo_published(output: Path) -> None:
    story_built(output)
    published = list((output / "images" / "people").glob("p-*.jpg"))
    assert published, "the photo was not published"
    for path in published:
        with Image.open(path) as im:
            assert im.mode == "RGB", (path, im.mode)


A_TAG = 'must be plain text without HTML tags (found "<script")'

# Settings cases append a line to the test site's pelicanconf.py; errors name it.
CONF_LINE = (
    len((Path(__file__).parents[1] / "test_data/site/pelicanconf.py").read_text().splitlines()) + 2
)
CONF = f"pelicanconf.py:{CONF_LINE}: error: setting"
CONTROL = "contains the control character"
BIDI = "contains the invisible bidirectional control character"


def png(width: int, height: int) -> Maker:
    """A real (tiny to store) PNG of any size: one colour compresses to almost nothing."""

    def make(_site: Path, path: Path) -> None:
        Image.new("L", (width, height), 128).save(path, "PNG")

    return make


_STAMP = re.compile(rb'"?(\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?[^"<\s]*)')
_RFC3339 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")


def old_story_check(output: Path) -> None:
    """A story dated 1920 (Amsterdam then ran at +00:19:32): feeds stay RFC 3339."""
    story_built(output)
    stamps = []
    for name in ("feeds/stories.atom.xml", "stories.json", "stories/hostile/index.html"):
        found = [m.group(1).decode() for m in _STAMP.finditer((output / name).read_bytes())]
        stamps += [(name, stamp) for stamp in found if stamp.startswith("1920")]
    assert len(stamps) >= 3, stamps
    for name, stamp in stamps:
        assert _RFC3339.match(stamp), (name, stamp)
        assert stamp.endswith("+00:20"), (name, stamp)


def ids_check(output: Path) -> None:
    """Headings and raw ids in a story never repeat or take over the theme's ids."""
    html = (output / "stories" / "hostile" / "index.html").read_text("utf-8")
    ids = re.findall(r'\sid="([^"]*)"', html)
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)
    for theme_id in ("main", "story-url", "share-url"):
        assert f'id="c-{theme_id}"' in html, theme_id
    assert '<main id="main"' in html
    assert 'href="#c-main"' in html  # an in-page link follows its heading


def people_check(output: Path) -> None:
    """Ben Bakker (first story, plain slug) and Ben Bäkker each get their own page."""
    first = (output / "people" / "ben-bakker" / "index.html").read_text("utf-8")
    second = (output / "people" / "ben-bakker-2" / "index.html").read_text("utf-8")
    assert "Waarom ik elke vrijdag" in first and "Een verhaal over werk" not in first
    assert "Ben Bäkker" in second and "Een verhaal over werk" in second
    story = (output / "stories" / "hostile" / "index.html").read_text("utf-8")
    assert "people/ben-bakker-2/" in story and "people/ben-bakker/" not in story


LONG_NAME = "中" * 80  # a 240-byte file name (the limit is 255) and a 479-letter slug


def longest_slug_built(output: Path) -> None:
    assert (output / "en" / "stories" / ("w" * 200) / "index.html").is_file()
    assert len(list((output / "cards").glob("w" * 200 + ".en*.jpg"))) == 2  # card and square


def long_author_check(output: Path) -> None:
    """A name of 120 Chinese characters (720 letters transliterated) gets a page
    whose folder name the file system takes, and its story links to it."""
    people = [p.name for p in (output / "people").iterdir() if p.name.startswith("zhong-")]
    assert len(people) == 1 and len(people[0]) <= 100, people
    story = (output / "stories" / "hostile" / "index.html").read_text("utf-8")
    assert f"people/{people[0]}/" in story


CASES: list[Case] = [
    # -- files: encoding, size, shape --------------------------------------
    Case(
        "non-utf8",
        {STORY: story(body="Caf\xe9 au lait, elke ochtend.\n").encode("latin-1")},
        (f"{S}9: error: file is not valid UTF-8 (byte 0xe9); save it with UTF-8 encoding",),
    ),
    Case(
        "utf16",
        {STORY: story().encode("utf-16")},
        (f"{STORY}: error: file is UTF-16 text; save it with UTF-8 encoding",),
    ),
    Case(
        "binary-as-story",
        {STORY: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"},
        (f"{STORY}: error: file contains NUL bytes: is it a binary file?",),
    ),
    Case("empty", {STORY: ""}, (f"{STORY}: error: file is empty;",)),
    Case("whitespace-only", {STORY: " \n\n\t\n"}, (f"{STORY}: error: file is empty;",)),
    Case(
        "front-matter-only",
        {STORY: f"---\n{FRONT}\n---\n"},
        (f"{S}7: error: the story has front matter but no text after it",),
    ),
    Case(
        "no-front-matter",
        {STORY: BODY},
        (f"{S}1: error: a story must start with front matter",),
    ),
    Case(
        "front-matter-not-closed",
        {STORY: f"---\n{FRONT}\n\n{BODY}"},
        (f"{S}1: error: the front matter is not closed",),
    ),
    Case(
        "five-megabytes",
        {STORY: story(body="Woord " * 900_000)},
        (f"{STORY}: error: file is more than 1.0 MB; a story may be at most 1.0 MB",),
    ),
    # Accepted as a person would expect: a BOM, Windows and old-Mac line ends.
    Case("utf8-bom", {STORY: b"\xef\xbb\xbf" + story().encode()}, status=0, check=story_built),
    Case("crlf", {STORY: story(eol="\r\n")}, status=0, check=story_built),
    Case("cr-only", {STORY: story(eol="\r")}, status=0, check=story_built),
    # "//[" (an IPv6 host left open) passed podium check as a path, and the build
    # ended in "podium: error: ValueError: Invalid IPv6 URL" writing the feeds.
    Case(
        "network-path-unclosed-ipv6",
        {STORY: story(body=BODY + '\n[x](//[) ![y](//[) <a href="//[::1/">z</a>\n')},
        status=0,
        check=no_unreadable_address,
    ),
    # -- YAML -----------------------------------------------------------------
    Case(
        "alias-bomb",
        {STORY: story(extra='a: &a ["x","x","x","x","x","x","x","x","x"]\nb: [*a,*a,*a,*a]\n')},
        (f"{S}8: error: invalid YAML: anchors and aliases are not allowed (*a repeats what",),
    ),
    Case(
        "python-tag",
        {STORY: story(extra="summary: !!python/object/apply:os.system [echo PWNED]\n")},
        (f'{S}7: error: invalid YAML: the tag "!!python/object/apply:os.system" is not allowed',),
    ),
    Case(
        "binary-tag",
        {STORY: story(extra="quote: !!binary UFdORUQ=\n")},
        (f'{S}7: error: invalid YAML: the tag "!!binary" is not allowed',),
    ),
    Case(
        "deep-nesting",
        {STORY: story(extra="summary: " + "[" * 5000 + "\n")},
        (f"{S}7: error: invalid YAML: nested more than 32 levels deep",),
    ),
    Case(  # Python's message told the writer to call sys.set_int_max_str_digits()
        "yaml-number-too-long",
        {STORY: story(extra="featured: " + "9" * 5000 + "\n")},
        (
            f"{S}7: error: invalid value: a number of 5,000 characters, more than the 4,300 "
            "digits a number may have; if it is text, put it in quotes",
        ),
    ),
    Case(
        # Said to be "a number of 2 characters, more than the 4,300 digits".
        "yaml-int-tag-on-no-number",
        {STORY: story(extra="featured: !!int 0x\n")},
        (
            f'{S}7: error: invalid value: "0x" is not a whole number; if it is text, put it '
            "in quotes",
        ),
    ),
    Case(  # PyYAML's constructor looked "maybe" up: "podium: error: KeyError: 'maybe'"
        "yaml-bool-tag-on-no-boolean",
        {STORY: story(extra="featured: !!bool maybe\n")},
        (
            f'{S}7: error: invalid value: "maybe" is not true or false; write true or false, '
            "or put text in quotes",
        ),
    ),
    Case(  # "podium: error: IndexError: string index out of range"
        "yaml-int-tag-on-no-digits",
        {STORY: story(extra="featured: !!int _\n")},
        (f'{S}7: error: invalid value: "_" is not a whole number; if it is text, put it in',),
    ),
    Case(  # a sign alone: the same IndexError
        "yaml-int-tag-on-a-sign-alone",
        {STORY: story(extra="featured: !!int +\n")},
        (f'{S}7: error: invalid value: "+" is not a whole number; if it is text, put it in',),
    ),
    Case(  # "podium: error: IndexError: string index out of range", as !!int was
        "yaml-float-tag-on-no-digits",
        {STORY: story(extra="featured: !!float\n")},
        (f'{S}7: error: invalid value: "" is not a number; if it is text, put it in quotes',),
    ),
    Case(  # Python's own words: "could not convert string to float: 'veel'"
        "yaml-float-tag-on-no-number",
        {STORY: story(extra="featured: !!float veel\n")},
        (f'{S}7: error: invalid value: "veel" is not a number; if it is text, put it in',),
    ),
    Case(  # "podium: error: ValueError: chr() arg not in range(0x110000)"
        "yaml-escape-past-the-last-character",
        {STORY: story(extra='summary: "Tekst \\U00110000"\n')},
        (
            f'{S}7: error: invalid YAML: the escape "\\U00110000" is no character (the last is '
            '"\\U0010FFFF"); write the character itself',
        ),
    ),
    Case(  # chr() past C's int: "podium: error: OverflowError: Python int too large ..."
        "yaml-escape-past-any-number",
        {STORY: story(extra='quote: "\\UFFFFFFFF"\n')},
        (f'{S}7: error: invalid YAML: the escape "\\UFFFFFFFF" is no character',),
    ),
    Case(  # 0b and 0x convert past Python's digit limit; showing them was a traceback
        "yaml-binary-number-too-large",
        {STORY: story(extra="featured: 0b" + "1" * 15000 + "\n")},
        (
            f"{S}7: error: invalid value: a number of 15,002 characters, more than the 4,300 "
            "digits a number may have; if it is text, put it in quotes",
        ),
    ),
    Case(
        "yaml-hex-number-too-large",
        {STORY: story(extra="vacancies: [0x" + "f" * 4000 + "]\n")},
        (
            f"{S}7: error: invalid value: a number of 4,002 characters, larger than the 4,300 "
            "decimal digits a number may have; if it is text, put it in quotes",
        ),
    ),
    Case(  # shown raw, the key read as the very name it was told to use: now escaped
        "zero-width-space-in-a-key",
        {STORY: story(extra="feat\u200bured: true\n")},
        (
            f'{S}7: error: unknown field "feat\\u200bured" (did you mean "featured"? what is '
            "written holds the invisible character U+200B ZERO WIDTH SPACE at character 5: "
            "remove it); valid fields are title,",
        ),
    ),
    Case(  # a second file pasted in with its byte order mark
        "byte-order-mark-before-a-key",
        {STORY: story(extra="\ufefffeatured: true\n")},
        (
            f'{S}7: error: unknown field "\\ufefffeatured" (did you mean "featured"? what is '
            "written holds the invisible character U+FEFF ZERO WIDTH NO-BREAK SPACE at character "
            "1: remove it)",
        ),
    ),
    Case(
        "zero-width-space-in-a-value",
        {STORY: story(extra="status: \u200bdraft\n")},
        (
            f'{S}7: error: field "status" must be one of "published", "draft", not "\\u200bdraft" '
            '(did you mean "draft"? what is written holds the invisible character U+200B ZERO '
            "WIDTH SPACE at character 1: remove it)",
        ),
    ),
    Case(  # merged into the real person's page, the joiner in its JSON-LD name
        "word-joiner-in-an-author",
        {STORY: replace("author: Test Persoon", 'author: "Test Pers\\u2060oon"')},
        (
            f'{S}4: error: field "author" holds the invisible character U+2060 WORD JOINER at '
            "character 10, so it looks like a name it is not; remove it: author: Test Persoon",
        ),
    ),
    Case(  # another person, whose people page looked like the real one's
        "cyrillic-letter-in-an-author",
        {STORY: replace("author: Test Persoon", "author: Test P\u0435rsoon")},
        (f'{S}4: error: field "author" mixes Latin and Cyrillic letters in "P\u0435rsoon"',),
    ),
    Case(
        "yaml-syntax",
        {STORY: replace("author: Test Persoon", 'author: "Test Persoon')},
        (f'{S}4: error: the quote " that opens this value is never closed; end the value with "',),
    ),
    Case(
        "tab-indent",
        {STORY: replace("consent: {given: 2026-04-01}", "consent:\n\tgiven: 2026-04-01")},
        (f"{S}7: error: this line is indented with a tab; indent with spaces instead",),
    ),
    Case(
        "duplicate-key",
        {STORY: story(extra="title: Nog een titel\n")},
        (f'{S}7: error: field "title" is given twice',),
    ),
    Case(
        "front-matter-is-a-list",
        {STORY: story("- title: x\n- date: 2026-01-01")},
        (f"{S}2: error: the front matter must be fields like 'title: ...'",),
    ),
    Case(
        "consent-yes",
        {STORY: replace("consent: {given: 2026-04-01}", "consent: yes")},
        (f'{S}6: error: field "consent" must be a mapping like {{given: 2026-01-15',),
    ),
    Case(
        "themes-as-string",
        {STORY: story(extra="themes: tech\n")},
        (f'{S}7: error: field "themes" must be a list such as [tech], not "tech"',),
    ),
    Case(
        "date-does-not-exist",
        {STORY: replace("date: 2026-04-10", "date: 2026-02-30")},
        (f'{S}3: error: field "date" must be a real date as YYYY-MM-DD',),
    ),
    Case(
        "consent-date-does-not-exist",
        {STORY: replace("consent: {given: 2026-04-01}", "consent: {given: 2026-13-01}")},
        (f'{S}6: error: field "consent.given" must be a real date as YYYY-MM-DD, not "2026-13',),
    ),
    Case(
        "featured-as-text",
        {STORY: story(extra='featured: "yes"\n')},
        (f'{S}7: error: field "featured" must be true or false, not "yes"',),
    ),
    Case(
        "huge-title",
        {STORY: replace("title: Een verhaal over werk", "title: " + "lang " * 4000)},
        (f'{S}2: error: field "title" is 19999 characters; at most 300 allowed',),
    ),
    Case(
        "title-as-mapping",
        {STORY: replace("title: Een verhaal over werk", "title: {nl: Titel}")},
        (
            f'{S}2: error: field "title" must be text, not a mapping; '
            "write one value, like title: Titel",
        ),
    ),
    Case(
        "key-not-text",
        {STORY: story(extra="? [a, b]\n: c\n")},
        (f"{S}7: error: invalid YAML: a key must be plain text",),
    ),
    Case(
        "script-in-title",
        {STORY: replace("title: Een verhaal over werk", 'title: "Hoi <script>PWNED()</script>"')},
        (f'{S}2: error: field "title" {A_TAG}',),
    ),
    Case(
        "markup-in-share-prompt",
        {STORY: story(extra='share_prompts: ["<img src=x onerror=PWNED()>"]\n')},
        (f'{S}7: error: field "share_prompts" must be plain text without HTML tags',),
    ),
    # -- paths and photos --------------------------------------------------------
    Case(
        "photo-dotdot",
        {STORY: with_photo("../pelicanconf.py")},
        (f'{S}7: error: field "photo" must be a path inside content/',),
    ),
    Case(
        "photo-absolute",
        {STORY: with_photo("/etc/passwd")},
        (f'{S}7: error: field "photo" must be a path inside content/',),
    ),
    Case(
        "photo-windows-path",
        {STORY: with_photo('"C:\\\\Users\\\\me\\\\foto.jpg"')},
        (f'{S}7: error: field "photo" must be a path inside content/',),
    ),
    Case(
        "photo-symlink-out",
        {
            "content/images/people/link.jpg": symlink_out,
            STORY: with_photo("images/people/link.jpg"),
        },
        (
            f'{S}7: error: field "photo": content/images/people/link.jpg is a symlink that '
            "points outside content/",
        ),
    ),
    Case(
        "photo-missing",
        {STORY: with_photo("images/people/nobody.jpg")},
        (f'{S}7: error: field "photo": no file content/images/people/nobody.jpg',),
    ),
    Case(
        "photo-is-a-folder",
        {"content/images/people/dir.jpg": directory, STORY: with_photo("images/people/dir.jpg")},
        (f'{S}7: error: field "photo": content/images/people/dir.jpg is a folder, not a regular',),
    ),
    Case(
        "photo-svg",
        {"content/images/people/p.svg": SVG, STORY: with_photo("images/people/p.svg")},
        (f'{S}7: error: field "photo": content/images/people/p.svg is an SVG drawing',),
    ),
    Case(
        "photo-svg-named-jpg",
        {"content/images/people/p.jpg": SVG, STORY: with_photo("images/people/p.jpg")},
        (f'{S}7: error: field "photo": content/images/people/p.jpg is an SVG drawing',),
    ),
    Case(
        "photo-truncated",
        {"content/images/people/p.jpg": truncated_jpeg, STORY: with_photo("images/people/p.jpg")},
        (f'{S}7: error: field "photo": content/images/people/p.jpg is damaged or truncated',),
    ),
    Case(
        "photo-not-an-image",
        {"content/images/people/p.jpg": "just text", STORY: with_photo("images/people/p.jpg")},
        (f'{S}7: error: field "photo": content/images/people/p.jpg is not an image',),
    ),
    Case(
        "photo-decompression-bomb",
        {"content/images/people/p.png": png_bomb, STORY: with_photo("images/people/p.png")},
        (f'{S}7: error: field "photo": content/images/people/p.png is too large to decode',),
    ),
    Case(
        "photo-sparse-png",
        {"content/images/people/p.png": png_sparse, STORY: with_photo("images/people/p.png")},
        (f'{S}7: error: field "photo": content/images/people/p.png is 7000 x 7000 pixels in 6,',),
    ),
    Case(
        "photo-jpeg-scan-bomb",
        {"content/images/people/p.jpg": jpeg_scan_bomb, STORY: with_photo("images/people/p.jpg")},
        (
            f'{S}7: error: field "photo": content/images/people/p.jpg is a progressive JPEG of '
            "410 scans, more than the 100 an image may have (each is decoded over the whole "
            "picture); save it again as a plain JPEG",
        ),
    ),
    Case(
        "photo-pdf",
        {
            "content/images/people/p.jpg": image("RGB", fmt="PDF"),
            STORY: with_photo("images/people/p.jpg"),
        },
        (f'{S}7: error: field "photo": content/images/people/p.jpg is not an image',),
    ),
    Case(
        "photo-cmyk",
        {"content/images/people/p.jpg": image("CMYK"), STORY: with_photo("images/people/p.jpg")},
        status=0,
        check=photo_published,
    ),
    Case(
        "photo-16-bit-png",
        {
            "content/images/people/p.png": image("I;16", fmt="PNG"),
            STORY: with_photo("images/people/p.png"),
        },
        status=0,
        check=photo_published,
    ),
    # -- HTML in Markdown ---------------------------------------------------------
    Case("html-zoo", {STORY: story(body=HTML_ZOO)}, status=0, check=html_zoo_check),
    Case(  # "podium: error: ValueError: invalid literal for int() with base 10: '²'"
        "leftover-named-with-a-superscript-pid",
        {".output.build-\u00b2-x/.podium-output": ""},
        status=0,
    ),
    Case(  # published without a word, while an image by such a path warned
        "link-to-site-path-published-nowhere",
        {STORY: story(body=BODY + "\nMijn [cv](/etc/passwd) en [foto's](/Users/anna/cv.pdf).\n")},
        status=0,
        check=story_built,
        warn=(
            f'{S}13: warning: link "/etc/passwd" is a path from the site\'s root, where the hub '
            "publishes nothing",
            f'{S}13: warning: link "/Users/anna/cv.pdf" is a path from the site\'s root',
        ),
    ),
    # -- collisions ---------------------------------------------------------------
    Case(
        "same-slug-same-language",
        {STORY: story(extra="slug: ben-bakker\n")},
        (
            'content/columns/ben-bakker.md: error: slug "ben-bakker" in language "nl" is also '
            "used by content/columns/hostile.md",
            f'{S}7: error: slug "ben-bakker" in language "nl" is also used by '
            "content/columns/ben-bakker.md",
        ),
    ),
    # -- Markdown that Python-Markdown reads in quadratic time -------------------------
    # Sizes just past the limits, so that the old code still finished (in seconds);
    # 20,000 "[" took it minutes.
    Case(
        "markdown-unclosed-brackets",
        {STORY: story(body=BODY + "\nZie [dit.\n\n" + "[" * 2500 + "\n")},
        (f'{S}15: error: the Markdown from here has 2,500 "[" without a "]" and 0 "<"',),
    ),
    Case(  # every "[" closed: the line said 0 "[" were left open and 0 "<"
        "markdown-nested-brackets",
        {STORY: story(body=BODY + "\n" + "[" * 1500 + "x" + "]" * 1500 + "\n")},
        (f'{S}13: error: the Markdown from here has "[" nested 1,500 deep in one paragraph;',),
    ),
    Case(
        "markdown-unclosed-angles",
        {STORY: story(body=BODY + "\n" + "<http://" * 2000 + "\n")},
        (f'{S}13: error: the Markdown from here has 0 "[" without a "]" and 2,000 "<"',),
    ),
    Case(  # each address read to the end of the paragraph: 3,333 (40 KB) took 19 s
        "markdown-unclosed-link-addresses",
        {STORY: story(body=BODY + "\n" + "[a](x " * 2000 + "\n")},
        (f'{S}13: error: the Markdown from here has 2,000 links without the ")" that ends',),
    ),
    Case(  # each break copies the paragraph: "a  \n" x 225,000 (900 KB) took minutes
        "markdown-many-line-breaks",
        {STORY: story(body=BODY + "\n" + "Ja  \n" * 36_000 + "\n")},
        (f"{S}13: error: the Markdown from here has 35,999 links, escapes, code spans, tags,",),
    ),
    Case(
        "markdown-footnote-referred-too-often",
        {STORY: story(body=BODY + "\n" + "Zo[^1] " * 300 + "\n\n[^1]: Een voetnoot.\n")},
        (f'{S}13: error: footnote "[^1]" is referred to 300 times;',),
    ),
    Case(  # referred to in its own note, each with ":" after it: 2,500 took 20 s
        "markdown-footnote-referred-to-in-its-note",
        {STORY: story(body=BODY + "\n" + "[^1]: Een noot" + " [^1]: zie ook" * 300 + "\n")},
        (f'{S}13: error: footnote "[^1]" is referred to 300 times;',),
    ),
    Case(  # each numbered against every footnote: 46,000 (990 KB) took minutes
        "markdown-many-footnotes",
        {
            STORY: story(
                body=BODY
                + "\n"
                + "".join(f"Zo[^{i}] " for i in range(2001))
                + "\n\n"
                + "".join(f"[^{i}]: Noot.\n" for i in range(2001))
            )
        },
        (f"{S}13: error: the Markdown has 2,001 footnote references;",),
    ),
    Case(  # taken off their block one at a time: 4,000 one under the other took 25 s
        "markdown-many-abbreviations",
        {STORY: story(body=BODY + "\n" + "".join(f"*[AB{i}]: Afkorting\n" for i in range(501)))},
        (f"{S}13: error: the Markdown defines 501 abbreviations",),
    ),
    Case(  # each taken off the rest of its lines, which are tested again: 12,000 took 21 s
        "markdown-rules-one-under-the-other",
        {STORY: story(body=BODY + "\n" + "***\n" * 3000)},
        (f"{S}13: error: the Markdown from here has 3,000 headings, rules, underlines,",),
    ),
    Case(  # 12,000 headings with a setext underline took 57 s
        "markdown-setext-headings-one-under-the-other",
        {STORY: story(body=BODY + "\n" + "Kop\n===\n" * 2000)},
        (f"{S}13: error: the Markdown from here has 2,000 headings, rules, underlines,",),
    ),
    Case(  # each read to the end of the text for its closing line: 2,000 above 600 KB took 25 s
        "markdown-code-fences-never-closed",
        {STORY: story(body=BODY + "\n" + "```python\n" * 3000)},
        (f"{S}13: error: the Markdown from here has 3,000 code fences (``` or ~~~ lines) that",),
    ),
    Case(  # the blocks left are moved for each one read: 100,000 paragraphs took 25 s
        "markdown-many-paragraphs",
        {STORY: story(body=BODY + "\n" + "Ja.\n\n" * 20_000)},
        (f"{S}40009: error: the Markdown has 20,002 blocks (paragraphs, headings,",),
    ),
    Case(  # the sanitiser looks through the open ones for each: 10,000 took 11 s
        "html-tags-left-open",
        {STORY: story(body=BODY + "\n" + "".join(f'<b title="{i}">\n\n' for i in range(4000)))},
        (f"{S}13: error: the HTML in the Markdown from here leaves up to 4,000 tags open",),
    ),
    Case(  # read again for each ">": 1 MB of ">" took 33 s, 1 MB of lines 100 deep 10 s
        "markdown-quotes-nested-too-deep",
        {STORY: story(body=BODY + "\n" + (">" * 300 + " Ja.\n") * 300)},
        (f"{S}13: error: the Markdown from here has quotes in quotes 300 deep",),
    ),
    Case(  # each cell read as a paragraph: 50,000 rows took 23 s, a 1 MB table a minute
        "markdown-table-too-large",
        {STORY: story(body=BODY + "\n| a | b |\n|---|---|\n" + "| x | y |\n" * 10_000)},
        (f"{S}10014: error: the Markdown has 20,002 table cells and list items,",),
    ),
    Case(  # each looked up among all the blocks beside it: 40,000 took 35 s
        "markdown-many-toc-markers",
        {STORY: story(body=BODY + "\n" + "[TOC]\n\n" * 6000)},
        (f'{S}13: error: the Markdown from here has 6,000 "[TOC]" lines;',),
    ),
    Case(
        "markdown-nested-too-deep",  # Python-Markdown's toc recursed past Python's limit
        {STORY: story(body=BODY + "\n" + "*" * 2000 + "sterk" + "*" * 2000 + "\n")},
        (f"{S}9: error: the Markdown nests too deeply to read",),
    ),
    Case(
        "vacancy-markdown-unclosed-brackets",
        {"content/vacancies/hostile.yml": vacancy("Je ", "[" * 2500 + " Je ")},
        (
            'content/vacancies/hostile.yml:9: error: field "description": the Markdown from '
            'here has 2,500 "["',
        ),
    ),
    # -- names too long for a file system -----------------------------------------
    Case(
        "slug-too-long",
        {STORY: story(extra="slug: " + "w" * 201 + "\n")},
        (f'{S}7: error: field "slug" makes a URL slug of 201 characters ("wwww',),
    ),
    Case(  # the longest slug allowed builds, in the language with the longer name
        "slug-at-the-limit",
        {STORY: story(extra="slug: " + "w" * 200 + "\nlang: en\n")},
        status=0,
        check=longest_slug_built,
    ),
    Case(
        "file-name-slug-too-long",
        {f"content/columns/{LONG_NAME}.md": story()},
        (
            f"content/columns/{LONG_NAME}.md:2: error: the file name makes a URL slug of 479 "
            'characters ("zhong-zhong-',
        ),
    ),
    # -- names Windows keeps for devices: no folder or card of such a name there ---
    Case(
        "slug-a-windows-device",
        {STORY: story(extra="slug: CON\n")},
        (f'{S}7: error: field "slug" is "con", a name Windows keeps for a device',),
    ),
    Case(
        "file-name-a-windows-device",
        {"content/columns/nul.md": story()},
        ('content/columns/nul.md:2: error: the file name "nul.md" makes the slug "nul", a name',),
    ),
    Case(
        "theme-slug-a-windows-device",
        {"content/themes.yml": THEMES + '  - {slug: aux, name: Aux, color: "#000000"}\n'},
        ('content/themes.yml:16: error: field "themes.2.slug" is "aux", a name Windows keeps',),
    ),
    Case(
        "vacancy-id-a-windows-device",
        {"content/vacancies/com1.yml": vacancy('id: "900"', "id: COM1")},
        ('content/vacancies/com1.yml:1: error: field "id" is "COM1", a name Windows keeps',),
    ),
    Case(
        "author-name-too-long-for-a-folder",
        {STORY: replace("author: Test Persoon", "author: " + "中" * 120)},
        status=0,
        check=long_author_check,
    ),
    Case(
        "theme-slug-reserved",
        {"content/themes.yml": THEMES + '  - {slug: page, name: Pagina, color: "#000000"}\n'},
        (
            'content/themes.yml:16: error: theme slug "page" would collide with the URLs of '
            "Podium's own pages",
        ),
    ),
    Case(
        "theme-slug-twice",
        {"content/themes.yml": THEMES.replace("slug: balance", "slug: tech")},
        ('content/themes.yml:9: error: theme slug "tech" is used twice (lines 2 and 9)',),
    ),
    Case(
        "vacancy-id-twice",
        {"content/vacancies/copy.yml": vacancy('id: "900"', 'id: "501"')},
        (
            'content/vacancies/data-engineer.yml:1: error: vacancy id "501" is also used by '
            "content/vacancies/copy.yml:1",
        ),
    ),
    Case(
        "vacancy-id-in-yml-and-feed",
        {"content/vacancies/feeds/ats.json": snapshot([dict(RECORD, id="501")])},
        (
            'content/vacancies/feeds/ats.json:6: error: vacancy id "501" is also used by '
            "content/vacancies/data-engineer.yml:1",
        ),
    ),
    # -- themes.yml, vacancies, withdrawn.yml --------------------------------------
    Case(
        "themes-alias",
        {"content/themes.yml": THEMES + "  - &x {slug: x}\n  - *x\n"},
        ("content/themes.yml:17: error: invalid YAML: anchors and aliases",),
    ),
    Case(
        "themes-bad-colour",
        {"content/themes.yml": THEMES.replace('"#7a3e9d"', "purple")},
        ('content/themes.yml:12: error: field "themes.1.color" of theme "balance" must be a',),
    ),
    Case(  # no limit: a description of 300,000 letters in one word kept the build
        # typesetting the theme's card for 26 s, and 900,000 for minutes
        "themes-description-too-long",
        {"content/themes.yml": THEMES.replace('"Software en data."', '"' + "a" * 401 + '"')},
        (
            'content/themes.yml:4: error: field "themes.0.description.nl" of theme "tech" is 401 '
            "characters; at most 400 allowed",
        ),
    ),
    Case(
        "themes-name-too-long",
        {
            "content/themes.yml": THEMES.replace(
                'name: {nl: "Werk & privé", en: "Work-life balance"}',
                'name: "' + "Werk " * 61 + '"',
            )
        },
        (
            'content/themes.yml:10: error: field "themes.1.name" of theme "balance" is 304 '
            "characters; at most 300 allowed",
        ),
    ),
    Case(  # found by a property test: a slug not text ended podium check with
        # "podium: error: TypeError: unhashable type: 'list'", no file or line
        "themes-slug-a-list",
        {"content/themes.yml": THEMES.replace("slug: balance", "slug: [balance]")},
        ('content/themes.yml:9: error: field "themes.1.slug" must be',),
    ),
    Case(
        "themes-not-utf8",
        {"content/themes.yml": THEMES.replace("privé", "priv\xe9").encode("latin-1")},
        (f"content/themes.yml:10: error: {NOT_UTF8}",),
    ),
    # Read whole before, as a story or a vacancy file never is: a 100 MB file kept
    # the YAML parser busy for minutes. A comment makes it large and still valid.
    Case(
        "themes-too-large",
        {"content/themes.yml": THEMES + "# " + "x" * 1_000_000 + "\n"},
        ("content/themes.yml: error: file is more than 1.0 MB; this file may be at most 1.0 MB",),
    ),
    Case(
        "withdrawn-too-large",
        {"content/withdrawn.yml": "withdrawn: []\n" + "# " + "x" * 1_000_000 + "\n"},
        (
            "content/withdrawn.yml: error: file is more than 1.0 MB; this file may be at most "
            "1.0 MB",
        ),
    ),
    # Each old slug is a redirect page in every language: 20,000 (209 KB) were 160 MB.
    Case(
        "story-too-many-aliases",
        {STORY: story(extra=f"aliases: [{OLD_SLUGS}]\n")},
        (f'{S}7: error: field "aliases" lists 51 old slugs; a story may keep at most 50',),
    ),
    Case(  # found by a property test: one old address written both ways made two
        # redirects at /stories/oud/, and the build ended "podium: error:
        # FileOverwriteFailedError" naming no story
        "story-alias-as-slug-and-as-path",
        {STORY: story(extra='aliases: ["/stories/oud/", oud]\n')},
        status=0,
        check=old_address_leads_to_the_story,
    ),
    Case(  # the same with each form in one translation: "oud" in the Dutch file is
        # /en/stories/oud/ too, which the English file lists as a path
        "story-alias-as-slug-and-translations-path",
        {
            "content/columns/pair.md": story(extra="aliases: [oud]\n"),
            "content/columns/pair.en.md": story(extra='lang: en\naliases: ["/en/stories/oud/"]\n'),
        },
        status=0,
        check=old_english_address_leads_to_the_story,
    ),
    Case(
        "theme-too-many-aliases",
        {
            "content/themes.yml": THEMES.replace(
                "  - slug: balance\n",
                f"  - slug: balance\n    aliases: [{OLD_SLUGS}]\n",
            )
        },
        ('content/themes.yml:10: error: field "themes.1.aliases" of theme "balance" lists 51 old',),
    ),
    Case(
        "themes-script-in-name",
        {"content/themes.yml": THEMES.replace("Work-life balance", "<script>PWNED()</script>")},
        ('content/themes.yml:10: error: field "themes.1.name.en" of theme "balance" must be',),
    ),
    Case(
        "story-unknown-theme",
        {STORY: story(extra="themes: [tehc]\n")},
        (f'{S}7: error: unknown theme "tehc" in "themes" (did you mean "tech"?)',),
    ),
    Case(
        "vacancy-date-does-not-exist",
        {"content/vacancies/v.yml": vacancy("2026-05-01", "2026-04-31")},
        ('content/vacancies/v.yml:6: error: field "date_posted" must be a real date',),
    ),
    Case(
        "vacancy-themes-as-string",
        {"content/vacancies/v.yml": vacancy() + "themes: tech\n"},
        ('content/vacancies/v.yml:11: error: field "themes" must be a list such as [tech]',),
    ),
    Case(
        "vacancy-alias",
        {"content/vacancies/v.yml": "base: &b {a: 1}\n" + vacancy() + "x: *b\n"},
        ("content/vacancies/v.yml:12: error: invalid YAML: anchors and aliases",),
    ),
    Case(
        "vacancy-javascript-apply-url",
        {"content/vacancies/v.yml": vacancy("https://example.com/apply/900", "javascript:PWNED()")},
        ('content/vacancies/v.yml:7: error: field "apply_url" must be a web address',),
    ),
    Case(
        "vacancy-apply-url-breaks-out",
        {
            "content/vacancies/v.yml": vacancy(
                "https://example.com/apply/900", "'https://example.com/\"onmouseover=\"PWNED()'"
            )
        },
        ('content/vacancies/v.yml:7: error: field "apply_url" must be a web address',),
    ),
    Case(
        "vacancy-infinite-salary",
        {
            "content/vacancies/v.yml": vacancy()
            + "salary: {min: .inf, max: 5000, currency: EUR, unit: MONTH}\n"
        },  # noqa: E501
        ('content/vacancies/v.yml:11: error: field "salary.min" must be a number above 0',),
    ),
    Case(
        "vacancy-not-utf8",
        {"content/vacancies/v.yml": vacancy("Monteur", "Caf\xe9").encode("latin-1")},
        (f"content/vacancies/v.yml:2: error: {NOT_UTF8}",),
    ),
    Case(
        "snapshot-malformed-json",
        {"content/vacancies/feeds/ats.json": '{"vacancies": [\n  {"id": "1",\n'},
        ("content/vacancies/feeds/ats.json:3: error: invalid JSON:",),
    ),
    Case(
        "snapshot-nested-too-deep",  # Python's JSON decoder recursed past its limit
        {"content/vacancies/feeds/ats.json": '{"vacancies": ' + "[" * 100_000 + "]" * 100_000},
        ("content/vacancies/feeds/ats.json:1: error: invalid JSON: nested too deeply",),
    ),
    Case(  # Python converts no longer number: a ValueError that named no file or line
        "snapshot-number-too-long",
        {
            "content/vacancies/feeds/ats.json": snapshot([RECORD]).replace(
                '"status"', '"min_salary": ' + "9" * 5000 + ',\n      "status"'
            )
        },
        ("content/vacancies/feeds/ats.json:18: error: invalid JSON: a number of more than 4,300",),
    ),
    Case(
        "snapshot-script-in-title",
        {"content/vacancies/feeds/ats.json": snapshot([dict(RECORD, title="<script>x</script>")])},
        ('content/vacancies/feeds/ats.json:6: error: field "title" must be plain text',),
    ),
    Case(
        "snapshot-not-utf8",  # decoded with errors="replace": "Zw\ufffdlle" was published
        {
            "content/vacancies/feeds/ats.json": snapshot([dict(RECORD, title="Monteur Zwolle")])
            .replace("Zwolle", "Zw\xe9lle")
            .encode("latin-1")
        },
        (f"content/vacancies/feeds/ats.json:7: error: {NOT_UTF8}",),
    ),
    Case(
        "snapshot-hostile-description",
        {
            "content/vacancies/v.yml": vacancy(
                "Je installeert warmtepompen.",
                "Je installeert warmtepompen.\n  <script>PWNED()</script>"
                '<img src=x onerror="PWNED()"><a href="javascript:PWNED()">x</a>',
            ),
            "content/vacancies/feeds/ats.json": snapshot(
                [
                    dict(
                        RECORD,
                        description='<p onclick="PWNED()">Je lost storingen op.</p>'
                        '<script>PWNED()</script><iframe src="https://www.youtube-nocookie.com/'
                        'embed/PWNED"></iframe><style>p{}</style><a href="data:text/html,PWNED">'
                        "x</a>",
                    )
                ]
            ),
        },
        status=0,
        check=feed_check,
    ),
    Case(
        "withdrawn-not-a-list",
        {"content/withdrawn.yml": "withdrawn: teruggetrokken-verhaal\n"},
        ('content/withdrawn.yml:1: error: field "withdrawn" must be a list',),
    ),
    Case(
        "withdrawn-unknown-lang",
        {"content/withdrawn.yml": "withdrawn:\n  - slug: a\n    langs: [nl, de]\n"},
        (
            'content/withdrawn.yml:3: error: "de" in "langs" is not one of the site languages:'
            " nl, en",
        ),
    ),
    Case(  # taken, and its tombstone written as /stories/con/, a folder no Windows build
        # can make (a story titled "Con" has the slug "con-1")
        "withdrawn-slug-a-windows-device",
        {"content/withdrawn.yml": "withdrawn:\n  - slug: con\n    langs: [nl]\n"},
        (
            'content/withdrawn.yml:2: error: field "withdrawn.0.slug" is "con", a name Windows '
            "keeps for a device",
        ),
    ),
    Case(
        "withdrawn-twice",
        {"content/withdrawn.yml": "withdrawn:\n  - slug: a\n  - slug: b\n  - slug: a\n"},
        ('content/withdrawn.yml:4: error: slug "a" is listed twice (also on line 2); keep one',),
    ),
    Case(
        "withdrawn-alias",
        {"content/withdrawn.yml": "withdrawn:\n  - &w {slug: a}\n  - *w\n"},
        ("content/withdrawn.yml:3: error: invalid YAML: anchors and aliases",),
    ),
    Case(
        "withdrawn-not-utf8",
        {"content/withdrawn.yml": "withdrawn:\n  - slug: caf\xe9\n".encode("latin-1")},
        (f"content/withdrawn.yml:2: error: {NOT_UTF8}",),
    ),
    # -- characters no content may hold (issue 11) ----------------------------------
    Case(
        "escape-in-title",
        {STORY: replace("title: Een verhaal over werk", 'title: "Een \\e[2J verhaal"')},
        (f'{S}2: error: field "title" {CONTROL} U+001B; remove it',),
    ),
    Case(
        "lone-surrogate-in-title",
        {STORY: replace("title: Een verhaal over werk", 'title: "Een \\ud800 verhaal"')},
        (f'{S}2: error: field "title" contains a lone surrogate (U+D800',),
    ),
    Case(
        "nul-in-role",
        {STORY: replace("role: Tester", 'role: "Tes\\0ter"')},
        (f'{S}5: error: field "role" {CONTROL} U+0000',),
    ),
    Case(
        "control-in-share-prompt",
        {STORY: story(extra='share_prompts: ["Wat \\x07 vind je?"]\n')},
        (f'{S}7: error: field "share_prompts" {CONTROL} U+0007',),
    ),
    Case(
        "raw-control-in-front-matter",
        {STORY: story(extra="location: Zw\x1bolle\n")},
        (f'{S}7: error: field "location" {CONTROL} U+001B',),
    ),
    Case(
        "raw-control-in-body",
        {STORY: story(body=BODY + "\nEen regel met een \x08 backspace.\n")},
        (f"{S}13: error: the text {CONTROL} U+0008",),
    ),
    Case(
        "c1-control-in-body",
        {STORY: story(body=BODY + "\nEen regel met \x9b31m kleur.\n")},
        (f"{S}13: error: the text {CONTROL} U+009B",),
    ),
    # The same characters as HTML references: the sanitiser decodes them, and
    # the build crashed writing the Atom feed with no file or line.
    Case(
        "escape-reference-in-body",
        {STORY: story(body=BODY + "\nEen regel met &#x1b;[2J en &#11; erin.\n")},
        (f'{S}13: error: the text contains "&#x1b;", the character U+001B, which no page',),
    ),
    Case(
        "decimal-reference-in-body",
        {STORY: story(body=BODY + "\nEen regel met &#11; erin, maar &#233; mag.\n")},
        (f'{S}13: error: the text contains "&#11;", the character U+000B',),
    ),
    Case(
        "rlo-in-author",
        {STORY: replace("author: Test Persoon", "author: Test \u202eNOSREP")},
        (f'{S}4: error: field "author" {BIDI} U+202E RIGHT-TO-LEFT OVERRIDE',),
    ),
    Case(
        "isolate-in-interviewer-escape",
        {
            "content/interviews/hostile.md": story(
                extra='interviewer: "Jan \\u2067Smit"\n', body="## Vraag?\n\n" + BODY
            )
        },
        (f'content/interviews/hostile.md:7: error: field "interviewer" {BIDI} U+2067',),
    ),
    # A required field of only characters that show nothing passed as filled in:
    # the page's heading and the people list showed a blank.
    Case(
        "invisible-title",
        {STORY: replace("title: Een verhaal over werk", 'title: "\\u2060\\u200d\\u3164"')},
        (
            f'{S}2: error: field "title" must not be empty; it holds only characters that show '
            "nothing (U+2060 WORD JOINER, U+200D ZERO WIDTH JOINER, U+3164 HANGUL FILLER)",
        ),
    ),
    # Accents with no letter to sit on: the heading and the card were blank.
    Case(
        "accents-only-title",
        {STORY: replace("title: Een verhaal over werk", 'title: "\\u0301\\u0302"')},
        (
            f'{S}2: error: field "title" must not be empty; it holds only accents with no '
            "letter under them (U+0301 COMBINING ACUTE ACCENT, U+0302 COMBINING CIRCUMFLEX "
            "ACCENT)",
        ),
    ),
    Case(
        "invisible-author",
        {STORY: replace("author: Test Persoon", "author: \u200b\u2800")},
        (
            f'{S}4: error: field "author" must not be empty; it holds only characters that show '
            "nothing (U+200B ZERO WIDTH SPACE, U+2800 BRAILLE PATTERN BLANK)",
        ),
    ),
    # Optional, the same: a quote of them was an empty pull quote on the page.
    Case(
        "invisible-quote",
        {STORY: story(extra='quote: "\\u200b\\u200d\\u3164"\n', body="## Vraag?\n\n" + BODY)},
        (
            f'{S}7: error: field "quote" must not be empty; it holds only characters that show '
            "nothing (U+200B ZERO WIDTH SPACE, U+200D ZERO WIDTH JOINER, U+3164 HANGUL FILLER); "
            "write its text, or leave the field out",
        ),
    ),
    Case(
        "bidi-in-slug",
        {STORY: story(extra="slug: \u202eabc\n")},
        (f'{S}7: error: field "slug" {BIDI} U+202E',),
    ),
    Case(
        "bidi-in-theme-name",
        {"content/themes.yml": THEMES.replace("Work-life balance", "Work-life \u200fbalance")},
        (
            f'content/themes.yml:10: error: field "themes.1.name.en" of theme "balance" {BIDI} '
            "U+200F "
            "RIGHT-TO-LEFT MARK",
        ),
    ),
    Case(
        "control-in-themes-file",
        {"content/themes.yml": THEMES.replace("Work-life balance", "Work-life\x1bbalance")},
        (f'content/themes.yml:10: error: field "themes.1.name" {CONTROL} U+001B',),
    ),
    Case(
        "control-in-vacancy",
        {"content/vacancies/v.yml": vacancy("title: Monteur", 'title: "Mon\\ateur"')},
        (f'content/vacancies/v.yml:2: error: field "title" {CONTROL} U+0007',),
    ),
    Case(
        "surrogate-in-snapshot",
        {
            "content/vacancies/feeds/ats.json": snapshot([dict(RECORD, title="Monteur")]).replace(
                "Monteur", "Mon\\udc00teur"
            )
        },
        ('content/vacancies/feeds/ats.json:6: error: field "title" contains a lone surrogate',),
    ),
    Case(
        "nul-in-snapshot-description",
        {"content/vacancies/feeds/ats.json": snapshot([dict(RECORD, description="<p>a\x00b</p>")])},
        (f'content/vacancies/feeds/ats.json:6: error: field "description" {CONTROL} U+0000',),
    ),
    Case(
        "newline-in-file-name",
        {"content/columns/een\ntwee.md": replace("date: 2026-04-10", "date: 2026-13-10")},
        (
            'content/columns/een\\ntwee.md:3: error: field "date" must be a real date',
            # Windows allows no control character in a file name: refused too, on one line.
            'content/columns/een\\ntwee.md:2: error: the file name "een\\ntwee.md" holds "\\n"',
        ),
    ),
    # -- vacancy ids name folders ---------------------------------------------------
    Case(
        "vacancy-id-index-html",
        {"content/vacancies/v.yml": vacancy('id: "900"', 'id: "index.html"')},
        (
            'content/vacancies/v.yml:1: error: field "id" must be 1 to 64 of the letters a-z and '
            'A-Z, digits, "_" or "-"',
        ),
    ),
    Case(
        "vacancy-id-dots",
        {"content/vacancies/v.yml": vacancy('id: "900"', 'id: "a..b"')},
        ('content/vacancies/v.yml:1: error: field "id" must be 1 to 64 of the letters',),
    ),
    Case(
        "snapshot-id-with-slash",
        {"content/vacancies/feeds/ats.json": snapshot([dict(RECORD, id="../../index")])},
        ('content/vacancies/feeds/ats.json:6: error: field "id" must be 1 to 64 of the letters',),
    ),
    Case(
        "vacancy-ids-differ-in-case-only",
        {
            "content/vacancies/v.yml": vacancy('id: "900"', 'id: "AB-1"'),
            "content/vacancies/w.yml": vacancy('id: "900"', 'id: "ab-1"'),
        },
        ('vacancy id "ab-1" is also used by content/vacancies/v.yml:1',),
    ),
    # -- years --------------------------------------------------------------------------
    Case(
        "year-typo",
        {STORY: replace("date: 2026-04-10", "date: 0202-03-01")},
        (f'{S}3: error: field "date" must be a date in the years 1900 to 2100, not "0202-03-01"',),
    ),
    Case(
        "year-typo-datetime",
        {STORY: replace("date: 2026-04-10", "date: 9999-03-01T10:00:00+00:00")},
        (f'{S}3: error: field "date" must be a date in the years 1900 to 2100',),
    ),
    Case(
        "consent-year-typo",
        {
            STORY: replace(
                "consent: {given: 2026-04-01}", "consent: {given: 2026-04-01, until: 20260-01-01}"
            )
        },
        (f'{S}6: error: field "consent.until" must be a real date',),
    ),
    Case(
        "vacancy-year-typo",
        {"content/vacancies/v.yml": vacancy("2026-05-01", "0026-05-01")},
        ('content/vacancies/v.yml:6: error: field "date_posted" must be a date in the years 1900',),
    ),
    Case(
        "story-from-1920",
        {
            STORY: replace("date: 2026-04-10", "date: 1920-03-01").replace(
                "given: 2026-04-01", "given: 1920-02-01"
            )
        },
        status=0,
        check=old_story_check,
    ),
    # -- images beyond the encoders' limits -------------------------------------------
    Case(
        "photo-70000-tall",
        {"content/images/people/p.png": png(40, 70_000), STORY: with_photo("images/people/p.png")},
        (
            f'{S}7: error: field "photo": content/images/people/p.png is 40 x 70000 pixels; '
            "each side may be at most 65,500",
        ),
    ),
    Case(
        "photo-extreme-aspect",
        {"content/images/people/p.png": png(3000, 100), STORY: with_photo("images/people/p.png")},
        (
            f'{S}7: error: field "photo": content/images/people/p.png is 3000 x 100 pixels, '
            "more than 10 times",
        ),
    ),
    # -- ids in story bodies --------------------------------------------------------------
    Case(
        "headings-named-like-theme-ids",
        {
            STORY: story(
                body=BODY + "\n## Main\n\nZie [boven](#main).\n\n## Story url\n\nTekst.\n\n"
                '<h3 id="share-url">Delen</h3>\n\n## Main\n\nNog eens.\n'
            )
        },
        status=0,
        check=ids_check,
    ),
    # -- people ------------------------------------------------------------------------------
    Case(
        "people-slug-alike",
        {STORY: replace("author: Test Persoon", "author: Ben Bäkker")},
        status=0,
        check=people_check,
    ),
    # -- settings (issue 11) -------------------------------------------------------------
    Case(
        "timezone-typo",
        {"pelicanconf.py": append("TIMEZONE = 'Europe/Amsterdma'\n")},
        (
            f'{CONF} TIMEZONE must be a time zone name like "Europe/Amsterdam", '
            'not "Europe/Amsterdma" (did you mean "Europe/Amsterdam"?)',
        ),
    ),
    Case(
        "timezone-path",
        {"pelicanconf.py": append("TIMEZONE = '../../etc/passwd'\n")},
        (f"{CONF} TIMEZONE must be a time zone name",),
    ),
    Case(
        "team-name-with-rlo",
        {"pelicanconf.py": append("PODIUM_TEAMS = {'support': 'Sup\\u202eport'}\n")},
        (f"{CONF} PODIUM_TEAMS['support'] {BIDI} U+202E",),
    ),
    Case(
        "languages-twice",
        {"pelicanconf.py": append("PODIUM_LANGUAGES = ['nl', 'en', 'nl']\n")},
        (f'{CONF} PODIUM_LANGUAGES must name each language once; "nl" is listed twice',),
    ),
    Case(
        "languages-empty",
        {"pelicanconf.py": append("PODIUM_LANGUAGES = []\n")},
        (f"{CONF} PODIUM_LANGUAGES is empty; list the hub's languages",),
    ),
    # -- settings ------------------------------------------------------------------
    Case(
        "iframe-hosts-not-a-list",
        {"pelicanconf.py": append("PODIUM_IFRAME_HOSTS = 'www.youtube-nocookie.com'\n")},
        (f"{CONF} PODIUM_IFRAME_HOSTS must be a list of host names",),
    ),
    Case(
        "iframe-hosts-url",
        {"pelicanconf.py": append("PODIUM_IFRAME_HOSTS = ['https://player.vimeo.com/']\n")},
        (f"{CONF} PODIUM_IFRAME_HOSTS must be a list of host names",),
    ),
]
