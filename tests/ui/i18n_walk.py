"""Helpers for the language tests: the catalogue as data, a translator that marks every text it
translates, and a walk over the texts a person sees in a window and its dialogs."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "translations" / "sessions_desktop_de.ts"
MARK = "⟦"


def catalogue(path: Path = TS) -> list[tuple[str, str, str, str | None]]:
    """(context, source, translation, type) of every message in a .ts file."""
    out = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            out.append((name, message.findtext("source") or "", translation.text or "",
                        translation.get("type")))
    return out


def english_only_texts() -> set[str]:
    """Source texts whose German differs: seen in a German window, they were missed."""
    return {source for _, source, german, _ in catalogue() if german != source}


class MarkingTranslator(QTranslator):
    """Returns every text it is asked for inside ⟦ ⟧: a visible text without the mark never
    went through the translation system."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"{MARK}{source}⟧"

    def isEmpty(self) -> bool:
        return False


def install_marking() -> MarkingTranslator:
    translator = MarkingTranslator(QCoreApplication.instance())
    QCoreApplication.installTranslator(translator)
    return translator


def texts_of(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every text shown by ``root``, its children, menus and actions."""
    found: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        found += _widget_texts(root, widget)
        if isinstance(widget, QMenu):
            found += _action_texts(type(widget).__name__, widget.actions())
        elif not isinstance(widget, QMainWindow):
            found += _action_texts(type(widget).__name__,
                                   [a for a in widget.actions() if a.menu() is not None])
    if isinstance(root, QMainWindow):
        found += _action_texts("menu bar", root.menuBar().actions())
    return [(where, text) for where, text in found if text and str(text).strip()]


def _action_texts(owner: str, items) -> list[tuple[str, str]]:
    found = []
    for action in items:
        if action.isSeparator():
            continue
        found.append((f"{owner} action", action.text()))
        if action.toolTip() != action.text().replace("&", ""):
            found.append((f"{owner} action tooltip", action.toolTip()))
        menu = action.menu()
        if menu is not None:
            found.append((f"{owner} menu", menu.title()))
            found += _action_texts(f"{owner} › {menu.title()}", menu.actions())
    return found


def _widget_texts(root: QWidget, widget: QWidget) -> list[tuple[str, str]]:
    name = type(widget).__name__
    found = [(f"{name} tooltip", widget.toolTip())]
    if widget.isWindow():
        found.append((f"{name} title", widget.windowTitle()))
    if isinstance(widget, QLabel) and widget.isVisibleTo(root):
        found.append((name, widget.text()))
    if isinstance(widget, QAbstractButton):
        found.append((name, widget.text()))
    if isinstance(widget, QGroupBox):
        found.append((name, widget.title()))
    if isinstance(widget, QLineEdit):
        found.append((f"{name} placeholder", widget.placeholderText()))
    if isinstance(widget, QComboBox):
        found += [(f"{name} item", widget.itemText(i)) for i in range(widget.count())]
    if isinstance(widget, QTabWidget):
        found += [(f"{name} tab", widget.tabText(i)) for i in range(widget.count())]
    if isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
        model = widget.model()
        found += [(f"{name} header", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                  for c in range(model.columnCount(QModelIndex()))]
    return found


def words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]{2,}", text)


def locale_words(locale: QLocale) -> set[str]:
    """Month and weekday names the locale itself writes (dates are not the catalogue's)."""
    out: set[str] = set()
    for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat,
                 QLocale.FormatType.NarrowFormat):
        for month in range(1, 13):
            out.update(words(locale.monthName(month, form)))
            out.update(words(locale.standaloneMonthName(month, form)))
        for day in range(1, 8):
            out.update(words(locale.dayName(day, form)))
            out.update(words(locale.standaloneDayName(day, form)))
    out.update(words(locale.amText()) + words(locale.pmText()))
    return out
