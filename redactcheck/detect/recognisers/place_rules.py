"""UK places from the shipped gazetteer, as term rules for the term index (recognisers/terms.py).

Place names that are also ordinary words or names (ambiguous_places.txt)
need a locating word nearby ("in", "from", "moved to"). Chat written in lower
case reaches these rules through the truecased view (redactcheck.detect.view).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from redactcheck.detect.rulefile import Context, RuleSpec
from redactcheck.lexicon import LEXICON
from redactcheck.lexicon.places import ambiguous as ambiguous_places
from redactcheck.lexicon.places import read_places
from redactcheck.lexicon.words import MONTHS, WEEKDAYS
from redactcheck.types import Category

WHY = "A named place narrows down where the family lives or goes."
_LOCATING = Context(
    words=(
        "in",
        "from",
        "at",
        "near",
        "to",
        "moved to",
        "lives in",
        "living in",
        "based in",
        "round",
        "around",
        "outside",
    ),
    required=True,
    window=15,
    boost=0.0,
)


def place_specs(models: Path) -> list[RuleSpec]:
    """Two term rules: clear place names, and ambiguous ones that need a locating word."""
    places = read_places(models)
    if not places:
        return []
    ambiguous = ambiguous_places(models)
    too_broad = LEXICON.words("too_broad_places")
    calendar = set(MONTHS + WEEKDAYS)
    excluded = ambiguous | calendar
    clear = [p.name for p in places if p.name not in excluded and p.name.lower() not in too_broad]
    source = str(models / "gazetteers" / "uk_places.tsv")
    place_rule = partial(
        RuleSpec,
        category=Category.LOCATION,
        description="a UK place from the gazetteer",
        why=WHY,
        source=source,
        line=1,
        case_sensitive=True,
    )
    specs = [place_rule(id="uk-place", score=0.7, terms=tuple(dict.fromkeys(clear)))]
    known = {p.name for p in places}
    unclear = sorted(n for n in ambiguous if n in known and n not in calendar)
    if unclear:
        specs.append(
            place_rule(id="uk-place-ambiguous", score=0.6, terms=tuple(unclear), context=_LOCATING)
        )
    return specs
