"""Whose name is it: group the mentions of one person and decide their role.

A draft names the people its case is about, and also its author, colleagues,
researchers, public figures and people under names it says are changed. Only the
first are identifiers. `People.assign` groups the PERSON findings of one draft into
people (full name, first name, surname, title and surname, initials), collects the
evidence of every mention (see `evidence`), and decides one role per person:

- subject: someone the case is about; the only direct PERSON findings;
- author, professional, public, cited, pseudonym, placeholder: suppressed, with
  that role as the reason and the evidence in words.

Where the evidence is weak or conflicting the role is subject: missing an identifier
is the worse error. Evidence that someone is part of the case (a family word, an age,
an address beside the name, harm alleged) outweighs every other role, except that a
declared pseudonym keeps hiding the name (not the ages and places around it): only a
full name beside another direct identifier breaks a blanket "names have been changed".
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from typing import Sequence

from redactcheck.detect.regex.stored import STORE
from redactcheck.lexicon import LEXICON
from redactcheck.lexicon.places import lowered_place_names
from redactcheck.lexicon.words import TITLES, WRITTEN_TITLES
from redactcheck.people import evidence as ev
from redactcheck.people.cues import Cues, cues, someones_kin
from redactcheck.people.evidence import (
    AUTHOR,
    CITED,
    HEADER,
    PLACEHOLDER,
    PROFESSIONAL,
    PSEUDONYM,
    PUBLIC,
    SUBJECT,
    Evidence,
    Mention,
)
from redactcheck.people.notname import (
    named_thing,
    named_things,
    ordinary_cell,
    quoted_title,
    why_not_a_name,
)
from redactcheck.types import (
    NAMED_ONLY,
    QUASI_CATEGORIES,
    Category,
    Finding,
    Suppressed,
    line_col,
    plain_words,
)

ROLES = (SUBJECT, AUTHOR, PROFESSIONAL, PUBLIC, CITED, PSEUDONYM, PLACEHOLDER)
NOT_A_NAME = "not a name"
# The order in which a person's roles are reported when several apply (none of them is subject).
_PRIORITY = (PSEUDONYM, PLACEHOLDER, AUTHOR, PROFESSIONAL, PUBLIC, CITED)
# Earlier suppressions of a PERSON finding and the role they stand for.
_WHY_ROLE = {
    "byline": AUTHOR,
    "signature": AUTHOR,
    "citation": CITED,
    "placeholder": PLACEHOLDER,
    "public body": PUBLIC,
    "platform": NOT_A_NAME,
    "helpline": NOT_A_NAME,
    "common word": NOT_A_NAME,
    "statute": CITED,
}
_PART = STORE.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_INITIALS = STORE.compile(r"^(?:[A-Z]\.?\s?){1,3}$")
_COORDINATION = STORE.compile(
    r"^\s*(?:,\s*(?:and\s+|&\s+)?|and\s+|&\s+)(?:(?:prof|professor|dr)\.?\s+)?$", re.I
)
# A handle alone on its line, heading a forum post ("u/tired_PA_2023", "**@sw_jo** (OP)"):
# the poster's; a list item ("- @kayla_x") is not a post's header.
_POST_HEADER = STORE.compile(
    r"^[ \t>#*_]*\0[ \t*_]*(?:\((?:OP|op|mod|moderator)\)|[·•|][^\n]{0,30})?[ \t*_:]*$"
)
_PLACE_NAMES = frozenset(
    {Category.LOCATION.value, Category.INSTITUTION.value, Category.LOCAL_AUTHORITY.value}
)
# "I've read Kim Golding on attachment", "re-reading Lupton and Nixon on empowerment".
_READ_BEFORE = STORE.compile(r"(?i)\b(?:read|reading|re-?read|re-?reading)\s+$")
_ON_A_TOPIC = STORE.compile(r"^\s+on\s+(?:the\s+)?(?!(?:his|her|their|my|your|a|an)\b)[a-z]{4,}")
# A phone number or e-mail address beside the name of the author (a byline, bio, signature or
# sign-off) is theirs ("Eddie can be contacted on ..."): no sign of a subject. Not a chat
# message's sender (a parent in a group chat gives their own number too), nor a professional
# (a teacher in an allegation is named with the school's number).
_BESIDE_CONTACT = f"beside a direct identifier ({Category.CONTACT.value})"
_STOP = WRITTEN_TITLES | LEXICON.words("honorifics") | {"the"}


@dataclass
class Person:
    """The mentions of one person and the evidence they carry."""

    key: tuple[str, ...]
    mentions: list[Mention] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    # an e-mail address or handle at a work domain that spells their surname is on a line
    # that names them ("Eddie can be contacted on eddie.mbeki@example.org")
    own_address: bool = False

    def role(self) -> tuple[str, list[Evidence]]:
        """(role, the evidence for it)."""
        subject = [e for e in self.evidence if e.role == SUBJECT]
        if (
            self.own_address
            and all(e.why == _BESIDE_CONTACT for e in subject)
            and any(e.role == AUTHOR and e.why != ev.SENDER for e in self.evidence)
        ):
            subject = []  # "Eddie can be contacted on eddie.m@...": the author's own details
        pseudonym = [e for e in self.evidence if e.role == PSEUDONYM]
        if pseudonym and not any(e.why.startswith("a full name beside") for e in subject):
            return PSEUDONYM, pseudonym
        if subject:
            return SUBJECT, subject
        for role in _PRIORITY:
            chosen = [e for e in self.evidence if e.role == role]
            if chosen:
                return role, chosen
        return SUBJECT, []


def _start(m: re.Match[str]) -> int:
    return m.start()


def _post_heads(text: str) -> list[re.Match[str]]:
    """The lines a thread's posts are headed with ("quietcarer77 wrote:" on a line of its own),
    found once a draft."""
    return list(_POSTER_LINE.finditer(text))


def _posters(heads: Sequence[re.Match[str]]) -> frozenset[str]:
    """The thread's posters, lower-cased; none unless the draft is a thread of two posts or
    more."""
    names = {_poster(m) for m in heads}
    return frozenset(names) if len(names) >= 2 else frozenset()


def _poster(head: re.Match[str]) -> str:
    """The poster a heading line names, as `_handle_name` reads a handle."""
    return _handle_name(next(g for g in head.groups() if g))


def _family_posters(text: str, heads: Sequence[re.Match[str]], cues: Cues) -> frozenset[str] | None:
    """In a thread of two posters or more, the posters (lower-cased) whose own posts speak of
    their own family ("my mum's worker"); None when the draft is no thread."""
    if len({_poster(m) for m in heads}) < 2 or ev.own_family(
        text[: heads[0].start()], cues
    ):  # no thread, or family spoken of above its first post: by whom is not known
        return None
    ends = [m.start() for m in heads[1:]] + [len(text)]
    return frozenset(
        _poster(m)
        for m, end in zip(heads, ends, strict=True)
        if ev.own_family(text[m.end() : end], cues)
    )


# "He tweets as", "She's on Blusky at", "They blog at", "... and tweets as": a bio's handle
_BIO_HANDLE = STORE.compile(
    r"(?i)(?:(?:^|[.!?]\s+)(?:he|she|they)|\s+and)(?:\s+(?:tweets?|posts?|blogs?|writes)"
    r"|(?:['’]s|\s+is|['’]re|\s+are)\s+on\s+[A-Za-z]+)(?:\s+(?:as|at))?\s*$"
)
# "@Holly Ashworth could ...": a chat's way of addressing one of its senders by name
_NAME_HANDLE = STORE.compile(r"@([A-Z][a-z]+)$")
_SURNAME_AFTER = STORE.compile(r"[ \t]+([A-Z][\w'’-]+)")


def _mentions_a_sender(text: str, m: ev.Mention) -> bool:
    """ "@Holly Ashworth" (or "@Holly") in a chat where "Holly Ashworth:" heads a message: the
    sender addressed, not a handle of the case."""
    handle = _NAME_HANDLE.match(m.text)
    if handle is None:
        return False
    surname = _SURNAME_AFTER.match(m.after)
    name = handle.group(1) + (" " + surname.group(1) if surname else "")
    sender = rf"(?m)^[ \t]*(?:[\d/.,: \t\[\]-]*[-–][ \t]*)?{re.escape(name)}[ \t]*:"
    return re.search(sender, text) is not None


_BYLINE_NAME = STORE.compile(r"[ \t*_>]*[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2}(?=[ \t]*[|·•])")
_NAME_BRACKET = STORE.compile(r"(?:^|[.!?]\s+)[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2}[ \t]*\($")
_NOT_BEFORE = STORE.compile(r"(?i)\b(?:not|never|isn['’]t|aren['’]t|no)\s+(?:\w+\s+)?$")
_CAPITALISED_NAME = STORE.compile(r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2}")


def _handle_name(written: str) -> str:
    """ "@quietcarer77" -> "quietcarer77", "@valleys_adult_sw" and "Valleys adult sw" ->
    "valleysadultsw": a handle's letters and digits, however its words are joined."""
    return re.sub(r"[\W_]+", "", re.sub(r"^(?:u/|@)", "", written)).lower()


# A username as forums write them: letters with an underscore or a digit ("sw_louise",
# "bluebell_77"), or after "@" or "u/".
_HANDLE = r"(?:(?:u/|@)[\w.-]{2,40}|[\w.-]*[_\d][\w.-]*)"
# When a post was written, after its poster: "· 3h", "| 2 days ago", "- 10:42", "on 3 March 2024"
_POSTED_WHEN = (
    r"(?:[ \t]*[·•|–—-][ \t]*(?:\d{1,3}[ \t]*(?:[smhdw]|mins?|minutes?|hrs?|hours?|days?|weeks?)"
    r"(?:[ \t]+ago)?|yesterday|just[ \t]+now|\d{1,2}[:.]\d{2}(?:[ \t]*[ap]m)?)"
    r"|[ \t]+(?:on|at)[ \t]+[\w ,:./-]{1,30})"
)
# A poster's heading line: "quietcarer77 wrote:", "**ridgeway_sw** replied:", "Posted by
# valleys_adult_sw" under a post, a handle alone in bold over one ("**glen_coe_girl**"). The
# view may have read a handle's words apart ("Valleys adult sw"): up to three words.
_POSTER_LINE = STORE.compile(
    r"(?im)^[ \t>*_]*(?:u/|@)?([\w.-]{2,40}(?:[ \t]+[\w.-]+){0,2})[*_]*[ \t]+(?:wrote|replied"
    r"|said|posted|commented|asked|answered)[ \t]*:?[*_]*[ \t]*$"
    rf"|^[ \t>*_]*posted[ \t]+by[ \t]+(?:u/|@)?([\w.-]{{2,40}}(?:[ \t]+[\w.-]+){{0,2}})[*_]*"
    rf"{_POSTED_WHEN}?[ \t]*$"
    r"|^[ \t>]*\*\*(?:u/|@)?([\w.-]*[_\d][\w.-]*)\*\*[ \t]*(?:[·•][^\n]{0,30})?$"
    # a username alone heading its post, with when: "sw_louise · 3h"
    rf"|^[ \t>*_]*({_HANDLE})[*_]*{_POSTED_WHEN}[ \t]*$"
    # "Reply from greyowl_sw:", "Quote from midlands_sw: the trick is ...", "Comment by @amhp_dan"
    rf"|^[ \t>*_]*(?:reply|replied|response|answer|quote|quoted|comment|post|message)[ \t]+"
    rf"(?:from|by)[ \t]+({_HANDLE})[*_]*(?:{_POSTED_WHEN})?[ \t]*(?::|$)"
)


def _titled_place(text: str, finding: Finding) -> bool:
    """A place or organisation finding that is a person's name: a title and capitalised words
    ("Dame Rachel de Souza", "Cllr Tom Mbeki"), none of them a place's word ("Dr Gray's
    Hospital" is a hospital)."""
    if finding.category not in (Category.LOCATION.value, Category.INSTITUTION.value):
        return False
    words = _PART.findall(text[finding.start : finding.end])
    return (
        len(words) >= 2
        and words[0].lower() in TITLES
        and words[1][:1].isupper()
        and not any(w.lower() in LEXICON.words("proper_name_heads") for w in words)
    )


def _has_role(person: Person, role: str) -> bool:
    return any(e.role == role for e in person.evidence)


def parts(name: str) -> tuple[str, ...]:
    """The words of a name, lower-cased, without titles, possessives or asterisks."""
    words = [w.lower() for w in _PART.findall(name)]
    words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in words]
    return tuple(w for w in words if w not in _STOP)


class People:
    """Decides whose name each PERSON finding is; built once per Linter."""

    def __init__(self, professionals_flag: bool = False, subjects: Sequence[str] = ()) -> None:
        self.cues = cues()
        self.professionals_flag = professionals_flag
        self.subjects = {parts(s) for s in subjects if parts(s)}

    def assign(
        self,
        text: str,
        kept: Sequence[Finding],
        suppressed: Sequence[Suppressed],
        subjects: Sequence[str] = (),
        original: str | None = None,
    ) -> tuple[list[Finding], list[Suppressed]]:
        """(findings, suppressed) with every PERSON finding given its role and evidence;
        `subjects` are names the draft's own directives say the case is about; `original`,
        the draft as written where `text` is a normalised view of it (a username heading its
        post, "sw_louise · 3h", reads as words in the view)."""
        forced = self.subjects | {parts(s) for s in subjects if parts(s)}
        out_kept: list[Finding] = []
        out_suppressed = list(suppressed)
        heads = _post_heads(text)
        posters = _posters(heads)
        if original is not None and original != text:
            written_heads = _post_heads(original)
            posters |= _posters(written_heads)
            if len(original) == len(text):  # the same places: the view changed no length
                heads = sorted({m.start(): m for m in heads + written_heads}.values(), key=_start)
        candidates = self._screen(text, kept, out_kept, out_suppressed, posters)
        earlier = [s for s in suppressed if s.finding.category == Category.PERSON.value]
        # a handle found to be the writer's own is no identifier beside their name
        own = {(s.finding.start, s.finding.end) for s in out_suppressed[len(suppressed) :]}
        people = self._people(
            text, candidates, earlier, [f for f in kept if (f.start, f.end) not in own]
        )
        self._decide(candidates, people, forced, out_kept, out_suppressed)
        out_suppressed = [self._label_earlier(text, s) for s in out_suppressed]
        out_kept, out_suppressed = _restore_writers(
            out_kept,
            out_suppressed,
            people,
            bool(ev.own_family(text, self.cues)),
            _family_posters(text, heads, self.cues),
        )
        out_kept, out_suppressed = _handles_of_subjects(out_kept, out_suppressed)
        out_kept, out_suppressed = _about_the_author(
            text, out_kept, out_suppressed, people, self.cues
        )
        out_kept, out_suppressed = _their_organisations(text, out_kept, out_suppressed, people)
        out_kept.sort(key=lambda f: (f.start, f.end))
        return out_kept, out_suppressed

    def _screen(
        self,
        text: str,
        kept: Sequence[Finding],
        out_kept: list[Finding],
        out_suppressed: list[Suppressed],
        posters: frozenset[str],
    ) -> list[Finding]:
        """The PERSON findings that may be names (the candidates), in order. On the way, a
        poster's handle (`posters`: the thread's, see `_posters`), an ordinary table cell and a
        PERSON finding that is not a name go to `out_suppressed`, and findings of other
        categories to `out_kept`."""
        candidates: list[Finding] = []
        named = _named_elsewhere(text, [f for f in kept if f.category == Category.PERSON.value])
        # the words named more often than a finding's own mention accounts for (0 or 1 times)
        named_beyond = [{w for w, n in named.items() if n > own} for own in (0, 1)]
        things = named_things(text)
        for finding in kept:
            handle = self._handle_left(text, finding, posters)
            if handle is not None:
                out_suppressed.append(handle)
                continue
            cell = (
                ordinary_cell(text, finding)
                if finding.category == Category.LOCATION.value
                else None
            )
            if cell is None and finding.category in _PLACE_NAMES:
                cell = named_thing(text, finding, things) or quoted_title(text, finding)
            if cell is None and finding.source == "model" and finding.category in _PLACE_NAMES:
                cell = self._job_title(text, finding)
            if cell:
                out_suppressed.append(Suppressed(replace(finding, evidence=cell), NOT_A_NAME))
                continue
            if (
                _titled_place(text, finding)
                or self._placed_byline(text, finding)
                or self._known_person(text, finding)
            ):
                # "Dame Rachel de Souza", "Guest post by Ifeoma Duru" read as a place
                finding = replace(finding, category=Category.PERSON.value)
            if finding.category != Category.PERSON.value:
                out_kept.append(finding)
                continue
            own = 1 if _stands_as_name(text, finding) else 0
            reason = why_not_a_name(text, finding, self.cues, named_beyond[own], things)
            if reason:
                out_suppressed.append(
                    Suppressed(replace(finding, role=NOT_A_NAME, evidence=reason), NOT_A_NAME)
                )
            else:
                candidates.append(finding)
        return candidates

    def _decide(
        self,
        candidates: Sequence[Finding],
        people: dict[tuple[int, int], Person],
        forced: set[tuple[str, ...]],
        out_kept: list[Finding],
        out_suppressed: list[Suppressed],
    ) -> None:
        """Each candidate labelled with its person's role: a subject's name (or a
        professional's, when they are flagged) to `out_kept`, any other to `out_suppressed`."""
        decided: dict[int, tuple[str, str]] = {}  # id(person) -> (role, its evidence in words)
        for finding in candidates:
            person = people[(finding.start, finding.end)]
            if id(person) not in decided:  # once a person: a name said a thousand times in a chat
                role, chosen = person.role()
                if _forced_subject(person, forced):
                    role, chosen = SUBJECT, [Evidence(SUBJECT, "named a subject by the user", 0)]
                decided[id(person)] = role, in_words(chosen) or NAMED_ONLY
            role, words = decided[id(person)]
            labelled = replace(finding, role=role, evidence=words)
            if role == SUBJECT or (role == PROFESSIONAL and self.professionals_flag):
                out_kept.append(labelled)
            else:
                out_suppressed.append(Suppressed(labelled, role))

    def _known_person(self, text: str, finding: Finding) -> bool:
        """A place or organisation finding that is a public figure's or a well-known author's
        full name ("Octavia Hill", read as a place): a person, whose role is then decided."""
        if finding.category not in _PLACE_NAMES:
            return False
        name = " ".join(parts(text[finding.start : finding.end]))
        return " " in name and (
            name in self.cues.public_figures or name in self.cues.well_known_authors
        )

    def _placed_byline(self, text: str, finding: Finding) -> bool:
        """A place or organisation finding just after a byline's words ("Guest post by Ifeoma
        Duru, student social worker") or before a bio's ("Ifeoma Eze is a parent advocate")
        that no gazetteer knows as a place: a person's name."""
        if finding.category not in _PLACE_NAMES:
            return False
        written = text[finding.start : finding.end]
        if " ".join(written.lower().split()) in lowered_place_names():
            return False
        line_start = text.rfind("\n", 0, finding.start) + 1
        line_end = text.find("\n", finding.end)
        after = text[finding.end : len(text) if line_end < 0 else line_end]
        return bool(
            self.cues.author_before.search(text[line_start : finding.start])
            or self.cues.bio_after.search(after)  # "Ifeoma Eze is a parent advocate in ..."
        )

    def _author_handle(self, text: str, finding: Finding, posters: frozenset[str]) -> bool:
        """A forum handle ("u/name", "@name") in a byline, as a message's sender, or naming
        one of the thread's posters (`posters`, see `_posters`) is a poster's."""
        if not re.match(r"(?:at\s+)?(?:u/|@)\w", text[finding.start : finding.end]):
            return False
        m = ev.mention(text, finding)
        return bool(
            _POST_HEADER.match(m.before + "\0" + m.after)
            or ev.FOLLOW_ON.search(m.before)  # "Follow Ngozi on Bluesky at @..."
            or ev.comment_heading(m)
            or self._bio_handle(text, m)
            or self._byline_handle(text, m)
            or _mentions_a_sender(text, m)
            or _handle_name(m.text) in posters
            or self.cues.author_before.search(m.before)
            or any(
                e.role == AUTHOR for e in ev.place_evidence(text, m, self.cues, text.split("\n"))
            )
        )

    def _handle_left(
        self, text: str, finding: Finding, posters: frozenset[str]
    ) -> Suppressed | None:
        """A poster's handle (`_author_handle`) or a colleague's (`_thanked_handle`), with its
        role, or None."""
        if finding.category != Category.CONTACT.value:
            return None
        line = line_col(text, finding.start)[0]
        if self._author_handle(text, finding, posters):
            handle = replace(finding, role=AUTHOR, evidence=f"the poster's handle, line {line}")
            return Suppressed(handle, AUTHOR)
        thanked = self._thanked_handle(text, finding)
        if thanked:
            handle = replace(finding, role=PROFESSIONAL, evidence=f"{thanked}, line {line}")
            return Suppressed(handle, PROFESSIONAL)
        return None

    def _thanked_handle(self, text: str, finding: Finding) -> str | None:
        """A handle thanked, credited or named in a job the way a colleague is ("Thanks to
        @jo_sw for the slides", "hosted by @maud_e", "my supervisor @lorna_g"), with nothing
        before it that puts it in the case: what the words before it say, or None."""
        if not re.match(r"(?:u/|@)\w", text[finding.start : finding.end]):
            return None
        m = ev.mention(text, finding)
        found = ev.left_evidence(m, self.cues)
        if any(e.role == SUBJECT for e in found + ev.right_evidence(m, self.cues, False)):
            return None
        sentence = ev.sentence_around(m)
        if ev.case_near(m) or ev.casework_near(m) or re.search(r"\d|\bcare\b", sentence):
            return None  # "Thanks to @kayden_x, who is 14 and in foster care, for his poem"
        return next((e.why for e in found if e.role == PROFESSIONAL), None)

    def _job_title(self, text: str, finding: Finding) -> str | None:
        """ "Jo Peters, Principal Social Worker": a job written in capitals, which the model
        took for an organisation, is nobody's place."""
        words = " ".join(text[finding.start : finding.end].split())
        return "a job title" if self.cues.job.fullmatch(words) else None

    def _byline_handle(self, text: str, m: ev.Mention) -> bool:
        """ "Delphine Okafor | Safeguarding Consultant | @dokafor": a handle on a byline's
        line, a name and a job before it, on one of the draft's first lines."""
        name = _BYLINE_NAME.match(m.before)
        return bool(
            name
            and ev.job_beside(m.before[name.end() :], self.cues)
            and ev.among_first_lines(text.split("\n", m.line)[: m.line], m.line - 1)
        )

    def _bio_handle(self, text: str, m: ev.Mention) -> bool:
        """ "Euan Macleod is a mental health officer in the Highlands. He tweets as @EuanMHO.":
        the handle in the author's bio, a paragraph at the draft's edge that opens with the
        author's name and what they do."""
        if _NAME_BRACKET.search(m.before) and m.after.startswith(")"):
            bio = m.after[1:]  # "Tamsin Grey (@tg_sw) is an AMHP in ..."
        elif _BIO_HANDLE.search(m.before):
            start = text.rfind("\n\n", 0, m.finding.start)
            paragraph = text[start + 2 if start >= 0 else 0 : m.finding.start].lstrip(" \t*_>")
            opening = _CAPITALISED_NAME.match(paragraph)
            if not opening:
                return False
            bio = paragraph[opening.end() :]
        else:
            return False
        return bool(self.cues.bio_after.match(bio)) and ev.at_edge(text.split("\n"), m.line - 1)

    def _label_earlier(self, text: str, item: Suppressed) -> Suppressed:
        """A PERSON finding suppressed before roles were decided gets the role its reason means."""
        f = item.finding
        if f.category != Category.PERSON.value or f.role:
            return item
        role = _WHY_ROLE.get(item.why, item.why)
        return Suppressed(
            replace(f, role=role, evidence=f"{item.why}, line {line_col(text, f.start)[0]}"),
            item.why,
        )

    def _people(
        self,
        text: str,
        findings: Sequence[Finding],
        earlier: Sequence[Suppressed],
        everything: Sequence[Finding],
    ) -> dict[tuple[int, int], Person]:
        """Each finding's Person, with the evidence of all the person's mentions."""
        lines = text.split("\n")
        mentions = [ev.mention(text, f) for f in findings]
        before = [ev.mention(text, s.finding) for s in earlier]
        persons = _group(mentions + before)
        by_span = {
            (p_m.finding.start, p_m.finding.end): person
            for person in persons
            for p_m in person.mentions
        }
        for s in earlier:
            role = _WHY_ROLE.get(s.why)
            if role and role != NOT_A_NAME:
                by_span[(s.finding.start, s.finding.end)].evidence.append(
                    Evidence(role, s.why, line_col(text, s.finding.start)[0])
                )
        # a byline already let go still heads its chain: "By Nadia Rahman and Owen Pritchard"
        chains = _chains(
            text, mentions + [m for m in before if m.finding.category == Category.PERSON.value]
        )
        scholarly_people = {
            id(p): _scholarly(p) for p in persons
        }  # once a person, not once a mention
        near = ev.Nearby(everything)
        timed = ev.is_timed_chat(lines)  # once a draft
        talk = ev.is_conversation(lines)
        for m in mentions:
            person = by_span[(m.finding.start, m.finding.end)]
            scholarly = scholarly_people[id(person)]
            first, last = chains.get((m.finding.start, m.finding.end), (m, m))
            found = self._chain_evidence(m, first, last, scholarly)
            person.evidence.extend(self._mention_evidence(text, m, found, near, lines, timed, talk))
        addresses = _work_addresses(text, everything)
        for person in persons if addresses else ():
            if any(e.why == _BESIDE_CONTACT for e in person.evidence):  # else it decides nothing
                person.own_address = _own_address(person, addresses)
        self._cancel_chosen_names(text, persons)
        self._blanket(text, persons, everything)
        self._own_family(text, persons, lines)
        return by_span

    def _chain_evidence(
        self, m: Mention, first: Mention, last: Mention, scholarly: bool
    ) -> list[Evidence]:
        """The words either side of a mention, and (but for a subject's) of either end of the
        chain of names it is part of."""
        found = ev.left_evidence(m, self.cues) + ev.right_evidence(m, self.cues, scholarly)
        if _READ_BEFORE.search(first.before) and _ON_A_TOPIC.match(last.after):
            found.append(
                Evidence(CITED, "read on a topic", m.line)
            )  # "read Kim Golding on attachment"
        if first is not m:
            found += [e for e in ev.left_evidence(first, self.cues) if e.role != SUBJECT]
        if last is not m:
            found += [e for e in ev.right_evidence(last, self.cues, scholarly) if e.role != SUBJECT]
        return found

    def _mention_evidence(
        self,
        text: str,
        m: Mention,
        found: list[Evidence],
        near: ev.Nearby,
        lines: Sequence[str],
        timed: bool = False,
        talk: bool = True,
    ) -> list[Evidence]:
        """`found` (the evidence of the words around a mention) with that of its place in the
        draft, the findings near it, a public figure's name and a changed-name asterisk;
        `timed` and `talk`: the draft is a timed chat export, a conversation (see
        `ev.place_evidence`)."""
        placed = ev.place_evidence(text, m, self.cues, lines, timed, talk)
        if any(e.place == HEADER for e in placed):
            # "Jackie (carer):" labels the sender, not the case
            found = [e for e in found if e.role != SUBJECT or e.line != m.line]
        found += placed
        if any(e.why in _SIGNED for e in found) and ev.quoted_message_above(lines, m.line - 1):
            # "Mum texted me at midnight: ... Cheers, Donna": the quoted message's writer
            found = [e for e in found if e.why not in _SIGNED]
        if not any(e.place == HEADER for e in found):
            found += ev.nearby_evidence(m, near.around(m, text), text)
        name = " ".join(parts(m.text))
        if len(parts(m.text)) > 1 and name in self.cues.public_figures:
            found.append(Evidence(PUBLIC, "a public figure", m.line))
        if (
            len(parts(m.text)) > 1
            and name in self.cues.well_known_authors
            and not ev.casework_near(m)
        ):
            found.append(Evidence(CITED, "a well-known author", m.line))
        elif (
            len(parts(m.text)) == 1
            and name in self.cues.theorists
            and not ev.casework_near(m)
            and not ev.case_near(m)
        ):
            found.append(Evidence(CITED, "a theorist cited by surname", m.line))
        if m.text.rstrip().endswith("*") or text[m.finding.end : m.finding.end + 1] == "*":
            footnote = _asterisk_footnote(text)
            if footnote:
                found.append(Evidence(PSEUDONYM, "marked * as a changed name", footnote))
        return found

    def _cancel_chosen_names(self, text: str, persons: Sequence[Person]) -> None:
        """ "I'll call him Des, because that is what everyone calls him": the real name.

        Whether a person has pseudonym evidence is asked once, and again only when their
        evidence changes, not at each mention: a name said on every line of a chat export
        gathers evidence at every mention, and re-reading it all at each one is quadratic."""
        for person in persons:
            pseudonym = _has_role(person, PSEUDONYM)
            for m in person.mentions:
                if not pseudonym:
                    break  # a cancel only ever takes pseudonym evidence away
                window = text[m.finding.end : m.finding.end + 120]
                cancel = [
                    c
                    for c in self.cues.pseudonym_cancel.finditer(window)
                    if not re.search(r"\bnot\s+(?:\w+\s+)?$", window[: c.start()], re.I)
                ]
                if cancel:
                    person.evidence = [
                        e for e in person.evidence if e.why != "introduced as a chosen name"
                    ]
                    person.evidence.append(Evidence(SUBJECT, "said to be their real name", m.line))
                    pseudonym = _has_role(person, PSEUDONYM)

    def _blanket(self, text: str, persons: Sequence[Person], everything: Sequence[Finding]) -> None:
        """ "Names have been changed": every name is a pseudonym, except a full name beside an
        address, phone number, date of birth or reference, which is a real name left in."""
        match = next(
            (
                m
                for m in self.cues.blanket.finditer(text)
                if not _NOT_BEFORE.search(
                    re.split(r"[.!?\n]", text[max(0, m.start() - 20) : m.start()])[-1]
                )
            ),
            None,
        )  # not "This is not a composite case"
        if not match:
            return
        line = line_col(text, match.start())[0]
        for person in persons:
            beside = [
                m
                for m in person.mentions
                if _full_name(m)
                and (
                    _identifier_in_paragraph(text, m, everything)
                    or (
                        self.cues.label_before.search(m.before)
                        and _record_nearby(text, m, everything)
                    )
                )
            ]
            if beside:
                person.evidence.append(
                    Evidence(SUBJECT, "a full name beside a direct identifier", beside[0].line)
                )
            elif not any(
                e.place == HEADER or e.role in (AUTHOR, PROFESSIONAL, PUBLIC, CITED, PLACEHOLDER)
                for e in person.evidence
            ):
                person.evidence.append(
                    Evidence(PSEUDONYM, "the draft declares names changed", line)
                )

    def _own_family(self, text: str, persons: Sequence[Person], lines: Sequence[str]) -> None:
        """An author or chat sender who writes about their own family ("my son") is part of the
        case; when two or more senders of a chat do, it is a chat among families (parents of one
        class, relatives), and every sender in it is part of the case."""
        family_senders = 0
        senders: list[Person] = []
        heads = sorted(
            {e.line for p in persons for e in p.evidence if e.why == ev.SENDER}
        )  # the lines that start a message
        for person in persons:
            author = [e for e in person.evidence if e.role == AUTHOR]
            if not author:
                continue
            sent = [e for e in author if e.why == ev.SENDER]
            if sent:
                senders.append(person)
                own = [
                    m.line
                    for m in person.mentions
                    if ev.own_family(_message(lines, m, heads, self.cues), self.cues)
                ]
                if own:
                    family_senders += 1
                    person.evidence.append(
                        Evidence(SUBJECT, "writes about their own family", own[0])
                    )
            if len(sent) < len(author):  # a byline or bio (too): the whole post is theirs
                line = ev.own_family(text, self.cues)
                if line:
                    person.evidence.append(Evidence(SUBJECT, "writes about their own family", line))
        if family_senders >= 2:
            for person in senders:
                if not any(e.role == SUBJECT for e in person.evidence):
                    line = next(
                        e.line for e in person.evidence if e.why == "the sender of a message"
                    )
                    person.evidence.append(
                        Evidence(SUBJECT, "a sender in a chat among families", line)
                    )


_MESSAGE_LINES = 20  # a message's lines read for its sender's own family, at most


def _message(lines: Sequence[str], m: Mention, heads: Sequence[int], cues: Cues) -> str:
    """What a sender's mention heads: the rest of its line, and where the name opens its line
    (a chat prefix, or a post's name over its text) the lines below it up to the next
    message's head; a mention inside someone else's message heads nothing of theirs."""
    own = lines[m.line - 1][len(m.before) :]
    if not cues.author_line_start.match(m.before):
        return own
    after = bisect.bisect_right(heads, m.line)
    last = heads[after] - 1 if after < len(heads) else len(lines)
    return "\n".join([own, *lines[m.line : min(last, m.line + _MESSAGE_LINES)]])


_AUTHORS_WHY = frozenset({"byline", "signature"})
# the author's evidence a quoted message's own sign-off would give its writer
_SIGNED = frozenset({"byline", "sign-off", "signature"})
EVIDENCE_SHOWN = 5


def in_words(chosen: Sequence[Evidence]) -> str:
    """A role's evidence in words: its first few distinct cues, then how many more. Every
    mention of a person carries these words, so listing all the person's cues (a name said
    on a thousand lines of a chat export) made a report grow as the square of the text."""
    distinct = list(dict.fromkeys(e.words() for e in chosen))
    shown = "; ".join(distinct[:EVIDENCE_SHOWN])
    more = len(distinct) - EVIDENCE_SHOWN
    return f"{shown}; and {more} more" if more > 0 else shown


def _handles_of_subjects(
    kept: list[Finding], suppressed: list[Suppressed]
) -> tuple[list[Finding], list[Suppressed]]:
    """A poster's handle let go as the author's that spells a subject's name
    ("@mum_of_ellie_and_jack" in a thread about Ellie and Jack) names the case: reported."""
    names = {
        word.lower()
        for f in kept
        if f.category == Category.PERSON.value
        for word in parts(f.text)
        if len(word) > 2
    }
    if not names:
        return kept, suppressed
    back: list[Finding] = []
    left: list[Suppressed] = []
    for item in suppressed:
        f = item.finding
        words = set(re.split(r"[\W_]+", f.text.lower()))
        if f.category == Category.CONTACT.value and item.why == AUTHOR and words & names:
            back.append(replace(f, role="", evidence=""))
        else:
            left.append(item)
    if not back:
        return kept, suppressed
    return sorted(kept + back, key=lambda f: (f.start, f.end)), left


def _restore_writers(
    kept: list[Finding],
    suppressed: list[Suppressed],
    people: dict[tuple[int, int], Person],
    own_family: bool = False,
    family_posters: frozenset[str] | None = None,
) -> tuple[list[Finding], list[Suppressed]]:
    """A writer who is part of the case (a parent writing about her son, a foster carer about
    her foster child) is a subject: their name in the byline or sign-off is reported, and
    so are the phone number and e-mail address in their signature. In a forum thread
    (`family_posters` not None) only the handles of the posters who write of their own family
    are: one carer's post does not make every poster's handle hers."""
    persons = {id(p): p for p in people.values()}.values()  # each person once, not once a mention
    writers = {
        id(p): p
        for p in persons
        if p.role()[0] == SUBJECT
        and any(e.role == AUTHOR for e in p.evidence)
        and any(e.role == SUBJECT for e in p.evidence)
    }
    if not writers and not own_family:
        return kept, suppressed
    back: list[Finding] = []
    left: list[Suppressed] = []
    words: dict[int, str] = {}  # id(person) -> its evidence in words
    for item in suppressed:
        f = item.finding
        person = people.get((f.start, f.end)) if f.category == Category.PERSON.value else None
        if person is not None and id(person) in writers and item.why in _AUTHORS_WHY:
            if id(person) not in words:  # once a person, as in People.assign
                words[id(person)] = in_words(person.role()[1])
            back.append(replace(f, role=SUBJECT, evidence=words[id(person)]))
        elif (
            f.category == Category.CONTACT.value
            and item.why in _AUTHORS_WHY | {AUTHOR}
            and (family_posters is None or _handle_name(f.text) in family_posters)
        ):
            back.append(replace(f, role="", evidence=""))
        else:
            left.append(item)
    return sorted(kept + back, key=lambda f: (f.start, f.end)), left


# The author's own lines: a byline or a bio ("Ruth Adeyinka is a senior social worker in
# Kent."), where a place, employer, job or age describes the author, not the case.
_LINE_BREAK = STORE.compile(r"\r\n|\r|\n")
QUASI = frozenset(c.value for c in QUASI_CATEGORIES)


def _about_the_author(
    text: str,
    kept: list[Finding],
    suppressed: list[Suppressed],
    people: dict[tuple[int, int], Person],
    cues: Cues,
) -> tuple[list[Finding], list[Suppressed]]:
    """The quasi identifiers on the author's byline or bio line are the author's (where they
    work, their job, their own area), not the case's: let go with the role author. A byline
    line is one with a byline's words before the name ("By", "Written by"), not any line that
    names the author. A line that also names a subject, or on which the writer speaks of
    their own family, keeps everything, and so does a place or service the draft names again
    off those lines (the ward that sent the e-mail is the ward the patient is on)."""
    persons = {id(p): p for p in people.values()}.values()  # each person once
    lines: dict[int, str] = {}
    for person in persons:
        if person.role()[0] != AUTHOR:
            continue
        bylines = {m.line for m in person.mentions if cues.author_before.search(m.before)}
        for e in person.evidence:
            if (
                e.role == AUTHOR
                and (e.why == "the author's bio" or (e.why == "byline" and e.line in bylines))
            ) or e.why == _BESIDE_CONTACT:  # the author's name with their own phone or e-mail
                lines.setdefault(e.line, e.words())
    if not lines:
        return kept, suppressed
    rows = _LINE_BREAK.split(text)  # as line_col counts lines
    subject_lines = {
        line_col(text, f.start)[0] for f in kept if f.category == Category.PERSON.value
    }
    own = {
        line: words
        for line, words in lines.items()
        if line not in subject_lines and not ev.own_family(rows[line - 1], cues)
    }
    on_own_line = [(f, line_col(text, f.start)[0]) for f in kept]
    elsewhere = {
        plain_words(text, f) for f, line in on_own_line if f.category in QUASI and line not in own
    }
    stay: list[Finding] = []
    left = list(suppressed)
    for f, line in on_own_line:
        if f.category in QUASI and line in own and plain_words(text, f) not in elsewhere:
            about = replace(f, role=AUTHOR, evidence=f"about the author: {own[line]}")
            left.append(Suppressed(about, AUTHOR))
        else:
            stay.append(f)
    return stay, left


# The organisation a professional, public figure or author works for, written just after their
# name and job: "Marcia Odukoya, Director of Children's Services at Kirklees Council", "DI Gareth
# Moseley of West Yorkshire Police", "Dr Sima Patel (University of Wolverhampton)". Not a school,
# nursery, home or ward: that is as often where the case's child or resident is.
_TO_THEIR_ORGANISATION = STORE.compile(
    r"(?:[ \t]*,[ \t]*(?:(?:a|an|the|our|their|now|then|former)[ \t]+)*"
    r"(?:(?!(?:who|which|that|whose|where|when|and|but|visited|family|families|her|his)\b)"
    r"[\w'’&-]+[ \t]+){0,6}?)?[ \t]*(?:\(|(?:at|of|from|for|with)[ \t]+)(?:the[ \t]+)?$"
)
_WHERE_PEOPLE_LIVE = STORE.compile(
    r"(?i)\b(?:school|academy|nursery|primary|high|pupil|home|house|lodge|court|ward|unit"
    r"|hostel|refuge|prison|centre|center|estate|close|road|street|hospitals?|hospice|infirmary"
    r"|practice|surgery|clinic|medical|trust|foster\w*|care|yot|youth|children['’]?s?)\b"
)
_ORGANISATIONS = frozenset(
    {Category.INSTITUTION.value, Category.LOCAL_AUTHORITY.value, Category.LOCATION.value}
)
_THEIRS = frozenset({PROFESSIONAL, PUBLIC, CITED, AUTHOR})


def _whose_organisation(text: str, f: Finding, ends: list[int], roles: dict[int, str]) -> str:
    """The role of the person whose name (and job) `f` follows on its line, or "": only the
    mentions ending on its line before it are tried (`ends` sorted), so a long chat export's
    places are not each compared with every mention. Of several, the first in `roles`
    (`_their_organisations` keeps its mentions in the order it met them)."""
    line_start = text.rfind("\n", 0, f.start) + 1
    here = ends[bisect.bisect_left(ends, line_start) : bisect.bisect_right(ends, f.start)]
    for end in sorted(here, key=list(roles).index) if len(here) > 1 else here:
        if _TO_THEIR_ORGANISATION.fullmatch(text, end, f.start):
            return roles[end]
    return ""


def _their_organisations(
    text: str,
    kept: list[Finding],
    suppressed: list[Suppressed],
    people: dict[tuple[int, int], Person],
) -> tuple[list[Finding], list[Suppressed]]:
    """A council, university, police force or other body written just after the name (and job)
    of someone the draft names for their work is where they work, not the case's: let go with
    their role. Not on a line that names a subject, and not where the same words come again
    elsewhere in the draft (the council a family lives under may also employ its speaker)."""
    persons = {id(p): p for p in people.values()}.values()
    ends: dict[int, str] = {}  # where a mention of such a person ends -> their role
    for person in persons:
        role = person.role()[0]
        for m in person.mentions if role in _THEIRS else ():
            # a professional's only where the draft names them as a speaker or at an event,
            # with nobody's family beside them ("Dr Ng, consultant at Alder Hey, saw Kayla"
            # names the child's hospital)
            sentence = ev.sentence_around(m)
            if role != PROFESSIONAL or (
                ev.AT_AN_EVENT.search(sentence) and not someones_kin().search(sentence)
            ):
                ends[m.finding.end] = role
    if not ends:
        return kept, suppressed
    subject_lines = {
        line + step
        for f in kept
        if f.category == Category.PERSON.value
        for line in [line_col(text, f.start)[0]]
        for step in (-1, 0, 1)
    }  # a subject on the line, or the line above or below
    sorted_ends = sorted(ends)
    theirs = {
        i: role
        for i, f in enumerate(kept)
        if f.category in _ORGANISATIONS
        and not _WHERE_PEOPLE_LIVE.search(f.text)
        and line_col(text, f.start)[0] not in subject_lines
        and (role := _whose_organisation(text, f, sorted_ends, ends))
    }  # index in kept -> the role of the person it follows
    if not theirs:
        return kept, suppressed
    # words named elsewhere, not after such a person: the family's council or town too
    elsewhere = {plain_words(text, f) for i, f in enumerate(kept) if i not in theirs}
    stay: list[Finding] = []
    left = list(suppressed)
    for i, f in enumerate(kept):
        if i in theirs and plain_words(text, f) not in elsewhere:
            about = replace(f, role=theirs[i], evidence="the organisation they work for")
            left.append(Suppressed(about, theirs[i]))
        else:
            stay.append(f)
    return stay, left


_SURNAME_LETTERS = 4  # a shorter surname is spelt by too many addresses by chance


def _work_addresses(text: str, everything: Sequence[Finding]) -> list[tuple[int, str]]:
    """The draft's e-mail addresses at no webmail host, as (line, their letters), found once a
    draft: only such an address can be someone's own work address (`_own_address`)."""
    found = []
    for f in everything:
        written = text[f.start : f.end].lower()
        if (
            f.category == Category.CONTACT.value
            and "@" in written
            and written.rpartition("@")[2].split(".")[0] not in LEXICON.words("webmail_hosts")
        ):
            found.append((line_col(text, f.start)[0], re.sub(r"[^a-z]", "", written)))
    return found


def _own_address(person: Person, addresses: Sequence[tuple[int, str]]) -> bool:
    """An e-mail address or handle (`_work_addresses`) on a line that names the person spells
    their surname: their work address ("eddie.mbeki@example.org" beside Eddie Mbeki), not a
    phone number, which anyone's could be, nor "kayla15@gmail.com"."""
    surnames = {p[-1].lower() for m in person.mentions if len(p := parts(m.text)) > 1}
    surnames = {name for name in surnames if len(name) >= _SURNAME_LETTERS}
    lines = {m.line for m in person.mentions}
    return any(
        line in lines and any(name in letters for name in surnames) for line, letters in addresses
    )


def _forced_subject(person: Person, forced: set[tuple[str, ...]]) -> bool:
    """A name the user says is a subject (config `subjects`, --subject, an inline directive):
    any mention whose words are among that name's words."""
    return any(
        parts(m.text) and set(parts(m.text)) <= set(name)
        for name in forced
        for m in person.mentions
    )


_BLANKET_NEAR = 150


def _full_name(m: Mention) -> bool:
    """A first name and surname, or a title and surname ("Mrs Baird"): a real name's shape."""
    return len(parts(m.text)) > 1 or bool(
        re.match(r"(?:mr|mrs|ms|miss|mx|dr)\.?\s+\S", m.text, re.I)
        or re.search(r"\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+$", m.before)
    )


def _identifier_in_paragraph(text: str, m: Mention, everything: Sequence[Finding]) -> bool:
    """An address, phone, date of birth, ID or reference in the same paragraph, near the name."""
    f = m.finding
    for other in everything:
        if other.category not in ev.IDENTIFIERS:
            continue
        gap = text[min(f.end, other.end) : max(f.start, other.start)]
        if max(other.start - f.end, f.start - other.end) <= _BLANKET_NEAR and "\n\n" not in gap:
            return True
    return False


def _record_nearby(text: str, m: Mention, everything: Sequence[Finding]) -> bool:
    """A direct identifier on the next few lines of a record ("Name: X" then "DOB: ...")."""
    end = m.finding.end
    for _ in range(3):
        nxt = text.find("\n", end + 1)
        end = len(text) if nxt < 0 else nxt
    return any(f.category in ev.IDENTIFIERS and m.finding.end <= f.start < end for f in everything)


def _named_elsewhere(text: str, findings: Sequence[Finding]) -> dict[str, int]:
    """How often each word stands as a name in a PERSON finding: in a full name or inside a
    sentence ("the girl, Blessing Oyelaran" makes a sentence-opening "Blessing" a name too)."""
    words: dict[str, int] = {}
    for f in findings:
        if _stands_as_name(text, f):
            for word in parts(text[f.start : f.end]):
                words[word] = words.get(word, 0) + 1
    return words


def _stands_as_name(text: str, f: Finding) -> bool:
    found = parts(text[f.start : f.end])
    opening = re.search(r"(?:^|[.!?:]\s+|\n\s*)$", text[max(0, f.start - 3) : f.start])
    return len(found) > 1 or (not opening and not text[f.start : f.end].islower())


def _group(mentions: Sequence[Mention]) -> list[Person]:
    """One Person per full name; a first name, surname or initials joins the full name it
    fits. A word that fits several ("Frank": Pauline Frank, Chantelle Frank) merges them
    into one person: their evidence is shared, and subject evidence wins."""
    full: dict[tuple[str, ...], Person] = {}
    for m in mentions:
        key = parts(m.text)
        if len(key) > 1:
            full.setdefault(key, Person(key)).mentions.append(m)
    single: dict[str, Person] = {}
    for m in mentions:
        key = parts(m.text)
        if len(key) > 1:
            continue
        word = key[0] if key else m.text.lower()
        initials = (
            "".join(ch for ch in m.text if ch.isupper()) if _INITIALS.match(m.text.strip()) else ""
        )
        hosts = list(
            {
                id(p): p
                for k, p in full.items()
                if word in k or (initials and "".join(w[0] for w in k).upper() == initials)
            }.values()
        )
        if not hosts or _ambiguous_first_name(word, hosts):
            single.setdefault(word, Person((word,))).mentions.append(m)
            continue
        for other in hosts[1:]:
            hosts[0].mentions.extend(other.mentions)
            for k in [k for k, p in full.items() if p is other]:
                full[k] = hosts[0]
        hosts[0].mentions.append(m)
    _family_plurals(single, full)
    return list({id(p): p for p in full.values()}.values()) + list(single.values())


_THE_BEFORE = STORE.compile(r"(?i)\bthe[ \t]+$")


def _family_plurals(single: dict[str, Person], full: dict[tuple[str, ...], Person]) -> None:
    """A family by its surname in the plural ("the Greens", "the Hendersons") is the same
    people as "Mr Green" or "Mrs Henderson": one person, so a pseudonym declared for the
    family is declared for them, and a family word beside one is beside the other."""
    for word, plural in list(single.items()):
        if not (word.endswith("s") and any(_THE_BEFORE.search(m.before) for m in plural.mentions)):
            continue
        stems = (word[:-1], word[:-2]) if word.endswith("es") else (word[:-1],)
        host = next((single[s] for s in stems if s in single and single[s] is not plural), None)
        if host is None:
            host = next((p for k, p in full.items() if k[-1] in stems), None)
        if host is not None:
            host.mentions.extend(plural.mentions)
            del single[word]


def _ambiguous_first_name(word: str, hosts: Sequence[Person]) -> bool:
    """A first name that two full names share, with different surnames ("Sarah" beside "Sarah
    Quenby" and "Sarah Lightfoot"): it could be either, or someone else, so it is a person of
    its own, with its own evidence. A surname two full names share ("Frank": Pauline Frank,
    Chantelle Frank) is a family's, and joins them."""
    return (
        len(hosts) > 1
        and len({p.key[-1] for p in hosts}) > 1
        and all(p.key[0] == word for p in hosts)
    )


def _scholarly(person: Person) -> bool:
    """Shaped like a cited author: a full name, a title, or a surname that is no first name."""
    from redactcheck.resources import word_list

    if any(
        re.match(r"(?:dr|prof|professor)\.?\s", m.text, re.I)
        or re.search(r"(?:dr|prof|professor)\.?\s+$", m.before, re.I)
        for m in person.mentions
    ):
        return True
    if any(
        re.match(r"(?:mr|mrs|ms|miss|mx)\.?\s", m.text, re.I)
        or re.search(r"\b(?:mr|mrs|ms|miss|mx)\.?\s+$", m.before, re.I)
        for m in person.mentions
    ):
        # "Mrs Baird describes feeling low": people in a case are titled, cited authors are not
        return False
    if any(len(parts(m.text)) > 1 for m in person.mentions):
        return True
    return all(
        p not in word_list("first_names.txt") for m in person.mentions for p in parts(m.text)
    )


def _chains(
    text: str, mentions: Sequence[Mention]
) -> dict[tuple[int, int], tuple[Mention, Mention]]:
    """Names listed together ("Prof. Elena Marsh and Andrew Tully", "Ruch, Turney and Ward
    edited") share the cue before the first and the cue after the last."""
    ordered = sorted(mentions, key=lambda m: m.finding.start)
    groups: list[list[Mention]] = []
    for m in ordered:
        if groups and _COORDINATION.match(text[groups[-1][-1].finding.end : m.finding.start]):
            groups[-1].append(m)
        else:
            groups.append([m])
    return {
        (m.finding.start, m.finding.end): (g[0], g[-1]) for g in groups if len(g) > 1 for m in g
    }


def _asterisk_footnote(text: str) -> int:
    """The line of a footnote that starts with * and says names are changed, or 0."""
    for match in re.finditer(r"(?m)^[ \t]*\*+[ \t]*(?P<note>[^\n*]{3,120})$", text):
        if re.search(r"\b(?:names?|pseudonyms?)\b", match.group("note"), re.I) and re.search(
            r"\b(?:changed|not\s+(?:their\s+|her\s+|his\s+)?real|pseudonyms?|invented)\b",
            match.group("note"),
            re.I,
        ):
            return line_col(text, match.start())[0]
    return 0
