"""A PDF a story links (``PODIUM_ATTACHMENTS``), published without its metadata.

Photos are re-encoded without EXIF for the same reason: a brochure exported
from a laptop carries its author's name (``/Author``), the program and often
a path with a user name (``/Creator``: ``C:\\Users\\fverlopen\\...``), dates,
and the same again, and more, in an XMP packet; a file saved again keeps its
earlier versions after an incremental update. Published byte for byte, all of
that went out on the hub's own address.

The file is rewritten with pypdf: the document information dictionary, every
``/Metadata`` stream (the document's XMP, and that of pages, images and fonts)
and every ``/PieceInfo`` (an editor's private data) are dropped, and what no
object uses any more is left out. Rewriting also drops earlier revisions. The
result is the same bytes for the same file, so it can be cached by a hash.
"""

from __future__ import annotations

import io
import logging
import zlib
from collections.abc import Iterator

from .filetypes import MAX_LINKED_BYTES
from .markup import LINK_SCHEMES, SCHEME

# Keys that hold metadata, on any dictionary of the file.
METADATA_KEYS = ("/Metadata", "/PieceInfo")
# Keys that make a viewer act on its own, on any dictionary of the file: a
# script (Chrome's and Firefox's viewers run a PDF's JavaScript: on opening,
# on a page, on a click), XFA forms with theirs, and files carried inside.
ACTIVE_KEYS = ("/AA", "/JS", "/JavaScript", "/XFA", "/EmbeddedFiles", "/EF")
# Keys that name another file a viewer or a printer shows in place of what the
# file holds: a reference XObject's page of another PDF (/Ref, which Acrobat
# shows over the form's own content, its proxy) and the high-resolution
# original of an image a prepress system puts in (/OPI). The file's own
# content, which every viewer shows, stays.
OUTSIDE_KEYS = ("/Ref", "/OPI")
# Where an action is given; only those that move within the document, to a
# web page or name a viewer's command stay. Others run a script, open a program
# or another file, or send a form's data somewhere (Launch, SubmitForm, ...).
# A /URI action stays only with an address a story's own link may have
# (LINK_SCHEMES): viewers also open javascript:, a file of the reader's
# computer (file:///...) and a network share (\\host\share, smb://, where
# Windows sends the reader's login), and a relative address goes to whatever
# the catalog's /URI /Base names. A link's /PA is an action too (the one it
# came with, in PDF 1.3): a viewer may follow it as it follows /A.
ACTION_KEYS = ("/A", "/OpenAction", "/Next", "/PA")
SAFE_ACTIONS = ("/GoTo", "/URI", "/Named")
# Annotations that play or open something of their own: a film, a sound, Flash
# (RichMedia), a 3D model (each may hold scripts, or take the media from another
# file or a network share by /F), a screen for one, a file to open (an embedded
# one's /EF is taken out, and its /FS may name one on a share). Each is taken off
# its page, and what it plays or opens out of it wherever it is.
MEDIA_ANNOTATIONS = ("/Movie", "/Sound", "/RichMedia", "/3D", "/Screen", "/FileAttachment")
MEDIA_KEYS = ("/Movie", "/Sound", "/RichMediaContent", "/RichMediaSettings", "/3DD", "/FS")
# pypdf logs what it repairs in a damaged file, on lines of its own that the
# build would count (and some as errors); what it cannot read, it raises.
logging.getLogger("pypdf").setLevel(logging.CRITICAL)


def clean_pdf(data: bytes) -> bytes:
    """``data`` rewritten without metadata; ValueError (a reason, to follow
    "the file ...") when it cannot be read, or is protected by a password."""
    from pypdf import PdfWriter

    try:
        reader = _opened(data)
        # The header of the original: a file using PDF 1.5 features says 1.5.
        writer = PdfWriter(clone_from=reader, keep_initial_header=True)
        writer.metadata = None
        writer.xmp_metadata = None
        seen: set[int] = set()
        budget = [MAX_LINKED_BYTES]
        for obj in _dictionaries(writer.root_object, seen):
            if _outside_stream(obj):
                raise _Refused(OUTSIDE)
            for key in _unwanted(obj):
                del obj[key]
            _without_media(obj)
            if _photo(obj):
                _without_exif(obj, budget)
        # What only the dropped entries used is still an object of the file: only
        # what the catalog reaches is written. (pypdf's remove_unreferenced keeps
        # what any object refers to, itself unused or not: the private data
        # streams of an Illustrator /PieceInfo, a dictionary away, went out.)
        seen.add(writer.root_object.indirect_reference.idnum)
        objects = writer._objects  # noqa: SLF001 - None is how pypdf itself drops one
        for n in range(len(objects)):
            if n + 1 not in seen:
                objects[n] = None
        out = io.BytesIO()
        writer.write(out)
    except _Refused:
        raise
    except Exception as exc:  # a damaged or hostile file: pypdf raises many kinds
        raise ValueError(_unreadable(exc)) from None
    return out.getvalue()


OUTSIDE = (
    "is a PDF that takes part of itself from another file (/F on a stream), which a reader "
    "of the hub does not have; export it again as one PDF"
)


def _unreadable(exc: Exception) -> str:
    return f"is a PDF that cannot be read ({_reason(exc)}); export it again as PDF"


def _opened(data: bytes):
    """``data`` read by pypdf, decrypted with the empty password; _Refused when
    it needs another, or its object streams would unpack too much."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    # An owner password only (printing or copying restricted, opened by
    # anyone) is opened with the empty password; a document that needs a
    # password to be read is no attachment for a public page.
    if reader.is_encrypted and not reader.decrypt(""):
        raise _Refused("is protected by a password; save it without one")
    _object_streams_within_bounds(reader)
    return reader


def read_problem(data: bytes) -> str | None:
    """Why ``clean_pdf`` would refuse ``data``, found without writing it, or
    None: podium check says so on the link's line. Found only when the build
    cleaned the file, it failed the build after the check had passed, on a
    line naming the story but not where."""
    try:
        reader = _opened(data)
        if any(_outside_stream(obj) for obj in _dictionaries(reader.trailer["/Root"], set())):
            return OUTSIDE
    except _Refused as exc:
        return str(exc)
    except Exception as exc:  # noqa: BLE001 - as clean_pdf: a damaged or hostile file
        return _unreadable(exc)
    return None


def is_clean(data: bytes) -> bool:
    """Whether ``data`` is a PDF as ``clean_pdf`` writes one: no document
    information, and nothing of ``_unwanted`` on any dictionary the catalog
    reaches. A cleaned copy kept in the cache is published as it is, and a
    restored cache is not trusted: its names are hashes of public inputs."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted or "/Info" in reader.trailer:
            return False
        _object_streams_within_bounds(reader)
        budget = [MAX_LINKED_BYTES]
        return not any(
            _unwanted(obj) or _outside_stream(obj) or (_photo(obj) and not _as_cleaned(obj, budget))
            for obj in _dictionaries(reader.trailer["/Root"], set())
        )
    except Exception:  # noqa: BLE001 - a damaged or hostile file: cleaned again
        return False


# What a PDF's object streams (its dictionaries, packed together) may unpack to
# in all: a thousand-page report's are a few MB. pypdf reads one whole and keeps
# it, at 6 s a 70 MB one, and unpacks up to 75 MB from each: ten such streams
# of 68 KB took 57 s and 850 MB, a 20 MB file of three hundred 20 GB.
MAX_OBJECT_STREAM_BYTES = 50_000_000


def _object_streams_within_bounds(reader) -> None:
    """Refuse (``_Refused``) a PDF whose object streams unpack to more than
    ``MAX_OBJECT_STREAM_BYTES``, counted before pypdf reads any of them (its
    cross-reference table names them); one packed otherwise than with
    FlateDecode, as PDF makers write them, is refused too, as its size is
    unknown until unpacked. One written out unpacked (qpdf's
    ``--compress-streams=n``) counts as it is."""
    left = MAX_OBJECT_STREAM_BYTES
    for number in sorted({number for number, _ in reader.xref_objStm.values()}):
        # One said to be packed in another (no PDF has such) would be read
        # through it: pypdf would unpack and keep that one first.
        stream = None if number in reader.xref_objStm else reader.get_object(number)
        data = getattr(stream, "_data", b"")  # as written: pypdf has not unpacked it
        filters = _filters(stream) if stream is not None else None
        if filters == []:
            left -= len(data)
        elif filters == ["/FlateDecode"]:
            unpacking = zlib.decompressobj()
            try:
                left -= len(unpacking.decompress(data, max(left, 0) + 1))
            except zlib.error:
                continue  # pypdf says what it cannot read
        else:
            raise _Refused(
                "is a PDF whose object streams are packed otherwise than PDF makers "
                "pack them; export it again as PDF"
            )
        if left < 0:
            raise _Refused(
                f"is a PDF whose object streams unpack to more than "
                f"{MAX_OBJECT_STREAM_BYTES // 1_000_000} MB, which no document needs; "
                "export it again as PDF"
            )


# The last filter of a photo's stream -> its name as the cleaner writes it:
# a JPEG (DCTDecode, "/DCT" in an inline image's short form) or a JPEG 2000
# (JPXDecode), each with metadata of its own (``_without_exif``).
_PHOTO_FILTERS = {"/DCTDecode": "/DCTDecode", "/DCT": "/DCTDecode", "/JPXDecode": "/JPXDecode"}


def _photo(obj) -> str | None:
    """The filter of ``obj``'s photo (``_PHOTO_FILTERS``), if it is an image whose
    stream holds a JPEG or a JPEG 2000: its last filter (a photo may be
    compressed again, by FlateDecode before it); else None."""
    from pypdf.generic import StreamObject

    if not isinstance(obj, StreamObject) or obj.get("/Subtype") != "/Image":
        return None
    filters = _filters(obj)
    return _PHOTO_FILTERS.get(filters[-1]) if filters else None


def _walked(image, data: bytes) -> bytes:
    """An image's photo (``data``, as ``_jpeg_of`` gives it) without its
    metadata: a JPEG's segments (``jpeg``), a JPEG 2000's boxes (``jpx``). A
    JPEG 2000 with a box that is neither picture nor metadata (a JPX fragment
    table, which takes the picture from other files by their addresses;
    layers) is refused."""
    from .jpeg import jpeg_without_metadata
    from .jpx import Unsupported, jpx_without_metadata

    if _photo(image) == "/DCTDecode":
        return jpeg_without_metadata(data)
    try:
        return jpx_without_metadata(data)
    except Unsupported as exc:
        raise _Refused(
            f"is a PDF with {exc}, which is not part of a photo; export it again with JPEG photos"
        ) from None


def _filters(stream) -> list:
    from pypdf.generic import ArrayObject

    filters = stream.get("/Filter")
    if filters is None:
        return []
    filters = filters.get_object()
    return list(filters) if isinstance(filters, ArrayObject) else [filters]


def _jpeg_of(image, budget: list[int]) -> bytes:
    """The JPEG an image's stream holds: as it is, or unpacked from the filters
    before DCTDecode, which may unpack ``budget[0]`` bytes more in all: a JPEG
    barely compresses, so a PDF no larger than a story may link holds no more,
    and 30 KB of a compressed "photo" of zeros unpacked to 30 MB."""
    from pypdf.filters import decode_stream_data

    if len(_filters(image)) == 1:
        return image._data  # noqa: SLF001 - pypdf's own field: the stream as written
    data = decode_stream_data(image)  # never kept: pypdf's get_data() would keep each
    budget[0] -= len(data)
    if budget[0] < 0:
        raise _Refused(
            f"is a PDF whose photos unpack to more than {MAX_LINKED_BYTES // 1_000_000} MB, "
            "more than a story may link; export it again with smaller photos"
        )
    return data


def _without_exif(image, budget: list[int]) -> None:
    """A photo's stream without its EXIF (a phone's GPS position and camera),
    XMP, ICC and comments (a JPEG 2000's XML, uuid, jp2i and free boxes and its
    codestream's comments): a PDF maker embeds the photo as it was taken, and
    every photo the hub publishes goes out without them. A JPEG compressed again
    is compressed again as FlateDecode, with the JPEG's own parameters (a
    ColorTransform) after it; published unpacked, it made the PDF as large as
    its photos unpack to."""
    from pypdf.generic import ArrayObject, NameObject, NullObject

    kind = NameObject(_photo(image))
    parms = image.get("/DecodeParms")
    parms = parms.get_object() if parms is not None else None
    if isinstance(parms, ArrayObject):
        parms = parms[-1].get_object() if parms else None
    if isinstance(parms, NullObject):
        parms = None
    jpeg = _walked(image, _jpeg_of(image, budget))
    image.decoded_self = None
    image.pop("/DecodeParms", None)
    if len(_filters(image)) == 1:
        image._data = jpeg  # noqa: SLF001 - pypdf's own field: the stream as written
        image[NameObject("/Filter")] = kind
        if parms is not None:
            image[NameObject("/DecodeParms")] = parms
        return
    image._data = zlib.compress(jpeg)  # noqa: SLF001 - as above
    image[NameObject("/Filter")] = ArrayObject([NameObject("/FlateDecode"), kind])
    if parms is not None:
        image[NameObject("/DecodeParms")] = ArrayObject([NullObject(), parms])


def _as_cleaned(image, budget: list[int]) -> bool:
    """Whether a photo's stream is as ``_without_exif`` leaves one."""
    kind = _photo(image)
    if _filters(image) not in ([kind], ["/FlateDecode", kind]):
        return False
    data = _jpeg_of(image, budget)
    return _walked(image, data) == data


def _dictionaries(root, seen: set[int]) -> Iterator:
    """Every dictionary reachable from ``root``, once each (``seen``: the numbers
    of the objects reached). The caller may take entries out of one before its
    values are followed. A stack, not recursion: a hostile file nests as deep
    as it likes."""
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

    stack: list = [root]
    while stack:
        obj = stack.pop()
        if isinstance(obj, IndirectObject):
            if obj.idnum in seen:
                continue
            seen.add(obj.idnum)
            obj = obj.get_object()
        if isinstance(obj, DictionaryObject):
            yield obj
            stack.extend(obj.values())
        elif isinstance(obj, ArrayObject):
            stack.extend(obj)


def _unwanted(obj) -> list[str]:
    """The keys of dictionary ``obj`` that ``clean_pdf`` takes out: metadata,
    active content, another file shown in place of its own content, what a
    media annotation plays or opens, and an action other than ``SAFE_ACTIONS``."""
    keys = [key for key in (*METADATA_KEYS, *ACTIVE_KEYS, *OUTSIDE_KEYS) if key in obj]
    if _media(obj):
        keys += [key for key in MEDIA_KEYS if key in obj]
    return keys + [key for key in ACTION_KEYS if key in obj and _unsafe_action(obj[key])]


def _outside_stream(obj) -> bool:
    """Whether ``obj`` is a stream whose data is kept in another file (/F, a
    file specification: a path, an address or ``\\\\host\\share``), which a
    viewer reads from there in place of the bytes in the file."""
    from pypdf.generic import StreamObject

    return isinstance(obj, StreamObject) and "/F" in obj


def _media(obj) -> bool:
    """Whether dictionary ``obj`` is an annotation of ``MEDIA_ANNOTATIONS``."""
    return obj.get("/Subtype") in MEDIA_ANNOTATIONS and "/Rect" in obj


def _without_media(obj) -> None:
    """A page's (``obj``'s) annotations without those of ``MEDIA_ANNOTATIONS``."""
    from pypdf.generic import ArrayObject, DictionaryObject

    annots = obj.get("/Annots")
    annots = annots.get_object() if annots is not None else None
    if isinstance(annots, ArrayObject):
        kept = [a for a in annots if not (isinstance(a.get_object(), DictionaryObject)
                                          and _media(a.get_object()))]  # fmt: skip
        annots[:] = kept


def _unsafe_action(value) -> bool:
    """Whether an action, or an array of them (``/Next``), does more than
    ``SAFE_ACTIONS``. A destination (an array of a page and a view) moves within
    the document: a page has no ``/S``, the type of an action."""
    from pypdf.generic import ArrayObject, DictionaryObject

    value = value.get_object()
    items = [i.get_object() for i in value] if isinstance(value, ArrayObject) else [value]
    return any(
        isinstance(item, DictionaryObject)
        and "/S" in item
        and (item["/S"] not in SAFE_ACTIONS or (item["/S"] == "/URI" and not _linkable(item)))
        for item in items
    )


def _linkable(action) -> bool:
    """Whether a /URI action's address starts with a scheme of LINK_SCHEMES, as
    written: " javascript:" or "java<tab>script:", which a browser reads as a
    script, is neither."""
    uri = action.get("/URI")
    uri = uri.get_object() if uri is not None else None
    if isinstance(uri, bytes):  # a byte string pypdf could not read as text
        uri = uri.decode("latin-1")
    scheme = SCHEME.match(uri) if isinstance(uri, str) else None
    return scheme is not None and scheme.group(1).lower() in LINK_SCHEMES


class _Refused(ValueError):
    """A file pypdf reads, but that is not published (the message says why)."""


def _reason(exc: Exception) -> str:
    text = " ".join(str(exc).split())[:120]
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
