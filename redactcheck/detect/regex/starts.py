"""Where a regex's matches can start, found by string search: the regex tried only there.

Python's `re` tries a pattern at every position of a text, and a rule starting with a list
of words ("lives at", "aged", "flat", "known as" ...) pays for a try at each of a draft's
thousand-odd positions, although it matches at a handful. When every match of a pattern
starts with one of a few strings (read from the parsed pattern by
`redactcheck.detect.regex.prefilter.leading_strings`), the places where those strings occur
are found with `str.find`, and the pattern is tried with `match` there only, in order, each
search going on from the end of the last match as `finditer` does: the same matches, in the
same order. A draft where the strings are everywhere (a postcode's one or two letters) is
scanned as before.

The strings are compared with a copy of the draft of the same length, lower-cased, every
digit 0 (as `prefilter.folded` has them, whitespace aside). A draft in which `str.lower` and
the regex engine's ignoring of case could disagree (a dotted capital I, a long s, Greek
letters, see re's own table of such cases) is scanned as before.
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache
from typing import Iterator, Sequence

if sys.version_info >= (3, 11):
    from re._casefix import _EXTRA_CASES
else:  # pragma: no cover - Python 3.10 keeps the table in sre_compile
    from sre_compile import _ignorecase_fixes as _FIXES  # type: ignore[attr-defined]

    _EXTRA_CASES = {key: tuple(values) for key, values in _FIXES.items()}

_DIGIT = re.compile(r"\d")  # every character \d matches, as prefilter.folded has them


def _folded_apart() -> frozenset[str]:
    """Characters that the regex engine takes for another letter when it ignores case, where
    `str.lower` does not (and their capitals), with the dotted capital I, which lowers to two
    characters."""
    alike = {chr(code) for key, values in _EXTRA_CASES.items() for code in (key, *values)}
    alike |= {char.upper() for char in alike if len(char.upper()) == 1}
    return frozenset(char for char in alike if not char.isascii()) | {"\u0130", "\u0307"}


FOLDED_APART = _folded_apart()
MAX_STRINGS = 40  # more strings than this: the finds cost more than the scan they spare
SPARSE = 40  # tried at most at one position in this many (and a few more): else a scan


@lru_cache(maxsize=2)
def start_text(text: str) -> str | None:
    """The text as the leading strings are compared with it: lower-cased, every digit 0, same
    length; None where lower-casing could part from the engine's (see the module's doc).
    Cached for the one text every rule tests in turn."""
    lowered = text.lower()
    if len(lowered) != len(text) or not (text.isascii() or FOLDED_APART.isdisjoint(text)):
        return None
    return _DIGIT.sub("0", lowered)


def usable(strings: frozenset[str] | None) -> tuple[str, ...] | None:
    """The leading strings as `finditer` looks for them, or None where they would not pay
    (too many) or could not be compared safely (a letter the engine folds apart)."""
    if not strings or len(strings) > MAX_STRINGS:
        return None
    if any(not FOLDED_APART.isdisjoint(string) for string in strings):
        return None
    return tuple(sorted(strings))


def finditer(
    regex: re.Pattern[str], text: str, strings: Sequence[str] | None, position: int = 0
) -> Iterator[re.Match[str]]:
    """What `regex.finditer(text, position)` finds, where every match starts with one of
    `strings` (see `usable`; None: no such strings known)."""
    starts = _starts(text, strings, position) if strings else None
    if starts is None:
        return regex.finditer(text, position)
    return _matches_at(regex, text, starts)


def _starts(text: str, strings: Sequence[str], position: int) -> list[int] | None:
    """The positions from `position` on where one of the strings starts, in order; None where
    the text cannot be compared, or they are too many to try one by one."""
    folded = start_text(text)
    if folded is None:
        return None
    limit = (len(text) - position) // SPARSE + 4
    found: set[int] = set()
    for string in strings:
        at = folded.find(string, position)
        while at >= 0:
            found.add(at)
            if len(found) > limit:
                return None
            at = folded.find(string, at + 1)
    return sorted(found)


def _matches_at(regex: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """The regex tried at each start in turn, from the end of the last match on: no match
    is empty (each starts with a string of at least one character)."""
    reached = 0
    for at in starts:
        if at < reached:
            continue
        match = regex.match(text, at)
        if match is not None:
            reached = match.end()
            yield match
