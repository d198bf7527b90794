"""A clean copy of this working tree, for tests that build or install it (shared by
test_packaging and test_precommit): no virtualenvs, caches or build output."""
from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_NOT_SOURCE = shutil.ignore_patterns(
    ".git", ".venv", ".ci-venv", "venv", ".pytest_cache", ".hypothesis", "__pycache__", "*.pyc",
    "dist", "build", "*.egg-info", ".redactcheck-cache",
)


def copy_source(destination: Path) -> Path:
    """Copy the working tree's source files to `destination` (which must not exist)."""
    shutil.copytree(ROOT, destination, ignore=_NOT_SOURCE, symlinks=True)
    return destination
