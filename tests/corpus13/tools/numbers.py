#!/usr/bin/env python3
"""Make and check the fake identifier numbers used in the blind corpora's drafts (corpus4 to
corpus7: their tools/numbers.py run this one).

    python3 tools/numbers.py check ../gold.jsonl   # validate every ID_NUMBER/CONTACT span
    python3 tools/numbers.py nhs SEED              # print a valid NHS number
    python3 tools/numbers.py chi DDMMYY SEQ        # print a valid CHI number

NHS and CHI numbers use the modulus-11 check digit (weights 10..2 over the
first nine digits; check = 11 - sum % 11, 11 -> 0, 10 -> invalid).
"""
import json
import random
import re
import sys
from datetime import datetime


def mod11(digits9):
    total = sum(int(d) * w for d, w in zip(digits9, range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        return 0
    if check == 10:
        return None
    return check


def valid_mod11(num):
    d = re.sub(r"\D", "", num)
    if len(d) != 10:
        return False
    c = mod11(d[:9])
    return c is not None and c == int(d[9])


def make_nhs(rng):
    while True:
        first = str(rng.choice([4, 6, 9]))  # issued NHS ranges start 4, 6 or 9 (England/Wales)
        body = first + "".join(str(rng.randint(0, 9)) for _ in range(8))
        c = mod11(body)
        if c is not None:
            n = body + str(c)
            return f"{n[:3]} {n[3:6]} {n[6:]}"


def make_chi(ddmmyy, seq):
    datetime.strptime(ddmmyy, "%d%m%y")
    seq = int(seq)
    while True:
        body = ddmmyy + f"{seq:03d}"
        c = mod11(body)
        if c is not None:
            return body + str(c)
        seq += 2  # keep the sex digit's parity


NI_RE = re.compile(r"^(?![DFIQUV])[A-Z](?![DFIOQUV])[A-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]$")
NI_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def valid_ni(s):
    s = s.upper().strip()
    return bool(NI_RE.match(s)) and s[:2] not in NI_BAD_PREFIX


DRAMA_PHONE = [r"07700 ?900\d{3}", r"0113 ?496 ?0\d{3}", r"0131 ?496 ?0\d{3}", r"0141 ?496 ?0\d{3}",
               r"0161 ?496 ?0\d{3}", r"020 ?7946 ?0\d{3}", r"029 ?2018 ?0\d{3}", r"028 ?9649 ?6\d{3}",
               r"0117 ?496 ?0\d{3}", r"0115 ?496 ?0\d{3}", r"0121 ?496 ?0\d{3}", r"0191 ?498 ?0\d{3}", r"0151 ?496 ?0\d{3}", r"0116 ?496 ?0\d{3}"]


# Real national helplines, deliberately left as they are and marked OK.
NATIONAL_HELPLINES = {"0800 888 6678", "08000 28 22 33", "0808 808 8000", "0808 802 1414",
                      "08000 121 700", "0808 2000 247", "0800 1111", "116 123", "0808 800 5000"}  # corpus13: + NSPCC helpline


def check(gold):
    bad = 0
    for line in open(gold, encoding="utf-8"):
        d = json.loads(line)
        for s in d["spans"]:
            t = s["text"]
            digits = re.sub(r"\D", "", t)
            if s["label"] == "ID_NUMBER":
                kind = "?"
                if re.fullmatch(r"\d{3} ?\d{3} ?\d{4}", t.strip()) or re.fullmatch(r"\d{10}", t.strip()):
                    kind = "NHS/CHI"
                    ok = valid_mod11(t)
                    if t.strip().isdigit():  # CHI: first six digits must be a real DDMMYY date
                        try:
                            datetime.strptime(t.strip()[:6], "%d%m%y")
                        except ValueError:
                            ok = False
                elif NI_RE.match(t.upper().strip()):
                    kind = "NI"
                    ok = valid_ni(t)
                else:
                    ok = True
                    kind = "other"
                print(f"{d['id']:45s} ID {kind:8s} {t!r:28s} {'ok' if ok else 'BAD'}")
                bad += not ok
            if s["label"] == "CONTACT" and len(digits) >= 10:
                # corpus13: also accept odd spacing ("07700 900 571") by checking the digits alone
                ok = any(re.search(p, t) or re.fullmatch(p.replace(" ?", ""), digits) for p in DRAMA_PHONE)
                print(f"{d['id']:45s} PHONE    {t!r:28s} {'ok' if ok else 'BAD'}")
                bad += not ok
            if s["label"] == "CONTACT" and "@" in t and not t.startswith("@") and "/" not in t and "." in t.split("@")[-1]:
                dom = t.split("@")[-1].lower()
                ok = dom in {"example.org", "example.com", "example.gov.uk", "example.nhs.uk",
                             }
                print(f"{d['id']:45s} EMAIL    {t!r:28s} {'ok' if ok else 'BAD'}")
                bad += not ok
        for s in d["ok_spans"]:
            t = s["text"]
            if len(re.sub(r"\D", "", t)) >= 10:
                ok = any(re.search(p, t) for p in DRAMA_PHONE) or t in NATIONAL_HELPLINES
                print(f"{d['id']:45s} OK-PHONE {t!r:28s} {'ok' if ok else 'BAD'}")
                bad += not ok
    print("problems:", bad)
    return bad


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "check":
        sys.exit(1 if check(sys.argv[2]) else 0)
    elif cmd == "nhs":
        rng = random.Random(int(sys.argv[2]))
        print(make_nhs(rng))
    elif cmd == "chi":
        print(make_chi(sys.argv[2], sys.argv[3]))
