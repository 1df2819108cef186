"""`ocse-planner compare`, run as a separate process: printed tables, the workbook, and
one-line errors that leave the planner file alone."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.services.editions import RETURNING_2023, demo_editions_file


@pytest.fixture
def two_editions(demo_path, tmp_path) -> Path:  # type: ignore[no-untyped-def]
    return demo_editions_file(demo_path, tmp_path / "files")


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ocse_planner", *args], capture_output=True, text=True,
                          timeout=120)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_prints_each_table_with_the_changes(two_editions):
    result = _run("compare", "--db", str(two_editions), "--series", "2023", "--series", "1")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Combatting Online Child Sexual Exploitation — 2022, 2023"
    assert "Measure\t2022\t2023\tChange 2022–2023\tChange (%)" in lines
    assert "Participants (reported)\t611\t684\t+73\t+11.9%" in lines
    assert f"Came back from the edition before\t—\t{RETURNING_2023}\t—\t" in lines
    assert "The information provided during the webinar would help inform their current or future work" \
           "\tclose to 80.0%\t81.0%\t+1.0 pts\t" in lines
    assert "@" not in result.stdout  # aggregates only


def test_small_counts_hidden_and_french(two_editions):
    result = _run("--lang", "fr", "compare", "--db", str(two_editions), "--series", "2022", "--series", "2023",
                  "--min-cell", "5")
    assert result.returncode == 0, result.stderr
    assert "== Portée ==" in result.stdout
    assert "Non associables\u00a0: personnes participantes sans adresse courriel\t<5\t<5\tmasqué\t" \
           in result.stdout


def test_writes_the_workbook_with_charts(two_editions, tmp_path):
    before = _digest(two_editions)
    out = tmp_path / "OCSE-comparison.xlsx"
    result = _run("compare", "--db", str(two_editions), "--series", "2022", "--series", "2023", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Wrote {out}"
    wb = load_workbook(out)
    assert wb.sheetnames == ["Comparison", "Charts"] and len(wb["Charts"]._charts) == 3
    assert _digest(two_editions) == before  # read only: not even switched to WAL



@pytest.mark.parametrize("how", [["--lang", "fr"], "interface"])
def test_writes_the_workbook_in_french_with_lang_or_in_a_french_interface(two_editions, tmp_path, how):
    """Every export takes the interface's language by default and --lang per command: the
    comparison workbook too — its words, headers, footers, chart titles and the series' French title."""
    out = tmp_path / "comparaison.xlsx"
    args = ["compare", "--db", str(two_editions), "--series", "2022", "--series", "2023", "-o", str(out)]
    result = _run(*(args + how if how != "interface" else ["--lang", "fr", *args]))
    assert result.returncode == 0, result.stderr
    wb = load_workbook(out)
    assert wb.sheetnames == ["Comparaison", "Graphiques"]
    ws = wb["Comparaison"]
    assert ws["A1"].value == "Lutte contre l'exploitation sexuelle des enfants en ligne"
    assert ws["A2"].value == "Éditions comparées\u00a0: 2022 et 2023"
    texts = [c for row in ws.iter_rows(values_only=True) for c in row if isinstance(c, str)]
    assert "Mesure" in texts and "Variation 2022–2023" in texts and "Portée" in texts
    assert ws.oddFooter.left.text.endswith("— comparaison") and "Exporté le" in ws.oddFooter.right.text
    assert any(c.number_format.startswith('"près de "0') for row in ws.iter_rows() for c in row)
    assert not {"n/a", "Measure", "Notes ", "close to"} & set(texts)
    assert "Application de la loi" in texts and "Law enforcement" not in texts  # the sectors' French names
    assert any(t.startswith("Ont acquis une meilleure compréhension des nouvelles tendances") for t in texts)
    assert not any(t.startswith("Gained a deeper understanding") for t in texts)
    titles = [chart.title.tx.rich.p[0].r[0].t for chart in wb["Graphiques"]._charts]
    assert "par édition" in titles[0] and "by edition" not in titles[0]
    assert all("edition" not in t for t in titles)

@pytest.mark.parametrize(("args", "status", "message"), [
    (["--series", "2022"], 2, "Choose two or more editions (series) to compare; 1 chosen."),
    (["--series", "2022", "--series", "2022"], 2, "Choose two or more editions"),
    (["--series", "2022", "--series", "1999"], 2, "no series with id or year 1999"),
    (["--series", "2022", "--series", "x"], 2, "--series takes a series id or a year"),
    (["--series", "2022", "--series", "2023", "--min-cell", "0"], 2, "--min-cell must be a positive number"),
])
def test_mistakes_are_one_line(two_editions, args, status, message):
    result = _run("compare", "--db", str(two_editions), *args)
    assert result.returncode == status
    assert result.stderr.count("\n") == 1 and message in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""


def test_never_writes_over_the_planner_file(two_editions):
    before = _digest(two_editions)
    result = _run("compare", "--db", str(two_editions), "--series", "2022", "--series", "2023",
                  "-o", str(two_editions))
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    assert _digest(two_editions) == before


# --- the document's language: --lang, --bilingual (the rule of every document command) -------

FRENCH_TITLE = "Lutte contre l'exploitation sexuelle des enfants en ligne"


def test_lang_fr_prints_the_comparison_in_french_whatever_the_interface(two_editions):
    result = _run("--lang", "en", "compare", "--db", str(two_editions), "--series", "2022", "--series", "2023",
                  "--lang", "fr")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"{FRENCH_TITLE} — 2022, 2023"
    assert "Mesure\t2022\t2023\tVariation 2022–2023\tVariation (%)" in lines
    assert "Personnes participantes (déclarées)\t611\t684\t+73\t+11,9\u00a0%" in lines
    assert any(line.startswith("Éducation\t6,1\u00a0%\t13,9\u00a0%\t+7,8 pts") for line in lines)
    assert any(line.startswith("Les renseignements fournis pendant le webinaire") and "\tprès de 80,0\u00a0%\t"
               in line for line in lines)
    assert "Reach" not in result.stdout and "Law enforcement" not in result.stdout


def test_bilingual_prints_the_english_tables_then_the_french(two_editions):
    result = _run("compare", "--db", str(two_editions), "--series", "2022", "--series", "2023", "--bilingual")
    assert result.returncode == 0, result.stderr
    english, french = result.stdout.index("== Reach =="), result.stdout.index("== Portée ==")
    assert english < french
    assert result.stdout.count("Participants (reported)\t611\t684") == 1
    assert result.stdout.count("Personnes participantes (déclarées)\t611\t684") == 1


def test_lang_and_bilingual_write_the_workbook_in_those_languages(two_editions, tmp_path):
    out = tmp_path / "fr.xlsx"
    result = _run("compare", "--db", str(two_editions), "--series", "2022", "--series", "2023", "--lang", "fr",
                  "-o", str(out))
    assert result.returncode == 0, result.stderr
    wb = load_workbook(out)
    assert wb.sheetnames == ["Comparaison", "Graphiques"] and wb["Comparaison"]["A1"].value == FRENCH_TITLE
    both = tmp_path / "both.xlsx"
    result = _run("--lang", "fr", "compare", "--db", str(two_editions), "--series", "2022", "--series", "2023",
                  "--bilingual", "-o", str(both))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Écrit") or str(both) in result.stdout
    assert load_workbook(both).sheetnames == ["Comparison", "Charts", "Comparaison", "Graphiques"]


def test_the_interface_language_is_the_default_document_language(two_editions, tmp_path):
    result = _run("--lang", "fr", "compare", "--db", str(two_editions), "--series", "2022", "--series", "2023")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == f"{FRENCH_TITLE} — 2022, 2023"


def test_every_document_command_shares_one_language_rule():
    """`--lang`/`--bilingual` mean the same to `compare` and to `export`: one helper."""
    import inspect

    from ocse_planner.cli import compare, export

    for module in (compare, export):
        source = inspect.getsource(module)
        assert "add_document_language_arguments(" in source and "document_language(args)" in source
        assert "def document_language" not in source


def test_hostile_statements_stay_one_line_per_row_in_either_language(two_editions, tmp_path):
    from ocse_planner.db import open_database
    from ocse_planner.db.models import SurveyResult

    db = open_database(str(two_editions))
    try:
        with db.write() as session:
            session.add_all([
                SurveyResult(series_id=2, position=5, percent_agree=50.0, statement="Line one\nline\ttwo",
                             statement_fr="Ligne un\r\nligne\tdeux"),
                SurveyResult(series_id=2, position=6, percent_agree=40.0, statement="y" * 100_000),
                SurveyResult(series_id=2, position=7, percent_agree=30.0, statement="\u05e9\u05dc\u05d5\u05dd statement"),
            ])
    finally:
        db.close()
    for language, label in (("en", "Line one line two"), ("fr", "Ligne un  ligne deux")):
        result = _run("compare", "--db", str(two_editions), "--series", "2022", "--series", "2023",
                      "--lang", language)
        assert result.returncode == 0, result.stderr
        rows = [line for line in result.stdout.splitlines() if "\t" in line]
        assert all(line.count("\t") == 4 for line in rows)  # measure, 2 editions, change, change (%)
        assert f"{label}\t—\t50" in result.stdout
        assert any(line.startswith("y" * 1000) or line.startswith("[EN] " + "y" * 1000) for line in rows)
        assert "\u05e9\u05dc\u05d5\u05dd statement\t—\t30" in result.stdout
    out = tmp_path / "hostile.xlsx"
    assert _run("compare", "--db", str(two_editions), "--series", "2022", "--series", "2023", "--bilingual",
                "-o", str(out)).returncode == 0
    cells = [c.value for ws in load_workbook(out) for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert max(len(v) for v in cells) <= 32_767  # Excel's cell limit: longer is a damaged file
