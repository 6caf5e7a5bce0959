"""The view on screen on paper: whatever widget the calendar shows (day, week, month, agenda,
or a view added later), scaled to fit the page under a masthead.

In colour the widget paints itself onto the printer (vector: text stays text); graphics
views draw without their pixmap caches meanwhile, so grid lines and hour labels are not a
blurred screen bitmap. In black and white the widget is rendered to a grey image at
``GREY_DPI`` first, because a widget's own colours cannot be changed while it paints and Qt's
print preview would otherwise show colour where grey will print.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QImage, QPagedPaintDevice, QPainter, QRegion
from PySide6.QtWidgets import QGraphicsView, QWidget

from sessions_desktop.ui.common.paper import Ink, Masthead, content_rect, paint_masthead
from sessions_desktop.ui.common.paper_output import paper_for

GREY_DPI = 200
SCREEN_DPI = 96
RENDER_FLAGS = QWidget.RenderFlag.DrawChildren | QWidget.RenderFlag.DrawWindowBackground


@contextmanager
def caches_off(widget: QWidget) -> Iterator[None]:
    views = [widget] if isinstance(widget, QGraphicsView) else []
    views += widget.findChildren(QGraphicsView)
    modes = [(v, v.cacheMode()) for v in views]
    for view, _ in modes:
        view.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
    try:
        yield
    finally:
        for view, mode in modes:
            view.setCacheMode(mode)
            view.resetCachedContent()


def fitted(area: QRectF, width: float, height: float) -> tuple[QRectF, float]:
    """The largest rect of the widget's shape inside ``area``, centred at the top."""
    scale = min(area.width() / max(width, 1.0), area.height() / max(height, 1.0))
    w, h = width * scale, height * scale
    return QRectF(area.left() + (area.width() - w) / 2, area.top(), w, h), scale


def render_widget(painter: QPainter, widget: QWidget) -> None:
    """Paint ``widget`` at the painter's origin. Graphics views are painted apart, each
    clipped to its own rect: painted with the rest, a scrolled view's background (the hour
    labels above the visible hours) spilled over the widgets above it."""
    views = [v for v in widget.findChildren(QGraphicsView) if v.isVisible()]
    region = QRegion(widget.rect())
    placed = []
    for view in views:
        rect = QRect(view.mapTo(widget, QPoint(0, 0)), view.size())
        region -= QRegion(rect)
        placed.append((view, rect))
    with caches_off(widget):
        widget.render(painter, QPoint(), region, RENDER_FLAGS)
        for view, rect in placed:
            painter.save()
            painter.setClipRect(QRectF(rect), Qt.ClipOperation.IntersectClip)
            try:  # QWidget's render: QGraphicsView's own scales fonts by the printer's dpi
                QWidget.render(view, painter, rect.topLeft(), QRegion(view.rect()),
                               RENDER_FLAGS)
            finally:
                painter.restore()


def grey_image(widget: QWidget, scale: float) -> QImage:
    size = widget.size() * scale
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    painter.scale(scale, scale)
    render_widget(painter, widget)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_Grayscale8)


def paint_view(device: QPagedPaintDevice, painter: QPainter, ink: Ink, widget: QWidget,
               masthead: Masthead) -> int:
    """One page: the masthead and the widget as it is on screen, fitted to the page."""
    paper = paper_for(device, painter, ink)
    paint_masthead(paper, masthead, 1, 1)
    target, scale = fitted(content_rect(paper), widget.width(), widget.height())
    if ink.grayscale:
        image_scale = GREY_DPI / SCREEN_DPI
        painter.drawImage(target, grey_image(widget, image_scale))
        return 1
    painter.save()
    try:
        painter.translate(target.topLeft())
        painter.scale(scale, scale)
        painter.setClipRect(QRectF(0, 0, widget.width(), widget.height()))
        render_widget(painter, widget)
    finally:
        painter.restore()
    return 1
