"""The comparison workbook: every table with its changes, n/a with reasons, small counts
hidden when asked, user text written as text, native charts that LibreOffice opens."""

from __future__ import annotations

import shutil
import subprocess
import zipfile

import pytest
from openpyxl import load_workbook
from sqlalchemy import update

from ocse_planner.db.models import Sector, Series, SurveyResult
from ocse_planner.export.comparison_xlsx import ComparisonOptions, export_comparison
from ocse_planner.export.wording import ENGLISH_ONLY, DocumentLanguage
from tests.export.conftest import formula_or_error_cells, sheet_text
from tests.services.editions import AUDIENCE, OTHERS, RETURNING_2023, clone_2023, demo_editions, import_rows

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.fixture
def editions(demo_db, tmp_path):
    folder = tmp_path / "files"
    folder.mkdir()
    return demo_editions(demo_db, folder)


def _export(db, ids, path, min_cell=None, languages=ENGLISH_ONLY):  # type: ignore[no-untyped-def]
    with db.read() as session:
        return export_comparison(session, ids, path, ComparisonOptions(min_cell, languages))


def statement_row(ws, label):  # type: ignore[no-untyped-def]
    return next(c.row for c in ws["A"] if isinstance(c.value, str) and c.value.startswith(label))


def _row(ws, label):  # type: ignore[no-untyped-def]
    """The values of the first row whose label starts with `label`."""
    for row in ws.iter_rows(values_only=True):
        if isinstance(row[0], str) and row[0].startswith(label):
            return list(row)
    raise AssertionError(f"no row {label!r}")


def test_every_table_with_its_change_and_the_charts(demo_db, editions, tmp_path):
    path = _export(demo_db, editions, tmp_path / "OCSE-comparison.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == ["Comparison", "Charts"]
    ws = wb["Comparison"]
    assert ws["A1"].value == "Combatting Online Child Sexual Exploitation"
    header = _row(ws, "Measure")
    assert header[:6] == ["Measure", "2022", "2023", "Change 2022–2023", "Change (%)", "Notes"]
    # reported and counted apart, each with its change
    assert _row(ws, "Participants (reported)")[1:6] == [611, 684, 73, pytest.approx(73 / 611), None]
    assert _row(ws, "Participants (counted from imported records)")[1:3] == [100, 107]
    assert _row(ws, "Came back from the edition before")[1:4] == ["—", RETURNING_2023, "—"]
    survey = _row(ws, "Gained a deeper understanding")
    assert survey[1:4] == [pytest.approx(0.82), pytest.approx(0.85), pytest.approx(3.0)]  # +3.0 pts
    approximate = _row(ws, "The information provided")
    assert approximate[1] == pytest.approx(0.80)
    cells = {c.value: c for c in ws["B"] if c.value == pytest.approx(0.80)}
    assert next(iter(cells.values())).number_format == '"close to "0%'  # as the report said it
    assert ws.freeze_panes == "B3"
    assert formula_or_error_cells(path) == []
    charts = wb["Charts"]._charts
    assert len(charts) == 3 and not ws._charts  # charts print on their own pages
    with zipfile.ZipFile(path) as z:
        assert sum(1 for n in z.namelist() if n.startswith("xl/charts/chart")) == 3
    text = " ".join(sheet_text(ws))
    assert "@" not in text  # aggregates only: no address anywhere


def test_small_counts_are_hidden_for_publication(demo_db, tmp_path):
    first, second = clone_2023(demo_db)
    import_rows(demo_db, "2022:1", AUDIENCE, tmp_path)
    import_rows(demo_db, "2023:1", AUDIENCE[:2] + OTHERS, tmp_path)
    ws = load_workbook(_export(demo_db, [first, second], tmp_path / "c.xlsx", min_cell=5))["Comparison"]
    assert _row(ws, "Came back from the edition before")[1:4] == ["—", "<5", "suppressed"]
    assert _row(ws, "Participants (counted from imported records)")[1:3] == [6, 6]
    assert _row(ws, "Webinars")[1:3] == [3, 3]  # not a count of people
    assert any("shown as \"<5\"" in t for t in sheet_text(ws))


def test_na_cells_say_why_in_numbered_notes(demo_db, tmp_path):
    first, second = clone_2023(demo_db)
    import_rows(demo_db, "2022:1", AUDIENCE, tmp_path)
    ws = load_workbook(_export(demo_db, [first, second], tmp_path / "c.xlsx"))["Comparison"]
    counted = _row(ws, "Participants (counted from imported records)")
    assert counted[1:5] == [6, "n/a", "n/a", None]
    mark = counted[-1]
    assert mark.startswith("[")
    assert any(t.startswith(f"{mark} no attendance records imported") for t in sheet_text(ws))


def test_user_text_stays_text(demo_db, tmp_path):
    first, second = clone_2023(demo_db)
    import_rows(demo_db, "2022:1", AUDIENCE, tmp_path)
    import_rows(demo_db, "2023:1", OTHERS, tmp_path)
    with demo_db.write() as session:
        session.execute(update(Series).values(title='=HYPERLINK("http://x","y")'))
        session.execute(update(Sector).where(Sector.name == "Education").values(name="+Education\tcalc"))
        session.add(SurveyResult(series_id=second, statement="@SUM(A1:A9) was useful", percent_agree=50.0))
    path = _export(demo_db, [first, second], tmp_path / "c.xlsx")
    assert formula_or_error_cells(path) == []
    ws = load_workbook(path)["Comparison"]
    assert ws["A1"].value == '=HYPERLINK("http://x","y")' and ws["A1"].data_type == "s"
    assert _row(ws, "@SUM(A1:A9) was useful")[2] == pytest.approx(0.5)
    assert _row(ws, "+Education")[1:3] == [pytest.approx(2 / 6), pytest.approx(1 / 4)]


def test_a_refused_export_leaves_the_target_as_it_was(demo_db, editions, tmp_path):
    target = tmp_path / "kept.xlsx"
    target.write_bytes(b"earlier")
    with pytest.raises(Exception, match="two or more"):
        _export(demo_db, [editions[0]], target)
    assert target.read_bytes() == b"earlier"


FRENCH_TITLE = "Lutte contre l'exploitation sexuelle des enfants en ligne"


def test_a_french_workbook_says_everything_in_french(demo_db, editions, tmp_path):
    path = _export(demo_db, editions, tmp_path / "fr.xlsx", min_cell=5, languages=DocumentLanguage("fr"))
    wb = load_workbook(path)
    assert wb.sheetnames == ["Comparaison", "Graphiques"]
    ws = wb["Comparaison"]
    assert ws["A1"].value == FRENCH_TITLE
    assert ws["A2"].value == "Éditions comparées\u00a0: 2022 et 2023"
    assert _row(ws, "Mesure")[:6] == ["Mesure", "2022", "2023", "Variation 2022–2023", "Variation (%)", "Notes"]
    assert _row(ws, "Personnes participantes (déclarées)")[1:4] == [611, 684, 73]
    assert _row(ws, "Application de la loi")[1] == pytest.approx(0.304, abs=0.001)  # the sector's French name
    statement = _row(ws, "Les renseignements fournis pendant le webinaire")
    assert statement[1] == pytest.approx(0.80)
    cells = [c for c in ws["B"] if c.value == pytest.approx(0.80)]
    assert cells[0].number_format == '"près de "0%'
    assert ws.cell(row=statement_row(ws, "Les renseignements"), column=4).number_format == \
        '+0.0" pts";-0.0" pts";0.0" pts"'  # +1.0 pts
    assert any("masqué" == v or "<5" == v for r in ws.iter_rows(values_only=True) for v in r)
    text = " ".join(sheet_text(ws))
    for english in ("Reach", "Measure", "Law enforcement", "n/a", "Combatting"):
        assert english not in text, english
    assert "Portée" in text and "comparaison" in ws.oddFooter.left.text
    charts = wb["Graphiques"]._charts
    assert [c.title.tx.rich.p[0].r[0].t for c in charts] == [
        "Participation par édition (déclarée et comptée)",
        "Parts des secteurs par édition (part des présences, comptée)",
        "Sondage\u00a0: part des réponses en accord, par édition"]
    assert formula_or_error_cells(path) == []


def test_three_editions_are_named_in_the_heading_in_the_document_language(demo_db, editions, tmp_path):
    from ocse_planner.services.series import SeriesForm, create_series

    with demo_db.write() as session:
        third = create_series(session, SeriesForm(title="Something else", year=2024)).id
    wb = load_workbook(_export(demo_db, [*editions, third], tmp_path / "three.xlsx",
                               languages=DocumentLanguage("en", bilingual=True)))
    assert wb["Comparison"]["A2"].value == "Editions compared: 2022, 2023 and 2024"
    assert wb["Comparaison"]["A2"].value == "Éditions comparées\u00a0: 2022, 2023 et 2024"


def test_a_bilingual_workbook_has_the_english_sheets_then_the_french(demo_db, editions, tmp_path):
    path = _export(demo_db, editions, tmp_path / "both.xlsx", languages=DocumentLanguage("fr", bilingual=True))
    wb = load_workbook(path)
    assert wb.sheetnames == ["Comparison", "Charts", "Comparaison", "Graphiques"]
    assert wb["Comparison"]["A1"].value == "Combatting Online Child Sexual Exploitation"
    assert wb["Comparaison"]["A1"].value == FRENCH_TITLE
    english, french = (_row(wb[name], label) for name, label in (("Comparison", "Participants (reported)"),
                                                                 ("Comparaison", "Personnes participantes (déclarées)")))
    assert english[1:5] == french[1:5] == [611, 684, 73, pytest.approx(73 / 611)]
    with zipfile.ZipFile(path) as z:
        assert sum(1 for n in z.namelist() if n.startswith("xl/charts/chart")) == 6


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.parametrize(("languages", "titles"), [
    (ENGLISH_ONLY, ("Returning audience", "Participants per edition (reported and counted)",
                    "Sector shares per edition", "Survey: share of respondents who agreed, per")),
    (DocumentLanguage("fr", bilingual=True), ("Returning audience", "Auditoire de retour",
                                              "Participation par édition", "Parts des secteurs par édition",
                                              "Application de la loi")),
], ids=["en", "bilingual"])
def test_libreoffice_opens_the_workbook_and_draws_its_charts(demo_db, editions, tmp_path, languages, titles):
    path = _export(demo_db, editions, tmp_path / "comparison.xlsx", languages=languages)
    result = subprocess.run(
        [SOFFICE, "--headless", f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--convert-to", "pdf",
         "--outdir", str(tmp_path / "pdf"), str(path)], capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    pdf = tmp_path / "pdf" / "comparison.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        for title in titles:
            assert title in text, title
