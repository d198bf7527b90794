"""Literal prefilters for rule regexes: skip a regex on texts it cannot match.

Most rules match in few drafts, yet each regex is scanned over every text.
Like RE2's prefilter, we read from the parsed regex a set of strings of which
every match must contain at least one ("mum", "dad", ... for the role-word
rule; "road", "street", ... for addresses), and test the lower-cased text for
them first: one quick scan instead of the regex, and most drafts stop there.

The analysis is conservative: whenever a part of the pattern could match
without a known literal, it gives no prefilter and the regex always runs.
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache
from typing import Any, Callable, Optional

if sys.version_info >= (3, 11):
    import re._parser as _sre_parse
else:
    import sre_parse as _sre_parse

from redactcheck.detect.regex.trie import trie_alternation

Literals = Optional[frozenset[str]]  # None: no requirement known
MIN_LITERAL = 3  # shorter strings are in nearly every text: no use as a filter
MAX_LITERALS = 400
_SUBSTRING_TESTS = 6  # up to this many literals are tested with `in`; more, with one trie regex


_WHITESPACE = re.compile(r"\s+")


@lru_cache(maxsize=2)
def prefilter_text(text: str) -> str:
    """The text as prefilters test it: lower-cased, each run of whitespace one space.
    Cached for the one text that every rule tests in turn."""
    return _WHITESPACE.sub(" ", text.lower())


def required_literals(pattern: str, flags: int = 0) -> Literals:
    """Lower-cased strings one of which appears in every match of the pattern (or None)."""
    try:
        parsed = _sre_parse.parse(pattern, flags)
    except (re.error, RecursionError, TypeError, ValueError):
        return None
    found = _sequence(list(parsed.data))
    return found if _useful(found) else None


def prefilter(pattern: str, flags: int = 0) -> Callable[[str], bool] | None:
    """A test on `prefilter_text(text)` that is False only where the pattern cannot match."""
    literals = required_literals(pattern, flags)
    if literals is None:
        return None
    if len(literals) <= _SUBSTRING_TESTS:
        ordered = tuple(sorted(literals))
        return lambda lowered: any(literal in lowered for literal in ordered)
    search = re.compile(trie_alternation(literals)).search
    return lambda lowered: search(lowered) is not None


def _useful(literals: Literals) -> bool:
    return (
        literals is not None
        and 0 < len(literals) <= MAX_LITERALS
        and min(map(len, literals)) >= MIN_LITERAL
    )


def _sequence(items: list[tuple[Any, Any]]) -> Literals:
    """A concatenation: every item is required, so the most selective item's set serves.
    Runs of literal characters are joined into one string first; whitespace of any
    length counts as one space (the text is tested with its whitespace collapsed),
    and zero-width assertions such as \\b do not break a run."""
    candidates: list[frozenset[str]] = []
    run = ""
    for op, value in items:
        name = str(op)
        if name == "LITERAL" and not chr(value).isspace():
            run += chr(value).lower()
            continue
        if _is_space(name, value):
            run = run if run.endswith(" ") else run + " "
            continue
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            inner = _zero_width(name, value)
            if inner is not None:
                candidates.append(inner)
            continue
        if run.strip():
            candidates.append(frozenset({run}))
        run = ""
        inner = _item(name, value)
        if inner is not None:
            candidates.append(inner)
    if run.strip():
        candidates.append(frozenset({run}))
    useful = [c for c in candidates if _useful(c)]
    if useful:
        return max(useful, key=lambda c: (min(map(len, c)), -len(c)))
    return candidates[0] if len(candidates) == 1 else None


def _zero_width(name: str, value: Any) -> Literals:
    """What a zero-width element requires: a lookahead's or lookbehind's own strings (what it
    sees is in the draft too); \\b, ^ and a negative lookaround require nothing."""
    return _item(name, value) if name == "ASSERT" else None


def _is_space(name: str, value: Any) -> bool:
    """One or more whitespace characters, and nothing else."""
    if name == "LITERAL":
        return chr(value).isspace()
    if name == "IN":
        return bool(value) and all(
            (str(kind) == "LITERAL" and chr(member).isspace())
            or (str(kind) == "CATEGORY" and str(member) == "CATEGORY_SPACE")
            for kind, member in value
        )
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, _, body = value
        return low >= 1 and len(body) == 1 and _is_space(str(body[0][0]), body[0][1])
    return False


def _item(name: str, value: Any) -> Literals:
    """The required strings of one parsed element, or None."""
    if name == "SUBPATTERN":
        return _sequence(list(value[-1]))
    if name == "ATOMIC_GROUP":
        return _sequence(list(value))
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, _, body = value
        return _sequence(list(body)) if low >= 1 else None
    if name == "BRANCH":
        return _branch(value[1])
    if name == "ASSERT":  # what a lookahead or lookbehind sees is in the draft too
        return _sequence(list(value[1]))
    return None


def _branch(alternatives: list[Any]) -> Literals:
    """Any alternative may match, so the union of their sets, if each has one."""
    union: set[str] = set()
    for alternative in alternatives:
        found = _sequence(list(alternative))
        if found is None or not _useful(found):
            return None
        union |= found
    return frozenset(union)
