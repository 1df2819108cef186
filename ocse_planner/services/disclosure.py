"""Small counts that could point at a person in a published table: one rule for every
document and screen that offers to hide them.

A count below the threshold (`min_cell`, "hide counts below N") is shown as "<N": in a
table of a few hundred participants, "2 from victim services" can name two colleagues.
A threshold of 0 or 1 hides nothing.
"""

from __future__ import annotations


class SmallCounts:
    """Whether a count is hidden, and how it is shown then."""

    def __init__(self, min_cell: int | None) -> None:
        self.min_cell = min_cell if min_cell and min_cell > 1 else None

    def hidden(self, value: int | None) -> bool:
        return value is not None and self.min_cell is not None and value < self.min_cell

    def shown(self, value: int | None) -> int | str | None:
        if value is None:
            return None
        return self.text() if self.hidden(value) else value

    def text(self) -> str:
        """What a hidden count shows: "<5"."""
        return f"<{self.min_cell}"
