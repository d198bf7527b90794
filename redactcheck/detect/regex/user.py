"""The user's own regexes (rule files, `allowlist_patterns`) run on RE2, so none can hang a check.

Python's `re` backtracks: `(a|aa)+$` on a long line of a's does not finish in
any lifetime, and no check of a pattern's shape catches every such case (the
nested-repetition check used before let that one through). RE2 (google-re2)
runs in time linear in the text for every pattern it accepts. It has no
look-arounds or back-references, so a pattern using them is refused at load
with a hint at what to write instead. Packaged rules are ours, tested on every
change and written with look-arounds: they stay on `re`.

Python's `\\w`, `\\d` and `\\s` match any script's letters, digits and spaces
("Siân", a no-break space pasted from Word); RE2's only ASCII ones. They are
rewritten to the Unicode classes before compiling, so a pattern means what it
meant under `re`. `\\b` stays ASCII in RE2: there is no Unicode word boundary.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

import re2

from redactcheck.errors import ConfigError

# Python's meaning of each Perl class, as the inside of an RE2 character class.
_CLASS_BODY = {
    "w": r"\p{L}\p{N}_",
    "d": r"\p{Nd}",
    "s": r"\t-\r\x{1c}-\x{20}\x{85}\x{a0}\x{1680}\x{2000}-\x{200a}"
    r"\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}",
}
# What RE2 refuses that Python accepts, and what to write instead (first match wins).
_HINTS = (
    (("(?<=", "(?<!", "(?=", "(?!"), "a look-around", "match the surrounding words as well{group}"),
    (
        tuple(f"invalid escape sequence: \\{d}" for d in "123456789") + ("(?P=",),
        "a back-reference",
        "repeat the group's pattern instead",
    ),
    (
        ("(?>", "++", "*+", "?+", "}+"),
        "an atomic group or possessive repeat",
        "write (?:...) for (?>...) and drop the '+' after a repeat (RE2 never backtracks)",
    ),
    (("(?x",), "verbose mode (?x)", "write the pattern without spaces and comments"),
    (("(?#",), "a (?#...) comment", "remove the comment"),
    (("too large",), "a pattern this large", "use smaller repeat counts such as {{1,50}}"),
    (("repetition size",), "a repeat count over 1000", "use a smaller count, or + and *"),
)
_ENGINE = "RE2, the engine that keeps your own patterns from hanging a check"
_SURROGATE = re.compile("[\ud800-\udfff]")
_GROUP_HINT = " and pick the part to flag with 'group:'"


class UserRegexError(ValueError):
    """A user pattern RE2 cannot run; `str()` says why and what to write instead."""


class LinearRegex:
    """An RE2 pattern with the parts of `re.Pattern` redactcheck uses: `finditer`, `search`,
    `groups`, `groupindex`, `pattern`. Its matches take group numbers only (`group_number`
    turns a name into one). A lone surrogate, which RE2's UTF-8 encoding refuses and no
    file read from disk holds, becomes U+FFFD first: one character, so offsets stay."""

    __slots__ = ("_regex",)

    def __init__(self, compiled: Any) -> None:
        self._regex = compiled

    @property
    def pattern(self) -> str:
        return str(self._regex.pattern)

    @property
    def groups(self) -> int:
        return int(self._regex.groups)

    @property
    def groupindex(self) -> dict[str, int]:
        return dict(self._regex.groupindex)

    def finditer(self, text: str, pos: int = 0) -> Iterator[Any]:
        return self._regex.finditer(_encodable(text), pos)

    def search(self, text: str) -> Any:
        return self._regex.search(_encodable(text))


def compile_user_regex(
    pattern: str, *, case_sensitive: bool = False, in_rule: bool = True
) -> LinearRegex:
    """The pattern compiled by RE2, case-insensitive unless asked (as rules and allowlist
    patterns always were); a pattern RE2 refuses raises UserRegexError saying what to
    write instead."""
    options = re2.Options()
    options.case_sensitive = case_sensitive
    options.log_errors = False  # RE2 would log to stderr beside our one-line error
    try:
        return LinearRegex(re2.compile(python_classes(pattern), options))
    except re2.error as error:
        raise UserRegexError(_explain(_message(error), in_rule)) from None


def group_number(regex: Any, group: int | str) -> int:
    """A group name as its number: RE2's matches take numbers only."""
    return regex.groupindex[group] if isinstance(group, str) else group


def _encodable(text: str) -> str:
    """The text RE2 can encode: a lone surrogate (only ever from an API caller) as U+FFFD."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


def _message(error: Exception) -> str:
    """RE2 gives its message as bytes."""
    detail = error.args[0] if error.args else ""
    return detail.decode("utf-8", "replace") if isinstance(detail, bytes) else str(detail)


def _explain(detail: str, in_rule: bool) -> str:
    """Why RE2 refused the pattern, and what to write instead."""
    for needles, what, instead in _HINTS:
        if any(needle in detail for needle in needles):
            fix = instead.format(group=_GROUP_HINT if in_rule else "")
            return f"{what} ({detail}) cannot run on {_ENGINE}: {fix}"
    return f"{detail} (in the syntax of {_ENGINE})"


def python_classes(pattern: str) -> str:
    """The pattern with Python's Unicode meaning of \\w \\d \\s (and \\W \\D \\S outside
    [...]), \\Z written as RE2's \\z and \\uXXXX as \\x{XXXX}. Inside [...], \\W \\D \\S
    keep RE2's ASCII meaning: a class cannot hold the negation of another."""
    out: list[str] = []
    i, in_class = 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\" and i + 1 < len(pattern):
            piece, i = _escape(pattern, i, in_class)
            out.append(piece)
            continue
        if char == "[" and not in_class:
            in_class, start = True, i
            i += 1 + (pattern[i + 1 : i + 2] == "^")
            i += pattern[i : i + 1] == "]"  # a ']' first in a class is a literal
            out.append(pattern[start:i])
            continue
        if in_class and pattern.startswith("[:", i):  # [[:alpha:]]
            end = pattern.find(":]", i + 2)
            end = len(pattern) if end < 0 else end + 2
            out.append(pattern[i:end])
            i = end
            continue
        in_class = in_class and char != "]"
        out.append(char)
        i += 1
    return "".join(out)


def _escape(pattern: str, i: int, in_class: bool) -> tuple[str, int]:
    """One escape sequence at pattern[i] as RE2 should see it, and where the next begins."""
    letter = pattern[i + 1]
    if letter == "Q":  # \Q...\E: literal text, copied untouched
        end = pattern.find("\\E", i + 2)
        end = len(pattern) if end < 0 else end + 2
        return pattern[i:end], end
    if letter.lower() in _CLASS_BODY and (letter.islower() or not in_class):
        body = _CLASS_BODY[letter.lower()]
        if in_class:
            return body, i + 2
        return ("[" if letter.islower() else "[^") + body + "]", i + 2
    if letter == "Z":
        return r"\z", i + 2
    width = {"u": 4, "U": 8}.get(letter)
    digits = pattern[i + 2 : i + 2 + width] if width else ""
    if width and len(digits) == width and all(c in "0123456789abcdefABCDEF" for c in digits):
        return "\\x{" + digits + "}", i + 2 + width
    return pattern[i : i + 2], i + 2


def allowlist_regex(pattern: str, source: str = "<config>") -> Any:
    """One `allowlist_patterns` entry compiled on RE2 (case-insensitive), which no pattern
    can make hang; one line naming the file and key when RE2 cannot run it."""
    try:
        return compile_user_regex(pattern, in_rule=False)
    except UserRegexError as error:
        problem = f"bad regex in 'allowlist_patterns' {pattern!r}: {error}"
        raise ConfigError(f"{source}: {problem}") from None
