"""Throughput of two source trees of redactcheck, measured in turns in the same run.

    python benchmarks/compare_trees.py OLD_TREE NEW_TREE [--gold GOLD.jsonl ...] [--runs 5]

For a refactoring that must not slow checking down: each run starts a fresh process per
tree (PYTHONPATH set to that tree, so it imports that tree's package and data), builds a
Linter, checks the drafts once to warm up, then times `Linter.check_many` over them. The
trees take turns (old, new, old, new, ...) so that a loaded machine disturbs both alike.
Prints each run, the medians, and the ratio new/old by wall clock and by CPU time.
Nothing here is a test: it prints numbers for people to read and compare.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV_GOLD = ROOT.parent / "shared" / "eval" / "dev" / "gold.jsonl"

CHILD = """
import json, resource, sys, time
import redactcheck
texts = [json.loads(line)["text"] for gold in sys.argv[1:]
         for line in open(gold, encoding="utf-8") if line.strip()]
linter = redactcheck.Linter()
list(linter.check_many(texts))
usage = resource.getrusage(resource.RUSAGE_SELF)
cpu0, wall0 = usage.ru_utime + usage.ru_stime, time.perf_counter()
list(linter.check_many(texts))
usage = resource.getrusage(resource.RUSAGE_SELF)
cpu = usage.ru_utime + usage.ru_stime - cpu0
words = sum(len(t.split()) for t in texts)
print(json.dumps({"wall": time.perf_counter() - wall0, "cpu": cpu, "words": words,
                  "package": redactcheck.__file__}))
"""


def one_run(tree: Path, golds: list[Path]) -> dict:
    """Time one fresh process of `tree` checking the drafts of the gold files."""
    env = dict(os.environ, PYTHONPATH=str(tree))
    done = subprocess.run(
        [sys.executable, "-c", CHILD, *map(str, golds)],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    if not figures["package"].startswith(str(tree.resolve())):
        raise SystemExit(f"{tree} imported redactcheck from {figures['package']}")
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--gold", type=Path, action="append", help="repeat for more drafts")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    runs: dict[str, list[dict]] = {"old": [], "new": []}
    for turn in range(args.runs):
        for name in ("old", "new"):
            figures = one_run(getattr(args, name).resolve(), args.gold or [DEV_GOLD])
            runs[name].append(figures)
            rate = figures["words"] / figures["wall"]
            print(
                f"run {turn + 1} {name}: {figures['wall']:.2f} s wall, "
                f"{figures['cpu']:.2f} s CPU, {rate:,.0f} words/s"
            )
    medians = {
        name: {key: statistics.median(run[key] for run in got) for key in ("wall", "cpu")}
        for name, got in runs.items()
    }
    words = runs["old"][0]["words"]
    for name in ("old", "new"):
        m = medians[name]
        print(
            f"median {name}: {m['wall']:.2f} s wall ({words / m['wall']:,.0f} words/s), "
            f"{m['cpu']:.2f} s CPU"
        )
    for key in ("wall", "cpu"):
        ratio = medians["old"][key] / medians["new"][key]
        print(f"throughput new/old by {key}: {ratio:.3f}")


if __name__ == "__main__":
    main()
