"""The last way to show a reminder: a small window of the app's own, used where there is
neither a notification service nor a system tray, so a reminder is never dropped silently."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from sessions_desktop.ui.common.i18n import QT_TRANSLATE_NOOP, translate

SNOOZE_BUTTON = QT_TRANSLATE_NOOP("Popup", "Snooze {n} min")


class ReminderPopup(QDialog):
    opened = Signal(str)
    snoozed = Signal(str, int)

    def __init__(self, key: str, title: str, body: str, snoozes: list[int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.key = key
        self.setWindowTitle(translate("ReminderPopup", "Reminder"))
        self.setObjectName("reminderPopup")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        heading = QLabel(title, objectName="reminderTitle", wordWrap=True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setStyleSheet("font-weight: 600; font-size: 120%;")
        text = QLabel(body, objectName="reminderBody", wordWrap=True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        self.open_button = QPushButton(
            translate("ReminderPopup", "Open"), objectName="reminderOpen")
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(lambda: self._done(self.opened.emit, key))
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        self.snooze_buttons: dict[int, QPushButton] = {}
        for minutes in snoozes:
            button = QPushButton(translate("Popup", SNOOZE_BUTTON).format(n=minutes))
            button.clicked.connect(lambda _=False, m=minutes: self._done(self.snoozed.emit,
                                                                         key, m))
            self.snooze_buttons[minutes] = button
            buttons.addWidget(button)
        dismiss = QPushButton(translate("ReminderPopup", "Dismiss"), objectName="reminderDismiss")
        dismiss.clicked.connect(self.close)
        buttons.addStretch(1)
        buttons.addWidget(dismiss)
        column = QVBoxLayout(self)
        column.addWidget(heading)
        column.addWidget(text)
        column.addLayout(buttons)
        self.setMinimumWidth(360)

    def _done(self, emit, *args) -> None:
        self.close()
        emit(*args)
