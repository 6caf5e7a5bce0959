"""Pages on paper or PDF: a masthead and footer on every page, and blocks (``paper_blocks``:
text, tables, charts) flowed down the pages; a block that does not fit is split (tables
between rows) or moved to the next page.

Everything is painted with QPainter in device pixels of the printer or PDF writer, with
point-sized fonts, so text stays text in a PDF (searchable, ``pdftotext`` reads it) and the
same code feeds Qt's print preview, a printer and a PDF file. ``Ink`` turns every colour to
grey when black and white is asked for, so the preview already shows what will print.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from sessions_desktop.ui.common.i18n import translate

ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
WRAP = int(Qt.TextFlag.TextWordWrap)
MARGINS_MM = QMarginsF(12, 12, 12, 12)


class Ink:
    """Colours as printed: themselves, or their luminance when printing black and white."""

    def __init__(self, grayscale: bool = False) -> None:
        self.grayscale = grayscale

    def __call__(self, colour: QColor | str) -> QColor:
        colour = QColor(colour)
        if not self.grayscale:
            return colour
        grey = round(0.299 * colour.red() + 0.587 * colour.green() + 0.114 * colour.blue())
        return QColor(grey, grey, grey, colour.alpha())


@dataclass(frozen=True)
class Masthead:
    """The top of a page: a title, a line under it, the business name; the footer's left
    text (when it was printed)."""

    title: str
    subtitle: str = ""
    business: str = ""
    printed: str = ""


class Paper:
    """One painter on one paged device, with its fonts and lengths in device pixels."""

    def __init__(self, painter: QPainter, page: QRectF, dpi: float, ink: Ink) -> None:
        self.painter, self.page, self.dpi, self.ink = painter, page, dpi, ink
        self.pt = dpi / 72.0

    def font(self, size: float = 9.0, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont()
        for feature in ("liga", "clig"):   # "flow" stays f-l-o-w in the PDF's text,
            font.setFeature(QFont.Tag(feature), 0)   # so search and copy find it
        font.setPointSizeF(size)
        font.setBold(bold)
        font.setItalic(italic)
        return font

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.painter.device())

    def text_height(self, text: str, font: QFont, width: float) -> float:
        box = self.metrics(font).boundingRect(QRectF(0, 0, max(width, 1.0), 1e7), WRAP, text)
        return box.height()

    def draw_text(self, rect: QRectF, text: str, font: QFont, colour: str = "#000000",
                  align=ALIGN_LEFT) -> None:
        self.painter.setFont(font)
        self.painter.setPen(self.ink(colour))
        self.painter.drawText(rect, int(align) | WRAP, text)

    def rule(self, y: float, colour: str = "#999999", left: float | None = None,
             right: float | None = None) -> None:
        pen = QPen(self.ink(colour))
        pen.setWidthF(0.6 * self.pt)
        self.painter.setPen(pen)
        self.painter.drawLine(int(left if left is not None else self.page.left()), int(y),
                              int(right if right is not None else self.page.right()), int(y))


class Block:
    """Something flowed down a page. ``split`` returns the part that fits in ``room`` (or
    None) and the rest (or None); unsplittable blocks move whole to the next page."""

    def height(self, paper: Paper, width: float) -> float:
        raise NotImplementedError

    def split(self, paper: Paper, width: float, room: float):
        return (self, None) if self.height(paper, width) <= room else (None, self)

    def paint(self, paper: Paper, rect: QRectF) -> None:
        raise NotImplementedError


@dataclass
class PageBreak(Block):
    """Start a new page; with a masthead, that page and the next ones carry it."""

    masthead: Masthead | None = None

    def height(self, paper: Paper, width: float) -> float:
        return 0.0

    def paint(self, paper: Paper, rect: QRectF) -> None:
        return None


@dataclass
class Page:
    masthead: Masthead
    placed: list[tuple[Block, float, float]] = field(default_factory=list)  # block, y, height


def content_rect(paper: Paper) -> QRectF:
    """The page less the masthead (two lines) and the footer (one line)."""
    head = paper.metrics(paper.font(13, bold=True)).height() + \
        paper.metrics(paper.font(9)).height() + 8 * paper.pt
    foot = paper.metrics(paper.font(7.5)).height() + 6 * paper.pt
    return paper.page.adjusted(0, head, 0, -foot)


def paginate(paper: Paper, blocks: Sequence[Block], first: Masthead) -> list[Page]:
    area = content_rect(paper)
    pages, y = [Page(first)], 0.0
    queue = list(blocks)
    while queue:
        block = queue.pop(0)
        if isinstance(block, PageBreak):
            pages.append(Page(block.masthead or pages[-1].masthead))
            y = 0.0
            continue
        room = area.height() - y
        fits, rest = block.split(paper, area.width(), room)
        if fits is None and y == 0.0:        # taller than a page and cannot split: squeeze
            fits, rest = block, None
        if fits is not None:
            h = min(fits.height(paper, area.width()), area.height() - y)
            pages[-1].placed.append((fits, y, h))
            y += h
        if rest is not None:
            pages.append(Page(pages[-1].masthead))
            y = 0.0
            queue.insert(0, rest)
    return pages


def paint_masthead(paper: Paper, masthead: Masthead, number: int, count: int) -> None:
    top, page = paper.page.top(), paper.page
    title, small = paper.font(13, bold=True), paper.font(9)
    th = paper.metrics(title).height()
    paper.draw_text(QRectF(page.left(), top, page.width() * 0.7, th), masthead.title, title)
    paper.draw_text(QRectF(page.left() + page.width() * 0.4, top, page.width() * 0.6, th),
                    masthead.business, small, "#555555", ALIGN_RIGHT)
    sh = paper.metrics(small).height()
    paper.draw_text(QRectF(page.left(), top + th, page.width(), sh), masthead.subtitle, small,
                    "#333333")
    paper.rule(top + th + sh + 3 * paper.pt)
    foot = paper.font(7.5)
    fh = paper.metrics(foot).height()
    y = page.bottom() - fh
    paper.rule(y - 2 * paper.pt, "#cccccc")
    paper.draw_text(QRectF(page.left(), y, page.width() / 2, fh), masthead.printed, foot,
                    "#555555")
    paper.draw_text(
        QRectF(page.center().x(), y, page.width() / 2, fh),
        translate("Paper", "Page {number} of {count}").format(number=number, count=count),
        foot,
        "#555555",
        ALIGN_RIGHT,
    )


def paint_pages(paper: Paper, pages: list[Page], new_page: Callable[[], object]) -> None:
    area = content_rect(paper)
    for number, page in enumerate(pages, start=1):
        if number > 1:
            new_page()
        paint_masthead(paper, page.masthead, number, len(pages))
        for block, y, h in page.placed:
            block.paint(paper, QRectF(area.left(), area.top() + y, area.width(), h))

