"""redactcheck evaluate applies the shared scorer's definitions."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from redactcheck import evaluate as ev
from redactcheck.errors import InputError

DRAFT = {
    "id": "x", "safe": False, "text": "Met Jo Bloggs at 12 Kelvin Road, G11 6PS.",
    "spans": [
        {"start": 4, "end": 13, "label": "PERSON", "kind": "direct"},
        {"start": 17, "end": 31, "label": "ADDRESS", "kind": "direct"},
        {"start": 33, "end": 40, "label": "POSTCODE", "kind": "direct"},
    ],
    "ok_spans": [{"start": 0, "end": 3}],
}


def test_a_span_is_caught_only_when_every_letter_is_covered() -> None:
    scores = ev.Scores()
    ev.add_draft(scores, DRAFT, [(4, 8), (17, 31), (30, 41)], 80.0)  # "Jo B" only: Bloggs leaks
    out = ev.summary(scores, 50.0)
    assert out["recall"]["PERSON"]["caught"] == 0
    assert out["recall"]["ADDRESS"]["caught"] == 1 and out["recall"]["POSTCODE"]["caught"] == 1
    assert out["precision"] == 1.0 and out["ok_false_alarm_rate"] == 0.0
    assert out["unsafe_flagged"] == 1.0 and out["safe_flagged"] is None


def test_false_alarm_on_an_ok_span_and_precision() -> None:
    scores = ev.Scores()
    ev.add_draft(scores, DRAFT, [(0, 3), (4, 13)], 10.0)
    out = ev.summary(scores, 50.0)
    assert out["ok_false_alarm_rate"] == 1.0 and out["precision"] == 0.5
    assert out["unsafe_flagged"] == 0.0


def test_auc_counts_ties_as_half() -> None:
    assert ev.auc([80, 50], [50, 10]) == pytest.approx(0.875)


def test_bad_gold_file_is_a_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(DRAFT) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"gold.jsonl:2: not a gold draft"):
        ev.read_gold(path)
