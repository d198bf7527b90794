"""How likely a name is someone the case is about: a small learned model over the words
around each mention of the person.

The rules in `strength` make a name strong evidence when the draft is about a case and the
name is said in full or said again. On published writing that is also true of the people
around a case: the speaker of a session, a colleague thanked twice, a researcher discussed at
length. The words around them differ: "her mum", "Jayden's school", "we visited" against
"led the session", "as she argues", "thanks to". `SubjectModel` weighs those words (and the
shape and place of the name) with a logistic model fitted by `models/fit_subjects.py` on the
project's annotated development drafts, and gives each person (the mentions that share a name
word) the highest chance among their mentions: one mention that reads like the case is enough.

It never hides a finding: a name it thinks unlikely to be a subject stays reported, only weak
(see `strength`), and a name with a family word, an age, a place or a contact detail near it
is strong whatever the model says.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Mapping, Sequence

from redactcheck.resources import data_dir, word_list

_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|\d+|[^\w\s]")
SPAN = 6  # tokens either side of a mention read as its context
NEAR_TOKENS = 2  # the nearest tokens are read with their position too ("p1=by", "n1=,")


def _tokens(text: str) -> list[str]:
    """The words of `text` as features: ordinary words lower-cased; a number, or a word that
    is a name (in the first-name list, or capitalised and in no word list), by its kind, so the
    model learns how people are written about, never who they are."""
    return [_token(m.group()) for m in _TOKEN.finditer(text)]


def _token(word: str) -> str:
    if word.isdigit():
        return "<number>"
    lowered = word.lower()
    if lowered in word_list("frequent_words.txt"):
        return lowered
    if lowered in word_list("first_names.txt") or (
        word[:1].isupper() and lowered not in word_list("common_words.txt")
    ):
        return "<name>"
    return lowered


def _shape(written: str) -> str:
    """The mention's shape: "Xx", "Xx Xx", "X. Xx", "x", "XX"..."""
    parts = []
    for word in written.split():
        if word.isupper() and len(word) > 1:
            parts.append("XX")
        elif word[:1].isupper():
            parts.append("X." if word.endswith(".") or len(word) == 1 else "Xx")
        else:
            parts.append("x")
    return " ".join(parts[:3])


def _line_of(text: str, start: int, end: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return line_start, (len(text) if line_end < 0 else line_end)


def mention_features(text: str, start: int, end: int, facts: Iterable[str] = ()) -> list[str]:
    """The features of one mention at start..end: the words around it on its own line (the
    nearest with their place), its shape, where it stands on its line and in the draft, and
    `facts` the rules already know of it (a family word near it, said again...)."""
    written = text[start:end]
    line_start, line_end = _line_of(text, start, end)
    before = _tokens(text[max(line_start, start - 200) : start])[-SPAN:]
    after = _tokens(text[end : min(line_end, end + 200)])[:SPAN]
    features = ["bias", f"shape={_shape(written)}", *(f"fact={f}" for f in facts)]
    for i, token in enumerate(reversed(before[-NEAR_TOKENS:]), 1):
        features.append(f"p{i}={token}")
    for i, token in enumerate(after[:NEAR_TOKENS], 1):
        features.append(f"n{i}={token}")
    features += [f"w={t}" for t in set(before + after) if len(t) > 1 or t in ":()*\"'"]
    first = written.split()[0].strip(".,").lower() if written.split() else ""
    if first in word_list("first_names.txt"):
        features.append("first_name")
    line = text[line_start:line_end]
    if not text[line_start:start].strip(" \t*#>-•[]0-9:/"):
        features.append("line_start")
    if not text[end:line_end].strip(" \t*.,!"):
        features.append("line_end")
    features.append(f"line_words={min(len(line.split()), 12) // 4}")
    where = start / max(len(text), 1)
    features.append("draft_start" if where < 0.05 else "draft_end" if where > 0.9 else "draft_mid")
    return features


@dataclass(frozen=True)
class SubjectModel:
    """Feature weights of a logistic model: the chance a mention names a person of the case."""

    weights: Mapping[str, float]
    threshold: float  # below this chance a person named only softly is weak (`strength`)
    drop_below: float = 0.0  # below this chance a person named in full is not reported

    def logit(self, features: Sequence[str]) -> float:
        return sum(self.weights.get(f, 0.0) for f in features)

    def chance(self, features: Sequence[str]) -> float:
        z = self.logit(features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


MODEL_FILE = "subject_model.json"


def read_model(path: Path) -> SubjectModel:
    raw = json.loads(path.read_text(encoding="utf-8"))
    return SubjectModel(
        weights={str(k): float(v) for k, v in raw["weights"].items()},
        threshold=float(raw["threshold"]),
        drop_below=float(raw.get("drop_below", 0.0)),
    )


@lru_cache(maxsize=1)
def subject_model() -> SubjectModel | None:
    """The shipped model (models/roles/subject_model.json), or None where it is absent."""
    path = data_dir("models") / "roles" / MODEL_FILE
    return read_model(path) if path.is_file() else None
