"""English grammar, spelt out once: function words, pronouns, months, weekdays and number words.

These are the only word lists written in Python (DESIGN.md, rule of style 3). Every list of
domain knowledge (titles, kin words, names that are words, closings ...) is a file under
`models/lexicon/` that code names through `LEXICON`; the few shared sets composed from both are
built at the end of this module.
"""

from __future__ import annotations

import re

from redactcheck.lexicon import LEXICON

PRONOUNS = frozenset("i me my you your he him his she her it its we us our they them their".split())
# The pronouns that stand for someone already named ("she", "them"): a sentence that says one
# speaks of that person.
THIRD_PERSON_PRONOUNS = frozenset("he him his she her they them their".split())
DETERMINERS = frozenset("the a an this that these those".split())
ARTICLES = frozenset("a an the".split())
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten".split())
# Capitalised words that open a sentence after a full stop ("Mr J. She said ..."): pronouns,
# determiners, conjunctions, time words, and the kin words a note starts with.
SENTENCE_OPENERS = (
    *"She He They It We I Her His Their The This That But And So Then When After Later".split(),
    *"Both Mum Dad".split(),
)
# Weekdays in lower case with their short forms ("weds" aside), for membership tests.
WEEKDAY_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday "
    "mon tue tues wed thu thurs fri sat sun".split()
)
# Number words and their values: units (with the spoken zeros "oh", "nought", "nil"), teens
# and tens, the words of compound numbers ("thirty-one", "two thousand and ten").
UNIT_VALUES = {
    "zero": 0,
    "oh": 0,
    "nought": 0,
    "nil": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
# The digits as radio operators say them, read only inside a number said digit by digit
# ("zero seven niner ... fife six"): alone, "Fife" is a Scottish council.
RADIO_DIGITS = {"niner": 9, "fife": 5}
TEEN_VALUES = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TEN_VALUES = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
# The cardinal words from zero to ninety, without the spoken zeros.
CARDINAL_VALUES = {
    **{w: v for w, v in UNIT_VALUES.items() if w not in ("oh", "nought", "nil")},
    **TEEN_VALUES,
    **TEN_VALUES,
}
TIME_WORDS = frozenset(
    "today yesterday tomorrow tonight morning afternoon evening night week".split()
)
CONJUNCTIONS = frozenset("but and or so then if because".split())
QUESTION_WORDS = frozenset(
    "when what who why how where whoever whatever whichever wherever whenever however".split()
)
# English endings that make a new word of a word ("fix" -> "fixable", "befriend" ->
# "befrienders"), each with what the word ended in before it ("use" -> "usable": "e")
DERIVATIONAL_ENDINGS: tuple[tuple[str, str], ...] = tuple(
    (ending.removesuffix("+e"), "e" if ending.endswith("+e") else "")
    for ending in (
        "able able+e ible ably ance ence ment ments ist ists ism ity ful less ers ers+e"
    ).split()
)
ANSWER_WORDS = frozenset("not no yes ok okay there here".split())
AUXILIARIES = frozenset(
    "was is are be been has have had will would could should can did does do".split()
)
ADVERBS = frozenset("just also still again only really very".split())
QUANTIFIERS = frozenset("all any some every each both either neither".split())
ORDER_WORDS = frozenset("first last next new old".split())
PREPOSITIONS = frozenset(
    (
        "after before about with from into onto over under at on in of for to by as up down out off"
    ).split()
)

# Words before an acronym that still leave it a label ("the CHI", "DoLS ref of").
LABEL_FUNCTION_WORDS = ARTICLES | frozenset("of and or in at on to for with from".split())
# Function words in a table cell or heading, around the words that carry its meaning.
CELL_FUNCTION_WORDS = ARTICLES | frozenset(
    "and or of in on at to for with by from is are was be our your my their its vs".split()
)
# Words that make a line a sentence, not a signature's name, role, organisation or contact line.
PROSE_WORDS = (
    frozenset("i me my we our you your he him his she her they them their it its".split())
    | frozenset("were being shall may might must lives lived living said says told tell".split())
    | frozenset("asked wants wanted needs needed going went got gets who which".split())
    | frozenset("that this these those there if but because when where why how not no yes".split())
    | frozenset("is are was be been has have had do does did will would can could should".split())
)

# Grammar words that fill a name slot in a rule ("with her", "on Monday", "every one") but are
# never a name.
GRAMMAR_NOT_NAMES = (
    PRONOUNS
    | DETERMINERS
    | frozenset(w.lower() for w in WEEKDAYS + MONTHS)
    | TIME_WORDS
    | CONJUNCTIONS
    | QUESTION_WORDS
    | ANSWER_WORDS
    | AUXILIARIES
    | ADVERBS
    | QUANTIFIERS
    | NUMBER_WORDS
    | ORDER_WORDS
    | PREPOSITIONS
)

# Shared sets that the lexicon's files supply (read once, here, for every module that uses them).
TITLES = LEXICON.words("titles")
# Titles as written before a name, with the kin words that are titles only with a capital.
WRITTEN_TITLES = TITLES | LEXICON.words("kin_titles")
ROLE_WORDS = LEXICON.words("role_words")
NAME_WORDS = LEXICON.words("names_that_are_words")
# Words that fill a name slot in a grammar rule but are not names.
NOT_NAMES = GRAMMAR_NOT_NAMES | LEXICON.words("name_slot_words") | TITLES


def _closing_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """A closing line alone ("Kind regards,", "Thanks so much!", "x"), or the "-- " that opens an
    e-mail signature."""
    spelt = (r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(r"(?i)^\s*(?:" + "|".join(spelt) + r")\b[\s,.!x]*$|^--\s*$")


CLOSING = _closing_pattern(LEXICON.phrases("closings"))


# --- English grammar for the NER filters (pronouns, months, weekdays, prepositions) ----------

# Pronouns that stand for a person, possessive ones ("hers") among them: a model's PERSON
# that is only these is no one.
PERSON_PRONOUNS = (PRONOUNS - frozenset({"my", "your", "its"})) | frozenset(
    "mine yours hers ours theirs".split()
)
MONTH_WORDS = frozenset(m.lower() for m in MONTHS)
# Weekdays as chat types them, "weds" and "thur" too ("I'm on leave Thurs").
# A chat export's time stamp: "12/03/2025, 19:02", "12/03/2025 19:02:33", "3/4/25, 7:02 pm"
# (WhatsApp on Android and iOS); the sender's name and the message follow it.
CHAT_STAMP = r"\d{1,2}/\d{1,2}/\d{2,4},?[ \t]+\d{1,2}[:.]\d{2}(?::\d{2})?(?:[ \t]*[ap]m)?"
TYPED_WEEKDAYS = (
    WEEKDAY_WORDS | frozenset({"weds", "thur"}) | frozenset(d.lower() + "s" for d in WEEKDAYS)
)  # "on Sundays"
# Prepositions of place: "lives in Ankara", "a lawyer practising in Istanbul".
LOCATIVE_PREPOSITIONS = frozenset(
    "in at from near outside around across through via between into towards of".split()
)
# Determiners and possessives before a name or place that are no part of it ("the", "her").
LEADING_DETERMINERS = frozenset({"the", "her", "his", "their", "my", "our", "your", "a", "an"})
