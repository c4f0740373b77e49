"""Encode a finished card within the size budget social networks accept."""

from __future__ import annotations

import io

from PIL import Image

# At most 300 KB whatever the portrait: LinkedIn and some chat apps drop
# large previews, and a card is fetched once per share. A typical card with a
# portrait is about 90 KB (docs/benchmarks.md measures the median and largest).
MAX_BYTES = 300_000


def encode(image: Image.Image, fmt: str, quality: int = 88, max_bytes: int = MAX_BYTES) -> bytes:
    """JPEG or PNG bytes without metadata, stepping quality (or colours) down until small enough."""
    if fmt == "png":
        data = _save(image, "PNG", optimize=False, compress_level=6)
        for colours in (256, 128, 64, 32):
            if len(data) <= max_bytes:
                break
            # A noisy portrait can make a lossless card huge; a palette keeps it sharp enough.
            data = _save(image.quantize(colours, dither=Image.Dither.FLOYDSTEINBERG), "PNG")
        return data
    q = quality
    while True:
        # 4:2:0 chroma: half the encoding time of 4:4:4 and 20% smaller files;
        # the text's edges live in the luminance, which keeps full resolution.
        # (optimize=True would save another ~10% at twice the encoding time.)
        data = _save(image, "JPEG", quality=q, subsampling=2)
        if len(data) <= max_bytes or q <= 30:
            return data
        q -= 10


def _save(image: Image.Image, fmt: str, **options) -> bytes:
    buf = io.BytesIO()
    image.save(buf, fmt, **options)
    return buf.getvalue()
