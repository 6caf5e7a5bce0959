"""Issue 13's "done when", as a new user would try it with the sample business: File › Print of
the week previews like the window; Tom's roster for tomorrow is one page with his clients and
their phones; the utilisation report of the last eight weeks charts the yoga classes' fill,
exports a CSV a spreadsheet reads, and saves a PDF."""

from __future__ import annotations

import csv
from datetime import timedelta

from PySide6.QtCore import QDate

from sessions_desktop.presentation.navigation import ViewKind
from tests.desktop.support import NOW, open_window, wait_loaded
from tests.pdf_tools import needs_poppler, pdf_pages, pdf_text

TOMORROW = NOW.date() + timedelta(days=1)          # a Thursday: Tom works


def sample_window(qtbot, services, settings):
    win = open_window(qtbot, services, settings)
    win.desktop.welcome.buttons["sample"].click()
    wait_loaded(qtbot, win)
    qtbot.waitUntil(lambda: len(win.controller.shown()) > 10, timeout=5000)
    return win


def print_dialog(win, qtbot, save_first=False):
    shown = []
    win.printing.run = lambda dialog: shown.append(dialog) or 0
    (win.printing.pdf_action if save_first else win.printing.print_action).trigger()
    qtbot.addWidget(shown[0])
    return shown[0]


@needs_poppler
def test_printing_the_week_previews_and_saves_what_the_window_shows(qtbot, empty_services,
                                                                    settings, tmp_path):
    win = sample_window(qtbot, empty_services, settings)
    assert win.controller.kind is ViewKind.WEEK
    dialog = print_dialog(win, qtbot)
    dialog.preview.updatePreview()
    qtbot.waitUntil(lambda: dialog.status.text() == "1 page")
    dialog.ask_path = lambda suggested: str(tmp_path / suggested)
    out = dialog.save_pdf()
    text = pdf_text(out)
    assert win.period_label.text() in text and "Linden Movement Studio" in text
    for title in ("Morning yoga", "Pilates Mat", "Physiotherapy"):
        assert title in text


@needs_poppler
def test_toms_roster_for_tomorrow_is_one_page_with_his_clients_and_phones(
        qtbot, empty_services, settings, tmp_path):
    win = sample_window(qtbot, empty_services, settings)
    dialog = print_dialog(win, qtbot, save_first=True)
    dialog.what.setCurrentIndex(dialog.what.findData("roster"))
    dialog.day.setDate(QDate(TOMORROW.year, TOMORROW.month, TOMORROW.day))
    dialog.who.setCurrentIndex(dialog.who.findText("Tom (physiotherapist)"))
    dialog.personal.setChecked(True)
    dialog.ask_path = lambda suggested: str(tmp_path / suggested)
    out = dialog.save_pdf()
    assert out.name == f"linden-movement-studio-roster-{TOMORROW.isoformat()}-tom.pdf"
    assert pdf_pages(out) == 1
    text = pdf_text(out)
    roster = empty_services.reports.roster(TOMORROW, empty_services.reports.resolve(["Tom"]),
                                           include_pi=True)
    clients = [p for e in roster.pages[0].entries for p in e.participants or ()]
    assert len(clients) >= 2
    for client in clients:
        assert client.name in text and client.phone in text


@needs_poppler
def test_utilisation_of_the_last_eight_weeks_charts_the_yoga_classes(
        qtbot, empty_services, settings, tmp_path):
    win = sample_window(qtbot, empty_services, settings)
    win.reporting.action.trigger()
    reports = win.reporting.reports_window
    qtbot.waitUntil(lambda: reports.report is not None and not reports.busy, timeout=10_000)
    assert reports.period.currentText() == "Last 8 weeks"
    yoga = next(a for a in reports.schedules.menu().actions() if a.text() == "Vinyasa Yoga")
    yoga.setChecked(True)
    qtbot.waitUntil(lambda: not reports.busy and reports.report.schedules == ("Vinyasa Yoga",),
                    timeout=10_000)
    chart = reports.report.chart
    assert {s.name for s in chart.series} == {"Morning yoga", "Evening flow", "Weekend yoga"}
    assert len(chart.categories) == 8
    fills = [v for s in chart.series for v in s.values if v is not None]
    assert len(fills) >= 20 and len(set(fills)) > 5, "weeks differ"
    reports.ask_path = lambda suggested, kinds: str(tmp_path / suggested)
    out = reports.export_csv()
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:2] == ["Class", "Service"] and rows[-1][0] == "All classes"
    assert {r[0] for r in rows[1:-1]} == {"Morning yoga", "Evening flow", "Weekend yoga"}
    pdf = reports.save_pdf()
    text = pdf_text(pdf)
    assert "Utilisation" in text and "Vinyasa Yoga" in text and "Fill by week" in text
