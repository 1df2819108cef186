"""The error vocabulary: templates filled at display, translatable, safe with hostile text,
and intact across a process boundary."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from ocse_planner.db.migrate import DatabaseOpenError
from ocse_planner.export.atomic import ExportError
from ocse_planner.importers import ImportFileError, UnknownLayoutError
from ocse_planner.services import errors
from ocse_planner.services.errors import (
    MAX_ARGUMENT,
    ChangedElsewhereError,
    ConflictError,
    FieldProblem,
    NotFoundError,
    UserError,
    ValidationError,
    render,
    set_translator,
)

FRENCH = {
    "Number {number} is already used by the webinar “{title}”.":
        "Le numéro {number} est déjà pris par le webinaire « {title} ».",
    "The title is required.": "Le titre est obligatoire.",
    "{path}: {reason}": "{path} : {reason}",
    "is empty.": "est vide.",
    '"{name}" {reason}': "« {name} » {reason}",
    "The window ends on {end}, before it starts on {start}.": "La plage se termine le {end}, avant son début le {start}.",
    "Availability row {number}: {problem}": "Disponibilité, ligne {number} : {problem}",
}


@pytest.fixture
def french():
    set_translator(lambda template: FRENCH.get(template, template))
    yield
    set_translator(None)


def test_a_template_is_filled_with_named_arguments():
    error = ConflictError("Number {number} is already used by the webinar “{title}”.", number=2, title="Sextortion")
    assert str(error) == error.message() == "Number 2 is already used by the webinar “Sextortion”."
    assert error.template == "Number {number} is already used by the webinar “{title}”."
    assert error.arguments == {"number": 2, "title": "Sextortion"}


def test_the_translator_changes_every_message_without_touching_the_raise(french):
    error = ConflictError("Number {number} is already used by the webinar “{title}”.", number=2, title="Sextortion")
    assert str(error) == "Le numéro 2 est déjà pris par le webinaire « Sextortion »."
    assert str(ValidationError("The title is required.", field="title")) == "Le titre est obligatoire."
    assert str(ImportFileError("/tmp/w1.csv", "is empty.")) == "« w1.csv » est vide."
    assert ExportError("/tmp/a.xlsx", "is empty.").reason == "est vide."
    set_translator(None)
    assert str(error) == "Number 2 is already used by the webinar “Sextortion”."


def test_a_nested_problem_is_translated_when_shown_not_when_raised(french):
    set_translator(None)
    problem = FieldProblem("The window ends on {end}, before it starts on {start}.", field="end_date",
                           end="2022-03-01", start="2022-03-05")
    error = ValidationError("Availability row {number}: {problem}", field="availability", number=1, problem=problem)
    set_translator(lambda template: FRENCH.get(template, template))
    assert str(error) == "Disponibilité, ligne 1 : La plage se termine le 2022-03-01, avant son début le 2022-03-05."


def test_a_broken_translation_falls_back_to_english():
    set_translator(lambda template: "Le numéro {numero} est pris" if "Number" in template else template)
    try:
        error = ConflictError("Number {number} is already used by the webinar “{title}”.", number=2, title="X")
        assert str(error) == "Number 2 is already used by the webinar “X”."
    finally:
        set_translator(None)


def test_a_template_missing_an_argument_still_says_something():
    assert render("Number {number} of {title}", {"number": 3}) == "Number {number} of {title} [number: 3]"


@pytest.mark.parametrize("hostile", [
    "line one\nline two\r\x00\x07\x1b[31mred",
    "x" * 100_000,
    "\u202eסדרת וובינרים\u202c",
])
def test_hostile_text_in_an_argument_stays_one_printable_line(hostile):
    message = str(ConflictError("A series “{title}” already exists for {year}.", title=hostile, year=2022))
    assert "\n" not in message and "\r" not in message and "\x00" not in message
    assert len(message) < MAX_ARGUMENT + 100
    assert message.endswith("already exists for 2022.")


@pytest.mark.any_message  # made-up templates: the machinery itself
def test_right_to_left_text_is_kept_as_written():
    title = "סדרת וובינרים"
    assert title in str(ConflictError("A series “{title}” already exists.", title=title))


def test_a_whole_form_check_names_every_field():
    problems = [FieldProblem("The title is required.", field="title"),
                FieldProblem("The year {year} is not between 1900 and 9999.", field="year", year=20)]
    error = ValidationError.of(problems)
    assert error.field == "title" and [p.field for p in error.problems] == ["title", "year"]
    assert str(error) == "The title is required.\nThe year 20 is not between 1900 and 9999."
    with pytest.raises(ValueError):
        ValidationError.of([])


def test_a_file_error_names_the_file_and_keeps_the_reason_apart():
    error = DatabaseOpenError(Path("/data/plan.db"), "cannot be created: folder {folder} does not exist",
                              folder="/data")
    assert str(error) == "/data/plan.db: cannot be created: folder /data does not exist"
    assert error.reason == "cannot be created: folder /data does not exist"
    assert error.path == Path("/data/plan.db")
    assert str(ImportFileError("/x/report.csv", "is empty.")) == '"report.csv" is empty.'


@pytest.mark.parametrize("error", [
    ValidationError.of([FieldProblem("The title is required.", field="title"),
                        FieldProblem("Later than {year}.", field="date", warning=True, year=2022)]),
    ConflictError("{name} is booked on {count} presentation(s); remove those bookings first.", name="Ada", count=2),
    NotFoundError("no series with id or year {number}", number=1999),
    ChangedElsewhereError("This person was deleted elsewhere since you opened it; reload it and edit again.",
                          deleted=True),
    ImportFileError("/x/report.csv", "is {size:,.0f} MB; too big.", size=12_345.0),
    UnknownLayoutError("/x/report.csv", "was not recognised.", ["Name", "Mail"], 3),
    DatabaseOpenError("/x/plan.db", "is damaged or not a database ({detail})", detail="file is not a database"),
])
@pytest.mark.any_message  # made-up templates: the machinery itself
def test_every_error_crosses_a_process_boundary_whole(error):
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    assert copy.__dict__ == error.__dict__
    assert copy.args == error.args  # what a log line or a traceback of the worker shows


@pytest.mark.any_message  # made-up templates: the machinery itself
def test_numbers_keep_their_format():
    assert str(ImportFileError("/x/r.csv", "is {size:,.0f} MB.", size=12_345.4)) == '"r.csv" is 12,345 MB.'


def test_a_row_problem_is_a_template_too(french):
    from ocse_planner.importers import Problem

    problem = Problem("/x/w1.csv", 4, "Email", "The title is required.")
    assert problem.message() == "Le titre est obligatoire."
    assert pickle.loads(pickle.dumps(problem)) == problem


@pytest.mark.any_message  # made-up templates: the machinery itself
def test_a_problem_shows_in_a_log_as_error_or_warning():
    assert repr(FieldProblem("The title is required.", field="title")) == \
        "FieldProblem('The title is required.', field='title', error, **{})"
    assert "warning" in repr(FieldProblem("Due date: {due} is early.", field="due", warning=True, due=1))


@pytest.mark.any_message  # made-up templates: the machinery itself
def test_a_record_changed_elsewhere_is_said_deleted_only_when_it_was():
    from ocse_planner.services.concurrency import stale

    assert ChangedElsewhereError("This record was changed elsewhere since you opened it.").deleted is False
    changed, gone = stale("person"), stale("person", deleted=True)
    assert (changed.deleted, gone.deleted) == (False, True)
    assert "deleted elsewhere" in gone.message() and "changed elsewhere" in changed.message()


def test_an_argument_of_exactly_the_limit_is_shown_whole_and_one_more_is_shortened():
    from ocse_planner.services.errors import shown

    assert shown("x" * MAX_ARGUMENT) == "x" * MAX_ARGUMENT
    longer = shown("x" * MAX_ARGUMENT + "y")
    assert longer == "x" * (MAX_ARGUMENT // 2) + "…" + "x" * (MAX_ARGUMENT // 2 - 1) + "y"


def test_a_file_error_names_what_the_system_said_else_the_error_itself():
    from ocse_planner.services.errors import os_reason

    assert os_reason(PermissionError(13, "Permission denied")) == "Permission denied"
    assert os_reason(OSError("disk on fire")) == "disk on fire"
    assert os_reason(OSError()) == "OSError"
