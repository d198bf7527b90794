"""The lexicon: every word list of domain knowledge, read from a file under `models/lexicon/`.

Code names a list (`LEXICON.words("titles")`) and never spells one out; the only lists written
in Python are English grammar, in `lexicon/words.py`. A list is read once, on first use, and
the same object serves every Linter of the process. A missing list is an error at the first use,
naming the file, never an empty set that silently lets everything through.

File format (`models/lexicon/NAME.txt`): one entry a line; `#` starts a comment line; blank
lines are skipped. `words()` lower-cases the entries for membership tests; `phrases()` keeps
them as written, in file order, for building patterns and replacement text.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from redactcheck.resources import COMMENT_LINE, data_dir


class Lexicon:
    """Named word lists from one folder (by default the shipped `models/lexicon/`)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder
        self._found: dict[str, Path] = {}  # name -> its file, once found

    def path(self, name: str) -> Path:
        """The file of the list `name`; a missing file is an error naming it. A list found
        once is not looked for again: a check asks for lists hundreds of times per draft,
        and finding the data folder and the file costs system calls each time."""
        found = self._found.get(name)
        if found is not None:
            return found
        folder = self.folder if self.folder is not None else data_dir("models") / "lexicon"
        path = folder / f"{name}.txt"
        if not path.is_file():
            raise FileNotFoundError(f"redactcheck lexicon list '{name}' is missing: {path}")
        self._found[name] = path
        return path

    def phrases(self, name: str) -> tuple[str, ...]:
        """The entries of list `name` as written, in file order, without duplicates."""
        return _read(self.path(name))

    def words(self, name: str) -> frozenset[str]:
        """The entries of list `name`, lower-cased, for membership tests."""
        return _lowered(self.path(name))


@lru_cache(maxsize=None)
def _read(path: Path) -> tuple[str, ...]:
    text = COMMENT_LINE.sub("", path.read_text(encoding="utf-8"))
    return tuple(dict.fromkeys(filter(None, map(str.strip, text.splitlines()))))


@lru_cache(maxsize=None)
def _lowered(path: Path) -> frozenset[str]:
    return frozenset(entry.lower() for entry in _read(path))


LEXICON = Lexicon()
