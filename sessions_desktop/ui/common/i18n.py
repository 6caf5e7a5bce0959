"""Qt's translation system for the window: ``translate(context, text)`` is
``QCoreApplication.translate``, and importing this module routes the Qt-free layers'
``presentation.i18n.translate`` through it too, so every text the window shows comes from the
installed ``.qm`` catalogue (see ``ui.common.language`` for which one)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sessions_desktop.presentation import i18n as _presentation
from sessions_desktop.presentation.i18n import QT_TRANSLATE_NOOP


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate``; ``n`` picks a plural form of a ``%n`` text."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def _qt_translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


_presentation.use(_qt_translate)


__all__ = ["QT_TRANSLATE_NOOP", "translate"]
