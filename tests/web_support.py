"""A real uvicorn server on loopback for the web page's tests, in a thread of the test process.

Shared by the API tests and the browser tests: the same app, the same shared Linter as
`redactcheck serve` builds, on 127.0.0.1 and a free port.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import os
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

TOKEN = "test-token-" + "x" * 20
# CI sets this: a missing web extra or browser is then a failure, never a quiet skip.
REQUIRED = os.environ.get("REDACTCHECK_REQUIRE_BROWSER") == "1"


def need_web_extra() -> None:
    """Skip the module without the web extra (saying how to install it), or fail in CI."""
    import pytest

    for module in ("starlette", "uvicorn"):
        if REQUIRED:
            importlib.import_module(module)  # an ImportError here fails the run
        else:
            reason = 'the web extra is not installed: pip install ".[web]"'
            pytest.importorskip(module, reason=reason)


@dataclass(frozen=True)
class Running:
    url: str
    host: str
    port: int
    token: str

    def post(
        self, path: str, body: Any, headers: dict[str, str] | None = None, raw: bytes | None = None
    ) -> tuple[int, dict[str, Any], dict[str, str]]:
        """POST JSON with the page's token (unless headers say otherwise): status, JSON, headers."""
        sent = {
            "Content-Type": "application/json",
            "X-Redactcheck-Token": self.token,
            **(headers or {}),
        }
        data = raw if raw is not None else json.dumps(body).encode("utf-8")
        return _send(
            urllib.request.Request(
                self.url + path.lstrip("/"), data=data, headers=sent, method="POST"
            )
        )

    def get(
        self, path: str, headers: dict[str, str] | None = None
    ) -> tuple[int, bytes, dict[str, str]]:
        request = urllib.request.Request(self.url + path.lstrip("/"), headers=headers or {})
        try:
            with urllib.request.urlopen(request, timeout=60) as answer:
                return answer.status, answer.read(), dict(answer.headers)
        except urllib.error.HTTPError as error:
            return error.code, error.read(), dict(error.headers)


def _send(request: urllib.request.Request) -> tuple[int, dict[str, Any], dict[str, str]]:
    try:
        with urllib.request.urlopen(request, timeout=120) as answer:
            return answer.status, json.loads(answer.read()), dict(answer.headers)
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}"), dict(error.headers)


@contextlib.contextmanager
def serving(linter: Any, start: Path, max_bytes: int = 5_000_000) -> Iterator[Running]:
    """The page's server on 127.0.0.1:<free port> until the block ends."""
    from redactcheck.web.app import create_app
    from redactcheck.web.server import bind, make_checker, uvicorn_server

    sock = bind("127.0.0.1", 0)
    port = sock.getsockname()[1]
    app = create_app(
        make_checker(linter, start), host="127.0.0.1", port=port, max_bytes=max_bytes, token=TOKEN
    )
    server = uvicorn_server(app)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    assert server.started, "the test server did not start"
    try:
        yield Running(f"http://127.0.0.1:{port}/", "127.0.0.1", port, TOKEN)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
