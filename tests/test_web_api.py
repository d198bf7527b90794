"""The web page's API on a real uvicorn server on loopback, with the real shared Linter.

Each guarantee of issue 18 that does not need a browser is tested here: what /api/check
and /api/redact answer, the Host (DNS rebinding), Origin, token and size gates, the
safe headers, Word files in and out, "always allow" for the session and saved, and that
the socket guard still refuses every address but loopback.
"""

from __future__ import annotations

import base64
import http.client
import io
import json
import socket
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

from web_support import TOKEN, Running, need_web_extra, serving

need_web_extra()


EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
DIRECT = ("Ruby Caldwell", "Danielle Caldwell", "27 Elmhurst Road", "L6 4BX", "07700 900123")


@pytest.fixture(scope="module")
def server(linter: Any, tmp_path_factory: pytest.TempPathFactory) -> Any:
    start = tmp_path_factory.mktemp("web-start")
    with serving(linter, start) as running:
        yield running


@pytest.fixture(scope="module")
def risky() -> str:
    return (EXAMPLES / "risky-closed-group.txt").read_text(encoding="utf-8")


def _raw(
    running: Running,
    method: str,
    path: str,
    headers: dict[str, str],
    body: bytes | None = None,
    chunks: list[bytes] | None = None,
) -> tuple[int, dict[str, Any]]:
    """A request with exactly these headers (urllib would set Host itself)."""
    connection = http.client.HTTPConnection(running.host, running.port, timeout=60)
    try:
        connection.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        for key, value in headers.items():
            connection.putheader(key, value)
        if chunks is not None:
            connection.putheader("Transfer-Encoding", "chunked")
            connection.endheaders()
            for chunk in chunks:
                connection.send(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
            connection.send(b"0\r\n\r\n")
        else:
            if body is not None:
                connection.putheader("Content-Length", str(len(body)))
            connection.endheaders(body)
        answer = connection.getresponse()
        data = answer.read()
        return answer.status, json.loads(data) if data.startswith(b"{") else {}
    finally:
        connection.close()


# --- what the page is told ------------------------------------------------------------------


def test_check_gives_findings_people_band_and_reasons(server: Running, risky: str) -> None:
    status, body, headers = server.post("/api/check", {"text": risky})
    assert status == 200, body
    assert body["risk"]["band"] == "high"
    assert body["risk"]["reasons"] and "full name" in body["risk"]["reasons"][0]
    found = {(f["category"], f["text"]) for f in body["findings"]}
    for category, text in [
        ("PERSON", "Ruby Caldwell"),
        ("ADDRESS", "27 Elmhurst Road"),
        ("POSTCODE", "L6 4BX"),
        ("CONTACT", "07700 900123"),
        ("AGE", "8"),
    ]:
        assert (category, text) in found
    people = {f["text"]: f["person"] for f in body["findings"] if f["category"] == "PERSON"}
    assert people["Ruby Caldwell"] == people["Ruby"] == "Child A"
    assert people["Danielle Caldwell"] == "Person A"
    by_id = {f["id"]: f for f in body["findings"]}
    assert by_id[0]["replacement"] == "Child A" and by_id[0]["explanation"]
    grouped = [i for g in body["groups"] for i in g["finding_ids"]]
    assert sorted(grouped) == sorted(by_id)  # every finding is under some person
    assert "Ruby Caldwell (Child A)" in body["groups"][0]["title"]
    assert body["text"] == risky
    assert headers["cache-control"] == "no-store"


def test_reasons_are_the_words_of_explain(server: Running, risky: str, linter: Any) -> None:
    from redactcheck import risk

    status, body, _ = server.post("/api/check", {"text": risky})
    expected = risk.reason_lines(linter.check(risky).findings, linter.place_weights, show_text=True)
    assert body["risk"]["reasons"] == expected


def test_look_alikes_are_listed_with_why(server: Running) -> None:
    draft = "Written by Sam Patel. Mrs K told me Jamie Fletcher was upset.\n"
    status, body, _ = server.post("/api/check", {"text": draft})
    assert status == 200, body
    assert {s["text"]: s["why"] for s in body["suppressed"]} == {"Sam Patel": "byline"}
    assert [f["text"] for f in body["findings"]] == ["Jamie Fletcher"]


def test_redact_removes_every_direct_identifier(server: Running, risky: str) -> None:
    status, body, _ = server.post("/api/redact", {"text": risky})
    assert status == 200, body
    for secret in DIRECT:
        assert secret not in body["text"]
    assert "Child A" in body["text"] and "[POSTCODE]" in body["text"]
    checked = server.post("/api/check", {"text": risky})[1]
    assert checked["redacted"] == body["text"]  # the page's first version comes with the check


def test_redact_in_a_chosen_style_and_keep(server: Running, risky: str) -> None:
    status, checked, _ = server.post("/api/check", {"text": risky})
    age = next(f for f in checked["findings"] if f["category"] == "AGE")
    status, body, _ = server.post(
        "/api/redact", {"text": risky, "style": "tag", "keep": [[age["start"], age["end"]]]}
    )
    assert status == 200, body
    assert "[PERSON]" in body["text"] and "Child A" not in body["text"]
    assert "She's only 8 " in body["text"]  # kept as asked
    assert body["kept"] == 1


def test_session_allow_moves_a_finding_to_the_look_alikes(server: Running, risky: str) -> None:
    _, before, _ = server.post("/api/check", {"text": risky})
    status, body, _ = server.post("/api/check", {"text": risky, "allow": ["danielle caldwell"]})
    assert status == 200
    assert not any(f["text"] == "Danielle Caldwell" for f in body["findings"])
    assert {"text": "Danielle Caldwell", "why": "allowed for this session"}.items() <= next(
        s for s in body["suppressed"] if s["text"] == "Danielle Caldwell"
    ).items()
    _, done, _ = server.post("/api/redact", {"text": risky, "allow": ["Danielle Caldwell"]})
    assert "Danielle Caldwell" in done["text"] and "Ruby Caldwell" not in done["text"]
    assert len(body["findings"]) == len(before["findings"]) - 1


def test_markdown_is_checked_as_markdown(server: Running) -> None:
    draft = (
        "# Notes\n\nMet **Jamie Fletcher** today.\n\n"
        "<!-- redactcheck: ignore-next-line -->\nJamie Fletcher again.\n"
    )
    status, body, _ = server.post("/api/check", {"text": draft, "format": "markdown"})
    assert status == 200, body
    assert [f["text"] for f in body["findings"]] == ["Jamie Fletcher"]
    assert any(s["why"] == "inline" for s in body["suppressed"])


def test_openapi_describes_the_api(server: Running) -> None:
    status, data, headers = server.get("/api/openapi.json")
    spec = json.loads(data)
    assert status == 200 and spec["openapi"].startswith("3.")
    assert {"/api/check", "/api/redact"} <= spec["paths"].keys()
    assert "413" in spec["paths"]["/api/check"]["post"]["responses"]


def test_page_and_assets_are_served_from_the_package(server: Running) -> None:
    status, page, headers = server.get("/")
    assert status == 200
    html = page.decode("utf-8")
    assert 'content="' + TOKEN + '"' in html
    assert "http" not in html.replace(
        "http-equiv", ""
    )  # nothing from elsewhere: no CDN, fonts, analytics
    csp = headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert headers["cache-control"] == "no-store" and headers["x-frame-options"] == "DENY"
    for name in ("app.js", "app.css"):
        status, asset, _ = server.get(f"/static/{name}")
        assert status == 200 and b"http://" not in asset and b"https://" not in asset
    assert server.get("/static/../checking.py")[0] == 404
    assert "set-cookie" not in {k.lower() for k in headers}


# --- the gates --------------------------------------------------------------------------------


def test_other_host_names_are_refused(server: Running, risky: str) -> None:
    """DNS rebinding: another site's name pointed at 127.0.0.1 reaches the port, not the page."""
    body = json.dumps({"text": risky}).encode()
    for host in ("evil.example", f"evil.example:{server.port}", f"127.0.0.1:{server.port + 1}", ""):
        status, answer = _raw(
            server,
            "POST",
            "/api/check",
            {"Host": host, "X-Redactcheck-Token": TOKEN, "Content-Type": "application/json"},
            body,
        )
        assert status == 421, host
        assert "loopback" in answer["error"]
    assert _raw(server, "GET", "/", {"Host": "evil.example"})[0] == 421
    status, answer = _raw(
        server,
        "POST",
        "/api/check",
        {"Host": f"localhost:{server.port}", "X-Redactcheck-Token": TOKEN},
        body,
    )
    assert status == 200 and answer["risk"]["band"] == "high"


def test_cross_origin_requests_are_refused(server: Running, risky: str) -> None:
    status, body, _ = server.post(
        "/api/check", {"text": risky}, headers={"Origin": "http://evil.example"}
    )
    assert status == 403 and "other sites" in body["error"]
    status, body, _ = server.post(
        "/api/check", {"text": risky}, headers={"Origin": f"http://127.0.0.1:{server.port + 1}"}
    )
    assert status == 403
    status, body, _ = server.post(
        "/api/check", {"text": risky}, headers={"Origin": server.url.rstrip("/")}
    )
    assert status == 200


def test_a_post_without_the_page_token_is_refused(server: Running, risky: str) -> None:
    for token in ("", "wrong"):
        status, body, _ = server.post(
            "/api/check", {"text": risky}, headers={"X-Redactcheck-Token": token}
        )
        assert status == 403 and "token" in body["error"]
    status, body, _ = server.post(
        "/api/allowlist", {"term": "x", "confirm": True}, headers={"X-Redactcheck-Token": ""}
    )
    assert status == 403
    status, body = _raw(
        server,
        "POST",
        "/api/check",
        {"Host": f"127.0.0.1:{server.port}", "X-Redactcheck-Token": "t\u00e9st"},
        b"{}",
    )
    assert status == 403 and "token" in body["error"]  # not a 500 on a byte beyond ASCII


def test_bodies_over_the_limit_are_refused_clearly(linter: Any, tmp_path: Path) -> None:
    with serving(linter, tmp_path, max_bytes=2_000) as small:
        status, body, _ = small.post("/api/check", {"text": "Visited the family today. " * 100})
        assert status == 413
        assert body["error"].startswith("the draft is 2,600 bytes, over the 2,000-byte limit")
        huge = json.dumps({"text": "word " * 40_000}).encode()
        status, body, _ = small.post("/api/check", None, raw=huge)
        assert status == 413 and "over the" in body["error"] and "limit" in body["error"]
        status, body = _raw(
            small,
            "POST",
            "/api/check",
            {"Host": f"127.0.0.1:{small.port}", "X-Redactcheck-Token": TOKEN},
            chunks=[b'{"text": "' + b"a" * 30_000] * 4,
        )  # no Content-Length to trust
        assert status == 413 and "limit" in body["error"]
        status, body, _ = small.post("/api/check", {"text": "Met Jamie Fletcher at home."})
        assert status == 200  # the server is fine afterwards


def test_bad_requests_get_one_line_errors(server: Running) -> None:
    assert server.post("/api/check", None, raw=b"{not json")[0:2] == (
        400,
        {"error": "the body is not valid JSON"},
    )
    status, body, _ = server.post("/api/check", {"text": 5})
    assert status == 400 and body["error"] == "'text' must be a string"
    status, body, _ = server.post("/api/check", {"text": "   "})
    assert status == 422 and body["error"] == "the draft is empty"
    status, body, _ = server.post("/api/check", {"file": {"name": "notes.pdf", "data": "JVBERi0="}})
    assert status == 422 and "opens .txt, .md and .docx" in body["error"]
    status, body, _ = server.post("/api/check", {"file": {"name": "notes.txt", "data": "***"}})
    assert status == 400 and "base64" in body["error"]
    status, body, _ = server.post(
        "/api/check",
        {"file": {"name": "notes.docx", "data": base64.b64encode(b"PK\x03\x04junk").decode()}},
    )
    assert status == 422 and body["error"] == "notes.docx: not a valid .docx file (BadZipFile)"
    status, body, _ = server.post("/api/redact", {"text": "Met Jo.", "style": "shout"})
    assert status == 400 and "style" in body["error"]
    assert server.get("/api/check")[0] == 405


# --- files ------------------------------------------------------------------------------------


def _docx(paragraphs: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for text in paragraphs:
        run_parts = text.split("|")
        paragraph = document.add_paragraph()
        for i, part in enumerate(run_parts):
            paragraph.add_run(part).bold = i % 2 == 1
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_docx_comes_back_as_a_redacted_docx(server: Running) -> None:
    import docx

    data = _docx(
        [
            "Visit notes",
            "Saw |Ruby Caldwell| (8) at 27 Elmhurst Road, Liverpool L6 4BX.",
            "Her mum Danielle Caldwell was hostile.",
        ]
    )
    upload = {"name": "visit.docx", "data": base64.b64encode(data).decode()}
    status, body, _ = server.post("/api/check", {"file": upload})
    assert status == 200, body
    assert body["format"] == "docx" and body["text"].startswith("Visit notes\nSaw Ruby Caldwell")
    assert {"Ruby Caldwell", "L6 4BX"} <= {f["text"] for f in body["findings"]}
    status, done, _ = server.post("/api/redact", {"file": upload})
    assert status == 200, done
    assert done["filename"] == "visit.redacted.docx"
    back = docx.Document(io.BytesIO(base64.b64decode(done["docx"])))
    text = "\n".join(p.text for p in back.paragraphs)
    assert text == done["text"]
    for secret in ("Ruby Caldwell", "Danielle Caldwell", "L6 4BX", "27 Elmhurst Road"):
        assert secret not in text
    assert back.paragraphs[1].runs[1].bold  # the run that held the name keeps its formatting
    assert back.paragraphs[1].runs[1].text == "Child A"


def test_text_and_markdown_files_open_too(server: Running) -> None:
    for name, fmt in (("notes.txt", "text"), ("notes.md", "markdown")):
        upload = {
            "name": name,
            "data": base64.b64encode("Met Jamie Fletcher today.\n".encode()).decode(),
        }
        status, body, _ = server.post("/api/check", {"file": upload})
        assert status == 200 and body["format"] == fmt
        assert [f["text"] for f in body["findings"]] == ["Jamie Fletcher"]
        status, done, _ = server.post("/api/redact", {"file": upload})
        assert "docx" not in done and "Jamie Fletcher" not in done["text"]


# --- always allow, saved ----------------------------------------------------------------------


def test_always_allow_is_saved_to_the_config_file_in_force(linter: Any, tmp_path: Path) -> None:
    import yaml

    settings_file = tmp_path / ".redactcheck.yaml"
    settings_file.write_text("allowlist: [Someone Else]\nfail_on: high\n", encoding="utf-8")
    with serving(linter, tmp_path) as running:
        status, data, _ = running.get("/api/settings")
        where = json.loads(data)["allowlist"]
        assert where == {"can_save": True, "file": str(settings_file), "exists": True}
        status, body, _ = running.post("/api/allowlist", {"term": "Ruby Caldwell"})
        assert (
            status == 400 and "confirm" in body["error"]
        )  # never written without the page saying so
        assert "Ruby" not in settings_file.read_text(encoding="utf-8")
        status, body, _ = running.post("/api/allowlist", {"term": "Ruby Caldwell", "confirm": True})
        assert status == 200 and body["file"] == str(settings_file)
    saved = yaml.safe_load(settings_file.read_text(encoding="utf-8"))
    assert saved == {"allowlist": ["Someone Else", "Ruby Caldwell"], "fail_on": "high"}


def test_a_new_settings_file_is_named_before_it_is_made(linter: Any, tmp_path: Path) -> None:
    with serving(linter, tmp_path) as running:
        where = json.loads(running.get("/api/settings")[1])["allowlist"]
        assert where == {
            "can_save": True,
            "file": str(tmp_path.resolve() / ".redactcheck.yaml"),
            "exists": False,
        }
        assert not (tmp_path / ".redactcheck.yaml").exists()


def test_always_allow_adds_to_the_pyproject_in_force(linter: Any, tmp_path: Path) -> None:
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text(
        "[project]\nname = 'blog'\n\n[tool.redactcheck]\nallowlist = ['Jo']\n", encoding="utf-8"
    )
    with serving(linter, tmp_path) as running:
        where = json.loads(running.get("/api/settings")[1])["allowlist"]
        assert where["can_save"] is True and where["file"] == str(pyproject)
        status, body, _ = running.post("/api/allowlist", {"term": "Ruby", "confirm": True})
        assert status == 200, body
    settings = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    assert settings["project"] == {"name": "blog"}
    assert settings["tool"]["redactcheck"]["allowlist"] == ["Jo", "Ruby"]
    assert not (tmp_path / ".redactcheck.yaml").exists()


# --- one Linter, many requests ---------------------------------------------------------------


def test_concurrent_requests_share_the_linter_safely(server: Running, risky: str) -> None:
    expected = server.post("/api/check", {"text": risky})[1]
    drafts = [risky, "Met Jamie Fletcher (14) at Northfield Academy today.\n"] * 4
    answers: list[Any] = [None] * len(drafts)

    def ask(i: int) -> None:
        answers[i] = server.post("/api/check", {"text": drafts[i]})

    threads = [threading.Thread(target=ask, args=(i,)) for i in range(len(drafts))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert all(a is not None and a[0] == 200 for a in answers)
    for i in range(0, len(drafts), 2):
        assert answers[i][1]["findings"] == expected["findings"]
        assert [f["text"] for f in answers[i + 1][1]["findings"]][:1] == ["Jamie Fletcher"]


# --- the socket guard -------------------------------------------------------------------------


def test_canary_only_loopback_gets_through_the_guard(server: Running) -> None:
    """The guard lets the tests reach 127.0.0.1 and nothing else."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=5):
        pass
    for address in (
        ("10.1.2.3", 80),
        ("192.168.1.1", 443),
        ("93.184.215.14", 80),
        ("::ffff:93.184.215.14", 80),
    ):
        with pytest.raises(RuntimeError) as info:
            socket.create_connection(address, timeout=1)
        assert type(info.value).__name__ == "NetworkBlocked"
        family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        with socket.socket(family, socket.SOCK_STREAM) as sock:
            with pytest.raises(RuntimeError) as info:
                sock.connect(address if family == socket.AF_INET else (*address, 0, 0))
            assert type(info.value).__name__ == "NetworkBlocked"
    for name in ("example.com", "localhost.example.com", "127.0.0.1.nip.io"):
        with pytest.raises(RuntimeError):
            socket.getaddrinfo(name, 80)


def test_people_left_alone_say_their_role_and_subjects_are_marked(server: Running) -> None:
    """The page shows whose name it is: a professional in their role is left alone with why,
    a child the case is about is a finding with the role subject."""
    draft = (
        "Our practice educator, Moira Lindqvist, ran the session on Tuesday.\n"
        "Kayden Brannigan (9) is still waiting for a school place.\n"
    )
    status, body, _ = server.post("/api/check", {"text": draft})
    assert status == 200, body
    left = {s["text"]: s for s in body["suppressed"]}
    assert left["Moira Lindqvist"]["role"] == "professional" and left["Moira Lindqvist"]["evidence"]
    kayden = [f for f in body["findings"] if f["text"] == "Kayden Brannigan"]
    assert kayden and kayden[0]["role"] == "subject"
