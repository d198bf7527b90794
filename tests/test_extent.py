"""A finding reaches over the words of its detail: the article, the verb that makes a
circumstance someone's, and the clause that places or dates it."""

from __future__ import annotations

from redactcheck.detect.extent import birth_cue_length, widened, with_birth_cue
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


def test_a_date_of_birth_takes_its_cue_and_redaction_keeps_it() -> None:
    for text, cue in [
        ("Kayla was born 03/04/2011 in Paisley.", "born 03/04/2011"),
        ("DOB: 14/03/2011", "DOB: 14/03/2011"),
        ("d.o.b. 14/06/2011", "d.o.b. 14/06/2011"),
        ("Her date of birth is 3 April 2011.", "date of birth is 3 April 2011"),
        ("born on the ninth of May", "born on the ninth of May"),
    ]:
        date = cue.split("the ")[-1] if "the ninth" in cue else cue.split()[-1]
        date = "3 April 2011" if "April" in cue else date
        found = with_birth_cue(text, [_finding(text, date, "DATE_OF_BIRTH")])
        assert [f.text for f in found] == [cue], text
    text = "She was born 03/04/2011."  # "was" is no part of the cue
    found = with_birth_cue(text, [_finding(text, "03/04/2011", "DATE_OF_BIRTH")])
    assert [f.text for f in found] == ["born 03/04/2011"]
    text = "She was seen on 03/04/2011."  # a date with no cue is not widened
    found = with_birth_cue(text, [_finding(text, "03/04/2011", "DATE")])
    assert [f.text for f in found] == ["03/04/2011"]
    assert birth_cue_length("born on 03/04/2011") == len("born on ")
    assert birth_cue_length("DOB: 14/03/2011") == len("DOB: ")
    assert birth_cue_length("14/03/2011") == 0


def test_a_date_after_a_birth_cue_is_a_date_of_birth() -> None:
    text = "Baby Noah (born 21 October) and the visit on 3 May."
    found = with_birth_cue(
        text, [_finding(text, "21 October", "DATE"), _finding(text, "3 May", "DATE")], "why"
    )
    assert [(f.text, f.category, f.explanation) for f in found] == [
        ("born 21 October", "DATE_OF_BIRTH", "why"),
        ("3 May", "DATE", ""),
    ]
    text = "The baby was born on Tuesday."  # a weekday alone is no date of birth
    found = with_birth_cue(text, [_finding(text, "Tuesday", "DATE")], "why")
    assert [(f.text, f.category) for f in found] == [("Tuesday", "DATE")]
