"""HTML: the visible text and alt/title values, at their own offsets (also for HTML inside
Markdown)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from redactcheck.documents.canvas import ENTITY, Canvas, Converted
from redactcheck.lexicon import LEXICON

_HTML_ATTR = re.compile(r"""\s(alt|title)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.I)
_HTML_HIDDEN = frozenset({"script", "style"})
# Tags that end one block of text and start another: their first two characters become a
# blank line on the canvas, so nothing found runs from a heading into the paragraph below.
_HTML_BLOCKS = LEXICON.words("html_block_tags")


class _HtmlReveal(HTMLParser):
    """Reveals visible text and alt/title values of an HTML fragment at their own offsets."""

    def __init__(self, canvas: Canvas, base: int, fragment: str) -> None:
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
        match = ENTITY.match(self.canvas.original, at)
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


def reveal_html(canvas: Canvas, start: int, end: int, source: str | None = None) -> None:
    """Shared by HTML files and HTML embedded in Markdown. `source`, when given, is the same
    stretch with the characters that are not HTML (a quote's "> ") blanked, same length."""
    source = canvas.original[start:end] if source is None else source
    parser = _HtmlReveal(canvas, start, source)
    parser.feed(source)
    parser.close()


def html_text(original: str) -> Converted:
    """An HTML file is one fragment: reveal its visible text and alt/title values."""
    canvas = Canvas(original)
    reveal_html(canvas, 0, len(original))
    return canvas.result()
