"""Shared fixtures: one real Linter per test session, and no network, ever.

Sockets are blocked for the whole run (not mocked away per test), so any code
path that tries to connect, e.g. tldextract fetching the public suffix list
or spaCy's downloader, fails the test that triggers it. Only loopback is let
through (a local Dask cluster's scheduler and workers, and the web page's
server, talk there); canary tests in test_offline.py and test_web_api.py
prove that every other address still fails.
"""
from __future__ import annotations

import ipaddress
import os
import socket
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


# Property tests: a fixed seed and a small budget in CI, a long random run before a release:
#   HYPOTHESIS_PROFILE=release python -m pytest tests/test_properties.py
settings.register_profile(
    "ci", derandomize=True, max_examples=100, deadline=None, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
settings.register_profile(
    "release", derandomize=False, max_examples=4_000, deadline=None, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


class NetworkBlocked(RuntimeError):
    """Raised when anything in the process tries to open a network connection."""


_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex
_real_create_connection = socket.create_connection
_real_getaddrinfo = socket.getaddrinfo


LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})


def _is_local_unix(sock: socket.socket) -> bool:
    return getattr(socket, "AF_UNIX", None) is not None and sock.family == socket.AF_UNIX


def _is_loopback(address: object) -> bool:
    """An IP address on this machine's loopback (127.0.0.0/8, ::1): a local Dask cluster
    talks to its workers there. Any other address, or a name, is the network."""
    host = address[0] if isinstance(address, tuple) and address else None
    try:
        return isinstance(host, str) and ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


def _allowed(sock: socket.socket, address: object) -> bool:
    return _is_local_unix(sock) or _is_loopback(address)


def _guard_connect(self: socket.socket, address: object) -> object:
    if _allowed(self, address):
        return _real_connect(self, address)
    raise NetworkBlocked(f"network connection attempted to {address!r}")


def _guard_connect_ex(self: socket.socket, address: object) -> object:
    if _allowed(self, address):
        return _real_connect_ex(self, address)
    raise NetworkBlocked(f"network connection attempted to {address!r}")


def _guard_create_connection(address: object, *args: object, **kwargs: object) -> object:
    if _is_loopback(address):
        return _real_create_connection(address, *args, **kwargs)  # type: ignore[arg-type]
    raise NetworkBlocked(f"network connection attempted to {address!r}")


def _guard_getaddrinfo(host: object, *args: object, **kwargs: object) -> object:
    """Only loopback names resolve, and only to loopback addresses."""
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if host in LOOPBACK_NAMES:
        found = _real_getaddrinfo(host, *args, **kwargs)  # type: ignore[arg-type]
        return [info for info in found if _is_loopback(info[4])]
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


REQUIRE_CLUSTER = "REDACTCHECK_REQUIRE_CLUSTER"


@pytest.fixture(scope="session")
def dask_distributed():
    """dask.distributed, or a skip that says what to install; with REDACTCHECK_REQUIRE_CLUSTER=1
    (as .ci/run sets) a missing Dask fails the test instead."""
    try:
        import distributed
    except ImportError as error:
        message = f"dask is not installed ({error}): pip install 'redactcheck[dask]'"
        if os.environ.get(REQUIRE_CLUSTER) == "1":
            pytest.fail(f"{REQUIRE_CLUSTER}=1 but {message}", pytrace=False)
        pytest.skip(f"{message}; set {REQUIRE_CLUSTER}=1 to make this a failure")
    return distributed

