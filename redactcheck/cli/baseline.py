"""`redactcheck init` and `redactcheck baseline create|update`.

`init` writes the packaged defaults file (redactcheck/data/defaults.yaml), which documents
every key. Nothing here prints matched text: the baseline only holds keyed hashes.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Sequence

import click

from redactcheck.cli.options import (
    PATHS_EXIT_CODES,
    check_documents,
    exit_status,
    fail,
    flags,
    gather,
    load_config,
    with_common,
)
from redactcheck.errors import RedactcheckError
from redactcheck.resources import BASELINE_NAME


@click.command()
@click.option(
    "-o",
    "--output",
    default=".redactcheck.yaml",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="Where to write the config.",
)
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def init(output: str, force: bool) -> None:
    """Write a commented starter .redactcheck.yaml."""
    from redactcheck.atomic import write_atomic
    from redactcheck.config import DEFAULTS_FILE

    target = Path(output)
    if target.exists() and not force:
        fail(f"{output}: already exists (use --force to overwrite)")
    try:
        write_atomic(target, DEFAULTS_FILE.read_text(encoding="utf-8"))  # every key, as default
    except OSError as error:
        fail(f"{output}: cannot write: {error.strerror}")
    click.echo(f"wrote {output}: edit the allowlist, then run 'redactcheck check .'")


@click.group()
def baseline() -> None:
    """Accept today's findings so that checks report only new ones.

    The baseline stores keyed hashes (HMAC-SHA256), never text: commit it, but
    keep the key (.redactcheck-key or $REDACTCHECK_BASELINE_KEY) secret.
    """


baseline_file = click.option(
    "-o",
    "--output",
    "baseline_path",
    default=BASELINE_NAME,
    show_default=True,
    type=click.Path(dir_okay=False),
    help="The baseline file.",
)


@baseline.command(epilog=PATHS_EXIT_CODES)
@click.argument("paths", nargs=-1, required=True)
@baseline_file
@click.option(
    "--force", is_flag=True, help="Replace an existing baseline (see also 'baseline update')."
)
@with_common
def create(
    paths: tuple[str, ...], baseline_path: str, force: bool, config_file: str | None, **common: Any
) -> None:
    """Accept every current finding in PATHS."""
    from redactcheck.suppress import baseline as bl

    target = Path(baseline_path)
    if target.exists() and not force:
        fail(f"{baseline_path}: already exists (use 'redactcheck baseline update' or --force)")
    try:
        reports, problems = _reports(paths, config_file, common)
        if not reports:  # nothing could be read: no baseline of nothing, just the error lines
            sys.exit(exit_status(True, failed=False))
        key, created = bl.load_key(target, create=True)
        made = bl.build(reports, key, target)
        bl.write(made, target)
    except RedactcheckError as error:
        fail(str(error))
    except OSError as error:
        fail(f"{baseline_path}: cannot write: {error.strerror}")
    _key_guidance(created)
    accepted, files = _n(made.count(), "accepted finding"), _n(len(reports), "file")
    click.echo(f"wrote {baseline_path}: {accepted} in {files}")
    sys.exit(exit_status(problems > 0, failed=False))


@baseline.command(epilog=PATHS_EXIT_CODES)
@click.argument("paths", nargs=-1)
@baseline_file
@with_common
def update(
    paths: tuple[str, ...], baseline_path: str, config_file: str | None, **common: Any
) -> None:
    """Re-check PATHS (default: the files in the baseline) and refresh their entries."""
    from redactcheck.suppress import baseline as bl

    target = Path(baseline_path)
    try:
        old = bl.read(target)
        key, _ = bl.load_key(target)
        bl.check_key(old, key, target)
        paths = paths or _listed(old, target)
        reports, problems = _reports(paths, config_file, common) if paths else ([], 0)
        merged, added, removed = bl.update(old, bl.build(reports, key, target), target.parent)
        bl.write(merged, target)
    except RedactcheckError as error:
        fail(str(error))
    except OSError as error:
        fail(f"{baseline_path}: cannot write: {error.strerror}")
    click.echo(
        f"updated {baseline_path}: {merged.count()} accepted findings "
        f"({added} added, {removed} removed)"
    )
    sys.exit(exit_status(problems > 0, failed=False))


def _n(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _reports(
    paths: Sequence[str], config_file: str | None, common: dict[str, Any]
) -> tuple[list[Any], int]:
    """Check PATHS exactly as `check` does, inline ignores included; also how many inputs
    could not be read (each already reported on its own line). Files that cannot be read
    keep their entries on update (baseline.update keeps what was not checked)."""
    config = load_config(paths, config_file, flags(**common))
    documents, problems = gather(paths)
    if not documents:
        return [], problems
    return check_documents(config, documents), problems


def _listed(old: Any, target: Path) -> tuple[str, ...]:
    """Files named in the baseline that are not gone, as paths from here: one that cannot be
    looked at is re-checked, and so reported, rather than quietly left out."""
    from redactcheck.suppress.baseline import still_there

    names = (target.parent / name for name in sorted(old.files) if not name.startswith("<"))
    return tuple(str(path) for path in names if still_there(path))


def _key_guidance(created: Path | None) -> None:
    """A new key must stay out of git: say so, and warn when .gitignore does not list it."""
    if created is None:
        return
    click.echo(
        f"created {created} (mode 0600): keep it secret and out of git; "
        "in CI set REDACTCHECK_BASELINE_KEY to its contents",
        err=True,
    )
    gitignore = created.parent / ".gitignore"
    listed = (
        gitignore.is_file()
        and created.name in gitignore.read_text(encoding="utf-8", errors="replace").split()
    )
    if not listed:
        click.echo(f"add '{created.name}' to {gitignore}", err=True)
