"""Shared fixtures: one real Linter per test session, and no network, ever.

Sockets are blocked for the whole run (not mocked away per test), so any code
path that tries to connect, e.g. tldextract fetching the public suffix list
or spaCy's downloader, fails the test that triggers it.
"""
from __future__ import annotations

import os
import socket
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


class NetworkBlocked(RuntimeError):
    """Raised when anything in the process tries to open a network connection."""


_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex
_real_create_connection = socket.create_connection
_real_getaddrinfo = socket.getaddrinfo


def _is_local_unix(sock: socket.socket) -> bool:
    return getattr(socket, "AF_UNIX", None) is not None and sock.family == socket.AF_UNIX


def _guard_connect(self: socket.socket, address: object) -> object:
    if _is_local_unix(self):
        return _real_connect(self, address)
    raise NetworkBlocked(f"network connection attempted to {address!r}")


def _guard_connect_ex(self: socket.socket, address: object) -> object:
    if _is_local_unix(self):
        return _real_connect_ex(self, address)
    raise NetworkBlocked(f"network connection attempted to {address!r}")


def _guard_create_connection(address: object, *args: object, **kwargs: object) -> object:
    raise NetworkBlocked(f"network connection attempted to {address!r}")


def _guard_getaddrinfo(host: object, *args: object, **kwargs: object) -> object:
    raise NetworkBlocked(f"name lookup attempted for {host!r}")


def block_network() -> None:
    socket.socket.connect = _guard_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _guard_connect_ex  # type: ignore[method-assign]
    socket.create_connection = _guard_create_connection  # type: ignore[assignment]
    socket.getaddrinfo = _guard_getaddrinfo  # type: ignore[assignment]


def allow_network() -> None:
    socket.socket.connect = _real_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _real_connect_ex  # type: ignore[method-assign]
    socket.create_connection = _real_create_connection  # type: ignore[assignment]
    socket.getaddrinfo = _real_getaddrinfo  # type: ignore[assignment]


def pytest_configure(config: pytest.Config) -> None:
    block_network()
    # the result cache of `redactcheck check` goes to a throw-away folder, not the user's home
    os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="redactcheck-test-cache-")
    # and the user's own watchlist (their config folder) never reaches a test's Linter
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="redactcheck-test-config-")
    os.environ.pop("REDACTCHECK_WATCHLIST", None)


@pytest.fixture(scope="session")
def linter():
    """The real Linter with the default model and rules, built once."""
    import redactcheck

    return redactcheck.Linter()


@pytest.fixture
def examples() -> Path:
    return EXAMPLES
