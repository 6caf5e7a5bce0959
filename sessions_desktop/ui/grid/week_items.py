"""The thin scene items of the time grid: session tiles and the drag ghost.

A tile is one rect with no child items: it paints its fill, a hatch for Blocked time, the time
line with the capacity fill right-aligned, and the title wrapped into what height is left.
Fonts and pens are built once per paint, never per item, so thousands of tiles stay cheap.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from sessions_desktop.presentation.colours import TileColours
from sessions_desktop.presentation.formatting import TileText
from sessions_desktop.presentation.geometry import Rect
from sessions_desktop.ui.common.fonts import small_font

PAD = 3.0
MIN_TEXT_WIDTH = 28.0  # narrower lanes (crowded days) show colour only; the tooltip has it all
CONFLICT = QColor("#d63031")


def qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.width, rect.height)


class TileItem(QGraphicsItem):
    """One drawn part (one day) of a session."""

    def __init__(self, key: str, rect: Rect, colours: TileColours, text: TileText,
                 blocked: bool = False) -> None:
        super().__init__()
        self.key, self._rect = key, qrect(rect)
        self.colours, self.text, self.blocked = colours, text, blocked
        self.chosen = False
        self.setToolTip(text.line())

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
            painter.setBrush(QBrush(QColor(self.colours.border), Qt.BrushStyle.BDiagPattern))
            painter.drawRoundedRect(rect, 3, 3)
        if self.chosen:
            painter.setPen(QPen(QColor(self.colours.text), 1.0, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), 2, 2)
        if rect.width() >= MIN_TEXT_WIDTH and rect.height() > 8:
            self._paint_text(painter, rect.adjusted(PAD, 1, -PAD, -1))

    def _paint_text(self, painter: QPainter, box: QRectF) -> None:
        font = small_font(struck=self.text.cancelled)
        metrics = QFontMetricsF(font)
        line = metrics.height()
        painter.setFont(font)
        painter.setPen(QColor(self.colours.text))
        fill = self.text.fill or ""
        fill_width = metrics.horizontalAdvance(fill) + 4 if fill else 0.0
        if fill and box.width() > fill_width + 20:
            painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, fill)
        else:
            fill_width = 0.0
        first = QRectF(box.x(), box.y(), box.width() - fill_width, line)
        if box.height() < 2 * line:
            one = f"{self.text.time} {self.text.title}"
            painter.drawText(first, Qt.AlignmentFlag.AlignLeft,
                             metrics.elidedText(one, Qt.TextElideMode.ElideRight, first.width()))
            return
        rows = int(box.height() // line)
        people = bool(self.text.people) and rows >= 3   # who and where take the last row
        head = self.text.time if people or not self.text.people else \
            f"{self.text.time}  {self.text.people}"     # two rows: who and where by the time
        painter.drawText(first, Qt.AlignmentFlag.AlignLeft, metrics.elidedText(
            head, Qt.TextElideMode.ElideRight, first.width()))
        title_height = (rows - 1 - people) * line
        below = self._paint_title(painter, QRectF(box.x(), box.y() + line, box.width(),
                                                  title_height), metrics)
        if people:
            painter.setFont(small_font())
            painter.drawText(QRectF(box.x(), below, box.width(), line),
                             Qt.AlignmentFlag.AlignLeft, metrics.elidedText(
                                 self.text.people, Qt.TextElideMode.ElideRight, box.width()))

    def _paint_title(self, painter: QPainter, box: QRectF, metrics: QFontMetricsF) -> float:
        """The title wrapped into ``box``; returns the y below its last line."""
        bold = small_font(bold=True, struck=self.text.cancelled)
        painter.setFont(bold)
        lines = max(1, int(box.height() // metrics.height()))
        words, y = self.text.title.split(" "), box.y()
        bold_metrics = QFontMetricsF(bold)
        for row in range(lines):
            text = _take_line(words, bold_metrics, box.width()) if row < lines - 1 \
                else " ".join(words)
            painter.drawText(QRectF(box.x(), y, box.width(), metrics.height()),
                             Qt.AlignmentFlag.AlignLeft, bold_metrics.elidedText(
                                 text, Qt.TextElideMode.ElideRight, box.width()))
            y += metrics.height()
            if not words:
                break
        return y


def _take_line(words: list[str], metrics: QFontMetricsF, width: float) -> str:
    """Pop as many words as fit in ``width`` (at least one) off the front of ``words``."""
    taken: list[str] = []
    while words and (not taken or metrics.horizontalAdvance(" ".join([*taken, words[0]]))
                     <= width):
        taken.append(words.pop(0))
    return " ".join(taken)


class GhostItem(QGraphicsItem):
    """The proposal of a drag: translucent rects, red with a tooltip when it conflicts."""

    def __init__(self) -> None:
        super().__init__()
        self.rects: list[QRectF] = []
        self.label = ""
        self.conflict: str | None = None
        self.setZValue(1000)

    def set_rects(self, rects: list[Rect], label: str, conflict: str | None) -> None:
        self.prepareGeometryChange()
        self.rects, self.label, self.conflict = [qrect(r) for r in rects], label, conflict
        self.setToolTip(conflict or "")
        self.update()

    def boundingRect(self) -> QRectF:
        bound = QRectF()
        for rect in self.rects:
            bound = bound.united(rect)
        return bound.adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        colour = CONFLICT if self.conflict else QColor("#0984e3")
        fill = QColor(colour)
        fill.setAlpha(70)
        painter.setPen(QPen(colour, 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(fill)
        painter.setFont(small_font(bold=True))
        for rect in self.rects:
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
        if self.rects:
            painter.setPen(colour.darker(150))
            painter.drawText(self.rects[0].adjusted(PAD, 1, -PAD, -1),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, self.label)
