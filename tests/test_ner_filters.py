"""Every known misreading of the NER model has a row here that fails without its filter.

The rows go through the real recogniser (`NerRecognizer.distinctive` and `classify`) on a
real parse, with the shipped word lists, so a row fails when the predicate in
`detect/recognisers/ner_filters.py`, or the line in `ner.py` that asks it, is taken out.
"""

from __future__ import annotations

import pytest

from redactcheck.detect.recognisers.ner import NerRecognizer, classify
from redactcheck.types import Category

PERSON, LOCATION = Category.PERSON, Category.LOCATION


@pytest.fixture(scope="module")
def ner(linter) -> NerRecognizer:
    return next(r for r in linter.engine.recognisers if isinstance(r, NerRecognizer))


def _span(linter, sentence: str, phrase: str, label: str = "PERSON"):
    doc = linter.engine.nlp(sentence)
    start = sentence.index(phrase)
    span = doc.char_span(start, start + len(phrase), label=label)
    assert span is not None, phrase
    return span


# (sentence, entity, category, distinctive?, the filter the row pins and why)
# fmt: off
DISTINCTIVE = [
    ("Seen on 3 May.", "3 May", Category.DATE, True, "a date is exempt from the word test"),
    ("She sent a card on Valentine's Day.", "Valentine", PERSON, False,
     "names_a_holiday: the name in a holiday is nobody"),
    ("Closed on St David's Day.", "St David's Day", PERSON, False,
     "names_a_holiday: the holiday itself is nobody"),
    ("I'm on leave Thurs and back Monday.", "Thurs", PERSON, False,
     "day_or_chat_word: a weekday's short form"),
    ("Ffs that was the third time.", "Ffs", PERSON, False,
     "day_or_chat_word: chat shorthand with a sentence's capital"),
    ("Partway through the visit she left.", "Partway", LOCATION, False,
     "capitalised_word_at_sentence_start: an ordinary word's capital"),
    ("Dear Sir, I write about my son.", "Sir", PERSON, False,
     "form_of_address: a title alone is no name ('Dear Sir')"),
    ("Dear Madam, thank you.", "Madam", PERSON, False, "form_of_address: 'madam'"),
    ("Stay curious about the family.", "Stay curious", PERSON, False,
     "ordinary_phrase: ordinary words with a sentence's capital"),
    ("The report was signed by Mr J. Crow today.", "J. Crow", PERSON, True,
     "has_name_marker: an initial makes an ordinary word a surname"),
    ("The book is Hers now.", "Hers", PERSON, False, "only_pronouns: a pronoun is no one"),
    ("Her NQSW placement portfolio is due.", "NQSW placement portfolio", PERSON, False,
     "shorthand_and_ordinary_words: shorthand and lower-case words, no name"),
    ("We held a DoLS Review last week.", "DoLS Review", PERSON, False,
     "words_besides_shorthand: the shorthand does not make the rest a name"),
    ("The notes were then Anonymised by me.", "Anonymised", PERSON, False,
     "looks_like_a_word: a capitalised word with an ordinary ending"),
    ("We went to Counting Together on Monday.", "Counting Together", PERSON, False,
     "starts_with_a_verb: a group named by an -ing word"),
    ("She lives in Ankara with her aunt.", "Ankara", LOCATION, True,
     "town_after_a_preposition: a city the word list also holds, after 'in'"),
    ("Taken to the Royal Infirmary by ambulance.", "Royal Infirmary", LOCATION, True,
     "two capitalised words need only one that is not frequent"),
    ("The Penhaligon children were on the register.", "Penhaligon children",
     Category.INSTITUTION, False,
     "family_by_surname: a surname and a family word are no organisation"),
    ("The Grant is open to carers.", "Grant", PERSON, False,
     "after_an_article: one word after an article is a noun (a truecased 'the grant')"),
    ("Ysgol is the Welsh word for school.", "Ysgol", PERSON, False,
     "only_welsh_heads: a Welsh street or school word alone is a word"),
    ("in welsh heol and ffordd both mean road", "heol and ffordd", PERSON, False,
     "only_welsh_heads: also in lower case"),
    # a lower-case entity: only in a draft typed in lower case
    ("seen wi kayden at the park", "kayden", PERSON, True, "lower_case_name: a first name"),
    ("ffs he did it again", "ffs", PERSON, False, "chat_grammar_word: chat shorthand"),
    ("howay man he was fine", "howay", PERSON, False, "chat_grammar_word: a dialect word"),
    ("he was on subutex then", "subutex", PERSON, False, "chat_grammar_word: a drug's name"),
    ("the amhp came out", "amhp", PERSON, False, "chat_grammar_word: care shorthand"),
    ("back on tue i think", "tue", PERSON, False, "chat_grammar_word: a weekday"),
    ("due in june i think", "june", PERSON, False, "chat_grammar_word: a month, not June"),
    ("seen kayden his mum", "kayden his", PERSON, False,
     "chat_grammar_word: a pronoun read into a name"),
    ("the cllr came out", "cllr", PERSON, False, "chat_grammar_word: a title"),
    ("she was greetin all night", "greetin", PERSON, False, "dropped_g: 'greeting'"),
    ("he hasnae been in", "hasnae", PERSON, False, "scots_negative: 'has not'"),
    ("kids in the doorways again", "doorways", PERSON, False, "regular_form: a plural"),
]
# fmt: on


@pytest.mark.parametrize(
    ("sentence", "phrase", "category", "expected", "reason"),
    DISTINCTIVE,
    ids=[row[4].split(":")[0] + "-" + row[1] for row in DISTINCTIVE],
)
def test_distinctive(linter, ner, sentence, phrase, category, expected, reason) -> None:
    assert ner.distinctive(_span(linter, sentence, phrase), category) is expected, reason


# (sentence, entity, spaCy label, lower-case draft?, category or None, why)
# fmt: off
CLASSIFY = [
    ("They moved to Wales last year.", "Wales", "GPE", False, None, "a nation is too broad"),
    ("Young people in Wales said so.", "Wales", "PERSON", False, None,
     "a nation read as a name is too broad"),
    ("Referred by the NHS in May.", "NHS", "GPE", False, None, "an acronym is no place"),
    ("The CJSW report was late.", "CJSW", "PERSON", False, None, "agency shorthand is no one"),
    ("Seen at A&E overnight.", "A&E", "PERSON", False, None, "an acronym with '&' is no one"),
    ("A DoLS was granted.", "DoLS", "PERSON", False, None, "mixed-case shorthand is no one"),
    ("Referred to CAMHS last week.", "CAMHS", "NORP", False, None,
     "agency shorthand is no group of people"),
    ("Seen by JB on Monday.", "JB", "PERSON", False, None, "initials alone are no name"),
    ("Passed to the NSPCC today.", "NSPCC", "ORG", False, None,
     "an acronym is no named institution"),
    ("Sent to A&E by the GP.", "A&E", "ORG", False, None, "nor is one with '&'"),
    ("Read the CoSLA guidance.", "CoSLA", "ORG", False, None,
     "mixed-case shorthand is no named institution"),
    ("Fife Council called.", "Fife Council", "ORG", False, Category.LOCAL_AUTHORITY,
     "a council is a local authority"),
    ("She is British by birth.", "British", "NORP", False, None,
     "a nationality shared by the whole country"),
    ("we saw kayden", "kayden", "PERSON", False, None, "lower case outside chat is noise"),
    ("we saw kayden", "kayden", "PERSON", True, PERSON, "lower case in a lower-case draft"),
    ("room 42 again", "42", "PERSON", True, None, "a person needs a letter"),
    ("It happened in April.", "April", "DATE", False, None, "a month alone pins no day"),
    ("Seen on 3rd March 2024.", "3rd March 2024", "DATE", False, Category.DATE, "a day"),
]
# fmt: on


@pytest.mark.parametrize(
    ("sentence", "phrase", "label", "lower_case", "expected", "reason"),
    CLASSIFY,
    ids=[f"{row[1]}-{row[2]}-{row[3]}" for row in CLASSIFY],
)
def test_classify(linter, ner, sentence, phrase, label, lower_case, expected, reason) -> None:
    span = _span(linter, sentence, phrase, label)
    assert classify(span, ner.label_map, lower_case) is expected, reason


def test_a_possessive_without_its_apostrophe_is_a_person_not_an_organisation(linter) -> None:
    """ "kaidens social worker": the model's organisation is the possessive of a name; "the
    kids bikes" is no one's."""
    found = [(f.text, f.category) for f in linter.check("kaidens social worker is off sick").findings]
    assert found == [("kaidens", "PERSON")]
    assert not linter.check("the kids bikes were left outside").findings


def test_the_lower_case_flag_travels_on_the_artifacts(linter, ner) -> None:
    """The recogniser reads a draft's `View.lower_case` from its parse's artifacts: the
    same lower-case name counts only when the draft was typed in lower case."""
    text = "i seen kayden mcbride at the shops wi his mum"
    found = {}
    for flag in (False, True):
        artifacts = next(linter.engine.nlp_engine.flagged_artifacts([(text, flag)]))
        found[flag] = [text[r.start : r.end] for r in ner.analyze(text, [], artifacts)]
    assert found[False] == [] and found[True] == ["mcbride"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("On the visit Shannon Pryde stood in the doorway with her baby.", "Shannon Pryde"),
        # a lower-case surname that is also a word stays part of the name in chat
        ("Jamie brown came round with his mum", "Jamie brown"),
        # and so does any surname in a draft typed in lower case
        ("his daughter, mrs kirsty macaulay, has been pressing for a care home", "mrs kirsty macaulay"),
        # a name ends at its possessive: what follows is its thing
        ("Also Viv Gordon's Storyboard app is free.", "Viv Gordon"),
    ],
)
def test_a_word_or_a_thing_after_a_name_is_dropped(linter, text: str, name: str) -> None:
    names = [f.text for f in linter.check(text).findings if f.category == "PERSON"]
    assert names == [name]
