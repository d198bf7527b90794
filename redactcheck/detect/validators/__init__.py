"""Named validators that YAML rules can ask for by name.

A validator takes the matched text and says whether it is a real identifier
of that kind. A checksum alone is weak evidence (one 10-digit number in 11
passes a mod-11 check), so rules pair these with context words.

`checksums` holds the format and checksum validators, `name_slots` those that judge a
name or place against the lexicon. VALIDATORS is the registry a rule's `validator:` key
is looked up in; NAMES is its set of names, which the rule loader checks against.
"""

from __future__ import annotations

from typing import Callable

from redactcheck.detect.validators import checksums, name_slots

Validator = Callable[[str], bool]

VALIDATORS: dict[str, Validator] = {
    "chi": checksums.chi,
    "nhs": checksums.nhs,
    "nino": checksums.nino,
    "luhn": checksums.luhn,
    "date": checksums.date,
    "postcode": checksums.postcode,
    "uk_phone": checksums.uk_phone,
    "not_date": checksums.not_date,
    "not_placeholder": checksums.not_placeholder,
    "name_like": name_slots.name_like,
    "surname_word": name_slots.surname_word,
    "unknown_word": name_slots.unknown_word,
    "chat_name": name_slots.chat_name,
    "name_even_if_word": name_slots.name_even_if_word,
    "name_in_a_person_slot": name_slots.name_in_a_person_slot,
    "name_that_is_a_word": name_slots.name_that_is_a_word,
    "place_name": name_slots.place_name,
    "local_place": name_slots.local_place,
    "place_before_team": name_slots.place_before_team,
    "welsh_school": name_slots.welsh_school,
    "first_name": name_slots.first_name,
    "not_function_word": name_slots.not_function_word,
    "not_an_acronym": name_slots.not_an_acronym,
    "title_and_name": name_slots.title_and_name,
    "strong_name": name_slots.strong_name,
    "capitals_surname_first": name_slots.capitals_surname_first,
    "surname_then_first_name": name_slots.surname_then_first_name,
    "title_and_rare_word": name_slots.title_and_rare_word,
    "first_name_and_surname": name_slots.first_name_and_surname,
    "rare_full_name": name_slots.rare_full_name,
    "word_full_name": name_slots.word_full_name,
    "place_not_person": name_slots.place_not_person,
    "family_surname": name_slots.family_surname,
    "family_surname_no_word": name_slots.family_surname_no_word,
    "named_house": name_slots.named_house,
}

NAMES: frozenset[str] = frozenset(VALIDATORS)
