"""What the private watchlist costs a check, measured against the check itself in the same run.

    python benchmarks/watchlist_speed.py [--names N] [--gold GOLD.jsonl]

Prints the words per second of Watchlist.find over the drafts with N watched names (each
word of a draft hashed up to MAX_WORDS times with HMAC-SHA256), and of Linter.check_many
over the same drafts with an empty watchlist, and their ratio. The store is made in a
temporary folder with invented names; nothing here is a test.
"""
from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV_GOLD = ROOT.parent / "shared" / "eval" / "dev" / "gold.jsonl"
OWN_GOLD = ROOT / "tests" / "corpus" / "gold.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--names", type=int, default=200)
    parser.add_argument("--gold", type=Path, default=DEV_GOLD if DEV_GOLD.is_file() else OWN_GOLD)
    args = parser.parse_args()
    texts = [json.loads(line)["text"] for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    words = sum(len(t.split()) for t in texts)

    from redactcheck import Linter
    from redactcheck.detect import watchlist as watch

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "watchlist.json"
        current = watch.open_for_change(path)
        names = [(f"Testname{i} Benchsurname{i}", [f"Nick{i}"]) for i in range(args.names)]
        watch.save(watch.add(current, names)[0])
        watched = watch.load(path)
        start = time.perf_counter()
        for text in texts:
            watched.find(text)
        find_seconds = time.perf_counter() - start

        linter = Linter(watchlist=Path(folder) / "none.json")
        list(linter.check_many(texts[:2]))
        start = time.perf_counter()
        list(linter.check_many(texts))
        check_seconds = time.perf_counter() - start

    print(f"{len(texts)} drafts, {words} words; {args.names} watched names ({len(watched.hashes)} spellings)")
    print(f"watchlist match   {words / find_seconds:12,.0f} words/s")
    print(f"check (no list)   {words / check_seconds:12,.0f} words/s")
    print(f"matching adds     {find_seconds / check_seconds:12.1%} to a check's time")


if __name__ == "__main__":
    main()
