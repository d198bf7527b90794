"""`redactcheck scan`: folders and exports, the results file, resume, redacted copies, reports.

Most tests drive the real CLI in-process with the session's real Linter (as test_cli does);
the resume test kills a real `redactcheck scan` process part-way, and the --jobs test
starts real worker processes. The drafts are fictional and written for these tests.
"""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from importlib.util import find_spec
from pathlib import Path
from typing import Any, Iterator

import pytest
from click.testing import CliRunner, Result

from redactcheck import cli
from redactcheck.cli.options import Runtime, load_linter
from redactcheck.batch.engines import Batch
from redactcheck.batch.results import FORMAT
from redactcheck.batch.sources import walk

ROOT = Path(__file__).resolve().parent.parent
RISKY = "Visited Jamie Thompson at 58 Kelvinhaugh Street, G51 3QW today. He is 14.\n"
SECRETS = ("Jamie", "Thompson", "Kelvinhaugh", "G51 3QW")
CLEAN = "Met the family at home. Mum was tired but engaged.\n"
OTHER = "Spoke to Callum Reid, 15, after school in Dundee.\n"


@pytest.fixture
def scan(monkeypatch: pytest.MonkeyPatch, linter: Any, tmp_path: Path) -> Iterator[Any]:
    """Invoke `redactcheck scan` in-process from tmp_path with the session's Linter."""
    runtime = Runtime(
        make_linter=lambda config: (
            linter
            if config.allowlist == ()
            and not config.rules
            and not config.disable
            and not config.subjects
            and not config.watchlist
            else load_linter(config)
        )
    )
    monkeypatch.chdir(tmp_path)

    def invoke(*args: str) -> Result:
        env = {"CI": None, "XDG_CONFIG_HOME": str(tmp_path / "no-user-config")}
        return CliRunner().invoke(
            cli.main, ["scan", *args], env=env, catch_exceptions=False, obj=runtime
        )

    invoke.runtime = runtime  # type: ignore[attr-defined]  # for `check` beside `scan`
    yield invoke


def lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_folders_honour_gitignore_from_the_repository_top_and_below(tmp_path: Path) -> None:
    """A .gitignore above the scanned folder (at the repository's top) counts, as git
    would apply it; so do nested ones, negations and hidden folders being skipped."""
    repo = tmp_path / "blog"
    (repo / ".git").mkdir(parents=True)
    write(repo / ".gitignore", "posts/private/\n*.bak.md\n")
    write(repo / "posts" / ".gitignore", "drafts/*\n!drafts/ready.md\n")
    for name in (
        "a.md",
        "private/b.md",
        "c.bak.md",
        "drafts/wip.md",
        "drafts/ready.md",
        ".hidden/d.md",
        "sub/e.txt",
        "sub/f.png",
    ):
        write(repo / "posts" / name, CLEAN)
    found = [
        os.path.relpath(p, repo / "posts")
        for p in walk(str(repo / "posts"), frozenset({".md", ".txt"}), print)
    ]
    assert found == ["a.md", os.path.join("drafts", "ready.md"), os.path.join("sub", "e.txt")]


def test_a_folder_outside_a_repository_uses_only_its_own_gitignores(tmp_path: Path) -> None:
    write(tmp_path / ".gitignore", "*.md\n")  # above the scanned folder, no repository: not ours
    write(tmp_path / "posts" / "a.md", CLEAN)
    write(tmp_path / "posts" / "sub" / ".gitignore", "b.md\n")
    write(tmp_path / "posts" / "sub" / "b.md", CLEAN)
    (tmp_path / ".git").mkdir()  # ...unless it is the repository's top
    assert list(walk(str(tmp_path / "posts"), frozenset({".md"}), print)) == []
    (tmp_path / ".git").rmdir()
    write(tmp_path / "posts" / ".git" / "HEAD", "")  # the scanned folder is the top
    assert [Path(p).name for p in walk(str(tmp_path / "posts"), frozenset({".md"}), print)] == [
        "a.md"
    ]


def test_results_have_one_header_and_one_line_per_document_without_text(
    scan: Any, tmp_path: Path
) -> None:
    write(tmp_path / "posts" / "risky.md", RISKY)
    write(tmp_path / "posts" / "clean.txt", CLEAN)
    result = scan("posts", "-o", "out.jsonl")
    assert result.exit_code == 1, result.output
    head, *records = lines(tmp_path / "out.jsonl")
    assert head["format"] == FORMAT and head["tool"] == "redactcheck"
    assert (
        {"version", "model", "settings"} <= set(head)
        and "redactcheck" in head["model"]
        or head["model"]
    )
    assert [r["id"] for r in records] == ["posts/clean.txt", "posts/risky.md"]
    risky = records[1]
    assert (
        risky["band"] == "high" and risky["direct"] is True and risky["categories"]["PERSON"] == 1
    )
    person = next(f for f in risky["findings"] if f["category"] == "PERSON")
    assert RISKY[person["start"] : person["end"]] == "Jamie Thompson" and person["line"] == 1
    raw = (tmp_path / "out.jsonl").read_text(encoding="utf-8")
    assert not any(secret in raw for secret in SECRETS)
    assert "Scanned 2 documents" in result.stdout and "1 reached --fail-on" in result.stdout


def test_include_text_puts_the_text_in(scan: Any, tmp_path: Path) -> None:
    write(tmp_path / "risky.md", RISKY)
    scan("risky.md", "-o", "out.jsonl", "--include-text")
    record = lines(tmp_path / "out.jsonl")[1]
    assert record["text"] == RISKY
    assert "Jamie Thompson" in [f["text"] for f in record["findings"]]


def test_findings_are_those_of_check(scan: Any, tmp_path: Path) -> None:
    """The same file gives the same offsets, categories and risk under scan and check."""
    write(tmp_path / "post.md", "# Visit\n\n" + RISKY + OTHER)
    scan("post.md", "-o", "out.jsonl")
    record = lines(tmp_path / "out.jsonl")[1]
    checked = CliRunner().invoke(
        cli.main, ["check", "post.md", "--format", "json", "--no-cache"], obj=scan.runtime
    )
    expected = json.loads(checked.stdout)["files"][0]
    assert record["risk"] == expected["risk"] and record["band"] == expected["band"]
    keys = ("start", "end", "line", "column", "category", "rule")
    assert [tuple(f[k] for k in keys) for f in record["findings"]] == [
        tuple(f[k] for k in keys) for f in expected["findings"]
    ]


def test_subject_and_watchlist_reach_the_scan(scan: Any, tmp_path: Path) -> None:
    """Every common option counts under scan as under check (they were dropped before)."""
    write(tmp_path / "post.md", "Our team manager, Lorna Geddes, chaired the meeting.\n")
    scan("post.md", "-o", "plain.jsonl")
    assert lines(tmp_path / "plain.jsonl")[1]["findings"] == []  # a professional in her role
    scan("post.md", "-o", "subject.jsonl", "--subject", "Lorna Geddes")
    assert [f["category"] for f in lines(tmp_path / "subject.jsonl")[1]["findings"]] == ["PERSON"]
    added = CliRunner().invoke(
        cli.main, ["watch", "add", "--watchlist", "store.json"], input="Lorna Geddes\n"
    )
    assert added.exit_code == 0, added.output
    scan("post.md", "-o", "watched.jsonl", "--watchlist", "store.json")
    assert [f["category"] for f in lines(tmp_path / "watched.jsonl")[1]["findings"]] == ["PERSON"]


def test_exports_keep_their_ids_and_honour_inline_directives(scan: Any, tmp_path: Path) -> None:
    posts = [
        {"post": "p-1", "body": RISKY},
        {"post": "p-2", "body": CLEAN},
        {"post": 3, "body": 'redactcheck: allow "Callum Reid"\n' + OTHER},
    ]
    write(tmp_path / "forum.jsonl", "".join(json.dumps(p) + "\n" for p in posts))
    with open(tmp_path / "logs.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["log_id", "entry"])
        writer.writerow(["L7", "A long entry\nover two lines.\n" + RISKY])
        writer.writerow(["L8", CLEAN])
    result = scan(
        "forum.jsonl",
        "logs.csv",
        "--text-field",
        "body",
        "--id-field",
        "post",
        "--text-column",
        "entry",
        "--id-column",
        "log_id",
        "-o",
        "out.jsonl",
    )
    assert result.exit_code == 1, result.output
    records = lines(tmp_path / "out.jsonl")[1:]
    assert [(r["source"], r["id"], r["record"]) for r in records] == [
        ("forum.jsonl", "p-1", 1),
        ("forum.jsonl", "p-2", 2),
        ("forum.jsonl", "3", 3),
        ("logs.csv", "L7", 2),
        ("logs.csv", "L8", 6),
    ]
    assert "PERSON" not in records[2]["categories"]  # the post's own allow directive
    assert records[3]["findings"][0]["line"] == 3  # lines counted within the post
    assert records[0]["categories"] == records[3]["categories"]


def test_bad_records_are_one_line_errors_and_the_rest_is_still_scanned(
    scan: Any, tmp_path: Path
) -> None:
    write(
        tmp_path / "forum.jsonl",
        "\n".join(
            [
                json.dumps({"id": "a", "text": CLEAN}),
                "{not json",
                json.dumps(["a list"]),
                json.dumps({"id": "b", "body": CLEAN}),
                json.dumps({"id": "a", "text": CLEAN}),
                json.dumps({"id": "c", "text": RISKY}),
                "",
            ]
        ),
    )
    write(tmp_path / "no-column.csv", "id,body\n1,hello\n")
    result = scan(
        "forum.jsonl",
        "no-column.csv",
        "missing.jsonl",
        "--id-field",
        "id",
        "-o",
        "out.jsonl",
        "--fail-on",
        "never",
    )
    assert result.exit_code == 2
    errors = result.stderr.splitlines()
    assert errors == [
        "redactcheck: error: forum.jsonl:2: not a JSON line",
        "redactcheck: error: forum.jsonl:3: not a JSON object",
        "redactcheck: error: forum.jsonl:4: no text in 'text'",
        "redactcheck: error: no-column.csv: no column 'text' (columns: id, body)",
        "redactcheck: error: missing.jsonl: no such file or folder",
        "redactcheck: error: forum.jsonl:5: id 'a' again; ids must be unique",
    ]
    assert [r["id"] for r in lines(tmp_path / "out.jsonl")[1:]] == ["a", "c"]
    assert "3 could not be read" not in result.stdout and "6 could not be read" in result.stdout


def test_config_allowlist_baseline_and_fail_on_are_those_of_check(
    scan: Any, tmp_path: Path
) -> None:
    write(tmp_path / "posts" / "risky.md", RISKY)
    assert scan("posts", "-o", "a.jsonl", "--fail-on", "never").exit_code == 0
    assert scan("posts", "-o", "b.jsonl", "--fail-on", "quasi").exit_code == 1
    write(tmp_path / ".redactcheck.yaml", "allowlist: [Jamie Thompson]\n")
    scan("posts", "-o", "c.jsonl")
    assert "PERSON" not in lines(tmp_path / "c.jsonl")[1]["categories"]
    (tmp_path / ".redactcheck.yaml").unlink()
    assert (
        CliRunner()
        .invoke(cli.main, ["baseline", "create", "posts", "-o", "base.json"], obj=scan.runtime)
        .exit_code
        == 0
    )
    result = scan("posts", "-o", "d.jsonl", "--baseline", "base.json")
    assert result.exit_code == 0, result.output
    assert lines(tmp_path / "d.jsonl")[1]["findings"] == []


def test_an_existing_output_needs_resume_and_resume_needs_the_same_settings(
    scan: Any, tmp_path: Path
) -> None:
    write(tmp_path / "post.md", CLEAN)
    assert scan("post.md", "-o", "out.jsonl").exit_code == 0
    again = scan("post.md", "-o", "out.jsonl")
    assert again.exit_code == 2 and "already exists (use --resume" in again.stderr
    other = scan("post.md", "-o", "out.jsonl", "--resume", "--allow", "Someone Else")
    assert other.exit_code == 2 and "made with other settings" in other.stderr
    assert len(lines(tmp_path / "out.jsonl")) == 2  # refused before anything was written
    assert scan("post.md", "--resume").exit_code == 2
    write(tmp_path / "notes.jsonl", "hello\n")
    wrong = scan("post.md", "-o", "notes.jsonl", "--resume")
    assert wrong.exit_code == 2 and "notes.jsonl:1: not a result line" in wrong.stderr


def test_resume_cuts_a_torn_last_line_and_skips_what_is_done(scan: Any, tmp_path: Path) -> None:
    for n in range(3):
        write(tmp_path / "posts" / f"{n}.md", RISKY if n == 1 else CLEAN)
    scan("posts", "-o", "full.jsonl", "--fail-on", "never")
    full = (tmp_path / "full.jsonl").read_bytes().splitlines(keepends=True)
    (tmp_path / "cut.jsonl").write_bytes(b"".join(full[:2]) + full[2][:25])  # killed mid-line
    result = scan("posts", "-o", "cut.jsonl", "--resume", "--fail-on", "high")
    assert (tmp_path / "cut.jsonl").read_bytes() == b"".join(full)
    assert "(1 from an earlier run)" in result.stdout
    assert result.exit_code == 1  # the risky post was checked in this run, and counts


def test_a_resumed_document_still_counts_for_fail_on(scan: Any, tmp_path: Path) -> None:
    write(tmp_path / "posts" / "risky.md", RISKY)
    scan("posts", "-o", "out.jsonl", "--fail-on", "never")
    result = scan("posts", "-o", "out.jsonl", "--resume")
    assert result.exit_code == 1 and "(1 from an earlier run)" in result.stdout


def test_redact_to_writes_a_redacted_copy_of_each_document(scan: Any, tmp_path: Path) -> None:
    write(tmp_path / "posts" / "sub" / "risky.md", RISKY)
    write(tmp_path / "forum.jsonl", json.dumps({"id": "../../etc/x", "text": RISKY}) + "\n")
    scan("posts", "forum.jsonl", "--id-field", "id", "-o", "out.jsonl", "--redact-to", "redacted")
    copies = sorted(
        p.relative_to(tmp_path / "redacted")
        for p in (tmp_path / "redacted").rglob("*")
        if p.is_file()
    )
    assert copies[1] == Path("posts/sub/risky.md")
    assert copies[0].parent == Path("forum") and copies[0].name.startswith("_.._etc_x-")
    for copy in copies:
        text = (tmp_path / "redacted" / copy).read_text(encoding="utf-8")
        assert text.startswith("Visited ") and not any(secret in text for secret in SECRETS)


def test_html_report_is_self_contained_and_holds_no_draft_text(scan: Any, tmp_path: Path) -> None:
    write(tmp_path / "posts" / "risky.md", RISKY)
    write(tmp_path / "posts" / "other.md", OTHER)
    write(tmp_path / "posts" / "clean.md", CLEAN)
    scan("posts", "-o", "out.jsonl", "--html", "report.html")
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<svg" in page and "Documents by band" in page
    assert "Top categories" in page and "<td>PERSON</td><td>2</td>" in page
    for external in ("http:", "https:", "src=", "<script", "<link", "url(", "@import"):
        assert external not in page
    assert not any(secret in page for secret in SECRETS + ("Callum", "Dundee"))
    assert page.count("<rect") >= 2  # the chart has bars for the risky and the clean posts


def test_results_on_stdout_and_the_summary_on_stderr(scan: Any, tmp_path: Path) -> None:
    write(tmp_path / "post.md", CLEAN)
    result = scan("post.md")
    head, record = [json.loads(line) for line in result.stdout.splitlines()]
    assert head["format"] == FORMAT and record["id"] == "post.md"
    assert result.stderr.startswith("Scanned 1 documents")


def test_progress_bar_only_when_asked_or_on_a_terminal(scan: Any, tmp_path: Path) -> None:
    write(tmp_path / "post.md", CLEAN)
    assert "scanning" not in scan("post.md", "-o", "a.jsonl").stderr
    assert "1/1" in scan("post.md", "-o", "b.jsonl", "--progress").stderr


def test_nothing_to_scan_and_a_missing_extra_are_usage_errors(scan: Any, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = scan("empty")
    assert (
        result.exit_code == 2
        and result.stderr.strip() == "redactcheck: error: empty: nothing to scan"
    )
    assert scan("empty", "--scheduler", "tcp://127.0.0.1:1").exit_code == 2
    piped = scan("-")
    assert piped.exit_code == 2 and "not stdin (use check for piped text)" in piped.stderr


def test_a_broken_rule_file_is_one_line_before_any_worker_starts(scan: Any, tmp_path: Path) -> None:
    write(tmp_path / "post.md", CLEAN)
    write(tmp_path / "my-rules" / "broken.yaml", "rules: [\n")
    engines = [["--jobs", "2"]] + ([["--engine", "dask"]] if find_spec("distributed") else [])
    for engine in engines:
        result = scan("post.md", "--rules", "my-rules", "-o", "results.jsonl", *engine)
        assert result.exit_code == 2, result.output
        assert result.stderr.startswith("redactcheck: error: ") and "broken.yaml" in result.stderr
        assert len(result.stderr.splitlines()) == 1
        assert not Path("results.jsonl").exists()


def test_a_file_named_twice_is_scanned_once(scan: Any, tmp_path: Path) -> None:
    write(tmp_path / "posts" / "a.md", CLEAN)
    result = scan("posts", "posts/a.md", "-o", "out.jsonl")
    assert result.exit_code == 0 and result.stderr == ""
    assert [r["id"] for r in lines(tmp_path / "out.jsonl")[1:]] == ["posts/a.md"]


def test_a_batch_never_shows_its_text() -> None:
    """A scheduler that logs a failed task prints its arguments: a Batch shows no draft."""
    from redactcheck.batch.sources import record_document

    batch = Batch([record_document("x#1", RISKY)])
    assert repr(batch) == "<Batch of 1 documents>" and "Jamie" not in str(batch)


def test_jobs_give_the_same_results_as_one_process(scan: Any, tmp_path: Path) -> None:
    """Two real worker processes, each loading the model once, give byte-identical lines."""
    posts = [RISKY, CLEAN, OTHER, "Mrs K said her son Aiden, 9, loves Tynecastle.\n"] * 5
    write(tmp_path / "forum.jsonl", "".join(json.dumps({"text": p}) + "\n" for p in posts))
    scan("forum.jsonl", "-o", "one.jsonl")
    result = scan("forum.jsonl", "-o", "two.jsonl", "--jobs", "2")
    assert result.exit_code == 1
    assert (tmp_path / "one.jsonl").read_text() == (tmp_path / "two.jsonl").read_text()


def _posts(tmp_path: Path, count: int) -> Path:
    names = ["Jamie Thompson", "Callum Reid", "Aiden McLeod", "Sophie Garner", "Priya Mistry"]
    with open(tmp_path / "posts.jsonl", "w", encoding="utf-8") as handle:
        for n in range(count):
            text = (
                f"Post {n}. I met {names[n % 5]} at the drop-in on Tuesday. "
                f"They are {10 + n % 8} and live near Leith. Placeholder Child J is fine.\n"
            ) * 3
            handle.write(json.dumps({"id": f"post-{n:03d}", "text": text}) + "\n")
    return tmp_path / "posts.jsonl"


def test_a_killed_scan_resumes_to_the_same_results(tmp_path: Path) -> None:
    """Kill a real `redactcheck scan` part-way (SIGKILL: no clean-up at all), resume it,
    and get exactly the lines of a run that was never interrupted."""
    export = _posts(tmp_path, 120)
    program = [
        sys.executable,
        "-m",
        "redactcheck",
        "scan",
        str(export),
        "--id-field",
        "id",
        "--fail-on",
        "never",
    ]
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "cfg"), "CI": ""}
    killed = tmp_path / "killed.jsonl"
    process = subprocess.Popen(
        [*program, "-o", str(killed)],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if killed.exists() and killed.read_bytes().count(b"\n") >= 6:
            break
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    before = killed.read_bytes().count(b"\n") - 1
    assert 5 <= before < 120, f"the run was not killed part-way ({before} lines)"
    with open(killed, "ab") as handle:  # and a line torn as a write was cut short
        handle.write(b'{"id": "post-9')
    resumed = subprocess.run(
        [*program, "-o", str(killed), "--resume"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert resumed.returncode == 0, resumed.stderr
    assert f"({before} from an earlier run)" in resumed.stdout
    whole = tmp_path / "whole.jsonl"
    subprocess.run(
        [*program, "-o", str(whole)],
        env=env,
        cwd=tmp_path,
        check=True,
        capture_output=True,
        timeout=300,
    )
    assert killed.read_text(encoding="utf-8") == whole.read_text(encoding="utf-8")


def test_an_export_that_is_not_utf8_is_one_line_after_its_good_lines(
    scan: Any, tmp_path: Path
) -> None:
    good = json.dumps({"text": CLEAN}).encode() + b"\n"
    (tmp_path / "a.jsonl").write_bytes(good + b'{"text": "caf\xe9"}\n' + good)
    (tmp_path / "b.csv").write_bytes(b"text\nfine\ncaf\xe9\n")
    result = scan("a.jsonl", "b.csv", "-o", "out.jsonl")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "redactcheck: error: a.jsonl:2: not UTF-8 text",
        "redactcheck: error: b.csv: not a readable CSV file (not UTF-8 text)",
    ]
    assert [r["record"] for r in lines(tmp_path / "out.jsonl")[1:]] == [1, 3]  # nothing from b.csv


def test_a_weak_name_alone_fails_scan_only_under_any_direct(scan: Any, tmp_path: Path) -> None:
    """Issue 15: scan takes check's decision, also for a document read back with --resume."""
    write(
        tmp_path / "posts" / "note.md",
        "I spoke to Brannoch about the rota yesterday and we agreed to meet again.\n",
    )
    assert scan("posts", "-o", "a.jsonl").exit_code == 0
    assert [f["strength"] for f in lines(tmp_path / "a.jsonl")[1]["findings"]] == ["weak"]
    assert scan("posts", "-o", "b.jsonl", "--fail-on", "any-direct").exit_code == 1
    assert scan("posts", "-o", "a.jsonl", "--resume", "--fail-on", "any-direct").exit_code == 1
    assert scan("posts", "-o", "a.jsonl", "--resume").exit_code == 0
