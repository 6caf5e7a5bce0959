"""Move and resize the selected session with the keyboard, as a drag would.

Alt+Up/Down moves it a snap earlier or later (a week in the month), Alt+Left/Right a day;
Alt+Shift+Up/Down makes it end a snap earlier or later (Alt+Shift+Left/Right: a day). Each
press moves a proposal, shown as the drag's ghost in the time grid and said in the status
bar (and to a screen reader); letting go of Alt (or Enter) makes the change through the
drop's own path (``SessionActions.reschedule``: one dialog for the clash, the series scope
and the participants, then one write, one undo step). Escape, or leaving the window, drops
the proposal and writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication

from sessions_desktop.domain.model import Session
from sessions_desktop.domain.time import localize, wall_clock
from sessions_desktop.presentation.keyboard import Arrow, Nudge, nudge
from sessions_desktop.presentation.navigation import ViewKind
from sessions_desktop.ui.common.accessible import announce
from sessions_desktop.ui.common.i18n import QT_TRANSLATE_NOOP, translate
from sessions_desktop.ui.common.texts import span_text

KEYS = (
    (
        Arrow.UP,
        "Up",
        QT_TRANSLATE_NOOP("KeyboardMove", "Move earlier"),
        QT_TRANSLATE_NOOP("KeyboardMove", "End earlier"),
    ),
    (
        Arrow.DOWN,
        "Down",
        QT_TRANSLATE_NOOP("KeyboardMove", "Move later"),
        QT_TRANSLATE_NOOP("KeyboardMove", "End later"),
    ),
    (
        Arrow.LEFT,
        "Left",
        QT_TRANSLATE_NOOP("KeyboardMove", "Move a day earlier"),
        QT_TRANSLATE_NOOP("KeyboardMove", "End a day earlier"),
    ),
    (
        Arrow.RIGHT,
        "Right",
        QT_TRANSLATE_NOOP("KeyboardMove", "Move a day later"),
        QT_TRANSLATE_NOOP("KeyboardMove", "End a day later"),
    ),
)
ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


@dataclass
class Pending:
    """The proposal being moved by the keys, on wall-clock times (dates when all day)."""

    key: str
    base: Session           # the version the keys started from
    all_day: bool
    original: tuple[datetime, datetime]
    start: datetime
    end: datetime
    resized_only: bool = True


class KeyboardMove(QObject):
    def __init__(self, window, controller, actions, views, say: Callable[[str], object]
                 ) -> None:
        super().__init__(window)
        self.window, self.controller, self.actions, self.views = window, controller, actions, \
            views
        self.say = say
        self.snap: Callable[[], int] = lambda: views.week.grid_view.snap_minutes
        self.pending: Pending | None = None
        # What the keys last wrote, until the window's reload shows it: a second move made
        # before then starts from there, not from the stale tile (and its old version).
        self._written: dict[str, Session] = {}
        controller.data_changed.connect(self._written.clear)
        self.menu_actions: list[QAction] = []
        local = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for arrow, key, move_text, resize_text in KEYS:
            for resize, text, keys in ((False, move_text, f"Alt+{key}"),
                                       (True, resize_text, f"Alt+Shift+{key}")):
                action = QAction(translate("KeyboardMove", text), views)
                action.setShortcut(QKeySequence(keys))
                action.setShortcutContext(local)
                action.triggered.connect(
                    lambda _=False, a=arrow, r=resize: self.nudge(Nudge(a, r)))
                views.addAction(action)
                self.menu_actions.append(action)

    # -- the proposal ------------------------------------------------------------------
    def nudge(self, move: Nudge) -> bool:
        """One key press: start a proposal from the selected session or move it on."""
        key = self.controller.selected
        session = self._base(key) if key else None
        if session is None:
            self.say(
                translate("KeyboardMove", "Select a session first (Tab goes through them), then "
                                          "use Alt+arrows."))
            return False
        if self.pending is None or self.pending.key != session.id:
            self.cancel()
            self.pending = self._begin(session)
            QApplication.instance().installEventFilter(self)
        pending = self.pending
        by_week = self.controller.kind is ViewKind.MONTH
        pending.start, pending.end = nudge(pending.start, pending.end, move, self.snap(),
                                           all_day=pending.all_day, by_week=by_week)
        pending.resized_only = pending.resized_only and move.resize
        self._show(session)
        return True

    def _base(self, key: str) -> Session | None:
        shown = self.controller.find(key)
        written = self._written.get(key)
        if written is not None and (shown is None or written.version > shown.version):
            return written
        return shown

    def _begin(self, session: Session) -> Pending:
        if session.all_day:
            start = datetime.combine(session.start.date(), datetime.min.time())
            end = datetime.combine(session.end.date(), datetime.min.time())
        else:
            tz = self.controller.tz
            start, end = wall_clock(session.start, tz), wall_clock(session.end, tz)
        return Pending(session.id, session, session.all_day, (start, end), start, end)

    def _show(self, session: Session) -> None:
        pending = self.pending
        assert pending is not None
        if not pending.all_day:
            self.views.preview(pending.key, pending.start, pending.end)
        when = self._when(pending)
        title = self.actions.title(session)
        text = (translate("KeyboardMove", "Moving “{title}” to {when}. Let go of Alt to save, "
                                          "Escape to cancel.").format(title=title, when=when)
                if not pending.resized_only else
                translate("KeyboardMove", "Changing “{title}” to {when}. Let go of Alt to save, "
                                          "Escape to cancel.").format(title=title, when=when))
        self.say(text)
        announce(self.views, text)

    @staticmethod
    def _when(pending: Pending) -> str:
        return span_text(pending.start, pending.end, all_day=pending.all_day)

    # -- let go, Enter, Escape ---------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.pending is None:
            return False
        kind = event.type()
        if kind == QEvent.Type.KeyRelease and isinstance(event, QKeyEvent) and \
                event.key() == Qt.Key.Key_Alt and not event.isAutoRepeat():
            self.commit()
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Escape:
                self.cancel()
                self.say(translate("KeyboardMove", "Not moved."))
                return True
            if event.key() in ENTER:
                self.commit()
                return True
        elif kind == QEvent.Type.ApplicationDeactivate:
            self.cancel()
        return False

    def commit(self) -> Session | None:
        """Write the proposal through the drop's path; nothing when it is where it was."""
        pending = self.pending
        self.cancel()
        if pending is None or (pending.start, pending.end) == pending.original:
            return None
        label = "Resize session" if pending.resized_only else "Move session"   # keys
        if pending.all_day:
            start: datetime | date = pending.start.date()
            end: datetime | date = pending.end.date()
        else:
            start, end = localize(pending.start, self.controller.tz), \
                localize(pending.end, self.controller.tz)
        result = self.actions.reschedule(pending.key, start, end, label, pending.base)
        if result is not None:
            self._written[result.id] = result
        return result

    def cancel(self) -> None:
        pending, self.pending = self.pending, None
        if pending is not None:
            QApplication.instance().removeEventFilter(self)
            self.views.clear_preview(pending.key)

