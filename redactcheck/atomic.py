"""Atomic file writes that leave no temp file behind, even when killed with SIGKILL.

A redacted draft, a backup of the original or a cache entry is written whole or not at
all: a reader, or a run killed at any instant, sees the old file or the complete new
one. The bytes are written beside the target (same filesystem, same permissions
regime), never in a shared temp folder where draft text could linger, and:

- On Linux the bytes go into a file with no name (O_TMPFILE). Killed before the file
  is complete, the kernel frees it: nothing is left. Complete and synced, it is
  linked in: straight to the target's name when there is no file there yet (so no
  temp name ever exists), else to a hidden temp name that is at once renamed over
  the target. Only a kill between those two calls, an instant, leaves a temp file,
  and it holds the complete result, never a half-written one.
- Elsewhere (no O_TMPFILE, or no /proc to link it from) a named temp file is written
  and renamed, as before; a kill mid-write leaves that temp file.
- Either way a temp file is named `.TARGET.XXXXXXXX.redactcheck.tmp` and its writer
  holds an exclusive lock (flock) on it for its whole life. The kernel drops the lock
  when the process dies, however it dies. So the first write into a folder in a run
  removes every file there of that name whose lock it can take: what killed runs
  left. A live writer's file, in this process or another, is never touched; a file
  that cannot be opened or locked is left alone. Where there are no flock locks
  (Windows) nothing is removed.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import stat
import tempfile
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no locks, so nothing is taken for stale
    fcntl = None  # type: ignore[assignment]

TEMP_SUFFIX = ".redactcheck.tmp"
# `.post.md.k3x9_a2b.redactcheck.tmp`: ours, and only ours, is ever removed
TEMP_NAME = re.compile(r"^\..+\.[A-Za-z0-9_]{8}" + re.escape(TEMP_SUFFIX) + r"$")
_CLEANED: set[str] = set()  # folders this process has already rid of stale temp files


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
    beside it (see backup_path, written the same way) and return where."""
    path = Path(path)
    data = content.encode("utf-8") if isinstance(content, str) else content
    folder = os.path.abspath(path.parent)
    if folder not in _CLEANED:
        _CLEANED.add(folder)
        remove_stale_temp_files(Path(folder))
    mode = path.stat().st_mode & 0o7777 if path.exists() else None
    kept = None
    if backup and path.exists():
        kept = backup_path(path)
        _publish(kept, path.read_bytes(), mode)
        shutil.copystat(path, kept)
    _publish(path, data, mode)
    return kept


def remove_stale_temp_files(folder: Path) -> list[Path]:
    """Remove the temp files killed runs left in `folder` (see the module's docstring);
    the paths removed. A folder that cannot be listed is left as it is."""
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    return [folder / n for n in names if TEMP_NAME.match(n) and _remove_if_abandoned(folder / n)]


def _remove_if_abandoned(path: Path) -> bool:
    """Unlink one temp file if no process holds its lock (its writer is dead)."""
    if fcntl is None:  # pragma: no cover
        return False
    flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
    try:
        fd = os.open(path, flags)  # never follows a link, never waits on a pipe
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # fails while its writer lives
        if not _same_file(os.fstat(fd), path):
            return False
        os.unlink(path)
        return True
    except OSError:
        return False
    finally:
        os.close(fd)


def _same_file(held: os.stat_result, path: Path) -> bool:
    """Whether `path` is still the regular file `held` describes."""
    try:
        now = os.stat(path, follow_symlinks=False)
    except OSError:
        return False
    return stat.S_ISREG(held.st_mode) and (held.st_dev, held.st_ino) == (now.st_dev, now.st_ino)


def _lock(fd: int) -> None:
    """Hold the writer's lock on a temp file (see the module's docstring); where locks are
    not to be had, a cleaner cannot take one either, so it leaves the file alone."""
    if fcntl is None:  # pragma: no cover
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
    except OSError:
        pass


def _publish(path: Path, data: bytes, mode: int | None) -> None:
    """Put `data` at `path` whole: from an unnamed file where the system allows, else
    from a named temp file."""
    if not _publish_unnamed(path, data, mode):
        _publish_named(path, data, mode)


def _publish_unnamed(path: Path, data: bytes, mode: int | None) -> bool:
    """Write into an O_TMPFILE file and link it in; False (nothing written) where that
    cannot be done, for the caller to fall back."""
    if not hasattr(os, "O_TMPFILE"):  # pragma: no cover - not Linux
        return False
    folder = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        fd = os.open(".", os.O_TMPFILE | os.O_WRONLY | os.O_CLOEXEC, 0o600, dir_fd=folder)
    except OSError:  # a filesystem without unnamed files
        os.close(folder)
        return False
    try:
        _lock(fd)
        _fill(fd, data, mode)
        return _link_in(fd, folder, path.name)
    finally:
        os.close(fd)
        os.close(folder)


def _link_in(fd: int, folder: int, name: str) -> bool:
    """Give the unnamed file `fd` the name `name` in `folder`: directly when that name is
    free, else through a temp name renamed over it; False when it cannot be linked."""
    source = f"/proc/self/fd/{fd}"  # linkat with AT_SYMLINK_FOLLOW: no privilege needed
    try:
        os.link(source, name, dst_dir_fd=folder, follow_symlinks=True)
        return True
    except FileExistsError:
        pass
    except OSError:  # no /proc mounted
        return False
    temp = f".{name}.{os.urandom(4).hex()}{TEMP_SUFFIX}"
    try:
        os.link(source, temp, dst_dir_fd=folder, follow_symlinks=True)
    except OSError:
        return False
    try:
        os.replace(temp, name, src_dir_fd=folder, dst_dir_fd=folder)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp, dir_fd=folder)
        raise
    return True


def _publish_named(path: Path, data: bytes, mode: int | None) -> None:
    """The portable way: a locked named temp file beside the target, renamed over it."""
    fd, temp = _named_temp(path)
    try:
        _fill(fd, data, mode)
        if fcntl is None:  # pragma: no cover - Windows cannot rename a file held open
            os.close(fd)
            fd = -1
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    finally:
        if fd >= 0:
            os.close(fd)


def _named_temp(path: Path) -> tuple[int, str]:
    """A new temp file beside `path`, open and locked. A cleaner may remove a file in the
    instant between its creation and its lock; then it is made again under a new name."""
    while True:
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
        _lock(fd)
        if _same_file(os.fstat(fd), Path(temp)):
            return fd, temp
        os.close(fd)


def _fill(fd: int, data: bytes, mode: int | None) -> None:
    """Write all of `data` to `fd`, give it the target's mode, and sync it to disk."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
    if mode is not None and os.chmod in os.supports_fd:
        os.chmod(fd, mode)
    os.fsync(fd)
