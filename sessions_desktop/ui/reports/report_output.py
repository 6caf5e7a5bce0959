"""A report out of the window: a CSV file, Qt's print preview, a PDF.

Files are written beside the target and renamed into place, so a failure never leaves half a
file under the chosen name. Reports go on landscape pages: their tables are wide and their
charts wider.
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from sessions_desktop.services.api import Report, Table
from sessions_desktop.ui.common.paper import Ink
from sessions_desktop.ui.common.paper_output import PaperOptions, default_page_size, write_pdf
from sessions_desktop.ui.reports.report_paper import report_painting


def report_paper() -> PaperOptions:
    return PaperOptions(default_page_size(), landscape=True)


def file_stem(report: Report) -> str:
    last = report.end - timedelta(days=1)
    return f"{report.kind}-{report.start.isoformat()}-{last.isoformat()}"


def with_suffix(path: str, suffix: str) -> Path:
    return Path(path) if path.lower().endswith(suffix) else Path(path + suffix)


def write_csv(table: Table, target: Path) -> None:
    """UTF-8 with a byte-order mark, so spreadsheets read names with accents right."""
    partial = target.with_name(target.name + ".partial")
    partial.write_text(table.to_csv(), encoding="utf-8-sig", newline="")
    os.replace(partial, target)


def save_report_pdf(report: Report, reports, target: Path) -> int:
    painting = report_painting(report, reports.business_name(), reports.now())
    return write_pdf(target, painting, report_paper(), report.title)


def preview_dialog(report: Report, reports, parent: QWidget
                   ) -> tuple[QPrintPreviewDialog, QPrinter]:
    """Qt's print preview of the report; its Print button opens the system print dialog.
    The caller keeps the printer alive: the dialog does not own it."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(report_paper().layout())
    painting = report_painting(report, reports.business_name(), reports.now())

    def paint(device: QPrinter) -> None:
        painter = QPainter(device)
        try:
            painting(device, painter, Ink(device.colorMode() == QPrinter.ColorMode.GrayScale))
        finally:
            painter.end()

    dialog = QPrintPreviewDialog(printer, parent)
    dialog.paintRequested.connect(paint)
    return dialog, printer
