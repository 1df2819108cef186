"""The demo series' partner matrix is the one its report implies."""

from __future__ import annotations

from sqlalchemy import select

from ocse_planner.db.enums import CollaborationRole
from ocse_planner.db.models import Series
from ocse_planner.services.matrix import build_matrix, cell_text, summarize

PRESENTING = CollaborationRole.PRESENTING_ORGANIZATION


def demo_matrix(db):  # type: ignore[no-untyped-def]
    with db.read() as s:
        return build_matrix(s, s.scalar(select(Series.id)))


def test_rcmp_co_hosts_webinar_one_and_presents_twice(demo_db):
    m = demo_matrix(demo_db)
    cell = m.cell(m.row_of("Royal Canadian Mounted Police"), m.webinar_column(1))
    roles = {(r.role, r.derived): r for r in summarize(cell)}
    assert (CollaborationRole.CO_HOST, False) in roles
    assert roles[(PRESENTING, True)].count == 2
    assert roles[(PRESENTING, True)].via == ("NCECC",)
    assert cell_text(cell) == "co-host; presented ×2 (via NCECC)"
    # The unit itself is shown too, and the RCMP is absent from the other webinars.
    assert cell_text(m.cell(m.row_of("National Child Exploitation Crime Centre"), m.webinar_column(1))) == "presented ×2"
    assert m.cell(m.row_of("Royal Canadian Mounted Police"), m.webinar_column(2)) == ()


def test_justice_canada_co_hosts_webinar_two(demo_db):
    m = demo_matrix(demo_db)
    assert cell_text(m.cell(m.row_of("Justice Canada"), m.webinar_column(2))) == "co-host"


def test_presenting_organizations_by_webinar(demo_db):
    m = demo_matrix(demo_db)
    expected = {
        "Statistics Canada": 1,
        "Magnet Forensics": 1,
        "University of British Columbia": 2,
        "Fondation Marie-Vincent": 2,
        "Toronto Police Service": 2,
        "Alberta Justice and Solicitor General": 2,
        "Public Safety Canada": 3,
        "Canadian Centre for Child Protection": 3,
        "The Royal": 3,
    }
    for name, number in expected.items():
        cell = m.cell(m.row_of(name), m.webinar_column(number))
        assert any(r.role is PRESENTING and r.derived for r in summarize(cell)), name
        for other in {1, 2, 3} - {number}:
            assert m.cell(m.row_of(name), m.webinar_column(other)) == (), (name, other)
    # Public Safety's one presentation has two presenters: it still presented once.
    ps = m.cell(m.row_of("Public Safety Canada"), m.webinar_column(3))
    assert cell_text(ps) == "presented"
    assert cell_text(m.cell(m.row_of("Canadian Centre for Child Protection"), m.webinar_column(3))) == "presented ×2"


def test_series_column_sums_up_the_year(demo_db):
    m = demo_matrix(demo_db)
    series_col = next(i for i, c in enumerate(m.columns) if c.kind == "series")
    assert m.columns[series_col].year == 2022
    text = cell_text(m.cell(m.row_of("Royal Canadian Mounted Police"), series_col))
    assert text == "co-host; strategy partner; presented ×2 (via NCECC)"
    entries = m.cell(m.row_of("The Royal"), series_col)
    assert [e.presenter for e in entries] == ["Dr. Michael Seto"]
    assert entries[0].via == "The Royal's Institute of Mental Health Research"


def test_units_follow_their_parent(demo_db):
    names = [r.name for r in demo_matrix(demo_db).rows]
    rcmp = names.index("Royal Canadian Mounted Police")
    assert names[rcmp + 1] == "National Child Exploitation Crime Centre"


def test_one_column_per_series_over_the_years(demo_db):
    from ocse_planner.db.enums import CollaborationStatus
    from ocse_planner.db.models import Collaboration, Organization, Webinar

    with demo_db.write() as s:
        rcmp = s.scalar(select(Organization.id).where(Organization.acronym == "RCMP"))
        later = Series(title="Combatting Online Child Sexual Exploitation", year=2023)
        later.webinars.append(Webinar(number=1, title="Sextortion of youth"))
        s.add(later)
        s.flush()
        s.add(Collaboration(organization_id=rcmp, series_id=later.id, webinar_id=later.webinars[0].id,
                            role=CollaborationRole.SPONSOR, status=CollaborationStatus.IN_DISCUSSION))
    with demo_db.read() as s:
        first = s.scalar(select(Series.id).where(Series.year == 2022))
        m = build_matrix(s, first)
    assert [(c.kind, c.year) for c in m.columns] == [
        ("webinar", 2022), ("webinar", 2022), ("webinar", 2022), ("series", 2022), ("series", 2023)]
    row = m.row_of("Royal Canadian Mounted Police")
    assert cell_text(m.cell(row, 4)) == "sponsor"
    assert cell_text(m.cell(row, 0)) == "co-host; presented ×2 (via NCECC)"  # webinar columns: 2022 only


def test_a_stored_role_held_twice_in_one_cell_says_how_many_times():
    from ocse_planner.db.enums import CollaborationRole
    from ocse_planner.services.matrix import CellEntry

    twice = tuple(CellEntry(CollaborationRole.CO_HOST, False, None, 1, "Series", 2022, collaboration_id=i)
                  for i in (1, 2))
    assert cell_text(twice) == "co-host ×2"
    assert cell_text(twice[:1]) == "co-host"


def test_each_row_carries_its_french_label_for_the_french_window(demo_db):
    m = demo_matrix(demo_db)
    rcmp = m.rows[m.row_of("Royal Canadian Mounted Police")]
    assert rcmp.label_fr == "Gendarmerie royale du Canada (GRC)"
    assert all(r.label_fr for r in m.rows)  # the English as written where no French is


def test_series_of_one_year_are_columns_in_title_order(demo_db):
    """Series columns run by year, then by title (not in the order they were entered)."""
    with demo_db.write() as s:
        s.add_all([Series(title="Zeta talks", year=2023), Series(title="Alpha talks", year=2023)])
    with demo_db.read() as s:
        m = build_matrix(s, s.scalar(select(Series.id).where(Series.year == 2022)))
    assert [(c.year, c.title) for c in m.columns if c.kind == "series"][1:] == [
        (2023, "Alpha talks"), (2023, "Zeta talks")]


def test_a_units_french_parent_is_the_english_name_unmarked_when_it_has_no_french_one(demo_db):
    """The French window shows a parent without a French name as written, with no [EN] mark."""
    from ocse_planner.db.models import Organization

    with demo_db.write() as s:
        royal = s.scalar(select(Organization).where(Organization.name == "The Royal"))
        royal.name_fr = None
    m = demo_matrix(demo_db)
    unit = m.rows[m.row_of("The Royal's Institute of Mental Health Research")]
    assert (unit.parent, unit.parent_fr) == ("The Royal", "The Royal")
    rcmp_unit = m.rows[m.row_of("National Child Exploitation Crime Centre")]
    assert rcmp_unit.parent_fr == "Gendarmerie royale du Canada"


def test_a_row_knows_how_deep_its_organization_sits(demo_db):
    m = demo_matrix(demo_db)
    assert m.rows[m.row_of("Royal Canadian Mounted Police")].depth == 0
    assert m.rows[m.row_of("National Child Exploitation Crime Centre")].depth == 1
