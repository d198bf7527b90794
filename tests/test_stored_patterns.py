"""Compiled rule patterns kept between runs: what is read back is what re.compile builds."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from redactcheck import Linter
from redactcheck.detect.regex.first import guarded
from redactcheck.detect.regex.stored import STORE, PatternStore
from redactcheck.detect.regex.trie import compact_word_groups

PATTERNS = [
    (r"\b(?P<name>[A-Z][a-z]+)\s+(?:Road|Street)\b", 0),
    (r"(?i)\bward\s+\d+", 0),
    (r"\b(?:he|she)(?:'s|\s+is)\s+(?P<age>\d{1,2})\b(?!\s*%)", re.IGNORECASE),
    (r"(?m)^[ \t]*(?:Dear|Hi)\s+(?-i:[A-Z]\w+)", re.IGNORECASE),
    (compact_word_groups(r"\b(?i:mum|mam|gran|granny|foster\s+carer)\s+(\w+)"), 0),
]
TEXT = "Mum Sarah said she's 14, Ward 7 at 12 Kelvin Road.\nDear Jo, gran Ann\nhe is 9%"


def _same(one: re.Pattern[str], other: re.Pattern[str]) -> None:
    assert one == other  # same pattern text, flags and compiled code
    assert (one.groups, one.groupindex) == (other.groups, other.groupindex)
    found = [(m.span(), m.groups()) for m in one.finditer(TEXT)]
    assert found == [(m.span(), m.groups()) for m in other.finditer(TEXT)]


def test_a_second_store_reads_back_what_the_first_compiled(tmp_path) -> None:
    first = PatternStore(tmp_path)
    for pattern, flags in PATTERNS:
        _same(first.compile(pattern, flags), re.compile(pattern, flags))
    assert first.compiled_here == len(PATTERNS)
    first.save()
    second = PatternStore(tmp_path)
    for pattern, flags in PATTERNS:
        _same(second.compile(pattern, flags), re.compile(pattern, flags))
    assert second.compiled_here == 0


def test_a_pattern_not_kept_yet_is_compiled_and_kept_next_time(tmp_path) -> None:
    first = PatternStore(tmp_path)
    first.compile(*PATTERNS[0])
    first.save()
    second = PatternStore(tmp_path)
    second.compile(*PATTERNS[0])
    second.compile(*PATTERNS[1])
    assert second.compiled_here == 1
    second.save()
    third = PatternStore(tmp_path)
    third.compile(*PATTERNS[0])
    third.compile(*PATTERNS[1])
    assert third.compiled_here == 0


def test_the_same_text_with_other_flags_is_another_pattern(tmp_path) -> None:
    first = PatternStore(tmp_path)
    first.compile(r"\bmum\b")
    first.save()
    second = PatternStore(tmp_path)
    _same(second.compile(r"\bmum\b", re.IGNORECASE), re.compile(r"\bmum\b", re.IGNORECASE))
    assert second.compiled_here == 1


@pytest.mark.parametrize("damage", ["not json at all", "[1, 2]", "tampered code"])
def test_a_damaged_file_only_means_compiling_again(tmp_path, damage: str) -> None:
    first = PatternStore(tmp_path)
    pattern, flags = PATTERNS[2]
    first.compile(pattern, flags)
    first.save()
    assert first.path is not None
    if damage == "tampered code":
        kept = json.loads(first.path.read_text(encoding="utf-8"))
        for entry in kept.values():
            entry[1] = entry[1][: len(entry[1]) // 8 * 4]  # code cut short: _sre refuses it
        first.path.write_text(json.dumps(kept), encoding="utf-8")
    else:
        first.path.write_text(damage, encoding="utf-8")
    second = PatternStore(tmp_path)
    _same(second.compile(pattern, flags), re.compile(pattern, flags))
    assert second.compiled_here == 1


def test_a_bad_pattern_still_raises_and_is_not_kept(tmp_path) -> None:
    store = PatternStore(tmp_path)
    with pytest.raises(re.error):
        store.compile(r"(unclosed")
    store.save()
    assert store.path is not None and not store.path.exists()


def test_a_folder_that_cannot_be_written_only_means_compiling_again(tmp_path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")
    store = PatternStore(blocked / "patterns")  # a folder under a file cannot be made
    _same(store.compile(*PATTERNS[0]), re.compile(*PATTERNS[0]))
    store.save()
    again = PatternStore(blocked / "patterns")
    _same(again.compile(*PATTERNS[0]), re.compile(*PATTERNS[0]))


def test_a_linter_keeps_its_rule_patterns_and_never_draft_text() -> None:
    """The shared store (in the tests' throw-away cache folder) holds the rules' patterns
    once a Linter is built; checking a draft adds none of its words."""
    linter = Linter()
    assert STORE.path is not None and STORE.path.is_file()
    linter.check("Zebulon Quagmire-Fitzwilliam lives at 12 Kelvin Road.")
    STORE.save()
    kept = STORE.path.read_text(encoding="utf-8")
    assert "Quagmire" not in kept and "Zebulon" not in kept
    street = next(spec for spec in linter.rules if spec.id == "street-address")
    assert street.case_sensitive  # flags 0
    assert f"0|{compact_word_groups(street.patterns[0])}" in json.loads(kept)


def test_the_modules_patterns_are_kept_too() -> None:
    """Patterns the modules compile when imported (look-alikes, the normalised view...)
    go through the same store, so a start reads them back too."""
    from redactcheck.suppress import lookalikes

    Linter()
    assert STORE.path is not None
    kept = {key.split("|", 1)[1] for key in json.loads(STORE.path.read_text(encoding="utf-8"))}
    assert lookalikes.CITATION.pattern in kept
    assert lookalikes.STATUTE.pattern in kept


def test_a_second_start_compiles_no_pattern(tmp_path) -> None:
    """Two fresh processes sharing a cache folder: the first compiles and keeps the
    patterns, the second compiles none of them."""
    code = (
        "import redactcheck; from redactcheck.detect.regex.stored import STORE; "
        "redactcheck.Linter(); print(STORE.compiled_here)"
    )
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path))
    counts = [
        int(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                           text=True, check=True).stdout.split()[-1])
        for _ in range(2)
    ]
    assert counts[0] > 100 and counts[1] == 0


def test_a_guarded_pattern_is_kept_with_its_look_ahead(tmp_path) -> None:
    pattern, flags = r"\b(?:my|our)\s+(?:son|daughter)\b|\bnames\s+changed", re.IGNORECASE
    first = PatternStore(tmp_path)
    made = first.compile_guarded(pattern, flags)
    assert made.pattern == guarded(pattern, flags) != pattern
    first.save()
    second = PatternStore(tmp_path)
    _same(second.compile_guarded(pattern, flags), re.compile(guarded(pattern, flags), flags))
    assert second.compiled_here == 0


def test_every_shipped_pattern_is_rebuilt_as_re_compile_builds_it(tmp_path) -> None:
    """What a start reads back for each rule pattern and role cue is re.compile's pattern."""
    from redactcheck.detect.rulefile import load_rules
    from redactcheck.resources import data_dir

    specs = [s for s in load_rules([data_dir("rules")]) if s.is_pattern_rule]
    patterns = [
        (compact_word_groups(p), 0 if s.case_sensitive else re.IGNORECASE)
        for s in specs
        for p in s.patterns
    ]
    first = PatternStore(tmp_path)
    for pattern, flags in patterns:
        first.compile(pattern, flags)
    first.save()
    second = PatternStore(tmp_path)
    for pattern, flags in patterns:
        assert second.compile(pattern, flags) == re.compile(pattern, flags), pattern[:60]
    assert second.compiled_here == 0
