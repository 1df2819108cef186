"""The baselines of the black-box benchmark (bench/blackbox.py), each one whole process
doing the least a program must do for the same result — started from the shell like the
app, so both pay for the interpreter, the imports and the disk the same way.

    python bench/baselines.py window
        a bare PySide6 QMainWindow with a QTabWidget of five empty tabs, shown and left
        running (the bench ends it once its window is mapped);
    python bench/baselines.py import PLANNER.db REPORT.csv WEBINAR_ID
        Python's csv module reading the Zoom report's attendee table and one sqlite3
        executemany into the planner file's own attendance_record table (its constraints
        and indexes), in one transaction, with the app's pragmas;
    python bench/baselines.py export PLANNER.db CELLS.json OUT.xlsx
        the summary's GROUP BY queries in raw sqlite3, then a bare openpyxl workbook of
        the same cells as the app's file (read from CELLS.json, written before timing).
"""

from __future__ import annotations

import sys

WINDOW_TITLE = "Bare baseline window"


def window() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget

    app = QApplication(sys.argv[:1])
    main = QMainWindow()
    main.setWindowTitle(WINDOW_TITLE)
    tabs = QTabWidget()
    for title in ("Series", "Sessions", "Presenters", "Partners", "Attendance"):
        tabs.addTab(QWidget(), title)
    main.setCentralWidget(tabs)
    main.resize(1280, 800)
    main.show()
    app.exec()


# The planner's own connection settings (db/engine.py), so both sides write alike.
PRAGMAS = ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON", "busy_timeout = 10000",
           "cache_size = -16384")


def store_rows(connection, rows: list[tuple]) -> None:  # type: ignore[no-untyped-def,type-arg]
    """One executemany into attendance_record, in one transaction."""
    connection.execute("BEGIN IMMEDIATE")
    connection.executemany(
        "INSERT INTO attendance_record (webinar_id, person_key, name, email, organization_name, sector_id, "
        "registered, attended, minutes_attended, first_join, source_file, imported_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    connection.execute("COMMIT")


def import_report(db_path: str, csv_path: str, webinar_id: str) -> None:
    import csv
    import sqlite3

    with open(csv_path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        for row in reader:  # the preamble, hosts and panelists come first
            if row and row[0] == "Attendee Details":
                break
        header = next(reader)
        at = {name: i for i, name in enumerate(header)}
        name, email, org = at["User Name (Original Name)"], at["Email"], at["Organization"]
        attended, minutes = at["Attended"], at["Time in Session (minutes)"]
        webinar = int(webinar_id)
        now = "2026-01-01 00:00:00.000000"
        rows = [(webinar, r[email].lower(), r[name], r[email], r[org] or None, None, 1, int(r[attended] == "Yes"),
                 int(r[minutes]) if r[minutes].isdigit() else 0, None, "report.csv", now) for r in reader]
    connection = sqlite3.connect(db_path, isolation_level=None)
    for pragma in PRAGMAS:
        connection.execute(f"PRAGMA {pragma}")
    store_rows(connection, rows)
    connection.close()
    print(f"stored {len(rows)} rows")


# The summary's questions (bench/bench_export.py asks the same in-process).
EXPORT_QUERIES = [
    "SELECT webinar_id, SUM(registered), SUM(attended), SUM(registered AND attended),"
    " AVG(CASE WHEN attended THEN minutes_attended END)"
    " FROM attendance_record WHERE webinar_id IN (SELECT id FROM webinar WHERE series_id = 1) GROUP BY webinar_id",
    "SELECT COUNT(*), SUM(times > 1) FROM (SELECT person_key, COUNT(*) AS times FROM attendance_record"
    " WHERE webinar_id IN (SELECT id FROM webinar WHERE series_id = 1) AND attended GROUP BY person_key)",
    "SELECT sector_id, webinar_id, sector_stated IS 0, COUNT(*) FROM attendance_record WHERE webinar_id IN"
    " (SELECT id FROM webinar WHERE series_id = 1) AND attended GROUP BY sector_id, webinar_id, sector_stated IS 0",
    "SELECT sector_id, webinar_id, count FROM sector_count WHERE series_id = 1",
    "SELECT statement, percent_agree FROM survey_result WHERE series_id = 1",
]


def export_summary(db_path: str, cells_path: str, out_path: str) -> None:
    import json
    import sqlite3

    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    for query in EXPORT_QUERIES:
        connection.execute(query).fetchall()
    connection.close()
    with open(cells_path, encoding="utf-8") as handle:
        bare_workbook(json.load(handle), out_path)
    print(f"wrote {out_path}")


def bare_workbook(sheets: list, target: object) -> None:  # type: ignore[type-arg]
    """A plain openpyxl workbook of [(sheet title, [(row, column, value)…])…]: no styles,
    charts or page set-up."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for title, cells in sheets:
        sheet = book.create_sheet(title)
        for row, column, value in cells:
            sheet.cell(row=row, column=column, value=value)
    book.save(target)


if __name__ == "__main__":
    mode, *arguments = sys.argv[1:]
    {"window": window, "import": import_report, "export": export_summary}[mode](*arguments)
