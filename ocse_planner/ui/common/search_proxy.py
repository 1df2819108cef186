"""Finding and sorting the way people read names, in English and in French.

A list's search box finds a row by any word of any column, and by the French of the
row's texts (its `*_fr` fields) as well as the English, ignoring accents and case:
"cote" finds "Côté", "gendarmerie" finds the RCMP (services/bilingual.py `matches`).
Text columns sort with `QCollator` for the interface's locale (numbers by value, accents
and case after the letters, so "Éducation" sorts between "Ecole" and "Fédéral"); other
columns (numbers, dates) by value.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QCollator, QLocale, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from ocse_planner.services.bilingual import fold
from ocse_planner.ui.common.table_model import ROW_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex


def french_texts(row: Any) -> list[str]:
    """The French texts of a service row (its fields whose name ends in "_fr")."""
    if not dataclasses.is_dataclass(row):
        return []
    return [value for f in dataclasses.fields(row) if f.name.endswith("_fr")
            and isinstance(value := getattr(row, f.name), str) and value]


class SearchProxy(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._collator = QCollator()
        self.set_locale(QLocale())

    def set_locale(self, locale: QLocale) -> None:
        """Sort as a reader of `locale` does (the interface's language)."""
        self._collator = QCollator(locale)
        self._collator.setNumericMode(True)
        self._collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.invalidate()

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:  # noqa: N802 (Qt's name)
        if not self._words:
            return True
        model = self.sourceModel()
        texts = [str(model.index(source_row, c, source_parent).data() or "") for c in range(model.columnCount())]
        texts += french_texts(model.index(source_row, 0, source_parent).data(ROW_ROLE))
        haystack = fold(" \n".join(texts))
        return all(word in haystack for word in self._words)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:  # noqa: N802 (Qt's name)
        a, b = left.data(self.sortRole()), right.data(self.sortRole())
        if isinstance(a, str) and isinstance(b, str):
            return self._collator.compare(a, b) < 0
        return super().lessThan(left, right)
