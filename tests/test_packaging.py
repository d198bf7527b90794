"""The wheel works on its own: rules and models ship inside it, the script runs.

A copy of the working tree is built into a wheel, which is installed with
--no-deps into a brand-new venv. The dependencies (spaCy, Presidio...) come
from the running interpreter's site-packages through a .pth file, so the test
needs no package index, while redactcheck itself can only come from the wheel.
Everything runs from a folder outside the repository so the source tree
cannot shadow the installed package.
"""
from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from source_tree import copy_source

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
RISKY = "Case notes\n\nVisited Priya Okafor at 23 Thornbury Avenue, LS12 4HN today.\n"


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return env


def _run(args: list[str], cwd: Path, timeout: int = 600) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(args, cwd=cwd, env=_env(), capture_output=True, text=True, timeout=timeout)
    return proc


def _build_wheel(tmp: Path) -> Path:
    source = tmp / "source"
    copy_source(source)
    dist = tmp / "dist"
    command = [sys.executable, "-m", "build", "--wheel", "--outdir", str(dist)]
    if importlib.util.find_spec("hatchling") is not None:
        command.append("--no-isolation")  # offline, with the hatchling already installed
    proc = _run(command + [str(source)], cwd=tmp)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    wheels = list(dist.glob("redactcheck-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


def _site_packages(python: Path) -> list[Path]:
    code = "import sysconfig; print(sysconfig.get_paths()['purelib']); print(sysconfig.get_paths()['platlib'])"
    out = subprocess.run([str(python), "-c", code], capture_output=True, text=True, env=_env(), check=True).stdout
    return list(dict.fromkeys(Path(line) for line in out.split()))


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(venv, wheel): a fresh venv holding only the built wheel, deps via .pth."""
    tmp = tmp_path_factory.mktemp("packaging")
    wheel = _build_wheel(tmp)
    venv = tmp / "venv"
    proc = _run([sys.executable, "-m", "venv", str(venv)], cwd=tmp, timeout=300)
    assert proc.returncode == 0, proc.stderr
    python = venv / "bin" / "python"
    # Install first: once the .pth is in place pip would see the running
    # interpreter's own redactcheck and call the requirement satisfied.
    proc = _run([str(python), "-m", "pip", "install", "--no-deps", "--no-index", str(wheel)], cwd=tmp, timeout=300)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert (venv / "bin" / "redactcheck").is_file(), proc.stdout[-3000:]
    site = _site_packages(python)[0]
    dev_paths = dict.fromkeys(sysconfig.get_paths()[k] for k in ("purelib", "platlib"))
    (site / "zz_redactcheck_test_deps.pth").write_text("".join(f"{p}\n" for p in dev_paths), encoding="utf-8")
    return venv, wheel


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    assert ROOT not in folder.resolve().parents
    return folder


def test_wheel_contains_package_rules_and_models(installed: tuple[Path, Path]) -> None:
    _, wheel = installed
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "redactcheck/__init__.py" in names
    assert "redactcheck/cli/__init__.py" in names
    assert "redactcheck/detect/recognisers/ner.py" in names  # subpackages ship too
    assert "redactcheck/py.typed" in names
    assert "redactcheck/rules/uk_ids.yaml" in names
    assert "redactcheck/models/label_map.yaml" in names
    assert "redactcheck/data/defaults.yaml" in names  # the defaults, and what `init` writes
    assert not any(n.startswith(("tests/", "examples/")) or "__pycache__" in n for n in names), sorted(names)
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    assert "redactcheck = redactcheck.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_package_and_data_come_from_the_wheel(installed: tuple[Path, Path], outside: Path) -> None:
    venv, _ = installed
    site = _site_packages(venv / "bin" / "python")[0].resolve()
    code = (
        "import redactcheck, redactcheck.resources as r\n"
        "print(redactcheck.__file__)\n"
        "print(r.data_dir('rules'))\n"
        "print(r.data_dir('models'))\n"
    )
    proc = _run([str(venv / "bin" / "python"), "-c", code], cwd=outside)
    assert proc.returncode == 0, proc.stderr
    package, rules, models = (Path(line).resolve() for line in proc.stdout.split())
    for path in (package, rules, models):
        assert site in path.parents, f"{path} is not inside {site}"
    assert rules == site / "redactcheck" / "rules"
    assert (rules / "uk_ids.yaml").is_file()
    assert (models / "label_map.yaml").is_file()


def test_installed_script_lists_packaged_rules(installed: tuple[Path, Path], outside: Path) -> None:
    venv, _ = installed
    proc = _run([str(venv / "bin" / "redactcheck"), "rules"], cwd=outside)
    assert proc.returncode == 0, proc.stderr
    ids = {line.split()[0] for line in proc.stdout.splitlines() if line.strip()}
    assert {"chi-number", "uk-postcode", "uk-phone", "street-address"} <= ids
    assert str(ROOT) not in proc.stdout  # rules are read from the installed package


def test_installed_script_checks_a_draft(installed: tuple[Path, Path], outside: Path) -> None:
    venv, _ = installed
    (outside / "draft.txt").write_text(RISKY, encoding="utf-8")
    proc = _run([str(venv / "bin" / "redactcheck"), "check", "draft.txt"], cwd=outside, timeout=300)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "draft.txt:3:9: a name (identifies someone on its own): " in proc.stdout
    assert "Traceback" not in proc.stderr
    version = _run([str(venv / "bin" / "redactcheck"), "--version"], cwd=outside)
    assert version.returncode == 0 and "redactcheck" in version.stdout


def test_wheel_carries_the_web_page_and_its_extra(installed: tuple[Path, Path]) -> None:
    """`redactcheck serve` serves its page from the package: the files must be in the wheel,
    and the `web` extra must bring the server's libraries."""
    _, wheel = installed
    archive = zipfile.ZipFile(wheel)
    names = set(archive.namelist())
    for name in ("web/__init__.py", "web/app.py", "web/static/index.html", "web/static/app.js", "web/static/app.css"):
        assert f"redactcheck/{name}" in names
    metadata = archive.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    assert "Provides-Extra: web" in metadata
    assert any(line.startswith("Requires-Dist: starlette") and line.replace('"', "'").endswith("extra == 'web'")
               for line in metadata.splitlines())
