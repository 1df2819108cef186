"""The public credit rule: who a document names, and how it marks a title not yet final."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from ocse_planner.db.enums import BookingStatus
from ocse_planner.services.credits import PendingPresenters, public_credit, public_title

CONFIRMED, INVITED, TO_INVITE = BookingStatus.CONFIRMED, BookingStatus.INVITED, BookingStatus.TO_INVITE
DECLINED, WITHDRAWN = BookingStatus.DECLINED, BookingStatus.WITHDRAWN


@dataclass(frozen=True)
class Booked:
    name: str
    status: BookingStatus | str


def _lines(*presenters: Booked, pending=PendingPresenters.MARKER, needs_presenter=True) -> list[str]:
    return public_credit(presenters, pending, needs_presenter=needs_presenter).lines(lambda p: p.name)


def test_only_confirmed_presenters_are_named():
    assert _lines(Booked("Ada", CONFIRMED), Booked("Bob", INVITED), Booked("Cy", TO_INVITE)) == [
        "Ada", "2 presenters to be confirmed"]
    assert _lines(Booked("Ada", CONFIRMED), Booked("Bob", INVITED)) == ["Ada", "Presenter to be confirmed"]


@pytest.mark.parametrize("gone", [DECLINED, WITHDRAWN])
def test_declined_and_withdrawn_never_appear_not_even_as_a_marker(gone):
    assert _lines(Booked("Ada", CONFIRMED), Booked("Bob", gone)) == ["Ada"]
    assert _lines(Booked("Ada", CONFIRMED), Booked("Bob", gone), pending=PendingPresenters.HIDDEN) == ["Ada"]


def test_the_option_leaves_out_the_unconfirmed():
    assert _lines(Booked("Ada", CONFIRMED), Booked("Bob", INVITED), pending=PendingPresenters.HIDDEN) == ["Ada"]


@pytest.mark.parametrize("pending", list(PendingPresenters))
@pytest.mark.parametrize("booked", [(), (Booked("Bob", INVITED),), (Booked("Bob", DECLINED),),
                                    (Booked("Bob", TO_INVITE), Booked("Cy", WITHDRAWN))])
def test_a_presentation_without_a_confirmed_presenter_says_so_whatever_the_option(pending, booked):
    lines = _lines(*booked, pending=pending)
    assert len(lines) == 1 and lines[0].endswith("to be confirmed")
    assert not any(b.name in lines[0] for b in booked)  # nobody unconfirmed is named


def test_items_without_presenters_by_nature_say_nothing_when_nobody_is_booked():
    assert _lines(needs_presenter=False) == []
    assert _lines(Booked("Host", CONFIRMED), needs_presenter=False) == ["Host"]
    assert _lines(Booked("Host", INVITED), needs_presenter=False) == ["Presenter to be confirmed"]
    # someone asked to moderate the Q&A is still pending when the unconfirmed are left out
    assert _lines(Booked("Host", INVITED), pending=PendingPresenters.HIDDEN, needs_presenter=False) == [
        "Presenter to be confirmed"]


def test_statuses_are_compared_by_value_a_plain_string_counts_the_same():
    """Qt hands a combo's data back as str; the rule must not depend on the enum identity."""
    assert _lines(Booked("Ada", "confirmed"), Booked("Bob", "invited"), Booked("Cy", "declined")) == [
        "Ada", "Presenter to be confirmed"]
    with pytest.raises(ValueError):
        _lines(Booked("Ada", "maybe"))


def test_the_credit_keeps_the_confirmed_in_booking_order_and_counts_the_rest():
    credit = public_credit([Booked("Zed", CONFIRMED), Booked("Bob", INVITED), Booked("Ada", CONFIRMED)])
    assert [p.name for p in credit.confirmed] == ["Zed", "Ada"] and credit.pending == 1


def test_a_carried_over_title_is_marked_until_confirmed():
    assert public_title("Social Marketing Campaign", placeholder=True) == \
        "Social Marketing Campaign (title to be confirmed)"
    assert public_title("Social Marketing Campaign", placeholder=False) == "Social Marketing Campaign"


def test_by_default_a_presentation_needs_a_presenter():
    """Callers that say nothing about the item's kind get the rule for presentations."""
    assert public_credit([]).lines(lambda p: p.name) == ["Presenter to be confirmed"]
    assert public_credit([Booked("Bob", DECLINED)]).marker == "Presenter to be confirmed"
