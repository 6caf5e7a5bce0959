"""The report's chart on screen: the shared chart painter in the widget's palette."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from sessions_desktop.ui.common.chart_painter import ChartLook, paint_chart
from sessions_desktop.ui.common.fonts import small_font
from sessions_desktop.ui.common.paper import Ink
from sessions_desktop.ui.common.report_format import axis_text, category_text


class ChartWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = None
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_chart(self, chart) -> None:
        self.chart = chart
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        if self.chart is not None:
            text = palette.color(QPalette.ColorRole.Text)
            grid = palette.color(QPalette.ColorRole.Mid)
            look = ChartLook(1.0, small_font(), text, grid,
                             palette.color(QPalette.ColorRole.Base), Ink(False))
            chart = self.chart
            paint_chart(painter, QRectF(self.rect()).adjusted(12, 8, -12, -8), chart, look,
                        lambda c: category_text(chart.category_kind, c),
                        lambda v: axis_text(chart.unit, v))
