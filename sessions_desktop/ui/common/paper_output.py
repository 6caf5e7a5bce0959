"""Where pages go: a printer (the preview's or a real one) or a PDF file, with the page size,
orientation and colour the user chose. A document is a function that paints on a paged
device; the same function feeds the preview, the printer and the PDF."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, QRectF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter

from sessions_desktop.ui.common.paper import (
    MARGINS_MM,
    Block,
    Ink,
    Masthead,
    Paper,
    paginate,
    paint_pages,
)

PDF_DPI = 600
Painting = Callable[[QPagedPaintDevice, QPainter, Ink], int]   # returns pages painted


@dataclass(frozen=True)
class PaperOptions:
    page_size: QPageSize.PageSizeId = QPageSize.PageSizeId.A4
    landscape: bool = False
    grayscale: bool = False

    def layout(self) -> QPageLayout:
        orientation = QPageLayout.Orientation.Landscape if self.landscape else \
            QPageLayout.Orientation.Portrait
        return QPageLayout(QPageSize(self.page_size), orientation, MARGINS_MM,
                           QPageLayout.Unit.Millimeter)


def default_page_size() -> QPageSize.PageSizeId:
    """The default printer's paper, else Letter where the locale measures in US units,
    else A4."""
    from PySide6.QtPrintSupport import QPrinterInfo

    printer = QPrinterInfo.defaultPrinter()
    if not printer.isNull() and printer.defaultPageSize().isValid():
        return printer.defaultPageSize().id()
    us = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return QPageSize.PageSizeId.Letter if us else QPageSize.PageSizeId.A4


def paper_for(device: QPagedPaintDevice, painter: QPainter, ink: Ink) -> Paper:
    """The painter's origin is the top left of the printable area, in device pixels."""
    return Paper(painter, QRectF(0, 0, device.width(), device.height()),
                 float(device.logicalDpiY()), ink)


def paint_document(device: QPagedPaintDevice, painter: QPainter, ink: Ink,
                   blocks: Sequence[Block], masthead: Masthead) -> int:
    paper = paper_for(device, painter, ink)
    pages = paginate(paper, blocks, masthead)
    paint_pages(paper, pages, device.newPage)
    return len(pages)


def write_pdf(path: str | Path, painting: Painting, options: PaperOptions,
              title: str = "") -> int:
    """Paint into a PDF at ``path`` (written beside it, then moved in place, so a failure
    never leaves half a file under the name). Returns the number of pages."""
    path = Path(path)
    partial = path.with_name(path.name + ".partial")
    if not path.parent.is_dir():
        raise OSError(f"{path}: the folder {path.parent} does not exist")
    try:                         # a clear error (no permission, disk full) before Qt tries
        with open(partial, "wb"):
            pass
    except OSError as exc:
        raise OSError(f"{path}: {exc.strerror or exc}") from None
    writer = QPdfWriter(str(partial))
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(options.layout())
    writer.setTitle(title)
    writer.setCreator("Sessions Desktop")
    painter = QPainter(writer)
    if not painter.isActive():
        raise OSError(f"{path}: cannot write a PDF there")
    try:
        pages = painting(writer, painter, Ink(options.grayscale))
    finally:
        painter.end()
    del writer   # closes the file
    if not partial.exists():
        raise OSError(f"{path}: the PDF could not be written")
    os.replace(partial, path)
    return pages
