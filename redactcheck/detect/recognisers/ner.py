"""spaCy's named entities, mapped into the taxonomy and cleaned of noise.

The statistical model sees the text once (in the shared parse); this module
only reads `doc.ents`. The filters encode what a social-care reader would not
count as identifying: vague times, durations and agency acronyms.
"""

from __future__ import annotations

from redactcheck.detect import quick_presidio  # noqa: F401  (first: see its docstring)

# isort: split

import re
from pathlib import Path
from typing import Mapping

import yaml
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.tokens import Span, Token

from redactcheck.detect.recognisers.base import make_result
from redactcheck.lexicon import LEXICON
from redactcheck.resources import word_list
from redactcheck.types import Category

_MONTH = r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
_AUTHORITY_WORDS = re.compile(
    r"\b(?:council|hscp|partnership|trust|authority|borough|social work|social services|children's services|mash|yjs|cp team)\b",
    re.IGNORECASE,
)
_ACRONYM = re.compile(r"^[A-Z&]{2,8}s?$")
_MIXED_ACRONYM = re.compile(r"^[A-Z][a-z]?[A-Z]{1,5}[a-z]?$")  # DoLS, CaFCASS-like shorthand
# Whole nations and states do not narrow anyone down in UK case discussion.
_TOO_BROAD = frozenset(
    {
        "uk",
        "u.k.",
        "britain",
        "great britain",
        "united kingdom",
        "the uk",
        "england",
        "scotland",
        "wales",
        "northern ireland",
        "ni",
        "ireland",
        "republic of ireland",
        "europe",
        "eu",
        "gb",
        "parliament",
    }
)
_TITLES = LEXICON.words("titles")


def _has_name_marker(span: Span) -> bool:
    """An initial ("J.") in the entity, or a title just before or inside it."""
    doc = span.doc
    before = doc[span.start - 1].lower_.rstrip(".") if span.start > 0 else ""
    inside = any(t.lower_.rstrip(".") in _TITLES for t in span)
    initial = any(len(t.text) == 2 and t.text[0].isupper() and t.text[1] == "." for t in span)
    return before in _TITLES or inside or initial


_WORD_ENDINGS = re.compile(r"(?:way|ly|ed|ing|ised|ized|ment|ness|tion|sion|ful|less|ward|wise)$")


def _splits_a_word(text: str, start: int, end: int) -> bool:
    """An entity that starts or ends inside a word ("gon" of "gonna") is not a name or place."""
    return (start > 0 and text[start - 1].isalpha()) or (end < len(text) and text[end].isalpha())


def _looks_like_a_word(span: Span, first_names: frozenset[str]) -> bool:
    """A lone capitalised word with an ordinary word's ending ("Partway", "Anonymised")."""
    if len(span) != 1 or span[0].lower_ in first_names:
        return False
    return bool(_WORD_ENDINGS.search(span[0].lower_))


# doc.user_data key the engine sets for a draft written in lower case (see casing.View)
LOWER_CASE_DRAFT = "redactcheck_lower_case_draft"
_LOCATIVE = frozenset(
    "in at from near outside around across through via between into towards of".split()
)


def _town_after_a_preposition(span: Span) -> bool:
    """ "lives in Ankara", "a lawyer practising in Istanbul": one capitalised word after a
    preposition of place. The common-word list, built from WordNet, also holds cities
    (ankara, warsaw), so only this context tells them from a capitalised ordinary word
    ("the Discharge to Recover pathway"). Countries are left out: a country is no town."""
    token = span[0]
    if not token.is_title or token.i == 0 or token.lower_ in word_list("countries.txt"):
        return False
    before = token.doc[token.i - 1]
    return before.lower_ in _LOCATIVE and before.is_lower


def _starts_sentence(token: Token) -> bool:
    """The first word of a text, a line or a sentence: its capital says nothing."""
    if token.i == 0:
        return True
    before = token.doc[token.i - 1]
    return before.is_space or before.text in (
        ".",
        "!",
        "?",
        ":",
        '"',
        "“",
        "-",
        "–",
        "—",
        "*",
        "#",
        ">",
    )


def _names_a_holiday(span: Span) -> bool:
    """The name in a holiday ("Valentine's Day"), or the holiday itself ("St David's Day")."""
    doc = span.doc
    if len(span) >= 3 and span[-2].lower_ in ("'s", "’s") and span[-1].lower_ in ("day", "night"):
        return True
    end = span.end
    return (
        end + 1 < len(doc)
        and doc[end].lower_ in ("'s", "’s")
        and doc[end + 1].lower_ in ("day", "night")
        and doc[end + 1].is_title
    )


_NAME_PARTICLES = frozenset("van von de der den da di du le la al el bin ibn ap mac".split())
_PRONOUNS = frozenset(
    "i me he him she her they them we us you it his hers their theirs our ours yours mine".split()
)
# chat shorthand, and everyday Scots, Geordie and Welsh words that chat capitalises at a line's start
_CHAT_WORDS = word_list(
    "chat_words.txt"
)  # chat shorthand, dialect, care shorthand and drug names typed in lower case
_SCOTS_STEMS = frozenset("has can did does is was would could should will dis wis".split())
_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
# weekdays and their short forms are never anyone's name ("I'm on leave Thurs"); months are (April, June),
# except in a draft typed in lower case, where "june" is a month
_WEEKDAYS = frozenset(
    "monday mon tuesday tue tues wednesday wed weds thursday thu thur thurs friday fri "
    "saturday sat sunday sun".split()
)
_NOT_DEMOGRAPHIC = frozenset(
    {"british", "uk", "european", "western", "english", "scottish", "welsh"}
)

WHY = {
    Category.PERSON: "A name identifies the person to anyone who knows them.",
    Category.LOCATION: "A place narrows down where the family lives or goes.",
    Category.INSTITUTION: "A named school, hospital or service narrows the person down to the people who use it.",
    Category.LOCAL_AUTHORITY: "Naming the council or team narrows the family down to one area.",
    Category.DATE: "The exact date of an event can be matched to records and local knowledge.",
    Category.DEMOGRAPHIC: "A nationality, faith, condition or job can single someone out in a small community.",
}


def load_label_map(path: Path) -> dict[str, Category]:
    """Read the NER label map kept in models/ (label -> taxonomy name)."""
    with path.open(encoding="utf-8") as handle:
        raw = yaml.safe_load(handle) or {}
    return {str(label): Category(category) for label, category in raw.items()}


_DAY = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH})\b|\b(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
    r"|\b(?:0?[1-9]|[12]\d|3[01])[/.](?:0?[1-9]|1[0-2])\b"  # a day and month, never a clock time ("8.40")
    r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:in\s+|since\s+)?(?:19|20)\d{2}", re.IGNORECASE)
_MONTH_YEAR = re.compile(rf"\b(?:{_MONTH})\.?,?\s+(?:19|20)\d{{2}}\b", re.IGNORECASE)


def _keep_date(text: str) -> bool:
    """A date is kept only when it pins down a day, or a month of a given year.

    A month, a season or a holiday alone is how people write about
    time in general ("in April", "since 2015", "at Christmas"), not when an
    event happened; the date-holiday rule covers "since Boxing Day".
    """
    return bool(_DAY.search(text) or _MONTH_YEAR.search(text) or _YEAR.fullmatch(text.strip()))


def classify(
    ent: Span, label_map: Mapping[str, Category], lower_case_draft: bool = False
) -> Category | None:
    """The taxonomy category for one entity, or None when it should not be reported.

    In a draft written in lower case (chat), a lower-case entity is what the model was
    trained to find there; elsewhere it is mostly noise ("ref")."""
    category = label_map.get(ent.label_)
    text = ent.text.strip()
    if category is None or sum(ch.isalnum() for ch in text) < 2:
        return None
    if category is Category.DATE and not _keep_date(text):
        return None
    if (
        category is not Category.DATE
        and not lower_case_draft
        and not any(ch.isupper() for ch in text)
    ):
        return None
    if category is Category.LOCATION and (text.lower() in _TOO_BROAD or _ACRONYM.match(text)):
        return None
    if category is Category.PERSON and text.lower() in _TOO_BROAD:
        return None  # "young people in Wales" read as a name
    if category in (Category.PERSON, Category.DEMOGRAPHIC) and (
        (_ACRONYM.match(text) and len(text) >= 3) or _MIXED_ACRONYM.match(text)
    ):
        return None  # agency shorthand (CJSW, NISCC, DoLS); two-letter initials stay
    if category is Category.INSTITUTION:
        if _ACRONYM.match(text) or _MIXED_ACRONYM.match(text):
            return None
        if _AUTHORITY_WORDS.search(text):
            return Category.LOCAL_AUTHORITY
    if category is Category.DEMOGRAPHIC and text.lower() in _NOT_DEMOGRAPHIC:
        return None
    if category is Category.PERSON and not any(ch.isalpha() for ch in text):
        return None
    return category


_LEADING = frozenset({"the", "her", "his", "their", "my", "our", "your", "a", "an"})


_SENTENCE_END = frozenset({".", "!", "?", ";"})


def _ends_sentence(token: Token) -> bool:
    """A break inside an entity: a sentence mark, or "K." before a pronoun ("Mrs K. She")."""
    if token.text in _SENTENCE_END:
        return True
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.text.endswith(".") and following is not None and following.lower_ in _PRONOUNS


def split_at_breaks(ent: Span) -> list[list[Token]]:
    """An entity cut at line breaks and sentence ends: "Mrs K. She" is two things, not one name."""
    pieces: list[list[Token]] = [[]]
    for token in ent:
        if token.is_space:
            if "\n" in token.text:
                pieces.append([])
            continue
        if token.text not in _SENTENCE_END:
            pieces[-1].append(token)
        if _ends_sentence(token):
            pieces.append([])
    return [piece for piece in pieces if piece]


def _trim(tokens: list) -> tuple[int, int] | None:
    """Character span without leading determiners or a trailing possessive 's."""
    tokens = [
        t for t in tokens if any(ch.isalnum() for ch in t.text) or t.text in ("'s", "’s", "-", "&")
    ]
    while tokens and tokens[0].text in ("-", "&", "'s", "’s"):
        tokens.pop(0)  # "-Rose" is a piece of "Liberty-Rose", not a name of its own
    while len(tokens) > 1 and tokens[0].lower_ in _LEADING:
        tokens.pop(0)
    while tokens and (tokens[-1].lower_ in ("'s", "’s") or tokens[-1].is_punct):
        tokens.pop()
    if not tokens:
        return None
    first = tokens[0]
    before = first.doc[first.i - 1] if first.i > 0 else None
    if before is not None and before.lower_.rstrip(".") in _TITLES and first.ent_type_ == "PERSON":
        first = before  # "Mr Ferguson", not "Mr" left behind in a redacted post
    return first.idx, tokens[-1].idx + len(tokens[-1].text)


class NerRecognizer(LocalRecognizer):
    """Reports the shared parse's entities in taxonomy terms."""

    SCORES = {Category.PERSON: 0.85}

    def __init__(
        self,
        label_map: Mapping[str, Category],
        common_words: frozenset[str] = frozenset(),
        first_names: frozenset[str] = frozenset(),
        frequent_words: frozenset[str] = frozenset(),
        place_names: frozenset[str] = frozenset(),
    ) -> None:
        self.label_map = dict(label_map)
        self.place_names = frozenset(p.lower() for p in place_names)
        self.common_words = common_words
        self.frequent_words = frequent_words
        self.first_names = frozenset(n.lower() for n in first_names)
        categories = sorted(
            {c.value for c in self.label_map.values()} | {Category.LOCAL_AUTHORITY.value}
        )
        super().__init__(supported_entities=categories, name="spacy-ner", supported_language="en")

    def load(self) -> None:
        """The model is loaded once by the NLP engine, not here."""

    def _drop_leading_word(self, piece: list[Token], label: str) -> list[Token]:
        """ "Met Jamie Thompson", "wi Kayden": an ordinary or lower-case word before a name is not part of it."""
        if self.label_map.get(label) is not Category.PERSON:
            return piece
        while len(piece) > 1:
            first = piece[0].lower_
            lower_lead = piece[0].is_lower and first not in _NAME_PARTICLES
            ordinary_lead = (
                len(piece) > 2 and first in self.common_words and first not in self.first_names
            )
            if not (lower_lead or ordinary_lead):
                return piece
            piece = piece[1:]  # and again: "Banff and Buchan" loses "Banff", then "and"
        return piece

    def _drop_trailing_verb(self, piece: list[Token], label: str) -> list[Token]:
        """ "Ms Thompson agreed", "Mr Kowalski left": a lower-case verb or other frequent word after a
        capitalised name is not part of it
        (a lower-case surname after a first name, "Jamie reid" in chat, is kept)."""
        if self.label_map.get(label) is not Category.PERSON:
            return piece
        while (
            len(piece) > 1
            and piece[-1].is_lower
            and piece[-2].text[:1].isupper()
            and (
                piece[-1].lower_.endswith(("ed", "ing")) or piece[-1].lower_ in self.frequent_words
            )
            and piece[-1].lower_ in self.common_words
            and piece[-1].lower_ not in self.first_names
        ):
            piece = piece[:-1]
        return piece

    def _drop_next_sentence(self, piece: list[Token], label: str) -> list[Token]:
        """ "Mr A. All details were changed": after an initial's full stop, a frequent word
        starts the next sentence; it is no surname."""
        if (
            self.label_map.get(label) is Category.PERSON
            and len(piece) >= 2
            and piece[-1].lower_ in self.frequent_words
            and re.fullmatch(r"[A-Z]\.", piece[-2].text)
        ):
            return piece[:-1]
        return piece

    def _reads_as_person(self, piece: list[Token]) -> bool:
        """ "cover sarah thompson" read as a place: a first name and one more word that
        are no gazetteer place ("Milton Keynes" is) read as a person."""
        words = [t for t in piece if t.is_alpha]
        return (
            len(words) == 2
            and words[0].lower_ in self.first_names
            and words[1].lower_ not in self.first_names
            and " ".join(t.lower_ for t in words) not in self.place_names
            and words[1].lower_ not in self.place_names
        )

    def _ordinary_phrase(self, span: Span) -> bool:
        """ "Relationship-based practice", "stay curious": ordinary words with at most a
        sentence's capital at the front, and none of them a first name."""
        alpha = [t for t in span if t.is_alpha]
        return (
            len(alpha) > 1
            and all(t.is_lower for t in alpha[1:])
            and all(
                t.lower_ in self.common_words and t.lower_ not in self.first_names for t in alpha
            )
        )

    def _starts_with_a_verb(self, span: Span) -> bool:
        """ "Counting Fathers In", "Advocating Together": a title or a body that opens with an
        ordinary -ing word is no person (a name, "Fleming", "Irving", is no ordinary word)."""
        first = span[0].lower_
        if len(span) < 2 or not first.endswith("ing") or first in self.first_names:
            return False
        if any(t.is_alpha and t.lower_ not in self.common_words for t in span[1:]):
            return False  # "Blessing Oyelaran": a surname after it makes it a first name
        stem = first[:-3]
        stems = {stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem}
        return any(len(s) > 2 and s in self.common_words for s in stems)

    def _ordinary(self, word: str) -> bool:
        """An English word in any regular form: "calls", "doorways", "struggles", "grandparents"."""
        if word in self.common_words:
            return True
        if word.endswith("in") and word + "g" in self.common_words:
            return True  # "greetin", "steamin", "kickin": a dropped g
        if word.endswith("nae") and word[:-3] in self.common_words | _SCOTS_STEMS:
            return True  # "hasnae", "cannae", "didnae"
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
        return word.endswith(("s", "ed", "ing")) and any(
            len(s) > 2 and s in self.common_words for s in stems
        )

    def _lower_case_name(self, words: list[str]) -> bool:
        """A lower-case entity (found only in a draft written in lower case) needs a first name, a
        gazetteer place or a word that is no English word in any form, and none of chat's own words."""
        if any(
            w in _CHAT_WORDS or w in _PRONOUNS or w in _WEEKDAYS or w in _MONTHS or w in _TITLES
            for w in words
        ):
            return False
        return any(
            w in self.first_names or w in self.place_names or not self._ordinary(w) for w in words
        )

    def distinctive(self, span: Span, category: Category) -> bool:
        """A name, place or body needs one word that is not an ordinary word.

        "Young People", "Family Court" and a capitalised "Gateway" are how the
        base model misreads headings and generic services; dates are exempt.
        """
        if category is Category.DATE:
            return True
        words = [t.lower_ for t in span if t.is_alpha]
        if not words:
            return False
        if all(t.is_lower for t in span if t.is_alpha):
            return self._lower_case_name(words)
        if _names_a_holiday(span):
            return (
                False  # "Valentine's Day", "St David's Day": a day of the year, nobody and nowhere
            )
        if all(w in _WEEKDAYS or w in _CHAT_WORDS for w in words):
            return False  # "on leave Thurs", "Ffs": a day or chat shorthand, nobody and nowhere
        if (
            category is Category.LOCATION
            and _starts_sentence(span[0])
            and _looks_like_a_word(span, self.first_names)
            and words[0] not in self.place_names
        ):
            return False  # "Partway through the visit": an ordinary word with a sentence's capital
        if all(w in _TITLES or w == "madam" for w in words):
            return False  # "Dear Sir": a form of address, nobody in particular
        if self._ordinary_phrase(span):
            return False
        if category is Category.PERSON and _has_name_marker(span):
            return True  # "Mr J. Crow", "M. Robinson": a title or initial makes any word a surname
        if category is Category.PERSON:
            if all(w in _PRONOUNS for w in words):
                return False
            shorthand = [
                t for t in span if _ACRONYM.match(t.text) or _MIXED_ACRONYM.match(t.text)
            ]  # "CHC", "DoLS"
            words = [t.lower_ for t in span if t.is_alpha and t not in shorthand]
            if len(words) < sum(t.is_alpha for t in span) and all(
                t.is_lower for t in span if t.lower_ in words
            ):
                return False  # "NQSW supported year": shorthand and ordinary words, no name
            if (
                not words
                or _looks_like_a_word(span, self.first_names)
                or self._starts_with_a_verb(span)
            ):
                return False
        ordinary = (
            self.common_words if len(words) == 1 else self.frequent_words
        )  # "Royal Infirmary" is a name
        if category is Category.LOCATION and len(words) == 1 and _town_after_a_preposition(span):
            ordinary = (
                self.frequent_words
            )  # "lives in Ankara": the word list knows Ankara, but not as a capital here
        return any(w not in ordinary or w in self.first_names for w in words)

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Entities of the parse of `text` (the text the doc was made from)."""
        if nlp_artifacts is None:
            return []
        results = []
        doc = nlp_artifacts.tokens
        lower_case_draft = bool(doc.user_data.get(LOWER_CASE_DRAFT))
        for ent in doc.ents:
            for piece in split_at_breaks(ent):
                piece = self._drop_trailing_verb(
                    self._drop_leading_word(piece, ent.label_), ent.label_
                )
                piece = self._drop_next_sentence(piece, ent.label_)
                piece_span = Span(doc, piece[0].i, piece[-1].i + 1, label=ent.label_)
                category = classify(piece_span, self.label_map, lower_case_draft)
                if category is Category.LOCATION and self._reads_as_person(piece):
                    category = Category.PERSON
                span = _trim(piece) if category is not None else None
                if (
                    span is None
                    or not self.distinctive(piece_span, category)
                    or _splits_a_word(text, *span)
                ):
                    continue
                start, end = span
                score = self.SCORES.get(category, 0.6)
                results.append(
                    make_result(
                        category.value,
                        start,
                        end,
                        score,
                        f"ner-{ent.label_.lower()}",
                        WHY[category],
                    )
                )
        return results
