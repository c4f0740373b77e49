# Production settings: everything from pelicanconf.py, plus the public URL.
import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: E402,F403

SITEURL = os.environ.get("PODIUM_SITEURL", "https://werkenbij.helder-energie.example")
RELATIVE_URLS = False
FEED_DOMAIN = SITEURL
DELETE_OUTPUT_DIRECTORY = True
