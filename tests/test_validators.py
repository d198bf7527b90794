"""redactcheck.detect.validators, one table per validator: the checksums and formats of
`checksums` first, then the validators of `name_slots` that read the shipped word lists.
Every number here was made up for the test and given its check digit by the algorithm it
exercises."""

from __future__ import annotations

import pytest

from redactcheck.detect.validators import NAMES, VALIDATORS, checksums, name_slots
from redactcheck.detect.validators.checksums import (
    chi,
    date,
    luhn,
    nhs,
    nino,
    not_date,
    not_placeholder,
    postcode,
    uk_phone,
)
from redactcheck.detect.validators.name_slots import (
    family_surname,
    first_name,
    local_place,
    name_like,
    not_an_acronym,
    not_function_word,
    place_name,
    place_not_person,
    strong_name,
    surname_then_first_name,
    surname_word,
    title_and_name,
    title_and_rare_word,
    unknown_word,
)

# --- checksums and formats -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("401 023 2137", True),
        ("4010232137", True),  # spacing does not matter
        ("401-023-2137", True),
        ("401 023 2138", False),  # invalid: check digit wrong
        ("401 023 213", False),  # invalid: nine digits
        ("401 023 21370", False),  # invalid: eleven digits
        ("000 000 0000", False),  # invalid: one digit ten times (its checksum would pass)
        ("123 456 7890", False),  # invalid: the check digit would be 10, which is never issued
        ("123 456 7881", True),
        ("987 654 3210", True),  # a remainder of 0 makes the check digit 0, not 11
    ],
)
def test_nhs(text: str, valid: bool) -> None:
    assert nhs(text) is valid


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("070580 2469", True),  # born 7 May 1980
        ("2503841112", True),
        ("2902001231", True),  # 29 February 2000: a date in one of the two centuries
        ("0705802468", False),  # invalid: check digit wrong
        ("0113991231", False),  # invalid: month 13 (the checksum passes)
        ("3210991235", False),  # invalid: day 32 (the checksum passes)
        ("2902991231", False),  # invalid: 29 February in neither 1999 nor 2099 (checksum passes)
        ("070580246", False),  # invalid: nine digits
    ],
)
def test_chi(text: str, valid: bool) -> None:
    assert chi(text) is valid


def test_a_chi_number_is_an_nhs_checksum_with_a_birth_date() -> None:
    assert nhs("2902991231") and not chi("2902991231")  # same check digit, no such date


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("AB 12 34 56 C", True),
        ("ab123456c", True),  # case does not matter
        ("AB-12-34-56-C", True),  # nor hyphens
        ("OA123456A", True),  # O may come first
        ("QA123456C", False),  # invalid: Q is never a first letter
        ("AD123456A", False),  # invalid: D is never a second letter
        ("AO123456A", False),  # invalid: O is never a second letter
        ("GB123456A", False),  # invalid: a prefix never issued
        ("AB123456E", False),  # invalid: suffix after D
        ("AB.12.34.56.C", True),  # dots, as a number is dotted to hide it
        ("AB12345C", False),  # invalid: five digits
    ],
)
def test_nino(text: str, valid: bool) -> None:
    assert nino(text) is valid


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("4920 0000 0000 0017", True),
        ("4920000000000017", True),
        ("4920 0000 0000 0018", False),  # invalid: check digit wrong
        ("4567 0000 0000 0007", True),  # a doubled 6 counts as 1 + 2
        ("5300 0000 0000 009", True),  # fifteen digits
        ("0" * 12, True),  # twelve digits: the shortest card number
        ("0" * 11, False),  # invalid: too short for a card
        ("0" * 20, False),  # invalid: too long for a card
    ],
)
def test_luhn(text: str, valid: bool) -> None:
    assert luhn(text) is valid


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("12/03/2024", True),
        ("29/02/2024", True),  # a leap year
        ("29/02/2023", False),  # invalid: no 29 February that year
        ("31/02/2024", False),  # invalid: no such day
        ("12/13/2024", False),  # invalid: month 13 (UK order, day first)
        ("2011-04-03", True),  # ISO order, year first
        ("12/03/24", True),  # a two-digit year
        ("1.3.99", True),  # dots
        ("01/01/1850", False),  # invalid: before 1900
        ("3 March 2024", True),  # written out: the rule's own pattern checks those
        ("14 03 2011", True),  # a form's boxes: day, month and year apart by spaces
        ("14032011", True),  # the boxes run together
        ("140311", True),
        ("31022011", False),  # invalid: no 31 February
        ("12345678", False),  # invalid: no month 34
    ],
)
def test_date(text: str, valid: bool) -> None:
    assert date(text) is valid


@pytest.mark.parametrize(
    ("text", "real"),
    [
        ("485 777 3456", True),
        ("943 476 5919", True),
        ("000 000 0000", False),  # one digit over and over: "not known" on a form
        ("999 999 9999", False),
        ("123 456 7890", False),  # counted up, wrapping past 9
        ("987 654 3210", False),  # counted down
        ("1234567891", True),  # counting breaks at the end
    ],
)
def test_not_placeholder(text: str, real: bool) -> None:
    assert not_placeholder(text) is real


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("EH1 1YZ", True),
        ("eh11yz", True),  # case and the space do not matter
        (" EH1 1YZ ", True),  # surrounding space is trimmed
        ("W1A 0AX", True),  # outward code A9A
        ("EC1A 1BB", True),  # outward code AA9A
        ("GIR 0AA", True),  # the one historic exception
        ("Q1 1AA", False),  # invalid: Q never starts a postcode
        ("EH1 1CZ", False),  # invalid: C is never in the inward code
        ("EH1", False),  # invalid: the outward code alone
        ("EH1  1YZ", False),  # invalid: two spaces
    ],
)
def test_postcode(text: str, valid: bool) -> None:
    assert postcode(text) is valid


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("0131 496 0000", True),  # a geographic number
        ("07700 900123", True),  # a mobile
        ("0800 123 4567", True),  # freephone
        ("+44 7700 900123", True),  # international form
        ("0044 7700 900123", True),
        ("+44 (0)7700 900123", True),  # the bracketed trunk zero
        ("0500 123456", False),  # invalid: no 05 range any more
        ("7700 900123", False),  # invalid: no leading zero
        ("0131 496 00000", False),  # invalid: twelve digits
    ],
)
def test_uk_phone(text: str, valid: bool) -> None:
    assert uk_phone(text) is valid


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("AB/12345", True),
        ("2024/00123", True),
        ("12/34/56", True),  # no such date: a reference
        ("12/03/24", False),  # merely a date
        ("2011-04-03", False),
    ],
)
def test_not_date(text: str, reference: bool) -> None:
    assert not_date(text) is reference


# --- name slots: word lists decide ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("Sarah", True),
        ("Kowalczyk", True),  # no English word
        ("Sarah.", True),  # punctuation at the edge is not part of the word
        ("Sarah Wood", True),  # one ordinary word allowed in a two-word name
        ("Wood", False),  # invalid: an ordinary word alone
        ("Wood Table", False),  # invalid: every word ordinary
        ("Monday", False),  # invalid: a day
        ("June", False),  # invalid: a month, though a first name too
        ("Wood,", False),  # invalid: punctuation does not hide an ordinary word
        ("Thursday Jones", False),  # invalid: any function word, day or month refuses
        ("", False),
    ],
)
def test_name_like(text: str, valid: bool) -> None:
    assert name_like(text) is valid


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("sarah", True),  # lower-case chat: the gazetteer, not the capital, decides
        ("Big Tam", True),  # ends in a first name
        ("table", False),  # invalid: no first name
        ("Sarah the", False),  # invalid: ends in a function word
        ("june", False),  # invalid: a month, though a first name too
        ("", False),
    ],
)
def test_first_name(text: str, valid: bool) -> None:
    assert first_name(text) is valid


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("Paddy", True),
        ("Blessing", True),  # a word, but not one of the most frequent
        ("Hope", True),  # a most frequent word, written with a first name's capital
        ("hope", False),  # invalid: the same word without its capital
        ("HOPE", False),  # invalid: all capitals are no name's capital
        ("Children's Services", False),  # invalid: most frequent words
        ("the", False),  # invalid: a function word
        ("Monday", False),  # invalid: a day, though no frequent word
    ],
)
def test_strong_name(text: str, valid: bool) -> None:
    assert strong_name(text) is valid


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("Okafor, Leah", True),
        ("Tregaskis-Penrose, Josh", True),  # a double-barrelled surname
        ("Thanks, Leah", False),  # invalid: an English word before the comma
        ("Sorry, Josh", False),  # invalid: the same
        ("Leah, Josh", False),  # invalid: two first names are two people
        ("Okafor, Monday", False),  # invalid: no first name after the comma
    ],
)
def test_surname_then_first_name(text: str, valid: bool) -> None:
    assert surname_then_first_name(text) is valid


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("Reid", True),
        ("Wood", True),  # surnames are often ordinary words
        ("the", False),  # invalid: a function word
        ("March", False),  # invalid: a month
        ("Reid the", False),  # invalid: any word a function word
        ("", False),
    ],
)
def test_not_function_word(text: str, valid: bool) -> None:
    assert not_function_word(text) is valid


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("J.M.", True),  # two letters: initials, whatever they spell
        ("A.J.K.", True),
        ("C.S.E.", False),  # invalid: child sexual exploitation, with stops
        ("C.C.E.", False),  # invalid: a case note's shorthand (shorthand_initials.txt)
        ("A.C.E.", False),  # invalid: adverse childhood experiences
        ("J.A.M.", True),  # a word, but no shorthand: initials
    ],
)
def test_not_an_acronym(text: str, valid: bool) -> None:
    assert not_an_acronym(text) is valid


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("Mr Dunlop", True),
        ("Mrs Wood", True),
        ("Mr", False),  # invalid: a title alone
        ("Dr Monday", False),  # invalid: a day after the title
    ],
)
def test_title_and_name(text: str, valid: bool) -> None:
    assert title_and_name(text) is valid


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("mr ahmed", True),  # no ordinary English word
        ("mr brown", True),  # a word, but a common surname
        ("dr sarah", True),  # a first name
        ("ms teams", False),  # invalid: an ordinary word, nobody
        ("mrs monday", False),  # invalid: a day
        ("mrs june", False),  # invalid: a month, though a first name too
        ("mr", False),  # invalid: a title alone
    ],
)
def test_title_and_rare_word(text: str, valid: bool) -> None:
    assert title_and_rare_word(text) is valid


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Govan SW", True),  # a place before the role: a team
        ("Paisley SW", True),
        ("Duty SW", True),  # a team word before the role
        ("the Govan SW team", True),
        ("Lorna SW", False),  # a first name and no place before the role: a worker
        ("Hospital Social Work Team", False),  # ordinary words where the place should be
    ],
)
def test_place_not_person(text: str, place: bool) -> None:
    assert place_not_person(text) is place


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Fairbairns", True),  # the singular is no English word
        ("Kowalskis", True),
        ("Smiths", True),  # the singular is a word, but a surname
        ("Greens", False),  # invalid: an ordinary word's plural
        ("Saints", False),
        ("Hughes", True),  # -es: neither "Hughe" nor "Hugh" is an ordinary word
        ("Classes", False),  # invalid: -es over an ordinary word ("class"), though "classe" is none
        ("Boxes", False),
        ("Families", False),  # invalid: -ies is no family name either
    ],
)
def test_family_surname(text: str, family: bool) -> None:
    assert family_surname(text) is family


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Tregoning", True),  # no English word
        ("Foster", True),  # a word and a surname, written as a name
        ("foster", False),  # invalid: the word, written as one
        ("FOSTER", False),  # invalid: capitals are a heading, not a name
        ("other", False),  # invalid: a word and no surname
        ("school", False),
        ("does", False),  # invalid: a function word that is in no word list
        ("the", False),  # invalid: a function word
    ],
)
def test_surname_word(text: str, surname: bool) -> None:
    assert surname_word(text) is surname


@pytest.mark.parametrize(
    ("text", "unknown"),
    [
        ("tayshawn", True),
        ("kayden", True),
        ("walked", False),  # invalid: the -ed form of a word
        ("tables", False),  # invalid: the -s form of a word
        ("remedied", False),  # invalid: the -ied form of a word
        ("ladies", False),  # invalid: the -ies form of a word
        ("having", False),  # invalid: the -ing form of a word ending in e
        ("making", False),  # invalid: the -ing form of a word ending in e
        ("innit", False),  # invalid: chat shorthand
        ("the", False),  # invalid: a function word
    ],
)
def test_unknown_word(text: str, unknown: bool) -> None:
    assert unknown_word(text) is unknown


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("paisley sheriff ct", True),
        ("Dundee Sheriff Court", True),
        ("leeds magistrates", True),
        ("big sheriff court", False),  # invalid: no place before the court word
        ("sheriff court", False),  # invalid: nothing before the court word
    ],
)
def test_place_name(text: str, place: bool) -> None:
    assert place_name(text) is place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Broch", True),  # a place the gazetteer knows
        ("Govan", True),
        ("Bath", True),  # a place, though an English word too
        ("Zorbleck", True),  # no English word
        ("Stairs", False),  # invalid: an ordinary word with a capital
        ("Christmas holidays", False),
        ("", False),
    ],
)
def test_local_place(text: str, place: bool) -> None:
    assert local_place(text) is place


def test_rules_ask_for_validators_by_their_function_names() -> None:
    """The registry a rule's `validator:` key is looked up in names each function as it is."""
    assert all(
        check is getattr(checksums, name, None) or check is getattr(name_slots, name, None)
        for name, check in VALIDATORS.items()
    )
    assert NAMES == frozenset(VALIDATORS)
    assert {"chi", "nhs", "nino", "luhn", "postcode", "name_like", "strong_name"} <= set(VALIDATORS)


@pytest.mark.parametrize(
    "text, valid",
    [
        ("tamzin", True),  # no English word
        ("kiera", True),  # a gazetteer first name that is no word
        ("reporter's", False),  # a contraction: the word before it is English
        ("she's", False),
        ("grace", False),  # a name that is also a word needs a stronger slot
        ("everyone", False),
    ],
)
def test_chat_name(text: str, valid: bool) -> None:
    assert name_slots.chat_name(text) is valid


@pytest.mark.parametrize(
    "text, valid",
    [("grace", True), ("will", True), ("tamzin", True), ("everyone", False), ("back", False)],
)
def test_name_even_if_word(text: str, valid: bool) -> None:
    assert name_slots.name_even_if_word(text) is valid


@pytest.mark.parametrize(
    "text, valid",
    [
        ("cardiff east locality team", True),
        ("north liverpool locality", True),
        ("dundee east team", True),
        ("new locality team", False),  # no place before the team words
        ("hospital sw team", False),
    ],
)
def test_place_before_team(text: str, valid: bool) -> None:
    assert name_slots.place_before_team(text) is valid


@pytest.mark.parametrize(
    "text, valid",
    [("ysgol nant yr eithin", True), ("coleg menai", True), ("ysgol gynradd was", False)],
)
def test_welsh_school(text: str, valid: bool) -> None:
    assert name_slots.welsh_school(text) is valid


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("hendersons", True),
        ("mcbrides", True),
        ("roses", False),
        ("parents", False),
        ("knives", False),  # the plural of "knife"
        ("polis", False),  # chat's word for the police
    ],
)
def test_family_surname_no_word(text: str, valid: bool) -> None:
    """In lower case a plural is a family only when no singular is an ordinary word."""
    assert name_slots.family_surname_no_word(text) is valid


@pytest.mark.parametrize(("text", "valid"), [("Hope", True), ("Will", True), ("Tesco", False)])
def test_name_that_is_a_word(text: str, valid: bool) -> None:
    assert name_slots.name_that_is_a_word(text) is valid


def test_a_month_is_not_a_name_that_is_a_word() -> None:
    assert not name_slots.name_that_is_a_word("May")


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("oak lodge", True),
        ("rowan house", True),
        ("safe house", False),  # a frequent word names no house
        ("nans house", False),  # a possessive without its apostrophe
        ("the house", False),
    ],
)
def test_named_house(text: str, valid: bool) -> None:
    assert name_slots.named_house(text) is valid


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("Stockton locality team", True),  # the short form of Stockton-on-Tees
        ("Hospital Social Work Team", False),
    ],
)
def test_place_not_person_knows_short_forms_of_places(text: str, valid: bool) -> None:
    assert name_slots.place_not_person(text) is valid
