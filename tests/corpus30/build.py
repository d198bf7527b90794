#!/usr/bin/env python3
"""Expand the «TOKEN» shorthand in src/*.txt into real Unicode characters in drafts/*.txt."""
import re, sys, unicodedata
from pathlib import Path

SIMPLE = {"ZW": "\u200b", "ZWNJ": "\u200c", "ZWJ": "\u200d", "WJ": "\u2060", "SHY": "\u00ad",
          "NB": "\u00a0", "NNB": "\u202f", "ID": "\u3000", "TH": "\u2009", "RLO": "\u202e", "PDF": "\u202c", "LQ": "\u00ab", "RQ": "\u00bb"}
CY = dict(zip("aeopcxiyjsABEKMHOPCTXI", "аеорсхіујѕАВЕКМНОРСТХІ"))
GR = dict(zip("oivABEZHIKMNOPTYX", "οινΑΒΕΖΗΙΚΜΝΟΡΤΥΧ"))

def fw(s):
    return "".join("\u3000" if c == " " else chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)

def sub(m):
    tok = m.group(1)
    if tok in SIMPLE:
        return SIMPLE[tok]
    kind, _, arg = tok.partition(":")
    if kind == "FW": return fw(arg)
    if kind == "NFD": return unicodedata.normalize("NFD", arg)
    if kind == "CY": return "".join(CY[c] for c in arg)
    if kind == "GR": return "".join(GR[c] for c in arg)
    raise SystemExit(f"bad token {tok!r}")

for p in sorted(Path("src").glob("*.txt")):
    t = re.sub(r"«([^»]+)»", sub, p.read_text(encoding="utf-8"))
    Path("drafts", p.name).write_text(t, encoding="utf-8")
