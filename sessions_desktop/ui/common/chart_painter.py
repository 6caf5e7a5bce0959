"""A report chart painted with QPainter: grouped or stacked bars, or lines, with a value axis,
category labels, a legend and an optional threshold line.

One painter serves the Reports window (a widget's paintEvent) and paper (a printer or PDF),
so the chart on screen and on paper are the same drawing, vector in a PDF. Lengths are given
in "units" (``unit`` device pixels per point) so it scales from a screen to 1200 dpi.
In black and white, series differ by grey level, hatching and dash pattern, not only hue.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen

from sessions_desktop.ui.common.i18n import translate

# Okabe-Ito: told apart by colour-blind readers too.
SERIES_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00")
PATTERNS = (Qt.BrushStyle.SolidPattern, Qt.BrushStyle.BDiagPattern,
            Qt.BrushStyle.Dense4Pattern, Qt.BrushStyle.CrossPattern,
            Qt.BrushStyle.FDiagPattern, Qt.BrushStyle.Dense6Pattern)
DASHES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine,
          Qt.PenStyle.DashDotLine, Qt.PenStyle.DashDotDotLine, Qt.PenStyle.SolidLine)


@dataclass
class ChartLook:
    unit: float                                   # device pixels per point
    font: QFont
    text: QColor
    grid: QColor
    background: QColor
    ink: Callable[[QColor | str], QColor]
    grayscale: bool = False


def nice_ceiling(value: float) -> float:
    """A round number (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten) at least
    ``value``, so the axis ends near the tallest bar."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if step * power >= value * 0.999999:
            return step * power
    return 10 * power


def axis_top(chart, values: Sequence[float]) -> float:
    top = max((v for v in values if v is not None), default=0.0)
    if chart.threshold is not None:
        top = max(top, chart.threshold)
    if chart.unit == "%":
        return max(1.0, math.ceil(top * 10 - 1e-9) / 10)
    return nice_ceiling(top)


def stacked_totals(chart) -> list[float]:
    return [sum(s.values[i] or 0 for s in chart.series) for i in range(len(chart.categories))]


def paint_chart(painter: QPainter, rect: QRectF, chart, look: ChartLook,
                category_text: Callable[[object], str],
                value_text: Callable[[float], str]) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(look.font)
    fm = QFontMetricsF(look.font, painter.device())
    u, line = look.unit, fm.height()
    painter.setPen(look.ink(look.text))
    title_font = QFont(look.font)
    title_font.setBold(True)
    painter.setFont(title_font)
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), line),
                     int(Qt.AlignmentFlag.AlignLeft), translate("ReportWords", chart.title))
    painter.setFont(look.font)
    if chart.is_empty:
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter),
            translate("ChartPainter", "Nothing to chart in this period"))
        painter.restore()
        return
    legend_h = _legend(painter, QRectF(rect.left(), rect.top() + line, rect.width(), line),
                       chart, look, fm)
    values = stacked_totals(chart) if chart.kind == "stacked" else \
        [v for s in chart.series for v in s.values if v is not None]
    top = axis_top(chart, values)
    label_w = max(fm.horizontalAdvance(value_text(top * f)) for f in (0, 0.5, 1)) + 6 * u
    cat_labels = [category_text(c) for c in chart.categories]
    plot = QRectF(rect.left() + label_w, rect.top() + line + legend_h + 4 * u,
                  rect.width() - label_w - 4 * u, 0)
    plot.setBottom(rect.bottom() - line - 6 * u)
    _axes(painter, plot, top, look, fm, value_text)
    slot = plot.width() / max(1, len(chart.categories))
    _category_labels(painter, plot, cat_labels, slot, look, fm)
    if chart.kind == "line":
        _lines(painter, plot, chart, top, slot, look)
    else:
        _bars(painter, plot, chart, top, slot, look, stacked=chart.kind == "stacked")
    if chart.threshold is not None:
        _threshold(painter, plot, chart.threshold, top, look, fm, value_text)
    painter.restore()


def series_brush(i: int, look: ChartLook) -> QBrush:
    colour = look.ink(SERIES_COLOURS[i % len(SERIES_COLOURS)])
    if look.grayscale:
        return QBrush(colour, PATTERNS[i % len(PATTERNS)])
    return QBrush(colour)


def series_pen(i: int, look: ChartLook, width: float) -> QPen:
    pen = QPen(look.ink(SERIES_COLOURS[i % len(SERIES_COLOURS)]))
    pen.setWidthF(width)
    if look.grayscale:
        pen.setStyle(DASHES[i % len(DASHES)])
    return pen


def _legend(painter, rect: QRectF, chart, look: ChartLook, fm: QFontMetricsF) -> float:
    """Series names in a row (wrapping); returns the height used."""
    u = look.unit
    x, y, box = rect.left(), rect.top(), fm.height() * 0.7
    for i, series in enumerate(chart.series):
        width = box + 4 * u + fm.horizontalAdvance(translate("ReportWords", series.name)) + 12 * u
        if x + width > rect.right() and x > rect.left():
            x, y = rect.left(), y + fm.height()
        swatch = QRectF(x, y + (fm.height() - box) / 2, box, box)
        painter.setPen(QPen(look.ink("#333333"), 0.5 * u))
        painter.setBrush(series_brush(i, look))
        if chart.kind == "line":
            painter.setPen(series_pen(i, look, 2 * u))
            mid = swatch.center().y()
            painter.drawLine(QPointF(swatch.left(), mid), QPointF(swatch.right(), mid))
        else:
            painter.drawRect(swatch)
        painter.setPen(look.ink(look.text))
        painter.drawText(QRectF(x + box + 4 * u, y, width, fm.height()),
                         int(Qt.AlignmentFlag.AlignLeft), translate("ReportWords", series.name))
        x += width
    return y + fm.height() - rect.top()


def _axes(painter, plot: QRectF, top: float, look: ChartLook, fm, value_text) -> None:
    u = look.unit
    for step in range(5):
        fraction = step / 4
        y = plot.bottom() - plot.height() * fraction
        painter.setPen(QPen(look.ink(look.grid), 0.5 * u))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(look.ink(look.text))
        painter.drawText(QRectF(plot.left() - 200 * u, y - fm.height() / 2, 197 * u,
                                fm.height()),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                         value_text(top * fraction))
    painter.setPen(QPen(look.ink(look.text), 0.8 * u))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())


def _category_labels(painter, plot: QRectF, labels: list[str], slot: float, look: ChartLook,
                     fm: QFontMetricsF) -> None:
    widest = max((fm.horizontalAdvance(t) for t in labels), default=0) + 4 * look.unit
    every = max(1, math.ceil(widest / slot)) if slot > 0 else 1
    painter.setPen(look.ink(look.text))
    for i, text in enumerate(labels):
        if i % every:
            continue
        centre = plot.left() + slot * (i + 0.5)
        width = slot * every
        painter.drawText(QRectF(centre - width / 2, plot.bottom() + 2 * look.unit, width,
                                fm.height()),
                         int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                         fm.elidedText(text, Qt.TextElideMode.ElideRight, width))


def _y(plot: QRectF, value: float, top: float) -> float:
    return plot.bottom() - plot.height() * min(value, top) / top


def _bars(painter, plot, chart, top, slot, look: ChartLook, stacked: bool) -> None:
    count = max(1, len(chart.series))
    inner = slot * 0.8
    width = inner if stacked else inner / count
    painter.setPen(QPen(look.ink("#333333"), 0.4 * look.unit))
    for c in range(len(chart.categories)):
        left = plot.left() + slot * c + (slot - inner) / 2
        base = 0.0
        for i, series in enumerate(chart.series):
            value = series.values[c]
            if not value:
                continue
            painter.setBrush(series_brush(i, look))
            if stacked:
                low, high = _y(plot, base, top), _y(plot, base + value, top)
                painter.drawRect(QRectF(left, high, width, low - high))
                base += value
            else:
                y = _y(plot, value, top)
                painter.drawRect(QRectF(left + i * width, y, width, plot.bottom() - y))


def _lines(painter, plot, chart, top, slot, look: ChartLook) -> None:
    u = look.unit
    for i, series in enumerate(chart.series):
        pen = series_pen(i, look, 1.6 * u)
        painter.setPen(pen)
        previous = None
        for c, value in enumerate(series.values):
            if value is None:
                previous = None
                continue
            point = QPointF(plot.left() + slot * (c + 0.5), _y(plot, value, top))
            if previous is not None:
                painter.drawLine(previous, point)
            painter.setBrush(look.ink(SERIES_COLOURS[i % len(SERIES_COLOURS)]))
            painter.drawEllipse(point, 2.2 * u, 2.2 * u)
            previous = point


def _threshold(painter, plot, threshold, top, look: ChartLook, fm, value_text) -> None:
    y = _y(plot, threshold, top)
    pen = QPen(look.ink("#C0392B"), 1.2 * look.unit, Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
    text = translate("ChartPainter", "threshold {value_text}").format(
        value_text=value_text(threshold)
    )
    width = fm.horizontalAdvance(text) + 6 * look.unit
    box = QRectF(plot.right() - width, y - fm.height() - look.unit, width, fm.height())
    painter.fillRect(box, look.ink(look.background))     # legible over a bar
    painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
