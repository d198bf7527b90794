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

from program import ROOT, can_drop_root_powers, run_checkout, run_measured
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


# --- hostile and faulty input (issue 17): one line and exit 2, or a correct result -----------

CP1252 = "Visited Zo\u00eb \u2018at home\u2019 \u2013 all well.\n".encode("cp1252")
FAULTY = {  # file content: what its one error line says
    "binary": (bytes(range(256)) * 8, "binary file"),
    "png": (b"\x89PNG\r\n\x1a\n" + bytes(64), "binary file (PNG image)"),
    "nul-inside-text": (b"Visited Jamie Thompson\x00 at home.\n", "contains NUL bytes"),
    "invalid-utf8": (b"Visited \x81\x8d\x90 at home.\n",
                     "not valid UTF-8 (byte 8); save it as UTF-8"),
    "utf16-bom-le": ("Visited Jamie at home.\n".encode("utf-16"), "looks like UTF-16"),
    "utf16-bom-be": (b"\xfe\xff" + "Visited Jamie at home.\n".encode("utf-16-be"),
                     "looks like UTF-16"),
    "utf16-no-bom-le": ("Visited Jamie at home.\n".encode("utf-16-le"), "looks like UTF-16"),
    "utf16-no-bom-be": ("Visited Jamie at home.\n".encode("utf-16-be"), "looks like UTF-16"),
    "windows-1252": (CP1252, "looks like Windows-1252"),
    "empty": (b"", "file is empty"),
    "whitespace-only": (b" \t\r\n\n  \r\n", "file is empty"),
}


@pytest.mark.parametrize("name", list(FAULTY))
def test_faulty_file_is_one_line_and_exit_2_and_the_next_file_is_checked(
    run: Any, tmp_path: Path, name: str
) -> None:
    content, problem = FAULTY[name]
    (tmp_path / f"{name}.txt").write_bytes(content)
    (tmp_path / "draft.txt").write_text(RISKY, encoding="utf-8")
    result = run("check", f"{name}.txt", "draft.txt")
    assert result.exit_code == 2, result.stdout + result.stderr
    one_error_naming(errors(result.stderr), f"{name}.txt", problem)
    assert {m["path"] for m in finding_lines(result.stdout)} == {"draft.txt"}


def test_a_utf8_bom_is_read_and_does_not_shift_columns(run: Any, tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + f"Visited {NAME} today.\n".encode())
    # a full name said once is weak evidence: --fail-on any-direct fails on it all the same
    result = run("check", "--format", "json", "--fail-on", "any-direct", "bom.txt")
    assert result.exit_code == 1, result.stderr
    found = json.loads(result.stdout)["files"][0]["findings"]
    assert [(f["text"], f["line"], f["column"]) for f in found] == [(NAME, 1, 9)]


LINE_ENDINGS = {"lf": "\n", "crlf": "\r\n", "cr": "\r"}


@pytest.mark.parametrize("first,second",
                         [("crlf", "lf"), ("lf", "cr"), ("cr", "crlf"), ("crlf", "cr")])
def test_mixed_line_endings_give_the_lines_an_editor_shows(
    run: Any, tmp_path: Path, first: str, second: str
) -> None:
    """\\n, \\r\\n and a lone \\r each end one line, whichever mix a paste left behind."""
    a, b = LINE_ENDINGS[first], LINE_ENDINGS[second]
    draft = f"Case notes{a}{a}Visited {NAME} today.{b}Her e-mail is jamie.t@example.com{a}Fine.{b}"
    (tmp_path / "mixed.txt").write_bytes(draft.encode("utf-8"))
    result = run("check", "--format", "json", "mixed.txt")
    assert result.exit_code == 1, result.stderr
    findings = json.loads(result.stdout)["files"][0]["findings"]
    found = {f["text"]: (f["line"], f["column"]) for f in findings}
    assert found[NAME] == (3, 9) and found["jamie.t@example.com"] == (4, 15), found


def test_a_name_never_runs_across_a_line_break_the_parser_cannot_see(linter: Any) -> None:
    """A lone \\r or U+2028 between two lines used to join them into one entity."""
    for brk in ("\r", "\u2028", "\u2029", "\x85", "\x0c"):
        text = f"A part of Glasgow {brk} {brk} Person A"
        spans = [(f.text, f.category) for f in linter.check(text).findings]
        assert all(brk not in found for found, _ in spans), (brk, spans)


def test_a_file_over_the_size_limit_is_refused_without_being_read(tmp_path: Path) -> None:
    """50 MB of text: refused from its size, before the model loads; the process never holds
    the file (its peak memory stays below the file's size), from a path or from stdin."""
    line = "Nothing to see here, a plain sentence about a support plan. " * 8 + "\n"
    with open(tmp_path / "huge.txt", "w", encoding="utf-8") as handle:
        for _ in range(50_000_000 // len(line) + 1):
            handle.write(line)
    size = (tmp_path / "huge.txt").stat().st_size
    for args, stdin in ((["check", "huge.txt"], None), (["check", "-"], tmp_path / "huge.txt")):
        done, peak_kib = run_measured(args, tmp_path, stdin=stdin)
        assert done.returncode == 2, done.stderr
        assert len(errors(done.stderr)) == 1 and "over the 5,000,000-byte limit" in done.stderr
        assert peak_kib * 1024 < size, (peak_kib, size)


def test_a_one_megabyte_line_without_a_newline_is_checked(run: Any, tmp_path: Path) -> None:
    """No newline and no space to cut at: the chunker cuts anyway, and a name at the end is
    found at its true column."""
    (tmp_path / "long.txt").write_text("-" * 1_000_000 + f" Visited {NAME} today.",
                                       encoding="utf-8")
    result = run("check", "--format", "json", "--fail-on", "any-direct", "long.txt")
    assert result.exit_code == 1, result.stderr
    found = json.loads(result.stdout)["files"][0]["findings"]
    assert [(f["text"], f["line"], f["column"]) for f in found] == [(NAME, 1, 1_000_010)]


def test_a_one_megabyte_line_of_one_letter_is_no_name(run: Any, tmp_path: Path) -> None:
    """Cut into pieces with no space to cut at, a line of one letter is no name: the model
    reads a piece of it as a person, and no word of a name is that long."""
    (tmp_path / "xs.txt").write_text("x" * 1_000_000 + f" Visited {NAME} today.", encoding="utf-8")
    result = run("check", "--format", "json", "--fail-on", "any-direct", "xs.txt")
    found = json.loads(result.stdout)["files"][0]["findings"]
    assert [f["text"] for f in found] == [NAME]


@pytest.mark.slow
def test_a_one_megabyte_line_of_prose_is_checked(run: Any, tmp_path: Path) -> None:
    words = "the family were seen at home and the plan was reviewed with them "
    (tmp_path / "prose.txt").write_text(words * (1_000_000 // len(words)) + f"Visited {NAME}.",
                                        encoding="utf-8")
    result = run("check", "--format", "json", "--fail-on", "any-direct", "prose.txt")
    assert result.exit_code == 1, result.stderr
    found = json.loads(result.stdout)["files"][0]["findings"]
    assert (NAME, 1) in [(f["text"], f["line"]) for f in found]


@pytest.mark.parametrize("contents", [[], ["picture.png", ".hidden/post.md", "notes.pdf"]],
                         ids=["empty folder", "nothing checkable"])
def test_a_folder_with_nothing_to_check_is_one_line_and_exit_2(
    run: Any, tmp_path: Path, contents: list[str]
) -> None:
    for name in contents:
        (tmp_path / "posts" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "posts" / name).write_bytes(b"x")
    (tmp_path / "posts").mkdir(exist_ok=True)
    result = run("check", "posts")
    assert result.exit_code == 2 and result.stdout == ""
    one_error_naming(errors(result.stderr), "posts", "no files to check")


@needs_symlinks
def test_symlink_loops_inside_a_folder_are_skipped_or_one_line(run: Any, tmp_path: Path) -> None:
    """A folder linking to itself is not followed (no endless walk); a file link loop is
    one error line; the draft beside them is checked."""
    posts = tmp_path / "posts"
    posts.mkdir()
    (posts / "again").symlink_to(posts, target_is_directory=True)
    (posts / "a.txt").symlink_to("b.txt")
    (posts / "b.txt").symlink_to("a.txt")
    (posts / "draft.txt").write_text(RISKY, encoding="utf-8")
    result = run("check", "posts")
    assert result.exit_code == 2
    lines = errors(result.stderr)
    assert len(lines) == 2, lines
    for name in ("a.txt", "b.txt"):
        one_error_naming(lines, name, "symbolic links")
    assert {m["path"] for m in finding_lines(result.stdout)} == {os.path.join("posts", "draft.txt")}


MALFORMED_CONFIG = {
    "invalid YAML": ("allowlist: [Jo\n", ".redactcheck.yaml:2: invalid config"),
    "tab indent": ("allowlist:\n\t- Jo\n", "invalid config"),
    "a list": ("- allowlist\n", "must be a mapping"),
    "python tag": ("allowlist: !!python/object/apply:os.getcwd []\n", "invalid config"),
    "not UTF-8": ("allowlist: [Zo\u00eb]\n".encode("cp1252"), "not UTF-8"),
    "nested aliases": ("allowlist: [&a [x, x, x, x], &b [*a, *a, *a, *a], &c [*b, *b, *b, *b]]\n",
                       "'allowlist' must be a list of strings"),
    # YAML alone would keep the last allowlist and drop "Jo Bloggs" without a word
    "duplicate key": ("allowlist: [Jo Bloggs]\nfail_on: direct\nallowlist: [Fife Council]\n",
                      ".redactcheck.yaml:3: invalid config: duplicate key 'allowlist' "
                      "(first given on line 1)"),
    "duplicate key in flow": ("{fail_on: direct, fail_on: never}\n",
                              ".redactcheck.yaml:1: invalid config: duplicate key 'fail_on'"),
}


@pytest.mark.parametrize("name", list(MALFORMED_CONFIG))
def test_malformed_config_is_one_line_and_exit_2(run: Any, tmp_path: Path, name: str) -> None:
    body, problem = MALFORMED_CONFIG[name]
    path = tmp_path / ".redactcheck.yaml"
    path.write_bytes(body if isinstance(body, bytes) else body.encode("utf-8"))
    (tmp_path / "draft.txt").write_text(RISKY, encoding="utf-8")
    result = run("check", "draft.txt")
    assert result.exit_code == 2 and result.stdout == ""
    lines = errors(result.stderr)
    assert len(lines) == 1 and str(path) in lines[0] and problem in lines[0], lines


RULE = "rules:\n  - id: team-code\n    category: CASE_REF\n    description: d\n"
MALFORMED_RULES = {
    "invalid YAML": (RULE + "    patterns: ['TC-\\d{4}'\n", "local.yaml:6: invalid YAML"),
    "tab indent": ("rules:\n\t- id: x\n", "local.yaml:2: invalid YAML"),
    "not UTF-8": ((RULE + "    terms: [Zo\u00eb]\n").encode("cp1252"), "cannot read rule file"),
    "not a mapping": ("- team-code\n", "local.yaml:1: a rule file is a mapping"),
    "rule not a mapping": ("rules: [team-code]\n", "rule 1 in 'rules' is not"),
    "look-behind": (RULE + "    patterns: ['(?<=TC-)\\d{4}']\n", "rule 'team-code': bad regex"),
    "back-reference": (RULE + "    patterns: ['(\\d)\\1{3}']\n", "rule 'team-code': bad regex"),
    "possessive": (RULE + "    patterns: ['TC-\\d++']\n", "rule 'team-code': bad regex"),
    # YAML alone would keep the second pattern only: TC- numbers would pass unflagged
    "duplicate key": (RULE + "    patterns: ['TC-\\d{4}']\n    patterns: ['XY-\\d{4}']\n",
                      "local.yaml:6: invalid YAML: duplicate key 'patterns' "
                      "(first given on line 5)"),
    "duplicate rules": (RULE + "rules: []\n",
                        "local.yaml:5: invalid YAML: duplicate key 'rules' "
                        "(first given on line 1)"),
}


@pytest.mark.parametrize("name", list(MALFORMED_RULES))
def test_malformed_or_unrunnable_user_rules_are_one_line_naming_file_and_rule(
    run: Any, tmp_path: Path, name: str
) -> None:
    """Refused at load, before any draft is read: RE2 cannot run what could backtrack, so
    the line names the file, the line and the rule and says what to write instead."""
    body, problem = MALFORMED_RULES[name]
    (tmp_path / "myrules").mkdir()
    rule_file = tmp_path / "myrules" / "local.yaml"
    rule_file.write_bytes(body if isinstance(body, bytes) else body.encode("utf-8"))
    (tmp_path / ".redactcheck.yaml").write_text("rules: [myrules]\n", encoding="utf-8")
    (tmp_path / "draft.txt").write_text(RISKY, encoding="utf-8")
    result = run("check", "draft.txt")
    assert result.exit_code == 2 and result.stdout == ""
    lines = errors(result.stderr)
    assert len(lines) == 1 and str(rule_file) in lines[0] and problem in lines[0], lines
    if "bad regex" in problem:
        assert "RE2" in lines[0] and f"{rule_file}:2:" in lines[0]


@pytest.mark.parametrize("command", ["check", "redact", "explain"])
def test_a_duplicate_key_given_by_option_is_one_line_and_exit_2(
    run: Any, tmp_path: Path, command: str
) -> None:
    """--config FILE and --rules DIR are read by the same strict loader as the files found."""
    (tmp_path / "draft.txt").write_text(RISKY, encoding="utf-8")
    settings = tmp_path / "settings.yml"
    settings.write_text("style: tag\nshow_text: true\nstyle: mask\n", encoding="utf-8")
    result = run(command, "--config", str(settings), "draft.txt")
    assert result.exit_code == 2 and result.stdout == ""
    assert errors(result.stderr) == [f"{ERROR_PREFIX} {settings}:3: invalid config: "
                                     "duplicate key 'style' (first given on line 1)"]
    (tmp_path / "myrules").mkdir()
    rule_file = tmp_path / "myrules" / "local.yaml"
    rule_file.write_text(RULE + "    category: PERSON\n    terms: [Jo]\n", encoding="utf-8")
    result = run(command, "--rules", str(tmp_path / "myrules"), "draft.txt")
    assert result.exit_code == 2 and result.stdout == ""
    assert errors(result.stderr) == [f"{ERROR_PREFIX} {rule_file}:5: invalid YAML: "
                                     "duplicate key 'category' (first given on line 3)"]
