"""Every command output and Python result shown in README.md, run again and compared.

    python tests/readme_examples.py            # compare; exit 1 and a diff on any difference
    python tests/readme_examples.py --update   # rewrite the outputs in README.md from fresh runs

`tests/test_readme.py` runs the comparison and never rewrites the README.

Two kinds of block are examples:

- ```console blocks: each `$ command` line is run with bash in a fresh folder
  holding a copy of `examples/` (shown in output as `~/blog`), with the
  installed `redactcheck` first on PATH, no CI variable, and empty cache and
  config folders; the lines after it, up to the next `$`, are what the
  command prints (stdout and stderr, as a terminal shows them). Commands in one
  block share the folder.
- ```python blocks with `>>>` prompts: doctests; an expression's repr is its output.
"""
from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
SHOWN_FOLDER = "~/blog"
_BLOCK = re.compile(r"^```(console|python)\n(.*?)^```$", re.M | re.S)


@dataclass(frozen=True)
class Step:
    """One command or statement, and the output the README shows for it."""

    source: str
    shown: str


def steps(kind: str, body: str) -> list[Step]:
    """The commands (console) or doctest statements (python) of one block."""
    prompt, more = ("$ ", None) if kind == "console" else (">>> ", "... ")
    found: list[tuple[list[str], list[str]]] = []
    for line in body.splitlines():
        if line.startswith(prompt):
            found.append(([line[len(prompt):]], []))
        elif more and line.startswith(more) and found and not found[-1][1]:
            found[-1][0].append(line[len(more):])
        elif found:
            found[-1][1].append(line)
    return [Step("\n".join(src), "\n".join(out).rstrip()) for src, out in found]


def _environment(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "NO_COLOR", "FORCE_COLOR")}
    env.update(PATH=f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}",
               XDG_CACHE_HOME=str(home / "cache"), XDG_CONFIG_HOME=str(home / "config"),
               HOME=str(home), COLUMNS="200", TERM="dumb", LC_ALL="C.UTF-8")
    return env


def run_console(commands: list[Step]) -> list[str]:
    """What each command prints, run one after another in one fresh folder."""
    with tempfile.TemporaryDirectory(prefix="redactcheck-readme-") as tmp:
        home = Path(tmp)
        folder = home / "blog"
        shutil.copytree(ROOT / "examples", folder / "examples")
        env = _environment(home)
        outputs = []
        for step in commands:
            done = subprocess.run(["bash", "-c", step.source], cwd=folder, env=env, stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT, text=True, timeout=300)
            printed = done.stdout.replace(str(folder), SHOWN_FOLDER)
            outputs.append("\n".join(line.rstrip() for line in printed.rstrip().splitlines()))
        return outputs


def run_python(statements: list[Step]) -> list[str]:
    """Each doctest statement's printed output, in one namespace, from the repository root."""
    namespace: dict[str, object] = {"__name__": "__readme__"}
    outputs = []
    with _working_folder(ROOT):
        for step in statements:
            buffer = io.StringIO()
            with contextlib.redirect_stdout(buffer):
                exec(compile(step.source, "<README.md>", "single"), namespace)  # noqa: S102 - our own README
            outputs.append(buffer.getvalue().rstrip())
    return outputs


@contextlib.contextmanager
def _working_folder(folder: Path):  # type: ignore[no-untyped-def]  # contextlib.chdir is 3.11+
    before = os.getcwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)


def blocks(text: str) -> list[re.Match[str]]:
    """The example blocks: console transcripts and Python blocks with prompts."""
    return [m for m in _BLOCK.finditer(text) if m.group(1) == "console" or ">>> " in m.group(2)]


def fresh_block(match: re.Match[str]) -> str:
    """The block with every output replaced by what running it prints now."""
    kind, body = match.group(1), match.group(2)
    found = steps(kind, body)
    outputs = run_console(found) if kind == "console" else run_python(found)
    prompt = "$ " if kind == "console" else ">>> "
    lines = []
    for step, output in zip(found, outputs):
        first, *rest = step.source.split("\n")
        lines.append(prompt + first)
        lines.extend("... " + line for line in rest)
        if output:
            lines.append(output)
    return f"```{kind}\n" + "\n".join(lines) + "\n```"


def regenerated(text: str) -> str:
    """The README with every example's output as the code prints it today."""
    pieces, position = [], 0
    for match in blocks(text):
        pieces.append(text[position : match.start()])
        pieces.append(fresh_block(match))
        position = match.end()
    pieces.append(text[position:])
    return "".join(pieces)


def main(argv: list[str]) -> int:
    current = README.read_text(encoding="utf-8")
    fresh = regenerated(current)
    if "--update" in argv:
        if fresh != current:
            README.write_text(fresh, encoding="utf-8")
        print("README.md examples regenerated")
        return 0
    if fresh == current:
        print("README.md examples match")
        return 0
    import difflib

    sys.stdout.writelines(difflib.unified_diff(current.splitlines(True), fresh.splitlines(True),
                                               "README.md", "README.md (as run now)"))
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
