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



def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks `text` for Qt's lupdate (context "Labels") without importing Qt here."""
    return text


ENGLISH: dict[Enum, str] = {
    OrganizationKind.FEDERAL_DEPARTMENT: QT_TRANSLATE_NOOP("Labels", "Federal department"),
    OrganizationKind.POLICE_SERVICE: QT_TRANSLATE_NOOP("Labels", "Police service"),
    OrganizationKind.PROVINCIAL_MINISTRY: QT_TRANSLATE_NOOP("Labels", "Provincial ministry"),
    OrganizationKind.NGO: QT_TRANSLATE_NOOP("Labels", "NGO / child-serving organization"),
    OrganizationKind.ACADEMIC: QT_TRANSLATE_NOOP("Labels", "Academic"),
    OrganizationKind.HEALTH_INSTITUTION: QT_TRANSLATE_NOOP("Labels", "Health institution"),
    OrganizationKind.PRIVATE_SECTOR: QT_TRANSLATE_NOOP("Labels", "Private sector"),
    OrganizationKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    SeriesStatus.PLANNING: QT_TRANSLATE_NOOP("Labels", "Planning"),
    SeriesStatus.ANNOUNCED: QT_TRANSLATE_NOOP("Labels", "Announced"),
    SeriesStatus.RUNNING: QT_TRANSLATE_NOOP("Labels", "Running"),
    SeriesStatus.COMPLETED: QT_TRANSLATE_NOOP("Labels", "Completed"),
    SeriesStatus.ARCHIVED: QT_TRANSLATE_NOOP("Labels", "Archived"),
    WebinarStatus.DRAFT: QT_TRANSLATE_NOOP("Labels", "Draft"),
    WebinarStatus.SCHEDULED: QT_TRANSLATE_NOOP("Labels", "Scheduled"),
    WebinarStatus.HELD: QT_TRANSLATE_NOOP("Labels", "Held"),
    WebinarStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    AgendaItemKind.PRESENTATION: QT_TRANSLATE_NOOP("Labels", "Presentation"),
    AgendaItemKind.OPENING: QT_TRANSLATE_NOOP("Labels", "Opening remarks"),
    AgendaItemKind.QA: QT_TRANSLATE_NOOP("Labels", "Questions and answers"),
    AgendaItemKind.BREAK: QT_TRANSLATE_NOOP("Labels", "Break"),
    AgendaItemKind.CLOSING: QT_TRANSLATE_NOOP("Labels", "Closing remarks"),
    BookingStatus.TO_INVITE: QT_TRANSLATE_NOOP("Labels", "To invite"),
    BookingStatus.INVITED: QT_TRANSLATE_NOOP("Labels", "Invited"),
    BookingStatus.CONFIRMED: QT_TRANSLATE_NOOP("Labels", "Confirmed"),
    BookingStatus.DECLINED: QT_TRANSLATE_NOOP("Labels", "Declined"),
    BookingStatus.WITHDRAWN: QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
    AvailabilityKind.AVAILABLE: QT_TRANSLATE_NOOP("Labels", "Available"),
    AvailabilityKind.UNAVAILABLE: QT_TRANSLATE_NOOP("Labels", "Unavailable"),
    CollaborationRole.CO_HOST: QT_TRANSLATE_NOOP("Labels", "Co-host"),
    CollaborationRole.PRESENTING_ORGANIZATION: QT_TRANSLATE_NOOP("Labels", "Presenting organization"),
    CollaborationRole.STRATEGY_PARTNER: QT_TRANSLATE_NOOP("Labels", "Strategy partner"),
    CollaborationRole.PROMOTION: QT_TRANSLATE_NOOP("Labels", "Promotion / outreach"),
    CollaborationRole.SPONSOR: QT_TRANSLATE_NOOP("Labels", "Sponsor"),
    CollaborationRole.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    CollaborationStatus.PROPOSED: QT_TRANSLATE_NOOP("Labels", "Proposed"),
    CollaborationStatus.IN_DISCUSSION: QT_TRANSLATE_NOOP("Labels", "In discussion"),
    CollaborationStatus.CONFIRMED: QT_TRANSLATE_NOOP("Labels", "Confirmed"),
    CollaborationStatus.DECLINED: QT_TRANSLATE_NOOP("Labels", "Declined"),
    CollaborationStatus.ENDED: QT_TRANSLATE_NOOP("Labels", "Ended"),
    ContactChannel.CALL: QT_TRANSLATE_NOOP("Labels", "Call"),
    ContactChannel.EMAIL: QT_TRANSLATE_NOOP("Labels", "E-mail"),
    ContactChannel.MEETING: QT_TRANSLATE_NOOP("Labels", "Meeting"),
    ContactChannel.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    SectorRuleKind.EMAIL_DOMAIN: QT_TRANSLATE_NOOP("Labels", "E-mail domain"),
    SectorRuleKind.ORGANIZATION_NAME: QT_TRANSLATE_NOOP("Labels", "Organization name"),
}


def english(value: object) -> str:
    """The English name of an enum value (its raw value for anything unknown)."""
    if isinstance(value, Enum):
        return ENGLISH.get(value, str(value.value))
    return str(value)
