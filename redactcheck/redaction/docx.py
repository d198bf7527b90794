"""Writing a redacted Word document: the original .docx with its identifiers replaced in place.

A .docx keeps its formatting on runs (bold, italic, a hyperlink's style) inside
paragraphs, so a redacted copy must change run text, never rebuild paragraphs:
each identifier's replacement goes into the run where the identifier starts and
its other characters are removed from the runs they were in, so every paragraph
and every run stays, with its formatting. Paragraphs are visited in the reader's
own order (`documents.docx_paragraphs`), which is what makes an offset in the
checked text an offset here. Everything happens in memory; nothing is logged.
"""

from __future__ import annotations

import io
from typing import Any, Iterator, Sequence

from redactcheck.documents import checked_line, docx_paragraphs
from redactcheck.errors import InputError
from redactcheck.redaction import Edit

# A run's text-bearing children, exactly those python-docx joins into `run.text`.
_RUN_CONTENT = "w:br | w:cr | w:noBreakHyphen | w:ptab | w:t | w:tab"
_Part = tuple[int, int, str]  # (start, end, replacement) within one paragraph's text


def redact_docx(data: bytes, text: str, edits: Sequence[Edit], shown: str = "<docx>") -> bytes:
    """New .docx bytes with the edits made; `text` is the checked text the edits were
    planned on, which must be this document's (else it changed since it was read)."""
    import docx  # python-docx only for Word documents, as in documents.py

    try:
        document = docx.Document(io.BytesIO(data))
        paragraphs = list(docx_paragraphs(document))
    except Exception as error:  # zip, XML, key and value errors alike, as when reading
        raise InputError(f"{shown}: not a valid .docx file ({type(error).__name__})") from None
    if "\n".join(checked_line(p.text) for p in paragraphs) != text:
        raise InputError(f"{shown}: the document changed while it was being redacted; run again")
    bounds, at = [], 0
    for paragraph in paragraphs:
        bounds.append((at, at + len(paragraph.text)))
        at += len(paragraph.text) + 1
    for paragraph, parts in zip(paragraphs, split_edits(edits, bounds)):
        if parts:
            rewrite_paragraph(paragraph, parts)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def split_edits(edits: Sequence[Edit], bounds: Sequence[tuple[int, int]]) -> list[list[_Part]]:
    """Each edit's part in each paragraph, in paragraph offsets. An edit reaching over a
    paragraph break (a rule matching across lines) gives its replacement to the first
    paragraph and empties its part of the next: paragraphs are never joined."""
    parts: list[list[_Part]] = [[] for _ in bounds]
    for edit in edits:
        replacement = edit.replacement
        for index, (start, end) in enumerate(bounds):
            low, high = max(edit.start, start), min(edit.end, end)
            if low < high:
                parts[index].append((low - start, high - start, replacement))
                replacement = ""
    return parts


def rewrite_paragraph(paragraph: Any, parts: Sequence[_Part]) -> None:
    """Make the parts' changes in the paragraph's runs (hyperlinks' runs included)."""
    fate: dict[int, str] = {}  # character -> "" (removed) or the replacement standing for it
    for start, end, replacement in parts:
        fate.update(dict.fromkeys(range(start + 1, end), ""))
        fate[start] = replacement
    at = 0
    for element in list(run_content(paragraph)):
        length = len(str(element))
        if any(offset in fate for offset in range(at, at + length)):
            _change(element, [fate.get(offset) for offset in range(at, at + length)])
        at += length


def run_content(paragraph: Any) -> Iterator[Any]:
    """The text-bearing elements of a paragraph's runs, in the order of `paragraph.text`:
    runs directly in the paragraph and runs inside its hyperlinks."""
    for child in paragraph._p.xpath("./w:r | ./w:hyperlink"):
        runs = [child] if child.tag.endswith("}r") else child.xpath("./w:r")
        for run in runs:
            yield from run.xpath(_RUN_CONTENT)


def _change(element: Any, fates: list[str | None]) -> None:
    """Text (`w:t`) is rewritten character by character; a tab or line break inside an
    identifier goes, and one that starts it leaves its replacement in a new `w:t`."""
    from docx.oxml.ns import qn

    if element.tag == qn("w:t"):
        text = element.text or ""
        element.text = "".join(char if fate is None else fate for char, fate in zip(text, fates))
        element.set(qn("xml:space"), "preserve")
        return
    if fates[0]:
        element.addprevious(_text_element(fates[0]))
    element.getparent().remove(element)


def _text_element(value: str) -> Any:
    """A `w:t` holding `value`, its spaces kept."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element = OxmlElement("w:t")
    element.text = value
    element.set(qn("xml:space"), "preserve")
    return element
