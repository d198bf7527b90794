"""`redactcheck watch add|list|remove|clear`: the private watchlist of caseload names.

Registered by the group in cli/__init__.py. Nothing here prints or stores a name: names are
read from a prompt (not echoed) or stdin and only their keyed hashes are kept.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Sequence

import click

from redactcheck.cli.options import fail
from redactcheck.errors import RedactcheckError

store_option = click.option(
    "--watchlist",
    "store",
    type=click.Path(dir_okay=False),
    default=None,
    help="The watchlist store (default: $REDACTCHECK_WATCHLIST, else your config folder).",
)


@click.group()
def watch() -> None:
    """Names on your caseload, flagged wherever a draft uses them.

    Names are read from a prompt or stdin and stored only as keyed hashes
    (HMAC-SHA256) in your config folder, with their key beside them (mode 0600).
    """


def _path(store: str | None) -> Path:
    from redactcheck.detect import watchlist

    return watchlist.store_path(store)


def _read_names(nicknames: Sequence[str], what: str) -> list[tuple[str, list[str]]]:
    """(name, nicknames) from a hidden prompt on a terminal, else one name a line from stdin
    ("Name, nickname, nickname"); --nickname belongs to a single name."""
    from redactcheck.detect.watchlist import parse_line
    from redactcheck.errors import InputError

    if sys.stdin.isatty():
        lines = [
            click.prompt(
                f"Name to {what} (not shown)", hide_input=True, default="", show_default=False
            )
        ]
    else:
        lines = sys.stdin.read().splitlines()
    entries = [
        parse_line(line) for line in lines if line.strip() and not line.lstrip().startswith("#")
    ]
    if not entries:
        raise InputError("no name given (type one at the prompt, or one a line on stdin)")
    if nicknames and len(entries) > 1:
        raise InputError(
            "--nickname goes with a single name; give several as 'Name, nickname' lines"
        )
    if nicknames:
        entries[0][1].extend(nicknames)
    return entries


@watch.command()
@click.option(
    "--nickname",
    "-n",
    "nicknames",
    multiple=True,
    help="Another name the person goes by (repeatable).",
)
@store_option
def add(nicknames: tuple[str, ...], store: str | None) -> None:
    """Watch names: one from the prompt, or one a line on stdin ("Name, nickname")."""
    from redactcheck.detect import watchlist

    try:
        path = _path(store)
        current = watchlist.open_for_change(path)
        updated, added = watchlist.add(current, _read_names(nicknames, "watch"))
        watchlist.save(updated)
    except RedactcheckError as error:
        fail(str(error))
    except OSError as error:
        fail(f"{path}: cannot write the watchlist ({error.strerror})")
    click.echo(
        f"watching {added} new name{'s' * (added != 1)}; {_count(updated)} (keyed hashes in {path})"
    )


def _count(current: object) -> str:
    names = len(getattr(current, "names"))
    variants = len(getattr(current, "hashes"))
    return f"{names} name{'s' * (names != 1)} watched, {variants} spelling{'s' * (variants != 1)}"


@watch.command(name="list")
@store_option
def list_command(store: str | None) -> None:
    """How many names are watched (never the names: they are not stored)."""
    from redactcheck.detect import watchlist

    try:
        path = _path(store)
        current = watchlist.load(path)
    except RedactcheckError as error:
        fail(str(error))
    click.echo(f"{_count(current)} (keyed hashes in {path})")


@watch.command()
@store_option
def remove(store: str | None) -> None:
    """Stop watching names: each given in full, as it was added."""
    from redactcheck.detect import watchlist

    try:
        path = _path(store)
        current = watchlist.load(path)
        names = [name for name, _ in _read_names((), "remove")]
        updated, removed = watchlist.remove(current, names)
        if removed:
            watchlist.save(updated)
    except RedactcheckError as error:
        fail(str(error))
    except OSError as error:
        fail(f"{path}: cannot write the watchlist ({error.strerror})")
    missing = len(names) - removed
    note = f"; {missing} not on the watchlist (give the full name as added)" if missing else ""
    click.echo(f"removed {removed} name{'s' * (removed != 1)}{note}; {_count(updated)}")


@watch.command()
@store_option
def clear(store: str | None) -> None:
    """Forget every watched name, and the key."""
    from redactcheck.detect import watchlist

    path = _path(store)
    try:
        count = watchlist.clear(path)
    except OSError as error:
        fail(f"{path}: cannot delete the watchlist ({error.strerror})")
    click.echo(f"cleared the watchlist ({count} name{'s' * (count != 1)})")
