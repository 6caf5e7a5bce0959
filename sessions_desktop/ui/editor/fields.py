"""Small composite inputs of the session editor: location, price, tags, external calendar.

Each reads and writes one domain value (``Location``, ``Rate``, tags tuple...), so the editor
can wrap any of them in an ``InheritField`` without knowing its parts.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sessions_desktop.domain.enums import LocationType
from sessions_desktop.domain.model import ExternalCalendarOverrides, Location, Price, Rate
from sessions_desktop.ui.common.i18n import translate


def _line(*widgets: QWidget) -> QHBoxLayout:
    line = QHBoxLayout()
    line.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        line.addWidget(widget)
    return line


class LocationEdit(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox(objectName="locationKind")
        self.kind.addItem(
            translate("LocationEdit", "Business location"), LocationType.OWNER_BUSINESS.value)
        self.kind.addItem(translate("LocationEdit", "Custom address"), LocationType.CUSTOM.value)
        self.address = QLineEdit(
            placeholderText=translate("LocationEdit", "Street, town"), objectName="address"
        )
        self.loaded: Location | None = None
        self.setLayout(_line(self.kind, self.address))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.address.textChanged.connect(self.changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        self.address.setVisible(self.is_custom())
        self.changed.emit()

    def is_custom(self) -> bool:
        return self.kind.currentData() == LocationType.CUSTOM.value

    def value(self) -> Location:
        if self.is_custom():
            text = self.address.text().strip()
            loaded = self.loaded
            if loaded is not None and loaded.location_type is not \
                    LocationType.OWNER_BUSINESS and text == (loaded.text or ""):
                return loaded          # untouched: a structured address stays as it was given
            return Location(LocationType.CUSTOM, address=text)
        return Location(LocationType.OWNER_BUSINESS)

    def set_value(self, location: Location | None) -> None:
        self.loaded = location
        custom = location is not None and location.location_type is not \
            LocationType.OWNER_BUSINESS
        self.kind.setCurrentIndex(1 if custom else 0)
        self.address.setText(location.text or "" if custom and location else "")


class PriceEdit(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = QComboBox(objectName="priceMode")
        self.mode.addItems([translate("PriceEdit", "Amount"), translate("PriceEdit", "Text")])
        self.amount = QLineEdit(placeholderText="20.00", objectName="amount")
        self.currency = QLineEdit(placeholderText="EUR", objectName="currency", maxLength=3)
        self.currency.setFixedWidth(56)
        self.text = QLineEdit(
            placeholderText=translate("PriceEdit", "Pay what you can"), objectName="priceText"
        )
        amount_box = QWidget()
        amount_box.setLayout(_line(self.amount, self.currency))
        self.pages = QStackedWidget()
        self.pages.addWidget(amount_box)
        self.pages.addWidget(self.text)
        self.pages.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setLayout(_line(self.mode, self.pages))
        self.mode.currentIndexChanged.connect(self.pages.setCurrentIndex)
        for signal in (self.mode.currentIndexChanged, self.amount.textChanged,
                       self.currency.textChanged, self.text.textChanged):
            signal.connect(self.changed)

    def value(self) -> Rate | None:
        if self.mode.currentIndex() == 1:
            text = self.text.text().strip()
            return Rate(price_text=text) if text else None
        amount = self.amount.text().strip().replace(",", ".")
        if not amount:
            return None
        return Rate(labeled_price_options=(("general", Price(
            amount, self.currency.text().strip().upper())),))

    def set_value(self, rate: Rate | None) -> None:
        options = rate.options() if rate else {}
        price = options.get("general") or next(iter(options.values()), None)
        self.mode.setCurrentIndex(1 if rate and rate.price_text and not price else 0)
        self.text.setText(rate.price_text or "" if rate else "")
        self.amount.setText(price.amount if price else "")
        self.currency.setText(price.currency if price else "")


class TagsEdit(QLineEdit):
    """Comma-separated tags; the completer offers tags already in use after each comma."""

    def __init__(self, known: list[str], parent: QWidget | None = None) -> None:
        super().__init__(
            parent, placeholderText=translate("TagsEdit", "Comma-separated"), objectName="tags"
        )
        self.known = sorted(set(known), key=str.casefold)
        self.completer_ = QCompleter(self.known, self)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setWidget(self)
        self.completer_.activated.connect(self._insert)
        self.textEdited.connect(self._complete)

    def _complete(self, text: str) -> None:
        prefix = text.split(",")[-1].strip()
        if prefix:
            self.completer_.setCompletionPrefix(prefix)
            self.completer_.complete()

    def _insert(self, tag: str) -> None:
        head = self.text().rsplit(",", 1)[0] if "," in self.text() else ""
        self.setText((head + ", " if head else "") + tag)

    def value(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(t.strip() for t in self.text().split(",") if t.strip()))

    def set_value(self, tags: tuple[str, ...] | None) -> None:
        self.setText(", ".join(tags or ()))


class ExternalEdit(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLineEdit(placeholderText=translate("ExternalEdit", "Title in external "
                                                                         "calendars"),
                               objectName="externalTitle")
        self.description = QPlainTextEdit(objectName="externalDescription")
        self.description.setPlaceholderText(
            translate("ExternalEdit", "Description in external calendars"))
        self.description.setMaximumHeight(60)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.description)
        self.title.textChanged.connect(self.changed)
        self.description.textChanged.connect(self.changed)

    def value(self) -> ExternalCalendarOverrides | None:
        title = self.title.text().strip() or None
        text = self.description.toPlainText().strip() or None
        return ExternalCalendarOverrides(title, text) if title or text else None

    def set_value(self, value: ExternalCalendarOverrides | None) -> None:
        self.title.setText(value.title or "" if value else "")
        self.description.setPlainText(value.description or "" if value else "")
