"""Core value types shared by every layer.

Stdlib only, so reporters and callers never import spaCy or Presidio just to
read a result. Everything is frozen: a Finding handed to a reporter or a
moderation pipeline cannot be changed behind the linter's back.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Mapping


class Category(str, Enum):
    """The taxonomy. Names are part of the public contract (output, config, rules)."""

    PERSON = "PERSON"
    ADDRESS = "ADDRESS"
    POSTCODE = "POSTCODE"
    CONTACT = "CONTACT"
    ID_NUMBER = "ID_NUMBER"
    CASE_REF = "CASE_REF"
    DATE_OF_BIRTH = "DATE_OF_BIRTH"
    AGE = "AGE"
    DATE = "DATE"
    LOCATION = "LOCATION"
    LOCAL_AUTHORITY = "LOCAL_AUTHORITY"
    INSTITUTION = "INSTITUTION"
    DEMOGRAPHIC = "DEMOGRAPHIC"

    @property
    def kind(self) -> str:
        """ "direct" identifies a person alone; "quasi" narrows them down in combination."""
        return "direct" if self in DIRECT_CATEGORIES else "quasi"

    def __str__(self) -> str:
        return self.value


DIRECT_CATEGORIES = frozenset(
    {
        Category.PERSON,
        Category.ADDRESS,
        Category.POSTCODE,
        Category.CONTACT,
        Category.ID_NUMBER,
        Category.CASE_REF,
        Category.DATE_OF_BIRTH,
    }
)
QUASI_CATEGORIES = frozenset(set(Category) - DIRECT_CATEGORIES)
_KINDS: Mapping[str, str] = {category.value: category.kind for category in Category}
BANDS = ("low", "medium", "high")

# The facets of risk a rule may declare (`facet:` in a rule file), each for one category: the risk
# model weighs such a finding by "LOCATION.street" or "DEMOGRAPHIC.distinctive" (models/risk.yaml).
RULE_FACETS: Mapping[str, Category] = {
    "street": Category.LOCATION,
    "distinctive": Category.DEMOGRAPHIC,
}
SOURCES = ("model", "rule")  # what found a finding: the statistical model, or a rule or list


@dataclass(frozen=True)
class Declared:
    """What a rule declares about its findings in its YAML (rules/README.md), so that risk and
    redaction read a field instead of parsing the rule's id."""

    facet: str = ""  # a key of RULE_FACETS: how specific its findings are, for the risk weight
    described_as: str = ""  # the risk reasons' words for it ("a distinctive job")
    generalise_as: str = ""  # the generalise style's replacement ("a rare condition")
    generalise_after: tuple[str, ...] = ()  # ...only right after one of these ("speaks")
    vouches: bool = False  # its slot (and validator) make an ordinary word it finds a name


@dataclass(frozen=True)
class Finding:
    """One stretch of the checked text that could identify someone.

    `text` is excluded from repr so a Finding that reaches a log or a traceback
    does not carry the identifier with it.
    """

    start: int
    end: int
    category: str
    score: float
    rule: str
    explanation: str
    text: str = field(repr=False, default="")
    line: int = 0
    column: int = 0
    written: str | None = (
        None  # how a disguised identifier was written ("with spaces between the digits")
    )
    role: str = (
        ""  # a PERSON finding's role (subject, author, professional...): see redactcheck.people
    )
    evidence: str = ""  # why that role, in words ("declared not her real name, line 3")
    strength: str = (
        ""  # a direct finding's evidence: "strong" or "weak" (see redactcheck.risk.strength)
    )
    source: str = "rule"  # "model" (the statistical model) or "rule" (a rule or list): SOURCES
    declared: Declared = Declared()  # what its rule declares (facet, generalise_as...)

    @property
    def kind(self) -> str:
        """Its category's kind (asked thousands of times a draft: a table, not an Enum call)."""
        kind = _KINDS.get(self.category)
        return kind if kind is not None else Category(self.category).kind

    def overlaps(self, other: "Finding") -> bool:
        """The two share at least one character."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: "Finding") -> bool:
        """The other lies within this one (an identical span counts)."""
        return self.start <= other.start and other.end <= self.end

    def to_dict(self, include_text: bool = True) -> dict[str, Any]:
        data: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "category": self.category,
            "kind": self.kind,
            "score": round(self.score, 3),
            "rule": self.rule,
            "explanation": self.explanation,
            "line": self.line,
            "column": self.column,
        }
        if self.written:
            data["written"] = self.written
        if self.role:
            data["role"] = self.role
            data["evidence"] = self.evidence
        if self.strength:
            data["strength"] = self.strength
        if include_text:
            data["text"] = self.text
        return data


@dataclass(frozen=True)
class Suppressed:
    """A candidate that was deliberately not reported, and why (placeholder, citation...)."""

    finding: Finding
    why: str

    def to_dict(self, include_text: bool = True) -> dict[str, Any]:
        return {**self.finding.to_dict(include_text), "why": self.why}


@dataclass(frozen=True)
class RiskScore:
    """How likely a reader who knows the family could recognise them (0-100)."""

    value: float
    band: str
    reasons: tuple[str, ...] = ()
    drivers: tuple[Finding, ...] = ()


@dataclass(frozen=True)
class ReporterOptions:
    """What a reporter may show: matched text is hidden in CI logs, which can be public."""

    show_text: bool = True
    color: bool = False
    verbose: bool = False
    fail_on: str = "default"  # the --fail-on level in force, for each file's "fails" in JSON


FAIL_ON_LEVELS = (
    "default",
    "any-direct",
    "direct",
    "quasi",
    "high",
    "medium",
    "never",
)  # and score:N


def reaches_fail_on(report: Any, fail_on: str) -> bool:
    """Whether one file's report reaches the --fail-on level: the one decision behind the exit
    code of check, scan and the pre-commit hook, and each file's "fails" in JSON.

    default: a direct finding with strong evidence, or a high risk (a weak one, a lone word
    only the model called a name, is reported but does not fail the draft by itself);
    any-direct: any direct finding, weak or strong, or a high risk (the strict rule);
    direct: a strong direct finding; quasi: any finding; high / medium: the risk band;
    score:N: a risk of N or more; never: nothing fails."""
    if fail_on in ("default", ""):
        return report.has_strong_direct or report.band == "high"
    if fail_on == "any-direct":
        return report.has_direct or report.band == "high"
    if fail_on == "never":
        return False
    if fail_on == "direct":
        return report.has_strong_direct
    if fail_on == "quasi":
        return bool(report.findings)
    if fail_on == "high":
        return report.band == "high"
    if fail_on == "medium":
        return report.band in ("medium", "high")
    return report.risk >= float(fail_on.split(":", 1)[1])


@dataclass(frozen=True)
class Report:
    """Everything the linter concluded about one text."""

    text: str = field(repr=False)
    findings: tuple[Finding, ...]
    risk_score: RiskScore
    suppressed: tuple[Suppressed, ...] = ()
    source: str = "<text>"

    @property
    def risk(self) -> float:
        return self.risk_score.value

    @property
    def band(self) -> str:
        return self.risk_score.band

    @property
    def drivers(self) -> tuple[Finding, ...]:
        return self.risk_score.drivers

    @property
    def counts(self) -> Mapping[str, int]:
        """Findings per category, in taxonomy order, omitting zeros."""
        counts: dict[str, int] = {}
        for category in Category:
            n = sum(1 for f in self.findings if f.category == category.value)
            if n:
                counts[category.value] = n
        return counts

    @property
    def has_direct(self) -> bool:
        return any(f.kind == "direct" for f in self.findings)

    @property
    def has_strong_direct(self) -> bool:
        """A direct finding whose evidence is not weak (see redactcheck.risk.strength)."""
        return any(f.kind == "direct" and f.strength != "weak" for f in self.findings)

    def to_dict(self, include_text: bool = True) -> dict[str, Any]:
        """The machine-readable form every structured reporter builds on."""
        return {
            "source": self.source,
            "risk": round(self.risk, 1),
            "band": self.band,
            "reasons": list(self.risk_score.reasons),
            "counts": dict(self.counts),
            "findings": [f.to_dict(include_text) for f in self.findings],
            "drivers": [f.to_dict(include_text) for f in self.drivers],
            "suppressed": [s.to_dict(include_text) for s in self.suppressed],
        }


# The evidence of a name with no cue at all: the role "subject" only because nothing says
# otherwise (see redactcheck.people); any other evidence of a subject is a reason.
NAMED_ONLY = "named in the draft"


def plain_words(text: str, finding: Finding) -> str:
    """A finding's words in one case and one spacing, to compare two mentions of a name or
    place ("Leeds Youth Justice Service" and "leeds youth  justice service")."""
    return " ".join(text[finding.start : finding.end].lower().split())


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset, as editors and SARIF count them: a line
    ends at \\n, \\r\\n or a lone \\r (an old Mac file, or a paste that mixes them).

    A long text's line ends are found once and searched by bisection, so placing every
    finding of a 5 MB chat export costs log n each, not a count from the top each time."""
    if len(text) >= _INDEXED_FROM:
        ends = _line_ends(text)
        line = bisect.bisect_right(ends, offset)  # lines ended at or before the offset
        return line + 1, offset - (ends[line - 1] if line else 0) + 1
    line = text.count("\n", 0, offset) + 1
    if "\r" in text:
        line += text.count("\r", 0, offset) - text.count("\r\n", 0, offset)
    column = offset - (max(text.rfind("\n", 0, offset), text.rfind("\r", 0, offset)) + 1) + 1
    return line, column


_INDEXED_FROM = 20_000


_recent_ends: tuple[tuple[str, list[int]], ...] = ()  # the last two texts asked about


def _line_ends(text: str) -> list[int]:
    """Where each line of a long text ends, after its break (memory only).

    Known texts are recognised by identity, never by content: a cache keyed by the text
    itself compares an equal copy (a document's original beside the checked text) character
    by character on every call, a whole-text comparison for each finding placed."""
    global _recent_ends
    for known, ends in _recent_ends:
        if known is text:
            return ends
    ends = [m.end() for m in re.finditer("\r\n|\r|\n", text)]
    _recent_ends = ((text, ends),) + _recent_ends[:1]
    return ends


# Characters that break a line or paragraph but are not \n: a lone \r, the vertical tab and
# form feed, NEL, the file/group/record separators and Unicode's line and paragraph separators.
_OTHER_LINE_BREAK = re.compile("\r(?!\n)|[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def newlines_for_line_breaks(text: str) -> str:
    """The text with every other line break made a \\n, one character for one, so offsets
    stay put: every stage after it (the parser, the rules, the look-alike checks) knows
    only \\n as the end of a line, and a name must never run across a break it cannot see."""
    return _OTHER_LINE_BREAK.sub("\n", text) if _OTHER_LINE_BREAK.search(text) else text


def as_text(value: object, caller: str) -> str:
    """The draft to check; anything but a str is a TypeError that says what to pass."""
    if isinstance(value, str):
        return value
    hint = (
        " (decode bytes first, e.g. data.decode('utf-8'))"
        if isinstance(value, (bytes, bytearray))
        else ""
    )
    raise TypeError(f"{caller}() takes the draft as a str, not {type(value).__name__}{hint}")
