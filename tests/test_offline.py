"""redactcheck never uses the network and never leaves copies of draft text behind.

conftest.py blocks sockets for the whole run, so any recogniser that tries to
fetch something (tldextract's public suffix list for e-mail domains, spaCy's
downloader) makes the test that triggers it fail. The first tests prove the
guard itself can fail; the last one runs the real program in a fresh process
with an empty HOME and checks what it left on disk.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

PHONE = "07700 900123"
EMAIL = "jo.bloggs@example.co.uk"
PROFILE = "https://www.facebook.com/jo.bloggs.77"
CONTACT_TEXT = f"Contact mum on {PHONE} or {EMAIL}, or see {PROFILE} for her updates.\n"


def _assert_blocked(info: pytest.ExceptionInfo[BaseException]) -> None:
    # Compared by name: conftest may be imported under more than one module name.
    assert type(info.value).__name__ == "NetworkBlocked", repr(info.value)


def test_guard_blocks_create_connection() -> None:
    with pytest.raises(RuntimeError) as info:
        socket.create_connection(("example.com", 80), timeout=1)
    _assert_blocked(info)


def test_guard_blocks_raw_sockets_and_name_lookups() -> None:
    with pytest.raises(RuntimeError) as info:
        socket.getaddrinfo("example.com", 443)
    _assert_blocked(info)
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        with pytest.raises(RuntimeError) as info:
            sock.connect(("93.184.215.14", 80))
        _assert_blocked(info)
        with pytest.raises(RuntimeError) as info:
            sock.connect_ex(("93.184.215.14", 80))
        _assert_blocked(info)


def test_default_tldextract_would_go_online() -> None:
    """Canary: tldextract's defaults fetch the suffix list, and the guard catches it.

    This is what redactcheck's e-mail recogniser would do without its offline
    extractor; if it ever stops raising, the offline tests below prove less.
    """
    import tldextract

    with pytest.raises(RuntimeError) as info:
        tldextract.TLDExtract(cache_dir=None)("mail.example.co.uk")
    _assert_blocked(info)


def test_check_finds_contact_details_offline(linter: Any) -> None:
    report = linter.check(CONTACT_TEXT)
    contacts = {f.text for f in report.findings if f.category == "CONTACT"}
    assert EMAIL in contacts
    assert PHONE in contacts
    assert PROFILE in contacts
    assert report.has_direct


def test_fresh_linter_checks_and_redacts_offline() -> None:
    """A Linter built and used entirely under the block (not the session one)."""
    from redactcheck import Linter

    fresh = Linter()
    redacted = fresh.redact(CONTACT_TEXT)
    for secret in (PHONE, EMAIL, PROFILE):
        assert secret not in redacted
    assert redacted.count("[CONTACT]") == 3
    other = EMAIL.replace("example.co.uk", "example.com")
    report = fresh.check(f"Her other address is {other}.")
    assert ("CONTACT", other) in {(f.category, f.text) for f in report.findings}


def test_module_level_helpers_offline() -> None:
    import redactcheck

    assert EMAIL not in redactcheck.redact(CONTACT_TEXT)
    assert any(f.category == "CONTACT" for f in redactcheck.check(CONTACT_TEXT).findings)


# --- nothing of the draft is left on disk -------------------------------------------------------

SECRETS = ("Priya Okafor", "Okafor", "23 Thornbury Avenue", "Thornbury", "LS12 4HN", PHONE, EMAIL)
DRAFT = (
    "Home visit\n\n"
    "Visited Priya Okafor at 23 Thornbury Avenue, LS12 4HN today.\n"
    f"His mum can be reached on {PHONE} or {EMAIL}.\n"
)


def _redactcheck() -> list[str]:
    script = Path(sys.executable).with_name("redactcheck")
    return [str(script)] if script.exists() else [sys.executable, "-m", "redactcheck"]


def test_cli_writes_no_caches_of_draft_text(tmp_path: Path) -> None:
    home, drafts, outputs, temp = (tmp_path / name for name in ("home", "drafts", "outputs", "tmp"))
    for folder in (home, drafts, outputs, temp):
        folder.mkdir()
    draft = drafts / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    redacted = outputs / "redacted.txt"

    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_") and k != "CI"}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parent.parent)  # this checkout's code
    env.update(HOME=str(home), TMPDIR=str(temp), TMP=str(temp), TEMP=str(temp), PYTHONDONTWRITEBYTECODE="1")
    for var in ("TLDEXTRACT_CACHE", "SPACY_DATA", "HF_HOME"):
        env.pop(var, None)

    check = subprocess.run(
        _redactcheck() + ["check", "draft.txt"], cwd=drafts, env=env, capture_output=True, text=True, timeout=300
    )
    assert check.returncode == 1, check.stderr
    assert "Priya Okafor" in check.stdout  # it really checked (text is shown: CI is unset)

    redact = subprocess.run(
        _redactcheck() + ["redact", "draft.txt", "-o", str(redacted)],
        cwd=drafts, env=env, capture_output=True, text=True, timeout=300,
    )
    assert redact.returncode == 0, redact.stderr
    assert "Person A" in redacted.read_text(encoding="utf-8")  # the default style: readable pseudonyms

    written = sorted(p.relative_to(home).as_posix() for p in home.rglob("*") if p.is_file())
    assert all(name.startswith(".cache/redactcheck/") and name.endswith(".json") for name in written), written
    assert written, "the result cache (offsets only) should be there"  # its files are checked for draft text below
    assert os.listdir(drafts) == ["draft.txt"], "files written beside the draft"
    assert os.listdir(outputs) == ["redacted.txt"]
    assert draft.read_text(encoding="utf-8") == DRAFT

    asked_for = {draft, redacted}
    leaked = []
    for path in tmp_path.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        if path in asked_for:
            continue
        data = path.read_bytes()
        leaked += [f"{path.relative_to(tmp_path)}: {s!r}" for s in SECRETS if s.encode("utf-8") in data]
    assert not leaked, leaked
    output = redacted.read_text(encoding="utf-8")
    for secret in SECRETS:
        assert secret not in output


def test_guard_lets_loopback_through_and_nothing_else() -> None:
    """Canary for the loopback exception (a local Dask cluster needs it): a real listener on
    127.0.0.1 can be reached, while a private-network address, a public one, a host name
    that is not localhost, and a lookup that would leave the machine all still fail."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        with socket.create_connection(server.getsockname(), timeout=2):
            pass
    assert all(info[4][0] in ("127.0.0.1", "::1") for info in socket.getaddrinfo("localhost", 80))
    for address in (("10.0.0.5", 8786), ("192.168.1.20", 8786), ("8.8.8.8", 53), ("2001:4860:4860::8888", 53)):
        family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        with socket.socket(family, socket.SOCK_STREAM) as sock:
            with pytest.raises(RuntimeError) as info:
                sock.connect(address)
            _assert_blocked(info)
    for name in ("scheduler.example.org", "localhost.example.org"):
        with pytest.raises(RuntimeError) as info:
            socket.create_connection((name, 8786), timeout=1)
        _assert_blocked(info)
        with pytest.raises(RuntimeError) as info:
            socket.getaddrinfo(name, 8786)
        _assert_blocked(info)
