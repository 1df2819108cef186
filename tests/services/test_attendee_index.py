"""Which attendee rows to show and in which order, computed in chunks without Qt."""

from __future__ import annotations

from ocse_planner.services import attendee_index
from ocse_planner.services.attendee_index import compute_view, search_texts

# (webinar number, name, e-mail, organization, sector, attended, minutes), as list_attendees gives them.
ROWS = [
    (1, "Dayna Boyko", "dayna@police.ca", "City Police", "Law enforcement", True, 60),
    (1, "sam Okafor", "sam@example.org", "Safe Kids", "Non-profit", True, 45),
    (2, "Ana Ruiz", "ana@gc.ca", "Public Safety", "Federal government", False, 0),
    (2, None, None, None, None, True, 30),  # personal data removed
    (3, "Émile Roy", "emile@police.ca", "Provincial Police", "Law enforcement", True, 90),
]


def test_chunked_view_equals_one_sort_and_one_filter(monkeypatch):
    monkeypatch.setattr(attendee_index, "CHUNK", 2)
    rows = ROWS * 3
    texts = search_texts(rows)
    for column in range(7):
        for descending in (False, True):
            def key(row, column=column):  # type: ignore[no-untyped-def]
                v = row[column]
                return (v is None, v.casefold() if isinstance(v, str) else (v if v is not None else ""))
            expected = sorted(range(len(rows)), key=lambda i: key(rows[i]), reverse=descending)
            view = compute_view(rows, texts, "", (column, descending))
            assert view.shown == expected
            found = compute_view(rows, texts, "po", (column, descending), order=view.order)
            assert found.shown == [i for i in expected if "po" in texts[i]]
            narrower = compute_view(rows, texts, "pol", (column, descending), order=view.order, previous=found)
            assert narrower.shown == [i for i in expected if "pol" in texts[i]]


def test_unsorted_and_unfiltered_every_row_shows_in_file_order():
    view = compute_view(ROWS, search_texts(ROWS), "", None)
    assert view.shown == list(range(len(ROWS))) and view.order is None
    assert compute_view(ROWS, search_texts(ROWS), "police", None).shown == [0, 4]


def test_a_view_names_the_search_and_sort_it_was_computed_for():
    """The list keeps a view only when it answers the current search and sort (a late
    result of an earlier request is dropped), and caches the order under its sort."""
    texts = search_texts(ROWS)
    for needle in ("", "police"):
        view = compute_view(ROWS, texts, needle, (1, True))
        assert (view.needle, view.sort) == (needle, (1, True))
        assert view.order is not None and len(view.order) == len(ROWS)


def test_prepared_rows_carry_their_search_texts_and_the_view_asked_for():
    calls = []
    prepared = attendee_index.prepare(list(ROWS), "police", (1, True), check=lambda: calls.append(1))
    assert prepared.rows == ROWS
    assert prepared.haystack == search_texts(ROWS)
    assert prepared.view.shown == [4, 0]  # "police", by name descending: Émile Roy, then Dayna Boyko
    assert calls  # the worker's cancel check was asked
    assert attendee_index.prepare(list(ROWS), "", None).view.shown == list(range(len(ROWS)))


def test_the_search_reads_name_e_mail_organization_and_sector_only():
    texts = search_texts(ROWS)
    assert texts[0] == "dayna boyko\x1fdayna@police.ca\x1fcity police\x1flaw enforcement"
    assert texts[3] == ""  # personal data removed, no sector: nothing to find
    # Neither the webinar number, nor the attended flag, nor the minutes are searched.
    for needle in ("true", "false", "60", "1\x1f"):
        assert compute_view(ROWS, texts, needle, None).shown == []
