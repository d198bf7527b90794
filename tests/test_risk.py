"""The risk score is a pure, monotonic function of the findings and models/risk.yaml."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from redactcheck import risk
from redactcheck.risk.facets import facet
from redactcheck.risk.params import load_params
from redactcheck.detect.rulefile import load_rules
from redactcheck.resources import data_dir
from redactcheck.types import RULE_FACETS, Category, Declared, Finding

CATEGORIES = [c.value for c in Category]
WORDS = ["Jamie", "Sarah Thompson", "14", "Govan High", "G51 3QW", "Partick", "Polish", "3rd March",
         "in her 80s", "March", "2019", "Kelvinhaugh Street", "Glasgow City Council", "@jay_99", "Glasgow", "FK2"]
RULES = ["test", "rare-condition", "distinctive-job", "nationality", "named-street"]
PLACES = {"glasgow": 0.05, "partick": 0.25, "paisley": 0.12}
DECLARED = {spec.id: spec.declared for spec in load_rules([data_dir("rules")])}  # what each rule says


def finding(category: str, text: str, start: int = 0, rule: str = "test", line: int = 0, strength: str = "") -> Finding:
    declared = DECLARED.get(rule, Declared())
    return Finding(start, start + len(text), category, 0.8, rule, "why", text, line, strength=strength,
                   declared=declared)


def weak(text: str, start: int = 0) -> Finding:
    """A name only the model found, with nothing around it (redactcheck.risk.strength)."""
    return finding("PERSON", text, start, rule="ner-person", strength="weak")


finding_strategy = st.builds(
    finding, st.sampled_from(CATEGORIES), st.sampled_from(WORDS), st.integers(0, 3000), st.sampled_from(RULES)
)
findings_strategy = st.lists(finding_strategy, max_size=12)


@settings(max_examples=300, deadline=None)
@given(findings_strategy, st.builds(finding, st.sampled_from(CATEGORIES), st.sampled_from(WORDS)))
def test_adding_a_finding_never_lowers_the_score(base: list[Finding], extra: Finding) -> None:
    assert risk.score(base + [extra]).value >= risk.score(base).value
    assert risk.score(base + [extra], PLACES).value >= risk.score(base, PLACES).value


@settings(max_examples=300, deadline=None)
@given(findings_strategy, finding_strategy)
def test_adding_a_finding_anywhere_never_lowers_the_score_even_when_it_joins_groups(base: list[Finding], extra: Finding) -> None:
    """A finding between two groups chains them into one; the joined group can only score higher."""
    before, after = risk.score(base, PLACES).value, risk.score(base + [extra], PLACES).value
    assert after >= before


@settings(max_examples=300, deadline=None)
@given(findings_strategy, st.data())
def test_removing_a_finding_never_raises_the_score(base: list[Finding], data: st.DataObject) -> None:
    if not base:
        return
    index = data.draw(st.integers(0, len(base) - 1))
    fewer = base[:index] + base[index + 1 :]
    assert risk.score(fewer).value <= risk.score(base).value
    assert risk.score(fewer, PLACES).value <= risk.score(base, PLACES).value


@given(findings_strategy)
def test_a_scores_reasons_are_the_reason_lines_of_its_findings(found: list[Finding]) -> None:
    """score() words its reasons from the assessment it has made, not from a second one."""
    assert risk.score(found, PLACES).reasons == tuple(risk.reason_lines(found, PLACES))


@given(findings_strategy)
def test_score_is_bounded_and_banded(found: list[Finding]) -> None:
    result = risk.score(found)
    assert 0.0 <= result.value <= 100.0
    assert result.band == risk.band_for(result.value)


def test_nothing_found_is_low_risk() -> None:
    result = risk.score([])
    assert result.value == 0 and result.band == "low"


def test_any_direct_identifier_with_strong_evidence_reaches_the_flag_threshold() -> None:
    for category in Category:
        if category.kind == "direct":
            assert risk.score([finding(category.value, "x", strength="strong")]).value >= 50, category
    assert risk.score([finding("PERSON", "Jamie", strength="strong")]).value >= 50
    assert risk.score([finding("PERSON", "Sarah Thompson")]).value >= 50


def test_a_weak_name_is_reported_but_does_not_flag_alone() -> None:
    """One word only the model called a name, with no context (issue 15): often a word or a
    colleague, so alone it stays below the flag threshold. With an age beside it the name is strong
    (redactcheck.risk.strength) and the draft is flagged."""
    alone = risk.score([weak("Jamie")])
    with_age = risk.score([finding("PERSON", "Jamie", strength="strong"), finding("AGE", "14", 7)])
    assert 0 < alone.value < 50 <= with_age.value
    assert alone.reasons == ("a name (direct)",)


def test_a_strong_name_outweighs_the_same_name_weak() -> None:
    assert risk.score([finding("PERSON", "Jamie", strength="strong")]).value > risk.score([weak("Jamie")]).value


@settings(max_examples=200, deadline=None)
@given(findings_strategy, st.sampled_from(WORDS), st.integers(0, 3000))
def test_adding_a_weak_finding_never_lowers_the_score(base: list[Finding], text: str, start: int) -> None:
    assert risk.score(base + [weak(text, start)]).value >= risk.score(base).value


def test_full_name_with_address_is_high() -> None:
    result = risk.score([finding("PERSON", "Sarah Thompson"), finding("ADDRESS", "58 Kelvinhaugh Street", 30)])
    assert result.band == "high"
    assert result.reasons[0].startswith("a full name with a street address")


def test_quasi_identifiers_of_different_kinds_add_up_more_steeply() -> None:
    one_kind = risk.score([finding("AGE", "14"), finding("AGE", "9", 10), finding("AGE", "7", 20)])
    three_kinds = risk.score([finding("AGE", "14"), finding("INSTITUTION", "Govan High", 10), finding("LOCATION", "Westray", 30)])
    assert three_kinds.value > one_kind.value
    assert three_kinds.value >= 50


def test_repeating_a_name_does_not_add_risk() -> None:
    once = risk.score([finding("PERSON", "Jamie")])
    thrice = risk.score([finding("PERSON", "Jamie"), finding("PERSON", "Jamie", 20), finding("PERSON", "jamie", 40)])
    assert once.value == thrice.value


def test_parameters_file_loads_with_a_version_and_sane_values() -> None:
    params = load_params()
    assert params.version and float(params.version) >= 2
    assert all(0.0 <= w <= 1.0 for w in params.weights.values())
    assert all(w >= 0.5 for key, w in params.weights.items() if Category(key.split(".")[0]).kind == "direct" and key != "PERSON.weak")
    assert params.weights["PERSON.weak"] < params.threshold / 100 <= params.weights["PERSON.first"] <= params.weights["PERSON.full"]
    assert list(params.joint) == sorted(params.joint)
    assert params.threshold == 50 and params.high > params.medium


def weight_of(category: str, text: str, rule: str = "test") -> float:
    return risk.weight(finding(category, text, rule=rule), PLACES)


def test_more_specific_identifiers_weigh_more() -> None:
    assert weight_of("AGE", "14") > weight_of("AGE", "in her 80s") > 0
    assert weight_of("AGE", "aged 87") > weight_of("AGE", "in his late eighties")
    assert weight_of("DATE", "3rd March") > weight_of("DATE", "March 2023") > weight_of("DATE", "2019")
    assert weight_of("DATE", "12/09") > weight_of("DATE", "March")
    assert weight_of("LOCATION", "Partick") > weight_of("LOCATION", "Paisley") > weight_of("LOCATION", "Glasgow")
    assert weight_of("LOCATION", "Westray") > weight_of("LOCATION", "Glasgow")  # unknown place counts as small
    assert weight_of("LOCATION", "Kelvinhaugh Street", "named-street") > weight_of("LOCATION", "Glasgow")
    assert weight_of("DEMOGRAPHIC", "progeria", "rare-condition") > weight_of("DEMOGRAPHIC", "asthma", "nationality")
    assert weight_of("DEMOGRAPHIC", "lifeboat cox", "distinctive-job") > weight_of("DEMOGRAPHIC", "Polish", "nationality")
    assert weight_of("PERSON", "Sarah Thompson") > weight_of("PERSON", "Sarah R.") == weight_of("PERSON", "Sarah")


def test_a_village_named_as_an_organisation_still_counts_as_a_village() -> None:
    assert weight_of("INSTITUTION", "Partick") == weight_of("LOCATION", "Partick")


def test_details_of_one_person_together_score_higher_than_scattered() -> None:
    texts = [("AGE", "14"), ("INSTITUTION", "Govan High"), ("LOCATION", "Partick")]
    together = [finding(c, t, 20 * i) for i, (c, t) in enumerate(texts)]
    scattered = [finding(c, t, 2000 * i) for i, (c, t) in enumerate(texts)]
    assert risk.score(together, PLACES).value > risk.score(scattered, PLACES).value > 0
    assert risk.score(together, PLACES).value >= 50


def test_same_line_groups_one_person_even_far_apart() -> None:
    texts = [("AGE", "14"), ("INSTITUTION", "Govan High"), ("LOCATION", "Partick")]
    one_line = [finding(c, t, 900 * i, line=3) for i, (c, t) in enumerate(texts)]
    lines = [finding(c, t, 900 * i, line=3 + 10 * i) for i, (c, t) in enumerate(texts)]
    assert len(risk.groups(one_line, 150)) == 1 and len(risk.groups(lines, 150)) == 3
    assert risk.score(one_line, PLACES).value > risk.score(lines, PLACES).value


def test_quasi_reason_names_the_kinds_and_never_the_text() -> None:
    found = [finding("AGE", "14"), finding("INSTITUTION", "Govan High", 10), finding("LOCATION", "Partick", 30)]
    result = risk.score(found, PLACES)
    assert result.reasons[0] == "a small place, a named school and an exact age together point to one person (quasi)"
    assert not any(t in r for r in result.reasons for t in ("14", "Govan", "Partick"))
    shown = risk.reason_lines(found, PLACES, show_text=True)[0]
    assert "a small place (Partick)" in shown and "an exact age (14)" in shown


def _declared(category: str, text: str, rule: str, declared: Declared) -> Finding:
    return Finding(0, len(text), category, 0.8, rule, "why", text, declared=declared)


def test_a_rule_declares_its_facet_and_words_its_id_says_nothing() -> None:
    """The facet and the words come from what the rule declares (`facet`, `described_as`):
    a rule named like a distinctive one but declaring nothing is a common detail."""
    params = load_params()
    mine = _declared("DEMOGRAPHIC", "lighthouse keeper", "my-rule", Declared("distinctive", "a rare job"))
    named_only = _declared("DEMOGRAPHIC", "lighthouse keeper", "distinctive-job", Declared())
    assert facet(mine) == "DEMOGRAPHIC.distinctive" and facet(named_only) == "DEMOGRAPHIC.common"
    assert risk.weight(mine) == params.weights["DEMOGRAPHIC.distinctive"]
    assert risk.phrase(mine, None, params) == "a rare job"
    assert risk.phrase(named_only, None, params) == "a nationality, language or faith"
    street = _declared("LOCATION", "the Wynding", "my-streets", Declared(facet="street"))
    assert facet(street) == "LOCATION.street"
    assert facet(_declared("LOCATION", "the Wynding", "named-street", Declared())) == "LOCATION.place"
    # declared "distinctive" without words of its own: the facet's words from models/risk.yaml
    plain = _declared("DEMOGRAPHIC", "lighthouse keeper", "my-rule", Declared("distinctive"))
    assert risk.phrase(plain, None, params) == params.phrases["DEMOGRAPHIC.distinctive"]


def test_every_facet_a_rule_may_declare_has_a_weight_and_words() -> None:
    params = load_params()
    for facet_name, category in RULE_FACETS.items():
        assert f"{category.value}.{facet_name}" in params.weights
        assert f"{category.value}.{facet_name}" in params.phrases


def _risk_file(tmp_path: Path, change: Callable[[dict], None]) -> Path:
    raw = yaml.safe_load((data_dir("models") / "risk.yaml").read_text(encoding="utf-8"))
    change(raw)
    path = tmp_path / "risk.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "change,message",
    [
        (lambda raw: raw["weights"].pop("DEMOGRAPHIC"), "no weight for DEMOGRAPHIC.distinctive, DEMOGRAPHIC.common"),
        (lambda raw: raw["weights"]["LOCATION"].pop("street"), "no weight for LOCATION.street"),
        (lambda raw: raw["places"].pop("town"), "no place weight for town"),
        (lambda raw: raw["phrases"]["facets"].pop("AGE.band"), "no phrase for AGE.band"),
        (lambda raw: raw["phrases"].pop("places"), "no place phrase for small, town, city"),
        (lambda raw: raw["phrases"]["institutions"].pop(), "phrases.institutions must be"),
    ],
)
def test_a_missing_weight_or_wording_is_an_error_at_load(tmp_path: Path, change, message: str) -> None:
    """A category, facet or place without its weight or words stops the load, naming the file and
    every key missing, instead of a KeyError in the middle of a check."""
    path = _risk_file(tmp_path, change)
    with pytest.raises(ValueError) as info:
        load_params(path)
    assert str(info.value).startswith(f"{path}: {message}")


def test_the_shipped_file_and_a_copy_of_it_load_alike(tmp_path: Path) -> None:
    assert load_params(_risk_file(tmp_path, lambda raw: None)) == load_params()

