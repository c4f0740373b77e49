"""Pipeline step 4, link: stories and open vacancies, ranked, both ways."""

from .linker import Link, Linkable, invert, link_stories
from .linking import StoryRef, TagLink, link_all, tag_and_link
from .plugin import register

__all__ = [
    "Link",
    "Linkable",
    "StoryRef",
    "TagLink",
    "invert",
    "link_all",
    "link_stories",
    "register",
    "tag_and_link",
]
