"""Reporters, fed hand-built Reports (no engine): golden output, SARIF validity, hidden text.

Regenerate the golden files with REDACTCHECK_UPDATE_GOLDEN=1 and review the diff.
"""

from __future__ import annotations

import importlib.metadata
import io
import json
import os
from pathlib import Path

import jsonschema
import pytest

from redactcheck.errors import ConfigError
from redactcheck.reporters import REPORTERS, get_reporter
from redactcheck.reporters import sarif
from redactcheck.types import Finding, Report, ReporterOptions, RiskScore, Suppressed, line_col

GOLDEN = Path(__file__).parent / "golden"
# The official OASIS schema, kept in the project's shared folder: ../shared beside the checkout,
# which is /work/shared on the project's machines (a fresh clone made elsewhere, as CI's is,
# still finds it there). It is the only file outside the repository a test reads.
_SCHEMA_NAME = Path("schemas") / "sarif-schema-2.1.0.json"
_SHARED = (Path(__file__).resolve().parents[2] / "shared", Path("/work/shared"))
SCHEMA = next((p / _SCHEMA_NAME for p in _SHARED if (p / _SCHEMA_NAME).is_file()), _SCHEMA_NAME)
CASE = (
    "Jane Smith, aged 14, attends St Mary's School.\n"
    "She lives at 12 Acacia Avenue,\nLeeds LS1 4AB. See [NAME] and Smith v Jones [2019].\n"
)
OTHER = "Met [NAME] with Smith v Jones [2019] in mind.\n"


def finding(
    text: str, needle: str, category: str, rule: str, explanation: str, score: float = 0.9
) -> Finding:
    start = text.index(needle)
    line, column = line_col(text, start)
    return Finding(
        start, start + len(needle), category, score, rule, explanation, needle, line, column
    )


def build_reports() -> list[Report]:
    person = finding(CASE, "Jane Smith", "PERSON", "ner-person", "Looks like a person's name")
    age = finding(
        CASE, "aged 14", "AGE", "age-phrase", "An exact age narrows down who this is", 0.7
    )
    school = finding(CASE, "St Mary's School", "INSTITUTION", "school-name", "Names a school", 0.8)
    address = finding(
        CASE, "12 Acacia Avenue,\nLeeds", "ADDRESS", "street-address", "Looks like a street address"
    )
    postcode = finding(CASE, "LS1 4AB", "POSTCODE", "uk-postcode", "A full UK postcode", 0.99)
    case = Report(
        text=CASE,
        findings=(person, age, school, address, postcode),
        risk_score=RiskScore(
            82.4, "high", ("names a person with their school and address", "exact age"), (person,)
        ),
        suppressed=(
            Suppressed(
                finding(CASE, "[NAME]", "PERSON", "ner-person", "Looks like a person's name"),
                "placeholder",
            ),
            Suppressed(
                finding(CASE, "Smith v Jones", "PERSON", "ner-person", "Looks like a name"),
                "citation",
            ),
            Suppressed(
                finding(CASE, "Leeds", "LOCATION", "gazetteer", "A place in the UK", 0.4),
                "placeholder",
            ),
        ),
        source="notes/case-1.md",
    )
    clean = Report(
        text=OTHER, findings=(), risk_score=RiskScore(3.0, "low"), source="notes/clean.txt"
    )
    return [case, clean]


MATCHED = [
    "Jane Smith",
    "aged 14",
    "St Mary's School",
    "12 Acacia Avenue",
    "LS1 4AB",
    "[NAME]",
    "Smith v Jones",
]
GOLDEN_CASES = [
    ("text", ReporterOptions(show_text=True, verbose=False), "text.txt"),
    ("text", ReporterOptions(show_text=False), "text_hidden.txt"),
    ("json", ReporterOptions(show_text=True), "report.json"),
    ("sarif", ReporterOptions(show_text=False), "report.sarif"),
    ("github", ReporterOptions(show_text=True), "github.txt"),
]


@pytest.fixture(autouse=True)
def fixed_version(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sarif, "tool_version", lambda: "0.0.0")


def render(name: str, options: ReporterOptions, reports: list[Report] | None = None) -> str:
    out = io.StringIO()
    get_reporter(name)(build_reports() if reports is None else reports, out, options)
    return out.getvalue()


@pytest.mark.parametrize(("name", "options", "golden"), GOLDEN_CASES)
def test_matches_golden_file(name: str, options: ReporterOptions, golden: str) -> None:
    output = render(name, options)
    path = GOLDEN / golden
    if os.environ.get("REDACTCHECK_UPDATE_GOLDEN"):
        path.write_text(output, encoding="utf-8")
    assert output == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(REPORTERS))
@pytest.mark.parametrize("verbose", [False, True])
@pytest.mark.parametrize("color", [False, True])
def test_hidden_text_never_appears(name: str, verbose: bool, color: bool) -> None:
    output = render(name, ReporterOptions(show_text=False, color=color, verbose=verbose))
    for needle in MATCHED:
        assert needle not in output, (name, needle)


def test_github_never_shows_text_even_when_allowed() -> None:
    output = render("github", ReporterOptions(show_text=True))
    assert not any(needle in output for needle in MATCHED)


def test_sarif_is_schema_valid_with_and_without_text() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    for show_text in (True, False):
        jsonschema.Draft7Validator(schema).validate(
            json.loads(render("sarif", ReporterOptions(show_text=show_text)))
        )
    jsonschema.Draft7Validator(schema).validate(
        json.loads(render("sarif", ReporterOptions(), reports=[]))
    )


def test_sarif_regions_and_levels() -> None:
    run = json.loads(render("sarif", ReporterOptions(show_text=True)))["runs"][0]
    regions = [r["locations"][0]["physicalLocation"]["region"] for r in run["results"]]
    assert regions[0] == {"startLine": 1, "startColumn": 1, "endLine": 1, "endColumn": 11}
    assert regions[3] == {"startLine": 2, "startColumn": 14, "endLine": 3, "endColumn": 6}
    assert [r["level"] for r in run["results"]] == ["error", "warning", "warning", "error", "error"]
    assert run["results"][0]["message"]["text"] == "Looks like a person's name [Jane Smith]"
    assert [rule["id"] for rule in run["tool"]["driver"]["rules"]][:2] == [
        "ner-person",
        "age-phrase",
    ]


def test_sarif_version_falls_back_without_package_metadata(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.undo()

    def missing(name: str) -> str:
        raise importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(importlib.metadata, "version", missing)
    assert sarif.tool_version() == "0.0.0"


def test_sarif_uri_is_relative_with_forward_slashes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert sarif.artifact_uri(str(tmp_path / "dir" / "my notes.md")) == "dir/my%20notes.md"
    assert sarif.artifact_uri("<stdin>") == "%3Cstdin%3E"


def test_multiline_match_stays_on_one_line() -> None:
    lines = render("text", ReporterOptions(show_text=True)).splitlines()
    assert (
        "notes/case-1.md:2:14: an address (identifies someone on its own): Looks like a street address "
        "[12 Acacia Avenue, Leeds]"
    ) in lines


def test_line_and_column_fall_back_to_offsets() -> None:
    unset = Finding(4, 8, "PERSON", 0.9, "r", "A name", "Jane")
    report = Report(
        text="ab\n Jane\n", findings=(unset,), risk_score=RiskScore(50, "medium"), source="x.txt"
    )
    assert render("text", ReporterOptions(show_text=False), [report]).startswith(
        "x.txt:2:2: a name"
    )
    assert "line=2,col=2," in render("github", ReporterOptions(), [report])


def test_color_output_underlines_the_finding() -> None:
    output = render("text", ReporterOptions(show_text=True, color=True))
    assert "\x1b[" in output
    assert "    Jane Smith, aged 14, attends St Mary's School." in output
    assert "    ^^^^^^^^^^" in output


def test_json_without_text_has_no_text_fields() -> None:
    document = json.loads(render("json", ReporterOptions(show_text=False)))
    assert document["version"] == 1
    assert all(
        "text" not in f for file in document["files"] for f in file["findings"] + file["suppressed"]
    )
    assert document["summary"]["findings"] == 5


def test_empty_run_and_unknown_reporter() -> None:
    assert (
        render("text", ReporterOptions(), reports=[])
        == "0 files checked, 0 findings (0 direct, 0 quasi), 0 suppressed; highest risk 0 (low)\n"
    )
    with pytest.raises(ConfigError, match="unknown output format 'xml'"):
        get_reporter("xml")


def test_reporters_import_no_engine() -> None:
    for module in ("text", "json", "sarif", "github"):
        source = (
            Path(__file__).parents[1] / "redactcheck" / "reporters" / f"{module}.py"
        ).read_text()
        assert "spacy" not in source and "presidio" not in source
        assert "from redactcheck import" not in source


def test_text_speaks_plain_words_and_verbose_adds_the_ids_for_machines() -> None:
    """People read "a name (identifies someone on its own)"; the category and rule id stay
    in JSON and SARIF, and in the text report with --verbose."""
    plain = render("text", ReporterOptions())
    assert "PERSON" not in plain and "ner-person" not in plain
    assert (
        "a name (identifies someone on its own): Looks like a person's name [Jane Smith]" in plain
    )
    verbose = render("text", ReporterOptions(verbose=True))
    assert "[Jane Smith] (PERSON, rule ner-person)" in verbose
    assert "left alone: a name (placeholder) [[NAME]] (PERSON, rule ner-person)" in verbose
