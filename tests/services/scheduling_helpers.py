"""Building small scheduling situations on top of the demo data."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocse_planner.db.models import Person, Presentation, Series, Webinar


def person_id(session: Session, family_name: str) -> int:
    return session.scalars(select(Person.id).where(Person.family_name == family_name)).one()


def add_series_with_webinar(
    session: Session, local_start: str, *, zone: str = "America/Toronto", year: int = 2023,
    duration: int = 120, talks: int = 4,
) -> list[int]:
    """A second series with one webinar starting at `local_start`; its presentation ids.

    Presentations follow the demo's pattern: 10 minutes of welcome, then 20-minute talks.
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
    for position in range(1, talks + 1):
        webinar.presentations.append(
            Presentation(
                position=position,
                title=f"Talk {position}",
                duration_minutes=20,
                start_offset_minutes=10 if position == 1 else None,
            )
        )
    session.add(series)
    session.flush()
    return [p.id for p in webinar.presentations]
