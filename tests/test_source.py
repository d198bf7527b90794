"""`Finding.source` says whether the statistical model or a rule found a finding; merge, evidence
strength and look-alike suppression read it, never the shape of a rule id ("ner-...")."""

from __future__ import annotations

import pytest

from redactcheck.detect.merge import merge
from redactcheck.detect.propagate import propagate_names
from redactcheck.detect.view import View
from redactcheck.risk.strength import evidence_strength
from redactcheck.suppress.lookalikes import person_lookalike
from redactcheck.types import SOURCES, Finding


def _finding(text: str, word: str, category: str, score: float, rule: str, source: str) -> Finding:
    start = text.index(word)
    return Finding(start, start + len(word), category, score, rule, "why", word, source=source)


def test_the_engine_says_which_findings_the_model_made(linter) -> None:
    text = "Kayla Brannigan's NHS number is 943 476 5919, she lives in Govan."
    found = linter.engine.find(View.plain(text))
    by_source = {f.source for f in found.raw}
    assert by_source <= set(SOURCES) and by_source == {"model", "rule"}
    model = [f for f in found.raw if f.source == "model"]
    assert model and all(f.rule.startswith("ner-") for f in model)  # the model's own rule ids


@pytest.mark.parametrize(
    "source,kept", [("model", ["Mosaic", "4471902"]), ("rule", ["Mosaic 4471902"])]
)
def test_a_rule_match_inside_a_model_span_wins_the_merge(source: str, kept: list[str]) -> None:
    """The model's span ("Mosaic 4471902" as a name) is the less precise: the number inside it
    wins and the name keeps what is left; a rule's span holds what it contains."""
    text = "see Mosaic 4471902 today"
    outer = _finding(text, "Mosaic 4471902", "PERSON", 0.85, "ner-person", source)
    inner = _finding(text, "4471902", "ID_NUMBER", 0.9, "record-id", "rule")
    assert [f.text for f in merge([outer, inner])] == kept


@pytest.mark.parametrize("source,strength", [("model", "weak"), ("rule", "strong")])
def test_only_a_lone_word_the_model_found_is_weak(source: str, strength: str) -> None:
    text = "I spoke to Quillan about the plan."
    name = _finding(text, "Quillan", "PERSON", 0.8, "ner-person", source)
    assert evidence_strength(text, name, [name]) == strength


@pytest.mark.parametrize("source,why", [("model", "common word"), ("rule", None)])
def test_a_name_that_is_a_word_is_let_go_only_when_the_model_found_it(source: str, why) -> None:
    """ "Grace" after a full stop may be the word; a rule's grammar ("called Grace") says not."""
    text = "Thanks. Grace was shown at the meeting."
    name = _finding(text, "Grace", "PERSON", 0.8, "name-called", source)
    assert person_lookalike(text, name) == why


def test_a_further_mention_of_a_name_the_model_found_is_the_repeat_rule_s() -> None:
    """ "Quillan" found by the model once makes the next "Quillan" a name by rule (name-repeat),
    which is never weak: the name is said twice."""
    text = "Quillan came in. Later Quillan rang."
    first = _finding(text, "Quillan", "PERSON", 0.8, "ner-person", "model")
    added = propagate_names(View.plain(text), [first])
    assert [(f.start, f.rule, f.source) for f in added] == [(23, "name-repeat", "rule")]


def test_a_cached_report_keeps_what_its_rules_declared(tmp_path) -> None:
    from redactcheck.batch.cache import ResultCache
    from redactcheck.types import Declared, Report, RiskScore

    text = "She has Prader-Willi syndrome."
    declared = Declared("distinctive", "a rare condition", "a rare condition")
    found = Finding(
        8, 20, "DEMOGRAPHIC", 0.8, "rare-condition", "why", "Prader-Willi", declared=declared
    )
    cache = ResultCache(tmp_path, "settings")
    cache.put(Report(text=text, findings=(found,), risk_score=RiskScore(40.0, "medium")))
    again = cache.get(text, "<text>")
    assert again is not None and again.findings[0].declared == declared
