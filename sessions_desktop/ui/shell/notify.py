"""Tell participants: after a session with participants moved or was cancelled, offer an e-mail
draft to them. The app sends nothing: the draft opens in the person's mail program through a
mailto: link (``presentation.mailto``), and ``open_url`` is replaceable so tests capture it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from sessions_desktop.domain.model import Session
from sessions_desktop.presentation.mailto import (
    cancelled_message,
    mailto_url,
    moved_message,
    recipients,
)
from sessions_desktop.ui.common.i18n import translate


def _ask(parent: QWidget | None, text: str) -> bool:
    answer = QMessageBox.question(parent, translate("Notify", "Tell participants"), text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.Yes)
    return answer == QMessageBox.StandardButton.Yes


class Notifier:
    def __init__(self, parent: QWidget | None = None) -> None:
        self.ask: Callable[[str], bool] = lambda text: _ask(parent, text)
        self.open_url: Callable[[str], object] = lambda url: QDesktopServices.openUrl(QUrl(url))

    @staticmethod
    def people(count: int) -> str:
        """'1 participant', '3 participants'."""
        return (translate("Notifier", "1 participant") if count == 1
                else translate("Notifier", "{n} participants").format(n=count))

    def _offer(self, session: Session, subject: str, body: str, what: str) -> str | None:
        addresses = recipients(session.participants)
        if not addresses:
            return None
        people = self.people(len(addresses))
        if not self.ask(
            translate(
                "Notifier",
                "“{value}” {what}. Write to the {people}? An e-mail draft opens "
                "in your mail program; nothing is sent until you send it.",
            ).format(
                value=session.title or translate("Notifier", "The session"),
                what=what,
                people=people,
            )
        ):
            return None
        return self._write(addresses, subject, body)

    def _write(self, addresses: list[str], subject: str, body: str) -> str:
        url = mailto_url(addresses, subject, body)
        self.open_url(url)
        return url

    @staticmethod
    def reachable(session: Session) -> int:
        """How many participants have an address to write to (0: nobody to ask about)."""
        return len(recipients(session.participants))

    def offer_moved(self, before: Session, after: Session) -> str | None:
        message = self._moved(before, after)
        return self._offer(before, *message, "moved") if message else None

    def write_moved(self, before: Session, after: Session) -> str | None:
        """The draft for a move already agreed to (asked with the move's other questions)."""
        message = self._moved(before, after)
        addresses = recipients(before.participants)
        return self._write(addresses, *message) if message and addresses else None

    @staticmethod
    def _moved(before: Session, after: Session) -> tuple[str, str] | None:
        if (before.start, before.end) == (after.start, after.end):
            return None
        tz = before.start.tzinfo
        return moved_message(
            before.title or translate("Notifier", "Session"),
            (before.start, before.end.astimezone(tz)),
            (after.start.astimezone(tz), after.end.astimezone(tz)),
        )

    def offer_cancelled(self, before: Session) -> str | None:
        subject, body = cancelled_message(
            before.title or translate("Notifier", "Session"), (before.start, before.end)
        )
        return self._offer(before, subject, body, translate("Notifier", "was cancelled"))

    def write_cancelled(self, before: Session) -> str | None:
        addresses = recipients(before.participants)
        if not addresses:
            return None
        subject, body = cancelled_message(
            before.title or translate("Notifier", "Session"), (before.start, before.end)
        )
        return self._write(addresses, subject, body)
