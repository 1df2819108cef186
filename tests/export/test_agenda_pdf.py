"""The agenda as a PDF, read back with pypdf: the same content as the workbook, printable."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from ocse_planner.db.enums import AgendaItemKind
from ocse_planner.db.models import Presentation, Webinar
from ocse_planner.export import agenda_pdf
from ocse_planner.export.agenda_content import AgendaOptions, gather_agenda
from ocse_planner.export.agenda_pdf import export_agenda_pdf, write_agenda_pdf
from ocse_planner.export.agenda_xlsx import export_agenda
from ocse_planner.export.atomic import ExportError
from ocse_planner.services.agenda import ItemFields, add_item, series_agendas
from ocse_planner.services.releases import release_agenda


def flat(text: str) -> str:
    """Text as pypdf extracts it, with line breaks and repeated spaces made single spaces."""
    return re.sub(r"\s+", " ", text).strip()


def pdf_pages(path: Path) -> list[str]:
    return [flat(page.extract_text()) for page in PdfReader(path).pages]


def test_the_demo_agenda_holds_every_title_an_accented_name_and_page_numbers(demo_db, tmp_path):
    path = tmp_path / "OCSE-2022-agenda.pdf"
    with demo_db.read() as session:
        export_agenda_pdf(session, 1, path)
        titles = [item.title for agenda in series_agendas(session, 1) for item in agenda.items]
    assert path.read_bytes().startswith(b"%PDF")
    pages = pdf_pages(path)
    text = " ".join(pages)
    assert len(titles) == 21  # 12 talks, and opening remarks, Q&A and closing remarks in each webinar
    for title in titles:
        assert flat(title) in text, title
    assert "Geneviève Boisvert-Pilon, M.A." in text
    assert "Combatting Online Child Sexual Exploitation — 2022 webinar series" in pages[0]
    assert len(pages) == 4  # the cover, then one page per webinar
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of 4" in page
        assert f"Exported {date.today().isoformat()}" in page
    assert pages[3].startswith("Webinar 3: Public Awareness")
    reader = PdfReader(path)
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)  # landscape
    assert abs(float(box.width) - 792) < 1 and abs(float(box.height) - 612) < 1  # Letter
    fonts = {str(f["/BaseFont"]) for page in reader.pages for f in page["/Resources"]["/Font"].values()}
    assert fonts and all("DejaVuSans" in f for f in fonts)  # embedded, not a standard 14 font
    assert reader.metadata.title == "Combatting Online Child Sexual Exploitation — 2022 webinar series"


def test_the_pdf_says_what_the_workbook_says(demo_db, tmp_path):
    options = AgendaOptions(internal=True)
    with demo_db.read() as session:
        export_agenda(session, 1, tmp_path / "a.xlsx", options)
        export_agenda_pdf(session, 1, tmp_path / "a.pdf", options)
    text = " ".join(pdf_pages(tmp_path / "a.pdf"))
    workbook = load_workbook(tmp_path / "a.xlsx")
    cells = [str(c.value) for ws in workbook for row in ws.iter_rows() for c in row if c.value is not None]
    assert len(cells) > 100
    missing = [c for c in cells if flat(c) not in text]
    assert missing == []  # every cell of the workbook is in the PDF: headings, facts, rows, statuses
    assert "Booking status" in text and "Confirmed" in text


def test_a_long_agenda_repeats_its_header_row_on_every_page(demo_db, tmp_path):
    with demo_db.write() as session:
        webinar_id = session.scalar(select(Webinar.id).where(Webinar.number == 2))
        for n in range(60):
            add_item(session, webinar_id, ItemFields(kind=AgendaItemKind.PRESENTATION, title=f"Extra talk {n}",
                                                     duration_minutes=1))
    with demo_db.read() as session:
        export_agenda_pdf(session, 1, tmp_path / "long.pdf")
    pages = pdf_pages(tmp_path / "long.pdf")
    webinar_2 = [p for p in pages if "Extra talk" in p]
    assert len(webinar_2) >= 2
    for page in webinar_2:
        assert "Time Until Item Presenters" in page
        assert page.split("Page ")[0]  # and a footer
    assert all(f"Extra talk {n} " in " ".join(webinar_2) + " " for n in range(60))
    total = len(pages)
    assert f"Page {total} of {total}" in pages[-1]


def test_changes_since_a_release_are_a_part_of_their_own(demo_db, tmp_path):
    with demo_db.write() as session:
        release_agenda(session, 1, "sent to partners")
        first = session.scalar(select(Presentation).order_by(Presentation.id))
        first.title = "A new title"
    with demo_db.read() as session:
        export_agenda_pdf(session, 1, tmp_path / "c.pdf", AgendaOptions(changes_since=1))
    pages = pdf_pages(tmp_path / "c.pdf")
    assert pages[-1].startswith("Changes since agenda release 1")
    assert "sent to partners" in pages[-1] and "Retitled" in pages[-1] and "A new title" in pages[-1]


def test_hostile_text_prints_as_text(demo_path, tmp_path):
    """Text a form refuses but an older file or an import may hold, written straight into the file."""
    import sqlite3

    from ocse_planner.db import open_database

    rtl = "שלום עולם مرحبا"
    with sqlite3.connect(demo_path) as conn:
        ids = [row[0] for row in conn.execute("SELECT id FROM presentation ORDER BY id LIMIT 3")]
        for item_id, title in zip(ids, ("<b>not bold</b> & <a href='x'>no link</a> =1+2 \x00\x07bell\r\nnext line",
                                        "x" * 100_000, rtl), strict=True):
            conn.execute("UPDATE presentation SET title = ? WHERE id = ?", (title, item_id))
        conn.execute("UPDATE webinar SET title = ? WHERE number = 3", ("Title\twith tab " + "long " * 2000,))
    conn.close()
    path = tmp_path / "hostile.pdf"
    db = open_database(demo_path)
    try:
        with db.read() as session:
            export_agenda_pdf(session, 1, path)
    finally:
        db.close()
    text = " ".join(pdf_pages(path))
    assert "<b>not bold</b> & <a href='x'>no link</a> =1+2 bell next line" in text
    runs = [len(run) for run in re.findall(r"x+", text.replace(" ", "")) if len(run) > 30]
    assert sum(runs) == 32_767  # cut where the workbook cuts a cell, split across pages
    assert "שלום" in text or "םולש" in text  # extraction may reverse right-to-left runs
    assert "Webinar 3: Title with tab long long" in text


def test_a_failed_write_leaves_the_previous_file_and_no_leftovers(demo_db, tmp_path, monkeypatch):
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "agenda.pdf"
    target.write_bytes(b"%PDF previous")
    with demo_db.read() as session:
        data = gather_agenda(session, 1)

    def broken(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(agenda_pdf.SimpleDocTemplate, "build", broken)
    with pytest.raises(ExportError) as failure:
        write_agenda_pdf(target, data)
    assert "disk is full" in str(failure.value) and str(target) in str(failure.value)
    assert target.read_bytes() == b"%PDF previous"
    assert sorted(p.name for p in folder.iterdir()) == ["agenda.pdf"]
    with pytest.raises(ExportError, match="does not exist"):
        write_agenda_pdf(tmp_path / "missing" / "agenda.pdf", data)
