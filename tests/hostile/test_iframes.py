"""PODIUM_IFRAME_HOSTS: iframes only over https from the hosts the settings allow."""

from __future__ import annotations

import html

import pytest

from podium.errors import ContentError
from podium.settings import PodiumSettings
from podium_read.body import EMBED_FACADE_STYLE, Renderer, _facade, sanitize
from podium_testkit import Page

YT = "https://www.youtube-nocookie.com/embed/abc"


def test_default_allows_youtube_nocookie_with_a_sandbox_and_fixed_attribute_order():
    out = sanitize(f'<iframe onload="x()" allow="camera; autoplay" src="{YT}">fallback</iframe>')
    facade = html.escape(_facade(YT), quote=True)
    assert out == (
        f'<iframe src="{YT}" srcdoc="{facade}" allow="autoplay" loading="lazy" '
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


def facade_of(out: str) -> Page:
    (frame,) = [e for e in Page(out).elements if e.tag == "iframe"]
    return Page(frame.attrs["srcdoc"])


def test_an_embed_fetches_nothing_from_its_host_until_the_reader_clicks_play():
    # A frame with a srcdoc shows that document and never loads its src: a
    # YouTube player loaded with the page sent every reader's address to
    # Google and stored data in their browser, without their consent.
    out = sanitize(f'<iframe src="{YT}?start=30&amp;rel=0" title="Rondleiding"></iframe>')
    doc = facade_of(out)
    links = [e for e in doc.elements if e.tag == "a"]
    assert [a.attrs["href"] for a in links] == [f"{YT}?start=30&rel=0&autoplay=1"]
    assert "www.youtube-nocookie.com" in links[0].text  # says where the click goes
    # Nothing in it loads anything: no image, frame, script or stylesheet; its
    # one <style> is the link's focus ring, with no url() in it.
    assert {e.tag for e in doc.elements} == {"a", "style"}
    (style,) = [e for e in doc.elements if e.tag == "style"]
    assert style.text == EMBED_FACADE_STYLE and "url(" not in style.text
    assert sanitize(out) == out  # the parse cache's fixed point


def test_a_written_srcdoc_is_never_kept():
    evil = "&lt;script&gt;parent.document.cookie&lt;/script&gt;"
    out = sanitize(f'<iframe srcdoc="{evil}" src="{YT}"></iframe>')
    assert "parent.document" not in out and out == sanitize(f'<iframe src="{YT}"></iframe>')
    assert sanitize(f'<iframe srcdoc="{evil}"></iframe>') == ""


@pytest.mark.parametrize(
    ("size", "style"),
    [
        ('width="560" height="315"', ' style="aspect-ratio: 560 / 315; height: auto"'),
        ('width="100%" height="315"', ""),
        ('width="0" height="315"', ""),
        ('width="٥٦٠" height="315"', ""),
        ('height="315"', ""),
    ],
)
def test_a_player_keeps_its_proportions_when_the_column_is_narrower(size, style):
    """The stylesheet caps a frame's width at the column; its written height
    would then stretch it. A frame of whole pixels keeps their proportions."""
    out = sanitize(f'<iframe src="{YT}" {size}></iframe>')
    assert (' style="aspect-ratio' in out) == bool(style) and style in out
