"""`redactcheck scan PATH...`: screen thousands of posts with the checks of `check`.

The same file selection, config, allowlists, baseline, inline directives and --fail-on
as `check`; the results go to a JSONL file (one line per document, no draft text) with a
summary at the end, so a run over a whole forum export can be resumed, shared and charted.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

import click

from redactcheck.cli import options as shared
from redactcheck.cli.options import with_common
from redactcheck.errors import InputError, RedactcheckError

SCAN_EXIT_CODES = shared.CHECK_EXIT_CODES.replace("a file reached", "a document reached")


@click.command(epilog=SCAN_EXIT_CODES)
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    default="-",
    show_default=True,
    metavar="FILE",
    help="Results as JSONL: a header line, then one line per document (- for stdout).",
)
@click.option(
    "--resume", is_flag=True, help="Continue an interrupted scan: skip what --output already holds."
)
@click.option(
    "--text-field",
    default="text",
    show_default=True,
    help="JSONL exports: the field with the post.",
)
@click.option(
    "--id-field",
    default=None,
    help="JSONL exports: the field with the post's id (default: the line number).",
)
@click.option(
    "--text-column",
    default="text",
    show_default=True,
    help="CSV exports: the column with the post.",
)
@click.option(
    "--id-column",
    default=None,
    help="CSV exports: the column with the post's id (default: the row's line).",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Processes (or local Dask workers), each loading the model once.",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="local: this machine's processes; dask: a Dask cluster (pip install 'redactcheck[dask]').",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    default=None,
    help="With --engine dask: the scheduler, e.g. tcp://10.0.0.5:8786 (default: a local cluster).",
)
@click.option(
    "--fail-on",
    default=None,
    help="As for check: any-direct | direct | quasi | high | medium | score:N | never.",
)
@click.option(
    "--baseline",
    "baseline_file",
    type=click.Path(dir_okay=False),
    help="Report only findings not accepted in this baseline.",
)
@click.option(
    "--include-text",
    is_flag=True,
    help="Also put each document's text and matched text in the results.",
)
@click.option(
    "--redact-to",
    metavar="DIR",
    default=None,
    help="Write a redacted copy of each document under DIR.",
)
@click.option(
    "--html",
    "html_file",
    metavar="FILE",
    default=None,
    help="Also write a self-contained HTML report.",
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Progress bar on stderr (default: on a terminal).",
)
@with_common
def scan(paths: tuple[str, ...], config_file: str | None, **options: Any) -> None:
    """Screen many posts: folders (honouring .gitignore) and JSONL or CSV exports."""
    from redactcheck.batch.report import summary_lines
    from redactcheck.batch.scan import header
    from redactcheck.batch.scan import scan as run_scan
    from redactcheck.batch.sources import Fields, entries
    from redactcheck.documents import EXTENSION_FORMATS

    if options["scheduler"] and options["engine"] != "dask":
        shared.fail("--scheduler needs --engine dask")
    problems = 0

    def report(error: InputError) -> None:
        nonlocal problems
        problems += 1
        shared.error_line(str(error))

    try:
        common = {k: options.pop(k) for k in shared.COMMON_SETTINGS}
        config = shared.load_config(
            paths, config_file, shared.flags(fail_on=options["fail_on"], **common)
        )
        accepted, places = _baseline(options["baseline_file"])
        fields = Fields(
            *(options[k] for k in ("text_field", "id_field", "text_column", "id_column"))
        )
        found = list(entries(paths, frozenset(EXTENSION_FORMATS), fields, report))
        if not found and not problems:
            raise InputError(f"{' '.join(paths)}: nothing to scan")
        _engine_available(options["engine"])
        tally = run_scan(
            config,
            found,
            _settings(config, options),
            make_linter=shared.runtime().linter,
            on_error=report,
            accepted=accepted,
            places=places,
            fails=lambda r: shared.should_fail(r, config.fail_on),
        )
        if options["html_file"]:
            _write_html(options["html_file"], tally, header(config), problems)
    except RedactcheckError as error:
        shared.fail(str(error))
    summary = "\n".join(summary_lines(tally, problems, options["output"]))
    click.echo(summary, err=options["output"] == "-")
    sys.exit(shared.exit_status(problems > 0, tally.failed > 0))


def _settings(config: Any, options: dict[str, Any]) -> Any:
    from redactcheck.batch.scan import ScanSettings
    from redactcheck.redaction.preview import style_spec

    keys = ("output", "jobs", "engine", "scheduler", "resume", "include_text", "redact_to")
    chosen = {k: options[k] for k in keys}
    return ScanSettings(**chosen, style=style_spec(config.style, ()), progress=options["progress"])


def _baseline(baseline_file: str | None) -> tuple[Any, Any]:
    if not baseline_file:
        return None, None
    from redactcheck.risk import place_weight_table
    from redactcheck.suppress.baseline import open_baseline

    return open_baseline(Path(baseline_file)), place_weight_table()


def _engine_available(engine: str) -> None:
    if engine != "dask":
        return
    try:
        importlib.import_module("distributed")
    except ImportError:
        raise InputError("--engine dask needs Dask: pip install 'redactcheck[dask]'") from None


def _write_html(path: str, tally: Any, head: dict[str, Any], problems: int) -> None:
    from redactcheck.atomic import write_atomic
    from redactcheck.batch.report import html_report

    try:
        write_atomic(Path(path), html_report(tally, head, problems))
    except OSError as error:
        raise InputError(f"{path}: cannot write ({error.strerror})") from None
