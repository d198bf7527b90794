#!/usr/bin/env python3
"""QA for corpus10 drafts: report any unmarked repeat, in the same draft, of a
marked string or of a part of a marked name.

    python3 tests/corpus10/tools/qa.py [DRAFTS_DIR]

For every [[LABEL:text]] or [[OK:text]] mark the whole text is searched for
elsewhere in the draft; for PERSON and OK marks each capitalised word of three
or more letters (minus titles and generic organisation words) is searched for
too.  An occurrence that does not lie inside some mark is reported.  Also
checks header, word count (150-400 words of plain text) and that safe=no
drafts carry at least one identifier mark.  Exit status 1 if anything is
reported.
"""
import re
import sys
from pathlib import Path

MARK = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]", re.S)
GENERIC = set("""
Mr Mrs Ms Miss Dr Prof Professor Sir Dame Lord Lady Cllr Councillor MP PC DS DC
HHJ Sergeant Sister Mod Admin Team Lead Manager DSL IRO The And Council
University Children Children's Services Care Health Social Fostering Borough
District Practice Research Institute Excellence Local Authority Legal Programme
Group Association Trust Network Rights Government National Bureau Partnership
Integrated Royal College Speech Language Therapists Act Making Safeguarding
Personal Review Panel Child Protection Ltd Haven Sterling Voice Ward Hospital
Medical School Academy High Primary Secondary House Lodge Road Street Crescent
Mews Terrace Walk Lane Cottage Low Beck Green Quay Retail Park Leisure Centre
Fostering Family Families Bridge Marsh Hill Vale Cross Story Night Shift File Example
""".split())


def parse(path):
    raw = path.read_text(encoding="utf-8")
    header, _, body = raw.partition("\n")
    text, spans, pos, out = [], [], 0, 0
    for m in MARK.finditer(body):
        text.append(body[pos:m.start()])
        out += m.start() - pos
        inner = m.group(2)
        spans.append((out, out + len(inner), m.group(1), inner))
        text.append(inner)
        out += len(inner)
        pos = m.end()
    text.append(body[pos:])
    return header, "".join(text), spans


def parts(label, s):
    if label not in ("PERSON", "OK"):
        return []
    out = []
    for w in re.findall(r"(?<![A-Za-z])[A-Z][A-Za-z\u00C0-\u017F'-]+", s):
        w = re.sub(r"'s$", "", w).strip("'-")
        if len(w) >= 3 and w not in GENERIC:
            out.append(w)
    return out


def covered(spans, a, b):
    return any(s <= a and b <= e for s, e, _, _ in spans)


def check(path):
    problems = []
    header, text, spans = parse(path)
    meta = dict(x.split("=", 1) for x in header[2:].split()) if header.startswith("#!") else {}
    if meta.get("safe") not in ("yes", "no") or "genre" not in meta:
        problems.append("bad header")
    n = len(re.findall(r"\S+", text))
    if not 150 <= n <= 400:
        problems.append(f"word count {n}")
    if meta.get("safe") == "no" and not any(l != "OK" for _, _, l, _ in spans):
        problems.append("safe=no with no identifier marks")
    needles = {}
    for _, _, label, inner in spans:
        needles.setdefault(inner.strip(), label)
        for p in parts(label, inner):
            needles.setdefault(p, label)
    seen = set()
    for needle, label in needles.items():
        if not needle:
            continue
        pat = re.compile(r"(?<![A-Za-z0-9])" + re.escape(needle) + r"(?![A-Za-z0-9])")
        for m in pat.finditer(text):
            if not covered(spans, m.start(), m.end()) and (m.start(), needle) not in seen:
                seen.add((m.start(), needle))
                line = text.count("\n", 0, m.start()) + 2
                problems.append(f"line {line}: unmarked {needle!r} (marked as {label})")
    return problems


def main():
    d = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "drafts"
    bad = 0
    for p in sorted(d.glob("*.txt")):
        for prob in check(p):
            print(f"{p.name}: {prob}")
            bad += 1
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
