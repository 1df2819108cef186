"""Agenda releases: numbered snapshots and the changes since one."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from ocse_planner.db.models import Person, Presentation
from ocse_planner.export.agenda_xlsx import AgendaOptions, export_agenda
from ocse_planner.services.errors import NotFoundError
from ocse_planner.services.releases import changes_since, list_releases, release_agenda


def test_releases_are_numbered_and_keep_the_agenda(demo_db):
    with demo_db.write() as session:
        first = release_agenda(session, 1, "  sent to partners ")
        second = release_agenda(session, 1)
    assert (first.number, second.number) == (1, 2)
    assert first.note == "sent to partners" and second.note is None
    assert first.presentations == 12
    with demo_db.read() as session:
        assert [r.number for r in list_releases(session, 1)] == [1, 2]
        info, changes = changes_since(session, 1, 1)
    assert info.number == 1 and changes == []


def test_changes_since_a_release(demo_db, tmp_path):
    with demo_db.write() as session:
        release_agenda(session, 1)
    with demo_db.write() as session:
        w1 = session.query(Presentation).filter_by(title="Canada's Project SHADOW").one()
        session.delete(w1)
        seto_talk = session.query(Presentation).filter_by(
            title="Online Child Sexual Exploitation: Offenders and Prevention Programs").one()
        seto_talk.start_offset_minutes = 70  # later than planned
        varcoe_talk = session.query(Presentation).filter(Presentation.title.like("Trauma- and Violence%")).one()
        varcoe_talk.title = "Trauma- and Violence-informed Approaches"
        chan = session.query(Person).filter_by(family_name="Chan").one()
        rogers_talk = session.query(Presentation).filter(Presentation.title.like("Social Marketing%")).one()
        session.delete(next(b for b in rogers_talk.bookings if b.person_id == chan.id))
        webinar3 = rogers_talk.webinar
        webinar3.presentations.append(Presentation(position=9, title="Closing remarks by the host", duration_minutes=5))
    with demo_db.read() as session:
        _, changes = changes_since(session, 1, 1)
    kinds = {(c.kind, c.title) for c in changes}
    assert ("removed", "Canada's Project SHADOW") in kinds
    assert ("added", "Closing remarks by the host") in kinds
    assert ("retitled", "Trauma- and Violence-informed Approaches") in kinds
    assert ("moved", "Online Child Sexual Exploitation: Offenders and Prevention Programs") in kinds
    presenters = next(c for c in changes if c.kind == "presenters")
    assert (presenters.before, presenters.after) == ("Erin Rogers; Julie Chan", "Erin Rogers")
    moved = next(c for c in changes if c.title.startswith("Online Child Sexual Exploitation: Offenders"))
    assert (moved.before_in(), moved.after_in()) == ("Webinar 3, item 4, 1:50 p.m.", "Webinar 3, item 4, 2:10 p.m.")  # local
    assert (moved.before_in("fr"), moved.after_in("fr")) == ("Webinaire 3, point 4, 13 h 50", "Webinaire 3, point 4, 14 h 10")
    shifted = next(c for c in changes if c.title == "Modernizing Digital Investigations for OCSE Cases")
    assert shifted.kind == "moved" and shifted.after_in() == "Webinar 1, item 5, 1:50 p.m."  # SHADOW's slot is gone
    path = tmp_path / "agenda.xlsx"
    with demo_db.read() as session:
        export_agenda(session, 1, path, AgendaOptions(changes_since=1))
    ws = load_workbook(path)["Changes since release 1"]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=5) if r[1].value]
    assert len(rows) == len(changes)
    assert {"Added", "Removed", "Moved", "Retitled", "Presenters changed"} == {r[1] for r in rows}
    moved_row = next(r for r in rows if r[2] == moved.title)
    assert moved_row[3:5] == ["Webinar 3, item 4, 1:50 p.m.", "Webinar 3, item 4, 2:10 p.m."]
    from ocse_planner.export.wording import DocumentLanguage

    french = tmp_path / "ordre-du-jour.xlsx"
    with demo_db.read() as session:
        export_agenda(session, 1, french, AgendaOptions(changes_since=1, languages=DocumentLanguage("fr")))
    sheet = load_workbook(french).worksheets[-1]  # the changes come after the webinars
    places = [c.value.replace("\u00a0", " ").replace("\u202f", " ")
              for r in sheet.iter_rows(min_row=5) for c in r[3:5] if c.value]
    assert "Webinaire 3, point 4, 13 h 50" in places and "Webinaire 3, point 4, 14 h 10" in places
    assert not any(p.startswith("Webinar ") for p in places)  # the places in French, not English


def test_unknown_release_names_the_known_ones(demo_db):
    with demo_db.write() as session:
        release_agenda(session, 1)
    with demo_db.read() as session, pytest.raises(NotFoundError, match=r"no agenda release 5 \(releases: 1\)"):
        changes_since(session, 1, 5)


def test_every_added_item_is_listed_and_a_removed_one_says_where_it_was(demo_db):
    from ocse_planner.db.models import Webinar

    with demo_db.write() as session:
        release_agenda(session, 1)
    with demo_db.write() as session:
        shadow = session.query(Presentation).filter_by(title="Canada's Project SHADOW").one()
        where = shadow.position
        session.delete(shadow)
        for number in (1, 3):
            webinar = session.query(Webinar).filter_by(series_id=1, number=number).one()
            webinar.presentations.append(Presentation(position=20, title=f"Extra talk {number}", duration_minutes=5))
    with demo_db.read() as session:
        _, changes = changes_since(session, 1, 1)
    added = [(c.webinar_number, c.title) for c in changes if c.kind == "added"]
    assert added == [(1, "Extra talk 1"), (3, "Extra talk 3")]
    removed = next(c for c in changes if c.kind == "removed")
    assert removed.before_in().startswith(f"Webinar 1, item {where}, ") and removed.after_in() == ""


def test_releasing_an_unknown_series_names_it(demo_db):
    with demo_db.write() as session, pytest.raises(NotFoundError) as caught:
        release_agenda(session, 77)
    assert str(caught.value) == "no series with id 77"
