"""Tools › Reports: a report for a period and schedules, its chart, the tables behind it,
and CSV, print and PDF.

Every change of report, period or choice runs the report again (off the UI thread, after a
short pause so typing a date runs it once); what is shown is always the newest answer.
Questions to the user (file names, the print preview, errors) go through replaceable
callables so tests answer them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sessions_desktop.errors import SessionsError
from sessions_desktop.presentation.file_names import export_name
from sessions_desktop.services.api import KINDS, TITLES, Report
from sessions_desktop.ui.common.file_places import FilePlaces
from sessions_desktop.ui.common.i18n import QT_TRANSLATE_NOOP, translate
from sessions_desktop.ui.reports.chart_widget import ChartWidget
from sessions_desktop.ui.reports.periods import CUSTOM, presets
from sessions_desktop.ui.reports.report_output import (
    file_stem,
    preview_dialog,
    save_report_pdf,
    with_suffix,
    write_csv,
)
from sessions_desktop.ui.reports.report_words import shown
from sessions_desktop.ui.reports.runner import ReportRunner
from sessions_desktop.ui.reports.table_model import ReportTableModel

DEBOUNCE_MS = 250
# the services name their reports in English (the contract's words); the window says them
REPORT_TITLES = {
    "utilisation": QT_TRANSLATE_NOOP("ReportsWindow", "Utilisation"),
    "staff": QT_TRANSLATE_NOOP("ReportsWindow", "Staff time"),
    "rooms": QT_TRANSLATE_NOOP("ReportsWindow", "Rooms"),
    "revenue": QT_TRANSLATE_NOOP("ReportsWindow", "Revenue"),
}
ALL_LABELS = {
    "utilisation": QT_TRANSLATE_NOOP("ReportsWindow", "All classes"),
    "revenue": QT_TRANSLATE_NOOP("ReportsWindow", "All services"),
    "staff": QT_TRANSLATE_NOOP("ReportsWindow", "All staff"),
    "rooms": QT_TRANSLATE_NOOP("ReportsWindow", "All rooms"),
}


class ReportsWindow(QDialog):
    def __init__(self, reports, today: date, first_weekday: int = 0, threaded: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reports, self.today, self.first_weekday = reports, today, first_weekday
        self.setWindowTitle(translate("ReportsWindow", "Reports"))
        self.resize(1100, 780)
        self.report: Report | None = None
        self.printer: QPrinter | None = None
        self.ask_path: Callable[[str, str], str | None] = self._ask_path
        self.preview: Callable[[QPrintPreviewDialog], int] = lambda dialog: dialog.exec()
        self.show_error: Callable[[str], None] = lambda text: QMessageBox.warning(
            self, translate("ReportsWindow", "Reports"), text)
        self.runner = ReportRunner(threaded, self)
        self.runner.finished.connect(self._show)
        self.runner.failed.connect(self._failed)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.run)
        self._chosen: dict[str, set[str]] = {}
        self._build()
        self._preset_changed()

    # -- building --------------------------------------------------------------------
    def _build(self) -> None:
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(
                translate("ReportsWindow", REPORT_TITLES.get(kind, TITLES[kind])), kind
            )
        self.period = QComboBox()
        self.period.addItems([*presets(self.today, self.first_weekday),
                                 translate("Periods", CUSTOM)])
        self.first, self.last = QDateEdit(calendarPopup=True), QDateEdit(calendarPopup=True)
        self.by = QComboBox()
        self.by.addItem(translate("ReportsWindow", "By week"), "week")
        self.by.addItem(translate("ReportsWindow", "By month"), "month")
        self.threshold = QSpinBox(suffix=" %", minimum=0, maximum=100, value=50)
        self.threshold.setToolTip(
            translate("ReportsWindow", "Classes filled below this are listed"))
        self.threshold_label = QLabel(translate("ReportsWindow", "Below"))
        self.schedules = QToolButton(popupMode=QToolButton.ToolButtonPopupMode.InstantPopup)
        self.schedules.setMenu(QMenu(self.schedules))
        top = QHBoxLayout()
        for label, widget in (
            (translate("ReportsWindow", "Report"), self.kind),
            (translate("ReportsWindow", "Period"), self.period),
            (translate("ReportsWindow", "From"), self.first),
            (translate("ReportsWindow", "through"), self.last),
            (None, self.by),
            (None, self.schedules),
        ):
            if label:
                top.addWidget(QLabel(label))
            top.addWidget(widget)
        top.addWidget(self.threshold_label)
        top.addWidget(self.threshold)
        top.addStretch(1)
        self.status = QLabel()
        self.chart = ChartWidget()
        self.tabs = QTabWidget()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.chart)
        split.addWidget(self.tabs)
        split.setSizes([330, 400])
        self.notes = QLabel(wordWrap=True)
        self.csv_button = QPushButton(translate("ReportsWindow", "Export CSV…"))
        self.print_button = QPushButton(translate("ReportsWindow", "Print…"))
        self.pdf_button = QPushButton(translate("ReportsWindow", "Save PDF…"))
        close = QPushButton(translate("ReportsWindow", "Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.csv_button, self.print_button, self.pdf_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.notes)
        layout.addLayout(buttons)
        self.csv_button.clicked.connect(self.export_csv)
        self.print_button.clicked.connect(self.print_)
        self.pdf_button.clicked.connect(self.save_pdf)
        close.clicked.connect(self.close)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.period.currentIndexChanged.connect(self._preset_changed)
        for edit in (self.first, self.last):
            edit.dateChanged.connect(self._dates_edited)
        self.by.currentIndexChanged.connect(self.schedule_run)
        self.threshold.valueChanged.connect(self.schedule_run)
        self._kind_changed()

    # -- choices ---------------------------------------------------------------------
    @property
    def current_kind(self) -> str:
        return self.kind.currentData()

    def _kind_changed(self) -> None:
        kind = self.current_kind
        for widget in (self.threshold, self.threshold_label):
            widget.setVisible(kind == "utilisation")
        self._suggest_grouping()
        menu = self.schedules.menu()
        menu.clear()
        chosen = self._chosen.setdefault(kind, set())
        for schedule in self.reports.choices(kind):
            action = QAction(schedule.name, menu, checkable=True)
            action.setChecked(schedule.id in chosen)
            action.setData(schedule.id)
            action.toggled.connect(self._schedules_toggled)
            menu.addAction(action)
        self._label_schedules()
        self.schedule_run()

    def choose_schedules(self, ids: set[str]) -> None:
        """Narrow the report to these schedules (empty: all), as ticking them in the menu."""
        for action in self.schedules.menu().actions():
            action.setChecked(action.data() in ids)

    def _schedules_toggled(self) -> None:
        self._chosen[self.current_kind] = {a.data() for a in self.schedules.menu().actions()
                                           if a.isChecked()}
        self._label_schedules()
        self.schedule_run()

    def _label_schedules(self) -> None:
        names = [a.text() for a in self.schedules.menu().actions() if a.isChecked()]
        text = (
            translate("ReportsWindow", ALL_LABELS[self.current_kind])
            if not names
            else names[0]
            if len(names) == 1
            else translate("ReportsWindow", "{n_names} chosen").format(n_names=len(names))
        )
        self.schedules.setText(text)

    def _preset_changed(self) -> None:
        name = self.period.currentText()
        found = presets(self.today, self.first_weekday).get(name)
        if found is None:
            return
        for edit, day in zip((self.first, self.last), found, strict=True):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self._suggest_grouping()
        self.schedule_run()

    def _dates_edited(self) -> None:
        self.period.blockSignals(True)
        self.period.setCurrentText(translate("Periods", CUSTOM))
        self.period.blockSignals(False)
        self._suggest_grouping()
        self.schedule_run()

    def _suggest_grouping(self) -> None:
        """Weeks for spans up to half a year, months beyond; revenue by month."""
        span = self.first.date().daysTo(self.last.date())
        self.by.blockSignals(True)
        self.by.setCurrentIndex(0 if span <= 183 and self.current_kind != "revenue" else 1)
        self.by.blockSignals(False)

    def span(self) -> tuple[date, date]:
        """[from, to) with ``to`` exclusive: the window shows the last day included."""
        return self.first.date().toPython(), self.last.date().toPython() + timedelta(days=1)

    # -- running ---------------------------------------------------------------------
    def schedule_run(self) -> None:
        self._timer.start()

    def run(self) -> None:
        self._timer.stop()
        kind, (start, end) = self.current_kind, self.span()
        chosen = self._chosen.get(kind) or None
        options: dict = {"schedule_ids": sorted(chosen) if chosen else None,
                         "by": self.by.currentData(), "first_weekday": self.first_weekday}
        if kind == "utilisation":
            options["threshold"] = self.threshold.value() / 100
        self.status.setText(translate("ReportsWindow", "Working…"))
        for button in (self.csv_button, self.print_button, self.pdf_button):
            button.setEnabled(False)
        self.runner.request(lambda: self.reports.run(kind, start, end, **options))

    @property
    def busy(self) -> bool:
        return self._timer.isActive() or self.runner.busy

    def _show(self, report: Report, seconds: float) -> None:
        self.report = report
        self.chart.show_chart(report.chart)
        current = self.tabs.currentIndex()
        while self.tabs.count():           # the old views go (QTabWidget.clear keeps them)
            page = self.tabs.widget(0)
            self.tabs.removeTab(0)
            page.deleteLater()
        for table in report.tables:
            view = QTableView()
            view.setModel(ReportTableModel(table, view))
            view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            view.setSortingEnabled(True)     # the service's order until a header is clicked
            view.horizontalHeader().setStretchLastSection(True)
            view.verticalHeader().setVisible(False)
            view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
            view.resizeColumnsToContents()
            self.tabs.addTab(
                view,
                translate("ReportsWindow", "{title} ({n_rows})").format(
                    title=shown(table.title), n_rows=len(table.rows)
                ),
            )
        self.tabs.setCurrentIndex(max(0, current))
        self.notes.setText("\n".join(report.notes))
        self.status.setText(
            translate("ReportsWindow", "{title}: made in {seconds:.2f} s").format(
                title=shown(report.title), seconds=seconds
            )
        )
        for button in (self.csv_button, self.print_button, self.pdf_button):
            button.setEnabled(True)

    def _failed(self, exc: Exception) -> None:
        text = (
            str(exc)
            if isinstance(exc, SessionsError)
            else translate("ReportsWindow", "{name__}: {exc}").format(
                name__=type(exc).__name__, exc=exc
            )
        )
        self.status.setText(translate("ReportsWindow", "Not made: {text}").format(text=text))

    def current_table(self):
        if self.report is None:
            return None
        return self.report.tables[max(0, self.tabs.currentIndex())]

    # -- output ----------------------------------------------------------------------
    def export_csv(self) -> Path | None:
        table = self.current_table()
        if table is None or self.report is None:
            return None
        path = self.ask_path(export_name(self.reports.business_name(),
                                         f"{file_stem(self.report)}-{table.key}", ".csv"),
                             translate("ReportsWindow", "CSV files (*.csv)"))
        return self._saved(lambda target: write_csv(table, target), path, ".csv", "CSV")

    def save_pdf(self) -> Path | None:
        report = self.report
        if report is None:
            return None
        path = self.ask_path(export_name(self.reports.business_name(), file_stem(report),
                                         ".pdf"), translate("ReportsWindow", "PDF files (*.pdf)"))
        return self._saved(lambda target: save_report_pdf(report, self.reports, target),
                           path, ".pdf", "PDF")

    def _saved(self, write, path: str | None, suffix: str, what: str) -> Path | None:
        if not path:
            return None
        target = with_suffix(path, suffix)
        try:
            write(target)
        except OSError as exc:
            self.show_error(
                translate("ReportsWindow", "The {what} was not saved: {exc}").format(
                    what=what, exc=exc
                )
            )
            return None
        self.status.setText(translate("ReportsWindow", "Saved {target}").format(target=target))
        return target

    def print_(self) -> QPrintPreviewDialog | None:
        if self.report is None:
            return None
        dialog, self.printer = preview_dialog(self.report, self.reports, self)
        self.preview(dialog)
        return dialog

    def _ask_path(self, suggested: str, kinds: str) -> str | None:
        return FilePlaces.of(self).save_path(self, translate("ReportsWindow", "Save"), "export",
                                             suggested, kinds)

    def closeEvent(self, event) -> None:
        self.runner.shutdown()
        super().closeEvent(event)
