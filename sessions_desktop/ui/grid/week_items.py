"""What the time grid paints: session tiles, the layer that holds them, and the drag ghost.

A tile is one rect: it paints its fill, a hatch for Blocked time, the time line with the
capacity fill right-aligned, and the title wrapped into what height is left. Tiles are plain
objects, not scene items: one ``TileLayer`` item paints the tiles that intersect the exposed
rect, so a week switch hands the layer a new list instead of removing and adding hundreds of
scene items, and only what is on screen is painted. The layer also paints the "+N" markers of
collapsed lanes and the density strip of a crowded period. A tile's text is made when it is
first painted (or asked for), and colours, pens, fonts and measured texts are cached, so
painting costs about what the bare QPainter calls cost.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from sessions_desktop.presentation.colours import TileColours
from sessions_desktop.presentation.formatting import TileText
from sessions_desktop.presentation.geometry import Rect
from sessions_desktop.ui.common.fonts import small_font
from sessions_desktop.ui.common.i18n import translate

PAD = 3.0
MIN_TEXT_WIDTH = 28.0  # narrower lanes (crowded days) show colour only; the tooltip has it all
CONFLICT = QColor("#d63031")


def qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.width, rect.height)


class TileItem:
    """One drawn part (one day) of a session; painted by the ``TileLayer`` that holds it.

    ``text`` may be given as a callable: it is called once, when the tile is first painted
    or asked for, so tiles that are never on screen never format their texts."""

    __slots__ = ("_opacity", "_rect", "_text", "blocked", "chosen", "colours", "key", "layer")

    def __init__(self, key: str, rect: Rect, colours: TileColours,
                 text: TileText | Callable[[], TileText], blocked: bool = False) -> None:
        self.key, self._rect = key, qrect(rect)
        self.colours, self._text, self.blocked = colours, text, blocked
        self.chosen = False
        self._opacity = 1.0
        self.layer: QGraphicsItem | None = None   # the TileLayer that paints it

    @property
    def text(self) -> TileText:
        if callable(self._text):
            self._text = self._text()
        return self._text

    def boundingRect(self) -> QRectF:
        return self._rect

    def toolTip(self) -> str:
        """What the view's tooltip shows over this tile."""
        return self.text.line()

    def opacity(self) -> float:
        return self._opacity

    def setOpacity(self, opacity: float) -> None:
        self._opacity = opacity
        self.update()

    def update(self) -> None:
        if self.layer is not None:
            self.layer.tile_changed(self._rect)  # type: ignore[attr-defined]

    def set_chosen(self, chosen: bool) -> None:
        if chosen != self.chosen:
            self.chosen = chosen
            self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem | None = None,
              widget: QWidget | None = None) -> None:
        rect = self._rect.adjusted(0.5, 0.5, -0.5, -0.5)
        pens = _pens(self.colours)
        painter.setPen(pens.chosen if self.chosen else pens.border)
        painter.setBrush(pens.background)
        painter.drawRoundedRect(rect, 3, 3)
        if self.blocked:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(pens.hatch)
            painter.drawRoundedRect(rect, 3, 3)
        if self.chosen:
            painter.setPen(pens.dotted)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), 2, 2)
        if rect.width() >= MIN_TEXT_WIDTH and rect.height() > 8:
            self._paint_text(painter, rect.adjusted(PAD, 1, -PAD, -1), pens)

    def _paint_text(self, painter: QPainter, box: QRectF, pens: _Pens) -> None:
        text = self.text
        font, metrics = tile_font(struck=text.cancelled)
        line = metrics.height()
        painter.setFont(font)
        painter.setPen(pens.text)
        fill = text.fill or ""
        fill_width = metrics.horizontalAdvance(fill) + 4 if fill else 0.0
        if fill and box.width() > fill_width + metrics.horizontalAdvance(text.time):
            metrics.draw(painter, box.right() - fill_width + 4, box.y(), fill)
        else:
            fill_width = 0.0
        first = box.width() - fill_width
        if box.height() < 2 * line:
            one = translate("TileItem", "{time} {title}").format(
                time=text.time, title=text.title
            )
            metrics.draw(painter, box.x(), box.y(), metrics.elidedText(
                one, Qt.TextElideMode.ElideRight, first))
            return
        rows = int(box.height() // line)
        people = bool(text.people) and rows >= 3   # who and where take the last row
        head = (
            text.time
            if people or not text.people
            else translate("TileItem", "{time}  {people}").format(
                time=text.time, people=text.people
            )
        )  # two rows: who and where by the time
        metrics.draw(painter, box.x(), box.y(), metrics.elidedText(
            head, Qt.TextElideMode.ElideRight, first))
        title_height = (rows - 1 - people) * line
        below = self._paint_title(painter, QRectF(box.x(), box.y() + line, box.width(),
                                                  title_height), metrics, text)
        if people:
            plain, plain_metrics = tile_font()
            painter.setFont(plain)
            plain_metrics.draw(painter, box.x(), below, metrics.elidedText(
                text.people, Qt.TextElideMode.ElideRight, box.width()))

    def _paint_title(self, painter: QPainter, box: QRectF, metrics: Measured,
                     text: TileText) -> float:
        """The title wrapped into ``box`` (the last line elided); returns the y below its last
        line."""
        bold, bold_metrics = tile_font(bold=True, struck=text.cancelled)
        painter.setFont(bold)
        lines = max(1, int(box.height() // metrics.height()))
        words, y = text.title.split(" "), box.y()
        for row in range(lines):
            text = _take_line(words, bold_metrics, box.width()) if row < lines - 1 \
                else " ".join(words)
            bold_metrics.draw(painter, box.x(), y, bold_metrics.elidedText(
                text, Qt.TextElideMode.ElideRight, box.width()))
            y += metrics.height()
            if not words:
                break
        return y


class _Pens:
    __slots__ = ("background", "border", "chosen", "dotted", "hatch", "text")

    def __init__(self, colours: TileColours) -> None:
        border = QColor(colours.border)
        self.border, self.chosen = QPen(border, 1.0), QPen(border, 2.0)
        self.background = QBrush(QColor(colours.background))
        self.hatch = QBrush(QColor(colours.stripes), Qt.BrushStyle.BDiagPattern)
        self.text = QColor(colours.text)
        self.dotted = QPen(self.text, 1.0, Qt.PenStyle.DotLine)


@lru_cache(maxsize=1024)
def _pens(colours: TileColours) -> _Pens:
    """Pens and brushes once per tile colour set (there are as many as schedules)."""
    return _Pens(colours)


class Measured:
    """``QFontMetricsF`` whose answers are remembered: times and titles repeat across tiles,
    weeks and repaints, and measuring text is the dearest part of painting a tile."""

    __slots__ = ("_advances", "_elided", "_font", "_height", "_metrics", "_static")

    def __init__(self, font: QFont) -> None:
        self._font = QFont(font)
        self._static: dict[str, QStaticText] = {}
        self._metrics = QFontMetricsF(font)
        self._height = self._metrics.height()
        self._elided: dict[tuple[str, float], str] = {}
        self._advances: dict[str, float] = {}

    def height(self) -> float:
        return self._height

    def horizontalAdvance(self, text: str) -> float:
        found = self._advances.get(text)
        if found is None:
            if len(self._advances) > CACHED_TEXTS:
                self._advances.clear()
            found = self._advances[text] = self._metrics.horizontalAdvance(text)
        return found

    def draw(self, painter: QPainter, x: float, y: float, text: str) -> None:
        """``text`` with its top left at (x, y), as a ``QStaticText`` laid out once per text
        (a plain ``drawText`` lays the text out again on every call, the dearest part of
        painting a tile). The painter's font must be this metrics' font."""
        found = self._static.get(text)
        if found is None:
            if len(self._static) > CACHED_TEXTS:
                self._static.clear()
            found = self._static[text] = QStaticText(text)
            found.setTextFormat(Qt.TextFormat.PlainText)
            found.prepare(QTransform(), self._font)
        painter.drawStaticText(QPointF(x, y), found)

    def elidedText(self, text: str, mode: Qt.TextElideMode, width: float) -> str:
        key = (text, round(width, 1))
        found = self._elided.get(key)
        if found is None:
            if len(self._elided) > CACHED_TEXTS:
                self._elided.clear()
            found = self._elided[key] = self._metrics.elidedText(text, mode, width)
        return found


CACHED_TEXTS = 20_000
_MEASURED: dict[str, Measured] = {}
_TILE_FONTS: dict[tuple[bool, bool], tuple[QFont, Measured]] = {}
_APP_FONT: list[str] = [""]


def refresh_tile_fonts() -> None:
    """Once per paint of the tiles: forget the tile fonts when the application font changed
    (they are made from it)."""
    key = QFont().key()
    if key != _APP_FONT[0]:
        _APP_FONT[0] = key
        _TILE_FONTS.clear()


def tile_font(bold: bool = False, struck: bool = False) -> tuple[QFont, Measured]:
    """``small_font(bold, struck)`` and its remembering metrics, made once, not per tile."""
    found = _TILE_FONTS.get((bold, struck))
    if found is None:
        font = small_font(bold=bold, struck=struck)
        found = _TILE_FONTS[(bold, struck)] = (font, measured(font))
    return found


def measured(font: QFont) -> Measured:
    """The remembering metrics of ``font`` (one per font description)."""
    key = font.key()
    found = _MEASURED.get(key)
    if found is None:
        found = _MEASURED[key] = Measured(font)
    return found


def _take_line(words: list[str], metrics: Measured, width: float) -> str:
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
