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
from typing import Sequence

from redactcheck.detect.validators.name_slots import chat_name
from redactcheck.lexicon.words import CARDINAL_VALUES
from redactcheck.types import Category, Declared, Finding

_NUMBER_WORD = "|".join(sorted((w for w, v in CARDINAL_VALUES.items() if v), key=len, reverse=True))
# "(11)" right after the name; ", 77," or ", seventeen," between commas (or before a
# bracket, a full stop, a semicolon or the end of the text: "The child is Kayla Morrow, 14.").
_AGE_AFTER = re.compile(
    r"[ \t]?\((?P<bracket>\d{1,2})\)"
    rf"|,[ \t](?P<commas>\d{{1,2}}|(?i:{_NUMBER_WORD}))(?=,\s|\s\(|\.(?:\s|$)|;|\)|$)"
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
        group = "bracket" if match.group("bracket") is not None else "commas"
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
