#!/usr/bin/env python3
"""Split corpus21's gold.jsonl into one gold file per evasion class (issue #17).

    python by_class.py gold.jsonl by_class/

Each marked span is put in every class its written form belongs to (a name with a
zero-width space inside a hashtag is in both `invisible` and `links_tags`); spans
written in an ordinary way go to `plain`. A class file holds only the drafts with at
least one span of that class, with only those spans and no OK spans, so
`score.py by_class/CLASS.jsonl PRED.jsonl` gives that class's recall (ignore its
precision). `lookalikes.jsonl` holds every draft with its OK spans and no marked
spans: its "OK-span false alarms" line is the look-alike rate.

The classes are decided from the gold text alone, by the rules below (no detector
code is used); `OVERRIDES` pins the few spans the rules would get wrong.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

CLASSES = [
    "invisible",        # zero-width / format characters, soft hyphen, bidi override inside the span
    "spaces_width",     # no-break, narrow no-break or ideographic spaces; full-width digits or letters
    "accents_scripts",  # decomposed accents (combining marks), Cyrillic/Greek look-alikes, Arabic script
    "spaced_dotted",    # characters spaced, dotted or hyphenated one by one
    "leetspeak",        # digits for letters in words, letters O/o/l for digits in numbers
    "number_words",     # numbers written in words (phone, house number, DOB, age, date, ID)
    "email_handles",    # e-mail written with at/dot, handles and profile URLs, usernames
    "links_tags",       # inside a URL, file name or path, hashtag, front matter, HTML attribute or comment, Markdown link/alt
    "layout",           # split over a line break, "Surname, Firstname", initials with dots, odd postcode spacing
    "plain",            # written the ordinary way (context spans)
]

NUM_WORDS = re.compile(
    r"\b(oh|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety|hundred|thousand|double|first|second|third|fourth|fifth|ninth|tenth|twelfth|"
    r"twenty-\w+|thirty-\w+|forty-\w+|fifty-\w+|eighty-\w+|ninety-\w+)\b", re.I)
SPACED = re.compile(r"(?:^|[\s(])(?:\w[ .\-/]{1,3}){3,}\w")
LEET_WORD = re.compile(r"[A-Za-z]*(?:[A-Za-z][0-9]|[0-9][A-Za-z])[A-Za-z0-9]*")
LINKISH = re.compile(r"[/#_]|\.(?:com|co|uk|org|jpg|png|pdf|docx?|zip)\b|\w-\w+-\w")
ATDOT = re.compile(r"\b(at|dot)\b|\[at\]|\[dot\]|\(at\)|\(dot\)|underscore", re.I)

# (draft id, span text) -> classes, where the rules above would misjudge
OVERRIDES = {
    ("15", "ME-ZERO-FOUR-FOUR-ONE"): ["number_words"],
    ("16", "Mc\u200bAllister, Ro\u0301i\u0301sin"): ["invisible", "accents_scripts", "layout"],
    ("18", "tanya_gillespie87@hotmail.co.uk"): ["plain"],
    ("18", "07700 900 one-eight-six"): ["number_words"],
    ("19", "07700 900 4 4 6"): ["spaced_dotted"],
    ("20", "SK67HF"): ["layout"],
    ("21", "Flat 2/1,\n14 Dalziel\nStreet"): ["layout"],
    ("23", "2K10"): ["leetspeak"],
    ("24", "MumOfMaisieAndAlfie"): ["email_handles", "links_tags"],
    ("26", "C-a-l-l-a-n"): ["spaced_dotted"],
    ("32", "B.T."): ["layout"],
    ("36", "warren.b1982@gmx.co.uk"): ["plain"],
    ("36", "d.o.b 3rd of May 2015"): ["plain"],
    ("36", "d.o.b 19th Dec 2018"): ["plain"],
    ("37", "keeleyohare\u200b.x@icloud.com"): ["invisible"],
    ("38", "EH-TEN-oo4417"): ["leetspeak"],
    ("39", "S N 4 O 9 1 7 3 B"): ["spaced_dotted", "leetspeak"],
    ("39", "5 0 3 l 8 8 2 6 O"): ["spaced_dotted", "leetspeak"],
    ("40", "Pr1ncess_T"): ["leetspeak"],
    ("27", "GREENHALGH,\u00a0Norman"): ["spaces_width", "layout"],
}


def context_token(text, start, end):
    """The whitespace-delimited token(s) around a span, and the line it sits on."""
    a = start
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    b = end
    while b < len(text) and not text[b].isspace():
        b += 1
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    return text[a:b], text[ls:le if le >= 0 else len(text)]


def inside(text, start, open_, close):
    """Whether position start lies between an `open_` and the next `close`."""
    o = text.rfind(open_, 0, start)
    if o < 0:
        return False
    c = text.find(close, o)
    return c >= start


def classes_of(doc, span):
    key = (doc["id"], span["text"])
    if key in OVERRIDES:
        return OVERRIDES[key]
    t, text = span["text"], doc["text"]
    token, line = context_token(text, span["start"], span["end"])
    out = []
    cats = {unicodedata.category(ch) for ch in t}
    if "Cf" in cats:
        out.append("invisible")
    if any(ch in "\u00a0\u202f\u3000" or 0xFF01 <= ord(ch) <= 0xFF5E for ch in t):
        out.append("spaces_width")
    if "Mn" in cats or any("\u0370" <= ch <= "\u06ff" for ch in t):
        out.append("accents_scripts")
    plain_t = "".join(ch for ch in t if unicodedata.category(ch) != "Cf")
    if SPACED.search(" " + plain_t) or re.search(r"\d\.\d{3}\.", plain_t) or re.search(r"(\w\.){3,}", plain_t):
        out.append("spaced_dotted")
    leet = [w for w in LEET_WORD.findall(plain_t) if not re.fullmatch(r"\d+(st|nd|rd|th|yrs?|k\d+)?|[A-Z]{1,2}\d+[A-Z]?|\d+[A-Z]{1,2}|2K\d+|\d+Nov|\d[A-Z]\d", w, re.I)]
    if leet or re.search(r"\d[Ool]|[Ool]\d", plain_t) and re.search(r"\d", plain_t) and span["label"] in ("CONTACT", "ID_NUMBER", "CASE_REF"):
        out.append("leetspeak")
    if NUM_WORDS.search(t) and span["label"] not in ("PERSON", "CONTACT", "LOCATION", "INSTITUTION") \
            or span["label"] == "CONTACT" and re.search(r"\b(oh|zero|double|hundred|nine|seven|three|one)\b", t):
        out.append("number_words")
    if span["label"] == "CONTACT" and not re.fullmatch(r"[\d\s.+()\-\uff10-\uff19Oo]+", t) and "hundred" not in t \
            and not re.search(r"\b(oh|double|zero|nine|seven)\b", t):
        out.append("email_handles")
    elif ATDOT.search(t) and span["label"] == "CONTACT":
        out.append("email_handles")
    in_markup = inside(text, span["start"], "<", ">") and not inside(text, span["start"], ">", "<")
    in_comment = inside(text, span["start"], "<!--", "-->")
    in_front = line.startswith(("slug:", "tags:", "title:"))
    in_link = bool(re.search(r"\]\([^)]*$", text[max(0, span["start"] - 200):span["start"]])) \
        or bool(re.search(r"!\[[^\]]*$", text[max(0, span["start"] - 200):span["start"]]))
    if span["label"] != "CONTACT" and (in_markup or in_comment or in_front or in_link or
                                       (token != t and LINKISH.search(token)) or
                                       re.search(r"[A-Za-z]", token.replace(t, "", 1)[:1] or "") and token.startswith("#")):
        out.append("links_tags")
    elif span["label"] == "CONTACT" and ("/" in t or in_markup):
        out.append("links_tags")
    if "\n" in t or re.fullmatch(r"[A-Z'\-]{2,}, [A-Z][a-z]+|[A-Za-z'\-]+, [A-Z]\.?", t) \
            or re.fullmatch(r"(?:[A-Z]\. ?){2,}|[A-Z]\. [A-Z]?\.? ?\w+", t) \
            or span["label"] == "POSTCODE" and not re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}", t):
        out.append("layout")
    return out or ["plain"]


def main(argv):
    if len(argv) != 3:
        sys.exit("usage: by_class.py GOLD.jsonl OUT_DIR")
    docs = [json.loads(line) for line in open(argv[1], encoding="utf-8") if line.strip()]
    out_dir = Path(argv[2])
    out_dir.mkdir(parents=True, exist_ok=True)
    per = {c: [] for c in CLASSES}
    table = []
    for d in docs:
        by = {c: [] for c in CLASSES}
        for s in d["spans"]:
            cs = classes_of(d, s)
            table.append((d["id"], s["label"], ",".join(cs), s["text"]))
            for c in cs:
                by[c].append(s)
        for c in CLASSES:
            if by[c]:
                per[c].append({**d, "spans": by[c], "ok_spans": []})
    for c in CLASSES:
        with open(out_dir / f"{c}.jsonl", "w", encoding="utf-8") as f:
            for d in per[c]:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        print(f"{c:<16}{sum(len(d['spans']) for d in per[c]):4d} spans in {len(per[c]):2d} drafts")
    with open(out_dir / "lookalikes.jsonl", "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps({**d, "spans": []}, ensure_ascii=False) + "\n")
    print(f"{'lookalikes':<16}{sum(len(d['ok_spans']) for d in docs):4d} OK spans in {len(docs):2d} drafts")
    with open(out_dir / "classes.tsv", "w", encoding="utf-8") as f:
        f.write("draft\tlabel\tclasses\ttext\n")
        for row in table:
            f.write("\t".join(row[:3]) + "\t" + json.dumps(row[3], ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
