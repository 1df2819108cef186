"""After File ▸ Open, nothing of the previous file can reach the new one, and nothing
typed is lost on a file switch or on quitting.

The overwrite this guards against: open file A, select a person, open file B, save the
person form → B's person with the same id held A's person's data.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ocse_planner.db import open_database
from ocse_planner.db.backup import copy_database
from ocse_planner.services import people
from ocse_planner.services.errors import ConflictError
from ocse_planner.ui.common import dialogs, operations


def _second_file(demo_path: Path, tmp_path: Path) -> Path:
    """Another planner whose people have other names under the same ids and versions
    (as two files grown from one template have)."""
    other = copy_database(demo_path, tmp_path / "other.db")
    with sqlite3.connect(other) as connection:
        connection.execute("UPDATE person SET given_name = 'Other', family_name = 'Person ' || id")
    connection.close()
    return other


def _person(path: Path, person_id: int) -> tuple[str, str, str]:
    db = open_database(path)
    try:
        with db.read() as session:
            data = people.get_person(session, person_id).data
        return data.given_name, data.family_name, data.job_title
    finally:
        db.close()


def _select_boyko(window) -> int:  # type: ignore[no-untyped-def]
    tab = window.presenters_tab
    window.tabs.setCurrentWidget(tab)
    tab.people.select_where(lambda r: r.family_name == "Boyko")
    return tab.people.current_row().id


@pytest.fixture
def shown(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    texts: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, _title, text: texts.append(text))
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *a, **k: True)
    return texts


def test_typing_in_the_person_form_is_saved_to_its_own_file_when_another_is_opened(
        window, qtbot, demo_path, tmp_path, shown):
    other = _second_file(demo_path, tmp_path)
    boyko = _select_boyko(window)
    before = _person(other, boyko)
    editor = window.presenters_tab.editor
    job = editor.job_title.text()
    editor.job_title.setFocus()
    qtbot.keyClick(editor.job_title, Qt.Key.Key_End)
    qtbot.keyClicks(editor.job_title, " (retired)")  # typed, the edit not ended yet

    assert window.open_path(other)
    assert _person(other, boyko) == before  # the new file's person is untouched…
    assert _person(demo_path, boyko)[2] == (job + " (retired)").strip()  # …the typing went to its own file
    # The form shows nothing of the previous file: no person, or a person of B.
    assert editor.family_name.text() in ("", f"Person {boyko}") and editor.job_title.text() != job + " (retired)"
    assert window.undo_stack.count() == 0  # a step made in A never runs in B
    tab = window.presenters_tab
    qtbot.waitUntil(lambda: bool(tab.people.model.rows())
                    and all(r.family_name.startswith("Person ") for r in tab.people.model.rows()))

    # Ending the edit in the form writes nothing anywhere.
    editor.job_title.editingFinished.emit()
    assert _person(other, boyko) == before
    assert shown == []

    tab.people.select_where(lambda r: r.id != boyko)
    tab.people.select_where(lambda r: r.id == boyko)
    assert editor.given_name.text() == "Other" and editor.job_title.text() == before[2]


def test_an_operation_made_for_one_file_is_refused_in_another(window, demo_path, tmp_path, shown):
    other = _second_file(demo_path, tmp_path)
    boyko = _select_boyko(window)
    first_db = window.state.db
    with first_db.read() as session:
        stale = people.get_person(session, boyko)
    assert window.open_path(other)

    data = stale.data.__class__(**{**stale.data.__dict__, "job_title": "Written into the wrong file"})
    result = operations.run(window, window.state, "Edit", lambda s: people.update_person(s, boyko, stale.version, data),
                            db=first_db)
    assert not result.ok and isinstance(result.error, ConflictError)
    assert "no longer the open planner" in shown[-1]
    assert _person(other, boyko)[2] != "Written into the wrong file"
    assert window.undo_stack.count() == 0


def test_quitting_saves_a_half_typed_person_field(window, qtbot, demo_path):
    boyko = _select_boyko(window)
    editor = window.presenters_tab.editor
    editor.email.setFocus()
    editor.email.selectAll()
    qtbot.keyClicks(editor.email, "nadia.boyko@example.org")
    assert window.close()
    assert window.state.db is None
    db = open_database(demo_path)
    try:
        with db.read() as session:
            assert people.get_person(session, boyko).data.email == "nadia.boyko@example.org"
    finally:
        db.close()


@pytest.mark.parametrize("discard", [False, True])
def test_quitting_with_an_invalid_person_field_asks(window, qtbot, demo_path, monkeypatch, discard):
    asked: list[str] = []

    def ask(_parent, _title, text):  # type: ignore[no-untyped-def]
        asked.append(text)
        return discard

    monkeypatch.setattr(dialogs, "ask_discard", ask)
    boyko = _select_boyko(window)
    editor = window.presenters_tab.editor
    with window.state.db.read() as session:
        stored = people.get_person(session, boyko).data.email
    editor.email.setFocus()
    editor.email.selectAll()
    qtbot.keyClicks(editor.email, "not-an-address")

    closed = window.close()
    assert len(asked) == 1 and "not an address" in asked[0]
    assert closed is discard
    if not discard:  # back to the form, the typing still there
        assert window.isVisible() and editor.email.text() == "not-an-address"
        monkeypatch.setattr(dialogs, "ask_discard", lambda *_a: True)
        return
    db = open_database(demo_path)
    try:
        with db.read() as session:
            assert people.get_person(session, boyko).data.email == stored
    finally:
        db.close()
