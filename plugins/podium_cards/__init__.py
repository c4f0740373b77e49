"""Social cards for Podium: 1200×630 og:image cards and 1080×1080 quote squares.

Pure rendering (Pillow only): ``render_card(spec, layout)`` and
``render_square(spec, layout)`` return a ``RenderResult``; the Pelican
wiring that decides file names and logs warnings lives elsewhere.
"""

from typing import Any

from .layout import RENDERER_VERSION, CardLayout
from .spec import KINDS, CardSpec

# The drawing code is imported on first use (PEP 562): a warm build draws no
# card, and importing Pillow's drawing, the portrait's SVG stack and the
# typesetter cost every build's start for nothing.
_RENDER_NAMES = frozenset(
    {
        "CARD_SIZE",
        "SQUARE_SIZE",
        "RenderResult",
        "plan_card",
        "plan_square",
        "render_card",
        "render_square",
    }
)


def __getattr__(name: str) -> Any:
    if name in _RENDER_NAMES:
        from . import render

        return getattr(render, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
