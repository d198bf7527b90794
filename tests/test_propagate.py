"""Every mention of a found name is found: whole, first name, surname and initials."""
from __future__ import annotations

from redactcheck import Linter
from redactcheck.propagate import name_variants


def test_variants_are_the_name_its_parts_and_its_initials() -> None:
    assert name_variants("Mrs Kai Robson") == {"Kai Robson", "Kai", "Robson", "KR", "K.R."}


def test_initials_that_are_social_care_shorthand_are_not_variants() -> None:
    assert name_variants("Sarah Williams") == {"Sarah Williams", "Sarah", "Williams"}
    assert name_variants("Hannah Vance") == {"Hannah Vance", "Hannah", "Vance"}


def test_a_single_name_has_no_initials() -> None:
    assert name_variants("Kayden") == {"Kayden"}


def test_linter_finds_initials_of_a_name_given_once_but_not_shorthand(linter: Linter) -> None:
    text = "Sarah Williams is allocated to KR (Kai Robson).\n\nThe SW rang the HV today. KR was out."
    found = {(f.text, f.category) for f in linter.check(text).findings}
    assert ("KR", "PERSON") in found
    assert not {t for t, _ in found} & {"SW", "HV"}
