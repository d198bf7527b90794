"""`redactcheck serve`: only click here, so the command line starts without the web extra."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

import click

from redactcheck.cli.options import fail, flags, load_config, runtime, with_common
from redactcheck.errors import RedactcheckError

INSTALL_HINT = 'the web page needs the web extra: pip install "redactcheck[web]"'


@click.command()
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on. Anything but loopback lets other machines reach your drafts.",
)
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=0,
    show_default=True,
    help="Port (0: a free one).",
)
@click.option(
    "--no-browser", is_flag=True, help="Do not open the page in a browser; just print its address."
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1000),
    default=5_000_000,
    show_default=True,
    help="Largest draft or file the page accepts.",
)
@with_common
def serve(
    host: str, port: int, no_browser: bool, max_bytes: int, config_file: str | None, **common: Any
) -> None:
    """Open a private page on this machine to check and redact drafts (nothing is kept)."""
    try:
        importlib.import_module("starlette")
        importlib.import_module("uvicorn")
    except ImportError:
        fail(INSTALL_HINT)
    from redactcheck.web.server import LOOPBACK
    from redactcheck.web.server import serve as run

    if host not in LOOPBACK:
        click.echo(
            f"redactcheck: warning: listening on {host}: other machines may reach this page "
            "and the drafts checked on it",
            err=True,
        )
    try:
        config = load_config([], config_file, flags(**common))
        click.echo("redactcheck: loading the checker...", err=True)
        linter = runtime().linter(config)
    except RedactcheckError as error:
        fail(str(error))

    def ready(url: str) -> None:
        click.echo(f"redactcheck: the page is at {url} (Ctrl+C to stop)")
        sys.stdout.flush()
        if not no_browser:
            import webbrowser

            webbrowser.open(url)

    try:
        run(linter, host, port, max_bytes, Path.cwd(), ready)
    except OSError as error:
        fail(f"cannot listen on {host}:{port}: {error.strerror}")
