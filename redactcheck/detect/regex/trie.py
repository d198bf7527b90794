"""Regex alternations of many literal phrases, shaped as tries.

Python's `re` tries the branches of an alternation one by one at every
position, so a flat list of 700 public bodies costs 700 comparisons per word.
Sharing prefixes ("Scottish Children's Reporter", "Scottish Government") leaves
a handful of branches at each step. The trie still prefers the longest phrase:
each optional tail is greedy and backtracks to the shorter phrase.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Sequence

from redactcheck.detect.regex.stored import STORE

_END = ""  # marks the end of a phrase inside the trie
APOSTROPHE = "['’]"  # either apostrophe, as a rule's pattern is read (see detect.rulefile)
# An innermost group, (?:...) or (?i:...), holding only words, hyphens,
# apostrophes (either, as a rule's pattern has them: see redactcheck.detect.rulefile), spaces,
# \s, \s+, \s*, \s? and |: a list of key words written by hand.
_WORD_GROUP = re.compile(r"\((\?i?:)((?:[\w'’ \-|]|\\s[+*?]?|\['’\])+)\)")
# One trie step kept whole: whitespace in a hand-written key-word list, or either apostrophe.
_WHOLE_STEP = re.compile(r"\\s[+*?]?|\['’\]")


def trie_alternation(phrases: Iterable[str]) -> str:
    """A non-capturing regex that matches exactly the given phrases, longest first."""
    return _trie_pattern([tuple(phrase) for phrase in phrases if phrase])


def compact_word_groups(pattern: str) -> str:
    """The same pattern with every hand-written list of key words ("(?i:mum|mam|dad|...)")
    turned into a trie. Python's `re` tries a list's branches one by one at every word,
    and the trie form made the role-word rules four times faster."""
    return _WORD_GROUP.sub(_compact_group, pattern)


@lru_cache(maxsize=1024)
def compile_rule_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A rule's regex, its key-word lists compacted; the pattern as written if the
    compact form should ever fail to compile (a rule's own errors still raise).
    Cached: the rule loader checks each pattern and the recogniser then uses it; and kept
    compiled between runs (see redactcheck.detect.regex.stored)."""
    try:
        return STORE.compile(compact_word_groups(pattern), flags)
    except re.error:
        return STORE.compile(pattern, flags)


def _compact_group(match: re.Match[str]) -> str:
    opener, body = match.group(1), match.group(2)
    alternatives = body.split("|")
    if len(alternatives) < 3 or not all(alternatives):
        return match.group(0)
    return "(" + opener + _trie_pattern([_steps(alternative) for alternative in alternatives]) + ")"


def _steps(alternative: str) -> tuple[str, ...]:
    """Characters, with each \\s, \\s+, \\s* or \\s? kept whole."""
    steps: list[str] = []
    position = 0
    while position < len(alternative):
        space = _WHOLE_STEP.match(alternative, position)
        end = space.end() if space else position + 1
        steps.append(alternative[position:end])
        position = end
    return tuple(steps)


def _trie_pattern(sequences: Sequence[tuple[str, ...]]) -> str:
    """One regex for all the step sequences ("(?!)", matching nothing, for none)."""
    trie: dict = {}
    for sequence in sequences:
        node = trie
        for step in sequence:
            node = node.setdefault(step, {})
        node[_END] = {}
    return _node_pattern(trie) if trie else "(?!)"


def _node_pattern(node: dict) -> str:
    """The regex for everything below one trie node."""
    branches = [
        _step_pattern(step) + _node_pattern(child)
        for step, child in sorted(node.items())
        if step != _END
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return "(?:" + body + ")?" if _END in node else body


def _step_pattern(step: str) -> str:
    return step if len(step) > 1 and _WHOLE_STEP.fullmatch(step) else re.escape(step)
