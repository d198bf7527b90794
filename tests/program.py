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


def run_checkout(args: list[str], cwd: Path, *, timeout: float = 180,
                 without_root_powers: bool = False) -> subprocess.CompletedProcess[str]:
    """`redactcheck ARGS` from this checkout in cwd; output as text."""
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "PYTHONPATH")}
    env.update(PYTHONPATH=str(ROOT), XDG_CONFIG_HOME=str(cwd / ".no-user-config"),
               XDG_CACHE_HOME=str(cwd / ".test-cache"))
    return subprocess.run(
        [sys.executable, "-m", "redactcheck", *args], cwd=cwd, env=env, capture_output=True,
        text=True, timeout=timeout, preexec_fn=_preexec(without_root_powers),
    )
