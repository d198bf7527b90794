"""The subject model (issue 15): a person named in full whose names the rules make strong only
because the draft is about a case or the name comes again is weak when no mention of theirs
reads like the case, and not reported at all when the model is very sure of it.

Drafts and names are invented. The mechanism is tested with hand-made models, so it does not
depend on the fitted weights; the shipped model is tested on the shapes it was fitted for.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from redactcheck import Linter
from redactcheck.config import Config
from redactcheck.resources import data_dir
from redactcheck.risk import place_weight_table
from redactcheck.risk.explain import explanation, render_text
from redactcheck.risk.strength import (
    AROUND,
    AROUND_EVIDENCE,
    AROUND_THE_CASE,
    around_the_case,
    mention_facts,
    with_strength,
)
from redactcheck.risk.subject_model import SubjectModel, mention_features, subject_model
from redactcheck.types import reaches_fail_on

WORKSHOP = (
    "Notes from the regional practice day, about the children we work with.\n\n"
    "The keynote was given by Dorothea Quenby. Quenby argued that recording is a relationship.\n"
)
FORUM = (
    "This term's practice forum was about the families we work with.\n\n"
    "Dorothea Quenby opened with a question about trust. Dorothea Quenby then asked us to draw "
    "our own networks.\n"
)
CASE_NOTE = (
    "Visited Tamsin Orrell at home today. The flat was cold and there was little food in.\n\n"
    "Tamsin said she had not eaten since Tuesday.\n"
)
UNSURE = SubjectModel(weights={}, threshold=0.6)  # every chance is 0.5: below its threshold
SURE = SubjectModel(weights={}, threshold=0.4)  # every chance is 0.5: above its threshold
CERTAIN = SubjectModel(weights={}, threshold=0.6, drop_below=0.6)  # and below its drop_below


@pytest.fixture(scope="module")
def rules() -> Linter:
    """The rules alone, without the subject model: the findings a model is given to judge."""
    return Linter(subject_model=None)


def _names(findings: Any) -> list[tuple[str, str]]:
    return [(f.text, f.strength) for f in findings if f.category == "PERSON"]


def test_a_person_named_softly_is_weak_when_the_model_doubts_them(rules: Linter) -> None:
    findings = rules.check(FORUM).findings
    assert _names(with_strength(FORUM, findings, UNSURE)) == [("Dorothea Quenby", "weak")] * 2
    assert _names(with_strength(FORUM, findings, SURE)) == [("Dorothea Quenby", "strong")] * 2


def test_a_person_the_model_is_sure_of_is_not_reported(rules: Linter) -> None:
    findings = rules.check(FORUM).findings
    kept, around = around_the_case(FORUM, findings, CERTAIN)
    assert _names(kept) == [] and [s.finding.role for s in around] == [AROUND, AROUND]
    assert all(s.finding.evidence.startswith(AROUND_EVIDENCE) for s in around)
    assert around_the_case(FORUM, findings, UNSURE) == (list(findings), [])


def test_a_harder_reason_keeps_the_whole_person_strong(rules: Linter) -> None:
    text = (
        "The core group met on Friday and Callum Ardrey was there from the start.\n\n"
        "Later Callum Ardrey said very little.\n"
    )  # the first mention has a case word near it ("core group"); the second has nothing
    findings = rules.check(text).findings
    assert _names(with_strength(text, findings, UNSURE)) == [
        ("Callum Ardrey", "strong"),
        ("Callum Ardrey", "strong"),
    ]
    assert around_the_case(text, findings, CERTAIN)[1] == []


def test_a_person_known_only_by_a_first_name_is_never_judged(rules: Linter) -> None:
    text = "Met Brannoch on Monday about the plan.\n\nLater Brannoch called back to say he would come.\n"
    findings = rules.check(text).findings
    assert _names(with_strength(text, findings, UNSURE)) == [
        ("Brannoch", "strong"),
        ("Brannoch", "strong"),
    ]
    assert around_the_case(text, findings, CERTAIN)[1] == []


def test_one_mention_that_reads_like_the_case_is_enough(rules: Linter) -> None:
    findings = rules.check(FORUM).findings
    facts = mention_facts(FORUM, findings[1], findings)
    second = mention_features(FORUM, findings[1].start, findings[1].end, facts)
    only_the_second = next(f for f in second if f.startswith("n1="))  # "then", after it
    model = SubjectModel(weights={only_the_second: 3.0}, threshold=0.6, drop_below=0.6)
    assert {s for _, s in _names(with_strength(FORUM, findings, model))} == {"strong"}
    assert around_the_case(FORUM, findings, model)[1] == []


def test_features_read_names_by_kind_never_by_who() -> None:
    text = "Thanks to Kayla Brightwater and Jonty Pereira-Oakes for the session."
    start = text.index("Jonty")
    features = mention_features(text, start, start + len("Jonty Pereira-Oakes"), ("case",))
    assert "w=<name>" in features and "fact=case" in features and "w=session" in features
    assert not any("kayla" in f or "brightwater" in f for f in features)


def test_the_shipped_model_on_a_speaker_and_a_case_note(linter: Any) -> None:
    model = subject_model()
    assert model is not None and 0 < model.drop_below < model.threshold < 1
    workshop = linter.check(WORKSHOP)
    assert _names(workshop.findings) == [("Dorothea Quenby", "weak"), ("Quenby", "weak")]
    assert not reaches_fail_on(workshop, "default") and reaches_fail_on(workshop, "any-direct")
    case = linter.check(CASE_NOTE)
    assert {s for _, s in _names(case.findings)} == {"strong"}
    assert reaches_fail_on(case, "default")


def test_the_shipped_model_names_what_it_was_fitted_on() -> None:
    raw = json.loads((data_dir("models") / "roles" / "subject_model.json").read_text("utf-8"))
    assert raw["fitted_on"] and not any(
        name in path for path in raw["fitted_on"] for name in ("corpus8", "corpus12", "corpus15")
    )
    assert not any(w.startswith("w=kayla") for w in raw["weights"])


def test_a_name_the_user_calls_a_subject_is_never_judged() -> None:
    forced = Linter(Config(subjects=("Dorothea Quenby",))).check(WORKSHOP)
    assert {s for _, s in _names(forced.findings)} == {"strong"} and forced.has_strong_direct


def test_json_and_explain_say_why_the_name_is_weak_or_not_reported(linter: Any) -> None:
    report = linter.check(WORKSHOP)
    assert [f.to_dict()["evidence"] for f in report.findings] == [AROUND_THE_CASE] * 2
    lines = render_text(explanation(report, place_weight_table(), True))
    weak = f"  Dorothea Quenby: reported, but alone it does not refuse the draft: {AROUND_THE_CASE}"
    assert weak in lines
    dropped = Linter(subject_model=CERTAIN).check(FORUM)
    assert [f.to_dict()["role"] for f in (s.finding for s in dropped.suppressed)] == [AROUND] * 2
    lines = render_text(explanation(dropped, place_weight_table(), True))
    said = f"  Dorothea Quenby: someone around the case, not in it, not reported: {AROUND_EVIDENCE}"
    assert any(line.startswith(said) for line in lines)
    lone = render_text(explanation(linter.check("I spoke to Brannoch about it.\n"), {}, True))
    assert lone[1:] == [
        "  Brannoch: reported, but alone it does not refuse the draft: nothing near it says whose name it is"
    ]
