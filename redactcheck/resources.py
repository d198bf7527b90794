"""Find the packaged data folders (rules/, models/) in a wheel or a source checkout.

In a wheel they are installed inside the package (hatch force-include); in a
source checkout or editable install they sit at the top of the repository.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

# The baseline file a project keeps beside its posts (`redactcheck baseline`).
BASELINE_NAME = ".redactcheck-baseline.json"


def data_dir(name: str) -> Path:
    """The folder `rules` or `models`, wherever this installation keeps it."""
    packaged = Path(str(resources.files("redactcheck"))) / name
    if packaged.is_dir():
        return packaged
    source = Path(__file__).resolve().parent.parent / name
    if source.is_dir():
        return source
    raise FileNotFoundError(f"redactcheck data folder '{name}' is missing from this installation")


def cache_dir() -> Path:
    """The user's cache folder for redactcheck ($XDG_CACHE_HOME/redactcheck, else
    ~/.cache/redactcheck): results of earlier checks and compiled rule patterns, never text."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "redactcheck"


COMMENT_LINE = re.compile(r"(?m)^#.*$")


@lru_cache(maxsize=None)
def word_list(name: str) -> frozenset[str]:
    """A shipped one-word-a-line gazetteer (models/gazetteers/NAME), lower-cased, read once."""
    path = data_dir("models") / "gazetteers" / name
    if not path.is_file():
        return frozenset()
    text = COMMENT_LINE.sub("", path.read_text(encoding="utf-8").lower())
    return frozenset(
        filter(None, map(str.strip, text.splitlines()))
    )  # C-speed: 87,000 lines at every start


def read_phrases(name: str) -> tuple[str, ...]:
    """One entry a line from models/roles/NAME; `#` lines are comments."""
    path = data_dir("models") / "roles" / name
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(
        line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")
    )
