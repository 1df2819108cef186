"""Year over year: two or more editions of a series side by side, with what changed.

`compare_editions(session, series_ids)` returns a `Comparison`: the editions in order
(year, then id) and a few tables — reach, returning audience, presenters and partners,
sector shares and counts, the shares that moved most, sectors as reported, survey
agreement and attendance per webinar. Each row holds one cell per edition and one change per edition
after the first (against the one before it: the difference, and the relative change where
a relative change means something). The window, the command line and the workbook all
show these same tables, so they always agree; each translates the labels (message
templates) into its language. The organizers' own texts (series titles, sector names,
survey statements) are taken in the comparison's `language` when it is built, the French
beside the English (the other language's, marked "[EN]", when one is missing), so a
French or bilingual document and the French window name them as written in French;
`compare_editions_in` builds the comparison in several languages from one reading.

Reported figures (typed in by hand) and counted ones (from imported records) are separate
rows, labelled. A value that cannot be known is None with a note saying why (an edition
purged before cross-edition figures were kept, a webinar the edition did not have); a value
with nothing to say is None without a note. Nothing here divides by zero: a share of nothing
or a change from nothing is None.

Small counts that could point at a person are hidden by `Comparison.suppressed(min_cell)`,
the rule of the attendee-summary export (services/disclosure.py): audience counts below
the threshold, the shares and changes made from them.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocse_planner.db.models import Series
from ocse_planner.services.attendance_summary import SectorRowKind
from ocse_planner.services.bilingual import language_key, localized
from ocse_planner.services.disclosure import SmallCounts
from ocse_planner.services.edition_figures import EditionFigures, SectorLine, edition_figures
from ocse_planner.services.edition_matching import PairFigure, audiences, pair_figure
from ocse_planner.services.errors import N_, Message, NotFoundError, ValidationError

MOVES_SHOWN = 5  # sectors listed as "moved most"


class ValueKind(enum.StrEnum):
    COUNT = "count"  # people in the audience: hidden below the publication threshold
    NUMBER = "number"  # webinars, presentations, presenters, partners: public figures
    DECIMAL = "decimal"  # an average (minutes, attendances per webinar)
    SHARE = "share"  # a fraction 0..1; its change is in percentage points


class Section(enum.StrEnum):
    REACH = "reach"
    RETURNING = "returning"
    PEOPLE = "people"  # presenters and partners
    SECTORS = "sectors"
    SECTOR_COUNTS = "sector_counts"
    SECTOR_MOVES = "sector_moves"
    REPORTED_SECTORS = "reported_sectors"
    SURVEY = "survey"
    WEBINARS = "webinars"


@dataclass(frozen=True)
class Cell:
    value: float | None
    note: Message | None = None  # value None: why it cannot be known; else how it was counted
    count: int | None = None  # the count behind a share (hidden with it)
    approximate: bool = False  # "close to 80 %", as reported
    hidden: bool = False  # a small count, suppressed for publication

    @property
    def known(self) -> bool:
        return self.value is not None and not self.hidden


@dataclass(frozen=True)
class Change:
    """From the edition before to this one: `delta` in the row's unit (a share's in
    fractions: 0.05 = 5 percentage points), `relative` = delta / before."""

    delta: float | None
    relative: float | None
    hidden: bool = False


@dataclass(frozen=True)
class Row:
    key: str
    label: Message | str  # a str is the user's own text (a sector's name, a statement)
    kind: ValueKind
    cells: tuple[Cell, ...]
    changes: tuple[Change, ...] = ()

    def label_text(self, translate=None) -> str:  # type: ignore[no-untyped-def]
        return self.label if isinstance(self.label, str) else self.label.message(translate)


@dataclass(frozen=True)
class Table:
    section: Section
    title: Message
    rows: tuple[Row, ...]
    caption: Message | None = None

    def row(self, key: str) -> Row:
        return next(r for r in self.rows if r.key == key)

    def notes(self) -> list[Message]:
        """Every cell note of the table, once each, in reading order."""
        found: dict[Message, None] = {}
        for row in self.rows:
            for cell in row.cells:
                if cell.note is not None:
                    found.setdefault(cell.note)
        return list(found)


@dataclass(frozen=True)
class Edition:
    series_id: int
    title: str
    year: int
    label: str  # the column header: the year, with the title when two editions share a year
    webinars: int
    has_figures: bool


@dataclass(frozen=True)
class Comparison:
    editions: tuple[Edition, ...]
    tables: tuple[Table, ...]
    notes: tuple[Message, ...] = ()
    min_cell: int | None = field(default=None)  # the threshold applied, if any
    language: str = "en"  # of the organizers' texts in it (titles, sectors, statements)

    def table(self, section: Section) -> Table | None:
        return next((t for t in self.tables if t.section == section), None)

    def suppressed(self, min_cell: int | None) -> Comparison:
        """The same comparison with audience counts below `min_cell` hidden, and the shares
        and changes that would reveal them."""
        counts = SmallCounts(min_cell)
        if counts.min_cell is None:
            return self
        tables = tuple(replace(t, rows=tuple(_suppress_row(r, counts) for r in t.rows)) for t in self.tables)
        return replace(self, tables=tables, min_cell=counts.min_cell)


def _suppress_row(row: Row, counts: SmallCounts) -> Row:
    def hide(cell: Cell) -> Cell:
        if row.kind == ValueKind.COUNT and cell.value is not None and counts.hidden(int(cell.value)):
            return replace(cell, hidden=True)
        if row.kind == ValueKind.SHARE and counts.hidden(cell.count):
            return replace(cell, hidden=True)
        return cell

    cells = tuple(hide(c) for c in row.cells)
    changes = tuple(replace(change, hidden=True) if cells[i].hidden or cells[i + 1].hidden else change
                    for i, change in enumerate(row.changes))
    return replace(row, cells=cells, changes=changes)


# --- building ------------------------------------------------------------------------

def editions_of(session: Session, series_id: int) -> list[int]:
    """The series sharing `series_id`'s title (case and spacing ignored): its editions,
    oldest first, itself included."""
    series = session.get(Series, series_id)
    if series is None:
        raise NotFoundError("no series with id {id}", id=series_id)
    wanted = " ".join(series.title.split()).casefold()
    rows = session.execute(select(Series.id, Series.title).order_by(Series.year, Series.id)).all()
    return [i for i, title in rows if " ".join(title.split()).casefold() == wanted]


def compare_editions(session: Session, series_ids: Sequence[int], language: str = "en") -> Comparison:
    return compare_editions_in(session, series_ids, (language,))[0]


def compare_editions_in(session: Session, series_ids: Sequence[int], languages: Sequence[str]) -> list[Comparison]:
    """The comparison once per language (a bilingual document's), the figures read once."""
    ids = list(dict.fromkeys(series_ids))
    if len(ids) < 2:
        raise ValidationError("Choose two or more editions (series) to compare; {count} chosen.",
                              field="series", count=len(ids))
    known = set(session.scalars(select(Series.id).where(Series.id.in_(ids))))
    missing = [i for i in ids if i not in known]
    if missing:
        raise NotFoundError("no series with id {id}", id=missing[0])
    figures = sorted((edition_figures(session, i) for i in ids), key=lambda f: (f.year, f.series_id))
    audience = audiences(session, {f.series_id: f.name for f in figures})
    pairs = [pair_figure(session, audience, a.series_id, b.series_id) for a, b in zip(figures, figures[1:])]
    return [_build(figures, audience, pairs, language_key(language)) for language in languages]


def _build(figures: list[EditionFigures], audience, pairs: list[PairFigure], language: str) -> Comparison:  # type: ignore[no-untyped-def]
    years = [f.year for f in figures]
    editions = tuple(Edition(f.series_id, f.title_in(language), f.year, _label(f, years, language), f.webinars,
                             f.has_figures) for f in figures)
    tables = [
        _reach(figures),
        _returning(figures, audience, pairs, {f.name: f.name_in(language) for f in figures}),
        _people(figures),
        *_sectors(figures, language),
        _survey(figures, language),
        _webinars(figures, language),
    ]
    return Comparison(editions, tuple(t for t in tables if t is not None and t.rows),
                      tuple(_notes(figures, language)), language=language)


def _label(f: EditionFigures, years: list[int], language: str) -> str:
    if years.count(f.year) == 1:
        return str(f.year)
    title = f.title_in(language)
    title = title if len(title) <= 24 else title[:23] + "…"
    return f"{f.year} · {title}"


def _notes(figures: list[EditionFigures], language: str) -> list[Message]:
    notes = []
    if len({f.webinars for f in figures}) > 1:
        counts = ", ".join(f"{f.year}: {f.webinars}" for f in figures)
        notes.append(Message("The editions have different numbers of webinars ({counts}): totals are not like "
                             "for like; compare the figures per webinar.", counts=counts))
    for f in figures:
        if not f.has_figures:
            notes.append(Message("{edition} has no figures yet: no attendance records, no reported figures and "
                                 "no survey results.", edition=f.name_in(language)))
    return notes


def _ratio(part: float | None, whole: float | None) -> float | None:
    return part / whole if part is not None and whole else None


def _changes(cells: tuple[Cell, ...], kind: ValueKind) -> tuple[Change, ...]:
    changes = []
    for before, after in zip(cells, cells[1:]):
        if before.value is None or after.value is None:
            changes.append(Change(None, None))
            continue
        delta = after.value - before.value
        relative = None if kind == ValueKind.SHARE else _ratio(delta, before.value)
        changes.append(Change(delta, relative))
    return tuple(changes)


def _row(key: str, label: Message | str, kind: ValueKind, cells: Sequence[Cell]) -> Row:
    cells = tuple(cells)
    return Row(key, label, kind, cells, _changes(cells, kind))


NO_RECORDS = N_("no attendance records imported")
NOT_REPORTED = N_("not reported")


def _counted(f: EditionFigures, value: float | None) -> Cell:
    """A figure counted from records: n/a, saying why, when the edition has none."""
    if not f.summary.has_records:
        return Cell(None, Message(NO_RECORDS))
    return Cell(value)


def _reach(figures: list[EditionFigures]) -> Table:
    def registrations(f: EditionFigures) -> Cell:
        if f.summary.has_records and f.summary.total_registered is None:
            return Cell(None, Message("registrations not recorded (the attendance source has none)"))
        return _counted(f, f.summary.total_registered)

    with_records = {f.series_id: sum(1 for w in f.summary.webinars if w.has_records) for f in figures}
    rows = [
        _row("webinars", Message("Webinars"), ValueKind.NUMBER, [Cell(f.webinars) for f in figures]),
        _row("presentations", Message("Presentations"), ValueKind.NUMBER, [Cell(f.presentations) for f in figures]),
        _row("participants_reported", Message("Participants (reported)"), ValueKind.COUNT,
             [Cell(f.summary.participants_reported) if f.summary.participants_reported is not None
              else Cell(None, Message(NOT_REPORTED)) for f in figures]),
        _row("participants_counted", Message("Participants (counted from imported records)"), ValueKind.COUNT,
             [_counted(f, f.summary.participants_counted) for f in figures]),
        _row("registrations", Message("Registrations (counted)"), ValueKind.COUNT,
             [registrations(f) for f in figures]),
        _row("attendances", Message("Attendances (counted)"), ValueKind.COUNT,
             [_counted(f, f.summary.total_attended) for f in figures]),
        _row("attendances_per_webinar", Message("Attendances per webinar (counted)"), ValueKind.DECIMAL,
             [_counted(f, _ratio(f.summary.total_attended, with_records[f.series_id])) for f in figures]),
        _row("attendance_rate", Message("Registrants who attended"), ValueKind.SHARE,
             [_counted(f, _ratio(f.registered_attended, f.summary.total_registered)) for f in figures]),
        _row("average_minutes", Message("Average minutes attended"), ValueKind.DECIMAL,
             [_counted(f, f.average_minutes) for f in figures]),
    ]
    return Table(Section.REACH, Message("Reach"), tuple(rows), Message(
        "Reported figures were entered by hand; counted figures come from the imported attendance records "
        "(participants: distinct people)."))


def _renamed(note: Message | None, names: dict[str, str]) -> Message | None:
    """`note` naming the editions in the comparison's language (the matching names them
    once, in English, whatever the language; an argument that is not a name is kept)."""
    if note is None:
        return None
    return Message(note.template, **{k: names.get(v, v) if isinstance(v, str) else v
                                     for k, v in note.arguments.items()})


def _returning(figures: list[EditionFigures], audience, pairs: list[PairFigure],  # type: ignore[no-untyped-def]
               names: dict[str, str]) -> Table:
    first = Cell(None)  # nothing came before the first edition compared: nothing to say

    def matchable(f: EditionFigures) -> Cell:
        a = audience[f.series_id]
        if not a.has_participants:
            return Cell(None, Message(NO_RECORDS))
        if a.purged:  # the e-mails are gone: what the purge counted, plus records imported since
            known = a.not_matchable_reason() is None
            total = sum(s.matchable for s in a.snapshots) + a.matchable if known else None
            return Cell(total, _renamed(a.not_matchable_reason(), names))
        return Cell(a.matchable)

    def not_matchable(f: EditionFigures) -> Cell:
        a = audience[f.series_id]
        if not a.has_participants:
            return Cell(None, Message(NO_RECORDS))
        return Cell(a.not_matchable, _renamed(a.not_matchable_reason(), names))

    def pair_cell(pair: PairFigure, value: float | None, count: int | None = None) -> Cell:
        return Cell(value, _renamed(pair.note, names), count=count)

    rows = [
        _row("matchable", Message("Participants with an e-mail address (matchable)"), ValueKind.COUNT,
             [matchable(f) for f in figures]),
        _row("not_matchable", Message("Not matchable: participants without an e-mail address"), ValueKind.COUNT,
             [not_matchable(f) for f in figures]),
        _row("returning", Message("Came back from the edition before"), ValueKind.COUNT,
             [first, *(pair_cell(p, p.shared) for p in pairs)]),
        _row("returning_share", Message("Share of the edition before's participants who came back"),
             ValueKind.SHARE,
             [first, *(pair_cell(p, _ratio(p.shared, p.earlier_matchable), p.shared) for p in pairs)]),
        _row("new", Message("New participants (not at the edition before)"), ValueKind.COUNT,
             [first, *(pair_cell(p, p.new) for p in pairs)]),
    ]
    return Table(Section.RETURNING, Message("Returning audience"), tuple(rows), Message(
        "Participants are matched by e-mail address (case, spacing and invisible characters ignored); "
        "participants known by name only are not matched, and counted as not matchable."))


def _people(figures: list[EditionFigures]) -> Table:
    first = Cell(None)
    pairs = list(zip(figures, figures[1:]))
    rows = [
        _row("presenters", Message("Presenters (booked, not declined)"), ValueKind.NUMBER,
             [Cell(len(f.presenters)) for f in figures]),
        _row("presenters_confirmed", Message("Presenters confirmed"), ValueKind.NUMBER,
             [Cell(f.presenters_confirmed) for f in figures]),
        _row("presenters_returning", Message("Presenters who also presented in the edition before"),
             ValueKind.NUMBER, [first, *(Cell(len(a.presenters & b.presenters)) for a, b in pairs)]),
        _row("partners", Message("Partner organizations"), ValueKind.NUMBER, [Cell(len(f.partners)) for f in figures]),
        _row("partners_returning", Message("Partners who were also partners in the edition before"),
             ValueKind.NUMBER, [first, *(Cell(len(a.partners & b.partners)) for a, b in pairs)]),
    ]
    return Table(Section.PEOPLE, Message("Presenters and partners"), tuple(rows), Message(
        "Presenters: people, and organizations presenting as a body, booked in webinars that were not "
        "cancelled. Partners: organizations with a collaboration in the series that did not decline."))


def _sector_label(line: SectorLine, language: str) -> Message | str:
    if line.kind == SectorRowKind.NOT_STATED:
        return Message("Not stated")
    if line.kind == SectorRowKind.UNCLASSIFIED:
        return Message("Unclassified")
    return localized(line.name, line.name_fr, language)


def _sector_rows(figures: list[EditionFigures], lines_of, kind: ValueKind, language: str, *,  # type: ignore[no-untyped-def]
                 counted: bool) -> list[Row]:  # type: ignore[no-untyped-def]
    """One row per sector of any edition, in the first edition's order, then the others'.
    `counted`: from imported records (shares or counts of attendances); else as reported."""
    order: dict[str, SectorLine] = {}
    for f in figures:
        for line in lines_of(f):
            order.setdefault(line.key, line)
    # Not stated and Unclassified last, as in the attendee summary
    keys = sorted(order, key=lambda k: order[k].kind != SectorRowKind.SECTOR)
    rows = []
    for key in keys:
        cells = []
        for f in figures:
            line = next((x for x in lines_of(f) if x.key == key), None)
            if not counted:
                cells.append(Cell(line.count if line is not None else None))
                continue
            if not f.summary.has_records:
                cells.append(Cell(None, Message(NO_RECORDS)))
                continue
            # the counted table lists every attendance: a sector it does not name had none
            count = line.count if line is not None and line.count is not None else 0
            share = _ratio(count, f.summary.total_attended)
            cells.append(Cell(share, count=count) if kind == ValueKind.SHARE else Cell(count))
        rows.append(_row(key, _sector_label(order[key], language), kind, cells))
    return rows


def _sectors(figures: list[EditionFigures], language: str) -> list[Table]:
    shares = _sector_rows(figures, lambda f: f.sectors, ValueKind.SHARE, language, counted=True)
    counts = _sector_rows(figures, lambda f: f.sectors, ValueKind.COUNT, language, counted=True)
    where = Message("Counted from imported records; Not stated: the file's sector field was empty; "
                    "Unclassified: no sector field, or a value no rule recognised.")
    tables = [Table(Section.SECTORS, Message("Audience sectors (share of attendances, counted)"), tuple(shares),
                    where),
              Table(Section.SECTOR_COUNTS, Message("Audience sectors (attendances, counted)"), tuple(counts), where)]
    compared = [i for i, f in enumerate(figures) if f.summary.has_records]
    if len(compared) >= 2:
        first, last = compared[0], compared[-1]

        def move(row: Row) -> float:
            return abs((row.cells[last].value or 0) - (row.cells[first].value or 0))

        moved = sorted((r for r in shares if move(r) > 0), key=move, reverse=True)[:MOVES_SHOWN]
        tables.append(Table(Section.SECTOR_MOVES, Message(
            "Sector shares that moved most ({first} to {last})", first=figures[first].year, last=figures[last].year),
            tuple(moved)))
    reported = _sector_rows(figures, lambda f: f.reported_sectors, ValueKind.COUNT, language, counted=False)
    tables.append(Table(Section.REPORTED_SECTORS, Message("Audience sectors as reported (entered by hand)"),
                        tuple(reported), Message("An empty cell: the sector was named without a count, "
                                                 "or not named.")))
    return tables


def _survey(figures: list[EditionFigures], language: str) -> Table:
    order: dict[str, str] = {}  # the first edition's wording; its French from any edition that has one
    french: dict[str, str] = {}
    for f in figures:
        for line in f.survey:
            order.setdefault(line.key, line.statement)
            if line.statement_fr:
                french.setdefault(line.key, line.statement_fr)
    rows = []
    for key, statement in order.items():
        cells = []
        for f in figures:
            line = next((x for x in f.survey if x.key == key), None)
            if line is None:
                cells.append(Cell(None))
                continue
            note = (Message("the average of {count} webinars' results", count=line.webinars_averaged)
                    if line.webinars_averaged > 1 else None)
            cells.append(Cell(line.agree, note, approximate=line.approximate))
        rows.append(_row("survey:" + key, localized(statement, french.get(key), language), ValueKind.SHARE, cells))
    return Table(Section.SURVEY, Message("Survey: share of respondents who agreed"), tuple(rows))


def _webinars(figures: list[EditionFigures], language: str) -> Table:
    numbers = sorted({w.number for f in figures for w in f.summary.webinars})
    rows = []
    for number in numbers:
        cells = []
        for f in figures:
            attended = f.attended_per_webinar
            if number not in attended:
                cells.append(Cell(None, Message("{edition} has no webinar {number}", edition=f.name_in(language),
                                               number=number)))
            elif attended[number] is None:
                cells.append(Cell(None, Message(NO_RECORDS)))
            else:
                cells.append(Cell(attended[number]))
        rows.append(_row(f"webinar:{number}", Message("Webinar {number}", number=number), ValueKind.COUNT, cells))
    return Table(Section.WEBINARS, Message("Attendances per webinar (counted)"), tuple(rows))

