#!/usr/bin/env python3
"""Print the README tables for corpus7 from classes/*.jsonl (Markdown).

    python3 tests/corpus7/tools/stats.py
"""
import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ORDER = ["invisible", "spacing", "confusables", "spaced", "leet", "words", "contact", "links", "lookalikes"]
LABELS = ["PERSON", "ADDRESS", "POSTCODE", "CONTACT", "ID_NUMBER", "CASE_REF", "DATE_OF_BIRTH",
          "AGE", "DATE", "LOCATION", "LOCAL_AUTHORITY", "INSTITUTION", "DEMOGRAPHIC"]
SHORT = {"PERSON": "PER", "ADDRESS": "ADDR", "POSTCODE": "PC", "CONTACT": "CONT", "ID_NUMBER": "ID",
         "CASE_REF": "CASE", "DATE_OF_BIRTH": "DOB", "AGE": "AGE", "DATE": "DATE", "LOCATION": "LOC",
         "LOCAL_AUTHORITY": "LA", "INSTITUTION": "INST", "DEMOGRAPHIC": "DEMO"}


def load():
    found = {p.stem: p for p in (ROOT / "classes").glob("*.jsonl")}
    names = [c for c in ORDER if c in found] + sorted(set(found) - set(ORDER))
    return {c: [json.loads(line) for line in found[c].read_text(encoding="utf-8").splitlines()] for c in names}


def main():
    data = load()
    rows, label_rows = [], []
    tot = Counter()
    tot_labels = Counter()
    for cls, docs in data.items():
        labels = Counter(s["label"] for d in docs for s in d["spans"])
        kinds = Counter(s["kind"] for d in docs for s in d["spans"])
        safe = sum(d["safe"] for d in docs)
        ok = sum(len(d["ok_spans"]) for d in docs)
        row = Counter(drafts=len(docs), safe=safe, unsafe=len(docs) - safe, direct=kinds["direct"],
                      quasi=kinds["quasi"], spans=sum(kinds.values()), ok=ok)
        tot.update(row)
        tot_labels.update(labels)
        rows.append((cls, row))
        label_rows.append((cls, labels))
    rows.append(("**total**", tot))
    label_rows.append(("**total**", tot_labels))

    print("| class | drafts | safe | unsafe | spans | direct | quasi | OK spans |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for cls, r in rows:
        print(f"| {cls} | {r['drafts']} | {r['safe']} | {r['unsafe']} | {r['spans']} | {r['direct']} | "
              f"{r['quasi']} | {r['ok']} |")
    print()
    print("| class | " + " | ".join(SHORT[lab] for lab in LABELS) + " |")
    print("| --- |" + " ---: |" * len(LABELS))
    for cls, labels in label_rows:
        print(f"| {cls} | " + " | ".join(str(labels[lab]) for lab in LABELS) + " |")
    print()
    print("Abbreviations: " + ", ".join(f"{v} = {k}" for k, v in SHORT.items()) + ".")


if __name__ == "__main__":
    main()
