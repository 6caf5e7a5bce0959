"""File > Import .ics and File > Export .ics, step by step, with the slow parts on a worker.

Import: choose a file; read and preview it on a worker (a busy dialog meanwhile); the preview
dialog; the import on a worker with a progress dialog whose Cancel writes nothing; the report.
The changes the import published reach the window through ``Operations.run``, so the import
is one undo step (Edit > Undo removes it) and the views refresh from the broadcast.

Export: the export dialog; choose where to save (a folder for one file per staff member);
write on a worker (a progress dialog whose Cancel writes no file); a short confirmation in the
status bar. Feeds for phones (``feeds``): File > Publish feeds for phones, then rewritten after
every change. Failures (a missing file, not iCalendar, a locked database)
are shown through ``Operations.show_error`` and change nothing.

Every dialog is opened without blocking (``open``), and the current one is kept on the flow
(``preview_dialog``, ``progress_dialog``, ``report_dialog``, ``export_dialog``) so tests
answer them as a person would.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow, QProgressDialog

from sessions_desktop.errors import SessionsError
from sessions_desktop.ical.plan import ExportCancelled, ImportCancelled
from sessions_desktop.names import APP_NAME
from sessions_desktop.presentation.file_names import export_name
from sessions_desktop.services.api import ServicesApi
from sessions_desktop.ui.common.file_places import FilePlaces
from sessions_desktop.ui.common.i18n import QT_TRANSLATE_NOOP, translate
from sessions_desktop.ui.transfer.export_dialog import ExportChoice, ExportDialog
from sessions_desktop.ui.transfer.feeds import FeedPublisher
from sessions_desktop.ui.transfer.import_dialogs import ImportPreviewDialog, ImportReportDialog
from sessions_desktop.ui.transfer.transfer_worker import Task

ICS_FILTER = QT_TRANSLATE_NOOP(
    "TransferFlow", "iCalendar files (*.ics *.ical *.ifb *.icalendar);;All files (*)"
)
STEPS = 1000


class FileProblem(SessionsError):
    code = "FILE"


def read_and_preview(services, path: str):
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise FileProblem(
            translate("TransferFlow", "{path} cannot be read: {value}").format(
                path=path, value=error.strerror or error
            )
        ) from None
    return data, services.preview_ics(data)


class TransferFlow(QObject):
    def __init__(self, services: ServicesApi, ops, window: QMainWindow, period: Callable) -> None:
        super().__init__(window)
        self.services, self.ops, self.window = services, ops, window
        self.period = period
        self.task: Task | None = None
        self.preview_dialog: ImportPreviewDialog | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.report_dialog: ImportReportDialog | None = None
        self.export_dialog: ExportDialog | None = None
        self.last_report = None
        self.last_export = None
        self.last_error: Exception | None = None
        self._data = b""
        self._name = ""
        self.feeds = FeedPublisher(services, window)

    @property
    def busy(self) -> bool:
        return self.task is not None and not self.task.done

    def shutdown(self) -> None:
        """The window closes: cancel a running import and wait for the worker to stop; the
        feeds publish what is pending."""
        if self.task is not None and not self.task.done:
            self.task.cancel()
            self.task.wait()
        self.feeds.shutdown()

    # -- shared --------------------------------------------------------------------------
    def _run(self, call, on_success, label: str, progress: QProgressDialog) -> Task:
        task = Task(self.services, call, self)
        task.progressed.connect(lambda done, total: self._progress(progress, done, total))
        progress.canceled.connect(task.cancel)
        task.succeeded.connect(lambda result, changes: self._finish(progress) or
                               on_success(result, changes))
        task.failed.connect(lambda error: self._finish(progress) or self._fail(label, error))
        self.task, self.progress_dialog = task, progress
        progress.show()
        task.start()
        return task

    def _dialog(self, text: str, cancellable: bool = True, steps: int = 0) -> QProgressDialog:
        dialog = QProgressDialog(text,
            translate("TransferFlow", "Cancel") if cancellable else None, 0, steps, self.window)
        dialog.setWindowTitle(APP_NAME)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(360)
        return dialog

    @staticmethod
    def _progress(dialog: QProgressDialog, done: int, total: int) -> None:
        if dialog.maximum() and not dialog.wasCanceled():
            dialog.setValue(min(done * STEPS // max(total, 1), STEPS - 1))

    @staticmethod
    def _finish(dialog: QProgressDialog) -> None:
        dialog.hide()
        dialog.deleteLater()

    def _fail(self, label: str, error: Exception) -> None:
        self.last_error = error
        if isinstance(error, ExportCancelled):
            self.window.statusBar().showMessage(
                translate("TransferFlow", "Export cancelled: no file was written."), 10_000)
            return
        if isinstance(error, ImportCancelled):
            self.window.statusBar().showMessage(
                translate("TransferFlow", "Import cancelled: nothing was written."), 10_000)
            return
        if not isinstance(error, SessionsError):
            error = FileProblem(
                translate("TransferFlow", "{name__}: {error}").format(
                    name__=type(error).__name__, error=error
                )
            )
        self.ops.show_error(label, error)

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 10_000)

    # -- import --------------------------------------------------------------------------
    def import_file(self) -> None:
        if self.busy:
            return
        path = FilePlaces.of(self.window).open_path(
            self.window, translate("TransferFlow", "Import .ics"), "import",
            translate("TransferFlow", ICS_FILTER))
        if not path:
            return
        self._name = Path(path).name
        busy = self._dialog(translate("TransferFlow", "Reading {name}…").format(name=self._name))
        self._run(lambda task: read_and_preview(self.services, path), self._previewed,
                  translate("TransferFlow", "Import"), busy)

    def _previewed(self, result, _changes) -> None:
        if self.task is not None and self.task.cancelled:
            return
        self._data, preview = result
        names = sorted((s.name for s in self.services.schedules.by_id().values()
                        if not s.is_archived), key=str.casefold)
        dialog = ImportPreviewDialog(self._name, preview, names, self.window)
        dialog.accepted.connect(lambda: self._start_import(dialog))
        self.preview_dialog = dialog
        dialog.open()

    def _start_import(self, dialog: ImportPreviewDialog) -> None:
        schedule, partial, data = dialog.schedule_name(), dialog.partial(), self._data
        progress = self._dialog(
            translate("TransferFlow", "Importing {name}…").format(name=self._name), steps=STEPS)

        def call(task: Task):
            return self.services.import_ics(data, schedule_name=schedule, partial=partial,
                              progress=task.progress)

        self._run(call, self._imported,
            translate("TransferFlow", "Import {name}").format(name=self._name), progress)

    def _imported(self, report, changes) -> None:
        self._data = b""
        self.last_report = report
        self.ops.run(f"Import {self._name}",
                     lambda: [self.services.publish(change) for change in changes])
        self._status(
            translate("TransferFlow", "Imported {value:,} sessions from {name}.").format(
                value=report.created + report.updated, name=self._name
            )
        )
        dialog = ImportReportDialog(self._name, report, self.window)
        self.report_dialog = dialog
        dialog.open()

    # -- export --------------------------------------------------------------------------
    def export_file(self) -> None:
        if self.busy:
            return
        period = self.period()
        schedules = sorted(self.services.schedules.by_id().values(),
                           key=lambda s: s.name.casefold())
        dialog = ExportDialog(schedules, period.start, period.end - timedelta(days=1),
                              self.window)
        dialog.accepted.connect(lambda: self._export_chosen(dialog.choice()))
        self.export_dialog = dialog
        dialog.open()

    def _export_chosen(self, choice: ExportChoice) -> None:
        if choice.per_staff:
            self._export_staff(choice)
            return
        name = export_name(self.services.business_name(), "sessions", ".ics",
                           self.services.now().date())
        path = FilePlaces.of(self.window).save_path(
            self.window, translate("TransferFlow", "Export .ics"), "export", name,
            translate("TransferFlow", ICS_FILTER))
        if not path:
            return
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(".ics")
        busy = self._dialog(
            translate("TransferFlow", "Writing {name}…").format(name=target.name), steps=STEPS)

        def call(task: Task):
            return self.services.export_ics(
                target, start=choice.start, end=choice.end, schedule_ids=choice.schedule_ids,
                include_pi=choice.include_pi, working_hours=choice.working_hours,
                time_off=choice.time_off, progress=task.progress)

        self._run(call, self._exported, translate("TransferFlow", "Export"), busy)

    def _export_staff(self, choice: ExportChoice) -> None:
        folder = FilePlaces.of(self.window).pick_folder(
            self.window, translate("TransferFlow", "Export one file per staff member into"),
            "export")
        if not folder:
            return
        busy = self._dialog(
            translate("TransferFlow", "Writing one file per staff member…"), steps=STEPS)

        def call(task: Task):
            return self.services.export_staff_files(
                folder, include_pi=choice.include_pi, working_hours=choice.working_hours,
                time_off=choice.time_off, business_file=True, progress=task.progress)

        self._run(call, self._exported_files, translate("TransferFlow", "Export"), busy)

    def _exported_files(self, reports, _changes) -> None:
        self.last_export = reports
        self._status(
            translate("TransferFlow", "Exported {n_reports} files, one per staff member and one "
                                      "for the business.").format(n_reports=len(reports)))

    def publish_settings(self) -> None:
        self.feeds.open_settings()

    def _exported(self, report, _changes) -> None:
        self.last_export = report
        self._status(
            (translate("TransferFlow", "Exported 1 session to {name} ({value:,.0f} kB).")
             if report.sessions == 1 else
             translate("TransferFlow",
                       "Exported {sessions:,} sessions to {name} ({value:,.0f} kB).")
             ).format(
                sessions=report.sessions,
                name=Path(report.path or "").name,
                value=report.size / 1000,
            )
        )
