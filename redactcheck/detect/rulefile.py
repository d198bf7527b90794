"""YAML rule files -> validated rule specs.

Rules are data so that practitioners' organisations can add their own (a local
case-reference shape, their team names) without writing Python. Everything is
checked at load time: a typo in a rule file must stop the linter with one line
naming the file, line and rule, not surface later as a missed identifier.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

import yaml

from redactcheck.detect.regex.trie import APOSTROPHE, compile_rule_pattern
from redactcheck.detect.regex.user import UserRegexError, compile_user_regex
from redactcheck.detect.validators import NAMES as VALIDATOR_NAMES
from redactcheck.errors import RuleError
from redactcheck.types import RULE_FACETS, Category, Declared
from redactcheck.yamlfiles import StrictLoader

RULE_KEYS = frozenset(
    {
        "id",
        "category",
        "kind",
        "description",
        "why",
        "score",
        "patterns",
        "group",
        "case_sensitive",
        "as_typed",
        "one_case",
        "validator",
        "context",
        "terms",
        "names",
        "forms",
        "examples",
        "requires",
        "facet",
        "described_as",
        "generalise_as",
        "generalise_after",
        "vouches",
        "exceptions",
    }
)
CONTEXT_KEYS = frozenset({"words", "required", "window", "boost"})
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@dataclass(frozen=True)
class Context:
    """Words that make a match more (or, if required, at all) believable."""

    words: tuple[str, ...]
    required: bool = False
    window: int = 40
    boost: float = 0.3


@dataclass(frozen=True)
class RuleSpec:
    """One checked rule, ready to become a recogniser."""

    id: str
    category: Category
    description: str
    why: str
    source: str
    line: int
    score: float = 0.6
    patterns: tuple[str, ...] = ()
    group: int | str = 0
    case_sensitive: bool = False
    as_typed: bool = False  # also read a one-case draft as typed, without the view's capitals
    one_case: bool = False  # only in a draft typed all in one case (lower-case chat, capitals)
    validator: str | None = None
    context: Context | None = None
    terms: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    examples_flag: tuple[str, ...] = ()
    examples_pass: tuple[str, ...] = ()
    declared: Declared = Declared()
    exceptions: tuple[str, ...] = ()  # texts where a finding would start that are not findings
    user: bool = field(default=False, compare=False)

    @property
    def kind(self) -> str:
        return self.category.kind

    @property
    def is_pattern_rule(self) -> bool:
        return bool(self.patterns)


class _LineLoader(StrictLoader):
    """The strict safe loader (libyaml's when present, a 5x faster start; a key given twice
    is an error) that also remembers the line of every mapping, for error messages."""


class _LineDict(dict):
    line = 0


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> _LineDict:
    mapping = _LineDict(loader.construct_mapping(node, deep=True))
    mapping.line = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _parse_yaml(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.load(handle, Loader=_LineLoader)  # safe: a SafeLoader subclass
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise RuleError(f"{where}: invalid YAML: {error.problem}") from None
    except (OSError, UnicodeDecodeError) as error:
        raise RuleError(f"{path}: cannot read rule file: {error}") from None


class _Checker:
    """Collects the context (file, line, rule id) that every error message needs."""

    def __init__(self, path: Path, raw: Mapping[str, Any]) -> None:
        self.path = path
        self.raw = raw
        self.line = getattr(raw, "line", 0)
        self.rule_id = str(raw.get("id", "?"))

    def fail(self, problem: str) -> RuleError:
        return RuleError(f"{self.path}:{self.line}: rule '{self.rule_id}': {problem}")

    def strings(self, key: str) -> tuple[str, ...]:
        value = self.raw.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise self.fail(f"'{key}' must be a list of non-empty strings")
        return tuple(value)

    def text(self, key: str) -> str:
        """An optional one-line string ("" when absent)."""
        value = self.raw.get(key, "")
        if not isinstance(value, str) or (key in self.raw and not value.strip()):
            raise self.fail(f"'{key}' must be a non-empty string")
        return value.strip()

    def number(self, key: str, default: float, low: float, high: float) -> float:
        value = self.raw.get(key, default)
        if (
            isinstance(value, bool)
            or not isinstance(value, (int, float))
            or not low <= value <= high
        ):
            raise self.fail(f"'{key}' must be a number from {low:g} to {high:g}")
        return float(value)


def _check_category(chk: _Checker) -> Category:
    name = chk.raw.get("category")
    try:
        category = Category(name)
    except ValueError:
        raise chk.fail(
            f"unknown category {name!r}; use one of {', '.join(c.value for c in Category)}"
        ) from None
    kind = chk.raw.get("kind")
    if kind is not None and kind != category.kind:
        raise chk.fail(f"kind {kind!r} does not match category {category.value} ({category.kind})")
    return category


def _check_context(chk: _Checker) -> Context | None:
    raw = chk.raw.get("context")
    if raw is None:
        return None
    if isinstance(raw, list):
        raw = {"words": raw}
    if not isinstance(raw, dict) or "words" not in raw:
        raise chk.fail("'context' must be a list of words or a mapping with 'words'")
    unknown = set(raw) - CONTEXT_KEYS
    if unknown:
        raise chk.fail(f"unknown context key(s): {', '.join(sorted(unknown))}")
    ctx = _Checker(chk.path, raw)
    ctx.line, ctx.rule_id = chk.line, chk.rule_id
    words = tuple(w.lower() for w in ctx.strings("words"))
    return Context(
        words=words,
        required=bool(raw.get("required", False)),
        window=int(ctx.number("window", 40, 1, 500)),
        boost=ctx.number("boost", 0.3, 0, 1),
    )


def _check_patterns(chk: _Checker, case_sensitive: bool, user: bool) -> tuple[str, ...]:
    """Each pattern compiles on its engine (RE2 for the user's own rules: see
    redactcheck.detect.regex.user) and has the group that `group:` names."""
    written = chk.strings("patterns")
    patterns = tuple(either_apostrophe(pattern) for pattern in written)
    group = chk.raw.get("group", 0)
    for pattern, as_written in zip(patterns, written):
        compiled = _compile(chk, pattern, case_sensitive, user, as_written)
        valid_group = (
            group in compiled.groupindex
            if isinstance(group, str)
            else 0 <= group <= compiled.groups
        )
        if not valid_group:
            raise chk.fail(f"'group' {group!r} is not a group of {pattern!r}")
    return patterns


def _compile(chk: _Checker, pattern: str, case_sensitive: bool, user: bool, written: str) -> Any:
    """The compiled pattern, or the rule's one-line error (naming the pattern as written)."""
    if user:
        try:
            return compile_user_regex(pattern, case_sensitive=case_sensitive)
        except UserRegexError as error:
            raise chk.fail(f"bad regex {written!r}: {error}") from None
    try:
        return compile_rule_pattern(pattern, 0 if case_sensitive else re.IGNORECASE)
    except re.error as error:
        raise chk.fail(f"bad regex {written!r}: {error}") from None


def either_apostrophe(pattern: str) -> str:
    """The pattern with each apostrophe it holds matching the curly one too: phones and
    word processors type "she’s" for "she's", and a rule written with one means both.
    Outside a character class `'` becomes `['’]`; inside one, `’` is added beside it."""
    out: list[str] = []
    position, in_class, class_start = 0, False, 0
    while position < len(pattern):
        char = pattern[position]
        if char == "\\":
            out.append(pattern[position : position + 2])
            position += 2
            continue
        if in_class:
            if char == "]" and position > class_start:
                in_class = False
            elif char == "'" and "’" not in pattern[class_start : position + 2]:
                char = "'’"
        elif char == "[":
            in_class = True
            class_start = position + (2 if pattern.startswith("[^", position) else 1)
        elif char == "'" and not pattern.startswith("'’", position):
            char = APOSTROPHE
        out.append(char)
        position += 1
    return "".join(out)


def _expand_terms(chk: _Checker) -> tuple[str, ...]:
    terms = list(chk.strings("terms"))
    names, forms = chk.strings("names"), chk.strings("forms")
    if names and not forms:
        raise chk.fail("'names' needs 'forms' such as \"{name} Council\"")
    for form in forms:
        if "{name}" not in form:
            raise chk.fail(f"form {form!r} must contain {{name}}")
        terms.extend(form.replace("{name}", name) for name in names)
    return tuple(dict.fromkeys(terms))


def _check_examples(chk: _Checker) -> tuple[tuple[str, ...], tuple[str, ...]]:
    raw = chk.raw.get("examples", {}) or {}
    if not isinstance(raw, dict) or set(raw) - {"flag", "pass"}:
        raise chk.fail("'examples' must be a mapping with 'flag' and/or 'pass' lists")
    sub = _Checker(chk.path, raw)
    sub.line, sub.rule_id = chk.line, chk.rule_id
    return sub.strings("flag"), sub.strings("pass")


def _check_declared(chk: _Checker, category: Category) -> Declared:
    """The behaviour a rule declares for risk and redaction: a facet its category has, and
    `generalise_after` only with the `generalise_as` it qualifies."""
    facet = chk.text("facet")
    if facet and facet not in RULE_FACETS:
        raise chk.fail(f"unknown facet {facet!r}; use one of {', '.join(sorted(RULE_FACETS))}")
    if facet and RULE_FACETS[facet] is not category:
        raise chk.fail(f"facet {facet!r} is for {RULE_FACETS[facet].value} rules")
    words = {key: chk.text(key) for key in ("described_as", "generalise_as")}
    after = chk.strings("generalise_after")
    if after and not words["generalise_as"]:
        raise chk.fail("'generalise_after' needs 'generalise_as'")
    vouches = chk.raw.get("vouches", False)
    if not isinstance(vouches, bool):
        raise chk.fail("'vouches' must be true or false")
    return Declared(facet, words["described_as"], words["generalise_as"], after, vouches)


def _check_exceptions(chk: _Checker, has_patterns: bool) -> tuple[str, ...]:
    exceptions = chk.strings("exceptions")
    if exceptions and not has_patterns:
        raise chk.fail("'exceptions' are for rules with 'patterns' (leave a term out instead)")
    return exceptions


def _check_rule(path: Path, raw: Any, user: bool, number: int = 1) -> RuleSpec:
    if not isinstance(raw, dict):  # a scalar has no line of its own: name its place in the list
        raise RuleError(f"{path}: each rule must be a mapping (rule {number} in 'rules' is not)")
    chk = _Checker(path, raw)
    unknown = set(raw) - RULE_KEYS
    if unknown:
        raise chk.fail(f"unknown key(s): {', '.join(sorted(unknown))}")
    for key in ("id", "category", "description"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise chk.fail(f"missing or empty '{key}'")
    if not _ID.match(raw["id"]):
        raise chk.fail("'id' must be lower-case letters, digits and hyphens")
    category = _check_category(chk)
    case_sensitive = bool(raw.get("case_sensitive", False))
    has_patterns = "patterns" in raw
    has_terms = any(k in raw for k in ("terms", "names"))
    if has_patterns == has_terms:
        raise chk.fail("a rule needs either 'patterns' or 'terms'/'names', not both or neither")
    validator = raw.get("validator")
    if validator is not None and validator not in VALIDATOR_NAMES:
        raise chk.fail(
            f"unknown validator {validator!r}; known: {', '.join(sorted(VALIDATOR_NAMES))}"
        )
    flag, passing = _check_examples(chk)
    return RuleSpec(
        id=raw["id"],
        category=category,
        description=raw["description"].strip(),
        why=str(raw.get("why") or raw["description"]).strip(),
        source=str(path),
        line=chk.line,
        score=chk.number("score", 0.6, 0, 1),
        patterns=_check_patterns(chk, case_sensitive, user) if has_patterns else (),
        group=raw.get("group", 0),
        case_sensitive=case_sensitive,
        as_typed=bool(raw.get("as_typed", False)),
        one_case=bool(raw.get("one_case", False)),
        validator=validator,
        context=_check_context(chk),
        terms=_expand_terms(chk) if has_terms else (),
        requires=tuple(w.lower() for w in chk.strings("requires")),
        examples_flag=flag,
        examples_pass=passing,
        declared=_check_declared(chk, category),
        exceptions=_check_exceptions(chk, has_patterns),
        user=user,
    )


def load_rule_file(path: Path, *, user: bool = False) -> list[RuleSpec]:
    """Load and check one YAML rule file."""
    data = _parse_yaml(path)
    if data is None:
        return []
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise RuleError(f"{path}:1: a rule file is a mapping with a 'rules' list")
    return [_check_rule(path, raw, user, number) for number, raw in enumerate(data["rules"], 1)]


def rule_files(folder: Path) -> list[Path]:
    """The YAML files of a rule folder, in a stable order. A folder that cannot be read is
    an error, not an empty folder: its rules would be missing from every check."""
    try:
        if not folder.is_dir():
            raise RuleError(f"{folder}: rule folder not found")
        return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
    except OSError as error:
        raise RuleError(f"{folder}: cannot read rule folder ({error.strerror})") from None


def load_rules(folders: Sequence[Path], user_folders: Iterable[Path] = ()) -> list[RuleSpec]:
    """Load the packaged rule folders and the user's; ids must be unique across all."""
    specs: list[RuleSpec] = []
    for folder, user in [(f, False) for f in folders] + [(f, True) for f in user_folders]:
        for path in rule_files(Path(folder)):
            specs.extend(load_rule_file(path, user=user))
    seen: dict[str, RuleSpec] = {}
    for spec in specs:
        if spec.id in seen:
            first = seen[spec.id]
            raise RuleError(
                f"{spec.source}:{spec.line}: rule '{spec.id}': id already used at"
                f" {first.source}:{first.line}"
            )
        seen[spec.id] = spec
    return specs
