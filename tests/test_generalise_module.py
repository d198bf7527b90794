"""redactcheck.redaction.generalise: a quasi identifier becomes words that still read naturally.

Tables of Span -> phrase per generaliser; the phrase for a demographic finding depends on the
rule that found it, so those rows go through the real Linter and redaction. (Whole sentences
under each style are tests/test_redaction.py.)
"""

from __future__ import annotations

from typing import Any

import pytest

from redactcheck.redaction import redact
from redactcheck.redaction.generalise import (
    GENERALISERS,
    LEADS,
    Span,
    a_an,
    age,
    date,
    decade,
    fixed,
    institution,
    local_authority,
    location,
    own_placeholder,
)
from redactcheck.types import Category


@pytest.mark.parametrize(
    ("word", "article"),
    [
        ("teenager", "a"),
        ("adult", "an"),
        ("older", "an"),
        ("hour", "an"),  # a silent h
        ("university", "a"),  # a vowel letter that sounds "you"
        ("euro", "a"),
        ("one", "a"),  # a vowel letter that sounds "w"
        ("umbrella", "an"),
    ],
)
def test_a_an(word: str, article: str) -> None:
    assert a_an(word) == article


@pytest.mark.parametrize(
    ("core", "lead", "next_word", "phrase"),
    [
        ("14", "", "", "a teenager"),
        ("fourteen", "", "", "a teenager"),  # in words
        ("sixty seven", "", "", "an older person"),  # the words add up
        ("14", "the ", "", "the teenager"),
        ("14", "aged ", "", "of secondary-school age"),  # "aged 14" reads "aged ..." no more
        ("aged 14", "", "", "of secondary-school age"),
        ("14", "at ", "", "as a teenager"),  # "at 14" -> "as a teenager"
        ("14-year-old", "a ", "girl", "a teenage"),  # "a 14-year-old girl" -> "a teenage girl"
        ("14yo", "", "lad", "a teenage"),
        ("14-year-old", "the ", "boy", "the teenage"),
        ("14-year-old", "", "table", "a teenager"),  # no person after it: the noun itself
        ("seven", "an ", "", "a child"),  # the phrase brings its own article
        ("3 months", "", "", "a baby"),
        ("0", "", "", "a baby"),
        ("4", "", "", "a young child"),
        ("5", "", "", "a child"),
        ("11", "", "", "a child"),
        ("12", "", "", "a teenager"),
        ("17", "", "", "a teenager"),
        ("18", "", "", "a young adult"),
        ("24", "", "", "a young adult"),
        ("25", "", "", "an adult"),
        ("64", "", "", "an adult"),
        ("65", "", "", "an older person"),
        ("10s", "", "", "in their teens"),  # a decade of life
        ("in her 40s", "", "", "in adulthood"),
        ("60s", "", "", "in later life"),
    ],
)
def test_age(core: str, lead: str, next_word: str, phrase: str) -> None:
    assert age(Span("AGE", core, lead=lead, next_word=next_word)) == phrase


@pytest.mark.parametrize(
    ("core", "lead", "phrase"),
    [
        ("3rd March 2024", "", "early 2024"),
        ("3rd March 2024", "on ", "in early 2024"),  # "on" fits a day, not a season
        ("3rd March 2024", "on the ", "in early 2024"),
        ("3rd March 2024", "the ", "early 2024"),  # an article alone is no preposition
        ("1st April 2024", "", "early 2024"),  # January to April
        ("31st August 2024", "", "mid-2024"),  # May to August
        ("3rd March 2024", "since ", "since early 2024"),  # other prepositions stay
        ("May 2020", "in ", "in mid-2020"),
        ("the 3rd of August 2022", "", "mid-2022"),
        ("12/09/2023", "", "late 2023"),  # a numeric date's month
        ("1/5/2021", "on ", "in mid-2021"),  # UK order: May
        ("2019", "in ", "in the late 2010s"),  # a year alone: part of its decade
        ("Saturday 9 March", "on ", "recently"),  # no year
        ("9 March", "until ", "until recently"),
        ("9 March", "by ", "by a recent date"),
        ("9 March", "before the ", "before a recent date"),
    ],
)
def test_date(core: str, lead: str, phrase: str) -> None:
    assert date(Span("DATE", core, lead=lead)) == phrase


@pytest.mark.parametrize(
    ("year", "phrase"),
    [
        (2010, "the early 2010s"),
        (2013, "the early 2010s"),
        (2014, "the mid-2010s"),
        (2016, "the mid-2010s"),
        (2017, "the late 2010s"),
        (1999, "the late 1990s"),
    ],
)
def test_decade(year: int, phrase: str) -> None:
    assert decade(year) == phrase


@pytest.mark.parametrize(
    ("core", "phrase"),
    [
        ("St Mary's Primary", "a primary school"),
        ("Little Acorns Nursery", "a nursery"),
        ("Hyndland Secondary", "a secondary school"),
        ("Castle Academy", "a secondary school"),
        ("Highland High", "a secondary school"),
        ("University of Glasgow", "a university"),
        ("Kelvin College", "a college"),
        ("Oak Tree Children's Home", "a children's home"),
        ("Rosewood Care Home", "a care home"),
        ("Ward 4", "a hospital ward"),
        ("Glasgow Royal Infirmary", "a hospital"),
        ("Govan Health Centre", "a GP practice"),
        ("Paisley Sheriff Court", "a court"),
        ("HMP Barlinnie", "a prison"),
        ("St Andrew's Church", "a place of worship"),
        ("Springburn Library", "a local service"),  # no kind the table knows
    ],
)
def test_institution(core: str, phrase: str) -> None:
    assert institution(Span("INSTITUTION", core)) == phrase


@pytest.mark.parametrize(
    ("core", "phrase"),
    [
        ("Fife Council", "a local authority"),
        ("Glasgow City HSCP", "a health and social care partnership"),
        (
            "East Ayrshire Health and Social Care Partnership",
            "a health and social care partnership",
        ),
        ("NHS Lothian Health Trust", "a health trust"),
        ("Govan Duty Team", "a local team"),  # a named team before the body it belongs to
    ],
)
def test_local_authority(core: str, phrase: str) -> None:
    assert local_authority(Span("LOCAL_AUTHORITY", core)) == phrase


@pytest.mark.parametrize(
    ("core", "lead", "phrase"),
    [
        ("Partick", "", "a part of Glasgow"),  # a neighbourhood: its parent
        ("Leith", "", "a part of Edinburgh"),
        ("Paisley", "", "a town in Renfrewshire"),
        ("Isle of Skye", "", "an island in Highland"),
        ("Aberchirder", "", "a village in Aberdeenshire"),
        ("Glasgow", "", "a city in Scotland"),  # a city: its nation
        ("Highland", "", "a part of Scotland"),  # a region: its nation
        ("Arbroath", "", "a town in Scotland"),  # "a town in Angus" would read as a person
        ("Zorbleck", "", "the local area"),  # the gazetteer does not know it
        ("Glasgow", "a ", "a local"),  # "a Glasgow school" -> "a local school"
    ],
)
def test_location(core: str, lead: str, phrase: str) -> None:
    assert location(Span("LOCATION", core, lead=lead)) == phrase


@pytest.mark.parametrize(
    ("before", "core", "own"),
    [
        ("lives in a part of ", "Glasgow", True),  # a parent inside a phrase this module wrote
        ("a town in ", "Renfrewshire", True),
        ("a village in ", "Scotland", True),
        ("an island in ", "the UK", True),
        ("lives in ", "Glasgow", False),  # the draft's own words
        ("a part of ", "Partick", False),  # no place's parent
    ],
)
def test_own_placeholder(before: str, core: str, own: bool) -> None:
    assert own_placeholder(before, core) is own


@pytest.mark.parametrize(
    ("category", "before", "absorbed"),
    [
        ("AGE", "she is a ", "a "),  # "a 14-year-old" -> "a teenager", not "a a teenager"
        ("AGE", "the boy, aged ", "aged "),
        ("AGE", "she left at ", "at "),
        ("DATE", "we met on the ", "on the "),  # "on the 3rd" -> "in early 2024"
        ("DATE", "open since ", "since "),
        ("INSTITUTION", "moved to the ", "the "),
        ("LOCATION", "grew up in the ", "the "),
        ("AGE", "Jamie ", None),  # nothing to absorb
        ("INSTITUTION", "moved to ", None),
    ],
)
def test_leads_the_redactor_widens_a_span_over(
    category: str, before: str, absorbed: str | None
) -> None:
    match = LEADS[category].search(before)
    assert (match.group() if match and match.group() else None) == absorbed


def test_every_category_has_a_phrase_or_a_generaliser() -> None:
    """A quasi category with no natural phrase is tagged by the redactor; every direct one has
    a fixed phrase, so a generalised draft never leaves a direct identifier's tag."""
    direct = [c.value for c in Category if c.kind == "direct"]
    assert all(fixed(category) for category in direct)
    covered = set(GENERALISERS) | {c.value for c in Category if fixed(c.value)} | {"DEMOGRAPHIC"}
    assert covered == {c.value for c in Category}


@pytest.mark.parametrize(
    ("text", "generalised"),
    [
        ("She speaks Polish at home.", "She speaks another language at home."),
        ("Mum speaks Tigrinya and some English.", "Mum speaks another language and some English."),
        ("He has Hutchinson-Gilford progeria syndrome.", "He has a rare condition."),
        ("The family are Tigrinya speakers.", "The family are [DEMOGRAPHIC]."),  # no verb of speech
        ("The family are Muslim.", "The family are [DEMOGRAPHIC]."),  # no phrase fits: a tag
    ],
)
def test_a_demographic_is_generalised_only_where_the_words_fit(
    linter: Any, text: str, generalised: str
) -> None:
    assert redact(text, linter.check(text).findings, "generalise") == generalised
