#!/usr/bin/env python3
"""Print the README count tables for a gold file: python3 tools/stats.py gold.jsonl"""
import json
import sys
from collections import Counter

ORDER = ["PERSON", "ADDRESS", "POSTCODE", "CONTACT", "ID_NUMBER", "CASE_REF", "DATE_OF_BIRTH",
         "AGE", "DATE", "LOCATION", "LOCAL_AUTHORITY", "INSTITUTION", "DEMOGRAPHIC"]
docs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
labels = Counter(s["label"] for d in docs for s in d["spans"])
kinds = Counter(s["kind"] for d in docs for s in d["spans"])
print("| label | kind | spans |\n| --- | --- | --- |")
for lab in ORDER:
    kind = "direct" if ORDER.index(lab) < 7 else "quasi"
    print(f"| {lab} | {kind} | {labels.get(lab, 0)} |")
print(f"| **all identifier spans** | direct {kinds['direct']}, quasi {kinds['quasi']} | {sum(labels.values())} |")
print(f"| OK (look-alikes) | - | {sum(len(d['ok_spans']) for d in docs)} |")
print()
g = Counter(d["genre"] for d in docs)
gs = Counter((d["genre"], d["safe"]) for d in docs)
print("| genre | drafts | safe=yes | safe=no |\n| --- | --- | --- | --- |")
for k in sorted(g):
    print(f"| {k} | {g[k]} | {gs[(k, True)]} | {gs[(k, False)]} |")
print(f"| **total** | {len(docs)} | {sum(d['safe'] for d in docs)} | {sum(not d['safe'] for d in docs)} |")
words = [len(d["text"].split()) for d in docs]
print(f"\nwords per draft: min {min(words)}, max {max(words)}, total {sum(words)}")
