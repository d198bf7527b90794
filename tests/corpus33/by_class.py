#!/usr/bin/env python3
"""Split corpus33's gold.jsonl into one gold file per obfuscation class (issue #17).

    python by_class.py            # writes by_class/CLASS.jsonl from gold.jsonl and by_class.tsv

`by_class.tsv` (written with the drafts, by the corpus's author) gives each marked span its
class and, where it uses a second trick, `also_class`. Each `by_class/CLASS.jsonl` holds the
drafts with at least one span of that class, with only those spans and no OK spans, so
`score.py by_class/CLASS.jsonl PRED.jsonl` gives that class's recall (ignore its precision);
`by_class/lookalikes.jsonl` holds every draft with its OK spans only: its "OK-span false
alarms" line is the look-alike rate. No detector code is read or imported.
"""
import csv
import json
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    golds = [json.loads(line) for line in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]
    classes: dict[tuple[str, int, int], set[str]] = defaultdict(set)
    with open(HERE / "by_class.tsv", encoding="utf-8", newline="") as tsv:
        for row in csv.DictReader(tsv, delimiter="\t"):
            if row["kind"] == "ok":
                continue
            key = (row["draft"].zfill(2), int(row["start"]), int(row["end"]))
            classes[key].add(row["class"])
            if row["also_class"] not in ("", "-"):
                classes[key].add(row["also_class"])
    out: dict[str, list[dict]] = defaultdict(list)
    missing = 0
    for draft in golds:
        by: dict[str, list[dict]] = defaultdict(list)
        for span in draft["spans"]:
            if span["label"] == "OK":
                continue
            found = classes.get((str(draft["id"]).zfill(2), span["start"], span["end"]))
            if not found:
                missing += 1
                continue
            for name in found:
                by[name].append(span)
        for name, spans in by.items():
            out[name].append({**draft, "spans": spans})
        out["lookalikes"].append({**draft, "spans": [s for s in draft["spans"] if s["label"] == "OK"]})
    if missing:
        raise SystemExit(f"by_class.py: {missing} marked spans have no class in by_class.tsv")
    (HERE / "by_class").mkdir(exist_ok=True)
    for name, drafts in sorted(out.items()):
        lines = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in drafts)
        (HERE / "by_class" / f"{name}.jsonl").write_text(lines, encoding="utf-8")
        print(f"{name}: {len(drafts)} drafts")


if __name__ == "__main__":
    main()
