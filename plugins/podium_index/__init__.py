"""Pipeline step 8, index: full-text search with Pagefind, built with the site.

Connected to Pelican's ``finalized`` signal, so it runs once every page is
written. Pagefind reads ``<html lang>`` and writes one index per language
into ``<output>/pagefind/``; the search pages load the one of their own
language. A language with more than ``PODIUM_SEARCH_CHUNK`` pages is indexed
in several runs, whose further parts the search page merges. Only elements
marked ``data-pagefind-body`` (story and open vacancy pages) are indexed, with
``data-pagefind-filter`` facets.
"""

from .plugin import BUNDLE_DIR, IndexError_, enabled, register, run_pagefind

__all__ = ["BUNDLE_DIR", "IndexError_", "enabled", "register", "run_pagefind"]
