#!/usr/bin/env python3
"""Print corpus5 tables (drafts by genre and safety, spans per label, OK spans) as Markdown.

    python3 tests/corpus5/tools/stats.py [tests/corpus5/gold.jsonl]
"""
import json
import sys
from collections import Counter
from pathlib import Path

DIRECT = ["PERSON", "ADDRESS", "POSTCODE", "CONTACT", "ID_NUMBER", "CASE_REF", "DATE_OF_BIRTH"]
QUASI = ["AGE", "DATE", "LOCATION", "LOCAL_AUTHORITY", "INSTITUTION", "DEMOGRAPHIC"]


def main(argv):
    gold = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent.parent / "gold.jsonl"
    docs = [json.loads(line) for line in gold.open(encoding="utf-8")]
    by = Counter((d["genre"], d["safe"]) for d in docs)
    genres = sorted({d["genre"] for d in docs})
    print("| genre | safe=yes | safe=no | total |")
    print("| --- | ---: | ---: | ---: |")
    for g in genres:
        y, n = by[(g, True)], by[(g, False)]
        print(f"| {g} | {y} | {n} | {y + n} |")
    ty = sum(v for (g, s), v in by.items() if s)
    tn = sum(v for (g, s), v in by.items() if not s)
    print(f"| **all** | **{ty}** | **{tn}** | **{ty + tn}** |")
    print()
    labels = Counter(s["label"] for d in docs for s in d["spans"])
    in_docs = {lab: sum(1 for d in docs if any(s["label"] == lab for s in d["spans"])) for lab in labels}
    print("| label | kind | spans | drafts |")
    print("| --- | --- | ---: | ---: |")
    for lab in DIRECT + QUASI:
        kind = "direct" if lab in DIRECT else "quasi"
        print(f"| {lab} | {kind} | {labels[lab]} | {in_docs.get(lab, 0)} |")
    nd = sum(labels[lab] for lab in DIRECT)
    nq = sum(labels[lab] for lab in QUASI)
    print(f"| **all direct** | | **{nd}** | |")
    print(f"| **all quasi** | | **{nq}** | |")
    n_ok = sum(len(d["ok_spans"]) for d in docs)
    ok_safe = sum(len(d["ok_spans"]) for d in docs if d["safe"])
    print(f"| **OK (look-alikes)** | | **{n_ok}** | {sum(1 for d in docs if d['ok_spans'])} |")
    print()
    print(f"OK spans in safe=yes drafts: {ok_safe}; in safe=no drafts: {n_ok - ok_safe}.")
    spans_safe = sum(len(d["spans"]) for d in docs if d["safe"])
    print(f"Identifier spans in safe=yes drafts (mild quasi only): {spans_safe}; "
          f"in safe=no drafts: {nd + nq - spans_safe}.")
    words = [len(d["text"].split()) for d in docs]
    print(f"Words per draft: min {min(words)}, max {max(words)}, total {sum(words)}.")


if __name__ == "__main__":
    main(sys.argv)
