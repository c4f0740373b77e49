"""The Decap CMS configuration, generated from Podium's own schema and settings.

Nothing here is kept by hand: the fields come from the story schema
(``podium_read.schema.FIELDS``), teams from ``PODIUM_TEAMS``, themes from
``themes.yml``, vacancy ids from the vacancies the build reads, and the body
of a new story from the question bank ``podium new`` uses. Adding a team,
theme or vacancy therefore shows up in the editor on the next build; themes
and vacancies also at once, as admin.js reads their files live when a story
opens (``live_collections``).

Podium's language layout is ``name.md`` (default language) and
``name.en.md`` (another language; a translation has the original's slug).
Decap's own i18n modes would write ``name.nl.md`` for the default language
too, so each language gets its own collection instead: the default one
filtered on ``lang``, every other one writing ``<title>.<lang>.md``, whose
optional "translation of" field writes the picked original's slug (a
translation keeps the original's URL; left empty, the story exists only in
that language).
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml
from unidecode import unidecode

from podium.chars import BIDI_RE, FORBIDDEN_RE, MAX_MARKS, hidden_character
from podium.errors import ContentError
from podium.fields import CURLY_CLOSE, CURLY_OPEN, MARKUP_RE, YEARS
from podium.filetypes import MAX_PHOTO_BYTES
from podium.i18n import translate
from podium.photos import MAX_ASPECT, MAX_PIXELS
from podium.prompts import ANSWER_HINTS, placeholders, prompts
from podium.settings import PORTRAITS_FOLDER, Cms, PodiumSettings
from podium.slugs import (
    MAX_ALIASES,
    MAX_SLUG,
    MAX_STORY_SLUG,
    PARTICLES,
    SLUG_PATTERN,
    SLUG_RE,
    WINDOWS_DEVICES,
    author_slugs,
    person_key,
)
from podium_read.schema import (
    FIELDS,
    MAX_LEN,
    MAX_PROMPT_LEN,
    MAX_PROMPTS,
    NOT_YET,
    SHARED_WITH_ORIGINAL,
    STATUSES,
)

KINDS = {"interview": "interviews", "column": "columns"}
MEDIA_FOLDER = PORTRAITS_FOLDER  # relative to content/, where `podium new --photo` puts them

# The editor's own words, in the languages Decap's interface speaks.
LABELS = {
    "nl": {
        "interviews": "Interviews",
        "columns": "Columns",
        "title": "Titel",
        "date": "Publicatiedatum",
        "author": "Naam van de collega",
        "role": "Functie",
        "consent": "Toestemming",
        "given": "Toestemming gegeven op",
        "until": "Toestemming geldt tot en met (leeg: onbeperkt)",
        "until_hint": "Op die dag staat het verhaal nog online; de dag erna gaat het offline, "
        "met de vertalingen. Nu offline halen: kies gisteren.",
        "social": "Mag gedeeld worden op sociale media, met foto",
        "social_hint": "Nooit ingesteld bij een bestaand verhaal: dan geldt ja.",
        "lang": "Taal",
        "slug": "URL-naam (leeg: de bestandsnaam)",
        "aliases": "Vorige URL-namen (die naar dit verhaal leiden)",
        "alias": "Vorige URL-naam",
        "author_aliases": "Mensenpagina's van een vorige naam",
        "author_alias": "Mensenpagina van een vorige naam (URL-naam, zoals ben-bakker, of de naam)",
        "author_aliases_hint": "alleen als de collega het wil: het oude adres leidt dan naar "
        "de pagina onder de nieuwe naam, en dat verbindt de twee namen in het openbaar",
        "people_slug": "een URL-naam: kleine letters, cijfers en streepjes, zoals ben-bakker, "
        "het adres van de pagina, zoals /people/ben-bakker/, of de vorige naam, zoals Ben "
        "Bakker, zonder onzichtbare tekens of HTML, en geen naam die Windows bewaart voor een "
        "apparaat (aux, con)",
        "own_people_page": "{slug} is de eigen mensenpagina van de auteur; noem alleen die van "
        "een vorige naam",
        "held_people_page": "{slug} is een adres dat {file} bewaart voor een teruggetrokken "
        "collega: er komt geen doorverwijzing; haal het hier weg",
        "former_listed": "{slug} staat ook bij {name} ({files}); een vorige mensenpagina leidt "
        "naar één persoon: noem hem alleen in de verhalen van die persoon",
        "translation_of": "Vertaling van",
        # An English story of its own named like a Dutch one (same title) is
        # published as its translation: the file name is its slug.
        "translation_hint": "Leeg: een verhaal dat alleen in deze taal verschijnt. Geef het "
        "dan een andere titel dan elk Nederlands verhaal: met dezelfde titel wordt het de "
        "vertaling daarvan.",
        "translated": "dat verhaal heeft al een vertaling in het {language}: {files}. "
        "Bewerk die, of kies een ander verhaal",
        "summary": "Samenvatting (een of twee zinnen)",
        "quote": "Citaat",
        "photo": "Portretfoto",
        "team": "Team",
        "location": "Plaats of vestiging",
        "interviewer": "Interviewer",
        "themes": "Thema's",
        "themes_hint": "Kies wat past. Automatische tagging voegt thema's toe, "
        "maar haalt er nooit een weg.",
        "vacancies": "Vacatures om naar te linken",
        "status": "Status",
        "published": "Gepubliceerd",
        "draft": "Concept",
        "status_hint": "Een nieuw verhaal begint als concept: het staat pas op de site als "
        "je hier Gepubliceerd kiest.",
        "unanswered": 'de tekst bevat nog "{prompt}"; vervang dat door je eigen woorden, '
        "of laat het verhaal een concept",
        "left": "Uit dienst sinds",
        "featured": "Uitgelicht op de voorpagina",
        "share_prompts": "Vragen die collega's helpen het verhaal te delen",
        "share_prompt": "Vraag",
        "updated": "Laatst inhoudelijk bijgewerkt",
        "body": "Tekst",
        # admin.js's rule for "<" (docs/cms.md, "Angle brackets"), said where
        # it applies: "<b>vet</b>" typed stays HTML, "a <b> c" is text.
        "body_hint": "Tekst met < is gewone tekst. Alleen complete HTML die de site toont, "
        'zoals <q lang="en">...</q> of de <iframe> van een video, blijft HTML; dus ook '
        "<b>vet</b>. Vet en cursief maak je met de knoppen. Een taak (☐) vink je af met een "
        "klik op het vakje of met Ctrl+Enter.",
        "in": "in het",
        "plain": "gewone tekst zonder HTML-tags (<...>), onzichtbare stuurtekens of een letter "
        "met meer dan {n} accenten erop",
        "at_most": "hoogstens {n} tekens",
        "no_curly": "niet tussen aanhalingstekens",
        "one_line": "op één regel",
        "slug_like": "kleine letters, cijfers en streepjes, zoals data-team",
        "given_after": "ligt na de publicatiedatum ({other}): de toestemming moet er zijn "
        'voordat het verhaal verschijnt; is ze later vernieuwd, zet dan "Laatst inhoudelijk '
        'bijgewerkt" op die dag of later',
        "until_before": "ligt voor de datum van de toestemming ({other})",
        "updated_before": "ligt voor de publicatiedatum ({other})",
        "out_of_years": "moet een datum in de jaren {first} tot en met {last} zijn (een tikfout?)",
        "closed": "gesloten",
        "posted_from": "vanaf {date}",
        "not_found": "niet gevonden",
        "heic": "dit is een HEIC-foto (het eigen formaat van een iPhone), die de site niet kan "
        "lezen; kies een JPEG-, PNG- of WebP-foto (een iPhone bewaart JPEG met Instellingen > "
        "Camera > Formaten > Meest compatibel)",
        "svg": "dit is een SVG-tekening, geen foto; kies een JPEG-, PNG- of WebP-foto",
        "kept_as_is": "de editor haalt de plek waar een foto is gemaakt (GPS) alleen uit een "
        "JPEG-, PNG- of WebP-foto, en deze kwam zoals hij is in de repository; kies een "
        "JPEG-, PNG- of WebP-foto (bewaar hem als JPEG)",
        "close": "Sluiten",
        "photo_too_large": "deze foto is groter dan {mb} MB, en die neemt de site niet; "
        "bewaar hem kleiner, of als JPEG, en kies hem opnieuw",
        "photo_too_long": "is {{width}} x {{height}} pixels, meer dan {n} keer zo lang als breed; "
        "snijd hem eerst bij",
        "markdown_switch": "Markdown in plaats van opgemaakte tekst",
        "preview": "Voorbeeld van het verhaal",
        "preparing": "Het nieuwe verhaal wordt klaargezet; zo meteen kun je typen.",
        "text_too_large": "de tekst is groter dan {kb} kB ({{size}} kB nu), meer dan een verhaal "
        "mag zijn: kort hem in, of maak er twee verhalen van",
        "stacked_marks": "de tekst heeft een letter met meer dan {n} tekens erop gestapeld "
        '("Zalgo-tekst"), die over de regels eromheen getekend worden; haal ze weg',
        "no_questions": "een interview heeft vragen nodig: zet elke vraag als kop "
        '("Koppen", "Kop 2"), met het antwoord eronder',
        "no_answer": 'de vraag "{question}" heeft geen antwoord; schrijf er een, of haal de '
        "vraag weg",
        "picture_left_out": "Een afbeelding wordt niet in de tekst geplakt: de editor kan hem "
        "daar niet bewaren (geplakte tekst komt er wel in). Een portret kies je bij Portretfoto.",
        "table_as_lines": "Een tabel kan niet in de rijke tekst: elke rij is een regel "
        "geworden, de cellen gescheiden door een streepje. Een echte tabel schrijf je in "
        "Markdown (de schakelaar boven de tekst), met | tussen de cellen.",
        "code_as_lines": "Een codeblok kan niet in de rijke tekst: elke regel is een regel "
        "code geworden. Een echt codeblok schrijf je in Markdown (de schakelaar boven de "
        "tekst), tussen twee regels ```.",
        "same_photo": "Gebruik de foto van het origineel",
        "photo_title_first": "Vul eerst de titel in: de foto komt in een map met de naam van "
        "het verhaal",
        "unknown_theme": 'thema "{slug}" staat niet in themes.yml; haal het weg en kies een '
        "thema uit de lijst",
        "renamed_theme": 'thema "{slug}" heet nu "{new}"; haal het weg en kies "{name}"',
        "not_here": "de editor leest dit bestand alleen; wijzig het in git",
        "url_name": "kleine letters, cijfers en streepjes, zoals een-dag-op-zee; "
        "hoogstens {n} tekens",
        "withdrawn": "niet het adres van een teruggetrokken verhaal ({slugs})",
        "url_path": "of een oud adres als pad, zoals {path}",
        "url_words": "of in woorden, zoals Een dag op zee, zonder onzichtbare tekens of HTML",
        "url_no_address": "geen adres uit de browser (https://...), alleen de URL-naam",
        "slug_too_long": "maakt een URL van {n} tekens ({start}...); hoogstens {max}: schrijf "
        "een kortere URL-naam",
        "read_only": "dit bestand wijzigt podium withdraw, niet de editor",
        # Over the preview of a story the hub does not show (publication()).
        "preview_draft": "Concept: dit verhaal staat op geen pagina van de hub zolang de "
        "status Concept is.",
        "preview_scheduled": "Gepland: dit verhaal verschijnt op {date} op de hub.",
        "preview_consent_ended": "Offline: de toestemming gold tot en met {date}. Op het adres "
        "van dit verhaal staat dat het is weggehaald.",
        "preview_alumni": "Offline: de collega is uit dienst sinds {date}, en de hub haalt "
        "verhalen van oud-collega's weg. Op het adres staat dat het is weggehaald.",
        "preview_derived_summary": "Geen samenvatting ingevuld: de pagina neemt de eerste zinnen "
        "van de tekst.",
        "preview_derived_quote": "Geen citaat ingevuld: de pagina kiest een zin uit de tekst (of "
        "het eerste citaatblok).",
        "taken": "een ander verhaal in deze taal heeft deze URL al ({files}); kies een andere "
        "URL-naam",
        "taken_in": "een ander verhaal in het {language} heeft deze URL al ({files}); kies een "
        "andere URL-naam",
        "parted": "de vertaling {files} heeft de URL-naam {slug}: met een andere worden het twee "
        "verhalen, zonder taalkeuze ertussen; laat {slug} staan, of geef in git beide bestanden "
        "dezelfde slug",
        "device": "geen naam die Windows bewaart voor een apparaat, zoals con of aux",
        "unnamed_title": "van deze titel maakt de editor geen bestandsnaam; schrijf er een woord "
        "bij of vul een eigen URL-naam in",
        "withdrawn_title": "een nieuw verhaal met deze titel krijgt het adres van een "
        "teruggetrokken verhaal ({slug}); kies een andere titel of vul een eigen URL-naam in",
        "taken_title": "een nieuw verhaal met deze titel krijgt het adres {slug}, dat {files} al "
        "heeft; kies een andere titel of vul een eigen URL-naam in",
        "old_title": "een nieuw verhaal met deze titel krijgt het adres {slug}, een oude URL-naam "
        "van {files} (dat adres leidt naar dat verhaal); kies een andere titel of vul een eigen "
        "URL-naam in",
        "old": "deze URL is een oude URL-naam van {files} (dat adres leidt naar dat verhaal); "
        "kies een andere URL-naam",
        "old_alias": "{files} heeft deze oude URL-naam ook, en een adres kan maar naar één "
        "verhaal leiden; haal hem hier weg",
    },
    "en": {
        "interviews": "Interviews",
        "columns": "Columns",
        "title": "Title",
        "date": "Publication date",
        "author": "Name of the colleague",
        "role": "Job title",
        "consent": "Consent",
        "given": "Consent given on",
        "until": "Consent valid through (empty: no end)",
        "until_hint": "The story is still online on that day and goes offline the day after, "
        "with its translations. To take it down now: choose yesterday.",
        "social": "May be shared on social media, with photo",
        "social_hint": "Never set on an existing story: then it counts as yes.",
        "lang": "Language",
        "slug": "URL name (empty: the file name)",
        "aliases": "Former URL names (they lead to this story)",
        "alias": "Former URL name",
        "author_aliases": "People pages of a former name",
        "author_alias": "People page of a former name (URL name, like ben-bakker, or the name)",
        "author_aliases_hint": "only if the colleague wants it: the old address then leads to "
        "the page under the new name, which ties the two names together in public",
        "people_slug": "a URL name: lowercase letters, digits and hyphens, like ben-bakker, "
        "the page's address, like /people/ben-bakker/, or the former name, like Ben Bakker, "
        "without invisible characters or HTML, and no name Windows keeps for a device (aux, con)",
        "own_people_page": "{slug} is the author's own people page; list only the ones of a "
        "former name",
        "held_people_page": "{slug} is an address {file} keeps for a withdrawn colleague, so "
        "no redirect is written there; remove it here",
        "former_listed": "{slug} is listed by {name} too ({files}); a former people page leads "
        "to one person: keep it in that person's stories only",
        "translation_of": "Translation of",
        "translation_hint": "Empty: a story that appears only in this language. Give it a "
        "title no story in the default language has: with the same title it becomes that "
        "story's translation.",
        "translated": "that story has a translation in {language} already: {files}. "
        "Edit that one, or pick another story",
        "summary": "Summary (one or two sentences)",
        "quote": "Pull quote",
        "photo": "Portrait photo",
        "team": "Team",
        "location": "City or office",
        "interviewer": "Interviewer",
        "themes": "Themes",
        "themes_hint": "Pick what fits. Automatic tagging adds themes, never removes them.",
        "vacancies": "Vacancies to link",
        "status": "Status",
        "published": "Published",
        "draft": "Draft",
        "status_hint": "A new story starts as a draft: it is on the site only once you "
        "choose Published here.",
        "unanswered": 'the text still holds "{prompt}"; replace it with your own words, '
        "or keep the story a draft",
        "left": "Left the company on",
        "featured": "Featured on the front page",
        "share_prompts": "Questions that help colleagues share the story",
        "share_prompt": "Question",
        "updated": "Last changed in a way that matters to readers",
        "body": "Text",
        "body_hint": "Text with < is plain text. Only complete HTML the site shows, such as "
        '<q lang="nl">...</q> or a video\'s <iframe>, stays HTML; so does <b>bold</b>. Make '
        "text bold or italic with the buttons. Tick a task (☐) with a click on its box or "
        "with Ctrl+Enter.",
        "in": "in",
        "plain": "plain text without HTML tags (<...>), invisible control characters or a letter "
        "with more than {n} accents on it",
        "at_most": "at most {n} characters",
        "no_curly": "not in quotation marks",
        "one_line": "on one line",
        "slug_like": "lowercase letters, digits and hyphens, like data-team",
        "given_after": "is after the publication date ({other}): consent must be given "
        'before the story appears; for a consent renewed later, set "Last changed in a way '
        'that matters to readers" to that day or later',
        "until_before": "is before the day consent was given ({other})",
        "updated_before": "is before the publication date ({other})",
        "out_of_years": "must be a date in the years {first} to {last} (a typo?)",
        "closed": "closed",
        "posted_from": "from {date}",
        "not_found": "not found",
        "heic": "this is a HEIC photo (an iPhone's own format), which the site cannot read; "
        "choose a JPEG, PNG or WebP photo (an iPhone saves JPEG with Settings > Camera > "
        "Formats > Most Compatible)",
        "svg": "this is an SVG drawing, not a photo; choose a JPEG, PNG or WebP photo",
        "kept_as_is": "the editor removes where a photo was taken (GPS) only from a JPEG, "
        "PNG or WebP photo, and this one would go into the repository as it is; choose a "
        "JPEG, PNG or WebP photo (save it as JPEG)",
        "close": "Close",
        "photo_too_large": "this photo is larger than {mb} MB, which the site does not take; "
        "save it smaller, or as JPEG, and choose it again",
        # podium.photos.size_problem's words, as `podium check` says them.
        "photo_too_long": "is {{width}} x {{height}} pixels, more than {n} times as long as it is "
        "wide; crop it first",
        "markdown_switch": "Markdown instead of rich text",
        "preview": "Preview of the story",
        "preparing": "The new story is being set up; you can type in a moment.",
        "text_too_large": "the text is larger than {kb} kB ({{size}} kB now), more than a story "
        "may be: shorten it, or make two stories of it",
        "stacked_marks": "the text has a letter with more than {n} combining marks stacked on "
        'it ("Zalgo text"), drawn over the lines around it; remove them',
        "no_questions": "an interview needs questions: make each question a heading "
        '("Headings", "Heading 2"), with the answer below it',
        "no_answer": 'the question "{question}" has no answer; write one, or remove the question',
        "picture_left_out": "A picture is not pasted into the text: the editor cannot keep it "
        "there (pasted text does go in). Choose a portrait under Portrait photo.",
        "table_as_lines": "Rich text has no tables: each row became a line, its cells apart "
        "by a dash. Write a real table in Markdown (the switch above the text), with | between "
        "the cells.",
        "code_as_lines": "Rich text has no code blocks: each line became a line of code. "
        "Write a real code block in Markdown (the switch above the text), between two lines "
        "of ```.",
        "same_photo": "Use the original's photo",
        "photo_title_first": "Fill in the title first: the photo goes into a folder named "
        "after the story",
        "unknown_theme": 'theme "{slug}" is not in themes.yml; remove it and pick a theme '
        "from the list",
        "renamed_theme": 'theme "{slug}" is now called "{new}"; remove it and pick "{name}"',
        "not_here": "the editor only reads this file; change it in git",
        "url_name": "lowercase letters, digits and hyphens, like a-day-at-sea; "
        "at most {n} characters",
        "withdrawn": "not the address of a withdrawn story ({slugs})",
        "url_path": "or an old address as a path, like {path}",
        "url_words": "or in words, like A day at sea, without invisible characters or HTML",
        "url_no_address": "not an address from the browser (https://...), the URL name alone",
        "slug_too_long": "makes a URL of {n} characters ({start}...); at most {max}: write a "
        "shorter URL name",
        "read_only": "podium withdraw changes this file, not the editor",
        "preview_draft": "Draft: this story is on no page of the hub while its status is Draft.",
        "preview_scheduled": "Scheduled: this story appears on the hub on {date}.",
        "preview_consent_ended": "Offline: the consent ran until {date}. The story's address "
        "says it was taken down.",
        "preview_alumni": "Offline: the colleague left on {date}, and the hub takes former "
        "colleagues' stories down. The story's address says it was taken down.",
        "preview_derived_summary": "No summary filled in: the page takes the text's first "
        "sentences.",
        "preview_derived_quote": "No quote filled in: the page picks a sentence from the text "
        "(or its first block quote).",
        "taken": "another story in this language has this URL already ({files}); choose "
        "another URL name",
        "taken_in": "another story in {language} has this URL already ({files}); choose "
        "another URL name",
        "parted": "the translation {files} has the URL name {slug}: with another one they become "
        "two stories, with no language switch between them; keep {slug}, or give both files the "
        "same slug in git",
        "device": "not a name Windows keeps for a device, like con or aux",
        "unnamed_title": "the editor makes no file name of this title; add a word to it, or "
        "fill in a URL name of its own",
        "withdrawn_title": "a new story with this title gets the address of a withdrawn "
        "story ({slug}); choose another title, or fill in a URL name of its own",
        "taken_title": "a new story with this title gets the address {slug}, which {files} has "
        "already; choose another title, or fill in a URL name of its own",
        "old_title": "a new story with this title gets the address {slug}, a former URL name of "
        "{files} (that address leads to that story); choose another title, or fill in a URL "
        "name of its own",
        "old": "this URL is a former URL name of {files} (that address leads to that story); "
        "choose another URL name",
        "old_alias": "{files} has this former URL name too, and an address can lead to one story "
        "only; remove it here",
    },
}
# Decap's own interface words that its Dutch lacks, so it said them in
# English, on the form a writer fills in: a screen reader read a date's "Nu"
# button as "Set given to now" (the field's internal name: admin.js gives
# the label instead) and the consent group's toggle as "Collapse". And the
# ones it has wrong or in English on the toolbar of a story's text: an
# interview's question is a heading, and the heading button was "Hoofdtekst"
# (body text, the opposite) with choices "Heading 1" to "Heading 6", the quote
# button "Quote"; they are named as Word names them ("Koppen", "Kop 2").
# admin.js puts them over Decap's words in the editor's language.
DECAP_PHRASES = {
    "nl": {
        # The list's view buttons, read out as "List view option"; on GitHub
        # (the editorial workflow) its heading of stories in progress.
        "collection": {
            "collectionTop": {"viewAsList": "Lijstweergave", "viewAsGrid": "Rasterweergave"},
            "entries": {"unpublishedHeader": "Niet-gepubliceerde items"},
        },
        "editor": {
            # The tip of the workflow's status button (on GitHub), in Decap's
            # own Dutch names of the statuses.
            "editorToolbar": {
                "statusInfoTooltipDraft": "Dit item is een concept. Zet de status op "
                "‘Wordt beoordeeld’ om het af te ronden en ter beoordeling aan te bieden.",
                "statusInfoTooltipInReview": "Dit item wordt beoordeeld; je hoeft niets te "
                "doen. Je kunt het tijdens de beoordeling nog wel wijzigen.",
            },
            "editorControl": {"field": {"widgetLabel": "veld %{widgetLabel}"}},
            "editorWidgets": {
                "markdown": {
                    "headings": "Koppen",
                    "quote": "Citaat",
                    "strikethrough": "Doorhalen",
                    "toggleMode": {"rich": "Naar opgemaakte tekst", "markdown": "Naar Markdown"},
                },
                "image": {
                    "chooseMultiple": "Kies afbeeldingen",
                    "addMore": "Voeg afbeeldingen toe",
                    "removeAll": "Verwijder alle afbeeldingen",
                },
                "file": {
                    "chooseMultiple": "Kies bestanden",
                    "addMore": "Voeg bestanden toe",
                    "removeAll": "Verwijder alle bestanden",
                },
                "headingOptions": {
                    f"heading{n}": f"Kop {i}"
                    for i, n in enumerate(("One", "Two", "Three", "Four", "Five", "Six"), 1)
                },
                "datetime": {"setToNow": "Vul vandaag in bij %{fieldLabel}"},
                "list": {"addType": "Voeg %{item} toe"},
                "object": {"expand": "Uitklappen", "collapse": "Inklappen"},
            },
        },
        "mediaLibrary": {"mediaLibraryModal": {"close": "Sluiten"}},
        # The avatar's menu, read out as "Account options dropdown".
        "ui": {"settingsDropdown": {"account": "Accountmenu"}},
    },
}
LANGUAGE_NAMES = {
    "nl": {"nl": "Nederlands", "en": "Engels"},
    "en": {"nl": "Dutch", "en": "English"},
}
# The portrait folder's name: Decap's {{slug}}, which in a media folder is the
# title in every collection, whatever names the file, cut to 80 characters as
# `podium new` cuts it, then made a slug. Uncut, a title of 263 characters (the
# schema takes 300) named a file of 266 bytes: decap-server could not write it
# ("API_ERROR: Unknown error"), and through GitHub it would be a path no
# checkout can make. Decap's truncate adds its omission ("-", trimmed by the
# slug) only to a title it cuts.
# The toolbar of a story's text: Decap's buttons. An interview's question is
# a level-2 heading and a heading inside an answer is set a level lower on the
# page, whatever its level: a question added with "Kop 1" was shown in the
# preview larger than the others, and on the page as a small heading inside the
# answer above it, no question. So an interview's menu offers "Kop 2" (a
# question) and "Kop 3" (a heading inside an answer); Markdown mode takes any.
_TOOLBAR = (
    "bold", "italic", "strikethrough", "code", "link",
    "heading-one", "heading-two", "heading-three", "heading-four", "heading-five",
    "heading-six", "quote", "bulleted-list", "numbered-list",
)  # fmt: skip
_INTERVIEW_TOOLBAR = tuple(
    b for b in _TOOLBAR if not b.startswith("heading-") or b in ("heading-two", "heading-three")
)
# A column's page has one h1, the title, and sets its text's first heading as
# an h2 and each one under it a level lower (shift_headings): "Kop 1" was the
# preview's largest heading and a "Kop 2" under it a second level, where the
# page showed h2 and h3. It offers the levels the page shows: h2 to h4 (an h5
# or h6 looks as an h4 there).
_COLUMN_TOOLBAR = tuple(
    b for b in _TOOLBAR
    if not b.startswith("heading-") or b in ("heading-two", "heading-three", "heading-four")
)  # fmt: skip
FILE_NAME_LENGTH = 80
FILE_SLUG = f"{{{{slug | truncate({FILE_NAME_LENGTH}, '-')}}}}"
# A new story's file name, in every language: its `slug` field, which
# admin.js fills at the save with the slug `podium new` gives the title (the
# author's name left out), unless the writer gave a URL name of their own (in
# another language: picked the original, whose slug it is).
# Named after the whole title, "Anna de Boer: mijn eerste jaar" put her name
# in the story's URL and in the record `podium withdraw` keeps of it.
FIELD_FILE_SLUG = f"{{{{fields.slug | truncate({FILE_NAME_LENGTH}, '-')}}}}"
# A plain day: without Decap's `picker_utc`, whose "Nu" filled in today in UTC
# (the day before in Amsterdam until two in the morning) and which wrote "UTC"
# beside every date; admin.js's "Nu" is the hub's today (the field's clock).
DATE = {"widget": "podium-date", "format": "YYYY-MM-DD", "date_format": "YYYY-MM-DD",
        "time_format": False}  # fmt: skip


# Decap re-encodes a JPEG, PNG or WebP in the browser before it is uploaded,
# without EXIF: a phone photo's GPS position (often the writer's home) never
# reaches the repository, a public one perhaps, where `podium check` could only
# warn about it and the writer, who has no git, could not remove it. 92: the
# build re-encodes every portrait again, so this first pass loses little.
STRIP_METADATA = {"enabled": True, "strip_metadata": True, "quality": 92}


def dated(
    t: Mapping[str, str], rule: str, other: list[str], message: str, unless: list[str] | None = None
) -> dict:
    """A date field that must not be after (``rule`` "not_after") or before
    ("not_before") another date of the story, ``other`` its path in the data.

    `podium check` refuses a consent given after the story's date, a consent
    ending before it was given, and an "updated" before the story's date; the
    editor saved all three (a consent renewed today on last year's story), and
    only the pull request's check said so. admin.js registers Decap's datetime
    widget as "podium-date" with this rule; Decap has no rule across fields.

    ``unless``: the path of a date that, on or after this one, lifts the rule,
    as `podium check` lifts it for a consent renewed after publication when
    "updated" is that day or later (podium_read.schema._dates_in_order); the
    editor refused such a renewal, which the README gives as the way to record it.
    """
    unless_rule = {"unless": unless} if unless else {}
    return {**DATE, rule: {"field": other, "message": t[message], **unless_rule}}


def _js_class(pattern: str) -> str:
    """A character class of podium.chars as ASCII with \\u escapes, which
    JavaScript's RegExp (Decap's ``pattern``) and Python's re read alike.

    Lone surrogates are left out: in a RegExp without the u flag a surrogate
    range matches half of every emoji, and a browser's text box cannot hold a
    lone one anyway."""
    pattern = pattern.replace("\ud800-\udfff", "")
    return "".join(c if " " <= c <= "~" else f"\\u{ord(c):04x}" for c in pattern)


# Combining marks of the common blocks: alone, with no letter, they show nothing.
_MARKS = "\\u0300-\\u036f\\u1ab0-\\u1aff\\u1dc0-\\u1dff\\u20d0-\\u20ff\\ufe20-\\ufe2f"
# More combining marks on one character than podium.chars.MAX_MARKS ("Zalgo
# text"), from the blocks such text is made of: a RegExp without the u flag has
# no \p{M} for every mark, and `podium check` still refuses the rare others.
_STACKED = (
    "[\\u0300-\\u036f\\u0483-\\u0489\\u0591-\\u05bd\\u0610-\\u061a\\u064b-\\u065f"
    "\\u1ab0-\\u1aff\\u1dc0-\\u1dff\\u20d0-\\u20ff\\ufe20-\\ufe2f]"
    f"{{{MAX_MARKS + 1}}}"
)
# Text that `podium check` refuses in a plain-text field, anywhere in the value.
_REFUSED = (
    f"(?![\\s\\S]*{MARKUP_RE.pattern})"
    f"(?![\\s\\S]*{_js_class(FORBIDDEN_RE.pattern)})"
    f"(?![\\s\\S]*{_js_class(BIDI_RE.pattern)})"
    f"(?![\\s\\S]*{_STACKED})"
)


# A name, job title or place wrapped in a word processor's curly quotes, which
# `podium check` refuses (podium.fields.curly_quoted: they would show on the
# page); the editor saved “Joost Hart” as it was. Around the value as the build
# strips it.
_CURLY = f"(?!\\s*[{_js_class(CURLY_OPEN)}][\\s\\S]*[{_js_class(CURLY_CLOSE)}]\\s*$)"
# The fields read with ``words=True`` (podium_read.schema).
WORDS = {"author", "role", "location", "interviewer"}


def url_name_pattern(
    t: Mapping[str, str],
    withdrawn: Sequence[str] = (),
    paths: Sequence[str] = (),
    devices: bool = False,
    addresses: bool = False,
    longest: int = MAX_STORY_SLUG,
) -> list[str]:
    """Decap's ``pattern`` for a story's URL name (``slug``, each of ``aliases``):
    a slug of at most ``longest`` characters (``MAX_STORY_SLUG``, as ``podium
    check`` wants), and none of the ``withdrawn`` slugs (withdrawn.yml, in this
    language).

    Without the length a URL name of 201 characters was saved, and only the
    pull request's check refused it ("makes a URL slug of 201 characters");
    so was a withdrawn story's slug, which would put this story's words at the
    address of a person who asked to be taken down (`podium check`: an error)."""
    # Or in plain words ("Oude Storm"), which `podium check` makes a slug
    # (oude-storm): a story written so in git could not be saved again in the
    # editor. Without what check refuses in it (an invisible or control
    # character, a tag), and with a letter or digit to make a URL of;
    # admin.js checks the slug it makes as it checks a slug.
    # ``addresses``: nor an address copied from the browser
    # ("https://werkenbij.nl/stories/oud/"), which `podium check` refuses as a
    # story's `slug` ("is an address, not a URL name"): taken as words, it had
    # letters, and the editor saved it.
    words = (
        "(?!\\s*/)"
        + ("(?!\\s*[Hh][Tt][Tt][Pp][Ss]?://)" if addresses else "")
        + _REFUSED
        + f"(?![\\s\\S]*[{_hidden_class()}])"
        + "(?=[\\s\\S]*[A-Za-z0-9\\u00c0-\\u024f\\u0370-\\u04ff\\u3040-\\u9fff\\uac00-\\ud7a3])"
        + f"[\\s\\S]{{1,{longest}}}"
    )
    regex = f"^(?:(?={SLUG_PATTERN}$)[\\s\\S]{{1,{longest}}}|{words})$"
    message = t["url_name"].format(n=longest) + ", " + t["url_words"]
    if addresses:
        message += "; " + t["url_no_address"]
    if withdrawn:
        # A slug is [a-z0-9-] only: nothing in it to escape.
        regex = f"^(?!(?:{'|'.join(withdrawn)})$)" + regex[1:]
        message += "; " + t["withdrawn"].format(slugs=", ".join(withdrawn))
    if devices:
        # "con", "Aux." (its slug aux): `podium check` refuses a story's slug,
        # and an old one, that Windows keeps for a device; the editor saved it.
        # A RegExp of Decap's has no flags, so each letter is given in both cases.
        names = "|".join(
            "".join(f"[{c.upper()}{c}]" if c.isalpha() else c for c in name)
            for name in sorted(WINDOWS_DEVICES)
        )
        around = "[ -/:-@\\[-`{-~]*"
        regex = f"^(?!{around}(?:{names}){around}$)" + regex[1:]
        message += "; " + t["device"]
    if paths:
        # An old URL name may be an old address written as a path, the story
        # URL of one of the hub's languages (``paths``: each language's story
        # URL with "{slug}" in it): a story moved to another language keeps
        # its old URL so.
        slug = f"(?={SLUG_PATTERN}/?$){_not_device(devices)}[\\s\\S]{{1,{MAX_STORY_SLUG}}}"
        shapes = "|".join(
            "/"
            + slug.join(_js_escape(part) for part in path.split("{slug}", 1)).removesuffix("/")
            + "/?" * path.endswith("/")
            for path in paths
        )
        regex = f"^(?:(?:{shapes})$|{regex[1:]})"
        message += "; " + t["url_path"].format(path="/" + paths[-1].replace("{slug}", "…"))
    return [regex, message]


def _not_device(devices: bool) -> str:
    """A lookahead refusing a slug (as a path's part: lowercase) that Windows
    keeps for a device, when ``devices``; else nothing."""
    return f"(?!(?:{'|'.join(sorted(WINDOWS_DEVICES))})/?$)" if devices else ""


def _js_escape(text: str) -> str:
    """``text`` as a literal in a JavaScript (and Python) regular expression."""
    return "".join("\\" + c if c in ".^$*+?()[]{}|\\/" else c for c in text)


def people_page_pattern(ps: PodiumSettings, t: Mapping[str, str]) -> list[str]:
    """Decap's ``pattern`` for a former name's people page (``author_aliases``):
    its slug, or its address as copied from the browser ("/people/ben-bakker/",
    "/en/people/ben-bakker/", in full with the host), which `podium check`
    reads as that slug (podium_read.schema._people_path). The editor took the
    slug only, so a story listing an address could not be saved again."""
    prefixes = sorted({"/" + ps.people_url(code) for code in ps.languages})
    shapes = "|".join(_js_escape(prefix) for prefix in prefixes)
    # No page Windows keeps the name of for a device (people/aux/), which
    # `podium check` refuses: the build would write it there.
    devices = "|".join(sorted(WINDOWS_DEVICES))
    not_device = f"(?!(?:{devices})(?:/(?:index\\.html)?)?$)"
    address = (
        f"(?:[Hh][Tt][Tt][Pp][Ss]?://[^/]+)?(?:{shapes}){not_device}{SLUG_PATTERN}"
        "/?(?:index\\.html)?"
    )
    # A former name written out ("Ben Bakker"), which `podium check` makes the
    # page's slug as a name is: the editor refused it, so a colleague who
    # changed one word of a story listing one could not save it. Refused, as
    # there, with an invisible character in it (U+200B: another URL than the
    # name reads), or a control character, or a tag.
    name = (
        "(?!\\s*(?:/|[Hh][Tt][Tt][Pp][Ss]?://))"
        + _REFUSED
        + f"(?![\\s\\S]*[{_hidden_class()}])(?=[\\s\\S]*\\S)[\\s\\S]+"
    )
    return [f"^{not_device}(?:{SLUG_PATTERN}|{address}|{name})$", t["people_slug"]]


@functools.cache
def _hidden_class() -> str:
    """The characters of the basic plane that podium.chars.hidden_character
    refuses in a slug or a name made one (zero-width space, joiners, soft
    hyphen, BOM, blank letters, variation selectors), as a class's ranges
    with \\u escapes."""
    codes = [
        c for c in range(0x80, 0x10000)
        if not 0xD800 <= c <= 0xDFFF and hidden_character(chr(c)) is not None
    ]  # fmt: skip
    ranges: list[list[int]] = []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "".join(f"\\u{a:04x}" + (f"-\\u{b:04x}" if b > a else "") for a, b in ranges)


# A line break in a headline or a name (podium.fields: one_line, implied by words).
_ONE_LINE = "(?![\\s\\S]*[\\n\\r\\u0085\\u2028\\u2029])"


def plain_text_pattern(
    t: Mapping[str, str],
    max_len: int = 0,
    required: bool = False,
    words: bool = False,
    one_line: bool = False,
) -> list[str]:
    """Decap's ``pattern`` ([regex, message]) for a plain-text field: what the
    read step accepts (podium.fields: no HTML tag, no control or bidi
    character, at most ``max_len`` characters, not only spaces when required).

    Without it the editor saved a title like "<b>Nieuw</b>" or a 500-character
    summary, and only the pull request's check refused it, where a writer who
    uses the editor never looks. Decap checks a pattern only on a non-empty
    value. Lengths count UTF-16 units in the browser, so a text full of emoji
    is cut a little sooner there than by the build, never later.
    """
    one_line = one_line or words
    # Something that shows, not only spaces, zero-width characters (U+2060,
    # U+200B) or accents with no letter, which `podium check` refuses ("holds
    # only characters that show nothing") and the editor saved.
    shows = f"[\\s\\S]*[^\\s{_hidden_class()}{_MARKS}]"
    # Optional: left blank (spaces only, read as no value), or the same.
    shows = f"(?={shows})" if required else f"(?=\\s*$|{shows})"
    regex = "^" + _REFUSED + shows + (_CURLY if words else "")
    regex += _ONE_LINE if one_line else ""
    regex += f"[\\s\\S]{{0,{max_len}}}$" if max_len else "[\\s\\S]*$"
    # The tower of accents (_REFUSED) is named too: refused by a message that
    # did not name it, a pasted "Zalgo" title could not be told from a plain one.
    message = t["plain"].format(n=MAX_MARKS)
    message += ", " + t["at_most"].format(n=max_len) if max_len else ""
    if one_line:
        message += ", " + t["one_line"]
    if words:
        message += ", " + t["no_curly"]
    return [regex, message]


def refused_formats(t: Mapping[str, str]) -> dict[str, str]:
    """File suffix -> why the photo is refused: the formats `podium check`
    refuses by the file's name (podium.photos). The photo field refuses such a
    value, and admin.js refuses such a file at upload (the media library never
    showed it: Decap lists only images a browser can show)."""
    return {
        **dict.fromkeys(["heic", "heif"], t["heic"]),
        **dict.fromkeys(["svg", "svgz"], t["svg"]),
    }


def refused_uploads(ps: PodiumSettings) -> dict[str, Any]:
    """What admin.js needs to refuse a photo at upload, in the editor's language,
    and the most pixels a photo may have (`podium check` refuses more: "too
    large to decode safely"), to which admin.js scales a bigger one down."""
    t = _labels(ps)
    # A TIFF or AVIF photo `podium check` takes, but Decap re-encodes only a
    # JPEG, PNG or WebP (its media_processing): uploaded, it reached the
    # repository with its EXIF and GPS position, for good in its history. The
    # field still takes such a photo committed with git (refused_formats).
    kept_as_is = dict.fromkeys(["tif", "tiff", "avif"], t["kept_as_is"])
    return {
        "formats": {**refused_formats(t), **kept_as_is},
        "close": t["close"],
        "max_pixels": MAX_PIXELS,
        # A photo the editor uploads as it is (Decap re-encodes a JPEG or WebP
        # smaller, a PNG losslessly): over this, `podium check` refuses it.
        "max_bytes": MAX_PHOTO_BYTES,
        "too_large": t["photo_too_large"].format(mb=MAX_PHOTO_BYTES // 1_000_000),
        # A side more than this many times the other (a panorama, a banner):
        # `podium check` refuses it ("crop it first"), which a writer without
        # git could not do in the repository once the editor had saved it.
        "max_aspect": MAX_ASPECT,
        "too_long": t["photo_too_long"].format(n=MAX_ASPECT),
    }


# The characters a name or a title is made a slug of in the editor (admin.js,
# transliterated) as podium.slugs.slugify makes it, by unidecode: Latin letters
# with their accents, ligatures and strokes ("ø", "ß", "Ł"), Greek, Cyrillic,
# Vietnamese, punctuation and the invisible ones (a zero-width space is a
# space, a joiner nothing), full-width forms, and the emoji and symbols (most
# give nothing: a title of emoji only is the slug "story"). A text with any
# other character (Chinese, Arabic) is the build's alone to make a slug of.
_SLUG_CHARS = (
    (0x80, 0x24F), (0x300, 0x36F), (0x370, 0x4FF), (0x1E00, 0x1EFF), (0x2000, 0x206F),
    (0x2600, 0x27BF), (0xFB00, 0xFB06), (0xFE00, 0xFE0F), (0xFF00, 0xFF5E), (0x1F000, 0x1FAFF),
)  # fmt: skip


def slug_rule() -> dict[str, Any]:
    """What admin.js needs to make a text a slug as podium.slugs.slugify does:
    each character's transliteration (``chars``; ``blank``: the ranges of code
    points that give nothing), the length a person's slug is cut to, and the
    words of a name that name no one on their own (a title's slug keeps them)."""
    chars: dict[str, str] = {}
    blank: list[list[int]] = []
    for first, last in _SLUG_CHARS:
        for code in range(first, last + 1):
            made = unidecode(chr(code))
            if made == chr(code):
                continue
            if made:
                chars[chr(code)] = made
            elif blank and blank[-1][1] == code - 1:
                blank[-1][1] = code
            else:
                blank.append([code, code])
    return {"chars": chars, "blank": blank, "max": MAX_SLUG, "particles": sorted(PARTICLES)}


def screen_reader_names(ps: PodiumSettings) -> dict[str, str]:
    """Names admin.js gives what Decap leaves unnamed, in the editor's language:
    the text's "Rijke tekst / Markdown" switch (Decap's toggle drops the
    aria-label it is handed) and the preview's frame (no title)."""
    t = _labels(ps)
    return {"markdown_switch": t["markdown_switch"], "preview": t["preview"]}


def preview_words(ps: PodiumSettings, site=None) -> dict[str, dict[str, Any]]:
    """The story page's own words that the preview shows, per language: the
    kind's label over the title, the months of its long date, and the author
    card's last line with "{name}" for the name ("Interview door ...",
    "Geschreven door ..."). The preview left them out, and showed the date as
    the form holds it ("2026-03-02" for "2 maart 2026"). A former colleague's
    line ("Oud-collega"), and the hub's alumni policy, which may show that
    word instead of the name. Over a story the hub does not show (a draft,
    dated ahead, consent ended, a former colleague's taken down: ``notice``,
    in the editor's language), why.

    With the build's ``site``: the headings of the sections under the text
    and what they name, as the page has them: each theme's name in that
    language and its colour (``themes``, slug: [name, colour]), and the title
    of each open vacancy for a reader of that language (``jobs``, id: title).
    The preview ended with the text, so a wrong theme or job was seen only on
    the hub. Public as the hub's own theme and job pages are: a closed job or
    one not yet posted is not named (the page shows neither)."""
    themes = site.themes if site is not None else ()
    vacancies = site.vacancies.vacancies if site is not None else ()
    t = _labels(ps)
    return {
        code: {
            "kind": {kind: translate(kind, code) for kind in KINDS},
            "months": translate("months", code).split(),
            "credit": {
                "interview": translate("interviewed_by", code, name="{name}"),
                "column": translate("written_by", code, name="{name}"),
            },
            # A former colleague (`left` on or before today): the card's line,
            # or with the "anonymize" policy the name the page shows instead.
            "former": translate("former_colleague", code),
            "former_note": translate("former_colleague_note", code),
            "alumni_policy": ps.alumni_policy,
            # Why the hub does not show the story, in the editor's language.
            "notice": {
                key: t[f"preview_{key}"]
                for key in ("draft", "scheduled", "consent_ended", "alumni")
            },
            # What the page makes of the text when the summary or quote is
            # left empty (podium_read.parse: derive_summary, derive_quote),
            # said where it will stand: the preview showed nothing there.
            "derived": {key: t[f"preview_derived_{key}"] for key in ("summary", "quote")},
            # The author card's labels and team names as the page has them in
            # the story's language: the preview showed the form's labels
            # ("Plaats of vestiging") and the team in the editor's language.
            "facts": {key: translate(key, code) for key in ("team", "location")},
            "teams": {slug: ps.team_name(slug, code) for slug in ps.teams},
            "themes_title": translate("story_themes", code),
            "roles_title": translate("open_roles_like_this", code),
            "themes": {
                th.slug: [th.name.get(code) or th.name.get(ps.default_lang) or th.slug, th.color]
                for th in themes
            },
            "jobs": _open_job_titles(vacancies, ps, code),
        }
        for code in ps.languages
    }


def _open_job_titles(vacancies, ps: PodiumSettings, lang: str) -> dict[str, str]:
    """id: title of each open vacancy, as a job list in ``lang`` names it
    (one id in several languages: the version in ``lang``, else the first)."""
    titles: dict[str, str] = {}
    for v in vacancies:
        if v.is_open(ps.today) and (v.id not in titles or v.lang == lang):
            titles[v.id] = v.title_in(lang)[0]
    return titles


def _labels(ps: PodiumSettings) -> dict[str, str]:
    return LABELS.get(ps.default_lang, LABELS["en"])


def _language_name(code: str, ui: str) -> str:
    return LANGUAGE_NAMES.get(ui, LANGUAGE_NAMES["en"]).get(code, code)


def field_widgets(
    ps: PodiumSettings,
    themes,
    vacancy_ids,
    kind: str,
    lang: str,
    root: str = "",
    withdrawn: Sequence[str] = (),
    taken: Mapping[str, list[str]] | None = None,
    translations: Mapping[str, tuple[str, list[str], str]] | None = None,
    clock: Mapping[str, str] | None = None,
    pulled: Sequence[Mapping[str, Any]] = (),
    old_names: Mapping[str, list[str]] | None = None,
    old_slugs: Mapping[str, str] | None = None,
) -> list[dict]:
    """One Decap field per front-matter field of the schema, in the schema's order.

    ``root``: the content folder as the backend sees it ("content/" on GitHub,
    "" for decap-server, which is rooted there). ``withdrawn``: the slugs
    withdrawn.yml keeps in ``lang``, which no story may take again. ``taken``:
    {slug: the files (under content/) of the stories in ``lang`` that have it}.
    ``translations``: {a file in ``lang``: (its slug, its translations' files,
    the slug of its file name)}. ``clock``: the hub's ``timezone`` and, when
    the settings fix it, ``today``, by which admin.js marks a vacancy closed.
    ``pulled``: the build's ATS vacancies (``pulled_vacancies``), which admin.js
    lists beside the vacancy files it reads live. ``old_names``: {an old URL
    name in ``lang`` (a story's ``aliases``): the files of the stories it
    leads to}, which a new story's title or a URL name may not take;
    ``old_slugs``: {each of those files: its story's slug}.

    Raises KeyError for a schema field without a widget here: a new field in
    the contract must be given one (a test builds the config for every field).
    A field with more to it than a pattern has a function of its own
    (``_title_widget``, ``_slug_widget``, ...): one dict of 330 lines held them.
    """
    t = _labels(ps)
    widgets: dict[str, dict | None] = {
        "title": _title_widget(ps, t, withdrawn, taken, old_names),
        "date": {**DATE},
        "author": {"widget": "string", "pattern": _plain(t, "author", required=True)},
        "role": {"widget": "string", "pattern": _plain(t, "role", required=True)},
        "consent": _consent_widget(t),
        "lang": {"widget": "hidden", "default": lang},
        "slug": _slug_widget(t, withdrawn, taken, translations, old_names),
        "aliases": _aliases_widget(ps, t, withdrawn, taken, old_names, old_slugs),
        "summary": {"widget": "text", "pattern": _plain(t, "summary"), **_OPTIONAL},
        "quote": {"widget": "text", "pattern": _plain(t, "quote"), **_OPTIONAL},
        "photo": _photo_widget(t, root),
        "team": _team_widget(ps, t),
        "location": {"widget": "string", "pattern": _plain(t, "location"), **_OPTIONAL},
        "interviewer": (
            {"widget": "string", "pattern": _plain(t, "interviewer"), **_OPTIONAL}
            if kind == "interview"
            else None
        ),
        "themes": _themes_widget(ps, t, themes),
        "vacancies": _vacancies_widget(t, vacancy_ids, pulled, clock),
        "status": _status_widget(t),
        "left": {**DATE, **_OPTIONAL},
        "featured": {"widget": "boolean", "default": False, **_OPTIONAL},
        "share_prompts": _share_prompts_widget(t),
        "updated": {**dated(t, "not_before", ["date"], "updated_before"), **_OPTIONAL},
        "author_aliases": _author_aliases_widget(ps, t),
    }
    fields = []
    for name in FIELDS:
        widget = widgets[name]
        if widget is None:
            continue
        if name == "vacancies" and not vacancy_ids:
            continue  # Decap refuses a select without options
        label = t[name]
        fields.append({"name": name, "label": label, **widget})
    return _dates_in_years(fields, t, clock)


# Decap's "required: false": a field a story may leave out.
_OPTIONAL = {"required": False}


def _plain(t: Mapping[str, str], name: str, required: bool = False) -> list[str]:
    """The pattern of a plain text field: its length, and words where it takes words."""
    words = name in WORDS
    return plain_text_pattern(t, MAX_LEN[name], required, words, one_line=name == "title")


def _title_widget(ps: PodiumSettings, t, withdrawn, taken, old_names) -> dict:
    """The title: refused where its file name (so its slug) would be withdrawn,
    taken or an old URL name."""
    # "podium-title" (admin.js): Decap's string widget, which also refuses
    # the title of a new story whose file name, and so its slug, would be
    # a withdrawn one (Decap names the file from the title), or another
    # story's in this language (`taken`): a column titled "Anna de Boer"
    # beside interviews/anna-de-boer.md, which `podium check` refuses.
    return {
        "widget": "podium-title",
        "pattern": _plain(t, "title", required=True),
        "withdrawn": list(withdrawn),
        "withdrawn_message": t["withdrawn_title"],
        "taken": dict(taken or {}),
        "taken_message": t["taken_title"],
        # Another story's old URL name (its `aliases`), where a redirect to
        # that story answers: `podium check` refuses a new story there, and
        # `podium new` asks for another title. admin.js reads the stories'
        # aliases live (paths through `story_urls`: each language's story
        # URL with "{slug}" in it), as it reads `taken`.
        "old_names": dict(old_names or {}),
        "old_message": t["old_title"],
        "story_urls": {code: ps.story_url("{slug}", code) for code in ps.languages},
        # A title only the build makes a slug of is written as the URL
        # name, and Decap makes the file name of it: of one with no
        # character an IRI keeps, no name, and decap-server refused the
        # save with an error the writer never saw. ("Aux" and "!!!" are
        # aux-1 and story, as `podium new` names them.)
        "unnamed_message": t["unnamed_title"],
        # Said while the form takes no typing yet (admin.js): Decap made
        # a new story's draft after showing its form, and wiped what was
        # typed before.
        "preparing": t["preparing"],
    }


def _consent_widget(t) -> dict:
    """The consent group: when it was given, until when, and whether it may be shared."""
    return {
        "widget": "object",
        "collapsed": False,
        "fields": [
            {
                "name": "given",
                "label": t["given"],
                **dated(t, "not_after", ["date"], "given_after", unless=["updated"]),
            },
            {
                "name": "until",
                "label": t["until"],
                **dated(t, "not_before", ["consent", "given"], "until_before"),
                # Its last day online, as the build counts it: "tot" alone
                # left a story set to today online another day.
                "hint": t["until_hint"],
                **_OPTIONAL,
            },
            # Optional: stories without it are shared (the contract's
            # default), and Decap would refuse to save them otherwise.
            {
                "name": "social",
                "label": t["social"],
                "widget": "boolean",
                "default": True,
                "hint": t["social_hint"],
                **_OPTIONAL,
            },  # fmt: skip
        ],
    }


def _slug_widget(t, withdrawn, taken, translations, old_names) -> dict:
    """The URL name: not another story's in this language, nor a withdrawn one."""
    # "podium-slug" (admin.js): Decap's string widget, which also refuses
    # a URL name another story in this language has (`taken`, the
    # build's), except the story's own: two stories at one URL, which only
    # `podium check` refused ('slug ... is also used by'), after the save;
    # and, in a story with translations (`translations`), another URL name
    # than theirs, which parts them (`podium check`: a warning), also an
    # emptied one when the file name gives another slug than theirs.
    return {
        "widget": "podium-slug",
        **_OPTIONAL,
        # At most as long as the file name the editor writes (FIELD_FILE_SLUG):
        # a translation made in the editor takes that name as its slug, so a
        # URL name of 93 characters, cut to 80 in the file name, parted the two.
        "pattern": url_name_pattern(
            t, withdrawn, devices=True, addresses=True, longest=FILE_NAME_LENGTH
        ),
        "taken": dict(taken or {}),
        "taken_message": t["taken"],
        # A slug withdrawn since the build (the pattern refuses the
        # build's `withdrawn`): admin.js checks the live withdrawn.yml.
        "withdrawn": list(withdrawn),
        "withdrawn_message": t["withdrawn"],
        "translations": {f: list(pair) for f, pair in (translations or {}).items()},
        "parted_message": t["parted"],
        # Another story's old URL name (`old_names`, live: admin.js).
        "old_names": dict(old_names or {}),
        "old_message": t["old"],
        # Words whose slug is longer than the words ("Große Straße": grosse-
        # strasse): the pattern counts the characters written, `podium check`
        # those of the slug it makes, so admin.js counts the slug too.
        "max_slug": FILE_NAME_LENGTH,
        "too_long_message": t["slug_too_long"],
    }


def _aliases_widget(ps: PodiumSettings, t, withdrawn, taken, old_names, old_slugs) -> dict:
    """The story's old URL names: each a redirect page in every language."""
    return {
        "widget": "list",
        "field": {
            "name": "alias",
            "label": t["alias"],
            # "podium-alias" (admin.js): Decap's string widget, which also
            # refuses a slug withdrawn since the build (the live withdrawn.yml;
            # the pattern refuses the build's `withdrawn`) and another story's
            # URL name in this language (`taken`, live), as "podium-slug" does.
            "widget": "podium-alias",
            "pattern": url_name_pattern(
                t,
                withdrawn,
                [ps.story_url("{slug}", code) for code in ps.languages],
                devices=True,
            ),
            "withdrawn": list(withdrawn),
            "withdrawn_message": t["withdrawn"],
            # Another story's slug as an old URL name: a redirect over a
            # story, which `podium check` refuses after the save.
            "taken": dict(taken or {}),
            "taken_message": t["taken"],
            # The same at an address in another language (a path,
            # "/en/stories/x/", or an old slug its translation shares):
            # "in this language" said the wrong one.
            "taken_in_message": t["taken_in"],
            "language_names": {
                code: _language_name(code, ps.default_lang) for code in ps.languages
            },
            # Another story's old URL name: two redirects at one address.
            # The story's translations share theirs (`old_slugs`: the slug
            # of each file these lead to).
            "old_names": dict(old_names or {}),
            "old_message": t["old_alias"],
            "old_slugs": dict(old_slugs or {}),
        },
        "label_singular": t["alias"],
        "summary": "{{fields.alias}}",
        # More are refused by `podium check`: each one is a redirect page
        # in every language. Decap refuses to save a longer list.
        "max": MAX_ALIASES,
        **_OPTIONAL,
    }


def _photo_widget(t, root: str) -> dict:
    """The portrait: a folder per story in the media library, its metadata stripped."""
    # "podium-photo" (admin.js): Decap's image widget, which opens the
    # media library only once the story has a title. The folder is named
    # from the title when the library opens: chosen before, the photo
    # went into images/people/ itself, the shared folder, where a
    # colleague's "portret.jpg" could be replaced.
    return {
        "widget": "podium-photo",
        "untitled": t["photo_title_first"],
        # Formats `podium check` refuses, by the file's name (podium.photos).
        "refused_formats": refused_formats(t),
        "shared_folder": MEDIA_FOLDER,
        **_OPTIONAL,
        "choose_url": False,
        "media_processing": STRIP_METADATA,
        # A folder per story, named as its file is: in the one shared
        # folder a photo uploaded under a name already there ("foto.jpg",
        # "portret.jpg") replaced another colleague's portrait after a
        # confirm in English, and the media library offered every
        # colleague's portrait to pick. (Leading "/": from the backend's
        # root, not beside the story.)
        "media_folder": f"/{root}{MEDIA_FOLDER}/{FILE_SLUG}",
        "public_folder": f"{MEDIA_FOLDER}/{FILE_SLUG}",
    }


def _team_widget(ps: PodiumSettings, t) -> dict:
    """The team: a choice of PODIUM_TEAMS, or a slug where the hub names none."""
    team_options = [
        {"label": names.get(ps.default_lang) or slug, "value": slug}
        for slug, names in ps.teams.items()
    ]
    return (
        {"widget": "select", "options": team_options, **_OPTIONAL}
        if team_options
        else {"widget": "string", "pattern": [SLUG_RE.pattern, t["slug_like"]], **_OPTIONAL}
    )


def _themes_widget(ps: PodiumSettings, t, themes) -> dict:
    """The themes: themes.yml's, read live when the form opens."""
    # "podium-choices" (admin.js): Decap's select, whose options it reads
    # live when the form opens (themes.yml and the vacancy files, as
    # hidden collections: `live_collections`; the ATS jobs are the
    # build's, `pulled`); these, the
    # build's, are the last deploy's, so a theme or vacancy merged since
    # was not offered and one removed since still was. Until the live
    # list has arrived, or if it cannot be read, the build's stands.
    return {
        "widget": "podium-choices",
        "live": "themes",
        "multiple": True,
        "options": [
            {"label": th.name.get(ps.default_lang) or th.slug, "value": th.slug} for th in themes
        ],
        # A theme `podium check` refuses (not in themes.yml, or an old
        # slug of a renamed one) is refused at the field, with its name.
        "aliases": {a: th.slug for th in themes for a in th.aliases},
        "unknown": t["unknown_theme"],
        "renamed": t["renamed_theme"],
        "not_found": t["not_found"],
        "hint": t["themes_hint"],
        **_OPTIONAL,
    }


def _vacancies_widget(t, vacancy_ids, pulled, clock) -> dict:
    """The linked vacancies: the vacancy files, read live, and the ATS jobs the build pulled."""
    return {
        "widget": "podium-choices",
        "live": "vacancies",
        "multiple": True,
        "options": [{"label": label, "value": vid} for vid, label in vacancy_ids],
        # The ATS jobs as the build pulled them: publish.yml never commits
        # its pull, so the repository's snapshot (all the editor could
        # read live) can be weeks older than the build's.
        "pulled": list(pulled),
        **dict(clock or {}),
        "closed": t["closed"],
        "posted_from": t["posted_from"],
        # A linked vacancy that is gone (`podium check` warns): shown so.
        "not_found": t["not_found"],
        **_OPTIONAL,
    }


def _status_widget(t) -> dict:
    """The status: no "published" while the text holds a prompt of the question bank."""
    # "podium-status" (admin.js): Decap's select, which refuses
    # "published" while the text holds a prompt of the question bank, as
    # `podium check` does (an error in a published story). The editor saved
    # it, so the pull request failed, or locally `podium serve` stopped
    # rebuilding, where the writer does not look.
    return {
        "widget": "podium-status",
        "placeholders": placeholders(),
        "unanswered": t["unanswered"],
        "options": [{"label": t[s], "value": s} for s in STATUSES],
        # A new story starts as a draft, as `podium new` writes it: saved
        # half-written (locally "Publiceer" is the only save), its prompts
        # are warnings and the build goes on; as "published" they were
        # errors, so `podium serve` stopped rebuilding, and a pull request
        # merged with them broke the hub's build. Decap gives the default
        # only to a new story: one without the line stays published.
        "default": "draft",
        "hint": t["status_hint"],
        **_OPTIONAL,  # absent means published
    }


def _share_prompts_widget(t) -> dict:
    """The share prompts: one text input per question."""
    # One text input per question: a list without `field` is Decap's
    # comma-separated input, which cut "Who helped you, and how?" in two.
    return {
        "widget": "list",
        "field": {
            "name": "prompt",
            "label": t["share_prompt"],
            "widget": "string",
            "pattern": plain_text_pattern(t, MAX_PROMPT_LEN),
        },
        "label_singular": t["share_prompt"],  # its button: "Voeg vraag toe"
        "summary": "{{fields.prompt}}",
        "max": MAX_PROMPTS,  # as `podium check` holds them
        **_OPTIONAL,
    }


def _author_aliases_widget(ps: PodiumSettings, t) -> dict:
    """A former name's people page: never the author's own."""
    # A former name's people page (podium_read.schema): a redirect to the
    # person's page, only at their wish.
    return {
        "widget": "list",
        "field": {
            "name": "author_alias",
            "label": t["author_alias"],
            # "podium-author-alias" (admin.js): Decap's string widget, which
            # also refuses the page the author's own name gives (made a
            # slug as podium.slugs.person_slug makes it), as `podium check`
            # does ("is the author's own people page"); the editor saved it.
            "widget": "podium-author-alias",
            "pattern": people_page_pattern(ps, t),
            "own_message": t["own_people_page"],
            "held_message": t["held_people_page"].replace("{file}", ps.withdrawn_file),
            "listed_message": t["former_listed"],
        },
        "label_singular": t["author_alias"],
        "summary": "{{fields.author_alias}}",
        "hint": t["author_aliases_hint"],
        "max": MAX_ALIASES,
        **_OPTIONAL,
    }


def _dates_in_years(
    fields: list[dict], t: Mapping[str, str], clock: Mapping[str, str] | None = None
) -> list[dict]:
    """Every date field ("podium-date", in the consent group too) with the
    years `podium check` takes (podium.fields.YEARS): a story dated 1850 or
    2206 (a typo) was saved, and the check refused it after the save. And with
    the hub's ``clock``, whose today its "Nu" button fills in."""
    for field in fields:
        if field.get("widget") == "podium-date":
            first, last = YEARS
            field["years"] = [first, last]
            field["years_message"] = t["out_of_years"].format(first=first, last=last)
            field.update(clock or {})
        _dates_in_years(field.get("fields", []), t, clock)
    return fields


def question_bank(kind: str, lang: str) -> str:
    """The body of a new story: the same prompts ``podium new`` writes."""
    bank = prompts()[kind].get(lang) or prompts()[kind]["en"]
    if kind == "interview":
        hint = ANSWER_HINTS.get(lang, ANSWER_HINTS["en"])
        return "\n".join(f"## {q}\n\n{hint}\n" for q in bank)
    return "\n".join(f"{p}\n" for p in bank)


def translated_originals(site) -> dict[tuple[str, str], dict[str, list[str]]]:
    """Which default-language stories already have a translation, per
    (folder, language): {the original's name in the editor: [the file names
    of its translations in that language]}.

    The editor's "Vertaling van" offered every Dutch story, also one translated
    already; picked, the new file had the same slug as that translation, which
    only `podium check` refused ('slug "drie-dagen" in language "en" is also used by
    ...').
    admin.js leaves such a story out of the list and refuses it, unless the
    story being edited is that translation. The name is what Decap calls the
    entry (its file name without ".md", "dag-op-zee.nl" included); only files
    directly in the kind's folder are the editor's.
    """
    ps = site.settings
    root = os.path.abspath(site.content_root)
    originals: dict[tuple[str, str], list[str]] = {}
    translations: dict[tuple[str, str, str], list[str]] = {}
    for parsed, source in zip(site.parsed, site.sources, strict=True):
        story = parsed.story
        if story is None:
            continue
        parts = os.path.relpath(source, root).split(os.sep)
        if len(parts) != 2 or parts[0] not in KINDS.values():
            continue
        folder, name = parts
        if story.lang == ps.default_lang:
            if name.endswith(".md"):
                originals.setdefault((folder, story.slug), []).append(name[: -len(".md")])
        else:
            translations.setdefault((folder, story.lang, story.slug), []).append(name)
    out: dict[tuple[str, str], dict[str, list[str]]] = {}
    for (folder, lang, slug), names in sorted(translations.items()):
        for original in originals.get((folder, slug), ()):
            out.setdefault((folder, lang), {})[original] = sorted(names)
    return out


def story_slugs(site) -> dict[str, dict[str, list[str]]]:
    """{language: {slug: the files (relative to content/, "/"-separated) of
    the stories in it with that slug}}: the URLs a URL name may not take."""
    root = os.path.abspath(site.content_root)
    out: dict[str, dict[str, list[str]]] = {}
    for parsed, source in zip(site.parsed, site.sources, strict=True):
        story = parsed.story
        if story is None:
            continue
        name = "/".join(os.path.relpath(source, root).split(os.sep))
        out.setdefault(story.lang, {}).setdefault(story.slug, []).append(name)
    return {
        lang: {slug: sorted(files) for slug, files in sorted(slugs.items())}
        for lang, slugs in out.items()
    }


def story_old_names(site) -> dict[str, dict[str, list[str]]]:
    """{language: {old URL name: the files (relative to content/, "/"-separated)
    of the stories whose ``aliases`` lead there}}, as `podium check` counts
    them (podium_validate.site.alias_collisions): an old slug in every
    language of the story's slug, an old address written as a path in its own."""
    root = os.path.abspath(site.content_root)
    stories = [
        (parsed.story, "/".join(os.path.relpath(source, root).split(os.sep)))
        for parsed, source in zip(site.parsed, site.sources, strict=True)
        if parsed.story is not None
    ]
    langs_of: dict[str, set[str]] = {}
    for story, _name in stories:
        langs_of.setdefault(story.slug, set()).add(story.lang)
    out: dict[str, dict[str, set[str]]] = {}
    for story, name in stories:
        keys = [(a, lang) for a in story.aliases for lang in langs_of[story.slug]]
        for alias, lang in [*keys, *story.path_aliases]:
            out.setdefault(lang, {}).setdefault(alias, set()).add(name)
    return {
        lang: {alias: sorted(files) for alias, files in sorted(names.items())}
        for lang, names in sorted(out.items())
    }


def old_names_and_slugs(site) -> tuple[dict, dict[str, str]]:
    """``story_old_names``, and {each file they name: its story's slug}."""
    old = story_old_names(site)
    named = {f for names in old.values() for files in names.values() for f in files}
    root = os.path.abspath(site.content_root)
    slugs = {}
    for parsed, source in zip(site.parsed, site.sources, strict=True):
        name = "/".join(os.path.relpath(source, root).split(os.sep))
        if parsed.story is not None and name in named:
            slugs[name] = parsed.story.slug
    return old, dict(sorted(slugs.items()))


def story_translations(site) -> dict[str, dict[str, tuple[str, list[str], str]]]:
    """{language: {a story's file: (its slug, the files of its translations,
    the slug its file name gives)}}, for the stories that have translations
    (the same slug in another language); files relative to content/,
    "/"-separated. The last is the story's slug once its URL name is cleared."""
    from podium_read.schema import slug_from_filename

    root = os.path.abspath(site.content_root)
    languages = tuple(site.settings.languages)
    by_slug: dict[str, list[tuple[str, str]]] = {}
    for parsed, source in zip(site.parsed, site.sources, strict=True):
        if parsed.story is not None:
            name = "/".join(os.path.relpath(source, root).split(os.sep))
            by_slug.setdefault(parsed.story.slug, []).append((parsed.story.lang, name))
    out: dict[str, dict[str, tuple[str, list[str], str]]] = {}
    for slug, versions in sorted(by_slug.items()):
        for lang, name in versions:
            others = sorted(n for other, n in versions if other != lang)
            if others:
                own = slug_from_filename(name, languages)[0]
                out.setdefault(lang, {})[name] = (slug, others, own)
    return out


def unlisted_stories(site) -> dict[str, list[str]]:
    """{a story's file (relative to content/, "/"-separated): [its language,
    its slug]} for the stories the editor does not list: in a subfolder, not
    ``.md``, in a language its name does not say, or a default-language story
    without a ``lang`` line on a hub of several languages.

    admin.js reads the other stories live from the backend when the editor
    opens (the build's lists are the last deploy's); these it cannot see, so
    the build's word about them stands."""
    ps = site.settings
    root = os.path.abspath(site.content_root)
    several = len(ps.languages) > 1
    out: dict[str, list[str]] = {}
    for parsed, source in zip(site.parsed, site.sources, strict=True):
        story = parsed.story
        if story is None:
            continue
        parts = os.path.relpath(source, root).split(os.sep)
        name = parts[-1]
        if story.lang == ps.default_lang:
            listed = not any(name.endswith(f".{lang}.md") for lang in ps.languages) and (
                not several or "lang" in story.lines
            )
        else:
            listed = name.endswith(f".{story.lang}.md")
        listed = listed and len(parts) == 2 and parts[0] in KINDS.values()
        if not listed:
            out["/".join(parts)] = [story.lang, story.slug]
    return dict(sorted(out.items()))


def withdrawn_slugs(site) -> dict[str, list[str]]:
    """{language: the slugs withdrawn.yml keeps in it}, sorted."""
    out: dict[str, set[str]] = {}
    for w in site.withdrawn:
        if not SLUG_RE.match(w.slug):
            continue  # the read step refuses it; it must never break the pattern
        for lang in w.langs:
            out.setdefault(lang, set()).add(w.slug)
    return {lang: sorted(slugs) for lang, slugs in out.items()}


def shown_stories(site):
    """``site`` with only the stories the hub has shown: not a draft, not
    scheduled (a story whose consent ended keeps its address, a tombstone).
    Invalid files are left out too: they name no page."""
    ps = site.settings
    kept = [
        (parsed, source)
        for parsed, source in zip(site.parsed, site.sources, strict=True)
        if parsed.story is not None and parsed.story.publication(ps) not in NOT_YET
    ]
    return dataclasses.replace(
        site, parsed=tuple(p for p, _s in kept), sources=tuple(s for _p, s in kept)
    )


def people_pages(site, ps: PodiumSettings, public: bool = False) -> dict[str, Any]:
    """What admin.js needs to refuse, as `podium check` does
    (podium_validate.site.author_aliases_taken), an ``author_aliases`` item
    that is the author's own people page by a number ("ben-bakker-2", after
    another Ben Bakker), or that another person's story lists already:
    ``pages``, {people page slug: the name it shows}, and ``former``, {a
    former name's page: [[the name of the author who lists it, the file]]}.
    Only what the hub shows: the people of published stories, by name
    (anonymised ones left out), and the old addresses of their pages, which
    redirect in public. The slugs are numbered as the build numbers them,
    over every story, drafts too. ``held``: the slugs withdrawn.yml keeps for
    a withdrawn colleague (``Site.people_held``), which lead to no one: listed
    as a former page, not even the page the author's own name gives, whose
    namesake is numbered ("ben-bakker-2"). Not in a ``public`` configuration
    (/admin/config.yml is published with the hub): each is the name of
    someone who asked to be taken down, kept in the repository with their
    consent, never on the hub; admin.js reads them live from withdrawn.yml
    there, as a logged-in editor."""
    root = os.path.abspath(site.content_root)
    stories = [
        (parsed.story, "/".join(os.path.relpath(source, root).split(os.sep)))
        for parsed, source in zip(site.parsed, site.sources, strict=True)
        if parsed.story is not None
    ]
    slugs = author_slugs((s for s, _name in stories), site.people_held)
    pages: dict[str, str] = {}
    former: dict[str, list[list[str]]] = {}
    for story, name in sorted(stories, key=lambda sn: sn[1]):
        anonymous = story.is_alumni(ps) and ps.alumni_policy == "anonymize"
        if story.publication(ps) != "published" or anonymous:
            continue
        shown = " ".join(story.author.split())
        pages.setdefault(slugs[person_key(story.author)], shown)
        for alias in story.author_aliases:
            former.setdefault(alias, []).append([shown, name])
    return {
        "pages": dict(sorted(pages.items())),
        "former": dict(sorted(former.items())),
        "held": [] if public else sorted(site.people_held),
    }


def load_choices(content: Path, ps: PodiumSettings, scheduled: bool = True):
    """Themes and (vacancy id, label) pairs from the content, as the build reads them.

    For ``podium serve`` outside a build; a build passes its site model instead
    (``choices_of``), so themes.yml and the vacancies are read once per build.
    """
    from podium_read.themes import load_themes
    from podium_vacancies.load import load_all

    themes = load_themes(content / ps.themes_file, ps.languages, content)
    try:
        vacancies = load_all(content, ps.languages, ps.today, ps.default_lang).vacancies
    except ContentError:
        vacancies = ()  # validation reports these; the editor still opens
    return themes, _vacancy_choices(vacancies, ps, scheduled)


def choices_of(site, scheduled: bool = True):
    """``load_choices`` from the build's site model (``pipeline.SITE``)."""
    return site.themes, _vacancy_choices(site.vacancies.vacancies, site.settings, scheduled)


def _vacancy_choices(
    vacancies, ps: PodiumSettings, scheduled: bool = True
) -> list[tuple[str, str]]:
    """(id, label) of every vacancy: open ones first, the others marked.

    A story that links a closed or not yet posted vacancy gets a warning from
    `podium check` ('vacancy "503" in "vacancies" is closed'), which a writer
    in the editor never sees; unmarked among the open ones, such a vacancy was
    as easy to pick. They stay choices, so a story that links one already
    still shows it and saves as it was. ``scheduled=False`` leaves out the
    ones not yet posted (the published configuration, ``cms_config``).
    """
    t = _labels(ps)
    seen: dict[str, tuple[int, str]] = {}
    for v in vacancies:
        if v.is_open(ps.today):
            choice = (0, f"{v.id}: {v.title}")
        elif v.is_scheduled(ps.today):
            if not scheduled:
                continue
            choice = (1, f"{v.id}: {v.title} ({t['posted_from'].format(date=v.date_posted)})")
        else:
            choice = (2, f"{v.id}: {v.title} ({t['closed']})")
        # One id in several languages: the most open version names it.
        seen[v.id] = min(seen.get(v.id, choice), choice)
    order = sorted(seen.items(), key=lambda item: (item[1][0], item[0]))
    return [(vid, label) for vid, (_rank, label) in order]


def collections(
    ps: PodiumSettings,
    root: str,
    themes,
    vacancy_ids,
    translated=None,
    withdrawn=None,
    taken=None,
    translations=None,
    unlisted=None,
    clock=None,
    pulled=(),
    old_names=None,
    old_slugs=None,
) -> list[dict]:
    """One Decap collection per story kind and language: its fields (``field_widgets``),
    its text (``_body_field``), and for a language other than the default one, the
    files and the original a translation names (``_as_translation``)."""
    t = _labels(ps)
    old_names = old_names or {}
    translated = translated or {}
    withdrawn = withdrawn or {}
    taken = taken or {}
    translations = translations or {}
    out = []
    for kind, folder in KINDS.items():
        for lang in ps.languages:
            fields = field_widgets(
                ps,
                themes,
                vacancy_ids,
                kind,
                lang,
                root,
                withdrawn.get(lang, ()),
                taken.get(lang),
                translations.get(lang),
                clock,
                pulled,
                old_names.get(lang),
                old_slugs,
            )
            # The stories the editor cannot list, for admin.js's live lists.
            next(f for f in fields if f["name"] == "title")["unlisted"] = dict(unlisted or {})
            body = _body_field(kind, lang, t, ps.max_story_bytes)
            collection: dict[str, Any] = {
                "name": f"{folder}-{lang}",
                "label": f"{t[folder]} ({_language_name(lang, ps.default_lang)})",
                "label_singular": f"{t[folder][:-1]} ({_language_name(lang, ps.default_lang)})",
                "folder": f"{root}{folder}",
                "extension": "md",
                "format": "frontmatter",
                "create": True,
                # No "Delete entry" on a story: it deleted the one file, so the
                # story's URL became a bare 404 instead of a tombstone, its
                # translations stayed published and its photo stayed in the
                # repository. Taking a story down is `podium withdraw`, or in
                # the editor a "consent until" in the past. (With the editorial
                # workflow a story not yet merged can still be thrown away.)
                "delete": False,
                "filter": {"field": "lang", "value": lang},
                "summary": "{{title}} ({{author}})",
                "sortable_fields": ["date", "title", "author"],
                "fields": [*fields, body],
            }
            # The file name is the slug, as `podium new` names it: never the
            # author's name, which would then be in the URL and in what
            # `podium withdraw` records (FIELD_FILE_SLUG).
            collection["slug"] = FIELD_FILE_SLUG
            if lang == ps.default_lang:
                if len(ps.languages) == 1:
                    # Every story is in this language, `lang` line or not (the
                    # contract makes it optional), and Decap's filter drops an
                    # entry without the field: on an English-only hub whose
                    # stories leave `lang` out, the editor listed none of them.
                    del collection["filter"]
            else:
                # Another language: a translation (pick the original, whose
                # slug is written as the story's slug) or a story only in this
                # language (left empty, admin.js writes the slug `podium new`
                # gives the title). Either way the file is named after that
                # slug, as `podium new` names it: from the whole title, "Ben
                # Bakker: three days" by Ben Bakker put his name in the file's
                # name, so in the URL of a story only in English. The
                # ``.<lang>`` suffix is the collection's extension: Decap turns
                # a "." in a `path` template into "-", and its i18n layouts
                # would rename the original to ``name.nl.md``. So it writes
                # and lists exactly the ``<name>.<lang>.md`` files.
                _as_translation(collection, folder, lang, ps, t, translated)
            out.append(collection)
    return out


# What a story's front matter may take of PODIUM_MAX_STORY_BYTES: its longest
# fields (a 300-character title, summary and quote, the lists) are a few KB.
FRONT_MATTER_ROOM = 16_000


def _body_field(kind: str, lang: str, t: dict[str, str], max_bytes: int) -> dict[str, Any]:
    """The story's text: its widget, the question bank, and the words admin.js
    says when a paste or an interview's questions go wrong."""
    # A text pasted whole (a 2 MB report) was saved, and `podium check` refused
    # the file ("more than 1.0 MB"), where the writer does not look. Counted
    # in UTF-8 bytes, as the file is, less the front matter's room.
    limit = max(max_bytes - FRONT_MATTER_ROOM, max_bytes // 2)
    body = {
        "name": "body",
        "label": t["body"],
        # "podium-body" (admin.js): Decap's markdown widget, whose
        # editable text it names with the label (a screen reader read
        # an unnamed "textbox"); for an interview, also the rules below.
        "widget": "podium-body",
        "default": question_bank(kind, lang),
        "hint": t["body_hint"],
        # No image button: it writes the picture's path relative to the
        # page (images/people/x.jpg), which is always a broken image and
        # which the read step refuses. The portrait is the `photo` field.
        "editor_components": ["code-block"],
        "buttons": list(_COLUMN_TOOLBAR if kind != "interview" else _INTERVIEW_TOOLBAR),
        # A tower of accents ("Zalgo text", pasted), which `podium
        # check` refuses in a story's text as in a field: the editor
        # saved it. Refused at the field.
        "stacked": _STACKED,
        "stacked_message": t["stacked_marks"].format(n=MAX_MARKS),
        "max_bytes": limit,
        "too_large": t["text_too_large"].format(kb=limit // 1000),
        # A picture pasted with a text stopped the rich text ("Er is een
        # fout opgetreden"), the unsaved words lost: admin.js pastes the
        # text without it and says so.
        "picture_left_out": t["picture_left_out"],
        # A pasted table ran its cells into one word: each row a line.
        "table_as_lines": t["table_as_lines"],
        # A pasted code block was left out without a word: its lines.
        "code_as_lines": t["code_as_lines"],
    }
    if kind == "interview":
        # "podium-body" (admin.js): Decap's markdown widget, which also
        # refuses an interview without a question (the text pasted
        # from a mail, questions in bold) or with a question left
        # without its answer, as `podium check` refuses both (errors,
        # drafts too): the editor saved them, and the pull request
        # failed, or locally `podium serve` stopped rebuilding.
        body.update(
            no_questions=t["no_questions"],
            no_answer=t["no_answer"],
        )
    return body


def _as_translation(
    collection: dict[str, Any], folder: str, lang: str, ps: PodiumSettings, t, translated
) -> None:
    """Make a collection of another language than the default one write and
    list ``<name>.<lang>.md`` files, whose slug field picks the original."""
    collection["extension"] = f"{lang}.md"
    # The suffix is the language (contract): `name.en.md` without a
    # `lang` line is English, and a filter on `lang` would hide it.
    del collection["filter"]
    for field in collection["fields"]:
        # What a translation shares with its original (the one table, also
        # `podium new --translation-of`'s): admin.js fills each from the
        # original once "Vertaling van" is picked, on a new story, where still
        # empty; the role and other words are left to translate.
        if field["name"] in SHARED_WITH_ORIGINAL:
            field["from_original"] = f"{folder}-{ps.default_lang}"
        if field["name"] == "photo":
            # A translation shows the original's portrait: the
            # media library shows only this story's folder, so
            # the writer uploaded it again (a second copy in the
            # repository) or left it out, and `podium check`
            # warned. admin.js offers the original's `photo`.
            field["original_collection"] = f"{folder}-{ps.default_lang}"
            field["same_photo"] = t["same_photo"]
        if field["name"] == "slug":
            field.clear()
            field.update({
                "name": "slug",
                "label": t["translation_of"],
                # Decap's relation widget, which admin.js
                # registers under this name with one more rule:
                # a story translated already is not offered, and
                # refused if it is the value (`translated`).
                "widget": "translation-of",
                "collection": f"{folder}-{ps.default_lang}",
                "search_fields": ["title", "author"],
                "value_field": "{{slug}}",
                "display_fields": ["{{title}} ({{author}})"],
                # If it were required, an English-only story (the
                # demo has two) could not be written or saved.
                "required": False,
                "hint": t["translation_hint"],
                "translated": translated.get((folder, lang), {}),
                "translated_message": t["translated"].replace(
                    "{language}", _language_name(lang, ps.default_lang)
                ),
            })  # fmt: skip


def cms_config(
    settings: Mapping[str, Any],
    ps: PodiumSettings,
    local_proxy: str | None = None,
    site=None,
) -> dict:
    """The whole ``admin/config.yml`` as a mapping.

    ``local_proxy``: the URL of decap-server (``podium serve --cms``), which
    is rooted at content/ so the editor cannot write anywhere else; without
    it, the production backend from ``PODIUM_CMS``. ``site``: the build's site
    model, whose themes and vacancies the editor offers (without it they are read).
    Everything is read from ``ps`` (``settings``, Pelican's, is no longer read).
    """
    content = ps.content_root
    cms = ps.cms or Cms(repo="")
    if local_proxy:
        root = ""
        backend = {"name": "proxy", "proxy_url": local_proxy, "branch": cms.branch}
        publish_mode = "simple"  # decap-server's file mode writes to the checkout directly
    else:
        project = Path(ps.settings_file).resolve().parent
        rel = os.path.relpath(content.resolve(), project).replace(os.sep, "/")
        root = "" if rel == "." else rel + "/"
        backend = {
            "name": "github",
            "repo": cms.repo,
            "branch": cms.branch,
        }
        for key in ("base_url", "auth_endpoint", "site_domain", "api_root", "open_authoring"):
            if getattr(cms, key):
                backend[key] = getattr(cms, key)
        publish_mode = "editorial_workflow"
    # The production configuration is published with the hub, public as any
    # page (/admin/config.yml): it must not name what the hub does not show yet.
    # A draft's or a scheduled story's file and slug ("columns/mijn-laatste-
    # werkdag.md"), or a vacancy not yet posted, was readable there by anyone.
    # admin.js lists the stories and the hand-written vacancies live from the
    # backend when a form opens, so the editor still knows them; the build's
    # lists only stand in until then. The local editor (serve --cms) keeps all.
    public = not local_proxy
    themes, vacancy_ids = (
        choices_of(site, scheduled=not public)
        if site is not None
        else load_choices(content, ps, scheduled=not public)
    )
    clock = {"timezone": ps.timezone}
    if ps.today_fixed:
        clock["today"] = ps.today.isoformat()  # a fixed clock (tests, previews)
    if site is None:
        from podium_read.site import read_site

        site = read_site(content, ps)
    shown = shown_stories(site) if public else site
    config: dict[str, Any] = {
        "backend": backend,
        "publish_mode": publish_mode,
        "locale": ps.default_lang,
        "media_folder": f"{root}{MEDIA_FOLDER}",
        "public_folder": MEDIA_FOLDER,  # the `photo` value, relative to content/
        # The header's "Media" library uploads with no field's settings: a
        # photo uploaded there reached the repository with its GPS position.
        "media_processing": STRIP_METADATA,
        "show_preview_links": False,
        "search": False,
        # "unicode": a title in Chinese or Arabic still names a file ("ascii"
        # would leave nothing of it); the build makes the slug of any file name,
        # and of a translation's `slug` copied from one, the same way;
        # accents are cleaned so names like Ömer give plain file names.
        "slug": {"encoding": "unicode", "clean_accents": True, "sanitize_replacement": "-"},
        "collections": collections(
            ps,
            root,
            themes,
            vacancy_ids,
            translated_originals(shown),
            withdrawn_slugs(site),
            story_slugs(shown),
            story_translations(shown),
            unlisted_stories(shown),
            clock,
            pulled_vacancies(site.vacancies.vacancies),
            *old_names_and_slugs(shown),
        ),
    }
    # withdrawn.yml, which admin.js reads live when a story's form opens (the
    # build's list is the last deploy's). Decap reads a file only as an entry
    # of a collection: hidden from the list, never saved (its one field
    # refuses, `podium-read-only`), as only `podium withdraw` writes it.
    config["collections"].append({
        "name": "podium-withdrawn",
        "label": ps.withdrawn_file,
        "hide": True,
        "publish": False,
        "delete": False,
        "editor": {"preview": False},
        "files": [{
            "name": "withdrawn",
            "label": ps.withdrawn_file,
            "file": f"{root}{ps.withdrawn_file}",
            "fields": [{"name": "withdrawn", "label": ps.withdrawn_file,
                        "widget": "podium-read-only", "message": _labels(ps)["read_only"]}],
        }],
    })  # fmt: skip
    # The people pages, for the former names' field (admin.js,
    # podium-author-alias): its own page by a number, another's old one.
    people = people_pages(site, ps, public)
    for collection in config["collections"]:
        for field in collection.get("fields", ()):
            if field["name"] == "author_aliases":
                field["field"].update(copy.deepcopy(people))  # no YAML anchors
    config["collections"].extend(live_collections(ps, root))
    if ps.link_root:  # not site_url: a local preview's editor names no public address
        config["site_url"] = config["display_url"] = ps.link_root
    return config


def pulled_vacancies(vacancies) -> list[dict]:
    """The vacancies of the ATS snapshots the build read, as admin.js marks them
    (open, not yet posted, closed: ``_vacancy_choices``) by the day it opens."""

    def day(value):
        return value.isoformat() if value else None

    return [
        {
            "id": v.id,
            "title": v.title,
            "date_posted": day(v.date_posted),
            "valid_through": day(v.valid_through),
            "status": v.feed_status,
        }
        for v in vacancies
        if v.feed_status is not None
    ]


def live_collections(ps: PodiumSettings, root: str) -> list[dict]:
    """The files admin.js reads live for the theme and vacancy choices:
    themes.yml and the hand-written vacancies (``vacancies/*.yml``). Not the
    ATS snapshots: the build's pull is newer than the repository's copy
    (``pulled_vacancies``). Decap reads a file only as an entry of a collection: hidden
    from the list, never saved (each one field refuses, `podium-read-only`),
    as the editor writes stories only."""
    message = _labels(ps)["not_here"]

    def read_only(name: str) -> list[dict]:
        return [{"name": name, "label": name, "widget": "podium-read-only", "message": message}]

    hidden = {"hide": True, "publish": False, "create": False, "delete": False,
              "editor": {"preview": False}}  # fmt: skip
    out = [
        {
            "name": "podium-themes",
            "label": ps.themes_file,
            **hidden,
            "files": [
                {
                    "name": "themes",
                    "label": ps.themes_file,
                    "file": f"{root}{ps.themes_file}",
                    "fields": read_only("themes"),
                }
            ],
        },
        {
            "name": "podium-vacancies",
            "label": "vacancies",
            **hidden,
            "folder": f"{root}vacancies",
            "extension": "yml",
            "format": "yaml",
            "identifier_field": "id",
            "fields": read_only("id"),
        },
    ]
    return out


def config_yaml(config: dict) -> str:
    return yaml.safe_dump(config, allow_unicode=True, sort_keys=False, width=100)


def connect_sources(config: dict) -> list[str]:
    """Where the editor may send requests: its own origin and its backend."""
    backend = config["backend"]
    if backend["name"] == "proxy":
        from urllib.parse import urlsplit

        parts = urlsplit(backend["proxy_url"])
        return [f"{parts.scheme}://{parts.netloc}"]
    api = backend.get("api_root", "https://api.github.com").rstrip("/")
    hosts = [api]
    if backend.get("base_url"):
        hosts.append(backend["base_url"].rstrip("/"))
    return hosts


def image_sources(backend: Mapping[str, Any]) -> list[str]:
    """Where the backend's pictures come from (the writer's avatar): GitHub's
    hosts, or a GitHub Enterprise's own (``api_root``), at https://HOST/avatars/
    or, with subdomain isolation, https://avatars.HOST/ (avatars.SUB.ghe.com
    beside api.SUB.ghe.com). github.com's only, an enterprise's avatar was
    blocked, a CSP error on every page of the editor."""
    if backend["name"] != "github":
        return []
    from urllib.parse import urlsplit

    host = urlsplit(backend.get("api_root") or "").netloc.lower()
    # api.github.com, Decap's default written out, is github.com's, no enterprise's.
    if host in ("", "api.github.com"):
        return ["https://avatars.githubusercontent.com", "https://raw.githubusercontent.com"]
    if host.startswith("api."):
        return [f"https://avatars.{host[4:]}"]
    return [f"https://{host}", f"https://avatars.{host}"]


def content_security_policy(config: dict) -> str:
    """The policy of ``/admin/``: its own bundle, its backend, nothing else.

    Decap's styles are injected at run time (emotion), hence inline styles;
    its config validator compiles code at run time, hence 'unsafe-eval' (only
    scripts from the site's own origin can run at all);
    photos being uploaded are previewed from ``blob:`` URLs. GitHub's API
    also serves avatars and raw files from its own hosts (``image_sources``).
    """
    connect = " ".join(["'self'", "blob:", *connect_sources(config)])
    images = " ".join(["'self'", "data:", "blob:", *image_sources(config["backend"])])
    return "; ".join([
        "default-src 'none'",
        # Decap validates its configuration with AJV, which compiles schemas
        # with new Function(): without 'unsafe-eval' the editor does not start.
        "script-src 'self' 'unsafe-eval'",
        "style-src 'self' 'unsafe-inline'",
        f"img-src {images}",
        "font-src 'self' data:",
        f"connect-src {connect}",
        "frame-src 'self' blob:",
        "manifest-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
        "object-src 'none'",
    ])  # fmt: skip
