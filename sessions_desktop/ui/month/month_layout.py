"""Geometry of the month grid: six week rows, seven day columns and a week-number column.

Kept apart from painting so hit tests (chips, "+N more", drop cells) use exactly the rects
that were drawn.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF

from sessions_desktop.domain.day_order import chip_order, days_touched
from sessions_desktop.domain.model import Session
from sessions_desktop.presentation.layout import fit_counted
from sessions_desktop.services.api import DaySummary, MonthDays

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


def summarise(sessions: list[Session], first: date, days: int, tz) -> MonthDays:
    """A loaded list as the days the month draws (every session a chip, on every day it
    touches in the view's zone: a list the window holds anyway, e.g. before the month's own
    summary has arrived)."""
    by_day: dict[date, list[Session]] = {first + timedelta(days=i): [] for i in range(days)}
    begins: Counter[date] = Counter()
    for session in sessions:
        start, last = days_touched(session, tz)
        if start <= last:
            begins[start] += 1
        day = max(start, first)
        while day <= last and day in by_day:
            by_day[day].append(session)
            day += timedelta(days=1)
    for chips in by_day.values():
        chips.sort(key=chip_order)
    most = max((len(chips) for chips in by_day.values()), default=0)
    return MonthDays(first, tuple(DaySummary(day, len(chips), tuple(chips), begins[day])
                                  for day, chips in by_day.items()), most)


def lay_out_cells(geometry: MonthGeometry, days: MonthDays) -> list[CellLayout]:
    """The cells of the grid from each day's first chips and count ("+N more": the rest)."""
    cells = []
    rows = geometry.rows_per_cell()
    for index in range(geometry.weeks * 7):
        day = geometry.first + timedelta(days=index)
        rect = geometry.cell_rect(index)
        summary = days.on(day)
        fit = fit_counted(summary.chips, summary.count, rows) if summary is not None \
            else fit_counted((), 0, rows)
        chips = tuple((QRectF(rect.x() + 2, rect.y() + DAY_NUMBER + i * CHIP, rect.width() - 4,
                              CHIP - 2), s) for i, s in enumerate(fit.visible))
        more_rect = QRectF(rect.x() + 2, rect.y() + DAY_NUMBER + len(chips) * CHIP,
                           rect.width() - 4, CHIP - 2) if fit.more else None
        cells.append(CellLayout(day, rect, chips, fit.more, more_rect))
    return cells
