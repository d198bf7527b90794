#!/usr/bin/env python3
"""Consistency checks for corpus15 drafts (written for this corpus; reads only the drafts).

    python3 tools/qa.py DRAFTS_DIR

Checks: header; safe drafts carry no identifier spans and unsafe ones carry some;
every marked string (3+ chars) is marked wherever it recurs as a whole word;
no string carries two different labels in one draft; capitalised words taken from
marked spans that also occur unmarked are listed as warnings for a human look;
word counts (50-900).
"""
import re
import sys
from pathlib import Path

MARK = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]", re.S)


def main(d):
    problems = 0
    warnings = 0
    words = []
    for p in sorted(Path(d).glob("*.txt")):
        raw = p.read_text(encoding="utf-8")
        header, _, body = raw.partition("\n")
        meta = dict(x.split("=", 1) for x in header[2:].split())
        marks = [(m.group(1), m.group(2), m.start(), m.end()) for m in MARK.finditer(body)]
        ids = [m for m in marks if m[0] != "OK"]
        if meta["safe"] == "yes" and ids:
            print(p.name, "safe draft has identifier spans", ids); problems += 1
        if meta["safe"] == "no" and not ids:
            print(p.name, "unsafe draft has no identifier spans"); problems += 1
        labels = {}
        for lab, t, _, _ in marks:
            labels.setdefault(t, set()).add(lab)
        for t, labs in labels.items():
            if len(labs) > 1:
                print(p.name, "two labels for", repr(t), labs); problems += 1
        # body with marks blanked out
        blank = MARK.sub(lambda m: " " * len(m.group(0)), body)
        for t in labels:
            if len(t) < 3:
                continue
            for m in re.finditer(r"(?<!\w)" + re.escape(t) + r"(?!\w)", blank):
                print(p.name, "unmarked recurrence of", repr(t), "at", m.start()); problems += 1
        toks = set()
        for lab, t, _, _ in marks:
            for w in re.findall(r"[A-Z][\w'’-]{2,}", t):
                toks.add(w)
        for w in sorted(toks):
            for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", blank):
                ctx = blank[max(0, m.start() - 30): m.end() + 30].replace("\n", " ")
                print(p.name, "WARN token", repr(w), "unmarked:", repr(ctx)); warnings += 1
        plain = MARK.sub(lambda m: m.group(2), body)
        n = len(plain.split())
        words.append(n)
        if not 50 <= n <= 900:
            print(p.name, "word count", n); problems += 1
    print(f"{len(words)} drafts; words min {min(words)} max {max(words)} total {sum(words)}")
    print("problems:", problems, "warnings:", warnings)
    return problems


if __name__ == "__main__":
    sys.exit(1 if main(sys.argv[1]) else 0)
