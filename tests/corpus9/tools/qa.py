#!/usr/bin/env python3
"""QA for corpus9 drafts: prints nothing when all is well.

Checks, per draft:
- header and marks parse (via /work/shared/eval/convert.py's parse);
- every marked string (gold or OK) has each of its other occurrences in the
  same draft covered by some mark (whole-word, case-sensitive);
- 150-400 words of plain text.
Also checks the corpus totals: 36 drafts, 26 safe=yes, 10 safe=no.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from convert import parse  # noqa: E402

# capitalised words of marked spans that are fine to leave unmarked on their own
STOP = set("""The And For With From Road Street Court House Lodge Centre Hall Team Family Care Council
Social Work Children Children's Review Practice Project Network Panel University College School Hospital
Mrs Mr Miss Dr Professor Sir Dame Cllr Councillor January February March April May June July August
September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Act Child ASYE EDT Black""".split())

HERE = Path(__file__).resolve().parent.parent
problems = []
docs = []
for p in sorted((HERE / "drafts").glob("*.txt")):
    try:
        d = parse(p)
    except Exception as e:  # noqa: BLE001
        problems.append(f"{p.name}: {e}")
        continue
    docs.append(d)
    text = d["text"]
    marks = d["spans"] + d["ok_spans"]
    covered = [(s["start"], s["end"]) for s in marks]
    for s in marks:
        t = s["text"]
        for m in re.finditer(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
            if not any(a <= m.start() and m.end() <= b for a, b in covered):
                ctx = text[max(0, m.start() - 30):m.end() + 30].replace("\n", " ")
                problems.append(f"{p.name}: unmarked occurrence of {t!r}: ...{ctx}...")
    # a part of a marked name (e.g. "Priya" of "Priya Nair") used on its own
    for s in marks:
        for tok in re.findall(r"[A-Z][\w'\-]+", s["text"]):
            if len(tok) < 3 or tok in STOP:
                continue
            for m in re.finditer(r"(?<!\w)" + re.escape(tok) + r"(?!\w)", text):
                if not any(a <= m.start() and m.end() <= b for a, b in covered):
                    ctx = text[max(0, m.start() - 30):m.end() + 30].replace("\n", " ")
                    problems.append(f"{p.name}: unmarked part {tok!r} of {s['text']!r}: ...{ctx}...")
    n = len(re.findall(r"\S+", text))
    if not 150 <= n <= 400:
        problems.append(f"{p.name}: {n} words (want 150-400)")
if len(docs) != 36:
    problems.append(f"{len(docs)} drafts (want 36)")
ns = sum(not d["safe"] for d in docs)
if ns != 10:
    problems.append(f"{ns} safe=no drafts (want 10)")
seen = set()
for line in problems:
    if line not in seen:
        print(line)
        seen.add(line)
sys.exit(1 if problems else 0)
