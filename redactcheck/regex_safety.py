"""Refuse user regexes that can backtrack catastrophically.

Python's `re` has no timeout, so one rule like `(a+)+$` would hang the linter
(and a pre-commit hook) on a long line. We reject nested unbounded repetition
(star height above one), the shape behind nearly all such cases.
"""
from __future__ import annotations

try:  # Python 3.11+
    import re._constants as _c
    import re._parser as _parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

MAX_PATTERN_LENGTH = 2000
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT} | ({_c.POSSESSIVE_REPEAT} if hasattr(_c, "POSSESSIVE_REPEAT") else set())


def _children(op: object, arg: object) -> list:
    """The sub-patterns of one parsed node."""
    if op in _REPEATS:
        return [arg[2]]
    if op == _c.SUBPATTERN:
        return [arg[-1]]
    if op == _c.BRANCH:
        return list(arg[1])
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        return [arg[1]]
    if op == _c.GROUPREF_EXISTS:
        return [a for a in arg[1:] if a is not None]
    return []


def _unbounded_depth(pattern: object) -> int:
    """Deepest nesting of unbounded repeats in a parsed pattern."""
    deepest = 0
    for op, arg in pattern:
        inner = max((_unbounded_depth(c) for c in _children(op, arg)), default=0)
        if op in _REPEATS and arg[1] == _c.MAXREPEAT:
            inner += 1
        deepest = max(deepest, inner)
    return deepest


def check_regex_safe(pattern: str) -> str | None:
    """None when the pattern is safe to run, else the reason it is not."""
    if len(pattern) > MAX_PATTERN_LENGTH:
        return f"longer than {MAX_PATTERN_LENGTH} characters"
    try:
        parsed = _parser.parse(pattern)
    except Exception as error:  # noqa: BLE001 - any parse failure is a refusal
        return str(error)
    if _unbounded_depth(parsed) > 1:
        return "nested unbounded repetition such as (a+)+ can hang on long lines"
    return None
