"""Tick the staff members and rooms a session takes: a short checkable list.

Reads and writes the session's ``affected_schedules`` (a tuple of ``LinkedSchedule``). The
links it was given keep their order and their BUSY/FREE marking, and newly ticked resources
come after them, so opening and saving a session without touching the list changes nothing.
Archived resources are listed only while a session still names them ("(archived)").
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from sessions_desktop.domain.enums import OwnerKind, ScheduleKind
from sessions_desktop.domain.model import LinkedSchedule, Schedule
from sessions_desktop.ui.common.i18n import translate
from sessions_desktop.ui.common.swatches import swatch_icon

ROLE = Qt.ItemDataRole.UserRole
_KIND_ORDER = {ScheduleKind.STAFF: 0, ScheduleKind.ROOM: 1, ScheduleKind.EQUIPMENT: 2}


class ResourcePicker(QListWidget):
    changed = Signal()

    def __init__(self, schedules: Iterable[Schedule] = (), parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("resources")
        self.schedules = {s.id: s for s in schedules}
        self._given: tuple[LinkedSchedule, ...] = ()
        self._loading = False
        self.itemChanged.connect(self._item_changed)
        self.set_value(())

    def set_schedules(self, schedules: Iterable[Schedule]) -> None:
        self.schedules = {s.id: s for s in schedules}
        self.set_value(self._given)

    def _listed(self, named: set[str]) -> list[Schedule]:
        return sorted((s for s in self.schedules.values()
                       if s.owner_kind is OwnerKind.RESOURCE
                       and (not s.is_archived or s.id in named)),
                      key=lambda s: (_KIND_ORDER.get(s.kind, 3), s.name.casefold()))

    def set_value(self, links: Iterable[LinkedSchedule] | None) -> None:
        self._given = tuple(links or ())
        named = {link.schedule_id for link in self._given}
        self._loading = True
        self.clear()
        for schedule in self._listed(named):
            text = schedule.name + (
                translate("ResourcePicker", " (archived)") if schedule.is_archived else "")
            item = QListWidgetItem(swatch_icon(schedule.colour), text)
            item.setData(ROLE, schedule.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if schedule.id in named
                               else Qt.CheckState.Unchecked)
            self.addItem(item)
        self._loading = False
        rows = max(2, min(6, self.count()))       # as tall as its names, up to six
        row = self.sizeHintForRow(0) if self.count() else 18
        self.setFixedHeight(rows * row + 2 * self.frameWidth() + 2)

    def ticked(self) -> list[str]:
        return [self.item(i).data(ROLE) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]

    def value(self) -> tuple[LinkedSchedule, ...]:
        ticked = self.ticked()
        kept = [link for link in self._given if link.schedule_id in ticked
                or link.schedule_id not in self.schedules]       # links it cannot show stay
        known = {link.schedule_id for link in kept}
        return tuple(kept + [LinkedSchedule(key) for key in ticked if key not in known])

    def set_ticked(self, schedule_id: str, ticked: bool = True) -> None:
        """Tick (or untick) one resource, as a click on its box would."""
        for i in range(self.count()):
            if self.item(i).data(ROLE) == schedule_id:
                self.item(i).setCheckState(Qt.CheckState.Checked if ticked
                                           else Qt.CheckState.Unchecked)

    def _item_changed(self, _item: QListWidgetItem) -> None:
        if not self._loading:
            self.changed.emit()
