"""What a public document may say about who presents and under which title.

Agendas, the report, calendar files and the release snapshots behind "Changes since
release N" go to partners, presenters and the public. They must not name someone who was
only asked (or not even asked yet), let alone someone who said no, and must not print last
year's title as this year's. Every writer asks this module, so the rule is one rule:

- a **confirmed** presenter is credited by name;
- an **invited** or **to invite** presenter is not named: the document says "Presenter to
  be confirmed" (the default), or leaves them out (`PendingPresenters.HIDDEN`);
- a **declined** or **withdrawn** presenter never appears;
- a presentation with no confirmed presenter says so, whichever option is chosen;
- a title carried over by cloning (the `placeholder` flag) is marked "(title to be
  confirmed)" until someone edits or confirms it.

Statuses are compared by value, so a plain string from a widget or a file works the same
as the enum member.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from ocse_planner.db.enums import BookingStatus
from ocse_planner.services.bilingual import catalogue
from ocse_planner.services.errors import N_

CREDITED = frozenset({BookingStatus.CONFIRMED})
PENDING = frozenset({BookingStatus.INVITED, BookingStatus.TO_INVITE})
# Declined and withdrawn are in neither set: they never reach a public document.

TITLE_TO_BE_CONFIRMED = N_("title to be confirmed")


class PendingPresenters(enum.StrEnum):
    """How a public document shows presenters who have not confirmed (an export option)."""

    MARKER = "marker"  # "Presenter to be confirmed" (the default)
    HIDDEN = "hidden"  # not mentioned; a presentation without a confirmed presenter still says so


class HasStatus(Protocol):
    @property
    def status(self) -> BookingStatus | str: ...


P = TypeVar("P", bound=HasStatus)


@dataclass(frozen=True)
class PublicCredit(Generic[P]):
    """The presenters of one presentation as a public document shows them."""

    confirmed: tuple[P, ...]  # credited by name, in booking order
    pending: int  # invited or to invite: counted, never named
    marker: str | None  # the line standing for those not named, if any

    def lines(self, text: Callable[[P], str]) -> list[str]:
        """The confirmed presenters written by `text`, then the marker line."""
        lines = [text(p) for p in self.confirmed]
        return [*lines, self.marker] if self.marker else lines


def status_of(presenter: HasStatus) -> BookingStatus:
    return BookingStatus(presenter.status)


def pending_marker(count: int, language: str = "en") -> str:
    """"Presenter to be confirmed", "2 presenters to be confirmed" (in the document's language)."""
    words = catalogue(language)
    if count <= 1:
        return words.gettext("Presenter to be confirmed")
    return words.ngettext("{count} presenter to be confirmed", "{count} presenters to be confirmed",
                          count).format(count=count)


def public_credit(presenters: Iterable[P], pending: PendingPresenters | str = PendingPresenters.MARKER,
                  *, needs_presenter: bool = True, language: str = "en") -> PublicCredit[P]:
    """Apply the credit rule to one presentation's bookings.

    `needs_presenter` is False for agenda items without presenters by nature (opening
    remarks, Q&A, breaks): those say nothing when nobody is booked on them."""
    mode = PendingPresenters(pending)
    listed = list(presenters)
    confirmed = tuple(p for p in listed if status_of(p) in CREDITED)
    waiting = sum(1 for p in listed if status_of(p) in PENDING)
    marker = None
    if waiting and mode == PendingPresenters.MARKER:
        marker = pending_marker(waiting, language)
    elif not confirmed and (needs_presenter or waiting):
        marker = pending_marker(1, language)
    return PublicCredit(confirmed, waiting, marker)


def public_title(title: str, placeholder: bool, language: str = "en") -> str:
    """A title as documents print it: a carried-over title is marked as not final."""
    return f"{title} ({catalogue(language).gettext(TITLE_TO_BE_CONFIRMED)})" if placeholder else title
