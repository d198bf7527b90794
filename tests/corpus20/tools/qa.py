#!/usr/bin/env python3
"""Consistency check for corpus20: prints problems, nothing when all is well.

usage: qa.py [GOLD.jsonl]   (default: gold.jsonl beside this folder)

- every draft is 60-250 words; safe=yes drafts hold no direct identifier;
- every unmarked occurrence of a word from a marked PERSON/LOCATION/INSTITUTION
  span, or of a one-word OK span (chat senders), is reported;
- each direct label has at least 10 spans.
"""
import collections
import json
import re
import sys
from pathlib import Path

STOP = {"the", "mrs", "flat", "big", "lil", "unit", "court", "castle", "sheriff",
        "family", "house", "road", "street", "estate", "high", "primary", "ysgol"}
DIRECT = ("PERSON", "ADDRESS", "POSTCODE", "CONTACT", "ID_NUMBER", "CASE_REF", "DATE_OF_BIRTH")


def main(argv):
    gold = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent.parent / "gold.jsonl"
    docs = [json.loads(line) for line in gold.open(encoding="utf-8")]
    labels = collections.Counter()
    for d in docs:
        t = d["text"]
        n = len(t.split())
        if not 60 <= n <= 250:
            print(f"{d['id']}: {n} words")
        if d["safe"] and any(s["kind"] == "direct" for s in d["spans"]):
            print(f"{d['id']}: safe=yes but has a direct identifier")
        covered = [False] * len(t)
        for s in d["spans"] + d["ok_spans"]:
            covered[s["start"]:s["end"]] = [True] * (s["end"] - s["start"])
        words = set()
        for s in d["spans"]:
            labels[s["label"]] += 1
            if s["label"] in ("PERSON", "LOCATION", "INSTITUTION"):
                words |= {w.lower() for w in re.findall(r"[^\W\d_]{3,}", s["text"])} - STOP
        words |= {s["text"].lower() for s in d["ok_spans"] if re.fullmatch(r"[A-Za-z]{3,}", s["text"])}
        for w in sorted(words):
            for m in re.finditer(r"(?i)\b" + re.escape(w), t):
                if not covered[m.start()]:
                    print(f"{d['id']}: unmarked {w!r} near {t[max(0, m.start() - 25):m.end() + 15]!r}")
    for lab in DIRECT:
        if labels[lab] < 10:
            print(f"only {labels[lab]} {lab} spans")


if __name__ == "__main__":
    main(sys.argv)
