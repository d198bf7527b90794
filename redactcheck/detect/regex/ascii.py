"""A rule's regex in ASCII mode, for drafts whose every character both modes read alike.

Python's `re` matches a str pattern in Unicode mode: "\\w", "\\b", "\\s" and "\\d" ask
Unicode's tables, and ignoring case lower-cases each character through them. In ASCII mode
the same tests are a look-up in a small table, and the rules' regexes run about a fifth
quicker. The two modes part only on
- characters beyond ASCII that are letters, digits or spaces to Unicode, or have a case
  ("é", a non-breaking space, "Ⅻ"): in the text they make ASCII mode read otherwise;
- the ASCII separators \\x1c-\\x1f, which are spaces to Unicode;
- the four characters that Unicode, ignoring case, takes for an ASCII letter ("İ", "ı",
  "ſ" and the Kelvin sign "K"): named in a pattern, they match "i", "s" or "k" only in
  Unicode mode.
So a pattern that names none of the four has an ASCII twin, and a draft that holds none of
the others (most drafts: curly quotes, dashes, "£" and emoji are read alike) is matched
with the twin: the same matches, groups and all.
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache
from typing import Any

if sys.version_info >= (3, 11):
    import re._parser as _sre_parse
else:
    import sre_parse as _sre_parse

from redactcheck.detect.regex.stored import STORE

TAKEN_FOR_ASCII = frozenset("\u0130\u0131\u017f\u212a")  # İ ı ſ K: see the module's doc
_SEPARATORS = frozenset("\x1c\x1d\x1e\x1f")


@lru_cache(maxsize=2)
def reads_alike(text: str) -> bool:
    """Unicode and ASCII mode read every character of the text alike (see the module's
    doc). Cached for the one text every rule tests in turn."""
    if not _SEPARATORS.isdisjoint(text):
        return False
    return text.isascii() or all(_inert(char) for char in set(text) if not char.isascii())


def _inert(char: str) -> bool:
    """A character beyond ASCII that neither mode takes for a letter, digit or space, and
    that has no case: a curly quote, a dash, "£", an emoji."""
    return not (char.isalnum() or char.isspace()) and char.lower() == char == char.upper()


def ascii_twin(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """The regex compiled in ASCII mode; None where it names one of TAKEN_FOR_ASCII (alone
    or in a range), or cannot be read or compiled so (it asks for Unicode mode itself)."""
    try:
        parsed = _sre_parse.parse(regex.pattern, regex.flags)
    except (re.error, RecursionError, TypeError, ValueError):
        return None
    if _names_taken_for_ascii(parsed.data):
        return None
    try:
        return STORE.compile(regex.pattern, regex.flags & ~re.UNICODE | re.ASCII)
    except (re.error, ValueError):
        return None


def _names_taken_for_ascii(node: Any) -> bool:
    """A parsed pattern (or part of one) names a character of TAKEN_FOR_ASCII: a literal, or
    a range that spans one, anywhere in it, look-arounds and negated classes too."""
    if isinstance(node, _sre_parse.SubPattern):
        node = node.data
    if isinstance(node, tuple) and len(node) == 2 and type(node[0]).__name__ == "_NamedIntConstant":
        op, value = str(node[0]), node[1]
        if op in ("LITERAL", "NOT_LITERAL"):
            return chr(value) in TAKEN_FOR_ASCII
        if op == "RANGE":
            return any(value[0] <= ord(char) <= value[1] for char in TAKEN_FOR_ASCII)
        return _names_taken_for_ascii(value)
    if isinstance(node, (list, tuple)):
        return any(_names_taken_for_ascii(part) for part in node)
    return False
