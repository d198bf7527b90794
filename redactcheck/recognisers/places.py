"""UK places from the shipped gazetteer, as term rules for the term index (recognisers/terms.py).

Place names that are also ordinary words or names (ambiguous_places.txt)
need a locating word nearby ("in", "from", "moved to"). Chat written in lower
case reaches these rules through the truecased view (redactcheck.casing).
"""
from __future__ import annotations

import csv
from functools import lru_cache
from dataclasses import dataclass
from pathlib import Path

from ..resources import data_dir
from ..rules import Context, RuleSpec
from ..types import Category

WHY = "A named place narrows down where the family lives or goes."
_LOCATING = Context(
    words=("in", "from", "at", "near", "to", "moved to", "lives in", "living in", "based in", "round", "around", "outside"),
    required=True,
    window=15,
    boost=0.0,
)


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
    return Place(row["name"].strip(), (row.get("type") or "").strip(), (row.get("parent") or "").strip(),
                 int(population) if population.isdigit() else None, (row.get("nation") or "").strip())


def _ambiguous(models: Path) -> set[str]:
    path = models / "gazetteers" / "ambiguous_places.txt"
    if not path.is_file():
        return set()
    return {line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")}


@lru_cache(maxsize=1)
def lowered_place_names() -> frozenset[str]:
    """Every shipped gazetteer place name, lower-cased (for case-blind membership tests)."""
    return frozenset(p.name.lower() for p in read_places(data_dir("models")))


def place_names(models: Path) -> frozenset[str]:
    """Every gazetteer place name (so the first-name rule can leave them alone)."""
    return frozenset(p.name for p in read_places(models))


def place_specs(models: Path) -> list[RuleSpec]:
    """Two term rules: clear place names, and ambiguous ones that need a locating word."""
    places = read_places(models)
    if not places:
        return []
    ambiguous = _ambiguous(models)
    too_broad = {"Scotland", "England", "Wales", "Northern Ireland", "United Kingdom", "Britain", "Great Britain"}
    calendar = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
    excluded = ambiguous | too_broad | calendar
    clear = [p.name for p in places if p.name not in excluded]
    source = str(models / "gazetteers" / "uk_places.tsv")
    common = dict(category=Category.LOCATION, description="a UK place from the gazetteer", why=WHY, source=source, line=1, case_sensitive=True)
    specs = [RuleSpec(id="uk-place", score=0.7, terms=tuple(dict.fromkeys(clear)), **common)]
    known = {p.name for p in places}
    unclear = sorted(n for n in ambiguous if n in known and n not in calendar)
    if unclear:
        specs.append(RuleSpec(id="uk-place-ambiguous", score=0.6, terms=tuple(unclear), context=_LOCATING, **common))
    return specs
