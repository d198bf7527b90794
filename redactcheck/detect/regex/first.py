"""Where a regex's matches can start: a look-ahead that turns the other positions away.

Python's `re` tries a pattern at every position of a text. When the pattern starts with a
character or a set of characters, the engine skips to the next position that has one
before it tries anything more; when it starts with "\\b", an optional part or a list of
alternatives, it walks into them everywhere. The street-address pattern opens with three
optional groups, so every position cost it three attempts. Reading from the parsed
pattern which characters a match can start with, and putting them first as a look-ahead
("(?=[0-9A-Z…])"), turns most positions away with one test. It only ever rejects a
position where no match can start, so the pattern finds exactly what it found before;
the tests compare the two on every shipped rule and every draft of the corpora.
"""

from __future__ import annotations

import re
import sys
from typing import Any

if sys.version_info >= (3, 11):
    import re._parser as _sre_parse
else:
    import sre_parse as _sre_parse

_ZERO_WIDTH = frozenset({"AT", "ASSERT", "ASSERT_NOT"})
_REPEATS = frozenset({"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"})
_ANCHORS = frozenset({"AT_BEGINNING", "AT_BEGINNING_LINE", "AT_BEGINNING_STRING"})
_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}
# Flags that change which characters a class matches: a part of the pattern that switches
# one on gets no look-ahead, but for a case-blind group in a pattern that minds case (see
# first_characters).
_CLASS_FLAGS = re.IGNORECASE | re.ASCII | re.LOCALE | re.UNICODE
_GLOBAL_FLAGS = re.compile(r"\A(?:\(\?[aiLmsux]+\))+")


class _Unknown(Exception):
    """A part whose first character cannot be told (any character, a back-reference...)."""


class _CaseBlind(Exception):
    """A case-blind part ("(?i:mum|dad)") in a pattern that minds case."""


def first_characters(pattern: str, flags: int = 0) -> str | None:
    """A character class ("[0-9A-Z]") holding the first character of every match of the
    pattern, read with the pattern's own flags; None when a match may be empty or may
    start with anything. Where a case-blind part may start a match of a pattern that minds
    case, the class ignores case as that part does ("(?i:[md])"): a wider class, never a
    narrower one."""
    try:
        return _class_of(pattern, flags)
    except _CaseBlind:
        found = _class_of(pattern, flags | re.IGNORECASE)
        return f"(?i:{found})" if found else None


def _class_of(pattern: str, flags: int) -> str | None:
    try:
        parsed = _sre_parse.parse(pattern, flags)
        found, may_be_empty = _sequence(list(parsed.data), parsed.state.flags)
    except (_Unknown, re.error, RecursionError, TypeError, ValueError):
        return None
    if may_be_empty or not found:
        return None
    return "[" + "".join(dict.fromkeys(found)) + "]"


def guarded(pattern: str, flags: int = 0) -> str:
    """The pattern with the look-ahead of its first characters in front; the pattern as
    it is when it starts with a character, a set or "^" (the engine already skips
    ahead then), may match the empty string, or is written verbosely."""
    parsed = _parsed(pattern, flags)
    if parsed is None or parsed.state.flags & re.VERBOSE or _starts_plainly(list(parsed.data)):
        return pattern
    first = first_characters(pattern, flags)
    if first is None:
        return pattern
    head = _GLOBAL_FLAGS.match(pattern)  # "(?i)" must stay the first thing in the pattern
    at = head.end() if head else 0
    return f"{pattern[:at]}(?={first})(?:{pattern[at:]})"


def _parsed(pattern: str, flags: int) -> Any:
    try:
        return _sre_parse.parse(pattern, flags)
    except (re.error, RecursionError, TypeError, ValueError):
        return None


def _starts_plainly(items: list[tuple[Any, Any]]) -> bool:
    """The pattern's first element is a character, a set or "^" (looked into groups)."""
    while items:
        op, value = items[0]
        name = str(op)
        if name == "SUBPATTERN":
            items = list(value[-1])
            continue
        return name in ("LITERAL", "IN") or (name == "AT" and str(value) in _ANCHORS)
    return True


def _sequence(items: list[tuple[Any, Any]], flags: int) -> tuple[list[str], bool]:
    """(class members a match of the sequence can start with, whether it may be empty).
    Zero-width parts (\\b, look-arounds) consume nothing: the next part starts the match."""
    found: list[str] = []
    for op, value in items:
        name = str(op)
        if name in _ZERO_WIDTH:
            continue
        first, may_be_empty = _item(name, value, flags)
        found += first
        if not may_be_empty:
            return found, False
    return found, True


def _item(name: str, value: Any, flags: int) -> tuple[list[str], bool]:
    if name == "LITERAL":
        return [re.escape(chr(value))], False
    if name == "IN":
        return _members(value), False
    if name == "SUBPATTERN":
        _, added, removed, body = value
        if added & re.IGNORECASE & ~flags:
            raise _CaseBlind  # read again as if the whole pattern ignored case
        if added & _CLASS_FLAGS & ~flags or removed & (_CLASS_FLAGS & ~re.IGNORECASE):
            raise _Unknown
        return _sequence(list(body), flags)
    if name == "ATOMIC_GROUP":
        return _sequence(list(value), flags)
    if name in _REPEATS:
        low, _, body = value
        first, may_be_empty = _sequence(list(body), flags)
        return first, may_be_empty or low == 0
    if name == "BRANCH":
        return _branch(value[1], flags)
    raise _Unknown  # any character, a negated character, a back-reference...


def _branch(alternatives: list[Any], flags: int) -> tuple[list[str], bool]:
    found: list[str] = []
    may_be_empty = False
    for alternative in alternatives:
        first, empty = _sequence(list(alternative), flags)
        found += first
        may_be_empty = may_be_empty or empty
    return found, may_be_empty


def _members(items: list[tuple[Any, Any]]) -> list[str]:
    """A parsed set's members written as a class again ("a-z", "\\d"); a negated set
    ([^...]) can start with almost anything."""
    members = []
    for op, value in items:
        name = str(op)
        if name == "LITERAL":
            members.append(re.escape(chr(value)))
        elif name == "RANGE":
            members.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        elif name == "CATEGORY" and str(value) in _CATEGORIES:
            members.append(_CATEGORIES[str(value)])
        else:
            raise _Unknown
    return members
