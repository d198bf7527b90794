"""spaCy's named entities, mapped into the taxonomy and cleaned of noise.

The statistical model sees the text once (in the shared parse); this module
only reads `doc.ents`. The filters encode what a social-care reader would not
count as identifying: vague times, durations and agency acronyms.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Mapping

from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.tokens import Span, Token

from redactcheck import yamlfiles
from redactcheck.detect.nlp import LazyNlpArtifacts
from redactcheck.detect.recognisers.base import make_result
from redactcheck.detect.recognisers.ner_filters import (
    ACRONYM,
    NerWords,
    after_an_article,
    agency_shorthand,
    capitalised_word_at_sentence_start,
    chat_words,
    day_or_chat_word,
    family_by_surname,
    form_of_address,
    has_name_marker,
    looks_like_a_word,
    lower_case_name,
    names_a_holiday,
    only_pronouns,
    only_welsh_heads,
    ordinary_phrase,
    overlong_word,
    shorthand_and_ordinary_words,
    splits_a_word,
    starts_with_a_verb,
    too_broad,
    town_after_a_preposition,
    words_besides_shorthand,
)
from redactcheck.detect.regex.stored import STORE
from redactcheck.detect.regex.trie import trie_alternation
from redactcheck.lexicon import LEXICON
from redactcheck.lexicon.words import LEADING_DETERMINERS, PERSON_PRONOUNS
from redactcheck.resources import word_list
from redactcheck.types import Category

_MONTH = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_AUTHORITY_WORDS = STORE.compile(
    rf"\b{trie_alternation(LEXICON.phrases('authority_words'))}\b", re.IGNORECASE
)
# Whole nations and states do not narrow anyone down in UK case discussion.
_TOO_BROAD = LEXICON.words("too_broad_places")
_NOT_DEMOGRAPHIC = LEXICON.words("not_demographic")
_TITLES = LEXICON.words("titles")
_POSSESSED = LEXICON.words("possessed_people")


WHY = {
    Category.PERSON: "A name identifies the person to anyone who knows them.",
    Category.LOCATION: "A place narrows down where the family lives or goes.",
    Category.INSTITUTION: (
        "A named school, hospital or service narrows the person down to the people who use it."
    ),
    Category.LOCAL_AUTHORITY: "Naming the council or team narrows the family down to one area.",
    Category.DATE: "The exact date of an event can be matched to records and local knowledge.",
    Category.DEMOGRAPHIC: (
        "A nationality, faith, condition or job can single someone out in a small community."
    ),
}


def load_label_map(path: Path) -> dict[str, Category]:
    """Read the NER label map kept in models/ (label -> taxonomy name)."""
    with path.open(encoding="utf-8") as handle:
        raw = yamlfiles.load(handle) or {}
    return {str(label): Category(category) for label, category in raw.items()}


_DAY = STORE.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH})\b"
    rf"|\b(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
    # a day and month, never a clock time ("8.40")
    r"|\b(?:0?[1-9]|[12]\d|3[01])[/.](?:0?[1-9]|1[0-2])\b"
    r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b",
    re.IGNORECASE,
)
_YEAR = STORE.compile(r"(?:in\s+|since\s+)?(?:19|20)\d{2}", re.IGNORECASE)
_MONTH_YEAR = STORE.compile(rf"\b(?:{_MONTH})\.?,?\s+(?:19|20)\d{{2}}\b", re.IGNORECASE)


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
    if category is Category.DATE:
        return category if _keep_date(text) else None
    if not lower_case_draft and not any(ch.isupper() for ch in text):
        return None
    if _misread_category(category, text):
        return None
    if category is Category.INSTITUTION and _AUTHORITY_WORDS.search(text):
        return Category.LOCAL_AUTHORITY
    return category


def _misread_category(category: Category, text: str) -> bool:
    """An entity the model gives a category it cannot have: a nation as a place or a person
    ("young people in Wales"), agency shorthand as a person, body or group (CJSW, DoLS), a
    nationality of the whole country, a person with no letter."""
    if category is Category.LOCATION:
        return too_broad(text, _TOO_BROAD) or bool(ACRONYM.match(text))
    if category is Category.PERSON:
        return (
            too_broad(text, _TOO_BROAD)
            or agency_shorthand(text)
            or not any(ch.isalpha() for ch in text)
        )
    if category is Category.DEMOGRAPHIC:
        return agency_shorthand(text) or text.lower() in _NOT_DEMOGRAPHIC
    if category is Category.INSTITUTION:
        return agency_shorthand(text)
    return False


_SENTENCE_END = frozenset({".", "!", "?", ";"})


def _ends_sentence(token: Token) -> bool:
    """A break inside an entity: a sentence mark, or "K." before a pronoun ("Mrs K. She")."""
    if token.text in _SENTENCE_END:
        return True
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (
        token.text.endswith(".") and following is not None and following.lower_ in PERSON_PRONOUNS
    )


def split_at_breaks(ent: Span) -> list[list[Token]]:
    """An entity cut at line breaks and sentence ends, and a name at the gaps of a layout's
    columns (a tab, or three spaces or more: "Supervisee: Ellie   Supervisor: Martin"): "Mrs
    K. She" is two things, not one name. A double space typed inside a name ("Ellie  Ward")
    is no column, and a date or number spaced out to hide it ("0 3   0 4") stays whole."""
    pieces: list[list[Token]] = [[]]
    columns = ent.label_ == "PERSON"
    for token in ent:
        if token.is_space:
            # spaCy keeps one space on the token before: a space token of two is three typed
            if "\n" in token.text or (columns and ("\t" in token.text or len(token.text) >= 2)):
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
    while len(tokens) > 1 and tokens[0].lower_ in LEADING_DETERMINERS:
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
        self.name_particles = LEXICON.words("name_particles")
        self.message_openers = LEXICON.words("message_openers")
        self.contact_labels = LEXICON.words("contact_labels")
        self.heads = (
            LEXICON.words("proper_name_heads")
            - word_list("surnames.txt")
            - LEXICON.words("surname_heads")
        )
        self.place_heads = LEXICON.words("place_heads")
        self.surnames = word_list("surnames.txt")
        self.lists = NerWords(
            common_words,
            self.first_names,
            frequent_words,
            self.place_names,
            _TITLES,
            chat_words(),
            LEXICON.words("scots_nae_verbs"),
        )
        categories = sorted(
            {c.value for c in self.label_map.values()} | {Category.LOCAL_AUTHORITY.value}
        )
        super().__init__(supported_entities=categories, name="spacy-ner", supported_language="en")

    def load(self) -> None:
        """The model is loaded once by the NLP engine, not here."""

    def _place_by_its_head(self, piece: list[Token]) -> Category | None:
        """ "Westfield Infants", "Knightswood Sec", "Bodnant Garden": a capitalised name the
        model took for a person that ends in a place's or organisation's word
        (models/lexicon/proper_name_heads.txt) is that place (place_heads.txt) or institution,
        unless it starts with a first name ("Kayla Park")."""
        words = [t for t in piece if t.is_alpha]
        if (
            len(words) < 2
            or not words[-1].text[:1].isupper()
            or words[0].lower_ in self.first_names
            or words[-1].lower_ not in self.heads
        ):
            return None
        return Category.LOCATION if words[-1].lower_ in self.place_heads else Category.INSTITUTION

    def _drop_leading_word(self, piece: list[Token], label: str) -> list[Token]:
        """ "Met Jamie Thompson", "wi Kayden", "19:02 - Nadia": an ordinary or lower-case word,
        a number or a dash before a name is not part of it."""
        if self.label_map.get(label) is not Category.PERSON:
            return piece
        while len(piece) > 1:
            first = piece[0].lower_
            lower_lead = piece[0].is_lower and first not in self.name_particles
            ordinary_lead = (
                len(piece) > 2
                and first in self.common_words
                and first not in self.first_names
                and first not in self.name_particles
                and piece[1].lower_ not in self.name_particles  # "Bessel van der Kolk"
            )
            opener = first in self.message_openers  # "Sorry Chidi, will do"
            # "19:02 - Nadia": a chat line's time and its dash
            unlettered = not any(c.isalpha() for c in piece[0].text)
            if not (lower_lead or ordinary_lead or opener or unlettered):
                return piece
            piece = piece[1:]  # and again: "Banff and Buchan" loses "Banff", then "and"
        return piece

    def _drop_trailing_verb(
        self, piece: list[Token], label: str, lower_case_draft: bool = False
    ) -> list[Token]:
        """ "Ms Thompson agreed", "Mr Kowalski left": a lower-case verb or other frequent word
        after a capitalised name is not part of it (a lower-case surname after a first name,
        "Jamie reid" in chat, is kept)."""
        if self.label_map.get(label) is not Category.PERSON:
            return piece
        while len(piece) > 1 and piece[-1].lower_ in self.contact_labels:
            piece = piece[:-1]  # "Kayla Brown Tel: 07700 ...": a label, not a surname
        while (
            len(piece) > 1
            and piece[-1].is_lower
            and piece[-2].text[:1].isupper()
            and self._trailing_word(piece[-1].lower_, lower_case_draft)
            and piece[-1].lower_ not in self.first_names
        ):
            piece = piece[:-1]
        return piece

    def _trailing_word(self, word: str, lower_case_draft: bool) -> bool:
        """A lower-case word that ends no name: a verb's past or -ing form or a frequent word
        ("agreed", "left"), or, where the writer uses capitals, any word that is no surname
        ("Ashley stood", "Interesting webinar"; "Jamie brown" in chat keeps its surname, and
        so does "mrs kirsty macaulay" typed in lower case)."""
        if word.endswith(("ed", "ing")) or word in self.frequent_words:
            return word in self.common_words
        if lower_case_draft:
            return False
        # where the writer uses capitals, a surname is capitalised: "Interesting webinar" (in
        # the Latin alphabet; another script's text is left whole to the script's checks)
        return word.isascii() and word not in self.surnames and word not in self.name_particles

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

    def _cut_at_possessive(self, piece: list[Token], label: str) -> list[Token]:
        """ "Ottilie Marr's Small Doors", "Viv Gordon's Storyboard": a name ends at its
        possessive; what follows is the person's thing, a title or a tool."""
        if self.label_map.get(label) is not Category.PERSON:
            return piece
        for index, token in enumerate(piece[1:-1], start=1):
            if token.text in ("'s", "’s"):
                return piece[:index]
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

    def _possessive_without_apostrophe(self, piece: list[Token]) -> bool:
        """ "kaidens social worker" read as an organisation: one word in -s whose
        stem is a first name or no English word, right before a person or a thing a
        possessive names (`possessed_people`)."""
        word = piece[0]
        if len(piece) != 1 or not word.is_alpha or not word.lower_.endswith("s"):
            return False
        stem = word.lower_[:-1]
        if stem in self.common_words and stem not in self.first_names:
            return False
        after = word.doc[word.i + 1 : word.i + 3]
        following = [t.lower_ for t in after]
        return bool(following) and (following[0] in _POSSESSED or " ".join(following) in _POSSESSED)

    def distinctive(self, span: Span, category: Category) -> bool:
        """A name, place or body needs one word that is not an ordinary word.

        "Young People", "Family Court" and a capitalised "Gateway" are how the
        base model misreads headings and generic services; dates are exempt.
        """
        if category is Category.DATE:
            return True
        words = [t.lower_ for t in span if t.is_alpha]
        if not words or only_welsh_heads(words) or overlong_word(words):
            return False
        if category is Category.PERSON and after_an_article(span, self.common_words):
            return False
        if all(t.is_lower for t in span if t.is_alpha):
            return lower_case_name(words, self.lists)
        if self._misread(span, category, words):
            return False
        if category is Category.PERSON and has_name_marker(span, _TITLES):
            return True  # "Mr J. Crow", "M. Robinson": a title or initial makes any word a surname
        if category is Category.PERSON:
            words = self._person_words(span, words)
        # two words or more need one that is not frequent: "Royal Infirmary" is a name
        ordinary = self.common_words if len(words) == 1 else self.frequent_words
        if category is Category.LOCATION and len(words) == 1 and town_after_a_preposition(span):
            ordinary = self.frequent_words  # "lives in Ankara": the list knows ankara, lower-case
        return any(w not in ordinary or w in self.first_names for w in words)

    def _misread(self, span: Span, category: Category, words: list[str]) -> bool:
        """One of the base model's known misreadings of a capitalised entity (see ner_filters)."""
        lists = self.lists
        return (
            names_a_holiday(span)
            or day_or_chat_word(words, lists.chat)
            or (
                category is Category.LOCATION
                and capitalised_word_at_sentence_start(span, words, lists)
            )
            or form_of_address(words, lists.titles)
            or ordinary_phrase(span, lists)
            or (category is not Category.PERSON and family_by_surname(words))
        )

    def _person_words(self, span: Span, words: list[str]) -> list[str]:
        """The words that can make a person's name distinctive: none for a misread person
        (a pronoun, shorthand with ordinary words, a word-like word, an -ing opening), else
        the words besides agency shorthand."""
        if only_pronouns(words) or shorthand_and_ordinary_words(span):
            return []
        words = words_besides_shorthand(span)
        if looks_like_a_word(span, self.first_names) or starts_with_a_verb(span, self.lists):
            return []
        return words

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Entities of the parse of `text` (the text the doc was made from)."""
        if nlp_artifacts is None:
            return []
        results = []
        doc = nlp_artifacts.tokens
        lower_case_draft = isinstance(nlp_artifacts, LazyNlpArtifacts) and nlp_artifacts.lower_case
        for ent in doc.ents:
            for piece in split_at_breaks(ent):
                piece = self._drop_trailing_verb(
                    self._drop_leading_word(piece, ent.label_), ent.label_, lower_case_draft
                )
                piece = self._drop_next_sentence(piece, ent.label_)
                piece = self._cut_at_possessive(piece, ent.label_)
                piece_span = Span(doc, piece[0].i, piece[-1].i + 1, label=ent.label_)
                category = classify(piece_span, self.label_map, lower_case_draft)
                if category is Category.LOCATION and self._reads_as_person(piece):
                    category = Category.PERSON
                if category is Category.PERSON:
                    category = self._place_by_its_head(piece) or category
                if category is not None and self._possessive_without_apostrophe(piece):
                    category = Category.PERSON
                if category is None:
                    continue
                span = _trim(piece)
                if (
                    span is None
                    or not self.distinctive(piece_span, category)
                    or splits_a_word(text, *span)
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
