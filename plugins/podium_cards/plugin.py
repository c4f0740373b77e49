"""Pelican glue for pipeline step 7, cards: a social card for every page.

Every story gets a 1200x630 card and a 1080x1080 quote square; theme pages
get a theme card; every other page shares its language's hub card. A card's
file name carries a hash of everything that shapes it (text, photo bytes,
layout, fonts, drawing code), so a changed story gets a new URL, which
defeats LinkedIn's week-long cache, and an unchanged one is never rendered
again. Cards are rendered in a process pool and cached outside content/
and output/; cache files no build uses any more are removed.

Rendering starts as soon as every card is known, at the end of this
generator's ``generate_context`` (the site model is read, tagged and
linked by then), so the pool draws cards while Pelican writes the pages;
``generate_output`` only collects what is finished.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import multiprocessing
import os
import re
import shutil
import signal
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import fields
from pathlib import Path
from typing import Any

from pelican import signals
from pelican.generators import Generator

from podium import checked as content_files
from podium import paths, pipeline
from podium import settings as podium_settings
from podium.articles import with_translations
from podium.atomic import signals_wait
from podium.cache import (
    build_cache,
    cached_image,
    kept_or_its_mac,
    publish,
    read_json,
    real_subfolder,
    write_sealed,
)
from podium.chars import BODY_BIDI_RE, FORBIDDEN_RE
from podium.errors import ContentError, Issue, display_path
from podium.filetypes import MAX_LINKED_BYTES, MAX_PHOTO_BYTES
from podium.fingerprint import MEMO as CODE_MEMO
from podium.fingerprint import code_fingerprint
from podium.i18n import former_role, translate

from . import fonts
from . import layout_settings as _registers_podium_cards  # noqa: F401  (typed settings)
from .encode import MAX_BYTES
from .layout import CardLayout
from .spec import CardSpec

# The drawing code (``render``: Pillow's drawing, the portrait's SVG stack, the
# typesetter) is imported where a card is drawn, not here: a warm build draws
# none and only checks the cached files. Their sizes, as ``render.CARD_SIZE``
# and ``SQUARE_SIZE`` draw them (``test_warm_build_imports`` holds them equal);
# render.py itself is left as it is, since its bytes are part of every card's name.
SIZES = {"card": (1200, 630), "square": (1080, 1080)}

log = logging.getLogger(__name__)
CARD_DIR = "cards"
POOL_THRESHOLD = 8  # below this, starting worker processes costs more than it saves


def card_name(
    prefix: str,
    spec: CardSpec,
    layout_fingerprint: str,
    ext: str,
    digests: dict[str, bytes] | None = None,
    shape: bytes | None = None,
) -> str:
    """``cards/<prefix>-<hash>.<ext>``: the hash covers everything that shapes the card.

    ``digests`` keeps each image file's hash for one build: a portrait is on a
    story's card and square, its translation's, and every story of its author.
    ``shape``: ``spec_shape(spec, digests)``, when the caller has it (a story's
    card and square share their spec).
    """
    if shape is None:
        shape = spec_shape(spec, {} if digests is None else digests)
    # One update: hashing the parts one by one cost ~24,000 calls per 400 stories
    # for the same bytes, so the same names.
    digest = hashlib.sha256(layout_fingerprint.encode() + shape).hexdigest()
    return f"{CARD_DIR}/{prefix}-{digest[:16]}.{ext}"


def spec_shape(spec: CardSpec, digests: dict[str, bytes]) -> bytes:
    """The bytes of ``spec`` that a card's name hashes: each field, the kind's
    label and the image files' contents (by their hash, kept in ``digests``)."""
    # The fields themselves, not astuple(): that deep-copies every value (a
    # Path through pickling's reduce), 2% of a warm build; the reprs are the same.
    parts = [
        repr(value if not isinstance(value, Path) else None).encode() + b"\0"
        for value in (getattr(spec, f.name) for f in fields(spec))
    ]
    parts.append(spec.kind_label.encode())  # from strings.yml, which may change
    for path in (spec.portrait_path, spec.logo_path):
        if path is not None:
            key = str(path)
            if key not in digests:
                digests[key] = hashlib.sha256(Path(path).read_bytes()).digest()
            parts.append(digests[key])
    return b"".join(parts)


def _file(name: str) -> str:
    """A card's file name in the cache: ``Path(name).name`` of ``card_name``'s
    ``cards/<prefix>-<hash>.<ext>``, without making a Path (asked 5,000 times
    per 400 stories)."""
    return name.rpartition("/")[2]


def drawing_code(memo: Path | None, render: Path | None = None) -> str:
    """The hash of the code that draws cards, part of every card's name.

    Found by following ``render.py``'s imports (as the parse cache does), not
    only the hand-kept RENDERER_VERSION: three changes that moved pixels (Thai
    hyphens, a quote left off, RTL names on the square) went out without a
    bump, so a build with the CI cache restored kept publishing the old cards
    under the same names. ``render``: another copy of the code (tests).

    Only what the renderer imports, not what the package's ``__init__`` runs
    first: that is this glue, which names, caches and schedules cards (what
    they say is in the spec, hashed apart). A hand-kept list of modules left
    out let drawing code moved into one of them escape the hash.
    """
    entry = render or Path(__file__).with_name("render.py")
    return code_fingerprint(entry, memo, package_inits=False)


CHUNK_MAX = 64
# What each cached card said when it was drawn (title left off, a character no
# font has): a card reused from the cache says it again on every build. Beside
# the card folder, whose files are all cards.
WARNINGS_FILE = "card-warnings.json"


class PhotoChanged(Exception):  # noqa: N818  (not the renderer's OSError/ValueError)
    """A card's photo is not what the read step checked: the card is not drawn.
    ``args``: the photo's path in content/, and why (pickled back from a worker)."""


# A photo a card draws: (its content root, its path there, the SHA-256 the
# read step recorded), by the path the renderer opens.
Checked = dict[str, tuple[str, str, bytes]]


@contextlib.contextmanager
def _checked_photos(module: Any, checked: Checked):
    """The renderer's ``open_image`` in ``module`` (portrait.py) reading the photos of
    ``checked`` under the content policy and only with the read step's digest.

    Set here, not in portrait.py: the renderer's code is hashed into every card's
    name (``drawing_code``), and a change there redraws every card of every hub.
    Its open was a plain one, past the hard-link check, of bytes no one compared."""
    plain = module.open_image

    def open_checked(src: Any) -> Any:
        found = checked.get(src) if isinstance(src, str) else None
        if found is None:
            return plain(src)
        root, rel, sha = found
        try:
            data = content_files.read_content(root, rel, MAX_PHOTO_BYTES, "photo")
        except paths.Refused as exc:
            raise PhotoChanged(rel, f"photo {exc}") from None
        if hashlib.sha256(data).digest() != sha:
            raise PhotoChanged(rel, "photo changed while the build ran; build again")
        return plain(data)

    module.open_image = open_checked
    try:
        yield
    finally:
        module.open_image = plain


def _render(job: tuple[str, CardSpec, CardLayout, Path, Checked]) -> tuple[str, ...]:
    """Render one image into the card cache; its warnings go back to the build.

    The worker writes the file itself (write, then rename): only the warnings
    cross back to the build process, which would otherwise hold every image
    that is done while it is still writing pages (a gigabyte at ten thousand
    stories).
    """
    from . import portrait as portrait_module
    from . import render as render_module

    kind, spec, layout, target, checked = job
    with _checked_photos(portrait_module, checked):
        result = render_module.draw(kind, spec, layout)
    # A folder in the card's place (a damaged or planted cache): the rename
    # would fail with "Is a directory" and end the build; the cache is ours.
    if target.is_dir() and not target.is_symlink():
        shutil.rmtree(target)
    # Published by a hard link: readable by the web server, like any page.
    # Sealed: with PODIUM_CACHE_KEY set, only a card with its MAC is reused.
    write_sealed(target, result.data, mode=0o644)
    return result.warnings


class CardGenerator(Generator):
    def generate_context(self) -> None:
        ps = podium_settings.get(self.settings)
        self.ps = ps
        # Validated with the other settings at start-up (podium.settings.get),
        # also when this module was imported after they were read.
        self.layout = ps.cards
        code = drawing_code(build_cache(self.settings) / CODE_MEMO)
        _forget_replaced_fonts(self.layout)  # before the fingerprint hashes them
        self.fingerprint = self.layout.fingerprint() + code
        self.ext = self.layout.extension
        # A raster logo, or an SVG one (drawn by resvg, portrait.logo); any other
        # file the brand step refused already.
        logo = self.ps.brand.logo
        drawn = logo and logo.lower().endswith((".png", ".jpg", ".jpeg", ".webp", ".svg"))
        self.logo = ps.content_root / logo if drawn else None
        self.logo_said = False  # a logo the cards cannot draw is said once a build
        self.wanted: dict[str, tuple[str, CardSpec, str]] = {}  # name -> (kind, spec, owner)
        self.shapes: dict[int, tuple[CardSpec, bytes]] = {}  # id(spec) -> (spec, spec_shape)
        # A story's file -> the lines of its fields, to put a card warning on its line.
        self.lines: dict[str, dict[str, int]] = {}
        self.photos: dict[str, str] = {}  # a portrait's path -> as its story names it
        # image file -> its hash, for this build; the portraits' from the images
        # step, which read them already (a site without that step reads them here)
        self.digests: dict[str, bytes] = dict(self.context.get(pipeline.PHOTO_DIGESTS, {}))
        if self.logo is not None:
            self.digests[str(self.logo)] = self._logo_digest(logo)
        content = ps.content_root
        theme_colors = {t.slug: t.color for t in self.context.get(pipeline.THEMES, [])}
        for story in with_translations(self.context.get("articles", [])):
            self._story_cards(story, content, theme_colors)
        hub_cards = {lang: self._hub_card(lang) for lang in ps.languages}
        themes = {t.slug: t for t in self.context.get(pipeline.THEMES, [])}
        for meta in self.context.get(pipeline.PAGES, []):
            if meta.image:
                continue
            if meta.card and meta.card[0] == "theme" and meta.card[1] in themes:
                meta.image = self._theme_card(themes[meta.card[1]], meta.lang)
                meta.image_alt = meta.title
            else:
                meta.image = hub_cards[meta.lang]
                meta.image_alt = ps.brand.name
        self._start_rendering()

    # -- specs ----------------------------------------------------------
    def _story_cards(self, story: Any, content: Path, theme_colors: dict[str, str]) -> None:
        tags = getattr(story, "theme_tags", [])
        color = next((theme_colors[t.slug] for t in tags if t.slug in theme_colors), None)
        social = story.podium.consent.social
        portrait = None
        # The portrait appears only with consent to share it on social media,
        # and never on an anonymised story.
        if story.photo and social and not story.anonymous:
            portrait = content / story.photo
            self.photos[str(portrait)] = story.photo
        spec = CardSpec(
            title=story.title,
            quote=story.quote or story.podium_summary,
            author_name=None if story.anonymous else story.author.name,
            author_role=_role(story),
            portrait_path=portrait,
            theme_color=color or self.ps.brand.color,
            brand_name=self.ps.brand.name,
            logo_path=self.logo,
            lang=story.lang,
            kind=story.kind,
            # A summary stands in for a missing quote: it has the story's language.
            quote_lang=story.quote_lang if story.quote else None,
            quote_dir=getattr(story, "quote_dir", None) if story.quote else None,
            quote_by=story.quote_by if story.quote else None,
        )
        prefix = f"{story.slug}.{story.lang}"
        lines = dict(story.podium.lines)
        # A pull quote from the body's blockquote: its warnings go to that line.
        if getattr(story, "quote_line", None):
            lines["quote"] = story.quote_line
        self.lines[story.podium.path] = lines
        story.card_url = self._want("card", spec, prefix, story.podium.path)
        # The quote image is offered only in the share kit, which is shown
        # only with consent to share: no consent, no square to render.
        story.square_url = (
            self._want("square", spec, prefix + ".square", story.podium.path) if social else None
        )
        story.meta.image = story.card_url
        story.meta.image_alt = _alt(story)
        if story.meta.jsonld is not None:
            site_url = self.ps.site_url
            # Google asks for several images of different aspect ratios (16:9,
            # 4:3, 1:1) and picks the one that fits where it shows the story;
            # the square is published (share kit) when the author may be shared.
            images = [story.card_url] + ([story.square_url] if story.square_url else [])
            story.meta.jsonld["image"] = [f"{site_url}/{url}" for url in images]

    def _logo_digest(self, logo: str) -> bytes:
        """The SHA-256 of the logo's bytes: the read step's, when it read the logo
        with content/brand/ (``Site.brand_digests``), else from one read under the
        content policy (hard links, symlinks) every content file is read under."""
        site = self.context.get(pipeline.SITE)
        with contextlib.suppress(paths.Refused):
            known = site.brand_digests.get(paths.normalise(logo)) if site is not None else None
            if known is not None:
                return known
        try:
            data = content_files.read_content(
                str(self.ps.content_root), logo, MAX_LINKED_BYTES, "logo"
            )
        except paths.Refused as exc:
            conf = self.ps.settings_file
            line = podium_settings.setting_line(conf, "PODIUM_BRAND") or 1
            message = f"setting PODIUM_BRAND['logo'] names content/{logo}, which {exc}"
            raise ContentError([Issue(conf, line, message)]) from None
        return hashlib.sha256(data).digest()

    def _hub_card(self, lang: str) -> str:
        brand = self.ps.brand
        spec = CardSpec(
            title=brand.tagline.get(lang) or translate("hub_intro", lang),
            quote="",
            theme_color=brand.color,
            brand_name=brand.name,
            logo_path=self.logo,
            lang=lang,
            kind="hub",
        )
        # Its text is PODIUM_BRAND's (tagline, name): a warning names that line.
        line = podium_settings.setting_line(self.ps.settings_file, "PODIUM_BRAND") or 1
        return self._want("card", spec, f"hub.{lang}", f"{self.ps.settings_file}:{line}")

    def _theme_card(self, theme: Any, lang: str) -> str:
        spec = CardSpec(
            title=theme.name.get(lang, theme.slug),
            quote=theme.description.get(lang, ""),
            theme_color=theme.color,
            brand_name=self.ps.brand.name,
            logo_path=self.logo,
            lang=lang,
            kind="theme",
        )
        # On the line of the theme's name in the themes file, as its other warnings are.
        owner = f"{theme.source}:{theme.line}" if theme.source else f"theme {theme.slug}"
        return self._want("card", spec, f"theme-{theme.slug}.{lang}", owner)

    def _want(self, kind: str, spec: CardSpec, prefix: str, owner: str) -> str:
        # A story's card and square share their spec: its bytes are joined once.
        # Kept with the spec, so no other spec is ever given its id.
        kept = self.shapes.get(id(spec))
        if kept is None:
            kept = self.shapes[id(spec)] = (spec, spec_shape(spec, self.digests))
        name = card_name(prefix, spec, self.fingerprint + kind, self.ext, self.digests, kept[1])
        self.wanted[name] = (kind, spec, owner)
        return name

    # -- rendering --------------------------------------------------------
    def _start_rendering(self) -> None:
        """Send the cards the cache lacks to a process pool, without waiting for them."""
        # A real folder: a link planted in its place by a restored cache is removed.
        self.cache = real_subfolder(build_cache(self.settings) / CARD_DIR)
        self.said = _read_warnings(build_cache(self.settings) / WARNINGS_FILE)
        # A card without its record of warnings (a cache from before the record,
        # or the record lost) is drawn again: it may be one that must warn.
        missing = [n for n in self.wanted if _file(n) not in self.said or not self._kept(n)]
        # Jobs that share a portrait run back to back, so each worker decodes
        # and crops a photo once (portrait.py caches the disc).
        self.missing = sorted(
            missing, key=lambda n: (str(self.wanted[n][1].portrait_path or ""), n)
        )
        jobs = [
            (
                self.wanted[n][0],
                self.wanted[n][1],
                self.layout,
                self.cache / _file(n),
                self._checked(self.wanted[n][1]),
            )
            for n in self.missing
        ]
        workers = os.cpu_count() or 1
        self.pool: ProcessPoolExecutor | None = None
        if len(jobs) >= POOL_THRESHOLD and workers > 1:
            # Contiguous chunks keep a portrait's jobs on one worker; at most
            # CHUNK_MAX jobs, so the pool's queues stay short and work spreads
            # evenly to the end (1,250-job chunks at ten thousand stories).
            chunk = min(CHUNK_MAX, max(4, len(jobs) // (workers * 8)))
            # Spawned, not forked: a forked worker would start as a copy of the
            # whole build process (every story, page and index in memory), which
            # at ten thousand stories doubled the memory of the process tree.
            # The workers are started (by map) with Ctrl-C blocked, which they
            # keep: Ctrl-C reaches every process of the terminal's job, and a
            # worker printed "Traceback ... KeyboardInterrupt" under the build's
            # one line. The build stops them itself (stop_rendering).
            with _interrupts_blocked():
                self.pool = ProcessPoolExecutor(
                    max_workers=workers, mp_context=multiprocessing.get_context("spawn")
                )
                _pools.append(self.pool)
                # map() submits every job now; the results are read in generate_output.
                self.results = self.pool.map(_render, jobs, chunksize=chunk)
        else:
            self.results = None
            self.jobs = jobs

    def _checked(self, spec: CardSpec) -> Checked:
        """The portrait ``spec`` draws, with the digest the read step recorded
        (``pipeline.PHOTO_DIGESTS``), which the worker's bytes must have."""
        path = spec.portrait_path
        sha = self.digests.get(str(path)) if path is not None else None
        photo = self.photos.get(str(path)) if path is not None else None
        if sha is None or photo is None:
            return {}
        return {str(path): (str(self.ps.content_root), photo, sha)}

    def _kept(self, name: str) -> bool:
        """Whether the cache holds card ``name`` as the build draws it: a regular
        file, whole, of the layout's format and the card's size, with no metadata;
        anything else under its name (planted, or cut short) is drawn again."""
        size = SIZES["square"] if self.wanted[name][0] == "square" else SIZES["card"]
        found = cached_image(self.cache / _file(name), self.layout.format, size, MAX_BYTES)
        return found is not None

    # -- output ---------------------------------------------------------
    def generate_output(self, writer) -> None:
        cache, missing = self.cache, self.missing
        try:
            if self.pool is not None:
                self._report(missing, _progress(self.results, len(missing)))
            else:
                self._report(missing, map(_render, self.jobs))
        except BaseException:
            stop_rendering()  # a failed card, Ctrl-C: the cards still drawn are not waited for
            raise
        if self.pool is not None:
            self.pool.shutdown()
            _pools.remove(self.pool)
        out = Path(self.output_path)
        (out / CARD_DIR).mkdir(parents=True, exist_ok=True)
        for name in self.wanted:
            publish(cache / _file(name), out / name)
        keep = {_file(n) for n in self.wanted}
        for stale in cache.iterdir():
            if not kept_or_its_mac(stale.name, keep):
                stale.unlink()
        rendered = set(missing)
        for name in self.wanted:
            if name not in rendered:
                self._say(name, self.said[_file(name)])
        record = json.dumps({k: v for k, v in self.said.items() if k in keep}, sort_keys=True)
        with contextlib.suppress(OSError):  # a read-only cache only costs time
            write_sealed(build_cache(self.settings) / WARNINGS_FILE, record)
        stats = self.settings.setdefault(pipeline.STATS, {})
        for kind in ("card", "square"):
            rendered = sum(1 for n in missing if self.wanted[n][0] == kind)
            total = sum(1 for v in self.wanted.values() if v[0] == kind)
            stats[f"{kind}s_rendered"], stats[f"{kind}s_reused"] = rendered, total - rendered
        log.info("cards: %d rendered, %d reused", len(missing), len(self.wanted) - len(missing))

    def _report(self, names: list[str], results) -> None:
        """Wait for every render (in job order) and log its warnings under its story."""
        try:
            for name, warnings in zip(names, results, strict=True):
                self.said[_file(name)] = list(warnings)
                self._say(name, warnings)
        except PhotoChanged as exc:
            rel, why = exc.args
            shown = display_path(self.ps.content_root / rel, self.ps.content_root)
            raise ContentError([Issue(shown, None, why)]) from None

    def _say(self, name: str, warnings) -> None:
        _kind, spec, owner = self.wanted[name]
        lines = self.lines.get(owner)
        # What the renderer says of the logo (render._brand), which every card
        # draws: a fault of PODIUM_BRAND's logo, not of the card's story or theme.
        logo = f"logo {spec.logo_path} left off the card: "
        for warning in warnings:
            if spec.logo_path is not None and warning.startswith(logo):
                self._say_logo(warning.removeprefix(logo))
            elif lines is None:
                log.warning("%s: warning: card: %s", owner, warning)
            else:
                line = _warning_line(warning, spec, lines)
                log.warning("%s:%d: warning: card: %s", owner, line, warning)

    def _say_logo(self, reason: str) -> None:
        """Once a build, on the line of PODIUM_BRAND's "logo": a logo a card
        could not draw (one resvg refuses: ``width="0"``), named as in content/.
        Each card said it on its own owner's line (themes.yml's for a theme's
        card), with the logo's absolute path."""
        if self.logo_said or self.logo is None:
            return
        self.logo_said = True
        conf = self.ps.settings_file
        line = podium_settings.setting_line(conf, "PODIUM_BRAND['logo']") or 1
        if self.logo.suffix.lower() == ".svg":
            valid = (
                "give an SVG with a width and height above 0, or a viewBox, "
                "or a PNG, JPEG or WebP logo"
            )
        else:
            valid = "save it again as PNG, JPEG or WebP, or give an SVG logo"
        shown = display_path(self.logo, self.ps.content_root)
        log.warning(
            "%s:%d: warning: card: PODIUM_BRAND['logo'] %s is left off the cards (%s); %s",
            conf, line, shown, reason, valid,
        )  # fmt: skip


_pools: list[ProcessPoolExecutor] = []  # card pools still drawing


def stop_rendering() -> None:
    """Stop every card pool now, its workers killed: the build failed or was
    stopped (Ctrl-C, SIGTERM), and no card it would draw is wanted. Left alone,
    a pool drew every card it had been given before the process could end
    (minutes on a big hub), and a failed `podium serve` rebuild drew them
    beside the next. A card cut short is a temporary file the next build removes."""
    while _pools:
        pool = _pools.pop()
        workers = list((getattr(pool, "_processes", None) or {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        for worker in workers:
            with contextlib.suppress(OSError, ValueError):
                worker.kill()
        for worker in workers:
            with contextlib.suppress(OSError, ValueError, AssertionError):
                worker.join(5)


@contextlib.contextmanager
def _interrupts_blocked():
    """SIGINT blocked in this thread, so in the processes it starts, which keep
    the mask; a Ctrl-C meanwhile reaches this process when the block ends."""
    if not hasattr(signal, "pthread_sigmask"):  # Windows: no signal masks
        yield
        return
    # Started first: multiprocessing starts its resource tracker with the first
    # worker, and unblocks SIGINT when it has (whatever was blocked before).
    from multiprocessing import resource_tracker

    resource_tracker.ensure_running()
    with signals_wait(("SIGINT",)):  # SIGTERM still reaches the workers
        yield


def _forget_replaced_fonts(layout: CardLayout) -> None:
    """Empty the renderer's caches in this process when a font file of ``layout``
    was replaced since the last build (``fonts.forget_replaced``): ``podium serve``
    draws a rebuild's few cards here, and every cache keyed by a face (a path)
    or by what was measured with it would draw the old typeface."""
    files = [getattr(layout, f"font_{style}") for style in ("regular", "semibold", "bold")]
    files.append(layout.font_italic)
    files += [f for fb in layout.fallback_fonts for f in (fb.regular, fb.bold) if f]
    if not fonts.forget_replaced(files):
        return
    for name, module in list(sys.modules.items()):
        if name.startswith("podium_cards.") and module is not None:
            for value in list(vars(module).values()):
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()
    render_module = sys.modules.get(f"{__package__}.render")
    if render_module is not None:  # nothing drawn yet: nothing kept
        render_module._static_layers.clear()


# What a card warning starts with -> the front matter fields it is about.
_WARNING_FIELDS = (
    ("title", ("title",)),
    ("its text", ("title",)),
    ("quote's speaker", ("quote",)),
    ("quote", ("quote", "summary")),
    ("author name", ("author",)),
    ("role", ("role",)),
    ("portrait", ("photo",)),
)


def _warning_line(warning: str, spec: CardSpec, lines: dict[str, int]) -> int:
    """The line of the story's front matter a card warning is about: the field it
    names, or, for characters no font has, the first field that holds one; else
    the front matter's first line."""
    fields: tuple[str, ...] = ()
    for start, named in _WARNING_FIELDS:
        if warning.startswith(start):
            fields = named
            break
    else:
        texts = {
            "title": spec.title,
            "quote": spec.quote,
            "author": spec.author_name or "",
            "role": spec.author_role or "",
        }
        # "no font has a glyph for U+F0000 ...": the code points it names.
        named = {chr(int(cp, 16)) for cp in re.findall(r"U\+([0-9A-F]{4,6})\b", warning)}
        fields = tuple(f for f, text in texts.items() if named & set(text))
    for field in fields:
        if field in lines:
            return lines[field]
    return 1


# A card says a warning per text it could not draw whole and one per kind of
# character left off (each named once): a few, never pages. A card's record
# above these is planted, and would flood the log.
MAX_CARD_WARNINGS = 20
MAX_WARNING_CHARS = 4000
# What no warning a build writes holds: content may not hold control
# characters, lone surrogates or the bidi controls that reorder text
# (podium.chars), and a cut text is quoted with its spaces joined.
_NEVER_SAID = re.compile(f"{FORBIDDEN_RE.pattern}|{BODY_BIDI_RE.pattern}|[\t\n\r]")


def _read_warnings(path: Path) -> dict[str, list[str]]:
    """Card file name -> its warnings, from the cache; a record no build writes (not
    a list of strings, or one a build would never say: a terminal escape, a line
    break, a flood) is left out, so that card is drawn again and says its own."""
    data = read_json(path, signed=True)
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if isinstance(k, str) and _said_by_a_build(v)}


def _said_by_a_build(warnings: Any) -> bool:
    return (
        isinstance(warnings, list)
        and len(warnings) <= MAX_CARD_WARNINGS
        and all(
            isinstance(w, str) and len(w) <= MAX_WARNING_CHARS and not _NEVER_SAID.search(w)
            for w in warnings
        )
    )


def _progress(results, total: int):
    """A rich progress bar on a terminal, when there are enough cards to wait for."""
    if total < 50 or not sys.stderr.isatty():
        yield from results
        return
    from rich.progress import Progress

    with Progress(transient=True) as progress:
        task = progress.add_task("Rendering cards", total=total)
        for item in results:
            progress.advance(task)
            yield item


def _role(story: Any) -> str:
    """The role as the card prints it: a former colleague's said to be a past one
    ("Oud-collega · Ontwerper"), as the story page says it beside the role. Bare,
    under the name (or alone, anonymised), it read as the job they still do, on
    every post that shares the card."""
    return former_role(story.role, story.lang) if story.is_alumni else story.role


def _alt(story: Any) -> str:
    if story.anonymous:
        return story.title
    return f"{story.title} – {story.author.name}, {_role(story)}"


def _get_generators(pelican):
    return CardGenerator


def register() -> None:
    signals.initialized.connect(pipeline.on_initialized)  # PLUGINS order
    signals.get_generators.connect(_get_generators)
