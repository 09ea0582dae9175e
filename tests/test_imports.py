"""Imports flow one way: model <- grammar/vocab <- extract <- rules <- reconcile <- report <- render/cli.

Every module of the package is parsed with ``ast`` (nothing is imported), so a wrong-way import
fails here with the file and line, before it turns into an import cycle.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

import countylines_check

PACKAGE = "countylines_check"
ROOT = Path(countylines_check.__file__).resolve().parent
MODULE_FILES = sorted(ROOT.rglob("*.py"))


@dataclass(frozen=True)
class Import:
    module: str  # fully qualified target, e.g. countylines_check.render.text
    line: int
    in_function: bool


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join([PACKAGE, *parts])


def package_of(path: Path) -> str:
    name = module_name(path)
    return name if path.name == "__init__.py" else name.rpartition(".")[0]


class _Collector(ast.NodeVisitor):
    def __init__(self, path: Path) -> None:
        self.package = package_of(path)
        self.depth = 0
        self.found: list[Import] = []

    def _function(self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) -> None:
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1

    visit_FunctionDef = _function
    visit_AsyncFunctionDef = _function
    visit_Lambda = _function

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self.found.append(Import(alias.name, node.lineno, self.depth > 0))

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.level:
            base = self.package.split(".")
            if node.level > 1:
                base = base[: -(node.level - 1)]
            target = ".".join(base + ([node.module] if node.module else []))
        else:
            target = node.module or ""
        self.found.append(Import(target, node.lineno, self.depth > 0))
        # "from . import report" imports a module, not a name: record the submodule too.
        for alias in node.names:
            self.found.append(Import(f"{target}.{alias.name}", node.lineno, self.depth > 0))


def imports_of(path: Path) -> list[Import]:
    collector = _Collector(path)
    collector.visit(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
    return collector.found


def internal(imports: list[Import]) -> list[Import]:
    return [i for i in imports if i.module == PACKAGE or i.module.startswith(PACKAGE + ".")]


def hits(imports: list[Import], forbidden: tuple[str, ...]) -> list[str]:
    """The imports that reach one of the ``forbidden`` sibling modules or packages."""
    targets = tuple(f"{PACKAGE}.{name}" for name in forbidden)
    return [
        f"line {i.line}: {i.module}"
        for i in internal(imports)
        if any(i.module == t or i.module.startswith(t + ".") for t in targets)
    ]


def files_in(subpackage: str) -> list[Path]:
    return sorted((ROOT / subpackage).rglob("*.py"))


def rel(path: Path) -> str:
    return str(path.relative_to(ROOT))


# --- the collector itself ---------------------------------------------------------------


def test_collector_resolves_relative_imports() -> None:
    report = {i.module for i in imports_of(ROOT / "report.py")}
    assert "countylines_check.model" in report
    rule = {i.module for i in imports_of(ROOT / "rules" / "cl101_parts_do_not_sum.py")}
    assert {"countylines_check.model", "countylines_check.rules._base"} <= rule
    assert hits(imports_of(ROOT / "cli.py"), ("report",)), "a module-level import the checks must see"
    lazy = [i for i in imports_of(ROOT / "report.py") if i.module.startswith("countylines_check.render")]
    assert any(i.in_function for i in lazy), "imports inside functions are told apart"


def test_every_module_parses() -> None:
    assert len(MODULE_FILES) > 20
    for path in MODULE_FILES:
        ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


# --- the direction ----------------------------------------------------------------------


def test_model_imports_nothing_from_the_package() -> None:
    found = [f"line {i.line}: {i.module}" for i in internal(imports_of(ROOT / "model.py"))]
    assert found == []


LOW_LEVEL_FORBIDDEN = ("extract", "relations", "scopes", "rules", "reconcile", "report", "render", "cli")


@pytest.mark.parametrize("path", files_in("grammar") + files_in("vocab"), ids=rel)
def test_grammar_and_vocab_do_not_import_later_stages(path: Path) -> None:
    assert hits(imports_of(path), LOW_LEVEL_FORBIDDEN) == []


@pytest.mark.parametrize("path", files_in("rules"), ids=rel)
def test_rules_do_not_import_reconcile_report_render_or_cli(path: Path) -> None:
    assert hits(imports_of(path), ("reconcile", "report", "render", "cli")) == []


def test_report_imports_render_only_inside_functions() -> None:
    render = [i for i in imports_of(ROOT / "report.py") if hits([i], ("render",))]
    at_module_level = [f"line {i.line}: {i.module}" for i in render if not i.in_function]
    assert at_module_level == []
    assert render, "report.py renders through render/ (lazily): the check above must see those imports"


@pytest.mark.parametrize("path", files_in("readers"), ids=rel)
def test_readers_do_not_import_later_stages(path: Path) -> None:
    """Readers turn files into text: the report may import them, never the reverse."""
    assert hits(imports_of(path), LOW_LEVEL_FORBIDDEN) == []


# --- one definition per name --------------------------------------------------------------


def module_level_names(path: Path) -> list[str]:
    """Names a module binds at its top level, in order (assignments, functions, classes)."""
    names: list[str] = []
    for node in ast.parse(path.read_text(encoding="utf-8"), filename=str(path)).body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        names += [t.id for t in targets if isinstance(t, ast.Name)]
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
    return names


@pytest.mark.parametrize("path", MODULE_FILES, ids=rel)
def test_no_module_binds_a_top_level_name_twice(path: Path) -> None:
    """A second pattern given an existing name replaces the first for every caller in the module
    (two engineers' ``OPERATION_AFTER`` once did), so each top-level name is bound once."""
    names = module_level_names(path)
    assert sorted({n for n in names if names.count(n) > 1}) == []


def test_the_check_above_sees_a_rebound_name(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("A = 1\ndef f(): pass\nA: int = 2\n", encoding="utf-8")
    assert module_level_names(module) == ["A", "f", "A"]
