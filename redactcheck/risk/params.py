"""The risk model's parameters: models/risk.yaml read and checked into a Params.

Every facet needs its weight and its words, every place size its weight, every weight is a
chance and the joint curve never falls: a missing or wrong entry is an error at load, not a
KeyError mid-check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Mapping

from redactcheck import yamlfiles
from redactcheck.resources import data_dir
from redactcheck.risk.facets import facet_keys

PLACE_KEYS = ("city", "region", "town", "small", "big_town_population")
PLACE_PHRASE_KEYS = ("small", "town", "city")


@dataclass(frozen=True)
class Params:
    """The fitted model and its words; see models/risk.yaml for what each field means."""

    version: str
    weights: Mapping[str, float]  # "AGE.exact" -> 0.15
    places: Mapping[str, float]
    joint: tuple[float, ...]
    joint_min_weight: float
    group_gap: int
    across_direct: float
    across_quasi: float
    high: float
    medium: float
    threshold: float
    phrases: Mapping[str, str] = field(default_factory=dict)  # "AGE.band" -> "an age band"
    place_phrases: Mapping[str, str] = field(default_factory=dict)  # "town" -> "a town"
    institution_phrases: tuple[tuple[re.Pattern[str], str], ...] = ()

    def with_values(self, **changes: Any) -> "Params":
        """A copy with some fields or weights ("AGE.exact") changed, for fitting."""
        weights = dict(self.weights)
        for key in [k for k in changes if "." in k]:
            weights[key] = changes.pop(key)
        return replace(self, weights=weights, **changes)


def params_from_dict(raw: Mapping[str, Any], source: str = "models/risk.yaml") -> Params:
    """The parameters, checked: every facet has its weight and words, every weight is a chance."""
    weights = {
        f"{cat}.{facet}": float(w)
        for cat, facets in raw["weights"].items()
        for facet, w in facets.items()
    }
    _require(source, "weight", weights, facet_keys())
    _require(source, "place weight", raw["places"], PLACE_KEYS)
    for key, w in weights.items():
        if not 0.0 <= w <= 1.0:
            raise ValueError(f"risk weight {key} = {w} is outside [0, 1]")
    joint = tuple(float(j) for j in raw["joint"])
    if any(b < a for a, b in zip(joint, joint[1:])):
        raise ValueError("risk joint curve must never decrease")
    return Params(
        version=str(raw["version"]),
        weights=weights,
        places={k: float(v) for k, v in raw["places"].items()},
        joint=joint,
        joint_min_weight=float(raw["joint_min_weight"]),
        group_gap=int(raw["group_gap"]),
        across_direct=float(raw["across_groups"]["direct"]),
        across_quasi=float(raw["across_groups"]["quasi"]),
        high=float(raw["bands"]["high"]),
        medium=float(raw["bands"]["medium"]),
        threshold=float(raw.get("threshold", 50)),
        **_phrases_from(raw.get("phrases") or {}, source),
    )


def _require(source: str, what: str, table: Mapping[str, Any], keys: Iterable[str]) -> None:
    """A missing entry is an error at load, naming the file and every key missing."""
    missing = [k for k in keys if k not in table]
    if missing:
        raise ValueError(f"{source}: no {what} for {', '.join(missing)}")


def _phrases_from(raw: Mapping[str, Any], source: str) -> dict[str, Any]:
    """The `phrases:` section: words per facet, per size of place, per kind of organisation."""
    facets, places = dict(raw.get("facets") or {}), dict(raw.get("places") or {})
    _require(source, "phrase", facets, [k for k in facet_keys() if k != "INSTITUTION.any"])
    _require(source, "place phrase", places, PLACE_PHRASE_KEYS)
    rows = raw.get("institutions") or []
    if not rows or any(len(row) != 2 for row in rows) or rows[-1][0] != "":
        raise ValueError(
            f"{source}: phrases.institutions must be [pattern, words] pairs ending with an empty"
            " pattern"
        )
    return {
        "phrases": facets,
        "place_phrases": places,
        "institution_phrases": tuple((re.compile(p, re.I), str(w)) for p, w in rows),
    }


@lru_cache(maxsize=4)
def load_params(path: Path | None = None) -> Params:
    """The shipped parameters (models/risk.yaml), or another file's."""
    source = path or data_dir("models") / "risk.yaml"
    raw = yamlfiles.load(source.read_text(encoding="utf-8"))
    return params_from_dict(raw, str(path) if path else "models/risk.yaml")
