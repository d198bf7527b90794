"""The words people read for each category and kind (models/wording.yaml)."""
from __future__ import annotations

from redactcheck.types import Category
from redactcheck.risk.wording import category_words, kind_words


def test_every_category_and_kind_has_plain_words() -> None:
    words = [category_words(c.value) for c in Category]
    assert all(w and w == w.lower() or w[0].islower() for w in words)
    assert len(set(words)) == len(words), "two categories read the same to a person"
    assert kind_words("direct") != kind_words("quasi")
