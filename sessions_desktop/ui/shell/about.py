"""Help > About: version, the database in use, where logs and backups go, and licences."""

from __future__ import annotations

from html import escape

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from sessions_desktop import __version__
from sessions_desktop.ui.common.i18n import QT_TRANSLATE_NOOP, translate
from sessions_desktop.ui.common.icons import app_icon

LICENCES = (
    ("Sessions Desktop", "MIT"),
    (QT_TRANSLATE_NOOP("About", "Qt 6 and PySide6"),
     QT_TRANSLATE_NOOP("About", "LGPL-3.0 (used as shared libraries)")),
    ("peewee", "MIT"),
    ("python-dateutil", QT_TRANSLATE_NOOP("About", "Apache-2.0 or BSD-3-Clause")),
    ("icalendar", "BSD-2-Clause"),
    ("platformdirs", "MIT"),
    ("tzdata", "Apache-2.0"),
)


def about_html(database: str, log_file: str, backups: str) -> str:
    rows = "".join(f"<tr><td>{escape(translate('About', name))}</td>"
                   f"<td>&nbsp;&nbsp;{escape(translate('About', licence))}</td></tr>"
                   for name, licence in LICENCES)
    return translate(
        "About",
        "<h2>Sessions Desktop {escape}</h2><p>A desktop calendar for small "
        "businesses, with the semantics of the Wix Bookings Sessions API, kept in one SQLite file "
        "on this computer.</p><p><b>Database:</b> {escape2}<br><b>Backups:</b> "
        "{escape3}<br><b>Log file:</b> {escape4}</p><p>Qt {escape5}, PySide6 "
        "{escape6}</p><p><b>Licences</b></p><table>{rows}</table>",
    ).format(
        escape=escape(__version__),
        escape2=escape(database),
        escape3=escape(backups),
        escape4=escape(log_file),
        escape5=escape(qVersion()),
        escape6=escape(pyside_version),
        rows=rows,
    )


class AboutDialog(QDialog):
    def __init__(self, database: str, log_file: str, backups: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("AboutDialog", "About Sessions Desktop"))
        self.setObjectName("aboutDialog")
        layout = QVBoxLayout(self)
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(64, 64))
        layout.addWidget(logo, 0, Qt.AlignmentFlag.AlignHCenter)
        self.text = QLabel(about_html(database, log_file, backups), wordWrap=True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setMinimumWidth(460)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
