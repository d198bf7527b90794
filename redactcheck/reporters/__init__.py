"""Output formats, by name. Reporters see only `redactcheck.types`, never the engine."""

from __future__ import annotations

from typing import Callable, Sequence, TextIO

from redactcheck.errors import ConfigError
from redactcheck.reporters import github, json, sarif, text
from redactcheck.types import Report, ReporterOptions

Reporter = Callable[[Sequence[Report], TextIO, ReporterOptions], None]

REPORTERS: dict[str, Reporter] = {
    "text": text.render,
    "json": json.render,
    "sarif": sarif.render,
    "github": github.render,
}


def get_reporter(name: str) -> Reporter:
    """The reporter for an output format name, or a ConfigError listing the valid names."""
    try:
        return REPORTERS[name]
    except KeyError:
        choices = ", ".join(sorted(REPORTERS))
        raise ConfigError(f"unknown output format {name!r} (choose from {choices})") from None
