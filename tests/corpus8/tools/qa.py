#!/usr/bin/env python3
"""QA for corpus8 drafts.

    python3 tests/corpus8/tools/qa.py tests/corpus8/drafts

Reports, per draft:
  * UNMARKED  - a string that is marked somewhere in the draft (any label, or OK)
                occurs elsewhere in the same draft outside every mark;
  * CONFLICT  - the same string is marked with two different labels (OK counts
                as a label);
  * WORDS     - the draft is outside 120-450 words;
  * HEADER    - the header is malformed or safe=no has no marks.
Exit status 1 if anything is reported.
"""
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from convert import parse  # noqa: E402


def check(path):
    problems = []
    try:
        d = parse(path)
    except Exception as e:  # noqa: BLE001
        return [f"HEADER {e}"]
    text = d["text"]
    marks = [(s["start"], s["end"], s["label"], s["text"]) for s in d["spans"]]
    marks += [(s["start"], s["end"], "OK", s["text"]) for s in d["ok_spans"]]
    labels = defaultdict(set)
    for _, _, lab, t in marks:
        labels[t].add(lab)
    for t, labs in sorted(labels.items()):
        if len(labs) > 1:
            problems.append(f"CONFLICT {t!r} marked as {sorted(labs)}")
    covered = [(a, b) for a, b, _, _ in marks]
    for t in sorted(labels):
        # a number that is only part of a time, date or other number (19:12, 12/05) is not a repeat
        pat = re.compile(r"(?<!\w)(?<!\d[:/.,])" + re.escape(t) + r"(?![:/.,]\d)(?!\w)")
        for m in pat.finditer(text):
            if not any(a <= m.start() and m.end() <= b for a, b in covered):
                line = text.count("\n", 0, m.start()) + 2
                problems.append(f"UNMARKED {t!r} at line {line}: "
                                f"...{text[max(0, m.start()-30):m.end()+30]!r}...")
    n = len(text.split())
    if not 120 <= n <= 450:
        problems.append(f"WORDS {n}")
    return problems


def main(argv):
    folder = Path(argv[1] if len(argv) > 1 else "tests/corpus8/drafts")
    bad = 0
    for p in sorted(folder.glob("*.txt")):
        for msg in check(p):
            print(f"{p.name}: {msg}")
            bad += 1
    print(f"qa: {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
