"""Desktop notifications through the freedesktop notification service
(``org.freedesktop.Notifications`` on the session bus), with Open and Snooze buttons.

Spoken with jeepney, not QtDBus: from Python, QtDBus cannot send the unsigned
``replaces_id`` that ``Notify(susssasa{sv}i)`` takes (a Python int goes out as a signed or a
16-bit integer, and the service refuses the call), and ``ActionInvoked`` goes back to the
connection that sent ``Notify``, so one library must do both (docs/decisions.md, Reminders).

All D-Bus work happens on one thread of its own, so a slow or hung service never holds the
window: ``show`` queues a request; the thread connects on first use, checks that a service is
there, sends, and reads the service's signals from the same queue. What it learns comes back
to the UI thread as Qt signals: ``opened(key)``, ``snoozed(key, minutes)``, and
``unavailable(key)`` for a reminder it could not show (the caller shows it another way).
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
import time
from html import escape

from PySide6.QtCore import QObject, Signal

from sessions_desktop.names import APP_ID, APP_NAME
from sessions_desktop.ui.common.i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger("sessions_desktop")
SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
RETRY_AFTER = 300.0    # seconds before trying a missing service again
TIMEOUT = 5.0          # seconds for one call; the thread, not the window, waits
OPEN = "open"
SNOOZE = "snooze-"
_STOP = object()


def _jeepney():
    """jeepney is a Linux dependency; elsewhere there is no such service to talk to."""
    try:
        from jeepney import DBusAddress, MatchRule, message_bus, new_method_call
        from jeepney.io.threading import DBusRouter, open_dbus_connection
    except ImportError:
        return None

    def open_router(bus: str):
        return DBusRouter(open_dbus_connection(bus))
    return DBusAddress, MatchRule, message_bus, new_method_call, open_router


def actions_for(snoozes: list[int]) -> list[str]:
    """The Notify action list: key, label pairs. "default" is a click on the bubble."""
    actions = ["default", translate("Freedesktop", "Open"), OPEN, translate("Freedesktop", "Open")]
    for minutes in snoozes:
        actions += [f"{SNOOZE}{minutes}", translate("Freedesktop", SNOOZE_LABEL).format(n=minutes)]
    return actions


SNOOZE_LABEL = QT_TRANSLATE_NOOP("Freedesktop", "Snooze {n} min")


class FreedesktopNotifier(QObject):
    opened = Signal(str)
    snoozed = Signal(str, int)
    unavailable = Signal(str)
    shown = Signal(str, int)          # key, the service's notification id
    _event = Signal(str, object)      # from the D-Bus thread to the UI thread

    def __init__(self, bus: str = "SESSION", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.server: str | None = None        # the service's name, once connected
        self.failure: str | None = None
        self._inbox: queue.Queue = queue.Queue()
        self._thread: threading.Thread | None = None
        self._failed_at = 0.0
        self._ids: dict[int, str] = {}          # notification id -> reminder key (thread only)
        self._event.connect(self._on_event)

    # -- UI thread -----------------------------------------------------------------------
    def show(self, key: str, title: str, body: str, snoozes: list[int]) -> None:
        if self.failure is not None and time.monotonic() - self._failed_at > RETRY_AFTER:
            self.failure, self._thread = None, None      # a service may have started since
        if self.failure is not None:
            self.unavailable.emit(key)
            return
        self._inbox.put(("notify", key, title, body, list(snoozes)))
        if self.failure is not None:     # the thread gave up while this was put in
            self._drain()
        else:
            self.start()

    def start(self) -> None:
        """Connect now (on the D-Bus thread), so the first reminder does not wait for it and
        ``failure`` soon says whether there is a service at all."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="notifications",
                                            daemon=True)
            self._thread.start()

    def close(self) -> None:
        if self._thread is not None:
            self._inbox.put(_STOP)
            self._thread.join(TIMEOUT + 1)
            self._thread = None

    def _on_event(self, kind: str, data: object) -> None:
        if kind == "opened":
            self.opened.emit(data)
        elif kind == "snoozed":
            key, minutes = data  # type: ignore[misc]
            self.snoozed.emit(key, minutes)
        elif kind == "shown":
            key, number = data  # type: ignore[misc]
            self.shown.emit(key, number)
        elif kind == "unavailable":
            self.unavailable.emit(data)

    # -- the D-Bus thread ----------------------------------------------------------------
    def _run(self) -> None:
        router = None
        try:
            router, markup = self._connect()
            self._serve(router, markup)
        except Exception as exc:   # no bus, no service, a broken reply: say so, fall back
            self._failed_at = time.monotonic()
            self.failure = str(exc) or type(exc).__name__
            log.info("desktop notifications unavailable: %s", self.failure)
            self._drain()
        finally:
            if router is not None:
                router.close()

    def _connect(self):
        parts = _jeepney()
        if parts is None:
            raise RuntimeError("no D-Bus library (jeepney) on this system")
        address_type, match_rule, message_bus, new_method_call, open_router = parts
        router = open_router(self.bus)
        try:
            owner = router.send_and_get_reply(message_bus.NameHasOwner(SERVICE),
                                              timeout=TIMEOUT).body[0]
            if not owner:
                names = router.send_and_get_reply(message_bus.ListActivatableNames(),
                                                  timeout=TIMEOUT).body[0]
                if SERVICE not in names:
                    raise RuntimeError("no notification service on the session bus")
            self._address = address_type(PATH, bus_name=SERVICE, interface=SERVICE)
            self._call = new_method_call
            rule = match_rule(type="signal", interface=SERVICE, path=PATH)
            router.send_and_get_reply(message_bus.AddMatch(rule), timeout=TIMEOUT)
            router.filter(rule, queue=self._inbox)
            info = self._ask(router, "GetServerInformation")
            caps = self._ask(router, "GetCapabilities")[0]
        except Exception:
            router.close()
            raise
        self.server = str(info[0])
        log.info("desktop notifications through %s %s", info[0], info[2])
        return router, "body-markup" in caps

    def _ask(self, router, method: str, signature: str | None = None, body: tuple = ()):
        message = self._call(self._address, method, signature, body)
        reply = router.send_and_get_reply(message, timeout=TIMEOUT)
        if reply.header.message_type.name == "error":
            raise RuntimeError(f"{method}: {reply.body[0] if reply.body else 'refused'}")
        return reply.body

    def _serve(self, router, markup: bool) -> None:
        while True:
            item = self._inbox.get()
            if item is _STOP:
                return
            if isinstance(item, tuple):
                self._notify(router, markup, *item[1:])
            else:
                self._signal(router, item)

    def _notify(self, router, markup: bool, key: str, title: str, body: str,
                snoozes: list[int]) -> None:
        text = escape(body, quote=False) if markup else body
        hints = {"desktop-entry": ("s", APP_ID), "urgency": ("y", 1)}
        try:
            number = self._ask(router, "Notify", "susssasa{sv}i",
                               (APP_NAME, 0, APP_ID, title, text, actions_for(snoozes),
                                hints, 0))[0]
        except Exception as exc:
            log.warning("a reminder could not be shown as a notification: %s", exc)
            self._event.emit("unavailable", key)
            return
        self._ids[number] = key
        self._event.emit("shown", (key, number))

    def _signal(self, router, message) -> None:
        member = _member(message)
        if member == "ActionInvoked":
            number, action = message.body
            key = self._ids.pop(number, None)
            if key is None:
                return
            with contextlib.suppress(Exception):   # the service may have closed it already
                self._ask(router, "CloseNotification", "u", (number,))
            if action in ("default", OPEN):
                self._event.emit("opened", key)
            elif action.startswith(SNOOZE) and action[len(SNOOZE):].isdigit():
                self._event.emit("snoozed", (key, int(action[len(SNOOZE):])))
        elif member == "NotificationClosed":
            self._ids.pop(message.body[0], None)

    def _drain(self) -> None:
        """Everything still queued could not be shown this way."""
        while True:
            try:
                item = self._inbox.get_nowait()
            except queue.Empty:
                return
            if isinstance(item, tuple):
                self._event.emit("unavailable", item[1])


def _member(message) -> str | None:
    from jeepney.low_level import HeaderFields

    return message.header.fields.get(HeaderFields.member)
