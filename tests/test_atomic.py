"""Atomic writes leave nothing behind: a temp file a killed run left is removed by the next
write into its folder, a live writer's never, and nothing that is not ours is touched.

The writers are real processes holding the lock as redactcheck's writer does; one is
killed with SIGKILL, so the kernel drops its lock as it would for a killed run.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from redactcheck.atomic import TEMP_NAME, remove_stale_temp_files, write_atomic

pytestmark = pytest.mark.skipif(
    not hasattr(signal, "SIGKILL") or os.name == "nt", reason="needs flock and SIGKILL")

# holds an exclusive flock on a temp file while it lives, as write_atomic does
HOLDER = """
import fcntl, os, sys, time
fd = os.open(sys.argv[1], os.O_CREAT | os.O_WRONLY, 0o600)
fcntl.flock(fd, fcntl.LOCK_EX)
os.write(fd, b"Person A was seen at home.")
print("locked", flush=True)
time.sleep(600)
"""


def hold_lock(path: Path) -> subprocess.Popen[str]:
    """A live process holding `path` as a writer holds its temp file."""
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)],
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline() == "locked\n"
    return child


def kill(child: subprocess.Popen[str]) -> None:
    """SIGKILL: no handler runs, and the kernel drops the child's locks."""
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=60)


def test_temp_names_are_ours_and_specific() -> None:
    assert TEMP_NAME.match(".post.md.k3x9_a2b.redactcheck.tmp")
    assert TEMP_NAME.match(".notes.docx.0a1b2c3d.redactcheck.tmp")
    for other in (".post.md.k3x9_a2b.tmp", "post.md.redactcheck.tmp",
                  ".post.md.short.redactcheck.tmp", ".post.md.k3x9_a2b.redactcheck.tmp.txt",
                  ".k3x9_a2b.redactcheck.tmp"):
        assert not TEMP_NAME.match(other), other


def test_the_next_write_removes_what_a_killed_writer_left_and_nothing_else(tmp_path: Path) -> None:
    post = tmp_path / "post.md"
    post.write_text("Visited Jamie Thompson at home.\n", encoding="utf-8")
    dead, live = (tmp_path / f".post.md.{tag}.redactcheck.tmp" for tag in ("deadbeef", "a1ive_00"))
    killed, living = hold_lock(dead), hold_lock(live)
    try:
        kill(killed)
        others = [tmp_path / ".post.md.abcdefgh.tmp", tmp_path / "notes.redactcheck.tmp"]
        for path in others:
            path.write_text("not ours", encoding="utf-8")
        linked = tmp_path / ".post.md.1inked00.redactcheck.tmp"
        linked.symlink_to(post)
        piped = tmp_path / ".post.md.p1ped000.redactcheck.tmp"
        os.mkfifo(piped)
        write_atomic(post, "Visited Person A at home.\n")
        left = sorted(p.name for p in tmp_path.iterdir())
        assert left == sorted([post.name, live.name, linked.name, piped.name,
                               *(p.name for p in others)])
        assert post.read_text(encoding="utf-8") == "Visited Person A at home.\n"
    finally:
        kill(living)
    assert remove_stale_temp_files(tmp_path) == [live]  # its writer is gone now


def test_a_write_leaves_only_the_result_and_the_backup(tmp_path: Path) -> None:
    post = tmp_path / "post.md"
    post.write_text("first\n", encoding="utf-8")
    post.chmod(0o640)
    for number, text in enumerate(("second\n", "third\n")):
        kept = write_atomic(post, text, backup=True)
        assert kept == tmp_path / ("post.md.bak" if number == 0 else "post.md.bak.1")
    new = tmp_path / "new.md"
    assert write_atomic(new, "fresh\n") is None
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "new.md", "post.md", "post.md.bak", "post.md.bak.1"]
    assert [(tmp_path / n).read_text(encoding="utf-8") for n in ("post.md.bak", "post.md.bak.1")] \
        == ["first\n", "second\n"]
    assert {(tmp_path / n).stat().st_mode & 0o777 for n in ("post.md", "post.md.bak")} == {0o640}
    assert new.stat().st_mode & 0o777 == 0o600
