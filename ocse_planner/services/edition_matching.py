"""Who came back: participants matched across editions by normalised e-mail, and the
aggregate figures "Remove personal data" keeps so that the matching still answers after it.

A participant of an edition is a person key with at least one attended record in one of
its webinars. A key is the canonical e-mail (services/text.py), ``name:…`` when the file
gave no e-mail, or ``anon:…`` once a purge replaced it. Only e-mail keys are matched
across editions: two "Jo Martin" are not known to be one person, so name-only
participants are counted as *not matchable* rather than guessed at. Anonymized keys are
made with a secret used for one purge and then forgotten (services/personal_data.py), so
they match nothing outside their own edition — deliberately: nobody can turn them back
into addresses by trying likely ones.

So that a purge does not take away what a comparison needs, `record_cross_edition_figures`
runs inside the purge's transaction, just before the identities go. It stores, for the
purged edition, how many participants had an e-mail and how many did not, and for every
other edition still holding identities, how many participants the two shared and how many
the other had. Counts only: no address, key or hash.

A pair of editions is then counted live when neither is purged, else from the latest
stored figure for the pair (`pair_figure`), else "n/a" with the reason: the edition was
purged before figures were kept, or the other edition's records came after the purge.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, distinct, func, intersect, select
from sqlalchemy.orm import Session

from ocse_planner.db.models import (
    AttendanceRecord,
    CrossEditionOverlap,
    CrossEditionSnapshot,
    PersonalDataPurge,
    Webinar,
)
from ocse_planner.db.purge import ANON_PREFIX
from ocse_planner.services.errors import N_, Message

NAME_PREFIX = "name:"  # the key of a record without an e-mail (services/attendance_import.py)

PURGED_BEFORE = N_("Personal data was removed from {edition} on {date}, before the planner kept cross-edition "
                   "figures at each removal: who came back cannot be counted any more.")
NOT_HELD_THEN = N_("When personal data was removed from {edition} on {date}, {other} had no attendance records "
                   "with an e-mail address to match (they were imported later).")
STORED = N_("Counted on {date}, when personal data was removed from {edition}.")
STALE = N_("Counted on {date}, when personal data was removed from {edition}; attendance records of {other} "
           "imported since then are not matched.")
NO_RECORDS = N_("{edition}: no attendance records imported.")
NAME_ONLY_UNKNOWN = N_("Personal data was removed from {edition} on {date}, before the planner counted "
                       "participants without an e-mail address at each removal.")


@dataclass(frozen=True)
class StoredOverlap:
    other_series_id: int
    shared: int
    other_matchable: int


@dataclass(frozen=True)
class Snapshot:
    """What one purge kept of an edition (see the module docstring)."""

    series_id: int
    recorded_at: datetime
    matchable: int
    not_matchable: int
    overlaps: Mapping[int, StoredOverlap]


@dataclass(frozen=True)
class Audience:
    """An edition's participants as matching sees them."""

    series_id: int
    name: str  # "Title (2022)", for the messages
    matchable: int  # distinct e-mails that attended, identities still held
    name_only: int  # distinct names that attended (no e-mail)
    anonymized: int  # distinct participants whose identity a purge removed
    snapshots: tuple[Snapshot, ...] = ()  # oldest first
    purged_at: datetime | None = None  # the latest purge of the edition

    @property
    def purged(self) -> bool:
        return self.anonymized > 0

    @property
    def has_participants(self) -> bool:
        return self.matchable + self.name_only + self.anonymized > 0

    @property
    def not_matchable(self) -> int | None:
        """Participants without an e-mail; None when a purge removed them before the
        planner counted them (see `not_matchable_reason`)."""
        if not self.purged:
            return self.name_only
        if not self.snapshots:
            return None
        return sum(s.not_matchable for s in self.snapshots) + self.name_only

    def not_matchable_reason(self) -> Message | None:
        if self.not_matchable is not None:
            return None
        return Message(NAME_ONLY_UNKNOWN, edition=self.name, date=_day(self.purged_at))


@dataclass(frozen=True)
class PairFigure:
    """Participants of an earlier edition who came to a later one."""

    shared: int | None  # None: cannot be known (see `note`)
    earlier_matchable: int | None  # each edition's participants with an e-mail, at the same moment
    later_matchable: int | None
    note: Message | None = None  # why n/a, or when a stored figure was counted
    stored: bool = False  # taken from what a purge kept

    @property
    def new(self) -> int | None:
        """The later edition's participants (with an e-mail) who had not come before."""
        if self.shared is None or self.later_matchable is None:
            return None
        return self.later_matchable - self.shared


def _day(moment: datetime | None) -> str:
    return moment.date().isoformat() if moment is not None else "?"


def _is_email_key():  # type: ignore[no-untyped-def]
    key = AttendanceRecord.person_key
    return ~key.startswith(ANON_PREFIX) & ~key.startswith(NAME_PREFIX)


def _email_keys(series_id: int):  # type: ignore[no-untyped-def]
    """The e-mail keys of the edition's participants (a SELECT of one column)."""
    ar = AttendanceRecord
    return (select(ar.person_key).join(Webinar, Webinar.id == ar.webinar_id)
            .where(Webinar.series_id == series_id, ar.attended, _is_email_key()))


def audiences(session: Session, names: Mapping[int, str]) -> dict[int, Audience]:
    """The audience of each edition in `names` (series id → "Title (year)")."""
    ar = AttendanceRecord
    ids = list(names)
    kind = case((ar.person_key.startswith(ANON_PREFIX), "anon"),
                (ar.person_key.startswith(NAME_PREFIX), "name"), else_="email")
    # Distinct (edition, key) pairs first, then counted per kind: one GROUP BY on plain
    # columns, which every back-end accepts.
    keyed = (select(Webinar.series_id.label("series_id"), ar.person_key.label("key"), kind.label("kind"))
             .join(Webinar, Webinar.id == ar.webinar_id)
             .where(Webinar.series_id.in_(ids), ar.attended).distinct().subquery())
    counts: dict[int, dict[str, int]] = {i: {} for i in ids}
    for series_id, key_kind, count in session.execute(
        select(keyed.c.series_id, keyed.c.kind, func.count()).group_by(keyed.c.series_id, keyed.c.kind)
    ):
        counts[series_id][key_kind] = int(count)
    snapshots = _snapshots(session, ids)
    purged_at = dict(session.execute(
        select(PersonalDataPurge.series_id, func.max(PersonalDataPurge.purged_at))
        .where(PersonalDataPurge.series_id.in_(ids)).group_by(PersonalDataPurge.series_id)
    ).all())
    return {
        i: Audience(i, names[i], counts[i].get("email", 0), counts[i].get("name", 0), counts[i].get("anon", 0),
                    tuple(snapshots.get(i, ())), purged_at.get(i))
        for i in ids
    }


def _snapshots(session: Session, ids: Collection[int]) -> dict[int, list[Snapshot]]:
    found: dict[int, list[Snapshot]] = {}
    rows = session.scalars(select(CrossEditionSnapshot).where(CrossEditionSnapshot.series_id.in_(ids))
                           .order_by(CrossEditionSnapshot.recorded_at, CrossEditionSnapshot.id))
    for row in rows:
        overlaps = {o.other_series_id: StoredOverlap(o.other_series_id, o.shared_participants, o.other_matchable)
                    for o in row.overlaps}
        found.setdefault(row.series_id, []).append(
            Snapshot(row.series_id, row.recorded_at, row.participants_matchable, row.participants_not_matchable,
                     overlaps))
    return found


def shared_live(session: Session, earlier: int, later: int) -> int:
    """Participants of both editions, matched by normalised e-mail."""
    both = intersect(_email_keys(earlier), _email_keys(later)).subquery()
    return int(session.scalar(select(func.count()).select_from(both)))  # COUNT is never NULL


def pair_figure(session: Session, audience: Mapping[int, Audience], earlier: int, later: int) -> PairFigure:
    """Who of `earlier`'s participants came to `later`: live, stored, or n/a with why."""
    a, b = audience[earlier], audience[later]
    for edition in (a, b):
        if not edition.has_participants:
            return PairFigure(None, None, None, Message(NO_RECORDS, edition=edition.name))
    if not a.purged and not b.purged:
        return PairFigure(shared_live(session, earlier, later), a.matchable, b.matchable)
    kept = [(snapshot, snapshot.overlaps[other.series_id], other)
            for side, other in ((a, b), (b, a)) for snapshot in side.snapshots
            if other.series_id in snapshot.overlaps]
    if kept:
        snapshot, overlap, other = max(kept, key=lambda k: k[0].recorded_at)
        own, others = snapshot.matchable, overlap.other_matchable
        earlier_matchable, later_matchable = (own, others) if snapshot.series_id == earlier else (others, own)
        purged = audience[snapshot.series_id]
        changed = not other.purged and other.matchable != overlap.other_matchable
        note = (Message(STALE, date=_day(snapshot.recorded_at), edition=purged.name, other=other.name) if changed
                else Message(STORED, date=_day(snapshot.recorded_at), edition=purged.name))
        return PairFigure(overlap.shared, earlier_matchable, later_matchable, note, stored=True)
    for side in (a, b):
        if side.purged and not side.snapshots:
            return PairFigure(None, None, None, Message(PURGED_BEFORE, edition=side.name, date=_day(side.purged_at)))
    side, other = (a, b) if a.purged else (b, a)
    return PairFigure(None, None, None, Message(NOT_HELD_THEN, edition=side.name, date=_day(side.snapshots[-1].recorded_at),
                                          other=other.name))


def record_cross_edition_figures(session: Session, series_id: int) -> CrossEditionSnapshot | None:
    """Before a purge of `series_id`: keep its participants' counts and what it shares
    with every other edition still holding identities (in the caller's transaction).

    None when the edition holds no identity any more (nothing a purge could remove).
    """
    ar = AttendanceRecord
    in_series = ar.webinar_id.in_(select(Webinar.id).where(Webinar.series_id == series_id))
    holding = session.scalar(select(func.count()).where(in_series, ~ar.person_key.startswith(ANON_PREFIX)))
    if not holding:
        return None
    mine = _email_keys(series_id).subquery()
    matchable = int(session.scalar(select(func.count(distinct(mine.c.person_key)))))  # never NULL
    name_only = int(session.scalar(
        select(func.count(distinct(ar.person_key))).where(in_series, ar.attended, ar.person_key.startswith(NAME_PREFIX))
    ))  # never NULL
    snapshot = CrossEditionSnapshot(series_id=series_id, participants_matchable=matchable,
                                    participants_not_matchable=name_only)
    session.add(snapshot)
    shared = case((ar.person_key.in_(select(mine.c.person_key)), ar.person_key))
    for other_id, other_matchable, in_both in session.execute(
        select(Webinar.series_id, func.count(distinct(ar.person_key)), func.count(distinct(shared)))
        .join(Webinar, Webinar.id == ar.webinar_id)
        .where(Webinar.series_id != series_id, ar.attended, _is_email_key())
        .group_by(Webinar.series_id)
    ):
        snapshot.overlaps.append(CrossEditionOverlap(other_series_id=other_id, shared_participants=int(in_both),
                                                     other_matchable=int(other_matchable)))
    session.flush()
    return snapshot
