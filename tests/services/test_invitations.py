"""Presenter messages: written as .eml drafts and read back the way a mail client and a
calendar read them (email.message_from_binary_file, icalendar)."""

from __future__ import annotations

import email
import stat
from datetime import UTC, datetime, timedelta
from email.policy import default as default_policy
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy import select, update

from ocse_planner.db.enums import BookingStatus, CollaborationRole
from ocse_planner.db.models import Booking, Collaboration, Person, SentInvitation, Webinar
from ocse_planner.export.eml import write_drafts
from ocse_planner.services import journal
from ocse_planner.services import message_templates as templates
from ocse_planner.services.errors import ValidationError
from ocse_planner.services.invitations import message_language, plan_drafts, record_drafts
from tests.services.scheduling_helpers import person_id

NOW = datetime(2022, 2, 1, 15, tzinfo=UTC)
ORGANIZER = templates.Sender("Alex Organizer", "alex.organizer@example.gc.ca", "Alex Organizer\nPublic Safety Canada",
                             "Alex Organizer\nSécurité publique Canada")


def _person(session, family: str) -> Person:  # type: ignore[no-untyped-def]
    return session.get(Person, person_id(session, family))


@pytest.fixture
def invite_db(demo_db):  # type: ignore[no-untyped-def]
    """The demo with addresses for some presenters of webinar 2, its bookings back to "to invite"."""
    with demo_db.write() as session:
        _person(session, "Varcoe").email = "c.varcoe@example.ca"  # Vancouver, English
        _person(session, "Boisvert-Pilon").email = "gbp@example.ca"  # speaks French and English
        marcoux = _person(session, "Marcoux")
        marcoux.email, marcoux.preferred_language = "jm@example.ca", "fr"
        _person(session, "Boyko").email = "boyko@example.ca"
        # Kalra (webinar 2) has no address: skipped, with the reason
        webinar2 = session.scalars(select(Webinar).where(Webinar.number == 2)).one()
        for presentation in webinar2.presentations:
            for booking in presentation.bookings:
                booking.status = BookingStatus.TO_INVITE
        templates.save_sender(session, ORGANIZER)
    return demo_db


def _write(db, tmp_path: Path, kind: str = "invitation", **options) -> list:  # type: ignore[no-untyped-def]
    with db.read() as session:
        plan = plan_drafts(session, 1, kind, now=NOW, **options)
    written = write_drafts(plan, tmp_path / "drafts")
    messages = []
    for path in written.files:
        with open(path, "rb") as handle:
            messages.append(email.message_from_binary_file(handle, policy=default_policy))
    return plan, messages


def _calendar(message):  # type: ignore[no-untyped-def]
    parts = [p for p in message.walk() if p.get_content_type() == "text/calendar"]
    assert len(parts) == 1
    return Calendar.from_ical(parts[0].get_payload(decode=True))


def _text(message) -> str:  # type: ignore[no-untyped-def]
    return message.get_body(preferencelist=("plain",)).get_content()


def _by_recipient(messages) -> dict:  # type: ignore[no-untyped-def]
    return {m["To"].addresses[0].addr_spec: m for m in messages}


def test_one_draft_per_person_with_recipient_subject_and_both_time_zones(invite_db, tmp_path):
    plan, messages = _write(invite_db, tmp_path, webinar_number=2)
    found = _by_recipient(messages)
    assert set(found) == {"c.varcoe@example.ca", "gbp@example.ca", "boyko@example.ca"}
    varcoe = found["c.varcoe@example.ca"]
    assert varcoe["X-Unsent"] == "1"
    assert varcoe["From"].addresses[0].addr_spec == "alex.organizer@example.gc.ca"
    assert varcoe["Subject"].startswith("Invitation to present: ")
    body = _text(varcoe)
    assert body.startswith("Dear Colleen Varcoe,")
    # 13:10 EST in Ottawa is 10:10 PST in Vancouver: both are written
    assert "Tuesday, February 22, 2022, 1:10 p.m. – 1:30 p.m. EST (10:10 a.m. – 10:30 a.m. PST, your time)" in body
    assert "Alex Organizer\nPublic Safety Canada" in body
    event = _calendar(varcoe).walk("VEVENT")[0]
    assert str(_calendar(varcoe)["method"]) == "REQUEST"
    assert event.decoded("dtstart").astimezone(UTC) == datetime(2022, 2, 22, 18, 10, tzinfo=UTC)
    assert str(event["dtstart"].params["TZID"]) == "America/Toronto"
    assert str(event["attendee"]).lower() == "mailto:c.varcoe@example.ca"
    assert str(event["organizer"]).lower() == "mailto:alex.organizer@example.gc.ca"
    assert [(s.name, s.reason.message()) for s in plan.skipped] == [("Suvidha Kalra", "no e-mail address")]


def test_language_of_each_message(invite_db, tmp_path):
    assert message_language(None, ["en"]) == "en"
    assert message_language(None, ["fr"]) == "fr"
    assert message_language(None, ["fr", "en"]) == "both"
    assert message_language(None, []) == "both"
    assert message_language("fr", ["en"]) == "fr"
    _plan, messages = _write(invite_db, tmp_path, webinar_number=2)
    bilingual = _by_recipient(messages)["gbp@example.ca"]
    text = _text(bilingual)
    assert text.startswith("(Le français suit)\n\nDear Geneviève Boisvert-Pilon,")
    assert "Bonjour Geneviève Boisvert-Pilon," in text
    assert "13 h 30 à 13 h 50 (HNE)" in text  # the French half writes French times
    assert " / Invitation à présenter\u00a0: " in bilingual["Subject"]
    html = bilingual.get_body(preferencelist=("html",)).get_content()
    assert 'lang="en-CA"' in html and 'lang="fr-CA"' in html
    _plan, messages = _write(invite_db, tmp_path, webinar_number=3, statuses=["confirmed"])
    french = _by_recipient(messages)["jm@example.ca"]
    assert french["Subject"].startswith("Invitation à présenter")
    assert french["Content-Language"] == "fr-CA"
    assert "Dear" not in _text(french)


def test_a_person_with_several_slots_gets_one_message_listing_them(invite_db, tmp_path):
    """NCECC presents twice as an organization: its collaboration contact gets one message."""
    with invite_db.write() as session:
        seto = _person(session, "Seto")
        seto.email = "m.seto@example.ca"
        ncecc = session.scalars(select(Booking.organization_id).where(Booking.organization_id.is_not(None))).first()
        session.add(Collaboration(organization_id=ncecc, series_id=1, role=CollaborationRole.PRESENTING_ORGANIZATION,
                                  contact_person_id=seto.id))
    plan, messages = _write(invite_db, tmp_path, statuses=["confirmed"])
    to_seto = [m for m in messages if m["To"].addresses[0].addr_spec == "m.seto@example.ca"]
    assert len(to_seto) == 1
    assert len(_calendar(to_seto[0]).walk("VEVENT")) == 3  # two NCECC slots (webinar 1) and his own (webinar 3)
    assert _text(to_seto[0]).count("• Webinar") == 3
    assert len({m["To"].addresses[0].addr_spec for m in messages}) == len(messages)


def test_an_organization_without_a_contact_is_skipped_with_the_reason(invite_db, tmp_path):
    plan, _messages = _write(invite_db, tmp_path, webinar_number=1, statuses=["confirmed"])
    reasons = {s.name: s.reason.message() for s in plan.skipped}
    assert any("National Child Exploitation" in name and "contact person" in reason
               for name, reason in reasons.items())
    assert len(plan.skipped) == len(reasons)  # named once although booked twice


@pytest.mark.file_only  # PostgreSQL stores no NUL and no 120,000-character name at all
@pytest.mark.parametrize("hostile", ["Colleen\r\nBcc: spy@evil.example", "Colleen\nX-Injected: 1",
                                     "Col\x00leen\x1b[31m", "إيمان " * 20_000])
def test_no_name_or_title_can_add_a_header(invite_db, tmp_path, hostile):
    # The forms refuse such text; a file written by another program may still hold it.
    with invite_db.write() as session:
        session.execute(update(Person).where(Person.family_name == "Varcoe").values(given_name=hostile))
        session.execute(update(Webinar).where(Webinar.number == 2).values(title="Webinar\r\nBcc: spy@evil.example"))
    _plan, messages = _write(invite_db, tmp_path, webinar_number=2)
    for message in messages:
        assert message["Bcc"] is None and message["X-Injected"] is None
        assert len(message.get_all("To")) == 1 and len(message.get_all("Subject")) == 1
        assert "\n" not in str(message["Subject"])


def test_drafts_folder_is_private(invite_db, tmp_path):
    _plan, _messages = _write(invite_db, tmp_path, webinar_number=2)
    folder = tmp_path / "drafts"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    files = list(folder.iterdir())
    assert files and all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)


def test_mark_invited_records_the_date_and_undoes_as_one_step(invite_db):
    with invite_db.read() as session:
        plan = plan_drafts(session, 1, "invitation", webinar_number=2, now=NOW)
    with invite_db.write() as session:
        marked, changes = journal.record(session, lambda s: record_drafts(s, plan, mark_invited=True, now=NOW))
    assert marked == 3  # Varcoe, Boisvert-Pilon, Boyko; Kalra (skipped) stays "to invite"
    with invite_db.read() as session:
        rows = {b.person.family_name: (b.status, b.invited_at) for b in session.scalars(select(Booking))
                if b.person and b.presentation.webinar.number == 2}
        assert rows["Varcoe"] == (BookingStatus.INVITED, NOW)
        assert rows["Kalra"] == (BookingStatus.TO_INVITE, None)
        assert session.scalar(select(SentInvitation.times_sent).where(
            SentInvitation.person_id == person_id(session, "Varcoe"))) == 1
    with invite_db.write() as session:
        journal.revert(session, changes)
    with invite_db.read() as session:
        assert {b.status for b in session.scalars(select(Booking)) if b.presentation.webinar.number == 2} == {
            BookingStatus.TO_INVITE}
        assert session.scalars(select(SentInvitation)).all() == []


def _sent_and_recorded(db):  # type: ignore[no-untyped-def]
    with db.read() as session:
        plan = plan_drafts(session, 1, "invitation", webinar_number=2, now=NOW)
    with db.write() as session:
        record_drafts(session, plan, mark_invited=True, now=NOW)
    return plan


def test_an_update_after_a_time_change_keeps_the_uid_and_raises_the_sequence(invite_db, tmp_path):
    first = _sent_and_recorded(invite_db)
    sent = {d.recipient_email: d.slots[0].event for d in first.drafts}
    with invite_db.read() as session:
        assert plan_drafts(session, 1, "update", now=NOW).drafts == ()  # nothing changed yet
    with invite_db.write() as session:
        webinar = session.scalars(select(Webinar).where(Webinar.number == 2)).one()
        webinar.starts_at += timedelta(hours=1)
    plan, messages = _write(invite_db, tmp_path, kind="update")
    assert len(messages) == 3
    varcoe = _by_recipient(messages)["c.varcoe@example.ca"]
    event = _calendar(varcoe).walk("VEVENT")[0]
    assert str(_calendar(varcoe)["method"]) == "REQUEST"
    assert str(event["uid"]) == sent["c.varcoe@example.ca"].uid
    assert int(event["sequence"]) > sent["c.varcoe@example.ca"].sequence
    assert event.decoded("dtstart").astimezone(UTC) == datetime(2022, 2, 22, 19, 10, tzinfo=UTC)
    assert varcoe["Subject"].startswith("Change of time")
    assert "11:10 a.m. – 11:30 a.m. PST, your time" in _text(varcoe)
    with invite_db.write() as session:
        record_drafts(session, plan, now=NOW)
    with invite_db.read() as session:
        assert plan_drafts(session, 1, "update", now=NOW).drafts == ()  # once written, it is settled


def test_a_removed_booking_yields_a_cancellation(invite_db, tmp_path):
    first = _sent_and_recorded(invite_db)
    varcoe = next(d for d in first.drafts if d.recipient_email == "c.varcoe@example.ca")
    with invite_db.write() as session:
        session.delete(session.get(Booking, varcoe.slots[0].booking_id))
    _plan, messages = _write(invite_db, tmp_path, kind="update")
    assert [m["To"].addresses[0].addr_spec for m in messages] == ["c.varcoe@example.ca"]
    cal = _calendar(messages[0])
    event = cal.walk("VEVENT")[0]
    assert str(cal["method"]) == "CANCEL"
    assert str(event["status"]) == "CANCELLED"
    assert str(event["uid"]) == varcoe.slots[0].event.uid
    assert int(event["sequence"]) == varcoe.slots[0].event.sequence + 1
    assert messages[0]["Subject"].startswith("Cancelled")


def test_templates_refuse_unknown_placeholders_naming_them(invite_db, tmp_path):
    with invite_db.write() as session, pytest.raises(ValidationError) as refused:
        templates.save_template(session, "invitation", "en", "Hello {webinar_tilte}", "Dear {salutaton}, {slots}")
    assert "{webinar_tilte}" in refused.value.message() and "{salutaton}" in refused.value.message()
    assert {p.field for p in refused.value.problems} == {"subject", "body"}
    with invite_db.write() as session, pytest.raises(ValidationError):
        templates.save_template(session, "invitation", "en", "Two\nlines", "{slots}")
    with invite_db.write() as session:
        templates.save_template(session, "invitation", "en", "Would you speak at {webinar_title}?",
                                "Hi {salutation}!\n\n{slots}\n\nReply by {reply_by}.\n{signature}")
    _plan, messages = _write(invite_db, tmp_path, webinar_number=2)
    varcoe = _by_recipient(messages)["c.varcoe@example.ca"]
    assert varcoe["Subject"].startswith("Would you speak at ")
    assert _text(varcoe).startswith("Hi Colleen Varcoe!")
    assert "Reply by Tuesday, February 8, 2022." in _text(varcoe)
    with invite_db.write() as session:
        templates.reset_template(session, "invitation", "en")
        assert not templates.get_template(session, "invitation", "en").customized


def test_every_built_in_template_uses_known_placeholders_only():
    for language, kinds in templates.DEFAULTS.items():
        assert set(kinds) == set(templates.KINDS), language
        for subject, body in kinds.values():
            assert templates.template_problems(subject, body) == []


def test_thank_you_gives_the_recording_link_without_a_calendar(invite_db, tmp_path):
    with invite_db.write() as session:
        webinar = session.scalars(select(Webinar).where(Webinar.number == 2)).one()
        webinar.follow_up_link = "https://example.ca/recording-2"
        for presentation in webinar.presentations:
            for booking in presentation.bookings:
                booking.status = BookingStatus.CONFIRMED
    _plan, messages = _write(invite_db, tmp_path, kind="thanks", webinar_number=2)
    varcoe = _by_recipient(messages)["c.varcoe@example.ca"]
    assert "https://example.ca/recording-2" in _text(varcoe)
    assert not [p for p in varcoe.walk() if p.get_content_type() == "text/calendar"]


def test_a_follow_up_goes_only_to_those_invited_long_enough_ago(invite_db):
    _sent_and_recorded(invite_db)  # Varcoe, Boisvert-Pilon and Boyko invited at NOW
    with invite_db.read() as session:
        assert plan_drafts(session, 1, "follow_up", webinar_number=2, now=NOW + timedelta(days=13)).drafts == ()
        later = plan_drafts(session, 1, "follow_up", webinar_number=2, now=NOW + timedelta(days=14))
    assert {d.recipient_email for d in later.drafts} == {"c.varcoe@example.ca", "gbp@example.ca", "boyko@example.ca"}
    assert all(d.subject.startswith("Following up") or "Suivi" in d.subject for d in later.drafts)


def test_a_slot_moved_by_the_item_before_it_still_gets_a_higher_sequence(invite_db, tmp_path):
    """Lengthening the opening remarks moves every talk after them without touching the
    talks' own records: the sequence still rises above what the presenters hold."""
    first = _sent_and_recorded(invite_db)
    sent = {d.recipient_email: d.slots[0].event for d in first.drafts}
    with invite_db.write() as session:
        webinar = session.scalars(select(Webinar).where(Webinar.number == 2)).one()
        webinar.presentations[0].duration_minutes += 5  # the opening remarks
    plan, messages = _write(invite_db, tmp_path, kind="update")
    event = _calendar(_by_recipient(messages)["c.varcoe@example.ca"]).walk("VEVENT")[0]
    assert str(event["uid"]) == sent["c.varcoe@example.ca"].uid
    assert int(event["sequence"]) == sent["c.varcoe@example.ca"].sequence + 1
    assert event.decoded("dtstart").astimezone(UTC) == datetime(2022, 2, 22, 18, 15, tzinfo=UTC)


def test_a_reminder_after_a_move_carries_a_higher_sequence_and_the_same_time_keeps_it(invite_db):
    first = _sent_and_recorded(invite_db)
    sent = {d.recipient_email: d.slots[0].event.sequence for d in first.drafts}
    with invite_db.read() as session:
        same = plan_drafts(session, 1, "reminder", webinar_number=2, statuses=["invited"], now=NOW)
    assert {d.recipient_email: d.slots[0].event.sequence for d in same.drafts} == sent  # nothing moved
    with invite_db.write() as session:
        webinar = session.scalars(select(Webinar).where(Webinar.number == 2)).one()
        webinar.presentations[0].duration_minutes += 5
    with invite_db.read() as session:
        moved = plan_drafts(session, 1, "reminder", webinar_number=2, statuses=["invited"], now=NOW)
    assert {d.recipient_email: d.slots[0].event.sequence for d in moved.drafts} == {
        email: sequence + 1 for email, sequence in sent.items()}


def test_an_address_that_is_not_one_is_skipped_with_the_reason(invite_db):
    with invite_db.write() as session:
        session.execute(update(Person).where(Person.family_name == "Boyko").values(email="boyko at example.ca"))
    with invite_db.read() as session:
        plan = plan_drafts(session, 1, "invitation", webinar_number=2, now=NOW)
    reasons = {s.name: s.reason.message() for s in plan.skipped}
    assert reasons["Detective Constable Dayna Boyko"] == "the e-mail address is not valid: boyko at example.ca"
    assert "boyko at example.ca" not in {d.recipient_email for d in plan.drafts}


def test_removing_the_series_personal_data_removes_what_presenters_were_sent(invite_db):
    from sqlalchemy import func

    from ocse_planner.services.personal_data import purge_personal_data

    _sent_and_recorded(invite_db)
    with invite_db.read() as session:
        assert session.scalar(select(func.count()).select_from(SentInvitation)) == 3
    purge_personal_data(invite_db, 1, backup=False)
    with invite_db.read() as session:
        assert session.scalar(select(func.count()).select_from(SentInvitation)) == 0
        # the people themselves are presenters, not attendees: they keep their addresses
        assert session.scalar(select(Person.email).where(Person.family_name == "Varcoe")) == "c.varcoe@example.ca"
