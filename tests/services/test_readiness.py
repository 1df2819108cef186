"""Readiness checklists: computed items follow the data, ticks are per webinar, clones
carry the list without ticks, and "this week" merges the three sources in due order."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from ocse_planner.db.enums import AgendaItemKind, BookingStatus, CollaborationStatus, WebinarStatus
from ocse_planner.db.models import (
    DEFAULT_READINESS_ITEMS,
    Booking,
    Collaboration,
    Presentation,
    ReadinessItem,
    ReadinessTick,
    Series,
    Webinar,
)
from ocse_planner.services import bookings, readiness
from ocse_planner.services.agenda import ItemFields, add_item, set_fixed_start
from ocse_planner.services.clone import CloneOptions, clone_series
from ocse_planner.services.collaborations import ActionInput, add_action
from ocse_planner.services.errors import NotFoundError, ValidationError
from ocse_planner.services.readiness import Check, ItemState
from ocse_planner.services.series import SeriesForm, create_series
from ocse_planner.services.todo import Source, todo

TODAY = date(2027, 1, 10)  # webinar 1 of the 2027 clone is on 26 January 2027


@pytest.fixture
def plan(demo_db):
    """The demo's 2022 series cloned to 2027 (webinars to come, presenters kept to invite,
    partners kept), and its id."""
    with demo_db.write() as s:
        result = clone_series(s, 1, CloneOptions(year=2027, keep_presenters=True, keep_partners=True))
    return demo_db, result.series_id


def _webinar(s, series_id: int, number: int) -> Webinar:
    return s.scalar(select(Webinar).where(Webinar.series_id == series_id, Webinar.number == number))


def _line(db, webinar_id: int, *, check: Check | None = None, title: str | None = None,
          today: date = TODAY) -> readiness.ChecklistItem:
    with db.read() as s:
        items = readiness.webinar_readiness(s, webinar_id, today=today).items
    return next(i for i in items if (check is not None and i.check is check) or (title and i.title == title))


def test_the_checklist_has_the_seven_checks_then_the_series_list(plan):
    db, sid = plan
    with db.read() as s:
        w1 = _webinar(s, sid, 1)
        r = readiness.webinar_readiness(s, w1.id, today=TODAY)
    assert [i.check for i in r.items[:7]] == list(Check)
    assert [i.title for i in r.items[7:]] == [t for t, _, _ in DEFAULT_READINESS_ITEMS]
    assert r.starts_on == date(2027, 1, 26)
    slides = next(i for i in r.items if i.title == "Slides received")
    assert slides.due_on == date(2027, 1, 19) and slides.state is ItemState.DUE
    captions = next(i for i in r.items if i.title.startswith("Captioning"))
    assert captions.due_on == date(2026, 12, 29) and captions.state is ItemState.OVERDUE
    assert r.done + r.due + r.overdue + r.count(ItemState.NOT_APPLICABLE) == len(r.items)


def test_confirming_the_last_presenter_turns_the_item_done(plan):
    db, sid = plan
    with db.read() as s:
        w = _webinar(s, sid, 2)
        talks = [p.id for p in w.presentations if p.kind == AgendaItemKind.PRESENTATION]
        booking_ids = list(s.scalars(select(Booking.id).where(Booking.presentation_id.in_(talks))))
    *first, last = booking_ids
    with db.write() as s:
        for booking_id in first:
            bookings.change_status(s, booking_id, None, BookingStatus.CONFIRMED)
    line = _line(db, w.id, check=Check.CONFIRMED)
    assert line.state is not ItemState.DONE
    assert "3 of 4 presentations" in line.detail
    with db.write() as s:
        bookings.change_status(s, last, None, BookingStatus.CONFIRMED)
    assert _line(db, w.id, check=Check.CONFIRMED).state is ItemState.DONE
    # invited or later counts as invited; the confirmation did that too
    assert _line(db, w.id, check=Check.INVITED).state is ItemState.DONE


def test_a_booking_still_to_invite_keeps_every_presenter_invited_open(plan):
    db, sid = plan
    with db.read() as s:
        w = _webinar(s, sid, 2)
        ids = list(s.scalars(select(Booking.id).join(Presentation).where(Presentation.webinar_id == w.id)))
    with db.write() as s:
        for booking_id in ids[1:]:
            bookings.change_status(s, booking_id, None, BookingStatus.INVITED)
    line = _line(db, w.id, check=Check.INVITED)
    assert line.state is ItemState.DUE and "Still to invite" in line.detail
    with db.write() as s:
        bookings.change_status(s, ids[0], None, BookingStatus.DECLINED)
    assert _line(db, w.id, check=Check.INVITED).state is ItemState.DONE


def test_an_overlapping_agenda_item_turns_agenda_fits_open(plan):
    db, sid = plan
    with db.read() as s:
        w = _webinar(s, sid, 2)
    before = _line(db, w.id, check=Check.AGENDA)
    assert before.state is ItemState.DONE, before.detail
    with db.write() as s:
        talk = add_item(s, w.id, ItemFields(kind=AgendaItemKind.PRESENTATION, title="Late talk",
                                            duration_minutes=20), position=2)
        set_fixed_start(s, talk, 15)  # over the first talk
    after = _line(db, w.id, check=Check.AGENDA)
    assert after.state is ItemState.DUE
    assert after.detail


def test_an_overlap_within_the_webinar_turns_agenda_fits_open(plan):
    from ocse_planner.services.agenda import webinar_agenda

    db, sid = plan
    with db.read() as s:
        w = _webinar(s, sid, 3)
        third = webinar_agenda(s, w.id).items[2]
    with db.write() as s:
        set_fixed_start(s, third.id, third.offset_minutes - 5)  # 5 minutes over the item before it
    line = _line(db, w.id, check=Check.AGENDA)
    assert line.state is ItemState.DUE
    assert "overlaps" in line.detail and "past the end" not in line.detail


def test_co_host_placeholder_link_and_french_follow_the_data(plan):
    db, sid = plan
    with db.read() as s:
        w1, w3 = _webinar(s, sid, 1), _webinar(s, sid, 3)
        assert _line(db, w3.id, check=Check.CO_HOST).state is ItemState.NOT_APPLICABLE  # as webinar 3 of 2022
        assert _line(db, w1.id, check=Check.CO_HOST).state is ItemState.OVERDUE
        assert _line(db, w1.id, check=Check.LINK).state is ItemState.DUE  # the clone has no link yet
        assert _line(db, w1.id, check=Check.TITLES).state is ItemState.OVERDUE  # "Presentation 1"…
        assert "“Presentation 1”" in _line(db, w1.id, check=Check.TITLES).detail
    with db.write() as s:
        for c in s.scalars(select(Collaboration).where(Collaboration.webinar_id == w1.id)):
            c.status = CollaborationStatus.CONFIRMED
        webinar = s.get(Webinar, w1.id)
        webinar.link = "https://example.org/w1"
        for p in webinar.presentations:
            p.placeholder = False
        french_title = webinar.title_fr  # the clone keeps the French it copied…
        webinar.title_fr = None  # …until a French title goes missing
    assert _line(db, w1.id, check=Check.CO_HOST).state is ItemState.DONE
    assert _line(db, w1.id, check=Check.LINK).state is ItemState.DONE
    assert _line(db, w1.id, check=Check.TITLES).state is ItemState.DONE
    french = _line(db, w1.id, check=Check.FRENCH)
    assert french.state is ItemState.OVERDUE or french.state is ItemState.DUE
    assert "without French" in french.detail
    with db.write() as s:
        s.get(Webinar, w1.id).title_fr = french_title
    assert _line(db, w1.id, check=Check.FRENCH).state is ItemState.DONE


def test_ticks_are_per_webinar_with_a_date_and_a_note(plan):
    db, sid = plan
    with db.read() as s:
        w1, w2 = _webinar(s, sid, 1), _webinar(s, sid, 2)
        slides = s.scalar(select(ReadinessItem.id).where(ReadinessItem.series_id == sid,
                                                         ReadinessItem.title == "Slides received"))
    with db.write() as s:
        readiness.set_done(s, slides, w1.id, date(2027, 1, 8))
        readiness.set_note(s, slides, w2.id, "  Waiting for Dr. Seto  ")
    one = _line(db, w1.id, title="Slides received")
    two = _line(db, w2.id, title="Slides received")
    assert one.state is ItemState.DONE and one.done_on == date(2027, 1, 8)
    assert two.state is ItemState.DUE and two.note == "Waiting for Dr. Seto" and two.done_on is None
    with db.write() as s:
        readiness.set_done(s, slides, w1.id, None)
        readiness.set_note(s, slides, w2.id, "")
    with db.read() as s:  # an empty tick is not kept
        assert s.scalar(select(ReadinessTick.id).where(ReadinessTick.item_id == slides)) is None
    assert _line(db, w1.id, title="Slides received").state is ItemState.DUE


def test_a_held_webinar_has_nothing_due(demo_db):
    with demo_db.read() as s:
        for r in readiness.series_readiness(s, 1, today=TODAY):
            assert not r.checked and r.overdue == 0 and r.due == 0


def test_the_list_can_be_edited_and_reordered(plan):
    db, sid = plan
    with db.write() as s:
        new = readiness.add_item(s, sid, "  Thank-you letters\nsent ", 0)
        readiness.rename_item(s, new, "Thank-you letters drafted")
        readiness.set_days_before(s, new, 5)
        assert readiness.move_item(s, new, -1)
        assert not readiness.move_item(s, readiness.manual_items(s, sid)[0].id, -1)
    with db.read() as s:
        items = readiness.manual_items(s, sid)
    assert [i.title for i in items][-2:] == ["Thank-you letters drafted", "Survey link ready"]
    assert [i.position for i in items] == list(range(1, len(items) + 1))
    assert items[-2].days_before == 5
    with db.write() as s:
        readiness.remove_item(s, new)
        with pytest.raises(ValidationError):
            readiness.add_item(s, sid, "   ")
        with pytest.raises(ValidationError):
            readiness.add_item(s, sid, "x", 366)
        with pytest.raises(NotFoundError):
            readiness.rename_item(s, new, "gone")
    with db.read() as s:
        assert len(readiness.manual_items(s, sid)) == len(DEFAULT_READINESS_ITEMS)


def test_hostile_titles_are_kept_on_one_line_or_refused(plan):
    db, sid = plan
    with db.write() as s:
        rtl = readiness.add_item(s, sid, "تم إرسال الشرائح", 3)
        with pytest.raises(ValidationError):
            readiness.add_item(s, sid, "x" * 100_000)
    with db.read() as s:
        assert readiness.manual_items(s, sid)[-1].title == "تم إرسال الشرائح"
        assert rtl


def test_cloning_carries_the_list_and_clears_every_tick(plan):
    db, sid = plan
    with db.write() as s:
        custom = readiness.add_item(s, sid, "Thank-you letters sent", 2)
        w1 = _webinar(s, sid, 1)
        readiness.set_done(s, custom, w1.id, date(2027, 1, 2))
        readiness.set_note(s, custom, w1.id, "done early")
        copy = clone_series(s, sid, CloneOptions(year=2028)).series_id
    with db.read() as s:
        titles = [i.title for i in readiness.manual_items(s, copy)]
        assert titles == [i.title for i in readiness.manual_items(s, sid)]
        copy_webinars = [w.id for w in s.scalars(select(Webinar).where(Webinar.series_id == copy))]
        assert s.scalar(select(ReadinessTick.id).where(ReadinessTick.webinar_id.in_(copy_webinars))) is None
        assert s.scalar(select(ReadinessTick.id).where(ReadinessTick.webinar_id == w1.id)) is not None


def test_a_new_series_starts_with_the_default_list(empty_db):
    with empty_db.write() as s:
        record = create_series(s, SeriesForm(title="Next series", year=2027))
    with empty_db.read() as s:
        assert [i.title for i in readiness.manual_items(s, record.id)] == [t for t, _, _ in DEFAULT_READINESS_ITEMS]


def test_ticking_an_item_of_another_series_webinar_is_refused(plan):
    db, sid = plan
    with db.read() as s:
        held = s.scalar(select(Webinar.id).where(Webinar.series_id == 1))
        item = readiness.manual_items(s, sid)[0].id
    with db.write() as s, pytest.raises(NotFoundError):
        readiness.set_done(s, item, held, TODAY)


def test_this_week_merges_follow_ups_partner_actions_and_checklist_items_in_due_order(plan):
    db, sid = plan
    with db.write() as s:
        w2 = _webinar(s, sid, 2)
        booking = s.scalar(select(Booking).join(Presentation).where(Presentation.webinar_id == w2.id))
        bookings.change_status(s, booking.id, None, BookingStatus.INVITED,
                               now=datetime(2026, 12, 20, 15, tzinfo=UTC))
        collaboration = s.scalar(select(Collaboration.id).where(Collaboration.series_id == sid))
        add_action(s, ActionInput(collaboration, "Send the logo", due_date=TODAY + timedelta(days=2)))
        add_action(s, ActionInput(collaboration, "Sign the agreement", due_date=TODAY + timedelta(days=30)))
    entries = _todo(db)
    sources = {e.source for e in entries}
    assert sources == {Source.PRESENTER, Source.PARTNER, Source.READINESS}
    assert [e.due_on for e in entries] == sorted(e.due_on for e in entries)
    assert all(e.due_on <= TODAY + timedelta(days=7) for e in entries)
    assert [e.overdue for e in entries] == sorted((e.overdue for e in entries), reverse=True)
    follow_up = next(e for e in entries if e.item_id == booking.id)
    assert "invited 21 days ago, no answer" in follow_up.hint
    assert follow_up.due_on == date(2027, 1, 3) and follow_up.overdue
    assert any(e.text == "Send the logo" for e in entries)
    assert not any(e.text == "Sign the agreement" for e in entries)
    assert any(e.text == "Sign the agreement" for e in _todo(db, days=31))


def test_this_week_leaves_out_held_webinars_and_done_items(plan):
    db, sid = plan
    entries = _todo(db)
    assert all(e.series_id == sid for e in entries)  # the 2022 series is held
    with db.read() as s:
        w1 = _webinar(s, sid, 1)
        captions = s.scalar(select(ReadinessItem.id).where(ReadinessItem.series_id == sid,
                                                           ReadinessItem.title.like("Captioning%")))
    assert any(e.item_id == captions and e.webinar_id == w1.id for e in entries)
    with db.write() as s:
        readiness.set_done(s, captions, w1.id, TODAY)
        s.get(Webinar, _webinar(s, sid, 2).id).status = WebinarStatus.CANCELLED
    entries = _todo(db)
    assert not any(e.item_id == captions and e.webinar_id == w1.id for e in entries)
    assert not any(e.webinar_id == _webinar_id(db, sid, 2) for e in entries)


def _webinar_id(db, sid: int, number: int) -> int:
    with db.read() as s:
        return _webinar(s, sid, number).id


def _todo(db, days: int = 7):
    with db.read() as s:
        return todo(s, days=days, today=TODAY)


def test_the_series_list_lives_with_its_series(plan):
    db, sid = plan
    with db.write() as s:
        s.delete(s.get(Series, sid))
    with db.read() as s:
        assert s.scalar(select(ReadinessItem.id).where(ReadinessItem.series_id == sid)) is None


def test_an_item_is_due_on_its_day_and_overdue_the_day_after(plan):
    db, sid = plan
    with db.read() as s:
        w1 = _webinar(s, sid, 1)
    slides_day = date(2027, 1, 19)  # 7 days before 26 January
    assert _line(db, w1.id, title="Slides received", today=slides_day).state is ItemState.DUE
    assert _line(db, w1.id, title="Slides received", today=slides_day + timedelta(days=1)).state is ItemState.OVERDUE
    assert _line(db, w1.id, title="Slides received", today=slides_day - timedelta(days=1)).state is ItemState.DUE


def test_this_week_names_series_and_talks_in_the_interface_language(plan):
    """The French interface reads the series' and talks' French titles where written."""
    from ocse_planner import i18n

    db, sid = plan
    with db.read() as s:
        series = s.get(Series, sid)
        english, french = series.title, series.title_fr
        talk = s.scalar(select(Presentation).join(Webinar).where(Webinar.series_id == sid,
                                                                  Presentation.title_fr.is_not(None)))
        talk_en, talk_fr = talk.title, talk.title_fr
    assert french and talk_fr
    in_english = _todo(db, days=60)
    i18n.activate("fr")
    try:
        in_french = _todo(db, days=60)
    finally:
        i18n.activate("en")
    checklist = [e for e in in_french if e.source is Source.READINESS]
    assert checklist and all(french in e.hint and english not in e.hint for e in checklist)
    assert all(english in e.hint for e in in_english if e.source is Source.READINESS)
    invite = [e for e in in_french if e.source is Source.PRESENTER and talk_fr in e.text]
    assert invite and not any(talk_en in e.text for e in in_french if e.source is Source.PRESENTER)
