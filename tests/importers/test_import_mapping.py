"""Unknown layouts, user column mappings, header signatures and the template file."""

from __future__ import annotations

from datetime import datetime

import pytest

from ocse_planner.importers import (
    MAPPABLE_FIELDS,
    TEMPLATE_HEADERS,
    ImportFileError,
    UnknownLayoutError,
    header_signature,
    parse_attendance_file,
    write_template_csv,
)

WEBINARJAM = (
    "Webinar export for OCSE\n"
    "Participant,Adresse courriel,Employeur,Secteur d'activité,Présent,Arrivée,Départ\n"
    "Geneviève Tremblay,genevieve@example.org,Santé Québec,Public,oui,2024-03-14 13:00,2024-03-14 13:45\n"
    "Li Wei,li@example.com,Laval,Academic,non,,\n"
)


def test_unknown_layout_carries_headers_for_a_mapping_dialog(write_file):
    path = write_file("export.csv", WEBINARJAM)
    with pytest.raises(UnknownLayoutError) as caught:
        parse_attendance_file(path)
    error = caught.value
    assert isinstance(error, ImportFileError)
    assert error.header_row == 2
    assert error.headers == ["Participant", "Adresse courriel", "Employeur", "Secteur d'activité",
                             "Présent", "Arrivée", "Départ"]
    assert "export.csv" in str(error)


def test_mapping_is_used_after_unknown_layout(write_file):
    path = write_file("export.csv", WEBINARJAM)
    mapping = {
        "name": "Participant",
        "email": "adresse courriel",  # matched case-insensitively
        "organization": "Employeur",
        "sector": "Secteur d'activité",
        "attended": "Présent",
        "join_time": "Arrivée",
        "leave_time": "Départ",
    }
    report = parse_attendance_file(path, mapping=mapping)
    assert report.layout == "mapped"
    assert report.header_row == 2
    genevieve, li = report.rows
    assert (genevieve.name, genevieve.email, genevieve.sector) == (
        "Geneviève Tremblay", "genevieve@example.org", "Public")
    # No minutes column: computed from join and leave.
    assert genevieve.minutes_attended == 45
    assert genevieve.first_join == datetime(2024, 3, 14, 13, 0)
    assert (li.attended, li.registered, li.minutes_attended) == (False, True, 0)


def test_mapping_with_split_names_and_durations(write_file):
    path = write_file(
        "x.csv",
        "Prénom;Nom;Courriel;Durée;Inscrit\nAna;Costa;ana@example.com;1:02:30;non\n",
    )
    report = parse_attendance_file(
        path,
        layout="mapped",
        mapping={"first_name": "Prénom", "last_name": "Nom", "email": "Courriel",
                 "minutes": "Durée", "registered": "Inscrit"},
    )
    (ana,) = report.rows
    assert (ana.name, ana.minutes_attended, ana.attended, ana.registered) == ("Ana Costa", 63, True, False)


def test_mapping_naming_missing_columns(write_file):
    path = write_file("export.csv", WEBINARJAM)
    with pytest.raises(UnknownLayoutError, match="missing: Courriel"):
        parse_attendance_file(path, mapping={"name": "Participant", "email": "Courriel"})


def test_mapping_with_unknown_field_is_a_programming_error(write_file):
    with pytest.raises(ValueError, match="phone"):
        parse_attendance_file(write_file("x.csv", "a,b\n"), mapping={"phone": "a"})


def test_bad_arguments(write_file):
    path = write_file("x.csv", "name,email\n")
    with pytest.raises(ValueError):
        parse_attendance_file(path, layout="webex")
    with pytest.raises(ValueError):
        parse_attendance_file(path, layout="mapped")
    with pytest.raises(ValueError):
        parse_attendance_file(path, layout="zoom", mapping={"name": "name"})


def test_mappable_fields_are_the_documented_ones():
    assert MAPPABLE_FIELDS == ("name", "first_name", "last_name", "email", "organization", "sector",
                               "attended", "minutes", "join_time", "leave_time", "registered")


def test_header_signature_is_stable():
    base = header_signature(["Participant", "Adresse courriel", "Présent"])
    assert base == header_signature(["\ufeffPRÉSENT ", "participant", "Adresse  courriel", ""])
    assert base != header_signature(["Participant", "Adresse courriel"])
    assert base.startswith("hdr1-") and len(base) == 37


def test_unknown_layout_signature_matches_remembered_mapping(write_file):
    path = write_file("export.csv", WEBINARJAM)
    with pytest.raises(UnknownLayoutError) as caught:
        parse_attendance_file(path)
    remembered = {header_signature(caught.value.headers): {"name": "Participant"}}
    again = write_file("export2.csv", WEBINARJAM.replace("Départ", "DÉPART"))
    with pytest.raises(UnknownLayoutError) as second:
        parse_attendance_file(again)
    assert header_signature(second.value.headers) in remembered


def test_write_template_csv_round_trips(tmp_path):
    assert TEMPLATE_HEADERS == ("name", "email", "organization", "sector", "attended", "minutes")
    path = write_template_csv(tmp_path / "template.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbfname,email,organization,sector,attended,minutes\r\n")
    report = parse_attendance_file(path)
    assert (report.layout, report.rows) == ("template", [])

    example = parse_attendance_file(write_template_csv(tmp_path / "ex.csv", with_examples=True))
    assert [r.name for r in example.rows] == ["Geneviève Tremblay", "Sam Okafor"]
    assert not example.problems


def test_a_sector_column_that_is_the_first_column_is_read(write_file):
    from ocse_planner.importers import parse_attendance_file

    path = write_file("first.csv", "sector,name,email,attended,minutes\n"
                                   "Government,Ana,ana@example.org,yes,30\n"
                                   ",Li,li@example.org,yes,20\n")
    report = parse_attendance_file(path)
    # An empty cell in an existing sector column is "Not stated" (""), not "no sector field" (None).
    assert [(r.name, r.sector) for r in report.rows] == [("Ana", "Government"), ("Li", "")]


def test_an_eventbrite_export_whose_first_column_is_the_sector_reads_it(write_file):
    from ocse_planner.importers import parse_attendance_file

    path = write_file("eb.csv", "Sector,Order #,First Name,Last Name,Email,Ticket Type,Checked In\n"
                                "Academic,1001,Ana,Costa,ana@example.org,General,Yes\n"
                                ",1002,Li,Wei,li@example.org,General,No\n")
    report = parse_attendance_file(path)
    assert report.layout == "eventbrite"
    assert [(r.email, r.sector) for r in report.rows] == [("ana@example.org", "Academic"), ("li@example.org", "")]


def test_a_first_column_sector_left_empty_is_not_stated_on_a_ragged_file_too(write_file):
    # A row shorter than the header sends the rows through the row-by-row route.
    from ocse_planner.importers import parse_attendance_file

    path = write_file("ragged.csv", "sector,name,email,attended,minutes\n"
                                    "Government,Ana,ana@example.org,yes,30\n"
                                    ",Li,li@example.org\n")
    report = parse_attendance_file(path)
    assert [(r.name, r.sector) for r in report.rows] == [("Ana", "Government"), ("Li", "")]


def test_the_template_with_examples_shows_one_person_present_55_minutes_and_one_absent(tmp_path):
    path = write_template_csv(tmp_path / "ex.csv", with_examples=True)
    assert path.read_text("utf-8-sig").splitlines() == [
        "name,email,organization,sector,attended,minutes",
        "Geneviève Tremblay,genevieve.tremblay@example.org,Ministère de la Santé,Public,yes,55",
        "Sam Okafor,sam.okafor@example.com,Okafor Consulting,Private,no,0",
    ]
    assert [(r.email, r.organization, r.sector, r.attended, r.minutes_attended)
            for r in parse_attendance_file(path).rows] == [
        ("genevieve.tremblay@example.org", "Ministère de la Santé", "Public", True, 55),
        ("sam.okafor@example.com", "Okafor Consulting", "Private", False, 0),
    ]
