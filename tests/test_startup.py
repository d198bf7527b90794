"""Start-up: collection is paused while the Linter loads, and always comes back."""
from __future__ import annotations

import gc

import pytest

from redactcheck.config import Config
from redactcheck.startup import load_linter, pause_collection, resume_collection
from redactcheck.types import Category


@pytest.fixture(autouse=True)
def _unfreeze():
    yield
    gc.unfreeze()


def test_pause_and_resume_restore_the_thresholds() -> None:
    before = gc.get_threshold()
    pause_collection()
    assert gc.get_threshold()[0] == 0
    gc.enable()  # what srsly does after reading weights: must not restart collection
    assert gc.get_threshold()[0] == 0
    resume_collection()
    assert gc.get_threshold() == before


def test_load_linter_freezes_what_it_loaded_and_collects_again() -> None:
    before = gc.get_threshold()
    linter = load_linter(Config())
    assert linter.check("Met Sarah Jones at Ninewells.").findings
    assert gc.get_threshold() == before and gc.isenabled()
    assert gc.get_freeze_count() > 100_000


def test_a_failed_load_still_resumes_collection() -> None:
    before = gc.get_threshold()
    with pytest.raises(Exception):
        load_linter(Config(model="no_such_pipeline_anywhere"))
    assert gc.get_threshold() == before


def test_the_command_line_leaves_collection_as_it_found_it() -> None:
    from click.testing import CliRunner

    from redactcheck.cli import main

    before = gc.get_threshold()
    assert CliRunner().invoke(main, ["--help"]).exit_code == 0
    assert gc.get_threshold() == before


# --- importing Presidio without re-checking its own patterns (quick_presidio) ----------------

_COUNT_CHECKS = """
import sys, regex
real = regex.compile
checked = []
def counting(pattern, flags=0, *args, **kwargs):
    if sys._getframe(1).f_code.co_name == "__validate_regex":
        checked.append(pattern)
    return real(pattern, flags, *args, **kwargs)
regex.compile = counting
{imports}
from presidio_analyzer.predefined_recognizers import UrlRecognizer
assert UrlRecognizer.PATTERNS
print(len(checked), regex.compile is counting)
"""


def _checks_at_import(imports: str) -> tuple[int, bool]:
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", _COUNT_CHECKS.format(imports=imports)],
                         capture_output=True, text=True, check=True).stdout.split()
    return int(out[0]), out[1] == "True"


def test_a_plain_import_of_presidio_checks_its_patterns() -> None:
    checked, restored = _checks_at_import("import presidio_analyzer")
    assert checked > 100 and restored


def test_redactcheck_imports_presidio_without_the_checks_and_puts_compile_back() -> None:
    checked, restored = _checks_at_import("import redactcheck.detect.engine")
    assert checked == 0 and restored


def test_every_check_skipped_would_have_passed() -> None:
    """What the skipped check did: compile each built-in pattern. All compile, and
    as Presidio compiles them when they are used."""
    import inspect

    import regex
    from presidio_analyzer import Pattern, PatternRecognizer, predefined_recognizers

    classes = [c for _, c in inspect.getmembers(predefined_recognizers, inspect.isclass)
               if issubclass(c, PatternRecognizer)]
    patterns = [p for c in classes for p in getattr(c, "PATTERNS", [])]
    assert len(classes) > 20 and any("(?:academy)" in p.regex for p in patterns)
    for pattern in patterns:
        assert isinstance(pattern, Pattern)
        regex.compile(pattern.regex)
        regex.compile(pattern.regex, regex.DOTALL | regex.MULTILINE | regex.IGNORECASE)


def test_patterns_made_after_the_import_are_still_checked() -> None:
    import redactcheck.detect.engine  # noqa: F401
    from presidio_analyzer import Pattern

    with pytest.raises(ValueError, match="Invalid regex"):
        Pattern("broken", "(unclosed", 0.5)


def test_profile_urls_are_found_as_before() -> None:
    """The URL recogniser, whose patterns were the costliest to check, still finds what it did."""
    from redactcheck.linter import Linter

    report = Linter().check("Her page is https://www.facebook.com/jane.doe.1234 and she posts daily.")
    assert [f.category for f in report.findings if "facebook" in f.text] == [Category.CONTACT]
