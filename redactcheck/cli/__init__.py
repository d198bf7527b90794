"""The command line: the click group, and the only place that turns a run into an exit code.

Each command lives in its own module and imports only `cli/options.py`; this module
imports the commands and registers them, and nothing imports it back. Heavy imports
(spaCy, Presidio) happen inside commands, so `--help` and `--version` answer at once.
"""

from __future__ import annotations

import sys
from typing import Any

import click

from redactcheck.cli.baseline import baseline, init
from redactcheck.cli.check import check
from redactcheck.cli.evaluate import evaluate
from redactcheck.cli.explain import explain, list_rules, models_command
from redactcheck.cli.options import Runtime, fail
from redactcheck.cli.redact import redact
from redactcheck.cli.review import review
from redactcheck.cli.scan import scan
from redactcheck.cli.serve import serve
from redactcheck.cli.watch import watch
from redactcheck.errors import EXIT_CLEAN, EXIT_USAGE
from redactcheck.startup import pause_collection, resume_collection
from redactcheck.version import __version__

__all__ = ["Runtime", "main"]


class OneLineErrors(click.Group):
    """Usage mistakes get the same one-line error and exit 2 as bad input."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        pause_collection()  # until the Linter is loaded: see redactcheck.startup
        try:
            self._run(*args, **kwargs)
        finally:
            # a command that loaded no Linter (or a caller's process) collects again
            resume_collection()

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
            fail(error.format_message().replace("\n", " ") + hint)
        except click.ClickException as error:
            fail(error.format_message().replace("\n", " "))
        sys.exit(result if isinstance(result, int) else EXIT_CLEAN)


@click.group(cls=OneLineErrors, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="redactcheck")
@click.pass_context
def main(ctx: click.Context) -> None:
    """Find what could identify the people a social-care draft is about.

    Run `redactcheck check DRAFT` before you post; `redactcheck redact DRAFT`
    prints a version with the identifiers replaced.

    Exit codes: 2 for an input or usage error anywhere (it wins), else 1 when
    a file reached --fail-on, else 0.
    """
    ctx.ensure_object(Runtime)


for command in (check, redact, list_rules, evaluate, init, baseline, review, explain, scan):
    main.add_command(command)
main.add_command(models_command, name="models")
main.add_command(serve)
main.add_command(watch)
