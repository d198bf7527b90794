"""The explain document: a draft's risk in plain words, group by group, and whose each name is.

`redactcheck explain` prints it (as text or JSON); it holds what the score is made of, and the
matched text only when asked to show it.
"""

from __future__ import annotations

from typing import Any, Sequence

from redactcheck import risk
from redactcheck.risk.params import load_params
from redactcheck.risk.wording import category_words
from redactcheck.types import NAMED_ONLY, Report


def explanation(report: Report, places: dict[str, float], show_text: bool) -> dict[str, Any]:
    """Score, band, reasons and each group of findings that describe one person."""
    params = load_params()
    value, scored, whole = risk.assess(report.findings, places, params)
    groups = [
        {
            "risk": round(score, 1),
            "lines": [min(f.line for f in group), max(f.line for f in group)],
            "reason": risk.describe(group, places, params, show_text),
            "findings": [f.to_dict(show_text) for f in group],
        }
        for score, group in scored
    ]
    return {
        "source": report.source,
        "risk": round(report.risk, 1),
        "band": report.band,
        "reasons": risk.reason_lines(report.findings, places, params, show_text),
        "groups": groups,
        "whole_draft_risk": round(whole, 1),
        "model_version": params.version,
        "people": people(report, show_text),
    }


def people(report: Report, show_text: bool) -> list[dict[str, Any]]:
    """Whose name each PERSON mention is: its role and the evidence, subjects first."""
    mentions = [(f, "finding") for f in report.findings if f.role] + [
        (s.finding, "suppressed") for s in report.suppressed if s.finding.role
    ]
    out = []
    for finding, kind in sorted(mentions, key=lambda item: (item[1] != "finding", item[0].start)):
        entry: dict[str, Any] = {
            "line": finding.line,
            "role": finding.role,
            "evidence": finding.evidence,
            "reported": kind == "finding",
        }
        if finding.strength:
            entry["strength"] = finding.strength
        if show_text:
            entry["text"] = finding.text
        out.append(entry)
    return out


def _lines(label: Sequence[int]) -> str:
    first, last = label
    return f"line {first}" if first == last else f"lines {first}-{last}"


def render_text(item: dict[str, Any]) -> list[str]:
    """Plain words: the headline, then what each person's group of details adds up to."""
    out = [f"{item['source']}: {item['band']} ({item['risk']:.0f}): {item['reasons'][0]}"]
    for group in item["groups"] if len(item["groups"]) > 1 else []:
        out.append(f"  {_lines(group['lines'])}: risk {group['risk']:.0f}: {group['reason']}")
    if len(item["groups"]) > 1:
        out.append(f"  the whole draft together: risk {item['whole_draft_risk']:.0f}")
    for finding in (f for group in item["groups"] for f in group["findings"] if f.get("written")):
        out.append(
            f"  line {finding['line']}: {category_words(finding['category'])} {finding['written']}"
        )
    said: dict[tuple[str, str], str] = {}  # (who, role) -> the fullest evidence given for them
    for person in item.get("people", []):
        if person["reported"] and person.get("strength") != "weak":
            continue
        who = person.get("text") or f"a name on line {person['line']}"
        key = (who, person["role"] if not person["reported"] else _WEAK)
        if len(person["evidence"]) > len(said.get(key, "")):
            said[key] = person["evidence"]  # a byline's own cue, then all the person's cues
    out.extend(
        f"  {who}: {_ROLE_WORDS.get(role, role)}: {_UNSAID if evidence == NAMED_ONLY else evidence}"
        for (who, role), evidence in said.items()
    )
    return out


_UNSAID = "nothing near it says whose name it is"  # a weak name's evidence, NAMED_ONLY
_WEAK = "weak"  # a reported name whose evidence alone does not refuse the draft
_ROLE_WORDS = {
    _WEAK: "reported, but alone it does not refuse the draft",
    "author": "the author, not reported",
    "professional": "a professional in their role, not reported",
    "public": "a public figure, not reported",
    "cited": "a cited author, not reported",
    "pseudonym": "declared not a real name, not reported",
    "placeholder": "a placeholder, not reported",
    "not a name": "not a person's name, not reported",
    "around the case": "someone around the case, not in it, not reported",
}
