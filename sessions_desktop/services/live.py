"""Live refresh: what other desks (or the command line) wrote, and whether the server is there.

A ``ChangeFeed`` runs the storage's watcher on a daemon thread. Every change record another
writer left becomes a ``ChangeRecord`` (ids, schedules and the time range touched; no rows, so
it is not undoable here) handed to ``on_changes``; a window publishes them to its views, which
reload only when a change reaches what they show. ``on_status(online, message)`` reports the
server going away and coming back: while it is away the database refuses statements at once
(``mark_unavailable``) and the feed tries to reconnect every ``retry_s`` seconds.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from sessions_desktop.domain.changes import ChangeRecord
from sessions_desktop.domain.time import from_epoch

if TYPE_CHECKING:
    from sessions_desktop.services import Services
    from sessions_desktop.storage.watch import Watcher

log = logging.getLogger("sessions_desktop")
WAIT_S = 0.5
RETRY_S = 1.0


def change_from_payload(payload: str) -> tuple[str, ChangeRecord] | None:
    """(origin, change) from a stored change record; None for one that does not parse."""
    try:
        data = json.loads(payload)
        ids = data.get("i")
        low, high = data.get("s"), data.get("e")
        action = str(data.get("a") or "write")
        if data.get("k") and not action.endswith("schedule"):
            action = f"{action}_schedule"   # what makes a window reload its schedules
        change = ChangeRecord(
            action=action, ids=tuple(ids or ()),
            start=from_epoch(int(low)) if low is not None else None,
            end=from_epoch(int(high)) if high is not None else None,
            schedule_ids=tuple(data.get("c") or ()))
        return str(data.get("o") or ""), change
    except (ValueError, TypeError, AttributeError):
        return None


class ChangeFeed:
    def __init__(self, services: Services, on_changes: Callable[[list[ChangeRecord]], None],
                 on_status: Callable[[bool, str], None] | None = None,
                 retry_s: float = RETRY_S) -> None:
        self._database = services.database
        self._services = services
        self._origin = services.ctx.repo.origin
        self._on_changes = on_changes
        self._on_status = on_status or (lambda online, message: None)
        self._retry_s = retry_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.online = True

    def start(self) -> ChangeFeed:
        watcher = self._services.change_watcher()
        if watcher is not None:
            self._thread = threading.Thread(target=self._run, args=(watcher,),
                                            name="change-feed", daemon=True)
            self._thread.start()
        return self

    def _run(self, watcher: Watcher) -> None:
        try:
            while not self._stop.is_set():
                try:
                    payloads = watcher.wait(WAIT_S)
                except watcher.lost as exc:
                    self._went_away(str(exc))
                    self._reconnect(watcher)
                    continue
                self._deliver(payloads)
        finally:
            watcher.close()

    def _deliver(self, payloads: list[str]) -> None:
        changes = []
        for payload in payloads:
            parsed = change_from_payload(payload)
            if parsed is not None and parsed[0] != self._origin:
                changes.append(parsed[1])
        if changes:
            self._on_changes(changes)

    def _went_away(self, reason: str) -> None:
        if not self.online:
            return
        self.online = False
        message = f"cannot reach the database server ({reason})"
        log.warning("%s: %s", getattr(self._database, "shown", "database"), message)
        mark = getattr(self._database, "mark_unavailable", None)
        if mark is not None:
            mark(message)
        self._on_status(False, message)

    def _reconnect(self, watcher: Watcher) -> None:
        while not self._stop.wait(self._retry_s):
            try:
                watcher.reconnect()
            except watcher.lost:
                continue
            self.online = True
            mark = getattr(self._database, "mark_available", None)
            if mark is not None:
                mark()
            log.info("%s: connected again", getattr(self._database, "shown", "database"))
            self._on_status(True, "connected again")
            return

    def publish(self, changes: list[ChangeRecord]) -> None:
        """Hand changes to the services' listeners (call it on the thread they live on)."""
        for change in changes:
            self._services.ctx.publish(change)

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
