"""A person saved from the person form: what is stored, the first problem named, the
credit preview, the directory and deleting someone who still presents."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest

from ocse_planner.db.enums import AvailabilityKind, BookingStatus
from ocse_planner.db.models import Availability, Booking, Organization, Person, Presentation, Series, Webinar
from ocse_planner.services import people
from ocse_planner.services.availability import Window
from ocse_planner.services.errors import ChangedElsewhereError, ConflictError, NotFoundError, ValidationError
from ocse_planner.services.people import PersonInput

AVAILABLE = AvailabilityKind.AVAILABLE


def _window(**changes) -> Window:
    return Window(**{**Window(AVAILABLE, date(2023, 1, 9), date(2023, 1, 13)).__dict__, **changes})


def test_a_person_is_stored_trimmed_and_read_back(empty_db):
    with empty_db.write() as s:
        org = Organization(name="Royal Ottawa", acronym="ROMHC")
        s.add(org)
        s.flush()
        org_id = org.id
        person_id = people.create_person(s, PersonInput(
            given_name=" Michael ", family_name=" Seto ", honorific=" Dr. ", post_nominals=" PhD ",
            job_title=" Director ", organization_id=org_id, email=" m@example.org ", phone=" 613 ",
            time_zone=" America/Toronto ", languages=("en", "fr"), bio=" Researcher ",
            availability=(_window(start_date=date(2023, 2, 1), end_date=date(2023, 2, 1), note="Feb"),
                          _window(daily_start=time(9), daily_end=time(12), time_zone="Europe/Paris"))))
    with empty_db.read() as s:
        detail = people.get_person(s, person_id)
    assert detail.data == PersonInput(
        given_name="Michael", family_name="Seto", honorific="Dr.", post_nominals="PhD", job_title="Director",
        organization_id=org_id, email="m@example.org", phone="613", time_zone="America/Toronto",
        languages=("en", "fr"), bio="Researcher",
        availability=(_window(daily_start=time(9), daily_end=time(12), time_zone="Europe/Paris"),
                      _window(start_date=date(2023, 2, 1), end_date=date(2023, 2, 1), note="Feb")))
    with empty_db.write() as s:
        people.update_person(s, person_id, detail.version, PersonInput(given_name="Michael", family_name="Seto"))
    with empty_db.read() as s:
        row = s.get(Person, person_id)
        assert (row.honorific, row.post_nominals, row.job_title, row.email, row.phone, row.time_zone, row.bio) == (
            None,) * 7
        assert row.availabilities == [] and row.languages == []
        with pytest.raises(NotFoundError, match="^no person with id 999$"):
            people.get_person(s, 999)


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        (PersonInput(" ", " "), "name", "Give a given name or a family name."),
        (PersonInput("A", "", email="a@b"), "email", "The e-mail “a@b” is not an address like name@example.org."),
        (PersonInput("A", "", email="a b@c.org"), "email",
         "The e-mail “a b@c.org” is not an address like name@example.org."),
        (PersonInput("A", "", time_zone="Mars/Base"), "time_zone",
         "“Mars/Base” is not a known time zone; use a name like America/Toronto."),
        (PersonInput("A", "", languages=("en", "de")), "languages", "Unknown language code “de”."),
        (PersonInput("A", "", availability=(_window(), _window(time_zone="Mars/Base"))), "availability",
         "Availability row 2: “Mars/Base” is not a known time zone."),
        (PersonInput("A", "", availability=(_window(end_date=date(2023, 1, 8)),)), "availability",
         "Availability row 1: The window ends on 2023-01-08, before it starts on 2023-01-09."),
    ],
)
def test_the_first_problem_names_its_field(empty_db, data, field, message):
    with pytest.raises(ValidationError) as caught, empty_db.write() as s:
        people.create_person(s, data)
    assert (caught.value.field, str(caught.value)) == (field, message)


def test_a_family_name_alone_or_a_given_name_alone_is_a_name(empty_db):
    with empty_db.write() as s:
        people.create_person(s, PersonInput("", "Saliba"))
        people.create_person(s, PersonInput("Jad", "", email="jad@magnet.example.com", time_zone="UTC"))
    with empty_db.read() as s:
        assert s.query(Person).count() == 2


def test_a_missing_organization_is_refused(empty_db):
    with pytest.raises(ValidationError) as caught, empty_db.write() as s:
        people.create_person(s, PersonInput("A", "B", organization_id=999))
    assert caught.value.field == "organization"


@pytest.mark.parametrize(
    ("window", "field", "message"),
    [
        (_window(time_zone=" Mars/Base "), "time_zone",
         "“Mars/Base” is not a known time zone; use a name like America/Toronto."),
        (_window(end_date=date(2023, 1, 1)), "end_date", "The window ends on 2023-01-01, before it starts on 2023-01-09."),
        (_window(daily_end=time(10)), "daily_start", "The window needs both daily hours (from and to) or neither."),
        (_window(daily_start=time(10), daily_end=time(10)), "daily_end",
         "The daily hours must end after they start: from 10:00 a.m. to 10:00 a.m."),
    ],
)
def test_one_window_is_checked_field_by_field(window, field, message):
    with pytest.raises(ValidationError) as caught:
        people.validate_window(window)
    assert (caught.value.field, str(caught.value)) == (field, message)


def test_updating_one_window_in_place_bumps_the_persons_version(empty_db):
    with empty_db.write() as s:
        person_id = people.create_person(s, PersonInput("A", "B", availability=(_window(),)))
    with empty_db.read() as s:
        detail = people.get_person(s, person_id)
    window_id = detail.data.availability[0].id
    changed = _window(kind=AvailabilityKind.UNAVAILABLE, daily_start=time(8), daily_end=time(9),
                      time_zone=" America/Toronto ", note=" dentist ")
    with empty_db.write() as s:
        version = people.update_window(s, person_id, detail.version, window_id, changed)
    assert version > detail.version
    with empty_db.read() as s:
        record = s.get(Availability, window_id)
        assert (record.kind, record.daily_start, record.daily_end, record.time_zone, record.note) == (
            AvailabilityKind.UNAVAILABLE, time(8), time(9), "America/Toronto", "dentist")
    with pytest.raises(ChangedElsewhereError), empty_db.write() as s:
        people.update_window(s, person_id, detail.version, window_id, changed)  # the old version
    with pytest.raises(ChangedElsewhereError, match="deleted elsewhere"), empty_db.write() as s:
        people.update_window(s, person_id, None, 999, changed)
    with pytest.raises(ValidationError), empty_db.write() as s:
        people.update_window(s, person_id, None, window_id, _window(end_date=date(2020, 1, 1)))
    with empty_db.write() as s:
        people.update_window(s, person_id, None, window_id, _window(note=" ", time_zone=" "))
    with empty_db.read() as s:
        record = s.get(Availability, window_id)
        assert (record.note, record.time_zone) == (None, None)


def test_a_window_of_someone_else_is_not_changed(empty_db):
    with empty_db.write() as s:
        mine = people.create_person(s, PersonInput("A", "B"))
        theirs = people.create_person(s, PersonInput("C", "D", availability=(_window(),)))
    with empty_db.read() as s:
        window_id = people.get_person(s, theirs).data.availability[0].id
    with pytest.raises(ChangedElsewhereError), empty_db.write() as s:
        people.update_window(s, mine, None, window_id, _window(note="x"))


def test_the_credit_preview_prints_as_an_agenda_would(empty_db):
    with empty_db.write() as s:
        org = Organization(name="The Royal's Institute of Mental Health Research")
        s.add(org)
        s.flush()
        org_id = org.id
    with empty_db.read() as s:
        assert people.preview_credit(s, PersonInput(" Michael ", " Seto ", honorific=" Dr. ", post_nominals=" ",
                                                    job_title=" Director ", organization_id=org_id)) == (
            "Dr. Michael Seto — Director, The Royal's Institute of Mental Health Research")
        assert people.preview_credit(s, PersonInput("Colleen", "Varcoe", post_nominals="PhD, RN")) == (
            "Colleen Varcoe, PhD, RN")
        assert s.query(Person).count() == 0  # the preview stores nobody


def test_the_directory_shows_booking_statuses_in_the_selected_series(empty_db):
    with empty_db.write() as s:
        org = Organization(name="Magnet Forensics")
        jad = Person(given_name="Jad", family_name="Saliba", organization=org, email="j@m.example",
                     job_title="Founder", time_zone="America/Toronto", honorific="Mr.")
        ann = Person(given_name="Ann", family_name="Alpha")
        mine, other = Series(title="Mine", year=2023), Series(title="Other", year=2023)
        for series, status in ((mine, BookingStatus.CONFIRMED), (mine, BookingStatus.INVITED),
                               (mine, BookingStatus.CONFIRMED), (other, BookingStatus.DECLINED)):
            webinar = Webinar(number=len(series.webinars) + 1, title="W")
            series.webinars.append(webinar)
            talk = Presentation(position=1, title="T")
            talk.bookings.append(Booking(person=jad, status=status))
            webinar.presentations.append(talk)
        s.add_all([mine, other, ann])
        s.flush()
        ids = (mine.id, other.id, jad.id, ann.id, org.id)
    mine_id, other_id, jad_id, ann_id, org_id = ids
    with empty_db.read() as s:
        rows = people.directory(s, mine_id)
        assert [r.statuses for r in people.directory(s, other_id)] == [(), (BookingStatus.DECLINED,)]
        assert [r.statuses for r in people.directory(s, None)] == [(), ()]
    assert [(r.id, r.name, r.family_name) for r in rows] == [(ann_id, "Ann Alpha", "Alpha"),
                                                            (jad_id, "Mr. Jad Saliba", "Saliba")]
    jad_row = rows[1]
    assert (jad_row.job_title, jad_row.organization_id, jad_row.organization, jad_row.email, jad_row.time_zone) == (
        "Founder", org_id, "Magnet Forensics", "j@m.example", "America/Toronto")
    assert set(jad_row.statuses) == {BookingStatus.CONFIRMED, BookingStatus.INVITED}
    assert len(jad_row.statuses) == 2
    assert (rows[0].job_title, rows[0].organization, rows[0].email, rows[0].time_zone) == ("", "", "", "")


def test_someone_who_still_presents_cannot_be_deleted(empty_db):
    with empty_db.write() as s:
        busy = Person(given_name="Jad", family_name="Saliba")
        talks = [Presentation(position=n, title=f"T{n}") for n in (1, 2)]
        for talk in talks:
            talk.bookings.append(Booking(person=busy))
        series = Series(title="S", year=2023)
        series.webinars.append(Webinar(number=1, title="W"))
        series.webinars[0].presentations.extend(talks)
        s.add(series)
        s.flush()
        busy_id = busy.id
        free_id = people.create_person(s, PersonInput("Free", "Person"))
    with pytest.raises(ConflictError, match="^Jad Saliba is booked on 2 presentation"), empty_db.write() as s:
        people.delete_person(s, busy_id, None)
    with empty_db.write() as s:
        people.delete_person(s, free_id, None)
    with empty_db.read() as s:
        assert s.get(Person, free_id) is None and s.get(Person, busy_id) is not None


def test_the_french_job_title_and_the_language_to_write_in_are_kept_and_checked(empty_db):
    from tests.services.messages import refused

    with empty_db.write() as s:
        person_id = people.create_person(s, PersonInput("Dayna", "Boyko", job_title="Detective",
                                                        job_title_fr=" Détective ", preferred_language="fr"))
    with empty_db.read() as s:
        data = people.get_person(s, person_id).data
    assert (data.job_title_fr, data.preferred_language) == ("Détective", "fr")
    with empty_db.write() as s:
        people.update_person(s, person_id, None, PersonInput("Dayna", "Boyko", job_title_fr=" "))
    with empty_db.read() as s:
        row = s.get(Person, person_id)
        assert (row.job_title_fr, row.preferred_language) == (None, None)
    with pytest.raises(ValidationError) as caught, empty_db.write() as s:
        people.create_person(s, PersonInput("A", "B", preferred_language="de"))
    assert refused(caught.value) == ("ValidationError", "preferred_language", "Unknown language code “de”.",
                                     "Code de langue inconnu\u00a0: «\u00a0de\u00a0».")
    with pytest.raises(ValidationError) as caught, empty_db.write() as s:
        people.create_person(s, PersonInput("A", "B", organization_id=999))
    assert refused(caught.value) == ("ValidationError", "organization", "The chosen organization no longer exists.",
                                     "L'organisation choisie n'existe plus.")


def test_a_window_still_shown_keeps_its_row_and_a_changed_window_its_new_days(empty_db):
    with empty_db.write() as s:
        person_id = people.create_person(s, PersonInput("A", "B", availability=(
            _window(), _window(start_date=date(2023, 2, 1), end_date=date(2023, 2, 3)))))
    with empty_db.read() as s:
        detail = people.get_person(s, person_id)
    kept, dropped = detail.data.availability
    moved = replace(kept, start_date=date(2023, 3, 6), end_date=date(2023, 3, 10), note=" moved ",
                    time_zone=" Europe/Paris ")  # trimmed, as the window dialog stores them
    with empty_db.write() as s:
        people.update_person(s, person_id, detail.version, replace(
            detail.data, availability=(moved, _window(start_date=date(2023, 4, 3), end_date=date(2023, 4, 3)))))
    with empty_db.read() as s:
        rows = sorted((a.id, a.start_date, a.end_date, a.note, a.time_zone)
                      for a in s.get(Person, person_id).availabilities)
        assert s.get(Availability, dropped.id) is None
    assert rows[0] == (kept.id, date(2023, 3, 6), date(2023, 3, 10), "moved", "Europe/Paris")
    assert [r[1:] for r in rows[1:]] == [(date(2023, 4, 3), date(2023, 4, 3), None, None)]
    with empty_db.write() as s:
        people.update_window(s, person_id, None, kept.id, _window(start_date=date(2023, 5, 1),
                                                                  end_date=date(2023, 5, 2)))
    with empty_db.read() as s:
        record = s.get(Availability, kept.id)
        assert (record.start_date, record.end_date, record.kind) == (date(2023, 5, 1), date(2023, 5, 2), AVAILABLE)


def test_someone_who_still_presents_is_named_in_both_languages(empty_db):
    from tests.services.messages import refused

    with empty_db.write() as s:
        busy = Person(given_name="Jad", family_name="Saliba", honorific="Mr.")
        series = Series(title="S", year=2023)
        series.webinars.append(Webinar(number=1, title="W"))
        talk = Presentation(position=1, title="T")
        talk.bookings.append(Booking(person=busy))
        series.webinars[0].presentations.append(talk)
        s.add(series)
        s.flush()
        busy_id = busy.id
    with pytest.raises(ConflictError) as caught, empty_db.write() as s:
        people.delete_person(s, busy_id, None)
    assert refused(caught.value) == (
        "ConflictError", None, "Mr. Jad Saliba is booked on 1 presentation(s); remove those bookings first.",
        "Mr. Jad Saliba a des réservations pour 1\u00a0présentation(s); retirez d'abord ces réservations.")


def test_the_credit_preview_in_french_marks_an_english_job_title_unless_asked_not_to(empty_db):
    with empty_db.write() as s:
        org = Organization(name="Public Safety Canada", name_fr="Sécurité publique Canada")
        s.add(org)
        s.flush()
        data = PersonInput("Julie", "Chan", job_title="Senior Advisor", organization_id=org.id)
    with empty_db.read() as s:
        assert people.preview_credit(s, data, "fr") == "Julie Chan — [EN] Senior Advisor, Sécurité publique Canada"
        assert people.preview_credit(s, data, "fr", mark=False) == "Julie Chan — Senior Advisor, Sécurité publique Canada"
        assert people.preview_credit(s, replace(data, job_title_fr=" Conseillère "), "fr") == (
            "Julie Chan — Conseillère, Sécurité publique Canada")


def test_deleting_someone_changed_elsewhere_says_so_and_keeps_them(empty_db):
    from tests.services.messages import refused

    with empty_db.write() as s:
        person_id = people.create_person(s, PersonInput("Ann", "Lee"))
    with empty_db.read() as s:
        version = people.get_person(s, person_id).version
    with empty_db.write() as s:
        people.update_person(s, person_id, version, PersonInput("Ann", "Leigh"))
    with pytest.raises(ChangedElsewhereError) as caught, empty_db.write() as s:
        people.delete_person(s, person_id, version)
    assert refused(caught.value) == (
        "ChangedElsewhereError", None, "This person was changed elsewhere since you opened it; reload it and edit again.",
        "Cette personne a été modifiée ailleurs depuis que vous l'avez ouverte; rechargez-la et modifiez-la de nouveau.")
    with empty_db.read() as s:
        assert s.get(Person, person_id).family_name == "Leigh"
