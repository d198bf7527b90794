"""Configuration layering and validation, and `redactcheck init`.

Order: defaults < user file < nearest project file (walking up) < --config <
flags. Every mistake is one line naming the file and the key.
"""
from __future__ import annotations

import sys
from dataclasses import fields
from pathlib import Path
from typing import Any, Iterator

import pytest
from click.testing import CliRunner, Result

from redactcheck import cli
from redactcheck import config
from redactcheck.errors import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

STARTER_CONFIG = config.DEFAULTS_FILE.read_text(encoding="utf-8")  # what `init` writes


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An isolated user config folder (XDG_CONFIG_HOME) and a project below tmp_path."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    (tmp_path / "project" / "posts").mkdir(parents=True)
    return tmp_path


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_layering_order_user_project_explicit_flags(home: Path) -> None:
    _write(home / "xdg" / "redactcheck" / "config.yaml", "fail_on: quasi\nstyle: mask\nallowlist: [User Name]\nshow_text: false\n")
    _write(home / "project" / ".redactcheck.yaml", "fail_on: high\nallowlist: [Project Org]\n")
    explicit = _write(home / "explicit.yaml", "fail_on: medium\n")
    start = home / "project" / "posts" / "post.md"
    assert config.load(start).fail_on == "high"
    assert config.load(start).style == "mask" and config.load(start).show_text is False
    assert config.load(start, explicit).fail_on == "medium"
    merged = config.load(start, explicit, {"fail_on": "never", "allowlist": ["Flag Term"], "model": None})
    assert merged.fail_on == "never"
    assert merged.allowlist == ("User Name", "Project Org", "Flag Term"), "lists add up across layers"
    assert [Path(s).name for s in merged.sources] == ["config.yaml", ".redactcheck.yaml", "explicit.yaml", "<flags>"]


def test_nearest_project_file_wins_walking_up(home: Path) -> None:
    _write(home / "project" / ".redactcheck.yaml", "fail_on: high\n")
    _write(home / "project" / "posts" / ".redactcheck.yaml", "fail_on: quasi\n")
    assert config.load(home / "project" / "posts" / "a.md").fail_on == "quasi"
    assert config.load(home / "project" / "b.md").fail_on == "high"


def test_pyproject_table_is_read_and_pyproject_without_it_is_skipped(home: Path) -> None:
    _write(home / "project" / "pyproject.toml", '[tool.redactcheck]\nfail_on = "direct"\nallowlist = ["Jo Brackley"]\n')
    _write(home / "project" / "posts" / "pyproject.toml", '[project]\nname = "x"\n')
    loaded = config.load(home / "project" / "posts" / "a.md")
    assert loaded.fail_on == "direct" and loaded.allowlist == ("Jo Brackley",)


def test_rule_folders_are_relative_to_the_file_that_names_them(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(home / "project" / ".redactcheck.yaml", "rules: [our-rules]\n")
    monkeypatch.chdir(home)
    loaded = config.load(home / "project" / "posts" / "a.md", None, {"rules": ["cli-rules"]})
    assert loaded.rules == (str((home / "project" / "our-rules").resolve()), str((home / "cli-rules").resolve()))


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("colour: red\n", ["unknown key 'colour'", "known keys:"]),
        ("allowlist: 3\n", ["'allowlist' must be a list of strings"]),
        ("allowlist: [Jo, 3]\n", ["'allowlist'"]),
        ("show_text: yes please\n", ["'show_text' must be true or false"]),
        ("model: 3\n", ["'model' must be a string"]),
        ("fail_on: sometimes\n", ["'fail_on'"]),
        ("style: scramble\n", ["'style'"]),
        ("disable: [NOT_A_CATEGORY]\n", ["'disable'", "NOT_A_CATEGORY"]),
        ("allowlist_patterns: ['(unclosed']\n", ["'allowlist_patterns'"]),
        ("- just\n- a list\n", ["must be a mapping"]),
        ("fail_on: [\n", ["invalid config"]),
    ],
)
def test_mistakes_are_one_line_errors_naming_file_and_key(home: Path, text: str, pieces: list[str]) -> None:
    path = _write(home / "project" / ".redactcheck.yaml", text)
    with pytest.raises(ConfigError) as caught:
        config.load(home / "project" / "posts" / "a.md")
    message = str(caught.value)
    assert "\n" not in message and str(path) in message
    assert all(p in message for p in pieces), message


def test_pyproject_mistake_names_the_pyproject(home: Path) -> None:
    path = _write(home / "project" / "pyproject.toml", "[tool.redactcheck]\nfail_onn = 'direct'\n")
    with pytest.raises(ConfigError, match="unknown key 'fail_onn'") as caught:
        config.load(home / "project" / "a.md")
    assert str(path) in str(caught.value)


@pytest.fixture
def run(home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    monkeypatch.chdir(home / "project")

    def invoke(*args: str) -> Result:
        return CliRunner().invoke(cli.main, list(args), env={"CI": None}, catch_exceptions=False)

    yield invoke


def test_cli_reports_a_bad_config_in_one_line(run: Any, home: Path) -> None:
    _write(home / "project" / ".redactcheck.yaml", "allowlist: 3\n")
    _write(home / "project" / "posts" / "a.md", "Hello.\n")
    result = run("check", "posts/a.md")
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and ".redactcheck.yaml: 'allowlist'" in result.stderr


def test_init_writes_a_valid_commented_starter_and_refuses_to_overwrite(run: Any, home: Path) -> None:
    result = run("init")
    assert result.exit_code == 0, result.output
    target = home / "project" / ".redactcheck.yaml"
    assert target.read_text(encoding="utf-8") == STARTER_CONFIG
    assert sum(1 for line in STARTER_CONFIG.splitlines() if line.startswith("#")) >= 8
    loaded = config.load(home / "project" / "posts" / "a.md")
    assert loaded.sources[-1] == str(target) and loaded.fail_on == "default"
    for key in (f.name for f in fields(config.Config) if f.name != "sources"):
        assert f"\n{key}:" in STARTER_CONFIG
    target.write_text("fail_on: never\n", encoding="utf-8")
    refused = run("init")
    assert refused.exit_code == 2 and "already exists" in refused.stderr and "--force" in refused.stderr
    assert target.read_text(encoding="utf-8") == "fail_on: never\n"
    assert run("init", "--force").exit_code == 0
    assert target.read_text(encoding="utf-8") == STARTER_CONFIG
    assert [p.name for p in target.parent.iterdir() if p.name.endswith(".tmp")] == [], "no temp file left behind"


def test_init_to_another_path(run: Any, home: Path) -> None:
    assert run("init", "-o", "conf/starter.yaml").exit_code == 2  # folder missing: one-line error
    (home / "project" / "conf").mkdir()
    assert run("init", "-o", "conf/starter.yaml").exit_code == 0
    assert config.load(home, home / "project" / "conf" / "starter.yaml").style == "default"


# --- adding to the allowlist of the file in force (review's and the page's "allow always") ---

PYPROJECT_TABLES = '[project]\nname = "blog"  # the blog\n\n[tool.redactcheck]\n'


@pytest.mark.parametrize(
    "table, expected",
    [
        ('fail_on = "direct"\n', ["Sarah Thompson"]),
        ('allowlist = ["Jo Brackley"]\nfail_on = "direct"\n', ["Jo Brackley", "Sarah Thompson"]),
        ('allowlist = "Jo Brackley"\n', ["Jo Brackley", "Sarah Thompson"]),
        ('allowlist = [\n  "Jo Brackley",  # me\n  "Fife Council",\n]\nfail_on = "direct"\n',
         ["Jo Brackley", "Fife Council", "Sarah Thompson"]),
    ],
)
def test_a_term_is_added_to_the_pyproject_table_and_nothing_else_changes(
    tmp_path: Path, table: str, expected: list[str]
) -> None:
    path = _write(tmp_path / "pyproject.toml", PYPROJECT_TABLES + table + "\n[tool.other]\nx = 1\n")
    before = tomllib.loads(path.read_text(encoding="utf-8"))
    config.add_to_allowlist(path, "Sarah Thompson")
    text = path.read_text(encoding="utf-8")
    after = tomllib.loads(text)
    assert after["tool"]["redactcheck"]["allowlist"] == expected
    del after["tool"]["redactcheck"]["allowlist"]
    before["tool"]["redactcheck"].pop("allowlist", None)
    assert after == before
    assert text.startswith('[project]\nname = "blog"  # the blog\n'), "comments elsewhere kept"
    config.add_to_allowlist(path, "Sarah Thompson")
    assert path.read_text(encoding="utf-8") == text, "a term already there is not added twice"


def test_a_pyproject_table_it_cannot_edit_safely_is_an_error_not_a_damaged_file(
    tmp_path: Path,
) -> None:
    original = '[tool]\nredactcheck = { fail_on = "direct" }  # [tool.redactcheck]\n'
    path = _write(tmp_path / "pyproject.toml", original)
    with pytest.raises(ConfigError, match="by hand"):
        config.add_to_allowlist(path, "Sarah Thompson")
    assert path.read_text(encoding="utf-8") == original


def test_a_term_is_added_to_a_yaml_file_or_a_new_one(tmp_path: Path) -> None:
    path = tmp_path / ".redactcheck.yaml"
    config.add_to_allowlist(path, "Sarah Thompson")
    assert config.read_file(path) == {"allowlist": ["Sarah Thompson"]}
    _write(path, "fail_on: never\nallowlist: Jo Brackley\n")
    config.add_to_allowlist(path, "Sarah Thompson")
    assert config.read_file(path) == {"fail_on": "never", "allowlist": ["Jo Brackley", "Sarah Thompson"]}
    _write(path, "- a list\n")
    with pytest.raises(ConfigError, match="mapping"):
        config.add_to_allowlist(path, "Sarah Thompson")


@pytest.mark.parametrize(
    "before, after",
    [
        ("# mine\nallowlist: []  # none yet\n#  - Jo\nfail_on: never\n",
         '# mine\nallowlist: ["Sarah Thompson"]\n#  - Jo\nfail_on: never\n'),
        ("allowlist:\n  - Jo Brackley\n  - 'Fife Council'\n# the end\n",
         'allowlist: ["Jo Brackley", "Fife Council", "Sarah Thompson"]\n# the end\n'),
        ("fail_on: never  # kept\n", None),
    ],
)
def test_a_term_added_to_a_yaml_file_keeps_its_comments(
    tmp_path: Path, before: str, after: str | None
) -> None:
    path = _write(tmp_path / ".redactcheck.yaml", before)
    config.add_to_allowlist(path, "Sarah Thompson")
    text = path.read_text(encoding="utf-8")
    if after is not None:
        assert text == after
    assert "Sarah Thompson" in config.read_file(path)["allowlist"]


def test_allow_always_on_the_starter_config_keeps_its_documentation(tmp_path: Path) -> None:
    path = _write(tmp_path / ".redactcheck.yaml", STARTER_CONFIG)
    config.add_to_allowlist(path, "Sarah Thompson")
    text = path.read_text(encoding="utf-8")
    assert text.replace('allowlist: ["Sarah Thompson"]', "allowlist: []") == STARTER_CONFIG
