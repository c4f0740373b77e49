"""IndexNow (Bing, Yandex, Seznam, Naver, ...): one JSON POST per 10,000 URLs.

Protocol: POST ``{"host", "key", "keyLocation", "urlList"}`` to the endpoint;
200 or 202 means accepted. The key proves the site is ours because the
build publishes it at ``/<key>.txt`` (podium_render writes that file).
Changed and removed URLs go in the same list: IndexNow wants both.
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

from .http import PingError, Retry, post

BATCH = 10_000  # IndexNow's limit per request


def key_location(site_url: str, key: str) -> str:
    return f"{site_url.rstrip('/')}/{key}.txt"


def submit(
    endpoint: str, site_url: str, key: str, urls: list[str], retry: Retry, sleep
) -> tuple[list[str], str | None]:
    """(URLs accepted, why the rest were not, or None).

    Batches go in order and the first failure stops; the caller records the
    accepted ones, so only the rest are sent again next time.
    """
    host = urlsplit(site_url).netloc
    accepted: list[str] = []
    for start in range(0, len(urls), BATCH):
        batch = urls[start : start + BATCH]
        body = json.dumps(
            {
                "host": host,
                "key": key,
                "keyLocation": key_location(site_url, key),
                "urlList": batch,
            }
        ).encode("utf-8")
        headers = {"Content-Type": "application/json; charset=utf-8"}
        try:
            answer = post(endpoint, body, headers, retry, sleep)
        except PingError as exc:
            return accepted, str(exc)
        if answer.status not in (200, 202):
            meaning = {
                400: "bad request",
                403: f"key not valid; is {key_location(site_url, key)} published?",
                422: "the URLs are not on the host, or the key does not match",
            }.get(answer.status, "refused")
            return accepted, f"HTTP {answer.status} ({meaning})"
        accepted.extend(batch)
    return accepted, None
