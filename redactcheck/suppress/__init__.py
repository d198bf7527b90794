"""Look-alikes that must not be reported, each with the reason it was let go.

Missing an identifier is a breach, but a flood of false alarms teaches people
to ignore the tool, so every suppression is narrow and says why: a chosen
placeholder (Child J), a cited researcher (Morgan, 2004), a statute, a public
body or platform named in general, a national helpline, the author's byline,
or the user's own allowlist.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path
from typing import Callable, Iterable, Sequence

from redactcheck.detect.regex.prefilter import prefilter, prefilter_text
from redactcheck.detect.regex.trie import trie_alternation
from redactcheck.detect.regex.user import allowlist_regex
from redactcheck.detect.view import View
from redactcheck.lexicon import LEXICON
from redactcheck.lexicon.places import lowered_place_names
from redactcheck.lexicon.words import CLOSING, NAME_WORDS, PROSE_WORDS, ROLE_WORDS, WRITTEN_TITLES
from redactcheck.resources import data_dir, word_list
from redactcheck.types import Category, Finding, Suppressed

_TITLE = trie_alternation(title.capitalize() for title in sorted(WRITTEN_TITLES))
_ROLE = trie_alternation(LEXICON.phrases("placeholder_roles"))
# "Mrs K", "Child J", "Person A", "Service User 1"; not "Ms J.M. Burden" or "Mr J. Grainger",
# where the letter is an initial before a surname.
_SENTENCE_WORDS = (
    r"(?:She|He|They|It|We|I|Her|His|Their|The|This|That|But|And|So|Then|When|After|Later|Both"
    r"|Mum|Dad)\b"
)
_NOT_INITIAL = rf"(?![ \t]?[A-Z][a-z]|[A-Z]\.|\.[ \t]?(?!{_SENTENCE_WORDS})[A-Z][a-z])"
PLACEHOLDER = re.compile(
    rf"\b(?:{_TITLE}\.?|{_ROLE})[ \t]+"
    rf"(?:[A-Z]\b{_NOT_INITIAL}\.?|\d{{1,2}}\b|[A-Z]{{2}}\b(?![a-z]){_NOT_INITIAL})"
)
# What redaction writes in place of a place: the wider area is kept on purpose.
GENERALISED = re.compile(
    r"\b(?:a\s+part\s+of|an?\s+(?:town|village|city|island|area|suburb|estate|district)\s+(?:in|near|on|outside)|"
    r"somewhere\s+(?:in|near|on)|the\s+(?:north|south|east|west)\s+of)\s+[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?"
)
_SURNAME = r"[A-Z][^\W\d_]+(?:['’-][^\W\d_]+)*"
_AUTHORS = (
    rf"{_SURNAME}(?:(?:,\s+|\s+(?:and|&)\s+){_SURNAME}){{0,5}}"
    r"(?:\s+et\s+al\.?|\s+and\s+colleagues)?"
)
_YEAR = r"(?:19|20)\d{2}[a-z]?"
CITATION = re.compile(
    rf"{_AUTHORS},?\s*\((?:{_YEAR}|n\.d\.)(?:[,;:]\s*(?:p+\.\s*)?[\d\s,;–-]+)?\)"  # Morgan (2004)
    rf"|\(\s*{_AUTHORS},?\s+{_YEAR}(?:[;,]\s*{_AUTHORS},?\s+{_YEAR})*\s*\)"  # (Morgan, 2004)
    rf"|{_AUTHORS},\s+{_YEAR}\b"  # Morgan, 2004 inside brackets or a list
    rf"|{_SURNAME}\s+et\s+al\.?"
)
REFERENCE_LINE = re.compile(
    rf"(?m){_SURNAME},\s+(?:[A-Z]\.\s*)+(?:(?:,|and|&)\s+{_SURNAME},\s+(?:[A-Z]\.\s*)+)*\(?{_YEAR}\)?.*$"
)
# Case law cited as precedent: a case name ("Re B (Children)", "Smith v Jones") before its
# neutral citation. A citation with no case name before it is the family's own judgment.
_PARTY = r"[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|and|for|the)){0,5}"
CASE_LAW = re.compile(
    rf"(?:\bRe\s+{_PARTY}|\b{_PARTY}\s+v\.?\s+{_PARTY})(?:\s*\([^()\n]{{1,60}}\))*,?\s*"
    r"\[(?:19|20)\d{2}\]\s+[A-Z][A-Za-z]+(?:\s+(?:Civ|Crim|B))?\s+\d{1,5}(?:\s*\([A-Za-z]{2,6}\))?"
)
# The year or month of a public event, not of the case: "the Act came into force in 2014",
# "guidance published in March 2023", "before the pandemic in 2020".
PUBLIC_EVENT = re.compile(
    r"\b(?:Act|Bill|[Ll]egislation|[Gg]uidance|[Rr]egulations|[Cc]ode\s+of\s+[Pp]ractice"
    r"|[Ff]ramework|[Pp]andemic|"
    r"[Ll]ockdowns?|Covid(?:-19)?|[Rr]eferendum|[Ee]lection|Olympics|[Cc]ame\s+into\s+force"
    r"|[Ww]as\s+introduced|"
    r"[Ww]as\s+(?:published|passed|enacted|repealed|abolished))\b[^.?!\n]{0,50}?"
    r"\b(?:in|since|from|until|of|during|by)\s+"
    r"(?:(?:early|mid|late)[\s-]+)?(?:(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|"
    r"December)\s+)?(?:19|20)\d{2}\b"
)
# Where the readers are, not where the family is, in a question to them: "any colleagues
# in the Borders or Fife?", "is anyone else working in Leeds seeing this?".
_PLACE = r"(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
READERS_AREA = re.compile(
    r"\b(?:[Aa]nyone|[Aa]nybody|[Cc]olleagues?|[Ff]olks?|[Pp]ractitioners)"
    r"(?:\s+else)?(?:\s+here)?\s+(?:(?:working|based|practising|practicing)\s+)?"
    r"(?:in|from|across|around|up\s+in|down\s+in|over\s+in)\s+"
    rf"{_PLACE}(?:\s*(?:,|or|and|/)\s*{_PLACE}){{0,4}}(?=[^.!\n]*\?)"  # asked of the readers
)
STATUTE = re.compile(
    r"\b(?:[A-Z][a-z]+(?:\s+(?:and|of|for|the|to)\b)?\s+){0,7}"
    r"(?:\((?:Scotland|Wales|Northern Ireland|Care|Amendment)\)\s+)?"
    r"(?:Act|Bill|Regulations|Order|Measure|Directive)(?:\s+(?:19|20)\d{2})?\b"
)
# A nationality that names a kind of food or shop, not a person ("the Chinese takeaway",
# "an Indian restaurant").
CUISINE = re.compile(
    r"\b[A-Z][a-z]+(?=\s+(?:takeaway|takeaways|restaurant|restaurants|food|cuisine|supermarket"
    r"|shop|deli|bakery|cafe|café)\b)"
)
# A version, section or paragraph number ("version 3.12.1", "section 4.2.1", "para 3.1"):
# never a date.
VERSION_NUMBER = re.compile(
    r"(?i)\b(?:version|ver\.?|v|release|update|build|ios|android|windows|app|section|sections|s\."
    r"|para(?:graph)?s?|clause|chapter|part|step|standard|appendix|annex|rule|regulation|article)"
    r"[ \t]*\d{1,3}(?:\.\d{1,3}){1,3}\b"
)
# Freephone and national helpline ranges (Ofcom numbering plan: 0800/0808 freephone,
# 116 xxx harmonised European services) belong to services, not to a person.
FREEPHONE = re.compile(
    r"(?<!\d)(?:0800|0808)[\s-]?\d{3}[\s-]?\d{3,4}(?!\d)|(?<!\d)0800[\s-]?\d{4}(?!\d)"
    r"|(?<!\d)116[\s-]?\d{3}(?!\d)"
)
BYLINE_INTRO = re.compile(
    r"(?m)^[ \t*_#>]*(?:[^\n·]{0,60}·[ \t]*)?"
    r"(?i:posted\s+by|written\s+by|submitted\s+by|prepared\s+by|by|author:|from:|student:"
    r"|registered\s+worker:|practitioner:)[ \t]*[\"']?"
    r"(?P<name>(?:[A-Z]\.[ \t]?){1,2}[A-Z][\w'’-]+"
    r"|[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2}(?:[ \t]+[A-Z]\.)?"
    r"|u/[\w-]{3,20}|[A-Za-z][A-Za-z0-9]*(?:[_.][A-Za-z0-9]+)+)"
)
# A chat message that opens by introducing its writer as a worker ("hi its callum from the homeless
# team"): only the first line, and only with a team or service, so a client's "its Jade from
# flat 3" is no byline.
SELF_INTRO = re.compile(
    r"\A\s*(?:\[[^\]\n]{1,20}\][ \t]*)?"
    r"(?i:(?:hi|hiya|hey|hello|morning|afternoon|evening)[ \t,!]+)?"
    r"(?i:it'?s|it’s|it\s+is|this\s+is)[ \t]+"
    r"(?P<name>[A-Za-z][\w'’-]+(?:[ \t]+[A-Za-z][\w'’-]+)?)[ \t]+"
    r"(?i:from|at|in)[ \t]+(?i:the[ \t]+)?[\w'’ \t-]{0,30}?"
    r"(?i:team|service|office|duty|hub|unit|department)\b"
)
SIGN_OFF = re.compile(
    r"^[ \t*_]*(?:[-–—][ \t]*)?"
    r"(?i:(?:many\s+)?thanks|thank you|cheers|best wishes|regards|kind regards|love|ta|thx|best)?"
    r"[,!]?[ \t]*"
    r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)[ \t]*(?:[,–—|-][ \t]*.{0,60})?[ \t]*"
    r"(?:x+)?[ \t*_]*$"
)
# Domain words that the NER model reads as names when they start a sentence
# or a heading ("Foster carer Mr X", "Context:", "Anger was...").
DOMAIN_WORDS = word_list("domain_words.txt")


@dataclass(frozen=True)
class Region:
    """A stretch of text where findings are look-alikes, and why; `only`, when set, names
    the categories it hides (else the reason's own, see _REGION_CATEGORIES)."""

    start: int
    end: int
    why: str
    body_end: int = -1  # a sign-off or signature: where the message body before it ends
    only: frozenset[str] | None = None


class RegionIndex:
    """Regions indexed by start, with the furthest end reached so far: the regions that share
    a character with a span are found by bisection and given in their own order (the first
    that applies gives the reason), so splitting a chat export's findings does not read every
    region for every finding."""

    def __init__(self, regions: Sequence[Region]) -> None:
        self._regions = list(regions)
        self._order = sorted(range(len(self._regions)), key=lambda i: self._regions[i].start)
        self._starts = [self._regions[i].start for i in self._order]
        self._reach = list(accumulate((self._regions[i].end for i in self._order), max))

    def __call__(self, start: int, end: int) -> list[Region]:
        """The regions that share a character with start..end (Finding.overlaps), in order."""
        at = bisect_left(self._starts, end) - 1  # the last region that starts before the end
        found = []
        while at >= 0 and self._reach[at] > start:  # no earlier region reaches the start
            index = self._order[at]
            if self._regions[index].end > start:
                found.append(index)
            at -= 1
        return [self._regions[i] for i in sorted(found)]


def _read_lines(path: Path) -> list[str]:
    if not path.is_file():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [
        line.split("\t")[0].strip() for line in lines if line.strip() and not line.startswith("#")
    ]


def _helpline_numbers(path: Path) -> list[str]:
    if not path.is_file():
        return []
    rows = [
        line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if "\t" in line
    ]
    return [row[1].strip() for row in rows if len(row) > 1 and row[1].strip()]


def _phrase_regex(phrases: Iterable[str], ignore_case: bool = False) -> re.Pattern[str] | None:
    """One alternation of phrases; gazetteer names match with their own capitals
    ("FRANK" the drugs service is not Frank the neighbour)."""
    words = {p for p in phrases if p}
    if not words:
        return None
    flags = re.IGNORECASE if ignore_case else 0
    return re.compile(r"(?<!\w)(?:[Tt]he\s+)?" + trie_alternation(words) + r"(?!\w)", flags)


class Suppressor:
    """Decides which candidate findings are look-alikes; built once per Linter."""

    def __init__(
        self, allowlist: Sequence[str] = (), allowlist_patterns: Sequence[str] = ()
    ) -> None:
        gazetteers = data_dir("models") / "gazetteers"
        helplines = gazetteers / "helplines.txt"
        self._names = {
            "public body": _read_lines(gazetteers / "public_bodies.txt"),
            "platform": _read_lines(gazetteers / "platforms.txt"),
            "helpline": _read_lines(helplines),
        }
        self._any_case: list[tuple[re.Pattern[str], str]] | None = None
        self.public = _phrase_regex(self._names["public body"])
        self.platforms = _phrase_regex(self._names["platform"])
        self._numbers = _helpline_numbers(helplines)
        self._helpline_digits: frozenset[str] | None = None
        self._squashed_bodies: frozenset[str] | None = None
        self.helplines = _phrase_regex(self._names["helpline"] + self._numbers)
        self.allow_terms = _phrase_regex(allowlist, ignore_case=True)
        self.common_words = word_list("common_words.txt")
        self.frequent_words = word_list("frequent_words.txt")
        self.allow_patterns = [allowlist_regex(p) for p in allowlist_patterns]  # RE2: cannot hang
        self._prefiltered = self._regexes()

    def regions(self, text: str, lower_case: bool = False) -> list[Region]:
        """Every look-alike region in the text; `lower_case`: the draft was typed in one case
        (`View.lower_case`), where the public bodies' and services' names match in any case."""
        found: list[Region] = []
        lowered = prefilter_text(text)
        for regex, why, may_match in self._prefiltered:
            if may_match is None or may_match(lowered):
                found.extend(Region(m.start(), m.end(), why) for m in regex.finditer(text))
        if lower_case:  # a draft typed in lower case: "rang childline", "on whatsapp"
            for regex, why in self._lists_in_any_case():
                found.extend(Region(m.start(), m.end(), why) for m in regex.finditer(text))
        for pattern in self.allow_patterns:
            found.extend(
                Region(m.start(), m.end(), "allowlist")
                for m in pattern.finditer(text)
                if m.end() > m.start()
            )
        found.extend(byline_regions(text, self._reads_as_name))
        signature = signature_region(text)
        if signature:
            found.append(signature)
        return found

    def _lists_in_any_case(self) -> list[tuple[re.Pattern[str], str]]:
        """The public bodies, platforms and helplines matched whatever their case, built the
        first time a lower-case draft is checked (in ordinary text their capitals must match:
        "FRANK" the drugs service is not frank advice)."""
        if self._any_case is None:
            built = [
                (_phrase_regex(names, ignore_case=True), why) for why, names in self._names.items()
            ]
            self._any_case = [(regex, why) for regex, why in built if regex is not None]
        return self._any_case

    def _regexes(self) -> list[tuple[re.Pattern[str], str, Callable[[str], bool] | None]]:
        """(regex, why, literal prefilter): the fixed patterns get a prefilter; the
        gazetteer tries would gain nothing from one."""
        fixed = [
            (VERSION_NUMBER, "version number"),
            (PLACEHOLDER, "placeholder"),
            (GENERALISED, "placeholder"),
            (CITATION, "citation"),
            (REFERENCE_LINE, "citation"),
            (CASE_LAW, "citation"),
            (PUBLIC_EVENT, "public event"),
            (READERS_AREA, "readers' area"),
            (STATUTE, "statute"),
            (FREEPHONE, "helpline"),
            (CUISINE, "cuisine"),
        ]
        lists = [
            (self.public, "public body"),
            (self.platforms, "platform"),
            (self.helplines, "helpline"),
            (self.allow_terms, "allowlist"),
        ]
        return [(regex, why, prefilter(regex.pattern, regex.flags)) for regex, why in fixed] + [
            (regex, why, None) for regex, why in lists if regex is not None
        ]

    def split(
        self, view: View, findings: Sequence[Finding], regions: Sequence[Region] | None = None
    ) -> tuple[list[Finding], list[Suppressed]]:
        """(findings to report, suppressed look-alikes with reasons) in the view's text; pass
        `regions` when the same text is split more than once."""
        text = view.text
        regions = self.regions(text, view.lower_case) if regions is None else regions
        overlapping = RegionIndex(without_discussed_signers(text, findings, regions))
        kept: list[Finding] = []
        dropped: list[Suppressed] = []
        for finding in findings:
            why = self.why(text, finding, overlapping(finding.start, finding.end))
            if why:
                dropped.append(Suppressed(finding, why))
            else:
                kept.append(finding)
        return kept, dropped

    def _reads_as_name(self, name: str) -> bool:
        """A sign-off is a person, not "Aberdeenshire Council" on a signature's last line."""
        return not any(
            word.lower() in self.frequent_words for word in re.findall(r"[^\W\d_]+", name)
        )

    def _only_ordinary_outside(self, text: str, finding: Finding, region: Region) -> bool:
        """Inside the look-alike, or spilling over it only by ordinary words ("Call Childline")."""
        outside = (
            text[finding.start : max(finding.start, region.start)]
            + " "
            + text[min(finding.end, region.end) : finding.end]
        )
        words = [
            w for w in re.findall(r"[^\W\d_]+", outside) if len(w) > 2
        ]  # "'s", "Co-" are not words
        if any(w[0].isupper() and w.lower() in lowered_place_names() for w in words):
            return False  # "NHS Highland": a place makes the national name a local body
        return all(
            w.lower() in self.common_words or w.lower() in _SPILL_OVER_WORDS for w in words
        ) and not re.search(r"\d", outside)

    def why(self, text: str, finding: Finding, regions: Sequence[Region]) -> str | None:
        """The reason a finding is a look-alike, or None when it should be reported."""
        for region in regions:
            if not (region.start < finding.end and finding.start < region.end):
                continue
            only = region.only if region.only is not None else _REGION_CATEGORIES.get(region.why)
            if only is not None and finding.category not in only:
                continue
            inside = region.start <= finding.start and finding.end <= region.end
            if inside or (
                region.why in _SPILL_OVER and self._only_ordinary_outside(text, finding, region)
            ):
                return region.why
        if finding.category == Category.PERSON.value:
            return person_lookalike(text, finding)
        if finding.category == Category.CONTACT.value:
            written = text[finding.start : finding.end]
            if organisation_handle(written, self.common_words) or self._body_handle(written):
                return "public body"
            if self._helpline_number(written):
                return "helpline"
        return None

    def _body_handle(self, written: str) -> bool:
        """A public body's or charity's own handle: "@NSPCC", "@Barnardos", "@SamaritansScot"."""
        if not re.fullmatch(r"@[A-Za-z0-9_]{2,30}", written):
            return False
        if self._squashed_bodies is None:
            names = self._names["public body"] + self._names["helpline"]
            self._squashed_bodies = frozenset(_squash(n) for n in names if len(_squash(n)) >= 4)
        handle = _squash(written)
        stem = re.sub(
            r"(?:uk|scot|scotland|wales|cymru|ni|charity|official|hq|news|org)$", "", handle
        )
        return handle in self._squashed_bodies or stem in self._squashed_bodies

    def _helpline_number(self, written: str) -> bool:
        """A national helpline in any digit form ("0 8 0 8 8 0 0 5 0 0 0", "0300.123.3393"), or a
        number from a range that belongs to services: freephone 0800/0808, 116 xxx, and 03,
        which Ofcom gives to public bodies and charities."""
        digits = re.sub(r"\D", "", written)
        if not digits or re.search(r"[A-Za-z@]", written):
            return False
        if self._helpline_digits is None:
            self._helpline_digits = frozenset(
                d for d in (re.sub(r"\D", "", n) for n in self._numbers) if len(d) >= 5
            )
        return (
            digits.removeprefix("44") in self._helpline_digits  # as listed, or after +44
            or re.fullmatch(r"(?:44|0)(?:3\d{9}|80[08]\d{6,7})|116\d{3}", digits) is not None
        )


def _squash(name: str) -> str:
    """ "Barnardo's" -> "barnardos", "Carers UK" -> "carersuk": a name as a handle spells it."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


_HANDLE_PARTS = re.compile(r"[A-Z]{2,5}(?![a-z])|[A-Z][a-z]+")


def organisation_handle(handle: str, common_words: frozenset[str]) -> bool:
    """An organisation's own handle ("@CarersUK", "@BBCNews"): CamelCase words that are all
    ordinary words or acronyms. A first name is never an ordinary word in the list, so
    "@FindKaylaNow" or "@JadeBrodie" stays a finding."""
    if not re.fullmatch(r"@[A-Z][A-Za-z]{3,30}", handle):
        return False
    parts = _HANDLE_PARTS.findall(handle[1:])
    if len(parts) < 2 or "".join(parts) != handle[1:]:
        return False
    return all(p.isupper() or p.lower() in common_words for p in parts)


# Look-alikes a finding may spill over by ordinary words ("Call Childline"); a
# placeholder never: "Ms J.M. Burden" is a person, not "Ms J" and two words.
_SPILL_OVER = frozenset(
    {"public body", "platform", "helpline", "citation", "statute", "allowlist", "version number"}
)
_SPILL_OVER_WORDS = LEXICON.words("spill_over_words")
_STATUTE_MASKS = {
    c.value
    for c in (
        Category.PERSON,
        Category.LOCATION,
        Category.DATE,
        Category.INSTITUTION,
        Category.LOCAL_AUTHORITY,
        Category.DEMOGRAPHIC,
    )
}


def without_discussed_signers(
    text: str, findings: Sequence[Finding], regions: Sequence[Region]
) -> list[Region]:
    """The regions less any sign-off or signature whose signer the message body also names:
    then the signer is part of what is discussed (a parent signing a post about her son), and
    neither their name nor their number in the signature is the author's byline."""
    signed = [r for r in regions if r.body_end >= 0]
    if not signed:
        return list(regions)
    dropped = {
        id(r)
        for r in signed
        for f in findings
        if r.start <= f.start and f.end <= r.end and discussed(text, f, r.body_end, regions)
    }
    return [r for r in regions if id(r) not in dropped]


def discussed(text: str, finding: Finding, body_end: int, regions: Sequence[Region]) -> bool:
    """A name in a sign-off that the message body also uses (outside its own bylines): the
    signer is part of what is discussed ("my son ... Thanks, Kirsty Hall" where Kirsty Hall is
    named above), so the signature does not hide it."""
    if finding.category != Category.PERSON.value:
        return False
    parts = {
        w for w in re.findall(r"[^\W\d_]{3,}", finding.text) if w.lower() not in WRITTEN_TITLES
    }
    if not parts:
        return False
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, parts)) + r")(?!\w)")
    bylines = [(r.start, r.end) for r in regions if r.why == "byline" and r.body_end < 0]
    return any(
        not any(s <= m.start() < e for s, e in bylines) and not _signs_off(text, m.start())
        for m in pattern.finditer(text, 0, body_end)
    )


def _signs_off(text: str, offset: int) -> bool:
    """The name alone on its line: an earlier message's sign-off in a thread ("Thanks,\nFiona")."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return bool(_SIGN_OFF_NAME.match(text[start : len(text) if end < 0 else end]))


def person_lookalike(text: str, finding: Finding) -> str | None:
    """Kinship words used as placeholders (Mum, Gran) and names that are words (Hope, Will)."""
    words = finding.text.strip().split()
    lowered = finding.text.strip().lower()
    if lowered in ROLE_WORDS:
        return "placeholder"
    if len(words) == 1 and lowered in DOMAIN_WORDS:
        return "common word"
    if (
        len(words) == 1
        and lowered in NAME_WORDS
        and finding.source == "model"  # a rule's grammar already says it is a name
    ):
        after_stop = re.search(r"[.!?]\s+$", text[max(0, finding.start - 4) : finding.start])
        sentence_start = _at_line_start(text, finding.start) or bool(after_stop)
        if finding.text.islower() or sentence_start:
            return "common word"
    return None


def _at_line_start(text: str, offset: int) -> bool:
    """Nothing but blanks before it on its line: a heading's "# " or a front-matter key
    blanked out leave a value exactly where a line's first word stands."""
    return not text[text.rfind("\n", 0, offset) + 1 : offset].strip()


# In the author's own signature block, their name and contact details are the byline;
# the council or service named there still places the case, so it is not suppressed.
SIGNATURE_CATEGORIES = frozenset({"PERSON", "CONTACT"})
# Look-alike regions that hide only some categories: a statute hides the names inside its title,
# a signature its author's name and contacts (not the council), a cuisine only a nationality.
_REGION_CATEGORIES = {
    "statute": _STATUTE_MASKS,
    "public event": frozenset({Category.DATE.value}),
    "readers' area": frozenset({Category.LOCATION.value, Category.LOCAL_AUTHORITY.value}),
    "signature": SIGNATURE_CATEGORIES,
    "cuisine": frozenset({Category.DEMOGRAPHIC.value}),
}
_SIGNATURE_LINES = 8


def signature_region(text: str) -> Region | None:
    """The author's signature block: a closing line ("Kind regards,") among a message's last
    lines with nothing after it but signature-shaped lines (a name, a role, an organisation,
    contact details, a disclaimer). A closing followed by prose is no sign-off: "Thanks" then
    "Mum is Kirsty ..., her mobile is ..." is the draft going on, not a signature."""
    stripped = text.rstrip()
    lines = stripped.split("\n")
    offsets = [0]
    for line in lines[:-1]:
        offsets.append(offsets[-1] + len(line) + 1)
    first = max(0, len(lines) - _SIGNATURE_LINES - 1)
    for index in range(len(lines) - 1, first - 1, -1):
        if CLOSING.match(lines[index]):
            if not only_signature_lines(lines[index + 1 :]):
                return None
            end_of_closing = offsets[index] + len(lines[index])
            if lines[index].strip() == "--":
                end_of_closing = _sign_off_above(lines, offsets, index, end_of_closing)
            if end_of_closing >= len(stripped):
                return None
            body_end = min(offsets[index], end_of_closing)
            return Region(end_of_closing, len(stripped), "signature", body_end=body_end)
    return None


_DISCLAIMER = re.compile(
    r"(?i)^\W*(?:this\s+(?:e-?mail|message|communication)|confidential|disclaimer|privileged|"
    r"if\s+you\s+(?:are\s+not|have\s+received)|please\s+consider\s+the\s+environment|think\s+before|"
    r"sent\s+from\s+my)"
)
_SIGNATURE_WORDS = 16
_PRONOUN_SET = re.compile(r"(?i)\b[a-z]+(?:/[a-z]+)+\b")  # "she/her", "hi/she": pronouns, not prose


def signature_line(line: str) -> bool:
    """A name, role, organisation, address or contact line: short, and no sentence in it."""
    words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)*", _PRONOUN_SET.sub(" ", line))
    if not words:
        return True  # blank, a rule of dashes, a phone number
    if len(words) > _SIGNATURE_WORDS or re.search(r"[a-z]{2}[.!?]\s+[A-Z]", line):
        return False
    return not any(word.lower() in PROSE_WORDS for word in words)


def only_signature_lines(lines: Sequence[str]) -> bool:
    """Every line is signature-shaped, up to a confidentiality disclaimer (which ends the block)."""
    for line in lines:
        if _DISCLAIMER.match(line):
            return True
        if not signature_line(line):
            return False
    return True


_SIGN_OFF_NAME = re.compile(r"^[ \t]*[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?[ \t]*x*[ \t]*$")


def _sign_off_above(lines: list[str], offsets: list[int], dashes: int, default: int) -> int:
    """ "Bethan" signing off just above the "-- " of her signature block belongs to the block."""
    above = dashes - 1
    while above >= 0 and not lines[above].strip():
        above -= 1
    return offsets[above] if above >= 0 and _SIGN_OFF_NAME.match(lines[above]) else default


# The sender's own address on an e-mail's From: line
# ("From: Bethan Pryce <bethan.pryce@example.gov.uk>").
FROM_ADDRESS = re.compile(r"(?mi)^[ \t>*]*from:[ \t]*[^<\n]{0,60}<(?P<address>[^<>\s@]+@[^<>\s]+)>")
# The author's bio in italics at the top or foot of a post:
# "*Ciara McAleer is a senior social worker in ...*". Only italics and only the roles of the
# people who write such posts, so "Sharon McGuire is a carer" is never one.
AUTHOR_BIO = re.compile(
    r"(?m)^[ \t]*[*_][ \t]*(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})[ \t]+"
    r"(?:is|has\s+been|was)[ \t]+(?:an?|the)[ \t]+"
    r"[^\n*_]{0,60}?(?i:social\s+worker|practitioner|practice\s+educator|AMHP|MHO|lecturer"
    r"|researcher|team\s+manager|"
    r"service\s+manager|team\s+leader)\b"
)
_BIO_LINES = 4


def byline_regions(
    text: str, reads_as_name: Callable[[str], bool] = lambda name: True
) -> list[Region]:
    """The author's own name: "Posted by X", a worker's "hi its X from the duty team" opening a
    chat, and a short sign-off as the last line."""
    regions = [
        Region(m.start("name"), m.end("name"), "byline") for m in BYLINE_INTRO.finditer(text)
    ]
    regions.extend(
        Region(m.start("address"), m.end("address"), "byline") for m in FROM_ADDRESS.finditer(text)
    )
    intro = SELF_INTRO.match(text)
    if intro and reads_as_name(intro.group("name")):
        regions.append(Region(intro.start("name"), intro.end("name"), "byline"))
    regions.extend(_author_bio(text, reads_as_name))
    stripped = text.rstrip()
    start = stripped.rfind("\n") + 1
    last = stripped[start:]
    match = SIGN_OFF.match(last)
    longest = (
        14 if last.lstrip(" \t*_").startswith(("—", "–", "-")) else 8
    )  # "— Rhodri Evans, hospital social worker (...)"
    if match and len(last.split()) <= longest and reads_as_name(match.group("name")):
        regions.append(
            Region(start + match.start("name"), start + match.end("name"), "byline", body_end=start)
        )
    return regions


def _author_bio(text: str, reads_as_name: Callable[[str], bool]) -> list[Region]:
    """The name in a one-line author bio among a post's first or last few lines."""
    lines = text.strip().split("\n")
    head = "\n".join(lines[:_BIO_LINES])
    tail = "\n".join(lines[-_BIO_LINES:])
    head_start = text.find(head)
    tail_start = text.rfind(tail)
    found = []
    for block, offset in ((head, head_start), (tail, tail_start)):
        for match in AUTHOR_BIO.finditer(block):
            if reads_as_name(match.group("name")):
                found.append(
                    Region(offset + match.start("name"), offset + match.end("name"), "byline")
                )
    return found


_NAME_PART = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_NOT_A_NAME = re.compile(r"\S+@\S+|https?://\S+|<[^>]*>|\([^)]*\)")  # "Jo Pike <jo@...> (she/her)"
_BETWEEN_AUTHORS = re.compile(r"(?:\s|,|;|&|\band\b)+")
_AUTHOR_ONLY = frozenset({Category.PERSON.value})


def author_regions(text: str, authors: Sequence[str]) -> list[Region]:
    """Wherever the text names the author a document's front matter gives: the whole
    name, or its first name or surname alone ("I'm Joanne"). Only a PERSON finding is
    let go there (an author called Lincoln leaves the city named); authors named one
    after the other ("Joanne Pike and Sam Reid") make one region."""
    pattern = author_pattern(authors)
    if pattern is None:
        return []
    regions: list[Region] = []
    for match in pattern.finditer(text):
        last = regions[-1] if regions else None
        if last and _BETWEEN_AUTHORS.fullmatch(text[last.end : match.start()]):
            regions[-1] = Region(last.start, match.end(), "byline", only=_AUTHOR_ONLY)
        else:
            regions.append(Region(match.start(), match.end(), "byline", only=_AUTHOR_ONLY))
    return regions


def author_pattern(authors: Sequence[str]) -> re.Pattern[str] | None:
    """Each author's full name (any spacing) and each part of it, longest first, in any case."""
    phrases: set[str] = set()
    for author in authors:
        parts = _NAME_PART.findall(_NOT_A_NAME.sub(" ", author))
        if parts:
            phrases.add(r"\s+".join(re.escape(part) for part in parts))
            phrases.update(re.escape(part) for part in parts if len(part) > 1)
    if not phrases:
        return None
    alternatives = "|".join(sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?:{alternatives})(?!\w)", re.IGNORECASE)
