"""What the page asks of the Linter, framework-free: check a draft, redact it, allow a term.

One Linter is loaded at start and shared by every request; spaCy's pipeline and Presidio's
anonymizer are not documented as thread-safe, so one lock lets one request use them at a
time (a check of a long draft takes a fraction of a second). Nothing here keeps a draft:
each request brings its text (or file bytes) and takes its answer away.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Iterable, Sequence

from redactcheck.documents import Document, document_from_bytes
from redactcheck.errors import ConfigError, InputError
from redactcheck.types import Finding, Report, Suppressed

UPLOAD_KINDS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".docx": "docx",
}
TEXT_FORMATS = ("text", "markdown")
SESSION_ALLOW = "allowed for this session"


@dataclass(frozen=True)
class Draft:
    """One request's draft: the Document and, for a Word file, its original bytes."""

    document: Document
    data: bytes | None = None


def typed_draft(text: str, fmt: str = "text") -> Draft:
    """A draft typed or pasted into the page."""
    if fmt not in TEXT_FORMATS:
        raise InputError(f"unknown format {fmt!r} (use text or markdown)")
    if not text.strip():
        raise InputError("the draft is empty")
    return Draft(document_from_bytes("draft", text.encode("utf-8"), format=fmt))


def uploaded_draft(name: str, data: bytes) -> Draft:
    """A file opened in the page (.txt, .md or .docx), read in memory only."""
    suffix = Path(name).suffix.lower()
    if suffix not in UPLOAD_KINDS:
        raise InputError(f"{shown_name(name)}: the page opens .txt, .md and .docx files")
    fmt = UPLOAD_KINDS[suffix]
    document = document_from_bytes(Path(name).name, data, format=fmt)
    return Draft(document, data if fmt == "docx" else None)


def shown_name(name: str) -> str:
    return "".join(c if c.isprintable() else "?" for c in Path(name).name)


def base_text(document: Document) -> str:
    """The text the page shows: the original when offsets map onto it one to one."""
    return document.original if len(document.original) == len(document.text) else document.text


class Checker:
    """The shared Linter and everything the page needs from it."""

    def __init__(self, linter: Any, allowlist_file: Path | None) -> None:
        self.linter = linter
        self.allowlist_file = allowlist_file  # where "always allow" writes; None: it cannot
        self._lock = threading.Lock()

    # --- checking ---------------------------------------------------------------------
    def check(
        self, draft: Draft, allow: Sequence[str] = (), style: str | None = None
    ) -> dict[str, Any]:
        """The page's whole view of one draft: findings, people, risk, look-alikes."""
        from redactcheck.redaction import findings_to_redact, people_in, redaction

        with self._lock:
            report = self._report(draft.document, allow)
            findings = findings_to_redact(report)
            text = base_text(draft.document)
            done = redaction(text, findings, self._style(style))
            people = people_in(text, findings)
            told = describe(
                report,
                findings,
                text,
                done.by_finding,
                people,
                self.linter.place_weights,
                draft.document.format,
            )
            told["redacted"] = done.text  # every finding redacted: the page's first version
            return told

    def redact(
        self,
        draft: Draft,
        allow: Sequence[str] = (),
        style: str | None = None,
        keep: Iterable[Sequence[int]] = (),
    ) -> dict[str, Any]:
        """The redacted text, and for a Word file the redacted .docx bytes."""
        from redactcheck.redaction import findings_to_redact, redaction

        kept_spans = {(int(s), int(e)) for s, e in keep}
        with self._lock:
            report = self._report(draft.document, allow)
            findings = findings_to_redact(report)
            keep_index = frozenset(
                i for i, f in enumerate(findings) if (f.start, f.end) in kept_spans
            )
            text = base_text(draft.document)
            done = redaction(text, findings, self._style(style), keep_index)
            out: dict[str, Any] = {
                "text": done.text,
                "redacted": len(findings) - len(keep_index),
                "kept": len(keep_index),
            }
            if draft.data is not None:
                out["docx"] = self._docx(draft, done)
            return out

    def _docx(self, draft: Draft, done: Any) -> bytes:
        from redactcheck.redaction import apply_edits
        from redactcheck.redaction.docx import redact_docx

        document = draft.document
        if apply_edits(document.text, done.edits) != done.text:
            raise InputError(
                f"{shown_name(document.source)}: the redaction cannot be laid onto the "
                "document's runs; copy the redacted text instead"
            )
        return redact_docx(
            draft.data or b"", document.text, done.edits, shown=shown_name(document.source)
        )

    def _style(self, style: str | None) -> str:
        from redactcheck.redaction.preview import style_spec

        return style_spec(self.linter.config.style, [style] if style else [])

    def _report(self, document: Document, allow: Sequence[str]) -> Report:
        return session_allowed(
            self.linter.check_document(document), allow, self.linter.place_weights
        )

    # --- always allow, saved ----------------------------------------------------------
    def where_saved(self) -> dict[str, Any]:
        """Where "always allow" would write, so the page can say it before writing."""
        if self.allowlist_file is None:
            why = "no settings file can be written here"
            return {"can_save": False, "file": None, "why": why}
        exists = self.allowlist_file.is_file()
        return {"can_save": True, "file": str(self.allowlist_file), "exists": exists}

    def save_allowed(self, term: str) -> str:
        """Add one term to the allowlist file in force (atomically); the file's path."""
        from redactcheck.config import add_to_allowlist

        term = term.strip()
        if not term or len(term) > 200 or "\n" in term:
            raise InputError("an allowlist term is one line of at most 200 characters")
        if self.allowlist_file is None:
            raise ConfigError(self.where_saved()["why"])
        try:
            add_to_allowlist(self.allowlist_file, term)
        except OSError as error:
            raise ConfigError(f"{self.allowlist_file}: cannot write: {error.strerror}") from None
        return str(self.allowlist_file)


def allowlist_target(config: Any, start: Path) -> Path:
    """The settings file "always allow" writes to: the file in force (given with --config,
    else the project's .redactcheck.yaml or the [tool.redactcheck] table of its
    pyproject.toml, which is edited in place and keeps its other tables), else a new
    .redactcheck.yaml in the folder the page was started in. `review` writes to the same."""
    from redactcheck.config import find_project_file

    explicit = [Path(s) for s in config.sources if s not in ("<flags>", "<defaults>")]
    project = find_project_file(start)
    chosen = explicit[-1] if explicit else project
    return chosen if chosen is not None else start.resolve() / ".redactcheck.yaml"


def session_allowed(report: Report, allow: Sequence[str], places: Any) -> Report:
    """The report with this session's "always allow" terms moved to the look-alikes (the
    same as an allowlist entry: the whole finding, matched without regard to case)."""
    from redactcheck import risk

    terms = {t.strip().casefold() for t in allow if t.strip()}
    if not terms:
        return report
    allowed = [f for f in report.findings if f.text.strip().casefold() in terms]
    if not allowed:
        return report
    kept = tuple(f for f in report.findings if f not in allowed)
    moved = tuple(Suppressed(f, SESSION_ALLOW) for f in allowed)
    return replace(
        report,
        findings=kept,
        risk_score=risk.score(kept, places),
        suppressed=report.suppressed + moved,
    )


def describe(
    report: Report,
    findings: Sequence[Finding],
    text: str,
    suggestions: dict[int, str],
    people: Any,
    places: Any,
    fmt: str,
) -> dict[str, Any]:
    """The JSON the page renders (see the OpenAPI description in app.py)."""
    told = explanation(report, places)
    index = {(f.start, f.end): i for i, f in enumerate(findings)}
    items = []
    for i, finding in enumerate(findings):
        item = finding.to_dict(include_text=True)
        item.update(id=i, replacement=suggestions.get(i, item["text"]))
        if finding.category == "PERSON":
            item["person"] = people.label_at(finding.start)
        items.append(item)
    return {
        "format": fmt,
        "text": text,
        "risk": {
            "score": told["risk"],
            "band": told["band"],
            "reasons": told["reasons"],
            "whole_draft_risk": told["whole_draft_risk"],
        },
        "counts": dict(report.counts),
        "findings": items,
        "groups": _groups(told["groups"], items, index),
        "suppressed": [_suppressed(s) for s in report.suppressed],
    }


def explanation(report: Report, places: Any) -> dict[str, Any]:
    """Score, band, reasons and groups in the words `redactcheck explain` uses (the same
    risk functions, with the matched text shown: the page is the writer's own)."""
    from redactcheck import risk
    from redactcheck.risk.params import load_params

    params = load_params()
    _, scored, whole = risk.assess(report.findings, places, params)
    groups = [
        {
            "risk": round(score, 1),
            "reason": risk.describe(group, places, params, True),
            "findings": [{"start": f.start, "end": f.end} for f in group],
        }
        for score, group in scored
    ]
    return {
        "risk": round(report.risk, 1),
        "band": report.band,
        "groups": groups,
        "reasons": risk.reason_lines(report.findings, places, params, True),
        "whole_draft_risk": round(whole, 1),
    }


def _groups(
    groups: Sequence[dict[str, Any]],
    items: Sequence[dict[str, Any]],
    index: dict[tuple[int, int], int],
) -> list[dict[str, Any]]:
    """Each group of details that describes one person, named by the people in it."""
    out, placed = [], set()
    for group in groups:
        ids = [
            index[(f["start"], f["end"])]
            for f in group["findings"]
            if (f["start"], f["end"]) in index
        ]
        placed.update(ids)
        out.append(
            {
                "title": _title([items[i] for i in ids]),
                "risk": group["risk"],
                "reason": group["reason"],
                "finding_ids": ids,
            }
        )
    rest = [i for i in range(len(items)) if i not in placed]
    if rest:  # later mentions of a found name, redacted with it
        out.append({"title": "Other mentions", "risk": None, "reason": "", "finding_ids": rest})
    return out


def _title(items: Sequence[dict[str, Any]]) -> str:
    names: dict[str, str] = {}
    for item in items:
        if item["category"] == "PERSON":
            names.setdefault(item["person"], item["text"])
    if not names:
        return "Details about someone"
    return "; ".join(f"{name} ({label})" for label, name in names.items())


def _suppressed(item: Suppressed) -> dict[str, Any]:
    return {
        "start": item.finding.start,
        "end": item.finding.end,
        "category": item.finding.category,
        "text": item.finding.text,
        "why": item.why,
        "line": item.finding.line,
        "role": item.finding.role,  # a name's role (author, professional, cited...) and why
        "evidence": item.finding.evidence,
    }
