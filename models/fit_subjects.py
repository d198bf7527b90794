#!/usr/bin/env python3
"""Fit the subject model (models/roles/subject_model.json) on the project's annotated drafts.

    python models/fit_subjects.py [--check] [--dry-run]

The subject model (redactcheck/risk/subject_model.py) gives the chance that a name is someone
the case is about, from the words around it, its shape and place, and what the rules know of
it. It is fitted on every name the real Linter reports, without a subject model, in the
development corpora (the shared dev and dev2, tests/corpus to corpus4, corpus5, corpus9,
corpus10, corpus16, corpus18 and corpus22): the names it will meet, past every cue for authors,
professionals and cited researchers. Each is labelled by whether it overlaps a direct identifier in the gold
file. The blind corpora are never read here (`BLIND`).

The fit is an L2-regularised logistic regression by full-batch gradient descent (numpy, which
spaCy already needs), deterministic: the same drafts give the same file. A feature must be
seen in two drafts or more; words are read by kind where they are not ordinary words
(`feature_word`), and no word found inside an annotated identifier of the fitting corpora is
kept (`identifier_words`), so the file holds how people are written about, never who they
are. `--check` first prints, for each corpus left out of the fit in turn and judged by the
model fitted on the others, how many names of the case and others would be made weak, and
the safe and unsafe drafts left with a strong direct finding. No draft text is written or
printed; only figures.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path
from typing import Any, Iterator

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from redactcheck import Linter  # noqa: E402
from redactcheck.atomic import write_atomic  # noqa: E402
from redactcheck.risk.strength import (  # noqa: E402
    AROUND_THE_CASE,
    mention_facts,
    with_strength,
)
from redactcheck.risk.subject_model import (  # noqa: E402
    WORD_FEATURES,
    SubjectModel,
    feature_word,
    mention_features,
)
from redactcheck.types import Finding  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared" / "eval"
FIT_SETS = [SHARED / "dev" / "gold.jsonl", SHARED / "dev2" / "gold.jsonl"] + [
    ROOT / "tests" / name / "gold.jsonl"
    for name in "corpus corpus2 corpus3 corpus4 corpus5 corpus9 corpus10 corpus16 corpus18 corpus22".split()
]
BLIND = frozenset(
    (
        "corpus6 corpus7 corpus8 corpus11 corpus12 corpus13 corpus14 corpus15 corpus17 corpus19 corpus20"
        " corpus21 corpus23 corpus24 corpus25 corpus26 corpus28 corpus29 corpus30 corpus31 corpus32 corpus33"
    ).split()
)
OUT = ROOT / "models" / "roles" / "subject_model.json"
C = 1.0  # inverse strength of the L2 penalty
STEPS, RATE = 400, 0.1  # Adam steps and step size
MIN_SEEN = 2  # a feature must occur in this many drafts
THRESHOLD = 0.38  # chance below which a softly named person is weak (logit -0.5)


# corpus, text, findings, direct spans, safe
Draft = tuple[str, str, tuple[Finding, ...], list[tuple[int, int]], bool]


def mentions(gold: Path, linter: Linter, drafts: list[Draft]) -> Iterator[dict[str, Any]]:
    """Every PERSON candidate of every draft: its features and whether it is a subject; each
    draft's text, findings and direct spans are added to `drafts` for `check`."""
    golds = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line]
    reports = linter.check_many([d["text"] for d in golds])
    for draft, report in zip(golds, reports):
        text = draft["text"]
        spans = [(s["start"], s["end"]) for s in draft["spans"] if s["kind"] == "direct"]
        drafts.append((gold.parent.name, text, report.findings, spans, draft["safe"]))
        for finding in report.findings:  # as the model meets them: past every cue
            if finding.category != "PERSON":
                continue
            facts = mention_facts(text, finding, report.findings)
            yield {
                "corpus": gold.parent.name,
                "draft": f"{gold.parent.name}/{draft['id']}",
                "features": mention_features(text, finding.start, finding.end, facts),
                "label": int(any(finding.start < e and s < finding.end for s, e in spans)),
            }


def identifier_words(golds: list[Path]) -> frozenset[str]:
    """Every word inside an annotated identifier of the fitting corpora, as the model would
    read it (`feature_word`): no such word may be kept as a feature, so the model file can
    never hold a name, handle or place of a draft, whatever the word lists miss."""
    words: set[str] = set()
    for gold in golds:
        for line in gold.read_text(encoding="utf-8").splitlines():
            for span in json.loads(line)["spans"] if line else ():
                found = re.findall(r"[^\W\d_][\w'’-]*|\d+", span["text"])
                words.update(feature_word(w) for w in found)
    return frozenset(words)


def _reads_a_word(feature: str, banned: frozenset[str]) -> bool:
    """A word feature ("w=...", "p1=...", "n2=...") whose word is one of `banned`."""
    name, _, value = feature.partition("=")
    return name in WORD_FEATURES and value in banned


def fit(rows: list[dict[str, Any]], banned: frozenset[str] = frozenset()) -> dict[str, float]:
    """Logistic regression weights, feature by feature (the bias unpenalised), over the
    features seen in MIN_SEEN drafts or more that read no `banned` word."""
    drafts: dict[str, set[str]] = collections.defaultdict(set)
    for row in rows:
        drafts[row["draft"]].update(row["features"])
    seen = collections.Counter(f for features in drafts.values() for f in features)
    names = sorted(
        f
        for f, n in seen.items()
        if f == "bias" or (n >= MIN_SEEN and not _reads_a_word(f, banned))
    )
    column = {f: j for j, f in enumerate(names)}
    x = np.zeros((len(rows), len(names)), dtype=np.float64)
    for i, row in enumerate(rows):
        for f in row["features"]:
            if f in column:
                x[i, column[f]] = 1.0
    y = np.array([row["label"] for row in rows], dtype=np.float64)
    penalty = np.full(len(names), 2.0 / C / len(rows))
    penalty[column["bias"]] = 0.0
    w, m, v = np.zeros(len(names)), np.zeros(len(names)), np.zeros(len(names))
    for step in range(1, STEPS + 1):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) / len(rows) + penalty * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= RATE * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return {f: round(float(w[j]), 4) for f, j in column.items() if abs(w[j]) >= 1e-4}


def check(rows: list[dict[str, Any]], drafts: list[Draft], banned: frozenset[str]) -> None:
    """Leave each corpus out of the fit in turn and judge its drafts with that model, as the
    Linter does: names of the case (overlapping a gold direct span) and others made weak
    (`with_strength`), and the safe and unsafe drafts left with a strong direct finding,
    before and after."""
    total: collections.Counter[str] = collections.Counter()
    for held in sorted({row["corpus"] for row in rows}):
        weights = fit([row for row in rows if row["corpus"] != held], banned)
        model = SubjectModel(weights, THRESHOLD)
        counts: collections.Counter[str] = collections.Counter()
        for corpus, text, findings, spans, safe in drafts:
            if corpus == held:
                counts.update(_judged_draft(text, findings, spans, safe, model))
        total.update(counts)
        print(f"{held:10} " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    print("all        " + ", ".join(f"{k} {v}" for k, v in sorted(total.items())))


def _judged_draft(
    text: str,
    findings: tuple[Finding, ...],
    spans: list[tuple[int, int]],
    safe: bool,
    model: SubjectModel,
) -> collections.Counter[str]:
    counts: collections.Counter[str] = collections.Counter()
    strengthened = with_strength(text, findings, model)
    for finding in (f for f in strengthened if f.evidence == AROUND_THE_CASE):
        case = any(finding.start < e and s < finding.end for s, e in spans)
        counts[f"weak {'case' if case else 'other'}"] += 1
    kind = "safe" if safe else "unsafe"
    rules = with_strength(text, findings, None)
    before = any(f.kind == "direct" and f.strength != "weak" for f in rules)
    after = any(f.kind == "direct" and f.strength != "weak" for f in strengthened)
    counts[f"{kind} strong before"] += before
    counts[f"{kind} strong after"] += after
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="leave-one-corpus-out figures")
    parser.add_argument("--dry-run", action="store_true", help="fit and print; write nothing")
    args = parser.parse_args()
    if any(path.parent.name in BLIND for path in FIT_SETS):
        sys.exit("fit_subjects: a blind corpus is among the fitting corpora")
    linter, drafts = Linter(subject_model=None), []  # the rules alone, as the model will see them
    rows = [row for gold in FIT_SETS for row in mentions(gold, linter, drafts)]
    if not rows:
        sys.exit("fit_subjects: no name found in the fitting corpora")
    banned = identifier_words(FIT_SETS)
    print(f"{len(rows)} name mentions, {sum(r['label'] for r in rows)} of them subjects")
    if args.check:
        check(rows, drafts, banned)
    weights = fit(rows, banned)
    print(f"{len(weights)} features kept")
    if args.dry_run:
        return
    model = {
        "about": "redactcheck subject model: written by models/fit_subjects.py; see its docstring",
        "fitted_on": [str(p.relative_to(p.parents[2])) for p in FIT_SETS],
        "threshold": THRESHOLD,
        "weights": dict(sorted(weights.items())),
    }
    write_atomic(OUT, json.dumps(model, indent=0, ensure_ascii=False) + "\n")
    print(f"written {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
