#!/usr/bin/env python3
"""Print the count tables in README.md from gold_*.jsonl."""
import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLASSES = ["format", "script", "spacing", "leet", "words", "contact", "links", "lookalike"]
LABELS = ["PERSON", "ADDRESS", "POSTCODE", "CONTACT", "ID_NUMBER", "CASE_REF", "DATE_OF_BIRTH",
          "AGE", "DATE", "LOCATION", "LOCAL_AUTHORITY", "INSTITUTION", "DEMOGRAPHIC"]
rows, per = [], {}
for c in CLASSES:
    docs = [json.loads(l) for l in open(ROOT / f"gold_{c}.jsonl", encoding="utf-8")]
    lab = Counter(s["label"] for d in docs for s in d["spans"])
    per[c] = lab
    rows.append((c, len(docs), sum(not d["safe"] for d in docs), sum(d["safe"] for d in docs),
                 sum(s["kind"] == "direct" for d in docs for s in d["spans"]),
                 sum(s["kind"] == "quasi" for d in docs for s in d["spans"]),
                 sum(len(d["ok_spans"]) for d in docs)))
print("| class | drafts | unsafe | safe | direct spans | quasi spans | OK spans |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
for r in rows:
    print("| " + " | ".join(map(str, r)) + " |")
print("| **all** | " + " | ".join(str(sum(r[i] for r in rows)) for i in range(1, 7)) + " |")
print()
print("| label | " + " | ".join(CLASSES) + " | all |")
print("| --- | " + " | ".join("---:" for _ in CLASSES) + " | ---: |")
for L in LABELS:
    vals = [per[c][L] for c in CLASSES]
    print(f"| {L} | " + " | ".join(str(v) for v in vals) + f" | {sum(vals)} |")
