"""Response time of `redactcheck serve` for a 1,000-word draft, on loopback.

    python benchmarks/web_latency.py [--runs 30]

Starts the page's real server (uvicorn, the shared Linter) on 127.0.0.1 in this
process, then times POST /api/check and POST /api/redact for one 1,000-word draft,
and prints the median and 95th percentile of each. The baseline, measured in the same
run and taking turns with the requests, is Linter.check on the same text with no web
in between, so the ratio says what the page adds. Nothing here is a test.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

# Written for this benchmark: a closed-group post with names, places, ages and contacts.
PARAGRAPHS = [
    "Morning all, I am after some advice about a family I picked up last month.",
    "Kayden Marsh is 11 and lives with his nan, Brenda Marsh, at 14 Ashgrove Close.",
    "That is in Rotherham S61 2QT, near the park where the lads hang about.",
    "He goes to Wingfield Academy where he has missed nineteen days since September.",
    "Nan rang me from 07700 900871 on Tuesday 4 February to say she cannot cope.",
    "His mum Chantelle moved to Doncaster with a new partner and phones at weekends.",
    "The school nurse thinks he may be carrying something for older lads.",
    "I have a core group on Friday and wonder whether to push for a strategy discussion.",
    "My manager says the threshold is not met yet but I have a bad feeling about this.",
    "I have tried meeting him at the chippy after school and he did talk about football.",
]


def draft(words: int = 1000) -> str:
    out, count, i = [], 0, 0
    while count < words:
        sentence = PARAGRAPHS[i % len(PARAGRAPHS)]
        out.append(sentence)
        count += len(sentence.split())
        i += 1
    return "\n\n".join(" ".join(out[j : j + 3]) for j in range(0, len(out), 3)) + "\n"


def post(url: str, token: str, body: dict) -> float:
    request = urllib.request.Request(
        url,
        data=json.dumps(body).encode(),
        method="POST",
        headers={"Content-Type": "application/json", "X-Redactcheck-Token": token},
    )
    start = time.perf_counter()
    with urllib.request.urlopen(request, timeout=120) as answer:
        answer.read()
        assert answer.status == 200
    return time.perf_counter() - start


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    import redactcheck
    from web_support import serving

    text = draft()
    linter = redactcheck.Linter()
    times: dict[str, list[float]] = {"check": [], "redact": [], "baseline": []}
    with serving(linter, ROOT) as running:
        for _ in range(3):  # warm up both paths
            post(running.url + "api/check", running.token, {"text": text})
            linter.check(text)
        for _ in range(args.runs):
            times["check"].append(post(running.url + "api/check", running.token, {"text": text}))
            times["redact"].append(post(running.url + "api/redact", running.token, {"text": text}))
            start = time.perf_counter()
            linter.check(text)
            times["baseline"].append(time.perf_counter() - start)
    base = statistics.median(times["baseline"])
    size = f"{len(text.split())} words, {len(text)} characters"
    print(f"draft: {size}; {args.runs} runs each, taken in turns")
    for name, label in (
        ("check", "POST /api/check"),
        ("redact", "POST /api/redact"),
        ("baseline", "Linter.check (baseline)"),
    ):
        median = statistics.median(times[name])
        print(
            f"{label:<26} median {median * 1000:7.1f} ms   p95 {p95(times[name]) * 1000:7.1f} ms"
            f"   {median / base:4.2f}x the baseline"
        )


if __name__ == "__main__":
    main()
