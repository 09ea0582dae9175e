"""examples/seeds.ipynb: a valid notebook, stored with its outputs, whose code still runs.

The code cells are run here, in this process, rather than through nbclient: nbclient needs a
Jupyter kernel (ipykernel, IPython, pyzmq, tornado, debugpy), a heavy install for the test extra
and a kernel start that is slow and flaky on a small shared CI machine. The cells are plain
Python with no magics, so running them in one namespace, from the notebook's folder, and
rendering each cell's last value as Jupyter would (its ``_repr_html_`` when it has one) checks
the same thing: the example works against the library as it is now. Re-executing the notebook
with a real kernel (to refresh the stored outputs) is ``jupyter execute --inplace`` from the
``examples`` extra; see the README.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest

nbformat = pytest.importorskip("nbformat")

NOTEBOOK = Path(__file__).resolve().parent.parent / "examples" / "seeds.ipynb"


@pytest.fixture(scope="module")
def notebook() -> Any:
    return nbformat.read(NOTEBOOK, as_version=4)


def code_cells(notebook: Any) -> list[Any]:
    return [cell for cell in notebook.cells if cell.cell_type == "code"]


def test_notebook_is_valid_nbformat(notebook: Any) -> None:
    nbformat.validate(notebook)  # raises ValidationError when it is not
    assert notebook.nbformat == 4
    assert notebook.metadata.kernelspec.name == "python3"


def test_every_code_cell_was_executed_in_order_and_has_outputs(notebook: Any) -> None:
    cells = code_cells(notebook)
    assert len(cells) >= 6
    assert [cell.execution_count for cell in cells] == list(range(1, len(cells) + 1))
    for cell in cells:
        assert cell.outputs, f"no stored output for:\n{cell.source}"
        assert all(output.output_type != "error" for output in cell.outputs), cell.source


def test_stored_outputs_show_the_html_report(notebook: Any) -> None:
    html = [output.data["text/html"] for cell in code_cells(notebook) for output in cell.outputs
            if "data" in output and "text/html" in output.data]
    reports = [h for h in html if 'class="countylines-report"' in h]
    assert len(reports) >= 2, "the seed's report and the one with a planted slip"
    assert all("<mark" in h and "<script" not in h for h in reports)
    assert any('class="clc-contradictory"' in h for h in reports)


def run_cell(source: str, namespace: dict[str, Any]) -> Any:
    """Run a cell like IPython: statements, then the value of a final expression (or None)."""
    tree = ast.parse(source)
    last = tree.body[-1] if tree.body else None
    if not isinstance(last, ast.Expr):
        exec(compile(tree, "<cell>", "exec"), namespace)
        return None
    tree.body.pop()
    exec(compile(tree, "<cell>", "exec"), namespace)
    return eval(compile(ast.Expression(last.value), "<cell>", "eval"), namespace)


def test_code_cells_run(notebook: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("pandas")
    monkeypatch.chdir(NOTEBOOK.parent)
    namespace: dict[str, Any] = {"__name__": "__main__"}
    shown = []
    for cell in code_cells(notebook):
        value = run_cell(cell.source, namespace)
        if value is not None:
            shown.append(value._repr_html_() if hasattr(value, "_repr_html_") else repr(value))
    printed = capsys.readouterr().out
    assert "claims: " in printed and "| line | code | status |" in printed, "print(report) and the Markdown"
    assert any('class="countylines-report"' in s for s in shown)
    slipped = namespace["slipped"]
    assert [f.rule for f in slipped.contradictory] == ["CL101"], "the planted slip is found"
