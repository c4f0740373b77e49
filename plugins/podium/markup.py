"""Small pure helpers for HTML fragments that content produces."""

from __future__ import annotations

import re

_HEADING = re.compile(r"(</?)h([1-6])\b", re.IGNORECASE)

# One tag of sanitised HTML, and its attributes one by one. nh3's output is
# well-formed: every attribute value is double-quoted with '"' escaped inside,
# and '<' in text is escaped, so these see exactly the tags, and a value
# (title="x href=y") is never read as an attribute of its own. Groups of TAG:
# the closing slash, the name, the attributes; of ATTR: the name, the value
# (None for a bare attribute). Shared by the reader, which checks a story's
# links, and the feeds, which make them absolute.
TAG = re.compile(r'<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"\'>/=]+(?:="[^"]*")?)*)\s*/?>')
ATTR = re.compile(r'([^\s"\'>/=]+)(?:="([^"]*)")?')


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
