"""A field that may show its schedule's (or series') value instead of its own.

Inherited, the value is shown greyed with an "Override" button; overriding enables the field;
"Reset" puts the inherited value back and makes the field inherit again (the patch then says
INHERIT, so the session follows later changes to its schedule).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from sessions_desktop.domain.model import INHERIT
from sessions_desktop.ui.common.i18n import QT_TRANSLATE_NOOP, translate

# where an inherited value comes from, as {source} in the texts below
SOURCES = (
    QT_TRANSLATE_NOOP("InheritField", "series"),
    QT_TRANSLATE_NOOP("InheritField", "schedule"),
)


class InheritField(QWidget):
    changed = Signal()

    def __init__(self, inner: QWidget, getter: Callable[[], Any], setter: Callable[[Any], None],
                 source: str = "schedule", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.inner, self.getter, self.setter, self.source = inner, getter, setter, source
        self.inherited_value: Any = None
        self.overridden = False
        self.was_overridden = False
        self.button = QPushButton(objectName="inheritButton")
        widest = max(self.button.fontMetrics().horizontalAdvance(text) for text in
                     (translate("InheritField", "Reset"), translate("InheritField", "Override")))
        self.button.setFixedWidth(max(84, widest + 24))    # both words fit, in any language
        self.button.clicked.connect(self.toggle)
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(inner, 1)
        line.addWidget(self.button)

    def load(self, own: Any, inherited: Any, overridden: bool) -> None:
        self.inherited_value, self.overridden = inherited, overridden
        self.was_overridden = overridden
        self.setter(own if overridden else inherited)
        self._show()

    def set_inherited(self, inherited: Any) -> None:
        """The schedule changed: show its value unless this field has its own."""
        self.inherited_value = inherited
        if not self.overridden:
            self.setter(inherited)
        self._show()

    def toggle(self) -> None:
        self.overridden = not self.overridden
        if not self.overridden:
            self.setter(self.inherited_value)
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        self.inner.setEnabled(self.overridden)
        self.button.setText(
            translate("InheritField", "Reset")
            if self.overridden
            else translate("InheritField", "Override")
        )
        self.button.setToolTip(
            translate("InheritField", "Use the {source}'s value again").format(
                source=translate("InheritField", self.source))
            if self.overridden
            else translate(
                "InheritField", "Inherited from the {source}; click to set this session's own value"
            ).format(
                source=translate("InheritField", self.source))
        )

    def value(self) -> Any:
        """INHERIT while inheriting, else the field's value."""
        return self.getter() if self.overridden else INHERIT

    def patch_value(self, original: Any) -> Any:
        """What a patch must say for this field, or ``...`` when it is unchanged."""
        if not self.overridden:
            return INHERIT if self.was_overridden else ...
        value = self.getter()
        return value if (value != original or not self.was_overridden) else ...
