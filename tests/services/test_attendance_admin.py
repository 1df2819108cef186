"""Summary totals, hand-entered figures, survey results, bulk fixes and the purge."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from ocse_planner.db.models import PersonalDataPurge, Sector
from ocse_planner.services import attendance_admin as admin
from ocse_planner.services.attendance_import import parse_report, plan_import, store_import
from ocse_planner.services.attendance_summary import attendance_summary, list_attendees
from ocse_planner.services.personal_data import personal_records, purge_personal_data
from ocse_planner.services.sectors import ensure_default_rules, save_sector
from ocse_planner.services.errors import ValidationError
from tests.services.attendance_files import WEBINAR_1, WEBINAR_2, write_template


def _load(db, tmp_path: Path) -> None:
    for webinar_id, rows in ((1, WEBINAR_1), (2, WEBINAR_2)):
        with db.write() as session:
            ensure_default_rules(session)
            store_import(session, plan_import(session, webinar_id, parse_report(
                write_template(tmp_path / f"w{webinar_id}.csv", rows))))


def _sector_id(db, name: str) -> int:
    with db.read() as session:
        return session.scalar(select(Sector.id).where(Sector.name == name))


def test_summary_totals_match_hand_counts(demo_db, tmp_path):
    _load(demo_db, tmp_path)
    with demo_db.read() as session:
        summary = attendance_summary(session, 1)
    w1, w2, w3 = summary.webinars
    assert (w1.registered, w1.attended, w1.average_minutes) == (4, 3, 40.0)
    assert w1.rate == pytest.approx(0.75)
    assert (w2.registered, w2.attended, w2.average_minutes) == (3, 3, pytest.approx(125 / 3))
    assert w3.registered is None
    assert summary.total_attended == 6
    assert summary.unique_participants == 4  # Dayna, Ana, Li, Jo (Sam never attended)
    assert summary.returning_participants == 2  # Dayna and Ana
    assert summary.participants_reported == 611
    sectors = {s.sector: s for s in summary.sectors}  # counted: 0 where a webinar had records, None without
    assert sectors["Law enforcement"].per_webinar == (1, 1, None)
    assert sectors["Federal government"].total == 2
    assert sectors["Victim services"].per_webinar == (0, 1, None)
    # Li Wei's example.net matches no rule and his sector cell is empty: not stated, not unclassified
    assert sectors["Not stated"].per_webinar == (1, 0, None) and "Unclassified" not in sectors
    assert summary.unclassified == (0, 0, None)
    assert summary.sector_column_totals() == (w1.attended, w2.attended, None)


def test_hand_entered_sector_counts_are_reported_figures(demo_db):
    law = _sector_id(demo_db, "Law enforcement")
    with demo_db.write() as session:
        admin.set_sector_count(session, 1, None, law, 120)
        admin.set_sector_count(session, 1, None, law, 130)  # replaces, no duplicate
        admin.set_sector_count(session, 1, 2, law, 40)
        admin.set_participants_reported(session, 1, 2, 250)
    with demo_db.read() as session:
        summary = attendance_summary(session, 1)
        counts = [c for c in admin.list_sector_counts(session, 1) if c.sector == "Law enforcement"]
    assert [(c.webinar_number, c.count) for c in counts] == [(None, 130), (2, 40)]
    law_row = next(s for s in summary.reported_sectors if s.sector == "Law enforcement")
    assert law_row.total == 170 and law_row.series_reported == 130 and law_row.per_webinar == (None, 40, None)
    assert summary.sectors == ()  # nothing counted: entered figures stay apart, labelled reported
    assert summary.webinars[1].reported == 250


def test_invalid_figures_are_refused_naming_the_field(demo_db):
    law = _sector_id(demo_db, "Law enforcement")
    with pytest.raises(ValidationError) as caught, demo_db.write() as session:
        admin.set_sector_count(session, 1, None, law, -3)
    assert caught.value.problems[0].field == "count"
    with pytest.raises(ValidationError) as caught, demo_db.write() as session:
        admin.save_survey_result(session, 1, None, statement=" ", percent_agree=120)
    assert {p.field for p in caught.value.problems} == {"statement", "percent_agree"}


def test_survey_results_can_be_added_edited_and_removed(demo_db):
    with demo_db.write() as session:
        new_id = admin.save_survey_result(session, 1, None, statement="Would attend again", percent_agree=91,
                                          responses=120, webinar_id=3)
    with demo_db.write() as session:
        admin.save_survey_result(session, 1, new_id, statement="Would attend again", percent_agree=79.5,
                                 approximate=True, responses=120, webinar_id=3)
    with demo_db.read() as session:
        rows = admin.list_survey(session, 1)
    assert [(r.webinar_number, r.percent_agree, r.approximate) for r in rows][-1] == (3, 79.5, True)
    with demo_db.write() as session:
        admin.delete_survey_result(session, new_id)
    with demo_db.read() as session:
        assert len(admin.list_survey(session, 1)) == 2


def test_unclassified_records_are_fixed_in_bulk_by_domain(demo_db, tmp_path):
    _load(demo_db, tmp_path)
    with demo_db.read() as session:
        groups = admin.unclassified_groups(session, 1)
    assert [(g.domain, g.records) for g in groups] == [("example.net", 1), ("okafor.example.com", 1)]
    education = _sector_id(demo_db, "Education")
    with demo_db.write() as session:
        assert admin.reclassify(session, 1, education, domain="@Example.net") == 1
    with demo_db.read() as session:
        summary = attendance_summary(session, 1)
    assert next(s for s in summary.sectors if s.sector == "Education").per_webinar[0] == 1
    assert summary.unclassified == (0, 0, None)


def test_sector_names_are_unique(demo_db):
    with pytest.raises(ValidationError), demo_db.write() as session:
        save_sector(session, None, "law ENFORCEMENT")


def test_remove_personal_data_keeps_aggregates_and_erases_the_addresses_from_the_file(demo_db, tmp_path):
    """A file is scrubbed and checked byte by byte; a team database cannot be, and says so."""
    _load(demo_db, tmp_path)
    with demo_db.read() as session:
        before = attendance_summary(session, 1)
    path = demo_db.path
    files = [path, path.with_name(path.name + "-wal")] if path is not None else []
    needle = b"dayna.boyko@torontopolice.on.ca"
    assert not files or any(f.exists() and needle in f.read_bytes() for f in files)

    result = purge_personal_data(demo_db, 1)

    assert result.records_purged == 7
    for f in files:
        if f.exists():
            data = f.read_bytes()
            assert needle not in data and b"Dayna Boyko" not in data and b"Okafor Consulting" not in data
    if path is None:
        assert "backups" in result.server_note and "administrator" in result.server_note
        assert "could not run" not in result.server_note  # the VACUUM ran
        assert result.backup is None and result.stale_backups == ()
    else:
        assert result.server_note is None
    with demo_db.read() as session:
        after = attendance_summary(session, 1)
        assert personal_records(session, 1) == 0
        assert session.scalar(select(func.count()).select_from(PersonalDataPurge)) == 1
        assert all(name is None and email is None for _n, name, email, *_ in list_attendees(session, 1))
    assert after.webinars == before.webinars
    assert after.sectors == before.sectors
    assert (after.unique_participants, after.returning_participants) == (4, 2)


def test_edited_rules_can_be_applied_to_unclassified_records(demo_db, tmp_path):
    from ocse_planner.db.enums import SectorRuleKind
    from ocse_planner.services.sectors import save_rule

    _load(demo_db, tmp_path)
    education = _sector_id(demo_db, "Education")
    with demo_db.write() as session:
        save_rule(session, None, SectorRuleKind.EMAIL_DOMAIN, "*.net", education)
        assert admin.apply_rules_to_unclassified(session, 1) == 1
    with demo_db.read() as session:
        assert [g.domain for g in admin.unclassified_groups(session, 1)] == ["okafor.example.com"]
    with pytest.raises(ValidationError), demo_db.write() as session:
        save_rule(session, None, SectorRuleKind.EMAIL_DOMAIN, "*.NET", education)  # same rule again


def test_unclassified_records_without_e_mail_are_grouped_by_organization(demo_db, tmp_path):
    _load(demo_db, tmp_path)
    with demo_db.write() as session:
        store_import(session, plan_import(session, 3, parse_report(write_template(tmp_path / "w3.csv", [
            "Kim Lee,,apex group,,yes,10", "Pat Roy,,apex group,,yes,12", "Al Fox,,zeta collective,,yes,5",
        ]))))
    with demo_db.read() as session:
        groups = admin.unclassified_groups(session, 1)
    # largest first, then alphabetically by domain or organization
    assert [(g.domain, g.organization, g.records) for g in groups] == [
        (None, "apex group", 2), ("example.net", None, 1), ("okafor.example.com", None, 1),
        (None, "zeta collective", 1)]


def test_default_rules_come_back_once_when_every_rule_was_removed(empty_db):
    from ocse_planner.services.sectors import DEFAULT_RULES, delete_rule, list_rules

    with empty_db.write() as session:
        assert ensure_default_rules(session) == 0  # a new planner has them already
        for rule in list_rules(session):
            delete_rule(session, rule.id)
        session.flush()
        assert ensure_default_rules(session) == len(DEFAULT_RULES)
        assert ensure_default_rules(session) == 0
        assert [r.pattern for r in list_rules(session)] == [pattern for _, pattern, _ in DEFAULT_RULES]


def test_reclassifying_into_a_sector_that_is_gone_points_to_the_sector_field(demo_db):
    with pytest.raises(ValidationError) as refused, demo_db.write() as session:
        admin.reclassify(session, 1, 9999, domain="example.net")
    assert (refused.value.message(), refused.value.field) == ("Choose a sector.", "sector")


def test_sectors_list_with_their_french_name_or_blank(demo_db):
    from ocse_planner.services.sectors import list_sectors

    with demo_db.write() as session:
        save_sector(session, None, "Health care")
        rows = list_sectors(session)
    assert (rows[0].name, rows[0].name_fr) == ("Law enforcement", "Application de la loi")
    assert [(r.name, r.name_fr) for r in rows if r.name == "Health care"] == [("Health care", "")]
