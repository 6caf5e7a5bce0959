"""One window per database: a second launch on the same file hands over to the first.

The first instance listens on a local socket (QLocalServer) named after a hash of the user and
the database's absolute path, in a folder only this user can write: ``$XDG_RUNTIME_DIR`` when
it is the user's own 0700 folder, else ``<state folder>/run`` (made 0700). In /tmp another
local user could create the name first and stop every later start. A later launch connects,
sends ``activate``, waits for ``ok`` and exits; the first brings its window forward. A stale
socket left by a crash is removed and taken over; a socket file that belongs to another user
is never knocked on (it could answer "ok" and keep us from starting): it is ignored, noted in
the log, and replaced. When the first instance does not answer, the second says so and does
not open the file a second time. On Windows the name is a named pipe restricted to the user.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import logging
import os
import tempfile
from enum import Enum
from pathlib import Path

from platformdirs import user_state_path
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from sessions_desktop.names import APP_ID
from sessions_desktop.private_files import private_folder
from sessions_desktop.ui.common.i18n import translate

log = logging.getLogger("sessions_desktop")
CONNECT_MS = 1000
ANSWER_MS = 5000


MAX_SOCKET_PATH = 100       # sun_path holds 104-108 bytes


def server_name(database: Path) -> str:
    """Per user and per database file; short enough for every platform's socket paths."""
    text = f"{getpass.getuser()}\0{Path(database).expanduser().resolve()}"
    return "sessions-desktop-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def _own_private_folder(path: Path) -> bool:
    try:
        info = path.stat()
    except OSError:
        return False
    return path.is_dir() and info.st_uid == os.getuid() and not info.st_mode & 0o077


def socket_folder() -> Path | None:
    """Where this user's sockets live (None on Windows: named pipes have no folder)."""
    if os.name != "posix":
        return None
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and _own_private_folder(Path(runtime)):
        return Path(runtime)
    folder = user_state_path(APP_ID, appauthor=False) / "run"
    try:
        private_folder(folder, tighten_existing=True)
    except OSError as exc:
        log.warning("no private folder for the single-instance socket (%s): %s", folder, exc)
    if _own_private_folder(folder) and len(str(folder)) + 40 <= MAX_SOCKET_PATH:
        return folder
    fallback = Path(tempfile.gettempdir()) / f"sessions-desktop-{os.getuid()}"
    with contextlib.suppress(OSError):
        private_folder(fallback)
    return fallback if _own_private_folder(fallback) else None


def socket_address(database: Path) -> str:
    """The full socket path (POSIX) or pipe name (Windows) for ``database``."""
    name = server_name(database)
    folder = socket_folder()
    return str(folder / name) if folder is not None else name


def foreign_owner(address: str) -> int | None:
    """The uid of a socket file at ``address`` that is not ours; None when it is ours or
    absent."""
    if os.name != "posix":
        return None
    try:
        owner = os.lstat(address).st_uid
    except OSError:
        return None
    return None if owner == os.getuid() else owner


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
        self.name = socket_address(database)
        self.server: QLocalServer | None = None
        self.problem = ""

    def claim(self) -> Handover:
        owner = foreign_owner(self.name)
        if owner is not None:
            log.warning("ignoring the socket %s: it belongs to user id %s, not to us; it is "
                        "not asked and is replaced", self.name, owner)
            with contextlib.suppress(OSError):
                os.unlink(self.name)
        else:
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
        self.problem = translate(
            "SingleInstance",
            "Sessions Desktop already has this database open, but that "
            "window did not answer. It may be busy or stuck; close it (or end it in your task "
            "manager) and start again.",
        )
        return Handover.NOT_ANSWERING

    def _listen(self) -> Handover:
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            QLocalServer.removeServer(self.name)   # a socket file left behind by a crash
            if not server.listen(self.name):
                self.problem = translate(
                    "SingleInstance",
                    "could not listen on {name}: {errorString}; a "
                    "second launch will open a second window",
                ).format(name=self.name, errorString=server.errorString())
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
