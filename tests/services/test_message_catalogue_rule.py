"""The rule of tests/message_catalogue.py: a message built with a template the French
catalogue lacks, or without an argument it fills in, fails the test that built it."""

from __future__ import annotations

import pytest

from ocse_planner.importers.models import Problem
from ocse_planner.services.errors import ConflictError, FieldProblem, Message, ValidationError
from tests import message_catalogue
from tests.message_catalogue import problems

KNOWN = "A series “{title}” already exists for {year}."


def test_a_template_of_the_catalogue_with_its_arguments_passes():
    assert problems(KNOWN, {"title": "Energy", "year": 2022}) == []
    assert problems("The title is required.", {}) == []


def test_an_unknown_or_changed_template_is_named():
    assert problems("XX" + KNOWN + "XX", {"title": "Energy", "year": 2022}) == [
        "not in the French catalogue: 'XXA series “{title}” already exists for {year}.XX'"]
    assert problems(None, {}) == ["the template is not text: None"]


def test_a_placeholder_without_its_argument_or_with_none_is_named():
    assert problems(KNOWN, {"title": "Energy"}) == [
        "built without its argument {year}: 'A series “{title}” already exists for {year}.'"]
    assert problems(KNOWN, {"title": None, "year": 2022}) == [
        "built with None for its argument {title}: 'A series “{title}” already exists for {year}.'"]


def test_a_formatted_placeholder_is_read_by_its_name():
    assert message_catalogue.placeholders("{count:,} rows of {file.name}, {}") == {"count", "file", ""}


@pytest.mark.any_message
def test_every_kind_of_message_is_checked_when_built_not_when_shown():
    message_catalogue._built.clear()
    ConflictError("Made up {x}.", x=1)
    ValidationError("Made up too.", field="title")  # its FieldProblem as well
    FieldProblem(KNOWN, field="title", title="Energy")
    Message("A note made up.")
    Problem("a.csv", 2, None, "A row problem made up.")
    built, message_catalogue._built[:] = list(message_catalogue._built), []
    assert built == [
        "not in the French catalogue: 'Made up {x}.'",
        "not in the French catalogue: 'Made up too.'",
        "not in the French catalogue: 'Made up too.'",
        "built without its argument {year}: 'A series “{title}” already exists for {year}.'",
        "not in the French catalogue: 'A note made up.'",
        "not in the French catalogue: 'A row problem made up.'",
    ]


@pytest.mark.any_message
def test_a_template_rendered_on_the_spot_is_checked_as_the_modules_imported_render():
    from ocse_planner.services import conflicts, errors, todo

    assert conflicts.render is todo.render is errors.render  # the checking one, bound by name
    message_catalogue._built.clear()
    assert conflicts.render("{minutes} minutes, no date yet", {"minutes": 90}) == "90 minutes, no date yet"
    todo.render("Made up on the spot.", {})
    conflicts.render("{minutes} minutes, no date yet", {})
    built, message_catalogue._built[:] = list(message_catalogue._built), []
    assert built == ["not in the French catalogue: 'Made up on the spot.'",
                     "built without its argument {minutes}: '{minutes} minutes, no date yet'"]


@pytest.mark.any_message
def test_a_document_sentence_is_checked_as_the_modules_imported_it():
    from ocse_planner.services import bilingual, calendar

    assert calendar.document_text is bilingual.document_text
    message_catalogue._built.clear()
    assert calendar.document_text("Webinar {number}: {title}", "fr", number=2, title="T") == "Webinaire 2\u00a0: T"
    calendar.document_text("A document line made up.", "fr")
    built, message_catalogue._built[:] = list(message_catalogue._built), []
    assert built == ["not in the French catalogue: 'A document line made up.'"]
