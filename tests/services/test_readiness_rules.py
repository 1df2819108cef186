"""Readiness checklists and "this week", rule by rule: each computed item's due day and what
it says is missing, a webinar without a date or without bookings, the series' list in the
interface's language, and how "this week" names and orders what is due."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from ocse_planner.db.enums import BookingStatus, CollaborationStatus, SeriesStatus, WebinarStatus
from ocse_planner.db.models import Booking, Collaboration, Presentation, ReadinessItem, ReadinessTick, Series, Webinar
from ocse_planner.services import bookings, readiness, time_format
from ocse_planner.services.clone import CloneOptions, clone_series
from ocse_planner.services.collaborations import ActionInput, add_action
from ocse_planner.services.errors import NotFoundError, ValidationError
from ocse_planner.services.readiness import Check, ItemState
from ocse_planner.services.todo import Source, todo
from tests.services.scheduling_helpers import add_series_with_webinar

TODAY = date(2027, 1, 10)  # webinar 1 of the 2027 clone is on Tuesday 26 January 2027, webinar 2 on 23 February


@pytest.fixture
def plan(demo_db):  # type: ignore[no-untyped-def]
    """The demo's 2022 series cloned to 2027 (presenters kept to invite, partners kept)."""
    with demo_db.write() as s:
        result = clone_series(s, 1, CloneOptions(year=2027, keep_presenters=True, keep_partners=True))
    return demo_db, result.series_id


@pytest.fixture
def french_interface():  # type: ignore[no-untyped-def]
    time_format.set_language("fr")
    yield
    time_format.set_language(None)


def _webinar_id(db, series_id: int, number: int) -> int:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return s.scalar(select(Webinar.id).where(Webinar.series_id == series_id, Webinar.number == number))


def _computed(db, webinar_id: int, today: date = TODAY) -> dict:  # type: ignore[no-untyped-def]
    with db.read() as s:
        items = readiness.webinar_readiness(s, webinar_id, today=today).items
    return {i.check: i for i in items if i.check is not None}


def test_each_computed_item_is_due_its_own_days_before_the_webinar_and_says_what_is_missing(plan):
    db, sid = plan
    lines = _computed(db, _webinar_id(db, sid, 1))
    assert {c: (i.days_before, i.due_on) for c, i in lines.items()} == {
        Check.CO_HOST: (42, date(2026, 12, 15)), Check.INVITED: (42, date(2026, 12, 15)),
        Check.CONFIRMED: (21, date(2027, 1, 5)), Check.TITLES: (21, date(2027, 1, 5)),
        Check.LINK: (7, date(2027, 1, 19)), Check.AGENDA: (14, date(2027, 1, 12)),
        Check.FRENCH: (14, date(2027, 1, 12))}
    assert {c: i.detail for c, i in lines.items()} == {
        Check.CO_HOST: "1 of 1 co-host(s) not confirmed yet.",
        Check.INVITED: "Still to invite: Dyna Ibrahim; Royal Canadian Mounted Police (RCMP), National Child "
                       "Exploitation Crime Centre (NCECC); Jad Saliba.",  # the organization booked twice, named once
        Check.CONFIRMED: "0 of 4 presentations have a confirmed presenter.",
        Check.TITLES: "Placeholder titles: “Presentation 1”; “Presentation 2”; “Presentation 3”; “Presentation 4”.",
        Check.LINK: "No platform link yet.",
        Check.AGENDA: "", Check.FRENCH: ""}  # done: nothing to say
    assert [lines[c].title for c in Check] == [
        "Co-host collaboration confirmed", "Every presenter invited", "Every presentation has a confirmed presenter",
        "No placeholder titles", "Platform link set", "Agenda fits the webinar", "French texts complete"]


def test_a_webinar_without_a_date_has_nothing_overdue(plan):
    db, sid = plan
    webinar = _webinar_id(db, sid, 1)
    with db.write() as s:
        s.get(Webinar, webinar).starts_at = None
    with db.read() as s:
        r = readiness.webinar_readiness(s, webinar, today=TODAY)
    assert r.starts_on is None
    assert all(i.due_on is None for i in r.items)
    assert r.overdue == 0 and r.due > 0


def test_a_webinar_nobody_is_booked_for_is_neither_invited_nor_confirmed(empty_db):
    with empty_db.write() as s:
        add_series_with_webinar(s, "2027-03-02T13:00", talks=0, duration=10)
        webinar = s.scalar(select(Webinar.id))
    lines = _computed(empty_db, webinar, today=date(2027, 1, 1))
    assert (lines[Check.INVITED].state, lines[Check.INVITED].detail) == (ItemState.DUE, "No presenter booked yet.")
    assert (lines[Check.CONFIRMED].state, lines[Check.CONFIRMED].detail) == (
        ItemState.DUE, "No presentation on the agenda yet.")
    assert (lines[Check.CO_HOST].state, lines[Check.CO_HOST].detail) == (ItemState.NOT_APPLICABLE,
                                                                        "No co-host for this webinar.")


def test_an_agenda_running_past_the_end_says_by_how_much(empty_db):
    with empty_db.write() as s:
        add_series_with_webinar(s, "2027-03-02T13:00", talks=4, duration=60)  # 10 + 4 × 20 = 90 minutes
        webinar = s.scalar(select(Webinar.id))
    line = _computed(empty_db, webinar, today=date(2027, 1, 1))[Check.AGENDA]
    assert line.state is ItemState.DUE
    assert line.detail.startswith("runs 30 minutes past the end")


def test_a_held_webinar_keeps_what_was_done_and_checks_nothing_else(plan):
    db, sid = plan
    slides = _item_id(db, sid, "Slides received")
    webinar = _webinar_id(db, sid, 1)
    with db.write() as s:
        readiness.set_done(s, slides, webinar, date(2027, 1, 20))
        s.get(Webinar, webinar).status = WebinarStatus.HELD
    with db.read() as s:
        r = readiness.webinar_readiness(s, webinar, today=TODAY)
    states = {i.title: i.state for i in r.items}
    assert states["Slides received"] is ItemState.DONE
    assert states["Rehearsal held"] is ItemState.NOT_CHECKED
    assert states["Every presenter invited"] is ItemState.NOT_CHECKED
    assert not r.checked and r.overdue == r.due == 0
    with db.read() as s:
        assert webinar not in [w.webinar_id for w in readiness.upcoming_readiness(s, today=TODAY)]


def test_upcoming_webinars_are_listed_by_series_then_number(plan):
    db, sid = plan
    with db.write() as s:
        second = clone_series(s, 1, CloneOptions(year=2028)).series_id
    with db.read() as s:
        listed = [(r.series_id, r.number) for r in readiness.upcoming_readiness(s, today=TODAY)]
        in_series = [r.number for r in readiness.series_readiness(s, second, today=TODAY)]
    assert listed == [(sid, 1), (sid, 2), (sid, 3), (second, 1), (second, 2), (second, 3)]
    assert in_series == [1, 2, 3]


def _item_id(db, series_id: int, title: str) -> int:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return s.scalar(select(ReadinessItem.id).where(ReadinessItem.series_id == series_id,
                                                       ReadinessItem.title == title))


def test_days_before_run_from_0_to_365_and_a_title_up_to_300_characters(plan):
    db, sid = plan
    with db.write() as s:
        same_day = readiness.add_item(s, sid, "On the day", 0)
        year = readiness.add_item(s, sid, "x" * 300, 365)
        for days in (-1, 366):
            with pytest.raises(ValidationError, match="a number from 0 to 365") as refused:
                readiness.add_item(s, sid, "Too far", days)
            assert refused.value.problems[0].field == "days_before"
        with pytest.raises(ValidationError, match="at most 300 characters"):
            readiness.add_item(s, sid, "x" * 301)
        with pytest.raises(ValidationError, match="needs a title"):
            readiness.rename_item(s, same_day, " \t\n ")
        with pytest.raises(ValidationError):
            readiness.set_days_before(s, same_day, 366)
        readiness.set_days_before(s, same_day, 365)
    with db.read() as s:
        items = {i.id: i for i in readiness.manual_items(s, sid)}
    assert items[same_day].days_before == 365 and items[year].days_before == 365
    assert items[same_day].position == items[year].position - 1 == len(items) - 1
    with db.write() as s:
        default = readiness.add_item(s, sid, "A week before")
    with db.read() as s:
        assert s.get(ReadinessItem, default).days_before == 7


def test_the_list_of_a_missing_series_or_item_is_an_error(plan):
    db, _sid = plan
    with db.write() as s:
        with pytest.raises(NotFoundError):
            readiness.add_item(s, 99, "Anything")
        with pytest.raises(NotFoundError):
            readiness.add_default_items(s, 99)
        with pytest.raises(NotFoundError):
            readiness.set_days_before(s, 9999, 3)
        with pytest.raises(NotFoundError):
            readiness.webinar_readiness(s, 9999)


def test_an_item_added_or_renamed_in_french_is_titled_in_french(plan, french_interface):
    db, sid = plan
    slides = _item_id(db, sid, "Slides received")
    with db.write() as s:
        new = readiness.add_item(s, sid, "Lettres de remerciement", 2)
        readiness.rename_item(s, slides, "Diapositives reçues")
    with db.read() as s:
        assert (s.get(ReadinessItem, new).title, s.get(ReadinessItem, new).title_fr) == (
            "Lettres de remerciement", "Lettres de remerciement")
        assert (s.get(ReadinessItem, slides).title, s.get(ReadinessItem, slides).title_fr) == (
            "Slides received", "Diapositives reçues")
        listed = {i.id: i for i in readiness.manual_items(s, sid)}
    assert (listed[slides].title, listed[slides].title_en, listed[slides].title_fr) == (
        "Diapositives reçues", "Slides received", "Diapositives reçues")


def test_moving_the_last_item_down_does_nothing_and_moving_it_up_swaps_two(plan):
    db, sid = plan
    with db.read() as s:
        before = [i.id for i in readiness.manual_items(s, sid)]
    with db.write() as s:
        assert not readiness.move_item(s, before[-1], +1)
        assert readiness.move_item(s, before[0], +1)
    with db.read() as s:
        after = readiness.manual_items(s, sid)
    assert [i.id for i in after] == [before[1], before[0], *before[2:]]
    assert [i.position for i in after] == list(range(1, len(before) + 1))


def test_a_tick_with_a_note_only_is_kept_and_a_day_out_of_range_is_refused(plan):
    db, sid = plan
    slides, webinar = _item_id(db, sid, "Slides received"), _webinar_id(db, sid, 1)
    with db.write() as s:
        readiness.set_note(s, slides, webinar, "  asked twice  ")
        readiness.set_done(s, slides, webinar, None)  # no day, the note stays
        for day in (date(1899, 12, 31), date(1, 1, 1)):
            with pytest.raises(ValidationError, match="out of range"):
                readiness.set_done(s, slides, webinar, day)
        readiness.set_done(s, _item_id(db, sid, "Rehearsal held"), webinar, date(1900, 1, 1))
        readiness.set_done(s, _item_id(db, sid, "Reminder sent"), webinar, date(9999, 12, 31))
    with db.read() as s:
        ticks = {t.item_id: (t.done_on, t.note) for t in s.scalars(select(ReadinessTick))}
    assert ticks[slides] == (None, "asked twice")
    assert ticks[_item_id(db, sid, "Rehearsal held")] == (date(1900, 1, 1), None)
    assert ticks[_item_id(db, sid, "Reminder sent")][0] == date(9999, 12, 31)
    with db.write() as s:
        readiness.remove_item(s, slides)  # its ticks go with it
    with db.read() as s:
        assert s.scalar(select(ReadinessTick.id).where(ReadinessTick.item_id == slides)) is None


# --- this week ----------------------------------------------------------------------------

def _todo(db, days: int = 7, **options) -> list:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return todo(s, days=days, today=options.pop("today", TODAY), **options)


def test_an_invitation_is_due_six_weeks_before_and_a_follow_up_two_weeks_after_it(plan):
    db, sid = plan
    w2 = _webinar_id(db, sid, 2)
    with db.write() as s:
        booking = s.scalar(select(Booking).join(Presentation).where(Presentation.webinar_id == w2)
                           .order_by(Booking.id))
        bookings.change_status(s, booking.id, None, BookingStatus.INVITED, now=datetime(2027, 1, 1, 3, tzinfo=UTC))
    entries = {e.item_id: e for e in _todo(db, days=60) if e.source is Source.PRESENTER and e.webinar_id == w2}
    follow_up = entries.pop(booking.id)
    assert follow_up.due_on == date(2027, 1, 15) and not follow_up.overdue
    assert follow_up.text == "Follow up with Colleen Varcoe, PhD, RN about “Presentation 1”"
    assert follow_up.hint == ("Webinar 2 — Combatting Online Child Sexual Exploitation 2027; "
                              "invited 9 days ago, no answer")
    assert {e.due_on for e in entries.values()} == {date(2027, 1, 12)}  # 23 February less 42 days
    invite = next(iter(entries.values()))
    assert invite.hint == "Webinar 2 — Combatting Online Child Sexual Exploitation 2027; not invited yet"
    assert invite.text.startswith("Invite ") and invite.text.endswith("”")
    later = {e.item_id: e for e in _todo(db, days=60, follow_up_days=3)}
    assert later[booking.id].due_on == date(2027, 1, 4) and later[booking.id].overdue


def test_a_booking_on_a_webinar_without_a_date_or_in_a_completed_series_is_not_this_week(plan):
    db, sid = plan
    w2 = _webinar_id(db, sid, 2)
    with db.write() as s:
        s.get(Webinar, w2).starts_at = None
    assert not any(e.webinar_id == w2 for e in _todo(db, days=365))
    with db.write() as s:
        s.get(Series, sid).status = SeriesStatus.COMPLETED
    assert _todo(db, days=365) == []


def test_a_partner_action_is_named_with_its_organization_webinar_and_owner(plan):
    db, sid = plan
    with db.read() as s:
        series_wide = s.scalar(select(Collaboration.id).where(Collaboration.series_id == sid,
                                                              Collaboration.webinar_id.is_(None)))
        for_webinar_2 = s.scalar(select(Collaboration.id).where(Collaboration.series_id == sid,
                                                                Collaboration.webinar_id == _webinar_id(db, sid, 2)))
    with db.write() as s:
        logo = add_action(s, ActionInput(series_wide, "Send the logo", due_date=TODAY + timedelta(days=1)))
        add_action(s, ActionInput(for_webinar_2, "Book the room", due_date=TODAY - timedelta(days=1), owner="Alex"))
        add_action(s, ActionInput(series_wide, "Some day", due_date=None))
    actions = {e.text: e for e in _todo(db) if e.source is Source.PARTNER}
    assert set(actions) == {"Send the logo", "Book the room"}  # without a due date, not this week
    assert (actions["Send the logo"].item_id, actions["Send the logo"].series_id) == (logo, sid)  # what it opens
    assert actions["Send the logo"].hint == "Justice Canada — Combatting Online Child Sexual Exploitation 2027"
    assert actions["Book the room"].hint == ("Justice Canada, webinar 2 — Combatting Online Child Sexual "
                                             "Exploitation 2027; owner: Alex")
    assert actions["Book the room"].overdue and not actions["Send the logo"].overdue


def test_this_week_ends_on_its_last_day_and_ties_list_presenters_then_partners_then_checklist(plan):
    db, sid = plan
    entries = _todo(db, days=2)  # up to 12 January: webinar 2's invitations are due that very day
    assert max(e.due_on for e in entries) == date(2027, 1, 12)
    assert not any(e.due_on > date(2027, 1, 12) for e in _todo(db, days=2))
    on_the_12th = [e for e in entries if e.due_on == date(2027, 1, 12)]
    sources = [e.source for e in on_the_12th]
    assert sources == sorted(sources, key=[Source.PRESENTER, Source.PARTNER, Source.READINESS].index)
    presenters = [e.text for e in on_the_12th if e.source is Source.PRESENTER]
    assert presenters == sorted(presenters, key=str.casefold) and len(presenters) == 4
    assert _todo(db, days=-5) == _todo(db, days=0)  # no days back: what is due today and overdue
    assert all(e.due_on <= TODAY for e in _todo(db, days=0))
    checklist = next(e for e in entries if e.text == "Every presenter invited" and e.due_on == date(2027, 1, 12))
    assert checklist.hint.startswith("Webinar 2 — Combatting Online Child Sexual Exploitation 2027; Still to invite: ")
    slides = next(e for e in _todo(db, days=9) if e.text == "Slides received")
    assert slides.hint == "Webinar 1 — Combatting Online Child Sexual Exploitation 2027"  # nothing more to say


@pytest.fixture
def far_from_utc(monkeypatch):  # type: ignore[no-untyped-def]
    """The computer's clock in Auckland (UTC+13 in January): dates must not follow it."""
    import time

    monkeypatch.setenv("TZ", "Pacific/Auckland")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_this_week_dates_are_the_webinars_own_whatever_the_computers_time_zone(plan, far_from_utc):
    db, sid = plan
    w2 = _webinar_id(db, sid, 2)  # 23 February 2027, 13:00 in Toronto: already the 24th in Auckland
    with db.write() as s:
        booking = s.scalar(select(Booking).join(Presentation).where(Presentation.webinar_id == w2)
                           .order_by(Booking.id))
        bookings.change_status(s, booking.id, None, BookingStatus.INVITED, now=datetime(2027, 1, 1, 12, tzinfo=UTC))
    entries = [e for e in _todo(db, days=60) if e.source is Source.PRESENTER and e.webinar_id == w2]
    follow_up = next(e for e in entries if e.item_id == booking.id)
    assert follow_up.due_on == date(2027, 1, 15)  # 1 January in UTC (already the 2nd in Auckland) + 14 days
    assert follow_up.hint.endswith("invited 9 days ago, no answer")
    assert {e.due_on for e in entries if e.item_id != booking.id} == {date(2027, 1, 12)}


def test_only_bookings_still_to_invite_or_unanswered_need_a_presenter_follow_up(plan):
    db, sid = plan
    w3 = _webinar_id(db, sid, 3)
    with db.read() as s:
        ids = list(s.scalars(select(Booking.id).join(Presentation).where(Presentation.webinar_id == w3)
                             .order_by(Booking.id)))
    with db.write() as s:
        bookings.change_status(s, ids[0], None, BookingStatus.CONFIRMED)
        bookings.change_status(s, ids[1], None, BookingStatus.DECLINED)
        old = s.get(Booking, ids[2])  # "invited" in an older file: no invitation date, only the change of status
        old.status, old.invited_at, old.status_changed_at = BookingStatus.INVITED, None, datetime(2026, 12, 1, tzinfo=UTC)
    listed = {e.item_id: e for e in _todo(db, days=60) if e.source is Source.PRESENTER}
    assert ids[0] not in listed and ids[1] not in listed
    assert listed[ids[2]].due_on == date(2026, 12, 15) and listed[ids[2]].overdue
    assert listed[ids[2]].hint.endswith("invited 40 days ago, no answer")
    assert all(listed[i].text.startswith("Invite ") for i in ids[3:])


def test_a_webinar_without_a_date_leaves_its_invitations_out_and_the_others_in(plan):
    db, sid = plan
    w1, w2, w3 = (_webinar_id(db, sid, n) for n in (1, 2, 3))
    with db.write() as s:
        s.get(Webinar, w1).starts_at = None
        s.get(Webinar, w2).starts_at = None
    webinars = {e.webinar_id for e in _todo(db, days=60) if e.source is Source.PRESENTER}
    assert webinars == {w3}


def test_a_follow_up_due_today_is_due_not_overdue(plan):
    db, sid = plan
    with db.write() as s:
        booking = s.scalar(select(Booking).join(Presentation).where(
            Presentation.webinar_id == _webinar_id(db, sid, 3)).order_by(Booking.id))
        bookings.change_status(s, booking.id, None, BookingStatus.INVITED, now=datetime(2026, 12, 27, 15, tzinfo=UTC))
    entry = next(e for e in _todo(db) if e.item_id == booking.id and e.source is Source.PRESENTER)
    assert (entry.due_on, entry.overdue) == (TODAY, False)
    assert next(e for e in _todo(db, today=TODAY + timedelta(days=1))
                if e.item_id == booking.id and e.source is Source.PRESENTER).overdue


# --- rules the whole-module mutation run of readiness.py asked for -------------------------

def test_an_item_due_today_is_due_and_overdue_the_day_after(plan):
    db, sid = plan
    webinar = _webinar_id(db, sid, 1)  # 26 January 2027: the link and the slides are due on the 19th
    on_the_day = _computed(db, webinar, today=date(2027, 1, 19))[Check.LINK]
    assert (on_the_day.due_on, on_the_day.state) == (date(2027, 1, 19), ItemState.DUE)
    assert _computed(db, webinar, today=date(2027, 1, 20))[Check.LINK].state is ItemState.OVERDUE
    with db.read() as s:
        slides = [next(i for i in readiness.webinar_readiness(s, webinar, today=day).items
                       if i.title == "Slides received") for day in (date(2027, 1, 19), date(2027, 1, 20))]
    assert [i.state for i in slides] == [ItemState.DUE, ItemState.OVERDUE]


def test_a_cancelled_webinar_checks_nothing_and_is_not_upcoming(plan):
    db, sid = plan
    webinar = _webinar_id(db, sid, 2)
    with db.write() as s:
        s.get(Webinar, webinar).status = WebinarStatus.CANCELLED
    with db.read() as s:
        r = readiness.webinar_readiness(s, webinar, today=TODAY)
        upcoming = [w.webinar_id for w in readiness.upcoming_readiness(s, today=TODAY)]
    assert not r.checked and r.due == r.overdue == 0
    states = {i.title: i.state for i in r.items}
    assert states["Every presenter invited"] is states["Slides received"] is ItemState.NOT_CHECKED
    assert webinar not in upcoming and _webinar_id(db, sid, 1) in upcoming


def test_an_agenda_past_the_end_and_texts_without_french_say_exactly_what_is_wrong(empty_db):
    with empty_db.write() as s:
        add_series_with_webinar(s, "2027-03-02T13:00", talks=4, duration=60)
        webinar = s.scalar(select(Webinar.id))
    lines = _computed(empty_db, webinar, today=date(2027, 1, 1))
    assert lines[Check.AGENDA].detail == "runs 30 minutes past the end"
    # the webinar's title and its four talks; the series' own title is not this webinar's
    assert lines[Check.FRENCH].detail == "5 text(s) without French: French title missing for webinar 1, “Another webinar”."
    assert (lines[Check.TITLES].state, lines[Check.TITLES].detail) == (ItemState.DONE, "")


def test_due_days_count_from_the_webinars_own_date_not_the_utc_one(empty_db):
    with empty_db.write() as s:  # 20:00 in Vancouver is already 3 March in UTC
        add_series_with_webinar(s, "2027-03-02T20:00", zone="America/Vancouver", talks=1)
        webinar = s.scalar(select(Webinar.id))
    with empty_db.read() as s:
        r = readiness.webinar_readiness(s, webinar, today=date(2027, 1, 1))
    assert r.starts_on == date(2027, 3, 2)
    assert _computed(empty_db, webinar, today=date(2027, 1, 1))[Check.LINK].due_on == date(2027, 2, 23)


def test_a_series_without_webinars_has_no_checklists(empty_db):
    from ocse_planner.services.series import SeriesForm, create_series

    with empty_db.write() as s:
        series = create_series(s, SeriesForm(title="Not planned yet", year=2027)).id
    with empty_db.read() as s:
        assert readiness.series_readiness(s, series, today=TODAY) == []
        assert readiness.upcoming_readiness(s, today=TODAY) == []


def test_only_a_co_host_of_this_webinar_or_the_whole_series_is_the_co_host_item(plan):
    from ocse_planner.db.enums import CollaborationRole

    db, sid = plan
    w1, w3 = _webinar_id(db, sid, 1), _webinar_id(db, sid, 3)
    with db.write() as s:  # webinar 3 has no co-host; a promotion partner on it is not one
        org = s.scalar(select(Collaboration.organization_id).where(Collaboration.webinar_id == w1))
        s.add(Collaboration(series_id=sid, webinar_id=w3, organization_id=org, role=CollaborationRole.PROMOTION))
    lines = _computed(db, w3)
    assert (lines[Check.CO_HOST].state, lines[Check.CO_HOST].detail) == (ItemState.NOT_APPLICABLE,
                                                                        "No co-host for this webinar.")
    with db.write() as s:  # a co-host of the whole series co-hosts each webinar (as the messages name it)
        s.add(Collaboration(series_id=sid, webinar_id=None, organization_id=org, role=CollaborationRole.CO_HOST,
                            status=CollaborationStatus.CONFIRMED))
    lines = _computed(db, w3)
    assert (lines[Check.CO_HOST].state, lines[Check.CO_HOST].detail) == (ItemState.DONE, "")
    with db.write() as s:
        s.add(Collaboration(series_id=sid, webinar_id=w3, organization_id=org, role=CollaborationRole.CO_HOST))
    lines = _computed(db, w3)
    assert (lines[Check.CO_HOST].state, lines[Check.CO_HOST].detail) == (
        ItemState.DUE, "1 of 2 co-host(s) not confirmed yet.")
    assert _computed(db, w1)[Check.CO_HOST].detail == "1 of 2 co-host(s) not confirmed yet."
    with db.write() as s:  # another series' co-host is not this one's
        other = clone_series(s, sid, CloneOptions(year=2028, keep_partners=True)).series_id
    assert _computed(db, w3)[Check.CO_HOST].detail == "1 of 2 co-host(s) not confirmed yet."
    assert other != sid


def test_a_cloned_list_keeps_each_items_french_title_days_and_place(plan):
    db, sid = plan
    with db.write() as s:
        extra = readiness.add_item(s, sid, "Thank-you letters sent", 2)
        readiness.set_days_before(s, _item_id(db, sid, "Slides received"), 10)
        assert readiness.move_item(s, extra, -1)
        copy = clone_series(s, sid, CloneOptions(year=2028)).series_id
    with db.read() as s:
        original = [(i.position, i.title_en, i.title_fr, i.days_before) for i in readiness.manual_items(s, sid)]
        copied = [(i.position, i.title_en, i.title_fr, i.days_before) for i in readiness.manual_items(s, copy)]
    assert copied == original
    assert (4, "Slides received", "Diapositives reçues", 10) in copied
    assert copied[-2:] == [(8, "Thank-you letters sent", "", 2), (9, "Survey link ready", "Lien du sondage prêt", 1)]


def test_unticking_an_item_never_ticked_stores_nothing(plan):
    db, sid = plan
    slides, webinar = _item_id(db, sid, "Slides received"), _webinar_id(db, sid, 1)
    with db.write() as s:
        readiness.set_done(s, slides, webinar, None)
        readiness.set_note(s, slides, webinar, "   ")
    with db.read() as s:
        assert s.scalar(select(ReadinessTick.id)) is None
        line = next(i for i in readiness.webinar_readiness(s, webinar, today=TODAY).items if i.item_id == slides)
    assert (line.done_on, line.note, line.state) == (None, "", ItemState.DUE)


def test_an_item_added_or_renamed_in_english_leaves_the_french_title_alone(plan):
    db, sid = plan
    slides = _item_id(db, sid, "Slides received")
    with db.write() as s:
        new = readiness.add_item(s, sid, "Thank-you letters sent", 2)
        readiness.rename_item(s, slides, "Slides in hand")
    with db.read() as s:
        assert (s.get(ReadinessItem, new).title, s.get(ReadinessItem, new).title_fr) == ("Thank-you letters sent", None)
        assert (s.get(ReadinessItem, slides).title, s.get(ReadinessItem, slides).title_fr) == (
            "Slides in hand", "Diapositives reçues")


# --- rules the mutation run of todo.py asked for -------------------------------------------

def test_a_cancelled_webinar_or_an_archived_series_needs_nothing_this_week(plan):
    db, sid = plan
    w2 = _webinar_id(db, sid, 2)
    with db.write() as s:
        s.get(Webinar, w2).status = WebinarStatus.CANCELLED
    entries = _todo(db, days=365)
    assert entries and not any(e.webinar_id == w2 for e in entries)
    assert {e.webinar_id for e in entries if e.source is Source.PRESENTER} == {
        _webinar_id(db, sid, 1), _webinar_id(db, sid, 3)}
    with db.write() as s:
        s.get(Series, sid).status = SeriesStatus.ARCHIVED
    assert _todo(db, days=365) == []


def test_this_week_in_french_names_the_series_and_presentations_in_french(plan, french_interface):
    db, sid = plan
    with db.write() as s:
        series = s.get(Series, sid)
        series.title_fr = "Lutte contre l'exploitation sexuelle des enfants en ligne"
        booking = s.scalar(select(Booking).join(Presentation).where(
            Presentation.webinar_id == _webinar_id(db, sid, 2)).order_by(Booking.id))
        booking.presentation.title_fr = "Exposé 1"
        series_wide = s.scalar(select(Collaboration.id).where(Collaboration.series_id == sid,
                                                              Collaboration.webinar_id.is_(None)))
    with db.write() as s:
        add_action(s, ActionInput(series_wide, "Send the logo", due_date=TODAY + timedelta(days=1)))
    invite = next(e for e in _todo(db, days=60) if e.item_id == booking.id and e.source is Source.PRESENTER)
    assert invite.hint == "Webinar 2 — Lutte contre l'exploitation sexuelle des enfants en ligne 2027; not invited yet"
    assert invite.text == "Invite Colleen Varcoe, PhD, RN for “Exposé 1”"
    action = next(e for e in _todo(db) if e.source is Source.PARTNER)
    assert action.hint == "Justice Canada — Lutte contre l'exploitation sexuelle des enfants en ligne 2027"


def test_a_series_checklists_are_judged_on_the_day_asked_for(plan):
    db, sid = plan
    with db.read() as s:  # webinar 1's link is due on 19 January 2027
        on = {day: readiness.series_readiness(s, sid, today=day)[0] for day in (date(2027, 1, 19), date(2027, 1, 20))}
    assert [next(i for i in r.items if i.check is Check.LINK).state for r in on.values()] == [
        ItemState.DUE, ItemState.OVERDUE]


def test_a_checklist_names_its_webinar_and_each_hand_ticked_item_its_days_before(plan):
    db, sid = plan
    with db.read() as s:
        r = readiness.webinar_readiness(s, _webinar_id(db, sid, 1), today=TODAY)
    with db.read() as s:
        title = s.get(Webinar, r.webinar_id).title
    assert (r.number, r.title, r.series_id, r.starts_on) == (1, title, sid, date(2027, 1, 26))
    assert [(i.title, i.days_before, i.due_on) for i in r.items if i.manual][:4] == [
        ("Bios and photos received", 21, date(2027, 1, 5)),
        ("Simultaneous interpretation (EN/FR) booked", 28, date(2026, 12, 29)),
        ("Captioning (CART) booked", 28, date(2026, 12, 29)),
        ("Slides received", 7, date(2027, 1, 19))]


def test_this_week_names_an_organization_to_invite_in_the_interfaces_language(plan, french_interface):
    from ocse_planner.db.models import Organization

    db, sid = plan
    with db.write() as s:
        rcmp = s.scalar(select(Organization.id).where(Organization.name == "Royal Canadian Mounted Police"))
        talk = s.scalar(select(Presentation.id).where(Presentation.webinar_id == _webinar_id(db, sid, 3))
                        .order_by(Presentation.position.desc()))
        booking_id = bookings.book_organization(s, talk, rcmp)
    french = next(e for e in _todo(db, days=365) if e.item_id == booking_id)
    time_format.set_language(None)
    english = next(e for e in _todo(db, days=365) if e.item_id == booking_id)
    assert french.text.startswith("Invite Gendarmerie royale du Canada (GRC) for “")
    assert english.text.startswith("Invite Royal Canadian Mounted Police (RCMP) for “")


def test_every_series_checklists_follow_the_webinar_numbers_not_the_order_they_were_added(plan):
    db, sid = plan
    first, third = _webinar_id(db, sid, 1), _webinar_id(db, sid, 3)
    with db.write() as s:  # the first webinar added becomes number 3, the last number 1
        s.get(Webinar, first).number = 9
        s.flush()
        s.get(Webinar, third).number = 1
        s.flush()
        s.get(Webinar, first).number = 3
    with db.read() as s:
        mine = [r for r in readiness.upcoming_readiness(s, today=TODAY) if r.series_id == sid]
    assert [(r.number, r.webinar_id) for r in mine][::2] == [(1, third), (3, first)]
