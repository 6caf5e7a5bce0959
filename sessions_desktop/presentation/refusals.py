"""A refused change told in the person's words: what did not happen, why, what to do next,
and the details to copy into a message to whoever helps them.

The service speaks the contract (``end: must be after start``, ``CONFLICT``); the window
shows the editor's field labels (``presentation.form_errors.FORM_FIELDS``) and one sentence
per situation, and keeps the contract's words for the details.
"""

from __future__ import annotations

from dataclasses import dataclass

from sessions_desktop.errors import (
    ConflictError,
    FailedPreconditionError,
    NotFoundError,
    SessionsError,
    StorageError,
    ValidationError,
)
from sessions_desktop.presentation.form_errors import FORM_FIELDS
from sessions_desktop.presentation.i18n import QT_TRANSLATE_NOOP, translate

WHAT = {  # keys: the gestures' names, translated in this context to match the window's
    "New session": QT_TRANSLATE_NOOP("Refusals", "The session was not created."),
    "Move session": QT_TRANSLATE_NOOP("Refusals", "The session was not moved."),
    "Resize session": QT_TRANSLATE_NOOP("Refusals", "The session's length was not changed."),
    "Edit session": QT_TRANSLATE_NOOP("Refusals", "Your changes were not saved."),
    "Delete session": QT_TRANSLATE_NOOP("Refusals", "The session was not deleted."),
    "Cancel session": QT_TRANSLATE_NOOP("Refusals", "The session was not cancelled."),
    "Restore session": QT_TRANSLATE_NOOP("Refusals", "The session was not restored."),
    "Duplicate session": QT_TRANSLATE_NOOP("Refusals", "The copy was not made."),
    "Paste session": QT_TRANSLATE_NOOP("Refusals", "The session was not pasted."),
    "Cut session": QT_TRANSLATE_NOOP("Refusals", "The session was not cut."),
    "Open session": QT_TRANSLATE_NOOP("Refusals", "The session could not be opened."),
    "Import": QT_TRANSLATE_NOOP("Refusals", "Nothing was imported."),
    "Export": QT_TRANSLATE_NOOP("Refusals", "No file was written."),
    "Check staff and rooms": QT_TRANSLATE_NOOP(
        "Refusals", "Staff and rooms could not be checked, so nothing was saved."
    ),
}
# the gestures' names as the window shows them (the keys of WHAT, for the catalogue)
GESTURE_NAMES = (
    QT_TRANSLATE_NOOP("Refusals", "New session"),
    QT_TRANSLATE_NOOP("Refusals", "Move session"),
    QT_TRANSLATE_NOOP("Refusals", "Resize session"),
    QT_TRANSLATE_NOOP("Refusals", "Edit session"),
    QT_TRANSLATE_NOOP("Refusals", "Delete session"),
    QT_TRANSLATE_NOOP("Refusals", "Cancel session"),
    QT_TRANSLATE_NOOP("Refusals", "Restore session"),
    QT_TRANSLATE_NOOP("Refusals", "Duplicate session"),
    QT_TRANSLATE_NOOP("Refusals", "Paste session"),
    QT_TRANSLATE_NOOP("Refusals", "Cut session"),
    QT_TRANSLATE_NOOP("Refusals", "Open session"),
    QT_TRANSLATE_NOOP("Refusals", "Import"),
    QT_TRANSLATE_NOOP("Refusals", "Export"),
    QT_TRANSLATE_NOOP("Refusals", "Check staff and rooms"),
)
PREFIXES = (
    (
        QT_TRANSLATE_NOOP("Refusals", "Import "),
        QT_TRANSLATE_NOOP("Refusals", "Nothing was imported from {rest}."),
    ),
    (
        QT_TRANSLATE_NOOP("Refusals", "Give to "),
        QT_TRANSLATE_NOOP("Refusals", "The session was not given to {rest}."),
    ),
    (
        QT_TRANSLATE_NOOP("Refusals", "Take off "),
        QT_TRANSLATE_NOOP("Refusals", "The session was not taken off {rest}."),
    ),
)

NEXT = {
    ValidationError: QT_TRANSLATE_NOOP("Refusals", "Change what is named above and try again."),
    ConflictError: QT_TRANSLATE_NOOP(
        "Refusals",
        "Someone changed this session at another desk after your window showed "
        "it. Reload to see their change, then make yours again.",
    ),
    NotFoundError: QT_TRANSLATE_NOOP(
        "Refusals", "It was deleted elsewhere or undone. Nothing else was changed."
    ),
    FailedPreconditionError: QT_TRANSLATE_NOOP("Refusals", "Nothing was changed."),
    StorageError: QT_TRANSLATE_NOOP(
        "Refusals",
        "Nothing was saved. Check the disk and the database file (Help › About "
        "shows where it is), then try again.",
    ),
}


@dataclass(frozen=True, slots=True)
class Refusal:
    what: str            # 'The session was not moved.'
    why: tuple[str, ...]  # 'Ends: must be after the start.'
    next_step: str       # 'Change what is named above and try again.'
    details: str         # for copying: the gesture, the code, the contract's own words


def what_failed(label: str) -> str:
    """``label`` is the gesture's name as the window shows it (translated or English)."""
    for key, text in WHAT.items():
        if label in (key, translate("Refusals", key)):
            return translate("Refusals", text)
    for english, text in PREFIXES:
        for prefix in (english, translate("Refusals", english)):
            if label.startswith(prefix):
                return translate("Refusals", text).format(rest=label[len(prefix):])
    return translate("Refusals", "“{label}” was not done.").format(label=label)


def refusal(label: str, error: SessionsError) -> Refusal:
    if isinstance(error, ValidationError):
        why = tuple(_violation(v.field, v.description) for v in error.violations)
    else:
        why = (_sentence(error.message),) if error.message.strip() else ()
    next_step = next(
        (translate("Refusals", text) for kind, text in NEXT.items() if isinstance(error, kind)),
        translate(
            "Refusals",
            "Nothing was changed. If it happens again, copy the "
            "details below into a message to whoever helps you with the calendar.",
        ),
    )
    details = "\n".join([f"Action: {label}", f"Code: {error.code}",
                         f"Message: {error.message}",
                         *(f"Field {v.field}: {v.description}"
                           for v in getattr(error, "violations", ()))])
    return Refusal(what_failed(label), why, next_step, details)


def _violation(field: str, description: str) -> str:
    label = translate("FormErrors", FORM_FIELDS.get(field, ("", _plain(field)))[1])
    text = _sentence(description)
    return translate("Refusals", "{label}: {sentence}").format(
        label=label, sentence=f"{text[:1].lower()}{text[1:]}")


def _plain(field: str) -> str:
    """'time_reserved_after' -> 'Time reserved after' for a field the form does not show."""
    words = field.replace("_", " ").strip()
    return words[:1].upper() + words[1:] if words else translate("Refusals", "Request")


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."
