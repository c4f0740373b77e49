"""A Markdown extension the stories and the vacancies share (kernel: no step)."""

from __future__ import annotations

import xml.etree.ElementTree as etree

import markdown
import markdown.extensions
import markdown.treeprocessors


def wrap_content(element: etree.Element) -> None:
    """Move ``element``'s words and children into one plain ``<div>`` inside it:
    a block, which Pagefind ends as a sentence, where the element alone is not
    (a table's header cell, a definition)."""
    block = etree.Element("div")
    block.text, element.text = element.text, None
    for child in list(element):
        element.remove(child)
        block.append(child)
    element.append(block)


class _HeadCells(markdown.treeprocessors.Treeprocessor):
    def run(self, root: etree.Element) -> None:
        for th in root.iter("th"):
            if not (th.text or "").strip() and not len(th):
                continue  # an empty corner cell
            wrap_content(th)


class TableHeads(markdown.extensions.Extension):
    """Each header cell of a Markdown table holds its words in a ``<div>``.

    Pagefind ends a sentence at a ``<td>`` but not at a ``<th>``: the search
    excerpt of a story with "| Dag | Uren |" over "| maandag | acht |" read
    "Dag Uren maandag. acht.", the header running into the first row (and
    "DagUren" as one word where the cells stood on one line). A block inside
    the cell is a sentence of its own to Pagefind ("Dag. Uren. maandag.");
    a plain ``<div>`` changes nothing a reader, a screen reader or a feed
    reader sees.
    """

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        # After the inline patterns (20), which fill the cells.
        md.treeprocessors.register(_HeadCells(md), "table_heads", 14)
