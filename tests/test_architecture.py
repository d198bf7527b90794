"""The package's shape, checked from its source: imports go one way.

Every module's imports are read with `ast` (nothing is imported). Three rules, each of
which the redesign of issue 14 relied on:

- no import cycle between modules (a lazy import inside a function counts: a cycle dodged
  at run time is still a cycle a reader has to untangle);
- no import of another module's underscore name;
- no import upward in the layer order below (a package may use those to its left).

"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "redactcheck"

# Lowest first. A module may import from its own layer and the layers before it.
LAYERS: tuple[frozenset[str], ...] = tuple(frozenset(layer.split()) for layer in (
    "types errors atomic keyed resources version yamlfiles",
    "lexicon",
    "documents",
    "detect",
    "people",
    "risk",
    "suppress",
    "redaction",
    "config",
    "linter startup",
    "batch evaluate",
    "reporters",
    "web",
    "cli",
    "__init__ __main__",
))


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _type_checking_only(tree: ast.Module) -> set[int]:
    """Line numbers of imports under `if TYPE_CHECKING:` (never run, so no cycle)."""
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for inner in node.body:
                lines.update(range(inner.lineno, (inner.end_lineno or inner.lineno) + 1))
    return lines


def _resolve(module: str, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    is_package = MODULES[module].name == "__init__.py"
    base = module.split(".")
    base = base[: len(base) - node.level + (1 if is_package else 0)]
    return ".".join(base + ([node.module] if node.module else []))


def imports(module: str) -> list[tuple[str, str | None, bool]]:
    """(imported module, imported name or None, run-time?) for each import of `module`."""
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    typing_only = _type_checking_only(tree)
    found: list[tuple[str, str | None, bool]] = []
    for node in ast.walk(tree):
        runtime = node.lineno not in typing_only if isinstance(node, ast.stmt) else True
        if isinstance(node, ast.Import):
            found += [(alias.name, None, runtime) for alias in node.names
                      if alias.name.startswith("redactcheck")]
        elif isinstance(node, ast.ImportFrom):
            source = _resolve(module, node)
            if not source.startswith("redactcheck"):
                continue
            for alias in node.names:
                if f"{source}.{alias.name}" in MODULES:  # `from package import module`
                    found.append((f"{source}.{alias.name}", None, runtime))
                else:
                    found.append((source, alias.name, runtime))
    return found


def layer(module: str) -> int:
    parts = module.split(".")
    top = parts[1] if len(parts) > 1 else "__init__"
    for index, names in enumerate(LAYERS):
        if top in names:
            return index
    raise AssertionError(f"{module}: its top-level name {top!r} is in no layer of LAYERS")


def graph() -> dict[str, set[str]]:
    edges: dict[str, set[str]] = {m: set() for m in MODULES}
    for module in MODULES:
        for target, _, runtime in imports(module):
            if runtime and target in MODULES and target != module:
                edges[module].add(target)
    return edges


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan), each a cycle to untangle."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(edges[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_every_module_has_a_layer() -> None:
    for module in MODULES:
        layer(module)


def test_no_import_cycle() -> None:
    assert cycles(graph()) == []


def test_no_module_imports_another_modules_private_name() -> None:
    private = [f"{module} imports {target}.{name}" for module in MODULES
               for target, name, _ in imports(module)
               if name and name.startswith("_") and not name.startswith("__") and target != module]
    assert private == []


def test_no_upward_import() -> None:
    upward = [f"{module} (layer {layer(module)}) imports {target} (layer {layer(target)})"
              for module in MODULES for target, _, _ in imports(module)
              if target in MODULES and layer(target) > layer(module)]
    assert upward == []


@pytest.mark.parametrize("edges, expected", [
    ({"a": {"b"}, "b": {"a"}, "c": set()}, [["a", "b"]]),
    ({"a": {"b"}, "b": {"c"}, "c": set()}, []),
    ({"a": {"b"}, "b": {"c"}, "c": {"a"}}, [["a", "b", "c"]]),
])
def test_the_cycle_finder_finds_cycles(edges: dict[str, set[str]], expected: list[list[str]]) -> None:
    assert cycles(edges) == expected


def test_the_layer_check_sees_a_real_upward_import() -> None:
    """The checks read real imports: detection's engine imports the lexicon (downward)."""
    assert ("redactcheck.lexicon.places", "place_names", True) in imports("redactcheck.detect.engine")
    assert layer("redactcheck.detect.engine") > layer("redactcheck.lexicon.places")
