#!/usr/bin/env python3
"""Tables for the corpus6 README, computed from gold.jsonl.

    python3 tools/stats.py [gold.jsonl]        # default: ../gold.jsonl

Prints three markdown tables: drafts by genre and safe/unsafe, spans per label
(plus OK spans), and how many examples of each long-tail shape the corpus holds.

The shape counts are computed by simple rules over the gold spans and their
immediate context (see SHAPES below); a few shapes that no rule can recognise
(nicknames, ordinary-word names, local names for places) use short explicit
lists of the strings used in the drafts.  The counts are a guide to coverage,
not a second annotation.
"""
import json
import re
import sys
from collections import Counter, OrderedDict
from pathlib import Path

DIRECT = ["PERSON", "ADDRESS", "POSTCODE", "CONTACT", "ID_NUMBER", "CASE_REF", "DATE_OF_BIRTH"]
QUASI = ["AGE", "DATE", "LOCATION", "LOCAL_AUTHORITY", "INSTITUTION", "DEMOGRAPHIC"]
GENRES = ["chat", "closed-group", "forum", "reflective-log", "email", "blog"]

# explicit lists (strings as they appear in the drafts, compared lower-cased)
NICKNAMES = {"big trish", "trish", "zak", "dazza", "daz", "shan", "lil k", "k", "ky", "rhods",
             "dyf", "macs", "zuzia", "t.o.", "a.o."}
WORD_NAMES = {"will", "faith", "grace", "rose", "amber", "hope", "jack", "ruby", "frank", "mark",
              "bill", "dawn", "joy", "summer", "sky", "hunter", "mason", "storm", "sandy", "kyle"}
ORDINARY_WORD_PLACES = {"broch", "island", "ferry", "ness", "point"}
MONTHS = ("january february march april may june july august september october november december "
          "jan feb mar apr jun jul aug sep sept oct nov dec").split()
VERB_OR_PREP = set("""to with at for from of about on by ring rang told tell see seen saw text texted
asked ask met meet did does has have is was heard hear lifted dropped brought collect pick
visit visited chase call called and mr mrs ms""".split())

AUTHORS_AND_PROFESSIONALS = {"chidi okafor", "chidi", "ruth ashworth", "ruth", "isla", "helen", "elin", "nia",
                             "nia prosser", "paul", "sandra mitchell", "hollie barnes", "mrs hughes", "sal"}
REGIONS = {"angus", "moray", "lothian", "manchester", "sheffield", "edinburgh", "east midlands",
           "llandrindod wells", "glasgow sheriff court"}
LANGUAGES = {"polish", "tigrinya", "dari", "urdu", "welsh", "gaelic"}
CONDITIONS = {"adhd", "asthma", "copd", "psychosis", "stroke", "anxiety"}
CASE_LAW = re.compile(r"^(Re [A-Z]|Gillick$|Merton$)")
NI_NUMBER = re.compile(r"^[A-Za-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Da-d]$")
GB_REG = re.compile(r"^[A-Za-z]{2}\d{2} ?[A-Za-z]{3}$")
NI_REG = re.compile(r"^[A-Za-z]{3} ?\d{1,4}$")


def load(path):
    return [json.loads(line) for line in open(path, encoding="utf-8")]


def before(doc, span, n=30):
    return doc["text"][max(0, span["start"] - n):span["start"]]


def after(doc, span, n=30):
    return doc["text"][span["end"]:span["end"] + n]


def prev_word(doc, span):
    m = re.search(r"([A-Za-z&.']+)\W*$", before(doc, span))
    return m.group(1).lower() if m else ""


def is_sender(doc, ok):
    line_start = doc["text"].rfind("\n", 0, ok["start"]) + 1
    return ok["start"] == line_start and doc["text"][ok["end"]:ok["end"] + 1] == ":"


def shapes(docs):
    c = OrderedDict()

    def add(key, n=1):
        c[key] = c.get(key, 0) + n

    for d in docs:
        spans = d["spans"]
        ends = {s["end"]: s for s in spans}
        for s in spans:
            t, lab, low = s["text"], s["label"], s["text"].lower()
            if lab == "PERSON":
                if t == low and re.search(r"[a-z]", t):
                    add("PERSON: lower-case name")
                if prev_word(d, s) in VERB_OR_PREP:
                    add("PERSON: name right after a verb or preposition")
                if low in NICKNAMES or re.fullmatch(r"([A-Z]\.)+", t) or low.startswith(("big ", "lil ")):
                    add("PERSON: nickname, short form or initials")
                if low in WORD_NAMES or any(w in WORD_NAMES for w in low.split()[:1]):
                    add("PERSON: first name that is an ordinary word")
                nxt = after(d, s, 3)
                pre = before(d, s, 4).lower()
                if re.match(r"(s|es)\b", nxt) and not pre.endswith("the "):
                    add("PERSON: possessive without apostrophe")
                if pre.endswith("the ") or re.match(r" (children|kids|lot)\b", after(d, s, 10)):
                    add("PERSON: family by surname")
                if re.search(r"[^\x00-\x7f]", t) or re.search(r"[a-z][A-Z]", t) or "-" in t:
                    add("PERSON: accent, internal capital or hyphen")
            elif lab == "POSTCODE":
                if " " in t:
                    add("POSTCODE: full postcode" + (" (lower case)" if t == low else ""))
                else:
                    add("POSTCODE: district alone" + (" (lower case)" if t == low else ""))
            elif lab == "ADDRESS":
                if re.search(r"\b(heol|ffordd|stryd|lôn)\b", low):
                    add("ADDRESS: Welsh street word")
                if re.search(r"\b\d[fF]\d\b|\b\d/\d\b|\b\d/[RrLl]\b", t):
                    add("ADDRESS: Scottish flat position")
                if t == low:
                    add("ADDRESS: lower-case chat address")
                if re.search(r"\b(rd|st|cres|pk|ln|ave)\b", low):
                    add("ADDRESS: abbreviated street word")
                if re.match(r"[A-Za-z]", t) and not re.match(r"(flat|room|the|end|above)\b", low):
                    add("ADDRESS: house or building name")
                if re.search(r"\b(opposite|above|end)\b", low):
                    add("ADDRESS: descriptive address")
            elif lab == "CASE_REF":
                if before(d, s, 4) == "(ID ":
                    add("CASE_REF: <system> (ID n)")
                elif re.match(r"\d+ of ", t):
                    add("CASE_REF: police serial")
                elif t.startswith("["):
                    add("CASE_REF: neutral citation of the family's own judgment")
                elif re.search(r"\b(court|file)\b", before(d, s, 40).lower()):
                    add("CASE_REF: court case number")
                else:
                    add("CASE_REF: crime, CAD, Home Office or local reference")
            elif lab == "ID_NUMBER":
                digits = re.sub(r"\D", "", t)
                if NI_NUMBER.match(t):
                    add("ID_NUMBER: National Insurance number")
                elif len(digits) == 10 and t.isdigit():
                    add("ID_NUMBER: CHI number")
                elif len(digits) == 10:
                    add("ID_NUMBER: NHS / Health and Care number")
                elif len(t) == 16:
                    add("ID_NUMBER: driving licence")
                elif GB_REG.match(t):
                    add("ID_NUMBER: vehicle registration, GB format")
                elif NI_REG.match(t):
                    add("ID_NUMBER: vehicle registration, Northern Ireland format")
                else:
                    add("ID_NUMBER: passport")
            elif lab == "DATE_OF_BIRTH":
                if re.fullmatch(r"\d{4}-\d{2}-\d{2}", t):
                    add("DATE_OF_BIRTH: ISO")
                elif re.fullmatch(r"[\d/.]+", t):
                    add("DATE_OF_BIRTH: numeric with / or .")
                else:
                    add("DATE_OF_BIRTH: with a month name")
                if re.search(r"(d\.o\.b|dob)\W*$", before(d, s, 8).lower()):
                    add("DATE_OF_BIRTH: after DOB / d.o.b / dob cue")
                elif "born" in before(d, s, 12).lower():
                    add("DATE_OF_BIRTH: after 'born (on the)'")
            elif lab == "CONTACT":
                if re.fullmatch(r"[\w.+-]+@[\w-]+\.[\w.]+", t):
                    add("CONTACT: e-mail")
                elif re.search(r"\.(com|org)/", t):
                    add("CONTACT: profile URL")
                elif re.search(r"\d{5,}", t.replace(" ", "")) and not re.search(r"[a-z]", low):
                    add("CONTACT: phone" + (" (no spaces)" if " " not in t else ""))
                else:
                    add("CONTACT: social-media handle")
            elif lab == "AGE":
                prev = ends.get(s["start"] - 2) or ends.get(s["start"] - 1)
                if prev and prev["label"] == "PERSON":
                    add("AGE: after a name, 'Name (n)' or 'Name, n'")
                else:
                    add("AGE: bare age not bound to a name")
                if re.search(r"[a-z]", low):
                    add("AGE: in words, days/weeks, decades or 'under n'")
            elif lab == "DATE":
                if re.fullmatch(r"\d+(st|nd|rd|th)", t):
                    add("DATE: bare ordinal")
                if re.search(r"easter|christmas|hogmanay|new year|summer|spring|break|week", low):
                    add("DATE: holiday, season or school break")
                if re.fullmatch(r"\d{4}-\d{2}-\d{2}", t):
                    add("DATE: ISO date")
                if any(re.search(r"\b%s\b" % m, t) for m in MONTHS):
                    add("DATE: lower-case month")
            elif lab == "LOCAL_AUTHORITY":
                if re.search(r"locality|trust", low):
                    add("LOCAL_AUTHORITY: locality team or trust")
                elif len(t.replace(" ", "")) <= 8:
                    add("LOCAL_AUTHORITY: abbreviation or short form")
                else:
                    add("LOCAL_AUTHORITY: other")
            elif lab == "INSTITUTION":
                if low.startswith(("ysgol", "coleg")):
                    add("INSTITUTION: Welsh ysgol / coleg")
                elif t == low or t.isupper() or re.search(r"\b(ct|st|mags)\b", low):
                    add("INSTITUTION: informal court, unit or hospital name")
                else:
                    add("INSTITUTION: other")
            elif lab == "DEMOGRAPHIC":
                if len(t.split()) >= 3:
                    add("DEMOGRAPHIC: singling-out circumstance (no keyword)")
                else:
                    add("DEMOGRAPHIC: nationality, language or job")
            elif lab == "LOCATION":
                if low in ORDINARY_WORD_PLACES:
                    add("LOCATION: local name that is an ordinary word")
                if re.match(r",? (a hamlet |a couple of miles |just |a few miles |about half an hour )",
                            after(d, s, 40)):
                    add("LOCATION: hamlet or village placed near a town")
        for ok in d["ok_spans"]:
            t, low = ok["text"], ok["text"].lower()
            if is_sender(d, ok):
                add("OK: chat sender name")
            elif CASE_LAW.match(t):
                add("OK: reported case law")
            elif re.fullmatch(r"(Child|Mrs|Mr|Ms|Parent|Person) [A-Z0-9]", t):
                add("OK: chosen placeholder")
            elif re.fullmatch(r"(s\.? ?|section |para |paragraph )?\d+(\.\d+)?", t) and not re.fullmatch(r"\d{4}", t) \
                    and re.match(r"(s|section|para)", low) or re.fullmatch(r"\d+\.\d+", t):
                add("OK: section or paragraph number")
            elif re.fullmatch(r"\d{4}", t) or low in MONTHS or re.fullmatch(r"\d+(st|nd|rd|th)", t) \
                    or re.fullmatch(r"\d+ \w+", t) and low.split()[1] in MONTHS or low == "christmas":
                add("OK: public date, month or year")
            elif re.fullmatch(r"[\d ]{6,}", t):
                add("OK: national helpline number")
            elif re.search(r"\d", t) and re.search(r"under|over|aged|-|year|^\d+$", low) and not re.search(r"\d{3}", t):
                add("OK: legal age or age range")
            elif re.fullmatch(r"\d+ \w+|a dozen|\d+%", t):
                add("OK: count or percentage")
            elif low == "generally speaking":
                add("OK: 'generally speaking'")
            elif re.search(r"\(\d{4}\)$", t):
                add("OK: cited researcher")
            elif low in AUTHORS_AND_PROFESSIONALS:
                add("OK: author, addressee or professional in role")
            elif low in REGIONS:
                add("OK: region or city named in passing")
            elif low in LANGUAGES:
                add("OK: language spoken by staff")
            elif low in CONDITIONS:
                add("OK: common condition")
            elif re.search(r"nurse|teacher|psychologist|therapist|lead$|manager|^iro$|team$|curator|visitor|services|head of", low):
                add("OK: generic role or team")
            else:
                add("OK: national body, act, policy or helpline name")
    return c


def main(argv):
    path = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent.parent / "gold.jsonl"
    docs = load(path)
    g = Counter((d["genre"], d["safe"]) for d in docs)
    print("| genre | unsafe | safe | total |\n| --- | ---: | ---: | ---: |")
    for genre in GENRES:
        u, s = g[(genre, False)], g[(genre, True)]
        if u + s:
            print(f"| {genre} | {u} | {s} | {u + s} |")
    tu = sum(v for (k, safe), v in g.items() if not safe)
    ts = sum(v for (k, safe), v in g.items() if safe)
    print(f"| **all** | **{tu}** | **{ts}** | **{tu + ts}** |\n")

    lab = Counter(s["label"] for d in docs for s in d["spans"])
    docs_with = Counter(l for d in docs for l in {s["label"] for s in d["spans"]})
    print("| label | kind | spans | drafts |\n| --- | --- | ---: | ---: |")
    for l in DIRECT + QUASI:
        print(f"| {l} | {'direct' if l in DIRECT else 'quasi'} | {lab[l]} | {docs_with[l]} |")
    nd = sum(lab[l] for l in DIRECT)
    nq = sum(lab[l] for l in QUASI)
    n_ok = sum(len(d["ok_spans"]) for d in docs)
    n_sender = sum(is_sender(d, o) for d in docs for o in d["ok_spans"])
    print(f"| **direct total** | | **{nd}** | |")
    print(f"| **quasi total** | | **{nq}** | |")
    print(f"| OK (look-alikes) | | {n_ok} | {sum(1 for d in docs if d['ok_spans'])} |")
    print(f"| of which chat sender names | | {n_sender} | |\n")

    print("| shape | examples |\n| --- | ---: |")
    for k, v in sorted(shapes(docs).items(), key=lambda kv: (kv[0].split(":")[0] == "OK", kv[0])):
        print(f"| {k} | {v} |")


if __name__ == "__main__":
    main(sys.argv)
