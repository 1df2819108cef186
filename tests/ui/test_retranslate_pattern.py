"""Every widget class under ui/ switches language in place (ui/common/retranslate.py).

Read from the source, so that a new widget that sets its texts once in `__init__` (and
would stay English after Language ▸ Français) fails here, naming the class and line:

- a QWidget subclass that sets a lasting text with `tr()` while it is built (in `__init__`
  or a method `__init__` calls) does it in `retranslate()` or in a method `retranslate()`
  calls (its column list, a status line that depends on data). Texts set later, as data
  arrives, are for retranslate to redo where they stay on screen: the pytest-qt walk in
  test_retranslate_in_place.py finds any left in English;
- it has `retranslate()`, called at the end of `__init__` and on LanguageChange: through
  the `Retranslatable` mix-in, or its own `changeEvent` checking `LanguageChange`;
- only a dialog that is modal (`ModalOnly`, which makes it so) may skip all this.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "ocse_planner" / "ui"

# Calls that put a text on screen (or in a screen reader's ear) for as long as the widget lives.
SETTERS = {
    "setText", "setTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
    "setAccessibleName", "setAccessibleDescription", "setWindowTitle", "setTabText", "setTabToolTip",
    "addTab", "insertTab", "addItem", "addItems", "insertItem", "setItemText", "addRow", "insertRow",
    "setHorizontalHeaderLabels", "setHeaderLabels", "setSpecialValueText", "setPrefix", "setSuffix",
    "setLabelText", "setButtonText", "addAction", "addMenu", "setHtml", "setPlainText", "set_names",
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu", "QToolButton",
    "Column", "push_button", "RecordView", "caption", "OptionalDateEdit",
}
NOT_WIDGETS = {"QObject", "QAbstractTableModel", "QAbstractItemModel", "QAbstractListModel",
               "QSortFilterProxyModel", "QStringListModel", "QStyledItemDelegate", "QUndoCommand", "QRunnable", "Generic"}


@dataclass
class Klass:
    name: str
    path: Path
    node: ast.ClassDef
    bases: list[str]
    methods: dict[str, ast.FunctionDef] = field(default_factory=dict)


def _base_name(node: ast.expr) -> str:
    if isinstance(node, ast.Subscript):
        node = node.value
    if isinstance(node, ast.Attribute):
        return node.attr
    return node.id if isinstance(node, ast.Name) else ""


def _classes() -> dict[str, Klass]:
    found: dict[str, Klass] = {}
    for path in sorted(UI.rglob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef):
                klass = Klass(node.name, path, node, [_base_name(b) for b in node.bases])
                klass.methods = {f.name: f for f in node.body if isinstance(f, ast.FunctionDef)}
                found[node.name] = klass
    return found


CLASSES = _classes()


def _ancestors(klass: Klass) -> list[str]:
    """The class's bases, transitively (package classes resolved, Qt's by name)."""
    seen: list[str] = []
    todo = list(klass.bases)
    while todo:
        name = todo.pop(0)
        if name in seen:
            continue
        seen.append(name)
        if name in CLASSES:
            todo += CLASSES[name].bases
    return seen


def _is_widget(klass: Klass) -> bool:
    return any(name.startswith("Q") and name not in NOT_WIDGETS and name not in CLASSES
               for name in _ancestors(klass))


def _called_name(call: ast.Call) -> str:
    return call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")


def _is_tr(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and _called_name(node) in {"tr", "translate"}


def _walk_no_lambda(node: ast.AST):
    """The nodes under `node`, not those in a lambda (a text computed when it is shown)."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.Lambda):
            continue
        yield child
        yield from _walk_no_lambda(child)


def _text_settings(function: ast.FunctionDef) -> list[int]:
    """Lines where `function` sets a lasting text from tr()."""
    lines = []
    for node in ast.walk(function):
        if isinstance(node, ast.Call) and _called_name(node) in SETTERS:
            arguments = [*node.args, *(k.value for k in node.keywords)]
            if any(_is_tr(sub) for arg in arguments for sub in [arg, *_walk_no_lambda(arg)]):
                lines.append(node.lineno)
    return lines


def _self_calls(function: ast.FunctionDef) -> set[str]:
    return {n.func.attr for n in ast.walk(function) if isinstance(n, ast.Call)
            and isinstance(n.func, ast.Attribute) and isinstance(n.func.value, ast.Name)
            and n.func.value.id == "self"}


def _method(klass: Klass, name: str) -> ast.FunctionDef | None:
    """`name` as the class has it: its own, else the nearest package ancestor's."""
    for owner in [klass.name, *_ancestors(klass)]:
        if owner in CLASSES and name in CLASSES[owner].methods:
            return CLASSES[owner].methods[name]
    return None


def _reached_from(klass: Klass, start: str) -> set[str]:
    reached, todo = set(), [start]
    while todo:
        name = todo.pop()
        function = _method(klass, name)
        if name in reached or function is None:
            continue
        reached.add(name)
        todo += _self_calls(function)
    return reached


def _modal_only(klass: Klass) -> bool:
    return "ModalOnly" in _ancestors(klass)


WIDGETS = sorted(name for name, k in CLASSES.items() if _is_widget(k))


def test_the_walk_sees_the_widget_classes():
    assert {"SeriesTab", "PersonEditor", "MainWindow", "RecordView", "AgendaPanel"} <= set(WIDGETS)
    assert "RecordTableModel" not in WIDGETS and "History" not in WIDGETS


@pytest.mark.parametrize("name", WIDGETS)
def test_texts_are_set_in_retranslate(name):
    klass = CLASSES[name]
    if _modal_only(klass):
        return
    allowed = _reached_from(klass, "retranslate")
    built = _reached_from(klass, "__init__")
    outside = [f"{klass.path.name}:{line} in {method}()" for method, function in klass.methods.items()
               if method in built and method not in allowed for line in _text_settings(function)]
    assert outside == [], f"{name} sets texts outside retranslate(): " + ", ".join(outside)


@pytest.mark.parametrize("name", WIDGETS)
def test_retranslate_runs_at_start_and_on_language_change(name):
    klass = CLASSES[name]
    if _modal_only(klass):
        return
    has_texts = any(_is_tr(n) for n in ast.walk(klass.node)) or _method(klass, "retranslate") is not None
    if not has_texts:
        return  # no text of its own (a field, a table): its children and models speak
    assert _method(klass, "retranslate") is not None, f"{name} has texts but no retranslate()"
    change = _method(klass, "changeEvent")
    by_mixin = "Retranslatable" in _ancestors(klass)
    by_own = change is not None and "LanguageChange" in ast.dump(change) and "retranslate" in _self_calls(change)
    assert by_mixin or by_own, f"{name}: retranslate() is not called on LanguageChange"
    inits = [CLASSES[o].methods["__init__"] for o in [name, *_ancestors(klass)]
             if o in CLASSES and "__init__" in CLASSES[o].methods]
    assert any("retranslate" in _self_calls(f) for f in inits), f"{name}: __init__ never calls retranslate()"


def test_exempt_dialogs_are_modal(qapp):
    """A dialog exempt from retranslating is a QDialog whose ModalOnly base makes it modal."""
    from PySide6.QtWidgets import QDialog

    from ocse_planner.ui.common.retranslate import ModalOnly

    exempt = [k for k in CLASSES.values() if _modal_only(k)]
    assert exempt, "no dialog uses ModalOnly: drop this test or the mix-in"
    for klass in exempt:
        assert "QDialog" in _ancestors(klass), f"{klass.name} is ModalOnly but not a dialog"

    class Probe(ModalOnly, QDialog):
        pass

    dialog = Probe()
    assert not dialog.isModal()
    dialog.show()
    assert dialog.isModal()
    dialog.close()


def test_the_check_catches_a_text_set_in_init():
    """The check itself: a label captioned in __init__ fails, the same in retranslate passes."""
    source = (
        "class Bad(Retranslatable, QWidget):\n"
        "    def __init__(self):\n"
        "        self.label = QLabel(self.tr('Title:'), self)\n"
        "        self.retranslate()\n"
        "    def retranslate(self):\n"
        "        self.label.setToolTip(self.tr('The title'))\n"
    )
    node = ast.parse(source).body[0]
    klass = Klass("Bad", Path("bad.py"), node, ["Retranslatable", "QWidget"],
                  {f.name: f for f in node.body})
    assert _text_settings(klass.methods["__init__"]) == [3]
    assert _text_settings(klass.methods["retranslate"]) == [6]
