"""Detection: every recogniser over one shared parse, merged into Findings.

The only module that drives spaCy and presidio_analyzer. It knows nothing of
files, output formats or exit codes.
"""

from __future__ import annotations

from redactcheck.detect import quick_presidio  # noqa: F401  (first: see its docstring)

# isort: split

import bisect
import heapq
import logging
import re
from collections import deque
from dataclasses import replace
from typing import Iterable, Iterator, NamedTuple, Sequence

from presidio_analyzer import EntityRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redactcheck.detect.nlp import QuickContextEnhancer, SharedParseNlpEngine, load_pipeline
from redactcheck.detect.recognisers.base import DECLARED_KEY, EXPLANATION_KEY, RULE_KEY
from redactcheck.detect.recognisers.first_names import GazetteerNameRecognizer, load_first_names
from redactcheck.detect.recognisers.ner import WHY, NerRecognizer, load_label_map
from redactcheck.detect.recognisers.pattern_rules import RuleRecognizer
from redactcheck.detect.recognisers.place_rules import place_specs
from redactcheck.detect.recognisers.presidio_uk import builtin_recognisers
from redactcheck.detect.recognisers.term_rules import TermRecognizer
from redactcheck.detect.rulefile import RuleSpec
from redactcheck.detect.view import View
from redactcheck.lexicon.places import place_names
from redactcheck.lexicon.words import LABEL_FUNCTION_WORDS
from redactcheck.resources import data_dir, word_list
from redactcheck.types import Category, Declared, Finding

# Presidio logs each request's tokens when its decision process is traced;
# keep its loggers quiet so no draft text can reach a log.
for _name in ("presidio-analyzer", "presidio-anonymizer"):
    logging.getLogger(_name).setLevel(logging.ERROR)

SCORE_THRESHOLD = 0.4
SOURCE_KEY = "source"  # what found a result: "model" (the NER model) or "rule" (see Finding)
CHUNK_CHARS = 20_000
DEFAULT_WHY = {
    Category.CONTACT: "Contact details reach the person directly.",
    Category.ID_NUMBER: "An official number belongs to exactly one person.",
    Category.POSTCODE: "A postcode narrows a home down to a few addresses.",
    Category.PERSON: WHY[Category.PERSON],
}


class Engine:
    """Builds the recogniser registry once; finds candidate identifiers in texts."""

    def __init__(self, model: str, specs: Sequence[RuleSpec]) -> None:
        self.model_name = model
        self.nlp = load_pipeline(model)
        self.nlp_engine = SharedParseNlpEngine(self.nlp, model)
        self.registry = self._registry(specs)
        self.recognisers = self.registry.get_recognizers(language="en", all_fields=True)
        self.entities = sorted({e for r in self.recognisers for e in r.supported_entities})
        self.contextual = [r for r in self.recognisers if r.context]
        self.enhancer = QuickContextEnhancer()

    def _registry(self, specs: Sequence[RuleSpec]) -> RecognizerRegistry:
        registry = RecognizerRegistry(supported_languages=["en"])
        for recogniser in builtin_recognisers():
            registry.add_recognizer(recogniser)
        for spec in specs:
            if spec.is_pattern_rule:
                registry.add_recognizer(RuleRecognizer(spec))
        term_specs = [s for s in specs if not s.is_pattern_rule] + place_specs(data_dir("models"))
        if term_specs:
            registry.add_recognizer(TermRecognizer(term_specs))
        models = data_dir("models")
        names = load_first_names(models / "gazetteers" / "first_names.txt")
        common, frequent = word_list("common_words.txt"), word_list("frequent_words.txt")
        places = place_names(models)
        registry.add_recognizer(
            NerRecognizer(
                load_label_map(models / "label_map.yaml"), common, names, frequent, places
            )
        )
        registry.add_recognizer(GazetteerNameRecognizer(names, exclude=places))
        return registry

    def find(self, view: View) -> Candidates:
        """Candidate findings in one view's text (see find_many)."""
        return next(iter(self.find_many([view])))

    def find_many(self, views: Iterable[View], batch_size: int = 16) -> Iterator[Candidates]:
        """Candidates for each text, in order, as soon as each text is done (so a
        batch of any size runs in flat memory); long texts are parsed in paragraph chunks."""
        current: int | None = None
        results: list[RecognizerResult] = []
        text = ""
        for (index, offset, whole, chunk), artifacts in self._parsed(_pieces(views), batch_size):
            if index != current:
                if current is not None:
                    yield _candidates(text, results)
                current, text, results = index, whole.text, []
            results.extend(shift(r, offset) for r in self._analyze(chunk, artifacts))
        if current is not None:
            yield _candidates(text, results)

    def _parsed(
        self, pieces: Iterator[Piece], batch_size: int
    ) -> Iterator[tuple[Piece, NlpArtifacts]]:
        """Each piece with its parse; nlp.pipe keeps the order, so pieces pair up as fed."""
        fed: deque[Piece] = deque()

        def chunks() -> Iterator[tuple[str, bool]]:
            for piece in pieces:
                fed.append(piece)
                yield piece[3], piece[2].lower_case

        for artifacts in self.nlp_engine.flagged_artifacts(chunks(), batch_size):
            yield fed.popleft(), artifacts

    def _analyze(self, text: str, artifacts: NlpArtifacts) -> list[RecognizerResult]:
        """What Presidio's AnalyzerEngine.analyze does, without its per-call overhead:
        every recogniser once, context words for the recognisers that have them
        (only their results are copied), then the threshold and Presidio's own
        de-duplication."""
        plain: list[RecognizerResult] = []
        contextual: list[RecognizerResult] = []
        for recogniser in self.recognisers:
            found = recogniser.analyze(text=text, entities=self.entities, nlp_artifacts=artifacts)
            if not found:
                continue
            _tag_with_recogniser(found, recogniser)
            (contextual if recogniser.context else plain).extend(found)
        if contextual:
            contextual = self.enhancer.enhance_using_context(
                text, contextual, artifacts, self.contextual
            )
        kept = [r for r in plain + contextual if r.score >= SCORE_THRESHOLD]
        return EntityRecognizer.remove_duplicates(kept)


def _tag_with_recogniser(results: list[RecognizerResult], recogniser: EntityRecognizer) -> None:
    """The recogniser's id and name in each result's metadata, as Presidio records them
    (the context enhancer finds a result's context words through the id)."""
    for result in results:
        meta = result.recognition_metadata if result.recognition_metadata is not None else {}
        meta.setdefault(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY, recogniser.id)
        name = recogniser.name  # type: ignore[has-type]  # Presidio leaves .name unannotated
        meta.setdefault(RecognizerResult.RECOGNIZER_NAME_KEY, name)
        meta[SOURCE_KEY] = "model" if isinstance(recogniser, NerRecognizer) else "rule"
        result.recognition_metadata = meta


Piece = tuple[int, int, View, str]  # (text index, offset, whole view, chunk of its text)


class Candidates(NamedTuple):
    """A text's findings merged to one per stretch of text, and every finding
    before the merge (for what a look-alike swallowed: see Linter)."""

    merged: list[Finding]
    raw: list[Finding]


def _candidates(text: str, results: list[RecognizerResult]) -> Candidates:
    raw = within_paragraphs(text, to_findings(text, results))
    return Candidates(merge(raw), raw)


LINE_BREAK = re.compile(r"\n")  # in a .docx each line of the checked text is a paragraph


def within_paragraphs(
    text: str, findings: Iterable[Finding], breaks: re.Pattern[str] | None = None
) -> list[Finding]:
    """No finding runs across a paragraph break (a blank line; in HTML, a block's edge): a
    heading is not the first word of the school named below it, and "Jamie" closing one
    paragraph is not swallowed by "Thompson Primary" opening the next. A finding that
    does is cut back to its part with the most letters and digits. `breaks`: what ends a
    paragraph (LINE_BREAK where every line is one, as in a Word document)."""
    kept, breaks = [], breaks or _PARAGRAPH_BREAK
    for finding in findings:
        if "\n" not in text[finding.start : finding.end]:
            kept.append(finding)
            continue
        edges = [finding.start]
        for match in breaks.finditer(text, finding.start, finding.end):
            edges += [match.start(), match.end()]
        pieces = list(zip(edges[::2], [*edges[1::2], finding.end]))
        if len(pieces) == 1:
            kept.append(finding)
            continue
        start, end = max(pieces, key=lambda p: sum(c.isalnum() for c in text[p[0] : p[1]]))
        piece = text[start:end]
        start += len(piece) - len(piece.lstrip())
        end -= len(piece) - len(piece.rstrip())
        if any(c.isalnum() for c in piece):
            kept.append(replace(finding, start=start, end=end, text=text[start:end]))
    return kept


def _pieces(views: Iterable[View]) -> Iterator[Piece]:
    for index, view in enumerate(views):
        for offset, chunk in chunk_text(view.text):
            yield index, offset, view, chunk


_ACRONYM_LEFT = re.compile(
    r"[A-Z]{2,5}|[A-Z][a-z]?[A-Z]{1,3}[a-z]?|(?i:id|ref|no|number|tel|mob|dob)"
)
_FUNCTION_LEFT = LABEL_FUNCTION_WORDS


def _only_labels(text: str) -> bool:
    """Acronyms and label words only ("CHI", "DoLS ref", "NI no")."""
    return all(_ACRONYM_LEFT.fullmatch(word) for word in text.split())


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_ALNUM_CORE = re.compile(
    r"[^\W_](?:.*[^\W_])?", re.DOTALL
)  # from the first to the last letter or digit


def chunk_text(text: str, size: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """(offset, piece) cut at paragraph breaks, so parsing cost grows linearly."""
    start = 0
    while len(text) - start > size:
        cut = _last_break(text, start, start + size)
        yield start, text[start:cut]
        start = cut
    if start < len(text) or not text:
        yield start, text[start:]


def _last_break(text: str, start: int, limit: int) -> int:
    """Where to cut: the last paragraph break, else line break, else space before limit."""
    window = text[start:limit]
    breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(window)]
    if breaks and breaks[-1] > len(window) // 4:
        return start + breaks[-1]
    for sep in ("\n", ". ", " "):
        position = window.rfind(sep)
        if position > len(window) // 4:
            return start + position + len(sep)
    return limit


def shift(result: RecognizerResult, offset: int) -> RecognizerResult:
    """Move a chunk's result into the whole text's offsets."""
    result.start += offset
    result.end += offset
    return result


def to_findings(text: str, results: Iterable[RecognizerResult]) -> list[Finding]:
    """Presidio results -> Findings, with rule id and explanation."""
    findings = []
    for result in results:
        meta = result.recognition_metadata or {}
        category = Category(result.entity_type)
        rule = meta.get(RULE_KEY) or meta.get(RecognizerResult.RECOGNIZER_NAME_KEY) or "presidio"
        why = meta.get(EXPLANATION_KEY) or DEFAULT_WHY.get(category) or WHY.get(category, "")
        findings.append(
            Finding(
                result.start,
                result.end,
                category.value,
                float(result.score),
                rule,
                why,
                text[result.start : result.end],
                source=meta.get(SOURCE_KEY, "rule"),
                declared=meta.get(DECLARED_KEY) or Declared(),
            )
        )
    return findings


# On an identical span, the more specific reading wins: "Ninewells" the
# hospital over Ninewells the district, a council over the place it is named for;
# a condition, job or people a rule has read ("Hutchinson-Gilford progeria syndrome") is no
# organisation.
_SPECIFICITY = {
    Category.INSTITUTION.value: 2,
    Category.LOCAL_AUTHORITY.value: 2,
    Category.DEMOGRAPHIC.value: 2,
    Category.LOCATION.value: 0,
}


def _priority(finding: Finding) -> tuple[int, bool, int, float]:
    return (
        finding.end - finding.start,
        finding.kind == "direct",
        _SPECIFICITY.get(finding.category, 1),
        finding.score,
    )


class _Pending:
    """Findings still to place, highest priority first; among equals, first come first served
    (the order a stable sort of everything pending would give). A heap, so each step costs
    log n, not a sort of everything left."""

    def __init__(self, findings: Iterable[Finding]) -> None:
        self._heap: list[tuple[tuple[int, int, int, float], int, Finding]] = []
        self._count = 0
        self.extend(findings)

    def extend(self, findings: Iterable[Finding]) -> None:
        for finding in findings:
            length, direct, specificity, score = _priority(finding)
            heapq.heappush(
                self._heap, ((-length, -direct, -specificity, -score), self._count, finding)
            )
            self._count += 1

    def pop(self) -> Finding:
        return heapq.heappop(self._heap)[2]

    def __bool__(self) -> bool:
        return bool(self._heap)


class _Placed:
    """Accepted findings, which never overlap one another, indexed by start so the ones a
    candidate overlaps are found by bisection, and given back in the order they were accepted."""

    def __init__(self) -> None:
        self._order = 0
        self._findings: dict[int, Finding] = {}
        self._order_of: dict[int, int] = {}  # id(finding) -> its order
        self._spans: list[tuple[int, int, int]] = []  # (start, end, order), sorted; disjoint
        self._points: list[int] = []  # orders of empty findings, which the index cannot hold

    def add(self, finding: Finding) -> None:
        self._order += 1
        self._findings[self._order] = finding
        self._order_of[id(finding)] = self._order
        if finding.end > finding.start:
            bisect.insort(self._spans, (finding.start, finding.end, self._order))
        else:
            self._points.append(self._order)

    def remove(self, findings: Sequence[Finding]) -> None:
        for finding in findings:
            order = self._order_of.pop(id(finding))
            del self._findings[order]
            if finding.end > finding.start:
                del self._spans[
                    bisect.bisect_left(self._spans, (finding.start, finding.end, order))
                ]
            else:
                self._points.remove(order)

    def overlapping(self, candidate: Finding) -> list[Finding]:
        """The accepted findings that share a character with the candidate, in accepted order."""
        at = bisect.bisect_left(self._spans, (candidate.start,))
        if at > 0 and self._spans[at - 1][1] > candidate.start:
            at -= 1  # the one span that starts before the candidate and reaches into it
        orders = []
        while at < len(self._spans) and self._spans[at][0] < max(
            candidate.end, candidate.start + 1
        ):
            order = self._spans[at][2]
            if candidate.overlaps(self._findings[order]):
                orders.append(order)
            at += 1
        orders += [o for o in self._points if candidate.overlaps(self._findings[o])]
        return [self._findings[order] for order in sorted(orders)]

    def all(self) -> list[Finding]:
        return list(self._findings.values())


def merge(findings: Iterable[Finding]) -> list[Finding]:
    """One finding per stretch of text.

    A span that contains another wins (so "St Mary's Hospital" is not cut to a
    PERSON "Mary"). Spans of one category that partly overlap are one finding
    ("Dumfries and Galloway Council" and "Galloway Council ASP" make "Dumfries
    and Galloway Council ASP"). Where other spans only partly overlap, a direct category beats a
    quasi one, then the higher score, then a rule over the statistical model;
    the loser keeps the part of its text that nothing else covers, so no
    letter of an identifier is left out. Time grows as n log n in the number of findings.
    """
    return [f for run in overlap_runs(findings) for f in _merge_run(run)]


def overlap_runs(findings: Iterable[Finding]) -> list[list[Finding]]:
    """The findings in runs of spans that overlap or touch, each run in the order given.

    A piece or union made in the merge lies within the spans it was made from, so nothing
    in one run ever meets anything in another: each run merges on its own, to the same
    findings, and the index of accepted spans holds one run, not the whole text (inserting
    into a sorted list of a chat export's every finding moves the list at each step)."""
    given = list(findings)
    runs: list[list[int]] = []
    reach = 0
    for index in sorted(range(len(given)), key=lambda i: given[i].start):
        finding = given[index]
        if runs and finding.start <= reach:
            runs[-1].append(index)
            reach = max(reach, finding.end)
        else:
            runs.append([index])
            reach = finding.end
    return [[given[i] for i in sorted(run)] for run in runs]


def _merge_run(findings: Sequence[Finding]) -> list[Finding]:
    """merge() of findings that overlap or touch one another (see overlap_runs)."""
    pending = _Pending(findings)
    accepted = _Placed()
    while pending:
        candidate = pending.pop()
        clash = accepted.overlapping(candidate)
        if any(
            other.contains(candidate) and not _rule_inside_model(candidate, other)
            for other in clash
        ):
            continue
        if clash and all(_same_category_partial(candidate, other) for other in clash):
            accepted.remove(clash)
            accepted.add(_union(candidate, clash))
            continue
        if clash and not all(
            _beats_partial(candidate, other) or _rule_inside_model(candidate, other)
            for other in clash
        ):
            pending.extend(_remainders(candidate, clash))
            continue
        losers = [f for f in clash if not candidate.contains(f) or _rule_inside_model(f, candidate)]
        accepted.remove(clash)
        accepted.add(candidate)
        for loser in losers:
            pending.extend(_remainders(loser, [candidate]))
    return sorted(accepted.all(), key=lambda f: (f.start, f.end))


def _same_category_partial(a: Finding, b: Finding) -> bool:
    return a.category == b.category and not a.contains(b) and not b.contains(a)


def _union(candidate: Finding, others: Sequence[Finding]) -> Finding:
    """One finding over the stretch the overlapping spans cover, read by the one that
    would have won the overlap (its rule, score and explanation)."""
    winner, start, end, text = candidate, candidate.start, candidate.end, candidate.text
    for other in sorted(others, key=lambda f: f.start):
        if not _beats_partial(winner, other):
            winner = other
        if other.start < start:
            text, start = other.text[: start - other.start] + text, other.start
        if other.end > end:
            text, end = text + other.text[end - other.start :], other.end
    return replace(winner, start=start, end=end, text=text)


def _is_model(finding: Finding) -> bool:
    return finding.source == "model"


def _same_span(a: Finding, b: Finding) -> bool:
    return a.start == b.start and a.end == b.end


def _rule_inside_model(inner: Finding, outer: Finding) -> bool:
    """A validated rule match inside a statistical span wins: the model's span
    ("Mosaic ID 4471902" as a name) is usually the less precise of the two."""
    if not (
        _is_model(outer) and not _is_model(inner) and outer.contains(inner) and inner.score >= 0.5
    ):
        return False
    if outer.category == Category.PERSON.value:
        if inner.category == Category.LOCATION.value and _same_span(inner, outer):
            return True  # a gazetteer place the model read as a name ("govan" in chat)
        # but surnames are often towns ("Morag Dunbar") and first names languages ("Shona")
        return inner.category not in (Category.LOCATION.value, Category.DEMOGRAPHIC.value)
    # a case number inside an organisation-like span wins; a name inside one is part of it
    # (St Margaret's Primary)
    return (
        inner.kind == "direct" and outer.kind == "quasi" and inner.category != Category.PERSON.value
    )


_EDGE_FUNCTION_WORD = re.compile(
    r"^(?:and|or|of|the|at|in|on|to|for|with|from|&)\s+|\s+(?:and|or|of|the|at|in|on|to|for|with|from|&)$"
)


def _without_edge_function_words(core: re.Match[str]) -> tuple[int, int]:
    """The (start, end) of a model remainder without a joining word left at either edge."""
    start, end = core.span()
    text = core.group()
    while (
        edge := _EDGE_FUNCTION_WORD.search(text)
    ) is not None and edge.end() - edge.start() < len(text):
        if edge.start() == 0:
            start, text = start + edge.end(), text[edge.end() :]
        else:
            end, text = end - (len(text) - edge.start()), text[: edge.start()]
    return start, end


def _beats_partial(candidate: Finding, other: Finding) -> bool:
    """For partial overlaps only: direct beats quasi, then score, then a rule beats the model."""
    if candidate.kind != other.kind:
        return candidate.kind == "direct"
    if candidate.score != other.score:
        return candidate.score > other.score
    return _is_model(other) and not _is_model(candidate)


def _remainders(loser: Finding, winners: Sequence[Finding]) -> list[Finding]:
    """The parts of a losing span that no winner covers, trimmed to letters and digits."""
    parts = [(loser.start, loser.end)]
    for winner in winners:
        parts = [
            piece
            for s, e in parts
            for piece in ((s, min(e, winner.start)), (max(s, winner.end), e))
            if piece[1] > piece[0]
        ]
    out = []
    for start, end in parts:
        offset = loser.start
        core = _ALNUM_CORE.search(
            loser.text, start - offset, end - offset
        )  # "Daniel Whitfield <" -> "Daniel Whitfield"
        if core and _is_model(loser):
            core = _ALNUM_CORE.search(
                loser.text, *_without_edge_function_words(core)
            )  # "(Banff) and Buchan" -> "Buchan"
        if core is None:
            continue  # nothing alphanumeric left of this part
        stripped = core.group()
        if sum(ch.isalnum() for ch in stripped) < 2 or (
            _is_model(loser) and _only_labels(stripped)
        ):
            # "CHI" left over from "CHI 0901887617", "DoLS ref" from a DoLS number: labels,
            # not identifiers
            continue
        if stripped.lower() in _FUNCTION_LEFT:
            # "the" left over from "the Royal Victoria" when the model read
            # "Royal Victoria Hospital"
            continue
        begin = offset + core.start()
        out.append(replace(loser, start=begin, end=begin + len(stripped), text=stripped))
    return out
