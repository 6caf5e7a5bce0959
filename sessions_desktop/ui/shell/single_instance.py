"""One window per database: a second launch on the same file hands over to the first.

The first instance listens on a local socket (QLocalServer) named after a hash of the user and
the database's absolute path. A later launch connects, sends ``activate``, waits for ``ok`` and
exits; the first brings its window forward. A stale socket left by a crash is removed and taken
over. When the first instance does not answer, the second says so and does not open the file a
second time.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger("sessions_desktop")
CONNECT_MS = 1000
ANSWER_MS = 5000


def server_name(database: Path) -> str:
    """Per user and per database file; short enough for every platform's socket paths."""
    text = f"{getpass.getuser()}\0{Path(database).expanduser().resolve()}"
    return "sessions-desktop-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


class Handover(Enum):
    FIRST = "first"             # we are the only instance; we now listen
    HANDED_OVER = "handed"      # another instance has it and came forward
    NOT_ANSWERING = "silent"    # another instance holds it but did not answer
    NO_SERVER = "no-server"     # we are alone but could not listen (still usable)


class SingleInstance(QObject):
    """``claim()`` once at start; ``activate_requested`` fires when a later launch knocks."""

    activate_requested = Signal()

    def __init__(self, database: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(database)
        self.server: QLocalServer | None = None
        self.problem = ""

    def claim(self) -> Handover:
        answer = self._knock()
        if answer is not None:
            return answer
        return self._listen()

    def _knock(self) -> Handover | None:
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_MS):
            return None          # nobody listens (or a stale socket file): we are first
        socket.write(b"activate\n")
        socket.waitForBytesWritten(CONNECT_MS)   # False when flushed already: not an error
        answered = socket.bytesAvailable() > 0 or socket.waitForReadyRead(ANSWER_MS)
        reply = bytes(socket.readAll().data()).strip() if answered else b""
        socket.disconnectFromServer()
        if reply == b"ok":
            return Handover.HANDED_OVER
        self.problem = ("Sessions Desktop already has this database open, but that window "
                        "did not answer. It may be busy or stuck; close it (or end it in your "
                        "task manager) and start again.")
        return Handover.NOT_ANSWERING

    def _listen(self) -> Handover:
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            QLocalServer.removeServer(self.name)   # a socket file left behind by a crash
            if not server.listen(self.name):
                self.problem = (f"could not listen on {self.name}: {server.errorString()}; "
                                "a second launch will open a second window")
                log.warning(self.problem)
                return Handover.NO_SERVER
        server.newConnection.connect(self._on_connection)
        self.server = server
        return Handover.FIRST

    def _on_connection(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._on_message(s))
            socket.disconnected.connect(socket.deleteLater)
            self._on_message(socket)   # the line may have arrived before we listened for it

    def _on_message(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        message = bytes(socket.readLine().data()).strip()
        if message == b"activate":
            self.activate_requested.emit()
            socket.write(b"ok\n")
            socket.flush()

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None


def bring_forward(window) -> None:
    """Un-minimise, raise and focus ``window`` (window managers may only flash it)."""
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
