"""Markdown -> same-length checkable text: prose, links, code and front-matter values.

Uses markdown-it-py's tokens (with their line maps) rather than regexes, so
what counts as prose is what a Markdown renderer would show. Shares the
canvas, HTML and directive handling of redactcheck.documents.canvas.
"""

from __future__ import annotations

from typing import Sequence

from markdown_it import MarkdownIt
from markdown_it.helpers import parseLinkDestination, parseLinkTitle
from markdown_it.token import Token

from redactcheck.documents.canvas import COMMENT_DIRECTIVE, Canvas, Converted
from redactcheck.documents.front_matter import front_matter
from redactcheck.documents.html import reveal_html

_MD = MarkdownIt("commonmark").enable(["table", "strikethrough"]).disable("text_join")


def markdown_text(original: str) -> Converted:
    """Reveal what markdown-it sees as prose, links, code and front-matter values."""
    canvas = Canvas(original)
    skipped = front_matter(canvas)
    source = "\n" * skipped + original[canvas.starts[skipped] :] if skipped else original
    covered, previous = set(range(skipped)), ""
    cells: dict[int, int] = {}
    for token in _MD.parse(source):
        if token.map and not token.type.endswith(("list_open", "item_open", "blockquote_open")):
            covered.update(range(*token.map))
        if token.type == "inline" and token.map:
            offsets = _locate(
                canvas,
                token.map[0],
                token.content,
                cells if previous in ("th_open", "td_open") else None,
            )
            _InlineWalker(canvas, token.content, offsets).walk(token.children or [], 0)
        elif token.type in ("fence", "code_block") and token.map:
            first = token.map[0] + (token.type == "fence")
            for offset in _locate(canvas, first, token.content.rstrip("\n"), None):
                if offset >= 0:
                    canvas.keep(offset, offset + 1)
        elif token.type == "html_block" and token.map:
            _reveal_html_block(canvas, token.map, token.content)
        previous = token.type
    _reveal_references(canvas, covered)
    return canvas.result()


def _reveal_html_block(canvas: Canvas, lines: list[int], content: str) -> None:
    """An HTML block, read without its container's prefixes: inside a quote, "> " starts
    each line, and a comment over two quoted lines must read as one comment (a directive)."""
    start, end = canvas.line(lines[0])[0], canvas.line(lines[1])[0]
    raw = canvas.original[start:end]
    if raw.rstrip() == content.rstrip():  # no container around it: read as written
        reveal_html(canvas, start, end)
        return
    html = {o for o in _locate(canvas, lines[0], content.rstrip("\n"), None) if o >= 0}
    blanked = "".join(c if c.isspace() or start + i in html else " " for i, c in enumerate(raw))
    reveal_html(canvas, start, end, blanked)


def _locate(canvas: Canvas, first: int, content: str, cells: dict[int, int] | None) -> list[int]:
    """Map each character of a block's content back to an offset in the original (-1: none).

    markdown-it strips container prefixes ("> ", list indents) from each line, so
    each stripped content line is the tail of its source line; table cells are
    found left to right instead.
    """
    offsets, position = [-1] * len(content), 0
    for index, piece in enumerate(content.split("\n")):
        core, lead = piece.strip(), len(piece) - len(piece.lstrip())
        start, line = canvas.line(first + index)
        if cells is not None:
            at = line.find(core, cells.get(first + index, 0))
            cells[first + index] = at + len(core) if at >= 0 else cells.get(first + index, 0)
        else:
            at = (
                len(line.rstrip()) - len(core) if line.rstrip().endswith(core) else line.rfind(core)
            )
        if core and at >= 0:
            offsets[position + lead : position + lead + len(core)] = range(
                start + at, start + at + len(core)
            )
        position += len(piece) + 1
    return offsets


def _reveal_references(canvas: Canvas, covered: set[int]) -> None:
    """Lines markdown-it consumed without a token are link reference definitions: check the URL."""
    for number in range(len(canvas.starts)):
        start, line = canvas.line(number)
        if number not in covered and line.strip():
            label_end = line.find("]:")
            canvas.keep(start + (label_end + 2 if label_end >= 0 else 0), start + len(line))


class _InlineWalker:
    """Follows inline tokens through their block's content with a cursor, revealing prose."""

    def __init__(self, canvas: Canvas, content: str, offsets: list[int]) -> None:
        self.canvas, self.content, self.offsets = canvas, content, offsets
        self.in_autolink = False

    def keep(self, start: int, end: int) -> None:
        for offset in self.offsets[start:end]:
            if offset >= 0:
                self.canvas.keep(offset, offset + 1)

    def walk(self, tokens: Sequence[Token], cursor: int) -> int:
        for token in tokens:
            cursor = self.step(token, cursor)
        return cursor

    def step(self, token: Token, cursor: int) -> int:
        kind = token.type
        if kind == "link_open" and token.markup == "autolink":
            return self.autolink(cursor)
        if kind == "link_close":
            self.in_autolink, was = False, self.in_autolink
            return cursor if was else self.destination(cursor)
        if self.in_autolink:
            return cursor
        if kind == "text":
            return self.reveal(token.content, cursor, 0)
        if kind == "text_special":
            return self.special(token, cursor)
        if kind == "code_inline":
            return self.code(token.markup, cursor)
        if kind == "html_inline":
            return self.html(token.content, cursor)
        if kind == "image":
            return self.image(token, cursor)
        return cursor

    def special(self, token: Token, cursor: int) -> int:
        """A backslash escape (the escaped character is kept) or an entity (what it stands
        for is put in its place)."""
        skip = 1 if token.info == "escape" else 0
        end = self.reveal(token.markup, cursor, skip)
        if token.info == "entity" and end != cursor:
            start = end - len(token.markup)
            for i, char in enumerate(token.content[: len(token.markup)].ljust(len(token.markup))):
                self.canvas.put(self.offsets[start + i], char)
        return end

    def reveal(self, piece: str, cursor: int, skip: int) -> int:
        at = self.content.find(piece, cursor) if piece else -1
        if at < 0:
            return cursor
        self.keep(at + skip, at + len(piece))
        return at + len(piece)

    def code(self, run: str, cursor: int) -> int:
        opening = _find_run(self.content, run, cursor)
        closing = _find_run(self.content, run, opening + len(run)) if opening >= 0 else -1
        if closing < 0:
            return cursor
        self.keep(opening + len(run), closing)
        return closing + len(run)

    def html(self, raw: str, cursor: int) -> int:
        """Inline HTML gets the HTML treatment (alt/title, comments, directives) when on
        one line; a comment over several lines (inside a quote, say) is followed through
        the offsets, since its text is published in the page source too."""
        at = self.content.find(raw, cursor)
        if at < 0:
            return cursor
        first, last = self.offsets[at], self.offsets[at + len(raw) - 1]
        if first >= 0 and last - first == len(raw) - 1:
            reveal_html(self.canvas, first, last + 1)
        elif first >= 0 and (match := COMMENT_DIRECTIVE.fullmatch(raw)):
            self.canvas.directives.append((first, match.group(1)))
        elif raw.startswith("<!--") and raw.endswith("-->"):
            self.keep(at + 4, at + len(raw) - 3)
        return at + len(raw)

    def autolink(self, cursor: int) -> int:
        opening = self.content.find("<", cursor)
        closing = self.content.find(">", opening + 1) if opening >= 0 else -1
        if closing < 0:
            return cursor
        self.in_autolink = True
        self.keep(opening + 1, closing)
        return closing + 1

    def image(self, token: Token, cursor: int) -> int:
        at = self.content.find("![", cursor)
        if at < 0:
            return cursor
        self.walk(token.children or [], at + 2)
        return self.destination(at + 2 + len(token.content))

    def destination(self, cursor: int) -> int:
        """After link text: reveal the `(url "title")` part, the URL included."""
        close = self.content.find("]", cursor)
        if close < 0 or self.content[close + 1 : close + 2] != "(":
            return cursor if close < 0 else close + 1
        position = self.skip_space(close + 2)
        found = parseLinkDestination(self.content, position, len(self.content))
        if found.ok:
            angled = self.content[position : position + 1] == "<"
            self.keep(position + angled, found.pos - angled)
            position = self.skip_space(found.pos)
        title = parseLinkTitle(self.content, position, len(self.content))
        if title.ok:
            self.keep(position + 1, title.pos - 1)
            position = self.skip_space(title.pos)
        return position + 1 if self.content[position : position + 1] == ")" else position

    def skip_space(self, position: int) -> int:
        while self.content[position : position + 1] in (" ", "\t", "\n"):
            position += 1
        return position


def _find_run(text: str, run: str, start: int) -> int:
    """Next backtick run of exactly len(run), as a code span needs."""
    at = text.find(run, start)
    while at >= 0:
        if (at == start or text[at - 1] != "`") and text[at + len(run) : at + len(run) + 1] != "`":
            return at
        at = text.find(run, at + 1)
    return -1
