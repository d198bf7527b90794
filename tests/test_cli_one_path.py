"""Every command checks a draft the same way, and the settings files it writes are the ones
in force (issue 14's three drifts, each once a bug):

- an inline `allow` that `check` honours is honoured by `redact`, `review` and `explain`;
- `review`'s "allow always" adds to the project file in force, `[tool.redactcheck]` in
  `pyproject.toml` included, instead of creating a `.redactcheck.yaml` that hides it;
- the starter config that `init` writes changes no default.

The real CLI runs in-process with the session's real Linter, handed in as click's `obj`.
"""

from __future__ import annotations

import json
import sys
from dataclasses import fields
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner, Result

from redactcheck import config
from redactcheck.cli import Runtime, main

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

NAME = "Morag Dunbar"
ALLOWED = (
    "Dear all,\n\n"
    f"I visited {NAME} at 14 Hughes Avenue yesterday.\n\n"
    f'<!-- redactcheck: allow "{NAME}" -->\n'
)


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, linter: Any) -> Any:
    """The CLI from tmp_path with the session's Linter, for the default settings only."""
    monkeypatch.chdir(tmp_path)

    def make_linter(settings: config.Config) -> Any:
        assert settings.allowlist == linter.config.allowlist, "a test built another Linter"
        return linter

    def invoke(*args: str, answers: str | None = None) -> Result:
        env = {"CI": None, "XDG_CONFIG_HOME": str(tmp_path / "no-user-config")}
        return CliRunner().invoke(
            main,
            list(args),
            input=answers,
            env=env,
            catch_exceptions=False,
            obj=Runtime(make_linter=make_linter),
        )

    return invoke


def test_check_honours_the_inline_allow(run: Any, tmp_path: Path) -> None:
    (tmp_path / "post.md").write_text(ALLOWED, encoding="utf-8")
    result = run("check", "post.md", "--format", "json", "--show-text", "--no-cache")
    found = {f["text"] for f in json.loads(result.stdout)["files"][0]["findings"]}
    assert "14 Hughes Avenue" in found and NAME not in found


def test_redact_honours_the_inline_allow(run: Any, tmp_path: Path) -> None:
    (tmp_path / "post.md").write_text(ALLOWED, encoding="utf-8")
    result = run("redact", "post.md", "--style", "tag")
    assert result.exit_code == 0, result.output
    assert f"I visited {NAME} at [ADDRESS]" in result.stdout


def test_review_honours_the_inline_allow(run: Any, tmp_path: Path) -> None:
    (tmp_path / "post.md").write_text(ALLOWED, encoding="utf-8")
    result = run("review", "post.md", "--style", "tag", answers="r\n" * 10)
    assert result.exit_code == 0, result.output
    assert "1 of 1 findings redacted" in result.stdout
    written = (tmp_path / "post.redacted.md").read_text(encoding="utf-8")
    assert f"I visited {NAME} at [ADDRESS]" in written


def test_explain_honours_the_inline_allow(run: Any, tmp_path: Path) -> None:
    (tmp_path / "post.md").write_text(ALLOWED, encoding="utf-8")
    result = run("explain", "post.md", "--format", "json", "--show-text")
    assert result.exit_code == 0, result.output
    explained = json.loads(result.stdout)
    found = {f["text"] for group in explained["groups"] for f in group["findings"]}
    assert "14 Hughes Avenue" in found and not any("Dunbar" in text for text in found)


PYPROJECT = (
    '[project]\nname = "blog"\n\n[tool.redactcheck]\nfail_on = "direct"\n\n[tool.other]\nkeep = 1\n'
)


def test_review_allow_always_adds_to_the_pyproject_in_force(run: Any, tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    (tmp_path / "posts").mkdir()
    draft = tmp_path / "posts" / "draft.txt"
    draft.write_text("Visited Sarah Thompson at 58 Kelvinhaugh Street today.\n", encoding="utf-8")
    result = run("review", "posts/draft.txt", "--style", "tag", answers="a\n" + "r\n" * 10)
    assert result.exit_code == 0, result.output
    assert f"to the allowlist in {tmp_path / 'pyproject.toml'}" in result.stdout
    assert list(tmp_path.rglob(".redactcheck.y*ml")) == [], "a second file would shadow it"
    data = tomllib.loads((tmp_path / "pyproject.toml").read_text(encoding="utf-8"))
    assert data["tool"]["redactcheck"] == {"allowlist": ["Sarah Thompson"], "fail_on": "direct"}
    assert data["project"] == {"name": "blog"} and data["tool"]["other"] == {"keep": 1}
    assert "Sarah Thompson" in config.load(draft).allowlist


def test_review_allow_always_adds_to_the_yaml_file_above(run: Any, tmp_path: Path) -> None:
    (tmp_path / ".redactcheck.yaml").write_text("fail_on: direct\n", encoding="utf-8")
    (tmp_path / "posts").mkdir()
    draft = tmp_path / "posts" / "draft.txt"
    draft.write_text("Visited Sarah Thompson at 58 Kelvinhaugh Street today.\n", encoding="utf-8")
    assert run("review", str(draft), "--style", "tag", answers="a\n" + "r\n" * 10).exit_code == 0
    assert list((tmp_path / "posts").iterdir()) == [
        draft,
        tmp_path / "posts" / "draft.redacted.txt",
    ]
    loaded = yaml.safe_load((tmp_path / ".redactcheck.yaml").read_text(encoding="utf-8"))
    assert loaded == {"fail_on": "direct", "allowlist": ["Sarah Thompson"]}


def test_the_starter_config_changes_no_default(run: Any, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    assert run("init").exit_code == 0
    starter = tmp_path / ".redactcheck.yaml"
    assert config.load(tmp_path / "post.md").sources[-1] == str(starter)
    assert config.load(tmp_path / "post.md") == config.load(tmp_path / "empty") == config.Config()


def test_the_starter_config_is_the_packaged_defaults_file_and_documents_every_key(
    run: Any, tmp_path: Path
) -> None:
    assert run("init").exit_code == 0
    text = (tmp_path / ".redactcheck.yaml").read_text(encoding="utf-8")
    assert text == config.DEFAULTS_FILE.read_text(encoding="utf-8")
    keys = [f.name for f in fields(config.Config) if f.name != "sources"]
    assert sorted(yaml.safe_load(text)) == sorted(keys)
    lines = text.splitlines()
    for key in keys:  # each key with a comment saying what it does just above it
        index = next(i for i, line in enumerate(lines) if line.startswith(f"{key}:"))
        assert lines[index - 1].startswith("#"), key
