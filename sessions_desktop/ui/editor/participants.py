"""The participants table: name, e-mail, phone, party size, approval; add, edit, remove.

Below it a line says how many places are booked and left, and warns in red when the session is
overbooked (the contract lets remaining capacity go negative; the front desk must see it).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sessions_desktop.domain.enums import ApprovalStatus
from sessions_desktop.domain.model import Participant
from sessions_desktop.presentation.session_form import check_email
from sessions_desktop.ui.common.i18n import QT_TRANSLATE_NOOP, translate

HEADERS = (
    QT_TRANSLATE_NOOP("Participants", "Name"),
    QT_TRANSLATE_NOOP("Participants", "E-mail"),
    QT_TRANSLATE_NOOP("Participants", "Phone"),
    QT_TRANSLATE_NOOP("Participants", "Party"),
    QT_TRANSLATE_NOOP("Participants", "Approval"),
)


class ParticipantDialog(QDialog):
    """One person; OK stays disabled until a name or an address is given and valid."""

    def __init__(self, person: Participant | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ParticipantDialog", "Participant"))
        person = person or Participant()
        self.person = person
        self.name = QLineEdit(person.name, objectName="participantName")
        self.email = QLineEdit(person.email or "", objectName="participantEmail")
        self.phone = QLineEdit(person.phone or "", objectName="participantPhone")
        self.party = QSpinBox(minimum=0, maximum=250, value=person.party_size,
                              objectName="partySize")
        self.approval = QComboBox(objectName="approval")
        for status in ApprovalStatus:
            self.approval.addItem(status.value.title(), status.value)
        self.approval.setCurrentIndex(self.approval.findData(person.approval_status.value))
        self.problem = QLabel(objectName="participantError")
        self.problem.setStyleSheet("color: #c0392b;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        for label, widget in ((
            translate("ParticipantDialog", "Name"), self.name), (
                translate("ParticipantDialog", "E-mail"), self.email),
                              (
                                  translate("ParticipantDialog", "Phone"), self.phone), (
                                      translate("ParticipantDialog", "Party size"), self.party),
                              (translate("ParticipantDialog", "Approval"), self.approval)):
            form.addRow(label, widget)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        self.name.textChanged.connect(self._check)
        self.email.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        message = check_email(self.email.text().strip())
        if not self.name.text().strip() and not self.email.text().strip():
            message = translate("ParticipantDialog", "Give a name or an e-mail address")
        self.problem.setText(message or "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(message is None)

    def value(self) -> Participant:
        return replace(self.person, name=self.name.text().strip(),
                       email=self.email.text().strip() or None,
                       phone=self.phone.text().strip() or None, party_size=self.party.value(),
                       approval_status=ApprovalStatus(self.approval.currentData()),
                       inherited=False)


def ask_participant(parent: QWidget | None, person: Participant | None) -> Participant | None:
    dialog = ParticipantDialog(person, parent)
    return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


class ParticipantsPanel(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people: list[Participant] = []
        self.capacity: int | None = None
        self.ask = lambda person: ask_participant(self, person)   # replaceable in tests
        self.table = QTableWidget(0, len(HEADERS), objectName="participants")
        self.table.setHorizontalHeaderLabels(
            [translate("Participants", h) for h in HEADERS])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.totals = QLabel(objectName="capacityLine")
        buttons = QHBoxLayout()
        for text, slot in ((
            translate("ParticipantsPanel", "Add…"), self.add), (
                translate("ParticipantsPanel", "Edit…"), self.edit), (
                    translate("ParticipantsPanel", "Remove"), self.remove)):
            button = QPushButton(text, objectName=f"participant{text.strip('.…')}")
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.totals)
        column = QVBoxLayout(self)
        column.addWidget(self.table)
        column.addLayout(buttons)

    def load(self, people: tuple[Participant, ...] | None, capacity: int | None) -> None:
        self.people = list(people or ())
        self.capacity = capacity
        self._show()

    def set_capacity(self, capacity: int | None) -> None:
        self.capacity = capacity
        self._show_totals()

    def add(self) -> None:
        person = self.ask(None)
        if person is not None:
            self.people.append(person)
            self._changed()

    def edit(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.people):
            person = self.ask(self.people[row])
            if person is not None:
                self.people[row] = person
                self._changed()

    def remove(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.people):
            del self.people[row]
            self._changed()

    def _changed(self) -> None:
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        self.table.setRowCount(len(self.people))
        for row, p in enumerate(self.people):
            cells = (p.name, p.email or "", p.phone or "", str(p.party_size),
                     p.approval_status.value.title())
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self._show_totals()

    def booked(self) -> int:
        return sum(p.party_size for p in self.people)

    def _show_totals(self) -> None:
        booked = self.booked()
        if self.capacity is None:
            text, colour = (
                translate("ParticipantsPanel", "{booked} booked (no capacity set)").format(
                    booked=booked
                ),
                "",
            )
        elif booked > self.capacity:
            text = translate(
                "ParticipantsPanel", "{booked} booked of {capacity}: overbooked by {value}"
            ).format(booked=booked, capacity=self.capacity, value=booked - self.capacity)
            colour = translate("ParticipantsPanel", "color: #c0392b; font-weight: 600;")
        else:
            text, colour = (
                translate(
                    "ParticipantsPanel", "{booked} booked of {capacity}, {value} left"
                ).format(booked=booked, capacity=self.capacity, value=self.capacity - booked),
                "",
            )
        self.totals.setText(text)
        self.totals.setStyleSheet(colour)

    def emails(self) -> list[str]:
        return [p.email or "" for p in self.people]
