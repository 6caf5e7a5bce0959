"""A report on paper: the chart (vector), then each table, then the notes.

Printed tables stop at ``MAX_PRINTED_ROWS`` rows with a line saying so: a year of a large
business can list thousands of classes, which belongs in the CSV, not on 100 pages.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor

from sessions_desktop.services.api import Report, Table
from sessions_desktop.ui.common.chart_painter import ChartLook, paint_chart
from sessions_desktop.ui.common.i18n import translate
from sessions_desktop.ui.common.paper import Block, Masthead, Paper
from sessions_desktop.ui.common.paper_blocks import Drawing, PaperColumn, TableBlock, Text
from sessions_desktop.ui.common.paper_output import paint_document
from sessions_desktop.ui.common.report_format import (
    axis_text,
    category_text,
    printed_text,
    value_text,
)
from sessions_desktop.ui.reports.report_words import shown

MAX_PRINTED_ROWS = 400
CHART_POINTS = 230
WEIGHTS = {"text": 2.4, "flag": 1.6, "date": 1.3, "month": 1.2, "datetime": 1.9}
NUMERIC = ("count", "hours", "percent", "money")


def period_text(report: Report) -> str:
    last = report.end - timedelta(days=1)
    return translate("ReportPaper", "{value_text} – {value_text2}").format(
        value_text=value_text("date", report.start), value_text2=value_text("date", last)
    )


def subtitle(report: Report) -> str:
    parts = [period_text(report)]
    everyone = {
        "utilisation": translate("ReportPaper", "all classes"),
        "revenue": translate("ReportPaper", "all services"),
        "staff": translate("ReportPaper", "all staff"),
        "rooms": translate("ReportPaper", "all rooms"),
    }.get(report.kind, "all schedules")
    parts.append(", ".join(report.schedules) if report.schedules else everyone)
    by = report.options.get("by")
    if by:
        parts.append(translate("ReportPaper", "by {by}").format(by=by))
    if "threshold" in report.options:
        parts.append(
            translate("ReportPaper", "threshold {value_text}").format(
                value_text=value_text("percent", report.options["threshold"])
            )
        )
    return " · ".join(parts)


def chart_block(report: Report) -> Drawing:
    chart = report.chart

    def draw(paper: Paper, rect: QRectF) -> None:
        look = ChartLook(paper.pt, paper.font(8), QColor("#000000"), QColor("#c8c8c8"),
                         QColor("#ffffff"), paper.ink, paper.ink.grayscale)
        paint_chart(paper.painter, rect.adjusted(0, 4 * paper.pt, 0, 0), chart, look,
                    lambda c: category_text(chart.category_kind, c),
                    lambda v: axis_text(chart.unit, v))
    return Drawing(draw, CHART_POINTS)


def table_blocks(table: Table) -> list[Block]:
    columns = [PaperColumn(shown(c.label), WEIGHTS.get(c.kind, 1.0), right=c.kind in NUMERIC)
               for c in table.columns]
    printed = table.rows[:MAX_PRINTED_ROWS]
    rows = [[_cell(c.kind, v) for c, v in zip(table.columns, row, strict=True)]
            for row in printed]
    if table.total is not None:
        total = [_cell(c.kind, v) for c, v in zip(table.columns, table.total, strict=True)]
        rows.append([shown(total[0]), *total[1:]])      # "All classes" in the window's words
    blocks: list[Block] = [Text(shown(table.title), size=11, bold=True, space_before=12)]
    if not table.rows:
        blocks.append(Text(
            translate("ReportPaper", "Nothing in this period."), size=9, italic=True))
        return blocks
    blocks.append(TableBlock(columns, rows, size=8, bold_last=table.total is not None))
    if len(table.rows) > len(printed):
        blocks.append(
            Text(
                translate(
                    "ReportPaper",
                    "The first {n_shown:,} of {n_rows:,} rows; the CSV export has them all.",
                ).format(n_shown=len(printed), n_rows=len(table.rows)),
                size=8,
                italic=True,
                colour="#555555",
            )
        )
    return blocks


def _cell(kind: str, value) -> str:
    if value == "":
        return ""
    return shown(str(value)) if kind == "flag" else value_text(kind, value)


def report_blocks(report: Report, business: str, printed: str) -> tuple[list[Block], Masthead]:
    blocks: list[Block] = [chart_block(report)]
    for table in report.tables:
        blocks += table_blocks(table)
    for note in report.notes:
        blocks.append(Text(note, size=8.5, italic=True, colour="#444444"))
    return blocks, Masthead(shown(report.title), subtitle(report), business, printed)


def report_painting(report: Report, business: str, now: datetime):
    """A painting function for ``write_pdf`` or a printer (the command line's PDF)."""
    blocks, masthead = report_blocks(report, business, printed_text(now))

    def paint(device, painter, ink) -> int:
        return paint_document(device, painter, ink, blocks, masthead)
    return paint
