"""A case-normalised view of chat written in lower case and of text in capitals.

The NER model and the grammar rules lean on capital letters. A draft typed
all in lower case ("wi kayden n his mum sarah") or shouted in capitals hides
every name from them. Here such a draft gets a view of exactly the same
length in which sentence starts and words from the shipped name and place
gazetteers are capitalised (and, for capitals, everything else lowered), so
offsets in the view are offsets in the draft.
"""

from __future__ import annotations

import itertools
import re
import string
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterable

from redactcheck.detect.regex.stored import STORE
from redactcheck.detect.regex.trie import trie_alternation
from redactcheck.lexicon import LEXICON
from redactcheck.lexicon.places import read_places
from redactcheck.lexicon.words import (
    DERIVATIONAL_ENDINGS,
    DETERMINERS,
    NAME_WORDS,
    NOT_NAMES,
    PRONOUNS,
)
from redactcheck.resources import data_dir, word_list

_WORD = STORE.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_SENTENCE_START = STORE.compile(r"(?:^|[.!?]\s+|\n\s*)([^\W\d_])")
_INSTITUTION_HEADS = LEXICON.words("truecase_heads")


# The sender and time a chat export puts before each message ("[14/03/2025, 21:14] Lorna SW: ",
# "02/01/2025, 06:48 - Dee: "): the app's capitals, not the writer's.
_CHAT_PREFIX = STORE.compile(
    r"(?m)^\[?\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?\]?(?:\s*-)?\s*[^:\n]{1,40}:"
)
# The writer's name heading each message of a chat typed as "Lorna: has zakari got a solicitor":
# a label of one to three capitalised words and a colon at the start of a line.
_SPEAKER = STORE.compile(
    r"(?m)^[ \t]*[A-Z][\w'’.-]{0,20}(?:[ \t][A-Z][\w'’.-]{0,20}){0,2}:(?=[ \t])"
)
_NOT_LETTERS = STORE.compile(r"[\W\d_]+")


def casing_mode(text: str) -> str | None:
    """ "upper" for shouting, "lower" for lower-case chat, None for ordinary text."""
    if len(text) < 20:  # fewer than 20 letters, as a paragraph break is: too short to judge
        return None
    if ":" in text:  # both the chat prefix and the speaker's label end with a colon
        text = _SPEAKER.sub("", _CHAT_PREFIX.sub("", text))
    letters, capitals = _letters_and_capitals(text)
    if letters < 20:
        return None
    if capitals / letters > 0.8:
        return "upper"
    words = _WORD.findall(text)
    count = max(len(words), 1)
    # title-case words only: acronyms (CP, A&E, RVI) and postcode letters are capitals chat keeps;
    # ordinary text reaches 4% within its first sentences, and is not read further
    capitalised = 0
    for word in words:
        if word[0].isupper() and not word.isupper():
            capitalised += 1
            if capitalised / count >= 0.04:
                return None
    shouted = sum(w.isupper() and len(w) > 3 for w in words) / count  # a shouted paragraph
    return "lower" if shouted < 0.1 else None


_ASCII_LETTERS = dict.fromkeys(map(ord, string.ascii_letters))
_ASCII_CAPITALS = dict.fromkeys(map(ord, string.ascii_uppercase))


def _letters_and_capitals(text: str) -> tuple[int, int]:
    """How many letters the text has, and how many of them are capitals. An ASCII text is
    counted by deleting characters in C, not by a regex and a call per letter."""
    if text.isascii():
        letters = len(text) - len(text.translate(_ASCII_LETTERS))
        return letters, len(text) - len(text.translate(_ASCII_CAPITALS))
    letters_only = _NOT_LETTERS.sub("", text)
    return len(letters_only), sum(map(str.isupper, letters_only))


def _same_length_title(word: str) -> str:
    titled = word[:1].upper() + word[1:].lower()
    return titled if len(titled) == len(word) else word


_PARAGRAPH_BREAK = STORE.compile(r"\n[ \t]*\n")


def truecase(
    text: str,
    names: frozenset[str],
    places: frozenset[str],
    ordinary: frozenset[str] = frozenset(),
    unknown: Callable[[str], bool] | None = None,
) -> str:
    """The draft with names, places and sentence starts capitalised (same length).

    A draft in one case is truecased whole; otherwise each paragraph is judged on
    its own, since a post often shouts one paragraph ("OUR GRANDSON JAYDEN") and
    goes on in ordinary case.
    """
    return _truecase(text, casing_mode(text), names, places, ordinary, unknown)


def _truecase(
    text: str,
    mode: str | None,
    names: frozenset[str],
    places: frozenset[str],
    ordinary: frozenset[str],
    unknown: Callable[[str], bool] | None = None,
) -> str:
    """truecase() with the draft's casing mode already worked out."""
    if mode is not None:
        return _truecase_block(text, mode, names, places, ordinary, unknown)
    view = _truecase_paragraphs(text, names, places, ordinary)
    return _full_names_in_lower_case(_names_in_capitals(view, names, ordinary), names, ordinary)


def _truecase_paragraphs(
    text: str, names: frozenset[str], places: frozenset[str], ordinary: frozenset[str]
) -> str:
    """Each paragraph of a draft in ordinary case truecased if it is in one case itself."""
    pieces, start = [], 0
    for brk in _PARAGRAPH_BREAK.finditer(text):
        pieces.append(text[start : brk.start()])
        pieces.append(brk.group())
        start = brk.end()
    if not pieces:
        return text
    pieces.append(text[start:])
    return "".join(
        _truecase_block(p, m, names, places, ordinary) if (m := casing_mode(p)) else p
        for p in pieces
    )


# a word in capitals, three letters or more, in text of ordinary case: "we told RHONA BAIRD"
_CAPITALS = STORE.compile(r"(?<![\w'’-])[A-Z]{2}[A-Z'’-]*[A-Z](?![\w'’-])")
_SEED_CAPITALS = STORE.compile(r"[A-Z]{3}")


def _names_in_capitals(text: str, names: frozenset[str], ordinary: frozenset[str]) -> str:
    """A first name written in capitals in a draft of ordinary case, and the surname in
    capitals right after it, title-cased: the model reads "RHONA BAIRD" as an acronym. A
    name that is also a word ("GRACE", "MAY") or a word of the lists stays as written."""
    if not _SEED_CAPITALS.search(text):
        return text
    words = list(_CAPITALS.finditer(text))
    chars: list[str] | None = None
    follows = False
    for before, match in zip([None, *words], words):
        word = match.group().lower()
        after_name = (
            follows
            and before is not None
            and text[before.end() : match.start()] == " "
            and word not in ordinary
            and word not in word_list("common_words.txt")
        )
        follows = _capital_name(word, ordinary, names)
        if follows or after_name:
            chars = list(text) if chars is None else chars
            chars[match.start() : match.end()] = _same_length_title(match.group())
    return text if chars is None else "".join(chars)


@lru_cache(maxsize=4)
def _lower_case_name(names: frozenset[str], ordinary: frozenset[str]) -> re.Pattern[str]:
    """A first name in lower case that can only be a name, then a word after one space."""
    eligible = sorted(w for w in names if w.isalpha() and _capital_name(w, ordinary, names))
    return re.compile(
        rf"(?<![\w@/#.'’-])(?:{trie_alternation(eligible)}) (?P<surname>[a-z][a-z'’-]{{3,}})"
        r"(?![\w@/-])"
    )


def _full_names_in_lower_case(text: str, names: frozenset[str], ordinary: frozenset[str]) -> str:
    """ "her facebook name is rhona baird": a first name and a surname (a word no English
    word list has), both in lower case, in a draft of ordinary case, title-cased; a first
    name alone ("rhona.b@...") or before an ordinary word stays as written."""
    chars: list[str] | None = None
    for match in _lower_case_name(names, ordinary).finditer(text):
        surname = match["surname"]
        if (
            surname in ordinary
            or surname in names
            or surname in NOT_NAMES
            or surname in word_list("common_words.txt")
        ):
            continue
        chars = list(text) if chars is None else chars
        for start, end in ((match.start(), match.start("surname") - 1), match.span("surname")):
            chars[start:end] = _same_length_title(text[start:end])
    return text if chars is None else "".join(chars)


def _capital_name(word: str, ordinary: frozenset[str], names: frozenset[str]) -> bool:
    """A word in capitals that can only be a first name."""
    return (
        word in names
        and word not in ordinary
        and word not in NAME_WORDS
        and word not in NOT_NAMES
        and word not in word_list("common_words.txt")
    )


def _truecase_block(
    text: str,
    mode: str,
    names: frozenset[str],
    places: frozenset[str],
    ordinary: frozenset[str],
    unknown: Callable[[str], bool] | None = None,
) -> str:
    """One block in one case, truecased. In lower-case chat the words just before an institution
    word ("leith links surgery") are capitalised too, unless they are ordinary words ("the local
    surgery"). In a draft typed in one case throughout (not a paragraph of plain prose with few
    capitals, which gets no `unknown`) a word `unknown` takes for no English word is capitalised
    as a name too (see _name_shaped)."""
    chars = list(text.lower() if mode == "upper" and len(text.lower()) == len(text) else text)
    words = list(_WORD.finditer(text))
    surnames = _surnames_after_names(text, words, names, ordinary)
    welsh = _welsh_names(words, ordinary) if unknown is not None else frozenset()
    for index, match in enumerate(words):
        word = match.group().lower()
        before = words[index - 1].group().lower() if index else ""
        following = words[index + 1].group().lower() if index + 1 < len(words) else ""
        before_head = following in _INSTITUTION_HEADS and word not in names
        keep_capital = before_head and (mode == "upper" or (word not in ordinary and len(word) > 2))
        after_name = (
            index
            and words[index - 1].group().lower() not in ordinary
            and len(words[index - 1].group()) > 2
        )
        head_of_name = (
            word in _INSTITUTION_HEADS
            and after_name
            and (mode == "upper" or words[index - 1].group().lower() in places)
        )
        if (
            word in names
            or word in places
            or keep_capital
            or head_of_name
            or fold_accents(word) in names
            or word in surnames
            or index in welsh
            or (
                unknown is not None
                and _name_shaped(match.group(), mode, before, unknown)
                and not _after_welsh_head(words, index)
            )
        ):
            chars[match.start() : match.end()] = _same_length_title(match.group())
        elif word == "i":
            chars[match.start()] = "I"
    for match in _CODE.finditer(text):  # "ab123456c", "sw1a", "g20": codes are written in capitals
        if not _NOT_CODE.fullmatch(match.group()):
            chars[match.start() : match.end()] = match.group().upper()
    for match in _REFERENCE.finditer(text):  # "sw/2023/04417", "cp-22-1187": a file's number
        chars[match.start() : match.end()] = match.group().upper()
    view = "".join(chars)
    return _SENTENCE_START.sub(lambda m: m.group(0)[:-1] + m.group(1).upper(), view)


def _name_shaped(typed: str, mode: str, before: str, unknown: Callable[[str], bool]) -> bool:
    """ "shannice", "tayshawn": a word of four letters or more that no English word list holds
    in any of its forms, with a vowel, not a dropped "g" ("hangin") or a Scots "-nae" ("hasnae"),
    not after an article or a possessive ("the polis", "his vids"): in a draft typed in one case,
    most likely a name, so the model reads it capitalised as it would have been written. Not a
    name that is also a word ("up til dawn", "might jack it in": that needs a slot only a person
    fits, see name_slots.chat_name), nor its possessive without the apostrophe ("graces mum":
    capitalised whole, the name found there would be "Graces" and not found again as "grace"),
    a brand, product or system ("powerpoint", "berlingo"), a word a lower-case draft typed with
    capitals ("WCCIS": the writer's own spelling), shorthand or a public body's letters
    ("camhs", "ehcp"), a word's -er form ("safer", "calmer"), a word made from a word
    ("fixable", "befrienders", see derived_word) or its accented spelling ("cafés"), a word
    after a place's name, which more likely goes on that place's or a body's name than names a
    person, or a word in a Welsh name after its head ("ysgol cwm tywi", see _welsh_names)."""
    word = fold_accents(typed.lower())  # "cafés" is "cafes", a word's plural
    return (
        len(word) > 3
        and word.isalpha()
        and (mode == "upper" or typed == typed.lower())
        and before not in _NOT_BEFORE_NAMES
        and before not in _place_names()
        and any(vowel in word for vowel in "aeiouy")
        and word not in _NOT_NAME_WORDS
        and word not in NAME_WORDS
        and not (word.endswith("s") and word[:-1] in NAME_WORDS)  # "graces mum": grace's
        and unknown(word)
        and not (word.endswith("in") and not unknown(word + "g"))
        and not (word.endswith("er") and not (unknown(word[:-2]) and unknown(word[:-1])))
        and not word.endswith("nae")  # Scots "hasnae", "cannae"
        and not derived_word(word, unknown)
    )


def derived_word(word: str, unknown: Callable[[str], bool]) -> bool:
    """ "fixable", "desistance", "befrienders": a word made from an English word with one of
    English's endings that make new words (a name seldom ends so on a word: "Constance" is made
    on none)."""
    for ending, stem_end in DERIVATIONAL_ENDINGS:
        stem = word[: -len(ending)] + stem_end
        # a three-letter word only before a long ending ("fixable"; "peters" is no "pet")
        long_enough = len(stem) > 3 or (len(stem) == 3 and len(ending) > 3)
        if word.endswith(ending) and long_enough and not unknown(stem):
            return True
    return False


def _welsh_names(words: list[re.Match[str]], ordinary: frozenset[str]) -> frozenset[int]:
    """ "ysgol cwm tywi" -> "Ysgol Cwm Tywi", "heol pen y bryn" -> "Heol Pen y Bryn": in a
    draft typed in one case, a Welsh word that heads a name and up to three words after it
    (not "y" or "yr", not past a comma or an ordinary word), as the name would be written; the
    rules for Welsh schools and streets then read it. Not where the words after the head are
    only Welsh words ("the ysgol gynradd was nearby" names no school)."""
    found: set[int] = set()
    for index, match in enumerate(words):
        if match.group().lower() not in _WELSH_HEADS:
            continue
        taken: list[int] = []
        for after in range(index + 1, min(len(words), index + 6)):
            word = words[after].group().lower()
            gap = match.string[words[after - 1].end() : words[after].start()]
            if gap.strip(" \t") or len(taken) == 3:  # a comma or a line ends the name
                break
            if word in _WELSH_PARTICLES:
                continue
            if word in ordinary or word in NOT_NAMES or word in _WELSH_HEADS:
                break
            taken.append(after)
        if any(words[i].group().lower() not in _WELSH_WORDS for i in taken):
            found.update([index, *taken])
    return frozenset(found)


_WELSH_PARTICLES = frozenset({"y", "yr"})
_WELSH_WORDS = LEXICON.words("welsh_words")


def _after_welsh_head(words: list[re.Match[str]], index: int) -> bool:
    """ "ysgol cwm tywi", "heol y bont": a word among the three after a Welsh word that heads a
    name goes on that name, as typed, not capitalised alone as a person's (one capital in a name
    of three lower-case words hides the whole from the model)."""
    for back in range(index - 1, max(-1, index - 4), -1):
        if words[back].group().lower() in _WELSH_HEADS:
            return True
        if not words[back].string[words[back].end() : words[back + 1].start()].isspace():
            return False  # "heol y bont, pontypridd": the name ends at its comma
    return False


_WELSH_HEADS = LEXICON.words("welsh_heads")

# Welsh words, services, platforms, products, shorthand, public bodies' letters and the words of
# the work, which no English list holds either ("helpline")
_NOT_NAME_WORDS = (
    _WELSH_WORDS
    | _WELSH_HEADS
    | LEXICON.words("product_words")
    | LEXICON.words("shorthand_initials")
    | frozenset(body.lower() for body in word_list("public_bodies.txt") if " " not in body)
    | LEXICON.words("service_contact_words")
    | LEXICON.words("platform_words")
    | word_list("domain_words.txt")
)


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """The gazetteer's one-word place names, lower-cased, those that are words too included;
    read on the first draft typed in one case."""
    return frozenset(p.name.lower() for p in read_places(data_dir("models")) if " " not in p.name)


_NOT_BEFORE_NAMES = PRONOUNS | DETERMINERS | frozenset("some any every no of our your".split())


def _surnames_after_names(
    text: str, words: list[re.Match[str]], names: frozenset[str], ordinary: frozenset[str]
) -> frozenset[str]:
    """ "okonkwo" of "sarah okonkwo", "mcnulty" of "SARAH MCNULTY": a word right after a
    gazetteer first name, one space between, that the surname list has or that is no English
    word in any of its forms; capitalised wherever the block uses it ("ms okonkwo")."""
    found: set[str] = set()
    if not ordinary:  # no list of English words to tell a surname by
        return frozenset()
    for before, match in itertools.pairwise(words):
        if before.group().lower() not in names or text[before.end() : match.start()] != " ":
            continue
        word = match.group().lower()
        if word in NOT_NAMES or len(word) < 3 or word in names:
            continue
        stems = {word, word[:-1], word[:-2], word[:-3], word[:-3] + "y", word[:-2] + "e"}
        if word in word_list("surnames.txt") or not stems & ordinary:
            found.add(word)
    return frozenset(found)


# A word of ASCII letters and digits, both: a reference, a National Insurance number, a
# driving licence (five characters or more: a postcode district "g20" is left to its own
# rule); and a number plate with its space ("ab12 cde"). Not an ordinal, a time, a quantity
# or an age ("2nd", "10am", "5mg", "14yo").
_CODE = STORE.compile(
    r"(?<![\w-])(?:[a-zA-Z]{2}\d{2}\s[a-zA-Z]{3}|(?=[a-zA-Z]*\d)(?=\d*[a-zA-Z])[a-zA-Z\d]{5,18})(?![\w-])"
)
# A reference with its separators, letters and digits both ("sw/2023/04417", "2021/cp/0331",
# "dols-liv-23-0912"), as case systems print it in capitals.
_REFERENCE = STORE.compile(
    r"(?<![\w/-])(?:[a-zA-Z]{1,5}(?:[/-](?:[a-zA-Z]{1,5}|\d{2,8})){1,4}[/-]\d{3,8}"
    r"|\d{2,4}/[a-zA-Z]{1,4}/\d{2,6})(?![\w/-])"
)
_NOT_CODE = STORE.compile(
    r"\d+(?:st|nd|rd|th|am|pm|s|yo|yrs?|mins?|hrs?|k|m|kg|g|cm|mm|ml|mg|mb|gb|p|x|d|h|wks?|mths?)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class View:
    """The checked text as the detectors read it, passed explicitly to the detector, the
    suppressor and propagate_names.

    `draft` is the text as written (line breaks already unified); `text` is its truecased
    view, of the same length, so offsets in one are offsets in the other; `lower_case`
    says the draft itself was typed in one case (lower case, or shouted in capitals and
    lowered here): there the model's lower-case entities count, the public bodies' names
    match in any case and a name is found again in lower case. Neither text is in `repr`."""

    draft: str = field(repr=False)
    text: str = field(repr=False)
    lower_case: bool = False

    @classmethod
    def of(
        cls,
        text: str,
        names: frozenset[str],
        places: frozenset[str],
        ordinary: frozenset[str] = frozenset(),
        unknown: Callable[[str], bool] | None = None,
    ) -> "View":
        """The draft's view, its casing judged once for both the truecasing and the flag;
        `unknown` tells a word no English word list holds (see _name_shaped)."""
        mode = casing_mode(text)
        return cls(text, _truecase(text, mode, names, places, ordinary, unknown), mode is not None)

    @classmethod
    def plain(cls, text: str) -> "View":
        """A text read as written: no truecasing, not a one-case draft."""
        return cls(text, text, False)


def fold_accents(word: str) -> str:
    """ "oisín" -> "oisin", "zoë" -> "zoe": the gazetteers mostly spell names without accents."""
    if word.isascii():
        return word
    return "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))


def lowered(values: Iterable[str]) -> frozenset[str]:
    return frozenset(v.lower() for v in values)
