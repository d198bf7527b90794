"""Reading input safely: size limits, decoding, format choice, .docx and directories.

Converting text formats into checkable text lives in `redactcheck.markup`; this
module only gets the bytes in, refuses what cannot be checked with a one-line
message, and hands the decoded original over. Nothing here logs or writes draft
text anywhere.
"""
from __future__ import annotations

import codecs
import io
import os
import sys
from dataclasses import dataclass
from typing import Iterator, Sequence

from redactcheck.errors import InputError
from redactcheck.markup import FRONT_MATTER_KEYS, LINE_BREAK, Directives, convert
from redactcheck.types import line_col

__all__ = [
    "EXTENSION_FORMATS", "FORMATS", "FRONT_MATTER_KEYS", "Directives", "Document",
    "decode_text", "iter_paths", "read_document",
]

FORMATS = frozenset({"text", "markdown", "html", "docx"})
EXTENSION_FORMATS = {
    ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html", ".docx": "docx"
}
_MAGIC = {
    b"%PDF-": "PDF", b"\x89PNG": "PNG image", b"GIF8": "GIF image", b"\xff\xd8\xff": "JPEG image",
    b"PK\x03\x04": "ZIP archive; a Word document must be named .docx",
    b"\xd0\xcf\x11\xe0": "old Word/Office format; save it as .docx", b"\x1f\x8b": "gzip archive",
}


@dataclass(frozen=True)
class Document:
    """One input, as read (`original`) and as the recognisers should see it (`text`)."""

    source: str
    original: str
    text: str
    format: str
    directives: Directives = ()

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) in the original; for .docx, (paragraph, column)."""
        return line_col(self.original, max(0, min(offset, len(self.original))))


def read_document(
    source: str,
    *,
    max_bytes: int = 5_000_000,
    stdin_bytes: bytes | None = None,
    format: str | None = None,
) -> Document:
    """Read, validate and convert one input; every failure is a one-line InputError."""
    name = "<stdin>" if source == "-" else source
    shown = _shown(name)
    fmt = format or ("text" if source == "-" else _format_for(source))
    if fmt not in FORMATS:
        raise InputError(f"{shown}: unknown format {fmt!r} (use one of {', '.join(sorted(FORMATS))})")
    data = _read_stdin(stdin_bytes, max_bytes) if source == "-" else _read_file(source, shown, max_bytes)
    if fmt == "docx":
        return _docx_document(name, shown, data)
    original = decode_text(shown, data)
    text, directives = convert(fmt, original)
    return Document(name, original, text, fmt, directives)


def iter_paths(paths: Sequence[str], *, extensions: frozenset[str]) -> Iterator[str]:
    """Expand directories into checkable files (sorted, hidden folders skipped); pass the rest through."""
    wanted = frozenset(e.lower() if e.startswith(".") else f".{e.lower()}" for e in extensions)
    for path in paths:
        if path != "-" and os.path.isdir(path):
            yield from sorted(_walk(path, wanted))
        else:
            yield path


def _walk(root: str, wanted: frozenset[str]) -> Iterator[str]:
    """Files under root with a wanted extension; an unreadable folder stops the run loudly."""

    def fail(error: OSError) -> None:
        raise InputError(f"{_shown(error.filename or root)}: cannot read directory ({error.strerror})")

    for folder, dirs, files in os.walk(root, onerror=fail):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        yield from (os.path.join(folder, f) for f in files if os.path.splitext(f)[1].lower() in wanted)


def _shown(name: str) -> str:
    """The name as it can safely appear in a one-line message."""
    return "".join(c if c.isprintable() else "?" for c in name)


def _format_for(path: str) -> str:
    """Format by extension; anything unknown is checked as plain text rather than skipped."""
    return EXTENSION_FORMATS.get(os.path.splitext(path)[1].lower(), "text")


def _too_big(shown: str, size: int, max_bytes: int) -> InputError:
    """One wording for the size limit, whichever way the size was found."""
    return InputError(f"{shown}: {size:,} bytes is over the {max_bytes:,}-byte limit")


def _read_stdin(data: bytes | None, max_bytes: int) -> bytes:
    """Read at most max_bytes + 1 so an endless stream is refused, not swallowed whole."""
    if data is None:
        data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise _too_big("<stdin>", len(data), max_bytes)
    return data


def _read_file(path: str, shown: str, max_bytes: int) -> bytes:
    """Read at most max_bytes, turning every OS failure into a message a person can act on."""
    try:
        if os.path.isdir(path):
            raise InputError(f"{shown}: is a directory, not a file")
        size = os.stat(path).st_size
        if size > max_bytes:
            raise _too_big(shown, size, max_bytes)
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError(f"{shown}: no such file") from None
    except PermissionError:
        raise InputError(f"{shown}: permission denied (cannot read the file)") from None
    except OSError as error:
        raise InputError(f"{shown}: cannot read ({error.strerror or type(error).__name__})") from None
    if len(data) > max_bytes:
        raise _too_big(shown, len(data), max_bytes)
    return data


def decode_text(shown: str, data: bytes) -> str:
    """Strict UTF-8 (BOM allowed), with a hint at what the file really is when it is not."""
    if not data.strip():
        raise InputError(f"{shown}: file is empty")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or _looks_utf16(data):
        raise InputError(f"{shown}: looks like UTF-16, save it as UTF-8")
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"{shown}: binary file ({kind}), not text")
    if b"\x00" in data:
        raise InputError(f"{shown}: binary file (contains NUL bytes), not text")
    bom = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        text = data[bom:].decode("utf-8")
    except UnicodeDecodeError as error:
        raise _encoding_error(shown, data, error.start + bom) from None
    if not text.strip():
        raise InputError(f"{shown}: file is empty (only whitespace)")
    return text


def _looks_utf16(data: bytes) -> bool:
    """Mostly-ASCII UTF-16 without a BOM: every other byte is NUL."""
    sample = data[:512]
    even, odd = sample[0::2], sample[1::2]
    if len(odd) < 2:
        return False
    return (odd.count(0) > 0.6 * len(odd) and even.count(0) < 0.1 * len(even)) or (
        even.count(0) > 0.6 * len(even) and odd.count(0) < 0.1 * len(odd)
    )


def _encoding_error(shown: str, data: bytes, offset: int) -> InputError:
    """Name the likely real encoding so the fix (re-save as UTF-8) is obvious."""
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return InputError(f"{shown}: not valid UTF-8 (byte {offset}); save it as UTF-8")
    return InputError(
        f"{shown}: not valid UTF-8 (byte {offset}); looks like Windows-1252 (Latin-1); save it as UTF-8"
    )


def _docx_document(name: str, shown: str, data: bytes) -> Document:
    """Paragraphs and table-cell paragraphs in document order, one per line."""
    import docx  # only Word documents need python-docx and lxml: kept off plain-text start-up

    try:
        paragraphs = list(_docx_paragraphs(docx.Document(io.BytesIO(data))))
    except Exception as error:  # python-docx raises zip, XML, key and value errors alike
        raise InputError(f"{shown}: not a valid .docx file ({type(error).__name__})") from None
    text = "\n".join(LINE_BREAK.sub(" ", p) for p in paragraphs)
    if not text.strip():
        raise InputError(f"{shown}: file is empty (no text in the document)")
    return Document(name, text, text, "docx")


def _docx_paragraphs(container: object) -> Iterator[str]:
    """Body and nested-table paragraphs, so text in tables is checked too."""
    from docx.text.paragraph import Paragraph

    seen: set[object] = set()
    for item in container.iter_inner_content():  # type: ignore[attr-defined]
        if isinstance(item, Paragraph):
            yield item.text
            continue
        for row in item.rows:
            for cell in row.cells:
                if cell._tc not in seen:  # merged cells repeat; check them once
                    seen.add(cell._tc)
                    yield from _docx_paragraphs(cell)
