"""`redactcheck review`, driven with scripted answers through click's CliRunner (real Linter)."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from redactcheck import cli
from redactcheck.cli.options import Runtime, load_linter

DRAFT = "Visited Sarah Thompson at 58 Kelvinhaugh Street today.\nJo Brackley came too.\n"


@pytest.fixture
def folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "draft.txt").write_text(DRAFT, encoding="utf-8")
    return tmp_path


@pytest.fixture
def review(folder: Path, linter: Any) -> Any:
    """`review draft.txt --style tag` with scripted answers; the session's Linter for the
    default settings."""
    runtime = Runtime(make_linter=lambda c: linter if c.allowlist == () else load_linter(c))

    def invoke(answers: str, *args: str) -> Any:
        env = {"CI": None, "XDG_CONFIG_HOME": str(folder / "no-user-config")}
        command = ["review", "draft.txt", "--style", "tag", *args]
        return CliRunner().invoke(
            cli.main, command, input=answers, env=env, catch_exceptions=False, obj=runtime
        )

    return invoke


def test_redact_keep_and_allow_always(folder: Path, review: Any) -> None:
    result = review("r\nk\na\n")
    assert result.exit_code == 0, result.stderr
    assert "[1/3] line 1:9 PERSON" in result.stdout and "suggested: [PERSON]" in result.stdout
    assert "wrote draft.redacted.txt" in result.stdout
    assert (folder / "draft.redacted.txt").read_text(encoding="utf-8") == (
        "Visited [PERSON] at 58 Kelvinhaugh Street today.\nJo Brackley came too.\n"
    )
    assert yaml.safe_load((folder / ".redactcheck.yaml").read_text(encoding="utf-8")) == {"allowlist": ["Jo Brackley"]}
    assert (folder / "draft.txt").read_text(encoding="utf-8") == DRAFT
    assert sorted(os.listdir(folder)) == [".redactcheck.yaml", "draft.redacted.txt", "draft.txt"]


def test_allow_adds_to_existing_config_and_in_place_keeps_backup(folder: Path, review: Any) -> None:
    (folder / ".redactcheck.yaml").write_text("fail_on: never\nallowlist: [Someone Else]\n", encoding="utf-8")
    result = review("a\nr\nr\n", "--in-place", "--backup")
    assert result.exit_code == 0, result.stderr
    config = yaml.safe_load((folder / ".redactcheck.yaml").read_text(encoding="utf-8"))
    assert config == {"fail_on": "never", "allowlist": ["Someone Else", "Sarah Thompson"]}
    assert (folder / "draft.txt").read_text(encoding="utf-8").startswith("Visited Sarah Thompson at [ADDRESS] today.")
    assert (folder / "draft.txt.bak").read_text(encoding="utf-8") == DRAFT


def test_quit_writes_nothing(folder: Path, review: Any) -> None:
    result = review("q\n")
    assert result.exit_code == 0 and "nothing written" in result.stdout
    assert sorted(os.listdir(folder)) == ["draft.txt"]


def test_quit_after_allow_always_leaves_the_allowlist_as_it_was(folder: Path, review: Any) -> None:
    """"allow always" is written only when the review completes: quitting writes nothing."""
    (folder / ".redactcheck.yaml").write_text("allowlist: [Someone Else]\n", encoding="utf-8")
    result = review("a\nq\n")
    assert result.exit_code == 0 and "allowlist is unchanged" in result.stdout
    assert (folder / ".redactcheck.yaml").read_text(encoding="utf-8") == "allowlist: [Someone Else]\n"
    assert sorted(os.listdir(folder)) == [".redactcheck.yaml", "draft.txt"]
