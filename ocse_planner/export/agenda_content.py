"""What an exported agenda says, whatever the file: the workbook and the PDF both print this.

The agenda goes to partners and presenters as a workbook (`agenda_xlsx.py`) or a PDF
(`agenda_pdf.py`). Both read the same gathered data (`gather_agenda`) and take every text
— headings, facts, the rows of the running agenda, the booking status of an internal copy,
the changes since a release — from the functions here, so the two can never say different
things: a rule about what an agenda shows is written once, here or in the services.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from ocse_planner.db.enums import AgendaItemKind
from ocse_planner.export.wording import clock, label, long_date, time_with_pacific
from ocse_planner.services.agenda import AgendaItem
from ocse_planner.services.releases import AgendaChange, ReleaseInfo, changes_since
from ocse_planner.services.series_outline import SeriesOutline, WebinarOutline, series_outline

AGENDA_HEADERS = ["Time", "Until", "Item", "Presenters"]
STATUS_HEADER = "Booking status"
COVER_HEADERS = ["No.", "Title", "Date", "Time", "Co-hosting partner"]
CHANGE_HEADERS = ["Webinar", "Change", "Presentation", "Before", "Now"]
CHANGE_KINDS = {"added": "Added", "removed": "Removed", "moved": "Moved", "retitled": "Retitled",
                "presenters": "Presenters changed"}


@dataclass(frozen=True)
class AgendaOptions:
    internal: bool = False  # add each presenter's booking status
    changes_since: int | None = None  # add a "Changes since release N" part


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


def overrun_note(webinar: WebinarOutline) -> str | None:
    minutes = webinar.agenda.overrun_minutes
    return f"The agenda runs {minutes} minutes past the end of the webinar." if minutes else None


def agenda_headers(options: AgendaOptions) -> list[str]:
    return AGENDA_HEADERS + ([STATUS_HEADER] if options.internal else [])


def item_title(item: AgendaItem) -> str:
    """A presentation by its title; another item with its kind ("Welcome (Opening remarks)")."""
    if item.kind == AgendaItemKind.PRESENTATION:
        return item.title
    return f"{item.title} ({label(item.kind)})"


def agenda_rows(webinar: WebinarOutline, options: AgendaOptions) -> list[list[str]]:
    """The running agenda under `agenda_headers(options)`: one credit (and status) a line."""
    zone = webinar.time_zone
    rows = []
    for item in webinar.agenda.items:
        row = [
            clock(item.starts_at, zone) or f"+{item.offset_minutes} min",
            clock(item.ends_at, zone),
            item_title(item),
            "\n".join(p.credit for p in item.presenters),
        ]
        if options.internal:
            row.append("\n".join(label(p.status) for p in item.presenters))
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
