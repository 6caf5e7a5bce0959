"""Search: sessions whose title, tag, participant name or e-mail match, over a date range.
Results list in time order; choosing one tells the caller, which jumps the calendar there."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from sessions_desktop.domain.model import Session
from sessions_desktop.domain.time import local_midnight
from sessions_desktop.presentation.search import matches
from sessions_desktop.services.api import ServicesApi
from sessions_desktop.ui.common.i18n import translate
from sessions_desktop.ui.common.texts import moment_text

ROLE = Qt.ItemDataRole.UserRole
MAX_RESULTS = 500


class SearchPanel(QDialog):
    def __init__(self, services: ServicesApi, today: date, on_pick: Callable[[Session], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SearchPanel", "Search sessions"))
        self.services, self.on_pick = services, on_pick
        self.text = QLineEdit(placeholderText=translate("SearchPanel", "Title, tag, participant "
                                                                       "name or e-mail"),
                              objectName="searchText", clearButtonEnabled=True)
        self.start = QDateEdit(QDate(today.year, today.month, today.day) .addMonths(-1),
                               calendarPopup=True, objectName="searchFrom")
        self.end = QDateEdit(QDate(today.year, today.month, today.day).addMonths(3),
                             calendarPopup=True, objectName="searchTo")
        go = QPushButton(translate("SearchPanel", "Search"), objectName="searchGo")
        self.results = QListWidget(objectName="searchResults")
        self.status = QLabel(objectName="searchStatus")
        form = QFormLayout(self)
        form.addRow(translate("SearchPanel", "Find"), self.text)
        dates = QHBoxLayout()
        for widget in (self.start, QLabel(translate("SearchPanel", "to")), self.end, go):
            dates.addWidget(widget)
        form.addRow(translate("SearchPanel", "Between"), dates)
        form.addRow(self.results)
        form.addRow(self.status)
        go.clicked.connect(self.search)
        self.text.returnPressed.connect(self.search)
        self.results.itemActivated.connect(self.pick)
        self.results.itemDoubleClicked.connect(self.pick)
        self.resize(560, 520)

    def _day(self, edit: QDateEdit) -> date:
        d = edit.date()
        return date(d.year(), d.month(), d.day())

    def search(self) -> list[Session]:
        tz = self.services.business_zone
        start = local_midnight(self._day(self.start), tz)
        end = min(local_midnight(self._day(self.end) + timedelta(days=1), tz),
                  start + timedelta(days=365))
        found, text = [], self.text.text()
        result = self.services.queries.query_sessions(start, end, type="EVENT",
                                                      fieldsets="ALL_PI", limit=1000)
        while True:
            found += [s for s in result.items if matches(s, text)]
            if not result.has_next or len(found) >= MAX_RESULTS:
                break
            result = self.services.queries.query_sessions(cursor=result.next_cursor)
        self._show(found[:MAX_RESULTS])
        return found

    def _show(self, found: list[Session]) -> None:
        tz = self.services.business_zone
        self.results.clear()
        for s in found:
            a = s.start.astimezone(tz)
            item = QListWidgetItem(
                translate("SearchPanel", "{when}   {title}").format(
                    when=moment_text(a), title=s.title or "")
            )
            item.setData(ROLE, s)
            self.results.addItem(item)
        self.status.setText(
            translate("SearchPanel", "{n_found} found").format(n_found=len(found))
            if found
            else translate("SearchPanel", "Nothing found")
        )

    def pick(self, item: QListWidgetItem) -> None:
        self.on_pick(item.data(ROLE))
