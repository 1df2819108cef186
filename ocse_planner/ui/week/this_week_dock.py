"""This week: a dock the window shows under every tab (View ▸ This week, Ctrl+Shift+D),
holding the list of this_week_panel.py — what needs doing in the next days across every
series, overdue first. Whether it is shown and where it sits are kept by the window
(`WINDOW_STATE`), its days by the panel (`THIS_WEEK_DAYS`), for the next start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QAbstractButton, QDockWidget, QWidget

from ocse_planner.ui.common.retranslate import Retranslatable
from ocse_planner.ui.common.settings import Settings
from ocse_planner.ui.common.state import AppState

if TYPE_CHECKING:
    from ocse_planner.ui.week.this_week_panel import ThisWeekPanel


class ThisWeekDock(Retranslatable, QDockWidget):
    entryActivated = Signal(object)  # a services.todo.TodoEntry

    def __init__(self, state: AppState, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thisWeekDock")  # saveState/restoreState find it by this name
        self.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
                             | Qt.DockWidgetArea.LeftDockWidgetArea)
        self._state, self._settings = state, settings
        self._panel: ThisWeekPanel | None = None
        # The list (and the services and SQLAlchemy it needs) is built when the dock is first
        # shown: the window appears before the storage layer is loaded (bench/, tests/cli).
        self.visibilityChanged.connect(lambda shown: shown and self.panel)
        self.retranslate()

    @property
    def panel(self) -> ThisWeekPanel:
        if self._panel is None:
            from ocse_planner.ui.week.this_week_panel import ThisWeekPanel

            self._panel = ThisWeekPanel(self._state, self._settings, self)
            self._panel.entryActivated.connect(self.entryActivated.emit)
            self.setWidget(self._panel)
        return self._panel

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("This week"))
        self.toggleViewAction().setText(self.tr("This &week"))
        self.setAccessibleName(self.tr("This week"))
        # Qt names its title bar's buttons once, when made; after a switch they are named
        # again from Qt's own catalogue (qtbase_fr.qm).
        for button, name in (("qt_dockwidget_floatbutton", "Float"), ("qt_dockwidget_closebutton", "Close")):
            found = self.findChild(QAbstractButton, button)
            if found is not None:
                found.setAccessibleName(QCoreApplication.translate("QDockWidget", name))
