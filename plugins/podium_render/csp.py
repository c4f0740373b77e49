"""The Content-Security-Policy of every public page (``/admin/`` has its own).

Sent as a ``<meta http-equiv>`` in each page's ``<head>`` (base.html), before
any script: it works on every static host, GitHub Pages and S3 included, which
send no header a hub chooses, and a page saved or mirrored keeps it. A meta
policy cannot carry ``frame-ancestors`` (nor report-uri or sandbox): a host
that sends headers can add them (README, "Caching on the host").

Defence in depth: the templates escape every field, and this policy keeps an
escape that slips (an ``<img onerror>``, a ``<script>`` in a name) from running.
What the pages need, found by running the browser tests under it:

* scripts only from the site itself (the theme's and Pagefind's files), and
  ``'wasm-unsafe-eval'`` for Pagefind's WebAssembly; no inline script, no
  eval. ``application/ld+json`` blocks are data, not script: CSP leaves them.
* stylesheets from the site, and the one ``<style>`` of every page, the
  brand's colours (``brand_style``), and the embed placeholder's focus ring
  (``EMBED_FACADE_STYLE``), by the hashes of their text: no other ``<style>``
  element applies. ``style=`` attributes (``--chip``/``--theme``, a
  theme's colour, and the embed's click-to-play placeholder, whose ``srcdoc``
  frame inherits this policy) with ``style-src-attr 'unsafe-inline'``: a
  style attribute runs no script.
* images from the site, ``data:`` URLs and PODIUM_IMAGE_HOSTS; frames from
  PODIUM_IFRAME_HOSTS (a story's embedded player), over https only.
"""

from __future__ import annotations

import base64
import hashlib

from markupsafe import Markup, escape

from podium.settings import PodiumSettings
from podium_read.body import EMBED_FACADE_STYLE


def brand_style(ps: PodiumSettings) -> Markup:
    """The text of the head's ``<style>`` (_chrome.html): the brand's colours as
    custom properties, escaped as the template would, so that its hash in the
    policy is that of the very text the pages carry."""
    brand = ps.brand
    return escape(
        f":root{{--brand:{brand.color};--accent:{brand.accent};"
        f"--on-brand:{brand.on_color};--brand-text:{brand.text_color}}}"
    )


def page_policy(ps: PodiumSettings) -> str:
    """The policy of every page but ``/admin/``, from the hosts the settings allow."""
    images = " ".join(["'self'", "data:", *(f"https://{host}" for host in ps.image_hosts)])
    frames = " ".join(f"https://{host}" for host in ps.iframe_hosts) or "'none'"
    return "; ".join([
        "default-src 'self'",
        "script-src 'self' 'wasm-unsafe-eval'",
        f"style-src 'self' {_hash(brand_style(ps))} {_hash(EMBED_FACADE_STYLE)}",
        "style-src-attr 'unsafe-inline'",
        f"img-src {images}",
        f"frame-src {frames}",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
    ])  # fmt: skip


def _hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"
