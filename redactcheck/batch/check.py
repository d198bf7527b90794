"""Checking many documents: the cache first, then one or several processes, with progress.

With every file already in the cache (the usual pre-commit re-run) the spaCy
model is never loaded. Otherwise the misses are checked in this process, or
over `jobs` processes when there are enough files to repay loading the model
in each; the results are the same either way.
"""

from __future__ import annotations

import sys
from typing import Any, Callable, Sequence

from redactcheck.batch.cache import (
    ResultCache,
    cached_reports,
    default_dir,
    document_context,
    settings_fingerprint,
)
from redactcheck.batch.parallel import check_parallel, worker_count
from redactcheck.config import Config
from redactcheck.types import Report
from redactcheck.version import __version__

PROGRESS_FROM = 4


def check_documents(
    config: Config,
    documents: Sequence[Any],
    *,
    jobs: int = 1,
    use_cache: bool = True,
    make_linter: Callable[[Config], Any] | None = None,
) -> list[Report]:
    """Reports for the documents, in order."""
    cache = (
        ResultCache(default_dir(), settings_fingerprint(config, __version__)) if use_cache else None
    )
    reports: list[Report | None] = [None] * len(documents)
    if cache:
        reports = cached_reports(cache, documents)
    todo = [i for i, report in enumerate(reports) if report is None]
    if todo:
        fresh = _check(config, [documents[i] for i in todo], jobs, make_linter)
        for index, report in zip(todo, fresh):
            reports[index] = report
            if cache:
                cache.put(report, document_context(documents[index]))
        if cache:
            cache.clean()
    return [r for r in reports if r is not None]


def _check(
    config: Config, documents: Sequence[Any], jobs: int, make_linter: Callable[[Config], Any] | None
) -> list[Report]:
    with _progress(len(documents)) as advance:
        workers = worker_count(jobs, len(documents))
        if workers > 1:
            items = [
                (d.text, d.source, tuple(d.directives), tuple(d.authors), d.format == "docx")
                for d in documents
            ]
            return list(check_parallel(config, items, workers, on_done=advance))
        if make_linter is None:
            from redactcheck.startup import load_linter

            make_linter = load_linter
        linter = make_linter(config)
        out = []
        for d in documents:
            out.append(linter.check_document(d))
            advance()
        return out


class _progress:
    """A rich progress bar on a terminal when several files are checked; otherwise nothing."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.bar: Any = None

    def __enter__(self) -> Callable[[], None]:
        if self.total < PROGRESS_FROM or not sys.stderr.isatty():
            return lambda: None
        from rich.progress import Progress

        self.bar = Progress(transient=True)
        self.bar.start()
        task = self.bar.add_task("checking", total=self.total)
        return lambda: self.bar.advance(task)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()
