"""Random sequences of saves, checked step by step against a plain in-memory model.

Hypothesis drives creating, editing and deleting series, webinars, people, bookings and
attendance records through the ORM in `Database.write()` transactions, the way services
save. The model predicts what the file must hold, including the saves the database must
refuse (a person who still presents somewhere, a second attendance row for the same
person and webinar): a refused save must leave nothing half-done. After every step the
file equals the model and `PRAGMA foreign_key_check` is clean.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, consumes, invariant, rule
from sqlalchemy import select

from ocse_planner.db import open_database
from ocse_planner.db.backup import copy_database
from ocse_planner.db.models import AttendanceRecord, Booking, Person, Presentation, Series, Webinar
from ocse_planner.services.errors import ConflictError

_TEMPLATE: dict[str, Path] = {}
titles = st.sampled_from(["Series A", "Series B", "Série C"]) | st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=30)
keys = st.sampled_from([f"person{i}@example.org" for i in range(6)])


def _template() -> Path:
    if "path" not in _TEMPLATE:
        folder = Path(tempfile.mkdtemp(prefix="ocse-sm-"))
        open_database(folder / "template.db").close()
        _TEMPLATE["path"] = folder / "template.db"
    return _TEMPLATE["path"]


class PlannerMachine(RuleBasedStateMachine):
    series = Bundle("series")
    webinars = Bundle("webinars")
    people = Bundle("people")

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="ocse-sm-"))
        self.db = open_database(copy_database(_template(), self.folder / "plan.db"))
        # The model: plain dicts of what the file must hold.
        self.m_series: dict[int, str] = {}
        self.m_webinars: dict[int, int] = {}  # webinar -> series
        self.m_people: dict[int, str] = {}
        self.m_bookings: dict[int, tuple[int, int]] = {}  # presentation -> (webinar, person)
        self.m_attendance: set[tuple[int, str]] = set()

    def teardown(self) -> None:
        self.db.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    # --- series --------------------------------------------------------------------
    @rule(target=series, title=titles)
    def create_series(self, title: str) -> int:
        taken = title in self.m_series.values()  # (title, year) is unique
        try:
            with self.db.write() as s:
                row = Series(title=title, year=2026)
                s.add(row)
                s.flush()
        except ConflictError:
            assert taken, "a new series with a free title was refused"
            return -1
        assert not taken, "two series with the same title and year"
        self.m_series[row.id] = title
        return row.id

    @rule(series_id=series, title=titles)
    def rename_series(self, series_id: int, title: str) -> None:
        taken = any(t == title for i, t in self.m_series.items() if i != series_id)
        try:
            with self.db.write() as s:
                row = s.get(Series, series_id)
                if row is None:
                    assert series_id not in self.m_series
                    return
                row.title = title
        except ConflictError:
            assert taken, "renaming to a free title was refused"
            return
        assert not taken, "renamed onto another series' title"
        self.m_series[series_id] = title

    @rule(series_id=consumes(series))
    def delete_series(self, series_id: int) -> None:
        with self.db.write() as s:
            row = s.get(Series, series_id)
            if row is not None:
                s.delete(row)
        self.m_series.pop(series_id, None)
        gone = {w for w, sid in self.m_webinars.items() if sid == series_id}
        self._forget_webinars(gone)

    # --- webinars --------------------------------------------------------------------
    @rule(target=webinars, series_id=series)
    def add_webinar(self, series_id: int) -> int:
        if series_id not in self.m_series:
            return -1
        with self.db.write() as s:
            number = 1 + sum(1 for sid in self.m_webinars.values() if sid == series_id)
            number = max(number, 1 + max((w.number for w in s.get(Series, series_id).webinars), default=0))
            row = Webinar(series_id=series_id, number=number, title=f"Session {number}")
            s.add(row)
            s.flush()
        self.m_webinars[row.id] = series_id
        return row.id

    @rule(webinar_id=consumes(webinars))
    def delete_webinar(self, webinar_id: int) -> None:
        with self.db.write() as s:
            row = s.get(Webinar, webinar_id)
            if row is not None:
                s.delete(row)
        self._forget_webinars({webinar_id})

    def _forget_webinars(self, gone: set[int]) -> None:
        for w in gone:
            self.m_webinars.pop(w, None)
        self.m_bookings = {p: wb for p, wb in self.m_bookings.items() if wb[0] not in gone}
        self.m_attendance = {a for a in self.m_attendance if a[0] not in gone}

    # --- people and bookings -----------------------------------------------------------
    @rule(target=people, name=titles)
    def add_person(self, name: str) -> int:
        with self.db.write() as s:
            row = Person(given_name=name, family_name="Tester")
            s.add(row)
            s.flush()
        self.m_people[row.id] = name
        return row.id

    @rule(person_id=people)
    def delete_person(self, person_id: int) -> None:
        presents = any(p == person_id for _, p in self.m_bookings.values())
        try:
            with self.db.write() as s:
                row = s.get(Person, person_id)
                if row is not None:
                    s.delete(row)
        except ConflictError:
            assert presents, "deleting a person who presents nowhere was refused"
            return
        assert not presents, "a person who presents somewhere was deleted"
        self.m_people.pop(person_id, None)

    @rule(webinar_id=webinars, person_id=people)
    def book(self, webinar_id: int, person_id: int) -> None:
        if webinar_id not in self.m_webinars or person_id not in self.m_people:
            return
        with self.db.write() as s:
            talk = Presentation(webinar_id=webinar_id, position=len(self.m_bookings) + 1, title="Talk")
            s.add(talk)
            s.add(Booking(presentation=talk, person_id=person_id))
            s.flush()
        self.m_bookings[talk.id] = (webinar_id, person_id)

    @rule(webinar_id=webinars, key=keys)
    def record_attendance(self, webinar_id: int, key: str) -> None:
        if webinar_id not in self.m_webinars:
            return
        duplicate = (webinar_id, key) in self.m_attendance
        try:
            with self.db.write() as s:
                s.add(AttendanceRecord(webinar_id=webinar_id, person_key=key, email=key, attended=True))
        except ConflictError:
            assert duplicate, "a first attendance record was refused"
            return
        assert not duplicate, "the same person was recorded twice for one webinar"
        self.m_attendance.add((webinar_id, key))

    # --- the file equals the model ---------------------------------------------------
    @invariant()
    def file_matches_model(self) -> None:
        with self.db.read() as s:
            assert dict(s.execute(select(Series.id, Series.title)).all()) == self.m_series
            assert dict(s.execute(select(Webinar.id, Webinar.series_id)).all()) == self.m_webinars
            assert dict(s.execute(select(Person.id, Person.given_name)).all()) == self.m_people
            bookings = s.execute(
                select(Presentation.id, Presentation.webinar_id, Booking.person_id)
                .join(Booking, Booking.presentation_id == Presentation.id)
            ).all()
            assert {p: (w, person) for p, w, person in bookings} == self.m_bookings
            rows = s.execute(select(AttendanceRecord.webinar_id, AttendanceRecord.person_key)).all()
            assert set(map(tuple, rows)) == self.m_attendance
            assert s.connection().exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []


PlannerMachine.TestCase.settings = settings(
    max_examples=12, stateful_step_count=20, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
TestPlannerMachine = PlannerMachine.TestCase
