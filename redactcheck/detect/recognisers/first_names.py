"""Known first names in positions where a name is the natural reading.

The shipped gazetteer (models/gazetteers/first_names.txt) is used with
context, never alone: a capitalised first name mid-sentence, or at the start
of a sentence when a verb or an apposition follows ("Marek moved in",
"Agnes – sorry, Mrs M"). Names that are also words (Hope, Will) and names
that are also places are left to the other rules.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.attrs import ORTH
from spacy.tokens import Doc, Token

from redactcheck.detect.recognisers.base import make_result
from redactcheck.detect.view import fold_accents
from redactcheck.lexicon import LEXICON
from redactcheck.lexicon.words import NAME_WORDS, NOT_NAMES, ROLE_WORDS
from redactcheck.resources import word_list

RULE_ID = "name-gazetteer"
_ACCENTED_WORD = re.compile(r"\b[^\W\d_]*[^\x00-\x7f][^\W\d_]*\b")
WHY = "A first name in the draft identifies the person to anyone who knows them."
_AFTER_SENTENCE_START = LEXICON.words("after_sentence_start")


# Words that make a capitalised phrase a place or an organisation, not a person.
PROPER_NAME_HEADS = LEXICON.words("proper_name_heads")


@lru_cache(maxsize=4)
def load_first_names(path: Path) -> frozenset[str]:
    """Title-case first names, minus those that are ordinary words."""
    if not path.is_file():
        return frozenset()
    names = (
        line.strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if not line.startswith("#")
    )
    return frozenset(n for n in names if n and n.lower() not in NAME_WORDS | ROLE_WORDS | NOT_NAMES)


def _english_form(word: str, common: frozenset[str]) -> bool:
    """The word, or the word it inflects with -s, -es or -ies, is English ("carries")."""
    stems = {word, word[:-1]}
    if word.endswith("es"):
        stems.add(word[:-2])
    if word.endswith("ies"):
        stems.add(word[:-3] + "y")
    return any(stem in common for stem in stems)


class GazetteerNameRecognizer(LocalRecognizer):
    """PERSON for gazetteer first names in a name position of the shared parse."""

    def __init__(self, first_names: Iterable[str], exclude: Iterable[str] = ()) -> None:
        self.first_names = frozenset(first_names) - frozenset(exclude)
        # names that are also words (Hope, Grace, Precious): only with a surname after them
        self.word_names = frozenset(w.capitalize() for w in NAME_WORDS)
        self._hashes: set[int] | None = None
        self._possessive_hashes: set[int] | None = None
        super().__init__(supported_entities=["PERSON"], name=RULE_ID, supported_language="en")

    def load(self) -> None:
        """The gazetteer is read once when the engine is built."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if nlp_artifacts is None:
            return []
        return [
            self._result(doc_token) for doc_token in self._candidates(nlp_artifacts.tokens, text)
        ]

    def _surname(self, token: Token) -> Token | None:
        """The word after a first name, when it reads as a surname: capitalised, or in
        lower case when it is a common surname (models/gazetteers/surnames.txt)."""
        doc = token.doc
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if (
            following is not None
            and following.is_lower
            and following.lower_ in word_list("surnames.txt")
        ):
            return following  # lower-case chat: "cover sarah thompson"
        if following is None or not following.is_title or following.is_punct:
            return None
        if following.lower_ in PROPER_NAME_HEADS or following.lower_ in NOT_NAMES:
            return None
        return following

    def _candidates(self, doc: Doc, text: str) -> Iterable[Token]:
        """Tokens that are gazetteer names, found by hash without a Token per word. `text` is
        the parsed text (`doc.text` would rebuild it from a Token per word)."""
        if self._hashes is None:
            self._hashes = {
                doc.vocab.strings.add(name) for name in self.first_names | self.word_names
            }
        orths = doc.to_array(ORTH).tolist()
        hits = [index for index, orth in enumerate(orths) if orth in self._hashes]
        # "Siobhán", "Zoë": names the gazetteer spells without their accents
        if not text.isascii():
            hits = sorted(set(hits) | set(self._accented_names(doc, text)))
        yield from self._possessives_without_apostrophe(doc, orths)
        for index in hits:
            token = doc[index]
            if token.text in self.word_names and token.text not in self.first_names:
                surname = self._surname(token)
                if surname is not None and surname.lower_ not in word_list("common_words.txt"):
                    yield token  # "Precious Okafor", "Hope Thompson"
            elif self._in_name_position(token):
                yield token

    def _possessives_without_apostrophe(self, doc: Doc, orths: list[int]) -> Iterable[Token]:
        """ "declans moved back in", "kaylas new fella": a first name with an s and no
        apostrophe, as chat writes the possessive (or "has"), before another word. Neither
        the name nor its s-form may be an English word ("workers"), nor the s-form a name
        of its own ("Jules", "Charles"). `orths`: the doc's words by hash (Doc.to_array)."""
        if self._possessive_hashes is None:
            common = word_list("common_words.txt")
            forms = {
                f"{name}s"
                for name in self.first_names
                if len(name) > 2 and name.lower() not in common
            }
            forms = {
                f
                for f in forms
                if not _english_form(f.lower(), common) and f not in self.first_names
            }
            self._possessive_hashes = {
                doc.vocab.strings.add(f) for f in forms | {f.lower() for f in forms}
            }
        if self._possessive_hashes.isdisjoint(orths):
            return  # most drafts have none: no walk over their words
        for index, orth in enumerate(orths):
            if orth in self._possessive_hashes and index + 1 < len(doc) and doc[index + 1].is_alpha:
                yield doc[index]

    def _accented_names(self, doc: Doc, text: str) -> Iterable[int]:
        """Token indexes of words with a non-ASCII letter whose plain spelling is a gazetteer
        name."""
        for match in _ACCENTED_WORD.finditer(text):
            if fold_accents(match.group()) in self.first_names:
                span = doc.char_span(match.start(), match.end())
                if span is not None and len(span) == 1:
                    yield span.start

    def _in_name_position(self, token: Token) -> bool:
        doc = token.doc
        previous = doc[token.i - 1] if token.i > 0 else None
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if following is not None and following.lower_ in PROPER_NAME_HEADS:
            return False  # part of a longer proper name (a street, a school): not ours
        if previous is not None and previous.lower_.rstrip(".") in ("st", "saint"):
            return False  # a saint's name: a school, church or hospital
        if (
            following is not None
            and following.lower_ in ("'s", "’s")
            and token.i + 2 < len(doc)
            and doc[token.i + 2].lower_ in ("day", "night")
            and doc[token.i + 2].is_title
        ):
            return False  # a holiday: "Valentine's Day"
        starts_sentence = (
            previous is None
            or previous.is_space
            or previous.text in (".", "!", "?", ":", '"', "“", "\n")
        )
        if not starts_sentence:
            return True
        if self._surname(token) is not None:
            return True  # "Morag Dunbar" on a line of its own
        return following is not None and following.lower_ in _AFTER_SENTENCE_START

    def _result(self, token: Token) -> RecognizerResult:
        last = _double_barrelled(self._surname(token) or token)
        return make_result("PERSON", token.idx, last.idx + len(last.text), 0.6, RULE_ID, WHY)


def _double_barrelled(last: Token) -> Token:
    """The last word of a name with its hyphenated second half: "Tegan Price-Lloyd", not
    "Tegan Price" and a "Lloyd" of its own."""
    doc = last.doc
    while (
        last.i + 2 < len(doc)
        and doc[last.i + 1].text in ("-", "‐")
        and not last.whitespace_
        and not doc[last.i + 1].whitespace_
        and doc[last.i + 2].is_title
        and doc[last.i + 2].is_alpha
    ):
        last = doc[last.i + 2]
    return last
