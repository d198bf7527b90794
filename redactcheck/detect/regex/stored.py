"""The rules' compiled regexes, kept between runs as Python keeps compiled modules.

Python's regex compiler is written in Python, and the shipped rules' patterns (their
key-word lists made into tries) took about a tenth of a CPU second to compile at every
start: most of what loading the rules costs, and most of what a one-file check spends
beyond loading the model. A compiled pattern is a list of numbers. The first run keeps
each rule pattern's list in the cache folder; later runs read them back and rebuild the
patterns in a moment.

What is kept: patterns and their compiled form, never draft text. One file per Python
version (its compiled form differs between versions), entries keyed by each pattern's own
text and flags, so a changed rule is compiled again and nothing stale is read. Entries are
made as `re.compile` makes them (the first of each run is compared with its result; the
tests compare every shipped pattern), and rebuilt only by the interpreter that made them.
The file is written whole or not at all (redactcheck.atomic); one that cannot be read or
written only makes a start slower.
"""

from __future__ import annotations

import _sre
import base64
import binascii
import hashlib
import json
import re
import sys
from array import array
from pathlib import Path
from typing import Any

from redactcheck.atomic import write_atomic
from redactcheck.detect.regex.first import guarded
from redactcheck.resources import cache_dir

if sys.version_info >= (3, 11):
    import re._compiler as _sre_compile
    import re._parser as _sre_parse
else:
    import sre_compile as _sre_compile
    import sre_parse as _sre_parse

# [flags, code, groups, groupindex, indexgroup], what _sre.compile takes; the code (numbers of
# CODESIZE bytes) as base64 text: a few bytes a number in memory, not a Python int each
Entry = list[Any]
_CODE = "I" if array("I").itemsize == _sre.CODESIZE else "L"
_INTERPRETER = f"{sys.implementation.name}|{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}"
_TAG = hashlib.sha256(_INTERPRETER.encode()).hexdigest()[:16]


class PatternStore:
    """Compiles patterns, from the kept compiled form where there is one."""

    def __init__(self, folder: Path | None = None) -> None:
        """`folder`: where to keep them; by default the user's cache folder, looked up when
        the first pattern is compiled."""
        self._folder = folder
        self._kept: dict[str, Entry] | None = None  # read on first use
        self._used: dict[str, Entry] = {}
        self._new = False
        self._done = False  # saved: the rest of the process compiles as re does
        self._checked = False  # the first pattern compiled here was compared with re's
        self.compiled_here = 0  # patterns this process compiled rather than read back

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        """What `re.compile(pattern, flags)` returns (and raises)."""
        if self._done:
            return re.compile(pattern, flags)
        key = f"{flags}|{pattern}"
        entry = self._entries().get(key)
        if entry is not None:
            rebuilt = _rebuilt(pattern, entry)
            if rebuilt is not None:
                self._used[key] = entry
                return rebuilt
        self.compiled_here += 1
        return self._compiled(key, pattern, flags)

    def _compiled(self, key: str, pattern: str, flags: int) -> re.Pattern[str]:
        """Compile a pattern the way re does, keeping its compiled form. The first one this
        process compiles is compared with `re.compile`'s own; should they ever differ (another
        Python's re), nothing is kept and every pattern goes to re.compile."""
        entry = _entry(pattern, flags)
        made = _rebuilt(pattern, entry) if entry is not None else None
        if made is not None and not self._checked:
            self._checked, self._done = True, made != re.compile(pattern, flags)
        if entry is None or made is None or self._done:
            return re.compile(pattern, flags)  # and its error, for a pattern that has one
        self._used[key], self._new = entry, True
        return made

    def compile_guarded(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        """The pattern with the look-ahead of its first characters in front (see
        redactcheck.detect.regex.first), the guarded text kept with its compiled form: working
        it out reads the pattern once more, which a start then need not do."""
        key = f"guarded|{flags}|{pattern}"
        entry = None if self._done else self._entries().get(key)
        if entry is not None:
            rebuilt = _rebuilt(entry[0], entry[1:])
            if rebuilt is not None:
                self._used[key] = entry
                return rebuilt
        text = guarded(pattern, flags)
        compiled = self.compile(text, flags)
        kept = self._used.get(f"{flags}|{text}")
        if kept is not None and not self._done:
            self._used[key], self._new = [text, *kept], True
        return compiled

    @property
    def path(self) -> Path | None:
        """The file of this interpreter's compiled patterns (None: no cache folder)."""
        try:
            folder = self._folder if self._folder is not None else cache_dir() / "patterns"
        except RuntimeError:  # no home folder to find the cache folder in
            return None
        return folder / f"patterns-{_TAG}.json"

    def save(self) -> None:
        """Keep the patterns this process compiled, if any was not kept yet; then let go of
        the compiled forms (the patterns hold their own copies)."""
        path = self.path
        if self._new and path is not None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
                write_atomic(path, json.dumps(self._used))
            except OSError:
                pass  # a folder that cannot be written to only means compiling again next time
        self._kept, self._used, self._new, self._done = {}, {}, False, True

    def _entries(self) -> dict[str, Entry]:
        if self._kept is None:
            self._kept = {}
            path = self.path
            if path is not None:
                try:
                    read = json.loads(path.read_text(encoding="utf-8"))
                except (OSError, ValueError):
                    read = None
                self._kept = read if isinstance(read, dict) else {}
        return self._kept


def _entry(pattern: str, flags: int) -> Entry | None:
    """The compiled form of a pattern, as re._compiler.compile makes it."""
    try:
        parsed = _sre_parse.parse(pattern, flags)
        numbers = array(_CODE, _sre_compile._code(parsed, flags))  # type: ignore[attr-defined]
    except (re.error, TypeError, ValueError, AttributeError, RecursionError, OverflowError):
        # re.compile itself gave the answer: only keeping its compiled form failed
        return None
    groups = parsed.state.groupdict
    names: list[str | None] = [None] * parsed.state.groups
    for name, number in groups.items():
        names[number] = name
    code = base64.b64encode(numbers.tobytes()).decode("ascii")
    return [int(flags | parsed.state.flags), code, parsed.state.groups - 1, dict(groups), names]


def _rebuilt(pattern: str, entry: Entry) -> re.Pattern[str] | None:
    """The pattern from its compiled form; None when the form is not one this interpreter
    takes (_sre checks the code it is given)."""
    try:
        flags, text, groups, groupindex, indexgroup = entry
        code = array(_CODE, base64.b64decode(text, validate=True)).tolist()
        return _sre.compile(pattern, flags, code, groups, groupindex, tuple(indexgroup))
    except (TypeError, ValueError, RuntimeError, OverflowError, binascii.Error):
        return None


STORE = PatternStore()  # the process's one store: the rule loader and the Linter share it
