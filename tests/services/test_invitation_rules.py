"""Presenter messages, rule by rule: what each placeholder says, who is written to through
which contact, which bookings and webinars are left out and why, what an update sends.

The drafts are read as the plan holds them (subject, text, HTML, slots); how they are
written to .eml files is tests/services/test_invitations.py's and tests/export's."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from ocse_planner.db.enums import BookingStatus, CollaborationRole, WebinarStatus
from ocse_planner.db.models import Booking, Collaboration, Organization, Person, SentInvitation, Webinar
from ocse_planner.services import message_templates as templates
from ocse_planner.services.errors import NotFoundError, ValidationError
from ocse_planner.services.invitations import MessageKind, check_kind, message_language, plan_drafts, record_drafts
from tests.services.scheduling_helpers import person_id

NOW = datetime(2022, 2, 1, 15, tzinfo=UTC)
SENDER = templates.Sender("Alex Organizer", "alex@example.gc.ca", "Alex, Public Safety", "Alex, Sécurité publique")
EVERY_PLACEHOLDER = "\n".join(f"{name}=[{{{name}}}]" for name in templates.PLACEHOLDERS)
NCECC = 4  # the demo's organization booked as a body (webinar 1, twice)


def _person(session, family: str) -> Person:  # type: ignore[no-untyped-def]
    return session.get(Person, person_id(session, family))


def _webinar(session, number: int) -> Webinar:  # type: ignore[no-untyped-def]
    return session.scalars(select(Webinar).where(Webinar.number == number)).one()


@pytest.fixture
def mail_db(demo_db):  # type: ignore[no-untyped-def]
    """The demo with addresses for Varcoe (Vancouver), Boyko (honorific, Toronto) and
    Marcoux (prefers French, Winnipeg), and the organizer's name and signatures."""
    with demo_db.write() as session:
        for family in ("Varcoe", "Boyko", "Marcoux"):
            _person(session, family).email = f"{family.lower()}@example.ca"
        _person(session, "Marcoux").preferred_language = "fr"
        templates.save_sender(session, SENDER)
    return demo_db


def _plan(db, kind: str = "confirmation", **options):  # type: ignore[no-untyped-def]
    with db.read() as session:
        return plan_drafts(session, 1, kind, now=options.pop("now", NOW), **options)


def _drafts(db, kind: str = "confirmation", **options) -> dict:  # type: ignore[no-untyped-def]
    return {d.recipient_email: d for d in _plan(db, kind, **options).drafts}


def _own_template(db, kind: str, en: tuple[str, str], fr: tuple[str, str] | None = None) -> None:  # type: ignore[no-untyped-def]
    with db.write() as session:
        templates.save_template(session, kind, "en", *en)
        templates.save_template(session, kind, "fr", *(fr or en))


def test_an_own_template_gets_every_placeholder_filled_in_as_documented(mail_db):
    with mail_db.write() as session:
        _webinar(session, 2).link = "https://example.ca/join-2"
        _webinar(session, 2).follow_up_link = "https://example.ca/recording-2"
    _own_template(mail_db, "confirmation", ("Confirmed {webinar_number}", EVERY_PLACEHOLDER))
    varcoe = _drafts(mail_db)["varcoe@example.ca"]
    assert varcoe.subject == "Confirmed 2"
    assert varcoe.text == (
        "salutation=[Colleen Varcoe]\n"
        "name=[Colleen Varcoe, PhD, RN]\n"
        "presentation_title=[Trauma- and Violence-informed Approaches: A structural and relational approach]\n"
        "webinar_title=[Best Practices in Trauma-informed Care and Supports when Working with Victims of Online "
        "Child Sexual Exploitation]\n"
        "webinar_number=[2]\n"
        "series_title=[Combatting Online Child Sexual Exploitation]\n"
        "date=[Tuesday, February 22, 2022]\n"
        "start=[1:10 p.m. EST]\n"
        "end=[1:30 p.m. EST]\n"
        "presenter_start=[10:10 a.m. PST]\n"
        "presenter_end=[10:30 a.m. PST]\n"
        "duration=[20 minutes]\n"
        "slots=[• Webinar 2: Best Practices in Trauma-informed Care and Supports when Working with Victims of "
        "Online Child Sexual Exploitation — “Trauma- and Violence-informed Approaches: A structural and "
        "relational approach”\n"
        "  Tuesday, February 22, 2022, 1:10 p.m. – 1:30 p.m. EST (10:10 a.m. – 10:30 a.m. PST, your time)]\n"
        "co_host=[Justice Canada]\n"
        "platform=[Zoom Webinar]\n"
        "link=[https://example.ca/join-2]\n"
        "recording_link=[https://example.ca/recording-2]\n"
        "reply_by=[Tuesday, February 8, 2022]\n"
        "organizer=[Alex Organizer]\n"
        "organizer_email=[alex@example.gc.ca]\n"
        "signature=[Alex, Public Safety]")


def test_a_french_message_says_every_placeholder_in_french(mail_db):
    with mail_db.write() as session:
        _webinar(session, 3).platform = None
    _own_template(mail_db, "confirmation", ("Confirmed {webinar_number}", EVERY_PLACEHOLDER),
                  ("Confirmé {webinar_number}", EVERY_PLACEHOLDER))
    marcoux = _drafts(mail_db)["marcoux@example.ca"]
    assert (marcoux.language, marcoux.subject) == ("fr", "Confirmé 3")
    lines = dict(line.split("=", 1) for line in marcoux.text.split("\n") if "=[" in line)
    assert lines["series_title"] == "[Lutte contre l'exploitation sexuelle des enfants en ligne]"
    assert lines["webinar_title"] == "[Sensibilisation du public et recherche sur l'exploitation sexuelle des enfants en ligne]"
    assert lines["presentation_title"] == "[Étude sur la disponibilité d'images d'abus pédosexuels sur Internet]"
    assert lines["date"] == "[le mardi 22 mars 2022]"
    assert (lines["start"], lines["end"]) == ("[14 h 10 (HAE)]", "[14 h 30 (HAE)]")
    assert (lines["presenter_start"], lines["presenter_end"]) == ("[13 h 10 (HAC)]", "[13 h 30 (HAC)]")
    assert lines["duration"] == "[20 minutes]"
    assert lines["reply_by"] == "[le mardi 8 février 2022]"
    assert lines["signature"] == "[Alex, Sécurité publique]"
    # webinar 3 has no co-host, no platform, no link: a dash, never an empty hole
    assert lines["co_host"] == lines["platform"] == lines["link"] == lines["recording_link"] == "[—]"
    assert "(13 h 10 à 13 h 30 (HAC), votre heure)" in marcoux.text


def test_the_salutation_is_honorific_and_family_name_else_given_and_family_name(mail_db):
    _own_template(mail_db, "confirmation", ("Hello", "{salutation}"))
    drafts = _drafts(mail_db)
    assert drafts["boyko@example.ca"].text == "Detective Constable Boyko"
    assert drafts["varcoe@example.ca"].text == "Colleen Varcoe"
    with mail_db.write() as session:
        _person(session, "Varcoe").given_name = ""
        boyko = _person(session, "Boyko")
        boyko.family_name, boyko.given_name = "", "Dayna"  # an honorific needs a family name to go with
    drafts = _drafts(mail_db)
    assert drafts["varcoe@example.ca"].text == "Varcoe"
    assert drafts["boyko@example.ca"].text == "Dayna"


def test_a_presenter_on_the_series_clock_gets_one_time_only(mail_db):
    """Boyko is in Toronto like the series; Varcoe moved to Montréal, a different zone on the same clock."""
    with mail_db.write() as session:
        _person(session, "Varcoe").time_zone = "America/Montreal"
    _own_template(mail_db, "confirmation", ("Hello", "{slots}|{presenter_start}"))
    drafts = _drafts(mail_db)
    assert drafts["boyko@example.ca"].text.endswith("Tuesday, February 22, 2022, 1:50 p.m. – 2:10 p.m. EST|1:50 p.m. EST")
    assert drafts["varcoe@example.ca"].text.endswith("Tuesday, February 22, 2022, 1:10 p.m. – 1:30 p.m. EST|1:10 p.m. EST")
    assert "your time" not in drafts["varcoe@example.ca"].text


def test_a_message_in_both_languages_puts_english_first_then_french(mail_db):
    with mail_db.write() as session:
        _person(session, "Boyko").languages = ["en", "fr"]
    _own_template(mail_db, "confirmation", ("Hello <{webinar_number}>", "Dear {salutation} & co\n\n\n\nline 1\nline 2"),
                  ("Bonjour {webinar_number}", "Bonjour {salutation}"))
    boyko = _drafts(mail_db)["boyko@example.ca"]
    assert boyko.language == "both"
    assert boyko.subject == "Hello <2> / Bonjour 2"
    assert boyko.text == ("(Le français suit)\n\nDear Detective Constable Boyko & co\n\n\n\nline 1\nline 2"
                          "\n\n* * *\n\nBonjour Detective Constable Boyko")
    assert "<title>Hello &lt;2&gt; / Bonjour 2</title>" in boyko.html
    # each edition in its own cell; paragraphs at blank lines, none empty; lines kept; text escaped
    assert ('<td lang="en-CA" style="vertical-align:top;padding:0 1em"><p>Dear Detective Constable Boyko &amp; co</p>'
            "<p>line 1<br>line 2</p></td>") in boyko.html
    assert '<td lang="fr-CA" style="vertical-align:top;padding:0 1em"><p>Bonjour Detective Constable Boyko</p></td>' in boyko.html
    # the calendar is named after the series in both languages
    assert boyko.calendar.name == ("Combatting Online Child Sexual Exploitation / "
                                   "Lutte contre l'exploitation sexuelle des enfants en ligne")


def test_the_message_language_prefers_the_persons_choice_then_the_one_language_spoken():
    assert message_language("both", ["en"]) == "both"
    assert message_language("en", ["fr"]) == "en"
    assert message_language("de", ["fr"]) == "fr"  # not a language messages are written in
    assert message_language(None, None) == "both"
    assert message_language(None, ["fr", "es"]) == "fr"  # only English and French count
    assert message_language(None, ["es"]) == "both"


def test_a_co_host_is_named_for_its_webinar_and_a_series_wide_one_for_every_webinar(mail_db):
    with mail_db.write() as session:
        session.add(Collaboration(organization_id=5, series_id=1, role=CollaborationRole.CO_HOST))  # series-wide
    _own_template(mail_db, "confirmation", ("Hello", "{co_host}"))
    drafts = _drafts(mail_db)
    with mail_db.read() as session:
        from ocse_planner.services.names import organization_short

        justice = organization_short(session.get(Organization, 2), "en")
        cccp_en = organization_short(session.get(Organization, 5), "en")
        cccp_fr = organization_short(session.get(Organization, 5), "fr")
    assert cccp_en != cccp_fr
    assert drafts["varcoe@example.ca"].text == f"{justice}, {cccp_en}"  # webinar 2's own, then the series'
    assert drafts["marcoux@example.ca"].text == cccp_fr  # webinar 3: the series' only, in French


@pytest.mark.parametrize(("contacts", "expected"), [
    ([("Varcoe", None), ("Boyko", 1)], "boyko@example.ca"),  # the webinar's own contact first
    ([("Boyko", 2), ("Varcoe", None)], "varcoe@example.ca"),  # then the series' contact
    ([("Boyko", 2)], "boyko@example.ca"),  # else another webinar's
])
def test_an_organization_is_written_to_through_its_contact_for_that_webinar_first(mail_db, contacts, expected):
    with mail_db.write() as session:
        for family, webinar_number in contacts:
            webinar_id = _webinar(session, webinar_number).id if webinar_number else None
            session.add(Collaboration(organization_id=NCECC, series_id=1, webinar_id=webinar_id,
                                      role=CollaborationRole.PRESENTING_ORGANIZATION,
                                      contact_person_id=person_id(session, family)))
    drafts = _drafts(mail_db, webinar_number=1)
    assert list(drafts) == [expected]
    assert len(drafts[expected].slots) == 2  # NCECC's two talks, in one message


def test_a_cancelled_webinar_gets_no_message_and_one_without_a_date_is_named(mail_db):
    with mail_db.write() as session:
        _webinar(session, 3).status = WebinarStatus.CANCELLED
    assert "marcoux@example.ca" not in _drafts(mail_db)
    with mail_db.write() as session:
        _webinar(session, 2).starts_at = None
    plan = _plan(mail_db, webinar_number=2)
    assert plan.drafts == ()
    assert ("Colleen Varcoe, PhD, RN", "webinar 2 has no date and time yet") in {
        (s.name, s.reason.message()) for s in plan.skipped}


def test_a_missing_series_or_webinar_is_an_error(mail_db):
    with mail_db.read() as session:
        with pytest.raises(NotFoundError, match="no series with id 99"):
            plan_drafts(session, 99, "invitation", now=NOW)
        with pytest.raises(NotFoundError, match="the series has no webinar 9"):
            plan_drafts(session, 1, "invitation", webinar_number=9, now=NOW)


def test_only_the_chosen_bookings_and_statuses_are_written_to(mail_db):
    with mail_db.read() as session:
        boyko = session.scalars(select(Booking.id).where(Booking.person_id == person_id(session, "Boyko"))).one()
    assert list(_drafts(mail_db, booking_ids=[boyko])) == ["boyko@example.ca"]
    assert _drafts(mail_db, booking_ids=[]) == {}
    assert _drafts(mail_db, statuses=["declined"]) == {}
    assert _drafts(mail_db, "invitation") == {}  # every demo booking is confirmed, none "to invite"
    assert set(_drafts(mail_db, "invitation", statuses=["confirmed", "invited"])) == {
        "varcoe@example.ca", "boyko@example.ca", "marcoux@example.ca"}


def test_an_address_with_spaces_around_is_used_trimmed_and_blank_is_no_address(mail_db):
    with mail_db.write() as session:
        _person(session, "Varcoe").email = "  varcoe@example.ca  "
        _person(session, "Boyko").email = "   "
    plan = _plan(mail_db, webinar_number=2)
    assert [d.recipient_email for d in plan.drafts] == ["varcoe@example.ca"]
    assert ("Detective Constable Dayna Boyko", "no e-mail address") in {
        (s.name, s.reason.message()) for s in plan.skipped}


def test_the_kind_of_message_is_read_with_dashes_or_underscores():
    assert check_kind("follow-up") is MessageKind.FOLLOW_UP
    assert check_kind("follow_up") is MessageKind.FOLLOW_UP
    with pytest.raises(ValidationError) as refused:
        check_kind("postcard")
    assert refused.value.message() == "unknown kind of message: postcard"
    assert [p.field for p in refused.value.problems] == ["kind"]


def _record(db, plan, **options) -> int:  # type: ignore[no-untyped-def]
    with db.write() as session:
        return record_drafts(session, plan, now=options.pop("now", NOW), **options)


def test_what_was_sent_is_remembered_and_counted_and_a_thank_you_is_not(mail_db):
    plan = _plan(mail_db, webinar_number=2)
    assert _record(mail_db, plan, mark_invited=True) == 0  # confirmed bookings stay confirmed
    _record(mail_db, plan, now=NOW + timedelta(days=1))
    with mail_db.read() as session:
        varcoe = session.scalars(select(SentInvitation).where(
            SentInvitation.person_id == person_id(session, "Varcoe"))).one()
        assert (varcoe.times_sent, varcoe.first_sent_at, varcoe.last_sent_at) == (2, NOW, NOW + timedelta(days=1))
        assert (varcoe.recipient_name, varcoe.recipient_email, varcoe.kind) == (
            "Colleen Varcoe, PhD, RN", "varcoe@example.ca", "confirmation")
        assert varcoe.booking_id == plan.drafts[0].slots[0].booking_id
        assert (varcoe.starts_at, varcoe.ends_at) == (datetime(2022, 2, 22, 18, 10, tzinfo=UTC),
                                                      datetime(2022, 2, 22, 18, 30, tzinfo=UTC))
        assert varcoe.time_zone == "America/Toronto" and varcoe.cancelled is False
        assert session.scalar(select(func.count()).select_from(SentInvitation)) == 2
        assert {b.status for b in session.scalars(select(Booking))} == {BookingStatus.CONFIRMED}
    _record(mail_db, _plan(mail_db, "thanks"))
    with mail_db.read() as session:
        assert session.scalar(select(func.count()).select_from(SentInvitation)) == 2


def _sent_then(db, change) -> dict:  # type: ignore[no-untyped-def]
    """Confirmations written for the whole series and recorded, then `change`d: the updates."""
    _record(db, _plan(db))
    with db.write() as session:
        change(session)
    return _plan(db, "update")


def test_a_declined_booking_or_a_cancelled_webinar_sends_a_cancellation(mail_db):
    def decline_boyko_cancel_webinar_3(session):  # type: ignore[no-untyped-def]
        session.scalars(select(Booking).where(Booking.person_id == person_id(session, "Boyko"))).one().status = \
            BookingStatus.DECLINED
        _webinar(session, 3).status = WebinarStatus.CANCELLED

    plan = _sent_then(mail_db, decline_boyko_cancel_webinar_3)
    drafts = {d.recipient_email: d for d in plan.drafts}
    assert set(drafts) == {"boyko@example.ca", "marcoux@example.ca"}  # Varcoe's time is unchanged
    assert {(d.template_kind, d.method) for d in drafts.values()} == {("cancellation", "CANCEL")}
    assert all(d.slots[0].event.cancelled for d in drafts.values())
    assert drafts["marcoux@example.ca"].subject.startswith("Annulation")


def test_updates_for_one_webinar_leave_the_others_out(mail_db):
    def move_webinars_2_and_3(session):  # type: ignore[no-untyped-def]
        _webinar(session, 2).starts_at += timedelta(hours=1)
        _webinar(session, 3).starts_at += timedelta(hours=1)

    _sent_then(mail_db, move_webinars_2_and_3)
    only_3 = _plan(mail_db, "update", webinar_number=3)
    assert [(d.recipient_email, d.template_kind) for d in only_3.drafts] == [("marcoux@example.ca", "change")]
    assert only_3.drafts[0].slots[0].event.starts_at == datetime(2022, 3, 22, 19, 10, tzinfo=UTC)


def test_a_booking_moved_to_another_talk_cancels_the_old_slot(mail_db):
    def move_boyko_to_varcoes_talk(session):  # type: ignore[no-untyped-def]
        boyko = session.scalars(select(Booking).where(Booking.person_id == person_id(session, "Boyko"))).one()
        varcoe = session.scalars(select(Booking).where(Booking.person_id == person_id(session, "Varcoe"))).one()
        boyko.presentation_id = varcoe.presentation_id

    plan = _sent_then(mail_db, move_boyko_to_varcoes_talk)
    assert [(d.recipient_email, d.template_kind) for d in plan.drafts] == [("boyko@example.ca", "cancellation")]


def test_an_update_reaches_the_address_it_was_sent_to_when_the_new_one_is_unusable(mail_db):
    def move_and_spoil_address(session):  # type: ignore[no-untyped-def]
        _webinar(session, 2).starts_at += timedelta(hours=1)
        _person(session, "Varcoe").email = "varcoe at example"
        _person(session, "Boyko").email = "dayna.boyko@example.ca"

    plan = _sent_then(mail_db, move_and_spoil_address)
    assert {d.recipient_email for d in plan.drafts} == {"varcoe@example.ca", "dayna.boyko@example.ca"}


def test_several_cancelled_slots_of_one_person_go_in_one_message(mail_db):
    with mail_db.write() as session:
        seto = _person(session, "Seto")
        seto.email = "seto@example.ca"
        session.add(Collaboration(organization_id=NCECC, series_id=1, role=CollaborationRole.PRESENTING_ORGANIZATION,
                                  contact_person_id=seto.id))

    def cancel_webinars_1_and_3(session):  # type: ignore[no-untyped-def]
        _webinar(session, 1).status = WebinarStatus.CANCELLED
        _webinar(session, 3).status = WebinarStatus.CANCELLED

    plan = _sent_then(mail_db, cancel_webinars_1_and_3)
    seto = [d for d in plan.drafts if d.recipient_email == "seto@example.ca"]
    assert len(seto) == 1 and len(seto[0].slots) == 3  # NCECC's two talks and his own
    assert [s.event.starts_at for s in seto[0].slots] == sorted(s.event.starts_at for s in seto[0].slots)


def test_a_presenter_cancelled_then_booked_again_gets_a_higher_sequence_and_no_second_cancellation(mail_db):
    def decline_boyko(session):  # type: ignore[no-untyped-def]
        session.scalars(select(Booking).where(Booking.person_id == person_id(session, "Boyko"))).one().status = \
            BookingStatus.DECLINED

    cancellation = _sent_then(mail_db, decline_boyko)
    sent = cancellation.drafts[0].slots[0].event.sequence
    _record(mail_db, cancellation)
    assert _plan(mail_db, "update").drafts == ()  # the cancellation was sent: nothing more to say
    with mail_db.write() as session:
        session.scalars(select(Booking).where(Booking.person_id == person_id(session, "Boyko"))).one().status = \
            BookingStatus.CONFIRMED
    again = _drafts(mail_db)["boyko@example.ca"]
    assert again.slots[0].event.sequence == sent + 1  # above the cancellation the calendar holds


def test_a_slot_reached_twice_is_listed_once(mail_db):
    """Seto is NCECC's contact and is booked himself on one of NCECC's talks too."""
    with mail_db.write() as session:
        seto = _person(session, "Seto")
        seto.email = "seto@example.ca"
        session.add(Collaboration(organization_id=NCECC, series_id=1, role=CollaborationRole.PRESENTING_ORGANIZATION,
                                  contact_person_id=seto.id))
        ncecc_talk = session.scalars(select(Booking.presentation_id).where(Booking.organization_id == NCECC)
                                     .order_by(Booking.id)).first()
        session.add(Booking(presentation_id=ncecc_talk, person_id=seto.id, status=BookingStatus.CONFIRMED))
    seto = _drafts(mail_db, webinar_number=1)["seto@example.ca"]
    assert len(seto.slots) == 2 and len({s.event.uid for s in seto.slots}) == 2


# --- rules the mutation run of invitations.py asked for (sample of 150, seed 11) ------------

def test_a_talk_deleted_after_its_message_was_sent_is_cancelled_as_the_calendar_had_it(mail_db):
    from ocse_planner.db.models import Presentation

    def delete_varcoes_talk(session):  # type: ignore[no-untyped-def]
        booking = session.scalars(select(Booking).where(Booking.person_id == person_id(session, "Varcoe"))).one()
        session.delete(session.get(Presentation, booking.presentation_id))

    with mail_db.read() as session:
        talk = session.scalars(select(Booking.presentation_id).where(
            Booking.person_id == person_id(session, "Varcoe"))).one()
    plan = _sent_then(mail_db, delete_varcoes_talk)
    [draft] = [d for d in plan.drafts if d.recipient_email == "varcoe@example.ca"]
    [slot] = draft.slots
    assert (draft.recipient_email, draft.template_kind, draft.method) == ("varcoe@example.ca", "cancellation", "CANCEL")
    assert (slot.booking_id, slot.presentation_id, slot.series_zone, slot.webinar_number) == (
        None, talk, "America/Toronto", None)
    assert (slot.webinar_title, slot.presentation_title, slot.link, slot.co_host) == (("", ""), ("", ""), "", ("", ""))
    assert slot.event.cancelled and slot.event.sequence == 1
    summary = ("Trauma- and Violence-informed Approaches: A structural and relational approach — webinar 2: Best "
               "Practices in Trauma-informed Care and Supports when Working with Victims of Online Child Sexual "
               "Exploitation")
    assert slot.event.summary == summary
    assert draft.subject == f"Cancelled: your presentation, {summary}"  # not "…, " with nothing after it
    assert f"\n\n• {summary}\n  Tuesday, February 22, 2022, 1:10 p.m. – 1:30 p.m. EST (10:10 a.m. – 10:30 a.m. PST, " \
           "your time)\n\n" in draft.text


def test_a_talk_without_a_french_title_is_named_by_its_english_title(mail_db):
    from ocse_planner.db.models import Presentation

    with mail_db.write() as session:
        booking = session.scalars(select(Booking).where(Booking.person_id == person_id(session, "Varcoe"))).one()
        session.get(Presentation, booking.presentation_id).title_fr = None
    [slot] = _drafts(mail_db)["varcoe@example.ca"].slots
    assert slot.title_in("en") == "Trauma- and Violence-informed Approaches: A structural and relational approach"


def test_an_update_with_no_address_left_to_write_to_is_named_as_skipped(mail_db):
    def move_and_lose_every_address(session):  # type: ignore[no-untyped-def]
        _webinar(session, 2).starts_at += timedelta(hours=1)
        _person(session, "Varcoe").email = None
        for record in session.scalars(select(SentInvitation).where(
                SentInvitation.person_id == person_id(session, "Varcoe"))):
            record.recipient_email = None  # as a file from before addresses were remembered

    plan = _sent_then(mail_db, move_and_lose_every_address)
    assert "varcoe@example.ca" not in {d.recipient_email for d in plan.drafts}
    assert [(s.name, s.reason.message()) for s in plan.skipped] == [("Colleen Varcoe, PhD, RN", "no e-mail address")]


def test_every_presenter_of_a_talk_without_a_date_is_named_not_only_the_first(mail_db):
    with mail_db.write() as session:
        varcoe = session.scalars(select(Booking).where(Booking.person_id == person_id(session, "Varcoe"))).one()
        session.add(Booking(presentation_id=varcoe.presentation_id, person_id=person_id(session, "Boyko"),
                            position=2, status=BookingStatus.CONFIRMED))
        _webinar(session, 2).starts_at = None
    skipped = [(s.name, s.reason.message()) for s in _plan(mail_db, webinar_number=2).skipped]
    named = [name for name, reason in skipped if reason == "webinar 2 has no date and time yet"]
    assert named[:2] == ["Colleen Varcoe, PhD, RN", "Detective Constable Dayna Boyko"]  # one talk, both presenters
    assert len(named) == 4


def test_two_co_hosts_are_listed_in_french_too(mail_db):
    with mail_db.write() as session:
        session.add(Collaboration(organization_id=5, series_id=1, role=CollaborationRole.CO_HOST))  # series-wide
        session.add(Collaboration(organization_id=2, series_id=1, webinar_id=_webinar(session, 3).id,
                                  role=CollaborationRole.CO_HOST))
    _own_template(mail_db, "confirmation", ("Hello", "{co_host}"))
    with mail_db.read() as session:
        from ocse_planner.services.names import organization_short

        expected = ", ".join(organization_short(session.get(Organization, i), "fr") for i in (5, 2))
    assert _drafts(mail_db)["marcoux@example.ca"].text == expected


def test_a_presenter_removed_from_the_directory_still_gets_the_cancellation_in_both_languages(mail_db):
    def decline_and_remove_boyko(session):  # type: ignore[no-untyped-def]
        boyko = _person(session, "Boyko")
        for booking in session.scalars(select(Booking).where(Booking.person_id == boyko.id)):
            session.delete(booking)
        session.flush()
        session.delete(boyko)

    plan = _sent_then(mail_db, decline_and_remove_boyko)
    [draft] = [d for d in plan.drafts if d.recipient_email == "boyko@example.ca"]
    assert (draft.person_id, draft.language, draft.template_kind) == (None, "both", "cancellation")
    assert draft.subject.startswith("Cancelled: ") and " / Annulation\u00a0: " in draft.subject


def test_the_date_is_the_series_own_even_when_it_is_already_tomorrow_in_utc(mail_db):
    with mail_db.write() as session:  # webinar 2 moved to 21:00 in Toronto: 02:10 the next day in UTC
        _webinar(session, 2).starts_at = datetime(2022, 2, 23, 2, 0, tzinfo=UTC)
    _own_template(mail_db, "confirmation", ("Hello", "{date}"))
    assert _drafts(mail_db, webinar_number=2)["varcoe@example.ca"].text == "Tuesday, February 22, 2022"


def test_recording_invitations_marks_them_invited_only_when_asked(mail_db):
    with mail_db.write() as session:
        varcoe = session.scalars(select(Booking).where(Booking.person_id == person_id(session, "Varcoe"))).one()
        varcoe.status, booking_id = BookingStatus.TO_INVITE, varcoe.id
    plan = _plan(mail_db, "invitation")
    assert [d.recipient_email for d in plan.drafts] == ["varcoe@example.ca"]
    assert _record(mail_db, plan) == 0
    with mail_db.read() as session:
        assert session.get(Booking, booking_id).status == BookingStatus.TO_INVITE  # drafts written, nothing sent yet
    assert _record(mail_db, plan, mark_invited=True) == 1
    with mail_db.read() as session:
        assert session.get(Booking, booking_id).status == BookingStatus.INVITED


def test_a_french_message_gives_one_time_to_a_presenter_on_the_series_clock(mail_db):
    with mail_db.write() as session:
        varcoe = _person(session, "Varcoe")
        varcoe.time_zone, varcoe.languages = "America/Montreal", ["fr"]  # another zone, the same clock
    text = _drafts(mail_db)["varcoe@example.ca"].text
    assert "13 h 10" in text and "votre heure" not in text


def test_a_signature_pasted_with_windows_line_ends_reads_as_its_lines_in_the_html(mail_db):
    with mail_db.write() as session:
        templates.save_sender(session, templates.Sender("Ana Host", "ana@example.ca", "Regards,\r\nAna\r\n\r\nPS: slides"))
    _own_template(mail_db, "confirmation", ("Hello", "Dear {salutation}\n\n{signature}"))
    html = _drafts(mail_db)["varcoe@example.ca"].html
    assert "<p>Regards,<br>Ana</p><p>PS: slides</p>" in html and "\r" not in html


def test_a_co_host_that_declined_is_not_named_to_presenters(mail_db):
    from ocse_planner.db.enums import CollaborationStatus

    with mail_db.write() as session:
        session.add(Collaboration(organization_id=5, series_id=1, role=CollaborationRole.CO_HOST,
                                  status=CollaborationStatus.DECLINED))
    _own_template(mail_db, "confirmation", ("Hello", "{co_host}"))
    with mail_db.read() as session:
        from ocse_planner.services.names import organization_short

        justice = organization_short(session.get(Organization, 2), "en")
    assert _drafts(mail_db)["varcoe@example.ca"].text == justice  # webinar 2's own only
