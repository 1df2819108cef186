"""Small attendance files written by the tests (template layout), with known figures."""

from __future__ import annotations

from pathlib import Path

HEADER = "name,email,organization,sector,attended,minutes\n"


def write_template(path: Path, rows: list[str]) -> Path:
    path.write_text(HEADER + "".join(row + "\n" for row in rows), encoding="utf-8")
    return path


# Webinar 1: four registered, three attended (50 + 30 + 40 minutes).
WEBINAR_1 = [
    "Dayna Boyko,Dayna.Boyko@torontopolice.on.ca,Toronto Police Service,,yes,50",
    "Ana Costa,ana.costa@ps-sp.gc.ca,Public Safety Canada,,yes,30",
    "Li Wei,li.wei@example.net,Independent researcher,,yes,40",
    "Sam Okafor,sam@okafor.example.com,Okafor Consulting,,no,0",
]
# Webinar 2: Dayna and Ana come back, one newcomer from a victim-services NGO.
WEBINAR_2 = [
    "Dayna Boyko,dayna.boyko@torontopolice.on.ca,Toronto Police Service,,yes,60",
    "Ana Costa,ANA.COSTA@ps-sp.gc.ca,Public Safety Canada,,yes,20",
    "Jo Martin,jo@helpline.example.org,Helpline,Victim services,yes,45",
]
