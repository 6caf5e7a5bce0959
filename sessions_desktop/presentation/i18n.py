"""The words of the Qt-free layers in the user's language, without importing Qt.

``translate(context, text)`` is the identity until the window installs Qt's translator through
``use`` (``ui.common.i18n`` does, on import). Call it with literal arguments so that
``pyside6-lupdate`` finds the text (it extracts any call named ``translate``); mark texts kept in
module constants with ``QT_TRANSLATE_NOOP`` and translate them where they are shown.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


_current: list[Translator] = [_identity]


def use(translator: Translator | None) -> None:
    """Route ``translate`` through ``translator`` (None: back to English as written)."""
    _current[0] = translator or _identity


def translate(context: str, text: str) -> str:
    return _current[0](context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a constant for extraction; it stays English until passed through ``translate``."""
    return text
