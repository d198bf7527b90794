"""Applying inline directives: findings the author's directives cover move to `suppressed`.

An ignore never hides a finding silently: it moves it to `suppressed` with why="inline", so
the summary still says "1 suppressed: 1 inline" and a reviewer can ask why. The directives
themselves are read by `redactcheck.documents.directives`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable, Iterable, Sequence

from redactcheck.documents.directives import parse, subjects
from redactcheck.types import Finding, Report, RiskScore, Suppressed

__all__ = ["Rescore", "apply", "move_to_suppressed", "subjects"]

Rescore = Callable[[Sequence[Finding]], RiskScore]


def move_to_suppressed(
    report: Report, gone: Callable[[Finding], bool], why: str, rescore: Rescore
) -> Report:
    """The report with matching findings moved to `suppressed` (counted, never dropped) and the
    risk redone."""
    moved = [f for f in report.findings if gone(f)]
    if not moved:
        return report
    kept = tuple(f for f in report.findings if not gone(f))
    suppressed = report.suppressed + tuple(Suppressed(f, why) for f in moved)
    return replace(report, findings=kept, risk_score=rescore(kept), suppressed=suppressed)


def apply(report: Report, directives: Iterable[tuple[int, str]], rescore: Rescore) -> Report:
    """Apply a document's inline directives to its report (why="inline")."""
    directives = tuple(directives)
    if not directives:
        return report
    ignores = parse(report.text, directives, report.source)
    return move_to_suppressed(report, ignores.covers, "inline", rescore)
