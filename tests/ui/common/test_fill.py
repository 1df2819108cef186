"""A translated "%1 … %2" text is filled in one pass: what a person typed is shown as typed.

Filling marker by marker (`.replace("%1", name).replace("%2", title)`) fills "%2" again
inside a name that holds it ("Kids%2Help" became "Kids<series>Help"). `fill` does what
QString.arg does, and no window code goes back to the chain.
"""

from __future__ import annotations

import ast
from pathlib import Path

from ocse_planner.ui.common.fill import fill

UI = Path(__file__).resolve().parents[3] / "ocse_planner" / "ui"


def test_each_marker_is_filled_once_with_its_own_value():
    assert fill("Remove %1 from “%2”?", "Kids%2Help", "Talk") == "Remove Kids%2Help from “Talk”?"
    assert fill("%2 before %1", "one", "two") == "two before one"


def test_a_marker_used_twice_gets_the_same_value():
    assert fill("%1 is booked:\n%2\n\nBook %1 anyway?", "Pat Kim", "• A") == (
        "Pat Kim is booked:\n• A\n\nBook Pat Kim anyway?")


def test_markers_without_a_value_and_numbers_are_left_as_written():
    assert fill("%1 of %3 (100%)", 5) == "5 of %3 (100%)"
    assert fill("%10 and %1", "x") == "%10 and x"  # %10 is its own marker, not %1 then 0
    assert fill("%1 records", 1200) == "1200 records"


def _replace_chains(tree: ast.AST) -> list[int]:
    """Lines of `.replace("%n", …)` called on the result of another `.replace("%m", …)`."""
    def marker(node: ast.AST) -> bool:
        return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "replace"
                and bool(node.args) and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str) and node.args[0].value.startswith("%"))
    return [node.lineno for node in ast.walk(tree) if marker(node) and marker(node.func.value)]  # type: ignore[attr-defined]


def test_no_window_code_fills_markers_one_after_another():
    found = [f"{path.relative_to(UI)}:{line}" for path in sorted(UI.rglob("*.py"))
             for line in _replace_chains(ast.parse(path.read_text("utf-8")))]
    assert found == [], "fill several %n markers with labels.fill(text, …): " + ", ".join(found)
