"""Is webinar 2 ready? Each webinar's readiness checklist, and its due dates.

A checklist has two kinds of items, each due a number of days before the webinar's date
(in the webinar's zone):

* **computed** items, which the data answers and nobody ticks: the co-host collaboration
  confirmed (the webinar's own co-hosts and the whole series'; n/a without a co-host),
  every presenter invited (a booking "invited" or later: a written draft is not a sent
  e-mail), every presentation with a confirmed presenter, no placeholder titles, the platform link set, the agenda fitting the webinar
  (no overrun, overlap or gap), the French texts of its documents complete;
* **manual** items, the series' own list (`ReadinessItem`: bios and photos, slides,
  rehearsal, interpretation…), ticked per webinar with the day it was done and a note.

An item not done is *due* until its day has passed, then *overdue*. Only webinars still to
happen are checked: a held or cancelled webinar shows its list without anything due.
Every change here is a plain function of a session, so the window runs it as an undoable
operation and the command line calls it as it is.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from ocse_planner.db.enums import AgendaItemKind, BookingStatus, CollaborationRole, CollaborationStatus, WebinarStatus
from ocse_planner.db.models import (
    Booking,
    Collaboration,
    Presentation,
    ReadinessItem,
    ReadinessTick,
    Series,
    Webinar,
    default_readiness_items,
)
from ocse_planner.services.agenda import agenda_from_webinar
from ocse_planner.services.bilingual import has_text, in_interface, localized
from ocse_planner.services.errors import N_, NotFoundError, ValidationError, render
from ocse_planner.services.french_check import FrenchGap, french_gaps
from ocse_planner.services.time_format import clock_style

MAX_DAYS_BEFORE = 365
TITLE_LIMIT = 300


class ItemState(enum.StrEnum):
    DONE = "done"
    DUE = "due"  # not done, its day not passed (or the webinar has no date yet)
    OVERDUE = "overdue"  # not done and its day has passed
    NOT_APPLICABLE = "n/a"  # a computed item that does not apply (no co-host)
    NOT_CHECKED = "not_checked"  # not done, on a webinar held or cancelled


class Check(enum.StrEnum):
    """The computed items, in checklist order."""

    CO_HOST = "co_host"
    INVITED = "invited"
    CONFIRMED = "confirmed"
    TITLES = "titles"
    LINK = "link"
    AGENDA = "agenda"
    FRENCH = "french"


# Titles (templates, translated when shown) and days before the webinar of the computed items.
CHECKS: dict[Check, tuple[str, int]] = {
    Check.CO_HOST: (N_("Co-host collaboration confirmed"), 42),
    Check.INVITED: (N_("Every presenter invited"), 42),
    Check.CONFIRMED: (N_("Every presentation has a confirmed presenter"), 21),
    Check.TITLES: (N_("No placeholder titles"), 21),
    Check.LINK: (N_("Platform link set"), 7),
    Check.AGENDA: (N_("Agenda fits the webinar"), 14),
    Check.FRENCH: (N_("French texts complete"), 14),
}


@dataclass(frozen=True)
class ChecklistItem:
    """One line of a webinar's checklist, as the window and the command line show it."""

    title: str  # in the interface's language
    days_before: int
    due_on: date | None  # None while the webinar has no date
    state: ItemState
    check: Check | None = None  # a computed item
    item_id: int | None = None  # a hand-ticked item (ReadinessItem.id)
    done_on: date | None = None  # the day it was ticked
    note: str = ""
    detail: str = ""  # why a computed item is not done ("2 of 3 presentations confirmed")

    @property
    def manual(self) -> bool:
        return self.item_id is not None

    @property
    def done(self) -> bool:
        return self.state is ItemState.DONE


@dataclass(frozen=True)
class WebinarReadiness:
    webinar_id: int
    series_id: int
    number: int
    title: str
    starts_on: date | None  # the webinar's date in its zone
    checked: bool  # False for a held or cancelled webinar: nothing is due
    items: tuple[ChecklistItem, ...]
    title_fr: str = ""

    @property
    def id(self) -> int:
        return self.webinar_id

    def count(self, state: ItemState) -> int:
        return sum(1 for item in self.items if item.state is state)

    @property
    def done(self) -> int:
        return self.count(ItemState.DONE)

    @property
    def due(self) -> int:
        return self.count(ItemState.DUE)

    @property
    def overdue(self) -> int:
        return self.count(ItemState.OVERDUE)


@dataclass(frozen=True)
class ManualItem:
    """A hand-ticked item of a series' list (the list's editor shows these)."""

    id: int
    position: int
    title: str  # in the interface's language
    title_en: str
    title_fr: str
    days_before: int


# --- reading ------------------------------------------------------------------------------

def _language() -> str:
    return clock_style().language


def _item_title(item: ReadinessItem) -> str:
    return localized(item.title, item.title_fr, _language(), mark=False)


def _webinars_query():  # type: ignore[no-untyped-def]
    return select(Webinar).options(
        selectinload(Webinar.presentations).selectinload(Presentation.bookings).selectinload(Booking.person),
        selectinload(Webinar.presentations).selectinload(Presentation.bookings).selectinload(Booking.organization),
    )


def _local_date(webinar: Webinar) -> date | None:
    if webinar.starts_at is None:
        return None
    return webinar.starts_at.astimezone(ZoneInfo(webinar.time_zone)).date()


def _state(done: bool, due_on: date | None, checked: bool, today: date) -> ItemState:
    if done:
        return ItemState.DONE
    if not checked:
        return ItemState.NOT_CHECKED
    if due_on is not None and due_on < today:
        return ItemState.OVERDUE
    return ItemState.DUE


def _computed(webinar: Webinar, co_hosts: list[Collaboration],
              series_gaps: list[FrenchGap]) -> dict[Check, tuple[bool | None, str]]:
    """Each check's answer (None: not applicable) and, when not done, why."""
    agenda = agenda_from_webinar(webinar)
    talks = [i for i in agenda.items if i.kind == AgendaItemKind.PRESENTATION]
    bookings = [p for i in agenda.items for p in i.presenters]
    answers: dict[Check, tuple[bool | None, str]] = {}

    if not co_hosts:
        answers[Check.CO_HOST] = (None, render(N_("No co-host for this webinar."), {}))
    else:
        waiting = [c for c in co_hosts if c.status != CollaborationStatus.CONFIRMED]
        answers[Check.CO_HOST] = (not waiting, render(N_("{count} of {total} co-host(s) not confirmed yet."),
                                                       {"count": len(waiting), "total": len(co_hosts)}))

    to_invite = [p for p in bookings if p.status == BookingStatus.TO_INVITE]
    if not bookings:
        answers[Check.INVITED] = (False, render(N_("No presenter booked yet."), {}))
    else:
        answers[Check.INVITED] = (not to_invite, render(N_("Still to invite: {names}."),
                                                          {"names": "; ".join(dict.fromkeys(p.name for p in to_invite))}))

    unconfirmed = [i for i in talks if not any(p.status == BookingStatus.CONFIRMED for p in i.presenters)]
    if not talks:
        answers[Check.CONFIRMED] = (False, render(N_("No presentation on the agenda yet."), {}))
    else:
        answers[Check.CONFIRMED] = (not unconfirmed, render(
            N_("{confirmed} of {total} presentations have a confirmed presenter."),
            {"confirmed": len(talks) - len(unconfirmed), "total": len(talks)}))

    placeholders = [i for i in agenda.items if i.placeholder]
    answers[Check.TITLES] = (not placeholders, render(N_("Placeholder titles: {titles}."),
                                                        {"titles": "; ".join(render(N_("“{title}”"), {"title": in_interface(i.title, i.title_fr)})
                                                                             for i in placeholders)}))

    answers[Check.LINK] = (has_text(webinar.link), render(N_("No platform link yet."), {}))

    problems = []
    if agenda.overrun_minutes:
        problems.append(render(N_("runs {minutes} minutes past the end"), {"minutes": agenda.overrun_minutes}))
    problems += [issue.message() for issue in agenda.timing]
    answers[Check.AGENDA] = (not problems, "; ".join(problems))

    ids = {i.id for i in agenda.items}
    gaps = [g for g in series_gaps if g.webinar_id == webinar.id or g.presentation_id in ids]
    answers[Check.FRENCH] = (not gaps, render(N_("{count} text(s) without French: {first}"),
                                                {"count": len(gaps), "first": gaps[0].message if gaps else ""}))
    return answers


def _readiness(webinar: Webinar, items: list[ReadinessItem], ticks: dict[tuple[int, int], ReadinessTick],
               co_hosts: list[Collaboration], gaps: list[FrenchGap], today: date) -> WebinarReadiness:
    starts_on = _local_date(webinar)
    checked = webinar.status not in (WebinarStatus.HELD, WebinarStatus.CANCELLED)

    def due(days: int) -> date | None:
        return starts_on - timedelta(days=days) if starts_on else None

    lines: list[ChecklistItem] = []
    for check, (done, detail) in _computed(webinar, co_hosts, gaps).items():
        template, days = CHECKS[check]
        state = ItemState.NOT_APPLICABLE if done is None else _state(done, due(days), checked, today)
        lines.append(ChecklistItem(render(template, {}), days, due(days), state, check=check,
                                   detail="" if done else detail))
    for item in items:
        tick = ticks.get((item.id, webinar.id))
        done_on = tick.done_on if tick else None
        lines.append(ChecklistItem(_item_title(item), item.days_before, due(item.days_before),
                                   _state(done_on is not None, due(item.days_before), checked, today),
                                   item_id=item.id, done_on=done_on, note=(tick.note or "") if tick else ""))
    return WebinarReadiness(webinar.id, webinar.series_id, webinar.number, webinar.title, starts_on, checked,
                            tuple(lines), webinar.title_fr or "")


def _series_items(session: Session, series_id: int) -> list[ReadinessItem]:
    return list(session.scalars(select(ReadinessItem).where(ReadinessItem.series_id == series_id)
                                .order_by(ReadinessItem.position, ReadinessItem.id)))


def _for_webinars(session: Session, webinars: Iterable[Webinar], today: date | None) -> list[WebinarReadiness]:
    webinars = list(webinars)
    if not webinars:
        return []
    today = today or date.today()
    ids = [w.id for w in webinars]
    items: dict[int, list[ReadinessItem]] = {}
    gaps: dict[int, list[FrenchGap]] = {}  # one French check per series, for all its webinars
    for series_id in {w.series_id for w in webinars}:
        items[series_id] = _series_items(session, series_id)
        gaps[series_id] = french_gaps(session, series_id, [w for w in webinars if w.series_id == series_id])
    ticks = {(t.item_id, t.webinar_id): t
             for t in session.scalars(select(ReadinessTick).where(ReadinessTick.webinar_id.in_(ids)))}
    # a co-host of the whole series (no webinar named) co-hosts each of its webinars
    co_hosts: dict[tuple[int, int | None], list[Collaboration]] = {}
    for c in session.scalars(select(Collaboration).where(
            Collaboration.series_id.in_(list(items)), Collaboration.role == CollaborationRole.CO_HOST,
            or_(Collaboration.webinar_id.in_(ids), Collaboration.webinar_id.is_(None))).order_by(Collaboration.id)):
        co_hosts.setdefault((c.series_id, c.webinar_id), []).append(c)
    return [_readiness(w, items[w.series_id], ticks,
                       co_hosts.get((w.series_id, None), []) + co_hosts.get((w.series_id, w.id), []),
                       gaps[w.series_id], today)
            for w in webinars]


def webinar_readiness(session: Session, webinar_id: int, *, today: date | None = None) -> WebinarReadiness:
    webinar = session.scalar(_webinars_query().where(Webinar.id == webinar_id))
    if webinar is None:
        raise NotFoundError("That webinar no longer exists; reload and try again.")
    return _for_webinars(session, [webinar], today)[0]


def series_readiness(session: Session, series_id: int, *, today: date | None = None) -> list[WebinarReadiness]:
    """Every webinar of the series, by number."""
    webinars = session.scalars(_webinars_query().where(Webinar.series_id == series_id).order_by(Webinar.number))
    return _for_webinars(session, webinars, today)


def upcoming_readiness(session: Session, *, today: date | None = None) -> list[WebinarReadiness]:
    """Every webinar still to happen (not held or cancelled), in every series."""
    webinars = session.scalars(_webinars_query().where(
        Webinar.status.not_in([WebinarStatus.HELD, WebinarStatus.CANCELLED])).order_by(Webinar.series_id,
                                                                                       Webinar.number))
    return _for_webinars(session, webinars, today)


def manual_items(session: Session, series_id: int) -> list[ManualItem]:
    return [ManualItem(i.id, i.position, _item_title(i), i.title, i.title_fr or "", i.days_before)
            for i in _series_items(session, series_id)]


# --- the series' list ----------------------------------------------------------------------

def _clean_title(title: str) -> str:
    title = " ".join(title.split())
    if not title:
        raise ValidationError("A checklist item needs a title.", field="title")
    if len(title) > TITLE_LIMIT:
        raise ValidationError("A checklist item's title is at most {limit} characters.", field="title",
                              limit=TITLE_LIMIT)
    return title


def _check_days(days: int) -> int:
    if not 0 <= days <= MAX_DAYS_BEFORE:
        raise ValidationError("Days before the webinar: a number from 0 to {maximum}.", field="days_before",
                              maximum=MAX_DAYS_BEFORE)
    return days


def _item(session: Session, item_id: int) -> ReadinessItem:
    item = session.get(ReadinessItem, item_id)
    if item is None:
        raise NotFoundError("That checklist item no longer exists; reload and try again.")
    return item


def add_default_items(session: Session, series_id: int) -> None:
    """The default eight items, on a new series."""
    series = session.get(Series, series_id)
    if series is None:
        raise NotFoundError("That series no longer exists; reload and try again.")
    session.add_all(default_readiness_items(series))
    session.flush()


def copy_items(session: Session, source_id: int, target_id: int) -> int:
    """The source series' list on a copy of it (a clone): every item, no tick."""
    items = _series_items(session, source_id)
    for item in items:
        session.add(ReadinessItem(series_id=target_id, position=item.position, title=item.title,
                                  title_fr=item.title_fr, days_before=item.days_before))
    session.flush()
    return len(items)


def add_item(session: Session, series_id: int, title: str, days_before: int = 7) -> int:
    """A new hand-ticked item at the end of the series' list; titled in the interface's
    language (the other language's title can be set when renaming)."""
    if session.get(Series, series_id) is None:
        raise NotFoundError("That series no longer exists; reload and try again.")
    title = _clean_title(title)
    position = session.scalar(select(func.coalesce(func.max(ReadinessItem.position), 0))
                              .where(ReadinessItem.series_id == series_id)) or 0
    item = ReadinessItem(series_id=series_id, position=int(position) + 1, title=title,
                         days_before=_check_days(days_before))
    if _language() == "fr":
        item.title_fr = title
    session.add(item)
    session.flush()
    return item.id


def rename_item(session: Session, item_id: int, title: str) -> None:
    """Rename in the interface's language (the French title when it is French)."""
    item = _item(session, item_id)
    title = _clean_title(title)
    if _language() == "fr":
        item.title_fr = title
    else:
        item.title = title
    session.flush()


def set_days_before(session: Session, item_id: int, days_before: int) -> None:
    _item(session, item_id).days_before = _check_days(days_before)
    session.flush()


def move_item(session: Session, item_id: int, step: int) -> bool:
    """Move an item up (-1) or down (+1) the list; False at either end."""
    item = _item(session, item_id)
    items = _series_items(session, item.series_id)
    index = next(i for i, other in enumerate(items) if other.id == item_id)
    target = index + step
    if not 0 <= target < len(items):
        return False
    items[index], items[target] = items[target], items[index]
    for position, other in enumerate(items, start=1):
        if other.position != position:
            other.position = position
    session.flush()
    return True


def remove_item(session: Session, item_id: int) -> None:
    """Remove an item from the series' list, with its ticks on every webinar."""
    session.delete(_item(session, item_id))
    session.flush()


# --- ticks ---------------------------------------------------------------------------------

def _tick(session: Session, item_id: int, webinar_id: int) -> ReadinessTick:
    item = _item(session, item_id)
    webinar = session.get(Webinar, webinar_id)
    if webinar is None or webinar.series_id != item.series_id:
        raise NotFoundError("That webinar no longer exists; reload and try again.")
    tick = session.scalar(select(ReadinessTick).where(ReadinessTick.item_id == item_id,
                                                      ReadinessTick.webinar_id == webinar_id))
    if tick is None:
        tick = ReadinessTick(item_id=item_id, webinar_id=webinar_id)
        session.add(tick)
    return tick


def _settle(session: Session, tick: ReadinessTick) -> None:
    """A tick that holds neither a date nor a note is not kept."""
    if tick.done_on is None and not has_text(tick.note):
        if tick.id is not None:
            session.delete(tick)
        else:
            session.expunge(tick)
    session.flush()


def set_done(session: Session, item_id: int, webinar_id: int, done_on: date | None) -> None:
    """Tick (with the day it was done) or untick an item for one webinar."""
    if done_on is not None and not date(1900, 1, 1) <= done_on <= date(9999, 12, 31):
        raise ValidationError("That date is out of range.", field="done_on")
    tick = _tick(session, item_id, webinar_id)
    tick.done_on = done_on
    _settle(session, tick)


def set_note(session: Session, item_id: int, webinar_id: int, note: str) -> None:
    tick = _tick(session, item_id, webinar_id)
    tick.note = note.strip() or None
    _settle(session, tick)
