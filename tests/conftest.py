"""Shared fixtures: one real Linter per test session, and no network, ever.

Sockets are blocked for the whole run (not mocked away per test), so any code
path that tries to connect, e.g. tldextract fetching the public suffix list
or spaCy's downloader, fails the test that triggers it. Loopback alone is let
through (the web page's tests talk to a server on 127.0.0.1); canary tests in
test_offline.py and test_web_api.py prove every other address still fails.
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


LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})


def is_loopback(host: object) -> bool:
    """127.0.0.0/8, ::1 or localhost: this machine only, never the network."""
    import ipaddress

    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if not isinstance(host, str):
        return False
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _allowed(sock: socket.socket, address: object) -> bool:
    if _is_local_unix(sock):
        return True
    return isinstance(address, tuple) and bool(address) and is_loopback(address[0])


def _guard_connect(self: socket.socket, address: object) -> object:
    if _allowed(self, address):
        return _real_connect(self, address)
    raise NetworkBlocked(f"network connection attempted to {address!r}")


def _guard_connect_ex(self: socket.socket, address: object) -> object:
    if _allowed(self, address):
        return _real_connect_ex(self, address)
    raise NetworkBlocked(f"network connection attempted to {address!r}")


def _guard_create_connection(address: object, *args: object, **kwargs: object) -> object:
    if isinstance(address, tuple) and address and is_loopback(address[0]):
        return _real_create_connection(address, *args, **kwargs)  # type: ignore[arg-type]
    raise NetworkBlocked(f"network connection attempted to {address!r}")


def _guard_getaddrinfo(host: object, *args: object, **kwargs: object) -> object:
    if is_loopback(host):
        return _real_getaddrinfo(host, *args, **kwargs)  # type: ignore[arg-type]
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


@pytest.fixture(scope="session")
def linter():
    """The real Linter with the default model and rules, built once."""
    import redactcheck

    return redactcheck.Linter()


@pytest.fixture
def examples() -> Path:
    return EXAMPLES
