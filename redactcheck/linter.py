"""The Linter: build the engine once, then find -> suppress -> score for each text."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import deque
from dataclasses import replace
from itertools import accumulate
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from redactcheck import risk
from redactcheck.config import Config
from redactcheck.detect import watchlist as watch
from redactcheck.detect.beside_names import (
    LISTED_RULE,
    ages_after_names,
    first_names_before_names,
    names_listed_with_names,
)
from redactcheck.detect.engine import Candidates, Engine
from redactcheck.detect.extent import widened, with_birth_cue
from redactcheck.detect.merge import LINE_BREAK, merge, within_paragraphs
from redactcheck.detect.normalise import Normalised, Normaliser
from redactcheck.detect.propagate import link_tokens_holding, propagate_names
from redactcheck.detect.recognisers.first_names import load_first_names
from redactcheck.detect.regex.stored import STORE as COMPILED_PATTERNS
from redactcheck.detect.rulefile import RuleSpec, load_rules
from redactcheck.detect.validators.name_slots import unknown_word
from redactcheck.detect.view import View, lowered
from redactcheck.lexicon.places import read_places
from redactcheck.lexicon.words import NAME_WORDS
from redactcheck.people import CITED, NOT_A_NAME, PROFESSIONAL, People
from redactcheck.resources import data_dir, word_list
from redactcheck.risk.strength import SHIPPED, with_strength
from redactcheck.risk.subject_model import SubjectModel
from redactcheck.suppress import Suppressor, events, inline, owned
from redactcheck.suppress.authorship import author_regions
from redactcheck.suppress.lookalikes import Region
from redactcheck.types import (
    Category,
    Finding,
    Report,
    Suppressed,
    as_text,
    line_col,
    newlines_for_line_breaks,
)

IN_LINK_NAME = "A first name inside a web address, file name or tag: the link names someone."
DISGUISED_NAME = (
    "A first name written in disguise (digits or signs for letters, letters spaced out or from"
    " another alphabet): no one disguises an ordinary word."
)
WATCHED = "A name on your watchlist: someone you told redactcheck is on your caseload."
PositionFn = Callable[[int], "tuple[int, int]"]


def load_active_rules(config: Config) -> list[RuleSpec]:
    """Packaged rules plus the user's folders, less what the config disables."""
    user_folders = [Path(p) for p in config.rules]
    specs = load_rules([data_dir("rules")], user_folders)
    return [
        s for s in specs if s.id not in config.disable and s.category.value not in config.disable
    ]


class Linter:
    """Loads the spaCy pipeline and rules once; checks and redacts many texts.

    `Linter()` uses the packaged defaults; pass a `Config` for another model,
    extra rule folders, disabled rules or categories, or an allowlist.
    `subject_model` judges who reads like the case (risk/subject_model.py): the shipped
    model, another `SubjectModel`, or None for none (models/fit_subjects.py fits without).
    `watchlist` is the path of a watchlist store (`redactcheck watch add`); by
    default the user's own (config.watchlist, $REDACTCHECK_WATCHLIST, else the
    user's config folder). A missing store watches nothing.
    """

    def __init__(
        self,
        config: Config | None = None,
        watchlist: str | Path | None = None,
        subject_model: SubjectModel | None | str = SHIPPED,
    ) -> None:
        self.config = config or Config()
        self.subject_model = subject_model  # None: no judgement (models/fit_subjects.py fits one)
        self.watchlist = watch.load(watch.store_path(watchlist or self.config.watchlist))
        self.rules: list[RuleSpec] = load_active_rules(self.config)
        self.engine = Engine(self.config.model, self.rules)
        self.suppressor = Suppressor(
            self.config.allowlist, self.config.allowlist_patterns, self.engine.prefilters
        )
        self.case_names, self.case_places = casing_gazetteers(data_dir("models"))
        self.case_ordinary = word_list("frequent_words.txt")
        self.place_weights = risk.place_weight_table()
        self.normaliser = Normaliser(
            self.case_names,
            word_list("surnames.txt") - self.case_ordinary,
            self.case_places,
            self.case_ordinary,
            word_list("common_words.txt"),
        )
        self._birth_why = next((r.why for r in self.rules if r.id == "date-of-birth"), "")
        self.people = People(self.config.professionals == "flag", self.config.subjects)
        COMPILED_PATTERNS.save()  # the next start reads the rules' patterns compiled

    def view(self, text: str) -> View:
        """The text as the detectors see it: every line break a \\n, lower-case chat and
        capitals truecased; same length (see `normalised` for the view with disguised
        writing undone)."""
        return View.of(
            newlines_for_line_breaks(text),
            self.case_names,
            self.case_places,
            self.case_ordinary,
            unknown_word,
        )

    def normalised(self, text: str) -> tuple[Normalised, View]:
        """The draft with disguised writing undone (invisible characters, look-alike letters,
        spaced digits, numbers in words, names in links...), with its map back to the
        draft, and that text truecased: what the detectors read."""
        normalised = self.normaliser(text)
        return normalised, self.view(normalised.text)

    def _names_read_in_view(self, normalised: Normalised, merged: list[Finding]) -> list[Finding]:
        """The first names the view read in links and tags, and out of disguises, that no
        detector found."""
        if normalised.names and not self._disabled(NAME_IN_LINK, Category.PERSON.value):
            merged = merge(merged + _names_in_links(normalised, merged))
        if normalised.disguised and not self._disabled(NAME_DISGUISED, Category.PERSON.value):
            merged = merge(merged + _disguised_names(normalised, merged))
        return merged

    def _disabled(self, rule_id: str, category: str) -> bool:
        return rule_id in self.config.disable or category in self.config.disable

    def check(
        self,
        text: str,
        source: str = "<text>",
        position: PositionFn | None = None,
        directives: Sequence[tuple[int, str]] = (),
        authors: Sequence[str] = (),
        lines_are_paragraphs: bool = False,
    ) -> Report:
        """Check one text: findings, suppressed look-alikes, and the risk score.

        `directives` are a document's inline ignores (`Document.directives`); what
        they ignore is moved to `suppressed` with why="inline", never dropped.
        `authors` are the names its front matter gives as the author
        (`Document.authors`): wherever the text names them, whole or by first name or
        surname, the name is the author's own, suppressed with why="byline".
        `lines_are_paragraphs` (a Word document's text): no finding runs from one line
        into the next.
        """
        normalised, view = self.normalised(as_text(text, "Linter.check"))
        candidates = self.engine.find(view)
        if lines_are_paragraphs:
            raw = within_paragraphs(view.text, candidates.raw, LINE_BREAK)
            candidates = Candidates(merge(raw), raw)
        report = self._report(
            normalised, view, candidates, source, position, authors, inline.subjects(directives)
        )
        return inline.apply(report, directives, lambda kept: risk.score(kept, self.place_weights))

    def check_document(self, document: Any) -> Report:
        """Check a `Document` with everything it carries: positions in the file, its
        inline directives and its front matter's authors (what every command needs)."""
        return self.check(
            document.text,
            source=document.source,
            position=document.position,
            directives=document.directives,
            authors=document.authors,
            lines_are_paragraphs=document.format == "docx",
        )

    def check_many(self, texts: Iterable[str], batch_size: int = 16) -> Iterator[Report]:
        """Check many texts in order, batching the parse through nlp.pipe; reports
        come out as the texts are done, so memory stays flat over any number of texts."""
        fed: deque[tuple[Normalised, View]] = deque()

        def views() -> Iterator[View]:
            for text in texts:
                fed.append(self.normalised(as_text(text, "Linter.check_many")))
                yield fed[-1][1]

        for candidates in self.engine.find_many(views(), batch_size):
            normalised, view = fed.popleft()
            yield self._report(normalised, view, candidates, "<text>", None)

    def _recover_swallowed(
        self,
        view: View,
        kept: list[Finding],
        suppressed: Sequence[Suppressed],
        raw: Sequence[Finding],
        regions: Sequence[Region],
    ) -> list[Finding]:
        """Findings a suppressed look-alike had swallowed in the merge come back, unless
        they are look-alikes too: "Banff and Buchan" on a signature line is the author's
        patch, but the place Buchan inside it still places the case. A suppressed name
        keeps its parts: the author "Morag Dunbar" does not leave the town Dunbar behind."""
        return self._recover_inside(
            view,
            kept,
            [s.finding for s in suppressed if s.finding.category != Category.PERSON.value],
            [f for f in raw if not self._disabled(f.rule, f.category)],
            regions,
        )

    def _recover_inside(
        self,
        view: View,
        kept: list[Finding],
        hosts: Sequence[Finding],
        raw: Sequence[Finding],
        regions: Sequence[Region],
        same_extent: bool = False,
    ) -> list[Finding]:
        """The `raw` findings inside a longer suppressed `hosts` finding (or, with
        `same_extent`, exactly over one) that no reported finding overlaps, split by the
        look-alikes, merged into `kept`."""
        inside = Reach(hosts)
        reported = Reach(kept)
        within = inside.contains if same_extent else inside.inside_longer
        hidden = [
            f for f in raw if within(f.start, f.end) and not reported.overlaps(f.start, f.end)
        ]
        if not hidden:
            return kept
        recovered, _ = self.suppressor.split(view, merge(hidden), regions)
        return merge(kept + recovered) if recovered else kept

    def _watched(
        self,
        text: str,
        kept: list[Finding],
        suppressed: list[Suppressed],
        regions: Sequence[Region],
    ) -> tuple[list[Finding], list[Suppressed]]:
        """Every watched name is a PERSON finding, whatever else the draft says of it (a
        declared pseudonym, a look-alike, a role): only the allowlist lets it go here, and
        an inline ignore later. Inside a longer finding ("Hughes Avenue") it is already covered."""
        spans = self.watchlist.find(text)
        allowed = [r for r in regions if r.why == "allowlist"]
        watched = [
            Finding(s, e, Category.PERSON.value, 1.0, "watchlist", WATCHED)
            for s, e in spans
            if not any(r.start <= s and e <= r.end for r in allowed)
        ]
        if not watched:
            return kept, suppressed
        kept = merge(watched + kept)
        return kept, [s for s in suppressed if not any(w.contains(s.finding) for w in watched)]

    def redact(self, text: str, style: str | None = None) -> str:
        """The text with every reported finding replaced
        (style: see redactcheck.redaction.styles)."""
        # Presidio's anonymizer: imported only when redacting
        from redactcheck.redaction import findings_to_redact, settled

        def recheck(redacted: str) -> list[Finding]:
            return findings_to_redact(self.check(redacted))

        return settled(text, recheck(text), style or self.config.style, recheck).text

    def _report(
        self,
        normalised: Normalised,
        view: View,
        candidates: Candidates,
        source: str,
        position: PositionFn | None,
        authors: Sequence[str] = (),
        subjects: Sequence[str] = (),
    ) -> Report:
        """Suppress and score the candidates found in the view; every finding is then
        reported on the draft's own characters."""
        text = normalised.original
        merged = [f for f in candidates.merged if not self._disabled(f.rule, f.category)]
        merged = self._names_read_in_view(normalised, merged)
        regions = self.suppressor.regions(view.text, view.lower_case) + author_regions(
            view.text, authors
        )
        kept, suppressed = self.suppressor.split(view, merged, regions)
        kept = self._recover_swallowed(view, kept, suppressed, candidates.raw, regions)
        if not self._disabled(LISTED_RULE, Category.PERSON.value):
            kept, suppressed = self._listed_with_names(view, kept, suppressed, regions)
        if not self._disabled("name-repeat", "PERSON"):
            kept, suppressed = self._names_found_again(normalised, view, kept, suppressed, regions)
        if view.lower_case and not self._disabled("first-name-before-name", "PERSON"):
            kept = merge(kept + first_names_before_names(view.draft, kept))
        if not self._disabled("age-after-name", Category.AGE.value):
            kept = merge(kept + ages_after_names(view.text, kept))
        kept, suppressed = self.people.assign(
            normalised.text, kept, suppressed, subjects, normalised.original
        )
        if normalised.tokens:
            kept, suppressed = _not_cited_in_links(normalised, kept, suppressed)
        kept, suppressed = events.split(normalised.text, kept, suppressed)
        kept = self._recover_inside(  # "speaks Sylheti": not a name, still a language
            view,
            kept,
            [s.finding for s in suppressed if s.finding.role == NOT_A_NAME],
            [
                f
                for f in candidates.raw
                if f.category != Category.PERSON.value and not self._disabled(f.rule, f.category)
            ],
            regions,
            same_extent=True,
        )
        kept, suppressed = self._watched(normalised.text, kept, suppressed, regions)
        kept, suppressed = owned.split(normalised.text, kept, suppressed)  # once roles are final
        kept = widened(normalised.text, kept)
        starts = [k.start for k in kept]
        suppressed = [
            Suppressed(_locate(_to_original(s.finding, normalised), text, position), s.why)
            for s in suppressed
            if not _reported(s.finding, kept, starts)
        ]
        on_original = with_birth_cue(text, _on_original(kept, normalised), self._birth_why)
        if (
            normalised.changed or normalised.tokens
        ):  # look-alikes as written: "Posted by carer_ellie_89" is the author's byline
            written_regions = self.suppressor.regions(text) + author_regions(text, authors)
            on_original, also = self.suppressor.split(
                View.plain(text), on_original, written_regions
            )
            suppressed += [Suppressed(_locate(s.finding, text, position), s.why) for s in also]
        return self._judged(
            text, [_locate(f, text, position) for f in on_original], suppressed, source
        )

    def _listed_with_names(
        self,
        view: View,
        kept: list[Finding],
        suppressed: list[Suppressed],
        regions: Sequence[Region],
    ) -> tuple[list[Finding], list[Suppressed]]:
        """The other members of a list that holds a name found ("for Marley, Tia and Kobe"),
        split like the names found, before every mention of a name is searched for."""
        one_case = view.lower_case
        listed = names_listed_with_names(view.draft if one_case else view.text, kept, one_case)
        more, more_suppressed = self.suppressor.split(view, listed, regions)
        return merge(kept + more), suppressed + more_suppressed

    def _names_found_again(
        self,
        normalised: Normalised,
        view: View,
        kept: list[Finding],
        suppressed: list[Suppressed],
        regions: Sequence[Region],
    ) -> tuple[list[Finding], list[Suppressed]]:
        """Every other mention of a name found once (`propagate_names`), split like the
        first; a file name or path holding one is the finding, whole
        ("notes_pettigrew_final.docx")."""
        more, more_suppressed = self.suppressor.split(
            view, propagate_names(view, kept, ordinary=NAME_WORDS), regions
        )
        found_again = [(f.start, f.end) for f in more] + [
            (s.finding.start, s.finding.end) for s in more_suppressed
        ]
        normalised.tokens += [
            normalised.to_original(*token) for token in link_tokens_holding(view.text, found_again)
        ]
        return merge(kept + more), suppressed + more_suppressed

    def _judged(
        self, text: str, located: list[Finding], suppressed: list[Suppressed], source: str
    ) -> Report:
        """The report, once every direct finding has its evidence strength (with the subject
        model's judgement of who reads like the case)."""
        findings = with_strength(text, located, self.subject_model)
        return Report(
            text=text,
            findings=findings,
            risk_score=risk.score(findings, self.place_weights),
            suppressed=tuple(suppressed),
            source=source,
        )


class Reach:
    """Spans indexed by start with the furthest end reached so far, so whether a span lies
    inside, or overlaps, any of them costs log n: a chat export's thousands of findings are
    not each compared with every look-alike and every kept finding."""

    def __init__(self, findings: Iterable[Finding]) -> None:
        spans = sorted((f.start, f.end) for f in findings)
        self._starts = [start for start, _ in spans]
        self._reach = list(accumulate((end for _, end in spans), max))

    def _furthest(self, count: int) -> int:
        """The furthest end among the first `count` spans by start (-1 for none)."""
        return self._reach[count - 1] if count else -1

    def inside_longer(self, start: int, end: int) -> bool:
        """Some span contains start..end and is not exactly it (Finding.contains, other span)."""
        return (
            self._furthest(bisect_left(self._starts, start)) >= end
            or self._furthest(bisect_right(self._starts, start)) > end
        )

    def contains(self, start: int, end: int) -> bool:
        """Some span contains start..end, or is exactly it (Finding.contains)."""
        return self._furthest(bisect_right(self._starts, start)) >= end

    def overlaps(self, start: int, end: int) -> bool:
        """Some span shares a character with start..end (Finding.overlaps)."""
        return self._furthest(bisect_left(self._starts, end)) > start


def _reported(finding: Finding, kept: Sequence[Finding], starts: Sequence[int]) -> bool:
    """A look-alike that is reported after all (a common word found again as a known name:
    "Ruby" after "Ruby Caldwell") is not also listed as left alone. `kept` is sorted and
    non-overlapping, as merge leaves it; `starts` are its start offsets."""
    index = bisect_right(starts, finding.start) - 1
    return index >= 0 and kept[index].contains(finding) and kept[index].category == finding.category


NAME_IN_LINK = "name-in-link"
NAME_DISGUISED = "name-disguised"


def _file_path(token: str) -> bool:
    """ "C:\\Users\\...\\kayla.jpg", "/home/.../kayla.jpg": a path on a computer, not a web
    address."""
    return ("\\" in token or token.startswith(("/", "~/", "./"))) and "://" not in token


def _names_in_links(normalised: Normalised, found: Sequence[Finding]) -> list[Finding]:
    """A first name read inside a link, file name or tag ("kayla_beach.jpg") that no detector
    found: the token names someone (it is reported whole, see `_to_original`)."""
    reach = Reach(f for f in found if f.kind == "direct")
    return [
        Finding(s, e, Category.PERSON.value, 0.6, NAME_IN_LINK, IN_LINK_NAME, normalised.text[s:e])
        for s, e in normalised.names
        if not reach.overlaps(s, e)
    ]


def _disguised_names(normalised: Normalised, found: Sequence[Finding]) -> list[Finding]:
    """A first name the view read out of a disguise ("J4ck", "K a y l a") that no detector
    found as part of a longer name: the disguise says it is a name, as a rule's grammar would
    (the model's reading of "Jack" alone at a sentence's start would be let go as a word)."""
    spans = set(normalised.disguised)
    reach = Reach(f for f in found if f.kind == "direct" and (f.start, f.end) not in spans)
    return [
        Finding(
            s, e, Category.PERSON.value, 0.85, NAME_DISGUISED, DISGUISED_NAME, normalised.text[s:e]
        )
        for s, e in sorted(spans)
        if not reach.overlaps(s, e)
    ]


def _not_cited_in_links(
    normalised: Normalised, kept: list[Finding], suppressed: list[Suppressed]
) -> tuple[list[Finding], list[Suppressed]]:
    """A name in a file path or link is no cited author: the word after it is the file's
    ("brodie_kayla/notes.txt"), not a verb ("Brodie notes that ..."). Nor is a name in a file
    path a professional's: the job before it is a folder's name ("Users/worker/kayla.jpg")."""
    back = []
    for s in suppressed:
        token = normalised.token_around(*normalised.to_original(s.finding.start, s.finding.end))
        if token is None or s.why not in (CITED, PROFESSIONAL):
            continue
        if s.why == CITED or _file_path(normalised.original[token[0] : token[1]]):
            back.append(s)
    if not back:
        return kept, suppressed
    return merge(kept + [s.finding for s in back]), [s for s in suppressed if s not in back]


def _to_original(finding: Finding, normalised: Normalised) -> Finding:
    """The finding on the draft's characters, saying how the identifier was written."""
    if not normalised.changed and not normalised.tokens:
        return finding
    start, end = normalised.to_original(finding.start, finding.end)
    token = normalised.token_around(start, end) if finding.kind == "direct" else None
    if token is not None:  # a name in a link, file name or tag: the whole token identifies
        start, end = token
    start, end = normalised.with_marks(start, end)
    written = normalised.how_written(start, end)
    return replace(finding, start=start, end=end, written=written)


def _on_original(kept: Sequence[Finding], normalised: Normalised) -> list[Finding]:
    """Kept findings mapped onto the draft; two that land on the same characters (two names
    in one hashtag) become one."""
    if not normalised.changed and not normalised.tokens:
        return list(kept)
    out: list[Finding] = []
    for finding in sorted(
        (_to_original(f, normalised) for f in kept), key=lambda f: (f.start, -f.end)
    ):
        if out and finding.start < out[-1].end:
            if finding.end > out[-1].end:
                out[-1] = replace(out[-1], end=finding.end)
            continue
        out.append(finding)
    return out


def _locate(finding: Finding, text: str, position: PositionFn | None) -> Finding:
    """The finding with the original text and its line and column in the original file."""
    line, column = position(finding.start) if position else line_col(text, finding.start)
    return replace(finding, line=line, column=column, text=text[finding.start : finding.end])


def casing_gazetteers(models: Path) -> tuple[frozenset[str], frozenset[str]]:
    """Lower-cased first names and place names that the truecaser may capitalise."""
    frequent, common = word_list("frequent_words.txt"), word_list("common_words.txt")
    names = lowered(load_first_names(models / "gazetteers" / "first_names.txt")) - frequent
    places = lowered(p.name for p in read_places(models) if " " not in p.name) - common - names
    return names, places
