"""Render social cards (1200×630) and square quote images (1080×1080).

Pure functions: a ``CardSpec`` (what the card says) and a ``CardLayout`` (how
cards look site-wide) in, image bytes and warnings out. No Pelican, no
network, no browser; Pillow only.
"""

from __future__ import annotations

import math
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from pathlib import Path

from PIL import Image, ImageDraw

from podium.colors import RGB, contrast, legible, mix, rgb
from podium.paths import version

from . import fonts, portrait
from .encode import encode
from .layout import CardLayout
from .paint import Box, draw_block
from .spec import CardSpec, opening_mark
from .textprep import Prepared, normalize, prepare
from .typeset import Block, fit, has_ink

CARD_SIZE = (1200, 630)
SQUARE_SIZE = (1080, 1080)
WHITE: RGB = (255, 255, 255)


@dataclass(frozen=True)
class RenderResult:
    data: bytes
    format: str  # "jpeg" or "png"
    width: int
    height: int
    missing_glyphs: tuple[str, ...] = ()  # characters no font could draw (left out)
    warnings: tuple[str, ...] = ()  # one line each, for the caller to log naming the story

    @property
    def extension(self) -> str:
        return "jpg" if self.format == "jpeg" else "png"


@dataclass(frozen=True)
class _Text:
    """One fitted text element of a plan."""

    block: Block
    box: Box
    colour: RGB
    align: str = "start"


@dataclass
class CardPlan:
    """Where everything goes; public so tests (and previews) can check the boxes."""

    size: tuple[int, int]
    background: RGB
    headline_box: Box = Box(0, 0, 0, 0)
    quote_box: Box | None = None  # the region the quote and its quote mark may use
    portrait_box: Box | None = None
    photo: Image.Image | None = None
    logo: Image.Image | None = None
    logo_box: Box | None = None
    texts: dict[str, _Text] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    # The characters a warning of a text left off named already ("title cannot
    # be drawn: no font has ..."), which the card's last warning leaves out.
    named: set[str] = field(default_factory=set)
    warnings: list[str] = field(default_factory=list)

    def add(self, name: str, block: Block, box: Box, colour: RGB, align: str = "start") -> None:
        self.texts[name] = _Text(block, box, colour, align)
        self.missing.extend(block.prepared.missing)


def _fit(
    layout: CardLayout,
    style: str,
    text: str,
    box: Box,
    sizes: tuple[int, int],
    direction: str | None = None,
    **kw,
) -> Block:
    chain = layout.chain(style)
    prepared = prepare(text, chain, direction)
    return fit(prepared, chain[0], box.w, box.h, sizes[0], sizes[1], **kw)


def unreadable(prepared: Prepared) -> bool:
    """Whether so much of a text has no glyph that what is left would mislead.

    A title with one missing symbol still reads; one that is mostly gaps
    (no font for its script) does not, and a half-drawn name is a wrong name.
    """
    if not prepared.missing:
        return False
    drawn = sum(1 for c in prepared.clusters if not c.isspace())
    return drawn < 2 * len(prepared.missing)


def name_characters(missing: tuple[str, ...] | list[str]) -> str:
    """``U+4E2D 中, U+6587 文``: code points (always readable) and the characters.
    Every code point of a letter with marks: Thaana writes a vowel mark on
    nearly every letter, and "U+078B ދި" named the letter, not its mark, while
    "U+07CF ߏ, U+07CF ߏ߫" named one twice."""
    return ", ".join(
        " ".join(f"U+{ord(ch):04X}" for ch in c) + f" {c}" for c in dict.fromkeys(missing)
    )


def _readable(
    layout: CardLayout,
    spec: CardSpec,
    plan: CardPlan,
    what: str,
    text: str,
    style: str,
    instead: str = "left off the card",
) -> str | None:
    """``text``, or None when it cannot be drawn (with the warning that says so)."""
    prepared = prepare(text, layout.chain(style))
    if not prepared.missing and normalize(text) and not has_ink(prepared):
        # Only invisible characters: a blank title, name or quote, in silence.
        shown = name_characters(list(dict.fromkeys(normalize(text).replace(" ", ""))))
        plan.warnings.append(f"{what} has only invisible characters ({shown}); {instead}")
        return None
    if not unreadable(prepared):
        return text
    plan.missing.extend(prepared.missing)
    plan.named.update(prepared.missing)
    plan.warnings.append(
        f"{what} cannot be drawn: no font has {name_characters(prepared.missing)}; {instead}"
    )
    return None


def _say_cut(
    plan: CardPlan,
    what: str,
    block: Block,
    where: str,
    lead: int = 0,
    advice: str = "shorten it to show it whole",
) -> None:
    """A text that ends in "…" because its box is full: the writer is told, with
    where it was cut, as for a character left off (nothing else shows it).
    ``lead``: characters the card puts before the writer's text ("— ")."""
    if not block.truncated:
        return
    p = block.prepared
    shown = max((block.lines[-1].end if block.lines else 0) - lead, 0)
    drawn = " ".join("".join(p.clusters[lead : lead + shown]).split())
    ending = drawn[-30:]  # its last words (of a Chinese title, its last characters)
    if len(drawn) > 30:
        ending = "…" + (ending.split(" ", 1)[1] if " " in ending[1:] else ending)
    plan.warnings.append(
        f'{what} is too long for the {where}: it is cut after "{ending}…" '
        f"({shown} of {len(p) - lead} characters shown); {advice}"
    )


_HUB_NAME_INSTEAD = "the card shows the hub's name instead"


def _fallback_title(spec: CardSpec) -> str:
    # The hub's name; the kind label above it says what kind of page it is.
    return spec.brand_name


def _portrait(spec: CardSpec, layout: CardLayout, diameter: int, plan: CardPlan) -> None:
    # An anonymised story (a role, no name) shows no face either.
    if not (layout.show_portrait and spec.has_author and spec.author_name and spec.portrait_path):
        return
    try:
        plan.photo = portrait.round_portrait(Path(spec.portrait_path), diameter)
    except (OSError, ValueError, Image.DecompressionBombError) as exc:
        plan.warnings.append(f"portrait {spec.portrait_path} left off the card: {exc}")


# A logo at most this many times as wide as high is an icon, not a wordmark.
ICON_RATIO = 2


def _brand(spec: CardSpec, layout: CardLayout, plan: CardPlan, box: Box, colour: RGB) -> None:
    """The logo in ``box`` when there is one, else the brand name; an icon
    (``ICON_RATIO``) with the name beside it."""
    if layout.show_logo and spec.logo_path:
        try:
            plan.logo = portrait.logo(Path(spec.logo_path), box.w, box.h - 8)
            plan.logo_box = box
        except (OSError, ValueError, Image.DecompressionBombError) as exc:
            plan.warnings.append(f"logo {spec.logo_path} left off the card: {exc}")
        else:
            if plan.logo.width > ICON_RATIO * plan.logo.height:
                return  # a wordmark: the name already
            # An icon alone names no one in a feed (the demo's sun over a wave
            # took "Helder Energie" off every card once SVG logos were drawn):
            # the name goes beside it, as mkdocs-material's cards set a site's.
            gap = 16
            box = Box(box.x + plan.logo.width + gap, box.y, box.w - plan.logo.width - gap, box.h)
    inner = Box(box.x, box.y + 10, box.w, box.h - 10)
    block = _fit(layout, "bold", spec.brand_name, inner, (24, 24), max_lines=1)
    plan.add("brand", block, inner, colour)
    if spec.kind == "hub":
        # Every card draws the name in this box: said once, by the hub's card
        # (on PODIUM_BRAND's line), not on every story.
        # A wordmark logo (wider than high) is the name, drawn whole; an icon
        # leaves the name beside it, so "or a logo" is no advice with one set.
        logo = "" if plan.logo is not None else ' or a "logo" (a wordmark)'
        advice = f'give PODIUM_BRAND a shorter "name"{logo} to show it whole'
        _say_cut(plan, "brand name", block, "cards", advice=advice)


def _colours(spec: CardSpec, layout: CardLayout) -> tuple[RGB, RGB, RGB, RGB]:
    """Background, text, accent (label, quote mark) and muted (quote, role) colours."""
    bg, text = rgb(layout.background), rgb(layout.text)
    if spec.kind in ("theme", "hub"):
        # Theme and hub cards are set in the theme colour, so they stand apart
        # from story cards in a feed; the ink is whichever of white/text reads.
        bg = rgb(spec.theme_color)
        text = WHITE if contrast(WHITE, bg) >= 4.5 else text
        return bg, text, mix(text, bg, 0.2), mix(text, bg, 0.1)
    accent = legible(rgb(layout.accent or spec.theme_color), bg, text)
    return bg, text, accent, mix(text, bg, 0.34)


_SAID_BY = "— "


def _speaker(layout: CardLayout, spec: CardSpec, plan: CardPlan, style: str) -> str | None:
    """The speaker's line ("— Joost Hart, teamleider") under a quote its page
    captions with someone other than the author, as the page does: without it
    the quote stands over the author's name as the author's. None for a
    story's own quote."""
    if not spec.quote_by or spec.kind not in ("interview", "column"):
        return None
    said = _readable(layout, spec, plan, "quote's speaker", spec.quote_by, style)
    return f"{_SAID_BY}{said}" if said else None


def plan_card(spec: CardSpec, layout: CardLayout) -> CardPlan:
    """Fit every text of a 1200×630 card into its box."""
    width, height = CARD_SIZE
    bg, text, accent, muted = _colours(spec, layout)
    plan = CardPlan(CARD_SIZE, bg)
    left, right, top, bottom = 84, width - 72, 58, height - 60
    _portrait(spec, layout, 248, plan)
    column_right = right - 300 - 44 if plan.photo is not None else right
    text_w = column_right - left
    big = spec.kind in ("theme", "hub")
    title = _readable(layout, spec, plan, "title", spec.title, "bold", _HUB_NAME_INSTEAD)
    title = _fallback_title(spec) if title is None else title
    quote = spec.quote if layout.show_quote else ""
    if quote:
        # A quote no font can draw would leave a lone quote mark: the headline
        # takes its room instead.
        style = "regular" if big else "italic"
        quote = _readable(layout, spec, plan, "quote", quote, style) or ""

    y = top
    if layout.show_kind_label:
        box = Box(left, y, min(text_w, 520), 34)
        plan.add("label", _fit(layout, "bold", spec.kind_label.upper(), box, (20, 20)), box, accent)
        y += 52
    footer_h = 52
    footer_y = bottom - footer_h
    # Without a quote the headline may use the whole column, and grow.
    head_h = (250 if big else 230) if quote else footer_y - 40 - y
    largest = 80 if big or not quote else 68
    plan.headline_box = Box(left, y, text_w, head_h)
    head = _fit(layout, "bold", title, plan.headline_box, (40, largest), spacing=1.12)
    plan.add("headline", head, plan.headline_box, text)
    if title == spec.title:
        _say_cut(plan, "title", head, "card")

    if quote:
        q_top = y + max(head.height, 40) + 34
        plan.quote_box = region = Box(left, q_top - 8, text_w, footer_y - 28 - q_top + 8)
        if not big:
            chain = layout.chain("italic")
            prepared = prepare(quote, chain, spec.quote_dir)
            # The mark stands where the quote begins: on the right in Arabic and Hebrew.
            mark_box = Box(region.right - 60 if prepared.rtl else left, region.y, 60, 78)
            opening = opening_mark(spec.quote_lang, prepared.rtl)
            mark = _fit(layout, "bold", opening, mark_box, (124, 124))
            plan.add("mark", mark, mark_box, accent)
            speaker = _speaker(layout, spec, plan, "italic")
            qbox = Box(
                left if prepared.rtl else left + 62,
                q_top,
                text_w - 62,
                region.bottom - q_top - (40 if speaker else 0),
            )
            block = fit(prepared, chain[0], qbox.w, qbox.h, 24, 32, spacing=1.34, balance=False)
            plan.add("quote", block, qbox, muted)
            _say_cut(plan, "quote", block, "card")
            if speaker:
                by_box = Box(qbox.x, q_top + block.height + 8, qbox.w, 32)
                # The page's caption has the quote's dir: its speaker reads so too.
                by = _fit(layout, "italic", speaker, by_box, (20, 22), spec.quote_dir, max_lines=1)
                plan.add("speaker", by, by_box, muted)
                _say_cut(plan, "quote's speaker", by, "card", lead=len(_SAID_BY))
        else:
            qbox = Box(left, q_top, text_w, region.bottom - q_top)
            # A theme's description (a hub's has none) is its page's text, which
            # the card only begins: cut, it is no mistake to warn of.
            block = _fit(layout, "regular", quote, qbox, (24, 30), spacing=1.34, balance=False)
            plan.add("quote", block, qbox, muted)

    _brand(spec, layout, plan, Box(left, footer_y, 420, footer_h), text)

    if spec.has_author:
        author = _readable(layout, spec, plan, "author name", spec.author_name or "", "bold")
        if plan.photo is not None:
            col = Box(right - 300, top + 24, 300, 0)
            d = plan.photo.width
            plan.portrait_box = Box(col.x + (col.w - d) // 2, col.y, d, d)
            name_y = plan.portrait_box.bottom + 26
            name_box, role_box = Box(col.x, name_y, col.w, 38), Box(col.x, name_y + 42, col.w, 62)
            align = "center"
        else:
            # Bottom right, opposite the brand: at the right edge in every
            # script ("end" would put an Arabic name at the box's left, mid-card).
            name_box = Box(right - 560, footer_y - 14, 560, 36)
            role_box = Box(right - 560, footer_y + 24, 560, 32)
            align = "right"
        if author:
            name = _fit(layout, "bold", author, name_box, (22, 28), max_lines=1)
            if name.truncated and plan.photo is not None:
                # The column beside the portrait is 300 px: a double surname
                # ("Anne-Marie van den Heuvel-Verstappen") was "Anne-Marie van
                # den…". A second line, rather than a cut name; the role moves down.
                two = Box(name_box.x, name_box.y, name_box.w, name_box.h + math.ceil(22 * 1.2))
                name = _fit(layout, "bold", author, two, (22, 28), max_lines=2)
                name_box = two
                below = round((len(name.lines) - 1) * name.line_height)
                role_box = Box(role_box.x, role_box.y + below, role_box.w, role_box.h)
            plan.add("name", name, name_box, text, align)
            _say_cut(plan, "author name", name, "card")
        if spec.author_role:
            if not author:  # anonymised (or a name no font draws): the role in its place
                role_box = Box(role_box.x, name_box.y, role_box.w, role_box.bottom - name_box.y)
            lines = 2 if plan.photo is not None else 1
            role = _fit(layout, "regular", spec.author_role, role_box, (18, 22), max_lines=lines)
            plan.add("role", role, role_box, muted, align)
            _say_cut(plan, "role", role, "card")
    return plan


# Drawn once per theme colour, language and kind into the static layer.
STATIC_TEXTS = ("label", "brand")
_STATIC_MAX = 32  # up to 4.6 MB each (a square): a bound on a worker's memory
_static_layers: OrderedDict[tuple, Image.Image] = OrderedDict()


def _draw_texts(card: Image.Image, plan: CardPlan, skip: tuple[str, ...] = ()) -> None:
    for name, t in plan.texts.items():
        if name not in skip:
            draw_block(card, t.block, t.box, t.colour, t.align)


def _draw_logo(card: Image.Image, plan: CardPlan) -> None:
    if plan.logo is not None and plan.logo_box is not None:
        box = plan.logo_box
        card.paste(plan.logo, (box.x, box.bottom - plan.logo.height), plan.logo)


def _static_layer(kind: str, spec: CardSpec, plan: CardPlan, paint) -> Image.Image:
    """What cards of one colour, language and kind share, drawn once and copied.

    Background, accent bar or disc, portrait ring, kind label, brand name or
    logo: the key holds everything they are drawn from (the fitted blocks
    carry their text, faces and sizes), so two cards share a layer only when
    those pixels are the same.
    """
    logo = None
    if plan.logo is not None and spec.logo_path is not None:
        path = Path(spec.logo_path)
        logo = (str(path), version(path.stat()), plan.logo_box, plan.logo.size)
    key = (
        kind,
        plan.size,
        plan.background,
        spec.theme_color,
        spec.kind in ("theme", "hub"),
        plan.portrait_box,
        logo,
        *(plan.texts.get(name) for name in STATIC_TEXTS),
    )
    layer = _static_layers.get(key)
    if layer is None:
        layer = Image.new("RGB", plan.size, plan.background)
        paint(layer)
        for name in STATIC_TEXTS:
            t = plan.texts.get(name)
            if t is not None:
                draw_block(layer, t.block, t.box, t.colour, t.align)
        _draw_logo(layer, plan)
        _static_layers[key] = layer
        if len(_static_layers) > _STATIC_MAX:
            _static_layers.popitem(last=False)
    else:
        _static_layers.move_to_end(key)
    return layer.copy()


def render_card(spec: CardSpec, layout: CardLayout | None = None) -> RenderResult:
    """The 1200×630 social card (og:image) for ``spec``."""
    layout = layout or CardLayout()
    plan = plan_card(spec, layout)
    theme = rgb(spec.theme_color)

    def paint(card: Image.Image) -> None:
        if spec.kind in ("theme", "hub"):
            # A large, faint disc bleeding off the right edge: depth without a photo.
            card.paste(
                mix(plan.background, WHITE, 0.1),
                (plan.size[0] - 430, 110),
                portrait.circle_mask(760),
            )
        else:
            # The brand bar: the story's theme colour down the left edge.
            ImageDraw.Draw(card).rectangle((0, 0, 17, plan.size[1]), fill=theme)
        if plan.photo is not None and plan.portrait_box:
            b = plan.portrait_box
            ring = 10  # a theme-coloured ring, separated from the photo by a hairline of paper
            card.paste(theme, (b.x - ring, b.y - ring), portrait.circle_mask(b.w + 2 * ring))
            card.paste(plan.background, (b.x - 4, b.y - 4), portrait.circle_mask(b.w + 8))

    return _finished("card", spec, layout, plan, paint)


def plan_square(spec: CardSpec, layout: CardLayout) -> CardPlan:
    """Fit the texts of a 1080×1080 quote image: brand, big quote, author."""
    width, height = SQUARE_SIZE
    theme = rgb(spec.theme_color)
    # Full-bleed theme colour; white text when it reads well, else the text colour.
    ink = WHITE if contrast(WHITE, theme) >= 4.5 else rgb(layout.text)
    soft = mix(ink, theme, 0.25)
    plan = CardPlan(SQUARE_SIZE, theme)
    pad = 96
    _portrait(spec, layout, 132, plan)
    _brand(spec, layout, plan, Box(pad, pad - 20, 560, 64), ink)
    title = _readable(layout, spec, plan, "title", spec.title, "semibold", _HUB_NAME_INSTEAD)
    title = _fallback_title(spec) if title is None else title
    quote = spec.quote if layout.show_quote else ""
    if quote:
        # A quote no font can draw would leave the square blank but for its mark.
        instead = "the square shows the title instead"
        quote = _readable(layout, spec, plan, "quote", quote, "semibold", instead) or ""
    body = quote or title
    speaker = _speaker(layout, spec, plan, "semibold") if quote else None
    footer_y = height - pad - 132
    below = 60 if speaker else 0  # the speaker's line under the quote
    plan.headline_box = Box(pad, 340, width - 2 * pad, footer_y - 60 - 340 - below)
    direction = spec.quote_dir if quote else None  # as the quote's page writes it
    block = _fit(layout, "semibold", body, plan.headline_box, (38, 76), direction, spacing=1.22)
    if quote or title == spec.title:
        _say_cut(plan, "quote" if quote else "title", block, "quote image")
    # A short quote sits in the optical middle rather than hanging from the top.
    shift = (plan.headline_box.h - block.height) // 3
    text_box = Box(pad, plan.headline_box.y + shift, plan.headline_box.w, block.height)
    if speaker:
        by_box = Box(pad, text_box.bottom + 16, plan.headline_box.w, 44)
        by = _fit(layout, "semibold", speaker, by_box, (28, 32), spec.quote_dir, max_lines=1)
        plan.add("speaker", by, by_box, soft)
        _say_cut(plan, "quote's speaker", by, "quote image", lead=len(_SAID_BY))
    rtl = block.prepared.rtl
    if quote:
        # Only over a quote: over the title (no quote, show_quote off, or one
        # no font draws) it read as words the author said, signed below.
        mark_box = Box(width - pad - 130 if rtl else pad - 6, 200 + shift, 136, 130)
        opening = opening_mark(spec.quote_lang, rtl)
        mark = _fit(layout, "bold", opening, mark_box, (220, 220))
        plan.add("mark", mark, mark_box, mix(ink, theme, 0.45), "end" if rtl else "start")
    plan.add("headline", block, text_box if block.lines else plan.headline_box, ink)
    x = pad
    if plan.photo is not None:
        plan.portrait_box = Box(pad, footer_y, plan.photo.width, plan.photo.height)
        x += plan.photo.width + 32
    if spec.has_author:
        author = _readable(layout, spec, plan, "author name", spec.author_name or "", "bold")
        name_box = Box(x, footer_y + 20, width - pad - x, 44)
        # Left, beside the portrait and above the role, in every script ("start"
        # put an Arabic name at the far right, 600 px from its Latin role).
        if author:
            name = _fit(layout, "bold", author, name_box, (30, 34), max_lines=1)
            plan.add("name", name, name_box, ink, "left")
            _say_cut(plan, "author name", name, "quote image")
        if spec.author_role:
            # Anonymised (or a name no font draws): the role in the name's place.
            role_box = Box(x, footer_y + (68 if author else 20), width - pad - x, 64)
            role = _fit(layout, "regular", spec.author_role, role_box, (24, 26), max_lines=2)
            plan.add("role", role, role_box, soft, "left")
            _say_cut(plan, "role", role, "quote image")
    elif body != title:
        title_box = Box(x, footer_y + 40, width - pad - x, 44)
        title_block = _fit(layout, "bold", title, title_box, (28, 34), max_lines=1)
        plan.add("title", title_block, title_box, ink)
        if title == spec.title:
            _say_cut(plan, "title", title_block, "quote image")
    return plan


def render_square(spec: CardSpec, layout: CardLayout | None = None) -> RenderResult:
    """A 1080×1080 quote image for the share kit (Instagram, LinkedIn posts)."""
    layout = layout or CardLayout()
    plan = plan_square(spec, layout)

    def paint(card: Image.Image) -> None:
        if plan.photo is not None and plan.portrait_box:
            b = plan.portrait_box
            card.paste(WHITE, (b.x - 5, b.y - 5), portrait.circle_mask(b.w + 10))

    return _finished("square", spec, layout, plan, paint)


def _finished(kind: str, spec: CardSpec, layout: CardLayout, plan: CardPlan, paint) -> RenderResult:
    """The image of ``kind`` ("card", "square"): its static layer (what ``paint``
    draws, made once for all stories alike), then the photo and the texts."""
    card = _static_layer(kind, spec, plan, paint)
    if plan.photo is not None and plan.portrait_box:
        b = plan.portrait_box
        card.paste(plan.photo, (b.x, b.y), portrait.circle_mask(b.w))
    _draw_texts(card, plan, skip=STATIC_TEXTS)
    data = encode(card, layout.format, layout.jpeg_quality)
    missing = tuple(dict.fromkeys(plan.missing))
    warnings = _drawing_warnings(plan, missing)
    return RenderResult(data, layout.format, card.width, card.height, missing, warnings)


def draw(kind: str, spec: CardSpec, layout: CardLayout) -> RenderResult:
    """The card (``kind`` "square": the quote square) as the build publishes it.

    Here, not in the Pelican glue: what a card shows when its text cannot be
    drawn decides pixels, and only this module's imports are the drawing code
    that a card's name hashes (``podium_cards.plugin``).
    """
    render = render_square if kind == "square" else render_card
    try:
        return render(spec, layout)
    except OSError as exc:
        # FreeType has glyphs it cannot rasterise: U+FDFD ﷽, one character of
        # very many curves, is "raster overflow" in a bold variable font (drawn
        # regular now, ``fonts.rasterises``); any other it fails on lands here.
        # One story's title must not fail the whole build: the card falls back
        # as it does for a title no font has, and says why.
        plain = replace(spec, title=spec.brand_name, quote="", author_name=None, author_role=None)
        result = render(plain, layout)
        why = (str(exc).splitlines() or [type(exc).__name__])[0]
        said = f"its text cannot be drawn (FreeType: {why}); the card shows the hub's name instead"
        return replace(result, warnings=(said, *result.warnings))


def _drawing_warnings(plan: CardPlan, missing: tuple[str, ...]) -> tuple[str, ...]:
    """The plan's warnings, then what the card could not draw as written: text
    that wants a shaper where raqm is missing, and characters no font has."""
    warnings = list(plan.warnings)
    rtl = any("R" in t.block.prepared.dirs for t in plan.texts.values())
    if rtl and not fonts.has_raqm():
        # Readable (Podium orders and joins it), but marks are not positioned.
        warnings.append(
            "right-to-left text drawn without raqm (libfribidi is missing): "
            "Arabic vowel marks may sit off their letters"
        )
    scripts = [] if fonts.has_raqm() else _needs_shaping(plan)
    if scripts:
        # BASIC draws each character as stored: a Devanagari vowel sign lands
        # after the consonant it is written before, a conjunct shows its virama.
        warnings.append(
            f"{', '.join(scripts)} text drawn without raqm (libfribidi is missing): "
            "letters that combine are misdrawn; install libfribidi (libfribidi0)"
        )
    sequences = [] if fonts.has_raqm() else _emoji_sequences(plan)
    if sequences:
        # A flag, a ZWJ family, a skin tone or a keycap is one glyph by the emoji
        # font's ligatures, which only a shaper applies: BASIC draws the parts.
        warnings.append(
            f"emoji {' '.join(sequences)} drawn without raqm (libfribidi is missing): "
            "each is shown as its parts (a flag as two letters); install libfribidi "
            "(libfribidi0)"
        )
    # Characters already named by a title/name warning are not named twice:
    # matched by their text, a letter with marks ("U+078B U+07A8 ދި") was.
    rest = [c for c in missing if c not in plan.named]
    private = [c for c in rest if fonts.private_use(ord(c[0]))]
    rest = [c for c in rest if c not in private]
    for c in private:
        warnings.append(
            f"{name_characters([c])} is a private-use character, whose look each font "
            "decides (an icon, a logo, or a box); left off the card"
        )
    # A combining mark is dropped when no face has it with its letter, though
    # one may have it alone (a Vedic sign in the Bengali font, not on Devanagari).
    marks = [c for c in rest if unicodedata.category(c[0]).startswith("M")]
    rest = [c for c in rest if c not in marks]
    if marks:
        warnings.append(
            f"no font draws the combining mark {name_characters(marks)} with its letter;"
            " left off the card"
        )
    if rest:
        warnings.append(f"no font has a glyph for {name_characters(rest)}; left off the card")
    return tuple(warnings)


# Scripts whose letters reorder, join into conjuncts or stack: only a shaper
# (raqm's HarfBuzz) draws them right. Indic from Devanagari to Sinhala, Tibetan,
# Myanmar, Khmer, and the Brahmic blocks after them.
_SHAPED = ((0x0900, 0x0DFF), (0x0F00, 0x0FFF), (0x1000, 0x109F), (0x1780, 0x17FF),
           (0x1900, 0x1AAF), (0x1B00, 0x1C4F), (0xA800, 0xA82F), (0xA8E0, 0xA8FF),
           (0xA980, 0xAA7F), (0x11000, 0x11DFF))  # fmt: skip


def _needs_shaping(plan: CardPlan) -> list[str]:
    """The names of the scripts on the card that need shaping ("Devanagari")."""
    found: dict[str, None] = {}
    for t in plan.texts.values():
        for cluster in t.block.prepared.clusters:
            cp = ord(cluster[0])
            if any(lo <= cp <= hi for lo, hi in _SHAPED):
                name = unicodedata.name(cluster[0], "")
                found[name.split(" ")[0].title() if name else f"U+{cp:04X}"] = None
    return list(found)


def _emoji_sequences(plan: CardPlan) -> list[str]:
    """The emoji on the card made of several characters that join into one
    glyph (a flag, a ZWJ sequence, a skin tone, a keycap, a subdivision flag)."""
    found: dict[str, None] = {}
    for t in plan.texts.values():
        p = t.block.prepared
        for cluster, face in zip(p.clusters, p.faces, strict=True):
            joined = cluster.replace("\ufe0f", "").replace("\ufe0e", "")
            if face.pictographic and len(joined) > 1:
                found[cluster] = None
    return list(found)
