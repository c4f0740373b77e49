"""PODIUM_IFRAME_HOSTS: iframes only over https from the hosts the settings allow."""

from __future__ import annotations

import pytest

from podium.errors import ContentError
from podium.settings import PodiumSettings
from podium_read.body import Renderer, sanitize

YT = "https://www.youtube-nocookie.com/embed/abc"


def test_default_allows_youtube_nocookie_with_a_sandbox_and_fixed_attribute_order():
    out = sanitize(f'<iframe onload="x()" allow="camera; autoplay" src="{YT}">fallback</iframe>')
    assert out == (
        f'<iframe src="{YT}" allow="autoplay" loading="lazy" '
        'referrerpolicy="strict-origin-when-cross-origin" '
        'sandbox="allow-scripts allow-same-origin allow-presentation allow-popups"></iframe>'
    )


@pytest.mark.parametrize(
    "src",
    [
        "http://www.youtube-nocookie.com/embed/abc",  # not https
        "https://www.youtube.com/embed/abc",  # another host
        "https://www.youtube-nocookie.com.evil.example/embed/abc",
        "https://www.youtube-nocookie.com@evil.example/embed/abc",
        "https://www.youtube-nocookie.com:8443/embed/abc",
        "javascript:alert(1)",
        "//www.youtube-nocookie.com/embed/abc",
        "",
    ],
)
def test_other_iframes_are_removed_with_their_content(src):
    assert sanitize(f'<p>a</p><iframe src="{src}">text</iframe><p>b</p>') == "<p>a</p><p>b</p>"


def test_configured_hosts_replace_the_default():
    vimeo = "https://player.vimeo.com/video/1"
    assert "<iframe" in sanitize(f'<iframe src="{vimeo}"></iframe>', ("player.vimeo.com",))
    assert sanitize(f'<iframe src="{YT}"></iframe>', ("player.vimeo.com",)) == ""
    assert sanitize(f'<iframe src="{YT}"></iframe>', ()) == ""


def test_a_raw_iframe_in_markdown_survives_rendering():
    body = Renderer().render(f'Intro.\n\n<iframe src="{YT}"></iframe>\n', "column", "x.md", 1)
    assert f'<iframe src="{YT}"' in body.html


def test_setting_is_read_and_validated():
    assert PodiumSettings.from_pelican({}).iframe_hosts == ("www.youtube-nocookie.com",)
    hosts = {"PODIUM_IFRAME_HOSTS": ["Player.Vimeo.com", "player.vimeo.com"]}
    assert PodiumSettings.from_pelican(hosts).iframe_hosts == ("player.vimeo.com",)
    assert PodiumSettings.from_pelican({"PODIUM_IFRAME_HOSTS": []}).iframe_hosts == ()
    for bad in ("www.youtube-nocookie.com", ["https://x.example/"], ["*.example.com"], [3]):
        with pytest.raises(ContentError) as exc:
            PodiumSettings.from_pelican({"PODIUM_IFRAME_HOSTS": bad})
        (issue,) = exc.value.issues
        assert issue.message.startswith("setting PODIUM_IFRAME_HOSTS must be a list of host names")
