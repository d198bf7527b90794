"""`redactcheck explain` (why a draft scores what it does) and `redactcheck models`.

Kept apart from the check command so the risk model's words live next to the model's
owner. Explanations show matched text only when `check` would (`--hide-text`,
the CI variable, `show_text` in config), because explanations get pasted too.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from redactcheck.cli.options import (
    PATHS_EXIT_CODES,
    check_documents,
    exit_status,
    fail,
    flags,
    gather,
    load_config,
    show_text,
    with_common,
)
from redactcheck.errors import RedactcheckError
from redactcheck.risk.explain import explanation, render_text


@click.command(epilog=PATHS_EXIT_CODES)
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--hide-text/--show-text",
    "hide_text",
    default=None,
    help="Hide matched text (default: hidden when CI is set).",
)
@with_common
def explain(
    paths: tuple[str, ...], fmt: str, hide_text: bool | None, config_file: str | None, **common: Any
) -> None:
    """Say in plain words why a draft gets its risk score."""
    from redactcheck.risk import place_weight_table

    try:
        config = load_config(paths, config_file, flags(**common))
        documents, problems = gather(paths)
        # with nothing readable, the error lines are the whole answer
        reports = check_documents(config, documents) if documents else []
    except RedactcheckError as error:
        fail(str(error))
    if documents:
        show, places = show_text(hide_text, config), place_weight_table()
        _print_explanations([explanation(r, places, show) for r in reports], fmt)
    sys.exit(exit_status(problems > 0, failed=False))


def _print_explanations(items: list[dict[str, Any]], fmt: str) -> None:
    """JSON (one object for one file, else a list) or plain words."""
    if fmt == "json":
        click.echo(json.dumps(items if len(items) > 1 else items[0], indent=1, ensure_ascii=False))
        return
    for item in items:
        click.echo("\n".join(render_text(item)))


def installed_pipelines() -> list[tuple[str, str, str]]:
    """(name, version, where) for the bundled pipeline and every installed spaCy package,
    loading none."""
    import spacy

    from redactcheck.detect.nlp import DEFAULT_MODEL, bundled_model_path

    out = []
    bundled = bundled_model_path()
    if bundled is not None:
        meta = json.loads((bundled / "meta.json").read_text(encoding="utf-8"))
        out.append((DEFAULT_MODEL, str(meta.get("version", "?")), str(bundled)))
    for name in sorted(spacy.util.get_installed_models()):
        out.append((name, str(spacy.util.get_package_version(name) or "?"), "installed package"))
    return out


@click.command()
@with_common
def models_command(config_file: str | None, **common: Any) -> None:
    """List the installed spaCy pipelines and which one the config uses (none is loaded)."""
    from redactcheck.detect.nlp import resolve_model

    try:
        config = load_config([], config_file, flags(**common))
        in_use = resolve_model(config.model)
    except RedactcheckError as error:
        fail(str(error))
    pipelines = installed_pipelines()
    for name, version, where in pipelines:
        used = in_use in (name, where)
        click.echo(f"{'*' if used else ' '} {name:<28} {version:<10} {where}")
    via = f" (configured as '{config.model}')" if config.model != Path(in_use).name else ""
    click.echo(f"in use: {in_use}{via}")
    sys.stdout.flush()


@click.command(name="rules")
@with_common
def list_rules(config_file: str | None, **common: Any) -> None:
    """List the loaded rules: id, category, kind and what each finds."""
    try:
        config = load_config([], config_file, flags(**common))
        from redactcheck.linter import load_active_rules

        specs = load_active_rules(config)
    except RedactcheckError as error:
        fail(str(error))
    for spec in specs:
        origin = Path(spec.source).name
        kind = f"{spec.category.value:<16} {spec.kind:<7}"
        click.echo(f"{spec.id:<32} {kind} {origin:<24} {spec.description}")
    click.echo(f"{len(specs)} rules (+ spaCy NER and Presidio's UK recognisers)")
