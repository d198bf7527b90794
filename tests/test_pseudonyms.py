"""redactcheck.redaction.pseudonyms: every mention of one person gets the same placeholder.

Each row is a draft and the PERSON mentions (and AGE findings) a check would hand over, in
the order they appear; it expects the placeholder of each mention. (Whole drafts through the
Linter and the redactor are tests/test_redaction.py.)
"""

from __future__ import annotations

from typing import Sequence

import pytest

from redactcheck.redaction.pseudonyms import People, couple_partner, letters
from redactcheck.types import Finding


def found(text: str, needles: Sequence[str], category: str) -> list[Finding]:
    """Each needle at its next occurrence after the previous one's start."""
    out, at = [], 0
    for needle in needles:
        start = text.index(needle, at)
        out.append(Finding(start, start + len(needle), category, 0.9, "r", "", text=needle))
        at = start + 1
    return out


def placeholders(text: str, names: Sequence[str], ages: Sequence[str] = ()) -> list[str]:
    people = People(text, found(text, names, "PERSON"), found(text, ages, "AGE"))
    return [people.label_at(f.start) for f in found(text, names, "PERSON")]


@pytest.mark.parametrize(
    ("n", "label"),
    [(0, "A"), (1, "B"), (25, "Z"), (26, "AA"), (51, "AZ"), (52, "BA"), (701, "ZZ"), (702, "AAA")],
)
def test_letters(n: int, label: str) -> None:
    assert letters(n) == label


SAME_PERSON = [
    (  # full name, first name, title and surname, lower case: one person
        "Sarah Thompson called. Sarah said Ms Thompson was away; sarah again.",
        ["Sarah Thompson", "Sarah", "Ms Thompson", "sarah"],
        ["Person A"] * 4,
    ),
    (  # a second person gets the next letter, and their first name is theirs
        "Sarah Thompson met Tom Reid. Tom left.",
        ["Sarah Thompson", "Tom Reid", "Tom"],
        ["Person A", "Person B", "Person B"],
    ),
    (  # a first name alone, then the full name: the surname joins the person, and then
        # the title and surname are theirs too
        "Tom called. Tom Reid later. Mr Reid left.",
        ["Tom", "Tom Reid", "Mr Reid"],
        ["Person A", "Person A", "Person A"],
    ),
    (  # a titled surname, then a first name with it
        "Ms Reid called. Jo Reid later.",
        ["Ms Reid", "Jo Reid"],
        ["Person A", "Person A"],
    ),
    (  # two people with one first name: a bare first name is the latest of them
        "Tom Reid met Tom Smith. Tom left.",
        ["Tom Reid", "Tom Smith", "Tom"],
        ["Person A", "Person B", "Person B"],
    ),
    (  # a possessive is the same person
        "Sarah's mum called. Sarah said hi.",
        ["Sarah's", "Sarah"],
        ["Person A", "Person A"],
    ),
    (  # Mr and Mrs Reid are two people
        "Mr Reid and Mrs Reid came.",
        ["Mr Reid", "Mrs Reid"],
        ["Person A", "Person B"],
    ),
    (  # a title alone has no surname to match (and no IndexError)
        "Dr arrived. Dr Patel too.",
        ["Dr", "Dr Patel"],
        ["Person A", "Person B"],
    ),
]


@pytest.mark.parametrize(("text", "names", "labels"), SAME_PERSON)
def test_every_mention_of_one_person_gets_one_placeholder(
    text: str, names: list[str], labels: list[str]
) -> None:
    assert placeholders(text, names) == labels


CHILDREN = [
    (  # a child word just before the first mention
        "A little girl called Ruby Caldwell lives with her mum, Danielle Caldwell. Ruby is fine.",
        ["Ruby Caldwell", "Danielle Caldwell", "Ruby"],
        [],
        ["Child A", "Person A", "Child A"],
    ),
    (  # an adult word after the child word wins: "her son's dad"
        "Her son's dad Paul Reid called.",
        ["Paul Reid"],
        [],
        ["Person A"],
    ),
    (  # a child word after an adult word wins: "her mum's wee boy"
        "Her mum's wee boy Jamie came.",
        ["Jamie"],
        [],
        ["Child A"],
    ),
    (  # an age under 18 just after the name
        "Jamie (14) and his dad Paul. Jamie is fine.",
        ["Jamie", "Paul", "Jamie"],
        ["14"],
        ["Child A", "Person A", "Child A"],
    ),
    (  # an adult's age makes no child; a child word does
        "Paul Reid, 45, and his son Jamie.",
        ["Paul Reid", "Jamie"],
        ["45"],
        ["Person A", "Child A"],
    ),
    (  # children and adults are lettered apart
        "Her son Jamie, 14, and her daughter Amy Reid.",
        ["Jamie", "Amy Reid"],
        ["14"],
        ["Child A", "Child B"],
    ),
    (  # an age belongs to the nearest name, not to one across another name
        "Jamie Reid, Amy Reid and 14",
        ["Jamie Reid", "Amy Reid"],
        ["14"],
        ["Person A", "Child A"],
    ),
    (  # an age in the next sentence, when that sentence starts with a pronoun
        "Ruby Caldwell came in with a long story about the school run. She is only 8.",
        ["Ruby Caldwell"],
        ["8"],
        ["Child A"],
    ),
    (  # but not when it starts with anything else
        "Ruby Caldwell came in with a long story about the school run. The bus is 8.",
        ["Ruby Caldwell"],
        ["8"],
        ["Person A"],
    ),
]


@pytest.mark.parametrize(("text", "names", "ages", "labels"), CHILDREN)
def test_a_child_is_child_a(
    text: str, names: list[str], ages: list[str], labels: list[str]
) -> None:
    assert placeholders(text, names, ages) == labels


def test_a_couple_named_together_is_two_people() -> None:
    text = "Mr and Mrs Kowalski came. Mrs Kowalski spoke. Mr Kowalski left."
    assert placeholders(text, ["Mrs Kowalski", "Mrs Kowalski", "Mr Kowalski"]) == [
        "Person A and Person B",
        "Person B",
        "Person A",
    ]


@pytest.mark.parametrize(
    ("text", "name", "pair"),
    [
        ("Mr and Mrs Kowalski came", "Mrs Kowalski", (0, "Mr Kowalski")),
        ("Mr & Mrs Kowalski came", "Mrs Kowalski", (0, "Mr Kowalski")),
        ("We saw Dr. and Mr Patel", "Mr Patel", (7, "Dr Patel")),
        ("Jo and Mrs Kowalski came", "Mrs Kowalski", None),  # a first name is one person
        ("Mr and Kowalski came", "Kowalski", None),  # no title on the name
        ("Mr and Mrs came", "Mrs", None),  # a title alone names nobody
    ],
)
def test_couple_partner(text: str, name: str, pair: tuple[int, str] | None) -> None:
    start = text.index(name)
    assert couple_partner(text, start, start + len(name)) == pair


def test_the_mapping_lists_each_person_with_the_names_replaced() -> None:
    text = "A little girl called Ruby Caldwell lives with her mum, Danielle Caldwell. Ruby is fine."
    people = People(text, found(text, ["Ruby Caldwell", "Danielle Caldwell", "Ruby"], "PERSON"))
    assert people.mapping() == [
        ("Child A", ["Ruby Caldwell", "Ruby"]),
        ("Person A", ["Danielle Caldwell"]),
    ]


def test_an_offset_that_is_no_mention_is_a_plain_person() -> None:
    assert People("Jo", []).label_at(0) == "Person"
