"""Two editions of the demo series for the comparison tests: 2022 as shipped and 2023
cloned from it, each with attendance files imported through the real import service."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select

from ocse_planner.db.models import Series, SurveyResult
from ocse_planner.services.attendance_import import parse_report, plan_import, store_import
from ocse_planner.services.clone import CloneOptions, clone_series
from ocse_planner.services.lookup import resolve_webinar
from ocse_planner.services.sectors import ensure_default_rules
from tests.services.attendance_files import write_template

# Six attendees of one webinar: five with an e-mail (one of them spelled with capitals and
# spaces, as registration platforms do), one known by name only.
AUDIENCE = [
    "Dayna Boyko, Dayna.Boyko@TorontoPolice.on.ca ,Toronto Police Service,Law enforcement,yes,50",
    "Ana Costa,ana.costa@ps-sp.gc.ca,Public Safety Canada,Federal government,yes,30",
    "Li Wei,li.wei@example.net,Independent researcher,,yes,40",
    "Jo Martin,jo@helpline.example.org,Helpline,Victim services,yes,45",
    "Sam Okafor,sam@okafor.example.com,Okafor Consulting,Education,yes,60",
    "Pat Name-Only,,Somewhere,Education,yes,20",
    "Ray Absent,ray@example.org,Somewhere,Education,no,0",  # registered, did not come
]
ADDRESSES = ["dayna.boyko@torontopolice.on.ca", "ana.costa@ps-sp.gc.ca", "li.wei@example.net",
             "jo@helpline.example.org", "sam@okafor.example.com", "ray@example.org"]
# Nobody of AUDIENCE: four other people, all with an e-mail.
OTHERS = [
    "Kim Lee,kim@space.example.org,Space agency,Federal government,yes,30",
    "Noor Aziz,noor@example.org,,,yes,50",
    "Max Roy,max@example.org,RCMP,Law enforcement,yes,55",
    "Eve Tan,eve@school.example.ca,School board,Education,yes,25",
]


def import_rows(db, webinar: str, rows: list[str], folder: Path) -> None:  # type: ignore[no-untyped-def]
    """Import `rows` (template layout) into `webinar` ("2022:1")."""
    path = write_template(folder / f"{webinar.replace(':', '-')}-{len(list(folder.iterdir()))}.csv", rows)
    with db.write() as session:
        ensure_default_rules(session)
        webinar_id = resolve_webinar(session, webinar).id
        store_import(session, plan_import(session, webinar_id, parse_report(path)))


def clone_2023(db) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """(2022's id, 2023's id): next year cloned with its presenters and partners."""
    with db.write() as session:
        source = session.scalar(select(Series.id).where(Series.year == 2022))
        result = clone_series(session, source, CloneOptions(year=2023, keep_presenters=True, keep_partners=True))
    return source, result.series_id


# --- demo-like editions: 2022 as shipped, 2023 cloned, three webinars each ------------

SECTORS = ["Law enforcement", "Child-serving organizations", "Victim services",
           "Other non-governmental organizations", "Education", "Federal government",
           "Provincial/territorial government", "Local government"]
# How many of each edition's people come from each sector (2023 draws more educators and
# fewer police officers than 2022), then a few who left the field empty.
MIX_2022 = [30, 14, 10, 8, 6, 12, 8, 4]
MIX_2023 = [24, 14, 12, 9, 15, 12, 9, 5]
RETURNING_2023 = 40  # of 2022's people with an e-mail, this many come back in 2023
NAME_ONLY = 3  # per edition, people known by name only


@dataclass(frozen=True)
class Person:
    name: str
    email: str
    organization: str
    sector: str


def _people(prefix: str, mix: list[int], blank: int) -> list[Person]:
    people = []
    for sector, count in zip(SECTORS, mix, strict=True):
        for _ in range(count):
            index = len(people) + 1
            people.append(Person(f"{prefix.title()} Person {index}", f"{prefix}.{index}@example.org",
                                 f"Org {index % 17}", sector))
    for _ in range(blank):
        index = len(people) + 1
        people.append(Person(f"{prefix.title()} Person {index}", f"{prefix}.{index}@example.org", "", ""))
    return people


def _rows(people: list[Person], webinar: int, minutes: int) -> list[str]:
    """Each person comes to webinars 1..3 in a round that depends on their place in the list:
    most come to one or two; every third registrant of a webinar did not attend."""
    rows = []
    for i, p in enumerate(people):
        if (i + webinar) % 3 == 0 and i % 2:
            continue  # not registered for this webinar
        attended = (i + webinar) % 7 != 0
        rows.append(f"{p.name},{p.email},{p.organization},{p.sector},{'yes' if attended else 'no'},"
                    f"{(minutes + i % 40) if attended else 0}")
    return rows


def demo_editions(db, folder: Path) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """(2022, 2023): the demo series and a second edition cloned from it, like a real next
    year: the same three webinars, presenters and partners; a reported total (684) and
    series-wide survey results (85 %, 81 %) for 2023; attendance files imported into every
    webinar of both, where 40 of 2022's people come back in 2023 (matched by e-mail, one of
    them spelled in capitals) and three people a year give no e-mail."""
    first, second = clone_2023(db)
    people_2022 = _people("y22", MIX_2022, 5)
    newcomers = _people("y23", MIX_2023, 4)[RETURNING_2023:]
    back = [replace(p, email=p.email.upper() if i == 0 else p.email) for i, p in enumerate(people_2022[:RETURNING_2023])]
    people_2023 = back + newcomers
    for year, people in ((2022, people_2022), (2023, people_2023)):
        nameless = [Person(f"Name Only {year}-{k}", "", "Somewhere", SECTORS[k]) for k in range(NAME_ONLY)]
        everyone = people + nameless
        for number in (1, 2, 3):
            import_rows(db, f"{year}:{number}", _rows(everyone, number, 40 + 10 * (year - 2022)), folder)
    with db.write() as session:
        series = session.get(Series, second)
        series.participants_reported = 684
        session.add_all([
            SurveyResult(series_id=second, position=1, percent_agree=85.0, responses=212, statement=(
                "Gained a deeper understanding of emerging trends, current issues/gaps and best practices in the "
                "fight against online child sexual exploitation")),
            SurveyResult(series_id=second, position=2, percent_agree=81.0, responses=212, statement=(
                "The information provided during the webinar would help inform their current or future work")),
        ])
    return first, second


def demo_editions_file(path: Path, folder: Path) -> Path:
    """`demo_editions` written into the planner file at `path` (closed again), for a test
    that opens it in a window or another process."""
    from ocse_planner.db import open_database

    folder.mkdir(exist_ok=True)
    db = open_database(path)
    try:
        demo_editions(db, folder)
    finally:
        db.close()
    return path
