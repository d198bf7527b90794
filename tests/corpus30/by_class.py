#!/usr/bin/env python3
"""Split corpus30's gold.jsonl into one gold file per evasion class (issue #17).

    python by_class.py gold.jsonl by_class/

Every marked span goes into each class its *written form* belongs to (a name with a
zero-width space inside a file name is in both `invisible` and `links_tags`); a span
that belongs to none of them goes to `plain`. Each `by_class/CLASS.jsonl` holds only
the drafts with at least one span of that class, with only those spans and no OK
spans, so `score.py by_class/CLASS.jsonl PRED.jsonl` reports that class's recall
(ignore its precision). `by_class/lookalikes.jsonl` holds every draft with its OK
spans and no marked spans: its "OK-span false alarms" line is the look-alike rate.
`by_class/classes.tsv` lists each span with its classes, for review.

Classes are decided from the gold text alone, by the small tests below (one function
per class); no detector code is read or imported. `PINNED` fixes the few spans the
tests would misjudge, and `check()` fails loudly if a pinned span is no longer in
the gold file, so the pins cannot silently rot.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

CLASSES = [
    "invisible",        # format characters inside the span: ZWSP/ZWNJ/ZWJ, word joiner, soft hyphen, bidi override
    "spaces_width",     # no-break, narrow no-break or ideographic space; full-width digits or letters
    "accents_scripts",  # combining (NFD) accents; Cyrillic/Greek letters, look-alike or genuine
    "spaced_dotted",    # digits or letters spaced, dotted or hyphenated one at a time
    "leetspeak",        # digits for letters in names and handles; letters O/o/l/I for digits in numbers
    "number_words",     # a phone, ID, house number, date, DOB or age written in words
    "email_handles",    # e-mail spelt with at/dot/[at]; handles, usernames and display names given for a platform
    "links_tags",       # inside a URL, file name or path, hashtag, front matter, Markdown link/alt, HTML attribute/comment
    "layout",           # split over a line break, "SURNAME, Forename", dotted initials, postcode spaced oddly or not at all
    "plain",            # none of the above: the same people written the ordinary way
]

ODD_SPACES = "\u00a0\u202f\u3000\u2007\u2009"
NUMBER_WORDS = re.compile(
    r"\b(?:oh|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety|hundred|thousand|double|treble|first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|eleventh|twelfth|\w+teenth|twentieth|thirtieth)\b", re.I)
NUMBERISH_LABELS = {"CONTACT", "ID_NUMBER", "CASE_REF", "ADDRESS", "POSTCODE", "DATE_OF_BIRTH", "AGE", "DATE"}
SINGLES = re.compile(r"(?<!\w)\w(?:[ .\-]{1,3}\w(?!\w)){3,}")  # four or more one-character pieces
PHONE_CHARS = re.compile(r"[\d\s+().\-OolI]+")
PLAIN_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
UK_POSTCODE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}")
TOKEN_STOPS = ',<>"()[]'
LINKISH_REST = re.compile(r"[/\\#_%&]|\.(?:jpe?g|png|gif|pdf|docx?|xlsx?|pptx?|csv|zip|com|org|uk)\b", re.I)

# (draft id, span text) -> classes, where the tests below would misjudge the span
PINNED = {
    ("19", "J4sm1ne Pr1tch4rd"): ["leetspeak"],              # ends in "4rd", which the test takes for an ordinal
    ("38", "19.03.47.128.4"): ["spaced_dotted"],             # CHI broken up with dots, pieces longer than one digit
    ("39", "kerry underscore lomax seventy-nine at example dot com"): ["number_words", "email_handles"],  # e-mail in words
}


def bare(t):
    """The span without format characters, with odd spaces made ordinary and full-width folded."""
    t = "".join(ch for ch in t if unicodedata.category(ch) != "Cf")
    return unicodedata.normalize("NFKC", t)


def is_invisible(t, **_):
    return any(unicodedata.category(ch) == "Cf" for ch in t)


def is_spaces_width(t, **_):
    return any(ch in ODD_SPACES or 0xFF01 <= ord(ch) <= 0xFF5E for ch in t)


def is_accents_scripts(t, **_):
    return any(unicodedata.category(ch) == "Mn" or 0x0370 <= ord(ch) <= 0x04FF for ch in t)


def is_spaced_dotted(t, **_):
    return bool(SINGLES.search(bare(t)))


def is_leetspeak(t, label, **_):
    b = bare(t)
    if label in ("PERSON", "CONTACT") and not PHONE_CHARS.fullmatch(b):
        # a digit standing between letters (R0b3rt, j4d3y) or starting a word (0ne)
        if re.search(r"[^\W\d_]\d+[^\W\d_]", b) or re.search(r"(?<![\w])[013457][^\W\d_]{2,}", b):
            return not re.fullmatch(r".*\d(?:st|nd|rd|th)", b)
    if label in ("CONTACT", "ID_NUMBER", "CASE_REF"):
        # letters O, o, l, I used for digits inside a number
        return bool(re.search(r"\d[OolI]|[OolI]\d", b))
    return False


def is_number_words(t, label, **_):
    return label in NUMBERISH_LABELS and bool(NUMBER_WORDS.search(t))


def is_phone(b):
    return bool(PHONE_CHARS.fullmatch(b) or NUMBER_WORDS.search(b))


def is_email_handles(t, label, **_):
    if label != "CONTACT":
        return False
    b = bare(t)
    return not is_phone(b) and not PLAIN_EMAIL.fullmatch(b)


def in_front_matter(text, start):
    if not text.startswith("---\n"):
        return False
    end = text.find("\n---", 4)
    return 0 < start < end


def is_links_tags(t, label, text, start, end):
    before = text[:start]
    # HTML (a draft with closing tags): inside a tag (attribute values) or inside a comment;
    # an e-mail header's <address> is not HTML
    if "</" in text and (before.rfind("<") > before.rfind(">") or before.rfind("<!--") > before.rfind("-->")):
        return True
    if in_front_matter(text, start):
        return True
    # Markdown image alt text ![...] or link target (...)
    line_before = before[before.rfind("\n") + 1:]
    if re.search(r"!\[[^\]]*$", line_before) or re.search(r"\]\([^)\s]*$", line_before):
        return True
    # the token around the span (cut at white space, commas, quotes, brackets and angle
    # brackets, so CSV cells and HTML element text are not tokens): a URL, path, file name or hashtag
    a, b = start, end
    while a > 0 and not (text[a - 1].isspace() or text[a - 1] in TOKEN_STOPS):
        a -= 1
    while b < len(text) and not (text[b].isspace() or text[b] in TOKEN_STOPS):
        b += 1
    token = text[a:b]
    rest = text[a:start] + text[end:b]
    if token.startswith("#") or "://" in token:
        return True
    return bool(LINKISH_REST.search(rest))


def is_layout(t, label, **_):
    if "\n" in t:
        return True
    if label == "PERSON":
        flat = bare(t)
        if re.fullmatch(r"(?:Mc|Mac|O')?[A-Z][A-Z '\-]+,\s*\S.*", flat):   # SURNAME, Forename
            return True
        if re.fullmatch(r"(?:[A-Z]\.\s?){2,}(?:[A-Z][a-z]+)?", flat):      # K. J. Dunn, M. E. D.
            return True
    if label == "POSTCODE":
        flat = bare(t)
        compact = re.sub(r"\s", "", flat)
        if re.fullmatch(r"[A-Za-z]{1,2}\d[A-Za-z\d]?\d[A-Za-z]{2}", compact):
            return not UK_POSTCODE.fullmatch(flat)
    return False


TESTS = [("invisible", is_invisible), ("spaces_width", is_spaces_width),
         ("accents_scripts", is_accents_scripts), ("spaced_dotted", is_spaced_dotted),
         ("leetspeak", is_leetspeak), ("number_words", is_number_words),
         ("email_handles", is_email_handles), ("links_tags", is_links_tags), ("layout", is_layout)]


def classes_of(doc, span):
    key = (doc["id"], span["text"])
    if key in PINNED:
        return PINNED[key]
    out = [name for name, test in TESTS
           if test(span["text"], label=span["label"], text=doc["text"], start=span["start"], end=span["end"])]
    return out or ["plain"]


def check(docs):
    have = {(d["id"], s["text"]) for d in docs for s in d["spans"]}
    stale = [k for k in PINNED if k not in have]
    if stale:
        sys.exit(f"pinned spans not in gold: {stale}")


def main(argv):
    if len(argv) != 3:
        sys.exit("usage: by_class.py GOLD.jsonl OUT_DIR")
    docs = [json.loads(line) for line in open(argv[1], encoding="utf-8") if line.strip()]
    check(docs)
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
