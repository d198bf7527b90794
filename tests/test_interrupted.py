"""Killed and concurrent runs, with real processes: nothing is ever half-written.

`redact --in-place` (with and without --backup) is killed with SIGKILL (no handler runs)
at random moments of its run, including the instant a temp file appears beside the
draft: the draft is then always either the original or the complete redacted text, any
file beside it is one of the two, whole, and the next run leaves no temp file behind. A
temp file a killed writer left is removed by the next run that writes in its folder. Two
`check` runs on the same files at once share one cache: afterwards every entry is whole,
and results from the cache equal a fresh check.
"""
from __future__ import annotations

import json
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest

from redactcheck.atomic import TEMP_NAME

from program import checkout_env, command, run_checkout
from test_atomic import hold_lock, kill
from test_cli import RISKY

needs_sigkill = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="no SIGKILL here")

# Long enough that writing the result takes a moment; every paragraph has identifiers.
DRAFT = "".join(RISKY.replace("Jamie", name) + "\n" for name in
                ("Jamie", "Ruby", "Kayden", "Shannon", "Brodie", "Kayla") * 40)


def _start(args: list[str], cwd: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(command(args), cwd=cwd, env=checkout_env(cwd),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _temp_files(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if TEMP_NAME.match(p.name)]


def _files(folder: Path) -> dict[str, bytes]:
    """Every file beside the draft (the test's cache and config folders aside)."""
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def _kill_when(child: subprocess.Popen[bytes], folder: Path, delay: float | None) -> bool:
    """SIGKILL after `delay` seconds, or (None) the moment the temp file appears; whether the
    temp file existed when the signal went."""
    deadline = time.monotonic() + (delay if delay is not None else 300)
    while child.poll() is None and time.monotonic() < deadline:
        if delay is None and _temp_files(folder):
            break
        time.sleep(0.0005 if delay is None else 0.005)
    mid_write = bool(_temp_files(folder))
    if child.poll() is None:
        child.send_signal(signal.SIGKILL)
    child.wait(timeout=60)
    return mid_write


@pytest.mark.slow
@needs_sigkill
def test_in_place_killed_at_any_moment_leaves_the_original_or_the_whole_result(
    tmp_path: Path,
) -> None:
    post = tmp_path / "post.txt"
    post.write_text(DRAFT, encoding="utf-8")
    started = time.monotonic()
    done = run_checkout(["redact", "--in-place", "post.txt"], tmp_path)
    duration = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    redacted = post.read_bytes()
    assert redacted != DRAFT.encode() and b"Kayden" not in redacted
    rng = random.Random(17)
    # random moments over the whole run, more of them near its end where the write is
    delays: list[float | None] = [rng.uniform(0, duration * 1.2) for _ in range(6)]
    delays += [rng.uniform(duration * 0.8, duration * 1.1) for _ in range(6)]
    delays += [None] * 4  # the instant a temp file appears
    outcomes = []
    for number, delay in enumerate(delays):
        post.write_text(DRAFT, encoding="utf-8")  # what a killed run left beside it stays
        backup = ["--backup"] if number % 2 else []
        child = _start(["redact", "--in-place", *backup, "post.txt"], tmp_path)
        mid_write = _kill_when(child, tmp_path, delay)
        now = post.read_bytes()
        assert now in (DRAFT.encode(), redacted), (delay, mid_write, len(now))
        beside = _files(tmp_path)
        assert set(beside.values()) <= {DRAFT.encode(), redacted}, (delay, sorted(beside))
        outcomes.append((mid_write, now == redacted))
    print(f"kills: {len(outcomes)}, with a temp file present: {sum(m for m, _ in outcomes)}, "
          f"leaving the result: {sum(w for _, w in outcomes)}")
    assert any(not whole for _, whole in outcomes)  # some kills landed before the rename
    post.write_text(DRAFT, encoding="utf-8")
    assert run_checkout(["redact", "--in-place", "post.txt"], tmp_path).returncode == 0
    assert post.read_bytes() == redacted and _temp_files(tmp_path) == []


@needs_sigkill
def test_a_temp_file_a_killed_writer_left_is_removed_by_the_next_run(tmp_path: Path) -> None:
    """The writer holds the lock as redactcheck's does; killed, it leaves its temp file
    unlocked, and `redact --in-place` removes it. A live writer's file is kept."""
    post = tmp_path / "post.txt"
    post.write_text(RISKY, encoding="utf-8")
    killed, living = (hold_lock(tmp_path / f".post.txt.{tag}.redactcheck.tmp")
                      for tag in ("deadbeef", "a1ive_00"))
    kill(killed)
    try:
        done = run_checkout(["redact", "--in-place", "post.txt"], tmp_path)
        assert done.returncode == 0, done.stderr
        assert [p.name for p in _temp_files(tmp_path)] == [".post.txt.a1ive_00.redactcheck.tmp"]
    finally:
        kill(living)
    post.write_text(RISKY, encoding="utf-8")
    assert run_checkout(["redact", "--in-place", "post.txt"], tmp_path).returncode == 0
    assert _temp_files(tmp_path) == []


def test_two_checks_at_once_share_the_cache_without_corrupting_it(tmp_path: Path) -> None:
    posts = tmp_path / "posts"
    posts.mkdir()
    for number, name in enumerate(("Jamie", "Ruby", "Kayden", "Shannon", "Brodie", "Kayla")):
        (posts / f"{number}.txt").write_text(RISKY.replace("Jamie", name), encoding="utf-8")
    (posts / "clean.md").write_text("Met the family at home. All well.\n", encoding="utf-8")
    args = ["check", "--format", "json", "--jobs", "1", "posts"]
    first, second = (subprocess.Popen(command(args), cwd=tmp_path, env=checkout_env(tmp_path),
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                     for _ in range(2))
    outputs = [child.communicate(timeout=300) for child in (first, second)]
    assert [first.returncode, second.returncode] == [1, 1], [err for _, err in outputs]
    entries = list((tmp_path / ".test-cache" / "redactcheck").glob("*/*.json"))
    assert len(entries) >= 7
    for entry in entries:
        json.loads(entry.read_text(encoding="utf-8"))  # whole, never a torn write
    assert not [p for p in (tmp_path / ".test-cache").rglob("*.tmp")]
    fresh = run_checkout([*args, "--no-cache"], tmp_path)
    cached = run_checkout(args, tmp_path)
    assert json.loads(cached.stdout) == json.loads(fresh.stdout) == json.loads(outputs[0][0])
    assert json.loads(outputs[1][0]) == json.loads(fresh.stdout)
