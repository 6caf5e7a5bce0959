"""Geometry of the month grid: six week rows, seven day columns and a week-number column.

Kept apart from painting so hit tests (chips, "+N more", drop cells) use exactly the rects
that were drawn.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF

from sessions_desktop.domain.model import Session
from sessions_desktop.presentation.layout import chip_order, fit_chips

WEEK_COLUMN = 30.0
HEADER = 22.0
DAY_NUMBER = 20.0
CHIP = 18.0


@dataclass(frozen=True)
class CellLayout:
    day: date
    rect: QRectF
    chips: tuple[tuple[QRectF, Session], ...]
    more: int
    more_rect: QRectF | None


@dataclass(frozen=True)
class MonthGeometry:
    first: date
    width: float
    height: float
    weeks: int = 6

    @property
    def cell_width(self) -> float:
        return (self.width - WEEK_COLUMN) / 7

    @property
    def cell_height(self) -> float:
        return (self.height - HEADER) / self.weeks

    def cell_rect(self, index: int) -> QRectF:
        row, column = divmod(index, 7)
        return QRectF(WEEK_COLUMN + column * self.cell_width, HEADER + row * self.cell_height,
                      self.cell_width, self.cell_height)

    def day_at(self, point: QPointF) -> date | None:
        if point.x() < WEEK_COLUMN or point.y() < HEADER:
            return None
        column = int((point.x() - WEEK_COLUMN) // self.cell_width)
        row = int((point.y() - HEADER) // self.cell_height)
        if not (0 <= column < 7 and 0 <= row < self.weeks):
            return None
        return self.first + timedelta(days=row * 7 + column)

    def rows_per_cell(self) -> int:
        return max(1, int((self.cell_height - DAY_NUMBER - 2) // CHIP))


def sessions_by_day(sessions: list[Session], first: date, days: int, tz) -> dict[date, list]:
    """Each session on every day it touches (local dates of the view's zone), in chip order."""
    out: dict[date, list[Session]] = {first + timedelta(days=i): [] for i in range(days)}
    for session in sessions:
        start = session.start.date() if session.all_day else session.start.astimezone(tz).date()
        end = session.end if session.all_day else session.end.astimezone(tz)
        last = end.date() - timedelta(days=1) if session.all_day or end.time() == end.min.time() \
            else end.date()
        day = max(start, first)
        while day <= last and day in out:
            out[day].append(session)
            day += timedelta(days=1)
    for chips in out.values():
        chips.sort(key=chip_order)
    return out


def lay_out_cells(geometry: MonthGeometry, by_day: dict[date, list[Session]]) -> list[CellLayout]:
    cells = []
    rows = geometry.rows_per_cell()
    for index in range(geometry.weeks * 7):
        day = geometry.first + timedelta(days=index)
        rect = geometry.cell_rect(index)
        fit = fit_chips(by_day.get(day, []), rows)
        chips = tuple((QRectF(rect.x() + 2, rect.y() + DAY_NUMBER + i * CHIP, rect.width() - 4,
                              CHIP - 2), s) for i, s in enumerate(fit.visible))
        more_rect = QRectF(rect.x() + 2, rect.y() + DAY_NUMBER + len(chips) * CHIP,
                           rect.width() - 4, CHIP - 2) if fit.more else None
        cells.append(CellLayout(day, rect, chips, fit.more, more_rect))
    return cells
