"""What every command shares: options, config loading, reading inputs, one-line errors, and
the `Runtime` that builds the Linter.

The commands (check.py, redact.py, baseline.py...) import from here and never from the
group in `cli/__init__.py`, which imports them. Heavy imports (spaCy, Presidio) happen
inside functions, so `--help` and `--version` answer at once.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Sequence

import click

from redactcheck.errors import EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE
from redactcheck.reporters import REPORTERS

if TYPE_CHECKING:
    from redactcheck.config import Config
    from redactcheck.documents import Document
    from redactcheck.linter import Linter
    from redactcheck.types import Report

FORMATS = tuple(REPORTERS)
# The exit codes in their order of precedence; the README's table says the same.
CHECK_EXIT_CODES = """\b
Exit codes (the first that applies):
  2  an input or usage error anywhere, even where a file reached --fail-on:
     each input error is one line on stderr, and every other file is still checked
  1  a file reached --fail-on
  0  otherwise"""
PATHS_EXIT_CODES = """\b
Exit codes: 2 if any input or usage error (each input error is one line on stderr,
and every other file is still done), else 0."""


def load_linter(config: "Config") -> "Linter":
    """A Linter for this process (see redactcheck.startup)."""
    from redactcheck.startup import load_linter as load

    return load(config)


@dataclass
class Runtime:
    """What a command run is given besides its arguments: click's `obj`.

    `make_linter` builds the Linter for a config (tests hand in their shared one:
    `CliRunner().invoke(main, args, obj=Runtime(make_linter=lambda config: shared))`).
    A Linter is built once per config in a run, however many steps need it."""

    make_linter: Callable[["Config"], "Linter"] = load_linter
    _built: dict["Config", "Linter"] = field(default_factory=dict, init=False, repr=False)

    def linter(self, config: "Config") -> "Linter":
        if config not in self._built:
            self._built[config] = self.make_linter(config)
        return self._built[config]


def runtime() -> Runtime:
    """The current command's Runtime (a default one when the caller gave none)."""
    return click.get_current_context().ensure_object(Runtime)


def error_line(message: str) -> None:
    """One input error on stderr, as one line."""
    click.echo(f"redactcheck: error: {message}", err=True)


def fail(message: str) -> None:
    """One line on stderr and exit 2: never a traceback for bad input."""
    error_line(message)
    sys.exit(EXIT_USAGE)


def exit_status(input_errors: bool, failed: bool) -> int:
    """The exit code, in its order of precedence (README, "Exit codes"): 2 for an input
    error anywhere, even where another file reached the failing level; else 1 when a file
    reached it; else 0. A run that could not read everything must never look clean."""
    if input_errors:
        return EXIT_USAGE
    return EXIT_FINDINGS if failed else EXIT_CLEAN


def load_config(paths: Sequence[str], config_file: str | None, flags: dict[str, Any]) -> "Config":
    from redactcheck import config as config_module

    first = next((Path(p) for p in paths if p != "-"), Path.cwd())
    return config_module.load(first, Path(config_file) if config_file else None, flags)


def should_fail(report: "Report", fail_on: str) -> bool:
    """Whether one file's report reaches the failing level (see types.reaches_fail_on)."""
    from redactcheck.types import reaches_fail_on

    return reaches_fail_on(report, fail_on)


def read_document(source: str, fmt: str | None = None) -> "Document":
    from redactcheck.documents import read_document as read

    # stdin_bytes=None: read_document reads stdin itself, at most max_bytes + 1 bytes,
    # so a huge stream is refused with the size error instead of being read whole.
    return read(source, stdin_bytes=None, format=fmt)


def gather(paths: Sequence[str]) -> tuple[list["Document"], int]:
    """Every input that can be read, and how many could not: each of those (a file, or a
    folder that cannot be listed) is reported on its own line at once, and the others are
    still checked, so one bad file never hides the risky one beside it. Nothing at all to
    check is an error too, not a silent pass."""
    from redactcheck.documents import EXTENSION_FORMATS, iter_paths
    from redactcheck.errors import InputError

    problems = 0

    def report(error: Exception) -> None:
        nonlocal problems
        problems += 1
        error_line(str(error))

    sources = list(iter_paths(paths, extensions=frozenset(EXTENSION_FORMATS), on_error=report))
    if not sources and not problems:
        kinds = " ".join(sorted(EXTENSION_FORMATS))
        raise InputError(f"{' '.join(paths)}: no files to check (looked for {kinds})")
    documents = []
    for source in sources:
        try:
            documents.append(read_document(source))
        except InputError as error:
            report(error)
    return documents, problems


def check_documents(
    config: "Config", documents: Sequence["Document"], jobs: int = 1, use_cache: bool = True
) -> list["Report"]:
    """Every command's one way to check documents (batch.check.check_documents): positions,
    inline directives, authors, allowlists and the cache, with this run's Linter."""
    from redactcheck.batch.check import check_documents as check

    return check(config, documents, jobs=jobs, use_cache=use_cache, make_linter=runtime().linter)


def show_text(hide_text: bool | None, config: "Config") -> bool:
    """Matched text is hidden in CI (logs can be public) unless asked for."""
    if hide_text is not None:
        return not hide_text
    if os.environ.get("CI"):
        return False
    return config.show_text


common_options = [
    click.option(
        "--config",
        "config_file",
        type=click.Path(dir_okay=False),
        help="Config file (overrides project files).",
    ),
    click.option("--model", help="spaCy pipeline name or path (default: the project's own)."),
    click.option(
        "--rules",
        "rule_dirs",
        multiple=True,
        type=click.Path(file_okay=False),
        help="Extra rule folder (repeatable).",
    ),
    click.option("--allow", "allow", multiple=True, help="Never flag this term (repeatable)."),
    click.option("--disable", multiple=True, help="Rule id or CATEGORY to turn off (repeatable)."),
    click.option(
        "--subject",
        "subjects",
        multiple=True,
        help="Always treat this name as someone the case is about (repeatable).",
    ),
    click.option(
        "--watchlist",
        type=click.Path(dir_okay=False),
        help="Watchlist store (default: yours, see 'redactcheck watch').",
    ),
]


# The settings the common options carry into `flags` (every option but --config).
COMMON_SETTINGS = ("model", "rule_dirs", "allow", "disable", "subjects", "watchlist")


def with_common(func: Any) -> Any:
    for option in reversed(common_options):
        func = option(func)
    return func


def flags(
    model: str | None,
    rule_dirs: Sequence[str],
    allow: Sequence[str],
    disable: Sequence[str],
    subjects: Sequence[str] = (),
    **extra: Any,
) -> dict[str, Any]:
    """The command-line settings as a config layer (the last and strongest)."""
    out: dict[str, Any] = {"model": model, **extra}
    if subjects:
        out["subjects"] = list(subjects)
    if rule_dirs:
        out["rules"] = list(rule_dirs)
    if allow:
        out["allowlist"] = list(allow)
    if disable:
        out["disable"] = list(disable)
    return out
