"""How far a finding reaches: the words around it that belong to the same detail.

A rule or the model finds the core of a detail ("the village postmistress", "Becklin Centre",
"19th"), but what identifies someone is often the whole of it: the article before a place or
a day ("the Becklin Centre", "the 19th"), the part of the day or week a date is named for ("the
night of 4 February"), and, for a circumstance that singles a person out,
the verb that makes it theirs and the words that place or date it ("was the village
postmistress until the counter closed", "runs the chippy on the high street"). Redacting the
core alone leaves the rest to point at the person; so a finding is widened to the whole
detail, never over another finding, a line break or the end of a clause. A circumstance of
one word ("Polish", "Welsh") is a language or a people, not a phrase: it is left as it is.
A date of birth takes the words that say it is one ("born on", "DOB:", "d.o.b."): the cue
is part of the detail, as the shared annotation convention marks it ("born 03/04/2011").
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from redactcheck.detect.regex.stored import STORE
from redactcheck.lexicon.words import MONTH_WORDS
from redactcheck.types import Category, Finding

_WITH_ARTICLE = frozenset(
    {Category.INSTITUTION.value, Category.LOCAL_AUTHORITY.value, Category.DATE.value}
)
_ARTICLE_BEFORE = STORE.compile(r"(?<![\w'’-])(?:the|The|THE)[ \t]+$")
# the part of the day or week a date is named for: "on the night of 4 February", "the weekend of
# the 12th": the whole phrase dates the event
_PART_OF_DATE_BEFORE = STORE.compile(
    r"(?<![\w'’-])(?:the|The|THE)[ \t]+(?i:night|morning|evening|afternoon|weekend|week"
    r"|early[ \t]+hours|small[ \t]+hours)[ \t]+(?i:of)[ \t]+(?:(?i:the)[ \t]+)?$"
)
# what makes a circumstance someone's: "she was", "he runs", "mum works nights as"
_VERB_BEFORE = STORE.compile(
    r"(?<![\w'’-])(?i:(?:(?:was|is|had\s+been|has\s+been|used\s+to\s+be|became)"
    r"|(?:runs|ran|run|kept|keeps|owns|owned|manages|managed|won|served|skippered|captained"
    r"|works|worked|working))"
    r"(?:[ \t]+(?:nights|days|shifts|part-time|full-time))?(?:[ \t]+as)?[ \t]+)$"
)
# what places or dates it, up to the end of its clause: "on the high street", "for thirty
# years", "until the counter closed" (at most six words, none of them a clause's joint)
_CLAUSE_AFTER = STORE.compile(
    r"[ \t]+(?i:on|in|at|for|until|till|near|off|by)"
    r"(?:[ \t]+(?!(?i:and|but|or|so|who|which|that|when|because|while|whilst|although|though"
    r"|if|since|before|after|then|he|she|they|we|i|you)\b)[\w'’&-]+){1,6}"
    r"(?=[ \t]*(?:[,.;:!?)\n]|$|(?i:and|but|so|who|which|when|because|since|before|after)\b))"
)
# the words that make a date a date of birth, right before it: "born on the", "DOB:",
# "d.o.b.", "date of birth is", "birthday -"; not "was" before "born"
_BIRTH_CUE_WORDS = (
    r"(?i:(?:d\.?[ \t]?o\.?[ \t]?b\b\.?|date[ \t]+of[ \t]+birth|born(?:[ \t]+on)?"
    r"|birthday(?:[ \t]+is)?)(?:[ \t]+(?:is|was))?(?:[ \t]*[:=|\-\u2013])?[ \t]*)"
)
_BIRTH_CUE_BEFORE = STORE.compile(rf"(?<![\w'’-]){_BIRTH_CUE_WORDS}(?i:the[ \t]+)?$")
_BIRTH_CUE = STORE.compile(_BIRTH_CUE_WORDS)
# a date that names a day or a month ("3 October", "the third of March"), not "Tuesday"
_MONTH_NAMES = sorted(MONTH_WORDS | {m[:3] for m in MONTH_WORDS} | {"sept"})
_DAY_OR_MONTH = STORE.compile(rf"\d|(?i:\b(?:{'|'.join(_MONTH_NAMES)})\b)")
_LOOK_BACK = 40


def birth_cue_length(finding_text: str) -> int:
    """How many characters at the start of a date of birth's finding are its cue ("born on
    the "): redaction keeps them as written, so "born [date of birth]" still reads."""
    cue = _BIRTH_CUE.match(finding_text)
    return cue.end() if cue and cue.end() < len(finding_text) else 0


def with_birth_cue(text: str, findings: Sequence[Finding], birth_why: str = "") -> list[Finding]:
    """Each date of birth widened over the cue written right before it ("born on", "DOB:"),
    never over another finding. Read on the draft as written, so a cell read under its
    column's heading ("DOB") stays the cell. A date with a day or a month after such a cue
    ("born on 3 October", "her birthday is the third of March") is a date of birth too,
    explained by `birth_why`."""
    out = list(findings)
    ends = sorted(f.end for f in findings)
    for i, finding in enumerate(out):
        dated = finding.category == Category.DATE.value and _DAY_OR_MONTH.search(finding.text)
        if finding.category != Category.DATE_OF_BIRTH.value and not dated:
            continue
        floor = max((e for e in ends if e <= finding.start), default=0)
        before = text[max(floor, finding.start - _LOOK_BACK) : finding.start]
        cue = _BIRTH_CUE_BEFORE.search(before)
        if cue:
            start = finding.start - (len(before) - cue.start())
            out[i] = replace(finding, start=start, text=text[start : finding.end])
            if dated:
                out[i] = replace(
                    out[i],
                    category=Category.DATE_OF_BIRTH.value,
                    explanation=birth_why or finding.explanation,
                )
    return out


def widened(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """The findings, each widened over the article or the verb before it and, for a
    circumstance, the clause after it, as far as the next finding (see the module)."""
    ordered = sorted(findings, key=lambda f: (f.start, f.end))
    out: list[Finding] = []
    for index, finding in enumerate(ordered):
        floor = out[-1].end if out else 0
        ceiling = ordered[index + 1].start if index + 1 < len(ordered) else len(text)
        start, end = _reach(text, finding, floor, ceiling)
        if (start, end) != (finding.start, finding.end):
            finding = replace(finding, start=start, end=end, text=text[start:end])
        out.append(finding)
    return out


def _reach(text: str, finding: Finding, floor: int, ceiling: int) -> tuple[int, int]:
    """(start, end) of the finding widened, within [floor, ceiling)."""
    start, end = finding.start, finding.end
    before = text[max(floor, start - _LOOK_BACK) : start]
    if finding.category in _WITH_ARTICLE:
        article = _ARTICLE_BEFORE.search(before)
        if finding.category == Category.DATE.value:
            article = _PART_OF_DATE_BEFORE.search(before) or article
        if article:
            start -= len(before) - article.start()
    elif finding.category == Category.DEMOGRAPHIC.value and " " in finding.text.strip():
        verb = _VERB_BEFORE.search(before)
        if verb:
            start -= len(before) - verb.start()
        clause = _CLAUSE_AFTER.match(text, end, ceiling)
        if clause:
            end = clause.end()
    return start, end
