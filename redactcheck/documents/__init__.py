"""Reading input safely: size limits, format choice, .docx and directories; `decode` turns
the bytes into text.

Each format has one converter (`plain`, `html`, `markdown`; Word documents are read here), all
keeping the same-length canvas of `canvas`; `CONVERTERS` is the one table of them. This
module gets the bytes in, refuses what cannot be checked with a one-line
message, and hands the decoded original over. Nothing here logs or writes draft
text anywhere.
"""

from __future__ import annotations

import io
import os
import stat
import sys
from dataclasses import dataclass
from typing import Any, Callable, Iterator, Sequence

from redactcheck.documents.canvas import Converted, Directives
from redactcheck.documents.decode import decode_text
from redactcheck.documents.directives import parse as parse_directives
from redactcheck.documents.html import html_text
from redactcheck.documents.markdown import markdown_text
from redactcheck.documents.plain import plain_text
from redactcheck.errors import InputError
from redactcheck.types import line_col

__all__ = [
    "CONVERTERS",
    "EXTENSION_FORMATS",
    "FORMATS",
    "convert",
    "Directives",
    "Document",
    "checked_line",
    "docx_paragraphs",
    "document_from_bytes",
    "iter_paths",
    "read_bytes",
    "read_document",
    "reread",
]

CONVERTERS: dict[str, Callable[[str], Converted]] = {
    "text": plain_text,
    "markdown": markdown_text,
    "html": html_text,
}
FORMATS = frozenset({*CONVERTERS, "docx"})
# The one table of file kinds: a folder's files are checked when their extension is here.
EXTENSION_FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".docx": "docx",
}


def convert(fmt: str, original: str) -> Converted:
    """Same-length checkable text, directives and authors of a \"text\", \"markdown\" or \"html\"
    original."""
    return CONVERTERS[fmt](original)


# Never wait on open (a named pipe with no writer), and no newline translation on Windows.
_OPEN_FLAGS = getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


@dataclass(frozen=True)
class Document:
    """One input, as read (`original`) and as the recognisers should see it (`text`).

    `authors` are the names its front matter gives as the author: the Linter lets them
    go as the byline wherever the body names the author ("I'm Joanne").
    """

    source: str
    original: str
    text: str
    format: str
    directives: Directives = ()
    authors: tuple[str, ...] = ()

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
    """Read, validate and convert one input; every failure is a one-line InputError,
    a wrong inline directive included, so a run can report it and check the other files."""
    name = "<stdin>" if source == "-" else source
    shown = shown_name(name)
    fmt = format or ("text" if source == "-" else _format_for(source))
    if fmt not in FORMATS:
        raise InputError(
            f"{shown}: unknown format {fmt!r} (use one of {', '.join(sorted(FORMATS))})"
        )
    data = (
        _read_stdin(stdin_bytes, max_bytes)
        if source == "-"
        else _read_file(source, shown, max_bytes)
    )
    return document_from_bytes(name, data, format=fmt)


def document_from_bytes(name: str, data: bytes, *, format: str | None = None) -> Document:
    """A Document from bytes already in memory (an upload to the web page), read exactly as
    a file of that name would be; nothing is written anywhere on the way."""
    shown = shown_name(name)
    fmt = format or _format_for(name)
    if fmt not in FORMATS:
        known = ", ".join(sorted(FORMATS))
        raise InputError(f"{shown}: unknown format {fmt!r} (use one of {known})")
    if fmt == "docx":
        return _docx_document(name, shown, data)
    original = decode_text(shown, data)
    text, directives, authors = convert(fmt, original)
    parse_directives(text, directives, name)  # a wrong directive is this file's input error
    return Document(name, original, text, fmt, directives, authors)


def reread(document: Document, redacted: str) -> Document:
    """The document as it reads after redaction: `redacted` is its original file text
    redacted (its paragraphs, for a .docx), converted as the file was, so that redacting it
    again can be checked the way the file itself was."""
    if document.format == "docx" or len(document.original) != len(document.text):
        return Document(
            document.source, redacted, redacted, document.format, authors=document.authors
        )
    text, directives, authors = convert(document.format, redacted)
    return Document(document.source, redacted, text, document.format, directives, authors)


def read_bytes(source: str, *, max_bytes: int = 5_000_000) -> bytes:
    """A file's bytes under the same limits and one-line errors as read_document (the .docx
    writer needs the original package, not just its text)."""
    return _read_file(source, shown_name(source), max_bytes)


def iter_paths(
    paths: Sequence[str],
    *,
    extensions: frozenset[str],
    on_error: Callable[[InputError], None] | None = None,
) -> Iterator[str]:
    """Expand directories into checkable files (sorted, hidden folders skipped); pass the
    rest through. A folder that cannot be listed goes to `on_error` and the walk goes on
    (without it, the error is raised): one unreadable folder must not hide the files beside it."""
    wanted = frozenset(e.lower() if e.startswith(".") else f".{e.lower()}" for e in extensions)
    for path in paths:
        if path != "-" and os.path.isdir(path):
            yield from sorted(_walk(path, wanted, on_error))
        else:
            yield path


def _walk(
    root: str, wanted: frozenset[str], on_error: Callable[[InputError], None] | None
) -> Iterator[str]:
    """Files under root with a wanted extension; each folder that cannot be listed is reported."""

    def fail(error: OSError) -> None:
        where = shown_name(error.filename or root)
        problem = InputError(f"{where}: cannot read directory ({error.strerror})")
        if on_error is None:
            raise problem
        on_error(problem)

    for folder, dirs, files in os.walk(root, onerror=fail):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        yield from (
            os.path.join(folder, f) for f in files if os.path.splitext(f)[1].lower() in wanted
        )


def shown_name(name: str) -> str:
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
    """Read at most max_bytes, turning every OS failure into a message a person can act on.
    Opened without blocking and checked to be a regular file on the open handle, so a
    named pipe (which would wait for a writer for ever) is refused, however it got here."""
    try:
        if os.path.isdir(path):
            raise InputError(f"{shown}: is a directory, not a file")
        descriptor = os.open(path, os.O_RDONLY | _OPEN_FLAGS)
        with open(descriptor, "rb") as handle:
            info = os.fstat(descriptor)
            _check_regular(shown, info.st_mode)
            if info.st_size > max_bytes:
                raise _too_big(shown, info.st_size, max_bytes)
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError(f"{shown}: no such file") from None
    except PermissionError:
        raise InputError(f"{shown}: permission denied (cannot read the file)") from None
    except OSError as error:
        raise InputError(
            f"{shown}: cannot read ({error.strerror or type(error).__name__})"
        ) from None
    if len(data) > max_bytes:
        raise _too_big(shown, len(data), max_bytes)
    return data


def _check_regular(shown: str, mode: int) -> None:
    """Only a regular file is read: a pipe, socket or device could block or never end."""
    if stat.S_ISDIR(mode):
        raise InputError(f"{shown}: is a directory, not a file")
    if not stat.S_ISREG(mode):
        kinds = {stat.S_IFIFO: "a named pipe", stat.S_IFSOCK: "a socket"}
        kind = kinds.get(stat.S_IFMT(mode), "a device")
        raise InputError(f"{shown}: not a regular file ({kind}); for piped text use - (stdin)")


def _docx_document(name: str, shown: str, data: bytes) -> Document:
    """Paragraphs and table-cell paragraphs in document order, one per line."""
    import docx  # only Word documents need python-docx and lxml: kept off plain-text start-up

    try:
        paragraphs = [p.text for p in docx_paragraphs(docx.Document(io.BytesIO(data)))]
    except Exception as error:  # python-docx raises zip, XML, key and value errors alike
        raise InputError(f"{shown}: not a valid .docx file ({type(error).__name__})") from None
    text = "\n".join(checked_line(p) for p in paragraphs)
    if not text.strip():
        raise InputError(f"{shown}: file is empty (no text in the document)")
    return Document(name, text, text, "docx")


def checked_line(paragraph_text: str) -> str:
    """A paragraph as one line of the checked text: each line break inside it (a Word
    soft break) becomes one space, so the line keeps the paragraph's length and an offset
    in it is an offset in the paragraph, which the .docx writer relies on."""
    return paragraph_text.replace("\r", " ").replace("\n", " ")


def docx_paragraphs(container: Any) -> Iterator[Any]:
    """Body and nested-table paragraphs (python-docx Paragraphs) in document order, so text
    in tables is checked too; the one order both the reader and the writer follow."""
    from docx.text.paragraph import Paragraph

    seen: set[object] = set()
    for item in container.iter_inner_content():
        if isinstance(item, Paragraph):
            yield item
            continue
        for row in item.rows:
            for cell in row.cells:
                if cell._tc not in seen:  # merged cells repeat; check them once
                    seen.add(cell._tc)
                    yield from docx_paragraphs(cell)
