"""Totals over every file checked, shared by the text and JSON reporters."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Sequence

from redactcheck.types import Report


@dataclass(frozen=True)
class Summary:
    """Totals over every file checked, shared by the text and JSON reporters."""

    files: int
    findings: int
    direct: int
    quasi: int
    suppressed: int
    highest_risk: float
    highest_band: str
    inline: int = 0  # of `suppressed`: the author's inline ignores, so none hides silently
    baseline: int = 0  # of `suppressed`: accepted in a baseline file

    def to_dict(self) -> dict[str, Any]:
        """The JSON summary; inline and baseline counts are in each file's `suppressed` (by
        `why`)."""
        data = {**asdict(self), "highest_risk": round(self.highest_risk, 1)}
        return {k: v for k, v in data.items() if k not in ("inline", "baseline")}


def summarize(reports: Sequence[Report]) -> Summary:
    findings = [f for r in reports for f in r.findings]
    direct = sum(1 for f in findings if f.kind == "direct")
    top = max(reports, key=lambda r: r.risk, default=None)
    return Summary(
        files=len(reports),
        findings=len(findings),
        direct=direct,
        quasi=len(findings) - direct,
        suppressed=sum(len(r.suppressed) for r in reports),
        highest_risk=top.risk if top else 0.0,
        highest_band=top.band if top else "low",
        inline=sum(1 for r in reports for s in r.suppressed if s.why == "inline"),
        baseline=sum(1 for r in reports for s in r.suppressed if s.why == "baseline"),
    )
