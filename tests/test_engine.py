"""The engine's own step between the recognisers and the merge."""

from __future__ import annotations

from presidio_analyzer import RecognizerResult

from redactcheck.detect.engine import GRAMMAR_KEY, SOURCE_KEY, rule_stands_for_model


def _result(start: int, end: int, score: float, source: str, grammar: bool = True) -> RecognizerResult:
    meta = {SOURCE_KEY: source, GRAMMAR_KEY: source == "rule" and grammar}
    return RecognizerResult("PERSON", start, end, score, recognition_metadata=meta)


def test_a_rule_stands_for_the_model_on_the_same_span_at_the_higher_score() -> None:
    """ "her brother jack": the model's 0.85 and the kinship rule's 0.75 on one span leave
    one result, the rule's (its grammar is the evidence), scored 0.85."""
    kept = rule_stands_for_model([_result(12, 16, 0.85, "model"), _result(12, 16, 0.75, "rule")])
    assert [(r.recognition_metadata[SOURCE_KEY], r.score) for r in kept] == [("rule", 0.85)]


def test_a_rule_stands_for_the_model_reading_its_name_with_a_possessive_s() -> None:
    """ "wills dad": the model reads "wills", the possessive rule the name "will"; the rule's
    result stands for both, so Presidio's de-duplication does not drop it inside the word."""
    text = "wills dad is back"
    kept = rule_stands_for_model([_result(0, 5, 0.85, "model"), _result(0, 4, 0.6, "rule")], text)
    assert [(r.start, r.end, r.recognition_metadata[SOURCE_KEY], r.score) for r in kept] == [
        (0, 4, "rule", 0.85)
    ]
    other = "willow is back"  # the model's word goes on past the rule's: no possessive
    results = [_result(0, 6, 0.85, "model"), _result(0, 4, 0.6, "rule")]
    assert rule_stands_for_model(results, other) == results


def test_the_model_keeps_a_span_no_rule_found_exactly() -> None:
    results = [_result(0, 11, 0.85, "model"), _result(0, 5, 0.75, "rule")]
    assert rule_stands_for_model(results) == results


def test_a_word_list_does_not_stand_for_the_model() -> None:
    """A first-name list is no grammar: "gareth" found by the model and the list stays the
    model's (a lone name the model found is weak evidence)."""
    results = [_result(0, 6, 0.85, "model"), _result(0, 6, 0.6, "rule", grammar=False)]
    assert rule_stands_for_model(results) == results


def test_a_draft_with_a_kinship_word_before_a_name_that_is_a_word(linter) -> None:
    found = [(f.text, f.rule) for f in linter.check("her brother jack is staying there too").findings]
    # a grammar rule finds it (which one depends on whether the view reads "jack" as a name)
    assert [text for text, _ in found] == ["jack"] and found[0][1].startswith("name-")
