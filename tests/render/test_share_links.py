"""The share bar's links: what each network is given, and how often a story's
URL and title are percent-encoded to make them."""

from __future__ import annotations

from urllib.parse import quote

import pytest

import podium_render.share as share
from podium_render.theme_pages import utm_url

CASES = [
    ("https://example.com/en/stories/ana/", "Ana: 'No day is the same'", "share"),
    ("https://example.com/sub/verhalen/zoë/", "R&D, 50% + één #team?", "Werving 2026"),
    ("https://example.com/p/?preview=1", "اللغة العربية / עברית", "campagne"),
]


def _as_before(canonical: str, title: str, campaign: str) -> dict[str, str]:
    """The links as each was made whole, before the parts were encoded apart."""
    out = {}
    for network in share.NETWORKS:
        url = quote(utm_url(canonical, network, "social", campaign), safe="")
        out[network] = {
            "linkedin": f"https://www.linkedin.com/sharing/share-offsite/?url={url}",
            "x": f"https://x.com/intent/tweet?url={url}",
            "facebook": f"https://www.facebook.com/sharer/sharer.php?u={url}",
            "whatsapp": f"https://wa.me/?text={url}",
            "email": f"mailto:?subject={quote(title)}&body={url}",
        }[network]
    return out


@pytest.mark.parametrize(("canonical", "title", "campaign"), CASES)
def test_share_links_are_the_whole_url_encoded(canonical, title, campaign):
    links = share.share_links(canonical, title, campaign)
    assert [link.network for link in links] == list(share.NETWORKS)
    assert {link.network: link.href for link in links} == _as_before(canonical, title, campaign)


def test_share_links_encode_a_story_url_and_title_once(monkeypatch):
    """Ten quotes per story (the title once per network) were about 1% of a warm
    build; the UTM queries are the build's, encoded once for all stories."""
    calls = []

    def counted(text, *args, **kwargs):
        calls.append(text)
        return quote(text, *args, **kwargs)

    monkeypatch.setattr(share, "quote", counted)
    if hasattr(share, "_quoted"):
        share._quoted.cache_clear()
    share.share_links("https://example.com/en/a/", "A", "share")
    calls.clear()
    for n in range(10):
        share.share_links(f"https://example.com/en/story-{n}/", f"Story {n}", "share")
    assert len(calls) == 20
