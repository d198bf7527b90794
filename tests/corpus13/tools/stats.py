#!/usr/bin/env python3
"""Print the genre and label tables of README.md from gold.jsonl."""
import json, sys
from collections import Counter
from pathlib import Path

DIRECT = ["PERSON", "ADDRESS", "POSTCODE", "CONTACT", "ID_NUMBER", "CASE_REF", "DATE_OF_BIRTH"]
QUASI = ["AGE", "DATE", "LOCATION", "LOCAL_AUTHORITY", "INSTITUTION", "DEMOGRAPHIC"]
path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "gold.jsonl"
docs = [json.loads(l) for l in open(path, encoding="utf-8")]
g = Counter((d["genre"], d["safe"]) for d in docs)
print("| genre | unsafe | safe | total |\n| --- | ---: | ---: | ---: |")
for genre in sorted({d["genre"] for d in docs}):
    u, s = g[(genre, False)], g[(genre, True)]
    print(f"| {genre} | {u} | {s} | {u + s} |")
tu = sum(not d["safe"] for d in docs); ts = sum(d["safe"] for d in docs)
print(f"| **all** | **{tu}** | **{ts}** | **{tu + ts}** |\n")
lab = Counter(s["label"] for d in docs for s in d["spans"])
dw = Counter(l for d in docs for l in {s["label"] for s in d["spans"]})
print("| label | kind | spans | drafts |\n| --- | --- | ---: | ---: |")
for l in DIRECT + QUASI:
    print(f"| {l} | {'direct' if l in DIRECT else 'quasi'} | {lab[l]} | {dw[l]} |")
print(f"| **direct total** | | **{sum(lab[l] for l in DIRECT)}** | |")
print(f"| **quasi total** | | **{sum(lab[l] for l in QUASI)}** | |")
oks = [(d, o) for d in docs for o in d["ok_spans"]]
# a chat sender name is an OK span at the start of a line followed by ": "
senders = sum(1 for d, o in oks if d["genre"] == "chat" and (o["start"] == 0 or d["text"][o["start"] - 1] == "\n")
              and d["text"][o["end"]:o["end"] + 2] == ": ")
print(f"| OK (look-alikes) | | {len(oks)} | {sum(1 for d in docs if d['ok_spans'])} |")
print(f"| of which chat sender names | | {senders} | |")
