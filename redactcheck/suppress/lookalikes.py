"""Look-alikes by their shape: a chosen placeholder (Child J), a generalised place, a cited
researcher (Morgan, 2004), case law, a statute, a public event's year, the readers' own area,
a cuisine, a version or section number, a freephone number, and the kinship words and
words-that-are-names a model reads as people; and `Region`, where a look-alike lies."""

from __future__ import annotations

import re
from dataclasses import dataclass

from redactcheck.detect.regex.stored import STORE
from redactcheck.detect.regex.trie import trie_alternation
from redactcheck.lexicon import LEXICON
from redactcheck.lexicon.words import (
    MONTHS,
    NAME_WORDS,
    ROLE_WORDS,
    SENTENCE_OPENERS,
    WRITTEN_TITLES,
)
from redactcheck.resources import word_list
from redactcheck.types import Finding

_TITLE = trie_alternation(title.capitalize() for title in sorted(WRITTEN_TITLES))
_ROLE = trie_alternation(LEXICON.phrases("placeholder_roles"))
# "Mrs K", "Child J", "Person A", "Service User 1"; not "Ms J.M. Burden" or "Mr J. Grainger",
# where the letter is an initial before a surname.
_SENTENCE_WORDS = rf"{trie_alternation(SENTENCE_OPENERS)}\b"
_NOT_INITIAL = rf"(?![ \t]?[A-Z][a-z]|[A-Z]\.|\.[ \t]?(?!{_SENTENCE_WORDS})[A-Z][a-z])"
PLACEHOLDER = STORE.compile(
    rf"\b(?:{_TITLE}\.?|{_ROLE})[ \t]+"
    rf"(?:[A-Z]\b{_NOT_INITIAL}\.?|\d{{1,2}}\b|[A-Z]{{2}}\b(?![a-z]){_NOT_INITIAL})"
)
# What redaction writes in place of a place: the wider area is kept on purpose.
GENERALISED = STORE.compile(
    r"\b(?:a\s+part\s+of"
    r"|an?\s+(?:town|village|city|island|area|suburb|estate|district)\s+(?:in|near|on|outside)"
    r"|somewhere\s+(?:in|near|on)|the\s+(?:north|south|east|west)\s+of)"
    r"\s+[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?"
)
# What redaction writes in place of an age ("of secondary-school age", "under school age"): an
# age band, never part of a name or a school's name.
AGE_BAND = STORE.compile(r"\b(?:of|under)\s+(?:[a-z]+-)?[a-z]+\s+age\b")
_SURNAME = r"[A-Z][^\W\d_]+(?:['’-][^\W\d_]+)*"
_AUTHORS = (
    rf"{_SURNAME}(?:(?:,\s+|\s+(?:and|&)\s+){_SURNAME}){{0,5}}"
    r"(?:\s+et\s+al\.?|\s+and\s+colleagues)?"
)
_YEAR = r"(?:19|20)\d{2}[a-z]?"
_MONTH = trie_alternation(MONTHS)
CITATION = STORE.compile(
    rf"{_AUTHORS},?\s*\((?:{_YEAR}|n\.d\.)(?:[,;:]\s*(?:p+\.\s*)?[\d\s,;–-]+)?\)"  # Morgan (2004)
    rf"|\(\s*{_AUTHORS},?\s+{_YEAR}(?:[;,]\s*{_AUTHORS},?\s+{_YEAR})*\s*\)"  # (Morgan, 2004)
    rf"|(?!{_MONTH}\b){_AUTHORS},\s+{_YEAR}\b"  # Morgan, 2004 (not "March, 2010": a date)
    rf"|{_SURNAME}\s+et\s+al\.?"
)
REFERENCE_LINE = STORE.compile(
    rf"(?m){_SURNAME},\s+(?:[A-Z]\.\s*)+"
    rf"(?:(?:,|and|&)\s+{_SURNAME},\s+(?:[A-Z]\.\s*)+)*(?:et\s+al\.?\s*)?(?:\((?:eds?|ed)\.?\)\s*)?"
    rf"\(?{_YEAR}\)?.*$"
)
# A reference list's entry whose author is a body: "Child Safeguarding Practice Review Panel
# (2023) Title. London: HMSO." (not "Kayla Morrow (2009) was placed ...": a body's word is needed).
ORG_REFERENCE_LINE = STORE.compile(
    r"(?m)^[ \t*•-]*(?:[A-Z][\w'’&-]*[ \t]+){0,7}"
    rf"(?:{trie_alternation(LEXICON.phrases('reference_body_words'))})"
    rf"[ \t]+\(?{_YEAR}\)?[ \t.]+[A-Z].*$"
)
# A quoted example of wording, good or bad, in a post about writing: 'Never "the Smith family"',
# 'a card that says "J, 15, Llanelli"', 'something like "a boy of 15 in Croydon"'. Not speech:
# 'Mum said "Kayla is at her nan's"' and chat's 'she was like "..."' stay reported. The words
# before "like" are looked back at once "like" has matched: look-behinds in front of it would
# run at every position of every draft (eight times the cost of the whole pattern).
QUOTED_EXAMPLE = STORE.compile(
    r"(?:\blike(?<!\bwas like)(?<!\bis like)(?<!\bwere like)(?<!['’]s like)|\bsuch\s+as|\be\.g\."
    r"|\bfor\s+example"
    r"|\bfor\s+instance|\b[Cc]ompare|\b[Nn]ever|\binstead\s+of|\brather\s+than|\b[Aa]void"
    r"|\b(?:card|note|post|message|line|sentence|record|entry|title|caption)\s+(?:that|which)\s+(?:says|reads))"
    r"[ \t]*[:,]?(?:[ \t]*\n)*[ \t]*>?[ \t]*[\"“][^\"”\n]{2,120}[\"”]"
)
# A list of three or more quoted phrases, as a post about writing gives its examples: '"The only
# Sikh family on the estate", "a former footballer", "a woman who has fostered for forty years":
# each of these'. Speech comes one quotation at a time; a nickname with its variant is two.
# A space follows each comma: '"Brodie, Kayla","14/03/2011","07700 900418"' is a CSV file's row.
_QUOTE = r"[\"“][^\"”\n]{2,120}[\"”]"
QUOTED_LIST = STORE.compile(rf"{_QUOTE}(?:[ \t]*,[ \t]+(?:(?:and|or)[ \t]+)?{_QUOTE}){{2,}}")
# Case law cited as precedent: a case name ("Re B (Children)", "Smith v Jones") before its
# neutral citation. A citation with no case name before it is the family's own judgment.
_PARTY = r"[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|and|for|the)){0,5}"
# In a draft typed in one case the name has no capitals: "re w (a child)", "smith v smith".
_PARTY_ANY_CASE = r"[^\W\d_][\w'’.&-]*(?:\s+[^\W\d_][\w'’.&-]*){0,3}"
CASE_LAW = STORE.compile(
    rf"(?:\bRe\s+{_PARTY}|\b{_PARTY}\s+v\.?\s+{_PARTY}"
    rf"|\b(?i:re)\s+[^\W\d_]{{1,3}}(?:-[^\W\d_]{{1,3}})?(?=\s*\()"
    rf"|\b{_PARTY_ANY_CASE}\s+[vV]\.?\s+{_PARTY_ANY_CASE})"
    r"(?:\s*\([^()\n]{1,60}\))*,?\s*"
    r"\[(?:19|20)\d{2}\]\s+[A-Za-z]{2,}(?:\s+(?i:civ|crim|b))?\s+\d{1,5}"
    r"(?:\s*\([A-Za-z]{2,6}\))?"
)
# The year or month of a public event, not of the case: "the Act came into force in 2014",
# "guidance published in March 2023", "before the pandemic in 2020".
PUBLIC_EVENT = STORE.compile(
    r"\b(?:Act|Bill|[Ll]egislation|[Gg]uidance|[Rr]egulations|[Cc]ode\s+of\s+[Pp]ractice"
    r"|[Ff]ramework|[Pp]andemic|"
    r"[Ll]ockdowns?|Covid(?:-19)?|[Rr]eferendum|[Ee]lection|Olympics|[Cc]ame\s+into\s+force"
    r"|[Ww]as\s+introduced|"
    r"[Ww]as\s+(?:published|passed|enacted|repealed|abolished))\b[^.?!\n]{0,50}?"
    r"\b(?:in|since|from|until|of|during|by)\s+"
    r"(?:(?:early|mid|late)[\s-]+)?(?:(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|"
    r"December)\s+)?(?:19|20)\d{2}\b"
)
# Where the readers are, not where the family is, in a question to them: "any colleagues
# in the Borders or Fife?", "is anyone else working in Leeds seeing this?".
_PLACE = r"(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
READERS_AREA = STORE.compile(
    r"\b(?:[Aa]nyone|[Aa]nybody|[Cc]olleagues?|[Ff]olks?|[Pp]ractitioners)"
    r"(?:\s+else)?(?:\s+here)?\s+(?:(?:working|based|practising|practicing)\s+)?"
    r"(?:in|on|from|across|around|up\s+in|down\s+in|over\s+in)\s+"
    rf"{_PLACE}(?:\s*(?:,|or|and|/)\s*(?:(?:in|on|from|across)\s+)?{_PLACE}){{0,4}}"
    r"(?=[^.!\n]*\?"  # asked of the readers, or said of colleagues elsewhere:
    r"|\s+(?:have|are|were|do|did|describe|described|tell|told|say|said|report|reported"
    r"|use|used|run|ran)\b)"  # "Colleagues on Orkney and in the Western Isles describe ..."
)
STATUTE = STORE.compile(
    # "Big Bill", "Wee Bill": a man's nickname, not a bill before Parliament
    r"\b(?!(?:Big|Wee|Lil|Little|Old|Young)\s+Bill\b)(?:(?:[A-Z][a-z]+(?:\s+(?:and|of|for|the|to)\b)?\s+){1,7}"
    r"(?:\((?:Scotland|Wales|Northern Ireland|Care|Amendment)\)\s+)?"
    r"(?:Act|Bill|Regulations|Order|Measure|Directive)"
    # alone, "Bill" is a statute only after "the" or "this" ("staying with Bill" is a man)
    r"|(?:\((?:Scotland|Wales|Northern Ireland|Care|Amendment)\)\s+)?"
    r"(?:Act|Regulations|Order|Measure|Directive|(?<=[Tt]he\s)Bill|(?<=[Tt]his\s)Bill))"
    r"(?:\s+(?:19|20)\d{2})?\b"
)
# A nationality that names a kind of food or shop, not a person ("the Chinese takeaway",
# "an Indian restaurant").
CUISINE = STORE.compile(
    rf"\b[A-Z][a-z]+(?=\s+{trie_alternation(LEXICON.phrases('food_places'))}\b)"
)
# A nationality, faith or community said of a group in general, at a sentence's start or after
# a quantifier, with a word that generalises after the group ("Muslim families often find the
# forms hard", "Gypsy, Roma and Traveller families face barriers"); "services for Eritrean
# families?" and "the only Sikh family" stay findings.
GENERAL_GROUP = STORE.compile(
    r"(?:^|(?<=[.!?]\s)|\b(?:[Mm]any|[Mm]ost|[Ss]ome|[Aa]ll|[Oo]ther|of|with)\s+)"
    r"(?:(?!(?:His|Her|Their|My|Our|Your|The|This|These|Those|Both|Two|Three|Four)\b)"
    r"[A-Z][a-z]+(?:,\s*|\s+(?:and|or)\s+|/|\s+)){1,4}"
    rf"(?:{trie_alternation(LEXICON.phrases('group_people_nouns'))})\s+"
    rf"(?:{trie_alternation(LEXICON.phrases('generalising_words'))})\b",
    re.MULTILINE,
)
# A version, section or paragraph number ("version 3.12.1", "section 4.2.1", "para 3.1"):
# never a date.
VERSION_NUMBER = STORE.compile(
    rf"(?i)\b{trie_alternation(LEXICON.phrases('version_words'))}s?"
    r"[ \t]*\d{1,3}(?:\.\d{1,3}){1,3}\b"
    # and a list of them: "steps 1.2, 1.3 and 2.1.4"
    r"(?:(?:,[ \t]*|[ \t]+(?:and|or|to)[ \t]+)\d{1,3}(?:\.\d{1,3}){1,3}\b)*"
)
# "open 24/7", "24-7 care": round the clock, never the 24th of July.
ROUND_THE_CLOCK = STORE.compile(r"(?<![\d/.-])24[ \t]?[/x-][ \t]?7(?![\d/-]|\.\d)")
# Freephone and national helpline ranges (Ofcom numbering plan: 0800/0808 freephone,
# 116 xxx harmonised European services) belong to services, not to a person.
FREEPHONE = STORE.compile(
    r"(?<!\d)(?:0800|0808)[\s-]?\d{3}[\s-]?\d{3,4}(?!\d)|(?<!\d)0800[\s-]?\d{4}(?!\d)"
    r"|(?<!\d)116[\s-]?\d{3}(?!\d)"
)
# Domain words that the NER model reads as names when they start a sentence
# or a heading ("Foster carer Mr X", "Context:", "Anger was...").
DOMAIN_WORDS = word_list("domain_words.txt")


@dataclass(frozen=True)
class Region:
    """A stretch of text where findings are look-alikes, and why; `only`, when set, names
    the categories it hides (else the reason's own: see the Suppressor)."""

    start: int
    end: int
    why: str
    body_end: int = -1  # a sign-off or signature: where the message body before it ends
    only: frozenset[str] | None = None


def dummy_name(written: str) -> bool:
    """A word that stands in for a name or place in examples ("Mrs Example", "Anytown")."""
    return any(w in LEXICON.words("dummy_names") for w in re.findall(r"[^\W\d_]+", written.lower()))


def person_lookalike(text: str, finding: Finding) -> str | None:
    """Kinship words used as placeholders (Mum, Gran) and names that are words (Hope, Will)."""
    words = finding.text.strip().split()
    lowered = finding.text.strip().lower()
    if lowered in ROLE_WORDS or dummy_name(lowered):  # "Mum"; "Mrs Example", "Joe Bloggs"
        return "placeholder"
    if len(words) == 1 and lowered in DOMAIN_WORDS:
        return "common word"
    if (
        len(words) == 1
        and lowered in NAME_WORDS
        and finding.source == "model"  # a rule's grammar already says it is a name
    ):
        after_stop = re.search(r"[.!?]\s+$", text[max(0, finding.start - 4) : finding.start])
        sentence_start = _at_line_start(text, finding.start) or bool(after_stop)
        if finding.text.islower() or sentence_start:
            return "common word"
    return None


def _at_line_start(text: str, offset: int) -> bool:
    """Nothing but blanks before it on its line: a heading's "# " or a front-matter key
    blanked out leave a value exactly where a line's first word stands."""
    return not text[text.rfind("\n", 0, offset) + 1 : offset].strip()
