"""`redactcheck evaluate`: measure redactcheck on the user's own annotated drafts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from redactcheck.cli.options import fail, flags, load_config, runtime, with_common
from redactcheck.errors import RedactcheckError


@click.command()
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
        config = load_config([gold], config_file, flags(**common))
        linter = runtime().linter(config)
        scores = ev.Scores()
        for draft, report in zip(drafts, linter.check_many([d["text"] for d in drafts])):
            ev.add_draft(scores, draft, [(f.start, f.end) for f in report.findings], report.risk)
    except RedactcheckError as error:
        fail(str(error))
    out = ev.summary(scores, threshold)
    click.echo(json_module.dumps(out, indent=1) if as_json else ev.format_summary(out, len(drafts)))
