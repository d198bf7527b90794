"""Screening at scale: documents per second of `redactcheck scan` on one machine and a cluster.

    python benchmarks/scale.py [--posts 2000] [--small 500] [--jobs 2]

Over the same generated posts (fictional, written by this script) it runs, each in a fresh
process, the whole `redactcheck scan` command (model loading and cluster start included,
as a person would wait for it):
  1 process        scan posts.jsonl
  --jobs N         scan posts.jsonl --jobs N            (N processes, one model load each)
  cluster          scan posts.jsonl --engine dask --jobs N   (a local Dask cluster of N workers)
and prints documents per second, the ratios against 1 process (the baseline, measured in the
same run), the peak memory of each worker process, and how throughput grows from the
small collection to the full one (start-up spread over more posts). It also checks that the
three result files are identical. Nothing here is a test: it prints numbers to read.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

PY = sys.executable

FIRST = [
    "Jamie",
    "Callum",
    "Aiden",
    "Sophie",
    "Priya",
    "Kayden",
    "Ellie",
    "Mohammed",
    "Leah",
    "Tomasz",
    "Rhiannon",
    "Declan",
    "Amara",
    "Finlay",
    "Zara",
    "Connor",
    "Isla",
    "Reuben",
    "Niamh",
    "Oskar",
]
LAST = [
    "Thompson",
    "Reid",
    "McLeod",
    "Garner",
    "Mistry",
    "Dunbar",
    "Kowalski",
    "Okafor",
    "Baird",
    "Lennox",
]
PLACES = [
    "Leith",
    "Dundee",
    "Barnsley",
    "Wrexham",
    "Gateshead",
    "Paisley",
    "Luton",
    "Rhyl",
    "Falkirk",
    "Hove",
]
SCHOOLS = ["Oakfield Primary", "St Brendan's High", "Hillcrest Academy", "Meadowbank School"]
OPENERS = [
    "Reflective log, week {week}.",
    "Posted to the practice forum.",
    "Supervision notes, tidied up.",
    "A question for the group about a placement.",
    "Something I keep thinking about from last month.",
]
PLAIN = [
    "The visit went better than I expected and the family were welcoming.",
    "We talked through the safety plan again and agreed small next steps.",
    "My supervisor suggested I slow down and let the young person lead.",
    "The core group meeting ran long but everyone left with clear actions.",
    "I am still learning how to balance warmth with being clear about concerns.",
    "Child J is settling well with the foster carers and has started a new club.",
    "Mrs K told me the bus fares make contact harder than anything else.",
    "As Munro argued years ago, procedures alone do not keep children safe.",
]
RISKY = [
    "I met {first} {last} at the drop-in on {day}; {pronoun} is {age} now.",
    "{first}'s mum rang from their flat in {place} to say the heating is off again.",
    "{first} {last} moved schools to {school} after the incident in {month}.",
    "The family live near {place} and {first} goes to {school}.",
    "Our records show {first} {last}, date of birth {dob}, was referred twice.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "March", "May", "September", "November"]


def post(rng: random.Random, number: int) -> str:
    """One fictional post of 80-200 words: plain reflection, with identifiers in about half."""
    sentences = [rng.choice(OPENERS).format(week=rng.randint(1, 40))]
    plain = rng.sample(PLAIN, len(PLAIN))
    for _ in range(rng.randint(4, 9)):
        if rng.random() < 0.35 or not plain:
            sentences.append(
                rng.choice(RISKY).format(
                    first=rng.choice(FIRST),
                    last=rng.choice(LAST),
                    place=rng.choice(PLACES),
                    school=rng.choice(SCHOOLS),
                    day=rng.choice(DAYS),
                    month=rng.choice(MONTHS),
                    age=rng.randint(4, 17),
                    pronoun=rng.choice(["she", "he", "they"]),
                    dob=f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/20{rng.randint(8, 19):02d}",
                )
            )
        else:
            sentences.append(plain.pop())
    return f"Post {number}. " + " ".join(sentences) + "\n"


def write_posts(path: Path, count: int, seed: int = 19) -> None:
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as handle:
        for n in range(count):
            handle.write(json.dumps({"id": f"post-{n:05d}", "text": post(rng, n)}) + "\n")


RUNNER = r"""
import json, os, sys, threading, time
from redactcheck import cli

peaks = {}  # pid -> peak RSS in kB (VmHWM) of every process below this one


def descendants():
    children = {}
    for name in os.listdir("/proc"):
        try:
            with open(f"/proc/{name}/stat") as handle:
                ppid = int(handle.read().rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(name))
        except (OSError, ValueError, IndexError):
            continue
    found, todo = [], [os.getpid()]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def sample(stop):
    while not stop.wait(0.25):
        for pid in descendants():
            try:
                with open(f"/proc/{pid}/status") as handle:
                    for line in handle:
                        if line.startswith("VmHWM:"):
                            peaks[pid] = max(peaks.get(pid, 0), int(line.split()[1]))
            except OSError:
                continue


stop = threading.Event()
threading.Thread(target=sample, args=(stop,), daemon=True).start()
start = time.perf_counter()
try:
    cli.main(sys.argv[1:], prog_name="redactcheck")
except SystemExit:
    pass
seconds = time.perf_counter() - start
stop.set()
own = peaks.pop(os.getpid(), 0)
workers = sorted(peaks.values(), reverse=True)
worker_mb = [w / 1024 for w in workers]
print(json.dumps({"seconds": seconds, "main_mb": own / 1024, "worker_mb": worker_mb}))
"""


def run(label: str, posts: Path, output: Path, extra: list[str]) -> dict[str, Any]:
    """One whole scan in a fresh process: wall seconds, and the peak RSS of the process
    itself and of each process below it (the workers: /proc's VmHWM, sampled)."""
    args = [
        PY,
        "-c",
        RUNNER,
        "scan",
        str(posts),
        "--id-field",
        "id",
        "--fail-on",
        "never",
        "--no-progress",
        "-o",
        str(output),
        *extra,
    ]
    env = {**os.environ, "XDG_CONFIG_HOME": str(output.parent / "no-config")}
    done = subprocess.run(args, capture_output=True, text=True, check=False, env=env)
    try:
        return json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        sys.exit(f"{label}: the scan failed: {done.stderr.strip()[-400:]}")


def memory(result: dict[str, Any]) -> str:
    """The peak memory of the process that checked: the process itself, or its biggest
    workers (the small helper processes a pool or a cluster starts are left out)."""
    workers = [w for w in result["worker_mb"] if w > 100]
    if not workers:
        return f"{result['main_mb']:.0f} MB (one process)"
    shown = ", ".join(f"{w:.0f}" for w in workers)
    return f"{shown} MB per worker; the main process {result['main_mb']:.0f} MB"


def differences(outputs: list[Path]) -> str:
    """'yes', or how many result lines differ from the first run's and the first such id."""
    runs = [o.read_text(encoding="utf-8").splitlines() for o in outputs]
    differ = [n for n in range(max(map(len, runs))) if len({tuple(r[n : n + 1]) for r in runs}) > 1]
    if not differ:
        return "yes"
    first = next((json.loads(r[differ[0]]).get("id") for r in runs if len(r) > differ[0]), "?")
    return f"NO: {len(differ)} lines differ (line counts {[len(r) for r in runs]}; first: {first})"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--posts", type=int, default=2000)
    parser.add_argument("--small", type=int, default=500)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    configs = {
        "1 process": [],
        f"--jobs {args.jobs}": ["--jobs", str(args.jobs)],
        f"cluster of {args.jobs}": ["--engine", "dask", "--jobs", str(args.jobs)],
    }
    with tempfile.TemporaryDirectory(prefix="redactcheck-scale-") as folder:
        base = Path(folder)
        figures: dict[tuple[str, int], dict[str, Any]] = {}
        for count in (args.small, args.posts):
            posts = base / f"posts-{count}.jsonl"
            write_posts(posts, count)
            words = sum(
                len(json.loads(line)["text"].split()) for line in posts.open(encoding="utf-8")
            )
            print(f"{count:,} posts, {words:,} words; {os.cpu_count()} cores")
            outputs = []
            for n, (label, extra) in enumerate(configs.items()):
                outputs.append(base / f"out-{count}-{n}.jsonl")
                result = run(label, posts, outputs[-1], extra)
                figures[(label, count)] = result
                print(
                    f"  {label:<14} {count / result['seconds']:7.1f} documents/s  "
                    f"({result['seconds']:.1f} s; "
                    f"peak memory {memory(result)})",
                    flush=True,
                )
            print(f"  results identical across the three: {differences(outputs)}")
        print(
            "ratios against 1 process, and growth from "
            f"{args.small:,} to {args.posts:,} posts "
            f"(documents/s at {args.posts:,} / at {args.small:,}):"
        )
        single = figures[("1 process", args.posts)]["seconds"]
        for label in configs:
            big, small = figures[(label, args.posts)], figures[(label, args.small)]
            rate_big, rate_small = args.posts / big["seconds"], args.small / small["seconds"]
            print(
                f"  {label:<14} {single / big['seconds']:.2f}x 1 process; "
                f"growth {rate_big / rate_small:.2f}x"
            )


if __name__ == "__main__":
    main()
