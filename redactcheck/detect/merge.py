"""The merge step: the recognisers' overlapping candidates become one finding per stretch of
text, and no finding runs across a paragraph break. Pure functions over Findings."""

from __future__ import annotations

import bisect
import heapq
import re
from dataclasses import replace
from typing import Iterable, Sequence

from redactcheck.detect.regex.stored import STORE
from redactcheck.lexicon.words import LABEL_FUNCTION_WORDS
from redactcheck.types import Category, Finding

PARAGRAPH_BREAK = STORE.compile(r"\n\s*\n")  # a blank line
LINE_BREAK = STORE.compile(r"\n")  # in a .docx each line of the checked text is a paragraph


def within_paragraphs(
    text: str, findings: Iterable[Finding], breaks: re.Pattern[str] | None = None
) -> list[Finding]:
    """No finding runs across a paragraph break (a blank line; in HTML, a block's edge): a
    heading is not the first word of the school named below it, and "Jamie" closing one
    paragraph is not swallowed by "Thompson Primary" opening the next. A finding that
    does is cut back to its part with the most letters and digits. `breaks`: what ends a
    paragraph (LINE_BREAK where every line is one, as in a Word document)."""
    kept, breaks = [], breaks or PARAGRAPH_BREAK
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


_ACRONYM_LEFT = STORE.compile(
    r"[A-Z]{2,5}|[A-Z][a-z]?[A-Z]{1,3}[a-z]?|(?i:id|ref|no|number|tel|mob|dob)"
)
_FUNCTION_LEFT = LABEL_FUNCTION_WORDS


def _only_labels(text: str) -> bool:
    """Acronyms and label words only ("CHI", "DoLS ref", "NI no")."""
    return all(_ACRONYM_LEFT.fullmatch(word) for word in text.split())


_ALNUM_CORE = STORE.compile(
    r"[^\W_](?:.*[^\W_])?", re.DOTALL
)  # from the first to the last letter or digit


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


def _priority(finding: Finding) -> tuple[int, int, int, float]:
    return (
        finding.end - finding.start,
        _reading(finding),
        _SPECIFICITY.get(finding.category, 1),
        finding.score,
    )


def _reading(finding: Finding) -> int:
    """A direct reading beats a quasi one, but a council, institution or language a rule has
    read beats a person the model guessed at on the same words ("Cyngor Gwynedd", a council by
    its Welsh name): a rule's direct reading 3, a rule's specific quasi one 2, the model's
    direct one 1, any other 0."""
    model = finding.source == "model"
    if finding.kind == "direct":
        return 1 if model else 3
    return 2 if not model and _SPECIFICITY.get(finding.category, 1) == 2 else 0


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
            length, reading, specificity, score = _priority(finding)
            heapq.heappush(
                self._heap, ((-length, -reading, -specificity, -score), self._count, finding)
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
    # a finding that meets no other is kept as it is, as _merge_run would keep it: most are
    return [
        f for run in overlap_runs(findings) for f in (run if len(run) == 1 else _merge_run(run))
    ]


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


_EDGE_FUNCTION_WORD = STORE.compile(
    r"^(?:and|or|of|the|at|in|on|to|for|with|from|&)\s+"
    r"|\s+(?:and|or|of|the|at|in|on|to|for|with|from|&)$"
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
