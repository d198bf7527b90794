"""Inline directives: decisions the author writes into the draft itself, read from the document.

`<!-- redactcheck: ignore-next-line -->`, `off` ... `on` and `allow "X"` (or
the same words after `#` or alone on a line in plain text). An ignore never
hides a finding silently: it moves it to `suppressed` with why="inline", so
the summary still says "1 suppressed: 1 inline" and a reviewer can ask why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from redactcheck.errors import InputError
from redactcheck.types import Finding, line_col

Directives = Sequence[tuple[int, str]]
KNOWN = ("ignore-next-line", "off", "on", "allow", "subject")
_QUOTED = re.compile(r'"([^"]+)"|“([^”]+)”|\'([^\']+)\'')
_WORD = re.compile(r"[\w-]+")


@dataclass(frozen=True)
class InlineIgnores:
    """Where findings are ignored: offset spans, and terms allowed in the whole file."""

    spans: tuple[tuple[int, int], ...] = ()
    allowed: tuple[tuple[int, int], ...] = ()

    def covers(self, finding: Finding) -> bool:
        """Whether the author's directives let this finding go."""
        if any(start <= finding.start < end for start, end in self.spans):
            return True
        return any(start <= finding.start and finding.end <= end for start, end in self.allowed)


def parse(text: str, directives: Directives, source: str = "<text>") -> InlineIgnores:
    """Turn (offset, directive) pairs into spans; an unknown directive is an error, not a no-op."""
    spans: list[tuple[int, int]] = []
    allowed: list[str] = []
    off_at: int | None = None
    for offset, raw in sorted(directives):
        word = _verb(raw)
        if word == "ignore-next-line":
            spans.append(next_line(text, offset))
        elif word == "off":
            off_at = offset if off_at is None else off_at
        elif word == "on":
            if off_at is not None:
                spans.append((off_at, offset))
            off_at = None
        elif word == "allow":
            allowed.extend(_terms(raw, text, offset, source))
        elif word == "subject":
            _terms(raw, text, offset, source, word)  # read before the check: see subjects()
        else:
            raise _error(
                text,
                offset,
                source,
                f"unknown redactcheck directive '{word[:30]}' (known: {', '.join(KNOWN)})",
            )
    if off_at is not None:
        spans.append((off_at, len(text)))
    return InlineIgnores(tuple(spans), tuple(occurrences(text, dict.fromkeys(allowed))))


def _verb(raw: str) -> str:
    match = _WORD.match(raw.strip())
    return match.group().lower() if match else ""


def _error(text: str, offset: int, source: str, message: str) -> InputError:
    """Name the file and line; never echo the directive's argument, which may be a name."""
    line, _ = line_col(text, offset)
    return InputError(f"{source}:{line}: {message}")


def _terms(raw: str, text: str, offset: int, source: str, verb: str = "allow") -> list[str]:
    terms = [next(g for g in match.groups() if g) for match in _QUOTED.finditer(raw)]
    terms = [t.strip() for t in terms if t.strip()]
    if not terms:
        example = '"Fife Council"' if verb == "allow" else '"Dana Oyelaran"'
        raise _error(
            text,
            offset,
            source,
            f"{verb} needs a quoted term, e.g. <!-- redactcheck: {verb} {example} -->",
        )
    return terms


def subjects(directives: Directives) -> list[str]:
    """The names `redactcheck: subject "NAME"` says the case is about, whatever their role
    looks like."""
    names: list[str] = []
    for _, raw in directives:
        if _verb(raw) == "subject":
            names.extend(next(g for g in m.groups() if g).strip() for m in _QUOTED.finditer(raw))
    return [n for n in names if n]


def next_line(text: str, offset: int) -> tuple[int, int]:
    """The first line with text after the directive's own line (blank and markup-only lines
    skipped)."""
    end = text.find("\n", offset)
    while end >= 0:
        start = end + 1
        end = text.find("\n", start)
        stop = len(text) if end < 0 else end
        if text[start:stop].strip():
            return start, stop
    return len(text), len(text)


def occurrences(text: str, terms: Iterable[str]) -> Iterable[tuple[int, int]]:
    """Every place an allowed term occurs, in any case and with any spacing between its words."""
    for term in terms:
        pattern = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in term.split()) + r"(?!\w)"
        yield from (m.span() for m in re.finditer(pattern, text, re.IGNORECASE))
