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
from ocse_planner.services.errors import N_, ChangedElsewhereError

T = TypeVar("T")

# Whole sentences per kind of record (not a noun put into one frame), so a translation can
# make the sentence agree with the noun: (changed elsewhere, deleted elsewhere).
STALE_MESSAGES: dict[str, tuple[str, str]] = {
    "series": (
        N_("This series was changed elsewhere since you opened it; reload it and edit again."),
        N_("This series was deleted elsewhere since you opened it; reload it and edit again."),
    ),
    "webinar": (
        N_("This webinar was changed elsewhere since you opened it; reload it and edit again."),
        N_("This webinar was deleted elsewhere since you opened it; reload it and edit again."),
    ),
    "agenda item": (
        N_("This agenda item was changed elsewhere since you opened it; reload it and edit again."),
        N_("This agenda item was deleted elsewhere since you opened it; reload it and edit again."),
    ),
    "person": (
        N_("This person was changed elsewhere since you opened it; reload it and edit again."),
        N_("This person was deleted elsewhere since you opened it; reload it and edit again."),
    ),
    "availability window": (
        N_("This availability window was changed elsewhere since you opened it; reload it and edit again."),
        N_("This availability window was deleted elsewhere since you opened it; reload it and edit again."),
    ),
    "booking": (
        N_("This booking was changed elsewhere since you opened it; reload it and edit again."),
        N_("This booking was deleted elsewhere since you opened it; reload it and edit again."),
    ),
    "organization": (
        N_("This organization was changed elsewhere since you opened it; reload it and edit again."),
        N_("This organization was deleted elsewhere since you opened it; reload it and edit again."),
    ),
    "collaboration": (
        N_("This collaboration was changed elsewhere since you opened it; reload it and edit again."),
        N_("This collaboration was deleted elsewhere since you opened it; reload it and edit again."),
    ),
    "action item": (
        N_("This action item was changed elsewhere since you opened it; reload it and edit again."),
        N_("This action item was deleted elsewhere since you opened it; reload it and edit again."),
    ),
    "contact log entry": (
        N_("This contact log entry was changed elsewhere since you opened it; reload it and edit again."),
        N_("This contact log entry was deleted elsewhere since you opened it; reload it and edit again."),
    ),
}


def stale(what: str, *, deleted: bool = False) -> ChangedElsewhereError:
    """The error for a `what` ("person", "booking"…) changed or deleted since it was shown."""
    changed, gone = STALE_MESSAGES[what]
    template = gone if deleted else changed
    return ChangedElsewhereError(template, deleted=deleted)


def fetch_for_update(session: Session, model: type[T], record_id: int, expected_version: int | None, what: str) -> T:
    """The record to change, if it is still the version the user saw."""
    obj = session.get(model, record_id)
    if obj is None:
        raise stale(what, deleted=True)
    if expected_version is not None and getattr(obj, "version") != expected_version:
        raise stale(what)
    return obj
