"""The command line as people and CI use it: exit codes, output lines, errors.

Most tests drive the real `redactcheck.cli.main` through click's CliRunner.
Building a Linter costs about two seconds, so invocations whose settings match
the session's `linter` fixture reuse it (handed in as click's `obj`, a
`Runtime` whose `make_linter` gives back the shared, real Linter); any other
settings (extra rule folders, another model) build a fresh one exactly as the CLI would. A few
tests run the installed program in a subprocess to check exit code, stdout
and stderr together, with nothing patched.
"""
from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any, Iterator

import pytest
from click.testing import CliRunner, Result

from redactcheck import cli
from redactcheck.cli.options import Runtime, load_linter
from redactcheck.resources import data_dir
from redactcheck.detect.rulefile import load_rules
from redactcheck.types import Category, line_col
from redactcheck.risk.wording import category_words, kind_words

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

NAME = "Jamie Thompson"
STREET = "58 Kelvinhaugh Street"
POSTCODE = "G51 3QW"
RISKY = (
    "Case notes\n"
    "\n"
    f"Visited {NAME} at {STREET}, {POSTCODE} today.\n"
    "He was quiet but engaged.\n"
)
SECRETS = (NAME, "Thompson", STREET, "Kelvinhaugh", POSTCODE)
CLEAN = "Met the family at home. Mum was tired but engaged.\n"
QUASI_ONLY = "The young person, aged 15, has been supported by the team since last spring.\n"

# path:line:col: what it is (how it identifies): explanation [matched text]
KIND_WORDS = {kind_words(k): k for k in ("direct", "quasi")}
CATEGORY_WORDS = {category_words(c.value): c.value for c in Category}
FINDING_LINE = re.compile(
    r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<words>[a-z][^(:]*?) "
    r"\((?P<kind_words>identifies someone[^)]*)\): (?P<rest>.*)$"
)


class FindingLine(dict):
    """A parsed finding line, with the category and kind its plain words stand for."""

    def group(self, index: int = 0) -> str:
        return self["line_text"]


def parse_finding_line(line: str) -> FindingLine | None:
    match = FINDING_LINE.match(line)
    if match is None:
        return None
    parsed = FindingLine(match.groupdict(), line_text=line)
    parsed["category"] = CATEGORY_WORDS[match["words"]]
    parsed["kind"] = KIND_WORDS[match["kind_words"]]
    return parsed
ERROR_PREFIX = "redactcheck: error:"
PERSON_DIRECT = f"{category_words('PERSON')} ({kind_words('direct')}): "


def position(text: str, needle: str) -> tuple[int, int]:
    """1-based line and column of the first occurrence of needle."""
    return line_col(text, text.index(needle))


def finding_lines(output: str) -> list[FindingLine]:
    return [m for m in map(parse_finding_line, output.splitlines()) if m]


def _engine_settings(config: Any) -> tuple[Any, ...]:
    """What a Linter is built from; fail_on, show_text and style are CLI-only."""
    return (config.model, config.rules, config.disable, config.allowlist, config.allowlist_patterns)


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, linter: Any, tmp_path: Path) -> Iterator[Any]:
    """Invoke the CLI in-process from tmp_path; returns click's Result."""
    def shared_or_real(config: Any) -> Any:
        if _engine_settings(config) == _engine_settings(linter.config):
            return linter
        return load_linter(config)

    monkeypatch.chdir(tmp_path)

    def invoke(*args: str, input: str | bytes | None = None, env: dict[str, str | None] | None = None) -> Result:
        # CI may be set in the environment running the tests: unset it unless a test sets it.
        full_env: dict[str, str | None] = {"CI": None, "XDG_CONFIG_HOME": str(tmp_path / "no-user-config")}
        full_env.update(env or {})
        return CliRunner().invoke(
            cli.main, list(args), input=input, env=full_env, catch_exceptions=False,
            obj=Runtime(make_linter=shared_or_real),
        )

    yield invoke


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "draft.txt"
    path.write_text(RISKY, encoding="utf-8")
    return path


def assert_one_line_error(result: Result, *expected: str) -> None:
    assert result.exit_code == 2, (result.exit_code, result.stdout, result.stderr)
    err = result.stderr
    assert "Traceback" not in err and "Traceback" not in result.stdout
    lines = err.splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got {lines!r}"
    assert lines[0].startswith(ERROR_PREFIX), lines[0]
    for piece in expected:
        assert piece in lines[0], (piece, lines[0])


def cli_command() -> list[str]:
    """The installed console script beside this interpreter, else `python -m redactcheck.cli`."""
    script = Path(sys.executable).with_name("redactcheck")
    return [str(script)] if script.exists() else [sys.executable, "-m", "redactcheck"]


def run_process(args: list[str], cwd: Path, env: dict[str, str] | None = None, input: bytes | None = None) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k != "CI"}
    base["PYTHONPATH"] = str(ROOT)  # this checkout's code, not whichever copy the venv installed
    base["XDG_CONFIG_HOME"] = str(cwd / "no-user-config")
    base.update(env or {})
    return subprocess.run(
        cli_command() + args, cwd=cwd, env=base, input=input, capture_output=True, timeout=300,
        text=input is None,
    )


# --- check: findings, exit codes, output formats ------------------------------------------


def test_risky_draft_exits_1_with_located_findings_and_matched_text(run: Any, draft: Path) -> None:
    result = run("check", "draft.txt")
    assert result.exit_code == 1, result.stderr
    assert result.stderr == ""
    line, col = position(RISKY, NAME)
    expected = f"draft.txt:{line}:{col}: {PERSON_DIRECT}"
    person = [l for l in result.stdout.splitlines() if l.startswith(expected)]
    assert person, result.stdout
    assert NAME in person[0]
    categories = {m["category"] for m in finding_lines(result.stdout)}
    assert {"PERSON", "ADDRESS", "POSTCODE"} <= categories
    for match in finding_lines(result.stdout):
        if match["category"] in ("PERSON", "ADDRESS", "POSTCODE"):
            assert match["kind"] == "direct"


def test_clean_draft_exits_0(run: Any, tmp_path: Path) -> None:
    (tmp_path / "clean.md").write_text(CLEAN, encoding="utf-8")
    result = run("check", "clean.md")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert finding_lines(result.stdout) == []
    assert "clean.md" in result.stdout  # the per-file line still says it was checked


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
def test_ci_env_hides_matched_text_in_every_format(run: Any, draft: Path, fmt: str) -> None:
    result = run("check", "--format", fmt, "draft.txt", env={"CI": "true"})
    assert result.exit_code == 1
    everything = result.stdout + result.stderr
    for secret in SECRETS:
        assert secret not in everything, f"{secret!r} leaked in {fmt} output with CI set"
    assert "PERSON" in everything or PERSON_DIRECT in everything


def test_hide_text_flag_keeps_categories_and_prints_risk_per_file(run: Any, draft: Path) -> None:
    result = run("check", "--hide-text", "draft.txt")
    assert result.exit_code == 1
    for secret in SECRETS:
        assert secret not in result.stdout + result.stderr
    line, col = position(RISKY, NAME)
    assert any(l.startswith(f"draft.txt:{line}:{col}: {PERSON_DIRECT}") for l in result.stdout.splitlines())
    file_lines = [l for l in result.stdout.splitlines() if l.startswith("draft.txt:") and not FINDING_LINE.match(l)]
    assert file_lines, result.stdout
    assert re.search(r"\b\d+(\.\d+)?\b", file_lines[0]) and "high" in file_lines[0]


def test_show_text_flag_overrides_ci(run: Any, draft: Path) -> None:
    result = run("check", "--show-text", "draft.txt", env={"CI": "true"})
    assert result.exit_code == 1
    assert NAME in result.stdout


@pytest.mark.parametrize(
    "text,args,expected",
    [
        (QUASI_ONLY, [], 0),
        (QUASI_ONLY, ["--fail-on", "quasi"], 1),
        (QUASI_ONLY, ["--fail-on", "score:10"], 1),
        (QUASI_ONLY, ["--fail-on", "score:50"], 0),
        (QUASI_ONLY, ["--fail-on", "direct"], 0),
        (RISKY, ["--fail-on", "direct"], 1),
        (RISKY, ["--fail-on", "never"], 0),
        (RISKY, ["--fail-on", "score:50"], 1),
        (CLEAN, ["--fail-on", "quasi"], 0),
    ],
    ids=["quasi-default", "quasi-quasi", "quasi-score10", "quasi-score50", "quasi-direct",
         "risky-direct", "risky-never", "risky-score50", "clean-quasi"],
)
def test_fail_on(run: Any, tmp_path: Path, text: str, args: list[str], expected: int) -> None:
    (tmp_path / "note.txt").write_text(text, encoding="utf-8")
    result = run("check", *args, "note.txt")
    assert result.exit_code == expected, result.stdout + result.stderr


def test_fail_on_from_project_config(run: Any, tmp_path: Path, draft: Path) -> None:
    (tmp_path / ".redactcheck.yaml").write_text("fail_on: never\n", encoding="utf-8")
    assert run("check", "draft.txt").exit_code == 0
    assert run("check", "--fail-on", "direct", "draft.txt").exit_code == 1  # flags beat files


def test_stdin_dash(run: Any) -> None:
    result = run("check", "-", input=RISKY.encode("utf-8"))
    assert result.exit_code == 1, result.stderr
    line, col = position(RISKY, NAME)
    assert f"<stdin>:{line}:{col}: {PERSON_DIRECT}" in result.stdout
    clean = run("check", "-", input=CLEAN.encode("utf-8"))
    assert clean.exit_code == 0


def test_json_format_parses_with_line_and_column(run: Any, draft: Path) -> None:
    result = run("check", "--format", "json", "draft.txt")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    files = data["files"]
    assert [f["source"] for f in files] == ["draft.txt"]
    findings = files[0]["findings"]
    line, col = position(RISKY, NAME)
    person = [f for f in findings if f["category"] == "PERSON"]
    assert person and (person[0]["line"], person[0]["column"]) == (line, col)
    assert person[0]["text"] == NAME and person[0]["kind"] == "direct"
    for f in findings:
        assert RISKY[f["start"] : f["end"]] == f["text"]
        assert (f["line"], f["column"]) == line_col(RISKY, f["start"])


def test_folder_expands_to_checkable_files_and_skips_hidden(run: Any, tmp_path: Path) -> None:
    folder = tmp_path / "posts"
    (folder / ".drafts").mkdir(parents=True)
    (folder / "a.txt").write_text(RISKY, encoding="utf-8")
    (folder / "b.md").write_text(CLEAN, encoding="utf-8")
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 32)
    (folder / ".drafts" / "secret.txt").write_text(RISKY, encoding="utf-8")
    result = run("check", "posts")
    assert result.exit_code == 1, result.stderr
    paths = {m["path"] for m in finding_lines(result.stdout)}
    assert paths == {os.path.join("posts", "a.txt")}
    assert "b.md" in result.stdout
    assert "photo.png" not in result.stdout and ".drafts" not in result.stdout


# --- input and usage errors: exit 2, one line on stderr -----------------------------------


def _setup_error_case(tmp_path: Path, case: str) -> tuple[list[str], tuple[str, ...]]:
    (tmp_path / "draft.txt").write_text(RISKY, encoding="utf-8")
    rules = tmp_path / "myrules"
    if case == "missing file":
        return ["check", "nope.txt"], ("nope.txt", "no such file")
    if case == "folder with no checkable files":
        (tmp_path / "pictures").mkdir()
        (tmp_path / "pictures" / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
        return ["check", "pictures"], ("pictures",)
    if case == "binary file":
        (tmp_path / "scan.txt").write_bytes(b"%PDF-1.7\n" + bytes(range(256)))
        return ["check", "scan.txt"], ("scan.txt", "binary")
    if case == "nul bytes":
        (tmp_path / "odd.txt").write_bytes(b"Visited at home\x00\x01\x02 today\n")
        return ["check", "odd.txt"], ("odd.txt", "binary")
    if case == "invalid utf-8":
        (tmp_path / "latin.txt").write_bytes("Visited Zo\u00eb at home.\n".encode("cp1252"))
        return ["check", "latin.txt"], ("latin.txt", "UTF-8")
    if case == "utf-16":
        (tmp_path / "wide.txt").write_bytes("Visited at home today.\n".encode("utf-16"))
        return ["check", "wide.txt"], ("wide.txt", "UTF-16")
    if case == "empty file":
        (tmp_path / "empty.txt").write_bytes(b"")
        return ["check", "empty.txt"], ("empty.txt", "empty")
    if case == "whitespace-only file":
        (tmp_path / "blank.md").write_bytes(b"  \n\n\t\n")
        return ["check", "blank.md"], ("blank.md", "empty")
    if case == "malformed rule file":
        rules.mkdir()
        (rules / "local.yaml").write_text("rules: 3\n", encoding="utf-8")
        return ["check", "--rules", "myrules", "draft.txt"], ("local.yaml", "rules")
    if case == "invalid yaml rule file":
        rules.mkdir()
        (rules / "local.yaml").write_text("rules:\n  - id: x\n    patterns: [\n", encoding="utf-8")
        return ["check", "--rules", "myrules", "draft.txt"], ("local.yaml", "YAML")
    if case == "user regex RE2 cannot run":
        rules.mkdir()
        (rules / "local.yaml").write_text(
            "rules:\n  - id: team-code\n    category: CASE_REF\n    description: d\n    patterns: ['(?<=ref )\\d+']\n",
            encoding="utf-8",
        )
        return ["check", "--rules", "myrules", "draft.txt"], ("local.yaml:2:", "team-code", "look-around", "group:")
    if case == "missing rule folder":
        return ["check", "--rules", "no-such-rules", "draft.txt"], ("no-such-rules",)
    if case == "bad config key":
        (tmp_path / "settings.yaml").write_text("colour: red\n", encoding="utf-8")
        return ["check", "--config", "settings.yaml", "draft.txt"], ("settings.yaml", "colour")
    if case == "bad project config key":
        (tmp_path / ".redactcheck.yaml").write_text("fail-on: never\n", encoding="utf-8")
        return ["check", "draft.txt"], (".redactcheck.yaml", "fail-on")
    if case == "missing config file":
        return ["check", "--config", "nowhere.yaml", "draft.txt"], ("nowhere.yaml",)
    if case == "bad fail-on":
        return ["check", "--fail-on", "sometimes", "draft.txt"], ("fail_on",)
    if case == "unknown model":
        return ["check", "--model", "no_such_pipeline_xyz", "draft.txt"], ("no_such_pipeline_xyz",)
    if case == "rules command with bad rules":
        rules.mkdir()
        (rules / "local.yaml").write_text("rules: 3\n", encoding="utf-8")
        return ["rules", "--rules", "myrules"], ("local.yaml",)
    if case == "redact missing file":
        return ["redact", "nope.md"], ("nope.md", "no such file")
    if case == "redact a folder":
        (tmp_path / "folder").mkdir()
        return ["redact", "folder"], ("folder", "directory")
    if case == "redact in-place stdin":
        return ["redact", "--in-place", "-"], ("--in-place",)
    if case == "redact output in missing folder":
        return ["redact", "draft.txt", "-o", str(tmp_path / "no" / "such" / "out.txt")], ("out.txt", "cannot write")
    raise AssertionError(case)


ERROR_CASES = [
    "missing file", "folder with no checkable files", "binary file", "nul bytes", "invalid utf-8", "utf-16",
    "empty file", "whitespace-only file", "malformed rule file", "invalid yaml rule file", "user regex RE2 cannot run",
    "missing rule folder", "bad config key", "bad project config key", "missing config file", "bad fail-on",
    "unknown model", "rules command with bad rules", "redact missing file", "redact a folder",
    "redact in-place stdin", "redact output in missing folder",
]


@pytest.mark.parametrize("case", ERROR_CASES)
def test_input_and_usage_errors_exit_2_with_one_line(run: Any, tmp_path: Path, case: str) -> None:
    args, expected = _setup_error_case(tmp_path, case)
    result = run(*args)
    assert_one_line_error(result, *expected)
    assert NAME not in result.stdout + result.stderr


# --- redact ---------------------------------------------------------------------------------


def test_redact_to_stdout(run: Any, draft: Path) -> None:
    result = run("redact", "--style", "tag", "draft.txt")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "[PERSON]" in out and "[POSTCODE]" in out
    for secret in SECRETS:
        assert secret not in out
    assert out.startswith("Case notes\n\nVisited [PERSON] at ")
    assert out.count("\n") == RISKY.count("\n")
    assert draft.read_text(encoding="utf-8") == RISKY  # untouched


def test_redact_stdin_and_markdown_markup_kept(run: Any, tmp_path: Path) -> None:
    result = run("redact", "-", input=RISKY.encode("utf-8"))
    assert result.exit_code == 0 and "Visited Person A at " in result.stdout  # the default: readable pseudonyms
    (tmp_path / "post.md").write_text(f"# A visit\n\nI visited **{NAME}** today.\n", encoding="utf-8")
    md = run("redact", "--style", "tag", "post.md")
    assert md.exit_code == 0
    assert md.stdout == "# A visit\n\nI visited **[PERSON]** today.\n"


def test_redact_output_file(run: Any, tmp_path: Path, draft: Path) -> None:
    out = tmp_path / "out" / "redacted.txt"
    out.parent.mkdir()
    result = run("redact", "--style", "tag", "draft.txt", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    text = out.read_text(encoding="utf-8")
    assert "[PERSON]" in text and NAME not in text
    assert draft.read_text(encoding="utf-8") == RISKY
    assert sorted(os.listdir(out.parent)) == ["redacted.txt"]


def test_redact_in_place_with_backup_is_atomic_and_keeps_mode(run: Any, tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    target = folder / "draft.txt"
    target.write_text(RISKY, encoding="utf-8")
    target.chmod(0o640)
    result = run("redact", "--style", "tag", "--in-place", "--backup", str(target))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert sorted(os.listdir(folder)) == ["draft.txt", "draft.txt.bak"]  # no temp file left behind
    assert (folder / "draft.txt.bak").read_text(encoding="utf-8") == RISKY
    redacted = target.read_text(encoding="utf-8")
    assert "[PERSON]" in redacted and NAME not in redacted
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_redact_in_place_without_backup_leaves_only_the_file(run: Any, tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "draft.txt").write_text(RISKY, encoding="utf-8")
    result = run("redact", "--in-place", str(folder / "draft.txt"))
    assert result.exit_code == 0, result.stderr
    assert os.listdir(folder) == ["draft.txt"]
    assert NAME not in (folder / "draft.txt").read_text(encoding="utf-8")


# --- rules, help, version -------------------------------------------------------------------


def test_rules_lists_every_packaged_rule_id(run: Any) -> None:
    result = run("rules")
    assert result.exit_code == 0, result.stderr
    listed = {line.split()[0] for line in result.stdout.splitlines() if line.strip()}
    expected = {spec.id for spec in load_rules([data_dir("rules")])}
    assert "chi-number" in expected
    assert expected <= listed
    assert re.search(rf"^{len(expected)} rules\b", result.stdout, re.M)


def test_rules_includes_user_rules(run: Any, tmp_path: Path) -> None:
    (tmp_path / "myrules").mkdir()
    (tmp_path / "myrules" / "team.yaml").write_text(
        "rules:\n  - id: team-code\n    category: CASE_REF\n    description: our team's case codes\n"
        "    patterns: ['\\bTC-\\d{6}\\b']\n",
        encoding="utf-8",
    )
    result = run("rules", "--rules", "myrules")
    assert result.exit_code == 0, result.stderr
    assert any(line.startswith("team-code ") for line in result.stdout.splitlines())


@pytest.mark.parametrize("args", [["--help"], ["-h"], ["check", "--help"], ["redact", "--help"], ["rules", "--help"]])
def test_help_everywhere(run: Any, args: list[str]) -> None:
    result = run(*args)
    assert result.exit_code == 0
    assert "Usage:" in result.stdout


def test_version(run: Any) -> None:
    import redactcheck

    result = run("--version")
    assert result.exit_code == 0
    assert redactcheck.__version__ in result.stdout


def test_help_and_version_do_not_import_spacy(tmp_path: Path) -> None:
    code = (
        "import sys, redactcheck.cli as c\n"
        "for args in (['--help'], ['--version'], ['check', '--help'], ['redact', '--help'], ['rules', '--help']):\n"
        "    try:\n"
        "        c.main.main(args, prog_name='redactcheck', standalone_mode=False)\n"
        "    except SystemExit:\n"
        "        pass\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'thinc', 'presidio_analyzer', 'presidio_anonymizer'))\n"
        "print('HEAVY=' + ','.join(heavy))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "Usage:" in proc.stdout
    assert proc.stdout.strip().splitlines()[-1] == "HEAVY=", proc.stdout.splitlines()[-1]


# --- real processes: exit code, stdout and stderr together ----------------------------------


def test_process_risky_draft(tmp_path: Path) -> None:
    (tmp_path / "draft.txt").write_text(RISKY, encoding="utf-8")
    proc = run_process(["check", "draft.txt"], tmp_path)
    assert proc.returncode == 1, proc.stderr
    line, col = position(RISKY, NAME)
    assert f"draft.txt:{line}:{col}: {PERSON_DIRECT}" in proc.stdout
    assert NAME in proc.stdout
    assert "Traceback" not in proc.stderr


def test_process_ci_hides_text_and_still_fails(tmp_path: Path) -> None:
    (tmp_path / "draft.txt").write_text(RISKY, encoding="utf-8")
    proc = run_process(["check", "draft.txt"], tmp_path, env={"CI": "true"})
    assert proc.returncode == 1, proc.stderr
    for secret in SECRETS:
        assert secret not in proc.stdout + proc.stderr
    assert PERSON_DIRECT in proc.stdout
    assert re.search(r"^draft\.txt: .*\bhigh\b", proc.stdout, re.M), proc.stdout


def test_process_stdin_clean_exits_0(tmp_path: Path) -> None:
    proc = run_process(["check", "-"], tmp_path, input=CLEAN.encode("utf-8"))
    assert proc.returncode == 0, proc.stderr
    assert b"Traceback" not in proc.stderr


def test_process_input_error_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "latin.txt").write_bytes("Visited Zo\u00eb at home.\n".encode("cp1252"))
    proc = run_process(["check", "latin.txt"], tmp_path)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert len(proc.stderr.splitlines()) == 1 and proc.stderr.startswith(ERROR_PREFIX), proc.stderr


def test_process_version_and_help(tmp_path: Path) -> None:
    version = run_process(["--version"], tmp_path)
    assert version.returncode == 0 and "0." in version.stdout
    usage = run_process(["check", "--format", "yaml", "x.txt"], tmp_path)
    assert usage.returncode == 2 and "Traceback" not in usage.stderr


# --- the shipped examples ---------------------------------------------------------------------


@pytest.mark.skipif(not (EXAMPLES / "risky-closed-group.txt").is_file(), reason="examples not written yet")
def test_example_risky_closed_group_post(run: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    relative = "examples/risky-closed-group.txt"
    text = (ROOT / relative).read_text(encoding="utf-8")
    result = run("check", relative)
    assert result.exit_code == 1, result.stdout + result.stderr
    people = [m for m in finding_lines(result.stdout) if m["category"] == "PERSON"]
    assert people, result.stdout
    rows = text.splitlines()
    names = []
    for match in people:
        assert match["path"] == relative and match["kind"] == "direct"
        shown = re.search(r" \[([^\]]+)\]$", match["rest"])
        assert shown, match.group(0)
        line, col = int(match["line"]), int(match["col"])
        # line:col (1-based, in characters) must point at the text the finding shows.
        assert rows[line - 1][col - 1 :].startswith(shown.group(1)), (match.group(0), rows[line - 1])
        assert line_col(text, text.index(shown.group(1), sum(len(r) + 1 for r in rows[: line - 1]))) == (line, col)
        if re.fullmatch(r"[A-Z][a-z'-]+(?: [A-Z][a-z'-]+)+", shown.group(1)):
            names.append(shown.group(1))
    assert names, "expected at least one full name among the PERSON findings"


@pytest.mark.skipif(not (EXAMPLES / "anonymised-blog.md").is_file(), reason="examples not written yet")
def test_example_anonymised_blog_passes(run: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = run("check", "examples/anonymised-blog.md")
    assert result.exit_code == 0, result.stdout + result.stderr


def test_a_front_matter_tag_thanks_hides_nothing_after_it(run: Any, tmp_path: Path) -> None:
    """A value "thanks" in front matter is revealed on a line of its own; it is no sign-off."""
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: Notes\ntags:\n  - thanks\n---\n\nWe met Corinne Baptiste, "
                    "her mobile is 07700 900456.\n", encoding="utf-8")
    result = run("check", "--format", "json", "--no-cache", str(post))
    found = {f["text"] for f in json.loads(result.stdout)["files"][0]["findings"]}
    assert {"Corinne Baptiste", "07700 900456"} <= found
    assert result.exit_code == 1


def test_suppressed_findings_have_their_line_and_column_fresh_and_cached(run: Any, tmp_path: Path) -> None:
    """A byline's line:col in JSON is the same on a fresh run and from the cache, never 0:0."""
    post = tmp_path / "post.txt"
    post.write_text("Posted by Joanne Pike\n\nWe met the family today.\n", encoding="utf-8")
    runs = [json.loads(run("check", "--format", "json", str(post)).stdout) for _ in range(2)]
    where = [[(s["line"], s["column"]) for s in r["files"][0]["suppressed"]] for r in runs]
    assert where[0] == where[1] == [(1, 11)]
