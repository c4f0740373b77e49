"""The pipeline contract: its steps in order, and what each hands to the next.

Podium's steps are Pelican plugins that talk only through Pelican's shared
context and the articles. This module is the one place that names every
context key and every attribute a step adds to an article, with its type
and the step that sets it, so a reader can follow a value from the step that
makes it to the templates that show it. Steps import the key constants from
here instead of writing the strings, and import nothing from a later step.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass

from .errors import ContentError, Issue, did_you_mean, template_issue

# -- the steps, in the order Pelican must run them ---------------------------
# Each step is one package under plugins/; the kernel (``podium``) and the
# vacancy library (``podium_vacancies``, read with the stories) are no steps.
STEPS: tuple[str, ...] = (
    "podium_read",  # story files -> articles; themes.yml, vacancies, withdrawn.yml
    "podium_validate",  # the whole tree checked; builds the Site model
    "podium_tag",  # themes for stories and vacancies
    "podium_link",  # stories <-> open vacancies
    "podium_render",  # the hub's own pages, feeds, sitemap
    "podium_images",  # responsive photos
    "podium_cards",  # social cards
    "podium_index",  # Pagefind search index
    "podium_cms",  # the browser editor at /admin/ (generated config, Decap's bundle)
)


def _name(plugin) -> str:
    name = plugin if isinstance(plugin, str) else getattr(plugin, "__name__", "")
    return name.rsplit(".", 1)[-1]


def enabled(settings, step: str) -> bool:
    """Whether ``step`` is among the site's PLUGINS (search pages need podium_index)."""
    return any(_name(p) == step for p in settings.get("PLUGINS") or ())


def order_problem(plugins) -> str | None:
    """Why the Podium steps in ``plugins`` are out of order, naming the misplaced one; or None.

    Pelican connects plugins in list order, and several steps listen to the same
    signal (tag and link both to ``article_generator_finalized``), so a
    reordered list would silently build a different site.
    """
    names = [_name(p) for p in plugins or ()]
    for name in names:
        # Pelican only logs a plugin it cannot import and builds on without it:
        # "podium_validat" would publish a site nothing validated.
        if name.startswith("podium_") and name not in STEPS:
            return (
                f'setting PLUGINS lists "{name}", which is not one of Podium\'s steps'
                f"{did_you_mean(name, STEPS)}; they are {', '.join(STEPS)}"
            )
    present = [n for n in names if n in STEPS]
    for got, want in zip(present, sorted(present, key=STEPS.index), strict=True):
        if got != want:
            return (
                f'setting PLUGINS lists "{got}" before "{want}"; Podium\'s steps must run in '
                f"the order {', '.join(s for s in STEPS if s in present)}"
            )
    return None


def unfound_problem(settings) -> str | None:
    """Why a plugin ``PLUGINS`` adds to Podium's steps cannot be loaded (in no
    folder of PLUGIN_PATHS, no namespace plugin, not installed); or None. Pelican
    only logs "Cannot load plugin `helo`" and builds on without it: `podium check`
    passed, and the build failed at its very end, on no line."""
    import importlib.util
    import pkgutil
    from pathlib import Path

    folders = settings.get("PLUGIN_PATHS") or ()
    folders = [folders] if isinstance(folders, str) else folders
    known: set[str] = set()
    for folder in folders:
        if isinstance(folder, str) and Path(folder).is_dir():
            known |= {m.name for m in pkgutil.iter_modules([folder])}
    try:
        import pelican.plugins

        known |= {m.name for m in pkgutil.iter_modules(pelican.plugins.__path__)}
    except ImportError:  # no namespace plugins at all
        pass
    for name in settings.get("PLUGINS") or ():
        if not isinstance(name, str) or name in STEPS or name.startswith("podium_"):
            continue  # a module object, or a step (order_problem)
        if name in known or name.removeprefix("pelican.plugins.") in known:
            continue
        try:
            if importlib.util.find_spec(name) is not None:
                continue
        except (ImportError, ValueError):
            pass
        return (
            f'setting PLUGINS lists "{name}", which is not one of Podium\'s steps nor a '
            f"plugin in PLUGIN_PATHS or installed{did_you_mean(name, known - set(STEPS))}"
        )
    return None


# Without these the hub's templates have nothing to show: every page needs the
# site model (read, validate) and the context render gives the templates.
REQUIRED_STEPS = ("podium_read", "podium_validate", "podium_render")


def missing_problem(plugins) -> str | None:
    """Why ``plugins`` cannot build a hub (a required step left out); or None.

    Checked by ``podium build`` before Pelican runs: with no Podium step in
    PLUGINS no step is there to check the order, and the build ended in a
    template error ("'podium' is undefined") instead.
    """
    present = {_name(p) for p in plugins or ()}
    missing = [s for s in REQUIRED_STEPS if s not in present]
    if not missing:
        return None
    return (
        f"setting PLUGINS lacks Podium's step{'s' if len(missing) > 1 else ''} "
        f"{', '.join(missing)}; a hub needs at least {', '.join(REQUIRED_STEPS)} "
        "(PLUGINS = list(STEPS) from podium.pipeline gives them all, in order)"
    )


def plugins_problem(settings, require: bool = False) -> str | None:
    """Why the settings' PLUGINS cannot build the hub (misordered, misspelt, or
    with ``require`` lacking a required step), as ``check_plugins`` says it; or None."""
    plugins = settings.get("PLUGINS")
    return (
        order_problem(plugins)
        or unfound_problem(settings)
        or (missing_problem(plugins) if require else None)
    )


def check_plugins(settings, require: bool = False) -> None:
    """Raise ContentError (one line, naming the settings file and line) for a
    misordered or misspelt PLUGINS, or (``require``) one that lacks a required step."""
    from .settings import setting_line

    problem = plugins_problem(settings, require)
    if problem:
        where = str(settings.get("PODIUM_SETTINGS_FILE") or "pelicanconf.py")
        raise ContentError([Issue(where, setting_line(where, "PLUGINS"), problem)])


class _OneLineUnderPelican(logging.Filter):
    """A plain ``pelican content`` that stops on invalid content (or a theme
    template's mistake) gets the one line per problem ``podium build`` prints:
    Pelican logs what ended its run as CRITICAL with the traceback, and the
    problems came wrapped over some 45 lines of it. Pelican still exits 1.
    ``pelican -r`` logs a failed rebuild as 'WARNING Caught exception: "..."'
    with the exception as its argument, and goes on watching."""

    FATAL = "Warning or error encountered"  # pelican.log.FatalLogger's RuntimeError

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        if exc is None and isinstance(record.args, tuple):
            exc = next((a for a in record.args if isinstance(a, BaseException)), None)
        if isinstance(exc, RuntimeError) and str(exc) == self.FATAL:
            # `pelican --fatal warnings`: the warning that stopped it is the line
            # above; Pelican's traceback of its own logger says nothing more.
            from pelican.log import FatalLogger  # its level, as --fatal set it

            level = "warnings" if FatalLogger.fatal_lvl == logging.WARNING else "errors"
            print(f"pelican: error: --fatal {level} stopped the build at the {level[:-1]} "
                  "above", file=sys.stderr)  # fmt: skip
            return False
        if isinstance(exc, ContentError):
            issues = exc.issues
        else:
            issue = template_issue(exc) if exc is not None else None
            if issue is None:
                return True
            issues = [issue]
        for issue in issues:
            print(issue.format(), file=sys.stderr)
        return False


class _PodiumLinesAsThey(logging.Filter):
    """On the handlers of a plain ``pelican`` run: Podium's own warnings, each a
    ``PATH:LINE: warning: ...`` line, printed as they are, as ``podium build``
    prints them. Pelican's log put a time and "WARNING" before them and wrapped
    them at 80 columns, so no editor or CI log could take them as such lines."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not record.name.startswith("podium") or record.levelno < logging.WARNING:
            return True
        message = record.getMessage()
        if ": warning: " not in message and ": error: " not in message:
            return True
        if not getattr(record, "podium_printed", False):  # once, whatever the handlers
            record.podium_printed = True
            print(message, file=sys.stderr)
        return False


def forget_shown_messages() -> None:
    """Pelican's log drops a warning it has shown once in the process (LimitFilter,
    on every logger made after Pelican's import, Podium's too): a rebuild in the
    same process (`podium serve`, `pelican -r`) said none of the warnings the
    content still had, nor counted them. Called before each build, every build
    says its own, as a fresh `podium build` does."""
    from pelican.log import LimitFilter

    LimitFilter._raised_messages.clear()
    LimitFilter._group_count.clear()


def _pelicans_command() -> bool:
    """Whether this process is Pelican's own command (`pelican`, `python -m pelican`)."""
    import os

    command = sys.argv[0] if sys.argv else ""
    return os.path.splitext(os.path.basename(command))[0] == "pelican" or command.endswith(
        os.path.join("pelican", "__main__.py")
    )


def _pelicans_settings_file() -> str:
    """The settings file of Pelican's own command: its ``-s`` (``pelican content -s
    publishconf.py``, Pelican's `make publish`), else Pelican's pelicanconf.py. The
    problems of a setting were all put in pelicanconf.py, on no line, whichever file
    assigned it. Pelican keeps no note of the file: its command line says it."""
    if not _pelicans_command():
        return "pelicanconf.py"  # Pelican used as a library, with no settings file of its own
    from pelican import parse_arguments

    try:
        given = parse_arguments(sys.argv[1:]).settings
    except SystemExit:  # not Pelican's arguments after all
        given = None
    return given if isinstance(given, str) and given else "pelicanconf.py"


def _public_site_url_under_pelican(settings: dict) -> None:
    """publishconf.py's SITEURL, for a settings file with none of its own, as
    `podium build` takes it (podium_cli.build.load_settings): a plain `pelican
    content` with pelicanconf.py wrote canonical, og:image and the sitemap
    relative, which Open Graph readers cannot fetch. The menu, stylesheet and
    photos stay site-relative for the preview, as under `podium build`."""
    if settings.get("SITEURL") or settings.get("PODIUM_PUBLIC_SITEURL"):
        return
    if not _pelicans_command():  # a library's run names no settings file to look beside
        return
    from pathlib import Path

    from .publishconf import public_site_url

    public = public_site_url(Path(settings["PODIUM_SETTINGS_FILE"]).absolute(), dict(settings))
    if public:
        settings["PODIUM_PUBLIC_SITEURL"] = public
        settings.pop("PODIUM_SETTINGS", None)  # parsed without it: parse again


def _names_under_pelican(settings: dict) -> None:
    """A plain `pelican` run's settings names that are wrong (TIME_ZONE, or the
    commands' own PODIUM_PREVIEW), said with the typed settings' problems, as
    `podium build` says them (podium_cli.build.load_settings): the validate step
    reads the typed settings before the render step checks the names, which said
    a wrong PODIUM_ALUMNI_POLICY alone, and TIME_ZONE only in the next run. With
    the typed settings right, the render step says the names, with its own checks."""
    from pelican.settings import DEFAULT_CONFIG

    from . import settings as podium_settings

    problems = podium_settings.SettingProblems(settings["PODIUM_SETTINGS_FILE"])
    podium_settings.wrong_names(settings, problems.bad)  # Pelican's own names are known
    # What the file assigned, as near as Pelican's defaults tell: DEFAULT_LANGUAGE =
    # "nl" beside Pelican's DEFAULT_LANG "en" is read as the DEFAULT_LANG meant.
    given = {k for k, v in settings.items() if k not in DEFAULT_CONFIG or v != DEFAULT_CONFIG[k]}
    # THEME left out (Pelican's notmyidea) is the render step's to say, which a wrong
    # PODIUM_* value refused by the validate step never reached: said with it here.
    podium_settings.pelican_theme_problems(settings, "THEME" in given, problems.bad)
    if not problems.issues:
        return
    try:
        podium_settings.PodiumSettings.from_pelican(settings, given)
    except ContentError:
        podium_settings.check_with_the_rest(problems, settings, given)  # raises them all
    except podium_settings.WRONG_VALUE:  # a wrong value: the validate step says it
        pass


def on_initialized(pelican) -> None:
    """Every step connects this to Pelican's ``initialized`` (once: signals dedupe)."""
    pelicans = logging.getLogger("pelican")  # the logger of Pelican's own main()
    if not any(isinstance(f, _OneLineUnderPelican) for f in pelicans.filters):
        pelicans.addFilter(_OneLineUnderPelican())
    plain = "PODIUM_SETTINGS_FILE" not in pelican.settings
    if plain:  # Pelican's own command, not podium's
        for handler in logging.getLogger().handlers:
            if not any(isinstance(f, _PodiumLinesAsThey) for f in handler.filters):
                handler.addFilter(_PodiumLinesAsThey())
        from . import not_found

        not_found.under_pelican()  # `pelican --listen`: the hub's 404 page, not a closed socket
        pelican.settings["PODIUM_SETTINGS_FILE"] = _pelicans_settings_file()
        _public_site_url_under_pelican(pelican.settings)
    # The required steps too: a plain `pelican content` with PLUGINS = ["podium_read"]
    # ended in a template's "No filter named 'search_parts'", where `podium build`
    # named the steps PLUGINS lacks.
    check_plugins(pelican.settings, require=True)
    if plain:
        _names_under_pelican(pelican.settings)
        # Podium's defaults before any step reads the typed settings (the validate
        # step, first): put in by the render step, they came after it, and a plain
        # `pelican content` refused the logo in content/brand/ as "linked as a
        # static file" (STATIC_PATHS read as Pelican's ["images"]).
        from . import defaults

        defaults.apply(pelican.settings)


# -- context keys: Pelican's shared context, step -> later steps and templates ----
SITE = "podium_site"  # Site (podium_read.site): read, completed by validate; every file read once
SETTINGS = "podium"  # PodiumSettings: render, for templates
THEMES = "podium_themes"  # list[Theme]: tag
TAGGER = "podium_tagger"  # Tagger | None (None: tags reused from .podium-cache): tag
VACANCIES = "podium_vacancies"  # VacancySet: tag (from the Site)
VACANCY_THEMES = "podium_vacancy_themes"  # dict[vacancy id, list[ThemeTag]]: tag
VACANCY_STORIES = "podium_vacancy_stories"  # dict[vacancy id, list[Article]]: link
PAGES = "PODIUM_PAGES"  # list[PageMeta]: render (every page, for sitemap and cards)
PEOPLE = "podium_people"  # dict[slug, Person]: render
SEARCH = "podium_search"  # bool: render, when podium_index runs
THEME_VIEWS = "theme_views"  # dict[slug, ThemeView]: render (theme pages)
THEME_PAGES = "theme_pages"  # dict[slug, url by lang]: render
THEME_NAMES = "theme_names"  # dict[slug, name by lang]: render
VACANCY_VIEWS = "vacancy_views"  # dict[vacancy id, VacancyView]: render
CLEANED_STATIC = "podium_cleaned_static"  # list[(content path, save_as)]: gate, photos
# dict[str(content / photo), sha256 of its bytes]: images, from the read step's
# check of the photo (Site.photo_digests); the card step keys portrait cards on it
# instead of reading every photo again.
PHOTO_DIGESTS = "podium_photo_digests"
STATS = "PODIUM_STATS"  # settings key, dict[str, int]: counts for `podium build`'s summary

# -- settings keys: what a command (podium_cli) puts in Pelican's settings for the steps --
# Each is one of podium.settings.INTERNAL_SETTINGS (a settings file may not assign it).
SETTINGS_FILE = "PODIUM_SETTINGS_FILE"  # str: the settings file every one-line error names
TYPED_SETTINGS = "PODIUM_SETTINGS"  # PodiumSettings: parsed once (podium.settings.get)
PREVIEW = "PODIUM_PREVIEW"  # bool: `podium serve --drafts`, drafts get pages (ps.preview)
LIVERELOAD = "PODIUM_LIVERELOAD"  # bool: `podium serve`, the pages' live-reload script
CMS_LOCAL = "PODIUM_CMS_LOCAL"  # str: `podium serve --cms`, decap-server's URL (ps.cms_local)
# str: publishconf.py's SITEURL beside a settings file with none (ps.site_url)
PUBLIC_SITEURL = "PODIUM_PUBLIC_SITEURL"
SERVED_SITEURL = "PODIUM_SERVED_SITEURL"  # str: `podium serve`, the SITEURL the file gave
DEFAULTS_APPLIED = "PODIUM_DEFAULTS_APPLIED"  # bool: podium.defaults put in place
# str: `podium build`, the output folder it replaces (ps.previous_output): the render
# step dates pages by its sitemap, and records freshness once it is published.
PREVIOUS_OUTPUT = "PODIUM_PREVIOUS_OUTPUT"
# settings key, list[Callable[[], None]]: render (the sitemap's record of what each
# page showed); run by `podium build` once the output is swapped in, so a build
# stopped or failed after the pages were written records nothing it never published.
# Without `podium build` (a plain `pelican` run writes in place) they are run at once.
ON_PUBLISHED = "PODIUM_ON_PUBLISHED"
# settings key, dict[page path relative to the output, podium_render.written.WrittenPage]:
# render's
# writer, as it writes each page (a forked writer's too): its language, whether search
# indexes it, the hash of its bytes and, for a listing, of what it shows. The sitemap's
# lastmod and the index step take these; neither reads a page back from the output.
WRITTEN_PAGES = "PODIUM_WRITTEN_PAGES"
# settings key, podium.recycled.Recycled: `podium build` writing into the folder of the
# build before last; render removes what the build did not write once every page is
# written (``finalized``), before the index step reads the pages.
RECYCLED = "PODIUM_RECYCLED"


# Where podium_index writes Pagefind's bundle in the output; render links to it.
SEARCH_BUNDLE_DIR = "pagefind"


# -- attributes a step adds to a Pelican article ------------------------------
@dataclass(frozen=True)
class Attribute:
    name: str
    type: str
    step: str


ARTICLE_ATTRIBUTES: tuple[Attribute, ...] = (
    # podium_read (metadata of the StoryReader; see podium_read/reader.py)
    Attribute("podium", "Story", "podium_read"),
    Attribute("podium_summary", "str", "podium_read"),
    Attribute("kind", "str", "podium_read"),
    Attribute("publication", "str", "podium_read"),
    Attribute("qa", "list[QA]", "podium_read"),
    Attribute("intro", "str", "podium_read"),
    Attribute("quote", "str | None", "podium_read"),
    Attribute("quote_lang", "str | None", "podium_read"),
    Attribute("quote_dir", "str | None", "podium_read"),
    Attribute("reading_time", "int", "podium_read"),
    Attribute("plain_text", "str", "podium_read"),
    Attribute("headings", "list[str]", "podium_read"),
    Attribute("is_alumni", "bool", "podium_read"),
    Attribute("anonymous", "bool", "podium_read"),
    Attribute("person", "str | None", "podium_read"),
    Attribute("photo", "str | None", "podium_read"),
    Attribute("role", "str", "podium_read"),
    Attribute("team", "str | None", "podium_read"),
    Attribute("location", "str | None", "podium_read"),
    Attribute("interviewer", "str | None", "podium_read"),
    Attribute("featured", "bool", "podium_read"),
    # podium_tag
    Attribute("theme_tags", "list[ThemeTag]", "podium_tag"),
    Attribute("theme_tags_json", "list[dict]", "podium_tag"),
    Attribute("search_terms", "tuple[str, ...]", "podium_tag"),
    # podium_link
    Attribute("open_vacancies", "list[Vacancy]", "podium_link"),
    Attribute("open_vacancy_ids", "list[str]", "podium_link"),
    # podium_render
    Attribute("person_url", "str | None", "podium_render"),
    Attribute("meta", "PageMeta", "podium_render"),
    Attribute("share_links", "list[ShareLink]", "podium_render"),
    Attribute("share_prompts", "list[str]", "podium_render"),
    Attribute("theme_links", "list[ThemeLink]", "podium_render"),
    Attribute("open_roles", "list[VacancyView]", "podium_render"),
    Attribute("more_roles", "tuple[str, str] | None", "podium_render"),
    Attribute("search_place", "str | None", "podium_render"),
    # podium_images
    Attribute("portrait", "Portrait | None", "podium_images"),
    # podium_cards
    Attribute("card_url", "str", "podium_cards"),
    Attribute("square_url", "str", "podium_cards"),
)
