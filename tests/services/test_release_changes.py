"""What changed since an agenda release, item by item: every change of every kind listed
once, where the item was and is (the clock time in the webinar's own zone), webinar by
webinar, removals first, then additions, moves, new titles and new presenters."""

from __future__ import annotations

from datetime import UTC, datetime

from ocse_planner.db.models import AgendaRelease
from ocse_planner.services.releases import AgendaChange, diff_snapshots, list_releases


def _item(id_: int, position: int, title: str, starts_at: str | None = None, presenters=(), kind="presentation"):  # type: ignore[no-untyped-def]
    return {"id": id_, "position": position, "kind": kind, "title": title, "duration_minutes": 10,
            "starts_at": f"2025-01-14T{starts_at}:00+00:00" if starts_at else None, "presenters": list(presenters)}


def worded(changes: list[AgendaChange], language: str = "en") -> list[tuple]:  # type: ignore[type-arg]
    """The changes as a document in `language` lists them: kind, webinar, title, before, after."""
    return [(c.kind, c.webinar_number, c.title, c.before_in(language), c.after_in(language)) for c in changes]


def _snapshot(*webinars) -> dict:  # type: ignore[no-untyped-def]
    return {"format": 2, "webinars": [{"webinar_id": 10 + number, "number": number, "title": f"W{number}",
                                       "starts_at": None, "time_zone": zone, "items": items}
                                      for number, zone, items in webinars]}


TORONTO = "America/Toronto"
RELEASED = _snapshot(
    (1, TORONTO, [
        _item(1, 1, "Welcome", "18:00", ["Ann Host"]),
        _item(2, 2, "Zeta talk", "18:10", ["Zed"]),
        _item(3, 3, "Beta talk", "18:20", ["Bea"]),
        _item(4, 4, "Old title", "18:40", ["Olu"]),
        _item(5, 5, "Aardvark panel", "18:50", ["Ada Lovelace", "Bo Chen"]),
    ]),
    (2, None, [  # a webinar released without a zone: its times are read in UTC
        _item(7, 1, "Travelling talk", "17:05", ["Tess"]),
        _item(8, 2, "Undated talk", None, ["Una"]),
    ]),
)
NOW = _snapshot(
    (1, TORONTO, [
        _item(1, 1, "Welcome", "18:00", ["Ann Host"]),
        _item(3, 2, "Beta talk", "18:10", ["Bea"]),  # up one place, ten minutes earlier
        _item(4, 4, "Alpha retitled", "18:40", ["Olu"]),
        _item(5, 5, "Aardvark panel", "18:50", ["Bo Chen"]),
        _item(6, 6, "Gamma added", "19:00", ["Gil"]),
        _item(7, 7, "Travelling talk", "19:10", ["Tess"]),  # from webinar 2
    ]),
    (2, None, []),
)


def test_every_change_since_a_release_is_listed_once_in_reading_order():
    assert worded(diff_snapshots(RELEASED, NOW)) == [
        ("removed", 1, "Zeta talk", "Webinar 1, item 2, 1:10 p.m.", ""),
        ("added", 1, "Gamma added", "", "Webinar 1, item 6, 2:00 p.m."),
        ("moved", 1, "Beta talk", "Webinar 1, item 3, 1:20 p.m.", "Webinar 1, item 2, 1:10 p.m."),
        ("moved", 1, "Travelling talk", "Webinar 2, item 1, 5:05 p.m.", "Webinar 1, item 7, 2:10 p.m."),
        ("retitled", 1, "Alpha retitled", "Old title", "Alpha retitled"),
        ("presenters", 1, "Aardvark panel", "Ada Lovelace; Bo Chen", "Bo Chen"),
        ("removed", 2, "Undated talk", "Webinar 2, item 2", ""),  # no time to say
    ]


def test_the_same_agenda_twice_has_no_change_and_an_item_is_judged_by_its_id():
    assert worded(diff_snapshots(RELEASED, RELEASED)) == []
    renumbered = _snapshot((1, TORONTO, [_item(9, 1, "Welcome", "18:00", ["Ann Host"])]))
    assert worded(diff_snapshots(_snapshot((1, TORONTO, [_item(1, 1, "Welcome", "18:00", ["Ann Host"])])), renumbered)) == [
        ("removed", 1, "Welcome", "Webinar 1, item 1, 1:00 p.m.", ""),
        ("added", 1, "Welcome", "", "Webinar 1, item 1, 1:00 p.m."),
    ]


def test_an_item_given_a_time_or_a_new_place_alone_has_moved():
    undated = _snapshot((1, TORONTO, [_item(1, 1, "Welcome")]))
    dated = _snapshot((1, TORONTO, [_item(1, 1, "Welcome", "18:00")]))
    second = _snapshot((1, TORONTO, [_item(1, 2, "Welcome")]))
    assert worded(diff_snapshots(undated, dated)) == [
        ("moved", 1, "Welcome", "Webinar 1, item 1", "Webinar 1, item 1, 1:00 p.m.")]
    assert worded(diff_snapshots(undated, second)) == [
        ("moved", 1, "Welcome", "Webinar 1, item 1", "Webinar 1, item 2")]


def test_a_release_counts_its_talks_not_its_breaks_and_an_old_release_counts_every_item(demo_db):
    talks_and_a_break = _snapshot((1, TORONTO, [_item(1, 1, "Talk"), _item(2, 2, "Break", kind="break"),
                                                _item(3, 3, "Talk 2")]))
    first_format = {"webinars": [{"number": 1, "items": [{k: v for k, v in item.items() if k != "kind"}
                                                         for item in talks_and_a_break["webinars"][0]["items"]]}]}
    with demo_db.write() as session:
        for number, snapshot in ((1, talks_and_a_break), (2, first_format), (3, {})):
            session.add(AgendaRelease(series_id=1, number=number, released_at=datetime(2025, 1, number, tzinfo=UTC),
                                      note=None, snapshot=snapshot))
    with demo_db.read() as session:
        assert [(r.number, r.presentations) for r in list_releases(session, 1)] == [(1, 2), (2, 3), (3, 0)]


def test_a_release_keeps_each_item_as_the_public_agenda_printed_it(demo_db):
    from ocse_planner.services.releases import get_release, release_agenda

    with demo_db.write() as session:
        release_agenda(session, 1)
    with demo_db.read() as session:
        kept = get_release(session, 1, 1).snapshot
    assert kept["format"] == 2 and [w["number"] for w in kept["webinars"]] == [1, 2, 3]
    first = kept["webinars"][0]
    assert {k: v for k, v in first.items() if k != "items"} == {
        "webinar_id": 1, "number": 1, "starts_at": "2022-01-25T18:00:00+00:00", "time_zone": TORONTO,
        "title": "Reporting Mechanisms, Tools and Emerging Trends in Online Child Sexual Exploitation"}
    rcmp = "Royal Canadian Mounted Police (RCMP), National Child Exploitation Crime Centre (NCECC)"
    assert [tuple(item.values()) for item in first["items"]] == [
        (1, 1, "opening", "Opening remarks", "2022-01-25T18:00:00+00:00", 10, []),
        (2, 2, "presentation", "Online Child Sexual Exploitation: Opportunities and Challenges Related to "
         "Police-reported Data", "2022-01-25T18:10:00+00:00", 20, ["Dyna Ibrahim"]),
        (3, 3, "presentation", "Trends and Challenges in OCSE investigations", "2022-01-25T18:30:00+00:00", 20, [rcmp]),
        (4, 4, "presentation", "Canada's Project SHADOW", "2022-01-25T18:50:00+00:00", 20, [rcmp]),
        (5, 5, "presentation", "Modernizing Digital Investigations for OCSE Cases", "2022-01-25T19:10:00+00:00", 20,
         ["Jad Saliba"]),
        (6, 6, "qa", "Questions and answers", "2022-01-25T19:30:00+00:00", 20, []),
        (7, 7, "closing", "Closing remarks", "2022-01-25T19:50:00+00:00", 10, []),
    ]
    assert list(first["items"][0]) == ["id", "position", "kind", "title", "starts_at", "duration_minutes", "presenters"]
