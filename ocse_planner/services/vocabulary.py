"""The English names of the domain's values, in one place for screens and files alike.

Exports write these as they are (documents for partners); the UI passes each through Qt's
translator (context "Labels"), so a French translation translates these strings once.
"""

from __future__ import annotations

from enum import Enum

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

ENGLISH: dict[Enum, str] = {
    OrganizationKind.FEDERAL_DEPARTMENT: "Federal department",
    OrganizationKind.POLICE_SERVICE: "Police service",
    OrganizationKind.PROVINCIAL_MINISTRY: "Provincial ministry",
    OrganizationKind.NGO: "NGO / child-serving organization",
    OrganizationKind.ACADEMIC: "Academic",
    OrganizationKind.HEALTH_INSTITUTION: "Health institution",
    OrganizationKind.PRIVATE_SECTOR: "Private sector",
    OrganizationKind.OTHER: "Other",
    SeriesStatus.PLANNING: "Planning",
    SeriesStatus.ANNOUNCED: "Announced",
    SeriesStatus.RUNNING: "Running",
    SeriesStatus.COMPLETED: "Completed",
    SeriesStatus.ARCHIVED: "Archived",
    WebinarStatus.DRAFT: "Draft",
    WebinarStatus.SCHEDULED: "Scheduled",
    WebinarStatus.HELD: "Held",
    WebinarStatus.CANCELLED: "Cancelled",
    AgendaItemKind.PRESENTATION: "Presentation",
    AgendaItemKind.OPENING: "Opening remarks",
    AgendaItemKind.QA: "Questions and discussion",
    AgendaItemKind.BREAK: "Break",
    AgendaItemKind.CLOSING: "Closing remarks",
    BookingStatus.TO_INVITE: "To invite",
    BookingStatus.INVITED: "Invited",
    BookingStatus.CONFIRMED: "Confirmed",
    BookingStatus.DECLINED: "Declined",
    BookingStatus.WITHDRAWN: "Withdrawn",
    AvailabilityKind.AVAILABLE: "Available",
    AvailabilityKind.UNAVAILABLE: "Unavailable",
    CollaborationRole.CO_HOST: "Co-host",
    CollaborationRole.PRESENTING_ORGANIZATION: "Presenting organization",
    CollaborationRole.STRATEGY_PARTNER: "Strategy partner",
    CollaborationRole.PROMOTION: "Promotion / outreach",
    CollaborationRole.SPONSOR: "Sponsor",
    CollaborationRole.OTHER: "Other",
    CollaborationStatus.PROPOSED: "Proposed",
    CollaborationStatus.IN_DISCUSSION: "In discussion",
    CollaborationStatus.CONFIRMED: "Confirmed",
    CollaborationStatus.DECLINED: "Declined",
    CollaborationStatus.ENDED: "Ended",
    ContactChannel.CALL: "Call",
    ContactChannel.EMAIL: "E-mail",
    ContactChannel.MEETING: "Meeting",
    ContactChannel.OTHER: "Other",
    SectorRuleKind.EMAIL_DOMAIN: "E-mail domain",
    SectorRuleKind.ORGANIZATION_NAME: "Organization name",
}


def english(value: object) -> str:
    """The English name of an enum value (its raw value for anything unknown)."""
    if isinstance(value, Enum):
        return ENGLISH.get(value, str(value.value))
    return str(value)
