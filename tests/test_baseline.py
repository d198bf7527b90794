"""Baselines of accepted findings: only new findings are reported, nothing is revealed.

The baseline is committed to public repositories, so these tests read the
file back and look for the names, and for plain hashes of them, in every
spelling the normaliser would produce.
"""
from __future__ import annotations

import hashlib
import json
import os
import stat
from pathlib import Path
from typing import Any, Iterator

import pytest
from click.testing import CliRunner, Result

from redactcheck import cli
from redactcheck.cli import Runtime
from redactcheck.suppress.baseline import KEY_ENV, KEY_NAME, fingerprint, key_id, normalise, read
from redactcheck.types import Finding

ACCEPTED = "Met Priya Sharma and her son after the session on 3rd March.\n"
NEW = "Visited Jamie Thompson at 58 Kelvinhaugh Street today.\n"


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, linter: Any, tmp_path: Path) -> Iterator[Any]:
    """The real CLI in-process from tmp_path, with the session's real Linter."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(KEY_ENV, raising=False)

    def invoke(*args: str, env: dict[str, str | None] | None = None) -> Result:
        full = {"CI": None, "XDG_CONFIG_HOME": str(tmp_path / "no-user-config"), **(env or {})}
        return CliRunner().invoke(
            cli.main, list(args), env=full, catch_exceptions=False,
            obj=Runtime(make_linter=lambda config: linter),
        )

    yield invoke


@pytest.fixture
def posts(tmp_path: Path) -> Path:
    folder = tmp_path / "posts"
    folder.mkdir()
    (folder / "training.md").write_text(f"---\ntitle: Training\n---\n{ACCEPTED}", encoding="utf-8")
    return folder


def _one_line_error(result: Result, *pieces: str) -> None:
    assert result.exit_code == 2, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("redactcheck: error:"), lines
    assert all(p in lines[0] for p in pieces), lines[0]


def test_create_then_check_reports_only_new_findings(run: Any, tmp_path: Path, posts: Path) -> None:
    created = run("baseline", "create", "posts")
    assert created.exit_code == 0, created.output
    assert "wrote .redactcheck-baseline.json" in created.stdout
    assert KEY_NAME in created.stderr and ".gitignore" in created.stderr
    assert run("check", "posts").exit_code == 1
    clean = run("check", "--baseline", ".redactcheck-baseline.json", "posts")
    assert clean.exit_code == 0, clean.output
    assert "baseline" in clean.stdout and "suppressed" in clean.stdout
    (posts / "training.md").write_text(f"---\ntitle: Training\n---\n{ACCEPTED}\n{NEW}", encoding="utf-8")
    again = run("check", "--baseline", ".redactcheck-baseline.json", "--format", "json", "posts")
    assert again.exit_code == 1
    data = json.loads(again.stdout)
    found = {f["text"] for f in data["files"][0]["findings"]}
    assert "Jamie Thompson" in found and "Priya Sharma" not in found
    assert any(s["why"] == "baseline" for s in data["files"][0]["suppressed"])


def test_moving_lines_keeps_entries(run: Any, posts: Path) -> None:
    assert run("baseline", "create", "posts").exit_code == 0
    moved = f"---\ntitle: Training\n---\nSome new opening lines.\n\nAnd more.\n\n{ACCEPTED}"
    (posts / "training.md").write_text(moved, encoding="utf-8")
    result = run("check", "--baseline", ".redactcheck-baseline.json", "posts")
    assert result.exit_code == 0, result.output


def test_the_baseline_reveals_neither_text_nor_plain_hashes(run: Any, tmp_path: Path, posts: Path) -> None:
    assert run("baseline", "create", "posts").exit_code == 0
    raw = (tmp_path / ".redactcheck-baseline.json").read_text(encoding="utf-8")
    for secret in ("Priya", "Sharma", "priya sharma", "3rd March"):
        assert secret.lower() not in raw.lower()
        for variant in (secret, normalise(secret)):
            for algorithm in ("sha256", "sha1", "md5"):
                assert hashlib.new(algorithm, variant.encode()).hexdigest() not in raw
    data = json.loads(raw)
    assert data["hash"] == "hmac-sha256" and set(data["files"]) == {"posts/training.md"}
    assert {e["category"] for e in data["files"]["posts/training.md"]} >= {"PERSON"}


def test_key_file_is_private_and_reused(run: Any, tmp_path: Path, posts: Path) -> None:
    assert run("baseline", "create", "posts").exit_code == 0
    key_file = tmp_path / KEY_NAME
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert len(key_file.read_text(encoding="utf-8").strip()) == 64
    first = key_file.read_text(encoding="utf-8")
    assert run("baseline", "create", "--force", "-o", "other.json", "posts").exit_code == 0
    assert key_file.read_text(encoding="utf-8") == first
    assert read(tmp_path / "other.json").key_id == read(tmp_path / ".redactcheck-baseline.json").key_id


def test_environment_key_wins_and_a_wrong_key_is_refused(run: Any, tmp_path: Path, posts: Path) -> None:
    assert run("baseline", "create", "posts", env={KEY_ENV: "ci-secret"}).exit_code == 0
    assert not (tmp_path / KEY_NAME).exists(), "no key file when the environment gives the key"
    assert run("check", "--baseline", ".redactcheck-baseline.json", "posts", env={KEY_ENV: "ci-secret"}).exit_code == 0
    _one_line_error(run("check", "--baseline", ".redactcheck-baseline.json", "posts", env={KEY_ENV: "other"}), "another key")
    _one_line_error(run("check", "--baseline", ".redactcheck-baseline.json", "posts"), "no baseline key", KEY_ENV)


def test_create_refuses_to_overwrite(run: Any, posts: Path) -> None:
    assert run("baseline", "create", "posts").exit_code == 0
    _one_line_error(run("baseline", "create", "posts"), "already exists", "baseline update")


@pytest.mark.parametrize("content", ["", "{}", "[1]", '{"tool": "redactcheck", "version": 9, "hash": "hmac-sha256", "files": {}}'])
def test_malformed_or_missing_baseline_is_a_one_line_error(run: Any, tmp_path: Path, posts: Path, content: str) -> None:
    (tmp_path / "bad.json").write_text(content, encoding="utf-8")
    (tmp_path / KEY_NAME).write_text("k\n", encoding="utf-8")
    _one_line_error(run("check", "--baseline", "bad.json", "posts"), "bad.json")
    _one_line_error(run("check", "--baseline", "missing.json", "posts"), "missing.json", "baseline create")


def test_update_adds_new_drops_gone_and_keeps_unchecked_files(run: Any, tmp_path: Path, posts: Path) -> None:
    (posts / "visit.md").write_text(NEW, encoding="utf-8")
    assert run("baseline", "create", "posts").exit_code == 0
    before = read(tmp_path / ".redactcheck-baseline.json")
    (posts / "training.md").write_text("Thanks to the whole team for the training.\n", encoding="utf-8")
    (posts / "new.md").write_text(ACCEPTED, encoding="utf-8")
    result = run("baseline", "update", "posts/training.md", "posts/new.md")
    assert result.exit_code == 0, result.output
    after = read(tmp_path / ".redactcheck-baseline.json")
    assert "posts/training.md" not in after.files and after.files["posts/new.md"]
    assert after.files["posts/visit.md"] == before.files["posts/visit.md"]
    assert "removed" in result.stdout and "added" in result.stdout
    os.remove(posts / "visit.md")
    assert run("baseline", "update").exit_code == 0
    assert set(read(tmp_path / ".redactcheck-baseline.json").files) == {"posts/new.md"}


def test_paths_are_relative_to_the_baseline_not_the_working_directory(run: Any, tmp_path: Path, posts: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert run("baseline", "create", "posts").exit_code == 0
    monkeypatch.chdir(posts)
    result = run("check", "--baseline", "../.redactcheck-baseline.json", "training.md")
    assert result.exit_code == 0, result.output


def test_fingerprint_depends_on_key_path_and_category_not_spacing() -> None:
    finding = Finding(0, 5, "PERSON", 1.0, "r", "e", text="Priya  Sharma")
    same = Finding(9, 14, "PERSON", 1.0, "r", "e", text="priya sharma")
    assert fingerprint(b"k", "a.md", finding) == fingerprint(b"k", "a.md", same)
    assert fingerprint(b"k", "a.md", finding) != fingerprint(b"other", "a.md", finding)
    assert fingerprint(b"k", "a.md", finding) != fingerprint(b"k", "b.md", finding)
    assert fingerprint(b"k", "a.md", finding) != fingerprint(b"k", "a.md", Finding(0, 5, "LOCATION", 1.0, "r", "e", text="Priya Sharma"))
    assert key_id(b"k") != key_id(b"other")
