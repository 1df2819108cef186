"""The directories workbook: presenters with their bookings, partners with roles and open actions.

One filterable table per sheet, so that an organizer can sort presenters by status or
filter partners by role in Excel without rearranging anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.orm import Session

from ocse_planner.export import styles as st
from ocse_planner.export.atomic import write_atomically
from ocse_planner.export.cells import put_row, put_text, put_value, sheet_title
from ocse_planner.export.wording import ENGLISH_ONLY, DocumentLanguage, Wording
from ocse_planner.services.errors import N_
from ocse_planner.services.directory import SeriesDirectory, series_directory


@dataclass(frozen=True)
class DirectoryExport:
    """The directory gathered in each language it is written in (English first)."""

    editions: tuple[tuple[str, SeriesDirectory], ...]


def gather_directory(session: Session, series_id: int, languages: DocumentLanguage = ENGLISH_ONLY) -> DirectoryExport:
    return DirectoryExport(tuple((language, series_directory(session, series_id, language))
                                 for language in languages.editions))


def build_directory_workbook(data: DirectoryExport | SeriesDirectory, exported: date | None = None) -> Workbook:
    """The directory in each of its languages, one after the other (English sheets first)."""
    if isinstance(data, SeriesDirectory):
        data = DirectoryExport((("en", data),))
    exported = exported or date.today()
    wb = Workbook()
    st.register_styles(wb)
    wb.remove(wb.active)
    taken: set[str] = set()
    for language, directory in data.editions:
        _sheets(wb, directory, exported, Wording(language), taken)
    wb.active = 0
    return wb


# A presenter's language for messages (the person's preferred language, else from those spoken).
MESSAGE_LANGUAGES = {"en": N_("English"), "fr": N_("French"), "both": N_("English and French")}


def _sheets(wb: Workbook, directory: SeriesDirectory, exported: date, w: Wording, taken: set[str]) -> None:
    heading = f"{directory.series_title} {directory.year}"
    suffix = w.language.upper()
    presenters = wb.create_sheet(sheet_title(w.gettext("Presenters"), taken))
    rows = [
        [r.presenter, r.job_title, r.organization, r.email, r.phone, r.time_zone,
         w.gettext(MESSAGE_LANGUAGES[r.message_language]) if r.message_language else "",
         w.gettext("Webinar {number}").format(number=r.webinar_number), r.presentation_position,
         r.presentation, w.label(r.status)]
        for r in directory.presenters
    ]
    _sheet(presenters, _titled(heading, w, N_("presenters")),
           [w.gettext(h) for h in (N_("Presenter"), N_("Job title"), N_("Organization"), N_("E-mail"), N_("Phone"),
                                   N_("Time zone"), N_("Writes in"), N_("Webinar"), N_("Item"), N_("Presentation"),
                                   N_("Booking status"))],
           rows, [30, 30, 40, 28, 16, 18, 14, 11, 7, 50, 15], f"Presenters{suffix}", exported, w)
    partners = wb.create_sheet(sheet_title(w.gettext("Partners"), taken))
    rows = [
        [r.organization, w.label(r.kind), w.label(r.role), r.scope,
         w.label(r.status) if r.status else w.gettext("From the agenda"), r.contact, r.agreement_date, r.notes]
        for r in directory.partners
    ]
    _sheet(partners, _titled(heading, w, N_("partner organizations")),
           [w.gettext(h) for h in (N_("Organization"), N_("Kind"), N_("Role"), N_("For"), N_("Status"),
                                   N_("Contact"), N_("Agreement"), N_("Notes"))],
           rows, [45, 26, 24, 12, 16, 24, 12, 40], f"Partners{suffix}", exported, w)
    actions = wb.create_sheet(sheet_title(w.gettext("Open actions"), taken))
    rows = [[a.organization, a.description, a.owner, a.due_date] for a in directory.actions]
    _sheet(actions, _titled(heading, w, N_("open actions with partners")),
           [w.gettext(h) for h in (N_("Organization"), N_("Action"), N_("Owner"), N_("Due"))],
           rows, [45, 60, 20, 12], f"OpenActions{suffix}", exported, w)


def _titled(heading: str, w: Wording, part: str) -> str:
    """"Title 2022 — presenters" in the document's language (`part` marked with N_ where it is
    written: a gettext call inside an f-string escapes extraction)."""
    return f"{heading} — {w.gettext(part)}"


def _sheet(ws: Worksheet, title: str, headers: list[str], rows: list[list[object]], widths: list[float],
           table: str, exported: date, w: Wording) -> None:
    put_text(ws, 1, 1, title, st.TITLE)
    ws.row_dimensions[1].height = 24
    header = 3
    put_row(ws, header, headers, st.HEADER)
    for offset, values in enumerate(rows, start=1):
        for column, value in enumerate(values, start=1):
            put_value(ws, header + offset, column, value, st.BODY)
    last = header + len(rows)
    if rows:
        t = Table(displayName=table, ref=f"A{header}:{get_column_letter(len(headers))}{last}")
        t.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
        ws.add_table(t)
    else:
        put_text(ws, header + 1, 1, w.gettext("None recorded."), st.NOTE)
    st.set_widths(ws, {get_column_letter(i): w for i, w in enumerate(widths, start=1)})
    st.fit_row_heights(ws, header, last)
    ws.freeze_panes = ws.cell(row=header + 1, column=2)
    st.print_setup(ws, title=title, header_rows=(header, header), exported=exported, words=w)


def write_directory(path: Path | str, data: DirectoryExport | SeriesDirectory) -> Path:
    wb = build_directory_workbook(data)
    return write_atomically(path, lambda tmp: wb.save(tmp), private=True)  # presenters' e-mails


def export_directory(session: Session, series_id: int, path: Path | str,
                     languages: DocumentLanguage = ENGLISH_ONLY) -> Path:
    return write_directory(path, gather_directory(session, series_id, languages))
