"""The README is true: every command output and Python result it shows is what the code prints.

The examples are run by `tests/readme_examples.py`; regenerate them with
`python tests/readme_examples.py --update` and review the diff. This test never
writes the README.
"""
from __future__ import annotations

import difflib
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from readme_examples import README, ROOT, blocks, regenerated


def test_every_example_prints_what_the_readme_shows() -> None:
    current = README.read_text(encoding="utf-8")
    assert len(blocks(current)) >= 5, "the README lost its examples"
    fresh = regenerated(current)
    diff = "".join(difflib.unified_diff(current.splitlines(True), fresh.splitlines(True), "README.md", "as run now"))
    assert fresh == current, "README examples are out of date (python tests/readme_examples.py --update):\n" + diff


def test_the_pre_commit_rev_names_a_commit_with_the_hook() -> None:
    """`rev:` in the README's pre-commit example must be something pre-commit can check out."""
    readme = README.read_text(encoding="utf-8")
    revs = set(re.findall(r"^\s*rev:\s*(\S+)", readme, re.M))
    assert len(revs) == 1, revs
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    rev = revs.pop()
    shallow = subprocess.run(["git", "rev-parse", "--is-shallow-repository"], cwd=ROOT, capture_output=True, text=True)
    if shallow.stdout.strip() == "true":
        pytest.skip("a shallow clone holds no older commits")
    assert re.fullmatch(r"[0-9a-f]{40}", rev), f"rev {rev} is not a commit id (no tag is published)"
    shown = subprocess.run(["git", "show", f"{rev}:.pre-commit-hooks.yaml"], cwd=ROOT, capture_output=True, text=True)
    assert shown.returncode == 0, f"rev {rev} has no .pre-commit-hooks.yaml: {shown.stderr}"
    assert "id: redactcheck" in shown.stdout
