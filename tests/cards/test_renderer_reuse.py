"""What the renderer reuses between cards never changes a card's pixels."""

from __future__ import annotations

from dataclasses import replace

from podium_cards import plan_card, render_card, render_square, typeset
from podium_cards import portrait as portrait_mod
from podium_cards import render as render_mod

from .conftest import decode


def _fresh() -> None:
    render_mod._static_layers.clear()
    typeset.fit.cache_clear()
    portrait_mod._portrait.cache_clear()
    portrait_mod._square.cache_clear()


def test_one_static_layer_per_colour_language_and_kind(spec, png_layout):
    _fresh()
    for title in ("Een", "Twee titels", "Drie keer een titel"):
        render_card(replace(spec, title=title), png_layout)
    assert len(render_mod._static_layers) == 1
    render_card(replace(spec, theme_color="#aa3300"), png_layout)
    # "Interview" in Dutch and English: the same pixels, the same layer.
    render_card(replace(spec, lang="en"), png_layout)
    assert len(render_mod._static_layers) == 2
    render_card(replace(spec, kind="column"), png_layout)  # another kind label
    render_square(spec, png_layout)
    assert len(render_mod._static_layers) == 4


def test_reused_layers_layouts_and_portraits_give_the_same_bytes(spec, png_layout):
    stories = [replace(spec, title=f"Verhaal {i}", author_name=f"Naam {i}") for i in range(3)]
    _fresh()
    cold = [render_card(s, png_layout).data for s in stories]
    cold_squares = [render_square(s, png_layout).data for s in stories]
    # Everything cached now: the same cards again, and in another order.
    warm = [render_card(s, png_layout).data for s in reversed(stories)][::-1]
    warm_squares = [render_square(s, png_layout).data for s in stories]
    assert cold == warm and cold_squares == warm_squares


def test_the_square_reuses_the_cards_cropped_portrait(spec, png_layout):
    _fresh()
    render_card(spec, png_layout)
    render_square(spec, png_layout)
    # One decode and crop (the card's disc size), scaled down for the square.
    assert portrait_mod._square.cache_info().misses == 1
    assert plan_card(spec, png_layout).photo.size == (248, 248)


def test_text_layout_is_memoised(spec, png_layout):
    _fresh()
    render_card(spec, png_layout)
    first = typeset.fit.cache_info()
    render_card(replace(spec, title="Een andere titel"), png_layout)
    second = typeset.fit.cache_info()
    # The new headline is fitted (and the quote again when the headline's height moved
    # its box); label, brand, quote mark, name and role are reused.
    assert second.misses - first.misses <= 2 and second.hits - first.hits >= 4


def test_the_card_and_the_square_each_show_the_portrait_on_their_layer(spec, png_layout):
    # Both put the photo and the texts on their shared layer the same way
    # (render._finished): the portrait's middle is the photo's, on each.
    _fresh()
    for render, plan in ((render_card, plan_card), (render_square, render_mod.plan_square)):
        planned = plan(spec, png_layout)
        b = planned.portrait_box
        middle = (b.w // 2, b.h // 2)
        image = decode(render(spec, png_layout).data).convert("RGB")
        assert image.getpixel((b.x + middle[0], b.y + middle[1])) == planned.photo.convert(
            "RGB"
        ).getpixel(middle)
