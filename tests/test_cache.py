"""The result cache gives back the same report and never stores draft text;
checking over several processes gives the same reports as one."""
from __future__ import annotations

from pathlib import Path

from redactcheck.cache import ResultCache, settings_fingerprint
from redactcheck.config import Config
from redactcheck.parallel import check_parallel, worker_count

DRAFT = "Visited Kirsten Dalgleish (14) at 14 Whinhill Road, AB11 7XJ on 3rd March.\nShe was upset."


def _keys(report) -> list[tuple]:
    return [(f.category, f.start, f.end, f.text, f.line, f.column, f.rule) for f in report.findings]


def test_cache_round_trip_gives_the_same_report(linter, tmp_path: Path) -> None:
    cache = ResultCache(tmp_path, settings_fingerprint(Config(), "test"))
    report = linter.check(DRAFT, source="draft.txt")
    assert cache.get(DRAFT, "draft.txt") is None
    cache.put(report)
    again = cache.get(DRAFT, "draft.txt")
    assert again is not None
    assert _keys(again) == _keys(report)
    assert again.risk == report.risk and again.band == report.band
    assert [s.why for s in again.suppressed] == [s.why for s in report.suppressed]


def test_cache_files_hold_no_draft_text(linter, tmp_path: Path) -> None:
    cache = ResultCache(tmp_path, settings_fingerprint(Config(), "test"))
    cache.put(linter.check(DRAFT))
    stored = "".join(p.read_text(encoding="utf-8") for p in tmp_path.rglob("*.json"))
    assert stored and "Dalgleish" not in stored and "Whinhill" not in stored and "AB11" not in stored


def test_changed_settings_miss_the_cache(linter, tmp_path: Path) -> None:
    ResultCache(tmp_path, settings_fingerprint(Config(), "test")).put(linter.check(DRAFT))
    other = ResultCache(tmp_path, settings_fingerprint(Config(allowlist=("Kirsten Dalgleish",)), "test"))
    assert other.get(DRAFT, "x") is None


def test_stale_entries_are_cleaned(linter, tmp_path: Path) -> None:
    cache = ResultCache(tmp_path, settings_fingerprint(Config(), "test"))
    cache.put(linter.check(DRAFT))
    assert cache.clean(max_age=-1) == 1
    assert not list(tmp_path.rglob("*.json"))


def test_parallel_results_match_one_process(linter, examples: Path) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(examples.glob("*.*")) if p.suffix in (".txt", ".md")]
    items = [(text, f"file{i}", ()) for i, text in enumerate(texts * 2)]
    parallel = list(check_parallel(Config(), items, jobs=2))
    single = [linter.check(text, source=source) for text, source, _ in items]
    assert [_keys(r) for r in parallel] == [_keys(r) for r in single]
    assert [r.risk for r in parallel] == [r.risk for r in single]


def test_worker_count_does_not_start_processes_for_a_few_files() -> None:
    assert worker_count(2, 1) == 1 and worker_count(2, 3) == 1 and worker_count(2, 40) == 2
