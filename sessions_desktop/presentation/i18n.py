"""The words of the Qt-free layers in the user's language, without importing Qt.

``translate(context, text)`` is the identity until the window installs Qt's translator through
``use`` (``ui.common.i18n`` does, on import). Call it with literal arguments so that
``pyside6-lupdate`` finds the text (it extracts any call named ``translate`` with literal
arguments; give it no other arguments, or it may drop the call); mark texts kept in
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
    """The text in the window's language. A count is said with two literal texts, one for 1
    and one for more ("1 session", "{n} sessions"): lupdate's Python parser marks a "%n"
    text as plural only when the count is a literal number, so Qt's plural forms cannot be
    used from Python (docs/decisions.md)."""
    return _current[0](context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a constant for extraction; it stays English until passed through ``translate``."""
    return text
