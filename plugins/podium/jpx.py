"""JPEG 2000 images (a PDF's ``/JPXDecode`` photos) as boxes, byte for byte.

As ``jpeg`` walks a JPEG's segments: without decoding a pixel, apart from
``photos`` (part of every card's code hash) for the same reason.
"""

from __future__ import annotations

# The boxes of a JP2/JPX file that draw the picture: the signature, the file
# type, the reader requirements, the header (size, bit depth, colour
# specification, palette, channels, resolution) and the codestreams.
_PICTURE = frozenset({b"jP  ", b"ftyp", b"rreq", b"jp2h", b"jp2c"})
# The header's own boxes (ISO 15444-1 I.5.3, 15444-2 M.11.7).
_HEADER = frozenset({b"ihdr", b"bpcc", b"colr", b"pclr", b"cmap", b"cdef", b"res "})
# The boxes that say something of the picture and draw nothing: XML (XMP, a
# camera's own), uuid (EXIF and XMP, under their UUIDs, and any program's
# data), intellectual property rights (jp2i), a UUID info list with its
# addresses (uinf), labels and their associations (asoc, lbl, nlst) and free
# space, which may hold what an editor wrote there before.
_METADATA = frozenset({b"xml ", b"uuid", b"jp2i", b"uinf", b"asoc", b"lbl ", b"nlst", b"free"})
# A codestream's marker segments before its first tile-part (SOT): COM, a
# comment ("Kakadu-v7.10", what a program was told to write), is none of the
# picture; every other one (SIZ, COD, QCD, TLM, ...) is.
_SOC, _SOT, _COM = b"\xff\x4f", b"\xff\x90", b"\xff\x64"


class Unsupported(ValueError):
    """A JPEG 2000 file with a box this walk does not know: one that may take
    its picture from another file (a JPX fragment table, ``ftbl``), composes
    layers (``jpch``, ``jplh``) or is any other extension."""


def jpx_without_metadata(data: bytes) -> bytes:
    """A JPEG 2000 image's bytes without its metadata boxes (``_METADATA``)
    and its codestreams' comments, the picture itself byte for byte. A raw
    codestream (as a PDF may hold one) loses its comments. ValueError when
    ``data`` is no JPEG 2000 whose boxes can be walked; ``Unsupported`` for a
    box that is neither the picture's nor metadata."""
    if data[:2] == _SOC:
        return _codestream_without_comments(data)
    if data[:12] != b"\x00\x00\x00\x0cjP  \r\n\x87\n":
        raise ValueError("an image that is no JPEG 2000")
    out = bytearray()
    for kind, box, content in _boxes(data):
        if kind in _METADATA:
            continue
        if kind not in _PICTURE:
            raise Unsupported(f'a JPEG 2000 photo that holds a "{_named(kind)}" box')
        if kind == b"jp2h":
            for inner, _, _ in _boxes(content):
                if inner not in _HEADER:
                    raise Unsupported(f'a JPEG 2000 photo that holds a "{_named(inner)}" box')
        if kind == b"jp2c":
            content = _codestream_without_comments(content)
            box = (len(content) + 8).to_bytes(4, "big") + kind + content
        out += box
    return bytes(out)


def _named(kind: bytes) -> str:
    """A box type as a message names it: its four letters, or its bytes in hex
    when they are not printable (a hostile file's, never written to a log)."""
    printable = all(0x20 <= b < 0x7F for b in kind)
    return kind.decode("ascii") if printable else "0x" + kind.hex()


def _boxes(data: bytes):
    """(type, the whole box, its content) of each box in ``data``; ValueError
    for a box cut short. A box of length 0 runs to the end, one of length 1
    gives its length in 8 bytes after its type."""
    at, end = 0, len(data)
    while at < end:
        if at + 8 > end:
            raise ValueError("a JPEG 2000 image cut short")
        length, kind, start = (
            int.from_bytes(data[at : at + 4], "big"),
            data[at + 4 : at + 8],
            at + 8,
        )
        if length == 1:
            if at + 16 > end:
                raise ValueError("a JPEG 2000 image cut short")
            length, start = int.from_bytes(data[at + 8 : at + 16], "big"), at + 16
        elif length == 0:
            length = end - at
        if length < start - at or at + length > end:
            raise ValueError("a JPEG 2000 image cut short")
        yield kind, data[at : at + length], data[start : at + length]
        at += length


def _codestream_without_comments(data: bytes) -> bytes:
    """A codestream without the comments (COM) of its main header; its
    tile-parts as they are (a comment there would change the tile-part's
    length, which a TLM segment may repeat: no program writes one there)."""
    if data[:2] != _SOC:
        raise ValueError("a JPEG 2000 codestream that does not start as one")
    out, at, end = bytearray(_SOC), 2, len(data)
    while data[at : at + 2] != _SOT:
        if at + 4 > end or data[at] != 0xFF:
            raise ValueError("a JPEG 2000 codestream whose parts cannot be told apart")
        length = int.from_bytes(data[at + 2 : at + 4], "big")
        if length < 2 or at + 2 + length > end:
            raise ValueError("a JPEG 2000 codestream cut short")
        if data[at : at + 2] != _COM:
            out += data[at : at + 2 + length]
        at += 2 + length
    return bytes(out + data[at:])
