"""`redactcheck scan`: screen a whole collection of posts with the checks of `check`.

    entries (folders, exports) -> skip what the results already hold (--resume)
      -> read each as a Document -> an engine checks it (Linter.check_document)
      -> the baseline, if any -> one result line, a redacted copy, the tally

The command (cli_scan.py) gives the settings and decides the exit code; nothing here
writes draft text anywhere but the redacted copies the person asked for (and the result
lines, with --include-text).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from redactcheck.batch.cache import settings_fingerprint
from redactcheck.batch.results import FORMAT, ResultsFile, Stored, Tally, entry_key, to_record
from redactcheck.batch.sources import Entry
from redactcheck.config import Config
from redactcheck.documents import Document
from redactcheck.errors import InputError
from redactcheck.linter import load_active_rules
from redactcheck.types import Report
from redactcheck.version import __version__

OnError = Callable[[InputError], None]


@dataclass(frozen=True)
class ScanSettings:
    """How to scan, as the command was told."""

    output: str = "-"
    jobs: int = 1
    engine: str = "local"
    scheduler: str | None = None
    resume: bool = False
    include_text: bool = False
    redact_to: str | None = None
    style: str = "default"
    progress: bool | None = None  # None: on a terminal


def header(config: Config) -> dict[str, Any]:
    """The first line of the results: which tool, model and settings made them (once)."""
    return {
        "format": FORMAT,
        "tool": "redactcheck",
        "version": __version__,
        "model": model_version(config.model),
        "settings": settings_id(config),
    }


def settings_id(config: Config) -> str:
    """What can change a document's findings: rules, model, allowlists, code and data files.
    Not --fail-on or where the settings came from, which change no result line."""
    bare = replace(config, fail_on="default", show_text=True, sources=())
    return settings_fingerprint(bare, __version__)[:16]


def model_version(name: str) -> str:
    """The pipeline's name and version from its meta.json, read without loading the model."""
    import spacy.util

    from redactcheck.detect.nlp import resolve_model

    target = Path(resolve_model(name))
    folder = target if target.is_dir() else spacy.util.get_package_path(str(target))
    metas = [folder / "meta.json"] + sorted(folder.glob("*/meta.json"))
    for meta_path in metas:
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        return f"{meta.get('lang', '')}_{meta.get('name', name)}-{meta.get('version', '?')}"
    return str(name)


def scan(
    config: Config,
    entries: Iterable[Entry],
    settings: ScanSettings,
    *,
    make_linter: Callable[[Config], Any],
    on_error: OnError,
    fails: Callable[[Any], bool],
    accepted: Any = None,
    places: Any = None,
) -> Tally:
    """Check every entry not already in the results, appending a line for each; the tally
    covers the whole results file (earlier lines too, with --resume)."""
    if settings.engine == "dask" or settings.jobs > 1:
        load_active_rules(config)  # a broken rule file is one line here, not a worker's traceback
    results = ResultsFile(settings.output, header(config), settings.resume)
    tally = Tally()
    done = set()
    for record in results.open():
        done.add(entry_key(record))
        tally.add(record, fails(Stored(record)), resumed=True)
    todo = [e for e in entries if e.key not in done]
    engine = _engine(config, settings, make_linter) if todo else None
    try:
        with Progress(len(todo), settings.progress) as advance:
            for (entry, document), report in (
                engine.run(_documents(todo, on_error, advance)) if engine else ()
            ):
                report = accepted.apply_all([report], places)[0] if accepted else report
                record = to_record(entry, report, settings.include_text)
                if settings.redact_to:
                    write_redacted(settings.redact_to, entry, document, report, settings.style)
                results.append(record)
                tally.add(record, fails(report))
                advance()
    finally:
        results.close()
        if engine:
            engine.close()
    return tally


def _documents(
    todo: list[Entry], on_error: OnError, advance: Callable[[], None]
) -> Iterator[tuple[Entry, Document]]:
    """Each entry read as a Document; one that cannot be read is an input error (and the
    progress bar still moves on). A key seen twice (two posts with one id) is one too."""
    seen: set[str] = set()
    for entry in todo:
        # a file named twice is scanned once; an id twice in an export is an error
        if entry.key in seen:
            if entry.record is not None:
                on_error(
                    InputError(
                        f"{entry.source}:{entry.record}: id {entry.id!r} again; ids must be unique"
                    )
                )
            advance()
            continue
        seen.add(entry.key)
        try:
            document = entry.read()
        except InputError as error:
            on_error(error)
            advance()
            continue
        yield entry, document


def _engine(config: Config, settings: ScanSettings, make_linter: Callable[[Config], Any]) -> Any:
    from redactcheck.batch.engines import DaskEngine, LocalEngine

    if settings.engine == "dask":
        return DaskEngine(config, settings.jobs, settings.scheduler)
    return LocalEngine(config, settings.jobs, make_linter)


def redacted_path(folder: str, entry: Entry) -> Path:
    """Where an entry's redacted copy goes: a file keeps its path (made relative) under the
    folder; a post from an export goes to EXPORT-NAME/ID.txt (the id made safe as a name)."""
    base = Path(folder)
    if entry.record is None:
        return base / _relative(entry.source)
    safe = (
        "".join(c if c.isalnum() or c in "-_." else "_" for c in entry.id)[:80].lstrip(".")
        or "post"
    )
    if safe != entry.id:
        safe += "-" + hashlib.sha256(entry.id.encode()).hexdigest()[:8]
    return base / _relative(entry.source).with_suffix("") / f"{safe}.txt"


def _relative(source: str) -> Path:
    path = Path(os.path.relpath(os.path.abspath(source)))
    parts = [p for p in path.parts if p not in ("..", ".", path.anchor)]
    return Path(*parts) if parts else Path(path.name)


def write_redacted(
    folder: str, entry: Entry, document: Document, report: Report, style: str
) -> None:
    """A redacted copy of one document, written atomically (a Word document as .docx)."""
    from redactcheck.atomic import write_atomic
    from redactcheck.redaction import findings_to_redact, redaction
    from redactcheck.redaction.preview import base_text, docx_bytes

    done = redaction(base_text(document), findings_to_redact(report), style)
    target = redacted_path(folder, entry)
    content: str | bytes = docx_bytes(document, done) if document.format == "docx" else done.text
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, content)
    except OSError as error:
        raise InputError(f"{target}: cannot write ({error.strerror})") from None


class Progress:
    """A progress bar on stderr: on a terminal, or anywhere when asked for (--progress)."""

    def __init__(self, total: int, wanted: bool | None) -> None:
        self.total = total
        self.forced = bool(wanted)
        self.wanted = sys.stderr.isatty() if wanted is None else wanted
        self.bar: Any = None

    def __enter__(self) -> Callable[[], None]:
        if not self.total or not self.wanted:
            return lambda: None
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            TextColumn,
            TimeRemainingColumn,
        )
        from rich.progress import (
            Progress as Bar,
        )

        console = Console(file=sys.stderr, force_terminal=self.forced or None)
        self.bar = Bar(
            TextColumn("scanning"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=console,
            transient=False,
            refresh_per_second=10 if console.is_terminal and sys.stderr.isatty() else 1,
        )
        self.bar.start()
        task = self.bar.add_task("scanning", total=self.total)
        return lambda: self.bar.advance(task)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()
