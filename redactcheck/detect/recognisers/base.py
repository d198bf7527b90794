"""What every redactcheck recogniser shares: results tagged with the rule that made them."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from redactcheck.detect.rulefile import Context
from redactcheck.types import Declared

RULE_KEY = "rule_id"
EXPLANATION_KEY = "explanation"
DECLARED_KEY = "declared"  # what the rule declares (facet, generalise_as...): a types.Declared


def make_result(
    category: str,
    start: int,
    end: int,
    score: float,
    rule_id: str,
    why: str,
    declared: Declared | None = None,
) -> RecognizerResult:
    """A Presidio result that remembers which rule found it, why it matters and what the
    rule declares about it."""
    return RecognizerResult(
        entity_type=category,
        start=start,
        end=end,
        score=min(1.0, max(0.0, score)),
        recognition_metadata={
            RULE_KEY: rule_id,
            EXPLANATION_KEY: why,
            DECLARED_KEY: declared or Declared(),
        },
    )


def context_pattern(context: Context) -> re.Pattern[str]:
    """One compiled alternation of a rule's context words, matched as whole words."""
    words = sorted(context.words, key=len, reverse=True)
    return re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE
    )


def has_context(
    text: str, start: int, end: int, context: Context, pattern: re.Pattern[str]
) -> bool:
    """Whether a context word sits within the window before (or half of it after) a match."""
    before = text[max(0, start - context.window) : start]
    after = text[end : end + context.window // 2]
    return bool(pattern.search(before) or pattern.search(after))
