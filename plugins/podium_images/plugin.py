"""Pelican glue for photos: every published portrait, cleaned and resized.

Originals in ``content/images/`` are never copied to the site: phone photos
carry GPS positions and other EXIF data. Each photo used by a published
story is re-encoded without metadata into a few widths (JPEG, plus WebP
where smaller), named by a hash of its bytes, and cached between builds.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path

from pelican import signals
from pelican.generators import Generator

from podium import pipeline
from podium.articles import with_translations
from podium.cache import build_cache
from podium.photos import clean_photo, responsive_variants

log = logging.getLogger(__name__)
WIDTHS = (96, 192, 320)  # 48-160 CSS px portraits at 1x and 2x
PHOTO_DIR = "images/people"


@dataclass(frozen=True)
class Portrait:
    src: str  # site-relative URL of the middle JPEG
    jpeg: tuple[tuple[str, int], ...]  # (url, width)
    webp: tuple[tuple[str, int], ...]

    def srcset(self, site_url: str, fmt: str = "jpeg") -> str:
        items = self.jpeg if fmt == "jpeg" else self.webp
        return ", ".join(f"{site_url}/{url} {w}w" for url, w in items)


class PhotoGenerator(Generator):
    def generate_context(self) -> None:
        content = Path(self.settings["PATH"])
        self.cache = build_cache(self.settings) / "photos"
        self.jobs: dict[str, tuple[Path, str]] = {}  # output stem -> (source, cache stem)
        portraits: dict[str, Portrait | None] = {}
        for story in with_translations(self.context.get("articles", [])):
            story.portrait = (
                self._portrait(content, story.photo, portraits) if story.photo else None
            )
        for person in self.context.get(pipeline.PEOPLE, {}).values():
            person.portrait = (
                self._portrait(content, person.photo, portraits) if person.photo else None
            )

    def _portrait(self, content: Path, photo: str, seen: dict) -> Portrait | None:
        if photo in seen:
            return seen[photo]
        source = content / photo
        # The widths are part of the key: changing them must not reuse old files.
        digest = hashlib.sha256(source.read_bytes() + repr(WIDTHS).encode()).hexdigest()[:16]
        stem = f"{PHOTO_DIR}/{Path(photo).stem}-{digest}"
        variants = self._variants(source, digest)
        jpeg = tuple((f"{stem}-{w}.jpg", w) for w, fmt in variants if fmt == "jpeg")
        webp = tuple((f"{stem}-{w}.webp", w) for w, fmt in variants if fmt == "webp")
        self.jobs[stem] = (source, digest)
        portrait = Portrait(jpeg[min(1, len(jpeg) - 1)][0], jpeg, webp) if jpeg else None
        seen[photo] = portrait
        return portrait

    def _variants(self, source: Path, digest: str) -> list[tuple[int, str]]:
        """(width, format) of the cached variants, rendering them on a cache miss."""
        folder = self.cache / digest
        if not folder.is_dir():
            image = clean_photo(source)
            tmp = folder.with_name(folder.name + ".tmp")
            tmp.mkdir(parents=True, exist_ok=True)
            for variant in responsive_variants(image, WIDTHS):
                (tmp / f"{variant.width}.{variant.extension}").write_bytes(variant.data)
            tmp.rename(folder)
        out = []
        for path in sorted(folder.iterdir()):
            width, ext = path.stem, path.suffix
            out.append((int(width), "jpeg" if ext == ".jpg" else "webp"))
        return sorted(out)

    def generate_output(self, writer) -> None:
        out = Path(self.output_path)
        for stem, (_source, digest) in self.jobs.items():
            for cached in (self.cache / digest).iterdir():
                target = out / f"{stem}-{cached.stem}{cached.suffix}"
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(cached.read_bytes())


def _get_generators(pelican):
    return PhotoGenerator


def register() -> None:
    signals.initialized.connect(pipeline.on_initialized)  # PLUGINS order
    signals.get_generators.connect(_get_generators)
