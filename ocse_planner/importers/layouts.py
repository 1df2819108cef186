"""Known report layouts and how each is recognised from its header row.

A layout is recognised from the *set of column names* only, never from the
file name: organisers rename files, and the same export can arrive as CSV or
XLSX.  Each :class:`Variant` says which header names mean which logical
field, and how "registered"/"attended" are decided when the file does not
say so explicitly.  The public layout name (``ParsedReport.layout``) groups
variants: Zoom's webinar attendee report, meeting participants list and
registration report are all ``"zoom"``.

Header names follow the platforms' documented exports:

* Zoom webinar attendee report: preamble ("Attendee Report", "Report
  Generated:", a Topic/Webinar ID block, "Host Details", "Panelist Details")
  then "Attendee Details" and ``Attended, User Name (Original Name), First
  Name, Last Name, Email, Registration Time, Approval Status, Join Time,
  Leave Time, Time in Session (minutes), Is Guest, Country/Region Name``
  (plus optional registration questions such as Organization, Industry).
  Host and panelist tables use the same columns and are skipped.
* Zoom registration report: ``First Name, Last Name, Email, Registration
  Time, Approval Status, ...``.
* Teams, classic: a "Meeting Summary" block, then ``Full Name, User Action,
  Timestamp`` with one Joined/Left event per row.
* Teams, current: "1. Summary", "2. Participants" with ``Name, First Join,
  Last Leave, In-Meeting Duration, Email, Participant ID (UPN), Role``, then
  "3. In-Meeting Activities" (ignored: it repeats the same people).
* Eventbrite attendee export: ``Order #, Order Date, First Name, Last Name,
  Email, Quantity, Ticket Type, Attendee #, ..., Attendee Status, Checked
  In, Company, Job Title, ...``.
* Our template: ``name, email, organization, sector, attended, minutes``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field

from .headers import normalize_header, section_title

#: Logical fields a caller may use as keys of ``mapping``.
MAPPABLE_FIELDS = (
    "name", "first_name", "last_name", "email", "organization", "sector",
    "attended", "minutes", "join_time", "leave_time", "registered",
)

_NAME = ("name", "full name", "user name (original name)", "name (original name)",
         "user name", "participant name", "participant", "display name")
_EMAIL = ("email", "e-mail", "email address", "e-mail address", "user email", "attendee email")
_ORGANIZATION = ("organization", "organisation", "company", "company name",
                 "organization name", "organisation name", "employer", "organisme")
_SECTOR = ("sector", "industry", "organization type", "organisation type",
           "type of organization", "type of organisation", "secteur", "sector/industry")


@dataclass(frozen=True)
class Variant:
    """One concrete export format.

    ``synonyms`` maps a logical field to the normalised header names that
    may hold it, best first.  ``attended_default`` is used when the row has
    no attendance column or it is empty (None: attended when minutes > 0 or a
    join time is given).  ``registered`` is ``"always"``, ``"never"``,
    ``"column"`` (the *registered* column, default True) or ``"zoom"``
    (registration time/approval status filled, or Attended = No).
    ``sectioned`` files end the table at a section-title row;
    ``skip_sections`` are sections whose tables look alike but are not
    attendees (Zoom hosts and panelists).
    """

    key: str
    layout: str
    detect: Callable[[frozenset[str]], bool]
    synonyms: Mapping[str, tuple[str, ...]]
    attended_default: bool | None = None
    registered: str = "column"
    sectioned: bool = False
    skip_sections: frozenset[str] = frozenset()
    events: bool = False  # rows are Joined/Left events (Teams classic)


def _has(headers: frozenset[str], *names: str) -> bool:
    return all(name in headers for name in names)


def _any(headers: frozenset[str], names: tuple[str, ...]) -> bool:
    return any(name in headers for name in names)


TEAMS_CLASSIC = Variant(
    key="teams-classic",
    layout="teams",
    detect=lambda h: _has(h, "full name", "user action", "timestamp"),
    synonyms={"name": ("full name", "name"), "email": _EMAIL, "action": ("user action",),
              "timestamp": ("timestamp",), "role": ("role",)},
    attended_default=True,
    registered="never",
    sectioned=True,
    events=True,
)

TEAMS_PARTICIPANTS = Variant(
    key="teams-participants",
    layout="teams",
    detect=lambda h: (
        _has(h, "first join", "last leave")
        or "participant id (upn)" in h
        or ("role" in h and _has(h, "join time", "leave time") and "attended" not in h)
    ),
    synonyms={
        "name": ("name", "full name", "participant name"),
        "email": _EMAIL,
        "upn": ("participant id (upn)", "upn", "user principal name"),
        "join_time": ("first join", "join time"),
        "leave_time": ("last leave", "leave time"),
        "minutes": ("in-meeting duration", "duration", "attendance duration"),
        "role": ("role",),
        "organization": _ORGANIZATION,
        "sector": _SECTOR,
    },
    attended_default=True,
    registered="never",
    sectioned=True,
)

ZOOM_ATTENDEE = Variant(
    key="zoom-attendee",
    layout="zoom",
    detect=lambda h: (
        ("attended" in h and _any(h, ("join time", "time in session (minutes)")))
        or (_has(h, "join time", "leave time")
            and _any(h, ("duration (minutes)", "time in session (minutes)")))
    ),
    synonyms={
        "name": _NAME,
        "first_name": ("first name",),
        "last_name": ("last name",),
        "email": _EMAIL,
        "organization": _ORGANIZATION,
        "sector": _SECTOR,
        "attended": ("attended",),
        "minutes": ("time in session (minutes)", "duration (minutes)", "duration (mins)"),
        "join_time": ("join time",),
        "leave_time": ("leave time",),
        "registration_time": ("registration time",),
        "approval_status": ("approval status",),
    },
    attended_default=True,  # a meeting participants list only lists people who joined
    registered="zoom",
    sectioned=True,
    skip_sections=frozenset({"host details", "panelist details"}),
)

ZOOM_REGISTRATION = Variant(
    key="zoom-registration",
    layout="zoom",
    detect=lambda h: (
        _has(h, "first name", "email", "registration time")
        and "attended" not in h and "join time" not in h
    ),
    synonyms={
        "first_name": ("first name",),
        "last_name": ("last name",),
        "email": _EMAIL,
        "organization": _ORGANIZATION,
        "sector": _SECTOR,
    },
    attended_default=False,
    registered="always",
    sectioned=True,
)

EVENTBRITE = Variant(
    key="eventbrite",
    layout="eventbrite",
    detect=lambda h: (
        _any(h, ("order #", "order no.", "order number", "order id"))
        and _has(h, "first name", "email")
        and _any(h, ("ticket type", "attendee #", "attendee status", "checked in", "barcode #"))
    ),
    synonyms={
        "first_name": ("first name",),
        "last_name": ("last name",),
        "email": ("email", "attendee email"),
        "organization": _ORGANIZATION,
        "sector": _SECTOR,
        "checked_in": ("checked in", "check-in", "checked-in"),
        "status": ("attendee status",),
    },
    attended_default=False,
    registered="always",
)

TEMPLATE_COLUMNS = ("name", "email", "organization", "sector", "attended", "minutes")

TEMPLATE = Variant(
    key="template",
    layout="template",
    detect=lambda h: _has(h, "name", "email"),
    synonyms={name: (name,) for name in (*TEMPLATE_COLUMNS, "registered")},
    registered="column",
)

#: Tried in this order; the first variant whose ``detect`` accepts a header wins.
AUTO_VARIANTS: tuple[Variant, ...] = (
    TEAMS_CLASSIC, TEAMS_PARTICIPANTS, ZOOM_ATTENDEE, ZOOM_REGISTRATION, EVENTBRITE, TEMPLATE,
)

LAYOUT_NAMES = ("zoom", "teams", "eventbrite", "template", "mapped")


def mapped_variant(mapping: Mapping[str, str]) -> Variant:
    """Build a variant from a user's ``{logical_field: source_header}`` mapping."""
    unknown = sorted(set(mapping) - set(MAPPABLE_FIELDS))
    if unknown:
        raise ValueError(
            f"unknown field(s) in mapping: {', '.join(unknown)}; "
            f"expected some of {', '.join(MAPPABLE_FIELDS)}"
        )
    wanted = {
        logical: normalize_header(source)
        for logical, source in mapping.items()
        if source is not None and normalize_header(source)
    }
    return Variant(
        key="mapped",
        layout="mapped",
        detect=lambda h: all(source in h for source in wanted.values()),
        synonyms={logical: (source,) for logical, source in wanted.items()},
        registered="column",
    )


@dataclass
class HeaderMatch:
    """Where the table starts: the variant, its header row and column indexes."""

    variant: Variant
    row_number: int
    headers: list[str]
    indexes: dict[str, int]
    preamble: list[list[str]] = field(default_factory=list)
    #: Fields whose chosen header appears in more than one column: field → column indexes.
    duplicates: dict[str, list[int]] = field(default_factory=dict)

    @property
    def width(self) -> int:
        return max(self.indexes.values(), default=-1) + 1

    def column_name(self, index: int) -> str:
        if 0 <= index < len(self.headers) and self.headers[index].strip():
            return self.headers[index].replace("\ufeff", "").strip()
        return f"column {index + 1}"


@dataclass
class ScanResult:
    """Outcome of the header scan: a match, or what was seen (for the error)."""

    match: HeaderMatch | None
    seen: list[tuple[int, list[str]]]


def find_header(
    rows: Iterator[tuple[int, list[str]]],
    variants: tuple[Variant, ...],
    scan_limit: int,
) -> ScanResult:
    """Consume *rows* until a header row accepted by one of *variants*.

    The iterator is left positioned on the first data row, so the caller
    keeps reading from it.  Rows seen before the header are kept as the
    preamble (for the report summary) and, if nothing matched, returned so
    the caller can guess the header for the column-mapping dialog.
    """
    section: str | None = None
    seen: list[tuple[int, list[str]]] = []
    for number, cells in rows:
        if number > scan_limit:
            break
        if not any(cells):
            continue
        title = section_title(cells)
        if title is not None:
            section = title
            seen.append((number, cells))
            continue
        normalized = [normalize_header(cell) for cell in cells]
        header_set = frozenset(normalized)
        for variant in variants:
            if section in variant.skip_sections or not variant.detect(header_set):
                continue
            indexes = _resolve(variant, normalized)
            duplicates = {
                logical: found
                for logical, index in indexes.items()
                if len(found := [i for i, name in enumerate(normalized) if name == normalized[index]]) > 1
            }
            return ScanResult(
                HeaderMatch(variant, number, list(cells), indexes, [c for _, c in seen], duplicates), seen
            )
        seen.append((number, cells))
    return ScanResult(None, seen)


def _resolve(variant: Variant, normalized: list[str]) -> dict[str, int]:
    first_index: dict[str, int] = {}
    for index, name in enumerate(normalized):
        first_index.setdefault(name, index)
    indexes: dict[str, int] = {}
    for logical, names in variant.synonyms.items():
        for name in names:
            index = first_index.get(name)
            if index is not None:
                indexes[logical] = index
                break
    return indexes
