"""The agenda: the shown sessions of 30 days from the current date, grouped by day.

A list with a bold row per day that has sessions and one row per session (time, title, who
and where, schedule, fill), so a front desk can read the coming month as a list. Cancelled
sessions (shown by default here) are struck through and say so. A ``QTableView`` over
``AgendaModel`` (not a ``QTreeWidget`` of items): paging is one model reset, rows are
formatted as they scroll into view, and a page grouped ahead of time (``prepare``, from the
prefetch) shows without grouping again. A table (rows of one fixed height, day rows spanning
every column) rather than a tree view: a tree lays out every row on a reset, asking the model
about each, where a table of fixed-height rows lays out nothing.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import date

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from sessions_desktop.domain.model import Schedule, Session
from sessions_desktop.ui.agenda.agenda_model import HEADERS, AgendaModel, AgendaRow, Row, rows_for

KEPT = 6   # pages grouped ahead of time
OTHER_COLUMNS = {0: 150, 2: 190, 3: 150, 4: 90}   # widths in a wide window
SESSION_COLUMN_LEAST = 220                         # pixels the session column keeps
LEAST_COLUMN = 48


class AgendaView(QTableView):
    open_requested = Signal(str)
    selected = Signal(object)
    context_requested = Signal(str, QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.agenda = AgendaModel(self)
        self.setModel(self.agenda)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setTabKeyNavigation(False)     # Tab goes by session, not by cell (below)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.horizontalHeader().setStretchLastSection(False)
        self._narrowed = True       # the columns' widths are set on the first fit
        self._fit_columns()
        # The session column takes the room a wide window has, so long titles show whole.
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.doubleClicked.connect(self._open)
        self.selectionModel().currentRowChanged.connect(self._current)
        self.customContextMenuRequested.connect(self._context)
        self._quiet = False
        self._grouped: OrderedDict[int, tuple[list[Session], list[Row]]] = OrderedDict()

    def prepare(self, sessions: list[Session], tz) -> list[Row]:
        """Group ``sessions`` into rows, remembered by the list's identity."""
        found = self._grouped.get(id(sessions))
        if found is not None and found[0] is sessions:
            return found[1]
        rows = rows_for(sessions, tz)
        self._grouped[id(sessions)] = (sessions, rows)
        while len(self._grouped) > KEPT:
            self._grouped.popitem(last=False)
        return rows

    def show_sessions(self, sessions: list[Session], schedules: dict[str, Schedule], tz,
                      today: date, loading: bool = False) -> None:
        """``loading``: these are a page's first rows, the page is still being read."""
        self._quiet = True
        self.agenda.show(self.prepare(sessions, tz), schedules, tz, today, self.palette(),
                         self.font(), loading)
        self.clearSpans()
        for row in range(len(self.agenda.rows)):
            if self.agenda.is_day(row):
                self.setSpan(row, 0, 1, len(HEADERS))
        if self.agenda.rows == [None]:      # "no sessions" or "loading": across the table
            self.setSpan(0, 1, 1, len(HEADERS) - 1)
        self._quiet = False

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """The time, people, schedule and booked columns at their widths, narrowed alike
        when the window is narrow, so the session column (which stretches) keeps room for
        a title: at fixed widths a 900-pixel window left it 20 pixels. Widths a person set
        in a wide window are left alone."""
        room = self.viewport().width() - SESSION_COLUMN_LEAST
        scale = min(1.0, max(room, 0) / sum(OTHER_COLUMNS.values()))
        if scale == 1.0 and not self._narrowed:
            return
        self._narrowed = scale < 1.0
        for column, width in OTHER_COLUMNS.items():
            self.setColumnWidth(column, max(int(width * scale), LEAST_COLUMN))

    def items_by_id(self) -> dict[str, AgendaRow]:
        """Each listed session's row, by session id."""
        return {r.id: AgendaRow(self.agenda, i) for i, r in enumerate(self.agenda.rows)
                if isinstance(r, Session)}

    def set_selected(self, key: str | None) -> None:
        row = self.agenda.row_of(key) if key else None
        self._quiet = True
        if row is not None:
            self.setCurrentIndex(self.agenda.index(row, 0))
            self.scrollTo(self.agenda.index(row, 0))
        else:
            self.selectionModel().clear()
        self._quiet = False

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab and Shift+Tab: the next or previous session's row, day rows skipped, as in
        the painted views; past the last one focus moves on (no keyboard trap)."""
        if self.hasFocus():
            rows = [i for i, r in enumerate(self.agenda.rows) if isinstance(r, Session)]
            here = self.currentIndex().row() if self.currentIndex().isValid() else None
            if here is None:
                target = (rows[0] if forward else rows[-1]) if rows else None
            elif forward:
                target = next((r for r in rows if r > here), None)
            else:
                target = next((r for r in reversed(rows) if r < here), None)
            if target is not None:
                self.setCurrentIndex(self.agenda.index(target, 1))
                return True
        return super().focusNextPrevChild(forward)

    def _open(self, index: QModelIndex) -> None:
        key = self.agenda.session_id(index.row())
        if key:
            self.open_requested.emit(key)

    def _current(self, index: QModelIndex) -> None:
        if not self._quiet:
            self.selected.emit(self.agenda.session_id(index.row()) if index.isValid() else None)

    def _context(self, point) -> None:
        index = self.indexAt(point)
        key = self.agenda.session_id(index.row()) if index.isValid() else None
        if key:
            self.context_requested.emit(key, self.viewport().mapToGlobal(point))

