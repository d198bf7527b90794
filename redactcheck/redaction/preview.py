"""What the `redact` and `review` commands show and write around the redacted text.

Kept apart from cli.py so the commands stay short: styles, the mapping, the diff,
and whether a redaction is written as text or as a Word document. Nothing here
writes draft text anywhere but the terminal streams the person asked for.
"""

from __future__ import annotations

import difflib
from typing import Any, Sequence, TextIO

from redactcheck.documents import read_bytes, shown_name
from redactcheck.errors import ConfigError, InputError
from redactcheck.redaction.styles import StyleError, layer
from redactcheck.types import Finding


def style_spec(configured: str, items: Sequence[str]) -> str:
    """The configured style with `--style STYLE` / `--style CATEGORY=STYLE` laid over it."""
    try:
        return layer(configured, items)
    except StyleError as error:
        raise ConfigError(f"--style: {error}") from None


def writes_docx(document: Any, target: str | None) -> bool:
    """Whether the redaction is written as a Word document: a .docx draft to a .docx path
    (`-o out.docx`, `--in-place`). A text draft has no Word document to keep, so a .docx
    target for it is refused; a .docx draft to stdout or another name gives its text."""
    if target is None or not target.lower().endswith(".docx"):
        return False
    if document.format != "docx":
        raise InputError(
            f"{shown_name(target)}: only a .docx draft can be written as a Word document; "
            f"{shown_name(document.source)} is {document.format} (write to a text file instead)"
        )
    return True


def docx_bytes(document: Any, done: Any) -> bytes:
    """The original .docx with the redaction's edits made in its runs (see docx_out). The
    edits must rebuild the redacted text exactly, or the Word copy could differ from it."""
    from redactcheck.redaction import apply_edits
    from redactcheck.redaction.docx import redact_docx  # python-docx: only for Word documents

    if apply_edits(document.text, done.edits) != done.text:
        raise InputError(
            f"{shown_name(document.source)}: the redaction cannot be laid onto the "
            "document's runs; write it to a text file instead"
        )
    data = read_bytes(document.source)
    return redact_docx(data, document.text, done.edits, shown=shown_name(document.source))


def base_text(document: Any) -> str:
    """The original file text when the checked text maps onto it 1:1 (text, Markdown, HTML)."""
    return document.original if len(document.original) == len(document.text) else document.text


def write_mapping(text: str, findings: Sequence[Finding], stream: TextIO) -> None:
    """Who became Person A, B...; for the person's eyes only (stderr), never a file."""
    from redactcheck.redaction import people_in

    for label, names in people_in(text, findings).mapping():
        stream.write(f"{label}: {', '.join(names)}\n")


def unified_diff(before: str, after: str, source: str) -> str:
    """A unified diff of the redaction, for review before anything is written."""
    lines = difflib.unified_diff(
        before.splitlines(keepends=True),
        after.splitlines(keepends=True),
        fromfile=source,
        tofile=f"{source} (redacted)",
    )
    return "".join(
        line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines
    )
