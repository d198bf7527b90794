"""Errors a person can act on.

Each carries a one-line message and the exit code the CLI uses, so the CLI
never has to show a traceback for bad input.
"""

from __future__ import annotations

EXIT_CLEAN = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2


class RedactcheckError(Exception):
    """Base class: `str(error)` is the whole one-line message."""

    exit_code = EXIT_USAGE


class InputError(RedactcheckError):
    """A file or stream that cannot be checked (missing, binary, bad encoding, empty...)."""


class RuleError(RedactcheckError):
    """A rule file that cannot be loaded; the message names the file, line and rule."""


class ConfigError(RedactcheckError):
    """A configuration file or option that is wrong; the message names file and key."""


class ModelError(RedactcheckError):
    """The spaCy pipeline asked for is not installed (we never download one)."""
