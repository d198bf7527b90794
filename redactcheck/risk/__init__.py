"""Document risk: could someone who knows the family recognise them from this?

A pure function of the findings and the parameters in models/risk.yaml.
Findings close together (same line, or a short gap) are taken to describe one
person; each group's identifiers combine like independent chances
(1 - product of misses) plus a joint term for quasi identifiers of different
kinds (an age, a school and a village point to one child). The document's risk
is the highest group, or the whole draft taken together with a discount
(identifiers far apart often describe different people), whichever is higher. Both
terms only grow as findings are added, so adding an identifier never lowers the score and
redacting one never raises it.
"""

from __future__ import annotations

from typing import Iterable, Mapping, Sequence

from redactcheck.resources import data_dir
from redactcheck.risk.facets import facet
from redactcheck.risk.params import Params, load_params
from redactcheck.types import Finding, RiskScore


def place_weight(kind: str, population: int | None, params: Params | None = None) -> float:
    """A place narrows a family down by how many live there: a city hardly, a village a lot."""
    p = (params or load_params()).places
    if population is not None and population >= p["big_town_population"]:
        return p["city"]
    return p.get(kind, p["small"]) if kind in ("city", "region", "town") else p["small"]


def weight(
    finding: Finding, places: Mapping[str, float] | None = None, params: Params | None = None
) -> float:
    """How much one finding alone gives the person away."""
    p = params or load_params()
    key = facet(finding)
    name = " ".join(finding.text.lower().split()).removeprefix("the ")
    if key == "LOCATION.place":
        return (places or {}).get(name, p.places["small"])
    if (
        key == "INSTITUTION.any" and places and name in places
    ):  # NER often calls a village an organisation
        return max(p.weights[key], places[name])
    return p.weights[key]


def distinct(findings: Iterable[Finding]) -> list[Finding]:
    """One finding per identifier: repeating a name does not add to the risk."""
    seen: dict[tuple[str, str], Finding] = {}
    for finding in findings:
        seen.setdefault((finding.category, " ".join(finding.text.lower().split())), finding)
    return list(seen.values())


def groups(findings: Sequence[Finding], gap: int) -> list[list[Finding]]:
    """Findings that describe one person: chained by the same line or a gap of at most `gap`
    characters."""
    out: list[list[Finding]] = []
    reach, line = 0, -1
    for f in sorted(findings, key=lambda f: (f.start, f.end)):
        if out and (f.start - reach <= gap or (f.line > 0 and f.line == line)):
            out[-1].append(f)
            reach = max(reach, f.end)
        else:
            out.append([f])
            reach = f.end
        line = f.line
    return out


def combine(
    findings: Sequence[Finding],
    places: Mapping[str, float] | None,
    p: Params,
    factors: tuple[float, float] = (1.0, 1.0),
) -> float:
    """Chance (0-1) that these identifiers together give someone away; monotone in the set."""
    strongest: dict[tuple[str, str], tuple[float, Finding]] = {}
    for f in findings:  # a repeated identifier counts once, at its highest weight
        key, w = (f.category, " ".join(f.text.lower().split())), weight(f, places, p)
        if key not in strongest or w > strongest[key][0]:
            strongest[key] = (w, f)
    miss = 1.0
    for w, f in strongest.values():
        miss *= 1.0 - factors[f.kind == "quasi"] * w
    kinds = {
        f.category for w, f in strongest.values() if f.kind == "quasi" and w >= p.joint_min_weight
    }
    miss *= 1.0 - factors[1] * p.joint[min(len(kinds), len(p.joint) - 1)]
    return 1.0 - miss


def band_for(value: float, params: Params | None = None) -> str:
    p = params or load_params()
    return "high" if value >= p.high else "medium" if value >= p.medium else "low"


def assess(
    findings: Sequence[Finding],
    places: Mapping[str, float] | None = None,
    params: Params | None = None,
) -> tuple[float, list[tuple[float, list[Finding]]], float]:
    """(document risk 0-100, groups with their risk highest first, whole-draft term)."""
    p = params or load_params()
    scored = [(100.0 * combine(g, places, p), g) for g in groups(findings, p.group_gap)]
    scored.sort(key=lambda sg: -sg[0])
    whole = (
        100.0 * combine(findings, places, p, (p.across_direct, p.across_quasi)) if findings else 0.0
    )
    top = max([whole] + [s for s, _ in scored])
    return round(top, 1), scored, whole


def score(
    findings: Sequence[Finding],
    places: Mapping[str, float] | None = None,
    params: Params | None = None,
) -> RiskScore:
    """The document's risk, band, the findings that drive it and why, in words.

    `places` maps lower-cased place names to their weight (see place_weight);
    a place not in it counts as small.
    """
    p = params or load_params()
    value, scored, whole = assess(findings, places, p)
    lines = _reasons(findings, scored, whole, places, p, show_text=False)
    ranked = [
        f for _, g in scored for f in sorted(distinct(g), key=lambda f: -weight(f, places, p))
    ]
    return RiskScore(
        value=value, band=band_for(value, p), reasons=tuple(lines), drivers=tuple(ranked[:3])
    )


def phrase(
    finding: Finding, places: Mapping[str, float] | None, p: Params, show_text: bool = False
) -> str:
    """The identifier in plain words ("a small place"), with its text only when text may be
    shown; a rule's `described_as` words its own findings."""
    key = facet(finding)
    known_place = key == "INSTITUTION.any" and " ".join(finding.text.lower().split()) in (
        places or {}
    )
    if finding.declared.described_as:
        words = finding.declared.described_as
    elif key == "LOCATION.place" or known_place:
        w = weight(finding, places, p)
        size = "small" if w >= p.places["small"] else "town" if w >= p.places["town"] else "city"
        words = p.place_phrases[size]
    elif key == "INSTITUTION.any":
        words = next(w for pat, w in p.institution_phrases if pat.search(finding.text))
    else:
        words = p.phrases[key]
    return f"{words} ({' '.join(finding.text.split())})" if show_text else words


def _phrases(
    found: Sequence[Finding], places: Mapping[str, float] | None, p: Params, show_text: bool
) -> list[str]:
    """One phrase per kind of identifier, with its texts in brackets when text may be shown."""
    texts: dict[str, list[str]] = {}
    for f in found:
        texts.setdefault(phrase(f, places, p), []).append(" ".join(f.text.split()))
    if "a full name" in texts:
        texts.pop("a name", None)  # "a full name with a name" says nothing more
    if not show_text:
        return list(texts)
    return [f"{words} ({', '.join(list(dict.fromkeys(ts))[:3])})" for words, ts in texts.items()]


def _listing(items: Sequence[str]) -> str:
    """ "a, b and c"."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _with_listing(items: Sequence[str]) -> str:
    """ "a full name with a street address and contact details"."""
    return items[0] if len(items) == 1 else items[0] + " with " + _listing(items[1:])


def describe(
    findings: Sequence[Finding],
    places: Mapping[str, float] | None,
    p: Params,
    show_text: bool = False,
) -> str:
    """One line saying what in this group gives the person away."""
    ranked = sorted(
        distinct(findings), key=lambda f: (f.category != "PERSON", -weight(f, places, p))
    )
    direct = _phrases([f for f in ranked if f.kind == "direct"], places, p, show_text)
    quasi = _phrases([f for f in ranked if f.kind == "quasi"], places, p, show_text)
    parts = [_with_listing(direct[:3]) + " (direct)"] if direct else []
    if quasi:
        verb = " together point to one person" if len(quasi) > 1 else " narrows down who this is"
        items = quasi[:4]
        listing = items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
        parts.append(listing + verb + " (quasi)")
    return "; ".join(parts)


def reason_lines(
    findings: Sequence[Finding],
    places: Mapping[str, float] | None = None,
    params: Params | None = None,
    show_text: bool = False,
) -> list[str]:
    """Reasons in words, the one that decides the score first."""
    p = params or load_params()
    _, scored, whole = assess(findings, places, p)
    return _reasons(findings, scored, whole, places, p, show_text)


def _reasons(
    findings: Sequence[Finding],
    scored: Sequence[tuple[float, list[Finding]]],
    whole: float,
    places: Mapping[str, float] | None,
    p: Params,
    show_text: bool,
) -> list[str]:
    """reason_lines() from the findings' assessment (see assess), worked out once."""
    if not findings:
        return ["no identifiers found"]
    lines = [describe(g, places, p, show_text) for _, g in scored[:3]]
    if whole > scored[0][0] + 0.05:
        lines.insert(0, "across the draft, " + describe(findings, places, p, show_text))
    return list(dict.fromkeys(lines))


def place_weight_table() -> dict[str, float]:
    """Lower-cased gazetteer place name -> risk weight (from type and population).

    Here, not in the Linter, so a re-run answered from the cache (and a baseline
    applied to it) needs no spaCy or Presidio at all."""
    from redactcheck.lexicon.places import read_places

    return {
        p.name.lower(): place_weight(p.kind, p.population) for p in read_places(data_dir("models"))
    }
