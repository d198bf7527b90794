"""YAML pattern rules as Presidio recognisers."""
from __future__ import annotations

import re
from typing import Iterator

from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from ..rules import RuleSpec
from .base import context_pattern, has_context, make_result
from .validators import VALIDATORS


class RuleRecognizer(LocalRecognizer):
    """Runs one rule's regexes, then its validator and context, over the text.

    Context is handled here rather than by Presidio's lemma enhancer so that a
    rule can *require* a context word and so that no lemmatiser is needed.
    """

    def __init__(self, spec: RuleSpec) -> None:
        self.spec = spec
        flags = 0 if spec.case_sensitive else re.IGNORECASE
        self.regexes = [re.compile(p, flags) for p in spec.patterns]
        self.validate = VALIDATORS[spec.validator] if spec.validator else None
        self.context_re = context_pattern(spec.context) if spec.context else None
        super().__init__(supported_entities=[spec.category.value], name=spec.id, supported_language="en")

    def load(self) -> None:
        """Nothing to load: regexes are compiled once in __init__."""

    def matches(self, text: str) -> Iterator[tuple[int, int, float]]:
        """(start, end, score) of every believable match, before any merging."""
        if self.spec.requires and not self._may_match(text):
            return
        for regex in self.regexes:
            for match in regex.finditer(text):
                start, end = match.span(self.spec.group)
                if start < 0 or end <= start:
                    continue
                score = self._score(text, start, end)
                if score is not None:
                    yield start, end, score

    def _may_match(self, text: str) -> bool:
        """A substring test that skips the regexes when none of the rule's key words is present."""
        lowered = text.lower()
        return any(word in lowered for word in self.spec.requires)

    def _score(self, text: str, start: int, end: int) -> float | None:
        if self.validate and not self.validate(text[start:end]):
            return None
        ctx = self.spec.context
        if ctx is None or self.context_re is None:
            return self.spec.score
        if has_context(text, start, end, ctx, self.context_re):
            return self.spec.score + ctx.boost
        return None if ctx.required else self.spec.score

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        spec = self.spec
        return [make_result(spec.category.value, s, e, score, spec.id, spec.why) for s, e, score in self.matches(text)]
