"""A small blog repository living with redactcheck, end to end with the real pre-commit.

Markdown posts with front matter, a `.redactcheck.yaml` allowlist, an inline
ignore, a baseline that accepts an older post, and the hook run by `git
commit`. The hook environment is built exactly as in test_precommit.py (same
snapshot, same PRE_COMMIT_HOME), so both tests share one installation.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from test_precommit import ROOT, _clean_env, _commits, _git, hook_repo, pre_commit_home  # noqa: F401  (fixtures)

pytestmark = pytest.mark.slow

CONFIG = 'allowlist: ["Jo Brackley", "Calderdale Council"]\nfail_on: direct\n'
TRAINING = """---
title: What we learned from a week of training
author: Jo Brackley
tags: [practice, learning]
---
# What we learned

My colleague Jo Brackley and I spent a week on training run by Calderdale Council.

<!-- redactcheck: ignore-next-line -->
Priya grew up in care and told us her story; Priya agreed to be named.

The young person we talked about was quiet at first but opened up about school.
"""
AWARD = "---\ntitle: An award for the team\n---\nOur manager Morag Campbell accepted the team award in public last year.\n"
RISKY = "---\ntitle: A visit\n---\nVisited Jamie Thompson at 58 Kelvinhaugh Street today.\n"
HOOKS = """repos:
  - repo: {repo}
    rev: {rev}
    hooks:
      - id: redactcheck
        args: [--baseline, .redactcheck-baseline.json]
        verbose: true
"""


def _redactcheck(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """This checkout's redactcheck (not the hook's), as the blog author runs it by hand."""
    env = _clean_env(PYTHONPATH=str(ROOT))
    code = "from redactcheck.cli import main; main()"
    return subprocess.run([sys.executable, "-c", code, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


@pytest.fixture
def blog(tmp_path: Path, hook_repo: tuple[Path, str], pre_commit_home: Path) -> tuple[Path, dict[str, str]]:  # noqa: F811
    repo, rev = hook_repo
    blog = tmp_path / "blog"
    (blog / "posts").mkdir(parents=True)
    env = _clean_env(CI="true", PRE_COMMIT_HOME=str(pre_commit_home))
    for args in (["init", "-q"], ["config", "user.name", "Test Author"], ["config", "user.email", "author@example.invalid"],
                 ["config", "commit.gpgsign", "false"]):
        _git(args, blog, env)
    (blog / ".pre-commit-config.yaml").write_text(HOOKS.format(repo=repo, rev=rev), encoding="utf-8")
    (blog / ".redactcheck.yaml").write_text(CONFIG, encoding="utf-8")
    (blog / ".gitignore").write_text(".redactcheck-key\n", encoding="utf-8")
    (blog / "posts" / "2023-11-award.md").write_text(AWARD, encoding="utf-8")
    (blog / "posts" / "2024-05-training.md").write_text(TRAINING, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=blog, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return blog, env


def _commit(blog: Path, env: dict[str, str], message: str) -> subprocess.CompletedProcess[str]:
    _git(["add", "-A"], blog, env)
    return subprocess.run(["git", "commit", "-m", message], cwd=blog, env=env, capture_output=True, text=True, timeout=1800)


def test_blog_repository_lives_with_config_inline_ignore_and_baseline(blog: tuple[Path, dict[str, str]]) -> None:
    repo, env = blog
    created = _redactcheck(["baseline", "create", "posts/2023-11-award.md"], repo)
    assert created.returncode == 0, created.stderr
    assert stat_mode(repo / ".redactcheck-key") == 0o600

    first = _commit(repo, env, "first posts")
    output = first.stdout + first.stderr
    assert first.returncode == 0, output[-4000:]
    assert _commits(repo, env) == 1
    # Nothing was hidden silently: every kind of suppression is counted in the hook output.
    for why in ("inline", "baseline", "allowlist"):
        assert why in output, (why, output[-3000:])
    tracked = _git(["ls-files"], repo, env).split()
    assert ".redactcheck-baseline.json" in tracked and ".redactcheck-key" not in tracked
    baseline = (repo / ".redactcheck-baseline.json").read_text(encoding="utf-8")
    assert "Morag" not in baseline and "Campbell" not in baseline


def test_new_identifying_posts_are_refused_in_markdown_and_docx(blog: tuple[Path, dict[str, str]]) -> None:
    repo, env = blog
    assert _redactcheck(["baseline", "create", "posts/2023-11-award.md"], repo).returncode == 0
    assert _commit(repo, env, "first posts").returncode == 0

    (repo / "posts" / "2024-06-visit.md").write_text(RISKY, encoding="utf-8")
    refused = _commit(repo, env, "a risky post")
    output = refused.stdout + refused.stderr
    assert refused.returncode != 0 and _commits(repo, env) == 1, output[-4000:]
    assert "posts/2024-06-visit.md" in output
    assert "a name (identifies someone on its own)" in output
    assert "Jamie Thompson" not in output, "CI is set: the matched text must not be printed"
    os.remove(repo / "posts" / "2024-06-visit.md")

    document = docx.Document()
    document.add_paragraph("Visited Jamie Thompson at 58 Kelvinhaugh Street today.")
    document.save(str(repo / "posts" / "visit-notes.docx"))
    refused = _commit(repo, env, "a risky Word document")
    output = refused.stdout + refused.stderr
    assert refused.returncode != 0 and _commits(repo, env) == 1, output[-4000:]
    assert "posts/visit-notes.docx" in output


def stat_mode(path: Path) -> int:
    return path.stat().st_mode & 0o777
