"""A real HTTP server on 127.0.0.1 that plays IndexNow and Google, and records every request."""

from __future__ import annotations

import base64
import json
import re
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from podium_testkit import drop_proxies


@dataclass
class Recorded:
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self):
        return json.loads(self.body)


@dataclass
class Script:
    """Answers to give on a path, in order; after them, the handler's normal answer."""

    queue: list[tuple[int, dict[str, str], bytes]] = field(default_factory=list)


def _b64decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_POST(self):  # noqa: N802 - http.server's naming
        server: FakeSearch = self.server.fake
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        path = self.path.split("?")[0]
        with server.lock:
            server.requests.append(Recorded(path, dict(self.headers), body))
            script = server.scripts.get(path)
            scripted = script.queue.pop(0) if script and script.queue else None
        if scripted:
            self._answer(*scripted)
        elif path == "/indexnow":
            self._answer(200, {}, b"")
        elif path == "/token":
            self._answer(*server.token(body))
        elif path == "/batch":
            self._answer(*server.batch(self.headers, body))
        else:
            self._answer(404, {}, b"not found")

    def do_GET(self):  # noqa: N802 - a redirected POST arrives as a GET (urllib's way)
        server: FakeSearch = self.server.fake
        with server.lock:
            server.requests.append(Recorded(self.path.split("?")[0], dict(self.headers), b""))
        self._answer(200, {"Content-Type": "text/html"}, b"<html>IndexNow</html>")

    def _answer(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class FakeSearch:
    TOKEN = "ya29.test-token"

    def __init__(self):
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.server.daemon_threads = True
        self.server.fake = self
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.requests: list[Recorded] = []
        self.scripts: dict[str, Script] = {}
        self.lock = threading.Lock()
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.inner_status: dict[str, int] = {}  # url -> status inside a batch

    def script(self, path: str, *answers: tuple[int, dict[str, str], bytes]) -> None:
        self.scripts[path] = Script(list(answers))

    def on(self, path: str) -> list[Recorded]:
        return [r for r in self.requests if r.path == path]

    def service_account_json(self) -> str:
        pem = self.key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ).decode()
        return json.dumps(
            {
                "type": "service_account",
                "client_email": "podium@helder.iam.gserviceaccount.com",
                "private_key": pem,
                "token_uri": "https://oauth2.googleapis.com/token",
            }
        )

    def token(self, body: bytes):
        """Verify the JWT the way Google does: grant type, RS256 signature, claims."""
        form = parse_qs(body.decode())
        if form.get("grant_type") != ["urn:ietf:params:oauth:grant-type:jwt-bearer"]:
            return 400, {}, b'{"error": "unsupported_grant_type"}'
        header, claims, signature = form["assertion"][0].split(".")
        try:
            self.key.public_key().verify(
                _b64decode(signature),
                f"{header}.{claims}".encode(),
                padding.PKCS1v15(),
                hashes.SHA256(),
            )
        except Exception:
            return 400, {}, b'{"error": "invalid_grant"}'
        head, data = json.loads(_b64decode(header)), json.loads(_b64decode(claims))
        if (
            head.get("alg") != "RS256"
            or data.get("aud") != self.base + "/token"
            or data.get("scope") != "https://www.googleapis.com/auth/indexing"
            or data.get("iss") != "podium@helder.iam.gserviceaccount.com"
            or data["exp"] - data["iat"] > 3600
        ):
            return 400, {}, b'{"error": "invalid_grant"}'
        answer = {"access_token": self.TOKEN, "expires_in": 3599, "token_type": "Bearer"}
        return 200, {"Content-Type": "application/json"}, json.dumps(answer).encode()

    def batch(self, headers, body: bytes):
        if headers.get("Authorization") != f"Bearer {self.TOKEN}":
            return 401, {}, b"unauthorized"
        boundary = re.search(r"boundary=([^;]+)", headers.get("Content-Type", "")).group(1)
        parts = body.decode().split(f"--{boundary}")[1:-1]
        out = []
        for part in parts:
            n = re.search(r"Content-ID: <item(\d+)>", part).group(1)
            assert "POST /v3/urlNotifications:publish HTTP/1.1" in part
            request = json.loads(part[part.index("{") :])
            status = self.inner_status.get(request["url"], 200)
            reply = json.dumps({"urlNotificationMetadata": {"url": request["url"]}})
            out.append(
                f"--batch_answer\r\nContent-Type: application/http\r\n"
                f"Content-ID: <response-item{n}>\r\n\r\nHTTP/1.1 {status} OK\r\n"
                f"Content-Type: application/json; charset=UTF-8\r\n\r\n{reply}\r\n"
            )
        text = "".join(out) + "--batch_answer--\r\n"
        return 200, {"Content-Type": "multipart/mixed; boundary=batch_answer"}, text.encode()


@pytest.fixture(autouse=True)
def _no_proxies(monkeypatch):
    drop_proxies(monkeypatch)


@pytest.fixture
def search():
    fake = FakeSearch()
    thread = threading.Thread(target=fake.server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield fake
    finally:
        fake.server.shutdown()
        fake.server.server_close()
