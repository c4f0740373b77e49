"""Opening a photo registers the photo formats' Pillow plugins, not all of them."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from podium_testkit import ROOT

SCRIPT = textwrap.dedent(
    """
    import io, sys
    from pathlib import Path
    from PIL import Image
    from podium import photos
    from podium_cards import CardLayout, CardSpec, render_card

    buf = io.BytesIO()
    Image.new("RGB", (400, 400), (200, 120, 40)).save(buf, "JPEG")
    Path(sys.argv[1]).write_bytes(buf.getvalue())
    assert photos.inspect_photo(sys.argv[1]) is None
    spec = CardSpec(title="Een dag", quote="", author_name="Anna", author_role="Dev",
                    portrait_path=Path(sys.argv[1]), theme_color="#0b5d4b",
                    brand_name="Helder", logo_path=None, lang="nl", kind="interview")
    card = render_card(spec, CardLayout())
    print(Image._initialized)
    used = photos._formats()
    Image.init()
    print(used == tuple(sorted(f for f in photos.PHOTO_FORMATS if f in Image.OPEN)))
    print(card.data[:2] == b"\\xff\\xd8")
    """
)


def test_a_card_with_a_portrait_imports_only_the_photo_plugins(tmp_path):
    # Image.init() imports all of Pillow's plugins (EPS, PDF, ...): 34 ms in
    # the build and in each card worker. The formats a photo may be are the
    # same either way.
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "portrait.jpg")],
        env={"PYTHONPATH": str(ROOT / "plugins"), "PATH": ""},
        capture_output=True,
        text=True,
        check=True,
    )
    initialized, same_formats, jpeg = proc.stdout.split()
    assert initialized == "1", "Image.init() ran: every Pillow plugin was imported"
    assert same_formats == "True"
    assert jpeg == "True"
