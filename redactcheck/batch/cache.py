"""A cache of results for repeated runs (pre-commit checks the same files again and again).

Keyed by a hash of the checked text and of everything that can change the
answer (rule files, model, settings, redactcheck version). It stores offsets,
categories, rules and scores only, never draft text: a finding's text is cut
from the document again when the entry is used. With every file a hit, the
spaCy model is not even loaded, which is what makes a re-run instant.
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any, Iterable

from redactcheck.atomic import write_atomic
from redactcheck.resources import cache_dir, data_dir
from redactcheck.types import Declared, Finding, Report, RiskScore, Suppressed, line_col

SCHEMA = 5
MAX_AGE_SECONDS = 30 * 24 * 3600


def default_dir() -> Path:
    return cache_dir()


def settings_fingerprint(config: Any, version: str) -> str:
    """Hash of the rule files, gazetteers, model name and config: any change misses the cache."""
    digest = hashlib.sha256(
        f"{SCHEMA}|{version}|{json.dumps(asdict(config), sort_keys=True, default=str)}".encode()
    )
    digest.update(watched_digest(config).encode())  # a newly watched name must miss the cache
    for folder in hashed_folders(config):
        for path in sorted(p for p in folder.rglob("*") if p.suffix in _HASHED):
            digest.update(str(path.name).encode())
            digest.update(_file_hash(path))
    return digest.hexdigest()


def watched_digest(config: Any) -> str:
    """The keyed digest of the watchlist the Linter will read (see Watchlist.digest)."""
    from redactcheck.detect import watchlist

    return watchlist.load(watchlist.store_path(config.watchlist)).digest()


def hashed_folders(config: Any) -> list[Path]:
    """Whatever can change a report: the whole package's code (a changed detector must not
    answer from an old cache), the rules, the models and the user's rule folders."""
    package = Path(__file__).resolve().parents[1]
    return [package, data_dir("rules"), data_dir("models")] + [Path(p) for p in config.rules]


_HASHED = frozenset({".py", ".yaml", ".yml", ".txt", ".tsv", ".json", ".cfg"})


def _file_hash(path: Path) -> bytes:
    """A file's hash; a marker for one that cannot be read (the user's rule file, say), so
    the cache misses and the rule loader reports the file in one line, not a traceback here."""
    try:
        return hashlib.sha256(path.read_bytes()).digest() if path.is_file() else b""
    except OSError:
        return b"unreadable"


class ResultCache:
    """One JSON file per (text, settings) key in a private folder."""

    def __init__(self, folder: Path, fingerprint: str) -> None:
        self.folder = folder
        self.fingerprint = fingerprint

    def _path(self, text: str, context: str = "") -> Path:
        payload = text if not context else f"{text}\0{context}"
        digest = hashlib.sha256(self.fingerprint.encode() + b"\0" + payload.encode("utf-8"))
        key = digest.hexdigest()
        return self.folder / key[:2] / f"{key}.json"

    def get(self, text: str, source: str, position: Any = None, context: str = "") -> Report | None:
        """The cached report for this text (and `context`, see document_context), rebuilt with
        its findings' text, or None."""
        path = self._path(text, context)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return _report_from(data, text, source, position)

    def put(self, report: Report, context: str = "") -> None:
        """Store a report's offsets, categories and risk (never its text)."""
        path = self._path(report.text, context)
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            write_atomic(path, json.dumps(_entry(report)))
        except OSError:
            pass  # a cache that cannot be written is only a slower run

    def clean(self, max_age: float = MAX_AGE_SECONDS) -> int:
        """Remove entries not used for a month; returns how many. A cache folder that cannot
        be looked into is left alone, as `get` and `put` leave it: never a failed check."""
        removed, now = 0, time.time()
        try:
            paths = list(self.folder.glob("*/*.json"))
        except OSError:
            return 0
        for path in paths:
            try:
                if now - path.stat().st_mtime > max_age:
                    path.unlink()
                    removed += 1
            except OSError:
                continue
        return removed


def _finding_entry(finding: Finding) -> list[Any]:
    return [
        finding.start,
        finding.end,
        finding.category,
        finding.score,
        finding.rule,
        finding.explanation,
        finding.role,
        finding.evidence,
    ]  # the role's evidence names cues and lines, never draft text


def _declared_entry(finding: Finding) -> list[Any]:
    """What found it and what its rule declares (risk and generalise read them)."""
    said = finding.declared
    return [
        finding.source,
        [
            said.facet,
            said.described_as,
            said.generalise_as,
            list(said.generalise_after),
            said.vouches,
        ],
    ]


def _entry(report: Report) -> dict[str, Any]:
    risk = report.risk_score
    return {
        "findings": [
            [*_finding_entry(f), f.written, f.strength, *_declared_entry(f)]
            for f in report.findings
        ],
        "suppressed": [
            [*_finding_entry(s.finding), s.why, s.finding.written, s.finding.strength]
            + _declared_entry(s.finding)
            for s in report.suppressed
        ],
        "risk": [
            risk.value,
            risk.band,
            list(risk.reasons),
            [report.findings.index(d) for d in risk.drivers if d in report.findings],
        ],
    }


def _finding_from(row: list[Any], text: str, position: Any) -> Finding:
    start, end, category, score, rule, why, role, evidence = row[:8]
    written = row[8] if len(row) > 8 else None  # how a disguised identifier was written
    strength = row[9] if len(row) > 9 else ""  # a direct finding's evidence, "strong" or "weak"
    source = row[10] if len(row) > 10 else "rule"
    facet, described_as, generalise_as, after, *vouches = (
        row[11] if len(row) > 11 else ("", "", "", [])
    )
    line, column = position(start) if position else line_col(text, start)
    return Finding(
        start,
        end,
        category,
        score,
        rule,
        why,
        text[start:end],
        line,
        column,
        written=written,
        role=role,
        evidence=evidence,
        strength=strength,
        source=source,
        declared=Declared(facet, described_as, generalise_as, tuple(after), any(vouches)),
    )


def _report_from(data: dict[str, Any], text: str, source: str, position: Any) -> Report | None:
    try:
        findings = tuple(_finding_from(row, text, position) for row in data["findings"])
        suppressed = tuple(
            Suppressed(_finding_from(row[:8] + row[9:], text, position), row[8])
            for row in data["suppressed"]
        )
        value, band, reasons, drivers = data["risk"]
        risk = RiskScore(value, band, tuple(reasons), tuple(findings[i] for i in drivers))
    except (KeyError, ValueError, IndexError, TypeError):
        return None
    return Report(
        text=text, findings=findings, risk_score=risk, suppressed=suppressed, source=source
    )


def document_context(document: Any) -> str:
    """What besides its text changes a document's report: its inline directives (blanked in
    the text, so `off` and `on` look alike there) and its front matter's authors. Only
    hashed into the key, never stored."""
    directives, authors = tuple(document.directives), tuple(getattr(document, "authors", ()))
    if getattr(document, "format", "") == "docx":  # its lines are paragraphs: see Linter.check
        return json.dumps([directives, authors, "docx"])
    return json.dumps([directives, authors]) if directives or authors else ""


def cached_reports(cache: ResultCache, documents: Iterable[Any]) -> list[Report | None]:
    """A cached report per document, or None where the cache has none."""
    return [cache.get(d.text, d.source, d.position, document_context(d)) for d in documents]
