"""Presenter messages as drafts: who gets one, in which language, saying what.

One draft per person: a person with several slots gets one message listing them all. An
organization booked as a body (NCECC) is written to through its collaboration contact
for the series; without one it is listed as skipped, with the reason, like a person
without an e-mail address — nobody is dropped silently.

The language of a message is the person's preferred language; when none is set, the
only language they speak, else both (English, then French).

Every invitation written is recorded (`SentInvitation`: the event's UID, its SEQUENCE and
times as written). "Updates" compares those records with the plan: a slot whose time
changed goes out again with the same UID and a higher SEQUENCE; a booking removed,
declined or withdrawn, or a webinar cancelled, goes out as a cancellation (METHOD:CANCEL).

Plain data only: `export/eml.py` writes the files, the window and the command line
choose and show. No Qt here.
"""

from __future__ import annotations

import enum
import html
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocse_planner.db.enums import BookingStatus, CollaborationRole, WebinarStatus
from ocse_planner.db.models import Booking, Collaboration, Person, Presentation, SentInvitation, Series, Webinar
from ocse_planner.services import message_templates as templates
from ocse_planner.services.bilingual import document_text, localized
from ocse_planner.services.calendar import (
    CalendarContent,
    CalendarEvent,
    _events,
    _webinars,
    presentation_uid,
    uid_namespace,
)
from ocse_planner.services.collaborations import credited
from ocse_planner.services.errors import N_, Message, NotFoundError, ValidationError
from ocse_planner.services.names import organization_as_presenter, organization_short, person_name
from ocse_planner.services.people import EMAIL_PATTERN
from ocse_planner.services.text import UNSAFE
from ocse_planner.services.time_format import clock_range, clock_with_zone, long_date

REPLY_DAYS = 7  # the reply-by date of an invitation: a week after it is written
DEFAULT_FOLLOW_UP_DAYS = 14
MESSAGE_LANGUAGES = ("en", "fr", "both")


class MessageKind(enum.StrEnum):
    INVITATION = "invitation"
    FOLLOW_UP = "follow_up"
    CONFIRMATION = "confirmation"
    REMINDER = "reminder"
    THANKS = "thanks"
    UPDATE = "update"  # change and cancellation notices, from what was sent before


# The bookings each kind is written for, unless the caller names statuses.
DEFAULT_STATUSES: dict[MessageKind, tuple[BookingStatus, ...]] = {
    MessageKind.INVITATION: (BookingStatus.TO_INVITE,),
    MessageKind.FOLLOW_UP: (BookingStatus.INVITED,),
    MessageKind.CONFIRMATION: (BookingStatus.CONFIRMED,),
    MessageKind.REMINDER: (BookingStatus.CONFIRMED,),
    MessageKind.THANKS: (BookingStatus.CONFIRMED,),
}
GONE = (BookingStatus.DECLINED, BookingStatus.WITHDRAWN)


@dataclass(frozen=True)
class Slot:
    """One presentation in a message."""

    booking_id: int | None
    presentation_id: int | None
    event: CalendarEvent  # as the .ics holds it (UID, SEQUENCE, times in the series' zone)
    series_zone: str
    webinar_number: int | None
    webinar_title: tuple[str, str]  # English, French
    presentation_title: tuple[str, str]
    platform: str
    link: str
    recording_link: str
    co_host: tuple[str, str]

    def title_in(self, language: str) -> str:
        return localized(*self.presentation_title, language) if self.presentation_title[0] else self.event.summary

    def webinar_in(self, language: str) -> str:
        return localized(*self.webinar_title, language) if self.webinar_title[0] else ""


@dataclass(frozen=True)
class Draft:
    person_id: int | None
    recipient_name: str
    recipient_email: str
    salutation: str
    time_zone: str  # the presenter's own ("" when unknown)
    language: str  # "en", "fr" or "both"
    template_kind: str  # invitation … cancellation
    subject: str
    text: str
    html: str
    calendar: CalendarContent | None
    method: str  # "REQUEST" or "CANCEL"
    slots: tuple[Slot, ...]

    @property
    def booking_ids(self) -> tuple[int, ...]:
        return tuple(s.booking_id for s in self.slots if s.booking_id is not None)


@dataclass(frozen=True, eq=True)
class Skipped:
    name: str
    reason: Message


@dataclass(frozen=True)
class DraftPlan:
    series_id: int
    kind: MessageKind
    drafts: tuple[Draft, ...]
    skipped: tuple[Skipped, ...]
    sender: templates.Sender


# --- language -------------------------------------------------------------------------

def message_language(preferred: str | None, spoken: Iterable[str] | None) -> str:
    """The preferred language; else the only one spoken; else both."""
    if preferred in MESSAGE_LANGUAGES:
        return preferred
    languages = {language for language in (spoken or ()) if language in ("en", "fr")}
    return languages.pop() if len(languages) == 1 else "both"


def _editions(language: str) -> tuple[str, ...]:
    return ("en", "fr") if language == "both" else (language,)


# --- recipients -----------------------------------------------------------------------

def _address_problem(person: Person) -> Message | None:
    email = (person.email or "").strip()
    if not email:
        return Message(N_("no e-mail address"))
    if not EMAIL_PATTERN.match(email) or UNSAFE.search(email):
        return Message(N_("the e-mail address is not valid: {email}"), email=email)
    return None


def _contact(session: Session, series_id: int, organization_id: int, webinar_id: int) -> Person | None:
    """The organization's collaboration contact for this webinar, else for the series."""
    rows = session.scalars(select(Collaboration).where(
        Collaboration.series_id == series_id, Collaboration.organization_id == organization_id,
        Collaboration.contact_person_id.is_not(None)).order_by(Collaboration.id)).all()
    for wanted in (webinar_id, None):
        for row in rows:
            if row.webinar_id == wanted:
                return row.contact_person
    return rows[0].contact_person if rows else None


def _salutation(person: Person) -> str:
    if person.honorific and person.family_name:
        return f"{person.honorific} {person.family_name}"
    return " ".join(p for p in (person.given_name, person.family_name) if p)


# --- slots ----------------------------------------------------------------------------

def _co_hosts(webinar: Webinar, collaborations: list[Collaboration]) -> tuple[str, str]:
    names = [c.organization for c in collaborations if c.role == CollaborationRole.CO_HOST
             and c.webinar_id in (None, webinar.id) and credited(c)]
    return (", ".join(dict.fromkeys(organization_short(o, "en") for o in names)),
            ", ".join(dict.fromkeys(organization_short(o, "fr") for o in names)))


def _slot(booking: Booking | None, presentation: Presentation, event: CalendarEvent, series: Series,
          co_hosts: tuple[str, str]) -> Slot:
    webinar = presentation.webinar
    return Slot(
        booking_id=booking.id if booking else None, presentation_id=presentation.id, event=event,
        series_zone=series.time_zone, webinar_number=webinar.number,
        webinar_title=(webinar.title, webinar.title_fr or ""),
        presentation_title=(presentation.title, presentation.title_fr or ""),
        platform=webinar.platform or "", link=webinar.link or "", recording_link=webinar.follow_up_link or "",
        co_host=co_hosts)


def slot_line(slot: Slot, language: str, presenter_zone: str) -> str:
    """"Webinar 3: Title — “Presentation”" then the date and times, in the series' zone and,
    when it differs, the presenter's own."""
    start, end = slot.event.starts_at, slot.event.ends_at
    when = document_text(N_("{date}, {times}"), language, date=long_date(start, language, slot.series_zone),
                         times=clock_range(start, end, slot.series_zone, language))
    if presenter_zone and presenter_zone != slot.series_zone:
        own = clock_range(start, end, presenter_zone, language)
        if own != clock_range(start, end, slot.series_zone, language):
            when = document_text(N_("{when} ({own}, your time)"), language, when=when, own=own)
    if slot.webinar_number is not None:
        heading = document_text(N_("Webinar {number}: {webinar} — “{title}”"), language,
                                number=slot.webinar_number, webinar=slot.webinar_in(language),
                                title=slot.title_in(language))
    else:
        heading = slot.event.summary
    return f"• {heading}\n  {when}"


def _values(draft_slots: tuple[Slot, ...], person: Person | None, name: str, salutation: str, zone: str,
            series: Series, sender: templates.Sender, language: str, now: datetime) -> dict[str, str]:
    first = draft_slots[0]
    start, end = first.event.starts_at, first.event.ends_at
    own_zone = zone or first.series_zone
    co_host = first.co_host[1 if language == "fr" else 0]
    return {
        "salutation": salutation,
        "name": name,
        "presentation_title": first.title_in(language),
        # a talk deleted since: its webinar is not known any more, the calendar's summary names both
        "webinar_title": first.webinar_in(language) or first.event.summary,
        "webinar_number": str(first.webinar_number or ""),
        "series_title": localized(series.title, series.title_fr, language),
        "date": long_date(start, language, first.series_zone),
        "start": _clock(start, first.series_zone, language),
        "end": _clock(end, first.series_zone, language),
        "presenter_start": _clock(start, own_zone, language),
        "presenter_end": _clock(end, own_zone, language),
        "duration": document_text(N_("{minutes} minutes"), language,
                                  minutes=int((end - start).total_seconds() // 60)),
        "slots": "\n\n".join(slot_line(s, language, zone) for s in draft_slots),
        "co_host": co_host or "—",
        "platform": first.platform or "—",
        "link": first.link or "—",
        "recording_link": first.recording_link or "—",
        "reply_by": long_date(now + timedelta(days=REPLY_DAYS), language, first.series_zone),
        "organizer": sender.name,
        "organizer_email": sender.email,
        "signature": sender.signature_in(language),
    }


def _clock(moment: datetime, zone: str, language: str) -> str:
    return clock_with_zone(moment, zone, language)


FRENCH_FOLLOWS = "(Le français suit)"
SEPARATOR = "* * *"


def _compose(session: Session, template_kind: str, language: str,
             values_in: dict[str, dict[str, str]]) -> tuple[str, str, str]:
    """Subject, plain text and HTML of a message in `language` ("both": English then French)."""
    parts = []
    for edition in _editions(language):
        template = templates.get_template(session, template_kind, edition)
        values = values_in[edition]
        parts.append((edition, templates.fill(template.subject, values), templates.fill(template.body, values)))
    subject = " / ".join(p[1] for p in parts)
    if len(parts) == 1:
        text = parts[0][2]
    else:
        text = f"{FRENCH_FOLLOWS}\n\n{parts[0][2]}\n\n{SEPARATOR}\n\n{parts[1][2]}"
    cells = "".join(f'<td lang="{edition}-CA" style="vertical-align:top;padding:0 1em">{_html_body(body)}</td>'
                    for edition, _subject, body in parts)
    page = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(subject)}</title></head>'
            f'<body><table role="presentation"><tr>{cells}</tr></table></body></html>')
    return subject, text, page


def _html_body(text: str) -> str:
    paragraphs = text.replace("\r\n", "\n").split("\n\n")
    return "".join("<p>" + "<br>".join(html.escape(line) for line in p.split("\n")) + "</p>"
                   for p in paragraphs if p.strip())


# --- planning -------------------------------------------------------------------------

@dataclass
class _Recipient:
    person: Person | None
    name: str
    email: str
    slots: list[Slot]


def _series(session: Session, series_id: int) -> Series:
    series = session.get(Series, series_id)
    if series is None:
        raise NotFoundError("no series with id {id}", id=series_id)
    return series


def plan_drafts(session: Session, series_id: int, kind: MessageKind | str, *, webinar_number: int | None = None,
                booking_ids: Iterable[int] | None = None, statuses: Iterable[BookingStatus | str] | None = None,
                follow_up_days: int = DEFAULT_FOLLOW_UP_DAYS, now: datetime | None = None) -> DraftPlan:
    """The drafts of `kind` for a series (or its webinar `webinar_number`, or the bookings
    `booking_ids`), and the people left out with the reason."""
    kind = MessageKind(kind)
    now = now or datetime.now(UTC)
    series = _series(session, series_id)
    sender = templates.get_sender(session)
    if kind is MessageKind.UPDATE:
        return _plan_updates(session, series, sender, webinar_number, now)
    wanted = tuple(BookingStatus(s) for s in statuses) if statuses else DEFAULT_STATUSES[kind]
    chosen = set(booking_ids) if booking_ids is not None else None
    conditions = [Webinar.series_id == series_id]
    if webinar_number is not None:
        conditions.append(Webinar.number == webinar_number)
    webinars = _webinars(session, *conditions)
    if webinar_number is not None and not webinars:
        raise NotFoundError("the series has no webinar {number}", number=webinar_number)
    collaborations = list(session.scalars(select(Collaboration).where(Collaboration.series_id == series_id)))
    events = {e.uid: e for e in _events(webinars, keep=lambda p: True)}
    namespace = uid_namespace(series)
    sent = _sent_records(session, series_id)
    recipients: dict[int, _Recipient] = {}
    skipped: list[Skipped] = []
    for webinar in webinars:
        if webinar.status == WebinarStatus.CANCELLED:
            continue
        co_hosts = _co_hosts(webinar, collaborations)
        for presentation in webinar.presentations:
            for booking in presentation.bookings:
                if chosen is not None and booking.id not in chosen:
                    continue
                if BookingStatus(booking.status) not in wanted:
                    continue
                if kind is MessageKind.FOLLOW_UP and booking.invited_at is not None and \
                        booking.invited_at > now - timedelta(days=follow_up_days):
                    continue
                presenter = (person_name(booking.person) if booking.person
                             else organization_as_presenter(booking.organization) if booking.organization else "")
                person = booking.person
                if person is None and booking.organization_id is not None:
                    person = _contact(session, series_id, booking.organization_id, webinar.id)
                    if person is None:
                        skipped.append(Skipped(presenter, Message(
                            N_("an organization without a contact person for this series (set one on the "
                               "Partners tab)"))))
                        continue
                event = events.get(presentation_uid(presentation.id, namespace))
                if event is None:
                    skipped.append(Skipped(presenter, Message(
                        N_("webinar {number} has no date and time yet"), number=webinar.number)))
                    continue
                assert person is not None
                problem = _address_problem(person)
                if problem is not None:
                    skipped.append(Skipped(person_name(person), problem))
                    continue
                record = sent.get((event.uid, person.id))
                event = replace(event, sequence=_next_sequence(event, record))
                recipient = recipients.setdefault(person.id, _Recipient(person, person_name(person),
                                                                         person.email.strip(), []))
                if all(s.event.uid != event.uid for s in recipient.slots):
                    recipient.slots.append(_slot(booking, presentation, event, series, co_hosts))
    skipped = list(dict.fromkeys(skipped))  # an organization booked twice is named once
    template_kind = kind.value
    drafts = [_draft(session, series, sender, r, template_kind, "REQUEST", now,
                     with_calendar=kind is not MessageKind.THANKS) for r in recipients.values()]
    return DraftPlan(series_id, kind, tuple(drafts), tuple(skipped), sender)


def _next_sequence(event: CalendarEvent, record: SentInvitation | None) -> int:
    """Never below what the presenter's calendar holds; one more when the time changed."""
    if record is None:
        return event.sequence
    moved = (record.starts_at, record.ends_at) != (event.starts_at, event.ends_at) or record.cancelled
    return max(event.sequence, record.sequence + (1 if moved else 0))


def _sent_records(session: Session, series_id: int) -> dict[tuple[str, int | None], SentInvitation]:
    return {(r.uid, r.person_id): r for r in session.scalars(
        select(SentInvitation).where(SentInvitation.series_id == series_id))}


def _draft(session: Session, series: Series, sender: templates.Sender, recipient: _Recipient, template_kind: str,
           method: str, now: datetime, *, with_calendar: bool = True) -> Draft:
    person = recipient.person
    language = message_language(person.preferred_language, person.languages) if person else "both"
    zone = (person.time_zone or "") if person else ""
    salutation = _salutation(person) if person else recipient.name
    slots = tuple(sorted(recipient.slots, key=lambda s: s.event.starts_at))
    values = {edition: _values(slots, person, recipient.name, salutation, zone, series, sender, edition, now)
              for edition in _editions(language)}
    subject, text, page = _compose(session, template_kind, language, values)
    calendar = None
    if with_calendar:
        editions = _editions(language)
        name = " / ".join(dict.fromkeys(localized(series.title, series.title_fr, e) for e in editions))
        calendar = CalendarContent(name, now, tuple(s.event for s in slots))
    return Draft(person.id if person else None, recipient.name, recipient.email, salutation, zone, language,
                 template_kind, subject, text, page, calendar, method, slots)


def _plan_updates(session: Session, series: Series, sender: templates.Sender, webinar_number: int | None,
                  now: datetime) -> DraftPlan:
    webinars = _webinars(session, Webinar.series_id == series.id)
    collaborations = list(session.scalars(select(Collaboration).where(Collaboration.series_id == series.id)))
    events = {e.uid: e for e in _events(webinars, keep=lambda p: True)}
    presentations = {p.id: p for w in webinars for p in w.presentations}
    changes: dict[tuple[int | str, str], _Recipient] = {}
    skipped: list[Skipped] = []
    for record in _sent_records(session, series.id).values():
        if record.cancelled:
            continue
        presentation = presentations.get(record.presentation_id or -1)
        if webinar_number is not None and (presentation is None or presentation.webinar.number != webinar_number):
            continue
        booking = session.get(Booking, record.booking_id) if record.booking_id else None
        if booking is not None and booking.presentation_id != record.presentation_id:
            booking = None
        event = events.get(record.uid)
        webinar = presentation.webinar if presentation else None
        cancelled = (booking is None or BookingStatus(booking.status) in GONE or event is None
                     or (webinar is not None and webinar.status == WebinarStatus.CANCELLED))
        if cancelled:
            event = CalendarEvent(uid=record.uid, starts_at=record.starts_at, ends_at=record.ends_at,
                                  time_zone=record.time_zone, summary=record.summary, description=(),
                                  location=None, sequence=record.sequence + 1, last_modified=now,
                                  confirmed=False, cancelled=True)
        elif event is not None and (event.starts_at, event.ends_at) != (record.starts_at, record.ends_at):
            event = replace(event, sequence=max(event.sequence, record.sequence + 1))
        else:
            continue
        person = record.person if record.person_id is not None else None
        name = person_name(person) if person else (record.recipient_name or "")
        email = (person.email or "").strip() if person else (record.recipient_email or "")
        if person is not None and _address_problem(person) is not None:
            email = record.recipient_email or ""  # the address it was sent to still reaches them
        if not email:
            skipped.append(Skipped(name, Message(N_("no e-mail address"))))
            continue
        if presentation is not None and webinar is not None:
            slot = _slot(booking, presentation, event, series, _co_hosts(webinar, collaborations))
        else:
            slot = Slot(None, record.presentation_id, event, series.time_zone, None, ("", ""), ("", ""), "", "", "",
                        ("", ""))
        template_kind = "cancellation" if cancelled else "change"
        key = (person.id if person else email, template_kind)
        changes.setdefault(key, _Recipient(person, name, email, [])).slots.append(slot)
    drafts = [_draft(session, series, sender, r, kind, "CANCEL" if kind == "cancellation" else "REQUEST", now)
              for (_, kind), r in changes.items()]
    return DraftPlan(series.id, MessageKind.UPDATE, tuple(drafts), tuple(skipped), sender)


# --- after writing --------------------------------------------------------------------

def record_drafts(session: Session, plan: DraftPlan, *, mark_invited: bool = False,
                  now: datetime | None = None) -> int:
    """Remember what each presenter's calendar now holds (for later updates) and, with
    `mark_invited`, move the bookings still "to invite" to "invited" with today's date —
    in the caller's one transaction, so the window undoes it as one step. Returns how
    many bookings were marked."""
    from ocse_planner.services.bookings import change_status

    now = now or datetime.now(UTC)
    sent = _sent_records(session, plan.series_id)
    for draft in plan.drafts:
        if draft.calendar is None:
            continue
        for slot in draft.slots:
            event = slot.event
            record = sent.get((event.uid, draft.person_id))
            if record is None:
                record = SentInvitation(series_id=plan.series_id, uid=event.uid, person_id=draft.person_id,
                                        times_sent=0, first_sent_at=now)
                session.add(record)
                sent[(event.uid, draft.person_id)] = record
            record.presentation_id = slot.presentation_id
            if slot.booking_id is not None:
                record.booking_id = slot.booking_id
            record.recipient_name = draft.recipient_name[:300]
            record.recipient_email = draft.recipient_email
            record.sequence = event.sequence
            record.starts_at, record.ends_at, record.time_zone = event.starts_at, event.ends_at, event.time_zone
            record.summary = event.summary[:1000]
            record.kind = draft.template_kind
            record.times_sent = (record.times_sent or 0) + 1
            record.last_sent_at = now
            record.cancelled = event.cancelled
    marked = 0
    if mark_invited:
        for draft in plan.drafts:
            for booking_id in draft.booking_ids:
                booking = session.get(Booking, booking_id)
                if booking is not None and BookingStatus(booking.status) == BookingStatus.TO_INVITE:
                    marked += change_status(session, booking.id, booking.version, BookingStatus.INVITED, now=now)
    session.flush()
    return marked


def check_kind(kind: str) -> MessageKind:
    try:
        return MessageKind(kind.replace("-", "_"))
    except ValueError:
        raise ValidationError("unknown kind of message: {kind}", field="kind", kind=kind) from None
