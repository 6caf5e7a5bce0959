"""File › Print… and File › Export PDF…: what to print, how, and Qt's print preview beside it.

Choices on the left (the view on screen, a day roster or a class list; date and who; colour
or black and white; paper and orientation; and, unticked unless the user ticks it, whether
participants' names and phone numbers go on paper), the live preview on the right, and Print…
(the system's print dialog) or Save PDF… at the bottom. Questions to the user (printer, file
name, errors) go through replaceable callables so tests answer them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from sessions_desktop.errors import SessionsError
from sessions_desktop.presentation.file_names import export_name
from sessions_desktop.ui.common.file_places import FilePlaces
from sessions_desktop.ui.common.i18n import QT_TRANSLATE_NOOP, translate
from sessions_desktop.ui.common.paper import Ink
from sessions_desktop.ui.common.paper_output import PaperOptions, default_page_size, write_pdf
from sessions_desktop.ui.printing.documents import (
    Document,
    class_list_document,
    roster_document,
    view_document,
)

VIEW, ROSTER, CLASS_LIST = "view", "roster", QT_TRANSLATE_NOOP("PrintDialog", "class list")
WHAT = (
    (VIEW, QT_TRANSLATE_NOOP("PrintDialog", "The view on screen")),
    (ROSTER, QT_TRANSLATE_NOOP("PrintDialog", "Day roster (one page per person)")),
    (CLASS_LIST, QT_TRANSLATE_NOOP("PrintDialog", "Class list of the selected session")),
)
PAGE_SIZES = (QPageSize.PageSizeId.A4, QPageSize.PageSizeId.Letter,
              QPageSize.PageSizeId.Legal, QPageSize.PageSizeId.A5, QPageSize.PageSizeId.A3)
EVERYONE = ""


@dataclass
class PrintSource:
    """What the window offers to print: its current view widget and title, the selected
    session (id and title), and the day the calendar is on."""

    view: Callable[[], tuple[QWidget, str, str]]         # widget, period title, view name
    selected: Callable[[], tuple[str, str] | None]
    day: Callable[[], date]


class PrintDialog(QDialog):
    def __init__(self, reports, source: PrintSource, save_first: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reports, self.source = reports, source
        self.setWindowTitle(
            translate("PrintDialog", "Export PDF")
            if save_first
            else translate("PrintDialog", "Print")
        )
        self.resize(1040, 760)
        # replaceable in tests
        self.ask_path: Callable[[str], str | None] = self._ask_path
        self.ask_printer: Callable[[QPrinter], bool] = lambda printer: QPrintDialog(
            printer, self).exec() == QDialog.DialogCode.Accepted
        self.show_error: Callable[[str], None] = lambda text: QMessageBox.warning(
            self, self.windowTitle(), text)
        self.saved: list[Path] = []
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self._build(save_first)
        self._refresh()

    # -- building --------------------------------------------------------------------
    def _build(self, save_first: bool) -> None:
        form = QFormLayout()
        self.what = QComboBox()
        for key, label in WHAT:
            self.what.addItem(translate("PrintDialog", label), key)
        form.addRow(translate("PrintDialog", "Print"), self.what)
        self.day = QDateEdit(calendarPopup=True)
        picked = self.source.day()
        self.day.setDate(QDate(picked.year, picked.month, picked.day))
        form.addRow(translate("PrintDialog", "Day"), self.day)
        self.who = QComboBox()
        self.who.addItem(translate("PrintDialog", "Everyone with bookings that day"), EVERYONE)
        for resource in self.reports.resources():
            self.who.addItem(resource.name, resource.id)
        form.addRow(translate("PrintDialog", "For"), self.who)
        self.session_label = QLabel(wordWrap=True)
        form.addRow(translate("PrintDialog", "Session"), self.session_label)
        self.personal = QCheckBox(
            translate("PrintDialog", "Print participants' names and phone numbers"))
        self.personal_note = QLabel(
            translate("PrintDialog", "Personal information stays off paper unless you tick this."),
            wordWrap=True,
        )
        self.personal_note.setStyleSheet("color: palette(mid);")
        form.addRow(self.personal)
        form.addRow(self.personal_note)
        self.colour, self.grey = QRadioButton(
            translate("PrintDialog", "Colour")), QRadioButton(
                translate("PrintDialog", "Black and white"))
        self.colour.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.colour)
        group.addButton(self.grey)
        row = QHBoxLayout()
        row.addWidget(self.colour)
        row.addWidget(self.grey)
        form.addRow(translate("PrintDialog", "Ink"), row)
        self.page_size = QComboBox()
        default = default_page_size()
        sizes = PAGE_SIZES if default in PAGE_SIZES else (default, *PAGE_SIZES)
        for size in sizes:
            self.page_size.addItem(QPageSize(size).name(), size)
        self.page_size.setCurrentIndex(sizes.index(default))
        form.addRow(translate("PrintDialog", "Paper"), self.page_size)
        self.orientation = QComboBox()
        self.orientation.addItems([
            translate("PrintDialog", "Portrait"), translate("PrintDialog", "Landscape")])
        form.addRow(translate("PrintDialog", "Orientation"), self.orientation)
        self.status = QLabel(wordWrap=True)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.status)
        left.addStretch(1)
        self.print_button = QPushButton(translate("PrintDialog", "Print…"))
        self.pdf_button = QPushButton(translate("PrintDialog", "Save PDF…"))
        close = QPushButton(translate("PrintDialog", "Close"))
        buttons = QHBoxLayout()
        for button in (self.print_button, self.pdf_button, close):
            buttons.addWidget(button)
        left.addLayout(buttons)
        (self.pdf_button if save_first else self.print_button).setDefault(True)
        self.preview = QPrintPreviewWidget(self.printer, self)
        self.preview.paintRequested.connect(self._paint_preview)
        panel = QWidget()
        panel.setLayout(left)
        # wide enough for the checkbox's words in any language (German needs ~390 px)
        panel.setFixedWidth(max(330, self.personal.sizeHint().width() + 24))
        layout = QHBoxLayout(self)
        layout.addWidget(panel)
        layout.addWidget(self.preview, 1)
        self.print_button.clicked.connect(self.print_)
        self.pdf_button.clicked.connect(self.save_pdf)
        close.clicked.connect(self.reject)
        for signal in (self.what.currentIndexChanged, self.who.currentIndexChanged,
                       self.page_size.currentIndexChanged,
                       self.orientation.currentIndexChanged, self.day.dateChanged,
                       self.personal.toggled, self.colour.toggled):
            signal.connect(self._refresh)
        self.what.currentIndexChanged.connect(self._suggest_orientation)
        self._suggest_orientation()

    # -- state -----------------------------------------------------------------------
    @property
    def kind(self) -> str:
        return self.what.currentData()

    def options(self) -> PaperOptions:
        return PaperOptions(self.page_size.currentData(),
                            self.orientation.currentIndex() == 1, self.grey.isChecked())

    def _suggest_orientation(self) -> None:
        """The view is wide: landscape; sheets are lists: portrait."""
        self.orientation.setCurrentIndex(1 if self.kind == VIEW else 0)

    def _refresh(self) -> None:
        kind, selected = self.kind, self.source.selected()
        for widget in (self.day, self.who):
            widget.setEnabled(kind == ROSTER)
        self.personal.setEnabled(kind != VIEW)
        self.personal_note.setEnabled(kind != VIEW)
        self.session_label.setText(selected[1] if selected else
                                   translate("PrintDialog", "Select a session in the calendar to "
                                                            "print its class list."))
        self.session_label.setEnabled(kind == CLASS_LIST)
        ready = kind != CLASS_LIST or selected is not None
        self.print_button.setEnabled(ready)
        self.pdf_button.setEnabled(ready)
        options = self.options()
        self.printer.setPageLayout(options.layout())
        self.printer.setColorMode(QPrinter.ColorMode.GrayScale if options.grayscale
                                  else QPrinter.ColorMode.Color)
        self.status.setText("")
        self.preview.updatePreview()

    def document(self) -> Document | None:
        """What to paint for the current choices (None when there is nothing to print)."""
        include_pi = self.personal.isChecked()
        if self.kind == VIEW:
            return view_document(self.reports, *self.source.view())
        if self.kind == ROSTER:
            who = self.who.currentData()
            day = self.day.date().toPython()
            return roster_document(self.reports, day, [who] if who else None, include_pi)
        selected = self.source.selected()
        if selected is None:
            return None
        return class_list_document(self.reports, selected[0], include_pi)

    def _paint_preview(self, printer: QPrinter) -> None:
        try:
            document = self.document()
        except SessionsError as exc:
            self.status.setText(str(exc))
            return
        painter = QPainter(printer)
        try:
            if document is not None:
                pages = document.paint(printer, painter, Ink(self.options().grayscale))
                self.status.setText(
                    translate("PrintDialog", "1 page") if pages == 1
                     else translate("PrintDialog", "{n} pages").format(n=pages)
                )
        finally:
            painter.end()

    # -- output ----------------------------------------------------------------------
    def print_(self) -> bool:
        if not self.ask_printer(self.printer):
            return False
        self._paint_preview(self.printer)
        return True

    def save_pdf(self) -> Path | None:
        document = self.document()
        if document is None:
            return None
        path = self.ask_path(export_name(self.reports.business_name(),
                                         document.file_name.removesuffix(".pdf"), ".pdf",
                                         self.source.day()))
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            write_pdf(target, document.paint, self.options(), document.title)
        except (OSError, SessionsError) as exc:
            self.show_error(
                translate("PrintDialog", "The PDF was not saved: {exc}").format(exc=exc))
            return None
        self.saved.append(target)
        self.status.setText(translate("PrintDialog", "Saved {target}").format(target=target))
        return target

    def _ask_path(self, suggested: str) -> str | None:
        return FilePlaces.of(self).save_path(
            self, translate("PrintDialog", "Save PDF"), "export", suggested,
            translate("PrintDialog", "PDF files (*.pdf)"))

