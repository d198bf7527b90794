"""Literal prefilters for rule regexes: skip a regex on texts it cannot match.

Most rules match in few drafts, yet each regex is scanned over every text.
Like RE2's prefilter, we read from the parsed regex a set of strings of which
every match must contain at least one ("mum", "dad", ... for the role-word
rule; "road", "street", ... for addresses), and test the lower-cased text for
them first: one quick scan instead of the regex, and most drafts stop there.

The analysis is conservative: whenever a part of the pattern could match
without a known literal, it gives no prefilter and the regex always runs.

Short parts are joined, as RE2's prefilter joins them: where consecutive parts
of a pattern can each match only a few strings ("he", "she"; an optional
space; "("), every match contains one of their concatenations ("he(",
"she (", ...), which are rarer in a text than any part alone.
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
_SMALL_SET = 12  # a character class of at most this many characters is spelt out when joining
Exact = Optional[frozenset[str]]  # every string a part can match, as prefilter_text has it
Memo = dict[int, Exact]  # a part's strings by id(part), for one pattern's analysis


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
    found = _sequence(list(parsed.data), {})
    if found is None or not _useful(found):
        return None
    return _shortest(found)


def _shortest(literals: frozenset[str]) -> frozenset[str]:
    """The set without any string that contains another of it: a text holds one of the
    rest exactly when it holds one of the whole set, and fewer strings test faster."""
    kept: list[str] = []
    for literal in sorted(literals, key=len):
        if not any(shorter in literal for shorter in kept):
            kept.append(literal)
    return frozenset(kept)


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


def _sequence(items: list[tuple[Any, Any]], memo: Memo) -> Literals:
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
            inner = _zero_width(name, value, memo)
            if inner is not None:
                candidates.append(inner)
            continue
        if run.strip():
            candidates.append(frozenset({run}))
        run = ""
        inner = _item(name, value, memo)
        if inner is not None:
            candidates.append(inner)
    if run.strip():
        candidates.append(frozenset({run}))
    candidates.extend(_joined(items, memo))
    useful = [c for c in candidates if _useful(c)]
    if useful:
        return max(useful, key=lambda c: (min(map(len, c)), -len(c)))
    return candidates[0] if len(candidates) == 1 else None


def _zero_width(name: str, value: Any, memo: Memo) -> Literals:
    """What a zero-width element requires: a lookahead's or lookbehind's own strings (what it
    sees is in the draft too); \\b, ^ and a negative lookaround require nothing."""
    return _item(name, value, memo) if name == "ASSERT" else None


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


def _item(name: str, value: Any, memo: Memo) -> Literals:
    """The required strings of one parsed element, or None."""
    if name == "SUBPATTERN":
        return _sequence(list(value[-1]), memo)
    if name == "ATOMIC_GROUP":
        return _sequence(list(value), memo)
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, _, body = value
        return _sequence(list(body), memo) if low >= 1 else None
    if name == "BRANCH":
        return _branch(value[1], memo)
    if name == "ASSERT":  # what a lookahead or lookbehind sees is in the draft too
        return _sequence(list(value[1]), memo)
    return None


def _branch(alternatives: list[Any], memo: Memo) -> Literals:
    """Any alternative may match, so the union of their sets, if each has one."""
    union: set[str] = set()
    for alternative in alternatives:
        found = _sequence(list(alternative), memo)
        if found is None or not _useful(found):
            return None
        union |= found
    return frozenset(union)


def _joined(items: list[tuple[Any, Any]], memo: Memo) -> list[frozenset[str]]:
    """For each stretch of consecutive parts that can each match only a few strings, the
    strings the stretch can match: every match of the whole contains one of them."""
    exact: list[Exact] = []
    for op, value in items:  # a run of single strings ("w", "a", "r", "d") is one part
        part = _exact(str(op), value, memo)
        if part is not None and len(part) == 1 and exact and exact[-1] is not None:
            last = exact[-1]
            if len(last) == 1:
                exact[-1] = _cross(last, part)
                continue
        exact.append(part)
    found: list[frozenset[str]] = []
    for first in range(len(exact)):
        strings: frozenset[str] = frozenset({""})
        for part in exact[first:]:
            if part is None:
                break
            strings = _cross(strings, part)
            if len(strings) > MAX_LITERALS:
                break
            found.append(strings)
    return found


def _collapse(text: str) -> str:
    """Whitespace runs as prefilter_text has them: one space."""
    return _WHITESPACE.sub(" ", text)


def _cross(heads: frozenset[str], tails: frozenset[str]) -> frozenset[str]:
    """Every head followed by every tail; each is collapsed already, so only where they
    meet can two spaces fall together."""
    return frozenset(
        head + tail[1:] if head.endswith(" ") and tail.startswith(" ") else head + tail
        for head in heads
        for tail in tails
    )


def _exact(name: str, value: Any, memo: Memo) -> Exact:
    """Every string (lower-cased, whitespace as one space) that one parsed element can
    match, or None when they are too many to spell out. Zero-width elements match "".
    A part met again (the analysis looks into groups at every level) is taken from `memo`."""
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return frozenset({""})
    if name == "LITERAL":
        return frozenset({_collapse(chr(value).lower())})
    if id(value) not in memo:
        memo[id(value)] = _exact_group(name, value, memo)
    return memo[id(value)]


def _exact_group(name: str, value: Any, memo: Memo) -> Exact:
    if name == "IN":
        return _exact_class(value)
    if name == "SUBPATTERN":
        return _exact_sequence(list(value[-1]), memo)
    if name == "ATOMIC_GROUP":
        return _exact_sequence(list(value), memo)
    if name == "BRANCH":
        union: set[str] = set()
        for alternative in value[1]:
            found = _exact_sequence(list(alternative), memo)
            if found is None:
                return None
            union |= found
        return frozenset(union) if len(union) <= MAX_LITERALS else None
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        return _exact_repeat(value, memo)
    return None


def _exact_sequence(items: list[tuple[Any, Any]], memo: Memo) -> Exact:
    strings: frozenset[str] = frozenset({""})
    for op, value in items:
        part = _exact(str(op), value, memo)
        if part is None:
            return None
        strings = _cross(strings, part)
        if len(strings) > MAX_LITERALS:
            return None
    return strings


def _exact_repeat(value: Any, memo: Memo) -> Exact:
    """A repeat of whitespace is one space (none too, if it may be absent); any other repeat
    is spelt out up to two times."""
    low, high, body = value
    items = list(body)
    if len(items) == 1 and _is_space(str(items[0][0]), items[0][1]):
        return frozenset({" "} | ({""} if low == 0 else set()))
    if high > 2:
        return None
    once = _exact_sequence(items, memo)
    if once is None:
        return None
    strings = {""} if low == 0 else set()
    if low <= 1 <= high:
        strings |= once
    if high == 2:
        strings |= _cross(once, once)
    return frozenset(strings) if len(strings) <= MAX_LITERALS else None


def _exact_class(members: Any) -> Exact:
    """A character class of a few literal characters or small ranges, and whitespace;
    a negated class or any other category (\\d, \\w) is not spelt out."""
    chars: set[str] = set()
    for kind, member in members:
        kind = str(kind)
        if kind == "LITERAL":
            chars.add(chr(member))
        elif kind == "RANGE" and member[1] - member[0] < _SMALL_SET:
            chars.update(map(chr, range(member[0], member[1] + 1)))
        elif kind == "CATEGORY" and str(member) == "CATEGORY_SPACE":
            chars.add(" ")
        else:
            return None
    strings = frozenset(_collapse(c.lower()) for c in chars)
    return strings if len(strings) <= _SMALL_SET else None
