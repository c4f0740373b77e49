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


def _empty(cell: etree.Element) -> bool:
    return not (cell.text or "").strip() and not len(cell)


class _HeadCells(markdown.treeprocessors.Treeprocessor):
    def run(self, root: etree.Element) -> None:
        for table in root.iter("table"):
            for head in [h for h in table if h.tag == "thead"]:
                cells = [c for row in head for c in row if c.tag == "th"]
                if cells and all(_empty(c) for c in cells):
                    table.remove(head)  # "| | |": a table without a header row
                    continue
                for cell in cells:
                    if _empty(cell):
                        cell.tag = "td"  # no header of its column: a plain cell
        for th in root.iter("th"):
            if not _empty(th):
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

    Markdown has no table without a header row, so a writer leaves it empty
    ("| | |"), or one cell of it to look merged: each empty ``<th>`` was a
    column header a screen reader announces as nothing (axe
    empty-table-header). A header row with no words is left out, and an empty
    cell of one with words is a plain ``<td>``.
    """

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        # After the inline patterns (20), which fill the cells.
        md.treeprocessors.register(_HeadCells(md), "table_heads", 14)
