"""Every shipped rule documents and tests itself: its `examples` run here.

Rules are tested alone (not through the whole pipeline) so a failure names the
rule that is wrong, not whichever recogniser happened to win a merge.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from redactcheck.errors import RuleError
from redactcheck.detect.recognisers.pattern_rules import RuleRecognizer
from redactcheck.detect.recognisers.term_rules import TermRecognizer
from redactcheck.resources import data_dir
from redactcheck.detect.rulefile import RuleSpec, either_apostrophe, load_rule_file, load_rules
from redactcheck.types import Declared

SPECS = load_rules([data_dir("rules")])


def _matched(spec: RuleSpec, text: str) -> list[str]:
    if spec.is_pattern_rule:
        return [text[s:e] for s, e, _ in RuleRecognizer(spec).matches(text)]
    return [text[s:e] for _, s, e, _ in TermRecognizer([spec]).find(text)]


FLAG_CASES = [pytest.param(s, t, id=f"{s.id}:flag:{t[:30]}") for s in SPECS for t in s.examples_flag]
PASS_CASES = [pytest.param(s, t, id=f"{s.id}:pass:{t[:30]}") for s in SPECS for t in s.examples_pass]


@pytest.mark.parametrize("spec,text", FLAG_CASES)
def test_rule_flags_its_examples(spec: RuleSpec, text: str) -> None:
    assert _matched(spec, text), f"{spec.id} should match {text!r}"


@pytest.mark.parametrize("spec,text", PASS_CASES)
def test_rule_passes_its_lookalikes(spec: RuleSpec, text: str) -> None:
    assert not _matched(spec, text), f"{spec.id} should not match {text!r}"


def test_every_shipped_rule_has_examples() -> None:
    missing = [s.id for s in SPECS if not s.examples_flag]
    assert not missing, f"rules without flag examples: {missing}"


def test_shipped_rule_files_cover_the_themes() -> None:
    names = {Path(s.source).name for s in SPECS}
    assert {"uk_ids.yaml", "case_refs.yaml", "ages.yaml", "local_authorities.yaml", "institutions.yaml"} <= names


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "mine.yaml"
    path.write_text(body, encoding="utf-8")
    return path


BAD_RULES = {
    "unknown category": ("rules:\n  - id: x\n    category: NAME\n    description: d\n    terms: [a]\n", "unknown category"),
    "kind mismatch": ("rules:\n  - id: x\n    category: AGE\n    kind: direct\n    description: d\n    terms: [a]\n", "does not match"),
    "bad regex": ("rules:\n  - id: x\n    category: AGE\n    description: d\n    patterns: ['(']\n", "bad regex"),
    "look-around on RE2": ("rules:\n  - id: x\n    category: AGE\n    description: d\n    patterns: ['(?<=a)b']\n", "look-around"),
    "unknown key": ("rules:\n  - id: x\n    category: AGE\n    description: d\n    terms: [a]\n    colour: red\n", "unknown key"),
    "no patterns or terms": ("rules:\n  - id: x\n    category: AGE\n    description: d\n", "either 'patterns'"),
    "unknown validator": ("rules:\n  - id: x\n    category: AGE\n    description: d\n    patterns: ['a']\n    validator: nope\n", "unknown validator"),
    "not a list": ("rules: 3\n", "a 'rules' list"),
    "unknown facet": (
        "rules:\n  - id: x\n    category: DEMOGRAPHIC\n    description: d\n    terms: [a]\n    facet: rare\n",
        "unknown facet 'rare'; use one of distinctive, street",
    ),
    "facet of another category": (
        "rules:\n  - id: x\n    category: AGE\n    description: d\n    terms: [a]\n    facet: street\n",
        "facet 'street' is for LOCATION rules",
    ),
    "facet not a word": (
        "rules:\n  - id: x\n    category: AGE\n    description: d\n    terms: [a]\n    facet: [street]\n",
        "'facet' must be a non-empty string",
    ),
    "empty generalise_as": (
        "rules:\n  - id: x\n    category: AGE\n    description: d\n    terms: [a]\n    generalise_as: ''\n",
        "'generalise_as' must be a non-empty string",
    ),
    "generalise_after alone": (
        "rules:\n  - id: x\n    category: AGE\n    description: d\n    terms: [a]\n    generalise_after: [at]\n",
        "'generalise_after' needs 'generalise_as'",
    ),
    "vouches not true or false": (
        "rules:\n  - id: x\n    category: PERSON\n    description: d\n    terms: [a]\n    vouches: yes please\n",
        "'vouches' must be true or false",
    ),
    "exceptions on terms": (
        "rules:\n  - id: x\n    category: AGE\n    description: d\n    terms: [a]\n    exceptions: [b]\n",
        "'exceptions' are for rules with 'patterns'",
    ),
    "exceptions not a list of words": (
        "rules:\n  - id: x\n    category: AGE\n    description: d\n    patterns: [a]\n    exceptions: [3]\n",
        "'exceptions' must be a list of non-empty strings",
    ),
}


@pytest.mark.parametrize("body,expected", list(BAD_RULES.values()), ids=list(BAD_RULES))
def test_bad_rule_files_give_one_line_errors_naming_file_and_line(tmp_path: Path, body: str, expected: str) -> None:
    path = _write(tmp_path, body)
    with pytest.raises(RuleError) as info:
        load_rule_file(path, user=True)
    message = str(info.value)
    assert expected in message
    assert message.startswith(f"{path}:") and "\n" not in message
    if "rule 'x'" in message:
        assert f"{path}:2:" in message  # the line where the rule starts


def test_invalid_yaml_names_the_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "rules:\n  - id: x\n    category: [AGE\n")
    with pytest.raises(RuleError, match=rf"^{path}:\d+: invalid YAML"):
        load_rule_file(path, user=True)


def test_duplicate_ids_across_folders_are_refused(tmp_path: Path) -> None:
    _write(tmp_path, "rules:\n  - id: chi-number\n    category: AGE\n    description: d\n    terms: [a]\n")
    with pytest.raises(RuleError, match="already used"):
        load_rules([data_dir("rules")], [tmp_path])


def test_user_rule_folder_adds_a_rule(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "rules:\n  - id: team-names\n    category: LOCAL_AUTHORITY\n    description: our team\n"
        "    terms: [Riverside Family Team]\n    examples:\n      flag: ['sent to Riverside Family Team']\n",
    )
    specs = load_rules([data_dir("rules")], [tmp_path])
    mine = next(s for s in specs if s.id == "team-names")
    assert mine.user and _matched(mine, "sent to riverside family team")


def test_requires_skips_a_rule_when_its_key_words_are_absent(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "rules:\n  - id: tenancy-ref\n    category: CASE_REF\n    description: d\n    requires: [tenancy]\n"
        "    patterns: ['\\bT\\d{6}\\b']\n",
    )
    spec = load_rule_file(tmp_path / "mine.yaml", user=True)[0]
    assert spec.requires == ("tenancy",)
    assert _matched(spec, "Tenancy ref T123456 is in arrears")
    assert not _matched(spec, "ref T123456 is in arrears")


def test_key_words_with_digits_or_spaces_still_find_their_text(tmp_path: Path) -> None:
    """The text that key words are looked for in has every digit as 0 and every run of
    whitespace as one space (see regex.prefilter); key words are read the same way."""
    _write(
        tmp_path,
        "rules:\n  - id: block-ref\n    category: CASE_REF\n    description: d\n"
        "    requires: ['Block 7  ref']\n    patterns: ['\\bB\\d{5}\\b']\n",
    )
    spec = load_rule_file(tmp_path / "mine.yaml", user=True)[0]
    assert _matched(spec, "Block 7\nref B12345 is open")
    assert not _matched(spec, "Block ref B12345 is open")


def test_a_rule_declares_its_behaviour(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "rules:\n  - id: our-conditions\n    category: DEMOGRAPHIC\n    description: d\n"
        "    terms: [Kelsworth syndrome]\n    facet: distinctive\n    described_as: a rare condition\n"
        "    generalise_as: a rare condition\n    generalise_after: [has, with]\n",
    )
    spec = load_rule_file(tmp_path / "mine.yaml", user=True)[0]
    assert spec.declared == Declared("distinctive", "a rare condition", "a rare condition", ("has", "with"))
    assert load_rule_file(tmp_path / "mine.yaml", user=True)[0].exceptions == ()


def _exception_rule(tmp_path: Path, exceptions: str) -> RuleSpec:
    _write(
        tmp_path,
        "rules:\n  - id: named-before-age\n    category: PERSON\n    description: d\n"
        "    case_sensitive: true\n    patterns: ['\\b(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?) \\(\\d+\\)']\n"
        f"    group: name\n{exceptions}",
    )
    return load_rule_file(tmp_path / "mine.yaml", user=True)[0]


@pytest.mark.parametrize(
    "text,found",
    [
        ("Jamie (14) and Ward (7)", ["Jamie"]),  # an exception is no finding
        ("Ward-Smith (14)", ["Smith"]),  # the search goes on inside it, as a lookahead's would
        ("Wardle (14)", ["Wardle"]),  # a whole word only
        ("WARD (14)", []),  # no match at all: the rule is case-sensitive
    ],
)
def test_exceptions_are_matched_texts_that_are_not_findings(tmp_path: Path, text: str, found: list[str]) -> None:
    """The user's rules run on RE2, which has no lookahead: `exceptions` say what to skip."""
    spec = _exception_rule(tmp_path, "    exceptions: [Ward, Flat]\n")
    assert _matched(spec, text) == found
    unexcepted = _exception_rule(tmp_path, "")
    assert "Ward" in _matched(unexcepted, "Jamie (14) and Ward (7)")


def test_shipped_rules_use_exceptions_not_lookaheads() -> None:
    spec = next(s for s in SPECS if s.id == "name-before-age")
    assert "Section" in spec.exceptions and "(?!" not in spec.patterns[0]
    assert _matched(spec, "see Section (14) for Ruby (9)") == ["Ruby"]
    assert _matched(spec, "Ward-Smith (14)") == ["Smith"]  # as the lookahead had it


@pytest.mark.parametrize(
    ("written", "read"),
    [
        (r"\b(?:she|he)'s\s+(?P<age>\d{1,2})", r"\b(?:she|he)['’]s\s+(?P<age>\d{1,2})"),
        (r"[a-z'’-]+", r"[a-z'’-]+"),  # a class that has both already
        (r"[^'\"]+", r"[^'’\"]+"),
        (r"[]']", r"[]'’]"),  # a ] first in a class is a character
        (r"\'s", r"\'s"),  # an escaped apostrophe is left as written
    ],
)
def test_an_apostrophe_in_a_rule_matches_the_curly_one_too(written: str, read: str) -> None:
    assert either_apostrophe(written) == read


def test_a_user_rule_with_an_apostrophe_finds_the_curly_one(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "rules:\n  - id: nan-name\n    category: PERSON\n    description: a nan's name\n"
        "    patterns: ['\\bnan''s\\s+(?P<n>[A-Z][a-z]+)']\n    group: n\n    case_sensitive: true\n"
        "    examples:\n      flag: ['my nan''s Maureen']\n",
    )
    specs = load_rules([data_dir("rules")], [tmp_path])
    mine = next(s for s in specs if s.id == "nan-name")
    assert _matched(mine, "my nan’s Maureen") == ["Maureen"]
    assert _matched(mine, "my nan's Maureen") == ["Maureen"]
