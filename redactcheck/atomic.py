"""Atomic file writes: a temp file in the same folder, then rename.

If redactcheck is killed mid-write the original file is intact; the temp file
lives beside the target (same filesystem, same permissions regime), never in
a shared temp folder where draft text could linger.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


def backup_path(path: Path) -> Path:
    """`post.md.bak`, or the first free `post.md.bak.N`: an earlier backup may hold the
    original draft, so a second run never overwrites it."""
    candidate = path.with_name(path.name + ".bak")
    number = 0
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.name}.bak.{number}")
    return candidate


def write_atomic(path: Path, content: str | bytes, *, backup: bool = False) -> Path | None:
    """Replace `path` with `content` in one rename; with `backup`, keep the file as it was
    beside it (see backup_path) and return where."""
    path = Path(path)
    data = content.encode("utf-8") if isinstance(content, str) else content
    mode = path.stat().st_mode & 0o7777 if path.exists() else None
    fd, tmp_name = tempfile.mkstemp(
        prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or Path(".")
    )
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(tmp_name, mode)
        kept = None
        if backup and path.exists():
            kept = backup_path(path)
            shutil.copy2(path, kept)
        os.replace(tmp_name, path)
        return kept
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
