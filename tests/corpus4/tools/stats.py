#!/usr/bin/env python3
"""Print the corpus4 README tables from gold.jsonl.

    python3 tools/stats.py gold.jsonl
"""
import json
import sys
from collections import Counter

docs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
order = ["blog", "chat", "closed-group", "email", "forum", "reflective-log"]
print("| genre | drafts | unsafe | safe | words (min-max) |")
print("| --- | ---: | ---: | ---: | --- |")
for g in order:
    ds = [d for d in docs if d["genre"] == g]
    w = [len(d["text"].split()) for d in ds]
    print(f"| {g} | {len(ds)} | {sum(not d['safe'] for d in ds)} | {sum(d['safe'] for d in ds)} | {min(w)}-{max(w)} |")
print(f"| **all** | **{len(docs)}** | **{sum(not d['safe'] for d in docs)}** | **{sum(d['safe'] for d in docs)}** | |")
print()
labels = ["PERSON", "ADDRESS", "POSTCODE", "CONTACT", "ID_NUMBER", "CASE_REF", "DATE_OF_BIRTH",
          "AGE", "DATE", "LOCATION", "LOCAL_AUTHORITY", "INSTITUTION", "DEMOGRAPHIC"]
c = Counter(s["label"] for d in docs for s in d["spans"])
cs = Counter(s["label"] for d in docs if d["safe"] for s in d["spans"])
kind = {s["label"]: s["kind"] for d in docs for s in d["spans"]}
print("| label | kind | spans | in unsafe drafts | in safe drafts |")
print("| --- | --- | ---: | ---: | ---: |")
for l in labels:
    print(f"| {l} | {kind.get(l, 'quasi' if l in labels[7:] else 'direct')} | {c[l]} | {c[l] - cs[l]} | {cs[l]} |")
nd = sum(v for k, v in c.items() if k in labels[:7])
nq = sum(v for k, v in c.items() if k in labels[7:])
print(f"| **direct total** | | **{nd}** | | |")
print(f"| **quasi total** | | **{nq}** | | |")
print(f"| **all marked spans** | | **{nd + nq}** | | |")
ok = sum(len(d["ok_spans"]) for d in docs)
oks = sum(len(d["ok_spans"]) for d in docs if d["safe"])
print(f"| **OK spans** | | **{ok}** | {ok - oks} | {oks} |")
