"""Where a finding is: paths relative to the working directory and SARIF-style regions, shared by
the SARIF and GitHub reporters so neither imports the other."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote

from redactcheck.types import Finding, Report, line_col


def relative_path(source: str) -> str:
    """A path relative to the working directory when possible, with forward slashes."""
    if source.startswith("<"):
        return source
    try:
        path = os.path.relpath(source) if os.path.isabs(source) else os.path.normpath(source)
    except ValueError:  # another drive on Windows
        path = source
    if path.startswith(".."):
        path = source
    return path.replace(os.sep, "/")


def artifact_uri(source: str) -> str:
    path = relative_path(source)
    if os.path.isabs(path):
        return Path(path).as_uri()
    return quote(path, safe="/")


def region(report: Report, finding: Finding) -> dict[str, int]:
    """Start and (exclusive) end of a finding, as SARIF counts lines and columns."""
    if finding.line > 0:
        line, column = finding.line, max(finding.column, 1)
    else:
        line, column = line_col(report.text, finding.start)
    span = finding.text or report.text[finding.start : finding.end]
    if span and "\n" not in span:
        end_line, end_column = line, column + len(span)
    else:
        end_line, end_column = line_col(report.text, max(finding.end, finding.start))
    return {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column}
