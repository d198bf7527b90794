"""The merge step of redactcheck.detect.merge: recognisers' overlapping candidates become one
finding per stretch of text. Pure functions over Findings, one table per behaviour.

Each row builds its candidates from a short draft (`span(text, needle, category, rule, score)`)
and names the merged findings it expects as (text, category, rule), in text order. In these
tables a rule named `ner-...` stands for the statistical model (a finding whose source is
"model"); every other name is a rule or list.
"""

from __future__ import annotations

import re

import pytest
from presidio_analyzer import RecognizerResult

from redactcheck.detect.engine import chunk_text, to_findings
from redactcheck.detect.merge import LINE_BREAK, merge, within_paragraphs
from redactcheck.detect.recognisers.base import EXPLANATION_KEY, RULE_KEY
from redactcheck.types import Finding

Span = tuple[str, str, str, float]  # (needle, category, rule, score)


def span(text: str, needle: str, category: str, rule: str, score: float = 0.85) -> Finding:
    start, source = text.index(needle), "model" if rule.startswith("ner-") else "rule"
    return Finding(
        start, start + len(needle), category, score, rule, "", text=needle, source=source
    )


def merged(text: str, spans: list[Span]) -> list[tuple[str, str, str]]:
    found = merge(span(text, *row) for row in spans)
    for finding in found:
        assert text[finding.start : finding.end] == finding.text  # offsets still point at it
    return [(f.text, f.category, f.rule) for f in found]


# --- containment: the span that contains another wins -----------------------------------

CONTAINMENT = [
    (  # a first name inside a hospital's name is part of the name, not a person
        "Seen at St Mary's Hospital today.",
        [
            ("Mary", "PERSON", "ner-person", 0.85),
            ("St Mary's Hospital", "INSTITUTION", "hosp", 0.6),
        ],
        [("St Mary's Hospital", "INSTITUTION", "hosp")],
    ),
    (  # the contained span loses even when it is direct and scores higher
        "Referred by Kelvin Court Surgery.",
        [
            ("Kelvin", "PERSON", "first-name", 1.0),
            ("Kelvin Court Surgery", "INSTITUTION", "gp", 0.5),
        ],
        [("Kelvin Court Surgery", "INSTITUTION", "gp")],
    ),
    (  # a model span inside a model span: the outer one stands
        "At St Margaret's Primary",
        [
            ("St Margaret's Primary", "INSTITUTION", "ner-org", 0.85),
            ("Margaret", "PERSON", "ner-person", 0.85),
        ],
        [("St Margaret's Primary", "INSTITUTION", "ner-org")],
    ),
]


@pytest.mark.parametrize(("text", "spans", "expected"), CONTAINMENT)
def test_the_containing_span_wins(text: str, spans: list[Span], expected: list) -> None:
    assert merged(text, spans) == expected


# --- a validated rule match inside a statistical model's span -----------------------------

RULE_INSIDE_MODEL = [
    (  # a case number inside an organisation-like model span wins; the rest stays quasi
        "Referral to Fife Council case 2024/00123 today",
        [
            ("Fife Council case 2024/00123", "LOCAL_AUTHORITY", "ner-org", 0.85),
            ("2024/00123", "CASE_REF", "case-ref", 0.9),
        ],
        [
            ("Fife Council case", "LOCAL_AUTHORITY", "ner-org"),
            ("2024/00123", "CASE_REF", "case-ref"),
        ],
    ),
    (  # a number the model read as part of a name: the number wins, the label is dropped
        "CHI 0901887617 noted",
        [("CHI 0901887617", "PERSON", "ner-person", 0.85), ("0901887617", "ID_NUMBER", "chi", 0.9)],
        [("0901887617", "ID_NUMBER", "chi")],
    ),
    (  # under 0.5 a rule match is not validated: the model's span stands
        "CHI 0901887617 noted",
        [("CHI 0901887617", "PERSON", "ner-person", 0.85), ("0901887617", "ID_NUMBER", "chi", 0.4)],
        [("CHI 0901887617", "PERSON", "ner-person")],
    ),
    (  # a gazetteer place the model read as a name, on exactly the same span, is the place
        "met at govan today",
        [("govan", "PERSON", "ner-person", 0.85), ("govan", "LOCATION", "place", 0.6)],
        [("govan", "LOCATION", "place")],
    ),
    (  # but a surname that is also a town stays part of the name
        "Morag Dunbar called",
        [("Morag Dunbar", "PERSON", "ner-person", 0.85), ("Dunbar", "LOCATION", "place", 0.6)],
        [("Morag Dunbar", "PERSON", "ner-person")],
    ),
    (  # and a first name that is also a language stays part of the name
        "Shona Patel called",
        [("Shona Patel", "PERSON", "ner-person", 0.85), ("Shona", "DEMOGRAPHIC", "language", 0.9)],
        [("Shona Patel", "PERSON", "ner-person")],
    ),
    (  # a name rule inside an organisation-like model span is part of the organisation
        "At St Margaret's Primary",
        [
            ("St Margaret's Primary", "INSTITUTION", "ner-org", 0.85),
            ("Margaret", "PERSON", "first-name", 0.9),
        ],
        [("St Margaret's Primary", "INSTITUTION", "ner-org")],
    ),
    (  # a quasi rule inside a quasi model span is part of it
        "Seen in Banff and Buchan",
        [
            ("Banff and Buchan", "LOCATION", "ner-loc", 0.85),
            ("Banff", "LOCAL_AUTHORITY", "la", 0.9),
        ],
        [("Banff and Buchan", "LOCATION", "ner-loc")],
    ),
    (  # an address inside a model place wins; the "2" left over is no identifier
        "She lives at flat 2, 14 Mill Lane now",
        [
            ("2, 14 Mill Lane", "LOCATION", "ner-loc", 0.85),
            ("14 Mill Lane", "ADDRESS", "street", 0.9),
        ],
        [("14 Mill Lane", "ADDRESS", "street")],
    ),
]


@pytest.mark.parametrize(("text", "spans", "expected"), RULE_INSIDE_MODEL)
def test_a_validated_rule_inside_a_model_span(text: str, spans: list[Span], expected: list) -> None:
    assert merged(text, spans) == expected


# --- partial overlaps ---------------------------------------------------------------------

PARTIAL = [
    (  # one category: the two spans are one finding, read by the winner (higher score)
        "Dumfries and Galloway Council ASP meeting",
        [
            ("Dumfries and Galloway Council", "LOCAL_AUTHORITY", "ner-org", 0.85),
            ("Galloway Council ASP", "LOCAL_AUTHORITY", "la-rule", 0.9),
        ],
        [("Dumfries and Galloway Council ASP", "LOCAL_AUTHORITY", "la-rule")],
    ),
    (  # the winner's reading, also when the span placed first wins
        "Dumfries and Galloway Council ASP meeting",
        [
            ("Galloway Council ASP", "LOCAL_AUTHORITY", "ner-org", 0.85),
            ("Dumfries and Galloway Council", "LOCAL_AUTHORITY", "la-rule", 0.9),
        ],
        [("Dumfries and Galloway Council ASP", "LOCAL_AUTHORITY", "la-rule")],
    ),
    (  # direct beats quasi whatever the scores; the loser keeps what nobody else covers
        "Visited Mr Banff and Buchan",
        [("Banff and Buchan", "LOCATION", "place", 1.0), ("Mr Banff", "PERSON", "ner-person", 0.5)],
        [("Mr Banff", "PERSON", "ner-person"), ("and Buchan", "LOCATION", "place")],
    ),
    (  # a model's leftover loses a joining word at its edge ("(Banff) and Buchan" -> "Buchan")
        "Visited Mr Banff and Buchan",
        [
            ("Banff and Buchan", "LOCATION", "ner-loc", 1.0),
            ("Mr Banff", "PERSON", "title-name", 0.5),
        ],
        [("Mr Banff", "PERSON", "title-name"), ("Buchan", "LOCATION", "ner-loc")],
    ),
    (  # same kind: the higher score wins, even the model's
        "Jo Bloggs 07700 900123",
        [
            ("Jo Bloggs 07700", "PERSON", "ner-person", 0.85),
            ("07700 900123", "CONTACT", "phone", 0.6),
        ],
        [("Jo Bloggs 07700", "PERSON", "ner-person"), ("900123", "CONTACT", "phone")],
    ),
    (  # same kind and score: a rule beats the model
        "Jo Bloggs 07700 900123",
        [
            ("Jo Bloggs 07700", "PERSON", "ner-person", 0.85),
            ("07700 900123", "CONTACT", "phone", 0.85),
        ],
        [("Jo Bloggs", "PERSON", "ner-person"), ("07700 900123", "CONTACT", "phone")],
    ),
    (  # the leftover is trimmed to letters and digits ("Daniel Whitfield <" -> "Daniel Whitfield")
        "From Daniel Whitfield <dw@example.org>",
        [
            ("Daniel Whitfield <dw", "PERSON", "ner-person", 0.85),
            ("dw@example.org", "CONTACT", "email", 0.85),
        ],
        [("Daniel Whitfield", "PERSON", "ner-person"), ("dw@example.org", "CONTACT", "email")],
    ),
    (  # a model's leftover that is only a function word is dropped
        "Admitted to the Royal Victoria Hospital",
        [
            ("the Royal Victoria", "LOCATION", "ner-loc", 0.85),
            ("Royal Victoria Hospital", "INSTITUTION", "ner-org", 0.85),
        ],
        [("Royal Victoria Hospital", "INSTITUTION", "ner-org")],
    ),
    (  # a model's leftover that is only labels is dropped ("NHS no" beside the number)
        "Her NHS no 943 476 5919 is on file",
        [("NHS no 943", "PERSON", "ner-person", 0.85), ("943 476 5919", "ID_NUMBER", "nhs", 0.85)],
        [("943 476 5919", "ID_NUMBER", "nhs")],
    ),
    (  # a rule's leftover keeps its joining words: only the model's are trimmed
        "Visited Mr Banff and Buchan",
        [("Banff and Buchan", "LOCATION", "place", 1.0), ("Mr Banff", "PERSON", "title", 0.5)],
        [("Mr Banff", "PERSON", "title"), ("and Buchan", "LOCATION", "place")],
    ),
]


@pytest.mark.parametrize(("text", "spans", "expected"), PARTIAL)
def test_partial_overlaps(text: str, spans: list[Span], expected: list) -> None:
    assert merged(text, spans) == expected


# --- the same span read twice --------------------------------------------------------------

SAME_SPAN = [
    (  # the hospital over the district it is named for, in either order
        "Ninewells",
        [("Ninewells", "LOCATION", "place", 0.85), ("Ninewells", "INSTITUTION", "hosp", 0.85)],
        [("Ninewells", "INSTITUTION", "hosp")],
    ),
    (
        "Ninewells",
        [("Ninewells", "INSTITUTION", "hosp", 0.85), ("Ninewells", "LOCATION", "place", 0.85)],
        [("Ninewells", "INSTITUTION", "hosp")],
    ),
    (  # the council over the place, even with a lower score
        "Fife",
        [("Fife", "LOCATION", "place", 0.9), ("Fife", "LOCAL_AUTHORITY", "council", 0.6)],
        [("Fife", "LOCAL_AUTHORITY", "council")],
    ),
    (  # a council a rule has read beats the model's guess at a person on the same words
        "Cyngor Gwynedd",
        [
            ("Cyngor Gwynedd", "PERSON", "ner-person", 0.85),
            ("Cyngor Gwynedd", "LOCAL_AUTHORITY", "council", 0.45),
        ],
        [("Cyngor Gwynedd", "LOCAL_AUTHORITY", "council")],
    ),
    (  # a direct reading beats a quasi one before specificity or score
        "Jamie",
        [("Jamie", "INSTITUTION", "x", 1.0), ("Jamie", "PERSON", "y", 0.5)],
        [("Jamie", "PERSON", "y")],
    ),
    (  # otherwise the higher score
        "Jamie",
        [("Jamie", "PERSON", "first-name", 0.6), ("Jamie", "PERSON", "called-name", 0.85)],
        [("Jamie", "PERSON", "called-name")],
    ),
    (  # but a validated rule over the model's reading of the very same span
        "Jamie",
        [("Jamie", "PERSON", "first-name", 0.6), ("Jamie", "PERSON", "ner-person", 0.85)],
        [("Jamie", "PERSON", "first-name")],
    ),
    (  # and among equals, the first one found
        "Jamie",
        [("Jamie", "PERSON", "first-name", 0.85), ("Jamie", "PERSON", "ner-person", 0.85)],
        [("Jamie", "PERSON", "first-name")],
    ),
]


@pytest.mark.parametrize(("text", "spans", "expected"), SAME_SPAN)
def test_the_same_span_read_twice(text: str, spans: list[Span], expected: list) -> None:
    assert merged(text, spans) == expected


def test_nothing_to_merge() -> None:
    assert merge([]) == []


def test_separate_findings_come_back_in_text_order() -> None:
    text = "Jamie lives in Leith, G51 3XX"
    spans = [
        ("G51 3XX", "POSTCODE", "pc", 0.9),
        ("Jamie", "PERSON", "p", 0.85),
        ("Leith", "LOCATION", "l", 0.85),
    ]
    assert [row[0] for row in merged(text, spans)] == ["Jamie", "Leith", "G51 3XX"]


def test_every_letter_of_an_identifier_stays_covered() -> None:
    """Rule matches that overlap every which way: whatever loses, each letter or digit that
    any of them covered is still covered, and the merged findings never overlap."""
    text = "Kayla Brannigan and her mum Shona moved from 14 Mill Lane, Govan G51 3XX to Leith."
    spans = [
        ("Kayla Brannigan and her", "PERSON", "name", 0.85),
        ("Brannigan and her mum Shona", "LOCATION", "place", 0.9),
        ("14 Mill Lane, Govan", "ADDRESS", "street", 0.85),
        ("Govan G51 3XX", "POSTCODE", "pc", 0.9),
        ("3XX to Leith", "LOCATION", "place", 0.6),
    ]
    found = merge(span(text, *row) for row in spans)
    covered = {i for f in found for i in range(f.start, f.end)}
    wanted = {
        i
        for needle, *_ in spans
        for i in range(text.index(needle), text.index(needle) + len(needle))
        if text[i].isalnum()
    }
    assert wanted <= covered
    assert all(not a.overlaps(b) for a, b in zip(found, found[1:]))


# --- paragraphs ----------------------------------------------------------------------------

PARAGRAPHS = [
    ("Jamie\n\nThompson Primary", None, "Thompson Primary"),  # a heading is not a school's name
    ("Thompson Primary\n\nJamie", None, "Thompson Primary"),  # the part with most letters wins
    ("Jamie\nThompson", None, "Jamie\nThompson"),  # one line break is inside a paragraph
    ("Jamie\nThompson Primary", LINE_BREAK, "Thompson Primary"),  # each line a Word paragraph
    ("Jamie  \n \n  Thompson Primary  ", None, "Thompson Primary"),  # spaces trimmed off the part
    ("Jamie Thompson", None, "Jamie Thompson"),  # no break: as it was
]


@pytest.mark.parametrize(("text", "breaks", "kept"), PARAGRAPHS)
def test_no_finding_runs_across_a_paragraph(
    text: str, breaks: re.Pattern[str] | None, kept: str
) -> None:
    draft = f"Notes: {text} end"
    finding = span(draft, text, "INSTITUTION", "ner-org")
    (result,) = within_paragraphs(draft, [finding], breaks)
    assert (result.text, draft[result.start : result.end]) == (kept, kept)
    assert (result.category, result.rule) == ("INSTITUTION", "ner-org")


def test_a_finding_of_nothing_but_breaks_and_marks_is_dropped() -> None:
    draft = "Notes: --\n\n-- end"
    assert within_paragraphs(draft, [span(draft, "--\n\n--", "PERSON", "ner-person")]) == []


# --- chunks --------------------------------------------------------------------------------

CHUNKS = [
    ("", 10, [""]),  # an empty text is still one (empty) chunk
    ("short", 10, ["short"]),
    ("aa\n\nbbbbb\ncccccc", 12, ["aa\n\n", "bbbbb\ncccccc"]),  # a paragraph break first
    ("aaaa\nbbb cccc dd", 12, ["aaaa\n", "bbb cccc dd"]),  # else a line break
    ("aaaa. bbb cccc dddd", 12, ["aaaa. ", "bbb cccc ", "dddd"]),  # else after a sentence
    ("aaaa aaaa bbbb", 12, ["aaaa aaaa ", "bbbb"]),  # else at a space
    ("a" * 25, 12, ["a" * 12, "a" * 12, "a"]),  # else at the limit
    ("a\n\nbbbbbbbbbbbb", 12, ["a\n\nbbbbbbbbb", "bbb"]),  # not in the first quarter
]


@pytest.mark.parametrize(("text", "size", "pieces"), CHUNKS)
def test_chunks_cut_at_the_best_break(text: str, size: int, pieces: list[str]) -> None:
    chunks = list(chunk_text(text, size))
    assert [piece for _, piece in chunks] == pieces
    assert all(text[offset : offset + len(piece)] == piece for offset, piece in chunks)


# --- presidio results to findings ------------------------------------------------------------


def test_a_result_becomes_a_finding_with_its_rule_and_explanation() -> None:
    text = "Call Jo on 07700 900123"
    meta = {RULE_KEY: "uk-mobile", EXPLANATION_KEY: "A mobile number reaches her."}
    (finding,) = to_findings(text, [RecognizerResult("CONTACT", 11, 23, 0.9, None, meta)])
    assert (finding.start, finding.end, finding.text) == (11, 23, "07700 900123")
    assert (finding.category, finding.score) == ("CONTACT", 0.9)
    assert (finding.rule, finding.explanation) == ("uk-mobile", "A mobile number reaches her.")


@pytest.mark.parametrize(
    ("meta", "rule"),
    [
        (
            {RecognizerResult.RECOGNIZER_NAME_KEY: "UkNhsRecognizer"},
            "UkNhsRecognizer",
        ),  # no rule id
        ({}, "presidio"),  # nothing recorded at all
    ],
)
def test_a_result_without_a_rule_id_is_named_for_its_recogniser(meta: dict, rule: str) -> None:
    (finding,) = to_findings("Jo", [RecognizerResult("PERSON", 0, 2, 0.6, None, meta)])
    assert finding.rule == rule
    assert finding.explanation  # the category's default wording, never empty
