"""Social cards for Podium: 1200×630 og:image cards and 1080×1080 quote squares.

Pure rendering (Pillow only): ``render_card(spec, layout)`` and
``render_square(spec, layout)`` return a ``RenderResult``; the Pelican
wiring that decides file names and logs warnings lives elsewhere.
"""

from .layout import RENDERER_VERSION, CardLayout
from .render import (
    CARD_SIZE,
    SQUARE_SIZE,
    RenderResult,
    plan_card,
    plan_square,
    render_card,
    render_square,
)
from .spec import KINDS, CardSpec

__all__ = [
    "CARD_SIZE",
    "KINDS",
    "RENDERER_VERSION",
    "SQUARE_SIZE",
    "CardLayout",
    "CardSpec",
    "RenderResult",
    "plan_card",
    "plan_square",
    "render_card",
    "render_square",
]

from .plugin import register  # noqa: E402  (Pelican glue; the rest is pure library)

__all__ += ["register"]
