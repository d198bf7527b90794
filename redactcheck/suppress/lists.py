"""The shipped lists of names that are never the case's own: public bodies, platforms and
national helplines (models/gazetteers), read and turned into one regex each; the handles and
numbers that belong to them; and the user's allowlist terms."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Callable, Iterable

from redactcheck.detect.regex.trie import trie_alternation


def read_names(path: Path) -> list[str]:
    """A gazetteer's names: each line's first column, less blanks and # comments."""
    if not path.is_file():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [
        line.split("\t")[0].strip() for line in lines if line.strip() and not line.startswith("#")
    ]


def helpline_numbers(path: Path) -> list[str]:
    """The helplines' numbers: the second column of the gazetteer's tab-separated lines."""
    if not path.is_file():
        return []
    rows = [
        line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if "\t" in line
    ]
    return [row[1].strip() for row in rows if len(row) > 1 and row[1].strip()]


def names_regex(phrases: Iterable[str], ignore_case: bool = False) -> re.Pattern[str] | None:
    """One alternation of phrases; gazetteer names match with their own capitals
    ("FRANK" the drugs service is not Frank the neighbour), and only as a whole word: not as
    part of a name joined by "&" ("NES" is not in "B&NES", a council's short form)."""
    words = {p for p in phrases if p}
    if not words:
        return None
    flags = re.IGNORECASE if ignore_case else 0
    return re.compile(r"(?<![\w&])(?:[Tt]he\s+)?" + trie_alternation(words) + r"(?![\w&])", flags)


def _squash(name: str) -> str:
    """ "Barnardo's" -> "barnardos", "Carers UK" -> "carersuk": a name as a handle spells it."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


# words and acronyms of a handle: "Carers", "UK", "DfE" (a department's letters), "uk" after "_"
_HANDLE_PARTS = re.compile(r"[A-Z]{2,5}(?![a-z])|[A-Z][a-z][A-Z](?![a-z])|[A-Z][a-z]+|(?<=_)[a-z]+")


def organisation_handle(handle: str, common_words: frozenset[str]) -> bool:
    """An organisation's own handle ("@CarersUK", "@BBCNews") or a campaign's hashtag
    ("#MentalHealthAwarenessWeek"): CamelCase words that are all ordinary words or acronyms.
    A first name is never an ordinary word in the list, so "@FindKaylaNow" or "#JadeBrodie"
    stays a finding."""
    if not re.fullmatch(r"[@#][A-Z](?:_?[A-Za-z]){3,40}", handle):
        return False
    parts = _HANDLE_PARTS.findall(handle[1:])
    if len(parts) < 2 or "".join(parts) != handle[1:].replace("_", ""):
        return False  # "@NSPCC_Learning": words apart by underscores are read the same way
    return all(
        p.isupper()
        or _MIXED_ACRONYM.fullmatch(p)
        or p.lower() in common_words
        or p.lower() in _NATIONS
        or p.lower() in _BODY
        for p in parts
    )


_MIXED_ACRONYM = re.compile(r"[A-Z][a-z][A-Z]")  # "DfE", "MoJ", "DoH"


_HANDLE_WORD_MIN = 3  # a handle's words are read from this length up ("northfield", "fostering")


def handle_name(handle: str) -> str:
    """A handle's own name, as written: "@jomarsh_sw" -> "jomarsh_sw", "u/sw_louise" ->
    "sw_louise", "@practicenotes.bsky.social" -> "practicenotes"."""
    return re.sub(r"^(?:@|u/)|\.bsky\.social$", "", handle)


def service_handle(
    handle: str,
    known: Callable[[str], bool],
    service_words: frozenset[str],
    personal: frozenset[str],
) -> bool:
    """A lower-case handle that is wholly ordinary words and place names (`known`), one of them a
    service's or a blog's word: "@northfieldfostering", "@practice_notes.bsky.social". One with a
    first name or surname in it (`personal`: "@kaylafostering", "@jo_practice", "@carmenfostering",
    "@hughesfamilyfostering") or a part no word list knows
    ("@kdx_fostering") is a person's and stays a finding."""
    name = handle_name(handle).lower()
    parts = [p for p in re.split(r"[._-]+|\d+", name) if p]
    if not parts or not all(p.isalpha() for p in parts):
        return False
    pieces = [_segment(p, known) or [] for p in parts]
    words = [w for piece in pieces for w in piece]
    return (
        all(pieces)
        and any(w in service_words for w in words)
        and not any(_names_inside(piece, personal) for piece in pieces)
    )


def _names_inside(words: list[str], personal: frozenset[str]) -> bool:
    """A first name or surname made of one word or of neighbouring words of a segmented handle
    ("car" + "men" is Carmen)."""
    return any(
        "".join(words[i:j]) in personal
        for i in range(len(words))
        for j in range(i + 1, len(words) + 1)
    )


def _segment(letters: str, known: Callable[[str], bool]) -> list[str] | None:
    """The fewest known words (each of three letters or more) that spell `letters`, or None."""
    best: list[list[str] | None] = [[]] + [None] * len(letters)
    for end in range(_HANDLE_WORD_MIN, len(letters) + 1):
        for start in range(0, end - _HANDLE_WORD_MIN + 1):
            before = best[start]
            word = letters[start:end]
            if before is not None and known(word):
                if best[end] is None or len(before) + 1 < len(best[end] or ()):
                    best[end] = [*before, word]
    return best[len(letters)]


# How a body's handle shortens the nation it serves: "@SocialWorkEng", "@CareInspScot"
_NATIONS = frozenset({"eng", "scot", "cymru", "wal", "ni", "uk", "gb", "ire"})
# and what it is: "@ScotGov", "@WelshGovt", "@CouncilHQ"
_BODY = frozenset({"gov", "govt", "hq", "dept"})


def squashed_names(names: Iterable[str]) -> frozenset[str]:
    """The names of four letters or more as a handle spells them."""
    return frozenset(_squash(n) for n in names if len(_squash(n)) >= 4)


def body_handle(written: str, squashed_bodies: frozenset[str]) -> bool:
    """A public body's or charity's own handle ("@NSPCC", "@Barnardos", "@SamaritansScot"),
    given the bodies' `squashed_names`."""
    handle = _squash(written)
    stem = re.sub(r"(?:uk|scot|scotland|wales|cymru|ni|charity|official|hq|news|org)$", "", handle)
    # the nation shortened or left out: "@WhoCaresScot" for Who Cares? Scotland, "@nhsuk"
    nations = (stem + nation for nation in ("scotland", "england", "wales"))
    return (
        handle in squashed_bodies
        or stem in squashed_bodies
        or any(name in squashed_bodies for name in nations)
    )


def helpline_digits(numbers: Iterable[str]) -> frozenset[str]:
    """The listed helplines' numbers as bare digits (five or more)."""
    return frozenset(d for d in (re.sub(r"\D", "", n) for n in numbers) if len(d) >= 5)


def helpline_number(digits: str, listed: frozenset[str]) -> bool:
    """A national helpline in any digit form ("0 8 0 8 8 0 0 5 0 0 0", "0300.123.3393"), or a
    number from a range that belongs to services: freephone 0800/0808, 116 xxx, and 03,
    which Ofcom gives to public bodies and charities. `digits`: the number's digits alone."""
    national = "0" + digits[2:] if digits.startswith("44") else digits  # +44 141 ... is 0141 ...
    return (
        national in listed
        or digits.removeprefix("44") in listed  # as listed (116 123 after +44 too)
        or re.fullmatch(r"(?:44|0)(?:3\d{9}|80[08]\d{6,7})|116\d{3}", digits) is not None
    )
