"""`redactcheck review`, driven with scripted answers through click's CliRunner (real Linter)."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from redactcheck import cli

DRAFT = "Visited Sarah Thompson at 58 Kelvinhaugh Street today.\nJo Bloggs came too.\n"


@pytest.fixture
def folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, linter: Any) -> Path:
    real = cli._linter
    monkeypatch.setattr(cli, "_linter", lambda config: linter if config.allowlist == () else real(config))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "draft.txt").write_text(DRAFT, encoding="utf-8")
    return tmp_path


def _review(folder: Path, answers: str, *args: str) -> Any:
    env = {"CI": None, "XDG_CONFIG_HOME": str(folder / "no-user-config")}
    return CliRunner().invoke(cli.main, ["review", "draft.txt", "--style", "tag", *args], input=answers, env=env, catch_exceptions=False)


def test_redact_keep_and_allow_always(folder: Path) -> None:
    result = _review(folder, "r\nk\na\n")
    assert result.exit_code == 0, result.stderr
    assert "[1/3] line 1:9 PERSON" in result.stdout and "suggested: [PERSON]" in result.stdout
    assert "wrote draft.redacted.txt" in result.stdout
    assert (folder / "draft.redacted.txt").read_text(encoding="utf-8") == (
        "Visited [PERSON] at 58 Kelvinhaugh Street today.\nJo Bloggs came too.\n"
    )
    assert yaml.safe_load((folder / ".redactcheck.yaml").read_text(encoding="utf-8")) == {"allowlist": ["Jo Bloggs"]}
    assert (folder / "draft.txt").read_text(encoding="utf-8") == DRAFT
    assert sorted(os.listdir(folder)) == [".redactcheck.yaml", "draft.redacted.txt", "draft.txt"]


def test_allow_adds_to_existing_config_and_in_place_keeps_backup(folder: Path) -> None:
    (folder / ".redactcheck.yaml").write_text("fail_on: never\nallowlist: [Someone Else]\n", encoding="utf-8")
    result = _review(folder, "a\nr\nr\n", "--in-place", "--backup")
    assert result.exit_code == 0, result.stderr
    config = yaml.safe_load((folder / ".redactcheck.yaml").read_text(encoding="utf-8"))
    assert config == {"fail_on": "never", "allowlist": ["Someone Else", "Sarah Thompson"]}
    assert (folder / "draft.txt").read_text(encoding="utf-8").startswith("Visited Sarah Thompson at [ADDRESS] today.")
    assert (folder / "draft.txt.bak").read_text(encoding="utf-8") == DRAFT


def test_quit_writes_nothing(folder: Path) -> None:
    result = _review(folder, "q\n")
    assert result.exit_code == 0 and "nothing written" in result.stdout
    assert sorted(os.listdir(folder)) == ["draft.txt"]


def test_quit_after_allow_always_leaves_the_allowlist_as_it_was(folder: Path) -> None:
    """"allow always" is written only when the review completes: quitting writes nothing."""
    (folder / ".redactcheck.yaml").write_text("allowlist: [Someone Else]\n", encoding="utf-8")
    result = _review(folder, "a\nq\n")
    assert result.exit_code == 0 and "allowlist is unchanged" in result.stdout
    assert (folder / ".redactcheck.yaml").read_text(encoding="utf-8") == "allowlist: [Someone Else]\n"
    assert sorted(os.listdir(folder)) == [".redactcheck.yaml", "draft.txt"]
