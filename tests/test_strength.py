"""Evidence strength (issue 15): a lone word only the model called a name is weak.

A weak name is reported, but alone it neither fails the default --fail-on nor flags
the draft's risk; `--fail-on any-direct` keeps the strict rule. Names are invented.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from redactcheck import Linter
from redactcheck.batch import cache as cache_module
from redactcheck.risk.strength import evidence_strength, with_strength
from redactcheck.types import Finding, Report, RiskScore, reaches_fail_on
from test_cli import run  # noqa: F401  (the fixture: the real CLI in-process)

LONE = "I spoke to Brannoch about the plan yesterday and we agreed to meet again.\n"
KIN = "Her son Brannoch is struggling at school and we agreed to meet again.\n"
TWICE = "Met Brannoch on Monday about the plan.\n\nLater Brannoch called back to say he would be in for the next visit.\n"


def _names(report: Report) -> list[Finding]:
    return [f for f in report.findings if f.category == "PERSON"]


def _name_finding(
    text: str, word: str, rule: str = "ner-person", category: str = "PERSON", source: str = "model"
) -> Finding:
    start = text.index(word)
    return Finding(start, start + len(word), category, 0.8, rule, "why", word, source=source)


@pytest.mark.parametrize(
    "text,others,expected",
    [
        ("I spoke to Quillan about the plan.", [], "weak"),
        ("Her daughter Quillan is doing well.", [], "strong"),  # a family word
        ("The young person Quillan is doing well.", [], "strong"),  # a case word
        ("Quillan, who is 14, came too.", [("14", "AGE")], "strong"),  # an age near it
        ("Quillan lives in Auchterbrae now.", [("Auchterbrae", "LOCATION")], "strong"),  # a place near it
        ("Ring Quillan on 07700 900123.", [("07700 900123", "CONTACT")], "strong"),  # contact details near it
        # a second mention in a draft about a case (a visit, a paragraph away)
        ("Visited the flat today.\n\nQuillan came. Quillan left.", [], "strong"),
        # a second mention in a short note: as likely a case as a colleague's news
        ("Quillan came. Quillan left.", [], "strong"),
        # a second mention in a long draft about no case: a team's news names its people again
        ("Quillan came. Quillan left." + " The team meeting ran long." * 20, [], "weak"),
        ("The child, Quillan, is doing well.", [], "strong"),  # a general case word as its label
        ("Quillan argued that the rules protect children.", [], "weak"),  # children in general
        ("Quillan ran the session. A father asked the first question.", [], "weak"),  # next sentence
        ("Quillan ran the session, and a father asked the first question.", [], "strong"),
        ("Quillan runs the dads group.", [], "weak"),  # a family word naming a service
        ("Her mum rang. Quillan is upset.", [], "strong"),  # someone's family, a sentence before
    ],
    ids=[
        "lone", "family", "case-word", "age", "place", "contact", "second-mention",
        "second-mention-in-a-short-note", "second-mention-in-a-long-draft-about-no-case", "label",
        "in-general", "family-word-in-another-sentence", "family-word-in-its-sentence",
        "family-word-in-a-service-name", "someones-family-in-the-sentence-before",
    ],
)
def test_evidence_strength_of_a_model_name(text: str, others: list[tuple[str, str]], expected: str) -> None:
    name = _name_finding(text, "Quillan")
    context = [_name_finding(text, word, "test", category) for word, category in others]
    assert evidence_strength(text, name, [name, *context]) == expected


@pytest.mark.parametrize(
    "text,name,others,expected",
    [
        ("I spoke to Quillan Marsh-Ovie about the plan.", "Quillan Marsh-Ovie", [], "weak"),
        ("The talk by Quillan de la Marsh was good.", "Quillan de la Marsh", [], "strong"),  # four words
        ("Her son Quillan Marsh-Ovie is 9.", "Quillan Marsh-Ovie", [], "strong"),  # a family word
        ("Quillan Marsh lives in Auchterbrae.", "Quillan Marsh", [("Auchterbrae", "LOCATION")], "strong"),
        # the surname again, or the first name, in a draft about a case (a visit)
        ("I met Quillan Marsh. Later Marsh rang about the visit.", "Quillan Marsh", [], "strong"),
        (
            "I met Quillan Marsh on a visit. Quillan rang.",
            "Quillan Marsh",
            [("Quillan", "PERSON")],
            "strong",
        ),
        # in a long draft about no case the surname again is how a colleague is written of
        (
            "I met Quillan Marsh. Later Marsh rang." + " The team meeting ran long." * 20,
            "Quillan Marsh",
            [],
            "weak",
        ),
        # families in general are no case: a speaker in passing
        (
            "The panel spoke about working with fathers.\n\nQuillan Marsh chaired the day well.",
            "Quillan Marsh",
            [],
            "weak",
        ),
        # someone's family anywhere in the draft is a case
        (
            "The strategy meeting about the baby was long.\n\nQuillan Marsh was calm throughout.",
            "Quillan Marsh",
            [],
            "strong",
        ),
        ("Mum said no.\n\nQuillan Marsh was calm throughout.", "Quillan Marsh", [], "strong"),
        # the first part of a hyphenated first name again
        (
            "I met Quillan-Rae Marsh on Monday.\n\nLater Quillan rang about the visit.",
            "Quillan-Rae Marsh",
            [],
            "strong",
        ),
    ],
    ids=[
        "lone-full-name",
        "four-words",
        "family",
        "place",
        "surname-again",
        "first-name-finding",
        "surname-again-in-a-long-draft-about-no-case",
        "families-in-general",
        "someones-baby",
        "mum-alone",
        "hyphen-part-again",
    ],
)
def test_a_full_name_said_once_with_nothing_around_it_is_weak(
    text: str, name: str, others: list[tuple[str, str]], expected: str
) -> None:
    """A full name the model found, said once, with no family or case word, age, place or
    contact near it, is a name in passing (a speaker, an author nobody cited by year): weak.
    Any of those, or one of its words again, makes it strong."""
    finding = _name_finding(text, name)
    context = [  # each at its last occurrence, away from the name itself
        Finding(text.rindex(word), text.rindex(word) + len(word), category, 0.8, "test", "why", word)
        for word, category in others
    ]
    assert evidence_strength(text, finding, [finding, *context]) == expected


def test_a_name_a_rule_found_is_strong() -> None:
    text = "I spoke to Quillan Marsh-Ovie about the plan."
    assert evidence_strength(text, _name_finding(text, "Quillan", rule="first-name", source="rule"), []) == "strong"
    address = _name_finding(text, "Quillan", category="ADDRESS")
    assert evidence_strength(text, address, []) == "strong"


def test_a_first_name_the_gazetteer_found_is_judged_like_the_models() -> None:
    """The name gazetteer says only that a word is a first name in a name's place, no more
    than the model does: its strength comes from what is around it."""
    lone = "I spoke to Quillan about the plan."
    kin = "I spoke to her son Quillan about the plan."
    for text, expected in ((lone, "weak"), (kin, "strong")):
        name = _name_finding(text, "Quillan", rule="name-gazetteer", source="rule")
        assert evidence_strength(text, name, [name]) == expected


def test_context_far_away_does_not_count() -> None:
    text = "I spoke to Quillan about the plan." + " The meeting was long." * 10 + " Her son is 14."
    name = _name_finding(text, "Quillan")
    age = _name_finding(text, "14", "test", "AGE")
    assert evidence_strength(text, name, [name, age]) == "weak"


def test_the_linter_marks_lone_and_kin_names(linter: Any) -> None:
    lone, kin, twice = linter.check(LONE), linter.check(KIN), linter.check(TWICE)
    assert [f.strength for f in _names(lone)] == ["weak"]
    assert lone.risk < 50 and not reaches_fail_on(lone, "default") and reaches_fail_on(lone, "any-direct")
    assert [f.strength for f in _names(kin)] == ["strong"] and kin.risk >= 50
    assert {f.strength for f in _names(twice)} == {"strong"} and twice.risk >= 50
    assert all(f.strength == "" for f in kin.findings if f.kind == "quasi")
    assert _names(lone)[0].to_dict()["strength"] == "weak"


def test_a_speaker_named_once_does_not_refuse_a_post(linter: Any) -> None:
    """A conference write-up naming a speaker once in full is reported by the rules, not
    refused (the subject model then drops it: tests/test_subject_model.py); the same full name
    beside a family word is a subject's and refuses it."""
    talk = "After lunch Odhiambo Castellane argued for slower visits.\n"
    family = "Her brother Odhiambo Castellane argued for slower visits.\n"
    rules = Linter(subject_model=None)
    said, kin = rules.check(talk), rules.check(family)
    assert not reaches_fail_on(linter.check(talk), "default")
    assert reaches_fail_on(linter.check(family), "default")
    assert [(f.text, f.strength) for f in _names(said)] == [("Odhiambo Castellane", "weak")]
    assert said.risk < 50 and not reaches_fail_on(said, "default") and reaches_fail_on(said, "any-direct")
    assert [f.strength for f in _names(kin)] == ["strong"] and reaches_fail_on(kin, "default")


def test_a_name_the_draft_makes_a_subject_is_strong(linter: Any) -> None:
    """An author who writes about their own family is part of the case: their name is strong
    evidence even with nothing around it where it stands; a comparison ("reminded me of my
    brother") is no family of the writer's."""
    own = linter.check("Posted by Ewan Dalgleish\n\nMy brother has just been sectioned and I do not know where to turn.\n")
    compared = linter.check("Practitioner: Ewan Dalgleish, social worker\n\nI liked the young man. He reminded me of my brother.\n")
    assert [(f.text, f.strength) for f in _names(own)] == [("Ewan Dalgleish", "strong")]
    assert reaches_fail_on(own, "default")
    assert not _names(compared)


@pytest.mark.parametrize(
    "text,level,expected",
    [
        (LONE, None, 0), (LONE, "any-direct", 1), (LONE, "direct", 0), (LONE, "quasi", 1),
        (KIN, None, 1), (KIN, "any-direct", 1), (KIN, "direct", 1),
    ],
    ids=["weak-default", "weak-any-direct", "weak-direct", "weak-quasi",
         "strong-default", "strong-any-direct", "strong-direct"],
)
def test_fail_on_levels_through_the_cli(run: Any, tmp_path: Path, text: str, level: str | None, expected: int) -> None:  # noqa: F811
    (tmp_path / "note.txt").write_text(text, encoding="utf-8")
    args = ["--fail-on", level] if level else []
    result = run("check", "--no-cache", *args, "note.txt")
    assert result.exit_code == expected, result.stdout + result.stderr


def test_any_direct_from_project_config(run: Any, tmp_path: Path) -> None:  # noqa: F811
    (tmp_path / "note.txt").write_text(LONE, encoding="utf-8")
    (tmp_path / ".redactcheck.yaml").write_text("fail_on: any-direct\n", encoding="utf-8")
    assert run("check", "--no-cache", "note.txt").exit_code == 1


def test_json_gives_each_file_fails_under_the_level_in_force(run: Any, tmp_path: Path) -> None:  # noqa: F811
    (tmp_path / "lone.txt").write_text(LONE, encoding="utf-8")
    (tmp_path / "kin.txt").write_text(KIN, encoding="utf-8")
    result = run("check", "--no-cache", "--format", "json", "lone.txt", "kin.txt")
    files = {Path(f["source"]).name: f for f in json.loads(result.stdout)["files"]}
    assert files["lone.txt"]["fails"] is False and files["kin.txt"]["fails"] is True
    assert [f["strength"] for f in files["lone.txt"]["findings"] if f["category"] == "PERSON"] == ["weak"]
    assert result.exit_code == 1
    strict = run("check", "--no-cache", "--format", "json", "--fail-on", "any-direct", "lone.txt")
    assert json.loads(strict.stdout)["files"][0]["fails"] is True and strict.exit_code == 1


def test_sarif_and_verbose_text_carry_the_strength(run: Any, tmp_path: Path) -> None:  # noqa: F811
    (tmp_path / "lone.txt").write_text(LONE, encoding="utf-8")
    sarif = json.loads(run("check", "--no-cache", "--format", "sarif", "lone.txt").stdout)
    props = [r["properties"] for r in sarif["runs"][0]["results"] if r["properties"]["category"] == "PERSON"]
    assert [p["strength"] for p in props] == ["weak"]
    assert "weak evidence" in run("check", "--no-cache", "--verbose", "lone.txt").stdout


def test_the_cache_keeps_the_strength(tmp_path: Path) -> None:
    name = Finding(11, 19, "PERSON", 0.8, "ner-person", "why", "Brannoch", strength="weak", source="model")
    report = Report(text=LONE, findings=(name,), risk_score=RiskScore(45.0, "medium"), source="a.txt")
    back = cache_module._report_from(json.loads(json.dumps(cache_module._entry(report))), LONE, "a.txt", None)
    assert back is not None and back.findings[0].strength == "weak"
    assert not reaches_fail_on(back, "default")


def _corpus_reports(linter: Any) -> list[Report]:
    texts = []
    for gold in ("corpus", "corpus2", "corpus3"):
        path = Path(__file__).parent / gold / "gold.jsonl"
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    chat = "".join(f"[0{i % 9 + 1}:1{i % 6}] Gail: {name} missed school again, ask {name}s nan\n"
                   for i, name in enumerate(["Tayshawn", "Kirsty", "Bex", "Tayshawn"] * 5))
    return list(linter.check_many(texts + [chat]))


def test_indexed_strength_is_what_evidence_strength_decides(linter: Any) -> None:
    """with_strength indexes the draft once; for every finding of every corpus draft it gives
    what the plain per-finding function (a pass over everything) gives."""
    weak = 0
    for report in _corpus_reports(linter):
        marked = with_strength(report.text, report.findings)
        for finding, done in zip(report.findings, marked, strict=True):
            if finding.kind != "direct":
                assert done == finding  # only a direct finding is marked
                continue
            expected = evidence_strength(report.text, finding, report.findings)
            assert done.strength == expected, (finding.text, finding.rule)
            weak += expected == "weak"
    assert weak  # the weak branch is exercised too


def test_nearby_findings_by_bisection_give_the_same_evidence(linter: Any) -> None:
    """The people module looks only at findings near each mention; the evidence is what a pass
    over every finding of the draft gives."""
    from redactcheck.people import evidence as ev

    seen = 0
    for report in _corpus_reports(linter):
        everything = list(report.findings) + [s.finding for s in report.suppressed]
        near = ev.Nearby(everything)
        for finding in (f for f in everything if f.category == "PERSON"):
            m = ev.mention(report.text, finding)
            expected = ev.nearby_evidence(m, everything, report.text)
            assert ev.nearby_evidence(m, near.around(m, report.text), report.text) == expected
            seen += bool(expected)
    assert seen


STRONG_CASES = yaml.safe_load((Path(__file__).parent / "strength_cases.yml").read_text(encoding="utf-8"))["strong"]


@pytest.mark.parametrize("marked", STRONG_CASES, ids=[c[:40] for c in STRONG_CASES])
def test_case_note_names_are_strong_and_refuse_the_draft(linter: Any, marked: str) -> None:
    """A case note's names refuse the draft: casework words near the name, or anywhere in a
    draft about a case, make a full name said once strong evidence."""
    text = re.sub(r"\[\[[A-Z_]+:(.*?)\]\]", r"\1", marked)
    names = re.findall(r"\[\[PERSON:(.*?)\]\]", marked)
    report = linter.check(text)
    assert reaches_fail_on(report, "default"), [(f.text, f.strength) for f in report.findings]
    strong = {f.text for f in _names(report) if f.strength == "strong"}
    assert any(name in strong or any(name in s for s in strong) for name in names), strong
