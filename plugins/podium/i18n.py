"""UI strings in every language of the hub, from ``strings.yml``.

Templates call ``_("key")``; the page's language comes from the template
context (``lang`` on hub pages, ``article.lang`` on story pages). A missing
key falls back to English and then to the key, so a new theme string never
breaks a build; ``test_kernel`` keeps the table complete. A hub language the
table does not speak is refused when the settings are read (``languages``):
its pages would say <html lang="de"> around English menus and dates.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from jinja2 import pass_context

STRINGS_FILE = Path(__file__).with_name("strings.yml")
# The questions story pages offer for sharing, per language (podium_render.share).
SHARE_PROMPTS_FILE = Path(__file__).with_name("share_prompts.yml")


# Podium's own tables, shipped with it (not content, which yamlio reads with
# line numbers and refusals): libyaml parses them to the same values as PyYAML's
# pure-Python SafeLoader, about five times faster. strings.yml alone took 80 ms
# of every build and command, 2% of a warm build of 400 stories.
_PACKAGED_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def packaged(path: Path) -> Any:
    """The data of one of Podium's own YAML files."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_PACKAGED_LOADER)


@lru_cache(maxsize=1)
def strings() -> dict[str, dict[str, str]]:
    return packaged(STRINGS_FILE)


@lru_cache(maxsize=1)
def share_prompts() -> dict[str, list[str]]:
    """The share kit's questions per language (read by ``languages`` and the
    story pages: once per process)."""
    return packaged(SHARE_PROMPTS_FILE)


@lru_cache(maxsize=1)
def languages() -> tuple[str, ...]:
    """The languages a hub may be built in: those every UI string, the month
    names, the number separators and the share questions exist in."""
    common = set.intersection(*(set(entry) for entry in strings().values()))
    prompts = share_prompts()
    return tuple(lang for lang in strings()["months"] if lang in common and lang in prompts)


def spare(hub_languages) -> tuple[str, ...]:
    """Languages a hub could be built in but does not publish (yet).

    Their texts (a theme's name, the brand's tagline, a team's name) may stay
    in the files and settings for the day the language is switched on: the
    demo's and the contract's examples have nl and en, and a hub made from them
    that publishes one was refused for the other's text in one place and not
    in the next. They are not read.
    """
    return tuple(lang for lang in languages() if lang not in hub_languages)


def translate(key: str, lang: str, **values: object) -> str:
    entry = strings().get(key)
    if entry is None:
        return key
    text = entry.get(lang) or entry.get("en") or key
    return text.format(**values) if values else text


def former_role(role: str, lang: str) -> str:
    """A former colleague's role, said to be a past one: "Oud-collega · Ontwerper"
    (people pages, their JSON-LD, the story's Article author, the cards)."""
    former = translate("former_colleague", lang)
    return f"{former} · {role}" if role else former


def context_lang(ctx) -> str:
    lang = ctx.get("lang")
    if not lang:
        article = ctx.get("article")
        lang = getattr(article, "lang", None) or ctx.get("DEFAULT_LANG", "nl")
    return lang


@pass_context
def jinja_translate(ctx, key: str, lang: str | None = None, **values: object) -> str:
    """``_("key")`` in the page's language, or ``_("key", lang=story.lang)``: a
    piece rendered once for every page it is on has no page to ask."""
    return translate(key, lang or context_lang(ctx), **values)


def long_date(value, lang: str) -> str:
    """'3 maart 2026' / '3 March 2026', without depending on system locales."""
    months = translate("months", lang).split()
    return f"{value.day} {months[value.month - 1]} {value.year}"


# Words before a surname that give no initial ("Anna van der Berg" is AB), in
# whatever case the name is typed: "anna van der berg" is AB as well.
NAME_PARTICLES = frozenset(
    ("van", "von", "de", "der", "den", "het", "ten", "ter", "te", "in", "op", "aan")
    + ("la", "le", "du", "da", "di", "del", "dos", "das", "zu", "y")
)


def initials(name: str) -> str:
    """The first letters of the first and last names, a portrait's stand-in.

    A lowercase word is left out when it is a particle, and between capitalised
    words (as an unlisted particle is: "Anna af Trolle"). Only capitalised words
    counted, so a name typed all in lowercase ("anna de boer") gave "A".
    Letters with no case (Chinese, Arabic) are kept.
    """
    words = [w for w in str(name).split() if w[:1].isalpha()]
    cased = any(w[:1] != w[:1].lower() for w in words)
    last = len(words) - 1
    parts = [
        w
        for i, w in enumerate(words)
        if not w[:1].islower() or not (w.lower() in NAME_PARTICLES or (cased and 0 < i < last))
    ] or [str(name)]
    return (parts[0][:1] + (parts[-1][:1] if len(parts) > 1 else "")).upper()
