"""HTML comments are published in the page source: their text is checked and redacted.

Issue 13, item 2. The comment's text (never its `<!--` `-->` markers) is revealed
at its own offset in HTML files, HTML blocks in Markdown and inline HTML in
Markdown, so a finding there has its real line:col and `redact` replaces it in
the file; a `<!-- redactcheck: ... -->` comment stays a directive and is not
itself checked. Real Linter, real readers, real command line.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from test_cli import run  # noqa: F401  (fixture: the real CLI with the session's Linter)

from redactcheck.documents import Document, read_document
from redactcheck.types import Report

MARKDOWN = """# A visit

<!--
Reminder: ring Callum Reeve's mum on 07700 900123 before publishing.
-->

We met at the centre. <!-- Callum Reeve asked to be left out --> It went well.

> A quoted line <!-- spoke to
> Morwenna Tate --> and more.

<!-- redactcheck: allow "Fife Council" -->
Fife Council ran the session.
"""

HTML = """<html><head><title>A visit</title><!-- draft for Callum Reeve --></head>
<body><p>We met at the centre.</p>
<!-- Callum Reeve's mum: 07700 900123, callum.mum@example.org -->
<!-- redactcheck: ignore-next-line -->
<p>Jamie Thompson came too.</p>
</body></html>
"""


def _document(tmp_path: Path, name: str, content: str) -> Document:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return read_document(str(path))


def _check(linter: Any, document: Document) -> Report:
    return linter.check(document.text, source=document.source, position=document.position,
                        directives=document.directives)


def _found(report: Report) -> set[tuple[str, str, int, int]]:
    return {(f.category, f.text, f.line, f.column) for f in report.findings}


def test_markdown_comments_are_revealed_without_their_markers(tmp_path: Path) -> None:
    doc = _document(tmp_path, "post.md", MARKDOWN)
    assert len(doc.text) == len(doc.original)
    for needle in ("Reminder: ring Callum", "Callum Reeve asked", "spoke to", "Morwenna Tate"):
        offset = doc.text.index(needle)
        assert doc.original[offset : offset + len(needle)] == needle, needle
    assert "<!--" not in doc.text and "-->" not in doc.text
    # a comment over two quoted lines
    assert doc.position(doc.text.index("Morwenna Tate")) == (10, 3)


def test_markdown_comment_findings_are_located(linter: Any, tmp_path: Path) -> None:
    found = _found(_check(linter, _document(tmp_path, "post.md", MARKDOWN)))
    assert ("PERSON", "Callum Reeve", 4, 16) in found  # HTML block
    assert ("CONTACT", "07700 900123", 4, 38) in found
    assert ("PERSON", "Callum Reeve", 7, 28) in found  # inline HTML


def test_html_comment_findings_are_located(linter: Any, tmp_path: Path) -> None:
    doc = _document(tmp_path, "page.html", HTML)
    found = _found(_check(linter, doc))
    assert ("PERSON", "Callum Reeve", 1, 50) in found  # a comment in <head> is in the source too
    assert ("PERSON", "Callum Reeve", 3, 6) in found
    assert ("CONTACT", "07700 900123", 3, 26) in found
    assert ("CONTACT", "callum.mum@example.org", 3, 40) in found
    assert "<!--" not in doc.text and "-->" not in doc.text


def test_directive_comments_stay_directives(linter: Any, tmp_path: Path) -> None:
    """A `<!-- redactcheck: ... -->` comment is not checked, and still works."""
    md = _document(tmp_path, "post.md", MARKDOWN)
    assert [d for _, d in md.directives] == ['allow "Fife Council"']
    assert "redactcheck" not in md.text and "allow" not in md.text
    md_report = _check(linter, md)
    assert not any("Fife" in f.text for f in md_report.findings)
    assert any(s.why == "inline" and "Fife" in s.finding.text for s in md_report.suppressed)
    html = _document(tmp_path, "page.html", HTML)
    assert [d for _, d in html.directives] == ["ignore-next-line"]
    html_report = _check(linter, html)
    assert "Jamie Thompson" not in {f.text for f in html_report.findings}
    inline = {s.finding.text for s in html_report.suppressed if s.why == "inline"}
    assert "Jamie Thompson" in inline


def test_redact_in_markdown_comments(run: Any, tmp_path: Path) -> None:  # noqa: F811
    (tmp_path / "post.md").write_text(MARKDOWN, encoding="utf-8")
    result = run("redact", "--style", "tag", "post.md")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "<!--\nReminder: ring [PERSON]'s mum on [CONTACT] before publishing.\n-->" in out
    assert "<!-- [PERSON] asked to be left out -->" in out
    assert "Callum" not in out and "07700" not in out
    assert '<!-- redactcheck: allow "Fife Council" -->\nFife Council ran the session.' in out
    assert out.count("\n") == MARKDOWN.count("\n")


def test_redact_in_html_comments(run: Any, tmp_path: Path) -> None:  # noqa: F811
    (tmp_path / "page.html").write_text(HTML, encoding="utf-8")
    result = run("redact", "--style", "tag", "page.html", "-o", "safe.html")
    assert result.exit_code == 0, result.stderr
    out = (tmp_path / "safe.html").read_text(encoding="utf-8")
    assert "<title>A visit</title><!-- draft for [PERSON] --></head>" in out
    assert "<!-- [PERSON]'s mum: [CONTACT], [CONTACT] -->" in out
    assert "Callum" not in out and "example.org" not in out
    assert "<!-- redactcheck: ignore-next-line -->\n<p>Jamie Thompson came too.</p>" in out
