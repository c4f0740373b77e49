# Production settings: everything from pelicanconf.py, plus the public URL.
import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: E402,F403

# An unset repository variable reaches the build as "": that means unset too.
SITEURL = os.environ.get("PODIUM_SITEURL") or "https://werkenbij.helder-energie.example"
RELATIVE_URLS = False
FEED_DOMAIN = SITEURL
DELETE_OUTPUT_DIRECTORY = True

# `podium ping` (run by publish.yml after deployment) tells search engines
# which URLs changed. IndexNow keys are public by design: the build publishes
# this one at /<key>.txt to prove the site is ours. Make your own with
# `python -c "import secrets; print(secrets.token_hex(16))"`.
INDEXNOW_KEY = os.environ.get("PODIUM_INDEXNOW_KEY") or "5b0f3c1e9a7d4e2f8c6b1a0d3e5f7a9c"
PODIUM_INDEXNOW = {"key": INDEXNOW_KEY}
# Google's Indexing API, for vacancy pages: a service account's JSON key in
# this environment variable (a repository secret in CI, never a file here).
PODIUM_GOOGLE_INDEXING = {"key_env": "GOOGLE_INDEXING_KEY"}
