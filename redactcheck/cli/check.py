"""`redactcheck check`: check drafts and turn their reports into an exit code."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

import click

from redactcheck.cli.options import (
    CHECK_EXIT_CODES,
    FORMATS,
    check_documents,
    exit_status,
    fail,
    flags,
    gather,
    load_config,
    should_fail,
    show_text,
    with_common,
)
from redactcheck.errors import RedactcheckError

if TYPE_CHECKING:
    from redactcheck.types import Report


@click.command(epilog=CHECK_EXIT_CODES)
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="text",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--fail-on",
    default=None,
    help="any-direct | direct | quasi | high | medium | score:N | never (default: a direct "
    "identifier with strong evidence, or a high risk).",
)
@click.option(
    "--hide-text/--show-text",
    "hide_text",
    default=None,
    help="Hide matched text (default: hidden when CI is set).",
)
@click.option(
    "--color/--no-color", default=None, help="Colour output (default: when writing to a terminal)."
)
@click.option(
    "--baseline",
    "baseline_file",
    type=click.Path(dir_okay=False),
    help="Report only findings not accepted in this baseline.",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Processes for many files (default: the number of cores).",
)
@click.option(
    "--cache/--no-cache",
    "use_cache",
    default=True,
    help="Reuse results for unchanged files (offsets only, never text).",
)
@click.option(
    "--verbose",
    "-v",
    is_flag=True,
    help="Also show rule ids, every reason, and what was left alone and why.",
)
@with_common
def check(
    paths: tuple[str, ...],
    fmt: str,
    fail_on: str | None,
    hide_text: bool | None,
    color: bool | None,
    baseline_file: str | None,
    jobs: int | None,
    use_cache: bool,
    verbose: bool,
    config_file: str | None,
    **common: Any,
) -> None:
    """Check drafts (files, folders or - for stdin) for identifying details."""
    from redactcheck.risk import place_weight_table
    from redactcheck.suppress.baseline import open_baseline

    try:
        config = load_config(paths, config_file, flags(fail_on=fail_on, **common))
        accepted = open_baseline(Path(baseline_file)) if baseline_file else None
        documents, problems = gather(paths)  # input errors before the model loads
        workers = jobs or os.cpu_count() or 1
        reports = check_documents(config, documents, workers, use_cache) if documents else []
        reports = accepted.apply_all(reports, place_weight_table()) if accepted else reports
    except RedactcheckError as error:
        fail(str(error))
    if documents:  # with nothing readable, the error lines are the whole answer
        show = show_text(hide_text, config)
        print_reports(reports, fmt, show, color, verbose, config.fail_on)
    failed = any(should_fail(r, config.fail_on) for r in reports)
    sys.exit(exit_status(problems > 0, failed))


def print_reports(
    reports: Sequence["Report"],
    fmt: str,
    show: bool,
    color: bool | None,
    verbose: bool = False,
    fail_on: str = "default",
) -> None:
    """The reports on stdout in the chosen format; colour only for text on a terminal."""
    from redactcheck.reporters import get_reporter
    from redactcheck.types import ReporterOptions

    use_color = (sys.stdout.isatty() if color is None else color) and fmt == "text"
    get_reporter(fmt)(
        reports,
        sys.stdout,
        ReporterOptions(show_text=show, color=use_color, verbose=verbose, fail_on=fail_on),
    )
