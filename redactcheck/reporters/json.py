"""Machine-readable output for scripts and moderation tools; schema in docs/json-format.md."""

from __future__ import annotations

import json
from typing import Any, Sequence, TextIO

from redactcheck.reporters.summary import summarize
from redactcheck.types import Report, ReporterOptions, reaches_fail_on

JSON_FORMAT_VERSION = 1


def build(reports: Sequence[Report], options: ReporterOptions) -> dict[str, Any]:
    """The whole document; matched text is left out entirely unless show_text."""
    return {
        "version": JSON_FORMAT_VERSION,
        "files": [
            {
                **report.to_dict(include_text=options.show_text),
                "fails": reaches_fail_on(report, options.fail_on),
            }
            for report in reports
        ],
        "summary": summarize(reports).to_dict(),
    }


def render(reports: Sequence[Report], out: TextIO, options: ReporterOptions) -> None:
    out.write(json.dumps(build(reports, options), indent=2, ensure_ascii=False) + "\n")
