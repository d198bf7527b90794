"""Whose date or place is it: a public event's, the writer's own working life's, or an
invented example's, not the case's.

A practitioner's post dates the reports and Acts it discusses ("The review was published in
May 2022"), places the pilots and scandals it remembers ("a reporting pilot began in
Cardiff"), dates the writer's own training ("At a workshop in March a colleague asked me")
and invents examples ("Imagine a 13-year-old boy from Airdrie"); it gives a service's phone
number and mailbox ("To book a place, e-mail training@... or ring the office on 0161 ...").
None of these is a date or
place of the people the case is about. Each is decided by its sentence, from word lists
kept as data (`models/lexicon/public_event_words.txt`, `own_event_words.txt`,
`hypothetical_cues.txt`), and only where the sentence holds nobody from the case: no
reported name, age or direct identifier, no family word, no "he" or "she". Where in doubt
the finding stays: missing an identifier is the worse error.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import cached_property, lru_cache
from typing import Sequence

from redactcheck.detect.regex.stored import STORE
from redactcheck.detect.regex.trie import trie_alternation
from redactcheck.lexicon import LEXICON
from redactcheck.lexicon.places import lowered_place_names
from redactcheck.people.cues import cues
from redactcheck.resources import read_phrases
from redactcheck.types import DIRECT_CATEGORIES, Category, Finding, Suppressed, plain_words

PUBLIC_EVENT = "public event"
OWN_WORK = "the writer's own work"
INVENTED = "an invented example"
STAFF = "a professional's or the writer's own"
GROUP = "the ages or language of a group"
ACADEMIC = "a university or research body"
SERVICE = "a service's contact details"
_ACADEMIC = STORE.compile(r"\b(?:University|Institute|Polytechnic)\b|\bSchool\s+of\s+[A-Z]")
# An age said of a group, not of a person: "eligible children are aged 16 and 17", "most were
# aged 16 or 17", "care leavers aged 18 to 21" (not "the girls, aged 12 and 14": theirs).
_GROUP_AGE = STORE.compile(
    r"(?i)(?:^|[^\w\s]\s*|\b(?!(?:the|her|his|their|our|my|both|these|those|two|three|four|five"
    r"|six|seven|eight|nine|ten)\b)[a-z]+\s+)"
    rf"(?:{trie_alternation(w.lower() for w in LEXICON.phrases('group_nouns'))})"
    r"(?:\s+(?:who\s+)?(?:are|were|is|was|aged|being))*\s*(?:aged\s+|between\s+|over\s+|under\s+)?$"
)

_DATE = frozenset({Category.DATE.value})
_PLACES = frozenset(
    c.value for c in (Category.LOCATION, Category.INSTITUTION, Category.LOCAL_AUTHORITY)
)
_EXAMPLE = _DATE | _PLACES | frozenset({Category.AGE.value, Category.DEMOGRAPHIC.value})
_CONTACT = Category.CONTACT.value
_NAMED = frozenset(c.value for c in DIRECT_CATEGORIES)  # a name or another direct identifier
# A sentence ends at . ! or ? before a capital, quote or bracket, and at every line break.
_SENTENCE_END = STORE.compile(r"[.!?][\"'”’)\]]*[ \t]+(?=[\"'“‘(\[]?[A-Z0-9])|\r\n|\r|\n")
_FULL_DATE = STORE.compile(
    r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}|\b\d{1,2}(?:st|nd|rd|th)?\b\D{1,20}\b(?:19|20)\d\d\b"
)
_THIRD_PERSON = STORE.compile_guarded(
    r"(?i)\b(?:he|she|him|his|her|hers|himself|herself|hes|shes)\b"
)
_ANYONE = STORE.compile(r"(?i)\b(?:a|an|any|every|your|each)\s+$")  # "a child", "any parent"
_FIRST_PERSON = STORE.compile(r"(?i)\b(?:i|me|my|we|us|our)\b|\bI['’]")


# "Call Social Work Direct on 0131 ...": a name in capitals before the number, one of its
# words an organisation's or a team's
_CALL_A_NAME = re.compile(
    r"\b(?:[Cc]all|[Rr]ing|[Pp]hone|[Cc]ontact|[Tt]ext)\s+(?:the\s+)?"
    r"(?P<name>(?:[A-Z][\w'’&-]*\s+){0,5}[A-Z][\w'’&-]*)\s+(?:on|at)\s+[\d(+]"
    # in lower case, after "the" or "our": "ring the emergency duty team on 0113 ..."
    r"|\b(?i:call|ring|phone|contact|text)\s+(?i:the|our)\s+"
    r"(?P<team>(?:[\w'’&-]+\s+){0,5}[\w'’&-]+)\s+(?:on|at)\s+[\d(+]"
    # a signature's line: "Northshire County Council Tel: 01632 ...", "... NHS Trust | T: ...",
    # or the service's name, a colon and its number: "Kinship Care Advice Service: 0141 ..."
    r"|(?P<org>(?:[A-Z][\w'’&-]*[ \t]+){0,5}[A-Z][\w'’&-]*)[ \t]*(?:[,|·–-]?[ \t]*"
    r"(?i:tel|telephone|phone|t|switchboard)[ \t]*[:.]|:)[ \t]*[\d(+]"
)


def _calls_a_service(sentence: str) -> bool:
    names = [
        m.group("name") or m.group("org") or _unit_named(m.group("team"))
        for m in _CALL_A_NAME.finditer(sentence)
    ]
    return any(
        w.lower() in _SERVICE_NAME_WORDS for name in names for w in re.findall(r"[A-Za-z]+", name)
    )


def _unit_named(team: str | None) -> str:
    """A lower-case name after "the" or "our" that ends in a unit's noun ("the emergency duty
    team"), or "": "contact the family at ..." reaches no service."""
    words = (team or "").lower().split()
    return team or "" if words and words[-1] in _UNIT_NOUNS else ""


_UNIT_NOUNS = frozenset(
    {"team", "service", "line", "helpline", "desk", "hub", "office", "unit", "centre", "center"}
)
_SERVICE_NAME_WORDS = (
    LEXICON.words("organisation_words")
    | LEXICON.words("team_words")
    | frozenset({"direct", "helpline", "line", "team", "unit", "office", "hub", "desk", "work"})
)


@lru_cache(maxsize=None)
def _words(name: str) -> re.Pattern[str]:
    """Whole-word matches of a lexicon list: any case, but an entry with a capital must be
    capitalised."""
    phrases = LEXICON.phrases(name)
    loose = [p.lower() for p in phrases if p == p.lower()]
    strict = [p for p in phrases if p != p.lower()]
    parts = []
    if loose:
        parts.append(f"(?i:{trie_alternation(loose)})")
    if strict:
        parts.append(trie_alternation(strict))
    spaced = "|".join(parts).replace(r"\ ", r"\s+")
    return re.compile(rf"(?<![\w-])(?:{spaced})(?![\w-])")


# Family words that a sentence about services uses of everyone ("children's social care",
# "parents and carers"): only the others ("her nan", "the boy's mum") put a family in it.
_GENERIC = frozenset(w.lower() for w in read_phrases("generic_family.txt"))


@lru_cache(maxsize=2)
def _family(generic: bool = False) -> re.Pattern[str]:
    """Family and case words; with `generic`, also those a sentence about services uses of
    everyone ("children", "parents")."""
    words = [
        w.lower()
        for w in read_phrases("family.txt") + read_phrases("kinship.txt")
        if generic or w.lower() not in _GENERIC
    ]
    return re.compile(rf"(?i)(?<![\w-])(?:{trie_alternation(words)})(?![\w-])")


def _known_place(written: str) -> bool:
    """A gazetteer place, or a name ending in a place's or organisation's word ("Harbour View
    Hospital", "Whorlton Hall")."""
    said = " ".join(written.lower().split())
    words = said.split()
    return (
        said in lowered_place_names()
        or bool(words)
        and words[-1] in LEXICON.words("proper_name_heads")
    )


def _sentences(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def split(
    text: str, kept: Sequence[Finding], suppressed: Sequence[Suppressed]
) -> tuple[list[Finding], list[Suppressed]]:
    """(kept, suppressed) with the dates and places of public events, of the writer's own
    working life and of invented examples moved to `suppressed`, each with its reason. Each
    sentence's words are read once, whatever the number of findings in it (a chat export's
    line may hold hundreds)."""
    candidates = [f for f in kept if f.category in _EXAMPLE or f.category == _CONTACT]
    if not candidates:
        return list(kept), list(suppressed)
    sentences = _sentences(text)
    starts = [s for s, _ in sentences]
    read: dict[int, Read] = {}
    reasons: dict[int, str] = {}
    public_places: set[str] = set()
    undecided: list[tuple[Finding, bool]] = []
    named = sorted(f.start for f in kept if f.category in _NAMED)
    uncontacted = sorted(f.start for f in kept if f.category in _NAMED and f.category != _CONTACT)
    aged = sorted(f.start for f in kept if f.category == Category.AGE.value)
    declarations: dict[int, bool] = {}  # sentence index -> it declares an example made up
    for f in candidates:
        index = bisect_right(starts, f.start) - 1
        s, e = sentences[index]
        if index not in read:
            read[index] = Read.of(text, s, e)
        own_age = 1 if f.category == Category.AGE.value else 0
        # a phone number or mailbox may be a service's: only the sentence's other identifiers count
        others = uncontacted if _reaches_someone(text, f) else named
        in_names = bisect_left(others, e) - bisect_left(others, s) > 0
        in_ages = bisect_left(aged, e) - bisect_left(aged, s) > own_age
        why = _why(
            read[index],
            text,
            f,
            in_names,
            in_names or in_ages,
            _declared_above(text, sentences, index, declarations),
        )
        if why:
            reasons[id(f)] = why
            if why == PUBLIC_EVENT and f.category in _PLACES:
                public_places.add(plain_words(text, f))
        else:
            undecided.append((f, in_names or in_ages or read[index].case_words))
    for f, case in undecided:  # "After Winterbourne View came ...": the scandal named again
        if f.category in _PLACES and not case and plain_words(text, f) in public_places:
            reasons[id(f)] = PUBLIC_EVENT
    return _moved(kept, suppressed, reasons)


def _moved(
    kept: Sequence[Finding], suppressed: Sequence[Suppressed], reasons: dict[int, str]
) -> tuple[list[Finding], list[Suppressed]]:
    """(kept, suppressed) with each finding that has a reason moved to `suppressed`."""
    if not reasons:
        return list(kept), list(suppressed)
    out_kept = [f for f in kept if id(f) not in reasons]
    out_suppressed = list(suppressed) + [
        Suppressed(replace(f, evidence=reasons[id(f)]), reasons[id(f)])
        for f in kept
        if id(f) in reasons
    ]
    return out_kept, out_suppressed


class Read:
    """What one sentence's words say, each cue read the first time a finding asks for it and
    kept: the spans of its job and staff words (so a finding can be checked against those
    outside it) and its cues. A sentence whose findings are decided by a name beside them is
    never read at all."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.start = start
        self._sentence = text[start:end]

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Read":
        return cls(text, start, end)

    @cached_property
    def invented(self) -> bool:
        """ "fictional", "not my actual case", "a made-up example"."""
        return bool(_words("hypothetical_cues").search(self._sentence))

    @cached_property
    def opener(self) -> bool:
        """It opens "Imagine a ...", "Suppose a ..."."""
        return bool(_opener().match(self._sentence))

    @cached_property
    def third_person(self) -> bool:
        """ "he" or "she"."""
        return bool(_THIRD_PERSON.search(self._sentence))

    @cached_property
    def case_words(self) -> bool:
        """That, or a family or case word."""
        return self.third_person or bool(_family().search(self._sentence))

    @cached_property
    def family_any(self) -> bool:
        """A family word, "children" and "parents" too."""
        sentence = self._sentence
        return bool(
            _family(generic=True).search(sentence) or _words("case_people_words").search(sentence)
        )

    @cached_property
    def public(self) -> bool:
        return bool(_words("public_event_words").search(self._sentence))

    @cached_property
    def own_work(self) -> bool:
        """A word of the writer's working life and the writer ("I", "we", "our")."""
        sentence = self._sentence
        return bool(
            _words("own_event_words").search(sentence)
            and (_FIRST_PERSON.search(sentence) or self.venue)
        )

    @cached_property
    def venue(self) -> bool:
        return bool(_words("venue_event_words").search(self._sentence))

    @cached_property
    def service(self) -> bool:
        """About reaching a service: "call the office on", "book through the mailbox"."""
        sentence = self._sentence
        return bool(_words("service_contact_words").search(sentence) or _calls_a_service(sentence))

    @cached_property
    def someone(self) -> bool:
        """ "he", "she", or a family word of someone ("her son"), not of anyone ("a child",
        "any parent"): "If you are worried about a child, ring the duty team on ..." reaches a
        service."""
        sentence = self._sentence
        return self.third_person or any(
            not _ANYONE.search(sentence, max(0, m.start() - 12), m.start())
            for m in _family().finditer(sentence)
        )

    @cached_property
    def staff(self) -> tuple[tuple[int, int], ...]:
        """Job and staff words, as offsets in the text."""
        return tuple(
            (self.start + m.start(), self.start + m.end())
            for pattern in (cues().job, _words("staff_words"))
            for m in pattern.finditer(self._sentence)
        )


_PARAGRAPH_REACH = 6  # sentences back to a paragraph's declaration that its example is made up
_REAL = STORE.compile(r"(?i)\b(?:actual|actually|real|really|in\s+reality|my\s+(?:own\s+)?case)\b")
_NEGATED = STORE.compile(r"(?i)\b(?:not|isn['’]t|no|never)\s+(?:\w+\s+){0,2}$")


def _declared_above(
    text: str, sentences: Sequence[tuple[int, int]], index: int, seen: dict[int, bool]
) -> bool:
    """An earlier sentence of the same paragraph declares its example made up ("Take an
    invented but entirely typical case."); `seen` caches each sentence's answer."""
    if _REAL.search(text, *sentences[index]):
        return False  # "The one I actually have is in Hull": the real case, after the example
    for back in range(index - 1, max(-1, index - 1 - _PARAGRAPH_REACH), -1):
        s, e = sentences[back]
        if not text[s:e].strip() or _REAL.search(text, s, e):
            return False  # a blank line ends the paragraph, and so does the real case
        if back not in seen:
            m = _words("fiction_declarations").search(text, s, e)
            seen[back] = (
                m is not None
                and not _NEGATED.search(text[max(s, m.start() - 30) : m.start()])
                and not _THIRD_PERSON.search(text, s, e)  # "Her statement reads like a composite"
            )
        if seen[back]:
            return True
    return False


def _why(
    read: Read, text: str, finding: Finding, named: bool, case: bool, declared: bool = False
) -> str | None:
    """The reason a date, place, age or detail in this sentence is not the case's, or None;
    `named`: a reported name or direct identifier is in the sentence; `case`: that, or another
    age; `declared`: an earlier sentence of its paragraph declares the example made up."""
    if named:
        return None
    if declared and finding.category in _EXAMPLE:
        return INVENTED  # "Take an invented case. An older man in Ceredigion ..."
    if _reaches_someone(text, finding):
        # "e-mail hello@... or call the office on 0161 ...": a team's mailbox is an INSTITUTION
        return (
            SERVICE
            if read.service
            and not case
            and not read.someone
            and not _webmail(text[finding.start : finding.end])
            else None
        )
    if read.invented or (read.opener and not read.third_person):
        return INVENTED  # "a fictional case: ...", "Imagine a 13-year-old boy from Airdrie"
    if case or read.case_words:
        return None
    written = text[finding.start : finding.end]
    if finding.category == Category.DEMOGRAPHIC.value:
        return _whose_detail(read, text, finding)
    if finding.category == Category.AGE.value:
        before = text[max(read.start, finding.start - 80) : finding.start]
        return GROUP if _GROUP_AGE.search(before) else None
    if _date_of_own_event(read, text, finding) or _writers_own_place(read, text, finding):
        return OWN_WORK
    return _event_date_or_place(read, written, finding)


# The writer's own career before a place: where they trained or teach ("I trained at
# Goldsmiths", "I now teach at the University of Bradford"), or where they have worked for
# years ("I've been a social worker in Leeds for ten years"); not where they work on a case
# ("I'm the safeguarding lead at Ysgol Pen-y-Lan", "I was on the rota for North Lanarkshire").
_WRITERS_STUDY = STORE.compile(
    r"(?i)\bI(?:['’]ve|\s+have|\s+had)?\s+(?:now\s+|also\s+|still\s+|then\s+)?"
    r"(?:teach|taught|trained|qualified|studied|lecture|lectured)\s+(?:in|at|with)\s+(?:the\s+)?$"
)
_WRITERS_YEARS_IN = STORE.compile(
    r"(?i)\bI(?:['’]ve|\s+have)\s+(?:been\s+(?:an?\s+)?[\w -]{0,40}?|worked(?:\s+as\s+an?"
    r"\s+[\w -]{0,40}?)?|practised|practiced)\s+(?:in|at|for)\s+(?:the\s+)?$"
)
_YEARS = STORE.compile(r"(?i)\s*(?:for\s+(?:\w+\s+){0,2}(?:years|decades)|since\s+(?:19|20)\d\d)\b")


def _writers_own_place(read: Read, text: str, finding: Finding) -> bool:
    """A place or council where the writer has worked for years, or a university where they
    trained or teach, in a sentence with no family or case word: "I've been a social worker in
    Leeds for ten years", "I now teach at the University of Bradford"."""
    if finding.category not in _PLACES or read.family_any:
        return False
    before = text[max(read.start, finding.start - 80) : finding.start]
    if finding.category == Category.INSTITUTION.value:  # a university, never a child's school
        return bool(
            _HIGHER_EDUCATION.search(text, finding.start, finding.end)
            and _WRITERS_STUDY.search(before)
        )
    return bool(
        _WRITERS_STUDY.search(before)
        or (_WRITERS_YEARS_IN.search(before) and _YEARS.match(text, finding.end, finding.end + 40))
    )


_HIGHER_EDUCATION = STORE.compile(r"(?i)\b(?:university|college|coleg|prifysgol|institute)\b")


def _reaches_someone(text: str, finding: Finding) -> bool:
    """A phone number or e-mail address: a CONTACT, or a team's mailbox reported as an
    INSTITUTION ("duty@..."); whose it is, a service's or a person's, its sentence says."""
    return finding.category == _CONTACT or "@" in text[finding.start : finding.end]


def _webmail(written: str) -> bool:
    """A personal mailbox is nobody's service: "kerry.morrow88@gmail.com"
    (models/lexicon/webmail_hosts.txt)."""
    host = re.search(r"@([\w-]+)\.", written)
    return host is not None and host.group(1).lower() in LEXICON.words("webmail_hosts")


def _whose_detail(read: Read, text: str, finding: Finding) -> str | None:
    """A job or language in a sentence with nobody of the case in it: a group's, the staff's
    or the writer's, or None."""
    if _SPEAKERS.search(text[finding.start : finding.end]) and not (
        read.family_any or _THEY.search(text, read.start, finding.start)
    ):
        return GROUP  # "Welsh speakers should be offered ...", not "They are Welsh speakers"
    if finding.rule == "distinctive-job":  # "a team manager I worked under"
        staffed = any(e <= finding.start or s >= finding.end for s, e in read.staff) or bool(
            _WRITERS_JOB.search(text[max(read.start, finding.start - 30) : finding.start])
        )  # "I was a student nurse when Panorama broadcast ..."
    else:  # a language: only one that qualifies one of the staff
        staffed = _speaks(text, finding, read.staff)
    return STAFF if staffed and not read.family_any else None


def _date_of_own_event(read: Read, text: str, finding: Finding) -> bool:
    """A month or day right after a word of working life, in a sentence with no family or
    case word: "The training is in November", "the workshop on 3 May" are the event's (a
    year is not: "the officers' course in 1993" may be one of the people's)."""
    if finding.category not in _DATE or read.family_any:
        return False
    written = text[finding.start : finding.end]
    if _FULL_DATE.search(written) or written.strip().isdigit():
        return False  # a whole date can be a date of birth; a year, a person's course's
    return bool(
        _own_event_before().search(text[max(read.start, finding.start - 40) : finding.start])
    )


@lru_cache(maxsize=1)
def _own_event_before() -> re.Pattern[str]:
    """A word of working life, perhaps a verb, then the date's preposition, at the end."""
    event = _words("own_event_words").pattern
    return re.compile(
        rf"(?:{event})\s+(?:(?i:is|was|will\s+be|runs|ran|starts|started|takes\s+place)\s+)?"
        r"(?i:in|on|during|from|until|till)\s+(?:(?i:early|mid|late)[\s-]+)?$"
    )


def _speaks(text: str, finding: Finding, staff: Sequence[tuple[int, int]]) -> bool:
    """The language qualifies one of the staff: "an Arabic-speaking social worker", "a support
    worker who speaks Dari"; not "we booked a Tigrinya interpreter" (the family's language)."""
    for start, end in staff:
        if start >= finding.end and _SPEAKING_BEFORE_JOB.match(text[finding.end : start]):
            return True
        if end <= finding.start and _SPEAKS_AFTER_JOB.search(text[end : finding.start]):
            return True
        if (
            end <= finding.start
            and _SPEAKER.search(text[finding.start : finding.end])
            and _ARE_SPEAKERS.search(text[end : finding.start])
        ):
            return True  # "most of the practitioners are Welsh speakers"
    return False


# Speakers who are the family: "They are Tigrinya speakers", "grandparents who are Welsh speakers".
_THEY = STORE.compile(
    r"(?i)\b(?:they|them|their|family|families|relatives|parents|grandparents|children|kids)\b"
)
_SPEAKERS = STORE.compile(r"(?i)\bspeakers$")  # a language's speakers in general, said of many
_SPEAKING_BEFORE_JOB = STORE.compile(r"[ \t]*-?[ \t]*speaking[ \t]+(?:[\w'’-]+[ \t]+){0,2}$", re.I)
_WRITERS_JOB = STORE.compile(r"(?i)\b(?:i\s+was|i\s+am|i['’]m|i['’]ve\s+been|i\s+have\s+been)\s+$")
_SPEAKER = STORE.compile(r"(?i)\bspeakers?$")
_ARE_SPEAKERS = STORE.compile(r"(?i)^[^.\n]{0,20}\b(?:are|is|as)\s+(?:an?\s+|all\s+)?$")
_SPEAKS_AFTER_JOB = STORE.compile(
    r"^[^.\n]{0,40}\b(?:speaks?|speaking|fluent\s+in)\s+(?:[\w'’-]+\s+){0,2}$", re.I
)


def _event_date_or_place(read: Read, written: str, finding: Finding) -> str | None:
    """The reason a date or place in a sentence with nobody from the case in it is an event's,
    a university's or a venue's, or None."""
    if finding.category in _DATE and _FULL_DATE.search(written):
        return None  # a whole date can be a date of birth, whatever the sentence says
    if finding.category in _PLACES and " ".join(written.lower().split()) in LEXICON.words(
        "named_scandals"
    ):
        return PUBLIC_EVENT  # "What Winterbourne View still teaches us"
    if finding.category in _PLACES and not _known_place(written):
        return None  # the model's place may be a name ("Chester"): only a known place is let go
    if finding.category == Category.INSTITUTION.value and _ACADEMIC.search(written):
        return ACADEMIC  # "Karen Broadhurst and colleagues at Lancaster University have shown"
    if finding.category in _DATE | _PLACES and read.public:
        return PUBLIC_EVENT
    if finding.category in _DATE and read.own_work and not read.family_any:
        return OWN_WORK
    if finding.category in _PLACES and read.venue:
        return OWN_WORK  # the venue of a training day or a conference
    return None


@lru_cache(maxsize=1)
def _opener() -> re.Pattern[str]:
    """A sentence that opens an invented example: "Imagine a 13-year-old boy ..."."""
    openers = trie_alternation(w.lower() for w in LEXICON.phrases("example_openers"))
    return re.compile(rf"(?i)^\W*(?:{openers})\s+(?:a|an)\b")
