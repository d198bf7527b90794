"""One bad input never hides the others: each gets its own error line, the rest are checked.

An input error anywhere makes the exit code 2, even where another file reached
the failing level (which alone would give 1); the findings of the files that
could be read are still reported. Unreadability is made real, never mocked:
broken links, named pipes, a file where a folder should be, symlink loops;
and for permissions, a child process for which root obeys file modes too
(tests/program.py), since the suite runs as root in CI.
"""
from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest

from redactcheck import config as config_module
from redactcheck.documents import read_document
from redactcheck.errors import ConfigError, InputError

from program import ROOT, can_drop_root_powers, run_checkout
from test_cli import CLEAN, ERROR_PREFIX, NAME, RISKY, finding_lines, run  # noqa: F401  (fixture)

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
needs_symlinks = pytest.mark.skipif(os.name == "nt", reason="symlinks need privileges on Windows")
permissions_bite = pytest.mark.skipif(
    not can_drop_root_powers(), reason="cannot make a mode-000 file unreadable here")


def errors(stderr: str, *, only: bool = True) -> list[str]:
    """The error lines; with `only`, stderr must hold nothing else."""
    assert "Traceback" not in stderr, stderr
    lines = [line for line in stderr.splitlines() if line.startswith(ERROR_PREFIX)]
    assert not only or lines == stderr.splitlines(), stderr
    return lines


def one_error_naming(lines: list[str], name: str, problem: str) -> None:
    named = [line for line in lines if re.search(rf"(^|[\s/]){re.escape(name)}(:\d+)?: ", line)]
    assert len(named) == 1 and problem in named[0], (name, problem, lines)


@pytest.fixture
def posts(tmp_path: Path) -> Iterator[Path]:
    """A folder with one risky draft, one clean one, and every kind of unreadable file
    that root cannot read either; mode-000 files are added by the tests that need them."""
    folder = tmp_path / "posts"
    folder.mkdir()
    (folder / "a-risky.txt").write_text(RISKY, encoding="utf-8")
    (folder / "b-clean.md").write_text(CLEAN, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "scan.txt").write_bytes(b"%PDF-1.7\n" + bytes(range(256)))
    (folder / "latin.txt").write_bytes("Visited Zo\u00eb at home.\n".encode("cp1252"))
    (folder / "directive.md").write_text("<!-- redactcheck: ignore-nxt-line -->\nHello.\n", encoding="utf-8")
    if os.name != "nt":
        (folder / "gone.txt").symlink_to(folder / "deleted-since.txt")
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "pipe.txt")
    yield folder


EXPECTED = {  # file in `posts`: what its one error line says
    "empty.txt": "empty", "scan.txt": "binary", "latin.txt": "UTF-8",
    "directive.md": "unknown redactcheck directive",
}


def _expected(folder: Path) -> dict[str, str]:
    expected = dict(EXPECTED)
    if (folder / "gone.txt").is_symlink():
        expected["gone.txt"] = "no such file"
    if (folder / "pipe.txt").exists():
        expected["pipe.txt"] = "not a regular file"
    return expected


# --- check ------------------------------------------------------------------------------------


def test_folder_run_reports_each_bad_file_checks_the_rest_and_exits_2(run: Any, posts: Path) -> None:
    result = run("check", "posts")
    assert result.exit_code == 2, result.stdout + result.stderr
    lines = errors(result.stderr)
    expected = _expected(posts)
    assert len(lines) == len(expected), lines
    for name, problem in expected.items():
        one_error_naming(lines, name, problem)
    reported = {m["path"] for m in finding_lines(result.stdout)}
    assert reported == {os.path.join("posts", "a-risky.txt")}  # the risky file beside them
    assert "b-clean.md" in result.stdout and "2 files checked" in result.stdout
    assert NAME not in result.stderr


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_machine_formats_hold_the_readable_files_and_errors_stay_on_stderr(
    run: Any, posts: Path, fmt: str
) -> None:
    result = run("check", "--format", fmt, "posts")
    assert result.exit_code == 2
    json.loads(result.stdout)
    assert len(errors(result.stderr)) == len(_expected(posts))


@pytest.mark.parametrize("clean_only", [True, False], ids=["else 0", "else 1"])
def test_an_input_error_wins_over_findings_and_over_a_clean_run(
    run: Any, tmp_path: Path, clean_only: bool
) -> None:
    (tmp_path / "draft.txt").write_text(CLEAN if clean_only else RISKY, encoding="utf-8")
    assert run("check", "draft.txt").exit_code == (0 if clean_only else 1)
    result = run("check", "draft.txt", "missing.txt")
    assert result.exit_code == 2
    one_error_naming(errors(result.stderr), "missing.txt", "no such file")
    assert bool(finding_lines(result.stdout)) is not clean_only


def test_nothing_readable_prints_only_the_errors(run: Any, tmp_path: Path) -> None:
    (tmp_path / "empty.md").write_bytes(b"\n")
    result = run("check", "missing.txt", "empty.md")
    assert result.exit_code == 2 and result.stdout == ""
    assert len(errors(result.stderr)) == 2


def test_stdin_error_is_one_line_among_the_others(run: Any, tmp_path: Path) -> None:
    (tmp_path / "draft.txt").write_text(RISKY, encoding="utf-8")
    result = run("check", "draft.txt", "-", input=b"   \n")
    assert result.exit_code == 2
    one_error_naming(errors(result.stderr), "<stdin>", "empty")
    assert finding_lines(result.stdout)


def test_a_path_through_a_file_is_an_input_error_not_a_traceback(run: Any, tmp_path: Path) -> None:
    """ENOTDIR on the way to the file, in the config search and in the read."""
    (tmp_path / "notes.txt").write_text(RISKY, encoding="utf-8")
    result = run("check", "notes.txt/inner.txt", "notes.txt")
    assert result.exit_code == 2
    one_error_naming(errors(result.stderr), "notes.txt/inner.txt", "Not a directory")
    assert finding_lines(result.stdout)


@needs_symlinks
def test_a_symlink_loop_first_on_the_command_line_is_an_input_error(run: Any, tmp_path: Path) -> None:
    """The config search starts from the first path: a loop there used to be a traceback."""
    (tmp_path / "loop").symlink_to("loop")
    (tmp_path / "draft.txt").write_text(RISKY, encoding="utf-8")
    result = run("check", "loop/post.txt", "draft.txt")
    assert result.exit_code == 2
    one_error_naming(errors(result.stderr), "loop/post.txt", "symbolic links")
    assert finding_lines(result.stdout)


# --- the other commands that take several paths -------------------------------------------------


def test_explain_explains_the_readable_files_and_exits_2(run: Any, tmp_path: Path) -> None:
    (tmp_path / "draft.txt").write_text(RISKY, encoding="utf-8")
    result = run("explain", "--format", "json", "draft.txt", "missing.txt")
    assert result.exit_code == 2
    assert json.loads(result.stdout)["source"] == "draft.txt"
    one_error_naming(errors(result.stderr), "missing.txt", "no such file")


def test_baseline_create_and_update_accept_the_readable_files_and_exit_2(run: Any, posts: Path) -> None:
    no_key = {"REDACTCHECK_BASELINE_KEY": None}
    created = run("baseline", "create", "posts", env=no_key)
    assert created.exit_code == 2 and "wrote .redactcheck-baseline.json" in created.stdout
    assert len(errors(created.stderr, only=False)) == len(_expected(posts))  # beside the key advice
    saved = json.loads(Path(".redactcheck-baseline.json").read_text(encoding="utf-8"))
    assert "posts/a-risky.txt" in saved["files"] and not set(saved["files"]) & {
        f"posts/{name}" for name in _expected(posts)}
    updated = run("baseline", "update", "posts", env=no_key)
    assert updated.exit_code == 2 and len(errors(updated.stderr)) == len(_expected(posts))
    accepted = run("check", "--baseline", ".redactcheck-baseline.json", "posts/a-risky.txt", env=no_key)
    assert accepted.exit_code == 0


# --- documents ---------------------------------------------------------------------------------


@needs_fifo
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.md")
    with pytest.raises(InputError, match=r"pipe\.md: not a regular file"):
        read_document(str(tmp_path / "pipe.md"))


def test_a_wrong_directive_is_an_input_error_when_the_file_is_read(tmp_path: Path) -> None:
    (tmp_path / "post.md").write_text("Hi.\n<!-- redactcheck: allow -->\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"post\.md:2: allow needs a quoted term"):
        read_document(str(tmp_path / "post.md"))


# --- the config search -----------------------------------------------------------------------


@needs_symlinks
@pytest.mark.parametrize("name", [".redactcheck.yaml", "pyproject.toml"])
def test_a_project_config_that_cannot_be_read_is_an_error(tmp_path: Path, name: str) -> None:
    """It may hold the allowlist: ignoring it would change every result without a word."""
    (tmp_path / name).symlink_to(tmp_path / "moved-away.yaml")
    with pytest.raises(ConfigError, match=re.escape(str(tmp_path / name)) + ": cannot read"):
        config_module.load(tmp_path / "draft.txt")


@needs_fifo
def test_a_project_config_that_is_a_pipe_is_an_error_not_a_hang(run: Any, tmp_path: Path) -> None:
    os.mkfifo(tmp_path / ".redactcheck.yaml")
    (tmp_path / "draft.txt").write_text(CLEAN, encoding="utf-8")
    result = run("check", "draft.txt")
    assert result.exit_code == 2
    assert len(errors(result.stderr)) == 1 and "not a regular file" in result.stderr


# --- permissions: real, also for root ------------------------------------------------------------


@pytest.fixture
def locked(tmp_path: Path) -> Iterator[Callable[[Path], Path]]:
    """Mode-000 entries, opened up again afterwards so pytest can clean them away."""
    made: list[Path] = []

    def lock(path: Path) -> Path:
        path.chmod(0)
        made.append(path)
        return path

    yield lock
    for path in reversed(made):
        path.chmod(0o755)


@permissions_bite
def test_unreadable_files_and_folders_are_each_one_line(tmp_path: Path, locked: Any) -> None:
    posts = tmp_path / "posts"
    (posts / "private").mkdir(parents=True)
    (posts / "a-risky.txt").write_text(RISKY, encoding="utf-8")
    (posts / "private" / "hidden-risk.txt").write_text(RISKY, encoding="utf-8")
    (posts / "secret.txt").write_text(RISKY, encoding="utf-8")
    locked(posts / "private")
    locked(posts / "secret.txt")
    done = run_checkout(["check", "posts"], tmp_path, without_root_powers=True)
    assert done.returncode == 2, done.stderr
    lines = errors(done.stderr)
    assert len(lines) == 2, lines
    one_error_naming(lines, "private", "cannot read directory")
    one_error_naming(lines, "secret.txt", "permission denied")
    assert {m["path"] for m in finding_lines(done.stdout)} == {os.path.join("posts", "a-risky.txt")}


@permissions_bite
def test_an_unreadable_folder_first_on_the_command_line(tmp_path: Path, locked: Any) -> None:
    """The config search looked inside it and raised PermissionError: now the folder is
    one error line, passed over by the search, and the next path is checked."""
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "x.txt").write_text(RISKY, encoding="utf-8")
    (tmp_path / "draft.txt").write_text(RISKY, encoding="utf-8")
    locked(tmp_path / "locked")
    for first in ("locked", "locked/x.txt"):
        done = run_checkout(["check", first, "draft.txt"], tmp_path, without_root_powers=True)
        assert done.returncode == 2, done.stderr
        assert len(errors(done.stderr)) == 1 and "locked" in done.stderr
        assert {m["path"] for m in finding_lines(done.stdout)} == {"draft.txt"}


@permissions_bite
@pytest.mark.parametrize("name", [".redactcheck.yaml", "pyproject.toml"])
def test_an_unreadable_project_config_is_one_line_and_exit_2(
    tmp_path: Path, locked: Any, name: str
) -> None:
    (tmp_path / name).write_text("", encoding="utf-8")
    (tmp_path / "draft.txt").write_text(CLEAN, encoding="utf-8")
    locked(tmp_path / name)
    done = run_checkout(["check", "draft.txt"], tmp_path, without_root_powers=True)
    assert done.returncode == 2 and done.stdout == ""
    assert errors(done.stderr) == [f"{ERROR_PREFIX} {tmp_path / name}: cannot read config "
                                   "(Permission denied)"]


@permissions_bite
def test_an_unreadable_rule_file_or_folder_is_one_line_and_exit_2(tmp_path: Path, locked: Any) -> None:
    """Their rules would be missing from every file: the run stops, in one line."""
    rules = tmp_path / "myrules"
    rules.mkdir()
    (rules / "local.yaml").write_text(
        "rules:\n  - id: team-code\n    category: CASE_REF\n    description: d\n"
        "    patterns: ['TC-\\d{4}']\n", encoding="utf-8")
    (tmp_path / "draft.txt").write_text(RISKY, encoding="utf-8")
    (tmp_path / ".redactcheck.yaml").write_text("rules: [myrules]\n", encoding="utf-8")
    for unreadable, problem in ((rules / "local.yaml", "cannot read rule file"),
                                (rules, "cannot read rule folder")):
        locked(unreadable)
        done = run_checkout(["check", "draft.txt"], tmp_path, without_root_powers=True)
        assert done.returncode == 2 and done.stdout == ""
        lines = errors(done.stderr)
        assert len(lines) == 1 and problem in lines[0] and str(unreadable) in lines[0], lines


@permissions_bite
def test_an_unsearchable_parent_folder_does_not_matter(tmp_path: Path, locked: Any) -> None:
    """Working inside a folder whose parent cannot be searched: the search passes over what
    it cannot look into, and the check runs as usual."""
    project = tmp_path / "outer" / "project"
    project.mkdir(parents=True)
    (project / "draft.txt").write_text(RISKY, encoding="utf-8")
    locked(tmp_path / "outer")
    done = run_checkout(["check", "draft.txt"], project, without_root_powers=True)
    assert done.returncode == 1, done.stderr
    assert done.stderr == "" and finding_lines(done.stdout)


# --- one story about exit codes ----------------------------------------------------------------


def test_readme_table_and_help_give_the_same_exit_codes_in_the_same_order(run: Any) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme.count("## Exit codes") == 1 and "Exit codes:" not in readme
    section = readme.split("## Exit codes", 1)[1].split("\n## ", 1)[0]
    assert re.findall(r"^\| `(\d)` \|", section, re.M) == ["2", "1", "0"]
    shown = run("check", "--help").stdout.split("Exit codes", 1)[1]
    assert re.findall(r"^\s+(\d)  ", shown, re.M) == ["2", "1", "0"]
    assert "2 for an input or usage error anywhere" in " ".join(run("--help").stdout.split())
