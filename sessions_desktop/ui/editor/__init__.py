"""The full session editor: dialog, its parts, and the flow from opening to one write.

The names below are read from ``dialog`` when first asked for: importing a part of the
editor (the scope question) does not build the whole dialog's classes at the window's start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sessions_desktop.ui.editor.dialog import (
        EditorInput,
        EditorResult,
        SessionEditor,
        edit_session,
        new_draft,
    )

__all__ = ["EditorInput", "EditorResult", "SessionEditor", "edit_session", "new_draft"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from sessions_desktop.ui.editor import dialog

        return getattr(dialog, name)
    raise AttributeError(name)
