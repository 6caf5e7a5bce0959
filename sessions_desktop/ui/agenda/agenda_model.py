"""The agenda's rows as a Qt model: a day row before each day's sessions, one row a session.

A flat table model read by a ``QTreeView``: a page of the agenda (30 days, thousands of
sessions in a busy business) is one list assignment and one model reset, and the texts of a
row are made only when the view first asks for them, so a page costs what the screenful it
shows costs, not one ``QTreeWidgetItem`` per session. ``rows_for`` (the grouping) needs no
widget, so a prefetched period can be grouped before the user asks for it.

Columns: time, session (with the schedule's swatch), who and where, schedule, booked. The
texts of a session row are in ``session_texts``: one place to add a column. Cancelled sessions
(shown by default here) are struck through, dimmed, and say so.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont, QPalette

from sessions_desktop.domain.model import Schedule, Session
from sessions_desktop.presentation.describe import describe_session
from sessions_desktop.presentation.formatting import capacity_text
from sessions_desktop.presentation.people import PeopleTexts, label
from sessions_desktop.ui.common.i18n import QT_TRANSLATE_NOOP, translate
from sessions_desktop.ui.common.palette_colours import grid_colours
from sessions_desktop.ui.common.swatches import swatch_icon
from sessions_desktop.ui.common.texts import date_text, spoken_formats, time_text

ID_ROLE = Qt.ItemDataRole.UserRole
HEADERS = (
    QT_TRANSLATE_NOOP("AgendaModel", "Time"),
    QT_TRANSLATE_NOOP("AgendaModel", "Session"),
    QT_TRANSLATE_NOOP("AgendaModel", "Staff and rooms"),
    QT_TRANSLATE_NOOP("AgendaModel", "Schedule"),
    QT_TRANSLATE_NOOP("AgendaModel", "Booked"),
)
EMPTY = QT_TRANSLATE_NOOP("AgendaModel", "No sessions in these 30 days")
# a page's first rows are in and none is shown (a filter hides them): the page may still
LOADING = QT_TRANSLATE_NOOP("AgendaModel", "Loading…")
Row = date | Session | None     # a day row, a session row, the "no sessions" row
SESSION_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
DAY_FLAGS = Qt.ItemFlag.ItemIsEnabled
NO_FLAGS = Qt.ItemFlag.NoItemFlags
Index = QModelIndex | QPersistentModelIndex


def rows_for(sessions: list[Session], tz) -> list[Row]:
    """The rows of a page: each day's date, then its all-day sessions, then its timed ones
    by (start, id). The day is an all-day session's own date and a timed session's start
    in ``tz``: ordered by absolute start alone, an all-day session of a zone ahead (Tokyo's
    Friday begins on Thursday in Berlin) fell among the day before's sessions and split
    that day under two headers."""
    rows: list[Row] = []
    current = None
    dated = [(_day_of(session, tz), session) for session in sessions]
    dated.sort(key=lambda pair: (pair[0], not pair[1].all_day, pair[1].start, pair[1].id))
    for day, session in dated:
        if day != current:
            rows.append(day)
            current = day
        rows.append(session)
    return rows or [None]


def _day_of(session: Session, tz) -> date:
    return session.start.date() if session.all_day else session.start.astimezone(tz).date()


def session_texts(session: Session, schedules: dict[str, Schedule], tz,
                  people: PeopleTexts) -> tuple[str, ...]:
    schedule = schedules.get(session.schedule_id)
    when = (
        translate("AgendaModel", "All day")
        if session.all_day
        else (
            translate("AgendaModel", "{time_text} – {time_text2}").format(
                time_text=time_text(session.start.astimezone(tz)),
                time_text2=time_text(session.end.astimezone(tz)),
            )
        )
    )
    booked = (
        translate("AgendaModel", "Cancelled")
        if session.is_cancelled
        else capacity_text(session) or ""
    )
    return (when, label(session, schedules), people(session),
            schedule.name if schedule else "", booked)


class AgendaRow:
    """A listed session's row, read as a ``QTreeWidgetItem`` would be: ``text`` and ``font``
    of a column (tests and callers that look at one row)."""

    def __init__(self, model: AgendaModel, row: int) -> None:
        self.model, self.row = model, row

    def text(self, column: int) -> str:
        return self.model.data(self.model.index(self.row, column)) or ""

    def font(self, column: int) -> QFont:
        found = self.model.data(self.model.index(self.row, column), Qt.ItemDataRole.FontRole)
        return found if found is not None else QFont()


class AgendaModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = [None]
        self.schedules: dict[str, Schedule] = {}
        self.tz = None
        self.today = date.today()
        self.loading = False     # only a page's first rows are in (``first_rows``)
        self.palette = QPalette()
        self._texts: dict[int, tuple[str, ...]] = {}
        self._people = PeopleTexts({})
        self._bold = QFont()
        self._bold.setBold(True)
        self._struck = QFont()
        self._struck.setStrikeOut(True)

    def show(self, rows: list[Row], schedules: dict[str, Schedule], tz, today: date,
             palette: QPalette, font: QFont, loading: bool = False) -> None:
        self.beginResetModel()
        self.rows, self.schedules, self.tz, self.today = rows, schedules, tz, today
        self.loading = loading
        self.palette = palette
        self._bold = QFont(font)
        self._bold.setBold(True)
        self._struck = QFont(font)
        self._struck.setStrikeOut(True)
        self._texts = {}
        self._people = PeopleTexts(schedules)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("AgendaModel", HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        row = self.rows[index.row()]
        if isinstance(row, Session):
            return SESSION_FLAGS
        return DAY_FLAGS if row is not None else NO_FLAGS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.rows[index.row()]
        if isinstance(row, Session):
            return self._session_data(index, row, role)
        if isinstance(row, date):
            return self._day_data(index.column(), row, role)
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 1:
            return translate("AgendaModel", LOADING if self.loading else EMPTY)
        return None

    def _session_data(self, index: Index, session: Session, role: int) -> Any:
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            texts = self._texts.get(index.row())
            if texts is None:
                texts = self._texts[index.row()] = session_texts(
                    session, self.schedules, self.tz, self._people)
            return texts[column]
        if role == ID_ROLE:
            return session.id if column == 0 else "session"
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:    # the row read as a whole
            return describe_session(session, self.schedules, self.tz, spoken_formats(),
                                    title=label(session, self.schedules)).description
        if role == Qt.ItemDataRole.DecorationRole and column == 1:
            schedule = self.schedules.get(session.schedule_id)
            return swatch_icon(schedule.colour) if schedule is not None else None
        if session.is_cancelled and role == Qt.ItemDataRole.FontRole and column < 4:
            return self._struck
        if session.is_cancelled and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(grid_colours(self.palette).dim_text)
        return None

    def _day_data(self, column: int, day: date, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            return date_text(day, long=True) + (
                translate("AgendaModel", "  (today)") if day == self.today else "")
        if role == ID_ROLE:
            return day.isoformat()
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(grid_colours(self.palette).group_row)
        return None

    def session_id(self, row: int) -> str | None:
        value = self.rows[row] if 0 <= row < len(self.rows) else None
        return value.id if isinstance(value, Session) else None

    def row_of(self, session_id: str) -> int | None:
        return next((i for i, r in enumerate(self.rows)
                     if isinstance(r, Session) and r.id == session_id), None)

    def is_day(self, row: int) -> bool:
        return 0 <= row < len(self.rows) and isinstance(self.rows[row], date)
