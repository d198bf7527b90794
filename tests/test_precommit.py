"""The pre-commit hook, end to end: the real pre-commit, a real git commit.

This checkout's working tree (uncommitted changes included) is snapshotted
into a small git repo with a deterministic commit, and a temporary "blog"
repository uses it through an ordinary .pre-commit-config.yaml. pre-commit
then installs the hook's own environment with pip (spaCy, Presidio... from
the package index: minutes the first time). PRE_COMMIT_HOME lives in pytest's
cache folder (or $REDACTCHECK_TEST_PRE_COMMIT_HOME), and the snapshot keeps
the same path and commit id while the code is unchanged, so a second run
reuses the installed environment.

The hook runs with CI=true, as it would in a CI job: the finding's category
must still be named while the matched text is not printed.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from source_tree import copy_source

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
FIXED_DATE = "2000-01-01T00:00:00 +0000"
RISKY = "# Home visit\n\nVisited Priya Okafor at 23 Thornbury Avenue, LS12 4HN today.\n"
ANONYMISED = (
    "# Notes from a home visit\n\n"
    "The young person was quiet at first but opened up about school.\n"
    "We agreed to meet again next month.\n"
)


def _clean_env(**extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("GIT_", "PRE_COMMIT")) and k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "CI")
    }
    env.update(PIP_DISABLE_PIP_VERSION_CHECK="1", **extra)
    return env


def _git(args: list[str], cwd: Path, env: dict[str, str]) -> str:
    proc = subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, f"git {' '.join(args)}: {proc.stdout}{proc.stderr}"
    return proc.stdout.strip()


@pytest.fixture(scope="module")
def pre_commit_home(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    override = os.environ.get("REDACTCHECK_TEST_PRE_COMMIT_HOME")
    if override:
        home = Path(override)
        home.mkdir(parents=True, exist_ok=True)
        return home
    cache = getattr(request.config, "cache", None)
    if cache is not None:
        return Path(cache.mkdir("redactcheck-pre-commit"))
    return tmp_path_factory.getbasetemp() / "pre-commit-home"


@pytest.fixture(scope="module")
def hook_repo(pre_commit_home: Path) -> tuple[Path, str]:
    """(path, commit) of a git snapshot of this working tree, stable while the code is."""
    snapshot = pre_commit_home / "hook-repo"
    if snapshot.exists():
        shutil.rmtree(snapshot)
    copy_source(snapshot)
    env = _clean_env(
        GIT_AUTHOR_NAME="redactcheck tests", GIT_AUTHOR_EMAIL="tests@example.invalid",
        GIT_COMMITTER_NAME="redactcheck tests", GIT_COMMITTER_EMAIL="tests@example.invalid",
        GIT_AUTHOR_DATE=FIXED_DATE, GIT_COMMITTER_DATE=FIXED_DATE,
    )
    _git(["init", "-q"], snapshot, env)
    _git(["add", "-A"], snapshot, env)
    _git(["-c", "commit.gpgsign=false", "commit", "-q", "-m", "snapshot for the pre-commit test"], snapshot, env)
    assert (snapshot / ".pre-commit-hooks.yaml").is_file()
    rev = _git(["rev-parse", "HEAD"], snapshot, env)
    _forget_stale_environments(pre_commit_home, rev)
    return snapshot, rev


def _forget_stale_environments(home: Path, rev: str) -> None:
    """A new snapshot commit needs a new hook environment (~0.5 GB): drop the old ones."""
    marker = home / "snapshot-rev"
    if marker.is_file() and marker.read_text(encoding="utf-8").strip() == rev:
        return
    for entry in home.iterdir():
        if entry.name not in ("hook-repo", marker.name):
            shutil.rmtree(entry) if entry.is_dir() and not entry.is_symlink() else entry.unlink()
    marker.write_text(rev + "\n", encoding="utf-8")


@pytest.fixture
def blog(tmp_path: Path, hook_repo: tuple[Path, str], pre_commit_home: Path) -> tuple[Path, dict[str, str]]:
    """A git repo with the redactcheck hook installed; returns (path, env for commits)."""
    repo, rev = hook_repo
    blog = tmp_path / "blog"
    blog.mkdir()
    env = _clean_env(CI="true", PRE_COMMIT_HOME=str(pre_commit_home))
    _git(["init", "-q"], blog, env)
    _git(["config", "user.name", "Test Author"], blog, env)
    _git(["config", "user.email", "author@example.invalid"], blog, env)
    _git(["config", "commit.gpgsign", "false"], blog, env)
    (blog / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {repo}\n    rev: {rev}\n    hooks:\n      - id: redactcheck\n", encoding="utf-8"
    )
    proc = subprocess.run(
        [sys.executable, "-m", "pre_commit", "install"], cwd=blog, env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return blog, env


def _commit(blog: Path, env: dict[str, str], path: str, text: str) -> subprocess.CompletedProcess[str]:
    (blog / path).parent.mkdir(parents=True, exist_ok=True)
    (blog / path).write_text(text, encoding="utf-8")
    _git(["add", "-A"], blog, env)
    # The first run installs the hook environment from the package index.
    return subprocess.run(
        ["git", "commit", "-m", f"add {path}"], cwd=blog, env=env, capture_output=True, text=True, timeout=1800
    )


def _commits(blog: Path, env: dict[str, str]) -> int:
    proc = subprocess.run(["git", "rev-list", "--count", "HEAD"], cwd=blog, env=env, capture_output=True, text=True)
    return int(proc.stdout.strip()) if proc.returncode == 0 else 0


def test_hook_passes_anonymised_and_refuses_identifying_draft(blog: tuple[Path, dict[str, str]]) -> None:
    repo, env = blog

    ok = _commit(repo, env, "posts/visit.md", ANONYMISED)
    assert ok.returncode == 0, ok.stdout[-4000:] + ok.stderr[-4000:]
    assert _commits(repo, env) == 1

    refused = _commit(repo, env, "posts/draft.md", RISKY)
    output = refused.stdout + refused.stderr
    assert refused.returncode != 0, output[-4000:]
    assert _commits(repo, env) == 1, "the commit went through"
    assert "redactcheck" in output
    assert "posts/draft.md" in output
    named = [c for c in ("a name (", "an address (", "a postcode (") if c in output]
    assert named, output[-4000:]
    # CI=true: the categories are named, the identifying text is not printed.
    for secret in ("Priya Okafor", "Thornbury", "LS12 4HN"):
        assert secret not in output, f"{secret!r} printed by the hook with CI set"


def test_hook_definition_matches_the_cli() -> None:
    import re

    import yaml

    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "redactcheck")
    assert hook["entry"].split()[:2] == ["redactcheck", "check"]
    assert hook["language"] == "python"
    pattern = re.compile(hook["files"])
    assert pattern.search("posts/visit.md") and pattern.search("notes.txt")
    assert not pattern.search("setup.py")


def test_hook_flags_a_watched_name_nothing_else_would(blog: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    """The hook reads the user's watchlist: a surname in lower case that no other
    mechanism reads as a name stops the commit, and is not printed (CI is set)."""
    from redactcheck.detect import watchlist

    repo, env = blog
    store = tmp_path / "private" / "watchlist.json"
    current = watchlist.open_for_change(store)
    watchlist.save(watchlist.add(current, [("Tamsin Pengarrow", [])])[0])
    draft = "# Notes\n\nThe bus was late again for pengarrow this week.\n"  # nothing else reads a name here

    passed = _commit(repo, env, "posts/late.md", draft)  # not watched yet: nothing to flag
    assert passed.returncode == 0, passed.stdout[-4000:] + passed.stderr[-4000:]

    watched_env = {**env, "REDACTCHECK_WATCHLIST": str(store)}
    refused = _commit(repo, watched_env, "posts/late.md", draft.replace("week", "month"))
    output = refused.stdout + refused.stderr
    assert refused.returncode != 0, output[-4000:]
    assert "PERSON" in output or "a name" in output
    assert "pengarrow" not in output.lower()
