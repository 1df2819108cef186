"""The input rule on every flush, how a refused character is named, and CSV cells."""

from __future__ import annotations

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from ocse_planner.db.models import Organization
from ocse_planner.services import text
from ocse_planner.services.errors import ValidationError


def test_the_flush_check_is_installed_once_and_refuses_control_characters(empty_db, monkeypatch):
    event.remove(Session, "before_flush", text._check_flush)
    monkeypatch.setattr(text, "_installed", False)
    try:
        text.install()
        text.install()  # a second import of a service changes nothing
        assert event.contains(Session, "before_flush", text._check_flush)
        with pytest.raises(ValidationError) as caught, empty_db.write() as s:
            s.add(Organization(name="Bell\x07 Canada"))
            s.flush()
        assert caught.value.field == "name"
    finally:
        if not event.contains(Session, "before_flush", text._check_flush):
            event.listen(Session, "before_flush", text._check_flush)
        text._installed = True


@pytest.mark.parametrize(("value", "named"), [
    ("a\x00b", "NUL, U+0000"), ("a\x1bb", "escape, U+001B"), ("a\x07b", "U+0007"), ("a\x7fb", "U+007F"),
])
def test_a_refused_character_is_named_by_its_code_point(value, named):
    problem = text.input_problem("title", value)
    assert problem is not None and problem.field == "title"
    assert problem.message() == (f"The field “title” contains a control character ({named}), which cannot be "
                                 "saved; remove it.")


@pytest.mark.parametrize(("value", "cell"), [
    ("=SUM(A1)", "'=SUM(A1)"), ("+1 613", "'+1 613"), ("-5", "'-5"), ("@me", "'@me"),
    ("Ana\x00 Costa", "Ana Costa"), ("\x07=1+1", "'=1+1"), ("two\nlines\tand tab", "two\nlines\tand tab"),
    ("plain", "plain"),
])
def test_a_csv_cell_keeps_formula_like_text_as_text_and_drops_control_characters(value, cell):
    assert text.for_csv(value) == cell


def test_a_form_keeps_line_breaks_only_in_its_multi_line_fields():
    from dataclasses import dataclass

    @dataclass
    class Form:
        title: str
        notes: str

    assert text.form_problems(Form("One line", "two\nlines"), multiline={"notes"}) == []
    problems = text.form_problems(Form("two\nlines", "two\nlines"), multiline={"notes"})
    assert [(p.field, p.message()) for p in problems] == [
        ("title", "The field “title” contains a line break; it must be one line of text.")]


@pytest.mark.parametrize(("value", "what"), [("a\tb", "a tab"), ("a\nb", "a line break"), ("a\rb", "a line break"),
                                             ("a\u2028b", "a line break")])
def test_a_one_line_field_refuses_tabs_and_line_breaks_saying_which(value, what):
    problem = text.input_problem("title", value)
    assert problem is not None and problem.message() == f"The field “title” contains {what}; it must be one line of text."
    assert text.input_problem("notes", value, multiline=True) is None


def test_a_long_footer_text_is_cut_to_the_limit_with_an_ellipsis_and_ampersands_doubled():
    limit = text.XLSX_FOOTER_TEXT_LIMIT
    assert text.for_xlsx_footer("x" * limit) == "x" * limit  # exactly the limit: kept whole
    assert text.for_xlsx_footer("x" * (limit + 1)) == "x" * (limit - 1) + "…"  # the limit, ellipsis included
    # "&" counts twice (Excel reads "&&" as one "&"): 10 characters written.
    assert text.for_xlsx_footer("R&D " + "y" * 300, limit=10) == "R&&D yyyy…"
    assert text.for_xlsx_footer("Line one\nline two & three") == "Line one line two && three"


def test_a_document_property_is_cut_to_exactly_its_limit_with_an_ellipsis():
    limit = text.DOCX_PROPERTY_LIMIT
    assert text.for_docx_property("x" * limit) == "x" * limit
    assert text.for_docx_property("x" * (limit + 1)) == "x" * (limit - 1) + "…"
    assert text.for_docx_property("One\ntwo") == "One two"


@pytest.mark.parametrize(("value", "problem"), [
    ("a\tb", "The field “title” contains a tab; it must be one line of text."),
    ("a\nb", "The field “title” contains a line break; it must be one line of text."),
])
def test_a_tab_or_line_break_in_a_one_line_field_marks_that_field(value, problem):
    found = text.input_problem("title", value)
    assert (found.field, found.message()) == ("title", problem)
