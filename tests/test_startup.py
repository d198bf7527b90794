"""Start-up: collection is paused while the Linter loads, and always comes back."""
from __future__ import annotations

import gc

import pytest

from redactcheck.config import Config
from redactcheck.startup import load_linter, pause_collection, resume_collection


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
