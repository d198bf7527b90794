#!/usr/bin/env python3
"""Report unmarked repeats of marked strings, draft by draft.

    python3 tools/qa.py [DRAFTS_DIR]      # default: the drafts/ folder next to tools/

For every [[LABEL:text]] and [[OK:text]] in a draft, look for the same string
(case-insensitive, on word boundaries, and for multi-word PERSON spans also
each capitalised word of the name, allowing a trailing plural/possessive
"s", "es" or "'s") in the parts of the draft that are NOT inside any mark.
Each hit is a mention that may have been missed.

It also reports a string marked with two different labels in the same draft
(shown with line 0).

Hits listed in the corpus's tools/qa_allow.tsv (draft id <TAB> string <TAB> reason) are
deliberate and are reported separately.  Exit status 1 if any hit is not allowed.
"""
import re
import sys
from pathlib import Path

MARK = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]", re.S)
HERE = Path(__file__).resolve().parent


def load_allow(folder):
    """The deliberate hits of the corpus whose drafts are in `folder`: its tools/qa_allow.tsv
    (corpus13 runs this script on its own drafts with its own list)."""
    allow = {}
    p = folder.resolve().parent / "tools" / "qa_allow.tsv"
    if p.exists():
        for line in p.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            draft, s, reason = (line.split("\t") + ["", ""])[:3]
            allow[(draft, s.lower())] = reason
    return allow


def check(path, allow):
    body = path.read_text(encoding="utf-8").partition("\n")[2]
    marks = [(m.group(1), m.group(2)) for m in MARK.finditer(body)]
    # blank out the marks so that only unmarked text is searched
    outside = MARK.sub(lambda m: " " * len(m.group(0)), body)
    hits, allowed = [], []
    # the same string marked with two different labels in one draft
    labels = {}
    for label, inner in marks:
        labels.setdefault(inner.lower(), set()).add(label)
    for inner, labs in labels.items():
        if len(labs) > 1:
            row = (path.stem, "/".join(sorted(labs)), inner, 0, inner)
            if (path.stem, inner) in allow:
                allowed.append(row + (allow[(path.stem, inner)],))
            else:
                hits.append(row)
    seen = set()
    wanted = list(marks)
    # the single words of a multi-word PERSON span ("Lachlan McInnes" -> "McInnes")
    for label, inner in marks:
        if label == "PERSON" and " " in inner:
            wanted += [("PERSON (part)", w) for w in inner.split() if len(w) > 2 and w[0].isupper()]
    for label, inner in wanted:
        key = inner.lower()
        if key in seen or len(re.sub(r"\W", "", inner)) < 2:
            continue
        seen.add(key)
        pat = re.compile(r"(?<![\w@.])" + re.escape(inner) + r"(?:s|es|'s)?(?![\w])", re.I)
        for m in pat.finditer(outside):
            line = body.count("\n", 0, m.start()) + 2
            row = (path.stem, label, inner, line, m.group(0))
            if (path.stem, key) in allow:
                allowed.append(row + (allow[(path.stem, key)],))
            else:
                hits.append(row)
    return hits, allowed


def main(argv):
    folder = Path(argv[1]) if len(argv) > 1 else HERE.parent / "drafts"
    allow = load_allow(folder)
    all_hits, all_allowed = [], []
    for p in sorted(folder.glob("*.txt")):
        h, a = check(p, allow)
        all_hits += h
        all_allowed += a
    for d, label, inner, line, found in all_hits:
        if line == 0:
            print(f"LABELS   {d}  {inner!r} is marked as {label}")
        else:
            print(f"UNMARKED {d}:{line}  {found!r} (marked elsewhere as {label}: {inner!r})")
    for d, label, inner, line, found, reason in all_allowed:
        print(f"allowed  {d}:{line}  {found!r} ({label}) - {reason}")
    print(f"{len(all_hits)} unmarked repeat(s), {len(all_allowed)} allowed")
    return 1 if all_hits else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
