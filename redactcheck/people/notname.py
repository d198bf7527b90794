"""Findings read as names that are no person at all: chat slang, brands, headings and
table cells of ordinary words, a verb opening a list item, an ordinary word starting a
sentence. Layout and word lists decide, never one exception per phrase."""

from __future__ import annotations

import re

from redactcheck.detect.regex.stored import STORE
from redactcheck.lexicon import LEXICON
from redactcheck.lexicon.words import CELL_FUNCTION_WORDS, NAME_WORDS
from redactcheck.people.cues import Cues, squeeze
from redactcheck.resources import word_list
from redactcheck.types import Finding

_CELL_SPLIT = STORE.compile(r"[|›»·]")
_MARKUP = STORE.compile(r"^[\s#>*_•-]*(?:\d{1,2}[.)]\s*)?|[\s*_:]*$")
_WORD = STORE.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_FUNCTION = CELL_FUNCTION_WORDS
_LIST_ITEM = STORE.compile(r"^[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]*$")
_OBJECT = STORE.compile(r"^[ \t]+(?:the|a|an|up|my|your|all|any|every|each)\b")
_SENTENCE_START = STORE.compile(r"(?:^|[.!?:]\s+|\n\s*)$")
_MAX_CELL_WORDS = 6


def _ordinary(word: str) -> bool:
    lower = word.lower().replace("’", "'")
    common, frequent = word_list("common_words.txt"), word_list("frequent_words.txt")
    stems = {
        lower,
        lower[:-1] if lower.endswith("s") else lower,
        lower[:-2] if lower.endswith("es") else lower,
    }
    return any(s in common or s in frequent for s in stems)


def _inflected(word: str) -> bool:
    """An ordinary word, or one with an ordinary word's ending: "Reconsidered", "Revisited",
    "Caring" (for a run of words that are all such, never for one word alone)."""
    if _ordinary(word):
        return True
    if "-" in word.strip("-"):  # "Strengths-based", "Trauma-informed"
        return all(_inflected(part) for part in word.split("-") if part)
    lower = word.lower()
    for ending, instead in (("ied", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e")):
        if lower.endswith(ending) and len(lower) - len(ending) >= 3:
            if _ordinary(lower[: -len(ending)] + instead):
                return True
    return False


def _plural_of_ordinary(word: str) -> bool:
    lower = word.lower()
    return lower.endswith("s") and (
        lower[:-1] in word_list("common_words.txt") or lower[:-2] in word_list("common_words.txt")
    )


def _known_name(word: str) -> bool:
    lower = word.lower()
    return lower in word_list("first_names.txt") or lower in word_list("surnames.txt")


# A reading list's item: a title at the start of a list item, then "by" and its author.
_LIST_ITEM_START = STORE.compile(r"^[ \t>]*(?:\d{1,3}[.)]|[-*•])[ \t]*[*_\"“‘']?$")
_BY_AUTHOR = STORE.compile(
    r"[*_\"”’']?,?[ \t]+by[ \t]+(?:(?:[A-Z][\w'’.-]*|van|von|de|der|du|la|le)[ \t]*){1,5}"
    r"(?:[.,;:(]|$)"
)


def why_not_a_name(
    text: str,
    finding: Finding,
    cues: Cues,
    named: "set[str] | frozenset[str]" = frozenset(),
    things: "frozenset[str] | None" = None,
) -> str | None:
    """The reason this PERSON finding names nobody, or None; `named` are words the draft
    uses as names elsewhere (in a full name or inside a sentence), `things` the names of
    projects and tools in it (`named_things`)."""
    written = text[finding.start : finding.end]
    words = _WORD.findall(written)
    if not words:
        return None
    reason = (
        _slang_brand_number_or_forum(text, finding, words, cues)
        or named_thing(text, finding, named_things(text) if things is None else things)
        or quoted_title(text, finding)
    )
    if reason is not None:
        return reason
    line_start = text.rfind("\n", 0, finding.start) + 1
    line_end = text.find("\n", finding.end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    before = text[line_start : finding.start]
    after = text[finding.end : len(text) if line_end < 0 else line_end]
    if _LIST_ITEM_START.search(before) and _BY_AUTHOR.match(after):
        return "a title, before its author"  # "3. Mr Loverman by Bernardine Evaristo."
    if all(_ordinary(w) for w in words) and _heading_or_cell(
        line, finding.start - line_start, words
    ):
        return "a heading or table cell of ordinary words"
    if (
        all(_ordinary(w) and not _known_name(w) and w.lower() not in named for w in words)
        and not finding.declared.vouches  # "FOR MARLEY, TIA AND KOBE": the slot says a name
        and _title_line(line)
    ):
        return "a heading of ordinary words"  # "Language That Cares: Why I Stopped ..."
    if all(w.lower() in LEXICON.words("languages") and not _known_name(w) for w in words):
        return "a language"
    if all(w.lower() in LEXICON.words("welsh_words") for w in words) and not (
        len(words) == 1 and _known_name(words[0])
    ):
        return "Welsh words, not a name"  # "Croeso cynnes", "Dydd Llun", "Stori Dda"
    if (
        len(words) > 1
        and finding.source == "model"
        and all(_inflected(w) and not _known_name(w) and w.lower() not in named for w in words)
    ):
        return "ordinary words, not a name"  # a title: "Dementia Reconsidered", "Stable Homes"
    if len(words) != 1:
        return None
    return _why_not_one_word_name(text, finding, words[0], (before, after), named)


def named_things(text: str) -> frozenset[str]:
    """Every capitalised name a thing noun follows somewhere in the draft ("the Daisy Chain
    project", "the Hope Street hub"), with each shorter name it ends in; found in one pass, so
    asking about each finding of a long chat export costs a set lookup."""
    nouns = LEXICON.words("thing_nouns")
    found: set[str] = set()
    for m in _BEFORE_A_NOUN.finditer(text):
        if m.group("noun") in nouns:
            words = m.group("name").split()
            found.update(" ".join(words[i:]) for i in range(len(words)))
    called = nouns | LEXICON.words("called_nouns")
    for m in _CALLED.finditer(text):  # "a supervision tool called Pause and Notice"
        if m.group("noun") in called:
            words = m.group("name").split()
            found.update(" ".join(words[:i]) for i in range(1, len(words) + 1))
    return frozenset(found)


_BEFORE_A_NOUN = STORE.compile(  # "the Daisy Chain project": a determiner, the name, the noun
    r"\b(?i:the|our|their|a|an|this)[ \t]+"
    r"(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,4})[ \t]+(?P<noun>[a-z]+)\b"
)


_CALLED = STORE.compile(
    r"\b(?P<noun>[a-z]+)[ \t]+(?:called|named|known[ \t]+as)[ \t]+[\"“']?"
    r"(?P<name>[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|and|of|the|in|on|for|&)){0,5})"
)


def quoted_title(text: str, finding: Finding) -> str | None:
    """The finding stands in a title in quotation marks, three words or more, every word
    capitalised but the small ones ("Tom Is Not A File", "Hope in the Margins"): a book, film
    or report, not a person; a quoted sentence ("Tom is not coming") is no title, and two
    quoted words ("Big Stevie") are a nickname."""
    written = text[finding.start : finding.end]
    if re.search(r"[()\[\]]", written) or not all(
        _inflected(w) or _known_name(w) for w in _WORD.findall(written)
    ):
        return None  # "(Eastfield" in a quoted group's name: a place that still places
    line_start = text.rfind("\n", 0, finding.start) + 1
    line_end = text.find("\n", finding.end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    at, end = finding.start - line_start, finding.end - line_start
    span = _quoted_span(line, at, end)
    if span is None:
        return None
    opened, closed = span
    words = _WORD.findall(line[opened + 1 : closed])
    if len(words) < 3 or len(words) > 10:  # "Big Stevie" in quotes is a nickname
        return None
    if all(w[0].isupper() or w.lower() in _FUNCTION for w in words) and words[0][0].isupper():
        return "a title in quotation marks"
    return None


def _quoted_span(line: str, at: int, end: int) -> tuple[int, int] | None:
    """(opening, closing) quotation marks around line[at:end], or None: straight quotes
    counted in pairs from the start of the line, curly ones by their direction."""
    if line.count('"', 0, at) % 2 == 1 and line.find('"', end) >= 0:
        return line.rfind('"', 0, at), line.find('"', end)
    opened, closed = line.rfind("“", 0, at), line.find("”", end)
    if opened >= 0 and closed >= 0 and "”" not in line[opened:at]:
        return opened, closed
    return None


def named_thing(text: str, finding: Finding, things: frozenset[str]) -> str | None:
    """The finding names a project, tool, publication or event: a thing noun follows it here
    or at another mention of the same words ("the Daisy Chain project ... Daisy Chain links
    young carers"); `things` is `named_things(text)`, worked out once a draft."""
    written = " ".join(text[finding.start : finding.end].split())
    if not written[:1].isupper():
        return None
    if written in things:
        return "the name of a project, tool, publication or event"
    return None


def _slang_brand_number_or_forum(
    text: str, finding: Finding, words: list[str], cues: Cues
) -> str | None:
    """The reason the finding is chat slang, a brand, a number or a forum's name, or None."""
    written = text[finding.start : finding.end]
    if len(words) == 1 and squeeze(words[0]) in cues.not_names:
        return "chat slang or an interjection"
    if written.strip().lower() in cues.brands or (
        len(words) == 1 and words[0].lower() in cues.brands
    ):
        return "a brand, shop, app or stock agency"
    if len(re.findall(r"\d", written)) >= 3 and not any(_known_name(w) for w in words):
        return "a reference or number, not a name"
    if re.search(r"(?:^|\s)r/$", text[max(0, finding.start - 3) : finding.start]):
        return "a forum's name"
    return None


def _why_not_one_word_name(
    text: str,
    finding: Finding,
    word: str,
    around: tuple[str, str],
    named: "set[str] | frozenset[str]",
) -> str | None:
    """The reason a one-word finding is an ordinary word, not a name, or None; `around` is
    the text of its line before and after it."""
    before, after = around
    if (
        _LIST_ITEM.match(before)
        and _OBJECT.match(after)
        and not after.lstrip().startswith(("to ", "is ", "was "))
    ):
        return "a verb opening a list item"
    if _known_name(word) or not _ordinary(word) or word.lower() in named:
        return None
    if finding.source == "rule" and (word.lower() in NAME_WORDS or finding.declared.vouches):
        return None  # "two brothers, jack and storm,", "dane kicked off": the rule's slot vouched
    if word.islower():  # in every draft: people/ is not told when a draft is all lower case
        return "an ordinary word"
    opening = (
        _SENTENCE_START.search(text[max(0, finding.start - 3) : finding.start]) and word.istitle()
    )
    if opening and (word.lower() in word_list("frequent_words.txt") or _plural_of_ordinary(word)):
        # "Parents could not ...", "Texts are safer"; not a rare name like "Blessing"
        return "an ordinary word"
    return None


def _heading_or_cell(line: str, offset: int, mentioned: list[str]) -> bool:
    """The mention's cell (between | › » ·) or line is a short run of capitalised ordinary
    words: a heading, a table header, a breadcrumb. A word that is also a first name or
    surname ("Mark", "Will Frank") counts as ordinary only in a '#' heading or a header row
    whose every cell is ordinary words."""
    start = max((m.end() for m in _CELL_SPLIT.finditer(line, 0, offset)), default=0)
    stop = _CELL_SPLIT.search(line, offset)
    cell = _MARKUP.sub("", line[start : stop.start() if stop else len(line)])
    words = _WORD.findall(cell)
    if not _short_ordinary(cell, words):
        return False
    is_cell = start > 0 or stop is not None
    hashed = line.lstrip().startswith("#")
    if not (is_cell or hashed or all(w[0].isupper() or w.lower() in _FUNCTION for w in words)):
        return False
    if any(_known_name(w) for w in mentioned):
        header_row = is_cell and all(
            _short_ordinary(c, _WORD.findall(c)) for c in _CELL_SPLIT.split(line) if c.strip(" -:")
        )
        return (hashed and len(mentioned) == 1) or header_row
    return True


def _title_line(line: str) -> bool:
    """A line written as a title: three to sixteen words, each capitalised but the small ones,
    and no sentence in it ("Language That Cares: Why I Stopped Writing 'Breakdown'")."""
    words = _WORD.findall(line)
    return (
        3 <= len(words) <= 16
        and not re.search(r"[.!?;]\s+\S|\.\s*$", line)
        and all(w[0].isupper() or w.lower() in _FUNCTION for w in words)
    )


def _short_ordinary(cell: str, words: list[str]) -> bool:
    if not words or len(words) > _MAX_CELL_WORDS or re.search(r"[.!?,;]\s*\S", cell):
        return False
    return all(w.lower() in _FUNCTION or _ordinary(w) for w in words)


def ordinary_cell(text: str, finding: Finding) -> str | None:
    """A place or name finding that is a heading or table cell of ordinary words
    ("| Approaches |")."""
    words = _WORD.findall(text[finding.start : finding.end])
    if not words or not all(_ordinary(w) for w in words):
        return None
    line_start = text.rfind("\n", 0, finding.start) + 1
    line_end = text.find("\n", finding.end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return (
        "a heading or table cell of ordinary words"
        if _heading_or_cell(line, finding.start - line_start, words)
        else None
    )
