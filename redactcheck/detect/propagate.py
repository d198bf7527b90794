"""Every mention of a name, once the name is known.

The NER model and the grammar rules find a name where the context is clear
("his mum, Sarah Thompson"); the same person is often mentioned again where
it is not ("Sarah came to the door"). A name found once is searched for
throughout the document, with its parts (first name, surname), so no mention
is left behind in a redacted post.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import replace
from typing import Iterable, Sequence

from redactcheck.detect.recognisers.ner_filters import chat_words
from redactcheck.detect.regex.trie import trie_alternation
from redactcheck.detect.validators.name_slots import name_in_a_person_slot
from redactcheck.detect.view import View
from redactcheck.lexicon import LEXICON
from redactcheck.resources import word_list
from redactcheck.types import Category, Declared, Finding

_TITLES = LEXICON.words("titles") | LEXICON.words("kin_titles")
_MIN_PART = 3
# Initials that are also everyday social-care shorthand: "Sarah Williams" must not make every
# "SW" a name.
_SHORTHAND = LEXICON.words("shorthand_initials")
# Verbs that take a person right after the name ("pearl phoned", "dawn said").
_PERSON_VERB = trie_alternation(LEXICON.phrases("person_verbs"))


def name_variants(name: str, lower_case: bool = False) -> set[str]:
    """The forms a person's name is repeated in: whole, first name, surname, initials.
    Only capitalised forms, unless the draft is typed in lower case ("kacper" again)."""
    words = [w for w in re.split(r"\s+", name.strip()) if w]
    if words and words[0].lower().rstrip(".") in _TITLES:
        words = words[1:]
    variants = {" ".join(words)} if words else set()
    if len(words) >= 2:
        variants.update(w for w in (words[0], words[-1]) if len(w) >= _MIN_PART)
        variants.update(_initials(words))
        if _nickname_from_initial(words):  # "wee j": "wee" alone is "wee soul"
            variants.discard(words[0])
    return {v for v in variants if lower_case or any(ch.isupper() for ch in v)}


def _nickname_from_initial(words: list[str]) -> bool:
    """ "lil k", "wee j", "Big D": an ordinary word before a lone letter is no name alone."""
    return (
        len(words) == 2 and len(words[1]) == 1 and words[0].lower() in word_list("common_words.txt")
    )


def _initials(words: list[str]) -> set[str]:
    """ "KR" and "K.R." for Kai Robson: notes often go on by the initials of a name given once."""
    letters = "".join(w[0] for w in words if w[:1].isalpha())
    if len(letters) != len(words) or not letters.isupper() or letters.lower() in _SHORTHAND:
        return set()
    return {letters, ".".join(letters) + "."}


def _pattern(
    variants: Iterable[str], any_case: frozenset[str] = frozenset()
) -> re.Pattern[str] | None:
    """One regex for every variant; those in `any_case` match in any case ("kylie said",
    "TAMWORTH"), the others only as they were written, so "will" and "rose" stay words."""
    ordered = sorted(set(variants), key=len, reverse=True)
    if not ordered:
        return None
    alternatives = [f"(?i:{re.escape(v)})" if v in any_case else re.escape(v) for v in ordered]
    # not inside a word ("O'Neill" holds no "Neill"), but a name in quotes is a name:
    # "('Gerry' to everyone)"
    return re.compile(r"(?<![\w-])(?<!\w['’])(?:" + "|".join(alternatives) + r")(?![\w-])")


def _any_case(names: Sequence[Finding], ordinary: frozenset[str]) -> frozenset[str]:
    """The variants of names written with a capital ("Kayden", "Kylie Tamworth") in which no
    word is English, chat or a word-like name ("Rose", "Frank", "tae", "Anonymised case
    example"): evidence enough to find them again in any case."""
    common, chat = word_list("common_words.txt"), chat_words()
    found = set()
    for finding in names:
        words = [w.lower().strip(".,'’") for w in finding.text.split()]
        if (
            words
            and finding.text != finding.text.lower()
            and not any(w in common or w in ordinary or w in chat or w in _TITLES for w in words)
        ):
            found |= {
                v for v in name_variants(finding.text) if len(v) >= _MIN_PART and not v.isupper()
            }
    return frozenset(found)


def _word_names_before_a_verb(
    names: Sequence[Finding], ordinary: frozenset[str], lower_case: bool = False
) -> re.Pattern[str] | None:
    """The first names and surnames that are also words ("Pearl", "Dawn") of names given in
    full with capitals ("Pearl Ashdown"), found again in any case only where a verb that takes
    a person follows ("later pearl phoned"): the full name and the verb are the evidence. In a
    draft typed in one case (`lower_case`) a full name a rule found there counts as given with
    capitals ("the victim, precious mutasa," ... "precious said")."""
    forms = set()
    for finding in names:
        words = [w for w in finding.text.split() if w.lower().rstrip(".") not in _TITLES]
        given = finding.text != finding.text.lower() or (lower_case and finding.source == "rule")
        if len(words) >= 2 and given:
            forms |= {w.lower() for w in (words[0], words[-1]) if w.lower() in ordinary}
    if not forms:
        return None
    alternatives = "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?i:{alternatives})(?=\s+(?:{_PERSON_VERB})\b)")


# A word the draft writes as a name: with a capital after a small word inside a sentence ("I
# rang Shan on Monday"), not after an article nor before another capital ("Puerto Rico"); or
# heading a chat line as its sender ("rico: im outside").
_CAPITAL_INSIDE = re.compile(
    r"(?<=[a-z,][ \t])(?<![Tt]he\s)(?<![Aa]\s)(?<![Aa]n\s)([A-Z][a-z]{1,11})(?![\w-]|\s+[A-Z])"
)
_SENDER_HEAD = re.compile(r"^[ \t>*]*([A-Za-z][a-z]{1,11})[ \t]*:[ \t]", re.MULTILINE)
# where only a person fits: after a verb that takes one ("ring rico"), or before what a person
# does ("rico said", "shan's not answering", "ky is at his nans")
_BEFORE_A_PERSON = r"\b(?i:rang|ring|told|tell|texted|text|asked|ask|phoned|phone|seen|saw)\s+"
_AFTER_A_PERSON = (
    rf"(?=\s+(?:{_PERSON_VERB})\b|['’]s\s+(?:not|gone|got|been|just|still|back)\b"
    r"|\s+(?i:is|was)\s+(?i:at|with|wi)\s+(?i:his|her|their)\b)"
)


def _words_the_draft_names(text: str) -> set[str]:
    """Rare English words ("rico", "shan", "dane") the draft itself writes as names: with a
    capital inside a sentence, or as the sender of two chat lines or more."""
    written = {m.group(1) for m in _CAPITAL_INSIDE.finditer(text)}
    senders = [m.group(1).lower() for m in _SENDER_HEAD.finditer(text)]
    written |= {s for s in senders if senders.count(s) >= 2 or len(set(senders)) >= 2}
    common = word_list("common_words.txt")
    return {w.lower() for w in written if w.lower() in common and name_in_a_person_slot(w.lower())}


def _draft_named_words(text: str) -> Iterable[tuple[int, int]]:
    """(start, end) of the words the draft writes as names, in any case, where only a person
    fits: the draft's own capital or sender line and the slot are the evidence."""
    words = _words_the_draft_names(text)
    if not words:
        return
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    word = rf"(?<![\w'’-])(?P<name>(?i:{alternatives}))(?![\w-])"
    for pattern in (rf"{_BEFORE_A_PERSON}{word}", rf"{word}{_AFTER_A_PERSON}"):
        yield from (m.span("name") for m in re.finditer(pattern, text))


# where else only a person fits, for a word a rule has found as a name: before an age ("poppy is
# 3") or owning what only a person has ("poppy's birth mum")
_AGE_OR_OWN_AFTER = (
    r"(?=\s+(?i:is|was)\s+(?:\d{1,2}|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|thirteen|fourteen|fifteen|sixteen|seventeen))\b|['’]s\s+(?i:birth|mum|mam|dad|nan"
    r"|gran|school|teacher|headteacher|social\s+worker|room|face|brother|sister)\b)"
)


def _slot_named_words(
    text: str, names: Sequence[Finding], ordinary: frozenset[str]
) -> Iterable[tuple[int, int]]:
    """(start, end) of the names that are also words ("poppy", "frank") a rule found alone in a
    draft typed in one case ("a little girl called poppy", "his grandad, frank,"), again where
    only a person fits ("poppy is 3", "frank said", "told frank"): the rule's slot and this one
    are the evidence, as a capital elsewhere is for `_draft_named_words`."""
    words = {
        f.text.lower()
        for f in names
        if f.source == "rule" and f.rule != REPEAT_RULE and f.text.lower() in ordinary
    }
    if not words:
        return
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    word = rf"(?<![\w'’-])(?P<name>(?i:{alternatives}))(?![\w-])"
    patterns = (
        rf"{_BEFORE_A_PERSON}{word}",
        rf"{word}{_AFTER_A_PERSON}",
        rf"{word}{_AGE_OR_OWN_AFTER}",
    )
    for pattern in patterns:
        yield from (m.span("name") for m in re.finditer(pattern, text))


def _family_plurals(names: Sequence[Finding], any_case: frozenset[str]) -> re.Pattern[str] | None:
    """The surname of a name found once, in the plural after "the", as a family is spoken of
    ("Rhys Pritchard" ... "are the pritchards ok", "Mrs Trevaskis" ... "the Trevaskises"): the
    name found is the evidence, so the plural needs no verb after it. In any case when the
    surname is found again in any case, otherwise only as it was written."""
    forms = set()
    for finding in names:
        words = [w for w in finding.text.split() if w.lower().rstrip(".") not in _TITLES]
        if words and (len(words) >= 2 or len(words) < len(finding.text.split())):
            surname = words[-1].strip(".,'’")
            if len(surname) >= _MIN_PART and surname.isalpha():
                forms.add(
                    f"(?i:{re.escape(surname)})" if surname in any_case else re.escape(surname)
                )
    if not forms:
        return None
    return re.compile(rf"(?<![\w-])(?i:the)\s+(?:{'|'.join(sorted(forms))})(?:e?s)(?![\w'’-])")


# A capitalised word joined by "and" right before a full name: "Joy and Lewis Pettigrew".
_JOINED_FIRST_NAME = re.compile(r"(?<![\w-])([A-Z][a-z]{2,})\s+(?:and|&)\s+$")


def _joined_first_names(text: str, names: Sequence[Finding]) -> Iterable[tuple[int, int]]:
    """(start, end) of a first name joined by "and" to a full name written with capitals
    ("Joy and Lewis Pettigrew"): the two share the surname, so the first name is a person's
    even where it is also a word."""
    first_names = word_list("first_names.txt")
    for finding in names:
        words = finding.text.split()
        if len(words) < 2 or not all(w[:1].isupper() for w in words):
            continue
        before = text[max(0, finding.start - 30) : finding.start]
        joined = _JOINED_FIRST_NAME.search(before)
        if joined and joined.group(1).lower() in first_names:
            offset = finding.start - len(before)
            yield offset + joined.start(1), offset + joined.end(1)


# a file name, a path or a link: a run without spaces that holds a separator such words use
_LINK_TOKEN = re.compile(r"[^\s<>\"'()\[\]{}]+")
_WEB_HOST = re.compile(
    r"(?i)://|^www\.|^[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|uk|io|me|info|scot)(?:/|$)"
)
# a Windows path's backslash or a file's ending; not an underscore alone, as usernames have
# ("SSW_Dionne"), nor a site's path ("/team/..." may be a staff page)
_LINK_SHAPE = re.compile(r"\\|\.[A-Za-z0-9]{2,4}$")


def _link_words(names: Sequence[Finding], ordinary: frozenset[str]) -> set[str]:
    """The words of names written with a capital, then small letters, that no dictionary,
    chat or title list has ("Pettigrew" of "Mrs Pettigrew"; not "Rose", not "Mrs")."""
    common, chat = word_list("common_words.txt"), chat_words()
    found = set()
    for finding in names:
        for word in (w.strip(".,'’") for w in finding.text.split()):
            lower = word.lower()
            # a name's word as names are written ("Pettigrew", not "SocialWorkUK")
            shaped = word.isalpha() and word.istitle() and len(word) >= _MIN_PART
            if shaped and not any(lower in words for words in (common, ordinary, chat, _TITLES)):
                found.add(lower)
    return found


def _link_tokens(text: str) -> Iterable[tuple[int, int]]:
    """(start, end) of each file name or path: a run without spaces with a backslash or a
    file's ending in it. Not an e-mail or a web address with its host (the name in
    it may be a site's; their own rules read them)."""
    for token in _LINK_TOKEN.finditer(text):
        value = token.group().rstrip(".,;:!?")
        if "@" not in value and not _WEB_HOST.search(value) and _LINK_SHAPE.search(value):
            yield token.start(), token.start() + len(value)


def _names_in_links(text: str, known: set[str]) -> Iterable[tuple[int, int]]:
    """(start, end) of a name found elsewhere in the draft inside a file name or path,
    between its separators ("notes_pettigrew_final.docx", "C:\\cases\\pettigrew\\plan.docx")."""
    words = sorted(known, key=len, reverse=True)
    if not words:
        return
    alternation = "|".join(re.escape(w) for w in words)
    pattern = re.compile(rf"(?<![A-Za-z])(?i:{alternation})(?![a-z])", re.IGNORECASE)
    for start, end in _link_tokens(text):
        for m in pattern.finditer(text, start, end):
            if m.span() != (start, end):
                yield m.span()


def link_tokens_holding(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The file names and paths that hold some of `spans` without being all of one: a name
    found again there is reported as the whole token, as names read in links are."""
    spans = sorted(spans)
    if not spans or not any(c in text for c in "_/\\"):
        return []
    return [
        (s, e)
        for s, e in _link_tokens(text)
        if any(s <= a and b <= e and (a, b) != (s, e) for a, b in spans)
    ]


REPEAT_RULE = "name-repeat"  # the rule id of a name found again
_REPEATED = "This name was found elsewhere in the draft; every mention identifies the person."
_IN_LINK = (
    "This name, found elsewhere in the draft, is written inside a file name or path: the whole"
    " name of the file identifies the person."
)
_FAMILY = "A surname found elsewhere in the draft names the whole family in the plural."
_JOINED = "A first name joined by 'and' to a full name shares its surname: one family."
_SLOT_NAMED = (
    "A rule found this word as a name elsewhere in the draft, where only a person fits, and here"
    " it stands where only a person fits too."
)
_DRAFT_NAMED = (
    "The draft writes this word as a name elsewhere (with a capital, or as a sender), and here"
    " it stands where only a person fits."
)


def propagate_names(
    view: View,
    findings: Sequence[Finding],
    skip: frozenset[str] = frozenset(),
    ordinary: frozenset[str] = frozenset(),
) -> list[Finding]:
    """New PERSON findings for every further mention of an already-found name in the view's
    text (in a draft typed in one case, `view.lower_case`, lower-case forms count too).

    Matching is case-sensitive for names that are words (a name found as "Will" does not
    make "will" a name), in any case for the others; `skip` holds words that must not be
    spread (placeholders); `ordinary` holds first names that are also words ("rose"),
    which are found again only as written, or in any case before a verb that takes a person
    when the name was given in full ("later pearl phoned"). A first name joined by "and" to
    a full name is a person too ("Joy and Lewis Pettigrew").
    """
    names = [f for f in findings if f.category == Category.PERSON.value]
    text = view.text
    spans = _spans_of_names(view, names, skip, ordinary) if names else []
    spans += [(s, e, _DRAFT_NAMED) for s, e in _draft_named_words(text)]
    if view.lower_case:
        spans += [(s, e, _SLOT_NAMED) for s, e in _slot_named_words(text, names, ordinary - skip)]
    inside = _Coverage(findings)
    template = names[0] if names else Finding(0, 0, Category.PERSON.value, 0.8, REPEAT_RULE, "")
    added: list[Finding] = []
    for start, end, why in spans:
        if inside(start, end):
            continue  # inside a finding; a longer mention over a partial one goes to the merge
        added.append(
            replace(
                template,
                start=start,
                end=end,
                text=text[start:end],
                rule=REPEAT_RULE,
                source="rule",
                # the draft's own capital or sender line vouches for an ordinary word
                declared=Declared(vouches=why in (_DRAFT_NAMED, _SLOT_NAMED)),
                explanation=why,
                score=0.8,
            )
        )
    return added


def _spans_of_names(
    view: View, names: Sequence[Finding], skip: frozenset[str], ordinary: frozenset[str]
) -> list[tuple[int, int, str]]:
    """(start, end, why) of every further mention of the names found."""
    text = view.text
    variants = {v for f in names for v in name_variants(f.text, view.lower_case)} - skip
    any_case = _any_case(names, ordinary)
    pattern = _pattern((v for v in variants if v.lower() not in skip), any_case)
    before_verb = _word_names_before_a_verb(names, ordinary - skip, view.lower_case)
    patterns = [p for p in (pattern, before_verb) if p is not None]
    spans = [(*m.span(), _REPEATED) for m in _matches(patterns, text)]
    plurals = _family_plurals(names, any_case)
    if plurals is not None:
        spans += [
            (m.end() - len(m.group().split()[-1]), m.end(), _FAMILY) for m in plurals.finditer(text)
        ]
    spans += [(start, end, _JOINED) for start, end in _joined_first_names(text, names)]
    if any(c in text for c in "_/\\"):
        known = _link_words(names, ordinary) - skip
        spans += [(s, e, _IN_LINK) for s, e in _names_in_links(text, known)]
    return spans


def _matches(patterns: Sequence[re.Pattern[str]], text: str) -> Iterable[re.Match[str]]:
    """The first pattern's matches, then the others' where none came before them."""
    seen: set[int] = set()
    for pattern in patterns:
        for match in pattern.finditer(text):
            if match.start() not in seen:
                seen.add(match.start())
                yield match


class _Coverage:
    """Whether a span lies inside any of some findings: the furthest end among the findings
    that start at or before it, found by bisection (log n a question, however many findings)."""

    def __init__(self, findings: Sequence[Finding]) -> None:
        spans = sorted((f.start, f.end) for f in findings)
        self._starts = [s for s, _ in spans]
        self._reach = list(itertools.accumulate((e for _, e in spans), max))

    def __call__(self, start: int, end: int) -> bool:
        before = bisect.bisect_right(self._starts, start)
        return before > 0 and self._reach[before - 1] >= end
