"""The speed mechanisms change how fast findings are found, never which.

Each shortcut is checked against the slow, obvious way on real text: the
shipped rules' examples and the project's own annotated drafts.
"""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st
from presidio_analyzer import AnalyzerEngine, Pattern, PatternRecognizer

from redactcheck.detect.regex.ascii import TAKEN_FOR_ASCII, ascii_twin, reads_alike
from redactcheck.detect.regex.first import first_characters, guarded
from redactcheck.detect.regex.trie import compact_word_groups, trie_alternation
from redactcheck.detect.regex.prefilter import (
    PrefilterGroup, any_of, leading_strings, prefilter, prefilter_text, required_literals,
)
from redactcheck.detect.regex import starts
from redactcheck.detect import normalise
from redactcheck.detect.recognisers.pattern_rules import RuleRecognizer
from redactcheck.detect.recognisers.presidio_uk import builtin_recognisers
from redactcheck.detect.recognisers.term_rules import TermRecognizer
from redactcheck.resources import data_dir
from redactcheck.detect.rulefile import RuleSpec, load_rules
from redactcheck.detect import normalise
from redactcheck.people import cues
from redactcheck.suppress import Suppressor, lookalikes
from redactcheck.types import Category, Finding

TESTS = Path(__file__).parent
SPECS = load_rules([data_dir("rules")])
PATTERN_RULES = [s for s in SPECS if s.is_pattern_rule]
LOOKALIKE_PATTERNS = {
    name: getattr(lookalikes, name)
    for name in ("VERSION_NUMBER", "PLACEHOLDER", "GENERALISED", "CITATION", "REFERENCE_LINE",
                 "QUOTED_EXAMPLE", "CASE_LAW", "PUBLIC_EVENT", "READERS_AREA", "STATUTE", "FREEPHONE", "CUISINE")
}


def _drafts() -> list[str]:
    texts = []
    for gold in (TESTS / "corpus" / "gold.jsonl", TESTS / "corpus2" / "gold.jsonl"):
        texts += [json.loads(line)["text"] for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts


DRAFTS = _drafts()


BLIND_CORPORA = ("corpus8", "corpus11")  # blind evaluation corpora: never read to tune anything


def _every_corpus() -> list[str]:
    """The drafts of every annotated corpus in tests/ but the blind ones, in their lower-
    and upper-case copies too."""
    texts = []
    for gold in sorted(TESTS.glob("corpus*/gold*.jsonl")):
        if gold.parent.name not in BLIND_CORPORA:
            lines = gold.read_text(encoding="utf-8").splitlines()
            texts += [json.loads(line)["text"] for line in lines if line.strip()]
    return texts


EVERY_DRAFT = _every_corpus()


def _spans(regex: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in regex.finditer(text)]


# --- trie alternations -------------------------------------------------------

def test_trie_alternation_matches_exactly_the_phrases_longest_first() -> None:
    phrases = ["NHS", "NHS Lothian", "Scot", "Scottish Government", "a.b", "x"]
    flat = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) + r")(?!\w)")
    trie = re.compile(r"(?<!\w)" + trie_alternation(phrases) + r"(?!\w)")
    text = "NHS Lothian and NHS, the Scottish Government, Scot, Scots, a.b and ab and x"
    assert _spans(trie, text) == _spans(flat, text)
    assert [m.group() for m in trie.finditer(text)][:2] == ["NHS Lothian", "NHS"]


def test_trie_alternation_of_nothing_matches_nothing() -> None:
    assert re.compile(trie_alternation([])).search("anything") is None


@pytest.mark.parametrize(
    "pattern, text",
    [
        (  # family words before a name
            r"\b(?i:mum|mam|gran|granny|foster\s+carer|step-dad|fiancée)(?:,\s*|\s+)(?P<name>[A-Z][a-z]+)",
            "his mum, Sarah; Granny Jo; the foster  carer Jen; step-dad Bob; her fiancée Al; grandad Ed",
        ),
        (  # a word list with either apostrophe is still compacted
            r"\b(?i:she['’]s|he['’]s|they['’]re|who['’]s)\s+(?P<age>\d{1,2})",
            "she’s 13, he's 9, they’re 4 and 5, who's 12",
        ),
    ],
)
def test_compacted_word_lists_match_as_written(pattern: str, text: str) -> None:
    compact = compact_word_groups(pattern)
    assert compact != pattern
    assert _spans(re.compile(compact), text) == _spans(re.compile(pattern), text)


@pytest.mark.parametrize("spec", PATTERN_RULES, ids=lambda s: s.id)
def test_compacted_rule_patterns_find_the_same_matches(spec: RuleSpec) -> None:
    flags = 0 if spec.case_sensitive else re.IGNORECASE
    texts = list(spec.examples_flag) + list(spec.examples_pass) + DRAFTS
    for pattern in spec.patterns:
        written, compact = re.compile(pattern, flags), re.compile(compact_word_groups(pattern), flags)
        for text in texts:
            assert _spans(compact, text) == _spans(written, text), (spec.id, text[:60])


# --- first characters: a look-ahead in front ----------------------------------

def test_first_characters_of_simple_shapes() -> None:
    assert first_characters(r"\b(?:he|she)\s+is", re.IGNORECASE) == "[hs]"
    assert first_characters(r"(?:Flat\s+)?\d+,?\s+[A-Z]\w+") == r"[F\d]"  # optional: both
    assert first_characters(r"(?<!\w)(?:[Tt]he\s+)?(?:NHS|BBC)") == "[TtNB]"  # look-behind: none
    assert first_characters(r"x?y*") is None  # a match may be empty
    assert first_characters(r".x") is None  # may start with anything
    assert first_characters(r"[^a]b") is None
    assert first_characters(r"(a)\1") == "[a]"


def test_guarded_puts_the_look_ahead_first_only_where_it_helps() -> None:
    assert guarded(r"\b(?:mum|dad)\s+\w+", re.IGNORECASE) == r"(?=[md])(?:\b(?:mum|dad)\s+\w+)"
    assert guarded(r"(?i)\b(?:mum|dad)") == r"(?i)(?=[md])(?:\b(?:mum|dad))"  # flags stay first
    assert guarded(r"Road|Street") == r"(?=[RS])(?:Road|Street)"
    assert guarded(r"abc|abd") == r"abc|abd"  # a character first: re already skips ahead
    assert guarded(r"[A-Z]\w+\s+Road") == r"[A-Z]\w+\s+Road"
    assert guarded(r"(?m)^\b(?:Dear|Hi)") == r"(?m)^\b(?:Dear|Hi)"  # "^" first
    assert guarded(r"(?x) \b (?:mum|dad)") == r"(?x) \b (?:mum|dad)"  # verbose: left alone


def test_a_case_blind_part_of_a_case_minding_pattern_gets_a_case_blind_look_ahead() -> None:
    """ "\\b(?i:mum|dad)" in a rule that minds case: the look-ahead ignores case as the part
    does, so it turns away no position the part could start at, even where case folding goes
    beyond A-Z (the Kelvin sign is a K, the long s an s, to a case-blind `re`)."""
    assert first_characters(r"\b(?i:mum|dad)") == "(?i:[md])"
    assert first_characters(r"(?i:kim)|[A-Z]\d") == "(?i:[kA-Z])"  # wider, never narrower
    assert first_characters(r"\b(?ia:mum|dad)") is None  # ASCII-only classes: no look-ahead
    pattern = r"\b(?i:kim|sam)\b|\b(?-i:[A-Z])\d"
    assert guarded(pattern) == r"(?=(?i:[ksA-Z]))(?:\b(?i:kim|sam)\b|\b(?-i:[A-Z])\d)"
    written, fast = re.compile(pattern), re.compile(guarded(pattern))
    text = "KIM, kim, \u212aim and \u017fam; Sam and SAM; B4, b4 and kiM."
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in written.finditer(text)]
    assert len(written.findall(text)) == 8  # all but "b4"


@pytest.mark.parametrize("spec", PATTERN_RULES, ids=lambda s: s.id)
def test_guarded_rule_patterns_find_the_same_matches(spec: RuleSpec) -> None:
    """Every shipped rule's regex with the look-ahead in front finds exactly what it finds
    as written, groups included: on its examples and every draft of every corpus."""
    flags = 0 if spec.case_sensitive else re.IGNORECASE
    texts = list(spec.examples_flag) + list(spec.examples_pass) + EVERY_DRAFT
    for pattern in spec.patterns:
        written, fast = re.compile(pattern, flags), re.compile(guarded(pattern, flags), flags)
        for text in texts:
            found = [(m.span(), m.groups()) for m in fast.finditer(text)]
            assert found == [(m.span(), m.groups()) for m in written.finditer(text)], (
                spec.id, text[:60])


@pytest.mark.parametrize("name", sorted(LOOKALIKE_PATTERNS) + ["public", "platforms", "helplines"])
def test_guarded_lookalike_patterns_find_the_same_matches(name: str) -> None:
    """The suppressor's look-alike patterns and gazetteer lists, with the look-ahead in front."""
    regex = LOOKALIKE_PATTERNS.get(name) or getattr(Suppressor(), name)
    fast = re.compile(guarded(regex.pattern, regex.flags), regex.flags)
    for text in EVERY_DRAFT + DRAFTS:
        found = [(m.span(), m.groups()) for m in fast.finditer(text)]
        assert found == [(m.span(), m.groups()) for m in regex.finditer(text)], (name, text[:60])


@pytest.mark.parametrize("name", ["blanket", "own_family"])
def test_guarded_whole_draft_cues_find_the_same_matches(name: str) -> None:
    """The role cues read over a whole draft ("names have been changed", "my son") are kept
    guarded; with the look-ahead taken off again they find the same on every draft."""
    cue = getattr(cues(), name)
    assert cue.pattern.startswith("(?=[")
    written = re.compile(cue.pattern[cue.pattern.index("])(?:") + 5 : -1], cue.flags)
    for text in EVERY_DRAFT + DRAFTS:
        found = [(m.span(), m.groups()) for m in cue.finditer(text)]
        assert found == [(m.span(), m.groups()) for m in written.finditer(text)], (name, text[:60])


def test_the_suppressor_guards_its_patterns_from_the_second_text_on() -> None:
    suppressor = Suppressor()
    text = "Ring Childline on 0800 1111, or see the Care Act 2014 (s.42)."
    first = suppressor.regions(text)
    assert not any(r.pattern.startswith("(?=[") for r, _, _ in suppressor.patterns_in_use())
    assert suppressor.regions(text) == first and first
    assert any(r.pattern.startswith("(?=[") for r, _, _ in suppressor.patterns_in_use())


def test_a_rule_runs_its_guarded_regexes_from_the_second_text_on() -> None:
    spec = next(s for s in PATTERN_RULES if s.id == "street-address")
    recogniser = RuleRecognizer(spec)
    text = "She moved to 27 Harehills Lane last year."
    first = [(r.start, r.end) for r in recogniser.analyze(text, [])]
    assert recogniser.regexes_in_use() == recogniser.regexes  # a one-file check: as written
    second = [(r.start, r.end) for r in recogniser.analyze(text, [])]
    assert first == second == [(13, 30)]
    assert recogniser.regexes_in_use()[0].pattern.startswith("(?=[")


# --- ASCII mode where both modes read a draft alike -----------------------------

def test_a_draft_reads_alike_unless_a_character_is_a_letter_digit_or_space_beyond_ascii() -> None:
    assert reads_alike("Her mum (42) said: no.")
    assert reads_alike("it\u2019s \u00a35 \u2014 \u201cfine\u201d \U0001f600")  # quotes, dash, emoji
    assert not reads_alike("Zo\u00eb is 12")  # a letter beyond ASCII
    assert not reads_alike("aged\u00a012")  # a non-breaking space: a space to Unicode
    assert not reads_alike("\u0663 children")  # an Arabic-Indic digit
    assert not reads_alike("\u216b o'clock")  # a Roman numeral: a letter with a case
    assert not reads_alike("a\x1fb")  # an ASCII separator: a space to Unicode


def test_only_four_characters_beyond_ascii_match_an_ascii_letter_ignoring_case() -> None:
    """The pattern side of the argument (see redactcheck.detect.regex.ascii): every other
    character beyond ASCII matches no ASCII letter in Unicode mode, ignoring case."""
    letter = re.compile(r"(?i)[a-z]")
    beyond = (chr(code) for code in range(0x80, 0x110000) if not 0xD800 <= code <= 0xDFFF)
    assert {char for char in beyond if letter.match(char)} == TAKEN_FOR_ASCII


def test_a_pattern_naming_a_character_taken_for_an_ascii_letter_has_no_twin() -> None:
    assert ascii_twin(re.compile(r"(?i)\bkim\b")).flags & re.ASCII
    assert ascii_twin(re.compile("(?i)\u212aim")) is None  # the Kelvin sign: "kim" too
    assert ascii_twin(re.compile(r"(?i)[^\u017f]")) is None  # a long s, in a negated class
    assert ascii_twin(re.compile(r"(?i)[\u0100-\u024f]+")) is None  # a range spanning "\u0131"
    assert ascii_twin(re.compile(r"(?i)(?<![\u0130])x")) is None  # in a look-behind
    assert ascii_twin(re.compile(r"(?u)\w+")) is None  # asks for Unicode mode itself


@pytest.mark.parametrize("spec", PATTERN_RULES, ids=lambda s: s.id)
def test_ascii_twins_of_rule_patterns_find_the_same_matches(spec: RuleSpec) -> None:
    """Every shipped rule's regex, guarded as it runs, and its ASCII twin find the same
    matches, groups included, on every draft that reads alike in both modes."""
    flags = 0 if spec.case_sensitive else re.IGNORECASE
    texts = [t for t in list(spec.examples_flag) + list(spec.examples_pass) + EVERY_DRAFT
             if reads_alike(t)]
    for pattern in spec.patterns:
        written = re.compile(guarded(pattern, flags), flags)
        twin = ascii_twin(written)
        if twin is None:
            continue
        for text in texts:
            found = [(m.span(), m.groups()) for m in twin.finditer(text)]
            assert found == [(m.span(), m.groups()) for m in written.finditer(text)], (
                spec.id, text[:60])


def test_a_rule_runs_ascii_twins_on_a_draft_that_reads_alike_from_the_second_text_on() -> None:
    spec = next(s for s in PATTERN_RULES if s.id == "street-address")
    recogniser = RuleRecognizer(spec)
    text = "She moved to 27 Harehills Lane last year."
    accented = "Zo\u00eb moved to 27 Harehills Lane last year."
    assert [(r.start, r.end) for r in recogniser.analyze(text, [])] == [(13, 30)]
    assert not recogniser.regexes_for(text)[0].flags & re.ASCII  # a one-file check: as written
    assert [(r.start, r.end) for r in recogniser.analyze(text, [])] == [(13, 30)]
    assert recogniser.regexes_for(text)[0].flags & re.ASCII
    assert not recogniser.regexes_for(accented)[0].flags & re.ASCII
    assert [(r.start, r.end) for r in recogniser.analyze(accented, [])] == [(13, 30)]


# --- where matches start ------------------------------------------------------

def test_leading_strings_of_simple_shapes() -> None:
    """Each match starts with one of them, folded as the prefilters fold, cut at a space."""
    assert leading_strings(r"\b(?:his|her|their)\s+(?:mum|dad)", re.IGNORECASE) == {"his", "her", "their"}
    assert leading_strings(r"(?<![\w-])Aged\s+\d+") == {"aged"}  # a look-behind starts nothing
    assert leading_strings(r"(?:the\s+)?Flat\s+\d") == {"the", "flat"}
    assert leading_strings(r"\b(?:her|herself)\b") == {"her"}  # "herself" starts with "her"
    assert leading_strings(r"\d{1,3}[a-z]?,?\s+Road") == {"0"}
    assert leading_strings(r"\s+Road") is None  # a run of spaces: not a string to look for
    assert leading_strings(r"(?:Mrs?\s)?[A-Z]\w+") is None  # any capital: too many to spell


def test_matches_tried_where_their_strings_start_equal_a_scan() -> None:
    regex = re.compile(r"\b(?:lives|living)\s+(?:at|in)\s+(?P<place>[A-Z]\w+)", re.IGNORECASE)
    strings = starts.usable(leading_strings(regex.pattern, regex.flags))
    assert strings == ("lives", "living")
    text = "She lives in Leith. He is living at Kelso, and they live in Ayr. Olives in Fife."
    assert [m.span("place") for m in starts.finditer(regex, text, strings)] == [
        m.span("place") for m in regex.finditer(text)
    ] == [(13, 18), (36, 41)]
    assert [m.span() for m in starts.finditer(regex, text, strings, 20)] == [(26, 41)]


def test_a_draft_where_lower_case_parts_from_ignoring_case_is_scanned() -> None:
    """ "ſ" (a long s) is an s to a case-blind regex but not to str.lower: such a draft is
    scanned as before, and its match is found."""
    regex = re.compile(r"\bsam\b", re.IGNORECASE)
    strings = starts.usable(leading_strings(regex.pattern, regex.flags))
    assert strings == ("sam",) and starts.start_text("ſam") is None
    assert [m.span() for m in starts.finditer(regex, "ſam and Sam", strings)] == [(0, 3), (8, 11)]
    assert starts.start_text("İlkay") is None  # its capital İ lowers to two characters


def test_strings_found_everywhere_fall_back_to_a_scan() -> None:
    regex = re.compile(r"\b(?:a|an)\s+(?P<n>\w+)")
    text = "a cat and an owl and a dog; " * 20
    assert starts._starts(text, ("a",), 0) is None  # too many places to try one by one
    found = [m.span() for m in starts.finditer(regex, text, ("a",))]
    assert found == [m.span() for m in regex.finditer(text)] and len(found) == 60


@pytest.mark.parametrize("spec", PATTERN_RULES, ids=lambda s: s.id)
def test_rule_patterns_tried_where_they_start_find_the_same_matches(spec: RuleSpec) -> None:
    """Every shipped rule's regex tried only where its leading strings occur finds exactly
    what a scan finds, groups included: on its examples and every draft of every corpus."""
    flags = 0 if spec.case_sensitive else re.IGNORECASE
    texts = list(spec.examples_flag) + list(spec.examples_pass) + EVERY_DRAFT
    for pattern in spec.patterns:
        strings = starts.usable(leading_strings(pattern, flags))
        if strings is None:
            continue
        regex = re.compile(pattern, flags)
        for text in texts:
            found = [(m.span(), m.groups()) for m in starts.finditer(regex, text, strings)]
            assert found == [(m.span(), m.groups()) for m in regex.finditer(text)], (
                spec.id, text[:60])


@pytest.mark.parametrize("name", sorted(LOOKALIKE_PATTERNS))
def test_lookalike_patterns_tried_where_they_start_find_the_same_matches(name: str) -> None:
    """The suppressor's fixed look-alike patterns, tried only where they can start."""
    regex = LOOKALIKE_PATTERNS[name]
    strings = starts.usable(leading_strings(regex.pattern, regex.flags))
    for text in EVERY_DRAFT + DRAFTS:
        found = [(m.span(), m.groups()) for m in starts.finditer(regex, text, strings)]
        assert found == [(m.span(), m.groups()) for m in regex.finditer(text)], (name, text[:60])


def test_the_suppressor_tries_its_patterns_where_they_start_from_the_second_text_on() -> None:
    suppressor = Suppressor()
    text = "As the Care Act 2014 says, see version 2.1 of the app; anyone else had this?"
    first = suppressor.regions(text)
    assert suppressor._leading == []
    assert suppressor.regions(text) == first and len(first) == 2
    assert any(strings for strings in suppressor._leading)


def test_a_rule_tries_its_regexes_where_they_start_from_the_second_text_on() -> None:
    spec = next(s for s in PATTERN_RULES if s.id == "age-aged")
    recogniser = RuleRecognizer(spec)
    text = "Her son, aged 14, is at the high school."
    first = [(r.start, r.end) for r in recogniser.analyze(text, [])]
    assert recogniser._leading == [None] * len(spec.patterns)  # a one-file check: a scan
    second = [(r.start, r.end) for r in recogniser.analyze(text, [])]
    assert first == second and first
    assert recogniser._leading[0] is not None


# --- literal prefilters ------------------------------------------------------

def test_required_literals_of_simple_shapes() -> None:
    assert required_literals(r"\bward\s+\d+") == {"ward 0"}  # whitespace is one space, a digit 0
    assert required_literals(r"\bat\s+the\s+age\s+of\b") == {"at the age of"}
    assert required_literals(r"(?i:Mum|Dad)\s+[A-Z]\w+") == {"mum ", "dad "}  # joined: see below
    assert required_literals(r"(?:Road|Street)?\s*\d+") is None  # optional: nothing is required
    assert required_literals(r"\d\w") is None  # nothing long enough to be worth a test
    assert required_literals(r"(?:ab|cd)") is None  # too short to be worth a test


def test_short_parts_are_joined_into_rarer_literals() -> None:
    """No part alone is worth a test ("he", an optional space, "("), but every match holds
    one of their concatenations; whitespace of any length is one space, every digit is 0,
    an optional part joins with and without itself, a repeat of one string is spelt out,
    and a string holding a shorter one is dropped."""
    assert required_literals(r"\b(?:he|she)\s?\((?P<age>\d{1,2})\)") == {
        "he(0)",
        "he (0)",
        "he(00)",
        "he (00)",
    }
    assert required_literals(r"\b\d{3}-\d{4}\b") == {"000-0000"}
    # a stretch ends with how the part after it starts, and starts with how one ends
    assert required_literals(r"\bver[ \t]*\d+") == {"ver0", "ver 0"}
    assert required_literals(r"\b[a-z]+\d+\.\d+") == {"0.0"}
    assert required_literals(r"\b(?:he|she)(?:'s|\s+is)\s+\d", re.IGNORECASE) == {
        "he's 0",
        "he is 0",
    }
    assert required_literals(r"(?:[Ff]lat|[Uu]nit)\s*\d") == {"flat0", "flat 0", "unit0", "unit 0"}
    assert required_literals(r"\b(?:on|at)\s(?:the\s)?\d") == {"on 0", "at 0", "on the 0", "at the 0"}
    assert required_literals(r"\b(?:a|i)\s+\w+") is None  # "a " and "i " are too short


def test_joined_literals_skip_texts_a_pattern_cannot_match() -> None:
    pattern = r"\b(?:he|she)(?:'s|\s+is)\s+(?P<age>\d{1,2})\b"
    may_match = prefilter(pattern, re.IGNORECASE)
    assert may_match is not None
    assert not may_match(prefilter_text("She said he was 9, and then she was tired"))
    assert may_match(prefilter_text("She\n  is 9"))
    assert re.search(pattern, "She\n  is 9", re.IGNORECASE)


@pytest.mark.parametrize("spec", PATTERN_RULES, ids=lambda s: s.id)
def test_prefilter_never_hides_a_match(spec: RuleSpec) -> None:
    """Wherever a rule's regex matches, its prefilter lets the text through: on the rule's
    examples and on every draft of every corpus."""
    flags = 0 if spec.case_sensitive else re.IGNORECASE
    texts = list(spec.examples_flag) + list(spec.examples_pass) + EVERY_DRAFT
    for pattern in spec.patterns:
        may_match = prefilter(pattern, flags)
        if may_match is None:
            continue
        regex = re.compile(pattern, flags)
        for text in texts:
            if regex.search(text):
                assert may_match(prefilter_text(text)), (spec.id, pattern[:60], text[:60])


@pytest.mark.parametrize("name", sorted(LOOKALIKE_PATTERNS))
def test_lookalike_prefilters_never_hide_a_match(name: str) -> None:
    """The suppressor's fixed look-alike patterns are prefiltered the same way."""
    regex = LOOKALIKE_PATTERNS[name]
    may_match = prefilter(regex.pattern, regex.flags)
    for text in EVERY_DRAFT + DRAFTS:
        if regex.search(text):
            assert may_match is None or may_match(prefilter_text(text)), (name, text[:60])


# The quoted-example pattern as first written: look-behinds before "like", tried at every position.
_QUOTED_EXAMPLE_AS_WRITTEN = re.compile(
    r"(?:(?<!\bwas )(?<!\bis )(?<!\bwere )(?<!['’]s )\blike|\bsuch\s+as|\be\.g\.|\bfor\s+example"
    r"|\bfor\s+instance|\b[Cc]ompare|\b[Nn]ever|\binstead\s+of|\brather\s+than|\b[Aa]void"
    r"|\b(?:card|note|post|message|line|sentence|record|entry|title|caption)\s+(?:that|which)\s+(?:says|reads))"
    r"[ \t]*[:,]?(?:[ \t]*\n)*[ \t]*>?[ \t]*[\"“][^\"”\n]{2,120}[\"”]"
)


def test_quoted_example_looks_behind_like_only_where_it_is_written() -> None:
    """Looking back from after "like" finds what looking back from before it found."""
    texts = EVERY_DRAFT + DRAFTS + [
        'something like "a boy of 15 in Croydon"',
        'she was like "Kayla is at her nan\'s", then he is like "no", they were like "ok"',
        'it\'s like "this", mum’s like "that", dislike "x", was  like "two spaces", Was like "cap"',
        'unlike "them", likely "no", like\n"next line"',
    ]
    for text in texts:
        assert _spans(lookalikes.QUOTED_EXAMPLE, text) == _spans(_QUOTED_EXAMPLE_AS_WRITTEN, text), text[:60]
    assert _spans(lookalikes.QUOTED_EXAMPLE, texts[-3]) == []  # speech, not an example


# The look-alike postcode pattern as first written, its look-aheads tried at every position.
_POSTCODE_LIKE_AS_WRITTEN = re.compile(
    r"(?<![\w])(?=[A-Za-z0-9 ]{5,8}(?![\w]))(?=[A-Za-z0-9 ]*\d)"
    r"([A-Z034-8][A-Z0-9lo]{1,3}) ?([A-Z0-9Oo][A-Z0-9]{2})(?![\w])"
)


def test_postcode_like_tests_its_capital_first_and_finds_the_same() -> None:
    texts = EVERY_DRAFT + DRAFTS + ["G1l 6PS, G11 6P5 and EH6 5OT; xG11 6P5, g11 6P5, AB1 2CD, 8D8 7QT"]
    for text in texts:
        found = [m.groups() + m.span() for m in normalise._POSTCODE_LIKE.finditer(text)]
        assert found == [m.groups() + m.span() for m in _POSTCODE_LIKE_AS_WRITTEN.finditer(text)]
    assert len(list(normalise._POSTCODE_LIKE.finditer(texts[-1]))) == 5


def test_prefilter_skips_texts_without_the_key_words() -> None:
    may_match = prefilter(r"\b(?:hospital|infirmary)\b", re.IGNORECASE)
    assert may_match is not None
    assert not may_match(prefilter_text("She went to the GP"))
    assert may_match(prefilter_text("the Royal\n  Infirmary"))


def test_a_prefilter_group_finds_strings_that_start_together_or_overlap() -> None:
    group = PrefilterGroup()
    mum, mummy, day = group.add([r"\bmum\b"]), group.add([r"\bmummy\b"]), group.add([r"mmy\s+day"])
    tests = group.tests()
    holds = lambda text: [tests[slot][0](prefilter_text(text)) for slot in (mum, mummy, day)]  # noqa: E731
    assert holds("my mummy   Day") == [True, True, True]  # "mum" starts where "mummy" does
    assert holds("my mum") == [True, False, False]
    assert holds("no one") == [False, False, False]


def test_a_prefilter_group_lets_through_what_each_patterns_own_prefilter_does() -> None:
    """One pass for every rule's strings, then a set lookup per rule, decides as each
    pattern's own test did, on every draft and every rule's examples."""
    patterns = [(p, 0 if s.case_sensitive else re.IGNORECASE) for s in PATTERN_RULES for p in s.patterns]
    group = PrefilterGroup()
    for pattern, flags in patterns:
        group.add([pattern], flags)
    tests = group.tests()
    own = [prefilter(pattern, flags) for pattern, flags in patterns]
    examples = [text for s in PATTERN_RULES for text in s.examples_flag + s.examples_pass]
    for text in EVERY_DRAFT + examples:
        lowered = prefilter_text(text)
        assert [t is None or t(lowered) for t in tests] == [o is None or o(lowered) for o in own], text[:60]


def test_a_prefilter_groups_strings_present_decide_as_its_tests() -> None:
    """The strings a text holds, found once, then a set operation per pattern, decide as each
    pattern's test does, on every draft and every rule's examples."""
    group = PrefilterGroup()
    for spec in PATTERN_RULES:
        group.add(spec.patterns, 0 if spec.case_sensitive else re.IGNORECASE)
    tests, literal_sets = group.tests(), group.literal_sets()
    examples = [text for s in PATTERN_RULES for text in s.examples_flag + s.examples_pass]
    for text in EVERY_DRAFT + examples:
        lowered = prefilter_text(text)
        present = group.present(lowered)
        assert [s is None or not present.isdisjoint(s) for s in literal_sets] == [
            t is None or t(lowered) for t in tests
        ], text[:60]


def test_rules_sharing_a_prefilter_group_still_find_their_matches() -> None:
    """From the second text on a rule runs only where the group's one pass found its strings:
    on every rule's examples it finds what the rule alone, with no prefilter, finds."""
    group = PrefilterGroup()
    shared = [RuleRecognizer(spec, group) for spec in PATTERN_RULES]
    for recogniser in shared:
        for text in recogniser.spec.examples_flag[:1] * 2:  # two texts: the prefilters are on
            list(recogniser.matches(text))
    found = 0
    for recogniser in shared:
        for text in recogniser.spec.examples_flag + recogniser.spec.examples_pass:
            matches = list(recogniser.matches(text))
            alone = RuleRecognizer(recogniser.spec)  # its first text: no prefilter yet
            assert matches == list(alone.matches(text)), (recogniser.spec.id, text[:60])
            found += bool(matches)
    assert found > 100


def test_the_engine_leaves_out_a_rule_whose_strings_a_text_lacks(linter) -> None:
    """From the second text on the engine runs a rule only where the group's one pass found
    one of its regexes' strings, as it does Presidio's pattern recognisers."""
    engine = linter.engine
    rule = next(r for r in engine.recognisers if isinstance(r, RuleRecognizer) and r.name == "street-address")
    engine.recognisers_for("A first text: from the next one on, rules are left out.")
    assert rule not in engine.recognisers_for("We talked about the weather and the bus.")
    assert rule in engine.recognisers_for("She moved to 27 Harehills Lane last year.")


def test_a_rule_the_engine_leaves_out_finds_nothing(linter) -> None:
    """On every annotated draft, each rule the engine leaves out finds nothing when run
    alone with no prefilter at all (its first text)."""
    engine = linter.engine
    engine.recognisers_for("A first text: from the next one on, rules are left out.")
    rules = [r for r in engine.recognisers if isinstance(r, RuleRecognizer)]
    left_out = 0
    for text in DRAFTS:
        running = {id(r) for r in engine.recognisers_for(text)}
        for rule in rules:
            if id(rule) not in running:
                left_out += 1
                assert not list(RuleRecognizer(rule.spec).matches(text)), (rule.name, text[:60])
    assert left_out > 1000


def test_the_recognisers_a_text_calls_for_are_those_whose_strings_it_holds(linter) -> None:
    """The engine finds the recognisers to run from the text's strings by look-up; on every
    annotated draft they are exactly those that always run and those one of whose strings the
    text holds (a set test per recogniser, as the engine did before)."""
    engine = linter.engine
    engine.recognisers_for("A first text: from the next one on, rules are left out.")
    literals = engine.prefilters.literal_sets()
    strings = {}
    for recogniser in engine.recognisers:
        slot = engine._slots.get(id(recogniser))
        sets = [] if slot is None else literals[slot]
        if sets and all(s is not None for s in sets):
            strings[id(recogniser)] = frozenset().union(*sets)
    for text in DRAFTS:
        present = engine.prefilters.present(prefilter_text(text))
        expected = [
            r
            for r in engine.recognisers
            if id(r) not in strings or not present.isdisjoint(strings[id(r)])
        ]
        assert engine.recognisers_for(text) == expected, text[:60]
    assert len(strings) > 100


FIXED_LOOKALIKES = [
    getattr(lookalikes, name)
    for name in (*LOOKALIKE_PATTERNS, "AGE_BAND", "ROUND_THE_CLOCK", "ORG_REFERENCE_LINE", "GENERAL_GROUP",
                 "QUOTED_LIST")
]


def test_the_suppressor_joins_the_group_it_is_given() -> None:
    """The Linter gives the suppressor its rules' group, so the look-alike patterns' strings
    are found in the pass that found the rules'; where a pattern matches, it still runs."""
    group = PrefilterGroup()
    rule = group.add([r"\bmum\b"])
    suppressor = Suppressor(prefilters=group)
    assert len(group.literal_sets()) == rule.stop + len(FIXED_LOOKALIKES)
    for text in ("A first text.", "A second text: from here on the patterns are prefiltered."):
        suppressor.regions(text)
    checked = 0
    for text in EVERY_DRAFT:
        found = {(r.start, r.end) for r in suppressor.regions(text)}
        for pattern in FIXED_LOOKALIKES:
            for match in pattern.finditer(text):
                checked += 1
                assert match.span() in found, (pattern.pattern[:40], text[:60])
    assert checked > 100


def test_every_year_or_age_with_a_letter_for_a_digit_has_one_beside_a_digit() -> None:
    """The normaliser looks for years and ages written with a letter for a digit only in a
    draft where such a letter stands right beside a digit: every one it would read has one."""
    examples = ["born in 2O11", "aged l4", "Kayla (l4) and", "Jo, I9, and", "she's 1O now", "in l9O5",
                "turned O9", "a 1O-year-old"]
    checked = 0
    for text in EVERY_DRAFT + examples:
        for m in normalise._LETTER_YEAR.finditer(text):
            if normalise._has_letter_digits(m.group(), 0):
                checked += 1
                assert normalise._LETTER_BESIDE_DIGIT.search(m.group()), text[:60]
        for m in normalise._LETTER_AGE.finditer(text):
            group = next(m.group(g) for g in "nmbc" if m.group(g))
            if normalise._has_letter_digits(group):
                checked += 1
                assert normalise._LETTER_BESIDE_DIGIT.search(group), text[:60]
    assert checked >= len(examples)


# Numbers of the shapes Presidio's pattern recognisers look for (all made up).
PRESIDIO_SHAPES = [
    "Her NHS number is 943 476 5919, or 943-476-5919, or 9434765919.",
    "NI number AB 12 34 56 C, also AB123456C.",
    "Passport 123456789 and AB1234567.",
    "Card 4111 1111 1111 1111 and 5500-0000-0000-0004.",
    "Licence MORGA657054SM9IJ.",
    "IBAN GB82 WEST 1234 5698 7654 32.",
    "Mail jo.bloggs@example.co.uk, see https://www.facebook.com/jo.bloggs, from 192.168.0.1.",
    "Reg AB51 ABC, A123 BCD, post code SW1A 1AA.",
]


def test_presidio_pattern_prefilters_never_hide_a_match() -> None:
    """Presidio's pattern recognisers join the rules' prefilter group: one is skipped only
    where none of its regexes (Presidio's own, run with its flags) matches."""
    recognisers = [r for r in builtin_recognisers() if isinstance(r, PatternRecognizer)]
    group = PrefilterGroup()
    slots = [group.add([p.regex for p in r.patterns], r.global_regex_flags or 0) for r in recognisers]
    tests = group.tests()
    tested = matched = 0
    for recogniser, slot in zip(recognisers, slots):
        may_match = any_of(tests[slot])
        if may_match is None:
            continue
        tested += 1
        regexes = [regex.compile(p.regex, recogniser.global_regex_flags) for p in recogniser.patterns]
        for text in EVERY_DRAFT + PRESIDIO_SHAPES:
            if any(r.search(text) for r in regexes):
                matched += 1
                assert may_match(prefilter_text(text)), (recogniser.name, text[:60])
    assert tested >= 5 and matched >= tested


def test_a_skipped_presidio_recogniser_still_finds_its_numbers(linter) -> None:
    """From the second text on the engine skips a Presidio recogniser whose regexes cannot
    match; where its numbers are written, it still runs and finds them."""
    text = "Her NHS number is 943 476 5919. Card 4111 1111 1111 1111. Licence MORGA657054SM9IJ."
    *_, report = linter.check_many(["A draft with no numbers.", "Another one.", text])
    assert {f.rule for f in report.findings} >= {
        "presidio-nhs",
        "presidio-credit-card",
        "presidio-uk-driving-licence",
    }


# --- term index --------------------------------------------------------------

def _terms(terms: list[str], text: str, case_sensitive: bool = True) -> list[str]:
    spec = RuleSpec(id="t", category=Category.LOCATION, terms=tuple(terms), case_sensitive=case_sensitive,
                    description="", why="", source="test", line=1)
    return [text[s:e] for _, s, e, _ in TermRecognizer([spec]).find(text)]


def test_terms_match_whole_words_with_punctuation_and_possessives() -> None:
    assert _terms(["St Mary's", "Ayr"], "at St Mary's and in Ayr's harbour, not Ayrshire") == ["St Mary's", "Ayr"]
    assert _terms(["Stoke-on-Trent", "Trent"], "Stoke-on-Trent") == ["Stoke-on-Trent", "Trent"]


def test_terms_do_not_match_inside_names_or_contractions() -> None:
    assert _terms(["Neill", "Don"], "Mr O'Neill said Don't") == []


def test_terms_do_not_run_across_lines() -> None:
    assert _terms(["Forth Valley"], "Forth\nValley") == []
    assert _terms(["Forth Valley"], "Forth  Valley") == ["Forth  Valley"]


def test_lower_case_terms_ignore_case() -> None:
    assert _terms(["Fife Council"], "FIFE COUNCIL and fife council", case_sensitive=False) == ["FIFE COUNCIL", "fife council"]


# --- the engine --------------------------------------------------------------

def test_engine_analysis_equals_presidio_analyzer_engine(linter) -> None:
    """The direct call of every recogniser gives exactly what Presidio's own
    AnalyzerEngine gives with the same registry and parse."""
    engine = linter.engine
    presidio = AnalyzerEngine(registry=engine.registry, nlp_engine=engine.nlp_engine, supported_languages=["en"],
                              default_score_threshold=0.4)
    texts = DRAFTS[:25]
    for text, artifacts in zip(texts, engine.nlp_engine.artifacts(texts)):
        ours = sorted((r.entity_type, r.start, r.end, round(r.score, 6)) for r in engine._analyze(text, artifacts))
        theirs = sorted((r.entity_type, r.start, r.end, round(r.score, 6))
                        for r in presidio.analyze(text=text, language="en", nlp_artifacts=artifacts))
        assert ours == theirs


def test_check_many_streams_and_equals_check(linter) -> None:
    texts = DRAFTS[:40] + ["", "x" * 25_000 + "\n\nMet Sarah Jones at Ninewells."]
    one_by_one = [linter.check(t).findings for t in texts]
    consumed: list[str] = []

    def lazily():
        for text in texts:
            consumed.append(text)
            yield text

    reports = linter.check_many(lazily())
    first = next(reports)
    assert len(consumed) < len(texts)  # the first report came before all texts were read
    assert [first.findings] + [r.findings for r in reports] == one_by_one


def test_context_enhancer_finds_the_same_token_as_presidio(linter) -> None:
    from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

    from redactcheck.detect.nlp import QuickContextEnhancer

    text = "  NHS no. 943 476 5919,  tel 0131-496-0000 (mob)\n\nDOB 12/03/2011 ref:AB/12345 "
    artifacts = next(linter.engine.nlp_engine.artifacts([text]))
    doc, starts = artifacts.tokens, artifacts.tokens_indices
    last_end = starts[-1] + len(doc[-1])
    for start in range(last_end):
        expected = LemmaContextAwareEnhancer._find_index_of_match_token("w", start, doc, starts)
        assert QuickContextEnhancer._find_index_of_match_token("w", start, doc, starts) == expected, start
    with pytest.raises(ValueError):
        QuickContextEnhancer._find_index_of_match_token("w", last_end + 1, doc, starts)


def _merge_the_slow_way(findings):
    """The merge as first written: re-sort everything pending after each step and compare the
    candidate with every accepted finding (quadratic: a 4 MB chat export never finished)."""
    from redactcheck.detect.merge import (_beats_partial, _priority, _remainders, _rule_inside_model,
                                    _same_category_partial, _union)

    pending = sorted(findings, key=_priority, reverse=True)
    accepted = []
    while pending:
        candidate = pending.pop(0)
        clash = [f for f in accepted if f.overlaps(candidate)]
        if any(other.contains(candidate) and not _rule_inside_model(candidate, other) for other in clash):
            continue
        if clash and all(_same_category_partial(candidate, other) for other in clash):
            accepted = [f for f in accepted if f not in clash] + [_union(candidate, clash)]
            continue
        if clash and not all(_beats_partial(candidate, o) or _rule_inside_model(candidate, o) for o in clash):
            pending.extend(_remainders(candidate, clash))
            pending.sort(key=_priority, reverse=True)
            continue
        losers = [f for f in clash if not candidate.contains(f) or _rule_inside_model(f, candidate)]
        accepted = [f for f in accepted if f not in clash]
        accepted.append(candidate)
        for loser in losers:
            pending.extend(_remainders(loser, [candidate]))
        pending.sort(key=_priority, reverse=True)
    return sorted(accepted, key=lambda f: (f.start, f.end))


_TEXT = "Kayla Brannigan and her mum Shona moved from 14 Mill Lane, Govan G51 3XX to Leith in 2019 aged 7."


@st.composite
def _overlapping_findings(draw):
    from redactcheck.types import Finding

    out = []
    for _ in range(draw(st.integers(0, 30))):
        start = draw(st.integers(0, len(_TEXT) - 1))
        end = draw(st.integers(start, min(len(_TEXT), start + 25)))
        rule, source = draw(st.sampled_from(
            [("ner-person", "model"), ("ner-location", "model"), ("uk-postcode", "rule"), ("age-bracketed", "rule")]))
        out.append(Finding(
            start=start, end=end, category=draw(st.sampled_from(list(Category))).value,
            score=draw(st.sampled_from([0.3, 0.5, 0.85, 1.0])),
            rule=rule, source=source, explanation="", text=_TEXT[start:end]))
    return out


@settings(max_examples=300, derandomize=True, deadline=None)
@given(_overlapping_findings())
def test_merge_finds_what_the_quadratic_merge_found(findings) -> None:
    from redactcheck.detect.merge import merge

    assert merge(findings) == _merge_the_slow_way(findings)


def test_merge_on_a_real_draft_equals_the_slow_way(linter) -> None:
    """Every raw finding of every corpus draft, merged both ways."""
    from redactcheck.detect.merge import merge
    from redactcheck.detect.view import View

    for found in linter.engine.find_many(View.plain(draft) for draft in DRAFTS):
        assert found.merged == merge(found.raw) == _merge_the_slow_way(found.raw)


def test_line_col_of_a_long_text_is_what_counting_from_the_top_gives() -> None:
    from redactcheck.types import _INDEXED_FROM, line_col

    breaks = ["\n", "\r\n", "\r", "\n\n"]
    text = "".join(f"[{i:04d}] line {i}" + breaks[i % 4] for i in range(4000))
    assert len(text) > _INDEXED_FROM  # the indexed way is the one under test
    for offset in [0, 1, 17, 18, 19, *range(0, len(text), 997), len(text) - 1, len(text)]:
        if text[offset - 1:offset + 1] == "\r\n":
            continue  # inside a line break, where no finding starts
        before = text[:offset]
        line = before.count("\n") + before.count("\r") - before.count("\r\n") + 1
        column = offset - (max(before.rfind("\n"), before.rfind("\r")) + 1) + 1
        assert line_col(text, offset) == (line, column), offset


def test_propagated_names_skip_exactly_the_mentions_inside_a_finding() -> None:
    from redactcheck.detect.propagate import _Coverage
    from redactcheck.types import Finding

    spans = [(0, 10), (2, 4), (20, 25), (22, 40), (50, 51)]
    coverage = _Coverage([Finding(s, e, "PERSON", 1.0, "r", "") for s, e in spans])
    for start in range(0, 60):
        for end in range(start + 1, 62):
            assert coverage(start, end) == any(s <= start and end <= e for s, e in spans), (start, end)


def test_a_roles_evidence_in_words_is_bounded_and_counts_the_rest() -> None:
    """Each cue once, the first few as written, then how many more: short lists read as before."""
    from redactcheck.people import EVIDENCE_SHOWN, in_words
    from redactcheck.people.evidence import SUBJECT, Evidence

    few = [Evidence(SUBJECT, "named with an age", 2), Evidence(SUBJECT, "named with an age", 2)]
    assert in_words(few) == "named with an age, line 2"
    many = [Evidence(SUBJECT, "named with an age", line) for line in range(1, 41)] * 2
    words = in_words(many)
    first = [f"named with an age, line {n}" for n in range(1, EVIDENCE_SHOWN + 1)]
    assert words.split("; ")[:EVIDENCE_SHOWN] == first
    assert words.endswith(f"; and {40 - EVIDENCE_SHOWN} more")


def test_a_name_said_on_every_line_carries_bounded_evidence(linter) -> None:
    """Every mention of a person carries the person's evidence in words; listing every cue of
    every mention made a chat export's JSON report grow as the square of its length (659 MB
    for a 1 MB export). The words stay the same size however often the name is said."""
    from redactcheck.people import EVIDENCE_SHOWN

    def evidence(visits: int) -> list[str]:
        text = "".join(f"home visit to Kayleigh Brannigan at {n + 1} Mill Lane on Tuesday.\n\n"
                       for n in range(visits))
        return [f.evidence for f in linter.check(text).findings if f.category == "PERSON"]

    short, long = evidence(EVIDENCE_SHOWN + 2), evidence(4 * EVIDENCE_SHOWN)
    assert len(long) == 4 * EVIDENCE_SHOWN
    assert all(words.count("; ") == EVIDENCE_SHOWN for words in short + long)
    assert short[0].endswith("; and 2 more") and long[0].endswith(f"; and {3 * EVIDENCE_SHOWN} more")
    assert len(long[0]) - len(short[0]) == 1  # "and 15 more" for "and 2 more": no more cues listed


# --- linear in the length of a chat export (issue 13, item 6) ----------------------------

class _CountedEquals(str):
    """A text that counts how often it is compared with another by content."""

    comparisons = 0

    def __eq__(self, other: object) -> bool:
        type(self).comparisons += 1
        return str.__eq__(self, other)

    __hash__ = str.__hash__


def test_line_numbers_never_compare_a_long_text_with_an_equal_copy() -> None:
    """A document's original and the text checked are equal but distinct strings. A cache keyed
    by the text compared them character by character at every finding placed: a whole-text
    comparison per finding, quadratic in a chat export. Known texts are recognised by identity."""
    from redactcheck.types import line_col

    body = "".join(f"[{i:05d}] a line of the chat\n" for i in range(3000))
    first, copy = _CountedEquals(body), _CountedEquals(body)
    _CountedEquals.comparisons = 0
    assert first is not copy and len(body) > 50_000
    for offset in range(0, len(body), 311):
        line = body.count("\n", 0, offset) + 1
        column = offset - (body.rfind("\n", 0, offset) + 1) + 1
        assert line_col(first, offset) == line_col(copy, offset) == (line, column)
    assert _CountedEquals.comparisons == 0


class _CountedReads(list):
    """Evidence that counts how often it is read through."""

    reads = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        type(self).reads += 1
        return super().__iter__()


def test_chosen_names_read_a_persons_evidence_once_not_at_every_mention() -> None:
    """Whether a person has pseudonym evidence was asked again at each of their mentions, over
    evidence that grows with the mentions: quadratic for a name said on every line of a chat."""
    from redactcheck.people import People, Person
    from redactcheck.people.evidence import SUBJECT, Evidence, mention

    text = "".join("Kayleigh rang, that is what everyone calls her\n" for _ in range(500))
    findings = [Finding(i * 48, i * 48 + 8, "PERSON", 0.9, "r", "") for i in range(500)]
    mentions = [mention(text, f) for f in findings]
    person = Person(("kayleigh",), mentions, _CountedReads(
        Evidence(SUBJECT, "named with an age", m.line) for m in mentions))
    _CountedReads.reads = 0
    People()._cancel_chosen_names(text, [person])
    assert _CountedReads.reads <= 2
    assert len(person.evidence) == 500  # no pseudonym evidence: nothing to cancel


def test_reach_answers_as_comparing_with_every_span() -> None:
    from redactcheck.linter import Reach

    rng = random.Random(13)
    for _ in range(200):
        starts = [rng.randint(0, 30) for _ in range(rng.randint(0, 8))]
        spans = [(s, s + rng.randint(0, 6)) for s in starts]
        reach = Reach(Finding(s, e, "PERSON", 1.0, "r", "") for s, e in spans)
        for start in range(0, 38):
            for end in range(start, 40):
                inside = any(s <= start and end <= e and (s, e) != (start, end) for s, e in spans)
                assert reach.inside_longer(start, end) == inside, (spans, start, end)
                assert reach.overlaps(start, end) == any(start < e and s < end for s, e in spans)


class _CountedFinding(Finding):
    """A finding that counts how often it is compared with another."""

    comparisons = 0

    def contains(self, other: Finding) -> bool:
        type(self).comparisons += 1
        return super().contains(other)

    def overlaps(self, other: Finding) -> bool:
        type(self).comparisons += 1
        return super().overlaps(other)


def test_recovering_swallowed_findings_compares_no_pair_of_findings(linter) -> None:
    """Each finding found before the merge was compared with every suppressed look-alike and
    every kept finding: quadratic in a chat export. Now each is placed by bisection."""
    from redactcheck.types import Suppressed

    def finding(start: int, category: str = "LOCATION") -> Finding:
        return _CountedFinding(start, start + 5, category, 0.9, "r", "")

    view = "x" * 20_000
    hosts = [Suppressed(finding(i * 20), "helpline") for i in range(300)]
    kept = [finding(i * 20 + 10, "PERSON") for i in range(300)]
    raw = [h.finding for h in hosts] + kept  # each exactly a host or a kept finding: none hidden
    _CountedFinding.comparisons = 0
    assert linter._recover_swallowed(view, kept, hosts, raw, []) == kept
    assert _CountedFinding.comparisons == 0


def test_splitting_reads_only_the_regions_a_finding_touches() -> None:
    """Every finding was checked against every look-alike region of the text; now it is given
    only the regions it shares a character with, in their own order (the first that applies
    gives the reason)."""
    from redactcheck.suppress import RegionIndex, Suppressor
    from redactcheck.suppress.lookalikes import Region
    from redactcheck.detect.view import View

    given: list[int] = []

    class Counting(Suppressor):
        def why(self, text: str, finding: Finding, regions) -> str | None:  # type: ignore[no-untyped-def]
            given.append(len(regions))
            return super().why(text, finding, regions)

    regions = [Region(i * 10, i * 10 + 4, "public body") for i in range(400)]
    findings = [Finding(i * 10 + 1, i * 10 + 3, "INSTITUTION", 0.9, "r", "") for i in range(400)]
    kept, dropped = Counting().split(View.plain("x" * 4000), findings, regions)
    assert max(given) == 1 and len(given) == 400
    assert kept == [] and [d.why for d in dropped] == ["public body"] * 400

    rng = random.Random(13)
    for _ in range(200):
        starts = [rng.randint(0, 30) for _ in range(rng.randint(0, 8))]
        some = [Region(s, s + rng.randint(0, 9), "r") for s in starts]
        index = RegionIndex(some)
        for start in range(0, 40):
            for end in range(start, 42):
                assert index(start, end) == [r for r in some if r.start < end and start < r.end]


def test_merge_places_each_run_of_touching_findings_on_its_own() -> None:
    """The merge kept one sorted index of every accepted finding of the text and inserted into
    it at each step, moving the list each time: quadratic, slowly, in a chat export. Findings
    that neither overlap nor touch never meet, so each run of them merges on its own."""
    from redactcheck.detect.merge import merge, overlap_runs

    def finding(start: int, end: int, category: str = "PERSON") -> Finding:
        return Finding(start, end, category, 0.85, "r", "", text="x" * (end - start))

    apart = [finding(i * 10, i * 10 + 4) for i in reversed(range(1000))]
    assert [len(run) for run in overlap_runs(apart)] == [1] * 1000
    touching = [finding(8, 12), finding(0, 5), finding(20, 25), finding(5, 8), finding(3, 6, "AGE")]
    runs = overlap_runs(touching)
    assert runs == [[touching[0], touching[1], touching[3], touching[4]], [touching[2]]]
    assert merge(touching) == [f for run in runs for f in merge(run)]
    assert merge(apart) == sorted(apart, key=lambda f: f.start)


def test_the_case_around_a_name_is_read_only_after_a_colleagues_words(monkeypatch) -> None:
    """Whether a sentence around a name tells of a case (case_told, the dearest of a mention's
    cues) is asked only where a colleague's or a thanked list's words stand before the name;
    where they do, a case told there still stands the colleague down."""
    from redactcheck.people import evidence

    asked: list[str] = []
    told = evidence.case_told
    monkeypatch.setattr(evidence, "case_told", lambda m: asked.append(m.text) or told(m))
    the_cues = cues()

    def colleague(text: str, name: str) -> bool:
        start = text.index(name)
        finding = Finding(start, start + len(name), Category.PERSON.value, 0.8, "r", "", name)
        return evidence._colleague(evidence.mention(text, finding), the_cues)

    assert not colleague("Orla Penhaligon went to the shop with her brother.", "Orla")
    assert asked == []
    assert colleague("Thanks to Orla Penhaligon for the slides.", "Orla Penhaligon")
    assert asked == ["Orla Penhaligon"]
    assert not colleague(
        "Thanks to Orla Penhaligon. Orla was restrained twice at the home.", "Orla Penhaligon"
    )
    assert asked == ["Orla Penhaligon", "Orla Penhaligon"]


SPELT_EMAIL_ROWS = [
    ("write to jo dot smith", True),
    ("the dotted line", False),
    ("full stop", True),
    ("a period of time", True),
    ("periodic review", False),
    ("kayla at gmail", True),
    ("kayla@hotmail", True),
    ("kayla [at] example", True),
    ("kayla (a) example", True),
    ("kayla ( . ) example", True),
    ("kayla-at-example", True),
    ("kayla 'at' example", True),
    ('kayla "at" example', True),
    ("kayla at example.co.uk", True),
    ("kayla at example.com", True),
    ("kayla at example.comma", False),
    ("kayla\tat example.org", True),
    ("\nat example.org", True),  # the space before "at" is all the way needs
    ("at example.org", False),  # nothing before "at"
    ("kayla at example com", True),
    ("kayla.  at example co  uk", True),
    ("kayla. \n at ex-ample net", True),
    ("\tat example com", False),  # spaces before "at", no word before them
    ("!  at example com", False),
    ("kayla at example company", False),
    ("kayla sat example com", False),
    ("meet at the cafe at noon", False),
    ("at at example com", True),  # the second "at", after the first's last character
]


@pytest.mark.parametrize("text,expected", SPELT_EMAIL_ROWS)
def test_may_spell_email_answers_as_the_pattern_as_written(text: str, expected: bool) -> None:
    """Each way of spelling an address looked for only where its strings are gives the answer
    of the one alternation as written, row by row (each row a way or an edge of one)."""
    written = re.compile(normalise.SPELT_EMAIL)
    assert bool(written.search(text)) is expected
    assert normalise.may_spell_email(text) is expected


def test_may_spell_email_answers_as_the_pattern_on_every_draft() -> None:
    """The same answer as the alternation as written on every draft of every corpus, its
    lower-cased text as the token pass asks."""
    written = re.compile(normalise.SPELT_EMAIL)
    for text in EVERY_DRAFT:
        lowered = text.lower()
        assert normalise.may_spell_email(lowered) is bool(written.search(lowered))


POSTCODE_ROWS = [
    "Her address is 4 Rowan Drive, EH6 5QT now",
    "post to GIR 0AA please",
    "the flat at m1 1ae",  # any case, as Presidio's pattern reads it
    "SW1A 1AA and B33 8TH",
    "a cat aged 4 with 10 toys",  # digits, no inward code
    "",
]


def test_postcodes_are_looked_for_only_in_a_text_with_an_inward_code() -> None:
    """The shipped postcode recogniser finds what Presidio's finds on every draft of every
    corpus and every row, and where a text holds no inward code (a digit and two letters of
    the pattern's last class) Presidio's finds nothing: that is when it is skipped."""
    from presidio_analyzer.predefined_recognizers import UkPostcodeRecognizer

    from redactcheck.detect.recognisers.presidio_uk import _INWARD_CODE, QuickPostcodeRecognizer

    shipped = [r for r in builtin_recognisers() if r.name == "presidio-uk-postcode"]
    assert len(shipped) == 1 and isinstance(shipped[0], QuickPostcodeRecognizer)
    plain = UkPostcodeRecognizer(supported_entity="POSTCODE", name="presidio-uk-postcode")
    _same_where_skipped(shipped[0], plain, _INWARD_CODE, POSTCODE_ROWS, "POSTCODE")
    other = QuickPostcodeRecognizer(
        patterns=[Pattern("any", r"\bpostcode\b", 0.5)], supported_entity="POSTCODE"
    )
    assert other.analyze("the postcode", ["POSTCODE"])  # another pattern: never skipped


PLATE_ROWS = ["AB12 CDE", "car A123 BCD", "reg ABC 123D", "reg ABC-1D", "ab12 cde", "Year 9 ABC", ""]


def test_number_plates_are_looked_for_only_in_a_text_with_three_capitals_by_a_digit() -> None:
    """As for postcodes: three capitals beside a digit (a dash or a space between) are in every
    match of Presidio's number plates in the flags we give it (case counts)."""
    from presidio_analyzer.predefined_recognizers import UkVehicleRegistrationRecognizer

    from redactcheck.detect.recognisers.presidio_uk import (
        _CAPITALS_BY_DIGIT,
        _CASE_SENSITIVE,
        QuickPlateRecognizer,
    )

    name = "presidio-uk-vehicle-registration"
    shipped = [r for r in builtin_recognisers() if r.name == name]
    assert len(shipped) == 1 and isinstance(shipped[0], QuickPlateRecognizer)
    plain = UkVehicleRegistrationRecognizer(supported_entity="ID_NUMBER", name=name)
    plain.global_regex_flags = _CASE_SENSITIVE
    _same_where_skipped(shipped[0], plain, _CAPITALS_BY_DIGIT, PLATE_ROWS, "ID_NUMBER")
    assert shipped[0].analyze("ab12 cde", ["ID_NUMBER"], regex_flags=regex.IGNORECASE)


def _same_where_skipped(quick, plain, gate, rows: list[str], entity: str) -> None:
    """The quick recogniser finds what Presidio's finds on every row and every draft of every
    corpus, and Presidio's finds nothing where the gate finds nothing (where it is skipped)."""
    skipped = 0
    for text in rows + EVERY_DRAFT:
        theirs = [(r.start, r.end, r.score) for r in plain.analyze(text, [entity])]
        assert [(r.start, r.end, r.score) for r in quick.analyze(text, [entity])] == theirs
        if not gate.search(text):
            assert theirs == []
            skipped += 1
    assert skipped > len(EVERY_DRAFT) // 4  # the test is worth its time: many drafts skip


def test_email_addresses_are_looked_for_only_in_a_text_with_an_at_sign() -> None:
    """Presidio's e-mail pattern holds "[@]": on every draft of every corpus without "@" it
    finds nothing, and the shipped recogniser finds nothing without looking."""
    from presidio_analyzer.predefined_recognizers import EmailRecognizer

    shipped = [r for r in builtin_recognisers() if r.name == "presidio-email"][0]
    plain = EmailRecognizer(supported_entity="CONTACT")
    assert all("[@]" in p.regex for p in plain.patterns)
    for text in ["write to kayla@example.com", "no address here", *EVERY_DRAFT]:
        if "@" not in text:
            assert plain.analyze(text, ["CONTACT"]) == []
            assert shipped.analyze(text, ["CONTACT"]) == []
    found = shipped.analyze("write to kayla@example.com", ["CONTACT"])
    assert [(r.start, r.end) for r in found] == [(9, 26)]
