"""Podium vacancies: hand-written YAML and ATS snapshots, as one validated model.

Pure library plus a click group; the Pelican wiring lives elsewhere.
"""

from __future__ import annotations

from .feeds import KINDS, FeedConfig
from .load import VacancySet, load_all, load_snapshot, load_vacancy_file, read_all
from .model import EMPLOYMENT_TYPES, SALARY_UNITS, Location, Salary, Vacancy
from .pull import FeedResult, PullReport, pull

__all__ = [
    "EMPLOYMENT_TYPES",
    "KINDS",
    "SALARY_UNITS",
    "FeedConfig",
    "FeedResult",
    "Location",
    "PullReport",
    "Salary",
    "Vacancy",
    "VacancySet",
    "load_all",
    "read_all",
    "load_snapshot",
    "load_vacancy_file",
    "pull",
]
