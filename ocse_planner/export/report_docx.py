"""The post-series report (.docx): the structure of the 2022 series' public summary.

Introduction (host, programme, partners, objectives), then per webinar "Webinar N: Title
(in collaboration with X), Month Year" with its presentations and presenters and its
discussion highlights, then a conclusion with the participant total, the audience sectors
and the survey results. Headings use Word's built-in Heading styles, so the organizer
can edit, restyle and navigate the draft in Word or LibreOffice before publishing it.

Presenters and titles follow the public credit rule (services/credits.py). Participants
are given as reported and as counted from imported records, each labelled, never one
silently replacing the other.

The report is written in English or French, or in both one after the other (the English
report, then the French one from a new page), every sentence through the document's
`Wording`; a French text not written yet is the English marked "[EN]".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.text import WD_BREAK
from docx.shared import Pt
from sqlalchemy.orm import Session

from ocse_planner.db.enums import AgendaItemKind
from ocse_planner.export.atomic import write_atomically
from ocse_planner.export.wording import ENGLISH_ONLY, DocumentLanguage, Wording
from ocse_planner.services.agenda import AgendaItem
from ocse_planner.services.attendance_summary import AttendanceSummary, attendance_summary
from ocse_planner.services.credits import PendingPresenters, public_credit, public_title
from ocse_planner.services.errors import N_
from ocse_planner.services.french_articles import sentence_start
from ocse_planner.services.report_credits import PresenterCredit, presenter_credits
from ocse_planner.services.series_outline import SeriesOutline, WebinarOutline, series_outline
from ocse_planner.services.text import for_docx_property, for_xml

PARTS = {1: N_("one-part"), 2: N_("two-part"), 3: N_("three-part"), 4: N_("four-part"), 5: N_("five-part"),
         6: N_("six-part")}


@dataclass(frozen=True)
class ReportData:
    outline: SeriesOutline
    attendance: AttendanceSummary
    credits: dict[int, tuple[PresenterCredit, ...]]  # presentation id → presenters
    exported: date
    languages: DocumentLanguage = ENGLISH_ONLY


def gather_report(session: Session, series_id: int, languages: DocumentLanguage = ENGLISH_ONLY) -> ReportData:
    outline = series_outline(session, series_id)
    return ReportData(outline, attendance_summary(session, series_id), presenter_credits(session, series_id),
                      date.today(), languages)


def _t(text: str | None) -> str:
    return for_xml(text or "", None)


def _join(names: list[str], words: Wording) -> str:
    if len(names) <= 1:
        return "".join(names)
    return words.gettext("{first} and {last}").format(first=", ".join(names[:-1]), last=names[-1])


def _parts(count: int, words: Wording) -> str:
    return words.gettext(PARTS[count]) if count in PARTS else words.gettext("{count}-part").format(count=count)


def webinar_heading(webinar: WebinarOutline, words: Wording | None = None) -> str:
    """"Webinar 1: Title (in collaboration with RCMP), January 2022"."""
    words = words or Wording("en")
    language = words.language
    heading = words.gettext("Webinar {number}: {title}").format(number=webinar.number,
                                                                title=webinar.title_in(language))
    if webinar.co_hosts:
        partners = [p.in_language(language) for p in webinar.co_hosts]
        heading += " " + words.gettext("(in collaboration with {partners})").format(
            partners=_join([p.the(p.short) for p in partners], words))
    return f"{heading}, {words.month_year(webinar.starts_at, webinar.time_zone)}"


def presentation_line(number: int, item: AgendaItem, credits: tuple[PresenterCredit, ...],
                      pending: PendingPresenters = PendingPresenters.MARKER,
                      words: Wording | None = None) -> tuple[str, str]:
    """("Presentation 1: Title.", "Dyna Ibrahim, Analyst …, Statistics Canada"): confirmed
    presenters named, the others "to be confirmed"; a carried-over title marked."""
    words = words or Wording("en")
    language = words.language
    title = public_title(item.title_in(language).rstrip(), item.placeholder, language)
    end = "" if title.endswith((".", "?", "!")) else "."
    credit = public_credit(credits, pending, language=language)
    names = _join([c.text_in(language) for c in credit.confirmed], words)
    if credit.marker:
        names = f"{names}. {credit.marker}" if names else credit.marker
    return words.gettext("Presentation {number}: {title}").format(number=number, title=title) + end, names


def build_report(data: ReportData) -> DocumentObject:
    """The report in each of the document's languages, one after the other."""
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    editions = [Wording(language) for language in data.languages.editions]
    host = data.outline.host
    doc.core_properties.title = for_docx_property(" / ".join(dict.fromkeys(
        w.gettext("{title} — {year} webinar series report").format(title=data.outline.title_in(w.language),
                                                                    year=data.outline.year)
        for w in editions)))
    doc.core_properties.author = for_docx_property(host.in_language(editions[0].language).label) if host else ""
    doc.core_properties.language = "en-CA" if data.languages.bilingual else f"{editions[0].language}-CA"
    for index, words in enumerate(editions):
        if index:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _report(doc, data, words)
    return doc


def _report(doc: DocumentObject, data: ReportData, words: Wording) -> None:
    outline = data.outline
    language = words.language
    host = outline.host.in_language(language) if outline.host else None
    title = outline.title_in(language)
    objectives = outline.objectives_in(language)
    # French names organizations with their article, contracted after "de" ("du ministère"):
    # {of_host} is there for a translation that needs it (French: "Série de webinaires 2022 de la GRC").
    heading = words.gettext("{host} Webinar Series {year}").format(
        host=host.name, of_host=host.of(host.name), year=outline.year) if host \
        else words.gettext("Webinar Series {year}").format(year=outline.year)
    doc.add_heading(_t(heading), level=0)
    doc.add_paragraph(_t(title), style="Subtitle")
    doc.add_paragraph(_t(words.gettext("Hosted by {host}, {year}").format(host=host.the(host.name), year=outline.year)
                         if host else str(outline.year)))

    doc.add_heading(words.gettext("Introduction"), level=1)
    programme = outline.programme_in(language)
    if host and programme:
        partners = _join([p.the(p.label) for p in (s.in_language(language) for s in outline.strategy_partners)],
                         words)
        if partners:
            sentence = words.gettext("{host} leads the {programme} and works in collaboration with {partners}.")
        else:
            sentence = words.gettext("{host} leads the {programme}.")
        doc.add_paragraph(_t(sentence_start(sentence.format(host=host.the(host.label), programme=programme,
                                                            partners=partners))))
    who = host.the(host.short) if host else words.gettext("The organizers")
    sentence = words.gettext("In {year}, {who} hosted a {parts} webinar series, “{title}”.").format(
        year=outline.year, who=who, parts=_parts(len(outline.webinars), words), title=title)
    if objectives:
        sentence += " " + words.gettext("The objectives of these webinars are to:")
    doc.add_paragraph(_t(sentence))
    for objective in objectives:
        doc.add_paragraph(_t(objective), style="List Bullet")
    doc.add_paragraph(_t(words.gettext("This report provides a summary of the {year} Webinar Series: {title}.").format(
        year=outline.year, title=title)))

    for webinar in outline.webinars:
        doc.add_heading(_t(webinar_heading(webinar, words)), level=1)
        theme = webinar.theme_in(language)
        if theme:
            doc.add_paragraph(_t(theme))
        number = 0
        for item in webinar.agenda.items:
            if item.kind != AgendaItemKind.PRESENTATION:
                continue
            number += 1
            line, presenters = presentation_line(number, item, data.credits.get(item.id, ()), words=words)
            doc.add_heading(_t(line), level=2)
            if presenters:
                doc.add_paragraph(_t(presenters))
            if item.resource_links:
                doc.add_paragraph(words.gettext("For more information visit:"))
                for link in item.resource_links:
                    doc.add_paragraph(_t(link), style="List Bullet")
        doc.add_heading(words.gettext("Webinar {number} Discussion Highlights").format(number=webinar.number), level=2)
        highlights = webinar.highlights_in(language)
        if highlights:
            for paragraph in highlights.split("\n\n"):
                doc.add_paragraph(_t(paragraph.strip()))
        else:
            doc.add_paragraph(words.gettext("(Discussion highlights to be written.)")).runs[0].italic = True

    _conclusion(doc, data, words)


def _conclusion(doc: DocumentObject, data: ReportData, words: Wording) -> None:
    outline, attendance = data.outline, data.attendance
    language = words.language
    host = outline.host.in_language(language) if outline.host else None
    doc.add_heading(words.gettext("Conclusion"), level=1)
    doc.add_paragraph(_t(sentence_start(words.gettext(
        "{host} would like to thank the presenters and participants for sharing their valuable expertise, "
        "knowledge and experience. Without their contribution and participation, the {year} webinar series "
        "would not have been possible.").format(host=host.the(host.name) if host else words.gettext("The organizers"),
                                                year=outline.year))))
    parts = _parts(len(outline.webinars), words)
    if attendance.participants_reported is not None:
        doc.add_paragraph(_t(words.gettext(
            "A total of {count} participants (reported) attended this {parts} webinar series.").format(
            count=words.number(attendance.participants_reported), parts=parts)))
    if attendance.has_records:
        counted = attendance.participants_counted or 0
        with_records = sum(1 for w in attendance.webinars if w.has_records)
        doc.add_paragraph(_t(words.ngettext(
            "Counted from imported attendance records: {counted} participants (distinct people), "
            "{attendances} attendances at the {webinars} webinar with records.",
            "Counted from imported attendance records: {counted} participants (distinct people), "
            "{attendances} attendances at the {webinars} webinars with records.", with_records).format(
            counted=words.number(counted), attendances=words.number(attendance.total_attended or 0),
            webinars=with_records)))
    if attendance.sectors:
        doc.add_paragraph(words.gettext("Attendees by sector, counted from imported records (each webinar's total "
                                        "is its attendance):"))
        _sector_table(doc, attendance, words)
    if attendance.reported_sectors:
        doc.add_paragraph(words.gettext("Participants came from these sectors (reported):"))
        for sector in attendance.reported_sectors:
            count = f" ({words.number(sector.total)})" if sector.total is not None else ""
            doc.add_paragraph(_t(f"{sector.name_in(language)}{count}"), style="List Bullet")
    if attendance.survey:
        doc.add_paragraph(words.gettext("Based on post-webinar survey results:"))
        for result in attendance.survey:
            scope = " " + words.gettext("(Webinar {number})").format(number=result.webinar_number) \
                if result.webinar_number else ""
            text = result.statement_in(language)
            statement = text if text.startswith("[") else text[:1].lower() + text[1:]
            share = words.percent(result.percent_agree, result.approximate)
            line = words.gettext("{share} of participants: {statement}{scope}.").format(
                share=share[:1].upper() + share[1:], statement=statement, scope=scope)
            doc.add_paragraph(_t(line), style="List Bullet")
    doc.add_paragraph(words.gettext("Prepared {date}.").format(date=data.exported.isoformat())).runs[0].italic = True


def _sector_table(doc: DocumentObject, attendance: AttendanceSummary, words: Wording) -> None:
    """Sectors × webinars with records, "Not stated" and "Unclassified" rows and a total
    row, so that every column visibly adds up to the webinar's attendance."""
    columns = [i for i, w in enumerate(attendance.webinars) if w.has_records]
    table = doc.add_table(rows=1, cols=len(columns) + 2)
    table.style = "Table Grid"
    head = table.rows[0].cells
    head[0].text = words.gettext("Sector")
    for cell, i in zip(head[1:], columns, strict=False):
        cell.text = words.gettext("Webinar {number}").format(number=attendance.webinars[i].number)
    head[-1].text = words.gettext("Total")
    for sector in attendance.sectors:
        cells = table.add_row().cells
        values = [sector.per_webinar[i] or 0 for i in columns]
        cells[0].text = _t(sector.name_in(words.language))
        for cell, value in zip(cells[1:], [*values, sum(values)], strict=True):
            cell.text = words.number(value)
    cells = table.add_row().cells
    totals = [attendance.sector_column_totals()[i] or 0 for i in columns]
    cells[0].text = words.gettext("Total")
    for cell, value in zip(cells[1:], [*totals, sum(totals)], strict=True):
        cell.text = words.number(value)
    for cell in (*table.rows[0].cells, *table.rows[-1].cells):
        for run in cell.paragraphs[0].runs:
            run.bold = True


def write_report(path: Path | str, data: ReportData) -> Path:
    doc = build_report(data)
    return write_atomically(path, lambda tmp: doc.save(str(tmp)))


def export_report(session: Session, series_id: int, path: Path | str,
                  languages: DocumentLanguage = ENGLISH_ONLY) -> Path:
    return write_report(path, gather_report(session, series_id, languages))
