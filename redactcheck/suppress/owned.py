"""Whose contact detail is it: the author's, or a professional's or public figure's the draft
names in their role, not the family's.

A practitioner's bio ends "You can reach her at jo.marsh@example.org or @jomarsh_sw"; an
e-mail's signature gives "priya.nair@example.org | 07700 900412" under "Priya Nair, ASYE
coordinator". Once roles are decided (`redactcheck.people`), an e-mail address or handle that
spells the name of someone the draft names in a role other than subject (their surname, or
their first name or its initial with their surname) is that person's, and so is any other
contact detail on the same short line of contact details. Never when the address also spells
the name of someone the draft reports (a subject), or the line names one: missing an
identifier is the worse error.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable, Sequence

from redactcheck.lexicon.words import TITLES
from redactcheck.people.evidence import AUTHOR, CITED, PROFESSIONAL, PUBLIC
from redactcheck.types import Category, Finding, Suppressed

OWN_CONTACT = "the contact details of someone named in their role"
_OWNERS = frozenset({AUTHOR, PROFESSIONAL, PUBLIC, CITED})
_PERSON, _CONTACT = Category.PERSON.value, Category.CONTACT.value
_LETTERS = re.compile(r"[^\W\d_]+")
_DOMAIN = re.compile(r"@[\w.-]+$")  # the host of an e-mail address
_SURNAME_MIN = 4  # a surname of this many letters or more identifies the address alone


def _name_words(written: str) -> list[str]:
    return [w.lower() for w in _LETTERS.findall(written) if w.lower() not in TITLES]


def spelled(name: str) -> frozenset[str]:
    """How an address or handle spells a person's name: the surname (of four letters or
    more), or the first name (or its initial) with the surname, either way round."""
    words = _name_words(name)
    if len(words) < 2:
        return frozenset()
    first, last = words[0], words[-1]
    keys = {k for k in (first + last, last + first, first[0] + last) if len(k) > _SURNAME_MIN}
    return frozenset(keys | ({last} if len(last) >= _SURNAME_MIN else set()))


def _letters(written: str) -> str:
    """An address's or handle's name part as bare lower-case letters."""
    local = _DOMAIN.sub("", written) if not written.startswith("@") else written
    local = re.sub(r"^(?:@|u/)|\.(?:bsky\.social)$", "", local)
    return "".join(_LETTERS.findall(local)).lower()


def _spells_any(letters: str, names: Iterable[frozenset[str]]) -> bool:
    return any(key in letters for keys in names for key in keys)


def _line(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


_CONTACT_LINE_WORDS = 8  # a signature's contact line: a few words beside its details


def _contact_line(text: str, line: tuple[int, int]) -> bool:
    """A short line of contact details ("priya.nair@example.org | 07700 900412", "Tel: ..."),
    not a sentence of prose that happens to hold an address."""
    words = [w for w in text[line[0] : line[1]].split() if not re.search(r"[@\d]", w)]
    return len(words) <= _CONTACT_LINE_WORDS


def split(
    text: str, kept: Sequence[Finding], suppressed: Sequence[Suppressed]
) -> tuple[list[Finding], list[Suppressed]]:
    """(kept, suppressed) with the contact details of people named in a role other than
    subject moved to `suppressed`, with the reason OWN_CONTACT."""
    owners = [
        spelled(text[s.finding.start : s.finding.end])
        for s in suppressed
        if s.finding.category == _PERSON and s.finding.role in _OWNERS
    ]
    owners = [keys for keys in owners if keys]
    contacts = [f for f in kept if f.category == _CONTACT]
    if not owners or not contacts:
        return list(kept), list(suppressed)
    subjects = [f for f in kept if f.category == _PERSON]
    reported = [spelled(text[f.start : f.end]) for f in subjects]
    owned = [
        f
        for f in contacts
        if (letters := _letters(text[f.start : f.end]))
        and _spells_any(letters, owners)
        and not _spells_any(letters, reported)
    ]
    lines = {line for f in owned if _contact_line(text, line := _line(text, f.start))}
    named_lines = {_line(text, f.start) for f in subjects}
    owned += [
        f
        for f in contacts
        if f not in owned
        and _line(text, f.start) in lines
        and _line(text, f.start) not in named_lines
    ]
    if not owned:
        return list(kept), list(suppressed)
    moved = {id(f) for f in owned}
    return [f for f in kept if id(f) not in moved], [
        *suppressed,
        *(Suppressed(replace(f, role=""), OWN_CONTACT) for f in owned),
    ]
