"""An age right after a name found by anything, in any case."""

from __future__ import annotations

from redactcheck.detect.beside_names import ages_after_names
from redactcheck.types import Finding


def _person(text: str, name: str) -> Finding:
    start = text.index(name)
    return Finding(start, start + len(name), "PERSON", 0.85, "ner-person", "", text=name)


def test_an_age_in_brackets_or_between_commas_after_a_name_is_its_age() -> None:
    for text, name, age in [
        ("seán (11) lives with his dad", "seán", "11"),
        ("MRS MORAG MACIVER, 77, LIVES ALONE", "MRS MORAG MACIVER", "77"),
        ("her son lachlan, twelve, was excluded", "lachlan", "twelve"),
        ("The child is Kayla Morrow, 14.", "Kayla Morrow", "14"),  # at the end of the text
        ("Referral for Jayden Pike, 9", "Jayden Pike", "9"),
        ("Amy: Inês 4 and Tiago 18 months", "Inês", "4"),  # a list of children, as chat gives it
        ("Amy: Inês 4 and Tiago 18 months", "Tiago", "18 months"),
        ("kids are jayden 7, mia 4", "jayden", "7"),
    ]:
        found = ages_after_names(text, [_person(text, name)])
        assert [(f.text, f.category, f.rule) for f in found] == [(age, "AGE", "age-after-name")]


def test_a_number_after_a_name_that_is_no_bare_age_is_left_alone() -> None:
    for text, name in [
        ("kayden, 14 Mill Road, rang", "kayden"),  # a house number
        ("gave kayden 3 quid", "kayden"),
        ("kayden (see p. 4) rang", "kayden"),
        ("kayden, 14 Mill Road.", "kayden"),
        ("Thanks, Jo Brackley, 2024", "Jo Brackley"),  # a year, no age
        ("saw Tiago 2 weeks ago", "Tiago"),
        ("gave Tiago 3 quid and", "Tiago"),
        ("Tiago 3 times, and", "Tiago"),
        ("Tiago 10:30 and", "Tiago"),
    ]:
        assert ages_after_names(text, [_person(text, name)]) == []


def test_the_linter_reads_the_age_after_a_name_in_a_shouted_draft(linter) -> None:
    found = {(f.text, f.category) for f in linter.check("MRS MORAG MACIVER, 77, LIVES ALONE.").findings}
    assert ("77", "AGE") in found


def test_a_word_no_english_word_is_before_a_found_surname_is_the_first_name() -> None:
    from redactcheck.detect.beside_names import first_names_before_names

    for text, name, whole in [
        ("her son, tobi okonkwo, attends", "okonkwo", "tobi okonkwo"),
        ("HER SON, TOBI OKONKWO, ATTENDS", "OKONKWO", "TOBI OKONKWO"),
    ]:
        found = first_names_before_names(text, [_person(text, name)])
        assert [f.text for f in found] == [whole]
    text = "we saw the okonkwo family"  # "the" is an English word
    assert first_names_before_names(text, [_person(text, "okonkwo")]) == []


def test_the_other_members_of_a_list_holding_a_name_are_names() -> None:
    from redactcheck.detect.beside_names import names_listed_with_names

    for text, name, others in [
        ("bunk beds for Marley, Tia and Kobe in a weekend", "Tia", ["Kobe", "Marley"]),
        ("Tia, Kobe and Marley came", "Tia", ["Kobe", "Marley"]),
        ("Tia & Kobe went", "Tia", ["Kobe"]),
        ("Jack and Will share a room", "Jack", ["Will"]),
        ("Tia and Tyler share a room", "Tia", ["Tyler"]),  # a first name with an -er  # a name that is a word, capitalised
        ("saw tia and kayden at nans", "tia", ["kayden"]),  # one case: no English word
        ("beds for marley, tia and kobe", "tia", ["kobe", "marley"]),  # one case: rare words
        ("BEDS FOR MARLEY, TIA AND KOBE", "TIA", ["KOBE", "MARLEY"]),
        # a name that is also a word, one of a pair that is a plural verb's subject
        ("grace and ellie were fighting again", "ellie", ["grace"]),
        ("ok. ellie and hope went to the shop", "ellie", ["hope"]),
    ]:
        one_case = text.islower() or text.isupper()
        found = names_listed_with_names(text, [_person(text, name)], one_case)
        assert sorted(f.text for f in found) == sorted(others), text
        assert {f.rule for f in found} == {"name-listed-with-name"}


def test_words_beside_a_name_that_are_no_list_member_are_left_alone() -> None:
    from redactcheck.detect.beside_names import names_listed_with_names

    for text, name in [
        ("Sadly, Tia left", "Tia"),  # an adverb opening the sentence
        ("Sarah Jones, Principal Social Worker", "Sarah Jones"),  # a bare comma, no list after
        ("Tia and Mum came", "Tia"),  # a kin word
        ("Tia and I went", "Tia"),
        ("Tia, Social Care and Health", "Tia"),  # frequent words
        ("Tia and Leeds", "Tia"),  # a place
        ("Tia and May went", "Tia"),  # a month
        ("tia and mum came", "tia"),  # one case: a kin word
        ("tia and camhs came", "tia"),  # one case: a service's shorthand
        ("sadly, tia left", "tia"),
        ("tia and will be there", "tia"),  # one case: a verb
        ("her mum rang and kobe came", "kobe"),  # one case: a verb a person does, not a name
        ("i hope ellie and mum are ok", "ellie"),  # "hope" opens no pair
        ("she said that grace and ellie were", "ellie"),  # the pair opens no sentence
        ("the eldest, kacper, is on mosaic", "kacper"),  # after an article
        ("my supervisor, isla, helped", "isla"),  # after a possessive
        ("to make it harder, jade does not", "jade"),  # after a pronoun
        ("with one of mine, kayla, 15", "kayla"),  # a pronoun
        ("the Domestic Abuse Commissioner, Nicole Jacobs, wrote", "Nicole Jacobs"),
        ("drawings (Nicki Weld and Maggie Greening)", "Maggie Greening"),  # a name's end
        ("team manager, Exploitation & Missing", "Exploitation"),  # an ordinary ending
    ]:
        assert names_listed_with_names(text, [_person(text, name)], text.islower()) == [], text


def test_a_list_member_inside_a_name_found_is_not_found_again() -> None:
    from redactcheck.detect.beside_names import names_listed_with_names

    text = "Sarah Jones and Tom went"
    found = [_person(text, "Sarah Jones"), _person(text, "Tom")]
    assert names_listed_with_names(text, found, False) == []


def test_a_name_found_only_for_its_list_is_as_strong_as_the_name_beside_it(linter) -> None:
    """A list member says no more of the person than the name it is listed with: beside a
    lone name with nothing around it, weak (it alone does not refuse the draft); in a list
    of someone's children, strong."""
    thanked = "Credits: produced by Elspeth Nwachukwu. Our patrons, especially Sandeep, Gwen and the Thursday night crowd, kept us going."
    strength = {f.text: f.strength for f in linter.check(thanked).findings}
    assert strength.get("Sandeep") == "weak"
    kids = "Her kids Marley, Tia and Kobe were taken into care on Friday."
    strength = {f.text: f.strength for f in linter.check(kids).findings}
    assert strength.get("Kobe") == "strong"
