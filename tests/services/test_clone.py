"""Cloning a series to next year: date rules, what is carried, the source untouched."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from ocse_planner.cli import main
from ocse_planner.db.base import Base
from ocse_planner.db.enums import AgendaItemKind, BookingStatus, CollaborationStatus
from ocse_planner.db.models import Booking, Collaboration, Presentation, Series, Webinar
from ocse_planner.services.clone import CloneOptions, DateRule, clone_series, week_of_month
from ocse_planner.services.errors import ConflictError

TORONTO = ZoneInfo("America/Toronto")


def dump(db) -> dict[str, list[tuple]]:
    """Every row of every table, for before/after comparisons (not the change log, which
    grows by one line per write)."""
    with db.read() as s:
        return {
            t.name: sorted(tuple(map(repr, r)) for r in s.execute(select(t)))
            for t in Base.metadata.sorted_tables if t.name != "change_log"
        }


def _source_id(db) -> int:
    with db.read() as s:
        return s.scalar(select(Series.id).where(Series.year == 2022))


def _webinars(s, series_id):
    return list(s.scalars(select(Webinar).where(Webinar.series_id == series_id).order_by(Webinar.number)))


def test_weekday_rule_keeps_weekday_week_of_month_and_clock_time(demo_db):
    source = _source_id(demo_db)
    with demo_db.write() as s:
        result = clone_series(s, source, CloneOptions(year=2023))
    with demo_db.read() as s:
        old, new = _webinars(s, source), _webinars(s, result.series_id)
        assert [w.number for w in new] == [1, 2, 3]
        for a, b in zip(old, new, strict=True):
            la, lb = a.starts_at.astimezone(TORONTO), b.starts_at.astimezone(TORONTO)
            assert lb.year == 2023 and lb.month == la.month
            assert lb.weekday() == la.weekday() == 1  # Tuesdays stay Tuesdays
            assert week_of_month(lb.date()) == week_of_month(la.date())
            assert (lb.hour, lb.minute) == (13, 0)  # 1 p.m. Toronto, also after the DST switch
        assert [w.starts_at.astimezone(TORONTO).day for w in new] == [24, 28, 28]


def test_52_weeks_rule(demo_db):
    with demo_db.write() as s:
        result = clone_series(s, _source_id(demo_db), CloneOptions(year=2023, title="Next", date_rule=DateRule.PLUS_52_WEEKS))
    with demo_db.read() as s:
        days = [w.starts_at.astimezone(TORONTO).date().isoformat() for w in _webinars(s, result.series_id)]
    assert days == ["2023-01-24", "2023-02-21", "2023-03-21"]


def test_default_clone_carries_only_the_skeleton_and_leaves_2022_untouched(demo_db):
    before = dump(demo_db)
    with demo_db.write() as s:
        result = clone_series(s, _source_id(demo_db), CloneOptions(year=2023))
    after = dump(demo_db)
    for table, rows in before.items():
        assert set(rows) <= set(after[table]), table  # nothing of 2022 changed or vanished
    with demo_db.read() as s:
        items = list(s.scalars(select(Presentation).join(Webinar).where(Webinar.series_id == result.series_id)))
        talks = [i for i in items if i.kind == AgendaItemKind.PRESENTATION]
        assert len(items) == 21 and len(talks) == 12 and all(i.placeholder for i in talks)
        assert not any(i.placeholder for i in items if i.kind != AgendaItemKind.PRESENTATION)
        assert [i.title for i in items[:3]] == ["Opening remarks", "Presentation 1", "Presentation 2"]
        assert items[-1].title == "Closing remarks"
        assert s.scalar(select(Booking.id).join(Presentation).join(Webinar).where(Webinar.series_id == result.series_id)) is None
        assert s.scalar(select(Collaboration.id).where(Collaboration.series_id == result.series_id)) is None
    assert (result.webinars, result.presentations, result.bookings, result.collaborations) == (3, 21, 0, 0)


def test_clone_with_titles_partners_and_presenters_resets_their_status(demo_db):
    source = _source_id(demo_db)
    with demo_db.write() as s:
        result = clone_series(
            s, source, CloneOptions(year=2023, keep_titles=True, keep_partners=True, keep_presenters=True)
        )
    with demo_db.read() as s:
        old_titles = [p.title for w in _webinars(s, source) for p in w.presentations]
        new = [p for w in _webinars(s, result.series_id) for p in w.presentations]
        assert [p.title for p in new] == old_titles
        assert all(p.placeholder == (p.kind == AgendaItemKind.PRESENTATION) for p in new)
        bookings = [b for p in new for b in p.bookings]
        assert len(bookings) == result.bookings > 0
        assert {b.status for b in bookings} == {BookingStatus.TO_INVITE}
        collabs = list(s.scalars(select(Collaboration).where(Collaboration.series_id == result.series_id)))
        assert len(collabs) == result.collaborations > 0
        assert {c.status for c in collabs} == {CollaborationStatus.PROPOSED}
        new_ids = {w.id for w in _webinars(s, result.series_id)}
        assert {c.webinar_id for c in collabs if c.webinar_id is not None} <= new_ids


def test_clone_into_an_existing_title_and_year_is_refused(demo_db):
    source = _source_id(demo_db)
    with demo_db.write() as s:
        clone_series(s, source, CloneOptions(year=2023))
    before = dump(demo_db)
    with pytest.raises(ConflictError, match="already exists for 2023"):
        with demo_db.write() as s:
            clone_series(s, source, CloneOptions(year=2023))
    assert dump(demo_db) == before


def test_cli_clone_series_and_refusal(demo_db, demo_path, capsys):
    demo_db.close()
    args = ["clone-series", "--db", str(demo_path), "--series", "2022", "--year", "2023", "--keep-partners"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "3 webinars" in out and "(2023)" in out
    assert main(args) == 1
    assert "already exists for 2023" in capsys.readouterr().err
    assert main(["clone-series", "--db", str(demo_path), "--series", "1999", "--year", "2024"]) == 2


def _french(s, series_id):
    series = s.get(Series, series_id)
    webinars = _webinars(s, series_id)
    return (series.title_fr, series.programme_fr, series.objectives_fr,
            [(w.title_fr, w.theme_fr) for w in webinars],
            [(p.kind, p.title_fr, p.description_fr) for w in webinars for p in w.presentations])


def test_clone_carries_the_french_beside_every_english_text(demo_db):
    source = _source_id(demo_db)
    with demo_db.write() as s:  # the demo has no French themes: give each webinar one
        for w in _webinars(s, source):
            w.theme_fr = f"Thème {w.number}"
    with demo_db.write() as s:
        result = clone_series(s, source, CloneOptions(year=2023, keep_titles=True))
    with demo_db.read() as s:
        old, new = _french(s, source), _french(s, result.series_id)
    assert new == old
    assert old[0] and old[1] and old[2]  # the demo's series is bilingual
    assert [theme for _, theme in new[3]] == ["Thème 1", "Thème 2", "Thème 3"]
    assert any(title for _, title, _ in new[4]) and any(text for _, _, text in new[4])


def test_clone_without_titles_gives_french_placeholders_and_keeps_the_skeleton_french(demo_db):
    source = _source_id(demo_db)
    with demo_db.write() as s:  # a talk described in both languages: its texts are this year's only
        talk = next(p for w in _webinars(s, source) for p in w.presentations if p.kind == AgendaItemKind.PRESENTATION)
        talk.description, talk.description_fr = "About grooming", "Au sujet de la manipulation"
    with demo_db.write() as s:
        result = clone_series(s, source, CloneOptions(year=2023))
    with demo_db.read() as s:
        old, new = _french(s, source), _french(s, result.series_id)
    talks = [title for kind, title, _ in new[4] if kind == AgendaItemKind.PRESENTATION]
    assert talks[:2] == ["Présentation 1", "Présentation 2"]
    skeleton = [(k, t, d) for k, t, d in old[4] if k != AgendaItemKind.PRESENTATION]
    assert [(k, t, d) for k, t, d in new[4] if k != AgendaItemKind.PRESENTATION] == skeleton
    assert all(d is None for k, _, d in new[4] if k == AgendaItemKind.PRESENTATION)
    assert new[:4] == old[:4]


def test_a_new_title_drops_the_old_french_title_unless_one_is_given(demo_db):
    source = _source_id(demo_db)
    with demo_db.write() as s:
        renamed = clone_series(s, source, CloneOptions(year=2023, title="Online Safety Webinars")).series_id
        both = clone_series(s, source, CloneOptions(year=2024, title="Online Safety Webinars",
                                                    title_fr=" Webinaires sur la sécurité en ligne ")).series_id
    with demo_db.read() as s:
        assert s.get(Series, renamed).title_fr is None
        assert s.get(Series, both).title_fr == "Webinaires sur la sécurité en ligne"


def test_cli_clone_series_with_a_french_title_as_typed(demo_path):
    import subprocess
    import sys

    command = [sys.executable, "-m", "ocse_planner", "clone-series", "--db", str(demo_path), "--series", "2022",
               "--year", "2023", "--title", "Online Safety", "--title-fr", "Sécurité en ligne"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    from ocse_planner.db import open_database

    db = open_database(str(demo_path))
    try:
        with db.read() as s:
            assert s.scalar(select(Series.title_fr).where(Series.year == 2023)) == "Sécurité en ligne"
    finally:
        db.close()
