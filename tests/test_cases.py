"""Case files: drafts with the expected spans marked inline.

`tests/cases/<CATEGORY>.yml` holds `flag:` strings with `[[CATEGORY:text]]`
marks, `refuse:` strings marked the same way whose draft the default `--fail-on`
must also refuse (a name reported only as weak lets a draft through), `pass:`
strings that must produce no finding at all, `allow:` strings the default `--fail-on`
must not refuse (a colleague's name may still be shown, weak, for the writer to see),
and `redact:` before/after pairs. Written for these tests, not taken from the dev corpus.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from redactcheck.types import reaches_fail_on

CASES = Path(__file__).parent / "cases"
MARK = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]")


def unmark(marked: str) -> tuple[str, list[tuple[str, int, int]]]:
    """Plain text and (category, start, end) of each mark."""
    text, spans, pos = [], [], 0
    length = 0
    for match in MARK.finditer(marked):
        text.append(marked[pos : match.start()])
        length += match.start() - pos
        spans.append((match.group(1), length, length + len(match.group(2))))
        text.append(match.group(2))
        length += len(match.group(2))
        pos = match.end()
    text.append(marked[pos:])
    return "".join(text), spans


def _load() -> dict[str, list]:
    out: dict[str, list] = {"flag": [], "refuse": [], "pass": [], "allow": [], "redact": []}
    for path in sorted(CASES.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for key in out:
            out[key].extend(pytest.param(item, id=f"{path.stem}:{str(item)[:40]}") for item in data.get(key, []))
    return out


LOADED = _load()


@pytest.mark.parametrize("marked", LOADED["flag"])
def test_marked_spans_are_found_with_their_category(linter, marked: str) -> None:
    text, spans = unmark(marked)
    report = linter.check(text)
    found = [(f.category, f.start, f.end) for f in report.findings]
    for category, start, end in spans:
        covering = [c for c, s, e in found if s <= start and end <= e]
        assert covering, f"{text[start:end]!r} not found in {text!r}; found {found}"
        assert category in covering, f"{text[start:end]!r} found as {covering}, expected {category}"


@pytest.mark.parametrize("marked", LOADED["refuse"])
def test_marked_drafts_are_refused(linter, marked: str) -> None:
    text, spans = unmark(marked)
    report = linter.check(text)
    found = [(f.category, f.start, f.end) for f in report.findings]
    assert all(any(s <= start and end <= e for _, s, e in found) for _, start, end in spans), found
    assert reaches_fail_on(report, "default"), [(f.text, f.strength, f.evidence) for f in report.findings]


@pytest.mark.parametrize("text", LOADED["pass"])
def test_lookalikes_are_not_flagged(linter, text: str) -> None:
    report = linter.check(text)
    assert not report.findings, [(f.category, f.text) for f in report.findings]


@pytest.mark.parametrize("text", LOADED["allow"])
def test_allowed_drafts_are_not_refused(linter, text: str) -> None:
    report = linter.check(text)
    assert not reaches_fail_on(report, "default"), [
        (f.category, f.text, f.strength, f.evidence) for f in report.findings if f.kind == "direct"
    ]


@pytest.mark.parametrize("pair", LOADED["redact"])
def test_redaction(linter, pair: list[str]) -> None:
    before, after = pair
    assert linter.redact(before) == after


def test_a_name_found_by_a_rule_ends_with_its_line(linter) -> None:
    """A rule's \\s may run over a line break ("called Blessing\\nye"); a name never does."""
    report = linter.check("his mum rang, shes called Blessing\nye ill ring her at lunch")
    assert [(f.text, f.category) for f in report.findings] == [("Blessing", "PERSON")]


def test_no_label_or_article_is_left_over_from_a_merge(linter) -> None:
    """What a longer span leaves of a shorter one is reported only if it identifies someone:
    not "the" of "the Royal Victoria", not "DoLS ref" of a DoLS number."""
    text = ("A DoLS renewal puzzle.\n\nMr B has been on Ward 12 in the Royal Victoria Hospital twice since the "
            "spring, and the renewal is still waiting (DoLS ref DOLS-NCL-24-1187).")
    texts = {f.text for f in linter.check(text).findings}
    assert "DOLS-NCL-24-1187" in texts
    assert not texts & {"the", "DoLS", "DoLS ref"}


def test_a_welsh_street_ends_before_a_function_word(linter) -> None:
    """ "3 Lôn Glanrafon from the council": the street's name is one word here, not "from"."""
    found = [f.text for f in linter.check("They rent 3 Lôn Glanrafon from the council.").findings]
    assert found == ["3 Lôn Glanrafon"]
