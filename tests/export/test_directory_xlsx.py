"""Directories: presenters with their bookings, partners with roles and open actions."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook

from ocse_planner.db.enums import CollaborationRole
from ocse_planner.db.models import ActionItem, Collaboration, Organization, Person
from ocse_planner.export.directory_xlsx import export_directory


def _rows(ws):
    return [[c.value for c in row] for row in ws.iter_rows(min_row=4) if row[0].value]


def test_the_preferred_language_travels_in_the_directory(demo_db, tmp_path):
    """A preferred language set on the person wins over the languages spoken."""
    with demo_db.write() as session:
        seto = session.query(Person).filter_by(family_name="Seto").one()
        seto.preferred_language = "fr"
    path = tmp_path / "dir.xlsx"
    with demo_db.read() as session:
        export_directory(session, 1, path)
    presenters = _rows(load_workbook(path)["Presenters"])
    assert load_workbook(path)["Presenters"].cell(3, 7).value == "Writes in"
    assert next(r[6] for r in presenters if r[0] == "Dr. Michael Seto") == "French"


def test_directory_of_the_demo(demo_db, tmp_path):
    with demo_db.write() as session:
        rcmp = session.query(Organization).filter_by(acronym="RCMP").one()
        collab = session.query(Collaboration).filter_by(organization_id=rcmp.id, role=CollaborationRole.CO_HOST).one()
        collab.action_items.append(ActionItem(description="Send the thank-you letter", due_date=date(2022, 2, 1)))
        collab.action_items.append(ActionItem(description="Done already", done=True))
    path = tmp_path / "dir.xlsx"
    with demo_db.read() as session:
        export_directory(session, 1, path)
    wb = load_workbook(path)
    assert wb.sheetnames == ["Presenters", "Partners", "Open actions"]
    presenters = _rows(wb["Presenters"])
    assert len(presenters) == 13  # eleven people, and the NCECC presenting twice as a body
    assert presenters[0][0] == "Geneviève Boisvert-Pilon, M.A." and presenters[0][7] == "Webinar 2"
    assert {r[10] for r in presenters} == {"Confirmed"}
    # the language messages to each are written in: she speaks both, Dr. Seto English only
    assert presenters[0][6] == "English and French"
    assert next(r[6] for r in presenters if r[0] == "Dr. Michael Seto") == "English"
    partners = {(r[0], r[2], r[3]): r[4] for r in _rows(wb["Partners"])}
    assert partners[("Royal Canadian Mounted Police (RCMP)", "Co-host", "Webinar 1")] == "Confirmed"
    assert partners[("Justice Canada", "Strategy partner", "Series")] == "Confirmed"
    assert partners[("Magnet Forensics", "Presenting organization", "Webinar 1")] == "From the agenda"
    assert partners[("National Child Exploitation Crime Centre (NCECC)", "Presenting organization", "Webinar 1")]
    actions = _rows(wb["Open actions"])
    assert [r[1] for r in actions] == ["Send the thank-you letter"]
    assert wb["Partners"].tables and wb["Partners"].page_setup.orientation == "landscape"
