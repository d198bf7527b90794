"""The risk score is a pure, monotonic function of the findings."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from redactcheck import risk
from redactcheck.types import Category, Finding

CATEGORIES = [c.value for c in Category]
WORDS = ["Jamie", "Sarah Thompson", "14", "Govan High", "G51 3QW", "Partick", "Polish", "3rd March"]


def finding(category: str, text: str, start: int = 0) -> Finding:
    return Finding(start, start + len(text), category, 0.8, "test", "why", text)


findings_strategy = st.lists(
    st.builds(finding, st.sampled_from(CATEGORIES), st.sampled_from(WORDS), st.integers(0, 500)), max_size=12
)


@settings(max_examples=300, deadline=None)
@given(findings_strategy, st.builds(finding, st.sampled_from(CATEGORIES), st.sampled_from(WORDS)))
def test_adding_a_finding_never_lowers_the_score(base: list[Finding], extra: Finding) -> None:
    assert risk.score(base + [extra]).value >= risk.score(base).value


@settings(max_examples=300, deadline=None)
@given(findings_strategy, st.data())
def test_removing_a_finding_never_raises_the_score(base: list[Finding], data: st.DataObject) -> None:
    if not base:
        return
    index = data.draw(st.integers(0, len(base) - 1))
    fewer = base[:index] + base[index + 1 :]
    assert risk.score(fewer).value <= risk.score(base).value


@given(findings_strategy)
def test_score_is_bounded_and_banded(found: list[Finding]) -> None:
    result = risk.score(found)
    assert 0.0 <= result.value <= 100.0
    assert result.band == risk.band_for(result.value)


def test_nothing_found_is_low_risk() -> None:
    result = risk.score([])
    assert result.value == 0 and result.band == "low"


def test_any_direct_identifier_reaches_the_flag_threshold() -> None:
    for category in Category:
        if category.kind == "direct":
            assert risk.score([finding(category.value, "x")]).value >= 50, category


def test_full_name_with_address_is_high() -> None:
    result = risk.score([finding("PERSON", "Sarah Thompson"), finding("ADDRESS", "41 Langlands Road", 30)])
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
