"""What a scan reads: files in folders (honouring .gitignore) and posts in JSONL and CSV exports.

Each post becomes an `Entry`: a stable key (for --resume), the id shown in the results,
and a way to read it as a `Document`, so every post goes through the same Linter path as
`redactcheck check`. Problems are one-line `InputError`s handed to `on_error`, and the
walk goes on: one bad line in an export never hides the rest of it.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from dataclasses import dataclass
from typing import Any, Callable, Iterator, Sequence

import pathspec

from redactcheck.documents import Document, convert, read_document
from redactcheck.documents.directives import parse as parse_directives
from redactcheck.errors import InputError

EXPORTS = frozenset({".jsonl", ".csv"})
MAX_RECORD_CHARS = 5_000_000
OnError = Callable[[InputError], None]


@dataclass(frozen=True)
class Fields:
    """Where an export keeps each post's text and id (an id of None: the line or row number)."""

    text_field: str = "text"
    id_field: str | None = None
    text_column: str = "text"
    id_column: str | None = None


@dataclass(frozen=True)
class Entry:
    """One post to check: `key` is unique in a run (the file, or the export and its id),
    `id` is what the results call it, `record` the line or row in an export (else None)."""

    key: str
    id: str
    source: str
    record: int | None
    read: Callable[[], Document]


def entries(
    paths: Sequence[str], extensions: frozenset[str], fields: Fields, on_error: OnError
) -> Iterator[Entry]:
    """Every post under `paths`, in a stable order: folders walked in sorted order, exports
    line by line. A path that does not exist is an error of its own."""
    for path in paths:
        if path == "-":
            on_error(
                InputError(
                    "-: scan reads files, folders and exports, not stdin (use check for piped text)"
                )
            )
        elif os.path.isdir(path):
            for found in walk(path, extensions | EXPORTS, on_error):
                yield from _entries_of(found, fields, on_error)
        elif os.path.exists(path):
            yield from _entries_of(path, fields, on_error)
        else:
            on_error(InputError(f"{shown_name(path)}: no such file or folder"))


def _entries_of(path: str, fields: Fields, on_error: OnError) -> Iterator[Entry]:
    suffix = os.path.splitext(path)[1].lower()
    if suffix == ".jsonl":
        yield from _jsonl_entries(path, fields, on_error)
    elif suffix == ".csv":
        yield from _csv_entries(path, fields, on_error)
    else:
        yield Entry(os.path.normpath(path), path, path, None, lambda: read_document(path))


def walk(root: str, wanted: frozenset[str], on_error: OnError) -> Iterator[str]:
    """Files under `root` with a wanted extension, sorted, skipping hidden folders and
    whatever the .gitignore files of the repository (above and below root) exclude."""
    ignores = _IgnoreFiles(on_error)

    def fail(error: OSError) -> None:
        on_error(
            InputError(
                f"{shown_name(error.filename or root)}: cannot read directory ({error.strerror})"
            )
        )

    for folder, dirs, files in os.walk(root, onerror=fail):
        dirs[:] = sorted(
            d
            for d in dirs
            if not d.startswith(".") and not ignores.ignored(os.path.join(folder, d), is_dir=True)
        )
        for name in sorted(files):
            path = os.path.join(folder, name)
            if os.path.splitext(name)[1].lower() in wanted and not ignores.ignored(
                path, is_dir=False
            ):
                yield path


class _IgnoreFiles:
    """The .gitignore files that apply to a path: those in its folder and every folder above
    it up to the repository's top (the folder holding .git), each matched relative to its own
    folder, as git does. Outside a repository only the folders scanned count."""

    def __init__(self, on_error: OnError) -> None:
        self.on_error = on_error
        self.specs: dict[str, pathspec.PathSpec | None] = {}

    def ignored(self, path: str, is_dir: bool) -> bool:
        full = os.path.abspath(path)
        for folder in _folders_up(os.path.dirname(full)):
            spec = self._spec(folder)
            if spec is None:
                continue
            relative = os.path.relpath(full, folder).replace(os.sep, "/")
            if spec.match_file(relative + ("/" if is_dir else "")):
                return True
        return False

    def _spec(self, folder: str) -> pathspec.PathSpec | None:
        if folder not in self.specs:
            self.specs[folder] = self._read(os.path.join(folder, ".gitignore"))
        return self.specs[folder]

    def _read(self, path: str) -> pathspec.PathSpec | None:
        try:
            with open(path, encoding="utf-8", errors="replace") as handle:
                return pathspec.GitIgnoreSpec.from_lines(handle)
        except FileNotFoundError:
            return None
        except OSError as error:
            self.on_error(InputError(f"{shown_name(path)}: cannot read ({error.strerror})"))
            return None


def _folders_up(folder: str) -> list[str]:
    """`folder` and the folders above it, up to the repository's top (or the root)."""
    found = []
    while True:
        found.append(folder)
        parent = os.path.dirname(folder)
        if os.path.isdir(os.path.join(folder, ".git")) or parent == folder:
            return found
        folder = parent


def _jsonl_entries(path: str, fields: Fields, on_error: OnError) -> Iterator[Entry]:
    """One entry per JSON object line; blank lines are skipped. Each line is decoded on its
    own, so a line that is not UTF-8 is its own error and the lines after it still count."""
    try:
        handle = open(path, "rb")
    except OSError as error:
        on_error(InputError(f"{shown_name(path)}: cannot read ({error.strerror})"))
        return
    with handle:
        for number, raw in enumerate(handle, 1):
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError:
                on_error(InputError(f"{shown_name(path)}:{number}: not UTF-8 text"))
                continue
            if line.strip():
                entry = _jsonl_entry(path, number, line, fields, on_error)
                if entry is not None:
                    yield entry


def _jsonl_entry(
    path: str, number: int, line: str, fields: Fields, on_error: OnError
) -> Entry | None:
    where = f"{shown_name(path)}:{number}"
    try:
        record = json.loads(line)
    except ValueError:
        on_error(InputError(f"{where}: not a JSON line"))
        return None
    if not isinstance(record, dict):
        on_error(InputError(f"{where}: not a JSON object"))
        return None
    return _record_entry(
        path,
        number,
        record.get(fields.text_field),
        fields.text_field,
        record.get(fields.id_field) if fields.id_field else str(number),
        fields.id_field,
        on_error,
    )


def _csv_entries(path: str, fields: Fields, on_error: OnError) -> Iterator[Entry]:
    """One entry per row; the header names the columns."""
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # a long post is one field
    try:
        with open(path, "rb") as raw:
            handle = io.StringIO(raw.read().decode("utf-8-sig"), newline="")
    except OSError as error:
        on_error(InputError(f"{shown_name(path)}: cannot read ({error.strerror})"))
        return
    except UnicodeDecodeError as error:  # the whole file, before any row: rows are not lines
        on_error(InputError(f"{shown_name(path)}: not a readable CSV file ({_reason(error)})"))
        return
    with handle:
        try:
            reader = csv.DictReader(handle)
            columns = list(reader.fieldnames or ())
            missing = [c for c in (fields.text_column, fields.id_column) if c and c not in columns]
            if missing:
                where = f"{shown_name(path)}: no column {missing[0]!r}"
                on_error(InputError(f"{where} (columns: {', '.join(columns)})"))
                return
            last = reader.line_num
            for row in reader:
                number, last = last + 1, reader.line_num  # the line the row starts on
                ident = row.get(fields.id_column) if fields.id_column else str(number)
                text = row.get(fields.text_column)
                entry = _record_entry(
                    path, number, text, fields.text_column, ident, fields.id_column, on_error
                )
                if entry is not None:
                    yield entry
        except csv.Error as error:
            on_error(InputError(f"{shown_name(path)}: not a readable CSV file ({_reason(error)})"))


def _record_entry(
    path: str,
    number: int,
    text: Any,
    text_name: str,
    ident: Any,
    id_name: str | None,
    on_error: OnError,
) -> Entry | None:
    """An entry for one post of an export, or None after reporting why it cannot be one."""
    where = f"{shown_name(path)}:{number}"
    if not isinstance(text, str):
        on_error(InputError(f"{where}: no text in {text_name!r}"))
        return None
    if len(text) > MAX_RECORD_CHARS:
        on_error(
            InputError(f"{where}: {len(text):,} characters is over the {MAX_RECORD_CHARS:,} limit")
        )
        return None
    if isinstance(ident, bool) or not isinstance(ident, (str, int)) or ident == "":
        on_error(InputError(f"{where}: no id in {id_name!r}"))
        return None
    ident = str(ident)
    return Entry(
        f"{path}\0{ident}", ident, path, number, lambda: record_document(f"{path}#{ident}", text)
    )


def record_document(name: str, original: str) -> Document:
    """A post from an export as a plain-text Document: its inline directives are honoured
    just as in a file (a wrong one is this post's input error)."""
    text, directives, authors = convert("text", original)
    parse_directives(text, directives, name)
    return Document(name, original, text, "text", directives, authors)


def _reason(error: Exception) -> str:
    return "not UTF-8 text" if isinstance(error, UnicodeDecodeError) else str(error).split("\n")[0]


def shown_name(name: str) -> str:
    """The name as it can safely appear in a one-line message."""
    return "".join(c if c.isprintable() else "?" for c in str(name))
