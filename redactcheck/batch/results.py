"""The results file of a scan: one JSON line per document, after one header line.

The file only ever grows by whole lines: each is written with one `write` on a file opened
for appending, and flushed to disk (fsync) at least every FSYNC_SECONDS and at the end.
A run that is killed leaves at most one torn last line, which `--resume` cuts off before
it goes on; every whole line is a document that need not be checked again.

No line holds draft text, unless the person asked for it with --include-text: findings
are offsets, categories and rule ids.
"""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from redactcheck.batch.sources import Entry
from redactcheck.errors import ConfigError, InputError
from redactcheck.types import BANDS, Category, Report

FORMAT = "redactcheck-scan/1"
FSYNC_SECONDS = 0.5
TOP_DOCUMENTS = 50


def entry_key(record: dict[str, Any]) -> str:
    """The key of the entry a result line is for (see sources.Entry.key)."""
    if record.get("record") is None:
        return os.path.normpath(str(record["source"]))
    return f"{record['source']}\0{record['id']}"


def to_record(entry: Entry, report: Report, include_text: bool = False) -> dict[str, Any]:
    """One document's result line: where it came from, its risk, and each finding as offsets."""
    record: dict[str, Any] = {"id": entry.id, "source": entry.source}
    if entry.record is not None:
        record["record"] = entry.record
    record.update(
        {
            "risk": round(report.risk, 1),
            "band": report.band,
            "direct": report.has_direct,
            "categories": dict(report.counts),
            "findings": [_finding(f, include_text) for f in report.findings],
            "suppressed": len(report.suppressed),
        }
    )
    if include_text:
        record["text"] = report.text
    return record


def _finding(finding: Any, include_text: bool) -> dict[str, Any]:
    data = {
        "start": finding.start,
        "end": finding.end,
        "line": finding.line,
        "column": finding.column,
        "category": finding.category,
        "kind": finding.kind,
        "rule": finding.rule,
        "score": round(finding.score, 3),
    }
    if finding.strength:
        data["strength"] = finding.strength
    if include_text:
        data["text"] = finding.text
    return data


class Stored:
    """A result line read back, with what `--fail-on` looks at (risk, band, findings,
    has_direct), so a resumed document counts towards the exit code like a fresh one."""

    def __init__(self, record: dict[str, Any]) -> None:
        self.risk = float(record["risk"])
        self.band = str(record["band"])
        self.findings = tuple(record.get("findings", ()))
        self.has_direct = bool(record.get("direct"))
        self.has_strong_direct = (
            any(
                f.get("kind") == "direct" and f.get("strength") != "weak"
                for f in self.findings
                if isinstance(f, dict)
            )
            if self.findings
            else self.has_direct
        )


@dataclass
class Tally:
    """What the summary and the HTML report say, gathered line by line (memory stays flat)."""

    documents: int = 0
    resumed: int = 0
    failed: int = 0
    direct: int = 0
    bands: dict[str, int] = field(default_factory=lambda: {b: 0 for b in BANDS})
    categories: dict[str, int] = field(default_factory=dict)
    documents_with: dict[str, int] = field(default_factory=dict)
    histogram: dict[str, list[int]] = field(default_factory=lambda: {b: [0] * 10 for b in BANDS})
    top: list[tuple[float, str, str, tuple[str, ...]]] = field(default_factory=list)

    def add(self, record: dict[str, Any], failed: bool, resumed: bool = False) -> None:
        self.documents += 1
        self.resumed += resumed
        self.failed += failed
        self.direct += bool(record.get("direct"))
        band = record["band"] if record["band"] in self.bands else "low"
        self.bands[band] += 1
        risk = float(record["risk"])
        self.histogram[band][min(9, max(0, int(risk // 10)))] += 1
        for category, count in record.get("categories", {}).items():
            self.categories[category] = self.categories.get(category, 0) + count
            self.documents_with[category] = self.documents_with.get(category, 0) + 1
        self._keep_top(
            risk, str(record["id"]), str(record["source"]), tuple(record.get("categories", {}))
        )

    def _keep_top(self, risk: float, ident: str, source: str, categories: tuple[str, ...]) -> None:
        if risk <= 0:
            return
        self.top.append((risk, ident, source, categories))
        if len(self.top) > 2 * TOP_DOCUMENTS:
            self.top = self.highest()

    def highest(self) -> list[tuple[float, str, str, tuple[str, ...]]]:
        """The riskiest documents, riskiest first (ties in the order they were read)."""
        return sorted(self.top, key=lambda row: -row[0])[:TOP_DOCUMENTS]

    def top_categories(self) -> list[tuple[str, int, int]]:
        """(category, findings, documents), most documents first, taxonomy order on ties."""
        order = {c.value: i for i, c in enumerate(Category)}
        rows = [(c, n, self.documents_with[c]) for c, n in self.categories.items()]
        return sorted(rows, key=lambda row: (-row[2], order.get(row[0], 99)))


class ResultsFile:
    """Where the result lines go: a file (new, or continued with resume) or stdout ("-")."""

    def __init__(self, path: str, header: dict[str, Any], resume: bool) -> None:
        self.path = path
        self.header = header
        self.resume = resume
        self.fd: int | None = None
        self.stream: TextIO | None = None
        self.synced = time.monotonic()

    def open(self) -> list[dict[str, Any]]:
        """Open for appending; returns the result lines already there (with --resume)."""
        if self.path == "-":
            if self.resume:
                raise ConfigError(
                    "--resume needs --output FILE (results on stdout cannot be continued)"
                )
            self.stream = sys.stdout
            self._write(self.header)
            return []
        target = Path(self.path)
        if target.exists() and not self.resume:
            raise ConfigError(
                f"{self.path}: already exists (use --resume to continue it, or another --output)"
            )
        done = read_results(target, self.header) if target.exists() else None
        flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_BINARY", 0)
        try:
            self.fd = os.open(target, flags, 0o600)
        except OSError as error:
            raise InputError(f"{self.path}: cannot write ({error.strerror})") from None
        if done is None:
            self._write(self.header)
            self.sync()
        return done or []

    def append(self, record: dict[str, Any]) -> None:
        self._write(record)
        if time.monotonic() - self.synced >= FSYNC_SECONDS:
            self.sync()

    def _write(self, record: dict[str, Any]) -> None:
        line = json.dumps(record, ensure_ascii=False) + "\n"
        if self.stream is not None:
            self.stream.write(line)
            self.stream.flush()
            return
        assert self.fd is not None, "written before open(): no stream and no file"
        data = line.encode("utf-8")
        while data:  # one write in practice; a short write goes on where it stopped
            written = os.write(self.fd, data)
            data = data[written:]

    def sync(self) -> None:
        if self.fd is not None:
            os.fsync(self.fd)
        self.synced = time.monotonic()

    def close(self) -> None:
        if self.fd is not None:
            self.sync()
            os.close(self.fd)
            self.fd = None


def read_results(path: Path, header: dict[str, Any]) -> list[dict[str, Any]]:
    """The whole result lines of an earlier run with the same settings. A torn last line (the
    run was killed while writing it) is cut off, so appending goes on after a whole line."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror})") from None
    whole = data[: data.rfind(b"\n") + 1]
    if len(whole) < len(data):
        _truncate(path, len(whole))
    lines = _parse(path, whole)
    if not lines:
        raise ConfigError(
            f"{path}: not a results file of redactcheck scan (no header line); use another --output"
        )
    _check_header(path, lines[0], header)
    return lines[1:]


def _parse(path: Path, whole: bytes) -> list[Any]:
    parsed = []
    for number, line in enumerate(whole.splitlines(), 1):
        try:
            parsed.append(json.loads(line))
        except ValueError:
            raise ConfigError(f"{path}:{number}: not a result line; use another --output") from None
    return parsed


def _check_header(path: Path, found: dict[str, Any], header: dict[str, Any]) -> None:
    if not isinstance(found, dict) or found.get("format") != FORMAT:
        raise ConfigError(f"{path}: not a results file of redactcheck scan; use another --output")
    for key in ("version", "model", "settings"):
        if found.get(key) != header.get(key):
            raise ConfigError(
                f"{path}: made with other {key} ({found.get(key)!s:.20}); "
                "--resume needs the same ones, or use another --output"
            )


def _truncate(path: Path, size: int) -> None:
    try:
        with open(path, "r+b") as handle:
            handle.truncate(size)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as error:
        raise InputError(f"{path}: cannot cut off the torn last line ({error.strerror})") from None
