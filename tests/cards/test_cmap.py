"""The character map is read on its own from the font file, and damage is one error."""

from __future__ import annotations

import pytest

from podium_cards import cmap
from podium_cards.fonts import DEFAULT_FALLBACKS, THEME_FONTS


def test_coverage_of_a_font_and_a_collection_face():
    inter = cmap.coverage(THEME_FONTS / "Inter-Bold.otf")
    assert {ord("A"), ord("é"), ord("Ж"), ord("Ω")} <= inter and ord("中") not in inter
    cjk = next(f for f in DEFAULT_FALLBACKS if f.regular.name.endswith(".ttc"))
    if not cjk.regular.is_file():
        pytest.skip("the CJK font package is not installed")
    assert {ord("中"), ord("あ"), ord("한")} <= cmap.coverage(cjk.regular, cjk.index)
    with pytest.raises(cmap.FontFileError, match="collection has"):
        cmap.coverage(cjk.regular, 99)


@pytest.mark.parametrize("keep", [8, 300, 0.97])
def test_a_cut_off_font_is_a_font_file_error(tmp_path, keep):
    data = (THEME_FONTS / "Inter-Regular.otf").read_bytes()
    cut = tmp_path / "cut.otf"
    cut.write_bytes(data[: keep if isinstance(keep, int) else int(len(data) * keep)])
    try:
        covered = cmap.coverage(cut)
    except cmap.FontFileError:
        return
    # Cut after the character map: still read whole, and the same.
    assert covered == cmap.coverage(THEME_FONTS / "Inter-Regular.otf")
