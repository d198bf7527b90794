"""One registry per extension point: every choice list is derived from it (DESIGN.md, rule 6)."""

from __future__ import annotations

from pathlib import Path

import click

from redactcheck.cli import main
from redactcheck.documents import EXTENSION_FORMATS, FORMATS, iter_paths
from redactcheck.evaluate import Scores, add_draft, summary
from redactcheck.reporters import REPORTERS, get_reporter
from redactcheck.resources import BASELINE_NAME
from redactcheck.types import DIRECT_CATEGORIES


def _option(command: str, name: str, sub: str | None = None) -> click.Option:
    group = main.commands[command]
    chosen = group.commands[sub] if sub else group  # type: ignore[attr-defined]  (a click group)
    found = [p for p in chosen.params if p.name == name]
    assert found, f"{command} has no option {name}"
    return found[0]


def test_format_choices_are_the_reporters_registry() -> None:
    option = _option("check", "fmt")
    assert tuple(option.type.choices) == tuple(REPORTERS)
    for name in REPORTERS:
        assert callable(get_reporter(name))


def test_every_checked_extension_has_a_format(tmp_path) -> None:
    assert {".txt", ".text", ".md", ".html", ".docx"} <= set(EXTENSION_FORMATS)
    assert set(EXTENSION_FORMATS.values()) <= FORMATS
    for extension in [*EXTENSION_FORMATS, ".png"]:
        (tmp_path / f"post{extension}").write_bytes(b"")
    found = {
        p.suffix
        for p in map(Path, iter_paths([str(tmp_path)], extensions=frozenset(EXTENSION_FORMATS)))
    }
    assert found == set(EXTENSION_FORMATS)


def test_the_baseline_option_defaults_to_the_baseline_name() -> None:
    for sub in ("create", "update"):
        assert _option("baseline", "baseline_path", sub).default == BASELINE_NAME


def test_evaluation_counts_the_types_direct_categories() -> None:
    labels = sorted(c.value for c in DIRECT_CATEGORIES)
    spans = [{"start": 2 * i, "end": 2 * i + 1, "label": label} for i, label in enumerate(labels)]
    scores = Scores()
    add_draft(scores, {"text": "x" * 40, "spans": spans}, predicted=[], risk=None)
    assert summary(scores, threshold=50)["recall"]["direct"]["total"] == len(labels)
