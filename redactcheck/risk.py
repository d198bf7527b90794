"""Document risk: could someone who knows the family recognise them from this?

A pure function of the findings. Each distinct identifier has a probability of
giving the person away; they combine like independent chances
(1 - product of misses), and quasi identifiers of different kinds get a joint
term because together they narrow a population far faster than alone
(an age, a school and a village point to one child). Adding a finding can only
raise the score and removing one only lower it.
"""
from __future__ import annotations

from typing import Iterable, Mapping, Sequence

from .types import Category, Finding, RiskScore

# Chance that one identifier of this category lets a reader who knows the
# family recognise them. Direct identifiers start at 0.5 so any one flags.
WEIGHTS: dict[Category, float] = {
    Category.PERSON: 0.5,
    Category.ADDRESS: 0.9,
    Category.POSTCODE: 0.6,
    Category.CONTACT: 0.85,
    Category.ID_NUMBER: 0.9,
    Category.CASE_REF: 0.7,
    Category.DATE_OF_BIRTH: 0.8,
    Category.AGE: 0.15,
    Category.DATE: 0.1,
    Category.LOCATION: 0.15,
    Category.LOCAL_AUTHORITY: 0.08,
    Category.INSTITUTION: 0.2,
    Category.DEMOGRAPHIC: 0.15,
}
FULL_NAME_WEIGHT = 0.75
# Extra chance when several different kinds of quasi identifier occur together.
JOINT_QUASI = (0.0, 0.0, 0.1, 0.3, 0.45, 0.55, 0.6, 0.65)
BANDS = ((70.0, "high"), (40.0, "medium"), (0.0, "low"))
PHRASES: dict[Category, str] = {
    Category.PERSON: "a name",
    Category.ADDRESS: "a street address",
    Category.POSTCODE: "a postcode",
    Category.CONTACT: "contact details",
    Category.ID_NUMBER: "an ID number",
    Category.CASE_REF: "a case reference",
    Category.DATE_OF_BIRTH: "a date of birth",
    Category.AGE: "an exact age",
    Category.DATE: "a specific date",
    Category.LOCATION: "a named place",
    Category.LOCAL_AUTHORITY: "the council or team",
    Category.INSTITUTION: "a named school, hospital or service",
    Category.DEMOGRAPHIC: "a nationality, condition or job",
}


# A place narrows a family down by how many people live there: a city hardly
# at all, a village or an island a lot (an unknown place counts as small).
PLACE_WEIGHTS = {"city": 0.05, "region": 0.03, "town": 0.12}
SMALL_PLACE_WEIGHT = 0.25
BIG_TOWN = 100_000


def place_weight(kind: str, population: int | None) -> float:
    """Weight of a gazetteer place from its type and population."""
    if population is not None and population >= BIG_TOWN:
        return PLACE_WEIGHTS["city"]
    return PLACE_WEIGHTS.get(kind, SMALL_PLACE_WEIGHT)


def weight(finding: Finding, places: Mapping[str, float] | None = None) -> float:
    """How much one finding alone gives the person away."""
    category = Category(finding.category)
    if category is Category.PERSON and len(finding.text.split()) >= 2:
        return FULL_NAME_WEIGHT
    if category is Category.LOCATION and places is not None:
        return places.get(finding.text.strip().lower(), SMALL_PLACE_WEIGHT)
    return WEIGHTS[category]


def distinct(findings: Iterable[Finding]) -> list[Finding]:
    """One finding per identifier: repeating a name does not add to the risk."""
    seen: dict[tuple[str, str], Finding] = {}
    for finding in findings:
        key = (finding.category, " ".join(finding.text.lower().split()))
        seen.setdefault(key, finding)
    return list(seen.values())


def band_for(value: float) -> str:
    return next(name for floor, name in BANDS if value >= floor)


def score(findings: Sequence[Finding], places: Mapping[str, float] | None = None) -> RiskScore:
    """The document's risk, band, the findings that drive it and why, in words.

    `places` maps lower-cased place names to their weight (see place_weight);
    without it every place counts as small.
    """
    unique = distinct(findings)
    miss = 1.0
    for finding in unique:
        miss *= 1.0 - weight(finding, places)
    quasi_kinds = {f.category for f in unique if f.kind == "quasi" and weight(f, places) >= 0.1}
    miss *= 1.0 - JOINT_QUASI[min(len(quasi_kinds), len(JOINT_QUASI) - 1)]
    value = round(100.0 * (1.0 - miss), 1)
    ranked = sorted(unique, key=lambda f: weight(f, places), reverse=True)
    drivers = tuple(ranked[:3])
    return RiskScore(value=value, band=band_for(value), reasons=reasons(ranked), drivers=drivers)


def _phrase(finding: Finding) -> str:
    category = Category(finding.category)
    if category is Category.PERSON and len(finding.text.split()) >= 2:
        return "a full name"
    return PHRASES[category]


def reasons(ranked: Sequence[Finding]) -> tuple[str, ...]:
    """Plain-words reasons, direct identifiers first (names before the rest)."""
    if not ranked:
        return ("no identifiers found",)
    out = []
    direct = [f for f in ranked if f.kind == "direct"]
    direct.sort(key=lambda f: f.category != Category.PERSON.value)
    quasi = [f for f in ranked if f.kind == "quasi"]
    if direct:
        phrases = list(dict.fromkeys(_phrase(f) for f in direct))
        out.append(" with ".join(phrases[:3]) + " (direct)")
    if quasi:
        phrases = list(dict.fromkeys(_phrase(f) for f in quasi))
        together = " together narrow down who this is" if len(phrases) > 1 else " narrows down who this is"
        out.append(", ".join(phrases[:4]) + together + " (quasi)")
    return tuple(out)
