"""Fixtures for the theme and tagger tests: the shipped taxonomy and the eval set."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from podium import yamlio
from podium_tag import Doc, load_themes

ROOT = Path(__file__).resolve().parents[2]
THEMES_FILE = ROOT / "content" / "themes.yml"
EVAL_DIR = Path(__file__).parent / "eval"


@dataclasses.dataclass(frozen=True)
class EvalStory:
    path: Path
    doc: Doc  # without explicit themes: what the tagger sees on the test split
    gold: frozenset[str]
    train: bool

    def as_labelled(self) -> Doc:
        """The story as an editor hand-tagged it: training data for fit()."""
        return dataclasses.replace(self.doc, explicit_themes=tuple(sorted(self.gold)))


def read_story(path: Path) -> EvalStory:
    """Front matter + Markdown; level-2 headings become the Doc's headings."""
    text = path.read_text(encoding="utf-8")
    _, front, body = text.split("---\n", 2)
    meta = yamlio.load(front, str(path), line_offset=1).data
    lines = body.splitlines()
    headings = [line.lstrip("#").strip() for line in lines if line.startswith("#")]
    prose = "\n".join(line for line in lines if not line.startswith("#"))
    doc = Doc(
        lang=meta["lang"],
        title=meta["title"],
        quote=meta.get("quote", ""),
        headings=tuple(headings),
        body=prose,
    )
    return EvalStory(path, doc, frozenset(meta["expected_themes"]), bool(meta.get("train")))


@pytest.fixture(scope="session")
def themes():
    return load_themes(THEMES_FILE)


@pytest.fixture(scope="session")
def eval_stories() -> list[EvalStory]:
    return [read_story(p) for p in sorted(EVAL_DIR.glob("*.md"))]
