"""What a name found anywhere in the draft makes of the words right before and after it.

The rule `age-after-name` reads a bare age after a capitalised word ("Jamie (14)",
"Mr Angus MacKinnon, 84,"). In a draft typed all in lower case or in capitals there is no
capital to go by, and a name with an accent or a capital inside may be read by the model
only; once anything has found the name, an age in brackets or between commas right after it
is the person's age ("seán (11)", "MRS MORAG MACIVER, 77,"), and in such a draft a word that is
no English word right before the name is its first name ("tobi okonkwo").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable, Sequence

from redactcheck.detect.validators.name_slots import chat_name, name_in_a_person_slot
from redactcheck.lexicon import LEXICON
from redactcheck.lexicon.places import lowered_place_names
from redactcheck.lexicon.words import (
    CARDINAL_VALUES,
    LEADING_DETERMINERS,
    MONTH_WORDS,
    NAME_WORDS,
    NOT_NAMES,
    PERSON_PRONOUNS,
    PRONOUNS,
    ROLE_WORDS,
    WEEKDAY_WORDS,
)
from redactcheck.resources import word_list
from redactcheck.types import Category, Declared, Finding

_NUMBER_WORD = "|".join(sorted((w for w, v in CARDINAL_VALUES.items() if v), key=len, reverse=True))
# "(11)" right after the name; ", 77," or ", seventeen," between commas (or before a
# bracket, a full stop, a semicolon or the end of the text: "The child is Kayla Morrow, 14.").
# In a list of children, as chat gives it, the bare age right after each name: "Inês 4 and
# Tiago 18 months", "kids are jayden 7, mia 4" (before "and", a comma or the line's end; a
# baby's in months or weeks, not "2 weeks ago").
_AGE_AFTER = re.compile(
    r"[ \t]?\((?P<bracket>\d{1,2})\)"
    rf"|,[ \t](?P<commas>\d{{1,2}}|(?i:{_NUMBER_WORD}))(?=,\s|\s\(|\.(?:\s|$)|;|\)|$)"
    r"|[ \t](?P<listed>\d{1,2}(?:[ \t]+(?i:months|weeks|mths|wks)(?![ \t]+(?i:ago|later|late)))?)"
    r"(?=[ \t]+(?i:and|&)[ \t]+[^\W\d_]|,[ \t]+[^\W\d_]|[ \t]*$|[ \t]*\n)"
)
_WHY = "An exact age next to a name narrows the person down to one."


def ages_after_names(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """AGE findings for a bare age right after a PERSON finding, in any case."""
    ages = []
    for finding in findings:
        if finding.category != Category.PERSON.value:
            continue
        match = _AGE_AFTER.match(text, finding.end)
        if match is None:
            continue
        group = next(g for g in ("bracket", "commas", "listed") if match.group(g) is not None)
        start, end = match.span(group)
        ages.append(
            replace(
                finding,
                start=start,
                end=end,
                text=text[start:end],
                category=Category.AGE.value,
                rule="age-after-name",
                source="rule",
                explanation=_WHY,
                score=0.85,
                role="",
                evidence="",
                strength="",
                declared=Declared(),
            )
        )
    return ages


# The word right before a name, on the same line: "tobi" of "tobi okonkwo".
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_]{2,15})[ \t]+$")
_WHY_FIRST = "A first name right before a surname found in the draft is part of the person's name."


def first_names_before_names(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """PERSON findings widened to the word before them where, in a draft typed in one case,
    that word is a chat name (no English word, or a first name that is none): "tobi okonkwo",
    "TOBI OKONKWO" when only the surname was found."""
    widened = []
    for finding in findings:
        if finding.category != Category.PERSON.value:
            continue
        match = _WORD_BEFORE.search(text, max(0, finding.start - 20), finding.start)
        if match is None or not chat_name(match.group(1)):
            continue
        start = match.start(1)
        widened.append(
            replace(
                finding,
                start=start,
                text=text[start : finding.end],
                rule="first-name-before-name",
                source="rule",
                explanation=_WHY_FIRST,
            )
        )
    return widened


# A list's joint between two of its members: "Marley, Tia and Kobe", "Tia & Kobe", "Tia, and Kobe".
# A member after a bare comma is one only if the list goes on after it ("Tia, Kobe and Marley";
# not "Sarah Jones, Principal Social Worker"); a member before one only inside a sentence
# ("for Marley, Tia"; not "Sadly, Tia").
_WORD = r"(?P<word>[^\W\d_]{2,15}(?:-[^\W\d_]{2,15})?)(?![\w'’-])"
_AND = r"(?:[ \t]*,?[ \t]+(?:(?i:and)|&)|[ \t]*&)[ \t]+"
_MEMBER_AFTER = (
    re.compile(_AND + _WORD),
    re.compile(r",[ \t]+" + _WORD + r"(?=,[ \t]|" + _AND + ")"),
)
_MEMBER_BEFORE = (
    re.compile(r"(?<![\w'’-])" + _WORD + _AND + "$"),
    re.compile(r"(?<=[^\W\d_,][ \t])" + _WORD + r",[ \t]+$"),
)
_WHY_LISTED = "A name listed with a person's name is another person's name."
LISTED_RULE = "name-listed-with-name"  # says no more of the person than the name listed with it


# what a pair of people does together, right after the pair: "grace and ellie were fighting"
_PAIR_VERB = re.compile(
    r"[ \t]+(?:were|are|have|had|went|came|both|got|did|said|say|kept|left|moved|live|stay|"
    r"turned|keep|fell|fight|fought|argue|argued|share|shared|ran|run)\b",
    re.IGNORECASE,
)
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?:\n])[ \t]*$")


def _pair_subject(text: str, start: int, end: int, finding: Finding) -> bool:
    """A name that is also a word ("grace") paired with a name found, as the subject of a
    sentence whose verb is plural: "grace and ellie were fighting", "ellie and grace went"."""
    first, last = min(start, finding.start), max(end, finding.end)
    return bool(
        _SENTENCE_OPEN.search(text[max(0, first - 40) : first]) and _PAIR_VERB.match(text, last)
    )


def _listed_name(word: str, one_case: bool) -> bool:
    """A list member that reads as a first name: in a draft typed in one case a chat name
    ("tia"), or a rare word that is no word for an unnamed person ("kobe"; not "mum", "camhs",
    nor a name that is also a word, "will"); in mixed case a word with
    its capital that is no frequent word, function word, weekday, month, title, role or kin word,
    nor an ordinary word with an ordinary word's ending ("Marley, Tia and Kobe"; not "Tia and
    Mum", "Tia, Social Care and", "Tia and I", "Commissioner, Nicole"); never a pronoun."""
    if word.lower() in PRONOUNS or word.lower() in PERSON_PRONOUNS:  # "one of mine, kayla"
        return False
    if one_case:  # no capital to go by: a chat name, or a rare word only a person fits
        lowered = word.lower()
        if lowered in LEXICON.words("person_verbs"):  # "her mum rang and will's dad is back"
            return False
        return chat_name(word) or (lowered not in NAME_WORDS and name_in_a_person_slot(word))
    parts = word.split("-")
    if not all(p[:1].isupper() and p[1:].islower() for p in parts):
        return False
    lowered = word.lower()
    if lowered in NAME_WORDS and lowered not in MONTH_WORDS:  # "Jack and Will share a room"
        return True
    if lowered.endswith(_ORDINARY_ENDINGS) and lowered in word_list("common_words.txt"):
        return lowered in word_list("first_names.txt")  # "Commissioner", "Missing"; "Tyler"
    return not (
        lowered in NOT_NAMES
        or lowered in ROLE_WORDS
        or lowered in word_list("frequent_words.txt")
        or lowered in WEEKDAY_WORDS
        or lowered in MONTH_WORDS
        or lowered in lowered_place_names()
    )


# endings of ordinary words that names seldom have: "Minister", "Missing", "Advocacy"
_ORDINARY_ENDINGS = ("er", "ing", "ed", "ness", "tion", "ist", "ism", "ship", "cy", "ment")


def _members(text: str, finding: Finding, one_case: bool) -> list[tuple[int, int]]:
    """The spans of the words listed with the finding, walking out both ways along the list
    until a joint or a member fails."""
    spans = []
    end = finding.end
    while (match := _first(m.match(text, end) for m in _MEMBER_AFTER)) and (
        _listed_name(match["word"], one_case) or _paired_word_name(text, match, finding)
    ):
        spans.append(match.span("word"))
        end = match.end("word")
    start = finding.start
    while (
        (match := _first(m.search(text, max(0, start - 40), start) for m in _MEMBER_BEFORE))
        and (_listed_name(match["word"], one_case) or _paired_word_name(text, match, finding))
        and _opens_a_member(text[max(0, match.start() - 30) : match.start()], one_case)
    ):
        spans.append(match.span("word"))
        start = match.start("word")
    return spans


def _paired_word_name(text: str, match: re.Match[str], finding: Finding) -> bool:
    """A first name that is also a word, one of a pair with a name found that is the subject of
    a plural verb ("grace and ellie were fighting"): the pair's grammar makes it a person."""
    word = match["word"].lower()
    return (
        word in NAME_WORDS
        and word not in MONTH_WORDS
        and _pair_subject(text, match.start("word"), match.end("word"), finding)
    )


_WORD_BEFORE_MEMBER = re.compile(r"([^\W\d_][\w'’-]*)[ \t]+$")


def _opens_a_member(before: str, one_case: bool) -> bool:
    """Whether the word before a list's first member leaves it a member of its own: not an
    article, a possessive or a pronoun ("the eldest, kacper", "my supervisor, isla", "it
    harder, jade"), nor in mixed case a capitalised word, whose name or title it ends ("Nicki
    Weld and", "the Domestic Abuse Commissioner, Nicole")."""
    match = _WORD_BEFORE_MEMBER.search(before)
    if match is None:
        return True
    word = match.group(1)
    if word.lower() in LEADING_DETERMINERS or word.lower() in PRONOUNS:
        return False
    return one_case or not word[:1].isupper()


def _first(matches: Iterable[re.Match[str] | None]) -> re.Match[str] | None:
    return next((m for m in matches if m is not None), None)


def names_listed_with_names(
    text: str, findings: Sequence[Finding], one_case: bool
) -> list[Finding]:
    """PERSON findings for the other members of a list that holds a person's name, where they
    read as first names: "for Marley, Tia and Kobe" once "Tia" is found. A list of children or
    of a family is written name by name; the model often reads one member and not the rest."""
    listed = []
    taken = [(f.start, f.end) for f in findings]
    for finding in findings:
        if finding.category != Category.PERSON.value:
            continue
        for start, end in _members(text, finding, one_case):
            if any(s < end and start < e for s, e in taken):  # "Sarah Jones and Tom": found
                continue
            listed.append(
                replace(
                    finding,
                    start=start,
                    end=end,
                    text=text[start:end],
                    rule=LISTED_RULE,
                    source="rule",
                    score=0.7,
                    explanation=_WHY_LISTED,
                    role="",
                    evidence="",
                    strength="",
                    declared=Declared(vouches=True),  # the list is the evidence: "kobe"
                )
            )
    return listed
