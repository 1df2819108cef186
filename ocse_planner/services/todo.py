"""This week: one list of what needs doing in the next N days, across every series.

Three sources, merged and sorted by due date (overdue first, as they are the earliest):

* **presenter follow-ups** on webinars still to happen: a booking still "to invite" is due
  when the checklist's "every presenter invited" item is; an invitation without an answer
  is due `follow_up_days` after it was sent, with the hint "invited 16 days ago, no answer";
* **partner action items** not done, by their due date;
* **readiness items** not done (services/readiness.py), by their due date.

An entry without a due date (an action item without one, a webinar without a date) is not
"this week": the partner and checklist views still list it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ocse_planner.db.enums import BookingStatus, SeriesStatus, WebinarStatus
from ocse_planner.db.models import Booking, Presentation, Series, Webinar
from ocse_planner.services.bilingual import in_interface
from ocse_planner.services.collaborations import open_actions
from ocse_planner.services.errors import N_, render
from ocse_planner.services.names import booking_presenter
from ocse_planner.services.readiness import CHECKS, Check, ItemState, upcoming_readiness
from ocse_planner.services.time_format import clock_style

DEFAULT_DAYS = 7
FOLLOW_UP_DAYS = 14  # as the window's preference (presenters/followUpDays) defaults


class Source(enum.StrEnum):
    PRESENTER = "presenter"
    PARTNER = "partner"
    READINESS = "readiness"


@dataclass(frozen=True)
class TodoEntry:
    due_on: date
    source: Source
    text: str  # what to do, in the interface's language
    hint: str  # the context: "Webinar 2 — Series 2027", "invited 16 days ago, no answer"
    overdue: bool
    series_id: int
    webinar_id: int | None = None
    item_id: int | None = None  # the booking, action item or checklist item it is about


def _waiting_days(invited: datetime, today: date) -> int:
    return (today - invited.astimezone(UTC).date()).days


def _follow_ups(session: Session, today: date, follow_up_days: int) -> list[TodoEntry]:
    invited_days = CHECKS[Check.INVITED][1]
    rows = session.scalars(
        select(Booking)
        .join(Presentation, Presentation.id == Booking.presentation_id)
        .join(Webinar, Webinar.id == Presentation.webinar_id)
        .join(Series, Series.id == Webinar.series_id)
        .where(Booking.status.in_([BookingStatus.TO_INVITE, BookingStatus.INVITED]),
               Webinar.status.not_in([WebinarStatus.HELD, WebinarStatus.CANCELLED]),
               Series.status.not_in([SeriesStatus.COMPLETED, SeriesStatus.ARCHIVED]))
        .options(selectinload(Booking.person), selectinload(Booking.organization),
                 selectinload(Booking.presentation).selectinload(Presentation.webinar).selectinload(Webinar.series))
    )
    entries = []
    for booking in rows:
        webinar = booking.presentation.webinar
        where = _where(webinar)
        arguments = {"presenter": booking_presenter(booking, language=clock_style().language, mark=False),
                     "title": in_interface(booking.presentation.title, booking.presentation.title_fr)}
        if booking.status == BookingStatus.TO_INVITE:
            if webinar.starts_at is None:
                continue
            due = webinar.starts_at.astimezone(ZoneInfo(webinar.time_zone)).date() - timedelta(days=invited_days)
            text = render(N_("Invite {presenter} for “{title}”"), arguments)
            hint = render(N_("{where}; not invited yet"), {"where": where})
        else:
            invited = booking.invited_at or booking.status_changed_at
            due = invited.astimezone(UTC).date() + timedelta(days=follow_up_days)
            text = render(N_("Follow up with {presenter} about “{title}”"), arguments)
            hint = render(N_("{where}; invited {days} days ago, no answer"),
                          {"where": where, "days": _waiting_days(invited, today)})
        entries.append(TodoEntry(due, Source.PRESENTER, text, hint, due < today, webinar.series_id, webinar.id,
                                 booking.id))
    return entries


def _where(webinar: Webinar) -> str:
    return render(N_("Webinar {number} — {series} {year}"),
                  {"number": webinar.number, "series": in_interface(webinar.series.title, webinar.series.title_fr),
                   "year": webinar.series.year})


def _actions(session: Session, today: date) -> list[TodoEntry]:
    entries = []
    titles = {s.id: in_interface(s.title, s.title_fr) for s in session.scalars(select(Series))}
    for action in open_actions(session, today=today):
        if action.due_date is None:
            continue
        series_title = titles[action.series_id]  # every action belongs to a series
        where = (render(N_("{organization}, webinar {number} — {series} {year}"),
                        {"organization": action.organization, "number": action.webinar_number,
                         "series": series_title, "year": action.year})
                 if action.webinar_number is not None else
                 render(N_("{organization} — {series} {year}"),
                        {"organization": action.organization, "series": series_title, "year": action.year}))
        hint = where if not action.owner else render(N_("{where}; owner: {owner}"),
                                                     {"where": where, "owner": action.owner})
        entries.append(TodoEntry(action.due_date, Source.PARTNER, action.description, hint, action.overdue,
                                 action.series_id, None, action.id))
    return entries


def _readiness(session: Session, today: date) -> list[TodoEntry]:
    entries = []
    series = {s.id: s for s in session.scalars(select(Series))}
    for webinar in upcoming_readiness(session, today=today):
        owner = series[webinar.series_id]
        if owner.status in (SeriesStatus.COMPLETED, SeriesStatus.ARCHIVED):
            continue
        where = render(N_("Webinar {number} — {series} {year}"),
                       {"number": webinar.number, "series": in_interface(owner.title, owner.title_fr),
                        "year": owner.year})
        for item in webinar.items:
            if item.state not in (ItemState.DUE, ItemState.OVERDUE) or item.due_on is None:
                continue
            hint = where if not item.detail else render(N_("{where}; {detail}"), {"where": where, "detail": item.detail})
            entries.append(TodoEntry(item.due_on, Source.READINESS, item.title, hint,
                                     item.state is ItemState.OVERDUE, webinar.series_id, webinar.webinar_id,
                                     item.item_id))
    return entries


def todo(session: Session, *, days: int = DEFAULT_DAYS, today: date | None = None,
         follow_up_days: int = FOLLOW_UP_DAYS) -> list[TodoEntry]:
    """What is due by `today + days` (overdue included), soonest first."""
    today = today or date.today()
    until = today + timedelta(days=max(days, 0))
    entries = _follow_ups(session, today, follow_up_days) + _actions(session, today) + _readiness(session, today)
    order = {Source.PRESENTER: 0, Source.PARTNER: 1, Source.READINESS: 2}
    return sorted((e for e in entries if e.due_on <= until),
                  key=lambda e: (e.due_on, order[e.source], e.text.casefold()))
