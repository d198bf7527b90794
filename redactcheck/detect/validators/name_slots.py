"""Name-slot validators: whether the words a name or place rule matched are a name or a
place, judged against the lexicon's word lists and the place gazetteer."""

from __future__ import annotations

import re
from functools import lru_cache

from redactcheck.detect.recognisers.ner_filters import chat_words
from redactcheck.lexicon import LEXICON
from redactcheck.lexicon.places import lowered_place_names
from redactcheck.lexicon.words import MONTHS, NAME_WORDS, NOT_NAMES, ROLE_WORDS
from redactcheck.resources import read_phrases, word_list

_MONTHS = frozenset(month.lower() for month in MONTHS)


def _first_names() -> frozenset[str]:
    return word_list("first_names.txt")


def _common_words() -> frozenset[str]:
    """Ordinary English words (never first names)."""
    return word_list("common_words.txt")


def name_like(text: str) -> bool:
    """A word in a name slot that is not a function word, day, month or ordinary word.

    One ordinary word is allowed in a two-word name ("Sarah Wood"), none alone.
    """
    words = [w.lower().strip(".,'’") for w in text.split()]
    if not words or any(w in NOT_NAMES for w in words):
        return False
    ordinary = sum(w in _common_words() for w in words)
    return ordinary == 0 or (len(words) > 1 and ordinary < len(words))


def first_name(text: str) -> bool:
    """Ends in a known first name ("sarah", "Big Tam"): for lower-case chat, where capitals give
    no signal."""
    words = text.split()
    return bool(words) and words[-1].lower() in _first_names() and not_function_word(words[-1])


def _frequent_words() -> frozenset[str]:
    """The most frequent English words and social-care words."""
    return word_list("frequent_words.txt")


def strong_name(text: str) -> bool:
    """For strong contexts ("her brother Paddy", "called Blessing"): any word but a
    function word or one of the most frequent words ("Children's Services")."""
    raw = [w.strip(".,'’") for w in re.split(r"[\s,]+", text) if w]
    words = [w.lower() for w in raw]
    if not words or any(w in NOT_NAMES for w in words):
        return False
    return all(w not in _frequent_words() or _capitalised_first_name(r) for w, r in zip(words, raw))


@lru_cache(maxsize=1)
def _professional_titles() -> frozenset[str]:
    """Titles of paid roles written before a name (models/roles/professional_titles.txt)."""
    return frozenset(read_phrases("professional_titles.txt"))


def capitals_surname_first(text: str) -> bool:
    """ "ADEBAYO, Grace": a surname in capitals, a comma and a name (`strong_name`); not a
    title in capitals set before the name it belongs to ("the police DS, Rhiannon Lloyd")."""
    return strong_name(text) and text.partition(",")[0].strip() not in _professional_titles()


def surname_then_first_name(text: str) -> bool:
    """ "Okafor, Leah": a surname, a comma and a known first name, as a record lists a person.
    The word before the comma is a known surname or no English word ("Thanks, Leah", "Sorry,
    Josh"), and no first name ("Leah, Josh": two people)."""
    surname, _, given = text.partition(",")
    first = given.split()[:1]
    last = surname.split("-")[-1].strip()
    return (
        bool(first)
        and first[0].lower() in _first_names()
        and surname_word(last)
        and last.lower() not in _first_names()
    )


def _capitalised_first_name(word: str) -> bool:
    """ "her grandad Frank", "his sister Rose": a first name that is also a word, written
    with its capital where a name is expected."""
    return (
        word[:1].isupper() and not word.isupper() and word.lower() in word_list("first_names.txt")
    )


def not_an_acronym(text: str) -> bool:
    """Dotted initials that do not spell a case note's shorthand of three letters or more
    (models/lexicon/shorthand_initials.txt): "J.M.", "A.J.K." and "J.A.M." stay a person's;
    "C.S.E." and "C.C.E." (child sexual and criminal exploitation) are shorthand with stops."""
    letters = text.replace(".", "").replace(" ", "").lower()
    return len(letters) < 3 or letters not in LEXICON.words("shorthand_initials")


def not_function_word(text: str) -> bool:
    """For strong name contexts (after a title, before an age): any word but a
    function word, day or month, since surnames are often ordinary words (Reid, Wood)."""
    words = [w.lower().strip(".,'’") for w in text.split()]
    return bool(words) and not any(w in NOT_NAMES for w in words)


def title_and_name(text: str) -> bool:
    """ "Mr Dunlop": the words after the title are not function words (the title itself is)."""
    words = text.split()
    return len(words) > 1 and not_function_word(" ".join(words[1:]))


def title_and_rare_word(text: str) -> bool:
    """ "re mr ahmed", "mrs begum" in lower-case chat: with no capital to go by, the word after the
    title must be a first name, a common surname or no ordinary English word ("ms teams" is
    nobody)."""
    words = [w.lower().strip(".,'’") for w in text.split()]
    if len(words) < 2 or any(w in NOT_NAMES for w in words[1:]):
        return False
    return all(
        w in _first_names() or w in word_list("surnames.txt") or w not in _common_words()
        for w in words[1:]
    )


def first_name_and_surname(text: str) -> bool:
    """ "mrs gwendolyn price", "the victim, precious mutasa," typed in lower case: a first name of
    the gazetteer (a word too: "precious") and, after it, a word the rule's slot has set before a
    comma or the end, so it is the surname unless it is a function word, a verb a person does, a
    role, a month, an adverb or an ordinary word with an ending put on ("jane rang,")."""
    words = [w.lower().strip(".,'’") for w in text.split()]
    if words and words[0] in LEXICON.words("titles"):
        words = words[1:]
    if len(words) != 2 or words[0] not in _first_names():
        return False
    surname = words[1]
    return not (
        surname in NOT_NAMES
        or surname in LEXICON.words("person_verbs")
        or surname in ROLE_WORDS
        or surname in _MONTHS
        or surname in chat_words()
        or surname.endswith("ly")
        or _inflected(surname)
    )


def _a_first_name(word: str) -> bool:
    """ "rose", "lili-mai", "kaylee-ann": a first name of the gazetteer, or hyphened parts each
    a first name or no ordinary word."""
    parts = word.split("-")
    return word in _first_names() or (
        len(parts) > 1 and all(part in _first_names() or unknown_word(part) for part in parts)
    )


def _a_surname(word: str) -> bool:
    """ "devine", "akhtar", "price": a surname of the gazetteer or no English word in any form,
    hyphened or not ("carrick-boyle")."""
    parts = [part for part in word.split("-") if part]
    return bool(parts) and all(
        part in word_list("surnames.txt") or unknown_word(part) for part in parts
    )


def rare_full_name(text: str) -> bool:
    """ "leanne foy", "lili-mai jenkins" typed in lower case: a first name that is no English word
    and, after it, a surname ("rose devine" needs the surer slot of `word_full_name`)."""
    words = [w.lower().strip(".,'’") for w in text.split()]
    if len(words) != 2 or words[0] in NAME_WORDS or words[0] in _common_words():
        return False
    return _a_first_name(words[0]) and _a_surname(words[1])


def word_full_name(text: str) -> bool:
    """ "rose devine, tel ...", "precious okafor, is 19": a first name that is also a word, then a
    surname, where the rule has set the two before a comma, a bracket or a dash."""
    words = [w.lower().strip(".,'’") for w in text.split()]
    return len(words) == 2 and _a_first_name(words[0]) and _a_surname(words[1])


_ROLE_SHORTHAND = re.compile(r"\s+(?:SW|CP|OT|HV)$")
_TEAM_WORDS = LEXICON.words("team_words")


def place_not_person(text: str) -> bool:
    """ "the Govan SW team", not "Lorna SW:" heading a chat message (a first name and no place
    before a bare role abbreviation is a worker), nor "Hospital Social Work Team" (ordinary words
    where the place should be)."""
    words = text.split()
    lead = []
    for word in words:
        if word.isupper() or word.lower() in _TEAM_WORDS:
            break
        lead.append(word.lower())
    if (
        lead
        and all(w in _common_words() and w not in _team_places() for w in lead)
        and " ".join(lead) not in _team_places()
    ):
        return False
    if not _ROLE_SHORTHAND.search(text):
        return True
    words = _ROLE_SHORTHAND.sub("", text).split()
    return not (
        len(words) == 1 and words[0].lower() in _first_names() and words[0].lower() not in _places()
    )


def _places() -> frozenset[str]:
    return lowered_place_names()


# the long half of a place named with "on", "upon", "under", "le" or "in" ("-on-Tees")
_LONG_HALF = re.compile(r"[- ](?:on|upon|under|le|in)[- ].*$")


@lru_cache(maxsize=1)
def _team_places() -> frozenset[str]:
    """The gazetteer's places and the short forms staff name teams by ("Stockton" of
    "Stockton-on-Tees", "Barrow" of "Barrow-in-Furness")."""
    places = _places()
    return places | {_LONG_HALF.sub("", place) for place in places}


def family_surname(text: str) -> bool:
    """ "Fairbairns", "Kowalskis", "Hughes": a plural whose singular is a surname, or none of
    whose possible singulars is an English word ("the Greens", "the Classes", "the Families"
    are not families), nor a word of chat or dialect ("the polis")."""
    word = text.lower()
    if word in chat_words():  # "the polis were there": chat's own word for the police
        return False
    singulars = {word[:-1]}
    if word.endswith("es"):
        singulars.add(word[:-2])
    if word.endswith("ies"):
        singulars.add(word[:-3] + "y")
    if any(s in word_list("surnames.txt") for s in singulars):
        return True
    return not any(s in _common_words() or s in NOT_NAMES for s in singulars)


def surname_word(text: str) -> bool:
    """ "Tregoning", "hughes" before "kids" or "family": a known surname, or no English word
    ("the other kids", "the foster family", "the school kids" are no family's name)."""
    word = text.lower().rstrip("'’")
    if word in NOT_NAMES:
        return False
    if word in _common_words():  # "Foster", "Young": a surname only where written as one
        return word in word_list("surnames.txt") and text[:1].isupper() and not text.isupper()
    return True


def unknown_word(text: str) -> bool:
    """ "tayshawn" after "does": no English word in any of its -s, -es, -ies or -ed forms,
    no function or role word, and not a shorthand of chat ("dunno", "innit")."""
    word = text.lower()
    stems = {word}
    for ending, stem in (
        ("s", ""),
        ("es", ""),
        ("ed", ""),
        ("ed", "e"),
        ("ies", "y"),
        ("ied", "y"),
        ("ing", ""),
        ("ing", "e"),
    ):
        if word.endswith(ending):
            stems.add(word[: -len(ending)] + stem)
    common = _common_words()
    return not (stems & common) and word not in NOT_NAMES and word not in chat_words()


def chat_name(text: str) -> bool:
    """ "rico", "kiera", "tamzin" in lower-case chat: a word no English word is, or a first
    name of the gazetteer that is no word too ("grace", "will" need a stronger slot)."""
    word = re.split(r"['’]", text.lower())[0]  # "reporter's got it", "she's asked": the word
    return word not in NAME_WORDS and (unknown_word(word) or first_name(word))


def name_even_if_word(text: str) -> bool:
    """For the strongest slots ("tell grace i said", "did will turn up"): a chat name, or a
    first name that is also a word."""
    return chat_name(text) or text.lower() in NAME_WORDS


def name_in_a_person_slot(text: str) -> bool:
    """For slots only a person fits, typed in lower case ("dane kicked off", "her brother paddy
    is back"): a word the slot would take anyway, or a rare English word ("dane", "paddy"; not
    a frequent one, "the rest said"), unless it is a word for an unnamed person ("boss said",
    "nobody rang"), a role or function word, chat shorthand, a month or an adverb in -ly."""
    word = re.split(r"['’]", text.lower())[0]
    if name_even_if_word(word):
        return True
    return not (
        word in _frequent_words()
        or word in NOT_NAMES
        or word in ROLE_WORDS
        or word in _MONTHS
        or word in chat_words()
        or word in LEXICON.words("people_nouns")
        or word.endswith("ly")
        or _inflected(word)
    )


def _inflected(word: str) -> bool:
    """ "drives", "worked", "shans": an ordinary word with -s, -es, -ed or -ing put on."""
    common = _common_words()
    return any(
        word.endswith(ending) and word[: -len(ending)] + stem in common
        for ending, stem in (("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("ing", ""))
    )


def family_surname_no_word(text: str) -> bool:
    """ "the hendersons have moved" in lower case, where no capital tells a family from a
    plural: a family's surname only if no singular is an ordinary word ("the roses were")."""
    word = text.lower()
    if word[:2] in ("o'", "o’") and len(word) > 4:  # "the o'neills": an Irish surname by its form
        return True
    singulars = {word[:-1], word[:-2] if word.endswith("es") else word[:-1]}
    if word.endswith("ves"):  # "the knives", "the halves": a plural of "-f" or "-fe"
        singulars |= {word[:-3] + "f", word[:-3] + "fe"}
    return family_surname(text) and not any(
        s in _common_words() or s in NOT_NAMES or s in NAME_WORDS for s in singulars
    )


def named_house(text: str) -> bool:
    """ "oak lodge", "rowan house" in lower case: the words before "house" or "lodge" name it,
    so none is a frequent word, a function, kin or role word, or a possessive without its
    apostrophe ("the safe house", "his nans house", "the mates house" name no house)."""
    words = text.lower().split()[:-1]
    return bool(words) and not any(
        w in _frequent_words() or w in NOT_NAMES or w in ROLE_WORDS or w.endswith(("s", "'", "’"))
        for w in words
    )


def name_that_is_a_word(text: str) -> bool:
    """ "said Hope was asleep": a first name that is also an ordinary word, which the model
    and the first-name list leave alone; the rule's slot is the evidence."""
    word = text.lower()
    return word in NAME_WORDS and word not in _MONTHS  # "March was cold and May was wet"


def place_name(text: str) -> bool:
    """ "paisley sheriff ct": the words before the court word are a place in the gazetteer."""
    words = text.lower().split()
    lead = []
    for word in words:
        if word.rstrip("'") in (
            "sheriff",
            "magistrates",
            "mags",
            "crown",
            "family",
            "county",
            "youth",
        ):
            break
        lead.append(word)
    return bool(lead) and " ".join(lead) in _places()


_TEAM_SHORTHAND = re.compile(
    r"(?:\s+(?:team|cp|sw|camhs|cmht|yjs|yot|mash|work|care|support|asp|office|hub|cin|lac"
    r"|adult\s+protection|early\s+help|edge\s+of))+$"
)


def place_before_team(text: str) -> bool:
    """ "cardiff east locality team", "north liverpool locality": the words left once the team's
    words (team_words.txt and the team shorthand) are taken off both ends are a place the
    gazetteer knows ("the new locality team" is none), or a name no English word is
    ("the ferncombe locality team": a place the gazetteer does not hold)."""
    words = _TEAM_SHORTHAND.sub("", text.lower()).split()
    while words and words[-1] in _TEAM_WORDS:
        words.pop()
    while words and words[0] in _TEAM_WORDS:
        words.pop(0)
    return bool(words) and (
        " ".join(words) in _team_places()
        or (
            all(word in _COMPASS or _unlisted_place(word) for word in words)
            and not all(word in _COMPASS for word in words)
        )
    )


_COMPASS = frozenset({"north", "south", "east", "west", "central", "mid", "upper", "lower"})


def _unlisted_place(word: str) -> bool:
    """ "ferncombe", "thanet": a word of five letters or more that no English word, chat word or
    shorthand is (not "cmht", "ncc"), nor a word with an apostrophe ("adults'")."""
    return len(word) >= 5 and word.isalpha() and unknown_word(word)


_WELSH_PARTICLES = frozenset({"y", "yr", "ysgol", "coleg"})


def welsh_school(text: str) -> bool:
    """ "ysgol nant yr eithin", "coleg menai": after the particles, no English or function word
    ("the ysgol gynradd was nearby" names no school)."""
    words = [w for w in text.lower().split() if w not in _WELSH_PARTICLES]
    return bool(words) and not any(w in _common_words() or w in NOT_NAMES for w in words)


def local_place(text: str) -> bool:
    """ "the Ness", "the Broch": each word a place the gazetteer knows, or no English word
    ("up the Stairs", "over the Christmas holidays" are ordinary words with a capital)."""
    words = text.lower().split()
    return bool(words) and all(
        w in _places() or (w not in _common_words() and w not in NOT_NAMES) for w in words
    )
