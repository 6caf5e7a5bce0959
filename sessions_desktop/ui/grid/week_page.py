"""The day, work-week and week page: day headers with the all-day row over the time grid."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QVBoxLayout, QWidget

from sessions_desktop.presentation.titles import Names
from sessions_desktop.ui.grid.week_header import WeekHeader
from sessions_desktop.ui.grid.week_layout import DayData
from sessions_desktop.ui.grid.week_view import GridView


class WeekPage(QWidget):
    def __init__(self, names: Names, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = WeekHeader(names)
        self.grid_view = GridView()
        self.today = date.today()
        self._scrolled = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.grid_view, 1)
        self.grid_view.relaid.connect(self._sync_header)

    def show_data(self, data: DayData, today: date) -> None:
        if today != self.today:
            data.base = None        # the header's today moves: draw it all
        self.today = today
        if self.grid_view.show_data(data):
            self.header.data = data   # a patch changes timed sessions only, never this row
            return
        self._sync_header()
        # The all-day row's height follows the week's all-day sessions: settle the grid's
        # new height now, or the week is painted once at the old height and again (all of
        # it: the viewport resized) when the layout catches up.
        self.layout().activate()
        if not self._scrolled:
            self.scroll_to_working_hours()

    def scroll_to_working_hours(self) -> None:
        """Open at the start of the working day (a little before), not at midnight."""
        starts = [low for spans in self.grid_view.data.working.values() for low, _ in spans]
        self.grid_view.scroll_to_minute(max(0.0, min(starts, default=8 * 60) - 30))
        self._scrolled = True

    def _sync_header(self) -> None:
        view = self.grid_view
        self.header.second_zone = view.second_zone
        self.header.show_grid(view.grid, view.data, view.frameWidth(), self.today)

    def set_selected(self, key: str | None) -> None:
        self.grid_view.set_selected(key)
        if key != self.header.chosen:
            self.header.chosen = key
            self.header.update()
