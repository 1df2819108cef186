"""Items 5 and 6: every text the app accepts appears in every export; input that cannot be
stored is refused where it is typed and cleaned where it is imported; calendar files read
back in two independent parsers."""

from __future__ import annotations

import re
import sqlite3
import zipfile
from dataclasses import replace
from pathlib import Path

import icalendar
import pytest
import vobject
from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import text

from ocse_planner.cli import main
from ocse_planner.db import open_database
from ocse_planner.services.text import UNSAFE, canonical_email, clean_imported, input_problem
from ocse_planner.services.errors import ValidationError
from tests.hardening.conftest import cli, one_line_error

CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
HOSTILE = {
    "display name": "Ann\ufffe\uffffe",
    "control title": "A\x00B\x0bC\x1bD",
    "new line": "Line one\nline two",
    "NUL link": "https://example.org/\x00join",
    "long": "Combatting " + "very " * 60 + "long title",
    "RTL": "\u05e9\u05dc\u05d5\u05dd \u202eevil\u202c",
    "100k": "x" * 100_000,
}
KINDS = (("agenda", "xlsx", []), ("agenda", "pdf", ["--internal"]), ("attendance", "xlsx", ["--include-names"]),
         ("report", "docx", []), ("directory", "xlsx", []), ("ics", "ics", []))


def _poison(path: Path) -> None:
    """What a file written by an earlier version, or an import, can hold (straight SQL)."""
    h = HOSTILE
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE series SET title = ?", (h["long"],))
        conn.execute("UPDATE webinar SET title = ?, link = ?, highlights = ? WHERE number = 1",
                     (h["new line"], h["NUL link"], h["100k"]))
        conn.execute("UPDATE webinar SET title = ? WHERE number = 2", (h["RTL"],))
        conn.execute("UPDATE presentation SET title = ? WHERE id = (SELECT min(id) FROM presentation"
                     " WHERE kind = 'presentation')", (h["control title"],))
        conn.execute("UPDATE person SET given_name = ? WHERE id = (SELECT min(person_id) FROM booking)",
                     (h["display name"],))
        webinar = conn.execute("SELECT min(id) FROM webinar").fetchone()[0]
        conn.execute("INSERT INTO attendance_record (webinar_id, person_key, name, email, registered, attended,"
                     " minutes_attended, imported_at) VALUES (?, 'bob@example.org', ?, 'bob@example.org', 1, 1, 5,"
                     " '2022-01-25 00:00:00')", (webinar, h["display name"] + h["control title"]))
    conn.close()


def check_calendar(data: bytes, events: int) -> list[str]:
    """Both parsers find `events` events; no raw control byte; lines ≤ 75 octets."""
    assert not CONTROL_BYTES.search(data.replace(b"\r\n", b""))
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    first = icalendar.Calendar.from_ical(data)
    summaries = [str(e.get("summary")) for e in first.walk("VEVENT")]
    second = vobject.readOne(data.decode("utf-8"))
    assert len(summaries) == events == len(second.vevent_list)
    assert [e.summary.value for e in second.vevent_list] == summaries
    return summaries


def test_hostile_text_in_every_field_exports_in_every_format(planner, tmp_path):
    _poison(planner)
    out = tmp_path / "out"
    out.mkdir()
    for kind, ext, extra in KINDS:
        target = out / f"{kind}.{ext}"
        if kind == "agenda":
            run = cli("export", kind, "--db", planner, "--series", "2022", "-o", target, *extra)
            assert run.code == 0 and "Traceback" not in run.err, run.err
        else:
            assert main(["export", kind, "--db", str(planner), "--series", "2022", "-o", str(target), *extra]) == 0
    agenda = load_workbook(out / "agenda.xlsx")
    assert agenda["Webinar 1"]["A1"].value == "Webinar 1: Line one\nline two"
    assert "ABCD" in [c.value for row in agenda["Webinar 1"].iter_rows() for c in row]
    for ws in agenda:
        assert len(ws.oddFooter.left.text or "") <= 150
    assert "\u202eevil" in agenda["Webinar 2"]["A1"].value
    with zipfile.ZipFile(out / "agenda.xlsx") as archive:
        footers = re.findall(rb"<oddFooter>(.*?)</oddFooter>", archive.read("xl/worksheets/sheet1.xml"))
    assert footers and all(len(f.decode().replace("&amp;", "&")) <= 255 for f in footers)
    names = [c.value for row in load_workbook(out / "attendance.xlsx")["Attendees (personal)"].iter_rows()
             for c in row if isinstance(c.value, str)]
    assert "Anne" + "ABCD" in names  # U+FFFE, U+FFFF and the controls left out, nothing else
    report = Document(str(out / "report.docx"))
    assert len(report.core_properties.title) <= 255
    text = "\n".join(p.text for p in report.paragraphs)
    assert "Line one" in text and "x" * 1000 in text
    assert "Anne" in " ".join(c.value for row in load_workbook(out / "directory.xlsx")["Presenters"].iter_rows()
                                for c in row if isinstance(c.value, str))
    summaries = check_calendar((out / "ics.ics").read_bytes(), 12)
    assert any(s.startswith("ABCD — webinar 1: Line one\nline two") for s in summaries)
    pdf = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out / "agenda.pdf").pages)
    assert "Webinar 1: Line one line two" in pdf and "ABCD" in pdf and "Anne" in pdf


def test_forms_refuse_control_characters_and_stray_line_breaks(demo_db):
    from ocse_planner.services.series import SeriesForm, create_series

    cases = [(SeriesForm(title="A\x1bB", year=2030), "title", "control character (escape, U+001B)"),
             (SeriesForm(title="Two\nlines", year=2030), "title", "line break"),
             (SeriesForm(title="Ok", year=2030, objectives=("fine", "bad\x00")), "objectives", "NUL"),
             (SeriesForm(title="Ok", year=2030, programme="tab\there"), "programme", "tab")]
    for form, field, words in cases:
        with pytest.raises(ValidationError) as refused, demo_db.write() as session:
            create_series(session, form)
        assert refused.value.problems[0].field == field and words in str(refused.value)
    with demo_db.write() as session:  # a multi-line field keeps its lines
        created = create_series(session, SeriesForm(title="Ok", year=2030, notes="one\ntwo\tcolumns"))
    assert created.form.notes == "one\ntwo\tcolumns"


def test_the_cli_refuses_them_with_the_field_named(planner):
    before = planner.read_bytes()
    one_line_error(cli("release-agenda", "--db", planner, "--series", "2022", "--note", "to\x1bpartners"),
                   "“note”", "control character", code=2)
    one_line_error(cli("clone-series", "--db", planner, "--series", "2022", "--year", "2031", "--title", "a\nb"),
                   "“title”", "line break", code=2)
    import sqlite3 as s3

    with s3.connect(planner) as conn:
        assert conn.execute("SELECT count(*) FROM series").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM agenda_release").fetchone()[0] == 0
    conn.close()
    assert len(planner.read_bytes()) >= len(before) // 2  # still the planner file


def test_the_webinar_form_marks_a_pasted_control_character(window, qtbot):
    from PySide6.QtCore import Qt

    from ocse_planner.ui.common.field_marks import marked

    window.tabs.setCurrentWidget(window.sessions_tab)
    form = window.sessions_tab.form
    widget = form.fields["platform"]
    widget.setFocus()
    widget.selectAll()
    widget.insert("Zoom\x1b[31m")  # what a paste from a terminal brings
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert "control character" in form.message.text()
    assert marked(widget) == "error" and "platform" in widget.accessibleDescription()
    with window.state.db.read() as session:
        platforms = session.execute(text("SELECT platform FROM webinar")).scalars().all()
    assert not [p for p in platforms if p and "\x1b" in p]


def test_imported_values_are_cleaned_and_counted(planner, tmp_path):
    report = tmp_path / "zoomish.csv"
    report.write_bytes(
        "name,email,organization\n"
        '"Ann\x1b[1mBold",ann@example.org,"Two\nlines"\n'
        '"Tab\there",tab@example.org,Org\ufffe\n'
        "Plain,plain@example.org,Org\n".encode("utf-8"))
    run = cli("import", "attendance", "--db", planner, "--webinar", "2022:1", report)
    assert run.code == 0, run.err
    assert "4 values had control characters or line breaks" in run.out
    with sqlite3.connect(planner) as conn:
        stored = dict(conn.execute("SELECT email, name || ' | ' || organization_name FROM attendance_record"))
    conn.close()
    assert stored == {"ann@example.org": "Ann[1mBold | Two lines", "tab@example.org": "Tab here | Org",
                      "plain@example.org": "Plain | Org"}
    target = tmp_path / "names.xlsx"
    assert main(["export", "attendance", "--db", str(planner), "--series", "2022", "-o", str(target),
                 "--include-names"]) == 0


# --- properties -------------------------------------------------------------------------

# Any text at all, and text without control characters (so that about half the examples
# are accepted and go all the way through the exports).
ANY_TEXT = st.text(min_size=1, max_size=200) | st.text(
    st.characters(exclude_categories=("Cc", "Cs")), min_size=1, max_size=200)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=ANY_TEXT, given_name=ANY_TEXT, highlights=st.text(max_size=300))
def test_any_text_a_service_accepts_exports_in_every_format_and_reads_back(
        tmp_path_factory, _demo_template, title, given_name, highlights):
    from ocse_planner.db.backup import copy_database
    from ocse_planner.export.agenda_pdf import export_agenda_pdf
    from ocse_planner.export.agenda_xlsx import AgendaOptions, export_agenda
    from ocse_planner.export.attendance_xlsx import AttendanceOptions, export_attendance
    from ocse_planner.export.directory_xlsx import export_directory
    from ocse_planner.export.ics import series_calendar
    from ocse_planner.export.report_docx import export_report
    from ocse_planner.services import people, webinars

    folder = tmp_path_factory.mktemp("property")
    db = open_database(copy_database(_demo_template, folder / "p.db"))
    try:
        try:
            with db.write() as session:
                record = webinars.get_webinar(session, 1)
                webinars.update_webinar(session, 1, replace(record.form, title=title, highlights=highlights))
                person_id = session.execute(text(
                    "SELECT min(person_id) FROM booking b JOIN presentation p ON p.id = b.presentation_id "
                    "WHERE p.webinar_id = 1")).scalar()
                person = people.get_person(session, person_id)
                people.update_person(session, person_id, person.version, replace(person.data, given_name=given_name))
        except ValidationError as refused:  # the input rule refuses only what it should
            if refused.field == "name":
                return  # a blank name: refused by the person form's own rules
            values = {"title": title, "given_name": given_name, "highlights": highlights}
            assert all(input_problem(p.field, values[p.field], multiline=p.field == "highlights")
                       for p in refused.problems if p.template.startswith("The field “{label}”"))
            return
        with db.read() as session:
            stored = webinars.get_webinar(session, 1).form.title
            name = people.get_person(session, person_id).data.given_name
            export_agenda(session, 1, folder / "a.xlsx")
            export_agenda_pdf(session, 1, folder / "a.pdf", AgendaOptions(internal=True))
            export_attendance(session, 1, folder / "b.xlsx", AttendanceOptions(include_names=True))
            export_report(session, 1, folder / "c.docx")
            export_directory(session, 1, folder / "d.xlsx")
            calendar = series_calendar(session, 1)
    finally:
        db.close()
    assert not UNSAFE.search(stored + name)
    assert load_workbook(folder / "a.xlsx")["Webinar 1"]["A1"].value == f"Webinar 1: {stored}"[:32767]
    assert len(PdfReader(folder / "a.pdf").pages) >= 4  # the PDF of the same agenda builds and reads back
    assert stored in [c.value for c in load_workbook(folder / "b.xlsx")["Attendance"]["B"]]
    directory = [c.value for row in load_workbook(folder / "d.xlsx")["Presenters"].iter_rows() for c in row]
    assert any(isinstance(v, str) and name in v for v in directory)
    report = "\n".join(p.text for p in Document(str(folder / "c.docx")).paragraphs)
    assert stored in report
    summaries = check_calendar(calendar, 12)
    assert sum(s.endswith(f" — webinar 1: {stored}") for s in summaries) == 4


@given(st.text(max_size=80))
def test_an_imported_value_is_always_storable_and_one_line(value):
    cleaned = clean_imported(value)
    assert input_problem("name", cleaned, multiline=False) is None


@given(st.from_regex(r"[a-z]{1,8}@[a-z]{1,8}\.(ca|org)", fullmatch=True),
       st.lists(st.sampled_from(["\u200b", "\u200d", "\u202e", "\u2066", "\ufeff", "\u00ad"]), max_size=3),
       st.booleans())
def test_look_alike_spellings_of_an_address_are_one_address(address, invisible, full_width):
    spelled = address
    for i, mark in enumerate(invisible):
        cut = (i * 3) % len(spelled)
        spelled = spelled[:cut] + mark + spelled[cut:]
    if full_width:
        spelled = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in spelled)
    assert canonical_email(spelled) == canonical_email(address.upper()) == address


@pytest.mark.parametrize("control", ["\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85"])
def test_a_line_ending_control_in_an_imported_value_is_a_space_not_nothing(control):
    """A vertical tab is how a spreadsheet cell writes its line break: "Jane<VT>Doe" is two words."""
    assert clean_imported(f"Jane{control}Doe{control}") == "Jane Doe"
    assert clean_imported("Jane\x00\x07Doe") == "JaneDoe"  # the other controls are removed
    assert canonical_email(f"jane{control}doe@example.org") == "jane doe@example.org"  # stays invalid
