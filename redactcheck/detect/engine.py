"""Detection: every recogniser over one shared parse, merged into Findings.

The only module that drives spaCy and presidio_analyzer. It knows nothing of
files, output formats or exit codes.
"""

from __future__ import annotations

from redactcheck.detect import quick_presidio  # noqa: F401  (first: see its docstring)

# isort: split

import logging
from collections import deque
from typing import Iterable, Iterator, NamedTuple, Sequence

from presidio_analyzer import (
    EntityRecognizer,
    PatternRecognizer,
    RecognizerRegistry,
    RecognizerResult,
)
from presidio_analyzer.nlp_engine import NlpArtifacts

from redactcheck.detect.merge import PARAGRAPH_BREAK, merge, within_paragraphs
from redactcheck.detect.nlp import QuickContextEnhancer, SharedParseNlpEngine, load_pipeline
from redactcheck.detect.recognisers.base import DECLARED_KEY, EXPLANATION_KEY, RULE_KEY
from redactcheck.detect.recognisers.first_names import GazetteerNameRecognizer, load_first_names
from redactcheck.detect.recognisers.ner import WHY, NerRecognizer, load_label_map
from redactcheck.detect.recognisers.pattern_rules import RuleRecognizer
from redactcheck.detect.recognisers.place_rules import place_specs
from redactcheck.detect.recognisers.presidio_uk import builtin_recognisers
from redactcheck.detect.recognisers.term_rules import TermRecognizer
from redactcheck.detect.regex.prefilter import PrefilterGroup, prefilter_text
from redactcheck.detect.rulefile import RuleSpec
from redactcheck.detect.view import View
from redactcheck.lexicon.places import place_names
from redactcheck.resources import data_dir, word_list
from redactcheck.types import Category, Declared, Finding

# Presidio logs each request's tokens when its decision process is traced;
# keep its loggers quiet so no draft text can reach a log.
for _name in ("presidio-analyzer", "presidio-anonymizer"):
    logging.getLogger(_name).setLevel(logging.ERROR)

SCORE_THRESHOLD = 0.4
GRAMMAR_KEY = "grammar"  # found by a grammar rule (a YAML pattern), not a word list or the model
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
        self.prefilters = PrefilterGroup()  # one pass over a text tests every regex's literals
        self.registry = self._registry(specs)
        self.recognisers = self.registry.get_recognizers(language="en", all_fields=True)
        self.entities = sorted({e for r in self.recognisers for e in r.supported_entities})
        self.contextual = [r for r in self.recognisers if r.context]
        self.enhancer = QuickContextEnhancer()
        self._slots = {id(r): slot for r in self.recognisers if (slot := self._slot(r)) is not None}
        self._skips: Skips | None = None
        self._texts = 0

    def _slot(self, recogniser: EntityRecognizer) -> slice | None:
        """Where the recogniser's regexes sit in the shared prefilter group: a rule put its
        own there; Presidio's pattern recognisers are added here (None: no regexes known)."""
        if isinstance(recogniser, RuleRecognizer):
            return recogniser.slot
        if isinstance(recogniser, PatternRecognizer):
            return self.prefilters.add(_regexes(recogniser), recogniser.global_regex_flags or 0)
        return None

    def _registry(self, specs: Sequence[RuleSpec]) -> RecognizerRegistry:
        registry = RecognizerRegistry(supported_languages=["en"])
        for recogniser in builtin_recognisers():
            registry.add_recognizer(recogniser)
        for spec in specs:
            if spec.is_pattern_rule:
                registry.add_recognizer(RuleRecognizer(spec, self.prefilters))
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
        for recogniser in self.recognisers_for(text):
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
        return EntityRecognizer.remove_duplicates(rule_stands_for_model(kept, text))

    def recognisers_for(self, text: str) -> list[EntityRecognizer]:
        """The recognisers worth running on a text, in order: from the second text on, a rule
        or Presidio pattern recogniser none of whose regexes can match (the text holds none
        of their strings, found in the group's one pass) is left out, as it would find
        nothing; the others always run."""
        skips = self._pattern_prefilters()
        if skips is None:
            return self.recognisers
        present = self.prefilters.present(prefilter_text(text))
        wanted = set(skips.always)
        for string in present:  # a few dozen strings a text, each a look-up
            wanted.update(skips.owners.get(string, ()))
        return [r for index, r in enumerate(self.recognisers) if index in wanted]

    def _pattern_prefilters(self) -> Skips | None:
        """The literal prefilters of the rule and pattern recognisers, from the second text on
        (as the rules have theirs): every string of each one's regexes. A recogniser is skipped
        where the text holds none of them (none of its regexes can match), and one with a regex
        that has no prefilter always runs. Kept the other way round, string -> the recognisers
        whose strings hold it, so a text's strings find the recognisers to run in a look-up
        each (a set test per recogniser took four times as long)."""
        self._texts += 1
        if self._texts < 2:
            return None
        if self._skips is None:
            literals = self.prefilters.literal_sets()
            owners: dict[str, list[int]] = {}
            always = []
            for index, recogniser in enumerate(self.recognisers):
                slot = self._slots.get(id(recogniser))
                sets = [] if slot is None else [s for s in literals[slot] if s is not None]
                if not sets or len(sets) < len(literals[slot]):  # type: ignore[index]
                    always.append(index)
                    continue
                for string in frozenset().union(*sets):
                    owners.setdefault(string, []).append(index)
            skips = Skips(tuple(always), {s: tuple(i) for s, i in owners.items()})
            self._skips = skips  # whole, for a Linter shared by threads
        return self._skips


class Skips(NamedTuple):
    """Which recognisers a text's strings call for (see Engine.recognisers_for): the indexes
    of those that always run, and each string's recognisers by index."""

    always: tuple[int, ...]
    owners: dict[str, tuple[int, ...]]


def _regexes(recogniser: PatternRecognizer) -> list[str]:
    patterns = recogniser.patterns  # type: ignore[has-type]  # Presidio leaves it unannotated
    return [pattern.regex for pattern in patterns]


def rule_stands_for_model(
    results: list[RecognizerResult], text: str = ""
) -> list[RecognizerResult]:
    """Where a grammar rule (a YAML pattern, not a word list) and the model found exactly the
    same span of one category, the rule's result stands for both, at the higher of their
    scores: Presidio's de-duplication would keep whichever scored higher, and the look-alike
    checks read a rule's grammar as the evidence that a word which is also a word is a name
    ("her brother jack"). So too where the model's span is the rule's with a possessive's
    "s" typed on ("wills dad": the model reads "wills", the rule the name "will")."""
    rules: dict[tuple[str, int, int], RecognizerResult] = {}
    for result in results:
        if (result.recognition_metadata or {}).get(GRAMMAR_KEY):
            rules.setdefault((result.entity_type, result.start, result.end), result)
            for ending in ("s", "'s", "’s"):
                if text[result.end : result.end + len(ending)].lower() == ending:
                    end = result.end + len(ending)
                    rules.setdefault((result.entity_type, result.start, end), result)
    out = []
    for result in results:
        rule = rules.get((result.entity_type, result.start, result.end))
        if rule is not None and _source(result) == "model":
            rule.score = max(rule.score, result.score)
            continue
        out.append(result)
    return out


def _source(result: RecognizerResult) -> str:
    return str((result.recognition_metadata or {}).get(SOURCE_KEY, "rule"))


def _tag_with_recogniser(results: list[RecognizerResult], recogniser: EntityRecognizer) -> None:
    """The recogniser's id and name in each result's metadata, as Presidio records them
    (the context enhancer finds a result's context words through the id)."""
    for result in results:
        meta = result.recognition_metadata if result.recognition_metadata is not None else {}
        meta.setdefault(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY, recogniser.id)
        name = recogniser.name  # type: ignore[has-type]  # Presidio leaves .name unannotated
        meta.setdefault(RecognizerResult.RECOGNIZER_NAME_KEY, name)
        meta[SOURCE_KEY] = "model" if isinstance(recogniser, NerRecognizer) else "rule"
        meta[GRAMMAR_KEY] = isinstance(recogniser, RuleRecognizer)
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


def _pieces(views: Iterable[View]) -> Iterator[Piece]:
    for index, view in enumerate(views):
        for offset, chunk in chunk_text(view.text):
            yield index, offset, view, chunk


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
    breaks = [m.end() for m in PARAGRAPH_BREAK.finditer(window)]
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
