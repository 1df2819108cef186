"""The agenda as a PDF: what the workbook says, ready to print without an office suite.

Laid out with ReportLab's Platypus on landscape Letter pages: the series' cover (facts,
objectives, the webinars), then one part per webinar starting on a new page (facts and
the running agenda), then the changes since a release when asked for. Tables repeat their
header row on every page and long cells break across pages; each page's footer names its
part, numbers it ("Page 2 of 5") and gives the export date; an internal copy says
"INTERNAL — not for distribution" in red at the top and bottom of every page. The text
comes from `agenda_content.py`, as in the workbook, in the agenda's language; a bilingual
agenda sets English and French side by side on every page (English left, French right),
each part a two-column table whose row breaks across pages. DejaVu Sans, shipped in `resources/fonts` (licence
beside it), is embedded so accented and non-Latin names print on any computer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from ocse_planner.export import agenda_content as content
from ocse_planner.export.agenda_content import AgendaExport, AgendaOptions, gather_agenda
from ocse_planner.export.atomic import write_atomically
from ocse_planner.export.wording import Wording
from ocse_planner.services.series_outline import WebinarOutline
from ocse_planner.services.text import LINE_BREAKS, for_xml

FONT_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"
REGULAR, BOLD = "DejaVuSans", "DejaVuSans-Bold"
PAGE = landscape(letter)
MARGIN = 0.5 * inch
WIDTH = PAGE[0] - 2 * MARGIN  # 10 inches of text
HEADER_FILL = colors.HexColor("#DDEBF7")  # as the workbook's header rows
STRIPE_FILL = colors.HexColor("#F3F7FB")
RULE = colors.HexColor("#9BB7D4")
WARNING_COLOUR = colors.HexColor("#9C0006")
NOTE_COLOUR = colors.HexColor("#595959")
_LINK = re.compile(r"https?://[^\s<>\"']+")


@cache
def register_fonts() -> str:
    """Register DejaVu Sans (regular and bold) with ReportLab once; returns the family name."""
    pdfmetrics.registerFont(TTFont(REGULAR, str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    return REGULAR


@cache
def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=12, alignment=TA_LEFT,
                          splitLongWords=True)
    return {
        "title": ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=16, leading=20, spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontName=BOLD, fontSize=12, leading=15,
                                   spaceBefore=10, spaceAfter=4),
        "note": ParagraphStyle("note", parent=body, textColor=NOTE_COLOUR, spaceAfter=8),
        "warning": ParagraphStyle("warning", parent=body, fontName=BOLD, textColor=WARNING_COLOUR,
                                  spaceBefore=4, spaceAfter=4),
        "label": ParagraphStyle("label", parent=body, fontName=BOLD),
        "header": ParagraphStyle("header", parent=body, fontName=BOLD),
        "body": body,
        "footer": ParagraphStyle("footer", parent=body, fontSize=8, leading=10),
    }


def _text(value: str, *, links: bool = False) -> str:
    """Plain text as Platypus markup: what the workbook's cell holds (`for_xml`: characters no
    document carries left out, cut at the cell limit), escaped, line breaks kept."""
    clean = for_xml(value.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " "))
    if not links:
        return escape(clean).replace("\n", "<br/>")
    parts, last = [], 0
    for match in _LINK.finditer(clean):
        parts.append(escape(clean[last:match.start()]))
        url = escape(match.group(0), {'"': "&quot;"})
        parts.append(f'<a href="{url}" color="#1F4E79"><u>{escape(match.group(0))}</u></a>')
        last = match.end()
    parts.append(escape(clean[last:]))
    return "".join(parts).replace("\n", "<br/>")


def _para(value: str, style: str = "body", *, links: bool = False) -> Paragraph:
    return Paragraph(_text(value, links=links), _styles()[style])


class _PartTitle(Flowable):
    """Marks where a part (the cover, a webinar) begins: its pages' footers name it."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.title = title
        self.width = self.height = 0

    def draw(self) -> None:
        self.canv.part_title = self.title  # type: ignore[attr-defined]


class _NumberedCanvas(canvas.Canvas):
    """Keeps every page until the end, so each footer can say "Page N of M"."""

    exported_line = ""
    marking: str | None = None  # an internal copy's warning, on every page
    page_template = "Page {page} of {pages}"  # in the agenda's language(s)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.part_title = ""
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, page in enumerate(self._pages, start=1):
            self.__dict__.update(page)
            self._footer(number, total)
            super().showPage()
        super().save()

    def _footer(self, number: int, total: int) -> None:
        styles = _styles()
        y = MARGIN * 0.55
        third = WIDTH / 3
        page = self.page_template.format(page=number, pages=total)
        if self.marking:
            page = f"{self.marking} · {page}"
        for text, alignment, x in ((self.part_title, TA_LEFT, MARGIN),
                                   (page, TA_CENTER, MARGIN + third),
                                   (self.exported_line, TA_RIGHT, MARGIN + 2 * third)):
            style = ParagraphStyle("f", parent=styles["footer"], alignment=alignment)
            if self.marking and text is page:
                style = ParagraphStyle("m", parent=style, fontName=BOLD, textColor=WARNING_COLOUR)
            paragraph = Paragraph(_text(_one_line(text, 90)), style)
            paragraph.wrapOn(self, third - 6, MARGIN)
            paragraph.drawOn(self, x, y)
        if self.marking:  # and at the top of the page, above the margin
            style = ParagraphStyle("h", parent=styles["footer"], alignment=TA_CENTER, fontName=BOLD,
                                   fontSize=11, leading=13, textColor=WARNING_COLOUR)
            paragraph = Paragraph(_text(self.marking), style)
            paragraph.wrapOn(self, WIDTH, MARGIN)
            paragraph.drawOn(self, MARGIN, PAGE[1] - MARGIN * 0.75)


def _one_line(text: str, limit: int) -> str:
    text = " ".join(LINE_BREAKS.sub(" ", text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _table(header: list[str], rows: list[list[str]], widths: list[float], *, links_in: int | None = None) -> Table:
    styles = _styles()
    data = [[Paragraph(_text(h), styles["header"]) for h in header]]
    data += [[_para(value, links=column == links_in) for column, value in enumerate(row)] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), REGULAR),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, STRIPE_FILL]),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def _facts(facts: list[tuple[str, str]], width: float) -> Table:
    label = min(1.9 * inch, width * 0.3)
    data = [[_para(name, "label"), _para(value, links=True)] for name, value in facts]
    table = Table(data, colWidths=[label, width - label], splitInRow=1, hAlign="LEFT")
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REGULAR),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return table


def _scaled(widths: list[float], width: float) -> list[float]:
    """Column widths drawn for the whole page, shrunk to `width` (one side of a bilingual page)."""
    factor = width / sum(widths)
    return [w * factor for w in widths]


def _cover(data: AgendaExport, words: Wording, width: float) -> list[Flowable]:
    outline = data.outline
    story: list[Flowable] = [_para(content.series_heading(outline, words), "title"), Spacer(1, 6)]
    facts = content.cover_facts(outline, words)
    objectives = content.cover_objectives(outline, words)
    if objectives:
        facts.append((words.gettext("Objectives"), "\n".join(objectives)))
    story.append(_facts(facts, width))
    story.append(_para(words.gettext("Webinars"), "subtitle"))
    rows = content.cover_rows(outline, words)
    if rows:
        story.append(_table(content.cover_headers(words), rows,
                            _scaled([0.5 * inch, 3.5 * inch, 1.9 * inch, 2.2 * inch, 1.9 * inch], width)))
    else:
        story.append(_para(words.gettext("No webinars yet."), "note"))
    return story


def _webinar(webinar: WebinarOutline, data: AgendaExport, words: Wording, width: float) -> list[Flowable]:
    story: list[Flowable] = [_para(content.webinar_heading(webinar, words), "title"),
                             _para(content.series_heading(data.outline, words), "note"),
                             _facts(content.webinar_facts(webinar, words), width)]
    for warning in content.warning_lines(webinar, words):
        story.append(_para(warning, "warning"))
    story.append(Spacer(1, 8))
    headers = content.agenda_headers(webinar, data.options, words)
    rows = content.agenda_rows(webinar, data.options, words)
    if rows:
        story.append(_table(headers, rows, _agenda_widths(webinar, data, width)))
    else:
        story.append(_para(words.gettext("No agenda items yet."), "note"))
    return story


def _agenda_widths(webinar: WebinarOutline, data: AgendaExport, width: float) -> list[float]:
    """Times a fixed width (room for "1:30 a.m. EDT"), the note and status columns theirs;
    the title and the presenters share what is left, 4 to 5."""
    scale = width / WIDTH
    times = [1.0 * inch * max(scale, 0.8)] * 2
    extra = ([1.6 * inch * scale] if content.has_notes(webinar) else []) + (
        [1.1 * inch * scale] if data.options.internal else [])
    left = width - sum(times) - sum(extra)
    return [*times, left * 4 / 9, left * 5 / 9, *extra]


def _changes(data: AgendaExport, words: Wording, width: float) -> list[Flowable]:
    release = data.release
    assert release is not None
    story: list[Flowable] = [_para(content.changes_heading(release, words), "title"),
                             _para(content.release_line(release, words), "note")]
    rows = content.change_rows(data.changes, words)
    if rows:
        story.append(_table(content.change_headers(words), rows,
                            _scaled([0.8 * inch, 1.4 * inch, 3.2 * inch, 2.3 * inch, 2.3 * inch], width)))
    else:
        story.append(_para(words.gettext(content.NO_CHANGES), "note"))
    return story


GUTTER = 0.3 * inch  # between the English and the French side


def _part(data: AgendaExport, title: Callable[[Wording], str],
          side: Callable[[Wording, float], list[Flowable]], *, first: bool = False) -> list[Flowable]:
    """One part of the agenda (the cover, a webinar, the changes) on a new page: in one
    language across the page, or in both side by side."""
    editions = data.editions
    story: list[Flowable] = [] if first else [PageBreak()]
    story.append(_PartTitle(content.both([title(w) for w in editions])))
    if len(editions) == 1:
        return story + side(editions[0], WIDTH)
    half = (WIDTH - GUTTER) / 2
    table = Table([[side(words, half - 2) for words in editions]], colWidths=[half + GUTTER / 2] * 2,
                  splitInRow=1, hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                               ("LINEBEFORE", (1, 0), (1, -1), 0.5, RULE),
                               ("LEFTPADDING", (1, 0), (1, -1), GUTTER / 2)]))
    return [*story, table]


def agenda_story(data: AgendaExport) -> list[Flowable]:
    outline = data.outline
    story = _part(data, lambda w: content.series_heading(outline, w), lambda w, width: _cover(data, w, width),
                  first=True)
    for webinar in outline.webinars:
        story += _part(data, lambda w, webinar=webinar: content.webinar_heading(webinar, w),
                       lambda w, width, webinar=webinar: _webinar(webinar, data, w, width))
    if data.release is not None:
        release = data.release
        story += _part(data, lambda w: content.changes_heading(release, w), lambda w, width: _changes(data, w, width))
    return story


def write_agenda_pdf(path: Path | str, data: AgendaExport) -> Path:
    """Write the agenda PDF atomically (the previous file stays if anything fails)."""
    register_fonts()
    editions = data.editions

    def build(temporary: Path) -> None:
        document = SimpleDocTemplate(
            str(temporary), pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
            bottomMargin=MARGIN * 1.3,
            title=_one_line(for_xml(content.both([content.series_heading(data.outline, w) for w in editions])), 250),
            subject=content.both([w.gettext("Agenda") for w in editions]),
            creator="OCSE Planner", author="", initialFontName=REGULAR,  # no Helvetica: only the embedded font
        )
        marking = content.both([m for w in editions if (m := content.marking(data.options, w))]) or None
        numbered = type("AgendaCanvas", (_NumberedCanvas,), {
            "exported_line": content.both([content.exported_line(data.exported, w) for w in editions]),
            "marking": marking,
            "page_template": content.both([w.gettext("Page {page} of {pages}") for w in editions]),
        })
        document.build(agenda_story(data), canvasmaker=numbered)

    return write_atomically(path, build)


def export_agenda_pdf(session: Session, series_id: int, path: Path | str,
                      options: AgendaOptions | None = None) -> Path:
    return write_agenda_pdf(path, gather_agenda(session, series_id, options))
