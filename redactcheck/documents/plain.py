"""Plain text: checked as it is, apart from lines that are redactcheck directives."""

from __future__ import annotations

from redactcheck.documents.canvas import TEXT_DIRECTIVE, Canvas, Converted


def plain_text(original: str) -> Converted:
    """Plain text is checked as is, apart from lines that are redactcheck directives."""
    canvas = Canvas(original)
    canvas.keep(0, len(original))
    for match in TEXT_DIRECTIVE.finditer(original):
        canvas.directives.append((match.start(1), match.group(2)))
        canvas.chars[match.start(1) : match.end(1)] = " " * (match.end(1) - match.start(1))
    return canvas.result()
