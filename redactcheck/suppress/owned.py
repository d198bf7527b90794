"""Whose contact detail is it: the author's, or a professional's or public figure's the draft
names in their role, not the family's.

A practitioner's bio ends "You can reach her at jo.marsh@example.org or @jomarsh_sw"; an
e-mail's signature gives "priya.nair@example.org | 07700 900412" under "Priya Nair, ASYE
coordinator". Once roles are decided (`redactcheck.people`), an e-mail address or handle that
spells, in whole words, the name of the author or a professional the draft names in their role
(their surname, or their first name or its initial with their surname) is that person's, and
so is any other contact detail on the same short line of contact details. Never when the
address also spells a word of a name the draft reports (a subject), or its line names one:
missing an identifier is the worse error.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Iterable, Sequence

from redactcheck.detect.regex.trie import trie_alternation
from redactcheck.lexicon import LEXICON
from redactcheck.lexicon.words import THIRD_PERSON_PRONOUNS, TITLES
from redactcheck.people.evidence import AUTHOR, PROFESSIONAL, SENDER
from redactcheck.resources import read_phrases, word_list
from redactcheck.suppress.lists import handle_name
from redactcheck.types import Category, Finding, Suppressed

OWN_CONTACT = "the contact details of someone named in their role"
_OWNERS = frozenset({AUTHOR, PROFESSIONAL})  # a cited author's or a minister's is no draft's
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


def _parts(written: str) -> frozenset[str]:
    """An address's or handle's name part as the whole words it is made of, and each run of
    neighbouring words joined: "jo.marsh_sw" gives jo, marsh, sw, jomarsh, marshsw, jomarshsw.
    A name is matched against whole words only ("isabellaj2009" holds no "bell")."""
    local = handle_name(_DOMAIN.sub("", written) if not written.startswith("@") else written)
    words = [w.lower() for w in re.split(r"[^A-Za-z]+", local) if w]
    return frozenset(
        "".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)
    )


def _spells_any(parts: frozenset[str], names: Iterable[frozenset[str]]) -> bool:
    return any(parts & keys for keys in names)


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
    # every word of a reported name, and how an address spells it in full
    reported = [
        spelled(text[f.start : f.end]) | frozenset(_name_words(text[f.start : f.end]))
        for f in subjects
    ]
    named_lines = {_line(text, f.start) for f in subjects}
    owned = [
        f
        for f in contacts
        if _line(text, f.start) not in named_lines
        and _spells_any(parts := _parts(text[f.start : f.end]), owners)
        and not _spells_any(parts, reported)
    ]
    lines = {line for f in owned if _contact_line(text, line := _line(text, f.start))}
    owned += [f for f in contacts if f not in owned and _line(text, f.start) in lines]
    mentions = [
        (s.finding.start, frozenset(_name_words(text[s.finding.start : s.finding.end])))
        for s in suppressed
        if s.finding.category == _PERSON
        and s.finding.role == AUTHOR
        and not s.finding.evidence.startswith(SENDER)  # a parent in a chat gives her number too
    ]
    subject_at = [f.start for f in subjects]
    owned += [
        f
        for f in contacts
        if f not in owned and _in_owners_paragraph(text, f, mentions, subject_at)
    ]
    if not owned:
        return list(kept), list(suppressed)
    moved = {id(f) for f in owned}
    return [f for f in kept if id(f) not in moved], [
        *suppressed,
        *(Suppressed(replace(f, role=""), OWN_CONTACT) for f in owned),
    ]


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _paragraph(text: str, at: int) -> tuple[int, int]:
    start = 0
    for m in _BLANK_LINE.finditer(text, 0, at):
        start = m.end()
    end = _BLANK_LINE.search(text, at)
    return start, end.start() if end else len(text)


def _in_owners_paragraph(
    text: str,
    contact: Finding,
    mentions: Sequence[tuple[int, frozenset[str]]],
    subject_at: Sequence[int],
) -> bool:
    """The contact detail follows, in the same paragraph, a mention of the author (`mentions`:
    where, and the name's words), in a sentence that speaks of them by a pronoun or by name,
    with no family or case word, in a paragraph that names no subject: "Kelly Dunmore is a social
    worker in Leeds. You can reach her on Twitter at @kd_sw." A handle or address that holds
    another first name is someone else's."""
    start, end = _paragraph(text, contact.start)
    if any(start <= at < end for at in subject_at):
        return False
    ends = [m.end() for m in _SENTENCE_END.finditer(text, start, contact.start)]
    stop = _SENTENCE_END.search(text, contact.end, end)
    if _case_people().search(text, ends[-1] if ends else start, stop.start() if stop else end):
        return False
    sentence = text[ends[-1] if ends else start : contact.start]
    said = {w.lower() for w in _LETTERS.findall(sentence)}
    named = _parts(text[contact.start : contact.end]) & word_list("first_names.txt")
    return any(
        start <= at < contact.start
        and (said & THIRD_PERSON_PRONOUNS or said & words)
        and named <= words  # "@kaylee_x07" in Jo Marsh's bio names someone else
        for at, words in mentions
    )


_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


@lru_cache(maxsize=1)
def _case_people() -> re.Pattern[str]:
    """Family and kinship words, and the other words for a case's people ("family", "pupil")."""
    words = read_phrases("family.txt") + read_phrases("kinship.txt")
    words += LEXICON.phrases("case_people_words")
    return re.compile(rf"(?i)(?<![\w-])(?:{trie_alternation([w.lower() for w in words])})(?![\w-])")
