"""Output formats, by name. Reporters see only `redactcheck.types`, never the engine.

`REPORTERS` is the one registry of formats: the command line's `--format` choices are its
keys. A format's module is imported when it is first asked for, so listing the formats (as
`--help` does) loads no renderer.
"""

from __future__ import annotations

from importlib import import_module
from typing import Callable, Sequence, TextIO

from redactcheck.errors import ConfigError
from redactcheck.types import Report, ReporterOptions

Reporter = Callable[[Sequence[Report], TextIO, ReporterOptions], None]

# Format name -> the module under redactcheck.reporters whose `render` writes it.
REPORTERS: dict[str, str] = {
    "text": "text",
    "json": "json",
    "sarif": "sarif",
    "github": "github",
}


def get_reporter(name: str) -> Reporter:
    """The reporter for an output format name, or a ConfigError listing the valid names."""
    if name not in REPORTERS:
        choices = ", ".join(sorted(REPORTERS))
        raise ConfigError(f"unknown output format {name!r} (choose from {choices})")
    render: Reporter = import_module(f"redactcheck.reporters.{REPORTERS[name]}").render
    return render
