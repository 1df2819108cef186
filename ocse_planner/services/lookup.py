"""Finding records from what a person types on the command line."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocse_planner.db.models import Series


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
