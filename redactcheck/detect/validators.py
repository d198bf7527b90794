"""Named validators that YAML rules can ask for by name.

A validator takes the matched text and says whether it is a real identifier
of that kind. A checksum alone is weak evidence (one 10-digit number in 11
passes a mod-11 check), so rules pair these with context words.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Callable

from redactcheck.detect.recognisers.ner_filters import chat_words
from redactcheck.lexicon import LEXICON
from redactcheck.lexicon.places import lowered_place_names
from redactcheck.lexicon.words import NOT_NAMES
from redactcheck.resources import word_list

Validator = Callable[[str], bool]

_DIGITS = re.compile(r"\d")


def _digits(text: str) -> str:
    return "".join(_DIGITS.findall(text))


def _mod11_ok(digits: str) -> bool:
    """NHS/CHI check digit: weights 10..2 over the first nine digits.

    Source: NHS Data Dictionary, "NHS Number" (modulus 11 algorithm); the CHI
    number uses the same check (ISD Scotland, CHI number format).
    """
    if len(digits) != 10 or len(set(digits)) == 1:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def nhs(text: str) -> bool:
    """NHS number: ten digits passing the modulus-11 check."""
    return _mod11_ok(_digits(text))


def _valid_ddmmyy(digits: str) -> bool:
    day, month, year = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    for century in (1900, 2000):
        try:
            _dt.date(century + year, month, day)
            return True
        except ValueError:
            continue
    return False


def chi(text: str) -> bool:
    """CHI number: DDMMYY date of birth, then four digits, the last a mod-11 check."""
    digits = _digits(text)
    return len(digits) == 10 and _valid_ddmmyy(digits) and _mod11_ok(digits)


# HMRC NIM39110: prefixes never issued; first letter not D F I Q U V, second not D F I O Q U V.
_NINO_BAD_PREFIXES = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})
_NINO = re.compile(r"^([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])(\d{6})([A-D])$")


def nino(text: str) -> bool:
    """National Insurance number with an issuable prefix and an A-D suffix."""
    compact = re.sub(r"[\s-]", "", text).upper()
    match = _NINO.match(compact)
    if match is None:
        return False
    return match.group(1) + match.group(2) not in _NINO_BAD_PREFIXES


def luhn(text: str) -> bool:
    """Payment card numbers (ISO/IEC 7812 Luhn check)."""
    digits = _digits(text)
    if not 12 <= len(digits) <= 19:
        return False
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


_DATE_PARTS = re.compile(r"(\d{1,4})[./\-](\d{1,2})[./\-](\d{2,4})")


def date(text: str) -> bool:
    """A numeric day/month/year that exists in the calendar (UK order)."""
    match = _DATE_PARTS.search(text)
    if not match:
        return True  # written-out dates are checked by the pattern itself
    day, month, year = (int(g) for g in match.groups())
    if day > 31 and year <= 31:  # ISO order 2011-04-03
        day, year = year, day
    if year < 100:
        year += 2000 if year <= 30 else 1900
    try:
        _dt.date(year, month, day)
    except ValueError:
        return False
    return 1900 <= year <= 2100


# gov.uk Bulk Data Transfer: postcode format (outward A9, A99, AA9, AA99, A9A, AA9A).
_POSTCODE = re.compile(
    r"^(GIR ?0AA|[A-PR-UWYZ](\d[\dA-HJKPS-UW]?|[A-HK-Y]\d[\dABEHMNPRV-Y]?)"
    r" ?\d[ABD-HJLNP-UW-Z]{2})$",
    re.IGNORECASE,
)


def postcode(text: str) -> bool:
    """A full UK postcode in the Royal Mail format."""
    return bool(_POSTCODE.match(text.strip()))


VALIDATORS: dict[str, Validator] = {
    "chi": chi,
    "nhs": nhs,
    "nino": nino,
    "luhn": luhn,
    "date": date,
    "postcode": postcode,
}


def uk_phone(text: str) -> bool:
    """A UK number as dialled: 0 + 9 or 10 digits (Ofcom numbering plan), +44 allowed."""
    compact = re.sub(r"[^\d+]", "", text)
    if compact.startswith("+44"):
        compact = "0" + compact[3:].lstrip("0")
    elif compact.startswith("0044"):
        compact = "0" + compact[4:].lstrip("0")
    if not compact.startswith("0") or compact[1:2] not in ("1", "2", "3", "7", "8"):
        return False
    return len(compact) in (10, 11)


def not_date(text: str) -> bool:
    """A reference number that is not merely a date such as 12/03/24."""
    return not (_DATE_PARTS.fullmatch(text.strip()) and date(text))


VALIDATORS.update({"uk_phone": uk_phone, "not_date": not_date})


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


def _capitalised_first_name(word: str) -> bool:
    """ "her grandad Frank", "his sister Rose": a first name that is also a word, written
    with its capital where a name is expected."""
    return (
        word[:1].isupper() and not word.isupper() and word.lower() in word_list("first_names.txt")
    )


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
        and all(w in _common_words() and w not in _places() for w in lead)
        and " ".join(lead) not in _places()
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


def family_surname(text: str) -> bool:
    """ "Fairbairns", "Kowalskis": a plural whose singular is a surname or no English word
    ("the Greens", "the Saints" are not families)."""
    word = text.lower()
    singulars = {word[:-1], word[:-2]} if word.endswith("es") else {word[:-1]}
    return any(
        s in word_list("surnames.txt") or (s not in _common_words() and s not in NOT_NAMES)
        for s in singulars
    )


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


def local_place(text: str) -> bool:
    """ "the Ness", "the Broch": each word a place the gazetteer knows, or no English word
    ("up the Stairs", "over the Christmas holidays" are ordinary words with a capital)."""
    words = text.lower().split()
    return bool(words) and all(
        w in _places() or (w not in _common_words() and w not in NOT_NAMES) for w in words
    )


VALIDATORS.update(
    {
        "name_like": name_like,
        "surname_word": surname_word,
        "unknown_word": unknown_word,
        "place_name": place_name,
        "local_place": local_place,
        "first_name": first_name,
        "not_function_word": not_function_word,
        "title_and_name": title_and_name,
        "strong_name": strong_name,
        "title_and_rare_word": title_and_rare_word,
        "place_not_person": place_not_person,
        "family_surname": family_surname,
    }
)
