"""Pipeline step 5, render: Podium's URL scheme, the hub pages, feeds, sitemap."""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

from jinja2 import Environment, TemplateError
from jinja2.bccache import Bucket, BytecodeCache
from jinja2.meta import find_referenced_templates
from markupsafe import Markup
from pelican import signals
from pelican.generators import ArticlesGenerator
from pelican.writers import FileOverwriteFailedError, Writer
from pelican.writers import logger as pelican_log

from podium import defaults, forked, outputs, paths, pipeline, recycled
from podium import settings as podium_settings
from podium.errors import ContentError, Issue, one_line
from podium.i18n import initials, jinja_translate, long_date

from . import filters as vacancy_filters
from . import written
from .csp import brand_style, page_policy
from .files import naming
from .host_headers import write_headers_file
from .hub import HubGenerator
from .own_pages import sandbox_template_pages


def _initialized(pelican) -> None:
    problems = podium_settings.SettingProblems(
        str(pelican.settings.get("PODIUM_SETTINGS_FILE", "pelicanconf.py"))
    )
    # A plain `pelican content` with DEFAULT_LANGUAGE (for DEFAULT_LANG), or
    # PODIUM_PREVIEW = True, which published every draft,
    # built without a word, where `podium build`, which knows what the file
    # assigned, refused it.
    changed = defaults.changed(pelican.settings)
    podium_settings.wrong_names(changed, problems.bad)
    defaults.apply(pelican.settings)
    # With Podium's defaults in place (a plain `pelican` run: pipeline.on_initialized).
    podium_settings.url_problems(pelican.settings, problems.bad)
    # Pelican's notmyidea when THEME is left out: a wrapped CRITICAL traceback
    # from a plain `pelican content` ("PelicanTemplateNotFound"), one line here.
    podium_settings.pelican_theme_problems(pelican.settings, "THEME" in changed, problems.bad)
    podium_settings.static_photos_problems(pelican.settings, problems.bad)
    podium_settings.template_problems(pelican.settings, problems.bad)
    problems.check()
    # Pelican's content cache keeps each story as read, keyed on its file's
    # time, and a story is published, hidden or scheduled by the build's day: a
    # plain `pelican content` with it on kept a story online from the cache the
    # night its consent ended. Off whatever the settings say, as `podium build`
    # has it (README); Podium's parse cache is keyed on the bytes.
    pelican.settings["CACHE_CONTENT"] = pelican.settings["LOAD_CONTENT_CACHE"] = False
    ps = podium_settings.get(pelican.settings)
    # Front matter, feed records and theme names are text: escape them in
    # every template. HTML that Podium sanitised is marked safe where it is made.
    env = dict(pelican.settings.get("JINJA_ENVIRONMENT") or {})
    env["autoescape"] = True
    # Every build makes new environments and no template changes during one, so
    # Jinja need not stat a template's file each of the ~7,000 times a
    # thousand-story build asks for it (3% of a warm build).
    env.setdefault("auto_reload", False)
    # Pelican gives each generator an environment of its own, and each compiled
    # the templates it used again: base.html and its macros several times per
    # build. One build shares what any of them compiled (``TemplateCode``).
    env.setdefault("bytecode_cache", TemplateCode())
    pelican.settings["JINJA_ENVIRONMENT"] = env
    pelican.settings.setdefault("JINJA_GLOBALS", {})
    # SITEURL as a global too: the macros rendered once per build (a story's
    # teaser, a portrait) are imported without a page's context, and their
    # links must still carry the site's address (a hub under a sub-path).
    pelican.settings["JINJA_GLOBALS"].update(
        {
            "_": jinja_translate,
            "podium": ps,
            "render_once": render_once,
            "nav_here": nav_here(ps),
            "SITEURL": pelican.settings.get("SITEURL", ""),
            "podium_favicon": root_favicon(pelican.settings),
            "podium_csp": page_policy(ps),
            "podium_brand_style": brand_style(ps),
        }
    )
    # A filter the settings define wins over Podium's of that name, as in Pelican
    # (JINJA_FILTERS = {"longdate": ...} was replaced by Podium's without a word).
    own = pelican.settings.get("JINJA_FILTERS") or {}
    pelican.settings["JINJA_FILTERS"] = {
        "longdate": long_date,
        "initials": initials,
        **vacancy_filters.FILTERS,
        **own,
    }
    pelican.settings.setdefault("FEED_DOMAIN", pelican.settings.get("SITEURL", ""))


class TemplateCode(BytecodeCache):
    """Compiled templates, in memory, shared by one build's Jinja environments
    (all made from the one JINJA_ENVIRONMENT, so they compile a template alike).

    Never on disk: Jinja's file cache unmarshals code objects, and the build
    cache is restored from CI caches that a pull request's build could have
    written; there is no checking a code object short of
    compiling the template again, which is what the cache saves. Keyed on
    the template's name, file and source checksum, as Jinja's own are, so an
    edited template is compiled again."""

    def __init__(self) -> None:
        self._code: dict[tuple[str, str], Any] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        bucket.code = self._code.get((bucket.key, bucket.checksum))

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._code[(bucket.key, bucket.checksum)] = bucket.code


FAVICONS = ("favicon.ico", "favicon.svg", "favicon.png")


def root_favicon(settings) -> str | None:
    """The favicon the site publishes at its root, as Pelican's docs do it
    (STATIC_PATHS with EXTRA_PATH_METADATA {"extra/favicon.ico": {"path":
    "favicon.ico"}}, or a favicon.ico listed as it is), for every page's <link
    rel="icon">; else None (the logo, or a plain mark). It was copied, and the
    pages named another icon, so browsers never showed it."""
    listed = [p.strip("/") for p in settings.get("STATIC_PATHS") or () if isinstance(p, str)]
    content = Path(settings.get("PATH") or ".")

    def copied(source: str) -> bool:
        inside = source in listed or any(source.startswith(f"{p}/") for p in listed)
        return inside and (content / source).is_file()

    meta = settings.get("EXTRA_PATH_METADATA")
    found = {}
    for source, values in meta.items() if isinstance(meta, dict) else ():
        path = values.get("path") if isinstance(values, dict) else None
        if isinstance(source, str) and path in FAVICONS and copied(source):
            found[path] = path
    for name in FAVICONS:
        if name not in found and copied(name) and not (meta and name in meta):
            found[name] = name
    return next((found[name] for name in FAVICONS if name in found), None)


def render_once(macro, *args):
    """``macro(*args)``, rendered once per macro and arguments (compared by
    identity; a plain string by its value).

    For macros whose output depends on nothing but their arguments and the
    site's globals. The results live on the macro, which lives as long as its
    template environment (one build); each keeps its arguments alive, so an
    ``id`` is never reused while it is a key. A page's language is a string
    each story parsed for itself: by identity, a job row (``job_row_html``)
    keyed on it was rendered again on every story page.
    """
    try:
        memo = macro._podium_once
    except AttributeError:
        memo = macro._podium_once = {}
    key = tuple(a if type(a) is str else id(a) for a in args)
    hit = memo.get(key)
    if hit is None:
        hit = memo[key] = (args, macro(*args))
    return hit[1]


CURRENT_PAGE = Markup(' aria-current="page"')
CURRENT_SECTION = Markup(' aria-current="true"')
NOT_CURRENT = Markup()


# The menu's sections, in its order (theme/templates/_chrome.html).
NAV_SECTIONS = (
    "stories/", "interviews/", "columns/", "people/", "themes/", "vacancies/", "search/"
)  # fmt: skip


def nav_here(ps):
    """The menu section the page of ``meta`` is in and its ``aria-current``:
    ("stories/", "page") on that list and its further pages, ("stories/",
    "true") inside its section (a story, a job, a person), else (None, "").
    As GOV.UK's navigation does: "Verhalen, huidige pagina" on a story told a
    screen reader the link led to the page it was on. Once per page: the menu
    itself is rendered once per language and answer (``render_once``), where
    each of its seven links asked a function on every page."""

    def here(meta) -> tuple[str | None, Markup]:
        prefix = ps.lang_prefix(meta.lang)
        url = meta.url
        for section in NAV_SECTIONS:
            where = f"{prefix}{section}"
            if url == where or url.startswith(f"{where}page/"):
                return section, CURRENT_PAGE
            if url.startswith(where):
                return section, CURRENT_SECTION
        return None, NOT_CURRENT

    return here


def _get_generators(pelican):
    return HubGenerator


class _Page(io.TextIOBase):
    """A page file being written, kept in memory until it is closed; then
    written, unless the file there holds these bytes already
    (``recycled.keep_if_same``: a warm build's pages, in the recycled folder).

    Its errors name it: a full disk (or a quota) fails the write with no file
    named, and the build's one line then named the output folder, not the
    page. A text file still (feedgenerator's XML writer writes into one as it
    is)."""

    def __init__(self, name: str, encoding: str, on_written=None) -> None:
        super().__init__()
        self._name, self._encoding = name, encoding
        self._parts: list[str] = []
        self._on_written = on_written  # called with the page's bytes once they are there

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self._parts.append(text)
        return len(text)

    def close(self) -> None:
        if self.closed:
            return
        try:
            text = "".join(self._parts)
            self._parts = []
            with naming(self._name):
                if not recycled.keep_if_same_text(self._name, text, self._encoding):
                    # As Pelican writes it (text mode: the system's line ends).
                    with open(self._name, "w", encoding=self._encoding) as file:
                        file.write(text)
            if self._on_written is not None:  # the bytes the file holds, kept or written
                self._on_written(text.replace("\n", os.linesep).encode(self._encoding))
        finally:
            super().close()


class PodiumWriter(Writer):
    """Pelican's writer, its pages written only where their bytes changed and
    named in the errors they raise (``_Page``), each recorded as it is written
    (``written``: its language, whether search indexes it, its hash), each feed
    entry worked out once per build (``_add_item_to_the_feed``)."""

    def __init__(self, output_path, settings=None) -> None:
        super().__init__(output_path, settings=settings)
        written.fresh(self.settings)  # one writer per build
        self._meta = None

    def write_file(self, name, template, context, *args, **kwargs):
        # The PageMeta of the page being written, as base.html takes it: a story
        # page's is the article's (``meta``), the hub's pages pass it; the
        # editor's has none.
        shown = kwargs.get("article") or kwargs.get("page")
        self._meta = getattr(shown, "meta", None) or kwargs.get("meta")
        try:
            return super().write_file(name, template, context, *args, **kwargs)
        finally:
            self._meta = None

    def _open_w(self, filename, encoding, override=False):
        # Pelican's rules for a file written twice (pelican.writers.Writer._open_w,
        # 4.12), which then opens the file for writing at once: that is _Page's
        # to do, once it knows the bytes.
        if filename in self._overridden_files:
            if override:
                raise FileOverwriteFailedError(
                    f'Failed to overwrite "{filename}" a second time (was previously overwritten)'
                )
            pelican_log.info('Skipping "%s", not overwriting', filename)
            filename = os.devnull
        elif filename in self._written_files:
            if override:
                pelican_log.info('Overwriting "%s"', filename)
            else:
                raise FileOverwriteFailedError(
                    f'Failed to overwrite "{filename}" as Pelican has already '
                    "written to it previously (set `override=True` if intended)"
                )
        if override:
            self._overridden_files.add(filename)
        self._written_files.add(filename)
        if filename == os.devnull:
            return _Page(filename, encoding)
        meta = self._meta

        def record(data: bytes) -> None:
            written.record(self.settings, self.output_path, filename, data, meta)

        return _Page(filename, encoding, record)

    def _add_item_to_the_feed(self, feed, item):
        """Pelican's entry for ``item``, made once and copied into each feed
        that lists it: a story is in its language's feed and in each of its
        themes', and Pelican made the same entry again in each (its HTML with
        links made absolute, a tag URI, the title's tags stripped), 580 entries
        for 400 stories, about 5% of a warm build profiled. The entry depends
        on the item, the feed's type and the site's URL, never on the rest of
        the feed; a copy, as the hub sets fields of each feed's entries."""
        # The writer lives for one build; the item is kept with its entry, so
        # no other item is ever given its id.
        memo = self.__dict__.setdefault("_podium_entries", {})
        key = (id(item), type(feed), self.site_url)
        hit = memo.get(key)
        if hit is None:
            super()._add_item_to_the_feed(feed, item)
            memo[key] = (item, dict(feed.items[-1]))
        else:
            feed.items.append(dict(hit[1]))


def _get_writer(pelican):
    return PodiumWriter


def _stable_empty_feed(context, feed) -> None:
    """An empty feed's <updated> would be the build time (feedgenerator's
    fallback), so two builds of the same content would differ. Use the
    site's newest story date instead: it changes only when content does."""
    if feed.items:
        return
    dates = [a.date for a in context.get("articles", [])]
    if dates:
        newest = max(dates)
        feed.latest_post_date = lambda: newest


def _write_stories_beside(generators) -> None:
    """Pelican's story pages are written by a forked copy of the build (``podium.forked``)
    while this process writes everything else, when the machine allows it.

    Every generator's context is complete here (Pelican sends this signal
    after the last ``generate_context``), so the child starts with the whole
    site in memory; the story pages read nothing the later generators write.
    The output is joined before anything reads it (the index step, and the
    ``finalized`` signal below for a site without search).
    """
    for generator in generators:
        if isinstance(generator, ArticlesGenerator):
            write = generator.generate_output

            def generate_output(writer, write=write, generator=generator) -> None:
                if forked.available():
                    _compile_story_templates(generator)
                # The child's record of the pages it wrote comes back to this
                # process's (pipeline.WRITTEN_PAGES), for the sitemap and the index.
                if not forked.start(
                    lambda: write(writer),
                    "the story pages",
                    result=lambda: written.dump(writer.settings),
                    receive=lambda value: written.load(writer.settings, value),
                ):
                    write(writer)

            generator.generate_output = generate_output


def _compile_story_templates(generator: ArticlesGenerator) -> None:
    """Compile the story pages' templates before their writer is forked.

    The child inherits them compiled, and this process, which renders
    base.html and its macros again for the hub's pages, finds them in the
    build's ``TemplateCode``: each process compiled base.html, _chrome.html,
    _macros.html, _lists.html and _plugins.html for itself (about 40 ms of
    CPU a build, twice). Each template as Pelican finds it (the first of
    TEMPLATE_EXTENSIONS that exists).
    """
    stories = [*generator.articles, *generator.translations]
    for template in dict.fromkeys(getattr(s, "template", "article") for s in stories):
        for ext in generator.settings["TEMPLATE_EXTENSIONS"]:
            if compile_templates(generator.env, f"{template}{ext}"):
                break


def compile_templates(env: Environment, name: str) -> bool:
    """Compile template ``name`` and every template it names with a constant
    (``extends``, ``import``, ``include``), each once, into ``env``'s bytecode
    cache, without rendering any; whether ``name`` was found.

    What was compiled already is left as it is (with what it names: a render
    compiles each template it reaches). A template that cannot be loaded or
    compiled is left to the render, which says why, as before. The code is
    what Jinja's own loading would compile (the same parse, compiled).
    """
    cache = env.bytecode_cache
    if cache is None or env.loader is None:
        return False
    todo, seen, found = [name], set(), False
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        try:
            source, filename, _ = env.loader.get_source(env, current)
            found = found or current == name
            bucket = cache.get_bucket(env, current, filename, source)
            if bucket.code is not None:
                continue
            tree = env.parse(source, current, filename)
            bucket.code = env.compile(tree, current, filename)
        except (TemplateError, OSError, UnicodeError):
            continue
        cache.set_bucket(bucket)
        todo.extend(ref for ref in find_referenced_templates(tree) if ref)
    return found


def _join_writers(pelican) -> None:
    forked.join()
    # Every page is written now: in a recycled output folder (podium build), what
    # this build did not write goes before the index step reads the pages.
    recycled.sweep(pelican.settings, pipeline.RECYCLED)


def _write_headers_file(pelican) -> None:
    """The host's ``_headers`` of a hub without search; with search, the index
    step writes it once Pagefind's files are there (host_headers)."""
    if pipeline.enabled(pelican.settings, "podium_index"):
        return
    write_headers_file(pelican.settings, Path(pelican.output_path))


def _refuse_an_output_among_the_sources(settings) -> None:
    """A plain ``pelican content -o content`` (or ``-o .``) wrote the whole hub
    among the stories (or beside pelicanconf.py), which the next build read and a
    commit took along. ``podium build -o`` refuses these folders (its own check,
    before Pelican runs); under plain Pelican this is the first moment to, by the
    same rule (``podium.outputs``): also the plugins, the settings file, the cache
    folder and a folder inside an earlier output."""
    if settings.get(defaults.APPLIED):
        return
    where = str(settings.get("PODIUM_SETTINGS_FILE") or "pelicanconf.py")
    # Pelican keeps no name of its settings file: the project's is beside content/.
    given = settings.get("PODIUM_SETTINGS_FILE")
    settings_file = Path(given) if given else Path(settings["PATH"]).parent / "pelicanconf.py"
    out = Path(settings["OUTPUT_PATH"]).resolve()
    try:
        ps = podium_settings.get(settings)
    except ContentError:  # a wrong setting: said by the validate step (no cache folder)
        ps = None
    found = outputs.clash(out, outputs.output_protected(settings, settings_file, ps))
    if found is not None:
        said = found[1]
    elif (above := outputs.earlier_output(out)) is not None:
        said = f"is inside {one_line(os.path.relpath(above))}, an output Podium wrote"
    else:
        return
    shown = one_line(os.path.relpath(out))
    message = (
        f"setting OUTPUT_PATH ({shown}) {said}; Pelican would write the site there; "
        "give a folder of its own, like -o output"
    )
    raise ContentError([Issue(where, None, message)])


def _may_mark_output(pelican) -> None:
    """A plain ``pelican content`` writes the hub straight into OUTPUT_PATH (no
    swap, no marker): ``podium build`` and ``invoke build`` then refused that
    output/ as "not written by Podium", and ``invoke clean`` kept it. It is
    marked as Podium's when the build is done, if, before it, it was new, empty
    or already Podium's; a folder of the user's own never is."""
    _refuse_an_output_among_the_sources(pelican.settings)
    marks = paths.podiums_or_new(pelican.settings["OUTPUT_PATH"])
    pelican._podium_marks_output = marks
    if marks and not pelican.settings.get(defaults.APPLIED):
        # Only a plain `pelican` run (podium build's folder is new each time):
        # Pelican writes over the output and deletes nothing, so the run after a
        # story's consent ended left its author's people page and card there.
        # Podium's own output is emptied first (OUTPUT_RETENTION kept), so it
        # holds what this run wrote, as `podium build`'s does.
        pelican.delete_outputdir = True


def _mark_output(pelican) -> None:
    if getattr(pelican, "_podium_marks_output", False):
        marker = os.path.join(pelican.settings["OUTPUT_PATH"], paths.OUTPUT_MARKER)
        if not os.path.lexists(marker):
            with open(marker, "w", encoding="utf-8") as file:
                file.write(paths.OUTPUT_MARKER_TEXT)


def register() -> None:
    signals.all_generators_finalized.connect(_write_stories_beside)
    signals.finalized.connect(_join_writers)
    signals.finalized.connect(_write_headers_file)
    signals.finalized.connect(_mark_output)
    signals.initialized.connect(_may_mark_output)
    signals.initialized.connect(pipeline.on_initialized)  # PLUGINS order
    signals.feed_generated.connect(_stable_empty_feed)
    signals.initialized.connect(_initialized)
    signals.get_generators.connect(_get_generators)
    signals.get_writer.connect(_get_writer)
    signals.generator_init.connect(sandbox_template_pages)
