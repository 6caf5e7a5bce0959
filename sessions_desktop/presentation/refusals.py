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

WHAT = {
    "New session": "The session was not created.",
    "Move session": "The session was not moved.",
    "Resize session": "The session's length was not changed.",
    "Edit session": "Your changes were not saved.",
    "Delete session": "The session was not deleted.",
    "Cancel session": "The session was not cancelled.",
    "Restore session": "The session was not restored.",
    "Duplicate session": "The copy was not made.",
    "Paste session": "The session was not pasted.",
    "Cut session": "The session was not cut.",
    "Open session": "The session could not be opened.",
    "Import": "Nothing was imported.",
    "Export": "No file was written.",
    "Check staff and rooms": "Staff and rooms could not be checked, so nothing was saved.",
}
PREFIXES = (("Import ", "Nothing was imported from {rest}."),
            ("Give to ", "The session was not given to {rest}."),
            ("Take off ", "The session was not taken off {rest}."))

NEXT = {
    ValidationError: "Change what is named above and try again.",
    ConflictError: "Someone changed this session at another desk after your window showed "
                   "it. Reload to see their change, then make yours again.",
    NotFoundError: "It was deleted elsewhere or undone. Nothing else was changed.",
    FailedPreconditionError: "Nothing was changed.",
    StorageError: "Nothing was saved. Check the disk and the database file (Help › About "
                  "shows where it is), then try again.",
}


@dataclass(frozen=True, slots=True)
class Refusal:
    what: str            # 'The session was not moved.'
    why: tuple[str, ...]  # 'Ends: must be after the start.'
    next_step: str       # 'Change what is named above and try again.'
    details: str         # for copying: the gesture, the code, the contract's own words


def what_failed(label: str) -> str:
    if label in WHAT:
        return WHAT[label]
    for prefix, text in PREFIXES:
        if label.startswith(prefix):
            return text.format(rest=label[len(prefix):])
    return f"“{label}” was not done."


def refusal(label: str, error: SessionsError) -> Refusal:
    if isinstance(error, ValidationError):
        why = tuple(_violation(v.field, v.description) for v in error.violations)
    else:
        why = (_sentence(error.message),) if error.message.strip() else ()
    next_step = next((text for kind, text in NEXT.items() if isinstance(error, kind)),
                     "Nothing was changed. If it happens again, copy the details below into "
                     "a message to whoever helps you with the calendar.")
    details = "\n".join([f"Action: {label}", f"Code: {error.code}",
                         f"Message: {error.message}",
                         *(f"Field {v.field}: {v.description}"
                           for v in getattr(error, "violations", ()))])
    return Refusal(what_failed(label), why, next_step, details)


def _violation(field: str, description: str) -> str:
    label = FORM_FIELDS.get(field, ("", _plain(field)))[1]
    text = _sentence(description)
    return f"{label}: {text[:1].lower()}{text[1:]}"


def _plain(field: str) -> str:
    """'time_reserved_after' -> 'Time reserved after' for a field the form does not show."""
    words = field.replace("_", " ").strip()
    return words[:1].upper() + words[1:] if words else "Request"


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."
