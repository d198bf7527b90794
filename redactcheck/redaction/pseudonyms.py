"""Consistent pseudonyms: every mention of one person gets the same placeholder.

`Sarah Thompson`, `Sarah`, `Ms Thompson` and `sarah` all become "Person A"; a
second person is "Person B"; a child ("a little girl called Ruby", "Jamie
(14)") is "Child A". A reader can still follow who did what to whom, which
`[PERSON] told [PERSON]` loses. The mapping lives in memory only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

from redactcheck.detect.regex.trie import trie_alternation
from redactcheck.lexicon import LEXICON
from redactcheck.lexicon.words import TITLES, WRITTEN_TITLES
from redactcheck.types import Finding

_TITLES = WRITTEN_TITLES
_CHILD_WORDS = re.compile(r"(?i)\b(?:" + trie_alternation(LEXICON.phrases("child_words")) + r")\b")
_ADULT_WORDS = re.compile(
    r"(?i)\b(?:" + trie_alternation(sorted(LEXICON.words("adult_words") | TITLES)) + r")\b"
)
_SENTENCE_END = re.compile(r"[.!?\n]")


_COUPLE = re.compile(r"(?i)\b(mr|mrs|ms|miss|mx|dr)\.?\s+(?:and|&)\s+$")


def couple_partner(text: str, start: int, end: int) -> tuple[int, str] | None:
    """ "Mr and Mrs Kowalski": a titled name with another title joined in front of it names
    two people. Returns where the pair starts and the first partner's name ("Mr Kowalski")."""
    name = text[start:end]
    if not _titled(name) or len(name.split()) < 2:
        return None
    match = _COUPLE.search(text[max(0, start - 12) : start])
    if match is None:
        return None
    return start - len(match.group()), f"{match.group(1)} {' '.join(name.split()[1:])}"


def _words(name: str) -> list[str]:
    """The name's words, lower-cased, without titles or a possessive 's."""
    words = [re.sub(r"['’]s$", "", w).strip(".,").lower() for w in name.split()]
    return [w for w in words if w and w not in _TITLES]


def _titled(name: str) -> bool:
    first = name.split()[0].lower().rstrip(".") if name.split() else ""
    return first in _TITLES


def letters(n: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    out = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        out = chr(ord("A") + rest) + out
    return out


@dataclass
class Person:
    """One person in the draft: their name parts, placeholder, and the forms seen."""

    first: str
    last: str
    label: str
    mentions: list[str] = field(default_factory=list)
    title: str = ""  # "mr", "mrs": Mr and Mrs Kowalski are two people


class People:
    """Groups PERSON findings into people and labels them in order of first mention."""

    def __init__(
        self, text: str, findings: Sequence[Finding], ages: Sequence[Finding] = ()
    ) -> None:
        self.people: list[Person] = []
        self._by_start: dict[int, Person] = {}
        self.couples: dict[int, Person] = {}  # a couple's mention -> its first partner
        self._counts = {"Person": 0, "Child": 0}
        for finding in sorted(findings, key=lambda f: f.start):
            pair = couple_partner(text, finding.start, finding.end)
            if pair is not None:
                self.couples[finding.start] = self._person(pair[1], child=False)
            child = _is_child(text, finding, findings, ages)
            self._by_start[finding.start] = self._person(text[finding.start : finding.end], child)

    def _person(self, name: str, child: bool) -> Person:
        """The person a mention names, made new when it matches nobody yet."""
        person = self._match(name) or self._new(name, child)
        if name not in person.mentions:
            person.mentions.append(name)
        return person

    def label_at(self, start: int) -> str:
        """The placeholder for the mention starting at this offset ("Person A and Person B"
        for a couple named together)."""
        person = self._by_start.get(start)
        label = person.label if person else "Person"
        partner = self.couples.get(start)
        return f"{partner.label} and {label}" if partner else label

    def mapping(self) -> list[tuple[str, list[str]]]:
        """(placeholder, the names it replaced), for --show-mapping; never written to disk."""
        return [(p.label, list(p.mentions)) for p in self.people]

    def _new(self, name: str, child: bool) -> Person:
        words = _words(name)
        first = "" if _titled(name) else (words[0] if words else "")
        # a title alone ("Dr") has no words left: no surname, and no IndexError
        last = words[-1] if words and (len(words) >= 2 or _titled(name)) else ""
        kind = "Child" if child else "Person"
        title = name.split()[0].lower().rstrip(".") if _titled(name) else ""
        person = Person(first, last, f"{kind} {letters(self._counts[kind])}", title=title)
        self._counts[kind] += 1
        self.people.append(person)
        return person

    def _match(self, name: str) -> Person | None:
        """The person this mention most likely refers to; later people win ties (recency)."""
        words = _words(name)
        if not words:
            return None
        recent = list(reversed(self.people))
        if _titled(name):
            title = name.split()[0].lower().rstrip(".")
            return next((p for p in recent if p.last == words[-1] and p.title in ("", title)), None)
        first, last = words[0], (words[-1] if len(words) >= 2 else "")
        if last:
            exact = next((p for p in recent if p.first == first and p.last in ("", last)), None)
            if exact is not None:
                if not exact.last:
                    exact.last = last
                return exact
            return next((p for p in recent if not p.first and p.last == last), None)
        return next((p for p in recent if first in (p.first, p.last)), None)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    before = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    after = _SENTENCE_END.search(text, end)
    return (before[-1] if before else 0), (after.start() if after else len(text))


def _is_child(
    text: str, finding: Finding, people: Sequence[Finding], ages: Sequence[Finding]
) -> bool:
    """A child when an age under 18 belongs to the first mention, or a child word sits just
    before it."""
    s_start, s_end = _sentence(text, finding.start, finding.end)
    lead = text[max(s_start, finding.start - 30) : finding.start]
    child_word = list(_CHILD_WORDS.finditer(lead))
    adult_word = list(_ADULT_WORDS.finditer(lead))
    if child_word and (not adult_word or adult_word[-1].start() < child_word[-1].start()):
        return True
    if adult_word:
        return False
    for age in ages:
        years = re.search(r"\d{1,3}", age.text or text[age.start : age.end])
        if not years or int(years.group()) >= 18:
            continue
        after = finding.end <= age.start < finding.end + 40 or (
            age.start >= finding.end and _next_sentence_pronoun(text, finding.end, age.start)
        )
        before = finding.start - 25 <= age.end <= finding.start
        between = (min(age.end, finding.end), max(age.start, finding.start))
        if (after or before) and not any(
            between[0] <= p.start < between[1] for p in people if p is not finding
        ):
            return True
    return False


def _next_sentence_pronoun(text: str, name_end: int, age_start: int) -> bool:
    """ "Ruby Caldwell. She's only 8": the age is in the next sentence, which starts with
    she/he/they."""
    _, s_end = _sentence(text, name_end, name_end)
    nxt = _SENTENCE_END.search(text, s_end + 1)
    return (
        age_start < (nxt.start() if nxt else len(text))
        and re.match(r"\W*(?:she|he|they)\b", text[s_end + 1 :], re.I) is not None
    )
