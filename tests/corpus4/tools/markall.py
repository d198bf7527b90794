#!/usr/bin/env python3
"""Authoring helper: wrap every not-yet-marked whole-word occurrence of TEXT in FILE.

    python3 tools/markall.py FILE LABEL TEXT [TEXT ...]
"""
import re
import sys

MARK = re.compile(r"\[\[[A-Z_]+:.+?\]\]", re.S)


def main(path, label, words):
    raw = open(path, encoding="utf-8").read()
    header, _, body = raw.partition("\n")
    for w in words:
        pat = re.compile(r"(?<![\w@.-])" + re.escape(w) + r"(?![\w-])")
        out, pos, n = [], 0, 0
        for m in MARK.finditer(body):
            seg = body[pos:m.start()]
            seg, k = pat.subn(f"[[{label}:{w}]]", seg)
            n += k
            out.append(seg)
            out.append(m.group(0))
            pos = m.end()
        seg, k = pat.subn(f"[[{label}:{w}]]", body[pos:])
        n += k
        out.append(seg)
        body = "".join(out)
        print(f"{path}: {w!r} +{n}")
    open(path, "w", encoding="utf-8").write(header + "\n" + body)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
