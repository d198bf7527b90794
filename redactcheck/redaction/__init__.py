"""Replacing findings in the text, through presidio-anonymizer operators.

Four styles, chosen per category (see `redactcheck.redaction.styles`): `tag` ([PERSON]),
`pseudonym` (Person A, Child B: consistent within the draft), `generalise`
("a teenager", "a part of Glasgow") and `mask` (█████, length kept). Each
finding gets its own entity type, so Presidio applies one operator config
per finding and can hand the pseudonym and generalise operators the context
(what came before, what follows) they need to keep the grammar intact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Callable, Sequence

from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig, RecognizerResult
from presidio_anonymizer.operators import Operator, OperatorType

from redactcheck.detect.extent import birth_cue_length
from redactcheck.redaction import generalise as gen
from redactcheck.redaction.pseudonyms import People, couple_partner
from redactcheck.redaction.styles import resolve
from redactcheck.types import Category, Finding, Report

MASK_CHAR = "█"
_ADDRESS_PARTS = frozenset({"LOCATION", "POSTCODE"})


def in_same_case(replacement: str, shouted: bool) -> str:
    """A replacement in capitals where the draft shouts, so the text reads (and re-checks) the
    same."""
    return replacement.upper() if shouted else replacement


def shouted(text: str, start: int, end: int) -> bool:
    """Whether the line around a span is written in capitals. The span alone does not tell:
    a case number ("MASH-2291") is in capitals in an ordinary sentence. A span with nothing
    around it on its line (a heading) is judged by its own letters."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    around = text[line_start:start] + text[end : len(text) if line_end < 0 else line_end]
    letters = [ch for ch in around if ch.isalpha()]
    if len(letters) < 4:
        letters = [ch for ch in text[start:end] if ch.isalpha()]
        return len(letters) > 1 and all(ch.isupper() for ch in letters)
    return sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)


class PseudonymOperator(Operator):
    """Person A / Child B, looked up in the draft's People by the mention's offset."""

    def operate(self, text: str, params: dict | None = None) -> str:
        params = params or {}
        return in_same_case(params["people"].label_at(params["start"]), params["shouted"])

    def validate(self, params: dict | None = None) -> None:
        if not params or not {"people", "start", "shouted"} <= params.keys():
            raise ValueError("pseudonym needs people, start and shouted")

    def operator_name(self) -> str:
        return "pseudonym"

    def operator_type(self) -> OperatorType:
        return OperatorType.Anonymize


class GeneraliseOperator(Operator):
    """A general phrase for the span, with its own article and sentence-start capital."""

    def operate(self, text: str, params: dict | None = None) -> str:
        params = params or {}
        lead = text[: params["lead"]]
        span = gen.Span(
            params["category"], text[len(lead) :], lead, params["next_word"], params["declared"]
        )
        phrase = generalised(span, params["before"])
        if phrase.strip().lower() == span.core.strip().lower():
            phrase = (
                f"[{span.category}]"  # nothing more general to say: tag it rather than leave it
            )
        capital = params["sentence_start"] or (lead[:1].isupper())
        return in_same_case(
            phrase[:1].upper() + phrase[1:] if capital else phrase, params["shouted"]
        )

    def validate(self, params: dict | None = None) -> None:
        if not params or "category" not in params:
            raise ValueError("generalise needs a category")

    def operator_name(self) -> str:
        return "generalise"

    def operator_type(self) -> OperatorType:
        return OperatorType.Anonymize


def generalised(span: gen.Span, before: str) -> str:
    """The phrase for one span; categories without a natural phrase fall back to their tag."""
    phrase = gen.declared(span, before)  # what the finding's rule says it generalises to
    if phrase is None and span.category in gen.GENERALISERS:
        phrase = gen.GENERALISERS[span.category](span)
    return phrase or gen.fixed(span.category) or f"[{span.category}]"


_ENGINE = AnonymizerEngine()
_ENGINE.add_anonymizer(PseudonymOperator)
_ENGINE.add_anonymizer(GeneraliseOperator)


@dataclass(frozen=True)
class Planned:
    """One finding as it will be replaced: the (maybe widened) span and its style."""

    finding: Finding
    start: int
    end: int
    style: str


def _sentence_start(text: str, offset: int) -> bool:
    """Nothing but markup before it on the line, or the previous sentence just ended."""
    line = text[text.rfind("\n", 0, offset) + 1 : offset]
    line = re.sub(r"<[^>]*>", "", line)
    stripped = re.sub(r"^[\s#>*_+\-]*(?:\d+[.)]\s*)?|[\s*_\"'“‘(\[]+$", "", line)
    return stripped == "" or stripped.endswith((".", "!", "?"))


def _widen(text: str, finding: Finding, floor: int) -> int:
    """Start of the span with the article or preposition in front absorbed (never past `floor`)."""
    pattern = gen.LEADS.get(finding.category)
    if pattern is None:
        return finding.start
    match = pattern.search(text[max(floor, finding.start - 30) : finding.start])
    return finding.start - len(match.group()) if match and match.group() else finding.start


def _continues_address(text: str, prev: Planned, finding: Finding) -> bool:
    """The finding is a town or postcode just after (only spaces and commas between) an
    address."""
    return (
        prev.finding.category == "ADDRESS"
        and finding.category in _ADDRESS_PARTS
        and re.fullmatch(r"[ ,]*", text[prev.end : finding.start]) is not None
    )


def plan(text: str, findings: Sequence[Finding], styles: dict[str, str]) -> list[Planned]:
    """Spans to replace: generalised addresses swallow the town and postcode after them."""
    planned: list[Planned] = []
    for finding in sorted(findings, key=lambda f: f.start):
        style = styles[finding.category]
        if style == "pseudonym" and finding.category != Category.PERSON.value:
            # only people get pseudonyms; other categories read best generalised
            style = "generalise"
        prev = planned[-1] if planned else None
        address = prev if prev is not None and _continues_address(text, prev, finding) else None
        if address is not None and address.style == "generalise":
            # "58 Kelvinhaugh Street, Govan G51 3QW" -> "their home"
            planned[-1] = replace(address, end=finding.end)
            continue
        if address is not None and finding.category == "LOCATION":
            style = address.style  # the town of a tagged address is tagged too
        if gen.own_placeholder(
            text[max(0, finding.start - 30) : finding.start], text[finding.start : finding.end]
        ):
            continue  # already generalised: keeps redact(redact(x)) == redact(x)
        start = (
            _widen(text, finding, prev.end if prev else 0)
            if style == "generalise"
            else finding.start
        )
        if finding.category == Category.DATE_OF_BIRTH.value:  # "born [date of birth]"
            start = finding.start + birth_cue_length(text[finding.start : finding.end])
        pair = (
            couple_partner(text, finding.start, finding.end)
            if finding.category == Category.PERSON.value
            else None
        )
        if pair is not None and (prev is None or pair[0] >= prev.end):
            # "Mr and Mrs Kowalski" -> "Person A and Person B", not "Mr and Person A"
            start = pair[0]
        planned.append(Planned(finding, start, finding.end, style))
    return planned


def _config(text: str, item: Planned, people: People) -> OperatorConfig:
    category = item.finding.category
    if item.style == "mask":
        return OperatorConfig(
            "mask", {"masking_char": MASK_CHAR, "chars_to_mask": 10_000, "from_end": False}
        )
    loud = shouted(text, item.start, item.end)
    if item.style == "pseudonym" and category == Category.PERSON.value:
        return OperatorConfig(
            "pseudonym", {"people": people, "start": item.finding.start, "shouted": loud}
        )
    if item.style == "generalise":
        next_word = re.match(r"\s*([A-Za-z'-]*)", text[item.end : item.end + 30])
        return OperatorConfig(
            "generalise",
            {
                "category": category,
                "declared": item.finding.declared,
                "lead": max(0, item.finding.start - item.start),
                "next_word": next_word.group(1) if next_word else "",
                "before": text[max(0, item.start - 30) : item.start],
                "sentence_start": _sentence_start(text, item.start),
                "shouted": loud,
            },
        )
    tag = f"[{category}]"
    return OperatorConfig(
        "replace",
        {"new_value": f"{tag} and {tag}" if item.finding.start in people.couples else tag},
    )


def people_in(text: str, findings: Sequence[Finding]) -> People:
    """The draft's people, labelled; what --show-mapping prints."""
    persons = [f for f in findings if f.category == Category.PERSON.value]
    ages = [f for f in findings if f.category == Category.AGE.value]
    return People(text, persons, ages)


@dataclass(frozen=True)
class Edit:
    """One replacement on the checked text: text[start:end] becomes `replacement`.

    Edits are what a writer needs to redact a file whose structure is not the text
    itself (a Word document's runs): they say where, in the checked text, and what.
    """

    start: int
    end: int
    replacement: str


@dataclass(frozen=True)
class Redaction:
    """Presidio's answer for one text: the redacted text, the edits it made (in the input's
    offsets, in order) and each finding's replacement by its index in the findings."""

    text: str
    edits: tuple[Edit, ...]
    by_finding: dict[int, str]


def redaction(
    text: str,
    findings: Sequence[Finding],
    style: str = "default",
    keep: frozenset[int] = frozenset(),
) -> Redaction:
    """Plan the spans, let Presidio's anonymizer replace them, and read the edits back from
    its result items (entity type F<i> is finding i, whose planned span is known)."""
    if not findings:
        return Redaction(text, (), {})
    planned = plan(text, findings, resolve(style))
    people = people_in(text, findings)
    index = {id(f): i for i, f in enumerate(findings)}
    results, operators, spans = [], {}, {}
    for item in planned:
        entity = f"F{index[id(item.finding)]}"
        results.append(RecognizerResult(entity, item.start, item.end, item.finding.score))
        spans[entity] = (item.start, item.end)
        kept = index[id(item.finding)] in keep
        operators[entity] = OperatorConfig("keep") if kept else _config(text, item, people)
    result = _ENGINE.anonymize(
        text=text, analyzer_results=results, operators=operators, merge_entities_with_spaces=False
    )
    edits = sorted(
        (Edit(*spans[i.entity_type], i.text) for i in result.items), key=lambda e: e.start
    )
    changed = tuple(e for e in edits if text[e.start : e.end] != e.replacement)
    return Redaction(result.text, changed, {int(i.entity_type[1:]): i.text for i in result.items})


# How many times a redacted text is checked again before the result is taken as it stands.
SETTLE_ROUNDS = 3


def settled(
    text: str,
    findings: Sequence[Finding],
    style: str,
    recheck: Callable[[str], Sequence[Finding]],
    keep: frozenset[int] = frozenset(),
) -> Redaction:
    """The redaction of `text`, checked again until redacting it changes nothing, so that
    redacting a redacted draft gives it back unchanged.

    A replacement is new text beside old words, and the detectors read the two together:
    "Ruby aged 14" let "Ruby" go as a common word, but "Ruby of secondary-school age" reads
    as the name of a school. Each round redacts what the check finds in the last result;
    the rounds' edits are folded into edits on the original text (what the .docx writer
    needs), and each finding keeps its first replacement in `by_finding`."""
    done = redaction(text, findings, style, keep)
    for _ in range(SETTLE_ROUNDS):
        again = redaction(done.text, recheck(done.text), style)
        if again.text == done.text:
            break
        done = Redaction(again.text, compose(text, done.edits, again.edits), done.by_finding)
    return done


def _shifted(edits: Sequence[Edit], position: int) -> int:
    """Where `position` (outside every edit's inside) lands once the edits are made."""
    return position + sum(
        len(e.replacement) - (e.end - e.start) for e in edits if e.end <= position
    )


def compose(text: str, first: Sequence[Edit], second: Sequence[Edit]) -> tuple[Edit, ...]:
    """One set of edits on `text` that does what `first` and then `second` (whose offsets are
    in the text `first` made) do; edits that touch or overlap become one."""
    made, shift = [], 0  # where each first edit's replacement sits in the text it made
    for edit in first:
        made.append((edit.start + shift, edit))
        shift += len(edit.replacement) - (edit.end - edit.start)
    ranges = [(e.start, e.end) for e in first]
    ranges += [(_unshifted(made, e.start, True), _unshifted(made, e.end, False)) for e in second]
    merged: list[list[int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    final = apply_edits(apply_edits(text, first), second)
    edits = (
        Edit(
            start,
            end,
            final[
                _shifted(second, _shifted(first, start)) : _shifted(second, _shifted(first, end))
            ],
        )
        for start, end in merged
    )
    return tuple(e for e in edits if text[e.start : e.end] != e.replacement)


def _unshifted(made: Sequence[tuple[int, Edit]], position: int, is_start: bool) -> int:
    """The offset in the original text of `position` in the text the edits made; a position
    inside an edit's replacement stands for the whole edit."""
    back = 0
    for at, edit in made:
        end = at + len(edit.replacement)
        if at < position < end or at == end == position:
            return edit.start if is_start else edit.end
        if end > position:
            break
        back = edit.end - end
    return position + back


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """The text with non-overlapping edits made; what Presidio's anonymizer made of it."""
    pieces, at = [], 0
    for edit in sorted(edits, key=lambda e: e.start):
        pieces += [text[at : edit.start], edit.replacement]
        at = edit.end
    return "".join(pieces) + text[at:]


def replacements(
    text: str,
    findings: Sequence[Finding],
    style: str = "default",
    keep: frozenset[int] = frozenset(),
) -> tuple[str, dict[int, str]]:
    """The redacted text, and each finding's replacement by its index in `findings` (kept
    ones left as they are)."""
    done = redaction(text, findings, style, keep)
    return done.text, done.by_finding


def redact(
    text: str,
    findings: Sequence[Finding],
    style: str = "default",
    keep: frozenset[int] = frozenset(),
) -> str:
    """The text with every finding (except those in `keep`) replaced according to the style."""
    return redaction(text, findings, style, keep).text


def findings_to_redact(report: Report) -> list[Finding]:
    """The report's findings plus any further mention of a found name let go as a common word.

    "Ruby Caldwell" is a name, so "Ruby goes to school" later in the same
    draft is Ruby too, even though "ruby" alone is also a word.
    """
    names = {
        w
        for f in report.findings
        if f.category == "PERSON"
        for w in re.findall(r"[A-Z][\w'’-]+", f.text)
    }
    extra = [
        s.finding
        for s in report.suppressed
        if s.finding.category == "PERSON" and s.why == "common word" and s.finding.text in names
    ]
    taken = [(f.start, f.end) for f in report.findings]
    extra = [f for f in extra if not any(s < f.end and f.start < e for s, e in taken)]
    return sorted([*report.findings, *extra], key=lambda f: f.start)
