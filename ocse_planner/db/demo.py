"""The built-in demo data: the 2022 series, transcribed from its public report.

The data file lives in `resources/demo/` so that it ships with the package; this module
turns it into records through the ORM, in the caller's transaction.
"""

from __future__ import annotations

import json
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocse_planner.db.engine import Database
from ocse_planner.db.enums import (
    AgendaItemKind,
    BookingStatus,
    CollaborationRole,
    CollaborationStatus,
    OrganizationKind,
    SeriesStatus,
    WebinarStatus,
)
from ocse_planner.db.location import Location, ServerLocation, parse_location
from ocse_planner.db.migrate import DatabaseOpenError, open_database
from ocse_planner.db.models import (
    default_readiness_items,
    Booking,
    BookingEvent,
    Collaboration,
    Organization,
    Person,
    Presentation,
    Sector,
    SectorCount,
    Series,
    SurveyResult,
    Webinar,
)

DEMO_RESOURCE = "resources/demo/ocse-2022.json"


def demo_data() -> dict[str, Any]:
    text = resources.files("ocse_planner").joinpath(DEMO_RESOURCE).read_text(encoding="utf-8")
    return json.loads(text)


def load_demo(session: Session, data: dict[str, Any] | None = None) -> Series:
    """Add the demo series and everything it refers to; returns the new series."""
    data = data or demo_data()
    orgs: dict[str, Organization] = {}
    for item in data["organizations"]:
        existing = session.scalar(select(Organization).where(Organization.name == item["name"]))
        org = existing or Organization(
            name=item["name"], acronym=item.get("acronym"), kind=OrganizationKind(item["kind"]),
            name_fr=item.get("name_fr"), acronym_fr=item.get("acronym_fr"), article_fr=item.get("article_fr"),
        )
        if "parent" in item:
            org.parent = orgs[item["parent"]]
        session.add(org)
        orgs[item["key"]] = org

    people: dict[str, Person] = {}
    for item in data["people"]:
        person = Person(
            honorific=item.get("honorific"),
            given_name=item["given_name"],
            family_name=item["family_name"],
            post_nominals=item.get("post_nominals"),
            job_title=item.get("job_title"),
            job_title_fr=item.get("job_title_fr"),
            organization=orgs[item["organization"]],
            time_zone=item.get("time_zone"),
            languages=item.get("languages", []),
        )
        session.add(person)
        people[item["key"]] = person

    s = data["series"]
    series = Series(
        title=s["title"],
        title_fr=s.get("title_fr"),
        year=s["year"],
        host_organization=orgs[s["host"]],
        programme=s["programme"],
        programme_fr=s.get("programme_fr"),
        objectives=list(s["objectives"]),
        objectives_fr=list(s["objectives_fr"]) if s.get("objectives_fr") else None,
        status=SeriesStatus(s["status"]),
        time_zone=s["time_zone"],
        participants_reported=s["participants_reported"],
        notes=s.get("notes"),
    )
    session.add(series)
    session.add_all(default_readiness_items(series))
    for key in s["strategy_partners"]:
        session.add(
            Collaboration(
                organization=orgs[key],
                series=series,
                role=CollaborationRole.STRATEGY_PARTNER,
                status=CollaborationStatus.CONFIRMED,
            )
        )

    agenda = data["agenda"]
    zone = ZoneInfo(series.time_zone)
    for w in data["webinars"]:
        starts = datetime.fromisoformat(w["starts_at_local"]).replace(tzinfo=zone)
        webinar = Webinar(
            number=w["number"],
            title=w["title"],
            title_fr=w.get("title_fr"),
            starts_at=starts,
            time_zone=series.time_zone,
            duration_minutes=w["duration_minutes"],
            platform=w.get("platform"),
            status=WebinarStatus(w["status"]),
        )
        series.webinars.append(webinar)
        for key in w["co_hosts"]:
            session.add(
                Collaboration(
                    organization=orgs[key],
                    series=series,
                    webinar=webinar,
                    role=CollaborationRole.CO_HOST,
                    status=CollaborationStatus.CONFIRMED,
                )
            )
        illustrative = agenda["illustrative_note"], agenda.get("illustrative_note_fr")
        for extra in agenda["before"]:
            webinar.presentations.append(_agenda_item(len(webinar.presentations) + 1, extra, *illustrative))
        for p in w["presentations"]:
            presentation = Presentation(
                position=len(webinar.presentations) + 1,
                title=p["title"],
                title_fr=p.get("title_fr"),
                duration_minutes=agenda["presentation_minutes"],
            )
            webinar.presentations.append(presentation)
            for order, presenter in enumerate(p["presenters"], start=1):
                booking = Booking(
                    position=order,
                    status=BookingStatus.CONFIRMED,
                    person=people.get(presenter.get("person", "")),
                    organization=orgs.get(presenter.get("organization", "")),
                    status_changed_at=starts,
                )
                booking.events.append(BookingEvent(status=BookingStatus.CONFIRMED, changed_at=starts))
                presentation.bookings.append(booking)
        for extra in agenda["after"]:
            webinar.presentations.append(_agenda_item(len(webinar.presentations) + 1, extra, *illustrative))

    session.flush()  # the series id, for the figures below
    sectors = {sec.name: sec for sec in session.scalars(select(Sector))}
    for name in s["audience_sectors"]:
        sector = sectors.get(name) or Sector(name=name, position=len(sectors) + 1)
        sectors[name] = sector
        # The report names each sector among the audience but gives no count for it.
        session.add(SectorCount(series_id=series.id, sector=sector, count=None))
    for position, r in enumerate(s["survey_results"], start=1):
        session.add(
            SurveyResult(
                series_id=series.id,
                position=position,
                statement=r["statement"],
                statement_fr=r.get("statement_fr"),
                percent_agree=r["percent_agree"],
                approximate=r["approximate"],
            )
        )
    session.flush()
    return series


def _agenda_item(position: int, item: dict[str, Any], note: str, note_fr: str | None = None) -> Presentation:
    """Opening remarks, Q&A, closing: items the report does not give, marked illustrative."""
    return Presentation(position=position, kind=AgendaItemKind(item["kind"]), title=item["title"],
                        duration_minutes=item["minutes"], description=note, description_fr=note_fr)


def create_demo_database(path: Location | str, *, force: bool = False) -> Location:
    """Write a new planner file holding the demo series at `path`, or fill an empty team
    database with it (`force`: replace the planner there)."""
    where = parse_location(path)
    if isinstance(where, ServerLocation):
        return _demo_on_server(where, force)
    path = where
    if path.is_dir():
        raise DatabaseOpenError(path, "is a folder; give a file name such as demo.db")
    if path.exists():
        if not force:
            raise DatabaseOpenError(path, "already exists; use --force to replace it")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    db: Database = open_database(path)
    try:
        with db.write() as session:
            load_demo(session)
    finally:
        db.close()
    return path


def _demo_on_server(location: ServerLocation, force: bool) -> ServerLocation:
    """The demo built in a temporary file, then copied in: one checked transaction on the
    server, so a refused or failed demo leaves the database as it was."""
    import shutil
    import tempfile

    from ocse_planner.db.transfer import CopyError, copy_planner

    folder = Path(tempfile.mkdtemp(prefix="ocse-planner-demo-"))
    try:
        demo = create_demo_database(folder / "demo.db")
        try:
            copy_planner(demo, location, replace=force)
        except CopyError as exc:
            if "--replace" in exc.reason:
                raise DatabaseOpenError(location, "already holds a planner; use --force to replace it") from None
            raise
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return location
