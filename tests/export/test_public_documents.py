"""What the documents sent out say, read back from the files: only confirmed presenters are
named, carried-over titles are marked, the internal copy cannot pass for the public one,
agenda timing problems are noted, and calendar events never end before they start."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import vobject
from docx import Document
from icalendar import Calendar
from openpyxl import load_workbook
from sqlalchemy import select

from ocse_planner.cli import main
from ocse_planner.db.enums import BookingStatus
from ocse_planner.db.models import Booking, Person, Presentation, Webinar
from ocse_planner.export.agenda_xlsx import INTERNAL_MARKING, AgendaOptions, export_agenda
from ocse_planner.export.ics import series_calendar
from ocse_planner.export.naming import suggested_file_name
from ocse_planner.export.report_docx import export_report
from ocse_planner.services import agenda, bookings
from ocse_planner.services.credits import PendingPresenters
from ocse_planner.services.releases import release_agenda
from tests.export.conftest import formula_or_error_cells, sheet_text
from tests.services.scheduling_helpers import person_id

TBC = "Presenter to be confirmed"


def _talk(session, webinar: int, title_start: str) -> Presentation:
    return session.scalars(select(Presentation).join(Webinar).where(
        Webinar.number == webinar, Presentation.title.startswith(title_start))).one()


def _status(session, talk: Presentation, status: BookingStatus) -> None:
    for booking in talk.bookings:
        booking.status = status


@pytest.fixture
def mixed(demo_db):
    """Webinar 1 as a planner would have it weeks before: answers still coming in."""
    with demo_db.write() as session:
        _status(session, _talk(session, 1, "Online Child Sexual"), BookingStatus.INVITED)  # Dyna Ibrahim
        _status(session, _talk(session, 1, "Trends"), BookingStatus.DECLINED)  # the NCECC
        _status(session, _talk(session, 1, "Canada's Project"), BookingStatus.WITHDRAWN)  # the NCECC again
        saliba_talk = _talk(session, 1, "Modernizing")
        bookings.book_person(session, saliba_talk.id, person_id(session, "Seto"), BookingStatus.TO_INVITE)
        _talk(session, 2, "Trauma- and Violence").placeholder = True  # carried over from last year
    return demo_db


def _exported(db, path, options=None):  # type: ignore[no-untyped-def]
    with db.read() as session:
        export_agenda(session, 1, path, options)
    return load_workbook(path)


def _rows(ws) -> dict[str, list]:
    header = next(r for r in range(1, 40) if ws.cell(r, 1).value == "Time" and ws.cell(r, 3).value == "Item")
    # keyed by the item's title: its first line (a description may follow under it)
    return {ws.cell(r, 3).value.split("\n")[0]: [ws.cell(r, c).value for c in range(1, ws.max_column + 1)]
            for r in range(header + 1, ws.max_row + 1) if ws.cell(r, 3).value}


def test_the_public_agenda_names_only_confirmed_presenters(mixed, tmp_path):
    path = tmp_path / "agenda.xlsx"
    wb = _exported(mixed, path)
    rows = _rows(wb["Webinar 1"])
    text = "\n".join(sheet_text(wb["Webinar 1"]))
    for gone in ("Dyna Ibrahim", "National Child Exploitation Crime Centre", "Michael Seto"):
        assert gone not in text  # invited, declined, withdrawn, to invite: never named
    presenters = {title[:20]: row[3] for title, row in rows.items()}
    assert presenters["Online Child Sexual "] == TBC  # invited: to be confirmed
    assert presenters["Trends and Challenge"] == TBC  # declined: says it has no confirmed presenter
    assert presenters["Canada's Project SHA"] == TBC  # withdrawn: likewise
    assert presenters["Modernizing Digital "].split("\n") == [
        "Jad Saliba — Founder and CTO, Magnet Forensics", TBC]
    assert presenters["Opening remarks"] is None  # an item without presenters by nature says nothing
    second = _rows(wb["Webinar 2"])
    assert any(t.startswith("Trauma- and Violence") and t.endswith("(title to be confirmed)") for t in second)
    assert formula_or_error_cells(path) == []


def test_leaving_out_the_unconfirmed_still_says_when_nobody_confirmed(mixed, tmp_path):
    wb = _exported(mixed, tmp_path / "agenda.xlsx", AgendaOptions(pending=PendingPresenters.HIDDEN))
    presenters = {title[:20]: row[3] for title, row in _rows(wb["Webinar 1"]).items()}
    assert presenters["Modernizing Digital "] == "Jad Saliba — Founder and CTO, Magnet Forensics"
    assert presenters["Online Child Sexual "] == TBC


def test_the_internal_copy_is_unmistakable_on_screen_and_on_every_printed_page(mixed, tmp_path):
    path = tmp_path / suggested_file_name("Combatting Online Child Sexual Exploitation", 2022, "agenda",
                                          internal=True)
    assert path.name == "OCSE-2022-agenda-internal.xlsx"
    with mixed.write() as session:
        release_agenda(session, 1)
    with mixed.read() as session:
        export_agenda(session, 1, path, AgendaOptions(internal=True, changes_since=1))
    wb = load_workbook(path)
    assert wb.sheetnames[-1] == "Changes since release 1"
    for ws in wb.worksheets:
        assert ws["A1"].value == INTERNAL_MARKING, ws.title
        assert INTERNAL_MARKING in ws.oddHeader.center.text and INTERNAL_MARKING in ws.oddFooter.center.text
        assert ws.sheet_properties.tabColor.rgb.endswith("C00000")
    rows = _rows(wb["Webinar 1"])
    trends = next(row for title, row in rows.items() if title.startswith("Trends"))
    assert "National Child Exploitation Crime Centre" in trends[3] and trends[-1] == "Declined"
    saliba = next(row for title, row in rows.items() if title.startswith("Modernizing"))
    assert saliba[-1] == "Confirmed\nTo invite" and "Dr. Michael Seto" in saliba[3]
    for ws in _exported(mixed, tmp_path / "public.xlsx").worksheets:
        assert INTERNAL_MARKING not in (ws.oddHeader.center.text or "") and ws["A1"].value != INTERNAL_MARKING


def test_a_presenter_who_declines_after_a_release_shows_as_a_change(demo_db, tmp_path):
    with demo_db.write() as session:
        release_agenda(session, 1)
    with demo_db.write() as session:
        _status(session, _talk(session, 1, "Modernizing"), BookingStatus.DECLINED)
        agenda.confirm_title(session, _talk(session, 3, "Social Marketing").id, confirmed=False)
    ws = _exported(demo_db, tmp_path / "agenda.xlsx", AgendaOptions(changes_since=1))["Changes since release 1"]
    changes = [[c.value for c in r] for r in ws.iter_rows(min_row=5) if r[1].value]
    assert ["1", "Presenters changed", "Modernizing Digital Investigations for OCSE Cases", "Jad Saliba", TBC] \
        in changes
    retitled = next(c for c in changes if c[1] == "Retitled")
    assert retitled[3] == "Social Marketing Campaign on Online Child Sexual Exploitation"
    assert retitled[4].endswith("(title to be confirmed)")


def test_the_report_follows_the_same_rule(mixed, tmp_path):
    path = tmp_path / "report.docx"
    with mixed.read() as session:
        export_report(session, 1, path)
    text = "\n".join(p.text for p in Document(str(path)).paragraphs)
    assert "Dyna Ibrahim" not in text  # invited
    assert "National Child Exploitation Crime Centre" not in text  # declined, withdrawn
    # Dr. Seto presents his own talk in webinar 3; as Saliba's co-presenter he is only asked
    assert "Jad Saliba, Founder and CTO, Magnet Forensics. Presenter to be confirmed" in text
    assert "Presentation 1: Trauma- and Violence-informed Approaches: A structural and relational approach " \
           "(title to be confirmed)." in text


def _both_parsers(data: bytes) -> list[tuple[str, datetime, datetime, str]]:
    """(summary, start, end, description) of every event, as icalendar and vobject read them:
    both must agree."""
    first = [(str(e["summary"]), e.decoded("dtstart").astimezone(UTC), e.decoded("dtend").astimezone(UTC),
              str(e.get("description", ""))) for e in Calendar.from_ical(data).walk("VEVENT")]
    second = [(e.summary.value, e.dtstart.value.astimezone(UTC), e.dtend.value.astimezone(UTC),
               e.description.value if hasattr(e, "description") else "")
              for e in vobject.readOne(data.decode("utf-8")).vevent_list]
    assert first == second
    return first


def test_calendar_files_follow_the_rule_in_two_parsers(mixed):
    with mixed.read() as session:
        data = series_calendar(session, 1, webinar_number=1)
    events = _both_parsers(data)
    text = "\n".join(f"{s}\n{d}" for s, _, _, d in events)
    assert "Dyna Ibrahim" not in text and "Michael Seto" not in text and "NCECC" not in text
    assert TBC in text and "Jad Saliba" in text
    statuses = [str(e["status"]) for e in Calendar.from_ical(data).walk("VEVENT")]
    assert statuses == ["TENTATIVE"] * 4  # nothing in webinar 1 is settled any more
    with mixed.read() as session:
        second = _both_parsers(series_calendar(session, 1, webinar_number=2))
    assert second[0][0].startswith("Trauma- and Violence-informed Approaches: A structural and relational approach "
                                   "(title to be confirmed)")


def test_no_calendar_event_ends_before_it_starts_on_the_fall_back_night(demo_db):
    """Webinar 1 moved to 1:30 a.m. EDT on 2023-11-05: its items run through the repeated
    hour. Zone-qualified local times would make "1:40 a.m. EDT – 1:00 a.m. EST" end first."""
    with demo_db.write() as session:
        session.get(Webinar, 1).starts_at = datetime(2023, 11, 5, 5, 30, tzinfo=UTC)
    with demo_db.read() as session:
        data = series_calendar(session, 1, webinar_number=1)
        items = agenda.webinar_agenda(session, 1).items
    events = _both_parsers(data)
    talks = [i for i in items if i.kind == "presentation"]
    assert [(start, end) for _, start, end, _ in events] == [(i.starts_at, i.ends_at) for i in talks]
    assert all(end > start for _, start, end, _ in events)
    raw = data.decode("utf-8")
    assert "DTEND:20231105T060000Z" in raw  # 1:00 a.m. EST, a repeated local time, written in UTC
    assert "DTEND;TZID=America/Toronto:20231105T020000" in raw  # 2:00 a.m. EST happens once: local


def test_agenda_rows_across_a_daylight_saving_change_carry_their_zone(demo_db, tmp_path):
    with demo_db.write() as session:
        session.get(Webinar, 1).starts_at = datetime(2023, 11, 5, 5, 30, tzinfo=UTC)
    ws = _exported(demo_db, tmp_path / "agenda.xlsx")["Webinar 1"]
    rows = list(_rows(ws).values())
    assert (rows[0][0], rows[0][1]) == ("1:30 a.m. EDT", "1:40 a.m. EDT")
    assert (rows[2][0], rows[2][1]) == ("1:00 a.m. EST", "1:20 a.m. EST")  # after the change, not 2:00
    assert "1:30 a.m. EDT – 2:30 a.m. EST (10:30 p.m. – 12:30 a.m. PDT)" in sheet_text(ws)  # 120 minutes


def test_an_overlap_is_noted_on_its_row_and_the_cli_warns_before_writing(demo_path, tmp_path, capsys):
    from ocse_planner.db import open_database

    db = open_database(demo_path)
    try:
        with db.write() as session:
            first_talk = _talk(session, 1, "Online Child Sexual")
            agenda.set_fixed_start(session, first_talk.id, 0)  # on top of the opening remarks
    finally:
        db.close()
    out = tmp_path / "agenda.xlsx"
    assert main(["export", "agenda", "--db", str(demo_path), "--series", "2022", "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "ocse-planner: warning: webinar 1: “Online Child Sexual Exploitation: Opportunities and Challenges " \
           "Related to Police-reported Data” (1:00 p.m. – 1:20 p.m. EST) overlaps the item before it" in err
    ws = load_workbook(out)["Webinar 1"]
    header = next(r for r in range(1, 40) if ws.cell(r, 1).value == "Time" and ws.cell(r, 3).value == "Item")
    assert ws.cell(header, 5).value == "Note"
    row = next(r for r in range(header + 1, ws.max_row + 1) if str(ws.cell(r, 3).value).startswith("Online"))
    assert ws.cell(row, 5).value == "Overlaps the previous item by 10 minutes"
    assert any("overlaps the item before it" in t for t in sheet_text(ws)[:12])  # the warning above the table
    assert main(["export", "ics", "--db", str(demo_path), "--series", "2022", "-o", str(tmp_path / "c.ics")]) == 0
    assert "overlaps the item before it" in capsys.readouterr().err
    assert main(["conflicts", "--db", str(demo_path), "--series", "2022"]) == 1  # an overlap is an error
    assert "ERROR: Webinar 1: “Online Child Sexual" in capsys.readouterr().out


def test_bookings_without_a_confirmed_presenter_keep_the_person_out_of_a_co_presenters_calendar(mixed):
    with mixed.read() as session:
        saliba = session.scalars(select(Person.id).where(Person.family_name == "Saliba")).one()
        seto_booking = session.scalars(select(Booking).join(Person).where(Person.family_name == "Seto",
                                                                            Booking.status == "to_invite")).one()
        assert seto_booking is not None
        from ocse_planner.export.ics import presenter_calendar

        data = presenter_calendar(session, 1, saliba)
    (summary, _start, _end, description), = _both_parsers(data)
    assert "Jad Saliba" in description and "Michael Seto" not in description and TBC in description


def test_the_pdf_agenda_follows_the_same_rules_and_marks_every_internal_page(mixed, tmp_path):
    from pypdf import PdfReader

    from ocse_planner.export.agenda_pdf import export_agenda_pdf

    public, internal = tmp_path / "public.pdf", tmp_path / "internal.pdf"
    with mixed.read() as session:
        export_agenda_pdf(session, 1, public)
        export_agenda_pdf(session, 1, internal, AgendaOptions(internal=True))
    import re

    def flat(path):  # type: ignore[no-untyped-def]
        return [re.sub(r"\s+", " ", p.extract_text()) for p in PdfReader(path).pages]

    pages = flat(public)
    text = " ".join(pages)
    assert "Dyna Ibrahim" not in text and "National Child Exploitation Crime Centre" not in text
    assert TBC in text and "Jad Saliba" in text and "(title to be confirmed)" in text
    assert not any(INTERNAL_MARKING in p for p in pages)
    internal_pages = flat(internal)
    assert all(p.count(INTERNAL_MARKING) >= 2 for p in internal_pages)  # top and bottom of every page
    assert "Dyna Ibrahim" in " ".join(internal_pages) and "Declined" in " ".join(internal_pages)
