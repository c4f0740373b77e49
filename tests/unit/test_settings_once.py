"""Every PODIUM_* setting is validated once, into the typed settings, with one helper."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

import podium_cards.layout  # noqa: F401  (registers PODIUM_CARDS)
import podium_vacancies.feeds  # noqa: F401  (registers PODIUM_FEEDS)
from podium.errors import ContentError
from podium.settings import PodiumSettings, Utm
from podium_cli.cli import main


def test_utm_is_typed_with_defaults():
    assert PodiumSettings.from_pelican({}).utm == Utm()
    ps = PodiumSettings.from_pelican({"PODIUM_UTM": {"source": "linkedin"}})
    assert ps.utm == Utm(source="linkedin")


def test_cards_and_feeds_are_in_the_typed_settings():
    ps = PodiumSettings.from_pelican(
        {
            "PODIUM_CARDS": {"format": "png"},
            "PODIUM_FEEDS": [
                {"name": "gh-acme", "kind": "greenhouse", "url": "https://a.example/"}
            ],
        }
    )
    assert ps.cards.extension == "png"
    assert [f.name for f in ps.feeds] == ["gh-acme"]


def test_a_step_imported_after_the_typed_settings_were_made_has_its_setting_in_them(
    monkeypatch,
):
    # The typed settings made before podium_cards was imported (its import
    # registers PODIUM_CARDS) had cards None for good, and the cards step read
    # PODIUM_CARDS raw itself: a second reader of the setting.
    from podium import settings

    attr, parse = settings._SECTIONS["PODIUM_CARDS"]
    monkeypatch.delitem(settings._SECTIONS, "PODIUM_CARDS")
    pelican = {"PODIUM_CARDS": {"format": "png"}, "PODIUM_UTM": {"source": "linkedin"}}
    made = settings.get(pelican)
    assert made.cards is None  # not imported yet
    reads = []
    monkeypatch.setitem(
        settings._SECTIONS, "PODIUM_CARDS", (attr, lambda *a: reads.append(a) or parse(*a))
    )
    ps = settings.get(pelican)
    assert ps.cards.extension == "png"
    assert ps == made and ps.utm.source == "linkedin"  # the rest as it was read
    assert settings.get(pelican) is ps
    assert len(reads) == 1


def test_every_bad_setting_is_reported_at_once_in_one_format():
    with pytest.raises(ContentError) as exc:
        PodiumSettings.from_pelican(
            {
                "PODIUM_SETTINGS_FILE": "conf.py",
                "PODIUM_UTM": {"sourse": "x", "medium": 3},
                "PODIUM_CARDS": {"formt": "png"},
                "PODIUM_FEEDS": "greenhouse",
                "PODIUM_ALUMNI_POLICY": "forget",
            }
        )
    lines = [i.format() for i in exc.value.issues]
    assert all(line.startswith("conf.py: error: setting PODIUM_") for line in lines), lines
    named = sorted(line.split()[3] for line in lines)
    assert named == sorted(
        [
            "PODIUM_ALUMNI_POLICY",
            "PODIUM_UTM['sourse']",
            "PODIUM_UTM['medium']",
            "PODIUM_CARDS['formt']",
            "PODIUM_FEEDS",
        ]
    )


@pytest.mark.parametrize(
    ("setting", "named"),
    [
        ("PODIUM_CARDS = {'format': 'gif'}", "setting PODIUM_CARDS['format']"),
        ("PODIUM_FEEDS = [{'name': 'x', 'kind': 'workday', 'url': 'https://a.example/'}]",
         "setting PODIUM_FEEDS[0]['kind']"),
        ("PODIUM_UTM = {'campaign': 'spring'}", "setting PODIUM_UTM['campaign']"),
    ],
)  # fmt: skip
def test_podium_check_validates_every_setting(site, monkeypatch, setting, named):
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text() + f"\n{setting}\n")
    monkeypatch.chdir(site)
    result = CliRunner().invoke(main, ["check"], catch_exceptions=False)
    assert result.exit_code == 1
    errors = [ln for ln in result.output.splitlines() if ": error: " in ln]
    # The line is the one that assigns the setting (the last line of the file).
    line = len(conf.read_text().splitlines())
    expected = f"pelicanconf.py:{line}: error: {named} "
    assert len(errors) == 1 and expected in errors[0], result.output


@pytest.mark.parametrize(
    ("assigned", "lang", "zone"),
    [
        ('DEFAULT_LANG = "en"\nTIMEZONE = "UTC"\n', "en", "UTC"),  # Pelican's own defaults
        ('DEFAULT_LANG = "nl"\n', "nl", "Europe/Amsterdam"),
        # Pelican's DEFAULT_LANG, which plain `pelican` can tell from nothing no
        # more than Podium can; Podium's TIMEZONE (README, "Settings").
        ("", "en", "Europe/Amsterdam"),
    ],
)
def test_a_setting_the_file_assigns_is_kept_even_when_it_is_pelicans_default(
    tmp_path, assigned, lang, zone
):
    # DEFAULT_LANG = "en" equals Pelican's default, so Podium's "nl" replaced it
    # once Pelican started, after Podium had read "en": an English-only hub wrote
    # its stories under /en/stories/ and its listings at /stories/.
    from types import SimpleNamespace

    import podium_render
    from podium import settings as podium_settings
    from podium_cli.build import load_settings

    conf = tmp_path / "pelicanconf.py"
    conf.write_text(
        f'SITENAME = "X"\nTHEME = "theme"\n{assigned}PODIUM_LANGUAGES = ["nl", "en"]\n', "utf-8"
    )
    (tmp_path / "content").mkdir()  # the hub's content folder, which PATH defaults to
    settings = load_settings(conf)
    assert podium_settings.get(settings).default_lang == lang
    podium_render._initialized(SimpleNamespace(settings=settings))  # as a build does
    assert (settings["DEFAULT_LANG"], settings["TIMEZONE"]) == (lang, zone)
    assert settings["ARTICLE_URL"] == "stories/{slug}/"


def test_a_build_runs_the_settings_file_once(site, monkeypatch):
    # pelicanconf.py is a program: Pelican's read_settings(path) ran it again
    # after Podium had run it to see what it assigns, and the build then read
    # the settings anew for its temporary output folder: four runs a build.
    from podium_cli.build import build, load_settings

    runs = site / "runs.txt"
    conf = site / "pelicanconf.py"
    conf.write_text(
        f"with open({str(runs)!r}, 'a') as _runs:\n    _runs.write('run\\n')\n" + conf.read_text()
    )
    monkeypatch.chdir(site.parent)  # relative folders are still the file's own
    settings = load_settings(conf.relative_to(site.parent))
    assert runs.read_text().count("run") == 1
    assert settings["PATH"] == str(site / "content")
    runs.unlink()
    build(conf, site / "output")
    assert runs.read_text().count("run") == 1


def test_a_build_parses_the_typed_settings_once(site, monkeypatch):
    # `podium build` parsed them seven times, mostly from fresh copies of the dict:
    # for the cache folder's link (twice), the cache folder, the output's protected
    # folders (twice, with OUTPUT_PATH from the settings, as here), and again in
    # Pelican's validate step. The command parses them once; the steps take that object.
    from podium import settings

    parses = []
    real = settings.PodiumSettings.from_pelican.__func__

    def counted(cls, *args, **kwargs):
        parses.append(args)
        return real(cls, *args, **kwargs)

    monkeypatch.setattr(settings.PodiumSettings, "from_pelican", classmethod(counted))
    monkeypatch.chdir(site)
    result = CliRunner().invoke(main, ["build", "-q"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert (site / "output" / "index.html").is_file()
    assert len(parses) == 1


def test_the_setting_names_are_squeezed_once_not_again_per_unknown_name(monkeypatch):
    # _pelican_near squeezed every name Pelican and Podium read (about 150) again
    # for each name of the settings file it did not know: a table per name.
    from podium import settings

    squeezed = []
    real = settings._squeeze
    monkeypatch.setattr(settings, "_squeeze", lambda n: squeezed.append(n) or real(n))
    settings._pelican_names.cache_clear()
    mine = [f"MY_OWN_SETTING_{i}" for i in range(40)]
    assert [settings._pelican_near(n) for n in mine] == [None] * len(mine)
    assert settings._pelican_near("SITE_NAME") == "SITENAME"
    assert settings._pelican_near("DEFAULT_LANGUAGE") == "DEFAULT_LANG"
    assert len(squeezed) <= len(settings._pelican_names()[0]) + len(mine) + 2


@pytest.mark.parametrize("raised", [TypeError, KeyError])
def test_the_typed_settings_tripping_over_a_reported_value_leave_the_reported_lines(
    monkeypatch, raised
):
    from podium import settings

    def trips(*_args, **_kwargs):
        raise raised("a value already reported")

    monkeypatch.setattr(settings.PodiumSettings, "from_pelican", trips)
    problems = settings.SettingProblems("pelicanconf.py")
    problems.bad("TIMEZONE", "must be a time zone name")
    with pytest.raises(ContentError) as exc:
        settings.check_with_the_rest(problems, {}, ())
    assert [i.message for i in exc.value.issues] == ["setting TIMEZONE must be a time zone name"]


def test_a_defect_of_the_settings_code_is_not_swallowed_by_the_users_mistakes(monkeypatch):
    # check_with_the_rest caught every Exception: a defect of the typed settings
    # (here a NameError) went unseen whenever the file had a mistake of its own,
    # and surfaced, if ever, only once the user had fixed theirs.
    from podium import settings

    def broken(*_args, **_kwargs):
        raise NameError("name 'colour' is not defined")

    monkeypatch.setattr(settings.PodiumSettings, "from_pelican", broken)
    problems = settings.SettingProblems("pelicanconf.py")
    problems.bad("TIMEZONE", "must be a time zone name")
    with pytest.raises(NameError):
        settings.check_with_the_rest(problems, {}, ())


def test_a_name_no_table_lists_is_matched_once_per_process(monkeypatch):
    # Each of a build's four parses of the settings matched the same names
    # (ROOT, FEED_DOMAIN) against every setting name again.
    import difflib

    from podium import settings

    matched = []
    real = difflib.get_close_matches
    monkeypatch.setattr(difflib, "get_close_matches", lambda *a: matched.append(a[0]) or real(*a))
    given = {f"MATCHED_ONCE_{i}": i for i in range(5)} | {"DEFAUL_LANG": "nl"}
    for _ in range(4):
        assert settings._slips(given) == {"DEFAUL_LANG": "DEFAULT_LANG"}
    assert sorted(matched) == sorted(given)


def test_what_the_steps_read_of_pelicans_settings_is_in_the_typed_settings(tmp_path):
    # The steps read PATH, SITEURL, FEED_MAX_ITEMS and PODIUM_PREVIOUS_OUTPUT raw
    # from Pelican's dict beside the typed settings: a second reader of each.
    ps = PodiumSettings.from_pelican(
        {
            "PATH": str(tmp_path),
            "SITEURL": "",
            "PODIUM_PUBLIC_SITEURL": "https://werkenbij.example.com",
            "FEED_MAX_ITEMS": 20,
            "PODIUM_PREVIOUS_OUTPUT": str(tmp_path.parent / "output"),
        }
    )
    assert ps.content_root == tmp_path
    # A local preview links to itself; the public address is for what names it in full.
    assert (ps.link_root, ps.site_url) == ("", "https://werkenbij.example.com")
    assert ps.feed_max_items == 20
    assert ps.previous_output == str(tmp_path.parent / "output")
    plain = PodiumSettings.from_pelican({"FEED_MAX_ITEMS": None})
    assert (plain.feed_max_items, plain.previous_output) == (None, None)  # every story; no swap


# The steps that read these from the typed settings (and Pelican's own settings they
# stand for): a raw read beside ps.content_root could tell another story.
_TYPED_READERS = (
    "podium/cache.py", "podium_cards/plugin.py", "podium_images/plugin.py",
    "podium_render/hub.py", "podium_render/feeds.py", "podium_read/reader.py",
    "podium_validate/__init__.py", "podium_cms/config.py",
)  # fmt: skip


def test_the_steps_read_no_setting_raw_that_the_typed_settings_hold():
    import ast
    from pathlib import Path

    import podium
    from podium import pipeline

    typed = {"PATH", "SITEURL", "FEED_MAX_ITEMS", pipeline.PREVIOUS_OUTPUT, pipeline.STATS}
    plugins = Path(podium.__file__).parents[1]
    raw = []
    for name in _TYPED_READERS:
        for node in ast.walk(ast.parse((plugins / name).read_text("utf-8"))):
            key = node.slice if isinstance(node, ast.Subscript) else None
            reading = isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            if reading and node.func.attr in ("get", "setdefault") and node.args:
                key = node.args[0]
            if isinstance(key, ast.Constant) and key.value in typed:
                raw.append(f"{name}:{node.lineno}: {key.value}")
    assert raw == []


def test_every_settings_key_a_command_passes_to_the_steps_is_named_in_the_pipeline():
    from podium import defaults, pipeline, settings

    named = {v for k, v in vars(pipeline).items() if k.isupper() and isinstance(v, str)}
    assert sorted(set(settings.INTERNAL_SETTINGS) - named) == []
    assert pipeline.TYPED_SETTINGS == settings.SETTINGS_KEY
    assert pipeline.DEFAULTS_APPLIED == defaults.APPLIED


def test_the_build_gives_the_steps_the_typed_settings_a_parse_of_its_settings_gives(site, tmp_path):
    # Not parsed again in Pelican: the object load_settings parsed, with what the
    # build changes (its own cache folder, the output it replaces), must be the one
    # a parse of the settings Pelican is given makes.
    from podium.settings import SETTINGS_KEY
    from podium_cli.build import _pelican_settings, load_settings

    loaded = load_settings(site / "pelicanconf.py")
    given = _pelican_settings(loaded, tmp_path / "tmp", site / "output", tmp_path / "own")
    carried = given[SETTINGS_KEY]
    parsed = PodiumSettings.from_pelican({k: v for k, v in given.items() if k != SETTINGS_KEY})
    assert carried == parsed and carried.identity == parsed.identity
    assert carried.cache_path == str(tmp_path / "own")
    compared = ("content_root", "link_root", "site_url", "feed_max_items", "previous_output")
    assert [getattr(carried, n) for n in compared] == [getattr(parsed, n) for n in compared]
    assert loaded[SETTINGS_KEY].cache_path is None  # the command's own is as it was
