"""Every total of the attendee summary reconciles with its parts; reported and counted figures
stay apart; a source without registration data says "not recorded"."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from ocse_planner.db.models import AttendanceRecord
from ocse_planner.services import attendance_admin as admin
from ocse_planner.services.attendance_import import parse_report, plan_import, store_import
from ocse_planner.services.attendance_summary import (
    NOT_STATED,
    UNCLASSIFIED,
    SectorRowKind,
    attendance_summary,
)
from ocse_planner.services.sectors import ensure_default_rules
from tests.services.attendance_files import WEBINAR_1, write_template

TEAMS = Path(__file__).parent.parent / "importers" / "samples" / "teams_attendance_report.csv"
# A template file whose sector column holds a known sector, an unknown one and blanks.
WEBINAR_2 = [
    "Jo Martin,jo@helpline.example.org,Helpline,Victim services,yes,45",
    "Kim Lee,kim@space.example.org,Space agency,Astronautics,yes,30",  # no rule knows it: Unclassified
    "Noor Aziz,noor@example.org,,,yes,50",  # the field is there, left empty: Not stated
    "Max Roy,max@example.org,,,no,0",  # registered, did not attend
]


def _import(db, webinar_id: int, path: Path) -> None:
    with db.write() as session:
        ensure_default_rules(session)
        store_import(session, plan_import(session, webinar_id, parse_report(path)))


@pytest.fixture
def imported(demo_db, tmp_path):
    _import(demo_db, 1, write_template(tmp_path / "w1.csv", WEBINAR_1))
    _import(demo_db, 2, write_template(tmp_path / "w2.csv", WEBINAR_2))
    _import(demo_db, 3, TEAMS)  # no sector field, no registration data
    return demo_db


def test_every_total_reconciles_with_its_parts(imported):
    with imported.read() as session:
        s = attendance_summary(session, 1)
    attended = tuple(w.attended for w in s.webinars)
    assert all(a is not None and a > 0 for a in attended)
    # the counted sector table: each webinar's column adds up to its attendance…
    assert s.sector_column_totals() == attended
    for i in range(len(s.webinars)):
        assert sum(row.per_webinar[i] for row in s.sectors) == attended[i]
    # …each row's total is the sum of its webinars, and all rows add up to every attendance
    assert all(row.total == sum(v for v in row.per_webinar if v is not None) for row in s.sectors)
    assert sum(row.total for row in s.sectors) == s.total_attended == sum(attended)
    # the series figures come from the same records
    assert s.total_registered == sum(w.registered for w in s.webinars if w.registered is not None)
    assert s.returning_participants <= s.unique_participants <= s.total_attended
    with imported.read() as session:
        records = session.scalars(select(AttendanceRecord).where(AttendanceRecord.attended)).all()
    assert s.total_attended == len(records)


def test_not_stated_and_unclassified_are_told_apart(imported):
    with imported.read() as session:
        s = attendance_summary(session, 1)
    rows = {row.sector: row for row in s.sectors}
    assert rows[NOT_STATED].kind == SectorRowKind.NOT_STATED
    assert rows[UNCLASSIFIED].kind == SectorRowKind.UNCLASSIFIED
    # webinar 1: Li Wei's sector cell was empty; webinar 2: Noor's was; Kim's said "Astronautics"
    assert rows[NOT_STATED].per_webinar[:2] == (1, 1)
    assert rows[UNCLASSIFIED].per_webinar[1] == 1
    # the Teams file has no sector field at all: whoever no rule classifies is Unclassified
    assert rows[NOT_STATED].per_webinar[2] == 0
    assert rows[UNCLASSIFIED].per_webinar[2] > 0
    assert [row.sector for row in s.sectors][-2:] == [NOT_STATED, UNCLASSIFIED]  # after every sector


def test_a_source_without_registration_data_is_not_recorded_not_zero(imported):
    with imported.read() as session:
        s = attendance_summary(session, 1)
    teams = s.webinars[2]
    assert teams.has_records and teams.attended > 0
    assert teams.registered is None and not teams.registration_recorded and teams.rate is None
    assert s.webinars_with_registrations == 2
    assert s.total_registered == s.webinars[0].registered + s.webinars[1].registered == 8


def test_the_reported_total_survives_every_import_beside_the_counted_one(imported):
    with imported.read() as session:
        s = attendance_summary(session, 1)
    assert s.participants_reported == 611  # typed in from the 2022 report
    assert s.participants_counted == s.unique_participants and 0 < s.participants_counted < 611
    assert not hasattr(s, "participants")  # no single figure that silently picks one of the two


def test_hand_entered_sector_figures_are_reported_and_never_added_to_counts(imported):
    with imported.read() as session:
        law = next(r.sector_id for r in admin.list_sector_counts(session, 1) if r.sector == "Law enforcement")
    with imported.write() as session:
        admin.set_sector_count(session, 1, 1, law, 40)
    with imported.read() as session:
        s = attendance_summary(session, 1)
    counted = next(row for row in s.sectors if row.sector == "Law enforcement")
    reported = next(row for row in s.reported_sectors if row.sector == "Law enforcement")
    assert counted.per_webinar[0] == 1 and reported.per_webinar[0] == 40
    assert s.sector_column_totals()[0] == s.webinars[0].attended  # still reconciles
