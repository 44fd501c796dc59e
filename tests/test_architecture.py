"""The import graph of ``src/huazhongdian``: no cycle, and imports flow one way.

read → structure → extract/classify → digest → render/store/across → api → cli/web (the brief's
layer rule; ``api`` holds the workflows CLI and web share). The graph is read with ``ast``, so an
import deferred into a function counts as much as one at the top of a module; only imports under
``if TYPE_CHECKING:`` (which never run) are left out. ``from pkg import name`` is an edge to the
submodule ``pkg.name`` when there is one, else to ``pkg``; a package's ``__init__`` is not counted
as imported by every import of one of its submodules.
"""

from __future__ import annotations

import ast
from functools import lru_cache
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
PACKAGE = SRC / "huazhongdian"

# Lowest first. A module's layer is the longest prefix listed; an import may go to the same
# layer or a lower one, never a higher one.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("huazhongdian.errors", "huazhongdian.numerals", "huazhongdian.chars", "huazhongdian.records",
     "huazhongdian.types", "huazhongdian.jsonable", "huazhongdian.data", "huazhongdian.datafiles"),
    ("huazhongdian.read",),
    ("huazhongdian.structure", "huazhongdian.meta"),
    ("huazhongdian.extract", "huazhongdian.classify"),
    ("huazhongdian.digest",),
    ("huazhongdian.render", "huazhongdian.store", "huazhongdian.across"),
    ("huazhongdian.api",),
    ("huazhongdian.cli", "huazhongdian.web", "huazhongdian.__main__", "huazhongdian"),
)

# Edges the rules allow anyway, each with its reason. An entry that no longer matches an import
# fails the test too, so the list only shrinks.
EXCEPTIONS: dict[tuple[str, str], str] = {
    ("huazhongdian.types", "huazhongdian.render.json"):
        "Digest.to_dict(): the public convenience method of the type, imported when called",
    ("huazhongdian.types", "huazhongdian.jsonable"):
        "Digest.records(): the parts in their JSON shape, imported when called",
    ("huazhongdian.read", "huazhongdian.structure"):
        "read() returns a built Document (public API); moving the builder is issue #11 item 1",
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skip.update(id(n) for stmt in node.body for n in ast.walk(stmt))
    return skip


@lru_cache(maxsize=1)
def import_graph() -> dict[str, dict[str, int]]:
    """Module → {imported project module: first line number}."""
    paths = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, dict[str, int]] = {}
    for name, path in paths.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = _type_checking_nodes(tree)
        out: dict[str, int] = {}
        for node in ast.walk(tree):
            if id(node) in skip:
                continue
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - node.level + 1]
                    source = ".".join(base + ([node.module] if node.module else []))
                else:
                    source = node.module or ""
                subs = [f"{source}.{a.name}" for a in node.names if f"{source}.{a.name}" in paths]
                targets = subs + ([source] if len(subs) < len(node.names) else [])
            elif isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            else:
                continue
            for target in targets:
                while target and target not in paths:
                    target = target.rpartition(".")[0]
                if target and target != name:
                    out.setdefault(target, node.lineno)
        graph[name] = out
    return graph


def layer(module: str) -> int:
    best, rank = -1, -1
    for i, prefixes in enumerate(LAYERS):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best:
                best, rank = len(prefix), i
    assert rank >= 0, f"{module} has no layer: add it to LAYERS in {__file__}"
    return rank


def _allowed_graph() -> dict[str, set[str]]:
    return {m: {t for t in edges if (m, t) not in EXCEPTIONS} for m, edges in import_graph().items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of ``graph`` as a path that ends where it starts, or None."""
    state: dict[str, int] = {}  # 1 on the stack, 2 done
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_the_graph_is_read() -> None:
    graph = import_graph()
    assert "huazhongdian.render.view" in graph["huazhongdian.render.previous"]
    assert "huazhongdian.types" in graph["huazhongdian.digest"]
    # A deferred import counts: types.Digest.to_dict imports render.json inside the method.
    assert "huazhongdian.render.json" in graph["huazhongdian.types"]


def test_find_cycle_finds_one() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_no_import_cycle() -> None:
    cycle = find_cycle(_allowed_graph())
    assert cycle is None, "import cycle: " + " → ".join(cycle or [])


def test_no_upward_import() -> None:
    upward = [f"{m} (layer {layer(m)}) → {t} (layer {layer(t)}), line {line}"
              for m, edges in sorted(import_graph().items()) for t, line in sorted(edges.items())
              if layer(t) > layer(m) and (m, t) not in EXCEPTIONS]
    assert upward == []


def test_every_exception_is_still_needed() -> None:
    graph = import_graph()
    stale = [edge for edge in EXCEPTIONS if edge[1] not in graph.get(edge[0], {})]
    assert stale == []
