"""Finding records from what a person types on the command line."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocse_planner.db.models import Series, Webinar
from ocse_planner.services.bilingual import in_interface
from ocse_planner.services.errors import NotFoundError


def resolve_series(session: Session, text: str) -> Series:
    """A series by id, or by year where exactly one series has that year.

    A four-digit number is tried as a year first (ids that large are rare, years are what
    people type); an id otherwise.
    """
    value = text.strip()
    if not value.isdigit():
        raise NotFoundError("--series takes a series id or a year, not “{text}”", text=text)
    number = int(value)
    if 1900 <= number <= 9999:
        matches = list(session.scalars(select(Series).where(Series.year == number)))
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            choices = ", ".join(f"{s.id} ({in_interface(s.title, s.title_fr)})" for s in matches)
            raise NotFoundError("{count} series have the year {year}; give an id: {choices}",
                                count=len(matches), year=number, choices=choices)
    series = session.get(Series, number)
    if series is None:
        raise NotFoundError("no series with id or year {number}", number=number)
    return series


def resolve_webinar(session: Session, text: str) -> Webinar:
    """A webinar by id ("7"), or by series and number ("2022:1": webinar 1 of the series
    with that year or id, resolved like --series)."""
    value = text.strip()
    if ":" in value:
        series_text, _, number_text = value.partition(":")
        if not number_text.strip().isdigit():
            raise NotFoundError("--webinar takes an id or SERIES:NUMBER (like 2022:1), not “{text}”", text=text)
        series = resolve_series(session, series_text)
        webinar = session.scalar(
            select(Webinar).where(Webinar.series_id == series.id, Webinar.number == int(number_text))
        )
        if webinar is None:
            raise NotFoundError("{title} ({year}) has no webinar number {number}",
                                title=in_interface(series.title, series.title_fr), year=series.year,
                                number=int(number_text))
        return webinar
    if not value.isdigit():
        raise NotFoundError("--webinar takes an id or SERIES:NUMBER (like 2022:1), not “{text}”", text=text)
    webinar = session.get(Webinar, int(value))
    if webinar is None:
        raise NotFoundError("no webinar with id {id}", id=value)
    return webinar
