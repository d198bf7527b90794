"""Whose name is it (issue 15): roles decided from the whole draft, with the real pipeline.

Every draft here was written for these tests. A role that is let go must say which role
and why; a person who is part of the case stays a finding whatever else they are.
"""
from __future__ import annotations

import json
import re
from typing import Any

import pytest

from redactcheck import Config, Linter
from redactcheck.people import ROLES
from redactcheck.people.cues import read_phrases
from redactcheck.resources import data_dir


def _reported(report: Any) -> set[str]:
    return {f.text for f in report.findings if f.category == "PERSON"}


def _let_go(report: Any) -> dict[str, tuple[str, str]]:
    return {s.finding.text: (s.why, s.finding.evidence) for s in report.suppressed if s.finding.category == "PERSON"}


LET_GO = [
    # (draft, name, role, a word the evidence must contain)
    ("By: Kelly Dunmore\n\nSupervision is where I learn the most.", "Kelly Dunmore", "author", "byline"),
    ("This is a guest blog by Tomasz Lisowski.\n\nWhat a year it has been.", "Tomasz Lisowski", "author", "byline"),
    ("Trust takes time and it cannot be hurried.\n\nRuth Adeyinka is a senior social worker.", "Ruth Adeyinka",
     "author", "bio"),
    ("[10:02] Priya Lal: morning, who is on duty today?\n[10:03] Ben Ellery: me", "Priya Lal", "author", "sender"),
    ("My practice supervisor, Lorna Geddes, asked what I had noticed first.", "Lorna Geddes", "professional", "role"),
    ("I shadowed Alan Brennan, duty social worker, on a first visit.", "Alan Brennan", "professional", "role"),
    ("Practice educator: Morven Shaw\n\nToday I led my first carer's assessment.", "Morven Shaw", "professional", "role"),
    ("Hi Rhys,\n\nThanks for the call this morning.", "Rhys", "professional", "greeted"),
    ("The Mayor, Cllr Ruth Bannerman, opened the new hub.", "Ruth Bannerman", "public", "public"),
    ("The review was chaired by Judge Aileen Forsyth.", "Aileen Forsyth", "public", "public"),
    ("The actor Brian Cox spoke about growing up poor.", "Brian Cox", "public", "public"),
    ("In his book Holding the Line, Tomasz Wierzbicki argues that trust comes first.", "Tomasz Wierzbicki",
     "cited", "author"),
    ("Eileen (not her real name) still makes her own soup.", "Eileen", "pseudonym", "declared"),
    ("Names have been changed.\n\nMorag loves the ferry and the island shop.", "Morag", "pseudonym", "declares"),
]


@pytest.mark.parametrize(("draft", "name", "role", "word"), LET_GO, ids=[row[2] + ":" + row[1] for row in LET_GO])
def test_each_role_is_let_go_with_its_evidence(linter: Linter, draft: str, name: str, role: str, word: str) -> None:
    report = linter.check(draft)
    assert name not in _reported(report)
    found = {text: why for text, why in _let_go(report).items() if name in text or text in name}
    assert found, f"{name} is neither reported nor let go"
    why, evidence = next(iter(found.values()))
    assert why == role and role in ROLES
    assert word in evidence and re.search(r"line \d+", evidence)


def test_a_coordinated_list_shares_the_cue_before_it(linter: Linter) -> None:
    report = linter.check("Last spring I trained with Prof. Elena Marsh and Andrew Tully on motivational interviewing.")
    assert not _reported(report)
    assert {why for why, _ in _let_go(report).values()} == {"cited"}


def test_every_mention_of_a_person_shares_the_role(linter: Linter) -> None:
    report = linter.check("Written by Kelly Dunmore\n\nKelly has worked in fostering for ten years. She writes here about rest.")
    assert not _reported(report)
    let_go = [s.finding for s in report.suppressed if s.finding.category == "PERSON"]
    assert len(let_go) >= 2 and all(f.role == "author" for f in let_go)  # "byline" or "author": the author either way


@pytest.mark.parametrize(
    ("draft", "name"),
    [
        # a chat sender whose own family is described
        ("[18:02] Lorna Pryce: my son has not been home since Friday\n[18:03] Amir Shah: ring 101 again", "Lorna Pryce"),
        # an author writing about her own child: the byline names the family
        ("Posted by Gail Murray\n\nMy daughter Skye was taken into care last year and I do not know why.", "Gail Murray"),
        # a professional who is the one alleged to have caused harm
        ("The support worker, Ryan Pollock, was suspended after a resident said he slapped her.", "Ryan Pollock"),
        # a chosen name that the draft then says is the real one
        ("I'll call him Deano, because that is what everyone calls him, his nan included.", "Deano"),
        # a job beside a family word: the mother is still the mother
        ("Her mum, Claire Hood, a nurse at the hospital, works nights.", "Claire Hood"),
    ],
)
def test_someone_in_the_case_stays_a_subject(linter: Linter, draft: str, name: str) -> None:
    report = linter.check(draft)
    person = [f for f in report.findings if f.category == "PERSON" and f.text == name]
    assert person, (name, _let_go(report))
    assert person[0].role == "subject" and person[0].evidence


def test_a_parent_author_is_reported_with_her_signature_phone(linter: Linter) -> None:
    report = linter.check("Posted by Gail Murray\n\nMy son Liam is 13 and was excluded again today.\n\nThanks\nGail\n07700 900123")
    assert "Gail Murray" in _reported(report)
    assert any(f.category == "CONTACT" for f in report.findings)


def test_one_line_cannot_switch_off_name_detection(linter: Linter) -> None:
    """Hostile: a blanket "names have been changed" hides declared pseudonyms, never a full
    name that stands beside an address, a phone number or a date of birth."""
    draft = ("All names in this post have been changed.\n\nTom is ninety. His nephew Gavin Drysdale lives at "
             "22 Larch Street and rings him from 07700 900456.\n\nChild: Keira Lamont\nDOB: 14/02/2016")
    report = linter.check(draft)
    assert {"Gavin Drysdale", "Keira Lamont"} <= _reported(report)
    assert _let_go(report)["Tom"][0] == "pseudonym"
    assert report.risk >= 70 and report.has_direct


def test_a_declared_pseudonym_keeps_the_age_and_place_around_it(linter: Linter) -> None:
    report = linter.check("Names have been changed.\n\nMorag is 79 and lives on Westray.")
    assert not _reported(report)
    assert {"AGE", "LOCATION"} <= {f.category for f in report.findings}


@pytest.mark.parametrize(
    ("draft", "word"),
    [
        ("[21:50] dee: ikr\n[21:53] stevie: ty", "ty"),
        ("| Approaches | Notes |\n| --- | --- |\n| Reflective | useful |", "Approaches"),
        ("To do:\n- Chase the CAMHS letter.\n- Book the room.", "Chase"),
        ("Photo: Shutterstock", "Shutterstock"),
    ],
)
def test_ordinary_words_slang_and_brands_are_not_people(linter: Linter, draft: str, word: str) -> None:
    report = linter.check(draft)
    assert not any(word in f.text for f in report.findings)


def test_a_lone_first_name_is_reported_but_does_not_flag(linter: Linter) -> None:
    alone = linter.check("Jamie was late for the group again.")
    full = linter.check("Jamie Lowther was late for the group again.")
    aged = linter.check("Jamie Lowther, 15, was late for the group again.")
    assert "Jamie" in _reported(alone) and alone.risk < 50
    # a full name said once with nothing of the case around it is reported, below the threshold
    assert "Jamie Lowther" in _reported(full) and full.risk < 50
    assert "Jamie Lowther" in _reported(aged) and aged.risk >= 50


def test_json_carries_role_and_evidence_without_draft_text(linter: Linter) -> None:
    report = linter.check("Her brother Lewis is 9. My practice supervisor, Lorna Geddes, came too.")
    data = report.to_dict(include_text=False)
    person = next(f for f in data["findings"] if f["category"] == "PERSON")
    assert person["role"] == "subject" and "family" in person["evidence"]
    let_go = next(s for s in data["suppressed"] if s["category"] == "PERSON")
    assert let_go["why"] == let_go["role"] == "professional"
    assert "Lewis" not in json.dumps(data) and "Lorna" not in json.dumps(data)


def test_config_can_force_a_subject_and_flag_professionals() -> None:
    draft = "My practice supervisor, Lorna Geddes, asked what I had noticed first."
    forced = Linter(Config(subjects=("Lorna Geddes",))).check(draft)
    flagged = Linter(Config(professionals="flag")).check(draft)
    assert "Lorna Geddes" in _reported(forced)
    assert [f.role for f in flagged.findings if f.text == "Lorna Geddes"] == ["professional"]


def test_role_words_are_data_files() -> None:
    """Every list the README of models/roles names exists and is not empty."""
    readme = (data_dir("models") / "roles" / "README.md").read_text(encoding="utf-8")
    names = re.findall(r"`([a-z_]+\.txt)`", readme)
    assert len(names) >= 15
    for name in names:
        assert read_phrases(name), name


def test_an_inline_directive_names_a_subject(linter: Linter) -> None:
    draft = "My practice supervisor, Lorna Geddes, came along.\n"
    directives = [(len(draft), 'subject "Lorna Geddes"')]
    assert "Lorna Geddes" not in _reported(linter.check(draft))
    assert "Lorna Geddes" in _reported(linter.check(draft, directives=directives))


def test_roles_survive_the_cache(linter: Linter) -> None:
    """A cached report keeps each finding's role and evidence (and the cache holds no draft text)."""
    from redactcheck.batch import cache

    draft = "Her brother Lewis is 9. My practice supervisor, Lorna Geddes, came too."
    report = linter.check(draft)
    entry = json.dumps(cache._entry(report))
    assert "Lewis" not in entry and "Lorna" not in entry
    again = cache._report_from(json.loads(entry), draft, "<text>", None)
    assert again is not None
    assert [(f.role, f.evidence) for f in again.findings] == [(f.role, f.evidence) for f in report.findings]
    assert [(s.why, s.finding.role) for s in again.suppressed] == [(s.why, s.finding.role) for s in report.suppressed]


def test_a_parent_posters_handle_stays_a_finding(linter: Linter) -> None:
    """A forum handle in the byline is the poster's, unless the poster writes about their own family."""
    mine = linter.check("Posted by u/tired_mum_77\n\nMy son has been excluded again and the school will not say why.")
    theirs = linter.check("Posted by u/sw_louise\n\nA family on my caseload has been waiting six months for CAMHS.")
    assert any(f.category == "CONTACT" for f in mine.findings)
    assert not any(f.category == "CONTACT" for f in theirs.findings)


def test_in_a_thread_only_the_poster_who_writes_of_their_family_is_reported(linter: Linter) -> None:
    """One poster's "my dad" makes that poster's handle part of the case, not every poster's."""
    thread = (
        "fernleaf_sw wrote:\nHas anyone tried the new recording template? @Marram_Grass_PE did you?\n\n"
        "Marram_Grass_PE wrote:\nYes, it is slower at first.\n\n"
        "oakcarer62 wrote:\nNot a worker myself, but my dad's carers use something similar.\n\n"
        "fernleaf_sw wrote:\n@oakcarer62 thanks, that helps.\n"
    )
    handles = [f.text for f in linter.check(thread).findings if f.category == "CONTACT"]
    assert handles == ["@oakcarer62"]


def test_a_bio_needs_a_bio_verb_not_any_writes_or_works() -> None:
    from redactcheck.people.cues import cues

    bio = cues().bio_after
    assert bio.search(" writes about recording and supervision.")
    assert bio.search(" works in a hospital discharge team.")
    assert bio.search(" is a senior social worker in Kent.")
    assert not bio.search(" writes her name like that on everything.")
    assert not bio.search(" works away on the rigs most of the year.")


def test_what_a_language_read_as_a_name_hid_comes_back(linter: Linter) -> None:
    """The model reads "Sylheti" as a name; the language rule's reading of the same word is
    the one reported (a rule's language, council or institution beats the model's guess at a
    person on the same words)."""
    text = "Her nan speaks Sylheti with the twins."
    report = linter.check(text)
    assert [(f.category, f.text) for f in report.findings] == [("DEMOGRAPHIC", "Sylheti")]
    assert not any(s.finding.category == "PERSON" for s in report.suppressed)


def test_the_authors_own_place_is_let_go_as_the_authors(linter: Linter) -> None:
    report = linter.check("Supervision is where I learn the most.\n\nNia Roberts-Hale is a senior practitioner in Denbighshire.")
    assert not report.findings
    place = [s for s in report.suppressed if s.finding.text == "Denbighshire"]
    assert place and place[0].why == "author" and "about the author" in place[0].finding.evidence


def test_a_run_of_ordinary_words_the_model_read_as_a_name_is_a_title() -> None:
    from redactcheck.people.cues import cues
    from redactcheck.people.notname import why_not_a_name
    from redactcheck.types import Finding

    text = "Kitwood, whose book Dementia Reconsidered argued that the person comes first."
    start = text.index("Dementia")
    title = Finding(start, start + len("Dementia Reconsidered"), "PERSON", 0.8, "ner-person", "", source="model")
    assert why_not_a_name(text, title, cues()) == "ordinary words, not a name"
    ruled = Finding(start, start + len("Dementia Reconsidered"), "PERSON", 0.8, "first-name", "", source="rule")
    assert why_not_a_name(text, ruled, cues()) is None  # only the model's guess


def test_a_place_with_a_title_is_a_persons_name() -> None:
    from redactcheck.people import People
    from redactcheck.types import Finding

    text = "The Children's Commissioner, Dame Alison Trew, has published another report."
    start = text.index("Dame")
    place = Finding(start, start + len("Dame Alison Trew"), "LOCATION", 0.7, "ner-location", "", source="model")
    kept, suppressed = People().assign(text, [place], [])
    assert not kept
    assert [(s.finding.category, s.why) for s in suppressed] == [("PERSON", "public")]


def test_a_well_known_name_read_as_a_place_is_a_person_cited() -> None:
    """ "Octavia Hill" is a well-known author's full name even when the model reads a place."""
    from redactcheck.people import People
    from redactcheck.types import Finding

    text = "The first was Octavia Hill, whose volunteers collected the rents."
    start = text.index("Octavia")
    place = Finding(start, start + len("Octavia Hill"), "LOCATION", 0.7, "ner-location", "", source="model")
    kept, suppressed = People().assign(text, [place], [])
    assert not kept
    assert [(s.finding.category, s.why) for s in suppressed] == [("PERSON", "cited")]


def test_a_title_in_capitals_is_not_a_member_of_the_senedd() -> None:
    """ "MS OKONKWO" in a draft typed in capitals begins with the title Ms; only letters at the
    end of a name ("Jane Hartley MS") make a public figure."""
    from redactcheck.people.cues import cues

    assert cues().public_suffix_inside.search("MS OKONKWO") is None
    assert cues().public_suffix_inside.search("Jane Hartley MS") is not None


def test_a_first_name_two_full_names_share_is_a_person_of_its_own(linter: Linter) -> None:
    """ "Sarah" beside two speakers called Sarah could be either or neither: it keeps its own
    evidence (here none, so a subject) instead of taking their role."""
    draft = (
        "The session on chronologies was led by Sarah Quenby and Sarah Lightfoot.\n\n"
        "Sarah stayed in all weekend. Later Sarah said very little.\n"
    )
    assert "Sarah" in _reported(linter.check(draft))
