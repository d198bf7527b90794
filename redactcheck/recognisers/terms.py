"""YAML term lists as one Presidio recogniser backed by spaCy's PhraseMatcher.

A single PhraseMatcher holds every term of every rule, so thousands of council
and institution names cost one pass over the tokens, not one regex each.
"""
from __future__ import annotations

import re
from typing import Sequence

from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ..rules import RuleSpec
from .base import context_pattern, has_context, make_result


_PLAIN = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")


def _term_doc(nlp: Language, term: str) -> Doc:
    """A term as tokens: plain words split on spaces exactly as the tokenizer would,
    so only terms with punctuation pay for the tokenizer (start-up time)."""
    if _PLAIN.fullmatch(term):
        return Doc(nlp.vocab, words=term.split(" "))
    return nlp.make_doc(term)


class TermRecognizer(LocalRecognizer):
    """Finds the terms of all term rules in the shared spaCy parse."""

    def __init__(self, specs: Sequence[RuleSpec], nlp: Language) -> None:
        self.specs = {spec.id: spec for spec in specs}
        self.context_res = {s.id: context_pattern(s.context) for s in specs if s.context}
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        for spec in specs:
            matcher = self.exact if spec.case_sensitive else self.lower
            matcher.add(spec.id, [_term_doc(nlp, term) for term in spec.terms])
        categories = sorted({s.category.value for s in specs})
        super().__init__(supported_entities=categories or ["LOCATION"], name="terms", supported_language="en")

    def load(self) -> None:
        """Nothing to load: the matchers are built once in __init__."""

    def find(self, doc: Doc) -> list[tuple[str, int, int, float]]:
        """(rule id, start char, end char, score) of every term match in the doc."""
        found = []
        for matcher in (self.lower, self.exact):
            for match_id, start, end in matcher(doc):
                rule_id = doc.vocab.strings[match_id]
                spec = self.specs[rule_id]
                span = doc[start:end]
                score = self._score(doc.text, span.start_char, span.end_char, spec)
                if score is not None:
                    found.append((rule_id, span.start_char, span.end_char, score))
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
        if nlp_artifacts is None:
            return []
        results = []
        for rule_id, start, end, score in self.find(nlp_artifacts.tokens):
            spec = self.specs[rule_id]
            results.append(make_result(spec.category.value, start, end, score, rule_id, spec.why))
        return results
