"""UK places from the shipped gazetteer (models/gazetteers/uk_places.tsv), read once.

Detection turns them into term rules (detect/recognisers/place_rules.py); risk weighs a place by
its population, redaction generalises it to its parent area, and suppression tells place names from
people.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from redactcheck.resources import data_dir


@dataclass(frozen=True)
class Place:
    name: str
    kind: str
    parent: str
    population: int | None
    nation: str


@lru_cache(maxsize=4)
def read_places(models: Path) -> list[Place]:
    """Rows of models/gazetteers/uk_places.tsv (empty if the file is absent); read once."""
    path = models / "gazetteers" / "uk_places.tsv"
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return [_place(r) for r in rows if (r.get("name") or "").strip()]


def _place(row: dict[str, str]) -> Place:
    population = (row.get("population") or "").strip()
    return Place(
        row["name"].strip(),
        (row.get("type") or "").strip(),
        (row.get("parent") or "").strip(),
        int(population) if population.isdigit() else None,
        (row.get("nation") or "").strip(),
    )


def ambiguous(models: Path) -> set[str]:
    path = models / "gazetteers" / "ambiguous_places.txt"
    if not path.is_file():
        return set()
    return {
        line.strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }


@lru_cache(maxsize=1)
def lowered_place_names() -> frozenset[str]:
    """Every shipped gazetteer place name, lower-cased (for case-blind membership tests)."""
    return frozenset(p.name.lower() for p in read_places(data_dir("models")))


def place_names(models: Path) -> frozenset[str]:
    """Every gazetteer place name (so the first-name rule can leave them alone)."""
    return frozenset(p.name for p in read_places(models))
