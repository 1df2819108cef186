"""Building small scheduling situations on top of the demo data."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocse_planner.db.enums import AgendaItemKind
from ocse_planner.db.models import Person, Presentation, Series, Webinar


def person_id(session: Session, family_name: str) -> int:
    return session.scalars(select(Person.id).where(Person.family_name == family_name)).one()


def add_series_with_webinar(
    session: Session, local_start: str, *, zone: str = "America/Toronto", year: int = 2023,
    duration: int = 120, talks: int = 4,
) -> list[int]:
    """A second series with one webinar starting at `local_start`; the ids of its talks.

    The agenda follows the demo's pattern: 10 minutes of opening remarks, 20-minute talks,
    then questions and answers until the end when time is left (no gap: a gap would be a
    finding of its own).
    """
    series = Series(title="Second series", year=year, time_zone=zone)
    webinar = Webinar(
        number=1,
        title="Another webinar",
        starts_at=datetime.fromisoformat(local_start).replace(tzinfo=ZoneInfo(zone)),
        time_zone=zone,
        duration_minutes=duration,
    )
    series.webinars.append(webinar)
    webinar.presentations.append(
        Presentation(position=1, kind=AgendaItemKind.OPENING, title="Opening remarks", duration_minutes=10))
    for number in range(1, talks + 1):
        webinar.presentations.append(Presentation(position=number + 1, title=f"Talk {number}", duration_minutes=20))
    left = duration - 10 - 20 * talks
    if left > 0:
        webinar.presentations.append(Presentation(position=talks + 2, kind=AgendaItemKind.QA,
                                                  title="Questions and answers", duration_minutes=left))
    session.add(series)
    session.flush()
    return [p.id for p in webinar.presentations if p.kind == AgendaItemKind.PRESENTATION]
