"""The full session editor: dialog, its parts, and the flow from opening to one write."""

from sessions_desktop.ui.editor.dialog import (
    EditorInput,
    EditorResult,
    SessionEditor,
    edit_session,
    new_draft,
)

__all__ = ["EditorInput", "EditorResult", "SessionEditor", "edit_session", "new_draft"]
