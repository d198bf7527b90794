"""`redactcheck review FILE`: decide finding by finding, then write the result.

For each finding the line is shown with the finding highlighted, and the
suggested replacement; the person chooses redact, keep, or allow always (the
term goes into the allowlist of the project config file in force for the draft:
`.redactcheck.yaml` or `[tool.redactcheck]` in `pyproject.toml`). Nothing is written
until the end, and the draft itself is never changed unless --in-place.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Sequence

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
from redactcheck.types import Finding, line_col

CHOICES = {"r": "redact", "k": "keep", "a": "allow always", "q": "quit without writing"}


def _prepare(
    path: str, styles: Sequence[str], config_file: str | None, common: dict[str, Any]
) -> tuple[str, list[Finding], str]:
    """(original text, findings to review, style spec); input errors before anything is shown."""
    from redactcheck.redaction import findings_to_redact
    from redactcheck.redaction.preview import base_text, style_spec

    config = load_config([path], config_file, flags(**common))
    style = style_spec(config.style, styles)
    document = read_document(path)
    if document.format == "docx":
        fail(f"{path}: review cannot rewrite a .docx; use 'redactcheck redact {path} -o FILE.docx'")
    report = check_documents(config, [document])[0]
    return base_text(document), findings_to_redact(report), style


def _ask(
    console: Any, text: str, finding: Finding, n: int, total: int, suggestion: str | None
) -> str:
    """Show one finding in its line (terminal only) and ask what to do."""
    from redactcheck.redaction.review_file import line_with_highlight

    line, column = line_col(text, finding.start)
    console.print(
        f"\n[{n}/{total}] line {line}:{column} {finding.category} ({finding.kind}): "
        f"{finding.explanation}",
        markup=False,
    )
    console.print(line_with_highlight(text, finding))
    console.print(
        f"  suggested: {suggestion if suggestion is not None else '(left as it is)'}", markup=False
    )
    menu = ", ".join(f"[{key}] {word}" for key, word in CHOICES.items())
    return click.prompt(
        f"  {menu}", type=click.Choice(list(CHOICES)), default="r", show_choices=False
    )


def _decide(
    text: str, findings: list[Finding], suggestions: dict[int, str]
) -> tuple[set[int], list[str]] | None:
    """(indices of findings to keep as they are, terms to allow always); None when the person
    quits. Nothing is written here: quitting must leave the allowlist as it was."""
    from rich.console import Console

    console = Console(file=sys.stdout, highlight=False)
    keep: set[int] = set()
    allowed: list[str] = []
    for i, finding in enumerate(findings):
        term = text[finding.start : finding.end]
        if term in allowed:
            keep.add(i)
            continue
        choice = _ask(console, text, finding, i + 1, len(findings), suggestions.get(i))
        if choice == "q":
            return None
        if choice == "a":
            allowed.append(term)
        if choice in ("k", "a"):
            keep.add(i)
    return keep, allowed


def _allow_always(terms: Sequence[str], draft: Path) -> None:
    """Add the terms chosen "allow always" to the allowlist of the project config file in
    force for the draft (the one `check` reads), once the review is done; with none, a new
    .redactcheck.yaml beside the draft."""
    from redactcheck.config import PROJECT_FILES, add_to_allowlist, find_project_file

    if not terms:
        return
    try:
        config_path = find_project_file(draft) or draft.resolve().parent / PROJECT_FILES[0]
        for term in terms:
            add_to_allowlist(config_path, term)
    except OSError as error:
        fail(f"{config_path}: cannot write: {error.strerror}")
    except RedactcheckError as error:
        fail(str(error))
    click.echo(
        f"added {len(terms)} term{'s' if len(terms) != 1 else ''} to the allowlist in {config_path}"
    )


@click.command()
@click.argument("path", type=click.Path(dir_okay=False))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    help="Write the reviewed draft here (default: FILE.redacted.EXT).",
)
@click.option("--in-place", is_flag=True, help="Replace the file itself (atomically).")
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
    help="How to redact (as for `redact`).",
)
@with_common
def review(
    path: str,
    output: str | None,
    in_place: bool,
    backup: bool,
    styles: tuple[str, ...],
    config_file: str | None,
    **common: Any,
) -> None:
    """Walk through each finding in a draft: redact it, keep it, or allow it always."""
    from redactcheck.atomic import write_atomic
    from redactcheck.redaction import redact, replacements
    from redactcheck.redaction.review_file import default_target

    if in_place and output:
        fail("--in-place and --output cannot be used together")
    try:
        text, findings, style = _prepare(path, styles, config_file, common)
        _, suggestions = replacements(text, findings, style)
        decided = _decide(text, findings, suggestions)
    except RedactcheckError as error:
        fail(str(error))
    if decided is None:
        click.echo("Stopped: nothing written (the allowlist is unchanged).")
        return
    keep, allowed = decided
    _allow_always(allowed, Path(path))
    target = Path(path) if in_place else Path(output) if output else default_target(Path(path))
    try:
        kept = write_atomic(
            target, redact(text, findings, style, keep=frozenset(keep)), backup=backup and in_place
        )
    except OSError as error:
        fail(f"{target}: cannot write: {error.strerror}")
    click.echo(f"{len(findings) - len(keep)} of {len(findings)} findings redacted; wrote {target}")
    if kept is not None:
        click.echo(f"kept the original as {kept}")
