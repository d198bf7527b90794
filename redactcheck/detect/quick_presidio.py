"""Importing Presidio without re-checking its own built-in patterns.

`import presidio_analyzer` defines some fifty built-in recognisers, and each of
their patterns is compiled once at import only to check that it is a valid
regex (`Pattern.__validate_regex`); the compiled result is thrown away. Its URL
patterns alone list every top-level domain, and the checks took about a tenth
of a cold `redactcheck check`. Those patterns are fixed in the installed
library (tests/test_startup.py compiles every one of them), so while Presidio is
first imported the check is skipped; `regex.compile` is put back at once, and
every pattern made afterwards (redactcheck's own) is checked as before.
A pattern is still compiled, as Presidio always does, when it is first used.

Every module of redactcheck that imports Presidio imports this module first; the
modules of `detect.recognisers` get it from their package's `__init__`.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

_CHECKER = "__validate_regex"
_CHECKER_FILE = str(Path("presidio_analyzer") / "pattern.py")


def import_presidio() -> None:
    """Import presidio_analyzer, skipping its import-time checks of its own patterns."""
    if "presidio_analyzer" in sys.modules:
        return
    import regex

    real_compile = regex.compile

    def compile_unless_checking_builtin(
        pattern: Any, flags: int = 0, *args: Any, **kwargs: Any
    ) -> Any:
        caller = sys._getframe(1).f_code
        if caller.co_name == _CHECKER and caller.co_filename.endswith(_CHECKER_FILE):
            return None  # the check only calls compile to see it does not raise
        return real_compile(pattern, flags, *args, **kwargs)

    regex.compile = compile_unless_checking_builtin
    try:
        importlib.import_module("presidio_analyzer")
    finally:
        regex.compile = real_compile


import_presidio()
