"""The generalise style's phrases: its noun tables (models/generalise.yaml) and what a rule
declares (`generalise_as`, `generalise_after`), never what its id looks like."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from redactcheck.detect.rulefile import load_rules
from redactcheck.redaction import generalise as gen
from redactcheck.redaction import generalised, redact
from redactcheck.resources import data_dir
from redactcheck.types import Declared, Finding

SPECS = {spec.id: spec for spec in load_rules([data_dir("rules")])}
RARE = Declared(facet="distinctive", generalise_as="a rare condition")
LANGUAGE = Declared(generalise_as="another language", generalise_after=("speaks", "fluent in"))


def _demographic(core: str, declared: Declared = Declared()) -> gen.Span:
    return gen.Span("DEMOGRAPHIC", core, declared=declared)


@pytest.mark.parametrize(
    "declared,before,expected",
    [
        (RARE, "She has ", "a rare condition"),  # the rule's own phrase
        (Declared(), "She has ", "[DEMOGRAPHIC]"),  # nothing declared: tagged
        (LANGUAGE, "She speaks ", "another language"),  # after one of its words
        (LANGUAGE, "He is FLUENT IN ", "another language"),  # in any case
        (LANGUAGE, "She is a ", "[DEMOGRAPHIC]"),  # "a another language speaker" would not read
        (LANGUAGE, "She misspeaks ", "[DEMOGRAPHIC]"),  # a whole word only
    ],
)
def test_a_rule_declares_what_its_findings_generalise_to(
    declared: Declared, before: str, expected: str
) -> None:
    assert generalised(_demographic("Kelsworth", declared), before) == expected


def test_the_declared_phrase_wins_over_the_category_generaliser() -> None:
    span = gen.Span("INSTITUTION", "Rosewood Care Home", declared=Declared(generalise_as="a home"))
    assert generalised(span, "lives at ") == "a home"
    assert generalised(gen.Span("INSTITUTION", "Rosewood Care Home"), "lives at ") == "a care home"


def test_shipped_rules_declare_their_phrases_and_redaction_reads_them() -> None:
    """`rare-condition` and `language-spoken` carry their phrases in rules/demographics.yaml;
    a finding made with a rule's declaration is generalised by it, whatever its id says."""
    text = "She speaks Tigrinya and has progeria."
    language = SPECS["language-spoken"].declared
    condition = SPECS["rare-condition"].declared
    findings = [
        Finding(11, 19, "DEMOGRAPHIC", 0.8, "my-rule", "why", "Tigrinya", declared=language),
        Finding(28, 36, "DEMOGRAPHIC", 0.8, "my-other-rule", "why", "progeria", declared=condition),
    ]
    assert redact(text, findings, "generalise") == (
        "She speaks another language and has a rare condition."
    )
    undeclared = [Finding(28, 36, "DEMOGRAPHIC", 0.8, "rare-condition", "why", "progeria")]
    assert redact(text, undeclared, "generalise") == "She speaks Tigrinya and has [DEMOGRAPHIC]."


@pytest.mark.parametrize(
    "name,noun",
    [
        ("Hyndland Secondary", "a secondary school"),
        ("St Anne's Primary", "a primary school"),
        ("Rosewood Care Home", "a care home"),
        ("Ward 7", "a hospital ward"),
        ("Kelsworth Sheriff Court", "a court"),
        ("The Larder", "a local service"),  # no pattern found: the table's default
    ],
)
def test_an_organisation_is_named_by_the_first_pattern_of_the_noun_table(
    name: str, noun: str
) -> None:
    assert gen.institution(gen.Span("INSTITUTION", name)) == noun


def test_categories_with_one_phrase_read_it_from_the_table() -> None:
    assert gen.fixed("ADDRESS") == "their home"
    assert gen.fixed("DEMOGRAPHIC") is None  # no fixed phrase: a rule's own, or a tag


def test_a_year_old_before_a_person_noun_reads_as_an_adjective() -> None:
    assert gen.age(gen.Span("AGE", "14-year-old", "a ", "girl")) == "a teenage"
    assert gen.age(gen.Span("AGE", "14-year-old", "a ", "bike")) == "a teenager"


def _tables(tmp_path: Path, **changes: object) -> Path:
    raw = yaml.safe_load((data_dir("models") / "generalise.yaml").read_text(encoding="utf-8"))
    raw.update(changes)
    path = tmp_path / "generalise.yaml"
    path.write_text(yaml.safe_dump({k: v for k, v in raw.items() if v is not None}), "utf-8")
    return path


def test_the_noun_tables_load_from_a_file_given(tmp_path: Path) -> None:
    nouns = gen.nouns_from(_tables(tmp_path, institution_default="place"))
    assert nouns.institution_default == "place" and nouns.fixed == gen.nouns().fixed


@pytest.mark.parametrize(
    "changes,message",
    [
        ({"fixed": None}, "no fixed"),
        ({"fixed": {"ADRESS": "their home"}}, "unknown category ADRESS"),
    ],
)
def test_a_bad_noun_table_is_an_error_at_load(tmp_path: Path, changes: dict, message: str) -> None:
    path = _tables(tmp_path, **changes)
    with pytest.raises(ValueError, match=f"^{path}: {message}"):
        gen.nouns_from(path)
