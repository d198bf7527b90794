#!/usr/bin/env python3
"""Fit the risk model (models/risk.yaml) on the project's own annotated drafts.

    python models/fit_risk.py [--dev OTHER/gold.jsonl] [--dry-run]

Fits on the shared development corpora (../shared/eval/dev and dev2) and the
project's ordinary corpora (tests/corpus to tests/corpus4, and the development
corpora tests/corpus9, corpus10, corpus16, corpus18 and corpus22 of published and mixed writing), using
each draft's `safe` label; the blind corpora (tests/corpus5 to corpus8, corpus11 to corpus15,
corpus17, corpus19 to corpus21, corpus23 to corpus26, corpus28 to corpus33, `BLIND`) never
influence a parameter and
are never read here. `--dev` names one more corpus to check only.
The real Linter finds the identifiers once;
a coordinate search then tries a few values for each of a handful of
parameters, keeping a change only when it flags fewer drafts wrongly at the
threshold, or ties on that and raises the AUC. Ties keep the value nearest the
hand-set prior, so the model stays explainable and does not chase noise.
Weights stay in [0, 1], direct identifiers with strong evidence at >= 0.5 (any
one flags) and a weak name (redactcheck/strength.py) below 0.5 (alone it does
not), and the joint curve never decreases, so the score stays monotonic.
No draft text is written or printed; only figures.
"""
from __future__ import annotations

import argparse
import os
import json
import sys
from pathlib import Path
from typing import Any, Sequence

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from redactcheck import Linter
from redactcheck import risk  # noqa: E402
from redactcheck.atomic import write_atomic  # noqa: E402
from redactcheck.risk.params import Params, load_params  # noqa: E402
from redactcheck.types import Finding  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared" / "eval"  # shared/ beside the repository
# Never a blind corpus (tests/corpus5 and later): they measure, they do not fit.
FIT_SETS = [SHARED / "dev" / "gold.jsonl", SHARED / "dev2" / "gold.jsonl"] + [
    ROOT / "tests" / name / "gold.jsonl"
    for name in "corpus corpus2 corpus3 corpus4 corpus9 corpus10 corpus16 corpus18 corpus22".split()
]
# The blind corpora: written by a helper who had not read the detection code, to measure an issue
# honestly; never fitted to. corpus9 and later development corpora are not among them.
BLIND = frozenset(
    "corpus5 corpus6 corpus7 corpus8 corpus11 corpus12 corpus13 corpus14 corpus15 corpus17 corpus19 corpus20 corpus21 corpus23 corpus24 corpus25 corpus26 corpus28 corpus29 corpus30 corpus31 corpus32 corpus33".split()
)
OUT = ROOT / "models" / "risk.yaml"
JOINT_SHAPE = (0.0, 0.0, 0.15, 0.46, 0.69, 0.85, 0.92, 1.0)  # share of the cap for 0, 1, 2... kinds
# The few parameters that are searched, each with the values tried.
GRID: dict[str, Sequence[float]] = {
    "PERSON.weak": (0.25, 0.3, 0.35, 0.4, 0.45),
    "PERSON.first": (0.5, 0.55, 0.6, 0.65),
    "AGE.exact": (0.1, 0.15, 0.2, 0.25),
    "DATE.day": (0.06, 0.09, 0.12, 0.15),
    "INSTITUTION.any": (0.1, 0.15, 0.2, 0.25, 0.3),
    "DEMOGRAPHIC.distinctive": (0.2, 0.25, 0.3, 0.35, 0.4),
    "DEMOGRAPHIC.common": (0.05, 0.1, 0.15),
    "CONTACT.handle": (0.5, 0.6, 0.7, 0.85),
    "joint_cap": (0.45, 0.55, 0.65, 0.75, 0.85),
    "group_gap": (60, 100, 150, 250, 400),
    "across_direct": (0.5, 0.6, 0.7, 0.8, 0.9, 1.0),
    "across_quasi": (0.5, 0.6, 0.7, 0.8, 0.9, 1.0),
}
Draft = tuple[bool, tuple[Finding, ...]]
MARGIN = 5.0  # a draft within 5 points of the threshold counts as wrong while fitting: no knife edges


def _blind(path: Path) -> bool:
    """tests/corpus5 to corpus8 and corpus11: blind corpora, run and summarised elsewhere, never
    read here."""
    return path.resolve().parent.name in BLIND


def read_gold(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def findings_for(linter: Linter, path: Path) -> list[Draft]:
    """(safe, findings) per draft, kept in memory only."""
    drafts = read_gold(path)
    reports = linter.check_many([d["text"] for d in drafts])
    return [(bool(d["safe"]), r.findings) for d, r in zip(drafts, reports)]


def auc(pos: Sequence[float], neg: Sequence[float]) -> float:
    """Chance an unsafe draft scores above a safe one (ties count half), as score.py."""
    if not pos or not neg:
        return 1.0
    wins = sum(1.0 if p > n else 0.5 if p == n else 0.0 for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def figures(drafts: Sequence[Draft], params: Params, places: dict[str, float], margin: float = 0.0) -> dict[str, float]:
    """Flag rates and AUC at the threshold; "wrong" counts drafts on the wrong side of it (or within `margin`)."""
    scores = [(safe, risk.assess(found, places, params)[0]) for safe, found in drafts]
    unsafe = [s for safe, s in scores if not safe]
    safe = [s for is_safe, s in scores if is_safe]
    t = params.threshold
    return {
        "drafts": len(scores),
        "unsafe_flagged": sum(s >= t for s in unsafe) / max(len(unsafe), 1),
        "safe_flagged": sum(s >= t for s in safe) / max(len(safe), 1),
        "auc": auc(unsafe, safe),
        "wrong": sum(s < t + margin for s in unsafe) + sum(s >= t - margin for s in safe),
    }


def with_knob(params: Params, name: str, value: float) -> Params:
    if name == "joint_cap":
        return params.with_values(joint=tuple(round(value * s, 3) for s in JOINT_SHAPE))
    if name == "group_gap":
        return params.with_values(group_gap=int(value))
    if name in ("across_direct", "across_quasi"):
        return params.with_values(**{name: value})
    return params.with_values(**{name: value})


def knob(params: Params, name: str) -> float:
    if name == "joint_cap":
        return params.joint[-1]
    if name in ("group_gap", "across_direct", "across_quasi"):
        return float(getattr(params, name))
    return params.weights[name]


def fit(drafts: Sequence[Draft], prior: Params, places: dict[str, float], only: Sequence[str] | None = None,
        rounds: int = 3) -> Params:
    """Coordinate search: fewest wrong flags, then fewest within 5 points, then highest AUC, then nearest the prior."""
    def key(p: Params) -> tuple[float, ...]:
        f, near = figures(drafts, p, places), figures(drafts, p, places, MARGIN)
        spread = sum(abs(knob(p, n) - knob(prior, n)) / (max(GRID[n]) - min(GRID[n])) for n in GRID)
        return f["wrong"], near["wrong"], -round(f["auc"], 4), spread

    best, best_key = prior, key(prior)
    for _ in range(rounds):
        changed = False
        for name, values in GRID.items():
            if only and name not in only:
                continue
            for value in values:
                candidate = with_knob(best, name, value)
                candidate_key = key(candidate)
                if candidate_key < best_key:
                    best, best_key, changed = candidate, candidate_key, True
        if not changed:
            break
    return best


def render(p: Params, fitted_on: Sequence[str]) -> str:
    """models/risk.yaml, with its comments, for a person to read."""
    by_cat: dict[str, list[str]] = {}
    for key, w in p.weights.items():
        cat, facet = key.split(".")
        by_cat.setdefault(cat, []).append(f"{facet}: {round(w, 3)}")
    weights = "\n".join(f"  {cat}: {{{', '.join(items)}}}" for cat, items in by_cat.items())
    places = ", ".join(f"{k}: {int(v) if k.endswith('population') else round(v, 3)}" for k, v in p.places.items())
    return TEMPLATE.format(
        version=p.version, fitted_on=", ".join(fitted_on), weights=weights, places=places,
        joint=", ".join(str(j) for j in p.joint), joint_min=p.joint_min_weight, gap=p.group_gap,
        across_direct=p.across_direct, across_quasi=p.across_quasi, high=int(p.high), medium=int(p.medium), threshold=int(p.threshold),
    )


PHRASES_START = "# Words the risk reasons use"


def phrases_section(old: str) -> str:
    """The phrases of models/risk.yaml as written: they are wording, not fitted."""
    at = old.find(PHRASES_START)
    return old[at:] if at >= 0 else ""


TEMPLATE = """\
# redactcheck risk model: how much each identifier gives a person away.
# Read by redactcheck/risk/params.py; refitted by models/fit_risk.py (see models/RISK.md).
# Fitted on: {fitted_on} (never on a blind corpus).
# Every weight is the chance, 0 to 1, that this one identifier alone lets
# someone who knows the family recognise them. Direct identifiers with strong
# evidence stay >= 0.5 so any one of them flags a draft; a weak one (issue 15: a
# name of up to three words only the model found, with no family or case word, age,
# place or contact near it and no second mention; see redactcheck/strength.py)
# weighs PERSON.weak, below the threshold: reported, but alone it does not flag.
version: "{version}"
weights:
{weights}
# Places from models/gazetteers/uk_places.tsv, by type; anything else
# (village, island, neighbourhood, or not in the gazetteer) counts as small.
places: {{{places}}}
# Extra chance when quasi identifiers of several kinds describe one person,
# indexed by the number of kinds (0, 1, 2, 3...). Kinds weighing less than
# joint_min_weight (an age band, a city) do not count as a kind.
joint: [{joint}]
joint_min_weight: {joint_min}
# Findings describe one person when they sit on the same line (paragraph) or
# within group_gap characters of each other.
group_gap: {gap}
# Identifiers in different groups still add up across the draft (a story
# about one child spreads over paragraphs), but less: far apart they often
# describe different people. Weights (and the joint term, for quasi) are
# multiplied by these factors there; 1.0 = as if all described one person.
across_groups: {{direct: {across_direct}, quasi: {across_quasi}}}
bands: {{high: {high}, medium: {medium}}}
threshold: {threshold}
"""


def report(name: str, f: dict[str, float]) -> None:
    print(f"{name:>8}: {f['drafts']} drafts, unsafe flagged {f['unsafe_flagged']:.1%}, "
          f"safe flagged {f['safe_flagged']:.1%}, AUC {f['auc']:.3f} (threshold 50)")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev", type=Path, default=None, help="one more corpus, only checked (never a blind one)")
    ap.add_argument("--version", default=None, help="version to write (default: minor bump)")
    ap.add_argument("--dry-run", action="store_true", help="print the figures, do not write risk.yaml")
    ap.add_argument("--only", nargs="+", choices=sorted(GRID), default=None, metavar="PARAM",
                    help="search only these parameters (default: every one in GRID)")
    args = ap.parse_args(argv)
    fit_paths = [p for p in FIT_SETS if p.is_file()]
    linter = Linter()
    per_file = {p.parent.name: findings_for(linter, p) for p in fit_paths if not _blind(p)}
    fit_drafts = [d for drafts in per_file.values() for d in drafts]
    prior = load_params()
    places = linter.place_weights
    fitted = fit(fit_drafts, prior, places, args.only)
    major, _, minor = prior.version.partition(".")
    fitted = fitted.with_values(version=args.version or f"{major}.{int(minor or 0) + 1}")
    report("prior", figures(fit_drafts, prior, places))
    report("fit", figures(fit_drafts, fitted, places))
    for name, drafts in per_file.items():
        report(name, figures(drafts, fitted, places))
    if args.dev and args.dev.is_file() and not _blind(args.dev):
        dev_drafts = findings_for(linter, args.dev)
        report("dev", figures(dev_drafts, fitted, places))
    for name in GRID:
        print(f"  {name} = {knob(fitted, name):g} (prior {knob(prior, name):g})")
    if not args.dry_run:
        fitted_on = [os.path.relpath(p, ROOT) for p in fit_paths]
        write_atomic(OUT, render(fitted, fitted_on) + phrases_section(OUT.read_text(encoding="utf-8")))
        print(f"wrote {OUT.relative_to(ROOT)} version {fitted.version}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
