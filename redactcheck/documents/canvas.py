"""The same-length canvas every converter keeps: the contract of the documents package.

The checkable `text` has exactly the length of the `original`: everything that
is not prose (markup, tags, front-matter keys...) becomes spaces and line
breaks stay put, so any offset a recogniser reports is also an offset into the
file and line/column are exact. Nothing here logs or writes draft text anywhere.
"""

from __future__ import annotations

import html
import re
from typing import NamedTuple

Directives = tuple[tuple[int, str], ...]
LINE_BREAK = re.compile(r"\r\n?|\n")
ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?")
COMMENT_DIRECTIVE = re.compile(r"<!--\s*redactcheck:\s*(.*?)\s*-->", re.S)
TEXT_DIRECTIVE = re.compile(r"^[ \t]*((?:#[ \t]*)?redactcheck:[ \t]*(.*?))[ \t]*\r?$", re.M)


class Converted(NamedTuple):
    """What a converter makes of an original: the same-length checkable text, the inline
    directives, and the author names its front matter gives (so the Linter knows the byline)."""

    text: str
    directives: Directives
    authors: tuple[str, ...] = ()


class Canvas:
    """A same-length, initially blank copy of the original; converters reveal prose onto it."""

    def __init__(self, original: str) -> None:
        self.original = original
        self.chars = [c if c in "\r\n" else " " for c in original]
        self.directives: list[tuple[int, str]] = []
        self.authors: list[str] = []
        self.starts = [0] + [m.end() for m in LINE_BREAK.finditer(original)]

    def keep(self, start: int, end: int) -> None:
        self.chars[start:end] = self.original[start:end]

    def put(self, offset: int, value: str) -> None:
        if 0 <= offset < len(self.chars):
            self.chars[offset] = value

    def keep_decoding(self, start: int, end: int) -> None:
        """Keep HTML text; an entity becomes its character followed by spaces."""
        self.keep(start, end)
        for match in ENTITY.finditer(self.original, start, end):
            value = html.unescape(match.group())[: len(match.group())]
            for i, char in enumerate(value.ljust(len(match.group()))):
                self.put(match.start() + i, char)

    def line(self, number: int) -> tuple[int, str]:
        """Start offset and content (without its line break) of a 0-based line."""
        if number >= len(self.starts):
            return len(self.original), ""
        start = self.starts[number]
        end = self.starts[number + 1] if number + 1 < len(self.starts) else len(self.original)
        return start, self.original[start:end].rstrip("\r\n")

    def result(self) -> Converted:
        return Converted("".join(self.chars), tuple(sorted(self.directives)), tuple(self.authors))
