"""The NER model's known misreadings, one named predicate each.

Each predicate is a pure function of a span (or its words) and the word lists it is given,
and answers one question: is this entity one of the things the base model misreads as a
name, place or body ("Dear Sir", "Valentine's Day", "on leave Thurs", "Partway through")?
`NerRecognizer.distinctive` asks them in order; `tests/test_ner_filters.py` holds a row for
each that fails when the predicate is taken out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from redactcheck.lexicon import LEXICON
from redactcheck.lexicon.words import (
    ARTICLES,
    LOCATIVE_PREPOSITIONS,
    MONTH_WORDS,
    NAME_WORDS,
    PERSON_PRONOUNS,
    TYPED_WEEKDAYS,
)
from redactcheck.resources import word_list

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# The lexicon's lists of words that chat types and that are never a name or a place.
CHAT_LISTS = ("chat_shorthand", "dialect_words", "drug_names", "care_shorthand")

ACRONYM = re.compile(r"^[A-Z&]{2,8}s?$")
MIXED_ACRONYM = re.compile(r"^[A-Z][a-z]?[A-Z]{1,5}[a-z]?$")  # DoLS, CaFCASS-like shorthand
_WORD_ENDINGS = re.compile(r"(?:way|ly|ed|ing|ised|ized|ment|ness|tion|sion|ful|less|ward|wise)$")
_POSSESSIVE = ("'s", "’s")
_SENTENCE_MARKS = (".", "!", "?", ":", '"', "“", "-", "–", "—", "*", "#", ">")


@lru_cache(maxsize=1)
def chat_words() -> frozenset[str]:
    """Chat shorthand, dialect words, drug names and care shorthand: chat's own words."""
    return frozenset().union(*(LEXICON.words(name) for name in CHAT_LISTS))


@dataclass(frozen=True)
class NerWords:
    """The word lists the predicates read, lower-cased: English words (`common`), the most
    frequent of them (`frequent`), first names, place names, titles, chat's own words and
    the verbs that take the Scots "-nae"."""

    common: frozenset[str]
    first_names: frozenset[str]
    frequent: frozenset[str]
    places: frozenset[str]
    titles: frozenset[str]
    chat: frozenset[str]
    nae_verbs: frozenset[str]


def splits_a_word(text: str, start: int, end: int) -> bool:
    """An entity that starts or ends inside a word ("gon" of "gonna") is not a name or place."""
    return (start > 0 and text[start - 1].isalpha()) or (end < len(text) and text[end].isalpha())


_FAMILY_WORDS = LEXICON.words("family_group_words")
_WELSH_HEADS = LEXICON.words("welsh_heads")


def after_an_article(span: Span, common: frozenset[str]) -> bool:
    """ "the grant is open" (truecased "the Grant"), "a bill came": one English word right
    after an article is a noun, not a person's name ("the oluwaseun lad" is no English word;
    "the Hughes kids" is a family's, found by the name rules)."""
    doc = span.doc
    return (
        len(span) == 1
        and span.start > 0
        and doc[span.start - 1].lower_ in ARTICLES
        and (span[0].lower_ in common or span[0].lower_ in NAME_WORDS)
    )


def only_welsh_heads(words: list[str]) -> bool:
    """ "Ysgol", "heol and ffordd": Welsh words that head a street's or a school's name,
    with no name after them, are words."""
    return all(w in _WELSH_HEADS or w in ("and", "or") for w in words)


def family_by_surname(words: list[str]) -> bool:
    """ "Penhaligon children" read as an organisation: one word and a word for a family is
    the family named by its surname, which the name rules find as a person."""
    return len(words) == 2 and words[1] in _FAMILY_WORDS


# longer than any name or place (Llanfairpwllgwyngyll's full name has 58 letters)
_LONGEST_WORD = 60


def overlong_word(words: list[str]) -> bool:
    """ "xxxx…" twenty thousand times: a piece of a line of one letter, cut where the model
    reads the text in pieces, is no name, place or body; no word of one is that long."""
    return any(len(word) > _LONGEST_WORD for word in words)


def too_broad(text: str, too_broad_places: frozenset[str]) -> bool:
    """ "Wales", "the UK": a nation or union narrows nobody down in UK case discussion."""
    return text.lower() in too_broad_places


def agency_shorthand(text: str) -> bool:
    """ "CJSW", "NISCC", "DoLS", "A&E": an agency's or a procedure's shorthand. Two capitals
    ("JB") match too: an entity of initials alone is no name either."""
    return bool(ACRONYM.match(text) or MIXED_ACRONYM.match(text))


def has_name_marker(span: Span, titles: frozenset[str]) -> bool:
    """An initial ("J.") in the entity, or a title just before or inside it."""
    doc = span.doc
    before = doc[span.start - 1].lower_.rstrip(".") if span.start > 0 else ""
    inside = any(t.lower_.rstrip(".") in titles for t in span)
    initial = any(len(t.text) == 2 and t.text[0].isupper() and t.text[1] == "." for t in span)
    return before in titles or inside or initial


def looks_like_a_word(span: Span, first_names: frozenset[str]) -> bool:
    """A lone capitalised word with an ordinary word's ending ("Partway", "Anonymised")."""
    if len(span) != 1 or span[0].lower_ in first_names:
        return False
    return bool(_WORD_ENDINGS.search(span[0].lower_))


def town_after_a_preposition(span: Span) -> bool:
    """ "lives in Ankara", "a lawyer practising in Istanbul": one capitalised word after a
    preposition of place. The common-word list, built from WordNet, also holds cities
    (ankara, warsaw), so only this context tells them from a capitalised ordinary word
    ("the Discharge to Recover pathway"). Countries are left out: a country is no town."""
    token = span[0]
    if not token.is_title or token.i == 0 or token.lower_ in word_list("countries.txt"):
        return False
    before = token.doc[token.i - 1]
    return before.lower_ in LOCATIVE_PREPOSITIONS and before.is_lower


def starts_sentence(token: Token) -> bool:
    """The first word of a text, a line or a sentence: its capital says nothing."""
    if token.i == 0:
        return True
    before = token.doc[token.i - 1]
    return before.is_space or before.text in _SENTENCE_MARKS


def names_a_holiday(span: Span) -> bool:
    """The name in a holiday ("Valentine's Day"), or the holiday itself ("St David's Day")."""
    doc = span.doc
    if len(span) >= 3 and span[-2].lower_ in _POSSESSIVE and span[-1].lower_ in ("day", "night"):
        return True
    end = span.end
    return (
        end + 1 < len(doc)
        and doc[end].lower_ in _POSSESSIVE
        and doc[end + 1].lower_ in ("day", "night")
        and doc[end + 1].is_title
    )


def day_or_chat_word(words: list[str], chat: frozenset[str]) -> bool:
    """ "on leave Thurs", "Ffs": a weekday or chat's own word, nobody and nowhere."""
    return all(w in TYPED_WEEKDAYS or w in chat for w in words)


def form_of_address(words: list[str], titles: frozenset[str]) -> bool:
    """ "Dear Sir", "Madam": a title alone is a form of address, nobody in particular."""
    return all(w in titles or w == "madam" for w in words)


def capitalised_word_at_sentence_start(span: Span, words: list[str], lists: NerWords) -> bool:
    """ "Partway through the visit": a place that is an ordinary word with a sentence's capital."""
    return (
        starts_sentence(span[0])
        and looks_like_a_word(span, lists.first_names)
        and words[0] not in lists.places
    )


def ordinary_phrase(span: Span, lists: NerWords) -> bool:
    """ "Relationship-based practice", "stay curious": ordinary words with at most a
    sentence's capital at the front, and none of them a first name."""
    alpha = [t for t in span if t.is_alpha]
    return (
        len(alpha) > 1
        and all(t.is_lower for t in alpha[1:])
        and all(t.lower_ in lists.common and t.lower_ not in lists.first_names for t in alpha)
    )


def only_pronouns(words: list[str]) -> bool:
    """ "Her", "They": a pronoun read as a person."""
    return all(w in PERSON_PRONOUNS for w in words)


def shorthand_and_ordinary_words(span: Span) -> bool:
    """ "NQSW supported year": agency shorthand and lower-case words, no name among them."""
    shorthand = [t for t in span if ACRONYM.match(t.text) or MIXED_ACRONYM.match(t.text)]
    words = [t.lower_ for t in span if t.is_alpha and t not in shorthand]
    return len(words) < sum(t.is_alpha for t in span) and all(
        t.is_lower for t in span if t.lower_ in words
    )


def words_besides_shorthand(span: Span) -> list[str]:
    """The span's words that are not agency shorthand ("CHC", "DoLS"), lower-cased."""
    return [
        t.lower_
        for t in span
        if t.is_alpha and not (ACRONYM.match(t.text) or MIXED_ACRONYM.match(t.text))
    ]


def starts_with_a_verb(span: Span, lists: NerWords) -> bool:
    """ "Counting Fathers In", "Advocating Together": a title or a body that opens with an
    ordinary -ing word is no person (a name, "Fleming", "Irving", is no ordinary word)."""
    first = span[0].lower_
    if len(span) < 2 or not first.endswith("ing") or first in lists.first_names:
        return False
    if any(t.is_alpha and t.lower_ not in lists.common for t in span[1:]):
        return False  # "Blessing Oyelaran": a surname after it makes it a first name
    stem = first[:-3]
    stems = {stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem}
    return any(len(s) > 2 and s in lists.common for s in stems)


def dropped_g(word: str, common: frozenset[str]) -> bool:
    """ "greetin", "steamin", "kickin": an -ing word with its g dropped."""
    return word.endswith("in") and word + "g" in common


def scots_negative(word: str, common: frozenset[str], nae_verbs: frozenset[str]) -> bool:
    """ "hasnae", "cannae", "didnae": a verb with the Scots "-nae" for "not"."""
    return word.endswith("nae") and word[:-3] in common | nae_verbs


def regular_form(word: str, common: frozenset[str]) -> bool:
    """ "calls", "doorways", "struggles", "grandparents": a regular form of an English word."""
    stems = (
        [
            word[:-1],
            word[:-2],
            word[:-3] + "y",
            word[:-2] + "e" if word.endswith("ed") else "",
            word[:-3],
            word[:-3] + "e",
        ]
        if len(word) > 4
        else [word[:-1]]
    )
    return word.endswith(("s", "ed", "ing")) and any(len(s) > 2 and s in common for s in stems)


def ordinary_word(word: str, lists: NerWords) -> bool:
    """An English word in any regular form, dialect spellings included."""
    common = lists.common
    return (
        word in common
        or dropped_g(word, common)
        or scots_negative(word, common, lists.nae_verbs)
        or regular_form(word, common)
    )


def chat_grammar_word(words: list[str], lists: NerWords) -> bool:
    """A word of chat's own, a pronoun, a weekday, a month or a title: in a draft typed in
    lower case none of them is a name ("june" is a month there)."""
    return any(
        w in lists.chat
        or w in PERSON_PRONOUNS
        or w in TYPED_WEEKDAYS
        or w in MONTH_WORDS
        or w in lists.titles
        for w in words
    )


def lower_case_name(words: list[str], lists: NerWords) -> bool:
    """A lower-case entity (found only in a draft written in lower case) needs a first name, a
    gazetteer place or a word that is no English word in any form, and none of chat's own
    words."""
    if chat_grammar_word(words, lists):
        return False
    return any(
        w in lists.first_names or w in lists.places or not ordinary_word(w, lists) for w in words
    )
