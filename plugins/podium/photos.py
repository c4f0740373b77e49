"""Clean, check and resize photos; nothing leaves here with metadata attached."""

from __future__ import annotations

import contextlib
import functools
import importlib
import io
import os
import re
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import ExifTags, Image, ImageCms, ImageOps, UnidentifiedImageError

from . import paths

# Far above any sensible portrait (a 50 MP camera is ~8700x5800) and far below
# what exhausts a CI runner's memory. Pillow only warns between this and twice
# this; we treat the warning as an error too (see ``_open_checked``).
MAX_PIXELS = 60_000_000
Image.MAX_IMAGE_PIXELS = MAX_PIXELS
# Pillow says what it could not read of a file's metadata ("Corrupt EXIF data",
# "Metadata Warning, tag 274 had too many entries") as a UserWarning, printed
# on stderr by every step that reads it and naming Pillow's own source file.
# Every photo is published re-encoded without metadata, so there is nothing to
# tell the writer, and a build's messages stay "PATH:LINE: ..." lines.
# (DecompressionBombWarning is no UserWarning: it still stops the photo.)
warnings.filterwarnings("ignore", category=UserWarning, module=r"PIL\.")

# The encoders' limits: JPEG stores each side in 16 bits and libjpeg refuses
# more than 65,500; WebP stops at 16,383. A photo is resized to at most 960
# px wide, so at most 10:1 keeps every variant inside both (960 x 10 = 9,600),
# and no portrait or banner is more extreme than that.
MAX_SIDE = 65_500
MAX_ASPECT = 10
GPS_IFD = 0x8825
PHOTO_FORMATS = {"JPEG", "PNG", "WEBP", "GIF", "TIFF", "MPO", "AVIF", "HEIF"}


@dataclass(frozen=True)
class Variant:
    width: int
    height: int
    format: str  # "jpeg" or "webp"
    data: bytes

    @property
    def extension(self) -> str:
        return "jpg" if self.format == "jpeg" else self.format


Source = bytes | str | Path


def open_image(src: Source) -> Image.Image:
    """``Image.open``, trying only the formats a photo may be (``PHOTO_FORMATS``).

    Pillow tells a format by the file's bytes, not its name, and tries every
    plugin it has: a pull request's "photo.jpg" holding PostScript opened as
    EPS, and decoding it ran Ghostscript (another program, with a record of
    -dSAFER escapes) on that PostScript on the build machine. Every image from
    content/ is opened here, so no other decoder ever sees one.
    """
    return Image.open(io.BytesIO(src) if isinstance(src, bytes) else src, formats=_formats())


# Pillow's modules that register the formats of PHOTO_FORMATS (HEIF only a
# plugin package registers; AVIF is missing from older Pillows).
_PHOTO_PLUGINS = (
    "JpegImagePlugin",
    "MpoImagePlugin",
    "PngImagePlugin",
    "WebPImagePlugin",
    "GifImagePlugin",
    "TiffImagePlugin",
    "AvifImagePlugin",
)


@functools.cache
def _formats() -> tuple[str, ...]:
    # Pillow's opener names only the formats it registered (MPO is read by the
    # JPEG opener, HEIF only with a plugin installed); any other name is a KeyError.
    # Registered by importing their plugins, not by Image.init(), which imports
    # all 47 (34 ms in the build and in every card worker, for decoders that
    # never see a photo); Image.open calls init() only for a name not registered.
    for name in _PHOTO_PLUGINS:
        with contextlib.suppress(ImportError):
            importlib.import_module(f"PIL.{name}")
    return tuple(sorted(f for f in PHOTO_FORMATS if f in Image.OPEN))


# A progressive JPEG is decoded scan by scan, each over the whole picture, and
# libjpeg takes as many as the file holds: 5,000 scans of 30 bytes (a 480 KB
# file of 7500 x 7500 pixels) took 15 s to decode, and a photo may be 40 MB.
# Encoders write about ten (libjpeg 10, mozjpeg fewer); libjpeg-turbo's own
# tools offer a scan limit against exactly this.
MAX_JPEG_SCANS = 100


class TooManyScans(ValueError):
    def __init__(self, scans: int) -> None:
        super().__init__(
            f"a progressive JPEG of {scans:,} scans, more than the {MAX_JPEG_SCANS} an image may "
            "have (each is decoded over the whole picture); save it again as a plain JPEG"
        )


# A photo holds at most a few pixels a byte: a camera JPEG about one, a PNG
# of flat colour a few hundred. 59 megapixels of one colour fit in a 2.3 KB
# lossless WebP (or a 1-bit PNG) and took 8.5 s and 1.4 GB to decode and
# convert, so a pull request of a hundred such files held CI for minutes.
# Above SPARSE_FROM pixels, more than MAX_PIXELS_PER_BYTE is refused unread.
SPARSE_FROM = 16_000_000
MAX_PIXELS_PER_BYTE = 2_000


class TooSparse(ValueError):
    def __init__(self, width: int, height: int, size: int) -> None:
        super().__init__(
            f"{width} x {height} pixels in {size:,} bytes, which no photo is (a picture of "
            "one colour, or made to be costly to open); use a real photo, or resize it"
        )


def jpeg_scans(data: bytes) -> int:
    """How many scans a JPEG holds, at most: its start-of-scan markers. In
    entropy-coded data every 0xFF is followed by 0x00 or a restart marker, so
    none is missed; an EXIF thumbnail's own scans are counted too."""
    return data.count(b"\xff\xda")


def _open_checked(src: Source) -> Image.Image:
    """Open and fully decode, with the decompression-bomb warning as an error,
    and a JPEG of too many scans refused before it is decoded."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        im = open_image(src)
        width, height = im.size
        if width * height > SPARSE_FROM:
            size = len(src) if isinstance(src, bytes) else Path(src).stat().st_size
            if width * height > size * MAX_PIXELS_PER_BYTE:
                raise TooSparse(width, height, size)
        if im.format in ("JPEG", "MPO"):
            data = src if isinstance(src, bytes) else Path(src).read_bytes()
            if (scans := jpeg_scans(data)) > MAX_JPEG_SCANS:
                raise TooManyScans(scans)
        im.load()
    return im


# HEIC, an iPhone's default photo format: an ISO media file ("ftyp" box)
# with one of these brands. Pillow reads AVIF (brand "avif"), not HEVC images.
_HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs", b"mif1"}
HEIF_PROBLEM = (
    "is a HEIC photo (an iPhone's own format), which Podium cannot read and most browsers"
    " cannot show; export it as JPEG (on the iPhone: Settings > Camera > Formats >"
    " Most Compatible)"
)


def _is_heif(head: bytes) -> bool:
    """Whether ``head`` (a file's first bytes) starts an HEIF/HEIC file."""
    if head[4:8] != b"ftyp":
        return False
    size = int.from_bytes(head[:4], "big")
    box = head[8 : min(max(size, 16), len(head))]
    # The major brand, then (after the minor version) the compatible brands.
    brands = {box[i : i + 4] for i in range(0, len(box) - 3, 4) if i != 4}
    return bool(brands & _HEIF_BRANDS) and b"avif" not in brands


def size_problem(width: int, height: int) -> str | None:
    """One line when a ``width`` x ``height`` image is beyond what we can encode."""
    if width < 1 or height < 1:
        return "has no pixels"
    if max(width, height) > MAX_SIDE:
        return (
            f"is {width} x {height} pixels; each side may be at most {MAX_SIDE:,} pixels"
            " (resize it first)"
        )
    if max(width, height) > MAX_ASPECT * min(width, height):
        return (
            f"is {width} x {height} pixels, more than {MAX_ASPECT} times as long as it is wide;"
            " crop it first"
        )
    return None


def inspect_photo(path: Path | str, data: bytes | None = None) -> str | None:
    """None when ``path`` is a usable photo, else one line saying what is wrong.

    ``data``: the file's bytes when the caller has read them (the read step
    does, to check the size), so the photo is not read again from disk.
    """
    p = Path(path)
    if data is None:
        try:
            # Not the whole file: only its first bytes tell SVG. Opened without
            # waiting (a named pipe, `--photo <(curl ...)`, was waited on for ever)
            # and refused unless a regular file, through a link to one.
            head = paths.read_bounded(Path(os.path.realpath(p)), 511)
        except paths.Refused as exc:
            if str(exc).startswith("cannot be read"):
                return f"cannot read the file{str(exc).removeprefix('cannot be read')}"
            return f"{exc}; give a photo file, like portrait.jpg"
    else:
        head = data[:512]
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if p.suffix.lower() in (".svg", ".svgz") or text.startswith((b"<svg", b"<?xml")):
        return "is an SVG drawing, not a photo; export it as JPEG or PNG"
    try:
        im = _open_checked(p if data is None else data)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return (
            f"is too large to decode safely (more than {MAX_PIXELS // 1_000_000} megapixels);"
            " resize it first"
        )
    except UnidentifiedImageError:
        if _is_heif(head):
            return HEIF_PROBLEM
        return "is not an image Pillow can read (expected JPEG, PNG or WebP)"
    except (TooManyScans, TooSparse) as exc:
        return f"is {exc}"
    except Exception as exc:  # noqa: BLE001 - see below
        # Pillow reports truncated or damaged data as OSError ("image file is
        # truncated"), but a hostile file can also raise struct.error,
        # IndexError, EOFError, ...: every one of them means "damaged".
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return f"is damaged or truncated ({first}); save it again as JPEG, PNG or WebP"
    fmt = im.format or "?"
    if fmt not in PHOTO_FORMATS:
        return f"is a {fmt} image; use JPEG, PNG or WebP for photos"
    problem = size_problem(*im.size)
    if problem:
        return problem
    try:
        # What clean_photo does next (rotate by EXIF, convert the colour
        # mode) must not fail later in the build with a traceback either.
        to_rgb(ImageOps.exif_transpose(im))
    except Exception as exc:  # noqa: BLE001 - same reasoning as above
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return f"cannot be converted to an RGB photo ({first}); save it again as JPEG or PNG"
    return None


_SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
_MANAGED = {"RGB": "RGB", "RGBA": "RGBA", "CMYK": "RGB"}  # mode -> mode after conversion


def to_srgb(im: Image.Image) -> Image.Image:
    """The pixels in sRGB, by the photo's own colour profile when it has one.

    Published photos carry no metadata, ICC profile included, and browsers
    read untagged pixels as sRGB. A phone photo is in Display P3 and a print
    agency's JPEG in CMYK with a press profile: dropping the profile without
    converting makes the first dull and the second wrong. A profile that
    cannot be read leaves the pixels as they are, as before.
    """
    icc = im.info.get("icc_profile")
    if icc and im.mode in ("P", "PA"):
        # A palette PNG (pngquant, a "reduce colours" export) keeps its profile
        # too: its colours are converted like any other photo's, so by RGB(A).
        rgba = im.mode == "PA" or "transparency" in im.info
        im = im.convert("RGBA" if rgba else "RGB")
        im.info["icc_profile"] = icc
    if not icc or im.mode not in _MANAGED:
        return im
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        return ImageCms.profileToProfile(im, source, _SRGB, outputMode=_MANAGED[im.mode])
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        return im


def to_rgb(im: Image.Image) -> Image.Image:
    """RGB, or RGBA when the photo really has transparency; in sRGB (``to_srgb``)."""
    key_alpha = None
    if "transparency" in im.info and im.mode not in ("P", "PA", "LA", "RGBA"):
        # A colour key (PNG's tRNS chunk: optipng and oxipng write one for a
        # cut-out whose alpha is only 0 or 255): the conversions below drop it,
        # and the transparent background showed as the key's colour, black.
        key_alpha = im.convert("RGBA").getchannel("A")
    im = to_srgb(im)
    if im.mode in ("I;16", "I;16B", "I;16L", "I;16N", "I"):
        # 16-bit greyscale (Pillow reads a 16-bit PNG as I;16, or I): 0..65535
        # onto 0..255, as every viewer shows it. Not by the photo's own value
        # range, which brightened a dark photo and made an even grey one black,
        # and not convert("L"), which clips at 255 (a white photo).
        # Through "I": point() takes no big-endian I;16B (a scanner's TIFF).
        im = im.convert("I").point(lambda v: v / 257).convert("L")
    if im.mode == "F":
        im = im.convert("L")
    if im.mode == "CMYK":
        # Without a colour-managed conversion Pillow's naive formula is the best
        # we can do; Adobe's inverted CMYK JPEGs are handled by the decoder.
        im = im.convert("RGB")
    if im.mode == "P":
        im = im.convert("RGBA" if "transparency" in im.info else "RGB")
    if im.mode in ("LA", "PA", "La"):
        im = im.convert("RGBA")
    if key_alpha is not None and im.mode != "RGBA":
        im = im.convert("RGB")
        im.putalpha(key_alpha)
    if im.mode == "RGBA" and im.getchannel("A").getextrema()[0] == 255:
        im = im.convert("RGB")  # an alpha channel that is fully opaque adds nothing
    if im.mode not in ("RGB", "RGBA"):
        im = im.convert("RGB")
    return im


def clean_photo(src: Source) -> Image.Image:
    """Upright, 8-bit RGB(A), with no EXIF/XMP/IPTC/ICC or any other metadata.

    Raises ``ValueError`` with a one-line message for anything ``inspect_photo``
    would reject.
    """
    try:
        im = _open_checked(src)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ValueError(f"too large to decode safely (over {MAX_PIXELS} pixels)") from exc
    except UnidentifiedImageError as exc:
        # Its message names the buffer ("<_io.BytesIO object at 0x7f...>"), not the file.
        raise ValueError("not an image Pillow can read (expected JPEG, PNG or WebP)") from exc
    except (OSError, SyntaxError) as exc:
        raise ValueError(f"not a readable image: {exc}") from exc
    problem = size_problem(*im.size)
    if problem:
        raise ValueError(problem)
    im = ImageOps.exif_transpose(im)
    im = to_rgb(im)
    # A fresh image from the raw pixels carries no info dict at all: no EXIF,
    # XMP, IPTC, ICC profile, comments or PNG text chunks can survive.
    clean = Image.frombytes(im.mode, im.size, im.tobytes())
    return clean


def on_white(im: Image.Image) -> Image.Image:
    """An RGBA photo laid on white, as every page and card shows a transparent
    one; any other photo as it is. (``convert("RGB")`` drops the alpha channel:
    a cut-out portrait's transparent background is black underneath.)"""
    if im.mode != "RGBA":
        return im
    flat = Image.new("RGB", im.size, (255, 255, 255))
    flat.paste(im, mask=im.getchannel("A"))
    return flat


def _encode(im: Image.Image, fmt: str, quality: int) -> bytes:
    buf = io.BytesIO()
    if fmt == "jpeg":
        im = on_white(im)
        im.save(buf, "JPEG", quality=quality, optimize=True, progressive=True)
    else:
        im.save(buf, "WEBP", quality=quality, method=4)
    return buf.getvalue()


def square_crop(image: Image.Image) -> Image.Image:
    """The largest square of ``image``: from the middle across, and slightly above
    the middle down, where a portrait's face is (as the social card cuts its disc).

    Every page shows a portrait in a square frame (a circle, object-fit: cover):
    a landscape photo's variants, sized by their width, were too low for it (a
    4:3 photo 240 px high for a 320 px frame) and blown up, blurred.
    """
    w, h = image.size
    side = min(w, h)
    if w == h:
        return image
    x, y = (w - side) // 2, round((h - side) * 0.4)
    return image.crop((x, y, x + side, y + side))


def responsive_variants(
    image: Image.Image, widths: tuple[int, ...] = (320, 640, 960), quality: int = 82
) -> list[Variant]:
    """JPEG at every width (never upscaled), plus WebP where it is smaller.

    ``image`` should come from ``clean_photo``; the encoders are given no
    metadata either way, so the files carry none.
    """
    image = to_rgb(ImageOps.exif_transpose(image))
    out: list[Variant] = []
    seen: set[int] = set()
    for width in sorted(widths):
        w = min(width, image.width)
        if w in seen:
            continue  # a small photo: the larger widths would all be the same file
        seen.add(w)
        h = max(1, round(image.height * w / image.width))
        resized = image if w == image.width else image.resize((w, h), Image.Resampling.LANCZOS)
        resized = Image.frombytes(resized.mode, resized.size, resized.tobytes())
        jpeg = _encode(resized, "jpeg", quality)
        out.append(Variant(w, h, "jpeg", jpeg))
        webp = _encode(resized, "webp", quality)
        if len(webp) < len(jpeg):
            out.append(Variant(w, h, "webp", webp))
    return out


# Linked images are shown in the story column; wider than this is only weight.
MAX_LINKED_SIDE = 2400


def linked_fit(width: int, height: int) -> tuple[int, int]:
    """The size of a ``width`` x ``height`` image once ``encode_linked`` has fitted
    it within ``MAX_LINKED_SIDE`` (never enlarged): the one rule both the
    published copy and the story's ``<img width height>`` follow."""
    longest = max(width, height)
    if longest <= MAX_LINKED_SIDE:
        return width, height
    scale = MAX_LINKED_SIDE / longest
    return max(1, round(width * scale)), max(1, round(height * scale))


def linked_size(src: Source) -> tuple[int, int]:
    """Width and height of ``encode_linked``'s copy of an image, from its header alone:
    upright as ``clean_photo`` turns it (EXIF orientation), then fitted."""
    with open_image(src) as im:
        width, height = im.size
        orientation = im.getexif().get(ExifTags.Base.Orientation, 1)
    if orientation in (5, 6, 7, 8):  # a quarter turn: exif_transpose swaps the sides
        width, height = height, width
    return linked_fit(width, height)


def encode_linked(image: Image.Image, fmt: str, quality: int = 85) -> bytes:
    """A clean image (from ``clean_photo``) in ``fmt`` (JPEG, PNG or WEBP), at most
    ``MAX_LINKED_SIDE`` px a side, with no metadata: the encoder is given none."""
    size = linked_fit(*image.size)
    if size != image.size:
        # Pillow's thumbnail() rounds the short side its own way: the page's
        # width and height (linked_size) would be a pixel off the copy's.
        image = image.resize(size, Image.Resampling.LANCZOS, reducing_gap=2.0)
        image = Image.frombytes(image.mode, image.size, image.tobytes())
    if fmt == "PNG":
        buf = io.BytesIO()
        image.save(buf, "PNG", optimize=True)
        return buf.getvalue()
    return _encode(image, "jpeg" if fmt == "JPEG" else "webp", quality)


# A portrait is drawn up to 320 px wide (the people page's 160 CSS px at 2x; the
# social card's disc is 248 px): a smaller photo is blown up, blurred, on the
# card every share shows. A Teams or Slack avatar (48 to 240 px) is the usual one.
MIN_PORTRAIT_SIDE = 320


def too_small(side: int) -> str | None:
    """Why a portrait ``side`` pixels on its shorter side is too small, or None.

    One wording for ``podium check`` and ``podium new --photo``, which imported
    an avatar of 120x90 without a word and left the warning to a later check.
    """
    if side >= MIN_PORTRAIT_SIDE:
        return None
    return (
        f"is only {side} {'pixel' if side == 1 else 'pixels'} on its shorter side; the social "
        "card and the people page show it larger, blurred: use a photo at least "
        f"{MIN_PORTRAIT_SIDE} pixels wide and high"
    )


def shorter_side(src: Source) -> int:
    """The shorter side of an image in pixels, from its header (no decoding)."""
    with open_image(src) as im:
        return min(im.size)


# Formats whose frames are an animation (an MPO's second frame is a camera's
# other view, a TIFF's another page: neither is shown as a still by mistake).
_ANIMATED = {"GIF", "PNG", "WEBP"}


def frames(src: Source) -> int:
    """How many frames an animated GIF, PNG or WebP has (1 for any other
    photo): pages and cards show the first, as a still."""
    with open_image(src) as im:
        return getattr(im, "n_frames", 1) if im.format in _ANIMATED else 1


# What Podium's encoders write (Pillow, given no metadata), and nothing else: a
# cached image (podium.cache.cached_image) with any other part is not one of ours.
_PNG_CHUNKS = {b"IHDR", b"PLTE", b"tRNS", b"IDAT", b"IEND"}
_WEBP_CHUNKS = {b"VP8 ", b"VP8L", b"VP8X", b"ALPH"}
# A JPEG's APP1-APP15 segments (EXIF and its GPS position, XMP, ICC, IPTC) and
# comments. In the compressed data 0xFF is always followed by 0x00 or a restart
# marker, so these two bytes are such a segment wherever they are; Pillow writes
# one APP0 (JFIF), first, and another would be a JFXX thumbnail (a picture).
_JPEG_EXTRA = re.compile(rb"\xff[\xe0-\xef\xfe]")


def as_encoded(data: bytes, fmt: str, size: tuple[int, int] | None = None) -> bool:
    """Whether ``data`` is an image as Podium's encoders write one: of ``fmt``
    (JPEG, PNG, WEBP), ``size`` pixels when given, without any metadata part."""
    fmt = fmt.upper()
    try:
        with open_image(data) as im:
            if im.format != fmt or (size is not None and im.size != tuple(size)):
                return False
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        return False
    if fmt == "JPEG":
        after_jfif = 4 if data[2:4] == b"\xff\xe0" else 2
        return _JPEG_EXTRA.search(data, after_jfif) is None
    if fmt == "PNG":
        return set(_chunks(data, 8, "big", pad=4)) <= _PNG_CHUNKS
    return set(_chunks(data, 12, "little", pad=0)) <= _WEBP_CHUNKS


def _chunks(data: bytes, start: int, order: str, pad: int) -> list[bytes]:
    """The chunk types of a PNG (length, type, data, CRC: ``pad`` 4) or a RIFF
    file (type, length, data padded to even: ``pad`` 0), from ``start``."""
    types, at = [], start
    while at + 8 <= len(data):
        if order == "big":
            length, kind = int.from_bytes(data[at : at + 4], "big"), data[at + 4 : at + 8]
        else:
            kind, length = data[at : at + 4], int.from_bytes(data[at + 4 : at + 8], "little")
            length += length & 1
        types.append(kind)
        at += 8 + length + pad
    return types


def image_format(data: bytes) -> str | None:
    """Pillow's name for the photo format ``data`` is in, or None when it is none.

    Only the header is read, by ``open_image`` (so no other decoder sees it).
    """
    try:
        with open_image(data) as im:
            return im.format
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        return None


def has_gps(src: Source) -> bool:
    """Whether the file still carries GPS coordinates (EXIF GPS IFD or XMP)."""
    data = src if isinstance(src, bytes) else Path(src).read_bytes()
    # XMP packets (and some PNG text chunks) spell GPS out as text.
    if b"GPSLatitude" in data or b"exif:GPS" in data:
        return True
    with open_image(data) as im:
        if GPS_IFD in im.getexif():
            return True
        if im.format == "PNG":
            # A zipped iTXt or zTXt chunk (an image editor's XMP) holds it
            # compressed; behind the pixels it is read only with them.
            im.load()
            return any(
                "GPSLatitude" in v or "exif:GPS" in v
                for v in im.info.values()
                if isinstance(v, str)
            )
    return False


# What a photo's metadata may say of people, besides the picture, in the words
# a warning uses (in this order): where it was taken, who is in it (a face
# region an editor or phone named: Lightroom, Picasa, Apple and Google Photos
# write MWG regions, Windows Photo Gallery its own, IPTC "person shown"), whose
# camera it is, and the camera's (or lens's) serial number, which ties every
# photo it took to that one device. The build publishes none of it.
PERSONAL = ("gps", "names", "owner", "serial")
_PERSONAL_TEXT = {
    "gps": ("GPSLatitude", "exif:GPS"),
    "names": ("mwg-rs:Name", "PersonDisplayName", "PersonInImage"),
    "owner": ("CameraOwnerName", "aux:OwnerName"),
    "serial": ("SerialNumber",),  # aux:SerialNumber, exifEX:BodySerialNumber, ...Lens...
}
_EXIF_IFD = 0x8769
_PERSONAL_EXIF = {"owner": (0xA430,), "serial": (0xA431, 0xA435)}  # EXIF 2.3 tags


def personal_data(src: Source) -> tuple[str, ...]:
    """What the file's metadata tells of people (``PERSONAL``, in that order):
    its GPS position, the names of people tagged in it, the camera owner's name,
    a camera or lens serial number; in EXIF, or spelt out in XMP (a JPEG's, a
    PNG's text chunk, zipped or not)."""
    data = src if isinstance(src, bytes) else Path(src).read_bytes()
    found = {kind for kind, words in _PERSONAL_TEXT.items()
             if any(w.encode() in data for w in words)}  # fmt: skip
    with open_image(data) as im:
        exif = im.getexif()
        if GPS_IFD in exif:
            found.add("gps")
        tags = exif.get_ifd(_EXIF_IFD) if _EXIF_IFD in exif else {}
        found |= {kind for kind, ids in _PERSONAL_EXIF.items()
                  if any(tags.get(i) not in (None, "", b"") for i in ids)}  # fmt: skip
        if im.format == "PNG":
            # A zipped iTXt or zTXt chunk (an image editor's XMP) holds it
            # compressed; behind the pixels it is read only with them.
            im.load()
            texts = [v for v in im.info.values() if isinstance(v, str)]
            found |= {kind for kind, words in _PERSONAL_TEXT.items()
                      if any(w in t for w in words for t in texts)}  # fmt: skip
    return tuple(kind for kind in PERSONAL if kind in found)


def has_metadata(src: Source) -> bool:
    """Whether the file carries EXIF, XMP, IPTC, an ICC profile or text chunks."""
    data = src if isinstance(src, bytes) else Path(src).read_bytes()
    with open_image(data) as im:
        if len(im.getexif()):
            return True
        keys = set(im.info) - {
            "jfif",
            "jfif_version",
            "jfif_unit",
            "jfif_density",
            "dpi",
            "progressive",
            "progression",
            "adobe",
            "adobe_transform",
            "loop",
            "background",
            "duration",
            "timestamp",
            "lossless",
        }
        return bool(keys)
