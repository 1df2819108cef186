"""Closed vocabularies of the domain.

Values are stored as their lower-case `value` strings (with a CHECK constraint), so the
database stays readable from any SQLite tool and a renamed Python member never rewrites
data. Labels for people live in the UI, where they can be translated.
"""

from __future__ import annotations

import enum


class OrganizationKind(enum.StrEnum):
    FEDERAL_DEPARTMENT = "federal_department"
    POLICE_SERVICE = "police_service"
    PROVINCIAL_MINISTRY = "provincial_ministry"
    NGO = "ngo"  # NGO / child-serving organization
    ACADEMIC = "academic"
    HEALTH_INSTITUTION = "health_institution"
    PRIVATE_SECTOR = "private_sector"
    OTHER = "other"


class SeriesStatus(enum.StrEnum):
    PLANNING = "planning"
    ANNOUNCED = "announced"
    RUNNING = "running"
    COMPLETED = "completed"
    ARCHIVED = "archived"


class WebinarStatus(enum.StrEnum):
    DRAFT = "draft"
    SCHEDULED = "scheduled"
    HELD = "held"
    CANCELLED = "cancelled"


class AgendaItemKind(enum.StrEnum):
    """A running agenda holds presentations and the items between them."""

    PRESENTATION = "presentation"
    OPENING = "opening"  # welcome / opening remarks
    QA = "qa"  # questions and answers / discussion
    BREAK = "break"
    CLOSING = "closing"


class BookingStatus(enum.StrEnum):
    TO_INVITE = "to_invite"
    INVITED = "invited"
    CONFIRMED = "confirmed"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"


class AvailabilityKind(enum.StrEnum):
    AVAILABLE = "available"
    UNAVAILABLE = "unavailable"


class CollaborationRole(enum.StrEnum):
    CO_HOST = "co_host"
    PRESENTING_ORGANIZATION = "presenting_organization"
    STRATEGY_PARTNER = "strategy_partner"
    PROMOTION = "promotion"  # promotion / outreach
    SPONSOR = "sponsor"
    OTHER = "other"


class CollaborationStatus(enum.StrEnum):
    PROPOSED = "proposed"
    IN_DISCUSSION = "in_discussion"
    CONFIRMED = "confirmed"
    DECLINED = "declined"
    ENDED = "ended"


class ContactChannel(enum.StrEnum):
    CALL = "call"
    EMAIL = "email"
    MEETING = "meeting"
    OTHER = "other"


class SectorRuleKind(enum.StrEnum):
    EMAIL_DOMAIN = "email_domain"
    ORGANIZATION_NAME = "organization_name"
