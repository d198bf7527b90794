"""Reading and converting input: offsets in `text` must land on the same spot in the file."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import docx
import pytest

from redactcheck import documents
from redactcheck.documents import Document, iter_paths, read_document
from redactcheck.errors import InputError

from program import can_drop_root_powers, run_checkout


def write(tmp_path: Path, name: str, content: str | bytes) -> str:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return str(path)


def where(doc: Document, needle: str, nth: int = 0) -> tuple[int, int]:
    """Find `needle` in the checkable text; it must sit at the same offset in the original."""
    offset = -1
    for _ in range(nth + 1):
        offset = doc.text.index(needle, offset + 1)
    if doc.format != "docx":
        assert doc.original[offset : offset + len(needle)] == needle
    return doc.position(offset)


# --- plain text -------------------------------------------------------------------------

def test_plain_text_positions_crlf_and_bom(tmp_path: Path) -> None:
    path = write(tmp_path, "note.txt", b"\xef\xbb\xbfFirst line\r\nSaw Jane Smith today\r\n")
    doc = read_document(path)
    assert doc.format == "text" and doc.source == path
    assert doc.original == "First line\r\nSaw Jane Smith today\r\n"  # BOM gone, CRLF kept
    assert doc.text == doc.original
    assert where(doc, "Jane") == (2, 5)
    assert doc.position(0) == (1, 1)


def test_plain_text_directives_are_extracted_and_blanked(tmp_path: Path) -> None:
    content = "Intro\n# redactcheck: ignore-next-line\nJane\n  redactcheck: allow \"Fife Council\"\nFife\n"
    doc = read_document(write(tmp_path, "d.txt", content))
    assert len(doc.text) == len(doc.original)
    assert "redactcheck" not in doc.text
    assert [d for _, d in doc.directives] == ["ignore-next-line", 'allow "Fife Council"']
    assert [doc.position(o) for o, _ in doc.directives] == [(2, 1), (4, 3)]
    assert where(doc, "Jane") == (3, 1)


def test_stdin_and_explicit_format() -> None:
    doc = read_document("-", stdin_bytes=b"# Title\n\nJane *here*\n", format="markdown")
    assert doc.source == "<stdin>" and doc.format == "markdown"
    assert where(doc, "here") == (3, 7)
    assert "*" not in doc.text and "#" not in doc.text
    assert read_document("-", stdin_bytes=b"# just text\n").text == "# just text\n"


# --- Markdown ---------------------------------------------------------------------------

MARKDOWN = """---
title: "Visit to Jane"
author: Sam Worker
tags: [Leeds, fostering]
reviewer: Hidden Person
description: |
  Notes on Tom
---
# Heading about *Amira* #

Paragraph with **Bold Name** and _Em Name_ and \\*star\\* and Tom &amp; Jerry.
See [Link Text](https://facebook.com/jane.doe "Title Words") and ![Alt Words](photo-of-kid.png).

> Quoted Person said
> second quoted line

- List Item Person
  - Nested Person
1. Numbered Person

| Name | School |
|------|--------|
| Cell Person | Cell School |

Inline `code Person` here.

```python
fenced = "Code Block Person"
```

    indented code Person

<!-- redactcheck: ignore-next-line -->
Next line Person <!-- redactcheck: allow "Fife Council" -->

[ref link][r] and <https://auto.example/Auto>

[r]: https://ref.example/Ref "Ref Title"
"""


@pytest.fixture()
def md(tmp_path: Path) -> Document:
    return read_document(write(tmp_path, "case.md", MARKDOWN))


def test_markdown_keeps_length_and_lines(md: Document) -> None:
    assert md.format == "markdown"
    assert len(md.text) == len(md.original)
    assert md.text.count("\n") == md.original.count("\n")


@pytest.mark.parametrize(
    ("needle", "expected"),
    [
        ("Visit to Jane", (2, 9)),
        ("Sam Worker", (3, 9)),
        ("Leeds", (4, 8)),
        ("fostering", (4, 15)),
        ("Notes on Tom", (7, 3)),
        ("Heading about", (9, 3)),
        ("Amira", (9, 18)),
        ("Bold Name", (11, 18)),
        ("Em Name", (11, 35)),
        ("Link Text", (12, 6)),
        ("https://facebook.com/jane.doe", (12, 17)),
        ("Title Words", (12, 48)),
        ("Alt Words", (12, 68)),
        ("Quoted Person", (14, 3)),
        ("second quoted line", (15, 3)),
        ("List Item Person", (17, 3)),
        ("Nested Person", (18, 5)),
        ("Numbered Person", (19, 4)),
        ("Cell Person", (23, 3)),
        ("Cell School", (23, 17)),
        ("code Person", (25, 9)),
        ("Code Block Person", (28, 11)),
        ("indented code Person", (31, 5)),
        ("Next line Person", (34, 1)),
        ("ref link", (36, 2)),
        ("https://auto.example/Auto", (36, 20)),
        ("https://ref.example/Ref", (38, 6)),
        ("Ref Title", (38, 31)),
    ],
)
def test_markdown_prose_maps_back_exactly(md: Document, needle: str, expected: tuple[int, int]) -> None:
    assert where(md, needle) == expected


def test_markdown_blanks_markup_and_front_matter_keys(md: Document) -> None:
    keys = ("reviewer", "title", "author", "tags", "description")
    for hidden in (*keys, "**", "](", "![", "```", "python", "<!--", "| ", "> "):
        assert hidden not in md.text, hidden
    assert where(md, "Hidden Person") == (5, 11)  # an unknown key: its value is checked
    assert md.authors == ("Sam Worker",)  # the byline comes from front matter, not a visible key
    assert "#" not in md.text.splitlines()[8]
    assert " *star *" in md.text  # escaped characters are prose, backslashes are not
    assert "Tom &     Jerry" in md.text  # entity decoded, padded to keep the length


def test_markdown_directives(md: Document) -> None:
    assert [d for _, d in md.directives] == ["ignore-next-line", 'allow "Fife Council"']
    assert [md.position(o) for o, _ in md.directives] == [(33, 1), (34, 18)]
    assert all(md.original.startswith("<!--", o) for o, _ in md.directives)


def test_markdown_html_block_and_crlf(tmp_path: Path) -> None:
    content = "Text Jane\r\n\r\n<div title=\"Div Title\">\r\n<p>Block &amp; Person</p>\r\n<script>Script Person</script>\r\n</div>\r\n"
    doc = read_document(write(tmp_path, "x.markdown", content))
    assert len(doc.text) == len(doc.original) and "\r\n" in doc.text
    assert where(doc, "Text Jane") == (1, 1)
    assert where(doc, "Div Title") == (3, 13)
    assert where(doc, "Block") == (4, 4)
    assert "Script Person" not in doc.text


def test_markdown_unparseable_front_matter_is_checked_whole(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "y.md", "---\ntitle: [unclosed\nname: Jane\n---\nBody\n"))
    assert where(doc, "name: Jane") == (3, 1)


# --- HTML -------------------------------------------------------------------------------

HTML = """<html><head><title>Title Person</title>
<style>.x { content: "Style Person" }</style><meta name="author" content="Meta Person"></head>
<body><p>Visible Person &amp; friend</p>
<img src="a.png" alt="Alt Person"><a href="https://x.example" title='Title Attr'>Link Words</a>
<script>var name = "Script Person";</script>
<!-- plain comment Person -->
<!-- redactcheck: off -->
<p>O&#39;Brien</p>
</body></html>
"""


def test_html_visible_text_alt_title(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "page.htm", HTML))
    assert doc.format == "html" and len(doc.text) == len(doc.original)
    assert where(doc, "Title Person") == (1, 20)
    assert where(doc, "Visible Person") == (3, 10)
    assert where(doc, "Alt Person") == (4, 23)
    assert where(doc, "Title Attr") == (4, 70)
    assert where(doc, "Link Words") == (4, 82)
    assert where(doc, "plain comment Person") == (6, 6)  # comments are in the page source
    for hidden in ("Style Person", "Meta Person", "Script Person", "<!--", "-->", "<p>", "href"):
        assert hidden not in doc.text, hidden
    assert "&     friend" in doc.text and "O'    Brien" in doc.text
    assert doc.directives == ((doc.original.index("<!-- redactcheck"), "off"),)


# --- .docx ------------------------------------------------------------------------------

def make_docx(path: Path) -> str:
    document = docx.Document()
    document.add_paragraph("First paragraph")
    document.add_paragraph("Met Jane Smith at home")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Cell Person"
    table.cell(0, 1).text = "Cell School"
    document.add_paragraph("After the table")
    document.save(path)
    return str(path)


def test_docx_paragraphs_and_tables(tmp_path: Path) -> None:
    doc = read_document(make_docx(tmp_path / "case.docx"))
    assert doc.format == "docx" and doc.original == doc.text
    assert doc.text.split("\n") == [
        "First paragraph", "Met Jane Smith at home", "Cell Person", "Cell School", "After the table"
    ]
    assert where(doc, "Jane") == (2, 5)
    assert where(doc, "Cell School") == (4, 1)


def test_docx_from_stdin(tmp_path: Path) -> None:
    data = Path(make_docx(tmp_path / "s.docx")).read_bytes()
    assert "Jane" in read_document("-", stdin_bytes=data, format="docx").text


# --- errors -----------------------------------------------------------------------------

def assert_input_error(source: str, shown: str | None = None, **kwargs: object) -> str:
    with pytest.raises(InputError) as caught:
        read_document(source, **kwargs)  # type: ignore[arg-type]
    message = str(caught.value)
    assert "\n" not in message and (shown or source) in message
    assert "Jane" not in message  # never quotes the content
    return message


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.md", b"  \n\t\r\n", "empty"),
        ("bom-only.txt", b"\xef\xbb\xbf\n", "empty"),
        ("nul.txt", b"Jane\x00Smith", "binary file"),
        ("report.txt", b"%PDF-1.7 Jane", "binary file"),
        ("image.md", b"\x89PNG\r\n\x1a\nJane", "binary file"),
        ("archive.txt", b"PK\x03\x04Jane", "binary file"),
        ("utf16.txt", "\ufeffJane Smith".encode("utf-16-le"), "looks like UTF-16, save it as UTF-8"),
        ("utf16-nobom.txt", "Jane Smith lives here".encode("utf-16-le"), "looks like UTF-16"),
        ("latin.txt", "Jane Sm\u00eft\u00e9".encode("cp1252"), "(byte 7); looks like Windows-1252 (Latin-1); save it as UTF-8"),
        ("broken.txt", b"Jane \x81\x8d", "not valid UTF-8 (byte 5); save it as UTF-8"),
        ("corrupt.docx", b"Jane Smith is not a zip", "not a valid .docx"),
        ("truncated.docx", b"PK\x03\x04\x14\x00Jane", "not a valid .docx"),
    ],
)
def test_bad_content_is_a_one_line_input_error(tmp_path: Path, name: str, content: bytes, expected: str) -> None:
    path = write(tmp_path, name, content)
    assert expected in assert_input_error(path)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    assert "no such file" in assert_input_error(str(tmp_path / "gone.txt"))
    assert "directory" in assert_input_error(str(tmp_path))


def test_too_large(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", "Jane " * 100)
    message = assert_input_error(path, max_bytes=100)
    assert "500 bytes" in message and "100-byte limit" in message
    assert "limit" in assert_input_error("-", "<stdin>", stdin_bytes=b"x" * 101, max_bytes=100)


@pytest.mark.skipif(not can_drop_root_powers(), reason="cannot make a mode-000 file unreadable here")
def test_unreadable_file(tmp_path: Path) -> None:
    """Really unreadable, also when the suite runs as root: read in a child process for which
    file modes bite (tests/program.py), through the same read_document."""
    path = write(tmp_path, "secret.txt", "Jane")
    os.chmod(path, 0)
    try:
        done = run_checkout(["check", "secret.txt"], tmp_path, without_root_powers=True)
    finally:
        os.chmod(path, 0o644)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == "redactcheck: error: secret.txt: permission denied (cannot read the file)\n"


def test_permission_error_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "locked.txt", "Jane")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", path)

    monkeypatch.setattr(documents, "open", refuse, raising=False)
    assert "permission denied" in assert_input_error(path)


def test_unknown_format_and_odd_names(tmp_path: Path) -> None:
    assert "unknown format" in assert_input_error("-", "<stdin>", stdin_bytes=b"x", format="pdf")
    message = assert_input_error(str(tmp_path / "bad\nname.txt"), str(tmp_path / "bad?name.txt"))
    assert "no such file" in message


# --- iter_paths -------------------------------------------------------------------------

def test_iter_paths_expands_directories(tmp_path: Path) -> None:
    for name in ("b.md", "a.txt", "img.png", "sub/c.MD", ".git/x.md", ".hidden/y.txt", "sub/.z/w.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    root = str(tmp_path)
    found = list(iter_paths([root, "-", "explicit.png"], extensions=frozenset({".md", "txt"})))
    assert found == [
        os.path.join(root, "a.txt"), os.path.join(root, "b.md"), os.path.join(root, "sub", "c.MD"),
        "-", "explicit.png",
    ]


# --- no finding runs across a paragraph (issue 17) ----------------------------------------------


def test_a_finding_never_runs_across_a_blank_line(linter: Any) -> None:
    """"Jamie" ending one paragraph was swallowed by the school opening the next."""
    report = linter.check("Visited Jamie\n\nThompson Primary is his school.")
    found = [(f.text, f.category) for f in report.findings]
    assert ("Jamie", "PERSON") in found, found
    everything = [*report.findings, *(s.finding for s in report.suppressed)]
    assert all("\n" not in f.text for f in everything)


def test_html_blocks_are_paragraphs_on_the_canvas(tmp_path: Path, linter: Any) -> None:
    """A heading and the paragraph below it are two blocks, not one run of words."""
    page = tmp_path / "post.html"
    page.write_text("<html><body><h1>Notes</h1><p>Visited Jamie</p><p>Thompson Primary is his "
                    "school.</p></body></html>\n", encoding="utf-8")
    document = read_document(str(page))
    assert "Notes\n\n" in document.text and "Jamie\n\n" in document.text
    report = linter.check_document(document)
    for finding in report.findings:
        assert "<" not in document.original[finding.start : finding.end], finding
    assert ("Jamie", "PERSON") in [(f.text, f.category) for f in report.findings]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_word_paragraph_is_a_paragraph_in_every_path(
    tmp_path: Path, linter: Any, jobs: str
) -> None:
    """Each paragraph is one line of a .docx's checked text; a finding stops at its end,
    in one process and over several (the cache keeps the two kinds of text apart)."""
    from test_cli import finding_lines

    word = docx.Document()
    word.add_paragraph("Visited Jamie")
    word.add_paragraph("Thompson Primary is his school.")
    for number in range(8):  # enough files for --jobs 2 to start two processes
        word.save(str(tmp_path / f"visit{number}.docx"))
    report = linter.check_document(read_document(str(tmp_path / "visit0.docx")))
    assert ("Jamie", "PERSON") in [(f.text, f.category) for f in report.findings]
    assert all("\n" not in f.text for f in report.findings)
    (tmp_path / "visit.txt").write_text("Visited Jamie\nThompson Primary is his school.",
                                        encoding="utf-8")  # the same text, as plain text
    runs = []
    for _ in ("fresh", "from the cache"):
        done = run_checkout(["check", "--jobs", jobs, "."], tmp_path)
        runs.append(sorted(line for line in done.stdout.splitlines() if "visit.txt" in line))
        found = {(os.path.basename(m["path"]), m["line"], m["col"],
                  m["line_text"].endswith("[Jamie]")) for m in finding_lines(done.stdout)}
        assert {(f"visit{n}.docx", "1", "9", True) for n in range(8)} <= found, done.stdout
    assert runs[0] == runs[1] and runs[0]  # the plain text is not answered with the .docx's result
