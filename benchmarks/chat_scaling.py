"""Does checking stay linear in the size of the text? A name-dense group-chat export, timed.

    python benchmarks/chat_scaling.py [--sizes 100000,1000000,4900000] [--runs 1] [--keep DIR]

Generates a chat export the way a busy group chat reads (many people, each mentioned many times, by
first name, full name and nickname, with phone numbers, places and ages now and then), writes it at
each size, and times the real command line on it: `redactcheck check --format json FILE` in a fresh
process. Prints wall and CPU seconds, CPU seconds per MB, and the ratio of CPU seconds per MB at each size
to those at the smallest size. Start-up is included, as a user waits for it; the next two columns take
out the start-up (the CPU seconds of a one-message export), which flatters the largest size less; the
last column is the check's peak resident memory (the child's own maximum resident set size).
The target of issue 13: at 4.9 MB within 1.3x of those at 100 KB.
Every name, number and place is invented here; nothing is a test, it prints numbers to compare.
"""
from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FIRST = ["Kayleigh", "Darren", "Shona", "Tariq", "Bethany", "Connor", "Niamh", "Olumide", "Priya",
         "Ewan", "Agnieszka", "Callum", "Rhiannon", "Dylan", "Fatima", "Lewis", "Morag", "Jamal",
         "Siobhan", "Kieran", "Amira", "Rory", "Leanne", "Mehmet", "Isla", "Gareth", "Zainab", "Finlay"]
SURNAMES = ["Brannigan", "Okonkwo", "McTavish", "Haddad", "Pritchard", "Wojcik", "Donnachie",
            "Achterberg", "Quigley", "Sandhu", "Featherstone", "Ní Bhriain", "Lindqvist", "Mullarkey"]
MEMBERS = ["Gail (team lead)", "Tom SW", "Ruth", "Andy FSW", "Mo", "Jen duty"]
PLACES = ["Leith", "Govan", "Ardwick", "Splott", "Toxteth", "Byker", "Handsworth", "Fenham"]
LINES = [
    "{first} didnt turn up again, mum says shes at {place} with {nick}",
    "has anyone seen {full}? school rang twice",
    "{first} is {age} now and still not registered with a gp",
    "spoke to {first}s nan, number is 07700 9{digits}",
    "{nick} kicked off at contact, {first} was in tears after",
    "home visit to {full} at {num} {street} tomorrow 10am",
    "ok thanks, will chase {first} re the referral",
    "{first} and {other} both moved to {place} last week",
    "can someone cover {first} on thursday, im on leave",
    "lol no chance, {nick} never answers",
]
STREETS = ["Albert Road", "Mill Lane", "Station Terrace", "Kirk Wynd", "Heol y Nant", "Victoria Street"]


def export(size: int, seed: int = 13) -> str:
    """A WhatsApp-style export of at least `size` characters, cut at a line end."""
    rng = random.Random(seed)
    people = [(f, rng.choice(SURNAMES)) for f in FIRST]
    lines: list[str] = []
    total = 0
    day, minute = 1, 0
    while total < size:
        first, surname = rng.choice(people)
        other = rng.choice(people)[0]
        body = rng.choice(LINES).format(
            first=first, full=f"{first} {surname}", nick=first[:3].lower() + "y", other=other,
            place=rng.choice(PLACES), age=rng.randint(3, 17), digits=f"{rng.randint(0, 99999):05d}",
            num=rng.randint(1, 120), street=rng.choice(STREETS))
        minute += rng.randint(1, 9)
        if minute >= 24 * 60:
            day, minute = day % 28 + 1, 0
        line = f"[{day:02d}/03/2026, {minute // 60:02d}:{minute % 60:02d}] {rng.choice(MEMBERS)}: {body}\n"
        lines.append(line)
        total += len(line)
    return "".join(lines)


def timed(path: Path, runs: int) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds, peak resident GB) of the fastest of `runs` fresh-process
    checks of `path`.

    CPU seconds (user + system of the child) are what the ratio uses: on a shared machine
    they stay put while wall time follows whatever else is running. The peak is the child's
    own (wait4), so a large export checked earlier does not show in a smaller one's figure.
    The report itself is written to /dev/null. Exit code 1 (findings) is expected."""
    command = [sys.executable, "-m", "redactcheck", "check", "--no-cache", "--format", "json", str(path)]
    best = (float("inf"), float("inf"), 0.0)
    for _ in range(runs):
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        errors = child.stderr.read() if child.stderr else b""
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        cpu = usage.ru_utime + usage.ru_stime
        best = min(best, (wall, cpu, usage.ru_maxrss / 1_000_000), key=lambda run: run[1])  # KB on Linux
        if os.waitstatus_to_exitcode(status) not in (0, 1):
            raise SystemExit(f"check failed on {path.name}: {errors.decode()[-300:]}")
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100000,1000000,4900000", help="sizes in bytes, comma-separated")
    parser.add_argument("--runs", type=int, default=1, help="runs per size; the fastest is kept")
    parser.add_argument("--keep", type=Path, help="write the exports here instead of a temporary folder")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        empty = folder / "chat-0.txt"
        empty.write_text(export(1), encoding="utf-8")
        startup = timed(empty, args.runs)[1]
        print(f"start-up (a one-message export): {startup:.1f} CPU s")
        print(f"{'bytes':>10} {'wall s':>8} {'CPU s':>8} {'CPU s per MB':>13} {'ratio':>6}"
              f" {'without start-up':>17} {'ratio':>6} {'peak GB':>8}")
        base = base_net = None
        for size in sizes:
            path = folder / f"chat-{size}.txt"
            path.write_text(export(size), encoding="utf-8")
            megabytes = path.stat().st_size / 1_000_000
            wall, cpu, peak = timed(path, args.runs)
            per_mb, net = cpu / megabytes, (cpu - startup) / megabytes
            base, base_net = base or per_mb, base_net or net
            print(f"{path.stat().st_size:>10,} {wall:>8.1f} {cpu:>8.1f} {per_mb:>13.1f} {per_mb / base:>6.2f}"
                  f" {net:>17.1f} {net / base_net:>6.2f} {peak:>8.2f}", flush=True)


if __name__ == "__main__":
    main()
