"""Small pure helpers for HTML fragments that content produces."""

from __future__ import annotations

import re

_HEADING = re.compile(r"(</?)h([1-6])\b", re.IGNORECASE)


def shift_headings(html: str, top: int = 2) -> str:
    """Renumber a fragment's headings: the highest becomes ``<h{top}>``, none skipped.

    Applied when content is rendered (never to a finished page), so an ATS
    description that starts at ``<h3>`` or a column with ``####`` fits under the
    page's own headings and a screen reader's outline has no holes.
    """
    levels = sorted({int(m.group(2)) for m in _HEADING.finditer(html)})
    if not levels:
        return html
    mapping = {level: min(top + i, 6) for i, level in enumerate(levels)}
    return _HEADING.sub(lambda m: f"{m.group(1)}h{mapping[int(m.group(2))]}", html)
