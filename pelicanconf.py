# Development settings for the Helder Energie demo hub.
# Podium's plugins supply the URL scheme and everything a careers hub needs;
# this file says who you are. See README.md, "Settings".

SITENAME = "Werken bij Helder Energie"
SITEURL = ""  # empty for local previews; publishconf.py sets the real one
PATH = "content"
OUTPUT_PATH = "output"
THEME = "theme"
TIMEZONE = "Europe/Amsterdam"
DEFAULT_LANG = "nl"

PLUGIN_PATHS = ["plugins"]
# The pipeline, in order: read, validate, tag, link, render, photos, cards, index, cms.
# The order is checked when a build starts (podium.pipeline.STEPS); a step may be left out.
PLUGINS = [
    "podium_read",
    "podium_validate",
    "podium_tag",
    "podium_link",
    "podium_render",
    "podium_images",
    "podium_cards",
    "podium_index",
    "podium_cms",
]

PODIUM_LANGUAGES = ["nl", "en"]
PODIUM_BRAND = {
    "name": "Helder Energie",
    "logo": "brand/logo.svg",  # in content/, published without its metadata
    "color": "#0b5d4b",  # primary: header, buttons, links
    "accent": "#f2b134",  # highlights and quote marks
    "tagline": {
        "nl": "Collega's vertellen hoe het echt is om te werken aan de energie van morgen.",
        "en": "Colleagues tell what it is really like to work on tomorrow's energy.",
    },
}
# What happens to a story when its author leaves: keep (label them a former
# colleague), anonymize (drop name and photo), or unpublish (tombstone).
PODIUM_ALUMNI_POLICY = "keep"

DEFAULT_PAGINATION = 12

# Pelican's own feeds, off as pelican-quickstart writes them (Podium writes its own,
# per language): left on, a plain `pelican content` warned that they "may not be
# valid" without SITEURL, though Podium never writes them.
FEED_ALL_ATOM = CATEGORY_FEED_ATOM = TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = AUTHOR_FEED_RSS = None

# Teams, shared by stories and vacancies (their `team` field).
PODIUM_TEAMS = {
    "engineering": {"nl": "Engineering", "en": "Engineering"},
    "customer-care": {"nl": "Klantenservice", "en": "Customer care"},
    "field-service": {"nl": "Buitendienst", "en": "Field service"},
}

# ATS feeds for `podium vacancies pull` (snapshots in content/vacancies/feeds/).
PODIUM_FEEDS = [
    {
        "name": "recruitee-helder",
        "kind": "recruitee",
        "url": "https://helderenergie.recruitee.com/api/offers/",
        "default_country": "NL",
        "team_map": {"Customer Care": "customer-care", "Field Service": "field-service"},
        "themes": ["sustainability"],
    },
]

# The browser editor at /admin/ (Decap CMS, see docs/cms.md): every save is a
# branch and a pull request on this repository. `podium serve --cms` uses the
# local checkout instead and needs none of this.
PODIUM_CMS = {
    "repo": "helder-energie/werken-bij",
    "branch": "main",
    # "base_url": "https://your-oauth-provider.example",  # see README
}
