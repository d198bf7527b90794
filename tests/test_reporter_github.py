"""The GitHub reporter's workflow commands: a path or a message can never break out of one.

A "::error file=...::message" line is parsed by the runner: a newline in the message would
start a new command, a comma or colon in the path a new property. Each row below fails when
its escape is taken out of `reporters/github.py`.
"""

from __future__ import annotations

import io

import pytest

from redactcheck.reporters import github
from redactcheck.types import Finding, Report, ReporterOptions, RiskScore


def _command(source: str, explanation: str) -> str:
    finding = Finding(0, 4, "PERSON", 0.9, "ner-person", explanation, "Jane", 1, 1)
    report = Report(
        text="Jane\n", findings=(finding,), risk_score=RiskScore(50, "medium"), source=source
    )
    out = io.StringIO()
    github.render([report], out, ReporterOptions())
    return out.getvalue()


# (source, explanation, what the command line must hold, reason)
ESCAPES = [
    ("notes/50%.md", "A name", "file=notes/50%25.md,", "a percent sign in a property"),
    ("notes/a,b.md", "A name", "file=notes/a%2Cb.md,", "a comma would start a new property"),
    ("notes/a:b.md", "A name", "file=notes/a%3Ab.md,", "a colon would end the properties"),
    ("notes/x.md", "Half 50% sure", "::Half 50%25 sure\n", "a percent sign in the message"),
    ("notes/x.md", "One\nTwo", "::One%0ATwo\n", "a newline would start a new command"),
    ("notes/x.md", "One\rTwo", "::One%0DTwo\n", "a carriage return, likewise"),
]


@pytest.mark.parametrize(("source", "explanation", "expected", "reason"), ESCAPES)
def test_escaped(source: str, explanation: str, expected: str, reason: str) -> None:
    line = _command(source, explanation)
    assert expected in line and line.count("\n") == 1, reason
