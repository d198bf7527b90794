"""Running this checkout's redactcheck as a separate process, nothing patched.

`python -m redactcheck` with this tree first on PYTHONPATH, so a worktree is
tested as itself rather than whatever copy the virtualenv has installed. The
user config and the cache point into the test's folder.

`without_root_powers` makes file permissions bite for root too (tests run as
root in CI): the child drops CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH from its
capability bounding set before it starts, so root reads a mode-000 file as its
owner would, and is refused. `can_drop_root_powers` says whether this works here.
"""
from __future__ import annotations

import ctypes
import functools
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
_PR_CAPBSET_DROP = 24
_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH = 1, 2


def _drop_dac_capabilities() -> None:
    """In the child, before exec: without these two capabilities root obeys file modes."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH):
        if libc.prctl(_PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) refused")


def _preexec(without_root_powers: bool) -> Callable[[], None] | None:
    if without_root_powers and os.geteuid() == 0:
        return _drop_dac_capabilities
    return None


@functools.lru_cache(maxsize=1)
def can_drop_root_powers() -> bool:
    """Whether a mode-000 file is unreadable to a child started `without_root_powers`:
    always for a normal user; for root where Linux lets it drop the two capabilities."""
    if not hasattr(os, "geteuid"):
        return False
    if os.geteuid() != 0:
        return True
    if not sys.platform.startswith("linux"):
        return False
    probe = [sys.executable, "-c", "import os; os.listdir('/')"]
    try:
        return subprocess.run(probe, preexec_fn=_drop_dac_capabilities, timeout=60).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


def checkout_env(cwd: Path) -> dict[str, str]:
    """The environment of a run of this checkout: its own tree, no user config, a cache in cwd."""
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "PYTHONPATH")}
    env.update(PYTHONPATH=str(ROOT), XDG_CONFIG_HOME=str(cwd / ".no-user-config"),
               XDG_CACHE_HOME=str(cwd / ".test-cache"))
    return env


def command(args: list[str]) -> list[str]:
    return [sys.executable, "-m", "redactcheck", *args]


def run_checkout(args: list[str], cwd: Path, *, timeout: float = 180,
                 without_root_powers: bool = False) -> subprocess.CompletedProcess[str]:
    """`redactcheck ARGS` from this checkout in cwd; output as text."""
    return subprocess.run(
        command(args), cwd=cwd, env=checkout_env(cwd), capture_output=True,
        text=True, timeout=timeout, preexec_fn=_preexec(without_root_powers),
    )


# A small go-between: it starts the command, waits for it with wait4 and writes the command's
# peak resident memory (KiB) to the file named first. A child started straight from the test
# process would count the test's own memory (the loaded model) as its peak: Linux carries the
# high-water mark of the address space a child starts in across exec.
_MEASURE = """
import os, subprocess, sys
child = subprocess.Popen(sys.argv[2:])
_, status, usage = os.wait4(child.pid, 0)
open(sys.argv[1], "w").write(str(usage.ru_maxrss))
sys.exit(os.waitstatus_to_exitcode(status))
"""


def run_measured(args: list[str], cwd: Path, *, stdin: Path | None = None,
                 timeout: float = 180) -> tuple[subprocess.CompletedProcess[str], int]:
    """Like run_checkout, with the command's peak resident memory in KiB (ru_maxrss)."""
    with open(stdin or os.devnull, "rb") as feed, tempfile.TemporaryDirectory() as folder:
        peak = Path(folder) / "peak"
        done = subprocess.run([sys.executable, "-c", _MEASURE, str(peak), *command(args)], cwd=cwd,
                              env=checkout_env(cwd), stdin=feed, capture_output=True, text=True,
                              timeout=timeout)
        return done, int(peak.read_text())
