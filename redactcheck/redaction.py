"""Replacing findings in the text, through presidio-anonymizer operators.

Only `tag` ([PERSON]) and `mask` are here for now; every category gets an
operator config, so a new style is a new operator, not new string splicing.
"""
from __future__ import annotations

from typing import Sequence

from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

from .types import Category, Finding

MASK_CHAR = "█"
_ENGINE = AnonymizerEngine()


def operators(style: str) -> dict[str, OperatorConfig]:
    """One Presidio operator per category for a redaction style."""
    if style == "mask":
        return {
            c.value: OperatorConfig("mask", {"masking_char": MASK_CHAR, "chars_to_mask": 10_000, "from_end": False})
            for c in Category
        }
    return {c.value: OperatorConfig("replace", {"new_value": f"[{c.value}]"}) for c in Category}


def redact(text: str, findings: Sequence[Finding], style: str = "tag") -> str:
    """The text with every finding replaced according to the style."""
    if not findings:
        return text
    results = [RecognizerResult(f.category, f.start, f.end, f.score) for f in findings]
    return _ENGINE.anonymize(text=text, analyzer_results=results, operators=operators(style)).text
