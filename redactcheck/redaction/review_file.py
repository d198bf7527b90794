"""The parts of interactive review that are not terminal I/O.

Showing a finding in its line, and where the reviewed draft goes (the allowlist
file is written by `redactcheck.config.add_to_allowlist`). The draft's text only
ever goes to the terminal and to the file the person is told about.
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text

from redactcheck.types import Finding


def line_with_highlight(text: str, finding: Finding) -> Text:
    """The finding's line with the finding in reverse video, for rich to print."""
    start = text.rfind("\n", 0, finding.start) + 1
    end = text.find("\n", finding.end)
    end = len(text) if end == -1 else end
    line = Text(text[start:end])
    line.stylize("bold reverse red", finding.start - start, finding.end - start)
    return line


def default_target(path: Path) -> Path:
    """`post.md` -> `post.redacted.md`, beside the draft: the original is never lost by default."""
    return path.with_name(f"{path.stem}.redacted{path.suffix}")
