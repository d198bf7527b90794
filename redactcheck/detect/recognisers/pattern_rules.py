"""YAML pattern rules as Presidio recognisers."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterator

from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redactcheck.detect.nlp import LazyNlpArtifacts
from redactcheck.detect.recognisers.base import context_pattern, has_context, make_result
from redactcheck.detect.regex import starts
from redactcheck.detect.regex.ascii import ascii_twin, reads_alike
from redactcheck.detect.regex.first import guarded
from redactcheck.detect.regex.prefilter import (
    PrefilterGroup,
    folded,
    leading_strings,
    prefilter_text,
)
from redactcheck.detect.regex.trie import compile_rule_pattern
from redactcheck.detect.regex.user import compile_user_regex, group_number
from redactcheck.detect.rulefile import RuleSpec
from redactcheck.detect.validators import VALIDATORS
from redactcheck.types import Category

# what a match found only in the lowered reading of a one-case draft loses of its rule's score
LOWERED_PENALTY = 0.1


class RuleRecognizer(LocalRecognizer):
    """Runs one rule's regexes, then its validator and context, over the text.

    Context is handled here rather than by Presidio's lemma enhancer so that a
    rule can *require* a context word and so that no lemmatiser is needed. The
    user's own rules run on RE2, which no pattern can make hang (see
    redactcheck.detect.regex.user); packaged rules on `re`, with their look-arounds.
    """

    def __init__(self, spec: RuleSpec, prefilters: PrefilterGroup | None = None) -> None:
        """`prefilters`: the group whose one pass over a text tests every rule's literals
        (see PrefilterGroup); a rule alone has its own."""
        self.spec = spec
        self.requires = tuple(folded(word) for word in spec.requires)  # as prefilter_text has it
        self.regexes = [self._compile(p) for p in spec.patterns]
        self.groups = [group_number(regex, spec.group) for regex in self.regexes]
        self._prefilters: list | None = None  # worked out from the second text on: see prefilters
        self._guarded: list | None = None  # likewise: see regexes_in_use
        self._twins: list | None = None  # and these: see regexes_for
        self._leading: list[tuple[str, ...] | None] = [None] * len(self.regexes)  # and this
        self._texts_seen = 0
        self._group = prefilters if prefilters is not None else PrefilterGroup()
        flags = 0 if spec.case_sensitive else re.IGNORECASE
        # where its patterns sit in the group (None: the user's, never prefiltered); the
        # engine skips the rule on a text that holds none of their strings
        self.slot = None if spec.user else self._group.add(spec.patterns, flags)
        self.validate = VALIDATORS[spec.validator] if spec.validator else None
        self.context_re = context_pattern(spec.context) if spec.context else None
        self.exception_re = _exception_pattern(spec)
        super().__init__(
            supported_entities=[spec.category.value], name=spec.id, supported_language="en"
        )

    def _compile(self, pattern: str) -> Any:
        if self.spec.user:
            return compile_user_regex(pattern, case_sensitive=self.spec.case_sensitive)
        return compile_rule_pattern(pattern, 0 if self.spec.case_sensitive else re.IGNORECASE)

    def load(self) -> None:
        """Nothing to load: regexes are compiled once in __init__."""

    def matches(self, text: str) -> Iterator[tuple[int, int, float]]:
        """(start, end, score) of every believable match, before any merging."""
        lowered = prefilter_text(text)
        if self.requires and not any(word in lowered for word in self.requires):
            return
        self._texts_seen += 1
        prefilters, regexes = self.prefilters(), self.regexes_for(text)
        present = self._group.present(lowered) if prefilters.count(None) < len(prefilters) else None
        for regex, group, strings, leading in zip(regexes, self.groups, prefilters, self._leading):
            if strings is not None and present is not None and present.isdisjoint(strings):
                continue  # the text holds none of the strings every match holds
            for match in self._finditer(regex, group, text, leading):
                start, end = match.span(group)
                if start < 0 or end <= start:
                    continue
                if self.spec.category is Category.PERSON and "\n" in text[start:end]:
                    end = text.index(
                        "\n", start
                    )  # "called Blessing\nye ill ring": a name ends with its line
                    if not text[start:end].strip():
                        continue
                score = self._score(text, start, end)
                if score is not None:
                    yield start, end, score

    def _finditer(
        self, regex: Any, group: int, text: str, leading: tuple[str, ...] | None
    ) -> Iterator[Any]:
        """The regex's matches, less those whose finding would start with one of the rule's
        `exceptions` (see _unexcepted); `leading`: the strings every match starts with, where
        they are known (see redactcheck.detect.regex.starts)."""
        if self.exception_re is None:
            return starts.finditer(regex, text, leading)
        return self._unexcepted(regex, group, text, self.exception_re, leading)

    @staticmethod
    def _unexcepted(
        regex: Any,
        group: int,
        text: str,
        exception_re: re.Pattern[str],
        leading: tuple[str, ...] | None = None,
    ) -> Iterator[Any]:
        """Where a finding would start with an exception the search goes on from the next
        character, as a negative lookahead at the start of the group would have it (and RE2,
        which runs the user's rules, has none)."""
        position, again = 0, True
        while again:  # matches stream; only an exception starts the search again
            again = False
            for match in starts.finditer(regex, text, leading, position):
                at = match.start(group)
                if at >= 0 and exception_re.match(text, at):
                    position, again = match.start() + 1, True
                    break
                yield match

    def prefilters(self) -> list:
        """Each regex's literal prefilter (or None): the strings one of which a text must hold
        (as its group's `present` finds them) for the regex to match. Reading them from the
        parsed regexes costs more than it saves on a single text, so a one-file check never
        pays for it; from the second text on they are worked out once. The user's RE2
        patterns get none: Python's parser can read RE2 syntax ([[:alpha:]]) differently, and
        a wrong literal would hide a match."""
        if self._prefilters is None:
            if self._texts_seen < 2 or self.slot is None:
                return [None] * len(self.regexes)
            self._prefilters = self._group.literal_sets()[self.slot]
        return self._prefilters

    def regexes_in_use(self) -> list:
        """The regexes as `matches` runs them: from the second text on, each with the
        look-ahead of the characters its matches can start with (see
        redactcheck.detect.regex.first), which finds the same matches sooner, and with the
        strings its matches start with, where they are few (tried only where those are: see
        redactcheck.detect.regex.starts). Reading either costs more than it saves on a single
        text; the user's RE2 patterns have neither and run as written."""
        if self._guarded is None:
            if self._texts_seen < 2 or self.spec.user:
                return self.regexes
            flags = 0 if self.spec.case_sensitive else re.IGNORECASE
            self._leading = [
                starts.usable(leading_strings(pattern, flags)) for pattern in self.spec.patterns
            ]
            in_use = [
                compile_rule_pattern(guarded(pattern, flags), flags)
                for pattern in self.spec.patterns
            ]
            self._twins = [ascii_twin(regex) or regex for regex in in_use]
            self._guarded = in_use  # last: another thread takes _guarded as the sign of all
        return self._guarded

    def regexes_for(self, text: str) -> list:
        """The regexes as `matches` runs them on this text: `regexes_in_use`, each in ASCII
        mode where it has an ASCII twin and the text reads alike in both modes (see
        redactcheck.detect.regex.ascii): the same matches, sooner."""
        in_use = self.regexes_in_use()
        if self._twins is None or not reads_alike(text):
            return in_use
        return self._twins

    def _score(self, text: str, start: int, end: int) -> float | None:
        if self.validate and not self.validate(text[start:end]):
            return None
        ctx = self.spec.context
        if ctx is None or self.context_re is None:
            return self.spec.score
        if has_context(text, start, end, ctx, self.context_re):
            return self.spec.score + ctx.boost
        return None if ctx.required else self.spec.score

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        spec = self.spec
        if spec.one_case and not _one_case(nlp_artifacts):
            return []  # a rule for drafts typed in one case: in mixed case, capitals tell names
        found = list(self.matches(text))
        if spec.as_typed and _one_case(nlp_artifacts) and as_typed(text) != text:
            # a draft typed in one case: the view capitalises sentence starts and the words it
            # takes for names, so the rules written for lower-case chat read it lowered as well
            # ("ye. anyway shannice put it on insta", "has zakari got a solicitor"), as weaker
            # evidence than what the view itself shows (nothing to read again where the view
            # capitalised nothing)
            seen = {(s, e) for s, e, _ in found}
            found += [
                (s, e, score - LOWERED_PENALTY)
                for s, e, score in self.matches(as_typed(text))
                if (s, e) not in seen
            ]
        return [
            make_result(spec.category.value, s, e, score, spec.id, spec.why, spec.declared)
            for s, e, score in found
        ]


# a capital the view gave a word (a sentence start, a name): not an acronym ("WCCIS") or a
# capital on its own ("lil K"), which the draft itself had
_TITLE_CASE = re.compile(r"(?<![^\W\d_])[A-Z](?=[a-z])")


@lru_cache(maxsize=2)
def as_typed(view: str) -> str:
    """A one-case draft's view without the capitals the view gave it (same length): worked
    out once for the text every `as_typed` rule reads in turn."""
    return _TITLE_CASE.sub(lambda match: match.group().lower(), view)


def _one_case(artifacts: NlpArtifacts | None) -> bool:
    """The parsed text is the view of a draft typed in one case (`View.lower_case`)."""
    return isinstance(artifacts, LazyNlpArtifacts) and artifacts.lower_case


def _exception_pattern(spec: RuleSpec) -> re.Pattern[str] | None:
    """A rule's `exceptions` as whole words where a finding starts, in the rule's case."""
    if not spec.exceptions:
        return None
    words = "|".join(re.escape(w) for w in sorted(spec.exceptions, key=len, reverse=True))
    return re.compile(rf"(?:{words})\b", 0 if spec.case_sensitive else re.IGNORECASE)
