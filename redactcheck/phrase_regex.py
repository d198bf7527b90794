"""A regex alternation of many literal phrases, shaped as a trie.

Python's `re` tries the branches of an alternation one by one at every
position, so a flat list of 700 public bodies costs 700 comparisons per word.
Sharing prefixes ("Scottish Children's Reporter", "Scottish Government") leaves
a handful of branches at each step. The trie still prefers the longest phrase:
each optional tail is greedy and backtracks to the shorter phrase.
"""
from __future__ import annotations

import re
from typing import Iterable

_END = ""  # marks the end of a phrase inside the trie


def trie_alternation(phrases: Iterable[str]) -> str:
    """A non-capturing regex that matches exactly the given phrases, longest first."""
    trie: dict = {}
    for phrase in phrases:
        if not phrase:
            continue
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _pattern(trie) if trie else "(?!)"


def _pattern(node: dict) -> str:
    """The regex for everything below one trie node."""
    ends_here = _END in node
    branches = [re.escape(char) + _pattern(child) for char, child in sorted(node.items()) if char != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        return "(?:" + body + ")?"
    return body
