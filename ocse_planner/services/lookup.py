"""Finding records from what a person types on the command line."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocse_planner.db.models import Series, Webinar


class NotFoundError(LookupError):
    """Nothing (or more than one thing) matches; the message says which and how to choose."""


def resolve_series(session: Session, text: str) -> Series:
    """A series by id, or by year where exactly one series has that year.

    A four-digit number is tried as a year first (ids that large are rare, years are what
    people type); an id otherwise.
    """
    value = text.strip()
    if not value.isdigit():
        raise NotFoundError(f"--series takes a series id or a year, not {text!r}")
    number = int(value)
    if 1900 <= number <= 9999:
        matches = list(session.scalars(select(Series).where(Series.year == number)))
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            choices = ", ".join(f"{s.id} ({s.title})" for s in matches)
            raise NotFoundError(f"{len(matches)} series have the year {number}; give an id: {choices}")
    series = session.get(Series, number)
    if series is None:
        raise NotFoundError(f"no series with id or year {number}")
    return series


def resolve_webinar(session: Session, text: str) -> Webinar:
    """A webinar by id ("7"), or by series and number ("2022:1": webinar 1 of the series
    with that year or id, resolved like --series)."""
    value = text.strip()
    if ":" in value:
        series_text, _, number_text = value.partition(":")
        if not number_text.strip().isdigit():
            raise NotFoundError(f"--webinar takes an id or SERIES:NUMBER (like 2022:1), not {text!r}")
        series = resolve_series(session, series_text)
        webinar = session.scalar(
            select(Webinar).where(Webinar.series_id == series.id, Webinar.number == int(number_text))
        )
        if webinar is None:
            raise NotFoundError(f"{series.title} ({series.year}) has no webinar number {int(number_text)}")
        return webinar
    if not value.isdigit():
        raise NotFoundError(f"--webinar takes an id or SERIES:NUMBER (like 2022:1), not {text!r}")
    webinar = session.get(Webinar, int(value))
    if webinar is None:
        raise NotFoundError(f"no webinar with id {value}")
    return webinar
