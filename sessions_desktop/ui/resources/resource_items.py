"""Scene items of the resource day view: a session's tile in one column, "+N", the ghost.

A tile says what a front desk needs in that column: the time, the title and the others it
takes (in Maya's column "Big room", in the big room's "Maya"). Cancelled sessions are faded
and struck through, time off is hatched. Fonts are made once per paint, not per tile.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from sessions_desktop.presentation.colours import TileColours
from sessions_desktop.presentation.geometry import Rect
from sessions_desktop.ui.common.fonts import small_font
from sessions_desktop.ui.common.i18n import translate

PAD = 3.0
CONFLICT = QColor("#d63031")


def qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.width, rect.height)


class ColumnTile(QGraphicsItem):
    def __init__(self, key: tuple[str, int], rect: Rect, colours: TileColours,
                 lines: tuple[str, str, str], *, blocked: bool = False,
                 cancelled: bool = False, tooltip: str = "") -> None:
        super().__init__()
        self.key, self._rect, self.colours = key, qrect(rect), colours
        self.lines, self.blocked, self.cancelled = lines, blocked, cancelled
        self.chosen = False
        self.setToolTip(tooltip)

    @property
    def session_id(self) -> str:
        return self.key[0]

    def boundingRect(self) -> QRectF:
        return self._rect

    def set_chosen(self, chosen: bool) -> None:
        if chosen != self.chosen:
            self.chosen = chosen
            self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        rect = self._rect.adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(QColor(self.colours.border), 2.0 if self.chosen else 1.0))
        painter.setBrush(QColor(self.colours.background))
        painter.drawRoundedRect(rect, 3, 3)
        if self.blocked:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(QColor(self.colours.stripes), Qt.BrushStyle.BDiagPattern))
            painter.drawRoundedRect(rect, 3, 3)
        if rect.width() >= 20 and rect.height() > 8:
            self._paint_text(painter, rect.adjusted(PAD, 1, -PAD, -1))

    def _paint_text(self, painter: QPainter, box: QRectF) -> None:
        fonts = (small_font(struck=self.cancelled), small_font(bold=True, struck=self.cancelled),
                 small_font())
        metrics = QFontMetricsF(fonts[0])
        line = metrics.height()
        painter.setPen(QColor(self.colours.text))
        time, title, people = self.lines
        if box.height() < 2 * line:
            painter.setFont(fonts[1])
            painter.drawText(
                box,
                Qt.AlignmentFlag.AlignLeft,
                QFontMetricsF(fonts[1]).elidedText(
                    translate("ColumnTile", "{time} {title}").format(time=time, title=title),
                    Qt.TextElideMode.ElideRight,
                    box.width(),
                ),
            )
            return
        y = box.y()
        for text, font in ((time, fonts[0]), (title, fonts[1]), (people, fonts[2])):
            if not text or y + line > box.bottom() + 1:
                continue
            painter.setFont(font)
            painter.drawText(QRectF(box.x(), y, box.width(), line), Qt.AlignmentFlag.AlignLeft,
                             QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight,
                                                            box.width()))
            y += line


class MoreItem(QGraphicsItem):
    """'+N' where a column has no lane left; a click lists the hidden sessions."""

    def __init__(self, rect: Rect, hidden: tuple[str, ...], tooltip: str) -> None:
        super().__init__()
        self._rect, self.hidden = qrect(rect), hidden
        self.setToolTip(tooltip)
        self.setZValue(10)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setPen(QPen(QColor("#2d3436"), 1.0))
        painter.setBrush(QColor("#ffeaa7"))
        painter.drawRoundedRect(self._rect, 7, 7)
        painter.setFont(small_font(bold=True))
        painter.drawText(self._rect, Qt.AlignmentFlag.AlignCenter, f"+{len(self.hidden)}")


class Ghost(QGraphicsItem):
    """Where a drag would put the session: blue, or red with the reason when it conflicts."""

    def __init__(self) -> None:
        super().__init__()
        self.rect, self.label, self.conflict = QRectF(), "", None
        self.setZValue(1000)

    def show_at(self, rect: Rect, label: str, conflict: str | None) -> None:
        self.prepareGeometryChange()
        self.rect, self.label, self.conflict = qrect(rect), label, conflict
        self.setToolTip(conflict or "")
        self.setVisible(True)
        self.update()

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        colour = CONFLICT if self.conflict else QColor("#0984e3")
        fill = QColor(colour)
        fill.setAlpha(70)
        painter.setPen(QPen(colour, 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(fill)
        painter.drawRoundedRect(self.rect.adjusted(1, 1, -1, -1), 3, 3)
        painter.setFont(small_font(bold=True))
        painter.setPen(colour.darker(150))
        painter.drawText(self.rect.adjusted(PAD, 1, -PAD, -1),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, self.label)
