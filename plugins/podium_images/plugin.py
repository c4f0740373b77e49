"""Pelican glue for photos: every published portrait, cleaned and resized.

Originals in ``content/images/`` are never copied to the site: phone photos
carry GPS positions and other EXIF data. Each photo used by a published
story is re-encoded without metadata into a few widths (JPEG, plus WebP
where smaller), named by a hash of its bytes, and cached between builds.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pelican import signals
from pelican.generators import Generator
from PIL import Image

from podium import checked as content_files
from podium import paths, pdf, photo_checks, photos, pipeline
from podium import settings as podium_settings
from podium.articles import with_translations
from podium.cache import (
    MAC_SUFFIX,
    build_cache,
    cached_image,
    kept_or_its_mac,
    mac_of,
    mac_path,
    publish,
    real_dir,
    real_subfolder,
    regular_file,
    sealed,
    write_sealed,
)
from podium.errors import ContentError, Issue, display_path
from podium.filetypes import (
    MAX_LINKED_BYTES,
    MAX_PHOTO_BYTES,
    RASTER,
    clean_svg,
    file_problem,
    svg_problem,
)
from podium.fingerprint import MEMO as CODE_MEMO
from podium.fingerprint import code_fingerprint
from podium.photos import (
    clean_photo,
    encode_linked,
    linked_size,
    responsive_variants,
    square_crop,
)
from podium.slugs import shorten, slugify
from podium_read.body import MEDIA_DIR  # where the read step pointed the links
from podium_read.static import static_file_problem

log = logging.getLogger(__name__)
WIDTHS = (96, 192, 320)  # 48-160 CSS px portraits at 1x and 2x, square
PHOTO_DIR = "images/people"
_VARIANT = re.compile(r"(\d+)\.(jpg|webp)")  # a cached variant: "<width>.<ext>"


# podium.paths only opens files for photos.py's checks (inspect_photo), which
# decide whether a photo is used, never its pixels: an edit to it renamed and
# re-encoded every photo variant.
NOT_CLEANING = ("podium/paths.py",)


def cleaning_code(memo: Path | None, entry: Path | None = None) -> str:
    """What the cleaned pixels depend on besides the photo: the cleaning code
    (photos.py, what it imports, Pillow's version), by its fingerprint; a
    hand-kept CLEAN_VERSION served old variants when a change forgot it.
    ``entry``: another copy of photos.py (tests)."""
    return code_fingerprint(entry or Path(photos.__file__), memo, leave_out=NOT_CLEANING)


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
        content = podium_settings.get(self.settings).content_root
        # Real folders, never a link planted by a restored cache (podium.cache).
        root = build_cache(self.settings)
        self.cache = real_subfolder(root / "photos")
        self.code = cleaning_code(root / CODE_MEMO).encode()
        self.pdf_code: bytes | None = None  # the same for podium.pdf, when a PDF is linked
        self.jobs: dict[str, tuple[Path, str]] = {}  # output stem -> (source, cache stem)
        self._variants_of: dict[str, list[tuple[int, str]]] = {}  # cache stem -> checked
        portraits: dict[str, Portrait | None] = {}
        self.digests: dict[str, bytes] = {}  # photo file -> sha256 of its bytes
        site = self.context.get(pipeline.SITE)
        self.checked: dict[str, bytes] = site.photo_digests if site is not None else {}
        for story in with_translations(self.context.get("articles", [])):
            story.portrait = (
                self._portrait(content, story.photo, portraits) if story.photo else None
            )
        for person in self.context.get(pipeline.PEOPLE, {}).values():
            person.portrait = (
                self._portrait(content, person.photo, portraits) if person.photo else None
            )
        self.context[pipeline.PHOTO_DIGESTS] = self.digests
        # Files that published stories link ({static}, {attach}): the read
        # step pointed the links at media/<path>; nothing else publishes them.
        self.linked: dict[str, tuple[str, str]] = {}  # target -> (kind, story path)
        self.linked_used: set[str] = set()  # names in the cache's linked/ this build uses
        for story in with_translations(self.context.get("articles", [])):
            for link in getattr(story, "podium_links", None) or ():
                shown = os.path.relpath(story.source_path)
                self.linked.setdefault(link.target, (link.kind, shown))

    def _portrait(self, content: Path, photo: str, seen: dict) -> Portrait | None:
        if photo in seen:
            return seen[photo]
        source = content / photo
        # The read step read the photo to check it and kept its digest in the
        # site model: keyed on that, a warm build does not read the photo again.
        sha = self.checked.get(photo)
        data = None
        if sha is None:  # not in the site model (a step left out): read it here
            data = self._read_photo(content, photo)
            sha = hashlib.sha256(data).digest()
        self.digests[str(source)] = sha
        # The widths, the square cut and the cleaning code are part of the key:
        # changing any must not reuse old files.
        key = sha + repr(WIDTHS).encode() + b"square" + self.code
        digest = hashlib.sha256(key).hexdigest()[:16]
        stem = f"{PHOTO_DIR}/{published_stem(photo)}-{digest}"
        try:
            variants = self._variants(lambda: data or self._read_photo(content, photo, sha), digest)
        except ValueError as exc:
            # Validation judged the photo already, but its verdict may come from
            # a restored cache (photo_checks): say which photo, as validation would.
            shown = display_path(source, content)
            raise ContentError([Issue(shown, None, f"photo is {exc}; save it again")]) from None
        jpeg = tuple((f"{stem}-{w}.jpg", w) for w, fmt in variants if fmt == "jpeg")
        webp = tuple((f"{stem}-{w}.webp", w) for w, fmt in variants if fmt == "webp")
        self.jobs[stem] = (source, digest)
        portrait = Portrait(jpeg[min(1, len(jpeg) - 1)][0], jpeg, webp) if jpeg else None
        seen[photo] = portrait
        return portrait

    @staticmethod
    def _read_photo(content: Path, photo: str, sha: bytes | None = None) -> bytes:
        """The photo's bytes, under the content policy (bounded); ``sha``: the
        digest the read step recorded, which the bytes must still have."""
        source = content / photo
        try:
            data = content_files.read_content(content, photo, MAX_PHOTO_BYTES, "photo")
        except paths.Refused as exc:
            raise ContentError([Issue(str(source), None, f"photo {exc}")]) from None
        if sha is not None and hashlib.sha256(data).digest() != sha:
            # Replaced after it was checked: the new bytes were never checked.
            shown = display_path(source, content)
            raise ContentError(
                [Issue(shown, None, "photo changed while the build ran; build again")]
            )
        return data

    def _variants(self, source: Callable[[], bytes], digest: str) -> list[tuple[int, str]]:
        """(width, format) of the cached variants, rendering them on a cache miss
        (``source`` gives the photo's bytes, read only then)."""
        folder = self.cache / digest
        found = _cached_variants(folder)
        if found is None:
            _remove(folder)  # absent, damaged or planted: made again
            # Square: every page shows a portrait in a square (round) frame.
            image = square_crop(clean_photo(source()))
            tmp = folder.with_name(folder.name + ".tmp")
            _remove(tmp)
            tmp.mkdir(parents=True)
            for variant in responsive_variants(image, WIDTHS):
                name = f"{variant.width}.{variant.extension}"
                (tmp / name).write_bytes(variant.data)
                # Sealed as it will be named once the folder is renamed.
                mac = mac_of(folder / name, variant.data)
                if mac is not None:
                    mac_path(tmp / name).write_bytes(mac)
            tmp.rename(folder)
            found = _cached_variants(folder) or []
        self._variants_of[digest] = found
        return found

    def generate_output(self, writer) -> None:
        output_file = paths.OutputFiles(self.output_path)  # each file's folder made too
        for stem, (_source, digest) in self.jobs.items():
            for width, fmt in self._variants_of[digest]:
                ext = "jpg" if fmt == "jpeg" else "webp"
                target = output_file(f"{stem}-{width}.{ext}")
                publish(self.cache / digest / f"{width}.{ext}", target)
        for rel, (kind, story) in sorted(self.linked.items()):
            data = self._linked_bytes(rel, kind, story)
            output_file(f"{MEDIA_DIR}/{rel}").write_bytes(data)
        # Brand images and the other static folders' images and PDFs (taken from
        # Pelican's static copy by the gate below), as a story's linked copy of
        # the same file would be published.
        for rel, save_as in self.context.get(pipeline.CLEANED_STATIC, ()):
            ext = Path(rel).suffix[1:].lower()
            kind = "svg" if ext == "svg" else "image" if ext in RASTER else "file"
            data = self._linked_bytes(rel, kind, f"content/{rel}")
            output_file(save_as).write_bytes(data)
        self._prune()

    def _prune(self) -> None:
        """Drop cached photos no published story uses any more: the CI cache
        carries this folder from run to run, and a withdrawn or taken-down
        story's portrait must not live on in it."""
        used = {digest for _source, digest in self.jobs.values()}
        for entry in self.cache.iterdir():
            if entry.name == "linked" and real_dir(entry):
                for old in entry.iterdir():
                    if not kept_or_its_mac(old.name, self.linked_used):
                        _remove(old)
            elif entry.name not in used:
                _remove(entry)
        site = self.context.get(pipeline.SITE)
        if site is not None:  # the read step's checks: photos, brand pictures, linked files
            kept = [*self.checked.values(), *site.brand_digests.values(), *site.link_digests]
            photo_checks.prune(build_cache(self.settings), kept)

    def _linked_bytes(self, rel: str, kind: str, story: str) -> bytes:
        """The published copy of a linked (or brand) file: images re-encoded without
        metadata, SVGs and PDFs without theirs, other attachments as they are, after
        the same checks as validation."""
        content = podium_settings.get(self.settings).content_root
        site = self.context.get(pipeline.SITE)
        # A brand picture's or drawing's bytes as the read step read them to check
        # it; a brand attachment, whose bytes it did not keep, must still have
        # the digest it checked.
        data = site.brand_checked.get(rel) if site is not None else None
        if data is None:
            data = self._read_linked(content, rel, story)
            sha = site.brand_digests.get(rel) if site is not None else None
            if sha is not None and hashlib.sha256(data).digest() != sha:
                # Replaced after it was checked: the new bytes were never checked.
                problem = "the file changed while the build ran; build again"
                raise ContentError([Issue(story, None, f"link to content/{rel}: {problem}")])
        ext = Path(rel).suffix[1:].lower()
        if kind == "image":
            return self._cleaned(
                data + b"linked-" + self.code,
                ext,
                lambda cached: _kept_linked(cached, RASTER[ext], data),
                lambda: encode_linked(clean_photo(data), RASTER[ext]),
                f"link to content/{rel}: the file is ",
                story,
            )
        problem = svg_problem(data) if kind == "svg" else file_problem(ext, data)
        if problem:
            raise ContentError([Issue(story, None, f"link to content/{rel}: the file {problem}")])
        if kind == "svg":
            # Without who made it (its comments, the RDF creator and rights
            # holder), as a photo is without EXIF and a PDF without /Author.
            try:
                return clean_svg(data)
            except ValueError as exc:
                raise ContentError(
                    [Issue(story, None, f"link to content/{rel}: the file {exc}")]
                ) from None
        if ext == "pdf":
            # Without its metadata (podium.pdf), cached as re-encoded images are.
            if self.pdf_code is None:  # once a build, and only for a hub that links PDFs
                memo = build_cache(self.settings) / CODE_MEMO
                self.pdf_code = code_fingerprint(Path(pdf.__file__), memo).encode()
            return self._cleaned(
                data + b"pdf-" + self.pdf_code,
                "pdf",
                _cached_pdf,
                lambda: pdf.clean_pdf(data),
                f"link to content/{rel}: the file ",
                story,
            )
        return data

    @staticmethod
    def _read_linked(content: Path, rel: str, story: str) -> bytes:
        try:
            return content_files.read_content(content, rel, MAX_LINKED_BYTES, "linked file")
        except paths.Refused as exc:
            raise ContentError(
                [Issue(story, None, f"link to content/{rel}: the file {exc}")]
            ) from None

    def _cleaned(
        self,
        key: bytes,
        ext: str,
        kept: Callable[[Path], bytes | None],
        clean: Callable[[], bytes],
        problem: str,
        story: str,
    ) -> bytes:
        """A linked file's published copy from ``.podium-cache/images/linked/``,
        named by a hash of ``key`` (its bytes and the code that cleans it), or
        ``clean()``'d and kept there; ``kept`` reads a cached copy back, or None
        for one that is not whole (the cache is restored from a tar, and not
        trusted). A ValueError of ``clean`` is one error line, ``problem`` first."""
        digest = hashlib.sha256(key).hexdigest()[:24]
        cached = real_subfolder(self.cache / "linked") / f"{digest}.{ext}"
        self.linked_used.add(cached.name)
        found = kept(cached)
        if found is not None:
            return found
        try:
            cleaned = clean()
        except ValueError as exc:
            raise ContentError([Issue(story, None, f"{problem}{exc}")]) from None
        _remove(cached)
        with contextlib.suppress(OSError):  # a cache that cannot be written costs time
            write_sealed(cached, cleaned)
        return cleaned


def published_stem(photo: str) -> str:
    """The published name of ``photo`` before its hash: a slug of its file name.

    A srcset is split at spaces: "Foto Anna (1).jpg" (a download's second copy,
    a laptop's own name) published as "Foto Anna (1)-<hash>-96.jpg" gave the
    browser the URL ".../Foto" with the descriptor "Anna", and no candidate of
    the portrait was used. The hash keeps two photos of one slug apart.
    """
    return shorten(slugify(Path(photo).stem, "photo"), 60)


def _cached_pdf(cached: Path) -> bytes | None:
    """A cached cleaned PDF: a regular file that is a PDF, whole, and clean
    (``pdf.is_clean``: a planted original kept its scripts); else None."""
    if not regular_file(cached):
        return None
    with contextlib.suppress(paths.Refused):
        kept = paths.read_bounded(cached, MAX_LINKED_BYTES)
        if (
            len(kept) <= MAX_LINKED_BYTES
            and file_problem("pdf", kept) is None
            and kept.rstrip().endswith(b"%%EOF")
            and pdf.is_clean(kept)
            and sealed(cached, kept)
        ):
            return kept
    return None


def _cached_variants(folder: Path) -> list[tuple[int, str]] | None:
    """The (width, format) pairs kept in ``folder``, or None unless it is a real folder
    of regular files named for widths up to the largest asked for, each starting as
    its format does.

    A restored CI cache is not trusted: a symlink here would publish a file of
    the build machine as a portrait (``publish`` hard-links what is checked).
    """
    if not real_dir(folder):
        return None
    out = []
    for path in folder.iterdir():
        if path.name.endswith(MAC_SUFFIX):
            continue  # a variant's MAC, checked with it (cached_image)
        match = _VARIANT.fullmatch(path.name)
        # A photo narrower than a width is kept at its own width (never upscaled).
        if match is None or not 0 < int(match[1]) <= max(WIDTHS):
            return None
        fmt = "jpeg" if match[2] == "jpg" else "webp"
        side = int(match[1])  # square_crop: as high as it is wide
        if cached_image(path, fmt, (side, side), MAX_PHOTO_BYTES) is None:
            return None
        out.append((int(match[1]), fmt))
    return sorted(out) or None


def _kept_linked(cached: Path, fmt: str, original: bytes) -> bytes | None:
    """A linked image's cached copy, as ``encode_linked`` makes it from ``original``
    (its size fitted), or None; also for an original that is no image, whose
    cleaning then says why in one line."""
    try:
        size = linked_size(original)
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        return None
    return cached_image(cached, fmt, size)


def _remove(path: Path) -> None:
    """Delete a cache entry without following a link planted in its place."""
    if path.is_symlink() or path.is_file():
        path.unlink()
    elif path.is_dir():
        shutil.rmtree(path)


def _get_generators(pelican):
    return PhotoGenerator


def _gate_static_files(generator) -> None:
    """Pelican copies static files as they are: allow only brand files that pass
    the content root policy (and, for SVG, the allowlist); images (SVG too) are
    taken from the copy and published clean by the photo generator. Links from stories
    never get here (the read step resolves them), so any other file is refused.

    The brand files the read step read and checked (``Site.brand_checked``: the
    build stopped on their errors) are not read again; a raster file is read
    once, when it is published re-encoded (``_linked_bytes``, the same policy)."""
    content = Path(generator.path)
    site = generator.context.get(pipeline.SITE)
    checked = site.brand_checked if site is not None else frozenset()
    # An entry is a folder or, as in Pelican's own example ("extra/robots.txt"),
    # a single file: a site's CNAME or favicon.ico is listed so. As the typed
    # settings wrote them ("./brand/" is "brand"), as Pelican found the files.
    typed = podium_settings.get(generator.settings)
    listed = typed.static_paths
    folders = tuple(f"{p}/" for p in listed)
    issues = []
    for sc in generator.staticfiles:
        rel = Path(sc.source_path).relative_to(content).as_posix()
        shown = os.path.relpath(sc.source_path)
        if rel not in listed and not rel.startswith(folders):
            issues.append(Issue(shown, None, "is linked as a static file; Podium does not copy it"))
            continue
        if rel in checked:
            continue
        problem = static_file_problem(content, rel, typed.static_named)
        if problem:
            issues.append(Issue(shown, None, problem))
    if issues:
        raise ContentError(issues)
    # Images and PDFs are published as a story's linked copy of them is (photo
    # generator), never as they are: a raster re-encoded without metadata (a logo
    # saved from a phone keeps its GPS position), an SVG without its comments and
    # the creator and rights holder its metadata names, a PDF without its author
    # and the folder it was made in (a brochure in brand/ kept both).
    cleaned = [
        sc
        for sc in generator.staticfiles
        if (ext := Path(sc.source_path).suffix[1:].lower()) in RASTER or ext in ("svg", "pdf")
    ]
    generator.staticfiles[:] = [sc for sc in generator.staticfiles if sc not in cleaned]
    generator.context[pipeline.CLEANED_STATIC] = [
        (Path(sc.source_path).relative_to(content).as_posix(), sc.save_as) for sc in cleaned
    ]


def register() -> None:
    signals.initialized.connect(pipeline.on_initialized)  # PLUGINS order
    signals.get_generators.connect(_get_generators)
    signals.static_generator_finalized.connect(_gate_static_files)
