"""The data model: every record of the 2022 series report has a place here.

Deletion rules are deliberate:
- a series owns its webinars, a webinar its agenda, a presentation its bookings
  (CASCADE: deleting a series deletes its plan, after the UI has shown the impact);
- people and organizations outlive the plans they took part in: removing a person or an
  organization that still presents somewhere is refused (RESTRICT on bookings), while
  optional links (a person's employer, a contact person) are cleared (SET NULL);
- attendance and survey figures belong to their webinar or series (CASCADE).

Editable records carry a `version` column used for optimistic concurrency, so that a
second app instance editing a stale copy gets an error instead of overwriting silently.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, declared_attr, mapped_column, relationship

from ocse_planner.db.base import Base, UTCDateTime, enum_column, utcnow
from ocse_planner.db.enums import (
    AgendaItemKind,
    AvailabilityKind,
    BookingStatus,
    CollaborationRole,
    CollaborationStatus,
    ContactChannel,
    OrganizationKind,
    SectorRuleKind,
    SeriesStatus,
    WebinarStatus,
)

DEFAULT_TIME_ZONE = "America/Toronto"


class Versioned:
    """Mixin: optimistic concurrency through SQLAlchemy's version counter."""

    version: Mapped[int] = mapped_column(Integer, nullable=False)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.version}


class Timestamped:
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime, nullable=False, default=utcnow, onupdate=utcnow
    )


class Organization(Versioned, Timestamped, Base):
    __tablename__ = "organization"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    acronym: Mapped[str | None] = mapped_column(String(40))
    # French (the official name, e.g. "Gendarmerie royale du Canada" / "GRC"); None when
    # not entered: French documents then print the English with an "[EN]" marker.
    name_fr: Mapped[str | None] = mapped_column(String(300))
    acronym_fr: Mapped[str | None] = mapped_column(String(40))
    # The article a French sentence puts before the name: "la" (la GRC), "le", "l'", "les";
    # None or "" for none (Sécurité publique Canada). services/french_articles.py.
    article_fr: Mapped[str | None] = mapped_column(String(8))
    kind: Mapped[OrganizationKind] = mapped_column(
        enum_column(OrganizationKind, "organization_kind"), default=OrganizationKind.OTHER
    )
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    website: Mapped[str | None] = mapped_column(String(500))
    notes: Mapped[str | None] = mapped_column(Text)

    parent: Mapped[Organization | None] = relationship(
        remote_side="Organization.id", back_populates="children"
    )
    children: Mapped[list[Organization]] = relationship(back_populates="parent")
    people: Mapped[list[Person]] = relationship(back_populates="organization")

    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        CheckConstraint("parent_id IS NULL OR parent_id <> id", name="not_own_parent"),
    )


class Series(Versioned, Timestamped, Base):
    __tablename__ = "series"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    year: Mapped[int] = mapped_column(Integer)
    title_fr: Mapped[str | None] = mapped_column(String(300))
    host_organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    programme: Mapped[str | None] = mapped_column(String(500))
    objectives: Mapped[list[str]] = mapped_column(JSON, default=list)
    programme_fr: Mapped[str | None] = mapped_column(String(500))
    # The French of each objective, by position ("" where one is not translated yet).
    objectives_fr: Mapped[list[str] | None] = mapped_column(JSON)
    status: Mapped[SeriesStatus] = mapped_column(
        enum_column(SeriesStatus, "series_status"), default=SeriesStatus.PLANNING
    )
    time_zone: Mapped[str] = mapped_column(String(64), default=DEFAULT_TIME_ZONE)
    # Hand-entered total when only the report's figure exists (the 2022 report: 611).
    participants_reported: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)

    host_organization: Mapped[Organization | None] = relationship()
    webinars: Mapped[list[Webinar]] = relationship(
        back_populates="series",
        order_by="Webinar.number",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )

    __table_args__ = (
        UniqueConstraint("title", "year"),
        CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),
        CheckConstraint("year BETWEEN 1900 AND 9999", name="year_range"),
        CheckConstraint(
            "participants_reported IS NULL OR participants_reported >= 0",
            name="participants_not_negative",
        ),
    )


class Webinar(Versioned, Timestamped, Base):
    """One session of a series."""

    __tablename__ = "webinar"

    id: Mapped[int] = mapped_column(primary_key=True)
    series_id: Mapped[int] = mapped_column(ForeignKey("series.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(500))
    theme: Mapped[str | None] = mapped_column(Text)
    title_fr: Mapped[str | None] = mapped_column(String(500))
    theme_fr: Mapped[str | None] = mapped_column(Text)
    # The start instant in UTC; `time_zone` is the zone it was planned in and is shown in.
    starts_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    time_zone: Mapped[str] = mapped_column(String(64), default=DEFAULT_TIME_ZONE)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=120)
    platform: Mapped[str | None] = mapped_column(String(200))
    link: Mapped[str | None] = mapped_column(String(1000))
    status: Mapped[WebinarStatus] = mapped_column(
        enum_column(WebinarStatus, "webinar_status"), default=WebinarStatus.DRAFT
    )
    highlights: Mapped[str | None] = mapped_column(Text)
    highlights_fr: Mapped[str | None] = mapped_column(Text)
    participants_reported: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)
    # The recording or survey link the thank-you message gives presenters.
    follow_up_link: Mapped[str | None] = mapped_column(String(1000))

    series: Mapped[Series] = relationship(back_populates="webinars")
    presentations: Mapped[list[Presentation]] = relationship(
        back_populates="webinar",
        order_by="Presentation.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )

    __table_args__ = (
        UniqueConstraint("series_id", "number"),
        CheckConstraint("number > 0", name="number_positive"),
        CheckConstraint("duration_minutes > 0", name="duration_positive"),
        CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),
        CheckConstraint(
            "participants_reported IS NULL OR participants_reported >= 0",
            name="participants_not_negative",
        ),
        Index("ix_webinar_starts_at", "starts_at"),
    )


class Presentation(Versioned, Timestamped, Base):
    """An item of a webinar's running agenda: a presentation, or a break / Q&A / remarks."""

    __tablename__ = "presentation"

    id: Mapped[int] = mapped_column(primary_key=True)
    webinar_id: Mapped[int] = mapped_column(ForeignKey("webinar.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[AgendaItemKind] = mapped_column(
        enum_column(AgendaItemKind, "agenda_item_kind"), default=AgendaItemKind.PRESENTATION
    )
    title: Mapped[str] = mapped_column(String(500))
    description: Mapped[str | None] = mapped_column(Text)
    title_fr: Mapped[str | None] = mapped_column(String(500))
    description_fr: Mapped[str | None] = mapped_column(Text)
    # Minutes after the webinar start; None = right after the previous item.
    start_offset_minutes: Mapped[int | None] = mapped_column(Integer)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=20)
    resource_links: Mapped[list[str]] = mapped_column(JSON, default=list)
    placeholder: Mapped[bool] = mapped_column(Boolean, default=False)

    webinar: Mapped[Webinar] = relationship(back_populates="presentations")
    bookings: Mapped[list[Booking]] = relationship(
        back_populates="presentation",
        order_by="Booking.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )

    __table_args__ = (
        UniqueConstraint("webinar_id", "position"),
        CheckConstraint("position > 0", name="position_positive"),
        CheckConstraint("duration_minutes > 0", name="duration_positive"),
        CheckConstraint(
            "start_offset_minutes IS NULL OR start_offset_minutes >= 0",
            name="offset_not_negative",
        ),
        CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),
    )


class Person(Versioned, Timestamped, Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    honorific: Mapped[str | None] = mapped_column(String(80))  # Dr., Detective Constable
    given_name: Mapped[str] = mapped_column(String(200))
    family_name: Mapped[str] = mapped_column(String(200))
    post_nominals: Mapped[str | None] = mapped_column(String(120))  # PhD, RN / M.A.
    job_title: Mapped[str | None] = mapped_column(String(500))
    job_title_fr: Mapped[str | None] = mapped_column(String(500))
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    email: Mapped[str | None] = mapped_column(String(320))
    phone: Mapped[str | None] = mapped_column(String(60))
    time_zone: Mapped[str | None] = mapped_column(String(64))
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)  # ["en", "fr"]
    # The language messages to them are written in: "en", "fr" or "both" (bilingual);
    # None = decided from `languages` (the only one spoken, else bilingual).
    preferred_language: Mapped[str | None] = mapped_column(String(8))
    bio: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)

    organization: Mapped[Organization | None] = relationship(back_populates="people")
    availabilities: Mapped[list[Availability]] = relationship(
        back_populates="person", cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (
        CheckConstraint(
            "length(trim(given_name)) + length(trim(family_name)) > 0", name="has_name"
        ),
        Index("ix_person_family_given", "family_name", "given_name"),
    )


class Booking(Versioned, Timestamped, Base):
    """A presenter of a presentation: a person, or an organization presenting as a body."""

    __tablename__ = "booking"

    id: Mapped[int] = mapped_column(primary_key=True)
    presentation_id: Mapped[int] = mapped_column(
        ForeignKey("presentation.id", ondelete="CASCADE")
    )
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"), index=True
    )
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="RESTRICT"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[BookingStatus] = mapped_column(
        enum_column(BookingStatus, "booking_status"), default=BookingStatus.TO_INVITE
    )
    status_changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    invited_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    responded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    note: Mapped[str | None] = mapped_column(Text)

    presentation: Mapped[Presentation] = relationship(back_populates="bookings")
    person: Mapped[Person | None] = relationship()
    organization: Mapped[Organization | None] = relationship()
    events: Mapped[list[BookingEvent]] = relationship(
        back_populates="booking",
        order_by="BookingEvent.changed_at",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )

    __table_args__ = (
        CheckConstraint(
            "(person_id IS NULL) <> (organization_id IS NULL)",
            name="person_xor_organization",
        ),
        UniqueConstraint("presentation_id", "person_id"),
        UniqueConstraint("presentation_id", "organization_id"),
    )


class BookingEvent(Base):
    """The history of a booking's status: who was invited when, who answered when."""

    __tablename__ = "booking_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    booking_id: Mapped[int] = mapped_column(
        ForeignKey("booking.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[BookingStatus] = mapped_column(enum_column(BookingStatus, "booking_status"))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    note: Mapped[str | None] = mapped_column(Text)

    booking: Mapped[Booking] = relationship(back_populates="events")


class Availability(Base):
    """A window when a person is (un)available, in the person's own time zone."""

    __tablename__ = "availability"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[AvailabilityKind] = mapped_column(
        enum_column(AvailabilityKind, "availability_kind")
    )
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    daily_start: Mapped[time | None] = mapped_column(Time)
    daily_end: Mapped[time | None] = mapped_column(Time)
    time_zone: Mapped[str | None] = mapped_column(String(64))  # None: the person's zone
    note: Mapped[str | None] = mapped_column(Text)

    person: Mapped[Person] = relationship(back_populates="availabilities")

    __table_args__ = (
        CheckConstraint("end_date >= start_date", name="dates_ordered"),
        CheckConstraint(
            "(daily_start IS NULL AND daily_end IS NULL) OR "
            "(daily_start IS NOT NULL AND daily_end IS NOT NULL AND daily_end > daily_start)",
            name="daily_hours_ordered",
        ),
    )


class Collaboration(Versioned, Timestamped, Base):
    """An organization's part in a series or in one webinar (co-host, strategy partner…)."""

    __tablename__ = "collaboration"

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), index=True
    )
    # A webinar-level record names its series too, so series queries need no join.
    series_id: Mapped[int] = mapped_column(
        ForeignKey("series.id", ondelete="CASCADE"), index=True
    )
    webinar_id: Mapped[int | None] = mapped_column(
        ForeignKey("webinar.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[CollaborationRole] = mapped_column(
        enum_column(CollaborationRole, "collaboration_role")
    )
    status: Mapped[CollaborationStatus] = mapped_column(
        enum_column(CollaborationStatus, "collaboration_status"),
        default=CollaborationStatus.PROPOSED,
    )
    contact_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    agreement_date: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)

    organization: Mapped[Organization] = relationship()
    series: Mapped[Series] = relationship()
    webinar: Mapped[Webinar | None] = relationship()
    contact_person: Mapped[Person | None] = relationship()
    action_items: Mapped[list[ActionItem]] = relationship(
        back_populates="collaboration",
        order_by="ActionItem.due_date",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    contact_log: Mapped[list[ContactLogEntry]] = relationship(
        back_populates="collaboration",
        order_by="ContactLogEntry.occurred_on",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )

    __table_args__ = (
        UniqueConstraint("organization_id", "series_id", "webinar_id", "role"),
    )


class ActionItem(Timestamped, Base):
    __tablename__ = "action_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    collaboration_id: Mapped[int] = mapped_column(
        ForeignKey("collaboration.id", ondelete="CASCADE"), index=True
    )
    description: Mapped[str] = mapped_column(Text)
    owner: Mapped[str | None] = mapped_column(String(200))
    due_date: Mapped[date | None] = mapped_column(Date, index=True)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    collaboration: Mapped[Collaboration] = relationship(back_populates="action_items")

    __table_args__ = (
        CheckConstraint("length(trim(description)) > 0", name="description_not_blank"),
    )


# The hand-ticked items every new series starts with: (English, French, days before the webinar).
DEFAULT_READINESS_ITEMS: tuple[tuple[str, str, int], ...] = (
    ("Bios and photos received", "Biographies et photos reçues", 21),
    ("Simultaneous interpretation (EN/FR) booked", "Interprétation simultanée (anglais-français) réservée", 28),
    ("Captioning (CART) booked", "Sous-titrage en temps réel (CART) réservé", 28),
    ("Slides received", "Diapositives reçues", 7),
    ("Slides checked for accessibility", "Accessibilité des diapositives vérifiée", 3),
    ("Rehearsal held", "Répétition tenue", 3),
    ("Reminder sent", "Rappel envoyé", 2),
    ("Survey link ready", "Lien du sondage prêt", 1),
)


def default_readiness_items(series: Series) -> list[ReadinessItem]:
    """The default list for a new series (a demo file, a series made in the window)."""
    return [ReadinessItem(series=series, position=position, title=title, title_fr=title_fr, days_before=days)
            for position, (title, title_fr, days) in enumerate(DEFAULT_READINESS_ITEMS, start=1)]


class ReadinessItem(Timestamped, Base):
    """A hand-ticked line of a series' readiness checklist ("Slides received"), due a number
    of days before each webinar. Every series has its own list (services/readiness.py puts
    the default eight on a new series; a clone copies the list without its ticks). The
    checks the data answers (presenters confirmed, agenda fits…) are computed, not stored."""

    __tablename__ = "readiness_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    series_id: Mapped[int] = mapped_column(ForeignKey("series.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300))
    title_fr: Mapped[str | None] = mapped_column(String(300))
    days_before: Mapped[int] = mapped_column(Integer, default=7)

    series: Mapped[Series] = relationship()

    __table_args__ = (
        CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),
        CheckConstraint("days_before BETWEEN 0 AND 365", name="days_before_range"),
    )


class ReadinessTick(Base):
    """One webinar's state of one hand-ticked item: the day it was done (None: not yet) and
    a note ("slides from Dr. Seto still missing")."""

    __tablename__ = "readiness_tick"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("readiness_item.id", ondelete="CASCADE"), index=True)
    webinar_id: Mapped[int] = mapped_column(ForeignKey("webinar.id", ondelete="CASCADE"), index=True)
    done_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (UniqueConstraint("item_id", "webinar_id"),)


class ContactLogEntry(Base):
    __tablename__ = "contact_log_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    collaboration_id: Mapped[int] = mapped_column(
        ForeignKey("collaboration.id", ondelete="CASCADE"), index=True
    )
    occurred_on: Mapped[date] = mapped_column(Date)
    channel: Mapped[ContactChannel] = mapped_column(
        enum_column(ContactChannel, "contact_channel")
    )
    summary: Mapped[str] = mapped_column(Text)

    collaboration: Mapped[Collaboration] = relationship(back_populates="contact_log")


class Sector(Base):
    """An audience sector (law enforcement, victim services…); the list is editable."""

    __tablename__ = "sector"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name_fr: Mapped[str | None] = mapped_column(String(200))

    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),)


class SectorRule(Base):
    """Classify an attendee by e-mail domain or organization name when the file says nothing."""

    __tablename__ = "sector_rule"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[SectorRuleKind] = mapped_column(enum_column(SectorRuleKind, "sector_rule_kind"))
    pattern: Mapped[str] = mapped_column(String(300))
    sector_id: Mapped[int] = mapped_column(ForeignKey("sector.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)

    sector: Mapped[Sector] = relationship()

    __table_args__ = (UniqueConstraint("kind", "pattern"),)


class AttendanceRecord(Base):
    """One registrant / attendee of one webinar, as imported from a platform's report."""

    __tablename__ = "attendance_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    webinar_id: Mapped[int] = mapped_column(ForeignKey("webinar.id", ondelete="CASCADE"))
    # Normalized e-mail, or "name:<normalized name>" when the file has no e-mail: the key
    # that keeps a re-import from duplicating people.
    person_key: Mapped[str] = mapped_column(String(400))
    name: Mapped[str | None] = mapped_column(String(300))
    email: Mapped[str | None] = mapped_column(String(320))
    organization_name: Mapped[str | None] = mapped_column(String(300))
    sector_id: Mapped[int | None] = mapped_column(
        ForeignKey("sector.id", ondelete="SET NULL"), index=True
    )
    # Whether the file gave a sector: None = it has no sector field, False = the field was
    # empty ("Not stated" when no rule classified the person), True = it held a value.
    sector_stated: Mapped[bool | None] = mapped_column(Boolean)
    # A source without registration data (a Teams attendance report) stores False for
    # everyone; a webinar none of whose records is registered shows "not recorded".
    registered: Mapped[bool] = mapped_column(Boolean, default=True)
    attended: Mapped[bool] = mapped_column(Boolean, default=False)
    minutes_attended: Mapped[int] = mapped_column(Integer, default=0)
    first_join: Mapped[datetime | None] = mapped_column(UTCDateTime)
    source_file: Mapped[str | None] = mapped_column(String(500))
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    webinar: Mapped[Webinar] = relationship()
    sector: Mapped[Sector | None] = relationship()

    __table_args__ = (
        UniqueConstraint("webinar_id", "person_key"),
        CheckConstraint("minutes_attended >= 0", name="minutes_not_negative"),
        Index("ix_attendance_record_person_key", "person_key"),
    )


class SectorCount(Base):
    """A hand-entered audience figure for a sector, per webinar or for a whole series.

    `count` is None when a report names the sector among its audience without a number
    (the 2022 report lists eight sectors and only the overall total).
    """

    __tablename__ = "sector_count"

    id: Mapped[int] = mapped_column(primary_key=True)
    series_id: Mapped[int] = mapped_column(ForeignKey("series.id", ondelete="CASCADE"))
    webinar_id: Mapped[int | None] = mapped_column(
        ForeignKey("webinar.id", ondelete="CASCADE"), index=True
    )
    sector_id: Mapped[int] = mapped_column(ForeignKey("sector.id", ondelete="CASCADE"))
    count: Mapped[int | None] = mapped_column(Integer)

    sector: Mapped[Sector] = relationship()

    __table_args__ = (
        UniqueConstraint("series_id", "webinar_id", "sector_id"),
        CheckConstraint("count IS NULL OR count >= 0", name="count_not_negative"),
    )


class SurveyResult(Base):
    """A post-webinar survey statement with the share of respondents who agreed."""

    __tablename__ = "survey_result"

    id: Mapped[int] = mapped_column(primary_key=True)
    series_id: Mapped[int] = mapped_column(ForeignKey("series.id", ondelete="CASCADE"))
    webinar_id: Mapped[int | None] = mapped_column(
        ForeignKey("webinar.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    statement: Mapped[str] = mapped_column(Text)
    statement_fr: Mapped[str | None] = mapped_column(Text)
    responses: Mapped[int | None] = mapped_column(Integer)
    percent_agree: Mapped[float] = mapped_column(Float)
    # The report says "close to 80%": keep that it is approximate rather than invent 79.6.
    approximate: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        CheckConstraint("percent_agree BETWEEN 0 AND 100", name="percent_range"),
        CheckConstraint("responses IS NULL OR responses >= 0", name="responses_not_negative"),
        CheckConstraint("length(trim(statement)) > 0", name="statement_not_blank"),
    )


class ColumnMapping(Base):
    """A column mapping the user chose for an unknown attendance-file layout, by header set."""

    __tablename__ = "column_mapping"

    id: Mapped[int] = mapped_column(primary_key=True)
    header_signature: Mapped[str] = mapped_column(String(128), unique=True)
    mapping: Mapped[dict[str, str]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class AgendaRelease(Base):
    """A numbered, dated snapshot of a series' agendas, sent to partners."""

    __tablename__ = "agenda_release"

    id: Mapped[int] = mapped_column(primary_key=True)
    series_id: Mapped[int] = mapped_column(ForeignKey("series.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    released_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    note: Mapped[str | None] = mapped_column(Text)
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)

    __table_args__ = (
        UniqueConstraint("series_id", "number"),
        CheckConstraint("number > 0", name="number_positive"),
    )


class PersonalDataPurge(Base):
    """When names and e-mails of a series were removed (backups older than it are stale)."""

    __tablename__ = "personal_data_purge"

    id: Mapped[int] = mapped_column(primary_key=True)
    series_id: Mapped[int | None] = mapped_column(ForeignKey("series.id", ondelete="SET NULL"))
    purged_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    records_purged: Mapped[int] = mapped_column(Integer, default=0)


class CrossEditionSnapshot(Base):
    """What a purge kept of an edition's audience for comparisons with other editions.

    Written just before "Remove personal data" replaces the series' identities with keys
    nobody can turn back into addresses: how many of its participants could be matched by
    e-mail and how many could not (name only). Counts only: no address, no key, no hash.
    """

    __tablename__ = "cross_edition_snapshot"

    id: Mapped[int] = mapped_column(primary_key=True)
    series_id: Mapped[int] = mapped_column(ForeignKey("series.id", ondelete="CASCADE"), index=True)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    participants_matchable: Mapped[int] = mapped_column(Integer)  # distinct e-mails that attended
    participants_not_matchable: Mapped[int] = mapped_column(Integer)  # attended with a name only

    overlaps: Mapped[list[CrossEditionOverlap]] = relationship(
        back_populates="snapshot", cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (
        CheckConstraint("participants_matchable >= 0 AND participants_not_matchable >= 0",
                        name="counts_not_negative"),
    )


class CrossEditionOverlap(Base):
    """How many participants the purged edition shared with another edition that still
    held identities at the time (matched by normalised e-mail): an aggregate only."""

    __tablename__ = "cross_edition_overlap"

    id: Mapped[int] = mapped_column(primary_key=True)
    snapshot_id: Mapped[int] = mapped_column(
        ForeignKey("cross_edition_snapshot.id", ondelete="CASCADE"), index=True
    )
    other_series_id: Mapped[int] = mapped_column(ForeignKey("series.id", ondelete="CASCADE"), index=True)
    shared_participants: Mapped[int] = mapped_column(Integer)
    # The other edition's participants with an e-mail at the time: its new participants
    # are these less the shared ones, and a later import into it shows as a change.
    other_matchable: Mapped[int] = mapped_column(Integer)

    snapshot: Mapped[CrossEditionSnapshot] = relationship(back_populates="overlaps")

    __table_args__ = (
        UniqueConstraint("snapshot_id", "other_series_id"),
        CheckConstraint("shared_participants >= 0 AND other_matchable >= shared_participants",
                        name="counts_consistent"),
    )


class MessageTemplate(Timestamped, Base):
    """An organizer's own wording of one kind of presenter message in one language; a kind
    without a row is written with the built-in text (services/message_templates.py)."""

    __tablename__ = "message_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))  # invitation, follow_up, … cancellation
    language: Mapped[str] = mapped_column(String(8))  # "en" or "fr"
    subject: Mapped[str] = mapped_column(String(500))
    body: Mapped[str] = mapped_column(Text)

    __table_args__ = (UniqueConstraint("kind", "language"),)


class MessageSender(Base):
    """Who presenter messages come from: one row (the organizer's name, address and
    signature in each language), kept in the planner so the window and the command line
    write the same drafts."""

    __tablename__ = "message_sender"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    organizer_name: Mapped[str | None] = mapped_column(String(200))
    organizer_email: Mapped[str | None] = mapped_column(String(320))
    signature: Mapped[str | None] = mapped_column(Text)
    signature_fr: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (CheckConstraint("id = 1", name="one_row"),)


class SentInvitation(Base):
    """What a presenter's calendar holds from us: one event (UID) as last written to one
    recipient, so a later change goes out with the same UID and a higher SEQUENCE, and a
    removed booking as a cancellation. Outlives the booking and the presentation on
    purpose (no foreign key to them); holds an address, so the personal-data purge of the
    series removes it."""

    __tablename__ = "sent_invitation"

    id: Mapped[int] = mapped_column(primary_key=True)
    series_id: Mapped[int] = mapped_column(ForeignKey("series.id", ondelete="CASCADE"), index=True)
    presentation_id: Mapped[int | None] = mapped_column(Integer)
    booking_id: Mapped[int | None] = mapped_column(Integer)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"), index=True)
    recipient_name: Mapped[str | None] = mapped_column(String(300))
    recipient_email: Mapped[str | None] = mapped_column(String(320))
    uid: Mapped[str] = mapped_column(String(300))
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    time_zone: Mapped[str] = mapped_column(String(64))
    summary: Mapped[str] = mapped_column(String(1000))
    kind: Mapped[str] = mapped_column(String(40))  # of the last message written
    times_sent: Mapped[int] = mapped_column(Integer, default=1)
    first_sent_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_sent_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)

    person: Mapped[Person | None] = relationship()

    __table_args__ = (
        UniqueConstraint("uid", "person_id"),
        CheckConstraint("times_sent > 0", name="times_sent_positive"),
    )


class PlannerMeta(Base):
    """One row naming the application: a team database's equivalent of a planner file's
    SQLite `application_id`. A database without it (and with tables) is another
    program's. `app_version` is the version of OCSE Planner that created or last upgraded
    the schema: an older client names it ("install version X"). Later revisions keep
    both columns.
    """

    __tablename__ = "planner_meta"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    application: Mapped[str] = mapped_column(String(40))
    app_version: Mapped[str] = mapped_column(String(40))

    __table_args__ = (CheckConstraint("id = 1", name="one_row"),)


class ChangeLogEntry(Base):
    """One write transaction: who changed what, when (see db/changes.py)."""

    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    author: Mapped[str] = mapped_column(String(200))
    client: Mapped[str] = mapped_column(String(40))  # the app instance that wrote it
    description: Mapped[str] = mapped_column(String(500))
    record_table: Mapped[str | None] = mapped_column(String(64))
    record_id: Mapped[int | None] = mapped_column(Integer)
    records: Mapped[str] = mapped_column(Text, default="")


# Entities counted by `ocse-planner info` and the restore dialog, in display order.
COUNTED_ENTITIES: tuple[type[Base], ...] = (
    Organization,
    Series,
    Webinar,
    Presentation,
    Person,
    Booking,
    Availability,
    Collaboration,
    ActionItem,
    AttendanceRecord,
    SectorCount,
    SurveyResult,
)
