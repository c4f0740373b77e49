"""Directory-style pagination: ``interviews/``, ``interviews/page/2/``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from podium.articles import page_count


@dataclass(frozen=True)
class ListPage:
    items: Sequence[Any]
    number: int
    count: int  # number of pages
    url: str
    previous_url: str | None
    next_url: str | None
    # The ends of a long list: 2,000 stories are 167 pages, and a reader who
    # wants the oldest story should not click "next" 166 times (Hugo's pager
    # and mkdocs-material's blog link both ends too).
    first_url: str = ""
    last_url: str = ""

    @property
    def save_as(self) -> str:
        return f"{self.url}index.html"

    def numbers(self, around: int = 1) -> list[tuple[int, str] | None]:
        """(number, URL) of the pages the pager links by number, None for a gap.

        The first and last page, and ``around`` pages either side of this one,
        as Hugo's and mkdocs-material's pagers number them: page 40 of 167 is
        "1 … 39 40 41 … 167", never 167 links, and one line on a phone. A gap
        of one page shows that page instead (an ellipsis for it saves nothing).
        """
        wanted = {1, self.count, *range(self.number - around, self.number + around + 1)}
        shown = sorted(n for n in wanted if 1 <= n <= self.count)
        out: list[tuple[int, str] | None] = []
        previous = 0
        for n in shown:
            if n - previous == 2:
                out.append((n - 1, page_url(self.first_url, n - 1)))
            elif n - previous > 2:
                out.append(None)
            out.append((n, page_url(self.first_url, n)))
            previous = n
        return out

    def pager_items(self) -> list[PagerItem]:
        """The pager's numbers and gaps, each marked for wide and narrow screens.

        Wide, the pager numbers the pages around this one (``numbers()``):
        "1 … 39 40 41 … 167", seven 44 px targets, 332 px, more than a 320 px
        phone has, where the row broke in two. Narrow, it numbers this page
        and the ends only, "1 … 40 … 167": 39 and 41 are "previous" and
        "next", linked beside it anyway. Both sets are in the page, in order
        (the narrow one is a subset of the wide one, plus the gaps it needs),
        and the stylesheet shows one of them: no script, no layout shift.
        """
        wide = [item[0] for item in self.numbers() if item]
        narrow = {item[0] for item in self.numbers(around=0) if item}
        out: list[PagerItem] = []
        narrow_gap = False  # a narrow gap is already shown for the pages being passed
        previous = 0
        for n in wide:
            if n - previous > 1:  # numbers() put a gap here
                out.append(PagerItem(None, None, wide=True, narrow=not narrow_gap))
                narrow_gap = True
            if n in narrow:
                narrow_gap = False
            elif not narrow_gap:
                out.append(PagerItem(None, None, wide=False, narrow=True))
                narrow_gap = True
            out.append(PagerItem(n, page_url(self.first_url, n), wide=True, narrow=n in narrow))
            previous = n
        return out


@dataclass(frozen=True)
class PagerItem:
    """A page number (``number`` and ``url``) or a gap (both None) in the pager,
    and whether it shows on a wide screen, a narrow one, or both."""

    number: int | None
    url: str | None
    wide: bool
    narrow: bool


def page_url(base: str, number: int) -> str:
    return base if number == 1 else f"{base}page/{number}/"


def paginate(items: Sequence[Any], per_page: int, base: str) -> list[ListPage]:
    """Split ``items`` into pages under ``base`` (a directory URL ending in '/').

    An empty list still yields one page, so every listing URL answers.
    """
    n = page_count(len(items), per_page)
    chunks = [items[i * per_page : (i + 1) * per_page] for i in range(n)]
    return [
        ListPage(
            items=chunk,
            number=i,
            count=n,
            url=page_url(base, i),
            previous_url=page_url(base, i - 1) if i > 1 else None,
            next_url=page_url(base, i + 1) if i < n else None,
            first_url=page_url(base, 1),
            last_url=page_url(base, n),
        )
        for i, chunk in enumerate(chunks, start=1)
    ]
