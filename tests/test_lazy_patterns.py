"""Importing the package compiles no grammar: patterns compile on first use (``lazyre``).

pytest imports the package's plugin in every test session of a project that installs it, and the
CLI imports it to print ``--help``; neither should pay for some 230 patterns it never runs.
"""

from __future__ import annotations

import ast
import pickle
import subprocess
import sys
from pathlib import Path

import regex

import countylines_check
from countylines_check.lazyre import lazy_compile

ROOT = Path(countylines_check.__file__).resolve().parent
SEED = sorted((ROOT.parent / "seeds").glob("*.txt"))[0]


def _module_level_compiles(path: Path) -> list[int]:
    """Lines of ``regex.compile(...)`` calls that run when the module is imported."""
    found: list[int] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            inside = in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
            func = getattr(child, "func", None)
            if (not in_function and isinstance(child, ast.Call) and isinstance(func, ast.Attribute)
                    and func.attr == "compile" and isinstance(func.value, ast.Name) and func.value.id == "regex"):
                found.append(child.lineno)
            visit(child, inside)

    visit(ast.parse(path.read_text(encoding="utf-8")), False)
    return found


def test_no_module_compiles_a_pattern_at_import() -> None:
    eager = {str(p.relative_to(ROOT)): lines for p in sorted(ROOT.rglob("*.py"))
             if (lines := _module_level_compiles(p))}
    assert eager == {}, "use lazy_compile for module-level patterns"


def test_the_check_above_sees_module_level_compiles(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("import regex\nA = regex.compile('a')\nB = [regex.compile(x) for x in 'bc']\n"
                      "def f():\n    return regex.compile('d')\n", encoding="utf-8")
    assert _module_level_compiles(module) == [2, 3]


def test_import_compiles_almost_nothing_and_a_check_still_reads_the_seed() -> None:
    code = (
        "import gc, json, sys, countylines_check\n"
        "from countylines_check.lazyre import _LazyPattern\n"
        "lazy = [o for o in gc.get_objects() if isinstance(o, _LazyPattern)]\n"
        "print(len(lazy), sum('search' in vars(o) for o in lazy))\n"
        "report = countylines_check.check(open(sys.argv[1], encoding='utf-8').read())\n"
        "print(report.to_json())\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(SEED)], capture_output=True, text=True, check=True)
    counts, report = out.stdout.split("\n", 1)
    waiting, compiled = map(int, counts.split())
    assert waiting > 150, "the grammar's patterns are lazy"
    assert compiled <= 5, f"{compiled} patterns compiled while importing"
    # Compiling mid-check reads the article exactly as a warmed-up process does.
    assert report.strip() == countylines_check.check(SEED.read_text(encoding="utf-8")).to_json()


def test_a_lazy_pattern_matches_pickles_and_reports_its_flags_like_a_compiled_one() -> None:
    lazy = lazy_compile(r"(?i)\b(\d+)\s+arrests")
    eager = regex.compile(r"(?i)\b(\d+)\s+arrests")
    text = "Officers made 12 ARRESTS and 3 arrests later"
    assert lazy.pattern == eager.pattern
    assert [m.group(1) for m in lazy.finditer(text)] == [m.group(1) for m in eager.finditer(text)]
    assert lazy.flags == eager.flags and lazy.groups == 1
    assert lazy.sub("N", text) == eager.sub("N", text)
    copy = pickle.loads(pickle.dumps(lazy))
    match = copy.search(text)
    assert match is not None and match.group(1) == "12"
