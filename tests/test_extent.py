"""A finding reaches over the words of its detail: the article, the verb that makes a
circumstance someone's, and the clause that places or dates it."""

from __future__ import annotations

from redactcheck.detect.extent import widened
from redactcheck.types import Finding


def _finding(text: str, part: str, category: str) -> Finding:
    start = text.index(part)
    return Finding(start, start + len(part), category, 0.7, "rule", "", part)


def test_a_place_or_a_day_takes_its_article() -> None:
    text = "Mum was admitted to the Becklin Centre on the 19th."
    found = widened(
        text, [_finding(text, "Becklin Centre", "INSTITUTION"), _finding(text, "19th", "DATE")]
    )
    assert [f.text for f in found] == ["the Becklin Centre", "the 19th"]


def test_a_date_takes_the_part_of_the_day_or_week_it_is_named_for() -> None:
    text = "He was seen on the night of 4 February and the morning of the 12th, not the 3rd."
    found = widened(
        text,
        [_finding(text, p, "DATE") for p in ("4 February", "12th", "3rd")],
    )
    assert [f.text for f in found] == ["the night of 4 February", "the morning of the 12th", "the 3rd"]
    text = "Most of the night of 4 February"  # not an institution's: only a date's
    found = widened(text, [_finding(text, "4 February", "INSTITUTION")])
    assert [f.text for f in found] == ["4 February"]


def test_a_circumstance_takes_its_verb_and_the_clause_that_places_it() -> None:
    text = "She was the village postmistress until the counter closed, and he drove."
    found = widened(text, [_finding(text, "the village postmistress", "DEMOGRAPHIC")])
    assert [f.text for f in found] == ["was the village postmistress until the counter closed"]


def test_a_widened_finding_stops_at_the_next_finding_and_a_clause_joint() -> None:
    text = "Dad runs the chippy on Mill Street and has the kids on Sundays."
    street = _finding(text, "Mill Street", "LOCATION")
    found = widened(text, [_finding(text, "the chippy", "DEMOGRAPHIC"), street])
    assert [f.text for f in found] == ["runs the chippy", "Mill Street"]
    text = "He works as a stoker in the dockyard and she does not."
    found = widened(text, [_finding(text, "a stoker", "DEMOGRAPHIC")])
    assert [f.text for f in found] == ["works as a stoker in the dockyard"]


def test_a_person_or_an_age_is_not_widened() -> None:
    text = "She was the one who met the Jones family; the 3 of them."
    found = widened(text, [_finding(text, "Jones", "PERSON"), _finding(text, "3", "AGE")])
    assert [f.text for f in found] == ["Jones", "3"]
