"""Fixtures for the theme and tagger tests: the shipped taxonomy and the eval set."""

from __future__ import annotations

import pytest

from podium_tag import load_themes

from .evaluate import THEMES_FILE, EvalStory
from .evaluate import eval_stories as _eval_stories


@pytest.fixture(scope="session")
def themes():
    return load_themes(THEMES_FILE)


@pytest.fixture(scope="session")
def eval_stories() -> list[EvalStory]:
    return _eval_stories()
