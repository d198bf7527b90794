"""Inline ignores in drafts: the author's decisions, visible and counted.

Directives come from the real document readers (Markdown, HTML, plain text)
and the real Linter applies them; an ignored finding must move to
`suppressed` with why="inline", never vanish.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from redactcheck import cli
from redactcheck.cli import Runtime
from redactcheck.documents.directives import next_line, parse
from redactcheck.documents import read_document
from redactcheck.errors import InputError

NAME_LINE = "Visited Jamie Thompson at home today."
OTHER_LINE = "Later we met Priya Sharma at the office."


def _check(linter: Any, tmp_path: Path, name: str, content: str) -> Any:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    document = read_document(str(path))
    return linter.check(document.text, source=document.source, position=document.position, directives=document.directives)


def _found(report: Any) -> set[str]:
    return {f.text for f in report.findings}


def _inline(report: Any) -> set[str]:
    return {s.finding.text for s in report.suppressed if s.why == "inline"}


@pytest.mark.parametrize(
    ("name", "directive"),
    [
        ("post.md", "<!-- redactcheck: ignore-next-line -->"),
        ("page.html", "<!-- redactcheck: ignore-next-line -->"),
        ("chat.txt", "# redactcheck: ignore-next-line"),
        ("chat.txt", "redactcheck: ignore-next-line"),
    ],
)
def test_ignore_next_line_moves_only_that_line_to_suppressed(linter: Any, tmp_path: Path, name: str, directive: str) -> None:
    body = f"{directive}\n{NAME_LINE}\n\n{OTHER_LINE}\n"
    if name.endswith(".html"):
        body = f"<p>Notes</p>\n{directive}\n<p>{NAME_LINE}</p>\n<p>{OTHER_LINE}</p>\n"
    report = _check(linter, tmp_path, name, body)
    assert "Jamie Thompson" in _inline(report)
    assert "Jamie Thompson" not in _found(report)
    assert "Priya Sharma" in _found(report)


def test_ignore_next_line_skips_blank_lines_and_front_matter_markup(linter: Any, tmp_path: Path) -> None:
    body = f"---\ntitle: Visit\n---\n<!-- redactcheck: ignore-next-line -->\n\n{NAME_LINE}\n{OTHER_LINE}\n"
    report = _check(linter, tmp_path, "post.md", body)
    assert "Jamie Thompson" in _inline(report)
    assert "Priya Sharma" in _found(report)


def test_off_on_block(linter: Any, tmp_path: Path) -> None:
    body = f"<!-- redactcheck: off -->\n{NAME_LINE}\n<!-- redactcheck: on -->\n{OTHER_LINE}\n"
    report = _check(linter, tmp_path, "post.md", body)
    assert "Jamie Thompson" in _inline(report)
    assert "Priya Sharma" in _found(report)


def test_off_without_on_runs_to_the_end(linter: Any, tmp_path: Path) -> None:
    report = _check(linter, tmp_path, "chat.txt", f"{OTHER_LINE}\nredactcheck: off\n{NAME_LINE}\n")
    assert "Jamie Thompson" in _inline(report) and "Priya Sharma" in _found(report)


def test_allow_applies_to_the_whole_file(linter: Any, tmp_path: Path) -> None:
    body = (
        "We met the family with Priya Sharma on Tuesday.\n\n"
        "Later Priya Sharma phoned back.\n\n"
        '<!-- redactcheck: allow "Priya Sharma" -->\n'
        f"{NAME_LINE}\n"
    )
    report = _check(linter, tmp_path, "post.md", body)
    assert not any("priya" in f.text.lower() for f in report.findings)
    assert sum(1 for s in report.suppressed if s.why == "inline" and "priya" in s.finding.text.lower()) >= 2
    assert "Jamie Thompson" in _found(report)


def test_allow_covers_only_findings_inside_the_term(linter: Any, tmp_path: Path) -> None:
    report = _check(linter, tmp_path, "chat.txt", '# redactcheck: allow "Jamie"\nVisited Jamie Thompson today.\n')
    assert "Jamie Thompson" in _found(report), "a longer name is not allowed by a shorter term"


def test_ignored_findings_lower_the_risk_and_are_counted(linter: Any, tmp_path: Path) -> None:
    plain = _check(linter, tmp_path, "a.md", f"{NAME_LINE}\n")
    ignored = _check(linter, tmp_path, "b.md", f"<!-- redactcheck: ignore-next-line -->\n{NAME_LINE}\n")
    assert ignored.risk < plain.risk
    assert not ignored.has_direct
    assert len(ignored.suppressed) >= len(plain.suppressed) + 1


@pytest.mark.parametrize("raw", ["ignore-nextline", "disable", "allow", "allow Morag"])
def test_unknown_or_malformed_directive_is_a_one_line_error_with_the_line(raw: str) -> None:
    text = "first line\nsecond\n"
    with pytest.raises(InputError) as caught:
        parse(text, [(11, raw)], "post.md")
    message = str(caught.value)
    assert message.startswith("post.md:2: ") and "\n" not in message
    assert "Morag" not in message, "a directive's argument may be a name: never echoed"


def test_allowed_term_matches_any_case_and_spacing() -> None:
    text = "Fife Council, FIFE  COUNCIL and fife\ncouncil; not Fife Councils"
    ignores = parse(text, [(0, 'allow "Fife Council"')])
    assert [text[s:e] for s, e in ignores.allowed] == ["Fife Council", "FIFE  COUNCIL", "fife\ncouncil"]


def test_next_line_at_end_of_text_is_empty() -> None:
    assert next_line("only line", 0) == (9, 9)
    assert next_line("a\n\n  \nb\n", 0) == (6, 7)


def test_docx_has_no_directives_and_checks_normally(linter: Any, tmp_path: Path) -> None:
    import docx

    path = tmp_path / "notes.docx"
    document = docx.Document()
    document.add_paragraph("<!-- redactcheck: ignore-next-line -->")
    document.add_paragraph(NAME_LINE)
    document.save(str(path))
    read = read_document(str(path))
    assert read.directives == ()
    report = linter.check(read.text, source=read.source, directives=read.directives)
    assert "Jamie Thompson" in _found(report)


def test_cli_summary_counts_inline_suppressions(linter: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "post.md").write_text(f"<!-- redactcheck: ignore-next-line -->\n{NAME_LINE}\n", encoding="utf-8")
    env = {"CI": None, "XDG_CONFIG_HOME": str(tmp_path / "x")}
    result = CliRunner().invoke(
        cli.main, ["check", "post.md"], env=env, obj=Runtime(make_linter=lambda config: linter)
    )
    assert result.exit_code == 0, result.output
    assert "inline" in result.stdout
    file_line = next(line for line in result.stdout.splitlines() if line.startswith("post.md: risk"))
    assert "suppressed:" in file_line and "inline" in file_line
