"""Front matter: YAML between `---` lines (Jekyll and others), TOML between `+++` (Hugo).

Static-site generators publish front-matter values (an `excerpt:` on the index
page, a `description:` in the page head, any key a theme reads), so every string
value is revealed on the canvas, under every key and at any depth, and no key
ever is: a key is the site's vocabulary, not the author's prose, and a key left
visible made "title: Notes" read as a labelled name. Values that are not strings
(dates, booleans, numbers) are not prose and stay blank. Front matter that does
not parse is revealed whole rather than miss a name. The author's own name
(`author`, `authors`, `author.name`) is collected so the Linter can treat it as
the byline wherever the body repeats it.
"""

from __future__ import annotations

import re
import sys
from typing import Any, Iterator

import yaml

from redactcheck.documents.canvas import Canvas

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

AUTHOR_KEYS = frozenset({"author", "authors"})
_FENCES = {"---": ("---", "..."), "+++": ("+++",)}
_NOT_PROSE = frozenset(
    f"tag:yaml.org,2002:{kind}" for kind in ("null", "bool", "int", "float", "timestamp", "binary")
)
_PROPERTIES = re.compile(r"(?:[&!][^\s]*[ \t]+)*")  # an anchor or tag before a value


class Unparseable(ValueError):
    """The block is not valid YAML or TOML."""


def front_matter(canvas: Canvas) -> int:
    """Reveal the string values of a leading front-matter block and collect its author
    names onto the canvas; return the number of lines the block takes (0: none)."""
    fence = canvas.line(0)[1].rstrip()
    if fence not in _FENCES:
        return 0
    lines = range(1, len(canvas.starts))
    end = next((n for n in lines if canvas.line(n)[1].rstrip() in _FENCES[fence]), 0)
    if not end:
        return 0
    base, stop = canvas.starts[1], canvas.starts[end]
    try:
        data = (_yaml if fence == "---" else _toml)(canvas, base, stop)
    except Unparseable:
        canvas.keep(base, stop)  # check all of it rather than miss a name
        return end + 1
    canvas.authors.extend(name for name in authors_in(data) if name not in canvas.authors)
    return end + 1


def authors_in(data: Any) -> Iterator[str]:
    """Names under any `author`/`authors` key, at any depth: a string, a list of them, or a
    mapping's `name` (`author: {name: ..., email: ...}`)."""
    if isinstance(data, dict):
        for key, value in data.items():
            if isinstance(key, str) and key.lower() in AUTHOR_KEYS:
                yield from _names(value)
            yield from authors_in(value)
    elif isinstance(data, list):
        for item in data:
            yield from authors_in(item)


def _names(value: Any) -> Iterator[str]:
    if isinstance(value, str) and value.strip():
        yield value.strip()
    elif isinstance(value, list):
        for item in value:
            yield from _names(item)
    elif isinstance(value, dict):
        yield from _names(value.get("name"))


# --- YAML -----------------------------------------------------------------------------


def _yaml(canvas: Canvas, base: int, stop: int) -> Any:
    """Compose (not construct: no objects are built) and reveal every string scalar."""
    try:
        root = yaml.compose(canvas.original[base:stop], Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        raise Unparseable from None
    return _YamlReveal(canvas, base).walk(root) if root is not None else None


class _YamlReveal:
    """Walks composed nodes once each (aliases and recursive anchors included), revealing
    string scalars and handing back their plain data for the author look-up."""

    def __init__(self, canvas: Canvas, base: int) -> None:
        self.canvas, self.base = canvas, base
        self.seen: set[int] = set()

    def walk(self, node: yaml.Node) -> Any:
        if id(node) in self.seen:
            return None
        self.seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            self._commas([value for _key, value in node.value], node.flow_style)
            return {k.value: self.walk(v) for k, v in node.value if isinstance(k, yaml.ScalarNode)}
        if isinstance(node, yaml.SequenceNode):
            self._commas(node.value, node.flow_style)
            return [self.walk(item) for item in node.value]
        if isinstance(node, yaml.ScalarNode) and node.tag not in _NOT_PROSE:
            self.canvas.keep(*self._span(node))
            return node.value
        return None

    def _span(self, node: yaml.ScalarNode) -> tuple[int, int]:
        """The scalar's text without its anchor or tag, quotes or block indicator line."""
        original = self.canvas.original
        start, end = self.base + node.start_mark.index, self.base + node.end_mark.index
        properties = _PROPERTIES.match(original, start, end)
        assert properties is not None  # it matches the empty string too
        start = properties.end()
        if node.style in ("'", '"'):
            start, end = start + 1, end - 1
        elif node.style in ("|", ">"):
            start = original.find("\n", start, end) + 1 or end
        return start, end

    def _commas(self, items: list[yaml.Node], flow: bool | None) -> None:
        """The commas between the items of a flow list (`[Joanne Pike, Sam Reid]`) stay, so
        two values never read as one run of words."""
        if not flow:
            return
        for left, right in zip(items, items[1:]):
            lo, hi = self.base + left.end_mark.index, self.base + right.start_mark.index
            comma = self.canvas.original.find(",", lo, hi)
            if comma >= 0:
                self.canvas.keep(comma, comma + 1)


# --- TOML -----------------------------------------------------------------------------


def _toml(canvas: Canvas, base: int, stop: int) -> Any:
    """Validate with tomllib, which gives no positions, then find the strings ourselves."""
    block = canvas.original[base:stop]
    try:
        data = tomllib.loads(block)
    except tomllib.TOMLDecodeError:
        raise Unparseable from None
    for start, end in TomlStrings(block).scan():
        canvas.keep(base + start, base + end)
    return data


class TomlStrings:
    """Where the contents of TOML string values are (after a key's `=`, inside arrays and
    inline tables), and the commas between items; never a key (bare or quoted) or a
    [table] header. Only runs over text tomllib has accepted, so it follows the grammar's
    outline, not its every rule."""

    def __init__(self, source: str) -> None:
        self.src, self.i = source, 0
        self.spans: list[tuple[int, int]] = []

    def scan(self) -> list[tuple[int, int]]:
        """Spans (start, end) to reveal, in order."""
        while True:
            self._blank(newlines=True)
            if self.i >= len(self.src):
                return self.spans
            before = self.i
            if self.src[self.i] == "[":
                self._header()
            else:
                self._key()
                self._value()
            self.i = max(self.i, before + 1)  # always move on, whatever the text

    def _peek(self) -> str:
        return self.src[self.i] if self.i < len(self.src) else ""

    def _blank(self, newlines: bool) -> None:
        """Skip spaces, tabs and comments (and line breaks when a value may span lines)."""
        while self.i < len(self.src):
            char = self.src[self.i]
            if char == "#":
                while self.i < len(self.src) and self.src[self.i] not in "\r\n":
                    self.i += 1
            elif char in " \t" or (newlines and char in "\r\n"):
                self.i += 1
            else:
                return

    def _header(self) -> None:
        """`[table]` or `[[array.of.tables]]`: quoted parts are skipped as keys."""
        while self.i < len(self.src) and self.src[self.i] not in "\r\n#":
            if self.src[self.i] in "\"'":
                self._string(reveal=False)
            else:
                self.i += 1

    def _key(self) -> None:
        """A dotted key up to and including its `=`; nothing of it is revealed."""
        while self.i < len(self.src):
            char = self.src[self.i]
            if char == "=":
                self.i += 1
                return
            if char in "\"'":
                self._string(reveal=False)
            elif char in "\r\n":
                return
            else:
                self.i += 1

    def _value(self) -> None:
        self._blank(newlines=False)
        char = self._peek()
        if char in ('"', "'"):
            self._string(reveal=True)
        elif char == "[":
            self._items("]", keyed=False)
        elif char == "{":
            self._items("}", keyed=True)
        else:  # a number, date, time or boolean: not prose
            while self.i < len(self.src) and self.src[self.i] not in ",]}\r\n#":
                self.i += 1

    def _items(self, closer: str, keyed: bool) -> None:
        """An array's values, or an inline table's `key = value` pairs."""
        self.i += 1
        while self.i < len(self.src):
            self._blank(newlines=True)
            if self._peek() in (closer, ""):
                self.i += 1
                return
            before = self.i
            if keyed:
                self._key()
            self._value()
            self._blank(newlines=True)
            if self._peek() == ",":  # kept, as in YAML, so two values never read as one
                self.spans.append((self.i, self.i + 1))
                self.i += 1
            self.i = max(self.i, before + 1)

    def _string(self, reveal: bool) -> None:
        """Any of TOML's four string forms; basic strings honour backslash escapes."""
        quote = self.src[self.i]
        triple = self.src.startswith(quote * 3, self.i)
        start = self.i + (3 if triple else 1)
        end = self._closing(quote, triple, start)
        if reveal and end > start:
            self.spans.append((start, end))
        self.i = end + (3 if triple else 1)

    def _closing(self, quote: str, triple: bool, at: int) -> int:
        """Offset of the closing delimiter; a multi-line string may end in one or two
        quotes of its own before the delimiter (`\"\"\"say "hi"\"\"\"`)."""
        while at < len(self.src):
            char = self.src[at]
            if char == "\\" and quote == '"':
                at += 2
                continue
            if char == quote and (not triple or self.src.startswith(quote * 3, at)):
                if triple:
                    run = len(self.src[at:]) - len(self.src[at:].lstrip(quote))
                    return at + min(run, 5) - 3
                return at
            at += 1
        return len(self.src)
