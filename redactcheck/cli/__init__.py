"""The command line: the only place that turns reports into an exit code.

Heavy imports (spaCy, Presidio) happen inside commands, so `--help` and
`--version` answer at once.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

import click

from redactcheck.errors import EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE, RedactcheckError
from redactcheck.startup import pause_collection, resume_collection
from redactcheck.version import __version__

if TYPE_CHECKING:
    from redactcheck.config import Config
    from redactcheck.documents import Document
    from redactcheck.linter import Linter
    from redactcheck.types import Finding, Report

CHECKED_EXTENSIONS = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".text"})
FORMATS = ("text", "json", "sarif", "github")
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


def _error_line(message: str) -> None:
    """One input error on stderr, as one line."""
    click.echo(f"redactcheck: error: {message}", err=True)


def _fail(message: str) -> None:
    """One line on stderr and exit 2: never a traceback for bad input."""
    _error_line(message)
    sys.exit(EXIT_USAGE)


def exit_status(input_errors: bool, failed: bool) -> int:
    """The exit code, in its order of precedence (README, "Exit codes"): 2 for an input
    error anywhere, even where another file reached the failing level; else 1 when a file
    reached it; else 0. A run that could not read everything must never look clean."""
    if input_errors:
        return EXIT_USAGE
    return EXIT_FINDINGS if failed else EXIT_CLEAN


def _load_config(paths: Sequence[str], config_file: str | None, flags: dict[str, Any]) -> "Config":
    from redactcheck import config as config_module

    first = next((Path(p) for p in paths if p != "-"), Path.cwd())
    return config_module.load(first, Path(config_file) if config_file else None, flags)


def _linter(config: "Config") -> "Linter":
    from redactcheck.startup import load_linter

    return load_linter(config)


def should_fail(report: "Report", fail_on: str) -> bool:
    """Whether one file's report reaches the failing level (see types.reaches_fail_on)."""
    from redactcheck.types import reaches_fail_on

    return reaches_fail_on(report, fail_on)


def _read(source: str, fmt: str | None = None):  # -> Document
    from redactcheck.documents import read_document

    # stdin_bytes=None: read_document reads stdin itself, at most max_bytes + 1 bytes,
    # so a huge stream is refused with the size error instead of being read whole.
    return read_document(source, stdin_bytes=None, format=fmt)


def _gather(paths: Sequence[str]) -> tuple[list["Document"], int]:
    """Every input that can be read, and how many could not: each of those (a file, or a
    folder that cannot be listed) is reported on its own line at once, and the others are
    still checked, so one bad file never hides the risky one beside it. Nothing at all to
    check is an error too, not a silent pass."""
    from redactcheck.documents import iter_paths
    from redactcheck.errors import InputError

    problems = 0

    def report(error: Exception) -> None:
        nonlocal problems
        problems += 1
        _error_line(str(error))

    sources = list(iter_paths(paths, extensions=CHECKED_EXTENSIONS, on_error=report))
    if not sources and not problems:
        kinds = " ".join(sorted(CHECKED_EXTENSIONS))
        raise InputError(f"{' '.join(paths)}: no files to check (looked for {kinds})")
    documents = []
    for source in sources:
        try:
            documents.append(_read(source))
        except InputError as error:
            report(error)
    return documents, problems


def _show_text(hide_text: bool | None, config: "Config") -> bool:
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


def with_common(func: Any) -> Any:
    for option in reversed(common_options):
        func = option(func)
    return func


def _flags(
    model: str | None,
    rule_dirs: Sequence[str],
    allow: Sequence[str],
    disable: Sequence[str],
    subjects: Sequence[str] = (),
    **extra: Any,
) -> dict[str, Any]:
    flags: dict[str, Any] = {"model": model, **extra}
    if subjects:
        flags["subjects"] = list(subjects)
    if rule_dirs:
        flags["rules"] = list(rule_dirs)
    if allow:
        flags["allowlist"] = list(allow)
    if disable:
        flags["disable"] = list(disable)
    return flags


class OneLineErrors(click.Group):
    """Usage mistakes get the same one-line error and exit 2 as bad input."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        pause_collection()  # until the Linter is loaded: see redactcheck.startup
        try:
            self._run(*args, **kwargs)
        finally:
            resume_collection()  # a command that loaded no Linter (or a caller's process) collects again

    def _run(self, *args: Any, **kwargs: Any) -> None:
        kwargs["standalone_mode"] = False
        try:
            result = super().main(*args, **kwargs)
        except click.exceptions.Exit as done:
            sys.exit(done.exit_code)
        except click.Abort:
            click.echo("redactcheck: aborted", err=True)
            sys.exit(EXIT_USAGE)
        except click.UsageError as error:
            hint = (
                f" (see 'redactcheck {error.ctx.info_name} --help')"
                if error.ctx and error.ctx.parent
                else " (see 'redactcheck --help')"
            )
            _fail(error.format_message().replace("\n", " ") + hint)
        except click.ClickException as error:
            _fail(error.format_message().replace("\n", " "))
        sys.exit(result if isinstance(result, int) else EXIT_CLEAN)


@click.group(cls=OneLineErrors, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="redactcheck")
def main() -> None:
    """Find what could identify the people a social-care draft is about.

    Run `redactcheck check DRAFT` before you post; `redactcheck redact DRAFT`
    prints a version with the identifiers replaced.

    Exit codes: 2 for an input or usage error anywhere (it wins), else 1 when
    a file reached --fail-on, else 0.
    """


@main.command(epilog=CHECK_EXIT_CODES)
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
    help="any-direct | direct | quasi | high | medium | score:N | never (default: a direct identifier with "
    "strong evidence, or a high risk).",
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
        config = _load_config(paths, config_file, _flags(fail_on=fail_on, **common))
        accepted = open_baseline(Path(baseline_file)) if baseline_file else None
        documents, problems = _gather(paths)  # input errors before the model loads
        from redactcheck.batch.check import check_documents

        workers = jobs or os.cpu_count() or 1
        reports = (
            check_documents(
                config, documents, jobs=workers, use_cache=use_cache, make_linter=_linter
            )
            if documents
            else []
        )
        reports = accepted.apply_all(reports, place_weight_table()) if accepted else reports
    except RedactcheckError as error:
        _fail(str(error))
    if documents:  # with nothing readable, the error lines are the whole answer
        _print_reports(reports, fmt, _show_text(hide_text, config), color, verbose, config.fail_on)
    failed = any(should_fail(r, config.fail_on) for r in reports)
    sys.exit(exit_status(problems > 0, failed))


def _print_reports(
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


@main.command()
@click.argument("path", default="-")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    help="Write the redacted text here (a .docx draft to FILE.docx: a Word document).",
)
@click.option(
    "--in-place", is_flag=True, help="Replace the file itself (atomically; a .docx stays a .docx)."
)
@click.option(
    "--backup",
    is_flag=True,
    help="With --in-place, keep the original as FILE.bak (FILE.bak.1... if taken).",
)
@click.option(
    "--style",
    "styles",
    multiple=True,
    metavar="STYLE|CATEGORY=STYLE",
    help="tag, pseudonym, generalise or mask, for all or one category (repeatable; default: pseudonyms for people, "
    "general words for quasi identifiers, tags for the rest).",
)
@click.option(
    "--show-mapping",
    is_flag=True,
    help="Print who became Person A, B... to stderr (never written to disk).",
)
@click.option(
    "--diff",
    "as_diff",
    is_flag=True,
    help="Print a unified diff instead of the redacted text; writes nothing.",
)
@with_common
def redact(
    path: str,
    output: str | None,
    in_place: bool,
    backup: bool,
    styles: tuple[str, ...],
    show_mapping: bool,
    as_diff: bool,
    config_file: str | None,
    **common: Any,
) -> None:
    """Print a draft with each identifier replaced: Person A, a teenager, [ADDRESS]..."""
    from redactcheck.redaction import preview as redact_io

    if in_place and (path == "-" or output):
        _fail("--in-place needs a file path and no --output")
    if as_diff and (in_place or output):
        _fail("--diff prints to stdout; drop --in-place and --output")
    target = path if in_place else output
    try:
        config = _load_config([path], config_file, _flags(**common))
        style = redact_io.style_spec(config.style, styles)
        document = _read(path)
        as_word = redact_io.writes_docx(document, target)  # before the model loads
        report = _linter(config).check_document(document)
        done = _redaction(document, report, style, _linter(config))
        content = redact_io.docx_bytes(document, done) if as_word else done.text
    except RedactcheckError as error:
        _fail(str(error))
    if show_mapping:
        from redactcheck.redaction import findings_to_redact

        redact_io.write_mapping(
            redact_io.base_text(document), findings_to_redact(report), sys.stderr
        )
    if as_diff:
        before = redact_io.base_text(document)
        click.echo(redact_io.unified_diff(before, done.text, document.source), nl=False)
        return
    _write_output(content, target, backup)


def _redaction(document: Any, report: "Report", style: str, linter: Any) -> Any:
    """Redact the original file text (offsets match it for text, Markdown and HTML; a
    .docx's text is its paragraphs): the redacted text and the edits that made it, checked
    again until a second redaction would change nothing."""
    from redactcheck.documents import reread
    from redactcheck.redaction import findings_to_redact, settled
    from redactcheck.redaction.preview import base_text

    def recheck(redacted: str) -> list[Finding]:
        return findings_to_redact(linter.check_document(reread(document, redacted)))

    return settled(base_text(document), findings_to_redact(report), style, recheck)


def _write_output(text: str | bytes, target: str | None, backup: bool) -> None:
    from redactcheck.atomic import write_atomic

    if target is None:
        click.echo(text, nl=False)  # text only: a Word document is written to a .docx path
        return
    try:
        kept = write_atomic(Path(target), text, backup=backup)
    except OSError as error:
        _fail(f"{target}: cannot write: {error.strerror}")
    if kept is not None:
        click.echo(f"kept the original as {kept}", err=True)


@main.command(name="rules")
@with_common
def list_rules(config_file: str | None, **common: Any) -> None:
    """List the loaded rules: id, category, kind and what each finds."""
    try:
        config = _load_config([], config_file, _flags(**common))
        from redactcheck.linter import load_active_rules

        specs = load_active_rules(config)
    except RedactcheckError as error:
        _fail(str(error))
    for spec in specs:
        origin = Path(spec.source).name
        click.echo(
            f"{spec.id:<32} {spec.category.value:<16} {spec.kind:<7} {origin:<24} {spec.description}"
        )
    click.echo(f"{len(specs)} rules (+ spaCy NER and Presidio's UK recognisers)")


@main.command()
@click.argument("gold", type=click.Path(dir_okay=False))
@click.option(
    "--threshold",
    type=float,
    default=50.0,
    show_default=True,
    help="Risk at which a draft counts as flagged.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@with_common
def evaluate(
    gold: str, threshold: float, as_json: bool, config_file: str | None, **common: Any
) -> None:
    """Measure redactcheck on your own annotated drafts (gold .jsonl format)."""
    import json as json_module

    from redactcheck import evaluate as ev

    try:
        drafts = ev.read_gold(Path(gold))
        config = _load_config([gold], config_file, _flags(**common))
        linter = _linter(config)
        scores = ev.Scores()
        for draft, report in zip(drafts, linter.check_many([d["text"] for d in drafts])):
            ev.add_draft(scores, draft, [(f.start, f.end) for f in report.findings], report.risk)
    except RedactcheckError as error:
        _fail(str(error))
    out = ev.summary(scores, threshold)
    click.echo(json_module.dumps(out, indent=1) if as_json else ev.format_summary(out, len(drafts)))


from redactcheck.cli.baseline import baseline, init  # noqa: E402

main.add_command(init)
main.add_command(baseline)

from redactcheck.cli.review import review  # noqa: E402

main.add_command(review)

from redactcheck.cli.explain import explain, models_command  # noqa: E402

main.add_command(explain)
main.add_command(models_command, name="models")

from redactcheck.cli.scan import scan  # noqa: E402
from redactcheck.cli.serve import serve  # noqa: E402
from redactcheck.cli.watch import watch  # noqa: E402

main.add_command(scan)
main.add_command(serve)
main.add_command(watch)
