"""Painted items made visible to screen readers through Qt's accessibility interfaces.

The calendar views paint their sessions, slots and day names, so Qt sees one widget and no
children. A view that offers ``accessible_items()`` (a list of ``presentation.describe.
Described``) gets, through ``QAccessible.installFactory``, an interface whose children are
those items, with their names, descriptions, roles, states and screen rects; the item under
keyboard focus is ``focusChild()`` and a focus event goes out when it changes
(``announce_focus``), which is what a screen reader follows.

Child interfaces are kept per item key and registered with Qt's accessibility cache, so an
assistive client can hold on to one; items that left the view are deleted from the cache when
the view calls ``AccessibleItems.forget_missing`` (after a relayout), and all of them when the
widget goes. Nothing here runs unless something asks: without a screen reader or a test, no
item list is ever built.

A view implements:

* ``accessible_items() -> Sequence[Described]`` (rects in ``accessible_origin``'s coordinates)
* ``accessible_focus() -> object | None``: the key of the item with keyboard focus
* ``accessible_map(rect: QRectF) -> QRect``: an item rect to global screen coordinates
* ``accessibleName()`` (Qt's own): what the whole view is called
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QRect, QRectF
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QAccessibleInterface,
)
from PySide6.QtWidgets import QAccessibleWidget, QWidget

from sessions_desktop.presentation.describe import Described, Part

ROLES = {Part.SESSION: QAccessible.Role.ListItem, Part.SLOT: QAccessible.Role.Cell,
         Part.DAY: QAccessible.Role.ColumnHeader, Part.MORE: QAccessible.Role.Button}
_installed: list[bool] = []


def install_factory() -> None:
    """Once per process, before the views are first asked for their interfaces."""
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed.append(True)


def _factory(classname: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, QWidget) and hasattr(obj, "accessible_items") and \
            type(obj).__name__ == classname:
        return ItemsInterface(obj)
    return None


def _items(widget: QWidget) -> Sequence[Described]:
    return widget.accessible_items()  # type: ignore[attr-defined]


class ItemInterface(QAccessibleInterface):
    """One painted item; it looks itself up by key on every question, so it stays right
    while the view relays out, and says it is invalid once its item is gone."""

    def __init__(self, owner: ItemsInterface, key: object) -> None:
        super().__init__()
        self.owner, self.key = owner, key

    def _item(self) -> Described | None:
        return self.owner.item(self.key)

    def isValid(self) -> bool:
        return self._item() is not None and self.owner.isValid()

    def object(self) -> QObject | None:
        return None

    def window(self):
        return self.owner.window()

    def parent(self) -> QAccessibleInterface:
        return self.owner

    def child(self, index: int) -> QAccessibleInterface | None:
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:
        return None

    def focusChild(self) -> QAccessibleInterface | None:
        return None

    def relations(self, match=None) -> list:
        return []

    def role(self) -> QAccessible.Role:
        item = self._item()
        return ROLES[item.part] if item is not None else QAccessible.Role.NoRole

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        item = self._item()
        if item is None:
            state.invalid = True
            return state
        state.focusable = state.selectable = True
        state.selected = item.selected
        state.focused = self.owner.focused_key() == self.key
        if not self.rect().intersects(self.owner.rect()):
            state.offscreen = True
        return state

    def rect(self) -> QRect:
        item = self._item()
        if item is None:
            return QRect()
        return self.owner.widget().accessible_map(QRectF(*item.rect))  # type: ignore

    def text(self, kind: QAccessible.Text) -> str:
        item = self._item()
        if item is None:
            return ""
        if kind == QAccessible.Text.Name:
            return item.name
        if kind == QAccessible.Text.Description:
            return item.description
        return ""

    def setText(self, kind: QAccessible.Text, text: str) -> None:
        return None


class ItemsInterface(QAccessibleWidget):
    """A painting view: its painted items first, then its real child widgets."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget, QAccessible.Role.List)
        self._children: dict[object, ItemInterface] = {}
        self._ids: dict[object, int] = {}
        self._index: tuple[Sequence[Described], dict[object, int]] = ((), {})
        widget.destroyed.connect(self._drop_all)
        widget.accessible_interface = self  # type: ignore[attr-defined]

    # -- the items -----------------------------------------------------------------------
    def items(self) -> Sequence[Described]:
        return _items(self.widget())

    def item(self, key: object) -> Described | None:
        items = self.items()
        index = self._positions(items).get(key)
        return items[index] if index is not None else None

    def _positions(self, items: Sequence[Described]) -> dict[object, int]:
        if self._index[0] is not items:     # the view keeps its list until it relays out
            self._index = (items, {item.key: i for i, item in enumerate(items)})
        return self._index[1]

    def focused_key(self) -> object | None:
        widget = self.widget()
        return widget.accessible_focus() if widget.hasFocus() else None  # type: ignore

    def interface_for(self, key: object) -> ItemInterface:
        child = self._children.get(key)
        if child is None:
            child = self._children[key] = ItemInterface(self, key)
            self._ids[key] = QAccessible.registerAccessibleInterface(child)
        return child

    def forget_missing(self) -> None:
        """Items that left the view: out of Qt's cache, so nobody talks to a stale one."""
        if not self._children:
            return
        present = self._positions(self.items())
        for key in [k for k in self._children if k not in present]:
            self._forget(key)

    def _drop_all(self) -> None:
        for key in list(self._children):
            self._forget(key)

    def _forget(self, key: object) -> None:
        """Out of Qt's cache first (it deletes the interface), then out of the dict: the
        other way round Python would delete it while the cache still points at it."""
        QAccessible.deleteAccessibleInterface(self._ids.pop(key))
        self._children.pop(key)

    # -- QAccessibleInterface --------------------------------------------------------------
    def text(self, kind: QAccessible.Text) -> str:
        widget = self.widget()
        if kind == QAccessible.Text.Name and widget.accessibleName():
            return widget.accessibleName()
        if kind == QAccessible.Text.Description and widget.accessibleDescription():
            return widget.accessibleDescription()
        return super().text(kind)

    def childCount(self) -> int:
        return len(self.items()) + super().childCount()

    def child(self, index: int) -> QAccessibleInterface | None:
        items = self.items()
        if 0 <= index < len(items):
            return self.interface_for(items[index].key)
        return super().child(index - len(items)) if index >= len(items) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        if isinstance(child, ItemInterface):
            return self._positions(self.items()).get(child.key, -1)
        native = super().indexOfChild(child)
        return native + len(self.items()) if native >= 0 else -1

    def focusChild(self) -> QAccessibleInterface | None:
        key = self.focused_key()
        if key is not None and self.item(key) is not None:
            return self.interface_for(key)
        return super().focusChild()

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:
        widget = self.widget()
        for item in reversed(self.items()):
            if widget.accessible_map(QRectF(*item.rect)).contains(x, y):  # type: ignore
                return self.interface_for(item.key)
        return super().childAt(x, y)


def interface_of(widget: QWidget) -> ItemsInterface | None:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface if isinstance(iface, ItemsInterface) else None


def announce_focus(widget: QWidget) -> None:
    """Tell assistive technology that keyboard focus moved to another painted item."""
    if not QAccessible.isActive() or not widget.hasFocus():
        return
    iface = interface_of(widget)
    key = widget.accessible_focus()  # type: ignore[attr-defined]
    if iface is None or key is None:
        return
    index = iface._positions(iface.items()).get(key)
    if index is None:
        return
    event = QAccessibleEvent(widget, QAccessible.Event.Focus)
    event.setChild(index)
    QAccessible.updateAccessibility(event)


def announce(widget: QWidget, message: str) -> None:
    """A polite spoken message (a move in progress, a change made) for screen readers."""
    if QAccessible.isActive() and message:
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, message))


def forget_missing(widget: QWidget) -> None:
    """After a relayout: drop interfaces of items that are gone (only if any were made)."""
    iface = getattr(widget, "accessible_interface", None)
    if iface is not None:
        iface.forget_missing()


class DescribedItems:
    """What a painted view says to screen readers, made when first asked after a layout and
    again when ``described_for()`` changes (the chosen session: the items say which one is
    selected). A view gives ``describe()``; its layout calls ``relaid_access()``."""

    _access: tuple[object, list[Described]] | None = None

    def describe(self) -> list[Described]:
        raise NotImplementedError

    def described_for(self) -> object:
        return None

    def accessible_items(self) -> list[Described]:
        key = self.described_for()
        if self._access is None or self._access[0] != key:
            self._access = (key, self.describe())
        return self._access[1]

    def invalidate_access(self) -> None:
        self._access = None

    def relaid_access(self) -> None:
        self._access = None
        forget_missing(self)  # type: ignore[arg-type]


class TabsThroughSessions:
    """Tab and Shift+Tab select the next or previous session of a painted view in time
    order (mixed into views without a slot cursor); past the last one focus moves on, so
    the view is never a keyboard trap. A view gives ``tab_order()`` ((key, start) pairs),
    ``chosen_key`` and the ``selected`` signal."""

    chosen_key: str | None

    def tab_order(self) -> list:
        raise NotImplementedError

    def focusNextPrevChild(self, forward: bool) -> bool:
        from sessions_desktop.presentation.keyboard import tab_target

        if self.hasFocus():  # type: ignore[attr-defined]
            key = tab_target(sorted(self.tab_order(), key=lambda p: (p[1], p[0])),
                             self.chosen_key, None, forward)
            if key is not None:
                self.selected.emit(key)  # type: ignore[attr-defined]
                return True
        return super().focusNextPrevChild(forward)  # type: ignore[misc]

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)  # type: ignore[misc]
        announce_focus(self)  # type: ignore[arg-type]
