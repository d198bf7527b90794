"""The one YAML loader: safe, and a key given twice is an error, not the last one silently.

Everything shipped (rules, models, defaults, the YAML test cases) loads with it, so a
duplicate key slipped into shipped data fails here; each loader of shipped data refuses
a copy with a duplicate key.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import pytest

from redactcheck.config import DEFAULTS_FILE
from redactcheck.detect.recognisers.ner import load_label_map
from redactcheck.redaction.generalise import nouns_from
from redactcheck.resources import data_dir
from redactcheck.risk.params import load_params
from redactcheck.risk.wording import load_wording
from redactcheck.yamlfiles import DuplicateKeyError, load

from program import ROOT

SHIPPED = sorted(
    [*data_dir("rules").rglob("*.y*ml"), *data_dir("models").rglob("*.y*ml"), DEFAULTS_FILE,
     *(ROOT / "tests" / "cases").glob("*.y*ml"), ROOT / ".pre-commit-hooks.yaml"]
)


def test_there_is_shipped_yaml_to_check() -> None:
    names = {path.name for path in SHIPPED}
    assert {"names.yaml", "risk.yaml", "generalise.yaml", "defaults.yaml"} <= names, names


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_shipped_yaml_file_loads_with_the_strict_loader(path: Path) -> None:
    assert load(path.read_text(encoding="utf-8")) is not None


DUPLICATES = {  # text: (key as the message shows it, its line, the first one's line)
    "a: 1\nb: 2\na: 3\n": ("'a'", 3, 1),
    "{a: 1, a: 2}\n": ("'a'", 1, 1),
    "rules:\n  - id: x\n    terms: [Jo]\n    id: y\n": ("'id'", 4, 2),
    "outer:\n  inner: {k: 1, j: 2, k: 3}\n": ("'k'", 2, 2),
    "yes: 1\ntrue: 2\n": ("True", 2, 1),  # two spellings of one key
    "1: a\n1.0: b\n": ("1.0", 2, 1),
}


@pytest.mark.parametrize("text", list(DUPLICATES))
def test_a_key_given_twice_names_the_key_and_both_lines(text: str) -> None:
    shown, line, first = DUPLICATES[text]
    with pytest.raises(DuplicateKeyError) as raised:
        load(text)
    assert str(raised.value).splitlines()[0] == (
        f"duplicate key {shown} (first given on line {first})")
    assert raised.value.problem_mark is not None
    assert raised.value.problem_mark.line + 1 == line


def test_equal_keys_in_different_mappings_and_merge_keys_are_allowed() -> None:
    text = "a: {k: 1}\nb: {k: 2}\nbase: &base {k: 1, j: 2}\nc:\n  <<: *base\n  k: 3\n"
    assert load(text) == {"a": {"k": 1}, "b": {"k": 2}, "base": {"k": 1, "j": 2},
                          "c": {"k": 3, "j": 2}}


def test_the_strict_loader_is_still_safe() -> None:
    with pytest.raises(Exception, match="python/object"):
        load("x: !!python/object/apply:os.getcwd []\n")


MODEL_LOADERS: dict[str, tuple[Path, Callable[[Path], Any]]] = {
    "risk.yaml": (data_dir("models") / "risk.yaml", load_params),
    "wording.yaml": (data_dir("models") / "wording.yaml", load_wording),
    "generalise.yaml": (data_dir("models") / "generalise.yaml", nouns_from),
    "label_map.yaml": (data_dir("models") / "label_map.yaml", load_label_map),
}


@pytest.mark.parametrize("name", list(MODEL_LOADERS))
def test_each_loader_of_shipped_data_refuses_a_duplicate_key(tmp_path: Path, name: str) -> None:
    shipped, loader = MODEL_LOADERS[name]
    text = shipped.read_text(encoding="utf-8")
    loader(shipped)  # the shipped file loads
    first_key = next(iter(load(text)))
    copy = tmp_path / name
    copy.write_text(text.rstrip("\n") + f"\n{first_key}: null\n", encoding="utf-8")
    with pytest.raises(DuplicateKeyError, match=f"duplicate key '{first_key}'"):
        loader(copy)
