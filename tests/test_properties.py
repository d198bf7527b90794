"""Properties of checking and redaction over arbitrary and hostile text (Hypothesis).

Drafts are built from identifiers, placeholders and ordinary words, with the
characters that trip text tools mixed in: invisible format characters, combining
marks, full-width forms, other scripts, and every kind of line break. For any
such draft: findings lie in the text, in order, without overlap, and point at
what they report; offsets mean the same characters in every document format;
redacting twice is redacting once; a redacted draft has no direct identifier;
and nothing raises.

The budget is small and the seed fixed in CI (the "ci" profile in conftest.py);
before a release run the long random search:

    HYPOTHESIS_PROFILE=release python -m pytest tests/test_properties.py
"""
from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from redactcheck.documents import read_document
from redactcheck.redaction import Edit, apply_edits, compose
from redactcheck.types import line_col

# A fifth of the profile's budget: each example runs the whole model several times.
BUDGET = settings(max_examples=max(10, settings.default.max_examples // 4))

IDENTIFIERS = [
    "Ruby Caldwell", "Ruby", "Mrs Caldwell", "Jamie", "Sarah Thompson", "Tom Reid",
    "Mr and Mrs Kowalski", "aged 14", "(14)", "a 14-year-old", "on 3rd March 2024",
    "born 03/04/2011", "DOB 3 April 2011", "12 Kelvin Road", "G11 6PS", "07700 900123",
    "ruby.c@example.com", "@ruby_c", "CHI 1503104421", "Partick", "Glasgow", "Hyndland Secondary",
    "Rosewood Care Home", "Glasgow City Council", "Polish", "Dr",
]
PLACEHOLDERS = [
    "Child A", "Person B", "Mrs K", "[PERSON]", "a teenager", "a part of Glasgow", "████",
]
WORDS = [
    "Visited", "today", "said", "lives with", "her mum", "his gran", "the school",
    "social worker", "met", "at", "in", "and", "was", "SHE LIVES IN", "Dear", "Thanks,", "Mr",
    "Ms", ",", ".", "!", "-", "#", "**", "> ", "1.",
]
FORMAT = [
    "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\u00ad", "\ufeff", "\u202e",
    "\u202c",
]
COMBINING = [
    "\u0301", "\u0308", "\u0327", "\u0301\u0323",
]
FULL_WIDTH = [
    "\uff32\uff55\uff42\uff59", "\uff10\uff17\uff17\uff10\uff10", "\uff27\uff11\uff11",
]
SCRIPTS = [
    "\u041a\u0430\u0439\u043b\u0430", "\u0393\u03b9\u03ac\u03bd\u03bd\u03b7\u03c2",
    "\u0645\u062d\u0645\u062f", "\u738b\u82b3", "\U0001f600", "k\u0430yla", "G11 6\u0420S",
]
BREAKS = [
    "\n", "\r\n", "\r", "\u2028", "\u2029", "\x85", "\n\n", "\t", "\x0c", "\x0b", "  ",
]

piece = st.one_of(
    st.sampled_from(IDENTIFIERS), st.sampled_from(PLACEHOLDERS), st.sampled_from(WORDS),
    st.sampled_from(FORMAT), st.sampled_from(COMBINING), st.sampled_from(FULL_WIDTH),
    st.sampled_from(SCRIPTS), st.sampled_from(BREAKS),
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=6),
)
joiner = st.sampled_from([" ", "", "\n", " \u200b", "\u00a0"])
drafts = st.builds(lambda parts, glue: glue.join(parts), st.lists(piece, max_size=16), joiner)
any_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=200)


def assert_well_formed(text: str, report: Any) -> None:
    """In bounds, sorted, non-overlapping, and each finding's text is what it points at."""
    spans = [(f.start, f.end) for f in report.findings]
    assert spans == sorted(spans)
    for finding in report.findings:
        assert 0 <= finding.start < finding.end <= len(text), finding
        assert finding.text == text[finding.start : finding.end]
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), spans
    for item in report.suppressed:
        assert 0 <= item.finding.start < item.finding.end <= len(text)


# --- checking -----------------------------------------------------------------------------------


@BUDGET
@given(st.one_of(drafts, any_text))
@example("A part of Glasgow \r \r Person A")
@example("Met Ruby Caldwell\u2028Hyndland Secondary\x85Partick")
def test_findings_are_in_bounds_sorted_and_do_not_overlap(linter: Any, text: str) -> None:
    assert_well_formed(text, linter.check(text))


@BUDGET
@given(st.lists(st.one_of(drafts, any_text), min_size=1, max_size=4))
def test_checking_many_is_checking_each(linter: Any, texts: list[str]) -> None:
    together = list(linter.check_many(texts))
    for text, report in zip(texts, together):
        assert_well_formed(text, report)
        assert [(f.start, f.end, f.category) for f in report.findings] == [
            (f.start, f.end, f.category) for f in linter.check(text).findings]


# --- offsets mean the same characters in every format ------------------------------------------


def _in_format(fmt: str, draft: str, folder: Path) -> Path:
    if fmt == "txt":
        path = folder / "draft.txt"
        path.write_bytes(draft.encode("utf-8", "surrogatepass"))
    elif fmt == "md":
        path = folder / "draft.md"
        path.write_text(f"# Notes\n\n{draft}\n", encoding="utf-8", newline="")
    elif fmt == "html":
        path = folder / "draft.html"
        path.write_text(f"<html><body><h1>Notes</h1><p>{html.escape(draft)}</p></body></html>\n",
                        encoding="utf-8", newline="")
    else:
        import docx

        document = docx.Document()
        document.add_paragraph("Notes")
        for line in draft.splitlines() or [draft]:
            document.add_paragraph(line)
        path = folder / "draft.docx"
        document.save(str(path))
    return path


def _xml_safe(text: str) -> str:
    """What a Word document can hold: no control characters but tab and line breaks."""
    return "".join(c for c in text if c in "\t\n\r" or (c >= " " and c not in "\x7f\ufffe\uffff"
                                                       and not 0x80 <= ord(c) < 0xa0))


@BUDGET
@pytest.mark.parametrize("fmt", ["txt", "md", "html", "docx"])
@given(draft=drafts)
@example(draft="Met Ruby Caldwell.\r\nSaw Jamie\rand Sarah Thompson\u2028in Partick.")
def test_offsets_point_at_the_same_characters_in_every_format(
    linter: Any, tmp_path_factory: Any, fmt: str, draft: str
) -> None:
    if fmt == "docx":
        draft = _xml_safe(draft)
    if not draft.strip() or (fmt in ("md", "html") and not draft.strip("\ufeff")):
        return
    path = _in_format(fmt, draft, tmp_path_factory.mktemp(fmt))
    try:
        document = read_document(str(path))
    except Exception as error:  # only a one-line input error may stop a file
        from redactcheck.errors import InputError

        assert isinstance(error, InputError) and "\n" not in str(error), error
        return
    report = linter.check_document(document)
    assert_well_formed(document.text, report)  # the checked text: the original, markup blanked
    for finding in report.findings:
        if fmt == "html":  # the draft was escaped, so any < in the original is markup
            assert "<" not in document.original[finding.start : finding.end], finding
            unescaped = html.unescape(document.original[finding.start : finding.end])
            assert "".join(unescaped.split()) == "".join(finding.text.split())
        assert (finding.line, finding.column) == line_col(document.original, finding.start)
        if fmt == "docx":  # line = paragraph, column = place in it
            paragraph = document.text.split("\n")[finding.line - 1]
            assert paragraph[finding.column - 1 :].startswith(finding.text)
    if fmt == "txt":
        assert [(f.start, f.end) for f in report.findings] == [
            (f.start, f.end) for f in linter.check(document.text).findings]


def test_a_lone_carriage_return_ends_a_line_in_positions() -> None:
    text = "one\r\ntwo\rthree\nfour\u2028five"
    assert line_col(text, text.index("two")) == (2, 1)
    assert line_col(text, text.index("three")) == (3, 1)
    assert line_col(text, text.index("four")) == (4, 1)
    assert line_col(text, text.index("five")) == (4, 6)  # U+2028 is not a line end in editors


# --- redaction ----------------------------------------------------------------------------------


@BUDGET
@given(st.one_of(drafts, any_text))
@example("Ruby aged 14")  # "Ruby of secondary-school age" read as a school the second time
@example("Partick \r \r Ruby Caldwell")  # a name ran across a lone \r
@example("Ruby Caldwell Hyndland Secondary Dr lives with")  # a title alone crashed the pseudonyms
def test_redacting_twice_is_redacting_once(linter: Any, text: str) -> None:
    once = linter.redact(text)
    assert linter.redact(once) == once


@BUDGET
@given(drafts)
@example("Ruby aged 14")
def test_a_redacted_draft_has_no_direct_identifier(linter: Any, text: str) -> None:
    once = linter.redact(text)
    left = [(f.category, f.text) for f in linter.check(once).findings if f.kind == "direct"]
    assert not left, (once, left)


@pytest.mark.parametrize("style", ["tag", "mask", "generalise"])
@settings(max_examples=max(5, settings.default.max_examples // 10))
@given(text=drafts)
def test_every_style_redacts_to_a_fixed_point(linter: Any, style: str, text: str) -> None:
    once = linter.redact(text, style)
    assert linter.redact(once, style) == once


@given(st.data())
def test_composed_edits_do_what_the_two_rounds_did(data: Any) -> None:
    text = data.draw(st.text("abc d", max_size=30))
    first = data.draw(_edits(text))
    middle = apply_edits(text, first)
    second = data.draw(_edits(middle))
    composed = compose(text, first, second)
    assert apply_edits(text, composed) == apply_edits(middle, second)
    assert all(a.end <= b.start for a, b in zip(composed, composed[1:]))


@st.composite
def _edits(draw: Any, text: str) -> list[Edit]:
    """Non-overlapping, non-empty edits on text, in order."""
    cuts = sorted(draw(st.sets(st.integers(0, len(text)), max_size=8)))
    pairs = [(a, b) for a, b in zip(cuts[::2], cuts[1::2]) if a < b]
    return [Edit(a, b, draw(st.text("XYZ", max_size=5))) for a, b in pairs]
