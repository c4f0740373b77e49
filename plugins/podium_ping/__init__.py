"""Tell search engines which URLs changed or went away: IndexNow and Google's Indexing API.

Pure library behind ``podium ping`` (podium_cli.ping). It works from what a
build published, ``sitemap.xml`` (every indexable URL with its ``lastmod``),
and from what it sent before, a small JSON state file beside the cache:

* changed: a URL in the sitemap whose ``lastmod`` differs from the one last
  sent to that service, or that was never sent;
* removed: a URL sent before that is no longer in the sitemap (a withdrawn
  story, a closed vacancy: its page is now ``noindex`` or gone).

Each service keeps its own record, so a failure at one does not make the
other send twice, and a URL counts as sent only once the service accepted
it; what failed is sent again next time. Every failure is one warning line,
never an exception: a ping must not fail the publish job.
"""

from __future__ import annotations

from .run import PingReport, run_ping
from .state import State, read_sitemap

__all__ = ["PingReport", "State", "read_sitemap", "run_ping"]
