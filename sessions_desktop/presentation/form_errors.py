"""A refused save in the editor's own words: which field, in the label the person sees.

The service speaks the contract's field names (``all_day``, ``time_reserved_after``); the
editor shows its labels ("All day", "Buffer after"). A violation of a field the form has goes
beside that field; anything else (a conflict, a cancelled session) goes in the line above the
form, with what to do next.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sessions_desktop.errors import (
    ConflictError,
    FailedPreconditionError,
    NotFoundError,
    SessionsError,
    StorageError,
    ValidationError,
)
from sessions_desktop.presentation.i18n import QT_TRANSLATE_NOOP, translate

# contract field -> (the editor's field key, the label the person reads)
FORM_FIELDS: dict[str, tuple[str, str]] = {
    "title": ("title", QT_TRANSLATE_NOOP("FormErrors", "Title")),
    "schedule_id": ("schedule", QT_TRANSLATE_NOOP("FormErrors", "Schedule")),
    "type": ("type", QT_TRANSLATE_NOOP("FormErrors", "Type")),
    "all_day": ("start", QT_TRANSLATE_NOOP("FormErrors", "All day")),
    "start": ("start", QT_TRANSLATE_NOOP("FormErrors", "Starts")),
    "end": ("end", QT_TRANSLATE_NOOP("FormErrors", "Ends")),
    "time_zone": ("time_zone", QT_TRANSLATE_NOOP("FormErrors", "Time zone")),
    "location": ("location", QT_TRANSLATE_NOOP("FormErrors", "Location")),
    "capacity": ("capacity", QT_TRANSLATE_NOOP("FormErrors", "Capacity")),
    "rate": ("price", QT_TRANSLATE_NOOP("FormErrors", "Price")),
    "time_reserved_after": ("buffer", QT_TRANSLATE_NOOP("FormErrors", "Buffer after")),
    "tags": ("tags", QT_TRANSLATE_NOOP("FormErrors", "Tags")),
    "notes": ("notes", QT_TRANSLATE_NOOP("FormErrors", "Notes")),
    "participants": ("participants", QT_TRANSLATE_NOOP("FormErrors", "Participants")),
    "recurrence": ("recurrence", QT_TRANSLATE_NOOP("FormErrors", "Repeat")),
    "recurrence_dates": ("recurrence", QT_TRANSLATE_NOOP("FormErrors", "Repeat")),
    "excluded_dates": ("recurrence", QT_TRANSLATE_NOOP("FormErrors", "Repeat")),
    "calendar_conference": ("conference", QT_TRANSLATE_NOOP("FormErrors", "Conference link")),
    "external_calendar_overrides": (
        "external",
        QT_TRANSLATE_NOOP("FormErrors", "External calendar"),
    ),
    "affected_schedules": ("staff", QT_TRANSLATE_NOOP("FormErrors", "Staff and rooms")),
    "reminders": ("reminders", QT_TRANSLATE_NOOP("FormErrors", "Reminders")),
}

_NEXT_STEP = {
    ConflictError: QT_TRANSLATE_NOOP(
        "FormErrors",
        "Someone changed this session while you were editing it. Cancel, open it "
        "again to see their change, then make yours.",
    ),
    NotFoundError: QT_TRANSLATE_NOOP(
        "FormErrors", "This session is gone (deleted elsewhere or undone). Cancel to close."
    ),
    FailedPreconditionError: "",
    StorageError: QT_TRANSLATE_NOOP(
        "FormErrors", "Nothing was saved. Check the disk and the database file, then try again."
    ),
}


@dataclass(frozen=True, slots=True)
class FormProblems:
    beside: dict[str, str] = field(default_factory=dict)    # editor field key -> message
    above: str = ""                                         # the line above the form


def form_problems(error: SessionsError, fields_shown: frozenset[str] | set[str]) -> FormProblems:
    """Place ``error`` on the form: messages beside the fields it has, the rest above."""
    beside: dict[str, str] = {}
    loose: list[str] = []
    if isinstance(error, ValidationError):
        for violation in error.violations:
            key, label = FORM_FIELDS.get(violation.field, ("", violation.field))
            label = translate("FormErrors", label)
            text = _sentence(violation.description)
            if key in fields_shown:
                beside[key] = (
                    translate("FormErrors", "{label}: {text}").format(label=label, text=text)
                    if violation.field == "all_day"
                    else text
                )
            else:
                loose.append(
                    translate("FormErrors", "{label}: {text}").format(label=label, text=text))
    else:
        loose.append(_sentence(error.message))
        step = next((text for kind, text in _NEXT_STEP.items() if isinstance(error, kind)), "")
        step = translate("FormErrors", step) if step else ""
        if step:
            loose.append(step)
    above = translate("FormErrors", "Not saved. ") + " ".join(loose) if loose else \
        translate("FormErrors", "Not saved: correct the fields marked below.")
    return FormProblems(beside, above)


def _sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."
