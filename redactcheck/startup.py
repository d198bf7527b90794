"""Building a Linter in a command-line process, without paying for garbage collection.

Importing spaCy and Presidio and loading the pipeline, rules and gazetteers
allocates a few million objects that live as long as the process. Python's
cyclic collector kept re-scanning them while they were being made: about a
seventh of a cold `redactcheck check`. The command line pauses collection from
its first line until the Linter is built, then freezes what was loaded out of
later collections (gc.freeze), as long-running servers do after start-up.
Library users who build `Linter()` themselves are not affected.
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from redactcheck.config import Config
    from redactcheck.linter import Linter

_paused_thresholds: tuple[int, int, int] | None = None


def pause_collection() -> None:
    """Stop automatic collection until resume_collection().

    A zero threshold rather than gc.disable(): srsly, which reads the model's
    weights, calls gc.enable() when it is done and would switch collection back on."""
    global _paused_thresholds
    if _paused_thresholds is None:
        _paused_thresholds = gc.get_threshold()
        gc.set_threshold(0)


def resume_collection() -> None:
    """Freeze everything made so far out of collection, and collect normally again."""
    global _paused_thresholds
    if _paused_thresholds is not None:
        gc.freeze()
        gc.set_threshold(*_paused_thresholds)
        _paused_thresholds = None


def load_linter(config: "Config") -> "Linter":
    """A Linter for this process, built with collection paused, then frozen."""
    pause_collection()
    try:
        from redactcheck.linter import Linter

        return Linter(config)
    finally:
        resume_collection()
