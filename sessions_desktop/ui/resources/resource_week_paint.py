"""Painting of the resource week: day heads, row names, cells (working or not, a day off
hatched with its reason), chips struck through when cancelled, "+N more".

A mixin of ``ResourceWeek``, which owns the data and the pointer; one ``paint`` call draws
the part of the canvas Qt asks for (the scroll area shows a few dozen of a large business's
hundreds of rows; Qt clips the rest, so drawing only what meets the area gives the same
pixels), fonts made once per paint.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter

from sessions_desktop.domain.model import Session
from sessions_desktop.presentation.colours import tile_colours
from sessions_desktop.presentation.geometry import Rect
from sessions_desktop.presentation.people import label
from sessions_desktop.presentation.resource_week import HEADER, NAME_WIDTH, WeekCell
from sessions_desktop.ui.common.fonts import small_font
from sessions_desktop.ui.common.i18n import translate
from sessions_desktop.ui.common.palette_colours import grid_colours
from sessions_desktop.ui.common.texts import time_text


def qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.width, rect.height)


class WeekPainting:
    """Needs ``data``, ``cells``, ``geometry_``, ``schedules``, ``tz``, ``today``,
    ``chosen``, ``names``, ``canvas`` and the drag state ``_press``/``_drop``."""

    def paint(self, painter: QPainter, area: QRectF) -> None:
        colours = grid_colours(self.palette())
        painter.fillRect(area, self.palette().base())
        if not self.data.rows:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(
                QRectF(NAME_WIDTH, HEADER, 800, 40),
                Qt.AlignmentFlag.AlignLeft,
                translate(
                    "WeekPainting",
                    "No staff or rooms to show: add them in "
                    "Schedules > Services and staff, or tick them.",
                ),
            )
        self._paint_heads(painter, area)
        fonts = {False: small_font(), True: small_font(struck=True)}
        top, bottom = area.top() - 1, area.bottom() + 1   # a cell's outline is on its edge
        for cell in self.cells:
            rect = cell.rect
            if rect.y <= bottom and rect.y + rect.height >= top:
                self._paint_cell(painter, cell, colours, fonts)

    def _paint_heads(self, painter: QPainter, area: QRectF) -> None:
        g = self.geometry_
        painter.setFont(small_font(bold=True))
        for day_index, day in enumerate(self.data.days):
            box = QRectF(NAME_WIDTH + day_index * g.day_width, 0, g.day_width, HEADER)
            painter.setPen(self.palette().highlight().color() if day == self.today
                           else self.palette().windowText().color())
            painter.drawText(
                box,
                Qt.AlignmentFlag.AlignCenter,
                translate("WeekPainting", "{weekday} {day}").format(
                    weekday=self.names.weekday(day, short=True), day=day.day
                ),
            )
        for row, column in enumerate(self.data.rows):
            y = HEADER + row * g.row_height
            if y > area.bottom() + 1 or y + g.row_height < area.top() - 1:
                continue
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(column.colour))
            painter.drawRoundedRect(QRectF(6, y + 8, 12, 12), 3, 3)
            painter.setPen(self.palette().windowText().color())
            box = QRectF(22, y + 4, NAME_WIDTH - 26, 20)
            painter.drawText(box, Qt.AlignmentFlag.AlignVCenter, painter.fontMetrics().elidedText(
                column.name, Qt.TextElideMode.ElideRight, int(box.width())))

    def _paint_cell(self, painter: QPainter, cell: WeekCell, colours, fonts) -> None:
        rect = qrect(cell.rect)
        working = cell.cell in self.data.working
        painter.setPen(colours.hour_line)
        painter.setBrush(colours.drop_target if cell.cell == self._drop else
                         colours.working if working else colours.off_hours)
        painter.drawRect(rect)
        off = self.data.off.get(cell.cell)
        if off is not None:
            band = QRectF(rect.x() + 1, rect.y() + 1, rect.width() - 2, 16)
            painter.fillRect(rect.adjusted(1, 1, -1, -1),
                             QBrush(colours.hour_line, Qt.BrushStyle.BDiagPattern))
            painter.setFont(fonts[False])
            painter.setPen(self.palette().text().color())
            painter.drawText(band.adjusted(3, 0, -3, 0), Qt.AlignmentFlag.AlignVCenter,
                             painter.fontMetrics().elidedText(
                                 label(off, self.schedules), Qt.TextElideMode.ElideRight,
                                 int(band.width() - 6)))
        for chip_rect, session in cell.chips:
            self._paint_chip(painter, qrect(chip_rect), session, fonts)
        if cell.more_rect is not None:
            painter.setFont(fonts[False])
            painter.setPen(self.palette().link().color())
            painter.drawText(qrect(cell.more_rect).adjusted(4, 0, 0, 0),
                             Qt.AlignmentFlag.AlignVCenter,
                                 translate("WeekPainting", "+{more} more").format(more=cell.more))

    def _paint_chip(self, painter: QPainter, rect: QRectF, session: Session, fonts) -> None:
        base = self.schedules[session.schedule_id].colour if session.schedule_id in \
            self.schedules else "#3a7bd5"
        colours = tile_colours(base, cancelled=session.is_cancelled)
        dragging = self._press is not None and self._drop is not None and \
            self._press[1].id == session.id
        painter.setOpacity(0.4 if dragging else 1.0)
        painter.setPen(QColor(colours.text if session.id == self.chosen else colours.border))
        painter.setBrush(QColor(colours.background))
        painter.drawRoundedRect(rect, 3, 3)
        if "Blocked" in session.tags:
            painter.setBrush(QBrush(QColor(colours.stripes), Qt.BrushStyle.BDiagPattern))
            painter.drawRoundedRect(rect, 3, 3)
        painter.setPen(QColor(colours.text))
        painter.setFont(fonts[session.is_cancelled])
        painter.drawText(rect.adjusted(4, 0, -2, 0), Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(self.chip_text(session),
                                                          Qt.TextElideMode.ElideRight,
                                                          int(rect.width() - 6)))
        painter.setOpacity(1.0)

    def chip_text(self, session: Session) -> str:
        if session.all_day:
            return label(session, self.schedules)
        return translate("WeekPainting", "{time_text} {label}").format(
            time_text=time_text(session.start.astimezone(self.tz)),
            label=label(session, self.schedules),
        )
