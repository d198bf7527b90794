#!/usr/bin/env python3
"""Check gold.jsonl against marks_classes.json (written by make_drafts.py), print word counts,
write by_class.tsv and stats.md (tables pasted into README.md)."""
import json, collections

TOP = [("invisible", "invisible_bidi"), ("bidi", "invisible_bidi"),
       ("nonascii_space", "nonascii_space_fullwidth"), ("fullwidth", "nonascii_space_fullwidth"),
       ("nfd", "nfd_homoglyph"), ("homoglyph", "nfd_homoglyph"),
       ("spaced_dotted", "spaced_dotted"), ("leet", "leet"), ("words", "number_words"),
       ("email_words", "email_handle"), ("handle_no_at", "email_handle"),
       ("url_", "url_slug_tag"), ("alt_text", "url_slug_tag"), ("md_link_target", "url_slug_tag"),
       ("camelcase_hashtag", "url_slug_tag"), ("lowercase_hashtag", "url_slug_tag"),
       ("html_comment", "url_slug_tag"), ("layout", "layout"), ("all_caps", "layout"), ("plain", "plain"), ("nbsp", "nonascii_space_fullwidth"), ("zwsp", "invisible_bidi")]


def top(part):
    for pre, name in TOP:
        if part.startswith(pre):
            return name
    raise KeyError(part)


def esc(t):
    out = []
    for c in t:
        if c == "\n":
            out.append("\\n")
        elif c == "\t":
            out.append("\\t")
        elif ord(c) > 126:
            out.append("\\u%04x" % ord(c))
        else:
            out.append(c)
    return "".join(out)


gold = [json.loads(l) for l in open("gold.jsonl", encoding="utf-8")]
cls = json.load(open("marks_classes.json", encoding="utf-8"))
rows = []
for d in gold:
    c = cls[d["id"]]
    assert len(c["spans"]) == len(d["spans"]) and len(c["ok_spans"]) == len(d["ok_spans"]), d["id"]
    for s, k in zip(d["spans"], c["spans"]):
        assert s["text"] == k["text"] and s["label"] == k["label"], (d["id"], s, k)
        assert d["text"][s["start"]:s["end"]] == s["text"]
        parts = k["class"].split("+")
        tops = [top(p) for p in parts]
        rows.append(dict(draft=d["id"], start=s["start"], end=s["end"], label=s["label"], kind=s["kind"],
                         cls=tops[0], also=",".join(sorted(set(tops[1:]) - {tops[0]})) or "-",
                         detail=k["class"], text=esc(s["text"])))
    for s, k in zip(d["ok_spans"], c["ok_spans"]):
        assert s["text"] == k["text"]
        rows.append(dict(draft=d["id"], start=s["start"], end=s["end"], label="OK", kind="ok",
                         cls="ok_lookalike", also="-", detail=k["class"], text=esc(s["text"])))
    words = len(d["text"].split())
    assert 50 <= words <= 220, (d["id"], words)
    assert "[[" not in d["text"] and "]]" not in d["text"]

cols = ["draft", "start", "end", "label", "kind", "cls", "also", "detail", "text"]
with open("by_class.tsv", "w", encoding="utf-8") as f:
    f.write("draft\tstart\tend\tlabel\tkind\tclass\talso_class\tdetail\ttext_escaped\n")
    for r in rows:
        f.write("\t".join(str(r[c]) for c in cols) + "\n")

ids = [r for r in rows if r["kind"] != "ok"]
oks = [r for r in rows if r["kind"] == "ok"]
L = []
L.append("| class | spans (primary) | also (secondary) | direct | quasi | drafts |")
L.append("| --- | --- | --- | --- | --- | --- |")
order = ["invisible_bidi", "nonascii_space_fullwidth", "nfd_homoglyph", "spaced_dotted", "leet", "number_words",
         "email_handle", "url_slug_tag", "layout", "plain"]
for c in order:
    prim = [r for r in ids if r["cls"] == c]
    sec = [r for r in ids if c in r["also"].split(",")]
    drafts = sorted({r["draft"] for r in prim + sec})
    L.append(f"| {c} | {len(prim)} | {len(sec)} | {sum(r['kind']=='direct' for r in prim)} | "
             f"{sum(r['kind']=='quasi' for r in prim)} | {len(drafts)} ({', '.join(drafts)}) |")
L.append("")
L.append("| label | spans |")
L.append("| --- | --- |")
for lab, n in collections.Counter(r["label"] for r in ids).most_common():
    L.append(f"| {lab} | {n} |")
L.append("")
L.append("| OK look-alike type | spans | drafts |")
L.append("| --- | --- | --- |")
for t, n in collections.Counter(r["detail"] for r in oks).most_common():
    L.append(f"| {t} | {n} | {', '.join(sorted({r['draft'] for r in oks if r['detail']==t}))} |")
L.append("")
L.append("| draft | label | class | detail | span (escaped) |")
L.append("| --- | --- | --- | --- | --- |")
for r in ids:
    t = r["text"].replace("|", "\\|")
    L.append(f"| {r['draft']} | {r['label']} | {r['cls']}{'+' + r['also'] if r['also'] != '-' else ''} | {r['detail']} | `{t}` |")
open("stats.md", "w", encoding="utf-8").write("\n".join(L) + "\n")
g = collections.Counter((d["genre"], d["safe"]) for d in gold)
print(dict(g))
print("words", min(len(d["text"].split()) for d in gold), max(len(d["text"].split()) for d in gold),
      sum(len(d["text"].split()) for d in gold) / len(gold))
print(len(ids), "identifier spans;", len(oks), "OK spans;", sum(r["kind"] == "direct" for r in ids), "direct",
      "; OK in safe", sum(1 for r in oks if int(r["draft"]) <= 10))
