"""Qt's translation system for the window: ``translate(context, text)`` is
``QCoreApplication.translate``, and importing this module routes the Qt-free layers'
``presentation.i18n.translate`` through it too, so every text the window shows comes from the
installed ``.qm`` catalogue (see ``ui.common.language`` for which one)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sessions_desktop.presentation import i18n as _presentation
from sessions_desktop.presentation.i18n import QT_TRANSLATE_NOOP


def translate(context: str, text: str) -> str:
    """``QCoreApplication.translate``: ``text`` in the installed catalogue's language. Counts
    use two texts ("1 session" / "{n} sessions"; see ``presentation.i18n.translate``)."""
    return QCoreApplication.translate(context, text)


_presentation.use(translate)


__all__ = ["QT_TRANSLATE_NOOP", "translate"]
