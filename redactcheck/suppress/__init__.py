"""Look-alikes that must not be reported, each with the reason it was let go.

Missing an identifier is a breach, but a flood of false alarms teaches people
to ignore the tool, so every suppression is narrow and says why: a chosen
placeholder (Child J), a cited researcher (Morgan, 2004), a statute, a public
body or platform named in general, a national helpline, the author's byline,
or the user's own allowlist. The Suppressor gathers the regions of
`lookalikes`, `lists` and `authorship` and splits the findings by them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cached_property
from itertools import accumulate
from typing import Callable, Sequence

from redactcheck.detect.regex import starts
from redactcheck.detect.regex.first import guarded
from redactcheck.detect.regex.prefilter import PrefilterGroup, leading_strings, prefilter_text
from redactcheck.detect.regex.stored import STORE
from redactcheck.detect.regex.trie import trie_alternation
from redactcheck.detect.regex.user import allowlist_regex
from redactcheck.detect.view import View
from redactcheck.lexicon import LEXICON
from redactcheck.lexicon.places import lowered_place_names
from redactcheck.lexicon.words import NAME_WORDS
from redactcheck.resources import data_dir, word_list
from redactcheck.suppress.authorship import (
    SIGNATURE_CATEGORIES,
    byline_regions,
    signature_regions,
    without_discussed_signers,
)
from redactcheck.suppress.lists import (
    body_handle,
    helpline_digits,
    helpline_number,
    helpline_numbers,
    names_regex,
    organisation_handle,
    read_names,
    service_handle,
    squashed_names,
)
from redactcheck.suppress.lookalikes import (
    AGE_BAND,
    CASE_LAW,
    CITATION,
    CUISINE,
    FREEPHONE,
    GENERAL_GROUP,
    GENERALISED,
    ORG_REFERENCE_LINE,
    PLACEHOLDER,
    PUBLIC_EVENT,
    QUOTED_EXAMPLE,
    QUOTED_LIST,
    READERS_AREA,
    REFERENCE_LINE,
    ROUND_THE_CLOCK,
    STATUTE,
    VERSION_NUMBER,
    Region,
    dummy_name,
    person_lookalike,
)
from redactcheck.types import Category, Finding, Suppressed, plain_words

SERVICE_HANDLE = "a service's or a blog's handle"


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


class Suppressor:
    """Decides which candidate findings are look-alikes; built once per Linter."""

    def __init__(
        self,
        allowlist: Sequence[str] = (),
        allowlist_patterns: Sequence[str] = (),
        prefilters: PrefilterGroup | None = None,
    ) -> None:
        """`prefilters`: the group whose one pass over a text tests the strings of every
        pattern in it (see PrefilterGroup); the Linter passes its rules' group, so the text
        the rules were tested on is not scanned again for the look-alikes'. Alone, the
        suppressor has a group of its own."""
        gazetteers = data_dir("models") / "gazetteers"
        helplines = gazetteers / "helplines.txt"
        self._names = {
            "public body": read_names(gazetteers / "public_bodies.txt"),
            "platform": read_names(gazetteers / "platforms.txt"),
            "helpline": read_names(helplines),
        }
        self._any_case: list[tuple[re.Pattern[str], str]] | None = None
        self.public = names_regex(self._names["public body"])
        self.platforms = names_regex(self._names["platform"])
        self._numbers = helpline_numbers(helplines)
        self._helpline_digits: frozenset[str] | None = None
        self._squashed_bodies: frozenset[str] | None = None
        self.helplines = names_regex(self._names["helpline"] + self._numbers)
        self.allow_terms = names_regex(allowlist, ignore_case=True)
        self.common_words = word_list("common_words.txt")
        self.frequent_words = word_list("frequent_words.txt")
        self._towns: frozenset[str] | None = None
        self.allow_patterns = [allowlist_regex(p) for p in allowlist_patterns]  # RE2: cannot hang
        self._texts = 0
        self._group = prefilters if prefilters is not None else PrefilterGroup()
        self._slots = [self._group.add([r.pattern], r.flags) for r, _ in self._fixed()]
        self._prefiltered: list[tuple[re.Pattern[str], str, Callable[[str], bool] | None]] = []
        self._leading: list[tuple[str, ...] | None] = []  # beside _prefiltered: see regions

    def regions(self, text: str, lower_case: bool = False) -> list[Region]:
        """Every look-alike region in the text; `lower_case`: the draft was typed in one case
        (`View.lower_case`), where the public bodies' and services' names match in any case."""
        found: list[Region] = []
        lowered = prefilter_text(text)
        self._texts += 1
        in_use = self.patterns_in_use()
        leading = self._leading if in_use is self._prefiltered else [None] * len(in_use)
        for (regex, why, may_match), strings in zip(in_use, leading):
            if may_match is None or may_match(lowered):
                found.extend(
                    Region(m.start(), m.end(), why) for m in starts.finditer(regex, text, strings)
                )
        if lower_case:  # a draft typed in lower case: "rang childline", "on whatsapp"
            for regex, why in self._lists_in_any_case():
                found.extend(
                    Region(m.start(), m.end(), why)
                    for m in regex.finditer(text)
                    if not relation_named(text, m.start(), m.end())
                )
        for pattern in self.allow_patterns:
            found.extend(
                Region(m.start(), m.end(), "allowlist")
                for m in pattern.finditer(text)
                if m.end() > m.start()
            )
        found.extend(byline_regions(text, self._reads_as_name))
        found.extend(signature_regions(text))
        return found

    def _lists_in_any_case(self) -> list[tuple[re.Pattern[str], str]]:
        """The public bodies, platforms and helplines matched whatever their case, built the
        first time a lower-case draft is checked (in ordinary text their capitals must match:
        "FRANK" the drugs service is not frank advice)."""
        if self._any_case is None:
            built = [
                (names_regex(names, ignore_case=True), why) for why, names in self._names.items()
            ]
            self._any_case = [(regex, why) for regex, why in built if regex is not None]
        return self._any_case

    def patterns_in_use(self) -> list[tuple[re.Pattern[str], str, Callable[[str], bool] | None]]:
        """(regex, why, literal prefilter or None) as `regions` runs them. From the second
        text on the fixed patterns have their literal prefilters, and every pattern the
        look-ahead of the characters its matches can start with (see
        redactcheck.detect.regex.first); working them out costs more than they save on a
        single text, which runs every pattern as written. The strings each fixed pattern's
        matches start with, where they are few, are kept beside them (see
        redactcheck.detect.regex.starts)."""
        if self._prefiltered:
            return self._prefiltered
        written: list[tuple[re.Pattern[str], str, Callable[[str], bool] | None]] = [
            (regex, why, None) for regex, why in self._regexes()
        ]
        if self._texts < 2:
            return written
        fixed = len(self._slots)
        tests = self._group.tests()
        self._leading = [
            starts.usable(leading_strings(regex.pattern, regex.flags)) if index < fixed else None
            for index, (regex, _, _) in enumerate(written)
        ]
        self._prefiltered = [  # whole, for a Linter shared by threads
            (
                re.compile(guarded(regex.pattern, regex.flags), regex.flags),
                why,
                tests[self._slots[index]][0] if index < fixed else None,
            )
            for index, (regex, why, _) in enumerate(written)
        ]
        return self._prefiltered

    def _lists(self) -> list[tuple[re.Pattern[str], str]]:
        """The gazetteers' phrase tries (a literal prefilter would gain them nothing)."""
        lists = [
            (self.public, "public body"),
            (self.platforms, "platform"),
            (self.helplines, "helpline"),
            (self.allow_terms, "allowlist"),
        ]
        return [(regex, why) for regex, why in lists if regex is not None]

    def _regexes(self) -> list[tuple[re.Pattern[str], str]]:
        """(regex, why): the fixed look-alike patterns, then the gazetteers' lists."""
        return self._fixed() + self._lists()

    @staticmethod
    def _fixed() -> list[tuple[re.Pattern[str], str]]:
        """(regex, why): the fixed look-alike patterns."""
        return [
            (VERSION_NUMBER, "version number"),
            (PLACEHOLDER, "placeholder"),
            (GENERALISED, "placeholder"),
            (AGE_BAND, "age band"),
            (ROUND_THE_CLOCK, "round the clock"),
            (CITATION, "citation"),
            (REFERENCE_LINE, "citation"),
            (ORG_REFERENCE_LINE, "citation"),
            (QUOTED_EXAMPLE, "a quoted example of wording"),
            (QUOTED_LIST, "a quoted example of wording"),
            (CASE_LAW, "citation"),
            (PUBLIC_EVENT, "public event"),
            (READERS_AREA, "readers' area"),
            (STATUTE, "statute"),
            (FREEPHONE, "helpline"),
            (CUISINE, "cuisine"),
            (GENERAL_GROUP, "a group in general"),
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
        return _named_in_the_body(text, kept, dropped)

    def _reads_as_name(self, name: str) -> bool:
        """A sign-off is a person, not "Aberdeenshire Council" on a signature's last line, nor
        a town alone that is no first name ("Paisley" ending an address block)."""
        words = re.findall(r"[^\W\d_]+", name)
        if len(words) == 1 and self._town_not_first_name(words[0].lower()):
            return False
        return not any(word.lower() in self.frequent_words for word in words)

    def _town_not_first_name(self, word: str) -> bool:
        if self._towns is None:
            self._towns = lowered_place_names() - word_list("first_names.txt")
        return word in self._towns

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
        # an age band the redactor wrote after a name let go as a word ("Ruby of
        # secondary-school age"): the model's reading of the two as a school is no finding
        words_too = NAME_WORDS if region.why == "age band" else frozenset()
        return all(
            w.lower() in self.common_words
            or w.lower() in _SPILL_OVER_WORDS
            or w.lower() in words_too
            for w in words
        ) and not re.search(r"\d", outside)

    def why(self, text: str, finding: Finding, regions: Sequence[Region]) -> str | None:
        """The reason a finding is a look-alike, or None when it should be reported."""
        for region in regions:
            if not (region.start < finding.end and finding.start < region.end):
                continue
            only = region.only if region.only is not None else _REGION_CATEGORIES.get(region.why)
            if (
                only is not None
                and finding.category not in only
                or _house_number(text, finding, region)
            ):
                continue
            inside = region.start <= finding.start and finding.end <= region.end
            if inside or (
                region.why in _SPILL_OVER and self._only_ordinary_outside(text, finding, region)
            ):
                return region.why
        if finding.category == Category.PERSON.value:
            tag = text[max(0, finding.start - 1) : finding.end]
            if tag.startswith("#") and organisation_handle(tag, self.common_words):
                return "common word"  # a hashtag of ordinary words the model read as a name
            return person_lookalike(text, finding)
        if finding.category == Category.CONTACT.value:
            if _outline_number(text, finding.start, finding.end):
                return "section number"
            return self._contact_lookalike(text[finding.start : finding.end])
        return _shaped_lookalike(finding)

    def _contact_lookalike(self, written: str) -> str | None:
        """A public body's own handle (also at the end of its profile's address:
        "instagram.com/nspcc") or a helpline's number, or None."""
        profile = _PROFILE_END.search(written) if "/" in written else None
        handle = "@" + profile.group(1) if profile else written
        if organisation_handle(handle, self.common_words) or self._body_handle(handle):
            return "public body"
        if handle.startswith(("@", "u/")) and self._service_handle(handle):
            return SERVICE_HANDLE
        if self._helpline_number(written):
            return "helpline"
        return None

    def _service_handle(self, handle: str) -> bool:
        """A service's or a blog's lower-case handle ("@northfieldfostering"): see
        `lists.service_handle`."""
        places, words = lowered_place_names(), self.common_words
        return service_handle(
            handle,
            lambda w: w in words or w in places or (w[-1] == "s" and w[:-1] in words),
            LEXICON.words("service_handle_words"),
            self._personal_words,
        )

    @cached_property
    def _personal_words(self) -> frozenset[str]:
        """First names and surnames, less the service words among them: built once, not for
        every handle."""
        names = word_list("first_names.txt") | word_list("surnames.txt")
        return names - LEXICON.words("service_handle_words")

    def _body_handle(self, written: str) -> bool:
        """A public body's or charity's own handle: "@NSPCC", "@Barnardos", "@SamaritansScot"."""
        if not re.fullmatch(r"@[A-Za-z0-9_]{2,30}", written):
            return False
        if self._squashed_bodies is None:
            names = self._names["public body"] + self._names["helpline"]
            self._squashed_bodies = squashed_names(names)
        return body_handle(written, self._squashed_bodies)

    def _helpline_number(self, written: str) -> bool:
        """A national helpline in any digit form, or a number from a range that belongs to
        services (see `lists.helpline_number`)."""
        digits = re.sub(r"\D", "", written)
        if not digits or re.search(r"[A-Za-z@]", written):
            return False
        if self._helpline_digits is None:
            self._helpline_digits = helpline_digits(self._numbers)
        return helpline_number(digits, self._helpline_digits)


def _house_number(text: str, finding: Finding, region: Region) -> bool:
    """ "111 Station Road", "one hundred and twelve Station Road" (112 in the view): a helpline's
    short number that starts an address is the house's number, not the helpline."""
    return (
        region.why == "helpline"
        and finding.category == Category.ADDRESS.value
        and region.start == finding.start
        and text[region.start : region.end].isdigit()
    )


# the account at the end of a profile's address ("https://www.instagram.com/nspcc/")
_PROFILE_END = re.compile(r"(?<=[^/]/)@?([A-Za-z0-9_]{2,30})/?$")


def _named_in_the_body(
    text: str, kept: list[Finding], dropped: list[Suppressed]
) -> tuple[list[Finding], list[Suppressed]]:
    """A place or service in the author's signature that the draft also names as part of the
    case is reported in both places: redacting it in the body and leaving it under the
    sign-off would still tell the reader where the case is."""
    signed = [s for s in dropped if s.why == "signature" and s.finding.category in _SIGNATURE_QUASI]
    said = (
        {plain_words(text, f) for f in kept if f.category in _SIGNATURE_QUASI} if signed else set()
    )
    if not said:
        return kept, dropped
    named = re.compile(rf"(?<!\w)(?:{trie_alternation(said)})(?!\w)")  # one pattern, not one a name
    back = [s.finding for s in signed if named.search(plain_words(text, s.finding))]
    if not back:
        return kept, dropped
    returned = {id(f) for f in back}
    return sorted(kept + back, key=lambda f: (f.start, f.end)), [
        s for s in dropped if id(s.finding) not in returned
    ]


_RELATION_WORDS = (
    LEXICON.words("role_words") | LEXICON.words("parent_words") | LEXICON.words("kin_titles")
)
_WORD_BEFORE = re.compile(r"([a-z'’-]+),?\s+$")


def relation_named(text: str, start: int, end: int) -> bool:
    """ "her da frank", "his grandad, frank,": a listed service's name typed in lower case that is a
    first name, right after a family word or a greeting, is the person so called, not the
    service."""
    if text[start:end].lower() not in word_list("first_names.txt"):
        return False
    if _ONLY_A_PERSON_AFTER.match(text, end):  # "frank has dementia": no service has
        return True
    before = _WORD_BEFORE.search(text[max(0, start - 20) : start].lower())
    return before is not None and before.group(1) in _RELATION_WORDS


# what only a person is or has, right after the name: "frank has dementia", "frank was asleep"
_ONLY_A_PERSON_AFTER = re.compile(
    r"[ \t]+(?:(?:has|had)[ \t]+(?:dementia|autism|adhd|a[ \t]+diagnosis|"
    r"been[ \t]+(?:missing|arrested|excluded|drinking|crying))|(?:is|was)[ \t]+(?:asleep|drunk|"
    r"arrested|excluded|crying|pregnant|sectioned|\d{1,2}[ \t]*(?:,|and\b|now\b|years\b))|"
    r"lives[ \t]+(?:alone|with[ \t]+(?:her|his|their))|went[ \t]+missing|and[ \t]+(?:his|her)[ \t]+"
    r"(?:wife|husband|partner|kids|children|son|daughter))\b",
    re.IGNORECASE,
)


_SIGNATURE_QUASI = SIGNATURE_CATEGORIES - {Category.PERSON.value, Category.CONTACT.value}
# Look-alikes a finding may spill over by ordinary words ("Call Childline"); a
# placeholder never: "Ms J.M. Burden" is a person, not "Ms J" and two words.
_SPILL_OVER = frozenset(
    {
        "public body",
        "platform",
        "helpline",
        "citation",
        "statute",
        "allowlist",
        "version number",
        "age band",
    }
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


# Look-alike regions that hide only some categories: a statute hides the names inside its title,
# a signature its author's name and contacts (not the council), a cuisine only a nationality.
_DOTTED_QUAD = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
_IP_WORDS = re.compile(r"(?i)\b(?:ip|ips|address|server|router|logged|login|vpn|host)\b")


def _outline_number(text: str, start: int, end: int) -> bool:
    """ "4.2.1.3", "1.2.3.4.5": a dotted section number, not an IP address: its parts are all one
    or two digits or the dots run on, and no word about addresses or servers comes before."""
    written = text[start:end]
    if not _DOTTED_QUAD.fullmatch(written):
        return False
    runs_on = re.match(r"\.\d", text[end : end + 2]) or re.search(
        r"\d\.$", text[max(0, start - 2) : start]
    )
    small = all(len(part) <= 2 for part in written.split("."))
    return bool(runs_on or small) and not _IP_WORDS.search(text, max(0, start - 40), start)


def _shaped_lookalike(finding: Finding) -> str | None:
    """A place holding an example's stand-in word ("14 Anytown Road"), or an organisation the
    model guessed that nobody of a case attends ("the Northern Social Work Festival", "the Good
    Lives Model")."""
    if finding.category in (Category.LOCATION.value, Category.ADDRESS.value) and dummy_name(
        finding.text
    ):
        return "placeholder"
    words = re.findall(r"[^\W\d_]+", finding.text)
    if (
        finding.category in (Category.INSTITUTION.value, Category.LOCAL_AUTHORITY.value)
        and finding.source == "model"
        and words
        and (
            words[-1].lower() in LEXICON.words("not_case_org_heads") or _OFFICE.match(finding.text)
        )
    ):
        return "public body"
    return None


# "the Minister for Children", "Secretary of State for Health": an office by its portfolio,
# or alone ("the First Minister")
_OFFICE = STORE.compile(
    rf"(?:the\s+)?(?:{trie_alternation(LEXICON.phrases('public_office_heads'))})"
    r"(?:\s+(?:for|of)\s|\s*$)"
)


_REGION_CATEGORIES = {
    "statute": _STATUTE_MASKS,
    "public event": frozenset({Category.DATE.value}),
    "readers' area": frozenset({Category.LOCATION.value, Category.LOCAL_AUTHORITY.value}),
    "signature": SIGNATURE_CATEGORIES,
    "cuisine": frozenset({Category.DEMOGRAPHIC.value}),
    "a group in general": frozenset({Category.DEMOGRAPHIC.value}),
    "round the clock": frozenset({Category.DATE.value}),
}
