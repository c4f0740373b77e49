"""The share bar and the share kit of a story page.

Plain links, no third-party scripts or tracking pixels. Every shared URL
carries lowercase UTM parameters (source: the network, medium: social). The
share kit offers questions that help a colleague write a post in their own
words; it never offers ready-made post text.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import quote

from podium import i18n

from .theme_pages import utm_url

NETWORKS = ("linkedin", "x", "facebook", "whatsapp", "email")
LABELS = {"linkedin": "LinkedIn", "x": "X", "facebook": "Facebook", "whatsapp": "WhatsApp"}


@dataclass(frozen=True)
class ShareLink:
    network: str
    label: str
    href: str


HREFS = {
    "linkedin": "https://www.linkedin.com/sharing/share-offsite/?url={url}",
    "x": "https://x.com/intent/tweet?url={url}",
    "facebook": "https://www.facebook.com/sharer/sharer.php?u={url}",
    "whatsapp": "https://wa.me/?text={url}",
    "email": "mailto:?subject={title}&body={url}",
}


def share_links(canonical: str, title: str, campaign: str) -> list[ShareLink]:
    # The five links differ only in their UTM query, which is the same for every
    # story of a build: the story's URL and title are percent-encoded once and
    # each query once per build (``quote`` encodes character by character, so the
    # parts come out as the whole did). Ten quotes per story were 1% of a warm build.
    page, subject = quote(canonical, safe=""), quote(title)
    out = []
    for network in NETWORKS:
        utm = utm_url(canonical, network, "social", campaign)[len(canonical) :]
        href = HREFS[network].format(url=page + _quoted(utm), title=subject)
        out.append(ShareLink(network, LABELS.get(network, "E-mail"), href))
    return out


@lru_cache(maxsize=64)
def _quoted(utm: str) -> str:
    return quote(utm, safe="")


def _bank() -> dict[str, list[str]]:
    return i18n.share_prompts()


def share_prompts(
    slug: str, lang: str, own: tuple[str, ...], first_name: str, n: int = 3
) -> list[str]:
    """The story's own prompts first, then bank questions picked by the slug.

    Picking by a hash of the slug gives each story its own mix, and the same
    mix on every build.
    """
    bank = _bank().get(lang) or _bank()["en"]
    start = int(hashlib.sha256(slug.encode()).hexdigest(), 16) % len(bank)
    rotated = bank[start:] + bank[:start]
    picked = list(own) + [q.format(name=first_name) for q in rotated]
    return list(dict.fromkeys(picked))[: max(n, len(own))]
