"""Google's Indexing API, for job pages: ``URL_UPDATED`` / ``URL_DELETED``.

Google allows the API only for pages with JobPosting (or livestream) data,
so only vacancy URLs are sent. Authentication is a service account: its
JSON key (from the environment variable the settings name, never a file in
the repository) signs a JWT with RS256 (``cryptography``), which the OAuth
token endpoint exchanges for an access token. Notifications go to the batch
endpoint, at most 100 per call (Google's limit), as ``multipart/mixed``
parts each holding one ``POST /v3/urlNotifications:publish``.

The daily quota (default 200 publish requests per project) is counted in
the state file, per day as Google counts it (from midnight Pacific time,
``quota_day``); URLs over it wait for the next day's run. A 429 inside a
batch (quota spent elsewhere) stops sending for the day.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from .http import PingError, Retry, post

# cryptography is imported where a key is read or used: every `podium` command
# (a build too) imports this module through the CLI, and cryptography's import
# costs about 40 ms of each.
if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric import rsa

SCOPE = "https://www.googleapis.com/auth/indexing"
BATCH = 100
PUBLISH_PATH = "/v3/urlNotifications:publish"


# Google's API quotas start over at midnight Pacific time.
QUOTA_ZONE = "America/Los_Angeles"


def quota_day(now: dt.datetime) -> dt.date:
    """The day Google counts ``now``'s requests in: a ping at 00:30 in
    Amsterdam is still the Pacific day of one at 23:30 the evening before."""
    return now.astimezone(ZoneInfo(QUOTA_ZONE)).date()


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


@dataclass(frozen=True)
class ServiceAccount:
    email: str
    key: rsa.RSAPrivateKey

    @classmethod
    def from_json(cls, text: str) -> ServiceAccount:
        """From the JSON key Google's console gives; PingError (one line) if unusable."""
        from cryptography.exceptions import UnsupportedAlgorithm
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import rsa

        try:
            data = json.loads(text)
            email, pem = data["client_email"], data["private_key"]
            if not isinstance(pem, str):  # null or a number: .encode was an AttributeError
                raise TypeError("private_key is not text")
            key = serialization.load_pem_private_key(pem.encode("utf-8"), password=None)
        except (ValueError, KeyError, TypeError, UnsupportedAlgorithm) as exc:
            raise PingError(
                f"the service-account key is not a Google JSON key ({type(exc).__name__})"
            ) from None
        if not isinstance(key, rsa.RSAPrivateKey):
            raise PingError("the service-account key is not an RSA key")
        return cls(str(email), key)

    def assertion(self, audience: str, now: float) -> str:
        """A signed JWT asking for the indexing scope (RFC 7523)."""
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import padding

        header = {"alg": "RS256", "typ": "JWT"}
        claims = {
            "iss": self.email,
            "scope": SCOPE,
            "aud": audience,
            "iat": int(now),
            "exp": int(now) + 3600,
        }
        signing_input = ".".join(
            _b64(json.dumps(part, separators=(",", ":")).encode()) for part in (header, claims)
        )
        signature = self.key.sign(
            signing_input.encode("ascii"), padding.PKCS1v15(), hashes.SHA256()
        )
        return f"{signing_input}.{_b64(signature)}"


def access_token(account: ServiceAccount, token_url: str, retry: Retry, sleep) -> str:
    body = urlencode(
        {
            "grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer",
            "assertion": account.assertion(token_url, time.time()),
        }
    ).encode("ascii")
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    answer = post(token_url, body, headers, retry, sleep)
    try:
        data = json.loads(answer.body) if answer.status == 200 else None
    except ValueError:
        data = None
    # Any answer but an object with a token (a list, a string) is a refusal too.
    token = data.get("access_token") if isinstance(data, dict) else None
    if not isinstance(token, str) or not token:
        raise PingError(f"the token endpoint refused the service account (HTTP {answer.status})")
    return token


def _batch_body(items: list[tuple[str, str]], boundary: str) -> bytes:
    parts = []
    for n, (url, kind) in enumerate(items, 1):
        payload = json.dumps({"url": url, "type": kind})
        parts.append(
            f"--{boundary}\r\nContent-Type: application/http\r\nContent-ID: <item{n}>\r\n\r\n"
            f"POST {PUBLISH_PATH} HTTP/1.1\r\nContent-Type: application/json\r\n\r\n"
            f"{payload}\r\n"
        )
    return ("".join(parts) + f"--{boundary}--\r\n").encode("utf-8")


_PART_ID = re.compile(r"Content-ID:\s*<response-item(\d+)>", re.I)
_STATUS = re.compile(r"^HTTP/\d(?:\.\d)?\s+(\d{3})", re.M)


def parse_batch(content_type: str, body: bytes, count: int) -> list[int]:
    """The status of each inner response, in request order (0 when missing)."""
    match = re.search(r'boundary="?([^";]+)"?', content_type or "")
    statuses = [0] * count
    if not match:
        return statuses
    text = body.decode("utf-8", errors="replace")
    for order, part in enumerate(text.split(f"--{match.group(1)}")[1:]):
        status = _STATUS.search(part)
        if not status:
            continue
        found = _PART_ID.search(part)
        index = int(found.group(1)) - 1 if found else order
        if 0 <= index < count:
            statuses[index] = int(status.group(1))
    return statuses


def publish(
    items: list[tuple[str, str]], token: str, batch_url: str, retry: Retry, sleep
) -> tuple[list[str], int, str | None]:
    """(URLs Google accepted, requests it counted, why others were not, or None).

    Google counts every publish request it answered against the daily quota,
    a refused one (403, 400) too; a 429 (no quota left) or a missing answer
    it did not count.
    """
    accepted: list[str] = []
    problems: list[str] = []
    spent = 0
    for start in range(0, len(items), BATCH):
        batch = items[start : start + BATCH]
        boundary = f"podium_batch_{start // BATCH}"
        headers = {
            "Content-Type": f"multipart/mixed; boundary={boundary}",
            "Authorization": f"Bearer {token}",
        }
        try:
            answer = post(batch_url, _batch_body(batch, boundary), headers, retry, sleep)
        except PingError as exc:
            return accepted, spent, str(exc)
        if answer.status != 200:
            return accepted, spent, f"HTTP {answer.status} from the batch endpoint"
        statuses = parse_batch(answer.headers.get("content-type", ""), answer.body, len(batch))
        for (url, _), status in zip(batch, statuses, strict=True):
            if status == 429:
                return accepted, spent, "quota exceeded (HTTP 429); the rest waits for the next run"
            spent += status != 0
            if status == 200:
                accepted.append(url)
            else:
                problems.append(f"{url}: HTTP {status or 'missing'}")
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        return accepted, spent, f"not accepted: {problems[0]}{more}"
    return accepted, spent, None
