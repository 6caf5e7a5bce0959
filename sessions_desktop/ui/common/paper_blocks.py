"""The blocks a paper page is made of: text, ruled lines, a drawing (a chart) and tables.

A table is split between rows across pages with its header repeated; its columns are as wide
as their content where the page allows (numbers and short texts never wrap), and the
wrapping text columns give way first when it does not.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QPen

from sessions_desktop.ui.common.paper import (
    ALIGN_LEFT,
    ALIGN_RIGHT,
    Block,
    Paper,
)

CHECKBOX = "\x00checkbox"          # a table cell that is an empty box to tick by hand
MEASURED_ROWS = 500                 # column widths are measured on the first rows
SHORT_TEXT = 0.15                   # lines up to this share of the width never wrap


@dataclass
class Text(Block):
    text: str
    size: float = 9.0
    bold: bool = False
    italic: bool = False
    colour: str = "#000000"
    space_before: float = 4.0

    def _font(self, paper: Paper) -> QFont:
        return paper.font(self.size, self.bold, self.italic)

    def height(self, paper: Paper, width: float) -> float:
        return self.space_before * paper.pt + paper.text_height(self.text, self._font(paper),
                                                                width)

    def paint(self, paper: Paper, rect: QRectF) -> None:
        rect = rect.adjusted(0, self.space_before * paper.pt, 0, 0)
        paper.draw_text(rect, self.text, self._font(paper), self.colour)


@dataclass
class Drawing(Block):
    """A fixed-height picture painted by a function (a chart)."""

    draw: Callable[[Paper, QRectF], None]
    points_high: float

    def height(self, paper: Paper, width: float) -> float:
        return self.points_high * paper.pt

    def paint(self, paper: Paper, rect: QRectF) -> None:
        self.draw(paper, rect)


@dataclass
class Lines(Block):
    """Ruled lines to write on."""

    count: int
    spacing: float = 22.0

    def height(self, paper: Paper, width: float) -> float:
        return self.count * self.spacing * paper.pt

    def paint(self, paper: Paper, rect: QRectF) -> None:
        for i in range(1, self.count + 1):
            paper.rule(rect.top() + i * self.spacing * paper.pt, "#999999", rect.left(),
                       rect.right())


@dataclass(frozen=True)
class PaperColumn:
    label: str
    weight: float = 1.0
    right: bool = False        # numbers are right-aligned


@dataclass
class TableBlock(Block):
    columns: Sequence[PaperColumn]
    rows: list[list[str]]
    size: float = 8.5
    min_row_points: float = 0.0          # writing space (a class list's rows)
    bold_last: bool = False              # a total row
    _heights: list[float] | None = field(default=None, repr=False)
    _column_widths: tuple[float, list[float]] | None = field(default=None, repr=False)

    def _widths(self, paper: Paper, width: float) -> list[float]:
        """Columns as wide as their content where the page allows (numbers and single
        words never wrap); what is left goes to the columns by weight, and when the page
        is too narrow the wrapping (text) columns give way first."""
        if self._column_widths is not None and self._column_widths[0] == width:
            return self._column_widths[1]
        pad = 2 * self._pad(paper)
        body, bold = paper.metrics(paper.font(self.size)), \
            paper.metrics(paper.font(self.size, bold=True))
        natural, least = [], []
        for i, column in enumerate(self.columns):
            words = column.label.split() or [""]
            cells = [row[i] for row in self.rows[:MEASURED_ROWS] if row[i] != CHECKBOX]
            lines = [line for cell in cells for line in cell.split("\n")]
            longest_line = max((body.horizontalAdvance(t) for t in lines), default=0.0)
            longest_word = max([bold.horizontalAdvance(w) for w in words] +
                               [body.horizontalAdvance(w) for t in lines for w in t.split()],
                               default=0.0)
            natural.append(max(longest_line, bold.horizontalAdvance(column.label)) + pad)
            if column.right:      # numbers keep their width; only the header may wrap
                longest_word = max(longest_word, longest_line)
            else:                 # short texts ("Studio B") stay on one line
                longest_word = max(longest_word, min(longest_line, width * SHORT_TEXT))
            least.append(min(longest_word + pad, width / 3))
        widths = _share(width, natural, least, [c.weight for c in self.columns])
        self._column_widths = (width, widths)
        return widths

    def _pad(self, paper: Paper) -> float:
        return 2.5 * paper.pt

    def _row_height(self, paper: Paper, cells: Sequence[str], widths: list[float],
                    font: QFont) -> float:
        pad = self._pad(paper)
        tallest = max((paper.text_height(c, font, w - 2 * pad) for c, w in
                       zip(cells, widths, strict=True) if c and c != CHECKBOX),
                      default=paper.metrics(font).height())
        return max(tallest + 2 * pad, self.min_row_points * paper.pt)

    def _all_heights(self, paper: Paper, width: float) -> list[float]:
        if self._heights is None:
            widths = self._widths(paper, width)
            body, bold = paper.font(self.size), paper.font(self.size, bold=True)
            last = len(self.rows) - 1
            self._heights = [self._row_height(paper, [c.label for c in self.columns], widths,
                                              bold)]
            self._heights += [self._row_height(paper, r, widths,
                                               bold if self.bold_last and i == last else body)
                              for i, r in enumerate(self.rows)]
        return self._heights

    def height(self, paper: Paper, width: float) -> float:
        return sum(self._all_heights(paper, width)) + 3 * paper.pt

    def split(self, paper: Paper, width: float, room: float):
        heights = self._all_heights(paper, width)
        used, fits = heights[0] + 3 * paper.pt, 0
        for h in heights[1:]:
            if used + h > room:
                break
            used += h
            fits += 1
        if fits == len(self.rows):
            return self, None
        if fits == 0:
            return None, self
        head = TableBlock(self.columns, self.rows[:fits], self.size, self.min_row_points)
        head._heights = heights[:fits + 1]
        rest = TableBlock(self.columns, self.rows[fits:], self.size, self.min_row_points,
                          self.bold_last)
        rest._heights = [heights[0], *heights[fits + 1:]]
        head._column_widths = rest._column_widths = self._column_widths
        return head, rest

    def paint(self, paper: Paper, rect: QRectF) -> None:
        heights = self._all_heights(paper, rect.width())
        widths, pad = self._widths(paper, rect.width()), self._pad(paper)
        y = rect.top() + 3 * paper.pt
        paper.painter.fillRect(QRectF(rect.left(), y, rect.width(), heights[0]),
                               paper.ink("#e8ecf1"))
        self._paint_row(paper, [c.label for c in self.columns], rect.left(), y, widths,
                        heights[0], paper.font(self.size, bold=True), pad)
        y += heights[0]
        last = len(self.rows) - 1
        for i, (cells, h) in enumerate(zip(self.rows, heights[1:], strict=True)):
            bold = self.bold_last and i == last
            if i % 2 == 1:
                paper.painter.fillRect(QRectF(rect.left(), y, rect.width(), h),
                                       paper.ink("#f5f7f9"))
            self._paint_row(paper, cells, rect.left(), y, widths, h,
                            paper.font(self.size, bold=bold), pad)
            y += h
            paper.rule(y, "#d0d4d9" if not bold else "#777777", rect.left(), rect.right())

    def _paint_row(self, paper: Paper, cells, x: float, y: float, widths, h, font, pad) -> None:
        for cell, column, w in zip(cells, self.columns, widths, strict=True):
            box = QRectF(x + pad, y + pad, w - 2 * pad, h - 2 * pad)
            if cell == CHECKBOX:
                side = min(10 * paper.pt, box.height())
                pen = QPen(paper.ink("#000000"))
                pen.setWidthF(0.8 * paper.pt)
                paper.painter.setPen(pen)
                paper.painter.setBrush(Qt.BrushStyle.NoBrush)
                paper.painter.drawRect(QRectF(box.left(), box.top(), side, side))
            elif cell:
                paper.draw_text(box, cell, font, align=ALIGN_RIGHT if column.right
                                else ALIGN_LEFT)
            x += w


def _share(width: float, natural: list[float], least: list[float],
           weights: list[float]) -> list[float]:
    total = sum(natural)
    if total <= width:                     # room to spare: widen by weight
        spare = width - total
        return [n + spare * w / sum(weights) for n, w in zip(natural, weights, strict=True)]
    # too narrow: wrapping columns shrink towards their longest word, by weight
    slack = [n - m for n, m in zip(natural, least, strict=True)]
    need = total - width
    if need <= sum(slack):
        cut = need / sum(slack)
        return [n - s * cut for n, s in zip(natural, slack, strict=True)]
    scale = width / sum(least)             # even the words do not fit: scale everything
    return [m * scale for m in least]
