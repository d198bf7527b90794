#!/usr/bin/env python3
"""Checks for corpus11 drafts: header, safe drafts carry no identifier spans, unsafe
drafts carry at least one, marked strings that recur unmarked in the same draft,
strings marked with two labels, word counts (80-700)."""
import re
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from convert import parse  # noqa: E402

problems = 0
for p in sorted(Path(sys.argv[1]).glob("*.txt")):
    d = parse(p)
    text = d["text"]
    words = len(text.split())
    if not 80 <= words <= 700:
        print(f"{p.name}: {words} words"); problems += 1
    if d["safe"] and d["spans"]:
        print(f"{p.name}: safe but has spans {[s['text'] for s in d['spans']]}"); problems += 1
    covered = [False] * len(text)
    for s in d["spans"] + d["ok_spans"]:
        for i in range(s["start"], s["end"]):
            covered[i] = True
    labels = {}
    for s in d["spans"]:
        labels.setdefault(s["text"], set()).add(s["label"])
    for s in d["ok_spans"]:
        labels.setdefault(s["text"], set()).add("OK")
    for t, ls in labels.items():
        if len(ls) > 1:
            print(f"{p.name}: {t!r} marked {sorted(ls)}"); problems += 1
        if len(t) < 2 and not t.isalpha():
            continue
        for m in re.finditer(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
            if not any(covered[m.start():m.end()]):
                ctx = text[max(0, m.start() - 6):m.end() + 6]
                if re.fullmatch(r"\d+", t) and re.search(r"\d[:/]" + t + r"|" + t + r"[:/]\d", ctx):
                    continue
                print(f"{p.name}: {t!r} unmarked at {m.start()}: {ctx!r}"); problems += 1
print(f"{problems} problems")
