"""Podium vacancies: hand-written YAML and ATS snapshots, as one validated model.

Pure library plus a click group; the Pelican wiring lives elsewhere.
"""

from __future__ import annotations

from .feeds import KINDS, FeedConfig
from .load import VacancySet, load_all, load_snapshot, load_vacancy_file, read_all
from .model import EMPLOYMENT_TYPES, SALARY_UNITS, Location, Salary, Vacancy

# Not the pull (``podium_vacancies.pull.pull``): the vendors' parsers and the
# HTTP client it imports cost every build's start, and a build never pulls.
__all__ = [
    "EMPLOYMENT_TYPES",
    "KINDS",
    "SALARY_UNITS",
    "FeedConfig",
    "Location",
    "Salary",
    "Vacancy",
    "VacancySet",
    "load_all",
    "read_all",
    "load_snapshot",
    "load_vacancy_file",
]
