"""The two dialogs of File > Import .ics: the preview before, the report after.

Both only show and ask; ``TransferFlow`` runs the import. The preview says how many sessions
the file holds, where they go (a schedule the user picks or names, or the ones the file
records), and what cannot be represented (warnings, skipped components); when the file has
broken parts it offers "Import what is readable". The report lists what was created and
updated and every skipped component with its reason.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from sessions_desktop.ui.common.i18n import QT_TRANSLATE_NOOP, translate

FROM_FILE = QT_TRANSLATE_NOOP("ImportDialogs", "As recorded in the file")
MAX_ROWS = 500
VISIBLE_ROWS = 6
LIST_WIDTH = 500


def _sessions(count: int) -> str:
    return (translate("ImportDialogs", "1 session") if count == 1
            else translate("ImportDialogs", "{n:,} sessions").format(n=count))


def _changed_instances(count: int) -> str:
    return (translate("ImportDialogs", "1 changed instance") if count == 1
            else translate("ImportDialogs", "{n:,} changed instances").format(n=count))


def _list(lines: list[str], name: str) -> QListWidget:
    widget = QListWidget()
    widget.setObjectName(name)
    widget.addItems(lines[:MAX_ROWS])
    if len(lines) > MAX_ROWS:
        widget.addItem(
            translate("ImportDialogs", "… and {value:,} more").format(value=len(lines) - MAX_ROWS))
    widget.setWordWrap(True)
    widget.setAlternatingRowColors(True)
    widget.setFixedHeight(_rows_height(widget, VISIBLE_ROWS))
    return widget


def _rows_height(widget: QListWidget, rows: int) -> int:
    """Tall enough for the first ``rows`` items, wrapped at the list's minimum width."""
    widget.setMinimumWidth(LIST_WIDTH)
    metrics = widget.fontMetrics()
    usable = LIST_WIDTH - 40        # frame, margins and a scroll bar
    height = 0
    for row in range(min(rows, widget.count())):
        text = widget.item(row).text()
        lines = -(-metrics.horizontalAdvance(text) // usable)
        height += max(lines, 1) * metrics.lineSpacing() + 4
    return height + 2 * widget.frameWidth() + 4


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: 600; margin-top: 6px;")
    return label


class ImportPreviewDialog(QDialog):
    """``schedule_name()`` (None: as the file says) and ``partial()`` once accepted."""

    def __init__(self, file_name: str, preview, schedules: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ImportPreviewDialog", "Import .ics"))
        self.setMinimumWidth(520)
        self.preview = preview
        layout = QVBoxLayout(self)
        summary = QLabel(self._summary(file_name, preview))
        summary.setObjectName("summary")
        summary.setWordWrap(True)
        summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(summary)
        form = QFormLayout()
        self.schedule = QComboBox()
        self.schedule.setObjectName("schedule")
        self.schedule.setEditable(True)
        self.schedule.addItem(translate("ImportDialogs", FROM_FILE))
        self.schedule.addItems(schedules)
        self.schedule.setToolTip(
            translate("ImportPreviewDialog", "Pick a schedule, or type the name of a new one"))
        form.addRow(translate("ImportPreviewDialog", "Into schedule:"), self.schedule)
        self.targets = QLabel(self._targets(preview))
        self.targets.setObjectName("targets")
        self.targets.setWordWrap(True)
        form.addRow("", self.targets)
        self.schedule.currentTextChanged.connect(self._schedule_changed)
        layout.addLayout(form)
        self._problems(layout, preview)
        self.partial_box = QCheckBox(
            translate("ImportPreviewDialog", "Import what is readable (skip the broken parts)"))
        self.partial_box.setObjectName("partial")
        self.partial_box.setVisible(bool(preview.broken))   # offered only when needed
        layout.addWidget(self.partial_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(translate("ImportPreviewDialog", "Import"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setDefault(True)
        self.import_button.setEnabled(preview.sessions > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @staticmethod
    def _summary(file_name: str, preview) -> str:
        parts = [
            translate("ImportPreviewDialog", "{file_name}: {plural}").format(
                file_name=file_name, plural=_sessions(preview.sessions)
            )
        ]
        detail = (
            [
                translate("ImportPreviewDialog", "{recurring:,} recurring").format(
                    recurring=preview.recurring
                )
            ]
            if preview.recurring
            else []
        )
        if preview.changed_instances:
            detail.append(_changed_instances(preview.changed_instances))
        if detail:
            parts.append(
                translate("ImportPreviewDialog", " ({join})").format(join=', '.join(detail)))
        parts.append(
            translate(
                "ImportPreviewDialog", "; {new:,} new, {updates:,} already here (to update)."
            ).format(new=preview.new, updates=preview.updates)
        )
        if preview.broken:
            parts.append(
                translate(
                    "ImportPreviewDialog",
                    "\nThe file has {plural}: by default nothing is imported from a damaged file.",
                ).format(
                    plural=translate("ImportDialogs", "1 broken part") if len(preview.broken) == 1
                    else translate("ImportDialogs", "{n:,} broken parts").format(
                        n=len(preview.broken)))
            )
        return "".join(parts)

    @staticmethod
    def _targets(preview) -> str:
        names = [
            translate("ImportPreviewDialog", "{name} ({count:,})").format(name=name, count=count)
            for name, count in preview.schedules.items()
        ]
        text = (
            translate("ImportPreviewDialog", "From the file: ") + ", ".join(names)
            if names
            else translate("ImportPreviewDialog", "No sessions to import.")
        )
        if preview.new_schedules:
            text += translate("ImportPreviewDialog", "\nNew schedules: ") + ", ".join(
                preview.new_schedules
            )
        return text

    def _problems(self, layout: QVBoxLayout, preview) -> None:
        if preview.warnings:
            layout.addWidget(_heading(translate("ImportPreviewDialog", "Cannot be represented")))
            layout.addWidget(_list(list(preview.warnings), "warnings"))
        if preview.skipped:
            layout.addWidget(
                _heading(
                    translate("ImportPreviewDialog", "Skipped ({n_skipped:,})").format(
                        n_skipped=len(preview.skipped)
                    )
                )
            )
            layout.addWidget(_list([str(s) for s in preview.skipped], "skipped"))

    def _schedule_changed(self, text: str) -> None:
        name = self.schedule_name()
        if name is None:
            self.targets.setText(self._targets(self.preview))
        else:
            known = self.schedule.findText(name, Qt.MatchFlag.MatchFixedString) > 0
            self.targets.setText(
                translate("ImportPreviewDialog", "All {sessions:,} sessions go to {name!r}").format(
                    sessions=self.preview.sessions, name=name
                )
                + ("" if known else translate("ImportPreviewDialog", " (a new schedule)"))
                + "."
            )

    def schedule_name(self) -> str | None:
        text = self.schedule.currentText().strip()
        return None if not text or text == translate("ImportDialogs", FROM_FILE) else text

    def set_schedule_name(self, name: str) -> None:
        self.schedule.setCurrentText(name)

    def partial(self) -> bool:
        return bool(self.preview.broken) and self.partial_box.isChecked()


class ImportReportDialog(QDialog):
    """What the import did: counts, schedules, and every skipped component with its reason."""

    def __init__(self, file_name: str, report, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ImportReportDialog", "Import finished"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        text = translate(
            "ImportReportDialog", "{file_name}: {plural} created, {updated:,} updated"
        ).format(
            file_name=file_name, plural=_sessions(report.created), updated=report.updated
        )
        if report.instances:
            text += translate("ImportReportDialog", ", {plural}").format(
                plural=_changed_instances(report.instances)
            )
        text += translate("ImportReportDialog", ", {n_skipped:,} skipped.").format(
            n_skipped=len(report.skipped)
        )
        if report.schedules:
            text += translate("ImportReportDialog", "\nInto: ") + ", ".join(
                f"{n} ({c:,})" for n, c in report.schedules.items()
            )
        if report.created_schedules:
            text += translate("ImportReportDialog", "\nNew schedules: ") + ", ".join(
                report.created_schedules
            )
        if report.change is not None:
            text += translate("ImportReportDialog", "\nEdit > Undo removes what this import added.")
        summary = QLabel(text)
        summary.setObjectName("summary")
        summary.setWordWrap(True)
        summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(summary)
        self.skipped = _list([str(s) for s in report.skipped], "skipped")
        if report.skipped:
            layout.addWidget(_heading(translate("ImportReportDialog", "Skipped components")))
            layout.addWidget(self.skipped)
        if report.warnings:
            layout.addWidget(_heading(translate("ImportReportDialog", "Not represented")))
            layout.addWidget(_list(list(report.warnings), "warnings"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setDefault(True)
        ok.setFocus()
