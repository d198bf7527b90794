"""A normalised view of a draft, with a map from every view character back to the draft.

Identifiers are often written in ways no recogniser reads: a name with a zero-width
space inside it, a postcode with a Cyrillic letter, a phone number spaced out digit by
digit or said in words, an e-mail address written "at ... dot com", a name inside a
hashtag or a web address. The detectors read a view in which these are undone; every
finding is then reported on the characters the user wrote (`Normalised.to_original`),
so `line:col`, redaction, baselines and inline directives all point at the draft.

The view is built in passes (characters, then tokens, then links and tags). Each pass
is a list of non-overlapping `Edit`s on its input; a view character remembers the span
of draft characters it came from. A draft with nothing to undo costs one regex scan and
gets no view at all (`Normalised.text is original`).

A normalisation must never turn ordinary text into a finding: spaced capitals in a
heading, version numbers, dotted section numbers and prices are left as written.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from typing import Callable, Iterable, NamedTuple, Sequence

from redactcheck.detect.regex.stored import STORE
from redactcheck.detect.regex.trie import trie_alternation
from redactcheck.detect.validators.checksums import chi, nhs, not_placeholder, uk_phone
from redactcheck.lexicon import LEXICON
from redactcheck.lexicon.places import ambiguous, lowered_place_names
from redactcheck.lexicon.words import (
    GRAMMAR_NOT_NAMES,
    NAME_WORDS,
    PROSE_WORDS,
    RADIO_DIGITS,
    TEEN_VALUES,
    TEN_VALUES,
    UNIT_VALUES,
    WEEKDAY_WORDS,
    WRITTEN_TITLES,
)
from redactcheck.resources import data_dir

# --- how each normalisation is described to the user ("written" on a Finding) ---
INVISIBLE = "written with invisible characters inside it"
REVERSED = "written backwards between right-to-left override marks"
SPACES = "written with unusual space characters"
FULL_WIDTH = "written in full-width characters"
RAISED = "written in superscript or subscript digits"
OTHER_DIGITS = "written with digits from another script"
DASHES = "written with long dashes between the digits"
HYPHEN = "written with a hyphen character from outside ASCII"
ACCENTS = "written with accents as separate combining marks"
LOOKALIKE = "written with look-alike letters from another alphabet"
LOOKALIKE_DIGITS = "written with letters from another alphabet in place of digits"
SPACED_DIGITS = "written with spaces or dots between the digits"
SPACED_LETTERS = "written with spaces or dots between the letters"
LEET = "written with digits in place of letters"
DRAWN = "written with signs drawn as letters"
O_FOR_ZERO = "written with the letter O in place of zero"
SCANNED = "written with letters in place of digits, as a scan misreads them"
LETTER_DIGITS = "written with letters in place of digits"
NO_ZERO = "written without its leading 0"
BAR_FOR_ONE = "written with a bar | in place of the digit 1"
ODD_SIGNS = "written with signs other than spaces between the groups of digits"
NUMBER_WORDS = "written in words"
EMAIL_WORDS = 'written out with "at" and "dot"'
HANDLE = "written without the @, next to the platform's name"
PROFILE_NAME = "written as a first name and surname in words, next to the platform's name"
SPACED_HANDLE = "written with a space after the @"
IN_LINK = "written inside a web address, file name, hashtag or tag"
HTML_TAGS = "written with HTML tags glued to it"
LETTER_LIKE = "written in small capitals or other letter-like symbols"
VERTICAL = "written one letter to a line"
SPLIT_WORD = "written with a space inside the word"
IN_TABLE = "written in a table, under its column's heading"
LABEL_ABOVE = "written on the line under its label"
WRAPPED = "written broken across a line end after a hyphen"

# format characters, and the invisible ones outside that class: the grapheme joiner, the
# variation selectors (a name followed by an emoji's selector) and the tag characters
_FORMAT = (
    "\u00ad\u061c\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
    "\u034f\u180b-\u180d\u180f\ufe00-\ufe0f\U000e0001\U000e0020-\U000e007f"
    "\U000e0100-\U000e01ef"
)
_ODD_SPACES = (
    "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)


# the ways of writing a name that no one uses for an ordinary word
_DISGUISES = frozenset({LEET, DRAWN, LOOKALIKE, SPACED_LETTERS, LETTER_LIKE, SPLIT_WORD})


@dataclass(frozen=True)
class Edit:
    """Replace input[start:end] with `replacement`; `spans` gives, for each replacement
    character, the input span it stands for (default: the whole edited span)."""

    start: int
    end: int
    replacement: str
    how: str
    spans: tuple[tuple[int, int], ...] | None = None
    names: tuple[tuple[int, int], ...] = ()  # first names read in the replacement (links)


class Split(NamedTuple):
    """A link-like token read as words: the words, the token span each character stands
    for, and where the first names are among the words."""

    text: str
    spans: list[tuple[int, int]]
    names: tuple[tuple[int, int], ...]


@dataclass
class Normalised:
    """The view the detectors read, and how to get from it back to the draft."""

    original: str
    text: str
    starts: list[int] | None = None  # per view character: first draft character it stands for
    ends: list[int] | None = None  # per view character: one past the last
    written: list[tuple[int, int, str]] = field(
        default_factory=list
    )  # draft spans and how they were written
    tokens: list[tuple[int, int]] = field(
        default_factory=list
    )  # draft spans of links, paths, hashtags, tags
    names: list[tuple[int, int]] = field(
        default_factory=list
    )  # view spans of the first names read inside those tokens
    disguised: list[tuple[int, int]] = field(
        default_factory=list
    )  # view spans of first names written in disguise (leetspeak, spaced, other alphabets)

    @property
    def changed(self) -> bool:
        return self.starts is not None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The draft span that view[start:end] was made from."""
        if self.starts is None or self.ends is None or end <= start:
            return start, end
        end = min(end, len(self.starts))
        start = min(start, end - 1)
        return min(self.starts[start:end]), max(self.ends[start:end])

    def how_written(self, start: int, end: int) -> str | None:
        """How the identifier at draft[start:end] was written, if a normalisation read it."""
        hows = [how for s, e, how in self.written if s < end and start < e]
        return ", ".join(dict.fromkeys(hows)) if hows else None

    def with_marks(self, start: int, end: int) -> tuple[int, int]:
        """draft[start:end], or with the override marks around it when it is all of a run
        written backwards, so its replacement is not shown backwards."""
        for s, e, how in self.written:
            outside = self.original[s:start] + self.original[end:e]
            if how == REVERSED and s <= start and end <= e and not any(map(str.isalnum, outside)):
                return s, e
        return start, end

    def token_around(self, start: int, end: int) -> tuple[int, int] | None:
        """The link, path, hashtag or tag that draft[start:end] lies in."""
        return next(((s, e) for s, e in self.tokens if s <= start and end <= e), None)


def apply_edits(text: str, edits: Sequence[Edit]) -> tuple[str, list[int], list[int]]:
    """The edited text and, per character, the input span it stands for."""
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    at = 0
    for edit in edits:
        pieces.append(text[at : edit.start])
        starts.extend(range(at, edit.start))
        ends.extend(range(at + 1, edit.start + 1))
        pieces.append(edit.replacement)
        spans = edit.spans or ((edit.start, edit.end),) * len(edit.replacement)
        starts.extend(s for s, _ in spans)
        ends.extend(e for _, e in spans)
        at = edit.end
    pieces.append(text[at:])
    starts.extend(range(at, len(text)))
    ends.extend(range(at + 1, len(text) + 1))
    return "".join(pieces), starts, ends


def _non_overlapping(edits: Iterable[Edit]) -> list[Edit]:
    """Edits sorted by start; of two that overlap the earlier (then longer) one wins."""
    chosen: list[Edit] = []
    for edit in sorted(edits, key=lambda e: (e.start, -(e.end - e.start))):
        if not chosen or edit.start >= chosen[-1].end:
            chosen.append(edit)
    return chosen


# --------------------------------------------------------------------------- pass 1: characters


def _confusables() -> dict[str, str]:
    table = {}
    for line in (
        (data_dir("models") / "lexicon" / "confusables.tsv")
        .read_text(encoding="utf-8")
        .splitlines()
    ):
        if line and not line.startswith("#"):
            char, ascii_, _ = line.split("\t", 2)
            # the data reads capital I as l (they look alike); a capital iota or Ukrainian I
            # ("Ιsla") stands for I
            table[char] = "I" if ascii_ == "l" and char.isupper() else ascii_
    return table


# Letter-like symbols read from their Unicode names: small capitals ("ᴋᴀʏʟᴀ"), circled and
# squared letters, plain or negative ("ⓚⓐⓨⓛⓐ", "🄺🄰🅈", "🅺🅰🆈"), and the regional
# indicators flags are made of; NFKC leaves some alone and folds the others without the
# capital a name needs. The blocks are the ones that hold them (IPA, phonetic extensions,
# enclosed alphanumerics, Latin extended-D and the enclosed alphanumerics supplement).
_LETTER_LIKE_BLOCKS = (
    (0x0250, 0x02B0),
    (0x1D00, 0x1D80),
    (0x24B6, 0x24EA),
    (0xA720, 0xA800),
    (0x1F100, 0x1F200),
)
_LETTER_LIKE_NAME = STORE.compile(
    r"LATIN LETTER SMALL CAPITAL ([A-Z])"
    r"|(?:NEGATIVE )?(?:CIRCLED|SQUARED) LATIN (?:CAPITAL|SMALL) LETTER ([A-Z])"
    r"|REGIONAL INDICATOR SYMBOL LETTER ([A-Z])"
)


def _letter_like() -> dict[str, str]:
    """ "ᴋ" -> "k", "🅺" -> "k": every symbol whose Unicode name says which letter it is."""
    table = {}
    for low, high in _LETTER_LIKE_BLOCKS:
        for code in range(low, high):
            m = _LETTER_LIKE_NAME.fullmatch(unicodedata.name(chr(code), ""))
            if m:
                table[chr(code)] = next(filter(None, m.groups())).lower()
    return table


_FORMAT_CHAR = STORE.compile(f"[{_FORMAT}]")
_ODD_SPACE = STORE.compile(f"[{_ODD_SPACES}]")
_BIDI_OVERRIDE = STORE.compile("\u202e([^\u202a-\u202e\u2066-\u2069\n]*)(?:\u202c|(?=\n)|$)")
_MARK = STORE.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_COMBINING = STORE.compile(rf"[^\W\d_]{_MARK.pattern}+")
# (and the small forms of signs, "﹫" and "﹒" in an address)
_FULL_WIDTH = STORE.compile("[\uff01-\uff5e\U0001d400-\U0001d7ff\u2460-\u24ff\ufe50-\ufe6b]+")
# digits of other scripts ("٠٧٧٠٠"), and long dashes between digits ("07700–900–123")
# circled numbers from 10 to 20: each one sign for two digits
# a Roman numeral of one letter inside a word of Latin letters: "Kayⅼa" (a small roman fifty)
_ROMAN_NUMERAL = STORE.compile("[\u2160-\u216f\u2170-\u217f]")
_ROMAN_LETTER = STORE.compile(
    "(?<=[A-Za-z])[\u2160\u2164\u2169\u216c-\u216f\u2170\u2174\u2179\u217c-\u217f]"
    "|[\u2160\u2164\u2169\u216c-\u216f\u2170\u2174\u2179\u217c-\u217f](?=[A-Za-z])"
)
_CIRCLED_NUMBER = STORE.compile("[\u2469-\u2473]")
_OTHER_DIGITS = STORE.compile(r"(?:(?![0-9])\d)+")
_DASH = STORE.compile("[\u2010-\u2015\u2212]")
_DASH_IN_NUMBER = STORE.compile(rf"(?<=\d){_DASH.pattern}(?=\d)")
# the hyphen characters (not the dashes) inside a double-barrelled name: "Kayla‐Brodie"
_HYPHEN_IN_WORD = STORE.compile_guarded(r"(?<=[^\W\d_])[\u2010\u2011](?=[^\W\d_])")
# an ideographic full stop inside an address ("kayla。brodie＠gmail。com")
_WIDE_STOP = STORE.compile(r"(?<=[^\W_])[\u3002\uff61](?=[^\W_])")
# superscript and subscript digits, read as digits when three or more come together
_RAISED_DIGITS = STORE.compile("[\u00b2\u00b3\u00b9\u2070\u2074-\u2079\u2080-\u2089]+")


def _character_edits(
    text: str,
    confusables: dict[str, str],
    mixed_token: re.Pattern[str],
    lookalike: re.Pattern[str],
    title: Callable[[str], str] = lambda word: word,
    known: Callable[[str], bool] = lambda word: False,
    letter_like: tuple[dict[str, str], re.Pattern[str], re.Pattern[str]] | None = None,
) -> list[Edit]:
    edits: list[Edit] = []
    held = "".join(set(text))  # each character once: see _codepoint_edits
    if letter_like and letter_like[1].search(held):
        edits.extend(_letter_like_edits(text, letter_like[0], letter_like[2], title))
    edits.extend(_codepoint_edits(text, held))
    if confusables and lookalike.search(held):
        edits.extend(_lookalike_edits(text, confusables, mixed_token, title, known))
    return _non_overlapping(edits)


_ACCENTED = STORE.compile("[\u00c0-\u00ff\u0100-\u017f]")
_VIETNAMESE = STORE.compile("[\u1ea0-\u1ef9\u0102\u0103\u01a0\u01a1\u01af\u01b0\u0110\u0111]")
_ACCENTED_WORD = STORE.compile("[A-Za-z\u00c0-\u00f6\u00f8-\u00ff\u0100-\u017f]+")


def _accent_edits(text: str, known: Callable[[str], bool]) -> list[Edit]:
    """ "Pàisley", "Márch": one accent put on a known place or a month, read without it
    (names are read by the model with their accents). A word with accents of its own
    ("Rónán", "Tùng" beside "Nguyễn", Welsh "Tîm") stays."""
    edits = []
    for m in _ACCENTED_WORD.finditer(text):
        token = m.group()
        if len(_ACCENTED.findall(token)) != 1 or _VIETNAMESE.search(
            text, max(0, m.start() - 30), m.end() + 30
        ):
            continue
        plain = "".join(
            c for c in unicodedata.normalize("NFKD", token) if not unicodedata.combining(c)
        )
        if len(plain) == len(token) and plain.isascii():
            if known(plain) or plain.lower() in _MONTH_WORDS:
                edits.append(Edit(m.start(), m.end(), plain, ACCENTS, _one_by_one(m)))
    return edits


def _one_by_one(m: re.Match[str]) -> tuple[tuple[int, int], ...]:
    """Each character of the match as its own source span."""
    return tuple((i, i + 1) for i in range(m.start(), m.end()))


def _letter_like_edits(
    text: str, table: dict[str, str], token_re: re.Pattern[str], title: Callable[[str], str]
) -> list[Edit]:
    edits: list[Edit] = []
    for m in token_re.finditer(text):
        token = m.group()
        if not any(c in table for c in token):
            continue
        plain = "".join(table.get(c, c) for c in token)
        titled = title(plain)
        replacement = titled if len(titled) == len(plain) else plain
        edits.append(Edit(m.start(), m.end(), replacement, LETTER_LIKE, _one_by_one(m)))
    return edits


def _codepoint_edits(text: str, held: str | None = None) -> list[Edit]:
    """Reversed runs, invisible and odd spaces, full-width letters and combining accents.
    Each pattern runs only where the draft holds a character every match of it needs, which
    `held` (each of the text's characters once) tells far more cheaply than a scan of the
    text: most drafts' only unusual characters are curly quotes."""
    held = "".join(set(text)) if held is None else held
    edits: list[Edit] = []
    for m in _BIDI_OVERRIDE.finditer(text) if "\u202e" in held else ():
        inner = range(m.start(1), m.end(1))
        reversed_spans = tuple((i, i + 1) for i in reversed(inner))
        edits.append(Edit(m.start(), m.end(), m.group(1)[::-1], REVERSED, reversed_spans))
    if _FORMAT_CHAR.search(held):
        edits.extend(Edit(m.start(), m.end(), "", INVISIBLE) for m in _FORMAT_CHAR.finditer(text))
    if _ODD_SPACE.search(held):
        edits.extend(Edit(m.start(), m.end(), " ", SPACES) for m in _ODD_SPACE.finditer(text))
    for m in _FULL_WIDTH.finditer(text) if _FULL_WIDTH.search(held) else ():
        folded = unicodedata.normalize("NFKC", m.group())
        if len(folded) == len(m.group()):
            edits.append(Edit(m.start(), m.end(), folded, FULL_WIDTH, _one_by_one(m)))
        elif _CIRCLED_NUMBER.fullmatch(m.group()):  # "⑭ years old": one sign, two digits
            edits.append(Edit(m.start(), m.end(), folded, FULL_WIDTH))
    for m in _ROMAN_LETTER.finditer(text) if _ROMAN_NUMERAL.search(held) else ():
        edits.append(
            Edit(m.start(), m.end(), unicodedata.normalize("NFKC", m.group()), LETTER_LIKE)
        )
    for m in _OTHER_DIGITS.finditer(text) if _OTHER_DIGITS.search(held) else ():
        digits = "".join(str(unicodedata.decimal(c)) for c in m.group())
        edits.append(Edit(m.start(), m.end(), digits, OTHER_DIGITS, _one_by_one(m)))
    edits.extend(_dash_and_digit_edits(text, held))
    for m in _COMBINING.finditer(text) if _MARK.search(held) else ():
        composed = unicodedata.normalize("NFC", m.group())
        # marks NFC cannot compose are dropped
        edits.append(Edit(m.start(), m.end(), composed[0], ACCENTS))
    return edits


# look-alike digits on their own are a number beside a street's name or other digits
_BESIDE_NUMBER = STORE.compile(r"[ \t]?[A-Z][a-z]|[ \t/.-]?\d")
_BEFORE_NUMBER = STORE.compile(r"\d[ \t/.-]?\Z")


def _dash_and_digit_edits(text: str, held: str) -> list[Edit]:
    """Long dashes between digits, Unicode hyphens inside a name, raised digits, and an
    ideographic full stop inside an address."""
    edits: list[Edit] = []
    if _DASH.search(held):
        edits.extend(Edit(m.start(), m.end(), "-", DASHES) for m in _DASH_IN_NUMBER.finditer(text))
        edits.extend(Edit(m.start(), m.end(), "-", HYPHEN) for m in _HYPHEN_IN_WORD.finditer(text))
    if _RAISED_DIGITS.search(held):
        edits.extend(_raised_digit_edits(text))
    if "\u3002" in held or "\uff61" in held:
        edits.extend(Edit(m.start(), m.end(), ".", FULL_WIDTH) for m in _WIDE_STOP.finditer(text))
    return edits


def _raised_digit_edits(text: str) -> list[Edit]:
    """ "⁰⁷⁷⁰⁰ ⁹⁰⁰⁴¹⁸": superscript or subscript digits, three or more together ("m²" and a
    footnote's "¹" stay)."""
    return [
        Edit(m.start(), m.end(), unicodedata.normalize("NFKC", m.group()), RAISED, _one_by_one(m))
        for m in _RAISED_DIGITS.finditer(text)
        if len(m.group()) >= 3
    ]


# a bar or broken bar for the digit 1 inside a number ("aged 1|4", "07700 900 4|8"); a bar
# at either end of the digits is a table's or a list's ("|14|12|", "1|2|3|")
_BAR_IN_NUMBER = STORE.compile(r"(?<![\w|\u00a6])\d+(?:[|\u00a6]\d+)+(?![\w|\u00a6])")


def _bar_for_one_edits(text: str) -> list[Edit]:
    """ "1|4" -> "14": each bar between digits read as 1. Groups that make a phone number with
    the bars between them ("07700|900|418") are left to `_sign_group_edits`."""
    edits = []
    for m in _BAR_IN_NUMBER.finditer(text):
        if _phone_in_groups(re.split(r"[|\u00a6]", m.group())):
            continue
        ones = re.sub("[|\u00a6]", "1", m.group())
        edits.append(Edit(m.start(), m.end(), ones, BAR_FOR_ONE, _one_by_one(m)))
    return edits


def _phone_in_groups(groups: list[str]) -> bool:
    """Groups of digits that together make a UK number as dialled: from 0, then 1, 2, 3, 7 or
    8, ten or eleven digits, the first group of three to five and no other of one digit."""
    digits = "".join(groups)
    return (
        10 <= len(digits) <= 11
        and re.match("0[12378]", digits) is not None
        and 3 <= len(groups[0]) <= 5
        and min(map(len, groups)) >= 2
    )


def _in_foreign_text(text: str, start: int, end: int, confusables: dict[str, str]) -> bool:
    """Letters of the word's alphabet that look like no Latin letter stand near it: it is in a
    sentence of that language ("Она сказала: мама дома."), not a disguised English word."""
    script = unicodedata.name(text[start], "").split(" ")[0]
    around = text[max(0, start - 40) : start] + text[end : end + 40]
    return any(
        c.isalpha()
        and c not in confusables
        and unicodedata.name(c, "").startswith(script + " ")
        and not c.isascii()
        for c in around
    )


# a Greek capital iota or a Cyrillic "I" standing in for the digit 1, among digits or two or
# more together ("Ι4", "07700 900 4Ι8", "ΙΙ"); one alone is the pronoun I
_IOTA_NUMBER = STORE.compile("(?=.{2})[0-9\u0399\u0406]*[\u0399\u0406][0-9\u0399\u0406]*")


def _iota_as_ones(token: str) -> str:
    return token.replace("\u0399", "1").replace("\u0406", "1")


def _code_letters(text: str, m: re.Match[str]) -> bool:
    """ "YA21 КХМ", "РС/2024/118": up to four capitals in look-alike letters joined to the
    digits of a code (a vehicle registration, a reference)."""
    return (
        len(m.group()) <= 4
        and m.group().isupper()
        and (
            _DIGITS_NEXT.match(text, m.end()) is not None
            or _BEFORE_NUMBER.search(text, max(0, m.start() - 4), m.start()) is not None
        )
    )


_DIGITS_NEXT = STORE.compile(r"[ \t/.-]?\d")


def _lookalike_age(text: str, start: int, end: int, confusables: dict[str, str]) -> bool:
    """ "aged б", "З years old": look-alike digits where an age is spoken of, in an English
    sentence."""
    spoken = _AGE_AFTER.match(text, end) or _AGE_BEFORE.search(text, max(0, start - 16), start)
    return bool(spoken) and not _in_foreign_text(text, start, end, confusables)


def _lookalike_edits(
    text: str,
    confusables: dict[str, str],
    mixed_token: re.Pattern[str],
    title: Callable[[str], str],
    known: Callable[[str], bool],
) -> list[Edit]:
    edits: list[Edit] = []
    for m in mixed_token.finditer(text):
        token = m.group()
        if not any(c in confusables for c in token):
            continue
        plain = "".join(confusables.get(c, c) for c in token)
        mixed = any(c.isascii() and c.isalnum() for c in token)
        if _IOTA_NUMBER.fullmatch(token):  # "Ι4", "59Ι9", "ΙΙ": a Greek or Cyrillic I for 1
            plain, mixed = _iota_as_ones(token), True
        if not mixed and plain.isdigit():
            if (
                not _BESIDE_NUMBER.match(text, m.end(), m.end() + 4)
                and not _BEFORE_NUMBER.search(text, max(0, m.start() - 4), m.start())
                and not _lookalike_age(text, m.start(), m.end(), confusables)
            ):
                continue  # "з" alone is a Ukrainian word; "З Albert Road" is a house number
        elif not mixed and (
            not (plain.isascii() and len(plain) > 2 and known(plain) or _code_letters(text, m))
            or _in_foreign_text(text, m.start(), m.end(), confusables)
        ):
            # a word in another alphabet stays, unless every letter is a look-alike of a known word
            continue
        titled = title(plain)
        replacement = titled if len(titled) == len(plain) else plain
        as_digit = any(confusables.get(c, "").isdigit() for c in token) or plain.isdigit()
        how = LOOKALIKE_DIGITS if as_digit else LOOKALIKE
        edits.append(Edit(m.start(), m.end(), replacement, how, _one_by_one(m)))
    return edits


# --------------------------------------------------------------------------- pass 2: tokens

_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
}
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_UNIT_RE = "|".join(k for k in UNIT_VALUES if k not in ("oh", "nil", "nought", "zero"))
_CARDINAL = (
    rf"(?:(?:{'|'.join(TEN_VALUES)})(?:[- ](?:{_UNIT_RE}))?|{'|'.join(TEEN_VALUES)}|{_UNIT_RE})"
)
_ORDINAL = (
    rf"(?:(?:twenty|thirty)[- ](?:{'|'.join(k for k, v in _ORDINALS.items() if v < 10)})|"
    rf"{'|'.join(_ORDINALS)})"
)
_YEAR_WORDS = (
    rf"(?:(?:two\s+thousand(?:\s+and)?(?:\s+{_CARDINAL})?)"
    rf"|(?:nineteen|twenty)[- ](?:{'|'.join(TEN_VALUES)}|{'|'.join(TEEN_VALUES)})"
    rf"(?:[- ](?:{_UNIT_RE}))?"
    rf"|(?:nineteen|twenty)[- ]oh[- ](?:{_UNIT_RE}))"
)
_DIGIT_WORD = (
    r"(?:oh|o|zero|nought|one|two|three|four|five|six|seven|eight|nine|niner|fife|double|triple"
    r"|treble"
    rf"|hundred|{'|'.join(TEEN_VALUES)}|{'|'.join(TEN_VALUES)})"
)
# "four hundred and eighteen": a group said as a number, its "and" inside the phone number
_PHONE_WORDS = STORE.compile_guarded(
    rf"(?i)(?<![\w+])(?:{_DIGIT_WORD}|\+?\d+)"
    rf"(?:(?:[\s,.-]+|(?<=hundred)\s+and\s+)(?:{_DIGIT_WORD}|\d+)\b){{3,}}"
)
_ORDINAL_DATE = STORE.compile_guarded(
    rf"(?i)\b(?P<ord>(?:the\s+)?{_ORDINAL}(?:\s+of)?)(?=\s+(?:{_MONTHS})\b)"
    rf"|\b(?:{_MONTHS})\s+(?P<ord2>(?:the\s+)?{_ORDINAL})\b"
)
_WEEKDAYS = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon|tues?|wed|thu|thurs|fri|sat|sun)"
)
_ORDINAL_DAY = STORE.compile(rf"(?i)\b{_WEEKDAYS}\s+the\s+(?P<ord>{_ORDINAL})\b")
# "on the ninth", read as a date only when a month or weekday is named nearby (see
# `_number_word_edits`) and no noun follows ("on the ninth floor", "the third time")
_ORDINAL_ALONE = STORE.compile(
    rf"(?i)\b(?:on|by|from|until|till|since|before|after|of|to)\s+(?P<the>the\s+(?P<ord>{_ORDINAL}))\b"
    r"(?=[ \t]*(?:[.,;:!?)\n]|$)"
    r"|\s+(?:she|he|they|we|i|it|you|and|but|or|at|when|so|then|there|his|her|their|our|my"
    r"|the|a|an|in|with|after|before|until|for|was|were|is|had|has)\b)"
)
_FULL_MONTHS = STORE.compile(
    r"\b(?:[Jj]anuary|[Ff]ebruary|[Mm]arch|[Aa]pril|May|[Jj]une|[Jj]uly|[Aa]ugust"
    r"|[Ss]eptember|[Oo]ctober|[Nn]ovember|[Dd]ecember"
    r"|[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday)\b"
)
_NUMBER_OF_HOUSE = STORE.compile(
    rf"(?i)\b(?:number|no\.?|flat|house)\s+(?P<n>{_CARDINAL})\b(?!\s+(?:of|or|times|people|kids"
    rf"|children|weeks|days)\b)"
)
_YEAR_AFTER = STORE.compile(
    rf"(?i)(?:\b(?:{_MONTHS}|{_ORDINAL})|\bborn\s+in"
    r"|\b(?:in|of|since|until|from|summer|winter|spring|autumn"
    rf"|christmas|easter))"
    rf"[\s,]+(?P<year>{_YEAR_WORDS})\b"
)
_AGE_WORDS = STORE.compile_guarded(
    rf"(?i)(?<![\w-])(?P<n>{_CARDINAL}|a\s+hundred(?:\s+and\s+{_CARDINAL})?)"
    rf"(?=[- ](?:years?|yrs?|months?|weeks?)[- ]old\b|\s*(?:yo|y/o)\b)"
    rf"|\b(?:aged|age|turned|turns|turning|is|she's|he's|shes|hes|she’s|he’s|they're|was|now|be"
    rf"|who's|who’s|whos"
    rf"|being)\s+"
    rf"(?:only\s+|just\s+|nearly\s+|almost\s+|about\s+)?"
    rf"(?P<m>{_CARDINAL})\b"
    r"(?![- ](?:of|or|times|hours|minutes|days|weeks|months|years|pounds|quid)\b)"
    r"|\b(?:at|the\s+age\s+of|from|since)\s+"
    rf"(?P<t>{'|'.join(k for k in TEEN_VALUES if k not in ('ten', 'eleven', 'twelve'))})\b"
    r"(?![- ](?:of|or|times|hours|minutes|days|weeks|months|years|pounds|quid|o'clock)\b)"
)
# a number in words in brackets after a capitalised word: "Orla (three)"
# or after a word for a child, in brackets or between commas: "her daughter (twelve)",
# "her boy, eleven, was there"
_BRACKETED_NUMBER = STORE.compile_guarded(
    rf"(?<![\w'’-])(?P<name>[A-Za-z][a-z'’-]+)(?:[ \t]*\((?P<n>(?i:{_CARDINAL}))\)"
    rf"|,[ \t]+(?P<c>(?i:{_CARDINAL})),)"
)
_CHILD_WORDS = LEXICON.words("child_words")
# and the other words for a child of the family an age follows: "the twins, six, are with gran"
_AGE_HOLDERS = _CHILD_WORDS | frozenset(
    {"twin", "twins", "brother", "sister", "youngest", "eldest", "oldest", "lad", "lass", "bairn"}
)
# a hospital ward by its number in words: "Ward Seven", "ward twelve"
_NUMBERED_ROOMS = frozenset({"ward"})
_ROOM_NUMBER = STORE.compile(rf"(?i)\bward\s+(?P<n>{_CARDINAL})\b")
_HOUSE_WORDS = STORE.compile_guarded(
    r"(?i)\b(?P<n>(?:(?:one|two|three|four|five|six|seven|eight|nine)\s+hundred(?:\s+and)?\s+)?"
    rf"{_CARDINAL})"
    r"(?=(?:\s+[a-hA-H](?=\s))?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:Road|Rd|Street|St|Avenue"
    r"|Ave|Lane|Drive"
    r"|Crescent|Terrace|Place|Court|Gardens|Way|Close|Grove|Brae|Wynd|Park|View|Square|Row|Walk"
    r"|Hill|Mews|Vale|Parade|Rise|Wharf|Quay|Croft|Meadows|Heights|Boulevard)\b)"
)


# "the twenty-second of this month"; "flat two stroke one" (a Glasgow flat, 2/1)
_ORDINAL_OF_MONTH = STORE.compile(
    rf"(?i)\b(?P<the>the\s+(?P<ord>{_ORDINAL}))(?=\s+of\s+(?:this|next|last|the)\s+month\b)"
)
_FLAT_STROKE = STORE.compile(
    rf"(?i)\bflat\s+(?P<n>(?P<a>{_CARDINAL})\s+(?:stroke|slash)\s+(?P<b>{_CARDINAL}))\b"
)


# a numeric date with its numbers in words: "fourteen/three/eleven", "14/3/twenty eleven"
_PART = rf"(?:{_CARDINAL}|\d{{1,2}})"
_SLASHED_WORD_DATE = STORE.compile(
    rf"(?i)(?<![\w/.-])(?P<d>{_PART})[ \t]*(?P<s>[/.])[ \t]*(?P<m>{_PART})[ \t]*(?P=s)[ \t]*"
    rf"(?P<y>{_YEAR_WORDS}|{_CARDINAL}|\d{{4}}|\d{{2}})(?![\w/]|[.,]\d)"
)


# a date of birth said with spaces or "of the" between its numbers, after its cue: "date of birth
# is fourteen three two thousand and eleven", "DOB 14th of the third, twenty eleven"
_SAID_DAY = rf"(?:{_ORDINAL}|{_CARDINAL}|\d{{1,2}}(?:st|nd|rd|th)?)"
_SAID_BIRTH_DATE = STORE.compile(
    rf"(?i)(?<![\w/.-])(?:the[ \t]+)?(?P<d>{_SAID_DAY})(?:[ \t]+of[ \t]+the|[ \t]*,)?[ \t]+"
    rf"(?P<m>{_ORDINAL}|{_CARDINAL}|\d{{1,2}}(?:st|nd|rd|th)?)[ \t]*,?[ \t]+"
    rf"(?P<y>{_YEAR_WORDS}|\d{{4}})\b"
)
_BIRTH_WORDS = frozenset({"born", "dob", "birth"})
_SLASH_SEED = STORE.compile(rf"(?i)[/.][ \t]*(?:\d{{1,2}}|{_CARDINAL})[ \t]*[/.]")


def words_to_number(phrase: str) -> int | None:
    """ "thirty-one" -> 31, "two thousand and ten" -> 2010, "nineteen ninety-nine" -> 1999."""
    words = [w for w in re.split(r"[\s-]+", phrase.lower()) if w and w not in ("and", "a")]
    if not words:
        return None
    if (
        len(words) >= 2
        and words[0] in ("nineteen", "twenty")
        and (words[1] in TEN_VALUES or words[1] in TEEN_VALUES or words[1] == "oh")
    ):
        rest = (
            words_to_number(" ".join(words[1:])) if words[1] != "oh" else UNIT_VALUES.get(words[-1])
        )
        return None if rest is None else (19 if words[0] == "nineteen" else 20) * 100 + rest
    total, current = 0, 0
    for word in words:
        if word in UNIT_VALUES:
            current += UNIT_VALUES[word]
        elif word in TEEN_VALUES:
            current += TEEN_VALUES[word]
        elif word in TEN_VALUES:
            current += TEN_VALUES[word]
        elif word in _ORDINALS:
            current += _ORDINALS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word == "thousand":
            total += max(current, 1) * 1000
            current = 0
        else:
            return None
    return total + current


def _ordinal_suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _after_hundred_and(digits: list[str], word: str) -> None:
    """ "four hundred and eighteen": the number after "and" takes the hundred's two zeros (418);
    a unit keeps one ("nine hundred and five": 905)."""
    digits[-1] = "0" if word in UNIT_VALUES else ""


def _spoken_digits(phrase: str) -> str:
    digits: list[str] = []
    repeat, tens, rest = 1, False, False
    for word in re.split(r"[\s,.-]+", phrase.lower().strip(".")):
        if word in ("double", "triple", "treble"):
            repeat = 2 if word == "double" else 3
            continue
        word = word.lstrip("+")
        if word in ("hundred", "and"):  # "oh seven seven hundred": 07700
            rest = word == "and" and bool(digits) and digits[-1] == "00"
            digits.extend(["00"] if word == "hundred" else [])
            continue
        if rest:
            _after_hundred_and(digits, word)
            rest = False
        if word in TEN_VALUES:  # "twenty three": 23, "twenty": 20 (read with the next word)
            digits.append(("0" if tens else "") + str(TEN_VALUES[word])[0])  # "twenty twenty"
            tens = True
            continue
        value = (
            word
            if word.isdigit()
            else str({"o": 0, **UNIT_VALUES, **RADIO_DIGITS, **TEEN_VALUES}[word])
        )
        if tens and value != "0" and len(value) == 1:
            digits.append(value)
        elif tens:
            digits.append("0" + value)
        else:
            digits.append(value[0] * repeat + value[1:])
        repeat, tens = 1, False
    if tens:
        digits.append("0")
    return "".join(digits)


_WORD_RUN = STORE.compile(r"[a-z]+")


@lru_cache(maxsize=2)
def _word_runs(text: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """The runs of letters of the lower-cased text, and their set: the token pass and the
    number pass both read them, of the same text unless the first changed it."""
    words = tuple(_WORD_RUN.findall(text.lower()))
    return words, frozenset(words)


_NUMBER_WORDS = (
    frozenset(UNIT_VALUES)
    | frozenset(TEEN_VALUES)
    | frozenset(TEN_VALUES)
    | frozenset(_ORDINALS)
    | {"thousand", "hundred"}
)
_SPOKEN_DIGITS = (
    frozenset(UNIT_VALUES)
    | frozenset(TEEN_VALUES)
    | frozenset(RADIO_DIGITS)
    | {"o", "double", "triple", "treble"}
)
_REPEAT_WORDS = frozenset({"double", "triple", "treble"})  # "077 double 0 900 418"
# a number as dialled, for a phone number with its other digits in words ("07700 nine hundred
# 418", "07700 900 4 one 8")
_DIALLED_START = STORE.compile(r"(?<![\w.])(?:0|\+?44)\d{3,}")
# a postcode's numbers said in words: capitals, and numbers up to nineteen
_POSTCODE_NUMBER_WORDS = (frozenset(UNIT_VALUES) | frozenset(TEEN_VALUES)) - {"oh", "o", "nil"}
# longest first, then in alphabetical order: the same pattern text in every process, so a start
# reads it back compiled (a set's order changes with the interpreter's hash seed)
_POSTCODE_NUMBER = rf"(?i:{'|'.join(sorted(_POSTCODE_NUMBER_WORDS, key=lambda w: (-len(w), w)))})"
_POSTCODE_WORDS = STORE.compile_guarded(
    rf"(?<![\w-])[A-Z]{{1,2}}(?:[ ,]+(?:[A-Z]{{1,2}}|{_POSTCODE_NUMBER}|\d{{1,2}})){{2,7}}(?![\w-])"
)
_MONTH_WORDS = frozenset(_MONTHS.split("|"))
_WEEKDAY_WORDS = WEEKDAY_WORDS
_AGE_CUES = LEXICON.words("age_cues")
_HOUSE_CUES = LEXICON.words("house_cues")


def _number_word_edits(
    text: str, present: frozenset[str] | set[str] = frozenset(), words: Sequence[str] = ()
) -> list[Edit]:
    """Numbers in words where they identify: a phone number said digit by digit, a date, a year,
    an age, a house number. Each pattern runs only when its words are in the draft."""
    if not present:
        words = _WORD_RUN.findall(text.lower())
        present = set(words)
    ordinals = present & _ORDINAL_WORDS
    edits: list[Edit] = []
    if (
        sum(w in _SPOKEN_DIGITS for w in words) >= 3
        or present & _REPEAT_WORDS
        or (present & _SPOKEN_DIGITS and _DIALLED_START.search(text))
    ):
        edits += _phone_word_edits(text)
        edits += _code_word_edits(text)
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = text
    if ordinals and present & _MONTH_WORDS:
        edits += _date_word_edits(text, _near(_ORDINAL_DATE, lowered, ordinals))
    if ordinals and present & _WEEKDAY_WORDS:
        edits += _date_word_edits(text, _near(_ORDINAL_DAY, lowered, ordinals))
    if ordinals and present & (_MONTH_WORDS | _WEEKDAY_WORDS):
        edits += _ordinal_alone_edits(text, lowered, ordinals)
    edits += _flat_and_month_day_edits(lowered, present, ordinals)
    edits += _slashed_word_date_edits(text, lowered, present & _CARDINAL_WORDS)
    edits += _said_birth_date_edits(text, lowered, present)
    if present & {"thousand", "nineteen", "twenty"}:
        edits += _year_word_edits(
            text, _near(_YEAR_AFTER, lowered, present & {"thousand", "nineteen", "twenty"})
        )
    cardinals = present & _CARDINAL_WORDS
    if cardinals and present & _AGE_CUES:
        edits += _age_word_edits(text, _near(_AGE_WORDS, lowered, cardinals))
    if cardinals and present & _HOUSE_CUES:
        edits += _house_word_edits(
            text,
            _near(_NUMBER_OF_HOUSE, lowered, cardinals),
            _near(_HOUSE_WORDS, text, cardinals, lowered),
        )
    return edits


def _slashed_word_date_edits(
    text: str, lowered: str, cardinals: frozenset[str] | set[str]
) -> list[Edit]:
    """ "fourteen/three/eleven" -> "14/3/11": a day, month and year apart by slashes or dots, one
    of them at least in words, that make a date."""
    edits: list[Edit] = []
    if not cardinals or not _SLASH_SEED.search(text):
        return edits
    for m in _near(_SLASHED_WORD_DATE, text, cardinals, lowered, before=20, after=40):
        if m.group().replace(m["s"], "").replace(" ", "").isdigit():
            continue  # digits only: the date rules read those as written
        day, month, year = (int(m[g]) if m[g].isdigit() else words_to_number(m[g]) for g in "dmy")
        cued = _BIRTH_CUE.search(text, max(0, m.start() - 20), m.start()) is not None
        if not cued and (year is None or year < 1900):
            continue  # "one/two/three", "version one.two.three": a date only by its year or a birth
        if day and month and year is not None and day <= 31 and month <= 12:
            date = f"{day}/{month}/{year:02d}" if year < 100 or year >= 1900 else None
            if date:
                edits.append(Edit(m.start(), m.end(), date, NUMBER_WORDS))
    return edits


def _said_birth_date_edits(
    text: str, lowered: str, present: frozenset[str] | set[str]
) -> list[Edit]:
    """ "born fourteen three two thousand and eleven" -> "14/3/2011": a day, a month and a year
    said one after another, read as a date only right after a birth cue."""
    edits: list[Edit] = []
    if not present & _BIRTH_WORDS:
        return edits
    for m in _near(_SAID_BIRTH_DATE, text, _BIRTH_WORDS, lowered, before=10, after=60):
        if _BIRTH_CUE.search(text, max(0, m.start() - 20), m.start()) is None:
            continue  # "fourteen three two thousand": a count, or a sum, with no birth named
        day, month, year = (_said_number(m[g]) for g in "dmy")
        if day and month and year and day <= 31 and month <= 12 and 1900 <= year <= 2099:
            edits.append(Edit(m.start(), m.end(), f"{day}/{month}/{year}", NUMBER_WORDS))
    return edits


def _said_number(said: str) -> int | None:
    """ "14th" -> 14, "third" -> 3, "twenty eleven" -> 2011."""
    digits = said.rstrip("stndrhSTNDRH")
    return int(digits) if digits.isdigit() else words_to_number(said)


def _said_word(piece: str) -> bool:
    """A number said in words among a postcode's pieces ("twelve", "ONE"), not a capital or
    two ("LS", "A") nor digits."""
    return piece.isalpha() and not (piece.isupper() and len(piece) <= 2)


def _number_or_nothing(word: str) -> str:
    """ "twelve" -> "12"; a word that is no number reads as nothing, so the postcode fails."""
    n = words_to_number(word)
    return "" if n is None else str(n)


def _flat_and_month_day_edits(
    lowered: str, present: frozenset[str] | set[str], ordinals: frozenset[str] | set[str]
) -> list[Edit]:
    """ "the twenty-second of this month" -> "the 22nd"; "flat two stroke one" -> "2/1"."""
    edits: list[Edit] = []
    if ordinals and "month" in present:
        edits += _date_word_edits(lowered, _ORDINAL_OF_MONTH.finditer(lowered))
    if present & {"stroke", "slash"}:
        edits += [
            Edit(
                m.start("n"),
                m.end("n"),
                f"{words_to_number(m['a'])}/{words_to_number(m['b'])}",
                NUMBER_WORDS,
            )
            for m in _FLAT_STROKE.finditer(lowered)
        ]
    return edits


def _near(
    pattern: re.Pattern[str],
    text: str,
    cues: Iterable[str],
    lowered: str | None = None,
    before: int = 60,
    after: int = 90,
) -> list[re.Match[str]]:
    """The pattern's matches in windows around the cue words only: a number word is rare in
    a draft, and a case-insensitive alternation run over every character is not cheap."""
    lowered = text if lowered is None else lowered
    cue = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, cues))) + r")\b")
    windows: list[list[int]] = []
    for m in cue.finditer(lowered):
        start, end = max(0, m.start() - before), min(len(text), m.end() + after)
        if windows and start <= windows[-1][1]:
            windows[-1][1] = end
        else:
            windows.append([start, end])
    found: list[re.Match[str]] = []
    for start, end in windows:
        found.extend(pattern.finditer(text, start, end))
    return found


_ORDINAL_WORDS = frozenset(_ORDINALS)
_CARDINAL_WORDS = (frozenset(UNIT_VALUES) | frozenset(TEEN_VALUES) | frozenset(TEN_VALUES)) - {
    "oh",
    "zero",
    "nil",
    "nought",
}


def _phone_word_edits(text: str) -> list[Edit]:
    edits = []
    for m in _PHONE_WORDS.finditer(text):
        if not re.search(rf"(?i)\b{_DIGIT_WORD}\b", m.group()):
            continue  # digits only: the phone rules read those as written
        digits = _spoken_digits(m.group())
        if digits.startswith("0044"):  # "double oh four four ...": the international prefix
            digits = "+" + digits[2:]
        digits = _dialled(digits, said=True)  # "seven seven oh oh ...": a mobile without its 0
        if 10 <= len(digits) <= 13 and digits.startswith(("0", "44", "+44")):
            edits.append(Edit(m.start(), m.end(), digits, NUMBER_WORDS))
        elif _health_number(text, m.start(), digits):  # an NHS number said aloud
            edits.append(Edit(m.start(), m.end(), digits, NUMBER_WORDS))
        elif len(digits) in (6, 8) and (date := _spaced_date(text, m, digits)):
            edits.append(Edit(m.start(), m.end(), date, NUMBER_WORDS))  # a birth date said
    return edits


# the digits of a code said in words after its capitals, a dash or a slash said too: "JT one
# two three four five six A" (a National Insurance number), "CR two oh two three dash oh oh
# four one" (a case reference)
_ONE_DIGIT = (
    r"(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine|niner|fife|double|triple"
    rf"|{'|'.join(TEN_VALUES)})"
)
_SAID_SIGN = r"\s+(?:dash|hyphen|slash|stroke)\s+"
_CODE_WORDS = STORE.compile(
    rf"(?:(?<![\w-])[A-Z](?:[ .]?[A-Z]){{1,2}}\.?(?P<gap>[ -]+)"
    # its sign said before the digits too: "CR slash two three slash oh four one"
    r"(?P<lead>(?i:dash|hyphen|slash|stroke)\s+)?"
    # or after the words that name a reference: "case number two oh two three slash ..."
    r"|(?i:\b(?:case|client|referral|ref|reference|file|record|mosaic|carefirst|crime|incident"
    r"|police|court|log)(?:\s+(?:no|number|ref|reference|id))?\.?[ \t]*(?:[#:]|(?:is|was)\b)?"
    r"[ \t]*))"
    rf"(?P<run>(?i:{_ONE_DIGIT}(?:(?:{_SAID_SIGN}|[ ,-]+){_ONE_DIGIT}){{3,}}))(?![\w-])"
)
_SAID_SIGN_SPLIT = STORE.compile(rf"(?i){_SAID_SIGN}")


def _code_word_edits(text: str) -> list[Edit]:
    """ "JT one two three four five six A" -> "JT 123456 A": a code's digits said in words."""
    edits = []
    for m in _CODE_WORDS.finditer(text):
        parts, signs = _SAID_SIGN_SPLIT.split(m["run"]), _SAID_SIGN_SPLIT.findall(m["run"])
        digits = _spoken_digits(parts[0])
        for sign, part in zip(signs, parts[1:]):
            mark = "/" if sign.strip().lower() in ("slash", "stroke") else "-"
            digits += mark + _spoken_digits(part)
        if m["lead"]:
            lead = "/" if m["lead"].strip().lower() in ("slash", "stroke") else "-"
            edits.append(Edit(m.start("gap"), m.end("run"), lead + digits, NUMBER_WORDS))
            continue
        edits.append(Edit(m.start("run"), m.end("run"), digits, NUMBER_WORDS))
    return edits


def _date_word_edits(text: str, matches: Iterable[re.Match[str]]) -> list[Edit]:
    edits = []
    for m in matches:
        if m.re in (_ORDINAL_DAY, _ORDINAL_OF_MONTH):
            edits.extend(_day_alone(m))
            continue
        group = "ord" if m.group("ord") else "ord2"
        n = words_to_number(re.sub(r"(?i)^the\s+|\s+of$", "", m.group(group)))
        if (
            n and n <= 31
        ):  # "the third of March" -> "3 March", as a date of birth is usually written
            edits.append(
                Edit(
                    m.start(group),
                    m.end(group),
                    str(n) if group == "ord" else f"{n}{_ordinal_suffix(n)}",
                    NUMBER_WORDS,
                )
            )
    return edits


def _ordinal_alone_edits(text: str, lowered: str, ordinals: Iterable[str]) -> list[Edit]:
    """ "In March ... on the ninth" -> "on the 9th": a day of the month written alone, when a
    month or a weekday (in full; "may" only with its capital) is named within a few lines."""
    edits = []
    for m in _near(_ORDINAL_ALONE, lowered, ordinals, before=30, after=60):
        window = text[max(0, m.start() - 200) : m.end() + 120]
        if _FULL_MONTHS.search(window):
            edits.extend(_day_alone(m))
    return edits


def _day_alone(m: re.Match[str]) -> list[Edit]:
    """ "the ninth" -> "the 9th", the whole phrase one edit, so the date found maps back to
    all of it."""
    n = words_to_number(m.group("ord"))
    if not n or n > 31:
        return []
    group = "the" if "the" in m.re.groupindex else "ord"
    day = f"{n}{_ordinal_suffix(n)}"
    return [
        Edit(m.start(group), m.end(group), day if group == "ord" else "the " + day, NUMBER_WORDS)
    ]


def _year_word_edits(text: str, matches: Iterable[re.Match[str]]) -> list[Edit]:
    edits = []
    for m in matches:
        n = words_to_number(m.group("year"))
        if n and 1900 <= n <= 2099:
            edits.append(Edit(m.start("year"), m.end("year"), str(n), NUMBER_WORDS))
    return edits


def _age_word_edits(text: str, matches: Iterable[re.Match[str]]) -> list[Edit]:
    edits = []
    for m in matches:
        group = "n" if m.group("n") else "m" if m.group("m") else "t"
        n = words_to_number(m.group(group))
        if group == "m" and m.group(group).lower() == "one":
            continue  # "there is one home", "it is one thing": "one" after a verb is rarely an age
        if n and 0 < n <= 110:
            edits.append(Edit(m.start(group), m.end(group), str(n), NUMBER_WORDS))
    return edits


def _house_word_edits(
    text: str, numbered: Iterable[re.Match[str]], before_street: Iterable[re.Match[str]]
) -> list[Edit]:
    edits = []
    for m in numbered:
        n = words_to_number(m.group("n"))
        if n:
            edits.append(Edit(m.start("n"), m.end("n"), str(n), NUMBER_WORDS))
    for m in before_street:
        n = words_to_number(m.group("n"))
        if n and n < 1000:
            edits.append(Edit(m.start("n"), m.end("n"), str(n), NUMBER_WORDS))
    return edits


_TLD = r"(?i:com|org|net|co|uk|gov|ac|nhs|sch|scot|wales|io|me|info|edu|ie|biz|online|eu|xyz)"
_JOIN_WORD = r"(?:\s+(?:underscore|under\s+score|dash|hyphen)\s+)"
# "at" and "dot" between brackets, dashes or quotes, or on their own: "[at]", "-at-", "'dot'";
# "(a)" for at; "at sign", "at symbol"
_AT = (
    r"(?:\s*[\[\(\{<]\s*(?:at|AT|@|a)\s*[\]\)\}>]\s*|\s*\(@\)\s*"
    r"|\s+(?:at|AT)(?:[ -](?:sign|symbol))?\s+"
    r"|[ \t]*@[ \t]*|[ \t]*(?:-(?:at|AT)-|'(?:at|AT)'|\"(?:at|AT)\")[ \t]*)"
)
_DOT = (
    r"(?:\s*[\[\(\{<]\s*(?:dot|DOT|\.)\s*[\]\)\}>]\s*|\s+dot\s+|\s+DOT\s+"
    r"|\s+(?:full\s+stop|period)\s+|[ \t]?\.[ \t]?"
    r"|[ \t]*(?:-(?:dot|DOT)-|'(?:dot|DOT)'|\"(?:dot|DOT)\")[ \t]*)"
)
_WEBMAIL = "(?:" + "|".join(sorted(LEXICON.words("webmail_hosts") - {"me", "sky", "live"})) + ")"
_EMAIL_WORDS = STORE.compile(
    rf"(?<![\w.@])(?P<local>[A-Za-z0-9][\w.+-]{{0,40}}(?:(?:{_DOT}"
    rf"|{_JOIN_WORD})[A-Za-z0-9][\w+-]{{0,30}}){{0,3}}){_AT}(?P<domain>[A-Za-z0-9][\w-]{{0,40}}"
    rf"(?:{_DOT}[A-Za-z0-9][\w-]{{0,30}})*?"
    rf"{_DOT}{_TLD}(?:{_DOT}(?:uk|ie|au|nz)\b)?|{_WEBMAIL}(?![\w@]|\.\w|{_DOT}\w))\b"
)  # "example dot co dot uk": the country too; "at gmail": a webmail host needs none
_BARE_WEBMAIL = STORE.compile(rf"(?i){_WEBMAIL}")
_EMAIL_JOIN = STORE.compile(rf"(?i){_JOIN_WORD}")
_EMAIL_DOT = STORE.compile(rf"(?i){_DOT}")
_EMAIL_AT = STORE.compile(_AT)


# cheap tests: an e-mail address may be spelt out; digits may be spaced, dotted or mixed with O
SPELT_EMAIL = (
    rf"\bdot\b|\bfull stop\b|\bperiod\b|\bat {_WEBMAIL}\b|@{_WEBMAIL}\b"
    r"|[\[\({<]\s*(?:at|@|\.|a)\s*[\]\)}>]"
    r"|-at-|'at'|\"at\""
    rf"|\sat\s+[\w-]+\.[\w.-]*\b{_TLD}\b"
    r"|[\w.]\s+at\s+[\w-]+\s+(?:com|org|net|co\s+uk)\b"
)  # as written (tests compare); `may_spell_email` answers whether it matches, sooner
# SPELT_EMAIL's ways one by one, each with the strings one of which its matches hold: a way
# is tried only where the text holds one
_SPELT_EMAIL_WAYS = (
    (("dot",), STORE.compile(r"\bdot\b")),
    (("full stop",), STORE.compile(r"\bfull stop\b")),
    (("period",), STORE.compile(r"\bperiod\b")),
    (("at ",), STORE.compile(rf"\bat {_WEBMAIL}\b")),
    (("@",), STORE.compile(rf"@{_WEBMAIL}\b")),
    (tuple("[({<"), STORE.compile(r"[\[\({<]\s*(?:at|@|\.|a)\s*[\]\)}>]")),
    (("-at-", "'at'", '"at"'), None),  # the string is the match
    # "at" first, the space before it looked back at: Python's regex engine finds a pattern's
    # leading string by plain search, so only the places of "at" are tried
    (("at",), STORE.compile(rf"at(?<=\sat)\s+[\w-]+\.[\w.-]*\b{_TLD}\b")),
)
# "name at host com": "at" after spaces after a word's last character or a dot; the spaces and
# that character are read back from "at" (see may_spell_email)
_AT_HOST_WORD = STORE.compile(r"at(?<=\sat)(?=\s+[\w-]+\s+(?:com|org|net|co\s+uk)\b)")
_WORD_OR_DOT = STORE.compile(r"[\w.]")
_SPACE = STORE.compile(r"\s")


def may_spell_email(lowered: str) -> bool:
    """Whether `SPELT_EMAIL` matches the lower-cased text: each of its ways is looked for
    only where the strings its matches hold are in the text, and the last way from its "at"
    (as one pattern it was tried at every position: a third of the token pass)."""
    for strings, way in _SPELT_EMAIL_WAYS:
        if any(string in lowered for string in strings):
            if way is None or way.search(lowered):
                return True
    for match in _AT_HOST_WORD.finditer(lowered):
        start = match.start()
        while start > 0 and _SPACE.match(lowered, start - 1):
            start -= 1
        if start < match.start() and start > 0 and _WORD_OR_DOT.match(lowered, start - 1):
            return True
    return False


_DIGIT_SEED = STORE.compile_guarded(
    r"\d[ \t.\-/_]\d|\d {2,3}\d|\d ?[.\-/] \d|\d[ \t]*[~|*=+\\\u00a6\u00b7\u2022][ \t]*\d"
    r"|\d[OolISBZGgb]|[OolISBZGgb]\d|\d[A-Z]{2}\b"
    r"|[A-Z0-9][A-Z0-9Oo][A-Z]{2}\b"
)


# an address spaced out character by character: "k a y l a . b @ e x a m p l e . c o m"
_SPACED_EMAIL = STORE.compile(
    r"(?<![\w.@])(?:[A-Za-z0-9._-] ){2,60}@ ?(?:[A-Za-z0-9-] ){1,60}(?:\. (?:[A-Za-z] ){1,5})*"
    r"\. ?[A-Za-z](?: [A-Za-z]){1,5}(?![\w@])"
)


def _spaced_email_edits(text: str) -> list[Edit]:
    return [
        Edit(m.start(), m.end(), m.group().replace(" ", "").lower(), SPACED_LETTERS)
        for m in _SPACED_EMAIL.finditer(text)
    ]


def _email_edits(text: str, ordinary: Callable[[str], bool] = lambda word: False) -> list[Edit]:
    edits = _spaced_email_edits(text) if " @ " in text else []
    for m in _EMAIL_WORDS.finditer(text):
        spelt = m.group()
        spelt_out = re.search(
            r"(?i)\bdot\b|\bfull stop\b|\bperiod\b|\bunderscore\b"
            r"|[\[\({<]\s*(?:at|@|\.|a)\s*[\]\)}>]|\s@|@\s"
            r"|-at-|'at'|\"at\"",
            spelt,
        )
        bare = _BARE_WEBMAIL.fullmatch(m.group("domain"))  # "at gmail": no ".com"
        if not spelt_out and not bare and not re.search(r"\w\.\w", m.group("domain")):
            continue
        if not spelt_out and ordinary(m.group("local")):
            continue  # "a good guide at carersuk.org", "her blog at ...": a web site, not a mailbox
        if m.group("local").lower() in GRAMMAR_NOT_NAMES | PROSE_WORDS:
            continue  # "she is at example dot org": a person at a place, not a mailbox
        local, domain = m.group("local"), m.group("domain")
        start = m.start()
        if spelt_out or bare:
            start = _spaced_local(text, start, local, ordinary)
        local = text[start : m.start()].replace(" ", "") + local
        local = _EMAIL_JOIN.sub(
            lambda j: "-" if j.group().strip().lower() in ("dash", "hyphen") else "_", local
        )
        address = _EMAIL_DOT.sub(".", local) + "@" + _EMAIL_DOT.sub(".", domain)
        address += ".com" if bare else ""
        edits.append(Edit(start, m.end(), address, EMAIL_WORDS))
    return edits + _space_dot_email_edits(text, ordinary)


# an address with a space for the dot before its ending: "m.hart94 at example org",
# "mhart94 @ example com"
_SPACE_DOT_EMAIL = STORE.compile(
    r"(?<![\w.@])(?P<local>[A-Za-z0-9][\w.+-]{0,40})(?P<at>[ \t]*@[ \t]*|[ \t]+(?:at|AT)[ \t]+)"
    r"(?P<host>[A-Za-z0-9][\w-]{1,40})[ \t]+(?P<end>(?i:com|org|net)(?:[ \t]+uk)?|(?i:co[ \t]+uk))"
    r"(?![\w@]|\.\w)"
)


# "email kayla at ...", "her e-mail address is ...": the word that says an address follows
_EMAIL_CUE = STORE.compile(r"(?i)\be-?mail(?:\s+address)?(?:\s+(?:is|was|me|her|him))?\s*[:-]?\s*$")


def _space_dot_email_edits(text: str, ordinary: Callable[[str], bool]) -> list[Edit]:
    """An address whose dot before the ending is written as a space: read where the name
    before "at" holds a dot, an underscore or a digit, as mailbox names do ("she is at
    home com..." has none), where the @ is written, or where "email" comes just before."""
    edits = []
    for m in _SPACE_DOT_EMAIL.finditer(text):
        local = m.group("local").rstrip(".")
        cued = _EMAIL_CUE.search(text, max(0, m.start() - 24), m.start()) and not ordinary(local)
        if "@" not in m.group("at") and not re.search(r"[._\d]", local) and not cued:
            continue
        if len(re.findall("[A-Za-z]", local)) < 2:
            continue  # "the 9.30 at Leeds org meeting": a time, not a mailbox
        ending = ".".join(m.group("end").split())
        address = f"{local}@{m.group('host')}.{ending}"
        edits.append(Edit(m.start(), m.end(), address, EMAIL_WORDS))
    return edits


_LOCAL_PIECE = STORE.compile(r"(?<![^\s])[A-Za-z0-9]{1,12} $")


def _spaced_local(text: str, start: int, local: str, ordinary: Callable[[str], bool]) -> int:
    """Where an address spelt out with spaces in its name begins ("ruby h 2012 at example dot
    com"): up to three pieces before it, none an ordinary word, one of them digits or a
    single letter."""
    at, words = start, [local]
    while len(words) <= 3:
        m = _LOCAL_PIECE.search(text, max(0, at - 14), at)
        if m is None or ordinary(m.group().strip()):
            break
        words.append(m.group().strip())
        at = m.start()
    if any(len(w) == 1 or any(c.isdigit() for c in w) for w in words):
        return at
    return start


_WEB_WORDS = STORE.compile(
    rf"(?i)\b(?P<host>[a-z0-9][\w-]{{1,40}}(?:\s+dot\s+[a-z0-9][\w-]{{0,30}})*\s+dot\s+{_TLD}"
    rf"(?:\s+dot\s+uk)?)\b"
    r"(?P<path>(?:\s*(?:/|\bslash\b)\s*[\w.@-]+)*)"
)


def _web_edits(text: str) -> list[Edit]:
    """ "facebook dot com slash kayla.b" -> "facebook.com/kayla.b"."""
    edits = []
    for m in _WEB_WORDS.finditer(text):
        host = re.sub(r"(?i)\s+dot\s+", ".", m.group("host"))
        path = re.sub(r"(?i)\s*(?:/|\bslash\b)\s*", "/", m.group("path"))
        edits.append(Edit(m.start(), m.end(), host + path, EMAIL_WORDS))
    return edits


_PLATFORM = (
    r"(?:snap(?:chat)?|insta(?:gram)?|ig|tiktok|tik\s+tok|twitter|x|threads|kik|discord|telegram|"
    r"facebook|fb|twitch|youtube|yt|roblox|xbox|psn|steam|reddit|bebo|whatsapp"
    # as teenagers shorten them: SC for Snapchat, TT for TikTok, "the gram" for Instagram
    r"|sc|tt|gram"
    # a gamer's name on Xbox, introduced by its own word
    r"|gamertag|gamer\s+tag"
    # a webmail service, its word standing for the address: "her gmail is kaylab2011"
    r"|gmail|hotmail|icloud|yahoo)"
)
_HANDLE_AFTER_PLATFORM = STORE.compile_guarded(
    # the ghost emoji stands for Snapchat
    rf"(?i)(?:\b(?:on\s+|her\s+|his\s+|their\s+|my\s+|the\s+)?{_PLATFORM}|\U0001f47b)"
    r"(?:\s+(?:name|handle|username|user\s*name|user|account|acc|id|tag|gamertag|page|profile))?"
    r"(?P<sep>['’]s\s+|\s*[:=(,~|\u2013\u2014-]\s*|\s*[\u2600-\u27bf\U0001f300-\U0001faff]\s*"
    # an arrow: "insta → ...", "snap -> ...", "IG >> ..."
    r"|\s*(?:[\u2190-\u21ff\u27f0-\u27ff\u2900-\u297f]|-+>|=+>|>{1,3})\s*"
    r"|\s+(?:is|as|called|was|it's|its|name's|me|@"
    r"|(?:s?he|they|i)(?:['’](?:s|m|re)|\s+(?:is|are|am)))\s+|\s+(?:is"
    r"|as)\s*[:-]\s*|\s+under\s+|\s+)"
    # a Discord name may end in its four-digit number ("shannon_w#4412")
    r"(?P<handle>(?-i:[A-Za-z0-9_][A-Za-z0-9_.]{2,29}(?:#\d{4})?))(?![\w@/])"
)
_SPACED_AT = STORE.compile(
    r"(?<![\w.])@[ \t]+([A-Za-z0-9_][A-Za-z0-9_.]{2,29}[A-Za-z0-9_])(?![\w@])"
)
_PLATFORM_WORDS = LEXICON.words("platform_words")
# a handle: digits, dots or underscores in it, all small letters, or capitals inside a word
# as gamers write them ("xXdarrenXx", "NoScopeRiley")
_HANDLE_SHAPE = STORE.compile(
    r"[A-Za-z0-9]*[\d_.][A-Za-z0-9_.]*(?:#\d{4})?|[a-z][a-z0-9]+|[A-Za-z]*[a-z][A-Z][A-Za-z]*"
)


_HANDLE_BEFORE_PLATFORM = STORE.compile_guarded(
    rf"(?i)(?:\b(?P<lead>goes\s+by|as|called|is|at|username|(?:s?he|they|i)['’](?:s|m|re)"
    rf"|handle|follow|add|search(?:\s+for)?|find|dm|message)\s+|(?<![\w@.#/]))"
    rf"(?P<handle>(?-i:[A-Za-z0-9_][A-Za-z0-9_.]{{2,29}}))"
    rf"(?:\s+(?:on|over\s+on|in)\s+|\s*\(\s*){_PLATFORM}\b(?P<sep>)"
)


# "an account called big.dee.ldn" in a draft that names a platform
_HANDLE_ACCOUNT = STORE.compile(
    r"(?i)\b(?:account|profile|page|user(?:name)?)\s+(?P<sep>called|named|is|was)\s+"
    r"(?P<handle>(?-i:[A-Za-z0-9_][A-Za-z0-9_.]{2,29}))(?![\w@/])"
)
_ADD_ON = STORE.compile(r"(?i)\badd\s+(?:her|him|them|me|us)\s+$")


_NEXT_WORD = STORE.compile(r"[ \t]+([a-z]{3,20})\b(?![@'’.-]\w)")


def _handle_edits(
    text: str, plain_word: Callable[[str], bool], full_name: Callable[[str, str], bool]
) -> list[Edit]:
    """ "her snap is k4yd3n_x" -> "@k4yd3n_x"; an ordinary word ("her snap is broken") is no
    handle. A first name and a surname in small letters ("her facebook name is lorna
    pettigrew") are the profile's name, read whole."""
    edits = []
    matches = list(_HANDLE_AFTER_PLATFORM.finditer(text)) + [
        m
        for m in _HANDLE_BEFORE_PLATFORM.finditer(text)
        if re.search(r"[\d_.]", m.group("handle").rstrip("."))
        or m.group("lead")
        and m.group("handle").islower()
    ]
    matches += [
        m
        for m in _HANDLE_ACCOUNT.finditer(text)
        if re.search(r"[\d_.]", m.group("handle").rstrip("."))
    ]
    for m in matches:
        handle = m.group("handle").rstrip(".")
        discord = "#" in handle  # "kaybee#4412": the number makes any word a Discord name
        if not discord and (
            plain_word(handle) or handle.isdigit() or not _HANDLE_SHAPE.fullmatch(handle)
        ):
            continue  # "her snap is broken", "an Xbox 2012 model"
        added = _ADD_ON.search(text, max(0, m.start() - 20), m.start())
        said = m.group("sep").strip() or added or m.re is _HANDLE_BEFORE_PLATFORM
        if not said and not re.search(r"[\d_.]", handle):
            continue  # "on snap yesterday": with nothing between, only a handle-shaped word
        start, end = m.start("handle"), m.start("handle") + len(handle)
        surname = _NEXT_WORD.match(text, end) if handle.isalpha() else None
        if surname and full_name(handle, surname.group(1)):
            edits.append(Edit(start, surname.end(), "@" + handle + surname.group(1), PROFILE_NAME))
            continue
        handle = handle.split("#")[0]  # the Discord number is read as part of the name before it
        spans = ((start, start + 1),) + tuple((i, i + 1) for i in range(start, start + len(handle)))
        spans = spans[:-1] + ((spans[-1][0], end),)
        edits.append(Edit(start, end, "@" + handle, HANDLE, spans))
    return edits


# an HTML tag with quoted attribute values, written in a plain draft
_HTML_TAG = STORE.compile(
    r"<[a-zA-Z][a-zA-Z0-9]*(?:\s+[a-zA-Z-]+(?:\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'))?)+\s*/?>"
)
_HTML_VALUE = STORE.compile(r"=\s*(?:\"(?P<d>[^\"]*)\"|'(?P<s>[^']*)')")


# a tag with no attribute value, or a closing tag, of an element HTML knows: "<b>", "</a>", "<br/>"
_BARE_TAG = STORE.compile(r"</?(?P<name>[a-zA-Z][a-zA-Z0-9]{0,9})(?:\s+[a-zA-Z-]+)*\s*/?>")
_HTML_ELEMENTS = LEXICON.words("html_block_tags") | LEXICON.words("html_inline_tags")


def _bare_tag_edits(text: str) -> list[Edit]:
    """ "Kayla</b>Brodie", "Kayla</p><p>Brodie": each run of tags inside a line read as one
    space, so the words either side are read apart, as the page shows them. Tags that open or
    close a line are left as written (a name alone in a paragraph is not made a sign-off)."""
    runs: list[list[int]] = []
    for m in _BARE_TAG.finditer(text):
        if m.group("name").lower() not in _HTML_ELEMENTS:
            continue
        if runs and not text[runs[-1][1] : m.start()].strip():
            runs[-1][1] = m.end()  # "</i> <b>": tags one after another read as one space
        else:
            runs.append([m.start(), m.end()])
    return [
        Edit(start, end, " ", HTML_TAGS) for start, end in runs if _inside_line(text, start, end)
    ]


def _inside_line(text: str, start: int, end: int) -> bool:
    """Text before and after text[start:end] on its line."""
    before = text[text.rfind("\n", 0, start) + 1 : start]
    line_end = text.find("\n", end)
    after = text[end : len(text) if line_end < 0 else line_end]
    return bool(before.strip() and after.strip())


def _html_tag_edits(text: str) -> list[Edit]:
    """`<img alt="Kayla Brodie" src="...">`: the tag's markup (its name, the attribute names,
    the quotes) read as spaces, so the values (alt text, title, the address) are read as words
    and links."""
    edits = _bare_tag_edits(text) if "</" in text or "/>" in text else []
    for m in _HTML_TAG.finditer(text):
        at = m.start()
        for value in _HTML_VALUE.finditer(m.group()):
            group = "d" if value.group("d") is not None else "s"
            start, end = m.start() + value.start(group), m.start() + value.end(group)
            edits.append(Edit(at, start, " " * (start - at), IN_LINK, _each(at, start)))
            at = end
        edits.append(Edit(at, m.end(), " " * (m.end() - at), IN_LINK, _each(at, m.end())))
    return [e for e in edits if e.end > e.start]


# the capitals that start a reference or a code, spaced or dotted one by one, before its
# digits: "C R 2023 0041", "C.R. 2023/0041", "J T 12 34 56 A"
_SPACED_CODE_LETTERS = STORE.compile(
    r"(?<![\w.])[A-Z](?:(?:\.[ ]?|[ ])[A-Z]){1,4}\.?(?=[ /-]?\d{2})"
)


def _spaced_code_edits(text: str) -> list[Edit]:
    """ "C R 2023 0041" -> "CR 2023 0041": the reference rules read the capitals as one."""
    return [
        Edit(m.start(), m.end(), re.sub(r"[. ]", "", m.group()), SPACED_LETTERS)
        for m in _SPACED_CODE_LETTERS.finditer(text)
    ]


# a Markdown link written in a plain draft: "[Kayla Okafor](https://...)", "![alt](path)"
_MD_LINK = STORE.compile(r"(?<!\\)\[(?P<label>[^\[\]\n]{1,120})\]\((?P<target>[^()\s]{1,300})\)")


def _markdown_link_edits(text: str) -> list[Edit]:
    """The brackets of a Markdown link to an e-mail address read as spaces, so its text is
    read as words of the sentence ("Email [Kayla Okafor](mailto:...)") and its address as
    an address."""
    edits = []
    for m in _MD_LINK.finditer(text):
        if "@" not in m.group("target"):
            continue  # a web address or path: the link splitter reads it after its "]("
        for start, end in ((m.start(), m.start("label")), (m.end("label"), m.start("target"))):
            edits.append(Edit(start, end, " " * (end - start), IN_LINK, _each(start, end)))
        edits.append(Edit(m.end("target"), m.end(), " ", IN_LINK))
    return edits


# --- a table's heading read before each of its cells ("NHS no" over "| 485 777 3456 |")
_COLUMN_LABELS = LEXICON.words("column_labels")
_RULE_LINE = STORE.compile(r"[\s|:+=-]*")  # "|---|:---:|": the line under a Markdown heading
_LINE = STORE.compile(r"[^\n]*")
# a known heading alone in a cell after the first (a heading has one at least: see _heading):
# where a table's heading may be, the cheap test first
_LABEL_CELL = STORE.compile(
    rf"(?im)[|\t,][ \t]*(?:{trie_alternation(sorted(_COLUMN_LABELS))})"
    r"[ \t]*:?[ \t]*(?:[|\t,]|$)"
)


def _cells(text: str, start: int, end: int, sign: str) -> list[tuple[int, int, int]]:
    """(the sign before it, or -1, its start, its end) for each cell of text[start:end]."""
    cells, before, at = [], -1, start
    i = text.find(sign, start, end)
    while i >= 0:
        cells.append((before, at, i))
        before, at = i, i + 1
        i = text.find(sign, at, end)
    cells.append((before, at, end))
    return cells


def _heading(text: str, cells: list[tuple[int, int, int]], sign: str) -> list[str] | None:
    """The labels of a heading line's cells ("" where a cell names no identifier), or None
    when the line is no heading: a cell holds a digit or runs to a phrase, or fewer than two
    cells are known labels (one will do when every cell is). Apart by commas, every cell must
    be a known label ("Name, DOB, NHS" over its rows)."""
    labels = [text[s:e].strip().rstrip(":").strip() for _, s, e in cells]
    spaced = any(" " in text[s:e] for _, s, e in cells)
    if any(any(c.isdigit() for c in label) or label.count(" ") > 3 for label in labels):
        return None
    known = [label if label.lower() in _COLUMN_LABELS else "" for label in labels]
    unknown = [label for label, k in zip(labels, known) if label and not k]
    if sign == "," and unknown and (spaced or not _csv_heading(known, unknown)):
        return None
    if len(list(filter(None, known))) < min(2, 1 + len(unknown)):
        return None  # "| Name | Kayla Brodie |": a label and its value, not a heading
    return known


_FIELD_NAME = STORE.compile(r"[A-Za-z][A-Za-z_]{1,19}")


def _csv_heading(known: list[str], unknown: list[str]) -> bool:
    """ "name,dob,school": a CSV file's first line, with no space in it, may name other
    columns too, each one word, when two of its cells at least name an identifier; its rows
    hold no comma and space (a sentence's), see _column_edits."""
    return len(list(filter(None, known))) >= 2 and all(map(_FIELD_NAME.fullmatch, unknown))


def _column_edits(text: str) -> list[Edit]:
    """ "Name | DOB | NHS no" over "K B | 14 03 2011 | 485 777 3456": each cell under a heading
    that names an identifier is read with the heading before it ("| NHS no: 485 777 3456"),
    the heading's words standing for the sign before the cell, so a number or date a table
    gives without its label is read as a labelled one. The rows run to a blank line."""
    edits: list[Edit] = []
    labels: list[str] | None = None
    sign, csv = "", False
    first = _LABEL_CELL.search(text)
    if first is None:
        return edits
    for line in _LINE.finditer(text, text.rfind("\n", 0, first.start()) + 1):
        start, end = line.span()
        if start == end and start > 0 and text[start - 1] != "\n":
            continue  # the empty match at the end of a line, not a blank line
        row = text[start:end]
        if labels is not None and csv and ", " in row:
            labels = None  # a sentence after a CSV file's rows, not a row
        if labels is not None and row.count(sign) == len(labels) - 1:
            if not _RULE_LINE.fullmatch(text, start, end):
                edits += _labelled_cells(text, _cells(text, start, end, sign), labels, sign)
            continue
        sign = next((c for c in "|\t," if c in text[start:end]), "")
        labels = _heading(text, _cells(text, start, end, sign), sign) if sign else None
        csv = sign == "," and labels is not None and "" in labels  # a heading with other columns
    return edits


# a label alone on its line ("Surname:", "Date of birth") and its value on the next line,
# short, that is no label itself
_LABEL_ABOVE = STORE.compile(
    rf"(?im)^[ \t]*(?:{trie_alternation(sorted(_COLUMN_LABELS))})[ \t]*(?P<colon>:?)"
    r"(?P<gap>[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*)(?P<value>[^\s|,:][^\n]{0,59})$"
)


def _label_above_edits(text: str) -> list[Edit]:
    """ "Surname:" over "Brodie", "DOB" over "14/03/2011": a form copied a field to a line,
    the label above its value, is read as the label beside its value ("Surname: Brodie").
    The value is short (eight words at most) and no label; a heading over a paragraph stays."""
    edits = []
    for m in _LABEL_ABOVE.finditer(text):
        value = m.group("value").strip().rstrip(":").strip().lower()
        if value in _COLUMN_LABELS or len(value.split()) > 8:
            continue
        gap = m.start("gap")
        replacement = " " if m.group("colon") else ": "
        edits.append(Edit(gap, m.end("gap"), replacement, LABEL_ABOVE))
    return edits


def _labelled_cells(
    text: str, cells: list[tuple[int, int, int]], labels: list[str], sign: str
) -> list[Edit]:
    edits = [
        Edit(before, before + 1, f"{sign} {label}: ", IN_TABLE)
        for (before, s, e), label in zip(cells, labels)
        if label and before >= 0 and text[s:e].strip()
    ]
    (before, s, e), label = cells[0], labels[0]
    if label and before < 0 and s > 0 and text[s - 1] == "\n" and text[s:e].strip():
        edits.insert(0, Edit(s - 1, s, f"\n{label}: ", IN_TABLE))  # the row's first cell
    return edits


def _each(start: int, end: int) -> tuple[tuple[int, int], ...]:
    return tuple((i, i + 1) for i in range(start, end))


# digits spaced or dotted one by one ("0 7 7 0 0 9 ...", "CHI 1 5 0 3 ..."),
# or dotted in groups ("943.476.5919")
_SPACED_DIGITS = STORE.compile_guarded(
    r"(?<![\w.,+])(?:\+ ?)?\d(?:(?:[ \t.\-]| {2,3}| ?[.\-] ?)\d){5,}(?![\w]|[.,]\d)"
    r"|(?<![\w.,+])\d(?:_\d){5,}(?![\w])"
)
# a date with spaces around its marks ("12 . 03 . 2010", "12 - 03 - 2010")
_SPACED_MARK_DATE = STORE.compile(
    r"(?<![\w.])(?P<d>\d{1,2})[ \t]*(?P<mark>[/.\-])[ \t]*(?P<m>\d{1,2})[ \t]*(?P=mark)[ \t]*"
    r"(?P<y>\d{4}|\d{2})(?![\w]|[.,]\d)"
)
_DOTTED_GROUPS = STORE.compile(r"(?<![\w.])\d{2,5}(?:\.\d{1,5}){2,5}(?![\w]|\.\d)")
# a phone number in odd groups ("07 70 09 00 987", "0 77 00 900 987")
_ODD_GROUPS = STORE.compile_guarded(r"(?<![\w.,])0\d{0,4}(?:[ \-]\d{1,4}){3,7}(?![\w]|[.,]\d)")
_STREET_AFTER = (
    r"\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+"
    r"(?:Road|Rd|Street|St|Avenue|Ave|Lane|Drive|Crescent|Terrace|Place|Court|Gardens|Way|Close"
    r"|Grove|Brae|Wynd|Park|View|Square|Row)\b"
)
_LETTER_HOUSE = STORE.compile_guarded(
    rf"(?<![\w])(?P<n>[\dOolI]{{1,3}})(?=[A-Za-z]?{_STREET_AFTER})"
)
_STREET_NEXT = STORE.compile(_STREET_AFTER)
_O_FOR_ZERO = STORE.compile_guarded(
    r"(?<![\w])(?=[\dOolISB]*\d)[\dOolISB]{2,}(?:[ -][\dOolISB]{2,}){0,3}(?![\w])"
)
# a National Insurance or passport number with letters for some digits, right after its label
# ("NI number JK l2 34 S6 A", "passport 5O3 2l0 987"): only its digits are read
_LETTER_ID = STORE.compile(
    r"(?i:\b(?:(?P<ni>ni|nino|national\s+insurance)|passport)(?:\s+(?:no|number|num))?\.?"
    r"\s*(?:[:#=-]|is\b)?\s*)"
    r"(?(ni)(?-i:[A-Z]{2})[ ]?(?P<n>[\dOolISB]{2}[ ]?[\dOolISB]{2}[ ]?[\dOolISB]{2})[ ]?(?-i:[A-D])"
    r"|(?P<p>[\dOolISB]{3}[ ]?[\dOolISB]{3}[ ]?[\dOolISB]{3}))(?![\w])"
)
# a year or an age with a letter for a digit ("2O11", "aged l4")
_LETTER_YEAR = STORE.compile_guarded(r"(?<![\w/])(?:19|20|2O|l9|I9)[\dOolI]{2}(?![\w/])")
_LETTER_AGE = STORE.compile(
    r"(?i:\b(?:aged|age|is|turned|was|are)(?:\s*:\s*|\s+)|\b(?:s?he|you)['’]s\s+)"
    r"(?i:(?:only|just|now|nearly|almost)\s+)?(?P<n>[\dOlI]{1,2})(?![\w])"
    r"|(?<![\w])(?P<m>[\dOlI]{1,2})(?=[- ]?(?:years?[- ]old|yo|y/o)\b)"
    # in brackets or between commas after a word, as an age follows a name: "Kayla (l4)"
    r"|(?<=[A-Za-z] \()(?P<b>[\dOlI]{1,2})(?=\))|(?<=[A-Za-z], )(?P<c>[\dOlI]{1,2})(?=,)"
)
# a letter read as a digit right beside a digit: a year or an age with a letter for a digit has
# one ("2O11", "l4"), its few characters being a digit and a letter at least; without one, neither
# pattern is run over the draft
_LETTER_BESIDE_DIGIT = STORE.compile(r"\d[OolI]|[OolI]\d")
# a date with letters for digits: "O3/O4/2O11", "l4.O3.2Ol1"
_LETTER_DAY_MONTH = STORE.compile(r"(?<![\w/.])[\dOolI]{1,2}/[\dOolI]{1,2}(?![\w/])")
_LETTER_DATE = STORE.compile(
    r"(?<![\w/.])[\dOolI]{1,2}([/.-])[\dOolI]{1,2}\1[\dOolI]{2,4}(?![\w/])"
)
# a day with a letter for a digit before its month: "l4 March", "O3rd of May"
_LETTER_DAY = STORE.compile(
    rf"(?<![\w])(?P<n>[\dOlI]{{1,2}})(?=(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?i:{_MONTHS})\b)"
)
_AS_DIGIT = str.maketrans("OolISB", "001158")
_AS_SCANNED = str.maketrans("OolISBgbZ", "001158962")
_SCANNED_NUMBER = STORE.compile(
    r"(?<![\w])(?=[\dOolISBgbZ]*\d)[\dOolISBgbZ]{2,}(?:[ -][\dOolISBgbZ]{2,}){0,3}(?![\w])"
)
_SPACED_RUN = (
    r"(?:[A-Za-z0-9](?:\.[A-Za-z0-9])+\.?|[A-Za-z0-9](?:\.[ ][A-Za-z0-9])+\.?"
    r"|[A-Za-z0-9](?:\.[ ]{2,3}[A-Za-z0-9]){2,}\.?"
    r"|[A-Za-z0-9](?:[ ][A-Za-z0-9])+|[A-Za-z0-9](?:-[A-Za-z0-9])+"
    r"|[A-Za-z0-9](?:[ ]-[ ][A-Za-z0-9])+|[A-Za-z0-9](?:[ ]\.[ ][A-Za-z0-9])+"
    r"|[A-Za-z0-9](?:_[A-Za-z0-9])+"
    r"|[A-Za-z0-9](?:\*[A-Za-z0-9])+|[A-Za-z0-9](?:~[A-Za-z0-9])+"
    r"|[A-Za-z0-9](?:[ ]?[·•][ ]?[A-Za-z0-9])+"
    r"|[A-Za-z0-9](?:\|[A-Za-z0-9])+|[A-Za-z](?:/[A-Za-z]){3,}"
    r"|[A-Za-z0-9](?:[ ]{2,3}[A-Za-z0-9])+)"
)
_SPACED_GAP = r"(?:[ \t]{2,}|[ \t]*[/|·@][ \t]*|[ \t]+[._-][ \t]+)"
# letters spaced or dotted one by one, words apart by a wider gap:
# "K a y l a  B r o d i e", "K.a.y.l.a"
_SPACED_LETTERS = STORE.compile(
    rf"(?<![\w.'’])(?:{_SPACED_RUN}{_SPACED_GAP})*{_SPACED_RUN}(?![\w])"  # not "she's 1 4"
)
_SPACED_WORD = STORE.compile(_SPACED_RUN)
_SPACED_SEED = STORE.compile(
    r"(?<![A-Za-z0-9])[A-Za-z0-9](?:\.|\. {1,3}| |-| - | \. |_|\*|~| ?[·•] ?| {2,3}|\||/)"
    r"[A-Za-z0-9](?:\.|\. {1,3}| |-| - | \. |_|\*|~| ?[·•] ?| {2,3}|\||/)[A-Za-z0-9](?![A-Za-z])"
    r"|(?<![\w.])\d [\d](?![\w]|\.\d)"
)
# where a capital starts a word in letters spaced out as one run ("KBrodie", "K4yd3nBr0d1e";
# not "McDonald")
_SPACED_CAPITAL = STORE.compile(
    r"(?<=[a-z0-9])(?<!Mc)(?<!Mac)(?=[A-Z][a-z0-9])|(?<=^[A-Z])(?=[A-Z][a-z0-9])"
)
# an initial, then a surname spaced out letter by letter: "K. B r o d i e"
_INITIAL_SPACED = STORE.compile(
    r"(?<![\w.])[A-Z]\.?[ ]{1,2}(?P<word>[A-Z](?:[ ][A-Za-z])*(?:[ ][a-z]){2,})(?![\w])"
)
# a postcode spaced or dotted in groups of one or two: "G 11 6 PS", "M.9. 8.A.Q"
_GROUPED_POSTCODE = STORE.compile(
    r"(?<![\w.-])[A-Z0-9]{1,3}(?:(?:[ ]|[.-][ ]?)[A-Z0-9]{1,3}){2,6}\.?(?![\w-])"
    r"|(?<![\w.-])[a-z0-9]{1,3}(?:(?:[ ]|[.-][ ]?)[a-z0-9]{1,3}){2,6}\.?(?![\w-])"
)
# where a postcode is expected: after the word, an address's comma, "lives at" or "in"
_POSTCODE_PLACE = STORE.compile(
    r"(?i)(?:post\s?code|address|\b(?:at|in|to|from))\W{0,3}$|,[ \t]*$|^[ \t]*$|\n[ \t]*$"
)
_POSTCODE_WHOLE = STORE.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
# a postcode in capitals with its space in the wrong place: "PA29 XY", "G1 16PS"
_MISSPACED_POSTCODE = STORE.compile(r"(?<![\w.-])[A-Z][A-Z0-9]{1,4}[ ]{1,2}[A-Z0-9]{2,4}(?![\w-])")
_MISSPACED_SEED = STORE.compile(r"[A-Z]\d[A-Z0-9]{0,3} [A-Z0-9]")
# a street's word, after which an address's postcode comes ("4 Rowan Drive PA29 XY")
_STREET_END = STORE.compile(
    r"(?i:\b(?:road|rd|street|st|drive|dr|avenue|ave|lane|ln|close|crescent|cres|way|place|pl"
    r"|court|ct|gardens|gdns|terrace|grove|wynd|brae|view|square|sq)\.?,?[ \t]*)$"
)
# a number plate of today's shape: two letters, the age's two digits, three letters
_REGISTRATION = STORE.compile(r"[A-Z]{2}\d{2}[A-Z]{3}")
_LEET = STORE.compile(
    r"(?<![\w@#/|])[A-Za-z0-9@$€¥]*(?:[A-Za-z][0-9@$€¥!|]|[0-9@$€¥!|][A-Za-z])[A-Za-z0-9@$€¥!|]*"
    r"(?<![!|])(?![\w@|])"
)
# Digits and letters that are not leetspeak: ordinals, times, units, codes
# ("3rd", "10am", "5mg", "B12", "M25")
_NOT_LEET = STORE.compile(
    r"(?i:\d+(?:st|nd|rd|th|am|pm|s|mg|ml|kg|km|g|m|mm|cm|ft|yo|yrs?|y|mins?|hrs?|h|k|p|x|gb|mb"
    r"|kb))"
    r"|[A-Z]{1,3}\d{1,4}[A-Z]?|[a-z]{1,2}\d{1,2}|(?i:\d{1,4}[a-z]{1,2})"
)
# letters drawn with two or more signs, and signs that stand for one letter at a word's start
_DRAWN_LETTERS = {
    "|<": "k",
    "|\\/|": "m",
    "/\\/\\": "m",
    "|\\|": "n",
    "/\\/": "n",
    "\\/\\/": "w",
    "\\/": "v",
    "|-|": "h",
    "|)": "d",
    "|_|": "u",
    "|_": "l",
    "()": "o",
    "<": "c",
    "£": "l",
}
_DRAWN = STORE.compile("|".join(map(re.escape, sorted(_DRAWN_LETTERS, key=len, reverse=True))))
_DRAWN_SEED = STORE.compile(
    r"\|<|\|\\/\||\\/|\|-\||\|\)|\|_|(?<=[A-Za-z])\(\)(?=[a-z])|(?<![\w<(])[<£](?=[a-z])"
)
_DRAWN_WORD = STORE.compile(
    r"(?<![\w|\\/<(£])(?:[A-Za-z0-9@$€¥!]|[|\\/<()_£-])+(?<![|\\/<(_-])(?![\w])"
)
_RARE_LEET = {"8": "b", "9": "g", "6": "g", "2": "z"}
_LEET_MAP = {
    "4": "a",
    "@": "a",
    "3": "e",
    "€": "e",
    "1": "i",
    "!": "i",
    "|": "l",
    "0": "o",
    "5": "s",
    "$": "s",
    "7": "t",
    "¥": "y",
}


# a postcode with a letter for a digit or a digit for a letter ("G1l 6PS", "G11 6P5", "EH6 5OT");
# it starts with a capital (or a digit standing for one), tested first: the look-aheads after
# it read on to the next digit, and tried at every position they were three quarters of the
# pattern's time
_POSTCODE_LIKE = STORE.compile(
    r"(?=[A-Z034-8])(?<![\w])(?=[A-Za-z0-9 ]{5,8}(?![\w]))(?=[A-Za-z0-9 ]*\d)"
    r"([A-Z034-8][A-Z0-9lo]{1,3}) ?([A-Z0-9Oo][A-Z0-9]{2})(?![\w])"
)
# the letters each place of a real postcode may hold (no Q, V, X first; no I, J, Z second; ...)
_UK_POSTCODE = STORE.compile(
    r"[A-PR-UWYZ](?:\d[A-HJKPSTUW\d]?|[A-HK-Y]\d[ABEHMNPRVWXY\d]?) \d[ABD-HJLNP-UW-Z]{2}"
)
# a postcode with a wide gap: two or more spaces or a tab ("G66  1XY", once no-break spaces)
_WIDE_POSTCODE = STORE.compile(
    r"(?<![\w])([A-Z]{1,2}\d[A-Z\d]?)(?:[ ]{2,4}|[ ]*\t[ \t]*)(\d[A-Z]{2})(?![\w])"
)
_VEHICLE_REGISTRATION = STORE.compile(r"[A-Z]{2}\d{2} ?[A-Z]{3}")
_POSTCODE_STRICT = STORE.compile(r"[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}")
_AS_LETTER = {"0": "O", "1": "I", "5": "S", "8": "B", "4": "A", "3": "E", "7": "T", "6": "G"}
_AS_NUMBER = {
    "O": "0",
    "o": "0",
    "I": "1",
    "l": "1",
    "i": "1",
    "S": "5",
    "B": "8",
    "Z": "2",
    "G": "6",
}


def _repaired_postcode(outward: str, inward: str) -> str | None:
    """The postcode the two halves spell once each letter or digit is read as the kind its
    place in a postcode needs; None when no reading gives a postcode."""
    chars = outward + " " + inward
    for area, digit_first in ((1, True), (2, True), (1, False), (2, False)):
        if len(outward) <= area:
            continue
        kinds = "L" * area + "D" + "X" * (len(outward) - area - 1) + " " + "DLL"
        fixed = "".join(_read_as(c, k, digit_first) for c, k in zip(chars, kinds))
        if _POSTCODE_STRICT.fullmatch(fixed) and _UK_POSTCODE.fullmatch(fixed):
            return fixed
    return None


def _read_as(char: str, kind: str, digit_first: bool) -> str:
    """A postcode character read as the kind its place needs: L a letter, D a digit, X either
    (a look-alike read as a digit first, so "GII" is G11)."""
    if kind == "L":
        return _AS_LETTER.get(char, char)
    if kind == "D" or digit_first or char.islower():
        return _AS_NUMBER.get(char, char)
    return char


def _postcode_edits(text: str, words: frozenset[str] = frozenset()) -> list[Edit]:
    edits = [
        Edit(m.start(), m.end(), f"{m.group(1)} {m.group(2)}", SPACED_LETTERS)
        for m in _WIDE_POSTCODE.finditer(text)
        if _UK_POSTCODE.fullmatch(f"{m.group(1)} {m.group(2)}")
    ]
    for m in _POSTCODE_LIKE.finditer(text):
        if (
            not any(c.isdigit() for c in m.group())  # "SOCIAL" in a shouted post is a word
            or _POSTCODE_STRICT.fullmatch(f"{m.group(1)} {m.group(2)}")
            or m.group(2).lower() in words
            or _VEHICLE_REGISTRATION.fullmatch(m.group())
        ):
            continue  # a postcode already, "MP3 ONE", or a number plate ("WK68 OXP")
        fixed = _repaired_postcode(m.group(1), m.group(2))
        changed = fixed is not None and sum(
            a != b for a, b in zip(fixed.replace(" ", ""), m.group(1) + m.group(2))
        )
        if fixed is not None and changed <= 2 and any(c.isalpha() for c in m.group(2)[1:]):
            replacement = fixed if m.group().count(" ") else fixed.replace(" ", "")
            spans = (
                tuple((i, i + 1) for i in range(m.start(), m.end()))
                if len(replacement) == len(m.group())
                else None
            )
            edits.append(Edit(m.start(), m.end(), replacement, LEET, spans))
    return edits


def _alphabet_run(chars: str) -> bool:
    """ "ABCDEFG", "xyz": letters in the alphabet's order, each after the one before."""
    codes = [ord(c) for c in chars.lower()]
    return len(codes) >= 3 and chars.isalpha() and all(b - a == 1 for a, b in zip(codes, codes[1:]))


def _grouped_postcode_edits(text: str, words: frozenset[str] = frozenset()) -> list[Edit]:
    """ "G 11 6 PS", "M.9. 8.A.Q", "g 116 ps", "P-A-2 9-X-Y": a postcode in groups of one to
    three characters, one of them a character on its own; a number plate dotted or hyphenated
    character by character ("Y.A.2.1. K.X.M" -> "YA21 KXM")."""
    edits = []
    for m in _GROUPED_POSTCODE.finditer(text):
        groups = re.findall(r"[A-Za-z0-9]+", m.group())
        if m.group().islower() and len(groups[0]) > 1 and groups[0] in words:
            continue  # "born on 1 2 t h": a small word and spaced digits, not "ON1 2TH"
        if not any(len(g) == 1 for g in groups):
            continue  # "AT 61 YE" in a shouted chat: words and a number, not a postcode
        if len(groups) < 4 and not _POSTCODE_PLACE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "Grade B 12 AB": three groups only where a postcode is expected
        chars = "".join(groups).upper()
        postcode = f"{chars[:-3]} {chars[-3:]}"
        if _POSTCODE_WHOLE.fullmatch(chars) and _UK_POSTCODE.fullmatch(postcode):
            edits.append(Edit(m.start(), m.end(), postcode, SPACED_LETTERS))
        elif len(groups) >= 6 and _REGISTRATION.fullmatch(chars):  # "Y.A.2.1. K.X.M"
            edits.append(Edit(m.start(), m.end(), postcode, SPACED_LETTERS))
    return edits


# a postcode's two halves on two lines, as an address block wraps it ("PA2" over "9XY")
_BROKEN_POSTCODE = STORE.compile(
    r"(?<![\w-])(?P<out>[A-Z]{1,2}\d[A-Z\d]?)(?P<gap>[ \t]*\r?\n[ \t]*)(?P<in>\d[A-Z]{2})(?![\w-])"
)


def _broken_postcode_edits(text: str) -> list[Edit]:
    """ "PA2" over "9XY": a postcode broken across a line end is read with a space."""
    return [
        Edit(m.start("gap"), m.end("gap"), " ", WRAPPED)
        for m in _BROKEN_POSTCODE.finditer(text)
        if _UK_POSTCODE.fullmatch(f"{m.group('out')} {m.group('in')}")
    ]


def _misspaced_postcode_edits(text: str) -> list[Edit]:
    """ "PA29 XY", "G1 16PS": a postcode in capitals whose space stands in the wrong place,
    where a postcode is expected (after the word, an address's comma or a street's word)."""
    edits = []
    for m in _MISSPACED_POSTCODE.finditer(text):
        first, second = m.group().split()
        chars = first + second
        postcode = f"{chars[:-3]} {chars[-3:]}"
        if (
            postcode != m.group()
            # "M25 JX", "B12 AB": a road or a vitamin and letters, not "PA29 XY", "G1 16PS"
            and (sum(c.isalpha() for c in first) >= 2 or any(c.isdigit() for c in second))
            and _POSTCODE_WHOLE.fullmatch(chars)
            and _UK_POSTCODE.fullmatch(postcode)
            and (
                _POSTCODE_PLACE.search(text, max(0, m.start() - 30), m.start())
                or _STREET_END.search(text, max(0, m.start() - 12), m.start())
            )
        ):
            edits.append(Edit(m.start(), m.end(), postcode, SPACED_LETTERS))
    return edits


def _digit_edits(text: str, words: frozenset[str] = frozenset()) -> list[Edit]:
    """Numbers spaced, dotted or grouped oddly, and numbers with letters for digits."""
    return (
        _postcode_edits(text, words)
        + _grouped_digit_edits(text)
        + _spaced_year_edits(text)
        + _letter_digit_edits(text)
    )


def _spaced_year_edits(text: str) -> list[Edit]:
    """ "14 March 2 0 1 1" -> "14 March 2011": a year spaced or dotted digit by digit after its
    month, each digit standing for itself (a trailing dot stays outside)."""
    edits = []
    for m in _SPACED_YEAR.finditer(text):
        if not _MONTH_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        at = [m.start() + i for i, c in enumerate(m.group()) if c.isdigit()]
        spans = tuple((i, i + 1) for i in at)
        year = "".join(text[i] for i in at)
        edits.append(Edit(m.start(), m.end(), year, SPACED_DIGITS, spans))
    return edits


# a UK mobile number without its leading 0 ("7700 900418"), or with 44 and no plus
_MOBILE_NO_ZERO = STORE.compile(r"7[1-9]\d{8}")
_NO_ZERO_PHONE = STORE.compile(
    r"(?<![\w+.,/-])(?P<cc>44[ -]?)?(?P<zero>\(0\)[ -]?)?"
    r"7[1-9]\d{2}(?:[ -]?\d{6}|[ -]?\d{3}[ -]?\d{3})(?![\w]|[.,/-]\d)"
)


_PHONE_CUE = STORE.compile(
    r"(?i)\b(?:mob(?:ile)?|phone|tel|telephone|call|calls|called|ring|rang|text|texts|whatsapp"
    r"|contact|reach|(?:her|his|my|their|your|mum's|dad's)\s+number|number\s+is)\b"
    r"|\bon[ \t:]*$"
)


def _dialled(digits: str, said: bool = False) -> str:
    """A mobile number as dialled: its 0 put back ("7700900418"), "44" given its plus. Ten
    digits in a row that pass the NHS number's check stay, unless `said` as a phone number is
    (in a mobile's groups, or digit by digit in words)."""
    if _MOBILE_NO_ZERO.fullmatch(digits) and (said or not nhs(digits)):
        return "0" + digits
    if digits.startswith("44") and _MOBILE_NO_ZERO.fullmatch(digits[2:]):
        return "+" + digits
    return digits


def _no_zero_phone_edits(text: str) -> list[Edit]:
    """ "7700 900 418", "44 7700 900418": a mobile number written without its leading 0 (an
    NHS number of the same length, which passes its check, stays)."""
    edits = []
    for m in _NO_ZERO_PHONE.finditer(text):
        if re.search(r"[\d+)][ -]?$", text[max(0, m.start() - 2) : m.start()]):
            continue  # the rest of a number: "+44 7700 ...", "(0) 7700 ..."
        if not (m.group("cc") or m.group("zero")) and not _PHONE_CUE.search(
            text, max(0, m.start() - 40), m.start()
        ):
            continue  # "order number 7812 345678": a phone only where a phone is spoken of
        digits = re.sub(
            r"\D", "", m.group().replace("(0)", "")
        )  # "(0) 7700 ...": the 0 is put back
        dialled = _dialled(digits, said=not m.group().isdigit())
        if dialled[0] in "0+":
            edits.append(Edit(m.start(), m.end(), dialled, NO_ZERO))
    return edits


# cheap tests that a draft may hold what the patterns below look for
_MOBILE_SEED = STORE.compile(r"7[1-9]\d\d")
_FOUR_SPACED = STORE.compile(r"\d \d \d \d")
_SCANNED_SEED = STORE.compile(r"\d[gbZ]|[gbZ]\d")
_GROUPED_POSTCODE_SEED = STORE.compile(r"\d[ .-]{1,2}\d?[A-Za-z]{1,2}\b")
# part of a phone number spaced digit by digit, part in a group: "0 7 7 0 0 900418"
_HALF_SPACED = STORE.compile(r"(?<![\w.,+])(?:0\d{1,5} )?\d(?: \d){3,}(?: \d{2,6})?(?![\w]|[.,]\d)")
# ten digits in groups the rules do not read: "9434 765 919", "94 34 76 59 19"
_ID_GROUPS = STORE.compile(r"(?<![\w.,/])\d{1,5}(?:[ \-]\d{1,5}){1,5}(?![\w/]|[.,]\d)")
_HEALTH_NUMBER_CUE = STORE.compile(r"(?i)\b(?:nhs|chi|health|patient|hospital)\b")
# the label right before a number given as someone's NHS or CHI number ("NHS no:", "her CHI is")
_HEALTH_NUMBER_LABEL = STORE.compile(
    r"(?i)\b(?:nhs|chi|health(?:\s+(?:and|&)\s+care)?|patient|hospital)"
    r"(?:\s+(?:no|number|num|id))?\.?\s*(?:[#:=(\u2116|-]|(?:is|was)\b)?\s*$"
)


def _health_number(text: str, start: int, digits: str) -> bool:
    """Ten digits that are an NHS or CHI number: they pass its check, or its label comes right
    before them (a number given as someone's NHS number with a slip in it is still theirs)."""
    if len(digits) != 10:
        return False
    labelled = _HEALTH_NUMBER_LABEL.search(text, max(0, start - 30), start) is not None
    return nhs(digits) or chi(digits) or labelled and not_placeholder(digits)


_BIRTH_CUE = STORE.compile(
    r"(?i)\b(?:born(?:\s+on)?|dob|d\.o\.b\.?|birth(?:day)?|date of birth)(?:\s+(?:is|was))?\W{0,3}$"
)
# a year spaced or dotted digit by digit ("2 0 1 1"), read after its month: "14 March 2 0 1 1"
_SPACED_YEAR = STORE.compile(r"(?<![\w.])(?:1[ .]9|2[ .]0)[ .]\d[ .]\d(?![\w]|[.,]\d)")
_MONTH_BEFORE = STORE.compile(rf"(?i)\b(?:{_MONTHS})\.?,?[ \t]+$")


def _spaced_date(text: str, m: re.Match[str], digits: str) -> str | None:
    """ "1 4 0 3 2 0 1 1": eight digits spaced one by one that make a date (14/03/2011); six
    ("1 4 0 3 1 1") only after a birth word."""
    if len(digits) == 8 and 1900 <= int(digits[4:]) <= 2035:
        day, month, year = digits[:2], digits[2:4], digits[4:]
    elif len(digits) == 6 and _BIRTH_CUE.search(text, max(0, m.start() - 16), m.start()):
        day, month, year = digits[:2], digits[2:4], digits[4:]
    else:
        return None
    if not (1 <= int(day) <= 31 and 1 <= int(month) <= 12):
        return None
    return f"{day}/{month}/{year}"


def _id_group_edits(text: str) -> list[Edit]:
    """An NHS or CHI number in groups other than 3-3-4 or 6-4, read when it passes its check
    and the word NHS, CHI, health, patient or hospital comes just before."""
    edits = []
    for m in _ID_GROUPS.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        groups = tuple(len(g) for g in re.findall(r"\d+", m.group()))
        if (
            groups not in ((3, 3, 4), (6, 4))
            and _health_number(text, m.start(), digits)
            and _HEALTH_NUMBER_CUE.search(text, max(0, m.start() - 40), m.start())
        ):
            edits.append(Edit(m.start(), m.end(), digits, SPACED_DIGITS))
    return edits


def _half_spaced_edits(text: str) -> list[Edit]:
    edits = []
    for m in _HALF_SPACED.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if digits.startswith("0") and 10 <= len(digits) <= 11 and re.search(r"\d\d", m.group()):
            edits.append(Edit(m.start(), m.end(), digits, SPACED_DIGITS))
    return edits


def _grouped_digit_edits(text: str) -> list[Edit]:
    edits = _no_zero_phone_edits(text) if _MOBILE_SEED.search(text) else []
    edits += _id_group_edits(text) if _HEALTH_NUMBER_CUE.search(text) else []
    edits += _half_spaced_edits(text) if _FOUR_SPACED.search(text) else []
    for m in _SPACED_DIGITS.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        spaced_marks = re.search(r" [.\-]|[.\-] ", m.group())  # "1 4 . 0 3 . 2 0 1 1": a date
        date = (
            None if spaced_marks or re.search(r"\d\d", m.group()) else _spaced_date(text, m, digits)
        )
        if date:
            edits.append(Edit(m.start(), m.end(), date, SPACED_DIGITS))
        elif len(digits) >= (9 if spaced_marks else 6):
            number = "+" + digits if m.group().startswith("+") else _dialled(digits)
            edits.append(Edit(m.start(), m.end(), number, SPACED_DIGITS))
    for m in _SPACED_MARK_DATE.finditer(text):
        if " " in m.group() and 1 <= int(m.group("d")) <= 31 and 1 <= int(m.group("m")) <= 12:
            date = f"{m.group('d')}/{m.group('m')}/{m.group('y')}"
            edits.append(Edit(m.start(), m.end(), date, SPACED_DIGITS))
    for m in _DOTTED_GROUPS.finditer(text):
        digits = m.group().replace(".", "")
        if len(digits) >= 10:  # a phone or an official number; versions and sections are shorter
            edits.append(Edit(m.start(), m.end(), digits, SPACED_DIGITS))
    for m in _ODD_GROUPS.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if 10 <= len(digits) <= 11:
            edits.append(Edit(m.start(), m.end(), digits, SPACED_DIGITS))
    return edits + _sign_group_edits(text)


# a phone number in groups apart by one sign, the same each time: "07700/900/418",
# "07700 - 900 - 418", "0113 | 496 | 0418", "07700·900·418", "07700_900_418"
_SIGN_GROUPS = STORE.compile(
    r"(?<![\w.,/+\\|-])\+?\d{2,5}"
    r"(?P<sign>[ \t]*[/_~|*=+\\\u00a6\u00b7\u2022][ \t]*|[ \t]+-[ \t]+)"
    r"\d{2,4}(?:(?P=sign)\d{2,4}){1,3}(?![\w]|[.,/|\\-]\d)"
)


def _sign_group_edits(text: str) -> list[Edit]:
    """A phone number in groups apart by a sign other than a space, dot or hyphen, the same
    sign each time: read when the groups make a UK number as dialled (a date, a reference's
    year and serial, page numbers have too few digits or no 0 first)."""
    edits = []
    for m in _SIGN_GROUPS.finditer(text):
        sign = m.group("sign").strip()
        groups = re.findall(r"\d+", m.group())
        if m.group().startswith("+"):  # "+44~7700~...": the country's code for the 0
            if groups[0] != "44" or len(groups) < 4:
                continue
            groups = ["0" + groups[1], *groups[2:]]
        if sign and _phone_in_groups(groups):
            edits.append(Edit(m.start(), m.end(), " ".join(groups), ODD_SIGNS))
    return edits


def _as_digits(m: re.Match[str], group: int | str = 0) -> Edit:
    """The match with O, o, l and I read as 0 and 1, character for character."""
    start, end = m.start(group), m.end(group)
    spans = tuple((i, i + 1) for i in range(start, end))
    return Edit(start, end, m.group(group).translate(_AS_DIGIT), O_FOR_ZERO, spans)


def _has_letter_digits(run: str, least_digits: int = 1) -> bool:
    return any(c in "OolISB" for c in run) and sum(c.isdigit() for c in run) >= least_digits


def _long_number(run: str) -> bool:
    """A phone number (from 0, three real digits) or an official number (six real digits)."""
    digits = re.sub(r"\D", "", run.translate(_AS_DIGIT))
    real = sum(c.isdigit() for c in run)
    return len(digits) >= 10 and (digits.startswith("0") and real >= 3 or real >= 6)


def _letter_digit_edits(text: str) -> list[Edit]:
    """ "O3/O4/2O11", "l4/O3", "2O11", "aged l4", "O77OO 9OO 1O3", "NI JK l2 34 S6 A"."""
    edits = [_as_digits(m) for m in _LETTER_DATE.finditer(text) if _has_letter_digits(m.group(), 3)]
    edits += [
        _as_digits(m) for m in _LETTER_DAY_MONTH.finditer(text) if _has_letter_digits(m.group())
    ]
    beside = _LETTER_BESIDE_DIGIT.search(text) is not None  # a year's or an age's is
    edits += [
        _as_digits(m)
        for m in (_LETTER_YEAR.finditer(text) if beside else ())
        if _has_letter_digits(m.group(), 0)
    ]
    edits += [
        _as_digits(m, "n")
        for m in (_LETTER_DAY.finditer(text) if beside else ())
        if _has_letter_digits(m["n"]) and 1 <= int(m["n"].translate(_AS_DIGIT)) <= 31
    ]
    for m in _LETTER_AGE.finditer(text) if beside else ():
        group = next(g for g in "nmbc" if m.group(g))
        if _has_letter_digits(m.group(group)):
            edits.append(_as_digits(m, group))
    edits += [
        Edit(m.start(), m.end(), re.sub(r"\D", "", m.group().translate(_AS_DIGIT)), O_FOR_ZERO)
        for m in _O_FOR_ZERO.finditer(text)
        if _has_letter_digits(m.group(), 0) and _long_number(m.group())
    ]
    for m in _LETTER_ID.finditer(text):
        group = "n" if m["n"] else "p"
        if _has_letter_digits(m[group], 4 if group == "n" else 5):
            edits.append(_as_digits(m, group))
    edits += _leet_phone_edits(text) if _LEET_PHONE_SEED.search(text) else []
    return edits + (_scanned_number_edits(text) if _SCANNED_SEED.search(text) else [])


# a phone number in leetspeak where a phone is spoken of: letters for digits beyond O and l
# ("O7700 9OO Z3b", "07700 9oo 2e6"), or spaced one by one ("O 7 7 O O 9 O O 2 3 6")
_AS_PHONE_DIGIT = str.maketrans("OolIZzEeAaSsGbTtBgq", "0011223344556677899")
_LEET_PHONE_CHARS = "0-9OolIZzEeAaSsGbTtBgq"
_LEET_PHONE = STORE.compile(
    rf"(?<![\w+.,/-])(?P<cc>\+[ ]?44[ .-]?)?[{_LEET_PHONE_CHARS}]{{1,5}}"
    rf"(?:[ .-][{_LEET_PHONE_CHARS}]{{1,5}}){{0,10}}(?![\w]|[.,/-]\d)"
)
_LEET_LETTERS = _LEET_PHONE_CHARS[3:]
_LEET_PHONE_SEED = STORE.compile(rf"\d[ .-]?[{_LEET_LETTERS}]|[{_LEET_LETTERS}][ .-]?\d")


def _leet_phone_edits(text: str) -> list[Edit]:
    """ "her mobile O7700 900 Z36" -> "07700900236": a phone number with letters for some of its
    digits, read after a phone word when the digits make a UK number as dialled, four of them
    at least written as digits, and each group of two or more characters holds one."""
    edits = []
    for m in _LEET_PHONE.finditer(text):
        run = m.group()[m.end("cc") - m.start() if m.group("cc") else 0 :]
        groups = re.split(r"[ .-]", run)
        if (
            sum(c.isdigit() for c in run) < 4
            or not any(c.isalpha() for c in run)
            or not all(len(group) == 1 or re.search(r"\d", group) for group in groups)
        ):
            continue
        digits = re.sub(r"\D", "", run.translate(_AS_PHONE_DIGIT))
        number = ("+44" if m.group("cc") else "") + digits
        if uk_phone(number) and _PHONE_CUE.search(text, max(0, m.start() - 40), m.start()):
            only_o_and_l = all(c in "OolI" for c in run if c.isalpha())
            edits.append(
                Edit(m.start(), m.end(), number, O_FOR_ZERO if only_o_and_l else LETTER_DIGITS)
            )
    return edits


def _scanned_number_edits(text: str) -> list[Edit]:
    """ "6g2 l74 2l8O": an NHS or CHI number as a scanner misreads it, g for 9, b for 6 and Z
    for 2 as well as O and l; read only when the digits pass the number's check."""
    edits = []
    for m in _SCANNED_NUMBER.finditer(text):
        digits = re.sub(r"\D", "", m.group().translate(_AS_SCANNED))
        if re.search("[gbZ]", m.group()) and _health_number(text, m.start(), digits):
            edits.append(Edit(m.start(), m.end(), digits, SCANNED))
    return edits


def _leet_number(token: str) -> str | None:
    """ "3l3v3n", "f1v3" -> "eleven", "five": a number in words with digits in place of its
    letters, read by the number pass (codes and times are not leetspeak)."""
    if _NOT_LEET.fullmatch(token):
        return None
    plain = "".join(_LEET_MAP.get(c, c) for c in token).lower()
    return plain if plain in _CARDINAL_WORDS else None


def _one_readings(token: str) -> list[str]:
    """The token with its look-alike digits read as letters, each "1" as "i" or as "l"."""
    ones = [i for i, c in enumerate(token) if c == "1"][:4]
    plain = "".join(_LEET_MAP.get(c, c) for c in token)
    readings = [plain]
    for mask in range(1, 2 ** len(ones)):
        chars = list(plain)
        for bit, at in enumerate(ones):
            if mask >> bit & 1:
                chars[at] = "L" if token.upper() == token else "l"
        readings.append("".join(chars))
    return readings


# three or more lines of one letter or digit each
_VERTICAL = STORE.compile(r"(?m)^[ \t]*[A-Za-z0-9][ \t]*(?:\r?\n[ \t]*[A-Za-z0-9][ \t]*){2,}$")
_AGE_BEFORE = STORE.compile(
    r"(?i)(?:\b(?:aged|age|is|was|turned|turns|be|now)|\b(?:s?he|you)['’]s)[ \t:]+$"
)
_AGE_AFTER = STORE.compile(r"(?i)[ \t-]*(?:years?|yrs?|yo|y/o)\b")


# "D O N ' T": a contraction spelt out (a possessive "K a y l a ' s" is a name's)
_CONTRACTION_AFTER = STORE.compile(r"[ ]?['’][ ]?(?![sS](?![A-Za-z]))[A-Za-z](?![A-Za-z])")
_CONTRACTION_BEFORE = STORE.compile(r"['’][ ]?$")
# the end of a contraction spelt out, up to the wider gap: "T", "S", "L L", "R E", "V E"
_CONTRACTION_TAIL = STORE.compile(r"(?:[LlRrVv][ ]?[LlEe]|[A-Za-z])(?:[ \t]{2,}|[ \t]*[/|·][ \t]*)")
_ARTICLE_THEN_DIGITS = STORE.compile(r"[aA] \d[\d ]*$")
_ARTICLE_THEN_LETTER = STORE.compile(r"[aA] [A-Za-z] [A-Za-z]")
_BRACKET_AFTER_NAME = STORE.compile(r"[A-Za-z]\s*\($")  # "Ellie-May (1 2)"


# a possessive spelt out after a spaced word, and the wider gap after it: "A n n e ' s  P r i m
# a r y", "M-a-r-y-'-s", "A.n.n.e.'.s."
_SPACED_POSSESSIVE = STORE.compile(r"[ .\-]?['’][ .\-]?[sS]\.?(?![A-Za-z])(?P<gap>[ \t]*)")


def _spaced_possessive(text: str, at: int) -> list[Edit]:
    m = _SPACED_POSSESSIVE.match(text, at)
    if m is None or m.end() == at + 2 and text[at] in "'’":
        return []  # "Anne's" as written
    return [Edit(at, m.end(), "'s" + (" " if m.group("gap") else ""), SPACED_LETTERS)]


def _day_and_month(day: str, month: str) -> bool:
    return len(day) == len(month) == 2 and 1 <= int(day) <= 31 and 1 <= int(month) <= 12


def _spaced_age(text: str, group: re.Match[str], runs: list[re.Match[str]]) -> list[Edit]:
    """ "aged 1 4", "1 6 years old": two spaced digits read as an age where an age is said;
    "1 4 Rowan Drive": as a house number before a street."""
    digits = re.sub(r"\D", "", group.group())
    if len(runs) != 1 or not 2 <= len(digits) <= 3:
        return []
    before = _AGE_BEFORE.search(text, max(0, group.start() - 12), group.start())
    after = _AGE_AFTER.match(text, group.end()) or _STREET_NEXT.match(text, group.end())
    bracketed = text[group.end() : group.end() + 1] == ")" and _BRACKET_AFTER_NAME.search(
        text, max(0, group.start() - 40), group.start()
    )
    if before is None and not after and not bracketed:
        return []
    return [Edit(group.start(), group.end(), digits, SPACED_DIGITS)]


class Normaliser:
    """Builds the normalised view of a draft; the word lists decide which spaced-out or
    digit-for-letter words are names (so "S U M M A R Y" and "v2.0" are left as written)."""

    def __init__(
        self,
        names: frozenset[str],
        surnames: frozenset[str],
        places: frozenset[str],
        ordinary: frozenset[str],
        words: frozenset[str],
    ) -> None:
        self.names, self.surnames, self.places = names, surnames, places
        self.ordinary, self.words = ordinary, words
        # every place in the gazetteer, also those that are words ("edinburgh"): a word
        # spaced out or written in leetspeak is read as a place by this list
        self.gazetteer = frozenset(p for p in lowered_place_names() if " " not in p)
        self.confusables = _confusables()
        lookalike = "".join(sorted(self.confusables))
        self._lookalike = re.compile(f"[{re.escape(lookalike)}]")
        self._mixed_token = re.compile(rf"[\w{re.escape(lookalike)}]+")
        # a town that is also a word, but no word people use as one ("paisley"; not "bath",
        # "reading": ambiguous_places.txt), is the town among a link's or a tag list's words
        in_tags = self.gazetteer - {p.lower() for p in ambiguous(data_dir("models"))}
        self.links = LinkSplitter(names, surnames, places, words, in_tags - ordinary)
        table = _letter_like()
        chars = re.escape("".join(sorted(table)))
        self._letter_like = (table, re.compile(f"[{chars}]"), re.compile(rf"[\w{chars}]+"))

    def __call__(self, text: str) -> Normalised:
        """The draft's view (the draft itself when there is nothing to undo)."""
        result = Normalised(text, text)
        for make in (self._characters, self._tokens, self._numbers):
            edits = _non_overlapping(make(result.text))
            if edits:
                names = [e for e in edits if self._disguised_name(result.text, e)]
                result.disguised = _through(result.disguised, edits) + _made(names, edits)
                _compose(result, edits)
        edits, tokens = self.links.edits(result.text)
        if edits:
            result.tokens = [result.to_original(s, e) for s, e in tokens]
            result.disguised = _through(result.disguised, edits)
            _compose(result, edits)
            result.names = _names_in_view(edits)
        return result

    def _disguised_name(self, text: str, edit: Edit) -> bool:
        """A first name that an edit read out of a disguise ("K4yd3n", "K a y l a", "Kаyla"
        with a Cyrillic а): nobody disguises an ordinary word, so the name is a finding of its
        own. A name that is also a word ("Jack", "Rose") only where it was written with its
        capital."""
        word = edit.replacement
        if edit.how not in _DISGUISES or not word.isalpha() or len(word) < 3:
            return False
        lower = word.lower()
        capital = edit.how != SPACED_LETTERS and text[edit.start].isupper()
        if lower in NAME_WORDS:  # "J4ck", "R0se"; not "r0se"
            return capital
        return lower in self.names and (lower not in self.words or capital)

    def _characters(self, text: str) -> list[Edit]:
        bars = _bar_for_one_edits(text) if "|" in text or "\u00a6" in text else []
        if text.isascii():
            return bars
        accents = (
            _accent_edits(text, lambda w: w.lower() in self.places or w.lower() in self.gazetteer)
            if _ACCENTED.search(text)
            else []
        )
        return (
            bars
            + accents
            + _character_edits(
                text,
                self.confusables,
                self._mixed_token,
                self._lookalike,
                self._title_if_name,
                lambda word: self._is_name(word) or word.lower() in self.words,
                self._letter_like,
            )
        )

    def _tokens(self, text: str) -> list[Edit]:
        """Each kind of token is looked for only where a cheap test says it may be there."""
        lowered = text.lower()
        present = _word_runs(text)[1]
        edits: list[Edit] = []
        if may_spell_email(lowered) or "@ " in text or " @" in text:
            edits += _email_edits(
                text,
                lambda w: w.isalpha() and w.islower() and w in self.words and not self._is_name(w),
            )
        if " dot " in lowered:
            edits += _web_edits(text)
        if present & _PLATFORM_WORDS or "\U0001f47b" in text:
            edits += _handle_edits(text, self._plain_word, self._full_name)
        if "@ " in text:
            edits += [
                Edit(m.start(), m.end(), "@" + m.group(1), SPACED_HANDLE)
                for m in _SPACED_AT.finditer(text)
            ]
        if "](" in text:
            edits += _markdown_link_edits(text)
        if '="' in text or "='" in text or "</" in text or "/>" in text:
            edits += _html_tag_edits(text)
        if _DIGIT_SEED.search(text):
            edits += _digit_edits(text, self.words)
            edits += _spaced_code_edits(text)
        if _GROUPED_POSTCODE_SEED.search(text):
            edits += _grouped_postcode_edits(text, self.words)
        if _MISSPACED_SEED.search(text):
            edits += _misspaced_postcode_edits(text)
        edits += self._letter_edits(text)
        edits += self._split_word_edits(text)
        return edits + self._layout_edits(text)

    def _layout_edits(self, text: str) -> list[Edit]:
        """A word written down the page; a table's cells read under their column's heading;
        a label alone on its line above its value; a word broken at a line's end."""
        edits = self._vertical_edits(text) if text.count("\n") >= 3 else []
        if "\n" in text and ("|" in text or "\t" in text or "," in text):
            edits += _column_edits(text)
        if "\n" in text:
            edits += _label_above_edits(text)
            edits += _broken_postcode_edits(text)
            edits += self._wrapped_name_edits(text)
            if "-" in text:
                edits += self._wrapped_word_edits(text)
        return edits

    def _wrapped_name_edits(self, text: str) -> list[Edit]:
        """ "I met with Mrs" over "Pettigrew and her daughter": a line of prose that a hard
        wrap ended on a title or a known first name, the next line going on with a capital,
        is read with a space for the line break, so the name is read whole (and its second
        half is no sign-off). A line of two words or fewer is a list's item, not prose."""
        edits = []
        for m in _WRAPPED_NAME.finditer(text):
            word, line = m.group("last"), m.group("line")
            if len(line.split()) < 3 or not _PROSE_WORD.search(line):
                continue  # a list's item, a chat's "[09:15] Lewis, Tom" heading its message
            if _SENDER_LINE.match(text, m.end()):
                continue  # the next line a chat's "Mariam Siddiqui: ..."
            following = _NEXT_CAPITAL.match(text, m.end())
            after = following.group().lower() if following else ""
            if word.lower().rstrip(".") in WRITTEN_TITLES or (
                word.lower() in self.names
                and word.lower() not in self.words
                and after not in self.words  # "Maureen" over "Okafor", not over "Thanks"
            ):
                edits.append(Edit(m.start("gap"), m.end("gap"), " ", WRAPPED))
        return edits

    def _wrapped_word_edits(self, text: str) -> list[Edit]:
        """ "Kayla Bro-" over "die", "Mrs Okafor-" over "Pettigrew": a word a hard wrap broke
        after a hyphen is read whole. A small letter after the break joins the pieces
        ("Brodie") unless both are words and the whole is none ("self-" over "esteem" stays
        hyphenated); a capital keeps the hyphen (a double-barrelled name). Only a piece that
        starts with a capital, or pieces that make a known name or place."""
        edits = []
        for m in _WRAPPED_WORD.finditer(text):
            a, b = m.group("a"), m.group("b")
            joined = (a + b).lower()
            known = self._is_name(joined) or joined in self.gazetteer
            if not (a[0].isupper() or known):
                continue
            keep = b[0].isupper() or (
                not known
                and joined not in self.words
                and a.lower() in self.words
                and b in self.words
            )
            hyphen = m.start("gap")
            spans = ((hyphen, hyphen + 1),) if keep else None
            edits.append(Edit(hyphen, m.end("gap"), "-" if keep else "", WRAPPED, spans))
        return edits

    def _split_word_edits(self, text: str) -> list[Edit]:
        """ "I saw Ka yla", "she lives in Man chester": a name or place broken in two by a
        space, mid-sentence, where the pieces joined are a known name or place that is no
        frequent word; where both pieces are words, only a name no dictionary has ("Oka for":
        Okafor; "Black burn marks" stays)."""
        edits = []
        for m in _SPLIT_WORD.finditer(text):
            joined = m.group("a") + m.group("b")
            lower, tail = joined.lower(), m.group("b")
            known = lower in self.names or lower in self.surnames or lower in self.gazetteer
            pieces_words = m.group("a").lower() in self.words and tail in self.words
            if known and lower not in self.ordinary and not (pieces_words and lower in self.words):
                edits.append(Edit(m.start(), m.end(), joined, SPLIT_WORD))
        return edits

    def _vertical_edits(self, text: str) -> list[Edit]:
        """A word written one letter to a line ("K", "a", "y", "l", "a"), read along. Only a
        known name or place, a postcode, or a word-shaped run (a capital, then small letters)
        that is no ordinary word: a list of single-letter options ("A", "B", "C") stays."""
        edits = []
        for m in _VERTICAL.finditer(text):
            at = [m.start() + i for i, c in enumerate(m.group()) if c.isalnum()]
            chars = "".join(text[i] for i in at)
            shaped = chars[0].isupper() and chars[1:].islower() and len(chars) >= 4
            if self._is_name(chars) or shaped and chars.lower() not in self.words:
                word = chars[:1].upper() + chars[1:].lower()
            elif _POSTCODE_WHOLE.fullmatch(chars.upper()):
                word = chars[:-3] + " " + chars[-3:]
            else:
                continue
            spans = [(i, i + 1) for i in at]
            if len(word) > len(chars):  # the space in a postcode stands for the line break
                spans.insert(len(chars) - 3, (at[-4] + 1, at[-3]))
            edits.append(Edit(at[0], at[-1] + 1, word, VERTICAL, tuple(spans)))
        return edits

    def _numbers(self, text: str) -> list[Edit]:
        """Numbers in words, after the spacing and leetspeak are undone ("t h i r t e e n")."""
        words, present = _word_runs(text)
        said = present & _NUMBER_WORDS or present & _REPEAT_WORDS
        edits = _number_word_edits(text, present, words) if said else []
        if not said and present & _BIRTH_WORDS and " of the " in text:
            lowered = text.lower()  # "DOB the 3rd of the 4th 2011": digits, no number words
            edits += _said_birth_date_edits(
                text, lowered if len(lowered) == len(text) else text, present
            )
        if present & _HOUSE_CUES:
            edits += [
                _as_digits(m, "n")
                for m in _LETTER_HOUSE.finditer(text)
                if _has_letter_digits(m.group("n"))
            ]
        if present & _POSTCODE_NUMBER_WORDS:
            edits += self._postcode_word_edits(text)
        if ("(" in text or "," in text) and present & _CARDINAL_WORDS:
            edits += self._bracketed_age_edits(text)
        if present & _NUMBERED_ROOMS and present & _CARDINAL_WORDS:
            edits += self._room_number_edits(text)
        return edits

    @staticmethod
    def _room_number_edits(text: str) -> list[Edit]:
        """ "Ward Seven" -> "Ward 7": a hospital ward by its number in words."""
        edits = []
        for m in _ROOM_NUMBER.finditer(text):
            n = words_to_number(m.group("n"))
            if n is not None:
                edits.append(Edit(m.start("n"), m.end("n"), str(n), NUMBER_WORDS))
        return edits

    def _postcode_word_edits(self, text: str) -> list[Edit]:
        """ "G eleven six P S", "E H six, five Q T": a postcode with its numbers said in words."""
        edits = []
        for m in _POSTCODE_WORDS.finditer(text):
            pieces = re.findall(r"[A-Za-z]+|\d+", m.group())
            chars = "".join(
                p if p.isdigit() or (p.isupper() and len(p) <= 2) else _number_or_nothing(p)
                for p in pieces
            )
            paired = any(len(p) == 2 and p.isupper() for p in pieces)
            if paired and not any(_said_word(p) for p in pieces):
                continue  # "AT 61 YE": capitals in pairs and digits, no number said
            postcode = f"{chars[:-3]} {chars[-3:]}"
            if _POSTCODE_WHOLE.fullmatch(chars) and _UK_POSTCODE.fullmatch(postcode):
                edits.append(Edit(m.start(), m.end(), postcode, NUMBER_WORDS))
        return edits

    def _bracketed_age_edits(self, text: str) -> list[Edit]:
        """ "Brody (fourteen)", "her boy, eleven,": a number in words in brackets after a name,
        or in brackets or between commas after a word for a child, is read as the digits the
        age rules read."""
        edits = []
        for m in _BRACKETED_NUMBER.finditer(text):
            group = "n" if m.group("n") else "c"
            name, n = m.group("name"), words_to_number(m.group(group))
            named = name[0].isupper() and (self._is_name(name) or name.lower() not in self.words)
            if n and n <= 110 and (named or name.lower() in _AGE_HOLDERS):
                edits.append(Edit(m.start(group), m.end(group), str(n), NUMBER_WORDS))
        return edits

    def _is_name(self, word: str) -> bool:
        lower = word.lower()
        return lower in self.names or lower in self.surnames or lower in self.places

    def _full_name(self, first: str, second: str) -> bool:
        """A known first name, then a known surname or a word no dictionary has."""
        return first in self.names and (
            second in self.surnames or second not in self.words and not self._plain_word(second)
        )

    def _plain_word(self, word: str) -> bool:
        """A frequent word, or a dictionary word that is no known name ("broken", not "jade")."""
        lower = word.lower()
        if lower.endswith("s") and lower[:-1] in self.words:  # "photos", "videos"
            lower = lower[:-1]
        return lower in self.ordinary or (
            word.isalpha() and lower in self.words and not self._is_name(word)
        )

    def _initial_edits(self, text: str) -> list[Edit]:
        """ "K. B r o d i e", "K B r o d i e": an initial before a surname spaced out letter by
        letter; the initial stays as written and the surname is read as one word."""
        edits = []
        for m in _INITIAL_SPACED.finditer(text):
            word = m.group("word").replace(" ", "")
            if not (self._is_name(word) or word.lower() not in self.words):
                continue
            head = range(m.start(), m.start("word"))
            spans = tuple((i, i + 1) for i in head) + ((m.start("word"), m.end()),) * len(word)
            edits.append(
                Edit(
                    m.start(),
                    m.end(),
                    text[m.start() : m.start("word")] + word,
                    SPACED_LETTERS,
                    spans,
                )
            )
        return edits

    def _letter_edits(self, text: str) -> list[Edit]:
        seeded = _SPACED_SEED.search(text) is not None  # once, not twice
        edits = self._initial_edits(text) if seeded else []
        for found in _SPACED_LETTERS.finditer(text) if seeded else ():
            m = self._spaced_words_at(text, found)
            if m is None or _CONTRACTION_AFTER.match(text, m.end()):
                continue  # "D O N ' T": a heading's words, spelt out
            runs = list(_SPACED_WORD.finditer(m.group()))
            words = [self._spaced_word(re.sub(r"[^A-Za-z0-9]", "", r.group())) for r in runs]
            words = [  # letters apart by slashes or bars ("a/b/c/d"): only a known name
                w if not re.search(r"[/|]", r.group()) or w and self._is_name(w) else None
                for w, r in zip(words, runs)
            ]
            if not any(c.isalpha() for c in m.group()):
                edits.extend(self._spaced_date(m.start(), m.group(), runs))
                edits.extend(_spaced_age(text, m, runs))
                continue
            shouted = [w for w in words if w and w.isalpha() and w.isupper()]
            line_start = text.rfind("\n", 0, m.start()) + 1
            mid_sentence = any(c.islower() for c in text[line_start : m.start()])
            if len(runs) > 1 or mid_sentence:  # a phrase spaced out in capitals: read as words
                words = [w[:1] + w[1:].lower() if w in shouted else w for w in words]
            if len(runs) == 1 and (
                words[0] is None
                or len(words[0]) < 4
                and not self._is_name(words[0])
                and words[0].lower() not in _CARDINAL_WORDS  # "s i x", "t e n"
            ):
                continue
            for run, word in zip(runs, words):
                replacement = word or re.sub(r"[^A-Za-z0-9]", "", run.group())
                edits.append(
                    Edit(
                        m.start() + run.start(), m.start() + run.end(), replacement, SPACED_LETTERS
                    )
                )
            for before, after in zip(
                runs, runs[1:]
            ):  # the wider gap between two words: one space, or its / - .
                gap = m.group()[before.end() : after.start()].strip()
                edits.append(
                    Edit(
                        m.start() + before.end(),
                        m.start() + after.start(),
                        gap if gap and gap in "/-._@" else " ",
                        SPACED_LETTERS,
                    )
                )
            edits += _spaced_possessive(text, m.end())
        return edits + self._leet_edits(text)

    def _leet_edits(self, text: str) -> list[Edit]:
        edits = []
        for m in _LEET.finditer(text):
            if not 3 <= len(m.group()) <= 20:
                continue
            if "@" in m.group() and re.match(r"\.\w", text[m.end() : m.end() + 2]):
                continue  # an e-mail address ("kayla@example.com"), not "K@yla"
            word = (
                _leet_number(m.group())
                or self._unleet(m.group())
                or _surname_unleet(m.group(), text[max(0, m.start() - 3) : m.start()])
            )
            if word is not None:
                edits.append(
                    Edit(
                        m.start(),
                        m.end(),
                        word,
                        LEET,
                        tuple((i, i + 1) for i in range(m.start(), m.end())),
                    )
                )
        if (
            "|" in text or "<" in text or "\\" in text or "£" in text or "()" in text
        ) and _DRAWN_SEED.search(text):
            edits += self._drawn_letter_edits(text)
        return edits

    def _drawn_letter_edits(self, text: str) -> list[Edit]:
        """ "|<ayla", "<harlotte", "\\/ictoria", "|\\/|ason", "£ily": letters drawn with signs,
        read only where a known name or place comes out."""
        edits = []
        for m in _DRAWN_WORD.finditer(text):
            token = m.group()
            if not _DRAWN_SEED.search(token) or len(token) > 24:
                continue
            plain = _DRAWN.sub(lambda d: _DRAWN_LETTERS[d.group()], token)
            plain = "".join(_LEET_MAP.get(c, c) for c in plain)
            lower = plain.lower()
            if (
                len(plain) >= 4
                and plain.isalpha()
                and (self._is_name(plain) or lower in NAME_WORDS)
            ):
                edits.append(Edit(m.start(), m.end(), lower[:1].upper() + lower[1:], DRAWN))
        return edits

    def _spaced_words_at(self, text: str, m: re.Match[str]) -> re.Match[str] | None:
        """Where the spaced-out words of a match start: after an article ("a 1 4 yr old",
        "a f o u r t e e n year old") and after the letters that end a contraction spelt out
        ("D O N ' T  P A N I C", "I T ' S  K A Y L A"), which belong to the word before."""
        if _ARTICLE_THEN_DIGITS.match(m.group()) or self._article_then_word(m.group()):
            m = _SPACED_LETTERS.match(text, m.start() + 2) or m
        if _CONTRACTION_BEFORE.search(text, max(0, m.start() - 3), m.start()):
            tail = _CONTRACTION_TAIL.match(text, m.start())
            return _SPACED_LETTERS.match(text, tail.end()) if tail else None
        return m

    def _article_then_word(self, spaced: str) -> bool:
        """ "a f o u r t e e n", "a K a y l a": an article, then a number in words or a name
        spaced out in the same way."""
        run = _SPACED_WORD.match(spaced)
        if not _ARTICLE_THEN_LETTER.match(spaced) or run is None:
            return False
        rest = re.sub(r"[^A-Za-z]", "", run.group())[1:]
        return rest.lower() in _NUMBER_WORDS or self._is_name(rest)

    @staticmethod
    def _spaced_date(at: int, group: str, runs: list[re.Match[str]]) -> list[Edit]:
        """ "1 4 / 0 3 / 2 0 1 1" -> "14/03/2011"; a phone number in spaced groups apart by
        slashes or dashes ("0 7 7 0 0 / 9 0 0 / 5 1 2") -> "07700 900 512"."""
        gaps = [group[a.end() : b.start()].strip() for a, b in zip(runs, runs[1:])]
        if any(g not in ("/", ".", "-") for g in gaps) or len(set(gaps)) != 1:
            return []
        digits = [re.sub(r"\D", "", r.group()) for r in runs]
        if len(runs) == 3 and max(map(len, digits[:2])) <= 2 and len(digits[2]) in (2, 4):
            joins = ["/" if gap == "-" else gap for gap in gaps]  # a date
        elif len(runs) == 2 and gaps[0] in "/." and _day_and_month(*digits):
            joins = gaps  # "1 4 / 0 3": a day and month
        elif digits[0].startswith("0") and 10 <= len("".join(digits)) <= 11:
            joins = [" "] * len(gaps)  # a phone number in groups
        else:
            return []
        edits = [Edit(at + r.start(), at + r.end(), d, SPACED_DIGITS) for r, d in zip(runs, digits)]
        edits += [
            Edit(at + a.end(), at + b.start(), join, SPACED_DIGITS)
            for a, b, join in zip(runs, runs[1:], joins)
        ]
        return edits

    def _spaced_word(self, chars: str) -> str | None:
        """ "K a y l a" -> "Kayla", "G 1 1" -> "G11"; capitals spaced out in a heading
        ("S U M M A R Y") stay capitals, and digits alone are left to the digit pass. Spaced
        letters in small letters and capitals are read as words where a capital starts one
        ("K B r o d i e" -> "K Brodie"), and digits among small letters as leetspeak
        ("S h 4 n n 0 n" -> "Shannon")."""
        if not any(c.islower() for c in chars):
            mixed = any(c.isdigit() for c in chars) and sum(c.isalpha() for c in chars) >= 2
            leet = self._unleet(chars[0] + chars[1:].lower()) if mixed else None  # "K-4-Y-L-A"
            return leet if leet and self._is_name(leet) else self._spaced_piece(chars)
        pieces = [self._unleet_spaced(piece) for piece in _SPACED_CAPITAL.split(chars)]
        if len(pieces) == 1:
            return self._spaced_piece(pieces[0])
        return " ".join(self._spaced_piece(p) or p for p in pieces)

    def _unleet_spaced(self, piece: str) -> str:
        if any(c.isdigit() for c in piece) and any(c.islower() for c in piece):
            return self._unleet(piece) or piece
        return piece

    def _spaced_piece(self, chars: str) -> str | None:
        if _alphabet_run(chars):
            return None  # "A B C D E F G": a list of options, not a word spaced out
        if (
            len(chars) >= 6
            and chars.isalpha()
            and not self._is_name(chars)
            and chars.lower() not in self.gazetteer
            and chars.lower() not in self.words  # "t h i r t e e n": one word, read as it
            and self._words_run(chars)
        ):
            return None  # "I A M S O R R Y": a phrase spaced out in one run, not a name
        if (
            len(chars) < 3
            and not chars.isdigit()
            or not any(c.isalpha() for c in chars)
            and len(chars) >= 6
        ):
            return None
        if (
            self._is_name(chars)
            or chars.isalpha()
            and (chars.isupper() or chars.islower())
            and chars.lower() not in self.words
            or chars.islower()
            and chars in self.gazetteer  # "e-d-i-n-b-u-r-g-h"
        ):
            return chars[:1].upper() + chars[1:].lower()
        if _POSTCODE_WHOLE.fullmatch(chars.upper()):
            return chars[:-3] + " " + chars[-3:]
        return chars

    def _words_run(self, chars: str) -> bool:
        """ "IAMSORRY": three or more dictionary words run together ("I" and "a" count); two
        ("ALLISTER": "al", "lister") may well be a name."""
        lower = chars.lower()
        most = {0: 0}  # where a reading may end -> the most words it can take to get there
        for end in range(1, len(lower) + 1):
            taken = [most[start] + 1 for start in most if self._word_piece(lower[start:end])]
            if taken:
                most[end] = max(taken)
        return most.get(len(lower), 0) >= 3

    def _word_piece(self, piece: str) -> bool:
        return piece in ("i", "a") or len(piece) >= 2 and piece in self.words

    def _title_if_name(self, word: str) -> str:
        return (
            word[:1].upper() + word[1:].lower()
            if self._is_name(word) and (word.islower() or word.isupper())
            else word
        )

    def _unleet(self, token: str) -> str | None:
        """ "K4yd3n" -> "Kayden": only when the letters read as a known name, or the
        token is name-shaped (a capital, then small letters and look-alike digits)."""
        if sum(c.isalpha() for c in token) < 2 or _NOT_LEET.fullmatch(token):
            return None
        if any(c in "2689" for c in token):  # rarer stand-ins: only where a known name comes out
            plain = "".join({**_LEET_MAP, **_RARE_LEET}.get(c, c) for c in token)
            known = (  # "9race": Grace; "8radford": a place the gazetteer has
                self._is_name(plain)
                or plain.lower() in NAME_WORDS
                or plain.lower() in self.gazetteer
            )
            return plain[:1].upper() + plain[1:].lower() if plain.isalpha() and known else None
        plain = "".join(_LEET_MAP.get(c, c) for c in token)
        if not plain.isalpha():
            return None
        guesses = _one_readings(token)
        for guess in guesses:
            if self._is_name(guess) or guess.lower() in self.gazetteer:
                return guess[:1].upper() + guess[1:].lower()
            if guess.lower() in NAME_WORDS:  # "J0y", "R0se": a name that is also a word
                return guess[:1] + guess[1:].lower()
        digits_inside = token[0].isalpha() and any(c in _LEET_MAP for c in token[1:-1])
        for guess in guesses:
            if digits_inside and len(guess) >= 4 and guess.lower() in self.words:
                return (
                    guess  # "R0ad", "Cl0se": an ordinary word, so a street or a school reads again
                )
        shaped = token[0].isupper() and all(c.islower() or c in _LEET_MAP for c in token[1:])
        if shaped and digits_inside and len(plain) >= 4:
            return plain
        return None


# where the rest of a surname starts: after O' or D' ("O'k4f0r", "D'4rcy")
_SURNAME_SLOT = STORE.compile(r"\b[OD]['’]$")


def _surname_unleet(token: str, before: str) -> str | None:
    """ "O'k4f0r" -> "O'Kafor": the rest of a surname after O' or D', read as letters with the
    common stand-ins whether or not the surname is known (the model reads "O'Kafor")."""
    if not _SURNAME_SLOT.search(before) or _NOT_LEET.fullmatch(token):
        return None
    plain = "".join(_LEET_MAP.get(c, c) for c in token)
    if not plain.isalpha() or len(plain) < 3 or sum(c.isalpha() for c in token) < 2:
        return None
    return plain[:1].upper() + plain[1:].lower()


# --------------------------------------------------------------------------- pass 3: links and tags

_URL = STORE.compile(
    r"(?i)\b(?:https?://|www\.)[^\s<>()\[\]\"']+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|uk"
    r"|io|scot|blog)/[^\s<>()\[\]\"']+"
)
_PROFILE_HOST = STORE.compile(
    r"(?i)(?:^|[/.])(?:(?:facebook|fb|instagram|tiktok|twitter|x|linkedin|snapchat|youtube|threads"
    r"|reddit)"
    r"\.(?:com|net)|wa\.me|t\.me)$"
)
# the section of a social-media site before a group's, page's or video's name
_PROFILE_SECTION = STORE.compile(
    rf"(?i)(?:{'|'.join(map(re.escape, sorted(LEXICON.words('profile_sections'))))})[/?]"
)
_PATH = STORE.compile(
    # a Windows path from its drive: folders and files may hold spaces ("C:\\Users\\sw\\Maisie
    # Hartwell\\visit.jpg"), up to four words each
    r"(?<![\w/:.\\])[A-Za-z]:\\(?:[\w.-]+(?: [\w.-]+){0,3}\\)+[\w.-]+(?: [\w.-]+){0,3}"
    r"\.(?:jpe?g|png|gif|webp|heic|tiff?|bmp|pdf|docx?|xlsx?|csv|pptx?|odt|rtf|txt|md|html?|mp4|mov|avi|mp3|m4a"
    r"|wav|zip)\b"
    r"|(?<![\w/:.\\])(?:[A-Za-z]:)?(?:\\\\|\.{0,2}[/\\])?(?:[\w.-]+[/\\])+[\w.-]+\.(?:jpe?g|png|gif|webp"
    r"|heic|tiff?|bmp|pdf|docx?|xlsx?|csv|pptx?|odt|rtf|txt|md|html?|mp4|mov|avi|mp3|m4a|wav|zip)\b"
    r"|(?<![\w/.])\w[\w.-]*\.(?:jpe?g|png|gif|webp|heic|tiff?|bmp|pdf|docx?|xlsx?|csv|pptx?|odt|rtf"
    r"|mp4|mov|avi|mp3|m4a|wav|zip)\b"
)
_URL_SEED = STORE.compile_guarded(r"(?i)https?://|www\.|\.(?:com|org|net|uk|io|scot|blog)/")
_FILE_EXTENSION = STORE.compile(
    r"\.(?:jpe?g|png|gif|webp|heic|tiff?|bmp|pdf|docx?|xlsx?|csv|pptx?|odt|rtf|txt|md|html?|mp4"
    r"|mov|avi|mp3|m4a|wav|zip)\b",
    re.IGNORECASE,
)
_MD_TARGET = STORE.compile(r"\]\((?P<target>[^)\s]+)")
_HASHTAG = STORE.compile(r"(?<![\w#&/])#(?P<tag>[A-Za-z][A-Za-z0-9_]{3,60})\b")
_FRONT_KEY = STORE.compile(
    r"(?im)^(?:slug|tags?|categories|keywords|permalink|url|image|cover"
    r"|thumbnail)\s*:\s*(?P<value>.+)$"
)
# a lower-case slug in running text or in front matter ("kayla-brodie-story", "kayla_b_2024")
_SLUG = STORE.compile(r"(?<![\w/.@#-])[a-z0-9]+(?:[-_][a-z0-9]+)+(?![\w@/-])")
# a line that is only a list of tags
# ("justiceforjayden, glasgow, kinship care" as front matter shows it)
_TAG_LINE = STORE.compile(r"(?m)^[ \t]*\[?(?:#?[\w-]+[ \t]*,[ \t]*)+#?[\w-]+[ \t]*\]?[ \t]*$")
_FRONT_ITEM = STORE.compile(r"[^\s,\[\]\"']+")
# a YAML list under a key of tags ("tags:" then "  - kayla" lines), and a page's keywords
# as a <meta> tag holds them ("keywords" then its comma list, once the markup is blanked)
_TAG_BLOCK = STORE.compile(
    r"(?im)^(?:tags?|categories|keywords)[ \t]*:[ \t]*\n(?P<items>(?:[ \t]*-[ \t]+[^\n]+(?:\n|$))+)"
)
_KEYWORDS = STORE.compile(r"(?i)\bkeywords[ \t\"'=]+(?P<value>[^\s,<>\"'][^\n<>\"']*,[^\n<>\"']*)")
# words that make a slug worth reading as words even without a known name in it
_TELLING_WORDS = LEXICON.words("slug_telling_words")
_CAMPAIGN_WORDS = LEXICON.words("campaign_words")
_SMALL_WORDS = frozenset("a an and at by for in of on the to".split())
_CAMEL = STORE.compile(
    r"(?<=[a-z])(?<!\bMc)(?<!\bMac)(?<![a-z]Mc)(?<![a-z]Mac)(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])"
)
_PIECE = STORE.compile(r"[A-Za-z]+")
# a host name: labels ending in a common top-level domain, not an e-mail domain
_HOST = STORE.compile(
    r"(?i)(?<![\w@.-])(?:[a-z0-9][a-z0-9-]*\.)+(?:com|org|net|uk|io|scot|blog|info|me|ie)(?![\w@-]"
    r"|\.[a-z0-9])"
)
# a word of two to five capitalised parts run together, as channels and accounts are named
_CAMEL_NAME = STORE.compile(r"(?<![\w@#/.&-])[A-Z][a-z]{1,15}(?:[A-Z][a-z]{1,15}){1,4}(?![\w@/&-])")
# a capitalised piece and a small-letter piece mid-sentence: "saw Ka yla", "in Man chester"
_WRAPPED_NAME = STORE.compile(
    r"(?m)^(?P<line>[^\n]*?\b(?P<last>[A-Z][a-z]{1,15}\.?))(?P<gap>[ \t]*\r?\n[ \t]*)(?=[A-Z][a-z])"
)
_PROSE_WORD = STORE.compile(r"\b[a-z]{3,}\b")
_NEXT_CAPITAL = STORE.compile(r"[A-Z][a-z]+")
_SENDER_LINE = STORE.compile(r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}[ \t]*:")
_WRAPPED_WORD = STORE.compile(
    r"(?<![\w-])(?P<a>[A-Za-z][a-z]{1,15})(?P<gap>-[ \t]*\r?\n[ \t]*)"
    r"(?P<b>[A-Za-z][a-z]{1,15})(?![\w-])"
)
_SPLIT_WORD = STORE.compile(r"(?<=[a-z0-9,] )(?P<a>[A-Z][a-z]{1,10}) (?P<b>[a-z]{2,10})(?![\w'’-])")
_CAMEL_HUMP = STORE.compile(r"[A-Z][a-z]+")
_HOST_SEED = STORE.compile(r"(?i)\.(?:com|org|net|uk|io|scot|blog|info|me|ie)\b")
# labels that are no one's name: the domain's suffix and the hosting platform's part
_HOST_SUFFIX = LEXICON.words("host_labels")
# an organisation's own site, or a public body's, is named after it, not after a person it helps
_PUBLIC_SUFFIX = frozenset("gov nhs ac sch police mod parliament".split())
_ORGANISATION_WORDS = LEXICON.words("organisation_words")


def _link_spans(text: str) -> list[tuple[int, int, int]]:
    """Web addresses (their path), file paths, Markdown link targets and hashtags."""
    found: list[tuple[int, int, int]] = []
    for m in _URL.finditer(text) if _URL_SEED.search(text) else ():
        token = m.group().rstrip(".,;:!?")
        slash = token.find("/", token.find("://") + 3 if "://" in token else 0)
        if slash > 0 and not _PROFILE_HOST.search(token[:slash]):  # a profile link is found already
            found.append((m.start(), m.start() + len(token), m.start() + slash))
        elif slash > 0:  # but a group's or page's name after it is read ("groups/justice-for-...")
            section = _PROFILE_SECTION.match(token, slash + 1)
            if section:
                found.append((m.start(), m.start() + len(token), m.start() + section.end()))
    for m in _PATH.finditer(text) if _FILE_EXTENSION.search(text) else ():
        found.append((m.start(), m.end(), m.start()))
    for m in _MD_TARGET.finditer(text) if "](" in text else ():
        if "@" not in m.group("target"):  # "mailto:name@...": an address, read by its own rules
            found.append((m.start("target"), m.end("target"), m.start("target")))
    for m in _HASHTAG.finditer(text) if "#" in text else ():
        found.append((m.start(), m.end(), m.start("tag")))
    return found


def _tag_spans(text: str) -> list[tuple[int, int, int]]:
    """Slugs, lines that list tags, and front-matter values."""
    slugs = _SLUG.finditer(text) if "-" in text or "_" in text else ()  # a slug has one
    found = [(m.start(), m.end(), m.start() - len(text) - 1) for m in slugs]
    for m in _TAG_LINE.finditer(text) if "," in text else ():
        for item in _FRONT_ITEM.finditer(m.group()):
            at = m.start() + item.start()
            found.append((at, at + len(item.group()), at))
    values = [(m, "value") for m in _FRONT_KEY.finditer(text)] if ":" in text else []
    if "\n" in text and ":" in text:
        values += [(m, "items") for m in _TAG_BLOCK.finditer(text)]
    if "eywords" in text:
        values += [(m, "value") for m in _KEYWORDS.finditer(text)]
    for m, group in values:
        for item in _FRONT_ITEM.finditer(m.group(group)):
            if item.group() == "-":
                continue  # a YAML list's dash
            at = m.start(group) + item.start()
            found.append((at, at + len(item.group()), at))
    return found


# a reference inside a web address, a file path or a link's target, after a case word: five
# digits or more, or groups apart by dashes, not a year ("cases/20230041/notes",
# "case?id=CR20230041", "referral-CR20230041.docx"); or in a case system's own shape before
# an underscore ("CR-2023-0041_notes.pdf")
_DIGITS_4 = STORE.compile(r"\d{4}")
_LINKED_REFERENCE = STORE.compile(
    r"(?i)(?<![a-z0-9])(?P<label>(?:case|referral|record|client)s?(?:[_-]?(?:id|ref|no))?"
    r"(?:/|=|_|-|\?(?:id|ref|no)=))"
    r"(?P<ref>(?:[a-z]{1,5}-?)?(?:\d{5,14}|\d{2,8}(?:-\d{2,8}){1,3}))(?P<end>[_/]|(?![a-z0-9-]))"
    r"|(?<![A-Za-z0-9])(?P<shaped>[A-Z]{1,5}(?:-\d{2,8}){1,3})(?P<under>_)"
)


def _reference_edits(
    text: str, spans: Iterable[tuple[int, int, int]], taken: Sequence[Edit]
) -> list[Edit]:
    """ "cases/20230041" -> "case ref 20230041", the underscore after a reference a space:
    the reference rules read a reference after its label and ending at a word's end."""
    edits: list[Edit] = []
    for start, end, words_at in spans:
        if words_at < 0 or any(e.start < end and start < e.end for e in taken):
            continue  # a slug in running text; a token already read for a name
        for m in _LINKED_REFERENCE.finditer(text, words_at, end):
            if m["label"]:
                edits.append(Edit(m.start("label"), m.end("label"), "case ref ", IN_LINK))
            if m["end"] or m["under"]:
                at = m.start("end") if m["end"] else m.start("under")
                edits.append(Edit(at, at + 1, " ", IN_LINK))
    return edits


class LinkSplitter:
    """Splits web addresses, file paths, Markdown link targets, hashtags and front-matter
    slugs and tags into words ("kayla-brodie", "#FindKaylaNow", "#justiceforjayden"), and
    capitalises the known names among them, so the detectors read them as words."""

    def __init__(
        self,
        names: frozenset[str],
        surnames: frozenset[str],
        places: frozenset[str],
        words: frozenset[str],
        towns: frozenset[str] = frozenset(),
    ) -> None:
        self.names, self.surnames, self.places, self.words = names, surnames, places, words
        self.towns = towns

    def spans(self, text: str) -> list[tuple[int, int, int]]:
        """(token start, token end, where the words start) of each link-like token; a
        negative start of the words marks a slug in running text (see `edits`)."""
        found = _link_spans(text) + _tag_spans(text)
        chosen: list[tuple[int, int, int]] = []
        for span in sorted(found, key=lambda s: (s[0], -s[1])):
            if not chosen or span[0] >= chosen[-1][1]:
                chosen.append(span)
        return chosen

    def edits(self, text: str) -> tuple[list[Edit], list[tuple[int, int]]]:
        """The edits that split each link-like token holding a name, and those tokens' spans."""
        edits: list[Edit] = []
        tokens: list[tuple[int, int]] = []
        if _CAMEL_NAME.search(text):
            self._camel_edits(text, edits, tokens)
        if not any(c in text for c in "#/:_-."):
            return edits, tokens
        links = self.spans(text)  # once: the references below are looked for in them too
        for start, end, words_at in links:
            if any(s < end and start < e for s, e in tokens):
                continue
            strict = (
                words_at < 0
            )  # a slug in running text ("well-being", "14-year-old") needs a name
            words_at = words_at + len(text) + 1 if strict else words_at
            split = self._split(text[words_at:end], strict)
            if split is None:
                continue
            replacement, spans, names = split
            edits.append(
                Edit(
                    words_at,
                    end,
                    replacement,
                    IN_LINK,
                    tuple((words_at + s, words_at + e) for s, e in spans),
                    names,
                )
            )
            tokens.append((start, end))
        if _HOST_SEED.search(text):
            self._host_edits(text, edits, tokens)
        if _DIGITS_4.search(text):
            edits += _reference_edits(text, links, edits)
            edits.sort(key=lambda e: e.start)
        return edits, tokens

    def _camel_edits(self, text: str, edits: list[Edit], tokens: list[tuple[int, int]]) -> None:
        """A channel's or an account's name in CamelCase that holds a first name and a surname
        ("KaylaBrodieVlogs", "LornaPettigrew"): split into words like a hashtag, and the
        whole token reported."""
        for m in _CAMEL_NAME.finditer(text):
            humps = _CAMEL_HUMP.findall(m.group())
            if not any(self._first_and_surname(a, b) for a, b in zip(humps, humps[1:])):
                continue
            split = self._split(m.group(), strict=True)
            if split is None:
                continue
            spans = tuple((m.start() + a, m.start() + b) for a, b in split.spans)
            edits.append(Edit(m.start(), m.end(), split.text, IN_LINK, spans, split.names))
            tokens.append(m.span())

    def _first_and_surname(self, first: str, second: str) -> bool:
        """A known first name that is no word, then a known surname or a word no dictionary
        has ("Lorna" "Pettigrew"; not "Peppa" "Pig")."""
        first, second = first.lower(), second.lower()
        return (
            first in self.names
            and first not in self.words
            and (second in self.surnames or second not in self.words and len(second) >= 3)
        )

    def _host_edits(self, text: str, edits: list[Edit], tokens: list[tuple[int, int]]) -> None:
        """A host name made of a name and other words ("kaylasjourney.wordpress.com",
        "justice4jayden.org.uk"): the labels are split into words like a path. A host that is
        one word ("macmillan.org.uk"), names an organisation ("...foundation.org") or is a
        public body's (".gov.uk", ".nhs.uk", ".sch.uk") is an organisation's own site."""
        taken = [(e.start, e.end) for e in edits]
        for m in _HOST.finditer(text):
            labels = m.group().lower().split(".")
            if _PUBLIC_SUFFIX & set(labels):
                continue
            at = m.start()
            found: list[Edit] = []
            for label in m.group().split("."):
                if label.lower() not in _HOST_SUFFIX and not any(
                    s < at + len(label) + 1 and at - 1 < e for s, e in taken
                ):
                    split = self._split(label, strict=True)
                    words = split[0].lower().split() if split else []
                    if split and len(words) >= 2 and not _ORGANISATION_WORDS & set(words):
                        replacement, spans = self._apostrophes(split.text, split.spans)
                        # the dot after the label becomes a space, so the words stand alone,
                        # and so does the slash before the host
                        spans = [*spans, (len(label), len(label) + 1)]
                        replacement += " "
                        lead = 1 if text[at - 1 : at] == "/" else 0
                        if lead:
                            spans = [(-1, 0), *spans]
                            replacement = " " + replacement
                        found.append(
                            Edit(
                                at - lead,
                                at + len(label) + 1,
                                replacement,
                                IN_LINK,
                                tuple((at + s, at + e) for s, e in spans),
                            )
                        )
                at += len(label) + 1
            if found:
                edits.extend(found)
                start = max(text.rfind(c, 0, m.start()) for c in " \t\n(<[\"'") + 1
                ends = (text.find(c, m.end()) for c in " \t\n)>]\"'")
                end = min((i for i in ends if i >= 0), default=len(text))
                while end > m.end() and text[end - 1] in ".,;:!?":
                    end -= 1
                tokens.append((start, end))
        edits.sort(key=lambda e: e.start)

    def _split(self, token: str, strict: bool = False) -> Split | None:
        """The token as words: separators become spaces, CamelCase and run-together words
        are split, known names capitalised. None when no name is in it."""
        out: list[str] = []
        spans: list[tuple[int, int]] = []
        named = telling = False
        for m in re.finditer(r"[A-Za-z0-9]+|[^A-Za-z0-9]+", token):
            piece = m.group()
            if not piece[0].isalnum():
                out.append(" " * len(piece))
                spans.extend((m.start() + i, m.start() + i + 1) for i in range(len(piece)))
                continue
            for word, at in self._words(piece):
                if out and out[-1] and not out[-1][-1].isspace():
                    out.append(" ")
                    spans.append((m.start() + at, m.start() + at))
                word, kind = self._read_word(word, strict)
                named = named or kind == "name" or kind in ("month", "telling") and not strict
                telling = telling or kind == "telling"
                out.append(word)
                spans.extend((m.start() + at + i, m.start() + at + i + 1) for i in range(len(word)))
        word_names = self._word_names(out)
        named = named or bool(word_names)
        if not named or telling and self._only_ordinary(out):  # "#BackToSchool"
            return None
        if telling and not self._first_name_in(out):  # "st-aidans-primary": a school's name
            out = [
                w[:1].upper() + w[1:] if w.isalpha() and w.lower() not in _SMALL_WORDS else w
                for w in out
            ]
        # an inserted space stands for the character before it
        fixed = [(s, e) if e > s else (s - 1, s) for s, e in spans]
        out = self._set_off_names(out)
        return Split("".join(out), fixed, self._name_offsets(out, word_names))

    def _read_word(self, word: str, strict: bool) -> tuple[str, str]:
        """A token's word as read, and what it is: a name (or a town in a tag list: "tags:
        [fostering, paisley]"), a month, a word that tells a slug's story, or ""."""
        if self._is_name(word) or self._is_possessive(word):
            return word[:1].upper() + word[1:].lower(), "name"
        if not strict and word.islower() and word in self.towns:
            return word.title(), "name"
        if word.lower() in _MONTH_WORDS and len(word) > 2:
            return word[:1].upper() + word[1:].lower(), "month"
        return word, "telling" if word.lower() in _TELLING_WORDS else ""

    def _name_offsets(self, out: list[str], word_names: set[int]) -> tuple[tuple[int, int], ...]:
        """Where the first names stand in the joined words: a name no dictionary has as a
        word, or a word read as a name beside an appeal's word."""
        names, at = [], 0
        for i, word in enumerate(out):
            lower = word.lower()
            if i in word_names or lower in self.names and lower not in self.words:
                names.append((at, at + len(word)))
            at += len(word)
        return tuple(names)

    def _only_ordinary(self, out: list[str]) -> bool:
        """Every word an ordinary word and none a name or month: a school's or a street's
        name needs a word of its own ("st-aidans-primary"), "back-to-school" has none."""
        return all(
            w.lower() in self.words and not self._is_name(w) and w.lower() not in _MONTH_WORDS
            for w in out
            if w.isalpha() and (len(w) > 3 or self._is_name(w))  # "img", "jpg", "st" are not
        )

    def _word_names(self, out: list[str]) -> set[int]:
        """A first name that is also a word ("ruby", "grace") counts as a name in a token
        beside an appeal's word ("#FindRuby", "#PrayForGrace") or before a known surname; it
        is capitalised in `out`. Not "rose_garden", "#BackToSchool"."""
        at = [i for i, w in enumerate(out) if w.isalpha()]
        found = set()
        for k, i in enumerate(at):
            word = out[i].lower()
            if word not in NAME_WORDS:
                continue
            beside = {out[j].lower() for j in at[max(0, k - 2) : k] + at[k + 1 : k + 2]}
            after = out[at[k + 1]].lower() if k + 1 < len(at) else ""
            if _CAMPAIGN_WORDS & beside or after in self.surnames:
                out[i] = word.title()
                found.add(i)
        return found

    def _set_off_names(self, out: list[str]) -> list[str]:
        """ "#BringBackLeoHome" -> "bring back Leo home": in a token with a first name in it,
        the ordinary words lose their capitals, so the name is not read as part of a longer
        proper name (a care home, a street)."""
        if not self._first_name_in(out):
            return out
        return [w.lower() if self._ordinary_title(w) or self._short_capitals(w) else w for w in out]

    def _first_name_in(self, words: list[str]) -> bool:
        return any(w.lower() in self.names and w.lower() not in self.words for w in words)

    def _short_capitals(self, word: str) -> bool:
        """ "CP" in "Kayla_Brodie_CP_plan": a short code in capitals, not part of a name."""
        return word.isalpha() and word.isupper() and len(word) <= 4 and not self._is_name(word)

    def _ordinary_title(self, word: str) -> bool:
        """A capitalised ordinary word that is no name and no month ("Home", "Back")."""
        lower = word.lower()
        return (
            word.istitle()
            and lower in self.words
            and lower not in _MONTH_WORDS
            and not self._is_name(word)
        )

    def _apostrophes(
        self, words: str, spans: list[tuple[int, int]]
    ) -> tuple[str, list[tuple[int, int]]]:
        """ "Kaylas journey" -> "Kayla's journey": the apostrophe a host name cannot hold
        (it stands for the "s" after it)."""
        out, out_spans, at = [], list(spans), 0
        for m in re.finditer(r"\S+", words):
            if self._is_possessive(m.group()) and not self._is_name(m.group()):
                out.append(words[at : m.end() - 1] + "'")
                out_spans.insert(m.end() - 1 + len(out) - 1, spans[m.end() - 1])
                at = m.end() - 1
        out.append(words[at:])
        return "".join(out), out_spans

    def _is_possessive(self, word: str) -> bool:
        """ "kaylas" in "#prayforkaylas" or "kaylas-story": a name with its possessive s."""
        return (
            len(word) > 4
            and word.lower().endswith("s")
            and self._is_name(word[:-1])
            and word.lower() not in self.words
        )

    def _is_name(self, word: str) -> bool:
        lower = word.lower()
        if len(lower) < 3 or lower in self.words and lower not in self.places:
            return False
        return lower in self.names or lower in self.surnames or lower in self.places

    def _words(self, piece: str) -> list[tuple[str, int]]:
        """CamelCase split, then run-together lower-case words split at known words."""
        out = []
        bounds = [0] + [m.start() for m in _CAMEL.finditer(piece)] + [len(piece)]
        for a, b in zip(bounds, bounds[1:]):
            if a == b:
                continue
            part = piece[a:b]
            if (
                part.isalpha()
                and part.islower()
                and len(part) > 5
                and not self._is_name(part)
                and part not in self.words
            ):
                for word, at in self._segment(part):
                    out.append((word, a + at))
            else:
                out.append((part, a))
        return out

    def _segment(self, word: str) -> list[tuple[str, int]]:
        """ "justiceforjayden" -> justice, for, jayden: the split into known words (fewest
        pieces) that has a name in it; the word whole when there is none."""
        n = len(word)
        best: list[list[tuple[str, int]] | None] = [None] * (n + 1)
        best[0] = []
        for end in range(1, n + 1):
            for start in range(max(0, end - 15), end):
                prior = best[start]
                piece = word[start:end]
                known = (
                    piece in self.words
                    or piece in NAME_WORDS
                    or self._is_name(piece)
                    or self._is_possessive(piece)
                )
                if prior is None or not known or len(piece) < 2 and piece not in ("a", "i"):
                    continue
                candidate = prior + [(piece, start)]
                shortest = best[end]
                if shortest is None or len(candidate) < len(shortest):
                    best[end] = candidate
        found = best[n]
        if found and any(self._is_name(w) or self._is_possessive(w) for w, _ in found):
            return found
        pieces = {w for w, _ in found or ()}
        if pieces & NAME_WORDS and pieces & _CAMPAIGN_WORDS:  # "prayforgrace"
            return found or []
        return [(word, 0)]


def _through(spans: list[tuple[int, int]], edits: Sequence[Edit]) -> list[tuple[int, int]]:
    """Where spans of a pass's input stand in its output: moved by the change in length of
    every edit that ends before them (the edits are ordered and do not overlap)."""
    if not spans or not edits:
        return spans
    ends = [e.end for e in edits]
    shifts = list(accumulate(len(e.replacement) - (e.end - e.start) for e in edits))

    def moved(at: int) -> int:
        before = bisect_right(ends, at)
        return at + (shifts[before - 1] if before else 0)

    return [(moved(start), moved(end)) for start, end in spans]


def _made(chosen: Sequence[Edit], edits: Sequence[Edit]) -> list[tuple[int, int]]:
    """Where the replacements of the `chosen` edits stand in the pass's output."""
    starts = _through([(e.start, e.start) for e in chosen], edits)
    return [(at, at + len(e.replacement)) for (at, _), e in zip(starts, chosen)]


def _names_in_view(edits: Sequence[Edit]) -> list[tuple[int, int]]:
    """Where the first names an (ordered) pass read stand in the text the pass made."""
    found: list[tuple[int, int]] = []
    shift = 0
    for edit in edits:
        at = edit.start + shift
        found.extend((at + start, at + end) for start, end in edit.names)
        shift += len(edit.replacement) - (edit.end - edit.start)
    return found


def _compose(result: Normalised, edits: list[Edit]) -> None:
    """Apply one pass's edits to the view, keeping the map back to the draft."""
    text, starts, ends = apply_edits(result.text, edits)
    prior_starts, prior_ends = result.starts, result.ends
    if prior_starts is None or prior_ends is None:  # the first pass: its map is the map
        result.written.extend((edit.start, edit.end, edit.how) for edit in edits)
        result.text, result.starts, result.ends = text, starts, ends
        return
    n = len(prior_starts)

    def back(s: int, e: int) -> tuple[int, int]:
        if e <= s:
            at = prior_starts[s] if s < n else (prior_ends[-1] if n else 0)
            return at, at
        return min(prior_starts[s:e]), max(prior_ends[s:e])

    for edit in edits:
        result.written.append((*back(edit.start, edit.end), edit.how))
    # a character the pass left alone stands for what its input character stood for
    result.starts = [prior_starts[s] if e == s + 1 else back(s, e)[0] for s, e in zip(starts, ends)]
    result.ends = [prior_ends[s] if e == s + 1 else back(s, e)[1] for s, e in zip(starts, ends)]
    result.text = text
