"""Turning plain text and HTML (and, via redactcheck.markdown, Markdown) into checkable text plus directives.

The checkable `text` has exactly the length of the `original`: everything that
is not prose (markup, tags, front-matter keys...) becomes spaces and line
breaks stay put, so any offset a recogniser reports is also an offset into the
file and line/column are exact. Nothing here logs or writes draft text anywhere.
"""
from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from typing import NamedTuple


Directives = tuple[tuple[int, str], ...]
LINE_BREAK = re.compile(r"\r\n?|\n")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?")
_COMMENT_DIRECTIVE = re.compile(r"<!--\s*redactcheck:\s*(.*?)\s*-->", re.S)
_TEXT_DIRECTIVE = re.compile(r"^[ \t]*((?:#[ \t]*)?redactcheck:[ \t]*(.*?))[ \t]*\r?$", re.M)
_HTML_ATTR = re.compile(r"""\s(alt|title)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.I)
_HTML_HIDDEN = frozenset({"script", "style"})
# Tags that end one block of text and start another: their first two characters become a
# blank line on the canvas, so nothing found runs from a heading into the paragraph below.
_HTML_BLOCKS = frozenset(
    "address article aside blockquote body br dd div dl dt figcaption figure footer h1 h2 h3 h4 "
    "h5 h6 head header hr html li main nav ol p pre section table td th title tr ul".split())


class Converted(NamedTuple):
    """What a converter makes of an original: the same-length checkable text, the inline
    directives, and the author names its front matter gives (so the Linter knows the byline)."""

    text: str
    directives: Directives
    authors: tuple[str, ...] = ()


def convert(fmt: str, original: str) -> Converted:
    """Same-length checkable text, directives and authors of a "text", "markdown" or "html"
    original."""
    return _CONVERTERS[fmt](original)


class _Canvas:
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
        for match in _ENTITY.finditer(self.original, start, end):
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


def _plain_text(original: str) -> Converted:
    """Plain text is checked as is, apart from lines that are redactcheck directives."""
    canvas = _Canvas(original)
    canvas.keep(0, len(original))
    for match in _TEXT_DIRECTIVE.finditer(original):
        canvas.directives.append((match.start(1), match.group(2)))
        canvas.chars[match.start(1) : match.end(1)] = " " * (match.end(1) - match.start(1))
    return canvas.result()


class _HtmlReveal(HTMLParser):
    """Reveals visible text and alt/title values of an HTML fragment at their own offsets."""

    def __init__(self, canvas: _Canvas, base: int, fragment: str) -> None:
        super().__init__(convert_charrefs=False)
        self.canvas, self.base = canvas, base
        self.starts = [0] + [i + 1 for i, c in enumerate(fragment) if c == "\n"]
        self.hidden: str | None = None
        self.in_head = self.in_title = False

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.base + self.starts[line - 1] + column

    def _visible(self) -> bool:
        return self.hidden is None and (not self.in_head or self.in_title)

    def _block_edge(self, tag: str) -> None:
        if tag in _HTML_BLOCKS:
            at = self._offset()
            self.canvas.put(at, "\n")
            self.canvas.put(at + 1, "\n")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._block_edge(tag)
        if tag in _HTML_HIDDEN:
            self.hidden = tag
        self.in_head = tag == "head" or (self.in_head and tag != "body")
        self.in_title = self.in_title or tag == "title"
        if self._visible():
            at, raw = self._offset(), self.get_starttag_text() or ""
            for match in _HTML_ATTR.finditer(raw):
                group = next(g for g in (2, 3, 4) if match.group(g) is not None)
                self.canvas.keep_decoding(at + match.start(group), at + match.end(group))

    def handle_endtag(self, tag: str) -> None:
        self._block_edge(tag)
        if tag == self.hidden:
            self.hidden = None
        self.in_head = self.in_head and tag != "head"
        self.in_title = self.in_title and tag != "title"

    def handle_data(self, data: str) -> None:
        if self._visible():
            at = self._offset()
            self.canvas.keep(at, at + len(data))

    def handle_entityref(self, name: str) -> None:
        self._entity()

    def handle_charref(self, name: str) -> None:
        self._entity()

    def _entity(self) -> None:
        at = self._offset()
        match = _ENTITY.match(self.canvas.original, at)
        if match and self._visible():
            self.canvas.keep_decoding(at, match.end())

    def handle_comment(self, data: str) -> None:
        """A directive stays a directive; any other comment is published in the page
        source, so its text (not the `<!--` `-->` markers) is checked like prose."""
        at = self._offset()
        match = re.fullmatch(r"\s*redactcheck:\s*(.*?)\s*", data, re.S)
        if match:
            self.canvas.directives.append((at, match.group(1)))
            return
        opening = "<!--" if self.canvas.original.startswith("<!--", at) else "<!"
        start = at + len(opening)
        if self.canvas.original.startswith(data, start):
            self.canvas.keep(start, start + len(data))


def _reveal_html(canvas: _Canvas, start: int, end: int) -> None:
    """Shared by HTML files and HTML embedded in Markdown."""
    parser = _HtmlReveal(canvas, start, canvas.original[start:end])
    parser.feed(canvas.original[start:end])
    parser.close()


def _html_text(original: str) -> Converted:
    """An HTML file is one fragment: reveal its visible text and alt/title values."""
    canvas = _Canvas(original)
    _reveal_html(canvas, 0, len(original))
    return canvas.result()


def _markdown(original: str) -> Converted:
    from .markdown import markdown_text  # Markdown lives in its own module; it builds on this one

    return markdown_text(original)


_CONVERTERS = {"text": _plain_text, "markdown": _markdown, "html": _html_text}
