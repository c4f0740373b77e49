"""Helpers for Pelican's article lists, shared by the pipeline steps."""

from __future__ import annotations


def with_translations(articles) -> list:
    """Pelican lists one version per story and hangs the others on
    ``.translations``; every step that works per page needs all of them."""
    out = []
    for article in articles:
        out.append(article)
        out.extend(article.translations)
    return out
