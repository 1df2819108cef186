"""Two editions of the demo series for the comparison tests: 2022 as shipped and 2023
cloned from it, each with attendance files imported through the real import service."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from ocse_planner.db.models import Series
from ocse_planner.services.attendance_import import parse_report, plan_import, store_import
from ocse_planner.services.clone import CloneOptions, clone_series
from ocse_planner.services.lookup import resolve_webinar
from ocse_planner.services.sectors import ensure_default_rules
from tests.services.attendance_files import write_template

# Six attendees of one webinar: five with an e-mail (one of them spelled with capitals and
# spaces, as registration platforms do), one known by name only.
AUDIENCE = [
    "Dayna Boyko, Dayna.Boyko@TorontoPolice.on.ca ,Toronto Police Service,Law enforcement,yes,50",
    "Ana Costa,ana.costa@ps-sp.gc.ca,Public Safety Canada,Federal government,yes,30",
    "Li Wei,li.wei@example.net,Independent researcher,,yes,40",
    "Jo Martin,jo@helpline.example.org,Helpline,Victim services,yes,45",
    "Sam Okafor,sam@okafor.example.com,Okafor Consulting,Education,yes,60",
    "Pat Name-Only,,Somewhere,Education,yes,20",
    "Ray Absent,ray@example.org,Somewhere,Education,no,0",  # registered, did not come
]
ADDRESSES = ["dayna.boyko@torontopolice.on.ca", "ana.costa@ps-sp.gc.ca", "li.wei@example.net",
             "jo@helpline.example.org", "sam@okafor.example.com", "ray@example.org"]
# Nobody of AUDIENCE: four other people, all with an e-mail.
OTHERS = [
    "Kim Lee,kim@space.example.org,Space agency,Federal government,yes,30",
    "Noor Aziz,noor@example.org,,,yes,50",
    "Max Roy,max@example.org,RCMP,Law enforcement,yes,55",
    "Eve Tan,eve@school.example.ca,School board,Education,yes,25",
]


def import_rows(db, webinar: str, rows: list[str], folder: Path) -> None:  # type: ignore[no-untyped-def]
    """Import `rows` (template layout) into `webinar` ("2022:1")."""
    path = write_template(folder / f"{webinar.replace(':', '-')}-{len(list(folder.iterdir()))}.csv", rows)
    with db.write() as session:
        ensure_default_rules(session)
        webinar_id = resolve_webinar(session, webinar).id
        store_import(session, plan_import(session, webinar_id, parse_report(path)))


def clone_2023(db) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """(2022's id, 2023's id): next year cloned with its presenters and partners."""
    with db.write() as session:
        source = session.scalar(select(Series.id).where(Series.year == 2022))
        result = clone_series(session, source, CloneOptions(year=2023, keep_presenters=True, keep_partners=True))
    return source, result.series_id
