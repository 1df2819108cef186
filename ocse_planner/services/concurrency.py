"""Optimistic concurrency for records edited in forms.

A form shows a record read in one short session and saves it in another, later. Two app
instances on one shared file may both have the same record open; the second save must
not silently overwrite the first. Every editable record has a `version` that SQLAlchemy
increments on each UPDATE; a save names the version it was shown, and a mismatch means
someone else saved in between.
"""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from ocse_planner.services import text as _text  # noqa: F401  (refuses unstorable text at every flush)

T = TypeVar("T")


class StaleRecordError(Exception):
    """The record was changed or deleted elsewhere since it was shown; reload it."""

    def __init__(self, what: str, *, deleted: bool = False) -> None:
        self.deleted = deleted
        reason = "was deleted elsewhere" if deleted else "was changed elsewhere"
        super().__init__(f"This {what} {reason} since you opened it; reload it and edit again.")


def fetch_for_update(session: Session, model: type[T], record_id: int, expected_version: int | None, what: str) -> T:
    """The record to change, if it is still the version the user saw."""
    obj = session.get(model, record_id)
    if obj is None:
        raise StaleRecordError(what, deleted=True)
    if expected_version is not None and getattr(obj, "version") != expected_version:
        raise StaleRecordError(what)
    return obj
