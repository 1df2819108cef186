"""The agenda workbook, read back and compared with the demo series."""

from __future__ import annotations

from openpyxl import load_workbook

from ocse_planner.export.agenda_xlsx import AgendaOptions, export_agenda
from ocse_planner.services.agenda import series_agendas
from tests.export.conftest import formula_or_error_cells, sheet_text

DEMO_PEOPLE = ["Dyna Ibrahim", "Jad Saliba", "Colleen Varcoe", "Geneviève Boisvert-Pilon", "Dayna Boyko",
               "Suvidha Kalra", "Erin Rogers", "Julie Chan", "Noni Classen", "Michael Seto", "Jacques Marcoux"]


def _agenda_rows(ws):
    header = next(r for r in range(1, 40) if ws.cell(r, 1).value == "Time" and ws.cell(r, 3).value == "Item")
    rows = []
    for r in range(header + 1, ws.max_row + 1):
        if ws.cell(r, 3).value:
            rows.append([ws.cell(r, c).value for c in range(1, ws.max_column + 1)])
    return header, rows


def test_demo_agenda_has_every_title_person_and_clock_time(demo_db, tmp_path):
    path = tmp_path / "OCSE-2022-agenda.xlsx"
    with demo_db.read() as session:
        export_agenda(session, 1, path)
        agendas = series_agendas(session, 1)
    wb = load_workbook(path)
    assert wb.sheetnames == ["Series", "Webinar 1", "Webinar 2", "Webinar 3"]
    titles, presenters, times, described = [], [], [], []
    for number in (1, 2, 3):
        _, rows = _agenda_rows(wb[f"Webinar {number}"])
        titles += [r[2].split("\n")[0] for r in rows]  # the title; a description may follow under it
        described += [r[2].split("\n", 1)[1] for r in rows if "\n" in r[2]]
        presenters += [line for r in rows for line in (r[3] or "").split("\n")]
        times += [(r[0], r[1]) for r in rows]
    expected_titles = [i.title for a in agendas for i in a.items]
    assert len(titles) == 21 and titles == expected_titles  # 12 talks, and opening, Q&A, closing each
    # the demo's descriptions are printed: each illustrative item says it is illustrative
    assert described == [i.description for a in agendas for i in a.items if i.description] and len(described) == 9
    assert all(d.startswith("Illustrative: ") for d in described)
    found = [next(p for p in DEMO_PEOPLE if p in line) for line in presenters if any(p in line for p in DEMO_PEOPLE)]
    assert found == DEMO_PEOPLE  # eleven people, in agenda order
    assert "Royal Canadian Mounted Police (RCMP), National Child Exploitation Crime Centre (NCECC)" in presenters
    assert "Colleen Varcoe, PhD, RN — Professor and Associate Director, Faculty Development School of Nursing, " \
           "University of British Columbia (UBC)" in presenters
    assert times[:7] == [("1:00 p.m.", "1:10 p.m."), ("1:10 p.m.", "1:30 p.m."), ("1:30 p.m.", "1:50 p.m."),
                         ("1:50 p.m.", "2:10 p.m."), ("2:10 p.m.", "2:30 p.m."), ("2:30 p.m.", "2:50 p.m."),
                         ("2:50 p.m.", "3:00 p.m.")]  # the same "1:10 p.m." as the window


def test_cover_and_webinar_facts(demo_db, tmp_path):
    path = tmp_path / "a.xlsx"
    with demo_db.read() as session:
        export_agenda(session, 1, path)
    wb = load_workbook(path)
    cover = sheet_text(wb["Series"])
    assert "Combatting Online Child Sexual Exploitation — 2022 webinar series" in cover
    assert "Public Safety Canada (PS)" in cover
    assert "National Strategy for the Protection of Children from Sexual Exploitation on the Internet" in cover
    assert "• Share information on best practices and lessons learned" in cover
    assert "Tuesday, January 25, 2022" in cover
    assert "1:00 p.m. – 3:00 p.m. EST (10:00 a.m. – 12:00 p.m. PST)" in cover
    assert "Royal Canadian Mounted Police (RCMP)" in cover
    third = sheet_text(wb["Webinar 3"])
    assert "1:00 p.m. – 3:00 p.m. EDT (10:00 a.m. – 12:00 p.m. PDT)" in third  # after the March change
    assert "Zoom Webinar" in third


def test_styles_table_freeze_and_print_setup(demo_db, tmp_path):
    path = tmp_path / "a.xlsx"
    with demo_db.read() as session:
        export_agenda(session, 1, path)
    ws = load_workbook(path)["Webinar 1"]
    header, _ = _agenda_rows(ws)
    assert ws.cell(header, 1).font.b and ws.cell(header, 1).font.name == "Calibri"
    assert ws.cell(header, 1).fill.fgColor.rgb.endswith("DDEBF7")
    assert ws.cell(header + 1, 3).alignment.wrap_text
    assert ws.freeze_panes == f"A{header + 1}"
    assert [t.ref for t in ws.tables.values()] == [f"A{header}:D{header + 7}"]
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == f"${header}:${header}"
    assert "&P" in ws.oddFooter.center.text and "Exported" in ws.oddFooter.right.text
    assert ws.column_dimensions["C"].width >= 40


def test_internal_copy_has_booking_status(demo_db, tmp_path):
    path = tmp_path / "a.xlsx"
    with demo_db.read() as session:
        export_agenda(session, 1, path, AgendaOptions(internal=True))
    ws = load_workbook(path)["Webinar 3"]
    header, rows = _agenda_rows(ws)
    assert ws.cell(header, 5).value == "Booking status"
    assert rows[1][4] == "Confirmed\nConfirmed"  # two presenters
    assert formula_or_error_cells(path) == []
