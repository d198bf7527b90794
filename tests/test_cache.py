"""The result cache gives back the same report and never stores draft text;
checking over several processes gives the same reports as one."""
from __future__ import annotations

from pathlib import Path

from redactcheck.batch.cache import ResultCache, settings_fingerprint
from redactcheck.config import Config
from redactcheck.batch.parallel import check_parallel, worker_count

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


def test_all_cached_means_the_model_is_never_loaded(linter, tmp_path: Path, monkeypatch) -> None:
    from redactcheck.documents import read_document
    from redactcheck.batch.check import check_documents

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    documents = [read_document(str(draft))]
    first = check_documents(Config(), documents, make_linter=lambda config: linter)

    def refuse(config: Config):
        raise AssertionError("the Linter was built although every file was cached")

    second = check_documents(Config(), documents, make_linter=refuse)
    assert _keys(second[0]) == _keys(first[0])


def test_cli_jobs_give_identical_output(tmp_path: Path, examples: Path) -> None:
    import json
    import os
    import subprocess
    import sys

    for i in range(8):
        (tmp_path / f"d{i}.txt").write_text(DRAFT if i % 2 else "Nothing to see here, all anonymised.", encoding="utf-8")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    command = [sys.executable, "-m", "redactcheck", "check", "--format", "json", "--no-cache", str(tmp_path)]
    one = subprocess.run(command + ["--jobs", "1"], capture_output=True, text=True, env=env, timeout=300)
    two = subprocess.run(command + ["--jobs", "2"], capture_output=True, text=True, env=env, timeout=300)
    assert one.returncode == two.returncode == 1, (one.stderr, two.stderr)
    assert json.loads(one.stdout) == json.loads(two.stdout)


def test_the_fingerprint_covers_the_whole_package() -> None:
    """A changed detector, not just a changed batch module, misses the cache."""
    import redactcheck
    from redactcheck.batch.cache import hashed_folders

    package = Path(redactcheck.__file__).resolve().parent
    assert package in hashed_folders(Config())
