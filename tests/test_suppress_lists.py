"""redactcheck.suppress beyond the signature tables of tests/test_suppress.py: the shipped lists
(public bodies, platforms, helplines and their numbers, organisations' handles), the user's
allowlist, and authorship (bylines, front-matter authors). A row is a draft and one candidate
finding; it expects the reason the finding is let go, or None when it is reported.
"""

from __future__ import annotations

import pytest

from redactcheck.detect.view import View
from redactcheck.resources import word_list
from redactcheck.suppress import SERVICE_HANDLE, Suppressor
from redactcheck.suppress.authorship import author_pattern, author_regions, byline_regions
from redactcheck.suppress.lists import organisation_handle
from redactcheck.types import Finding


@pytest.fixture(scope="module")
def suppressor() -> Suppressor:
    return Suppressor(allowlist=["Fife Council", "Big Tam"], allowlist_patterns=[r"REF-\d{5}"])


def candidate(text: str, needle: str, category: str) -> Finding:
    start = text.index(needle)
    return Finding(start, start + len(needle), category, 0.9, "r", "", text=needle)


LISTS = [
    ("The Care Inspectorate visited.", "Care Inspectorate", "INSTITUTION", "public body"),
    ("The Care Inspectorate visited.", "The Care Inspectorate", "INSTITUTION", "public body"),
    ("She is on FRANK's site.", "FRANK", "INSTITUTION", "public body"),  # with its own capitals
    ("She rang childline again.", "childline", "INSTITUTION", None),  # not in an ordinary draft
    ("Call Childline now.", "Call Childline", "INSTITUTION", "public body"),  # + ordinary words
    ("NHS staff referred her.", "NHS staff", "INSTITUTION", "public body"),
    ("NHS Highland referred her.", "NHS Highland", "INSTITUTION", None),  # a place: a local body
    ("She rang Childline 12 times.", "Childline 12", "INSTITUTION", None),  # a number spills over
    ("She messaged on WhatsApp.", "WhatsApp", "PERSON", "platform"),
    ("Ring Crimestoppers tonight.", "Crimestoppers", "INSTITUTION", "helpline"),
    ("Ring 0800 1111 any time.", "0800 1111", "CONTACT", "helpline"),  # a listed number
    ("Ring 0 8 0 0 1 1 1 1 any time.", "0 8 0 0 1 1 1 1", "CONTACT", "helpline"),  # any spacing
    ("Ring 0300 123 3393.", "0300 123 3393", "CONTACT", "helpline"),  # a listed 03 number
    ("Ring 0300 555 0142.", "0300 555 0142", "CONTACT", "helpline"),  # 03: public bodies' range
    ("Ring 0 3 0 0 1 2 3 3 3 9 3.", "0 3 0 0 1 2 3 3 3 9 3", "CONTACT", "helpline"),  # any spacing
    ("Ring +44 300 123 3393.", "+44 300 123 3393", "CONTACT", "helpline"),  # international
    ("Ring 0808 555 0199.", "0808 555 0199", "CONTACT", "helpline"),  # freephone
    ("Ring 0141 572 0237.", "0141 572 0237", "CONTACT", "helpline"),  # a listed geographic number
    ("Ring +44 141 572 0237.", "+44 141 572 0237", "CONTACT", "helpline"),  # the same, from abroad
    ("Ring 116 123.", "116 123", "CONTACT", "helpline"),  # a listed 116 number
    ("Ring 116 117.", "116 117", "CONTACT", "helpline"),  # a harmonised European service
    ("Ring 07700 900123.", "07700 900123", "CONTACT", None),  # a mobile is a person's
    ("Follow @NSPCC for news.", "@NSPCC", "CONTACT", "public body"),  # a listed body's handle
    ("Follow @SamaritansScot for news.", "@SamaritansScot", "CONTACT", "public body"),
    ("Follow @LocalFoodBank for news.", "@LocalFoodBank", "CONTACT", "public body"),  # words
    ("Follow @JadeBrodie for news.", "@JadeBrodie", "CONTACT", None),  # a person's handle
    ("Fife Council wrote.", "Fife Council", "LOCAL_AUTHORITY", "allowlist"),
    ("fife council wrote.", "fife council", "LOCAL_AUTHORITY", "allowlist"),  # in any case
    ("Big Tam was there.", "Big Tam", "PERSON", "allowlist"),
    ("Dundee Council wrote.", "Dundee Council", "LOCAL_AUTHORITY", None),  # not on the list
    ("Opened REF-12345 today.", "REF-12345", "CASE_REF", "allowlist"),  # an allowed pattern
    ("Opened REF-1234 today.", "REF-1234", "CASE_REF", None),
]


@pytest.mark.parametrize(("text", "needle", "category", "why"), LISTS)
def test_listed_names_and_numbers_are_let_go(
    suppressor: Suppressor, text: str, needle: str, category: str, why: str | None
) -> None:
    kept, dropped = suppressor.split(View.plain(text), [candidate(text, needle, category)])
    assert [s.why for s in dropped] == ([why] if why else [])
    assert len(kept) == (0 if why else 1)


@pytest.mark.parametrize(
    ("handle", "organisation"),
    [
        ("@CarersUK", True),  # ordinary words and an acronym
        ("@BBCNews", True),
        ("@FindKaylaNow", False),  # a first name is never an ordinary word
        ("@JadeBrodie", False),
        ("@Carers", False),  # one word: could be anyone's
        ("@carersuk", False),  # no CamelCase to read words from
        ("@NHS", False),  # too short to be sure
    ],
)
def test_organisation_handle(handle: str, organisation: bool) -> None:
    assert organisation_handle(handle, word_list("common_words.txt")) is organisation


@pytest.mark.parametrize(
    ("draft", "handle", "why"),
    [
        ("We post updates on Instagram (@northfieldfostering).", "@northfieldfostering", SERVICE_HANDLE),
        ("Follow the blog: @practicenotes.bsky.social", "@practicenotes.bsky.social", SERVICE_HANDLE),
        ("Find us at @kinship_carers_hub.", "@kinship_carers_hub", SERVICE_HANDLE),
        ("Her snap is @kaylafostering.", "@kaylafostering", None),  # a first name in it
        ("Message @jo_practice today.", "@jo_practice", None),
        ("He is @tiredsocialworker online.", "@tiredsocialworker", None),  # no service's word
        ("Her insta is @kdx_fostering.", "@kdx_fostering", None),  # a part no list knows
        ("Text @fostering99 now.", "@fostering99", SERVICE_HANDLE),
    ],
)
def test_service_handles(suppressor: Suppressor, draft: str, handle: str, why: str | None) -> None:
    kept, dropped = suppressor.split(View.plain(draft), [candidate(draft, handle, "CONTACT")])
    assert [s.why for s in dropped] == ([why] if why else [])
    assert len(kept) == (0 if why else 1)


AUTHORS = ["Joanne Pike", "Sam Reid <sam@example.org> (he/him)"]


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        ("I'm Joanne.", ["Joanne"]),  # a first name alone
        ("by JOANNE PIKE", ["JOANNE PIKE"]),  # in any case
        ("Joanne  Pike and Sam Reid wrote", ["Joanne  Pike and Sam Reid"]),  # one after the other
        ("Ask Sam, or ask Pike.", ["Sam", "Pike"]),
        ("The Pikes moved.", []),  # part of another word
        ("Samuel came.", []),  # the start of a longer name
    ],
)
def test_author_regions(text: str, regions: list[str]) -> None:
    found = author_regions(text, AUTHORS)
    assert [text[r.start : r.end] for r in found] == regions
    assert all(r.why == "byline" and r.only == frozenset({"PERSON"}) for r in found)


def test_no_author_no_pattern() -> None:
    assert author_pattern([]) is None
    assert author_pattern(["<jo@example.org>"]) is None  # nothing that is a name


def _reads_as_name(name: str) -> bool:
    return name != "Aberdeenshire Council"


@pytest.mark.parametrize(
    ("text", "bylines"),
    [
        ("Posted by Morag Dunbar\nShe wrote this.", ["Morag Dunbar"]),
        ("Written by J. Smith\nshe wrote this.", ["J. Smith"]),
        ("hi its callum from the homeless team, about Jade", ["callum"]),  # a worker's opening
        ("hi its Aberdeenshire Council from the duty team", []),  # does not read as a name
        ("its Jade from flat 3, about the boiler", []),  # a client's: no team or service
        ("She wrote this.\n\nThanks, Morag", ["Morag"]),  # a sign-off as the last line
        (  # a dash lets a sign-off run longer
            "She wrote this.\n— Rhodri Evans, hospital social worker in a busy team (Cardiff)",
            ["Rhodri Evans"],
        ),
        ("She wrote this.\nThanks, Rhodri Evans, hospital social worker in a busy team", []),
        ("She wrote this.\nThanks, Aberdeenshire Council", []),  # does not read as a name
        (
            "From: Bethan Pryce <bethan.pryce@example.gov.uk>\nshe wrote this.",
            ["Bethan Pryce", "bethan.pryce@example.gov.uk"],
        ),
        (
            "*Ciara McAleer is a senior social worker in Belfast.*\n\nshe wrote this.",
            ["Ciara McAleer", "Ciara McAleer"],
        ),  # a bio: as a byline, and as a bio
        ("*Sharon McGuire is a carer.*\n\nshe wrote this.", []),  # not the role of an author
    ],
)
def test_byline_regions(text: str, bylines: list[str]) -> None:
    found = byline_regions(text, _reads_as_name)
    assert [text[r.start : r.end] for r in found] == bylines
    assert all(r.why == "byline" for r in found)


def test_a_sign_off_byline_knows_where_the_body_ends() -> None:
    text = "She wrote this.\n\nThanks, Morag"
    (sign_off,) = byline_regions(text)
    assert sign_off.body_end == text.index("Thanks")
