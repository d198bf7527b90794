"""Whose contact detail is it (redactcheck.suppress.owned): an address or handle that spells the
name of someone the draft names in a role (the author, a professional) is theirs, as is any
contact detail on its line; never when it spells a reported name. Drafts are invented."""

from __future__ import annotations

from typing import Any

import pytest

from redactcheck.suppress.owned import OWN_CONTACT, spelled

BIO = (
    "I have been a foster carer's supervising social worker for nine years.\n\n"
    "Jo Marsh is a senior practitioner in a fostering team in Leeds. You can reach her at "
    "jo.marsh@example.org or follow her on X @jomarsh_sw.\n"
)
SIGNATURE = (
    "Thanks for reading! Comments welcome below.\n\n"
    "Priya Nair, ASYE coordinator\npriya.nair@example.org | 07700 900412\n"
)


def _contacts(report: Any) -> tuple[list[str], list[str]]:
    return (
        [f.text for f in report.findings if f.category == "CONTACT"],
        [s.finding.text for s in report.suppressed if s.why == OWN_CONTACT],
    )


def test_the_authors_own_address_and_handle_in_a_bio(linter: Any) -> None:
    report = linter.check(BIO)
    assert _contacts(report) == ([], ["jo.marsh@example.org", "@jomarsh_sw"])
    assert not report.has_direct


def test_a_phone_on_the_line_of_a_professionals_own_address(linter: Any) -> None:
    assert _contacts(linter.check(SIGNATURE)) == ([], ["priya.nair@example.org", "07700 900412"])


def test_an_address_that_spells_a_reported_name_stays(linter: Any) -> None:
    text = (
        "Her mum Tina Marsh rang. Jo Marsh from the team says Tina's email is "
        "tina.marsh@example.com\n"
    )
    assert _contacts(linter.check(text)) == (["tina.marsh@example.com"], [])


def test_someone_elses_handle_in_a_bio_stays(linter: Any) -> None:
    text = BIO.replace("@jomarsh_sw", "@kaylee_x07")
    assert _contacts(linter.check(text)) == (["@kaylee_x07"], ["jo.marsh@example.org"])


def test_a_line_that_names_a_subject_keeps_its_phone(linter: Any) -> None:
    text = SIGNATURE.replace("| 07700 900412", "| Kayleigh Brand's mum 07700 900412")
    contacts, owned = _contacts(linter.check(text))
    assert "07700 900412" in contacts and "07700 900412" not in owned


@pytest.mark.parametrize(
    ("name", "keys"),
    [
        ("Jo Marsh", {"marsh", "jomarsh", "marshjo", "jmarsh"}),
        ("Dr Sam Lee", {"samlee", "leesam"}),  # a short surname only with the first name
        ("Priya", set()),  # one word: no way to tell whose
    ],
)
def test_how_an_address_spells_a_name(name: str, keys: set[str]) -> None:
    assert spelled(name) == keys
