"""The resource day page: column heads over the resource columns, scrolled together."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from sessions_desktop.presentation.resource_layout import ResourceDay
from sessions_desktop.ui.resources.resource_header import ResourceHeader
from sessions_desktop.ui.resources.resource_view import ResourceView


class ResourcePage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = ResourceHeader()
        self.view = ResourceView()
        self._scrolled = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.view, 1)
        self.view.relaid.connect(self._sync_header)
        self.view.horizontalScrollBar().valueChanged.connect(lambda _v: self._sync_header())

    def show_day(self, data: ResourceDay, colours: dict[str, str]) -> None:
        self.view.show_data(data, colours)
        self._sync_header()
        if not self._scrolled:
            starts = [low for spans in data.working.values() for low, _ in spans]
            self.view.scroll_to_minute(max(0.0, min(starts, default=8 * 60) - 30))
            self._scrolled = True

    def _sync_header(self) -> None:
        view = self.view
        offset = view.frameWidth() - view.horizontalScrollBar().value()
        self.header.zone = view.tz       # named above the hours, as in the week
        self.header.show_grid(view.grid, view.data, offset, view.colours)

    def set_selected(self, key: str | None) -> None:
        self.view.set_selected(key)
        self.header.chosen = key
        self.header.update()
