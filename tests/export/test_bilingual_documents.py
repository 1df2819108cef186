"""Documents in English, French or both: French dates and names, "[EN]" for what is not
translated yet (and a finding), both languages side by side on every agenda sheet."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from docx import Document
from icalendar import Calendar
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import text

from ocse_planner.db import open_database
from ocse_planner.export.agenda_content import AgendaOptions
from ocse_planner.export.agenda_pdf import export_agenda_pdf
from ocse_planner.export.agenda_xlsx import export_agenda
from ocse_planner.export.attendance_xlsx import AttendanceOptions, export_attendance
from ocse_planner.export.directory_xlsx import export_directory
from ocse_planner.export.ics import series_calendar
from ocse_planner.export.report_docx import export_report
from ocse_planner.export.wording import DocumentLanguage
from ocse_planner.services.conflicts import ConflictKind, find_conflicts
from ocse_planner.services.french_check import series_french_gaps
from tests.export.conftest import add_attendance, sheet_text
from tests.hardening.conftest import cli

FRENCH = DocumentLanguage("fr")
BOTH = DocumentLanguage("en", bilingual=True)
ENGLISH_MONTHS = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|"
                            r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def translate(path: Path, *, leave_out_item: bool = False) -> None:
    """The French an organizer would type: the series, its webinars, the RCMP's official name."""
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE series SET title_fr = 'Lutte contre l''exploitation sexuelle des enfants en ligne'")
        con.execute("UPDATE webinar SET title_fr = 'Titre du webinaire ' || number")
        con.execute("UPDATE organization SET name_fr = 'Gendarmerie royale du Canada', acronym_fr = 'GRC' "
                    "WHERE acronym = 'RCMP'")
        con.execute("UPDATE presentation SET title_fr = 'Côté exposé ' || position")
        con.execute("UPDATE survey_result SET statement_fr = 'Énoncé ' || position")
        if leave_out_item:
            con.execute("UPDATE presentation SET title_fr = NULL WHERE id = (SELECT min(id) FROM presentation "
                        "WHERE kind = 'presentation')")
    con.close()


@pytest.fixture
def french_db(demo_path):  # type: ignore[no-untyped-def]
    translate(demo_path)
    add_attendance(demo_path)
    db = open_database(demo_path)
    yield db
    db.close()


def workbook_text(path: Path) -> list[str]:
    return [t for ws in load_workbook(path) for t in sheet_text(ws)]


def test_the_french_agenda_has_french_dates_times_and_official_names_and_no_english_month(french_db, tmp_path):
    with french_db.read() as session:
        export_agenda(session, 1, tmp_path / "a.xlsx", AgendaOptions(languages=FRENCH))
    book = load_workbook(tmp_path / "a.xlsx")
    assert book.sheetnames[:2] == ["Série", "Webinaire 1"]
    text = workbook_text(tmp_path / "a.xlsx")
    joined = "\n".join(text)
    assert "le mardi 25 janvier 2022" in text
    assert "13 h à 15 h (HNE) / 10 h à 12 h (HNP)" in text
    assert "Gendarmerie royale du Canada (GRC)" in joined
    assert "Titre du webinaire 1" in joined and "Webinaire 1\u00a0: Titre du webinaire 1" in text
    assert ["Heure", "Jusqu'à", "Point", "Personnes conférencières"] == [
        c.value for c in next(r for r in book["Webinaire 1"].iter_rows() if r[1].value == "Jusqu'à")][:4]
    assert not ENGLISH_MONTHS.search(joined)
    assert "Page &P de &N" in book["Webinaire 1"].oddFooter.center.text


def test_the_bilingual_agenda_has_english_left_and_french_right_on_every_webinar_sheet(french_db, tmp_path):
    with french_db.read() as session:
        export_agenda(session, 1, tmp_path / "a.xlsx", AgendaOptions(languages=BOTH))
    book = load_workbook(tmp_path / "a.xlsx")
    assert book.sheetnames[0] == "Series - Série"
    webinar_sheets = [ws for ws in book if ws.title.startswith("Webinar ")]
    assert len(webinar_sheets) == 3
    for number, ws in enumerate(webinar_sheets, start=1):
        english = ws.cell(row=1, column=1).value
        french = ws.cell(row=1, column=6).value  # four agenda columns, one empty, then the French
        assert english.startswith(f"Webinar {number}: ") and french == f"Webinaire {number}\u00a0: Titre du webinaire {number}"
        assert ws.cell(row=1, column=5).value is None
        rows = list(ws.iter_rows(values_only=True))
        assert any("Tuesday, January 25, 2022" == v for r in rows for v in r) == (number == 1)
        assert any("le mardi 25 janvier 2022" == v for r in rows for v in r) == (number == 1)
        # the two sides' agenda rows are level: each English time beside its French one
        times = [(r[0], r[5]) for r in rows if r[0] and re.fullmatch(r"\d+:\d\d [ap]\.m\.", str(r[0]))]
        assert times and all(re.fullmatch(r"\d+ h( \d\d)?", str(fr)) for _, fr in times)
    cover = sheet_text(book.worksheets[0])
    assert any("2022 webinar series" in t for t in cover) and any("série de webinaires 2022" in t for t in cover)


def test_a_missing_french_title_prints_the_english_marked_and_is_a_finding(demo_path, tmp_path):
    translate(demo_path, leave_out_item=True)
    db = open_database(demo_path)
    try:
        with db.read() as session:
            export_agenda(session, 1, tmp_path / "a.xlsx", AgendaOptions(languages=FRENCH))
            findings = [f for f in find_conflicts(session, 1) if f.kind == ConflictKind.FRENCH_MISSING]
    finally:
        db.close()
    marked = [t for t in workbook_text(tmp_path / "a.xlsx") if t.startswith("[EN] Online Child")]
    assert marked == ["[EN] Online Child Sexual Exploitation: Opportunities and Challenges Related to "
                      "Police-reported Data"]
    assert len(findings) == 1 and findings[0].message.startswith("French title missing for “Online Child")
    assert findings[0].presentation_ids


def test_a_series_planned_in_english_only_has_no_french_findings(demo_path):
    con = sqlite3.connect(demo_path)
    with con:  # no French title anywhere: the series is not being translated
        con.execute("UPDATE series SET title_fr = NULL")
        con.execute("UPDATE webinar SET title_fr = NULL")
        con.execute("UPDATE presentation SET title_fr = NULL")
    con.close()
    db = open_database(demo_path)
    try:
        with db.read() as session:
            assert not [f for f in find_conflicts(session, 1) if f.kind == ConflictKind.FRENCH_MISSING]
            assert len(series_french_gaps(session, 1)) == 1 + 3 + 12  # still named before a French export
    finally:
        db.close()


def test_the_demo_carries_official_french_names_and_a_translation_with_no_gap(demo_db, tmp_path):
    with demo_db.read() as session:
        assert series_french_gaps(session, 1) == []
        export_report(session, 1, tmp_path / "r.docx", FRENCH)
    report = "\n".join(p.text for p in Document(str(tmp_path / "r.docx")).paragraphs)
    for name in ("Gendarmerie royale du Canada (GRC)", "Sécurité publique Canada (SP)", "ministère de la Justice Canada",
                 "Statistique Canada", "(CCSJSC)", "Centre canadien de protection de l'enfance",
                 "Lutte contre l'exploitation sexuelle des enfants en ligne"):
        assert name in report, name
    assert "[EN]" not in report and not ENGLISH_MONTHS.search(report)


def test_the_french_report_and_summary_are_in_french(french_db, tmp_path):
    with french_db.read() as session:
        export_report(session, 1, tmp_path / "r.docx", FRENCH)
        export_attendance(session, 1, tmp_path / "s.xlsx", AttendanceOptions(languages=FRENCH))
    report = "\n".join(p.text for p in Document(str(tmp_path / "r.docx")).paragraphs)
    assert "Webinaire 1\u00a0: Titre du webinaire 1 (en collaboration avec la GRC), janvier 2022" in report
    assert "Au total, 611 personnes participantes (déclarées)" in report
    assert "82\u00a0% des personnes participantes" in report
    assert "Gendarmerie royale du Canada" in report and "Conclusion" in report
    assert not ENGLISH_MONTHS.search(report)
    summary = workbook_text(tmp_path / "s.xlsx")
    assert load_workbook(tmp_path / "s.xlsx").sheetnames[:3] == ["Participation", "Secteurs", "Sondage"]
    assert "82\u00a0%" in summary and "Énoncé 1" in summary and "Application de la loi" in summary
    assert not ENGLISH_MONTHS.search("\n".join(summary))



def test_the_french_summary_and_directories_title_and_footer_every_sheet_in_french(french_db, tmp_path):
    """The words after the series title in sheet titles and page footers ("— attendee summary",
    "— presenters") are the document's language too, not English left in a French page."""
    with french_db.read() as session:
        export_attendance(session, 1, tmp_path / "s.xlsx",
                          AttendanceOptions(languages=FRENCH, include_names=True))
        export_directory(session, 1, tmp_path / "d.xlsx", FRENCH)
    footers = {ws.title: ws.oddFooter.left.text for name in ("s.xlsx", "d.xlsx")
               for ws in load_workbook(tmp_path / name)}
    assert footers["Participation"].endswith("— sommaire de la participation")
    assert footers["Secteurs"].endswith("— secteurs de l'auditoire")
    assert footers["Sondage"].endswith("— sondage")
    assert footers["Graphiques"].endswith("— graphiques")
    assert any(t.endswith("— personnes participantes (renseignements personnels)") for t in footers.values())
    directory = load_workbook(tmp_path / "d.xlsx")
    assert [ws["A1"].value.split(" — ")[1] for ws in directory] == [
        "personnes conférencières", "organisations partenaires", "mesures en cours avec les partenaires"]
    english = re.compile(r"\b(attendee|summary|sectors|survey|charts|attendees|presenters|partner|actions)\b")
    assert not [text for text in footers.values() if english.search(text)]


def test_the_french_report_names_organizations_with_their_article(french_db, tmp_path):
    """« Organisée par la Gendarmerie royale du Canada », « Série de webinaires 2022 du
    ministère … », a sentence that opens with a name capitalized; English as written."""
    with french_db.write() as session:
        session.execute(text("UPDATE series SET host_organization_id = "
                             "(SELECT id FROM organization WHERE acronym = 'RCMP')"))
    with french_db.read() as session:
        export_report(session, 1, tmp_path / "r.docx", BOTH)
    paragraphs = [p.text for p in Document(str(tmp_path / "r.docx")).paragraphs]
    french = paragraphs[[i for i, p in enumerate(paragraphs) if p == "Introduction"][1] - 3:]
    assert french[0] == "Série de webinaires 2022 de la Gendarmerie royale du Canada"
    assert french[2] == "Organisée par la Gendarmerie royale du Canada, 2022"
    assert french[4].startswith("La Gendarmerie royale du Canada (GRC) dirige ")
    assert french[4].endswith(" en collaboration avec le ministère de la Justice Canada, la Gendarmerie royale du "
                              "Canada (GRC) et le Centre canadien de protection de l'enfance (CCPE).")
    assert french[5].startswith("En 2022, la GRC a organisé ")
    assert any(p.startswith("La Gendarmerie royale du Canada tient à remercier") for p in french)
    assert any("(en collaboration avec le ministère de la Justice Canada), février 2022" in p for p in french)
    assert paragraphs[0] == "Royal Canadian Mounted Police Webinar Series 2022"
    assert paragraphs[2] == "Hosted by Royal Canadian Mounted Police, 2022"

    with french_db.write() as session:
        session.execute(text("UPDATE series SET host_organization_id = "
                             "(SELECT id FROM organization WHERE name = 'Justice Canada')"))
    with french_db.read() as session:
        export_report(session, 1, tmp_path / "r.docx", FRENCH)
    paragraphs = [p.text for p in Document(str(tmp_path / "r.docx")).paragraphs]
    assert paragraphs[0] == "Série de webinaires 2022 du ministère de la Justice Canada"
    assert any(p.startswith("Le ministère de la Justice Canada tient à remercier") for p in paragraphs)

def test_the_bilingual_report_and_summary_give_the_english_then_the_french(french_db, tmp_path):
    with french_db.read() as session:
        export_report(session, 1, tmp_path / "r.docx", BOTH)
        export_attendance(session, 1, tmp_path / "s.xlsx", AttendanceOptions(languages=BOTH))
        export_directory(session, 1, tmp_path / "d.xlsx", BOTH)
    paragraphs = [p.text for p in Document(str(tmp_path / "r.docx")).paragraphs]
    assert paragraphs.count("Introduction") == 2 and paragraphs.count("Conclusion") == 2
    french_start = [i for i, p in enumerate(paragraphs) if p == "Introduction"][1]
    assert paragraphs.index("Conclusion") < french_start  # the whole English report, then the French
    assert any(p.startswith("Webinar 1: ") for p in paragraphs[:french_start])
    assert any(p.startswith("Webinaire 1\u00a0: Titre du webinaire 1") for p in paragraphs[french_start:])
    assert load_workbook(tmp_path / "s.xlsx").sheetnames[:4] == ["Attendance", "Sectors", "Survey", "Charts"]
    assert "Participation" in load_workbook(tmp_path / "s.xlsx").sheetnames
    assert load_workbook(tmp_path / "d.xlsx").sheetnames == ["Presenters", "Partners", "Open actions",
                                                             "Personnes conférencières", "Partenaires",
                                                             "Mesures en cours"]



def test_the_agenda_prints_the_webinar_theme_and_each_item_description_in_its_language(french_db, tmp_path):
    """What a webinar and a presentation are about goes out with the agenda, in each side's
    language: the theme among the webinar's facts, a description under its item's title;
    a description not translated yet is the English marked "[EN]" on the French side."""
    with french_db.write() as session:
        session.execute(text("UPDATE webinar SET theme = 'What reports reach the police', "
                             "theme_fr = 'Ce qui parvient à la police', link = 'https://example.org/w1' WHERE number = 1"))
        session.execute(text("UPDATE presentation SET description = 'Numbers behind the reports', "
                             "description_fr = 'Les chiffres derrière les signalements' WHERE id = 2"))
        session.execute(text("UPDATE presentation SET description = 'How SHADOW works', description_fr = NULL "
                             "WHERE id = 4"))
    with french_db.read() as session:
        export_agenda(session, 1, tmp_path / "both.xlsx", AgendaOptions(languages=BOTH))
        export_agenda_pdf(session, 1, tmp_path / "fr.pdf", AgendaOptions(languages=FRENCH))
    ws = load_workbook(tmp_path / "both.xlsx")["Webinar 1 - Webinaire 1"]
    cells = sheet_text(ws)
    assert "What reports reach the police" in cells and "Ce qui parvient à la police" in cells
    row = next(r for r in ws.iter_rows() if r[2].value and str(r[2].value).startswith("Online Child"))
    english_item, french_item = row[2].value, row[7].value  # French from column 6
    assert english_item.endswith("\nNumbers behind the reports")
    assert french_item == "Côté exposé 2\nLes chiffres derrière les signalements"
    assert "Côté exposé 4\n[EN] How SHADOW works" in cells
    assert ws.cell(next(r[0].row for r in ws.iter_rows() if r[0].value == "Platform"), 2).hyperlink is not None
    pdf = " ".join(page.extract_text() for page in PdfReader(tmp_path / "fr.pdf").pages)
    pdf = " ".join(pdf.split())
    assert "Thème Ce qui parvient à la police" in pdf
    assert "Les chiffres derrière les signalements" in pdf and "[EN] How SHADOW works" in pdf

def test_calendars_in_french_and_in_both_languages(french_db):
    with french_db.read() as session:
        french = Calendar.from_ical(series_calendar(session, 1, languages=FRENCH))
        both = Calendar.from_ical(series_calendar(session, 1, languages=BOTH))
    summaries = [str(e["summary"]) for e in french.walk("VEVENT")]
    assert summaries and all(" — webinaire " in s for s in summaries)
    assert "Côté exposé 2 — webinaire 1\u00a0: Titre du webinaire 1" in summaries
    event = next(e for e in both.walk("VEVENT") if "Côté exposé 3" in str(e["summary"]))
    summary, description = str(event["summary"]), str(event["description"])
    assert summary.startswith("Trends and Challenges in OCSE investigations — webinar 1: ")
    assert summary.endswith(" / Côté exposé 3 — webinaire 1\u00a0: Titre du webinaire 1")
    english, french_part = description.split("\n\n")[:2]
    assert "Royal Canadian Mounted Police" in english and "Gendarmerie royale du Canada" in french_part


def test_the_pdf_agenda_in_french_and_side_by_side(french_db, tmp_path):
    with french_db.read() as session:
        export_agenda_pdf(session, 1, tmp_path / "fr.pdf", AgendaOptions(languages=FRENCH))
        export_agenda_pdf(session, 1, tmp_path / "both.pdf", AgendaOptions(languages=BOTH))
    french = [" ".join(page.extract_text().split()) for page in PdfReader(tmp_path / "fr.pdf").pages]
    assert "le mardi 25 janvier 2022" in french[1] and "Page 2 de" in french[1]
    assert not ENGLISH_MONTHS.search(" ".join(french))
    both = [" ".join(page.extract_text().split()) for page in PdfReader(tmp_path / "both.pdf").pages]
    webinar_page = both[1]  # the cover, then webinar 1
    assert "Tuesday, January 25, 2022" in webinar_page
    assert "le mardi 25 janvier 2022" in webinar_page  # English and French on the same page
    assert "Page 2 of" in webinar_page and "Page 2 de" in webinar_page


def test_the_command_line_takes_lang_and_bilingual_and_names_what_has_no_french(demo_path, tmp_path):
    translate(demo_path, leave_out_item=True)
    run = cli("export", "agenda", "--db", demo_path, "--series", "2022", "-o", tmp_path / "a.xlsx", "--lang", "fr")
    assert run.code == 0, run.err
    assert "French title missing for “Online Child Sexual Exploitation" in run.err and "[EN]" in run.err
    assert "Webinaire 1" in load_workbook(tmp_path / "a.xlsx").sheetnames
    run = cli("export", "report", "--db", demo_path, "--series", "2022", "-o", tmp_path / "r.docx", "--bilingual")
    assert run.code == 0, run.err
    paragraphs = [p.text for p in Document(str(tmp_path / "r.docx")).paragraphs]
    assert paragraphs.count("Introduction") == 2
    run = cli("export", "ics", "--db", demo_path, "--series", "2022", "-o", tmp_path / "c.ics")
    assert run.code == 0 and "French" not in run.err  # an English calendar needs no French
    run = cli("export", "ics", "--db", demo_path, "--series", "2022", "-o", tmp_path / "x.ics", "--lang", "de")
    assert run.code == 2 and "--lang" in run.err
