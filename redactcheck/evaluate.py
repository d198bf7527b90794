"""Measure redactcheck on annotated drafts, so an organisation can check it on its own.

Reads the gold format of the shared evaluation README (one JSON draft a line:
text, spans with label and kind, ok_spans, safe) and applies the same
definitions as its scorer: a gold span is caught when every letter and digit
of it lies inside some predicted span; precision counts predicted spans that
overlap a gold span; an OK span is a false alarm when a prediction overlaps
it; a draft is flagged when its risk reaches the threshold.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

from redactcheck.errors import InputError
from redactcheck.types import DIRECT_CATEGORIES

Span = tuple[int, int]


@dataclass
class Scores:
    """Counts that become the printed figures."""

    caught: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    predicted: int = 0
    predicted_hits: int = 0
    ok_total: int = 0
    ok_hits: int = 0
    risks_safe: list[float] = field(default_factory=list)
    risks_unsafe: list[float] = field(default_factory=list)


def read_gold(path: Path) -> list[dict[str, Any]]:
    """Drafts from a gold .jsonl file; a malformed line is a one-line error."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: cannot read gold file: {error}") from None
    drafts = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            draft = json.loads(line)
        except json.JSONDecodeError:
            draft = None
        if not isinstance(draft, dict) or "text" not in draft or "spans" not in draft:
            raise InputError(f"{path}:{number}: not a gold draft (JSON with text and spans)")
        drafts.append(draft)
    if not drafts:
        raise InputError(f"{path}: no drafts")
    return drafts


def _covered(mask: Sequence[bool], text: str, start: int, end: int) -> bool:
    return all(mask[i] for i in range(start, end) if text[i].isalnum())


def _overlaps(spans: Iterable[Span], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def add_draft(
    scores: Scores, draft: dict[str, Any], predicted: Sequence[Span], risk: float | None
) -> None:
    """Fold one draft's predictions into the running counts."""
    text = draft["text"]
    mask = [False] * len(text)
    for start, end in predicted:
        for i in range(max(0, start), min(len(text), end)):
            mask[i] = True
    gold = [(s["start"], s["end"]) for s in draft["spans"]]
    for span in draft["spans"]:
        hit = _covered(mask, text, span["start"], span["end"])
        kind = span.get("kind") or ("direct" if span["label"] in _DIRECT else "quasi")
        for key in (kind, span["label"], "all"):
            scores.caught[key][0] += hit
            scores.caught[key][1] += 1
    scores.predicted += len(predicted)
    scores.predicted_hits += sum(_overlaps(gold, s, e) for s, e in predicted)
    for ok in draft.get("ok_spans", []):
        scores.ok_total += 1
        scores.ok_hits += _overlaps(predicted, ok["start"], ok["end"])
    if risk is not None and "safe" in draft:
        (scores.risks_safe if draft["safe"] else scores.risks_unsafe).append(risk)


_DIRECT = frozenset(category.value for category in DIRECT_CATEGORIES)


def auc(positives: Sequence[float], negatives: Sequence[float]) -> float | None:
    """Chance that an unsafe draft scores above a safe one (ties count half)."""
    if not positives or not negatives:
        return None
    wins = sum((p > n) + 0.5 * (p == n) for p in positives for n in negatives)
    return wins / (len(positives) * len(negatives))


def summary(scores: Scores, threshold: float) -> dict[str, Any]:
    """The figures, in the same shape as the shared scorer's --json output."""
    recall = {
        k: {"recall": c / t, "caught": c, "total": t} for k, (c, t) in sorted(scores.caught.items())
    }
    out: dict[str, Any] = {
        "recall": recall,
        "precision": scores.predicted_hits / scores.predicted if scores.predicted else None,
        "predicted_spans": scores.predicted,
        "ok_false_alarm_rate": scores.ok_hits / scores.ok_total if scores.ok_total else None,
        "ok_spans": scores.ok_total,
        "threshold": threshold,
    }
    unsafe, safe = scores.risks_unsafe, scores.risks_safe
    out["unsafe_flagged"] = sum(r >= threshold for r in unsafe) / len(unsafe) if unsafe else None
    out["safe_flagged"] = sum(r >= threshold for r in safe) / len(safe) if safe else None
    out["risk_auc"] = auc(unsafe, safe)
    return out


def format_summary(out: dict[str, Any], drafts: int) -> str:
    """The figures as lines a person can read."""

    def pct(x: float | None) -> str:
        return "  n/a" if x is None else f"{100 * x:5.1f}%"

    recall = out["recall"]
    lines = [f"drafts {drafts}"]
    for key in ("direct", "quasi", "all"):
        if key in recall:
            caught, total = recall[key]["caught"], recall[key]["total"]
            lines.append(f"recall {key:<16}{pct(recall[key]['recall'])}  ({caught}/{total})")
    for key, value in recall.items():
        if key not in ("direct", "quasi", "all"):
            lines.append(f"  {key:<20}{pct(value['recall'])}  ({value['caught']}/{value['total']})")
    lines.append(
        f"precision             {pct(out['precision'])}  ({out['predicted_spans']} predicted spans)"
    )
    lines.append(
        f"OK-span false alarms  {pct(out['ok_false_alarm_rate'])}  ({out['ok_spans']} OK spans)"
    )
    lines.append(
        f"unsafe drafts flagged {pct(out['unsafe_flagged'])}"
        f"   safe drafts flagged {pct(out['safe_flagged'])}"
        f"   (risk >= {out['threshold']:g})   risk AUC {pct(out['risk_auc'])}"
    )
    return "\n".join(lines)
