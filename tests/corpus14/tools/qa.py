#!/usr/bin/env python3
"""Consistency checks for corpus14: spans match text, ids unique, the numbers behind every
phone / NHS / CHI / NI span are fictional-valid once the evasion is undone, e-mail domains are
example.*, the source has no literal odd characters, the lookalike class is safe.

    /work/main/.venv/bin/python tools/qa.py
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "corpus4" / "tools"))
import numbers as nb  # noqa: E402  (corpus4's tools/numbers.py)

ROOT = HERE.parent
CONF = str.maketrans({"\u0430": "a", "\u0435": "e", "\u043e": "o", "\u0440": "p", "\u0441": "c",
                      "\u0443": "y", "\u0445": "x", "\u0456": "i", "\u0458": "j", "\u0455": "s",
                      "\u0410": "A", "\u0412": "B", "\u0415": "E", "\u041a": "K", "\u041c": "M",
                      "\u041d": "H", "\u041e": "O", "\u0420": "P", "\u0421": "C", "\u0422": "T",
                      "\u0425": "X", "\u0405": "S", "\u0406": "I", "\u0408": "J"})
WORDS = {"oh": "0", "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
         "six": "6", "seven": "7", "eight": "8", "nine": "9"}


def undo(t):
    t = unicodedata.normalize("NFKC", t)
    t = "".join(c for c in t if unicodedata.category(c) != "Cf").translate(CONF)
    toks, out = re.findall(r"[A-Za-z]+|\d|\S", t.lower()), []
    i = 0
    while i < len(toks):
        w = toks[i]
        if w == "double" and i + 1 < len(toks) and toks[i + 1] in WORDS:
            out.append(WORDS[toks[i + 1]] * 2); i += 2; continue
        if w == "treble" and i + 1 < len(toks) and toks[i + 1] in WORDS:
            out.append(WORDS[toks[i + 1]] * 3); i += 2; continue
        out.append(WORDS.get(w, w)); i += 1
    s = " ".join(out)
    if sum(c.isdigit() for c in s) >= 6:           # leet in a number: O -> 0, l -> 1
        s = s.replace("o", "0").replace("l", "1")
    return s


def main():
    bad = 0
    ids = set()
    for line in open(ROOT / "gold.jsonl", encoding="utf-8"):
        d = json.loads(line)
        assert d["id"] not in ids, d["id"]; ids.add(d["id"])
        cls = d["id"].split("-", 1)[0]
        if cls == "lookalike":
            bad += not (d["safe"] and not d["spans"])
        for s in d["spans"] + d["ok_spans"]:
            assert d["text"][s["start"]:s["end"]] == s["text"]
        for s in d["spans"]:
            t, u = s["text"], undo(s["text"])
            digits = re.sub(r"\D", "", u)
            verdict = None
            if s["label"] == "ID_NUMBER" and len(digits) == 10:
                verdict = nb.valid_mod11(digits)
            elif s["label"] == "ID_NUMBER" and nb.NI_RE.match(u.replace(" ", "").upper()):
                verdict = nb.valid_ni(u.replace(" ", "").upper())
            elif s["label"] == "CONTACT" and len(digits) >= 10:
                verdict = any(re.fullmatch(p, digits) for p in (x.replace(" ?", "") for x in nb.DRAMA_PHONE))
            elif s["label"] == "CONTACT" and ("@" in u or " at " in f" {u} " or "[at]" in u or "(at)" in u):
                flat = re.sub(r"[\s()\[\]]", "", u.replace(" at ", "@").replace(" dot ", ".")
                              .replace("[at]", "@").replace("[dot]", ".").replace("(at)", "@").replace("(dot)", ".").replace(" underscore ", "_"))
                verdict = bool(re.search(r"example\.(org|com|gov\.uk|nhs\.uk)$", flat))
            if verdict is not None:
                print(f"{d['id']:40s} {s['label']:10s} {ascii(t)[:60]:60s} -> {u[:40]!r} {'ok' if verdict else 'BAD'}")
                bad += not verdict
    src = (HERE / "make.py").read_text(encoding="utf-8")
    odd = [c for c in src if unicodedata.category(c) in ("Cf", "Mn", "Zs") and c != " "
           or "\u0370" <= c <= "\u04ff" or "\uff00" <= c <= "\uffef" or "\u3000" == c]
    if odd:
        print("literal odd characters in make.py:", sorted(set(map(ascii, odd)))); bad += 1
    print("problems:", bad)
    return bad


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
