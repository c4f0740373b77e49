"""Pipeline step 4, link: stories and open vacancies, ranked, both ways."""

from .linker import Link, Linkable, invert, link_stories
from .plugin import register

__all__ = ["Link", "Linkable", "invert", "link_stories", "register"]
