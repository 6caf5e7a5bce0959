"""The welcome state of an empty calendar: three ways to start, laid over the calendar area.

It only emits what the person chose; ``ui/desktop.py`` decides what each choice does (and
whether the schedules and import dialogs exist yet).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from sessions_desktop.ui.common.i18n import QT_TRANSLATE_NOOP, translate

CHOICES = (
    (
        "create",
        QT_TRANSLATE_NOOP("Welcome", "Create your first schedule"),
        QT_TRANSLATE_NOOP(
            "Welcome", "A service, a class, a staff member or a room: then add sessions to it."
        ),
    ),
    (
        "sample",
        QT_TRANSLATE_NOOP("Welcome", "Load a sample business"),
        QT_TRANSLATE_NOOP(
            "Welcome",
            "A small studio with staff, rooms, classes and appointments to try things out.",
        ),
    ),
    (
        "import",
        QT_TRANSLATE_NOOP("Welcome", "Import .ics"),
        QT_TRANSLATE_NOOP(
            "Welcome", "Bring sessions over from Google Calendar, Outlook or another calendar."
        ),
    ),
)


class WelcomePanel(QWidget):
    create_schedule = Signal()
    load_sample = Signal()
    import_ics = Signal()

    def __init__(self, cover: QWidget) -> None:
        super().__init__(cover)
        self.setObjectName("welcome")
        self.cover = cover
        cover.installEventFilter(self)
        card = QFrame(self)
        card.setObjectName("welcomeCard")
        card.setStyleSheet("#welcomeCard { background: palette(base); border-radius: 10px;"
                           " border: 1px solid palette(mid); }"
                           "QPushButton { text-align: left; padding: 10px 14px;"
                           " font-size: 14px; font-weight: 600; }")
        column = QVBoxLayout(card)
        column.setContentsMargins(28, 24, 28, 24)
        column.setSpacing(6)
        title = QLabel(translate("WelcomePanel", "Welcome to Sessions Desktop"))
        title.setStyleSheet("font-size: 20px; font-weight: 700;")
        column.addWidget(title)
        intro = QLabel(
            translate("WelcomePanel", "Your calendar is empty. Start in one of these ways:"))
        intro.setStyleSheet("color: palette(placeholder-text); margin-bottom: 10px;")
        column.addWidget(intro)
        signals = {"create": self.create_schedule, "sample": self.load_sample,
                   "import": self.import_ics}
        self.buttons: dict[str, QPushButton] = {}
        for key, label, text in CHOICES:
            button = QPushButton(translate("Welcome", label))
            button.setObjectName(f"welcome_{key}")
            button.clicked.connect(signals[key])
            note = QLabel(translate("Welcome", text), wordWrap=True)
            note.setStyleSheet("color: palette(placeholder-text); margin: 0 0 10px 4px;")
            column.addWidget(button)
            column.addWidget(note)
            self.buttons[key] = button
        self.card = card
        card.setFixedWidth(460)
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.cover and event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        self.setGeometry(self.cover.rect())
        self.card.adjustSize()
        self.card.move(max(0, (self.width() - self.card.width()) // 2),
                       max(0, (self.height() - self.card.height()) // 3))
        self.raise_()

    def paintEvent(self, event) -> None:
        """Dim the empty grid behind the card."""
        painter = QPainter(self)
        veil = QColor(self.palette().window().color())
        veil.setAlpha(200)
        painter.fillRect(self.rect(), veil)

    def set_shown(self, shown: bool) -> None:
        self.setVisible(shown)
        if shown:
            self._place()
            self.buttons["sample"].setFocus(Qt.FocusReason.OtherFocusReason)
