"""How strong the evidence is behind each direct finding: "strong" or "weak".

A weak finding is a name of one to three words found only for being a name (by the
statistical model or the first-name gazetteer), with nothing around it that says a person of
the case is meant: no family or casework word, no age, place or contact detail near it, and
none of its words anywhere else in the draft. In a draft that speaks of no case at all
(`about_a_case`: nobody's family, no casework, no age or other identifier; families in general,
"working with fathers", are no case) a full name can be weak too, and so can a name said again
where the draft is long enough to have spoken of a case (`no_case_to_speak_of`): a team's
newsletter, a colleague's e-mail or a thread about practice names its people again and again,
while a short note naming someone twice is as likely a case. Such a name is often an
ordinary word, a brand, a colleague or a speaker: it is reported so the writer sees it, but
alone it neither makes the default --fail-on refuse the draft nor pushes the risk to the flag
threshold. Everything else direct is strong ("her son Jayden", "Jayden, 9", a name said
twice or its surname again in a short note or a draft about a case, a name a rule found, any
address or phone number).

The issue that asked for this defined weak as one word; a full name said once with nothing
around it is weak too, because on published writing such names are speakers, authors and
colleagues far more often than a family: the family a post is about is named with who
they are ("her son"), an age or a place, or named again.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import replace
from functools import lru_cache
from typing import Iterator, NamedTuple, Sequence

from redactcheck.detect.beside_names import LISTED_RULE
from redactcheck.detect.propagate import REPEAT_RULE
from redactcheck.detect.recognisers.first_names import RULE_ID as GAZETTEER_RULE
from redactcheck.lexicon.words import TITLES
from redactcheck.people.cues import (
    alternation,
    cues,
    kin_words,
    not_a_service_noun,
    read_phrases,
    someones_kin,
)
from redactcheck.resources import word_list
from redactcheck.risk.subject_model import SubjectModel, mention_features, subject_model
from redactcheck.types import NAMED_ONLY, Category, Finding

STRONG, WEAK = "strong", "weak"
HARD, SOFT = "hard", "soft"  # why a name is strong (`_Indexed.reason`)
SHIPPED = "shipped"  # the subject model models/roles/subject_model.json, as a `model` argument
# The evidence of a name the subject model made weak, as JSON, SARIF and explain give it.
AROUND_THE_CASE = "named in full, but no mention reads like the case (subject model)"
NO_EVIDENCE = frozenset({"", NAMED_ONLY, AROUND_THE_CASE})  # evidence that makes nothing strong
_PERSON = Category.PERSON.value
MAX_WORDS = 3  # a name of up to three words ("Siobhan Kearney", "Alex Ruck Keene") can be weak
NEAR = 80  # characters either side of the name, on its own paragraph, that count as "near it"
# Findings that, near a name, tie it to a person of the case.
CONTEXT = frozenset(
    {
        "AGE",
        "LOCATION",
        "ADDRESS",
        "POSTCODE",
        "INSTITUTION",
        "CONTACT",
        "ID_NUMBER",
        "CASE_REF",
        "DATE_OF_BIRTH",
    }
)
_RUN = re.compile(r"[\w'’-]+")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@lru_cache(maxsize=1)
def _kin() -> re.Pattern[str]:
    """The family and case words (`_kin_words`) as whole words, not qualifying a service's
    noun."""
    return re.compile(rf"(?<![\w-]){kin_words()}s?(?![\w-]){not_a_service_noun()}", re.I)


@lru_cache(maxsize=1)
def _label() -> re.Pattern[str]:
    """A general family or case word just before the name, as its label ("the young person
    Quillan", "the child, Quillan", "her children, Kayla and Jade"): elsewhere near it
    ("protect children") it says nothing."""
    words = alternation(read_phrases("generic_family.txt"))
    names = r"(?-i:[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)"
    return re.compile(
        rf"(?<![\w-]){words}[ \t]*,?[ \t]*(?:{names}(?:[ \t]*,[ \t]*|[ \t]+(?:and|&)[ \t]+))*$",
        re.I,
    )


# Where a sentence ends: its full stop, or a line that starts a message, list item or heading
# (a prose line wrapped mid-sentence goes on).
_SENTENCE_BREAK = re.compile(
    r"[.!?][\"'”’)]*\s|\n(?=[ \t]*(?:[-*•#>\[]|\d|[A-Z][\w'’ .-]{0,30}:))|\n[ \t]*\n"
)


def _sentence_window(text: str, finding: Finding, start: int, end: int) -> tuple[int, int]:
    """The part of start..end in the name's own sentence."""
    ends = [m.end() for m in _SENTENCE_BREAK.finditer(text, start, finding.start)]
    after = _SENTENCE_BREAK.search(text, finding.end, end)
    return (ends[-1] if ends else start), (after.start() + 1 if after else end)


def _near_kin(text: str, finding: Finding, start: int, end: int) -> bool:
    """A family word near the name in its own sentence ("her son Kai", "Kai's mum rang"; not
    "Kai ran the session. A father asked ..."), someone's family word near it ("Her mum rang.
    Kayla is upset."), a casework word near it, or a general family word as its label."""
    first, last = _sentence_window(text, finding, start, end)
    return bool(
        _kin().search(text[first : finding.start])
        or _kin().search(text[finding.end : last])
        or someones_kin().search(text[start:end])  # "Her mum rang. Kayla is upset."
        or cues().casework.search(text[start : finding.start])
        or cues().casework.search(text[finding.end : end])
        or _label().search(text[start : finding.start])
        or _RECORD_AFTER.match(text, finding.end)
    )


# The name's own casework: "Aisha Begum's hoist assessment", "Tyler's plan", "Zofia's placement".
_RECORD_AFTER = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:assessment|plan|placement|review|referral|tenancy|exclusion"
    r"|case|file|care\s+package|package|medication|appointment|hearing|court\s+date|support\s+plan)\b",
    re.I,
)


def about_a_case(text: str, findings: Sequence[Finding]) -> bool:
    """The draft speaks of a case somewhere: someone's family ("her son", "the baby", "Mum"),
    a casework word, an age, or a direct identifier other than a name. Then a full name said
    once is never weak: the name of someone in a case note needs no cue beside it."""
    return bool(
        someones_kin().search(text)
        or cues().casework.search(text)
        or any(
            f.category == Category.AGE.value or (f.kind == "direct" and f.category != _PERSON)
            for f in findings
        )
    )


# How many words a draft must have before speaking of no case says it is about none: a short
# note naming someone twice ("Edna had a fall at 3am. Edna has a skin tear") is as likely a case
# as a colleague's news, while a bulletin, a thread or a post of this length about a case says so
# somewhere (a family, casework, an age, an address).
LONG_ENOUGH = 80
_WORDS = re.compile(r"\S+")


def no_case_to_speak_of(text: str, findings: Sequence[Finding], about: bool | None = None) -> bool:
    """The draft is long enough to have spoken of a case (LONG_ENOUGH words) and speaks of
    none (`about_a_case`, or `about` where already known): then a name said again is how a
    team's news, an e-mail among colleagues or a thread about practice names its people."""
    if about is None:
        about = about_a_case(text, findings)
    return not about and sum(1 for _ in _WORDS.finditer(text)) >= LONG_ENOUGH


def _name_words(written: str) -> list[str]:
    """A name's words, and the parts of a hyphenated one ("Kaylee-Ann" is "Kaylee" again)."""
    words = _WORD.findall(written)
    return words + [
        part
        for word in words
        if "-" in word
        for part in word.split("-")
        if len(part) >= 3 and part[0].isupper()
    ]


def _window(text: str, finding: Finding) -> tuple[int, int]:
    """NEAR characters either side of the finding, not past a blank line."""
    start, end = max(0, finding.start - NEAR), min(len(text), finding.end + NEAR)
    before = text.rfind("\n\n", start, finding.start)
    after = text.find("\n\n", finding.end, end)
    return (before + 2 if before >= 0 else start), (after if after >= 0 else end)


def _mentioned_again(text: str, finding: Finding, findings: Sequence[Finding]) -> bool:
    """The same name elsewhere: another name finding sharing one of its words, or one of its
    words again in the draft."""
    words = _name_words(text[finding.start : finding.end])
    lowered = {w.lower() for w in words}
    for other in findings:
        if other is finding or other.category != Category.PERSON.value or other.overlaps(finding):
            continue
        if lowered & {w.lower() for w in _name_words(text[other.start : other.end])}:
            return True
    for word in words:
        pattern = re.compile(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])")
        if any(not (finding.start <= m.start() < finding.end) for m in pattern.finditer(text)):
            return True
    return False


def _found_as_a_name(finding: Finding) -> bool:
    """Found for being a name and no more: by the statistical model, by the first-name
    gazetteer in a name's place ("I spoke to Quillan"), which says no more than the model
    does, or for being listed with a name found ("especially Sandeep, Gwen and ..."), which
    says no more than that name. A rule that reads what the draft says of the person ("Mrs
    Okoro", "her son Kai") makes the name strong by itself."""
    return finding.source == "model" or finding.rule in (GAZETTEER_RULE, LISTED_RULE)


def evidence_strength(text: str, finding: Finding, findings: Sequence[Finding]) -> str:
    """ "weak" or "strong" for one direct finding; `findings` are the draft's other findings."""
    if finding.category != Category.PERSON.value:
        return STRONG
    if not _found_as_a_name(finding):
        repeat = finding.rule == REPEAT_RULE
        return WEAK if repeat and no_case_to_speak_of(text, findings) else STRONG
    if finding.evidence not in NO_EVIDENCE:
        return STRONG  # the draft says whose: "writes about their own family", "named with an age"
    words = len(_WORD.findall(text[finding.start : finding.end]))
    if not 1 <= words <= MAX_WORDS:
        return STRONG
    start, end = _window(text, finding)
    if _near_kin(text, finding, start, end):
        return STRONG
    if any(
        o.category in CONTEXT and o.start < end and start < o.end
        for o in findings
        if o is not finding
    ):
        return STRONG
    about = about_a_case(text, findings)  # once: it reads the whole draft
    if words > 1 and about:
        return STRONG
    if no_case_to_speak_of(text, findings, about):
        return WEAK  # a team's news names its people again and again
    return STRONG if _mentioned_again(text, finding, findings) else WEAK


def with_strength(
    text: str, findings: Sequence[Finding], model: SubjectModel | None | str = SHIPPED
) -> tuple[Finding, ...]:
    """The findings, each direct one marked with its evidence strength: what
    `evidence_strength` decides, with the draft's findings and words indexed once, and then
    the subject model's judgement (`model`: the shipped one, another, or None for none)
    on the names that are strong only because the draft is about a case or the name comes
    again: a person none of whose mentions reads like the case is weak."""
    draft = _Indexed(text, findings)
    weakened = _unlikely_subjects(draft, _model(model))
    return tuple(
        replace(f, strength=WEAK, evidence=AROUND_THE_CASE)
        if i in weakened
        else replace(f, strength=draft.strength(f))
        if f.kind == "direct"
        else f
        for i, f in enumerate(findings)
    )


def _model(model: SubjectModel | None | str) -> SubjectModel | None:
    """The model a `model` argument names: SHIPPED, a SubjectModel, or None for none."""
    if model == SHIPPED:
        return subject_model()
    if model is None or isinstance(model, SubjectModel):
        return model
    raise ValueError(f"subject model: {model!r} is not SHIPPED, a SubjectModel or None")


def mention_facts(text: str, finding: Finding, findings: Sequence[Finding]) -> tuple[str, ...]:
    """What the rules know of one name finding among the draft's `findings` (it may be one of
    them or a candidate that was suppressed): the facts the subject model reads, and that
    `models/fit_subjects.py` fits it on."""
    return _Indexed(text, [*(f for f in findings if f is not finding), finding]).facts(finding)


def _people(draft: "_Indexed") -> list[list[int]]:
    """The draft's name findings grouped into people, each as the indexes of their mentions:
    a full name (`_Indexed.full`) with every shorter mention whose words all belong to it and
    to no other full name of the draft ("Dorothea Quenby", "Quenby", "Dorothea"). A mention
    that fits no full name, or two ("Sarah" beside "Sarah Quenby" and "Sarah Jones"), is a
    person of its own, never named in full. A title such as "Mrs" joins nobody."""
    names = [i for i, f in enumerate(draft.findings) if f.category == _PERSON]
    words = {i: draft.words(draft.findings[i]) for i in names}
    full = {words[i] for i in names if draft.full(draft.findings[i])}
    people: dict[frozenset[str] | int, list[int]] = {}
    for i in names:
        holders = [name for name in full if words[i] and words[i] <= name]
        key: frozenset[str] | int = holders[0] if len(holders) == 1 else i
        people.setdefault(key, []).append(i)
    return list(people.values())


class _Judged(NamedTuple):
    """One person the subject model judged: their mentions' indexes, each mention's reason
    (`_Indexed.reason`), whether they are named in full somewhere, and their chance."""

    mentions: list[int]
    reasons: list[str]
    full: bool
    chance: float


def _judged(draft: "_Indexed", model: SubjectModel) -> Iterator[_Judged]:
    """The people the subject model judges: none of whose mentions is strong for a harder
    reason (a family or case word, an age, a place or a contact detail near it, a rule that
    found the name, what the draft says of the person). The chance is the highest of the
    person's mentions: one mention that reads like the case is enough."""
    for person in _people(draft):
        mentions = [draft.findings[i] for i in person]
        reasons = [draft.reason(f) for f in mentions]
        if HARD not in reasons:
            full = any(draft.full(f) for f in mentions)
            chance = max(model.chance(draft.features(f)) for f in mentions)
            yield _Judged(person, reasons, full, chance)


def _unlikely_subjects(draft: "_Indexed", model: SubjectModel | None) -> set[int]:
    """The indexes of name findings that the rules make strong only softly (a full name in a
    draft about a case, a name said again, a repeat the name-repeat rule found) and whose
    person the subject model thinks unlikely to be part of the case: named in full somewhere
    (published writing names the people around a case in full, a speaker, a colleague, an
    author, while someone a draft about a case calls by a first name alone is one of its
    family far more often), with a chance under the model's threshold."""
    if model is None:
        return set()
    return {
        i
        for judged in _judged(draft, model)
        if judged.full and judged.chance < model.threshold
        for i, why in zip(judged.mentions, judged.reasons)
        if why == SOFT
    }


_VISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")  # invisible


def _name_shaped(word: str) -> bool:
    """A capitalised word that is a first name, or no title and no ordinary word."""
    lowered = word.lower()
    return word[:1].isupper() and (
        lowered in word_list("first_names.txt")
        or (lowered not in TITLES and lowered not in word_list("common_words.txt"))
    )


class _Indexed:
    """One draft's findings and name words, indexed once, so that each finding's strength costs
    log n: `evidence_strength` asked of every finding of a 5 MB chat export passes over every
    finding and the whole text for each one. `tests/test_strength.py` checks the two agree."""

    def __init__(self, text: str, findings: Sequence[Finding]) -> None:
        self.text, self.findings = text, findings
        context = sorted((o.start, o.end) for o in findings if o.category in CONTEXT)
        self._context_starts = [start for start, _ in context]
        self._context_reach = list(itertools.accumulate((end for _, end in context), max))
        self._names: dict[
            str, list[Finding]
        ] = {}  # a lower-cased word -> the name findings holding it
        for other in findings:
            if other.category == Category.PERSON.value:
                for word in {w.lower() for w in _name_words(text[other.start : other.end])}:
                    self._names.setdefault(word, []).append(other)
        self._places: dict[str, list[int]] | None = None  # each single-word name -> where it stands
        self._case: bool | None = None  # whether the draft speaks of a case, decided once
        self._no_case: bool | None = None  # whether it is long and speaks of none, once
        self._reasons: dict[int, str] = {}  # id(finding) -> `reason`, decided once

    def _about_a_case(self) -> bool:
        if self._case is None:
            self._case = about_a_case(self.text, self.findings)
        return self._case

    def _no_case_to_speak_of(self) -> bool:
        if self._no_case is None:
            self._no_case = no_case_to_speak_of(self.text, self.findings, self._about_a_case())
        return self._no_case

    def strength(self, finding: Finding) -> str:
        return STRONG if self.reason(finding) else WEAK

    def reason(self, finding: Finding) -> str:
        """Why the rules make the finding strong: HARD (found by a rule, said with whose it is,
        written in disguise or inside a link, a family or case word, an identifier near it, a
        long name), SOFT (a full name in a draft about a case, a name said again, a repeat of
        a name), or "" for weak; decided once a finding (the subject model asks first)."""
        if id(finding) not in self._reasons:
            self._reasons[id(finding)] = self._reason(finding)
        return self._reasons[id(finding)]

    def _reason(self, finding: Finding) -> str:
        if finding.category != Category.PERSON.value:
            return HARD
        if not _found_as_a_name(finding):
            if finding.rule != REPEAT_RULE:
                return HARD
            return "" if self._no_case_to_speak_of() else SOFT  # as the name it repeats
        if finding.evidence not in NO_EVIDENCE or finding.written:
            return HARD  # what the draft says of them; or disguised, or inside a link
        text = self.text
        words = len(_WORD.findall(text[finding.start : finding.end]))
        if not 1 <= words <= MAX_WORDS:
            return HARD
        start, end = _window(text, finding)
        if _near_kin(text, finding, start, end) or self._context_near(start, end):
            return HARD
        # said again, or in full, only in a draft about a case: a team's news, a newsletter or
        # a thread among colleagues names its people again and again
        if words > 1 and self._about_a_case():
            return SOFT
        if self._mentioned_again(finding) and not self._no_case_to_speak_of():
            return SOFT
        return ""

    def facts(self, finding: Finding) -> tuple[str, ...]:
        """Every rule fact about a name finding, as the subject model's features name them."""
        text = self.text
        facts = [f"rule:{finding.rule}"] if finding.source != "model" else []
        if finding.evidence not in NO_EVIDENCE:
            facts.append("evidence")
        facts.append(f"words{min(len(_WORD.findall(text[finding.start : finding.end])), 4)}")
        start, end = _window(text, finding)
        checks = (
            ("case", self._about_a_case()),
            ("kin", _near_kin(text, finding, start, end)),
            ("context", self._context_near(start, end)),
            ("again", self._mentioned_again(finding)),
        )
        return (*facts, *(name for name, holds in checks if holds))

    def features(self, finding: Finding) -> list[str]:
        """The subject model's features of a name finding (`mention_features`)."""
        return mention_features(self.text, finding.start, finding.end, self.facts(finding))

    def full(self, finding: Finding) -> bool:
        """The name is written in full: two name-shaped words or more (`_name_shaped`:
        "Ikram Salako"; not "Afterwards Kayla", where the model's name took in the word
        before it, nor "Dr Varma")."""
        written = _WORD.findall(self.text[finding.start : finding.end])
        return sum(1 for w in written if _name_shaped(w)) >= 2

    def words(self, finding: Finding) -> frozenset[str]:
        """A name's words, lower-cased, less titles and invisible characters: how its mentions
        are matched ("Doro\u200bthea Quenby" is "Dorothea Quenby")."""
        written = _name_words(_VISIBLE.sub("", self.text[finding.start : finding.end]))
        return frozenset(w.lower() for w in written if len(w) > 1 and w.lower() not in TITLES)

    def _context_near(self, start: int, end: int) -> bool:
        """A case identifier (CONTEXT) overlapping start..end."""
        before = bisect.bisect_left(self._context_starts, end)  # starting before the end
        return bool(before and self._context_reach[before - 1] > start)

    def _mentioned_again(self, finding: Finding) -> bool:
        words = _name_words(self.text[finding.start : finding.end])
        for word in words:
            if any(
                other is not finding and not other.overlaps(finding)
                for other in self._names.get(word.lower(), ())
            ):
                return True
            if any(not (finding.start <= at < finding.end) for at in self._where(word)):
                return True
        return False

    def _where(self, word: str) -> list[int]:
        """Where the word stands as a whole word, case as written; every single-word model name
        of the draft is looked for in one pass over the text."""
        if self._places is None:
            words = {
                word
                for f in self.findings
                if f.category == Category.PERSON.value and f.source == "model"
                for word in _name_words(self.text[f.start : f.end])[: 2 * MAX_WORDS]
            }
            self._places = {w: [] for w in words}
            # a word of letters, apostrophes and hyphens only is a whole run of them wherever it
            # matches, so no two such words can match at one place: one alternation finds them all
            runs = [w for w in words if _RUN.fullmatch(w)]
            if runs:
                alternation = "|".join(re.escape(w) for w in sorted(runs, key=len, reverse=True))
                for m in re.finditer(rf"(?<![\w'’-])(?:{alternation})(?![\w'’-])", self.text):
                    self._places[m.group()].append(m.start())
            for w in words.difference(runs):  # with a dot or a bracket in it: on its own
                self._places[w] = [
                    m.start()
                    for m in re.finditer(rf"(?<![\w'’-]){re.escape(w)}(?![\w'’-])", self.text)
                ]
        return self._places.get(word, [])
