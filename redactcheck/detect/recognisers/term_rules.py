"""YAML term lists (council, institution and place names) as one Presidio recogniser.

Every term of every rule goes into one index keyed by its first word, so
thousands of names cost one pass over the words of a text, not one regex each.
Terms and texts are cut into words by the same small tokeniser, so the index
needs no spaCy vocabulary: building 13,000 spaCy Docs for the terms took a
third of a second at every start, which a pre-commit hook pays on each commit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator, Sequence

from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redactcheck.detect.recognisers.base import context_pattern, has_context, make_result
from redactcheck.detect.rulefile import RuleSpec

# Words, and each other visible character on its own: "St Mary's" -> St, Mary, ', s
_WORD = re.compile(r"\w+|[^\w\s]")
_APOSTROPHES = "'’"


def term_words(term: str) -> tuple[str, ...]:
    """A term as the words the index compares."""
    return tuple(_WORD.findall(term))


@dataclass
class TermIndex:
    """Word sequences -> the rules that list them, found by their first word."""

    lower_case: bool
    # first word -> number of words -> word sequence -> rule ids
    by_first: dict[str, dict[int, dict[tuple[str, ...], list[str]]]] = field(default_factory=dict)

    def add(self, rule_id: str, term: str) -> None:
        words = term_words(term.lower() if self.lower_case else term)
        if words:
            rules = (
                self.by_first.setdefault(words[0], {})
                .setdefault(len(words), {})
                .setdefault(words, [])
            )
            if rule_id not in rules:
                rules.append(rule_id)

    def find(
        self, text: str, words: Sequence[re.Match[str]], tokens: Sequence[str] | None = None
    ) -> Iterator[tuple[str, int, int]]:
        """(rule id, start, end) of every listed term, overlapping ones included; `tokens`:
        the words' text, where the caller has it (both indexes read the same words)."""
        if tokens is None:
            tokens = [m.group() for m in words]
        keys = [token.lower() for token in tokens] if self.lower_case else tokens
        by_first = self.by_first
        for i in [i for i, key in enumerate(keys) if key in by_first]:  # most words start no term
            candidates = by_first[keys[i]]
            if _inside_a_word(text, words[i].start()):
                continue
            for length, sequences in candidates.items():
                end = i + length
                rules = sequences.get(tuple(keys[i:end]))
                if rules and _joined_on_one_line(text, words, i, end):
                    stop = words[end - 1].end()
                    if not _runs_on(text, stop):
                        for rule_id in rules:
                            yield rule_id, words[i].start(), stop


def _inside_a_word(text: str, start: int) -> bool:
    """ "Neill" in O'Neill is part of a surname, not a place."""
    return start >= 2 and text[start - 1] in _APOSTROPHES and text[start - 2].isalnum()


def _runs_on(text: str, stop: int) -> bool:
    """The word goes on past the term ("Don" in "Don't"); a possessive 's does not."""
    if stop + 1 < len(text) and text[stop] in _APOSTROPHES and text[stop + 1].isalpha():
        rest = text[stop + 1 : stop + 3]
        return not (rest[:1] in "sS" and (len(rest) < 2 or not rest[1].isalnum()))
    return False


def _joined_on_one_line(text: str, words: Sequence[re.Match[str]], first: int, end: int) -> bool:
    """The term's words are separated by spaces at most, never by a line break."""
    if end > len(words):
        return False
    for before, after in zip(words[first : end - 1], words[first + 1 : end]):
        gap = text[before.end() : after.start()]
        if gap and (not gap.isspace() or "\n" in gap or len(gap) > 3):
            return False
    return True


class TermRecognizer(LocalRecognizer):
    """Finds the terms of all term rules in a text."""

    def __init__(self, specs: Sequence[RuleSpec]) -> None:
        self.specs = {spec.id: spec for spec in specs}
        self.context_res = {s.id: context_pattern(s.context) for s in specs if s.context}
        self.lower = TermIndex(lower_case=True)
        self.exact = TermIndex(lower_case=False)
        for spec in specs:
            index = self.exact if spec.case_sensitive else self.lower
            for term in spec.terms:
                index.add(spec.id, term)
        categories = sorted({s.category.value for s in specs})
        super().__init__(
            supported_entities=categories or ["LOCATION"], name="terms", supported_language="en"
        )

    def load(self) -> None:
        """Nothing to load: the index is built once in __init__."""

    def find(self, text: str) -> list[tuple[str, int, int, float]]:
        """(rule id, start char, end char, score) of every term match in the text."""
        words = list(_WORD.finditer(text))
        tokens = [m.group() for m in words]  # once for both indexes
        found = []
        for index in (self.lower, self.exact):
            for rule_id, start, end in index.find(text, words, tokens):
                score = self._score(text, start, end, self.specs[rule_id])
                if score is not None:
                    found.append((rule_id, start, end, score))
        return found

    def _score(self, text: str, start: int, end: int, spec: RuleSpec) -> float | None:
        if spec.context is None:
            return spec.score
        if has_context(text, start, end, spec.context, self.context_res[spec.id]):
            return spec.score + spec.context.boost
        return None if spec.context.required else spec.score

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results = []
        for rule_id, start, end, score in self.find(text):
            spec = self.specs[rule_id]
            results.append(
                make_result(
                    spec.category.value, start, end, score, rule_id, spec.why, spec.declared
                )
            )
        return results
