"""`redact` writes a real Word document: paragraphs, runs and their formatting kept.

Issue 13, item 4. The .docx files are built here with python-docx (runs in bold
and italic, a tab, a line break, a table, a hyperlink), redacted by the real
command line with the real Linter, and opened again with python-docx.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.hyperlink import Hyperlink
from test_cli import assert_one_line_error, run  # noqa: F401  (run: the real CLI, shared Linter)
from test_redaction import _drafts

from redactcheck.documents import docx_paragraphs, read_document
from redactcheck.redaction.docx import split_edits
from redactcheck.redaction import Edit, apply_edits, findings_to_redact, redact, redaction

SECRETS = ("Callum", "Reeve", "Kelvinhaugh", "G51", "07700", "Morwenna", "Tate", "Kirsten",
           "Dalgleish")
LINK = "https://example.org/callum"


def _hyperlink(paragraph: Any, text: str) -> None:
    """A real w:hyperlink with an external relationship and one bold run inside."""
    link = OxmlElement("w:hyperlink")
    relation = paragraph.part.relate_to(LINK, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link.set(qn("r:id"), relation)
    tags = ("w:r", "w:rPr", "w:b", "w:t")
    run_element, properties, bold, text_element = (OxmlElement(tag) for tag in tags)
    properties.append(bold)
    text_element.text = text
    run_element.extend([properties, text_element])
    link.append(run_element)
    paragraph._p.append(link)


def make_visit(path: Path) -> Path:
    document = docx.Document()
    document.add_heading("Visit notes", level=1)
    visit = document.add_paragraph("Today I visited ")
    visit.add_run("Callum").bold = True  # the name runs over three runs
    visit.add_run(" Ree").italic = True
    visit.add_run("ve at 58 Kelvinhaugh Street, G51 3QW.")
    document.add_paragraph("His mum rang on 07700 900123.\tShe was calm.")
    broken = document.add_paragraph().add_run("Morwenna")
    broken.add_break()  # a line break inside the name
    broken.add_text("Tate came too.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Kirsten Dalgleish"
    table.cell(0, 1).text = "No concerns raised."
    link = document.add_paragraph("See ")
    _hyperlink(link, "Callum Reeve's page")
    link.add_run(" for more.")
    calm = document.add_paragraph("The ")
    calm.add_run("rest").bold = True
    calm.add_run(" of the visit went well.")
    document.save(str(path))
    return path


EXPECTED = [
    "Visit notes",
    "Today I visited [PERSON] at [ADDRESS], [POSTCODE].",
    "His mum rang on [CONTACT].\tShe was calm.",
    "[PERSON] came too.",
    "[PERSON]",
    "No concerns raised.",
    "See [PERSON]'s page for more.",
    "The rest of the visit went well.",
]


def _texts(path: Path) -> list[str]:
    return [p.text for p in docx_paragraphs(docx.Document(str(path)))]


def _runs(paragraph: Any) -> list[tuple[str, Any, Any]]:
    return [(run.text, run.bold, run.italic) for run in paragraph.runs]


@pytest.fixture
def visit(tmp_path: Path) -> Path:
    return make_visit(tmp_path / "visit.docx")


def test_output_docx_keeps_runs(run: Any, tmp_path: Path, visit: Path) -> None:  # noqa: F811
    """Identifiers gone, other text and run formatting kept, as many paragraphs as before."""
    before = docx.Document(str(visit))
    result = run("redact", "--style", "tag", "visit.docx", "-o", "safe.docx")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    out = tmp_path / "safe.docx"
    assert sorted(os.listdir(tmp_path)) == ["safe.docx", "visit.docx"]  # atomic: no temp file left
    after = docx.Document(str(out))  # a real Word document
    assert _texts(out) == EXPECTED
    assert len(after.paragraphs) == len(before.paragraphs) and len(after.tables) == 1
    xml = after.element.xml
    for secret in SECRETS:
        assert secret not in xml, secret
    visit_runs = _runs(after.paragraphs[1])
    assert visit_runs == [("Today I visited ", None, None), ("[PERSON]", True, None),
                          ("", None, True), (" at [ADDRESS], [POSTCODE].", None, None)]
    assert _runs(after.paragraphs[-1]) == _runs(before.paragraphs[-1])  # untouched formatting
    assert "\t" in after.paragraphs[2].text
    assert len(after.paragraphs[3].runs) == 1  # the break inside the name went, the run stayed


def test_hyperlink_kept(run: Any, tmp_path: Path, visit: Path) -> None:  # noqa: F811
    """The run inside a hyperlink is redacted; the link, its target and its bold stay."""
    assert run("redact", "--style", "tag", "visit.docx", "-o", "safe.docx").exit_code == 0
    paragraph = docx.Document(str(tmp_path / "safe.docx")).paragraphs[4]
    link = next(item for item in paragraph.iter_inner_content() if isinstance(item, Hyperlink))
    assert link.text == "[PERSON]'s page" and link.url == LINK
    assert link.runs[0].bold is True


def test_in_place_backup_docx(run: Any, tmp_path: Path, visit: Path) -> None:  # noqa: F811
    original = visit.read_bytes()
    result = run("redact", "--style", "tag", "--in-place", "--backup", "visit.docx")
    assert result.exit_code == 0, result.stderr
    assert sorted(os.listdir(tmp_path)) == ["visit.docx", "visit.docx.bak"]
    assert (tmp_path / "visit.docx.bak").read_bytes() == original
    assert _texts(visit) == EXPECTED


def test_text_outputs_of_docx(run: Any, tmp_path: Path, visit: Path) -> None:  # noqa: F811
    """To stdout or to a file not named .docx, a Word draft's redaction is its text."""
    to_stdout = run("redact", "--style", "tag", "visit.docx")
    assert to_stdout.exit_code == 0, to_stdout.stderr
    assert to_stdout.stdout == "\n".join(EXPECTED)
    assert run("redact", "--style", "tag", "visit.docx", "-o", "safe.txt").exit_code == 0
    assert (tmp_path / "safe.txt").read_text(encoding="utf-8") == to_stdout.stdout


def test_diff_of_docx(run: Any, tmp_path: Path, visit: Path) -> None:  # noqa: F811
    """--diff on a .docx shows the text diff and writes nothing."""
    result = run("redact", "--style", "tag", "--diff", "visit.docx")
    assert result.exit_code == 0, result.stderr
    assert "-Today I visited Callum Reeve at 58" in result.stdout
    assert "+Today I visited [PERSON] at [ADDRESS], [POSTCODE]." in result.stdout
    assert sorted(os.listdir(tmp_path)) == ["visit.docx"]


@pytest.mark.parametrize(("name", "content"), [("draft.txt", "Visited Callum Reeve.\n"),
                                               ("post.md", "# Visit\n\nVisited Callum Reeve.\n")])
def test_text_to_docx_refused(run: Any, tmp_path: Path, name: str,  # noqa: F811
                              content: str) -> None:
    """A text draft has no Word document to keep: a one-line error, exit 2, nothing written."""
    (tmp_path / name).write_text(content, encoding="utf-8")
    for args in (["-o", "out.docx"], ["-o", "OUT.DOCX"]):
        result = run("redact", name, *args)
        assert_one_line_error(result, "only a .docx draft can be written as a Word document")
        assert "Callum" not in result.stderr
    assert sorted(os.listdir(tmp_path)) == [name]


def test_an_edit_over_a_paragraph_break_never_joins_paragraphs() -> None:
    bounds = [(0, 5), (6, 12), (13, 20)]
    parts = split_edits([Edit(3, 9, "[X]"), Edit(14, 16, "")], bounds)
    assert parts == [[(3, 5, "[X]")], [(0, 3, "")], [(1, 3, "")]]


def test_paragraphs_without_identifiers_are_left_alone(tmp_path: Path) -> None:
    from redactcheck.redaction.docx import redact_docx

    path = make_visit(tmp_path / "v.docx")
    document = read_document(str(path))
    data = redact_docx(path.read_bytes(), document.text, [])
    (tmp_path / "same.docx").write_bytes(data)
    assert _texts(tmp_path / "same.docx") == _texts(path)


@pytest.fixture(scope="module")
def drafts() -> list[str]:
    texts = []
    for param in _drafts():
        value = param.values[0]
        texts.append(read_document(value).original if os.path.isfile(value) else value)
    return texts


def test_edits_rebuild_exactly_the_redacted_text(linter: Any, drafts: list[str]) -> None:
    """The edits read back from Presidio's result are the redaction, for every draft and style."""
    for text in drafts:
        findings = findings_to_redact(linter.check(text))
        for style in ("default", "tag", "mask"):
            done = redaction(text, findings, style)
            assert done.text == redact(text, findings, style)
            assert apply_edits(text, done.edits) == done.text
            assert all(a.end <= b.start for a, b in zip(done.edits, done.edits[1:]))
