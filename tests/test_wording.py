"""The words people read for each category and kind (models/wording.yaml)."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from redactcheck.resources import data_dir
from redactcheck.risk.wording import category_words, kind_words, load_wording
from redactcheck.types import Category


def test_every_category_and_kind_has_plain_words() -> None:
    words = [category_words(c.value) for c in Category]
    assert all(w and w == w.lower() or w[0].islower() for w in words)
    assert len(set(words)) == len(words), "two categories read the same to a person"
    assert kind_words("direct") != kind_words("quasi")


def test_a_category_without_words_is_an_error_at_load(tmp_path: Path) -> None:
    raw = yaml.safe_load((data_dir("models") / "wording.yaml").read_text(encoding="utf-8"))
    del raw["categories"]["LOCATION"], raw["kinds"]["quasi"]
    path = tmp_path / "wording.yaml"
    path.write_text(yaml.safe_dump(raw), encoding="utf-8")
    with pytest.raises(RuntimeError, match=f"^{path}: no wording for LOCATION, quasi$"):
        load_wording(path)
    assert load_wording()[0]["LOCATION"] == "a place"
