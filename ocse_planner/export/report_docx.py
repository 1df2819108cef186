"""The post-series report (.docx): the structure of the 2022 series' public summary.

Introduction (host, programme, partners, objectives), then per webinar "Webinar N: Title
(in collaboration with X), Month Year" with its presentations and presenters and its
discussion highlights, then a conclusion with the participant total, the audience sectors
and the survey results. Headings use Word's built-in Heading styles, so the organizer
can edit, restyle and navigate the draft in Word or LibreOffice before publishing it.

Presenters and titles follow the public credit rule (services/credits.py). Participants
are given as reported and as counted from imported records, each labelled, never one
silently replacing the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.shared import Pt
from sqlalchemy.orm import Session

from ocse_planner.db.enums import AgendaItemKind
from ocse_planner.export.atomic import write_atomically
from ocse_planner.export.wording import month_year, percent
from ocse_planner.services.agenda import AgendaItem
from ocse_planner.services.attendance_summary import AttendanceSummary, attendance_summary
from ocse_planner.services.credits import PendingPresenters, public_credit, public_title
from ocse_planner.services.report_credits import PresenterCredit, presenter_credits
from ocse_planner.services.series_outline import SeriesOutline, WebinarOutline, series_outline
from ocse_planner.services.text import for_docx_property, for_xml

PARTS = {1: "one-part", 2: "two-part", 3: "three-part", 4: "four-part", 5: "five-part", 6: "six-part"}


@dataclass(frozen=True)
class ReportData:
    outline: SeriesOutline
    attendance: AttendanceSummary
    credits: dict[int, tuple[PresenterCredit, ...]]  # presentation id → presenters
    exported: date


def gather_report(session: Session, series_id: int) -> ReportData:
    outline = series_outline(session, series_id)
    return ReportData(outline, attendance_summary(session, series_id), presenter_credits(session, series_id),
                      date.today())


def _t(text: str | None) -> str:
    return for_xml(text or "", None)


def _join(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def webinar_heading(webinar: WebinarOutline) -> str:
    """"Webinar 1: Title (in collaboration with RCMP), January 2022"."""
    partner = f" (in collaboration with {_join([p.short for p in webinar.co_hosts])})" if webinar.co_hosts else ""
    return f"Webinar {webinar.number}: {webinar.title}{partner}, {month_year(webinar.starts_at, webinar.time_zone)}"


def presentation_line(number: int, item: AgendaItem, credits: tuple[PresenterCredit, ...],
                      pending: PendingPresenters = PendingPresenters.MARKER) -> tuple[str, str]:
    """("Presentation 1: Title.", "Dyna Ibrahim, Analyst …, Statistics Canada"): confirmed
    presenters named, the others "to be confirmed"; a carried-over title marked."""
    title = public_title(item.title.rstrip(), item.placeholder)
    end = "" if title.endswith((".", "?", "!")) else "."
    credit = public_credit(credits, pending)
    names = _join([c.text for c in credit.confirmed])
    if credit.marker:
        names = f"{names}. {credit.marker}" if names else credit.marker
    return f"Presentation {number}: {title}{end}", names


def build_report(data: ReportData) -> DocumentObject:
    outline = data.outline
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    host = outline.host
    doc.core_properties.title = for_docx_property(f"{outline.title} — {outline.year} webinar series report")
    doc.core_properties.author = for_docx_property(host.label) if host else ""

    doc.add_heading(_t(f"{host.name if host else ''} Webinar Series {outline.year}".strip()), level=0)
    doc.add_paragraph(_t(outline.title), style="Subtitle")
    doc.add_paragraph(_t(f"Hosted by {host.name}, {outline.year}" if host else str(outline.year)))

    doc.add_heading("Introduction", level=1)
    if host and outline.programme:
        partners = _join([p.label for p in outline.strategy_partners])
        sentence = f"{host.label} leads the {outline.programme}"
        sentence += f" and works in collaboration with {partners}." if partners else "."
        doc.add_paragraph(_t(sentence))
    parts = PARTS.get(len(outline.webinars), f"{len(outline.webinars)}-part")
    who = host.short if host else "The organizers"
    doc.add_paragraph(_t(f"In {outline.year}, {who} hosted a {parts} webinar series, “{outline.title}”."
                         + (" The objectives of these webinars are to:" if outline.objectives else "")))
    for objective in outline.objectives:
        doc.add_paragraph(_t(objective), style="List Bullet")
    doc.add_paragraph(_t(f"This report provides a summary of the {outline.year} Webinar Series: {outline.title}."))

    for webinar in outline.webinars:
        doc.add_heading(_t(webinar_heading(webinar)), level=1)
        if webinar.theme:
            doc.add_paragraph(_t(webinar.theme))
        number = 0
        for item in webinar.agenda.items:
            if item.kind != AgendaItemKind.PRESENTATION:
                continue
            number += 1
            heading, presenters = presentation_line(number, item, data.credits.get(item.id, ()))
            doc.add_heading(_t(heading), level=2)
            if presenters:
                doc.add_paragraph(_t(presenters))
            if item.resource_links:
                doc.add_paragraph("For more information visit:")
                for link in item.resource_links:
                    doc.add_paragraph(_t(link), style="List Bullet")
        doc.add_heading(f"Webinar {webinar.number} Discussion Highlights", level=2)
        if webinar.highlights:
            for paragraph in webinar.highlights.split("\n\n"):
                doc.add_paragraph(_t(paragraph.strip()))
        else:
            doc.add_paragraph("(Discussion highlights to be written.)").runs[0].italic = True

    _conclusion(doc, data)
    return doc


def _conclusion(doc: DocumentObject, data: ReportData) -> None:
    outline, attendance = data.outline, data.attendance
    host = outline.host
    doc.add_heading("Conclusion", level=1)
    doc.add_paragraph(_t(
        f"{host.name if host else 'The organizers'} would like to thank the presenters and participants for "
        f"sharing their valuable expertise, knowledge and experience. Without their contribution and "
        f"participation, the {outline.year} webinar series would not have been possible."
    ))
    parts = PARTS.get(len(outline.webinars), f"{len(outline.webinars)}-part")
    if attendance.participants_reported is not None:
        doc.add_paragraph(_t(f"A total of {attendance.participants_reported:,} participants (reported) attended "
                             f"this {parts} webinar series."))
    if attendance.has_records:
        counted = attendance.participants_counted or 0
        with_records = sum(1 for w in attendance.webinars if w.has_records)
        doc.add_paragraph(_t(
            f"Counted from imported attendance records: {counted:,} participants (distinct people), "
            f"{attendance.total_attended or 0:,} attendances at the {with_records} webinar"
            f"{'s' if with_records != 1 else ''} with records."))
    if attendance.sectors:
        doc.add_paragraph("Attendees by sector, counted from imported records (each webinar's total is its "
                          "attendance):")
        _sector_table(doc, attendance)
    if attendance.reported_sectors:
        doc.add_paragraph("Participants came from these sectors (reported):")
        for sector in attendance.reported_sectors:
            count = f" ({sector.total:,})" if sector.total is not None else ""
            doc.add_paragraph(_t(f"{sector.sector}{count}"), style="List Bullet")
    if attendance.survey:
        doc.add_paragraph("Based on post-webinar survey results:")
        for result in attendance.survey:
            scope = f" (Webinar {result.webinar_number})" if result.webinar_number else ""
            statement = result.statement[:1].lower() + result.statement[1:]
            share = percent(result.percent_agree, result.approximate)
            doc.add_paragraph(_t(f"{share[:1].upper()}{share[1:]} of participants: {statement}{scope}."),
                              style="List Bullet")
    doc.add_paragraph(f"Prepared {data.exported.isoformat()}.").runs[0].italic = True


def _sector_table(doc: DocumentObject, attendance: AttendanceSummary) -> None:
    """Sectors × webinars with records, "Not stated" and "Unclassified" rows and a total
    row, so that every column visibly adds up to the webinar's attendance."""
    columns = [i for i, w in enumerate(attendance.webinars) if w.has_records]
    table = doc.add_table(rows=1, cols=len(columns) + 2)
    table.style = "Table Grid"
    head = table.rows[0].cells
    head[0].text = "Sector"
    for cell, i in zip(head[1:], columns, strict=False):
        cell.text = f"Webinar {attendance.webinars[i].number}"
    head[-1].text = "Total"
    for sector in attendance.sectors:
        cells = table.add_row().cells
        values = [sector.per_webinar[i] or 0 for i in columns]
        cells[0].text = _t(sector.sector)
        for cell, value in zip(cells[1:], [*values, sum(values)], strict=True):
            cell.text = f"{value:,}"
    cells = table.add_row().cells
    totals = [attendance.sector_column_totals()[i] or 0 for i in columns]
    cells[0].text = "Total"
    for cell, value in zip(cells[1:], [*totals, sum(totals)], strict=True):
        cell.text = f"{value:,}"
    for cell in (*table.rows[0].cells, *table.rows[-1].cells):
        for run in cell.paragraphs[0].runs:
            run.bold = True


def write_report(path: Path | str, data: ReportData) -> Path:
    doc = build_report(data)
    return write_atomically(path, lambda tmp: doc.save(str(tmp)))


def export_report(session: Session, series_id: int, path: Path | str) -> Path:
    return write_report(path, gather_report(session, series_id))
