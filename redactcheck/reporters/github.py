"""GitHub Actions workflow commands, which annotate the pull request.

CI logs can be public, so the matched text is never printed here, whatever
the options say.
"""

from __future__ import annotations

from typing import Sequence, TextIO

from redactcheck.reporters.locations import region, relative_path
from redactcheck.types import Report, ReporterOptions

COMMANDS = {"direct": "error", "quasi": "warning"}


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def render(reports: Sequence[Report], out: TextIO, options: ReporterOptions) -> None:
    for report in reports:
        path = _escape_property(relative_path(report.source))
        for finding in report.findings:
            where = region(report, finding)
            title = _escape_property(f"redactcheck {finding.category}")
            out.write(
                f"::{COMMANDS[finding.kind]} file={path},line={where['startLine']},"
                f"col={where['startColumn']},title={title}::{_escape_data(finding.explanation)}\n"
            )
