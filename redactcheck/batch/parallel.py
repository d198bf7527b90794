"""Checking many files over several processes, each loading the model once.

Results are identical to a single process: each worker builds the same Linter
from the same Config, and reports come back in input order. Documents travel
to workers as text and come back as Reports (plain frozen dataclasses).
"""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from typing import Any, Callable, Iterator, Sequence

from redactcheck.config import Config
from redactcheck.types import Report

_WORKER_LINTER: Any = None
MIN_FILES_PER_PROCESS = 4


def _init_worker(config: Config) -> None:
    global _WORKER_LINTER
    from redactcheck.startup import load_linter

    _WORKER_LINTER = load_linter(config)


def _check_one(item: tuple[Any, ...]) -> Report:
    """One (text, source, directives[, authors[, lines_are_paragraphs]]) item, checked in a
    worker."""
    text, source, directives, *rest = item
    authors = rest[0] if rest else ()
    lines_are_paragraphs = bool(rest[1]) if len(rest) > 1 else False
    return _WORKER_LINTER.check(
        text,
        source=source,
        directives=directives,
        authors=authors,
        lines_are_paragraphs=lines_are_paragraphs,
    )


def worker_count(jobs: int, files: int) -> int:
    """Processes worth starting: loading the model costs more than a few small files."""
    return max(1, min(jobs, files // MIN_FILES_PER_PROCESS))


def check_parallel(
    config: Config,
    items: Sequence[tuple[Any, ...]],
    jobs: int,
    on_done: Callable[[], None] | None = None,
) -> Iterator[Report]:
    """Reports for (text, source, directives[, authors]) items, in order, over `jobs` processes."""
    with ProcessPoolExecutor(
        max_workers=jobs, initializer=_init_worker, initargs=(config,)
    ) as pool:
        for report in pool.map(_check_one, items, chunksize=max(1, len(items) // (jobs * 4))):
            if on_done:
                on_done()
            yield report
