"""Tools › Reports…: the window runs reports off the UI thread, shows the chart and the tables
behind it, and exports CSV, a print preview and a PDF."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from tests.pdf_tools import needs_poppler, pdf_pages, pdf_text


def open_reports(win, qtbot):
    tools = next(a.menu() for a in win.menuBar().actions() if a.text() == "&Tools")
    action = next(a for a in tools.actions() if a.text() == "Reports…")
    action.trigger()
    reports = win.reporting.reports_window
    qtbot.waitUntil(lambda: reports.report is not None and not reports.busy, timeout=10_000)
    return reports


def wait_report(qtbot, reports, kind=None):
    qtbot.waitUntil(lambda: not reports.busy and reports.report is not None
                    and (kind is None or reports.report.kind == kind), timeout=10_000)
    return reports.report


def test_reports_open_on_the_last_eight_weeks_of_all_classes(window, qtbot):
    reports = open_reports(window, qtbot)
    assert reports.runner.threaded, "a file database: reports run off the UI thread"
    assert reports.period.currentText() == "Last 8 weeks"
    first, last = reports.span()
    assert (last - first).days == 56 and first.weekday() == 0
    report = reports.report
    assert report.kind == "utilisation" and report.start == first
    assert reports.chart.chart is report.chart
    assert {s.name for s in report.chart.series} >= {"Yoga flow", "Morning yoga", "Pilates"}
    assert reports.tabs.count() == len(report.tables)
    view = reports.tabs.widget(0)
    model = view.model()
    assert model.rowCount() == len(report.table().rows) + 1     # and the total
    shown = [model.data(model.index(r, 0)) for r in range(model.rowCount() - 1)]
    assert shown == [r[0] for r in report.table().rows], "the report's order until sorted"
    window.reporting.action.trigger()
    assert window.reporting.reports_window is reports, "one Reports window per main window"


def test_choices_run_the_report_again_and_the_newest_answer_wins(window, qtbot):
    reports = open_reports(window, qtbot)
    yoga = next(a for a in reports.schedules.menu().actions() if a.text() == "Yoga")
    yoga.setChecked(True)
    report = wait_report(qtbot, reports)
    assert report.schedules == ("Yoga",) and reports.schedules.text() == "Yoga"
    assert "Pilates" not in {s.name for s in report.chart.series}
    reports.threshold.setValue(90)
    reports.kind.setCurrentIndex(reports.kind.findData("staff"))
    report = wait_report(qtbot, reports, "staff")
    assert [r[0] for r in report.table().rows] == ["Anna", "Ben", "Clara"]
    assert not reports.threshold.isVisible()
    reports.first.setDate(QDate(2026, 11, 23))
    reports.last.setDate(QDate(2026, 11, 29))
    report = wait_report(qtbot, reports, "staff")
    assert reports.period.currentText() == "Custom"
    assert (report.start, report.end) == (date(2026, 11, 23), date(2026, 11, 30))
    anna = report.table().rows[0]
    assert anna[1] == pytest.approx(40.0)        # Monday to Friday 9-17


def test_bad_periods_say_why_and_keep_the_last_report(window, qtbot):
    reports = open_reports(window, qtbot)
    shown = reports.report
    reports.first.setDate(QDate(2026, 12, 10))
    reports.last.setDate(QDate(2026, 12, 1))
    qtbot.waitUntil(lambda: not reports.busy, timeout=10_000)
    assert reports.status.text().startswith("Not made: to: must be after")
    assert reports.report is shown


def test_table_sorts_by_value_and_keeps_the_total_last(window, qtbot):
    reports = open_reports(window, qtbot)
    view = reports.tabs.widget(0)
    model = view.model()
    column = model.table.column("fill")
    view.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    fills = [model.data(model.index(r, column), Qt.ItemDataRole.UserRole)
             for r in range(model.rowCount() - 1)]
    assert fills == sorted(fills, reverse=True)
    last = model.index(model.rowCount() - 1, 0)
    assert model.data(last) == "All classes"
    assert model.data(last, Qt.ItemDataRole.FontRole).bold()


def test_csv_export_reads_back_in_a_spreadsheet_shape(window, qtbot, tmp_path):
    reports = open_reports(window, qtbot)
    reports.tabs.setCurrentIndex(1)
    asked = []
    reports.ask_path = lambda suggested, kinds: asked.append(suggested) or str(tmp_path / "w")
    out = reports.export_csv()
    assert out == tmp_path / "w.csv"
    assert asked[0].startswith("utilisation-") and asked[0].endswith("-weeks.csv")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    table = reports.report.table("weeks")
    assert rows[0][0] == "Week of" and len(rows) == len(table.rows) + 1
    assert rows[1][0] == table.rows[0][0].isoformat()
    assert out.read_bytes().startswith(b"\xef\xbb\xbf"), "a BOM so spreadsheets read UTF-8"


@needs_poppler
def test_save_pdf_has_the_chart_and_the_tables(window, qtbot, tmp_path):
    reports = open_reports(window, qtbot)
    reports.ask_path = lambda suggested, kinds: str(tmp_path / suggested)
    out = reports.save_pdf()
    text = pdf_text(out)
    assert "Utilisation" in text and "Fill by week" in text
    assert "Classes" in text and "By week" in text and "Morning yoga" in text
    assert "Printed" in text and "Page 1 of" in text
    assert pdf_pages(out) >= 1


def test_print_opens_qts_print_preview_with_the_report(window, qtbot):
    reports = open_reports(window, qtbot)
    previews = []
    reports.preview = lambda dialog: previews.append(dialog) or 0
    dialog = reports.print_()
    assert previews == [dialog]
    painted = []
    dialog.paintRequested.connect(painted.append)
    dialog.open()
    qtbot.waitUntil(lambda: bool(painted), timeout=5000)
    dialog.close()
