#!/usr/bin/env python3
"""Authoring QA for corpus4: list unmarked repeats of marked strings, and per-draft summaries.

    python3 tools/qa.py gold.jsonl
"""
import json
import re
import sys

for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    text = d["text"]
    covered = [False] * len(text)
    for s in d["spans"] + d["ok_spans"]:
        for i in range(s["start"], s["end"]):
            covered[i] = True
    seen = set()
    for s in d["spans"] + d["ok_spans"]:
        t = s["text"]
        if t in seen or len(t) < 2:
            continue
        seen.add(t)
        for m in re.finditer(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text, flags=re.I):
            if not any(covered[m.start():m.end()]):
                ctx = text[max(0, m.start() - 30):m.end() + 30].replace("\n", " ")
                print(f"{d['id']}: unmarked repeat of {t!r} ... {ctx!r}")
    # overlapping spans
    allsp = sorted(d["spans"] + d["ok_spans"], key=lambda s: s["start"])
    for a, b in zip(allsp, allsp[1:]):
        if b["start"] < a["end"]:
            print(f"{d['id']}: overlap {a['text']!r} / {b['text']!r}")
    words = len(text.split())
    direct = sum(s["kind"] == "direct" for s in d["spans"])
    quasi = sum(s["kind"] == "quasi" for s in d["spans"])
    flag = ""
    if d["safe"] and direct:
        flag = "  <-- SAFE DRAFT WITH DIRECT IDENTIFIER"
    print(f"#{d['id']:48s} {d['genre']:14s} safe={d['safe']!s:5s} words={words:4d} direct={direct:3d} quasi={quasi:3d} ok={len(d['ok_spans']):3d}{flag}")
