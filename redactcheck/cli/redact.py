"""`redactcheck redact`: print or write a draft with each identifier replaced."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from redactcheck.cli.options import (
    check_documents,
    fail,
    flags,
    load_config,
    read_document,
    with_common,
)
from redactcheck.errors import RedactcheckError

if TYPE_CHECKING:
    from redactcheck.config import Config
    from redactcheck.documents import Document
    from redactcheck.types import Finding, Report


@click.command()
@click.argument("path", default="-")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    help="Write the redacted text here (a .docx draft to FILE.docx: a Word document).",
)
@click.option(
    "--in-place", is_flag=True, help="Replace the file itself (atomically; a .docx stays a .docx)."
)
@click.option(
    "--backup",
    is_flag=True,
    help="With --in-place, keep the original as FILE.bak (FILE.bak.1... if taken).",
)
@click.option(
    "--style",
    "styles",
    multiple=True,
    metavar="STYLE|CATEGORY=STYLE",
    help="tag, pseudonym, generalise or mask, for all or one category (repeatable; default: "
    "pseudonyms for people, general words for quasi identifiers, tags for the rest).",
)
@click.option(
    "--show-mapping",
    is_flag=True,
    help="Print who became Person A, B... to stderr (never written to disk).",
)
@click.option(
    "--diff",
    "as_diff",
    is_flag=True,
    help="Print a unified diff instead of the redacted text; writes nothing.",
)
@with_common
def redact(
    path: str,
    output: str | None,
    in_place: bool,
    backup: bool,
    styles: tuple[str, ...],
    show_mapping: bool,
    as_diff: bool,
    config_file: str | None,
    **common: Any,
) -> None:
    """Print a draft with each identifier replaced: Person A, a teenager, [ADDRESS]..."""
    from redactcheck.redaction import preview

    if in_place and (path == "-" or output):
        fail("--in-place needs a file path and no --output")
    if as_diff and (in_place or output):
        fail("--diff prints to stdout; drop --in-place and --output")
    target = path if in_place else output
    try:
        config = load_config([path], config_file, flags(**common))
        style = preview.style_spec(config.style, styles)
        document = read_document(path)
        as_word = preview.writes_docx(document, target)  # before the model loads
        report = check_documents(config, [document])[0]
        done = redaction(config, document, report, style)
        content = preview.docx_bytes(document, done) if as_word else done.text
    except RedactcheckError as error:
        fail(str(error))
    if show_mapping:
        from redactcheck.redaction import findings_to_redact

        preview.write_mapping(preview.base_text(document), findings_to_redact(report), sys.stderr)
    if as_diff:
        before = preview.base_text(document)
        click.echo(preview.unified_diff(before, done.text, document.source), nl=False)
        return
    _write_output(content, target, backup)


def redaction(config: "Config", document: "Document", report: "Report", style: str) -> Any:
    """Redact the original file text (offsets match it for text, Markdown and HTML; a
    .docx's text is its paragraphs): the redacted text and the edits that made it, checked
    again (the same way, directives and all) until a second redaction would change nothing."""
    from redactcheck.documents import reread
    from redactcheck.redaction import findings_to_redact, settled
    from redactcheck.redaction.preview import base_text

    def recheck(redacted: str) -> list["Finding"]:
        again = check_documents(config, [reread(document, redacted)], use_cache=False)
        return findings_to_redact(again[0])

    return settled(base_text(document), findings_to_redact(report), style, recheck)


def _write_output(text: str | bytes, target: str | None, backup: bool) -> None:
    from redactcheck.atomic import write_atomic

    if target is None:
        click.echo(text, nl=False)  # text only: a Word document is written to a .docx path
        return
    try:
        kept = write_atomic(Path(target), text, backup=backup)
    except OSError as error:
        fail(f"{target}: cannot write: {error.strerror}")
    if kept is not None:
        click.echo(f"kept the original as {kept}", err=True)
