"""What an exported agenda says, whatever the file: the workbook and the PDF both print this.

The agenda goes to partners and presenters as a workbook (`agenda_xlsx.py`) or a PDF
(`agenda_pdf.py`). Both read the same gathered data (`gather_agenda`) and take every text
— headings, facts, the rows of the running agenda, the booking status of an internal copy,
the changes since a release — from the functions here, so the two can never say different
things: a rule about what an agenda shows is written once, here or in the services.

What they may say follows services/credits.py: only confirmed presenters are named, others
are "to be confirmed" (or left out, an option), declined and withdrawn never appear, and
carried-over titles are marked. Clock times read "1:10 p.m."; when a webinar runs across
a daylight-saving change each time carries its zone. Overlaps and gaps of an agenda are
warning lines above its table and a note on the rows they concern. An internal copy lists
every booking with its status and is marked INTERNAL_MARKING on every page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from ocse_planner.db.enums import AgendaItemKind
from ocse_planner.export.wording import clock, label, long_date, time_with_pacific
from ocse_planner.services.agenda import AgendaItem, WebinarAgenda
from ocse_planner.services.credits import PendingPresenters, public_credit, public_title
from ocse_planner.services.releases import AgendaChange, ReleaseInfo, changes_since
from ocse_planner.services.series_outline import SeriesOutline, WebinarOutline, series_outline
from ocse_planner.services.time_format import crosses_offset_change

AGENDA_HEADERS = ["Time", "Until", "Item", "Presenters"]
NOTE_HEADER = "Note"
STATUS_HEADER = "Booking status"
INTERNAL_MARKING = "INTERNAL — not for distribution"
COVER_HEADERS = ["No.", "Title", "Date", "Time", "Co-hosting partner"]
CHANGE_HEADERS = ["Webinar", "Change", "Presentation", "Before", "Now"]
CHANGE_KINDS = {"added": "Added", "removed": "Removed", "moved": "Moved", "retitled": "Retitled",
                "presenters": "Presenters changed"}


@dataclass(frozen=True)
class AgendaOptions:
    internal: bool = False  # every booking with its status; marked as not for distribution
    changes_since: int | None = None  # add a "Changes since release N" part
    pending: PendingPresenters = PendingPresenters.MARKER  # unconfirmed presenters: marker or left out


def marking(options: AgendaOptions) -> str | None:
    """What every page of an internal copy says (header, footer, first line), else None."""
    return INTERNAL_MARKING if options.internal else None


@dataclass(frozen=True)
class AgendaExport:
    outline: SeriesOutline
    options: AgendaOptions
    exported: date
    release: ReleaseInfo | None = None
    changes: tuple[AgendaChange, ...] = ()


def gather_agenda(session: Session, series_id: int, options: AgendaOptions | None = None,
                  exported: date | None = None) -> AgendaExport:
    """Everything an agenda export shows, read in the caller's session."""
    options = options or AgendaOptions()
    release, changes = None, ()
    if options.changes_since is not None:
        release, found = changes_since(session, series_id, options.changes_since)
        changes = tuple(found)
    return AgendaExport(series_outline(session, series_id), options, exported or date.today(), release, changes)


# --- the series ---------------------------------------------------------------------------

def series_heading(outline: SeriesOutline) -> str:
    return f"{outline.title} — {outline.year} webinar series"


def cover_facts(outline: SeriesOutline) -> list[tuple[str, str]]:
    return [
        ("Host", outline.host.label if outline.host else ""),
        ("Programme", outline.programme or ""),
        ("Year", str(outline.year)),
    ]


def cover_objectives(outline: SeriesOutline) -> list[str]:
    return [f"• {objective}" for objective in outline.objectives]


def cover_rows(outline: SeriesOutline) -> list[list[str]]:
    """The webinars of the series, under COVER_HEADERS."""
    return [
        [str(w.number), w.title, long_date(w.starts_at, w.time_zone),
         time_with_pacific(w.starts_at, w.duration_minutes, w.time_zone), w.co_host_labels]
        for w in outline.webinars
    ]


# --- one webinar --------------------------------------------------------------------------

def webinar_heading(webinar: WebinarOutline) -> str:
    return f"Webinar {webinar.number}: {webinar.title}"


def webinar_facts(webinar: WebinarOutline) -> list[tuple[str, str]]:
    zone = webinar.time_zone
    return [
        ("Date", long_date(webinar.starts_at, zone)),
        ("Time", time_with_pacific(webinar.starts_at, webinar.duration_minutes, zone)),
        ("In collaboration with", webinar.co_host_labels or "—"),
        ("Platform", ", ".join(x for x in (webinar.platform, webinar.link) if x) or "To be announced"),
    ]


def warning_lines(webinar: WebinarOutline) -> list[str]:
    """What is wrong with the agenda's timing, above its table: an overrun, then every
    overlap and gap (services/agenda.py `timing`)."""
    minutes = webinar.agenda.overrun_minutes
    lines = [f"The agenda runs {minutes} minutes past the end of the webinar."] if minutes else []
    return lines + [issue.message() for issue in webinar.agenda.timing]


def row_note(item: AgendaItem) -> str:
    """An overlap or a gap, on the row it concerns."""
    notes = []
    if item.overlap_minutes:
        notes.append(f"Overlaps the previous item by {item.overlap_minutes} minutes")
    if item.gap_minutes:
        notes.append(f"Starts {item.gap_minutes} minutes after the previous item ends" if item.position > 1
                     else f"Starts {item.gap_minutes} minutes after the webinar begins")
    return "; ".join(notes)


def agenda_headers(webinar: WebinarOutline, options: AgendaOptions) -> list[str]:
    """The running agenda's columns: a Note column only when a row has a timing note."""
    notes = [NOTE_HEADER] if any(row_note(item) for item in webinar.agenda.items) else []
    return AGENDA_HEADERS + notes + ([STATUS_HEADER] if options.internal else [])


def item_title(item: AgendaItem) -> str:
    """A presentation by its title; another item with its kind ("Welcome (Opening remarks)")
    unless its title is the kind's name; a carried-over title marked "(title to be confirmed)"."""
    title = public_title(item.title, item.placeholder)
    if item.kind != AgendaItemKind.PRESENTATION and item.title.strip().lower() != label(item.kind).lower():
        title = f"{title} ({label(item.kind)})"
    return title


def presenter_lines(item: AgendaItem, options: AgendaOptions) -> tuple[str, str]:
    """(presenters, statuses) of a row: every booking in the internal copy, else the credit rule."""
    if options.internal:
        return "\n".join(p.credit for p in item.presenters), "\n".join(label(p.status) for p in item.presenters)
    credit = public_credit(item.presenters, options.pending, needs_presenter=item.kind == AgendaItemKind.PRESENTATION)
    return "\n".join(credit.lines(lambda p: p.credit)), ""


def item_times(agenda: WebinarAgenda, item: AgendaItem) -> tuple[str, str]:
    """A row's clock times, each with its zone abbreviation when the webinar runs across a
    daylight-saving change (so that no row reads as the wrong length)."""
    if item.starts_at is None or item.ends_at is None:
        return f"+{item.offset_minutes} min", f"+{item.offset_minutes + item.duration_minutes} min"
    zoned = (agenda.starts_at is not None and agenda.ends_at is not None
             and crosses_offset_change(agenda.starts_at, max(agenda.ends_at, item.ends_at), agenda.time_zone))
    return (clock(item.starts_at, agenda.time_zone, with_zone=zoned),
            clock(item.ends_at, agenda.time_zone, with_zone=zoned))


def agenda_rows(webinar: WebinarOutline, options: AgendaOptions) -> list[list[str]]:
    """The running agenda under `agenda_headers(webinar, options)`: one credit (and status) a line."""
    with_notes = NOTE_HEADER in agenda_headers(webinar, options)
    rows = []
    for item in webinar.agenda.items:
        presenters, statuses = presenter_lines(item, options)
        row = [*item_times(webinar.agenda, item), item_title(item), presenters]
        if with_notes:
            row.append(row_note(item))
        if options.internal:
            row.append(statuses)
        rows.append(row)
    return rows


# --- changes since a release --------------------------------------------------------------

def changes_heading(release: ReleaseInfo) -> str:
    return f"Changes since agenda release {release.number}"


def release_line(release: ReleaseInfo) -> str:
    note = f" — {release.note}" if release.note else ""
    return f"Release {release.number} of {release.released_at:%Y-%m-%d}{note}"


def change_rows(changes: tuple[AgendaChange, ...]) -> list[list[str]]:
    """Under CHANGE_HEADERS; none means the agendas are as released (`NO_CHANGES`)."""
    return [[str(c.webinar_number), CHANGE_KINDS[c.kind], c.title, c.before, c.after] for c in changes]


NO_CHANGES = "No changes: the agendas are as released."



def exported_line(exported: date) -> str:
    """The right of a printed page's footer (the left names the page, the middle numbers it)."""
    return f"Exported {exported.isoformat()}"
