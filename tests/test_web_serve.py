"""`redactcheck serve` as a person runs it: a real process, loopback only, nothing left behind.

The privacy test starts the command with empty HOME, TMPDIR, cache and config folders,
checks and redacts a draft (typed and as a .docx) through it, stops it, and then finds
no draft text on disk anywhere it could have written, nor in what it printed.
"""

from __future__ import annotations

import base64
import io
import json
import os
import re
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from web_support import need_web_extra

need_web_extra()

ROOT = Path(__file__).resolve().parent.parent
SECRETS = ("Priya Okafor", "Okafor", "23 Thornbury Avenue", "Thornbury", "LS12 4HN", "07700 900456")
DRAFT = (
    "Home visit\n\nVisited Priya Okafor at 23 Thornbury Avenue, LS12 4HN today.\n"
    "Her mum can be reached on 07700 900456. Mo Allen was there too.\n"
)


def _command() -> list[str]:
    script = Path(sys.executable).with_name("redactcheck")
    return [str(script)] if script.exists() else [sys.executable, "-m", "redactcheck"]


def _env(tmp_path: Path) -> dict[str, str]:
    folders = {name: tmp_path / name for name in ("home", "tmp", "cache", "config")}
    for folder in folders.values():
        folder.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_") and k != "CI"}
    env.update(
        HOME=str(folders["home"]),
        TMPDIR=str(folders["tmp"]),
        TMP=str(folders["tmp"]),
        TEMP=str(folders["tmp"]),
        XDG_CACHE_HOME=str(folders["cache"]),
        XDG_CONFIG_HOME=str(folders["config"]),
        PYTHONDONTWRITEBYTECODE="1",
        PYTHONPATH=str(ROOT),
        BROWSER="false",
    )
    return env


def _wait_for_address(process: subprocess.Popen[str]) -> str:
    assert process.stdout is not None
    line = process.stdout.readline()  # the Linter loads first, then the address is printed
    found = re.search(r"http://127\.0\.0\.1:\d+/", line)
    assert found, f"no address in {line!r}"
    return found.group()


def _post(url: str, token: str, body: dict[str, Any]) -> dict[str, Any]:
    request = urllib.request.Request(
        url,
        data=json.dumps(body).encode(),
        method="POST",
        headers={"Content-Type": "application/json", "X-Redactcheck-Token": token},
    )
    with urllib.request.urlopen(request, timeout=120) as answer:
        return json.loads(answer.read())


def _docx(text: str) -> bytes:
    import docx

    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.slow
def test_serve_keeps_nothing_and_logs_nothing(tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    (work / ".redactcheck.yaml").write_text("allowlist: [Mo Allen]\n", encoding="utf-8")  # honoured
    process = subprocess.Popen(
        _command() + ["serve", "--no-browser"],
        cwd=work,
        env=_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        url = _wait_for_address(process)
        with urllib.request.urlopen(url, timeout=30) as page:
            html = page.read().decode()
            assert page.headers["Cache-Control"] == "no-store"
            assert page.headers.get("Set-Cookie") is None
        token = re.search(r'name="redactcheck-token" content="([^"]+)"', html).group(1)
        checked = _post(url + "api/check", token, {"text": DRAFT})
        found = {f["text"] for f in checked["findings"]}
        assert {"Priya Okafor", "LS12 4HN", "07700 900456"} <= found
        assert "Mo Allen" not in found  # the project's allowlist is honoured
        done = _post(url + "api/redact", token, {"text": DRAFT})
        upload = {"name": "visit.docx", "data": base64.b64encode(_docx(DRAFT)).decode()}
        word = _post(url + "api/redact", token, {"file": upload})
        for secret in SECRETS:
            assert secret not in done["text"] and secret not in word["text"]
    finally:
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=60)
    printed = out + err
    assert "POST" not in printed and "/api/" not in printed  # no access log
    leaked = [s for s in SECRETS if s in printed]
    assert not leaked, printed
    on_disk = []
    for path in tmp_path.rglob("*"):
        if path.is_file() and not path.is_symlink():
            data = path.read_bytes()
            on_disk += [f"{path.relative_to(tmp_path)}: {s}" for s in SECRETS if s.encode() in data]
    assert not on_disk, on_disk
    assert sorted(p.name for p in work.iterdir()) == [".redactcheck.yaml"]


def test_serve_without_the_web_extra_says_how_to_install_it(tmp_path: Path) -> None:
    """A stand-in package that fails to import, first on the path, as a missing extra does."""
    fake = tmp_path / "fake" / "starlette"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text("raise ImportError('no starlette here')\n", encoding="utf-8")
    env = _env(tmp_path)
    env["PYTHONPATH"] = os.pathsep.join([str(fake.parent), str(ROOT)])
    result = subprocess.run(
        [sys.executable, "-m", "redactcheck", "serve", "--no-browser"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert (
        result.stderr
        == 'redactcheck: error: the web page needs the web extra: pip install "redactcheck[web]"\n'
    )


def test_serve_warns_before_listening_beyond_loopback(tmp_path: Path) -> None:
    """The warning comes before anything is bound; a missing --config stops it right after."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "redactcheck",
            "serve",
            "--no-browser",
            "--host",
            "0.0.0.0",
            "--config",
            str(tmp_path / "missing.yaml"),
        ],
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert lines[0].startswith(
        "redactcheck: warning: listening on 0.0.0.0: other machines may reach"
    )
    assert lines[1] == f"redactcheck: error: {tmp_path / 'missing.yaml'}: config file not found"


def test_a_taken_port_is_one_line(tmp_path: Path) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "redactcheck", "serve", "--no-browser", "--port", str(port)],
            env=_env(tmp_path),
            capture_output=True,
            text=True,
            timeout=180,
        )
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "redactcheck: loading the checker...",
        f"redactcheck: error: cannot listen on 127.0.0.1:{port}: Address already in use",
    ]
