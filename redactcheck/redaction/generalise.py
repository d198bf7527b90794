"""Generalising a quasi identifier into words that still read naturally.

`14` becomes "a teenager", `3rd March 2024` "in early 2024", `Partick` "a
part of Glasgow". The redactor widens a span over the article or preposition
in front of it ("a 14-year-old", "on Saturday 9 March") so the phrase can
bring its own grammar and nothing reads "a a teenager" or "on recently".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Mapping

from redactcheck import yamlfiles
from redactcheck.lexicon.places import read_places
from redactcheck.lexicon.words import CARDINAL_VALUES, MONTHS
from redactcheck.resources import data_dir
from redactcheck.types import Category, Declared

_WORD_NUMBERS = CARDINAL_VALUES
_MONTHS = {month[:3].lower(): number for number, month in enumerate(MONTHS, start=1)}
# Spans are widened over these words so the replacement brings its own grammar.
LEADS: dict[str, re.Pattern[str]] = {
    "AGE": re.compile(r"(?i)\b(?:an?|the|at|aged)\s+$"),
    "DATE": re.compile(
        r"(?i)\b(?:(?:on|in|at|during|since|from|until|till|by|before|after)\s+)?(?:the\s+)?$"
    ),
    "INSTITUTION": re.compile(r"(?i)\b(?:an?|the)\s+$"),
    "LOCAL_AUTHORITY": re.compile(r"(?i)\b(?:an?|the)\s+$"),
    "LOCATION": re.compile(r"(?i)\b(?:an?|the)\s+$"),
}


@dataclass(frozen=True)
class Span:
    """What the generaliser knows about one span: its words, what it absorbed, what follows."""

    category: str
    core: str
    lead: str = ""
    next_word: str = ""
    declared: Declared = Declared()  # what the finding's rule declares (generalise_as...)


@dataclass(frozen=True)
class Nouns:
    """The words this module writes, from models/generalise.yaml."""

    institutions: tuple[tuple[re.Pattern[str], str], ...]
    institution_default: str
    fixed: Mapping[str, str]
    person_nouns: frozenset[str]
    nations: tuple[str, ...]


def nouns_from(path: Path) -> Nouns:
    """The noun tables of one file, checked: a bad table is an error naming the file now,
    not a KeyError in the middle of a redaction."""
    raw = yamlfiles.load(path.read_text(encoding="utf-8")) or {}
    missing = [k for k in ("institutions", "institution_default", "fixed") if not raw.get(k)]
    unknown = sorted(set(raw.get("fixed") or {}) - {c.value for c in Category})
    if missing or unknown:
        problem = f"no {', '.join(missing)}" if missing else f"unknown category {unknown[0]}"
        raise ValueError(f"{path}: {problem}")
    return Nouns(
        institutions=tuple((re.compile(p), str(n)) for p, n in raw["institutions"]),
        institution_default=str(raw["institution_default"]),
        fixed={str(k): str(v) for k, v in raw["fixed"].items()},
        person_nouns=frozenset(raw.get("person_nouns") or ()),
        nations=tuple(raw.get("nations") or ()),
    )


@lru_cache(maxsize=1)
def nouns() -> Nouns:
    """The shipped tables, read once."""
    return nouns_from(data_dir("models") / "generalise.yaml")


def a_an(word: str) -> str:
    """The indefinite article for a word, by its first sound."""
    lowered = word.lower()
    vowel = lowered[:1] in "aeiou" and not lowered.startswith(("uni", "eu", "one"))
    return "an" if vowel or lowered.startswith("hour") else "a"


def _indefinite(noun: str) -> str:
    return f"{a_an(noun)} {noun}"


def _number(core: str) -> int | None:
    match = re.search(r"\d{1,3}", core)
    if match:
        return int(match.group())
    words = [_WORD_NUMBERS[w] for w in re.findall(r"[a-z]+", core.lower()) if w in _WORD_NUMBERS]
    return sum(words) if words else None


def _age_band(years: int | None, core: str) -> tuple[str, str, str]:
    """(noun, adjective, "of ... age") for an age in years."""
    if years is None or re.search(r"(?i)\b(?:months?|weeks?|days?)\b", core) or years < 1:
        return "baby", "baby", "under school age"
    if years < 5:
        return "young child", "young", "under school age"
    if years < 12:
        return "child", "young", "of primary-school age"
    if years < 18:
        return "teenager", "teenage", "of secondary-school age"
    if years < 25:
        return "young adult", "young", "of working age"
    return (
        ("adult", "adult", "of working age")
        if years < 65
        else ("older person", "older", "of pension age")
    )


def age(span: Span) -> str:
    """`14` -> "a teenager"; `a 14-year-old girl` -> "a teenage girl"; `aged 14` -> "of
    secondary-school age"."""
    lead, core = span.lead.strip().lower(), span.core
    decade = re.search(r"(\d)0s\b", core)
    if decade:
        tens = int(decade.group(1))
        return "in their teens" if tens == 1 else ("in adulthood" if tens < 6 else "in later life")
    noun, adjective, band = _age_band(_number(core), core)
    if lead == "aged" or core.lower().startswith("aged"):
        return band
    if lead == "at":
        return f"as {_indefinite(noun)}"
    if (
        re.search(r"(?i)year[- ]old|yo\b|y/o", core)
        and span.next_word.lower() in nouns().person_nouns
    ):
        return f"the {adjective}" if lead == "the" else _indefinite(adjective)
    return f"the {noun}" if lead == "the" else _indefinite(noun)


def date(span: Span) -> str:
    """`3rd March 2024` -> "in early 2024"; a date without a year -> "recently"."""
    words = span.lead.lower().split()
    prep = next((w for w in words if w != "the"), "")
    year_match = re.search(r"\b(?:19|20)\d{2}\b", span.core)
    if not year_match:
        if prep in ("until", "till"):
            return f"{prep} recently"
        return f"{prep} a recent date" if prep in ("by", "before", "after") else "recently"
    month = next((n for m, n in _MONTHS.items() if re.search(rf"(?i)\b{m}", span.core)), None)
    numeric = re.search(r"\b\d{1,2}[/.-](\d{1,2})[/.-]\d{2,4}\b", span.core)
    if month is None and numeric:
        month = int(numeric.group(1))
    if month is None:
        when = decade(int(year_match.group()))  # a year alone: "in 2019" -> "in the late 2010s"
    else:
        season = "early " if month <= 4 else "mid-" if month <= 8 else "late "
        when = f"{season}{year_match.group()}"
    if prep in ("", "on", "in", "at", "during"):
        return f"in {when}" if prep else when
    return f"{prep} {when}"


def decade(year: int) -> str:
    """The part of the decade a year falls in: 2019 -> "the late 2010s"."""
    part = "early" if year % 10 <= 3 else "mid-" if year % 10 <= 6 else "late"
    return f"the {part}{'' if part.endswith('-') else ' '}{year - year % 10}s"


def institution(span: Span) -> str:
    """`Hyndland Secondary` -> "a secondary school"; `Rosewood Care Home` -> "a care home"."""
    lowered = span.core.lower()
    table = nouns()
    noun = next(
        (noun for pattern, noun in table.institutions if pattern.search(lowered)),
        table.institution_default,
    )
    return _indefinite(noun)


def local_authority(span: Span) -> str:
    """A council, partnership, trust or named local team, as the kind of body it is."""
    lowered = span.core.lower()
    if "team" in lowered:
        return "a local team"
    if "hscp" in lowered or "partnership" in lowered:
        return "a health and social care partnership"
    return "a health trust" if "trust" in lowered else "a local authority"


@lru_cache(maxsize=1)
def _places() -> dict[str, tuple[str, str, str]]:
    """Lower-cased place name -> (type, parent, nation); the first row wins for repeated names."""
    out: dict[str, tuple[str, str, str]] = {}
    for place in read_places(data_dir("models")):
        out.setdefault(place.name.lower(), (place.kind, place.parent, place.nation))
    return out


def location(span: Span) -> str:
    """`Partick` -> "a part of Glasgow" when the gazetteer knows the parent, else "the local
    area"."""
    if span.lead.strip().lower() in ("a", "an"):
        return "a local"  # "a Glasgow school" -> "a local school"
    kind, parent, nation = _places().get(span.core.strip().lower(), ("", "", ""))
    if kind in ("city", "region") or not parent:
        return (
            f"a part of {nation}"
            if nation and kind == "region"
            else ("a city in " + nation if kind == "city" and nation else "the local area")
        )
    if parent.lower() in _first_names():
        parent = nation or "the UK"  # "a part of Derry" would read as a person's name
    if kind in ("town", "village", "island"):
        return f"{_indefinite(kind)} in {parent}"
    return f"a part of {parent}"


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    from redactcheck.detect.recognisers.first_names import load_first_names

    return frozenset(
        n.lower() for n in load_first_names(data_dir("models") / "gazetteers" / "first_names.txt")
    )


def fixed(category: str) -> str | None:
    """The one phrase for every finding of a category ("their home"), if it has one."""
    return nouns().fixed.get(category)


def declared(span: Span, before: str = "") -> str | None:
    """The phrase the finding's rule declares (`generalise_as`), where its words fit: right
    after one of its `generalise_after` words ("speaks another language") when it names some."""
    said = span.declared
    if not said.generalise_as:
        return None
    if said.generalise_after and not _ends_with_one_of(said.generalise_after).search(before):
        return None
    return said.generalise_as


@lru_cache(maxsize=64)
def _ends_with_one_of(words: tuple[str, ...]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?i)\b(?:{alternation})\s*$")


GENERALISERS: dict[str, Callable[[Span], str]] = {
    "AGE": age,
    "DATE": date,
    "INSTITUTION": institution,
    "LOCAL_AUTHORITY": local_authority,
    "LOCATION": location,
}


def own_placeholder(before: str, core: str) -> bool:
    """A parent place inside a phrase this module wrote ("a part of Glasgow") is left as it is."""
    wrote = (
        re.search(r"(?i)\b(?:a part of|an? (?:town|village|island|city) in)\s+$", before)
        is not None
    )
    return wrote and core.strip().lower() in _parents()


@lru_cache(maxsize=1)
def _parents() -> frozenset[str]:
    return frozenset(p.parent.lower() for p in read_places(data_dir("models"))) | {
        n.lower() for n in nouns().nations
    }
