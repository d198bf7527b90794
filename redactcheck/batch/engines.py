"""Where a scan's documents are checked: here, over local processes, or on a Dask cluster.

Every engine checks a document with `Linter.check_document` on a Linter built from the
same Config, loaded once per process (per Dask worker: by a worker plugin), and gives the
reports back in input order, so a post gets the same findings wherever it is checked.
Documents travel in `Batch`es, whose repr never shows their text: a failed task that a
scheduler logs must not carry a draft into the log.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from multiprocessing import get_all_start_methods, get_context
from typing import Any, Callable, Iterable, Iterator, Sequence, TypeVar

from redactcheck.config import Config
from redactcheck.errors import InputError
from redactcheck.types import Report

T = TypeVar("T", bound=Sequence[Any])  # an item: its last element is the document
PLUGIN_NAME = "redactcheck-linter"
BATCH_SIZE = 8
_PROCESS_LINTER: Any = None
# processes for --jobs: forkserver where there is one, else (Windows) spawn
START_METHOD = "forkserver" if "forkserver" in get_all_start_methods() else "spawn"


class Batch:
    """Some documents on their way to a worker; the repr names only how many."""

    def __init__(self, documents: Sequence[Any]) -> None:
        self.documents = list(documents)

    def __repr__(self) -> str:
        return f"<Batch of {len(self.documents)} documents>"


def check_batch(linter: Any, batch: Batch) -> list[Report]:
    """The one per-document step every engine runs."""
    return [linter.check_document(document) for document in batch.documents]


def in_order(
    items: Iterable[T],
    submit: Callable[[Batch], Any],
    result: Callable[[Any], list[Report]],
    window: int,
    size: int = BATCH_SIZE,
) -> Iterator[tuple[T, Report]]:
    """(item, report) in input order, with at most `window` batches in flight: memory stays
    flat over any number of documents, and each report is yielded as soon as its turn comes.
    An item is a (key, document) pair or anything whose last element is the document."""
    pending: deque[tuple[list[T], Any]] = deque()
    iterator = iter(items)
    while True:
        chunk = list(islice(iterator, size))
        if chunk:
            pending.append((chunk, submit(Batch([item[-1] for item in chunk]))))
        if pending and (not chunk or len(pending) >= window):
            done, future = pending.popleft()
            yield from zip(done, result(future))
        if not chunk and not pending:
            return


class LocalEngine:
    """This process (jobs=1) or `jobs` processes, each loading the model once."""

    def __init__(self, config: Config, jobs: int, make_linter: Callable[[Config], Any]) -> None:
        self.config = config
        self.jobs = jobs
        self.make_linter = make_linter

    def run(self, items: Iterable[T]) -> Iterator[tuple[T, Report]]:
        if self.jobs <= 1:
            yield from self._here(items)
            return
        # not fork: a worker never inherits the progress bar's thread or a half-held lock
        with ProcessPoolExecutor(
            self.jobs,
            mp_context=get_context(START_METHOD),
            initializer=_load_in_process,
            initargs=(self.config,),
        ) as pool:
            yield from in_order(
                items,
                lambda batch: pool.submit(_check_in_process, batch),
                lambda future: future.result(),
                window=self.jobs * 3,
            )

    def _here(self, items: Iterable[T]) -> Iterator[tuple[T, Report]]:
        linter = None
        for item in items:
            linter = linter or self.make_linter(self.config)  # no model for an empty run
            yield item, linter.check_document(item[-1])

    def close(self) -> None:
        pass


def _load_in_process(config: Config) -> None:
    global _PROCESS_LINTER
    from redactcheck.startup import load_linter

    _PROCESS_LINTER = load_linter(config)


def _check_in_process(batch: Batch) -> list[Report]:
    return check_batch(_PROCESS_LINTER, batch)


def loopback_cluster(workers: int, local_directory: str) -> Any:
    """A Dask cluster on this machine: `workers` processes of one thread, listening on
    loopback only, no dashboard, no memory limit (so nothing is ever spilled to disk),
    and every folder it makes (the scheduler's and each worker's) under `local_directory`."""
    import dask
    from dask.distributed import LocalCluster

    with dask.config.set({**NO_SPILL, "temporary-directory": local_directory}):
        return LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
            memory_limit=0,
            local_directory=local_directory,
            silence_logs=40,
        )


# Workers keep documents in memory only: short of memory, a worker slows down, never writes out.
NO_SPILL = {
    "distributed.worker.memory.target": False,
    "distributed.worker.memory.spill": False,
    "distributed.worker.memory.pause": False,
    "distributed.worker.memory.terminate": False,
    "distributed.admin.large-graph-warning-threshold": "1GB",
}


def linter_plugin(config: Config) -> Any:
    """A Dask worker plugin that loads the Linter once, when the worker starts."""
    from distributed.diagnostics.plugin import WorkerPlugin

    class LinterPlugin(WorkerPlugin):
        name = PLUGIN_NAME

        def __init__(self, config: Config) -> None:
            self.config = config
            self.linter: Any = None
            self.loads = 0
            self.pid = 0

        def setup(self, worker: Any) -> None:
            from redactcheck.startup import load_linter

            self.linter = load_linter(self.config)
            self.loads += 1
            self.pid = os.getpid()

    return LinterPlugin(config)


def _check_on_worker(batch: Batch) -> list[Report]:
    from distributed import get_worker

    plugin: Any = get_worker().plugins[PLUGIN_NAME]
    return check_batch(plugin.linter, batch)


def worker_loads(dask_worker: Any) -> tuple[int, int]:
    """(process id, model loads) of one worker: `client.run(worker_loads)` shows them all."""
    plugin = dask_worker.plugins[PLUGIN_NAME]
    return plugin.pid, plugin.loads


class DaskEngine:
    """A Dask cluster: the scheduler at `address`, or a loopback cluster of `jobs` workers
    whose folders are under `local_directory` (None: a private temporary folder, removed
    when the engine closes)."""

    def __init__(
        self, config: Config, jobs: int, address: str | None, local_directory: str | None = None
    ) -> None:
        from dask.distributed import Client

        self.temporary = None
        if not address and local_directory is None:
            self.temporary = local_directory = tempfile.mkdtemp(prefix="redactcheck-dask-")
        self.cluster = None if address else loopback_cluster(jobs, str(local_directory))
        try:
            self.client = Client(address or self.cluster, set_as_default=False)
        except (OSError, TimeoutError) as error:
            self.close()
            raise InputError(f"{address}: cannot reach the Dask scheduler ({error})") from None
        self.client.register_plugin(linter_plugin(config), name=PLUGIN_NAME)
        self.workers = max(1, len(self.client.scheduler_info()["workers"]))

    def run(self, items: Iterable[T]) -> Iterator[tuple[T, Report]]:
        def submit(batch: Batch) -> Any:
            return self.client.submit(_check_on_worker, batch, pure=False)

        yield from in_order(items, submit, lambda future: future.result(), window=self.workers * 3)

    def loads(self) -> dict[str, tuple[int, int]]:
        return self.client.run(worker_loads)

    def close(self) -> None:
        if getattr(self, "client", None) is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()
        if self.temporary:
            shutil.rmtree(self.temporary, ignore_errors=True)
