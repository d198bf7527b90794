#!/usr/bin/env python3
"""Quality checks for corpus7 (run after build.py).

    python3 tests/corpus7/tools/qa.py            # checks gold.jsonl and classes/*.jsonl
    python3 tests/corpus7/tools/qa.py --loose    # also list substring repeats (CamelCase, slugs)

Errors (exit status 1):
- a span's text does not match text[start:end], spans overlap, an id repeats;
- a safe=yes draft carries a direct identifier, a safe=no draft has no span;
- a phone number (after undoing the obfuscation) is outside the Ofcom drama
  ranges, an e-mail is not at example.org/.com/.gov.uk/.nhs.uk, an NHS/CHI
  number fails the modulus-11 check, an NI number is malformed; an OK span
  with 10+ digits is neither a drama number nor a listed national helpline;
- build.py contains a literal invisible, combining or look-alike character
  (they must be written as escapes).
Warnings:
- unmarked repeats: a marked string (or a word of a marked PERSON) occurs
  again, after normalisation, outside every span and OK span. Normalisation
  drops format characters (U+200B.., U+00AD, bidi controls; right-to-left
  override runs are read reversed), applies NFKC (full-width forms, exotic
  spaces), drops combining marks, maps Cyrillic/Greek look-alikes to Latin
  and case-folds. Spaced, leet and worded forms are not undone here;
- spans with leading or trailing spaces or punctuation;
- drafts outside 80..300 words.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
def _load_numbers():
    # tools/numbers.py (copied from corpus4); loaded by path because 'numbers' is also a stdlib module
    import importlib.util
    spec = importlib.util.spec_from_file_location("corpus7_numbers", HERE / "numbers.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_numbers = _load_numbers()

CONFUSABLE = {
    # Cyrillic
    "\u0430": "a", "\u0435": "e", "\u043e": "o", "\u0440": "p", "\u0441": "c", "\u0445": "x",
    "\u0456": "i", "\u0458": "j", "\u0455": "s", "\u0410": "A", "\u0412": "B", "\u0415": "E",
    "\u041a": "K", "\u041c": "M", "\u041d": "H", "\u041e": "O", "\u0420": "P", "\u0421": "C",
    "\u0422": "T", "\u0425": "X", "\u0408": "J", "\u0406": "I",
    # Greek
    "\u03bf": "o", "\u03b1": "a", "\u039f": "O", "\u0391": "A", "\u0392": "B", "\u0395": "E",
    "\u0396": "Z", "\u0397": "H", "\u0399": "I", "\u039a": "K", "\u039c": "M", "\u039d": "N",
    "\u03a1": "P", "\u03a4": "T", "\u03a7": "X", "\u03a5": "Y",
}
RLO, PDF = "\u202e", "\u202c"
HELPLINES = {"08088005000", "08082000247", "08088087777", "08006781602", "08000121700",
             "116123", "08001111"}
EXAMPLE_DOMAINS = {"example.org", "example.com", "example.gov.uk", "example.nhs.uk"}
DIRECT = {"PERSON", "ADDRESS", "POSTCODE", "CONTACT", "ID_NUMBER", "CASE_REF", "DATE_OF_BIRTH"}


def norm_char(c):
    if unicodedata.category(c) in ("Cf", "Mn"):
        return ""
    c = CONFUSABLE.get(c, c)
    out = unicodedata.normalize("NFKC", c)
    out = "".join(ch for ch in unicodedata.normalize("NFD", out) if unicodedata.category(ch) != "Mn")
    return out.casefold()


def normalise(text):
    """Return (normalised string, list mapping each normalised char to an original index)."""
    order = []
    i = 0
    while i < len(text):
        if text[i] == RLO:
            j = text.find(PDF, i + 1)
            j = len(text) if j < 0 else j
            order.extend(range(j - 1, i, -1))
            i = j + 1
            continue
        order.append(i)
        i += 1
    chars, index = [], []
    for k in order:
        for ch in norm_char(text[k]):
            chars.append(ch)
            index.append(k)
    return "".join(chars), index


WORDS = {"oh": "0", "zero": "0", "nought": "0", "one": "1", "two": "2", "three": "3", "four": "4",
         "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9", "hundred": "00"}


def digits_of(span_text, leet=True):
    s, _ = normalise(span_text)
    toks = re.findall(r"[a-z]+|\d|[^\sa-z\d]", s)
    out, mult = [], 1
    worded = sum(t in WORDS for t in toks) >= 4
    for t in toks:
        if worded and t in ("double", "triple"):
            mult = 2 if t == "double" else 3
            continue
        if worded and t in WORDS:
            out.append(WORDS[t] * mult)
            mult = 1
            continue
        if t.isdigit():
            out.append(t)
        elif leet and t.isalpha():
            mapped = t.translate(str.maketrans("olig", "0119"))
            if sum(ch.isdigit() for ch in mapped) == len(mapped) and len(mapped) <= 4:
                out.append(mapped)
    return "".join(out)


def email_of(span_text):
    s, _ = normalise(span_text)
    s = re.sub(r"\s*[\[(]\s*at\s*[\])]\s*|\s+at\s+", "@", s)
    s = re.sub(r"\s*[\[(]\s*dot\s*[\])]\s*|\s+dot\s+", ".", s)
    s = s.replace(" ", "")
    return s if re.fullmatch(r"[^@\s]+@[a-z0-9.-]+\.[a-z]+", s) else None


def drama(d):
    return any(re.fullmatch(p.replace(" ?", "") + r"", d) for p in _numbers.DRAMA_PHONE)


def check_numbers(doc, errors):
    for s in doc["spans"]:
        t, lab = s["text"], s["label"]
        if lab == "CONTACT":
            em = email_of(t)
            if em:
                if em.split("@")[1] not in EXAMPLE_DOMAINS:
                    errors.append(f"{doc['id']}: e-mail outside example domains: {t!r} -> {em}")
                continue
            d = digits_of(t)
            if len(d) >= 10 and not drama(d):
                errors.append(f"{doc['id']}: phone not in a drama range: {t!r} -> {d}")
        if lab == "ID_NUMBER":
            s_norm = normalise(t)[0].upper()
            compact = re.sub(r"[\s.\-]", "", s_norm)
            if re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", compact):
                if not _numbers.valid_ni(compact):
                    errors.append(f"{doc['id']}: bad NI number {t!r}")
                continue
            d = digits_of(t)
            if len(d) == 10:
                if not _numbers.valid_mod11(d):
                    errors.append(f"{doc['id']}: NHS/CHI fails mod 11: {t!r} -> {d}")
    for s in doc["ok_spans"]:
        d = digits_of(s["text"])
        if len(d) >= 10 and not drama(d) and d not in HELPLINES:
            errors.append(f"{doc['id']}: OK number neither drama nor helpline: {s['text']!r} -> {d}")
        if 6 <= len(d) < 10 and re.fullmatch(r"[\d\s\u00a0\u202f\u3000.\uff10-\uff19]+", s["text"]) \
                and d not in HELPLINES:
            errors.append(f"{doc['id']}: short OK number not a listed helpline: {s['text']!r}")


def covered(ranges, a, b, text):
    for k in range(a, b):
        if text[k].isalnum() and not any(s <= k < e for s, e in ranges):
            return False
    return True


def repeats(doc, loose):
    text = doc["text"]
    ntext, index = normalise(text)
    ranges = [(s["start"], s["end"]) for s in doc["spans"] + doc["ok_spans"]]
    needles = {}
    for s in doc["spans"] + doc["ok_spans"]:
        n = normalise(s["text"])[0].strip(" .,:;'\"()")
        if len(re.sub(r"\W", "", n)) >= 3:
            needles[n] = s.get("label", "OK")
        if s.get("label") == "PERSON":
            for w in re.findall(r"\w+", n):
                if len(w) >= 3 and not w.isdigit():
                    needles.setdefault(w, "PERSON-word")
    out = []
    for n, lab in needles.items():
        for m in re.finditer(re.escape(n), ntext):
            a, b = m.start(), m.end()
            strict = (a == 0 or not ntext[a - 1].isalnum()) and (b == len(ntext) or not ntext[b].isalnum())
            if not strict and not loose:
                continue
            oa, ob = min(index[a:b]), max(index[a:b]) + 1
            if not covered(ranges, oa, ob, text):
                ctx = text[max(0, oa - 25):ob + 25].replace("\n", " ")
                out.append(f"{doc['id']}: unmarked {'repeat' if strict else 'substring'} of {lab} "
                           f"{n!r} at {oa}: ...{ctx}...")
    return out


def check_source(errors):
    src = (HERE / "build.py").read_text(encoding="utf-8")
    for i, c in enumerate(src):
        cat = unicodedata.category(c)
        if c in CONFUSABLE or cat in ("Cf", "Mn") or (cat == "Zs" and c != " ") or 0xFF01 <= ord(c) <= 0xFF5E:
            line = src.count("\n", 0, i) + 1
            errors.append(f"build.py line {line}: literal {unicodedata.name(c, hex(ord(c)))}; write it as an escape")


def main(argv):
    loose = "--loose" in argv
    errors, warnings = [], []
    check_source(errors)
    gold = [json.loads(line) for line in (ROOT / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    per_class = []
    for f in sorted((ROOT / "classes").glob("*.jsonl")):
        per_class += [json.loads(line) for line in f.read_text(encoding="utf-8").splitlines()]
    if sorted(d["id"] for d in per_class) != sorted(d["id"] for d in gold):
        errors.append("gold.jsonl and classes/*.jsonl hold different ids")
    ids = [d["id"] for d in gold]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids in gold.jsonl")
    for doc in gold:
        text = doc["text"]
        allsp = sorted([(s["start"], s["end"], s.get("label", "OK")) for s in doc["spans"] + doc["ok_spans"]])
        for s in doc["spans"] + doc["ok_spans"]:
            if text[s["start"]:s["end"]] != s["text"]:
                errors.append(f"{doc['id']}: offsets do not match text for {s['text']!r}")
            if s["text"] != s["text"].strip() or s["text"][-1] in ",;:" or s["text"][0] in ",;:":
                warnings.append(f"{doc['id']}: span has edge space/punctuation: {s['text']!r}")
        for (a1, b1, l1), (a2, b2, l2) in zip(allsp, allsp[1:]):
            if a2 < b1:
                errors.append(f"{doc['id']}: overlapping spans {l1} {text[a1:b1]!r} / {l2} {text[a2:b2]!r}")
        if doc["safe"] and any(s["label"] in DIRECT for s in doc["spans"]):
            errors.append(f"{doc['id']}: safe=yes but has a direct identifier")
        if not doc["safe"] and not doc["spans"]:
            errors.append(f"{doc['id']}: safe=no but no spans")
        n_words = len(text.split())
        if not 80 <= n_words <= 300:
            warnings.append(f"{doc['id']}: {n_words} words (want 80..300)")
        check_numbers(doc, errors)
        warnings += repeats(doc, loose)
    n_safe = sum(d["safe"] for d in gold)
    print(f"{len(gold)} drafts ({n_safe} safe, {n_safe / len(gold):.0%}), "
          f"{sum(len(d['spans']) for d in gold)} spans, {sum(len(d['ok_spans']) for d in gold)} OK spans")
    for w in warnings:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
