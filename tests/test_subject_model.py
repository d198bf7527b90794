"""The subject model (issue 15): a person named in full whose names the rules make strong only
because the draft is about a case or the name comes again is weak when no mention of theirs
reads like the case.

Drafts and names are invented. The mechanism is tested with hand-made models, so it does not
depend on the fitted weights; the shipped model is tested on the shapes it was fitted for.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from redactcheck import Linter
from redactcheck.config import Config
from redactcheck.resources import data_dir, word_list
from redactcheck.risk import place_weight_table
from redactcheck.risk.explain import explanation, render_text
from redactcheck.risk.strength import AROUND_THE_CASE, mention_facts, with_strength
from redactcheck.risk.subject_model import (
    WORD_FEATURES,
    SubjectModel,
    feature_word,
    mention_features,
    subject_model,
)
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
ROOT = Path(__file__).resolve().parent.parent
# The blind corpora (models/fit_subjects.py BLIND): never fitted on.
BLIND = (
    "corpus6 corpus7 corpus8 corpus11 corpus12 corpus13 corpus14 corpus15 corpus17 corpus19 corpus20"
    " corpus21 corpus23 corpus24 corpus25 corpus26 corpus28 corpus29 corpus30 corpus31 corpus32 corpus33"
).split()
UNSURE = SubjectModel(weights={}, threshold=0.6)  # every chance is 0.5: below its threshold
SURE = SubjectModel(weights={}, threshold=0.4)  # every chance is 0.5: above its threshold


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


def test_a_person_known_only_by_a_first_name_is_never_judged(rules: Linter) -> None:
    text = "Met Brannoch on Monday about the plan.\n\nLater Brannoch called back to say he would come.\n"
    findings = rules.check(text).findings
    assert _names(with_strength(text, findings, UNSURE)) == [
        ("Brannoch", "strong"),
        ("Brannoch", "strong"),
    ]


def test_one_mention_that_reads_like_the_case_is_enough(rules: Linter) -> None:
    findings = rules.check(FORUM).findings
    facts = mention_facts(FORUM, findings[1], findings)
    second = mention_features(FORUM, findings[1].start, findings[1].end, facts)
    only_the_second = next(f for f in second if f.startswith("n1="))  # "then", after it
    model = SubjectModel(weights={only_the_second: 3.0}, threshold=0.6)
    assert {s for _, s in _names(with_strength(FORUM, findings, model))} == {"strong"}


def test_features_read_names_by_kind_never_by_who() -> None:
    text = "Thanks to Kayla Brightwater and Jonty Pereira-Oakes for the session."
    start = text.index("Jonty")
    features = mention_features(text, start, start + len("Jonty Pereira-Oakes"), ("case",))
    assert "w=<name>" in features and "fact=case" in features and "w=session" in features
    assert not any("kayla" in f or "brightwater" in f for f in features)


def test_the_shipped_model_on_a_speaker_and_a_case_note(linter: Any) -> None:
    model = subject_model()
    assert model is not None and 0 < model.threshold < 1
    workshop = linter.check(WORKSHOP)
    assert _names(workshop.findings) == [("Dorothea Quenby", "weak"), ("Quenby", "weak")]
    assert not reaches_fail_on(workshop, "default") and reaches_fail_on(workshop, "any-direct")
    case = linter.check(CASE_NOTE)
    assert {s for _, s in _names(case.findings)} == {"strong"}
    assert reaches_fail_on(case, "default")


def test_the_shipped_model_reads_ordinary_words_only() -> None:
    """No name of a draft is in the model file: every word it reads is read as itself by
    `feature_word` (an ordinary word) or is a kind, and none is a word of a name marked in
    the corpora it was fitted on (a corpus it never read cannot leak into it; an ordinary
    word inside a name there, a nickname or a disguise, is no leak)."""
    raw = json.loads((data_dir("models") / "roles" / "subject_model.json").read_text("utf-8"))
    assert raw["fitted_on"] and not any(
        f"{name}/" in path for path in raw["fitted_on"] for name in BLIND
    )
    words = {k.split("=", 1)[1] for k in raw["weights"] if k.split("=", 1)[0] in WORD_FEATURES}
    assert words and all(w.startswith("<") or feature_word(w) == w for w in words)
    inside = set()
    fitted = {Path(path).parent.name for path in raw["fitted_on"]}
    for gold in sorted((ROOT / "tests").glob("corpus*/gold.jsonl")):
        if gold.parent.name not in fitted:
            continue
        for line in gold.read_text("utf-8").splitlines():
            for span in json.loads(line)["spans"] if line else ():
                if span["label"] != "PERSON":
                    continue
                found = re.findall(r"[^\W\d_][\w'’-]*|\d+", span["text"])
                inside.update(feature_word(w) for w in found)
    frequent = word_list("frequent_words.txt")  # "I", "say": ordinary words that a name holds
    assert not words & {w for w in inside if not w.startswith("<") and w not in frequent}


@pytest.mark.parametrize(
    ("word", "read"),
    [
        ("session", "session"),
        ("mum", "mum"),
        ("Kayla", "<name>"),
        ("kayla", "<name>"),  # a first name in lower case
        ("hughes", "<name>"),  # a surname
        ("deano", "<word>"),  # in no word list: not kept as itself
        ("whitfield82", "<code>"),
        ("2019", "<number>"),
    ],
)
def test_feature_word(word: str, read: str) -> None:
    assert feature_word(word) == read


def test_a_name_the_user_calls_a_subject_is_never_judged() -> None:
    forced = Linter(Config(subjects=("Dorothea Quenby",))).check(WORKSHOP)
    assert {s for _, s in _names(forced.findings)} == {"strong"} and forced.has_strong_direct


def test_json_and_explain_say_why_the_name_is_weak(linter: Any) -> None:
    report = linter.check(WORKSHOP)
    assert [f.to_dict()["evidence"] for f in report.findings] == [AROUND_THE_CASE] * 2
    lines = render_text(explanation(report, place_weight_table(), True))
    weak = f"  Dorothea Quenby: reported, but alone it does not refuse the draft: {AROUND_THE_CASE}"
    assert weak in lines
    lone = render_text(explanation(linter.check("I spoke to Brannoch about it.\n"), {}, True))
    assert lone[1:] == [
        "  Brannoch: reported, but alone it does not refuse the draft: nothing near it says whose name it is"
    ]


def test_a_name_written_in_disguise_is_never_judged(rules: Linter) -> None:
    text = FORUM.replace("Dorothea Quenby opened", "Doro\u200bthea Quenby opened")
    findings = rules.check(text).findings
    assert [f.written for f in findings if f.category == "PERSON"][0]  # how it was written
    assert {s for _, s in _names(with_strength(text, findings, UNSURE))} == {"strong"}


@pytest.mark.parametrize(
    "text",
    [
        "Afterwards Kayla said nothing. Kayla went quiet.\n",  # the model took in "Afterwards"
        "Sarah didn't want to talk much.\nSarah laughed at that.\n",  # "Sarah laughed"
    ],
)
def test_a_name_run_on_into_a_word_is_not_a_full_name(rules: Linter, text: str) -> None:
    findings = rules.check(text).findings
    assert {s for _, s in _names(with_strength(text, findings, UNSURE))} == {"strong"}


def test_a_first_name_two_full_names_share_belongs_to_neither(rules: Linter) -> None:
    text = (
        "At the practice forum we heard from Sarah Quenby and Sarah Lightfoot.\n\n"
        "Sarah stayed in all weekend. Later Sarah said very little.\n"
    )
    findings = rules.check(text).findings
    strengths = with_strength(text, findings, UNSURE)
    assert [f.strength for f in strengths if f.category == "PERSON"] == [
        "weak",
        "weak",
        "strong",
        "strong",
    ]


def test_a_subject_model_argument_that_names_nothing_is_an_error() -> None:
    with pytest.raises(ValueError, match="not SHIPPED"):
        with_strength("Met Brannoch.", [], "models/other.json")
