"""SARIF 2.1.0 output, for code-scanning dashboards and editors.

The version comes from package metadata rather than `redactcheck.__version__`
so that reporting never imports the NLP stack.
"""

from __future__ import annotations

import json
from importlib import metadata
from typing import Any, Sequence, TextIO

from redactcheck.reporters.locations import artifact_uri, region
from redactcheck.types import Finding, Report, ReporterOptions

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"direct": "error", "quasi": "warning"}


def tool_version() -> str:
    try:
        return metadata.version("redactcheck")
    except metadata.PackageNotFoundError:
        return "0.0.0"


def _rules(reports: Sequence[Report]) -> list[dict[str, Any]]:
    rules: dict[str, dict[str, Any]] = {}
    for finding in (f for r in reports for f in r.findings):
        rules.setdefault(
            finding.rule,
            {
                "id": finding.rule,
                "shortDescription": {
                    "text": f"Possible {finding.category} ({finding.kind} identifier)"
                },
                "defaultConfiguration": {"level": LEVELS[finding.kind]},
                "properties": {"category": finding.category, "kind": finding.kind},
            },
        )
    return list(rules.values())


def _result(
    report: Report, finding: Finding, index: int, options: ReporterOptions
) -> dict[str, Any]:
    message = finding.explanation + (
        f" [{' '.join(finding.text.split())}]" if options.show_text else ""
    )
    return {
        "ruleId": finding.rule,
        "ruleIndex": index,
        "level": LEVELS[finding.kind],
        "message": {"text": message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": artifact_uri(report.source)},
                    "region": region(report, finding),
                }
            }
        ],
        "properties": {
            "category": finding.category,
            "kind": finding.kind,
            "score": round(finding.score, 3),
            **({"role": finding.role, "evidence": finding.evidence} if finding.role else {}),
            **({"strength": finding.strength} if finding.strength else {}),
        },
    }


def build(reports: Sequence[Report], options: ReporterOptions) -> dict[str, Any]:
    rules = _rules(reports)
    index = {rule["id"]: n for n, rule in enumerate(rules)}
    results = [_result(r, f, index[f.rule], options) for r in reports for f in r.findings]
    files = [
        {
            "uri": artifact_uri(r.source),
            "risk": round(r.risk, 1),
            "band": r.band,
            "suppressed": len(r.suppressed),
        }
        for r in reports
    ]
    driver = {"name": "redactcheck", "version": tool_version(), "rules": rules}
    run = {"tool": {"driver": driver}, "results": results, "properties": {"files": files}}
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


def render(reports: Sequence[Report], out: TextIO, options: ReporterOptions) -> None:
    out.write(json.dumps(build(reports, options), indent=2, ensure_ascii=False) + "\n")
