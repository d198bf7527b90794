#!/usr/bin/env python3
"""Make lower-cased and upper-cased copies of gold.jsonl with the same offsets.

    python3 tools/case_variants.py [gold.jsonl]   # writes gold_lower.jsonl and gold_upper.jsonl beside it

Each character is replaced by its .lower() / .upper() only when the result is
exactly one character (so "ß".upper() == "SS" or "İ".lower() == "i̇" would be
left alone), which keeps every string the same length and every offset valid.
Span and OK-span texts are recomputed from the new text, and the script asserts
that each one equals the original span text with the same per-character mapping.
These files are evaluation variants of the same annotation, not new annotation.
"""
import json
import sys
from pathlib import Path


def recase(s, fn):
    out = []
    for ch in s:
        new = fn(ch)
        out.append(new if len(new) == 1 else ch)
    return "".join(out)


def variant(doc, fn, suffix):
    text = recase(doc["text"], fn)
    assert len(text) == len(doc["text"]), doc["id"]
    new = dict(doc)
    new["id"] = doc["id"]
    new["text"] = text
    new["spans"], new["ok_spans"] = [], []
    for key in ("spans", "ok_spans"):
        for s in doc[key]:
            t = text[s["start"]:s["end"]]
            assert doc["text"][s["start"]:s["end"]] == s["text"], (doc["id"], s)
            assert t == recase(s["text"], fn), (doc["id"], s, t)
            assert len(t) == len(s["text"]), (doc["id"], s)
            new[key].append(dict(s, text=t))
    return new


def main(argv):
    gold = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent.parent / "gold.jsonl"
    docs = [json.loads(line) for line in open(gold, encoding="utf-8")]
    for suffix, fn in (("lower", str.lower), ("upper", str.upper)):
        out = gold.with_name(f"{gold.stem}_{suffix}.jsonl")
        n = 0
        with open(out, "w", encoding="utf-8") as f:
            for d in docs:
                v = variant(d, fn, suffix)
                n += len(v["spans"]) + len(v["ok_spans"])
                f.write(json.dumps(v, ensure_ascii=False) + "\n")
        print(f"{len(docs)} drafts, {n} spans checked -> {out}")


if __name__ == "__main__":
    main(sys.argv)
