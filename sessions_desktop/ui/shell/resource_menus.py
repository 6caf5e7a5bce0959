"""Staff and rooms in the window's menus: show one schedule alone, the order of the resource
columns, cancelled sessions shown or not, restoring a cancelled session, closing the business.

Built by the main window after its other menus; every choice is remembered in QSettings at
once (``view/only``, ``view/hidden``, ``view/cancelled/<view>``, ``resources/order``), so it
comes back after a restart. Dialogs run through the replaceable ``run`` so tests answer them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale, QObject, QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu

from sessions_desktop.domain.model import Session
from sessions_desktop.presentation.mailto import closure_message, mailto_url, recipients
from sessions_desktop.presentation.navigation import ViewKind
from sessions_desktop.presentation.people import label, people_text, short_name
from sessions_desktop.presentation.resource_columns import resources_in_order
from sessions_desktop.ui.common.i18n import translate
from sessions_desktop.ui.common.menus import EDIT, SCHEDULES, VIEW, find_menu
from sessions_desktop.ui.common.texts import date_pattern, date_text, time_text
from sessions_desktop.ui.resources.columns_dialog import ColumnsDialog
from sessions_desktop.ui.shell.staff_actions import StaffActions
from sessions_desktop.ui.tools.closure_dialog import ClosureDialog, ClosureDraft


def _ids(value) -> list[str]:
    """QSettings gives a list back as a list, one item as a str, none as None."""
    if value in (None, ""):
        return []
    return [str(v) for v in value] if isinstance(value, (list, tuple)) else [str(value)]


class ResourceMenus(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window, self.controller = window, window.controller
        self.settings, self.services = window.settings, window.services
        self.staff = StaffActions(window.actions_, window)
        self.run: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        self.menu: QMenu | None = None      # the last schedule menu shown (tests read it)
        self.show_cancelled = QAction(
            translate("ResourceMenus", "Show cancelled sessions"), window, checkable=True)
        self.show_cancelled.setShortcut("Ctrl+Shift+X")
        self.columns = QAction(translate("ResourceMenus", "Resource columns…"), window)
        self.close_business = QAction(translate("ResourceMenus", "Close the business…"), window)
        self.restore = QAction(translate("ResourceMenus", "Restore session"), window)
        for action in (self.show_cancelled, self.columns, self.close_business, self.restore):
            window.addAction(action)
        self._build_menus()
        self._wire()
        self._restore_choices()

    def _build_menus(self) -> None:
        w = self.window
        view = find_menu(w, VIEW)
        if view is not None:
            view.addSeparator()
            view.addActions([self.show_cancelled, self.columns])
        edit = find_menu(w, EDIT)
        if edit is not None:
            edit.insertAction(w.acts.delete, self.restore)
        schedules = find_menu(w, SCHEDULES)
        if schedules is not None:
            schedules.addAction(self.close_business)

    def _wire(self) -> None:
        w, c, v = self.window, self.controller, self.window.views
        self.show_cancelled.toggled.connect(self._cancelled_toggled)
        self.columns.triggered.connect(self.choose_columns)
        self.close_business.triggered.connect(self.close_the_business)
        self.restore.triggered.connect(lambda: c.selected and self.staff.restore(c.selected))
        c.period_changed.connect(self._view_changed)
        c.selection_changed.connect(self._selection_changed)
        v.create_for_requested.connect(self.staff.create_for)
        v.reassign_requested.connect(self.staff.reassign)
        v.column_menu_requested.connect(self.schedule_menu)
        w.sidebar.schedules.menu_requested.connect(self.schedule_menu)
        w.sidebar.show_all.clicked.connect(lambda: self.set_only(None))
        w.sidebar.schedules.alone_requested.connect(self.toggle_only)
        v.resources.header.column_opened.connect(lambda key: key and self.week_of(key))
        w.sidebar.schedules.visibility_changed.connect(self._remember_hidden)

    # -- remembered choices -----------------------------------------------------------
    def _restore_choices(self) -> None:
        c, s = self.controller, self.settings
        self.window.views.column_order = _ids(s.value("resources/order"))
        hidden = set(_ids(s.value("view/hidden"))) & set(c.schedules)
        if hidden:
            c.set_hidden(hidden)
        for kind in ViewKind:
            saved = s.value(f"view/cancelled/{kind.value}")
            if saved not in (None, ""):
                c.cancelled_shown[kind] = str(saved).lower() in ("true", "1")
        only = s.value("view/only")
        self.set_only(str(only) if only and str(only) in c.schedules else None)
        self._view_changed()

    def _remember_hidden(self, hidden: set[str]) -> None:
        """A tick changed: remembered; and a schedule shown alone gives way to the ticks."""
        self.settings.setValue("view/hidden", sorted(hidden))
        if self.controller.only is not None:
            self.set_only(None)

    def set_only(self, schedule_id: str | None) -> None:
        """Show one schedule alone (or everything again); remembered across restarts."""
        self.controller.set_only(schedule_id)
        self.settings.setValue("view/only", schedule_id or "")
        self.window._schedules_changed()

    def toggle_only(self, schedule_id: str) -> None:
        """One click's worth: a double-click shows this schedule alone, again shows all."""
        self.set_only(None if self.controller.only == schedule_id else schedule_id)

    def _cancelled_toggled(self, shown: bool) -> None:
        self.controller.set_show_cancelled(shown)
        self.settings.setValue(f"view/cancelled/{self.controller.kind.value}", shown)

    def _view_changed(self) -> None:
        self.show_cancelled.blockSignals(True)
        self.show_cancelled.setChecked(self.controller.show_cancelled)
        self.show_cancelled.blockSignals(False)

    def _selection_changed(self) -> None:
        session = self.controller.selected_session()
        self.restore.setEnabled(session is not None and session.is_cancelled)

    # -- menus ------------------------------------------------------------------------
    def schedule_menu(self, schedule_id: str | None, where: QPoint) -> QMenu:
        """A schedule's menu (sidebar, a column's head): show it alone, its week alone."""
        menu = QMenu(self.window)
        schedule = self.controller.schedules.get(schedule_id) if schedule_id else None
        if schedule is not None:
            name = short_name(schedule.name)
            menu.addAction(
                translate("ResourceMenus", "Show only this"), lambda: self.set_only(schedule.id))
            menu.addAction(
                translate("ResourceMenus", "Show {name}'s week").format(name=name),
                lambda: self.week_of(schedule.id),
            )
        if self.controller.only is not None:
            menu.addAction(translate("ResourceMenus", "Show all"), lambda: self.set_only(None))
        if schedule is None or schedule.is_resource:
            menu.addAction(self.columns)
        menu.popup(where)
        self.menu = menu
        return menu

    def week_of(self, schedule_id: str) -> None:
        self.set_only(schedule_id)
        self.controller.set_kind(ViewKind.WEEK)

    def context_actions(self, session: Session | None) -> list[QAction]:
        """The session menu: a cancelled session can be opened or restored, nothing else."""
        a = self.window.acts
        if session is not None and session.is_cancelled:
            self.restore.setEnabled(True)
            return [a.open, self.restore]
        return [a.open, a.duplicate, a.cancel, a.delete]

    # -- dialogs ------------------------------------------------------------------------
    def choose_columns(self) -> ColumnsDialog:
        views = self.window.views
        dialog = ColumnsDialog(resources_in_order(self.controller.schedules.values(),
                                                  views.column_order), self.window)
        if self.run(dialog) == QDialog.DialogCode.Accepted:
            views.column_order = dialog.order()
            self.settings.setValue("resources/order", views.column_order)
            views.render()
        return dialog

    def describe(self, session: Session) -> str:
        tz, schedules = self.controller.tz, self.controller.schedules
        start, end = session.start.astimezone(tz), session.end.astimezone(tz)
        when = (
            translate("ResourceMenus", "all day")
            if session.all_day
            else f"{time_text(start)}–{time_text(end)}"
        )
        people = people_text(session, schedules)
        day = QLocale().toString(QDate(start.year, start.month, start.day), date_pattern())
        return translate("ResourceMenus", "{day}  {when}  {label}").format(
            day=day, when=when, label=label(session, schedules)
        ) + (translate("ResourceMenus", "  ({people})").format(people=people) if people else "")

    def closure_dialog(self) -> ClosureDialog:
        first = max(self.controller.anchor, self.controller.today())
        return ClosureDialog(self.services.closures.hits, self.describe, first, self.window)

    def close_the_business(self):
        """The dialog, then one write (the closure and the cancellations); the result is the
        service's ``Closure`` (what it wrote and cancelled), None when nothing was written."""
        dialog = self.closure_dialog()
        if self.run(dialog) != QDialog.DialogCode.Accepted:
            return None
        draft = dialog.draft()
        done = self.window.ops.run(
            translate("ResourceMenus", "Close the business"),
            lambda: self.services.closures.close_business(
                draft.first, draft.last, draft.reason, draft.cancel
            ),
        )
        if done is not None:
            count = len(done.cancelled)
            self.window.statusBar().showMessage(
                (translate("ResourceMenus", "Closed {first} – {last}; 1 session cancelled")
                 if count == 1 else
                 translate("ResourceMenus", "Closed {first} – {last}; {n} sessions cancelled"))
                .format(first=date_text(draft.first), last=date_text(draft.last), n=count),
                15_000,
            )
            self.offer_closure_mail(done, draft)
        return done

    def offer_closure_mail(self, done, draft: ClosureDraft) -> str | None:
        """One e-mail draft (Bcc) to everyone booked into a cancelled session."""
        notifier = self.window.actions_.notifier
        people = [p for s in done.cancelled for p in (s.participants or ())]
        addresses = recipients(people)
        if not addresses:
            return None
        count = len(addresses)
        if not notifier.ask(
            translate("ResourceMenus", "{n_cancelled} sessions were cancelled. Write to the "
                      "{people}? An e-mail draft opens in your mail program; nothing "
                      "is sent until you send it.").format(
                n_cancelled=len(done.cancelled), people=notifier.people(count))
        ):
            return None
        tz = self.controller.tz
        subject, body = closure_message(
            draft.reason or done.closure.title or translate("ResourceMenus", "Closed"),
            draft.first,
            draft.last,
            [
                (
                    s.title or translate("ResourceMenus", "Session"),
                    s.start.astimezone(tz),
                    s.end.astimezone(tz),
                )
                for s in done.cancelled
            ],
        )
        url = mailto_url(addresses, subject, body)
        notifier.open_url(url)
        return url
