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
from typing import Any, Callable, Optional, Sequence

if sys.version_info >= (3, 11):
    import re._parser as _sre_parse
else:
    import sre_parse as _sre_parse

from redactcheck.detect.regex.trie import trie_alternation

Literals = Optional[frozenset[str]]  # None: no requirement known
MIN_LITERAL = 3  # shorter strings are in nearly every text: no use as a filter
MAX_LITERALS = 400
_JOIN_LIMIT = 256  # joining stops at this many strings: more take longer to spell out
_SUBSTRING_TESTS = 6  # up to this many literals are tested with `in`; more, with one trie regex
_SPELT_REPEATS = 16  # a repeat of one string is spelt out up to this many times
_SMALL_SET = 12  # a character class of at most this many characters is spelt out when joining
Exact = Optional[frozenset[str]]  # every string a part can match, as prefilter_text has it
Memo = dict[tuple[int, str], Exact]  # a part's strings by (id(part), which), for one pattern


_WHITESPACE = re.compile(r"\s+")
_DIGIT = re.compile(r"\d")  # every character \d matches, Unicode digits too


@lru_cache(maxsize=2)
def prefilter_text(text: str) -> str:
    """The text as prefilters test it (see `folded`). Cached for the one text that every
    rule tests in turn."""
    return folded(text)


def folded(text: str) -> str:
    """Lower-cased, each run of whitespace one space, every digit 0: so "\\d" in a regex
    is one character too, and "aged 14" and "aged 9" both hold "aged 0"."""
    return _DIGIT.sub("0", _WHITESPACE.sub(" ", text.lower()))


def _fold(char: str) -> str:
    """One character of a pattern as `folded` has it."""
    return "0" if char.isdecimal() else " " if char.isspace() else char.lower()


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


def leading_strings(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Strings one of which every match of the pattern starts with, as `folded` has them but
    cut at their first space (a run of whitespace is one space there, not in the draft),
    none of them empty; None when that is not known (see redactcheck.detect.regex.starts)."""
    try:
        parsed = _sre_parse.parse(pattern, flags)
    except (re.error, RecursionError, TypeError, ValueError):
        return None
    found = _edge_sequence(list(parsed.data), {}, leading=True)
    if found is None:
        return None
    cut = {string.split(" ", 1)[0] for string in found}
    if "" in cut:
        return None
    kept: list[str] = []  # a string that starts with another adds no place to look
    for string in sorted(cut, key=len):
        if not any(string.startswith(shorter) for shorter in kept):
            kept.append(string)
    return frozenset(kept)


def _shortest(literals: frozenset[str]) -> frozenset[str]:
    """The set without any string that contains another of it: a text holds one of the
    rest exactly when it holds one of the whole set, and fewer strings test faster."""
    kept: list[str] = []
    for literal in sorted(literals, key=len):
        if not any(shorter in literal for shorter in kept):
            kept.append(literal)
    return frozenset(kept)


def _selectivity(literals: frozenset[str]) -> tuple[int, int, int]:
    """How rare a set's strings are in text, roughly: by the length of the shortest without
    its outer spaces (" is " is hardly rarer than "is"), then by how few they are."""
    shortest = min(map(len, literals))
    return min(len(literal.strip()) for literal in literals), -len(literals), shortest


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


class _Scan:
    """Which of a fixed set of strings a folded text holds, found in one pass (one trie, looked
    for at every position). The answer for the last text is kept with that text as one pair,
    so threads sharing a Linter never read one text's answer for another's."""

    def __init__(self, literals: frozenset[str]) -> None:
        self._find = re.compile(f"(?=({trie_alternation(literals)}))").findall if literals else None
        # At each position the trie finds the longest string; the shorter ones it starts with
        # are there too, and are the only others that start at that position.
        self._prefixes = {
            lit: frozenset(lit[:n] for n in range(1, len(lit) + 1) if lit[:n] in literals)
            for lit in literals
        }
        self._last: tuple[str | None, frozenset[str]] = (None, frozenset())

    def present(self, lowered: str) -> frozenset[str]:
        """The strings that `lowered` holds, found once per text."""
        last = self._last
        if last[0] is lowered:
            return last[1]
        found = set(self._find(lowered)) if self._find else set()
        present = frozenset().union(*(self._prefixes[f] for f in found))
        self._last = (lowered, present)
        return present


class PrefilterGroup:
    """The literal prefilters of many patterns, tested together. Which of all their strings a
    text holds is found in one pass, and each pattern's test is then a set lookup: a hundred
    rules had each scanned the same draft for their own strings, three times as slow."""

    def __init__(self) -> None:
        self._patterns: list[tuple[str, int]] = []
        self._built: tuple[list[Literals], _Scan] | None = None  # on first use: see tests

    def add(self, patterns: Sequence[str], flags: int = 0) -> slice:
        """Join the patterns to the group; their tests are `tests()[slice]`."""
        start = len(self._patterns)
        self._patterns += [(pattern, flags) for pattern in patterns]
        self._built = None
        return slice(start, len(self._patterns))

    def tests(self) -> list[Callable[[str], bool] | None]:
        """Each pattern's test on `prefilter_text(text)` (None: no test, always run it),
        False only where the pattern cannot match; the first call analyses every pattern."""
        literals, scan = self._analysed()
        return [None if lit is None else _holds_one(scan, lit) for lit in literals]

    def literal_sets(self) -> list[Literals]:
        """Each pattern's strings (None: no test, always run it): the pattern can match only
        a text whose `present` strings share one with them. One pass over a text, then a set
        operation per pattern, without a call per pattern (see `tests`)."""
        return self._analysed()[0]

    def present(self, lowered: str) -> frozenset[str]:
        """The group's strings that `lowered` (`prefilter_text(text)`) holds, found once per
        text."""
        return self._analysed()[1].present(lowered)

    def _analysed(self) -> tuple[list[Literals], _Scan]:
        built = self._built
        if built is None:
            literals = [required_literals(p, flags) for p, flags in self._patterns]
            built = literals, _Scan(frozenset().union(*(lit for lit in literals if lit)))
            self._built = built
        return built


def _holds_one(scan: _Scan, literals: frozenset[str]) -> Callable[[str], bool]:
    return lambda lowered: not scan.present(lowered).isdisjoint(literals)


def any_of(tests: Sequence[Callable[[str], bool] | None]) -> Callable[[str], bool] | None:
    """One test for several patterns run together: False only where none can match; None
    (always run them) when any has no test."""
    if not tests or any(test is None for test in tests):
        return None
    every = tuple(test for test in tests if test is not None)
    return lambda lowered: any(test(lowered) for test in every)


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
            run += _fold(chr(value))
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
        return max(useful, key=_selectivity)
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
    strings the stretch can match: every match of the whole contains one of them. A stretch
    may begin with how the part before it ends ("\\d{1,3}" ends with "0") and end with how
    the part after it starts."""
    parts, edges = _parts(items, memo)
    found: list[frozenset[str]] = []
    cut_short = True  # an earlier stretch did not reach this far: start one here
    for first, part in enumerate(parts):
        if part is None:
            strings, cut_short = edges[first][1], True
            if strings is None:
                continue
        elif cut_short:
            strings = frozenset({""})
        else:
            continue
        cut_short = _stretch(parts, edges, first + int(part is None), strings, found)
    return found


Parts = tuple[list[Exact], list[tuple[Exact, Exact]]]


def _parts(items: list[tuple[Any, Any]], memo: Memo) -> Parts:
    """Each element's strings, a run of single strings ("w", "a", "r", "d") as one; for an
    element not spelt out (None), how its matches start and end."""
    parts: list[Exact] = []
    edges: list[tuple[Exact, Exact]] = []
    run: str | None = None  # single strings in a row, joined
    for op, value in items:
        name = str(op)
        part = frozenset({_fold(chr(value))}) if name == "LITERAL" else _exact(name, value, memo)
        if part is not None and len(part) == 1:
            run = _join(run or "", next(iter(part)))
            continue
        if run is not None:
            parts.append(frozenset({run}))
            edges.append((None, None))
            run = None
        parts.append(part)
        edges.append((None, None) if part is not None else _edges(name, value, memo))
    if run is not None:
        parts.append(frozenset({run}))
        edges.append((None, None))
    return parts, edges


def _stretch(
    parts: list[Exact],
    edges: list[tuple[Exact, Exact]],
    first: int,
    strings: frozenset[str],
    found: list[frozenset[str]],
) -> bool:
    """Join parts from `first` on to `strings`, adding each stretch to `found`, up to the
    start of the first part not spelt out. True when it stopped early (too many strings)."""
    for index in range(first, len(parts)):
        step = parts[index] if parts[index] is not None else edges[index][0]
        if step is None or len(strings) * len(step) > _JOIN_LIMIT:
            return parts[index] is not None
        strings = _cross(strings, step)
        found.append(strings)
        if parts[index] is None:
            return False
    return False


def _edges(name: str, value: Any, memo: Memo) -> tuple[Exact, Exact]:
    """(strings one of which every match of the part starts with, ... ends with); None
    where nothing is known."""
    return _edge(name, value, memo, leading=True), _edge(name, value, memo, leading=False)


def _edge(name: str, value: Any, memo: Memo, leading: bool) -> Exact:
    key = (id(value), "start" if leading else "end")
    if key not in memo:
        memo[key] = _edge_group(name, value, memo, leading)
    return memo[key]


def _edge_group(name: str, value: Any, memo: Memo, leading: bool) -> Exact:
    exact = _exact(name, value, memo)
    if exact is not None:
        return exact
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, _, body = value
        return _edge_sequence(list(body), memo, leading) if low >= 1 else None
    if name == "SUBPATTERN":
        return _edge_sequence(list(value[-1]), memo, leading)
    if name == "ATOMIC_GROUP":
        return _edge_sequence(list(value), memo, leading)
    if name == "BRANCH":
        union: set[str] = set()
        for alternative in value[1]:
            found = _edge_sequence(list(alternative), memo, leading)
            if found is None:
                return None
            union |= found
        return frozenset(union) if len(union) <= MAX_LITERALS else None
    return None


def _edge_sequence(items: list[tuple[Any, Any]], memo: Memo, leading: bool) -> Exact:
    """How a sequence starts (or ends): its parts from that side, spelt out as far as they
    can be, then how the first part that cannot be starts (or ends)."""
    strings: frozenset[str] = frozenset({""})
    for op, value in items if leading else reversed(items):
        part = _exact(str(op), value, memo)
        whole = part is not None
        if not whole:
            part = _edge(str(op), value, memo, leading)
        if part is None or len(strings) * len(part) > MAX_LITERALS:
            break
        strings = _cross(strings, part) if leading else _cross(part, strings)
        if not whole:
            break
    return None if strings == frozenset({""}) else strings


def _collapse(text: str) -> str:
    """Whitespace runs as prefilter_text has them: one space."""
    return _WHITESPACE.sub(" ", text)


def _cross(heads: frozenset[str], tails: frozenset[str]) -> frozenset[str]:
    """Every head followed by every tail; each is collapsed already, so only where they
    meet can two spaces fall together."""
    return frozenset(_join(head, tail) for head in heads for tail in tails)


def _join(head: str, tail: str) -> str:
    return head + tail[1:] if head.endswith(" ") and tail.startswith(" ") else head + tail


def _exact(name: str, value: Any, memo: Memo) -> Exact:
    """Every string (lower-cased, whitespace as one space) that one parsed element can
    match, or None when they are too many to spell out. Zero-width elements match "".
    A part met again (the analysis looks into groups at every level) is taken from `memo`."""
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return frozenset({""})
    if name == "LITERAL":
        return frozenset({_fold(chr(value))})
    key = (id(value), "exact")
    if key not in memo:
        memo[key] = _exact_group(name, value, memo)
    return memo[key]


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
    """A run of literal characters is joined as one string before it is crossed: a list of
    key words is mostly such runs."""
    strings: frozenset[str] = frozenset({""})
    run = ""
    for op, value in items:
        name = str(op)
        if name == "LITERAL":
            run += _fold(chr(value))
            continue
        if run:
            strings, run = _cross(strings, frozenset({_collapse(run)})), ""
        part = _exact(name, value, memo)
        if part is None:
            return None
        strings = _cross(strings, part)
        if len(strings) > MAX_LITERALS:
            return None
    return _cross(strings, frozenset({_collapse(run)})) if run else strings


def _exact_repeat(value: Any, memo: Memo) -> Exact:
    """A repeat of whitespace is one space (none too, if it may be absent); a repeat of one
    string (a digit, "\\d{1,4}") is spelt out up to 16 times, of more, up to two."""
    low, high, body = value
    items = list(body)
    if len(items) == 1 and _is_space(str(items[0][0]), items[0][1]):
        return frozenset({" "} | ({""} if low == 0 else set()))
    once = _exact_sequence(items, memo)
    if once is None or high > (_SPELT_REPEATS if len(once) == 1 else 2):
        return None
    if len(once) == 1:
        (single,) = once
        return frozenset(_collapse(single * times) for times in range(low, high + 1))
    strings = {""} if low == 0 else set()
    if low <= 1 <= high:
        strings |= once
    if high == 2:
        strings |= _cross(once, once)
    return frozenset(strings) if len(strings) <= MAX_LITERALS else None


def _exact_class(members: Any) -> Exact:
    """A character class of a few literal characters or small ranges, whitespace and digits;
    a negated class or any other category (\\w) is not spelt out."""
    chars: set[str] = set()
    for kind, member in members:
        kind = str(kind)
        if kind == "LITERAL":
            chars.add(chr(member))
        elif kind == "RANGE" and member[1] - member[0] < _SMALL_SET:
            chars.update(map(chr, range(member[0], member[1] + 1)))
        elif kind == "CATEGORY" and str(member) in ("CATEGORY_SPACE", "CATEGORY_DIGIT"):
            chars.add(" " if str(member) == "CATEGORY_SPACE" else "0")
        else:
            return None
    strings = frozenset(map(_fold, chars))
    return strings if len(strings) <= _SMALL_SET else None
