"""JPEG files as segments, byte for byte, without decoding a pixel.

Apart from ``photos`` (Pillow) on purpose: ``photos`` is part of the code hash of
every card (``podium_cards.plugin.drawing_code`` follows the renderer's imports),
so a change there renames and redraws every card of every hub once; this walk
is for the linked PDFs' photos (``pdf``) and draws no card.
"""

from __future__ import annotations

# The segments of a JPEG that are no part of its picture: APP1 (EXIF, with its
# GPS position and thumbnail, and XMP), APP2 (ICC, MPF) to APP13 (IPTC), APP15
# and comments. APP0 (JFIF) and APP14 (Adobe: how the colours are coded, which
# a decoder needs) are the picture's; so is every table and scan.
_JPEG_METADATA = frozenset({*range(0xE1, 0xEE), 0xEF, 0xFE})


def jpeg_without_metadata(data: bytes) -> bytes:
    """A JPEG's bytes without its metadata segments (``_JPEG_METADATA``) and
    anything after its end, the picture itself byte for byte (as ``jpegtran
    -copy none``): for a JPEG that is published as it is, inside a PDF, where
    re-encoding it would lose quality. ValueError when ``data`` is no JPEG
    whose segments can be walked. A segment between two scans (a progressive
    JPEG's tables) is found as ``photos.as_encoded`` finds one: in entropy-coded data,
    0xFF is followed only by 0x00, a restart marker or more 0xFF."""
    if data[:2] != b"\xff\xd8":
        raise ValueError("an image that is no JPEG")
    out, at, end = bytearray(data[:2]), 2, len(data)
    while at < end:
        if data[at] != 0xFF:
            raise ValueError("a JPEG whose parts cannot be told apart")
        while at < end and data[at] == 0xFF:  # fill bytes before a marker
            at += 1
        if at >= end:
            break
        marker, at = data[at], at + 1
        if marker == 0xD9:  # end of image
            return bytes(out + b"\xff\xd9")
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:  # restart, TEM: no length
            out += bytes((0xFF, marker))
            continue
        length = int.from_bytes(data[at : at + 2], "big")
        if length < 2 or at + length > end:
            raise ValueError("a JPEG cut short")
        if marker not in _JPEG_METADATA:
            out += bytes((0xFF, marker)) + data[at : at + length]
        at += length
        if marker == 0xDA:  # a scan: its entropy-coded data runs to the next marker
            start = at
            while True:
                at = data.find(b"\xff", at)
                if at < 0 or at + 1 >= end:
                    return bytes(out + data[start:])  # no end marker: kept as it is
                following = data[at + 1]
                if following not in (0x00, 0xFF) and not 0xD0 <= following <= 0xD7:
                    break
                at += 1 if following == 0xFF else 2
            out += data[start:at]
    return bytes(out)
