"""The words people read for categories and kinds (models/wording.yaml), checked at load.

Rule ids and category names are for machines (JSON, SARIF); a practitioner reading
the text report sees "a name, identifies someone on its own" instead of
"PERSON (direct) ner-person".
"""

from __future__ import annotations

from functools import lru_cache
from typing import Mapping

import yaml

from redactcheck.resources import data_dir
from redactcheck.types import Category


@lru_cache(maxsize=1)
def _wording() -> tuple[Mapping[str, str], Mapping[str, str]]:
    raw = yaml.safe_load((data_dir("models") / "wording.yaml").read_text(encoding="utf-8"))
    categories, kinds = dict(raw["categories"]), dict(raw["kinds"])
    missing = [c.value for c in Category if c.value not in categories]
    missing += [k for k in ("direct", "quasi") if k not in kinds]
    if missing:
        raise RuntimeError(f"models/wording.yaml: no wording for {', '.join(missing)}")
    return categories, kinds


def category_words(category: str) -> str:
    """ "a name", "a council or team": what the category is, in plain words."""
    return _wording()[0][category]


def kind_words(kind: str) -> str:
    """ "identifies someone on its own" (direct) or "... together with other details" (quasi)."""
    return _wording()[1][kind]
