"""A drop-down of a domain enum's values that hands back the enum member, never a string.

Qt stores item data as a QVariant: an `enum.StrEnum` member put in comes back as a plain
`str`, so code that compared it with `is` (or passed it on as if it were the member)
silently did the wrong thing. This combo stores each member's `.value` and converts it
back with the enum class, so the type survives from the widget to the service.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QComboBox, QWidget

from ocse_planner.ui.common.labels import label
from ocse_planner.ui.common.retranslate import Retranslatable, set_item_texts

E = TypeVar("E", bound=enum.Enum)


class EnumCombo(Retranslatable, QComboBox, Generic[E]):
    def __init__(self, enum_type: type[E], parent: QWidget | None = None, *,
                 members: Iterable[E] | None = None) -> None:
        super().__init__(parent)
        self.enum_type = enum_type
        for member in members if members is not None else enum_type:
            self.addItem("", member.value)
        self.retranslate()

    def retranslate(self) -> None:
        """The members' names in the current language; the choice stays."""
        set_item_texts(self, ((self.itemData(i), label(self.enum_type(self.itemData(i))))
                              for i in range(self.count())))

    def value(self) -> E:
        """The chosen member (the first one when nothing is chosen)."""
        data = self.currentData()
        return self.enum_type(data) if data is not None else next(iter(self.enum_type))

    def set_value(self, member: E | str) -> None:
        """Choose `member` (a member or its value); unknown values leave the choice as it is."""
        index = self.findData(self.enum_type(member).value)
        if index >= 0:
            self.setCurrentIndex(index)
