"""The shape of the code (docs/architecture.md), checked by reading the imports of every module.

Data flows one way: extract -> graph -> validate -> store -> web. A stage imports the foundation (``config``,
``iri``, ``vocab``, ``formats``, ``queries``) and earlier stages only; ``pipeline``, ``schema``, the CLI and the
server sit on top and drive them. The web layer reaches the engine only through ``fmkg.store``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "fmkg"
STAGES = ("extract", "graph", "validate", "store", "web")
FOUNDATION = {"fmkg", "fmkg.config", "fmkg.iri", "fmkg.vocab", "fmkg.formats", "fmkg.queries"}


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Every module ``path`` imports (``from fmkg import vocab`` counts as ``fmkg.vocab``)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names
                      if (PACKAGE.parent / node.module.replace(".", "/") / f"{alias.name}.py").exists()}
    return found


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py")) if "static" not in p.parts}


def _stage(module: str) -> int | None:
    parts = module.split(".")
    return STAGES.index(parts[1]) if len(parts) > 1 and parts[1] in STAGES else None


@pytest.mark.parametrize("module", [m for m in MODULES if _stage(m) is not None])
def test_a_stage_imports_no_later_stage_and_nothing_above_it(module: str) -> None:
    stage = _stage(module)
    for imported in _imports(MODULES[module]):
        if not imported.startswith("fmkg") or imported in FOUNDATION:
            continue
        other = _stage(imported)
        assert other is not None, f"{module} imports {imported}, which drives the stages"
        assert other <= stage, f"{module} ({STAGES[stage]}) imports {imported} ({STAGES[other]}), a later stage"


@pytest.mark.parametrize("module", sorted(FOUNDATION & set(MODULES)))
def test_the_foundation_imports_no_stage(module: str) -> None:
    imported = {i for i in _imports(MODULES[module]) if i.startswith("fmkg")}
    assert imported <= FOUNDATION, f"{module} imports {sorted(imported - FOUNDATION)}"


@pytest.mark.parametrize("module", [m for m in MODULES if m.startswith("fmkg.web")])
def test_the_web_layer_never_imports_the_engine(module: str) -> None:
    assert not {i for i in _imports(MODULES[module]) if i.split(".")[0] == "pyoxigraph"}, \
        f"{module} imports pyoxigraph: pages read the store through fmkg.store"


def test_the_import_scan_sees_a_later_stage() -> None:
    """The checks above can fail: the scan finds what graph/dataset.py imports from an earlier stage."""
    assert "fmkg.extract" in _imports(MODULES["fmkg.graph.dataset"])
    assert "pyoxigraph" in _imports(MODULES["fmkg.store.executor"])


ENGINES = ("EmbeddedStore", "RemoteStore", "fmkg.store.remote")


@pytest.mark.parametrize("module", [m for m in MODULES if not m.startswith("fmkg.store")])
def test_nothing_outside_the_store_package_knows_which_engine_is_behind_it(module: str) -> None:
    """Every command and page gets its store from ``fmkg.store.access.open_store`` (the one place that chooses)."""
    text = MODULES[module].read_text(encoding="utf-8")
    assert not [name for name in ENGINES if name in text], f"{module} names an engine: use open_store"


def _module_level_names(source: str) -> list[str]:
    """The names a module binds at its top level, once per binding (functions, classes, plain assignments)."""
    names: list[str] = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.FunctionDef | ast.ClassDef):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [target.id for target in node.targets if isinstance(target, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
    return names


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_module_binds_one_name_twice(module: str) -> None:
    """A pattern defined twice under one name silently replaces the first for every reader of the module (a second
    ``_ALONGSIDE`` once changed how release dates were read three hundred lines above it)."""
    names = _module_level_names(MODULES[module].read_text(encoding="utf-8"))
    twice = sorted({name for name in names if names.count(name) > 1} - {"__all__"})
    assert not twice, f"{module} binds {twice} more than once"


def test_the_name_scan_sees_a_name_bound_twice() -> None:
    assert _module_level_names("_A = 1\ndef f():\n    pass\n_A = 2\n") == ["_A", "f", "_A"]
