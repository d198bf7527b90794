"""What the `redact` and `review` commands show around the redacted text.

Kept apart from cli.py so the commands stay short. Nothing here writes draft
text anywhere but the terminal streams the person asked for.
"""
from __future__ import annotations

import difflib
from typing import Any, Sequence, TextIO

from .errors import ConfigError
from .styles import StyleError, layer
from .types import Finding


def style_spec(configured: str, items: Sequence[str]) -> str:
    """The configured style with `--style STYLE` / `--style CATEGORY=STYLE` laid over it."""
    try:
        return layer(configured, items)
    except StyleError as error:
        raise ConfigError(f"--style: {error}") from None


def base_text(document: Any) -> str:
    """The original file text when the checked text maps onto it 1:1 (text, Markdown, HTML)."""
    return document.original if len(document.original) == len(document.text) else document.text


def write_mapping(text: str, findings: Sequence[Finding], stream: TextIO) -> None:
    """Who became Person A, B...; for the person's eyes only (stderr), never a file."""
    from .redaction import people_in

    for label, names in people_in(text, findings).mapping():
        stream.write(f"{label}: {', '.join(names)}\n")


def unified_diff(before: str, after: str, source: str) -> str:
    """A unified diff of the redaction, for review before anything is written."""
    lines = difflib.unified_diff(
        before.splitlines(keepends=True), after.splitlines(keepends=True), fromfile=source, tofile=f"{source} (redacted)"
    )
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)
