"""The words people read for categories and kinds (models/wording.yaml), checked at load.

Rule ids and category names are for machines (JSON, SARIF); a practitioner reading
the text report sees "a name, identifies someone on its own" instead of
"PERSON (direct) ner-person".
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Mapping

from redactcheck import yamlfiles
from redactcheck.resources import data_dir
from redactcheck.types import Category


@lru_cache(maxsize=2)
def load_wording(path: Path | None = None) -> tuple[Mapping[str, str], Mapping[str, str]]:
    """(words per category, words per kind) from models/wording.yaml or another file, checked:
    a category of the enum with no words is an error here, at load, not a KeyError mid-report."""
    name = str(path) if path else "models/wording.yaml"
    source = path or data_dir("models") / "wording.yaml"
    raw = yamlfiles.load(source.read_text(encoding="utf-8")) or {}
    categories, kinds = dict(raw.get("categories") or {}), dict(raw.get("kinds") or {})
    missing = [c.value for c in Category if not categories.get(c.value)]
    missing += [k for k in ("direct", "quasi") if not kinds.get(k)]
    if missing:
        raise RuntimeError(f"{name}: no wording for {', '.join(missing)}")
    return categories, kinds


def category_words(category: str) -> str:
    """ "a name", "a council or team": what the category is, in plain words."""
    return load_wording()[0][category]


def kind_words(kind: str) -> str:
    """ "identifies someone on its own" (direct) or "... together with other details" (quasi)."""
    return load_wording()[1][kind]
