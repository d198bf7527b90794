#!/usr/bin/env python3
"""QA for corpus5 drafts: report unmarked repeats of marked strings.

    python3 tests/corpus5/tools/qa.py [DRAFTS_DIR]

For every draft it parses the marks with the shared convert.py, then:
  * FULL  - an exact marked string (any label, OK included) that occurs again
            in the text outside every marked span (whole-word match);
  * TOKEN - a capitalised word (3+ letters) from a PERSON or OK span that
            occurs elsewhere unmarked (e.g. a surname on its own);
  * LABEL - the same string marked with different labels in one draft
            (can be deliberate, e.g. an employer that is OK in a signature
            but a LOCAL_AUTHORITY in the case).
Bare numbers of up to three digits (ages, day numbers) are skipped in the
FULL check: they collide with chat timestamps, times and counts.
Exit status is 1 when any FULL hit is found. TOKEN and LABEL hits are
warnings to read by eye. A line `#qa-ignore: word1 word2` anywhere after the
header is not supported on purpose: deliberate hits are listed in README.md.
"""
import importlib.util
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
CONVERT = Path("/work/shared/eval/convert.py")
spec = importlib.util.spec_from_file_location("convert", CONVERT)
convert = importlib.util.module_from_spec(spec)
spec.loader.exec_module(convert)

# capitalised words that are cue words or ordinary words, not worth a TOKEN warning
COMMON = set("""The And For With From Adult Child Family Person Mrs Mr Ms Miss Dr Prof Professor Cllr
Councillor Sir Dame Lord Lady Baroness Judge Sheriff Her His Council City County Borough Care Act
Health Social Services Board Team Trust University College School Hospital Ward House Home Lane Road
Street Group NHS New North South East West Saint Key Next Review Safeguarding Children Adults Service
Commission Learning Practice Work Workers Worker England Scotland Wales Northern Ireland Welsh
Scottish British Irish Department Office Ltd Centre Court Crown Minister Government Not Names
Park Avenue Close Drive Way Hall Unit Partnership Primary High Academy Medical Surgery General
AMHP IRO Royal Infirmary Clinic Community Mental Hospital Police Action This That What When Our You
""".split())


def parse(path):
    d = convert.parse(path)
    return d["text"], d["spans"] + [dict(s, label="OK") for s in d["ok_spans"]]


def covered(i, j, spans):
    return any(s["start"] <= i and j <= s["end"] for s in spans)


def check(path):
    text, spans = parse(path)
    hits = []
    labels = defaultdict(set)
    for s in spans:
        labels[s["text"]].add(s["label"])
    for t, ls in labels.items():
        if len(ls) > 1:
            hits.append(("LABEL", t, sorted(ls)))
    seen = set()
    for s in spans:
        t = s["text"]
        if t in seen or len(t) < 2:
            continue
        if t.isdigit() and len(t) <= 3:  # bare ages/day numbers collide with times and counts
            seen.add(t)
            continue
        seen.add(t)
        for m in re.finditer(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
            if not covered(m.start(), m.end(), spans):
                hits.append(("FULL", t, text[max(0, m.start() - 30):m.end() + 30].replace("\n", " ")))
    toks = set()
    for s in spans:
        if s["label"] in ("PERSON", "OK"):
            for w in re.findall(r"[A-Z][\w'\-]{2,}", s["text"]):
                if w not in COMMON:
                    toks.add(w)
    for w in sorted(toks):
        if w in seen:
            continue
        for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text):
            if not covered(m.start(), m.end(), spans):
                hits.append(("TOKEN", w, text[max(0, m.start() - 30):m.end() + 30].replace("\n", " ")))
    return hits


def main(argv):
    folder = Path(argv[1]) if len(argv) > 1 else HERE.parent / "drafts"
    n_full = 0
    for p in sorted(folder.glob("*.txt")):
        try:
            hits = check(p)
        except Exception as e:  # noqa: BLE001
            print(f"{p.name}: PARSE ERROR {e}")
            n_full += 1
            continue
        for kind, t, ctx in hits:
            print(f"{p.name}: {kind:5s} {t!r}  ...{ctx}...")
            n_full += kind == "FULL"
    print("FULL hits:", n_full)
    return 1 if n_full else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
