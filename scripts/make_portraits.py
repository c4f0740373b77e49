"""Generate placeholder portraits for the demo stories.

For every story in content/interviews and content/columns that has a ``photo`` field,
draw an 800x800 JPEG at that path: a soft two-colour gradient derived from the author's
name, an abstract head-and-shoulders silhouette and the author's initials. The output
depends only on the name, so running the script twice gives identical files.

Usage: python scripts/make_portraits.py [--force]
"""

from __future__ import annotations

import argparse
import colorsys
import hashlib
import sys
from pathlib import Path

import yaml
from PIL import Image, ImageDraw, ImageFilter, ImageFont

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
STORY_DIRS = ("interviews", "columns")
SIZE = 800
QUALITY = 82
FONT_PATH = Path("/usr/share/fonts/opentype/inter/Inter-SemiBold.otf")


def front_matter(path: Path) -> dict:
    """Return the YAML front matter of a Markdown story, or {} when there is none."""
    text = path.read_text(encoding="utf-8")
    if not text.startswith("---"):
        return {}
    parts = text.split("\n---", 1)
    if len(parts) < 2:
        return {}
    data = yaml.safe_load(parts[0].lstrip("-\n"))
    return data if isinstance(data, dict) else {}


def initials(name: str) -> str:
    """First letter of the first and the last word: 'Youssef El Amrani' -> 'YA'."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalpha()]
    if not words:
        return "?"
    if len(words) == 1:
        return words[0][0].upper()
    return (words[0][0] + words[-1][0]).upper()


def palette(name: str) -> tuple[tuple[int, int, int], tuple[int, int, int], float]:
    """Two soft colours and a gradient angle, derived deterministically from the name."""
    digest = hashlib.sha256(name.encode("utf-8")).digest()
    hue1 = digest[0] / 255
    hue2 = (hue1 + 0.08 + digest[1] / 255 * 0.25) % 1.0

    def soft(hue: float, light: float) -> tuple[int, int, int]:
        r, g, b = colorsys.hls_to_rgb(hue, light, 0.45)
        return round(r * 255), round(g * 255), round(b * 255)

    top = soft(hue1, 0.78 + digest[2] / 255 * 0.08)
    bottom = soft(hue2, 0.58 + digest[3] / 255 * 0.08)
    tilt = (digest[4] / 255 - 0.5) * 0.6
    return top, bottom, tilt


def gradient(top: tuple[int, int, int], bottom: tuple[int, int, int], tilt: float) -> Image.Image:
    """A diagonal-ish linear gradient from top to bottom."""
    small = 100
    img = Image.new("RGB", (small, small))
    pixels = img.load()
    for y in range(small):
        for x in range(small):
            t = (y + tilt * (x - small / 2)) / (small - 1)
            t = min(max(t, 0.0), 1.0)
            pixels[x, y] = tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
    return img.resize((SIZE, SIZE), Image.Resampling.BICUBIC)


def silhouette_colour(bottom: tuple[int, int, int]) -> tuple[int, int, int]:
    return tuple(round(c * 0.55) for c in bottom)


def load_font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    if FONT_PATH.exists():
        return ImageFont.truetype(str(FONT_PATH), size)
    return ImageFont.load_default(size=size)


def portrait(name: str) -> Image.Image:
    top, bottom, tilt = palette(name)
    img = gradient(top, bottom, tilt)

    # Head and shoulders, drawn on a separate layer and softened a little.
    layer = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    shade = silhouette_colour(bottom) + (150,)
    draw.ellipse((270, 180, 530, 450), fill=shade)  # head
    draw.ellipse((110, 480, 690, 1060), fill=shade)  # shoulders
    draw.rectangle((345, 420, 455, 520), fill=shade)  # neck
    layer = layer.filter(ImageFilter.GaussianBlur(2))
    img.paste(layer, (0, 0), layer)

    # Initials, centred on the chest.
    draw = ImageDraw.Draw(img)
    font = load_font(170)
    text = initials(name)
    box = draw.textbbox((0, 0), text, font=font)
    width, height = box[2] - box[0], box[3] - box[1]
    x = (SIZE - width) / 2 - box[0]
    y = 640 - height / 2 - box[1]
    draw.text((x, y), text, font=font, fill=(255, 255, 255))
    return img


def collect() -> dict[str, str]:
    """Map each photo path (relative to content/) to its author's name."""
    photos: dict[str, str] = {}
    for folder in STORY_DIRS:
        for path in sorted((CONTENT / folder).glob("*.md")):
            meta = front_matter(path)
            photo, author = meta.get("photo"), meta.get("author")
            if photo and author:
                photos.setdefault(str(photo), str(author))
    return photos


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="overwrite existing files")
    args = parser.parse_args(argv)

    for rel, author in sorted(collect().items()):
        target = CONTENT / rel
        if target.exists() and not args.force:
            print(f"skip  {rel} (exists)")
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        # No EXIF or other metadata is written: Pillow adds none unless asked.
        portrait(author).save(target, "JPEG", quality=QUALITY, optimize=True)
        print(f"wrote {rel} ({target.stat().st_size // 1024} KB) for {author}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
