"""Running the page: bind loopback, load the Linter once, serve with uvicorn, log no requests."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any, Callable

LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})


def bind(host: str, port: int) -> socket.socket:
    """A listening socket at host:port (port 0: a free one), made before the app so the
    app knows the exact Host value to accept."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    sock.listen(64)
    sock.set_inheritable(True)
    return sock


def make_checker(linter: Any, start: Path) -> Any:
    from redactcheck.web.checking import Checker, allowlist_target

    return Checker(linter, allowlist_target(linter.config, start))


def uvicorn_server(app: Any) -> Any:
    """uvicorn with no access log (a request line could carry nothing secret, but nothing is
    the rule), warnings only, no server or date headers, no reload, one process."""
    import uvicorn

    config = uvicorn.Config(
        app,
        access_log=False,
        log_level="warning",
        server_header=False,
        date_header=False,
        lifespan="off",
        proxy_headers=False,
    )
    return uvicorn.Server(config)


def serve(
    linter: Any, host: str, port: int, max_bytes: int, start: Path, ready: Callable[[str], None]
) -> None:
    """Serve until interrupted; `ready(url)` is called once the socket is listening."""
    from redactcheck.web.app import create_app

    sock = bind(host, port)
    actual = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    app = create_app(make_checker(linter, start), host=shown, port=actual, max_bytes=max_bytes)
    server = uvicorn_server(app)
    ready(f"http://{shown}:{actual}/")
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
