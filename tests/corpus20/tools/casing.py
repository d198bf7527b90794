#!/usr/bin/env python3
"""Build lower-cased and upper-cased copies of a gold file, offsets kept.

usage: casing.py GOLD.jsonl LOWER.jsonl UPPER.jsonl

Every draft's text (and every span's text) is passed through str.lower() or
str.upper(). Offsets are copied unchanged, so the script refuses any draft
whose text changes length under either mapping (e.g. German sharp s, which
upper-cases to two letters, or a dotted capital I, which lower-cases to two
code points): such characters must be avoided in the drafts.
"""
import json
import sys


def recase(doc: dict, fn) -> dict:
    text = doc["text"]
    new = fn(text)
    if len(new) != len(text):
        bad = sorted({c for c in text if len(fn(c)) != 1})
        raise SystemExit(f"{doc['id']}: text changes length under {fn.__name__}(); "
                         f"offending characters: {bad!r}")
    out = dict(doc)
    out["text"] = new
    for key in ("spans", "ok_spans"):
        spans = []
        for s in doc[key]:
            t = dict(s)
            t["text"] = new[s["start"]:s["end"]]
            assert t["text"] == fn(s["text"]), (doc["id"], s)
            spans.append(t)
        out[key] = spans
    return out


def main(argv):
    if len(argv) != 4:
        sys.exit(__doc__)
    docs = [json.loads(line) for line in open(argv[1], encoding="utf-8") if line.strip()]
    jobs = [(path, [recase(d, fn) for d in docs])  # all checked before anything is written
            for path, fn in ((argv[2], str.lower), (argv[3], str.upper))]
    for path, out in jobs:
        with open(path, "w", encoding="utf-8") as f:
            for d in out:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        print(f"{len(out)} drafts -> {path}")


if __name__ == "__main__":
    main(sys.argv)
