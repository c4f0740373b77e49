"""The line a setting's problem is said on: the item the problem names, inside
the literal assigned, as far as it is written out (podium.settings.setting_line)."""

import pytest

from podium.settings import setting_line

CONF = """\
SITENAME = "x"
PODIUM_FEEDS = [
    {"name": "a", "url": "https://a.example"},
    {
        "name": "b",
        "url": "ftp://b",
    },
]
PODIUM_BRAND = dict(
    accent="#fff",
    tagline={"nl": "Werk", "en": "Work"},
)
EXTRA = [*PODIUM_FEEDS, {"url": "x"}]
SITENAME = "y"
"""


@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("SITENAME", 14),  # the last assignment, as in Python
        ("PODIUM_FEEDS", 2),
        ("PODIUM_FEEDS[1]", 4),
        ("PODIUM_FEEDS[1]['url']", 6),
        ("PODIUM_FEEDS[0]['url']", 3),
        ("PODIUM_FEEDS[-1]['name']", 5),
        ("PODIUM_BRAND['tagline']['en']", 11),
        # As far as it is written out: the nearest item the file shows.
        ("PODIUM_FEEDS[5]['url']", 2),
        ("PODIUM_FEEDS[1]['kind']", 4),
        ("EXTRA[1]", 13),  # a starred part hides which element is which
        ("PODIUM_FEEDS[x", 2),  # no Python literal: the setting's line
        ("NOT_SET", None),
    ],
)
def test_a_setting_problem_is_on_the_line_of_the_item_it_names(tmp_path, name, line):
    conf = tmp_path / "pelicanconf.py"
    conf.write_text(CONF, encoding="utf-8")
    assert setting_line(str(conf), name) == line


@pytest.mark.parametrize("depth", [3000, 100_000])
def test_a_key_nested_past_what_python_reads_is_the_settings_line(tmp_path, depth):
    """A problem names an unknown key as the settings file spells it
    (PODIUM_CMS['KEY']): a key of thousands of "-" before a digit made reading
    the subscript a RecursionError or MemoryError, a traceback out of the check
    where the name before the "[" was read at once; it is the setting's line."""
    conf = tmp_path / "pelicanconf.py"
    conf.write_text(CONF, encoding="utf-8")
    assert setting_line(str(conf), "PODIUM_FEEDS[" + "-" * depth + "1]") == 2
