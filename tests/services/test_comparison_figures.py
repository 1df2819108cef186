"""Year over year on the demo-like second edition, every figure: the comparison the workbook
and the report print, row by row, with each change from 2022 to 2023 (a count's change in
people and relative to 2022; a share's in fractions, with no relative change)."""

from __future__ import annotations

import pytest

from ocse_planner.services.comparison import Section, ValueKind, compare_editions
from tests.services.editions import demo_editions

NUMBER, COUNT, DECIMAL, SHARE = ValueKind.NUMBER, ValueKind.COUNT, ValueKind.DECIMAL, ValueKind.SHARE
GAINED = ("survey:gained a deeper understanding of emerging trends, current issues/gaps and best practices in the "
          "fight against online child sexual exploitation")
HELPED = "survey:the information provided during the webinar would help inform their current or future work"

# key, kind, the 2022 and 2023 values, (change, relative change) from 2022 to 2023
EXPECTED = {
    Section.REACH: [
        ('webinars', NUMBER, [3, 3], [(0, 0)]),
        ('presentations', NUMBER, [12, 12], [(0, 0)]),
        ('participants_reported', COUNT, [611, 684], [(73, 0.119476)]),
        ('participants_counted', COUNT, [100, 107], [(7, 0.07)]),
        ('registrations', COUNT, [250, 268], [(18, 0.072)]),
        ('attendances', COUNT, [214, 230], [(16, 0.074766)]),
        ('attendances_per_webinar', DECIMAL, [71.333333, 76.666667], [(5.333333, 0.074766)]),
        ('attendance_rate', SHARE, [0.856, 0.858209], [(0.002209, None)]),
        ('average_minutes', DECIMAL, [57.350467, 67.743478], [(10.393011, 0.181219)]),
    ],
    Section.RETURNING: [
        ('matchable', COUNT, [97, 104], [(7, 0.072165)]),
        ('not_matchable', COUNT, [3, 3], [(0, 0)]),
        ('returning', COUNT, [None, 40], [(None, None)]),
        ('returning_share', SHARE, [None, 0.412371], [(None, None)]),
        ('new', COUNT, [None, 64], [(None, None)]),
    ],
    Section.PEOPLE: [
        ('presenters', NUMBER, [12, 12], [(0, 0)]),
        ('presenters_confirmed', NUMBER, [12, 0], [(-12, -1)]),
        ('presenters_returning', NUMBER, [None, 12], [(None, None)]),
        ('partners', NUMBER, [3, 3], [(0, 0)]),
        ('partners_returning', NUMBER, [None, 3], [(None, None)]),
    ],
    Section.SECTORS: [
        ('sector:Law enforcement', SHARE, [0.303738, 0.286957], [(-0.016782, None)]),
        ('sector:Child-serving organizations', SHARE, [0.158879, 0.104348], [(-0.054531, None)]),
        ('sector:Victim services', SHARE, [0.107477, 0.104348], [(-0.003129, None)]),
        ('sector:Other non-governmental organizations', SHARE, [0.079439, 0.086957], [(0.007517, None)]),
        ('sector:Education', SHARE, [0.060748, 0.13913], [(0.078383, None)]),
        ('sector:Federal government', SHARE, [0.116822, 0.113043], [(-0.003779, None)]),
        ('sector:Provincial/territorial government', SHARE, [0.088785, 0.086957], [(-0.001829, None)]),
        ('sector:Local government', SHARE, [0.03271, 0.03913], [(0.00642, None)]),
        ('not_stated', SHARE, [0.051402, 0.03913], [(-0.012271, None)]),
    ],
    Section.SECTOR_COUNTS: [
        ('sector:Law enforcement', COUNT, [65, 66], [(1, 0.015385)]),
        ('sector:Child-serving organizations', COUNT, [34, 24], [(-10, -0.294118)]),
        ('sector:Victim services', COUNT, [23, 24], [(1, 0.043478)]),
        ('sector:Other non-governmental organizations', COUNT, [17, 20], [(3, 0.176471)]),
        ('sector:Education', COUNT, [13, 32], [(19, 1.461538)]),
        ('sector:Federal government', COUNT, [25, 26], [(1, 0.04)]),
        ('sector:Provincial/territorial government', COUNT, [19, 20], [(1, 0.052632)]),
        ('sector:Local government', COUNT, [7, 9], [(2, 0.285714)]),
        ('not_stated', COUNT, [11, 9], [(-2, -0.181818)]),
    ],
    Section.SECTOR_MOVES: [
        ('sector:Education', SHARE, [0.060748, 0.13913], [(0.078383, None)]),
        ('sector:Child-serving organizations', SHARE, [0.158879, 0.104348], [(-0.054531, None)]),
        ('sector:Law enforcement', SHARE, [0.303738, 0.286957], [(-0.016782, None)]),
        ('not_stated', SHARE, [0.051402, 0.03913], [(-0.012271, None)]),
        ('sector:Other non-governmental organizations', SHARE, [0.079439, 0.086957], [(0.007517, None)]),
    ],
    Section.REPORTED_SECTORS: [
        ('sector:Law enforcement', COUNT, [None, None], [(None, None)]),
        ('sector:Child-serving organizations', COUNT, [None, None], [(None, None)]),
        ('sector:Victim services', COUNT, [None, None], [(None, None)]),
        ('sector:Other non-governmental organizations', COUNT, [None, None], [(None, None)]),
        ('sector:Education', COUNT, [None, None], [(None, None)]),
        ('sector:Federal government', COUNT, [None, None], [(None, None)]),
        ('sector:Provincial/territorial government', COUNT, [None, None], [(None, None)]),
        ('sector:Local government', COUNT, [None, None], [(None, None)]),
    ],
    Section.SURVEY: [
        (GAINED, SHARE, [0.82, 0.85], [(0.03, None)]),
        (HELPED, SHARE, [0.8, 0.81], [(0.01, None)]),
    ],
    Section.WEBINARS: [
        ('webinar:1', COUNT, [72, 77], [(5, 0.069444)]),
        ('webinar:2', COUNT, [71, 77], [(6, 0.084507)]),
        ('webinar:3', COUNT, [71, 76], [(5, 0.070423)]),
    ],
}


def _approx(value):  # type: ignore[no-untyped-def]
    return None if value is None else pytest.approx(value, rel=1e-5, abs=1e-6)


def test_every_figure_of_two_demo_like_editions_side_by_side(demo_db, tmp_path):
    first, second = demo_editions(demo_db, tmp_path)
    with demo_db.read() as session:
        comparison = compare_editions(session, [second, first])
    assert [(e.series_id, e.year, e.label, e.webinars, e.has_figures) for e in comparison.editions] == [
        (first, 2022, "2022", 3, True), (second, 2023, "2023", 3, True)]
    assert [t.section for t in comparison.tables] == list(EXPECTED)
    for table in comparison.tables:
        found = [(r.key, r.kind, [c.value for c in r.cells], [(c.delta, c.relative) for c in r.changes])
                 for r in table.rows]
        expected = [(key, kind, [_approx(v) for v in values], [(_approx(d), _approx(r)) for d, r in changes])
                    for key, kind, values, changes in EXPECTED[table.section]]
        assert found == expected, table.section


def test_a_share_carries_its_count_and_a_survey_result_reported_as_about_says_so(demo_db, tmp_path):
    first, second = demo_editions(demo_db, tmp_path)
    with demo_db.read() as session:
        comparison = compare_editions(session, [first, second])
    education = comparison.table(Section.SECTORS).row("sector:Education")
    assert [c.count for c in education.cells] == [13, 32]
    assert [c.count for c in comparison.table(Section.RETURNING).row("returning_share").cells] == [None, 40]
    assert [c.approximate for c in comparison.table(Section.SURVEY).row(HELPED).cells] == [True, False]
    assert [(c.known, c.hidden) for c in comparison.table(Section.RETURNING).row("returning").cells] == [
        (False, False), (True, False)]
    moves = comparison.table(Section.SECTOR_MOVES)
    assert moves.title.message() == "Sector shares that moved most (2022 to 2023)"
    assert comparison.table(Section.REPORTED_SECTORS).caption.message() == (
        "An empty cell: the sector was named without a count, or not named.")
