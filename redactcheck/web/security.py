"""The gate every request passes, as plain ASGI middleware (no framework needed to read it).

- Host must be this server's loopback address and port: a page on another site that
  points its own name at 127.0.0.1 (DNS rebinding) gets 421, never a draft's results.
- A request with an Origin header from anywhere but this page gets 403, and every
  POST must carry the page's token (a random value written into the page at start),
  which another site cannot read: both, because either alone has gaps in old browsers.
- A body over the limit gets 413 with the limit in words, before it is read whole.
- Every answer says Cache-Control: no-store, sets a strict Content-Security-Policy
  (this origin only, no inline script or style) and gives nothing away to other sites.
"""

from __future__ import annotations

import hmac
import json
from typing import Any, Awaitable, Callable, Iterable

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]

TOKEN_HEADER = "x-redactcheck-token"
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "form-action 'none'; frame-ancestors 'none'; base-uri 'none'"
)
HEADERS = (
    ("content-security-policy", CSP),
    ("cache-control", "no-store"),
    ("pragma", "no-cache"),
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "no-referrer"),
    ("x-frame-options", "DENY"),
    ("cross-origin-opener-policy", "same-origin"),
    ("cross-origin-resource-policy", "same-origin"),
    ("permissions-policy", "camera=(), microphone=(), geolocation=()"),
)


def allowed_hosts(host: str, port: int) -> frozenset[str]:
    """The Host values this server answers to: its address and port, and localhost."""
    names = {host, "localhost", "127.0.0.1"} if host in ("127.0.0.1", "localhost") else {host}
    if host in ("::1", "[::1]"):
        names = {"[::1]", "localhost"}
    return frozenset(f"{name}:{port}".lower() for name in names)


class Gate:
    """ASGI middleware: host, origin, token and size checks, and the safe headers."""

    def __init__(self, app: Any, *, hosts: Iterable[str], token: str, max_body: int) -> None:
        self.app = app
        self.hosts = frozenset(h.lower() for h in hosts)
        self.origins = frozenset(f"http://{h}" for h in self.hosts)
        self.token = token
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        send = _with_headers(send)
        refusal = self._refusal(scope)
        if refusal is not None:
            await _json(send, *refusal)
            return
        await self.app(scope, self._limited(receive, send), send)

    def _refusal(self, scope: Scope) -> tuple[int, str] | None:
        headers = _headers(scope)
        if headers.get("host", "").lower() not in self.hosts:
            return 421, "this page answers only at its own loopback address"
        origin = headers.get("origin")
        if origin is not None and origin.lower() not in self.origins:
            return 403, "requests from other sites are refused"
        if scope["method"] not in ("GET", "HEAD", "POST"):
            return 405, "method not allowed"
        if scope["method"] == "POST":
            given = headers.get(TOKEN_HEADER, "").encode("latin-1")  # any bytes, never an error
            if not hmac.compare_digest(given, self.token.encode("latin-1")):
                return 403, "missing or wrong page token: reload the page"
            length = headers.get("content-length")
            if length is not None and (not length.isdigit() or int(length) > self.max_body):
                return 413, self.too_big(int(length) if length.isdigit() else None)
        return None

    def too_big(self, size: int | None) -> str:
        told = f"{size:,} bytes is" if size is not None else "the request is"
        return (
            f"{told} over the {self.max_body:,}-byte limit: split the draft into parts "
            "and check each"
        )

    def _limited(self, receive: Receive, send: Send) -> Receive:
        """receive() that stops a streamed body at the limit (no Content-Length to trust)."""
        seen = 0

        async def limited() -> dict[str, Any]:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    raise BodyTooLarge(self.too_big(None))
            return message

        return limited


class BodyTooLarge(Exception):
    """A body that went past the limit while it was being read; the app answers 413."""


def _headers(scope: Scope) -> dict[str, str]:
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}


def _with_headers(send: Send) -> Send:
    async def wrapped(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            present = {k.lower() for k, _ in message.get("headers", [])}
            extra = [(k.encode(), v.encode()) for k, v in HEADERS if k.encode() not in present]
            message = {**message, "headers": list(message.get("headers", [])) + extra}
        await send(message)

    return wrapped


async def _json(send: Send, status: int, error: str) -> None:
    body = json.dumps({"error": error}).encode("utf-8")
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
