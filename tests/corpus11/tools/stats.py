#!/usr/bin/env python3
"""Print the count tables in README.md from a gold.jsonl."""
import json
import sys
from collections import Counter

ORDER = ["PERSON", "ADDRESS", "POSTCODE", "CONTACT", "ID_NUMBER", "CASE_REF", "DATE_OF_BIRTH",
         "AGE", "DATE", "LOCATION", "LOCAL_AUTHORITY", "INSTITUTION", "DEMOGRAPHIC"]
docs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
lab = Counter(s["label"] for d in docs for s in d["spans"])
kind = Counter(s["kind"] for d in docs for s in d["spans"])
print("| label | kind | spans |\n| --- | --- | --- |")
for l in ORDER:
    print(f"| {l} | {'direct' if ORDER.index(l) < 7 else 'quasi'} | {lab[l]} |")
print(f"| **all identifier spans** | direct {kind['direct']}, quasi {kind['quasi']} | {sum(lab.values())} |")
print(f"| OK (look-alikes) | - | {sum(len(d['ok_spans']) for d in docs)} |\n")
print("| genre | drafts | safe=yes | safe=no |\n| --- | --- | --- | --- |")
for g in sorted({d["genre"] for d in docs}):
    ds = [d for d in docs if d["genre"] == g]
    print(f"| {g} | {len(ds)} | {sum(d['safe'] for d in ds)} | {sum(not d['safe'] for d in ds)} |")
print(f"| **total** | {len(docs)} | {sum(d['safe'] for d in docs)} | {sum(not d['safe'] for d in docs)} |\n")
w = [len(d["text"].split()) for d in docs]
print(f"words per draft: min {min(w)}, max {max(w)}, total {sum(w)}")
