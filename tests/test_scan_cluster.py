"""The distributed engine on a real local Dask cluster of two worker processes.

Marked `cluster`: skipped with a clear message when the dask extra is missing, and a
failure instead when REDACTCHECK_REQUIRE_CLUSTER=1 (as .ci/run sets it). The cluster
listens on loopback only; the socket guard in conftest.py lets nothing else through.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from redactcheck import cli
from redactcheck.cli import Runtime
from redactcheck.batch.sources import record_document
from redactcheck.config import Config

ROOT = Path(__file__).resolve().parent.parent
POSTS = [
    "Visited Jamie Thompson at 58 Kelvinhaugh Street, G51 3QW today. He is 14.\n",
    "Met the family at home. Mum was tired but engaged.\n",
    "Spoke to Callum Reid, 15, after school in Dundee. Child J was there too.\n",
    "Mrs K said her son Aiden McLeod, 9, still supports Tynecastle.\n",
    "Posted by Morag Dunbar. Our team visited a care home in Fife; NHS 943 476 5919.\n",
] * 4
SECRETS = (b"Jamie Thompson", b"Kelvinhaugh", b"Callum Reid", b"Aiden McLeod", b"943 476 5919")


def files_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


@pytest.mark.cluster
def test_two_worker_processes_load_the_model_once_each(
    dask_distributed: Any, linter: Any, tmp_path: Path
) -> None:
    from redactcheck.batch.engines import DaskEngine

    documents = [record_document(f"forum.jsonl#{n}", text) for n, text in enumerate(POSTS)]
    workers = tmp_path / "workers"
    engine = DaskEngine(Config(), 2, None, str(workers))
    try:
        got = list(engine.run([(n, d) for n, d in enumerate(documents)]))
        loads = engine.loads()
        memory = engine.client.run(
            lambda dask_worker: (
                dask_worker.memory_manager.memory_limit,
                dask_worker.memory_manager.memory_spill_fraction,
            )
        )
        during = files_under(workers) + [p for p in workers.rglob("*") if p.is_dir()]
    finally:
        engine.close()
    pids = [pid for pid, _ in loads.values()]
    assert len(loads) == 2 and len(set(pids)) == 2 and os.getpid() not in pids
    assert [n for _, n in loads.values()] == [1, 1]
    assert all(limit is None and spill is False for limit, spill in memory.values()), memory
    assert [item[0] for item, _ in got] == list(range(len(POSTS)))
    assert [report for _, report in got] == [linter.check_document(d) for d in documents]
    assert during, "the workers kept no folder under the local directory"
    for path in files_under(tmp_path):
        data = path.read_bytes()
        assert not any(secret in data for secret in SECRETS), path


@pytest.mark.cluster
def test_scan_on_the_cluster_writes_the_results_of_one_process(
    dask_distributed: Any, linter: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The command's own local cluster: its worker folders sit in a private temporary
    folder, which is gone afterwards."""
    monkeypatch.chdir(tmp_path)
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    Path("forum.jsonl").write_text(
        "".join(json.dumps({"text": p}) + "\n" for p in POSTS), encoding="utf-8"
    )
    env = {"CI": None, "XDG_CONFIG_HOME": str(tmp_path / "no-config")}
    runtime = Runtime(make_linter=lambda config: linter)
    here = CliRunner().invoke(
        cli.main, ["scan", "forum.jsonl", "-o", "here.jsonl"], env=env, obj=runtime
    )
    args = ["scan", "forum.jsonl", "-o", "there.jsonl", "--engine", "dask", "--jobs", "2"]
    there = CliRunner().invoke(cli.main, args, env=env, obj=runtime)
    assert here.exit_code == there.exit_code == 1, there.output
    assert Path("here.jsonl").read_text() == Path("there.jsonl").read_text()
    assert "Scanned 20 documents" in there.stdout
    assert list(temporary.iterdir()) == []


def test_require_cluster_turns_a_missing_dask_into_a_failure(tmp_path: Path) -> None:
    """Without Dask a cluster test is skipped with what to install; with
    REDACTCHECK_REQUIRE_CLUSTER=1 the same run fails (CI must not pass by skipping)."""
    fake = tmp_path / "no-dask" / "distributed"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text("raise ImportError('no dask in this test')\n")
    test = f"{Path(__file__).name}::{test_two_worker_processes_load_the_model_once_each.__name__}"
    outcomes = {}
    for required in ("", "1"):
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join(filter(None, [str(fake.parent), os.environ.get("PYTHONPATH")])),
            "REDACTCHECK_REQUIRE_CLUSTER": required,
        }
        done = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rs", test],
            cwd=ROOT / "tests",
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        outcomes[required] = (done.returncode, done.stdout)
    assert outcomes[""][0] == 0 and "1 skipped" in outcomes[""][1], outcomes[""][1]
    assert "pip install 'redactcheck[dask]'" in outcomes[""][1]
    assert (
        outcomes["1"][0] == 1
        and "REDACTCHECK_REQUIRE_CLUSTER=1 but dask is not installed" in outcomes["1"][1]
    )
    assert "1 error" in outcomes["1"][1] and "skipped" not in outcomes["1"][1], outcomes["1"][1]


@pytest.mark.cluster
def test_a_scheduler_that_cannot_be_reached_is_one_line(
    dask_distributed: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dask

    monkeypatch.chdir(tmp_path)
    Path("post.md").write_text(POSTS[1], encoding="utf-8")
    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}):
        args = ["scan", "post.md", "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"]
        result = CliRunner().invoke(cli.main, args, env={"CI": None})
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(
        "redactcheck: error: tcp://127.0.0.1:9: cannot reach the Dask scheduler ("
    ), lines
