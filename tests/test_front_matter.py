"""Front matter, both ways: every string value is checked, no key ever is, and the
front matter's author is the author wherever the body names them.

Issue 13, item 3. YAML (`---`) and TOML (`+++`) blocks through the real reader,
the real Linter and the real command line; offsets must land in the file.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_cli import run  # noqa: F401  (fixture: the real CLI with the session's Linter)

from redactcheck.batch.cache import ResultCache, document_context, settings_fingerprint
from redactcheck.config import Config
from redactcheck.documents import Document, read_document
from redactcheck.documents.front_matter import TomlStrings
from redactcheck.types import Report

BODY = """# Reflections

I'm Joanne, a student social worker on placement. This week I visited Callum Reeve at home.
Joanne Pike
"""

YAML_POST = """---
title: Notes
author: Joanne Pike
date: 2024-03-02
draft: false
weight: 3
tags: [practice, Leeds]
excerpt: A week with Callum Reeve and his foster carers.
cover_caption: "Photo taken by Morwenna Tate"
series:
  name: Reflections on practice
  parts:
    - 'Visiting Kirsten Dalgleish'
---
""" + BODY

TOML_POST = """+++
title = "Notes"
date = 2024-03-02
draft = false
tags = ["practice", "Leeds"]
excerpt = "A week with Callum Reeve and his foster carers."
"cover caption" = 'Photo taken by Morwenna Tate'

[author]
name = "Joanne Pike"
email = "joanne.pike@example.org"

[params.series]
parts = ["Visiting Kirsten Dalgleish"]
+++
""" + BODY


def _document(tmp_path: Path, name: str, content: str) -> Document:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return read_document(str(path))


def _at(doc: Document, needle: str) -> tuple[int, int]:
    """Where `needle` is in the checked text; it must be the same characters in the file."""
    offset = doc.text.index(needle)
    assert doc.original[offset : offset + len(needle)] == needle
    return doc.position(offset)


def _front(doc: Document) -> str:
    """The checked text of the front-matter block (both fences included)."""
    closing = doc.original.index("\n" + doc.original[:3] + "\n", 3)
    return doc.text[: closing + 4]


def _people(report: Report) -> set[str]:
    return {f.text for f in report.findings if f.category == "PERSON"}


@pytest.mark.parametrize(("name", "content"), [("yaml.md", YAML_POST), ("toml.md", TOML_POST)])
def test_every_string_value_is_revealed_and_no_key(tmp_path: Path, name: str, content: str) -> None:
    doc = _document(tmp_path, name, content)
    assert len(doc.text) == len(doc.original) and doc.text.count("\n") == doc.original.count("\n")
    front = _front(doc)
    for value in ("Notes", "practice", "Leeds", "A week with Callum Reeve and his foster carers.",
                  "Photo taken by Morwenna Tate", "Visiting Kirsten Dalgleish", "Joanne Pike"):
        assert value in front, value
        _at(doc, value)
    for key in ("title", "author", "date", "draft", "tags", "excerpt", "cover", "caption", "series",
                "parts",
                "name", "params", "email"):
        assert key not in front, key
    for not_prose in ("2024", "false", "3", "+++", "---", "[", '"', "'", "="):
        assert not_prose not in front, not_prose  # dates, booleans, numbers and syntax stay blank


def test_yaml_values_land_on_their_own_line_and_column(tmp_path: Path) -> None:
    doc = _document(tmp_path, "post.md", YAML_POST)
    assert _at(doc, "Notes") == (2, 8)
    assert _at(doc, "Leeds") == (7, 18)
    assert _at(doc, "A week with") == (8, 10)
    assert _at(doc, "Photo taken") == (9, 17)  # inside the quotes
    assert _at(doc, "Reflections on practice") == (11, 9)  # a nested value
    assert _at(doc, "Visiting Kirsten") == (13, 8)
    assert "practice, Leeds" in doc.text  # a flow list keeps its commas: two values, not one name


def test_toml_values_land_on_their_own_line_and_column(tmp_path: Path) -> None:
    doc = _document(tmp_path, "post.md", TOML_POST)
    assert _at(doc, "Notes") == (2, 10)
    assert _at(doc, "A week with") == (6, 12)
    assert _at(doc, "Photo taken") == (7, 20)
    assert _at(doc, "Joanne Pike") == (10, 9)
    assert _at(doc, "joanne.pike@example.org") == (11, 10)
    assert _at(doc, "Visiting Kirsten") == (14, 11)
    assert '"practice", "Leeds"' not in doc.text and "practice ,  Leeds" in doc.text


def test_toml_strings_in_every_form_and_never_a_key() -> None:
    source = (
        'plain = "a \\"quoted\\" word"\n"quoted key" = \'literal\'\n'
        'site.name = """\nMulti Line"""\n'
        "x = '''raw'''\ninline = {who = \"In Table\", n = 2}\n"
        '["table header"]\nwhen = 1979-05-27 07:32:00Z\n'
        'nested = [["deep"], {k = "in array"}] # a comment "not a value"\n'
    )
    spans = TomlStrings(source).scan()
    revealed = [source[start:end] for start, end in spans if source[start:end] != ","]
    assert revealed == ['a \\"quoted\\" word', "literal", "\nMulti Line", "raw", "In Table", "deep",
                        "in array"]


@pytest.mark.parametrize("fence", ["---", "+++"])
def test_unparseable_front_matter_is_revealed_whole(tmp_path: Path, fence: str) -> None:
    content = f"{fence}\ntitle: [unclosed = \nname = Morwenna Tate\n{fence}\nBody\n"
    doc = _document(tmp_path, "post.md", content)
    assert _at(doc, "name = Morwenna Tate") == (3, 1)
    assert doc.authors == ()


@pytest.mark.parametrize(
    ("front", "expected"),
    [
        ("---\nauthor: Joanne Pike\n---\n", ("Joanne Pike",)),
        ("---\nauthors: [Joanne Pike, Sam Reid]\n---\n", ("Joanne Pike", "Sam Reid")),
        ("---\nauthor:\n  name: Joanne Pike\n  email: jp@example.org\n---\n", ("Joanne Pike",)),
        ("---\nparams:\n  author: Joanne Pike\n---\n", ("Joanne Pike",)),
        ('+++\nauthor = "Joanne Pike"\n+++\n', ("Joanne Pike",)),
        ('+++\nauthors = ["Joanne Pike", "Sam Reid"]\n+++\n', ("Joanne Pike", "Sam Reid")),
        ('+++\n[[authors]]\nname = "Joanne Pike"\n+++\n', ("Joanne Pike",)),
        ("---\ntitle: No author here\n---\n", ()),
    ],
)
def test_front_matter_authors_are_collected(tmp_path: Path, front: str,
                                            expected: tuple[str, ...]) -> None:
    assert _document(tmp_path, "post.md", front + "Body text.\n").authors == expected


@pytest.mark.parametrize(("name", "content"), [("yaml.md", YAML_POST), ("toml.md", TOML_POST)])
def test_values_are_checked_and_keys_never_found(linter: Any, tmp_path: Path, name: str,
                                                 content: str) -> None:
    doc = _document(tmp_path, name, content)
    report = linter.check_document(doc)
    front_end = len(_front(doc))
    in_front = {f.text for f in report.findings if f.start < front_end}
    # the excerpt, a key the converter does not know, a nested value
    assert {"Callum Reeve", "Morwenna Tate", "Kirsten Dalgleish"} <= in_front
    assert "Notes" not in in_front  # a one-word title
    assert "tags" not in {f.text.lower() for f in report.findings}  # a key is never a finding
    for finding in report.findings:
        in_file = doc.original[finding.start : finding.end]
        assert doc.text[finding.start : finding.end] == finding.text == in_file


@pytest.mark.parametrize(("name", "content"), [("yaml.md", YAML_POST), ("toml.md", TOML_POST)])
def test_the_front_matter_author_is_the_byline_in_the_body(linter: Any, tmp_path: Path, name: str,
                                                           content: str) -> None:
    doc = _document(tmp_path, name, content)
    assert doc.authors == ("Joanne Pike",)
    report = linter.check_document(doc)
    assert not any("Joanne" in text or "Pike" in text for text in _people(report))
    bylines = [s.finding for s in report.suppressed if s.why == "byline"]
    body_start = doc.original.index("# Reflections")
    in_body = {f.text for f in bylines if f.start > body_start}
    assert {"Joanne", "Joanne Pike"} <= in_body  # suppressed, not dropped
    assert "Callum Reeve" in _people(report)  # the person written about is still found


def test_without_front_matter_the_name_is_still_flagged(linter: Any, tmp_path: Path) -> None:
    """Only the front matter says Joanne Pike wrote this post: without it she is a name in the case.
    (With a self-introduction and a sign-off, as in BODY, the draft itself says she is the author.)"""
    body = "# Reflections\n\nThis week Joanne Pike and I visited Callum Reeve at home.\n"
    assert "Joanne Pike" in _people(linter.check_document(_document(tmp_path, "post.md", body)))
    report = linter.check_document(_document(tmp_path, "post.md", "---\nauthor: Joanne Pike\n---\n" + body))
    assert "Joanne Pike" not in _people(report)


def test_an_author_name_hides_only_people(linter: Any) -> None:
    text = "I'm Lincoln. We met the family in Lincoln last week, and Lincoln Reeve came too."
    report = linter.check(text, authors=("Lincoln",))
    assert "Lincoln" in {f.text for f in report.findings if f.category == "LOCATION"}
    assert not any(f.text == "Lincoln" and f.category == "PERSON" for f in report.findings)


def test_cache_tells_documents_apart_by_their_authors(linter: Any, tmp_path: Path) -> None:
    doc = _document(tmp_path, "post.md", YAML_POST)
    cache = ResultCache(tmp_path / "cache", settings_fingerprint(Config(), "test"))
    cache.put(linter.check_document(doc), document_context(doc))
    assert cache.get(doc.text, doc.source, doc.position, document_context(doc)) is not None
    assert cache.get(doc.text, doc.source, doc.position) is None


def test_check_command_with_toml(run: Any, tmp_path: Path) -> None:  # noqa: F811
    (tmp_path / "post.md").write_text(TOML_POST, encoding="utf-8")
    result = run("check", "--show-text", "--no-cache", "post.md")
    assert result.exit_code == 1, result.stderr
    assert "Joanne" not in result.stdout and "Notes" not in result.stdout
    assert "post.md:6:24: a name" in result.stdout  # Callum Reeve in the TOML excerpt
    assert "byline" in result.stdout


def test_redact_keeps_the_author(run: Any, tmp_path: Path) -> None:  # noqa: F811
    """Front-matter values are replaced where they stand; the author's own name is left."""
    (tmp_path / "post.md").write_text(YAML_POST, encoding="utf-8")
    result = run("redact", "--style", "tag", "post.md")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "excerpt: A week with [PERSON] and his foster carers." in out
    assert "I'm Joanne, a student social worker" in out and "\nJoanne Pike\n" in out
    assert "title: Notes\nauthor: Joanne Pike\ndate: 2024-03-02\n" in out  # keys and non-prose kept


SHADOWING = "\n\nI spent the week shadowing the duty team.\n"


@pytest.mark.parametrize(
    "content",
    [
        "---\ndescription: Glen\n---\n# Post" + SHADOWING,
        '+++\ndescription = "Glen"\n+++\n# Post' + SHADOWING,
        "# Rose" + SHADOWING,
    ],
    ids=["yaml value", "toml value", "heading"],
)
def test_a_one_word_value_is_judged_like_a_heading(linter: Any, tmp_path: Path,
                                                   content: str) -> None:
    """A value alone on its line stands where a heading's first word stands, whatever blanked
    key or markup is before it: a word that is also a name is a word there."""
    report = linter.check_document(_document(tmp_path, "post.md", content))
    assert not report.findings
    assert [s.why for s in report.suppressed] == ["common word"]


def test_a_full_name_in_a_value_is_still_a_name(linter: Any, tmp_path: Path) -> None:
    content = "---\ndescription: Glen Mackay visits\n---\n"
    report = linter.check_document(_document(tmp_path, "post.md", content))
    assert "Glen Mackay" in _people(report)
