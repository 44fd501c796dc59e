"""The import graph of ``src/huazhongdian``: no cycle, and imports flow one way.

read → structure → extract/classify → pipeline → digest → render/store/across → api → cli/web (the brief's
layer rule; ``api`` holds the workflows CLI and web share). The graph is read with ``ast``, so an
import deferred into a function counts as much as one at the top of a module; only imports under
``if TYPE_CHECKING:`` (which never run) are left out. ``from pkg import name`` is an edge to the
submodule ``pkg.name`` when there is one, else to ``pkg``. Importing ``pkg.sub`` from outside
``pkg`` runs ``pkg/__init__.py`` first, so it is an edge to ``pkg`` too (``huazhongdian`` itself
aside: every import runs it).
"""

from __future__ import annotations

import ast
import re
from functools import lru_cache
from pathlib import Path

from huazhongdian.chars import HAN, is_han

SRC = Path(__file__).resolve().parent.parent / "src"
PACKAGE = SRC / "huazhongdian"

# Lowest first. A module's layer is the longest prefix listed; an import may go to the same
# layer or a lower one, never a higher one.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("huazhongdian.errors", "huazhongdian.numerals", "huazhongdian.chars", "huazhongdian.records",
     "huazhongdian.types", "huazhongdian.jsonable", "huazhongdian.data", "huazhongdian.datafiles",
     "huazhongdian.script"),
    ("huazhongdian.read",),
    ("huazhongdian.structure", "huazhongdian.structure_topics", "huazhongdian.meta", "huazhongdian.derive",
     "huazhongdian.load"),
    ("huazhongdian.extract", "huazhongdian.classify"),
    ("huazhongdian.pipeline",),
    ("huazhongdian.digest",),
    ("huazhongdian.render", "huazhongdian.store", "huazhongdian.across"),
    ("huazhongdian.api",),
    ("huazhongdian.cli", "huazhongdian.web", "huazhongdian.__main__", "huazhongdian"),
)

# Edges the rules allow anyway, each with its reason. An entry that no longer matches an import
# fails the test too, so the list only shrinks.
EXCEPTIONS: dict[tuple[str, str], str] = {
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
                # The packages above the target run first (but not the ones this module is in).
                parent = target.rpartition(".")[0]
                while parent not in ("", "huazhongdian"):
                    if parent != package and not package.startswith(parent + "."):
                        out.setdefault(parent, node.lineno)
                    parent = parent.rpartition(".")[0]
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


def _excepted(module: str, target: str) -> bool:
    """An exception's edge, or the edge to a package above its target (whose ``__init__`` it runs)."""
    return any(m == module and (t == target or t.startswith(target + ".")) for m, t in EXCEPTIONS)


def _allowed_graph() -> dict[str, set[str]]:
    return {m: {t for t in edges if not _excepted(m, t)} for m, edges in import_graph().items()}


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
    # A deferred import counts: the package's Digest.to_dict hook imports render.json when called.
    assert "huazhongdian.render.json" in graph["huazhongdian"]
    # Importing a submodule of another package runs that package's __init__ first.
    assert "huazhongdian.render" in graph["huazhongdian"]
    # The types import nothing above them (Digest.to_dict's JSON is wired in from above).
    assert not any(t.startswith("huazhongdian.render") for t in graph["huazhongdian.types"])
    assert "huazhongdian.render" not in graph["huazhongdian.render.json"]


def test_find_cycle_finds_one() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_no_import_cycle() -> None:
    cycle = find_cycle(_allowed_graph())
    assert cycle is None, "import cycle: " + " → ".join(cycle or [])


def test_no_upward_import() -> None:
    upward = [f"{m} (layer {layer(m)}) → {t} (layer {layer(t)}), line {line}"
              for m, edges in sorted(import_graph().items()) for t, line in sorted(edges.items())
              if layer(t) > layer(m) and not _excepted(m, t)]
    assert upward == []


def test_every_exception_is_still_needed() -> None:
    graph = import_graph()
    stale = [edge for edge in EXCEPTIONS if edge[1] not in graph.get(edge[0], {})]
    assert stale == []


def _undocumented_deferred_imports(source: str) -> list[int]:
    """Line numbers of the imports inside functions of ``source`` with no ``# deferred:`` comment on
    their own lines or in the comment lines directly above their block of imports."""
    tree = ast.parse(source)
    lines = source.splitlines()
    deferred = [node for fn in ast.walk(tree) if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef))
                for node in ast.walk(fn) if isinstance(node, (ast.Import, ast.ImportFrom))]
    import_lines = {n for node in ast.walk(tree) if isinstance(node, (ast.Import, ast.ImportFrom))
                    for n in range(node.lineno, node.end_lineno + 1)}
    missing = []
    for node in deferred:
        if any("# deferred:" in lines[n - 1] for n in range(node.lineno, node.end_lineno + 1)):
            continue
        n = node.lineno - 1  # walk up over the block (imports, blank lines) and the comments above it
        while n >= 1 and (n in import_lines or not lines[n - 1].strip() or lines[n - 1].lstrip().startswith("#")):
            if "# deferred:" in lines[n - 1]:
                break
            n -= 1
        else:
            missing.append(node.lineno)
    return missing


def test_undocumented_deferred_imports_are_found() -> None:
    source = (
        "def f():\n    import json\n\n"
        "def g():\n    # deferred: csv loads only for CSV\n    import csv\n\n    import io\n\n"
        "def h():\n    x = 1\n    # deferred: json loads only for JSON\n\n    import json\n\n"
        "def k():\n    import lxml  # deferred: lxml loads only for HTML\n"
        "def m():\n    # deferred: the next block only\n    import csv\n    x = 1\n    import io\n"
    )
    assert _undocumented_deferred_imports(source) == [2, 22]


def test_every_deferred_import_says_why() -> None:
    # An import inside a function is a cost deferred (or a cycle hidden): each says which, with a
    # "# deferred:" comment on its line or above its block of imports; the rest go to the module top.
    missing = [f"{p.relative_to(SRC)}:{n}" for p in sorted(PACKAGE.rglob("*.py"))
               for n in _undocumented_deferred_imports(p.read_text(encoding="utf-8"))]
    assert missing == [], "hoist these imports to the module top, or say what deferring them saves"

# The edges of a Han range, as escapes (\u4e00, \U00020000) or as the characters themselves.
_HAN_RANGE = re.compile(r"\\u(?:4e00|3400|4dbf|9fa5|9fd5|9fff)|\\U0002[0-9a-f]{4}|[一㐀]-[龥鿕鿿]", re.IGNORECASE)


def test_the_han_class_is_defined_once() -> None:
    defined = [f"{p.relative_to(SRC)}:{n}" for p in sorted(PACKAGE.rglob("*.py")) if p.name != "chars.py"
               for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if _HAN_RANGE.search(line)]
    assert defined == [], "use huazhongdian.chars.HAN instead"


def test_the_han_class_covers_the_extensions() -> None:
    han = re.compile(f"[{HAN}]+")
    # Extension A (㐀), the Unified Ideographs, a compatibility ideograph (﨑), Extension B (𠀀) and
    # a name character of Extension E (𬍛); not the Yijing hexagram between A and the Unified block.
    assert han.findall("㐀划重点﨑𠀀𬍛䷀Ⅲ") == ["㐀划重点﨑𠀀𬍛"]
    assert [is_han(c) for c in "划𬍛䷀，A"] == [True, True, False, False, False]


# Modules still reading data files themselves, each with its reason; the list only shrinks.
DATA_READERS: dict[str, str] = {}


def test_data_files_are_read_by_one_loader() -> None:
    readers = sorted(str(p.relative_to(SRC)) for p in PACKAGE.rglob("*.py")
                     if p.name != "datafiles.py" and '"huazhongdian.data"' in p.read_text(encoding="utf-8"))
    assert readers == sorted(DATA_READERS), "read data files with huazhongdian.datafiles"


def test_the_loader_reads_each_file_once() -> None:
    from huazhongdian import datafiles, meta, structure

    assert datafiles.load_toml("structure_cues.toml") is datafiles.load_toml("structure_cues.toml")
    # structure and meta share one parse of structure_cues.toml.
    assert structure._structure_cues() is datafiles.load_toml("structure_cues.toml")
    assert meta.heading_cues()[0].search("一、2024年工作回顾")
    assert "general" in datafiles.data_names("lenses", ".toml")
    assert datafiles.has_data("gazetteer.tsv") and not datafiles.has_data("no-such-file.tsv")


def test_read_building_the_structure_makes_no_cycle() -> None:
    # The one upward edge kept at run time: structure must not import anything under read/ back.
    graph = _allowed_graph()
    graph["huazhongdian.read"] = graph["huazhongdian.read"] | {"huazhongdian.structure"}
    assert find_cycle(graph) is None
